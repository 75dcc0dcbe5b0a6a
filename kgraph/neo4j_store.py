"""The Neo4j store: idempotent, batched loading of entities, facts and articles.

    from kgraph.neo4j_store import Neo4jStore
    with Neo4jStore("bolt://localhost:7687", user="neo4j", password="...") as store:
        report = store.load_dir("out")          # entities.jsonl, triples.jsonl, articles.jsonl

The graph in Neo4j:

- ``(:Entity:<Type> {id, name, type, aliases: [..], mentions, iso2, iso3, country})`` --
  one node per entity, MERGE'd on ``id``; ``<Type>`` is one of ``ENTITY_TYPES``.
- ``(:Entity)-[:<RELATION> {key, relation, predicate, polarity, modality, is_fact,
  confidence, date, article, sentence, text, start, end, trigger_start, trigger_end, ...}]->
  (:Entity)`` -- one relationship per fact, of one type per schema relation, MERGE'd on the
  fact key ``article|sentence|subject|relation|object``: loading the same output twice
  creates nothing new.
- ``(:Article {id, title, date, source, url, ...})-[:MENTIONS {facts}]->(:Entity)`` for the
  subject and object of every fact of the article (``r.article`` is the article id), so
  every fact can be traced to its article and sentence.

Safety: every value travels as a query parameter (``UNWIND $rows AS row``).  Labels and
relationship types cannot be parameters in Cypher, so one statement per entity type and
per relation is generated from the whitelists ``records.ENTITY_TYPES`` /
``records.RELATION_TYPES`` -- never from data -- and a record whose type is not in the
whitelist raises ``SchemaError`` before anything is sent.

Writes run in managed transactions (``Session.execute_write``), one per batch, which the
driver retries on transient errors (deadlocks, leader switches, lost connections).  Every
statement is a MERGE, so a load that was interrupted can simply be run again.

Nothing here knows about spaCy; the row-building functions are pure and tested without
a server.
"""

from __future__ import annotations

import json
import logging
import os
import re
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from .records import ENTITY_TYPES, RELATION_TYPES, Entity, Fact

# The driver logs connection failures as warnings; without this, Python's last-resort
# handler would print them to stderr next to kgraph's own one-line error.
logging.getLogger("neo4j").addHandler(logging.NullHandler())

DEFAULT_URI = "bolt://localhost:7687"
DEFAULT_USER = "neo4j"
DEFAULT_BATCH_SIZE = 1000
BOLT_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")

ENTITY_LABEL = "Entity"
ARTICLE_LABEL = "Article"
MENTIONS = "MENTIONS"

ENTITY_CONSTRAINT = "kgraph_entity_id"
ARTICLE_CONSTRAINT = "kgraph_article_id"

_IDENTIFIER = re.compile(r"^[A-Z][A-Za-z0-9_]*$")


class SchemaError(ValueError):
    """A record whose entity type or relation is not in the schema whitelist."""


class Neo4jStoreError(RuntimeError):
    """A Neo4j failure, as one line a user can act on (never a password).

    `kind` is one of: "config" (bad URI or settings), "unavailable" (cannot connect),
    "auth" (credentials refused or not allowed), "database" (no such database, or
    unavailable), "query" (the server rejected the Cypher), "refused" (a write query
    run without write=True), "server" (anything else the server or driver reported).
    """

    def __init__(self, message: str, kind: str = "server"):
        super().__init__(message)
        self.kind = kind


# ----------------------------------------------------------------------- whitelist
def _whitelisted(name: str, allowed: tuple[str, ...], what: str) -> str:
    if not isinstance(name, str) or name not in allowed or not _IDENTIFIER.match(name):
        raise SchemaError(f"{what} {name!r} is not in the schema (one of {', '.join(allowed)})")
    return name


def entity_label(type_: str) -> str:
    """The node label of an entity type; raises SchemaError unless whitelisted."""
    return _whitelisted(type_, ENTITY_TYPES, "entity type")


def relationship_type(relation: str) -> str:
    """The relationship type of a relation; raises SchemaError unless whitelisted."""
    return _whitelisted(relation, RELATION_TYPES, "relation")


# ---------------------------------------------------------------------- statements
def _entity_statement(label: str) -> str:
    others = [t for t in ENTITY_TYPES if t != label]
    remove = f"\nREMOVE n:{':'.join(others)}" if others else ""
    return (
        "UNWIND $rows AS row\n"
        f"MERGE (n:{ENTITY_LABEL} {{id: row.id}})\n"
        "SET n += row.props\n"
        f"SET n:{label}"
        f"{remove}"
    )


def _fact_statement(rel_type: str) -> str:
    return (
        "UNWIND $rows AS row\n"
        f"MATCH (s:{ENTITY_LABEL} {{id: row.subject}})\n"
        f"MATCH (o:{ENTITY_LABEL} {{id: row.object}})\n"
        f"MERGE (s)-[r:{rel_type} {{key: row.key}}]->(o)\n"
        "SET r += row.props\n"
        "RETURN count(r) AS n"
    )


SCHEMA_STATEMENTS: tuple[str, ...] = (
    f"CREATE CONSTRAINT {ENTITY_CONSTRAINT} IF NOT EXISTS "
    f"FOR (n:{ENTITY_LABEL}) REQUIRE n.id IS UNIQUE",
    f"CREATE CONSTRAINT {ARTICLE_CONSTRAINT} IF NOT EXISTS "
    f"FOR (n:{ARTICLE_LABEL}) REQUIRE n.id IS UNIQUE",
)
# Relationship property uniqueness constraints (Neo4j 5.7+, Community included): they
# guard the fact key against concurrent loads.  Optional: MERGE alone is idempotent.
RELATIONSHIP_KEY_STATEMENTS: dict[str, str] = {
    t: f"CREATE CONSTRAINT kgraph_{t.lower()}_key IF NOT EXISTS "
       f"FOR ()-[r:{t}]-() REQUIRE r.key IS UNIQUE"
    for t in map(relationship_type, RELATION_TYPES)
}
ENTITY_STATEMENTS: dict[str, str] = {
    t: _entity_statement(t) for t in map(entity_label, ENTITY_TYPES)
}
FACT_STATEMENTS: dict[str, str] = {
    t: _fact_statement(t) for t in map(relationship_type, RELATION_TYPES)
}
ARTICLE_STATEMENT = (
    "UNWIND $rows AS row\n"
    f"MERGE (a:{ARTICLE_LABEL} {{id: row.id}})\n"
    "SET a += row.props"
)
MENTION_STATEMENT = (
    "UNWIND $rows AS row\n"
    f"MERGE (a:{ARTICLE_LABEL} {{id: row.article}})\n"
    "WITH a, row\n"
    f"MATCH (e:{ENTITY_LABEL} {{id: row.entity}})\n"
    f"MERGE (a)-[m:{MENTIONS}]->(e)\n"
    "SET m.facts = row.facts\n"
    "RETURN count(m) AS n"
)
# Facts of a reloaded article that its new output no longer has (found through the
# article's MENTIONS, so no relationship scan), then mentions it no longer makes.
PRUNE_FACTS_STATEMENT = (
    "UNWIND $rows AS row\n"
    f"MATCH (:{ARTICLE_LABEL} {{id: row.id}})-[:{MENTIONS}]->(:{ENTITY_LABEL})"
    f"-[r]->(:{ENTITY_LABEL})\n"
    "WHERE r.article = row.id AND NOT r.key IN row.fact_keys\n"
    "DELETE r"
)
PRUNE_MENTIONS_STATEMENT = (
    "UNWIND $rows AS row\n"
    f"MATCH (:{ARTICLE_LABEL} {{id: row.id}})-[m:{MENTIONS}]->(e:{ENTITY_LABEL})\n"
    "WHERE NOT e.id IN row.entity_ids\n"
    "DELETE m"
)


def all_statements() -> list[str]:
    """Every Cypher statement the loader can send (for review and tests)."""
    return [*SCHEMA_STATEMENTS, *RELATIONSHIP_KEY_STATEMENTS.values(),
            *ENTITY_STATEMENTS.values(), *FACT_STATEMENTS.values(), ARTICLE_STATEMENT,
            MENTION_STATEMENT, PRUNE_FACTS_STATEMENT, PRUNE_MENTIONS_STATEMENT]


# -------------------------------------------------------------------- row building
def _property(value: Any) -> Any:
    """A value Neo4j can store: scalars and lists of scalars; anything else as JSON."""
    if value is None or isinstance(value, (str, bool, int, float)):
        return value
    if isinstance(value, (list, tuple, set, frozenset)):
        items = sorted(value, key=str) if isinstance(value, (set, frozenset)) else list(value)
        kinds = {type(v) for v in items}
        if all(isinstance(v, (str, bool, int, float)) for v in items) and len(kinds) <= 1:
            return items
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def _props(pairs: Iterable[tuple[str, Any]]) -> dict[str, Any]:
    return {k: _property(v) for k, v in pairs if v is not None}


def entity_row(e: Entity) -> dict[str, Any]:
    """An entity as a row for the entity statement of its type."""
    label = entity_label(e.type)
    props = _props([
        ("id", e.id), ("name", e.name), ("type", e.type),
        ("aliases", sorted(set(e.aliases))), ("mentions", int(e.mentions)),
    ])
    for k, v in sorted(e.attributes.items()):
        if k not in props and v is not None:
            props[k] = _property(v)
    return {"id": e.id, "type": label, "props": props}


def fact_row(f: Fact) -> dict[str, Any]:
    """A fact as a row for the relationship statement of its relation (with its `key`)."""
    rel = relationship_type(f.relation)
    ev = f.evidence
    props = _props([
        ("key", f.key), ("relation", rel), ("predicate", f.predicate),
        ("polarity", f.polarity), ("modality", f.modality), ("is_fact", f.is_fact),
        ("confidence", float(round(f.confidence, 3))), ("date", f.date),
        ("article", ev.article), ("sentence", int(ev.sentence)), ("text", ev.text),
        ("start", int(ev.start)), ("end", int(ev.end)),
        ("trigger_start", int(ev.trigger_start)), ("trigger_end", int(ev.trigger_end)),
    ])
    for k, v in sorted(f.attributes.items()):
        if k not in props and v not in (None, ""):
            props[k] = _property(v)
    return {"key": f.key, "relation": rel, "subject": f.subject, "object": f.object,
            "article": ev.article, "props": props}


def article_row(meta: Mapping[str, Any]) -> dict[str, Any]:
    """An article (a line of articles.jsonl) as a row: id plus its other fields (not
    its per-entity mention counts: the MENTIONS relationships link its entities)."""
    if not meta.get("id"):
        raise SchemaError(f"article without an id: {dict(meta)!r}"[:200])
    return {"id": str(meta["id"]),
            "props": _props((k, v) for k, v in meta.items()
                            if k not in ("id", "entity_mentions"))}


def mention_rows(fact_rows: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Article -> entity links: each fact's subject and object, counted per article."""
    counts: Counter[tuple[str, str]] = Counter()
    for r in fact_rows:
        counts[(r["article"], r["subject"])] += 1
        if r["object"] != r["subject"]:
            counts[(r["article"], r["object"])] += 1
    return [{"article": a, "entity": e, "facts": n} for (a, e), n in sorted(counts.items())]


def prune_rows(article_ids: Iterable[str], fact_rows: Iterable[Mapping[str, Any]]
               ) -> list[dict[str, Any]]:
    """Per article: the fact keys and entity ids it has now (everything else is stale)."""
    keys: dict[str, set[str]] = {a: set() for a in article_ids}
    ents: dict[str, set[str]] = {a: set() for a in keys}
    for r in fact_rows:
        keys.setdefault(r["article"], set()).add(r["key"])
        ents.setdefault(r["article"], set()).update((r["subject"], r["object"]))
    return [{"id": a, "fact_keys": sorted(keys[a]), "entity_ids": sorted(ents[a])}
            for a in sorted(keys)]


def group_rows(rows: Iterable[Mapping[str, Any]], by: str) -> dict[str, list[dict]]:
    """Rows grouped by a field ("type" for entity rows, "relation" for fact rows)."""
    groups: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        groups[r[by]].append(dict(r))
    return dict(groups)


def batches(rows: list, size: int) -> Iterator[list]:
    if size < 1:
        raise ValueError(f"batch size must be at least 1, not {size}")
    for i in range(0, len(rows), size):
        yield rows[i:i + size]


# ------------------------------------------------------------------------ settings
@dataclass(frozen=True)
class Settings:
    """Where and how to connect.  The password never appears in repr() or messages."""

    uri: str = DEFAULT_URI
    user: str = DEFAULT_USER
    password: str | None = field(default=None, repr=False)
    database: str | None = None  # None: the server's default database

    @classmethod
    def resolve(cls, uri: str | None = None, user: str | None = None,
                password: str | None = None, database: str | None = None,
                default_uri: str | None = DEFAULT_URI,
                env: Mapping[str, str] | None = None) -> Settings:
        """Flags first, then NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD / NEO4J_DATABASE."""
        env = os.environ if env is None else env
        uri = uri or env.get("NEO4J_URI") or default_uri
        if not uri:
            raise Neo4jStoreError("no Neo4j URI: pass --neo4j bolt://HOST:7687 or set "
                                  "NEO4J_URI", "config")
        return cls(
            uri=uri,
            user=user or env.get("NEO4J_USER") or env.get("NEO4J_USERNAME") or DEFAULT_USER,
            password=password if password is not None else env.get("NEO4J_PASSWORD"),
            database=database or env.get("NEO4J_DATABASE") or None,
        )

    @property
    def where(self) -> str:
        """The URI without any user:password@ part, for messages."""
        return redact(self.uri)


def redact(uri: str) -> str:
    try:
        parts = urlsplit(uri)
    except ValueError:
        return "<invalid URI>"
    if parts.username is not None or parts.password is not None:
        host = parts.hostname or ""
        if parts.port:
            host = f"{host}:{parts.port}"
        return parts._replace(netloc=host).geturl()
    return uri


def check_uri(uri: str) -> None:
    """Raise Neo4jStoreError(kind="config") unless `uri` is a Bolt/Neo4j URI."""
    shown = redact(uri)
    try:
        parts = urlsplit(uri)
    except ValueError:
        raise Neo4jStoreError(f"invalid Neo4j URI {shown!r}", "config") from None
    scheme = parts.scheme.lower()
    if scheme in ("http", "https"):
        raise Neo4jStoreError(
            f"{shown} is an HTTP address (the Browser): kgraph talks Bolt, use "
            f"bolt://{parts.hostname or 'localhost'}:7687", "config")
    if scheme not in BOLT_SCHEMES or not parts.netloc:
        raise Neo4jStoreError(
            f"invalid Neo4j URI {shown!r}: expected bolt://HOST:7687 or neo4j://HOST:7687",
            "config")
    if parts.username is not None or parts.password is not None:
        raise Neo4jStoreError(
            f"put credentials in NEO4J_USER / NEO4J_PASSWORD, not in the URI ({shown})",
            "config")


# ---------------------------------------------------------------------- errors
def _first_line(text: str) -> str:
    text = (text or "").strip()
    return text.splitlines()[0].strip() if text else ""


def _connection_reason(exc: BaseException) -> str:
    text = str(exc)
    m = re.search(r"reason (.*?)\)?\s*$", text, re.S)
    reason = m.group(1) if m else _first_line(text)
    reason = re.sub(r"^\[Errno -?\d+\]\s*", "", reason.strip())
    return reason or type(exc).__name__


def describe(exc: BaseException, settings: Settings) -> Neo4jStoreError:
    """Turn a driver exception into one actionable line (no traceback, no password)."""
    from neo4j import exceptions as X

    where, user, db = settings.where, settings.user, settings.database or "neo4j"
    if isinstance(exc, Neo4jStoreError):
        return exc
    if isinstance(exc, X.AuthError):
        hint = ("no password was given: set NEO4J_PASSWORD or pass --password"
                if settings.password is None else "check NEO4J_USER / NEO4J_PASSWORD")
        return Neo4jStoreError(
            f"Neo4j at {where} refused the credentials of user {user!r} ({hint})", "auth")
    if isinstance(exc, X.Forbidden):
        return Neo4jStoreError(
            f"user {user!r} may not do this on Neo4j at {where}: "
            f"{_first_line(exc.message or str(exc))}", "auth")
    if isinstance(exc, X.Neo4jError) and (exc.code or "").startswith("Neo.ClientError.Security."):
        return Neo4jStoreError(f"Neo4j at {where} refused user {user!r}: "
                               f"{_first_line(exc.message or str(exc))}", "auth")
    if isinstance(exc, X.Neo4jError) and exc.code == "Neo.ClientError.Database.DatabaseNotFound":
        return Neo4jStoreError(
            f"Neo4j at {where} has no database {db!r} (Community Edition has only 'neo4j'; "
            "set NEO4J_DATABASE or --database)", "database")
    if isinstance(exc, X.DatabaseUnavailable):
        return Neo4jStoreError(f"database {db!r} on Neo4j at {where} is unavailable "
                               f"(is it starting or stopped?)", "database")
    if isinstance(exc, X.CypherSyntaxError):
        return Neo4jStoreError(f"Cypher syntax error: {_first_line(exc.message or str(exc))}",
                               "query")
    if isinstance(exc, X.ClientError):
        msg = _first_line(exc.message or str(exc))
        if exc.code == "Neo.ClientError.Statement.AccessMode":
            return Neo4jStoreError("this query writes, and kgraph query is read-only unless "
                                   f"--write is given ({msg})", "refused")
        return Neo4jStoreError(f"Neo4j rejected the query ({exc.code}): {msg}", "query")
    if isinstance(exc, X.TransientError):
        return Neo4jStoreError(
            f"Neo4j at {where} kept failing with a transient error after retries "
            f"({exc.code}): {_first_line(exc.message or str(exc))}; run the command again",
            "unavailable")
    if isinstance(exc, (X.ServiceUnavailable, X.SessionExpired)):
        return Neo4jStoreError(
            f"cannot reach Neo4j at {where}: {_connection_reason(exc)} (is it running? "
            "`docker compose up -d`, then wait for it to be healthy)", "unavailable")
    if isinstance(exc, X.ConfigurationError):
        return Neo4jStoreError(f"invalid Neo4j settings for {where}: "
                               f"{_first_line(str(exc)).replace(settings.uri, where)}", "config")
    if isinstance(exc, X.Neo4jError):
        return Neo4jStoreError(f"Neo4j error ({exc.code}): "
                               f"{_first_line(exc.message or str(exc))}", "server")
    if isinstance(exc, X.DriverError):
        return Neo4jStoreError(f"Neo4j driver error talking to {where}: "
                               f"{_first_line(str(exc))}", "server")
    if isinstance(exc, OSError):
        return Neo4jStoreError(f"cannot reach Neo4j at {where}: {exc.strerror or exc}",
                               "unavailable")
    return Neo4jStoreError(f"{type(exc).__name__}: {_first_line(str(exc))}", "server")


class _WriteRefused(Exception):
    def __init__(self, query_type: str):
        super().__init__(query_type)
        self.query_type = query_type


# -------------------------------------------------------------------------- report
@dataclass
class LoadReport:
    """What a load sent and what Neo4j changed (a second identical load changes nothing)."""

    entities: int = 0
    facts: int = 0
    articles: int = 0
    mentions: int = 0
    facts_skipped: int = 0  # facts whose subject or object entity is not in Neo4j
    batches: int = 0
    nodes_created: int = 0
    relationships_created: int = 0
    relationships_deleted: int = 0
    properties_set: int = 0
    labels_added: int = 0
    labels_removed: int = 0
    schema_notes: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def add(self, counters: Any) -> None:
        for name in ("nodes_created", "relationships_created", "relationships_deleted",
                     "properties_set", "labels_added", "labels_removed"):
            setattr(self, name, getattr(self, name) + int(getattr(counters, name, 0) or 0))

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


# --------------------------------------------------------------------------- store
class Neo4jStore:
    """A connection to one Neo4j database.  Use as a context manager, or close()."""

    def __init__(self, uri: str | None = None, user: str | None = None,
                 password: str | None = None, database: str | None = None, *,
                 settings: Settings | None = None, driver: Any = None,
                 connection_timeout: float = 10.0, max_retry_time: float = 30.0):
        self.settings = settings or Settings.resolve(uri, user, password, database)
        self._driver = driver
        self._own_driver = driver is None
        self._connection_timeout = connection_timeout
        self._max_retry_time = max_retry_time
        self._verified = False

    # -- connection
    @property
    def driver(self) -> Any:
        if self._driver is None:
            from neo4j import GraphDatabase

            check_uri(self.settings.uri)
            s = self.settings
            auth = (s.user, s.password) if s.password is not None else None
            try:
                self._driver = GraphDatabase.driver(
                    s.uri, auth=auth, connection_timeout=self._connection_timeout,
                    max_transaction_retry_time=self._max_retry_time)
            except Exception as e:  # ConfigurationError, ValueError on odd URIs
                raise describe(e, s) from None
        return self._driver

    def close(self) -> None:
        if self._driver is not None and self._own_driver:
            self._driver.close()
        self._driver = None

    def __enter__(self) -> Neo4jStore:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def _session(self, **config: Any) -> Any:
        return self.driver.session(database=self.settings.database, **config)

    def verify(self) -> None:
        """Connect and authenticate once, and check that the database exists."""
        if self._verified:
            return
        try:
            self.driver.verify_connectivity()
            with self._session() as session:
                session.execute_read(lambda tx: tx.run("RETURN 1").consume())
        except Exception as e:
            raise describe(e, self.settings) from None
        self._verified = True

    # -- schema
    def ensure_schema(self) -> list[str]:
        """Create the uniqueness constraints if missing; returns notes on optional ones."""
        from neo4j.exceptions import ClientError, CypherSyntaxError, Forbidden

        self.verify()
        notes: list[str] = []
        try:
            with self._session() as session:
                for stmt in SCHEMA_STATEMENTS:
                    session.execute_write(lambda tx, q=stmt: tx.run(q).consume())
                for rel, stmt in RELATIONSHIP_KEY_STATEMENTS.items():
                    try:
                        session.execute_write(lambda tx, q=stmt: tx.run(q).consume())
                    except ClientError as e:
                        if isinstance(e, Forbidden) or (e.code or "").startswith(
                                "Neo.ClientError.Security."):
                            raise
                        if isinstance(e, CypherSyntaxError):  # before Neo4j 5.7
                            notes.append("this Neo4j has no relationship uniqueness "
                                         "constraints (5.7+); fact keys rely on MERGE alone")
                            break
                        notes.append(f"no key constraint on :{rel} ({_first_line(e.message)})")
        except Neo4jStoreError:
            raise
        except Exception as e:
            raise describe(e, self.settings) from None
        return notes

    # -- writing
    def _write(self, session: Any, statement: str, rows: list[dict], report: LoadReport
               ) -> int | None:
        def work(tx: Any) -> tuple[int | None, Any]:
            result = tx.run(statement, rows=rows)
            record = result.single() if "\nRETURN " in statement else None
            summary = result.consume()
            return (record["n"] if record is not None else None), summary.counters

        n, counters = session.execute_write(work)
        report.add(counters)
        report.batches += 1
        return n

    def load(self, entities: Iterable[Entity], facts: Iterable[Fact],
             articles: Iterable[Mapping[str, Any]] = (), *,
             batch_size: int = DEFAULT_BATCH_SIZE, prune: bool = False,
             on_batch: Callable[[str, int, int], None] | None = None) -> LoadReport:
        """MERGE entities, articles, facts and mentions; returns what was sent and changed.

        Rows are validated against the schema whitelist before anything is sent.  With
        ``prune=True`` the facts (and mentions) of the loaded articles that are not in
        `facts` are deleted, so a rebuilt article replaces its earlier facts -- use it
        only when `facts` holds all the facts of those articles (``load_dir`` does).
        `on_batch(stage, rows done, rows total)` is called after each batch.
        """
        if batch_size < 1:
            raise ValueError(f"batch size must be at least 1, not {batch_size}")
        t0 = time.perf_counter()
        entity_rows = [entity_row(e) for e in entities]
        fact_rows = [fact_row(f) for f in facts]
        article_rows = [article_row(a) for a in articles]
        mentions = mention_rows(fact_rows)
        report = LoadReport(entities=len(entity_rows), facts=len(fact_rows),
                            articles=len(article_rows), mentions=len(mentions))
        report.schema_notes = self.ensure_schema()

        def run_stage(stage: str, statement: str, rows: list[dict]) -> int:
            done = merged = 0
            for chunk in batches(rows, batch_size):
                n = self._write(session, statement, chunk, report)
                merged += len(chunk) if n is None else n
                done += len(chunk)
                if on_batch:
                    on_batch(stage, done, len(rows))
            return merged

        try:
            with self._session() as session:
                run_stage("articles", ARTICLE_STATEMENT, article_rows)
                for label, rows in sorted(group_rows(entity_rows, "type").items()):
                    run_stage("entities", ENTITY_STATEMENTS[label], rows)
                merged = 0
                for rel, rows in sorted(group_rows(fact_rows, "relation").items()):
                    merged += run_stage("facts", FACT_STATEMENTS[rel], rows)
                report.facts_skipped = len(fact_rows) - merged
                run_stage("mentions", MENTION_STATEMENT, mentions)
                if prune:
                    stale = prune_rows((r["id"] for r in article_rows), fact_rows)
                    run_stage("prune", PRUNE_FACTS_STATEMENT, stale)
                    run_stage("prune", PRUNE_MENTIONS_STATEMENT, stale)
        except (Neo4jStoreError, SchemaError):
            raise
        except Exception as e:
            raise describe(e, self.settings) from None
        report.seconds = round(time.perf_counter() - t0, 3)
        return report

    def load_dir(self, outdir: str | Path, *, batch_size: int = DEFAULT_BATCH_SIZE,
                 prune: bool = True,
                 on_batch: Callable[[str, int, int], None] | None = None) -> LoadReport:
        """Load a kgraph output directory (entities.jsonl, triples.jsonl, articles.jsonl)."""
        entities, facts, articles = read_dir(outdir)
        return self.load(entities, facts, articles, batch_size=batch_size, prune=prune,
                         on_batch=on_batch)

    # -- reading
    def run(self, cypher: str, params: Mapping[str, Any] | None = None, *,
            write: bool = False) -> tuple[list[str], list[list[Any]]]:
        """Run one Cypher query with parameters; returns (columns, rows of raw values).

        Without ``write=True`` the query runs in a managed *read* transaction and is
        rolled back if the server reports that it wrote anything (query type other than
        read-only), so ``kgraph query`` can never change the database by accident.
        """
        params = dict(params or {})
        self.verify()

        def read(tx: Any) -> tuple[list[str], list[list[Any]]]:
            result = tx.run(cypher, params)
            keys = list(result.keys())
            rows = [list(r.values()) for r in result]
            summary = result.consume()
            if summary.query_type not in (None, "r"):
                raise _WriteRefused(summary.query_type)  # rolls the transaction back
            return keys, rows

        def write_tx(tx: Any) -> tuple[list[str], list[list[Any]]]:
            result = tx.run(cypher, params)
            keys = list(result.keys())
            return keys, [list(r.values()) for r in result]

        try:
            with self._session() as session:
                if write:
                    return session.execute_write(write_tx)
                return session.execute_read(read)
        except _WriteRefused as e:
            kind = {"w": "writes", "rw": "reads and writes", "s": "changes the schema"}.get(
                e.query_type, "writes")
            raise Neo4jStoreError(
                f"this query {kind}: kgraph query is read-only unless --write is given "
                "(nothing was changed)", "refused") from None
        except Exception as e:
            raise describe(e, self.settings) from None

    def counts(self, article_prefix: str | None = None) -> dict[str, int]:
        """Entities, articles, facts (entity-to-entity relationships) and mentions.

        With `article_prefix`, only what belongs to articles whose id starts with it
        (and entities whose id does): used by the integration tests.
        """
        queries = {
            "entities": f"MATCH (n:{ENTITY_LABEL}) WHERE n.id STARTS WITH $p RETURN count(n)",
            "articles": f"MATCH (a:{ARTICLE_LABEL}) WHERE a.id STARTS WITH $p RETURN count(a)",
            "facts": f"MATCH (:{ENTITY_LABEL})-[r]->(:{ENTITY_LABEL}) "
                     "WHERE r.article STARTS WITH $p RETURN count(r)",
            "mentions": f"MATCH (a:{ARTICLE_LABEL})-[m:{MENTIONS}]->() "
                        "WHERE a.id STARTS WITH $p RETURN count(m)",
        }
        params = {"p": article_prefix or ""}
        return {name: self.run(q, params)[1][0][0] for name, q in queries.items()}


# --------------------------------------------------------------------------- files
def read_dir(outdir: str | Path) -> tuple[list[Entity], list[Fact], list[dict]]:
    """entities.jsonl, triples.jsonl (and articles.jsonl if present) of a build output."""
    from .graph import iter_jsonl, read_entities, read_triples

    out = Path(outdir)
    if not out.is_dir():
        raise FileNotFoundError(f"{out}: no such directory (run `kgraph build ... --out {out}`)")
    for name in ("entities.jsonl", "triples.jsonl"):
        if not (out / name).is_file():
            raise FileNotFoundError(f"{out / name}: missing (is {out} a kgraph build output?)")
    entities = read_entities(out / "entities.jsonl")
    facts = list(read_triples(out / "triples.jsonl"))
    articles = list(iter_jsonl(out / "articles.jsonl")) if (out / "articles.jsonl").is_file() \
        else []
    return entities, facts, articles


def load_dir(outdir: str | Path, uri: str | None = None, user: str | None = None,
             password: str | None = None, database: str | None = None, *,
             batch_size: int = DEFAULT_BATCH_SIZE, prune: bool = True) -> LoadReport:
    """Load a build output directory into Neo4j (settings from arguments or NEO4J_*)."""
    with Neo4jStore(uri, user, password, database) as store:
        return store.load_dir(outdir, batch_size=batch_size, prune=prune)
