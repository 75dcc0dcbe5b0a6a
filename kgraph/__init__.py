"""kgraph: turn news articles into a graph of who does what to whom.

Python API (the CLI only wraps these):

    import kgraph
    report = kgraph.build(["data/hatami-syria-visit.txt"], out="out")   # files -> graph files
    g = kgraph.load_graph("out/graph.graphml")                            # networkx MultiDiGraph
    rows = kgraph.query("MATCH (a)-[:SUPPORTS]->(b) RETURN a.name, b.name", graph="out/graph.graphml")

Stages, one module each: ingest -> nlp -> extract -> resolve -> graph (networkx,
GraphML, JSONL) / neo4j -> query.  Records passed between them are in kgraph.records.
"""

from .graph import load_graph, to_networkx
from .pipeline import Processor, build
from .records import (
    ENTITY_TYPES,
    RELATION_TYPES,
    Article,
    ArticleExtraction,
    BuildReport,
    Entity,
    Evidence,
    Fact,
    Mention,
    Relation,
)

__version__ = "0.1.0"

__all__ = [
    "ENTITY_TYPES",
    "RELATION_TYPES",
    "Article",
    "ArticleExtraction",
    "BuildReport",
    "Entity",
    "Evidence",
    "Fact",
    "Mention",
    "Processor",
    "Relation",
    "build",
    "load_graph",
    "to_networkx",
]
