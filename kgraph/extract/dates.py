"""Dates of events: "on August 23", "on Thursday", "last week", "in March 2011",
resolved against the article's publication date (ISO yyyy-mm-dd).

Parsing uses dateparser (languages limited to English, dates preferred from the
past of the article date).  Without an article date only dates that name their
year are resolved.
"""

from __future__ import annotations

import functools
import re
from datetime import date, datetime, timedelta

from spacy.tokens import Token

from ..nlp import MONTHS

_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_VAGUE = re.compile(r"\b(recent|past|coming|next few|several|decades?|years ago|era)\b", re.I)
_PREPS = {"on", "in", "during"}


@functools.lru_cache(maxsize=64)
def _parser(base: str | None):
    """One dateparser parser per article date (building one compiles many patterns)."""
    import dateparser

    settings = {"PREFER_DATES_FROM": "past", "REQUIRE_PARTS": [], "RETURN_AS_TIMEZONE_AWARE": False}
    if base:
        settings["RELATIVE_BASE"] = datetime.fromisoformat(base[:10])
    return dateparser.date.DateDataParser(languages=["en"], settings=settings)


WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_YEAR_ONLY = re.compile(r"^(1[89]\d\d|20\d\d)$")
_MONTH_YEAR = re.compile(r"^(" + "|".join(MONTHS) + r")\s+(1[89]\d\d|20\d\d)$", re.I)


@functools.cache
def _weekday_shift(name: str, base_weekday: int) -> int | None:
    """Days from an article date on weekday `base_weekday` (0 = Monday) back to the
    day "on <name>" means, as dateparser resolves it (asked once per pair)."""
    base = date(2024, 1, 1) + timedelta(days=base_weekday)  # 2024-01-01 was a Monday
    got = _dateparser(name, base.isoformat())
    return None if got is None else (date.fromisoformat(got) - base).days


def _parse(text: str, base: str | None) -> str | None:
    """ISO date (or year, or year-month) of `text` against the article date `base`.

    The commonest forms in news are answered without dateparser, the same way it
    answers them (tests/test_extract.py compares): a bare year, "<Month> <year>", and a
    weekday, which dateparser resolves to the same shift from any article date that
    falls on the same weekday. News articles name "Tuesday" far more often than they
    share a date, so caching (text, date) alone would miss."""
    day = None
    if base:
        try:
            day = datetime.fromisoformat(base[:10]).date()
        except ValueError:
            return None
    if _YEAR_ONLY.match(text):
        return text
    m = _MONTH_YEAR.match(text)
    if m:
        return f"{m.group(2)}-{MONTHS.index(m.group(1).lower()) + 1:02d}"
    if day is not None and text.lower() in WEEKDAYS:
        shift = _weekday_shift(text.lower(), day.weekday())
        return None if shift is None else (day + timedelta(days=shift)).isoformat()
    return _dateparser(text, base)


@functools.lru_cache(maxsize=4096)
def _dateparser(text: str, base: str | None) -> str | None:
    if base:
        try:
            datetime.fromisoformat(base[:10])
        except ValueError:
            return None
    try:
        data = _parser(base).get_date_data(text)
    except Exception:  # dateparser raises a variety of errors on odd strings
        return None
    if data is None or data.date_obj is None:
        return None
    dt = data.date_obj
    # precision as the text gives it: "in March 2011" -> 2011-03, "in 2012" -> 2012
    if data.period == "year":
        return f"{dt.year:04d}"
    if data.period == "month":
        return f"{dt.year:04d}-{dt.month:02d}"
    return dt.date().isoformat()


def _date_ent(tok: Token, ent_of: dict | None = None) -> str | None:
    if tok.ent_type_ != "DATE":
        return None
    if ent_of is not None:
        ent = ent_of.get(tok.i)
        return ent.text if ent is not None and ent.label_ == "DATE" else None
    for ent in tok.doc.ents:
        if ent.start <= tok.i < ent.end and ent.label_ == "DATE":
            return ent.text
    return None


def resolve(text: str, article_date: str | None) -> str | None:
    text = text.strip()
    if not text or _VAGUE.search(text):
        return None
    if not article_date and not _YEAR.search(text):
        return None
    return _parse(text, article_date)


def event_date(tokens: list[Token], article_date: str | None,
               ent_of: dict | None = None) -> str | None:
    """The date attached to any of `tokens` (the trigger, its light verb, ...)."""
    for tok in tokens:
        if tok is None:
            continue
        for c in tok.children:
            text = None
            if c.dep_ == "prep" and c.lower_ in _PREPS:
                for p in c.children:
                    if p.dep_ == "pobj":
                        text = _date_ent(p, ent_of)
            elif c.dep_ in ("npadvmod", "tmod", "nmod") and c.ent_type_ == "DATE":
                text = _date_ent(c, ent_of)
            if text:
                d = resolve(text, article_date)
                if d:
                    return d
    return None
