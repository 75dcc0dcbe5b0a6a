"""The resolve stage: every mention -> one Entity, within an article and across articles.

In an article (``resolve_article``, a pure function run next to the extractor):
- people: a surname or first name ("Assad") joins the unique full name that
  contains it ("Bashar al-Assad"), spelling slips of one letter included;
  descriptions ("the Iranian minister", "Turkey's foreign minister") join the
  unique named person whose title and country fit;
- acronyms defined in the text ("Islamic Revolutionary Guards Corps (IRGC)");
- anaphors: "the country" -> the article's main country; "the group" -> the last
  armed group named; "the bloc" -> the last organisation named; unowned "the
  military"/"troops" -> the last forces named, else the main country's forces;
  unnamed "rebels" -> "<main country> rebels"; "<person>'s government" -> the
  country that person leads;
- gazetteer entries by key (countries by ISO code).

Across articles (``Registry``): one node per id; ids are stable (countries by
ISO alpha-3, everything else by type and normalised canonical name); a lone
surname joins the unique person of the whole graph with that surname, and is
left alone when two people share it.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field

from . import gazetteer as gz
from .gazetteer import norm, slug
from .records import HOSTILE_RELATIONS as HOSTILE
from .records import ArticleExtraction, Entity, Fact, Mention

STAND_IN_RELATIONS = {"SANCTIONS", "ATTACKS", "CRITICIZES", "THREATENS", "DEMANDS"}
ACRONYM = re.compile(r"\s*\(\s*([A-Z][A-Za-z0-9.&-]{1,11})\s*\)"
                     r"|,\s+(?:known as|or)\s+(?:the\s+)?([A-Z][A-Z0-9.&-]{1,11})\b")


@dataclass
class Local:
    """An entity of one article before it joins the registry."""

    id: str
    name: str
    type: str
    aliases: set[str] = field(default_factory=set)
    mentions: int = 0
    attributes: dict = field(default_factory=dict)
    proper: set[str] = field(default_factory=set)  # aliases that are proper names
    state_body: str | None = None  # ISO3 of the state whose ministry, office or media it is


@dataclass
class Resolved:
    article: str
    entities: dict[str, Local]
    facts: list[Fact]


# relations that join two actors a later "both sides" can refer to
PAIRING = {"ATTACKS", "CRITICIZES", "OPPOSES", "MEETS", "COOPERATES_WITH", "THREATENS", "SANCTIONS"}
# nouns of a state's edge or ground: a demonym on them ("near the Libyan border") names a
# place, not the country a later "the country" means
BORDERS = {"border", "frontier", "coast", "territory", "waters", "soil", "airspace", "side",
           "shore", "boundary"}


# relations one actor has with another, never with its own state or army
AGAINST_OTHERS = {"DEMANDS", "CRITICIZES", "ATTACKS", "THREATENS", "SANCTIONS", "OPPOSES"}


# words a body may be referred back to by, besides its own name's word
NAMED_SYNONYMS = {"tribunal": {"tribunal", "court"}, "court": {"court", "tribunal"}}
# "the company", "the conglomerate": the last body named like a company (or one the
# gazetteer knows as a company)
COMPANY_NAME_WORDS = {"group", "company", "holdings", "holding", "corporation", "corp",
                      "inc", "ltd", "industries", "conglomerate", "plc"}
for _word in ("company", "firm", "conglomerate"):
    NAMED_SYNONYMS[_word] = COMPANY_NAME_WORDS
# the kinds of gazetteer body that speak for their state: no reproach of it is read
STATE_BODY_KINDS = {"ministry", "seat", "media"}


def entity_id(type_: str, name: str, key: str | None = None) -> str:
    if key and key.startswith("country:"):
        return key
    return f"{type_.lower()}:{slug(name)}"


def edit1(a: str, b: str) -> bool:
    """True when a and b differ by at most one substitution/insertion/deletion."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = j = diff = 0
    while i < len(a) and j < len(b):
        if a[i] != b[j]:
            diff += 1
            if diff > 1:
                return False
            if len(a) == len(b):
                i += 1
            j += 1
        else:
            i += 1
            j += 1
    return diff + (len(b) - j) <= 1


def name_tokens(name: str) -> list[str]:
    return [t for t in norm(name).split() if t]


def surname(name: str) -> str:
    toks = name_tokens(name)
    return toks[-1] if toks else ""


class ArticleResolver:
    def __init__(self) -> None:
        self.gaz = gz.load()

    # ------------------------------------------------------------------ API
    def resolve(self, ex: ArticleExtraction) -> Resolved:
        ms = ex.mentions
        n = len(ms)
        target = list(range(n))  # union-find-ish pointer to the representative mention
        drop: set[int] = set()
        for i, m in enumerate(ms):
            if m.attributes.get("void"):
                drop.add(i)  # a word another mention took over
            if m.refers_to is not None:
                target[i] = m.refers_to
            elif m.attributes.get("refers") is not None:
                target[i] = m.attributes["refers"]

        # a nickname given once ("Dagalo, known as Hemedti") names the person later too
        nick = {norm(m.text): m.refers_to for m in ms
                if m.refers_to is not None and m.kind == "Person"}
        for i, m in enumerate(ms):
            if m.kind == "Person" and m.refers_to is None and target[i] == i and \
                    nick.get(norm(m.name)) not in (None, i):
                target[i] = nick[norm(m.name)]
        self._people(ms, target)
        self._acronyms(ex, ms, target)
        leads = self._leads(ex)
        self._descriptions(ex, ms, target, drop)
        self._relations = ex.relations  # "both governments": the pair a relation joined
        self._anaphors(ms, target, drop, leads)

        def root(i: int) -> int:
            seen = 0
            while target[i] != i and seen < 50:
                i = target[i]
                seen += 1
            return i

        # canonical name and identity of each representative
        ents: dict[str, Local] = {}
        m2e: dict[int, str] = {}
        people_names = self._person_names(ms, root)
        for i, m in enumerate(ms):
            if i in drop:
                continue
            r = root(i)
            if r in drop:
                drop.add(i)
                continue
            rep = ms[r]
            name, type_, key = rep.name, rep.kind, rep.key
            if type_ == "Person":
                name = people_names.get(r, name)
            if rep.attributes.get("resolved_name"):
                name = rep.attributes["resolved_name"]
                type_ = rep.attributes.get("resolved_type", type_)
                key = rep.attributes.get("resolved_key", key)
            if rep.kind == "Organization" and rep.source == "ner" and \
                    rep.attributes.get("owner") is not None:
                # "Putin's Security Council" -> "Russian Security Council"
                own = rep.attributes["owner"]
                okey = ms[own].key if ms[own].kind == "Country" else (
                    self._affiliation(ms, target, own, leads)
                    if ms[own].kind == "Person" else None)
                c = self.gaz.country(okey)
                body = self.gaz.state_body(c.iso3, name) if c else None
                if body is not None:
                    # "the Philippine coast guard": the state's body of that name
                    name, type_, key = body.name, body.type, body.key
                elif c and not name.startswith(c.demonym):
                    name = f"{c.demonym} {name}"
                    # "China's coast guard" -> "Chinese coast guard", a known body
                    entry = next((self.gaz.get(h.key) for h in self.gaz.lookup(name)
                                  if not h.key.startswith("country:")), None)
                    if isinstance(entry, gz.Organization):
                        name, type_, key = entry.name, entry.type, entry.key
            if rep.attributes.get("person_owner") is not None:
                # "Haftar's militias", "militias under Hafter": named after the person's
                # surname as the article spells it in full
                full = people_names.get(root(rep.attributes["person_owner"]))
                if full:
                    name = f"{full.split()[-1]} forces"
            also = None
            if key in gz.national_forces_of():
                # "the IDF" and "Israeli troops": one node, the state's forces, which also
                # goes by the name of its armed forces
                also = name
                key = gz.national_forces_of()[key]
            if key and key.startswith("forces:"):
                c = self.gaz.country("country:" + key.split(":", 1)[1])
                name = f"{c.demonym} forces" if c else name
            eid = entity_id(type_, name, key)
            ent = ents.get(eid)
            if ent is None:
                ent = ents[eid] = Local(eid, name, type_)
                entry = self.gaz.get(key) if key else None
                if isinstance(entry, gz.Country):
                    ent.attributes.update(iso2=entry.iso2, iso3=entry.iso3)
                elif isinstance(entry, gz.Organization) and entry.country:
                    ent.attributes["country"] = entry.country
                    if entry.kind in STATE_BODY_KINDS:
                        ent.state_body = entry.country
                elif type_ == "Organization" and rep.attributes.get("owner") is not None and \
                        ms[rep.attributes["owner"]].kind == "Country":
                    # "Algeria's foreign ministry": a body of that state
                    c = self.gaz.country(ms[rep.attributes["owner"]].key)
                    if c:
                        ent.state_body = c.iso3
            ent.mentions += 1
            if also:
                ent.aliases.add(also)
            for extra in m.attributes.get("extra_aliases", []):
                if clean_alias(extra):
                    ent.aliases.add(clean_alias(extra))
            if m.attributes.get("alias", True) is not False and m.source != "pronoun":
                surface = clean_alias(m.text)
                if surface:
                    ent.aliases.add(surface)
                    if m.source in ("ner", "gazetteer", "acronym") and any(
                            ch.isupper() for ch in surface):
                        ent.proper.add(surface)
            m2e[i] = eid
        for ent in ents.values():
            ent.aliases.add(ent.name)
        # "expelled the French ambassador": an unnamed official stands for the owner
        stand_in: dict[int, str] = {}
        for i in drop:
            own = ms[i].attributes.get("owner")
            if ms[i].source == "description" and own is not None and own in m2e:
                stand_in[i] = m2e[own]
        facts = []
        seen: dict[str, Fact] = {}
        for rel in ex.relations:
            s, o = m2e.get(rel.subject), m2e.get(rel.object)
            if o is None and rel.type in STAND_IN_RELATIONS:
                o = stand_in.get(rel.object)
            if s is None or o is None or s == o:
                continue
            if rel.type == "LEADS" and rel.attributes.get("rule") == "owner" and \
                    ms[rel.object].attributes.get("state_forces"):
                continue  # "Putin's army" is Russia's forces, not a force he heads by name
            f = Fact(
                subject=s,
                relation=rel.type,
                object=o,
                predicate=rel.predicate,
                polarity=rel.polarity,
                modality=rel.modality,
                confidence=rel.confidence,
                evidence=rel.evidence,
                date=rel.date,
                attributes=dict(rel.attributes),
            )
            prev = seen.get(f.key)
            if prev is None or (prev.is_fact, prev.confidence) < (f.is_fact, f.confidence):
                seen[f.key] = f
        facts = self._at_home(self._against_oneself(list(seen.values()), ents), ents)
        return Resolved(ex.article.id, ents, facts)

    @staticmethod
    def _at_home(facts: list[Fact], ents: dict[str, Local]) -> list[Fact]:
        """A state's forces deployed in the state itself ("Malian forces in Mali", "French
        forces in France") say nothing a graph of who does what to whom needs: such
        DEPLOYED_IN facts are dropped (a deployment to one of its regions is kept: "sent
        1,500 soldiers to the Catatumbo region")."""
        forces_of = {f.subject: f.object for f in facts if f.relation == "PART_OF"
                     and f.is_fact and ents[f.object].type == "Country"
                     and ents[f.subject].type in ("MilitaryForce", "Organization")}
        return [f for f in facts if not (
            f.relation == "DEPLOYED_IN" and forces_of.get(f.subject) == f.object)]

    @staticmethod
    def _against_oneself(facts: list[Fact], ents: dict[str, Local]) -> list[Fact]:
        """A leader instructing his own government or army ("King Mohammed VI had
        instructed the government", "ordered the armed forces to ...") presses no other
        actor (SCHEMA: DEMANDS asks another actor to act), and an official or a state does
        not attack, criticize, threaten or sanction its own state or army: such facts are
        dropped."""
        home: dict[str, set[str]] = {}
        for f in facts:
            if f.relation in ("LEADS", "MEMBER_OF") and f.is_fact and \
                    ents[f.subject].type == "Person" and ents[f.object].type == "Country":
                home.setdefault(f.subject, set()).add(f.object)
        forces_of = {f.subject: f.object for f in facts if f.relation == "PART_OF"
                     and f.is_fact and ents[f.object].type == "Country"
                     and ents[f.subject].type == "MilitaryForce"}

        def side(e: str) -> set[str]:
            t = ents[e].type
            if t == "Country":
                return {e}
            if t in ("MilitaryForce", "Organization") and e in forces_of:
                return {forces_of[e]}
            if t == "Organization" and ents[e].state_body:
                # (a state's ministry or its state media: "Algeria's foreign ministry"; not
                # a party or a regional government, which may well reproach the state)
                return {k for k, x in ents.items() if x.type == "Country"
                        and x.attributes.get("iso3") == ents[e].state_body}
            if t in ("MilitaryForce", "Organization"):
                return set()
            return home.get(e, set()) if t == "Person" else set()

        # (a person's own state or army; a state's own army or ministry: "Jaiswal criticized
        # India", "Iran attacked Iranian forces" are misreadings)
        return [f for f in facts if not (
            f.relation in AGAINST_OTHERS and ents[f.object].type in ("Country", "MilitaryForce")
            and side(f.object) & side(f.subject))]

    # --------------------------------------------------------------- people
    def _people(self, ms: list[Mention], target: list[int]) -> None:
        full: dict[str, int] = {}  # normalised full name -> first mention
        for i, m in enumerate(ms):
            if m.kind == "Person" and m.source == "ner" and len(name_tokens(m.name)) >= 2:
                full.setdefault(norm(m.name), i)
        # a full name that is the tail of a longer one joins it ("Bashar Assad" stays apart)
        names = sorted(full, key=len, reverse=True)
        for i, m in enumerate(ms):
            if m.kind != "Person" or m.source != "ner":
                continue
            toks = name_tokens(m.name)
            key = norm(m.name)
            if len(toks) >= 2:
                longer = [n for n in names if n != key and n.endswith(" " + key)]
                if len(longer) == 1:
                    target[i] = full[longer[0]]
                elif full.get(key, i) != i:
                    target[i] = full[key]
                continue
            if not toks:
                continue
            tok = toks[0]
            cands = {n for n in names if tok in n.split()}
            if not cands:
                cands = {n for n in names if tok.replace("al ", "") == n.split()[-1]}
            if not cands:
                cands = {n for n in names if len(tok) >= 5 and any(
                    edit1(tok, part) for part in n.split() if len(part) >= 5)}
            # prefer surname matches over first-name matches
            last = {n for n in cands if n.split()[-1] == tok or n.endswith(" " + tok)}
            pick = last or cands
            if len(pick) > 1:
                # ("Kim" after "Kim Jong Un", before "Kim Yo Jong" is named): the one
                # named already
                pick = {n for n in pick if full[n] < i}
            if len(pick) == 1:
                target[i] = full[next(iter(pick))]

    def _person_names(self, ms: list[Mention], root) -> dict[int, str]:
        """The fullest name seen for each person cluster."""
        best: dict[int, str] = {}
        for i, m in enumerate(ms):
            if m.kind == "Person" and m.source == "ner":
                r = root(i)
                cur = best.get(r)
                if cur is None or len(name_tokens(m.name)) > len(name_tokens(cur)):
                    best[r] = m.name
        return best

    # ------------------------------------------------------------- acronyms
    def _acronyms(self, ex: ArticleExtraction, ms: list[Mention], target: list[int]) -> None:
        text = ex.article.text
        by_name: dict[str, int] = {}
        for i, m in enumerate(ms):
            if m.kind in ("Organization", "ArmedGroup", "MilitaryForce") and m.source != "anaphor":
                by_name.setdefault(m.name, i)
        defined: dict[str, int] = {}
        for i, m in enumerate(ms):
            if m.kind not in ("Organization", "ArmedGroup", "MilitaryForce"):
                continue
            if m.source in ("anaphor", "description"):
                continue
            mt = ACRONYM.match(text, m.end)
            acr = mt and (mt.group(1) or mt.group(2))
            if acr and _initials_fit(acr, m.name):
                defined[acr] = i
        for i, m in enumerate(ms):
            acr = m.text if m.text in defined else m.name
            if acr in defined and defined[acr] != i and (not m.key or (
                    m.source == "gazetteer" and m.text == acr and ms[defined[acr]].key != m.key)):
                # (an acronym the article defines wins over a known one: "the Multinational
                # Security Support mission, known as MSS" is not China's MSS)
                target[i] = defined[acr]
        # "the Security Council" after "the United Nations Security Council": a shorter
        # name that ends a longer one of the article is that organisation
        full = [(norm(m.name), i) for i, m in enumerate(ms)
                if m.kind in ("Organization", "ArmedGroup", "MilitaryForce")
                and m.source in ("ner", "gazetteer") and len(m.name.split()) >= 3]
        for i, m in enumerate(ms):
            if m.kind != "Organization" or m.key or m.source != "ner" or target[i] != i:
                continue
            if m.attributes.get("owner") is not None:
                continue  # "China's coast guard": named after its owner, not a longer name
            short = norm(m.name)
            if len(short.split()) < 2:
                continue
            longer = {j for n, j in full if n != short and n.endswith(" " + short)}
            if len({norm(ms[j].name) for j in longer}) == 1:
                target[i] = min(longer)

    # ------------------------------------------------------- descriptions
    @staticmethod
    def _leads(ex: ArticleExtraction) -> dict[int, list[tuple[str, int, str]]]:
        """mention -> [(relation, object mention, role)] from title relations."""
        out: dict[int, list[tuple[str, int, str]]] = defaultdict(list)
        for r in ex.relations:
            if r.type in ("LEADS", "MEMBER_OF"):
                out[r.subject].append((r.type, r.object, r.attributes.get("role", "")))
        return out

    def _descriptions(self, ex: ArticleExtraction, ms: list[Mention], target: list[int],
                      drop: set[int]) -> None:
        roles = self._leads(ex)

        def root(i: int) -> int:
            while target[i] != i:
                i = target[i]
            return i

        people: dict[int, dict] = {}
        for i, m in enumerate(ms):
            if m.kind == "Person" and m.source == "ner":
                r = root(i)
                p = people.setdefault(r, {"roles": [], "speaker": False, "owners": set()})
                for rel, obj, role in roles.get(i, []):
                    p["roles"].append((rel, role.casefold()))
                    if ms[obj].key:
                        p["owners"].add(ms[obj].key)
                if m.attributes.get("title"):  # a title without an owner ("leader Gaddafi")
                    p["roles"].append((m.attributes.get("title_relation", ""),
                                       m.attributes["title"].casefold()))
                p["speaker"] |= bool(m.attributes.get("speaker"))
        for i, m in enumerate(ms):
            if m.source != "description":
                continue
            if m.refers_to is not None:
                continue
            if m.attributes.get("indefinite"):
                drop.add(i)  # "an RSF commander": someone not named (its body may stand in)
                continue
            role = (m.attributes.get("title") or "").casefold()
            rel = m.attributes.get("relation")
            owner = m.attributes.get("owner_key")
            scored = []
            other = m.attributes.get("not_of")
            for r, p in people.items():
                if other is not None and r == root(other):
                    continue  # ("X, an adviser to the president": not X)
                if ms[r].start > m.start and not m.attributes.get("speaker"):
                    # a description usually follows the name; before it only for speakers
                    pass
                if owner and p["owners"] and owner not in p["owners"]:
                    continue
                if owner and not p["owners"] and "spokes" in role:
                    continue  # every side has a spokesperson: "a U.S. spokesperson" is not
                    # the one whose side is unknown
                score = 0
                owners_agree = not owner or owner in p["owners"]
                if any(rr == rel and (ro == role or ro.endswith(" " + role) or
                                      role.endswith(" " + ro)) for rr, ro in p["roles"]):
                    score = 3 if owners_agree or not p["owners"] else 0
                elif any(rr == rel == "LEADS" for rr, _ in p["roles"]):
                    score = 2 if (not owner or owner in p["owners"]) else 0
                elif not p["roles"]:
                    score = 1
                if score:
                    scored.append((score, r, p))
            if not scored:
                drop.add(i)
                continue
            top = max(s for s, _, _ in scored)
            best = [x for x in scored if x[0] == top]
            if top == 1:
                # a person without any title: only the one untitled person of the article,
                # and only one who speaks ("Turkey's foreign minister said ... Mevlut
                # Cavusoglu said"), never a bystander
                best = [x for x in best if x[2]["speaker"]] if len(best) == 1 else []
            if len(best) == 1:
                target[i] = best[0][1]
            else:
                drop.add(i)

    # ------------------------------------------------------------ anaphors
    # which places "the province", "the city"... may refer back to (places.tsv kinds)
    PLACE_WORDS = {"province": {"region"}, "district": {"region"},
                   "city": {"city"}, "town": {"city"}, "village": {"city"}}

    def _place_before(self, ms: list[Mention], i: int, by_pos: list[int]) -> int | None:
        """The place "the province" (the city, the area...) refers to: the last place of
        that kind named in the same sentence or the one before."""
        m = ms[i]
        kinds = self.PLACE_WORDS.get(m.attributes.get("lemma", ""), set())
        best = None
        for j in by_pos:
            mj = ms[j]
            if mj.start >= m.start:
                break
            if mj.kind != "Location" or mj.source in ("anaphor", "description") or \
                    m.sentence - mj.sentence > 1:
                continue
            entry = self.gaz.get(mj.key) if mj.key else None
            kind = getattr(entry, "kind", None)
            if kind is None and mj.attributes.get("capital_of"):
                kind = "city"
            if kind in kinds or (kind is None and mj.source == "ner"):
                best = j
        return best

    def _anaphors(self, ms: list[Mention], target: list[int], drop: set[int],
                  leads: dict[int, list[tuple[str, int, str]]]) -> None:
        salience: Counter[str] = Counter()
        for m in ms:
            if m.kind == "Country" and m.key:
                salience[m.key] += 1 + 2 * bool(m.attributes.get("loc"))
        main = salience.most_common(1)[0][0] if salience else None
        main_country = self.gaz.country(main)

        by_pos = sorted(range(len(ms)), key=lambda j: ms[j].start)

        def last(i: int, kinds: tuple[str, ...], keyed: bool = False, within: int = 99,
                 lemma: str | None = None, named: bool = False,
                 subject: bool = False, not_party: bool = False) -> int | None:
            """The closest mention of one of `kinds` before mention i in the text."""
            best = None
            for j in by_pos:
                mj = ms[j]
                if mj.start >= ms[i].start:
                    break
                if not_party and mj.key and getattr(self.gaz.get(mj.key), "kind", "") == "party":
                    continue
                if mj.kind in kinds and mj.source not in ("anaphor", "description") and \
                        ms[i].sentence - mj.sentence <= within and (mj.key or not keyed) and \
                        (lemma is None or mj.attributes.get("lemma") == lemma) and \
                        (not named or mj.source in ("ner", "gazetteer", "acronym")) and \
                        (not subject or mj.attributes.get("dep") in ("nsubj", "nsubjpass")):
                    best = j
            return best

        for i, m in enumerate(ms):
            if m.source != "anaphor" or target[i] != i:
                continue
            cls = m.attributes.get("class")
            owner = m.attributes.get("owner")
            om = ms[owner] if owner is not None else None
            if cls == "country":
                key = self._ruler_country(ms, i, target, leads) or \
                    self._the_country(ms, i, by_pos, salience)
                if key is None and main not in {
                        ms[mk.attributes["owner"]].key for mk in ms
                        if mk.sentence == m.sentence and mk.kind == "MilitaryForce"
                        and mk.attributes.get("owner") is not None
                        and m.start - 80 <= mk.start <= m.start}:
                    key = main  # (not the state whose troops are "in the country")
                c = self.gaz.country(key)
                if c:
                    m.attributes.update(resolved_name=c.name, resolved_key=key,
                                        resolved_type="Country")
                else:
                    drop.add(i)
            elif cls == "place":
                j = self._place_before(ms, i, by_pos)
                if j is None:
                    drop.add(i)
                else:
                    target[i] = j
            elif cls == "delegation":
                j = last(i, ("Country", "ArmedGroup", "Organization", "MilitaryForce"),
                         lemma="delegation")
                if j is None:
                    drop.add(i)
                else:
                    target[i] = j
            elif cls == "group":
                word = m.attributes.get("lemma")
                # "the group" names a group named before, not "the pirates" described;
                # "the settlers" the settlers told of
                # (the group a sentence just told of as its subject, before one it
                # mentioned on the way: "Al-Shabaab, which is allied to al-Qaeda, ...")
                j = (last(i, ("ArmedGroup",), within=2, named=True, subject=True)
                     if word in ("group", "movement") else None)
                if j is None:
                    j = last(i, ("ArmedGroup",), within=6, named=True) \
                        if word in ("group", "movement") else \
                        last(i, ("ArmedGroup",), within=6, lemma=word)
                if j is None:
                    j = last(i, ("ArmedGroup",), within=6)
                if j is None and m.attributes.get("fallback_name"):
                    # "the Iran-backed rebels" with no group named before: a group of its own
                    m.attributes.update(resolved_name=m.attributes["fallback_name"],
                                        resolved_type="ArmedGroup")
                elif j is None:
                    drop.add(i)
                else:
                    target[i] = j
            elif cls == "pair":
                # "both governments", "the two sides": two actors named before
                two = self._pair(ms, i, target, by_pos, leads)
                second = next((j for j, x in enumerate(ms) if x.attributes.get("first") == i),
                              None)
                if two is not None and second is not None:
                    target[i], target[second] = two[1], two[0]
                else:
                    drop.add(i)
                    if second is not None:
                        drop.add(second)
            elif cls == "pair2":
                pass  # resolved with its first half
            elif cls == "named":
                # "the mission" after "the EU Monitoring Mission in Armenia": the last body
                # whose name has that word
                word = m.attributes.get("lemma", "")
                # ("the Hague-based tribunal" after "the International Criminal Court")
                words = NAMED_SYNONYMS.get(word, {word})
                j = None
                for k in by_pos:
                    mk = ms[k]
                    if mk.start >= m.start:
                        break
                    if mk.kind in ("Organization", "MilitaryForce", "ArmedGroup") and \
                            mk.source not in ("anaphor", "description") and (
                                words & set(norm(mk.name).split()) or (
                                    words is COMPANY_NAME_WORDS and mk.key
                                    and getattr(self.gaz.get(mk.key), "kind", "") == "company")):
                        j = k
                if j is None:
                    drop.add(i)
                else:
                    target[i] = j
            elif cls == "multinational":
                # "the regional force": the last force of several states named before ("the
                # force" alone: the last one called so, else the last such force)
                j = last(i, ("MilitaryForce", "Organization"), within=40,
                         lemma=m.attributes.get("lemma")) if m.attributes.get("bare") else None
                if j is None:
                    j = next((k for k in reversed(by_pos) if ms[k].start < m.start
                              and ms[k].kind == "MilitaryForce" and ms[k].key
                              and not ms[k].key.startswith("forces:")
                              and ms[k].source not in ("anaphor", "description")
                              and m.sentence - ms[k].sentence <= 8), None)
                if j is None and m.attributes.get("bare"):
                    j = last(i, ("MilitaryForce",), within=8)
                if j is None:
                    drop.add(i)
                else:
                    target[i] = j
            elif cls == "bloc":
                # ("the bloc" is no party: "Georgian Dream's victory ... talks with the bloc")
                j = last(i, ("Organization",), within=6, not_party=True)
                if j is None:
                    drop.add(i)
                else:
                    target[i] = j
            elif cls == "forces" and om is not None and om.kind == "Person" and (
                    led := self._led_force(ms, target, owner, leads)) is not None:
                target[i] = led  # "Haftar's forces": the Libyan National Army he commands
            elif cls == "forces" and om is not None and om.kind == "Person" and \
                    m.attributes.get("loyal"):
                # "forces loyal to Riek Machar": they fight for him, whatever state he
                # serves (or once served)
                target[i] = owner
                m.attributes["alias"] = False
            elif cls == "forces" and om is not None and om.kind == "Person":
                # "his security forces": the forces of the country the person serves
                if not _forces_of(m, self.gaz.country(
                        self._affiliation(ms, target, owner, leads))):
                    drop.add(i)
                else:
                    m.attributes["state_forces"] = True  # (not his own: no LEADS from it)
            elif cls == "forces" and om is not None and om.kind in ("MilitaryForce",
                                                                     "ArmedGroup"):
                target[i] = owner  # "the junta ... its army": the junta's own forces
            elif cls == "forces" and om is not None and om.kind == "Country" and om.key:
                _forces_of(m, self.gaz.country(om.key))
            elif cls == "forces" and om is not None and om.kind == "Organization" and (
                    self._body_country(ms, owner) is not None):
                # "the Russian Defence Ministry said its forces": the state's forces
                _forces_of(m, self.gaz.country(self._body_country(ms, owner)))
            elif cls == "forces":
                # "the junta" after "Mali's military junta": the same head word first
                j = last(i, ("MilitaryForce", "Organization"), within=40,
                         lemma=m.attributes.get("lemma"))
                if j is None and m.attributes.get("lemma") != "junta":
                    # (a junta is not whichever force was named last)
                    j = last(i, ("MilitaryForce",), within=8)
                if j is not None:
                    target[i] = j
                elif not _forces_of(m, self.gaz.country(
                        main if m.attributes.get("lemma") == "junta" and main else
                        self._home(ms, i, by_pos, salience, main))):
                    # (a junta rules the country the article is about, not the one named
                    # last: "a town on the border with China ... the junta")
                    # ("rebels fighting against the army": the army of the country at hand)
                    drop.add(i)
            elif cls == "government":
                person = owner if om is not None and om.kind == "Person" else None
                led = None
                if person is not None:
                    for r in range(len(ms)):
                        if ms[r].kind == "Person" and self._same(target, r, person):
                            for rel, obj, _ in leads.get(r, []):
                                if rel == "LEADS" and ms[obj].kind == "Country":
                                    led = obj
                known = self.gaz.country(self.gaz.office_country(ms[person].name, surname=True)) \
                    if person is not None and led is None and m.attributes.get("lemma") in (
                        "administration", "government", "regime", "cabinet") else None
                if led is not None:
                    target[i] = led
                elif known is not None:
                    # "the Trump administration": the state its well-known head leads
                    m.attributes.update(resolved_name=known.name, resolved_key=known.key,
                                        resolved_type="Country")
                elif person is not None:
                    target[i] = person
                    m.attributes["alias"] = False
                elif om is not None and om.kind in ("ArmedGroup", "Organization",
                                                    "MilitaryForce"):
                    # "a French drone strike that killed their chief": the leader of a group
                    # stands for the group, as "their leaders" would
                    target[i] = owner
                    m.attributes["alias"] = False
                elif m.attributes.get("home") and (home := self.gaz.country(
                        self._plain_government(m, salience, main)
                        if m.attributes.get("plain") else
                        self._home(ms, i, by_pos, salience, main))) is not None:
                    # ("the government", said plainly: of the country the article is about)
                    # "the federal government": the state the article is about
                    m.attributes.update(resolved_name=home.name, resolved_key=home.key,
                                        resolved_type="Country")
                else:
                    drop.add(i)
            elif cls in ("rebels", "armed_groups", "militants"):
                near = last(i, ("ArmedGroup",), within=3, named=True) \
                    if cls == "rebels" and om is None else None
                if near is not None:
                    # "the rebels" after "M23 captured Goma": the rebels just named
                    target[i] = near
                elif om is not None and om.kind == "Person" and (
                        led := self._led_force(ms, target, owner, leads)) is not None:
                    # "Haftar's militias" after "Haftar, commander of the Libyan National
                    # Army": the force he leads
                    target[i] = led
                elif om is not None and om.kind == "Person":
                    # "Haftar's militias", "militias under Haftar"
                    m.attributes.update(resolved_name=f"{ms[owner].name.split()[-1]} forces",
                                        resolved_type="ArmedGroup")
                    m.attributes["person_owner"] = owner
                elif main_country:
                    label = "rebels" if cls == "rebels" else _label(m.text)
                    m.attributes.update(resolved_name=f"{main_country.demonym} {label}",
                                        resolved_type="ArmedGroup")
                else:
                    m.attributes.update(resolved_name=_label(m.text), resolved_type="ArmedGroup")
            else:
                drop.add(i)

    def _body_country(self, ms: list[Mention], j: int) -> str | None:
        """The country key a state body belongs to (its gazetteer row, or the owner it
        was named after: "Jordan's Foreign Ministry")."""
        entry = self.gaz.get(ms[j].key) if ms[j].key else None
        iso = getattr(entry, "country", None)
        if iso:
            return f"country:{iso}"
        owner = ms[j].attributes.get("owner")
        if owner is not None and ms[j].attributes.get("class") == "org" and \
                ms[owner].kind == "Country":
            return ms[owner].key
        return None

    def _pair(self, ms: list[Mention], i: int, target: list[int], by_pos: list[int],
              leads: dict) -> tuple[int, int] | None:
        pair = self._pair_sides(ms, i, target, by_pos, leads)
        if pair is None or ms[i].attributes.get("lemma") != "leader":
            return pair
        # "the two leaders met": the two named leaders of the two states, if named before
        people = []
        for side in pair:
            if ms[side].kind == "Person":
                people.append(side)
                continue
            key = ms[side].key
            who = [j for j in by_pos if ms[j].kind == "Person" and ms[j].start < ms[i].start
                   and any(rel == "LEADS" and ms[o].key == key and key
                           for rel, o, _ in leads.get(j, []))]
            if len({norm(ms[j].name) for j in who}) != 1:
                return pair
            people.append(who[-1])
        return people[0], people[1]

    def _pair_sides(self, ms: list[Mention], i: int, target: list[int], by_pos: list[int],
                    leads: dict) -> tuple[int, int] | None:
        """The two actors "both governments" (mention i) refers to: the pair of actors the
        article's relations join most often before it, quarrels counting double (people
        standing for the state they serve; two states preferred), else the last two different actors named in this
        sentence or the two before; never the one who asks."""
        m = ms[i]
        kinds = ("Country",) if m.attributes.get("pair_kinds") == "Country" else (
            "Country", "ArmedGroup", "MilitaryForce")
        skip = m.attributes.get("skip_span") or (-1, -1)
        relations = getattr(self, "_relations", [])
        between = m.attributes.get("between")
        if between and all(ms[j].kind in kinds or (
                m.attributes.get("pair_kinds") == "Person" and ms[j].kind == "Person")
                for j in between):
            return between[0], between[1]

        def ident(j: int) -> str:
            return ms[j].key or norm(ms[j].name)

        if m.attributes.get("pair_kinds") == "Person":
            # "sanctions on Smotrich and Ben-Gvir, accusing the two ministers of ...": the
            # last two people named in this sentence or the two before, not who accuses
            asker = {ident(r.subject) for r in relations if r.object == i}
            people: list[int] = []
            for k in reversed(by_pos):
                mk = ms[k]
                if mk.start >= m.start or mk.sentence < m.sentence - 2 or \
                        mk.kind != "Person" or mk.source in ("anaphor", "description"):
                    continue
                r = k
                while target[r] != r:
                    r = target[r]
                if ident(r) not in asker and all(ident(r) != ident(q) for q in people):
                    people.append(r)
                if len(people) == 2:
                    return people[1], people[0]
            return None

        states = {ms[k].key: k for k in by_pos if ms[k].kind == "Country" and ms[k].key
                  and ms[k].start < m.start and ms[k].source != "anaphor"}

        def side(j: int) -> int | None:
            if ms[j].source == "anaphor":
                return None
            if ms[j].kind == "Person":
                j = next((o for rel, o, _ in leads.get(j, []) if ms[o].kind == "Country"), None)
                if j is None:
                    return None
            key = ms[j].key or ""
            if ms[j].kind == "MilitaryForce" and self.gaz.state_key(key) in states:
                # "Indian and Pakistani troops traded fire ... urged both sides": the states
                # ("the Somali National Army" too)
                return states[self.gaz.state_key(key)]
            return j if ms[j].kind in kinds else None

        # who asks "both sides" (and the state he serves) is neither side
        asker = {ident(r.subject) for r in relations if r.object == i}
        asker |= {ms[o].key for r in relations if r.object == i
                  for rel, o, _ in leads.get(r.subject, []) if ms[o].key}
        count: Counter[frozenset] = Counter()
        latest: dict[frozenset, tuple] = {}
        hostile: set[frozenset] = set()
        for r in relations:
            if r.type not in PAIRING or ms[r.subject].start >= m.start:
                continue
            a, b = side(r.subject), side(r.object)
            if a is None or b is None or ident(a) == ident(b) or \
                    {ident(a), ident(b)} & asker:
                continue
            pair = frozenset((ident(a), ident(b)))
            count[pair] += 2 if r.type in HOSTILE else 1
            if r.type in HOSTILE:
                hostile.add(pair)
            # (a state's army fighting a group of its own country, not another state: the
            # army is the side, as in a civil war)
            if ms[a].kind == "Country" and ms[r.subject].kind == "MilitaryForce" and \
                    ms[b].kind == "ArmedGroup":
                a = r.subject
            if ms[b].kind == "Country" and ms[r.object].kind == "MilitaryForce" and \
                    ms[a].kind == "ArmedGroup":
                b = r.object
            latest[pair] = max(latest.get(pair, (-1, -1, a, b)),
                               (ms[r.subject].sentence, ms[r.object].start, a, b))
        here = {p for p, v in latest.items() if v[0] == m.sentence}
        if len(here) == 1:
            # "X held talks with Y, and the two sides signed agreements": the pair the
            # same sentence just joined
            count = Counter({p: n for p, n in count.items() if p in here})
        elif hostile:
            # the two sides of a quarrel, not partners or mediators met on the way
            count = Counter({p: n for p, n in count.items() if p in hostile})
        if count:
            def score(p: frozenset) -> tuple:
                a, b = latest[p][2:]
                states = int(ms[a].kind == "Country" and ms[b].kind == "Country")
                return (count[p] + states, latest[p][:2])

            best = max(count, key=score)
            return latest[best][2], latest[best][3]
        together = m.attributes.get("together")
        if together and all(ms[j].kind in kinds for j in together):
            return together[0], together[1]
        def side_of(j: int) -> str:
            key = ms[j].key or ""
            if (ms[j].kind == "MilitaryForce" or key.startswith("forces:")) and \
                    self.gaz.state_key(key):
                return self.gaz.state_key(key)
            return ident(j)

        def state_named(j: int) -> bool:
            """A force whose state is named before mention i (and may come as the side)."""
            return side_of(j) != ident(j) and any(
                ms[k].key == side_of(j) and ms[k].start < m.start and
                ms[k].sentence >= m.sentence - 2 for k in by_pos)

        seen: list[int] = []
        for k in reversed(by_pos):
            mk = ms[k]
            if mk.start >= m.start or mk.sentence < m.sentence - 2 or \
                    skip[0] <= mk.start < skip[1]:
                continue
            if mk.kind in kinds and mk.source not in ("anaphor", "description") and \
                    not mk.attributes.get("void") and ident(k) not in asker:
                r = k
                while target[r] != r:
                    r = target[r]
                # a state's forces and the state are one side ("Pakistani and Afghan
                # forces clashed ... urged both sides"): the state stands for it
                at = next((n for n, x in enumerate(seen) if side_of(x) == side_of(r)), None)
                if at is None:
                    if len(seen) < 2:
                        seen.append(r)
                elif ms[r].kind == "Country" and ms[seen[at]].kind != "Country":
                    seen[at] = r
            if len(seen) == 2 and all(ms[x].kind == "Country" or not state_named(x)
                                      for x in seen):
                return seen[0], seen[1]
        if len(seen) == 2:
            return seen[0], seen[1]
        return None

    @staticmethod
    def _plain_government(m: Mention, salience: Counter, main: str | None) -> str | None:
        """Whose "the government" is: the state the article is filed from when it is one of
        the two it speaks of most ("BOGOTA, March 5 (Reuters) -"; not a hub such as
        DUBAI), else the one it speaks of most."""
        home = m.attributes.get("dateline_state")
        return home if home in [k for k, _ in salience.most_common(2)] else main

    def _home(self, ms: list[Mention], i: int, by_pos: list[int], salience: Counter,
              main: str | None) -> str | None:
        """The state "the army", "government troops", "the federal government" belong to:
        the country at hand (a federation, when the text says "federal")."""
        here = self._the_country(ms, i, by_pos, salience) or main
        if not ms[i].attributes.get("federal") or here in gz.federations():
            return here
        named = [k for k, _ in salience.most_common() if k in gz.federations()]
        return named[0] if named else None

    def _ruler_country(self, ms: list[Mention], i: int, target: list[int],
                       leads: dict[int, list[tuple[str, int, str]]]) -> str | None:
        """ "President Ilham Aliyev ... Aliyev, who has ruled the country since 2003": the
        country one said to lead it leads by name elsewhere in the article."""
        rulers = [s for s, rels in leads.items() for rel, obj, _ in rels
                  if rel == "LEADS" and obj == i and ms[s].kind == "Person"]
        for s in rulers:
            for r, rels in leads.items():
                if r != s and ms[r].kind == "Person" and self._same(target, r, s):
                    for rel, obj, _ in rels:
                        if rel == "LEADS" and ms[obj].kind == "Country" and ms[obj].key and \
                                ms[obj].source != "anaphor":
                            return ms[obj].key
        return None

    def _the_country(self, ms: list[Mention], i: int, by_pos: list[int],
                     salience: Counter) -> str | None:
        """ "the country": a country named earlier in the same sentence that is not one of
        the sentence's actors (nor excluded by the extractor), else the most salient
        country of the two sentences before."""
        m = ms[i]
        words = set(re.findall(r"[a-z]+", m.text.lower()))
        groups = [members for need, members in gz.country_groups() if need <= words]
        if groups:
            # "the former Soviet republic": the state of that group the article spoke of
            # most, however many others it named since
            return max((k for k in salience if all(k in g for g in groups)
                        and any(ms[j].key == k and ms[j].start < m.start for j in by_pos)),
                       key=lambda k: salience[k], default=None)
        exclude = set(m.attributes.get("exclude", []))
        same: str | None = None
        same_demonym = False
        recent: set[str] = set()
        for j in by_pos:
            mj = ms[j]
            if mj.start >= m.start:
                break
            if mj.kind != "Country" or not mj.key or mj.source in ("anaphor",):
                continue
            if mj.sentence == m.sentence:
                if mj.attributes.get("of_noun") in BORDERS:
                    continue  # ("near the Libyan border, ... left the country": no antecedent)
                if j not in exclude and mj.attributes.get("dep") not in (
                        "nsubj", "nsubjpass", "dobj", "dative", "agent") and not any(
                        mk.attributes.get("owner") == j and mk.kind == "MilitaryForce"
                        for mk in ms if mk.sentence == m.sentence):
                    # ("U.S. troops stationed in the country": not the troops' own; a
                    # state named outright before one named by a demonym: "Libya's
                    # government ... Russian cargo flights ... an arms embargo on the country")
                    if mj.attributes.get("use") != "demonym" or same is None or same_demonym:
                        same = mj.key
                        same_demonym = mj.attributes.get("use") == "demonym"
            elif 0 < m.sentence - mj.sentence <= 2:
                recent.add(mj.key)
        if same:
            return same
        if recent:
            return max(sorted(recent), key=lambda k: salience[k])
        return None

    def _led_force(self, ms: list[Mention], target: list[int], person: int,
                   leads: dict[int, list[tuple[str, int, str]]]) -> int | None:
        """The armed force or group a person leads, from this article's title relations."""
        for r in range(len(ms)):
            if ms[r].kind == "Person" and self._same(target, r, person):
                for rel, obj, _ in leads.get(r, []):
                    if rel == "LEADS" and ms[obj].kind in ("ArmedGroup", "MilitaryForce") \
                            and ms[obj].source in ("ner", "gazetteer", "acronym"):
                        return obj
        return None

    def _affiliation(self, ms: list[Mention], target: list[int], person: int,
                     leads: dict[int, list[tuple[str, int, str]]]) -> str | None:
        """The country a person leads or serves, from this article's title relations."""
        found = None
        for r in range(len(ms)):
            if ms[r].kind == "Person" and self._same(target, r, person):
                for rel, obj, _ in leads.get(r, []):
                    if ms[obj].kind == "Country" and ms[obj].key:
                        if rel == "LEADS":
                            return ms[obj].key
                        found = found or ms[obj].key
        # ("Putin's army" with no title told: the state a well-known holder serves)
        return found or self.gaz.office_country(ms[person].name, surname=True)

    @staticmethod
    def _same(target: list[int], a: int, b: int) -> bool:
        def root(i: int) -> int:
            while target[i] != i:
                i = target[i]
            return i

        return root(a) == root(b)


def _forces_of(m: Mention, c: gz.Country | None) -> bool:
    """Make an anaphoric force ("the army", "his security forces") the forces of `c`."""
    if c is None:
        return False
    m.attributes.update(resolved_name=f"{c.demonym} forces", resolved_key=f"forces:{c.iso3}",
                        resolved_type="MilitaryForce")
    return True


def _label(text: str) -> str:
    words = [w for w in re.split(r"\s+", text.strip()) if w]
    while words and (words[0].casefold() in ("the", "a", "an", "some", "several", "many")
                     or words[0].isdigit()):
        words = words[1:]
    return " ".join(words).casefold() or text


def _initials_fit(acr: str, name: str) -> bool:
    letters = [c for c in acr.upper() if c.isalpha()]
    words = [w for w in re.split(r"[\s-]+", name) if w]
    caps = [w[0].upper() for w in words if w[:1].isupper()]
    # every letter of the acronym must appear in order among the name's letters,
    # starting with the first word's initial
    if not letters or not caps or letters[0] != caps[0]:
        return False
    pool = "".join(words).upper()
    pos = 0
    for ch in letters:
        pos = pool.find(ch, pos)
        if pos < 0:
            return False
        pos += 1
    return True


def clean_alias(text: str) -> str:
    s = re.sub(r"\s+", " ", text).strip().strip("\"'\u201c\u201d\u2018\u2019()[],;:")
    if s.endswith(".") and not re.search(r"(^|[\s.])[A-Z]\.$", s):
        s = s[:-1]
    s = re.sub(r"^(the|The)\s+", "", s)
    s = re.sub(r"['\u2019]s$", "", s)
    return s.strip()


# ---------------------------------------------------------------------------
class Registry:
    """All entities of a build, merged across articles."""

    def __init__(self, entities: list[Entity] | None = None):
        self.entities: dict[str, Entity] = {}
        self.redirect: dict[str, str] = {}
        self._alias_index: dict[tuple[str, str], str] = {}  # (type, norm alias) -> id
        self._surnames: dict[str, set[str]] = defaultdict(set)
        # article id -> entity id -> mentions, for the articles added to this registry
        self.article_mentions: dict[str, Counter[str]] = {}
        self._forgotten: set[str] = set()  # entities that lost mentions in forget()
        for e in entities or []:
            self._put(e)

    def _put(self, e: Entity) -> None:
        self.entities[e.id] = e
        for a in [e.name, *e.aliases]:
            self._alias_index.setdefault((e.type, norm(a)), e.id)
        if e.type == "Person" and len(name_tokens(e.name)) >= 2:
            self._surnames[surname(e.name)].add(e.id)

    def resolve_id(self, eid: str) -> str:
        seen = 0
        while eid in self.redirect and seen < 20:
            eid = self.redirect[eid]
            seen += 1
        return eid

    def forget(self, mentions: Mapping[str, int]) -> None:
        """Take back the mentions an article counted earlier (entity id -> count): the
        article is being built again and will count its mentions anew."""
        for eid, n in mentions.items():
            ent = self.entities.get(self.resolve_id(eid))
            if ent is not None:
                ent.mentions = max(0, ent.mentions - int(n))
                self._forgotten.add(ent.id)

    def add(self, res: Resolved) -> list[Fact]:
        """Merge an article's entities into the registry; its facts with registry ids.
        An article added twice counts its mentions once (the later one)."""
        if res.article in self.article_mentions:
            self.forget(self.article_mentions[res.article])
        counts: Counter[str] = Counter()
        remap: dict[str, str] = {}
        for local in res.entities.values():
            remap[local.id] = self._merge(local)
            counts[remap[local.id]] += local.mentions
        self.article_mentions[res.article] = counts
        facts = []
        for f in res.facts:
            f.subject = remap.get(f.subject, f.subject)
            f.object = remap.get(f.object, f.object)
            if f.subject != f.object:
                facts.append(f)
        return facts

    def _merge(self, local: Local) -> str:
        eid = self.resolve_id(local.id)
        if eid not in self.entities:
            # a lone name: the unique known person with that surname
            if local.type == "Person" and len(name_tokens(local.name)) == 1:
                ids = self._surnames.get(surname(local.name), set())
                if len(ids) == 1:
                    eid = next(iter(ids))
            else:
                # the same proper name already names another node of this type
                for a in sorted([local.name, *local.proper]):
                    hit = self._alias_index.get((local.type, norm(a)))
                    if hit and (norm(a) == norm(local.name) or
                                norm(a) == norm(self.entities[hit].name)):
                        eid = self.resolve_id(hit)
                        break
        ent = self.entities.get(eid)
        if ent is None:
            ent = Entity(id=eid, name=local.name, type=local.type, attributes=dict(
                local.attributes))
            self.entities[eid] = ent
            if local.type == "Person" and len(name_tokens(local.name)) >= 2:
                self._surnames[surname(local.name)].add(eid)
        elif local.type == "Person" and len(name_tokens(local.name)) > len(name_tokens(ent.name)):
            ent.name = local.name  # the fullest name seen
        ent.mentions += local.mentions
        known = set(ent.aliases)
        for a in sorted(local.aliases):
            if a in known:
                continue
            owner = self._alias_index.get((ent.type, norm(a)))
            if owner is not None and self.resolve_id(owner) != eid:
                continue  # the alias already names another node of this type
            ent.aliases.append(a)
            known.add(a)
            self._alias_index.setdefault((ent.type, norm(a)), eid)
        for k, v in local.attributes.items():
            ent.attributes.setdefault(k, v)
        return eid

    def finalize(self) -> dict[str, str]:
        """Merge lone surnames into the unique full-name person now known.
        Returns the id remapping to apply to facts."""
        remap: dict[str, str] = {}
        for eid, e in list(self.entities.items()):
            if e.type != "Person" or len(name_tokens(e.name)) != 1:
                continue
            ids = self._surnames.get(surname(e.name), set()) - {eid}
            if len(ids) == 1:
                into = next(iter(ids))
                tgt = self.entities[into]
                tgt.mentions += e.mentions
                for a in e.aliases:
                    if a not in tgt.aliases:
                        tgt.aliases.append(a)
                del self.entities[eid]
                self.redirect[eid] = into
                remap[eid] = into
        # entities only the articles built again mentioned, which no longer do
        for eid in self._forgotten:
            e = self.entities.get(eid)
            if e is not None and e.mentions == 0:
                del self.entities[eid]
        return remap

    def mentions_of(self, article: str) -> dict[str, int]:
        """Entity id -> mentions in `article` (final ids, after finalize)."""
        out: Counter[str] = Counter()
        for eid, n in self.article_mentions.get(article, {}).items():
            out[self.resolve_id(eid)] += n
        return dict(sorted(out.items()))

    def all(self) -> list[Entity]:
        return sorted(self.entities.values(), key=lambda e: e.id)
