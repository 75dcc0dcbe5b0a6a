"""Cypher on either store: the embedded graph (GraphML + grand-cypher) or Neo4j.

    from kgraph.query import query
    columns, rows = query('MATCH (a)-[:SUPPORTS]->(b) RETURN a.name, b.name',
                          graph="out/graph.graphml")
    columns, rows = query("MATCH (a:Country) RETURN a.name", neo4j="bolt://localhost:7687",
                          password="...")

Both stores expose the same model: nodes labelled ``Entity`` plus their type
(``Country``, ``Person``...), with ``id``, ``name``, ``type``, ``aliases`` (a list),
``mentions``, ``iso2``/``iso3``/``country``; relationships typed by their relation
(``SUPPORTS``...) with ``key``, ``relation``, ``predicate``, ``polarity``, ``modality``,
``is_fact``, ``confidence``, ``date``, ``article``, ``sentence``, ``text`` and offsets.
(Neo4j also has ``:Article`` nodes; the GraphML file has no articles.)

The embedded engine is grand-cypher, which reads a subset of Cypher (MATCH / WHERE /
RETURN / ORDER BY / SKIP / LIMIT, aggregates, directed and variable-length patterns).
Before handing a query over, this module makes the common Cypher spellings work there
too -- single-quoted strings, lower-case aggregates, ``count(*)``, ``$parameters``,
``RETURN DISTINCT`` with aliases -- and refuses, with a one-line reason, what it would
answer differently from Neo4j (undirected patterns, path variables, WITH, OPTIONAL
MATCH, writes...).  See docs/neo4j.md for the list.
"""

from __future__ import annotations

import csv
import io
import json
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

import networkx as nx

DEFAULT_GRAPH = Path("out/graph.graphml")
FORMATS = ("table", "json", "csv")

AGGREGATES = {"count", "sum", "avg", "min", "max", "collect"}
WRITE_CLAUSES = {"create", "merge", "set", "delete", "detach", "remove", "drop", "load",
                 "foreach"}
UNSUPPORTED = {
    "with": "WITH", "unwind": "UNWIND", "optional": "OPTIONAL MATCH", "union": "UNION",
    "call": "CALL", "case": "CASE", "shortestpath": "shortestPath",
    "allshortestpaths": "allShortestPaths", "show": "SHOW", "explain": "EXPLAIN",
    "profile": "PROFILE", "use": "USE",
}
NEO4J_ONLY_LABELS = {"Article", "MENTIONS"}
_CNAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


class QueryError(ValueError):
    """A query that cannot run: bad Cypher, unsupported feature, missing graph file."""


class QueryResult(NamedTuple):
    columns: list[str]
    rows: list[list[Any]]

    def records(self) -> list[dict[str, Any]]:
        """The rows as dicts keyed by column name."""
        return [dict(zip(self.columns, row, strict=True)) for row in self.rows]


@dataclass(frozen=True)
class Example:
    """A documented query (docs/neo4j.md).  `both`: same rows on Neo4j and embedded."""

    name: str
    title: str
    cypher: str
    both: bool = True
    params: tuple[tuple[str, Any], ...] = ()


EXAMPLES: tuple[Example, ...] = (
    Example("supports", "Who supports whom", """\
MATCH (a:Entity)-[r:SUPPORTS]->(b:Entity)
WHERE r.is_fact = true
RETURN a.name AS supporter, b.name AS supported, r.sentence AS sentence
ORDER BY supporter, supported, sentence"""),
    Example("actor", "All facts about an actor, with their evidence sentences", """\
MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.name = $name OR b.name = $name
RETURN a.name AS subject, type(r) AS relation, b.name AS object,
       r.polarity AS polarity, r.modality AS modality, r.sentence AS sentence,
       r.text AS evidence
ORDER BY sentence, relation, subject, object""", params=(("name", "Iran"),)),
    Example("paths", "Two-step paths between two actors", """\
MATCH (a:Entity)-[r1]->(m:Entity)-[r2]->(b:Entity)
WHERE a.name = "Amir Hatami" AND b.name = "Bashar al-Assad"
RETURN a.name AS source, type(r1) AS rel1, m.name AS via, type(r2) AS rel2,
       b.name AS target, r1.sentence AS s1, r2.sentence AS s2
ORDER BY via, rel1, rel2, s1, s2"""),
    Example("most-connected", "Most active actors (facts they are the subject of)", """\
MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.is_fact = true
RETURN a.name AS actor, count(r) AS facts
ORDER BY facts DESC, actor
LIMIT 5"""),
    Example("flagged", "Negated, planned or hypothetical statements", """\
MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.polarity = "negative" OR r.modality <> "asserted"
RETURN a.name AS subject, type(r) AS relation, b.name AS object,
       r.polarity AS polarity, r.modality AS modality, r.text AS evidence
ORDER BY subject, relation, object, evidence"""),
    Example("shortest-path", "Shortest path between two actors, either direction", """\
MATCH p = shortestPath(
  (a:Entity {name: "John Bolton"})-[*..6]-(b:Entity {name: "Bashar al-Assad"}))
WHERE none(r IN relationships(p) WHERE type(r) = "MENTIONS")
RETURN [n IN nodes(p) | n.name] AS actors, [r IN relationships(p) | type(r)] AS relations""",
            both=False),
    Example("degree", "Most connected actors, counting both directions", """\
MATCH (a:Entity)-[r]-(:Entity)
RETURN a.name AS actor, count(r) AS degree
ORDER BY degree DESC, actor
LIMIT 10""", both=False),
    Example("articles", "Facts traced to their article", """\
MATCH (art:Article)-[:MENTIONS]->(a:Entity {name: $name})-[r]->(b:Entity)
WHERE r.article = art.id
RETURN art.id AS article, art.title AS title, r.sentence AS sentence,
       type(r) AS relation, b.name AS object, r.text AS evidence
ORDER BY article, sentence""", both=False, params=(("name", "Iran"),)),
)


# ==================================================================== entry point
def query(cypher: str, graph: str | Path | nx.Graph | None = None, neo4j: Any = None, *,
          params: Mapping[str, Any] | None = None, write: bool = False,
          user: str | None = None, password: str | None = None,
          database: str | None = None) -> QueryResult:
    """Run `cypher` and return (columns, rows).

    `neo4j` -- a URI (``bolt://localhost:7687``), a ``neo4j_store.Settings`` or an open
    ``Neo4jStore`` -- runs the query on Neo4j (read-only unless ``write=True``);
    otherwise it runs on `graph`: a GraphML path (default ``out/graph.graphml``) or a
    networkx graph from ``kgraph.load_graph``.  `params` are Cypher ``$parameters``.
    Raises QueryError for a query that cannot run, neo4j_store.Neo4jStoreError for a
    Neo4j failure.
    """
    if not isinstance(cypher, str) or not cypher.strip():
        raise QueryError("empty query")
    if neo4j is not None:
        if graph is not None:
            raise QueryError("give either a graph or a Neo4j URI, not both")
        return query_neo4j(cypher, neo4j, params=params, write=write, user=user,
                           password=password, database=database)
    if write:
        raise QueryError("the embedded graph is read-only: --write needs Neo4j (--neo4j URI)")
    return query_embedded(cypher, graph if graph is not None else DEFAULT_GRAPH, params=params)


# ========================================================================== Neo4j
def query_neo4j(cypher: str, neo4j: Any, *, params: Mapping[str, Any] | None = None,
                write: bool = False, user: str | None = None, password: str | None = None,
                database: str | None = None) -> QueryResult:
    from .neo4j_store import Neo4jStore, Settings

    if isinstance(neo4j, Neo4jStore):
        columns, rows = neo4j.run(cypher, params, write=write)
    else:
        settings = neo4j if isinstance(neo4j, Settings) else Settings.resolve(
            str(neo4j), user, password, database)
        with Neo4jStore(settings=settings) as store:
            columns, rows = store.run(cypher, params, write=write)
    return QueryResult(list(columns), [[plain(v) for v in row] for row in rows])


def plain(value: Any) -> Any:
    """A query value as plain Python (JSON-friendly): nodes and relationships become
    dicts of their properties, paths {"nodes", "relationships"}, dates ISO strings."""
    try:
        from neo4j.graph import Node, Relationship
        from neo4j.graph import Path as GraphPath
    except ImportError:  # pragma: no cover - neo4j is a dependency
        Node = GraphPath = Relationship = ()  # type: ignore[assignment]
    if value is None or isinstance(value, (str, bool, int)):
        return value
    if isinstance(value, float):
        return None if math.isnan(value) else value
    if Node and isinstance(value, (Node, Relationship)):
        return {k: plain(v) for k, v in sorted(dict(value).items())}
    if GraphPath and isinstance(value, GraphPath):
        return {"nodes": [plain(n) for n in value.nodes],
                "relationships": [plain(r) for r in value.relationships]}
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in sorted(value.items(), key=lambda kv: str(kv[0]))
                if not str(k).startswith("__")}
    if isinstance(value, (set, frozenset)):
        return sorted((plain(v) for v in value), key=str)
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if hasattr(value, "iso_format"):  # neo4j.time types
        return value.iso_format()
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


# ======================================================================= embedded
def prepare_graph(g: nx.Graph) -> nx.MultiDiGraph:
    """A copy of a kgraph graph ready for grand-cypher, with the Neo4j model:

    node ``__labels__`` = {"Entity", type} and an ``id`` attribute; ``aliases`` as a
    list; edge ``__labels__`` = {relation} and a ``key`` attribute.  The GraphML
    display duplicates (``label``) are dropped so nodes and relationships carry the same
    properties as in Neo4j.
    """
    h = nx.MultiDiGraph()
    for n, d in g.nodes(data=True):
        attrs = {k: v for k, v in d.items() if k != "label" and not k.startswith("__")}
        attrs["id"] = n
        aliases = attrs.get("aliases")
        if isinstance(aliases, str):
            try:
                decoded = json.loads(aliases)
            except ValueError:
                decoded = [aliases]
            attrs["aliases"] = decoded if isinstance(decoded, list) else [aliases]
        type_ = attrs.get("type")
        attrs["__labels__"] = {"Entity", type_} if type_ else {"Entity"}
        h.add_node(n, **attrs)
    edges = g.edges(keys=True, data=True) if g.is_multigraph() else (
        (u, v, i, d) for i, (u, v, d) in enumerate(g.edges(data=True)))
    for u, v, k, d in edges:
        attrs = {kk: vv for kk, vv in d.items() if kk != "label" and not kk.startswith("__")}
        attrs.setdefault("key", k)
        rel = d.get("relation") or d.get("label")
        attrs["__labels__"] = {rel} if rel else set()
        h.add_edge(u, v, key=k)
        h[u][v][k].update(attrs)  # "key" cannot go through add_edge(**attrs)
    return h


def load_prepared(path: str | Path) -> nx.MultiDiGraph:
    from .graph import load_graph

    p = Path(path)
    if not p.is_file():
        raise QueryError(f"graph file not found: {p} (build one with `kgraph build INPUTS "
                         f"--out {p.parent}`, or query Neo4j with --neo4j)")
    try:
        return prepare_graph(load_graph(p))
    except QueryError:
        raise
    except Exception as e:  # not GraphML, truncated file...
        raise QueryError(f"{p}: not a readable GraphML graph ({type(e).__name__}: {e})"
                         ) from None


def query_embedded(cypher: str, graph: str | Path | nx.Graph, *,
                   params: Mapping[str, Any] | None = None) -> QueryResult:
    """Run `cypher` with grand-cypher on a GraphML file or networkx graph."""
    from grandcypher import GrandCypher

    t = translate(cypher, params)
    g = graph if isinstance(graph, nx.Graph) else load_prepared(graph)
    if isinstance(graph, nx.Graph) and not _is_prepared(graph):
        g = prepare_graph(graph)
    engine = GrandCypher(g)
    # grand-cypher's automatic index "hints" drop rows on WHERE ... OR ... across two
    # variables and on NOT; plain matching is exact (and fast enough for kgraph graphs).
    engine.auto_where_hints = False
    engine.auto_node_jsondata_hints = False
    try:
        raw = engine.run(t.text)
    except Exception as e:  # grand-cypher raises whatever it meets
        raise QueryError(_engine_error(e, t.text)) from None
    columns_data = []
    for key in t.keys:
        if key not in raw:
            raise QueryError(f"the embedded engine returned no column for {key!r} "
                             "(unsupported RETURN expression?)")
        columns_data.append(raw[key])
    n = max((len(c) for c in columns_data), default=0)
    rows = [[plain(c[i]) if i < len(c) else None for c in columns_data] for i in range(n)]
    if t.distinct:
        seen: set[str] = set()
        unique = []
        for row in rows:
            h = json.dumps(row, sort_keys=True, default=str)
            if h not in seen:
                seen.add(h)
                unique.append(row)
        rows = unique
    if t.skip:
        rows = rows[t.skip:]
    if t.limit is not None:
        rows = rows[:t.limit]
    if not rows and t.aggregates and all(t.aggregates):
        # Neo4j answers an aggregate-only RETURN over no match with one row.
        rows = [[{"count": 0, "sum": 0, "collect": []}.get(a) for a in t.aggregates]]
    return QueryResult(list(t.columns), rows)


def _is_prepared(g: nx.Graph) -> bool:
    return g.is_multigraph() and g.is_directed() and all(
        "__labels__" in d for _, d in list(g.nodes(data=True))[:1])


def _engine_error(e: Exception, text: str) -> str:
    try:
        from lark.exceptions import UnexpectedInput
    except ImportError:  # pragma: no cover
        UnexpectedInput = ()  # type: ignore[assignment]
    if UnexpectedInput and isinstance(e, UnexpectedInput):
        return _parse_error(e, text)
    msg = str(e).strip().splitlines()[0] if str(e).strip() else ""
    hint = ""
    if isinstance(e, TypeError) and "not supported between" in msg:
        hint = " (ORDER BY on a property that some rows lack?)"
    return (f"the embedded engine (grand-cypher) failed on this query: "
            f"{type(e).__name__}: {msg}{hint}; run it on Neo4j instead")


def _parse_error(e: Exception, text: str) -> str:
    pos = getattr(e, "pos_in_stream", None)
    if pos is None and getattr(e, "token", None) is not None:
        pos = getattr(e.token, "start_pos", None)
    near = re.sub(r"\s+AS __kg\d+", "", text[pos:pos + 40]) if isinstance(pos, int) else ""
    near = " ".join(near.split())[:25]
    where = f" near {near!r}" if near else " (unexpected end)"
    return ("the embedded engine (grand-cypher) cannot read this query" + where +
            ": it understands MATCH/WHERE/RETURN/ORDER BY/SKIP/LIMIT, see docs/neo4j.md; "
            "run other Cypher on Neo4j (--neo4j URI)")


# ==================================================================== translation
@dataclass
class _Tok:
    kind: str  # ws comment str bt param num word punct
    orig: str
    text: str = ""

    def __post_init__(self) -> None:
        if not self.text:
            self.text = self.orig


_TOKEN = re.compile(r"""
    (?P<ws>\s+)
  | (?P<comment>//[^\n]*|/\*.*?\*/)
  | (?P<str>'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")
  | (?P<bt>`(?:[^`]|``)*`)
  | (?P<param>\$(?:[A-Za-z_][A-Za-z0-9_]*|\d+|`(?:[^`]|``)*`))
  | (?P<num>\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)
  | (?P<word>[A-Za-z_][A-Za-z0-9_]*)
  | (?P<punct>.)
""", re.S | re.X)

_ESCAPES = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f", "'": "'", '"': '"',
            "\\": "\\"}


def tokenize(cypher: str) -> list[_Tok]:
    toks: list[_Tok] = []
    pos = 0
    while pos < len(cypher):
        m = _TOKEN.match(cypher, pos)
        if m is None or m.end() == pos:
            raise QueryError(f"cannot read the query near {cypher[pos:pos + 20]!r}")
        kind = m.lastgroup or "punct"
        text = m.group()
        if kind == "punct" and text in "'\"`":
            raise QueryError(f"unterminated {'string' if text != '`' else 'name'} "
                             f"near {cypher[pos:pos + 20]!r}")
        toks.append(_Tok(kind, text))
        pos = m.end()
    return toks


def cypher_string(literal: str) -> str:
    """The value of a Cypher string literal ('...' or "...", with backslash escapes)."""
    body = literal[1:-1]
    out: list[str] = []
    i = 0
    while i < len(body):
        ch = body[i]
        if ch != "\\" or i + 1 == len(body):
            out.append(ch)
            i += 1
            continue
        nxt = body[i + 1]
        if nxt in _ESCAPES:
            out.append(_ESCAPES[nxt])
            i += 2
        elif nxt in "uU":
            width = 4 if nxt == "u" else 8
            code = body[i + 2:i + 2 + width]
            if len(code) == width and all(c in "0123456789abcdefABCDEF" for c in code):
                out.append(chr(int(code, 16)))
                i += 2 + width
            else:
                raise QueryError(f"bad escape \\{nxt}{code} in string {literal[:30]!r}")
        else:
            raise QueryError(f"bad escape \\{nxt} in string {literal[:30]!r}")
    return "".join(out)


def literal(value: Any) -> str:
    """A Python value as a literal the embedded engine reads (strings double-quoted)."""
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            raise QueryError(f"parameter value {value!r} has no Cypher literal")
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(literal(v) for v in value) + "]"
    raise QueryError(f"the embedded engine cannot take a {type(value).__name__} parameter")


@dataclass
class Translated:
    """A query rewritten for grand-cypher, and what to do with its answer."""

    text: str
    columns: list[str]  # display names, as Neo4j would name them
    keys: list[str]  # grand-cypher result keys, in RETURN order
    aggregates: list[str | None] = field(default_factory=list)  # per column
    distinct: bool = False
    skip: int = 0
    limit: int | None = None


def _next(toks: list[_Tok], i: int, step: int = 1) -> int:
    """Index of the next non-whitespace, non-comment token from i (exclusive), or -1."""
    j = i + step
    while 0 <= j < len(toks):
        if toks[j].kind not in ("ws", "comment"):
            return j
        j += step
    return -1


def _is_word(toks: list[_Tok], i: int, *words: str) -> bool:
    return 0 <= i < len(toks) and toks[i].kind == "word" and toks[i].text.lower() in words


def _is_punct(toks: list[_Tok], i: int, chars: str) -> bool:
    return 0 <= i < len(toks) and toks[i].kind == "punct" and toks[i].text in chars


def translate(cypher: str, params: Mapping[str, Any] | None = None) -> Translated:
    """Rewrite Cypher for grand-cypher; QueryError for what it would get wrong."""
    params = dict(params or {})
    toks = tokenize(cypher)

    for t in toks:
        if t.kind == "comment":
            t.text = " "
        elif t.kind == "str":
            t.text = json.dumps(cypher_string(t.orig), ensure_ascii=False)
        elif t.kind == "bt":
            name = t.orig[1:-1].replace("``", "`")
            if not _CNAME.match(name):
                raise QueryError(f"the embedded engine cannot use the name {t.orig} "
                                 "(only letters, digits and _)")
            t.kind, t.text = "word", name
        elif t.kind == "param":
            name = t.orig[1:].strip("`")
            if name not in params:
                raise QueryError(f"missing parameter ${name} (pass --param {name}=VALUE)")
            t.kind, t.text = "literal", literal(params[name])

    # words in a structural position: not a property key (a.x), label (:X) or map key
    def keyword_at(i: int) -> bool:
        p, n = _next(toks, i, -1), _next(toks, i)
        if _is_punct(toks, p, "([") and _is_punct(toks, n, ")]:{"):
            return False  # a variable: (set), [call:X]
        return not (_is_punct(toks, p, ".:") or _is_punct(toks, n, ":"))

    for i, t in enumerate(toks):
        if t.kind != "word" or not keyword_at(i):
            continue
        w = t.text.lower()
        if w in WRITE_CLAUSES:
            raise QueryError(f"{t.text.upper()} writes, and the embedded graph is read-only: "
                             "run writes on Neo4j (--neo4j URI --write)")
        if w == "with" and _is_word(toks, _next(toks, i, -1), "starts", "ends"):
            continue
        if w in UNSUPPORTED:
            raise QueryError(f"{UNSUPPORTED[w]} is not supported by the embedded engine "
                             "(grand-cypher): run this query on Neo4j (--neo4j URI)")

    for i, t in enumerate(toks):  # labels only Neo4j has
        if t.kind == "word" and t.text in NEO4J_ONLY_LABELS and \
                _is_punct(toks, _next(toks, i, -1), ":|"):
            raise QueryError(f":{t.text} exists only in Neo4j (the graph file has entities "
                             "and facts, no articles): run this query with --neo4j URI")

    for i, t in enumerate(toks):  # grand-cypher knows EXISTS { ... } in upper case only
        if _is_word(toks, i, "exists") and _is_punct(toks, _next(toks, i), "{"):
            t.text = "EXISTS"

    # aggregates: grand-cypher only knows COUNT(...) etc. in upper case; count(*)
    for i, t in enumerate(toks):
        if t.kind != "word" or t.text.lower() not in AGGREGATES:
            continue
        paren = _next(toks, i)
        if not _is_punct(toks, paren, "(") or _is_punct(toks, _next(toks, i, -1), "."):
            continue
        t.text = t.text.upper()
        arg = _next(toks, paren)
        if _is_word(toks, arg, "distinct"):
            raise QueryError(f"{t.orig}(DISTINCT ...) is not supported by the embedded "
                             "engine: run this query on Neo4j")
        if _is_punct(toks, arg, "*"):
            if t.text != "COUNT":
                raise QueryError(f"{t.orig}(*) is not Cypher")
            var = _first_node_variable(toks)
            if var is None:
                raise QueryError("count(*) needs a named node in the MATCH pattern on the "
                                 "embedded engine, e.g. MATCH (a)-[r]->(b) ... count(a)")
            toks[arg].text = var

    return _rewrite_return(toks)


def _first_node_variable(toks: list[_Tok]) -> str | None:
    in_match = False
    for i in range(len(toks)):
        if _is_word(toks, i, "match"):
            in_match = True
        elif _is_word(toks, i, "where", "return"):
            in_match = False
        elif in_match and _is_punct(toks, i, "("):
            j = _next(toks, i)
            if j >= 0 and toks[j].kind == "word" and _is_punct(toks, _next(toks, j), ":){"):
                return toks[j].text
    return None


def _depths(toks: list[_Tok]) -> list[int]:
    depth, out = 0, []
    for t in toks:
        if t.kind == "punct" and t.text in ")]}":
            depth -= 1
        out.append(depth)
        if t.kind == "punct" and t.text in "([{":
            depth += 1
    return out


def _rewrite_return(toks: list[_Tok]) -> Translated:
    depth = _depths(toks)
    returns = [i for i, t in enumerate(toks) if depth[i] == 0 and _is_word(toks, i, "return")]
    if not returns:
        raise QueryError("the query has no RETURN clause")
    r = returns[-1]
    start = _next(toks, r)
    distinct = _is_word(toks, start, "distinct")
    if distinct:
        start = _next(toks, start)
    if start < 0:
        raise QueryError("RETURN without anything to return")
    end = len(toks)
    for i in range(start, len(toks)):
        if depth[i] == 0 and (_is_word(toks, i, "skip", "limit") or (
                _is_word(toks, i, "order") and _is_word(toks, _next(toks, i), "by"))):
            end = i
            break
    items: list[list[int]] = [[]]
    for i in range(start, end):
        if depth[i] == 0 and _is_punct(toks, i, ","):
            items.append([])
        else:
            items[-1].append(i)

    columns, keys, aggregates, rendered = [], [], [], []
    for n, idx in enumerate(items):
        sig = [i for i in idx if toks[i].kind not in ("ws", "comment")]
        if not sig:
            raise QueryError("empty item in RETURN")
        if len(sig) == 1 and _is_punct(toks, sig[0], "*"):
            raise QueryError("RETURN * is not supported by the embedded engine: name what to "
                             "return (RETURN a, r, b)")
        alias = None
        if len(sig) >= 3 and toks[sig[-1]].kind == "word" and _is_word(toks, sig[-2], "as"):
            alias = toks[sig[-1]].text
            expr = [i for i in idx if i < sig[-2]]
        else:
            expr = idx
        expr_sig = [i for i in expr if toks[i].kind not in ("ws", "comment")]
        original = "".join(toks[i].orig for i in expr).strip()
        text = "".join(toks[i].text for i in expr).strip()
        first = toks[expr_sig[0]] if expr_sig else None
        agg = (first.text.lower() if first is not None and first.kind == "word"
               and first.text.lower() in AGGREGATES and len(expr_sig) > 1
               and _is_punct(toks, expr_sig[1], "(") else None)
        key = alias or f"__kg{n}"
        columns.append(alias or original)
        keys.append(key)
        aggregates.append(agg)
        rendered.append(f"{text} AS {key}")

    skip, limit = 0, None
    tail = toks[end:]
    if distinct:  # grand-cypher's DISTINCT breaks on aliases: dedupe here, then page
        tail, skip, limit = _take_paging(tail)
    head = "".join(t.text for t in toks[:r])
    text = f"{head}RETURN {', '.join(rendered)} {''.join(t.text for t in tail)}".strip()
    _check_structure(text)
    return Translated(text=text, columns=columns, keys=keys, aggregates=aggregates,
                      distinct=distinct, skip=skip, limit=limit)


def _take_paging(tail: list[_Tok]) -> tuple[list[_Tok], int, int | None]:
    skip, limit = 0, None
    keep: list[_Tok] = []
    i = 0
    while i < len(tail):
        if _is_word(tail, i, "skip", "limit"):
            j = _next(tail, i)
            if j < 0 or tail[j].kind not in ("num", "literal") or not tail[j].text.isdigit():
                raise QueryError(f"{tail[i].text.upper()} needs a whole number")
            if _is_word(tail, i, "skip"):
                skip = int(tail[j].text)
            else:
                limit = int(tail[j].text)
            i = j + 1
            continue
        keep.append(tail[i])
        i += 1
    return keep, skip, limit


def _check_structure(text: str) -> None:
    """Refuse patterns grand-cypher parses but answers differently from Neo4j."""
    try:
        from grandcypher import _GrandCypherGrammar as grammar
        from lark.exceptions import UnexpectedInput
    except ImportError:  # pragma: no cover - private name moved: skip the checks
        return
    try:
        tree = grammar.parse(text)
    except UnexpectedInput as e:
        raise QueryError(_parse_error(e, text)) from None
    except Exception:  # pragma: no cover
        return
    if any(True for _ in tree.find_data("path_clause")):
        raise QueryError("path variables (MATCH p = ...) are not supported by the embedded "
                         "engine: return the nodes and relationships, or use Neo4j")
    for edge in tree.find_data("edge_match"):
        kinds = {getattr(tok, "type", None) for tok in edge.scan_values(lambda v: True)}
        if ("LEFT_ANGLE" in kinds) == ("RIGHT_ANGLE" in kinds):
            raise QueryError("undirected relationship patterns (a)-[r]-(b) are not supported "
                             "by the embedded engine (it would only match pairs linked both "
                             "ways): write the direction, -[r]-> or <-[r]-, or use Neo4j")


# ======================================================================== output
def cell(value: Any) -> str:
    """One value as text: null empty, booleans lower case, lists and maps as JSON."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)):
        return repr(value) if isinstance(value, float) else str(value)
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def to_json(result: QueryResult) -> str:
    return json.dumps(result.records(), ensure_ascii=False, indent=2)


def to_csv(result: QueryResult) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(result.columns)
    for row in result.rows:
        w.writerow([cell(v) for v in row])
    return buf.getvalue()


def render_table(result: QueryResult, console: Any) -> None:
    """Print a rich table (user text is never read as markup)."""
    from rich.table import Table
    from rich.text import Text

    table = Table(show_header=True, header_style="bold", show_lines=False)
    for c in result.columns:
        table.add_column(Text(c), overflow="fold")
    for row in result.rows:
        table.add_row(*(Text(cell(v)) for v in row))
    console.print(table)
    n = len(result.rows)
    console.print(Text(f"{n} row{'s' if n != 1 else ''}", style="dim"))


def render(result: QueryResult, fmt: str, console: Any) -> None:
    """Print `result` on a rich console: a table, or JSON / CSV written as is."""
    if fmt == "json":
        console.file.write(to_json(result) + "\n")
    elif fmt == "csv":
        console.file.write(to_csv(result))
    elif fmt == "table":
        render_table(result, console)
    else:
        raise QueryError(f"unknown format {fmt!r} (one of {', '.join(FORMATS)})")


def parse_params(items: Iterable[str]) -> dict[str, Any]:
    """``name=value`` pairs; a value that reads as JSON (3, true, ["a"]) is that value,
    anything else is a string."""
    out: dict[str, Any] = {}
    for item in items:
        name, sep, raw = item.partition("=")
        name = name.strip().lstrip("$")
        if not sep or not _CNAME.match(name):
            raise QueryError(f"--param {item!r}: expected NAME=VALUE")
        try:
            out[name] = json.loads(raw)
        except ValueError:
            out[name] = raw
    return out
