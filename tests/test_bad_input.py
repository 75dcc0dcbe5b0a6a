"""Bad input and failures: every broken input is named and skipped, the good ones
are still built, outputs are replaced atomically, reruns and --append are safe."""

from __future__ import annotations

import io
import json
import logging
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from conftest import asserted
from typer.testing import CliRunner

import kgraph
from kgraph import cli, ingest, nlp, pipeline
from kgraph import graph as G
from kgraph.records import Article, IngestProblem

ROOT = Path(__file__).resolve().parents[1]
GOOD = "Russia has backed the Syrian government. Turkey criticized Russia.\n"
GOOD_FACTS = {("country:RUS", "SUPPORTS", "country:SYR"), ("country:TUR", "CRITICIZES", "country:RUS")}
OUTPUTS = ["articles.jsonl", "entities.jsonl", "graph.graphml", "triples.jsonl"]


# ------------------------------------------------------------------ helpers
def read(inputs) -> tuple[list[Article], dict[str, IngestProblem]]:
    """Ingest only: the articles, and the problems by origin."""
    items = list(ingest.iter_inputs([str(i) for i in inputs]))
    arts = [i for i in items if isinstance(i, Article)]
    probs = {p.origin: p for p in items if isinstance(p, IngestProblem)}
    assert len(probs) == len(items) - len(arts), "one problem per origin"
    return arts, probs


@pytest.fixture
def build(processor, monkeypatch):
    """kgraph.build with the session's spaCy pipeline (no model load per build)."""
    monkeypatch.setattr(pipeline, "Processor", lambda model=None: processor)

    def run(inputs, out, **kw):
        kw.setdefault("html", False)
        return kgraph.build([str(i) for i in inputs], out=out, workers=1, **kw)

    return run


def triples(out: Path) -> set[tuple[str, str, str, str]]:
    return {(t["subject"], t["relation"], t["object"], t["article"])
            for t in G.iter_jsonl(out / "triples.jsonl")}


def snapshot(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.iterdir())}


def cli_run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kgraph.cli", *args], capture_output=True,
                          text=True, cwd=ROOT, input=stdin, timeout=300)


def invoke(*args: str):
    """The CLI in this process (shared spaCy pipeline through the `build` fixture)."""
    return CliRunner().invoke(cli.app, list(args))


# ------------------------------------------------------------------ inputs
def test_missing_path_is_named(tmp_path):
    arts, probs = read([tmp_path / "nope.txt"])
    assert not arts
    assert probs[str(tmp_path / "nope.txt")].reason == "no such file or directory"
    assert probs[str(tmp_path / "nope.txt")].fatal


def test_empty_and_whitespace_only_files_are_skipped(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.md").write_text("  \n\t\r\n  \n")
    (tmp_path / "controls.txt").write_bytes(b"\x0c\x1b \x7f\n")
    (tmp_path / "empty.jsonl").write_bytes(b"")
    (tmp_path / "blank.jsonl").write_text("\n   \n\n")
    (tmp_path / "none.json").write_text("[]")
    (tmp_path / "empty.html").write_text("<html><head><script>var a = 1;</script></head>"
                                         "<body> </body></html>")
    (tmp_path / "ok.txt").write_text(GOOD)
    arts, probs = read([tmp_path])
    assert [a.id for a in arts] == ["ok"]
    reasons = {Path(o).name: p.reason for o, p in probs.items()}
    assert reasons == {
        "empty.txt": "empty file",
        "blank.md": "empty file",
        "controls.txt": "empty file",
        "empty.jsonl": "empty file (no JSON rows)",
        "blank.jsonl": "empty file (no JSON rows)",
        "none.json": "empty file (no JSON rows)",
        "empty.html": "no text in the HTML page",
    }
    assert all(p.fatal for p in probs.values())


def test_binary_files_are_skipped(tmp_path):
    (tmp_path / "pic.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (tmp_path / "doc.txt").write_bytes(b"PK\x03\x04\x14\x00\x06\x00" + b"\x00" * 30)
    # no NUL byte, not UTF-8, mostly control bytes: still not text
    noise = bytes((i * 7919) % 256 for i in range(4000)).replace(b"\x00", b"\x01")
    (tmp_path / "noise.bin").write_bytes(noise)
    (tmp_path / "ok.txt").write_text(GOOD)
    arts, probs = read([tmp_path])
    assert [a.id for a in arts] == ["ok"]
    reasons = {Path(o).name: p.reason for o, p in probs.items()}
    assert reasons["pic.png"] == reasons["doc.txt"] == "binary file (contains NUL bytes)"
    assert reasons["noise.bin"] == "binary file (not text)"


def test_non_utf8_text_is_decoded_with_a_warning(tmp_path):
    (tmp_path / "cp1252.txt").write_bytes(
        "\u201cFran\u00e7ois Hollande met Angela Merkel,\u201d the ministry said.\n"
        .encode("cp1252"))
    # 0x81 is not cp1252: decoded as latin-1, its C1 control replaced by a space
    (tmp_path / "latin1.txt").write_bytes(b"S\xe3o Paulo \x81 Jos\xe9 Mar\xeda\n")
    arts, probs = read([tmp_path])
    text = {a.id: a.text for a in arts}
    assert text["cp1252"].startswith("\u201cFran\u00e7ois Hollande met Angela Merkel,\u201d")
    assert text["latin1"] == "S\u00e3o Paulo   Jos\u00e9 Mar\u00eda\n"
    assert "decoded as cp1252" in probs[str(tmp_path / "cp1252.txt")].reason
    assert "decoded as latin-1" in probs[str(tmp_path / "latin1.txt")].reason
    assert not any(p.fatal for p in probs.values())


def test_utf8_bom_and_utf16_are_read(tmp_path):
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf" + GOOD.encode())
    (tmp_path / "bom.jsonl").write_bytes(
        b"\xef\xbb\xbf" + json.dumps({"id": "j", "text": GOOD}).encode() + b"\n")
    (tmp_path / "utf16.txt").write_bytes(GOOD.encode("utf-16"))
    arts, probs = read([tmp_path])
    assert not probs
    assert {a.id: a.text for a in arts} == {"bom": GOOD, "j": GOOD, "utf16": GOOD}


def test_malformed_jsonl_line_is_named_and_the_others_kept(tmp_path):
    f = tmp_path / "feed.jsonl"
    rows = [
        json.dumps({"id": "a", "text": GOOD}),
        '{"id": "b", "text": broken',
        # a raw U+2028 / U+0085 inside a JSON string is not a line break
        json.dumps({"id": "c", "text": "Iran supports\u2028Hezbollah.\x85"}, ensure_ascii=False),
        "",
        "[1, 2]",
        json.dumps({"id": "d", "text": "Israel attacked Iranian forces."}),
    ]
    f.write_text("\r\n".join(rows) + "\r\n", encoding="utf-8")
    arts, probs = read([f])
    assert [(a.id, a.origin) for a in arts] == [("a", f"{f}:1"), ("c", f"{f}:3"),
                                                ("d", f"{f}:6")]
    assert set(probs) == {f"{f}:2", f"{f}:5"}
    assert probs[f"{f}:2"].reason.startswith("malformed JSON (Expecting value at column")
    assert probs[f"{f}:5"].reason == "not a JSON object (list)"
    assert arts[1].text == "Iran supports\u2028Hezbollah. "


def test_jsonl_rows_without_text_or_id_are_named(tmp_path):
    f = tmp_path / "rows.jsonl"
    f.write_text("\n".join(json.dumps(r) for r in [
        {"id": "no-text", "title": "t"},
        {"id": "num-text", "text": 42},
        {"id": "blank", "text": " \n "},
        {"text": GOOD},
        {"id": "  ", "text": GOOD},
        {"id": "body", "body": GOOD},
        {"id": 7, "text": GOOD, "date": "2024-02-30"},
        {"id": "dated", "text": GOOD, "date": "2024-02-03T10:00:00Z"},
    ]) + "\n")
    arts, probs = read([f])
    assert {k.rsplit(":", 1)[1]: p.reason for k, p in probs.items()} == {
        "1": "no 'text' field (string)",
        "2": "no 'text' field (string)",
        "3": "empty 'text'",
        "4": "no 'id' field",
        "5": "no 'id' field",
    }
    assert [(a.id, a.date) for a in arts] == [("body", None), ("7", None),
                                              ("dated", "2024-02-03")]


def test_json_files(tmp_path):
    (tmp_path / "one.json").write_text(json.dumps({"id": "one", "text": GOOD}, indent=2))
    (tmp_path / "many.json").write_text(json.dumps([{"id": "m1", "text": GOOD}, {"id": "m2"}]))
    (tmp_path / "bad.json").write_text('[{"id": "x", "text": "y"},\n')
    arts, probs = read([tmp_path])
    assert [a.id for a in arts] == ["m1", "one"]
    assert probs[f"{tmp_path / 'many.json'}[2]"].reason == "no 'text' field (string)"
    assert probs[str(tmp_path / "bad.json")].reason.startswith("malformed JSON (")


def test_html_text_without_scripts_styles_or_repeats(tmp_path):
    (tmp_path / "page.html").write_text("""<!doctype html>
<html><head><title>Talks &amp; troops</title>
<style>p { color: red } .Iran { }</style>
<script>var s = "Israel attacked Lebanon"; document.write(s);</script></head>
<body><nav><a href="/">Home</a> <a>China criticized Japan</a></nav>
<!-- Egypt supports Libya -->
<h1>Russia backs Syria</h1>
<p>Russia has backed the <b>Syrian</b> government.</p>
<blockquote><p>Turkey criticized Russia.</p></blockquote>
<ul><li><p>Iran supports Hezbollah.</p></li></ul>
<noscript>Enable JavaScript</noscript>
<footer>&copy; 2024 News Corp</footer></body></html>""", encoding="utf-8")
    # a page without a known suffix is recognised by its doctype
    (tmp_path / "page2").write_text("<!DOCTYPE html><p>Iran supports Hezbollah.</p>")
    arts, probs = read([tmp_path])
    assert not probs
    page = next(a for a in arts if a.id == "page")
    assert page.title == "Talks & troops"
    assert page.text == ("Russia backs Syria\nRussia has backed the Syrian government.\n"
                         "Turkey criticized Russia.\nIran supports Hezbollah.")
    assert next(a for a in arts if a.id == "page2").text == "Iran supports Hezbollah."


def test_html_facts_are_built(build, tmp_path):
    (tmp_path / "page.html").write_text(
        "<html><head><script>Israel attacked Lebanon.</script></head><body>"
        f"<p>{GOOD}</p></body></html>")
    report = build([tmp_path / "page.html"], tmp_path / "out")
    assert report.articles == 1 and not report.problems
    assert {t[:3] for t in triples(tmp_path / "out")} == GOOD_FACTS


def test_same_file_twice_is_read_once_and_duplicate_ids_renamed(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.md").write_text("Iran supports Hezbollah.")
    (tmp_path / "link.txt").symlink_to(tmp_path / "a.txt")  # also in the folder
    arts, probs = read([tmp_path, tmp_path / "a.txt"])
    assert [(a.id, a.origin) for a in arts] == [("a", str(tmp_path / "a.txt")),
                                                ("a-2", str(tmp_path / "sub" / "a.md"))]
    assert "renamed 'a-2'" in probs[str(tmp_path / "sub" / "a.md")].reason
    assert probs[str(tmp_path / "link.txt")].reason == f"same file as {tmp_path / 'a.txt'}, read once"
    assert probs[str(tmp_path / "a.txt")].reason == f"same file as {tmp_path / 'a.txt'}, read once"
    assert not any(p.fatal for p in probs.values())


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file names")
def test_odd_file_names_are_shown_on_one_line(tmp_path):
    raw = os.fsencode(tmp_path) + b"/caf\xe9 [red]x\nnews.txt"
    with open(raw, "wb") as f:
        f.write(GOOD.encode())
    arts, probs = read([tmp_path])
    assert not probs
    (a,) = arts
    assert "\n" not in a.origin and "\ufffd" in a.origin and "\\n" in a.origin
    a.id.encode("utf-8")
    assert a.id == "caf\ufffd [red]x\\nnews"


def test_control_characters_in_jsonl_ids_and_metadata(tmp_path):
    f = tmp_path / "f.jsonl"
    f.write_text(json.dumps({"id": "a\r\nb\x00\ud800", "text": "x\ud800\ufffey",
                             "title": " T\t\x1bitle\n"}) + "\n")
    ((a,), _) = read([f])
    assert (a.id, a.text, a.title) == ("a b \ufffd", "x\ufffd\ufffdy", "T itle")


def test_fifo_and_unreadable_are_skipped_not_hung(tmp_path):
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs here")
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "ok.txt").write_text(GOOD)
    arts, probs = read([tmp_path])
    assert [a.id for a in arts] == ["ok"]
    assert probs[str(tmp_path / "pipe.txt")].reason == "not a regular file"


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0,
                    reason="root can read anything")
def test_unreadable_file_and_directory_are_named(tmp_path):
    (tmp_path / "secret.txt").write_text(GOOD)
    (tmp_path / "secret.txt").chmod(0)
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "x.txt").write_text(GOOD)
    (tmp_path / "locked").chmod(0)
    try:
        _, probs = read([tmp_path])
    finally:
        (tmp_path / "locked").chmod(0o755)
    assert probs[str(tmp_path / "secret.txt")].reason.startswith("cannot read")
    assert probs[str(tmp_path / "locked")].reason.startswith("cannot read directory")


def test_stdin(monkeypatch):
    def items(data: bytes):
        return list(ingest.read_stdin(io.TextIOWrapper(io.BytesIO(data))))

    (a,) = items(b"\xef\xbb\xbf" + GOOD.encode())
    assert (a.id, a.text, a.origin) == ("stdin", GOOD, "-")
    rows = items(b'{"id": "x", "text": "Iran supports Hezbollah."}\n{"id": "y", "text": \n')
    assert isinstance(rows[0], Article) and rows[0].id == "x"
    assert rows[1].origin == "-:2" and rows[1].reason.startswith("malformed JSON")
    (p,) = items(b"  \n")
    assert p.reason == "empty input on stdin"
    (p,) = items(b"\x00\x01binary")
    assert p.reason.startswith("binary file")


# --------------------------------------------------------------- long articles
def test_chunks_cut_at_paragraph_then_sentence_then_space():
    para = "Russia has backed the Syrian government. Turkey criticized Russia."
    text = "\n\n".join([para] * 6)
    pieces = list(nlp.chunks(text, 150))
    assert "".join(p for _, p in pieces) == text
    for off, p in pieces:
        assert text[off:off + len(p)] == p and len(p) <= 150
    assert all(p.endswith("\n\n") for _, p in pieces[:-1])  # paragraph ends

    line = " ".join([para] * 6)  # no line break: sentence ends
    pieces = list(nlp.chunks(line, 150))
    assert all(p.endswith(". ") for _, p in pieces[:-1])
    assert "".join(p for _, p in pieces) == line

    words = "word " * 100  # no sentence end: spaces
    pieces = list(nlp.chunks(words, 64))
    assert all(p.endswith(" ") and len(p) <= 64 for _, p in pieces)
    assert "".join(p for _, p in pieces) == words

    token = "x" * 250  # one very long token: hard cuts
    assert [len(p) for _, p in nlp.chunks(token, 100)] == [100, 100, 50]
    assert list(nlp.chunks("", 100)) == [(0, "")]
    assert list(nlp.chunks("short", 100)) == [(0, "short")]


ISO = {"Russia": "RUS", "Syria": "SYR", "Turkey": "TUR", "Iran": "IRN", "Iraq": "IRQ",
       "France": "FRA", "Germany": "DEU", "China": "CHN", "Pakistan": "PAK", "Israel": "ISR",
       "Egypt": "EGY", "Japan": "JPN", "India": "IND", "Brazil": "BRA", "Argentina": "ARG"}
PAIRS = [("Russia", "Syria"), ("Turkey", "Russia"), ("Iran", "Iraq"), ("France", "Germany"),
         ("China", "Pakistan"), ("Israel", "Egypt"), ("Japan", "India"), ("Brazil", "Argentina")]


class PipeSpy:
    """The spaCy pipeline, recording the length of every text it is given."""

    def __init__(self, nlp):
        self._nlp, self.sizes = nlp, []

    def pipe(self, texts, **kw):
        texts = list(texts)
        self.sizes += [len(t) for t in texts]
        return self._nlp.pipe(texts, **kw)

    def __getattr__(self, name):
        return getattr(self._nlp, name)


@pytest.mark.parametrize("sep", ["\n\n", " "], ids=["paragraphs", "one-line"])
def test_long_article_is_built_in_pieces(processor, monkeypatch, sep):
    """An article longer than the chunk size (here lowered to 2,000 characters for a
    ~8 kB article) is parsed in pieces: the facts of every piece are found, their
    offsets point into the whole article and sentence numbers keep increasing --
    the same facts as parsing it whole."""
    text = sep.join(
        f"Report {i}: {a} has backed {b}. Officials said the talks would continue next "
        "week in a neutral venue, and no date was set."
        for i, (a, b) in enumerate(PAIRS[i % len(PAIRS)] for i in range(60)))
    article = Article(id="long", text=text)

    def facts():
        (p,) = processor.process_batch([article])
        return sorted((f.evidence.start, f.evidence.sentence, f.subject, f.relation, f.object,
                       f.evidence.end, f.evidence.text) for f in p.resolved.facts), p

    whole, _ = facts()
    monkeypatch.setattr(nlp, "CHUNK_CHARS", 2_000)
    spy = PipeSpy(processor.nlp)
    monkeypatch.setattr(processor, "nlp", spy)
    pieces, processed = facts()
    assert len(spy.sizes) >= 4 and max(spy.sizes) <= 2_000  # the patched size is honoured
    assert pieces == whole
    assert len(pieces) == 60 and processed.sentences >= 120
    assert pieces[-1][0] > 6_000  # found in the last piece
    sentences = [s for _, s, *_ in pieces]
    assert sentences == sorted(sentences) and len(set(sentences)) == 60
    for i, (start, _sent, subj, rel, obj, end, ev_text) in enumerate(pieces):
        assert text[start:end].strip() == ev_text  # offsets into the whole article
        a, b = PAIRS[i % len(PAIRS)]
        assert ev_text.endswith(f"{a} has backed {b}.")
        assert (subj, rel, obj) == (f"country:{ISO[a]}", "SUPPORTS", f"country:{ISO[b]}")


# ---------------------------------------------------------- builds and failures
def mixed_folder(root: Path) -> Path:
    d = root / "news"
    d.mkdir()
    (d / "good.txt").write_text(GOOD)
    (d / "empty.txt").write_bytes(b"")
    (d / "pic.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (d / "latin1.txt").write_bytes("Fran\u00e7ois Hollande met Angela Merkel in Berlin.\n"
                                   .encode("latin-1"))
    (d / "feed.jsonl").write_text(
        json.dumps({"id": "j1", "text": "Iran supports Hezbollah."}) + "\n"
        + '{"id": "j2", "text": "Israel attacked\n'
        + json.dumps({"id": "j3", "text": "Israel attacked Iranian forces in Syria."}) + "\n")
    return d


def test_good_inputs_are_built_next_to_bad_ones(build, tmp_path):
    d = mixed_folder(tmp_path)
    report = build([d, tmp_path / "missing"], tmp_path / "out")
    assert report.articles == 4
    assert report.failed == 4  # empty, binary, broken line, missing
    assert sorted(p.origin for p in report.problems) == sorted([
        str(d / "empty.txt"), str(d / "pic.png"), f"{d / 'feed.jsonl'}:2",
        str(tmp_path / "missing"), str(d / "latin1.txt")])
    ids = [r["id"] for r in G.iter_jsonl(tmp_path / "out" / "articles.jsonl")]
    assert ids == ["good", "j1", "j3", "latin1"]
    got = triples(tmp_path / "out")
    assert {(s, r, o) for s, r, o, a in got if a == "good"} == GOOD_FACTS
    assert ("country:IRN", "SUPPORTS", "armedgroup:hezbollah", "j1") in got
    assert ("person:francois-hollande", "MEETS", "person:angela-merkel", "latin1") in got


def test_an_article_that_crashes_the_extractor_is_skipped(build, processor, monkeypatch,
                                                          tmp_path, caplog):
    real = processor.extractor.extract_docs

    def fragile(article, docs):
        if "BOOM" in article.text:
            raise IndexError("simulated extractor bug")
        return real(article, docs)

    monkeypatch.setattr(processor.extractor, "extract_docs", fragile)
    (tmp_path / "a.txt").write_text(GOOD)
    (tmp_path / "b.txt").write_text("BOOM. Iran supports Hezbollah.")
    (tmp_path / "c.txt").write_text("Iran supports Hezbollah.")
    with caplog.at_level(logging.DEBUG, logger="kgraph"):
        report = build([tmp_path / n for n in ("a.txt", "b.txt", "c.txt")], tmp_path / "out")
    assert report.articles == 2 and report.failed == 1
    (p,) = report.problems
    assert p.origin == str(tmp_path / "b.txt")
    assert p.reason.startswith("processing failed (IndexError: simulated extractor bug)")
    assert {a for *_, a in triples(tmp_path / "out")} == {"a", "c"}
    assert "Traceback" in caplog.text and "simulated extractor bug" in caplog.text

    # the command line: one line without --debug, the traceback with it
    monkeypatch.setattr(cli, "_debug", False)
    res = invoke("build", str(tmp_path / "b.txt"), str(tmp_path / "c.txt"),
                 "--out", str(tmp_path / "o2"), "--no-html", "--workers", "1")
    assert res.exit_code == 1
    assert f"skipped: {tmp_path / 'b.txt'}: processing failed (IndexError" in res.stderr
    assert "Traceback" not in res.stderr
    res = invoke("--debug", "build", str(tmp_path / "b.txt"), "--out", str(tmp_path / "o3"),
                 "--no-html", "--workers", "1")
    assert res.exit_code == 2  # nothing built
    assert "Traceback" in res.stderr and "IndexError: simulated extractor bug" in res.stderr
    invoke("build", "--help")  # leave the --debug logging off again


def test_nothing_built_leaves_the_previous_graph_alone(build, tmp_path):
    out = tmp_path / "out"
    build([mixed_folder(tmp_path) / "good.txt"], out)
    before = snapshot(out)
    report = build([tmp_path / "missing.txt"], out)
    assert report.articles == 0 and report.failed == 1 and report.outputs == {}
    assert snapshot(out) == before
    report = build([tmp_path / "missing.txt"], tmp_path / "new")
    assert not (tmp_path / "new").exists()


class Boom(Exception):
    pass


def fail_after(n: int, func):
    calls = {"n": 0}

    def wrapper(*a, **kw):
        calls["n"] += 1
        if calls["n"] > n:
            raise Boom(f"{func.__name__} failed after {n} calls")
        return func(*a, **kw)

    return wrapper


@pytest.mark.parametrize("where", ["graphml", "triples", "processing"])
def test_interrupted_build_keeps_the_previous_graph(build, monkeypatch, tmp_path, where):
    d = mixed_folder(tmp_path)
    out = tmp_path / "out"
    build([d / "good.txt"], out)
    before = snapshot(out)
    assert sorted(before) == OUTPUTS
    if where == "graphml":  # the last file, half written
        monkeypatch.setattr(G, "edge_attrs", fail_after(1, G.edge_attrs))
    elif where == "triples":  # the second file, after entities.jsonl is complete
        monkeypatch.setattr(kgraph.records.Fact, "to_json",
                            fail_after(2, kgraph.records.Fact.to_json))
    kwargs = {}
    if where == "processing":  # Ctrl-C after the first article
        def on_article(n, tokens):
            if n == 2:
                raise KeyboardInterrupt

        kwargs["on_article"] = on_article
    with pytest.raises(KeyboardInterrupt if where == "processing" else Boom):
        build([d], out, append=True, **kwargs)
    assert snapshot(out) == before  # same files, same bytes, no temporary file left
    monkeypatch.undo()


def test_rerun_gives_the_same_graph(build, tmp_path):
    d = mixed_folder(tmp_path)
    build([d], tmp_path / "once")
    build([d], tmp_path / "twice")
    build([d], tmp_path / "twice")
    assert snapshot(tmp_path / "twice") == snapshot(tmp_path / "once")


def test_append_adds_new_articles_and_merges_entities(build, tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    (a / "one.txt").write_text(GOOD)
    (b / "two.txt").write_text("Vladimir Putin met Recep Tayyip Erdogan in Moscow. "
                               "Russia attacked Ukraine.\n")
    build([a], tmp_path / "inc")
    build([b], tmp_path / "inc", append=True)
    build([a, b], tmp_path / "all")
    assert snapshot(tmp_path / "inc") == snapshot(tmp_path / "all")
    ents = [e["id"] for e in G.iter_jsonl(tmp_path / "all" / "entities.jsonl")]
    assert ents.count("country:RUS") == 1  # one Russia, mentioned by both articles

    # appending the same articles again adds no node, no edge and no mention
    build([a, b], tmp_path / "inc", append=True)
    again = snapshot(tmp_path / "inc")
    assert again == snapshot(tmp_path / "all")
    russia = next(e for e in G.iter_jsonl(tmp_path / "inc" / "entities.jsonl")
                  if e["id"] == "country:RUS")
    per_article = [r["entity_mentions"].get("country:RUS", 0)
                   for r in G.iter_jsonl(tmp_path / "inc" / "articles.jsonl")]
    assert russia["mentions"] == sum(per_article) >= 2
    g = kgraph.load_graph(tmp_path / "inc" / "graph.graphml")
    assert set(g.nodes) == set(ents)
    assert len(g.edges) == len(set(g.edges(keys=True))) == len(triples(tmp_path / "all"))


def test_append_of_an_edited_article_replaces_its_facts_and_mentions(build, tmp_path):
    a = tmp_path / "a"
    a.mkdir()
    (a / "one.txt").write_text(GOOD)
    (a / "two.txt").write_text("Iran supports Syria.\n")
    build([a], tmp_path / "inc")
    (a / "one.txt").write_text("Russia has backed the Syrian government.\n")  # no Turkey
    build([a / "one.txt"], tmp_path / "inc", append=True)
    build([a], tmp_path / "all")
    assert snapshot(tmp_path / "inc") == snapshot(tmp_path / "all")
    ents = {e["id"]: e for e in G.iter_jsonl(tmp_path / "inc" / "entities.jsonl")}
    assert "country:TUR" not in ents  # only the old text of one.txt mentioned it
    per_article = [r["entity_mentions"] for r in G.iter_jsonl(tmp_path / "inc" / "articles.jsonl")]
    assert len(per_article) == 2 and all(per_article)
    for eid, e in ents.items():
        assert e["mentions"] == sum(m.get(eid, 0) for m in per_article) > 0
    assert {(s, r, o) for s, r, o, _ in triples(tmp_path / "inc")} == {
        ("country:RUS", "SUPPORTS", "country:SYR"), ("country:IRN", "SUPPORTS", "country:SYR")}


def test_hostile_text_is_escaped_in_graphml(build, tmp_path):
    f = tmp_path / "evil.jsonl"
    f.write_text(json.dumps({
        "id": 'x"/><node id="evil',
        "text": 'Turkey criticized Russia over the "</data></node><node id=\'evil\'>" & ]]> '
                "<b>MATCH (n) DETACH DELETE n</b> affair.\n"
                'Turkey criticized the "<b>Free</b> & Syrian Army".\n',
    }) + "\n")
    report = build([f], tmp_path / "out", html=True)
    assert report.articles == 1 and not report.problems
    raw = (tmp_path / "out" / "graph.graphml").read_text(encoding="utf-8")
    ET.fromstring(raw.encode("utf-8"))  # well-formed
    assert "<node id='evil'>" not in raw and "&lt;/data&gt;&lt;/node&gt;" in raw
    g = kgraph.load_graph(tmp_path / "out" / "graph.graphml")
    ents = {e["id"] for e in G.iter_jsonl(tmp_path / "out" / "entities.jsonl")}
    assert set(g.nodes) == ents and "evil" not in ents
    assert {d["article"] for *_, d in g.edges(data=True)} == {'x"/><node id="evil'}
    texts = {d["text"] for *_, d in g.edges(data=True)}
    assert any("</data></node><node id='evil'>\" & ]]> <b>MATCH" in t for t in texts)
    assert any("<b>Free</b> & Syrian Army" in t for t in texts)


# ------------------------------------------------------------------ the CLI
def test_new_user_scenario(tmp_path):
    """A folder with a good article, an empty file, a binary file, a latin-1 file and
    a JSONL with a broken line, plus a missing path: exit 1, every problem named
    on one line, no traceback, the good articles in the graph."""
    d = mixed_folder(tmp_path)
    out = tmp_path / "out"
    run = cli_run("build", str(d), str(tmp_path / "missing"), "--out", str(out),
                  "--workers", "1")
    assert run.returncode == 1, run.stderr
    assert "Traceback" not in run.stderr
    lines = run.stderr.splitlines()
    for expected in [
        f"skipped: {d / 'empty.txt'}: empty file",
        f"skipped: {d / 'pic.png'}: binary file (contains NUL bytes)",
        f"skipped: {d / 'feed.jsonl'}:2: malformed JSON (",
        f"skipped: {tmp_path / 'missing'}: no such file or directory",
        f"warning: {d / 'latin1.txt'}: not valid UTF-8 (byte 4); decoded as cp1252",
    ]:
        assert sum(line.startswith(expected) for line in lines) == 1, (expected, lines)
    assert len(lines) == 5, lines
    assert "built 4 article(s)" in run.stdout and "4 input(s) skipped" in run.stdout
    ids = [r["id"] for r in G.iter_jsonl(out / "articles.jsonl")]
    assert ids == ["good", "j1", "j3", "latin1"]
    got = triples(out)
    assert {(s, r, o) for s, r, o, a in got if a == "good"} == GOOD_FACTS
    assert {a for *_, a in got} == {"good", "j1", "j3", "latin1"}


def test_exit_2_when_nothing_can_be_built(tmp_path):
    run = cli_run("build", str(tmp_path / "missing.txt"), "--out", str(tmp_path / "out"),
                  "--workers", "1")
    assert run.returncode == 2
    assert f"skipped: {tmp_path / 'missing.txt'}: no such file or directory" in run.stderr
    assert "nothing to build" in run.stderr and "Traceback" not in run.stderr
    assert not (tmp_path / "out").exists()


def test_exit_2_on_usage_errors():
    for args in ([], ["build"], ["build", "x.txt", "--workers", "0"], ["build", "--nope", "x"]):
        run = cli_run(*args)
        assert run.returncode == 2, (args, run.stderr)
        assert "Traceback" not in run.stderr


def test_exit_0_when_only_warnings(build, tmp_path):
    (tmp_path / "cp.txt").write_bytes("Fran\u00e7ois Hollande met Angela Merkel.".encode("cp1252"))
    res = invoke("build", str(tmp_path / "cp.txt"), "--out", str(tmp_path / "out"),
                 "--no-html", "--workers", "1")
    assert res.exit_code == 0, res.output
    assert res.stderr.startswith(f"warning: {tmp_path / 'cp.txt'}: not valid UTF-8")


def test_problem_lines_are_printed_verbatim(build, tmp_path):
    """File names are not rich markup or emoji codes, and stay on one line."""
    names = ["[red]red.txt", "[link=x] x.txt", ":smile: y.txt", "line\nbreak.txt"]
    for n in names:
        (tmp_path / n).write_bytes(b"")
    (tmp_path / "ok.txt").write_text(GOOD)
    res = invoke("build", str(tmp_path), "--out", str(tmp_path / "out"), "--no-html",
                 "--workers", "1")
    assert res.exit_code == 1, res.output
    lines = res.stderr.splitlines()
    assert len(lines) == 4, lines
    for n in names:
        shown = n.replace("\n", "\\n")
        assert f"skipped: {tmp_path / shown}: empty file" in lines


def test_a_failing_rule_family_costs_its_facts_not_the_article(facts_of, monkeypatch, caplog):
    import kgraph.extract.mentions as mentions
    from kgraph.extract.roles import RoleFinder

    def broken(self, ctx, args):
        yield from ()
        raise ValueError("a bug on an odd sentence")

    monkeypatch.setattr(mentions, "STRICT", False)
    monkeypatch.setattr(RoleFinder, "titles", broken)
    text = "Russian President Vladimir Putin met Iran's president. Russia attacked Ukraine."
    with caplog.at_level("WARNING", logger="kgraph"):
        got = asserted(facts_of(text))
    assert ("Russia", "ATTACKS", "Ukraine") in got  # the event rules still ran
    assert ("Vladimir Putin", "LEADS", "Russia") not in got  # the title rules did not
    assert any("the titles rules failed (ValueError: a bug on an odd sentence)" in r.message
               for r in caplog.records), caplog.text
