"""Find the actors and places a parsed text talks about.

Three sources, in this order, each token belonging to at most one mention head:
1. named entities (spaCy NER plus the gazetteer's entity ruler), with titles,
   determiners and possessive endings stripped;
2. descriptions of people by their title ("the Iranian minister",
   "Turkey's foreign minister"), linked to a named person by the resolver;
3. common nouns that name an actor through their owner ("Iranian forces",
   "Israeli jets", "the Damascus government", "Russian intelligence services")
   or refer back to one ("the country", "the bloc", "the group", "rebels").
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TypeVar

from spacy.tokens import Doc, Span, Token

from .. import gazetteer as gz
from ..gazetteer import Country, Gazetteer, Organization, read_tsv
from ..nlp import DASHES, MONTH_WORDS
from ..records import Mention
from .lexicon import Lexicon

T = TypeVar("T")

ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}
# labels NER gives names next to quotes ("Mevlut Cavusoglu" as WORK_OF_ART)
CONFUSED_LABELS = {"WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "LANGUAGE"}
LOCATIVE_PREPS = {
    "in", "at", "near", "to", "from", "into", "across", "outside", "around", "inside",
    "throughout", "toward", "towards", "via", "through", "within", "upon", "onto", "off",
    "beyond", "along", "during",
}
# words of movement: "to"/"from" a capital after them is a place
MOTION = {"travel", "fly", "go", "come", "return", "head", "move", "arrive", "visit", "trip",
          "journey", "tour", "deploy", "send", "relocate", "flee", "evacuate", "drive",
          "march", "advance", "withdraw", "retreat", "transfer", "bring", "take", "road",
          "route", "flight", "mission", "delegation", "stop", "way", "coastline", "leave"}
# verbs whose direct object is a place, not an actor: a capital there is a city
# blows that fall on a place: a capital they strike is the city ("struck Sanaa")
STRIKING = {"strike", "hit", "pound", "attack", "bombard", "raid", "hammer", "target",
            "rocket", "blitz"}
STRIKES_ON = {"strike", "airstrike", "attack", "raid", "bombing", "shelling", "bombardment",
              "offensive", "assault", "counteroffensive", "barrage"}
# shares of a place: "three-quarters of the region", "parts of Kharkiv", "90% of X"
PORTIONS = {"quarter", "third", "half", "part", "most", "much", "bulk", "swathe", "swath",
            "percent", "%", "fifth", "tenth", "majority"}
# parts of a place named after it: "the outskirts of Kyiv", "the east of Tripoli"
AREA_PARTS = {"outskirts", "centre", "center", "east", "west", "north", "south"}
# a city's works named by its owner: "Kyiv's power grid", "Odesa's port"
CITY_UTILITIES = {"grid", "port", "airport", "infrastructure", "substation", "waterworks",
                  "metro", "harbour", "harbor"}
# parts of a city named by its owner: "Beirut's southern suburbs", "Kyiv's Darnytskyi district"
CITY_PARTS = {"suburbs", "suburb", "outskirts", "outskirt", "district", "districts",
              "neighbourhood", "neighborhood", "neighbourhoods", "neighborhoods", "streets",
              "downtown", "old city", "airport", "centre", "center", "edge", "heart"}
PLACE_VERBS = {"take", "capture", "seize", "recapture", "retake", "enter", "besiege", "shell",
               "bomb", "storm", "visit", "tour", "reach", "leave", "encircle", "surround",
               "occupy", "control", "liberate", "evacuate", "overrun", "fly", "travel"}
# organisation names that every state has: named after their owner ("Russian Security
# Council") so that two countries' councils never merge
GENERIC_ORGS = {"security council", "national security council", "foreign ministry",
                "defence ministry", "defense ministry", "interior ministry", "finance ministry",
                "ministry of foreign affairs", "ministry of defence", "ministry of defense",
                "parliament", "general staff", "supreme court", "constitutional court",
                "national assembly", "senate", "cabinet", "presidency", "central bank",
                "justice ministry", "health ministry", "ministry of health",
                "ministry of interior", "state department", "defense department",
                "coast guard", "navy", "air force", "embassy"}
SPEECH_VERBS = {"say", "tell", "add", "state", "write", "tweet", "declare", "stress", "note",
                "explain", "insist", "argue", "warn", "claim", "announce"}
# words that make a force or a government the one of the state at hand
# words for a government of the moment: "the interim government"
INTERIM = {"interim", "transitional", "caretaker", "new", "incoming", "outgoing", "current"}
HOME_STATE = {"federal", "government", "central", "junta", "regime"}
# what a state's rulers are called as a body: "the Taliban government" is the state
RULING_BODIES = {"government", "administration", "authority", "regime", "cabinet"}
# people nouns in the "government" class: only their plural stands for the owner
ORDINAL = re.compile(r"^\d+(st|nd|rd|th)$")
PEOPLE_NOUNS = {"leader", "ruler", "commander", "representative", "delegate", "negotiator", "envoy",
                "president", "minister",
                "spokesperson"}
QUANTIFIERS = {"some", "about", "around", "nearly", "almost", "more", "than", "at", "least",
               "several", "many", "dozens", "hundreds", "thousands", "over", "up", "to",
               "roughly", "approximately", "few", "fewer", "less", "most", "all", "other",
               "between", "estimated", "another"}
DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "whose"}
ORG_SUFFIXES = ("news agency", "agency", "group", "movement", "militia", "militants", "radio")
NAME_LIKE_TITLES = {"amir", "emir", "sultan", "sheikh", "shaikh", "imam", "malik", "shah",
                    "khan", "mir", "bey", "pasha", "rais", "raja", "rajah", "prince", "general"}
# forms of address before a full name, not part of it
HONORIFICS = {"sheikh", "shaikh", "sheikha", "sayyed", "sayyid", "mullah", "haji", "hajji",
              "mr", "mrs", "ms", "dr", "sir", "dame", "prince", "princess", "ayatollah",
              "grand ayatollah", "hojatoleslam", "emir", "imam"}
HYPHEN_ACTOR = re.compile(
    r"^(.+?)-(backed|supported|sponsored|funded|armed|led|allied|aligned)$")
# what the actor before the hyphen is to the name after it (else SUPPORTS)
# participles of backing: "the Iran-backed group", "Iran-aligned militias" (proxies),
# "Kataib Hezbollah, an Iran-backed militia"
BACKING_PARTICIPLES = frozenset({"back", "support", "sponsor", "fund", "finance", "arm",
                                 "align", "ally"})
MODIFIER_RELATIONS = {"led": "LEADS", "allied": "COOPERATES_WITH", "aligned": "COOPERATES_WITH"}
# nouns that count what their "of" phrase names: "thousands of troops", "a contingent of
# soldiers" stand for the troops and soldiers (lemmas; plurals lemmatise to these)
QUANTITY_NOUNS = {"thousand", "hundred", "dozen", "million", "score", "handful", "contingent",
                  "number", "battalion", "unit", "detachment", "string", "series", "wave",
                  # parts that act for the whole: "factions of the SNA have fought the SDF"
                  "faction", "element", "remnant",
                  # sentence-initial "Dozens of ..." is tagged a proper noun: no lemma
                  "thousands", "hundreds", "dozens", "millions", "scores"}
# verbs that put a label on someone: the label is no actor of its own
LABEL_VERBS = {"call", "brand", "label", "describe", "term", "dub", "denounce", "designate",
               "list", "consider", "declare", "name", "dismiss", "condemn"}
# adjectives that describe fighters without naming them: "masked Serb gunmen" are Serb gunmen
DESCRIPTIVE = {"masked", "armed", "unidentified", "suspected", "unknown", "alleged", "heavily",
               "hooded", "local", "foreign", "several", "dozens", "hundreds", "thousands"}
# nouns of a place frame: "the village of X", "the southern Gaza city of X" (X is a place)
PLACE_NOUNS = {"city", "town", "village", "province", "region", "capital", "district", "port",
               "state", "county", "governorate", "oblast", "municipality", "area", "island",
               "territory", "enclave", "stronghold", "outpost", "prefecture", "border town",
               "suburb", "neighbourhood", "neighborhood", "hamlet", "settlement", "valley",
               "township", "exclave", "resort", "airport", "seaport", "harbour", "harbor"}
# administrative areas named by a compound: "Pakistan's Punjab province", "Kursk region"
# generic words after a name, in lower case, that are no part of it ("the Georgian Dream
# party", "the Wagner group")
NAME_TAIL_WORDS = {"party", "group", "movement", "militia", "faction", "bloc", "coalition"}
# the words of names every state's bodies have: "Foreign Ministry", "Ministry of Commerce"
# the words of a force's or an aircraft's kind between an owner and its noun ("Burkinabe
# security forces", "Russian fighter jets")
SERVICE_WORDS = frozenset({"security", "defence", "defense", "armed", "army", "military",
                           "border", "naval", "special"})
CRAFT_ROLES = frozenset({"fighter", "combat", "attack", "patrol", "transport", "cargo",
                         "surveillance", "reconnaissance"})
GENERIC_BODY_WORDS = {"foreign", "defence", "defense", "interior", "commerce", "trade",
                      "finance", "health", "justice", "energy", "economy", "information",
                      "intelligence", "security", "national", "home", "affairs", "ministry",
                      "of", "the", "and", "department", "office", "army", "navy", "air",
                      "force", "forces", "military", "parliament", "cabinet", "presidency",
                      "government", "police", "coast", "guard", "state", "agriculture",
                      "industry", "education", "culture", "transport", "emergency",
                      "emergencies", "situations", "public", "ministry's", "council",
                      "court", "supreme", "constitutional", "central", "bank", "group",
                      "groups", "militants", "rebels", "officials", "authorities", "junta"}
# "rebel-held", "Houthi-controlled", "Indian-administered"
HELD = {"hold", "held", "control", "controlled", "administer", "administered", "occupy",
        "occupied", "run"}
# (and parts of a city or a state: "Aleppo's Sheikh Maqsoud neighbourhood", "its Nakhchivan
# exclave", but not "a mostly Hazara neighbourhood", named after its people)
LOCAL_AREAS = {"neighbourhood", "neighborhood", "exclave", "enclave"}
ADMIN_AREAS = {"province", "region", "district", "state", "county", "governorate", "oblast",
               "prefecture", "township"} | LOCAL_AREAS
# the words of a name that are not capitalised: "Deir al-Balah", "Bab el-Mandeb"
NAME_PARTICLES = {"al", "el", "ad", "ar", "as", "ash", "at", "az", "ed", "en", "es", "ez", "-",
                  "de", "del", "di", "da", "du", "la", "le", "bin", "ibn", "abu", "bani", "beni",
                  "van", "von", "dos", "das"}
# lowercase joins inside Portuguese, Spanish, French and Italian place names
ROMANCE_PARTICLES = {"da", "de", "do", "dos", "das", "del", "di", "du", "des"}
def _join_split_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """One person's name that NER cut in two around a word it left untagged ("Al-Harith"
    + "Idriss" + "al-Harith Mohamed"): the parser still hangs the first part, and the
    words between, on the last."""
    out: list[Span] = []
    people = {w for e in ents if e.label_ == "PERSON" for w in (e.text, e[-1].text)}
    for ent in ents:
        prev = out[-1] if out else None
        if prev is not None and prev.label_ == ent.label_ == "PERSON" and \
                0 < ent.start - prev.end <= 2 and prev.end > 0 and \
                prev[-1].dep_ == "compound" and ent.start <= prev[-1].head.i < ent.end and \
                all(t.pos_ == "PROPN" and t.is_title and t.is_alpha and not t.ent_type_
                    and t.dep_ == "compound" and ent.start <= t.head.i < ent.end
                    for t in doc[prev.end : ent.start]):
            out[-1] = Span(doc, prev.start, ent.end, label="PERSON")
            continue
        if ent.label_ == "PERSON" and ent.end < len(doc) and \
                doc[ent.end].text.rstrip(".") in ("Jr", "Sr") and not doc[ent.end].ent_type_:
            # "Ferdinand Marcos Jr" (the suffix left out of the name, and the head of it)
            ent = Span(doc, ent.start, ent.end + 1, label="PERSON")
        commas = [t.i for t in ent if t.text == "," and ent.start < t.i < ent.end - 1]
        if commas and ent.label_ in ("ORG", "GPE", "LOC", "FAC") and all(
                doc[i - 1].pos_ == "PROPN" and doc[i + 1].pos_ == "PROPN" and
                doc[i + 1].is_title for i in commas) and not _gazetteer_name(ent.text):
            # "Fordow, Natanz" tagged as one name: a list of names
            bounds = [ent.start, *[i + 1 for i in commas]]
            ends = [*commas, ent.end]
            out += [Span(doc, a, b, label=ent.label_) for a, b in zip(bounds, ends,
                                                                      strict=True)]
            continue
        owner = _owner_end(ent, people) if ent.label_ in ("ORG", "GPE", "NORP") else None
        if owner is not None:
            # "Oli's Communist Party of Nepal" tagged as one name: the person, then the
            # party
            out += [Span(doc, ent.start, owner, label="PERSON"),
                    Span(doc, owner + 1, ent.end, label=ent.label_)]
            continue
        out.append(ent)
    return out


def _owner_end(ent: Span, people: set[str]) -> int | None:
    """Where a person's name ends inside a name NER tagged whole with its possessor
    (a name the article gives a person elsewhere), else None."""
    for t in ent[:-1]:
        if t.tag_ == "POS":
            before = ent.doc[ent.start : t.i]
            if t.i > ent.start and t.i + 1 < ent.end and ent.doc[t.i + 1].is_title and \
                    all(w.pos_ == "PROPN" for w in before) and \
                    (before.text in people or before[-1].text in people):
                return t.i
            return None
    return None


def _gazetteer_name(text: str) -> bool:
    """Is a comma-holding name a single gazetteer entry ("Washington, D.C.")?"""
    return bool(gz.load().lookup(text))


# modifiers of "force" that make it a force of several states ("the regional force")
MULTINATIONAL = frozenset({"regional", "multinational", "joint", "international",
                           "peacekeeping", "coalition", "allied"})

# dependencies of a noun phrase that is an argument of its clause
ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "dative", "appos", "conj", "attr",
                 "poss"}
# craft that stand for a force that owns them ("coast guard vessels"; a ship of no force is
# no actor: "a Greek-owned vessel")
CRAFT = {"vessel", "ship", "boat", "cutter"}
# capitalised words that name a body only with an owner or after its full name ("Ukraine's
# General Staff", "Command spokesman X" after "the Eastern Theater Command")
GENERIC_BODIES = {"staff", "command", "ministry", "council", "commission", "committee",
                  "office", "agency", "directorate", "secretariat", "presidency", "cabinet"}
# lower-case words inside personal names ("Ursula von der Leyen", "Rafael de la Cruz")
NAME_PARTICLES = ROMANCE_PARTICLES | {"von", "van", "der", "den", "ter", "la", "le", "della",
                                      "bin", "ibn", "bint"}
# plural nouns that, with "both" or "two", mean the two actors just named
PAIR_NOUNS = {"government", "country", "nation", "side", "party", "capital", "neighbour",
              "delegation", "faction", "group",
              "neighbor", "leader", "navy", "army", "military", "minister", "official",
              "commander", "envoy", "man", "woman"}
# ... of which "the two ministers" are two people named just before
PERSON_PAIR_NOUNS = {"minister", "official", "commander", "envoy", "man", "woman"}
# verbs that take troops out of a place: "withdrew its troops from X"
REMOVING = {"withdraw", "pull", "evacuate", "remove", "redeploy", "relocate", "recall",
            "move", "bring"}
# bodies named after who leads them: "the Saudi-led coalition"
LED_BODIES = {"coalition", "alliance", "force", "mission", "bloc", "operation", "taskforce"}
# lowercase words inside a name: "Alliance of Sahel States", "Mission in Armenia"
NAME_CONNECTORS = {"of", "in", "for", "the", "and", "on", "&", "-", "to"}
FACILITY_NAMES = {"base", "airbase", "camp", "airport", "port", "prison", "barracks",
                  "refinery", "plant", "dam", "bridge", "crossing", "checkpoint"}
# lower-case heads of a geographic name after a proper noun ("the Cal Miskaad mountains",
# "the Naf river")
GEO_HEADS = {"mountains", "hills", "valley", "river", "desert", "forest", "plateau",
             "highlands", "lake"}
# "a military post at Zouarke", "positions around Kouri Bougoudi": the name is a place
SITE_PREPS = {"at", "around", "near", "outside"}
SITES = FACILITY_NAMES | {"post", "position", "outpost", "checkpoint", "camp", "base",
                          "village", "town", "site", "facility", "installation"}
# nouns of a site frame: "Iran's enrichment facilities at Natanz and Fordow"
SITE_NOUNS = {"facility", "site", "plant", "installation", "complex", "base", "airbase"}
NUMERIC_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "QUANTITY",
                            "PERCENT"})
# the nouns a party's or a company's bare name follows: "the opposition party Chadema",
# "the state railway company Ukrzaliznytsia"
PARTY_WORDS = frozenset({"party", "movement", "coalition", "alliance"})
COMPANY_WORDS = frozenset({"company", "firm", "operator", "conglomerate", "manufacturer",
                           "maker", "carrier", "airline", "broadcaster", "insurer", "lender",
                           "shipper", "bank", "giant", "utility"})
ORG_HEAD_NOUNS = {"agency", "radio", "newspaper", "broadcaster", "channel", "television", "daily",
                  "party", "movement", "coalition", "front", "alliance", "militia", "group"}


@functools.cache
def name_cues() -> dict[str, str]:
    return {r["word"]: r["type"] for r in read_tsv("name_cues.tsv")}


@functools.cache
def org_nouns() -> frozenset[str]:
    return frozenset(r["lemma"] for r in read_tsv("org_nouns.tsv"))


# things, not groups, that are said to be backed: "a NATO-backed uprising"
NOT_BACKED_GROUPS = {"uprising", "revolt", "revolution", "coup", "protest", "plan", "deal",
                     "project", "site", "initiative", "resolution", "proposal", "bid",
                     "process", "election", "candidate", "scheme", "programme", "program",
                     "framework", "talks", "ceasefire", "truce", "bill", "law", "loan",
                     "corridor", "facility", "target", "position"}
# services of a state's armed forces that go by their own name ("the Indian navy")
BRANCH_KEYS = {"navy": "navy", "air force": "airforce"}


def service_branch(tok: Token) -> str | None:
    """'navy' for "navy", "naval forces", "naval commandos"; 'air force' for "air force",
    "air forces"; else None."""
    lemma = tok.lemma_.casefold()
    mods = {c.lower_ for c in tok.children if c.dep_ in ("amod", "compound")}
    if lemma == "navy" or ("naval" in mods and lemma in ("force", "commando", "unit")):
        return "navy"
    if lemma == "force" and "air" in mods:
        return "air force"
    return None


@functools.cache
def weapon_names() -> frozenset[str]:
    """Names of weapon systems (weapons.tsv) that are no actors."""
    return frozenset(r["name"] for r in read_tsv("weapons.tsv"))


def facility_noun(tok: Token) -> Token | None:
    """The facility noun a name modifies ("Ain al-Asad" + "air" + "base" -> base)."""
    fac = tok.head
    while fac.dep_ == "compound" and fac.head.i > fac.i and fac.is_lower:
        fac = fac.head
    return fac if fac.lemma_ in FACILITY_NAMES and fac.i > tok.i else None


# True: a rule that raises stops the article (the tests set it, to see every failure)
STRICT = False
log = logging.getLogger("kgraph")


def guarded(ctx: DocContext, family: str, found: Iterator[T]) -> Iterator[T]:
    """What one family of rules finds, until it raises: then the failure is noted in
    `ctx.problems` (and the traceback logged at debug level) and the other families
    still run, so a rule's bug on an odd sentence costs facts, not the article."""
    try:
        yield from found
    except Exception as e:
        if STRICT:
            raise
        log.debug("the %s rules failed", family, exc_info=True)
        ctx.problems.append(f"the {family} rules failed ({type(e).__name__}: {e})")


@dataclass
class DocContext:
    """One parsed piece of an article and the mentions found in it so far."""

    doc: Doc
    offset: int  # character offset of the doc in the article
    sent_offset: int  # index of the doc's first sentence in the article
    mentions: list[Mention]  # article-level list, shared across pieces
    tok2men: dict[int, int] = field(default_factory=dict)  # token.i -> mention index
    sent_index: dict[int, int] = field(default_factory=dict)  # sent.start -> article index
    skip: set[int] = field(default_factory=set)  # tokens of sentences not read (boilerplate)
    # token index -> (start, end) of its sentence; Token.sent walks the whole Doc each time
    bounds: list[tuple[int, int]] = field(default_factory=list)
    ents: list[Span] = field(default_factory=list)  # doc.ents, built once
    ent_of: dict[int, Span] = field(default_factory=dict)  # token index -> its entity
    text: str = ""  # doc.text, built once (Doc.text joins every token on each call)
    tokens: list[Token] = field(default_factory=list)  # the Doc's tokens, made once
    problems: list[str] = field(default_factory=list)  # rule families that failed here

    def index(self) -> None:
        """Sentence bounds and entities of the doc, computed once."""
        self.text = self.doc.text
        self.tokens = list(self.doc)
        self.bounds = [(0, 0)] * len(self.doc)
        for sent in self.doc.sents:
            for i in range(sent.start, sent.end):
                self.bounds[i] = (sent.start, sent.end)
        self.ents = _join_split_names(self.doc, list(self.doc.ents))
        for ent in self.ents:
            for i in range(ent.start, ent.end):
                self.ent_of[i] = ent

    def sent_start(self, tok: Token) -> int:
        return self.bounds[tok.i][0]

    def sent(self, tok: Token) -> Span:
        start, end = self.bounds[tok.i]
        return self.doc[start:end]

    def sentence_of(self, tok: Token) -> int:
        return self.sent_index[self.bounds[tok.i][0]]

    def passing_body_state(self, i: int) -> int | None:
        """The state whose body mention `i` names in passing, in lower case ("the Chinese
        foreign ministry", "Egyptian intelligence": no body worth a node of its own, the
        state acts), else None ("Israel's Foreign Ministry" is a named body)."""
        m = self.mentions[i]
        owner = m.attributes.get("owner")
        if m.source != "nominal" or m.attributes.get("class") != "org" or owner is None or \
                self.mentions[owner].kind != "Country" or m.attributes.get("offset") != self.offset:
            return None
        return owner if self.doc[m.attributes["head"]].is_lower else None

    def mention(self, tok: Token | None) -> int | None:
        if tok is None:
            return None
        return self.tok2men.get(tok.i)


def dateline_state(ctx: DocContext) -> str | None:
    """The state an article is filed from, as its dateline names it ("JUBA, South
    Sudan, March 27 (Reuters) -", "BUJUMBURA, Jan 13 -")."""
    for m in ctx.mentions:
        if m.sentence != 0 or m.start > 40:
            continue
        if not (m.text.isupper() or "capital_of" in m.attributes
                or "dateline_in" in m.attributes):
            continue
        key = m.attributes.get("capital_of") or (m.key if m.kind == "Country" else None)
        region = m.attributes.get("dateline_in")
        if key is None and isinstance(region, int) and ctx.mentions[region].kind == "Country":
            key = ctx.mentions[region].key
        if key and key.startswith("country:"):
            return key
    return None


def title_match(tokens: list[Token], gaz: Gazetteer,
                plural: bool = False) -> tuple[int, int] | None:
    """The longest title phrase in `tokens` that ends at the last token:
    returns (start, end) indexes into `tokens` (`plural`: the last word read as its
    singular, "two Israeli ministers")."""
    words = [t.text.casefold().replace("\u2019", "'") for t in tokens]
    if plural and words:
        words[-1] = tokens[-1].lemma_.casefold()
    n = len(words)
    for size in range(min(gaz.max_title_words + 2, n), 0, -1):
        first = tokens[n - size]
        if size > 1 and first.lower_ in ("army", "navy") and first.text[:1].isupper() and \
                first.ent_iob_ == "I" and \
                first.i > 0 and first.doc[first.i - 1].pos_ == "PROPN":
            continue  # "Arakan Army spokesman": "Army" ends a name, the title is "spokesman"
        phrase = " ".join(words[n - size :])
        for cand in (phrase, phrase.replace(" - ", "-"), phrase.replace(" -", "-")):
            if gaz.title(cand):
                return n - size, n
    return None


def title_of(tokens: list[Token], gaz: Gazetteer, plural: bool = False):
    m = title_match(tokens, gaz, plural)
    if not m:
        return None
    words = " ".join([t.text.casefold().replace("\u2019", "'") for t in tokens[m[0] : m[1] - 1]]
                     + [tokens[m[1] - 1].lemma_.casefold() if plural
                        else tokens[m[1] - 1].text.casefold().replace("\u2019", "'")])
    return gaz.title(words) or gaz.title(words.replace(" - ", "-"))


# a dateline that names where the story was filed and the region it is in: "QUNEITRA,
# Syria, Aug 14 (Reuters) -", "KHAN YOUNIS, Gaza Strip (AP) -"; or only the town: "SRINAGAR,
# Oct 14 -"
_DATELINE_PLACE = r"\s*(?P<place>[A-Z][A-Z'\u2019.\-]*[A-Z.](?: [A-Z][A-Z'\u2019.\-]*[A-Z.]){0,3}), "
DATELINE = re.compile(_DATELINE_PLACE + r"(?P<region>[A-Z][a-z][\w'\u2019.\-]*(?: [A-Z][\w'\u2019.\-]*){0,2})"
                      r"(?:,| \()")


DATELINE_BARE = re.compile(_DATELINE_PLACE + r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
                           r"[a-z]*\.? \d")
DATELINE_ENDS = DASHES | {")"}


class MentionFinder:
    def __init__(self, gaz: Gazetteer, lex: Lexicon):
        self.gaz = gaz
        self.lex = lex

    # ------------------------------------------------------------------ API
    def find(self, ctx: DocContext) -> None:
        first = len(ctx.mentions)
        for ent in ctx.ents:
            if ent.start in ctx.skip:
                continue
            if ent.label_ in ACTOR_LABELS:
                self._entity(ctx, ent)
            elif ent.label_ in CONFUSED_LABELS:
                self._speaker_name(ctx, ent)
        self._proper_chunks(ctx)
        self._acronym_names(ctx)
        self._bare_acronyms(ctx)
        self._vessel_names(ctx)
        self._hyphen_prefixes(ctx)
        self._repeated_names(ctx)
        self._retype_people(ctx, first)
        self._kind_named(ctx, first)
        self._titled_names(ctx, first)
        self._place_frames(ctx)
        self._held_places(ctx)
        self._known_as(ctx)
        self._named_heads(ctx)
        self._dateline(ctx)
        for tok in ctx.tokens:
            if tok.i in ctx.tok2men or tok.i in ctx.skip:
                continue
            if tok.pos_ in ("NOUN", "PROPN") or tok.tag_ in ("NN", "NNS"):
                self._description(ctx, tok) or self._nominal(ctx, tok)
        for m in ctx.mentions[first:]:
            head = ctx.doc[m.attributes["head"]] if "head" in m.attributes else None
            if m.kind == "Location" and head is not None and head.dep_ == "compound" and \
                    head.head.i == head.i + 1 and head.head.lemma_ in ADMIN_AREAS:
                # "Iraq's Kurdistan region", "Duhok province": the place goes by both
                m.attributes.setdefault("extra_aliases", []).append(
                    f"{m.text} {head.head.text}")

    # ----------------------------------------------------------- helpers
    def _add(self, ctx: DocContext, span_tokens: list[Token], head: Token, kind: str,
             name: str, key: str | None, source: str, bind: bool = True, **attrs) -> int:
        first, last = span_tokens[0], span_tokens[-1]
        start = ctx.offset + first.idx
        end = ctx.offset + last.idx + len(last.text)
        text = ctx.text[first.idx : last.idx + len(last.text)]
        m = Mention(
            text=text,
            start=start,
            end=end,
            kind=kind,
            sentence=ctx.sentence_of(head),
            name=name,
            key=key,
            source=source,
            attributes={"head": head.i + 0, "offset": ctx.offset, **attrs},
        )
        entry = self.gaz.get(key) if key and source == "gazetteer" else None
        if isinstance(entry, Organization):
            # "the U.S. Treasury Department": the text also says "Treasury Department"
            low = f" {text.casefold()}"
            shorter = [a for a in entry.names if a.casefold() != text.casefold()
                       and low.endswith(f" {a.casefold()}")]
            if shorter:
                m.attributes["extra_aliases"] = [*attrs.get("extra_aliases", []), *shorter]
        ctx.mentions.append(m)
        idx = len(ctx.mentions) - 1
        if bind:
            for t in span_tokens:
                ctx.tok2men.setdefault(t.i, idx)
            ctx.tok2men[head.i] = idx
        return idx

    def lookup(self, text: str) -> tuple[Country | Organization | None, str]:
        """Gazetteer entry for a name, and how the name refers to it."""
        hits = self.gaz.lookup(text)
        for short, full in SPELLED_OUT:
            if not hits and text.startswith(short + " "):
                # "U.S. Agency for International Development": the name spells it out
                hits = self.gaz.lookup(full + text[len(short):])
        if not hits:
            low = text
            for suffix in ORG_SUFFIXES:
                if low.casefold().endswith(" " + suffix):
                    # (not a capital: "the Hague Group" is no Netherlands)
                    hits = [h for h in self.gaz.lookup(low[: -len(suffix) - 1].strip())
                            if h.use != "capital"]
                    if hits:
                        break
        if not hits:
            return None, ""
        # prefer a country name, then organisations, then demonyms and capitals
        order = {"name": 0, "plural": 1, "demonym": 2, "capital": 3}
        hits = sorted(hits, key=lambda h: order.get(h.use, 9))
        return self.gaz.get(hits[0].key), hits[0].use

    @staticmethod
    def strip(tokens: list[Token]) -> list[Token]:
        """Drop determiners, quantities ("some 20,000", "Seven"), quotes and possessive
        endings around a mention."""
        while tokens and (tokens[0].lower_ in DETERMINERS or tokens[0].is_punct
                          or tokens[0].is_space or (tokens[0].like_num and not (
                              # "the 3rd Infantry Division": an ordinal in a unit's name
                              ORDINAL.match(tokens[0].text) and len(tokens) > 1
                              and tokens[1].is_title))
                          or tokens[0].dep_ in ("nummod", "quantmod")
                          or tokens[0].lower_ in QUANTIFIERS
                          or (tokens[0].lower_ in ("and", "or") and len(tokens) > 1
                              and tokens[1].like_num)):  # "between 3,000 and 4,000 ..."
            tokens = tokens[1:]
        while len(tokens) > 3 and tokens[0].lower_ in ("pro", "anti") and tokens[1].text == "-":
            tokens = tokens[3:]  # "the pro-Kurdish Peoples' Equality and Democracy Party"
        while tokens and (tokens[-1].tag_ == "POS" or tokens[-1].is_punct or tokens[-1].is_space
                          or tokens[-1].lower_ in ("'s", "\u2019s")):
            tokens = tokens[:-1]
        return tokens

    # ------------------------------------------------------- named entities
    def _entity(self, ctx: DocContext, ent: Span) -> None:
        if any(t.i in ctx.tok2men for t in ent):
            return  # already part of a longer name ("Ali Aden Houmed")
        if ent.text.strip() in weapon_names():
            return  # "Every Patriot means saved lives": a weapon, no person
        if ent.label_ in ("LOC", "FAC") and not any(ch.isupper() for ch in ent.text):
            return  # "off its east coast": a common noun, no name
        if ent.label_ == "PERSON" and all(t.lower_ in NAME_LIKE_TITLES | HONORIFICS
                                          for t in ent) and ent.end < len(ent.doc) and \
                ent.doc[ent.end].ent_type_ == "PERSON" and ent.doc[ent.end].ent_iob_ == "B":
            return  # "Qatar's Emir Sheikh" + "Tamim bin Hamad": the title of the name after
        if ent.label_ == "PERSON" and len(ent) == 1 and ent.text.isupper() and \
                ent.text.isalpha() and len(ent.text) <= 6:
            return  # "the Joint Chiefs of Staff (JCS)": an acronym, no person
        if len(ent) == 1 and ent[0].is_sent_start and ent.label_ in ("PERSON", "ORG") and \
                ent[0].lower_.endswith("s") and ent[0].lower_[:-1] in self.lex.nominals:
            return  # "Jets also struck the terminal": a common noun that opens a sentence
        tokens = list(ent)
        doc = ent.doc
        first = ent.start
        if ent.label_ == "NORP" and ent.end + 1 < len(doc) and doc[ent.end].text == "-" and \
                doc[ent.end + 1].lower_ in ("speaking", "speaker", "speakers", "language"):
            return  # "the French-speaking majority": a language, no state
        if ent.ent_id_ and first >= 2 and doc[first - 1].lower_ in ROMANCE_PARTICLES and \
                any(h.use == "capital" or h.key.startswith("place:")
                    for h in self.gaz.lookup(ent.text, exact=True)) and \
                doc[first - 1].is_lower and doc[first - 2].is_title and \
                doc[first - 2].is_alpha and not doc[first - 2].is_sent_start:
            # "Mocimboa da Praia" is a town, not Cape Verde's capital: a known city glued
            # after "<Name> da/de/do" is the end of a longer place name (but "Petroleos de
            # Venezuela" is left to the rules for names with a country in them)
            start = first - 2
            while start > 0 and doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN" \
                    and start - 1 not in ctx.tok2men and not doc[start - 1].is_sent_start:
                start -= 1
            span = list(doc[start : ent.end])
            text = ctx.text[span[0].idx : span[-1].idx + len(span[-1].text)]
            self._add(ctx, span, ent.root, "Location", text, None, "ner")
            return
        if tokens[-1].lower_ in ("of", "the", "for") and tokens[-1].i + 1 < len(doc):
            # "Gulf of" + "Aden": NER stopped in the middle of a name
            end = tokens[-1].i + 1
            while end < len(doc) and doc[end].pos_ == "PROPN" and end not in ctx.tok2men:
                end += 1
            if end > tokens[-1].i + 1 and end + 1 < len(doc) and doc[end].lower_ == "and" \
                    and doc[end + 1].pos_ == "PROPN" and doc[end + 1].is_title and \
                    end + 1 not in ctx.tok2men and not self.gaz.lookup(doc[end + 1].text) and \
                    (end + 2 == len(doc) or doc[end + 2].pos_ != "PROPN"):
                end += 2  # "Office for" + "Kosovo and Metohija"
            tokens = tokens + list(doc[tokens[-1].i + 1 : end])
        if ent.label_ == "PERSON" and tokens[-1].lower_ in NAME_PARTICLES:
            # "Ursula von" + "der Leyen": NER stopped at a particle of the name
            end = tokens[-1].i + 1
            while end < len(doc) and doc[end].lower_ in NAME_PARTICLES and doc[end].is_lower:
                end += 1
            if end < len(doc) and doc[end].is_title and doc[end].is_alpha and \
                    end not in ctx.tok2men:
                tokens = tokens + list(doc[tokens[-1].i + 1 : end + 1])
        while tokens and tokens[-1].lower_ in ("of", "the", "and"):
            tokens = tokens[:-1]
        if any(t.text == "(" for t in tokens[1:]):
            # "Ministry of Commerce (MOFCOM": the acronym after it is a mention of its own
            tokens = tokens[: next(k for k, t in enumerate(tokens) if k and t.text == "(")]
        if not (ent.label_ == "PERSON" and self.gaz.office_country(ent.text) is not None):
            tokens = self.strip(tokens)  # (but "To Lam" is a name)
        if ent.label_ == "PERSON" and tokens:
            doc = ent.doc
            # ... or of its first names ("Mahamat" Idriss Deby), but not over a title
            # ("Commission" Chairperson Moussa Faki)
            while tokens[0].i > 0 and not self.gaz.title(tokens[0].lower_):
                prv = doc[tokens[0].i - 1]
                if self._portfolio_before(doc, prv):
                    break
                if prv.pos_ == "PROPN" and not prv.ent_type_ and prv.dep_ == "compound" \
                        and prv.i not in ctx.tok2men and prv.is_title and prv.is_alpha \
                        and not self.gaz.title(prv.lower_) and not self.gaz.lookup(prv.text):
                    tokens = [prv] + tokens
                elif self._place_as_first_name(ctx, prv):
                    # "Defense Minister Wellington Koo": a city name as a first name
                    m = ctx.tok2men.pop(prv.i)
                    ctx.mentions[m].attributes["void"] = True
                    tokens = [prv] + tokens
                else:
                    break
            # NER sometimes stops short of the head of a name ("Min Aung" Hlaing)
            last = tokens[-1]
            head = last
            while head.dep_ == "compound" and head.head.i > head.i and head.head.pos_ == "PROPN" \
                    and head.head.i - last.i <= 3:
                head = head.head
            gap = sum(1 for t in doc[last.i + 1 : head.i] if t.text != "-")
            if head is not last and all(
                    t.text == "-" or t.pos_ == "PROPN" and not any(
                        h.use in ("name", "demonym", "plural") and (
                            h.key.startswith("country:") or len(tokens) < 2 or gap > 0)
                        for h in self.gaz.lookup(t.text, exact=True))
                    for t in doc[last.i + 1 : head.i + 1]):
                # ("Abdul-Malik al-Houthi": over the hyphen of "al-")
                # ... even over a word that also names a body: "Therese Kayikwamba Wagner"
                tokens = tokens + list(doc[last.i + 1 : head.i + 1])
        if not tokens:
            return
        if len(tokens) == 1 and tokens[0].lower_ in GENERIC_BODIES and tokens[0].is_title and \
                not self.gaz.lookup(tokens[0].text):
            self._generic_named_body(ctx, ent, tokens[0])
            return
        label = ent.label_
        if len(tokens) == 1 and tokens[0].text.endswith(".") and \
                self.gaz.title(tokens[0].lower_) is not None:
            return  # "Brig." (a rank) tagged a place
        if len(tokens) == 1 and tokens[0].is_lower and tokens[0].pos_ == "ADJ" and \
                not self.gaz.lookup(tokens[0].text):
            return  # "eastern commander Khalifa Haftar": "eastern" tagged an organisation
        if len(tokens) == 1 and tokens[0].text in ("North", "South") and tokens[0].i > 0 and \
                doc[tokens[0].i - 1].lower_ == "the":
            # "a visit to the North": on the Korean peninsula, the other Korea
            keys = {m.key for m in ctx.mentions}
            if "country:PRK" in keys or "country:KOR" in keys:
                entry = self.gaz.country("country:PRK" if tokens[0].text == "North"
                                         else "country:KOR")
                self._add(ctx, tokens, tokens[0], "Country", entry.name, entry.key,
                          "gazetteer", use="name")
                return
        if label == "PERSON":
            # NER sometimes includes the title: "President Bashar al-Assad"; but "Amir"
            # or "Sultan" before a single name is more likely a first name, and so is one
            # right after another title ("Foreign Minister Amir Khan Muttaqi")
            first = tokens[0].i
            titled = first > 0 and title_match(list(doc[max(0, first - 4) : first]),
                                               self.gaz) is not None
            root = ent.root
            if root.dep_ == "appos" and title_of([root.head], self.gaz) is not None:
                titled = True  # "Iran's ambassador to the UN, Amir Saeid Iravani"
            for cut in range(len(tokens) - 1, 0, -1):
                if title_match(tokens[:cut], self.gaz) == (0, cut):
                    if (len(tokens) - cut >= 2 and not titled) or cut > 1 or \
                            tokens[0].lower_ not in NAME_LIKE_TITLES:
                        tokens = tokens[cut:]
                    break
            # "Gazprom Chief Executive Alexei Miller" tagged "Executive Alexei Miller": a
            # title begun before the name's span and ended inside it
            first = tokens[0].i
            for k in range(1, len(tokens) - 1):
                if any(title_match(list(doc[first - j : first + k]), self.gaz) == (0, j + k)
                       for j in range(1, min(3, first) + 1)):
                    tokens = tokens[k:]
                    break
        if label == "PERSON" and len(tokens) >= 3 and tokens[0].lower_.rstrip(".") in HONORIFICS:
            tokens = tokens[1:]  # "Sheikh Mohammed bin Abdulrahman Al Thani"
        if not tokens:
            return
        text = ctx.text[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)]
        inside = {t.i for t in tokens}
        heads = [t for t in tokens if t.head.i not in inside or t.head == t]
        head = heads[0] if heads else tokens[-1]
        if len(heads) > 1 and head.dep_ not in ARGUMENT_DEPS:
            # "Rashad al-Alimi, head of ...": the parser split the name at "al-"; the part
            # that is the clause's argument is its head
            head = next((t for t in heads if t.dep_ in ARGUMENT_DEPS), head)
        entry, use = (None, "")
        if ent.ent_id_:
            entry = self.gaz.get(ent.ent_id_)
            hits = [h for h in self.gaz.lookup(text, exact=True) if h.key == ent.ent_id_]
            use = hits[0].use if hits else "name"
        if entry is None:
            entry, use = self.lookup(text)
        if isinstance(entry, Country):
            if use == "capital":
                kind = "Location" if self._locative(head) else "Country"
                if kind == "Location":
                    self._add(ctx, tokens, head, "Location", text, None, "ner", capital_of=entry.key)
                    return
                body = self.gaz.seat_of(text)
                if body is not None:
                    # "coordinate steps with Washington and Brussels": the EU
                    self._add(ctx, tokens, head, body.type, body.name, body.key, "gazetteer",
                              use="seat")
                    return
            extra = {"of_noun": head.head.lemma_.casefold()} if use == "demonym" and \
                head.dep_ == "amod" else {}
            self._add(ctx, tokens, head, "Country", entry.name, entry.key, "gazetteer", use=use,
                      **extra)
            return
        if isinstance(entry, Organization):
            self._add(ctx, tokens, head, entry.type, entry.name, entry.key, "gazetteer")
            return
        fac = facility_noun(head)  # ("Ain al-Asad" + "air" + "base")
        if entry is None and label in ("PERSON", "NORP", "ORG") and fac is not None and \
                head.dep_ in ("compound", "amod", "nmod") and fac.pos_ == "NOUN" and \
                fac.i - tokens[-1].i <= 2 and all(t.pos_ == "PROPN" for t in tokens) and \
                not any(t.lower_ in ("'s", "’s") for t in doc[tokens[-1].i + 1 : fac.i]) and \
                not any(c.dep_ == "prep" and c.lower_ == "of" for c in fac.children):
            # "Iraq's Ain al-Asad air base", "Khor Fakkan port" (tagged PERSON or NORP):
            # the name of a place (not "the Danube port of Izmail": that names the port)
            self._add(ctx, tokens, head, "Location", text, None, "ner")
            return
        if label == "NORP":
            return  # "Jewish", "Shiite": not an actor by itself
        if label == "PERSON" and head.dep_ == "appos" and head.head.lemma_ in ORG_HEAD_NOUNS \
                and head.head.i < head.i and not self._title_only(tokens):
            # "the main Kosovo Serb party, Srpska Lista": the name of the party
            self._add(ctx, tokens, head, "Organization", text, None, "ner")
            return
        if label == "PERSON" and len(tokens) >= 2 and head.dep_ == "compound" and \
                head.head.pos_ == "NOUN" and head.head.dep_ == "compound" and \
                head.head.head.ent_type_ == "PERSON" and self.gaz.office_country(text) is None:
            title = self.gaz.title(head.head.lower_)
            if title is not None and title.relation == "LEADS":
                # "Srpska Lista leader Zlatan Elek": what the named person leads
                self._add(ctx, tokens, head, "Organization", text, None, "ner")
                return
        if label == "PERSON":
            if head.head.lower_ in ORG_HEAD_NOUNS and head.dep_ == "compound":
                # "the ruling Georgian Dream party": an organisation, named without the
                # lower-case noun
                name = text if not head.head.is_lower else ctx.text[
                    tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)]
                tokens = tokens + [head.head]
                self._add(ctx, tokens, head.head, "Organization", name, None, "ner")
                return
            if self._title_only(tokens):
                return
            if len(tokens) >= 2 and tokens[-1].lower_ in FACILITY_NAMES | {"airbase"} and \
                    tokens[-1].is_title:
                # "Al Udeid Air Base", "Ben Gurion Airport" tagged as a person: a place
                self._add(ctx, tokens, head, "Location", text, None, "ner")
                return
            end = tokens[-1].i
            if len(tokens) == 1 and end + 3 < len(doc) and doc[end + 1].text == "," and \
                    doc[end + 2].lower_ == "in" and any(
                        t.ent_type_ in ("GPE", "LOC") for t in doc[end + 3 : end + 6]) and \
                    self.gaz.office_country(text, surname=True) is None and (
                        (head.dep_ == "dobj" and any(
                            t.relation == "ATTACKS" for t in self.lex.verb_triggers(
                                head.head.lemma_))) or (
                        head.dep_ == "pobj" and head.head.lower_ in (
                            "near", "in", "at", "around", "outside", "into", "toward"))):
                # "attacked Sebba, in Yagha province": a town, said where it is
                self._add(ctx, tokens, head, "Location", text, None, "ner")
                return
            self._add(ctx, tokens, head, "Person", text, None, "ner")
            return
        if label in ("ORG", "NORP", "GPE") and len(tokens) >= 2 and not entry:
            # "Warlord Khalifa Haftar" tagged ORG: a title followed by a name is a person
            for cut in range(len(tokens) - 1, 0, -1):
                if title_match(tokens[:cut], self.gaz) == (0, cut) and all(
                        t.pos_ == "PROPN" for t in tokens[cut:]) and \
                        tokens[-1].tag_ != "NNPS" and \
                        name_cues().get(tokens[-1].text) != "Organization":
                    # ("General Dynamics": a plural, no name; "Prince Group": a company)
                    if cut == len(tokens) - 1 and tokens[-1].lower_ in GENERIC_BODIES:
                        # "Ukraine's General Staff": a body, not a general called Staff
                        self._generic_named_body(ctx, ent, tokens[-1])
                        return
                    tokens = tokens[cut:]
                    text = ctx.text[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)]
                    self._add(ctx, tokens, head, "Person", text, None, "ner")
                    return
        if label in ("ORG", "GPE") and 2 <= len(tokens) <= 4 and not entry and \
                tokens[0].i > 0 and self.gaz.title(doc[tokens[0].i - 1].lower_) and \
                all(t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() for t in tokens) \
                and not self._cue_type(tokens) and not self._title_only(tokens):
            # "government spokesperson Yolande Makolo" tagged ORG: a name right after a
            # title is a person
            self._add(ctx, tokens, head, "Person", text, None, "ner")
            return
        if label in ("ORG", "GPE") and 2 <= len(tokens) <= 4 and not entry and \
                all(t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() for t in tokens) \
                and not self._cue_type(tokens) and not self._title_only(tokens) and any(
                    a.pos_ == "NOUN" and self.gaz.title(a.lower_) is not None for a in (
                        [c for c in head.children if c.dep_ == "appos"] +
                        ([head.head] if head.dep_ == "appos" else []))):
            # "Godfrey Otunge, a Kenyan police commander" tagged ORG: a name in apposition
            # with a title is a person
            self._add(ctx, tokens, head, "Person", text, None, "ner")
            return
        if label == "ORG" and tokens[-1].i + 1 < len(doc):
            nxt = doc[tokens[-1].i + 1]
            if nxt.like_num and nxt.head == tokens[-1] and nxt.dep_ in ("nummod", "appos",
                                                                         "compound"):
                tokens = tokens + [nxt]  # "RMF 24", "Channel 4"
                text = ctx.text[tokens[0].idx : nxt.idx + len(nxt.text)]
        if label == "ORG":
            if self._title_only(tokens) or self._inside_title(tokens):
                return
            if not entry and self._generic_body(ctx, tokens, head):
                return
            if not entry and len(tokens) > 1 and tokens[-1].is_lower and \
                    tokens[-1].lemma_ in NAME_TAIL_WORDS and tokens[-2].text[:1].isupper():
                # "the ruling Georgian Dream party": the party's name is "Georgian Dream"
                tokens = tokens[:-1]
                text = ctx.text[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)]
                entry, use = self.lookup(text)
                if entry is not None:
                    self._add(ctx, tokens, tokens[-1], entry.type, entry.name, entry.key,
                              "gazetteer")
                    return
            if len(tokens) == 1 and (tokens[0].text in name_cues() or
                                     tokens[0].lower_ in ("pro", "anti", "pro-", "anti-")):
                return  # "the State", "Parliament": not a name by itself
            kind = self._cue_type(tokens) or "Organization"
            if kind == "Organization" and head.dep_ == "pobj" and len(tokens) == 1 and (
                    head.head.lower_ in ("near", "in", "outside", "around", "at") or (
                        head.head.lower_ in ("to", "into") and head.head.head.lemma_ in MOTION
                        | {"station", "dispatch"})):
                # "near Barawe", "deployed soldiers to Arauca": a place NER took for an
                # organisation
                kind = "Location"
            merged = self._org_of_place(ctx, tokens)
            if merged is not None:
                tokens = merged
                text = ctx.text[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)]
            k = j = tokens[0].i - 1
            while j > 0 and ctx.doc[j - 1].is_title and ctx.doc[j - 1].pos_ in ("ADJ", "PROPN") \
                    and not (j - 1 in ctx.tok2men and ctx.mentions[ctx.tok2men[j - 1]].key):
                j -= 1
            if not entry and len(tokens) > 1 and j < k and ctx.doc[k].lower_ == "and" \
                    and ctx.doc[j - 1].lower_ == "the":
                # "the Asian and Oceanian Affairs Bureau": NER began the name at "and"
                for t in ctx.doc[j:k]:
                    m = ctx.tok2men.pop(t.i, None)
                    if m is not None:
                        ctx.mentions[m].attributes["void"] = True
                tokens = list(ctx.doc[j:k + 1]) + tokens
                text = ctx.text[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)]
                if tokens[-1].head not in tokens:
                    head = tokens[-1]
            prev = ctx.doc[tokens[0].i - 1] if tokens[0].i > 0 else None
            if prev is not None and prev.i in ctx.tok2men and prev.head in tokens and \
                    prev.dep_ in ("compound", "amod", "nmod") and prev.pos_ == "PROPN":
                # "Sudan Liberation Movement": the gazetteer took "Sudan" out of the name
                void = ctx.tok2men[prev.i]
                if ctx.mentions[void].start == ctx.offset + prev.idx:
                    ctx.mentions[void].attributes["void"] = True
                    del ctx.tok2men[prev.i]
                    tokens = [prev] + tokens
                    text = ctx.text[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)]
            if kind == "MilitaryForce":
                kind = "Organization" if not any(t.text in ("Forces", "Guards", "Corps")
                                                 for t in tokens) else "MilitaryForce"
            idx = self._add(ctx, tokens, head, kind, self._org_name(ctx, tokens), None, "ner")
            if " ".join(t.text for t in tokens).casefold() in GENERIC_ORGS:
                # "Putin's Security Council": named after its owner by the resolver
                for c in head.children:
                    if c.dep_ in ("poss", "amod", "compound", "nmod") and c.i < tokens[0].i:
                        ctx.mentions[idx].attributes["owner"] = ctx.mention(c)
            return
        # GPE (not a country), LOC, FAC: places
        cue = self._cue_type(tokens)
        if cue == "ArmedGroup" and label != "GPE":
            self._add(ctx, tokens, head, "ArmedGroup", text, None, "ner")
            return
        name = text
        owner = None
        first = tokens[0]
        if len(tokens) > 1 and first.ent_type_ in ("NORP", "GPE"):
            e, u = self.lookup(first.text)
            if isinstance(e, Country) and u in ("demonym", "name"):
                tokens = tokens[1:]  # "Russian Kaliningrad Oblast" -> Kaliningrad Oblast in Russia
                name = ctx.text[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)]
                owner = e.key
        idx = self._add(ctx, tokens, head, "Location", name, None, "ner")
        if owner:
            ctx.mentions[idx].attributes["in_country"] = owner

    def _dateline(self, ctx: DocContext) -> None:
        """ "QUNEITRA, Syria, Aug 14 (Reuters) -": the town (written in capitals, which
        the tagger often takes for an organisation) is a place in the region named after
        it (not a capital: "DAMASCUS, Syria" says nothing worth a fact)."""
        if ctx.offset != 0:
            return
        for sent in list(ctx.doc.sents)[:3]:
            found = DATELINE.match(sent.text)
            bare = DATELINE_BARE.match(sent.text)
            if found is None and bare is not None and sent.text.rstrip()[-1:] in DATELINE_ENDS:
                # "SRINAGAR, Oct 14 -": the town is a place; a date is no one
                self._dateline_place(ctx, sent, bare)
                return
            if found is None or "(" not in sent.text:
                continue
            start = sent.start_char
            place = ctx.doc.char_span(start + found.start("place"), start + found.end("place"))
            region = ctx.doc.char_span(start + found.start("region"),
                                       start + found.end("region"))
            if place is None or region is None:
                return
            words = found.group("place")
            name = self._dateline_name(ctx, sent, words)
            hits = self.gaz.lookup(words) + self.gaz.lookup(name)
            if any(h.key.startswith("country:") and h.use != "capital" for h in hits):
                return  # "GAZA, ..." names no town
            capital = next((h.key for h in hits if h.use == "capital"), None)
            key = next((h.key for h in hits if h.key.startswith("place:")), None)
            r = ctx.mention(region.root)
            if r is None:
                hits = self.gaz.lookup(region.text)
                entry = self.gaz.get(hits[0].key) if hits else None
                if isinstance(entry, Country):
                    r = self._add(ctx, list(region), region.root, "Country", entry.name,
                                  entry.key, "gazetteer", use="name")
                else:
                    r = self._add(ctx, list(region), region.root, "Location", region.text,
                                  entry.key if entry else None,
                                  "gazetteer" if entry else "ner")
            if ctx.mentions[r].kind not in ("Country", "Location"):
                return
            attrs = {"capital_of": capital} if capital else {"dateline_in": r}
            self._dateline_town(ctx, place, name, key, **attrs)
            return

    def _dateline_place(self, ctx: DocContext, sent: Span, found: re.Match) -> None:
        """ "SRINAGAR, Oct 14 -": the town is a place (no fact: no region is named); a date
        the tagger took for a person is no one."""
        start = sent.start_char
        place = ctx.doc.char_span(start + found.start("place"), start + found.end("place"))
        if place is None:
            return
        words = found.group("place")
        for t in sent:
            m = ctx.mention(t)
            if m is None or t.i in {p.i for p in place}:
                continue
            if ctx.mentions[m].kind in ("Person", "Organization") and t.ent_type_ in (
                    "DATE", "") or t.like_num or t.text.rstrip(".").title() in MONTH_WORDS:
                ctx.mentions[m].attributes["void"] = True  # "Oct 14" taken for a person
        name = self._dateline_name(ctx, sent, words)
        hits = self.gaz.lookup(words) + self.gaz.lookup(name)
        capital = next((h.key for h in hits if h.use == "capital"), None)
        if capital is not None:
            # "JUBA, March 27 -": the city the story is filed from (which says whose
            # ministers the article quotes)
            self._dateline_town(ctx, place, name, None, capital_of=capital)
            return
        if any(h.key.startswith("country:") for h in hits):
            return  # a country acts as itself elsewhere
        key = next((h.key for h in hits if h.key.startswith("place:")), None)
        self._dateline_town(ctx, place, name, key)

    @staticmethod
    def _dateline_name(ctx: DocContext, sent: Span, words: str) -> str:
        """A town a dateline writes in capitals, as the article writes it elsewhere
        ("Quneitra province"), else in title case ("Port-au-Prince" keeps its particles)."""
        spelled = re.search(r"\b" + re.escape(words) + r"\b", ctx.text[sent.end_char:],
                            re.IGNORECASE)
        if spelled and not spelled.group(0).isupper():
            return spelled.group(0)
        return re.sub(r"(?<=-)(Au|De|La|Le|El|Al|Du)(?=-)", lambda x: x.group(0).lower(),
                      words.title())

    def _dateline_town(self, ctx: DocContext, place: Span, name: str, key: str | None,
                       **attrs) -> None:
        """The dateline's town as a Location mention: a new one, or the one the tagger
        made of it ("QUNEITRA" taken for an organisation, "PORT-AU-PRINCE" for the AU)."""
        source = "gazetteer" if key else "ner"
        old = next((ctx.tok2men[t.i] for t in place if t.i in ctx.tok2men), None)
        if old is None:
            self._add(ctx, list(place), place.root, "Location", name, key, source, **attrs)
            return
        m_ = ctx.mentions[old]
        if m_.kind not in ("Organization", "Person", "Location", "Country") or (
                not attrs and m_.kind in ("Location", "Country")):
            return
        m_.text, m_.start = place.text, ctx.offset + place.start_char
        m_.end = ctx.offset + place.end_char
        m_.kind, m_.name, m_.key, m_.source = "Location", name, key, source
        m_.attributes = {"head": place.root.i, "offset": ctx.offset, **attrs}
        for t in place:
            ctx.tok2men[t.i] = old

    def _portfolio_before(self, doc: Doc, prv: Token) -> bool:
        """`prv` ends the portfolio of a title, not a first name: "Minister for Strategic
        Affairs Ron Dermer", "Deputy Prime Minister for European Integration Taras Kachka"."""
        j = prv.i
        while j > 0 and (doc[j - 1].is_title or doc[j - 1].text in ("-", "and", "&")):
            j -= 1
        return j >= 2 and doc[j - 1].lower_ in ("for", "of") and \
            bool(self.gaz.title(doc[j - 2].lower_))

    def _place_as_first_name(self, ctx: DocContext, prv: Token) -> bool:
        """A one-word place between a title and a surname is a first name."""
        m = ctx.tok2men.get(prv.i)
        if m is None or prv.i == 0 or prv.dep_ != "compound" or not prv.is_alpha:
            return False
        men = ctx.mentions[m]
        if men.kind not in ("Location", "Country") or men.start != ctx.offset + prv.idx or \
                men.end != ctx.offset + prv.idx + len(prv.text):
            return False
        if men.kind == "Country" and men.attributes.get("use") != "name":
            return False  # ("Defense Minister Israel Katz", not "the Israeli minister")
        before = ctx.doc[prv.i - 1]
        if men.source == "ner" and men.key is None and not self.gaz.lookup(prv.text):
            # "Taliban leader Haibatullah Akhundzada": a first name NER took for a place
            # no gazetteer knows, after any title
            return bool(self.gaz.title(before.lower_))
        return bool(self.gaz.title(before.lower_)) and before.pos_ == "PROPN"

    def _speaker_name(self, ctx: DocContext, ent: Span) -> None:
        """ "...," Mevlut Cavusoglu said: two or three capitalised proper nouns that speak
        are a person, whatever label NER gave them."""
        toks = self.strip(list(ent))
        if not 2 <= len(toks) <= 4 or not all(t.pos_ == "PROPN" and t.text[:1].isupper()
                                              and t.is_alpha for t in toks):
            return
        head = toks[-1]
        if head.dep_ not in ("nsubj",) or head.head.lemma_ not in SPEECH_VERBS:
            return
        if any(self.gaz.lookup(t.text, exact=True) for t in toks) or self._cue_type(toks):
            return
        self._add(ctx, toks, head, "Person", ent.text.strip(), None, "ner")

    def _acronym_names(self, ctx: DocContext) -> None:
        """ "the European Union Monitoring Mission in Armenia (EUMA)", "the Alliance of Sahel
        States (AES)": a name defined with its acronym is one name, whatever NER and the
        gazetteer made of its words (the longest run of capitalised words and connectors
        before the bracket whose initials give the acronym)."""
        doc = ctx.doc
        defined: dict[str, tuple[str, str]] = {}
        for tok in ctx.tokens:
            if tok.text != "(" or tok.i + 2 >= len(doc) or doc[tok.i + 2].text != ")":
                continue
            acr = doc[tok.i + 1].text
            letters = [c for c in acr if c.isalpha()]
            if not (2 <= len(letters) <= 8 and acr.replace(".", "").replace("-", "").isupper()):
                continue
            end = tok.i - 1
            if end < 0 or not doc[end].text[:1].isupper():
                continue
            best = loose = None
            start = end
            while start >= 0 and end - start < 12 and start not in ctx.skip and (
                    (doc[start].text[:1].isupper() and (doc[start].is_alpha or DOTTED.fullmatch(
                        doc[start].text))) or doc[start].lower_ in NAME_CONNECTORS):
                words = [t for t in doc[start : end + 1] if t.text[:1].isupper()]
                if doc[start].text[:1].isupper() and len(words) >= 2 and \
                        words[0].text[0] == letters[0] and words[-1].text[0] == letters[-1] \
                        and _initials_in(letters, [w.text for w in words]):
                    best = start
                if doc[start].text[:1].isupper() and len(words) >= 3 and \
                        words[0].text[0] == letters[0]:
                    loose = start
                start -= 1
            translated = best is None and loose is not None and self._cue_type(
                [t for t in doc[loose : end + 1] if t.text[:1].isupper()]) in (
                "ArmedGroup", "Organization", "MilitaryForce")
            if translated:
                # "the rebel Front for Change and Concord in Chad (FACT)": an acronym of the
                # name in another language, after a name a body's word opens
                best = loose
            if best is None:
                # "China's Ministry of Commerce (MOFCOM)": an acronym that is no initials,
                # right after a body's mention, is that body's
                m = ctx.tok2men.get(end)
                if m is not None and tok.i + 1 not in ctx.tok2men and \
                        ctx.mentions[m].kind in ("Organization", "ArmedGroup", "MilitaryForce") \
                        and ctx.mentions[m].end == ctx.offset + doc[end].idx + len(doc[end].text):
                    self._acronym_of(ctx, doc[tok.i + 1], ctx.mentions[m], defined,
                                     keep=("owner", "class"))
                continue
            span = list(doc[best : end + 1])
            bound = {ctx.tok2men[t.i] for t in span if t.i in ctx.tok2men}
            same = [m for m in bound if ctx.mentions[m].start == ctx.offset + span[0].idx and
                    ctx.mentions[m].end == ctx.offset + span[-1].idx + len(span[-1].text)]
            if same:
                # already this very name: the acronym (and its later uses) name it too
                mm = ctx.mentions[same[0]]
                # ("the Armed Forces of the Philippines (AFP)": not the news agency)
                self._unread_gazetteer(ctx, doc[tok.i + 1], mm.key)
                if tok.i + 1 not in ctx.tok2men and mm.kind != "Location":
                    self._acronym_of(ctx, doc[tok.i + 1], mm, defined)
                continue
            text = ctx.text[span[0].idx : span[-1].idx + len(span[-1].text)]
            entry, _ = self.lookup(text)
            if isinstance(entry, Country):
                continue
            for m in bound:
                ctx.mentions[m].attributes["void"] = True
            for t in span:
                ctx.tok2men.pop(t.i, None)
            head = span[-1]
            for t in span:
                if t.head.i < span[0].i or t.head.i > span[-1].i:
                    head = t
                    break
            if entry is not None:
                self._add(ctx, span, head, entry.type, entry.name, entry.key, "gazetteer")
            else:
                kind = self._cue_type([w for w in span if w.text[:1].isupper()]) \
                    or "Organization"
                kind = "Organization" if kind in ("generic", "Location") else kind
                self._add(ctx, span, head, kind, text, None, "ner")
                # (an acronym whose letters are not the name's names it under that name)
                defined[acr] = (kind, text, None, "ner") if translated else (kind, text)
        # the acronym used alone later ("Baku has criticised EUMA")
        for tok in ctx.tokens:
            if tok.text in defined and len(defined[tok.text]) > 2:
                # the text's own definition wins over the gazetteer's ("AFP chief of staff")
                self._unread_gazetteer(ctx, tok, defined[tok.text][2])
            if tok.text in defined and tok.i not in ctx.tok2men and tok.i not in ctx.skip:
                kind, name, *named = defined[tok.text]
                if named:  # an acronym defined for a body: that body
                    self._add(ctx, [tok], tok, kind, name, named[0], named[1])
                else:
                    self._add(ctx, [tok], tok, kind, tok.text, None, "ner")

    def _acronym_of(self, ctx: DocContext, tok: Token, mm: Mention, defined: dict,
                    keep: tuple[str, ...] = ()) -> None:
        """The acronym `tok` names the body of mention `mm`, here and where used alone later."""
        self._add(ctx, [tok], tok, mm.kind, mm.name, mm.key, mm.source,
                  **{k: v for k, v in mm.attributes.items() if k in keep})
        defined[tok.text] = (mm.kind, mm.name, mm.key, mm.source)

    @staticmethod
    def _unread_gazetteer(ctx: DocContext, tok: Token, key: str | None) -> None:
        """Drop the gazetteer's reading of the acronym `tok` when the text defines it as
        another body (`key`)."""
        other = ctx.tok2men.get(tok.i)
        if other is not None and ctx.mentions[other].source == "gazetteer" and \
                ctx.mentions[other].key != key and ctx.mentions[other].text == tok.text:
            ctx.mentions[other].attributes["void"] = True
            ctx.tok2men.pop(tok.i)

    def _hyphen_prefixes(self, ctx: DocContext) -> None:
        """ "U.N.-backed", "Saudi-led" written as one token: the prefix names an actor."""
        for tok in ctx.tokens:
            if "-" not in tok.text:
                continue
            m = HYPHEN_ACTOR.match(tok.text)
            if not m or tok.i in ctx.tok2men or tok.i in ctx.skip:
                continue
            entry, use = self.lookup(m.group(1))
            if entry is None:
                continue
            m_idx = self._add_prefix(ctx, tok, m.group(1), entry, m.group(2), tok.head.i)
            ctx.tok2men.setdefault(tok.i, m_idx)
        for tok in ctx.tokens:
            # "the Saudi-led coalition" as a known name: its leader is named inside it
            outer = ctx.tok2men.get(tok.i)
            if outer is None or tok.i < 2 or ctx.doc[tok.i - 1].text != "-" or \
                    ctx.mentions[outer].kind not in ("Organization", "MilitaryForce") or \
                    not HYPHEN_ACTOR.match(f"x-{tok.lower_}"):
                continue
            prefix = ctx.doc[tok.i - 2]
            if ctx.tok2men.get(prefix.i) != outer:
                continue
            entry, use = self.lookup(prefix.text)
            if entry is None or entry.key == ctx.mentions[outer].key:
                continue
            verb = HYPHEN_ACTOR.match(f"x-{tok.lower_}").group(2)
            self._add_prefix(ctx, prefix, prefix.text, entry, verb,
                             ctx.mentions[outer].attributes["head"])

    @staticmethod
    def _add_prefix(ctx: DocContext, tok: Token, text: str, entry, verb: str,
                    modifies: int) -> int:
        """A mention for the actor before "-led"/"-backed" (its first `len(text)`
        characters of `tok`), not bound to tokens: the modified name keeps them."""
        start = ctx.offset + tok.idx
        ctx.mentions.append(Mention(
            text=text, start=start, end=start + len(text),
            kind="Country" if isinstance(entry, Country) else entry.type,
            sentence=ctx.sentence_of(tok), name=entry.name, key=entry.key,
            source="gazetteer",
            attributes={"head": tok.i, "offset": ctx.offset, "modifies": modifies,
                        "modifier_relation": MODIFIER_RELATIONS.get(verb, "SUPPORTS")}))
        return len(ctx.mentions) - 1

    def _proper_chunks(self, ctx: DocContext) -> None:
        """Names NER missed: "Kaliningrad Oblast", "Suwalki Gap" (a place word at the
        end), "Andalus radio" (a name before an organisation noun), and facility names
        ("the Halane Military base")."""
        doc = ctx.doc
        cues = name_cues()
        for tok in doc:
            if tok.i in ctx.skip or tok.i in ctx.tok2men:
                continue
            if tok.pos_ != "PROPN" and not (tok.lower_ in FACILITY_NAMES | GEO_HEADS
                                             and tok.i > 0 and doc[tok.i - 1].pos_ == "PROPN"):
                continue
            if tok.pos_ != "PROPN" and tok.lower_ in FACILITY_NAMES and any(
                    c.dep_ == "prep" and c.lower_ == "of" and any(
                        p.dep_ == "pobj" and p.pos_ == "PROPN" for p in c.children)
                    for c in tok.children):
                continue  # "the Mediterranean port of Ceyhan": a frame around the name
            if tok.dep_ == "compound" and tok.head.i == tok.i + 1 and tok.head.pos_ == "PROPN":
                continue  # not the end of the name yet
            # the name ends here: collect the PROPN chain before it
            start = tok.i
            limit = tok.head.i if tok.dep_ == "compound" and tok.head.i > tok.i else tok.i
            while start > 0 and doc[start - 1].pos_ == "PROPN" and \
                    doc[start - 1].head.i > start - 1 and doc[start - 1].head.i <= limit:
                start -= 1  # "AU Commission" (both words modify "chairperson")
            span = list(doc[start : tok.i + 1])
            org_name = tok.head.lower_ in ORG_HEAD_NOUNS and tok.dep_ == "compound" and \
                tok.head.i == tok.i + 1
            acronym = tok.i + 3 < len(doc) and doc[tok.i + 1].text == "(" and \
                doc[tok.i + 3].text == ")" and doc[tok.i + 2].text.isupper()
            named_org = cues.get(tok.text) in ("Organization", "generic", "ArmedGroup",
                                               "MilitaryForce")
            if (acronym or named_org) and len(span) >= 2 and start > 1 and \
                    doc[start - 1].is_title and doc[start - 2].lower_ == "the" and \
                    doc[start - 1].dep_ in ("amod", "compound") and any(
                        h.use == "demonym" for h in self.gaz.lookup(doc[start - 1].text,
                                                                     exact=True)):
                span = [doc[start - 1]] + span  # "the Turkish Exporters Assembly (TIM)"
            if (acronym or named_org) and len(span) >= 2 and not any(
                    t.i in ctx.tok2men and not ctx.mentions[ctx.tok2men[t.i]].key
                    for t in span):
                # "the Sudan Liberation Movement (SLM)": a name, country word included
                for t in span:
                    m = ctx.tok2men.pop(t.i, None)
                    if m is not None and ctx.mentions[m].start == ctx.offset + t.idx:
                        ctx.mentions[m].attributes["void"] = True
                kind = cues.get(tok.text, "Organization")
                kind = "Organization" if kind == "generic" else kind
                text = ctx.text[span[0].idx : tok.idx + len(tok.text)]
                entry, _ = self.lookup(text)
                if entry is not None:
                    self._add(ctx, span, tok, entry.type if not isinstance(entry, Country)
                              else "Country", entry.name, entry.key, "gazetteer")
                else:
                    self._add(ctx, span, tok, kind, text, None, "ner")
                continue
            while len(span) > 1 and span[0].i in ctx.tok2men and not org_name and \
                    ctx.mentions[ctx.tok2men[span[0].i]].key:
                span = span[1:]  # "Russian Kaliningrad Oblast": the demonym is its own mention
            if org_name and span and span[0].i in ctx.tok2men and len(span) > 1:
                # "the ruling Georgian Dream party": the demonym is part of the name
                text = ctx.text[span[0].idx : (tok.idx + len(tok.text)) if tok.head.is_lower
                                else tok.head.idx + len(tok.head.text)]
                self._add(ctx, span + [tok.head], tok.head, "Organization", text, None, "ner")
                ctx.tok2men[tok.head.i] = len(ctx.mentions) - 1
                continue
            bound = [t for t in span if t.i in ctx.tok2men]
            if bound:
                # "Halane" (ORG) "Military base": extend the entity over a facility word
                m = ctx.tok2men[bound[0].i]
                if tok.lower_ in FACILITY_NAMES | GEO_HEADS and \
                        ctx.mentions[m].source == "ner" and \
                        ctx.mentions[m].kind in ("Organization", "Location") and \
                        not ctx.mentions[m].key:
                    men = ctx.mentions[m]
                    men.end = ctx.offset + tok.idx + len(tok.text)
                    men.text = ctx.text[men.start - ctx.offset : men.end - ctx.offset]
                    men.name, men.kind = men.text, "Location"
                    men.attributes["head"] = tok.i
                    for t in doc[bound[0].i : tok.i + 1]:
                        ctx.tok2men[t.i] = m
                continue
            if any(t.ent_type_ in ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT",
                                   "QUANTITY") for t in span):
                continue
            last = span[-1]
            kind = None
            if cues.get(last.text) == "Location" or last.lower_ in FACILITY_NAMES | GEO_HEADS:
                kind = "Location"
            elif last.head.lower_ in ORG_HEAD_NOUNS and last.dep_ == "compound" and \
                    last.head.i == last.i + 1:
                span.append(last.head)  # "Andalus radio"
                kind = "Organization"
            if kind is None or len(span) < 2 and kind == "Location":
                continue
            text = ctx.text[span[0].idx : span[-1].idx + len(span[-1].text)]
            self._add(ctx, span, span[-1], kind, text, None, "ner")

    def _vessel_names(self, ctx: DocContext) -> None:
        """ "the tanker Talia Star", "the destroyer USS Gravely", "two bulk carriers, the
        Magic Seas and the Eternity C": a ship's name after (or in apposition to) the word
        for a ship names that ship (a place things happen to, never an actor)."""
        doc = ctx.doc
        names: list[list[Token]] = []
        for t in ctx.tokens:
            if t.lemma_.casefold() not in VESSEL_NOUNS or t.pos_ != "NOUN":
                continue
            chain = []
            for u in doc[t.i + 1 : t.i + 5]:
                if u.pos_ == "PROPN" and u.text[:1].isupper():
                    chain.append(u)
                else:
                    break
            if chain:
                names.append(chain)
            for a in t.children:
                if a.dep_ == "appos" and a.i > t.i:
                    for x in [a, *a.conjuncts]:
                        if x.pos_ == "PROPN":
                            names.append([c for c in x.subtree if c.i <= x.i and (
                                c.pos_ == "PROPN" or c.i == x.i)
                                and c.dep_ in ("compound", "appos", "conj", "flat")
                                or c.i == x.i])
        for chain in names:
            chain = [c for c in chain if c.pos_ == "PROPN"]
            if not chain or any(c.i in ctx.skip for c in chain):
                continue
            bound = {ctx.tok2men.get(c.i) for c in chain} - {None}
            if any(ctx.mentions[m].key or ctx.mentions[m].kind in ("Country", "Person")
                   and ctx.mentions[m].source != "ner" for m in bound):
                continue  # a known body or state ("the Iranian tanker"), not a name
            for m in bound:
                ctx.mentions[m].attributes["void"] = True
                for c in doc:
                    if ctx.tok2men.get(c.i) == m:
                        ctx.tok2men.pop(c.i)
            text = ctx.text[chain[0].idx : chain[-1].idx + len(chain[-1].text)]
            self._add(ctx, chain, chain[-1], "Location", text, None, "ner", vessel=True)

    def _bare_acronyms(self, ctx: DocContext) -> None:
        """ "Nicaragua's telecoms regulator TELCOR", "sanctions on NIS": a word in capitals
        that NER and the gazetteer missed, acting or acted on, is a body's acronym (not in
        a dateline, which writes places in capitals)."""
        for tok in ctx.tokens:
            text = tok.text
            if tok.pos_ != "PROPN" or not (3 <= len(text) <= 8 and text.isalpha() and
                                            text.isupper()) or tok.i in ctx.tok2men or \
                    tok.i in ctx.skip or tok.ent_type_ not in ("", "ORG") or \
                    tok.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj") or \
                    (tok.i > 0 and ctx.doc[tok.i - 1].text == "("):
                continue  # (an acronym in brackets is defined by what precedes it)
            sent = ctx.sent(tok)
            if DATELINE.match(sent.text) or DATELINE_BARE.match(sent.text) or \
                    sum(t.text.isupper() and t.is_alpha for t in sent) > len(sent) / 3:
                continue  # a dateline, a headline in capitals
            entry, _ = self.lookup(text)
            if entry is not None:
                continue
            self._add(ctx, [tok], tok, "Organization", text, None, "ner")

    def _retype_people(self, ctx: DocContext, first: int) -> None:
        """NER calls the same name a person in one place and an organisation (or a
        nationality) in another: a name that is a known person's full name or surname,
        and no gazetteer entry, is that person.  Unknown NORP words that match a
        person's surname ("arming Haftar") become person mentions too."""
        people = {}
        firsts = set()  # ("talks with Wang", after "Wang Yi": a family name said first)
        for m in ctx.mentions[:first] + ctx.mentions[first:]:
            if m.kind == "Person" and m.source == "ner":
                toks = gz.norm(m.name).split()
                if toks:
                    people[gz.norm(m.name)] = m
                    people.setdefault(toks[-1], m)
                    if len(toks) == 2:
                        firsts.add(toks[0])
        for m in ctx.mentions[first:]:
            if m.kind in ("Organization", "ArmedGroup", "Location") and m.source == "ner" \
                    and not m.key and not m.attributes.get("capital_of") \
                    and " " not in m.name.strip() and (gz.norm(m.name) in people or (
                        m.kind == "Organization" and gz.norm(m.name) in firsts) or (
                        gz.norm(m.name) in firsts
                        and ctx.doc[m.attributes["head"]].dep_ in ("poss", "nsubj"))):
                # ("Abiy's government", after "Abiy Ahmed": a first name said alone, read
                # as a place)
                m.kind = "Person"
            elif m.kind in ("Organization", "ArmedGroup", "Location") and m.source == "ner" \
                    and not m.key and not m.attributes.get("capital_of") \
                    and len(m.name.split()) >= 2 and self._titled(ctx, m):
                m.kind = "Person"  # "Nika Melia, a leader of the opposition coalition"
        if not people:
            return
        for tok in ctx.tokens:
            # "Pashinyan met ...": a known surname NER did not tag
            # ("Prabowo met ...", after "Prabowo Subianto": a first name said alone, as
            # the subject or object of a clause)
            if tok.pos_ == "PROPN" and tok.i not in ctx.tok2men and not tok.ent_type_ and \
                    tok.i not in ctx.skip and (gz.norm(tok.text) in people or (
                        gz.norm(tok.text) in firsts and tok.is_title and tok.dep_ in (
                            "nsubj", "nsubjpass", "dobj", "pobj", "poss") and (
                            tok.i == 0 or ctx.doc[tok.i - 1].pos_ != "PROPN"))) and \
                    (tok.i + 1 >= len(ctx.doc) or ctx.doc[tok.i + 1].pos_ != "PROPN"):
                self._add(ctx, [tok], tok, "Person", tok.text, None, "ner")
        for ent in ctx.ents:
            if ent.label_ == "NORP" and ent.start not in ctx.tok2men and \
                    gz.norm(ent.text) in people and not ent.ent_id_:
                toks = list(ent)
                self._add(ctx, toks, ent.root, "Person", ent.text, None, "ner")

    def _kind_named(self, ctx: DocContext, first: int) -> None:
        """A one-word name right after "party" or "company" is a party's or a company's,
        whatever NER called it: "the main opposition party Chadema" (tagged a person), "the
        small opposition party MANIDEM" (not tagged at all), "the state railway company
        Sakartvelos"."""
        def named(tok: Token) -> bool:
            prev = ctx.doc[tok.i - 1] if tok.i > 0 else None
            # (however parsed: the name on the noun, the noun on the name, two subjects)
            return prev is not None and tok.ent_type_ not in NUMERIC_LABELS and \
                prev.lower_ in PARTY_WORDS | COMPANY_WORDS and prev.is_lower and \
                tok.text[:1].isupper() and not (tok.i + 1 < len(ctx.doc) and
                                                ctx.doc[tok.i + 1].pos_ == "PROPN")

        def bind_noun(tok: Token, m: int) -> None:
            if tok.dep_ == "appos" and tok.head.i not in ctx.tok2men:
                ctx.tok2men[tok.head.i] = m  # ("leader of the party Jamhuri": the party)
        for idx, m in enumerate(ctx.mentions[first:], first):
            if m.source != "ner" or m.key or "head" not in m.attributes:
                continue
            head = ctx.doc[m.attributes["head"]]
            if m.kind in ("Person", "Location", "ArmedGroup") and " " not in m.name.strip() \
                    and named(head):
                m.kind = "Organization"
                bind_noun(head, idx)
            elif m.kind == "ArmedGroup" and head.dep_ == "appos" and \
                    head.head.lower_ in PARTY_WORDS and head.head.pos_ == "NOUN":
                m.kind = "Organization"  # "his party, the National Salvation Front"
        for tok in ctx.tokens:
            if tok.i not in ctx.tok2men and tok.i not in ctx.skip and \
                    tok.pos_ in ("PROPN", "NOUN") and named(tok) and \
                    (tok.is_upper or tok.pos_ == "PROPN") and len(tok.text) > 2:
                bind_noun(tok, self._add(ctx, [tok], tok, "Organization", tok.text, None,
                                         "ner"))

    def _titled_names(self, ctx: DocContext, first: int) -> None:
        """A name right after a personal title is a person's, whatever NER called it:
        "Niger's military ruler Tiani", "Foreign Minister Olushegun Adjadi Bakari" (NER
        took only "Bakari", as an organisation: the name takes the capitalised words
        between the title and it)."""
        doc, cues = ctx.doc, name_cues()
        for idx, m in enumerate(ctx.mentions[first:], first):
            if m.source != "ner" or m.key or m.kind not in ("Organization", "ArmedGroup",
                                                             "Location") \
                    or m.attributes.get("capital_of") or "head" not in m.attributes:
                continue
            span = doc.char_span(m.start - ctx.offset, m.end - ctx.offset)
            if span is None or len(span) > 3 or any(
                    t.pos_ != "PROPN" or t.text in cues or self.gaz.title(t.lower_)
                    for t in span):
                continue
            j, titled = span.start - 1, False
            if j > 0 and doc[j].text == "," and span.root.dep_ == "appos" and \
                    span.root.head.i == j - 1 and len(span) >= 2 and \
                    title_match(list(doc[max(0, j - 4) : j]), self.gaz) is not None:
                # "Its chief executive, Oleksandr Pertsovskyi" (tagged an organisation): a
                # title in apposition before the name
                m.kind = "Person"
                continue
            while j >= 0 and span.start - j <= 4:
                if title_match(list(doc[max(0, j - 5) : j + 1]), self.gaz) and not (
                        doc[j].lower_ in RANK_WORDS and doc[j].is_lower):
                    titled = True  # (not "energy major Chevron": a rank, capitalised)
                    break
                if doc[j].pos_ != "PROPN" or j in ctx.tok2men or not doc[j].is_title:
                    break
                j -= 1
            if not titled:
                continue
            m.kind = "Person"
            if j + 1 < span.start:
                m.start = ctx.offset + doc[j + 1].idx
                m.text = m.name = ctx.text[m.start - ctx.offset : m.end - ctx.offset]
                for t in doc[j + 1 : span.start]:
                    ctx.tok2men[t.i] = idx

    def _titled(self, ctx: DocContext, m: Mention) -> bool:
        """A name in apposition with a personal title ("X, head of the SSA", "X, a
        leader of the opposition party") names a person, whatever NER said."""
        if "head" not in m.attributes:
            return False
        head = ctx.doc[m.attributes["head"]]
        if head.dep_ == "appos" and head.head.pos_ == "NOUN" and head.head.i < head.i and \
                head.head.lemma_ not in ("member", "founder") and \
                self.gaz.title(head.head.lower_) is not None and any(
                    c.dep_ == "poss" for c in head.head.children):
            return True  # "Somaliland's new president, Abdirahman Mohamed Abdullahi"
        for a in head.children:
            if a.dep_ == "appos" and a.pos_ == "NOUN" and a.i > head.i and \
                    ctx.doc[a.i - 1].text != "(" and a.lemma_ not in ("member", "founder"):
                title = self.gaz.title(a.lower_)
                if title is not None and any(c.dep_ == "prep" and c.lower_ in (
                        "of", "at", "for", "to") for c in a.children):
                    return True  # ("X, a senior adviser at the Crisis Group")
        return False

    def _place_frames(self, ctx: DocContext) -> None:
        """ "the village of Kokhanabi", "the Israeli border town of Sderot", "the town of
        Nabatieh": a name after a place noun and "of" is a place, whatever NER called it
        (a person, an organisation) or if it missed it."""
        doc = ctx.doc
        for tok in ctx.tokens:
            m = ctx.tok2men.get(tok.i)
            if m is not None and tok.head.i == tok.i + 1 and tok.dep_ in ("compound", "amod") \
                    and tok.head.lemma_ in ("region", "oblast", "province", "governorate",
                                            "state", "county") and \
                    tok.head.i not in ctx.tok2men and \
                    ctx.mentions[m].key and ctx.mentions[m].key.startswith("place:") and \
                    getattr(self.gaz.get(ctx.mentions[m].key), "kind", "") == "city" and \
                    ctx.mentions[m].end == ctx.offset + tok.idx + len(tok.text):
                # "the Mykolaiv region", "Odesa oblast": the region around a city is a place
                # of its own
                men = ctx.mentions[m]
                region = tok.head
                men.text = ctx.text[men.start - ctx.offset : region.idx + len(region.text)]
                men.end = ctx.offset + region.idx + len(region.text)
                men.name = men.text
                men.key = "place:" + norm(men.text).replace(" ", "-")
                men.attributes["head"] = region.i
                ctx.tok2men[region.i] = m
                continue
            framed = any(c.dep_ == "appos" and c.lemma_ in PLACE_NOUNS and c.tag_ == "NN"
                         and any(d.dep_ == "det" or (d.dep_ == "poss" and d.pos_ == "PROPN")
                                 for d in c.children) for c in tok.children)
            if m is not None and ctx.mentions[m].source == "ner" and not ctx.mentions[m].key \
                    and ctx.mentions[m].kind in ("Person", "Organization") and framed:
                # "Grozny, the capital of ..." (a person to NER), "Bure, a town in ...": a place
                ctx.mentions[m].kind = "Location"
                continue
            if m is None and framed and tok.pos_ == "PROPN" and tok.i not in ctx.skip and \
                    tok.ent_type_ in ("", "NORP", "ORG", "PERSON") and \
                    tok.dep_ not in ("compound", "poss"):
                # "Hadramawt, Yemen's largest province" (a nationality to NER): a place
                span = [t for t in tok.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"
                        and t.i >= tok.i - 3] + [tok]
                span = list(doc[span[0].i : tok.i + 1])
                self._add(ctx, span, tok, "Location", " ".join(t.text for t in span), None,
                          "ner")
                continue
            fac = facility_noun(tok)
            if m is not None and tok.dep_ in ("compound", "amod", "nmod") and \
                    ctx.mentions[m].end == ctx.offset + tok.idx + len(tok.text) and \
                    fac is not None and not any(
                        c.dep_ == "prep" and c.lower_ == "of" for c in fac.children) \
                    and fac.i - tok.i <= 2 and \
                    all(t.is_lower for t in doc[tok.i + 1 : fac.i]) and \
                    fac.i not in ctx.tok2men and ctx.mentions[m].source == "ner" and \
                    not ctx.mentions[m].key and ctx.mentions[m].kind in ("Person",
                                                                        "Organization"):
                # "the Ain al-Asad air base" (an organisation to NER): the base's name
                ctx.mentions[m].kind = "Location"
                continue
            if m is not None and tok.dep_ == "compound" and tok.head.i == tok.i + 1 and \
                    tok.head.lemma_ in ADMIN_AREAS and tok.head.i not in ctx.tok2men and \
                    ctx.mentions[m].source == "ner" and not ctx.mentions[m].key and \
                    ctx.mentions[m].kind in ("Person", "Organization"):
                # "the Qila Abdullah district" (a person to NER): a district's name is a place
                ctx.mentions[m].kind = "Location"
                continue
            # "Pakistan's Punjab province", "North Kivu province": a name compounded with a
            # place noun
            hyphened = tok.i > 1 and doc[tok.i - 1].text == "-" and \
                doc[tok.i - 2].pos_ == "PROPN" and tok.text[:1].isupper()
            if (tok.pos_ == "PROPN" or hyphened) and tok.dep_ in ("compound", "amod") and \
                    tok.head.i == tok.i + 1 and \
                    tok.head.lemma_ in ADMIN_AREAS and \
                    tok.i not in ctx.tok2men and tok.i not in ctx.skip and \
                    tok.text[:1].isupper() and tok.ent_type_ in ("", "NORP", "GPE", "LOC") \
                    and not (tok.head.lemma_ in LOCAL_AREAS and (tok.ent_type_ == "NORP" or any(
                        c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.head.children))):
                start = tok.i
                while True:
                    if start > 0 and doc[start - 1].pos_ == "PROPN" and \
                            doc[start - 1].dep_ == "compound" and start - 1 not in ctx.tok2men \
                            and not doc[start - 1].ent_type_:
                        start -= 1
                    elif start > 1 and doc[start - 1].text == "-" and \
                            doc[start - 2].pos_ == "PROPN" and start - 2 not in ctx.tok2men:
                        start -= 2  # "Ouham-Pende prefecture": one name, hyphen and all
                    else:
                        break
                span = list(doc[start : tok.i + 1])
                text = ctx.text[span[0].idx : tok.idx + len(tok.text)]
                self._add(ctx, span, tok, "Location", text, None, "ner")
                continue
            if not (tok.pos_ == "PROPN" or tok.pos_ == "NOUN" and tok.text[:1].isupper()) or \
                    tok.dep_ != "pobj" or tok.i in ctx.skip:
                continue  # ("the town of Sake": a capitalised name the tagger took for a noun)
            of = tok.head
            if of.lower_ != "of" or of.head.pos_ != "NOUN" or of.head.lemma_ not in PLACE_NOUNS:
                continue
            m = ctx.tok2men.get(tok.i)
            if m is not None:
                self._to_place(ctx, m)
                continue
            span = self.strip(list(doc[of.i + 1 : tok.i + 1]))
            if not span or any(t.i in ctx.tok2men for t in span) or not all(
                    t.pos_ == "PROPN" or t.lower_ in NAME_PARTICLES or
                    (t.pos_ == "NOUN" and t.text[:1].isupper()) for t in span) or \
                    not span[0].text[:1].isupper():
                continue
            text = ctx.text[span[0].idx : tok.idx + len(tok.text)]
            self._add(ctx, span, tok, "Location", text, None, "ner")
        self._framed_conjuncts(ctx)
        for tok in ctx.tokens:
            m = ctx.tok2men.get(tok.i)
            site = tok.head.head
            if site.pos_ == "VERB":  # ("attacked a post at X": "at" hung on the verb)
                site = next((d for d in site.children if d.dep_ == "dobj"
                             and d.i < tok.i), site)
            if m is not None and tok.dep_ == "pobj" and tok.head.lower_ in SITE_PREPS and \
                    site.lemma_ in SITES and not ctx.mentions[m].text.isupper() and \
                    not self._titled(ctx, ctx.mentions[m]):
                # "a military post at Zouarke", "rebel positions around Kouri Bougoudi" (a
                # person or an organisation to NER): where the post is
                self._to_place(ctx, m)
                continue
            if m is not None and tok.dep_ == "dobj" and tok.head.lemma_ in ("visit", "tour") \
                    and ctx.mentions[m].source == "ner" and not ctx.mentions[m].key and \
                    ctx.mentions[m].kind == "Organization" and " " not in ctx.mentions[m].text \
                    and not ctx.mentions[m].text.isupper():
                # "Macron visited Nuuk" (an organisation to NER): one visits a place
                ctx.mentions[m].kind = "Location"

    @staticmethod
    def _to_place(ctx: DocContext, m: int) -> None:
        """A name NER called a person or an organisation (and no gazetteer knows) is a
        place, where the grammar says it is one."""
        men = ctx.mentions[m]
        if men.source == "ner" and not men.key and men.kind in ("Person", "Organization"):
            men.kind = "Location"

    def _framed_conjuncts(self, ctx: DocContext) -> None:
        """ "the provinces of Herat and Farah", "the ports of Aden, Mukalla and Nishtun",
        "Russia's Belgorod and Voronezh regions": every name coordinated in a place frame
        is a place, whatever NER called the later ones (a person, an organisation)."""
        for tok in ctx.tokens:
            if tok.dep_ != "conj" or tok.pos_ != "PROPN" or tok.i in ctx.skip or \
                    not tok.text[:1].isupper():
                continue
            first = tok.head
            while first.dep_ == "conj" and first.head.i < first.i:
                first = first.head
            frame = first.head
            if not ((first.dep_ == "pobj" and frame.head.pos_ == "NOUN" and
                     frame.head.tag_ == "NNS" and (
                         (frame.lower_ == "of" and frame.head.lemma_ in PLACE_NOUNS) or
                         (frame.lower_ == "at" and frame.head.lemma_ in SITE_NOUNS))) or
                    (first.dep_ in ("compound", "nmod") and frame.i > tok.i and
                     frame.lemma_ in ADMIN_AREAS and frame.tag_ == "NNS")):
                continue
            fm = ctx.tok2men.get(first.i)
            if fm is None and first.pos_ == "PROPN" and first.text[:1].isupper() and \
                    first.i not in ctx.skip and not first.ent_type_ and \
                    frame.lemma_ in ADMIN_AREAS:
                # "the Artibonite and Centre regions": the first name, missed by NER
                span = [t for t in first.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"
                        and t.i not in ctx.tok2men] + [first]
                span = list(ctx.doc[span[0].i : first.i + 1])
                fm = self._add(ctx, span, first, "Location",
                               ctx.text[span[0].idx : first.idx + len(first.text)], None, "ner")
            if fm is not None:
                self._to_place(ctx, fm)  # ("Sonora and Chihuahua states")
            if fm is None or ctx.mentions[fm].kind != "Location":
                continue
            m = ctx.tok2men.get(tok.i)
            if m is not None:
                self._to_place(ctx, m)
                continue
            span = [t for t in tok.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"
                    and t.i not in ctx.tok2men] + [tok]
            span = list(ctx.doc[span[0].i : tok.i + 1])
            self._add(ctx, span, tok, "Location",
                      ctx.text[span[0].idx : tok.idx + len(tok.text)], None, "ner")

    def _held_places(self, ctx: DocContext) -> None:
        """ "Indian-administered Kashmir" is a place of its own (not Kashmir, not India);
        "the Houthi-controlled port of Hodeidah", "rebel-held Idlib": the group that
        holds a place is recorded on it (`held_by`)."""
        doc = ctx.doc
        for idx in range(len(ctx.mentions)):
            men = ctx.mentions[idx]
            if men.kind != "Location" or men.attributes.get("offset") != ctx.offset:
                continue
            head = doc[men.attributes["head"]]
            if head.dep_ == "compound" and head.head.pos_ in ("NOUN", "PROPN") and \
                    ctx.mention(head.head) != idx:
                continue  # "the Russian-occupied Zaporizhzhia plant": the plant is held
            first = next((t for t in doc[head.i - 6 : head.i + 1]
                          if ctx.tok2men.get(t.i) == idx), head) if head.i >= 6 else head
            entry = self.gaz.get(men.key) if men.key else None
            dm = ctx.tok2men.get(first.i - 1) if first.i >= 1 else None
            if getattr(entry, "kind", "") == "territory" and not getattr(
                    entry, "country", "") and dm is not None and \
                    ctx.mentions[dm].attributes.get("use") == "demonym" and \
                    ctx.mentions[dm].kind == "Country" and ctx.mentions[dm].key:
                # "Pakistani Kashmir", "Indian Kashmir": the part a state holds of a divided
                # territory, as "Pakistani-administered Kashmir" would say
                dmen = ctx.mentions[dm]
                demonym = doc[first.i - 1].text
                men.text = ctx.text[dmen.start - ctx.offset : men.end - ctx.offset]
                men.start = dmen.start
                men.name = f"{demonym}-administered {entry.name}"
                men.attributes["base_key"] = men.key
                men.key = f"place:{dmen.key.split(':', 1)[1].lower()}-administered-" \
                          f"{men.key.split(':', 1)[1]}"
                dmen.attributes["void"] = True
                ctx.tok2men[first.i - 1] = idx
                continue
            # the modifier sits before the name ("Russian-occupied Crimea") or before the
            # place noun of a frame ("the Houthi-controlled port of Hodeidah")
            spots = [first.i - 1]
            if head.dep_ == "pobj" and head.head.lower_ == "of" and \
                    head.head.head.lemma_ in PLACE_NOUNS:
                spots.append(head.head.head.i - 1)
            for at in spots:
                if at < 2:
                    continue
                held, hyph, holder = doc[at], doc[at - 1], doc[at - 2]
                if held.lemma_.casefold() not in HELD or hyph.text != "-":
                    continue
                h = ctx.tok2men.get(holder.i)
                if h is None:
                    continue
                hm = ctx.mentions[h]
                if held.lemma_.casefold() == "administer" and hm.kind == "Country" and \
                        at == first.i - 1:
                    # a divided territory's part: named with its administering state
                    span = list(doc[holder.i : head.i + 1])
                    men.text = ctx.text[holder.idx : head.idx + len(head.text)]
                    men.start = ctx.offset + holder.idx
                    men.name = men.text.replace(" - ", "-")
                    if men.key:
                        men.attributes["base_key"] = men.key
                    base = men.key.split(":", 1)[1] if men.key else norm(men.name)
                    men.key = f"place:{hm.key.split(':', 1)[1].lower()}-administered-{base}"
                    hm.attributes["void"] = True
                    for t in span:
                        ctx.tok2men[t.i] = idx
                elif hm.kind in ("ArmedGroup", "MilitaryForce") or (
                        hm.kind == "Country" and held.lemma_.casefold() in (
                            "occupy", "occupied")):
                    # ("Russian-occupied Crimea": Russia's forces are there)
                    men.attributes["held_by"] = h
                break

    def _named_heads(self, ctx: DocContext) -> None:
        """ "the Viv Ansanm gang coalition": a body noun around a named group's name is
        that group (bound before the nominals, so "fighters from" it find it)."""
        for tok in ctx.tokens:
            if tok.i not in ctx.tok2men and tok.lemma_.casefold() in (
                    "force", "mission", "brigade", "battalion", "regiment", "contingent") and \
                    not any(c.dep_ == "poss" for c in tok.children):
                # "the NATO-led KFOR peacekeeping force": the force named inside ("the
                # Bundeswehr brigade": the army's)
                inner = [m for t in tok.subtree if t.i < tok.i and t.dep_ == "compound"
                         and (m := ctx.mention(t)) is not None
                         and ctx.mentions[m].kind == "MilitaryForce"
                         and ctx.mentions[m].source == "gazetteer"]
                if len(inner) == 1:
                    ctx.tok2men[tok.i] = inner[0]
                    continue
            if tok.i not in ctx.tok2men and tok.tag_ == "NNS" and tok.lemma_.casefold() in (
                    "ally", "partner", "member") and not any(
                    c.dep_ == "prep" for c in tok.children):
                # "NATO allies were continuing to support Ukraine", "EU partners": the bloc
                # its members act as
                bloc = [m for c in tok.children if c.dep_ in ("compound", "nmod") and c.i < tok.i
                        and (m := ctx.mention(c)) is not None
                        and ctx.mentions[m].source == "gazetteer"
                        and getattr(self.gaz.get(ctx.mentions[m].key or ""), "kind", "") in (
                            "alliance", "igo", "bloc")]
                if len(bloc) == 1:
                    ctx.tok2men[tok.i] = bloc[0]
                    continue
            if tok.i not in ctx.tok2men and tok.lemma_.casefold() in (
                    "service", "agency", "directorate") and tok.tag_ == "NN" and any(
                    t.lemma_ in ("intelligence", "security", "spy", "counterintelligence")
                    for t in tok.lefts):
                # "Russia's GRU military intelligence service": the named body, described
                # by the words after its name (its owner hangs on the noun)
                inner = [(t, m) for t in tok.children if t.dep_ in ("nmod", "compound")
                         and t.i < tok.i and (m := ctx.mention(t)) is not None
                         and ctx.mentions[m].source == "gazetteer"
                         and ctx.mentions[m].kind in ("Organization", "MilitaryForce")
                         and ctx.mentions[m].attributes.get("head") == t.i
                         and all(x.pos_ in ("ADJ", "NOUN") and x.is_lower
                                 for x in ctx.doc[t.i + 1:tok.i])]
                if len(inner) == 1 and tok.i - inner[0][0].i >= 2:
                    ctx.tok2men[tok.i] = inner[0][1]
                    ctx.mentions[inner[0][1]].attributes["head"] = tok.i
                    continue
            if tok.i in ctx.tok2men or self.lex.nominals.get(tok.lemma_.casefold()) != "named":
                continue
            # ("the EU's naval mission in the Red Sea, Aspides": a known force's name need
            # not have the word)
            named = self._name_after(ctx, tok, force=tok.lemma_.casefold() == "mission",
                                     describe=True)
            if named is not None:
                # "the U.N. peacekeeping mission in Congo, MONUSCO": the body named next,
                # described (its parent, its place) by the words before
                ctx.tok2men[tok.i] = named
                continue
            if any(c.dep_ == "poss" for c in tok.children):
                continue
            inner = [ctx.mention(t) for t in tok.subtree if t.i < tok.i and t.dep_ == "compound"
                     and ctx.mention(t) is not None
                     and ctx.mentions[ctx.mention(t)].kind in ("ArmedGroup", "Organization",
                                                               "MilitaryForce")
                     and ctx.mentions[ctx.mention(t)].source in ("ner", "gazetteer")]
            if inner:
                ctx.tok2men[tok.i] = inner[-1]

    def _repeated_names(self, ctx: DocContext) -> None:
        """A name NER found once is that name again where NER missed it: "French group
        Orano said ... Orano chief executive Nicolas Maes"."""
        names: dict[str, int] = {}
        for idx, m in enumerate(ctx.mentions):
            if m.source == "ner" and m.kind in ("Organization", "ArmedGroup", "Person") and \
                    m.refers_to is None and not m.attributes.get("void") and \
                    all(w[:1].isupper() for w in m.text.split()):
                names.setdefault(m.text, idx)
        # ... and a part of a person's full name alone: "Abiy took office" (NER: a law)
        parts: dict[str, set[int]] = {}
        for idx, m in enumerate(ctx.mentions):
            words = m.name.split()
            if m.kind == "Person" and m.source == "ner" and len(words) >= 2:
                # ("Ahmed al-Sharaa ... Sharaa met": the name after the article)
                words = [w.split("-", 1)[1] if re.match(r"(?:al|el|as|ad|an|ar|at|az|ash)-[A-Z]", w)
                         else w for w in words]
                for w in words:
                    if len(w) >= 4 and w.isalpha() and w[0].isupper() and \
                            not self.gaz.title(w.lower()) and not self.gaz.lookup(w):
                        parts.setdefault(w, set()).add(idx)
        for w, idxs in parts.items():
            if len({ctx.mentions[i].name for i in idxs}) == 1:
                names.setdefault(w, min(idxs))
        if not names:
            return
        ends = {t.idx + len(t.text): t.i for t in ctx.tokens}
        for tok in ctx.tokens:
            if tok.i in ctx.tok2men or tok.i in ctx.skip or not tok.text[:1].isupper():
                continue
            for text, idx in names.items():
                last = ends.get(tok.idx + len(text))
                if last is None or ctx.text[tok.idx : tok.idx + len(text)] != text:
                    continue
                span = ctx.tokens[tok.i : last + 1]
                if any(t.i in ctx.tok2men or t.i in ctx.skip for t in span) or \
                        last + 1 < len(ctx.tokens) and ctx.tokens[last + 1].pos_ == "PROPN" \
                        and ctx.tokens[last + 1].is_title:
                    continue  # (part of a longer name)
                m = ctx.mentions[idx]
                self._add(ctx, span, span[-1], m.kind, text if text in parts else m.name,
                          m.key, "ner")
                break

    def _known_as(self, ctx: DocContext) -> None:
        """ "Mohamed Hamdan Dagalo, known as Hemedti": the nickname is the same actor,
        whatever NER called it."""
        for tok in ctx.tokens:
            if tok.dep_ != "pobj" or tok.head.lower_ != "as" or tok.head.head.lemma_ not in (
                    "know", "call", "nickname", "dub"):
                continue
            verb = tok.head.head
            named = ctx.mention(verb.head) if verb.dep_ == "acl" else None
            if named is None:
                continue
            nm = ctx.mentions[named]
            m = ctx.tok2men.get(tok.i)
            if m is not None and m != named and ctx.mentions[m].source == "ner" and \
                    not ctx.mentions[m].key:
                ctx.mentions[m].kind = nm.kind
                ctx.mentions[m].refers_to = named
            elif m is None and nm.kind == "Person" and tok.pos_ == "PROPN" and \
                    tok.text[:1].isupper() and tok.i not in ctx.skip and \
                    not any(c.dep_ == "compound" for c in tok.children):
                # "Ahmed Mohamed Islam, widely known as Madobe" (no name to NER): the
                # nickname, here and wherever NER misses it later
                for t in ctx.tokens:
                    if t.i >= tok.i and t.text == tok.text and t.pos_ == "PROPN" and \
                            t.i not in ctx.tok2men and t.i not in ctx.skip and \
                            (t.i + 1 >= len(ctx.doc) or ctx.doc[t.i + 1].pos_ != "PROPN"):
                        self._add(ctx, [t], t, "Person", t.text, None, "ner")
                        if t.i == tok.i:
                            ctx.mentions[-1].refers_to = named

    def _org_of_place(self, ctx: DocContext, tokens: list[Token]) -> list[Token] | None:
        """ "Global New Light" + "of Myanmar": NER cut the name at a country."""
        doc = ctx.doc
        last = tokens[-1]
        if len(tokens) < 2 or last.i + 2 >= len(doc) or doc[last.i + 1].lower_ != "of":
            return None
        if name_cues().get(last.text) == "generic" or last.text in ("Ministry", "Council"):
            return None
        nxt = doc[last.i + 2]
        if nxt.ent_type_ != "GPE" or nxt.head.i != last.i + 1:
            return None
        end = nxt
        while end.i + 1 < len(doc) and doc[end.i + 1].ent_type_ == "GPE" and \
                doc[end.i + 1].ent_iob_ == "I":
            end = doc[end.i + 1]
        return tokens + list(doc[last.i + 1 : end.i + 1])

    def _org_name(self, ctx: DocContext, tokens: list[Token]) -> str:
        return ctx.text[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)]

    def _cue_type(self, tokens: list[Token]) -> str | None:
        cues = name_cues()
        for t in reversed(tokens):
            if cues.get(t.text, "generic") != "generic":
                return cues[t.text]
        return None

    def _title_only(self, tokens: list[Token]) -> bool:
        """A title alone, also in the plural ("Special Representatives talks")."""
        if title_match(tokens, self.gaz) == (0, len(tokens)):
            return True
        words = [t.text.casefold() for t in tokens]
        return words[-1].endswith("s") and bool(self.gaz.title(" ".join(
            [*words[:-1], words[-1][:-1]])))

    def _inside_title(self, tokens: list[Token]) -> bool:
        """An ORG entity that is a word of a title before a name ("Defense" in
        "Defense Minister Amir Hatami", "State" in "Secretary of State Blinken")."""
        last = tokens[-1]
        window = [t for t in last.doc[max(0, tokens[0].i - 3) : min(len(last.doc), last.i + 3)]]
        for end in range(len(window), 0, -1):
            for start in range(0, end):
                part = window[start:end]
                if tokens[0] in part and last in part and len(part) > len(tokens):
                    if title_match(part, self.gaz) == (0, len(part)):
                        nxt = part[-1].nbor(1) if part[-1].i + 1 < len(last.doc) else None
                        if nxt is not None and (nxt.ent_type_ == "PERSON" or nxt.pos_ == "PROPN"):
                            return True
        return False

    @staticmethod
    def _locative(tok: Token) -> bool:
        """Is a (capital) name used as a place rather than as an actor?"""
        t = tok
        while t.dep_ == "conj" and t.head != t:
            t = t.head
        if t.dep_ == "appos":
            return True
        if any(c.dep_ in ("compound", "nmod") and c.lemma_ == "capital" and c.i == t.i - 1
               for c in t.children):
            return True  # "Yemen's capital Sanaa", "the capital Kyiv": the city
        if t.dep_ == "pobj" and t.head.lower_ == "in" and \
                t.head.head.lemma_ in RULING_BODIES | {"junta", "leadership"}:
            return False  # "the new authorities in Damascus": the state they govern
        if t.dep_ == "pobj" and t.head.lower_ in LOCATIVE_PREPS:
            if t.head.lower_ in ("to", "from", "toward", "towards"):
                # "travel to Kyiv" is a place, "aid to Kyiv" an actor
                return t.head.head.lemma_ in MOTION
            return True
        if t.dep_ == "compound" and t.head.lemma_ in ("government", "regime", "authority",
                                                      "official", "administration",
                                                      "leadership"):
            return False
        if t.dep_ == "dobj" and t.head.lemma_ in PLACE_VERBS:
            return True  # "to take Tripoli", "visited Moscow"
        if t.dep_ == "dobj" and t.head.lemma_ in STRIKING and not any(
                c.dep_ == "prep" and c.lower_ == "with" for c in t.head.children):
            return True  # "Israeli jets struck Sanaa": where the blows fell (not "hit
            # Moscow with sanctions")
        if t.dep_ == "pobj" and t.head.lower_ in ("on", "against") and \
                t.head.head.lemma_ in STRIKES_ON:
            return True  # "missile attacks on Kyiv", "an offensive on Tripoli"
        if t.dep_ == "poss" and t.head.pos_ == "NOUN" and (
                t.head.lower_ in CITY_PARTS | AREA_PARTS or t.head.lemma_ in CITY_UTILITIES):
            return True  # "an apartment block in Beirut's southern suburbs", "pounded Kyiv's
            # power grid": the city
        if t.dep_ in ("nsubj", "nsubjpass", "dobj", "poss", "agent", "dative"):
            return False
        if t.dep_ == "pobj" and t.head.lower_ == "of" and \
                t.head.head.lemma_.casefold() in PORTIONS | AREA_PARTS:
            return True  # "controlled about 90% of Port-au-Prince": a share of a place
        if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ == "NOUN" and \
                t.head.head.lemma_ in PLACE_NOUNS - {"capital"}:
            return True  # "the port of Aden", "the city of Kharkiv": the place
        if t.dep_ == "pobj":
            return False
        if t.dep_ == "npadvmod" and HYPHEN_ACTOR.match(f"x-{t.head.lower_}"):
            return False  # "the Moscow-led alliance", "a Tehran-backed militia"
        return t.dep_ in ("npadvmod", "compound", "nmod") and t.head.pos_ != "NOUN"

    # ------------------------------------------------------------ descriptions
    def _description(self, ctx: DocContext, tok: Token) -> bool:
        """ "the Iranian minister", "Turkey's foreign minister", "the military ruler" """
        if tok.dep_ == "compound" or tok.tag_ in ("NNS", "NNPS"):
            return False
        left = [t for t in tok.lefts if t.dep_ in ("compound", "amod", "nmod", "poss", "det")]
        chain = sorted({tok, *[d for c in left for d in c.subtree]}, key=lambda t: t.i)
        chain = [t for t in chain if t.i <= tok.i]
        # the phrase must not name someone ("Defense Minister Amir Hatami")
        if any(t.ent_type_ == "PERSON" for t in chain):
            return False
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        if nxt is not None and (nxt.ent_type_ == "PERSON" or nxt.pos_ == "PROPN"):
            return False
        words = [t for t in chain if t.dep_ != "det" and t.tag_ != "POS"]
        m = title_match(words, self.gaz)
        if not m:
            return False
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and title_match(
                [tok.head.head], self.gaz):
            return False  # "representative of the AU Commission chairperson": someone else
        title = title_of(words, self.gaz)
        det = [t for t in tok.lefts if t.dep_ == "det"]
        owner_tokens = words[: m[0]]
        owner = None
        owner_idx = None
        for t in owner_tokens:
            e, use = self.lookup(t.text)
            if e is not None:
                owner = e.key
                owner_idx = ctx.mention(t)
        definite = (det and det[0].lower_ in ("the", "this", "that")) or owner is not None
        if not definite or not title:
            return False
        head_m = ctx.mention(tok.head) if tok.dep_ == "appos" else None
        if (head_m is not None and (ctx.mentions[head_m].kind == "Person" or (
                ctx.mentions[head_m].kind == "Country" and tok.lemma_ == "member"))) or any(
                c.dep_ == "appos" and ctx.mention(c) is not None for c in tok.children) or any(
                c.dep_ == "prep" and c.lower_ == "of" and not any(
                    g.dep_ == "pcomp" for g in c.children) for c in tok.children):
            # "X, the secretary of Y", "Turkey, a NATO member": an apposition handled by
            # the role rules (but "accusing the leftist leader of failing to ...": the
            # verb's "of", a description all the same)
            return False
        span = self.strip(chain)
        if not span:
            return False
        # "Anwar Gargash, a diplomatic adviser to the UAE president": the president is
        # someone else than the person whose apposition names him
        inside = next((ctx.mention(a.head) for a in tok.ancestors if a.dep_ == "appos"
                       and ctx.mention(a.head) is not None
                       and ctx.mentions[ctx.mention(a.head)].kind == "Person"), None)
        self._add(ctx, span, tok, "Person", ctx.text[span[0].idx : span[-1].idx
                                                          + len(span[-1].text)],
                  None, "description", title=title.role, relation=title.relation,
                  owner_key=owner, owner=owner_idx, not_of=inside,
                  **({"indefinite": True} if det and det[0].lower_ in ("a", "an") else {}))
        if tok.dep_ == "attr" and tok.head.lemma_ in ("be", "become", "remain"):
            # "X flew in, becoming the first Gulf leader to visit": X, described
            verb = tok.head
            subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            if not subj and verb.dep_ in ("advcl", "xcomp", "conj") and verb.tag_ == "VBG":
                subj = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
            who = ctx.mention(subj[0]) if len(subj) == 1 else None
            if who is not None and ctx.mentions[who].kind == "Person" and \
                    ctx.mentions[who].source == "ner":
                ctx.mentions[-1].refers_to = who
        return True

    # ------------------------------------------------------------- nominals
    def _whose(self, ctx: DocContext, tok: Token) -> int | None:
        """The named actor "whose" stands for in "Wagner, whose fighters ...": the noun the
        relative clause of `tok` describes."""
        t = tok
        while t.dep_ != "relcl" and t.head != t:
            t = t.head
        if t.dep_ != "relcl":
            return None
        m = ctx.mention(t.head)
        kinds = ("ArmedGroup", "Organization", "MilitaryForce")
        if self.lex.nominals.get(tok.lemma_.casefold()) == "government":
            kinds += ("Country",)  # "Ethiopia, whose government accuses Cairo ..."
        if m is None or ctx.mentions[m].kind not in kinds or \
                ctx.mentions[m].source not in ("ner", "gazetteer"):
            return None  # (a state's troops stay its forces: "France, whose last troops")
        return m

    def owner_of(self, ctx: DocContext, tok: Token, prefer: tuple[str, ...] = (),
                 under: bool = False) -> tuple[int | None, Token | None]:
        """The actor that owns a noun: a demonym or name modifier, a possessive,
        "of/from X" (and "under X" when `under`).  With `prefer` (entity types, in
        order) an owner of such a type wins over the others ("the UN-recognized
        Libyan government" belongs to Libya; "Russian mercenaries from the Wagner
        Group" are Wagner's)."""
        found: list[tuple[int, Token]] = []
        pron: Token | None = None
        mods = list(tok.children)
        # ("Burkinabe security forces" parsed with the demonym on "security")
        mods += [g for c in tok.children if c.dep_ == "compound" and c.i < tok.i and
                 (c.lemma_.casefold() in SERVICE_WORDS | CRAFT_ROLES
                 or (c.pos_ == "PROPN" and any(  # "Swedish Gripen jets": a model between
                     self.lex.nominals.get(t.lemma_.casefold()) == "vehicle"
                     for t in tok.subtree if t.i <= tok.i)))
                 and ctx.mention(c) is None
                 for g in c.children if g.dep_ in ("amod", "nmod", "compound") and g.i < c.i]
        # ("Three Russian MiG-31 fighter jets": the demonym on the model, on "fighter")
        mods += [a for c in tok.children if c.dep_ == "compound" and c.i < tok.i
                 and ctx.mention(c) is None and c.lemma_.casefold() in CRAFT_ROLES
                 for g in c.children if g.dep_ == "compound" and g.pos_ == "PROPN"
                 and g.i < c.i and ctx.mention(g) is None
                 for a in g.children if a.dep_ in ("amod", "nmod") and a.i < g.i]
        for child in sorted(mods, key=lambda c: c.i):
            if child.dep_ in ("amod", "compound", "nmod", "poss", "npadvmod") and child.i < tok.i:
                if self._pro_modifier(child):
                    continue  # "pro-Russian separatists" are not Russia's
                m = ctx.mention(child)
                if m is not None and ctx.mentions[m].attributes.get("modifies") == tok.i and \
                        ctx.mentions[m].attributes.get("modifier_relation") == "SUPPORTS":
                    continue  # "the U.S.-backed force" is no American force
                if m is not None and ctx.mentions[m].kind not in ("Location",):
                    found.append((m, child))
                elif child.dep_ == "poss" and child.tag_ == "WP$" and \
                        (ante := self._whose(ctx, tok)) is not None:
                    found.append((ante, child))  # "Wagner, whose fighters ...": Wagner's
                elif child.dep_ == "poss" and (child.pos_ == "PRON" or child.tag_ == "WP$"):
                    pron = child
        if pron is not None and not (found and tok.lemma_ == "counterpart"):
            return None, pron  # "his forces": the pronoun's; but "his Saudi counterpart"
        after: list[tuple[int, Token]] = []
        # "the juntas in Mali, Burkina Faso and Niger", "the authorities in Kabul"
        in_ok = self.lex.nominals.get(tok.lemma_.casefold()) == "government" or \
            tok.lemma_.casefold() == "junta"
        # ("killed Russian mercenaries from the Wagner Group", "from" hung on the verb)
        hung = [c for c in tok.head.children if c.dep_ == "prep" and c.lower_ == "from"
                and c.i == tok.i + 1 and tok.dep_ == "dobj"] if tok.head is not tok else []
        for child in [*tok.children, *hung]:
            if child.dep_ == "amod" and child.lower_ in ("loyal", "allied") and child.i > tok.i:
                # "forces loyal to the Tripoli-based government", "fighters loyal to Haftar"
                for g in child.children:
                    if g.dep_ == "prep" and g.lower_ == "to":
                        for p in g.children:
                            near = [t for t in p.subtree if ctx.mention(t) is not None and
                                    ctx.mentions[ctx.mention(t)].kind != "Location"]
                            if near:
                                after.append((ctx.mention(near[-1]), near[-1]))
            if child.dep_ == "prep" and child.lower_ == "from" and tok.dep_ == "dobj" and \
                    tok.head.lemma_ in REMOVING:
                continue  # "withdrew 80 personnel from the Maldives": whence, not whose
            if child.dep_ == "prep" and (child.lower_ in ("of", "from") or
                                         (under and child.lower_ == "under") or
                                         (in_ok and child.lower_ == "in")):
                for p in child.children:
                    if p.dep_ == "pobj":
                        m = ctx.mention(p)
                        if m is None and p.lemma_ in ("group", "movement", "militia",
                                                      "faction", "organisation",
                                                      "organization"):
                            # "fighters from the Lakurawa group": the group named on it
                            named = [ctx.mention(c) for c in p.children
                                     if c.dep_ in ("compound", "nmod", "amod")
                                     and ctx.mention(c) is not None]
                            m = named[-1] if named else None
                        if m is not None and ctx.mentions[m].kind != "Location":
                            after.append((m, p))
        # the modifiers first ("AU soldiers from Uganda" are AU's), except for groups of
        # fighters, whose "from X" names the group ("mercenaries from the Wagner Group")
        pool = found + after if prefer and prefer[0] == "ArmedGroup" else found
        for kind in prefer:
            for m, child in pool:
                if ctx.mentions[m].kind == kind:
                    return m, child
        if found:
            return found[-1] if prefer else found[0]
        if after:
            return after[0]
        if self.lex.nominals.get(tok.lemma_.casefold()) == "vehicle":
            # "drones launched by the RSF", "jets operated by Russia": whoever launched them
            for c in tok.children:
                if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_ in (
                        "launch", "fire", "operate", "fly", "send", "pilot"):
                    for g in c.children:
                        if g.dep_ == "agent":
                            for p in g.children:
                                m = ctx.mention(p)
                                if p.dep_ == "pobj" and m is not None and \
                                        ctx.mentions[m].kind != "Location":
                                    return m, p
        holder = tok
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.dep_ == "dobj" and (
                tok.head.head.like_num or tok.head.head.lemma_.casefold() in QUANTITY_NOUNS):
            holder = tok.head.head  # "has thousands of troops in Somalia"
        if holder.dep_ == "nsubj" and holder.head.dep_ in ("ccomp", "xcomp") and \
                holder.head.tag_ == "VBN" and holder.head.head.lemma_ in ("have", "keep"):
            holder = holder.head  # "India has kept a dozen warships deployed in the Sea"
        if holder.dep_ in ("dobj", "ccomp", "xcomp") and \
                holder.head.lemma_ in ("have", "maintain", "keep"):
            tok = holder
            # "UNIFIL, which has some 10,000 peacekeepers deployed in ...", "Russia keeps
            # troops in Transnistria": the haver owns them
            for c in tok.head.children:
                if c.dep_ != "nsubj":
                    continue
                s = c.head.head if c.tag_ in ("WDT", "WP") and c.head.dep_ == "relcl" else c
                m = ctx.mention(s)
                if m is not None and ctx.mentions[m].kind in (
                        "Country", "Organization", "MilitaryForce", "ArmedGroup"):
                    return m, s
        return None, None

    @staticmethod
    def _predicative(tok: Token) -> bool:
        """A noun that labels another: "called them terrorists", "branded X a separatist",
        "described the group as mercenaries"."""
        v = tok.head
        if tok.dep_ in ("oprd", "attr") and v.lemma_ in LABEL_VERBS:
            return True
        if tok.dep_ == "dobj" and v.lemma_ in LABEL_VERBS and any(
                c.dep_ == "dobj" and c.i < tok.i for c in v.children):
            return True  # the second of two objects
        if tok.dep_ == "dobj" and v.lemma_ in LABEL_VERBS and v.dep_ in ("relcl", "ccomp") \
                and any(c.tag_ in ("WDT", "WP", "IN") and c.lower_ in ("that", "which", "whom")
                        and c.dep_ in ("mark", "dobj", "nsubj", "dep")
                        and c.i < v.i for c in v.children) and tok.tag_ == "NN" and any(
                c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
            return True  # "a gang that Washington designated a terrorist group"
        return tok.dep_ == "pobj" and v.lower_ == "as" and v.head.lemma_ in LABEL_VERBS

    @staticmethod
    def _pro_modifier(tok: Token) -> bool:
        doc = tok.doc
        return tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ in (
            "pro", "anti")

    def _capital(self, ctx: DocContext, tok: Token) -> bool:
        """ "the Ukrainian capital", "Haiti's capital": the capital city, as a place."""
        if tok.lemma_.casefold() != "capital" or tok.pos_ != "NOUN" or tok.tag_ != "NN" or any(
                c.dep_ in ("appos", "compound") and c.pos_ == "PROPN" for c in tok.children) or \
                (tok.head.pos_ == "PROPN" and tok.dep_ in ("compound", "appos")):
            return False  # ("the capital Niamey": the name is the mention)
        owner = next((ctx.mention(c) for c in tok.children
                      if c.dep_ in ("amod", "poss", "compound") and c.i < tok.i
                      and ctx.mention(c) is not None
                      and ctx.mentions[ctx.mention(c)].kind == "Country"), None)
        country = self.gaz.country(ctx.mentions[owner].key) if owner is not None else None
        if country is None or not country.capital:
            return False
        span = self.strip([t for t in tok.subtree if t.i <= tok.i])
        if not span:
            return False
        self._add(ctx, span, tok, "Location", country.capital, None, "nominal",
                  capital_of=country.key, owner=owner, alias=True)
        return True

    def _nominal(self, ctx: DocContext, tok: Token) -> bool:
        lemma = tok.lemma_.casefold()
        nxt = ctx.tok2men.get(tok.i + 1)
        if lemma == "counterpart" and nxt is not None and ctx.mentions[nxt].kind == "Person" \
                and ctx.mentions[nxt].start == ctx.offset + ctx.doc[tok.i + 1].idx:
            # "her Rwandan counterpart Olivier Nduhungirehe" (however it is parsed): the
            # counterpart is the person named
            ctx.tok2men[tok.i] = nxt
            return True
        if self._capital(ctx, tok):
            return True
        cls = self.lex.nominals.get(lemma)
        if lemma == "unit" and (tok.dep_ in ("appos", "attr") or any(
                c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)):
            cls = None  # "the Quds Force, a unit of the IRGC": a part, not a reference
        if cls is None and lemma in CRAFT and any(
                ctx.mention(c) is not None and ctx.mentions[ctx.mention(c)].kind == "MilitaryForce"
                for c in tok.children if c.dep_ in ("compound", "amod", "poss") and c.i < tok.i):
            cls = "vehicle"  # "coast guard vessels", "navy ships": the force's craft
        if cls is None and lemma in ("system", "battery", "launcher") and any(
                c.dep_ == "compound" and self.lex.nominals.get(c.lemma_.casefold()) == "vehicle"
                for c in tok.children):
            cls = "vehicle"  # "Russian missile systems": the missiles
        if lemma == "fighter" and any(c.dep_ in ("compound", "nmod", "amod", "nummod") and
                                      any(ch.isdigit() for ch in c.text) for c in tok.children):
            cls = "vehicle"  # "a Russian Su-35 fighter", "F-16 fighters": aircraft
        if self._predicative(tok):
            return False  # "whom Beijing brands a separatist": a label, not a referent
        if lemma in PLACE_NOUNS and any(
                c.dep_ == "prep" and c.lower_ == "of" and any(
                    p.pos_ == "PROPN" for p in c.children if p.dep_ == "pobj")
                for c in tok.children):
            return False  # "its northern state of Roraima": a place frame, not the state
        if lemma in ADMIN_AREAS and tok.tag_ == "NNS" and any(
                c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" and any(
                    d.dep_ == "conj" for d in c.children) for c in tok.children):
            return False  # "Mexico's Sonora and Chihuahua states": the places named
        if tok.dep_ == "compound" and tok.head.pos_ in ("NOUN", "PROPN"):
            if lemma in org_nouns() and self.gaz.title(tok.head.lower_):
                return self._org_nominal(ctx, tok)  # "Iran's nuclear body chief"
            # "rebel forces": the compound changes the class of its head
            return False
        compound = [c for c in tok.lefts if c.dep_ in ("compound", "amod")]
        words = {c.lemma_.casefold() for c in compound}
        if cls in ("forces", "militants") and words & {"rebel", "opposition", "insurgent"}:
            cls = "rebels"
        if lemma == "force" and "armed" in words:
            cls = "forces"
        bare = lemma == "force" and not words
        if cls == "forces" and tok.tag_ == "NN" and (words & MULTINATIONAL or bare) and not any(
                c.dep_ in ("poss", "prep", "appos") or (c.dep_ in ("compound", "amod", "nmod")
                                                        and ctx.mention(c) is not None)
                for c in tok.children) and any(
                c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and \
                ctx.tok2men.get(tok.i + 1) is None and \
                self._name_after(ctx, tok, force=True, describe=True) is None and \
                (span := self.strip(list(tok.doc[tok.left_edge.i : tok.i + 1]))):
            # "the regional force": a mission named before, no state's army (not "the
            # U.N. peacekeeping force in Cyprus, UNFICYP", "an African Union force")
            # ("the force" alone: the last such force, else whichever force was named last)
            self._add(ctx, span, tok, "MilitaryForce", " ".join(t.text for t in span), None,
                      "anaphor", alias=False, bare=bare,
                      **{"class": "multinational", "lemma": lemma})
            return True
        if lemma == "group" and words & {"armed", "militant", "rebel", "jihadist", "insurgent",
                                         "extremist", "terrorist", "ethnic", "paramilitary"}:
            cls = "armed_groups"
            if tok.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ == "the"
                                        for c in tok.children):
                cls = "group"  # "the paramilitary group": the group named before
        if lemma in ("general", "adviser", "advisor", "instructor", "trainer") and \
                tok.tag_ != "NNS":
            return False  # "Trump's senior adviser" is a person; "military advisers" a force
        named_appos = [ctx.mention(c) for c in tok.children if c.dep_ == "appos" and
                       ctx.mention(c) is not None and
                       ctx.mentions[ctx.mention(c)].source in ("ner", "gazetteer") and
                       ctx.mentions[ctx.mention(c)].kind in ("Organization", "ArmedGroup",
                                                             "MilitaryForce")]
        if cls and named_appos and tok.pos_ == "NOUN":
            # "Niger's junta, the National Council for the Safeguard of the Homeland":
            # the noun is the named body (which "the junta" will later refer to)
            ctx.mentions[named_appos[0]].attributes.setdefault("lemma", lemma)
            backer = self._backed_modifier(ctx, tok)
            if backer is not None:  # "the Iran-backed group Kataib Hizbullah"
                ctx.mentions[named_appos[0]].attributes.setdefault("backer", backer)
            return True
        if cls and cls not in ("government", "forces") and tok.dep_ == "appos" and \
                ctx.mention(tok.head) is not None and \
                ctx.mentions[ctx.mention(tok.head)].source in ("ner", "gazetteer") and \
                ctx.mentions[ctx.mention(tok.head)].kind in ("ArmedGroup", "Organization"):
            return True  # "the Jenin Brigade, a local armed group ...": the named group
        if lemma == "military" and tok.pos_ != "NOUN":
            return False
        backed = self._backed_modifier(ctx, tok)
        if backed is not None and cls == "group" and tok.tag_ == "NN" and any(
                c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and not any(
                c.dep_ in ("appos", "compound") and ctx.mention(c) is not None
                for c in tok.children):
            # "the Iran-backed group" (no name given): the group named before, and who
            # backs it
            span = self.strip(list(tok.doc[tok.left_edge.i : tok.i + 1]))
            if span:
                self._add(ctx, span, tok, "ArmedGroup", tok.text, None, "anaphor",
                          backer=backed, alias=False, **{"class": cls, "lemma": lemma})
                return True
        if backed is not None and cls in (None, "group", "militants", "rebels", "forces",
                                          "armed_groups") and not (
                cls is None and (self.lex.noun_triggers(lemma) or lemma in NOT_BACKED_GROUPS
                                 or lemma in FACILITY_NAMES or lemma in PLACE_NOUNS)):
            # (not "the NATO-backed uprising", "a China-backed port", "Iran-backed sites")
            return self._add_backed(ctx, tok, backed)
        if backed is not None and cls is None:
            # "Iran-backed militia sites": the backed group is the militia whose sites they are
            grp = next((c for c in tok.children if c.dep_ == "compound" and c.i < tok.i
                        and ctx.mention(c) is None and self.lex.nominals.get(
                            c.lemma_.casefold()) in ("militants", "rebels", "group")), None)
            if grp is not None:
                self._add(ctx, [grp], grp, "ArmedGroup",
                          f"{ctx.mentions[backed].name}-backed {grp.text}", None, "nominal",
                          backer=backed)
            return False
        leader = self._led_by_group(ctx, tok)
        if leader is not None and cls in ("militants", "rebels", "forces", "armed_groups"):
            # "Hamas-led militants" are Hamas's fighters: Hamas as an actor
            span = self.strip(list(tok.doc[tok.left_edge.i : tok.i + 1]))
            lm = ctx.mentions[leader]
            if span:
                self._add(ctx, span, tok, lm.kind, lm.name, lm.key, "nominal", refers=leader,
                          **{"class": cls, "lemma": lemma})
                return True
        named = ctx.mention(tok.head) if tok.dep_ == "appos" else None
        if cls == "forces" and named is not None and ctx.mentions[named].kind in (
                "MilitaryForce", "ArmedGroup") and ctx.mentions[named].source in (
                    "gazetteer", "ner"):
            # "the Africa Corps, a force under the Russian Defence Ministry": the named
            # force, and whose it is
            owner, _ = self.owner_of(ctx, tok, under=True)
            nm = ctx.mentions[named]
            self._add(ctx, [tok], tok, nm.kind, nm.name, nm.key, "nominal", refers=named,
                      owner=owner if owner != named else None,
                      **{"class": "forces", "lemma": lemma, "alias": False})
            return True
        nxt = ctx.tok2men.get(tok.i + 1) if tok.i + 1 < len(ctx.doc) else None
        if nxt is None and cls in ("bloc", "named"):
            nxt = self._name_after(ctx, tok)
        if nxt is None and cls == "forces" and tok.tag_ == "NN":
            # "The European Union's peacekeeping force in Bosnia, EUFOR, said"
            nxt = self._name_after(ctx, tok, force=True, describe=True)
            if nxt is not None:
                cls = "named"
        if cls in ("bloc", "named", "group") and nxt is not None and \
                ctx.mentions[nxt].kind in ("Organization", "ArmedGroup", "MilitaryForce") and \
                ctx.mentions[nxt].start == ctx.offset + ctx.doc[tok.i + 1].idx and \
                ctx.mentions[nxt].source in ("gazetteer", "ner"):
            # "quit the West African bloc ECOWAS": the name that follows the description
            nm = ctx.mentions[nxt]
            self._add(ctx, [tok], tok, nm.kind, nm.name, nm.key, "nominal", refers=nxt,
                      **{"class": cls, "lemma": lemma, "alias": False})
            return True
        if lemma == "counterpart" and any(ctx.mention(c) is not None for c in tok.children
                                          if c.dep_ in ("appos", "compound") and c.i > tok.i):
            return False  # "his Chinese counterpart Xi Jinping": the named person
        if lemma == "counterpart":
            named = named_after(ctx, tok.i + 1, self.gaz)
            if named:
                # "his Japanese and South Korean counterparts, Toshimitsu Motegi and Cho
                # Hyun" (however the parser hangs the names): the people named
                first = ctx.mentions[named[0]]
                self._add(ctx, [tok], tok, "Person", first.name, first.key, "nominal",
                          refers=named[0], conj=named[1:],
                          **{"class": "counterpart", "lemma": lemma, "alias": False})
                return True
        if lemma in LED_BODIES and ctx.mention(tok) is None:
            # "a Saudi-led military coalition", "the US-led coalition": a body named after
            # its leader
            for child in tok.children:
                if child.dep_ == "amod" and child.lemma_ == "lead" and child.i < tok.i:
                    leader = [g for g in child.children if g.i < child.i
                              and ctx.mention(g) is not None]
                    if leader:
                        first = leader[0]
                        name = ctx.text[first.idx : child.idx + len(child.text)]
                        name = f"{name.replace(' - ', '-').replace(' -', '-')} {lemma}"
                        span = self.strip(list(tok.doc[first.i : tok.i + 1]))
                        self._add(ctx, span, tok, "Organization", name, None, "nominal",
                                  bind=False, **{"class": "led", "lemma": lemma})
                        ctx.tok2men[tok.i] = len(ctx.mentions) - 1
                        return True
            leader = next((i for i, m in enumerate(ctx.mentions)
                           if m.attributes.get("modifies") == tok.i
                           and m.attributes.get("offset") == ctx.offset
                           and m.attributes.get("modifier_relation") == "LEADS"), None)
            pre = next((c for c in tok.children if c.dep_ == "amod" and c.i < tok.i
                        and c.lower_.endswith("-led")), None)
            if leader is not None and pre is not None:
                # "the U.S.-led coalition" (one token before the noun)
                span = self.strip(list(tok.doc[pre.i : tok.i + 1]))
                self._add(ctx, span, tok, "Organization", f"{pre.text} {lemma}", None,
                          "nominal", **{"class": "led", "lemma": lemma})
                return True
        the_parties = lemma in ("party", "side") and tok.tag_ == "NNS" and any(
            c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and (
            any(c.lower_ == "warring" for c in tok.children) or (
                tok.dep_ == "dobj" and tok.head.lemma_ in ("urge", "press", "encourage", "ask")))
        each_side = lemma in PAIR_NOUNS and tok.tag_ == "NN" and tok.dep_ == "nsubj" and any(
            c.dep_ == "det" and c.lower_ == "each" for c in tok.children) and any(
            c.dep_ == "dobj" and c.lower_ == "other" for c in tok.head.children)
        if lemma in PAIR_NOUNS and (tok.tag_ == "NNS" or each_side) and \
                ctx.mention(tok) is None and (each_side or any(
                (c.dep_ in ("det", "predet", "preconj") and c.lower_ == "both") or
                (c.dep_ == "nummod" and c.lower_ == "two") for c in tok.children)
                or the_parties) and not any(
                c.dep_ in ("poss", "compound", "amod", "prep") and (
                    ctx.mention(c) is not None or c.dep_ == "prep") and not (
                    # ("accused both sides of abuses": the verb's "of")
                    c.dep_ == "prep" and c.lower_ == "of" and tok.dep_ == "dobj" and
                    tok.head.lemma_ in ("accuse", "suspect")) and not (
                    # ("the warring parties in Sudan": where they fight, not whose they are)
                    the_parties and c.dep_ == "prep" and c.lower_ == "in" and all(
                        ctx.mention(p) is not None and
                        ctx.mentions[ctx.mention(p)].kind == "Country"
                        for p in c.children if p.dep_ == "pobj"))
                for c in tok.children):
            # "both governments", "the two sides": the two actors just named
            span = self.strip(list(tok.doc[tok.left_edge.i : tok.i + 1]))
            if span:
                kinds = "Country" if lemma in ("government", "country", "nation",
                                               "capital", "neighbour", "neighbor") else \
                    "Person" if lemma in PERSON_PAIR_NOUNS else "Any"
                self._add_pair(ctx, span, tok, lemma, kinds)
                return True
        if lemma == "junta" and any(c.dep_ == "prep" and c.lower_ == "in" for c in tok.children):
            cls = "government"  # "the juntas in Mali and Niger": their governments
        if cls == "named" and any(c.dep_ in ("compound", "amod", "poss", "nmod")
                                  and ctx.mention(c) is not None for c in tok.children):
            cls = None  # "Iran's nuclear agency": owned, not a reference to a named body
        if cls is None:
            if lemma in org_nouns():
                return self._org_nominal(ctx, tok)
            return False
        if cls == "place":
            return self._place_anaphor(ctx, tok, lemma)
        if cls == "forces":
            # "Russian military instructors from the Africa Corps", "troops from the SADC":
            # members of the named force or body stand for it
            named = next((ctx.mention(p) for c in tok.children if c.dep_ == "prep"
                          and c.lower_ == "from" for p in c.children if p.dep_ == "pobj"
                          and ctx.mention(p) is not None
                          and ctx.mentions[ctx.mention(p)].kind in ("MilitaryForce",
                                                                    "ArmedGroup",
                                                                    "Organization")
                          and ctx.mentions[ctx.mention(p)].source in ("ner", "gazetteer")),
                         None)
            if named is not None:
                ctx.tok2men[tok.i] = named
                return True
        extra = self._short_aliases(ctx, tok) if cls in ("forces", "government") else []
        prefer = ("Country",) if cls in ("forces", "government", "vehicle") else (
            ("ArmedGroup", "MilitaryForce", "Organization") if cls in ("militants", "rebels")
            else ())
        owner, owner_tok = self.owner_of(ctx, tok, prefer=prefer,
                                         under=cls in ("militants", "rebels", "forces",
                                                       "armed_groups"))
        span = self.strip(list(tok.doc[tok.left_edge.i : tok.i + 1]))
        if not span:
            return False
        if span[0].dep_ == "poss" and owner_tok is not None and span[0] is owner_tok:
            pass
        text = ctx.text[span[0].idx : span[-1].idx + len(span[-1].text)]
        owner_m = ctx.mentions[owner] if owner is not None else None
        if lemma == "opposition" and owner_m is None:
            return False  # "the opposition" is political unless it is someone's
        if lemma == "member" and owner_m is not None and owner_m.kind == "Organization":
            return False  # "a NATO member" is a member state (the membership rules)
        attrs = {"class": cls, "owner": owner, "lemma": lemma}
        if extra:
            attrs["extra_aliases"] = extra
        if owner_m is not None and owner_m.kind == "Person" and owner_tok is not None and \
                owner_tok.i > tok.i and any(c.dep_ == "amod" and c.lower_ in ("loyal", "allied")
                                            for c in tok.children):
            attrs["loyal"] = True  # "forces loyal to Riek Machar": his men, not his state's
        if cls in ("forces", "vehicle", "government"):
            if owner_m is None:
                if cls == "forces" and owner_tok is not None and (
                        owner_tok.pos_ == "PRON" or owner_tok.tag_ == "WP$"):
                    # "his security forces": the forces of whatever "his" refers to
                    self._add(ctx, span, tok, "MilitaryForce", text, None, "anaphor",
                              pronoun=owner_tok.i, alias=False, **attrs)
                    return True
                if cls == "forces" and self._definite_or_plural(tok):
                    self._add(ctx, span, tok, "MilitaryForce", text, None, "anaphor", **attrs,
                              **({"federal": True} if self._federal(tok) else {}))
                    return True
                if cls == "government" and owner_tok is not None and (
                        owner_tok.pos_ == "PRON" or owner_tok.tag_ == "WP$"):
                    self._add(ctx, span, tok, "Country", text, None, "anaphor",
                              pronoun=owner_tok.i, alias=False, **attrs)
                    return True
                if cls == "government" and lemma in RULING_BODIES and any(
                        c.dep_ in ("amod", "compound") and c.lower_ in ("federal", "central")
                        for c in tok.children):
                    # "turned against the federal government": the state at hand
                    self._add(ctx, span, tok, "Country", text, None, "anaphor",
                              alias=False, home=True, **attrs,
                              **({"federal": True} if self._federal(tok) else {}))
                    return True
                if cls == "government" and (
                        (lemma == "government" and tok.tag_ == "NN") or
                        (lemma == "authority" and tok.tag_ == "NNS" and (
                            # ("urged the authorities to", "called on the authorities")
                            tok.dep_ == "dobj" or (tok.dep_ == "pobj" and
                                                   tok.head.lower_ == "on")))) and \
                        [c.lower_ for c in tok.children if c.dep_ == "det"] == ["the"] and \
                        all(c.dep_ in ("det", "punct", "acl", "relcl", "prep") or (
                            c.dep_ == "amod" and c.lower_ in INTERIM) for c in tok.children):
                    # "criticised the government for a crackdown", "urged the authorities
                    # to investigate": the state at hand
                    self._add(ctx, span, tok, "Country", text, None, "anaphor",
                              alias=False, home=True, plain=True, **attrs,
                              **({"dateline_state": d} if (d := dateline_state(ctx)) else {}))
                    return True
                if lemma == "delegation" and any(c.dep_ == "det" and c.lower_ == "the"
                                                 for c in tok.children):
                    # "met the delegation": the delegation the article named before
                    self._add(ctx, span, tok, "Organization", text, None, "anaphor",
                              alias=False, **{**attrs, "class": "delegation"})
                    return True
                return False
            if cls == "vehicle":
                idx = self._add(ctx, span, tok, owner_m.kind, owner_m.name, owner_m.key,
                                "nominal", refers=owner, **attrs)
                for co in owner_tok.conjuncts if owner_tok is not None else ():
                    cm = ctx.mention(co)
                    if cm is not None and ctx.mentions[cm].kind == owner_m.kind:
                        ctx.mentions[idx].attributes.setdefault("conj", []).append(cm)
                return True
            if cls == "government":
                if lemma in PEOPLE_NOUNS and tok.tag_ not in ("NNS", "NNPS"):
                    return False  # "the Hamas leader" is a person, not Hamas
                if owner_m.kind == "Person":
                    self._add(ctx, span, tok, "Country", text, None, "anaphor", **attrs)
                    return True
                org = self.gaz.get(owner_m.key) if owner_m.key else None
                state = self.gaz.country(f"country:{org.governs}") \
                    if isinstance(org, Organization) and org.governs else None
                if state is not None and lemma in RULING_BODIES:
                    # "the Taliban government": the state the group governs
                    self._add(ctx, span, tok, "Country", state.name, state.key, "nominal",
                              **attrs)
                    return True
                if owner_m.kind in ("Organization", "ArmedGroup", "MilitaryForce"):
                    # "Hamas leaders", "NATO officials": the body they speak for
                    self._add(ctx, span, tok, owner_m.kind, owner_m.name, owner_m.key,
                              "nominal", refers=owner, **attrs)
                    return True
                if owner_m.kind == "Country":
                    idx = self._add(ctx, span, tok, "Country", owner_m.name, owner_m.key,
                                    "nominal", refers=owner, **attrs)
                    if owner_m.attributes.get("class") == "pair":
                        # "the two countries' foreign ministers": both countries
                        ctx.mentions[idx].attributes["conj"] = list(
                            owner_m.attributes.get("conj", []))
                    for co in owner_tok.conjuncts if owner_tok is not None else ():
                        cm = ctx.mention(co)
                        if cm is not None and ctx.mentions[cm].kind == "Country":
                            ctx.mentions[idx].attributes.setdefault("conj", []).append(cm)
                    return True
                return False
            # forces
            if owner_m.kind in ("ArmedGroup", "MilitaryForce"):
                self._add(ctx, span, tok, owner_m.kind, owner_m.name, owner_m.key, "nominal",
                          refers=owner, **attrs)
                return True
            if owner_m.kind == "Country":
                c = self.gaz.country(owner_m.key)
                words = " ".join(t.lower_ for t in span if t.i <= tok.i and (
                    t.i == tok.i or (t.dep_ == "compound" and t.head == tok and t.is_lower)))
                body = self.gaz.state_body(c.iso3, words) if c and words not in (
                    "army", "military", "armed forces", "forces", "force", "troops",
                    "navy", "air force") else None
                if body is not None:
                    # "the Philippine coast guard": the state's body of that name (its army
                    # stays "<demonym> forces", one node with its troops)
                    self._add(ctx, span, tok, body.type, body.name, body.key, "nominal",
                              **attrs)
                    return True
                branch = service_branch(tok)
                if c and branch:
                    # "Israel's navy", "the Ukrainian air force": a service of its own
                    self._add(ctx, span, tok, "MilitaryForce", f"{c.demonym} {branch}",
                              f"{BRANCH_KEYS[branch]}:{c.iso3}", "nominal", **attrs)
                    return True
                name = f"{c.demonym} forces" if c else f"{owner_m.name} forces"
                idx = self._add(ctx, span, tok, "MilitaryForce", name,
                                f"forces:{c.iso3}" if c else None, "nominal", **attrs)
                # "U.S. and British forces": one force per owner
                for co in owner_tok.conjuncts if owner_tok is not None else ():
                    cm = ctx.mention(co)
                    c2 = self.gaz.country(ctx.mentions[cm].key) if cm is not None else None
                    if c2:
                        self._add(ctx, [co], co, "MilitaryForce", f"{c2.demonym} forces",
                                  f"forces:{c2.iso3}", "nominal", bind=False, owner=cm,
                                  **{"class": "forces", "alias": False})
                        ctx.mentions[idx].attributes.setdefault("conj", []).append(
                            len(ctx.mentions) - 1)
                return True
            if owner_m.kind == "Organization" and lemma in ("personnel", "staff"):
                # "U.N. personnel": the body's people, the body itself (its peacekeepers
                # are a force)
                self._add(ctx, span, tok, owner_m.kind, owner_m.name, owner_m.key, "nominal",
                          refers=owner, **attrs)
                return True
            if owner_m.kind == "Organization":
                self._add(ctx, span, tok, "MilitaryForce", f"{owner_m.name} forces", None,
                          "nominal", **attrs)
                return True
            if owner_m.kind == "Person":
                self._add(ctx, span, tok, "ArmedGroup", text, None, "anaphor", **attrs)
                return True
            return False
        if cls in ("rebels", "armed_groups", "militants"):
            if owner_m is not None and owner_m.kind in ("ArmedGroup", "MilitaryForce",
                                                        "Organization"):
                self._add(ctx, span, tok, "ArmedGroup" if owner_m.kind == "Organization"
                          else owner_m.kind, owner_m.name, owner_m.key, "nominal",
                          refers=owner, **attrs)
                return True
            named = next((m for c in tok.children if c.dep_ in ("compound", "nmod")
                          and (m := ctx.mention(c)) is not None and ctx.mentions[m].kind in (
                              "ArmedGroup", "MilitaryForce", "Organization")), None)
            if (owner_m is None or owner_m.kind == "Person") and named is not None:
                # "Sharaa, whose HTS rebels ...": the named group's fighters
                nm = ctx.mentions[named]
                self._add(ctx, span, tok, "ArmedGroup" if nm.kind == "Organization"
                          else nm.kind, nm.name, nm.key, "nominal", refers=named,
                          **{**attrs, "owner": None})
                return True
            if owner_m is not None and owner_m.kind == "Person":
                self._add(ctx, span, tok, "ArmedGroup", text, None, "anaphor", **attrs)
                return True
            if owner_m is not None and owner_m.kind == "Country":
                c = self.gaz.country(owner_m.key)
                label = "rebels" if cls == "rebels" else self._plural_label(span, tok)
                name = f"{c.demonym if c else owner_m.name} {label}"
                plain = " ".join(t.text for t in span if t.lower_ not in DESCRIPTIVE
                                 and t.pos_ not in ("NUM", "DET"))
                if plain and plain != text:
                    # "masked Serb gunmen" also goes by "Serb gunmen"
                    attrs = {**attrs, "extra_aliases": attrs.get("extra_aliases", []) + [plain]}
                self._add(ctx, span, tok, "ArmedGroup", name, None, "nominal", **attrs)
                return True
            if cls == "militants" and not self._definite_or_plural(tok):
                return False
            if cls == "militants" and lemma == "member" and any(
                    c.dep_ == "prep" and c.lower_ == "of" and any(
                        p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN") for p in c.children)
                    for c in tok.children):
                return False  # "70 members of the Somali army": that army's, named after "of"
            if cls == "militants" and not words & {"rebel", "armed", "opposition"}:
                self._add(ctx, span, tok, "ArmedGroup", text, None, "anaphor",
                          **{**attrs, "class": "group"})
                return True
            self._add(ctx, span, tok, "ArmedGroup", text, None, "anaphor", **attrs)
            return True
        if cls == "country" and any(c.dep_ == "poss" and c.lower_ == "whose"
                                    for c in tok.children):
            # "Finnish President Alexander Stubb, whose country joined NATO": the state
            # the person's title names
            rel = next((a for a in tok.ancestors if a.dep_ == "relcl"), None)
            person = ctx.mention(rel.head) if rel is not None else None
            if person is None or ctx.mentions[person].kind != "Person":
                return False
            state = next((m for t in rel.head.subtree if t.i < rel.head.i
                          and (m := ctx.mention(t)) is not None
                          and ctx.mentions[m].kind == "Country"), None)
            if state is not None:
                ctx.tok2men[tok.i] = state
                return True
            return False
        if cls == "country" and tok.dep_ in ("nsubj", "nsubjpass") and \
                tok.head.dep_ == "ccomp" and tok.head.head.lemma_ in SPEECH_VERBS and \
                any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            # "Saudi Arabia said the kingdom strongly condemns the move": the state that
            # speaks of itself
            speaker = next((m for c in tok.head.head.children if c.dep_ == "nsubj"
                            and (m := ctx.mention(c)) is not None), None)
            if speaker is not None and ctx.mentions[speaker].kind == "Country":
                ctx.tok2men[tok.i] = speaker
                return True
        if cls in ("country", "group", "bloc", "named"):
            det = [c for c in tok.children if c.dep_ == "det"]
            # ("the bloc" tagged a proper noun is still a lower-case common noun)
            if not (tok.tag_ == "NN" or (tok.tag_ == "NNP" and tok.is_lower)) or not det \
                    or det[0].lower_ != "the":
                return False
            if any(c.dep_ in ("compound", "amod", "poss", "nmod") and (
                    c.pos_ == "PROPN" or ctx.mention(c) is not None) and not (
                        # ("the Gulf country", "the Baltic nation": one of a group of states)
                        cls == "country" and any(c.lower_ in words and len(words) == 1
                                                 for words, _ in gz.country_groups()))
                   for c in tok.children):
                return False
            if cls == "named" and any(c.dep_ == "prep" and not (
                    # ("accused the company of running scam centres": the verb's "of")
                    c.lower_ in ("of", "for") and tok.dep_ == "dobj"
                    and tok.head.lemma_ in ("accuse", "suspect", "blame", "criticise",
                                            "criticize", "condemn")
                    and (lemma in ("company", "firm", "conglomerate") or any(
                        # (a body named so before: "the agency" after the IAEA)
                        m.kind == "Organization" and m.source in ("gazetteer", "ner")
                        and lemma in m.name.casefold().split() for m in ctx.mentions)))
                                       for c in tok.children):
                return False  # "the mission of the envoy": not a name
            if cls == "named" and lemma in ("ministry", "party") and any(
                    c.dep_ in ("amod", "compound", "nmod", "npadvmod") and c.lower_ != "ruling"
                    for c in tok.children):
                return False  # "the Taliban-run interior ministry": not the one named last
            if cls == "bloc" and any(c.dep_ == "prep" and c.lower_ in ("with", "between")
                                     for c in tok.children):
                return False  # "revived the alliance with the United States": a tie
            kind = {"country": "Country", "group": "ArmedGroup", "bloc": "Organization",
                    "named": "Organization"}[cls]
            self._add(ctx, span, tok, kind, text, None, "anaphor", **attrs)
            return True
        return False

    def _place_anaphor(self, ctx: DocContext, tok: Token, lemma: str) -> bool:
        """ "Kigali sent 1,000 troops to the gas-rich province", "deployed to the area": a
        place named just before (the resolver picks it), when nothing in the phrase names
        one."""
        det = [c for c in tok.children if c.dep_ in ("det", "poss")]
        if tok.tag_ != "NN" or tok.pos_ != "NOUN" or len(det) != 1 or \
                det[0].lower_ != "the" or tok.dep_ not in ("pobj", "dobj", "nsubj",
                                                          "nsubjpass") or \
                any(c.dep_ in ("compound", "amod", "nmod", "appos", "acl", "relcl")
                    and (c.pos_ == "PROPN" or ctx.mention(c) is not None
                         or c.dep_ in ("appos", "acl", "relcl")) or
                    (c.dep_ == "prep" and c.lower_ in ("of", "around", "near", "between"))
                    for c in tok.children):
            return False
        span = self.strip(list(tok.doc[tok.left_edge.i : tok.i + 1]))
        if not span:
            return False
        text = ctx.text[span[0].idx : span[-1].idx + len(span[-1].text)]
        self._add(ctx, span, tok, "Location", text, None, "anaphor", alias=False,
                  **{"class": "place", "lemma": lemma})
        return True

    def _add_pair(self, ctx: DocContext, span: list[Token], tok: Token, lemma: str,
                  kinds: str) -> None:
        """Two anaphoric mentions for "both governments", "the two sides": the two actors
        named before (the resolver picks them)."""
        # the governing clause's own subject is not one of the two ("Blinken urged both
        # governments": not the United States)
        subj = [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        skip = (ctx.offset + subj[0].left_edge.idx, ctx.offset + subj[0].right_edge.idx
                + len(subj[0].right_edge.text)) if subj else None
        first = self._add(ctx, span, tok, "Country", tok.text, None, "anaphor",
                          alias=False, **{"class": "pair", "lemma": lemma,
                                          "pair_kinds": kinds, "skip_span": skip})
        second = self._add(ctx, span, tok, "Country", tok.text, None, "anaphor",
                           bind=False, alias=False, **{"class": "pair2",
                                                       "lemma": lemma, "first": first})
        ctx.mentions[first].attributes["conj"] = [second]
        ctx.tok2men[tok.i] = first
        # "relations between Hungary and Ukraine ..., and the two countries": that pair
        start = ctx.sent_start(tok)
        for b in ctx.tokens[start : tok.i]:
            if b.lower_ == "between" and b.dep_ == "prep":
                pair = [m for p in b.children if p.dep_ == "pobj" for q in (p, *p.conjuncts)
                        for m in [ctx.mention(q)] if m is not None]
                if len(pair) == 2:
                    ctx.mentions[first].attributes["between"] = pair
        if kinds != "Person" and "between" not in ctx.mentions[first].attributes:
            # "Russia and Ukraine each released 150 prisoners ..., hours after the two sides
            # launched drones at each other": two states named together (by name) before,
            # in this sentence, by someone else than the one who asks (the resolver's
            # choice when no relation told so far joins a pair)
            pair = self._named_together(ctx, ctx.tokens[start : tok.i], lambda j: (
                ctx.mentions[j].kind == "Country" and bool(ctx.mentions[j].key)
                and ctx.mentions[j].attributes.get("use") == "name"
                # (not "Saudi Arabia and Yemen's Houthi movement")
                and ctx.doc[ctx.mentions[j].attributes["head"]].dep_ != "poss"
                and not (skip and skip[0] <= ctx.mentions[j].start < skip[1])))
            if pair is not None:
                head = min(t.i for t in ctx.tokens[start : tok.i] if ctx.mention(t) == pair[0])
                # (not "the US, Britain, France, Germany and Italy": a longer list)
                if head == 0 or ctx.doc[head - 1].text != ",":
                    ctx.mentions[first].attributes["together"] = pair
        if kinds == "Person":
            # "sanctions on Smotrich and Ben-Gvir ... the two ministers": the last two people
            # named together, in this sentence or the two before
            here = ctx.sentence_of(tok)
            pair = self._named_together(
                ctx, [t for t in ctx.tokens[: tok.i] if here - ctx.sentence_of(t) <= 2],
                lambda j: ctx.mentions[j].kind == "Person" and ctx.mentions[j].source == "ner")
            if pair is not None:
                ctx.mentions[first].attributes["between"] = pair

    @staticmethod
    def _named_together(ctx: DocContext, tokens: list[Token], fits) -> list[int] | None:
        """The last two mentions joined by "and" in `tokens` that `fits` accepts, read by
        the words, not the parse ("Smotrich and Ben-Gvir" is often misparsed)."""
        for b in reversed(tokens):
            if b.lower_ != "and" or not 0 < b.i < len(ctx.doc) - 1:
                continue
            pair = [ctx.mention(ctx.doc[b.i - 1]), ctx.mention(ctx.doc[b.i + 1])]
            if None not in pair and pair[0] != pair[1] and all(fits(j) for j in pair):
                return pair
        return None

    @staticmethod
    def _short_aliases(ctx: DocContext, tok: Token) -> list[str]:
        """Shorter names a long nominal also goes by: "UN-recognized Libyan government" is
        also "Libyan government"; "Syrian pro-government forces" also "pro-government
        forces"; "his security forces" also "security forces"."""
        mods = [t for t in tok.doc[tok.left_edge.i : tok.i] if t.dep_ != "det"
                and t.tag_ != "POS"]
        if not mods or any(t.dep_ == "cc" for t in mods):
            return []  # "Armenian and Azerbaijani troops": two owners, no shorter name
        out = []
        owner = [t for t in mods if ctx.mention(t) is not None or t.pos_ == "PRON"]
        head_with_owner = [t for t in owner if t.pos_ != "PRON"][-1:] + [tok]
        without_owner = [t for t in mods if t not in owner and t.pos_ != "PRON"
                         and t.tag_ != "POS"] + [tok]
        while len(without_owner) > 1 and (without_owner[0].is_punct or
                                          without_owner[0].dep_ in ("punct", "cc")):
            without_owner = without_owner[1:]
        for words in (head_with_owner, without_owner):
            if 2 <= len(words) < len(mods) + 1 or (words == without_owner and owner):
                text = " ".join(t.text for t in words).replace(" - ", "-").replace(" -", "-")
                if len(words) >= 2 and text not in out:
                    out.append(text)
        return out

    @staticmethod
    def _federal(tok: Token) -> bool:
        return any(c.dep_ in ("amod", "compound") and c.lower_ == "federal"
                   for c in tok.children)

    @staticmethod
    def _definite_or_plural(tok: Token) -> bool:
        """Does a noun refer back ("the troops", "these fighters", "two militants") rather
        than speak of a kind ("jihadists", "soldiers")?"""
        if any(c.dep_ == "det" and c.lower_ in ("the", "this", "these", "those")
               for c in tok.children):
            return True
        if any(c.dep_ == "nummod" for c in tok.children):
            return True
        if any(c.dep_ in ("amod", "compound") and c.lower_ in HOME_STATE
               for c in tok.children):
            return True  # "federal forces", "government troops": the state at hand's
        return tok.lemma_ in ("military", "junta", "army")

    @staticmethod
    def _plural_label(span: list[Token], tok: Token) -> str:
        words = [t.text for t in span if t.i <= tok.i and t.ent_type_ not in ("NORP", "GPE")
                 and t.pos_ not in ("NUM", "DET") and t.lower_ not in DESCRIPTIVE]
        return " ".join(words) or tok.text

    def _backed_modifier(self, ctx: DocContext, tok: Token) -> int | None:
        """ "Iran-backed groups", "U.N.-backed AMISOM": the backer's mention."""
        for child in tok.children:
            m = ctx.tok2men.get(child.i)
            if child.dep_ == "amod" and m is not None and \
                    ctx.mentions[m].attributes.get("modifies") == tok.i and \
                    ctx.mentions[m].attributes.get("modifier_relation") == "SUPPORTS":
                return m  # "the U.S.-backed force": one token
        for child in tok.children:
            # ("Iran-aligned militias": unnamed groups aligned with a state are its proxies)
            if child.dep_ == "amod" and child.lemma_ in BACKING_PARTICIPLES:
                for g in child.children:
                    m = ctx.mention(g)
                    if m is not None and g.i < child.i:
                        return m
        return None

    @staticmethod
    def _led_by_group(ctx: DocContext, tok: Token) -> int | None:
        """ "Hamas-led militants": the armed group or organisation that leads them."""
        for child in tok.children:
            if child.dep_ == "amod" and child.lemma_ == "lead" and child.tag_ == "VBN":
                for g in child.children:
                    m = ctx.mention(g)
                    if m is not None and g.i < child.i and ctx.mentions[m].kind in (
                            "ArmedGroup", "Organization", "MilitaryForce"):
                        return m
        return None

    def _add_backed(self, ctx: DocContext, tok: Token, backer: int) -> bool:
        # a named group in apposition or compound takes the role ("the Iran-backed group
        # Kataib Hezbollah", "Russian-backed Wagner mercenaries")
        for child in tok.children:
            m = ctx.mention(child)
            if child.dep_ in ("appos", "compound") and m is not None and m != backer and \
                    ctx.mentions[m].kind in ("ArmedGroup", "Organization", "MilitaryForce"):
                ctx.tok2men[tok.i] = m
                ctx.mentions[m].attributes.setdefault("backer", backer)
                return True
        for child in tok.children:
            # "Turkey-backed fighters of the Syrian National Army": the army's fighters
            named = [ctx.mention(p) for p in child.children if p.dep_ == "pobj"] \
                if child.dep_ == "prep" and child.lower_ in ("of", "from") else []
            m = next((x for x in named if x is not None and x != backer), None)
            if m is not None and ctx.mentions[m].kind in ("ArmedGroup", "MilitaryForce") and \
                    self.lex.nominals.get(tok.lemma_.casefold()) in ("forces", "militants",
                                                                     "rebels"):
                ctx.tok2men[tok.i] = m
                ctx.mentions[m].attributes.setdefault("backer", backer)
                return True
        one = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None
        m = ctx.mention(one.head) if one is not None and one.lower_ == "one" and \
            one.dep_ == "appos" else None
        if m is not None and m != backer and ctx.mentions[m].kind in (
                "ArmedGroup", "Organization", "MilitaryForce"):
            # "Kataib Hezbollah, one of the most powerful Iran-backed factions"
            ctx.mentions[m].attributes.setdefault("backer", backer)
            return False
        span = self.strip([t for t in tok.subtree if t.i <= tok.i])
        if not span:
            return False
        b = ctx.mentions[backer]
        words = [t.text for t in span if t.i > max(t2.i for t2 in span
                                                  if t2.lemma_ in ("back", "support",
                                                                   "sponsor", "fund", "arm",
                                                                   "align", "ally")
                                                  or HYPHEN_ACTOR.match(t2.text))]
        name = f"{b.name}-backed {' '.join(words)}".strip()
        if any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and \
                tok.lemma_.casefold() in self.lex.nominals:
            # "the Iran-backed rebels" after "Houthi targets": the group named before (or,
            # with none, a group of its own)
            self._add(ctx, span, tok, "ArmedGroup", name, None, "anaphor", backer=backer,
                      fallback_name=name, lemma=tok.lemma_.casefold(), **{"class": "group"})
            return True
        self._add(ctx, span, tok, "ArmedGroup", name, None, "nominal", backer=backer)
        return True

    def _generic_body(self, ctx: DocContext, tokens: list[Token], head: Token) -> bool:
        """ "Jordan's Foreign Ministry", "the Chinese Ministry of Commerce", "navy": a name
        every state's body has is no name of its own.  Owned by a country it is that
        country's body ("Jordanian Foreign Ministry", PART_OF Jordan); a lowercase common
        noun ("navy") is left to the nominal rules."""
        words = [t for t in tokens if not t.is_punct]
        if not words or any(t.lower_ not in GENERIC_BODY_WORDS for t in words):
            return False
        if len(words) == 1 and (words[0].is_lower or words[0].is_sent_start):
            return True  # "navy", "Army": a common noun NER called an organisation
        if head.lemma_.casefold() not in org_nouns():
            return False
        owner, owner_tok = self.owner_of(ctx, head)
        if owner is None and head.dep_ == "compound":
            # "China's Foreign Ministry spokesperson": the possessive hangs on the title
            owner, owner_tok = self.owner_of(ctx, head.head)
        if owner is None or owner_tok is None or owner_tok.i > head.i or \
                ctx.mentions[owner].kind != "Country":
            return False
        c = self.gaz.country(ctx.mentions[owner].key)
        body = " ".join(t.text for t in words)
        name = f"{c.demonym if c else ctx.mentions[owner].name} {body}"
        owned = ctx.text[owner_first(ctx, owner, owner_tok).idx :
                         tokens[-1].idx + len(tokens[-1].text)]
        self._add(ctx, tokens, head, "Organization", name, None, "nominal", owner=owner,
                  extra_aliases=[owned], **{"class": "org"})  # + "Jordan's Foreign Ministry"
        return True

    def _generic_named_body(self, ctx: DocContext, ent: Span, word: Token) -> None:
        """A body named only by a generic word ("Ukraine's General Staff said", "Command
        spokesman X" after "the Eastern Theater Command"): the state's body of that name,
        else the last body named so, else nothing (no actor is called "Staff")."""
        span = [t for t in ent if t.dep_ != "det" and ctx.mention(t) is None]
        if not span or word not in span:
            return
        owner, owner_tok = self.owner_of(ctx, word)
        if owner is not None and owner_tok is not None and owner_tok.i < span[0].i and \
                ctx.mentions[owner].kind == "Country":
            c = self.gaz.country(ctx.mentions[owner].key)
            named = self._org_name(ctx, span)
            owned = ctx.text[owner_first(ctx, owner, owner_tok).idx :
                             span[-1].idx + len(span[-1].text)]
            self._add(ctx, span, word, "Organization",
                      f"{c.demonym if c else ctx.mentions[owner].name} {named}", None,
                      "nominal", owner=owner, extra_aliases=[owned], **{"class": "org"})
            return
        start = ctx.offset + span[0].idx
        before = [j for j, m in enumerate(ctx.mentions) if m.start < start and len(
            m.name.split()) > 1 and m.name.casefold().split()[-1] == word.lower_ and m.kind in (
                "Organization", "MilitaryForce", "ArmedGroup") and m.source != "implied"]
        if before:
            j = max(before, key=lambda k: ctx.mentions[k].start)
            m = ctx.mentions[j]
            self._add(ctx, span, word, m.kind, m.name, m.key, "nominal", refers=j,
                      **{"class": "org"})

    @staticmethod
    def _name_after(ctx: DocContext, tok: Token, force: bool = False,
                    describe: bool = False) -> int | None:
        """ "The U.N. peacekeeping mission in Congo, MONUSCO, said": the body named
        between commas right after the description's phrase, if its name has the
        description's word (`force`: any known force for "force").  `describe`: keep the
        description's words on the named mention, where the roles read its parent and
        place."""
        doc = ctx.doc
        comma = next((t.i for t in doc[tok.i + 1 : min(tok.i + 8, len(doc))]
                      if t.text == ","), None)
        if comma is None or comma + 2 >= len(doc) or doc[tok.i].sent != doc[comma].sent:
            return None
        m = ctx.tok2men.get(comma + 1)
        if m is None or ctx.mentions[m].start != ctx.offset + doc[comma + 1].idx or \
                ctx.mentions[m].kind not in ("Organization", "MilitaryForce") or (
                    tok.lemma_.casefold() not in ctx.mentions[m].name.casefold() and not (
                        force and ctx.mentions[m].kind == "MilitaryForce"
                        and ctx.mentions[m].source == "gazetteer")):
            return None
        end = ctx.offset + doc[comma + 1].idx
        after = [t for t in doc[comma + 1 : min(comma + 12, len(doc))]
                 if ctx.tok2men.get(t.i) != m]
        if not after or after[0].text not in (",", ".") or ctx.mentions[m].end < end:
            return None
        if describe:
            ctx.mentions[m].attributes["described_as"] = ctx.text[
                tok.left_edge.idx : doc[comma - 1].idx + len(doc[comma - 1].text)]
        return m

    def _org_nominal(self, ctx: DocContext, tok: Token) -> bool:
        """ "Iran's nuclear agency", "Russian intelligence services": an organisation
        named after its state owner."""
        if tok.dep_ == "compound" and not self.gaz.title(tok.head.lower_):
            return False
        owner, owner_tok = self.owner_of(ctx, tok)
        if owner is None and tok.dep_ == "compound":
            # "Iran's nuclear body chief": the possessive hangs on the title
            owner, owner_tok = self.owner_of(ctx, tok.head)
        if owner is None or owner_tok is None or owner_tok.i > tok.i:
            return False
        om = ctx.mentions[owner]
        if om.kind != "Country":
            return False
        mods = [t for t in tok.lefts if t.i > owner_tok.i and t.dep_ in ("amod", "compound",
                                                                          "nmod")]
        if any(ctx.mention(t) is not None for t in mods):
            return False  # "Iran's Tasnim news agency": a named organisation
        if any(ctx.mention(c) is not None for c in tok.children if c.dep_ == "appos"):
            return False  # "Iran's news agency IRNA"
        if any(t.pos_ == "PROPN" for t in tok.doc[tok.i + 1 : tok.i + 2]):
            return False
        c = self.gaz.country(om.key)
        if tok.lemma_ == "mission" and not mods:
            # "support the Rwandan mission", "Russia's mission to the UN": the state's
            span = self.strip(list(tok.doc[owner_tok.i : tok.i + 1]))
            self._add(ctx, span, tok, "Country", om.name, om.key, "nominal", refers=owner,
                      owner=owner, **{"class": "org", "alias": False})
            return True
        head_words = [t.text for t in sorted(mods, key=lambda t: t.i)
                      if t.lemma_ not in ("state", "run", "-")] + [tok.text]
        name = f"{c.demonym if c else om.name} {' '.join(head_words)}"
        start = min([owner_first(ctx, owner, owner_tok).i] + [t.i for t in mods])
        span = self.strip(list(tok.doc[start : tok.i + 1]))
        # "Belarusian and Russian intelligence services": one organisation per owner
        conj_owners = [c2 for c2 in owner_tok.children if c2.dep_ == "conj"]
        idx = self._add(ctx, span, tok, "Organization", name, None, "nominal", owner=owner,
                        **{"class": "org"})
        for co in conj_owners:
            m = ctx.mention(co)
            if m is not None and ctx.mentions[m].kind == "Country":
                c2 = self.gaz.country(ctx.mentions[m].key)
                nm = f"{c2.demonym if c2 else ctx.mentions[m].name} {' '.join(head_words)}"
                self._add(ctx, [co], co, "Organization", nm, None, "nominal", bind=False,
                          owner=m, **{"class": "org", "alias": False})
                ctx.mentions[idx].attributes.setdefault("conj", []).append(len(ctx.mentions) - 1)
        return True


def owner_first(ctx: DocContext, owner: int, owner_tok: Token) -> Token:
    """The first word of an owner's name ("Saudi" of "Saudi Arabia's foreign ministry",
    whose head word is "Arabia")."""
    first = ctx.mentions[owner].start - ctx.offset
    i = owner_tok.i
    while i > 0 and owner_tok.doc[i - 1].idx >= first and owner_tok.doc[i - 1].dep_ == "compound":
        i -= 1
    return owner_tok.doc[i]


def named_after(ctx: DocContext, k: int, gaz: Gazetteer, kinds: tuple[str, ...] = ("Person",),
                whole: bool = False, comma: bool = True) -> list[int]:
    """The actors of `kinds` named in turn from token k on, after a comma: "counterparts,
    Toshimitsu Motegi and Cho Hyun", "leaders of A and B, General X and Captain Y" (titles
    skipped); with `whole`, only a list that ends the phrase ("two Lithuanian banks, A and
    B."), else none; without `comma`, the names may follow at once ("Israeli ministers
    A and B")."""
    doc = ctx.doc
    if k >= len(doc) or (comma and doc[k].text != ","):
        return []
    out: list[int] = []
    k += 1 if doc[k].text == "," else 0
    after = k  # the token after the last name
    while k < len(doc):
        while k < len(doc) and ctx.mention(doc[k]) is None and (
                gaz.title(doc[k].lower_) or doc[k].lower_ in ("and", ",")):
            k += 1
        m = ctx.mention(doc[k]) if k < len(doc) else None
        if m is None or ctx.mentions[m].kind not in kinds or m in out or \
                ctx.mentions[m].start != ctx.offset + doc[k].idx:
            break
        out.append(m)
        while k < len(doc) and ctx.mention(doc[k]) == m:
            k += 1
        after = k
        if k >= len(doc) or doc[k].lower_ not in ("and", ","):
            break
    if whole and after < len(doc) and not doc[after].is_punct:
        return []  # (the names go on into something else: "banks, A and B ships")
    return out


# words for a ship, after which a ship's name follows ("the tanker Talia Star")
VESSEL_NOUNS = {"tanker", "ship", "vessel", "freighter", "carrier", "frigate", "destroyer",
                "corvette", "warship", "trawler", "bulker", "cruiser", "submarine"}
# military ranks that are common words too ("oil major", "attorney general")
RANK_WORDS = {"major", "general", "private", "marshal", "captain"}
# abbreviations that open names the gazetteer spells out
SPELLED_OUT = (("U.S.", "United States"), ("US", "United States"), ("U.K.", "United Kingdom"),
               ("UK", "United Kingdom"), ("U.N.", "United Nations"), ("UN", "United Nations"))
# "U.S.", "U.K.": an abbreviation that can open a name defined with its acronym
DOTTED = re.compile(r"(?:[A-Z]\.){2,3}")


def _initials_in(letters: list[str], words: list[str]) -> bool:
    """Every letter of an acronym, in order, among the initials and letters of the words
    ("EUMA" in European Union Monitoring Mission Armenia)."""
    pool = "".join(words).upper()
    pos = 0
    for ch in letters:
        pos = pool.find(ch.upper(), pos)
        if pos < 0:
            return False
        pos += 1
    return True


def norm(text: str) -> str:
    return gz.norm(text)
