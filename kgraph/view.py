"""A self-contained interactive HTML view of a graph: ``graph.html``.

One file that opens offline in any browser: the graph data is embedded as JSON,
the JavaScript library (cytoscape.js, vendored in ``kgraph/static/``) is inlined
once, and nothing is fetched at view time (a Content-Security-Policy forbids it).

- ``write_html(path, entities, facts)``: what ``kgraph build`` calls.
- ``write_html_from(source, path=None)``: the ``kgraph view`` command; `source` is a
  build directory (``entities.jsonl`` + ``triples.jsonl``, else ``graph.graphml``)
  or a GraphML file written by kgraph.
- ``view_data(entities, facts)`` / ``render_html(...)``: the pieces, for tests.

Safety: article text only ever reaches the page inside a ``<script
type="application/json">`` block with ``<``, ``>``, ``&`` and U+2028/U+2029
escaped, is parsed with ``JSON.parse`` and is shown with ``textContent`` (or drawn
on the canvas), never as HTML.  The page's Content-Security-Policy only lets the
two inline scripts written here run (by their SHA-256), so even markup that
slipped through could not execute.
"""

from __future__ import annotations

import base64
import hashlib
import heapq
import html
import json
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from .graph import atomic_write, load_graph, read_entities, read_triples
from .records import ENTITY_TYPES, RELATION_TYPES, SYMMETRIC_RELATIONS, Entity, Evidence, Fact

LIBRARY = "cytoscape.js"
LIBRARY_VERSION = "3.34.4"
LIBRARY_FILE = "cytoscape.min.js"

# Beyond this many edges the page shows the most confident ones (facts first): a
# browser lays out a few thousand elements in seconds, not hundreds of thousands.
MAX_EDGES = 3000

# Entity type -> (colour, cytoscape node shape).  Shapes are distinct so that the
# types can be told apart without colour too.
TYPE_STYLES: dict[str, tuple[str, str]] = {
    "Country": ("#4e79a7", "round-rectangle"),
    "Person": ("#f28e2b", "ellipse"),
    "Organization": ("#59a14f", "hexagon"),
    "MilitaryForce": ("#e15759", "diamond"),
    "ArmedGroup": ("#b07aa1", "star"),
    "Location": ("#76b7b2", "triangle"),
}
_EXTRA_TYPE_STYLES: tuple[tuple[str, str], ...] = (
    ("#9c755f", "octagon"), ("#edc948", "pentagon"), ("#bab0ac", "vee"), ("#ff9da7", "tag"),
)

RELATION_COLORS: dict[str, str] = {
    "SUPPORTS": "#2ca02c",
    "COOPERATES_WITH": "#17becf",
    "MEETS": "#1f77b4",
    "VISITS": "#9467bd",
    "OPPOSES": "#ff7f0e",
    "ATTACKS": "#d62728",
    "THREATENS": "#e377c2",
    "CRITICIZES": "#bcbd22",
    "DEMANDS": "#8c564b",
    "SANCTIONS": "#7f0000",
    "DEPLOYED_IN": "#8c6d31",
    "WITHDRAWS_FROM": "#c49c94",
    "LEADS": "#393b79",
    "MEMBER_OF": "#7f7f7f",
    "PART_OF": "#5d6d7e",
    "LOCATED_IN": "#637939",
}
_EXTRA_RELATION_COLORS: tuple[str, ...] = ("#555555", "#a05d56", "#3b7a57", "#6b4c9a")


# ----------------------------------------------------------------------------- data
def _utf16_len(s: str) -> int:
    """Length of `s` in UTF-16 code units (JavaScript string indices)."""
    return len(s.encode("utf-16-le", "surrogatepass")) // 2


def _trigger(ev: Evidence) -> list[int] | None:
    """Trigger offsets relative to the evidence sentence, in JavaScript string units."""
    a, b = ev.trigger_start - ev.start, ev.trigger_end - ev.start
    if not (0 <= a < b <= len(ev.text)):
        return None
    return [_utf16_len(ev.text[:a]), _utf16_len(ev.text[:b])]


def _node_size(mentions: int) -> int:
    return int(min(90, 22 + 9 * math.sqrt(max(0, mentions))))


def _ordered(names: Iterable[str], schema: Sequence[str]) -> list[str]:
    present = set(names)
    return [n for n in schema if n in present] + sorted(present - set(schema))


def _clean(value: Any) -> Any:
    """Attributes as JSON-able values (anything odd becomes its string)."""
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, dict):
        return {str(k): _clean(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [_clean(v) for v in value]
    return str(value)


def view_data(entities: Iterable[Entity], facts: Iterable[Fact], *,
              title: str = "kgraph", max_edges: int = MAX_EDGES) -> dict[str, Any]:
    """The JSON embedded in the page: nodes, edges, legend and counts."""
    return _view_data(entities, facts, title=title, max_edges=max_edges)[0]


def _view_data(entities: Iterable[Entity], facts: Iterable[Fact], *, title: str,
               max_edges: int) -> tuple[dict[str, Any], set[str]]:
    """view_data and the articles of all the facts, in one pass over `facts` that
    holds at most `max_edges` of them (a build streams all its facts through it)."""
    entities = list(entities)
    by_id = {e.id: e for e in entities}
    n_edges = n_facts = n_usable = 0
    articles: set[str] = set()
    # the max_edges best usable edges by (not fact, -confidence, position): a heap
    # whose top is the worst one kept (keys negated; positions are unique)
    best: list[tuple[int, float, int, Fact]] = []
    for f in facts:
        n_edges += 1
        n_facts += f.is_fact
        articles.add(f.evidence.article)
        if f.subject not in by_id or f.object not in by_id:
            continue
        item = (-(not f.is_fact), f.confidence, -n_usable, f)
        n_usable += 1
        if len(best) < max_edges:
            heapq.heappush(best, item)
        elif max_edges > 0 and item[:3] > best[0][:3]:
            heapq.heapreplace(best, item)
    dangling = n_edges - n_usable
    truncated = n_usable > max_edges
    usable = [item[3] for item in sorted(best, key=lambda item: -item[2])]
    if truncated:
        keep = {f.subject for f in usable} | {f.object for f in usable}
        shown = [e for e in entities if e.id in keep]
    else:
        shown = entities

    index = {e.id: f"n{i}" for i, e in enumerate(shown)}
    nodes = []
    for e in shown:
        aliases = sorted({a for a in e.aliases if a and a != e.name})
        nodes.append({
            "id": index[e.id],
            "eid": e.id,
            "name": e.name,
            "type": e.type,
            "aliases": aliases,
            "mentions": int(e.mentions),
            "size": _node_size(e.mentions),
            "attributes": _clean(dict(sorted(e.attributes.items()))),
        })
    edges = []
    for i, f in enumerate(usable):
        ev = f.evidence
        edges.append({
            "id": f"e{i}",
            "source": index[f.subject],
            "target": index[f.object],
            "relation": f.relation,
            "predicate": f.predicate,
            "polarity": f.polarity,
            "modality": f.modality,
            "fact": f.is_fact,
            "confidence": round(float(f.confidence), 3),
            "date": f.date,
            "article": ev.article,
            "sentence": ev.sentence,
            "text": ev.text,
            "trigger": _trigger(ev),
            "key": f.key,
            "attributes": _clean({k: v for k, v in sorted(f.attributes.items())
                                  if v not in (None, "")}),
        })

    type_count = Counter(e.type for e in shown)
    types = []
    extra = iter(_EXTRA_TYPE_STYLES * (1 + len(type_count)))
    for t in _ordered(type_count, ENTITY_TYPES):
        colour, shape = TYPE_STYLES.get(t) or next(extra)
        types.append({"name": t, "color": colour, "shape": shape, "count": type_count[t]})
    rel_count = Counter(f.relation for f in usable)
    relations = []
    extra_c = iter(_EXTRA_RELATION_COLORS * (1 + len(rel_count)))
    for r in _ordered(rel_count, RELATION_TYPES):
        relations.append({
            "name": r,
            "color": RELATION_COLORS.get(r) or next(extra_c),
            "symmetric": r in SYMMETRIC_RELATIONS,
            "count": rel_count[r],
            "facts": sum(1 for f in usable if f.relation == r and f.is_fact),
        })
    return {
        "meta": {
            "title": title,
            "entities": len(entities),
            "edges": n_edges,
            "facts": n_facts,
            "shown_entities": len(nodes),
            "shown_edges": len(edges),
            "truncated": truncated,
            "dangling_edges": dangling,
            "library": f"{LIBRARY} {LIBRARY_VERSION}",
        },
        "types": types,
        "relations": relations,
        "nodes": nodes,
        "edges": edges,
    }, articles


def script_json(data: Any) -> str:
    """JSON that is safe inside ``<script type="application/json">``.

    ASCII only (lone surrogates survive too); ``<``, ``>`` and ``&`` are written as
    ``\\u003c``/``\\u003e``/``\\u0026`` so no ``</script>`` or ``<!--`` can appear,
    and U+2028/U+2029 are escaped by ``ensure_ascii``.  ``JSON.parse`` reads it back
    unchanged.
    """
    text = json.dumps(data, ensure_ascii=True, separators=(",", ":"), allow_nan=False,
                      default=str)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


# ---------------------------------------------------------------------------- page
@lru_cache(maxsize=1)
def library_source() -> str:
    """The vendored cytoscape.js build (minified UMD), as inlined in the page."""
    text = (resources.files("kgraph") / "static" / LIBRARY_FILE).read_text(encoding="utf-8")
    text = _lf(text)
    if re.search(r"</script|<!--", text, re.IGNORECASE):  # would end the inline script
        raise ValueError(f"{LIBRARY_FILE} cannot be inlined: it contains </script or <!--")
    return text


def _lf(text: str) -> str:
    # The HTML parser turns CRLF into LF before the CSP hash is taken: do it first.
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _csp_hash(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def render_html(entities: Iterable[Entity], facts: Iterable[Fact], *,
                title: str = "kgraph", max_edges: int = MAX_EDGES) -> str:
    """The whole page as a string."""
    return _page(view_data(entities, facts, title=title, max_edges=max_edges), title)


def _page(data: dict[str, Any], title: str) -> str:
    lib = library_source()
    app = _lf(APP_JS)
    csp = ("default-src 'none'; "
           f"script-src {_csp_hash(lib)} {_csp_hash(app)}; "
           "style-src 'unsafe-inline'; img-src data: blob:; "
           "base-uri 'none'; form-action 'none'")
    parts = {
        "CSP": html.escape(csp, quote=True),
        "TITLE": html.escape(title),
        "STYLE": PAGE_CSS,
        "DATA": script_json(data),
        "LIB": lib,
        "APP": app,
    }
    # One pass, so a placeholder-looking string inside the data is never replaced.
    return re.sub(r"@@(CSP|TITLE|STYLE|DATA|LIB|APP)@@", lambda m: parts[m.group(1)],
                  PAGE_HTML)


def write_html(path: str | Path, entities: Iterable[Entity], facts: Iterable[Fact], *,
               title: str | None = None) -> Path:
    """Write the interactive view of `entities` and `facts` to `path` (atomically)."""
    path = Path(path)
    data, articles = _view_data(entities, facts, title=title or "", max_edges=MAX_EDGES)
    if not title:
        title = (f"kgraph: {next(iter(articles))}" if len(articles) == 1
                 else f"kgraph: {path.parent.resolve().name} ({len(articles)} articles)")
        data["meta"]["title"] = title
    page = _page(data, title)
    with atomic_write(path) as f:
        f.write(page)
    return path


# ------------------------------------------------------------------------- sources
def graph_records(path: str | Path) -> tuple[list[Entity], list[Fact]]:
    """Entities and facts back from a GraphML file written by kgraph."""
    try:
        g = load_graph(path)
    except OSError:
        raise
    except Exception as e:  # ParseError, NetworkXError ...: not our GraphML
        raise ValueError(f"{path}: not a GraphML file ({e})") from None
    entities = []
    for nid, a in g.nodes(data=True):
        try:
            aliases = json.loads(a.get("aliases") or "[]")
        except (TypeError, ValueError):
            aliases = []
        attrs = {k: a[k] for k in ("iso2", "iso3", "country") if a.get(k)}
        entities.append(Entity(id=str(nid), name=str(a.get("name") or a.get("label") or nid),
                               type=str(a.get("type") or "Entity"),
                               aliases=[str(x) for x in aliases if isinstance(x, str)],
                               mentions=int(a.get("mentions") or 0), attributes=attrs))
    facts = []
    for s, o, a in g.edges(data=True):
        ev = Evidence(article=str(a.get("article", "")), sentence=int(a.get("sentence", 0)),
                      text=str(a.get("text", "")), start=int(a.get("start", 0)),
                      end=int(a.get("end", 0)), trigger_start=int(a.get("trigger_start", 0)),
                      trigger_end=int(a.get("trigger_end", 0)))
        attrs = {k: a[k] for k in ("rule", "role", "attributed_to") if a.get(k)}
        facts.append(Fact(subject=str(s), relation=str(a.get("relation") or a.get("label") or ""),
                          object=str(o), predicate=str(a.get("predicate", "")),
                          polarity=str(a.get("polarity", "positive")),
                          modality=str(a.get("modality", "asserted")),
                          confidence=float(a.get("confidence", 0.5)), evidence=ev,
                          date=a.get("date") or None, attributes=attrs))
    return entities, facts


def read_source(source: str | Path) -> tuple[list[Entity], list[Fact]]:
    """Entities and facts of a build directory or a GraphML file."""
    source = Path(source)
    if source.is_dir():
        ents, trips = source / "entities.jsonl", source / "triples.jsonl"
        if ents.is_file() and trips.is_file():
            return read_entities(ents), list(read_triples(trips))
        if (source / "graph.graphml").is_file():
            return graph_records(source / "graph.graphml")
        raise FileNotFoundError(
            f"{source}: no entities.jsonl + triples.jsonl or graph.graphml in this directory")
    if not source.is_file():
        raise FileNotFoundError(f"{source}: no such file or directory")
    return graph_records(source)


def default_output(source: str | Path) -> Path:
    source = Path(source)
    return source / "graph.html" if source.is_dir() else source.with_suffix(".html")


def write_html_from(source: str | Path, path: str | Path | None = None) -> Path:
    """Write the view of a build directory or GraphML file (default: next to it)."""
    entities, facts = read_source(source)
    out = Path(path) if path is not None else default_output(source)
    return write_html(out, entities, facts)


write_html_from_dir = write_html_from


# --------------------------------------------------------------------------- assets
PAGE_HTML = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="@@CSP@@">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="kgraph">
<title>@@TITLE@@</title>
<style>@@STYLE@@</style>
</head>
<body>
<header id="bar">
  <h1 id="title">@@TITLE@@</h1>
  <span id="stats"></span>
  <span class="grow"></span>
  <input id="search" type="search" list="names" placeholder="Find an actor (name or alias)"
         autocomplete="off" spellcheck="false" aria-label="Find an actor">
  <datalist id="names"></datalist>
  <button id="fit" type="button" title="Fit the graph to the window">Fit</button>
  <button id="relayout" type="button" title="Lay out the visible graph again">Re-layout</button>
</header>
<main>
  <aside id="filters">
    <section>
      <h2>Edges</h2>
      <label class="opt"><input type="checkbox" id="show-nonfacts">
        <svg class="sw" width="28" height="12" aria-hidden="true"><line x1="1" y1="6" x2="27"
        y2="6" stroke="#666" stroke-width="2" stroke-dasharray="4 3"/></svg>
        negated / planned / hypothetical <span id="nonfact-count" class="count"></span></label>
      <label class="opt"><input type="checkbox" id="show-isolated" checked>
        entities without visible edges</label>
      <label class="opt"><input type="checkbox" id="show-edge-labels" checked>
        edge labels</label>
    </section>
    <section>
      <h2>Entity types <button type="button" class="all" data-for="types">all</button></h2>
      <div id="types"></div>
    </section>
    <section>
      <h2>Relations <button type="button" class="all" data-for="relations">all</button></h2>
      <div id="relations"></div>
    </section>
    <p id="notice" hidden></p>
    <p class="foot">Drawn with <span id="lib"></span>. Scroll to zoom, drag to pan,
      click a node or an edge for details.</p>
  </aside>
  <div id="cy" role="img" aria-label="Graph of entities and relations"></div>
  <aside id="details" aria-live="polite"></aside>
</main>
<script id="kgraph-data" type="application/json">@@DATA@@</script>
<script>@@LIB@@</script>
<script>@@APP@@</script>
</body>
</html>
"""

PAGE_CSS = """
*{box-sizing:border-box}
html,body{margin:0;height:100%;font:13px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,
"Helvetica Neue",Arial,sans-serif;color:#222;background:#fff}
body{display:flex;flex-direction:column}
#bar{display:flex;align-items:center;gap:8px;padding:6px 12px;border-bottom:1px solid #ddd;
background:#f7f7f8}
#bar h1{font-size:15px;margin:0;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;
max-width:30vw}
#stats{color:#666;white-space:nowrap}
.grow{flex:1}
#search{width:260px;padding:4px 8px;border:1px solid #bbb;border-radius:4px;font:inherit}
#search.nomatch{border-color:#d62728;background:#fff3f3}
button{font:inherit;padding:3px 10px;border:1px solid #bbb;border-radius:4px;background:#fff;
cursor:pointer}
button:hover{background:#eef}
main{flex:1;display:flex;min-height:0}
#filters{width:225px;overflow:auto;padding:8px 12px;border-right:1px solid #ddd;
background:#fbfbfc}
#filters h2{font-size:12px;text-transform:uppercase;letter-spacing:.04em;color:#555;
margin:12px 0 4px;display:flex;justify-content:space-between;align-items:center}
#filters h2 .all{font-size:11px;padding:0 6px;text-transform:none}
.opt{display:flex;align-items:center;gap:6px;padding:2px 0;cursor:pointer;user-select:none}
.opt input{margin:0}
.sw{flex:none}
.count{color:#888;margin-left:auto;padding-left:6px}
.foot,#notice{color:#777;font-size:11px;margin-top:14px}
#notice{color:#a15c00}
#cy{flex:1;min-width:0;position:relative;background:#fff}
#details{width:320px;overflow:auto;padding:10px 14px;border-left:1px solid #ddd;
background:#fbfbfc}
#details h2{font-size:17px;margin:2px 0 6px;word-wrap:break-word}
#details h3{font-size:12px;text-transform:uppercase;letter-spacing:.04em;color:#555;
margin:14px 0 4px}
#details .hint{color:#777}
#details dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 10px;margin:6px 0}
#details dt{color:#666}
#details dd{margin:0;word-wrap:break-word;min-width:0}
#details ul{margin:4px 0;padding-left:18px}
#details li{margin:1px 0;word-wrap:break-word}
.badge{display:inline-block;padding:0 6px;border-radius:3px;color:#fff;font-size:12px;
font-weight:600}
.status{display:inline-block;margin-left:6px;font-size:12px;color:#a15c00}
.status.fact{color:#2c7a2c}
blockquote{margin:6px 0;padding:6px 10px;border-left:3px solid #ccc;background:#fff;
white-space:pre-wrap;word-wrap:break-word}
mark{background:#ffe58a;padding:0 1px}
.link{border:0;background:none;padding:0;color:#1a5fb4;cursor:pointer;text-align:left;
font:inherit}
.link:hover{text-decoration:underline;background:none}
.nonfact{font-style:italic;color:#777}
.where{color:#888;font-size:11px}
"""

APP_JS = r"""
(function () {
  'use strict';
  var DATA = JSON.parse(document.getElementById('kgraph-data').textContent);
  var $ = function (id) { return document.getElementById(id); };
  var SVG = 'http://www.w3.org/2000/svg';

  // Every piece of text from the data goes through textContent (or is drawn on
  // the canvas by cytoscape): never innerHTML.
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }
  function clear(node) { while (node.firstChild) { node.removeChild(node.firstChild); } }

  var typeInfo = {}, relInfo = {};
  DATA.types.forEach(function (t) { typeInfo[t.name] = t; });
  DATA.relations.forEach(function (r) { relInfo[r.name] = r; });
  var typeOn = {}, relOn = {};

  function edgeLabel(e) {
    var s = e.relation;
    if (e.polarity === 'negative') { s = 'NOT ' + s; }
    if (e.modality !== 'asserted') { s += ' (' + e.modality + ')'; }
    return s;
  }

  var elements = [];
  DATA.nodes.forEach(function (n) {
    var t = typeInfo[n.type] || {color: '#999', shape: 'ellipse'};
    elements.push({group: 'nodes', data: {
      id: n.id, label: n.name, type: n.type, size: n.size, color: t.color, shape: t.shape
    }});
  });
  DATA.edges.forEach(function (e) {
    var r = relInfo[e.relation] || {color: '#555', symmetric: false};
    elements.push({group: 'edges', data: {
      id: e.id, source: e.source, target: e.target, relation: e.relation,
      label: edgeLabel(e), color: r.color, fact: e.fact
    }, classes: (e.fact ? 'fact' : 'nonfact') + (r.symmetric ? ' symmetric' : '')});
  });
  var nodeById = {}, edgeById = {};
  DATA.nodes.forEach(function (n) { nodeById[n.id] = n; });
  DATA.edges.forEach(function (e) { edgeById[e.id] = e; });

  var cy = cytoscape({
    container: $('cy'),
    elements: elements,
    minZoom: 0.05,
    maxZoom: 5,
    boxSelectionEnabled: false,
    style: [
      {selector: 'node', style: {
        'label': 'data(label)', 'background-color': 'data(color)', 'shape': 'data(shape)',
        'width': 'data(size)', 'height': 'data(size)', 'font-size': 13, 'color': '#222',
        'text-valign': 'bottom', 'text-margin-y': 4, 'text-wrap': 'wrap',
        'text-max-width': 140, 'text-outline-color': '#fff', 'text-outline-width': 2.5,
        'border-width': 1, 'border-color': '#fff', 'min-zoomed-font-size': 6
      }},
      {selector: 'edge', style: {
        'curve-style': 'bezier', 'control-point-step-size': 36, 'width': 2,
        'line-color': 'data(color)', 'target-arrow-color': 'data(color)',
        'target-arrow-shape': 'triangle', 'arrow-scale': 1.1,
        'label': 'data(label)', 'font-size': 10, 'color': 'data(color)',
        'text-rotation': 'autorotate', 'text-background-color': '#fff',
        'text-background-opacity': 0.85, 'text-background-padding': 1,
        'min-zoomed-font-size': 7, 'opacity': 0.9
      }},
      {selector: 'edge.symmetric', style: {'target-arrow-shape': 'none'}},
      {selector: 'edge.nonfact', style: {'line-style': 'dashed', 'line-dash-pattern': [6, 4],
        'opacity': 0.75}},
      {selector: 'edge.nolabel', style: {'label': ''}},
      {selector: '.hidden', style: {'display': 'none'}},
      {selector: '.faded', style: {'opacity': 0.15, 'text-opacity': 0.2}},
      {selector: 'node.match', style: {'border-width': 4, 'border-color': '#ffbf00'}},
      {selector: 'node:selected', style: {'border-width': 4, 'border-color': '#111',
        'overlay-opacity': 0}},
      {selector: 'edge:selected', style: {'width': 5, 'opacity': 1, 'font-size': 11,
        'font-weight': 'bold', 'overlay-opacity': 0}}
    ]
  });

  // ------------------------------------------------------------------ legend + filters
  function swatchShape(shape, color) {
    var svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('width', '16'); svg.setAttribute('height', '16');
    svg.setAttribute('class', 'sw'); svg.setAttribute('aria-hidden', 'true');
    var pts = {
      'triangle': '8,1 15,15 1,15', 'diamond': '8,1 15,8 8,15 1,8',
      'hexagon': '4,1.5 12,1.5 15.5,8 12,14.5 4,14.5 0.5,8',
      'star': '8,0.5 10,6 15.5,6 11,9.5 13,15 8,11.5 3,15 5,9.5 0.5,6 6,6',
      'pentagon': '8,1 15,6.5 12.5,15 3.5,15 1,6.5',
      'octagon': '5,1 11,1 15,5 15,11 11,15 5,15 1,11 1,5',
      'vee': '1,1 8,6 15,1 8,15', 'tag': '1,2 11,2 15,8 11,14 1,14'
    }[shape];
    var s;
    if (pts) {
      s = document.createElementNS(SVG, 'polygon'); s.setAttribute('points', pts);
    } else if (shape === 'round-rectangle' || shape === 'rectangle') {
      s = document.createElementNS(SVG, 'rect');
      s.setAttribute('x', '1.5'); s.setAttribute('y', '1.5');
      s.setAttribute('width', '13'); s.setAttribute('height', '13');
      s.setAttribute('rx', shape === 'rectangle' ? '0' : '3');
    } else {
      s = document.createElementNS(SVG, 'circle');
      s.setAttribute('cx', '8'); s.setAttribute('cy', '8'); s.setAttribute('r', '7');
    }
    s.setAttribute('fill', color);
    svg.appendChild(s);
    return svg;
  }
  function swatchLine(color, arrow) {
    var svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('width', '28'); svg.setAttribute('height', '12');
    svg.setAttribute('class', 'sw'); svg.setAttribute('aria-hidden', 'true');
    var l = document.createElementNS(SVG, 'line');
    l.setAttribute('x1', '1'); l.setAttribute('y1', '6');
    l.setAttribute('x2', arrow ? '21' : '27'); l.setAttribute('y2', '6');
    l.setAttribute('stroke', color); l.setAttribute('stroke-width', '2.5');
    svg.appendChild(l);
    if (arrow) {
      var p = document.createElementNS(SVG, 'polygon');
      p.setAttribute('points', '20,1.5 27,6 20,10.5'); p.setAttribute('fill', color);
      svg.appendChild(p);
    }
    return svg;
  }
  function addFilter(box, name, on, swatch, count, key) {
    var label = el('label', 'opt');
    var cb = el('input');
    cb.type = 'checkbox'; cb.checked = true; cb.value = name;
    cb.setAttribute('data-' + key, name);
    cb.addEventListener('change', function () { on[name] = cb.checked; applyFilters(); });
    on[name] = true;
    label.appendChild(cb);
    label.appendChild(swatch);
    label.appendChild(el('span', null, name));
    label.appendChild(el('span', 'count', count));
    box.appendChild(label);
  }
  DATA.types.forEach(function (t) {
    addFilter($('types'), t.name, typeOn, swatchShape(t.shape, t.color), t.count, 'type');
  });
  DATA.relations.forEach(function (r) {
    addFilter($('relations'), r.name, relOn, swatchLine(r.color, !r.symmetric),
              r.facts === r.count ? r.count : r.facts + '+' + (r.count - r.facts), 'relation');
  });
  Array.prototype.forEach.call(document.querySelectorAll('button.all'), function (b) {
    b.addEventListener('click', function () {
      var boxes = $(b.getAttribute('data-for')).querySelectorAll('input');
      var any = Array.prototype.some.call(boxes, function (c) { return !c.checked; });
      Array.prototype.forEach.call(boxes, function (c) {
        c.checked = any; c.dispatchEvent(new Event('change'));
      });
    });
  });

  var nonfacts = DATA.edges.filter(function (e) { return !e.fact; }).length;
  $('nonfact-count').textContent = String(nonfacts);
  $('lib').textContent = DATA.meta.library;
  var m = DATA.meta;
  $('stats').textContent = m.entities + ' entities \u00b7 ' + m.facts + ' facts' +
    (m.edges > m.facts ? ' (+' + (m.edges - m.facts) + ' negated/planned/hypothetical)' : '');
  if (m.truncated || m.dangling_edges) {
    var note = [];
    if (m.truncated) {
      note.push('Showing the ' + m.shown_edges + ' most confident of ' + m.edges +
                ' edges and their ' + m.shown_entities + ' entities; open graph.graphml ' +
                'in a graph tool for everything.');
    }
    if (m.dangling_edges) {
      note.push(m.dangling_edges + ' edge(s) to unknown entities left out.');
    }
    $('notice').textContent = note.join(' ');
    $('notice').hidden = false;
  }

  function applyFilters() {
    var showNon = $('show-nonfacts').checked;
    var showIso = $('show-isolated').checked;
    cy.batch(function () {
      cy.nodes().forEach(function (n) { n.toggleClass('hidden', !typeOn[n.data('type')]); });
      cy.edges().forEach(function (e) {
        var vis = relOn[e.data('relation')] && (e.data('fact') || showNon) &&
          !e.source().hasClass('hidden') && !e.target().hasClass('hidden');
        e.toggleClass('hidden', !vis);
      });
      if (!showIso) {
        cy.nodes().forEach(function (n) {
          if (!n.hasClass('hidden') &&
              n.connectedEdges().filter(function (e) { return !e.hasClass('hidden'); })
                .length === 0) {
            n.addClass('hidden');
          }
        });
      }
    });
  }
  $('show-nonfacts').addEventListener('change', applyFilters);
  $('show-isolated').addEventListener('change', applyFilters);
  $('show-edge-labels').addEventListener('change', function () {
    cy.edges().toggleClass('nolabel', !$('show-edge-labels').checked);
  });

  // -------------------------------------------------------------------------- details
  var details = $('details');
  function hint() {
    clear(details);
    details.appendChild(el('h2', null, 'Details'));
    details.appendChild(el('p', 'hint', 'Click a node to see its name, type and aliases; ' +
      'click an edge to see the relation and the sentence it was read from.'));
  }
  function row(dl, k, v) {
    if (v === undefined || v === null || v === '') { return; }
    dl.appendChild(el('dt', null, k));
    dl.appendChild(el('dd', null, typeof v === 'object' ? JSON.stringify(v) : v));
  }
  function badge(text, color) {
    var b = el('span', 'badge', text);
    b.style.backgroundColor = color;
    return b;
  }
  function nodeLink(id) {
    var n = nodeById[id];
    var b = el('button', 'link', n.name);
    b.type = 'button';
    b.addEventListener('click', function () { select(cy.getElementById(id), true); });
    return b;
  }
  function showNode(id) {
    var n = nodeById[id];
    var t = typeInfo[n.type] || {color: '#999'};
    clear(details);
    details.setAttribute('data-kind', 'node');
    details.setAttribute('data-id', id);
    details.appendChild(el('h2', 'name', n.name));
    details.appendChild(badge(n.type, t.color));
    var dl = el('dl');
    row(dl, 'Type', n.type);
    row(dl, 'Mentions', n.mentions);
    row(dl, 'ID', n.eid);
    Object.keys(n.attributes || {}).forEach(function (k) { row(dl, k, n.attributes[k]); });
    details.appendChild(dl);
    details.appendChild(el('h3', null, 'Aliases'));
    if (n.aliases.length) {
      var ul = el('ul', 'aliases');
      n.aliases.forEach(function (a) { ul.appendChild(el('li', null, a)); });
      details.appendChild(ul);
    } else {
      details.appendChild(el('p', 'hint', 'none'));
    }
    var edges = cy.getElementById(id).connectedEdges();
    details.appendChild(el('h3', null, 'Relations (' + edges.length + ')'));
    var rl = el('ul', 'relations');
    edges.forEach(function (ce) {
      var e = edgeById[ce.id()];
      var li = el('li', e.fact ? null : 'nonfact');
      var out = e.source === id;
      var b = el('button', 'link', (out ? '\u2192 ' : '\u2190 ') + edgeLabel(e) + ' ' +
                 nodeById[out ? e.target : e.source].name);
      b.type = 'button';
      b.addEventListener('click', function () { select(ce, true); });
      li.appendChild(b);
      li.appendChild(el('span', 'where', ' \u00b7 sentence ' + e.sentence));
      rl.appendChild(li);
    });
    details.appendChild(rl);
  }
  function showEdge(id) {
    var e = edgeById[id];
    var r = relInfo[e.relation] || {color: '#555'};
    clear(details);
    details.setAttribute('data-kind', 'edge');
    details.setAttribute('data-id', id);
    var h = el('h2', 'name');
    h.appendChild(nodeLink(e.source));
    h.appendChild(document.createTextNode(' '));
    h.appendChild(badge(e.relation, r.color));
    h.appendChild(document.createTextNode(' '));
    h.appendChild(nodeLink(e.target));
    details.appendChild(h);
    details.appendChild(el('span', 'status' + (e.fact ? ' fact' : ''),
      e.fact ? 'fact (positive, asserted)' :
        'not a fact: ' + [e.polarity === 'negative' ? 'negated' : null,
                          e.modality !== 'asserted' ? e.modality : null]
          .filter(Boolean).join(', ')));
    var dl = el('dl');
    row(dl, 'Relation', e.relation);
    row(dl, 'Predicate', e.predicate);
    row(dl, 'Polarity', e.polarity);
    row(dl, 'Modality', e.modality);
    row(dl, 'Date', e.date || 'unknown');
    row(dl, 'Confidence', e.confidence);
    row(dl, 'Article', e.article);
    row(dl, 'Sentence', e.sentence);
    Object.keys(e.attributes || {}).forEach(function (k) {
      row(dl, k.charAt(0).toUpperCase() + k.slice(1).replace(/_/g, ' '), e.attributes[k]);
    });
    details.appendChild(dl);
    details.appendChild(el('h3', null, 'Evidence'));
    var q = el('blockquote', 'evidence');
    var tr = e.trigger;
    if (tr) {
      q.appendChild(document.createTextNode(e.text.slice(0, tr[0])));
      q.appendChild(el('mark', null, e.text.slice(tr[0], tr[1])));
      q.appendChild(document.createTextNode(e.text.slice(tr[1])));
    } else {
      q.textContent = e.text;
    }
    details.appendChild(q);
    details.appendChild(el('p', 'hint', 'article ' + e.article + ', sentence ' + e.sentence));
  }
  function select(ele, center) {
    cy.elements().unselect();
    if (!ele || ele.empty()) { hint(); return; }
    ele.select();
    if (ele.isNode()) { showNode(ele.id()); } else { showEdge(ele.id()); }
    if (center) { cy.center(ele); }
  }
  cy.on('tap', 'node', function (evt) { select(evt.target, false); });
  cy.on('tap', 'edge', function (evt) { select(evt.target, false); });
  cy.on('tap', function (evt) { if (evt.target === cy) { select(null); } });

  // --------------------------------------------------------------------------- search
  var names = $('names');
  var seen = {};
  DATA.nodes.forEach(function (n) {
    [n.name].concat(n.aliases).forEach(function (a) {
      if (!seen[a]) { seen[a] = true; var o = el('option'); o.value = a; names.appendChild(o); }
    });
  });
  function matches(q) {
    q = q.trim().toLowerCase();
    if (!q) { return null; }
    var scored = [];
    DATA.nodes.forEach(function (n) {
      var best = 0;
      [n.name].concat(n.aliases).forEach(function (a, i) {
        var s = a.toLowerCase();
        var sc = s === q ? 4 : s.indexOf(q) === 0 ? 3 : s.indexOf(q) >= 0 ? 2 : 0;
        if (sc && i === 0) { sc += 0.5; }
        if (sc > best) { best = sc; }
      });
      if (best) { scored.push([best, n.mentions, n.id]); }
    });
    scored.sort(function (a, b) { return b[0] - a[0] || b[1] - a[1]; });
    return scored.map(function (s) { return s[2]; });
  }
  var search = $('search');
  function highlight() {
    var ids = matches(search.value);
    cy.batch(function () {
      cy.elements().removeClass('faded match');
      if (ids === null) { return; }
      var hit = cy.collection();
      ids.forEach(function (id) { hit = hit.union(cy.getElementById(id)); });
      hit.addClass('match');
      cy.nodes().not(hit).addClass('faded');
      cy.edges().filter(function (e) {
        return !hit.contains(e.source()) && !hit.contains(e.target());
      }).addClass('faded');
    });
    search.classList.toggle('nomatch', ids !== null && ids.length === 0);
    return ids;
  }
  function go() {
    var ids = highlight();
    if (ids && ids.length) { select(cy.getElementById(ids[0]), true); }
  }
  search.addEventListener('input', function () {
    var ids = highlight();
    // picking an entry of the datalist: jump to it
    if (ids && ids.length && seen[search.value]) { go(); }
  });
  search.addEventListener('keydown', function (ev) {
    if (ev.key === 'Enter') { ev.preventDefault(); go(); }
    if (ev.key === 'Escape') { search.value = ''; highlight(); }
  });

  // --------------------------------------------------------------------------- layout
  // A seeded generator: the same graph always gets the same picture.
  function rng(seed) {
    return function () {
      seed = (seed + 0x6D2B79F5) | 0;
      var t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  function crossings(nodes, edges) {
    var seen = {}, seg = [];
    edges.forEach(function (e) {
      var a = e.source(), b = e.target();
      var k = a.id() < b.id() ? a.id() + ' ' + b.id() : b.id() + ' ' + a.id();
      if (a === b || seen[k]) { return; }
      seen[k] = true;
      seg.push([a.id(), b.id(), a.position(), b.position()]);
    });
    function side(p, q, r) { return (q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x); }
    var c = 0;
    for (var i = 0; i < seg.length; i++) {
      for (var j = i + 1; j < seg.length; j++) {
        var s = seg[i], t = seg[j];
        if (s[0] === t[0] || s[0] === t[1] || s[1] === t[0] || s[1] === t[1]) { continue; }
        if (side(s[2], s[3], t[2]) * side(s[2], s[3], t[3]) < 0 &&
            side(t[2], t[3], s[2]) * side(t[2], t[3], s[3]) < 0) { c++; }
      }
    }
    // a node drawn on an edge that does not touch it reads like a crossing too
    nodes.forEach(function (v) {
      var p = v.position(), r = v.data('size') / 2 + 6;
      seg.forEach(function (s) {
        if (s[0] === v.id() || s[1] === v.id()) { return; }
        var a = s[2], b = s[3], dx = b.x - a.x, dy = b.y - a.y;
        var l2 = dx * dx + dy * dy || 1;
        var u = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / l2));
        var qx = a.x + u * dx - p.x, qy = a.y + u * dy - p.y;
        if (qx * qx + qy * qy < r * r) { c++; }
      });
    });
    // and so do overlapping names
    var boxes = nodes.map(function (v) { return v.boundingBox({includeLabels: true}); });
    for (var x = 0; x < boxes.length; x++) {
      for (var y = x + 1; y < boxes.length; y++) {
        var p = boxes[x], q = boxes[y];
        if (p.x1 < q.x2 && q.x1 < p.x2 && p.y1 < q.y2 && q.y1 < p.y2) { c++; }
      }
    }
    return c;
  }
  function runLayout(done) {
    var eles = cy.elements().not('.hidden');
    var lone = eles.nodes().filter(function (n) {
      return n.connectedEdges().filter(function (e) { return !e.hasClass('hidden'); })
        .length === 0;
    });
    var linked = eles.not(lone);
    var n = linked.nodes().length;
    var opts = {
      name: 'cose', animate: false, fit: false,
      nodeDimensionsIncludeLabels: true, componentSpacing: 50,
      idealEdgeLength: function () { return 50; },
      edgeElasticity: function () { return 100; },
      nodeRepulsion: function () { return 4000; },
      nodeOverlap: 12, gravity: 100, nestingFactor: 1.2,
      numIter: n > 400 ? Math.max(150, Math.round(400000 / n)) : 1000,
      initialTemp: 300, coolingFactor: 0.97, minTemp: 1
    };
    // cose finds a local optimum: on small graphs try a few seeded starts and keep
    // the drawing with the fewest edge crossings (then the one that fits the window).
    var tries = n <= 80 ? 16 : n <= 250 ? 3 : 1;
    var view = Math.max(cy.width(), 1) / Math.max(cy.height(), 1);
    var best = null, random = Math.random;
    try {
      for (var k = 0; k < tries && n; k++) {
        Math.random = rng(7919 * (k + 1));
        if (k === 0) { linked.layout({name: 'circle', fit: false, animate: false}).run(); }
        linked.layout(Object.assign({}, opts, {randomize: k > 0})).run();
        var bb = linked.boundingBox();
        var score = crossings(linked.nodes(), linked.edges()) +
          2 * Math.abs(Math.log(Math.max(bb.w, 1) / Math.max(bb.h, 1) / view));
        if (best === null || score < best.score) {
          var pos = {};
          linked.nodes().forEach(function (v) { pos[v.id()] = Object.assign({}, v.position()); });
          best = {score: score, pos: pos};
        }
      }
    } finally {
      Math.random = random;
    }
    if (best) { linked.nodes().positions(function (v) { return best.pos[v.id()]; }); }
    // entities without edges: a compact grid beside or under the graph (where the
    // window has room), not scattered around it
    if (lone.length) {
      var box = n ? linked.boundingBox({includeLabels: true})
        : {x1: 0, x2: 0, y1: 0, y2: 0, w: 0, h: 0};
      var cell = 130, line = 75, cols, x0, y0;
      if (n && box.w / Math.max(box.h, 1) < view) {  // tall graph: to its right
        var rows = Math.max(1, Math.floor(box.h / line));
        cols = Math.ceil(lone.length / rows);
        x0 = box.x2 + 40; y0 = box.y1 + line / 2;
      } else {
        cols = Math.max(4, Math.floor(box.w / cell), Math.ceil(Math.sqrt(lone.length)));
        x0 = box.x1; y0 = box.y2 + 60;
      }
      lone.positions(function (node, i) {
        return {x: x0 + cell / 2 + (i % cols) * cell, y: y0 + Math.floor(i / cols) * line};
      });
    }
    cy.fit(eles, 30);
    if (done) { done(); }
  }
  $('fit').addEventListener('click', function () { cy.fit(cy.elements().not('.hidden'), 30); });
  $('relayout').addEventListener('click', function () { runLayout(); });

  applyFilters();
  hint();
  window.kgraph = {cy: cy, data: DATA, select: function (id) {
    select(cy.getElementById(id), true);
  }};
  runLayout(function () {
    window.kgraphReady = true;
    document.documentElement.setAttribute('data-ready', 'true');
  });
})();
"""
