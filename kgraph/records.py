"""Typed records passed between the pipeline stages.

ingest -> Article -> nlp (spaCy Doc) -> extract -> ArticleExtraction (Mention, Relation)
-> resolve -> Entity + Fact -> graph / neo4j / export.

Nothing here depends on spaCy, networkx or neo4j: the records are plain dataclasses
so that every stage can be tested and replaced on its own.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

# The schema of ../shared/SCHEMA.md, in one place.  Labels and relationship types
# written to Neo4j come only from these tuples (never from user text).
ENTITY_TYPES: tuple[str, ...] = (
    "Country",
    "Person",
    "Organization",
    "MilitaryForce",
    "ArmedGroup",
    "Location",
)

RELATION_TYPES: tuple[str, ...] = (
    "SUPPORTS",
    "OPPOSES",
    "ATTACKS",
    "THREATENS",
    "CRITICIZES",
    "DEMANDS",
    "MEETS",
    "VISITS",
    "COOPERATES_WITH",
    "SANCTIONS",
    "DEPLOYED_IN",
    "WITHDRAWS_FROM",
    "LEADS",
    "MEMBER_OF",
    "PART_OF",
    "LOCATED_IN",
)

SYMMETRIC_RELATIONS: frozenset[str] = frozenset({"MEETS", "COOPERATES_WITH"})
# relations of one side against another ("both sides" are more often the sides of one)
HOSTILE_RELATIONS: frozenset[str] = frozenset(
    {"ATTACKS", "CRITICIZES", "OPPOSES", "THREATENS", "SANCTIONS"})

POLARITIES: tuple[str, ...] = ("positive", "negative")
MODALITIES: tuple[str, ...] = ("asserted", "planned", "hypothetical")


@dataclass(frozen=True)
class Article:
    """One input document.  `id` is the file stem or the JSONL `id` field."""

    id: str
    text: str
    date: str | None = None  # ISO date of publication, when known
    title: str | None = None
    source: str | None = None
    url: str | None = None
    origin: str | None = None  # where it was read from ("file.jsonl:3", "-")


@dataclass(frozen=True)
class IngestProblem:
    """An input that could not be read (or was read with a caveat)."""

    origin: str  # file path, "file:line", or "-"
    reason: str
    fatal: bool = True  # False: the article was still built (e.g. decoded as cp1252)


@dataclass(frozen=True)
class Evidence:
    """Where a relation was read: article, sentence index and text, character offsets.

    `start`/`end` are the offsets of the sentence in the article text;
    `trigger_start`/`trigger_end` those of the trigger words.
    """

    article: str
    sentence: int
    text: str
    start: int
    end: int
    trigger_start: int
    trigger_end: int


@dataclass
class Mention:
    """A stretch of text that names or describes an actor or place.

    `kind` is the entity type the extractor believes in (one of ENTITY_TYPES).
    `key` is a gazetteer key when the mention was recognised from the gazetteer
    ("country:IRN", "org:european-union"), else None.
    `name` is the mention's normalised name (titles, determiners, possessive
    endings removed) from which the resolver builds the entity name.
    """

    text: str
    start: int
    end: int
    kind: str
    sentence: int
    name: str
    key: str | None = None
    # How the mention was found: "ner", "gazetteer", "nominal", "description",
    # "pronoun", "acronym" ...  Descriptions and pronouns point at another mention.
    source: str = "ner"
    refers_to: int | None = None  # index of the antecedent mention (same article)
    attributes: dict[str, Any] = field(default_factory=dict)

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)


@dataclass
class Relation:
    """A typed relation between two mentions of one sentence (article-local)."""

    subject: int  # index into ArticleExtraction.mentions
    type: str
    object: int
    predicate: str
    evidence: Evidence
    polarity: str = "positive"
    modality: str = "asserted"
    confidence: float = 0.5
    date: str | None = None
    attributes: dict[str, Any] = field(default_factory=dict)  # role, attributed_to, rule


@dataclass
class ArticleExtraction:
    article: Article
    mentions: list[Mention]
    relations: list[Relation]
    sentences: int = 0
    tokens: int = 0


@dataclass
class Entity:
    """One node: a real-world actor or place, whatever names the text used."""

    id: str
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    mentions: int = 0
    attributes: dict[str, Any] = field(default_factory=dict)  # iso2, iso3, roles ...

    def to_json(self) -> dict[str, Any]:
        row = {
            "id": self.id,
            "name": self.name,
            "type": self.type,
            "aliases": sorted(set(self.aliases)),
            "mentions": self.mentions,
        }
        if self.attributes:
            row["attributes"] = dict(sorted(self.attributes.items()))
        return row

    @classmethod
    def from_json(cls, row: dict[str, Any]) -> Entity:
        return cls(
            id=row["id"],
            name=row["name"],
            type=row["type"],
            aliases=list(row.get("aliases") or []),
            mentions=int(row.get("mentions") or 0),
            attributes=dict(row.get("attributes") or {}),
        )


@dataclass
class Fact:
    """One edge: subject -[relation]-> object, with its evidence.

    One fact per (article, sentence, subject, relation, object); `key` is that
    tuple as a string so reruns and Neo4j MERGE are idempotent.
    """

    subject: str  # entity id
    relation: str
    object: str  # entity id
    predicate: str
    polarity: str
    modality: str
    confidence: float
    evidence: Evidence
    date: str | None = None
    attributes: dict[str, Any] = field(default_factory=dict)

    @property
    def key(self) -> str:
        e = self.evidence
        return f"{e.article}|{e.sentence}|{self.subject}|{self.relation}|{self.object}"

    @property
    def is_fact(self) -> bool:
        """Only positive, asserted edges count as facts."""
        return self.polarity == "positive" and self.modality == "asserted"

    def to_json(self) -> dict[str, Any]:
        e = self.evidence
        row: dict[str, Any] = {
            "subject": self.subject,
            "relation": self.relation,
            "object": self.object,
            "polarity": self.polarity,
            "modality": self.modality,
            "article": e.article,
            "sentence": e.sentence,
            "predicate": self.predicate,
            "confidence": round(self.confidence, 3),
            "date": self.date,
            "text": e.text,
            "start": e.start,
            "end": e.end,
            "trigger_start": e.trigger_start,
            "trigger_end": e.trigger_end,
        }
        for k, v in sorted(self.attributes.items()):
            row.setdefault(k, v)
        return row

    @classmethod
    def from_json(cls, row: dict[str, Any]) -> Fact:
        known = {
            "subject", "relation", "object", "polarity", "modality", "article", "sentence",
            "predicate", "confidence", "date", "text", "start", "end", "trigger_start",
            "trigger_end",
        }
        ev = Evidence(
            article=str(row["article"]),
            sentence=int(row["sentence"]),
            text=row.get("text", ""),
            start=int(row.get("start", 0)),
            end=int(row.get("end", 0)),
            trigger_start=int(row.get("trigger_start", 0)),
            trigger_end=int(row.get("trigger_end", 0)),
        )
        return cls(
            subject=row["subject"],
            relation=row["relation"],
            object=row["object"],
            predicate=row.get("predicate", ""),
            polarity=row.get("polarity", "positive"),
            modality=row.get("modality", "asserted"),
            confidence=float(row.get("confidence", 0.5)),
            evidence=ev,
            date=row.get("date"),
            attributes={k: v for k, v in row.items() if k not in known},
        )


@dataclass
class BuildReport:
    """What a build did: counts, timings and every input it could not use."""

    articles: int = 0
    entities: int = 0
    facts: int = 0  # positive, asserted edges
    edges: int = 0  # all edges, flagged ones included
    sentences: int = 0
    tokens: int = 0
    seconds: float = 0.0
    problems: list[IngestProblem] = field(default_factory=list)
    outputs: dict[str, str] = field(default_factory=dict)

    @property
    def failed(self) -> int:
        return sum(1 for p in self.problems if p.fatal)

    def to_json(self) -> dict[str, Any]:
        d = asdict(self)
        d["failed"] = self.failed
        return d
