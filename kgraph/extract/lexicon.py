"""The extraction lexicons (relation triggers, light verbs, modality cues, actor
nouns), read from ``kgraph/data/*.tsv``."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from ..gazetteer import read_tsv
from ..records import RELATION_TYPES


@dataclass(frozen=True)
class Trigger:
    lemma: str
    pos: str  # VERB | NOUN
    relation: str
    particle: str
    objects: tuple[str, ...]
    subjects: tuple[str, ...]
    flags: frozenset[str]
    confidence: float


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, tuple[Trigger, ...]]
    nouns: dict[str, tuple[Trigger, ...]]
    light_verbs: dict[str, str]  # lemma -> particle ('' = none)
    light_effects: dict[str, str]  # lemma -> "negative" for "revoke", "sever"...
    modality: dict[tuple[str, str], str]  # (where, cue) -> effect
    nominals: dict[str, str]  # lemma -> class

    def verb_triggers(self, lemma: str) -> tuple[Trigger, ...]:
        return self.verbs.get(lemma, ())

    def noun_triggers(self, lemma: str) -> tuple[Trigger, ...]:
        return self.nouns.get(lemma, ())

    def cue(self, where: str, lemma: str) -> str | None:
        return self.modality.get((where, lemma))


def _split(s: str) -> tuple[str, ...]:
    return tuple(x for x in (s or "").split("|") if x)


@functools.cache
def load() -> Lexicon:
    verbs: dict[str, list[Trigger]] = {}
    nouns: dict[str, list[Trigger]] = {}
    for row in read_tsv("triggers.tsv"):
        if row["relation"] not in RELATION_TYPES:
            raise ValueError(f"triggers.tsv: unknown relation {row['relation']!r}")
        t = Trigger(
            lemma=row["trigger"].casefold(),
            pos=row["pos"],
            relation=row["relation"],
            particle=row.get("particle", ""),
            objects=_split(row.get("objects", "")),
            subjects=_split(row.get("subjects", "")),
            flags=frozenset(_split(row.get("flags", "").replace(",", "|"))),
            confidence=float(row.get("confidence") or 0.7),
        )
        table = verbs if t.pos == "VERB" else nouns
        if t not in table.setdefault(t.lemma, []):
            table[t.lemma].append(t)
    light_rows = list(read_tsv("light_verbs.tsv"))
    light = {r["verb"]: r.get("particle", "") for r in light_rows}
    light_effects = {r["verb"]: r["effect"] for r in light_rows if r.get("effect")}
    modality = {(r["where"], r["cue"]): r["effect"] for r in read_tsv("modality.tsv")}
    nominals = {r["lemma"]: r["class"] for r in read_tsv("nominals.tsv")}
    return Lexicon(
        verbs={k: tuple(v) for k, v in verbs.items()},
        nouns={k: tuple(v) for k, v in nouns.items()},
        light_verbs=light,
        light_effects=light_effects,
        modality=modality,
        nominals=nominals,
    )
