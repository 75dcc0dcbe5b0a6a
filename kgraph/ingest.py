"""The ingest stage: files, folders, JSONL and stdin -> Article records.

Accepted inputs:
- ``.txt`` / ``.md`` / ``.text`` files (article id = file stem);
- ``.jsonl`` / ``.ndjson`` files, one article a line: ``id``, ``text`` and optional
  ``date``, ``title``, ``source``, ``url``;
- ``.html`` / ``.htm`` files (the visible text, via BeautifulSoup; id = stem);
- directories, read recursively in sorted order (hidden files skipped);
- ``-`` for stdin (JSONL when every non-empty line is a JSON object, else one text).

Nothing is silently dropped: every input that cannot be used is reported as an
IngestProblem (``origin``, ``reason``) and the others are still yielded.
Text that is not UTF-8 is decoded as cp1252 (or latin-1) with a non-fatal note.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from .records import Article, IngestProblem

TEXT_SUFFIXES = {".txt", ".md", ".text", ".markdown"}
JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
SNIFF = 8192
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")

Item = Article | IngestProblem


def decode(data: bytes, origin: str) -> tuple[str | None, IngestProblem | None]:
    """Bytes -> text.  UTF-8 (BOM removed) first, else cp1252, else latin-1."""
    if b"\x00" in data[:SNIFF] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None, IngestProblem(origin, "binary file (contains NUL bytes), skipped")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), None
        except UnicodeDecodeError:
            return None, IngestProblem(origin, "undecodable UTF-16 text, skipped")
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as e:
        bad = e.start
    for enc in ("cp1252", "latin-1"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        controls = sum(1 for ch in text[:SNIFF] if ord(ch) < 32 and ch not in "\r\n\t\f")
        if controls > len(text[:SNIFF]) * 0.05:
            return None, IngestProblem(origin, "binary file (not text), skipped")
        return text, IngestProblem(
            origin, f"not valid UTF-8 (byte {bad}); decoded as {enc}", fatal=False
        )
    return None, IngestProblem(origin, "undecodable text, skipped")


def html_text(html: str) -> str:
    """The readable text of an HTML page: title and paragraphs, scripts dropped."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(["script", "style", "noscript", "template", "svg", "nav", "footer",
                     "header", "form", "iframe"]):
        tag.decompose()
    blocks = []
    for tag in soup.find_all(["h1", "h2", "h3", "p", "li", "blockquote"]):
        t = " ".join(tag.get_text(" ", strip=True).split())
        if t:
            blocks.append(t)
    if not blocks:
        blocks = [" ".join(soup.get_text(" ", strip=True).split())]
    return "\n".join(blocks)


def _html_title(html: str) -> str | None:
    from bs4 import BeautifulSoup

    t = BeautifulSoup(html, "html.parser").title
    return " ".join(t.get_text(" ", strip=True).split()) if t else None


def _clean(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    # control characters other than newlines and tabs carry no meaning for the parser
    return re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", " ", text)


def article_from_row(row: object, origin: str) -> Item:
    if not isinstance(row, dict):
        return IngestProblem(origin, "JSON line is not an object")
    text = row.get("text")
    if text is None:
        text = row.get("body") or row.get("content")
    if not isinstance(text, str):
        return IngestProblem(origin, "no 'text' field (string) in this row, skipped")
    if not text.strip():
        return IngestProblem(origin, "empty 'text', skipped")
    aid = row.get("id")
    if aid is None or str(aid).strip() == "":
        return IngestProblem(origin, "no 'id' field in this row, skipped")
    date = row.get("date")
    if date is not None and not (isinstance(date, str) and _DATE.match(date)):
        date = None
    opt = {k: (str(row[k]) if row.get(k) is not None else None) for k in ("title", "source", "url")}
    return Article(id=str(aid).strip(), text=_clean(text), date=date[:10] if date else None,
                   origin=origin, **opt)


def read_jsonl(lines: Iterable[str], name: str) -> Iterator[Item]:
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        origin = f"{name}:{n}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            yield IngestProblem(origin, f"malformed JSON ({e.msg}), line skipped")
            continue
        yield article_from_row(row, origin)


def read_file(path: Path) -> Iterator[Item]:
    origin = str(path)
    try:
        data = path.read_bytes()
    except OSError as e:
        yield IngestProblem(origin, f"cannot read: {e.strerror or e}")
        return
    text, note = decode(data, origin)
    if note is not None:
        yield note
    if text is None:
        return
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        stripped = text.lstrip()
        if suffix == ".json" and stripped.startswith("["):
            try:
                rows = json.loads(stripped)
            except json.JSONDecodeError as e:
                yield IngestProblem(origin, f"malformed JSON ({e.msg}), file skipped")
                return
            for i, row in enumerate(rows, 1):
                yield article_from_row(row, f"{origin}[{i}]")
            return
        if suffix == ".json" and stripped.startswith("{") and "\n{" not in stripped:
            try:
                yield article_from_row(json.loads(stripped), origin)
            except json.JSONDecodeError as e:
                yield IngestProblem(origin, f"malformed JSON ({e.msg}), file skipped")
            return
        yield from read_jsonl(text.splitlines(), origin)
        return
    title = None
    if suffix in HTML_SUFFIXES or (suffix not in TEXT_SUFFIXES and
                                   re.match(r"\s*<(!doctype html|html)", text, re.I)):
        title = _html_title(text)
        text = html_text(text)
    if not text.strip():
        yield IngestProblem(origin, "empty file, skipped")
        return
    yield Article(id=path.stem, text=_clean(text), title=title, origin=origin)


def _walk(root: Path) -> Iterator[Path]:
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for f in sorted(filenames):
            if not f.startswith("."):
                yield Path(dirpath) / f


def read_stdin(stream=None) -> Iterator[Item]:
    stream = stream or sys.stdin
    data = stream.buffer.read() if hasattr(stream, "buffer") else stream.read().encode()
    text, note = decode(data, "-")
    if note is not None:
        yield note
    if text is None:
        return
    lines = [ln for ln in text.splitlines() if ln.strip()]
    if lines and all(ln.lstrip().startswith("{") for ln in lines):
        yield from read_jsonl(text.splitlines(), "-")
    elif text.strip():
        yield Article(id="stdin", text=_clean(text), origin="-")
    else:
        yield IngestProblem("-", "empty input on stdin")


def iter_inputs(inputs: Iterable[str | Path]) -> Iterator[Item]:
    """Articles and problems from every input, in order.  Article ids are made
    unique within one run ("a", "a-2", ...) with a note naming the clash."""
    seen: dict[str, str] = {}
    for inp in inputs:
        for item in _iter_one(inp):
            if isinstance(item, Article):
                if item.id in seen:
                    base, k = item.id, 2
                    while f"{base}-{k}" in seen:
                        k += 1
                    new = f"{base}-{k}"
                    yield IngestProblem(
                        item.origin or "?",
                        f"article id {base!r} already used by {seen[base]}; renamed {new!r}",
                        fatal=False,
                    )
                    item = Article(new, item.text, item.date, item.title, item.source,
                                   item.url, item.origin)
                seen[item.id] = item.origin or "?"
            yield item


def _iter_one(inp: str | Path) -> Iterator[Item]:
    if str(inp) == "-":
        yield from read_stdin()
        return
    path = Path(inp)
    if not path.exists():
        yield IngestProblem(str(inp), "no such file or directory")
        return
    if path.is_dir():
        any_file = False
        for f in _walk(path):
            any_file = True
            yield from read_file(f)
        if not any_file:
            yield IngestProblem(str(inp), "directory has no files")
        return
    yield from read_file(path)
