"""Relations expressed by events: verbs of the trigger lexicon ("Iran has backed
Assad") and event nouns ("air strikes against X", "talks with Y", "Iran's
presence in Syria"), with their arguments, flags, date and confidence."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from spacy.tokens import Token

from ..gazetteer import Country, read_tsv
from ..gazetteer import load as load_gazetteer
from ..records import HOSTILE_RELATIONS
from .arguments import (
    CALLING,
    SPEECH,
    Arg,
    Arguments,
    is_passive,
    pobjs,
    prep_phrase,
    quoted_tokens,
    so_called,
)
from .lexicon import Lexicon, Trigger
from .mentions import (
    CITY_PARTS,
    FACILITY_NAMES,
    HELD,
    LED_BODIES,
    PLACE_NOUNS,
    QUANTITY_NOUNS,
    DocContext,
    dateline_state,
)
from .modality import Flags, flags_for


@functools.cache
def evaluation_words() -> frozenset[str]:
    return frozenset(r["word"] for r in read_tsv("evaluations.tsv"))


@functools.cache
def label_words() -> frozenset[str]:
    return frozenset(r["word"] for r in read_tsv("label_words.tsv"))


@functools.cache
def harm_verbs() -> dict[str, str]:
    return {r["verb"]: r["object"] for r in read_tsv("harm_verbs.tsv")}


@functools.cache
def deed_nouns() -> dict[str, tuple[str, ...]]:
    """verb lemma -> the nouns that name what it did (deeds.tsv: "seize" -> "seizure")."""
    out: dict[str, list[str]] = {}
    for r in read_tsv("deeds.tsv"):
        for verb in r["verb"].split("|"):
            out.setdefault(verb, []).append(r["noun"])
    return {v: tuple(ns) for v, ns in out.items()}


QUANTITY = {"number", "score", "handful", "thousand", "series", "wave", "spate", "string", "round", "barrage", "volley",
            "flurry", "couple", "dozen", "dozens", "hundred", "hundreds", "set", "billion",
            "billions", "million", "millions", "dollar", "euro", "package", "batch",
            "shipment", "tranche", "amount", "lot", "range", "raft", "new", "host", "one",
            "some", "part", "most", "all", "much", "half", "bulk", "majority", "share",
            "day", "week", "month", "hour", "year", "night", "%", "percent", "parts"}
SYMMETRIC = {"MEETS", "COOPERATES_WITH"}
MODAL_AUX = {"will", "would", "could", "might", "may", "can", "should", "must", "wo", "'ll"}
# verbs that need two sides, whatever their object: "Finland and Estonia were
# coordinating the investigation" (not "the two leaders discussed efforts to ...")
JOINT_VERBS = {"coordinate", "cooperate", "collaborate", "co-chair", "co-host"}
# what an actor has in a body or a process, not something another actor can be acted on
# through ("Pashinyan froze Armenia's membership")
OWN_STANDING = {"membership", "participation", "involvement", "role", "seat", "presidency",
                "chairmanship", "engagement"}
# acts named by what they do to their "of" object ("the disarmament of Hezbollah"): to
# oppose one is to side with that object, not against it
DONE_TO = {"disarmament", "dismantling", "demilitarisation", "demilitarization", "isolation",
           "destruction", "elimination", "dissolution", "disbandment", "marginalisation",
           "marginalization", "exclusion", "removal", "ouster", "overthrow", "collapse"}
# nouns an event noun can modify and still be the event: "aid package", "sanctions regime"
CARRIERS = (QUANTITY - {"one", "some", "part", "new", "host", "couple", "most", "all", "much",
                        "half", "bulk", "majority", "share", "day", "week", "month", "hour",
                        "year", "night"}) | {
    "plan", "programme", "program", "bill", "deal", "regime", "measure", "mission", "effort"}
MATERIAL = {"weapon", "arm", "ammunition", "munition", "missile", "drone", "tank", "jet",
            "aircraft", "shell", "rocket", "aid", "assistance", "fund", "money", "equipment",
            "system", "vehicle", "gun", "rifle", "artillery", "supply", "loan", "grant",
            "fuel", "oil", "gas", "food", "medicine", "intelligence", "support", "air defence",
            "information", "data",
            "howitzer", "warplane", "fighter", "helicopter", "ship", "boat", "billion",
            "million", "package", "military hardware", "hardware", "component", "technology",
            "help", "training", "expertise", "backing", "funding", "financing", "know-how",
            "guidance", "cash", "logistics", "shelter", "sanctuary", "asylum", "refuge",
            # money by its currency: "pledged 200 million euros"
            "euro", "euros", "dollar", "pound", "yen", "yuan", "rouble", "ruble", "franc",
            "riyal", "dirham", "rupee", "lira", "krone", "kroner", "krona", "kronor"}
FORCES = {"troop", "soldier", "force", "marine", "paratrooper", "commando", "mercenary",
          "fighter", "unit", "battalion", "brigade", "warship", "jet", "plane", "aircraft",
          "adviser", "advisor", "personnel", "peacekeeper", "contingent", "division",
          "specialist", "instructor", "trainer", "engineer", "crew", "warplane",
          "frigate", "destroyer", "submarine", "bomber", "fighter jet", "drone operator",
          "reinforcement", "guard", "gendarme"}
# generic targets: what is hit "in X" is an attack on X
TARGET_NOUNS = {"target", "position", "site", "area", "infrastructure", "installation",
                "car", "vehicle", "truck", "bus", "motorcycle", "van",
                "facility", "base", "town", "village", "city", "district", "neighbourhood",
                "neighborhood", "camp", "stronghold", "outpost", "region", "province",
                "territory", "front", "line", "front line", "depot", "airfield", "airbase",
                "refinery", "plant", "port", "grid", "station", "warehouse", "factory", "post",
                "checkpoint", "barracks", "headquarters", "garrison", "convoy", "centre",
                "center", "compound", "hideout", "tunnel", "launcher", "stockpile", "house",
                "home", "building", "school", "hospital", "market", "mosque", "church",
                "shelter", "tent", "apartment", "residence", "substation", "power station",
                "bridge", "airport", "office", "block", "tower", "complex", "hotel", "clinic",
                "kindergarten", "university", "dormitory", "supermarket", "mall"}
# "held X responsible / accountable"
ACCOUNTABLE = {"responsible", "accountable", "liable", "culpable"}
# what someone is said to be to blame for ("said Israel bore responsibility for the deaths")
HARMS = {"death", "killing", "casualty", "violence", "bloodshed", "escalation", "crisis",
         "suffering", "destruction", "massacre", "loss", "tragedy", "chaos", "unrest",
         "instability", "collapse", "failure", "famine", "starvation", "displacement"}
# "found X in breach of its obligations"
BREACHES = {"breach", "violation", "noncompliance", "non-compliance", "contempt", "default"}
# what recognising someone grants: statehood or an office
STATEHOOD = {"independence", "sovereignty", "statehood", "government", "authority", "legitimacy"}
STATUS_WORDS = {"independent", "state", "country", "nation", "sovereign", "republic",
                "president", "leader", "government", "head", "representative", "ruler",
                "winner", "victor"}
# what makes "target" an attack, not a sanction
WEAPON_WORDS = {"missile", "drone", "strike", "airstrike", "bomb", "rocket", "shell", "raid",
                "artillery", "jet", "warplane", "attack"}
# modifiers that make a campaign or a war one of attacks ("a bombing campaign against X")
ARMED_MODIFIERS = {"bombing", "air", "aerial", "missile", "drone", "bombardment", "artillery",
                   "shelling", "airstrike", "strike", "rocket"}
# where entering is an incursion, not a deployment
INCURSION_SPACES = {"airspace", "waters"}
# having or winning someone's backing: "Dodik has the backing of Moscow"
BACKING = {"backing", "support", "blessing", "patronage", "endorsement"}
RECEIVING = {"have", "enjoy", "win", "gain", "secure", "receive", "get", "obtain", "retain"}
# "on the recommendation of X", "on the orders of X": on whose word, not on whom
ON_WHOSE_WORD = {"recommendation", "order", "advice", "basis", "behalf", "request",
                 "instruction", "initiative", "suggestion", "invitation", "sideline", "eve"}
# what a threat promises: "threatened a crushing response if Israel attacked"
RESPONSE_NOUNS = {"response", "retaliation", "reprisal", "consequence", "action", "measure",
                  "revenge", "punishment", "countermeasure", "retribution"}
# verbs that end a state's ties with another
SEVERING = {"sever", "cut", "break", "suspend", "freeze"}
# what a demand that someone leave asks for
# the members of an armed force or group, as counted victims: "killed dozens of fighters"
COMBATANTS = {"fighter", "militant", "member", "soldier", "troop", "rebel", "insurgent",
              "gunman", "jihadist", "combatant", "dozen", "hundred", "scores"}
# a state's diplomats, whose expulsion sanctions it
DIPLOMATS = {"diplomat", "ambassador", "envoy", "attache", "attaché", "consul", "charge",
             "chargé", "embassy", "mission"}
# people a state employs abroad: "ordered non-emergency staff to leave"
STAFF = {"staff", "staffer", "member", "employee", "personnel", "official", "worker"}
LEAVING = {"departure", "withdrawal", "exit", "pullout", "pull-out", "evacuation", "expulsion"}
# what a demand asks of the one named after "of" (or its owner): "demanded the disarmament of
# Hezbollah", "demanding Pashinyan's resignation"
ASKED_OF = {"disarmament", "demilitarisation", "demilitarization", "disbandment", "dissolution",
            "dismantling", "resignation", "surrender"}
# what a state keeps abroad besides troops: "keeps dozens of military outposts inside Iraq"
MILITARY_SITES = {"base", "outpost", "garrison", "presence", "contingent", "installation"}
# one agreement goes by many names in an article
AGREEMENTS = {"deal", "agreement", "pact", "accord", "memorandum", "treaty", "understanding",
              "framework", "roadmap"}
# what two sides sign together, and the verbs of signing it
SIGNED = AGREEMENTS | {"protocol", "charter", "declaration", "convention", "compact"}
SIGNING = {"sign", "ink", "conclude", "seal", "initial", "initialle"}
# a union two sides make together ("formed an alliance"), and the verbs of making it
ALLIANCES = {"alliance", "coalition", "bloc", "partnership", "front"}
FORMING = {"form", "forge", "seal", "build", "create", "establish", "launch"}
# one attack goes by many names in an article
# nouns of a strike that kills or wounds ("was killed in an Israeli air strike")
STRIKE_NOUNS = {"strike", "airstrike", "attack", "raid", "bombing", "ambush", "shelling",
                "bombardment", "blast", "explosion"}
ATTACK_WORDS = frozenset({"attack", "ambush", "assault", "raid", "bombing", "massacre",
                          "killing", "offensive", "incursion"})
# military exercises, and the words that make one joint
# a state's envoys as a body: whoever heads one serves that state
DELEGATIONS = {"delegation", "team", "negotiator", "mission"}
# acts a retaliation answers: "respond to any aggression by X", "against any threat from X"
# verbs that announce one's own future act ("vowed to keep attacking Israel")
VOWS = {"vow", "pledge", "promise", "swear", "threaten"}
# verbs of a sustained fight, whose purpose ("fought to topple X") is the fight's target
STRUGGLES = {"fight", "struggle", "battle", "wage", "campaign", "rebel"}
FUTURE = {"will", "would", "'ll", "shall", "wo"}
# what an actor puts forward, that others back or reject ("Morocco's autonomy plan")
PROPOSALS = {"plan", "proposal", "initiative", "bid", "offer", "roadmap", "blueprint"}
# verbs that put a label on something ("called the laws an attack on the constitution")
LABELLING = {"call", "brand", "label", "term", "dub", "describe", "consider", "deem"}
# goods and dealings a penalty can stop ("banned imports of Thai fruit")
TRADE_NOUNS = {"import", "export", "shipment", "purchase", "sale", "trade", "flight",
               "investment", "product", "good", "delivery", "transit"}
# a state's carriers and ships, when barred or banned: "barred Azerbaijani carriers from its
# airports" (but a coast guard that "expelled the Philippine vessel" penalises no state)
CARRIER_NOUNS = {"carrier", "airline", "vessel", "ship", "tanker", "aircraft"}
# what an act draws from those who disapprove ("drew condemnation from X")
REPROACHES = {"condemnation", "criticism", "rebuke", "protest", "outrage", "anger",
              "response", "backlash", "ire", "censure", "denunciation", "reprimand"}
# "came under fire / attack from X"
UNDER_FIRE = {"fire", "attack", "assault", "bombardment", "shelling", "mortar", "rocket"}
# what a side says it will do in answer to another's act ("would act with full force if")
RESPONSES = {"act", "respond", "retaliate", "react", "strike", "hit", "attack", "resume",
             "escalate", "intervene", "punish", "target", "use", "pay", "do", "take"}
# what a speaker calls their own side: "the state will respond", "our army will react"
OWN_STATE_WORDS = {"state", "government", "country", "army", "military", "nation"}
PROVOCATIONS = {"aggression", "threat", "attack", "provocation", "violation", "incursion",
                "escalation", "strike", "move", "adventurism", "action", "operation",
                "misadventure", "aggressor"}
# accusing words, the accusations they make, and the verbs that reject them
ACCUSING = {"accuse", "blame", "allege", "accusation", "allegation", "charge"}
ACCUSATIONS = {"accusation", "allegation", "charge", "claim"}
REBUTTING = {"reject", "dismiss", "refute"}
# gatherings someone hosts or chairs: the host meets who gathered
GATHERINGS = {"ceremony", "talk", "talks", "summit", "meeting", "conference", "negotiation",
              "negotiations", "signing", "dinner", "lunch", "session", "round"}
# occasions leaders travel to: attending one held abroad is a visit there
OCCASIONS = GATHERINGS | {"parade", "inauguration", "funeral", "celebration", "commemoration",
                          "forum", "coronation", "swearing-in", "event", "occasion", "games",
                          "anniversary", "assembly", "signing"}
# (only where the sentence itself places them: "the meeting" may be any meeting)
PRIVATE_OCCASIONS = {"talk", "talks", "meeting", "negotiation", "negotiations", "session",
                     "round", "dinner", "lunch", "event", "occasion", "assembly"}
# verbs of holding an occasion: "paraded its missiles through Pyongyang" places "the parade"
OCCASION_VERBS = {"parade": "parade", "inaugurate": "inauguration"}
# evaluation words that, before a noun, mostly describe rather than judge ("political
# backing", "Hezbollah terrorist infrastructure" in a military's own words)
DESCRIPTIVE_LABELS = {"political", "terrorist", "terroristic", "separatist", "extremist",
                      "criminal", "mercenary", "colonial", "devastating", "catastrophic",
                      "destructive", "dangerous", "occupation"}
# verbs of answering a call or a demand ("rejected Kyiv's call for a truce")
ANSWERING = {"reject", "dismiss", "rebuff", "ignore", "refuse", "heed", "accept", "answer",
             "spurn", "resist", "defy"}
EXERCISES = {"drill", "exercise", "manoeuvre", "maneuver", "wargame", "war game", "patrol"}
JOINT = {"joint", "trilateral", "bilateral", "combined", "multinational", "allied"}
# giving in: "bowing to pressure from Trump"
YIELDING = {"bow", "yield", "cave", "succumb", "bend", "give", "respond"}
# wars and campaigns one side can join: "joining Israel's air war against Iran"
JOINED_WARS = {"war", "campaign", "offensive", "operation", "fight", "assault", "bombardment",
               "bombing", "coalition"}
# the edge of a place: "on the outskirts of Damascus"
# where forces are kept: "stationed at bases in X", "pushed into the zone in X"
WHERE_PREPS = ("at", "in", "into", "inside", "to", "on", "across", "near")
# stretches of land or sea named by where they are: "the buffer zone in southern Syria"
AREA_NOUNS = {"zone", "area", "region", "corridor", "strip", "belt", "waters", "territory",
              "border", "frontier", "front"}
OUTSKIRTS = {"outskirts", "outskirt", "edge", "edges", "vicinity", "suburbs", "outside"}
# people killed or hurt somewhere: "killed ten civilians in Poonch" attacks Poonch
VICTIMS = {"civilian", "people", "person", "resident", "villager", "child", "woman",
           "worker", "passenger", "pilgrim", "tourist", "student", "patient", "family",
           "fisherman", "farmer", "refugee", "migrant", "worshipper", "worshiper", "mourner",
           "shopper", "commuter", "pedestrian", "bystander", "journalist", "displaced"}
FACILITIES = {"base", "embassy", "convoy", "camp", "headquarters", "position", "ship",
              "vessel", "tanker", "outpost", "patrol", "compound", "facility", "installation",
              "consulate", "checkpoint", "post", "barracks", "airbase", "garrison", "site",
              "office", "plant", "depot", "port", "airport", "mission"}


# a group's leader stands for the group as the target of an attack ("killed its leader")
# acts an article reports, which a later "the move" or "the sanctions" can refer back to
ACTS = {"ATTACKS", "SANCTIONS", "THREATENS", "DEPLOYED_IN", "WITHDRAWS_FROM", "SUPPORTS",
        "VISITS", "OPPOSES", "CRITICIZES"}
# a promise to pursue an attack's authors: "those responsible will be hunted down/punished"
PURSUIT = {"hunt", "punish", "bring", "find", "track", "pay", "eliminate", "pursue", "catch",
           "arrest", "avenge", "hold", "prosecute", "neutralise", "neutralize", "destroy"}
# what air defences destroy in flight
INTERCEPTED = {"drone", "missile", "rocket", "projectile", "shell", "balloon", "uav",
               "munition", "bomb", "decoy"}
# missions that are a presence on the ground, not a trade delegation
MISSION_KINDS = {"monitoring", "peacekeeping", "observer", "military", "naval", "police",
                 "stabilisation", "stabilization", "training", "security", "border"}
# "in coordination with X": done with X
JOINTLY = {"coordination", "cooperation", "conjunction", "partnership", "collaboration",
           "concert"}
# verbs of holding people: a later "release" is asked of whoever did it
DETAINING = {"detain", "arrest", "abduct", "kidnap", "jail", "imprison"}
# verbs of turning back an attack: "repelled the assault" is against its authors
REPELLING = {"repel", "repulse", "push", "beat", "fight", "thwart", "halt"}
CULPRITS = {"perpetrator", "attacker", "culprit", "assailant", "terrorist", "killer",
            "gunman", "organiser", "organizer", "mastermind"}
# what a state or body passes, adopts or imposes, and the verbs of making it: "the law that
# Finland passed" is Finland's
OWNED_MEASURES = {"law", "bill", "legislation", "decree", "measure", "policy", "plan",
                  "ban", "restriction", "rule", "regulation", "order", "tariff", "decision",
                  "resolution", "proposal", "sanction", "embargo", "reform", "amendment"}
MAKING = {"pass", "adopt", "approve", "impose", "introduce", "enact", "issue", "announce",
          "unveil", "propose", "draft", "sign", "take", "make", "put"}
# verbs of claiming an attack: "claimed (responsibility for) the attack"
CLAIMING = {"claim", "accept", "assume"}
# verbs of carrying something out: "launched drills", "held exercises", "conducted tests"
CONDUCT = {"launch", "hold", "conduct", "stage", "carry", "begin", "start", "announce",
           "impose", "adopt", "pass", "unveil", "approve", "order", "fire", "test", "deploy"}
# what a threatened party "receives": "would receive a response"
PUNISHMENT = {"response", "retaliation", "punishment", "blow", "answer", "reply", "lesson",
              "retribution", "consequence", "revenge"}
# what one threatens to do to someone: "warned of military action against X"
THREATENED_ACTS = PUNISHMENT | {"action", "strike", "attack", "measure", "step", "force",
                                "war", "retaliation", "reprisal", "countermeasure", "sanction",
                                "escalation", "response", "operation"}
# what a list or designation must be about to be a penalty
BLACKLIST_WORDS = {"terrorist", "terror", "terrorism", "sanction", "sanctions", "sanctioned",
                   "blacklist", "sponsor", "extremist", "entity", "criminal", "proliferator",
                   "designated", "embargo", "freeze", "asset", "denial", "restricted",
                   "grata"}  # ("declared persona non grata")
# what two sides exchange when they fight: "exchanged fire"
EXCHANGED = {
    "ATTACKS": {"fire", "gunfire", "shot", "blow", "strike", "artillery", "salvo", "rocket",
                "missile", "shelling", "volley"},
    "CRITICIZES": {"accusation", "blame", "barb", "insult", "criticism", "recrimination",
                   "charge", "threat"},
}
# quantities and loads whose "of" phrase is what is sent or kept: "thousands of troops",
# "two shipments of weapons"
AMOUNTS = QUANTITY_NOUNS | {"shipment", "consignment", "batch", "delivery", "load", "cargo",
                            "supply", "stock"}
# what a state closes to another as a penalty
CLOSABLE = {"airspace", "border", "port", "crossing", "embassy", "consulate", "market",
            "waters", "mission", "frontier"}
# what is launched or tested: a later "the launch", "the test" is that act
LAUNCHED = {"missile", "rocket", "satellite", "icbm", "drone", "projectile", "warhead"}
# hostility that is always two-sided: "at war with X" means X is at war too
MUTUAL_HOSTILITY = {"war", "conflict", "clash", "fighting", "feud", "standoff", "dispute",
                    "confrontation", "hostility", "rivalry", "odds", "loggerheads"}
# who runs a place: "camps run by X", "a base used by X"
OPERATE = {"run", "use", "operate", "control", "hold", "own", "man", "occupy"}
LINKED = {"link", "tie", "connect", "affiliate"}
# evaluation words that label people, not acts: "Wagner mercenaries", "Hutu extremists"
PERSON_LABELS = {"terrorist", "separatist", "puppet", "traitor", "warmonger", "rogue",
                 "extremist", "mercenary", "thug", "occupier", "invader", "aggressor", "bully",
                 "criminal", "imperialist", "colonial", "lie", "dictator", "tyrant", "despot",
                 "fascist", "troublemaker", "saboteur"}
# what is fired: "launched a barrage of missiles at X", "retaliated with salvos on Y"
SALVOS = {"barrage", "salvo", "volley", "wave", "strike", "airstrike"}
# a pledge to defend: "commitment to the defence of X", "committed to Y's security"
DEFENDED = {"defence", "defense", "security", "protection"}
COMMITTING = {"commitment", "committed", "commit", "pledge", "guarantee"}
# bodies one joins others in: "joined the RSF in the Tasis alliance"
ALLIANCES = {"alliance", "coalition", "bloc", "front", "pact", "grouping", "union"}
# reproaches an act draws: "drew condemnation from X", "faced criticism from Y"
REPROACH = {"condemnation", "criticism", "rebuke", "outcry", "backlash", "censure", "protest",
            "ire", "anger", "fury", "objection", "rebuff"}
DRAWING = {"draw", "prompt", "spark", "provoke", "trigger", "attract", "earn", "face",
           "invite", "elicit", "bring", "incur"}
GENERIC_ACTS = {"move", "decision", "step", "action", "measure", "act", "incident"}
# what someone said, referred back to ("denounced the remarks")
SAYINGS = {"remark", "comment", "statement", "speech", "words"}
LEADER_NOUNS = {"leader", "commander", "chief", "head", "founder"}


# what a state does to an aid it gives when it punishes: "suspended its aid to Niger"
WITHHOLDING = {"suspend", "cut", "halt", "freeze", "withhold", "slash", "stop"}


# prepositions that set an event beside a clause, not in it: "shipped grain despite
# repeated strikes on Odesa" (the shipper did not strike)
CIRCUMSTANTIAL = {"despite", "amid", "notwithstanding"}
# prepositions of time that place an event before or after the clause's
SEQUEL = {"after", "following", "before", "since"}


# what a state hits another with when it punishes it: "hit Iran with new sanctions"
PENALTIES = {"sanction", "sanctions", "tariff", "tariffs", "penalty", "fine", "restriction",
             "embargo", "measure", "levy", "duty", "ban"}


# a state's government nouns: who heads one heads the state ("heads the PA government")
GOVERNING_BODIES = {"government", "administration", "cabinet", "regime", "authority",
                    "authorities", "leadership", "junta"}


# adjectives of things each party has on its own: "filed separate declarations"
SEVERAL = {"similar", "separate", "respective", "own", "parallel", "individual"}


@dataclass

class Found:
    """An event relation before it becomes a Relation record."""

    subject: int
    relation: str
    object: int
    trigger: Token
    tokens: list[Token]  # words of the predicate
    flags: Flags
    confidence: float
    rule: str
    light: Token | None = None
    extra: dict = field(default_factory=dict)
    # the verb that carries an owned event someone else's ("would trigger the return of
    # U.N. sanctions"): its speaker's side threatens what the event would do
    carrier: Token | None = None


# what one who "does not want" it is reproached for refusing
PEACE_WORDS = {"peace", "settlement", "ceasefire", "truce", "negotiation", "negotiations",
               "dialogue", "diplomacy", "de-escalation"}
DATED = re.compile(r"^(?:(?:January|February|March|April|May|June|July|August|September|"
                   r"October|November|December)(?: \d{4})?|\d{4})$")


def dated_back(ctx: DocContext, tok: Token | None) -> bool:
    """Is an act told with a month or a year of its own ("imposed sanctions in June", "in
    2022"): a past event the article recalls, not the news a later "the move" is about."""
    for _ in range(3):  # (and the clause it hangs on: "imposed sanctions in June, accusing")
        if tok is None:
            return False
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "in":
                for p in c.children:
                    ent = ctx.ent_of.get(p.i)
                    if p.dep_ == "pobj" and ent is not None and ent.label_ == "DATE" and \
                            DATED.match(ent.text):
                        return True
        tok = tok.head if tok.dep_ in ("advcl", "xcomp", "conj") and tok.head != tok else None
    return False


def signing_clauses(n: Token) -> list[Token]:
    """The clauses on an accord noun that say who signed it, with a named signer ("the
    accord the GNU signed with Turkey"; "it" there is too often read as the wrong side)."""
    if n.lemma_.casefold() not in AGREEMENTS:
        return []
    return [c for c in n.children if c.dep_ in ("relcl", "acl") and c.lemma_ in SIGNING
            and any(g.dep_ == "nsubj" and g.pos_ != "PRON" for g in c.children)]


def told_as_fact(cl: Token) -> bool:
    """A reported clause that tells its verb as done: not negated, no modal, not under
    "if"/"whether" ("the strikes violated ...", not "would undermine", "did not violate")."""
    return cl.pos_ in ("VERB", "AUX") and not any(
        c.dep_ == "neg" or (c.dep_ == "mark" and c.lower_ != "that") or (
            c.dep_ == "aux" and c.lower_ in MODAL_AUX) for c in cl.children)


def particle_ok(v: Token, trig: Trigger) -> bool:
    if not trig.particle:
        return True
    return any(c.dep_ in ("prt", "prep", "advmod") and c.lower_ == trig.particle
               for c in v.children)


def state_of_forces(ctx: DocContext, i: int) -> int:
    """The state whose forces mention `i` names ("Pakistani military advisers" -> Pakistan),
    else `i`: a penalty or a reproach aimed at a state's soldiers is aimed at the state."""
    m = ctx.mentions[i]
    owner = m.attributes.get("owner")
    if m.kind == "MilitaryForce" and m.source == "nominal" and owner is not None and \
            ctx.mentions[owner].kind == "Country":
        return owner
    return i


def identity(ctx: DocContext, i: int) -> str:
    """What makes mention i the actor it is: its gazetteer key, else its name."""
    return ctx.mentions[i].key or ctx.mentions[i].name


class EventFinder:
    def __init__(self, lex: Lexicon):
        self.lex = lex

    def documents(self, ctx: DocContext, args: Arguments, n: Token) -> Iterator[Found]:
        """ "adopted the resolution tabled by Britain and France": new authors of a
        document named before take its stance ("a resolution criticizing Iran")."""
        stance = args.memory.get(("stance", n.lemma_.casefold()))
        if not stance or not any(c.dep_ == "det" and c.lower_ == "the" for c in n.children):
            return
        before = set(args.memory.get(n.lemma_.casefold(), []))
        local = args.authors(n, remember=True)
        for s, fs in local:
            if s in before:
                continue
            for rel, o in stance:
                yield Found(s, rel, o, n, [n], flags_for(n, self.lex), 0.55 * fs, "document")

    def claims(self, ctx: DocContext, args: Arguments, v: Token) -> Iterator[Found]:
        """ "Hamas claimed responsibility for the attack on X", "raids on Turkish troops,
        nearly all claimed by a faction calling itself Y": who claims an attack carried it out
        (and is remembered as its author for a later "condemned the attack")."""
        passive = any(c.dep_ == "agent" for c in v.children)
        if passive:
            agents = [a for c in v.children if c.dep_ == "agent" for p in pobjs(c)
                      for a in args.actors(p)]
            patients = [c for c in v.children if c.dep_ in ("nsubjpass", "nsubj")]
            if not patients and v.dep_ == "conj":
                # "the attack was blamed on X and was claimed by Y": the first verb's subject
                patients = [c for c in v.head.children if c.dep_ in ("nsubjpass", "nsubj")]
        else:
            agents = args.clause_subjects(v)
            patients = [c for c in v.children if c.dep_ == "dobj"]
        agents = [(i, f) for i, f in agents if ctx.mentions[i].kind != "Location"]
        if not agents or flags_for(v, self.lex).polarity == "negative":
            return  # ("Hezbollah has not claimed any attack on Israel": no author of any)
        events: list[Token] = []
        for p in patients:
            if v.lemma_ != "claim" and p.lemma_ != "responsibility":
                continue  # ("accepted responsibility for", not "accepted the offer")
            if p.lemma_ == "responsibility":
                events += [q for c in p.children if c.dep_ == "prep" and c.lower_ == "for"
                           for q in pobjs(c)]
            elif self._is_attack(p):
                events.append(p)
            elif p.pos_ in ("PRON", "ADJ", "NUM", "DET") or p.lower_ in ("most", "some",
                                                                         "all", "many"):
                # "most of them", "it": the attack named just before
                start = max(ctx.sent_start(v) - 60, 0)
                prior = [t for t in ctx.doc[start : p.i] if self._is_attack(t)]
                if prior:
                    events.append(prior[-1])
        done = args.memory.setdefault("done", {})
        for ev in events:
            # whose attack it was, for a later "condemned the attack"
            done.setdefault(ev.lemma_.casefold(), []).append(
                ([i for i, _ in agents], ctx.offset + ev.idx, True))
            targets: list[Arg] = []
            for trig in self.lex.noun_triggers(ev.lemma_.casefold()):
                if trig.relation != "ATTACKS":
                    continue
                for c in ev.children:
                    if c.dep_ == "prep" and c.lower_ in ("on", "against", "targeting"):
                        for q in pobjs(c):
                            targets += args.actors(q) or self.owner_objects(ctx, args, q, True)
                if not targets:
                    # "claimed Saturday's attack near the town of Djibo": the place
                    targets = self._places_on(ctx, args, ev)
            for s_, fs in agents:
                for o, fo in targets:
                    if s_ != o:
                        yield Found(s_, "ATTACKS", o, v, [v, ev], flags_for(v, self.lex),
                                    0.65 * fs * fo, "claimed")

    def done_together(self, ctx: DocContext, args: Arguments, v: Token) -> Iterator[Found]:
        """"was analysing the launches together with the United States", "carried out
        the operation in coordination with the Iraqi army": the two cooperate."""
        partners: list[Token] = []
        for c in v.children:
            if c.dep_ == "prep" and c.lower_ == "with" and any(
                    a.dep_ == "advmod" and a.lower_ in ("together", "jointly")
                    for a in c.children):
                partners += pobjs(c)
            elif c.dep_ == "prep" and c.lower_ == "in":
                partners += [q for p in pobjs(c) if p.lemma_ in JOINTLY
                             for d in p.children if d.dep_ == "prep" and d.lower_ == "with"
                             for q in pobjs(d)]
        # "froze the assets in a move coordinated with the EU" (however "in" is hung)
        partners += [q for c in [*v.children, *(g for d in v.children if d.dep_ == "dobj"
                                                for g in d.children)]
                     if c.dep_ == "prep" and c.lower_ == "in" for p in pobjs(c)
                     for a in p.children if a.dep_ == "acl" and a.tag_ == "VBN"
                     and a.lemma_ in ("coordinate", "co-ordinate", "synchronize")
                     for d in a.children if d.dep_ == "prep" and d.lower_ == "with"
                     for q in pobjs(d)]
        if not partners:
            return
        flags = flags_for(v, self.lex)
        subjects = [a for a in args.clause_subjects(v) if ctx.mentions[a[0]].kind != "Location"]
        for p in partners:
            for o, fo in args.actors(p):
                if ctx.mentions[o].kind == "Location" or ctx.mentions[o].source in (
                        "anaphor", "description", "pronoun"):
                    continue  # ("directs foreign policy together with the government")
                for s_, fs in subjects:
                    if identity(ctx, s_) != identity(ctx, o):
                        yield Found(s_, "COOPERATES_WITH", o, v, [v, p], flags,
                                    0.6 * fs * fo, "together-with")

    @staticmethod
    def _detention(ctx: DocContext, args: Arguments, v: Token, done: dict, base: int) -> None:
        """"Malian soldiers detained a dozen herders", "were arrested by Azerbaijani
        police": who holds people, so that a later "demanded the release of the herders"
        is a demand on them."""
        if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in v.children):
            return
        held = [c for c in v.children if c.dep_ in ("dobj", "nsubjpass")]
        if not held or any(ctx.mention(h) is not None and ctx.mentions[ctx.mention(h)].kind
                           not in ("Person",) for h in held):
            return  # (people, not "seized the town")
        subj = [i for i, _ in args.clause_subjects(v)
                if ctx.mentions[i].kind not in ("Location", "Person")]
        if subj:
            done.setdefault("release", []).append((subj, base + v.idx, True))

    def expulsions(self, ctx: DocContext, args: Arguments, done: dict,
                   base: int) -> Iterator[Found]:
        """ "Venezuela ordered the EU's top diplomat and two Spanish diplomats to leave the
        country": expelling a state's diplomats sanctions that state (and is the
        expulsion a later "called the expulsions unjustified" means)."""
        for v in ctx.tokens:
            if v.lemma_ not in ("order", "give") or v.pos_ != "VERB":
                continue
            leave = [c for c in v.children if c.dep_ in ("xcomp", "ccomp")
                     and c.lemma_ in ("leave", "depart", "quit")]
            if not leave:
                continue
            told = [d for c in v.children if c.dep_ in ("dobj", "dative")
                    for d in [c, *c.conjuncts]]
            told += [d for c in leave[0].children if c.dep_ == "nsubj"
                     for d in [c, *c.conjuncts]]
            envoys = [d for d in told if d.lemma_.casefold() in DIPLOMATS]
            # "two staff members of the Ukrainian embassy": of whose mission
            envoys += [p for d in told if d.lemma_.casefold() in STAFF for c in d.children
                       if c.dep_ == "prep" and c.lower_ == "of" for p in pobjs(c)
                       if p.lemma_.casefold() in DIPLOMATS]
            subjects = [(i, f) for i, f in args.clause_subjects(v)
                        if ctx.mentions[i].kind in ("Country", "Organization")]
            if not subjects:
                continue
            if not envoys:
                yield from self._evacuation(ctx, args, v, leave[0], told, subjects)
                continue
            flags = flags_for(v, self.lex)
            if flags.polarity == "positive" and flags.modality == "asserted":
                done.setdefault("expulsion", []).append(
                    ([i for i, _ in subjects], base + v.idx, True))
            own = {identity(ctx, i) for i, _ in subjects}
            for d in envoys:
                for o, fo in self.owner_objects(ctx, args, d, False):
                    if ctx.mentions[o].kind in ("Country", "Organization") and \
                            identity(ctx, o) not in own:
                        for s_, fs in subjects:
                            yield Found(s_, "SANCTIONS", o, v, [v, d], flags, 0.6 * fs * fo,
                                        "expulsion")

    def _evacuation(self, ctx: DocContext, args: Arguments, v: Token, leave: Token,
                    told: list[Token], subjects: list[Arg]) -> Iterator[Found]:
        """ "The State Department ordered non-emergency staff and their families to leave
        Mali": a state calling its own people home withdraws them from there."""
        staff = [d for d in told if d.lemma_.casefold() in STAFF | DIPLOMATS and not any(
            a for c in d.children if c.dep_ in ("poss", "amod", "compound")
            for a in args.actors(c) if ctx.mentions[a[0]].kind == "Country")]
        places = [(i, f) for c in leave.children if c.dep_ == "dobj" for i, f in args.actors(c)
                  if ctx.mentions[i].kind in ("Country", "Location")]
        if not staff or not places:
            return
        own = {identity(ctx, i) for i, _ in subjects}
        own |= {load_gazetteer().state_key(ctx.mentions[i].key) for i, _ in subjects}
        flags = flags_for(v, self.lex)
        for o, fo in places:
            if identity(ctx, o) in own:
                continue  # ("ordered the diplomats to leave the country": an expulsion)
            for s_, fs in subjects:
                yield Found(s_, "WITHDRAWS_FROM", o, v, [v, leave], flags, 0.6 * fs * fo,
                            "evacuation")

    def attendance(self, ctx: DocContext, args: Arguments, found: list[Found]) -> Iterator[Found]:
        """ "Kenyan President William Ruto attended the ceremony", "a summit attended by 20
        leaders, among them X and Y", "Also attending were X": attending an occasion held
        abroad is a visit to where it is held (said in the sentence, or where the article
        first placed that occasion: "a ceremony at the dam site in X ... attended the
        ceremony"); a leader at home visits nothing."""
        memory = args.memory.setdefault("occasions", {})
        for t in ctx.tokens:
            lemma = OCCASION_VERBS.get(t.lemma_) if t.pos_ == "VERB" else \
                t.lemma_.casefold() if t.pos_ == "NOUN" and t.lemma_.casefold() in OCCASIONS \
                else None
            if lemma is not None and lemma in OCCASIONS - PRIVATE_OCCASIONS:
                place = self._occasion_place(ctx, args, t)
                if place is not None:
                    memory.setdefault(lemma, place)
                    args.memory["last_occasion"] = lemma
                elif lemma in memory:
                    args.memory["last_occasion"] = lemma
            # "Putin and Xi joined the region's leaders at the summit in X"
            # ("stood beside Xi and Putin at a military parade in the Chinese capital")
            joined = [p for c in t.children if c.dep_ == "prep" and c.lower_ in ("at", "for")
                      for p in pobjs(c) if p.lemma_.casefold() in OCCASIONS
                      ] if t.lemma_ in ("join", "stand", "appear", "sit") and \
                t.pos_ == "VERB" else []
            if (t.lemma_ not in ("attend", "watch", "witness") or t.pos_ != "VERB") and \
                    not joined:
                continue
            passive = t.tag_ == "VBN" and (t.dep_ == "acl" or any(
                c.dep_ == "nsubjpass" for c in t.children))
            what = joined or [c for c in t.children
                              if c.dep_ == ("nsubjpass" if passive else "dobj")]
            # ("Also attending were X, Y and Z": the parser may take Y for the object)
            named = [w for w in what if not passive and (m := ctx.mention(w)) is not None
                     and ctx.mentions[m].kind == "Person"]
            what = [w for w in what if w not in named]
            if passive and t.dep_ == "acl":
                what = [t.head]
            if what and what[0].lemma_.casefold() not in OCCASIONS:
                continue  # ("attended school", "attended the rally" is no trip)
            place = self._occasion_place(ctx, args, what[0]) if what else None
            if place is None:
                place = self._occasion_place(ctx, args, t)
            if place is None:
                key = what[0].lemma_.casefold() if what else None
                if key in (None, "event", "occasion"):
                    key = args.memory.get("last_occasion")  # "Abbas attended", "the event"
                place = memory.get(key) if key not in PRIVATE_OCCASIONS else None
            if place is None:
                continue
            people = self._attendees(ctx, args, t, passive) + [
                a for w in named for a in args.actors(w)]
            where = self._place_state(ctx, place, found) or dateline_state(ctx)
            flags = flags_for(t, self.lex)
            for p, fp in people:
                if ctx.mentions[p].kind != "Person" or (
                        where and self._home_state(ctx, p, found) == where):
                    continue
                yield Found(p, "VISITS", place, t, [t], flags, 0.6 * fp, "attended")

    def _attendees(self, ctx: DocContext, args: Arguments, v: Token, passive: bool) -> list[Arg]:
        if not passive:
            out = args.clause_subjects(v)
            # "Also attending were X and Y"
            out += [a for x in v.children if x.dep_ == "aux" for c in x.children
                    if c.dep_ == "nsubj" for a in args.actors(c)]
            return out
        out = []
        for c in v.children:
            if c.dep_ == "agent":
                for p in pobjs(c):
                    out += args.actors(p) + self._examples(args, p)
        if out and all(ctx.mentions[i].kind == "Person" for i, _ in out):
            return out
        # "attended by more than 20 leaders, among them X and Y" (wherever the parser hung
        # the names after "among them")
        sent = ctx.sent(v)
        among = next((t for t in sent if t.i > v.i and t.lower_ == "among"
                      and v.doc[t.i + 1].lower_ == "them"), None) if v.i + 2 < sent.end else None
        if among is not None:
            for t in v.doc[among.i + 2 : sent.end]:
                i = ctx.mention(t)
                if i is not None and ctx.mentions[i].kind == "Person" and \
                        ctx.mentions[i].attributes.get("head") == t.i:
                    out.append((i, 0.8))
        return out

    def _occasion_place(self, ctx: DocContext, args: Arguments, t: Token) -> int | None:
        """Where an occasion (or the verb of attending or holding it) is: "a summit in the
        Kazakh capital", "a ceremony at the dam site in X", "the Kunming talks", "paraded
        ... through Pyongyang", "flew to X, where he ... chaired a summit"."""
        def place(tok: Token) -> int | None:
            i = ctx.mention(tok)
            return i if i is not None and ctx.mentions[i].kind in ("Location", "Country") \
                else None

        holders = [t]
        if t.dep_ in ("dobj", "nsubjpass") and t.head.pos_ == "VERB" and \
                t.head.lemma_ in ("hold", "host", "stage", "convene", "open", "chair"):
            holders.append(t.head)  # "held a summit in X"
        for h in holders:
            for c in h.children:
                if c.dep_ == "prep" and c.lower_ in ("in", "at", "through"):
                    for p in pobjs(c):
                        i = place(p)
                        if i is None and p.lemma_ == "capital":  # "in the Kazakh capital"
                            i = next((place(d) for d in p.children if d.dep_ in (
                                "compound", "amod", "poss") and place(d) is not None), None)
                        if i is None and (p.lemma_.casefold() in PLACE_NOUNS | FACILITIES
                                          | {"site"}):
                            found = self._places_on(ctx, args, p)
                            i = found[0][0] if found else None
                        if i is not None:
                            return i
        # "the Kunming talks" (not "the Russia-China-Central Asia summit": its members)
        named = [c for c in t.children if c.dep_ == "compound"] if t.pos_ == "NOUN" else []
        if len(named) == 1 and place(named[0]) is not None and not any(
                x.dep_ == "compound" for x in named[0].children):
            return place(named[0])
        sent = ctx.sent(t)
        where = [w for w in sent if w.lower_ == "where" and w.i < t.i and w.i > sent.start
                 and ctx.doc[w.i - 1].lower_ == ","]
        if where:
            i = place(ctx.doc[where[-1].i - 2])
            if i is not None:
                return i
        return None

    @staticmethod
    def _home_state(ctx: DocContext, person: int, found: list[Found]) -> str | None:
        name = ctx.mentions[person].name
        for f in found:
            if f.relation in ("LEADS", "MEMBER_OF") and ctx.mentions[f.subject].name == name:
                # ("chief of staff of the Senegalese armed forces": of their state)
                state = ctx.mentions[state_of_forces(ctx, f.object)]
                if state.kind == "Country":
                    return state.key
        return load_gazetteer().office_country(name, surname=True)

    def recalls(self, ctx: DocContext, args: Arguments) -> Iterator[Found]:
        """ "Iran recalled its ambassadors to France and Britain", "Colombia recalled its
        ambassador from Washington", "withdrew its envoy from Lima": calling one's envoy home is a diplomatic penalty on
        the state where the envoy served (SCHEMA: SANCTIONS, the mirror of expelling that
        state's diplomats)."""
        for v in ctx.tokens:
            if v.lemma_ not in ("recall", "withdraw") or v.pos_ != "VERB":
                continue
            # ("its charge d'affaires": the title is the compound before its last word)
            envoys = [d for c in v.children if c.dep_ in ("dobj", "nsubjpass")
                      for d in [c, *c.conjuncts] if d.lemma_.casefold() in DIPLOMATS or any(
                          x.dep_ == "compound" and x.lower_ in ("charge", "chargé")
                          for x in d.children)]
            if not envoys:
                continue
            hosts = [p for h in [v, *envoys] for c in h.children
                     if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "from", "in")
                     for p in pobjs(c)]
            objects = [(o, f) for p in hosts for o, f in args.actors(p)
                       if ctx.mentions[o].kind == "Country"]
            passive = any(c.dep_ == "nsubjpass" for c in v.children)
            subjects = [(i, f) for i, f in (
                [a for c in v.children if c.dep_ == "agent" for p in pobjs(c)
                 for a in args.actors(p)] if passive else args.clause_subjects(v))
                if ctx.mentions[i].kind in ("Country", "Organization")]
            if not subjects and passive:
                # "Pakistan's ambassador was recalled from Tehran": the envoy's own state
                subjects = [a for d in envoys for c in d.children if c.dep_ in ("poss", "amod")
                            for a in args.actors(c) if ctx.mentions[a[0]].kind == "Country"]
            own = {identity(ctx, i) for i, _ in subjects}
            flags = flags_for(v, self.lex)
            for s_, fs in subjects:
                for o, fo in objects:
                    if identity(ctx, o) not in own:
                        yield Found(s_, "SANCTIONS", o, v, [v, envoys[0]], flags,
                                    0.6 * fs * fo, "recall")

    def persona_non_grata(self, ctx: DocContext, args: Arguments) -> Iterator[Found]:
        """ "Peru's Congress declared Lopez Obrador persona non grata", "declared the French
        ambassador persona non grata": a diplomatic penalty on the person (on the state,
        for its envoy).  The parser makes a verb of "persona"; the words decide."""
        doc = ctx.doc
        for t in ctx.tokens:
            if t.lower_ != "persona" or t.i + 2 >= len(doc) or \
                    doc[t.i + 1].lower_ != "non" or doc[t.i + 2].lower_ != "grata":
                continue
            sent = ctx.sent(t)
            verbs = [v for v in doc[sent.start : t.i] if v.lemma_ in ("declare", "deem")]
            if not verbs:
                continue
            v = verbs[-1]
            # (a named target: "declaring them persona non grata" after a list of people
            # and states says too little about whom)
            between = [x for x in doc[v.i + 1 : t.i] if ctx.mention(x) is not None
                       and x.pos_ != "PRON"]
            targets = []
            for x in between:
                i = ctx.mention(x)
                if i not in targets and ctx.mentions[i].kind in ("Person", "Country",
                                                                 "Organization"):
                    targets.append(i)
            envoy = [x for x in doc[v.i + 1 : t.i] if x.lemma_.casefold() in DIPLOMATS]
            if envoy and not targets:
                # "the French ambassador": the envoy's state
                targets = [i for c in envoy[0].children if c.dep_ in ("amod", "poss",
                                                                       "compound")
                           for i, _ in args.actors(c) if ctx.mentions[i].kind == "Country"]
            subjects = args.clause_subjects(v)
            flags = flags_for(v, self.lex)
            for s_, fs in subjects:
                for o in targets[:1] if not envoy else targets:
                    if identity(ctx, o) != identity(ctx, s_):
                        yield Found(s_, "SANCTIONS", o, v, [v, t, doc[t.i + 1], doc[t.i + 2]],
                                    flags, 0.6 * fs,
                                    "persona-non-grata")

    def _blamed_acts(self, ctx: DocContext, args: Arguments, v: Token, done: dict,
                     base: int) -> None:
        """ "The attack was blamed on the ADF", "blamed the RSF for the attack", "bombings
        which Uganda blamed on the ADF": whom a later "condemned the massacre" means (no
        ATTACKS fact: an attribution is not a finding)."""
        if any(c.dep_ == "neg" for c in v.children):
            return
        direct = [c for c in v.children if c.dep_ in ("dobj", "nsubjpass")]
        direct = [v.head if c.tag_ in ("WDT", "WP") and v.dep_ == "relcl" else c
                  for c in direct]
        # ("was blamed by the army on the ADF": "on" may hang on the agent)
        holders = [v] + [p for c in v.children if c.dep_ == "agent" for p in pobjs(c)]
        preps: dict[str, list[Token]] = {}
        for h in holders:
            for c in h.children:
                if c.dep_ == "prep":
                    preps.setdefault(c.lower_, []).extend(pobjs(c))
        pairs = [(n, p) for n in direct for p in preps.get("on", [])] + \
                [(n, d) for d in direct for n in preps.get("for", [])]
        for act, who in pairs:
            if not self._is_attack(act):
                continue
            authors = [i for i, _ in args.actors(who) if ctx.mentions[i].kind != "Location"]
            if authors:
                done.setdefault(act.lemma_.casefold(), []).append(
                    (authors, base + act.idx, True))

    def obligations(self, ctx: DocContext, args: Arguments, v: Token) -> Iterator[Found]:
        """ "Zakharova said the EU mission should withdraw", "Lavrov said Kyiv must stop
        the attacks": who a speaker says must act is asked to."""
        for cl in v.children:
            if cl.dep_ != "ccomp" or not any(
                    c.dep_ == "aux" and c.lower_ in ("should", "must") for c in cl.children):
                continue
            if any(c.dep_ == "nsubj" and c.lower_ in ("we", "i") for c in cl.children):
                continue  # what the speaker's own side must do
            targets = [a for c in cl.children if c.dep_ == "nsubj" for a in args.actors(c)]
            speakers = args.clause_subjects_any(v)
            aux = next(c for c in cl.children if c.dep_ == "aux" and c.lower_ in ("should",
                                                                                  "must"))
            for s_, fs in speakers:
                sm = ctx.mentions[s_]
                own = {sm.key, load_gazetteer().office_country(sm.name, surname=True)}
                for o, fo in targets:
                    if s_ != o and ctx.mentions[o].kind != "Location" and \
                            ctx.mentions[o].key not in own:
                        # (not "Putin said Russia must defend itself")
                        yield Found(s_, "DEMANDS", o, v, [aux, cl], flags_for(v, self.lex),
                                    0.6 * fs * fo, "obligation")

    def evaluations(self, ctx: DocContext, args: Arguments, v: Token) -> Iterator[Found]:
        """A speaker who calls what an actor does baseless, illegal, a provocation or a war
        crime criticizes that actor: "Kyiv said Moscow's claims were baseless", "X called
        the strikes a war crime"."""
        words = evaluation_words()
        clauses: list[Token] = []
        if v.lemma_ in SPEECH | {"consider", "deem", "complain"}:
            clauses = [c for c in v.children if c.dep_ == "ccomp"]
        judged: list[Token] = []
        flat: list[Token] = []  # the words of the labels given
        split: Token | None = None  # "the strikes" of a misparsed "the strikes murder"
        for cl in clauses:
            subj = [c for c in cl.children if c.dep_ in ("nsubj", "nsubjpass")]
            # the predicate itself: "were baseless", "was a war crime", "is a violation"
            preds = [c for c in cl.children if c.dep_ in ("attr", "acomp")]
            preds += [m for p in preds for m in p.children if m.dep_ in ("amod", "compound")]
            evals = [t for t in preds if (t.lemma_.casefold() in words or (
                t.dep_ == "attr" and t.pos_ == "NOUN" and t.lemma_.casefold() in label_words()))
                     and not any(c.dep_ == "neg" for c in cl.children)]
            # ("Putin's shadow fleet is a floating threat to our security")
            if subj and evals and cl.lemma_ == "be":
                judged += subj
                flat += evals
            # '"This illegal and aggressive presence of Chinese vessels ...," Tarriela said':
            # what the speaker calls illegal is done by its owner
            judged += [t for t in cl.subtree if t.pos_ == "NOUN" and ctx.mention(t) is None
                       and t.dep_ in ("nsubj", "nsubjpass", "dobj") and t.head == cl
                       and not any(c.dep_ == "neg" for c in cl.children)
                       and t not in judged and any(
                           c.dep_ == "amod" and c.i < t.i and c.lemma_.casefold() in words
                           and c.lemma_.casefold() not in DESCRIPTIVE_LABELS
                           for c in t.children)]
            if subj and v.lemma_ in ("consider", "deem") and cl.pos_ in ("NOUN", "ADJ") and (
                    cl.lemma_.casefold() in words or any(
                        m.dep_ in ("amod", "compound") and m.lemma_.casefold() in words
                        for m in cl.children)):
                # "Moscow considered the closures unfriendly steps": a small clause
                judged += subj
            if subj and self._to_blame(cl, words) and not any(
                    c.dep_ in ("neg", "mark") or (c.dep_ == "aux" and c.lower_ in (
                        "will", "would", "could", "might", "may")) for c in cl.children):
                # "Hamas said Israel bore full responsibility for the deaths", "said
                # Washington was responsible for the escalation" (not "would bear
                # responsibility": a warning)
                judged += subj
            if subj and cl.lemma_ == "be" and any(
                    c.dep_ == "prep" and c.lower_ == "behind" and pobjs(c)
                    for c in cl.children) and not any(
                    c.dep_ in ("neg", "mark") or (c.dep_ == "aux" and c.lower_ in (
                        "will", "would", "could", "might", "may")) for c in cl.children):
                # "said the United States was behind a plot to destabilise his government"
                judged += subj
            if subj and cl.lemma_ == "fail" and cl.pos_ == "VERB" and \
                    not any(t.pos_ == "PRON" for t in subj) and \
                    v.lemma_ not in ("deny", "warn") and not any(
                    c.dep_ in ("neg", "mark") or (c.dep_ == "aux" and c.lower_ in (
                        "will", "would", "could", "might", "may")) for c in cl.children):
                # "says the region has failed to hand over revenues", "complained that
                # the mechanism has failed to stop the attacks": a failure laid at X's door
                judged += subj
            if subj and self._harms(ctx, cl):
                # "said the Israeli strikes violated Resolution 1701"
                judged += subj
            if subj and self._spurns_peace(cl):
                # '"Putin does not want peace," he said', "said Kyiv was not interested in a
                # settlement", "said Washington had no right to interfere"
                judged += subj
            if subj and cl.lemma_ in ("amount", "constitute", "represent") and any(
                    t.lemma_.casefold() in words for c in cl.children
                    if c.dep_ in ("prep", "dobj", "attr") for t in c.subtree) and \
                    not any(c.dep_ == "neg" for c in cl.children):
                # "Israel's actions amounted to creeping annexation"
                judged += subj
        if v.lemma_ in ("call", "describe", "label", "brand", "denounce", "term", "dismiss",
                        "reject", "dub", "consider", "deem"):
            # "called the strikes a war crime"
            oprd = [c for c in v.children if c.dep_ in ("oprd", "xcomp", "attr")
                    or (c.dep_ == "prep" and c.lower_ == "as")]
            # "dismissed the allegations as propaganda": "as" hung on the object
            oprd += [c for d in v.children if d.dep_ == "dobj" for c in d.children
                     if c.dep_ == "prep" and c.lower_ == "as"]
            # ("described the offer made by Seoul as a farce": "as" hung on "made")
            oprd += [c for d in v.children if d.dep_ == "dobj" for a in d.children
                     if a.dep_ == "acl" for c in a.children
                     if c.dep_ == "prep" and c.lower_ == "as"]
            dobjs = [c for c in v.children if c.dep_ == "dobj"]
            if dobjs and dobjs[0].lemma_.casefold() in words and not oprd:
                # 'called the strikes murder' read as one noun "strikes murder": the label
                # is the head, what is labelled its compound
                named = [c for c in dobjs[0].children if c.dep_ == "compound"
                         and c.pos_ == "NOUN" and c.tag_ == "NNS"]
                if named:
                    oprd, dobjs = [dobjs[0]], named[:1]
                    split = named[0]
            oprd += dobjs[1:]  # "whom Beijing brands a separatist": two objects
            # ("called the Israeli strikes a crime", parsed as an object of the object)
            oprd += [c for d in dobjs[:1] for c in d.children if c.dep_ == "dobj"]
            # ('called the closure "a regrettable decision"': the label hung on the object)
            # ('called the expulsions "unjustified"': an adjective after the noun)
            oprd += [c for d in dobjs[:1] for c in d.children if ctx.mention(c) is None and (
                (c.dep_ == "appos" and c.pos_ == "NOUN") or (c.dep_ == "amod" and c.i > d.i))]
            # ('called the attack on Kyiv "barbaric"': the quoted label read as part of the
            # object)
            quoted = quoted_tokens(v.sent) if dobjs else set()
            oprd += [t for d in dobjs[:1] for t in d.subtree if t.i > d.i and t.i in quoted
                     and t.pos_ == "ADJ" and t.lemma_.casefold() in words]
            flat += [t for o in oprd for t in o.subtree]
            # ("described the sanctions as an attack on Georgian sovereignty")
            heads = [p for o in oprd for p in (pobjs(o) if o.dep_ == "prep" else [o])]
            if any(t.lemma_.casefold() in words for t in flat) or any(
                    h.lemma_.casefold() in label_words() and h.pos_ == "NOUN" for h in heads):
                judged += dobjs[:1]
                if not dobjs and v.dep_ == "relcl":
                    judged.append(v.head)  # "a move Tehran called null and void"
            # "called such accusations a U.S. smear campaign", "called the sanctions
            # American bullying": the author the label names
            labels = {t if t.dep_ not in ("amod", "compound") else t.head for t in flat
                      if t.lemma_.casefold() in words and t.lemma_.casefold() not in
                      PERSON_LABELS}
            extra_blamed = [a for n in labels if n.pos_ in ("NOUN", "PROPN")
                            for c in n.children if c.dep_ in ("compound", "amod", "nmod", "poss")
                            and c.i < n.i for a in args.actors(c)]
        else:
            extra_blamed = []
        # "said Israel's actions amounted to creeping annexation", '"Russia must feel the
        # cost of its aggression," he said': the author of an act the speaker condemns
        # (not a label of people, "Wagner mercenaries"; not "any aggression by X")
        blamed = [a for cl in clauses for t in cl.subtree
                  if t.pos_ == "NOUN" and t.lemma_.casefold() in words
                  and t.lemma_.casefold() not in PERSON_LABELS and ctx.mention(t) is None
                  and not any(c.dep_ == "det" and c.lower_ in ("any", "no")
                              for c in t.children)
                  and not any(c.dep_ == "neg" for c in t.head.children)
                  for a in args.noun_agent(t)]
        blamed += extra_blamed
        # "Zelenskiy said Russia had dropped bombs on homes in Kharkiv", '"Russia is trying
        # to destroy our energy system," Timchenko said': an attack told as done to the
        # speaker's own side (decided once that side is known)
        # (in the speaker's own quoted words: "the governor said drones hit a refinery"
        # is a report, no charge)
        in_quotes = quoted_tokens(v.sent) if clauses and v.lemma_ in SPEECH else set()
        assailed = [(cl, objs) for cl in clauses if v.lemma_ not in ("deny", "warn")
                    and cl.i in in_quotes and (objs := self._assails(cl)) is not None]
        # "Amnesty International said an air strike had killed seven civilians", "the Sudan
        # Doctors Network, a medical group, said RSF fighters had killed 400 patients": a
        # watchdog's report of civilians killed charges whoever killed them
        reported = [cl for cl in clauses if v.lemma_ in SPEECH and v.lemma_ != "deny"
                    and self._kills_people(ctx, cl)] if clauses else []
        if reported and any(self._watchdog(ctx, s_) for s_, _ in args.clause_subjects(v)):
            for cl in reported:
                for c in cl.children:
                    if c.dep_ in ("nsubj",):
                        blamed += [(i, f * 0.9) for i, f in (args.actors(c) or args.noun_agent(c))
                                   if ctx.mentions[i].kind != "Location"]
        if not judged and not blamed and not assailed:
            return
        speakers = args.clause_subjects_any(v) if v.lemma_ in SPEECH else args.clause_subjects(v)
        own = self._own_side(ctx, v) | {identity(ctx, s_) for s_, _ in speakers}
        for s_, _ in speakers:  # the State Department speaks for the United States
            state = load_gazetteer().state_key(ctx.mentions[s_].key)
            if state:
                own.add(state)
        for cl, objs in assailed:
            if all(ctx.mentions[s_].kind == "Person" for s_, _ in speakers) and \
                    self._victim_own(ctx, objs, own):
                # (a person's charge, not a military's report: "the air force said Russia
                # launched 100 drones")
                judged += [c for c in cl.children if c.dep_ == "nsubj" and not any(
                    identity(ctx, i) in own for i, _ in args.actors(c))]
        for o, fo in blamed:
            if identity(ctx, o) in own or ctx.mentions[o].kind == "Location":
                continue
            for s_, fs in speakers:
                yield Found(s_, "CRITICIZES", o, v, [v], flags_for(v, self.lex),
                            0.45 * fs * fo, "blame")
        acts_named = not any(t.lemma_.casefold() in PERSON_LABELS for t in flat) \
            if judged else False
        for tok in judged:
            if tok.pos_ == "PRON" and tok.lower_ in ("it", "this", "that", "them", "these",
                                                     "those") and acts_named:
                # 'called it "a blatant violation"', "described them as a provocation":
                # an act (the last one told), not whoever was named last
                targets = [(state_of_forces(ctx, i), f) for i, f in self.act_authors(
                    ctx, args, tok, own, referred=True, generic=True)]
                homes = {load_gazetteer().office_country(ctx.mentions[s_].name, surname=True)
                         for s_, _ in speakers if ctx.mentions[s_].kind == "Person"}
                targets = [(i, f) for i, f in targets if identity(ctx, i) not in own | homes]
                if not targets:
                    # (else what the pronoun stands for, but never the speaker's own body:
                    # "Foreign Ministry spokesman X called it ...", "the Russian embassy
                    # described them as ...")
                    near = {t.i for s_, _ in speakers for x in [ctx.mentions[s_]]
                            for h in [x.attributes.get("head")] if h is not None
                            for t in ctx.doc[h].subtree}
                    owners = {ctx.mentions[s_].attributes.get("owner") for s_, _ in speakers}
                    targets = [(i, f) for i, f in args.actors(tok) if i not in owners
                               and identity(ctx, i) not in own | homes
                               and ctx.mentions[i].attributes.get("head") not in near]
            elif tok.pos_ == "NOUN" and tok.lemma_.casefold() in GENERIC_ACTS:
                targets = []  # ("expelled two diplomats, a move X called illegal": the
                # move's authors, not the diplomats the apposition describes)
            else:
                targets = args.actors(tok)
            if not targets and tok.pos_ in ("NOUN", "PROPN") and tok.i == v.head.i and \
                    tok.lemma_.casefold() in GENERIC_ACTS:
                targets = self._move_authors(ctx, args, tok)
            if not targets and tok.pos_ in ("NOUN", "PROPN"):
                targets = args.noun_agent(tok) or self.owner_objects(ctx, args, tok, False)
                if not targets and tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and \
                        tok.head.dep_ == "ccomp" and tok.head.head == v:
                    # "said NATO was conducting provocative drills": whoever conducts them
                    targets = [(i, f * 0.8) for i, f in args.clause_subjects(tok.head)
                               if identity(ctx, i) not in own]
                if not targets:
                    # ("called the seizure an act of aggression": U.S. forces seized, the
                    # reproach is aimed at their state)
                    targets = [(state_of_forces(ctx, i), f) for i, f in self.act_authors(
                        ctx, args, tok, self._own_side(ctx, v), referred=tok == split)]
            if not targets and tok.pos_ == "NOUN" and tok.lemma_.casefold() in GENERIC_ACTS \
                    and tok.dep_ == "dobj" and any(c.dep_ == "det" and c.lower_ in (
                        "the", "this", "that") for c in tok.children):
                # "Iran suspended cooperation with the IAEA. Germany called the move a
                # devastating signal": the act the sentence before told of
                targets = [(i, f) for i, f in self._previous_actors(ctx, args, v)
                           if identity(ctx, i) not in own]
            for s_, fs in speakers:
                for o, fo in targets:
                    if s_ != o and ctx.mentions[o].kind != "Location":
                        yield Found(s_, "CRITICIZES", o, v, [v], flags_for(v, self.lex),
                                    0.5 * fs * fo, "evaluation")

    @staticmethod
    def _spurns_peace(cl: Token) -> bool:
        """A clause that says its subject does not want peace ("is not seeking peace",
        "is not interested in a settlement") or has no right to act ("had no right to
        interfere"): a reproach."""
        negated = any(c.dep_ == "neg" for c in cl.children)
        wanted = [p for c in cl.children if c.dep_ in ("dobj", "acomp", "xcomp", "prep")
                  for p in ([c] if c.dep_ != "prep" else pobjs(c))]
        wanted += [p for c in cl.children if c.dep_ == "acomp" for d in c.children
                   if d.dep_ == "prep" for p in pobjs(d)]  # "interested in a settlement"
        if negated and cl.lemma_ in ("want", "seek", "be", "pursue", "desire") and any(
                w.lemma_.casefold() in PEACE_WORDS for w in wanted):
            return True
        return cl.lemma_ == "have" and not negated and any(
            c.dep_ == "dobj" and c.lemma_ == "right" and any(
                d.dep_ == "det" and d.lower_ == "no" for d in c.children)
            for c in cl.children)

    def _kills_people(self, ctx: DocContext, cl: Token) -> bool:
        """A clause told as done in which its subject kills or wounds civilians, or kills
        people named by their nation ("killed 12 Palestinians")."""
        if not told_as_fact(cl) or cl.lemma_ not in ("kill", "shoot", "massacre", "execute",
                                                     "wound", "injure", "murder"):
            return False
        for c in cl.children:
            if c.dep_ != "dobj":
                continue
            n = self._counted(c)
            i = ctx.mention(n)
            if n.lemma_.casefold() in VICTIMS or (
                    cl.lemma_ in ("kill", "shoot", "massacre", "murder") and i is not None
                    and ctx.mentions[i].attributes.get("use") == "plural"):
                return True
        return False

    @staticmethod
    def _watchdog(ctx: DocContext, i: int) -> bool:
        """A rights group, aid body or monitor: a gazetteer NGO or U.N. agency (not the
        Red Cross, which accuses no one), or a named group an apposition calls a medical,
        rights or monitoring group."""
        m = ctx.mentions[i]
        if m.kind != "Organization":
            return False
        entry = load_gazetteer().get(m.key) if m.key else None
        if entry is not None:
            return getattr(entry, "kind", "") in ("ngo", "un_agency") and \
                "red-cross" not in m.key
        head = m.attributes.get("head")
        if head is None or m.attributes.get("offset") != ctx.offset:
            return False
        return any(a.dep_ == "appos" and a.lemma_ in ("group", "organisation", "organization",
                                                      "network", "monitor", "charity")
                   and any(c.lower_ in ("medical", "rights", "monitoring", "humanitarian",
                                        "doctors", "aid") for c in a.children)
                   for a in ctx.doc[head].children)

    def _assails(self, cl: Token) -> list[Token] | None:
        """The objects of an attack a reported clause tells as done ("Russia had dropped
        bombs on homes in Kharkiv", "is trying to destroy our energy system"), else None."""
        if not told_as_fact(cl):
            return None
        verbs = [cl] + [c for c in cl.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
        for x in verbs:
            objs = [c for c in x.children if c.dep_ == "dobj"]
            if not any(t.relation == "ATTACKS" for t in self.lex.verb_triggers(x.lemma_)) \
                    and not (x.lemma_ in ("drop", "rain", "hurl", "lob") and any(
                        self._counted(o).lemma_.casefold() in WEAPON_WORDS for o in objs)):
                continue  # ("dropped guided bombs on homes")
            objs += [p for c in [x, *objs] for d in c.children if d.dep_ == "prep"
                     and d.lower_ in ("on", "at", "against", "in") for p in pobjs(d)]
            if objs:
                return objs
        return None

    def _victim_own(self, ctx: DocContext, objs: list[Token], own: set[str]) -> bool:
        """Is what is attacked the speaker's own side: "our" cities, the speaker's state,
        a place in it?"""
        for o in objs:
            for t in o.subtree:
                if t.lower_ in ("our", "us"):
                    return True
                i = ctx.mention(t)
                if i is None:
                    continue
                if identity(ctx, i) in own:
                    return True
                if ctx.mentions[i].kind == "Location" and self._place_state(ctx, i) in own:
                    return True
        return False

    @staticmethod
    def _harms(ctx: DocContext, cl: Token) -> bool:
        """A reported clause that says its subject harms something (harm_verbs.tsv), as a
        fact: "the strikes violated Resolution 1701", not "would undermine" or "did not
        violate"."""
        if not told_as_fact(cl):
            return False
        # ... or is doing something to harm it: "Russia is spending millions to buy votes
        # and destabilise our country", "is trying to undermine the talks"
        verbs = [cl]
        for x in verbs:
            verbs += [c for c in x.children if c.pos_ == "VERB" and not any(
                d.dep_ == "neg" for d in c.children) and (
                c.dep_ == "xcomp" or (c.dep_ == "conj" and x is not cl) or (
                    c.dep_ == "advcl" and any(d.dep_ == "aux" and d.lower_ == "to"
                                              for d in c.children)))]
        for x in verbs:
            need = harm_verbs().get(x.lemma_)
            objs = [c for c in x.children if c.dep_ == "dobj"]
            if need is not None and objs and (
                    need == "any" or all(ctx.mention(o) is None for o in objs)):
                return True
        return False

    def _to_blame(self, cl: Token, words: frozenset[str]) -> bool:
        """A clause that puts the blame for a harm on its subject: "X was responsible for
        the attack", "X bears responsibility for the deaths"."""
        if cl.lemma_ == "be":
            heads = [c for c in cl.children if c.dep_ == "acomp"
                     and c.lemma_.casefold() in ACCOUNTABLE]
        elif cl.lemma_ in ("bear", "carry", "share"):
            heads = [c for c in cl.children if c.dep_ == "dobj"
                     and c.lemma_.casefold() == "responsibility"]
        else:
            return False
        harms = [t for h in [cl, *heads] for c in h.children
                 if c.dep_ == "prep" and c.lower_ == "for" for p in pobjs(c)
                 for t in p.subtree if t.pos_ == "NOUN" and (
                     t.lemma_.casefold() in HARMS | words or self._is_attack(t))]
        return bool(heads and harms)

    def _is_attack(self, tok: Token) -> bool:
        return tok.pos_ == "NOUN" and any(t.relation == "ATTACKS" for t in
                                          self.lex.noun_triggers(tok.lemma_.casefold()))

    def find(self, ctx: DocContext, args: Arguments) -> Iterator[Found]:
        events = args.memory.setdefault("events", [])
        done = args.memory.setdefault("done", {})
        base = ctx.offset  # events are ordered by their place in the article
        owned = args.memory.setdefault("owned", {})
        for tok in ctx.tokens:
            if (tok.pos_ == "PROPN" and tok.lower_ in SIGNED) or (
                    tok.pos_ == "NOUN" and ctx.mention(tok) is None
                    and tok.lemma_.casefold() in SIGNED) or (
                    tok.lemma_ == "letter" and any(c.dep_ == "prep" and c.lower_ == "of" and any(
                        p.lemma_ in ("intent", "intention") for p in pobjs(c))
                        for c in tok.children)):
                # ("signed a letter of intent")
                # "signed a protocol", "signed the Comprehensive Strategic Partnership Treaty"
                yield from self.signatories(ctx, args, tok)
            if tok.pos_ != "NOUN" or ctx.mention(tok) is not None:
                continue
            if tok.lemma_.casefold() in PROPOSALS:
                # "Morocco's autonomy plan ... Spain also backs the plan": whose it is
                owners = [a for c in tok.children if c.dep_ in ("poss", "amod", "compound")
                          and c.i < tok.i for a in args.actors(c, conj=False)
                          if ctx.mentions[a[0]].kind != "Location"]
                if owners:
                    owned.setdefault(tok.lemma_.casefold(), []).append(
                        (base + tok.idx, [i for i, _ in owners]))
            # "China launched drills around Taiwan": who carried out what, so that a later
            # "condemned the drills" finds them
            if tok.dep_ == "dobj" and tok.head.lemma_ in CONDUCT:
                subj = [i for i, _ in args.clause_subjects(tok.head)
                        if ctx.mentions[i].kind != "Location"]
                if subj:
                    done.setdefault(tok.lemma_.casefold(), []).append(
                        (subj, base + tok.idx, True))
                    if tok.lemma_.casefold() in LAUNCHED:
                        # "fired a ballistic missile ... condemned the launch"
                        for act in ("launch", "test", "firing"):
                            done.setdefault(act, []).append((subj, base + tok.idx, True))
            if tok.lemma_.casefold() in EXERCISES:
                yield from self.joint_exercise(ctx, args, tok, done, base)
            elif tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and (any(
                    c.dep_ == "amod" and c.lower_ in ("joint", "combined") for c in tok.children)
                    or (tok.lemma_ in ALLIANCES and tok.head.lemma_ in FORMING
                        and not any(c.dep_ == "prep" and c.lower_ in ("with", "between")
                                    for c in tok.children))):
                # ("the two parties formed an alliance": not "an alliance with X")
                yield from self.joint_undertaking(ctx, args, tok)
            if tok.dep_ == "dobj" and tok.head.lemma_ in ("join", "enter") and \
                    tok.lemma_.casefold() in JOINED_WARS:
                yield from self.joined_war(ctx, args, tok)
            # "an Israeli strike hit a school": an act with its agent, even without a target
            rels = {t.relation for t in self.lex.noun_triggers(tok.lemma_.casefold())
                    if "light" not in t.flags or self.light_verb(tok) is not None} & ACTS
            if rels:
                for i, _ in args.noun_agent(tok):
                    if ctx.mentions[i].kind != "Location":
                        for r in rels:
                            events.append((r, i, None, base + tok.idx))
        for v in ctx.tokens:
            if v.lemma_ == "blame" and v.pos_ == "VERB":
                self._blamed_acts(ctx, args, v, done, base)
            if v.lemma_ in DETAINING and v.pos_ == "VERB":
                self._detention(ctx, args, v, done, base)
            if v.pos_ == "VERB" and (v.tag_ in ("VBD", "VBZ", "VBP") or (
                    v.tag_ == "VBN" and any(a.dep_ == "aux" for a in v.children))) and \
                    not is_passive(v) and any(
                    t.relation == "ATTACKS" for t in self.lex.verb_triggers(v.lemma_)) and \
                    any(t.relation == "ATTACKS" for t in self.lex.noun_triggers(v.lemma_)) \
                    and not any(
                        c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD")
                        for c in v.children):
                # "U.S. forces struck another boat ... condemned the strikes": who struck,
                # whatever they struck (an attack on no actor is still theirs)
                subj = [i for i, _ in args.clause_subjects(v)
                        if ctx.mentions[i].kind not in ("Location", "Person")]
                if subj:  # (apart: only "the strikes" names what "struck" did)
                    done.setdefault("verb:" + v.lemma_, []).append(
                        (subj, base + v.idx, False))
            # "Kosovo police arrested three officials ... called the arrests kidnappings":
            # who did what the nouns of deeds.tsv name
            nouns = deed_nouns().get(v.lemma_) if v.pos_ == "VERB" else None
            if nouns and v.lemma_ in ("sink", "down") and not any(
                    c.dep_ == "dobj" for c in v.children):
                continue  # "the Kalliope Star sank": the ship is no author of the sinking
            if not nouns or v.tag_ == "VBG" or any(
                    c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in v.children):
                continue
            subj = [i for i, _ in args.clause_subjects(v)
                    if ctx.mentions[i].kind != "Location"]
            if subj:
                # (not the words of attacks: "killed dozens of fighters" is no "attack"
                # a later "condemned the attacks" means)
                # (but crossing a border is an incursion: "jets violated Estonian airspace
                # ... denounced the incursion")
                for noun in set(nouns) - (ATTACK_WORDS - {"incursion"}):
                    done.setdefault(noun, []).append((subj, base + v.idx, False))
        yield from self.expulsions(ctx, args, done, base)
        yield from self.recalls(ctx, args)
        yield from self.persona_non_grata(ctx, args)
        yield from self.hosted(ctx, args)
        yield from self.under_fire(ctx, args)
        yield from self.drew_criticism(ctx, args)
        yield from self.exchanges(ctx, args)
        yield from self.requested(ctx, args)
        for f in self._find(ctx, args):
            if f.relation == "COOPERATES_WITH" and f.trigger.pos_ == "NOUN" and \
                    f.trigger.lemma_.casefold() in AGREEMENTS and f.flags.polarity == "positive":
                # "signed a memorandum with Somaliland ... denounced the deal": its signer
                # (both parties signed it: "Japan and Australia signed a pact ... Beijing
                # criticised the pact")
                at = base + f.trigger.idx
                for word in AGREEMENTS:
                    acts = done.setdefault(word, [])
                    same = next((subj for subj, when, _ in acts if when == at), None)
                    if same is None:
                        acts.append(([f.subject], at, True))
                        same = acts[-1][0]
                    for party in (f.subject, f.object):
                        if party not in same and ctx.mentions[party].kind not in (
                                "Location", "Person"):
                            same.append(party)
            if f.relation in ACTS and f.flags.polarity == "positive" and \
                    ctx.mentions[f.subject].kind != "Location":
                # who did what to whom, in text order: "condemned the sanctions" later
                at = base + f.trigger.idx
                events.append((f.relation, f.subject, f.object, at))
                if any(t.dep_ == "relcl" for t in [f.trigger, *f.trigger.ancestors]):
                    # "Britain, which sanctioned Iran Air last month": background
                    args.memory.setdefault("background", set()).add(at)
                if dated_back(ctx, f.trigger) or dated_back(ctx, f.light):
                    # "Britain imposed sanctions on Smotrich in June": no "move" of the news
                    args.memory.setdefault("dated", set()).add(at)
                # ... and "condemned the raid": the last raid's authors
                acts = done.setdefault(f.trigger.lemma_.casefold(), [])
                noun = f.trigger.pos_ == "NOUN"
                same = next((subj for subj, when, _ in acts if when == at), None)
                if same is not None:
                    if f.subject not in same:
                        same.append(f.subject)
                elif noun or not any(was_noun for _, _, was_noun in acts):
                    # ("the sanctions" are those named so, not what "Britain sanctioned")
                    acts.append(([f.subject], at, noun))
            if f.relation == "CRITICIZES" and f.flags.polarity == "positive" and \
                    f.trigger.lemma_.casefold() in ACCUSING:
                # "Kyiv accused Moscow of ...": a later "rejected the allegations" answers it
                args.memory.setdefault("accusations", []).append(
                    (base + f.trigger.idx, f.subject, f.object))
            yield f
        yield from self.rebuttals(ctx, args)
        yield from self.drawn_criticism(ctx, args)
        yield from self.commitments(ctx, args)
        yield from self.received_support(ctx, args)

    def stated_threats(self, ctx: DocContext, args: Arguments,
                       found: list[Found]) -> Iterator[Found]:
        """ "vowed to keep attacking Israel", "Netanyahu said Israel would continue to
        strike the Houthis": an attack its own side announces (a vow, or a speaker's clause
        in the future about the speaker or the speaker's state) is not yet a fact, but the
        announcement is a threat to its target, and it is asserted."""
        said = {(f.subject, f.object) for f in found if f.relation == "THREATENS"}
        for f in found:
            if (f.relation not in ("ATTACKS", "SANCTIONS") and not (
                    f.relation == "CRITICIZES" and f.trigger.lemma_ == "hold")) \
                    or f.flags.polarity != "positive" \
                    or (f.flags.modality == "asserted" and not self._will_go_on(f)) \
                    or (f.subject, f.object) in said or \
                    ctx.mentions[f.object].kind == "Location":
                continue  # (a town to be retaken is threatened by no one's words)
            # ("would trigger the return of U.N. sanctions on X": the verb that carries the
            # penalty, whoever's it is)
            carrier = f.carrier if f.light is None else None
            t = f.light if f.light is not None else carrier or f.trigger
            if t.pos_ not in ("VERB", "AUX"):
                continue
            # ("warned that Washington could impose sanctions on X": a penalty held out)
            modals = FUTURE | ({"could", "might", "may"} if f.relation == "SANCTIONS" else set())
            future = False
            announced = None
            for _ in range(5):
                future = future or any(a.dep_ == "aux" and a.lower_ in modals
                                       for a in t.children)
                if t.dep_ == "ccomp" and t.head.lemma_ in ("warn", "threaten") and any(
                        a.dep_ == "aux" and a.lower_ in ("could", "might", "may")
                        for a in t.children):
                    future = True  # "warned that Pakistan could strike Afghanistan"
                if t.dep_ == "xcomp" and t.head.lemma_ in VOWS:
                    announced = t.head
                    break
                if t.dep_ == "ccomp" and t.head.lemma_ in SPEECH | VOWS:
                    if future or t.head.lemma_ in VOWS:
                        announced = t.head
                    break
                if t.dep_ == "acl" and t.head.lemma_ in SAYINGS | {"warning", "threat"} and \
                        future and any(c.dep_ == "mark" and c.lower_ == "that"
                                       for c in t.children):
                    # "warned in a statement that it would resume attacks on X"
                    v = t.head
                    while v.pos_ not in ("VERB", "AUX") and v.head != v:
                        v = v.head
                    if v.lemma_ in SPEECH | VOWS | {"issue", "release", "publish"}:
                        announced = v
                    break
                if t.dep_ not in ("xcomp", "conj") or t.head == t:
                    break
                t = t.head
            if announced is None:
                continue
            flags = flags_for(announced, self.lex)
            if flags.polarity != "positive" or flags.modality != "asserted":
                continue
            speakers = {i for i, _ in args.clause_subjects(announced)}
            own = self._speakers_side(ctx, speakers, found)
            owner = ctx.mentions[f.subject].attributes.get("owner")
            carried = [i for i, _ in args.clause_subjects(carrier)
                       if i in speakers or identity(ctx, i) in own] if carrier is not None else []
            if carried and identity(ctx, f.object) not in own:
                # (the penalty's carrier is the threat's author: "they would trigger")
                for i in carried:
                    if (i, f.object) not in said:
                        said.add((i, f.object))
                        yield Found(i, "THREATENS", f.object, announced,
                                    [announced, *f.tokens], flags, f.confidence * 0.8,
                                    "stated-penalty")
                continue
            if identity(ctx, f.subject) not in own and not (
                    isinstance(owner, int) and (owner in speakers or identity(ctx, owner) in own)):
                continue  # "analysts said Israel would strike": a forecast, no threat
            if identity(ctx, f.object) in own:
                continue  # ("threatened to suspend flights for Venezuelan migrants")
            # ("X warned that his army would pursue Y": X threatens Y)
            threat = owner if isinstance(owner, int) and owner in speakers else f.subject
            said.add((f.subject, f.object))
            yield Found(threat, "THREATENS", f.object, announced, [announced, *f.tokens],
                        flags, f.confidence * 0.8, "stated-" + (
                            "attack" if f.relation == "ATTACKS" else "penalty"))
            # ("said the United States would hold Iran accountable": a reckoning promised)

    @staticmethod
    def _will_go_on(f: Found) -> bool:
        """ "Israel would keep striking Hamas": an attack going on, and promised to go on."""
        t = f.trigger
        return t.dep_ == "xcomp" and t.head.lemma_ in ("keep", "continue") and any(
            a.dep_ == "aux" and a.lower_ in FUTURE for a in t.head.children)

    @staticmethod
    def _speakers_side(ctx: DocContext, speakers: set[int], found: list[Found]) -> set[str]:
        """The identities on the speakers' own side: themselves, what they lead, serve or
        belong to, their owners ("Hamas's spokesman"), and a known office holder's state
        ("Netanyahu said Israel would ..."): what they announce of it is their own act."""
        return {identity(ctx, i) for i in speakers} | {
            identity(ctx, f.object) for f in found if f.subject in speakers
            and f.relation in ("LEADS", "MEMBER_OF", "PART_OF")} | {
            identity(ctx, ctx.mentions[i].attributes["owner"]) for i in speakers
            if ctx.mentions[i].attributes.get("owner") is not None} | {
            load_gazetteer().office_country(ctx.mentions[i].name, surname=True)
            for i in speakers if ctx.mentions[i].kind == "Person"}

    def conditional_threats(self, ctx: DocContext, args: Arguments,
                            found: list[Found]) -> Iterator[Found]:
        """ "Katz warned that Israel would act with full force if Hezbollah was not
        disarmed": a response its own side announces on a condition about another actor
        threatens that actor."""
        said = {(f.subject, f.object) for f in found if f.relation == "THREATENS"}
        for v in ctx.tokens:
            if v.pos_ != "VERB" or v.lemma_ not in SPEECH | VOWS or v.lemma_ in ("deny", "reject"):
                continue
            flags = flags_for(v, self.lex)
            if flags.polarity != "positive" or flags.modality != "asserted":
                continue
            speakers = {i for i, _ in args.clause_subjects(v)}
            if not speakers:
                continue
            if v.lemma_ in ("threaten", "warn", "promise", "vow") and any(
                    t.lemma_.casefold() in RESPONSE_NOUNS for c in v.children
                    for t in ([c] if c.dep_ == "dobj" else pobjs(c)
                              if c.dep_ == "prep" and c.lower_ == "of" else [])):
                # "threatened a far more crushing response if Israel attacked again"
                own = self._speakers_side(ctx, speakers, found)
                yield from self._threatened_on(ctx, args, list(v.children), speakers, own,
                                               said, [v], flags)
            for c in v.children:
                if c.dep_ == "ccomp" and c.lemma_ in ("continue", "go") and any(
                        a.dep_ == "aux" and a.lower_ in FUTURE for a in c.children) and any(
                        sj.dep_ == "nsubj" and (self._is_attack(sj) or sj.lemma_.casefold()
                                                in PENALTIES | {"operation", "campaign"})
                        for sj in c.children):
                    # "the strikes would continue until the Houthis stopped targeting
                    # ships": a threat to whoever must stop
                    own = self._speakers_side(ctx, speakers, found)
                    yield from self._threatened_on(ctx, args, list(c.children), speakers, own,
                                                   said, [v, c], flags, ("until",),
                                                   "until-threat")
                    continue
                if c.dep_ != "ccomp" or c.lemma_ not in RESPONSES or not any(
                        a.dep_ == "aux" and a.lower_ in FUTURE | {"could", "may", "might"}
                        for a in c.children):
                    continue  # ("warned the army could resume operations if ...")
                own = self._speakers_side(ctx, speakers, found)
                # (its army too, "the army" not yet resolved)
                doers = {identity(ctx, i) for i, _ in args.clause_subjects(c)
                         if not self._on_side(ctx, i, own) and not (
                             ctx.mentions[i].key is None and
                             ctx.mentions[i].name.casefold() in OWN_STATE_WORDS)}
                if not args.clause_subjects(c) or doers:
                    continue  # "analysts said Israel would respond if ...": a forecast
                # (the condition may hang deeper: "would do whatever is necessary to
                # protect its rights if Athens pressed ahead")
                yield from self._threatened_on(ctx, args, [t for t in c.subtree if t is not c],
                                               speakers, own, said, [v, c], flags)

    def announced_retaliations(self, ctx: DocContext, args: Arguments,
                               found: list[Found]) -> Iterator[Found]:
        """ "Jaiswal said New Delhi would respond firmly to any misadventure", "Moscow
        vowed to retaliate", "warned that Islamabad would retaliate at a time of its
        choosing": a retaliation its own side announces threatens the one it answers. The
        target is the one the clause names ("against X", "to any aggression by X", "if X
        ..."), else the adversary of the article: the last actor that attacked,
        sanctioned, threatened or criticised the speaker's side before."""
        said = {(f.subject, f.object) for f in found if f.relation == "THREATENS"}
        threatened = {f.subject for f in found if f.relation == "THREATENS"}
        for v in ctx.tokens:
            if v.pos_ != "VERB" or v.lemma_ not in SPEECH | VOWS or v.lemma_ in (
                    "deny", "reject", "respond", "reply"):
                continue
            flags = flags_for(v, self.lex)
            if flags.polarity != "positive" or flags.modality != "asserted":
                continue
            speakers = {i for i, _ in args.clause_subjects(v)
                        if ctx.mentions[i].kind != "Location"}
            if not speakers or speakers & threatened:
                continue  # (a threat the other rules found says it already)
            for c in v.children:
                if self._culprits_pursued(c):
                    # "vowed that those responsible would be hunted down": the authors of
                    # the last attack on the speaker's side
                    own = self._speakers_side(ctx, speakers, found)
                    own |= {load_gazetteer().state_key(k) for k in own if k} - {None}
                    t = self._attacker_of(ctx, args, own, ctx.offset + c.idx)
                    if t is None:
                        # (a target whose side is not known yet: the attack just told of)
                        prev = ctx.doc[max(ctx.sent_start(c) - 1, 0)].sent
                        prev = ctx.doc[max(prev.start - 1, 0)].sent  # (two sentences back)
                        t = self._attacker_of(ctx, args, None, ctx.offset + c.idx,
                                              ctx.offset + prev.start_char, not_by=own)
                    for s_ in speakers:
                        if t is not None and (s_, t) not in said:
                            said.add((s_, t))
                            yield Found(s_, "THREATENS", t, v, [v, c], flags, 0.55,
                                        "culprits-pursued")
                    continue
                vowed = c.dep_ == "xcomp" and v.lemma_ in VOWS and (c.lemma_ in (
                    "retaliate", "respond", "avenge", "react") or (c.lemma_ == "take" and any(
                        # "vowed to take countermeasures against the United States"
                        d.dep_ == "dobj" and d.lemma_.casefold() in THREATENED_ACTS
                        for d in c.children)))
                if not vowed and not (c.dep_ == "ccomp" and c.lemma_ in (
                        "retaliate", "respond", "react", "take") and self._retaliates(c)):
                    continue  # ("would respond", "would take countermeasures"; not "would
                    # veto any new sanctions", "would pursue legal measures")
                if flags_for(c, self.lex).polarity != "positive":
                    continue  # "would not retaliate"
                own = self._speakers_side(ctx, speakers, found)
                doers = {identity(ctx, i) for i, _ in args.clause_subjects(c)}
                if not vowed and (not doers or any(
                        # ("the military would respond", named or not: the speaker's own)
                        sj.dep_ == "nsubj" and sj.lemma_ in ("military", "army")
                        for sj in c.children)) and any(
                        sj.dep_ == "nsubj" and sj.lemma_ in OWN_STATE_WORDS and any(
                            d.dep_ == "det" and d.lower_ in ("the", "our") for d in sj.children)
                        for sj in c.children):
                    doers = own  # "Petro said the state will respond": his own state
                if not vowed and (not doers or not doers <= own):
                    continue  # "analysts said Israel would respond": a forecast
                own = own | doers
                gaz = load_gazetteer()
                own |= {gaz.state_key(k) for k in own if k} - {None}
                targets = [i for i, _ in self.retaliation_targets(args, v)] if not vowed \
                    else []
                targets += [i for i, _ in self._condition_subjects(args, c)]
                targets += [a for x in [c, *(d for d in c.children if d.dep_ == "dobj")]
                            for p in x.children if p.dep_ == "prep" and p.lower_ in (
                                "against", "to") for q in pobjs(p) for a, _ in args.actors(q)]
                # "vowed to retaliate after Pakistani airstrikes", "for the killing of X by
                # Y": the authors of the act answered
                targets += [a for x in (c, v) for p in x.children if p.dep_ == "prep"
                            and p.lower_ in ("after", "for", "over") for q in pobjs(p)
                            if self.lex.noun_triggers(q.lemma_.casefold())
                            for a, _ in args.noun_agent(q)]
                # "would respond to the sanctions": whoever imposed the sanctions told of
                targets += [a for p in c.children if p.dep_ == "prep" and p.lower_ == "to"
                            for q in pobjs(p) if not args.actors(q)
                            and self.lex.noun_triggers(q.lemma_.casefold()) and any(
                                d.dep_ == "det" and d.lower_ in ("the", "these", "those")
                                for d in q.children)
                            for a in args.done_before(q.lemma_.casefold(), ctx.offset + q.idx)]
                targets = [i for i in targets if not self._on_side(ctx, i, own)
                           and ctx.mentions[i].kind != "Location"]
                if not targets:
                    # "accused the EU of piracy and warned that Moscow would respond": the
                    # one the speaker just reproached
                    targets = [f.object for f in found if f.subject in speakers
                               and f.relation in ("CRITICIZES", "ATTACKS", "SANCTIONS")
                               and f.flags.polarity == "positive"
                               and f.flags.modality == "asserted"
                               and not self._on_side(ctx, f.object, own)
                               and ctx.mentions[f.object].kind != "Location"]
                if not targets:
                    t = self._adversary(ctx, args, own, ctx.offset + c.idx)
                    targets = [t] if t is not None else []
                for t in dict.fromkeys(targets):
                    for s_ in speakers:
                        if (s_, t) not in said:
                            said.add((s_, t))
                            yield Found(s_, "THREATENS", t, v, [v, c], flags, 0.55,
                                        "announced-retaliation")

    @staticmethod
    def _culprits_pursued(c: Token) -> bool:
        """ "(vowed that) those responsible would be hunted down", "the attackers will be
        punished", "the perpetrators will pay": a promise to pursue an attack's authors."""
        if c.dep_ != "ccomp" or not any(
                a.dep_ == "aux" and a.lower_ in ("will", "would", "shall") for a in c.children):
            return False
        if c.lemma_ == "go" and any(a.lower_ == "unpunished" for a in c.children) and any(
                d.dep_ == "neg" for d in c.children):
            # '"This cowardly attack will not go unpunished," X said'
            return True
        if c.lemma_ not in PURSUIT:
            return False
        return any(sj.dep_ in ("nsubj", "nsubjpass", "dobj") and ((
            sj.lemma_.casefold() in CULPRITS and not any(
                d.dep_ == "det" and d.lower_ in ("these", "this", "those") for d in sj.children))
            or (sj.lower_ == "those" and any(
                d.lemma_ in ("responsible", "behind") for d in sj.children)))
            for sj in c.children)

    def _attacker_of(self, ctx: DocContext, args: Arguments, own: set | None, here: int,
                     since: int = 0, not_by: set | None = None,
                     relations: tuple[str, ...] = ("ATTACKS",)) -> int | None:
        """The last actor the article said attacked (or did one of `relations` to) the side
        `own` (any side if None, but not `not_by`) between `since` and `here`."""
        for r, s_, o, at in sorted(args.memory.get("events", []), key=lambda e: -e[3]):
            if since <= at < here and r in relations and o is not None and (
                    own is None or self._on_side(ctx, o, own)) and \
                    not self._on_side(ctx, s_, own or not_by or set()) and \
                    ctx.mentions[s_].kind not in ("Location", "Person"):
                return s_
        return None

    def _repelled(self, ctx: DocContext, args: Arguments, v: Token, target: Token,
                  subjects: list[Arg]) -> list[Arg]:
        """"Soldiers repelled the assault", "killed four of the attackers", "the gunmen
        were pushed back by police": attackers the text does not name again are the
        authors of the last attack (on the subjects' side, else by anyone else)."""
        lemma = target.lemma_.casefold()
        unnamed = ctx.mention(target) is None and not any(
            ctx.mention(c) is not None for c in target.children
            if c.dep_ in ("compound", "amod", "poss", "nmod"))
        culprits = lemma in CULPRITS and target.pos_ == "NOUN"
        attack = lemma in ATTACK_WORDS and v.lemma_ in REPELLING and target.pos_ == "NOUN" \
            and (target.tag_ == "NNS" or any(c.dep_ == "det" and c.lower_ in (
                "the", "this", "that") for c in target.children))
        subjects = [(i, f) for i, f in subjects if ctx.mentions[i].kind != "Person"]
        if not unnamed or not (culprits or attack) or not subjects:
            return []
        gaz = load_gazetteer()
        own = {identity(ctx, i) for i, _ in subjects}
        own |= {gaz.state_key(ctx.mentions[i].key or ctx.mentions[i].attributes.get(
            "owner_key")) for i, _ in subjects} - {None}
        here = ctx.offset + v.idx
        t = self._attacker_of(ctx, args, own, here)
        if t is None:
            t = self._attacker_of(ctx, args, None, here, not_by=own)
        return [] if t is None else [(t, 0.6)]

    @staticmethod
    def _on_side(ctx: DocContext, i: int, own: set) -> bool:
        """Is mention i one of `own`, or of (or in) a state among them ("Colombian
        forces", a town in Colombia)?"""
        m = ctx.mentions[i]
        state = load_gazetteer().state_key(m.key or m.attributes.get("owner_key"))
        return identity(ctx, i) in own or state in own

    def _adversary(self, ctx: DocContext, args: Arguments, own: set, here: int) -> int | None:
        """The last actor the article said attacked, sanctioned, threatened or criticised
        the side `own` before `here`."""
        s_ = self._attacker_of(ctx, args, own, here,
                               relations=("ATTACKS", "SANCTIONS", "THREATENS", "CRITICIZES"))
        if s_ is None:
            return None
        state = load_gazetteer().state_key(ctx.mentions[s_].key) \
            if ctx.mentions[s_].kind == "MilitaryForce" else None
        # ("Indian jets struck ... Islamabad would retaliate": against India)
        named = next((j for j, m in enumerate(ctx.mentions) if state and m.key == state
                      and m.start < here), None)
        return s_ if named is None else named

    @staticmethod
    def _threatened_on(ctx: DocContext, args: Arguments, clauses: list[Token],
                       speakers: set[int], own: set[str], said: set, words: list[Token],
                       flags, marks: tuple[str, ...] = ("if", "unless"),
                       rule: str = "conditional-threat") -> Iterator[Found]:
        """The speakers threaten whoever an "if"/"unless" clause among `clauses` names
        (not their own side, nor a place); or an "until" clause, for acts that go on."""
        for cond in clauses:
            if cond.dep_ != "advcl" or not any(
                    m.dep_ == "mark" and m.lower_ in marks for m in cond.children):
                continue
            for t, _ in args.clause_subjects_any(cond):
                if identity(ctx, t) in own or ctx.mentions[t].kind == "Location":
                    continue
                for s_ in speakers:
                    if (s_, t) not in said:
                        said.add((s_, t))
                        yield Found(s_, "THREATENS", t, words[0], words, flags, 0.6, rule)

    def pursued_aims(self, found: list[Found]) -> Iterator[Found]:
        """ "has fought for two decades to topple the government": the fight is asserted,
        and it is aimed at the one to be toppled, whatever the aim's own modality."""
        done: set[tuple[int, int]] = set()
        for f in found:
            if f.relation not in ("ATTACKS", "OPPOSES") or f.flags.polarity != "positive" or \
                    f.flags.modality == "asserted" or (f.subject, f.object) in done:
                continue
            t = f.light if f.light is not None else f.trigger
            if t.pos_ not in ("VERB", "AUX") or t.dep_ not in ("xcomp", "advcl") or \
                    t.head.lemma_ not in STRUGGLES or not any(
                        a.dep_ == "aux" and a.lower_ == "to" for a in t.children):
                continue
            fight = flags_for(t.head, self.lex)
            if fight.polarity == "positive" and fight.modality == "asserted":
                done.add((f.subject, f.object))
                # (above the planned reading of the same words, which it replaces)
                yield Found(f.subject, "OPPOSES", f.object, t.head, [t.head, *f.tokens],
                            fight, min(1.0, f.confidence * 1.05), "fought-to")

    def received_support(self, ctx: DocContext, args: Arguments) -> Iterator[Found]:
        """ "Dodik has long had the backing of Moscow", "the plan won the support of
        Egypt": whoever has or wins X's backing is supported by X."""
        for n in ctx.tokens:
            v = n.head
            if n.lemma_.casefold() in BACKING and n.dep_ == "pobj" and v.lower_ == "with" \
                    and v.head.pos_ in ("VERB", "AUX"):
                v = v.head  # "came to power with the backing of X", "formed with Saudi backing"
            elif n.lemma_.casefold() in BACKING and n.dep_ == "pobj" and \
                    v.lower_ in ("on", "upon") and v.head.lemma_ in ("rely", "depend", "count"):
                v = v.head  # "has relied on Russian military support"
            elif n.lemma_.casefold() not in BACKING or n.dep_ != "dobj" or \
                    v.lemma_ not in RECEIVING or v.pos_ not in ("VERB", "AUX"):
                continue
            backers = [a for c in n.children if c.dep_ == "prep" and c.lower_ in ("of", "from")
                       for p in pobjs(c) for a in args.actors(p)] + [
                a for c in n.children if c.dep_ in ("poss", "amod", "compound") and c.i < n.i
                for a in args.actors(c) if c.dep_ == "poss"
                or ctx.mentions[a[0]].kind in ("Country", "Organization")]
            flags = flags_for(v, self.lex)
            for s_, fs in args.clause_subjects(v):
                for b, fb in backers:
                    if identity(ctx, s_) != identity(ctx, b):
                        yield Found(b, "SUPPORTS", s_, v, [v, n], flags, 0.7 * fs * fb,
                                    "received-support")

    def commitments(self, ctx: DocContext, args: Arguments) -> Iterator[Found]:
        """ "reaffirmed the U.S. commitment to the defence of South Korea", "remained
        committed to the security of Japan": a pledge to defend X supports X."""
        for d in ctx.tokens:
            if d.lemma_.casefold() not in DEFENDED or d.dep_ != "pobj" or \
                    d.head.lower_ != "to" or d.head.head.lemma_.casefold() not in COMMITTING:
                continue
            c = d.head.head
            objects = [a for p in d.children if p.dep_ == "prep" and p.lower_ == "of"
                       for q in pobjs(p) for a in args.actors(q)] + [
                a for p in d.children if p.dep_ == "poss" for a in args.actors(p)]
            if c.pos_ == "NOUN":
                subjects = args.noun_agent(c)
                verb = c.head if c.dep_ in ("dobj", "nsubjpass") else None
                if not subjects and verb is not None:
                    subjects = args.clause_subjects(verb)
            else:
                verb = c.head if c.dep_ in ("acomp", "amod") else c
                subjects = args.clause_subjects(verb)
            flags = flags_for(verb if verb is not None else c, self.lex)
            for s_, fs in subjects:
                for o, fo in objects:
                    if identity(ctx, s_) != identity(ctx, o) and \
                            ctx.mentions[o].kind != "Location":
                        yield Found(s_, "SUPPORTS", o, c, [c, d], flags, 0.6 * fs * fo,
                                    "commitment")

    def drawn_criticism(self, ctx: DocContext, args: Arguments) -> Iterator[Found]:
        """ "intercepted the flotilla, drawing condemnation from Turkey", "the strikes
        drew sharp criticism from China", "faced criticism from the EU": who reproaches
        criticises who acted (a state's forces stand for the state)."""
        for n in ctx.tokens:
            if n.lemma_.casefold() not in REPROACH or n.dep_ != "dobj" or \
                    n.head.lemma_ not in DRAWING:
                continue
            critics = [a for c in [*n.children, *n.head.children] if c.dep_ == "prep"
                       and c.lower_ == "from" for p in pobjs(c) for a in args.actors(p)]
            if not critics:
                continue
            v = n.head
            targets = args.clause_subjects(v)
            if not targets:
                # "the strikes drew criticism": whoever struck
                for c in v.children:
                    if c.dep_ == "nsubj" and c.pos_ == "NOUN":
                        targets = args.noun_agent(c) or self.act_authors(ctx, args, c,
                                                                         set(), True)
            flags = flags_for(v, self.lex)
            for j, fj in targets:
                j = state_of_forces(ctx, j)
                if ctx.mentions[j].kind == "Location":
                    continue
                for i, fi in critics:
                    if identity(ctx, i) != identity(ctx, j):
                        yield Found(i, "CRITICIZES", j, n, [v, n], flags, 0.6 * fi * fj,
                                    "drawn-criticism")

    def rebuttals(self, ctx: DocContext, args: Arguments) -> Iterator[Found]:
        """ "Kyiv accused Moscow of shelling the plant. Russia rejected the allegations":
        rejecting the accusations told before criticises those who made them."""
        for v in ctx.tokens:
            if v.pos_ != "VERB" or v.lemma_ not in REBUTTING:
                continue
            named = self._so_called(v)
            if named is not None and named.lemma_.casefold() in ACCUSATIONS:
                # "rejected what he called Greek accusations": the accusers named
                flags = flags_for(v, self.lex)
                own = self._own_side(ctx, v)
                for s_, fs in args.clause_subjects(v):
                    for a, fa in args.noun_agent(named):
                        if identity(ctx, a) not in own | {identity(ctx, s_)}:
                            yield Found(s_, "CRITICIZES", a, v, [v, named], flags,
                                        0.6 * fs * fa, "rebuttal")
            for n in [c for c in v.children if c.dep_ in ("dobj", "nsubjpass")]:
                if n.lemma_.casefold() not in ACCUSATIONS or args.noun_agent(n) or not any(
                        c.dep_ == "det" and c.lower_ in ("the", "these", "those", "such")
                        for c in n.children):
                    continue
                flags = flags_for(v, self.lex)
                own = self._own_side(ctx, v)  # "Rwandan government spokesperson X"
                for s_, fs in args.clause_subjects(v):
                    side = own | {identity(ctx, s_)}
                    # the last accusation made against the rebutting side
                    made = [(at, a) for at, a, accused in args.memory.get("accusations", [])
                            if at < ctx.offset + n.idx and identity(ctx, accused) in side]
                    if made and identity(ctx, max(made)[1]) not in side:
                        yield Found(s_, "CRITICIZES", max(made)[1], v, [v, n], flags,
                                    0.6 * fs, "rebuttal")

    def hosted(self, ctx: DocContext, args: Arguments) -> Iterator[Found]:
        """ "Aliyev signed a treaty with Pashinyan in a ceremony hosted by Trump": the host
        meets those who gathered (the clause's subjects and whoever they acted "with")."""
        for h in ctx.tokens:
            if h.lemma_ not in ("host", "chair") or h.dep_ != "acl" or \
                    h.head.lemma_.casefold() not in GATHERINGS:
                continue
            hosts = [a for c in h.children if c.dep_ == "agent" for p in pobjs(c)
                     for a in args.actors(p)]
            g = h.head
            v = g.head.head if g.dep_ == "pobj" else g.head if g.dep_ in ("dobj", "nsubj") \
                else None
            if not hosts or v is None or v.pos_ not in ("VERB", "AUX"):
                continue
            guests = [a for c in g.children if c.dep_ == "prep" and c.lower_ in (
                "with", "between") for p in pobjs(c) for a in args.actors(p)]
            if not guests:
                guests = list(args.clause_subjects(v)) + [
                    a for x in [v, *[c for c in v.children if c.dep_ == "dobj"]]
                    for c in x.children if c.dep_ == "prep" and c.lower_ == "with"
                    for p in pobjs(c) for a in args.actors(p)]
            flags = flags_for(v, self.lex)
            host_keys = {identity(ctx, i) for i, _ in hosts}
            for i, fi in hosts:
                for j, fj in guests:
                    if identity(ctx, j) not in host_keys and \
                            ctx.mentions[j].kind != "Location":
                        yield Found(i, "MEETS", j, h, [h], flags, 0.6 * fi * fj, "host")

    @staticmethod
    def _own_side(ctx: DocContext, v: Token) -> set[str]:
        """Who a verb's subject phrase names ("Rwanda's spokesperson Yolande Makolo"):
        a critic does not criticise their own side's act."""
        out: set[str] = set()
        for c in v.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                inner = {d.i for r in c.subtree if r.dep_ in ("relcl", "acl") and r != c
                         for d in r.subtree}  # ("Lai, whom Beijing brands ...": not Beijing)
                for t in c.subtree:
                    if t.i in inner:
                        continue
                    m = ctx.mention(t)
                    if m is not None:
                        out.add(identity(ctx, m))
        return out

    @staticmethod
    def _there(ctx: DocContext, v: Token) -> list[Arg]:
        """The place "there" stands for: the last place named in a locative phrase in this
        sentence or the one before."""
        sent = ctx.sent(v)
        start = ctx.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        for t in reversed(list(ctx.doc[start : v.i])):
            i = ctx.mention(t)
            if i is not None and ctx.mentions[i].kind in ("Country", "Location") and \
                    ctx.mentions[i].attributes.get("head") == t.i and \
                    t.dep_ == "pobj" and t.head.lower_ in ("in", "at", "to", "into", "inside"):
                return [(i, 0.7)]
        return []

    def requested(self, ctx: DocContext, args: Arguments) -> Iterator[Found]:
        """ "At Muizzu's request, India withdrew its troops", "deployed troops at Kiir's
        request": who asked demanded it of whoever acted."""
        for n in ctx.tokens:
            if n.lemma_.casefold() not in ("request", "behest", "urging", "insistence") or \
                    n.dep_ != "pobj" or n.head.lower_ not in ("at", "on", "upon"):
                continue
            v = n.head.head
            if v.pos_ != "VERB":
                continue
            askers = [a for c in n.children if c.dep_ == "poss" for a in args.actors(c)]
            askers += [a for c in n.children if c.dep_ == "prep" and c.lower_ == "of"
                       for p in pobjs(c) for a in args.actors(p)]
            doers = args.clause_subjects(v)
            flags = flags_for(v, self.lex)
            for a, fa in askers:
                for d, fd in doers:
                    if identity(ctx, a) != identity(ctx, d) and \
                            ctx.mentions[d].kind != "Location" != ctx.mentions[a].kind:
                        yield Found(a, "DEMANDS", d, n, [n], flags, 0.6 * fa * fd, "request")

    def exchanges(self, ctx: DocContext, args: Arguments) -> Iterator[Found]:
        """ "its exchanges of missile fire with Israel", "an exchange of fire between Thai
        and Cambodian troops": each side attacked the other."""
        for n in ctx.tokens:
            if n.pos_ != "NOUN" or n.lemma_.casefold() not in ("exchange", "duel") or not any(
                    c.dep_ == "prep" and c.lower_ == "of" and any(
                        p.lemma_.casefold() in EXCHANGED["ATTACKS"] for p in pobjs(c))
                    for c in n.children):
                continue
            preps = [c for c in n.children if c.dep_ == "prep"]
            preps += [g for c in preps if c.lower_ == "of" for p in pobjs(c)
                      for g in p.children if g.dep_ == "prep"]  # ("of fire with X")
            if n.dep_ == "dobj":  # ("defended its exchanges of fire with X", on the verb)
                preps += [c for c in n.head.children if c.dep_ == "prep" and c.i > n.i
                          and c.lower_ == "with"]
            sides = list(args.noun_agent(n))
            sides += [a for c in preps if c.lower_ in ("with", "between")
                      for p in pobjs(c) for a in args.actors(p)]
            yield from self._each_on_the_other(
                ctx, [(a, f) for a, f in sides if ctx.mentions[a].kind != "Location"],
                "ATTACKS", n, flags_for(n, self.lex), 0.6, "exchange")

    @staticmethod
    def _each_on_the_other(ctx: DocContext, sides: list[Arg], relation: str, tok: Token,
                           flags, conf: float, rule: str) -> Iterator[Found]:
        """Each side did it to every other ("exchanged fire", "fought each other"): one
        fact per ordered pair of different actors."""
        done: set[tuple] = set()
        for a, fa in sides:
            for b, fb in sides:
                ka, kb = ctx.mentions[a].key or a, ctx.mentions[b].key or b
                if ka != kb and (ka, kb) not in done:
                    done.add((ka, kb))
                    yield Found(a, relation, b, tok, [tok], flags, conf * fa * fb, rule)

    def drew_criticism(self, ctx: DocContext, args: Arguments) -> Iterator[Found]:
        """ "drawing an angry response from Mexican President Claudia Sheinbaum", "a
        crackdown that has drawn condemnation from Brussels": the one it came from
        criticises whoever did it."""
        for n in ctx.tokens:
            if n.dep_ != "dobj" or n.lemma_.casefold() not in REPROACHES or \
                    n.head.lemma_ not in ("draw", "prompt", "spark", "provoke", "trigger",
                                          "earn", "attract", "bring", "elicit"):
                continue
            if n.lemma_.casefold() == "response" and not any(
                    c.dep_ == "amod" and c.lower_ in ("angry", "furious", "sharp", "stern")
                    for c in n.children):
                continue
            v = n.head
            critics = self._from_actors(args, (n, v))
            if not critics:
                continue
            # "drawing a rare rebuke of Moscow from Georgia": whom the reproach is of
            doers = [a for c in n.children if c.dep_ == "prep" and c.lower_ == "of"
                     for p in pobjs(c) for a in args.actors(p)] or args.clause_subjects(v)
            if not doers and v.dep_ == "relcl":
                doers = self.act_authors(ctx, args, v.head, referred=True)
            if not doers:
                # "Israeli fire hit a UNIFIL post, drawing condemnation": the act's agent
                clause = v.head if v.dep_ in ("advcl", "conj") else v
                doers = [a for sj in clause.children if sj.dep_ == "nsubj" and {
                    t.relation for t in self.lex.noun_triggers(sj.lemma_.casefold())} & ACTS
                    for a in args.noun_agent(sj)]
            flags = flags_for(v, self.lex)
            # (a reproach aimed at a state's forces is aimed at the state)
            doers = [(state_of_forces(ctx, o), f) for o, f in doers]
            for s_, fs in critics:
                for o, fo in doers:
                    if s_ != o and ctx.mentions[o].kind != "Location":
                        yield Found(s_, "CRITICIZES", o, n, [v, n], flags, 0.65 * fs * fo,
                                    "drew-criticism")

    def _from_actors(self, args: Arguments, heads: tuple[Token, ...]) -> list[Arg]:
        """The actors after "from" on any of `heads` ("drew condemnation from Turkey",
        "came under fire from about 20 members of the NPA")."""
        # ("from contributing countries including Italy and Spain": the countries named)
        # ("from contributing countries": the parser makes "contributing" a verb)
        nouns = [next((d for d in p.children if d.dep_ == "dobj"), p) if p.tag_ == "VBG" else p
                 for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "from"
                 for p in pobjs(c)]
        return [a for p in nouns for a in self._with_examples(
            args, args.actors(self._counted(p)), p)]

    def under_fire(self, ctx: DocContext, args: Arguments) -> Iterator[Found]:
        """ "Soldiers came under fire from NPA rebels", "the convoy came under attack from
        al-Shabaab": whoever fired attacks the subject."""
        for v in ctx.tokens:
            if v.pos_ not in ("VERB", "AUX"):
                continue
            under = [p for c in v.children if c.dep_ == "prep" and c.lower_ == "under"
                     for p in pobjs(c) if p.lemma_.casefold() in (
                         UNDER_FIRE | {"pressure"} if v.lemma_ in ("come", "be")
                         else {"pressure"})]
            # "NATO agreed the target under pressure from Trump", "bowing to pressure from
            # Trump", "Spain faces pressure from Washington"
            under += [p for c in v.children if v.lemma_ in YIELDING and c.dep_ == "prep"
                      and c.lower_ == "to" for p in pobjs(c) if p.lemma_ == "pressure"]
            under += [c for c in v.children if v.lemma_ == "face" and c.dep_ == "dobj"
                      and c.lemma_ == "pressure"]
            if not under:
                continue
            pressed = under[0].lemma_.casefold() == "pressure"
            attackers = self._from_actors(args, (v, under[0]))
            targets = [a for c in v.children if c.dep_ == "nsubj" for a in args.actors(c)]
            if not targets and pressed and v.lemma_ not in ("come", "be"):
                targets = args.clause_subjects(v)
            if not targets:
                # "a patrol of the 3rd Division came under fire": the owner of the patrol
                targets = [a for c in v.children if c.dep_ == "nsubj"
                           for a in self.owner_objects(ctx, args, c, True)]
            flags = flags_for(v, self.lex)
            for s_, fs in attackers:
                for o, fo in targets:
                    if s_ != o:
                        # ("has been under intense pressure from Trump to curb ...": pressed)
                        yield Found(s_, "DEMANDS" if pressed else "ATTACKS", o, under[0],
                                    [v, under[0]], flags, 0.75 * fs * fo,
                                    "under-pressure" if pressed else "under-fire")

    def signatories(self, ctx: DocContext, args: Arguments, n: Token) -> Iterator[Found]:
        """ "Kim and Putin signed the partnership treaty", "a peace declaration that
        Pashinyan and Aliyev signed", "the agreement, signed by Gazprom's chief and CNPC's
        chairman": those who sign one accord together cooperate (each pair once)."""
        if n.dep_ == "dobj" and n.head.lemma_ in SIGNING:
            v = n.head
            signers = args.clause_subjects(v)
        elif n.dep_ == "compound" and n.head.dep_ == "dobj" and n.head.head.lemma_ in SIGNING:
            v = n.head.head  # "signed the Comprehensive Strategic Partnership Treaty"
            signers = args.clause_subjects(v)
        elif n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.dep_ == "dobj" and \
                n.head.head.lemma_ in ("phase", "part", "stage", "text", "first") and \
                n.head.head.head.lemma_ in SIGNING:
            v = n.head.head.head  # "signed the first phase of a deal"
            signers = args.clause_subjects(v)
        else:
            v = next((c for c in n.children if c.dep_ in ("relcl", "acl")
                      and c.lemma_ in SIGNING), None)
            if v is None:
                return
            if is_passive(v) or v.tag_ == "VBN":
                signers = [a for c in v.children if c.dep_ == "agent" for p in pobjs(c)
                           for a in args.actors(p)]
            else:
                signers = [a for c in v.children if c.dep_ == "nsubj" for a in args.actors(c)]
        if any(c.dep_ == "prep" and c.lower_ == "with" for c in [*n.children, *v.children]):
            return  # "signed a deal with X": the trigger's own reading
        people: dict[str, tuple[int, float]] = {}
        for i, f in signers:
            if ctx.mentions[i].kind != "Location":
                people.setdefault(identity(ctx, i), (i, f))
        named = list(people.values())
        flags = flags_for(v, self.lex)
        if v.dep_ in ("acl", "relcl") and not any(
                c.dep_ in ("neg", "aux") for c in v.children):
            flags = Flags()  # "the agreement, signed by X and Y, will ...": signed it is
        for k, (a, fa) in enumerate(named):
            for b, fb in named[k + 1:]:
                yield Found(a, "COOPERATES_WITH", b, v, [v, n], flags, 0.6 * fa * fb,
                            "signatories")

    def joint_undertaking(self, ctx: DocContext, args: Arguments, n: Token) -> Iterator[Found]:
        """ "Mali, Burkina Faso and Niger launched a joint force", "the two armies set up
        a joint command": those who do something jointly cooperate."""
        v = n.head
        seen: dict[str, int] = {}
        for i, _ in args.clause_subjects(v):
            if ctx.mentions[i].kind not in ("Location", "Person"):
                seen.setdefault(identity(ctx, i), i)
        ids = list(seen.values())
        if len(ids) < 2:
            return
        flags = flags_for(v, self.lex)
        for a in range(len(ids)):
            for b in range(a + 1, len(ids)):
                yield Found(ids[a], "COOPERATES_WITH", ids[b], n, [v, n], flags, 0.6, "joint")

    def joined_war(self, ctx: DocContext, args: Arguments, n: Token) -> Iterator[Found]:
        """ "The United States struck Iran, joining Israel's air war against the Islamic
        Republic": who joins another's war or campaign backs it."""
        owners = [a for c in n.children if c.dep_ == "poss" for a in args.actors(c)
                  if ctx.mentions[a[0]].kind not in ("Location", "Person")] or [
            # ("joined the U.S.-led campaign")
            a for c in n.children if c.dep_ == "amod" and c.lower_.endswith("led")
            for g in ([c] if c.lower_.endswith("-led") else [
                g for g in c.children if g.dep_ in ("npadvmod", "compound", "nmod")])
            for a in args.actors(g) if ctx.mentions[a[0]].kind != "Location"
            and ctx.mentions[a[0]].key]
        if not owners:
            return
        v = n.head
        flags = flags_for(v, self.lex)
        for s, _ in args.clause_subjects(v):
            for o, _ in owners:
                if ctx.mentions[s].kind != "Location" and identity(ctx, s) != identity(ctx, o):
                    yield Found(s, "SUPPORTS", o, v, [v, n], flags, 0.6, "joined-war")

    def joint_exercise(self, ctx: DocContext, args: Arguments, n: Token, done: dict,
                       base: int) -> Iterator[Found]:
        """ "joint drills by the United States, South Korea and Japan", "a trilateral
        exercise involving U.S., South Korean and Japanese warships": the participants
        cooperate, and a later "denounced the exercise" is about all of them."""
        sides: list[Arg] = []
        for c in n.children:
            if c.dep_ == "prep" and c.lower_ == "by":
                sides += [a for p in pobjs(c) for a in args.actors(p)]
            elif c.dep_ == "acl" and c.lemma_ in ("involve", "include", "bring"):
                for d in c.children:
                    if d.dep_ == "dobj":
                        for x in [d, *d.conjuncts]:
                            sides += args.actors(x) or [
                                a for m in x.children if m.dep_ in ("amod", "compound", "nmod")
                                for y in [m, *m.conjuncts] for a in args.actors(y, conj=False)]
        seen: dict[str, int] = {}
        for i, _ in sides:
            key = identity(ctx, i)
            if ctx.mentions[i].kind != "Location":
                seen.setdefault(key, i)
        if len(seen) < 2:
            return
        ids = list(seen.values())
        for act in EXERCISES:
            done.setdefault(act, []).append((ids, base + n.idx, True))
        if not any(c.lemma_.casefold() in JOINT for c in n.children) and not any(
                c.dep_ == "acl" for c in n.children):
            return  # ("drills by China": one side)
        flags = flags_for(n, self.lex)
        for a in range(len(ids)):
            for b in range(a + 1, len(ids)):
                yield Found(ids[a], "COOPERATES_WITH", ids[b], n, [n], flags, 0.6, "joint")

    @staticmethod
    def _met_abroad(ctx: DocContext, args: Arguments, v: Token, subjects: list[Arg],
                    flags) -> Iterator[Found]:
        """ "Petro met Maduro in Caracas": a known office holder (or a state) meeting in
        another state's capital is visiting it."""
        places = EventFinder._capitals_in(
            ctx, [c for c in v.children if c.dep_ == "prep" and c.lower_ == "in"])
        gaz = load_gazetteer()
        for place in places[:1]:
            where = ctx.mentions[place].attributes["capital_of"]
            for s_, fs in subjects:
                sm = ctx.mentions[s_]
                home = sm.key if sm.kind == "Country" else gaz.office_country(
                    sm.name, surname=True) if sm.kind == "Person" else None
                if home and home != where:
                    yield Found(s_, "VISITS", place, v, [v], flags, 0.6 * fs, "met-abroad")

    @staticmethod
    def _towns_in(ctx: DocContext, preps: list[Token]) -> list[tuple[int, str]]:
        """The towns the gazetteer places in a state, named after the prepositions `preps`
        ("held talks with Sisi in El Alamein", "in the Mediterranean resort of El
        Alamein": the place after "of"), with that state."""
        gz = load_gazetteer()
        out = []
        for c in preps:
            for p in pobjs(c):
                for q in [p, *(q for d in p.children if d.dep_ == "prep" and d.lower_ == "of"
                               for q in pobjs(d))]:
                    i = ctx.mention(q)
                    if i is None or ctx.mentions[i].kind != "Location" or not ctx.mentions[i].key:
                        continue
                    entry = gz.get(ctx.mentions[i].key)
                    state = getattr(entry, "country", None)
                    if state and getattr(entry, "kind", "") in ("city", "island"):
                        out.append((i, f"country:{state}"))
        return out

    @staticmethod
    def _seats_in(ctx: DocContext, preps: list[Token]) -> list[tuple[int, str]]:
        """The seats of government named after the prepositions `preps` ("hosted X at the
        White House", "at the Kremlin"), with the state each one is the seat of."""
        gz = load_gazetteer()
        out = []
        for c in preps:
            for p in pobjs(c):
                i = ctx.mention(p)
                if i is None or ctx.mentions[i].kind not in ("Location", "Organization"):
                    continue
                for h in gz.lookup(ctx.mentions[i].text):
                    e = gz.get(h.key)
                    if h.use == "capital" and isinstance(e, Country) and \
                            ctx.mentions[i].text not in e.capitals[:1]:
                        out.append((i, e.key))  # (a seat, not the city itself)
                    elif getattr(e, "kind", "") == "seat" and getattr(e, "country", None):
                        # (a body is no place: the visit is to the state, when it is named)
                        key = f"country:{e.country}"
                        state = next((j for j, m in enumerate(ctx.mentions) if m.kind == "Country"
                                      and m.key == key and m.source == "gazetteer"), None)
                        if state is not None:
                            out.append((state, key))
        return out

    @staticmethod
    def _capitals_in(ctx: DocContext, preps: list[Token]) -> list[int]:
        """The capitals named after the prepositions `preps` ("met Maduro in Caracas")."""
        return [i for c in preps for p in pobjs(c) for i in [ctx.mention(p)]
                if i is not None and ctx.mentions[i].attributes.get("capital_of")]

    def refused_talks(self, ctx: DocContext, args: Arguments,
                      found: list[Found]) -> Iterator[Found]:
        """ "has ruled out talks with the militants", "rejected negotiations with the RSF",
        "would never negotiate with JNIM": no meeting, but a stated refusal of one, which
        opposes the other side."""
        done = set()
        for v in ctx.tokens:
            if v.pos_ != "VERB" or v.lemma_ not in ("rule", "reject", "refuse", "exclude") or (
                    v.lemma_ == "rule" and not any(c.dep_ == "prt" and c.lower_ == "out"
                                                   for c in v.children)) or \
                    any(c.dep_ == "neg" for c in v.children):
                continue
            sides = [a for n in v.children if n.dep_ == "dobj" and n.lemma_.casefold() in (
                "talk", "negotiation", "dialogue") for c in n.children
                if c.dep_ == "prep" and c.lower_ == "with" for p in pobjs(c)
                for a in args.actors(p)]
            if not sides:
                continue
            flags = flags_for(v, self.lex)
            if flags.polarity != "positive":
                continue
            for s_, fs in args.clause_subjects(v):
                for o, fo in sides:
                    if s_ != o and ctx.mentions[s_].kind != "Location" and \
                            (s_, o) not in done:
                        done.add((s_, o))
                        yield Found(s_, "OPPOSES", o, v, [v], flags, 0.55 * fs * fo,
                                    "refused-talks")
        for f in list(found):
            cues = set(f.flags.cues)
            if f.relation != "MEETS" or f.flags.polarity != "negative" or \
                    f.trigger.lemma_.casefold() not in ("talk", "negotiation", "negotiate",
                                                        "dialogue") or \
                    not cues & {"rule", "reject", "refuse", "never"} or \
                    cues & {"not", "n't", "no"} or (f.subject, f.object) in done:
                continue  # (not "has not ruled out talks")
            done.add((f.subject, f.object))
            yield Found(f.subject, "OPPOSES", f.object, f.trigger, [f.trigger], Flags(),
                        f.confidence * 0.8, "refused-talks")

    @staticmethod
    def staying_put(ctx: DocContext, found: list[Found]) -> Iterator[Found]:
        """ "Israel has said it will not pull its troops out of the Philadelphi corridor",
        "has no plans to withdraw its forces from southern Lebanon": a withdrawal denied
        or refused says the forces are there (not "will not leave Moldova alone")."""
        have = {(f.subject, f.object) for f in found if f.relation == "DEPLOYED_IN"
                and f.flags.polarity == "positive" and f.flags.modality == "asserted"}
        for f in list(found):
            if f.relation != "WITHDRAWS_FROM" or f.flags.polarity != "negative" or \
                    f.trigger.lemma_.casefold() not in ("withdraw", "pull", "withdrawal",
                                                        "evacuate", "retreat") or \
                    f.flags.modality == "hypothetical" or (f.subject, f.object) in have or \
                    ctx.mentions[f.object].kind not in ("Country", "Location") or \
                    ctx.mentions[f.subject].kind not in ("Country", "MilitaryForce",
                                                         "ArmedGroup"):
                continue
            have.add((f.subject, f.object))
            yield Found(f.subject, "DEPLOYED_IN", f.object, f.trigger, f.tokens, Flags(),
                        f.confidence * 0.7, "staying-put")

    @staticmethod
    def co_guests(ctx: DocContext, found: list[Found]) -> Iterator[Found]:
        """ "Mahama hosted Benin's President Patrice Talon and Togo's Faure Gnassingbe for
        talks in Accra": guests hosted together meet each other too."""
        guests: dict[tuple[int, int], list[Found]] = {}
        for f in found:
            if f.relation == "MEETS" and f.trigger.pos_ == "VERB" and \
                    f.trigger.lemma_ in ("host", "receive", "welcome") and \
                    not is_passive(f.trigger) and ctx.mentions[f.object].kind == "Person":
                guests.setdefault((f.subject, f.trigger.i), []).append(f)
        for fs in guests.values():
            heads = {f.object: ctx.mentions[f.object].attributes.get("head") for f in fs}
            for a in range(len(fs)):
                for b in range(a + 1, len(fs)):
                    x, y = fs[a], fs[b]
                    hx, hy = heads[x.object], heads[y.object]
                    if hx is None or hy is None or identity(ctx, x.object) == identity(
                            ctx, y.object) or ctx.doc[hy] not in ctx.doc[hx].conjuncts:
                        continue  # (only guests named together, "A and B")
                    yield Found(x.object, "MEETS", y.object, x.trigger, x.tokens, x.flags,
                                0.8 * min(x.confidence, y.confidence), "co-guests")

    def severed_ties(self, found: list[Found]) -> Iterator[Found]:
        """ "Sudan severed diplomatic relations with the UAE": cutting ties is a diplomatic
        penalty (SCHEMA: SANCTIONS, as expelling envoys is), besides the ties it ends."""
        for f in list(found):
            light = f.light
            if f.relation != "COOPERATES_WITH" or light is None or \
                    light.lemma_ not in SEVERING or \
                    f.trigger.lemma_.casefold() not in ("relation", "tie"):
                continue
            flags = flags_for(light, self.lex)
            if flags.polarity == "positive":
                yield Found(f.subject, "SANCTIONS", f.object, light, [light, f.trigger], flags,
                            f.confidence * 0.9, "severed-ties")

    def hosted_abroad(self, ctx: DocContext, found: list[Found]) -> Iterator[Found]:
        """ "Lukashenko hosted U.S. envoy Keith Kellogg in Minsk", "Kellogg met Lukashenko
        in Minsk": one whose state the text gives by a title, meeting in another state's
        capital, visits it."""
        done = {(f.subject, f.trigger.i) for f in found if f.relation == "VISITS"}
        for f in list(found):
            v = f.trigger
            if f.relation != "MEETS" or (is_passive(v) and v.lemma_ not in (
                    "host", "receive", "welcome")):
                continue  # (but "was hosted by Trump at the White House": the guest)
            if v.pos_ == "NOUN" and v.dep_ == "pobj" and v.head.lower_ == "for" and \
                    v.head.head.pos_ in ("VERB", "AUX"):
                v = v.head.head  # "who was in Ankara for talks with Fidan"
            elif v.pos_ == "NOUN" and f.light is not None and v.dep_ == "dobj" and \
                    v.head == f.light:
                v = f.light  # "held talks with Abdelatty in Cairo"
            if v.pos_ not in ("VERB", "AUX"):
                continue
            people = [f.subject] + ([f.object] if v.lemma_ in ("host", "receive", "welcome")
                                    else [])
            # ("hosted envoy Keith Kellogg in Minsk": the place parsed on the guest; "hosted
            # Kim at a military parade in Beijing")
            preps = [c for c in v.children if c.dep_ == "prep" and c.lower_ == "in"] + [
                t for c in v.children if c.dep_ == "dobj" or (
                    c.dep_ == "prep" and c.lower_ in ("at", "during"))
                for t in c.subtree if t.dep_ == "prep" and t.lower_ == "in"]
            places = [(i, ctx.mentions[i].attributes["capital_of"])
                      for i in self._capitals_in(ctx, preps)]
            places += self._towns_in(ctx, preps)
            places += self._seats_in(ctx, [c for c in v.children if c.dep_ == "prep"
                                           and c.lower_ == "at"] + [
                t for c in v.children if c.dep_ in ("dobj", "agent") for t in c.subtree
                if t.dep_ == "prep" and t.lower_ == "at"])
            for place, where in places[:1]:
                for who in people:
                    if ctx.mentions[who].kind != "Person" or (who, v.i) in done:
                        continue
                    home = self._home_state(ctx, who, found)
                    if home and home != where:
                        done.add((who, v.i))
                        yield Found(who, "VISITS", place, v, [v], f.flags,
                                    0.55 * f.confidence, "met-abroad")

    @staticmethod
    def _previous_actors(ctx: DocContext, args: Arguments, v: Token) -> list[Arg]:
        """The subjects of the main clause of the sentence before `v`'s (in this text)."""
        sent = ctx.sent(v)
        if sent.start == 0 or sent.start - 1 < ctx.tokens[0].i:
            return []
        root = ctx.doc[sent.start - 1].sent.root
        if root.pos_ not in ("VERB", "AUX") or root.lemma_ in SPEECH or dated_back(ctx, root):
            return []  # (not "Britain imposed sanctions on him in June": a recalled act)
        return [(i, f * 0.5) for i, f in args.clause_subjects(root)
                if ctx.mentions[i].kind not in ("Location", "Person")]

    @staticmethod
    def _move_authors(ctx: DocContext, args: Arguments, n: Token) -> list[Arg]:
        """ "China sent warships near Japan, a move that Tokyo criticised": a generic act
        noun in apposition at the end of a clause names that clause's act."""
        if n.lemma_.casefold() not in GENERIC_ACTS | {"shift", "escalation", "provocation",
                                                      "gesture", "change"} or \
                not (n.dep_ in ("appos", "npadvmod") or (n.dep_ == "dobj" and any(
                    c.dep_ == "dobj" and c.i < n.i for c in n.head.children))) or \
                n.i == 0 or not any(t.text == "," for t in n.doc[max(n.i - 3, 0): n.i]):
            return []
        root = n
        while root.head != root and not (root.pos_ in ("VERB", "AUX") and root.dep_ in (
                "ROOT", "ccomp", "conj")):
            root = root.head
        if root.pos_ not in ("VERB", "AUX"):
            return []
        return [(i, f * 0.6) for i, f in args.clause_subjects(root)
                if ctx.mentions[i].kind != "Location"]

    @staticmethod
    def _counted(p: Token) -> Token:
        """What a quantity counts: "sanctions on dozens of tankers" are on the tankers."""
        if (p.lemma_.casefold() in QUANTITY or p.like_num) and p.ent_type_ not in (
                "GPE", "ORG", "NORP", "PERSON"):
            return next((q for d in p.children if d.dep_ == "prep" and d.lower_ == "of"
                         for q in pobjs(d)), p)
        return p

    @staticmethod
    def _penalty_context(ctx: DocContext, v: Token) -> bool:
        """ "The EU imposed sanctions on ... They also target the MZKT plant": a "target"
        whose subject is a penalty, or refers back to one, is a sanction."""
        if v.lemma_ not in ("target", "hit"):
            return False
        subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
        if any(c.lemma_.casefold() in PENALTIES for c in subj):
            return True
        # ("The Treasury imposed sanctions on X ... OFAC also targeted his wife": a civil
        # body targets with penalties, not with arms)
        civil = [m for c in subj if (m := ctx.mention(c)) is not None
                 and ctx.mentions[m].kind == "Organization"]
        if not any(c.pos_ == "PRON" for c in subj) and not civil:
            return False
        sent = ctx.sent(v)
        prev = ctx.doc[sent.start - 1].sent if sent.start > 0 else sent
        return any(t.lemma_.casefold() in PENALTIES and t.pos_ == "NOUN" for t in prev) and \
            not any(t.lemma_.casefold() in WEAPON_WORDS for t in [*prev, *sent])

    @staticmethod
    def _so_called(v: Token) -> Token | None:
        """The noun of "condemned what it called a cowardly attack"."""
        return next((n for c in v.children if (n := so_called(c, "ccomp")) is not None), None)

    @staticmethod
    def _last_speaker(ctx: DocContext, args: Arguments, n: Token, own: set[str]) -> list[Arg]:
        """The subject of the last speech verb before `n`, in its sentence or the two
        before, that is not on the side of who answers it."""
        sent = ctx.sentence_of(n)
        for t in reversed(ctx.tokens[: n.i]):
            if sent - ctx.sentence_of(t) > 2:
                break
            if t.pos_ == "VERB" and t.lemma_ in SPEECH and t.lemma_ not in ("deny", "accuse"):
                found = [(i, 0.6) for i, _ in args.clause_subjects(t)
                         if identity(ctx, i) not in own and ctx.mentions[i].kind != "Location"]
                if found:
                    return found
        return []

    def act_authors(self, ctx: DocContext, args: Arguments, n: Token,
                  own: set[str] | None = None, referred: bool = False,
                  generic: bool = False) -> list[Arg]:
        """ "condemned this attack", "condemned the sanctions", "denounced the move",
        "condemned the killing of the commander", "condemned the drills": whoever the
        article said did that before (the act on the same target, else the last such act;
        "the move": something done in this sentence or the two before)."""
        if (n.pos_ != "NOUN" and not generic) or args.noun_agent(n):
            return []
        # (generic: a pronoun that stands for an act, read as "the move")
        lemma = "move" if generic else n.lemma_.casefold()
        if lemma in SAYINGS and any(c.dep_ == "det" and c.lower_ in (
                "the", "these", "those", "such") for c in n.children):
            # "Takaichi said ... Beijing has denounced the remarks": whoever said them
            return self._last_speaker(ctx, args, n, own or set())
        if lemma == "incident":
            rels = {"ATTACKS"}  # "condemned the incident": the clash the article is about
        elif generic and n.lemma_.casefold() in ("aggression", "provocation"):
            rels = {"ATTACKS", "THREATENS"}  # ("what he called an act of aggression")
        elif generic:
            rels = ACTS - {"CRITICIZES"}  # ('called it "a violation"': not a reproach)
        elif lemma in GENERIC_ACTS:
            rels = ACTS
        else:
            rels = {t.relation for t in self.lex.noun_triggers(lemma)} & ACTS
            if "ATTACKS" in rels or lemma in EXERCISES:
                rels.discard("DEPLOYED_IN")  # "the operation": the strikes, not a presence
                # ("condemned the drills": who held them, not who sailed by)
        here = ctx.offset + n.idx
        # ("Sunday's attack" is as definite as "the attack")
        definite = referred or any(
            (c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those", "such"))
            or (c.dep_ == "poss" and c.ent_type_ in ("DATE", "TIME")) for c in n.children)
        if definite:
            # ("claimed the attack ... condemned the ambush": one act, named two ways)
            # ("the exercises, which North Korea condemned": the act named by the very noun)
            before = args.done_before(lemma, here + 1 if referred else here,
                                      ATTACK_WORDS if lemma in ATTACK_WORDS else frozenset())
            if before and own and all(identity(ctx, i) in own for i in before):
                return []  # ("Iran, Hezbollah's main backer, condemned the killing": not
                # Hezbollah's own act, whatever was told last)
            if before:
                return [(i, 0.6) for i in before]
        if not rels:
            return []
        events = sorted(((at, s_, o) for r, s_, o, at in args.memory.get("events", [])
                         if r in rels and at < here), key=lambda e: e[0])
        if lemma in GENERIC_ACTS and lemma != "incident":
            sent = ctx.sent(n)
            start = sent.start_char
            for prev in ctx.doc.sents:  # "the move": this sentence or the one before
                if prev.end_char <= sent.start_char:
                    start = prev.start_char
                else:
                    break
            near = [e for e in events if e[0] >= ctx.offset + start]
            # "denounced the measures": the news, not what a relative clause recalls
            near = [e for e in near if e[0] not in args.memory.get("background", ())
                    and e[0] not in args.memory.get("dated", ())]
            if not near and lemma in PENALTIES and definite:
                # "the measures" with no act just before: the article's sanctions
                near = [e for e in events if e[0] not in args.memory.get("background", ())
                        and any(r == "SANCTIONS" and at == e[0]
                                for r, _, _, at in args.memory.get("events", []))]
            if not near and definite and not generic and lemma != "incident":
                # "Israel approved the E1 plan. Saudi Arabia condemned the move": the act
                # the sentence before told of, though no fact came of it
                return [(i, f) for i, f in self._previous_actors(ctx, args, n)
                        if identity(ctx, i) not in (own or set())]
            events = near
        elif definite and "CRITICIZES" not in rels:
            # "also criticised the campaign": the news, not what a relative clause recalls
            # of a person ("Petro, a leftist who has clashed with Trump"; but "X, who has
            # accused Y ... Y dismissed the accusations")
            bg = args.memory.get("background", ())
            events = [e for e in events if e[0] not in bg] or [
                e for e in events if ctx.mentions[e[1]].kind != "Person"]
        if not events:
            return []

        def related(i: int | None) -> set[str]:
            """A mention's identity and its owners' ("the Iranian commander" ~ the IRGC)."""
            if i is None:
                return set()
            m = ctx.mentions[i]
            out = {m.key or m.name}
            for key in (m.key, m.attributes.get("owner_key")):
                if key:
                    out.add(key)
                    state = load_gazetteer().state_key(key)
                    if state:
                        out.add(state)
            return out

        targets = [i for c in n.children if c.dep_ == "prep" and c.lower_ in (
            "on", "against", "of") for q in pobjs(c) for i, _ in args.actors(q)]
        tset = set().union(*(related(i) for i in targets)) if targets else set()
        against: list = []
        if own:
            # the act of another side, preferably one against the critic's own
            events = [e for e in events if not related(e[1]) & own] or events
            against = [e for e in events if related(e[2]) & own]
            events = against or events
        found = [s_ for _, s_, o in events if related(o) & tset] if tset else []
        if not found and definite and own and n.tag_ == "NNS" and against:
            # "Iran denounced the sanctions": all who imposed them on Iran
            found = [s_ for _, s_, _ in against][-3:]
        if not found and definite:
            # the last act, with all who did it ("the US and Britain carried out strikes")
            found = [s_ for at, s_, _ in events if at == events[-1][0]]
        seen, out = set(), []
        for s_ in found:
            if s_ not in seen and not (related(s_) & tset):
                seen.add(s_)
                out.append((s_, 0.6))
        return out

    def _find(self, ctx: DocContext, args: Arguments) -> Iterator[Found]:
        for tok in ctx.tokens:
            if tok.i in ctx.skip:
                continue
            if args.is_instrument(tok):
                yield from self.documents(ctx, args, tok)
            if tok.lemma_ in CLAIMING and tok.pos_ == "VERB":
                yield from self.claims(ctx, args, tok)
            if tok.pos_ == "VERB" and (tok.lemma_ in SPEECH or tok.lemma_ in (
                    "call", "describe", "label", "brand", "term", "dismiss", "reject",
                    "consider", "deem", "dub", "denounce")):
                yield from self.evaluations(ctx, args, tok)
            if tok.pos_ == "VERB" and tok.lemma_ in SPEECH:
                yield from self.obligations(ctx, args, tok)
            if tok.pos_ == "VERB" and tok.lemma_ not in SPEECH:
                yield from self.done_together(ctx, args, tok)
            lemma = tok.lemma_.casefold()
            if tok.pos_ in ("VERB", "AUX") or (tok.tag_.startswith("VB") and tok.pos_ != "NOUN") \
                    or (tok.pos_ == "NOUN" and any(c.dep_ == "auxpass" for c in tok.children)) \
                    or (tok.pos_ == "ADJ" and tok.dep_ in ("acomp", "oprd")):
                # (adjectives of the lexicon: "was disappointed with Putin")
                # ("Sinjar was overrun by IS", the participle tagged a noun)
                trigs = [t for t in self.lex.verb_triggers(lemma) if particle_ok(tok, t)]
                if lemma == "blast" and len({t.relation for t in trigs}) > 1:
                    # "blasted Budapest for blocking the aid" is a rebuke; "blasted the
                    # town with artillery" an attack
                    rebuke = any(c.dep_ == "prep" and c.lower_ in ("for", "over", "as")
                                 for c in tok.children)
                    trigs = [t for t in trigs if (t.relation == "CRITICIZES") == rebuke]
                if any(t.particle for t in trigs):
                    # "pushed back the attackers" is no "push X to": the phrasal verb
                    trigs = [t for t in trigs if t.particle]
                for trig in trigs:
                    yield from self.verb_event(ctx, args, tok, trig)
                if tok.tag_ == "VBG" and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and \
                        any(c.dep_ == "prep" and c.lower_ == "between" for c in tok.children):
                    # "Fighting between M23 and the army intensified": a gerund used as the
                    # noun it is
                    for trig in self.lex.noun_triggers(tok.lower_):
                        yield from self.noun_event(ctx, args, tok, trig)
            elif tok.pos_ in ("NOUN", "PROPN") and tok.ent_type_ in ("", "EVENT", "LAW"):
                armed = any(c.dep_ in ("compound", "amod") and
                            c.lemma_.casefold() in ARMED_MODIFIERS for c in tok.children)
                for trig in self.lex.noun_triggers(lemma):
                    if armed and trig.relation == "OPPOSES":
                        # "a bombing campaign against Iran", "an air war on X": attacks
                        trig = replace(trig, relation="ATTACKS")
                    yield from self.noun_event(ctx, args, tok, trig)

    # --------------------------------------------------------------- verbs
    def verb_event(self, ctx: DocContext, args: Arguments, v: Token, trig: Trigger) -> Iterator[Found]:
        if v.dep_ in ("amod", "compound") and v.tag_ in ("VBN", "VBD") and \
                trig.relation in ("SUPPORTS", "LEADS", "COOPERATES_WITH"):
            return  # "Iran-backed groups": handled as a nominal with its backer
        passive = is_passive(v)
        if passive and sum(c.dep_ == "agent" for c in v.children) > 1:
            yield from self._gapped_passive(ctx, args, v, trig)
            return
        subjects = args.clause_subjects(v)
        if not subjects and v.pos_ == "ADJ":
            subjects = args.clause_subjects(v.head)  # "he was disappointed with X"
        if not subjects and not passive and v.dep_ in ("acl", "amod") and v.tag_ == "VBN":
            # "Israeli air strikes killed nine people" (the verb read as a participle on
            # its subject): whoever struck
            subjects = args.actors(v.head) or args.noun_agent(v.head)
        if not subjects and passive and "listing" in trig.flags:
            # "is listed as a terrorist group by Turkey and the EU": the agent hung on the
            # label
            subjects = [a for c in v.children if c.dep_ == "prep" and c.lower_ == "as"
                        for p in pobjs(c) for g in p.children if g.dep_ == "prep"
                        and g.lower_ == "by" for q in pobjs(g) for a in args.actors(q)]
        if trig.relation in ("VISITS", "MEETS"):
            # "a Hamas delegation led by Khalil al-Hayya arrived in Cairo": its leader too
            seen = {i for i, _ in subjects}
            subjects = subjects + [
                (i, f * 0.9) for c in v.children if c.dep_ == "nsubj"
                and c.lemma_.casefold() in DELEGATIONS for a in c.children
                if a.dep_ == "acl" and a.lemma_ == "lead" for g in a.children
                if g.dep_ == "agent" for p in pobjs(g) for i, f in args.actors(p)
                if ctx.mentions[i].kind == "Person" and i not in seen]
        if not subjects and passive and trig.relation == "ATTACKS":
            # "was killed in an Israeli air strike": whoever struck
            subjects = [(i, f * 0.85) for c in v.children if c.dep_ == "prep" and c.lower_ in (
                "in", "by") for p in pobjs(c) if p.lemma_.casefold() in STRIKE_NOUNS
                for i, f in args.noun_agent(p)]
        if not subjects and passive and trig.relation == "SANCTIONS":
            # "Sudan's membership of the African Union has been suspended": by the body
            subjects = [(i, f * 0.8) for c in v.children if c.dep_ == "nsubjpass"
                        and c.lemma_ == "membership" for p in c.children
                        if p.dep_ == "prep" and p.lower_ in ("of", "in") for q in pobjs(p)
                        for i, f in args.actors(q)
                        if ctx.mentions[i].kind == "Organization"]
        objects, otok, prep = args.objects(v, trig.objects, passive)
        if not passive and len(subjects) > 1 and self._reciprocal(v, trig):
            # "Iran and Pakistan accused each other", "both sides blamed one another":
            # each subject acts on every other
            flags = flags_for(v, self.lex)
            for a, fa in subjects:
                for b, fb in subjects:
                    ka, kb = ctx.mentions[a].key, ctx.mentions[b].key
                    if a != b and not (ka and ka == kb):  # ("both countries": a pair)
                        yield Found(a, trig.relation, b, v, [v], flags,
                                    trig.confidence * fa * fb * 0.9, "reciprocal")
            return
        if v.lemma_ == "blame" and otok is not None and otok.dep_ == "dobj":
            # "blamed the attack on Pakistan-based militants": who is blamed is named, if
            # vaguely, after "on" (not whoever did the last attack)
            ons = [p for c in [*v.children, *otok.children] if c.dep_ == "prep"
                   and c.lower_ == "on" for p in pobjs(c)]
            if ons:
                objects = [a for p in ons for a in args.actors(p)]
                otok = ons[0] if objects else None
        if trig.relation in ("CRITICIZES", "OPPOSES", "SUPPORTS") and v.dep_ == "relcl" and (
                (otok is not None and otok.lower_ in ("that", "which")) or (
                    otok is None and not any(c.dep_ in ("dobj", "ccomp") for c in v.children)
                    and not passive)):
            # ("a move the Taliban have condemned", "a step Kyiv welcomed": no pronoun)
            # "China sent warships near Japan, a move that Tokyo criticised" (the parser
            # hangs "a move" on "Japan"): who made the move
            objects = self._move_authors(ctx, args, v.head) or objects
        if trig.relation == "CRITICIZES" and not passive and otok is not None and \
                otok.lower_ == "it" and otok.dep_ == "dobj":
            # "X condemned the move, while Jordan also denounced it": the move's authors,
            # not whoever was named last
            act = next((n for n in reversed(list(ctx.sent(v))) if n.i < otok.i
                        and n.pos_ == "NOUN" and n.dep_ == "dobj"
                        and n.lemma_.casefold() in GENERIC_ACTS - {"incident"}
                        and any(c.dep_ == "det" and c.lower_ == "the" for c in n.children)
                        and n.head.pos_ == "VERB" and any(
                            t.relation == "CRITICIZES"
                            for t in self.lex.verb_triggers(n.head.lemma_))), None)
            at = ctx.offset + act.idx if act is not None else None
            if at in args.memory.get("act_objects", {}):
                objects = args.memory["act_objects"][at]  # (as the verb on it read them)
        if trig.relation in ("CRITICIZES", "OPPOSES", "SUPPORTS") and v.dep_ == "acl" and \
                passive and v.head.pos_ == "NOUN":
            # "approved the plan, a move condemned by Jordan": who made the move
            objects = self._move_authors(ctx, args, v.head) or objects
        if trig.relation in ("CRITICIZES", "OPPOSES") and passive and \
                not objects and otok is not None and otok.dep_ == "nsubjpass" and \
                otok.lemma_.casefold() in GENERIC_ACTS - {"incident"} and any(
                    c.dep_ == "det" and c.lower_ in ("the", "this") for c in otok.children):
            # "Israel approved the plan. The move was condemned by Jordan": who made it (not
            # "welcomed": a welcomed move may be a foe's retreat)
            objects = self.act_authors(ctx, args, otok, self._own_side(ctx, v), True)
        if not objects and trig.relation == "CRITICIZES":
            named = self._so_called(v)
            if named is not None and named.lemma_ == "act":
                # "what he called an unprovoked act of aggression": the aggression
                named = next((p for c in named.children if c.dep_ == "prep"
                              and c.lower_ == "of" for p in pobjs(c)), named)
            if named is not None:
                # "condemned what it called a cowardly terrorist attack": that attack;
                # "what she called Russia's reckless occupation": its author
                objects = args.noun_agent(named) or [
                    # ("what he called coercion by Washington": "by" hung on "called")
                    a for c in named.head.children if c.i > named.i and (
                        c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by"))
                    for p in pobjs(c) for a in args.actors(p)] or self.act_authors(
                    ctx, args, named, self._own_side(ctx, v), True)
                if not objects and named.lemma_.casefold() in ("aggression", "provocation"):
                    # ("what he called an act of aggression": the act just told of)
                    objects = self.act_authors(ctx, args, named, self._own_side(ctx, v),
                                               True, generic=True)
                if not objects and named.lemma_.casefold() in evaluation_words():
                    # "what she called the lawlessness of the Pristina regime"
                    objects = self.owner_objects(ctx, args, named, False)
            elif otok is not None and otok.lower_ in ("that", "which") and v.dep_ == "relcl":
                # "raids that Baghdad condemned": the raids just told of
                act = v.head
                if act.ent_type_ in ("DATE", "TIME") and act.dep_ == "pobj" and \
                        act.i + 2 == otok.i:
                    # "began the exercises on Monday, which Pyongyang condemned": the
                    # parser hangs the clause on the date, not on the act before it
                    act = next((c for c in act.head.head.children if c.dep_ == "dobj"), act)
                objects = self.act_authors(ctx, args, act, self._own_side(ctx, v), True)
            elif otok is not None:
                objects = self.act_authors(ctx, args, otok, self._own_side(ctx, v))
                args.memory.setdefault("act_objects", {})[ctx.offset + otok.idx] = objects
            # "Iran's foreign minister condemned the attack" (by Israeli forces): the state
            # whose soldiers acted is condemned (by a body too: "Kallas condemned the
            # barrage" of Russian forces)
            states = {k for k in self._own_side(ctx, v) if k.startswith("country:")}
            objects = [(state_of_forces(ctx, i), f) for i, f in objects]
            if states:
                objects = [(i, f) for i, f in objects if identity(ctx, i) not in states]
        if not objects and trig.relation == "SUPPORTS" and v.lemma_ == "stand":
            # "stood shoulder to shoulder with Estonia"
            objects = [a for t in v.subtree if t.lower_ == "shoulder" and t.dep_ == "pobj"
                       for c in t.children if c.dep_ == "prep" and c.lower_ in (
                           "with", "alongside") for p in pobjs(c) for a in args.actors(p)]
        if not objects and trig.relation == "COOPERATES_WITH" and v.lemma_ == "agree":
            # "agreed to set up a committee with Nouakchott": the partner hangs on what
            # was agreed
            objects = [a for x in v.children if x.dep_ == "xcomp"
                       for h in [x, *(d for d in x.children if d.dep_ == "dobj")]
                       for c in h.children if c.dep_ == "prep" and c.lower_ == "with"
                       for p in pobjs(c) for a in args.actors(p)]
        if trig.relation == "THREATENS" and prep is not None and prep.lower_ == "of":
            # "warned of a Serbian build-up" is no threat to Serbia; "warned of military
            # action against X" threatens X (below)
            objects = []
        if not objects and otok is not None and trig.relation == "THREATENS" and \
                otok.lemma_.casefold() in THREATENED_ACTS:
            # "warned of military action against the US", "vowed revenge against Israel"
            # ("further attacks on Israeli ships", "on vessels linked to Israel": their owner)
            objects = [a for c in otok.children if c.dep_ == "prep" and c.lower_ in (
                "against", "on", "toward", "towards") for p in pobjs(c)
                for a in args.actors(p) or self.owner_objects(ctx, args, p, True)]
        if not objects and trig.relation == "ATTACKS":
            # "launched missiles and drones at Ukraine's grid": the target hangs on the
            # weapon, not on the verb
            words = {slot[5:] for slot in trig.objects if slot.startswith("prep:")}
            # ("retaliated with missile barrages on Israeli cities")
            weapons = [d for c in v.children if c.dep_ == "dobj" or (
                c.dep_ == "prep" and c.lower_ == "with") for x in (
                [c] if c.dep_ == "dobj" else pobjs(c)) for d in [x, *x.conjuncts]
                if d.lemma_.casefold() in MATERIAL | SALVOS
                or self._counted(d).lemma_.casefold() in MATERIAL | SALVOS]
            # ("fired scores of rockets at Israel": the target may hang on the quantity)
            weapons += [self._counted(w) for w in weapons if self._counted(w) is not w]
            for w in weapons:
                for c in w.children:
                    if c.dep_ == "prep" and c.lower_ in words:
                        for p in pobjs(c):
                            found = args.actors(p) or self.owner_objects(ctx, args, p, True)
                            if found and not objects:
                                objects, otok, prep = found, p, c
        if not objects and otok is not None and trig.relation == "DEMANDS" and \
                otok.lemma_.casefold() in LEAVING:
            # "demanded their departure", "called for the withdrawal of Russian troops":
            # those asked to leave
            objects = args.noun_agent(otok) or [
                a for c in otok.children if c.dep_ == "prep" and c.lower_ == "of"
                for p in pobjs(c) for a in args.actors(p)]
        if not objects and otok is not None and trig.relation == "DEMANDS" and \
                otok.lemma_.casefold() in ASKED_OF:
            # "demanded the demilitarisation of southern Syria", "demanding Pashinyan's
            # resignation": the one asked to give up its arms, its post
            objects = [a for c in otok.children if (c.dep_ == "poss" and c.pos_ != "PRON")
                       or (c.dep_ == "prep" and c.lower_ == "of")
                       for p in ([c] if c.dep_ == "poss" else pobjs(c))
                       for a in args.actors(p)]
        if not objects and otok is not None and trig.relation == "DEMANDS" and \
                any(c.dep_ == "prep" and c.lower_ == "from" for c in otok.children) and \
                v.lemma_ in ("demand", "seek", "request"):
            # "demand explanations from Russia": whom they are asked of
            objects = [a for c in otok.children if c.dep_ == "prep" and c.lower_ == "from"
                       for p in pobjs(c) for a in args.actors(p)]
        if not objects and otok is not None and trig.relation == "ATTACKS":
            # "killed the leader of al-Shabaab": an attack on the group he leads
            objects = self.led_group(ctx, args, otok)
        if not objects and otok is not None and trig.relation == "ATTACKS" and \
                self._counted(otok).lemma_.casefold() in COMBATANTS:
            # "killed dozens of fighters from the rebel FACT" ("from" hung on the verb)
            objects = [a for c in v.children if c.dep_ == "prep" and c.lower_ == "from"
                       for p in pobjs(c) for a in args.actors(p)
                       if ctx.mentions[a[0]].kind in ("ArmedGroup", "MilitaryForce")]
        if not objects and otok is not None and ("owner" in trig.flags or "target" in trig.flags) \
                and not ("material" in trig.flags and
                         self._counted(otok).lemma_.casefold() in VICTIMS):
            # (not "delivered supplies to Filipino fishermen": aid to people, not the state)
            objects = self.owner_objects(ctx, args, otok, "target" in trig.flags)
            target = self._counted(otok)  # "struck a string of military sites": the sites
            if not objects and "target" in trig.flags and (
                    target.lemma_ in TARGET_NOUNS or target.lemma_.casefold() in VICTIMS):
                # "struck targets across the Gaza Strip": the place is on the verb
                objects = self._places_on(ctx, args, target) or \
                    self._places_on(ctx, args, v) or (
                        # "struck what it called militant camps in Pakistan" ("in" hung on
                        # "called")
                        self._places_on(ctx, args, target.head)
                        if target.dep_ in ("oprd", "attr") and target.head.i > v.i else [])
        if not objects and otok is not None and trig.relation == "ATTACKS" and \
                "place" in trig.flags and otok.lemma_ in ("control", "possession") and \
                not any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
            # (not "a proposal for the United States to take control of Gaza")
            # "seized control of Goma", "regained control of the palace"
            objects = [a for c in otok.children if c.dep_ == "prep" and c.lower_ == "of"
                       for p in pobjs(c) for a in args.actors(p)]
        if not objects and otok is not None and trig.relation == "ATTACKS" and subjects:
            objects = self._repelled(ctx, args, v, self._counted(otok), subjects)
        freed = [t for t in [otok, *(p for c in v.children if c.dep_ == "prep"
                                     and c.lower_ == "for" for p in pobjs(c))]
                 if t is not None and t.lemma_ in ("release", "freedom") and t.pos_ == "NOUN"]
        if not objects and freed and trig.relation == "DEMANDS":
            # "demanded the immediate release of the herders", "called for their release":
            # of whoever holds them
            own = {identity(ctx, i) for i, _ in subjects}
            objects = [(i, 0.6) for i in args.done_before("release", ctx.offset + freed[0].idx)
                       if identity(ctx, i) not in own]
        if trig.relation == "ATTACKS" and subjects and otok is not None and not passive and \
                v.lemma_ in REPELLING and otok.dep_ == "dobj" and \
                otok.lemma_.casefold() in ATTACK_WORDS | {"counterattack", "counteroffensive"} \
                and not any(c.dep_ == "prep" and c.lower_ in ("on", "against")
                            for c in otok.children):
            # "repelled a counter-attack by junta troops": the attack was on the subjects
            for a, fa in args.noun_agent(otok):
                for s_, fs in subjects:
                    if identity(ctx, a) != identity(ctx, s_):
                        yield Found(a, "ATTACKS", s_, v, [v, otok], flags_for(v, self.lex),
                                    0.55 * fa * fs, "repelled-attack")
        if not objects and trig.relation == "DEPLOYED_IN" and not passive:
            # "keeps dozens of military outposts inside northern Iraq": the place hangs on
            # what is kept
            words = {slot[5:] for slot in trig.objects if slot.startswith("prep:")}
            for d in v.children:
                if d.dep_ == "dobj":
                    t = self._counted(d)
                    objects = [a for c in t.children if c.dep_ == "prep" and c.lower_ in words
                               for p in pobjs(c) for a in args.actors(p)]
                    if not objects and t is not d and "dobj" in trig.objects:
                        # "controlled about 90% of Port-au-Prince", "controls four of
                        # Darfur's five state capitals, including Nyala and Geneina"
                        objects = args.actors(t) or [
                            a for c in t.children if c.dep_ in ("poss", "prep") and (
                                c.dep_ == "poss" or prep_phrase(c) in ("including",
                                                                        "such as"))
                            for x in ([c] if c.dep_ == "poss" else pobjs(c))
                            for a in args.actors(x)]
                    if objects:
                        break
        if not objects and trig.relation == "DEPLOYED_IN" and "place" in trig.flags:
            objects = self._facility_places(ctx, args, v)
        if not objects and "place" in trig.flags and trig.relation in ("DEPLOYED_IN",
                                                                       "VISITS") and any(
                c.dep_ == "advmod" and c.lower_ == "there" for c in v.children):
            # "Italian F-35s have been stationed there since August": the place just named
            objects = self._there(ctx, v)
        if trig.relation == "WITHDRAWS_FROM" and not passive and not any(
                ctx.mentions[o].kind in ("Country", "Location") for o, _ in objects):
            # "withdrew about 80 military personnel from the Maldives": "from" hung on the
            # troops
            objects = [a for d in v.children if d.dep_ == "dobj"
                       and self._counted(d).lemma_.casefold() in FORCES
                       for c in self._counted(d).children if c.dep_ == "prep"
                       and c.lower_ == "from" for p in pobjs(c) for a in args.actors(p)
                       if ctx.mentions[a[0]].kind in ("Country", "Location")] or objects
        if trig.relation == "ATTACKS" and v.lemma_ == "take" and any(
                c.dep_ == "prt" and c.lower_ == "over" for c in v.children) and any(
                c.dep_ == "prep" and c.lower_ == "from" for c in v.children) and not any(
                c.dep_ == "dobj" for c in v.children):
            return  # "the Africa Corps took over from the Wagner Group": it replaced it
        if trig.relation == "ATTACKS" and v.lemma_ == "take" and any(
                c.dep_ == "prt" and c.lower_ == "over" for c in v.children) and subjects and \
                objects and all(ctx.mentions[i].kind == "Person" for i, _ in subjects) and \
                all(ctx.mentions[o].kind in ("Organization", "MilitaryForce")
                    for o, _ in objects):
            # "Merz took over the CDU in 2022": he heads it now (not "took over the U.N.
            # mission": a body named after its parent, no fact)
            flags = flags_for(v, self.lex)
            for s_, fs in subjects:
                for o, fo in objects:
                    if otok is not None and ctx.mentions[o].attributes.get("head") == otok.i:
                        yield Found(s_, "LEADS", o, v, [v], flags, 0.6 * fs * fo,
                                    "took-over")
            return
        if trig.relation == "ATTACKS" and v.lemma_ in ("retake", "recapture", "seize",
                                                       "capture", "take", "wrest", "regain"):
            # "retook the presidential palace from the RSF": taken from its holder
            # ("regained control of the palace from the RSF": "from" hung on the place)
            taken = [v, *(t for d in v.children if d.dep_ == "dobj" for t in d.subtree
                          if t.pos_ in ("NOUN", "PROPN"))]
            holders = [a for x in taken for c in x.children if c.dep_ == "prep"
                       and c.lower_ == "from" for p in pobjs(c) for a in args.actors(p)
                       if ctx.mentions[a[0]].kind in ("ArmedGroup", "MilitaryForce")]
            objects = objects + [h for h in holders if h[0] not in {o for o, _ in objects}]
        if not objects and "place" in trig.flags and not passive or (
                not objects and passive and trig.relation == "DEPLOYED_IN"):
            # "Transnistria, where about 1,500 Russian soldiers are stationed", "in Riyadh,
            # where Sharif arrived": the place "where" stands for (not for a force at home:
            # "Mali, where they fight alongside the Malian army")
            objects = self._where_place(ctx, v)
            if objects:
                home = self._place_state(ctx, objects[0][0])
                subjects = [(i, f) for i, f in subjects if home is None
                            or ctx.mentions[state_of_forces(ctx, i)].key != home]
        if trig.relation == "VISITS" and "place" in trig.flags and not any(
                ctx.mentions[i].kind in ("Location", "Country") for i, _ in objects):
            objects = self._visited_places(ctx, args, v) or objects
        if "actonly" in trig.flags and otok is not None and ctx.mention(otok) is not None:
            return  # "welcomed Xi to Moscow" is a meeting; "welcomed X's decision" support
        if otok is not None and trig.relation in ("SANCTIONS", "ATTACKS", "CRITICIZES"):
            # "sanctions on eight officials, including X", "18 entities, among them X": the
            # named examples too
            objects = self._with_examples(args, objects, otok)
        if "passive" in trig.flags and not passive:
            return  # "the STC is represented on the council", not "X represents Y"
        held_by = passive and trig.relation == "DEPLOYED_IN" and trig.objects[0] == "dobj" and \
            "reverse" not in trig.flags and v.lemma_ != "enter" and bool(subjects) and \
            any(c.dep_ == "agent" for c in v.children) and bool(objects)
        # ("Goma is controlled by M23": M23 holds the place, not the place itself)
        if passive and not held_by and (trig.relation == "DEPLOYED_IN" or "passive" in trig.flags or (
                "stative" in trig.flags and not subjects)):
            # "mercenaries were brought into Belarus": the mercenaries are deployed;
            # "is represented on the council": a member
            subjects = [a for c in v.children if c.dep_ == "nsubjpass" for a in args.actors(c)]
            if not subjects and v.dep_ in ("acl", "amod"):
                subjects = args.actors(v.head)
        if not subjects and passive and "tolist" in trig.flags:
            # "was placed on the U.S. Entity List": the state whose list it is
            subjects = [a for c in v.children if c.dep_ == "prep" and c.lower_ in ("to", "on")
                        for p in pobjs(c) if p.lemma_.casefold() in ("list", "blacklist")
                        for g in p.children if g.dep_ in ("compound", "nmod", "poss", "amod")
                        and g.i < p.i for a in args.actors(g)]
        if not subjects and passive and "from_owner" in trig.flags:
            for c in v.children:
                if c.dep_ == "prep" and c.lower_ == "from":
                    for p in pobjs(c):
                        subjects = [a for g in p.children if g.dep_ in ("compound", "nmod",
                                                                        "poss", "amod")
                                    for a in args.actors(g)]
                    # "was banned from entering Hungary": the state that bars entry
                    subjects = subjects or [
                        a for g in c.children if g.dep_ == "pcomp"
                        and g.lemma_ in ("enter", "visit", "travel")
                        for d in g.children if d.dep_ == "dobj" or (
                            d.dep_ == "prep" and d.lower_ == "to")
                        for p in ([d] if d.dep_ == "dobj" else pobjs(d))
                        for a in args.actors(p) if ctx.mentions[a[0]].kind == "Country"]
        if not objects and trig.relation == "SANCTIONS" and not passive:
            # "banned imports of Thai fruit", "halted Russian oil imports": the goods' state
            goods = [c for c in v.children if c.dep_ == "dobj"]
            if "closing" in trig.flags:
                # "closed its airspace to all flights to and from Mali"
                goods += [p for c in v.children if c.dep_ in ("prep", "dative")
                          and c.lower_ == "to" for p in pobjs(c)]
            for c in goods:
                if c.lemma_.casefold() in TRADE_NOUNS or (
                        v.lemma_ in ("bar", "ban") and c.lemma_.casefold() in CARRIER_NOUNS):
                    objects = [(i, 0.8) for t in c.subtree if t.i != c.i
                               and (t.dep_ in ("amod", "compound", "poss", "nmod") or (
                                   t.dep_ == "pobj" and t.head.lower_ in ("to", "from", "of")))
                               for i in [ctx.mention(t)] if i is not None
                               and (ctx.mentions[i].kind == "Country" or (
                                   # ("exports from Nexperia's Chinese factories")
                                   t.dep_ == "poss" and ctx.mentions[i].kind == "Organization"
                                   and ctx.mentions[i].source in ("ner", "gazetteer")))][:1]
        if not objects and trig.relation in ("ATTACKS", "OPPOSES") and not passive:
            # "fighting an insurgency by Boko Haram", "repelled an attack by al-Shabaab":
            # the act's agent
            acts = [c for c in v.children if c.dep_ == "dobj" and {
                t.relation for t in self.lex.noun_triggers(c.lemma_.casefold())} & {
                "ATTACKS", "OPPOSES"}]
            objects = [a for c in acts for a in args.noun_agent(c)] or [
                a for c in (v.children if acts else ()) if c.dep_ == "prep"
                and c.lower_ == "by" for p in pobjs(c) for a in args.actors(p)]
            # (the parser hangs "by X" on the verb: "fighting an insurgency by Boko Haram")
        if not objects and "that" in trig.objects:
            objects = self.clause_objects(args, v, demand=trig.relation == "DEMANDS")
        if not objects and "control" in trig.flags:
            # "wants the YPG to disband" (parsed as a clause whose subject is the one asked)
            objects = [a for c in v.children if c.dep_ == "ccomp" and any(
                x.dep_ == "aux" and x.lower_ == "to" for x in c.children)
                for sj in c.children if sj.dep_ == "nsubj" for a in args.actors(sj)]
        if not objects and "threat" in trig.objects:
            objects = self.threat_clause(args, v)
        if not objects and trig.relation == "THREATENS" and v.lemma_ in ("warn", "vow"):
            objects = self.retaliation_targets(args, v)
        if not objects and trig.relation == "THREATENS" and v.lemma_ in (
                "threaten", "vow", "warn"):
            # "threatened to intervene militarily if Turkish-backed forces advanced on
            # Sirte": whoever the condition names
            own = {i for i, _ in subjects}
            objects = [(i, f * 0.8) for x in v.children if x.dep_ == "xcomp"
                       and x.lemma_ in RESPONSES | {"intervene", "respond", "retaliate"}
                       for i, f in self._condition_subjects(args, x) if i not in own]
        if "listing" in trig.flags and not self._listing_ok(v, trig):
            return
        if "listing" in trig.flags and not objects and v.dep_ == "relcl" and \
                not passive and any(
                    c.dep_ == "dobj" and {t.lemma_.casefold() for t in c.subtree}
                    & BLACKLIST_WORDS for c in v.children):
            # "a gang that Washington designated a terrorist organisation": the one the
            # clause describes (the object is the label)
            head = args._described(v.head) or v.head
            objects = [a for a in args.actors(head) if a[0] not in {i for i, _ in subjects}]
        if "listing" in trig.flags and not objects:
            # "declared Hamas a terrorist organisation", "declared the Greek ambassador
            # persona non grata" (parsed as a small clause): its subject, or whose envoy
            objects = [a for c in v.children if c.dep_ == "ccomp" and c.pos_ == "NOUN"
                       for sj in c.children if sj.dep_ == "nsubj"
                       for a in args.actors(sj) or self.owner_objects(ctx, args, sj, False)]
        if "status" in trig.flags and not self._status_ok(v):
            return
        if trig.relation == "DEPLOYED_IN" and v.lemma_ == "hold":
            # "Israeli troops held the Syrian side of Mount Hermon": a place held, named as
            # the object itself (not "held drills near X", "held X responsible", nor "left
            # the military holding only Sittwe": another's hold)
            first = next((c for c in v.children if c.dep_ == "dobj"), None)
            direct = {a for a, _ in args.actors(first)} if first is not None else set()
            if any(c.dep_ in ("oprd", "acomp", "xcomp", "ccomp") or c.lemma_ in (
                    "responsible", "accountable", "liable", "hostage", "captive")
                    for c in v.children) or (
                    v.tag_ == "VBG" and not any(c.dep_ == "nsubj" for c in v.children)):
                direct = set()
            objects = [(o, f) for o, f in objects if o in direct]
        if "armed" in trig.flags:
            # (a state's warships or jets stand for it: "Chinese warships sailed through")
            # ("Chinese and Russian warships": each owner the warships stand for)
            fleet = {c for i, _ in subjects if ctx.mentions[i].attributes.get("class") == "vehicle"
                     for c in ctx.mentions[i].attributes.get("conj", [])}
            subjects = [(i, f) for i, f in subjects
                        if ctx.mentions[i].kind in ("MilitaryForce", "ArmedGroup")
                        or ctx.mentions[i].attributes.get("class") == "vehicle" or i in fleet]
        if "must" in trig.flags and not any(
                c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ in ("must", "should")
                                          for a in c.children)
                and not any(a.dep_ == "neg" for a in c.children) for c in v.children):
            return  # "told Sudani that the militias must be disarmed", not "told him that"
        if "must" in trig.flags and (v.head.lemma_ == "summon" or any(
                c.lemma_ == "summon" for c in v.children if c.dep_ == "conj")):
            return  # (a summoned envoy is told what his state must do: no demand on him)
        if "must" in trig.flags:
            # (a commander telling troops what they must do gives an order, no demand)
            objects = [(o, f) for o, f in objects if ctx.mentions[o].kind != "MilitaryForce"]
        if "breach" in trig.flags and not any(
                p.lemma_.casefold() in BREACHES for c in [*v.children, *[
                    g for d in v.children if d.dep_ == "dobj" for g in d.children]]
                if c.dep_ == "prep" and c.lower_ == "in" for p in pobjs(c)):
            return  # "found Iran in breach of its obligations", not "found a solution"
        if v.lemma_ == "leave" and trig.relation == "WITHDRAWS_FROM" and any(
                c.dep_ == "dative" or (c.dep_ == "dobj" and c.lemma_.casefold() in (
                    "choice", "option", "alternative", "room", "doubt")) or (
                    # "leaving Rwanda as Maputo's main partner", "leaving the military
                    # holding only Sittwe": a state of things left behind
                    v.tag_ == "VBG" and c.dep_ in ("prep", "oprd", "xcomp", "ccomp", "acl")
                    and (c.lower_ == "as" or c.tag_ == "VBG"))
                for c in [*v.children, *[g for d in v.children if d.dep_ == "dobj"
                                         for g in d.children]]):
            return  # "left the bloc no choice": no one leaves anywhere
        if "accountable" in trig.flags and not any(
                c.dep_ in ("oprd", "acomp", "xcomp", "ccomp", "advcl", "advmod", "dobj",
                          "amod") and
                c.lemma_.casefold() in ACCOUNTABLE for d in v.children
                for c in [d, *d.children]):
            return  # "held Iran responsible for the attack", not "held talks"
        if trig.relation == "MEMBER_OF" and v.lemma_ == "join" and subjects:
            # "the SPLM-N joined the RSF in the Tasis alliance": a member of the alliance,
            # a partner of the one joined
            bodies = [a for c in [*v.children, *[g for d in v.children if d.dep_ == "dobj"
                                                 for g in d.children]]
                      if c.dep_ == "prep" and c.lower_ == "in"
                      for p in pobjs(c) if any(t.lemma_.casefold() in ALLIANCES
                                               for t in p.subtree) or (
                          ctx.mention(p) is not None and
                          ctx.mentions[ctx.mention(p)].kind == "Organization")
                      for a in args.actors(p) if ctx.mentions[a[0]].kind in (
                          "Organization", "ArmedGroup", "MilitaryForce")]
            if bodies:
                flags = flags_for(v, self.lex)
                for s_, fs in subjects:
                    for o, fo in bodies:
                        yield Found(s_, "MEMBER_OF", o, v, [v], flags,
                                    trig.confidence * fs * fo, "joined-in")
                    for o, fo in objects:
                        yield Found(s_, "COOPERATES_WITH", o, v, [v], flags,
                                    trig.confidence * 0.9 * fs * fo, "joined-in")
                return
        if trig.relation == "MEMBER_OF" and v.lemma_ == "join" and any(
                c.dep_ == "prep" and c.lower_ == "in" and any(
                    p.tag_ == "VBG" for p in c.children) for c in v.children):
            return  # "France joined Germany in condemning ...": a partner, not a body
        if "closing" in trig.flags and not any(
                c.dep_ in ("dobj", "nsubjpass") and c.lemma_.casefold() in CLOSABLE
                for c in v.children):
            return  # "shut its airspace to Indian airlines", not "closed the meeting to"
        if "closing" in trig.flags and any(
                p.lemma_.casefold() in ("refugee", "migrant", "asylum", "people", "civilian",
                                        "tourist", "traveller", "traveler", "worker")
                for c in v.children if c.dep_ == "prep" for p in pobjs(c)):
            return  # "closed its border to Syrian refugees" is no penalty on Syria
        if trig.relation == "SANCTIONS":
            # "expelled Pakistani military advisers": a penalty on their state
            objects = [(state_of_forces(ctx, o), f) for o, f in objects]
        if trig.flags & {"material", "forces"} and not self._theme_ok(ctx, args, v, trig,
                                                                     passive):
            return
        if trig.relation == "DEPLOYED_IN" and any(
                t.lemma_.casefold() in INCURSION_SPACES for c in v.children
                for t in ([c] if c.dep_ == "dobj" else pobjs(c) if c.dep_ == "prep" else [])):
            return  # "a Russian fighter entered Estonian airspace": an incursion
        if "mutual" in trig.flags:
            # "Armenian and Azerbaijani troops exchanged fire", "X exchanged fire with Y":
            # each side attacked the other
            what = [c for c in v.children if c.dep_ == "dobj"
                    and c.lemma_.casefold() in EXCHANGED.get(trig.relation, ())]
            if not what:
                return
            if not objects:  # "exchanged fire with X": "with" on the noun
                objects = [a for c in what[0].children if c.dep_ == "prep"
                           and c.lower_ == "with" for p in pobjs(c) for a in args.actors(p)]
            yield from self._each_on_the_other(ctx, subjects + objects, trig.relation, v,
                                               flags_for(v, self.lex), trig.confidence,
                                               "mutual")
            return
        if trig.relation == "OPPOSES" and v.lemma_ in ("fight", "clash", "battle") and \
                not passive and len({ctx.mentions[i].key or i for i, _ in subjects}) >= 2 and \
                any(c.dep_ == "nsubj" for c in v.children) and not any(
                    (c.dep_ == "prep" and c.lower_ in ("with", "against", "alongside")) or
                    (c.dep_ == "dobj" and c.lower_ not in ("other", "another")
                     and c.lemma_.casefold() not in ("war", "battle", "turf")) or
                    c.lower_ in ("together", "jointly")  # ("fighting this war together")
                    for c in v.children):
            # "the two factions have fought each other", "the ELN and the 33rd Front have
            # clashed", "the two have fought a bloody war": each side against the other
            yield from self._each_on_the_other(ctx, subjects, "OPPOSES", v,
                                               flags_for(v, self.lex),
                                               trig.confidence * 0.9, "reciprocal")
            return
        if not objects and trig.relation in SYMMETRIC and len(subjects) >= 2 and not passive \
                and (v.lemma_ in JOINT_VERBS or not any(
                    c.dep_ == "dobj" and not any(  # ("coordinate their efforts")
                        g.dep_ == "poss" and g.lower_ in ("their", "our") for g in c.children)
                    for c in v.children)) and not (
                    all(slot.startswith("prep:") for slot in trig.objects) and len(
                        {t.relation for t in self.lex.verb_triggers(v.lemma_)}) > 1):
            # ("the army and the RSF fought": only "fought alongside" is cooperation)
            # "Putin and Kim met": the meeting is between the subjects (not "the two leaders
            # discussed efforts to ...": what they discussed, with whom unsaid)
            flags = flags_for(v, self.lex)
            for a in range(len(subjects)):
                for b in range(a + 1, len(subjects)):
                    yield Found(subjects[a][0], trig.relation, subjects[b][0], v, [v], flags,
                                trig.confidence * 0.9, "verb-pair")
            return
        if trig.relation == "WITHDRAWS_FROM" and prep is None:
            # "began withdrawing the Russian peacekeeping contingent": what is withdrawn
            objects = [(o, f) for o, f in objects
                       if ctx.mentions[o].kind not in ("MilitaryForce", "ArmedGroup")]
        if v.lemma_ == "belong":
            # "the Russian fighters belong to the Africa Corps": unnamed fighters are the
            # corps (no part of it); "the RSF belongs to Tasis", "the SLM, whose fighters
            # belong to the Joint Forces" are
            subjects = [(i, f) for i, f in subjects
                        if ctx.mentions[i].attributes.get("class") not in (
                            "militants", "forces", "rebels")
                        or ctx.mentions[i].attributes.get("refers") is not None
                        or ctx.mentions[i].key]
        if "body" in trig.flags:
            # "formed the Alliance of Sahel States" (not "formed a government", "set up a
            # commission"): a named organisation
            objects = [(o, f) for o, f in objects if ctx.mentions[o].kind == "Organization"
                       and ctx.mentions[o].source in ("ner", "gazetteer")]
            subjects = [(o, f) for o, f in subjects
                        if ctx.mentions[o].kind in ("Country", "Person")]
            if objects and not passive:
                # "formed the AES with Mali", "together with Niger make up the AES": the
                # partners are founders too
                subjects += [a for x in [v, *(c for c in v.children if c.dep_ == "dobj")]
                             for c in x.children if c.dep_ == "prep" and c.lower_ == "with"
                             for p in pobjs(c) for a in args.actors(p)
                             if ctx.mentions[a[0]].kind in ("Country", "Person")]
        if trig.relation == "MEETS" and v.lemma_ == "welcome":
            # "Macron welcomed Zelenskiy to Paris" (not "welcomed Egypt's proposal")
            objects = [(o, f) for o, f in objects if ctx.mentions[o].kind == "Person"]
        if v.lemma_ == "stand" and prep is not None and prep.lower_ == "alongside":
            # "Kim stood alongside Xi and Putin" (beside them) is no backing; "stood
            # alongside the people of Niger" is
            objects = [(o, f) for o, f in objects if ctx.mentions[o].kind != "Person"]
        if "person" in trig.flags:
            subjects = [(i, f) for i, f in subjects if ctx.mentions[i].kind == "Person"]
            objects = [(o, f) for o, f in objects if ctx.mentions[o].kind in (
                "Organization", "MilitaryForce", "ArmedGroup")]
        if "mandate" in trig.flags:
            # "the mission was authorised by the UN Security Council": a mandate backs it
            objects = [(o, f) for o, f in objects
                       if ctx.mentions[o].kind in ("Organization", "MilitaryForce")]
        if "notforces" in trig.flags:
            # "hosted Russian troops" is not a meeting (nor "hosted an EU monitoring
            # mission")
            # (nor "hosts troops of the KFOR force": the force's troops, named after "of")
            troops = otok is not None and self.lex.nominals.get(otok.lemma_.casefold()) == "forces"
            objects = [(o, f) for o, f in objects
                       if ctx.mentions[o].kind not in ("MilitaryForce", "ArmedGroup")
                       or (ctx.mentions[o].source != "nominal" and not troops)]
            if otok is not None and otok.lemma_ == "mission" and any(
                    c.lemma_.casefold() in MISSION_KINDS for c in otok.children):
                objects = []
        if "forces" in trig.flags and "reverse" in trig.flags:
            # "Belarus hosted Russian troops": the troops are deployed in Belarus
            objects = [a for c in v.children if c.dep_ == "dobj" for a in args.actors(c)]
            # "Tajikistan hosts a Russian military base", "hosts France's largest base":
            # the base's owner is deployed there
            objects += [(o, f * 0.9) for c in v.children if c.dep_ == "dobj"
                        and c.lemma_.casefold() in MILITARY_SITES and args.actors(c) == []
                        for d in c.children if d.dep_ in ("poss", "amod", "compound")
                        for o, f in args.actors(d) if ctx.mentions[o].kind == "Country"]
        delegations: list[Arg] = []
        if trig.relation == "MEETS" and not passive:
            # "hosted delegations from the Congolese government and the M23": each side
            # the envoys came from
            seen = {identity(ctx, o) for o, _ in objects}
            for d in v.children:
                if d.dep_ == "dobj" and d.lemma_.casefold() in DELEGATIONS | {
                        "representative", "envoy", "official", "negotiator"}:
                    for c in d.children:
                        if c.dep_ == "prep" and c.lower_ in ("from", "of"):
                            for p in pobjs(c):
                                for a, f in args.actors(p):
                                    if identity(ctx, a) not in seen:
                                        seen.add(identity(ctx, a))
                                        objects.append((a, f * 0.9))
        if trig.relation == "LEADS":
            # "a Hamas delegation led by X": X leads the delegation, not Hamas (but serves
            # the state whose delegation it is: "Ukraine's delegation was led by Umerov")
            kept = [(o, f) for o, f in objects if ctx.mentions[o].source != "nominal"
                    or ctx.mentions[o].attributes.get("class") != "government"
                    or ctx.mentions[o].attributes.get("lemma") in GOVERNING_BODIES]
            delegations = [(o, f) for o, f in objects if (o, f) not in kept
                           and ctx.mentions[o].kind not in ("Person", "Location")
                           and ctx.mentions[o].attributes.get("lemma") in DELEGATIONS]
            objects = kept
        if trig.relation == "DEMANDS" and v.lemma_ in ("order", "instruct"):
            # "ordered the military to ...": unowned forces are the commander's own
            objects = [(o, f) for o, f in objects
                       if not (ctx.mentions[o].kind == "MilitaryForce"
                               and ctx.mentions[o].source == "anaphor")]
        if trig.relation == "ATTACKS" and v.lemma_ == "destroy" and otok is not None and \
                self._counted(otok).lemma_.casefold() in INTERCEPTED:
            return  # "air defences destroyed 97 Ukrainian drones": a defence, not an attack
        if trig.relation == "ATTACKS":
            # "killed 35,000 Palestinians": people, not an attack on a state (but "killed
            # nine Palestinians in Khan Younis" is an attack on the place)
            people = [o for o, f in objects if ctx.mentions[o].attributes.get("use") == "plural"]
            objects = [(o, f) for o, f in objects
                       if ctx.mentions[o].attributes.get("use") != "plural"]
            if people and not objects and otok is not None and "target" in trig.flags:
                objects = self._places_on(ctx, args, v) or self._places_on(ctx, args, otok)
        if subjects and delegations and not objects:
            flags = flags_for(v, self.lex)
            for s_, fs in subjects:
                if ctx.mentions[s_].kind == "Person":
                    for o, fo in delegations:
                        yield Found(s_, "MEMBER_OF", o, v, [v], flags,
                                    trig.confidence * 0.8 * fs * fo, "delegation-head")
        if not subjects or not objects:
            return
        if "reverse" in trig.flags:
            # "received weapons from the United States": the giver supports the receiver
            subjects, objects = objects, subjects
        flags = flags_for(v, self.lex)
        doc_tok = args.instrument_subject(v) or next(
            (p for c in v.children if c.dep_ == "prep" and c.lower_ in ("in", "through")
             for p in pobjs(c) if args.is_instrument(p)), None)
        # ("found Iran in breach ... in a resolution": the resolution says so too)
        if doc_tok is not None and flags.polarity == "positive":
            stance = args.memory.setdefault(("stance", doc_tok.lemma_.casefold()), [])
            for o, _ in objects:
                if (trig.relation, o) not in stance:
                    stance.append((trig.relation, o))
        words = [v] + [c for c in v.children if c.dep_ in ("aux", "auxpass", "neg", "prt")]
        if prep is not None:
            words.append(prep)
        rule = "verb-passive" if passive else "verb"
        relation = trig.relation
        if relation == "ATTACKS" and (any(
                p.lemma_.casefold() in PENALTIES for c in v.children
                if c.dep_ == "prep" and c.lower_ == "with" for p in pobjs(c))
                or self._penalty_context(ctx, v)):
            relation = "SANCTIONS"  # "hit Iran with new sanctions"
        for s, fs in subjects:
            for o, fo in objects:
                yield Found(s, relation, o, v, words, flags,
                            trig.confidence * fs * fo, rule)
        if relation == "MEETS":
            yield from self._met_abroad(ctx, args, v, subjects, flags)
            if v.lemma_ in ("host", "receive", "welcome") and not passive:
                # "Erdogan hosted Putin in Ankara": the guest came to the host's place
                guests = [(o, fo) for o, fo in objects if ctx.mentions[o].kind == "Person"]
                yield from self._met_abroad(ctx, args, v, guests, flags)
        if relation == "VISITS" and subjects and objects:
            # "visited the base, accompanied by General X", "toured Y with his wife, Z":
            # the companions went too
            for o, fo in objects:
                for c, fc in self._companions(ctx, args, v):
                    if c not in {x for x, _ in subjects}:
                        yield Found(c, relation, o, v, words, flags,
                                    trig.confidence * fc * fo * 0.8, "companion")

    @staticmethod
    def _companions(ctx: DocContext, args: Arguments, v: Token) -> list[Arg]:
        out: list[Arg] = []
        for c in v.children:
            if c.dep_ in ("advcl", "acl", "conj") and c.lemma_ == "accompany" and \
                    c.tag_ == "VBN":
                # ("accompanied by the head of X, General Y": the name, wherever it hangs)
                out += [a for g in c.children if g.dep_ == "agent" for p in pobjs(g)
                        for a in args.actors(p) or [
                            (i, 0.8) for t in p.subtree for i in [ctx.mention(t)]
                            if i is not None and ctx.mentions[i].kind == "Person"
                            and ctx.mentions[i].attributes.get("head") == t.i]]
            elif c.dep_ == "prep" and c.lower_ == "with":
                out += [a for p in pobjs(c) for a in args.actors(p)]
        return [(i, f) for i, f in out if ctx.mentions[i].kind == "Person"]

    @staticmethod
    def _where_place(ctx: DocContext, v: Token) -> list[Arg]:
        rel = v.head if v.dep_ == "conj" and v.head.dep_ == "relcl" else v
        if rel.dep_ != "relcl" or not any(c.dep_ == "advmod" and c.lower_ == "where"
                                          for c in rel.children):
            return []
        i = ctx.mention(rel.head)
        if i is None or ctx.mentions[i].kind not in ("Location", "Country"):
            return []
        return [(i, 0.8)]

    @staticmethod
    def _place_state(ctx: DocContext, i: int, found: list[Found] = ()) -> str | None:
        """The state a place mention is in: its own key, the state whose capital it is,
        "Russia's Kursk region", else up the places `found` says it lies in ("Camp X, in
        Dakar's Ouakam district")."""
        for _ in range(4):
            m = ctx.mentions[i]
            if m.kind == "Country" and m.key:
                return m.key
            if m.attributes.get("capital_of"):
                return m.attributes["capital_of"]
            head = m.attributes.get("head") if m.attributes.get("offset") == ctx.offset \
                else None  # (a token index means something in its own part of the text)
            if head is not None:
                t = ctx.doc[head]
                for h in (t, t.head):
                    for c in h.children:
                        j = ctx.mention(c) if c.dep_ == "poss" else None
                        if j is not None and ctx.mentions[j].kind == "Country":
                            return ctx.mentions[j].key
            up = [f.object for f in found if f.relation == "LOCATED_IN" and f.subject == i]
            if not up:
                return None
            i = up[0]
        return None

    @staticmethod
    def _reciprocal(v: Token, trig: Trigger) -> bool:
        """Is the object of `v` "each other" or "one another"?"""
        preps = {slot[5:] for slot in trig.objects if slot.startswith("prep:")}
        heads = [c for c in v.children if c.dep_ == "dobj" and "dobj" in trig.objects]
        heads += [p for c in v.children if c.dep_ == "prep" and c.lower_ in preps
                  for p in pobjs(c)]
        if trig.relation in HOSTILE_RELATIONS:
            # ("expelled each other's diplomats": the owner of what was done to; not
            # "recognise each other's territorial integrity")
            heads += [g for h in heads for g in h.children if g.dep_ == "poss"]
        each = any(c.dep_ == "nsubj" and any(d.dep_ == "det" and d.lower_ == "each"
                                             for d in c.children) for c in v.children)
        return any((h.lower_ == "other" and (each or any(d.lower_ == "each"
                                                         for d in h.children))) or (
            h.lower_ == "another" and h.i > 0 and v.doc[h.i - 1].lower_ == "one") or (
            h.lower_ == "one" and any(d.lower_ == "another" for d in h.children))
            for h in heads)

    def _gapped_passive(self, ctx: DocContext, args: Arguments, v: Token,
                        trig: Trigger) -> Iterator[Found]:
        """ "Mali is led by Assimi Goita and Niger by Abdourahamane Tiani": each "by"
        phrase goes with the noun just before it (the parser hangs "Niger" on "Goita")."""
        if trig.objects[:1] != ("dobj",) or trig.flags & {"reverse", "passive", "mutual"}:
            return
        agents = [c for c in v.children if c.dep_ == "agent"]
        gapped = {}
        for a in agents[1:]:
            prev = v.doc[a.i - 1]
            while prev.is_punct and prev.i > v.i:
                prev = v.doc[prev.i - 1]
            if prev.dep_ == "conj":
                gapped[a.i] = prev
        patients = [c for c in v.children if c.dep_ == "nsubjpass"]
        flags = flags_for(v, self.lex)
        for k, a in enumerate(agents):
            doers = [x for p in pobjs(a) for x in args.actors(p, conj=False)]
            if k == 0:
                done_to = [x for c in patients for x in args.actors(c)]
            elif a.i in gapped:
                done_to = args.actors(gapped[a.i], conj=False)
            else:
                continue
            for s, fs in doers:
                for o, fo in done_to:
                    yield Found(s, trig.relation, o, v, [v, a] if k == 0 else [v], flags,
                                trig.confidence * fs * fo, "verb-passive")

    def clause_objects(self, args: Arguments, head: Token, demand: bool = False) -> list[Arg]:
        """ "warned that X would ...", "warnings ... that her trip would be met with":
        the subject of the complement clause, or the agent of the event noun there;
        `demand`: "demanded that Armenia change its constitution" (a subjunctive or
        "should"/"must" clause), the one asked to act."""
        for c in head.children:
            if c.dep_ in ("ccomp", "acl") and (any(m.lower_ == "that" for m in c.children
                                                   if m.dep_ == "mark") or (
                    # "Beijing had demanded Washington cancel the sale": no "that"
                    demand and c.dep_ == "ccomp" and c.tag_ == "VB" and not any(
                        a.dep_ in ("aux", "mark") for a in c.children))):
                if demand and (c.tag_ in ("VB", "VBP", "VBZ", "VBG") and not any(
                        a.dep_ == "aux" and a.tag_ in ("VBD", "VBZ", "VBP") and a.lower_
                        not in ("stop", "cease") for a in c.children) or any(
                        a.dep_ == "aux" and a.lower_ in ("should", "must")
                        for a in c.children)):
                    found = [a for s in c.children if s.dep_ == "nsubj"
                             for a in args.actors(s)]
                    if found:
                        return [(i, f * 0.85) for i, f in found]
                if demand and c.pos_ == "NOUN" and any(d.dep_ == "dobj" for d in c.children):
                    # "demanded that the Houthis release all U.N. personnel" read as a noun
                    # "release" with the Houthis on it: the one asked to act
                    found = [a for s in c.children if s.dep_ == "compound" and s.i < c.i
                             for a in args.actors(s)]
                    if found:
                        return [(i, f * 0.85) for i, f in found]
                for s in c.children:
                    # the threatened party undergoes the clause: "his visit would be met
                    # with an escalation", "X will pay a heavy price"; the subject of an
                    # action ("Pyongyang would take countermeasures") is the threatener
                    if s.dep_ == "nsubjpass" or (s.dep_ == "nsubj" and self._undergoes(c)):
                        found = args.actors(s)
                        if not found and self.lex.noun_triggers(s.lemma_.casefold()):
                            found = args.noun_agent(s) or self.act_authors(
                                args.ctx, args, s, set(), True)
                        if not found and (s.lemma_.casefold() in PROVOCATIONS or
                                          self._unsafe(c)):
                            # ("Israeli airports will not be safe": their owner)
                            # "any Indian military action would be met with a response"
                            found = [a for m in s.children
                                     if m.dep_ in ("amod", "poss", "compound") and m.i < s.i
                                     for a in args.actors(m, conj=False)]
                        # "X's spokesman warned that X would continue": no threat to itself
                        own = {i for t in head.children if t.dep_ == "nsubj"
                               for i in [args._employer(t)] if i is not None}
                        own |= {i for t in head.children if t.dep_ == "nsubj"
                                for i, _ in args.actors(t)}
                        ms = args.mentions
                        keys = {ms[i].key or ms[i].name for i in own}
                        return [(i, f * 0.8) for i, f in found
                                if (ms[i].key or ms[i].name) not in keys]
        return []

    @staticmethod
    def _unsafe(c: Token) -> bool:
        """ "X will not be safe", "will no longer be secure": a clause of threatened harm."""
        return c.lemma_ in ("be", "remain") and any(
            d.dep_ == "acomp" and d.lemma_ in ("safe", "secure") for d in c.children) and any(
            d.dep_ == "neg" or d.lower_ == "longer" for d in c.children)

    @staticmethod
    def _undergoes(c: Token) -> bool:
        """A clause whose subject suffers a threatened act: "X will pay (a price / for
        this crime)", "X would face consequences", "X will regret it", "X would receive
        a response"."""
        if c.lemma_ in ("face", "pay", "suffer", "regret", "bear", "feel"):
            return True
        if c.lemma_ == "answer" and any(d.dep_ == "prep" and d.lower_ in ("before", "for")
                                        for d in c.children):
            return True  # "X would answer before the courts", "will answer for its crimes"
        if c.lemma_ in ("treat", "regard", "consider") and any(
                d.dep_ == "nsubjpass" for d in c.children) and any(
                d.dep_ == "prep" and d.lower_ == "as" and any(
                    q.lemma_ in ("hostile", "enemy", "target", "occupier", "aggressor")
                    for q in d.subtree) for d in c.children):
            return True  # "any foreign force would be treated as hostile"
        if c.lemma_ == "hold" and any(d.dep_ == "nsubjpass" for d in c.children) and any(
                d.dep_ in ("oprd", "acomp", "xcomp", "advmod")
                and d.lemma_ in ("accountable", "responsible") for d in c.children):
            return True  # "its authors would be held accountable"
        if c.lemma_ in ("be", "remain", "become") and any(
                d.dep_ == "attr" and d.lemma_ == "target" for d in c.children):
            return True  # "ships linked to Israel would remain legitimate targets"
        if c.lemma_ == "target" and any(d.dep_ == "nsubjpass" for d in c.children):
            return True  # "U.S. bases will be targeted"
        if c.lemma_ == "go" and any(d.lower_ == "unpunished" for d in c.children):
            return True  # "the attack will not go unpunished"
        if c.lemma_ == "find" and any(
                d.dep_ == "dobj" and d.lemma_ in ("haven", "refuge", "sanctuary", "place",
                                                  "shelter", "hiding")
                and any(x.lower_ == "no" for x in d.children) for d in c.children):
            return True  # "these terrorists will find no safe haven", "no hiding place"
        if EventFinder._unsafe(c):
            return True  # "Israeli airports and ports will not be safe"
        return c.lemma_ in ("receive", "get") and any(
            d.dep_ == "dobj" and d.lemma_ in PUNISHMENT for d in c.children)

    @staticmethod
    def _retaliates(c: Token) -> bool:
        """A future clause of retaliation: "would take countermeasures", "will respond"."""
        if not any(a.dep_ == "aux" and a.lower_ in ("will", "would", "'ll", "shall")
                   for a in c.children):
            return False
        hostile = THREATENED_ACTS | {"countermeasure", "operation", "offensive", "penalty"}
        if c.lemma_ in ("respond", "retaliate", "strike", "hit", "react", "attack", "target",
                        "defend"):
            return True
        verbs = [c, *[x for x in c.children if x.dep_ == "xcomp"]]  # "not hesitate to launch"
        return any(v.lemma_ in ("respond", "retaliate", "strike", "attack") or any(
            d.dep_ == "dobj" and d.lemma_.casefold() in hostile for d in v.children)
            for v in verbs)

    def retaliation_targets(self, args: Arguments, head: Token) -> list[Arg]:
        """ "warned that Islamabad would retaliate against India", "would respond with all
        its strength to any aggression by Guyana", "would act with full force against any
        threat from Hezbollah", "would take countermeasures if Washington pressed ahead":
        whom a retaliation announced in a speaker's clause is aimed at (the target of
        "against"/"to", the author of the act it answers, or the one a condition names)."""
        own = {i for t in head.children if t.dep_ == "nsubj" for i, _ in args.actors(t)}
        for c in head.children:
            if c.dep_ != "ccomp" or not (self._retaliates(c) or (
                    c.lemma_ == "act" and any(a.dep_ == "aux" and a.lower_ in ("will", "would")
                                              for a in c.children) and any(
                        p.dep_ == "prep" and p.lower_ == "against" for p in c.children))):
                continue
            own |= {i for t in c.children if t.dep_ == "nsubj" for i, _ in args.actors(t)}
            found: list[Arg] = []
            if c.lemma_ in ("strike", "hit", "attack", "target"):
                # "would target U.S. warships": what is to be struck
                found += [a for d in c.children if d.dep_ == "dobj" for a in
                          args.actors(d) or self.owner_objects(args.ctx, args, d, True)]
            for x in [c, *[d for d in c.children if d.dep_ in ("dobj", "xcomp")]]:
                for p in x.children:
                    if p.dep_ == "prep" and p.lower_ in ("against", "to", "on"):
                        for q in pobjs(p):
                            found += args.actors(q) or (
                                args.noun_agent(q) + [a for r in q.children if r.dep_ == "prep"
                                                      and r.lower_ in ("from", "by")
                                                      for w in pobjs(r)
                                                      # ("from Afghan territory")
                                                      for a in args.actors(w) or
                                                      self.owner_objects(args.ctx, args, w,
                                                                         False)]
                                if q.lemma_.casefold() in PROVOCATIONS else [])
            found += self._condition_subjects(args, c)
            found = [(i, f * 0.8) for i, f in found if i not in own]
            if found:
                return found
        return []

    @staticmethod
    def _condition_subjects(args: Arguments, c: Token) -> list[Arg]:
        """Who the "if" / "unless" condition of clause `c` (or of its xcomp) names:
        "would take countermeasures if Washington pressed ahead" -> the United States."""
        return [a for x in [c, *[y for y in c.children if y.dep_ == "xcomp"]]
                for cond in x.children if cond.dep_ == "advcl" and any(
                    m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in cond.children)
                for sj in cond.children if sj.dep_ == "nsubj" for a in args.actors(sj)]

    def threat_clause(self, args: Arguments, head: Token) -> list[Arg]:
        """ "The IRGC said the Zionist regime will pay for this crime": a speaker's clause
        (with or without "that") whose subject will suffer a threatened act; its tense
        must be future or modal ("will", "would") so that reports of the past are not
        read as threats."""
        own = {i for t in head.children if t.dep_ == "nsubj" for i, _ in args.actors(t)}
        for c in head.children:
            if c.dep_ == "ccomp" and self._retaliates(c):
                # "warned that Pyongyang would take countermeasures if Washington pressed
                # ahead", "would not hesitate to launch an operation if the SDF failed to
                # disarm": whoever the condition names is threatened
                found = self._condition_subjects(args, c)
                if found:
                    return [(i, f * 0.8) for i, f in found if i not in own]
            if c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ in ("will", "would")
                                         for a in c.children):
                # "vowed that attacks on Israel would continue": the target of the attacks;
                # "their attacks will be met with overwhelming force": the attackers
                found = []
                for sj in c.children:
                    if sj.dep_ in ("nsubj", "nsubjpass") and self._is_attack(sj):
                        if c.lemma_ in ("continue", "resume", "intensify", "escalate"):
                            found = [a for p in sj.children if p.dep_ == "prep"
                                     and p.lower_ in ("on", "against") for q in pobjs(p)
                                     for a in args.actors(q)]
                        elif c.lemma_ == "meet" and any(
                                p.dep_ == "prep" and p.lower_ == "with" and any(
                                    q.lemma_.casefold() in THREATENED_ACTS for q in pobjs(p))
                                for p in c.children):
                            found = args.noun_agent(sj)
                if found:
                    return [(i, f * 0.8) for i, f in found if i not in own]
            if c.dep_ != "ccomp" or not self._undergoes(c):
                continue
            if not any(a.dep_ == "aux" and a.lower_ in ("will", "would", "'ll", "shall")
                       for a in c.children):
                continue
            found = [a for s in c.children if s.dep_ in ("nsubj", "nsubjpass")
                     for a in args.actors(s) or [
                         # "ships linked to Israel and the United States": whose they are;
                         # "any jets delivered to Ukraine": whose they would be
                         x for t in s.subtree if t.dep_ == "prep" and t.lower_ in ("to", "for")
                         and t.head.lemma_ in ("link", "tie", "connect", "belong", "bind",
                                               "deliver", "supply", "send", "give",
                                               "provide", "transfer", "ship")
                         for q in pobjs(t) for x in args.actors(q)]]
            return [(i, f * 0.8) for i, f in found if i not in own]
        return []

    @staticmethod
    def _status_ok(v: Token) -> bool:
        """ "recognised Abkhazia as an independent state", "recognised Guaido as interim
        president", "recognised its independence" (not "recognised the need for talks")."""
        if any(c.dep_ == "dobj" and c.lemma_.casefold() in STATEHOOD | {
                "state", "administration", "regime"} for c in v.children):
            return True  # ("recognised a Palestinian state", "the Taliban administration")
        comp = [c for c in v.children if c.dep_ in ("oprd", "xcomp")
                or (c.dep_ == "prep" and c.lower_ == "as")]
        comp += [c for d in v.children if d.dep_ == "dobj" for c in d.children
                 if c.dep_ == "prep" and c.lower_ == "as"]
        words = {t.lemma_.casefold() for c in comp for t in c.subtree}
        return bool(words & STATUS_WORDS)

    @staticmethod
    def _listing_ok(v: Token, trig: Trigger) -> bool:
        """ "designated the group as a terrorist organisation", "added 11 entities to its
        sanctions list": listing is a penalty only as a terrorist, sanctioned or black list;
        "designated Kenya a major ally" is not."""
        comp = [c for c in v.children if c.dep_ in ("oprd", "xcomp", "attr", "ccomp")
                or (c.dep_ == "prep" and c.lower_ == "as")]
        comp += [c for c in v.children if c.dep_ == "dobj"][1:]  # "designated X a Y"
        # ("declared X a terrorist group" as a small clause: its subject is not the label)
        words = {t.lemma_.casefold() for c in comp for t in (c.subtree if c.dep_ != "ccomp"
                 else [c, *[g for d in c.children if d.dep_ not in ("nsubj", "nsubjpass")
                            for g in d.subtree]])}
        if "tolist" in trig.flags:
            lists = [p for c in v.children if c.dep_ == "prep" and c.lower_ in ("to", "on")
                     for p in pobjs(c) if p.lemma_.casefold() in ("list", "blacklist")]
            words = {t.lemma_.casefold() for p in lists for t in p.subtree}
            return bool(lists) and bool(words & BLACKLIST_WORDS or "blacklist" in words)
        if not comp:
            return "complement" not in trig.flags
        return bool(words & BLACKLIST_WORDS)

    def _theme_ok(self, ctx: DocContext, args: Arguments, v: Token, trig: Trigger,
                  passive: bool) -> bool:
        """What is sent or supplied decides the relation: weapons and aid for
        SUPPORTS ("supplied drones to Russia"), troops for DEPLOYED_IN ("sent troops to")."""
        deps = ("nsubjpass",) if passive else ("dobj",)
        # "troops entered Khiam": the object is where, the theme is the mover
        mover = "forces" in trig.flags and "reverse" not in trig.flags and \
            "dobj" in trig.objects
        themes = [c for c in v.children if c.dep_ in deps and not mover]
        if passive:
            themes += [c for c in v.children if c.dep_ == "dobj"]  # "was given weapons"
        # "supply Armenia with howitzers": the recipient is the object, the theme follows "with"
        # ("turned to Russia for security support": what is sought follows "for")
        themes += [p for c in v.children if c.dep_ == "prep" and c.lower_ in ("with", "for")
                   for p in pobjs(c)]
        if passive and not themes and v.dep_ in ("acl", "amod"):
            themes = [v.head]
        if not passive and (mover or not any(c.dep_ == "dobj" for c in v.children)):
            # intransitive: "Lebanese troops moved into Khiam" (the mover is what is sent)
            themes += [c for c in v.children if c.dep_ == "nsubj"]
        # "two shipments of weapons", "thousands of troops": what the quantity is of
        themes += [p for t in list(themes) if t.lemma_.casefold() in CARRIERS | AMOUNTS
                   or t.like_num for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                   for p in pobjs(c)]
        for t in themes:
            for x in [t] + list(t.conjuncts):
                lemma = x.lemma_.casefold()
                if "material" in trig.flags and (lemma in MATERIAL or x.ent_type_ == "MONEY"):
                    return True
                if "forces" in trig.flags:
                    m = ctx.mention(x)
                    if lemma in FORCES | MILITARY_SITES or (m is not None and ctx.mentions[m].kind in (
                            "MilitaryForce", "ArmedGroup")):
                        return True
                    if lemma == "mission" and any(c.lemma_.casefold() in MISSION_KINDS
                                                  for c in x.children):
                        return True  # "has hosted an EU civilian monitoring mission"
                    if v.lemma_ in ("move", "relocate", "bring") and any(
                            self.lex.nominals.get(w.lemma_.casefold()) == "vehicle"
                            for w in [x, *x.children] if w.i <= x.i):
                        return True  # "moved nuclear-capable missiles into Belarus"
        return False

    def _with_examples(self, args: Arguments, objects: list[Arg], n: Token) -> list[Arg]:
        """`objects` and the named examples of noun `n` that are not among them yet."""
        seen = {o for o, _ in objects}
        return objects + [a for a in self._examples(args, n) if a[0] not in seen]

    @staticmethod
    def _examples(args: Arguments, n: Token) -> list[Arg]:
        """The named examples of a counted or plural noun: "eight officials, including X",
        "18 entities, among them X and Y", "firms such as X"."""
        out: list[Arg] = []
        for c in n.children:
            if c.dep_ == "prep" and prep_phrase(c) in ("including", "such as", "among"):
                if c.lower_ == "among" and not any(p.lower_ == "them" for p in pobjs(c)):
                    continue
                for p in pobjs(c):
                    if p.lower_ == "them":  # "among them X": X hangs on "them"
                        p = next((d for d in p.children if d.dep_ in ("appos", "conj")), p)
                    out += [(i, f * 0.8) for i, f in args.actors(p)]
            elif c.dep_ == "appos" and any(d.lower_ == "among" for d in c.children):
                out += [(i, f * 0.8) for i, f in args.actors(c)]
        doc, k = n.doc, n.right_edge.i
        while k > n.i and doc[k].is_punct:
            k -= 1
        j = k + 1
        if not out and j + 2 < len(doc) and doc[j].text == "," and (
                doc[j + 1].lower_ == "including" or (
                    doc[j + 1].lower_ == "among" and doc[j + 2].lower_ == "them")):
            # ", among them X" hung on the verb
            out += [(i, f * 0.7) for p in pobjs(doc[j + 1]) if p.lower_ != "them"
                    for i, f in args.actors(p)]
            if not out and doc[j + 2].lower_ == "them":
                # ("among them the Iran Aircraft ... Company" left hanging by the parser)
                nxt = next((t for t in doc[j + 3 : j + 12] if args.ctx.mention(t) is not None),
                           None)
                if nxt is not None:
                    head = doc[args.ctx.mentions[args.ctx.mention(nxt)].attributes.get(
                        "head", nxt.i)] if args.ctx.mentions[args.ctx.mention(nxt)].attributes.get(
                        "offset") == args.ctx.offset else nxt
                    out += [(i, f * 0.7) for i, f in args.actors(head)]
        if not out and n.dep_ == "dobj" and n.tag_ == "NNS":
            # "added 12 people to its sanctions list, including X" ("including" hung on
            # the verb, past its other phrase)
            out += [(i, f * 0.7) for c in n.head.children if c.dep_ == "prep" and c.i > n.i
                    and c.lower_ == "including" for p in pobjs(c) for i, f in args.actors(p)]
        return out

    def _facility_places(self, ctx: DocContext, args: Arguments, v: Token) -> list[Arg]:
        """ "stationed at bases in Kidal and Gao", "keeps troops at its naval facility in
        the port of Tartus", "pushed into the buffer zone in southern Syria", "based in
        towns such as Eyl": the places the base, area or towns named are in."""
        out: list[Arg] = []
        for c in v.children:
            if c.dep_ != "prep" or c.lower_ not in WHERE_PREPS:
                continue
            for p in pobjs(c):
                for q in [p, *p.conjuncts]:
                    lemma = "base" if q.lower_ == "bases" else q.lemma_.casefold()
                    if args.actors(q) or not {lemma, q.lower_} & (
                            FACILITIES | FACILITY_NAMES | AREA_NOUNS | PLACE_NOUNS):
                        continue
                    found = self._places_on(ctx, args, q)
                    if not found:
                        # "the port of Tartus", "towns such as Eyl and Garacad"
                        found = [(i, f * 0.7) for d in q.children if d.dep_ == "prep" and (
                            (d.lower_ == "of" and lemma in PLACE_NOUNS) or prep_phrase(d) in (
                                "such as", "including")) for x in pobjs(d)
                            for i, f in args.actors(x)
                            if ctx.mentions[i].kind in ("Location", "Country")]
                    if not found:
                        # "stationed at Estonia's Amari air base": whose base, else its name
                        found = [(i, f * 0.7) for dep in ("poss", "compound")
                                 for d in q.children if d.dep_ == dep
                                 for i, f in args.actors(d)
                                 if ctx.mentions[i].kind in ("Location", "Country")][:1]
                    out += [a for a in found if a[0] not in {o for o, _ in out}]
        return out

    def _visited_places(self, ctx: DocContext, args: Arguments, v: Token) -> list[Arg]:
        """ "visited troops in Bamenda", "visited wounded soldiers at a hospital in Surin",
        "visited the Teknaf border": the place of whom or what was visited."""
        def place(i: int) -> bool:
            return ctx.mentions[i].kind in ("Location", "Country")

        heads = [d for d in v.children if d.dep_ == "dobj"]
        heads += [p for c in v.children if c.dep_ == "prep" and c.lower_ in ("in", "at")
                  for p in pobjs(c)]
        for h in heads:
            named = args.actors(h)
            if named:
                if h.dep_ == "pobj" and all(place(i) for i, _ in named):
                    return [(i, f * 0.8) for i, f in named]
                if all(ctx.mentions[i].kind == "MilitaryForce" for i, _ in named):
                    # "visited German troops stationed in Lithuania": where they are
                    based = [a for c in h.children if c.dep_ == "acl" and c.lemma_ in (
                        "station", "base", "deploy", "post") for p in c.children
                        if p.dep_ == "prep" and p.lower_ in ("in", "at") for q in pobjs(p)
                        for a in args.actors(q) if place(a[0])]
                    if based:
                        return [(i, f * 0.8) for i, f in based]
                continue  # ("visited Putin in Moscow": the person is the object)
            found = self._places_on(ctx, args, h) or [
                (i, 0.6) for c in h.children if c.dep_ == "compound"
                for i in [ctx.mention(c)] if i is not None and place(i)]
            if not found:
                found = [a for c in h.children if c.dep_ == "prep" and c.lower_ == "at"
                         for p in pobjs(c) for a in self._places_on(ctx, args, p)]
            if found:
                return found
        return []

    def _target_places(self, ctx: DocContext, args: Arguments, tok: Token) -> list[Arg]:
        """Where a target noun is: on the noun ("targets in the Gaza Strip"), else after it
        on the verb the parser hung the place on: "attacked a post at Zouarke", "strikes
        on what it called infrastructure in X", "carried out strikes on targets in X"."""
        found = self._places_on(ctx, args, tok) or [
            # ("hit missile launchers and a drone depot in X": the place hangs on the last)
            a for c in tok.conjuncts if c.i > tok.i for a in self._places_on(ctx, args, c)]
        if found:
            return found
        heads = []
        if (tok.dep_ == "dobj" and tok.head.pos_ == "VERB") or (
                tok.dep_ in ("oprd", "attr") and tok.head.dep_ == "pcomp"
                and tok.head.lemma_ in CALLING):
            heads.append(tok.head)
        ev = tok.head.head if tok.dep_ == "pobj" else None
        if ev is not None and ev.pos_ == "NOUN" and ev.dep_ == "dobj" and \
                self.lex.noun_triggers(ev.lemma_.casefold()):
            heads.append(ev.head)
        for h in heads:
            found = [x for x in self._places_on(ctx, args, h)
                     if ctx.mentions[x[0]].start > ctx.offset + tok.idx]
            if found:
                return found
        return []

    @staticmethod
    def _places_on(ctx: DocContext, args: Arguments, tok: Token) -> list[Arg]:
        for c in tok.children:
            at_site = c.lower_ == "at" and (tok.lemma_ in TARGET_NOUNS | FACILITIES
                                            or tok.pos_ == "VERB")  # "a post at Zouarke"
            if c.dep_ == "prep" and (at_site or c.lower_ in (
                    "in", "across", "inside", "throughout", "on", "near", "around", "outside")):
                if tok.pos_ == "VERB" and any(t.pos_ == "VERB" for t in tok.doc[tok.i + 1 : c.i]):
                    continue  # "hit infrastructure used to plan the killing ... in X": a
                    # place after another verb belongs to that verb, whatever the parse says
                for p in pobjs(c):
                    if p.lemma_.casefold() in OUTSKIRTS:
                        # "sites on the outskirts of Damascus"
                        p = next((q for d in p.children if d.dep_ == "prep"
                                  and d.lower_ == "of" for q in pobjs(d)), p)
                    found = args.actors(p)
                    if not found and p.lemma_.casefold() in PLACE_NOUNS:
                        # "in the port of Tartus"
                        found = [a for d in p.children if d.dep_ == "prep" and d.lower_ == "of"
                                 for x in pobjs(d) for a in args.actors(x)]
                    if not found and p.lower_ in CITY_PARTS | OUTSKIRTS:
                        # "in Beirut's southern suburbs"
                        found = [a for d in p.children if d.dep_ == "poss"
                                 for a in args.actors(d)]
                    if not found and at_site and p.pos_ == "NOUN" and ctx.mention(p) is None:
                        # "killed 38 worshippers at a mosque in Tillaberi": where the site is
                        found = [a for d in p.children if d.dep_ == "prep"
                                 and d.lower_ in ("in", "near", "outside")
                                 for x in pobjs(d) for a in args.actors(x)]
                    a = [(i, f * 0.7) for i, f in found
                         if ctx.mentions[i].kind in ("Location", "Country")]
                    if a:
                        return a
        return []

    def owner_objects(self, ctx: DocContext, args: Arguments, tok: Token, target: bool) -> list[Arg]:
        """ "criticized the EU's aid plan" -> EU; "attacked an AU base" -> AU; "killed
        their leader" -> them (a leader or commander stands for the group)."""
        lemma = tok.lemma_.casefold()
        if lemma in ("ally", "partner", "friend", "neighbour", "neighbor", "counterpart"):
            # "stands with our ally": the ally, whoever it is, not "us"; but "our Estonian
            # allies" are Estonia
            return [a for c in tok.children if c.dep_ in ("amod", "compound") and c.i < tok.i
                    for a in args.actors(c) if ctx.mentions[a[0]].kind == "Country"]
        if target and (lemma in ATTACK_WORDS or lemma in ("counter-attack", "counterattack",
                                                          "counteroffensive", "advance")):
            # "repelled an attack by the RSF": the attackers
            return [(i, f * 0.8) for i, f in args.noun_agent(tok)]
        if target and lemma in LEADER_NOUNS:
            a = self.led_group(ctx, args, tok)
            if a:
                return a
        if lemma in DONE_TO and not target:
            return []  # "opposes the disarmament of Hezbollah": what would be done to it
        if lemma in OWN_STANDING and not target and not any(
                c.dep_ == "poss" and c.pos_ != "PRON" for c in tok.children):
            # "froze its membership of the CSTO": no act against the owner; but "suspended
            # Sudan's membership" is
            return []
        if not target and (any(lemma in ns for ns in deed_nouns().values()) or any(
                "light" not in t.flags for t in self.lex.noun_triggers(lemma))):
            # "condemned atrocities committed by the RSF", "the killings carried out by X"
            by = [(i, f * 0.8) for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN"
                  for a in c.children if a.dep_ == "agent" for p in pobjs(a)
                  for i, f in args.actors(p) if ctx.mentions[i].kind != "Location"]
            if by:
                return by
        if any("light" not in t.flags for t in self.lex.noun_triggers(lemma)) and not target:
            # (a noun that names an act only after a light verb, "held positions", is a
            # plain noun here: "backed the negotiating position of Hamas")
            # "condemned the seizure by Israeli forces", "Russia's invasion": its agent;
            # "condemned attacks on US forces": the attackers are not named
            agents = [(i, f * 0.8) for i, f in args.noun_agent(tok)]
            if not agents and any(t.relation in SYMMETRIC for t in self.lex.noun_triggers(
                    lemma)) and any(t.relation in ("CRITICIZES", "OPPOSES")
                                    for t in self.lex.verb_triggers(tok.head.lemma_)):
                # "condemned the military cooperation between North Korea and Russia": both
                agents = [(i, f * 0.7) for c in tok.children if c.dep_ == "prep"
                          and c.lower_ == "between" for p in pobjs(c)
                          for i, f in args.actors(p)]
            return agents or self._made_by(ctx, args, tok)
        if target and lemma in TARGET_NOUNS | FACILITIES:
            # "struck camps run by Lashkar-e-Taiba", "a base used by the militia": whoever
            # runs the place is the target ("Houthi-held ports" too)
            held = [a for c in tok.children if c.dep_ == "amod" and c.i < tok.i and
                    c.lemma_ in HELD | {"operate"}
                    for g in c.children if g.dep_ in ("npadvmod", "compound", "nmod")
                    for a in args.actors(g)]
            if held:
                return [(i, f * 0.8) for i, f in held]
            for c in tok.children:
                if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_ in OPERATE | LINKED:
                    # ("ships linked to Israel")
                    found = [a for g in c.children if g.dep_ == "agent" or (
                        g.dep_ == "prep" and g.lower_ == "to" and c.lemma_ in LINKED)
                        for p in pobjs(g) for a in args.actors(p)]
                    if found:
                        return [(i, f * 0.8) for i, f in found]
        deed = not target and any(lemma in ns for ns in deed_nouns().values())
        order = ("prep:for", "compound", "nmod", "amod", "poss", "prep:of", "place") if target \
            else ("poss", "prep:by", "nmod", "compound", "amod") if deed \
            else ("poss", "nmod", "compound", "amod", "prep:of", "prep:by")
        # ("condemned the detention of U.N. personnel by the Houthis": what a deed was
        # done to is no author of it)
        for slot in order:
            if slot == "place":
                # "struck targets in the Gaza Strip", "a base in northern Burkina Faso"
                if lemma in TARGET_NOUNS:
                    a = self._target_places(ctx, args, tok)
                    if a:
                        return a
                continue
            for c in tok.children:
                if slot.startswith("prep:"):
                    if c.dep_ == "prep" and c.lower_ == slot[5:]:
                        for p in pobjs(c):
                            # ("the assets of eight entities, among them X")
                            a = args.actors(p) or self._examples(args, p)
                            if a and (slot != "prep:for" or any(
                                    ctx.mentions[i].kind == "MilitaryForce" for i, _ in a)):
                                return [(i, f * 0.8) for i, f in a]
                elif c.dep_ == slot and c.i < tok.i:
                    a = args.actors(c)
                    if not a:
                        # "the AU military base": compound chain
                        for g in c.children:
                            if g.dep_ in ("compound", "amod", "nmod"):
                                a = args.actors(g)
                                if a:
                                    break
                    if a:
                        # (a place's name on a facility is where it is: "the Engels air
                        # base"; an owner's is the owner: "the AU military base")
                        return [(i, f * 0.8) for i, f in a
                                if ctx.mentions[i].kind != "Location" or (
                                    target and slot == "compound"
                                    and lemma in FACILITY_NAMES) or (
                                    # ("pounded Kyiv's power grid": the city)
                                    target and slot == "poss"
                                    and ctx.mentions[i].attributes.get("capital_of"))]
        if not target and lemma in PROPOSALS and any(
                c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children):
            # "Spain also backs the plan": the plan the article said was Morocco's
            here = ctx.offset + tok.idx
            before = [who for at, who in args.memory.get("owned", {}).get(lemma, ())
                      if at < here]
            if before:
                return [(i, 0.6) for i in before[-1]]
        if not target and lemma in ("asset", "property", "fund", "account", "holding"):
            # "froze any assets Hezbollah holds in the United States": their holder
            held = [(i, f * 0.8) for c in tok.children if c.dep_ == "relcl"
                    and c.lemma_ in ("hold", "own", "have") for sj in c.children
                    if sj.dep_ == "nsubj" for i, f in args.actors(sj)
                    if ctx.mentions[i].kind != "Location"]
            if held:
                return held
        return [] if target else self._made_by(ctx, args, tok)

    @staticmethod
    def _made_by(ctx: DocContext, args: Arguments, tok: Token) -> list[Arg]:
        """ "the law that Finland passed", "the sanctions the EU imposed": its maker."""
        lemma = tok.lemma_.casefold()
        if lemma not in OWNED_MEASURES | PROPOSALS | {"offer", "statement", "remark"}:
            return []
        # "the offer made last week by Seoul", "the resolution drafted by Norway": the agent
        by = [(i, f * 0.7) for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN"
              for a in c.children if a.dep_ == "agent" for p in pobjs(a)
              for i, f in args.actors(p) if ctx.mentions[i].kind != "Location"]
        if by or lemma not in OWNED_MEASURES:
            return by
        return [(i, f * 0.7) for c in tok.children if c.dep_ in ("relcl", "acl")
                and c.lemma_ in MAKING and not any(d.dep_ == "neg" for d in c.children)
                for sj in c.children if sj.dep_ == "nsubj" and sj.tag_ not in ("WDT", "WP")
                for i, f in args.actors(sj) if ctx.mentions[i].kind != "Location"]

    @staticmethod
    def led_group(ctx: DocContext, args: Arguments, tok: Token) -> list[Arg]:
        """The group a leader noun names the leader of: "their leader", "the Hamas
        commander", "the leader of al-Shabaab" (not a state: its leader is no attack)."""
        if tok.lemma_.casefold() not in LEADER_NOUNS:
            return []
        for c in tok.children:
            if (c.dep_ in ("poss", "compound", "nmod", "amod") and c.i < tok.i) or (
                    c.dep_ == "prep" and c.lower_ == "of"):
                owners = pobjs(c) if c.dep_ == "prep" else [c]
                a = [(i, f * 0.7) for p in owners for i, f in args.actors(p)
                     if ctx.mentions[i].kind in ("ArmedGroup", "Organization", "MilitaryForce")]
                if a:
                    return a
        return []

    # --------------------------------------------------------------- nouns
    def light_verb(self, n: Token) -> Token | None:
        """The verb whose subject is the agent of event noun `n`: "carried out
        (a number of) air strikes", "held talks", "imposed sanctions"."""
        t = n
        while t.dep_ == "conj" and t.head != t:
            t = t.head
        # "a number of air strikes", "billions of dollars in military aid", "a new
        # package of military assistance": the event hangs under a quantity
        for _ in range(3):
            if t.dep_ == "pobj" and t.head.lower_ in ("of", "in", "worth") and (
                    t.head.head.lemma_.casefold() in QUANTITY or t.head.head.tag_ == "CD"
                    or any(c.dep_ == "nummod" for c in t.head.head.children)):
                t = t.head.head
            else:
                break
        if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_ in (
                "return", "reimposition", "restoration", "reinstatement") and \
                t.head.head.dep_ in ("dobj", "nsubjpass"):
            t = t.head.head  # "would trigger the return of U.N. sanctions on Tehran"
        if t.dep_ == "pobj" and t.head.lower_ == "in" and t.head.dep_ == "prep" and any(
                c.dep_ == "dobj" and (c.ent_type_ == "MONEY" or c.lemma_ in QUANTITY)
                for c in t.head.head.children):
            # "provided billions of dollars in military aid"
            t = next(c for c in t.head.head.children if c.dep_ == "dobj")
        if t.dep_ == "pobj" and t.head.lower_ == "to" and t.head.head.lemma_ == "agree" and \
                t.lemma_.casefold() in AGREEMENTS | {"ceasefire", "truce"}:
            return t.head.head  # "Hamas agreed to a ceasefire with Israel" (not to talks)
        if t.dep_ == "ROOT" and t.pos_ == "NOUN":
            # "Lee held talks with Xi": the parser can make the noun the root and the
            # verb, with its subject, a modifier before it
            held = [c for c in t.lefts if c.dep_ == "amod" and c.tag_ in ("VBD", "VBN")
                    and c.i == t.i - 1 and any(g.dep_ == "nsubj" for g in c.children)
                    and self.lex.light_verbs.get(c.lemma_.casefold()) is not None]
            light = self.lex.light_verbs.get(held[0].lemma_.casefold()) if held else None
            if held and not (light[0] if isinstance(light, tuple) else light):
                return held[0]
        rel = next((c for c in signing_clauses(t) if not any(
            g.dep_ == "dobj" and g.tag_ not in ("WDT", "WP", "IN") for g in c.children)), None)
        if rel is not None:
            # "the 2019 accord the GNU signed with Turkey": the light verb of a clause on
            # the noun, with no object of its own
            return rel
        if t.dep_ not in ("dobj", "nsubjpass"):
            return None
        v = t.head
        light = self.lex.light_verbs.get(v.lemma_.casefold())
        low = v.lower_
        if light is None and v.tag_ in ("VBD", "VBN") and low.endswith("ed"):
            # the tagger's lemma can be wrong ("waged" -> "wag"): the form decides
            form = next((f for f in (low[:-1], low[:-2]) if f in self.lex.light_verbs), None)
            light = self.lex.light_verbs.get(form) if form else None
        if light is None:
            return None
        particle = light[0] if isinstance(light, tuple) else light
        if particle and not any(c.lower_ == particle for c in v.children):
            return None
        return v

    @staticmethod
    def _noun_preps(ctx: DocContext, n: Token, trig: Trigger) -> list[Token]:
        """The dependents of an event noun, and for an agreement or a movement those of
        its "of" phrase too: "a memorandum of understanding with X", "the withdrawal of
        troops from X" (the parser hangs the preposition on the inner noun)."""
        out = list(n.children)
        if trig.relation in ("COOPERATES_WITH", "MEETS", "DEPLOYED_IN", "WITHDRAWS_FROM") or (
                n.lemma_ == "snapback"):  # ("the snapback of sanctions on Iran")
            out += [g for c in n.children if c.dep_ == "prep" and c.lower_ == "of"
                    for q in pobjs(c) if q.pos_ == "NOUN" and ctx.mention(q) is None
                    for g in q.children]
        if n.dep_ == "pobj" and n.head.lower_ == "of" and n.i == n.head.i + 1 and (
                n.head.head.lemma_.casefold() in QUANTITY or n.head.head.tag_ == "CD"):
            # "imposed 18 rounds of sanctions on Russia": the target hung on the quantity
            out += [c for c in n.head.head.children if c.dep_ == "prep" and c.i > n.i]
        if n.dep_ == "nsubj" and n.head.lemma_ in ("erupt", "break", "continue", "rage",
                                                  "intensify", "resume", "flare"):
            # "heavy fighting erupted between X and Y": the pair hangs on the verb
            out += [c for c in n.head.children if c.dep_ == "prep" and c.lower_ in (
                "between", "with")]
            # ("erupted in Sweida city between X and Y": or on the place before it)
            out += [g for c in n.head.children if c.dep_ == "prep" and c.lower_ == "in"
                    for q in pobjs(c) for g in q.children
                    if g.dep_ == "prep" and g.lower_ == "between"]
        out += [c for r in signing_clauses(n) for c in r.children
                if c.dep_ == "prep" and c.lower_ == "with"]
        if n.dep_ == "dobj":
            # "held talks with Hamas and separately with an Israeli team": the second
            # phrase hangs on the verb, after "and"
            v = n.head
            out += [c for c in v.children if c.dep_ == "prep" and c.i > n.i and any(
                d.dep_ == "cc" and n.i < d.i < c.i for d in v.children)]
        return out

    def noun_event(self, ctx: DocContext, args: Arguments, n: Token, trig: Trigger) -> Iterator[Found]:
        if trig.relation == "DEPLOYED_IN" and n.lemma_.casefold() in EXERCISES and \
                n.dep_ in ("nsubj", "nsubjpass"):
            return  # "the Zapad-2025 exercises are being held in Belarus": no one named
        if trig.relation == "DEPLOYED_IN" and n.lemma_ == "position" and not (
                n.dep_ == "dobj" and n.head.lemma_ in ("hold", "maintain", "keep", "occupy",
                                                       "establish", "man", "take")):
            return  # "still hold five positions inside Lebanon" (not "struck positions")
        if (trig.relation == "ATTACKS" or (trig.relation == "THREATENS" and n.lemma_.casefold()
                                            in label_words())) and (
                (n.dep_ in ("oprd", "attr", "xcomp") and n.head.lemma_ in LABELLING) or (
                    n.dep_ == "pobj" and n.head.lower_ == "as" and (
                        n.head.head.lemma_ in LABELLING or
                        n.head.head.head.lemma_ in LABELLING))):
            return  # "called the legislation a direct attack on the order", "described
            # the sanctions as an attack on Georgian sovereignty", "called the deployment a
            # threat to NATO": a label (not a warning: "called the drill a warning to X")
        if trig.relation == "SUPPORTS" and n.lemma_.casefold() in BACKING and (
                (n.dep_ == "dobj" and n.head.lemma_ in RECEIVING) or (
                    n.dep_ == "pobj" and n.head.lower_ == "with"
                    and n.head.head.pos_ in ("VERB", "AUX"))):
            return  # "had the backing of Moscow", "came to power with the backing of X":
            # read by received_support
        if "material" in trig.flags and not any(
                t.lemma_.casefold() in MATERIAL or t.ent_type_ == "MONEY"
                for c in n.children if c.dep_ == "compound" or (
                    c.dep_ == "prep" and c.lower_ == "of")
                for t in ([c] if c.dep_ == "compound" else pobjs(c))):
            return  # "the sale of weapons to Abuja" (not the sale of a company)
        if n.dep_ == "compound" and trig.relation not in ("ATTACKS",):
            h = n.head
            if h.pos_ == "NOUN" and h.dep_ != "compound" and h.lemma_.casefold() in CARRIERS \
                    and not self.lex.noun_triggers(h.lemma_.casefold()):
                # "a military aid package for Kyiv", "an economic aid plan for Iran": the
                # event's arguments hang on the noun it modifies
                yield from self.noun_event(ctx, args, h, trig)
            return
        # objects
        objects: list[Arg] = []
        prep = None
        pairs: list[tuple[Arg, Arg]] = []
        if trig.relation in SYMMETRIC:
            # "direct Russian-Ukrainian talks", "U.S.-Iran talks": the two sides
            for c in n.children:
                if c.dep_ not in ("compound", "amod", "nmod") or c.i > n.i:
                    continue
                for g in c.children:
                    if g.dep_ in ("compound", "amod", "nmod", "npadvmod") and g.i < c.i and \
                            any(t.text in ("-", "\u2013") for t in n.doc[g.i + 1 : c.i]):
                        pairs += [(x, y) for x in args.actors(g, conj=False)
                                  for y in args.actors(c, conj=False)
                                  if identity(ctx, x[0]) != identity(ctx, y[0])]
        for slot in trig.objects:
            if slot == "between":
                for c in self._noun_preps(ctx, n, trig):
                    if c.dep_ == "prep" and c.lower_ == "between":
                        # each conjunct is a side ("between M23 and a coalition of the army,
                        # Burundian troops and militias": the coalition's members are one)
                        sides = [side for p in pobjs(c) for d in [p, *p.conjuncts]
                                 for side in [args.actors(d, conj=False)] if side]
                        if len(sides) < 2 or sum(len(x) for x in sides) != len(
                                [a for p in pobjs(c) for a in args.actors(p)]):
                            sides = [[a] for p in pobjs(c) for a in args.actors(p)]
                        for i in range(len(sides)):
                            for j in range(i + 1, len(sides)):
                                pairs += [(a, b) for a in sides[i] for b in sides[j]]
                        prep = c
                if pairs:
                    break
                continue
            if slot == "acl":
                for c in n.children:
                    if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB":
                        for d in c.children:
                            if d.dep_ == "dobj":
                                objects += args.actors(d)
                                if not objects and "owner" in trig.flags and \
                                        c.lemma_ in ("target", "hit", "cover"):
                                    # "sanctions targeting Russia's shadow fleet"
                                    objects += self.owner_objects(ctx, args, d, False)
                if objects:
                    break
                continue
            if slot == "under":
                if n.dep_ == "pobj" and n.head.lower_ == "under":
                    v = n.head.head
                    objects += [a for c in v.children if c.dep_ in ("nsubj", "nsubjpass")
                                for a in args.actors(c)]
                if objects:
                    break
                continue
            if slot == "that":
                if trig.relation == "CRITICIZES":
                    # "accusations that the UAE was supplying the RSF": the accused
                    objects += [a for c in n.children if c.dep_ in ("acl", "ccomp") and any(
                        m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                        for s in c.children if s.dep_ in ("nsubj", "nsubjpass")
                        for a in args.actors(s)]
                else:
                    objects += self.clause_objects(args, n)
                if objects:
                    break
                continue
            word = slot[5:]
            for c in self._noun_preps(ctx, n, trig):
                if c.dep_ == "prep" and c.lower_ == word:
                    for p in map(self._counted, pobjs(c)):
                        if p.lemma_.casefold() in ON_WHOSE_WORD:
                            continue  # "ordered the strike on the recommendation of X"
                        objects += args.actors(p)
                        if not objects and ("owner" in trig.flags or "target" in trig.flags):
                            objects += self.owner_objects(ctx, args, p, "target" in trig.flags)
                        if trig.relation in ("SANCTIONS", "ATTACKS", "CRITICIZES"):
                            objects = self._with_examples(args, objects, p)
                    prep = c
            if objects:
                break
        if not objects and not pairs and n.dep_ == "conj":
            # "a missile and drone attack on X": the preposition hangs on the first conjunct
            first = n
            while first.dep_ == "conj" and first.head != first:
                first = first.head
            for slot in trig.objects:
                if slot.startswith("prep:"):
                    for c in first.children:
                        if c.dep_ == "prep" and c.lower_ == slot[5:]:
                            for p in pobjs(c):
                                objects += args.actors(p)
                                if not objects and trig.flags & {"target", "owner"}:
                                    objects += self.owner_objects(ctx, args, p,
                                                                  "target" in trig.flags)
                            prep = c
                    if objects:
                        break
        if not objects and not pairs and trig.relation == "SUPPORTS" and n.dep_ == "pobj" \
                and n.head.lower_ == "in":
            # "opened fire on Israel in support of its ally Hamas": what is supported
            for c in n.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    objects += [a for p in pobjs(c) for a in args.actors(p)]
                    prep = c
        light = self.light_verb(n)
        if "light" in trig.flags and light is None:
            return  # "restored relations with X", not "its relations with X soured"
        if not objects and not pairs and trig.relation == "SUPPORTS":
            # "provided support for the operation": for whoever carried it out
            acts = [p for h in (n, light) if h is not None for c in h.children
                    if c.dep_ == "prep" and c.lower_ == "for" for p in pobjs(c)
                    if p.pos_ == "NOUN" and ctx.mention(p) is None]
            for p in acts[:1]:
                objects = self.act_authors(ctx, args, p)
        answered = False
        if not objects and not pairs and trig.relation == "DEMANDS" and n.dep_ == "dobj" and \
                n.head.lemma_ in ANSWERING and not any(c.dep_ == "neg" for c in n.head.children):
            # "Moscow rejected Kyiv's call for a truce": the call was made on whoever
            # answers it
            objects = [(i, f * 0.8) for i, f in args.clause_subjects(n.head)]
            answered = True
        if not objects and not pairs and trig.relation == "SANCTIONS":
            # "new sanctions over Pyongyang's military cooperation with Moscow": whose act
            objects = [a for h in (n, light) if h is not None for c in h.children
                       if c.dep_ == "prep" and c.lower_ == "over"
                       for p in pobjs(c) for a in args.noun_agent(p)]
        if not objects and not pairs and trig.relation in ("SANCTIONS", "ATTACKS"):
            # "Moscow has been hit by 17 rounds of EU restrictive measures", "the town was
            # struck by Russian drones": the one the passive verb's subject names
            by = n
            if by.dep_ == "pobj" and by.head.lower_ == "of" and by.head.head.dep_ == "pobj":
                by = by.head.head  # ("rounds of measures", "waves of strikes")
            if by.dep_ == "pobj" and by.head.dep_ == "agent" and \
                    by.head.head.lemma_ in ("hit", "target", "affect", "punish", "squeeze") \
                    and not any(c.dep_ == "neg" for c in by.head.head.children):
                objects = [a for c in by.head.head.children if c.dep_ == "nsubjpass"
                           for a in args.actors(c)]
        if not objects and not pairs and light is not None:
            # "provided billions of dollars in aid to Kyiv": the object hangs on the verb
            for slot in trig.objects:
                if slot.startswith("prep:"):
                    for c in light.children:
                        if c.dep_ in ("prep", "dative") and c.lower_ == slot[5:]:
                            for p in map(self._counted, pobjs(c)):
                                objects += args.actors(p)
                                if not objects and trig.flags & {"target", "owner"}:
                                    # "opened fire on a military post in X", "imposed
                                    # sanctions on Iranian airlines"
                                    objects += self.owner_objects(ctx, args, p,
                                                                  "target" in trig.flags)
                            prep = c
                        elif c.dep_ == "dative" and c.pos_ in ("NOUN", "PROPN") and \
                                slot in ("prep:to", "prep:for") and n.dep_ == "dobj":
                            # "gives the Houthis political backing": the receiver first
                            objects += args.actors(c)
                    if objects:
                        break
        if not objects and not pairs and n.dep_ == "pobj" and n.head.lower_ == "with" and \
                n.head.head.pos_ == "VERB":
            # "responded with air strikes on villages in X": the target hangs on the verb
            v = n.head.head
            for slot in trig.objects:
                if slot.startswith("prep:"):
                    for c in v.children:
                        if c.dep_ == "prep" and c.lower_ == slot[5:] and c.i > n.i:
                            for p in pobjs(c):
                                objects += args.actors(p)
                                if not objects and "target" in trig.flags:
                                    objects += self.owner_objects(ctx, args, p, True)
                            prep = c
                    if objects:
                        break
        # "the AU military base attack": a compound target
        if not objects and not pairs and "place" in trig.flags and light is not None and \
                trig.relation == "DEPLOYED_IN":
            # "the island, where it has maintained a garrison since the 1970s"
            objects = self._where_place(ctx, light)
        if not objects and not pairs and "target" in trig.flags:
            for c in n.children:
                if c.dep_ == "compound" and c.lemma_ in FACILITIES:
                    objects = self.owner_objects(ctx, args, c, True)
        if trig.relation == "SUPPORTS" and n.lemma_.casefold() == "side":
            # "held the Syrian side of Mount Hermon": a side of a place backs no one
            objects = [(o, f) for o, f in objects if ctx.mentions[o].kind != "Location"]
        if trig.relation == "MEETS" and n.lemma_.casefold() == "call" and any(
                c.dep_ == "prep" and c.lower_ == "for" for c in n.children):
            return  # "renewed their call for a truce": a demand, no phone call
        if not objects and not pairs and trig.relation in SYMMETRIC and light is not None \
                and not any(c.dep_ == "amod" and c.lower_ in SEVERAL for c in n.children):
            # "Russia and North Korea signed a pact", "the two leaders held talks" (but
            # "Chile and Ireland filed similar declarations": each its own)
            subj = args.clause_subjects(light)
            for a in range(len(subj)):
                for b in range(a + 1, len(subj)):
                    pairs.append((subj[a], subj[b]))
        if not objects and not pairs and trig.relation == "OPPOSES" and \
                n.lemma_.casefold() in MUTUAL_HOSTILITY and n.dep_ == "pobj" and \
                n.head.lower_ == "at" and n.head.head.lemma_ in ("be", "remain", "stay"):
            # "Kosovo and Serbia remain at odds", "Ethiopia and Eritrea were at war": each
            # against the other
            sides = args.clause_subjects(n.head.head)
            pairs = [(a, b) for a in sides for b in sides
                     if identity(ctx, a[0]) != identity(ctx, b[0])]
        if not objects and not pairs:
            return
        subjects, via_light = self.noun_subjects(ctx, args, n, trig, light,
                                                 exclude={o for o, _ in objects})
        body = ctx.mention(n)
        if body is not None and n.lemma_.casefold() in LED_BODIES and \
                ctx.mentions[body].kind in ("Organization", "MilitaryForce"):
            # "the U.S.-led coalition against Islamic State": the coalition opposes it (its
            # leader leads the coalition)
            subjects, via_light = [(body, 1.0)], False
        withheld = light is not None and not via_light and trig.relation == "SUPPORTS" and \
            light.lemma_ in WITHHOLDING and n.lemma_.casefold() in MATERIAL and \
            self.lex.light_effects.get(light.lemma_.casefold()) == "negative" and \
            not any(c.dep_ == "neg" for c in light.children)
        modal = carrier = None
        if not via_light and light is not None:
            # "end Iran's presence": the light verb is someone else's act (but "would
            # trigger the return of U.N. sanctions": sanctions that are not there yet)
            if self.lex.light_effects.get(light.lemma_.casefold()) != "negative":
                modal = flags_for(light, self.lex)
                carrier = light
            light = None
        flags = flags_for(n, self.lex, light)
        if modal is not None and modal.modality != "asserted" and flags.modality == "asserted":
            flags = modal
        effect = self.lex.light_effects.get(light.lemma_.casefold()) if light is not None \
            else None
        if effect == "negative" and trig.relation in ("MEETS", "VISITS") and (
                light.lemma_ in ("end", "conclude", "finish", "complete", "wrap") or any(
                    c.lower_ == "short" for c in light.children)):
            effect = None  # "ended five days of talks with X", "cut short a visit to X":
            # the talks and the visit took place
        relation = trig.relation
        if withheld:
            # "an order cutting U.S. aid to South Africa": the owner of the aid withholds it
            relation = "SANCTIONS"
        if effect == "negative" and relation == "DEPLOYED_IN" and \
                light.lemma_ in ("end", "conclude", "complete", "terminate", "wind"):
            # "MINUSMA ended its decade-long deployment": it withdrew
            relation, effect = "WITHDRAWS_FROM", None
        if effect == "negative" and relation == "SUPPORTS" and \
                light.lemma_ in WITHHOLDING and n.lemma_.casefold() in MATERIAL:
            # "Washington suspended most of its aid to Niger": a penalty, not a lack of aid
            relation, effect = "SANCTIONS", None
        if effect:
            # "revoked agreements with" (negative), "is preparing sanctions against" (planned)
            flags.apply(effect, light.lemma_)
        if answered:
            # (the call was made, whatever its answer: "rejected Kyiv's call")
            flags.polarity = "positive"
        words = [n] + [c for c in n.children if c.dep_ in ("compound",) and c.pos_ == "NOUN"]
        if prep is not None:
            words.append(prep)
        if light is not None:
            words += [light] + [c for c in light.children if c.dep_ in ("aux", "auxpass", "neg",
                                                                        "prt")]
        base = trig.confidence
        held = n.head.head if n.dep_ == "pobj" and n.head.lower_ == "of" and \
            n.head.head.lemma_ in QUANTITY else n  # ("hosted three rounds of talks")
        if pairs and relation == "MEETS" and held.dep_ == "dobj" and held.head.lemma_ in (
                "host", "mediate", "broker", "facilitate", "convene"):
            # "Qatar has hosted direct talks between Kinshasa and the M23": the host meets
            # both sides
            sides = list(dict.fromkeys(x for pair in pairs for x in pair))
            hosts = [h for h in args.clause_subjects(held.head)
                     if ctx.mentions[h[0]].kind != "Location"
                     and h[0] not in {x for x, _ in sides}]
            pairs = pairs + [(h, x) for h in hosts for x in sides]
        for (s, fs), (o, fo) in pairs:
            yield Found(s, relation, o, n, words, flags, base * fs * fo, "noun-between",
                        light)
            if relation not in SYMMETRIC and prep is not None and prep.lower_ == "between":
                # "the war between the army and the RSF": each side opposes the other
                yield Found(o, relation, s, n, words, flags, base * fs * fo,
                            "noun-between", light)
        mutual = relation == "OPPOSES" and prep is not None and prep.lower_ == "with" \
            and n.lemma_.casefold() in MUTUAL_HOSTILITY
        for s, fs in subjects:
            for o, fo in objects:
                yield Found(s, relation, o, n, words, flags, base * fs * fo,
                            "noun-light" if light is not None else "noun", light,
                            carrier=carrier)
                if mutual and s != o:
                    # "the RSF, at war with the army since April": each side opposes the other
                    yield Found(o, relation, s, n, words, flags, base * fs * fo * 0.9,
                                "noun-mutual", light)

    def noun_subjects(self, ctx: DocContext, args: Arguments, n: Token, trig: Trigger,
                      light: Token | None, exclude: set[int]) -> tuple[list[Arg], bool]:
        """The agent of an event noun, and whether it came from its light verb."""
        own = self._own_subjects(ctx, args, n, trig, exclude)
        if own:
            # "Iran will impose its sanctions": the light verb is the owner's own act
            same = light is not None and {i for i, _ in own} & {
                i for i, _ in args.clause_subjects(light)}
            return own, bool(same)
        if light is not None:
            subj = args.clause_subjects(light) if light.dep_ != "amod" else [
                a for c in light.children if c.dep_ == "nsubj" for a in args.actors(c)]
            s = [(i, f * 0.95) for i, f in subj if i not in exclude]
            return s, True
        if n.dep_ == "pobj" and n.head.lower_ == "under" and trig.relation == "ATTACKS":
            # "came under attack by Kataib Hezbollah" ("by" hung on the verb)
            by = [a for c in n.head.head.children if c.dep_ in ("prep", "agent")
                  and c.lower_ == "by" for p in pobjs(c) for a in args.actors(p)
                  if a[0] not in exclude]
            if by:
                return by, False
        shown = n.head.head if n.dep_ == "pobj" and n.head.lower_ == "of" else None
        if shown is not None and shown.lemma_ in ("show", "sign", "gesture", "display",
                                                  "demonstration", "expression") and \
                shown.dep_ == "pobj" and shown.head.lower_ in ("in", "as") and \
                shown.head.head.pos_ in ("VERB", "AUX"):
            # "visited Nuuk in a show of support for Denmark": the visitor's
            return [(i, f * 0.8) for i, f in args.clause_subjects(shown.head.head)
                    if i not in exclude], False
        context = self._context_subjects(ctx, args, n, trig, exclude)
        if not context and trig.relation == "ATTACKS" and n.tag_ == "NNS" and \
                n.dep_ == "pobj" and n.head.lower_ in CIRCUMSTANTIAL:
            # "despite repeated strikes on Odesa": the war's attacker, as the article told
            # it so far (the last attack with an agent)
            here = ctx.offset + n.idx
            earlier = [(at, s_) for r, s_, _, at in args.memory.get("events", [])
                       if r == "ATTACKS" and at < here and s_ not in exclude]
            if earlier:
                context = [(max(earlier)[1], 0.5)]
        return context, False

    def _own_subjects(self, ctx: DocContext, args: Arguments, n: Token, trig: Trigger,
                      exclude: set[int]) -> list[Arg]:
        for slot in trig.subjects:
            found: list[Arg] = []
            if slot == "from*":
                # "under threat of provocations and attacks from X": anywhere in the phrase
                for d in n.subtree:
                    if d.dep_ == "prep" and d.lower_ == "from" and d is not n:
                        for p in pobjs(d):
                            found += args.actors(p)
            elif slot.startswith("prep:"):
                for c in n.children:
                    if c.dep_ in ("prep", "agent") and c.lower_ == slot[5:]:
                        for p in pobjs(c):
                            found += args.actors(p)
            else:
                for c in n.children:
                    if slot == "amod" and c.dep_ == "amod" and c.lemma_ == "lead" and c.i < n.i:
                        # "the Hamas-led attack": the leader acts
                        found += [a for g in c.children if g.i < c.i
                                  for a in args.actors(g)]
                        continue
                    # "an EU economic aid plan": spaCy's nmod is a compound name
                    if (c.dep_ == slot or (slot == "compound" and c.dep_ == "nmod")) and \
                            c.i < n.i:
                        a = args.owner_actors(c, n) if c.dep_ == "poss" else args.actors(c)
                        if not a and slot == "compound" and ctx.mention(c) is None:
                            # "a Russian drone strike": the owner of the weapon
                            a = [x for g in c.children if g.dep_ in ("amod", "poss")
                                 and g.i < c.i for x in args.actors(g)
                                 if ctx.mentions[x[0]].kind != "Location"]
                            # "the U.S. Al Udeid air base": the state before the base's name
                            a = a or [x for g in c.children if g.dep_ == "compound"
                                      and g.i < c.i for x in args.actors(g)
                                      if ctx.mentions[x[0]].kind == "Country"]
                        if slot == "amod":
                            a = [(i, f) for i, f in a if ctx.mentions[i].kind == "Country"]
                        found += a
            found = [(i, f) for i, f in found if i not in exclude]
            if found:
                return found
        doc = n.doc
        if n.i >= 3 and doc[n.i - 2].lower_ in ("and", "or") and \
                doc[n.i - 1].pos_ == doc[n.i - 3].pos_ == "NOUN" and \
                {"amod", "poss", "compound"} & set(trig.subjects):
            # "Russian missile and drone strikes": the parser often reads "drone strikes"
            # as a verb and its object; the first weapon's modifier is the agent
            found = [a for g in doc[n.i - 3].children if g.dep_ in ("amod", "poss")
                     and g.i < n.i - 3 for a in args.actors(g)
                     if ctx.mentions[a[0]].kind in ("Country", "MilitaryForce", "ArmedGroup")
                     and a[0] not in exclude]
            if found:
                return found
        return []

    def _context_subjects(self, ctx: DocContext, args: Arguments, n: Token, trig: Trigger,
                          exclude: set[int]) -> list[Arg]:
        if n.dep_ == "conj":
            head = n
            while head.dep_ == "conj" and head.head != head:
                head = head.head
            return self._own_subjects(ctx, args, head, trig, exclude) or \
                self._context_subjects(ctx, args, head, trig, exclude)
        # attached to a clause: "During a visit to X, Netanyahu criticized"; "upon arrival in"
        h = n.head
        if n.dep_ == "pobj" and h.lower_ == "of" and h.head.pos_ == "NOUN" and \
                h.head.lemma_ in QUANTITY:
            # "its twelfth package of sanctions against Russia": the package's owner
            q = h.head
            return self._own_subjects(ctx, args, q, trig, exclude) or \
                self._context_subjects(ctx, args, q, trig, exclude)
        if n.dep_ == "pobj" and h.lower_ in SEQUEL and trig.relation == "ATTACKS":
            # "the operation began after suicide bombings in Kampala": what came before or
            # after an attack did not carry it out
            return []
        if n.dep_ == "pobj" and h.dep_ == "prep" and h.lower_ not in CIRCUMSTANTIAL:
            v = h.head
            if h.lower_ in ("against", "from") and v.pos_ == "VERB":
                # "warned Israel against an assault", "barred Iran from talks": the object
                # of the verb is the one who would act
                objs = [a for c in v.children if c.dep_ == "dobj" for a in args.actors(c)]
                if objs:
                    return [(i, f * 0.8) for i, f in objs if i not in exclude]
            if v.pos_ in ("VERB", "AUX"):
                # ("were killed in an attack": who is killed did not attack)
                s = args.clause_subjects(v) if trig.relation == "ATTACKS" and is_passive(v) \
                    else args.clause_subjects_any(v)
                return [(i, f * 0.8) for i, f in s if i not in exclude]
        if n.dep_ == "pobj" and h.lower_ in ("in", "during") and h.head.pos_ == "NOUN" and \
                h.head.dep_ == "dobj" and h.head.head.pos_ == "VERB" and \
                trig.relation == "ATTACKS" and not is_passive(h.head.head):
            # "its jets killed 14 militants in air strikes on X" ("in" hung on the object)
            s = args.clause_subjects_any(h.head.head)
            return [(i, f * 0.8) for i, f in s if i not in exclude]
        if n.dep_ == "pobj" and h.lower_ == "at" and h.head.pos_ in ("NOUN", "PROPN"):
            # "Zourabichvili, a pro-Western figure at odds with Georgian Dream"
            return [(i, f * 0.8) for i, f in args.actors(h.head) if i not in exclude]
        if n.dep_ == "pobj" and h.head.pos_ == "VERB" and h.head.lemma_ in SPEECH | {"tweet"}:
            s = args.clause_subjects_any(h.head)
            return [(i, f * 0.8) for i, f in s if i not in exclude]
        if n.dep_ in ("oprd", "attr", "xcomp") and h.pos_ == "VERB" and h.lemma_ in (
                "call", "describe", "label", "term", "dub", "brand"):
            # "Kim called the drill a stern warning to South Korea": the one who calls it so
            s = args.clause_subjects(h)
            return [(i, f * 0.8) for i, f in s if i not in exclude]
        if n.dep_ == "dobj" and h.pos_ == "VERB":
            # "Blinken's visit followed stops in Israel"
            for c in h.children:
                if c.dep_ == "nsubj" and self.lex.noun_triggers(c.lemma_.casefold()):
                    ag = args.noun_agent(c)
                    if ag:
                        return [(i, f * 0.8) for i, f in ag if i not in exclude]
        return []
