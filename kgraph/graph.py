"""The embedded store: entities and facts as a networkx MultiDiGraph, GraphML and JSONL.

- ``to_networkx(entities, facts)`` builds the MultiDiGraph (node = entity id, one
  edge per fact keyed by the fact key).
- ``write_graphml(path, entities, facts)`` streams GraphML (so a build of tens of
  thousands of articles never holds the XML tree in memory); ``networkx.read_graphml``
  reads it back to the same graph.  Every attribute is a string, number or boolean:
  lists (aliases) are JSON strings, missing values are left out.
- ``write_jsonl`` / ``read_entities`` / ``read_triples``: the files of the output
  contract (``entities.jsonl``, ``triples.jsonl``).
- ``load_graph(path)`` reads a GraphML file written by kgraph.

Every writer writes to a temporary file next to the target and renames it into
place, so an interrupted run never leaves a half-written file.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any
from xml.sax.saxutils import escape

from .records import Entity, Fact

if TYPE_CHECKING:
    import networkx as nx  # imported when needed: a build never does (0.2 s)

NODE_KEYS: tuple[tuple[str, str], ...] = (
    ("name", "string"), ("label", "string"), ("type", "string"), ("aliases", "string"),
    ("mentions", "int"), ("iso2", "string"), ("iso3", "string"), ("country", "string"),
)
EDGE_KEYS: tuple[tuple[str, str], ...] = (
    ("relation", "string"), ("label", "string"), ("predicate", "string"),
    ("polarity", "string"), ("modality", "string"), ("is_fact", "boolean"),
    ("confidence", "double"), ("date", "string"), ("article", "string"),
    ("sentence", "int"), ("text", "string"), ("start", "int"), ("end", "int"),
    ("trigger_start", "int"), ("trigger_end", "int"), ("rule", "string"), ("role", "string"),
    ("attributed_to", "string"),
)
_TYPES = {"string": str, "int": int, "double": float, "boolean": bool}


def node_attrs(e: Entity) -> dict[str, Any]:
    d: dict[str, Any] = {
        "name": e.name,
        "label": e.name,
        "type": e.type,
        "aliases": json.dumps(sorted(set(e.aliases)), ensure_ascii=False),
        "mentions": int(e.mentions),
    }
    for k in ("iso2", "iso3", "country"):
        v = e.attributes.get(k)
        if v:
            d[k] = str(v)
    return d


def edge_attrs(f: Fact) -> dict[str, Any]:
    ev = f.evidence
    d: dict[str, Any] = {
        "relation": f.relation,
        "label": f.relation,
        "predicate": f.predicate,
        "polarity": f.polarity,
        "modality": f.modality,
        "is_fact": f.is_fact,
        "confidence": float(round(f.confidence, 3)),
        "article": ev.article,
        "sentence": int(ev.sentence),
        "text": ev.text,
        "start": int(ev.start),
        "end": int(ev.end),
        "trigger_start": int(ev.trigger_start),
        "trigger_end": int(ev.trigger_end),
    }
    if f.date:
        d["date"] = f.date
    for k in ("rule", "role", "attributed_to"):
        v = f.attributes.get(k)
        if v not in (None, ""):
            d[k] = str(v)
    return d


def to_networkx(entities: Iterable[Entity], facts: Iterable[Fact]) -> nx.MultiDiGraph:
    import networkx as nx

    g = nx.MultiDiGraph()
    for e in entities:
        g.add_node(e.id, **node_attrs(e))
    for f in facts:
        g.add_edge(f.subject, f.object, key=f.key, **edge_attrs(f))
    return g


# --------------------------------------------------------------------- atomic files
@contextmanager
def atomic_write(path: str | Path, mode: str = "w") -> Iterator[IO]:
    """Write to a temporary file in the same directory, then rename over `path`."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, mode, encoding=None if "b" in mode else "utf-8") as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


# ------------------------------------------------------------------------ GraphML
def _xml_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    # "\r" as a character reference: a parser turns a literal one into "\n"
    return escape(_xml_safe(str(value)), {"\r": "&#13;"})


_XML_BAD = re.compile("[^\t\n\r -\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _xml_safe(s: str) -> str:
    """Drop characters XML 1.0 cannot carry (control characters, lone surrogates,
    U+FFFE/U+FFFF).  A last line of defence: ingest already replaces them, so that
    the GraphML and the JSONL files hold the same strings."""
    return _XML_BAD.sub("", s)


def _attr(value: str) -> str:
    return escape(_xml_safe(value), {'"': "&quot;", "\n": "&#10;", "\t": "&#9;", "\r": "&#13;"})


def write_graphml(path: str | Path, entities: Iterable[Entity], facts: Iterable[Fact]) -> None:
    with graphml_writer(path, entities) as edge:
        for fact in facts:
            edge(fact)


@contextmanager
def graphml_writer(path: str | Path, entities: Iterable[Entity]) -> Iterator[Callable[[Fact], None]]:
    """``write_graphml`` one edge at a time: ``with graphml_writer(p, ents) as edge:
    edge(fact)`` (the file is complete and renamed into place when the block ends)."""
    with atomic_write(path) as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n')
        f.write('<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
                'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
                'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
                'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n')
        for name, typ in NODE_KEYS:
            f.write(f'  <key id="n_{name}" for="node" attr.name="{name}" attr.type="{typ}"/>\n')
        for name, typ in EDGE_KEYS:
            f.write(f'  <key id="e_{name}" for="edge" attr.name="{name}" attr.type="{typ}"/>\n')
        f.write('  <graph edgedefault="directed">\n')
        for e in entities:
            f.write(f'    <node id="{_attr(e.id)}">\n')
            for k, v in node_attrs(e).items():
                f.write(f'      <data key="n_{k}">{_xml_text(v)}</data>\n')
            f.write("    </node>\n")

        def edge(fact: Fact) -> None:
            f.write(f'    <edge id="{_attr(fact.key)}" source="{_attr(fact.subject)}" '
                    f'target="{_attr(fact.object)}">\n')
            for k, v in edge_attrs(fact).items():
                f.write(f'      <data key="e_{k}">{_xml_text(v)}</data>\n')
            f.write("    </edge>\n")

        yield edge
        f.write("  </graph>\n</graphml>\n")


def load_graph(path: str | Path) -> nx.MultiDiGraph:
    """Read a GraphML graph written by kgraph (always a MultiDiGraph)."""
    import networkx as nx

    return nx.read_graphml(str(path), force_multigraph=True)


# -------------------------------------------------------------------------- JSONL
def write_jsonl(path: str | Path, rows: Iterable[dict]) -> int:
    n = 0
    with atomic_write(path) as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False, sort_keys=False) + "\n")
            n += 1
    return n


def iter_jsonl(path: str | Path) -> Iterator[dict]:
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                try:
                    yield json.loads(line)
                except json.JSONDecodeError as e:
                    raise ValueError(f"{path}:{n}: not JSON ({e.msg})") from None


def read_entities(path: str | Path) -> list[Entity]:
    return [Entity.from_json(r) for r in iter_jsonl(path)]


def read_triples(path: str | Path) -> Iterator[Fact]:
    for r in iter_jsonl(path):
        yield Fact.from_json(r)
