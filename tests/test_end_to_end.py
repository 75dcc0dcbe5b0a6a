"""The whole path on the sample article: build -> GraphML / JSONL -> read back."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest

import kgraph
from kgraph.graph import read_entities, read_triples, to_networkx

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "hatami-syria-visit.txt"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("sample")
    report = kgraph.build([SAMPLE], out=out, workers=1)
    return out, report


def edges(graph: nx.MultiDiGraph, facts_only: bool = True) -> set[tuple[str, str, str]]:
    names = {n: d["name"] for n, d in graph.nodes(data=True)}
    return {
        (names[u], d["relation"], names[v])
        for u, v, d in graph.edges(data=True)
        if not facts_only or d["is_fact"]
    }


def test_sample_facts_in_graphml(built):
    out, report = built
    assert report.articles == 1 and report.failed == 0
    got = edges(kgraph.load_graph(out / "graph.graphml"))
    for fact in [
        ("Iran", "SUPPORTS", "Bashar al-Assad"),
        ("Russia", "SUPPORTS", "Bashar al-Assad"),
        ("United States", "SUPPORTS", "Syrian rebels"),
        ("Israel", "ATTACKS", "Iranian forces"),
        ("Vladimir Putin", "LEADS", "Russia"),
        ("Amir Hatami", "MEMBER_OF", "Iran"),
    ]:
        assert fact in got, fact
    meets = {(s, o) for s, r, o in got if r == "MEETS"}
    assert ("John Bolton", "Nikolai Patrushev") in meets or (
        "Nikolai Patrushev", "John Bolton") in meets
    assert ("Iran", "WITHDRAWS_FROM", "Syria") not in got


def test_graphml_round_trip(built):
    out, _ = built
    entities = read_entities(out / "entities.jsonl")
    facts = list(read_triples(out / "triples.jsonl"))
    expected = to_networkx(entities, facts)
    back = kgraph.load_graph(out / "graph.graphml")
    assert set(back.nodes) == set(expected.nodes)
    assert set(back.edges(keys=True)) == set(expected.edges(keys=True))
    for n, d in back.nodes(data=True):
        assert d == expected.nodes[n]
    for u, v, k, d in back.edges(keys=True, data=True):
        assert d == expected.edges[u, v, k]
        assert all(isinstance(x, (str, int, float, bool)) for x in d.values())


def test_output_contract(built):
    out, _ = built
    ents = [json.loads(line) for line in (out / "entities.jsonl").open(encoding="utf-8")]
    ids = {e["id"] for e in ents}
    for e in ents:
        assert {"id", "name", "type", "aliases"} <= e.keys()
        assert e["type"] in kgraph.ENTITY_TYPES
        assert e["name"] in e["aliases"]
    assert "country:IRN" in ids and "country:USA" in ids
    usa = next(e for e in ents if e["id"] == "country:USA")
    assert {"United States", "U.S."} <= set(usa["aliases"])
    triples = [json.loads(line) for line in (out / "triples.jsonl").open(encoding="utf-8")]
    assert triples
    for t in triples:
        assert {"subject", "relation", "object", "polarity", "modality", "article",
                "sentence", "predicate", "confidence"} <= t.keys()
        assert t["subject"] in ids and t["object"] in ids
        assert t["relation"] in kgraph.RELATION_TYPES
        assert t["article"] == "hatami-syria-visit"
        text = SAMPLE.read_text(encoding="utf-8")
        # evidence offsets point into the article text
        assert text[t["start"]:t["end"]].strip() == t["text"]
        assert t["predicate"].split()[-1] in text[t["trigger_start"]:t["trigger_end"]]


def test_cli_build_prints_summary(tmp_path):
    out = tmp_path / "out"
    run = subprocess.run(
        [sys.executable, "-m", "kgraph.cli", "build", str(SAMPLE), "--out", str(out),
         "--workers", "1"],
        capture_output=True, text=True, cwd=ROOT,
    )
    assert run.returncode == 0, run.stderr
    assert "built 1 article(s)" in run.stdout
    for name in ("graph.graphml", "entities.jsonl", "triples.jsonl"):
        assert (out / name).stat().st_size > 0


def test_rebuild_is_idempotent(built, tmp_path):
    out, _ = built
    again = tmp_path / "again"
    kgraph.build([SAMPLE], out=again, workers=1)
    kgraph.build([SAMPLE], out=again, workers=1)
    for name in ("entities.jsonl", "triples.jsonl", "graph.graphml"):
        assert (again / name).read_bytes() == (out / name).read_bytes(), name
