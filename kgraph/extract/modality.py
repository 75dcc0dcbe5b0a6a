"""Polarity (negated?) and modality (asserted / planned / hypothetical) of a trigger,
read from the words that govern it: auxiliaries ("will", "would"), negation,
control verbs ("scheduled to", "refused to"), nouns ("no plans to") and
conditional marks ("if")."""

from __future__ import annotations

from spacy.tokens import Token

from .arguments import APPOINTING, OBJECT_CONTROL, REASON_VERBS, reported_conjunct
from .lexicon import Lexicon

RANK = {"asserted": 0, "planned": 1, "hypothetical": 2}
# prepositions before a gerund that report what happened: "after meeting X", "by attacking"
FACTIVE_PREPS = {"after", "before", "upon", "since", "while", "by", "despite", "following",
                 "during", "through", "in", "when", "as", "besides", "including", "with"}

# verbs of accusing, which a later denial does not unsay
ACCUSING = {"accuse", "blame", "allege", "charge"}


class Flags:
    __slots__ = ("polarity", "modality", "cues")

    def __init__(self) -> None:
        self.polarity = "positive"
        self.modality = "asserted"
        self.cues: list[str] = []

    def apply(self, effect: str, cue: str) -> None:
        self.cues.append(cue)
        if effect == "negative":
            self.polarity = "negative"
        elif RANK.get(effect, 0) > RANK[self.modality]:
            self.modality = effect


def _local(tok: Token, lex: Lexicon, flags: Flags, nominal: bool) -> None:
    for c in tok.children:
        low = c.lower_.replace("\u2019", "'")
        if c.dep_ == "neg":
            flags.apply("negative", low)
        elif c.dep_ in ("aux", "auxpass") and c.tag_ == "MD":
            eff = lex.cue("aux", low) or lex.cue("aux", c.lemma_)
            if eff:
                flags.apply(eff, low)
        elif c.dep_ == "mark":
            eff = lex.cue("mark", low)
            if eff:
                flags.apply(eff, low)
        elif c.dep_ == "det" and nominal:
            eff = lex.cue("det", low)
            if eff and not any(d.dep_ == "det" and d.i < c.i for d in tok.children):
                # (not "a no-limits partnership": "no" negates the compound after it)
                flags.apply(eff, low)
        elif c.dep_ == "advmod" and low in ("never",):
            flags.apply("negative", low)
        elif c.dep_ == "advmod" and low == "longer" and any(
                g.dep_ == "neg" and g.lower_ == "no" for g in c.children):
            flags.apply("negative", "no longer")  # "no longer recognised the authority of"
    # "going to attack": be + going + to
    if tok.dep_ == "xcomp" and tok.head.lemma_ == "go" and tok.head.tag_ == "VBG":
        flags.apply("planned", "going to")


# verbs whose object is asked (not made) to do what an infinitive says ("pressed X to
# join"): the object-control verbs, less those that make it happen ("helped X to join")
URGING = OBJECT_CONTROL - APPOINTING - {"help", "allow", "enable", "force", "compel", "lead",
                                        "prompt"} | {"lobby"}


def flags_for(tok: Token, lex: Lexicon, light: Token | None = None) -> Flags:
    """Polarity and modality of the event expressed by `tok` (a verb, or an
    event noun whose light verb is `light`)."""
    flags = Flags()
    nominal = tok.pos_ in ("NOUN", "PROPN")
    _local(tok, lex, flags, nominal)
    if tok.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children) and (
            (tok.dep_ == "ROOT" and any(t.pos_ == "VERB" and t.i < tok.i for t in tok.sent))
            or (tok.dep_ == "relcl" and tok.head.dep_ == "dobj"
                and tok.head.head.lemma_ in URGING)):
        # "Trump pressed X to join the Accords", parsed with "to join" as the root (or as a
        # clause on X): an infinitive is never an assertion of its own
        flags.apply("hypothetical", "to")
    t = light if (nominal and light is not None) else tok
    if t is not tok and t.lemma_ in ("continue", "keep") and not any(
            c.dep_ == "mark" for c in t.children) and not any(
            c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless")
                                      for m in c.children) for c in t.children):
        # "said Manila would continue joint patrols with Japan": what goes on now is
        # asserted whatever tense its continuing is told in (as with "keep working")
        ongoing = Flags()
        _local(t, lex, ongoing, False)
        if ongoing.polarity == "negative":
            flags.apply("negative", t.lemma_)
    elif t is not tok:
        _local(t, lex, flags, False)
    elif nominal:
        # an event noun without a light verb is presupposed ("Iran's presence in Syria")
        # unless it is the content of a plan or an intention ("no plans for an attack"),
        # or what someone demands, seeks or warns against ("demanded a full withdrawal",
        # "warned Israel against an assault on Rafah")
        h = tok.head
        gov = h if tok.dep_ in ("dobj", "nsubjpass") else (
            h.head if tok.dep_ == "pobj" and h.lower_ in ("for", "against", "on", "about",
                                                          "of", "from") else None)
        if gov is not None and (gov.pos_ in ("VERB", "AUX") or gov.dep_ == "xcomp"):
            # (an xcomp is a verb, whatever its tag: "offered to host talks")
            eff = lex.cue("verb", gov.lemma_)
            if eff:
                flags.apply(eff, gov.lemma_)
                _local(gov, lex, flags, False)
            up = gov
            for _ in range(3):
                # "was ready to host talks": what the governing verb depends on
                if up.dep_ != "xcomp" or up.head == up:
                    break
                up = up.head
                eff = lex.cue("verb", up.lemma_)
                if eff:
                    flags.apply(eff, up.lemma_)
                    _local(up, lex, flags, False)
                    break
        # "talks on / gaps over the sequencing of ... the withdrawal of troops": the topic
        # of a negotiation, a plan or a proposal, up a short chain of nouns
        n = tok
        for _ in range(3):
            while n.dep_ == "conj" and n.head != n:
                n = n.head
            if n.dep_ != "pobj" or n.head.head.pos_ != "NOUN":
                break
            n = n.head.head
            eff = lex.cue("noun", n.lemma_)
            if eff:
                flags.apply(eff, n.lemma_)
                _local(n, lex, flags, True)
                break
        if tok.dep_ == "nsubj" and tok.head.pos_ in ("VERB", "AUX") and any(
                c.dep_ == "det" and c.lower_ in ("a", "an", "any") for c in tok.children) and \
                any(c.dep_ == "aux" and c.lower_ in ("could", "would", "might", "may")
                    for c in tok.head.children):
            # "a Chinese attack on Taiwan could justify a response": no attack yet (but
            # "continued Israeli strikes could derail the talks" go on)
            flags.apply("hypothetical", next(c.lower_ for c in tok.head.children
                                             if c.dep_ == "aux" and c.lower_ in (
                                                 "could", "would", "might", "may")))
        # "would travel to China for the next round of talks with Wang": the purpose of a
        # trip is as real as the trip
        n = tok
        while n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.pos_ == "NOUN":
            n = n.head.head
        if n.dep_ == "pobj" and n.head.lower_ == "for" and n.head.head.pos_ == "VERB":
            trip = flags_for(n.head.head, lex)
            if trip.polarity == "negative":
                flags.apply("negative", "not")
            if trip.modality != "asserted":
                flags.apply(trip.modality, trip.cues[-1] if trip.cues else "")
        return flags
    seen = 0
    while seen < 8:
        seen += 1
        dep = t.dep_
        h = t.head
        if h.i == t.i:
            break
        if dep == "conj":
            if reported_conjunct(t):
                # "denied that any positions had been lost and accused X": the parser hangs
                # the second main verb in the reported clause; it is the speaker's own act
                t = h.head
                continue
            if t.tag_ in ("VBD", "VBZ", "VBP") and h.tag_ == "VB" and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in h.children):
                break  # "could do more to press X ... and urged Y": urged is a fact
            # shared auxiliaries and marks: "will meet and discuss" (a verb with its own
            # tense, "would lodge a protest and summoned", does not share them)
            shares = t.tag_ in ("VB", "VBG") and not any(
                c.dep_ in ("aux", "auxpass") for c in t.children)
            for c in (h.children if shares else ()):
                if c.dep_ in ("aux", "auxpass") and c.tag_ == "MD":
                    eff = lex.cue("aux", c.lower_.replace("\u2019", "'"))
                    if eff:
                        flags.apply(eff, c.lower_)
                elif c.dep_ == "mark" and lex.cue("mark", c.lower_):
                    flags.apply(lex.cue("mark", c.lower_), c.lower_)
            t = h
            continue
        if dep == "xcomp" and h.lemma_ in ("continue", "keep") and (
                t.tag_ == "VBG" or (h.lemma_ == "continue" and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in t.children) and not any(
                    tr.relation in ("ATTACKS", "THREATENS")
                    for tr in lex.verb_triggers(t.lemma_.casefold())))):
            # ("would continue to support Nicaragua": as "would keep supporting"; but
            # "would continue to strike the Houthis" is a warning of strikes to come)
            # "said it would keep working with the United States": what goes on now is
            # asserted whatever tense its continuing is told in (unless negated or on a
            # condition: "would not continue", "would continue ... if")
            ongoing = Flags()
            _local(h, lex, ongoing, False)
            if ongoing.polarity == "negative":
                flags.apply("negative", h.lemma_)
            if any(c.dep_ == "mark" for c in h.children) or any(
                    c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless")
                                              for m in c.children)
                    for c in [*h.children, *t.children]):
                flags.apply(ongoing.modality, h.lemma_)
            t = h
            continue
        if dep in ("xcomp", "pcomp") or (dep == "prep" and t.pos_ == "VERB"):
            if h.pos_ in ("VERB", "AUX", "ADJ"):
                eff = lex.cue("verb", h.lemma_)
                if eff and not (h.lemma_ in ("help", "manage") and dep == "xcomp" and (
                        h.tag_ in ("VBD", "VBN") or (h.tag_ == "VBZ" and not any(
                            c.dep_ == "aux" and c.lower_ == "to" for c in t.children)))):
                    # ("helped broker the truce", "managed to reach the city", "which helps
                    # fund the deployment": done)
                    flags.apply(eff, h.lemma_)
                _local(h, lex, flags, False)
                t = h
                continue
            if h.pos_ == "ADP":  # "accused X of seeking to ...", "talks on joining"
                if h.lower_ not in FACTIVE_PREPS and dep == "pcomp" and not (
                        h.lower_ == "for" and h.head.lemma_ in REASON_VERBS):
                    # ("criticised X for carrying out strikes": the reason, told as done)
                    # the gerund after "on/about/for/of/against" is a topic, an aim or an
                    # allegation, not something reported as done
                    flags.apply("hypothetical", h.lower_)
                if h.lower_ == "without":
                    flags.apply("negative", "without")
                t = h.head
                eff = lex.cue("verb", t.lemma_)
                if eff and eff == "negative":
                    flags.apply(eff, t.lemma_)
                if h.lower_ in ("by", "through") and dep == "pcomp" and \
                        t.pos_ in ("VERB", "AUX"):
                    # "would answer the strikes by hitting Russian targets": the means is
                    # as real as the act it serves
                    _local(t, lex, flags, False)
                continue
        if dep == "acl" and h.pos_ in ("NOUN", "PROPN") and t.tag_ in ("VBD", "VBZ", "VBP") \
                and any(c.dep_ == "nsubj" for c in t.children) and not any(
                    c.dep_ == "mark" for c in t.children) and not any(
                    c.dep_ == "dobj" and c.tag_ not in ("WDT", "WP", "IN") for c in t.children):
            # "the accord that Libya signed with Turkey": a relative clause (its object is
            # the noun), told as done; not the content of "the accusation that X sponsors Y"
            break
        if dep == "acl" and h.pos_ in ("NOUN", "PROPN"):
            eff = lex.cue("noun", h.lemma_)
            if eff:
                flags.apply(eff, h.lemma_)
                _local(h, lex, flags, True)
                # "have no plans to": the noun's own governor
                if h.dep_ == "dobj":
                    _local(h.head, lex, flags, False)
            elif h.dep_ == "dobj" and lex.cue("verb", h.head.lemma_) == "negative" and any(
                    c.dep_ == "mark" and c.lower_ == "that" for c in t.children):
                # "denied reports that government forces had fired on X": what is denied
                flags.apply("negative", h.head.lemma_)
            break
        if dep == "ccomp":
            eff = lex.cue("verb", h.lemma_)
            if eff == "negative" and not (t.i < h.i and t.lemma_ in ACCUSING and tok.lemma_ in ACCUSING):
                # "denied that it attacked" (but "X accuses Y of arming Z, a charge Y
                # denies": the accusation is made, whoever denies its content)
                flags.apply(eff, h.lemma_)
            break
        if dep == "advcl":
            # a purpose clause ("visited Kyiv to meet Zelenskiy") has not happened yet; but
            # troops sent to help are helping ("has sent troops to help Russian forces")
            # (and money given to support is supporting: "has provided 40 million euros
            # to support the deployment")
            sent_to_help = h.lemma_ in ("send", "deploy", "dispatch", "station", "provide",
                                        "give", "supply", "allocate", "disburse") and \
                h.tag_ in ("VBD", "VBN") and t.lemma_ in ("help", "support", "assist", "aid",
                                                          "protect", "defend", "back",
                                                          "bolster", "reinforce", "guard",
                                                          "fight", "serve", "train")
            # (nor is the post someone was appointed to: "appointed X to head Y")
            appointed = h.lemma_ in APPOINTING and h.tag_ in ("VBD", "VBN")
            if any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children) and not any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in t.children) and \
                    not sent_to_help and not appointed:
                flags.apply("planned", "to")
                _local(h, lex, flags, False)
            elif sent_to_help:
                # ("no troops would be deployed to guard it": as the sending is)
                _local(h, lex, flags, False)
            break
        break
    return flags
