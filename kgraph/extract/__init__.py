"""The extract stage: spaCy Docs of an article -> mentions and typed relations.

    extractor = Extractor(nlp)
    result = extractor.extract(article)          # parses with nlp
    result = extractor.extract_docs(article, [(offset, doc), ...])   # already parsed

Components (one file each): mentions (who/what is named), arguments (grammar of
subjects/objects/pronouns), events (verb and noun triggers), roles (titles,
appositions, ownership, places), modality (polarity, planned/hypothetical) and
dates.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Token

from .. import gazetteer
from ..nlp import BOILERPLATE, chunks
from ..records import Article, ArticleExtraction, Evidence, Mention, Relation
from .arguments import SPEECH, Arguments
from .dates import event_date
from .events import EventFinder, Found
from .lexicon import load as load_lexicon
from .mentions import LOCATIVE_PREPS, VESSEL_NOUNS, DocContext, MentionFinder, guarded
from .roles import RoleFinder

__all__ = ["Extractor", "relation_schema"]

log = logging.getLogger("kgraph")


# titles of people who head a region or a city (LEADS a Location; a president, only of a
# federal state the gazetteer knows as a region: "Puntland President X")
LOCAL_HEADS = {"Governor", "Mayor", "President"}
# roles of those who represent a state abroad
ENVOY_ROLES = {"Ambassador", "Envoy", "Chargé d'Affaires", "Special Envoy"}
# verbs of a joint commitment: agreeing to cooperate is cooperating
JOINT_COMMITMENTS = {"agree", "pledge", "vow", "promise", "decide", "commit"}


def relation_schema() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    actors = {"Country", "Person", "Organization", "MilitaryForce", "ArmedGroup"}
    places = {"Country", "Location"}

    def expand(spec: str) -> frozenset[str]:
        out: set[str] = set()
        for part in spec.split("|"):
            out |= actors if part == "A" else places if part == "P" else {part}
        return frozenset(out)

    return {
        r["relation"]: (expand(r["subject_types"]), expand(r["object_types"]))
        for r in gazetteer.read_tsv("relations.tsv")
    }


# relations whose object is where the subject is or goes
PLACE_RELATIONS = frozenset({"WITHDRAWS_FROM", "DEPLOYED_IN", "VISITS"})


class Extractor:
    def __init__(self, nlp: Language):
        self.nlp = nlp
        self.gaz = gazetteer.load()
        self.lex = load_lexicon()
        self.mention_finder = MentionFinder(self.gaz, self.lex)
        self.events = EventFinder(self.lex)
        self.roles = RoleFinder(self.gaz, self.lex)
        self.schema = relation_schema()

    def extract(self, article: Article) -> ArticleExtraction:
        pieces = list(chunks(article.text))
        docs = self.nlp.pipe([p for _, p in pieces])
        return self.extract_docs(article, zip([o for o, _ in pieces], docs, strict=True))

    def extract_docs(self, article: Article, docs: Iterable[tuple[int, Doc]]) -> ArticleExtraction:
        mentions = []
        relations: list[Relation] = []
        sent_offset = 0
        tokens = 0
        memory: dict = {}  # what documents (resolutions, statements) said, article-wide
        for offset, doc in docs:
            ctx = DocContext(doc=doc, offset=offset, sent_offset=sent_offset, mentions=mentions)
            ctx.index()
            for i, sent in enumerate(doc.sents):
                ctx.sent_index[sent.start] = sent_offset + i
                if BOILERPLATE.match(sent.text):
                    ctx.skip.update(range(sent.start, sent.end))
            self.mention_finder.find(ctx)
            args = Arguments(ctx, memory)
            self._annotate(ctx, args, offset)
            found = list(guarded(ctx, "event", self.events.find(ctx, args)))
            found += list(self.roles.find(ctx, args))
            # (each list made before it is added: these read `found`)
            found += list(guarded(ctx, "context title",
                                  self.roles.context_titles(ctx, args, found)))
            found += list(guarded(ctx, "seized power", self.roles.seized_power(ctx, args, found)))
            found += list(guarded(ctx, "presiding officer",
                                  self.roles.presiding_officers(ctx, found)))
            found += list(guarded(ctx, "stated threat",
                                  self.events.stated_threats(ctx, args, found)))
            found += list(guarded(ctx, "conditional threat",
                                  self.events.conditional_threats(ctx, args, found)))
            found += list(guarded(ctx, "announced retaliation",
                                  self.events.announced_retaliations(ctx, args, found)))
            found += list(guarded(ctx, "pursued aim", self.events.pursued_aims(found)))
            found += list(guarded(ctx, "attendance", self.events.attendance(ctx, args, found)))
            found += list(guarded(ctx, "hosted abroad", self.events.hosted_abroad(ctx, found)))
            found += list(guarded(ctx, "co-guests", self.events.co_guests(ctx, found)))
            found += list(guarded(ctx, "severed ties", self.events.severed_ties(found)))
            found += list(guarded(ctx, "refused talks", self.events.refused_talks(ctx, args, found)))
            found += list(guarded(ctx, "staying put", self.events.staying_put(ctx, found)))
            relations += self._relations(ctx, article, found)
            for problem in ctx.problems:
                log.warning("warning: article %r: %s on part of its text; its other facts "
                            "are kept (--debug shows the traceback)", article.id, problem)
            sent_offset += len(ctx.sent_index)
            tokens += len(doc)
        for m in mentions:  # token indexes mean nothing outside the worker
            m.attributes.pop("head", None)
            m.attributes.pop("offset", None)
        return ArticleExtraction(article, mentions, relations, sentences=sent_offset,
                                 tokens=tokens)

    # ----------------------------------------------------------------------
    @staticmethod
    def _annotate(ctx: DocContext, args: Arguments, offset: int) -> None:
        """Facts about each mention's place in its sentence that the resolver uses."""
        for m in ctx.mentions:
            if m.attributes.get("offset") == offset:
                m.attributes["dep"] = ctx.doc[m.attributes["head"]].dep_
        for m in ctx.mentions:
            if m.attributes.get("offset") != offset:
                continue
            head = ctx.doc[m.attributes["head"]]
            if head.dep_ == "pobj" and head.head.lower_ in LOCATIVE_PREPS:
                m.attributes["loc"] = True
            if head.dep_ in ("nsubj", "nsubjpass") and head.head.lemma_ in SPEECH:
                m.attributes["speaker"] = True
            pron = m.attributes.pop("pronoun", None)
            if pron is not None and m.attributes.get("owner") is None:
                m.attributes["owner"] = args.pronoun(ctx.doc[pron])
            if m.source == "anaphor" and m.attributes.get("class") == "country":
                m.attributes["exclude"] = Extractor._not_the_country(ctx, args, head)

    @staticmethod
    def _not_the_country(ctx: DocContext, args: Arguments, head: Token) -> list[int]:
        """Countries "the country" cannot be in its own sentence: the owner of the noun
        it modifies ("Iran's presence in the country") and the subject of its verb
        ("French troops left the country")."""
        out: set[int] = set()
        gov = head.head.head if head.dep_ == "pobj" else head.head
        if gov.pos_ in ("NOUN", "PROPN"):
            nouns = [gov]
            if gov.dep_ == "pobj" and gov.head.head.pos_ in ("NOUN", "PROPN"):
                # ("Israeli and U.S. strikes on the country's facilities": not the strikers)
                nouns.append(gov.head.head)
            for n in nouns:
                for c in n.children:
                    if c.dep_ in ("poss", "amod", "compound", "nmod"):
                        for d in (c, *c.conjuncts):
                            mi = ctx.mention(d)
                            if mi is not None:
                                out.add(mi)
            gov = gov.head if gov.head.pos_ in ("VERB", "AUX") else gov
        if gov.pos_ in ("VERB", "AUX"):
            for i, _ in args.clause_subjects(gov):
                out.add(i)
                own = ctx.mentions[i].attributes.get("owner")
                if own is not None:
                    out.add(own)
                ref = ctx.mentions[i].attributes.get("refers")
                if ref is not None:
                    out.add(ref)
        return sorted(out)

    def _kind(self, m: Mention, allowed: frozenset[str]) -> str:
        """A mention's type for a relation's signature: a breakaway region with a de
        facto government acts as a state where a place cannot ("Russia recognised
        Abkhazia", "the de facto leader of South Ossetia")."""
        if m.kind == "Location" and "Location" not in allowed and self.gaz.is_polity(m.key):
            return "Country"
        return m.kind

    @staticmethod
    def _mission_place(ctx: DocContext, idx: int) -> int | None:
        """The place a mission named with it is in ("the UN Mission in South Sudan"), for
        the mission itself or for "the mission" after it."""
        ms = ctx.mentions
        m = ms[idx]

        def is_mission(x: Mention) -> bool:
            return x.source not in ("anaphor", "description", "implied") and \
                "mission" in x.name.casefold().split()

        if m.source == "anaphor" and m.attributes.get("lemma") == "mission":
            before = [j for j, x in enumerate(ms) if x.start < m.start and is_mission(x)]
            if not before:
                return None
            idx = max(before, key=lambda j: ms[j].start)
        elif not is_mission(m):
            return None
        key = ms[idx].key
        spans = {(x.start, x.end) for j, x in enumerate(ms)
                 if j == idx or (key and x.key == key)}
        return next((j for j, x in enumerate(ms) if x.source == "implied"
                     and x.kind in ("Country", "Location") and (x.start, x.end) in spans), None)

    def _relations(self, ctx: DocContext, article: Article, found: list[Found]) -> list[Relation]:
        best: dict[tuple, Relation] = {}
        envoys = self._envoy_states(ctx, found)
        # "Foreign Minister Cho Hyun summoned Chinese Ambassador Dai Bing": a protest to the
        # envoy's state, made to the envoy in person
        found = found + [replace(f, relation="MEETS", confidence=0.8 * f.confidence,
                                 rule="summoned")
                         for f in found if f.relation == "CRITICIZES" and f.object in envoys
                         and f.trigger.lemma_ == "summon" and f.rule == "verb"
                         and ctx.mentions[f.object].kind == "Person"]
        for f in found:
            if f.relation in ("CRITICIZES", "SANCTIONS") and f.object in envoys and \
                    f.trigger.lemma_ in ("summon", "protest", "expel"):
                # "summoned Hungarian Ambassador X to protest", "lodged protests with the
                # Chinese embassy": a diplomatic protest is aimed at the envoy's state
                f.object = envoys[f.object]
            if f.subject == f.object:
                continue
            s, o = ctx.mentions[f.subject], ctx.mentions[f.object]
            if s.key and s.key == o.key:
                continue
            pair = {i: (m.attributes.get("first") if m.attributes.get("class") == "pair2"
                        else i if m.attributes.get("class") == "pair" else None)
                    for i, m in ((f.subject, s), (f.object, o))}
            if f.rule not in ("reciprocal", "noun-between") and \
                    f.relation not in ("MEETS", "COOPERATES_WITH") and \
                    pair[f.subject] is not None and pair[f.subject] == pair[f.object]:
                continue  # "the two men ... bar them": one pair on both ends, not each other
            if f.relation == "VISITS" and (s.kind == "MilitaryForce" or (
                    s.attributes.get("class") == "vehicle"
                    and s.attributes.get("lemma") not in VESSEL_NOUNS)):
                # "Russian instructors arrived in Niamey", "Russian missile systems arrived
                # in Belarus" (but a warship that docks in a port pays a visit)
                f.relation = "DEPLOYED_IN"
            if f.relation == "LEADS" and o.kind != "Country" and f.extra.get("role") in (
                    "Prime Minister", "Premier", "Interim Prime Minister", "Acting Prime Minister",
                    "Caretaker Prime Minister") and "government" not in o.name.casefold():
                # "the junta's prime minister" serves the junta ("KRG Prime Minister X" heads
                # the Kurdistan Regional Government)
                f.relation = "MEMBER_OF"
            state = ctx.passing_body_state(f.object) if f.relation == "MEMBER_OF" else None
            if state is not None:
                # "Iran's foreign ministry spokesman X": X serves the state
                f.object, o = state, ctx.mentions[state]
            state = ctx.passing_body_state(f.subject) if f.relation in (
                "DEPLOYED_IN", "WITHDRAWS_FROM", "ATTACKS") and f.trigger.lemma_ != "base" \
                else None  # (but a ministry "based in Port Sudan" is where it sits)
            if state is not None:
                # "Ethiopia's foreign ministry said ... its deployment in Gedo": a ministry
                # deploys nothing; the state does
                f.subject, s = state, ctx.mentions[state]
            if f.relation == "MEMBER_OF" and s.kind in ("Organization", "MilitaryForce",
                                                        "ArmedGroup"):
                f.relation = "PART_OF"  # a body belongs to a body: "is represented on"
            if f.relation == "DEPLOYED_IN" and o.kind in ("Organization", "MilitaryForce"):
                # "deployed 11,000 troops to the mission": to the place of the mission
                place = self._mission_place(ctx, f.object)
                if place is not None:
                    f.object, o = place, ctx.mentions[place]
            allowed = self.schema.get(f.relation)
            if allowed and o.kind == "Person" and "Person" not in allowed[1] and \
                    "Location" in allowed[1] and o.source == "ner" and (
                        o.attributes.get("loc") or (f.relation in PLACE_RELATIONS and
                                                    o.attributes.get("dep") == "pobj")) \
                    and not o.attributes.get("title"):
                # ("pulled out of Ain al-Asad": where is all a withdrawal can be from)
                # "withdrew from Khan Younis": NER's person is where troops withdraw from
                o.kind = "Location"
            if f.relation == "THREATENS" and allowed and o.kind == "Location" and \
                    "Location" not in allowed[1] and o.attributes.get("capital_of"):
                # "warned that Beirut's southern suburbs would be hit": a relation only an
                # actor can undergo reaches the capital's state (when the text names it)
                state = next((i for i, m in enumerate(ctx.mentions)
                              if m.kind == "Country" and m.key == o.attributes["capital_of"]),
                             None)
                if state is not None and state != f.subject:
                    f.object, o = state, ctx.mentions[state]
            if f.relation == "MEMBER_OF" and s.kind == "Country" and o.kind == "Country":
                continue  # "Brazil joins Colombia and Mexico" (in an act): a state is a
                # member of bodies, never of another state
            heads_place = f.relation == "LEADS" and o.kind == "Location" and \
                s.kind == "Person" and f.extra.get("role") in LOCAL_HEADS
            # (a governor or mayor heads the region or city: "Krasnodar governor X")
            if allowed and not heads_place and (self._kind(s, allowed[0]) not in allowed[0]
                                                or self._kind(o, allowed[1]) not in allowed[1]):
                continue
            sent = ctx.sent(f.trigger)
            sent_idx = ctx.sentence_of(f.trigger)
            words = sorted({t for t in f.tokens if t is not None
                            and ctx.sent_start(t) == sent.start}, key=lambda t: t.i)
            predicate = self._predicate(words)
            t0, t1 = words[0], words[-1]
            ev = Evidence(
                article=article.id,
                sentence=sent_idx,
                text=sent.text.strip(),
                start=ctx.offset + sent.start_char,
                end=ctx.offset + sent.end_char,
                trigger_start=ctx.offset + t0.idx,
                trigger_end=ctx.offset + t1.idx + len(t1.text),
            )
            attrs = {"rule": f.rule, **f.extra}
            speaker = self._attribution(ctx, f.trigger)
            if speaker:
                attrs["attributed_to"] = speaker
            date = event_date([f.trigger, f.light], article.date, ctx.ent_of)
            modality = f.flags.modality
            if f.relation == "COOPERATES_WITH" and modality == "planned" and \
                    f.flags.cues and set(f.flags.cues) <= JOINT_COMMITMENTS:
                # "agreed to restore relations", "pledged to deepen cooperation": the
                # agreement or the pledge is itself the cooperation
                modality = "asserted"
            rel = Relation(
                subject=f.subject,
                type=f.relation,
                object=f.object,
                predicate=predicate,
                evidence=ev,
                polarity=f.flags.polarity,
                modality=modality,
                confidence=round(min(1.0, f.confidence), 3),
                date=date,
                attributes=attrs,
            )
            # (one fact per sentence and sense: "gives the Houthis political backing but
            # denies arming them" says both that Iran supports them and that it does not arm
            # them)
            key = (sent_idx, f.subject, f.relation, f.object, rel.polarity, rel.modality)
            if key not in best or best[key].confidence < rel.confidence:
                best[key] = rel
        return list(best.values())

    @staticmethod
    def _envoy_states(ctx: DocContext, found: list[Found]) -> dict[int, int]:
        """Envoys and embassies (mentions) -> the state they represent."""
        out = {f.subject: f.object for f in found if f.relation == "MEMBER_OF"
               and f.extra.get("role") in ENVOY_ROLES and f.flags.polarity == "positive"
               and ctx.mentions[f.object].kind == "Country"}
        for i, m in enumerate(ctx.mentions):
            owner = m.attributes.get("owner")
            if m.source == "nominal" and m.kind == "Organization" and \
                    m.name.split()[-1].casefold() in (
                        "embassy", "embassies", "consulate", "consulates", "mission") and \
                    isinstance(owner, int) and ctx.mentions[owner].kind == "Country":
                out[i] = owner
        return out

    @staticmethod
    def _predicate(words: list[Token]) -> str:
        if not words:
            return ""
        doc = words[0].doc
        first, last = words[0].i, words[-1].i
        if last - first <= 10:
            return doc[first : last + 1].text.replace("\n", " ").strip()
        return " ".join(t.text for t in words)

    def _attribution(self, ctx: DocContext, tok: Token) -> str | None:
        t = tok
        for _ in range(10):
            if t.dep_ == "ccomp" and t.head.lemma_ in SPEECH:
                for c in t.head.children:
                    if c.dep_ in ("nsubj", "nsubjpass"):
                        m = ctx.mention(c)
                        if m is not None:
                            return ctx.mentions[m].name
                        return c.text
            if t.head == t:
                break
            t = t.head
        for c in ctx.sent(tok):
            if c.lower_ == "according" and c.i + 2 < len(ctx.doc):
                for p in ctx.doc[c.i + 1].children:
                    m = ctx.mention(p)
                    if m is not None:
                        return ctx.mentions[m].name
        return None
