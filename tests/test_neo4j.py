"""Integration tests against a real Neo4j server (marker ``neo4j``).

They run when NEO4J_URI is set and are skipped otherwise -- there is no stand-in for
the database here.  To run them:

    cp .env.example .env && docker compose up -d      # wait for (healthy)
    set -a; . ./.env; set +a                           # NEO4J_URI, NEO4J_PASSWORD...
    .venv/bin/pytest -m neo4j tests/test_neo4j.py

Everything a test writes carries ids starting with a random prefix and is deleted
afterwards, so they can run against a database that holds other data; only the
comparison of the documented queries on both stores needs a database without other
``:Entity`` nodes (it is skipped, with that reason, otherwise).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from dataclasses import replace
from pathlib import Path

import networkx as nx
import pytest

import kgraph
from kgraph.graph import write_jsonl
from kgraph.neo4j_store import (
    Neo4jStore,
    Neo4jStoreError,
    Settings,
    fact_row,
    mention_rows,
    read_dir,
)
from kgraph.query import EXAMPLES, query
from kgraph.records import RELATION_TYPES, Entity, Fact

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "hatami-syria-visit.txt"

REASON = ("NEO4J_URI not set: start Neo4j with `docker compose up -d` and export "
          "NEO4J_URI=bolt://localhost:7687 NEO4J_PASSWORD=... to run")
pytestmark = [pytest.mark.neo4j,
              pytest.mark.skipif(not os.environ.get("NEO4J_URI"), reason=REASON)]


# ---------------------------------------------------------------------- fixtures
@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    out = tmp_path_factory.mktemp("neo4j-sample")
    kgraph.build([SAMPLE], out=out, workers=1, html=False)
    return read_dir(out)


def namespaced(sample, prefix: str):
    """The sample with every entity and article id prefixed (names unchanged)."""
    entities, facts, articles = sample
    ents = [Entity(prefix + e.id, e.name, e.type, list(e.aliases), e.mentions,
                   dict(e.attributes)) for e in entities]
    fs = [Fact(prefix + f.subject, f.relation, prefix + f.object, f.predicate, f.polarity,
               f.modality, f.confidence, replace(f.evidence, article=prefix + f.evidence.article),
               f.date, dict(f.attributes)) for f in facts]
    arts = [{**a, "id": prefix + a["id"]} for a in articles]
    return ents, fs, arts


@pytest.fixture
def store():
    s = Neo4jStore(settings=Settings.resolve())
    try:
        s.verify()
    except Neo4jStoreError as e:
        pytest.fail(f"NEO4J_URI is set but Neo4j cannot be used: {e}")
    yield s
    s.close()


@pytest.fixture
def ns(store, sample):
    """(prefix, (entities, facts, articles)) -- deleted from Neo4j after the test."""
    prefix = f"kgtest-{uuid.uuid4().hex[:10]}-"
    yield prefix, namespaced(sample, prefix)
    store.run("MATCH (n) WHERE (n:Entity OR n:Article) AND n.id STARTS WITH $p "
              "DETACH DELETE n", {"p": prefix}, write=True)


def expected_counts(data) -> dict[str, int]:
    ents, facts, arts = data
    return {
        "entities": len(ents),
        "articles": len({a["id"] for a in arts} | {f.evidence.article for f in facts}),
        "facts": len(facts),
        "mentions": len(mention_rows([fact_row(f) for f in facts])),
    }


def duplicate_keys(store, prefix: str) -> int:
    _, rows = store.run("MATCH (:Entity)-[r]->(:Entity) WHERE r.article STARTS WITH $p "
                        "WITH r.key AS k, count(*) AS c WHERE c > 1 RETURN count(k)",
                        {"p": prefix})
    return rows[0][0]


def only_test_data(store, prefix: str) -> None:
    _, rows = store.run("MATCH (n:Entity) WHERE NOT n.id STARTS WITH $p RETURN count(n)",
                        {"p": prefix})
    if rows[0][0]:
        pytest.skip("the database holds other :Entity nodes; the documented queries are "
                    "compared on a database that has only this test's data")


def cli(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kgraph.cli", *args], capture_output=True,
                          text=True, timeout=300, env={**os.environ, **(env or {})}, cwd=ROOT)


# ------------------------------------------------------------------------- tests
def test_load_counts_then_reload_creates_nothing(store, ns):
    prefix, data = ns
    want = expected_counts(data)
    first = store.load(*data, batch_size=5, prune=True)
    assert store.counts(prefix) == want
    assert first.facts_skipped == 0
    assert first.nodes_created == want["entities"] + want["articles"]
    assert first.relationships_created == want["facts"] + want["mentions"]
    second = store.load(*data, batch_size=5, prune=True)
    assert store.counts(prefix) == want
    assert (second.nodes_created, second.relationships_created,
            second.relationships_deleted) == (0, 0, 0)
    assert duplicate_keys(store, prefix) == 0


def test_constraints_present(store, ns):
    _, data = ns
    report = store.load(*data)
    _, rows = store.run("SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties "
                        "RETURN name, type, labelsOrTypes, properties")
    found = {(tuple(r[2]), tuple(r[3])): r[1] for r in rows}
    assert "UNIQUENESS" in found.get((("Entity",), ("id",)), "")
    assert "UNIQUENESS" in found.get((("Article",), ("id",)), "")
    if not report.schema_notes:  # Neo4j 5.7+: the fact keys are unique per type too
        for rel in RELATION_TYPES:
            assert "UNIQUENESS" in found.get(((rel,), ("key",)), ""), rel


def test_graph_model(store, ns):
    prefix, data = ns
    ents, facts, arts = data
    store.load(*data)
    iran = next(e for e in ents if e.name == "Iran")
    _, rows = store.run("MATCH (n:Entity {id: $id}) RETURN labels(n), n.name, n.aliases, "
                        "n.iso3, n.type", {"id": iran.id})
    labels, name, aliases, iso3, type_ = rows[0]
    assert set(labels) == {"Entity", "Country"} and name == "Iran" and type_ == "Country"
    assert "Iran" in aliases and iso3 == "IRN"
    _, rows = store.run("MATCH (:Entity)-[r]->(:Entity) WHERE r.article STARTS WITH $p "
                        "RETURN type(r), r.key, r.predicate, r.sentence, r.text", {"p": prefix})
    assert sorted((t, k) for t, k, *_ in rows) == sorted((f.relation, f.key) for f in facts)
    assert all(t in RELATION_TYPES and p is not None and s is not None and x
               for t, _, p, s, x in rows)
    # every fact can be traced to its article, which mentions both its ends
    _, rows = store.run(
        "MATCH (a:Entity)-[r]->(b:Entity) WHERE r.article STARTS WITH $p "
        "OPTIONAL MATCH (art:Article {id: r.article})-[:MENTIONS]->(a) "
        "OPTIONAL MATCH (art2:Article {id: r.article})-[:MENTIONS]->(b) "
        "WITH r, art, art2 WHERE art IS NULL OR art2 IS NULL "
        "RETURN count(r)", {"p": prefix})
    assert rows[0][0] == 0
    _, rows = store.run("MATCH (a:Article) WHERE a.id STARTS WITH $p RETURN a.id, a.sentences",
                        {"p": prefix})
    assert sorted(r[0] for r in rows) == sorted(a["id"] for a in arts)


def test_interrupted_load_can_be_rerun(store, ns):
    prefix, data = ns

    def interrupt(stage: str, done: int, total: int) -> None:
        if stage == "facts":
            raise KeyboardInterrupt  # like Ctrl-C after the first batch of facts

    with pytest.raises(KeyboardInterrupt):
        store.load(*data, batch_size=3, on_batch=interrupt)
    assert store.counts(prefix)["facts"] < len(data[1])
    store.load(*data, batch_size=3)
    assert store.counts(prefix) == expected_counts(data)
    assert duplicate_keys(store, prefix) == 0


def test_reloading_a_rebuilt_article_replaces_its_facts(store, ns):
    prefix, data = ns
    ents, facts, arts = data
    store.load(*data, prune=True)
    gone = facts[0]
    report = store.load(ents, facts[1:], arts, prune=True)
    assert report.relationships_deleted >= 1
    assert store.counts(prefix)["facts"] == len(facts) - 1
    _, rows = store.run("MATCH ()-[r]->() WHERE r.key = $k RETURN count(r)", {"k": gone.key})
    assert rows[0][0] == 0


def test_documented_queries_same_rows_on_both_stores(store, ns):
    prefix, data = ns
    ents, facts, _ = data
    store.load(*data)
    only_test_data(store, prefix)
    g = kgraph.to_networkx(ents, facts)
    for ex in (e for e in EXAMPLES if e.both):
        params = dict(ex.params)
        embedded = query(ex.cypher, graph=g, params=params)
        on_neo4j = query(ex.cypher, neo4j=store, params=params)
        assert on_neo4j.columns == embedded.columns, ex.name
        assert on_neo4j.rows == embedded.rows, ex.name
    supports = query("MATCH (a)-[:SUPPORTS]->(b) RETURN a.name, b.name", neo4j=store)
    assert ["Iran", "Bashar al-Assad"] in supports.rows


def test_neo4j_only_queries(store, ns):
    prefix, data = ns
    ents, facts, _ = data
    store.load(*data)
    only_test_data(store, prefix)
    g = kgraph.to_networkx(ents, facts)
    ex = {e.name: e for e in EXAMPLES}

    res = query(ex["shortest-path"].cypher, neo4j=store)
    u = nx.Graph(g)
    ids = {e.name: e.id for e in ents}
    a, b = ids.get("John Bolton"), ids.get("Bashar al-Assad")
    if a and b and nx.has_path(u, a, b) and nx.shortest_path_length(u, a, b) <= 6:
        actors, relations = res.rows[0]
        assert actors[0] == "John Bolton" and actors[-1] == "Bashar al-Assad"
        assert len(actors) == nx.shortest_path_length(u, a, b) + 1
        assert set(relations) <= set(RELATION_TYPES)
    else:
        assert res.rows == []

    res = query(ex["degree"].cypher, neo4j=store)
    degree = {d["name"]: 0 for _, d in g.nodes(data=True)}
    for s, o in g.edges():
        degree[g.nodes[s]["name"]] += 1
        degree[g.nodes[o]["name"]] += 1
    want = sorted(([n, k] for n, k in degree.items() if k), key=lambda x: (-x[1], x[0]))[:10]
    assert res.rows == want

    res = query(ex["articles"].cypher, neo4j=store, params=dict(ex["articles"].params))
    assert res.rows and {r[0] for r in res.rows} == {prefix + "hatami-syria-visit"}


def test_query_is_read_only_unless_write(store, ns):
    prefix, _ = ns
    node_id = prefix + "write-test"
    try:
        with pytest.raises(Neo4jStoreError) as exc:
            query("CREATE (n:Entity:KgraphTest {id: $id}) RETURN n.id", neo4j=store,
                  params={"id": node_id})
        assert exc.value.kind == "refused"
        count = "MATCH (n:KgraphTest {id: $id}) RETURN count(n)"
        assert query(count, neo4j=store, params={"id": node_id}).rows == [[0]]
        res = query("CREATE (n:Entity:KgraphTest {id: $id}) RETURN n.id", neo4j=store,
                    params={"id": node_id}, write=True)
        assert res.rows == [[node_id]]
        assert query(count, neo4j=store, params={"id": node_id}).rows == [[1]]
    finally:
        store.run("MATCH (n:KgraphTest {id: $id}) DETACH DELETE n", {"id": node_id},
                  write=True)


def test_cli_load_twice_and_query(store, ns, tmp_path):
    prefix, (ents, facts, arts) = ns
    write_jsonl(tmp_path / "entities.jsonl", (e.to_json() for e in ents))
    write_jsonl(tmp_path / "triples.jsonl", (f.to_json() for f in facts))
    write_jsonl(tmp_path / "articles.jsonl", arts)
    p = cli("load", str(tmp_path), "--batch-size", "4")
    assert p.returncode == 0, p.stderr
    assert "loaded" in p.stdout
    p = cli("load", str(tmp_path))
    assert p.returncode == 0, p.stderr
    assert "(0 nodes and 0 relationships created, 0 stale relationships removed)" in p.stdout
    assert store.counts(prefix) == expected_counts((ents, facts, arts))
    p = cli("query", "MATCH (a:Entity)-[:SUPPORTS]->(b:Entity) WHERE a.id STARTS WITH $p "
            "RETURN a.name, b.name", "-p", f"p={prefix}", "--format", "json")
    assert p.returncode == 0, p.stderr
    assert {"a.name": "Iran", "b.name": "Bashar al-Assad"} in json.loads(p.stdout)
    p = cli("query", "CREATE (n:KgraphTest {id: 'cli'}) RETURN n")
    assert p.returncode == 2 and "read-only" in p.stderr and "Traceback" not in p.stderr


def test_cli_bad_credentials():
    wrong = "wrong-" + uuid.uuid4().hex
    p = cli("query", "RETURN 1 AS one", env={"NEO4J_PASSWORD": wrong})
    assert p.returncode == 3
    assert "refused the credentials" in p.stderr and "Traceback" not in p.stderr
    assert wrong not in p.stderr + p.stdout


def test_cli_wrong_database():
    p = cli("query", "RETURN 1 AS one", "--database", "kgraph-no-such-db")
    assert p.returncode == 3
    assert "no database 'kgraph-no-such-db'" in p.stderr and "Traceback" not in p.stderr
