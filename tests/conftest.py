"""Shared fixtures: one spaCy pipeline per test session, helpers to read facts."""

from __future__ import annotations

import pytest

import kgraph.extract.mentions
from kgraph.pipeline import Processor
from kgraph.records import Article

# a rule that raises fails its test (a build would log it and keep the other facts)
kgraph.extract.mentions.STRICT = True


@pytest.fixture(scope="session")
def processor() -> Processor:
    return Processor()


@pytest.fixture(scope="session")
def facts_of(processor):
    """facts_of(text, date=None) -> set of (subject name, RELATION, object name, polarity,
    modality) for one article, resolved within the article."""

    def run(text: str, date: str | None = None, full: bool = False):
        res = processor.process(Article(id="t", text=text, date=date)).resolved
        names = {eid: e.name for eid, e in res.entities.items()}
        if full:
            return res
        return {
            (names[f.subject], f.relation, names[f.object], f.polarity, f.modality)
            for f in res.facts
        }

    return run


def asserted(facts) -> set[tuple[str, str, str]]:
    """Only the positive, asserted facts, as (subject, RELATION, object)."""
    return {(s, r, o) for s, r, o, p, m in facts if p == "positive" and m == "asserted"}


def assert_facts(got, expected=None, absent=None) -> None:
    """`expected` (a fact) is among `got`, `absent` is not (either may be None)."""
    if expected is not None:
        assert expected in got, got
    if absent is not None:
        assert absent not in got, got
