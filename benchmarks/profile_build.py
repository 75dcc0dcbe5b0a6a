#!/usr/bin/env python3
"""Where a build spends its time: py-spy samples of ``kgraph build``, summarised.

    python benchmarks/profile_build.py                       # 150 benchmark articles, --workers 1
    python benchmarks/profile_build.py CORPUS.jsonl --workers 2
    python benchmarks/profile_build.py --raw profile.txt     # summarise an earlier recording

Runs ``py-spy record --subprocesses --format raw`` on a whole build (process start
and model load included) and prints:

- the share of the samples by stage: each spaCy component, kgraph's own components,
  extraction, in-article resolution, the cross-article registry, writing the files;
- the functions of kgraph (``kgraph/...``) with the largest self and inclusive shares,
  by line with ``--lines``.

The corpus defaults to ``benchmarks/corpus/articles-150.jsonl`` (made by
``throughput.py``; made here when missing).
"""

from __future__ import annotations

import argparse
import collections
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

# (stage, a frame that marks it): the first that matches wins
STAGES: tuple[tuple[str, str], ...] = (
    ("model load + gazetteer patterns", "Processor.__init__"),
    ("model load + gazetteer patterns", "_init_worker"),
    ("kgraph: extract (kgraph/extract)", "Extractor.extract_docs"),
    ("kgraph: in-article resolution", "ArticleResolver.resolve"),
    ("kgraph: cross-article registry", "Registry."),
    ("kgraph: write graph.graphml", "graphml_writer"),
    ("kgraph: write graph.graphml", "write_graphml"),
    ("kgraph: write graph.html", "write_html"),
    ("kgraph: write JSONL", "write_jsonl"),
    ("kgraph: facts back from disk, dedupe, sort", "_ordered_facts"),
    ("kgraph: facts back from disk, dedupe, sort", "read_triples"),
    ("kgraph: read inputs", "iter_inputs"),
    ("kgraph component: kgraph_unglue", "unglue (kgraph/nlp.py"),
    ("kgraph component: kgraph_paragraphs", "paragraph_boundaries (kgraph/nlp.py"),
    ("kgraph component: kgraph_gazetteer (EntityRuler)", "EntityRuler.__call__"),
    ("spaCy: attribute_ruler", "attributeruler.py"),
    ("spaCy: lemmatizer", "lemmatizer.py"),
    ("spaCy: tokenizer", "Language.make_doc"),
    ("spaCy: neural nets (tok2vec, tagger, parser, ner)", "thinc/"),
    ("spaCy: neural nets (tok2vec, tagger, parser, ner)", "spacy/ml/"),
    ("imports", "_find_and_load"),
)


def frame_key(frame: str, lines: bool) -> str:
    return frame if lines else re.sub(r":\d+\)$", ")", frame)


def stage_of(frames: list[str]) -> str:
    for name, marker in STAGES:
        if any(marker in f for f in frames):
            return name
    if frames[-1].startswith("_pipe (spacy/util.py"):
        return "spaCy: parser and ner search (Cython, under util._pipe)"
    if any("multiprocessing" in f for f in frames):
        return "multiprocessing (waiting, pickling)"
    return "other"


def summarise(raw: Path, top: int, lines: bool) -> None:
    stages: collections.Counter[str] = collections.Counter()
    incl: collections.Counter[str] = collections.Counter()
    self_: collections.Counter[str] = collections.Counter()
    total = 0
    with open(raw, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or " " not in line:
                continue
            stack, n_s = line.rsplit(" ", 1)
            n = int(n_s)
            frames = [fr for fr in stack.split(";") if fr]
            # py-spy --subprocesses prefixes each stack with "process 123:..."
            frames = [fr for fr in frames if not fr.startswith("process ")]
            if not frames:
                continue
            total += n
            stages[stage_of(frames)] += n
            seen = set()
            for fr in frames:
                if "kgraph/" in fr:
                    k = frame_key(fr, lines)
                    if k not in seen:
                        incl[k] += n
                        seen.add(k)
            if "kgraph/" in frames[-1]:
                self_[frame_key(frames[-1], lines)] += n
    if not total:
        raise SystemExit(f"{raw}: no samples")
    print(f"{total:,} samples\n\nby stage:")
    for k, v in stages.most_common():
        print(f"  {100 * v / total:5.1f}%  {k}")
    print("\nkgraph functions, self time:")
    for k, v in self_.most_common(top):
        print(f"  {100 * v / total:5.1f}%  {k}")
    print("\nkgraph functions, inclusive:")
    for k, v in incl.most_common(top):
        print(f"  {100 * v / total:5.1f}%  {k}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", nargs="?", type=Path,
                    help="JSONL (or any kgraph input) to build (default: 150 benchmark articles)")
    ap.add_argument("--workers", type=int, default=1, help="kgraph build --workers (default: 1)")
    ap.add_argument("--raw", type=Path, help="summarise this py-spy raw file instead of recording")
    ap.add_argument("--out", type=Path, help="keep the raw samples in this file")
    ap.add_argument("--rate", type=int, default=100, help="samples per second (default: 100)")
    ap.add_argument("--top", type=int, default=25, help="functions to list (default: 25)")
    ap.add_argument("--lines", action="store_true", help="functions by line")
    args = ap.parse_args(argv)

    if args.raw:
        summarise(args.raw, args.top, args.lines)
        return 0
    pyspy = shutil.which("py-spy") or str(Path(sys.executable).parent / "py-spy")
    if not Path(pyspy).exists():
        raise SystemExit("py-spy is not installed: pip install py-spy (or the dev extra)")
    corpus = args.corpus
    if corpus is None:
        import throughput

        corpus = throughput.CORPUS_DIR / "articles-150.jsonl"
        if not corpus.exists():
            throughput.make_corpus(150, corpus)
    kgraph = Path(sys.executable).parent / "kgraph"
    with tempfile.TemporaryDirectory() as tmp:
        raw = args.out or Path(tmp) / "profile.txt"
        cmd = [pyspy, "record", "--subprocesses", "--format", "raw", "--rate", str(args.rate),
               "--output", str(raw), "--", str(kgraph), "build", str(corpus),
               "--out", str(Path(tmp) / "out"), "--workers", str(args.workers), "--quiet"]
        print(" ".join(cmd), flush=True)
        subprocess.run(cmd, check=True)
        summarise(raw, args.top, args.lines)
    return 0


if __name__ == "__main__":
    sys.exit(main())
