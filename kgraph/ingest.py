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
A file named twice (or reached through two inputs) is read once, with a note.

Every string that leaves this module (text, id, title, origin ...) can be written
as UTF-8, XML 1.0 and JSON unchanged: control characters, lone surrogates and
U+FFFE/U+FFFF never get past ``_clean`` (text), ``_one_line`` (ids, metadata) or
``_show`` (paths, origins), so the GraphML and JSONL outputs hold the same strings.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Iterable, Iterator
from datetime import date
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
        return None, IngestProblem(origin, "binary file (contains NUL bytes)")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), None
        except UnicodeDecodeError:
            return None, IngestProblem(origin, "undecodable UTF-16 text")
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
            return None, IngestProblem(origin, "binary file (not text)")
        return text, IngestProblem(
            origin, f"not valid UTF-8 (byte {bad}); decoded as {enc}", fatal=False
        )
    return None, IngestProblem(origin, "undecodable text")


def html_text(html: str) -> str:
    """The readable text of an HTML page: title and paragraphs, scripts dropped."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(["script", "style", "noscript", "template", "svg", "nav", "footer",
                     "header", "form", "iframe"]):
        tag.decompose()
    names = ["h1", "h2", "h3", "p", "li", "blockquote"]
    blocks = []
    for tag in soup.find_all(names):
        if tag.find_parent(names) is not None:
            continue  # read with its enclosing block (<li><p>, <blockquote><p>)
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


_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_NOT_XML = re.compile("[\ud800-\udfff\ufffe\uffff]")


def _clean(text: str) -> str:
    """Article text fit for the parser and for every output format: one kind of
    line break, control characters (C0 but tab and newline, DEL, C1) as spaces,
    lone surrogates and the non-characters U+FFFE/U+FFFF (which XML 1.0 cannot
    carry and UTF-8 cannot encode) as U+FFFD."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    # control characters other than newlines and tabs carry no meaning for the parser
    return _NOT_XML.sub("\ufffd", _CONTROLS.sub(" ", text))


def _one_line(value: object) -> str:
    """An id or metadata value: clean text on one line, whitespace runs as one space."""
    return " ".join(_clean(str(value)).split())


def _show(path: str | Path) -> str:
    """A path as it can be printed and stored: undecodable bytes of the file name as
    U+FFFD, control characters (a newline in a file name) as escapes."""
    s = str(path)
    try:
        s = s.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:
        s = _NOT_XML.sub("\ufffd", s)
    return re.sub(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\ufffe\uffff]",
                  lambda m: m.group().encode("unicode_escape").decode("ascii"), s)


def _iso_date(value: object) -> str | None:
    if not (isinstance(value, str) and _DATE.match(value)):
        return None
    try:
        return date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        return None


def article_from_row(row: object, origin: str) -> Item:
    if not isinstance(row, dict):
        return IngestProblem(origin, f"not a JSON object ({type(row).__name__})")
    text = row.get("text")
    if text is None:
        text = row.get("body") or row.get("content")
    if not isinstance(text, str):
        return IngestProblem(origin, "no 'text' field (string)")
    text = _clean(text)
    if not text.strip():
        return IngestProblem(origin, "empty 'text'")
    aid = _one_line(row["id"]) if row.get("id") is not None else ""
    if not aid:
        return IngestProblem(origin, "no 'id' field")
    opt = {k: (_one_line(row[k]) if row.get(k) is not None else None)
           for k in ("title", "source", "url")}
    return Article(id=aid, text=text, date=_iso_date(row.get("date")), origin=origin, **opt)


def _lines(text: str) -> list[str]:
    """JSONL lines.  Not str.splitlines(): JSON strings may hold a raw U+2028, U+0085..."""
    return re.split(r"\r\n|\r|\n", text)


def read_jsonl(lines: Iterable[str], name: str) -> Iterator[Item]:
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        origin = f"{name}:{n}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            yield IngestProblem(origin, f"malformed JSON ({e.msg} at column {e.colno})")
            continue
        except (ValueError, RecursionError) as e:  # 5,000-digit numbers, deep nesting
            yield IngestProblem(origin, f"malformed JSON ({e})")
            continue
        yield article_from_row(row, origin)


def read_file(path: Path, origin: str | None = None) -> Iterator[Item]:
    origin = origin or _show(path)
    if path.exists() and not path.is_file():  # a FIFO would block, a device never end
        yield IngestProblem(origin, "not a regular file")
        return
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
        found = False
        for item in _read_json(text, suffix, origin):
            found = True
            yield item
        if not found:
            yield IngestProblem(origin, "empty file (no JSON rows)")
        return
    title = None
    is_html = suffix in HTML_SUFFIXES or (
        suffix not in TEXT_SUFFIXES and re.match(r"\s*<(!doctype html|html)", text, re.I))
    if is_html:
        title = _one_line(_html_title(text) or "") or None
        text = html_text(text)
    text = _clean(text)
    if not text.strip():
        yield IngestProblem(origin, "no text in the HTML page" if is_html else "empty file")
        return
    yield Article(id=_show(path.stem), text=text, title=title, origin=origin)


def _read_json(text: str, suffix: str, origin: str) -> Iterator[Item]:
    stripped = text.lstrip()
    if suffix == ".json" and stripped.startswith("["):
        try:
            rows = json.loads(stripped)
        except (ValueError, RecursionError) as e:
            msg = f"{e.msg} at line {e.lineno}" if isinstance(e, json.JSONDecodeError) else e
            yield IngestProblem(origin, f"malformed JSON ({msg})")
            return
        for i, row in enumerate(rows, 1):
            yield article_from_row(row, f"{origin}[{i}]")
        return
    if suffix == ".json" and stripped.startswith("{") and "\n{" not in stripped:
        try:
            row = json.loads(stripped)
        except (ValueError, RecursionError) as e:
            msg = f"{e.msg} at line {e.lineno}" if isinstance(e, json.JSONDecodeError) else e
            yield IngestProblem(origin, f"malformed JSON ({msg})")
            return
        yield article_from_row(row, origin)
        return
    yield from read_jsonl(_lines(text), origin)


def _walk(root: Path, errors: list[OSError]) -> Iterator[Path]:
    for dirpath, dirnames, filenames in os.walk(root, onerror=errors.append):
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
    lines = [ln for ln in _lines(text) if ln.strip()]
    if lines and all(ln.lstrip().startswith("{") for ln in lines):
        yield from read_jsonl(_lines(text), "-")
    elif text.strip():
        yield Article(id="stdin", text=_clean(text), origin="-")
    else:
        yield IngestProblem("-", "empty input on stdin")


def iter_inputs(inputs: Iterable[str | Path]) -> Iterator[Item]:
    """Articles and problems from every input, in order.  Article ids are made
    unique within one run ("a", "a-2", ...) with a note naming the clash."""
    seen: dict[str, str] = {}
    files: dict[str, str] = {}  # real path -> how it was first named
    for inp in inputs:
        for item in _iter_one(inp, files):
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


def _once(path: Path, files: dict[str, str]) -> Iterator[Item]:
    """read_file, unless the same file was already read in this run."""
    origin = _show(path)
    try:
        real = os.path.realpath(path)
    except (OSError, ValueError):
        real = str(path)
    if real in files:
        yield IngestProblem(origin, f"same file as {files[real]}, read once", fatal=False)
        return
    files[real] = origin
    yield from read_file(path, origin)


def _iter_one(inp: str | Path, files: dict[str, str] | None = None) -> Iterator[Item]:
    files = {} if files is None else files
    if str(inp) == "-":
        yield from read_stdin()
        return
    path = Path(inp)
    try:
        exists = path.exists()
    except (OSError, ValueError) as e:  # a name too long, a NUL byte in it ...
        yield IngestProblem(_show(inp), f"cannot read: {getattr(e, 'strerror', None) or e}")
        return
    if not exists:
        yield IngestProblem(_show(inp), "no such file or directory")
        return
    if path.is_dir():
        any_file = False
        errors: list[OSError] = []
        for f in _walk(path, errors):
            any_file = True
            yield from _once(f, files)
        for e in errors:
            yield IngestProblem(_show(e.filename or inp),
                                f"cannot read directory: {e.strerror or e}")
        if not any_file and not errors:
            yield IngestProblem(_show(inp), "directory has no files")
        return
    yield from _once(path, files)
