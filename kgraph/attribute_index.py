"""A faster ``match`` for spaCy's ``attribute_ruler``, with the same result.

spaCy's ``AttributeRuler`` finds its matches with a ``Matcher``, which tries every
pattern at every token: with the 179 patterns of ``en_core_web_sm`` that is about
11 % of a whole build, more than kgraph's extraction.  Almost all of those patterns
are one token long and test the token's ``TAG`` or ``LOWER`` against a value or a
list, so the patterns that can match a token can be looked up in a dictionary by
that value; the few others are tried everywhere, as before.

:func:`speed_up` replaces the ruler's ``match`` method on the loaded pipeline when
every pattern uses only what this module reproduces (attributes ``TAG``, ``LOWER``,
``DEP``, ``IS_SPACE``; exact values, ``IN``, ``NOT_IN``, ``REGEX``; no operators);
otherwise the ruler is left as spaCy made it.  The matches come back exactly as
``AttributeRuler.match`` returns them (sorted by rule, then position) and go to
spaCy's own ``set_annotations``, so tags, POS, morphology and lemmas are unchanged
(``tests/test_nlp.py`` compares both on real parses).
"""

from __future__ import annotations

import re
from collections import defaultdict

from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.language import Language
from spacy.tokens import Doc

COLUMNS = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}
ARRAY_ATTRS = [TAG, LOWER, DEP, IS_SPACE]
# what a pattern's first token is looked up by, most selective first
INDEXED = ("LOWER", "TAG", "DEP", "IS_SPACE")


class Unsupported(ValueError):
    """A pattern this module cannot reproduce exactly."""


def _test(attr: str, value, strings):
    """(column, predicate over the column's integer value) for one token condition."""
    col = COLUMNS.get(attr)
    if col is None:
        raise Unsupported(attr)
    if attr == "IS_SPACE":
        if not isinstance(value, bool):
            raise Unsupported(f"{attr}: {value!r}")
        want = int(value)
        return col, lambda v: v == want
    if isinstance(value, str):
        h = strings.add(value)
        return col, lambda v: v == h
    if isinstance(value, dict) and len(value) == 1:
        (op, arg), = value.items()
        if op == "IN":
            hs = frozenset(strings.add(x) for x in arg)
            return col, lambda v: v in hs
        if op == "NOT_IN":
            hs = frozenset(strings.add(x) for x in arg)
            return col, lambda v: v not in hs
        if op == "REGEX":
            rx = re.compile(arg)
            seen: dict[int, bool] = {}

            def search(v: int) -> bool:
                hit = seen.get(v)
                if hit is None:
                    hit = seen[v] = bool(rx.search(strings[v]))
                return hit
            return col, search
    raise Unsupported(f"{attr}: {value!r}")


def _compile_token(spec: dict, strings) -> list:
    if not isinstance(spec, dict) or "OP" in spec:
        raise Unsupported(repr(spec))
    return [_test(attr, value, strings) for attr, value in spec.items()]


def _index_keys(spec: dict, strings) -> tuple[int, list[int]] | None:
    """(column, values) to look a one-token condition up by, if it has an exact or IN
    condition on one of the INDEXED attributes."""
    for attr in INDEXED:
        value = spec.get(attr)
        if attr == "IS_SPACE":
            if isinstance(value, bool):
                return COLUMNS[attr], [int(value)]
            continue
        if isinstance(value, str):
            return COLUMNS[attr], [strings.add(value)]
        if isinstance(value, dict) and set(value) == {"IN"}:
            return COLUMNS[attr], [strings.add(x) for x in value["IN"]]
    return None


class IndexedMatch:
    """Drop-in for ``AttributeRuler.match``: same (rule, key, start, end) list."""

    def __init__(self, ruler) -> None:
        strings = ruler.vocab.strings
        self.strings = strings
        # by_value[column][value] -> [(rule, key, token tests, rest of the pattern)]
        self.by_value: list[dict[int, list]] = [defaultdict(list) for _ in COLUMNS]
        self.everywhere: list = []
        for rule in range(len(ruler.attrs)):
            key = str(rule)
            got = ruler.matcher.get(key)
            if got is None:
                raise Unsupported(f"no patterns for rule {rule}")
            key_hash = strings.add(key)
            for pattern in got[1]:
                if not pattern:
                    raise Unsupported("empty pattern")
                tests = [_compile_token(spec, strings) for spec in pattern]
                entry = (rule, key_hash, tests)
                found = _index_keys(pattern[0], strings)
                if found is None:
                    self.everywhere.append(entry)
                else:
                    col, values = found
                    for v in set(values):
                        self.by_value[col][v].append(entry)
        self.by_value = [dict(d) for d in self.by_value]

    def __call__(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        rows = doc.to_array(ARRAY_ATTRS).tolist() if len(doc) else []
        n = len(rows)
        found: set[tuple[int, int, int, int]] = set()
        indexes = [(COLUMNS[a], self.by_value[COLUMNS[a]]) for a in INDEXED
                   if self.by_value[COLUMNS[a]]]
        everywhere = self.everywhere
        for i, row in enumerate(rows):
            candidates = [index.get(row[col], ()) for col, index in indexes]
            candidates.append(everywhere)
            for group in candidates:
                for rule, key, tests in group:
                    end = i + len(tests)
                    if end > n:
                        continue
                    ok = True
                    for j, token_tests in enumerate(tests):
                        r = rows[i + j]
                        for col, pred in token_tests:
                            if not pred(r[col]):
                                ok = False
                                break
                        if not ok:
                            break
                    if ok:
                        found.add((rule, key, i, end))
        return sorted(found)


def speed_up(nlp: Language) -> bool:
    """Give the pipeline's ``attribute_ruler`` the indexed ``match`` (True) or leave
    it alone when one of its patterns is beyond this module (False)."""
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe("attribute_ruler")
    if not hasattr(ruler, "matcher") or not hasattr(ruler, "attrs"):
        return False
    try:
        ruler.match = IndexedMatch(ruler)
    except Unsupported:
        return False
    return True
