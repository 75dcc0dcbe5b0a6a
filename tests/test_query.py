"""kgraph query on the embedded store, and the Neo4j loader's rows, whitelist and errors.

Everything here runs without a Neo4j server: the embedded engine is checked against
answers computed directly from the networkx graph, the loader's statements and rows are
checked without sending them, and the error paths use an address nothing listens on
(bolt://127.0.0.1:1).  tests/test_neo4j.py runs against a real server.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import networkx as nx
import pytest

import kgraph
from kgraph import neo4j_store as NS
from kgraph.query import EXAMPLES, QueryError, query, translate
from kgraph.records import ENTITY_TYPES, RELATION_TYPES, Entity, Evidence, Fact

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "hatami-syria-visit.txt"
UNREACHABLE = "bolt://127.0.0.1:1"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("query-sample")
    report = kgraph.build([SAMPLE], out=out, workers=1, html=False)
    assert report.articles == 1
    return out


@pytest.fixture(scope="module")
def graph_file(built) -> Path:
    return built / "graph.graphml"


@pytest.fixture(scope="module")
def g(graph_file) -> nx.MultiDiGraph:
    return kgraph.load_graph(graph_file)


def cli(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    base = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    base.update(env or {})
    return subprocess.run([sys.executable, "-m", "kgraph.cli", *args], capture_output=True,
                          text=True, timeout=300, env=base, cwd=ROOT)


def names(g: nx.MultiDiGraph) -> dict[str, str]:
    return {n: d["name"] for n, d in g.nodes(data=True)}


def edges(g: nx.MultiDiGraph):
    """(subject name, relation, object name, edge data) for every edge."""
    n = names(g)
    return [(n[u], d["relation"], n[v], d) for u, v, d in g.edges(data=True)]


# ------------------------------------------------------------------ acceptance check
def test_supports_lists_iran_to_assad(graph_file):
    res = query("MATCH (a)-[:SUPPORTS]->(b) RETURN a.name, b.name", graph=graph_file)
    assert res.columns == ["a.name", "b.name"]
    assert ["Iran", "Bashar al-Assad"] in res.rows


def test_cli_query_table_lists_iran_to_assad(graph_file):
    p = cli("query", "MATCH (a)-[:SUPPORTS]->(b) RETURN a.name, b.name", "--graph",
            str(graph_file))
    assert p.returncode == 0, p.stderr
    assert any("Iran" in line and "Bashar al-Assad" in line for line in p.stdout.splitlines())
    assert "a.name" in p.stdout and "b.name" in p.stdout


def test_cli_query_json_and_csv(graph_file):
    q = "MATCH (a)-[r:SUPPORTS]->(b) RETURN a.name AS supporter, b.name, r.sentence"
    p = cli("query", q, "--graph", str(graph_file), "--format", "json")
    assert p.returncode == 0, p.stderr
    rows = json.loads(p.stdout)
    assert {"supporter": "Iran", "b.name": "Bashar al-Assad", "r.sentence": 2} in rows
    p = cli("query", q, "--graph", str(graph_file), "--format", "csv")
    assert p.returncode == 0, p.stderr
    lines = p.stdout.splitlines()
    assert lines[0] == "supporter,b.name,r.sentence"
    assert "Iran,Bashar al-Assad,2" in lines


def test_cli_query_parameters(graph_file):
    p = cli("query", "MATCH (a {name: $who})-[r]->(b) RETURN b.name, type(r)",
            "-g", str(graph_file), "-f", "json", "-p", "who=Israel")
    assert p.returncode == 0, p.stderr
    assert {"b.name": "Iran", "type(r)": "CRITICIZES"} in json.loads(p.stdout)


# ---------------------------------------------- embedded engine == networkx answers
def test_every_edge_is_one_row(g):
    res = query("MATCH (a:Entity)-[r]->(b:Entity) RETURN a.id, r.key, b.id", graph=g)
    want = sorted([u, k, v] for u, v, k in g.edges(keys=True))
    assert sorted(res.rows) == want


def test_labels_and_types(g):
    for t in {d["type"] for _, d in g.nodes(data=True)}:
        res = query(f"MATCH (a:{t}) RETURN a.id", graph=g)
        assert sorted(r[0] for r in res.rows) == sorted(
            n for n, d in g.nodes(data=True) if d["type"] == t)
    for rel in {d["relation"] for *_, d in g.edges(data=True)}:
        res = query(f"MATCH (a)-[r:{rel}]->(b) RETURN type(r), r.key", graph=g)
        assert sorted(r[1] for r in res.rows) == sorted(
            k for _, _, k, d in g.edges(keys=True, data=True) if d["relation"] == rel)
        assert {r[0] for r in res.rows} == {rel}


def small_graph() -> nx.MultiDiGraph:
    ents = [Entity("country:AAA", "Aland", "Country"), Entity("country:BBB", "Bland", "Country"),
            Entity("person:c", "Carl", "Person")]

    def fact(s, rel, o, sent, modality="asserted"):
        return Fact(s, rel, o, "p", "positive", modality, 0.9,
                    Evidence("art", sent, f"sentence {sent}", 0, 1, 0, 1))

    facts = [fact("country:AAA", "DEPLOYED_IN", "country:BBB", i) for i in (1, 2, 3)]
    facts += [fact("country:AAA", "COOPERATES_WITH", "country:BBB", 4),
              fact("country:BBB", "SUPPORTS", "person:c", 5),
              fact("country:AAA", "SUPPORTS", "person:c", 6, "planned")]
    return kgraph.to_networkx(ents, facts)


def test_parallel_edges_give_one_row_each():
    g = small_graph()
    assert query("MATCH (a)-[r:DEPLOYED_IN]->(b) RETURN r.sentence", graph=g).rows == [
        [1], [2], [3]]
    assert len(query("MATCH (a)-[:DEPLOYED_IN]->(b) RETURN a.name, b.name", graph=g).rows) == 3
    assert len(query("MATCH (a)-[r]->(b) WHERE a.name = 'Aland' RETURN r.key",
                     graph=g).rows) == 5
    res = query("MATCH (a)-[r]->(b) RETURN type(r) AS t, count(r) AS n ORDER BY t", graph=g)
    assert res.rows == [["COOPERATES_WITH", 1], ["DEPLOYED_IN", 3], ["SUPPORTS", 2]]


def test_variable_length_paths_are_counted_per_edge():
    g = small_graph()
    # Aland -> Carl: directly (1) and through Bland (4 parallel edges x 1) = 5 paths
    res = query("MATCH (a)-[*1..2]->(b) WHERE a.name = 'Aland' AND b.name = 'Carl' "
                "RETURN a.name, b.name", graph=g)
    assert len(res.rows) == 5
    res = query("MATCH (a)-[r1]->(m)-[r2]->(b) WHERE a.name = 'Aland' "
                "RETURN type(r1), m.name, type(r2), b.name", graph=g)
    assert len(res.rows) == 4


def test_or_across_two_variables(g):
    """grand-cypher's index hints lose these rows; kgraph turns them off."""
    res = query("MATCH (a)-[r]->(b) WHERE a.name = 'Iran' OR b.name = 'Iran' "
                "RETURN a.name, type(r), b.name", graph=g)
    want = sorted([s, r, o] for s, r, o, _ in edges(g) if "Iran" in (s, o))
    assert sorted(res.rows) == want and want


def test_not_condition(g):
    res = query("MATCH (a)-[r]->(b) WHERE NOT a.name = 'Iran' AND b.name = 'Syria' "
                "RETURN a.name, type(r)", graph=g)
    want = sorted([s, r] for s, r, o, _ in edges(g) if o == "Syria" and s != "Iran")
    assert sorted(res.rows) == want and want


def test_aggregates_in_any_case_and_count_star(g):
    want = Counter(s for s, *_ in edges(g))
    for agg in ("count(r)", "COUNT(r)", "Count(r)", "count(*)"):
        res = query(f"MATCH (a)-[r]->(b) RETURN a.name AS actor, {agg} AS n", graph=g)
        assert dict(map(tuple, res.rows)) == want, agg


def test_aggregate_over_no_match_gives_one_row(g):
    res = query("MATCH (a)-[r]->(b) WHERE a.name = 'Nobody' RETURN count(r), collect(b.name)",
                graph=g)
    assert res.rows == [[0, []]]
    res = query("MATCH (a)-[r]->(b) WHERE a.name = 'Nobody' RETURN a.name, count(r)", graph=g)
    assert res.rows == []


def test_single_and_double_quotes_agree(g):
    a = query("MATCH (a) WHERE a.name = 'Iran' RETURN a.id", graph=g)
    b = query('MATCH (a) WHERE a.name = "Iran" RETURN a.id', graph=g)
    assert a == b and a.rows == [["country:IRN"]]
    assert translate("MATCH (a) WHERE a.name = 'It\\'s \"x\"' RETURN a").text.count(
        '"It\'s \\"x\\""') == 1


def test_distinct_with_aliases_skip_and_limit(g):
    res = query("MATCH (a)-[r]->(b) WHERE a.name = 'Iran' "
                "RETURN DISTINCT b.name AS target, type(r) AS rel ORDER BY target, rel",
                graph=g)
    want = sorted({(o, r) for s, r, o, _ in edges(g) if s == "Iran"})
    assert [tuple(r) for r in res.rows] == want
    paged = query("MATCH (a)-[r]->(b) WHERE a.name = 'Iran' RETURN DISTINCT b.name AS target, "
                  "type(r) AS rel ORDER BY target, rel SKIP 1 LIMIT 2", graph=g)
    assert [tuple(r) for r in paged.rows] == want[1:3]


def test_nodes_and_relationships_carry_the_neo4j_properties(g, built):
    node = query("MATCH (a) WHERE a.name = 'Iran' RETURN a", graph=g).rows[0][0]
    ent = next(e for e in kgraph.graph.read_entities(built / "entities.jsonl")
               if e.name == "Iran")
    assert node == NS.entity_row(ent)["props"]
    assert isinstance(node["aliases"], list) and node["iso3"] == "IRN"
    rel = query("MATCH (a)-[r:SUPPORTS]->(b) WHERE a.name = 'Iran' RETURN r", graph=g).rows[0][0]
    fact = next(f for f in kgraph.graph.read_triples(built / "triples.jsonl")
                if f.relation == "SUPPORTS" and f.subject == "country:IRN")
    assert rel == NS.fact_row(fact)["props"]


# ------------------------------------------------------- the documented examples
def expected_rows(name: str, g: nx.MultiDiGraph) -> list[list]:
    """What each 'both stores' example must answer, computed without Cypher."""
    E = edges(g)
    if name == "supports":
        return sorted([s, o, d["sentence"]] for s, r, o, d in E if r == "SUPPORTS"
                      and d["is_fact"])
    if name == "actor":
        rows = [[s, r, o, d["polarity"], d["modality"], d["sentence"], d["text"]]
                for s, r, o, d in E if "Iran" in (s, o)]
        return sorted(rows, key=lambda x: (x[5], x[1], x[0], x[2]))
    if name == "paths":
        n = names(g)
        rows = []
        for a, m, d1 in g.edges(data=True):
            for _, b, d2 in g.out_edges(m, data=True):
                if n[a] == "Amir Hatami" and n[b] == "Bashar al-Assad" and a != b:
                    rows.append([n[a], d1["relation"], n[m], d2["relation"], n[b],
                                 d1["sentence"], d2["sentence"]])
        return sorted(rows, key=lambda x: (x[2], x[1], x[3], x[5], x[6]))
    if name == "most-connected":
        c = Counter(s for s, r, o, d in E if d["is_fact"])
        return [[a, k] for a, k in sorted(c.items(), key=lambda x: (-x[1], x[0]))][:5]
    if name == "flagged":
        rows = [[s, r, o, d["polarity"], d["modality"], d["text"]] for s, r, o, d in E
                if d["polarity"] == "negative" or d["modality"] != "asserted"]
        return sorted(rows, key=lambda x: (x[0], x[1], x[2], x[5]))
    raise AssertionError(name)


@pytest.mark.parametrize("example", [e for e in EXAMPLES if e.both], ids=lambda e: e.name)
def test_examples_on_embedded_store(example, g):
    res = query(example.cypher, graph=g, params=dict(example.params))
    assert res.rows == expected_rows(example.name, g)


def test_sample_examples_have_answers(g):
    got = {e.name: query(e.cypher, graph=g, params=dict(e.params)).rows
           for e in EXAMPLES if e.both}
    assert ["Iran", "Bashar al-Assad", 2] in got["supports"]
    assert got["actor"] and got["most-connected"] and got["paths"]


@pytest.mark.parametrize("example", [e for e in EXAMPLES if not e.both],
                         ids=lambda e: e.name)
def test_neo4j_only_examples_are_refused_with_a_reason(example, g):
    with pytest.raises(QueryError, match="Neo4j"):
        query(example.cypher, graph=g, params=dict(example.params))


def test_examples_are_the_documented_ones():
    docs = [p for p in (ROOT / "docs" / "neo4j.md", ROOT / "README.md") if p.is_file()]
    text = " ".join(" ".join(p.read_text(encoding="utf-8").split()) for p in docs)
    if "kgraph query" not in text:
        pytest.skip("no Neo4j/query section in README.md or docs/neo4j.md yet")
    for e in EXAMPLES:
        assert " ".join(e.cypher.split()) in text, f"example {e.name!r} not in the docs"


# ----------------------------------------------------------- refused on the embedded
@pytest.mark.parametrize("cypher, why", [
    ("MATCH (a)-[r]-(b) RETURN a.name", "undirected"),
    ("MATCH (a)--(b) RETURN a.name", "undirected"),
    ("MATCH p = (a)-[r]->(b) RETURN a.name", "path variables"),
    ("MATCH (a) WITH a RETURN a.name", "WITH"),
    ("OPTIONAL MATCH (a) RETURN a.name", "OPTIONAL MATCH"),
    ("MATCH (a) UNWIND a.aliases AS x RETURN x", "UNWIND"),
    ("CREATE (a:Country {name: 'Atlantis'})", "read-only"),
    ("MATCH (a) SET a.name = 'x' RETURN a", "read-only"),
    ("MATCH (a) DETACH DELETE a", "read-only"),
    ("MATCH (a:Article) RETURN a.id", "only in Neo4j"),
    ("MATCH (a)-[r]->(b) RETURN *", "RETURN \\*"),
    ("MATCH (a) RETURN count(DISTINCT a.type)", "DISTINCT"),
    ("MATCH (a) RETURN a.name AS n ORDER BY", "cannot read"),
    ("MATCH (a)", "no RETURN"),
    ("MATCH (a) WHERE a.name = $nope RETURN a", "missing parameter"),
])
def test_refused_with_one_line_reason(cypher, why, g):
    with pytest.raises(QueryError, match=why) as exc:
        query(cypher, graph=g)
    assert "\n" not in str(exc.value)


def test_starts_with_is_not_a_with_clause(g):
    res = query("MATCH (a) WHERE a.name STARTS WITH 'Iran' RETURN a.name ORDER BY a.name", graph=g)
    assert ["Iran"] in res.rows


def test_write_needs_neo4j(g):
    with pytest.raises(QueryError, match="read-only"):
        query("MATCH (a) RETURN a.name", graph=g, write=True)


def test_missing_graph_file(tmp_path):
    with pytest.raises(QueryError, match="graph file not found"):
        query("MATCH (a) RETURN a", graph=tmp_path / "none.graphml")


# --------------------------------------------------------------- CLI error paths
def one_error_line(p: subprocess.CompletedProcess) -> str:
    assert "Traceback" not in p.stderr, p.stderr
    lines = [ln for ln in p.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith("error:"), p.stderr
    return lines[0]


def test_cli_missing_graph_file(tmp_path):
    p = cli("query", "MATCH (a) RETURN a.name", "--graph", str(tmp_path / "none.graphml"))
    assert p.returncode == 2
    assert "graph file not found" in one_error_line(p)


def test_cli_default_graph_missing(tmp_path):
    p = subprocess.run([sys.executable, "-m", "kgraph.cli", "query", "MATCH (a) RETURN a"],
                       capture_output=True, text=True, cwd=tmp_path, timeout=120,
                       env={k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")})
    assert p.returncode == 2
    assert "out/graph.graphml" in one_error_line(p)


def test_cli_unsupported_query(graph_file):
    p = cli("query", "MATCH (a)-[r]-(b) RETURN a.name", "--graph", str(graph_file))
    assert p.returncode == 2
    assert "undirected" in one_error_line(p)


def test_cli_unreachable_neo4j_query():
    p = cli("query", "MATCH (a) RETURN a.name", "--neo4j", UNREACHABLE,
            "--password", "s3cret-pw-xyz")
    assert p.returncode == 3
    line = one_error_line(p)
    assert "cannot reach Neo4j at bolt://127.0.0.1:1" in line
    assert "s3cret-pw-xyz" not in p.stderr + p.stdout


def test_cli_unreachable_neo4j_from_environment(graph_file):
    env = {"NEO4J_URI": UNREACHABLE, "NEO4J_PASSWORD": "s3cret-pw-xyz"}
    p = cli("query", "MATCH (a) RETURN count(a)", env=env)
    assert p.returncode == 3
    assert "cannot reach Neo4j" in one_error_line(p)
    assert "s3cret-pw-xyz" not in p.stderr + p.stdout
    # an explicit --graph wins over NEO4J_URI
    p = cli("query", "MATCH (a) RETURN count(a) AS n", "--graph", str(graph_file), "-f", "json",
            env=env)
    assert p.returncode == 0, p.stderr
    assert json.loads(p.stdout)[0]["n"] > 0


def test_cli_unreachable_neo4j_load(built):
    p = cli("load", str(built), "--neo4j", UNREACHABLE, "--password", "s3cret-pw-xyz")
    assert p.returncode == 3
    assert "cannot reach Neo4j" in one_error_line(p)
    assert "s3cret-pw-xyz" not in p.stderr + p.stdout


def test_cli_build_checks_neo4j_before_building(tmp_path):
    out = tmp_path / "out"
    p = cli("build", str(SAMPLE), "--out", str(out), "--neo4j", UNREACHABLE)
    assert p.returncode == 3
    assert "cannot reach Neo4j" in one_error_line(p)
    assert not out.exists()


@pytest.mark.parametrize("uri, message", [
    ("http://localhost:7474", "HTTP address"),
    ("localhost:7687", "invalid Neo4j URI"),
    ("bolt://neo4j:pw@localhost:7687", "not in the URI"),
])
def test_cli_bad_uri(uri, message, built):
    p = cli("load", str(built), "--neo4j", uri)
    assert p.returncode == 2
    line = one_error_line(p)
    assert message in line and ":pw@" not in line


def test_cli_load_missing_directory(tmp_path):
    p = cli("load", str(tmp_path / "nowhere"), "--neo4j", UNREACHABLE)
    assert p.returncode == 2
    assert "no such directory" in one_error_line(p)


def test_cli_write_needs_neo4j(graph_file):
    p = cli("query", "MATCH (a) RETURN a.name", "--graph", str(graph_file), "--write")
    assert p.returncode == 2
    assert "--write needs Neo4j" in one_error_line(p)


# ------------------------------------------------------ Neo4j rows and whitelist
def a_fact(relation: str = "SUPPORTS", **kw) -> Fact:
    return Fact(subject="country:IRN", relation=relation, object="person:bashar-al-assad",
                predicate="has backed", polarity="positive", modality="asserted",
                confidence=0.9, evidence=Evidence("art-1", 2, "Iran backs Assad.", 10, 27, 15,
                                                  20), **kw)


def test_fact_row():
    row = NS.fact_row(a_fact(attributes={"rule": "verb", "extra": {"x": 1}}))
    assert row["key"] == "art-1|2|country:IRN|SUPPORTS|person:bashar-al-assad"
    assert row["relation"] == "SUPPORTS" and row["subject"] == "country:IRN"
    p = row["props"]
    assert p["key"] == row["key"] and p["is_fact"] is True and p["sentence"] == 2
    assert (p["start"], p["end"], p["trigger_start"], p["trigger_end"]) == (10, 27, 15, 20)
    assert p["rule"] == "verb" and p["extra"] == '{"x": 1}'  # maps are stored as JSON
    assert "date" not in p  # None is left out


def test_entity_row():
    e = Entity("country:IRN", "Iran", "Country", aliases=["Tehran", "Iran", "Iran"], mentions=3,
               attributes={"iso2": "IR", "iso3": "IRN", "roles": ["a", 1]})
    row = NS.entity_row(e)
    assert row["type"] == "Country" and row["id"] == "country:IRN"
    p = row["props"]
    assert p["aliases"] == ["Iran", "Tehran"] and p["iso3"] == "IRN" and p["mentions"] == 3
    assert p["roles"] == '["a", 1]'  # a mixed list is not a Neo4j property: JSON


@pytest.mark.parametrize("relation", ["DROP", "supports", "SUPPORTS]->() DETACH DELETE n //",
                                      "", "MENTIONS"])
def test_relation_outside_the_schema_is_rejected(relation):
    with pytest.raises(NS.SchemaError):
        NS.fact_row(a_fact(relation))


@pytest.mark.parametrize("type_", ["Foo", "country", "Country:Admin", "Entity", "Article", ""])
def test_entity_type_outside_the_schema_is_rejected(type_):
    with pytest.raises(NS.SchemaError):
        NS.entity_row(Entity("x:1", "X", type_))


def test_load_validates_before_sending_anything():
    store = NS.Neo4jStore(UNREACHABLE, password="pw")  # nothing listens there
    with pytest.raises(NS.SchemaError):
        store.load([Entity("x:1", "X", "Foo")], [])
    with pytest.raises(NS.SchemaError):
        store.load([], [a_fact("DROP")])


def test_statements_use_only_whitelisted_labels_and_types():
    allowed = set(ENTITY_TYPES) | set(RELATION_TYPES) | {"Entity", "Article", "MENTIONS"}
    assert set(NS.ENTITY_STATEMENTS) == set(ENTITY_TYPES)
    assert set(NS.FACT_STATEMENTS) == set(RELATION_TYPES)
    for stmt in NS.all_statements():
        for name in re.findall(r"(?<![\w.]):(\w+)", stmt):
            assert name in allowed, (name, stmt)


def test_statements_are_parameterised(built):
    """No data value ever appears in a statement: every value travels in $rows."""
    entities, facts, articles = NS.read_dir(built)
    schema = {w.lower() for w in (*ENTITY_TYPES, *RELATION_TYPES)}  # may appear, as names
    values = set()
    for row in [NS.entity_row(e) for e in entities] + [NS.fact_row(f) for f in facts] + [
            NS.article_row(a) for a in articles]:
        for v in row["props"].values():
            if isinstance(v, str) and len(v) > 3 and v.lower() not in schema:
                values.add(v)
    assert "Iran" in values and "country:IRN" in values
    for stmt in NS.all_statements():
        assert "'" not in stmt and '"' not in stmt, stmt  # no literals at all
        if stmt.startswith("UNWIND"):
            assert stmt.startswith("UNWIND $rows AS row\n")
        for v in values:
            assert v not in stmt


def test_grouping_and_batches(built):
    entities, facts, articles = NS.read_dir(built)
    rows = [NS.fact_row(f) for f in facts]
    groups = NS.group_rows(rows, "relation")
    assert sum(map(len, groups.values())) == len(rows)
    assert all(r["relation"] == rel for rel, rs in groups.items() for r in rs)
    assert [len(b) for b in NS.batches(list(range(10)), 4)] == [4, 4, 2]
    with pytest.raises(ValueError):
        list(NS.batches([1], 0))


def test_mentions_and_prune_rows():
    f1, f2 = a_fact(), a_fact("OPPOSES")
    rows = [NS.fact_row(f1), NS.fact_row(f2)]
    assert NS.mention_rows(rows) == [
        {"article": "art-1", "entity": "country:IRN", "facts": 2},
        {"article": "art-1", "entity": "person:bashar-al-assad", "facts": 2}]
    stale = NS.prune_rows(["art-1", "art-2"], rows)
    assert stale[0] == {"id": "art-1", "fact_keys": sorted([f1.key, f2.key]),
                        "entity_ids": ["country:IRN", "person:bashar-al-assad"]}
    assert stale[1] == {"id": "art-2", "fact_keys": [], "entity_ids": []}  # all stale


def test_article_row():
    row = NS.article_row({"id": "a1", "title": "T", "date": None, "sentences": 3,
                          "entity_mentions": {"country:IRN": 2}})
    assert row == {"id": "a1", "props": {"title": "T", "sentences": 3}}
    with pytest.raises(NS.SchemaError):
        NS.article_row({"title": "no id"})


def test_settings_never_show_the_password():
    s = NS.Settings.resolve(env={"NEO4J_URI": "bolt://db:7687", "NEO4J_PASSWORD": "hunter22",
                                 "NEO4J_USER": "kg", "NEO4J_DATABASE": "graphs"})
    assert (s.uri, s.user, s.password, s.database) == ("bolt://db:7687", "kg", "hunter22",
                                                      "graphs")
    assert "hunter22" not in repr(s)
    s2 = NS.Settings.resolve("bolt://other:7687", password="x", env={"NEO4J_URI": "bolt://db"})
    assert s2.uri == "bolt://other:7687" and s2.user == "neo4j" and s2.database is None
    assert NS.redact("neo4j://u:secret@h:7687") == "neo4j://h:7687"


def test_errors_are_described_in_one_line():
    from neo4j.exceptions import Neo4jError, ServiceUnavailable

    hydrate = getattr(Neo4jError, "_hydrate_neo4j", None)
    if hydrate is None:
        pytest.skip("this neo4j driver cannot build server errors client-side")
    s = NS.Settings(uri="bolt://db:7687", password="hunter22", database="nope")
    cases = {
        "Neo.ClientError.Security.Unauthorized": ("auth", "refused the credentials"),
        "Neo.ClientError.Database.DatabaseNotFound": ("database", "no database 'nope'"),
        "Neo.ClientError.Statement.SyntaxError": ("query", "syntax error"),
        "Neo.ClientError.Statement.AccessMode": ("refused", "--write"),
        "Neo.TransientError.Transaction.DeadlockDetected": ("unavailable", "after retries"),
        "Neo.ClientError.Security.AuthenticationRateLimit": ("auth", "refused user"),
    }
    for code, (kind, text) in cases.items():
        e = NS.describe(hydrate(code=code, message="Something.\nSecond line."), s)
        assert e.kind == kind and text in str(e), (code, str(e))
        assert "\n" not in str(e) and "hunter22" not in str(e)
    e = NS.describe(ServiceUnavailable("Couldn't connect (reason [Errno 111] Connection "
                                       "refused)"), s)
    assert e.kind == "unavailable" and "Connection refused" in str(e)


# ------------------------------------------------------------ files for Neo4j
def test_docker_compose_file():
    text = (ROOT / "docker-compose.yml").read_text(encoding="utf-8")
    image = re.search(r"image:\s*neo4j:(\S+)", text)
    assert image and re.match(r"5\.\d+(\.\d+)?-community$", image.group(1)), "pin a 5.x tag"
    assert re.search(r'"[^"\n]*7474[^"\n]*:7474"', text), "Browser port"
    assert re.search(r'"[^"\n]*7687[^"\n]*:7687"', text), "Bolt port"
    assert "NEO4J_AUTH" in text and "${NEO4J_PASSWORD" in text
    assert "healthcheck:" in text and re.search(r"^volumes:\n\s+\S+:", text, re.M)
    env = (ROOT / ".env.example").read_text(encoding="utf-8")
    for key in ("NEO4J_URI=", "NEO4J_USER=", "NEO4J_PASSWORD=", "NEO4J_DATABASE="):
        assert key in env


def test_browser_style_covers_the_schema():
    grass = (ROOT / "kgraph" / "static" / "kgraph.grass").read_text(encoding="utf-8")
    assert grass.count("{") == grass.count("}")
    for t in ENTITY_TYPES:
        block = re.search(r"node\." + t + r"\s*\{(.*?)\n\}", grass, re.S)
        assert block and "color:" in block.group(1) and "{name}" in block.group(1), t
    for r in RELATION_TYPES:
        assert re.search(r"relationship\." + r + r"\s*\{[^}]*color:", grass), r
    assert re.search(r"node\.Article\s*\{", grass)
