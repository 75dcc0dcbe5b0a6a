#!/usr/bin/env python3
"""Throughput of ``kgraph build`` against spaCy alone, on real-length news articles.

    python benchmarks/throughput.py                       # 150, 1,000 and 10,000 articles
    python benchmarks/throughput.py --sizes 150,1000      # skip the long 10,000 run
    python benchmarks/throughput.py --quick               # 150 articles, a few minutes
    python benchmarks/throughput.py --quick --repeat 3    # fastest of 3 interleaved runs
    make bench                                            # the same as the first line

For every corpus size it runs, each as a separate whole process (wall time includes
process start and model load; peak memory is the summed RSS of the process and all
its children, polled every 0.1 s, so pages a forked worker shares with its parent
count twice):

- ``spacy n_process=1`` / ``spacy n_process=2``: a process that loads the same model
  as kgraph (the first installed of ``kgraph.nlp.DEFAULT_MODELS``) with none of
  kgraph's components and runs ``nlp.pipe`` over the same texts;
- ``kgraph build``: ``kgraph build CORPUS --out DIR`` with the default workers (all
  cores), and ``kgraph build --workers 1`` for reference.

It prints articles/s, tokens/s, peak RSS and the ratio of each build to the faster
spaCy run (target: at most 1.25), the growth from 1,000 to 10,000 articles (target:
at most 10.5x), and checks that the outputs do not depend on ``--workers``.  Each
row also shows the CPU seconds of the process tree, the CPU load of the other
processes of the machine meanwhile and the hypervisor's steal: before each run the
script waits for the machine to be idle (``--idle``), and ``--repeat N`` runs
everything N times in turn and keeps the fastest of each.

``--src before=DIR`` (repeatable) also builds with the kgraph package of another
source tree (e.g. ``git archive <commit> | tar -x -C DIR``), interleaved with the
other runs: a before/after comparison on the same machine state, outputs compared.

Corpus: the texts of ``benchmarks/articles/*.txt`` and ``data/hatami-syria-visit.txt``
repeated with fresh ids and dates (every repetition after the first rotates the
body paragraphs), written to ``benchmarks/corpus/articles-N.jsonl`` (git-ignored).
``--corpus FILE.jsonl`` measures your own corpus instead.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
ARTICLES = HERE / "articles"
SAMPLE = ROOT / "data" / "hatami-syria-visit.txt"
CORPUS_DIR = HERE / "corpus"
DEFAULT_SIZES = (150, 1000, 10000)
RUNS = ("spacy1", "spacy2", "build", "build1")
RUN_LABELS = {
    "spacy1": "spaCy alone, n_process=1",
    "spacy2": "spaCy alone, n_process=2",
    "build": "kgraph build (default workers)",
    "build1": "kgraph build --workers 1",
}
# nlp.pipe batch size of the spaCy-alone runs (see --spacy-batch-size): the fastest on
# the benchmark machine (150 articles, n_process=2: 15.4 s with 8, 17.7 s with 32,
# 31 s with 128, 40 s with spaCy's default 1000; n_process=1: 23.4 s with 8, 22.8 s
# with 32); it is also what kgraph gives nlp.pipe (BATCH articles a call).
SPACY_BATCH = 8
OUTPUT_FILES = ("entities.jsonl", "triples.jsonl", "articles.jsonl", "graph.graphml",
                "graph.html")


# ------------------------------------------------------------------------- corpus
def source_texts() -> list[tuple[str, str]]:
    files = sorted(ARTICLES.glob("*.txt")) + [SAMPLE]
    return [(f.stem, f.read_text(encoding="utf-8").strip()) for f in files]


def varied(text: str, rep: int) -> str:
    """Repetition `rep` of a text: the first paragraph stays, the others rotate."""
    paras = text.split("\n")
    if rep == 0 or len(paras) < 3:
        return text
    body = paras[1:]
    k = rep % len(body)
    return "\n".join([paras[0], *body[k:], *body[:k]])


def make_corpus(n: int, path: Path) -> Path:
    """`n` articles as JSONL (deterministic: the first k articles of every size agree)."""
    sources = source_texts()
    day0 = dt.date(2024, 1, 1)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        for i in range(n):
            stem, text = sources[i % len(sources)]
            rep = i // len(sources)
            row = {
                "id": f"{stem}-{i:05d}",
                "date": (day0 + dt.timedelta(days=i % 366)).isoformat(),
                "title": stem.replace("-", " "),
                "source": "kgraph-bench",
                "text": varied(text, rep),
            }
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    os.replace(tmp, path)
    return path


def corpus_stats(path: Path) -> tuple[int, int, int]:
    n = chars = words = 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                t = json.loads(line)["text"]
                n += 1
                chars += len(t)
                words += len(t.split())
    return n, chars, words


# ----------------------------------------------------------------- the spaCy run
def spacy_only(corpus: str, model: str, n_process: int, batch_size: int) -> None:
    """The child process of a spaCy-alone run: prints {"tokens": ...} as JSON."""
    import spacy

    def texts():
        with open(corpus, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    yield json.loads(line)["text"]

    nlp = spacy.load(model)
    tokens = docs = 0
    for doc in nlp.pipe(texts(), n_process=n_process, batch_size=batch_size):
        tokens += len(doc)
        docs += 1
    print(json.dumps({"tokens": tokens, "docs": docs, "pipes": nlp.pipe_names}))


# ------------------------------------------------------------------- measurement
class Sampler(threading.Thread):
    """Polls the summed RSS of a process and all its descendants."""

    def __init__(self, pid: int, interval: float = 0.1):
        super().__init__(daemon=True)
        import psutil

        self.proc = psutil.Process(pid)
        self.interval = interval
        self.peak = 0
        self.peak_procs = 0
        self.stop = threading.Event()

    def run(self) -> None:
        import psutil

        while not self.stop.is_set():
            try:
                procs = [self.proc, *self.proc.children(recursive=True)]
            except psutil.Error:
                break
            rss = 0
            for p in procs:
                try:
                    rss += p.memory_info().rss
                except psutil.Error:
                    pass
            if rss > self.peak:
                self.peak, self.peak_procs = rss, len(procs)
            self.stop.wait(self.interval)


def busy_cpu() -> float:
    """CPU seconds all processes of the machine have used (every core)."""
    import psutil

    t = psutil.cpu_times()
    return t.user + t.nice + t.system + getattr(t, "irq", 0) + getattr(t, "softirq", 0)


def steal_cpu() -> float:
    """CPU seconds the hypervisor gave to other machines while ours wanted them."""
    import psutil

    return getattr(psutil.cpu_times(), "steal", 0.0)


def children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def wait_idle(limit: float, patience: float) -> float:
    """Wait (at most `patience` seconds) until the other processes of the machine use
    less than `limit` cores over 3 s; returns the load seen last."""
    deadline = time.monotonic() + patience
    said = False
    while True:
        b0, t0 = busy_cpu(), time.monotonic()
        time.sleep(3)
        load = (busy_cpu() - b0) / (time.monotonic() - t0)
        if load < limit or time.monotonic() > deadline:
            return load
        if not said:
            print(f"  (waiting for the machine to be idle: other processes use {load:.2f} "
                  "cores)", flush=True)
            said = True


def timed(cmd: list[str], log: Path, env: dict | None = None) -> dict:
    """Run `cmd` as a whole process: wall seconds, peak tree RSS, CPU seconds of the
    tree, CPU load of the other processes of the machine meanwhile, stdout."""
    log.parent.mkdir(parents=True, exist_ok=True)
    with open(log, "w", encoding="utf-8") as err, \
            open(log.with_suffix(".out"), "w+", encoding="utf-8") as out:
        c0, b0, s0 = children_cpu(), busy_cpu(), steal_cpu()
        t0 = time.perf_counter()
        p = subprocess.Popen(cmd, stdout=out, stderr=err, cwd=ROOT, env=env)
        s = Sampler(p.pid)
        s.start()
        rc = p.wait()
        wall = time.perf_counter() - t0
        cpu, busy, steal = children_cpu() - c0, busy_cpu() - b0, steal_cpu() - s0
        s.stop.set()
        s.join()
        out.seek(0)
        stdout = out.read()
    if rc != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({rc}); see {log}:\n"
                         + log.read_text(encoding="utf-8")[-2000:])
    return {"seconds": wall, "peak_rss": s.peak, "processes": s.peak_procs, "stdout": stdout,
            "cpu_seconds": cpu, "other_load": max(0.0, busy - cpu) / wall, "steal": steal / wall}


def kgraph_cmd() -> list[str]:
    exe = Path(sys.executable).parent / "kgraph"
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "kgraph.cli"]


def default_model() -> str:
    import spacy

    from kgraph.nlp import DEFAULT_MODELS

    for name in DEFAULT_MODELS:
        if spacy.util.is_package(name):
            return name
    raise SystemExit(f"none of {DEFAULT_MODELS} is installed")


def split_run(run: str) -> tuple[str, str | None]:
    """ "build1@before" -> ("build1", "before")."""
    kind, _, src = run.partition("@")
    return kind, src or None


def run_label(run: str) -> str:
    kind, src = split_run(run)
    return RUN_LABELS[kind] + (f" [{src}]" if src else "")


def out_dir(work: Path, run: str) -> Path:
    return work / run.replace("@", "-") / "out"  # leaf "out" for all: graph.html titles agree


def run_once(run: str, corpus: Path, model: str, work: Path, batch: int,
             sources: dict[str, Path]) -> dict:
    kind, src = split_run(run)
    if kind.startswith("spacy"):
        n_process = int(kind[-1])
        cmd = [sys.executable, str(Path(__file__).resolve()), "--spacy-only", str(corpus),
               "--model", model, "--n-process", str(n_process), "--spacy-batch-size", str(batch)]
        r = timed(cmd, work / f"{kind}.log")
        r["tokens"] = json.loads(r.pop("stdout").strip().splitlines()[-1])["tokens"]
        return r
    out = out_dir(work, run)
    shutil.rmtree(out, ignore_errors=True)
    cmd = [*kgraph_cmd(), "build", str(corpus), "--out", str(out)]
    if kind == "build1":
        cmd += ["--workers", "1"]
    env = None
    if src is not None:  # another source tree of kgraph (e.g. a checkout of the old code)
        env = {**os.environ, "PYTHONPATH": str(sources[src])}
    r = timed(cmd, out.parent / "build.log", env)
    r["summary"] = r.pop("stdout").strip()
    tokens = 0
    with open(out / "articles.jsonl", encoding="utf-8") as f:
        for line in f:
            tokens += json.loads(line).get("tokens", 0)
    r["tokens"] = tokens
    r["output_bytes"] = {n: (out / n).stat().st_size for n in OUTPUT_FILES if (out / n).exists()}
    return r


def measure(runs: list[str], corpus: Path, n: int, model: str, work: Path, batch: int,
            repeat: int, idle: float | None, sources: dict[str, Path]) -> dict[str, dict]:
    """Each of `runs`, `repeat` times in turn (so that a slow spell of the machine hits
    all of them): the fastest of each, with the highest peak RSS seen."""
    best: dict[str, dict] = {}
    for i in range(repeat):
        for kind in runs:
            if idle is not None:
                wait_idle(idle, patience=900)
            r = run_once(kind, corpus, model, work, batch, sources)
            print(f"  {run_label(kind):40s} run {i + 1}/{repeat}: {r['seconds']:8.1f} s  "
                  f"peak RSS {r['peak_rss'] / 2**20:6,.0f} MB  CPU {r['cpu_seconds']:7.1f} s  "
                  f"other load {r['other_load']:.2f}  steal {r['steal']:.2f}", flush=True)
            r["runs"] = [round(r["seconds"], 2)]
            b = best.get(kind)
            if b is not None:
                r["runs"] = b["runs"] + r["runs"]
                r["peak_rss"] = max(r["peak_rss"], b["peak_rss"])
                if b["seconds"] <= r["seconds"]:
                    r = {**b, "runs": r["runs"], "peak_rss": r["peak_rss"]}
            r["articles_per_s"] = n / r["seconds"]
            r["tokens_per_s"] = r["tokens"] / r["seconds"]
            best[kind] = r
    return best


def same_outputs(a: Path, b: Path) -> list[str]:
    """Names of the output files that differ between two build directories."""
    diff = []
    for name in OUTPUT_FILES:
        pa, pb = a / name, b / name
        if pa.exists() != pb.exists() or (pa.exists() and pa.read_bytes() != pb.read_bytes()):
            diff.append(name)
    return diff


# ---------------------------------------------------------------------- machine
def machine() -> dict:
    import psutil
    import spacy

    cpu = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:
        cores = os.cpu_count() or 1
    return {
        "cpu": cpu,
        "cores": cores,
        "ram_gb": round(psutil.virtual_memory().total / 2**30, 1),
        "os": platform.platform(),
        "python": platform.python_version(),
        "spacy": spacy.__version__,
    }


def fmt_table(rows: list[dict]) -> str:
    head = ("articles", "run", "wall s", "articles/s", "tokens/s", "peak RSS MB", "procs",
            "x spaCy", "CPU s", "other load", "steal")
    lines = [head]
    for r in rows:
        lines.append((
            f"{r['n']:,}", run_label(r["kind"]), f"{r['seconds']:.1f}",
            f"{r['articles_per_s']:.1f}", f"{r['tokens_per_s']:,.0f}",
            f"{r['peak_rss'] / 2**20:,.0f}", str(r["processes"]),
            f"{r['ratio']:.2f}" if r.get("ratio") else "",
            f"{r['cpu_seconds']:.1f}", f"{r['other_load']:.2f}", f"{r['steal']:.2f}",
        ))
    widths = [max(len(line[i]) for line in lines) for i in range(len(head))]
    out = []
    for j, line in enumerate(lines):
        out.append("  ".join(c.ljust(w) if i == 1 else c.rjust(w)
                             for i, (c, w) in enumerate(zip(line, widths, strict=True))))
        if j == 0:
            out.append("  ".join("-" * w for w in widths))
    return "\n".join(out)


# -------------------------------------------------------------------------- main
def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default=",".join(map(str, DEFAULT_SIZES)),
                    help="corpus sizes, comma-separated (default: %(default)s)")
    ap.add_argument("--quick", action="store_true",
                    help="only 150 articles (same as --sizes 150)")
    ap.add_argument("--runs", default=",".join(RUNS),
                    help=f"which runs, comma-separated, of {', '.join(RUNS)} (default: all)")
    ap.add_argument("--src", action="append", default=[], metavar="LABEL=DIR",
                    help="also build with the kgraph package in DIR (put first on PYTHONPATH; "
                    "e.g. an export of an older commit), labelled LABEL; repeatable. The "
                    "builds of every source are interleaved with the spaCy runs and their "
                    "outputs compared")
    ap.add_argument("--repeat", type=int, default=1,
                    help="run each measurement N times, keep the fastest (default: 1)")
    ap.add_argument("--corpus", type=Path,
                    help="measure this JSONL corpus (its first N articles for each size)")
    ap.add_argument("--json", type=Path, help="also write the results to this file")
    ap.add_argument("--spacy-batch-size", type=int, default=SPACY_BATCH,
                    help="nlp.pipe batch size of the spaCy-alone runs (default: %(default)s)")
    ap.add_argument("--keep", action="store_true", help="keep the build outputs")
    ap.add_argument("--idle", type=float, default=0.25, metavar="CORES",
                    help="before each run, wait (up to 15 min) until the other processes "
                    "of the machine use less than CORES cores; negative: do not wait "
                    "(default: %(default)s)")
    # the child process of a spaCy-alone run
    ap.add_argument("--spacy-only", metavar="CORPUS", help=argparse.SUPPRESS)
    ap.add_argument("--model", help=argparse.SUPPRESS)
    ap.add_argument("--n-process", type=int, default=1, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    if args.spacy_only:
        spacy_only(args.spacy_only, args.model, args.n_process, args.spacy_batch_size)
        return 0

    sizes = [150] if args.quick else [int(s.replace("_", "")) for s in args.sizes.split(",")]
    kinds = [k.strip() for k in args.runs.split(",") if k.strip()]
    for k in kinds:
        if k not in RUNS:
            ap.error(f"unknown run {k!r} (one of {', '.join(RUNS)})")
    sources: dict[str, Path] = {}
    for spec in args.src:
        label, sep, directory = spec.partition("=")
        if not sep or not (Path(directory) / "kgraph" / "__init__.py").exists():
            ap.error(f"--src {spec!r}: expected LABEL=DIR with DIR/kgraph/__init__.py")
        sources[label] = Path(directory).resolve()
    runs = [k for k in kinds if k.startswith("spacy")]
    for k in kinds:
        if k.startswith("build"):
            runs += [k] if not sources else [f"{k}@{label}" for label in sources]
    model = default_model()
    info = machine()
    import spacy

    info["model"] = f"{model} {spacy.info(model)['version']}"
    print(f"machine: {info['cpu']}, {info['cores']} cores, {info['ram_gb']} GB RAM, "
          f"{info['os']}; Python {info['python']}, spaCy {info['spacy']}, {info['model']}",
          flush=True)

    rows: list[dict] = []
    checks: list[str] = []
    for n in sizes:
        path = CORPUS_DIR / f"articles-{n}.jsonl"
        if args.corpus:
            path.parent.mkdir(parents=True, exist_ok=True)
            with open(args.corpus, encoding="utf-8") as src, \
                    open(path, "w", encoding="utf-8") as dst:
                k = 0
                for line in src:
                    if line.strip() and k < n:
                        dst.write(line)
                        k += 1
        else:
            make_corpus(n, path)
        n_art, chars, words = corpus_stats(path)
        print(f"\n{n_art:,} articles, {words:,} words, {chars / 2**20:.1f} MB of text: {path}",
              flush=True)
        work = CORPUS_DIR / "runs" / str(n)
        t0 = time.perf_counter()
        results = measure(runs, path, n_art, model, work, args.spacy_batch_size, args.repeat,
                          args.idle if args.idle >= 0 else None, sources)
        for kind, r in results.items():
            r.update(n=n_art, kind=kind)
        print(f"  ({time.perf_counter() - t0:,.0f} s for {n_art:,} articles)", flush=True)
        spacy_best = min((results[k]["seconds"] for k in ("spacy1", "spacy2") if k in results),
                         default=None)
        for r in results.values():
            if spacy_best:
                r["ratio"] = r["seconds"] / spacy_best
            rows.append(r)
        builds = [k for k in runs if k.startswith("build")]
        for k in builds:
            r = results[k]
            if spacy_best and split_run(k)[0] == "build":
                checks.append(f"{n:,} articles: {run_label(k)} / fastest spaCy = "
                              f"{r['ratio']:.2f} (target <= 1.25: "
                              f"{'ok' if r['ratio'] <= 1.25 else 'MISSED'})")
            mb = r["peak_rss"] / 2**20
            checks.append(f"{n:,} articles: {run_label(k)} peak RSS {mb:,.0f} MB "
                          f"(target <= 1024: {'ok' if mb <= 1024 else 'MISSED'})")
        # the outputs must not depend on --workers; across sources they may differ
        # (e.g. the extractor changed), which is only reported
        for k in builds:
            kind, src = split_run(k)
            first = next(b for b in builds if split_run(b)[1] == src)
            if k != first:
                diff = same_outputs(out_dir(work, first), out_dir(work, k))
                checks.append(f"{n:,} articles: outputs of {run_label(k)} and "
                              f"{run_label(first)} "
                              + ("byte-identical" if not diff else f"DIFFER: {', '.join(diff)}"))
        firsts = [b for b in builds if split_run(b)[0] == split_run(builds[0])[0]]
        for k in firsts[1:]:
            diff = same_outputs(out_dir(work, firsts[0]), out_dir(work, k))
            checks.append(f"{n:,} articles: outputs of {run_label(k)} and {run_label(firsts[0])}"
                          + (" byte-identical" if not diff else
                             f" differ ({', '.join(diff)}): the sources extract differently"))
        if not args.keep:
            for k in builds:
                shutil.rmtree(out_dir(work, k).parent, ignore_errors=True)

    by = {(r["n"], r["kind"]): r for r in rows}
    for kind in runs:
        if (1000, kind) in by and (10000, kind) in by:
            g = by[(10000, kind)]["seconds"] / by[(1000, kind)]["seconds"]
            checks.append(f"growth 1,000 -> 10,000 articles, {run_label(kind)}: {g:.2f}x"
                          + (f" (target <= 10.5: {'ok' if g <= 10.5 else 'MISSED'})"
                             if kind.startswith("build") else ""))

    print("\n" + fmt_table(rows))
    print()
    for c in checks:
        print(c)
    result = {"machine": info, "spacy_batch_size": args.spacy_batch_size,
              "sources": {k: str(v) for k, v in sources.items()},
              "repeat": args.repeat, "rows": rows, "checks": checks,
              "when": dt.datetime.now().isoformat(timespec="seconds")}
    dest = args.json or CORPUS_DIR / "results.json"
    dest.parent.mkdir(parents=True, exist_ok=True)
    dest.write_text(json.dumps(result, indent=2), encoding="utf-8")
    print(f"\nresults: {dest}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
