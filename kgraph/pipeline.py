"""The whole build: ingest -> nlp -> extract -> resolve -> graph files.

    from kgraph import build
    report = build(["data/hatami-syria-visit.txt"], out="out")

Parsing and extraction run in worker processes (``workers``, default: all
cores) on batches of articles; resolution across articles and writing happen in
the main process, in input order, so the output does not depend on the number
of workers.  Facts are streamed to a temporary file as they come: memory holds
the entities, never the parsed documents or all the facts.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from . import graph as G
from .ingest import iter_inputs
from .records import Article, BuildReport, Fact, IngestProblem
from .resolve import ArticleResolver, Registry, Resolved

BATCH = 8  # articles per task sent to a worker
# the field of articles.jsonl holding an article's entity mentions (entity id -> count):
# with --append, an article built again takes back the mentions it counted before
MENTIONS_FIELD = "entity_mentions"
# The last TAIL (or fewer) articles go in tasks of TAIL_BATCH, so that the workers
# finish together instead of one idling while another parses a whole last task.
# The tasks are the same whatever the number of workers (and a Doc's analysis does
# not depend on the other Docs of its nlp.pipe batch).
TAIL, TAIL_BATCH = 2 * BATCH, 2
log = logging.getLogger("kgraph")


@dataclass
class Processed:
    resolved: Resolved
    sentences: int
    tokens: int
    meta: dict


def article_meta(a: Article) -> dict:
    return {k: v for k, v in (("id", a.id), ("title", a.title), ("date", a.date),
                              ("source", a.source), ("url", a.url), ("origin", a.origin))
            if v is not None}


class Processor:
    """nlp + extract + in-article resolution for one process."""

    def __init__(self, model: str | None = None):
        from . import nlp as nlp_mod
        from .extract import Extractor

        self.nlp = nlp_mod.load(model)
        self.extractor = Extractor(self.nlp)
        self.resolver = ArticleResolver()

    def process(self, article: Article) -> Processed:
        ex = self.extractor.extract(article)
        return Processed(self.resolver.resolve(ex), ex.sentences, ex.tokens,
                         article_meta(article))

    def process_batch(self, articles: list[Article]) -> list[Processed | IngestProblem]:
        """Process a batch; an article whose processing raises comes back as an
        IngestProblem (the traceback goes to the "kgraph" logger at DEBUG level)
        and the other articles of the batch are still processed."""
        try:
            return self._process_batch(articles)
        except Exception:
            if len(articles) == 1:
                return [_failed(articles[0])]
        out: list[Processed | IngestProblem] = []
        for a in articles:
            try:
                out += self._process_batch([a])
            except Exception:
                out.append(_failed(a))
        return out

    def _process_batch(self, articles: list[Article]) -> list[Processed]:
        from . import nlp as nlp_mod

        pieces: list[tuple[int, int, str]] = []  # (article index, offset, text)
        for i, a in enumerate(articles):
            for off, text in nlp_mod.chunks(a.text, nlp_mod.CHUNK_CHARS):
                pieces.append((i, off, text))
        docs = self.nlp.pipe((t for _, _, t in pieces), batch_size=64)
        per_article: list[list] = [[] for _ in articles]
        for (i, off, _), doc in zip(pieces, docs, strict=True):
            per_article[i].append((off, doc))
        out = []
        for a, docs_of in zip(articles, per_article, strict=True):
            ex = self.extractor.extract_docs(a, docs_of)
            out.append(Processed(self.resolver.resolve(ex), ex.sentences, ex.tokens,
                                 article_meta(a)))
        return out


def _failed(a: Article) -> IngestProblem:
    """The problem reported for an article whose processing raised (call in `except`)."""
    e = sys.exc_info()[1]
    log.debug("processing article %r (%s) failed", a.id, a.origin, exc_info=True)
    return IngestProblem(a.origin or a.id,
                         f"processing failed ({type(e).__name__}: {e}); run with --debug "
                         "for the traceback")


_WORKER: Processor | None = None


def _init_worker(model: str | None) -> None:
    global _WORKER
    _WORKER = Processor(model)


def _work(batch: list[Article]) -> list[Processed | IngestProblem]:
    assert _WORKER is not None
    return _WORKER.process_batch(batch)


def _batches(items: Iterable[Article | IngestProblem], on_problem: Callable[[IngestProblem], None],
             size: int, tail: int = 0, tail_size: int = 1) -> Iterator[list[Article]]:
    """Tasks of `size` articles, the last `tail` articles (or fewer) in tasks of
    `tail_size` (reading `tail` articles ahead)."""
    ahead: list[Article] = []
    for item in items:
        if isinstance(item, IngestProblem):
            on_problem(item)
            continue
        ahead.append(item)
        if len(ahead) >= size + tail:
            yield ahead[:size]
            ahead = ahead[size:]
    step = max(1, tail_size) if tail else size
    for i in range(0, len(ahead), step):
        yield ahead[i : i + step]


def _run(batches: Iterator[list[Article]], model: str | None,
         workers: int) -> Iterator[Processed | IngestProblem]:
    if workers <= 1:
        proc = None  # loaded with the first article: no model load when nothing is readable
        for b in batches:
            proc = proc or Processor(model)
            yield from proc.process_batch(b)
        return
    import multiprocessing as mp

    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
    with ctx.Pool(workers, initializer=_init_worker, initargs=(model,)) as pool:
        pending = []
        it = iter(batches)
        exhausted = False
        while True:
            while not exhausted and len(pending) < workers * 3:
                try:
                    b = next(it)
                except StopIteration:
                    exhausted = True
                    break
                pending.append(pool.apply_async(_work, (b,)))
            if not pending:
                break
            yield from pending.pop(0).get()


def _index_add(index: dict[str, list[tuple[int, int]]], article: str, pos: int,
               size: int) -> None:
    """Record that bytes [pos, pos + size) of a JSONL file hold a fact of `article`
    (adjacent ranges of one article are joined)."""
    ranges = index.setdefault(article, [])
    if ranges and sum(ranges[-1]) == pos:
        ranges[-1] = (ranges[-1][0], ranges[-1][1] + size)
    else:
        ranges.append((pos, size))


def _index_triples(path: Path, exclude: dict) -> dict[str, list[tuple[int, int]]]:
    """article -> byte ranges of its facts in a triples.jsonl, for the articles not in
    `exclude` (every line is checked now, before anything is written)."""
    index: dict[str, list[tuple[int, int]]] = {}
    pos = 0
    with open(path, "rb") as f:
        for n, raw in enumerate(f, 1):
            line = raw.decode("utf-8")
            if line.strip():
                try:
                    row = json.loads(line)
                except json.JSONDecodeError as e:
                    raise ValueError(f"{path}:{n}: not JSON ({e.msg})") from None
                fact = Fact.from_json(row)
                if fact.evidence.article not in exclude:
                    _index_add(index, fact.evidence.article, pos, len(raw))
            pos += len(raw)
    return index


def _read_ranges(f, ranges: list[tuple[int, int]]) -> Iterator[Fact]:
    for pos, size in ranges:
        f.seek(pos)
        for line in f.read(size).decode("utf-8").split("\n"):
            if line.strip():
                yield Fact.from_json(json.loads(line))


def _ordered_facts(index: dict[str, list[tuple[int, int]]], new, fix: Callable[[Fact], Fact],
                   old_index: dict[str, list[tuple[int, int]]], old) -> Iterator[Fact]:
    """Every fact of the graph, deduplicated, in output order (article, sentence,
    relation, subject, object), holding one article's facts at a time.

    New facts get their final entity ids (`fix`), lose self-loops and keep the most
    certain of those with the same key; facts of the old graph (appending) are kept
    as they were.  A fact's key contains its article, so articles are independent."""
    for article in sorted(index.keys() | old_index.keys()):
        facts: dict[str, Fact] = {}
        for f in _read_ranges(old, old_index.get(article, [])):
            facts[f.key] = f
        for f in _read_ranges(new, index.get(article, [])):
            f = fix(f)
            if f.subject == f.object:
                continue
            prev = facts.get(f.key)
            if prev is None or (prev.is_fact, prev.confidence) < (f.is_fact, f.confidence):
                facts[f.key] = f
        yield from sorted(facts.values(), key=lambda f: (f.evidence.article, f.evidence.sentence,
                                                         f.relation, f.subject, f.object))


def default_workers() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return max(1, os.cpu_count() or 1)


def build(
    inputs: Iterable[str | Path],
    out: str | Path,
    *,
    model: str | None = None,
    workers: int | None = None,
    append: bool = False,
    on_problem: Callable[[IngestProblem], None] | None = None,
    on_article: Callable[[int, int], None] | None = None,
    html: bool = True,
) -> BuildReport:
    """Build the graph of `inputs` into directory `out`.

    Writes ``graph.graphml``, ``entities.jsonl``, ``triples.jsonl``,
    ``articles.jsonl`` (and ``graph.html`` unless ``html=False``).  With
    ``append=True`` the graph already in `out` is kept and the new articles are
    merged into it (an article built again replaces its earlier facts).
    `on_problem` is called for every input that could not be used, `on_article`
    with (articles done, tokens done) after each article.

    Nothing in `out` changes until the new files are complete: they are written
    to temporary files, then renamed over the old ones together; a failed or
    interrupted build leaves the previous graph and no temporary file.  When no
    article could be built, nothing is written (``report.articles == 0``).
    """
    t0 = time.perf_counter()
    out = Path(out)
    created = not out.exists()
    out.mkdir(parents=True, exist_ok=True)
    report = BuildReport()
    problems: list[IngestProblem] = report.problems

    def problem(p: IngestProblem) -> None:
        problems.append(p)
        if on_problem:
            on_problem(p)

    old_entities = []
    old_articles: dict[str, dict] = {}
    if append and (out / "entities.jsonl").exists():
        old_entities = G.read_entities(out / "entities.jsonl")
        if (out / "articles.jsonl").exists():
            old_articles = {r["id"]: r for r in G.iter_jsonl(out / "articles.jsonl")}
    registry = Registry(old_entities)
    workers = workers or default_workers()

    articles_meta: dict[str, dict] = {}
    fd, tmp_name = tempfile.mkstemp(prefix=".triples.partial.", suffix=".jsonl", dir=out)
    tmp = Path(tmp_name)
    staged: dict[Path, Path] = {}  # temporary file -> the output it replaces

    def stage(name: str) -> Path:
        t = out / f".{name}.{os.getpid()}.new"
        staged[t] = out / name
        return t

    n_tokens = 0
    # article id -> byte ranges of its facts in `tmp` (facts are read back one article
    # at a time, in output order: memory never holds all the facts)
    index: dict[str, list[tuple[int, int]]] = {}
    try:
        with open(fd, "wb") as part:
            pos = 0
            batches = _batches(iter_inputs(inputs), problem, BATCH, TAIL, TAIL_BATCH)
            for p in _run(batches, model, workers):
                if isinstance(p, IngestProblem):  # processing this article failed
                    problem(p)
                    continue
                art_id = p.resolved.article
                if art_id in old_articles and art_id not in articles_meta:
                    # built again: its new mentions replace those counted before
                    registry.forget(old_articles[art_id].get(MENTIONS_FIELD) or {})
                for f in registry.add(p.resolved):
                    data = (json.dumps(f.to_json(), ensure_ascii=False) + "\n").encode("utf-8")
                    part.write(data)
                    _index_add(index, f.evidence.article, pos, len(data))
                    pos += len(data)
                report.articles += 1
                report.sentences += p.sentences
                n_tokens += p.tokens
                articles_meta[art_id] = {**p.meta, "sentences": p.sentences,
                                         "tokens": p.tokens}
                if on_article:
                    on_article(report.articles, n_tokens)
        report.tokens = n_tokens
        if report.articles == 0:  # keep whatever graph `out` already holds
            if created:
                tmp.unlink(missing_ok=True)
                with contextlib.suppress(OSError):
                    out.rmdir()
            report.seconds = round(time.perf_counter() - t0, 3)
            return report
        remap = registry.finalize()
        # the facts of the old graph whose article was not built again
        old_index: dict[str, list[tuple[int, int]]] = {}
        old_triples = out / "triples.jsonl"
        if append and old_triples.exists():
            old_index = _index_triples(old_triples, exclude=articles_meta)

        def fix(f: Fact) -> Fact:
            f.subject = registry.resolve_id(remap.get(f.subject, f.subject))
            f.object = registry.resolve_id(remap.get(f.object, f.object))
            return f

        entities = registry.all()
        report.entities = len(entities)
        # every file is complete before any of the old ones is replaced
        G.write_jsonl(stage("entities.jsonl"), (e.to_json() for e in entities))
        # article metadata comes from the inputs; keep what ingest knew
        all_articles = {**old_articles, **articles_meta}
        for k, meta in all_articles.items():
            if k in articles_meta:
                meta[MENTIONS_FIELD] = registry.mentions_of(k)
            elif meta.get(MENTIONS_FIELD):  # ids of entities merged since
                ids: dict[str, int] = {}
                for eid, n in meta[MENTIONS_FIELD].items():
                    eid = registry.resolve_id(remap.get(eid, eid))
                    ids[eid] = ids.get(eid, 0) + n
                meta[MENTIONS_FIELD] = dict(sorted(ids.items()))
        G.write_jsonl(stage("articles.jsonl"), (all_articles[k] for k in sorted(all_articles)))
        write_html = None
        if html:
            try:
                from .view import write_html
            except ImportError:
                pass
        # triples.jsonl, graph.graphml and graph.html in one pass over the facts
        with open(tmp, "rb") as new_facts, \
                (open(old_triples, "rb") if old_index else contextlib.nullcontext()) as old, \
                G.atomic_write(stage("triples.jsonl")) as triples_out, \
                G.graphml_writer(stage("graph.graphml"), entities) as graphml_edge:

            def ordered() -> Iterator[Fact]:
                for f in _ordered_facts(index, new_facts, fix, old_index, old):
                    triples_out.write(json.dumps(f.to_json(), ensure_ascii=False) + "\n")
                    graphml_edge(f)
                    report.edges += 1
                    report.facts += f.is_fact
                    yield f

            if write_html is not None:
                write_html(stage("graph.html"), entities, ordered())
            else:
                for _ in ordered():
                    pass
        tmp.unlink(missing_ok=True)
        for t, final in staged.items():
            os.replace(t, final)
        staged.clear()
    finally:
        tmp.unlink(missing_ok=True)
        for t in staged:
            t.unlink(missing_ok=True)
    report.outputs = {
        "graphml": str(out / "graph.graphml"),
        "entities": str(out / "entities.jsonl"),
        "triples": str(out / "triples.jsonl"),
        "articles": str(out / "articles.jsonl"),
    }
    if write_html is not None:
        report.outputs["html"] = str(out / "graph.html")
    report.seconds = round(time.perf_counter() - t0, 3)
    return report
