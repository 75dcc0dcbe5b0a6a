"""Grammar for finding who did something and to whom: subjects (with coordination,
"along with", passives, control, participles, relative clauses, adverbial
clauses), objects (direct, prepositional, "such as" lists) and pronouns.

Every function returns mention indexes with a confidence factor (< 1 when the
argument was reached through a pronoun or an inference)."""

from __future__ import annotations

import functools

from spacy.tokens import Span, Token

from ..gazetteer import load as load_gazetteer
from ..gazetteer import read_tsv
from .mentions import CITY_PARTS, PORTIONS, QUANTITY_NOUNS, DocContext, named_after

Arg = tuple[int, float]  # (mention index, confidence factor)

# region adjectives of a counted group of states: "three European countries"
REGION_WORDS = {"european", "western", "gulf", "arab", "african", "asian", "nordic",
                "baltic", "latin", "south", "eastern", "central", "neighbouring",
                "neighboring", "sahel"}
ORG_HEADS = {"party", "group", "movement", "coalition", "alliance", "militia", "organization",
             "organisation", "agency", "network", "faction", "front", "wing", "council",
             "ministry", "company", "firm", "bloc", "force", "mission", "outlet", "newspaper",
             "broadcaster", "channel", "union", "federation", "club",
             # (the people of a body: "Kenyan police officers" are the police)
             "officer", "personnel", "unit"}
PLACE_OF = {"city", "town", "village", "province", "region", "district", "port", "state",
            "county", "governorate", "oblast", "municipality", "island", "territory",
            "enclave", "exclave", "capital", "area", "strip", "peninsula", "side", "soil",
            "airspace", "waters", "coast", "camp", "neighbourhood", "neighborhood", "suburb",
            "outskirts", "outskirt", "suburbs", "edge", "centre", "center", "heart",
            "township"}
# people whose killing is an attack on their group ("the commanders Israel has killed")
LEADER_WORDS = {"leader", "commander", "chief", "founder", "operative", "member"}
# "most of Darfur", "large parts of Khartoum": the place a part is of
PARTITIVE = {"most", "much", "part", "half", "rest", "bulk", "portion", "swathe", "swath",
             "chunk", "all", "parts"}
COMITATIVE = {"along with", "together with", "alongside", "as well as", "in addition to",
              "joined by", "in concert with", "in tandem with"}
# verbs that put someone in a post: "appointed X to head Y" (X heads it)
APPOINTING = {"appoint", "name", "nominate", "elect", "choose", "pick", "select", "tap",
              "assign"}
OBJECT_CONTROL = {"urge", "ask", "call", "press", "pressure", "push", "force", "persuade",
                  "encourage", "implore", "exhort", "help", "allow", "order", "tell", "invite",
                  "appeal", "compel", "warn", "advise", "convince", "request", "instruct",
                  "enable", "prompt", "lead", "task", "mandate", "authorize",
                  "authorise"} | APPOINTING
RELATIVE = {"who", "which", "that", "whom", "whose"}
# handing weapons over, whose agent the weapons' demonym names
HANDOVERS = {"delivery", "shipment", "transfer", "sale", "supply"}
# acts of war only a state or an armed force wages ("since its invasion of Ukraine")
WARS = {"invasion", "war", "aggression", "occupation", "annexation", "incursion"}
# verbs of getting something from someone ("receives funding from X")
# unnamed groupings that stand for their members: "a coalition of X, Y and Z"
COALITIONS = {"coalition", "alliance"}
# verbs of giving, whose recipient may hang on what is given ("sent ammunition for X")
GIVING = {"send", "supply", "provide", "deliver", "give", "donate", "pledge"}
RECEIVING = {"receive", "obtain", "get", "buy", "purchase", "acquire", "import"}
PERSONAL = {"he": "Person", "him": "Person", "his": "Person", "she": "Person",
            "her": "Person", "hers": "Person"}
COLLECTIVE = {"it": "thing", "its": "thing", "they": "plural", "them": "plural",
              "their": "plural", "theirs": "plural"}
# quotation marks as the tokenizer leaves them (a straight '"' opens or closes)
OPENING_QUOTES = {"\u201c", "``"}
CLOSING_QUOTES = {'"', "\u201d", "''"}
QUOTES = OPENING_QUOTES | CLOSING_QUOTES
FIRST_PERSON = {"we", "our", "us", "i", "my", "me"}


def _closes(t: Token) -> bool:
    """Does this quotation mark close a quote? (A straight one closes when it sticks to
    the word before it: 'war chest," he said'.)"""
    if t.text != '"':
        return t.text in CLOSING_QUOTES
    return t.i > 0 and not t.doc[t.i - 1].whitespace_ and not t.doc[t.i - 1].is_space


def quoted_tokens(sent: Span) -> set[int]:
    """The tokens of a sentence inside quotation marks, a quote opened in an earlier
    sentence too ('We will not allow it," the minister said': the first clause)."""
    marks = [t for t in sent if t.text in QUOTES]
    inside = bool(marks) and _closes(marks[0])
    out: set[int] = set()
    for t in sent:
        if t.text in QUOTES:
            inside = not _closes(t)
            continue
        if inside:
            out.add(t.i)
    return out
EXAMPLES = {"such as", "including", "like", "among them", "notably"}
# verbs whose "for" gerund gives the reason, an act of their object told as done: "criticised
# X for carrying out strikes", "sanctioned firms for supplying drones to Russia"
REASON_VERBS = {"criticize", "criticise", "condemn", "praise", "thank", "sanction", "punish",
                "fault", "rebuke", "commend", "censure", "reprimand", "penalize", "penalise",
                "blacklist", "designate", "target", "fine"}
# what is voiced by someone, whose author may follow "from": "criticism from Washington"
VOICED = {"criticism", "accusation", "allegation", "claim", "charge", "statement", "remark",
          "comment", "demand", "pressure", "condemnation", "warning", "threat", "call"}
SPEECH = {"say", "tell", "report", "claim", "announce", "state", "add", "stress", "note",
          "insist", "warn", "argue", "declare", "write", "tweet", "quote", "confirm",
          "emphasise", "emphasize", "explain", "allege", "assert", "reply", "respond",
          "suggest", "acknowledge", "admit", "deny", "accuse", "told", "post"}


# what a speaker does while speaking: 'said X ... and accused Y of ...'
STATIVE = {"be", "remain", "become", "stay", "seem", "appear"}
SPEECH_ACTS = SPEECH | {"urge", "condemn", "denounce", "criticise", "criticize", "blame",
                        "demand", "call", "vow", "reject", "dismiss", "appeal", "slam"}


def reported_conjunct(v: Token) -> bool:
    """ "denied that any positions had been lost and accused X": a finite verb of its own,
    with no subject or auxiliary, that the parser hung in the reported clause (one with
    "that" and an auxiliary) is the reporting verb's conjunct."""
    h = v.head
    return v.dep_ == "conj" and v.tag_ in ("VBD", "VBN") and h.dep_ == "ccomp" and \
        h.head.pos_ == "VERB" and any(c.dep_ == "mark" for c in h.children) and \
        any(c.dep_ in ("aux", "auxpass") for c in h.children) and not any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in v.children)


def is_passive(v: Token) -> bool:
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in v.children) or (
            v.tag_ == "VBN" and v.dep_ in ("acl", "amod") and not any(
                c.dep_ == "aux" for c in v.children) and not (
                # ("Israeli air strikes killed nine people": a main verb the parser hung
                # on its subject as a participle; it has an object and no agent)
                any(c.dep_ == "dobj" for c in v.children)
                and not any(c.dep_ == "agent" for c in v.children))):
        return True
    # "trained and armed by Iran", "was recaptured and held by the army": a participle
    # coordinated with a passive one, with no subject or auxiliary of its own
    # (not "denied that bases had been lost and accused X": an agent or a participle
    # phrase says it is passive)
    return v.tag_ == "VBN" and v.dep_ == "conj" and v.head.tag_ == "VBN" and v.head != v \
        and not any(c.dep_ in ("nsubj", "aux", "auxpass", "nsubjpass", "dobj")
                    for c in v.children) \
        and (v.head.dep_ in ("acl", "amod") or any(c.dep_ == "agent" for c in v.children)) \
        and is_passive(v.head)


def prep_phrase(tok: Token) -> str:
    """ "along with" for the "along" of "along with X"; "such as" for its "as"."""
    if tok.lower_ == "as" and (any(c.lower_ == "such" for c in tok.children) or (
            tok.i > 0 and tok.doc[tok.i - 1].lower_ == "such")):
        return "such as"
    parts = [tok.lower_]
    for c in tok.children:
        if c.dep_ in ("prep", "pcomp") and c.i == tok.i + 1 and c.pos_ == "ADP":
            parts.append(c.lower_)
    return " ".join(parts)


# directions a place is given by: "east of Khan Younis"
COMPASS = {"north", "south", "east", "west", "northeast", "northwest", "southeast",
           "southwest", "north-east", "north-west", "south-east", "south-west"}


def contrasted(tok: Token) -> bool:
    """A phrase set against the one before: "rather than at X", "instead of X",
    "not at X"."""
    doc, i = tok.doc, tok.i
    before = [doc[j].lower_ for j in range(max(0, i - 2), i)]
    return before[-1:] == ["not"] or before in (["rather", "than"], ["instead", "of"])


CALLING = {"call", "describe", "term", "label", "brand", "dub"}


def so_called(c: Token, dep: str = "pcomp") -> Token | None:
    """ "strikes on what it called militant hideouts" (a `pcomp`), "condemned what it
    called a cowardly attack" (a `ccomp`): the noun the clause names."""
    if c.dep_ == dep and c.lemma_ in CALLING and any(
            d.dep_ == "dobj" and d.tag_ == "WP" for d in c.children):
        named = next((d for d in c.children if d.dep_ in ("oprd", "attr", "dobj")
                      and d.pos_ in ("NOUN", "PROPN")), None)
        if named is None:  # "what it described as X"
            named = next((p for d in c.children if d.dep_ == "prep" and d.lower_ == "as"
                          for p in d.children if p.dep_ == "pobj"), None)
        return named
    if c.dep_ == dep and c.lemma_ in ("say", "claim", "believe", "allege"):
        # "strikes on what it said were TTP hideouts": the noun "what" is said to be
        # (the parser may hang "what" on "said": "struck what it said were targets")
        return next((a for b in c.children if b.dep_ == "ccomp" and b.lemma_ == "be"
                     and any(w.tag_ == "WP" and w.dep_ in ("nsubj", "dobj")
                             for w in [*b.children, *c.children])
                     for a in b.children if a.dep_ == "attr"
                     and a.pos_ in ("NOUN", "PROPN")), None)
    return None


def pobjs(prep: Token) -> list[Token]:
    out = [so_called(c) or c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
    for c in prep.children:
        if c.dep_ == "conj" and c.pos_ == "ADP" and c.lower_ == prep.lower_:
            out += pobjs(c)  # "deployed in Ituri and in North Kivu"
    for c in prep.children:
        if c.dep_ == "prep" and c.i == prep.i + 1:  # "along with X"
            out += [g for g in c.children if g.dep_ == "pobj"]
    return out


def loose_apposition(c: Token) -> Token | None:
    """ "fighters from JNIM, al Qaeda's affiliate in the Sahel, stormed Djibo": the
    parser can make the apposition, set off by commas, the verb's subject; the last word
    of the phrase it describes (a closing bracket skipped), else None."""
    if c.dep_ != "nsubj" or c.pos_ != "NOUN" or c.head.i < c.i:
        return None
    doc = c.doc
    before, after = c.left_edge.i - 1, c.right_edge.i + 1
    if doc[c.right_edge.i].text == ",":
        after -= 1  # (the comma can hang on the noun)
    if before < 1 or after >= len(doc) or doc[before].text != "," or doc[after].text != ",":
        return None
    if not any(d.dep_ == "poss" or (d.dep_ == "det" and d.lower_ in ("a", "an"))
               for d in c.children):
        return None
    prev = doc[before - 1]
    if prev.text == ")" and before >= 2:
        prev = doc[before - 2]
    return prev if prev.pos_ == "PROPN" and prev.head.i < c.left_edge.i else None


@functools.cache
def instruments() -> tuple[frozenset[str], frozenset[str]]:
    rows = list(read_tsv("instruments.tsv"))
    return (frozenset(r["lemma"] for r in rows if r["kind"] == "noun"),
            frozenset(r["lemma"] for r in rows if r["kind"] == "verb"))


class Arguments:
    def __init__(self, ctx: DocContext, memory: dict | None = None):
        self.ctx = ctx
        self.mentions = ctx.mentions
        # article-level memory of documents: lemma -> author mention indexes, and
        # ("stance", lemma) -> [(relation, object mention)] the document expressed
        self.memory: dict = memory if memory is not None else {}
        self.pron_cache: dict[int, int | None] = {}
        self.agent_cache: dict[int, list[Arg]] = {}  # event noun -> its agents

    def instrument_subject(self, v: Token) -> Token | None:
        """The document a verb's subject is ("The resolution urges Iran"; "a resolution
        criticizing Iran"), if it is one."""
        for c in v.children:
            if c.dep_ == "nsubj" and self.is_instrument(c):
                return c
        if v.dep_ in ("acl", "relcl") and v.tag_ != "VBN" and self.is_instrument(v.head) and \
                not any(c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") for c in v.children):
            return v.head  # (not "a resolution that Tehran denounced": Tehran's words)
        return None

    # --------------------------------------------------------- documents
    def is_instrument(self, tok: Token) -> bool:
        return tok.pos_ == "NOUN" and tok.lemma_.casefold() in instruments()[0] \
            and self.ctx.mention(tok) is None

    def authors(self, tok: Token, remember: bool = True) -> list[Arg]:
        """Who a document speaks for: "the IAEA adopted a resolution", "a resolution
        tabled by Britain", "an EU statement", or the authors of the same document
        named earlier in the article ("The resolution urges Iran")."""
        found: list[Arg] = []
        for c in tok.children:
            if c.dep_ in ("poss", "compound", "nmod", "amod") and c.i < tok.i:
                found += self.actors(c)
            elif c.dep_ == "prep" and c.lower_ == "by":
                for p in pobjs(c):
                    found += self.actors(p)
            elif c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_ in instruments()[1]:
                for a in c.children:
                    if a.dep_ == "agent":
                        for p in pobjs(a):
                            found += self.actors(p)
        v = tok.head
        if tok.dep_ in ("dobj", "nsubjpass") and v.lemma_ in instruments()[1]:
            found += self.clause_subjects(v)
        lemma = tok.lemma_.casefold()
        known = self.memory.get(lemma, [])
        definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that")
                       for c in tok.children)
        if remember and found:
            self.memory[lemma] = known + [i for i, _ in found if i not in known]
        if not found and definite:
            found = [(i, 0.7) for i in known]
        seen, out = set(), []
        for i, f in found:
            if i not in seen:
                seen.add(i)
                out.append((i, f))
        return out

    # ------------------------------------------------------------ actors
    def _led_by_group(self, m: int, tok: Token) -> list[Arg]:
        """ "insurgents led by Hayat Tahrir al-Sham", "fighters led by the M23": unnamed
        fighters stand for the named group that leads them."""
        men = self.mentions[m]
        if men.source != "anaphor" or men.attributes.get("class") not in (
                "rebels", "armed_groups", "militants", "group"):
            return []
        for c in tok.children:
            if c.dep_ == "acl" and c.lemma_ == "lead" and c.tag_ == "VBN":
                for a in c.children:
                    if a.dep_ == "agent":
                        found = [(i, f * 0.9) for p in pobjs(a) for i, f in self.actors(p)
                                 if self.mentions[i].kind in ("ArmedGroup", "Organization")]
                        if found:
                            return found
        return []

    def actors(self, tok: Token | None, conj: bool = True, depth: int = 0) -> list[Arg]:
        """The actor mentions a noun phrase headed by `tok` refers to,
        coordinated ones and "along with X" included."""
        if tok is None or depth > 4:
            return []
        out: list[Arg] = []
        m = self.ctx.mention(tok)
        if tok.pos_ == "NOUN" and (named := self._trailing_name(tok)) is not None:
            out.append((named, 0.95))
        elif m is not None and (led := self._led_by_group(m, tok)):
            out += led
        elif tok.pos_ == "NOUN" and (named := self._named_members(tok, m)):
            # "two Lithuanian banks, Urbo Bankas and Mano Bankas": the ones named
            out += named
        elif m is not None:
            men = self.mentions[m]
            if men.attributes.get("head") == tok.i or men.source != "gazetteer" or \
                    tok.dep_ not in ("compound", "amod"):
                out.append((m, 1.0))
                for extra in men.attributes.get("conj", []):
                    out.append((extra, 0.95))
                if men.kind == "Person" and conj:
                    # "hosted Egyptian President X and Somali President Y": the parser hangs
                    # the first titled name inside the second's title
                    left = [t for t in tok.subtree if t.i < tok.i]
                    if any(t.dep_ == "cc" and t.lower_ == "and" for t in left):
                        out += [(i, 0.9) for t in left for i in [self.ctx.mention(t)]
                                if i is not None and i != m and self.mentions[i].kind == "Person"
                                and self.mentions[i].attributes.get("head") == t.i]
                    # "Greek Prime Minister X and Turkish President Y met": the second title
                    # read as a conjunct, its name as an apposition of the first name
                    titles = [c for c in tok.children if c.dep_ == "conj" and c.i > tok.i
                              and self.ctx.mention(c) is None and c.pos_ in ("PROPN", "NOUN")]
                    if titles:
                        out += [(i, 0.9) for c in tok.children if c.dep_ == "appos"
                                and c.i > titles[0].i for i in [self.ctx.mention(c)]
                                if i is not None and i != m and self.mentions[i].kind == "Person"]
                    # "sanctions on Smotrich and National Security Minister Itamar Ben-Gvir":
                    # the title read as the conjunct, the name hung elsewhere
                    for c in titles:
                        nxt = self.ctx.tok2men.get(c.i + 1)
                        if c.i + 1 < len(tok.doc) and nxt is not None and nxt != m and \
                                self.mentions[nxt].kind == "Person" and \
                                self.mentions[nxt].start == self.ctx.offset + \
                                tok.doc[c.i + 1].idx and nxt not in {i for i, _ in out}:
                            out.append((nxt, 0.9))
        elif tok.lower_ in ("both", "all", "each") and tok.dep_ in ("nsubj", "nsubjpass") and \
                tok.head.dep_ == "relcl" and any(
                    c.dep_ == "prep" and c.lower_ == "of" and any(
                        p.tag_ in ("WDT", "WP") for p in pobjs(c)) for c in tok.children):
            # "Ethiopia and Egypt, both of which have troops in Somalia": all of them
            out += self.actors(tok.head.head, conj=True, depth=depth + 1)
        elif (nb := self._neighbour(tok)) is not None:
            out.append((nb, 0.8))
        elif (among := self._among_those(tok)) is not None:
            # "Britain and Canada were among the countries that imposed sanctions": the
            # countries that did are the subjects of "were"
            out += [a for c in among.children if c.dep_ == "nsubj"
                    for a in self.actors(c, depth=depth + 1)]
        elif tok.lower_ == "that" and tok.tag_ == "IN" and tok.dep_ in (
                "dobj", "nsubj", "nsubjpass") and tok.head.dep_ == "relcl" and \
                tok.head.head.pos_ in ("NOUN", "PROPN"):
            # "forces that it accuses of killing civilians" ("that" tagged a conjunction):
            # what the relative clause is about
            out += self.actors(tok.head.head, conj=conj, depth=depth + 1)
        elif tok.lower_ == "both" and (numbered := self._numbered(tok, depth)) is not None:
            out += numbered  # "Both belong to Tasis": the two just named
        elif tok.pos_ == "PRON" or tok.tag_ in ("WP", "WDT", "PRP", "PRP$"):
            ante = self.pronoun(tok)
            if ante is not None:
                out.append((ante, 0.85))
                for extra in self.mentions[ante].attributes.get("conj", []):
                    if self.mentions[ante].attributes.get("class") == "pair" or (
                            self.mentions[ante].attributes.get("class") == "vehicle"
                            and tok.tag_ in ("WDT", "WP")):
                        # "them": both of "both countries"; "Chinese and Russian warships
                        # that sailed": each owner's
                        out.append((extra, 0.8))
                head = self.mentions[ante].attributes.get("head")
                if tok.lower_ in ("they", "them", "their") and head is not None and \
                        self.mentions[ante].attributes.get("offset") == self.ctx.offset:
                    # "Niger, Mali and Burkina Faso said they would quit": all of them
                    # (a list the parser read as an apposition too)
                    listed = [*self.ctx.doc[head].conjuncts, *[
                        c for c in self.ctx.doc[head].children if c.dep_ == "appos"
                        and self.ctx.mention(c) is not None
                        and self.mentions[self.ctx.mention(c)].kind
                        == self.mentions[ante].kind == "Country"]]
                    for c in listed:
                        out += [(i, 0.8) for i, _ in self.actors(c, conj=c.dep_ == "appos",
                                                                 depth=depth + 1)
                                if i != ante]
                if tok.tag_ in ("WDT", "WP") and tok.head.dep_ == "relcl" and ((
                        tok.dep_ in ("nsubj", "nsubjpass") and not (
                            tok.head.tag_ == "VBZ" or any(
                                a.tag_ == "VBZ" for a in tok.head.children
                                if a.dep_ in ("aux", "auxpass")))) or (
                        tok.dep_ == "dobj" and tok.head.head.tag_ == "NNS")):
                    # "Russia and China, which have backed Iran": all of them
                    named = tok.head.head
                    if self.ctx.mention(named) is None:
                        named = self._described(named) or named  # "A and B, the two majors that"
                    for c in named.conjuncts:
                        out += [(i, 0.8) for i, _ in self.actors(c, conj=False, depth=depth + 1)
                                if i != ante]
        elif (numbered := self._numbered(tok, depth)) is not None:
            out += numbered
        elif tok.pos_ == "NOUN" and tok.dep_ == "appos" and not tok.ent_type_ and \
                self.ctx.mention(tok.head) is not None and (self.mentions[
                    self.ctx.mention(tok.head)].kind not in ("Location", "Person") or (
                    self.mentions[self.ctx.mention(tok.head)].kind == "Person"
                    and any(c.dep_ == "relcl" for c in tok.children))):
            # "the STC, a separatist group backed by the UAE": the group is the STC; "X, a
            # businessman who chairs the council": the person
            out.append((self.ctx.mention(tok.head), 0.9))
        elif tok.pos_ == "NOUN" and self._called(tok) is not None:
            # "a faction that calls itself the Islamic Resistance in Iraq", "the mission, known
            # as MINUSMA": the name it goes by
            out.append((self._called(tok), 0.95))
        elif (tok.pos_ in ("NOUN", "PROPN") or (tok.pos_ == "ADJ" and tok.dep_ in (
                "dobj", "nsubj", "nsubjpass", "pobj"))) and any(
                c.dep_ == "appos" and self.ctx.mention(c) is not None
                and not self._source_after(c) for c in tok.children):
            # "Georgia's president, Salome Zourabichvili, accused ...": the named apposition
            c = next(c for c in tok.children if c.dep_ == "appos"
                     and self.ctx.mention(c) is not None and not self._source_after(c))
            out.append((self.ctx.mention(c), 1.0))
            if conj and tok.tag_ in ("NNS", "NNPS"):
                # "U.S. defence contractors Lockheed Martin and General Dynamics": all named
                out += [(m, 0.95) for d in c.conjuncts for m in [self.ctx.mention(d)]
                        if m is not None and m != out[-1][0]]
        elif tok.pos_ == "NOUN" and tok.lemma_ in ORG_HEADS and any(
                c.dep_ in ("compound", "appos", "nmod") and self.ctx.mention(c) is not None and
                self.mentions[self.ctx.mention(c)].kind in ("Organization", "ArmedGroup",
                                                            "MilitaryForce")
                for c in tok.children):
            # "the ruling Georgian Dream party", "the Wagner group": the name stands for it
            c = next(c for c in tok.children if c.dep_ in ("compound", "appos", "nmod")
                     and self.ctx.mention(c) is not None and self.mentions[
                         self.ctx.mention(c)].kind in ("Organization", "ArmedGroup",
                                                       "MilitaryForce"))
            out.append((self.ctx.mention(c), 0.95))
        elif tok.lemma_ in PLACE_OF and (tok.lemma_ == "side" or not any(
                c.dep_ == "prep" and c.lower_ == "of" for c in tok.children) or tok.tag_ == "NNS"
                and any(
                # ("the Gara and Hakurk regions of northern Iraq": the named ones; not "the
                # Darfur city of El Fasher")
                c.dep_ in ("compound", "nmod") and self.ctx.mention(c) is not None
                and self.mentions[self.ctx.mention(c)].kind == "Location" and c.conjuncts
                for c in tok.children)):
            # "Russia's Kursk region": the named place, else the country that owns it
            # ("the Northwest and Southwest regions": each named one)
            named = [self.ctx.mention(x) for c in tok.children if c.dep_ in ("compound", "nmod")
                     for x in (c, *(c.conjuncts if tok.tag_ == "NNS" else ()))
                     if self.ctx.mention(x) is not None
                     and self.mentions[self.ctx.mention(x)].kind == "Location"]
            if named:
                out += [(i, 0.9) for i in dict.fromkeys(named)]
            else:
                for c in tok.children:
                    m = self.ctx.mention(c)
                    if c.dep_ in ("poss", "amod", "compound") and m is not None and (
                            self.mentions[m].kind == "Country" or (
                                c.dep_ == "poss" and self.mentions[m].kind == "Location"
                                and tok.lemma_ in CITY_PARTS)):
                        out.append((m, 0.8))  # ("Beirut's southern suburbs": Beirut)
                        break
        elif tok.lemma_ in PLACE_OF and any(c.dep_ == "prep" and c.lower_ == "of"
                                           for c in tok.children):
            # "the eastern town of Avdiivka": the place named after "of"
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    for p in pobjs(c):
                        out += [(i, f) for i, f in self.actors(p, True, depth + 1)
                                if self.mentions[i].kind in ("Location", "Country")]
        elif (tok.lemma_.casefold() in QUANTITY_NOUNS | COALITIONS or tok.like_num) and any(
                c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
            # "thousands of troops", "dozens of Houthi fighters": what they are of; "a
            # coalition of Congolese soldiers, Burundian troops and Wazalendo militias": its
            # members
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    for p in pobjs(c):
                        out += [(i, f * 0.95) for i, f in self.actors(p, True, depth + 1)]
        elif tok.lemma_.casefold() in PARTITIVE and tok.pos_ in ("NOUN", "ADJ", "PRON", "DET"):
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    for p in pobjs(c):
                        # ("most of Ukraine", "much of the Black Sea Fleet")
                        out += [(i, f * 0.9) for i, f in self.actors(p, True, depth + 1)
                                if self.mentions[i].kind in ("Location", "Country",
                                                             "MilitaryForce", "ArmedGroup")]
        else:
            # "the states arming Haftar such as the UAE, Egypt": the examples, attached
            # to the noun or to the clause that modifies it (a plural: "the mechanism,
            # chaired by the US and including France" names members, not examples)
            holders = [tok] + [c for c in tok.children if c.dep_ in ("acl", "relcl")
                               and tok.tag_ in ("NNS", "NNPS")]
            for h in holders:
                for c in h.children:
                    if c.dep_ == "prep" and prep_phrase(c) in EXAMPLES:
                        for p in pobjs(c):
                            out += [(i, f * 0.9) for i, f in self.actors(p, True, depth + 1)]
        if conj:
            for c in tok.children:
                if c.dep_ == "conj" and self._agent_list_of(tok, c) is not None:
                    continue  # ("forces, backed by Russia, the UAE and Egypt": the backers)
                if c.dep_ == "conj" or (
                        c.dep_ == "appos" and m is not None and self.mentions[m].kind == "Country"
                        and self.ctx.mention(c) is not None
                        and self.mentions[self.ctx.mention(c)].kind == "Country"
                        and self.mentions[self.ctx.mention(c)].key != self.mentions[m].key):
                    # ("Mali, Burkina Faso and Niger" parsed as an apposition: a list;
                    # a long list is a long chain of conjuncts, no deeper a phrase)
                    out += self.actors(c, True, depth + (c.dep_ != "conj"))
                elif c.dep_ == "prep" and prep_phrase(c) in COMITATIVE:
                    for p in pobjs(c):
                        out += self.actors(p, True, depth + 1)
        seen, uniq = set(), []
        for i, f in out:
            if i not in seen:
                seen.add(i)
                uniq.append((i, f))
        return uniq

    def _named_members(self, tok: Token, m: int | None) -> list[Arg]:
        """A plural common noun whose members an apposition names ("two far-right Israeli
        ministers, Itamar Ben-Gvir and Bezalel Smotrich"): those named, not the state the
        noun belongs to."""
        if tok.tag_ != "NNS" or (m is not None and self.mentions[m].source != "nominal"):
            return []
        gaz = load_gazetteer()
        named = named_after(self.ctx, tok.i + 1, gaz,
                            ("Person", "Organization", "ArmedGroup"), whole=True)
        if not named and gaz.title(tok.lemma_.casefold()) and tok.i + 1 < len(tok.doc) and \
                tok.doc[tok.i + 1].pos_ == "PROPN":
            # "banned Israeli ministers Itamar Ben-Gvir and Bezalel Smotrich": a plural
            # title right before the names
            named = named_after(self.ctx, tok.i + 1, gaz, ("Person",), comma=False)
            end = max((self.mentions[i].end for i in named), default=0)
            after = next((t for t in tok.doc[tok.i:] if t.idx + self.ctx.offset >= end), None)
            named = named if len(named) >= 2 and (
                after is None or after.pos_ not in ("NOUN", "PROPN")) else []
        return [(i, 0.95) for i in named]

    @staticmethod
    def _source_after(c: Token) -> bool:
        """ "... a convoy near the dam, the Syrian Observatory for Human Rights said": the
        source of the report, which the parser hung on the last noun as an apposition."""
        end = c.right_edge.i + 1
        return end < len(c.doc) and c.doc[end].lemma_ in SPEECH and \
            c.doc[end].i == c.doc[end].head.i and c.head.dep_ not in ("nsubj", "nsubjpass")

    def _among_those(self, tok: Token) -> Token | None:
        """For the relative pronoun of "X were among the (handful of) states that ...": the
        verb "were", whose subjects did what the clause says."""
        if tok.tag_ not in ("WDT", "WP") or tok.dep_ not in ("nsubj", "nsubjpass") or \
                tok.head.dep_ != "relcl" or self.ctx.mention(tok.head.head) is not None or (
                    tok.head.head.tag_ != "NNS" and not any(
                        c.dep_ == "prep" and c.lower_ == "of" for c in tok.head.head.children)):
            return None
        n = tok.head.head
        while n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.pos_ == "NOUN":
            n = n.head.head  # "among the handful of states"
        if n.dep_ == "pobj" and n.head.lower_ == "among" and n.head.head.lemma_ == "be":
            return n.head.head
        return None

    def _numbered(self, tok: Token, depth: int = 0) -> list[Arg] | None:
        """ "The three have accused ECOWAS", "the three juntas": the last list of that many
        states the article named (this sentence or the three before)."""
        words = {"two": 2, "three": 3, "four": 4, "five": 5, "both": 2}
        both = tok.lower_ == "both" and tok.dep_ in ("nsubj", "nsubjpass") and \
            tok.n_lefts + tok.n_rights == 0  # "Both belong to Tasis": the two
        if tok.lower_ == "both" and not both:
            return None
        if tok.lower_ in words and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj"):
            num = tok
        elif tok.pos_ == "NOUN" and tok.tag_ == "NNS" and tok.lemma_.casefold() in (
                "country", "state", "junta", "government", "nation", "neighbour", "neighbor",
                "power"):
            num = next((c for c in tok.children if c.dep_ == "nummod"
                        and c.lower_ in words), None)
        elif tok.pos_ == "NOUN" and tok.tag_ == "NNS" and tok.lemma_.casefold() in (
                "official", "leader", "minister", "man", "woman", "president", "envoy",
                "diplomat", "commander", "general", "negotiator", "premier", "chancellor"):
            # "the two officials travelled to Caracas", "the three leaders urged Putin":
            # that many people just named
            num = next((c for c in tok.children if c.dep_ == "nummod"
                        and c.lower_ in words), None)
            if num is None or not any(c.dep_ == "det" and c.lower_ == "the"
                                      for c in tok.children) or any(
                    c.dep_ in ("poss", "amod", "compound", "prep") and c.lower_ != "top"
                    for c in tok.children):
                return None
            return self._people(tok, words[num.lower_], 1)
        else:
            return None
        if num is None:
            return None
        n = words[num.lower_]
        ctx = self.ctx
        if not both and not any(c.dep_ == "det" and c.lower_ in ("the", "all", "these")
                                for c in tok.children):
            # "the move by three European countries and the US": of the states the article
            # just listed, the ones not named beside them
            if num is tok or not any(c.dep_ == "amod" and c.lower_ in REGION_WORDS
                                     for c in tok.children):
                return None
            return self._rest_of_list(tok, n, depth)
        if num is tok and n == 2 and (pair := self._people(tok, 2, 0)) is not None:
            return pair
        first_sent = max(0, ctx.sentence_of(tok) - 3)
        for t in reversed(list(ctx.doc[: tok.i])):
            if ctx.sentence_of(t) < first_sent:
                break
            m = ctx.mention(t)
            if m is None or self.mentions[m].kind != "Country" or t.dep_ in ("conj", "appos"):
                continue
            # (the depth goes on: a list that holds "the three" again must not loop)
            group = [(i, f) for i, f in self.actors(t, conj=True, depth=depth + 1)
                     if self.mentions[i].kind == "Country"]
            if len({self.mentions[i].key for i, _ in group}) == n:
                return [(i, f * 0.8) for i, f in group]
        if num is tok and n == 2:
            return self._people(tok, 2, 1) or self._two_groups(tok, back=both)
        return None

    def _rest_of_list(self, tok: Token, n: int, depth: int) -> list[Arg] | None:
        """`n` states of the last list of states the article named that also holds those
        named beside `tok` in its own sentence, once these are left out."""
        ctx = self.ctx
        start, end = ctx.bounds[tok.i]
        beside = {self.mentions[m].key for t in ctx.doc[start:end] if t.i != tok.i
                  for m in [ctx.mention(t)] if m is not None}
        for t in reversed(list(ctx.doc[: start])):
            m = ctx.mention(t)
            if m is None or self.mentions[m].kind != "Country" or t.dep_ in ("conj", "appos"):
                continue
            group = [(i, f) for i, f in self.actors(t, conj=True, depth=depth + 1)
                     if self.mentions[i].kind == "Country"]
            keys = {self.mentions[i].key for i, _ in group}
            if len(keys) <= n or not keys & beside:
                continue  # (the list must hold the states named beside them too)
            rest = [(i, f) for i, f in group if self.mentions[i].key not in beside]
            if len({self.mentions[i].key for i, _ in rest}) == n:
                return [(i, f * 0.7) for i, f in rest]
        return None

    def _two_groups(self, tok: Token, back: bool = False) -> list[Arg] | None:
        """ "Los Lobos split from Los Choneros, and the two have since fought": the last
        two different groups or bodies named in this sentence (with `back`, else the two
        the sentence before named: "The RSF and the SPLM-N ... Both belong to Tasis")."""
        start = self.ctx.sent_start(tok)
        if back and start > 0 and not any(
                self.ctx.mention(t) is not None for t in self.ctx.doc[start : tok.i]):
            start = self.ctx.sent_start(self.ctx.doc[start - 1])
        found: list[int] = []
        for t in reversed(list(self.ctx.doc[start : tok.i])):
            m = self.ctx.mention(t)
            if m is not None and self.mentions[m].kind in ("ArmedGroup", "Organization") and \
                    self.mentions[m].attributes.get("head") == t.i and \
                    all(self.mentions[m].key != self.mentions[x].key or not self.mentions[m].key
                        for x in found) and m not in found:
                found.append(m)
        return [(i, 0.8) for i in reversed(found)] if len(found) == 2 else None

    def _people(self, tok: Token, n: int, back: int) -> list[Arg] | None:
        """ "X met his Jordanian counterpart Y, and the two agreed", "the three leaders":
        the last `n` different people named in this sentence (or the `back` ones before;
        a surname said again is the same person)."""
        people: list[int] = []
        for t in reversed(list(self.ctx.doc[: tok.i])):
            if self.ctx.sentence_of(t) < self.ctx.sentence_of(tok) - back:
                break
            m = self.ctx.mention(t)
            if m is not None and self.mentions[m].kind == "Person" and \
                    self.mentions[m].source == "ner" and \
                    self.mentions[m].attributes.get("head") == t.i and not any(
                        self.mentions[p].name.endswith(self.mentions[m].name)
                        or self.mentions[m].name.endswith(self.mentions[p].name)
                        for p in people):
                people.append(m)
                if len(people) == n:
                    return [(i, 0.7) for i in reversed(people)]
        return None

    def _called(self, tok: Token) -> int | None:
        for c in tok.children:
            if c.dep_ != "acl" or c.lemma_ not in ("call", "name", "know", "style", "dub"):
                continue
            for d in c.children:
                if d.dep_ in ("oprd", "attr", "xcomp", "dobj") and d.lower_ != "itself":
                    m = self.ctx.mention(d)
                    if m is not None:
                        return m
                if d.dep_ == "prep" and d.lower_ == "as":
                    for p in pobjs(d):
                        m = self.ctx.mention(p)
                        if m is not None:
                            return m
        return None

    # ---------------------------------------------------------- pronouns
    def pronoun(self, tok: Token) -> int | None:
        if tok.i in self.pron_cache:
            return self.pron_cache[tok.i]
        self.pron_cache[tok.i] = None  # a pronoun resolved through itself has no antecedent
        ante = self._pronoun(tok)
        self.pron_cache[tok.i] = ante
        return ante

    def _portion_of(self, t: Token) -> Token:
        """ "three-quarters of the region", "parts of Kharkiv", "most of Gaza": the whole."""
        if t.lemma_.casefold() in PORTIONS and self.ctx.mention(t) is None:
            whole = [p for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                     for p in pobjs(c)]
            if whole:
                return whole[0]
        if t.lemma_ in ("area", "vicinity", "surroundings", "highland", "highlands",
                        "mountain", "hill", "forest", "jungle", "countryside", "outskirts",
                        "outskirt") and self.ctx.mention(t) is None:
            # "the area around KK Park is controlled by X": the place it surrounds ("based
            # in the highlands of South Kivu": the place they are of)
            near = [p for c in t.children if c.dep_ == "prep" and c.lower_ in (
                "around", "near", "of") for p in pobjs(c)
                if (m := self.ctx.mention(p)) is not None
                and self.mentions[m].kind in ("Location", "Country")]
            if len(near) == 1:
                return near[0]
        return t

    @staticmethod
    def _agent_list_of(noun: Token, c: Token) -> Token | None:
        """The participle ("backed by Russia") whose agent list the conjunct `c` of `noun`
        goes on, when the parser hung it on the noun: right after the agent, past a comma."""
        for a in noun.children:
            if a.dep_ == "acl" and a.i < c.i and a.tag_ == "VBN" and \
                    any(g.dep_ == "agent" for g in a.children) and \
                    0 < c.left_edge.i - a.right_edge.i <= 2 and \
                    noun.doc[a.right_edge.i + 1].text == ",":
                return a
        return None

    def _trailing_name(self, tok: Token) -> int | None:
        """ "The U.N. peacekeeping mission in Congo, MONUSCO, said": the body's name, which
        the parser hangs on the place ending the noun phrase."""
        for p in tok.children:
            if p.dep_ != "prep":
                continue
            for q in pobjs(p):
                place = self.ctx.mention(q)
                if place is None or self.mentions[place].kind not in ("Country", "Location"):
                    continue
                for a in q.children:
                    m = self.ctx.mention(a)
                    if a.dep_ == "appos" and a.i > q.i and a.doc[a.i - 1].text in (",", "(") and \
                            m is not None and self.mentions[m].kind in (
                                "Organization", "MilitaryForce", "ArmedGroup"):
                        return m
        # "have formed their own confederation, the Alliance of Sahel States": the name the
        # parser hung on the verb
        doc = tok.doc
        if tok.dep_ == "dobj" and self.ctx.mention(tok) is None and tok.i + 2 < len(doc) and \
                doc[tok.i + 1].text == "," and tok.right_edge.i == tok.i:
            a = doc[tok.i + 3] if doc[tok.i + 2].lower_ == "the" and tok.i + 3 < len(doc) \
                else doc[tok.i + 2]
            m = self.ctx.mention(a)
            if m is not None and self.mentions[m].attributes.get("head") is not None:
                a = doc[self.mentions[m].attributes["head"]]  # (the name's head word)
            if m is not None and self.mentions[m].kind in ("Organization", "MilitaryForce",
                                                           "ArmedGroup") and \
                    a.head in (tok.head, *tok.head.ancestors) and \
                    a.dep_ in ("npadvmod", "appos", "dobj", "oprd"):
                return m
        return None

    def _described(self, h: Token) -> Token | None:
        """The named phrase a common noun describes in apposition, however the parser hangs
        it: "Rosneft and Lukoil, the two Russian oil majors ..." -> Rosneft."""
        if h.pos_ != "NOUN":
            return None
        if h.dep_ == "appos" and self.ctx.mention(h.head) is not None:
            return h.head
        first = h.left_edge.i
        if first >= 2 and h.doc[first - 1].text == "," and h.dep_ in ("dobj", "pobj", "appos",
                                                                        "conj", "npadvmod"):
            before = first - 2
            if h.doc[before].text == ")":
                # "the Multinational Joint Task Force (MNJTF), a regional force"
                while before > 0 and h.doc[before].text != "(" and first - before < 8:
                    before -= 1
                before = before - 1 if h.doc[before].text == "(" else -1
            m = self.ctx.mention(h.doc[before]) if before >= 0 else None
            if m is not None and self.mentions[m].attributes.get("offset") == self.ctx.offset:
                anchor = h.doc[self.mentions[m].attributes["head"]]
                while anchor.dep_ == "conj" and anchor.head.i < anchor.i:
                    anchor = anchor.head  # the first of "A and B"
                return anchor
        return None

    def _pronoun(self, tok: Token) -> int | None:
        low = tok.lower_
        ctx = self.ctx
        if low == "whose" and tok.i >= 2 and tok.doc[tok.i - 1].text == "," and \
                not any(a.dep_ in ("relcl", "acl") for a in tok.ancestors):
            # "Rosneft, whose chief executive Igor Sechin is ..." (parsed without a relative
            # clause): the phrase before the comma (its head: "the U.N. mission in Colombia,
            # whose head": the mission)
            h = tok.doc[tok.i - 2]
            while h.dep_ in ("pobj", "prep") and h.head.i < h.i:
                h = h.head
            if (m := ctx.mention(h)) is not None:
                return m
        if low in RELATIVE or tok.tag_ in ("WDT", "WP", "WP$"):
            # the noun the relative clause modifies
            v = tok.head
            while v.dep_ not in ("relcl", "acl") and v.head != v and (v.dep_ in (
                    "nsubj", "dobj", "pobj", "prep", "poss", "nsubjpass", "conj", "compound")
                    or (v.dep_ == "dep" and v.pos_ == "ADP")):  # ("of which" read as "dep")
                v = v.head  # "X, whose ... but who has condemned": through the coordination
                # (and "whose leader Cho Ayaba was arrested": through the title)
            if v.dep_ in ("relcl", "acl"):
                h = v.head
                conjs = [c for c in h.conjuncts if c.i > h.i and c.i < tok.i]
                if conjs and v.tag_ == "VBZ" or conjs and any(
                        a.tag_ == "VBZ" for a in v.children if a.dep_ in ("aux", "auxpass")):
                    # "Saudi Arabia and Iran, which backs the Houthis": a singular verb
                    # after a coordination is about the last of them
                    return self.head_mention(max(conjs, key=lambda c: c.i))
                if low == "who" and h.pos_ == "NOUN" and self.ctx.mention(h) is None:
                    # "Rwanda's backing for M23 rebels in eastern Congo, who seized Goma" (the
                    # clause parsed on the event noun): "who" is the people or group named last
                    near = [m for x in h.doc[h.i + 1 : tok.i] for m in [self.ctx.mention(x)]
                            if m is not None and self.mentions[m].kind in (
                                "Person", "ArmedGroup", "MilitaryForce")
                            and self.mentions[m].attributes.get("head") == x.i]
                    if near:
                        return near[-1]
                ante = self.head_mention(h)
                if low == "who" and ante is not None and \
                        self.mentions[ante].kind in ("Country", "Location") and \
                        self.mentions[ante].source == "gazetteer":
                    # "Fico, a vocal critic of aid to Ukraine who met Putin" (the clause
                    # parsed on the state): "who" is the person the phrase describes
                    up = h
                    while up.dep_ in ("pobj", "prep") or (up.pos_ == "NOUN" and up.dep_ != "appos"
                                                          and up.head != up):
                        up = up.head
                    person = self.ctx.mention(up.head) if up.dep_ == "appos" else None
                    if person is not None and self.mentions[person].kind == "Person":
                        return person
                anchor = self._described(h) if ante is None else None
                if anchor is not None:
                    # "Rosneft and Lukoil, the two oil majors that Washington blacklisted"
                    ante = self.head_mention(anchor)
                return ante
            if low == "whose" and v.dep_ == "appos" and self.ctx.mention(v.head) is not None:
                # "Hungary, whose prime minister, Viktor Orban, ..." (parsed as an apposition)
                return self.ctx.mention(v.head)
            return None
        want = PERSONAL.get(low) or COLLECTIVE.get(low)
        if low in FIRST_PERSON:
            return self.speaker(tok)
        if want is None:
            return None
        if want == "Person" and tok.dep_ in ("nsubj", "nsubjpass") and \
                tok.head.dep_ == "advcl" and tok.head.head.lemma_ in ("succeed", "replace"):
            # "X, who succeeded Nasrallah after he was killed": the one succeeded
            done = [m for c in tok.head.head.children if c.dep_ == "dobj"
                    for m in [self.ctx.mention(c)]
                    if m is not None and self.mentions[m].kind == "Person"]
            if done:
                return done[0]
        possessive = tok.dep_ == "poss" or tok.tag_ == "PRP$"
        if possessive and want == "thing" and tok.head.dep_ == "conj" and \
                tok.head.head.i < tok.i:
            # "sanctions on Cambodia's Prince Group and its chairman": the group's
            m = self.head_mention(tok.head.head)
            if m is not None and self._fits(m, want) and self.mentions[m].kind in (
                    "Organization", "ArmedGroup", "MilitaryForce"):
                return m
        # the predicate the pronoun belongs to, and the clauses above it
        pred = tok.head
        steps = 0
        while pred.pos_ not in ("VERB", "AUX") and pred.head != pred and steps < 6:
            pred = pred.head
            steps += 1
        local: list[int] = []  # subjects of the pronoun's own predicate (through xcomp)
        t = pred
        while True:
            local += [i for c in t.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != tok.i
                      and not tok.is_ancestor(c) and c not in tok.ancestors
                      for i, _ in self.actors(c, conj=False)]
            if t.dep_ == "xcomp" and t.head != t:
                t = t.head
                continue
            break
        cand: list[int] = []
        if possessive:
            # "X was working with his forces": the own clause's subject first
            cand += local
        if not local and pred.dep_ in ("relcl", "acl") and possessive:
            cand += [i for i, _ in self.actors(pred.head, conj=False)]
        # inside a reported, subordinate or coordinated clause: the subjects above
        for _ in range(4):
            if t.dep_ in ("ccomp", "advcl", "conj", "xcomp", "pcomp") and t.head != t:
                t = t.head
                if t.pos_ == "ADP":
                    t = t.head
                cand += [i for c in t.children if c.dep_ in ("nsubj", "nsubjpass")
                         and c.i != tok.i for i, _ in self.actors(c, conj=False)]
            else:
                break
        if not possessive and tok.dep_ in ("dobj", "pobj", "dative", "nsubjpass"):
            # an object pronoun is not its own clause's (inherited) subject:
            # "South Africa filed a case, accusing it of genocide"
            local = local + [i for i, _ in self.clause_subjects(pred)]
        for i in cand:
            if self._fits(i, want) and (possessive or i not in local):
                return i
        if possessive and want == "thing":
            # "Hezbollah, which fought a war with Israel, ... . Its secretary-general
            # said": a sentence that opens on "its" continues the previous sentence's topic
            topic = self._previous_topic(tok, want)
            if topic is not None:
                return topic
        # the nearest earlier subject that fits (a pronoun subject counts as what it
        # refers to), else the nearest earlier mention, in this or the two previous
        # sentences
        sent = ctx.sentence_of(tok)
        best = None
        cur = sent
        subject_only = False
        for t in reversed(list(ctx.doc[max(0, tok.i - 120) : tok.i])):
            ts = ctx.sentence_of(t)
            if sent - ts > 2:
                break
            if ts != cur:
                if best is not None:
                    return best  # the nearest fitting mention of the pronoun's sentence
                if not possessive and tok.dep_ in ("dobj", "dative", "pobj") and \
                        want == "plural":
                    return None  # "urged them to": a plural object is not in an earlier sentence
                if not possessive and tok.dep_ in ("dobj", "dative", "pobj") and \
                        want == "thing":
                    if sent - ts > 1 or any(q.text in QUOTES for q in ctx.sent(tok)):
                        return None  # ("we strongly condemn it": the act, in a quote)
                    # "The PKK ... Turkey and the EU designate it a terrorist group": an
                    # object "it" is the subject of the sentence before, if an actor at all
                    subject_only = True
                cur = ts
            if subject_only and (t.dep_ not in ("nsubj", "nsubjpass") or (
                    ctx.mention(t) is not None and ctx.mentions[ctx.mention(t)].kind not in (
                        "ArmedGroup", "Organization", "MilitaryForce"))):
                continue
            if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "PRON" and \
                    (PERSONAL.get(t.lower_) or COLLECTIVE.get(t.lower_)) == want:
                ante = self.pron_cache.get(t.i)
                if ante is not None:
                    return ante
                continue
            i = ctx.mention(t)
            if i is None or ctx.mentions[i].attributes.get("head") != t.i:
                continue
            if want == "plural" and ts == sent and \
                    ctx.mentions[i].attributes.get("class") == "pair":
                return i  # "spoke with officials in both countries, urging them to"
            if ctx.mentions[i].attributes.get("alias") is False or \
                    (not possessive and i in local) or not self._fits(i, want):
                continue
            if t.dep_ in ("nsubj", "nsubjpass"):
                return i
            if best is None and not (t.dep_ == "pobj" and t.head.lower_ in ("at", "in")):
                best = i  # "filed a case against Israel at the ICJ, accusing it"
        return best

    def _previous_topic(self, tok: Token, want: str) -> int | None:
        ctx = self.ctx
        start = ctx.sent_start(tok)
        if start == 0 or any(not t.is_punct and t.dep_ != "det" for t in tok.doc[start:tok.i]) \
                or tok.head.dep_ not in ("nsubj", "nsubjpass"):
            return None
        root = ctx.sent(tok.doc[start - 1]).root
        for c in root.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                for i, _ in self.actors(c, conj=False):
                    if self._fits(i, want):
                        return i
        return None

    def _fits(self, i: int, want: str) -> bool:
        kind = self.mentions[i].kind
        if want == "Person":
            return kind == "Person"
        if want == "thing":
            return kind in ("Organization", "ArmedGroup", "Country", "MilitaryForce")
        if want == "plural":
            return kind in ("Country", "MilitaryForce", "ArmedGroup", "Organization")
        return False

    def speaker(self, tok: Token) -> int | None:
        """ "we"/"our" in a quote: the body the quote is attributed to; for a
        spokesperson ("the group's spokesman X said"), the body they speak for."""
        t = tok
        for _ in range(8):
            if t.head == t:
                break
            if t.dep_ == "ccomp" and t.head.lemma_ in SPEECH:
                for c in t.head.children:
                    if c.dep_ in ("nsubj", "nsubjpass"):
                        a = self.actors(c, conj=False)
                        if not a:
                            return None
                        who = a[0][0]
                        if self.mentions[who].kind == "Person" and tok.lower_ in (
                                "we", "our", "us"):
                            body = self._employer(c)
                            if body is not None:
                                return body
                        return who
            t = t.head
        return None

    def _neighbour(self, tok: Token) -> int | None:
        """ "accused its southern neighbour of harbouring French troops": the one state
        other than the owner that this sentence or the one before names (a state whose
        neighbour it is, said by its possessive)."""
        if tok.pos_ != "NOUN" or tok.tag_ != "NN" or tok.lemma_.casefold() not in (
                "neighbour", "neighbor") or self.ctx.mention(tok) is not None:
            return None
        poss = [c for c in tok.children if c.dep_ == "poss"]
        if len(poss) != 1:
            return None
        owner = self.pronoun(poss[0]) if poss[0].pos_ == "PRON" else self.ctx.mention(poss[0])
        if owner is None or self.mentions[owner].kind != "Country":
            return None
        sent = self.ctx.sent(tok)
        start = self.ctx.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        here = self.ctx.offset + self.ctx.doc[start].idx
        end = self.ctx.offset + tok.idx
        states = {self.mentions[i].key: i for i, m in enumerate(self.mentions)
                  if m.kind == "Country" and m.key and here <= m.start < end
                  and m.key != self.mentions[owner].key}
        return next(iter(states.values())) if len(states) == 1 else None

    def _employer(self, name: Token) -> int | None:
        """The body in front of a person's title: "the group's spokesman Ali Dheere"."""
        i = name.i - 1
        doc = name.doc
        while i >= self.ctx.sent_start(name) and doc[i].pos_ in ("PROPN", "NOUN", "PART",
                                                                 "ADJ") \
                and i >= name.i - 8:
            m = self.ctx.mention(doc[i])
            if m is not None and self.mentions[m].kind in ("Organization", "ArmedGroup",
                                                            "MilitaryForce", "Country"):
                # ("Chinese foreign ministry spokesman X": "we" is China)
                state = self.ctx.passing_body_state(m)
                return m if state is None else state
            i -= 1
        return None

    def head_mention(self, tok: Token) -> int | None:
        a = self.actors(tok, conj=False)
        return a[0][0] if a else None

    # ---------------------------------------------------------- subjects
    def clause_subjects(self, v: Token, depth: int = 0) -> list[Arg]:
        """Who does what the verb `v` says (the agent), following coordination,
        control, participles and adverbial clauses when `v` has no subject."""
        out = self._clause_subjects(v, depth)
        if out:
            # "The EU has imposed sanctions on Shor, as has the United States": the one
            # the elliptical "as has" names did it too
            seen = {i for i, _ in out}
            out = out + [(i, f * 0.9) for c in v.children if c.dep_ == "advcl"
                         and c.lemma_ in ("have", "do", "be") and any(
                             m.dep_ == "mark" and m.lower_ == "as" for m in c.children)
                         and not any(d.dep_ in ("dobj", "xcomp", "ccomp", "acomp", "attr")
                                     for d in c.children)
                         for sj in c.children if sj.dep_ == "nsubj"
                         for i, f in self.actors(sj) if i not in seen]
        if v.dep_ == "acl" and any(c.dep_ == "agent" for c in v.children):
            # "Haftar's forces, backed by Russia, the UAE and Egypt": the parser hangs the
            # rest of the list on the noun
            seen = {i for i, _ in out}
            out = out + [a for d in v.head.children if d.dep_ == "conj"
                         and self._agent_list_of(v.head, d) == v for a in self.actors(d)
                         if a[0] not in seen]
        return out

    def _clause_subjects(self, v: Token, depth: int = 0) -> list[Arg]:
        if depth > 6:
            return []
        passive = is_passive(v)
        out: list[Arg] = []
        for c in v.children:
            if passive and c.dep_ == "agent":
                for p in pobjs(c):
                    out += self.actors(p)
            elif not passive and c.dep_ in ("nsubj", "csubj"):
                prev = loose_apposition(c)
                found = self.actors(prev) if prev is not None else []
                found = found or self.actors(c)
                if not found:
                    # "the first major fighting since the last French troops left the
                    # country": the clause after "since", read as the noun's preposition
                    found = [a for p in c.children if p.dep_ == "prep" and p.lower_ in (
                        "since", "after", "before", "until") for q in pobjs(p)
                        if q.right_edge.i == v.i - 1 for a in self.actors(q)]
                if not found and self.is_instrument(c):
                    found = [(i, f * 0.9) for i, f in self.authors(c)]
                out += found
            elif c.dep_ == "prep" and prep_phrase(c) in COMITATIVE and (
                    any(x.dep_ in ("nsubj", "agent") for x in v.children)):
                for p in pobjs(c):
                    out += self.actors(p)
        if not out and not passive and v.dep_ == "ROOT" and v.tag_ == "VBZ" and not any(
                c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in v.children):
            # "Djibouti hosts American and French troops", the verb read as a noun (and
            # fixed back by lemma_fixes.tsv): the name before it is its subject
            out = [a for c in v.children if c.dep_ == "compound" and c.i == v.i - 1
                   and c.pos_ == "PROPN" for a in self.actors(c)]
        if passive and not out:
            # "is designated a terrorist organisation by Turkey": "by" hung on the complement
            out = [a for c in v.children if c.dep_ in ("dobj", "oprd", "attr", "xcomp")
                   for p in c.children if p.dep_ == "prep" and p.lower_ == "by"
                   for q in pobjs(p) for a in self.actors(q)]
        if out or any(c.dep_ in ("nsubj", "agent") for c in v.children):
            return self._event_agent_fallback(v, out)
        if passive and any(c.dep_ == "nsubjpass" for c in v.children):
            return []
        return self.inherited_subjects(v, depth)

    def _event_agent_fallback(self, v: Token, out: list[Arg]) -> list[Arg]:
        if out:
            return out
        # "a French drone strike that killed their chief": the subject is an event noun
        for c in v.children:
            if c.dep_ == "nsubj" and c.pos_ == "NOUN":
                # "The EU's special envoy for the dialogue, Miroslav Lajcak, met": the name
                # in apposition, wherever the parser hung it
                named = [self.ctx.mention(t) for t in c.subtree if t.dep_ == "appos"
                         and self.ctx.mention(t) is not None
                         and self.mentions[self.ctx.mention(t)].kind == "Person"
                         and self.mentions[self.ctx.mention(t)].attributes.get("head") == t.i]
                if len(named) == 1:
                    return [(named[0], 0.9)]
            if c.dep_ == "nsubj":
                target = c
                if c.tag_ in ("WDT", "WP") and v.dep_ == "relcl":
                    target = v.head
                ag = self.noun_agent(target)
                if ag:
                    return [(i, f * 0.85) for i, f in ag]
                if target.pos_ == "NOUN" and any(d.dep_ == "det" and d.lower_ in (
                        "the", "these", "those") for d in target.children):
                    # "the strikes hit camps run by LeT": whoever carried out the strikes
                    # the article told of
                    return [(i, 0.6) for i in self.done_before(target.lemma_.casefold(),
                                                               self.ctx.offset + target.idx)]
        return []

    def done_before(self, lemma: str, here: int, family: frozenset[str] = frozenset()) -> list[int]:
        """Who did the last act called `lemma` the article told of before `here` (else,
        the last act called by a word of `family`: "claimed the attack ... condemned the
        ambush")."""
        done = self.memory.get("done", {})
        for words in ((lemma,), ("verb:" + lemma,), family):
            before = [(at, subj) for word in words for subj, at, _ in done.get(word, [])
                      if at < here]
            if before:
                return max(before, key=lambda e: e[0])[1]
        return []

    def noun_agent(self, n: Token) -> list[Arg]:
        """The actor that owns an event noun: "X's visit", "Israeli strikes", "U.S. airstrike"
        (asked for several times per noun: computed once)."""
        if n.i not in self.agent_cache:
            self.agent_cache[n.i] = self._noun_agent(n)
        return self.agent_cache[n.i]

    def owner_actors(self, c: Token, n: Token) -> list[Arg]:
        """The actors a modifier `c` of event noun `n` names ("Iran's", "Israeli", "its")."""
        a = self.actors(c, conj=True)
        if a and c.pos_ == "PRON" and n.lemma_.casefold() in WARS and all(
                self.ctx.mentions[i].kind == "Organization" for i, _ in a):
            # "the EU, which has imposed sanctions on Russia since its invasion of Ukraine":
            # a body wages no war; the state named just before does
            a = next(([(i, f * 0.9)] for t in reversed(list(n.doc[n.sent.start:c.i]))
                      for i, f in self.actors(t, conj=False)
                      if self.ctx.mentions[i].kind == "Country"
                      and self.ctx.mentions[i].attributes.get("head") == t.i), a)
        return a

    def _noun_agent(self, n: Token) -> list[Arg]:
        for c in n.children:
            if c.dep_ == "amod" and c.lemma_ == "lead" and c.i < n.i:
                # "the Hamas-led attack": the leader acts
                for g in c.children:
                    if g.i < c.i and g.dep_ in ("npadvmod", "compound", "nmod", "amod"):
                        a = self.actors(g)
                        if a:
                            return a
            if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i < n.i:
                a = self.owner_actors(c, n)
                if not a and c.dep_ == "compound" and self.ctx.mention(c) is None:
                    # "a Russian drone strike": the owner of the weapon
                    a = [x for g in c.children if g.dep_ in ("amod", "poss", "compound")
                         and g.i < c.i for x in self.actors(g, conj=True)]
                if a:
                    return a
            if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by") or (
                    # "the criticism from Washington and Brussels": who voiced it
                    c.dep_ == "prep" and c.lower_ == "from" and n.lemma_.casefold() in VOICED):
                for p in pobjs(c):
                    a = self.actors(p)
                    if a:
                        return a
        if n.lemma_.casefold() in HANDOVERS:
            # "the delivery of Iranian ballistic missiles to Russia": the weapons' state
            for c in n.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    for p in pobjs(c):
                        a = [x for g in p.children if g.dep_ in ("amod", "compound", "poss")
                             and g.i < p.i for x in self.actors(g)
                             if self.ctx.mentions[x[0]].kind == "Country"]
                        if a:
                            return a
        return []

    def inherited_subjects(self, v: Token, depth: int) -> list[Arg]:
        dep, h = v.dep_, v.head
        if h.i == v.i:
            return []
        if dep == "advcl" and v.tag_ in ("VBD", "VBZ", "VBP"):
            # "since the last French troops left the country": the parser read "since" as
            # a preposition and the subject as its object
            for c in h.children:
                if c.dep_ == "prep" and c.lower_ in ("since", "after", "before", "until") \
                        and c.i < v.i:
                    for p in pobjs(c):
                        if p.right_edge.i == v.i - 1:
                            return self.actors(p)
        if dep == "conj":
            if h.dep_ == "ccomp" and h.head.lemma_ in SPEECH and any(
                    t.text in CLOSING_QUOTES and t.i > h.i for t in v.doc[h.i : v.i]) \
                    and not any(t.text in CLOSING_QUOTES for t in v.doc[v.i : v.sent.end]):
                # 'said X was "fuelling the war" and urged Beijing to': once the quote is
                # closed, the verb is the speaker's
                return self.clause_subjects_any(h.head, depth + 1)
            if h.dep_ == "ccomp" and h.head.lemma_ in SPEECH and v.lemma_ in SPEECH_ACTS \
                    and v.tag_ == h.head.tag_ != h.tag_ and not any(
                        c.dep_ in ("aux", "auxpass") for c in v.children):
                # 'said Japan had scrambled jets and accused the Chinese navy of ...': a
                # verb of speech in the tense of "said", not of the reported clause, is
                # the speaker's
                return self.clause_subjects_any(h.head, depth + 1)
            if reported_conjunct(v):
                # "denied that its troops had fired first and accused X": the denier accuses
                return self.clause_subjects_any(h.head, depth + 1)
            if h.dep_ == "ccomp" and h.head.lemma_ in SPEECH and v.lemma_ in SPEECH_ACTS and \
                    h.lemma_ in STATIVE and not any(
                        c.dep_ in ("aux", "auxpass", "nsubj") for c in v.children):
                # 'said Georgia remained a candidate "in name only" and criticised the
                # government': what a state is told to be does not criticise; the speaker
                return self.clause_subjects_any(h.head, depth + 1)
            if v.tag_ in ("VBD", "VBZ", "VBP") and h.tag_ == "VB" and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in h.children):
                # 'said China could do more to press Moscow ... and urged Beijing': a finite
                # verb is not coordinated with an infinitive but with a finite verb above
                g = h.head
                for _ in range(6):
                    if g.tag_ == v.tag_ or g.head == g:
                        break
                    g = g.head
                if g.tag_ == v.tag_:
                    return self.clause_subjects_any(g, depth + 1)
            if is_passive(h) and not is_passive(v):
                # an active verb joined to a passive one shares its patient, not
                # its agent ("was attacked by X and fled"); joined to a passive
                # reported clause it is the reporter's ("saying the gunmen had been
                # financed by Serbia, and called on the EU to ...": the speaker calls)
                if h.dep_ == "ccomp" and h.head.pos_ == "VERB":
                    return self.clause_subjects_any(h.head, depth + 1)
                for c in h.children:
                    if c.dep_ == "nsubjpass":
                        return self.actors(c)
                return []
            found = self.clause_subjects(h, depth + 1)
            if not found and h.dep_ == "ccomp" and h.head.lemma_ in SPEECH and any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in h.children):
                # 'said the dialogue remained the only path, and urged both sides': what
                # the reported clause is about cannot urge; the speaker does
                return self.clause_subjects_any(h.head, depth + 1)
            return found
        if dep == "xcomp":
            # object control ("urged Moscow to help"), else subject control
            if h.lemma_ in OBJECT_CONTROL:
                for c in h.children:
                    if c.dep_ in ("dobj", "dative"):
                        a = self.actors(c)
                        if a:
                            return a
                for c in h.children:
                    if c.dep_ == "prep" and c.lower_ in ("on", "upon"):
                        for p in pobjs(c):
                            a = self.actors(p)
                            if a:
                                return a
            for c in h.children:
                if c.dep_ in ("nsubj", "nsubjpass"):
                    return self.actors(c)
            return self.inherited_subjects(h, depth + 1)
        if dep in ("acl", "relcl") and h.pos_ in ("NOUN", "PROPN", "PRON"):
            if v.tag_ == "VBN":  # "groups backed by Iran": the noun is the patient
                return []
            if self.is_instrument(h):  # "a resolution criticizing Iran"
                return [(i, f * 0.9) for i, f in self.authors(h)]
            if h.dep_ in ("attr", "oprd") and h.head.lemma_ in ("be", "become", "remain") and \
                    h.lemma_ in ("country", "state", "nation", "government", "leader"):
                # "Russia became the first country to recognise X": Russia
                found = [a for c in h.head.children if c.dep_ == "nsubj"
                         for a in self.actors(c)]
                if found:
                    return found
            found = self.actors(h, conj=True)
            if not found and h.pos_ == "NOUN":
                # "the move by X to present a resolution": the agent of the noun
                found = [(i, f * 0.85) for i, f in self.noun_agent(h)]
            if not found and h.pos_ == "NOUN" and h.dep_ in ("dobj", "attr") and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
                # "Russia has no plans to withdraw": whoever has the plan
                found = [(i, f * 0.85) for i, f in self.clause_subjects(h.head, depth + 1)]
            return [(i, f * 0.95) for i, f in found]
        if dep == "advcl":
            if h.lemma_ in APPOINTING and any(c.dep_ == "aux" and c.lower_ == "to"
                                              for c in v.children):
                # "whom Abiy appointed in April to head the administration": the appointee
                named = [a for c in h.children if c.dep_ == "dobj" for a in self.actors(c)]
                if named:
                    return named
            return [(i, f * 0.9) for i, f in self.clause_subjects_any(h, depth + 1)]
        if dep == "pcomp" and h.pos_ == "ADP":
            # "After meeting with X, Bolton said"; "accused X of seeking"
            g = h.head
            if (h.lower_ == "of" and g.lemma_ in ("accuse", "suspect", "blame", "charge")) or (
                    h.lower_ == "for" and g.lemma_ in REASON_VERBS):
                # ("criticised the Israeli military for carrying out strikes in Gaza",
                # "sanctioned three firms for supplying drones to Russia")
                for c in g.children:
                    if c.dep_ == "dobj":
                        return self.actors(c)
            if h.lower_ in ("against", "from") and g.pos_ == "VERB" and any(
                    c.dep_ in ("dobj", "dative") for c in g.children):
                # "warned the West against supplying missiles", "barred Iran from
                # enriching": the object would do it (nobody, when it is no actor)
                return [a for c in g.children if c.dep_ in ("dobj", "dative")
                        for a in self.actors(c)]
            if h.lower_ == "in" and g.lemma_ == "join":
                # "Seoul and Tokyo joined Washington in imposing sanctions": all of them
                return [(i, f * 0.9) for i, f in self.clause_subjects_any(g, depth + 1)] + [
                    (i, f * 0.9) for c in g.children if c.dep_ == "dobj"
                    for i, f in self.actors(c)]
            if g.pos_ in ("VERB", "AUX"):
                return [(i, f * 0.9) for i, f in self.clause_subjects_any(g, depth + 1)]
            if h.lower_ in ("after", "before") and g.dep_ == "npadvmod" and \
                    g.lemma_ in ("day", "week", "month", "hour", "year") and \
                    g.head.pos_ in ("VERB", "AUX"):
                # "held talks in Skopje, a day after visiting Tirana": the clause's subject
                return [(i, f * 0.9) for i, f in self.clause_subjects_any(g.head, depth + 1)]
        if dep == "pobj" and v.tag_ == "VBG":
            # "seized the town after two days of fighting with the army": the clause's
            # subject fights (not who is killed in it)
            g = h
            for _ in range(4):
                if g.pos_ == "VERB" or g.head == g:
                    break
                g = g.head
            if g.pos_ == "VERB" and g != v:
                found = self.clause_subjects(g, depth + 1) if is_passive(g) else \
                    self.clause_subjects_any(g, depth + 1)
                return [(i, f * 0.85) for i, f in found]
        if dep == "ccomp" or dep == "ROOT":
            return []
        return []

    def clause_subjects_any(self, v: Token, depth: int = 0) -> list[Arg]:
        """The grammatical subject, passive or not ("Hatami was quoted as saying
        upon arrival": Hatami arrived)."""
        for c in v.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                a = self.actors(c)
                if a:
                    return a
                if c.tag_ not in ("WDT", "WP"):
                    return []
        return self.clause_subjects(v, depth + 1)

    # ----------------------------------------------------------- objects
    def objects(self, v: Token, spec: tuple[str, ...], passive: bool) -> tuple[list[Arg], Token | None, Token | None]:
        """Objects of a verb by the trigger's spec.  Returns (actors, the token
        where they were found, the preposition if any); when no slot holds an actor,
        the first token found (for owner rules: "criticized the EU's plan")."""
        first_seen: tuple[Token, Token | None] | None = None
        for slot in spec:
            toks: list[tuple[Token, Token | None]] = []
            if slot == "dobj":
                deps = ("nsubjpass",) if passive else ("dobj", "dative")
                toks = [(c, None) for c in v.children if c.dep_ in deps]
                if len(toks) > 1:
                    # "left the talks and have formed their own union, the Eurasian
                    # Economic Union": an object after a coordinated verb is that verb's
                    toks = [(c, p) for c, p in toks if not any(
                        x.dep_ == "conj" and x.pos_ in ("VERB", "AUX") and x.i < c.i
                        for x in v.children)]
                if not toks and not passive:
                    # "struck what the military described as Hezbollah depots": the noun
                    toks = [(n, None) for c in v.children
                            if (n := so_called(c, "ccomp")) is not None]
                if not toks and not passive and v.dep_ == "relcl" and \
                        v.head.pos_ == "NOUN" and v.head.lemma_.casefold() in LEADER_WORDS and \
                        any(c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP")
                            for c in v.children):
                    # "the Hamas and Hezbollah commanders Israel has killed": the noun the
                    # clause (without a pronoun) is about
                    toks = [(v.head, None)]
                if toks and not passive:
                    # "backs Hezbollah in Lebanon and the Houthis in Yemen": the parser
                    # hangs the second object, with its own place, on the verb
                    toks += [(c, None) for c in v.children if c.dep_ == "conj"
                             and c.pos_ in ("NOUN", "PROPN") and c.i > toks[0][0].i
                             and any(p.dep_ == "prep" for p in c.children)]
                if not toks:
                    # "control about three-quarters of the region" (parsed as "about" a
                    # number): the quantity is the object
                    toks = [(p, None) for c in v.children if c.dep_ == "prep" and c.lower_ in (
                        "about", "around", "over") for p in pobjs(c) if any(
                            g.dep_ == "nummod" for g in p.children)]
                if not toks and not passive:
                    # "al-Hayya met Egyptian intelligence chief Hassan Rashad in Cairo": the
                    # parser can hang a titled name after the verb as a clause of its own
                    toks = [(c, None) for c in v.children if c.dep_ in ("advcl", "npadvmod")
                            and c.pos_ == "PROPN" and c.i > v.i
                            and not any(g.dep_ in ("nsubj", "aux", "mark") for g in c.children)
                            and (m := self.ctx.mention(c)) is not None
                            and self.mentions[m].attributes.get("head") == c.i
                            and c.left_edge.i == v.i + 1
                            and self.mentions[m].kind in ("Person", "Country", "Organization")]
                if passive and not toks and v.dep_ in ("acl", "amod") and v.tag_ == "VBN":
                    toks = [(v.head, None)]
                elif passive and not toks and v.dep_ == "conj" and v.tag_ == "VBN" and \
                        v.head.dep_ in ("acl", "amod") and v.head.tag_ == "VBN":
                    # "the force, also known as Radaa and led by X": the second participle
                    # describes the same noun
                    toks = [(v.head.head, None)]
                elif passive and not toks and v.dep_ == "pcomp" and v.head.lower_ in (
                        "before", "after", "since", "upon", "on") and \
                        v.head.head.pos_ == "VERB":
                    # "flew to Muscat before being received by the sultan": the one who flew
                    toks = [(c, None) for c in v.head.head.children
                            if c.dep_ in ("nsubj", "nsubjpass")]
                if not toks and (v.lemma_ in ("help", "assist", "enable") or (
                        v.lemma_ == "hold" and any(c.dep_ == "ccomp" and c.pos_ == "ADJ"
                                                   for c in v.children))):
                    # "help Russian forces drive ... out", "hold Iran accountable": the
                    # parser's clause subject
                    toks = [(g, None) for c in v.children if c.dep_ == "ccomp"
                            for g in c.children if g.dep_ == "nsubj"]
            elif slot.startswith("prep:"):
                word = slot[5:]
                for c in v.children:
                    if c.dep_ in ("prep", "prt", "dative", "agent") and c.lower_ == word:
                        if contrasted(c):
                            continue  # "fired at villagers rather than at the settlers"
                        toks += [(p, c) for p in pobjs(c)]
                        if c.dep_ == "prt":  # "called on X": X attached to the verb
                            toks += [(d, c) for d in v.children if d.dep_ in ("dobj", "pobj")]
                    elif c.dep_ in ("advmod", "npadvmod") and word in ("in", "near") and \
                            c.lower_ in COMPASS:
                        # "operating east of Khan Younis": near the place
                        toks += [(p, g) for g in c.children if g.dep_ == "prep"
                                 and g.lower_ == "of" for p in pobjs(g)]
                    elif c.dep_ == "dobj" and self.ctx.mention(c) is None and (
                            word == "with" or (word == "from" and v.lemma_ in RECEIVING) or
                            (word in ("to", "for") and v.lemma_ in GIVING)):
                        # "coordinated its measures with the EU", "receives funding and
                        # guidance from X", "pledged two Patriot systems for Ukraine": the
                        # preposition hung on the object
                        toks += [(p, g) for g in c.children if g.dep_ == "prep"
                                 and g.lower_ == word for p in pobjs(g)]
                    elif c.dep_ in ("prep", "prt", "advmod") and c.lower_ in (
                            "out", "away", "back", "off"):
                        # "pulled its soldiers out of Somalia": "of" hangs on "out"
                        toks += [(p, g) for g in c.children if g.dep_ == "prep"
                                 and g.lower_ == word for p in pobjs(g)]
            elif slot == "dative":
                # "gave Kyiv weapons"; "was granted asylum by Mexico": the passive's subject
                # is the receiver when the thing given is still the object
                if passive:
                    if any(c.dep_ == "dobj" for c in v.children):
                        toks = [(c, None) for c in v.children if c.dep_ == "nsubjpass"]
                else:
                    toks = [(c, None) for c in v.children if c.dep_ == "dative" and
                            c.pos_ != "ADP"]
                    if not toks:
                        # "gave Kyiv military aid", "gives the Houthis political support":
                        # the parser hangs the receiver on the thing given
                        toks = [(m, None) for c in v.children if c.dep_ == "dobj"
                                for m in c.children if m.dep_ in ("nmod", "compound")
                                and m.i < c.i and m.left_edge.i <= v.i + 2
                                and all(t.dep_ in ("det", "nmod", "compound")
                                        or t.i >= m.i for t in v.doc[v.i + 1 : m.i + 1])
                                and self.ctx.mention(m) is not None
                                and any(a.dep_ == "amod" or a.pos_ == "NOUN"
                                        for a in v.doc[m.i + 1 : c.i + 1])]
            elif slot == "xobj":
                for c in v.children:
                    # ("threatened to withdraw Ugandan troops": its own, moved, not threatened)
                    if c.dep_ == "xcomp" and c.lemma_ not in (
                            "withdraw", "pull", "remove", "recall", "send", "deploy", "move"):
                        toks += [(d, None) for d in c.children if d.dep_ == "dobj"]
                    if c.dep_ == "xcomp" and c.lemma_ == "make":
                        # "threatened to make Madrid pay for its stance": who is to pay
                        toks += [(d, None) for g in c.children if g.dep_ in ("ccomp", "xcomp")
                                 and g.lemma_ in ("pay", "regret", "suffer")
                                 for d in g.children if d.dep_ == "nsubj"]
            if slot == "dobj" and len(toks) > 1:
                # "urged the army chief, General X, and Y to ...": a title noun and the
                # names after it both hang on the verb; the names are the objects
                found = [(t, prep, self.actors(t)) for t, prep in toks]
                named = [x for x in found if x[2] and any(
                    self.mentions[i].source != "description" for i, _ in x[2])]
                if named:
                    out = [a for _, _, acts in named for a in acts]
                    return out, named[0][0], named[0][1]
            toks = [(self._portion_of(t), prep) for t, prep in toks]
            for t, prep in toks:
                a = self.actors(t)
                if not a and t.i + 1 < len(t.doc) and t.pos_ == "PROPN":
                    # "met Ukrainian Foreign Minister Andrii Sybiha" parsed with the title
                    # as the object and the name hung elsewhere: the name right after it
                    m = self.ctx.mention(t.doc[t.i + 1])
                    if m is not None and self.mentions[m].kind == "Person" and \
                            self.mentions[m].start == self.ctx.offset + t.doc[t.i + 1].idx and \
                            load_gazetteer().title(t.lower_) is not None:
                        a = [(m, 0.9)]
                if a:
                    if prep is not None:
                        # "deployed in Ituri and in North Kivu": each object of the
                        # preposition (and of its conjunct)
                        seen = {i for i, _ in a}
                        for t2, p2 in toks:
                            if p2 is prep and t2 is not t:
                                a += [x for x in self.actors(t2) if x[0] not in seen]
                                seen |= {i for i, _ in a}
                    return a, t, prep
            if toks and first_seen is None:
                first_seen = toks[0]
        if first_seen is not None:
            return [], first_seen[0], first_seen[1]
        return [], None, None
