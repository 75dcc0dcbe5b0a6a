"""Relations carried by noun phrases rather than events:

- titles before a name: "Russian President Vladimir Putin" -> LEADS Russia,
  "Iran's Defense Minister Amir Hatami" -> MEMBER_OF Iran (role Defense Minister);
- appositions and copulas: "Nikolai Patrushev, the secretary of X's Security Council",
  "Y is the head of Z";
- descriptions with an owner: "Turkey's foreign minister" (linked to a person later);
- "<actor> under <person>": the person LEADS the actor;
- ownership: "Iranian forces" PART_OF Iran; "Russian intelligence services" PART_OF Russia;
- backing: "Iran-backed groups", "U.N.-backed AMISOM", "a pro-X broadcaster" -> SUPPORTS;
- membership lists: "ASEAN member states including Myanmar", "Poland and other NATO
  countries" -> MEMBER_OF;
- places: "the Halane base in Mogadishu", "Russian Kaliningrad Oblast", "the Syrian city
  of Aleppo", "the country's capital Naypyitaw" -> LOCATED_IN.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Token

from ..gazetteer import Country, Gazetteer, Organization
from ..records import Mention
from .arguments import (
    QUOTES,
    SPEECH,
    Arg,
    Arguments,
    is_passive,
    loose_apposition,
    pobjs,
    prep_phrase,
    quoted_tokens,
)
from .events import Found, identity, state_of_forces
from .lexicon import Lexicon
from .lexicon import load as load_lexicon
from .mentions import (
    ADMIN_AREAS,
    BACKING_PARTICIPLES,
    BRANCH_KEYS,
    FACILITY_NAMES,
    GENERIC_BODY_WORDS,
    HONORIFICS,
    PARTY_WORDS,
    PLACE_NOUNS,
    QUANTITY_NOUNS,
    SITE_NOUNS,
    DocContext,
    dateline_state,
    facility_noun,
    guarded,
    named_after,
    title_match,
    title_of,
)
from .modality import Flags, flags_for

# words between an owner and a title that still mean the owner's state: "Congolese government
# spokesman", "Iranian state television" is not one of them (a body of its own)
GOVERNMENT_WORDS = {"government", "presidential", "administration", "cabinet", "regime"}
# words before a spokesperson's title that make them a government's: "foreign ministry
# spokesman", "military spokesman", "government spokeswoman"
GOVERNMENT_BODY_WORDS = GOVERNMENT_WORDS | {"ministry", "military", "army", "presidency",
                                            "junta",
                                            "foreign", "defence", "defense"}
# bodies whose demonym modifier names their people, not their owner state
PEOPLES_BODIES = {"party", "movement", "group", "faction", "alliance", "coalition", "front",
                  "militia", "union", "bloc"}
# who works "at" or "with" an institute: "X, a senior analyst at the International Crisis Group"
RESEARCH_ROLES = {"Researcher", "Analyst", "Fellow", "Professor", "Adviser", "Senior Adviser"}
# a part of an organisation, in apposition to its name: "X, Hamas's armed wing"
PART_NOUNS = {"wing", "arm", "branch", "unit", "division", "affiliate", "offshoot", "faction",
              "component", "subsidiary", "command", "body", "agency", "department",
              "directorate"}
MEMBER_NOUNS = {"country", "member", "state", "nation", "ally", "partner", "government",
                "economy", "signatory"}
# offices that head a chamber, never a state ("Speaker": of a parliament)
CHAMBER_ROLES = {"Speaker"}
# sites a force holds: "PKK positions in northern Iraq", "ADF bases in North Kivu"
HELD_SITES = {"position", "base", "camp", "hideout", "stronghold", "outpost", "garrison",
              "redoubt", "foothold"}
# the parts a body is made of: "one of the largest blocs in the Coordination Framework"
PART_GROUP_NOUNS = {"faction", "bloc", "group", "party", "militia", "unit", "brigade",
                    "component", "wing", "battalion", "movement", "organisation",
                    "organization", "armed group", "constituent"}
# a title that is no longer held
# seas named by one word before "port" or "coast" ("Russia's Pacific port of Vladivostok")
SEA_WORDS = {"mediterranean", "pacific", "atlantic", "arctic", "baltic", "caspian", "adriatic",
             "aegean", "caribbean", "ionian", "levantine"}
# last words of military ranks (titles.tsv), which can follow an office before a name
RANKS = {"general", "gen", "captain", "capt", "colonel", "col", "major", "maj", "lieutenant",
         "lt", "sergeant", "sgt", "admiral", "adm", "brigadier", "marshal", "commodore",
         "commander", "cmdr"}
FORMER = {"former", "ex", "late", "then", "ousted", "deposed", "toppled", "exiled",
          "erstwhile", "one-time", "onetime", "outgoing", "retired"}
RELATIONAL = {"ally": "COOPERATES_WITH", "partner": "COOPERATES_WITH",
              "backer": "SUPPORTS", "patron": "SUPPORTS", "sponsor": "SUPPORTS",
              "supporter": "SUPPORTS", "protector": "SUPPORTS", "benefactor": "SUPPORTS",
              "enemy": "OPPOSES", "foe": "OPPOSES", "adversary": "OPPOSES",
              "arch-enemy": "OPPOSES", "archenemy": "OPPOSES", "nemesis": "OPPOSES",
              "critic": "CRITICIZES", "supplier": "SUPPORTS", "provider": "SUPPORTS",
              "financier": "SUPPORTS", "funder": "SUPPORTS", "donor": "SUPPORTS",
              "contributor": "SUPPORTS", "rival": "OPPOSES", "creditor": "SUPPORTS",
              "lender": "SUPPORTS",
              # "the NPA, the armed wing of the Communist Party": a part of it
              "wing": "PART_OF", "branch": "PART_OF", "affiliate": "PART_OF",
              "offshoot": "PART_OF", "faction": "PART_OF", "subsidiary": "PART_OF",
              "franchise": "PART_OF"}
# what a politician has as "his": "Pashinyan's Civil Contract party"
PARTY_NOUNS = {"party", "movement", "coalition", "bloc"}
BACK_LEMMAS = {"back", "support", "sponsor", "fund", "arm", "finance", "recognize",
               "recognise", "lead", "align", "ally", "affiliate", "link"}


def _flags() -> Flags:
    return Flags()


# taking an office: "became president", "was elected/appointed/named/sworn in as"
OFFICE_VERBS = {"become", "remain", "serve", "elect", "appoint", "name", "nominate", "swear",
                "install", "inaugurate", "reelect", "re-elect", "confirm", "choose"}
# "a unit created by", "a force controlled by": the maker or controller owns the body
UNIT_NOUNS = {"unit", "force", "group", "body", "agency", "outfit", "militia", "formation",
              "corps", "brigade", "battalion"}
MAKERS = {"create", "form", "establish", "set", "control", "run", "found", "oversee",
          "command", "raise"}
# titles of people a state sends abroad: their owner is the sending state
ENVOYS = {"Ambassador", "Envoy", "Special Envoy", "Permanent Representative", "Representative",
          "Deputy Ambassador", "Chargé d'Affaires"}
# words before a heading title that make its holder one of the owner's staff
SUBORDINATE = {"vice", "deputy", "assistant", "department", "section", "division", "regional",
               "provincial", "local", "acting-deputy"}
# words before a title that say when or how its holder holds it, not of what part:
# "the group's longtime leader", "its new chief", "the party's late founder"
TENURE = {"longtime", "long-time", "acting", "caretaker", "late", "new", "current", "incumbent", "then", "top",
          "veteran", "powerful", "interim", "outgoing", "newly", "elected", "slain",
          "assassinated", "ousted", "exiled", "self-proclaimed", "self-styled", "overall",
          "influential", "founding", "first", "second", "third", "last", "leftist",
          "rightist", "left-wing", "right-wing", "conservative", "liberal", "socialist",
          "communist", "nationalist", "populist", "reformist", "hardline", "moderate",
          "civilian", "democratically", "pro-western", "pro-russian", "sole", "only"}
# "seized power", "took power"
POWER_VERBS = {"seize", "take", "grab", "assume", "usurp", "snatch"}
# titles that make their holder the head of an armed group or force named with them
GROUP_HEADS = {"Commander", "Military Commander", "Military Chief", "Army Chief", "Chief of Staff"}


# verbs by which a body names its members ("comprises", "groups X with Y", "includes")
COMPOSING = {"comprise", "include", "group", "unite"}
# what a state or person holds when it chairs a body
CHAIRS = {"chair", "chairmanship", "presidency", "chairship"}
# what a deployed body is ("the U.N. peacekeeping mission in Western Sahara")
MISSION_NOUNS = {"mission", "force", "operation", "contingent", "deployment"}
# nouns for a body made of members: "an alliance of gangs led by X"
GROUPINGS = {"alliance", "coalition", "grouping", "network", "group", "union", "federation",
             "confederation", "collection", "umbrella", "bloc", "front"}
# a capital of a part of a state: "the provincial capital", "the state capital"
SUBNATIONAL = {"provincial", "state", "regional", "district", "province", "region", "county"}
# how large an administrative unit a place noun names ("the X district of Y province")
UNIT_RANK = {"village": 1, "town": 1, "city": 1, "suburb": 1, "district": 2, "county": 2,
             "municipality": 2, "prefecture": 2, "province": 3, "region": 3, "state": 3,
             "governorate": 3, "oblast": 3}


class RoleFinder:
    def __init__(self, gaz: Gazetteer, lex: Lexicon | None = None):
        self.gaz = gaz
        self.lex = lex or load_lexicon()

    def find(self, ctx: DocContext, args: Arguments) -> Iterator[Found]:
        for f in self._find(ctx, args):
            if f.relation == "LEADS" and f.extra.get("role") in CHAMBER_ROLES and \
                    ctx.mentions[f.object].kind == "Country":
                # "the speaker of its parliament": he heads the chamber, not the state
                f = replace(f, relation="MEMBER_OF")
            yield f

    def _find(self, ctx: DocContext, args: Arguments) -> Iterator[Found]:
        n_before = len(ctx.mentions)
        yield from guarded(ctx, "titles", self.titles(ctx, args))
        yield from guarded(ctx, "counterparts", self.counterparts(ctx, args))
        yield from guarded(ctx, "respective titles", self.respective_titles(ctx))
        yield from guarded(ctx, "descriptions", self.descriptions(ctx, args, n_before))
        yield from guarded(ctx, "under", self.under(ctx, args))
        yield from guarded(ctx, "ownership", self.ownership(ctx, args))
        yield from guarded(ctx, "backing", self.backing(ctx, args))
        yield from guarded(ctx, "membership", self.membership(ctx, args))
        yield from guarded(ctx, "composition", self.composition(ctx, args))
        yield from guarded(ctx, "places", self.places(ctx, args))
        yield from guarded(ctx, "stationed", self.stationed(ctx, args))
        yield from guarded(ctx, "mission places", self.mission_places(ctx))
        yield from guarded(ctx, "relational", self.relational(ctx, args))
        yield from guarded(ctx, "part of", self.parts(ctx, args))
        yield from guarded(ctx, "led grouping", self.led_groupings(ctx, args))
        yield from guarded(ctx, "named grouping", self.named_groupings(ctx, args))
        yield from guarded(ctx, "fellow members", self.fellow_members(ctx, args))
        yield from guarded(ctx, "one of the parts", self.one_of_parts(ctx, args))
        yield from guarded(ctx, "comma places", self.comma_places(ctx, args))
        yield from guarded(ctx, "person of", self.people_of(ctx))
        yield from guarded(ctx, "offices", self.offices(ctx, args))
        yield from guarded(ctx, "described as backed", self.described_backing(ctx, args))
        yield from guarded(ctx, "ruling group", self.ruling_groups(ctx))

    # ------------------------------------------------------------- helpers
    def _found(self, s: int, rel: str, o: int, tok: Token, words: list[Token], conf: float,
               rule: str, **extra) -> Found:
        return Found(s, rel, o, tok, words, _flags(), conf, rule, extra=extra)

    @staticmethod
    def left_np(first: Token, root: Token, start: int | None = None) -> list[Token]:
        """The words right before a name that belong to its noun phrase ("Iran's Defense
        Minister" before "Amir Hatami").  Adjacency and word classes decide, not the
        tree: the parser often attaches a title as a sibling of the name."""
        out = []
        i = first.i - 1
        start = first.sent.start if start is None else start
        while i >= start and len(out) < 10:
            t = first.doc[i]
            if t.dep_ == "det" and i - 1 >= start and first.doc[i - 1].lower_ in (
                    "to", "for", "of") and t.lower_ == "the":
                out.append(t)  # "Ambassador to the Philippines"
                i -= 1
                continue
            if t.dep_ == "poss" and t.lower_ in ("its", "their") and \
                    t.head.i > t.i and t.head.i < first.i:
                out.append(t)  # "its Executive Secretary Workneh Gebeyehu": its owner
                break
            if t.text == ")" and i - 2 >= start and first.doc[i - 2].text == "(" and \
                    first.doc[i - 1].text.replace("-", "").isupper() and \
                    len(first.doc[i - 1].text) > 1:
                # "Christian Democratic Union (CDU) leader X": the name and its acronym
                out.append(first.doc[i - 1])
                i -= 3
                continue
            if t.lower_ == "in" and 0 < i < len(first.doc) - 1 and \
                    first.doc[i - 1].text == "-" and first.doc[i + 1].text == "-":
                out.append(t)  # "commander-in-chief", split by the tokenizer
                i -= 1
                continue
            if t.lower_ == "and" and 0 < i and out and all(
                    x.pos_ == "PROPN" and x.is_title and not x.ent_type_
                    for x in (first.doc[i - 1], first.doc[i + 1])) and \
                    first.doc[i + 2].lower_ == "minister" and \
                    first.doc[i - 1].lower_ != "minister" and not (
                        i >= 2 and first.doc[i - 2].pos_ == "PROPN"
                        and first.doc[i - 2].is_title and not first.doc[i - 2].ent_type_):
                # (not "Crown Prince and Prime Minister": two titles)
                out.append(t)  # "Agriculture and Forestry Minister": one portfolio
                i -= 1
                continue
            acronym = t.text.isupper() and t.is_alpha and len(t.text) > 1
            if t.is_space or t.dep_ == "det" or (t.pos_ in ("VERB", "AUX", "PRON", "NUM",
                                                             "SCONJ", "CCONJ", "ADV")
                                                 and not acronym and t.lower_ not in TENURE):
                # ("Kursk acting governor X": "acting" tagged a verb)
                break  # (but "WHO Director-General X": the acronym tagged a pronoun)
            if t.is_punct and t.text not in ("-", "\u2019s", "'s", "."):
                break
            if t.pos_ == "ADP" and t.lower_ not in ("of", "for", "to"):
                break
            out.append(t)
            i -= 1
        out.reverse()
        while out and out[0].pos_ == "ADP":  # never start with "of"
            out = out[1:]
        return out

    def owner_in(self, ctx: DocContext, args: Arguments, tokens: list[Token],
                 sender: bool = False) -> int | None:
        """The last actor mention among `tokens` (the owner part of a title phrase); for
        an envoy (`sender`), the state that sends them ("China's U.N. ambassador")."""
        owner = None
        states = []
        # "Bosnian Serb leader", "Kosovo Serb", "Iraqi Kurdish": a people within a state,
        # neither state the owner
        ethnic: set[int] = set()
        for prev, t in zip(tokens, tokens[1:], strict=False):
            if t.i == prev.i + 1 and ctx.mention(t) != ctx.mention(prev) and \
                    self._demonym_state(ctx, t) and self._demonym_state(ctx, prev, names=True):
                ethnic |= {prev.i, t.i}
        for t in tokens:
            if t.tag_ == "POS" or t.lower_ in ("'s", "\u2019s") or t.i in ethnic:
                continue
            if t.head.lemma_ in BACK_LEMMAS and t.head.dep_ in ("amod", "compound") and \
                    t.i < t.head.i:
                continue  # "the Moscow-backed leader": his backer, not his state
            m = ctx.mention(t)
            if (t.pos_ == "PRON" or t.tag_ == "WP$") and t.dep_ == "poss":
                owner = args.pronoun(t)  # "the African Union, whose envoy, X, ..."
            elif m is not None and (ctx.mentions[m].kind not in ("Location", "Person") or
                                    self.gaz.is_polity(ctx.mentions[m].key)):
                owner = m  # (a de facto state has a president: "Somaliland's president")
                if ctx.mentions[m].kind == "Country":
                    states.append(m)
        if sender and states and owner is not None and ctx.mentions[owner].kind != "Country":
            return states[-1]
        return owner

    @staticmethod
    def _demonym_state(ctx: DocContext, t: Token, names: bool = False) -> bool:
        m = ctx.mention(t)
        return m is not None and ctx.mentions[m].kind == "Country" and (
            ctx.mentions[m].attributes.get("use") == "demonym" or
            (names and ctx.mentions[m].attributes.get("use") == "name"))

    @staticmethod
    def _subordinate(relation: str, before: list[Token]) -> str:
        """ "a vice department director", "deputy head": not the head of the owner."""
        if relation == "LEADS" and any(t.lower_ in SUBORDINATE for t in before):
            return "MEMBER_OF"
        return relation

    def person_state(self, ctx: DocContext, person: int, at: Token) -> int | None:
        """The state a well-known office holder serves, as a mention implied at `at`
        ("a spokesman for President Mahmoud Abbas", "an adviser to Ali Khamenei")."""
        name = ctx.mentions[person].name
        full = [x.name for x in ctx.mentions[:person + 1] if x.kind == "Person"
                and (x.name == name or x.name.endswith(" " + name))]
        country = self.gaz.country(self.gaz.office_country(full[0] if full else name,
                                                           surname=True))
        if country is None:
            # "U.N. Secretary-General Antonio Guterres ... his spokesman": the body the
            # article said he heads
            heads = next((x.attributes["heads"] for x in reversed(ctx.mentions[:person + 1])
                          if x.kind == "Person" and "heads" in x.attributes
                          and (x.name == name or x.name.endswith(" " + name))), None)
            country = self.gaz.get(heads) if heads else None
        if country is None:
            return None
        return self._implied(ctx, country, at, ctx.offset + at.idx,
                             ctx.offset + at.idx + len(at.text))

    def leader_state(self, ctx: DocContext, tokens: list[Token]) -> int | None:
        """ "President Donald Trump's senior adviser", "Putin's spokesman": the state
        whose well-known leader owns the title (a mention of it, implied)."""
        for t in tokens:
            m = ctx.mention(t)
            if m is not None and ctx.mentions[m].kind == "Person" and t.dep_ == "poss" and \
                    ctx.mentions[m].attributes.get("head") == t.i:
                state = self.person_state(ctx, m, t)
                if state is not None:
                    return state
        return None

    @staticmethod
    def _group_head(ctx: DocContext, relation: str, role: str, owner: int,
                    words: list[Token]) -> str:
        """ "SDF commander Mazloum Abdi", "the group's military chief X": the one commander
        of a force or group heads it ("a Hamas commander" is one of many)."""
        if relation == "MEMBER_OF" and role in GROUP_HEADS and ctx.mentions[owner].kind in (
                "ArmedGroup", "MilitaryForce") and not any(
                    t.lower_ in ("a", "an", "one", "senior", "local", "regional", "deputy")
                    for t in [*words, *words[-1].children]):
            return "LEADS"
        return relation

    def _title_relation(self, ctx, args, person: int, phrase: list[Token], anchor: Token,
                        conf: float, rule: str) -> Iterator[Found]:
        m = title_match(phrase, self.gaz)
        if not m:
            # "U.N. Special Envoy for Yemen Hans Grundberg", "U.S. Ambassador to the
            # Philippines MaryKay Carlson": the title ends before "for" / "to"
            fors = [k for k, t in enumerate(phrase) if t.lower_ in ("for", "to")]
            if fors:
                phrase = phrase[: fors[0]]
                m = title_match(phrase, self.gaz)
        if not m:
            return
        while m[0] > 0 and phrase[m[1] - 1].lower_.rstrip(".") in RANKS:
            # "Burkina Faso's junta leader Captain Ibrahim Traore", "Junta spokesman
            # Colonel Major X": the office before the military rank(s) says what the
            # person is to the owner
            office = title_match(phrase[: m[0]], self.gaz)
            if not office:
                break
            phrase, m = phrase[: m[0]], office
        title = title_of(phrase, self.gaz)
        if any(t.lower_ in FORMER for t in phrase[: m[0]]) or (
                m[0] > 0 and phrase[m[0] - 1].lower_ == "-" and m[0] > 1
                and phrase[m[0] - 2].lower_ == "ex"):
            return  # "former Nigerian President Olusegun Obasanjo" leads no more
        if title and ctx.mentions[person].source == "ner":
            ctx.mentions[person].attributes.setdefault("title", title.role)
            ctx.mentions[person].attributes.setdefault("title_relation", title.relation)
        owner_tokens = phrase[: m[0]]
        if owner_tokens and (owner_tokens[-1].lower_ == "of" or (
                owner_tokens[-1].pos_ == "ADP" and owner_tokens[-1].lower_ != "'s")):
            # ("forces loyal to Prime Minister X": the forces are no owner of the office)
            # "the government of Captain Ibrahim Traore", "the son of President X": the
            # noun before "of" is the person's, not the office's owner
            owner_tokens = []
        owner = self.owner_in(ctx, args, owner_tokens, sender=title is not None
                              and title.role in ENVOYS)
        if owner is None and title is not None and title.role in ("Governor", "Mayor"):
            # "Odesa regional governor Oleh Kiper", "Borno Gov. X": the region or city
            owner = next((i for t in reversed(owner_tokens) for i in [ctx.mention(t)]
                          if i is not None and ctx.mentions[i].kind == "Location"), None)
        if owner is None and title is not None and title.role == "President":
            owner = self._federal_state(ctx, owner_tokens)
        if owner is not None and m[0] < len(phrase) and \
                ctx.mentions[owner].end > ctx.offset + phrase[m[0]].idx and \
                ctx.mentions[owner].kind != "Country":
            # "French Armed Forces Minister": the body's name runs into the title, which
            # is an office of the body's state
            entry = self.gaz.get(ctx.mentions[owner].key or "")
            state = self.gaz.country(f"country:{entry.country}") if isinstance(
                entry, Organization) and entry.country else None
            owner = None if state is None else self._implied(
                ctx, state, phrase[m[0]], ctx.mentions[owner].start, ctx.mentions[owner].end)
        om_ = ctx.mentions[owner] if owner is not None else None
        if om_ is not None and om_.source == "nominal" and om_.kind == "Organization" and \
                title is not None and title.relation == "MEMBER_OF" and \
                om_.attributes.get("owner") is not None and \
                ctx.mentions[om_.attributes["owner"]].kind == "Country":
            # "Chinese foreign ministry spokesman Guo Jiakun": an official of the state
            owner = om_.attributes["owner"]
        if owner is not None and ctx.mentions[owner].kind == "Organization" and \
                ctx.mentions[owner].key is None and \
                ctx.mentions[owner].attributes.get("owner") is None and all(
                    w in GENERIC_BODY_WORDS for w in ctx.mentions[owner].name.casefold().split()):
            # "Foreign Ministry spokesman Esmaeil Baqaei": every state has one; whose it is
            # comes from the context, as for a title without owner
            generic = owner
            owner = None
            if title is not None and title.owner == "named":
                title = replace(title, owner="context-gov")
        else:
            generic = None
        if owner is None and (owner := self.leader_state(ctx, owner_tokens)) is not None:
            title = replace(title, relation="MEMBER_OF")  # (no one leads a leader's state)
        if owner is None and title and ctx.mentions[person].source == "ner" and (
                title.owner.startswith(("country:", "org:")) or title.owner in ("context",
                                                                                "forces") or
                self.gaz.office_country(ctx.mentions[person].name) is not None or (
                    title.owner == "context-gov" and any(
                        t.lemma_.casefold() in GOVERNMENT_BODY_WORDS for t in owner_tokens))) \
                and not any(ctx.mention(t) not in (None, generic) for t in owner_tokens):
            # no owner named: decided once the sentence's other facts are known
            ctx.mentions[person].attributes["owner_wanted"] = (
                title.owner, title.relation, title.role, anchor.i,
                [t.i for t in phrase[m[0] : m[1]]], conf)
            return
        if owner is None or owner == person:
            return
        # words between the owner and the title that are not part of the owner's name
        # ("Iran's nuclear body chief"): the title is of that body, not of the owner
        omen = ctx.mentions[owner]
        # (an owner named by a pronoun, "whose Prime Minister": the pronoun)
        last_owner_tok = max((t.i for t in owner_tokens if ctx.mention(t) == owner
                              or t.i == omen.attributes.get("head")),
                             default=owner_tokens[0].i if owner_tokens else -1)
        between = [t for t in owner_tokens if t.i > last_owner_tok and t.tag_ != "POS"
                   and not t.is_punct and t.lemma_.casefold() not in GOVERNMENT_WORDS
                   and t.lower_ not in TENURE
                   and not (title.role in ENVOYS and (ctx.mention(t) is not None
                                                      or t.lower_ in ("deputy", "vice")
                                                      or t.is_lower))]
        # (an envoy's post or brief is no part of the title: "China's U.N. ambassador",
        # "the U.S. hostage envoy")
        if between and omen.kind == "Country" and not all(
                t.lower_ in GENERIC_BODY_WORDS for t in between):
            return  # (but "Ukraine's navy spokesman", "Ethiopia's foreign ministry
            # spokesman" serve the state)
        if title.role in ("Mayor", "Governor") and omen.kind == "Country" and \
                omen.attributes.get("use") == "capital":
            return  # "Kyiv mayor Vitali Klitschko" heads the city, not the state
        if omen.kind == "Person":
            # "his special envoy, Tom Barrack" (his: the president): the leader's state
            owner = self.person_state(ctx, owner, anchor)
            if owner is None:
                return
            title = replace(title, relation="MEMBER_OF")
        # (not a word of the owner's name: "Kurdistan Regional Government Prime Minister")
        relation = self._subordinate(title.relation, [
            t for t in phrase[: m[0]] if ctx.mention(t) is None])
        if not between:
            relation = self._group_head(ctx, relation, title.role, owner, phrase[: m[1]])
        if between and relation == "LEADS":
            # "UN refugee chief Filippo Grandi" heads a part of the UN, not the UN
            relation = "MEMBER_OF"
        words = phrase[m[0] : m[1]]
        if title.owner == "forces" and not between and ctx.mentions[owner].kind == "Country":
            # "Pakistan's army chief"
            yield from self._forces_chief(ctx, person, relation, owner, anchor, words, conf,
                                          rule, title.role)
            return
        if relation == "LEADS" and ctx.mentions[owner].kind == "Organization" and \
                ctx.mentions[owner].key:
            ctx.mentions[person].attributes["heads"] = ctx.mentions[owner].key
        yield self._found(person, relation, owner, anchor, words, conf, rule, role=title.role)

    def _abroad(self, ctx: DocContext, force: int, place: int) -> bool:
        """Place mention `place` is in another state than the one force `force` serves."""
        entry = self.gaz.get(ctx.mentions[force].key or "")
        home = f"country:{entry.country}" if getattr(entry, "country", None) else \
            ctx.mentions[state_of_forces(ctx, force)].key
        pm = ctx.mentions[place]
        pentry = self.gaz.get(pm.key or "")
        where = pm.key if pm.kind == "Country" else pm.attributes.get("capital_of") or (
            f"country:{pentry.country}" if getattr(pentry, "country", None) else None)
        return bool(home and where and home != where)

    def _federal_state(self, ctx: DocContext, tokens: list[Token]) -> int | None:
        """ "Puntland President Said Abdullahi Deni", "Jubaland's president": the region
        (a federal state the gazetteer knows) a president heads."""
        return next((i for t in reversed(tokens) for i in [ctx.mention(t)]
                     if i is not None and ctx.mentions[i].kind == "Location"
                     and getattr(self.gaz.get(ctx.mentions[i].key or ""), "kind", "")
                     == "region"), None)

    def context_titles(self, ctx: DocContext, args: Arguments,
                       found: list[Found]) -> Iterator[Found]:
        """Titles without a named owner ("Foreign Minister Yvan Gil said Venezuela does
        not accept ...", "Secretary of State Marco Rubio"): a national office's country,
        else the one country the sentence is about (none that any of its facts involve),
        else the country of the previous sentence's subject."""
        for idx in range(len(ctx.mentions)):
            men = ctx.mentions[idx]
            want = men.attributes.get("owner_wanted")
            if want is None or men.attributes.get("offset") != ctx.offset:
                continue
            kind, relation, role, anchor_i, word_is, conf = want
            if any(f.subject == idx and f.flags.polarity == "positive" and
                   f.flags.modality == "asserted" and ((f.relation == "LEADS" and (
                    kind != "forces" or ctx.mentions[f.object].kind == "MilitaryForce")) or (
                    f.relation == "MEMBER_OF" and ctx.mentions[f.object].kind == "Country"))
                   for f in found):
                continue  # "Prime Minister X, who heads the PA government": said already
                # (not "whose Georgian Dream party": a party is no state)
            anchor = ctx.doc[anchor_i]
            words = [ctx.doc[i] for i in word_is]
            # ("President Trump": a known holder named by surname too)
            known = self.gaz.office_country(men.name) or (
                self.gaz.office_country(men.name, surname=True) if " " not in men.name
                else None)
            here: int | None | bool = False  # the sentence's country, once looked up
            if known is not None and known.startswith("country:") and \
                    kind in ("context", "context-gov") and \
                    not self._state_named(ctx, known, men.name):
                here = self._sentence_country(ctx, anchor, found)
                if here is not None or dateline_state(ctx) not in (None, known):
                    # "Defence Minister Pedro Sanchez" in an article about Colombia that
                    # never names Spain: a namesake, not Spain's prime minister
                    known = None
            forces = kind == "forces"
            if forces:
                # "army commander General X", after "the Lebanese army deployed ...": the
                # army the sentence (or the one before) names, else the state's forces
                near = self._sentence_forces(ctx, anchor, words)
                if near is not None and known is not None and known.startswith("country:") \
                        and self.gaz.state_key(ctx.mentions[near].key) not in (None, known):
                    near = None  # ("Commander-in-Chief Oleksandr Syrskyi" after "Russian
                    # forces advanced": the known holder's own forces)
                if near is not None:
                    yield self._found(idx, relation, near, anchor, words, conf * 0.8,
                                      "context-title", role=role)
                    continue
            if known is not None and not kind.startswith(("country:", "org:")) and \
                    "Candidate" not in role:
                # (a candidate holds no office of the state, whatever he holds later)
                kind = known  # "President Vladimir Putin": whose president is known
            if kind.startswith(("country:", "org:")):
                # ("European Commissioner": of the EU)
                country = self.gaz.country(kind) if kind.startswith("country:") else \
                    self.gaz.get(kind)
                if country is None:
                    continue
                said = self._title_mention(ctx, country, words)
                yield from (self._forces_chief if forces else self._title_found)(
                    ctx, idx, relation, said, anchor, words, conf * 0.9, "national-title", role)
                continue
            owner = self._sentence_country(ctx, anchor, found) if here is False else here
            if owner is not None and self._met_by_envoy_of(ctx, idx, owner, found):
                owner = None  # "Russia's ambassador met Interior Minister X": X is no Russian
            if owner is None and any(w.lower_ in ("junta", "military", "army") for w in ctx.doc[
                    max(ctx.sent(anchor).start, words[0].i - 2) : words[0].i]):
                # "Junta spokesman Zaw Min Tun": the state whose junta or military the
                # article named ("Myanmar's military"), else the first state it names
                before = [(i, m) for i, m in enumerate(ctx.mentions)
                          if m.attributes.get("offset") == ctx.offset
                          and m.start < ctx.offset + anchor.idx]
                owner = next((m.attributes["owner"] for _, m in before
                              if m.attributes.get("lemma") in ("junta", "military", "army")
                              and isinstance(m.attributes.get("owner"), int)
                              and ctx.mentions[m.attributes["owner"]].kind == "Country"), None)
                if owner is None:
                    owner = next((i for i, m in before if m.kind == "Country"
                                  and m.key and m.source == "gazetteer"), None)
            if owner is not None and owner != idx:
                yield from (self._forces_chief if forces else self._title_found)(
                    ctx, idx, relation, owner, anchor, words, conf * 0.8, "context-title", role)
            elif owner is None and not forces and kind in ("context", "context-gov") and \
                    (home := self.gaz.country(dateline_state(ctx) or "")) is not None and \
                    self._only_home(ctx, anchor, words, home.key):
                # "JUBA, March 27 - ... Information Minister Michael Makuei Lueth said": a
                # minister the article does not place serves the state it is filed from
                said = self._title_mention(ctx, home, words)
                yield self._found(idx, relation, said, anchor, words, conf * 0.7,
                                  "dateline-title", role=role)

    @staticmethod
    def _met_by_envoy_of(ctx: DocContext, person: int, state: int, found: list[Found]) -> bool:
        """Is `person` met (received, hosted) by someone who serves `state`?"""
        head = ctx.mentions[person].attributes.get("head")
        if head is None:
            return False
        tok = ctx.doc[head]
        if tok.dep_ != "dobj" or tok.head.lemma_ not in ("meet", "receive", "host", "visit"):
            return False
        key = ctx.mentions[state].key
        servants = {f.subject for f in found if ctx.mentions[f.object].key == key
                    and f.relation in ("MEMBER_OF", "LEADS")}
        subjects = [d for c in tok.head.children if c.dep_ == "nsubj"
                    for d in [c, *c.conjuncts, *(a for a in c.children if a.dep_ == "appos")]]
        return any(ctx.mention(d) in servants or any(
            p.dep_ == "poss" and ctx.mention(p) is not None
            and ctx.mentions[ctx.mention(p)].key == key for p in d.children) for d in subjects)

    def _state_named(self, ctx: DocContext, key: str, person: str) -> bool:
        """Does the article so far name the state `key`: itself, its capital, or a known
        holder of its offices other than `person`?"""
        return any(m.key == key or m.attributes.get("capital_of") == key or (
            m.kind == "Person" and m.name != person
            and m.name.split()[-1] != person.split()[-1]  # ("Sanchez wrote": the same man)
            and self.gaz.office_country(m.name, surname=True) == key) for m in ctx.mentions)

    def _only_home(self, ctx: DocContext, anchor: Token, words: list[Token], home: str) -> bool:
        """Does the sentence of a title speak of the article's own state or of none, and is
        the title not one of a body the text names ("Supreme Court President X")?"""
        before = words[0].i - 1
        while before >= 0 and ctx.doc[before].lower_ in TENURE | SUBORDINATE:
            before -= 1  # "First Vice Foreign Minister"
        if before >= 0 and ctx.doc[before].pos_ == "PROPN" and \
                ctx.mention(ctx.doc[before]) is None and \
                ctx.doc[before].lower_ not in GOVERNMENT_BODY_WORDS:
            return False
        states = set()
        sent = ctx.sent(anchor)
        lo, hi = ctx.offset + sent.start_char, ctx.offset + sent.end_char
        quoted = quoted_tokens(sent)  # (the speaker's own words speak of others too)
        # (every mention, those read as part of a longer name too: "Iran Air")
        for m in ctx.mentions:
            if not (lo <= m.start < hi) or m.attributes.get("offset") != ctx.offset or \
                    m.attributes.get("head") in quoted or (
                        m.attributes.get("void") and m.kind != "Country"):
                continue  # (nor a known name read inside a longer one: "Kurdistan
                # Democratic Party" is no "Democratic Party")
            h = m.attributes.get("head")
            if h is not None and self._acted_on(ctx.doc[h], anchor):
                continue  # ("Minister X accused Addis Ababa": the state acted on is another)
            if m.attributes.get("of_noun") in ("side", "border", "frontier", "territory",
                                               "soil", "airspace", "waters"):
                continue  # ("trucks stranded on the Belarusian side": a place, no actor)
            state = m.key if m.kind == "Country" else self.gaz.state_key(m.key)
            if state:
                states.add(state)
        # (another state named, and not the article's own: the title may be the other's)
        return not states or home in states

    def _sentence_forces(self, ctx: DocContext, anchor: Token,
                         words: list[Token] = ()) -> int | None:
        """The one state force named in the sentence of `anchor` or the one before; for
        an "air force" or "navy" title, the one air force or navy named there ("Ukraine's
        air force said Russian forces had fired ...; air force spokesman X")."""
        sent = ctx.sent(anchor)
        start = ctx.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        branch = next((b for b in ("air force", "navy", "naval")
                       if b in " ".join(w.lower_ for w in words)), None)
        keys: dict[str, int] = {}
        branches: dict[str, int] = {}
        for t in ctx.doc[start : sent.end]:
            i = ctx.mention(t)
            if i is None or ctx.mentions[i].kind != "MilitaryForce":
                continue
            if branch and branch in ctx.mentions[i].name.casefold():
                branches.setdefault(identity(ctx, i), i)
            if (ctx.mentions[i].key or "").startswith(("forces:", "org:")):
                keys.setdefault(ctx.mentions[i].key, i)
        if len(branches) == 1:
            return next(iter(branches.values()))
        return next(iter(keys.values())) if len(keys) == 1 else None

    def _title_found(self, ctx: DocContext, person: int, relation: str, owner: int,
                     anchor: Token, words: list[Token], conf: float, rule: str,
                     role: str) -> Iterator[Found]:
        yield self._found(person, relation, owner, anchor, words, conf, rule, role=role)

    def _forces_chief(self, ctx: DocContext, person: int, relation: str, state: int,
                      anchor: Token, words: list[Token], conf: float, rule: str,
                      role: str) -> Iterator[Found]:
        """An army chief ("Pakistan's army chief", "Uganda's military chief, General X"):
        an officer of the state, at the head of its forces."""
        yield self._found(person, "MEMBER_OF", state, anchor, words, conf, rule, role=role)
        yield self._found(person, relation, self._forces_of(ctx, state, words), anchor, words,
                          conf, rule, role=role)

    def presiding_officers(self, ctx: DocContext, found: list[Found]) -> Iterator[Found]:
        """ "Parliament Speaker Nabih Berri", "Iran's parliament speaker": a member of the
        state who heads its parliament."""
        for f in list(found):
            if f.extra.get("role") != "Speaker of Parliament" or f.relation != "MEMBER_OF":
                continue
            country = self.gaz.country(ctx.mentions[f.object].key or "")
            if country is None:
                continue
            body = Organization(key=f"parliament:{country.iso3}",
                                name=f"{country.demonym} parliament", type="Organization",
                                aliases=(), country=country.iso3, parent=None, kind="agency")
            said = self._title_mention(ctx, body, [t for t in f.tokens if t is not None])
            yield replace(f, relation="LEADS", object=said, rule="presiding-title")

    def _forces_of(self, ctx: DocContext, state: int, words: list[Token]) -> int:
        """The armed forces of the state mention `state` ("Pakistan" -> "Pakistani forces"),
        as a mention implied by the title `words` (the state itself if not a country)."""
        country = self.gaz.country(ctx.mentions[state].key or "")
        if country is None:
            return state
        said = {w.lower_ for w in words}
        # ("navy chief", "chief of naval staff", "air force commander": that service)
        branch = "navy" if said & {"navy", "naval"} else "air force" if "air" in said else None
        key = f"{BRANCH_KEYS[branch]}:{country.iso3}" if branch else f"forces:{country.iso3}"
        forces = Organization(key=key, name=f"{country.demonym} {branch or 'forces'}",
                              type="MilitaryForce", aliases=(), country=country.iso3,
                              parent=None, kind="state_force")
        return self._title_mention(ctx, forces, words, owner=state)

    def _title_mention(self, ctx: DocContext, entry, words: list[Token], **attributes) -> int:
        """A mention of the state or force a title's words imply ("Secretary of State" ->
        the United States, "army chief" -> the state's forces), spanning those words."""
        first, last = words[0], words[-1]
        return self._implied(ctx, entry, last, ctx.offset + first.idx,
                             ctx.offset + last.idx + len(last.text), source="title", **attributes)

    def offices(self, ctx: DocContext, args: Arguments) -> Iterator[Found]:
        """ "Masoud Pezeshkian became president of Iran", "Karol Nawrocki was elected
        president", "Merz was sworn in as chancellor", "where Badra Gunba became leader":
        taking an office gives the title's relation, to the owner named with the office,
        else to the place the clause is about, else (national offices) the sentence's
        country."""
        for v in ctx.tokens:
            if v.pos_ not in ("VERB", "AUX") or v.lemma_ not in OFFICE_VERBS or any(
                    c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in (
                        "to", "would", "could", "might", "may", "will", "should"))
                    for c in v.children):
                continue
            passive = is_passive(v)
            role_deps = ("attr", "oprd", "xcomp") if v.lemma_ in ("become", "remain") or \
                passive else ("oprd", "xcomp")
            nouns = [c for c in v.children if c.dep_ in role_deps and c.pos_ in ("NOUN", "PROPN")]
            for c in [v, *[p for p in v.children if p.dep_ == "prt"]]:
                nouns += [q for p in c.children if p.dep_ == "prep" and p.lower_ == "as"
                          for q in pobjs(p)]
            if v.lemma_ in ("become", "remain", "serve") or passive:
                holders = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
            else:  # "Trump named Marco Rubio secretary of state"
                holders = [c for c in v.children if c.dep_ == "dobj"]
            people = [i for h in holders for i, _ in args.actors(h)
                      if ctx.mentions[i].kind == "Person"]
            for n in nouns[:1]:
                m = ctx.mention(n)
                if not people or (m is not None and ctx.mentions[m].source != "description"):
                    continue  # ("sworn in as Mozambique's president": the office, described)
                phrase = [t for t in n.subtree if t.i <= n.i and t.dep_ != "det"]
                m = title_match(phrase, self.gaz)
                title = title_of(phrase, self.gaz)
                if not m or title is None or m[1] != len(phrase):
                    continue
                owner = self.owner_in(ctx, args, phrase[: m[0]])
                if owner is None:
                    owner = next((i for p in n.children if p.dep_ == "prep" and p.lower_ == "of"
                                  for q in pobjs(p) for i, _ in args.actors(q)
                                  if ctx.mentions[i].kind != "Person"), None)
                if owner is None and v.dep_ == "relcl" and any(
                        c.lower_ == "where" for c in v.children):
                    # "In Abkhazia, where Badra Gunba became leader"
                    owner = ctx.mention(v.head)
                words = [v, *phrase[m[0]:]]
                # ("serves as president of the Senate": of a body not known as an actor,
                # not of the state of the context)
                of_body = any(q.pos_ == "PROPN" for p in n.children
                              if p.dep_ == "prep" and p.lower_ == "of" for q in pobjs(p))
                for i in people:
                    if owner is not None and owner != i:
                        yield self._found(i, title.relation, owner, v, words, 0.8, "office",
                                          role=title.role)
                    elif owner is None and title.owner != "named" and not of_body:
                        ctx.mentions[i].attributes.setdefault("owner_wanted", (
                            title.owner, title.relation, title.role, v.i,
                            [t.i for t in phrase[m[0]:]], 0.8))

    def seized_power(self, ctx: DocContext, args: Arguments,
                     found: list[Found]) -> Iterator[Found]:
        """ "Captain Ibrahim Traore, who seized power in a 2022 coup": the person leads
        the state where (or, unnamed, the state the article is about)."""
        for v in ctx.tokens:
            if v.lemma_ not in POWER_VERBS or not any(
                    c.dep_ == "dobj" and c.lemma_ == "power" and not any(
                        d.dep_ == "prep" for d in c.children) for c in v.children):
                continue
            if any(c.dep_ in ("neg", "aux") and c.lower_ in ("not", "n't", "never", "would",
                                                              "could", "might", "may")
                   for c in v.children):
                continue  # (only a seizure that happened)
            people = [i for i, _ in args.clause_subjects(v) if ctx.mentions[i].kind == "Person"]
            where = [i for c in v.children if c.dep_ == "prep" and c.lower_ == "in"
                     for p in pobjs(c) for i, _ in args.actors(p)
                     if ctx.mentions[i].kind == "Country"]
            state = where[0] if where else (self._sentence_country(ctx, v, found)
                                            or self._main_country(ctx, v))
            if state is None:
                continue
            power = next(c for c in v.children if c.dep_ == "dobj")
            for i in people:
                name = ctx.mentions[i].name
                known = self.gaz.office_country(name, surname=" " not in name)
                if known and known != ctx.mentions[state].key:
                    continue  # ("Traore, who seized power in 2022" in a story about Ivory
                    # Coast: Burkina Faso's leader, whom the office holders list names)
                if not any(f.subject == i and f.relation == "LEADS" for f in found):
                    yield self._found(i, "LEADS", state, v, [v, power], 0.7, "seized-power")

    @staticmethod
    def _main_country(ctx: DocContext, before: Token) -> int | None:
        """The country named most often before `before` (places named with "in" count
        double): what the article is about."""
        score: dict[str, int] = {}
        last: dict[str, int] = {}
        for i, m in enumerate(ctx.mentions):
            if m.kind == "Country" and m.key and m.source == "gazetteer" and \
                    m.attributes.get("offset") == ctx.offset and \
                    m.start < ctx.offset + before.idx:
                score[m.key] = score.get(m.key, 0) + 1 + bool(m.attributes.get("loc"))
                last[m.key] = i
        if not score:
            return None
        top = max(score.values())
        best = [k for k, n in score.items() if n == top]
        return last[best[0]] if len(best) == 1 else None

    @staticmethod
    def _acted_on(t: Token, anchor: Token) -> bool:
        """Is `t` the direct object of the verb whose subject is the titled person at
        `anchor` (someone the person acts on, not the person's own side)?"""
        return t.dep_ == "dobj" and t.head == anchor.head and anchor.dep_ == "nsubj"

    def _sentence_country(self, ctx: DocContext, anchor: Token, found: list[Found]) -> int | None:
        sent = ctx.sent(anchor)
        in_facts = {ctx.mentions[i].key for f in found
                    if sent.start <= f.trigger.i < sent.end for i in (f.subject, f.object)}
        cands: dict[str, int] = {}
        quoted = quoted_tokens(sent)
        for t in sent:
            i = ctx.mention(t)
            if i is None or t.i in quoted or t.text in QUOTES:
                continue  # (a quote talks of others as often as of the speaker's state)
            m = ctx.mentions[i]
            # "Foreign Minister X said Mogadishu had summoned ...": the capital a titled
            # speaker reports acting is their own government, whatever it did
            own_capital = m.attributes.get("use") == "capital" and t.dep_ == "nsubj" and \
                t.head.dep_ == "ccomp" and t.head.head == anchor.head and \
                anchor.dep_ == "nsubj" and t.head.head.lemma_ in SPEECH and not any(
                    f.subject == i and f.relation in ("ATTACKS", "THREATENS") for f in found)
            # (not "said Kyiv had attacked civilians": an accusation of the other side)
            if self._acted_on(t, anchor):
                continue  # "Defence Minister X thanked the Rwandans", "... accused Addis
                # Ababa": whom the titled person acts on is another state
            if m.kind == "Country" and m.key and (m.key not in in_facts or own_capital) and \
                    m.source == "gazetteer" and \
                    not m.attributes.get("void") and m.attributes.get("head") == t.i and \
                    t.dep_ in ("nsubj", "nsubjpass", "poss", "dobj") and \
                    not (t.dep_ == "poss" and self.gaz.title(t.head.lower_)):
                # what the sentence says of a state ("Venezuela does not accept", "the
                # recovery of Venezuela's production"); not "an agreement with Washington",
                # nor "Niger's only legitimate leader"
                if own_capital:
                    return i  # (whatever else the clause names: "a pipeline that crosses
                    # Ukraine")
                cands.setdefault(m.key, i)
        if len(cands) == 1:
            return next(iter(cands.values()))
        if cands:
            return None
        def side_by_side(person: int) -> bool:
            # "X said ..., while Y said ...": two speakers of conjoined clauses
            h = ctx.mentions[person].attributes.get("head")
            if h is None or anchor.dep_ != "nsubj" or ctx.doc[h].dep_ != "nsubj":
                return False
            a, b = anchor.head, ctx.doc[h].head
            if a.i < b.i:
                a, b = b, a  # (a: the later clause, hung under the earlier one)
            return a.dep_ in ("conj", "advcl") and b in (a.head, a.head.head) and any(
                t.lower_ in ("while", "and", "whereas") for t in ctx.doc[b.i : a.i])

        titled = {f.object for f in found if sent.start <= f.trigger.i < sent.end and
                  f.relation in ("LEADS", "MEMBER_OF") and f.subject != ctx.mention(anchor) and
                  ctx.mentions[f.object].kind == "Country" and ctx.mentions[f.object].key and
                  (f.rule or "").endswith("title") and side_by_side(f.subject)}
        if len({ctx.mentions[i].key for i in titled}) == 1:
            return min(titled)  # "New Zealand Prime Minister X said ..., while Defence
            # Minister Y said": the state of the other office holder the sentence names
        if sent.start == 0:
            return None
        # the previous sentence's subject: a country, or a person's country
        prev = ctx.doc[sent.start - 1].sent
        for t in sorted(prev, key=lambda t: t.head.dep_ != "ROOT"):
            # (the root's subject, else that of what "the government" reports: "Finland will
            # keep its border closed, the government said")
            if t.dep_ not in ("nsubj", "nsubjpass") or not (t.head.dep_ == "ROOT" or (
                    t.dep_ == "nsubj" and t.head.dep_ == "ccomp" and t.head.head.dep_ == "ROOT"
                    and t.head.head.lemma_ in SPEECH and any(
                        c.dep_ == "nsubj" and c.lemma_ in GOVERNMENT_BODY_WORDS and (
                            ctx.mention(c) is None
                            or ctx.mentions[ctx.mention(c)].source == "anaphor")
                        for c in t.head.head.children))):
                continue
            i = ctx.mention(t)
            if i is None:
                continue
            if t.head.dep_ != "ROOT" and not (ctx.mentions[i].kind == "Country"
                                              and ctx.mentions[i].attributes.get("head") == t.i):
                continue  # (what is reported of a state, not of its envoy)
            if ctx.mentions[i].kind == "Country" and ctx.mentions[i].key:
                return i
            owner = ctx.mentions[i].attributes.get("owner")
            if (ctx.mentions[i].kind == "MilitaryForce" or (
                    ctx.mentions[i].kind == "Organization" and
                    ctx.mentions[i].source == "nominal")) and isinstance(owner, int) and \
                    ctx.mentions[owner].kind == "Country" and ctx.mentions[owner].key:
                return owner  # "Ethiopian forces clashed with ... Government spokesman X"
                # ("Haiti's transitional council named ... Prime Minister X said")
            if ctx.mentions[i].kind == "Person":
                owned = {f.object for f in found if f.subject == i and
                         f.relation in ("LEADS", "MEMBER_OF") and
                         ctx.mentions[f.object].kind == "Country"}
                if len(owned) == 1:
                    return owned.pop()
        return None

    # ------------------------------------------------------------- titles
    def titles(self, ctx: DocContext, args: Arguments) -> Iterator[Found]:
        for idx, men in enumerate(list(ctx.mentions)):
            if men.kind != "Person" or men.source != "ner" or \
                    men.attributes.get("offset") != ctx.offset:
                continue
            root = ctx.doc[men.attributes["head"]]
            first = ctx.doc.char_span(men.start - ctx.offset, men.end - ctx.offset,
                                      alignment_mode="expand")
            if first is None:
                continue
            phrase = self.left_np(first[0], root, ctx.sent_start(first[0]))
            while phrase and phrase[-1].lower_.rstrip(".") in HONORIFICS and not (
                    (tm := title_match(phrase, self.gaz)) and tm[1] == len(phrase) and not (
                        (tb := title_match(phrase[:-1], self.gaz)) and
                        tb[1] == len(phrase) - 1)):
                # "Foreign Minister Sheikh", "Defence Minister Prince" (but "Qatar's Emir",
                # "Saudi Crown Prince": the title itself)
                phrase = phrase[:-1]
            conj = next((t for t in phrase + [root] if phrase and t.dep_ == "conj"
                         and t.head.i < phrase[0].i and t.head.pos_ in ("PROPN", "NOUN")
                         and (ctx.mention(t.head) is None
                              or ctx.mentions[ctx.mention(t.head)].source == "description")),
                        None)
            left = list(ctx.doc[max(conj.head.left_edge.i, ctx.sent_start(first[0])) :
                                conj.head.i + 1]) if conj is not None else []
            m = title_match(left, self.gaz) if left else None
            if phrase and m and m[1] == len(left):
                # "Qatari Prime Minister and Foreign Minister Sheikh Mohammed": two offices
                # of the same owner
                yield from self._title_relation(ctx, args, idx, left, root, 0.9, "title")
                yield from self._title_relation(ctx, args, idx, left[: m[0]] + phrase,
                                                root, 0.85, "title")
            elif phrase:
                yield from self._title_relation(ctx, args, idx, phrase, root, 0.9, "title")
            # apposition: "X, the secretary of Y"; "our leader, X"; copula "X is the head of Y"
            apps = self._appositives(root)
            for a in apps:
                yield from self.appositive(ctx, args, idx, a)
            t = self._comma_title(ctx, first[0], first[-1])
            if t is not None and t not in apps:
                yield from self.appositive(ctx, args, idx, t)
            if (t := self._plural_title(ctx, first[0])) is not None:
                # "two far-right Israeli ministers, Itamar Ben-Gvir and Bezalel Smotrich"
                yield from self.appositive(ctx, args, idx, t, plural=True)
            # "Prime Minister X, whose ruling Georgian Dream party ...": X belongs to it
            whose = [w for rel in root.children if rel.dep_ == "relcl" for w in rel.subtree
                     if w.lower_ == "whose" and w.dep_ == "poss"]
            after = ctx.doc[root.i + 2] if root.i + 2 < len(ctx.doc) else None
            if not whose and after is not None and ctx.doc[root.i + 1].text == "," and \
                    after.lower_ == "whose" and after.dep_ == "poss":
                whose = [after]  # ("X, whose coalition came second", parsed with no clause)
            for w in whose:
                # ("whose HTS group": the name on the noun)
                for o, _ in args.actors(w.head) or [
                        a for c in w.head.children if c.dep_ in ("compound", "nmod")
                        and c.i < w.head.i and w.head.pos_ == "NOUN"
                        for a in args.actors(c)]:
                    om = ctx.mentions[o]
                    if om.kind in ("Organization", "ArmedGroup", "MilitaryForce") and (
                            om.source in ("ner", "gazetteer") or (
                                om.source == "nominal" and om.key)):
                        # ("Haftar, whose Libyan National Army", "Sharaa, whose HTS
                        # rebels": he commands the force; a party has members)
                        yield self._found(idx, "MEMBER_OF" if om.kind == "Organization"
                                          else "LEADS", o, w.head, [w, w.head],
                                          0.7, "whose")

            if root.dep_ == "poss" and root.i < root.head.i:
                # "Machar's SPLM-IO", "Hemedti's RSF": the named armed group he commands
                o = ctx.mention(root.head)
                if o is not None and o != idx and ctx.mentions[o].kind == "ArmedGroup" and \
                        ctx.mentions[o].source in ("ner", "gazetteer"):
                    yield self._found(idx, "LEADS", o, root, [root], 0.65, "whose")

    def counterparts(self, ctx: DocContext, args: Arguments) -> Iterator[Found]:
        """ "Armenian Foreign Minister Ararat Mirzoyan and his Azerbaijani counterpart,
        Jeyhun Bayramov": the named counterpart holds the same office for the country
        that qualifies "counterpart"."""
        for idx, men in enumerate(ctx.mentions):
            if men.kind != "Person" or men.source != "ner" or \
                    men.attributes.get("offset") != ctx.offset:
                continue
            root = ctx.doc[men.attributes["head"]]
            cp = root.head if root.dep_ == "appos" else None
            if cp is None or cp.lemma_.casefold() != "counterpart":
                cp = next((c for c in root.children if c.dep_ == "appos"
                           and c.lemma_.casefold() == "counterpart"), None)
            before = ctx.doc.char_span(men.start - ctx.offset, men.end - ctx.offset,
                                       alignment_mode="expand")
            if cp is None and before is not None and before.start > 0 and \
                    ctx.doc[before.start - 1].lemma_.casefold() == "counterpart":
                cp = ctx.doc[before.start - 1]  # "her Rwandan counterpart Olivier X"
            if cp is None:
                continue
            owner = next((ctx.mention(c) for c in cp.children
                          if c.dep_ in ("amod", "compound", "nmod", "poss")
                          and ctx.mention(c) is not None
                          and ctx.mentions[ctx.mention(c)].kind == "Country"), None)
            poss = next((c for c in cp.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
            if owner is None or poss is None:
                continue
            other = args.pronoun(poss)
            if other is None or ctx.mentions[other].kind != "Person":
                continue
            title = self._title_known(ctx, other)
            if title is None:
                # "Lavrov met his Turkish counterpart, Hakan Fidan": whatever the office,
                # an official of that state
                yield self._found(idx, "MEMBER_OF", owner, cp, [cp], 0.7, "counterpart")
                continue
            role, relation = title
            men.attributes.setdefault("title", role)
            men.attributes.setdefault("title_relation", relation)
            yield self._found(idx, relation, owner, cp, [cp], 0.75, "counterpart", role=role)
        for men in ctx.mentions:
            # "his Japanese and South Korean counterparts, Toshimitsu Motegi and Cho Hyun":
            # each named person for the country named in the same place
            if men.attributes.get("class") != "counterpart" or \
                    men.attributes.get("offset") != ctx.offset:
                continue
            cp = ctx.doc[men.attributes["head"]]
            people = [men.attributes["refers"], *men.attributes.get("conj", [])]
            owners = [ctx.mention(c) for d in cp.children if d.dep_ in ("amod", "compound",
                                                                           "nmod")
                      for c in [d, *d.conjuncts] if ctx.mention(c) is not None
                      and ctx.mentions[ctx.mention(c)].kind == "Country"]
            owners = list(dict.fromkeys(owners))
            if len(owners) == 1:
                owners = owners * len(people)
            if len(owners) != len(people):
                continue
            poss = next((c for c in cp.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
            other = args.pronoun(poss) if poss is not None else None
            title = self._title_known(ctx, other) if other is not None and \
                ctx.mentions[other].kind == "Person" else None
            role, relation = title if title else (None, "MEMBER_OF")
            for person, owner in zip(people, owners, strict=True):
                if role and not ctx.mentions[person].attributes.get("title"):
                    ctx.mentions[person].attributes["title"] = role
                    ctx.mentions[person].attributes["title_relation"] = relation
                yield self._found(person, relation, owner, cp, [cp], 0.75, "counterpart",
                                  role=role)

    def respective_titles(self, ctx: DocContext) -> Iterator[Found]:
        """ "The military leaders of Mali and Burkina Faso, General Assimi Goita and
        Captain Ibrahim Traore": the people named after the comma hold the plural title,
        each for the state named in the same place."""
        doc = ctx.doc
        for n in ctx.tokens:
            if n.tag_ != "NNS":
                continue
            words = [t.lower_ for t in doc[n.left_edge.i : n.i]] + [n.lemma_.casefold()]
            title = next((t for k in range(len(words)) if (t := self.gaz.title(
                " ".join(words[k:]))) is not None), None)
            if title is None:
                continue
            # "the foreign ministers, Jean-Noel Barrot of France and Johann Wadephul of
            # Germany": each named with the state he serves
            for a in [c for c in n.children if c.dep_ == "appos"]:
                for p in [a, *a.conjuncts]:
                    person = ctx.mention(p)
                    owner = next((m for c in p.children if c.dep_ == "prep" and c.lower_ == "of"
                                  for q in pobjs(c) for m in [ctx.mention(q)]
                                  if m is not None and ctx.mentions[m].kind == "Country"), None)
                    if person is not None and owner is not None and \
                            ctx.mentions[person].kind == "Person" and title.owner == "context":
                        yield self._found(person, title.relation, owner, n, [n], 0.75,
                                          "respective-title", role=title.role)
            of = [p for c in n.children if c.dep_ == "prep" and c.lower_ == "of"
                  for p in pobjs(c)]
            if not of:
                continue
            owners = [m for t in [of[0], *of[0].conjuncts] for m in [ctx.mention(t)]
                      if m is not None and ctx.mentions[m].kind in ("Country", "Organization")]
            end = max(t.i for t in of[0].subtree if ctx.mention(t) in owners or t == of[0])
            people = named_after(ctx, end + 1, self.gaz)
            if len(owners) < 2 or len(people) != len(owners):
                continue
            for person, owner in zip(people, owners, strict=True):
                yield self._found(person, title.relation, owner, n, [n], 0.75,
                                  "respective-title", role=title.role)

    @staticmethod
    def _title_known(ctx: DocContext, person: int) -> tuple[str, str] | None:
        """The office a person was given with their name, here or earlier."""
        m = ctx.mentions[person]
        if m.attributes.get("title"):
            return m.attributes["title"], m.attributes["title_relation"]
        last = m.name.split()[-1]
        for other in reversed(ctx.mentions[:person]):
            if other.kind == "Person" and other.attributes.get("title") and \
                    other.name.split()[-1] == last:
                return other.attributes["title"], other.attributes["title_relation"]
        return None

    def _comma_title(self, ctx: DocContext, first: Token, last: Token) -> Token | None:
        """ "Sudan's envoy to the UN, Al-Harith Idriss, said": the title noun of the phrase
        right before a name set off by commas (the parser often hangs the name on the
        last noun of that phrase instead)."""
        doc = first.doc
        start = ctx.sent_start(first)
        comma = first.i - 1
        while comma > start and doc[comma].lower_.rstrip(".") in RANKS:
            comma -= 1  # "Niger's army chief of staff, General Moussa Salaou Barmou"
        if comma <= start or doc[comma].text != "," or last.i + 1 >= len(doc) or \
                doc[last.i + 1].text not in (",", ";", ".") or (
                    doc[last.i + 1].text == "." and not doc[last.i + 1].is_sent_end):
            return None
        for k in range(comma - 1, max(start, comma - 12) - 1, -1):
            t = doc[k]
            if t.pos_ in ("VERB", "AUX") or t.text in (",", ";", "and"):
                return None
            if (t.pos_ == "NOUN" or (t.pos_ == "PROPN" and not t.ent_type_)) and \
                    self.gaz.title(t.lower_) and t.right_edge.i >= comma - 1:
                return t  # ("Deputy Prime Minister and Foreign Minister, Ishaq Dar")
        return None

    def _plural_title(self, ctx: DocContext, first: Token) -> Token | None:
        """The plural noun a list of names stands in apposition to: "two Israeli ministers,
        A and B" (for A and for B); also right before the names ("banned Israeli ministers
        A and B")."""
        doc, j, start = first.doc, first.i - 1, ctx.sent_start(first)
        while j > start:
            t = doc[j]
            if t.text == "," and doc[j - 1].tag_ == "NNS" and (
                    (i := ctx.mention(doc[j - 1])) is None
                    or ctx.mentions[i].source == "nominal"):
                return doc[j - 1]
            if t.tag_ == "NNS" and self.gaz.title(t.lemma_.casefold()) and (
                    (i := ctx.mention(t)) is None or ctx.mentions[i].source == "nominal") and \
                    ctx.mention(first) in (named := named_after(
                        ctx, j + 1, self.gaz, ("Person",), comma=False)) and len(named) >= 2:
                return t
            if t.text == "," or t.lower_ == "and":
                j -= 1
                continue
            i = ctx.mention(t)
            if i is None or ctx.mentions[i].kind != "Person":
                return None
            while j > start and ctx.mention(doc[j]) == i:
                j -= 1
        return None

    @staticmethod
    def _appositives(root: Token) -> list[Token]:
        out = [c for c in root.children if c.dep_ == "appos"]
        if root.dep_ == "appos" and (root.head.pos_ == "NOUN" or (
                root.head.pos_ == "PROPN" and root.head.is_lower)):
            out.append(root.head)  # (also "the U.S. charge d'affaires, X": a lower-case word
            # the tagger took for a name)
        if root.dep_ == "nsubj" and root.head.lemma_ == "be":
            out += [c for c in root.head.children if c.dep_ == "attr"]
        # "X, who is also a vice-president of the PLC", "X, who serves as its envoy",
        # "X serves as the head of Y"
        clauses = [c for c in root.children if c.dep_ == "relcl" and any(
            w.dep_ == "nsubj" and w.lower_ in ("who", "that") for w in c.children)]
        if root.dep_ == "nsubj":
            clauses.append(root.head)
        for v in clauses:
            if v.lemma_ == "be" and v is not root.head:
                out += [c for c in v.children if c.dep_ == "attr"]
            elif v.lemma_ in ("serve", "act", "work"):
                out += [p for c in v.children if c.dep_ == "prep" and c.lower_ == "as"
                        for p in c.children if p.dep_ == "pobj"]
        more = []
        for a in out:
            more += [c for c in a.conjuncts if c.pos_ == "NOUN"]
        return out + more

    def appositive(self, ctx: DocContext, args: Arguments, person: int, a: Token,
                   plural: bool = False) -> Iterator[Found]:
        if ctx.mention(a) is not None and ctx.mentions[ctx.mention(a)].kind != "Person" and \
                ctx.mentions[ctx.mention(a)].source not in ("anaphor", "nominal"):
            return  # (but "Their leader, X": the title noun was read as a reference)
        phrase = [t for t in a.lefts if t.dep_ != "det"]
        phrase = sorted({d for t in phrase for d in t.subtree}, key=lambda t: t.i)
        phrase = [t for t in phrase if t.i < a.i and t.dep_ != "det"] + [a]
        doc = a.doc
        if a.i >= 2 and doc[a.i - 1].text == "-" and doc[a.i - 2].is_alpha and \
                doc[a.i - 2] not in phrase:
            phrase = [doc[a.i - 2], doc[a.i - 1]] + phrase  # "vice-president" split apart
        if a.i + 2 < len(doc) and doc[a.i + 1].text == "-" and doc[a.i + 2].is_alpha and \
                doc[a.i + 2].head in (a, a.head) and \
                self.gaz.title(f"{a.lower_}-{doc[a.i + 2].lower_}"):
            phrase = phrase + [doc[a.i + 1], doc[a.i + 2]]  # "the secretary-general of"
        tail_prep = None
        for c in a.children:
            # "India's chief of naval staff", "chief of staff of the army": a title that
            # goes on after "of" (its owner is then named after the title, if at all)
            if c.dep_ == "prep" and c.lower_ == "of" and c.i == a.i + 1:
                for p in pobjs(c):
                    tail = list(doc[c.i : p.i + 1])
                    if title_match(phrase + tail, self.gaz) and title_match(
                            phrase + tail, self.gaz)[0] <= len(phrase) - 1:
                        phrase, tail_prep, a_last = phrase + tail, c, p
        m = title_match(phrase, self.gaz, plural and tail_prep is None)
        if not m or m[1] != len(phrase):
            return
        if any(t.lower_ in FORMER for t in phrase):
            return
        title = title_of(phrase, self.gaz, plural and tail_prep is None)
        owners: list[int] = []
        own = self.owner_in(ctx, args, phrase[: m[0]], sender=title.role in ENVOYS)
        if own is not None and "Candidate" in title.role and any(
                t.dep_ == "poss" and t.pos_ == "PRON" for t in phrase[: m[0]]) and not (
                getattr(self.gaz.get(ctx.mentions[own].key or ""), "kind", "") == "party"
                or set(ctx.mentions[own].name.casefold().split()) & PARTY_WORDS):
            # ("its candidate": a pronoun names a candidate's party, not any body)
            own = None
        if own is None and title.role == "President":
            own = self._federal_state(ctx, phrase[: m[0]])  # "Jubaland's president, X"
        if own is None and a.dep_ == "conj" and not any(t.pos_ == "DET" for t in a.lefts):
            # "Pakistan's Deputy Prime Minister and Foreign Minister, Ishaq Dar": the owner
            # of the first title owns the second
            own = self.owner_in(ctx, args, [t for c in a.head.lefts if c.dep_ == "poss"
                                            for t in c.subtree], sender=title.role in ENVOYS)
        # (not a word of the owner's name: "Kurdistan Regional Government Prime Minister")
        relation = self._subordinate(title.relation, [
            t for t in phrase[: m[0]] if ctx.mention(t) is None])
        if relation == "LEADS" and any(c.dep_ == "det" and c.lower_ in ("a", "an")
                                       for c in a.children):
            relation = "MEMBER_OF"  # "X, a leader of the opposition party": one of them
        if own is not None and ctx.mentions[own].kind == "Person":
            own = self.person_state(ctx, own, a)  # "his special envoy": the leader's state
            relation = "MEMBER_OF"
        if own is None and (own := self.leader_state(ctx, phrase[: m[0]])) is not None:
            relation = "MEMBER_OF"
        if own is not None:
            owners.append(own)
            last = max((t.i for t in phrase[: m[0]] if ctx.mention(t) == own or (
                t.dep_ == "poss" and (t.pos_ == "PRON" or t.tag_ == "WP$"))), default=-1)
            if relation == "LEADS" and any(t.i > last and t.tag_ != "POS" and not t.is_punct
                                           and t.lower_ not in TENURE
                                           for t in phrase[: m[0]]):
                relation = "MEMBER_OF"  # "the UN refugee chief": a part of the UN
        holders = [a] if tail_prep is None else [a_last]
        for c in [c for h in holders for c in h.children]:
            if tail_prep is not None and c.i == tail_prep.i:
                continue
            if c.dep_ == "prep" and (c.lower_ == "of" or (
                    c.lower_ == "for" and title.role == "Spokesperson") or (
                    c.lower_ == "to" and ("Adviser" in title.role or title.role == "Aide")) or (
                    c.lower_ in ("at", "with") and title.role in RESEARCH_ROLES)):
                # "the secretary of Y", "a spokesperson for the ministry", "an adviser to
                # the UAE president" (the president's state), "a researcher at the ISS"
                for p in pobjs(c):
                    found = [i if ctx.mentions[i].kind != "Person"
                             else ctx.mentions[i].attributes.get("owner")
                             if ctx.mentions[i].source == "description"
                             else self.person_state(ctx, i, p)
                             for i, _ in args.actors(p)]
                    found = [i for i in found if i is not None
                             and ctx.mentions[i].kind != "Person"]
                    if not found and title.role in ("Mayor", "Governor"):
                        # "X, governor of the Zaporizhzhia region": the place they head
                        place = self._place(ctx, p)
                        found = [place] if place is not None else []
                    if not found and p.lemma_ not in PEOPLES_BODIES:
                        # (not "the main Kosovo Serb party": a party, not Serbia)
                        # "envoy of the ASEAN chair": the owner of a non-actor noun
                        for g in p.children:
                            if g.dep_ in ("compound", "nmod", "poss", "amod") and g.i < p.i:
                                found = [i for i, _ in args.actors(g)]
                                if found:
                                    break
                    owners += found
        if not owners and title.owner.startswith(("country:", "org:")) and \
                (entry := self.gaz.get(title.owner)) is not None:
            # "X, the European Commissioner for enlargement": the office says whose
            owners.append(self._title_mention(ctx, entry, phrase[m[0]:]))
        if own is not None:
            relation = self._group_head(ctx, relation, title.role, own, phrase[: m[1]])
        if plural:
            relation = "MEMBER_OF"  # "two Hamas leaders, A and B": each one of them
        for o in owners:
            if o != person and ctx.mentions[o].kind != "Person":
                if title.owner == "forces" and relation == "LEADS" and \
                        ctx.mentions[o].kind == "Country":
                    # "Uganda's military chief, General Muhoozi Kainerugaba"
                    yield from self._forces_chief(
                        ctx, person, self._subordinate(title.relation, phrase[: m[0]]), o, a,
                        phrase[m[0]:], 0.85, "apposition", title.role)
                    continue
                rel = relation if o == own else self._subordinate(title.relation,
                                                                  phrase[: m[0]])
                if title.role in ("Chief of Staff", "Commander") and \
                        ctx.mentions[o].kind in ("MilitaryForce", "ArmedGroup") and \
                        o != own and not any(c.dep_ == "det" and c.lower_ in ("a", "an")
                                             for c in a.children):
                    # "chief of staff of the armed forces", "X, commander of U.S. Forces
                    # Korea": the head (but "a commander of Hamas" is one of many)
                    rel = "LEADS"
                elif rel == "LEADS" and any(c.dep_ == "det" and c.lower_ in ("a", "an")
                                            for c in a.children):
                    rel = "MEMBER_OF"  # "X, a leader of the party": one of its leaders
                yield self._found(person, rel, o, a, phrase[m[0]:], 0.85, "apposition",
                                  role=title.role)

    def descriptions(self, ctx: DocContext, args: Arguments, n_before: int) -> Iterator[Found]:
        """ "Turkey's foreign minister said": a relation of the person it describes."""
        for idx, men in enumerate(ctx.mentions[:n_before]):
            if men.source != "description" or men.attributes.get("offset") != ctx.offset:
                continue
            head = ctx.doc[men.attributes["head"]]
            phrase = [t for t in ctx.doc.char_span(men.start - ctx.offset, men.end - ctx.offset,
                                                   alignment_mode="expand")
                      if t.dep_ != "det"]
            yield from self._title_relation(ctx, args, idx, phrase, head, 0.75, "description")
            for v in head.children:
                if v.dep_ == "relcl" and v.lemma_ == "be" and any(
                        w.dep_ == "nsubj" and w.lower_ == "who" for w in v.children):
                    # "the crown prince, who is also Saudi Arabia's prime minister"
                    for a in v.children:
                        if a.dep_ == "attr":
                            yield from self.appositive(ctx, args, idx, a)

    # -------------------------------------------------------------- under
    def under(self, ctx: DocContext, args: Arguments) -> Iterator[Found]:
        for tok in ctx.tokens:
            if tok.dep_ != "prep" or tok.text != "under":
                continue  # (capitalised "Under" is a title: "Treasury Under Secretary")
            head = tok.head
            group = ctx.mention(head)
            if group is None and head.pos_ == "VERB" and tok.i > 0 and \
                    ctx.doc[tok.i - 1].dep_ == "dobj" and ctx.doc[tok.i - 1].head == head:
                # "fighting Sudan's army under General X": "under" hung on the verb
                group = ctx.mention(ctx.doc[tok.i - 1])
            if group is None or ctx.mentions[group].kind in ("Person", "Location"):
                continue
            for p in pobjs(tok):
                for i, f in args.actors(p):
                    if ctx.mentions[i].kind == "Person":
                        yield self._found(i, "LEADS", group, tok, [tok], 0.75 * f, "under")

    # ---------------------------------------------------------- ownership
    def ownership(self, ctx: DocContext, args: Arguments) -> Iterator[Found]:
        for idx, men in enumerate(ctx.mentions):
            if men.attributes.get("offset") != ctx.offset:
                continue
            if men.source != "nominal" and men.kind in ("MilitaryForce", "Organization",
                                                        "ArmedGroup"):
                yield from self._named_part(ctx, idx)
                yield from self._named_parent(ctx, idx)
                yield from self._persons_party(ctx, args, idx)
                continue
            if men.kind not in ("MilitaryForce", "Organization") or men.source != "nominal":
                continue
            owner = men.attributes.get("owner")
            if owner is None or owner == idx:
                continue
            om = ctx.mentions[owner]
            if om.kind not in ("Country", "Organization") or om.key == men.key:
                continue
            if ctx.passing_body_state(idx) is not None:
                continue  # "the Chinese foreign ministry": no part worth a fact
            head = ctx.doc[men.attributes["head"]]
            yield self._found(idx, "PART_OF", owner, head, [head], 0.7, "owner")

    def _persons_party(self, ctx: DocContext, args: Arguments, idx: int) -> Iterator[Found]:
        """"Pashinyan's Civil Contract party", "Biya's ruling CPDM", "his Civil Contract
        party": a person's party or movement has him as a member."""
        head = ctx.doc[ctx.mentions[idx].attributes["head"]]
        if ctx.mentions[idx].kind != "Organization" or head.dep_ != "compound" or \
                head.head.i <= head.i or head.head.lemma_ not in PARTY_NOUNS:
            return  # (not "Haftar's LNA", "Putin's Security Council": no party named so)
        head = head.head
        for c in head.children:
            if c.dep_ != "poss":
                continue
            people = args.actors(c, conj=False)
            for i, f in people:
                if ctx.mentions[i].kind == "Person":
                    yield self._found(i, "MEMBER_OF", idx, c, [c], 0.7 * f, "persons-party")

    def _named_parent(self, ctx: DocContext, idx: int) -> Iterator[Found]:
        """ "the United Nations Security Council", "the U.S. Treasury Department", "ECOWAS
        Commission": a known body whose name, as written, names its parent body or state
        is part of it."""
        men = ctx.mentions[idx]
        entry = self.gaz.get(men.key) if men.key else None
        if entry is None or men.source != "gazetteer":
            return
        head = ctx.doc[men.attributes["head"]]
        # (and the words that described it: "the U.N. peacekeeping mission in Congo, MONUSCO")
        text = " ".join([men.text, men.attributes.get("described_as", "")])
        words = f" {text.casefold().replace('.', '').replace(chr(8217), chr(39))} ".replace(
            "'s ", " 's ")  # ("the European Union's peacekeeping force")
        parents = []
        if getattr(entry, "parent", None):
            parents.append(self.gaz.get(entry.parent))
        if getattr(entry, "country", None) and getattr(entry, "kind", "") != "party":
            # (a party is of its country, not a part of its state: "Georgian Dream")
            parents.append(self.gaz.country(f"country:{entry.country}"))
        where = text.rsplit(" in ", 1)[1].strip() if " in " in text else ""  # as written
        place = self.gaz.country(next((h.key for h in self.gaz.lookup(where)
                                       if h.key.startswith("country:")), None)) \
            if where and getattr(entry, "kind", "") == "mission" else None
        if place is not None and men.kind in ("MilitaryForce", "Organization"):
            # "the African Union Support and Stabilisation Mission in Somalia": a mission
            # is deployed where its name says
            said = self._implied(ctx, place, head, men.start, men.end)
            yield self._found(idx, "DEPLOYED_IN", said, head, [head], 0.65, "named-place")
        for parent in parents:
            if parent is None:
                continue
            named_of = next((m for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                             for p in pobjs(c) if (m := ctx.mention(p)) is not None
                             and ctx.mentions[m].key == parent.key), None)
            if named_of is not None:
                # "the Eastern Theater Command of the People's Liberation Army"
                yield self._found(idx, "PART_OF", named_of, head, [head], 0.7, "named-parent")
                continue
            names = [parent.name, *parent.aliases, *getattr(parent, "demonyms", ())]
            if not any(f" {n.casefold().replace('.', '')} " in words for n in names if n) \
                    or f" {men.text.casefold()} " == f" {parent.name.casefold()} ":
                continue
            by_demonym = isinstance(parent, Country) and not any(
                f" {n.casefold().replace('.', '')} " in words
                for n in [parent.name, *parent.aliases] if n)
            if (by_demonym or getattr(parent, "kind", "") in (
                    "igo", "un_agency", "alliance", "bloc", "armed_group")) and not any(
                    m.key == parent.key and (m.end <= men.start or m.start >= men.end)
                    and m.source != "implied" and not (
                        by_demonym and m.attributes.get("use") in ("demonym", "plural"))
                    for m in ctx.mentions):
                continue  # ("the U.N. Security Council" in a story that names no United
                # Nations, "the Palestinian Authority" in one that names no Palestine: the
                # body's parent is no actor of the story)
            said = self._implied(ctx, parent, head, men.start, men.end)
            yield self._found(idx, "PART_OF", said, head, [head], 0.7, "named-parent")

    @staticmethod
    def _implied(ctx: DocContext, entry, head: Token, start: int, end: int,
                 source: str = "implied", **attributes) -> int:
        """A mention of a gazetteer entry the text implies without naming it ("Secretary of
        State" -> the United States): a relation end, never an alias of the entry."""
        ctx.mentions.append(Mention(
            text=ctx.text[start - ctx.offset : end - ctx.offset], start=start, end=end,
            kind="Country" if entry.key.startswith("country:") else entry.type,
            sentence=ctx.sentence_of(head), name=entry.name, key=entry.key, source=source,
            attributes={"head": head.i, "offset": ctx.offset, "alias": False, **attributes}))
        return len(ctx.mentions) - 1

    def _named_part(self, ctx: DocContext, idx: int) -> Iterator[Found]:
        """ "Iran's Islamic Revolutionary Guard Corps", "the PLA's Eastern Theater Command"
        (a named body with a possessive owner); "the Qassam Brigades, Hamas's armed wing",
        "the Al-Quds Brigades, the armed wing of Islamic Jihad" (a part noun in apposition)."""
        men = ctx.mentions[idx]
        head = ctx.doc[men.attributes["head"]]
        if men.attributes.get("head") != head.i:
            return
        owners: list[tuple[int, Token]] = []
        for c in head.children:
            if c.dep_ == "poss" and c.i < head.i:
                o = ctx.mention(c)
                if o is not None:
                    owners.append((o, c))
            elif c.dep_ == "appos" and c.lemma_ in UNIT_NOUNS and ctx.mention(c) is None and \
                    any(a.dep_ == "acl" and a.tag_ == "VBN" and a.lemma_ in MAKERS
                        for a in c.children):
                # "the Africa Corps, a unit created by Russia's Defence Ministry"
                for a in c.children:
                    if a.dep_ == "acl" and a.lemma_ in MAKERS:
                        for g in a.children:
                            if g.dep_ == "agent":
                                for p in pobjs(g):
                                    o = ctx.mention(p)
                                    if o is not None:
                                        owners.append((o, c))
            elif c.dep_ == "appos" and c.lemma_ in PART_NOUNS and ctx.mention(c) is None:
                for d in c.children:
                    if d.dep_ in ("poss", "compound", "nmod") and d.i < c.i:  # "an al Qaeda affiliate"
                        o = ctx.mention(d)
                        if o is not None:
                            owners.append((o, c))
                    elif d.dep_ == "prep" and d.lower_ == "of":
                        for p in pobjs(d):
                            o = ctx.mention(p)
                            if o is not None:
                                owners.append((o, c))
        loose = [t for t in head.doc[head.i + 1:head.i + 9] if t.dep_ == "nsubj"
                 and t.lemma_ in PART_NOUNS and ctx.mention(t) is None
                 and (a := loose_apposition(t)) is not None and a.i == head.i]
        for d in (d for t in loose for d in t.children if d.dep_ == "poss"):
            # "JNIM, al Qaeda's affiliate in the Sahel, stormed Djibo" (the parser made
            # the apposition the subject)
            if (o := ctx.mention(d)) is not None:
                owners.append((o, d.head))
        part = head.head if head.dep_ == "appos" else None
        if part is not None and part.lemma_ in PARTY_WORDS and ctx.mention(part) is None and \
                men.kind == "Organization":
            # "Tchiroma's party, the Cameroon National Salvation Front": his party
            for d in part.children:
                o = ctx.mention(d) if d.dep_ == "poss" else None
                if o is not None and ctx.mentions[o].kind == "Person":
                    yield self._found(o, "LEADS", idx, d, [d], 0.7, "owner")
        if part is not None and part.dep_ == "pobj" and part.head.dep_ == "prep" and \
                part.head.head.lemma_ in PART_NOUNS and ctx.mention(part) is not None and \
                ctx.mentions[ctx.mention(part)].kind in ("Location", "Country"):
            part = part.head.head  # "al Qaeda's affiliate in the Sahel, JNIM"
        if part is not None and part.lemma_ in PART_NOUNS and ctx.mention(part) is None:
            # "the SDF's main component, the People's Protection Units": the part noun first
            for d in part.children:
                if d.dep_ in ("poss", "compound", "nmod") and d.i < part.i:
                    o = ctx.mention(d)
                    if o is not None:
                        owners.append((o, part))
        for o, tok in owners:
            om = ctx.mentions[o]
            if o == idx or (om.key and om.key == men.key):
                continue
            if om.kind == "Person" and tok.dep_ == "poss" and tok.i < head.i and (
                    men.kind in ("ArmedGroup", "MilitaryForce") or (
                        men.kind == "Organization" and (
                            getattr(self.gaz.get(men.key or ""), "kind", "") == "party"
                            or PARTY_WORDS & set(men.name.casefold().split())))):
                # "Haftar's Libyan National Army", "Hemedti's RSF": his force; "Masoud
                # Barzani's Kurdistan Democratic Party": his party
                yield self._found(o, "LEADS", idx, tok, [tok], 0.7, "owner")
                continue
            if om.kind not in ("Country", "Organization", "MilitaryForce", "ArmedGroup"):
                continue
            if men.kind == "ArmedGroup" and om.kind != "ArmedGroup":
                continue  # "Russia's Wagner", "Iran's Houthi allies": not a part of the state
            if om.kind == "ArmedGroup" and men.kind != "ArmedGroup":
                continue
            yield self._found(idx, "PART_OF", o, tok, [tok], 0.7, "owner")

    # ------------------------------------------------------------ backing
    def backing(self, ctx: DocContext, args: Arguments) -> Iterator[Found]:
        for idx, men in enumerate(ctx.mentions):
            if men.attributes.get("offset") == ctx.offset and \
                    men.attributes.get("backer") is not None:
                head = ctx.doc[men.attributes["head"]]
                yield self._found(men.attributes["backer"], "SUPPORTS", idx, head, [head], 0.8,
                                  "backed")
                if men.source in ("nominal", "anaphor") and head.tag_ == "NNS":
                    # "Iran-backed militias, including Lebanon's Hezbollah": each example
                    for c in head.children:
                        if c.dep_ == "prep" and prep_phrase(c) in ("including", "such as"):
                            for p in pobjs(c):
                                for o, f in args.actors(p):
                                    if o != men.attributes["backer"] and ctx.mentions[o].kind \
                                            in ("ArmedGroup", "MilitaryForce", "Organization"):
                                        yield self._found(men.attributes["backer"], "SUPPORTS",
                                                          o, head, [head, c], 0.75 * f,
                                                          "backed")
        for idx, men in enumerate(ctx.mentions):
            # "the U.N.-backed AMISOM" (one token): the prefix is a mention of its own
            if men.attributes.get("offset") == ctx.offset and men.attributes.get("modifies"):
                target_tok = ctx.doc[men.attributes["modifies"]]
                target = ctx.mention(target_tok)
                rel = men.attributes.get("modifier_relation", "SUPPORTS")
                if target is not None and target != idx:
                    yield self._found(idx, rel, target, target_tok,
                                      [ctx.doc[men.attributes["head"]]], 0.8, "backed")
        for tok in ctx.tokens:
            # "U.N.-backed AMISOM", "Russian-backed Wagner mercenaries"
            if tok.lemma_ in BACK_LEMMAS and tok.tag_ in ("VBN", "VBD", "JJ") and \
                    tok.dep_ in ("amod", "compound"):
                target = ctx.mention(tok.head)
                if target is None and tok.head.dep_ == "appos" and (
                        tok.lemma_ in ("affiliate", "link") or
                        self.gaz.title(tok.head.lower_) is not None):
                    # ("Badra Gunba, the Moscow-backed leader of Abkhazia": the person)
                    # "the YBS, a PKK-affiliated militia": the named group
                    target = ctx.mention(tok.head.head)
                if target is None and tok.head.dep_ == "compound" and \
                        self.gaz.title(tok.head.lower_) is not None:
                    # "Hezbollah-aligned parliament speaker Nabih Berri": the person
                    target = ctx.mention(tok.head.head)
                    if target is not None and ctx.mentions[target].kind != "Person":
                        target = None
                if target is None:
                    continue
                if ctx.mentions[target].attributes.get("backer") is not None:
                    continue
                rel = {"lead": "LEADS", "align": "COOPERATES_WITH", "ally": "COOPERATES_WITH",
                       "affiliate": "PART_OF", "link": "PART_OF"}.get(tok.lemma_, "SUPPORTS")
                for c in tok.children:
                    if c.i < tok.i:
                        for i, f in args.actors(c):
                            if ctx.mentions[i].source == "anaphor":
                                continue  # "army-aligned": a named backer only
                            if i != target and rel == "PART_OF":
                                # "a PKK-affiliated militia" is a part of the PKK
                                yield self._found(target, rel, i, tok, [tok], 0.7 * f, "backed")
                            elif i != target:
                                yield self._found(i, rel, target, tok, [tok], 0.8 * f, "backed")
            if tok.lower_ == "based" and tok.dep_ in ("amod", "compound") and \
                    tok.i >= 2 and ctx.doc[tok.i - 1].text == "-":
                # "the Pakistan-based Lashkar-e-Taiba": where an armed group operates from
                group = ctx.mention(tok.head)
                place = ctx.mention(ctx.doc[tok.i - 2])
                if group is not None and place is not None and \
                        ctx.mentions[group].kind == "ArmedGroup" and \
                        ctx.mentions[group].source in ("ner", "gazetteer") and \
                        ctx.mentions[place].kind in ("Country", "Location"):
                    yield self._found(group, "DEPLOYED_IN", place, tok, [tok], 0.65, "based")
                elif group is not None and place is not None and \
                        ctx.mentions[group].kind == "MilitaryForce" and \
                        self._abroad(ctx, group, place):
                    # "the U.S. Navy's Bahrain-based Fifth Fleet": a state's force based abroad
                    yield self._found(group, "DEPLOYED_IN", place, tok, [tok], 0.7, "based")
            # "a pro-Al-Shabaab broadcaster"
            if tok.lower_ == "pro" and tok.i + 2 < len(ctx.doc) and ctx.doc[tok.i + 1].text == "-":
                backed = ctx.mention(ctx.doc[tok.i + 2])
                if backed is None:
                    continue
                head = tok.head
                while head.dep_ in ("amod", "compound", "punct", "nmod") and head.head != head:
                    head = head.head
                subj = ctx.mention(head)
                if subj is None and head.dep_ == "appos":
                    subj = ctx.mention(head.head)
                if subj is not None and subj != backed:
                    yield self._found(subj, "SUPPORTS", backed, tok, [tok], 0.7, "pro")

    # --------------------------------------------------------- membership
    def membership(self, ctx: DocContext, args: Arguments) -> Iterator[Found]:
        for tok in ctx.tokens:
            if tok.dep_ == "acl" and tok.lemma_ in ("know", "call", "dub") and \
                    tok.head.conjuncts:
                # "Britain, France and Germany, known as the E3": the group's members
                orgs = [m for c in tok.children if c.dep_ == "prep" and c.lower_ == "as"
                        for p in pobjs(c) if (m := ctx.mention(p)) is not None
                        and ctx.mentions[m].kind == "Organization"]
                for org in orgs[:1]:
                    for i, f in [a for x in sorted([tok.head, *tok.head.conjuncts])
                                 for a in args.actors(x, conj=False)]:
                        if ctx.mentions[i].kind == "Country":
                            yield self._found(i, "MEMBER_OF", org, tok, [tok], 0.75 * f,
                                              "member-list")
            if tok.lemma_ not in MEMBER_NOUNS or tok.tag_ not in ("NNS", "NN"):
                continue
            org = None
            more_orgs: list[int] = []
            for c in tok.lefts:
                if c.dep_ in ("compound", "nmod", "amod") or (
                        c.dep_ == "poss" and tok.lemma_ == "member"):
                    m = ctx.mention(c)
                    if m is not None and ctx.mentions[m].kind == "Organization":
                        org = m
                        # "a NATO and EU member": of both
                        more_orgs += [j for x in c.conjuncts if x.i < tok.i
                                      and (j := ctx.mention(x)) is not None and j != m
                                      and ctx.mentions[j].kind == "Organization"]
            if org is None and tok.lemma_ == "member" and tok.dep_ == "compound" and \
                    tok.head.pos_ == "PROPN" and tok.i > 0 and \
                    (m := ctx.mention(tok.doc[tok.i - 1])) is not None and \
                    ctx.mentions[m].kind == "Organization":
                org = m  # "between Ukraine and EU member Romania" ("EU" parsed elsewhere)
            as_member = tok.dep_ == "pobj" and tok.head.lower_ == "as" and \
                tok.head.head.pos_ in ("VERB", "AUX")
            # "The TNLA, one of three members of the Three Brotherhood Alliance"
            one_of = tok.dep_ == "pobj" and tok.head.lower_ == "of" and \
                tok.head.head.lower_ == "one" and tok.head.head.dep_ == "appos"
            if org is None and tok.lemma_ == "member" and (tok.dep_ in ("appos", "attr")
                                                          or as_member or one_of):
                # "The UAE, a key member of the coalition" (an alliance of armed groups
                # has members too: "the TNLA, one of three members of the ... Alliance")
                for c in tok.children:
                    if c.dep_ == "prep" and c.lower_ == "of":
                        for p in pobjs(c):
                            # "Lithuania, a member of NATO and the EU": of both
                            for x in [p, *p.conjuncts]:
                                m = ctx.mention(x)
                                if m is not None and ctx.mentions[m].kind in (
                                        "Organization", "ArmedGroup"):
                                    if org is None:
                                        org = m
                                    elif m != org:
                                        more_orgs.append(m)
                if org is not None:
                    # (the parser hangs "and the EU" on "member")
                    more_orgs += [m for x in tok.conjuncts if x.pos_ == "PROPN"
                                  and (m := ctx.mention(x)) is not None and m != org
                                  and ctx.mentions[m].kind == "Organization"]
            copula = tok.dep_ == "attr" and tok.head.lemma_ in ("be", "become", "remain")
            if org is None and tok.lemma_ == "member" and copula:
                # "Caricom, of which Guyana is a founding member"
                # ("of which" read as a dependent of its own: "dep")
                for p in [c for x in (tok, tok.head) for c in x.children
                          if c.dep_ in ("prep", "dep") and c.lower_ == "of"]:
                    for w in pobjs(p):
                        if w.tag_ in ("WDT", "WP"):
                            m = args.pronoun(w)
                            if m is not None and ctx.mentions[m].kind == "Organization":
                                org = m
            if org is None and tok.lemma_ in ("state", "country", "nation"):
                # "ASEAN member states": member is a compound
                for c in tok.lefts:
                    if c.lemma_ == "member":
                        for g in c.lefts:
                            m = ctx.mention(g)
                            if m is not None and ctx.mentions[m].kind == "Organization":
                                org = m
            if org is None:
                continue
            members: list[tuple[int, float]] = []
            for c in tok.children:
                if c.dep_ == "prep" and prep_phrase(c) in ("including", "such as", "like"):
                    for p in pobjs(c):
                        members += args.actors(p)
            others = [c for c in tok.lefts if c.lower_ == "other"]
            if others:
                # "Poland and other NATO countries": whatever comes before "and other"
                i = min(t.i for t in tok.subtree if t.i <= tok.i) - 1
                doc = ctx.doc
                sstart = ctx.sent_start(tok)
                while i >= sstart and (doc[i].dep_ == "cc" or doc[i].text == ","):
                    i -= 1
                if i >= sstart:
                    members += args.actors(doc[i], conj=False)
                    first = doc[i]
                    while first.dep_ == "conj" and first.head.i < first.i:
                        first = first.head
                        members += args.actors(first, conj=False)
            if tok.dep_ == "appos" and tok.lemma_ in ("member", "state", "country", "nation"):
                # "Turkey, a NATO member", "Hungary, an EU member state"; "Vietnam, the
                # Philippines and Brunei, all members of ASEAN"
                members += args.actors(tok.head, conj=tok.tag_ == "NNS")
            if as_member:
                # "Russia and China, which hold veto power as permanent members of the
                # Security Council"
                members += args.clause_subjects(tok.head.head)
            if one_of:
                members += args.actors(tok.head.head.head, conj=False)
            if tok.dep_ == "compound" and tok.lemma_ == "member" and tok.head.pos_ == "PROPN":
                members += args.actors(tok.head, conj=False)  # "EU member Hungary"
            if tok.lemma_ == "member" and tok.tag_ == "NNS":
                # "NATO members Poland and Lithuania", "the bloc's founding members, Brazil,
                # Argentina and Paraguay"
                members += [a for c in tok.children if c.dep_ == "appos"
                            for a in args.actors(c, conj=True)]
            if tok.dep_ == "conj" and tok.lemma_ == "member" and tok.head.dep_ == "appos" and \
                    (m := ctx.mention(tok.head)) is not None and \
                    ctx.mentions[m].kind == "Organization":
                # "Hungary, an EU and NATO member": the parser hangs "member" on "EU"
                more_orgs.append(m)
                members += args.actors(tok.head.head, conj=False)
            flags = _flags()
            if copula and tok.lemma_ == "member":
                # "Guyana is a founding member of Caricom", "Ukraine is not a member of NATO"
                members += [a for c in tok.head.children if c.dep_ == "nsubj"
                            for a in args.actors(c)]
                flags = flags_for(tok.head, self.lex)
            for body in [org, *more_orgs]:
                yield from self._members(ctx, members, body, tok, flags)

    def _members(self, ctx: DocContext, members: list[tuple[int, float]], org: int,
                 tok: Token, flags) -> Iterator[Found]:
        for i, f in members:
            if (ctx.mentions[i].kind == "Country" and
                    ctx.mentions[org].kind == "Organization") or (
                    ctx.mentions[i].kind in ("ArmedGroup", "Organization") and
                    (ctx.mentions[i].key or i) != (ctx.mentions[org].key or org)):
                yield Found(i, "MEMBER_OF", org, tok, [tok], flags, 0.75 * f, "member-list")

    def composition(self, ctx: DocContext, args: Arguments) -> Iterator[Found]:
        """ "The Quad comprises the US, Japan, India and Australia", "the AES, which groups
        Burkina Faso with Mali and Niger": a body's members; "Malaysia, which holds the
        rotating ASEAN chair", "Denmark holds the presidency of the EU": its chair."""
        for v in ctx.tokens:
            if v.dep_ == "acl" and v.tag_ in ("VBN", "VBD") and (
                    (v.lemma_ == "make" and any(c.dep_ == "prt" and c.lower_ == "up"
                                                for c in v.children))
                    or v.lemma_ in ("compose", "form")):
                yield from self._made_up_of(ctx, args, v)
                continue
            made_of = v.pos_ == "VERB" and (v.lemma_ in ("compose", "consist") or (
                v.lemma_ == "make" and any(c.dep_ == "prt" and c.lower_ == "up"
                                           for c in v.children)))
            verb = v.pos_ == "VERB" or (v.tag_ == "NNS" and v.lemma_ in COMPOSING and {
                "nsubj", "dobj"} <= {c.dep_ for c in v.children})  # ("groups" read as a noun)
            if not verb or v.lemma_ not in COMPOSING | {"hold", "assume", "take"} \
                    and not made_of or (is_passive(v) and not made_of):
                continue
            objs = [c for c in v.children if c.dep_ == "dobj"]
            misread = v.lemma_ in COMPOSING and not objs and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in v.children)
            if misread:
                # "The G7 groups Britain, Canada, ...": the body read as a compound of
                # the verb, the members as an apposition
                objs = [c for c in v.children if c.dep_ == "appos" and c.i > v.i]
            if made_of:
                # "the alliance, made up of the MNDAA, the TNLA and the Arakan Army"
                objs = [p for c in v.children if c.dep_ == "prep" and c.lower_ == "of"
                        for p in pobjs(c)]
            if v.lemma_ in COMPOSING or made_of:
                bodies = [i for i, _ in args.clause_subjects(v)
                          if ctx.mentions[i].kind == "Organization" or (
                              ctx.mentions[i].kind == "MilitaryForce"
                              and not (ctx.mentions[i].key or "forces:").startswith("forces:"))]
                if made_of:  # "the alliance is made up of X and Y", "consists of"
                    bodies = [i for c in v.children if c.dep_ in ("nsubj", "nsubjpass")
                              for i, _ in args.actors(c) if ctx.mentions[i].kind in (
                                  "Organization", "ArmedGroup", "MilitaryForce")]
                if misread:
                    bodies = [i for c in v.children if c.dep_ == "compound" and c.i < v.i
                              for i in [ctx.mention(c)] if i is not None
                              and ctx.mentions[i].kind == "Organization"]
                # "The MSMT, whose members include South Korea and Japan"
                bodies += [i for c in v.children if c.dep_ == "nsubj" and c.lemma_ == "member"
                           for g in c.children if g.dep_ == "poss"
                           for i in [args.pronoun(g) if g.tag_ in ("WP$", "PRP$") else ctx.mention(g)]
                           if i is not None and ctx.mentions[i].kind == "Organization"]
                members = [a for c in objs for a in args.actors(c)]
                # "the MNJTF groups troops from Nigeria, Cameroon and Chad": their states
                members = [(o if ctx.mentions[i].kind == "MilitaryForce" and isinstance(
                    o := ctx.mentions[i].attributes.get("owner"), int) and
                    ctx.mentions[o].kind == "Country" else i, f) for i, f in members]
                members += [a for x in [v, *objs] for c in x.children
                            if c.dep_ == "prep" and c.lower_ == "with"
                            for p in pobjs(c) for a in args.actors(p)]  # "groups X with Y"
                if any(self.lex.nominals.get(o.lemma_.casefold()) == "forces" for o in objs):
                    # "comprises troops from Nigeria and Chad", wherever "from" hangs
                    members += [a for x in [v, *objs] for c in x.children
                                if c.dep_ == "prep" and c.lower_ == "from"
                                for p in pobjs(c) for a in args.actors(p)
                                if ctx.mentions[a[0]].kind == "Country"]
                flags = flags_for(v, self.lex)
                for body in bodies[:1]:
                    for i, f in members:
                        if ctx.mentions[i].kind in ("Country", "Organization", "ArmedGroup") \
                                and i != body:
                            yield Found(i, "MEMBER_OF", body, v, [v], flags, 0.75 * f,
                                        "composition")
                continue
            # "holds the (rotating) chair / presidency of the EU"
            for o in objs:
                if o.lemma_ not in CHAIRS:
                    continue
                bodies = [ctx.mention(c) for c in o.children if c.dep_ in ("compound", "poss")]
                bodies += [ctx.mention(p) for c in o.children if c.dep_ == "prep"
                           and c.lower_ == "of" for p in pobjs(c)]
                bodies = [b for b in bodies if b is not None
                          and ctx.mentions[b].kind == "Organization"]
                chairs = [i for i, _ in args.clause_subjects(v)
                          if ctx.mentions[i].kind in ("Country", "Person")]
                flags = flags_for(v, self.lex)
                for b in bodies[:1]:
                    for i in chairs:
                        yield Found(i, "LEADS", b, v, [v, o], flags, 0.75, "chair")

    def people_of(self, ctx: DocContext) -> Iterator[Found]:
        """ "Maged al-Madhaji of the Sanaa Center for Strategic Studies", "Jane Doe of
        Human Rights Watch": a person named with the body they work for."""
        for idx, men in enumerate(ctx.mentions):
            if men.kind != "Person" or men.source != "ner" or \
                    men.attributes.get("offset") != ctx.offset:
                continue
            head = ctx.doc[men.attributes["head"]]
            for c in head.children:
                if c.dep_ == "prep" and c.lower_ == "of" and c.i == head.i + 1:
                    for p in pobjs(c):
                        body = ctx.mention(p)
                        # (and "Ahmed Ali of Hamas": a group's man)
                        if body is not None and ctx.mentions[body].kind in ("Organization",
                                                                            "ArmedGroup"):
                            yield self._found(idx, "MEMBER_OF", body, c, [c], 0.7, "person-of")

    def led_groupings(self, ctx: DocContext, args: Arguments) -> Iterator[Found]:
        """ "Viv Ansanm, an alliance of gangs led by Jimmy Cherizier": the parser hangs
        "led by" on the members; it is the named grouping that is led."""
        for v in ctx.tokens:
            if v.lemma_ != "lead" or v.tag_ != "VBN" or v.dep_ != "acl":
                continue
            n = v.head
            if not (n.dep_ == "pobj" and n.head.lower_ == "of" and
                    n.head.head.lemma_ in GROUPINGS):
                continue
            group = n.head.head
            named = ctx.mention(group)
            if named is None:
                anchor = args._described(group)
                named = ctx.mention(anchor) if anchor is not None else None
            if named is None or ctx.mentions[named].kind not in (
                    "Organization", "ArmedGroup", "MilitaryForce"):
                continue
            for c in v.children:
                if c.dep_ == "agent":
                    for p in pobjs(c):
                        for i, f in args.actors(p):
                            if ctx.mentions[i].kind == "Person":
                                yield self._found(i, "LEADS", named, v, [v, c], 0.75 * f,
                                                  "led-grouping")

    def named_groupings(self, ctx: DocContext, args: Arguments) -> Iterator[Found]:
        """ "The United States, Saudi Arabia, Egypt and the UAE, a group of mediators known
        as the Quad", "Mali, Burkina Faso and Niger, a bloc called the AES": the states
        listed are members of the grouping named after them."""
        for g in ctx.tokens:
            if g.dep_ != "appos" or g.lemma_.casefold() not in GROUPINGS | {"quartet", "trio"}:
                continue
            body = None
            for t in g.subtree:
                if t.lower_ in ("as", "called", "dubbed", "named") and t.head.lemma_ in {
                        "know", "call", "dub", "name", t.lower_}:
                    body = next((i for x in t.subtree if x is not t
                                 for i in [ctx.mention(x)] if i is not None), None)
                    break
            body = body if body is not None else next(
                (i for c in g.children if c.dep_ == "appos" for i in [ctx.mention(c)]
                 if i is not None), None)
            if body is None or ctx.mentions[body].kind != "Organization":
                continue
            members = [t for t in g.head.subtree if t.i < g.i and t.dep_ in (
                "appos", "conj", "nsubj", "nsubjpass", "dobj", "pobj") or t is g.head]
            found = {i for t in members for i in [ctx.mention(t)] if i is not None
                     and ctx.mentions[i].kind == "Country"
                     and ctx.mentions[i].attributes.get("head", t.i) == t.i}
            if len(found) < 2:
                continue  # ("Sudan, a member of the Arab League": "membership" reads it)
            for i in sorted(found):
                yield self._found(i, "MEMBER_OF", body, g, [g], 0.7, "named-grouping")

    def comma_places(self, ctx: DocContext, args: Arguments) -> Iterator[Found]:
        """ "the attack in Pahalgam, in Indian-administered Kashmir", "Ramallah, in the
        Israeli-occupied West Bank": a place followed by ", in Y" lies in Y (wherever the
        parser hangs the second "in")."""
        doc = ctx.doc
        for c in ctx.tokens:
            if c.lower_ != "in" or c.dep_ != "prep" or c.i < 2 or doc[c.i - 1].text != ",":
                continue
            before = doc[c.i - 2]
            if before.lemma_ in ADMIN_AREAS and before.i > 0 and \
                    doc[before.i - 1].dep_ == "compound" and doc[before.i - 1].head == before:
                before = doc[before.i - 1]  # "Duhok province, in Iraq's Kurdistan region"
            x = ctx.mention(before)
            if x is None or ctx.mentions[x].kind != "Location" or \
                    ctx.mentions[x].attributes.get("head") != before.i:
                continue
            for p in [p for p in c.children if p.dep_ == "pobj"]:  # (not "and in Z")
                found = args.actors(p, conj=False)
                if not found and self._place(ctx, p) is not None:
                    found = [(self._place(ctx, p), 1.0)]  # "in Ituri's Mambasa territory"
                for y, f in found:
                    if y != x and ctx.mentions[y].kind in ("Location", "Country") and \
                            ctx.mentions[y].start > ctx.mentions[x].start:
                        yield self._found(x, "LOCATED_IN", y, c, [c], 0.7 * f, "comma-place")

    def one_of_parts(self, ctx: DocContext, args: Arguments) -> Iterator[Found]:
        """ "Kataib Hezbollah, one of the most powerful factions within the PMF", "the Badr
        Organization, one of the largest blocs in the Coordination Framework": one of the
        parts of a body is part of it."""
        for one in ctx.tokens:
            if one.lower_ != "one" or one.dep_ != "appos":
                continue
            x = ctx.mention(one.head)
            if x is None or ctx.mentions[x].kind not in ("Organization", "ArmedGroup",
                                                           "MilitaryForce"):
                continue
            for c in one.children:
                if c.dep_ != "prep" or c.lower_ != "of":
                    continue
                for n in pobjs(c):
                    if n.lemma_.casefold() not in PART_GROUP_NOUNS or n.tag_ != "NNS":
                        continue
                    for p in n.children:
                        if p.dep_ != "prep" or p.lower_ not in ("in", "within", "inside"):
                            continue
                        for w in pobjs(p):
                            y = ctx.mention(w)
                            if y is not None and y != x and ctx.mentions[y].kind in (
                                    "Organization", "ArmedGroup", "MilitaryForce"):
                                yield self._found(x, "PART_OF", y, n, [one, n, p], 0.7,
                                                  "one-of-parts")

    def fellow_members(self, ctx: DocContext, args: Arguments) -> Iterator[Found]:
        """ "Estonia asked for consultations with its NATO allies", "Poland's fellow EU
        members": whose allies within a body they are is a member of it."""
        for t in ctx.tokens:
            if t.lemma_.casefold() not in ("ally", "member", "partner") or t.pos_ != "NOUN":
                continue
            # (not "its NATO partners": NATO's partners are outside it)
            bodies = [] if t.lemma_.casefold() == "partner" else [
                i for c in t.children if c.dep_ in ("compound", "nmod")
                for i in [ctx.mention(c)] if i is not None
                and ctx.mentions[i].kind == "Organization"
                and (ctx.mentions[i].key or "").startswith("org:")]
            owners = [a for c in t.children if c.dep_ == "poss" for a in args.actors(c)
                      if ctx.mentions[a[0]].kind == "Country"]
            if bodies and not owners and any(c.lower_ in ("other", "fellow")
                                             for c in t.children):
                # "Nauseda urged other NATO allies to ...": the one who speaks of the others
                v = t.head
                while v.pos_ not in ("VERB", "AUX") and v.head is not v:
                    v = v.head
                for i, f in args.clause_subjects(v):
                    if ctx.mentions[i].kind == "Person":
                        i = self.person_state(ctx, i, t)
                    if i is not None and ctx.mentions[i].kind == "Country":
                        owners.append((i, f))
            if not bodies and t.lemma_.casefold() in ("ally", "member", "partner"):
                # "Saudi Arabia and the UAE, its partners in the Quad": the partners and
                # their partner are members of the body they share
                bodies = [i for c in t.children if c.dep_ == "prep" and c.lower_ in (
                    "in", "within") for p in pobjs(c) for i in [ctx.mention(p)]
                    if i is not None and ctx.mentions[i].kind == "Organization"
                    and getattr(self.gaz.get(ctx.mentions[i].key or ""), "kind", "") != "party"]
                if bodies and t.dep_ == "appos":
                    owners += [a for a in args.actors(t.head)
                               if ctx.mentions[a[0]].kind == "Country"]
            for b in bodies[:1]:
                for o, f in owners:
                    yield self._found(o, "MEMBER_OF", b, t, [t], 0.65 * f, "fellow-members")

    def parts(self, ctx: DocContext, args: Arguments) -> Iterator[Found]:
        """ "Crimea is part of Ukraine", "Svalbard is Norwegian territory", "the 33rd Front,
        part of the FARC dissidents", "U.S. troops stationed there as part of the
        coalition": what belongs to what, by the two sides' types."""
        for tok in ctx.tokens:
            if tok.lemma_ not in ("part", "territory") or ctx.mention(tok) is not None:
                continue
            flags = _flags()
            if tok.dep_ == "attr" and tok.head.lemma_ in ("be", "remain", "stay"):
                if tok.head.dep_ in ("ccomp", "xcomp") or any(
                        t.text in QUOTES for t in tok.head.subtree):
                    continue  # ("reiterated that the islands were 'China's territory'": a claim)
                parts = [a for c in tok.head.children if c.dep_ == "nsubj"
                         for a in args.actors(c) or [(i, 1.0) for i in [ctx.mention(c)]
                                                     if i is not None]]
                flags = flags_for(tok.head, self.lex)
                if tok.head.lemma_ != "be" and flags.modality == "planned":
                    # "will remain part of the mission": it is part of it now
                    flags.modality = "asserted"
            elif tok.dep_ == "appos":
                parts = [(i, 1.0) for i in [ctx.mention(tok.head)] if i is not None]
            elif tok.lemma_ == "part" and tok.dep_ == "pobj" and tok.head.lower_ == "as" and \
                    tok.head.head.pos_ == "VERB":
                parts = args.clause_subjects(tok.head.head) or [
                    a for c in tok.head.head.children if c.dep_ in ("dobj", "nsubjpass")
                    for a in args.actors(c)]
                flags = flags_for(tok.head.head, self.lex)
            else:
                continue
            if tok.lemma_ == "part":
                # ("part of the African Union mission in Somalia (AUSSOM)": the name)
                wholes = [i for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                          for p in pobjs(c) for x in [p, *p.conjuncts]
                          for i in [next((ctx.mention(a) for a in x.children
                                          if a.dep_ == "appos" and ctx.mention(a) is not None
                                          and ctx.mentions[ctx.mention(a)].source in (
                                              "gazetteer", "ner", "acronym")),
                                         None) or (args._trailing_name(x) if x.pos_ == "NOUN"
                                                   else None) or ctx.mention(x)]
                          if i is not None]
            else:  # "Norwegian territory", "Moroccan territory"
                wholes = [i for c in tok.children if c.dep_ in ("amod", "poss", "compound")
                          for i in [ctx.mention(c)] if i is not None
                          and ctx.mentions[i].kind == "Country"]
            for i, f in parts:
                for w in wholes:
                    rel = self._part_relation(ctx.mentions[i].kind, ctx.mentions[w].kind)
                    if rel is not None and i != w and \
                            (ctx.mentions[i].key or i) != (ctx.mentions[w].key or w):
                        yield Found(i, rel, w, tok, [tok], flags, 0.7 * f, "part-of")

        # "Cameroonian troops serving in the MNJTF", "soldiers serving with UNIFIL"
        for v in ctx.tokens:
            if v.lemma_ != "serve" or v.dep_ != "acl" or v.tag_ not in ("VBG", "VBN"):
                continue
            force = ctx.mention(v.head)
            if force is None or ctx.mentions[force].kind != "MilitaryForce":
                continue
            for c in v.children:
                if c.dep_ == "prep" and c.lower_ in ("in", "with", "under"):
                    for p in pobjs(c):
                        w = ctx.mention(p)
                        if w is not None and w != force and ctx.mentions[w].kind in (
                                "MilitaryForce", "Organization") and \
                                (ctx.mentions[w].key or w) != (ctx.mentions[force].key or force):
                            yield Found(force, "PART_OF", w, v, [v], _flags(), 0.7, "serving-in")

    @staticmethod
    def _part_relation(part: str, whole: str) -> str | None:
        if part == "Location" and whole in ("Location", "Country"):
            return "LOCATED_IN"
        if part in ("Organization", "MilitaryForce", "ArmedGroup") and whole in (
                "Organization", "MilitaryForce", "ArmedGroup", "Country"):
            return "PART_OF"
        if part in ("Country", "Person") and whole in ("Organization", "MilitaryForce"):
            return "MEMBER_OF"
        return None

    def _made_up_of(self, ctx: DocContext, args: Arguments, v: Token) -> Iterator[Found]:
        """ "the MNJTF, a regional force made up of troops from Nigeria, Chad and Niger",
        "the AES, composed of Mali, Burkina Faso and Niger": the body's members."""
        body = ctx.mention(v.head)
        if body is None:
            named = args._described(v.head)
            body = ctx.mention(named) if named is not None else None
        if body is None or ctx.mentions[body].kind not in ("Organization", "MilitaryForce",
                                                           "ArmedGroup"):
            return
        members: list[Arg] = []
        for c in v.children:
            if c.dep_ == "prep" and c.lower_ in ("of", "from"):
                for p in pobjs(c):
                    found = args.actors(p)
                    if not found:
                        # "troops from Nigeria, Chad ...", wherever "from" hangs
                        found = [a for d in p.children if d.dep_ == "prep"
                                 and d.lower_ == "from" for q in pobjs(d)
                                 for a in args.actors(q)]
                    members += found
        for i, f in members:
            # ("the alliance, made up of the MNDAA, the TNLA and the Arakan Army": groups)
            if ctx.mentions[i].kind in ("Country", "ArmedGroup", "Organization") and i != body:
                yield Found(i, "MEMBER_OF", body, v, [v], _flags(), 0.7 * f, "composition")

    # ------------------------------------------------------------- places
    @staticmethod
    def _coast_word(ctx: DocContext, t: Token) -> bool:
        """ "Mediterranean", "Pacific" before "port": a sea named as a one-word modifier
        that NER found but no gazetteer knows."""
        m = ctx.mention(t)
        return m is not None and t.lower_ in SEA_WORDS and ctx.mentions[m].text == t.text

    def _is_sea(self, ctx: DocContext, m: int) -> bool:
        key = ctx.mentions[m].key
        entry = self.gaz.get(key) if key else None
        return getattr(entry, "kind", "") in ("sea", "strait", "river")

    def mission_places(self, ctx: DocContext) -> Iterator[Found]:
        """"the EU's Red Sea naval mission Aspides", "the U.N.'s South Sudan peacekeeping
        force": a named mission or force is where its name word says."""
        for tok in ctx.tokens:
            if tok.lemma_ not in ("mission", "force", "operation") or tok.pos_ != "NOUN":
                continue
            body = ctx.mention(tok)
            if body is None or ctx.mentions[body].kind not in ("MilitaryForce",
                                                               "Organization"):
                continue
            # ("the EU's naval mission in the Red Sea, Aspides": a place after "in", when
            # the mission is named after it)
            named = (ctx.mentions[body].attributes.get("head") or 0) > tok.i
            ins = [p for c in tok.children if named and c.dep_ == "prep" and c.lower_ == "in"
                   for p in pobjs(c)]
            for c in [*tok.children, *ins]:
                place = ctx.mention(c) if (c.dep_ in ("compound", "nmod") and c.i < tok.i) \
                    or c in ins else None
                if place is not None and place != body and \
                        (ctx.mentions[place].kind == "Location" or (
                            c in ins and ctx.mentions[place].kind == "Country")) and \
                        ctx.mentions[place].attributes.get("head") == c.i:
                    yield self._found(body, "DEPLOYED_IN", place, tok, [c, tok], 0.65,
                                      "mission-place")

    def places(self, ctx: DocContext, args: Arguments) -> Iterator[Found]:
        placed = set()
        for found in self._places(ctx, args):
            # a sea lies in no country, and "the Black Sea port of X" is on it, not in it
            # (nor does a ship lie anywhere for long: "the tanker X in the Strait of Hormuz")
            if not (self._is_sea(ctx, found.subject) or (
                    self._is_sea(ctx, found.object) and found.rule == "place-noun") or
                    ctx.mentions[found.subject].attributes.get("vessel")):
                placed.add(found.subject)
                yield found
        yield from self._capitals(ctx, placed)

    def _capitals(self, ctx: DocContext, placed: set[int]) -> Iterator[Found]:
        """ "near the capital Sanaa", "arrived in the capital, Niamey": a capital the text
        calls one lies in its state (the gazetteer knows which)."""
        for idx, men in enumerate(ctx.mentions):
            key = men.attributes.get("capital_of")
            if key is None or idx in placed or men.attributes.get("offset") != ctx.offset:
                continue
            head = ctx.doc[men.attributes["head"]]
            cap = head.head if head.dep_ in ("appos", "compound") and \
                head.head.lemma_ == "capital" else next(
                    (c for c in head.children if c.lemma_ == "capital"
                     and c.dep_ in ("compound", "appos", "amod")), None)
            country = self.gaz.country(key)
            if cap is None or country is None:
                continue
            said = self._implied(ctx, country, cap, ctx.offset + cap.idx,
                                 ctx.offset + cap.idx + len(cap.text))
            yield self._found(idx, "LOCATED_IN", said, cap, [cap], 0.7, "capital")

    def _places(self, ctx: DocContext, args: Arguments) -> Iterator[Found]:
        for idx, men in enumerate(ctx.mentions):
            if men.kind != "Location" or men.attributes.get("offset") != ctx.offset or (
                    men.source == "nominal" and men.attributes.get("capital_of")):
                continue  # ("the Ukrainian capital" says where, not that Kyiv is in Ukraine)
            head = ctx.doc[men.attributes["head"]]
            if head.dep_ == "compound" and head.head.lemma_ in PLACE_NOUNS | FACILITY_NAMES \
                    and self._coast_word(ctx, head):
                continue  # ("Russia's Pacific port of Vladivostok": the Pacific is no part)
            if men.attributes.get("dateline_in") is not None:
                # "QUNEITRA, Syria, Aug 14 (Reuters) -"
                yield self._found(idx, "LOCATED_IN", men.attributes["dateline_in"], head,
                                  [head], 0.7, "dateline")
            if "-administered-" in (men.key or ""):
                # "Indian-administered Kashmir", "Pakistani Kashmir": in the state that holds it
                state = self.gaz.country("country:" + men.key.split(":", 1)[1].split("-")[0]
                                         .upper())
                if state is not None:
                    said = self._implied(ctx, state, head, men.start, men.end)
                    yield self._found(idx, "LOCATED_IN", said, head, [head], 0.7,
                                      "administered")
            holder = men.attributes.get("held_by")
            if holder is not None:
                # "the Houthi-controlled port of Hodeidah": the Houthis are there
                tok = ctx.doc[ctx.mentions[holder].attributes["head"]]
                yield self._found(holder, "DEPLOYED_IN", idx, tok, [tok], 0.7, "held-place")
            seen = set()
            nxt = men.end - ctx.offset  # ("attacked Sebba, in Yagha province, ...": the
            # "in" phrase the parser hangs on the verb, right after the name and a comma)
            after = ctx.doc.char_span(nxt, nxt + 1, alignment_mode="expand")
            comma = after[0] if after is not None and len(after) else None
            if comma is not None and comma.text == "," and comma.i + 2 < len(ctx.doc) and \
                    ctx.doc[comma.i + 1].lower_ == "in" and \
                    ctx.doc[comma.i + 1].dep_ == "prep" and \
                    ctx.doc[comma.i + 1].head.i in (head.i, head.head.i):
                for p in pobjs(ctx.doc[comma.i + 1]):
                    target = self._place(ctx, p)
                    if target is not None and target != idx and target not in seen:
                        seen.add(target)
                        yield self._found(idx, "LOCATED_IN", target, comma, [comma], 0.7,
                                          "place")
            for c in head.children:
                target = None
                if c.dep_ in ("amod", "compound", "nmod", "poss") and c.i < head.i:
                    target = ctx.mention(c)  # "Russian Kaliningrad Oblast": countries only
                    if target is None and c.dep_ == "poss" and c.lower_ == "its":
                        # "Armenia ... its southern Syunik province"
                        target = next((i for i, _ in args.actors(c)), None)
                    if target is not None and ctx.mentions[target].kind != "Country" and not (
                            c.dep_ == "poss" and ctx.mentions[target].kind == "Location"
                            and men.text.split()[-1].casefold() in FACILITY_NAMES | {
                                "palace", "hotel", "hospital", "stadium", "square"}):
                        # (but "Istanbul's Ciragan Palace", "Eilat's Ramon Airport": a
                        # named site lies in the city that owns it)
                        target = None
                elif c.dep_ == "prep" and c.lower_ == "in":
                    for p in pobjs(c):
                        target = self._place(ctx, p)
                elif c.dep_ == "appos":
                    target = ctx.mention(c)
                    if target is None and c.lemma_ in PLACE_NOUNS:
                        # "Hadramawt, Yemen's largest province"
                        target = next((i for p in c.children if p.dep_ == "poss"
                                       for i in [ctx.mention(p)] if i is not None
                                       and ctx.mentions[i].kind in ("Country", "Location")),
                                      None)
                    if target is None and c.lemma_ in PLACE_NOUNS:
                        # "Nyala, the capital of South Darfur state"
                        for p in c.children:
                            if p.dep_ == "prep" and p.lower_ in ("of", "in"):
                                for q in pobjs(p):
                                    target = self._place(ctx, q)
                                    if target is None and p.lower_ == "of":
                                        # "a town of some 300,000 people in Soum province"
                                        target = next((self._place(ctx, w) for r in q.children
                                                       if r.dep_ == "prep" and r.lower_ == "in"
                                                       for w in pobjs(r)), None)
                if target is not None and target != idx and target not in seen and \
                        ctx.mentions[target].kind in ("Location", "Country"):
                    seen.add(target)
                    yield self._found(idx, "LOCATED_IN", target, head, [c], 0.75, "place")
            # the end of the place's phrase: "Duhok province", "the Jenin refugee camp"
            end = head
            while end.dep_ == "compound" and end.head.i > end.i and all(
                    t.dep_ == "compound" for t in ctx.doc[end.i + 1 : end.head.i]):
                end = end.head
            if end.lemma_ not in PLACE_NOUNS | FACILITY_NAMES:
                end = head
            nxt = ctx.doc[end.i + 1] if end.i + 1 < len(ctx.doc) else None
            if nxt is not None and nxt.lower_ == "in" and nxt.dep_ == "prep" and \
                    nxt.head not in (head, end) and nxt.head in head.ancestors:
                # "shelled the village of Sotk in the province of X": "in" hung on the verb
                for p in pobjs(nxt):
                    t = self._place(ctx, p)
                    if t is not None and t != idx and t not in seen:
                        seen.add(t)
                        yield self._found(idx, "LOCATED_IN", t, head, [nxt], 0.7, "place")
            # "the Syrian city of Aleppo", "the country's capital Naypyitaw"
            noun = None
            if head.dep_ == "compound" and head.head.lemma_ in ADMIN_AREAS and \
                    head.head.dep_ == "pobj" and ctx.mention(head.head) is None and \
                    head.head.head.lower_ == "of" and head.head.head.head.lemma_ in PLACE_NOUNS \
                    and any(c.dep_ in ("compound", "amod") and ctx.mention(c) is not None
                            for c in head.head.head.head.children):
                head = head.head  # "the X district of Balochistan province": the province
                for c in head.children:
                    # ("the X district of Tajikistan's Khatlon region": the region's state)
                    t = ctx.mention(c) if c.dep_ == "poss" else None
                    if t is not None and t != idx and t not in seen and \
                            ctx.mentions[t].kind == "Country":
                        seen.add(t)
                        yield self._found(idx, "LOCATED_IN", t, head, [c], 0.75, "place-noun")
            first = head
            while first.dep_ == "conj" and first.head.i < first.i:
                first = first.head  # "the Russian ports of Primorsk and Novorossiysk"
            if first.dep_ == "pobj" and first.head.lower_ == "of" and \
                    first.head.head.lemma_ in PLACE_NOUNS and (
                        first is head or ctx.mention(first) is not None):
                noun = first.head.head
            elif first.dep_ == "pobj" and first.head.lower_ == "at" and \
                    first.head.head.lemma_ in SITE_NOUNS and first.head.head.tag_ == "NNS":
                noun = first.head.head  # "Iran's nuclear sites at Natanz and Fordow"
            elif first.dep_ in ("appos", "compound", "amod", "nmod") and \
                    first.head.lemma_ in PLACE_NOUNS and (
                        first is head or ctx.mention(first) is not None):
                noun = first.head  # (also "Russia's Belgorod and Voronezh regions"; not "in
                # Beirut's suburbs, the city of Tyre and the Bekaa Valley": a list)
            elif head.dep_ in ("compound", "amod", "nmod") and \
                    facility_noun(head) is not None:
                noun = facility_noun(head)  # "the Ain al-Asad air base in western Iraq"
            elif any(c.lemma_ in PLACE_NOUNS and c.dep_ in ("compound", "appos")
                     for c in head.children):
                noun = next(c for c in head.children if c.lemma_ in PLACE_NOUNS
                            and c.dep_ in ("compound", "appos"))
            if noun is None:
                continue
            if noun.lemma_ == "capital" and head.dep_ != "compound" and any(
                    c.dep_ in ("amod", "compound") and c.lower_ in SUBNATIONAL
                    for c in noun.children) and not any(
                    c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
                # "Sittwe, the state capital", "the provincial capital Quetta": of the
                # region just named ("Maiduguri, the Borno state capital": named here)
                named = [i for t in noun.subtree if t.i < noun.i
                         for i in [ctx.mention(t)] if i is not None and i != idx
                         and ctx.mentions[i].kind == "Location"]
                region = named[0] if named else self._region_before(ctx, idx, noun)
                if region is not None and region not in seen:
                    seen.add(region)
                    yield self._found(idx, "LOCATED_IN", region, noun, [noun], 0.65, "place")
                continue
            # ("Japan's westernmost island": the owner hangs on the adjective)
            owners = [*noun.children, *[g for c in noun.children if c.dep_ in ("nmod", "amod")
                                        and c.i < noun.i for g in c.children
                                        if g.dep_ == "poss" and g.pos_ == "PROPN"]]
            # ("the Ukrainian Danube port of Izmail": the state hangs on the river)
            owners += [g for c in noun.children if c.dep_ == "compound" and c.i < noun.i
                       and ctx.mention(c) is not None and (
                           self._is_sea(ctx, ctx.mention(c)) or self._coast_word(ctx, c))
                       for g in c.children if g.dep_ in ("compound", "amod") and g.i < c.i]
            for c in owners:
                if c.dep_ == "compound" and self._coast_word(ctx, c) and c.i != first.i:
                    continue  # "the Turkish Mediterranean port of Ceyhan": which sea, not where
                if c.dep_ == "prep" and c.lower_ == "of" and c.i > head.i and \
                        noun.tag_ == "NNS" and first.dep_ in ("compound", "nmod") and \
                        first.head == noun and first.conjuncts:
                    # "the Gara and Hakurk regions of northern Iraq"
                    for p in pobjs(c):
                        t = self._place(ctx, p)
                        if t is not None and t != idx and t not in seen and \
                                ctx.mentions[t].kind in ("Country", "Location"):
                            seen.add(t)
                            yield self._found(idx, "LOCATED_IN", t, noun, [c], 0.75, "place")
                if c.dep_ == "prep" and c.lower_ == "in" and c.i > head.i:
                    # "the town of Nabatieh in southern Lebanon" ("in" on "town")
                    for p in pobjs(c):
                        t = self._place(ctx, p)
                        if t is not None and t != idx and t not in seen:
                            seen.add(t)
                            yield self._found(idx, "LOCATED_IN", t, noun, [c], 0.75, "place")
                if c.dep_ in ("amod", "compound", "poss", "nmod") and c.i < noun.i and \
                        c.i != first.i and \
                        (noun.lemma_ in PLACE_NOUNS or noun.lemma_ not in FACILITY_NAMES
                         or noun.lemma_ in ("dam", "airport", "refinery", "bridge")):
                    # (a base's owner is not where it is; a port's, a dam's or an
                    # airport's country is: "Sudan's Roseires dam")
                    t = ctx.mention(c)
                    if t is None and c.dep_ == "poss" and c.pos_ == "PRON":
                        t = args.pronoun(c)  # "Oman, which hosts talks in its capital Muscat"
                    if t is not None and t != idx and t not in seen and \
                            ctx.mentions[t].kind in ("Country", "Location"):
                        seen.add(t)
                        if ctx.mentions[t].kind == "Location" and c.dep_ in ("compound", "nmod") \
                                and \
                                head.dep_ == "pobj" and head.head.head.i == noun.i and (
                                    self._size(ctx, t) < self._size(ctx, idx) or
                                    UNIT_RANK.get(noun.lemma_, 9) < max(
                                        UNIT_RANK.get(head.lemma_, 0), UNIT_RANK.get(
                                            ctx.mentions[idx].text.split()[-1].lower(), 0))):
                            # "the Poonch district of Kashmir", "the Barmal district of
                            # Paktika province": the named district lies in the place after
                            # "of" (so do "the Zeitoun and Sabra neighbourhoods of Gaza City")
                            for part in [t, *(ctx.mention(d) for d in c.conjuncts)]:
                                if part is not None and part != idx and \
                                        ctx.mentions[part].kind == "Location":
                                    yield self._found(part, "LOCATED_IN", idx, noun, [noun],
                                                      0.75, "place-noun")
                            continue
                        yield self._found(idx, "LOCATED_IN", t, noun, [noun], 0.75, "place-noun")
            entry = self.gaz.get(men.key) if men.key and not seen else None
            state = getattr(entry, "country", None)
            if state and noun.lemma_ in PLACE_NOUNS - {"capital"}:
                # "the southern port city of Aden" in a sentence about Yemen: a place the
                # text calls a city (a town, a province) lies in the state the gazetteer
                # puts it in, when the sentence names that state
                sent = ctx.sent(head)
                said = next((i for t in sent for i in [ctx.mention(t)] if i is not None
                             and ctx.mentions[i].key == f"country:{state}"), None)
                if said is not None:
                    yield self._found(idx, "LOCATED_IN", said, noun, [noun], 0.55,
                                      "place-known")

    @staticmethod
    def _region_before(ctx: DocContext, idx: int, at: Token) -> int | None:
        """The last region (a place that is no city) named in this sentence or the one
        before, before `at`."""
        sent = ctx.sent(at)
        start = ctx.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        for t in reversed(ctx.doc[start : at.i]):
            i = ctx.mention(t)
            if i is None or i == idx or ctx.mentions[i].attributes.get("head") != t.i:
                continue
            m = ctx.mentions[i]
            if m.kind == "Location" and not m.attributes.get("capital_of") and (
                    any(c.lemma_ in UNIT_RANK and UNIT_RANK[c.lemma_] >= 3
                        for c in [t.head, *t.children]) or
                    (m.key or "").startswith("place:")):
                return i
        return None

    def _size(self, ctx: DocContext, m: int) -> int:
        """How large a place is, as far as the gazetteers know (0: unknown)."""
        men = ctx.mentions[m]
        if men.kind == "Country":
            return 4
        key = men.attributes.get("base_key", men.key)
        entry = self.gaz.get(key) if key else None
        if entry is None and any(h.use == "capital" for h in self.gaz.lookup(men.name,
                                                                             exact=True)):
            return 1  # "the Obolonskyi district of Kyiv": a capital is a city
        return {"city": 1, "island": 1, "region": 2, "corridor": 2, "territory": 3, "sea": 3,
                "strait": 3, "river": 3}.get(getattr(entry, "kind", ""), 0)

    @staticmethod
    def _place(ctx: DocContext, tok: Token) -> int | None:
        """The place a noun phrase names: the name itself, or the name in a place frame
        ("the eastern province of Gegharkunik", "South Darfur state")."""
        m = ctx.mention(tok)
        if m is None and tok.lemma_ in PLACE_NOUNS:
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    for p in pobjs(c):
                        m = ctx.mention(p)
                elif c.dep_ in ("compound", "amod") and m is None:
                    m = ctx.mention(c)
        if m is not None and ctx.mentions[m].kind in ("Location", "Country"):
            return m
        return None

    # ---------------------------------------------------------- stationed
    def stationed(self, ctx: DocContext, args: Arguments) -> Iterator[Found]:
        """ "attacks on US troops in Syria", "Wagner mercenaries in Belarus":
        forces named with the place they are in are deployed there."""
        for tok in ctx.tokens:
            if tok.i in ctx.skip or tok.pos_ not in ("NOUN", "PROPN"):
                continue
            m = ctx.mention(tok)
            if m is None or ctx.mentions[m].attributes.get("head") != tok.i:
                continue
            men = ctx.mentions[m]
            if men.kind not in ("MilitaryForce", "ArmedGroup") and not (
                    men.kind == "Organization" and any(
                        c.dep_ == "appos" and c.lemma_ in MISSION_NOUNS for c in tok.children)):
                continue
            if men.source == "anaphor" and men.attributes.get("class") in ("group", "bloc"):
                continue  # "talks with the group in Riyadh": where they met, not where based
            holders = [tok]
            if tok.dep_ == "pobj" and tok.head.lower_ == "of" and (
                    tok.head.head.like_num or tok.head.head.lemma_.casefold() in QUANTITY_NOUNS):
                holders.append(tok.head.head)  # "thousands of troops in Somalia"
            # "MINURSO, the U.N. peacekeeping mission in Western Sahara"
            holders += [c for c in tok.children if c.dep_ == "appos"
                        and c.lemma_ in MISSION_NOUNS]
            for c in [c for h in holders for c in h.children]:
                if c.dep_ != "prep" or c.lower_ not in ("in", "inside"):
                    continue
                for p in pobjs(c):
                    for i, f in args.actors(p):
                        place = ctx.mentions[i]
                        if place.kind not in ("Country", "Location"):
                            continue
                        if place.key and men.key and men.key.split(":")[-1] == \
                                place.key.split(":")[-1]:
                            continue  # Iranian forces in Iran
                        yield self._found(m, "DEPLOYED_IN", i, tok, [tok, c], 0.6 * f,
                                          "stationed")
        for tok in ctx.tokens:
            # "struck PKK positions in northern Iraq", "ADF bases in North Kivu": who holds
            # the positions is there
            if tok.lemma_.casefold() not in HELD_SITES or tok.pos_ != "NOUN" or \
                    ctx.mention(tok) is not None:
                continue
            owners = [i for c in tok.children if c.dep_ in ("compound", "poss", "amod")
                      and c.i < tok.i for i in [ctx.mention(c)] if i is not None
                      and ctx.mentions[i].kind in ("ArmedGroup", "MilitaryForce", "Country")]
            preps = list(tok.children)
            if tok.i + 1 < len(ctx.doc) and ctx.doc[tok.i + 1].head == tok.head and \
                    tok.dep_ == "dobj":
                preps.append(ctx.doc[tok.i + 1])  # ("hit ADF bases in North Kivu")
            for c in preps:
                if c.dep_ != "prep" or c.lower_ not in ("in", "inside"):
                    continue
                for p in pobjs(c):
                    for i, f in args.actors(p):
                        if ctx.mentions[i].kind not in ("Country", "Location"):
                            continue
                        for o in owners[:1]:
                            if ctx.mentions[o].kind != "ArmedGroup" and \
                                    ctx.mentions[i].kind != "Country":
                                continue  # ("the army's last stronghold in Darfur": home)
                            if identity(ctx, o) != identity(ctx, i):
                                yield self._found(o, "DEPLOYED_IN", i, tok, [tok, c],
                                                  0.55 * f, "held-site")

    def ruling_groups(self, ctx: DocContext) -> Iterator[Found]:
        """ "Afghanistan's Taliban government", "the Taliban administration": the group
        that governs a state de facto (organizations.tsv `governs`) leads it."""
        for idx, men in enumerate(ctx.mentions):
            if men.attributes.get("offset") != ctx.offset or men.source != "nominal" or \
                    men.kind != "Country" or men.attributes.get("class") != "government":
                continue
            head = ctx.doc[men.attributes["head"]]
            owner = men.attributes.get("owner")
            groups = [owner] if isinstance(owner, int) else []
            groups += [m for c in head.children if c.dep_ in ("compound", "amod", "poss")
                       and (m := ctx.mention(c)) is not None]
            for g in dict.fromkeys(groups):
                org = self.gaz.get(ctx.mentions[g].key or "")
                if isinstance(org, Organization) and org.governs and \
                        f"country:{org.governs}" == men.key:
                    yield self._found(g, "LEADS", idx, head, [head], 0.7, "ruling-group")

    def described_backing(self, ctx: DocContext, args: Arguments) -> Iterator[Found]:
        """ "Kataib Hezbollah, an Iran-backed militia", "the Eurasian Economic Union, a
        Moscow-led trade bloc": the body a compound participle in its apposition names
        backs or leads it."""
        rels = {**dict.fromkeys(BACKING_PARTICIPLES, "SUPPORTS"), "lead": "LEADS"}
        for idx, men in enumerate(ctx.mentions):
            if men.attributes.get("offset") != ctx.offset or men.source not in (
                    "ner", "gazetteer") or men.kind not in ("Organization", "ArmedGroup",
                                                             "MilitaryForce"):
                continue
            head = ctx.doc[men.attributes["head"]]
            for a in head.children:
                if a.dep_ != "appos" or a.pos_ != "NOUN" or ctx.mention(a) not in (None, idx):
                    continue
                for m in a.children:
                    if m.dep_ == "amod" and m.lower_ in ("loyal", "allied", "aligned") and \
                            m.i > a.i:
                        # "the PDF, a militia loyal to the shadow National Unity Government"
                        for p in (q for c in m.children if c.dep_ == "prep"
                                  and c.lower_ in ("to", "with") for q in pobjs(c)):
                            for who, _ in args.actors(p):
                                if who != idx and ctx.mentions[who].kind != "Location":
                                    yield self._found(idx, "SUPPORTS", who, m, [m, a], 0.7,
                                                      "described-as")
                        continue
                    rel = rels.get(m.lemma_)
                    if m.dep_ != "amod" or m.tag_ != "VBN" or rel is None:
                        continue
                    for g in m.children:
                        who = ctx.mention(g)
                        if who is not None and who != idx and g.i < m.i and \
                                ctx.mentions[who].kind != "Location":
                            yield self._found(who, rel, idx, m, [m, a], 0.75, "described-as")

    # --------------------------------------------------------- relational
    def relational(self, ctx: DocContext, args: Arguments) -> Iterator[Found]:
        """ "China, North Korea's main ally", "Russia has long been Armenia's main security
        partner", "Iran, the main backer of the Houthis": relation nouns in apposition or
        after "be"."""
        yield from self._mutual(ctx, args)
        yield from self._relational(ctx, args)

    def _mutual(self, ctx: DocContext, args: Arguments) -> Iterator[Found]:
        """ "Kiir and Machar have been rivals since 2013", "the two countries are close
        allies": coordinated subjects called each other's rivals or allies."""
        for n in ctx.tokens:
            rel = RELATIONAL.get(n.lemma_.casefold())
            if rel not in ("OPPOSES", "COOPERATES_WITH") or n.tag_ != "NNS" or \
                    n.dep_ != "attr" or n.head.lemma_ not in ("be", "become", "remain") or \
                    any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("of", "to"))
                        for c in n.children) or any(c.dep_ == "neg" for c in n.head.children):
                continue
            subj = [c for c in n.head.children if c.dep_ == "nsubj"]
            sides = [i for c in subj for i, _ in args.actors(c)
                     if ctx.mentions[i].kind != "Location"]
            sides = list(dict.fromkeys(sides))
            for a in sides:
                for b in sides:
                    if a != b and (rel == "OPPOSES" or a < b):
                        yield self._found(a, rel, b, n, [n.head, n], 0.6, "mutual")

    def _relational(self, ctx: DocContext, args: Arguments) -> Iterator[Found]:
        for idx, men in enumerate(ctx.mentions):
            if men.attributes.get("offset") != ctx.offset or men.kind == "Location":
                continue
            head = ctx.doc[men.attributes["head"]]
            if men.attributes.get("head") != head.i:
                continue
            nouns = [c for c in head.children if c.dep_ == "appos"]
            first = head
            while first.dep_ == "conj" and first.head.i < first.i:
                first = first.head
            if first is not head:
                # "Russia and China, Maduro's main backers": a plural apposition of the
                # list is said of every member
                nouns += [c for c in first.children if c.dep_ == "appos" and c.i > head.i
                          and c.tag_ == "NNS" and c.lemma_.casefold() in RELATIONAL]
            if first.dep_ == "appos" and first.head.i < first.i and first.head.pos_ == "NOUN" \
                    and first.head.lemma_.casefold() in RELATIONAL and not any(
                        c.dep_ == "case" for c in head.children):
                nouns.append(first.head)  # "Iran's allies Hezbollah and the Houthis"
            if head.dep_ in ("nsubj",) and head.head.lemma_ in ("be", "become", "remain") \
                    and not any(c.dep_ == "neg" or c.lower_ in ("never", "longer")
                                for c in head.head.children):
                # (not "Turkey is no longer Israel's ally")
                nouns += [c for c in head.head.children if c.dep_ == "attr"]
                # "X has long been among the Taliban's most outspoken critics"
                nouns += [p for c in head.head.children if c.dep_ == "prep"
                          and c.lower_ == "among" for p in pobjs(c) if p.tag_ == "NNS"]
            if head.dep_ == "nsubj" and head.head.lemma_ in ("emerge", "act", "serve") and \
                    not any(c.dep_ == "neg" for c in head.head.children):
                # "Beijing has emerged as the junta's most important backer"
                nouns += [p for c in head.head.children if c.dep_ == "prep"
                          and c.lower_ == "as" for p in pobjs(c)]
            # "Russia, which has long been Armenia's partner"
            for c in head.children:
                if c.dep_ == "relcl" and c.lemma_ == "be":
                    nouns += [a for a in c.children if a.dep_ == "attr"]
            # "Paraguay, one of Taiwan's few remaining allies": the noun after "one of"
            nouns = [w for n in nouns for w in (
                [p for c in n.children if c.dep_ == "prep" and c.lower_ == "of"
                 for p in pobjs(c)] if n.lower_ == "one" else []) or [n]]
            # "Pakistan's closest ally and main arms supplier": both nouns, one owner
            nouns = [w for n in nouns for w in [n, *[c for c in n.conjuncts if c.i > n.i
                                                    and c.pos_ == "NOUN"]]]
            shared: list[Arg] = []
            for n in nouns:
                rel = RELATIONAL.get(n.lemma_.casefold())
                owners = []
                poss = any(c.dep_ == "poss" for c in n.children)
                for c in n.children:
                    if c.lower_ in ("our", "my"):
                        continue  # "our ally the Philippines": the speaker's country, unnamed
                    if poss and c.dep_ == "amod":
                        continue  # "its Palestinian ally Hamas": the ally's nation
                    if c.dep_ in ("poss", "compound", "nmod", "amod") and c.i < n.i:
                        owners += args.actors(c)
                    elif c.dep_ == "prep" and c.lower_ in ("of", "to"):
                        for p in pobjs(c):
                            owners += args.actors(p)
                if owners and n.dep_ != "conj":
                    shared = owners
                elif not owners and n.dep_ == "conj":
                    owners = shared
                if rel is None or ctx.mention(n) is not None:
                    continue
                for o, f in owners:
                    if o != idx:
                        yield self._found(idx, rel, o, n, [n], 0.7 * f, "relational")
