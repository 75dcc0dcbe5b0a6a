"""The NLP stage's speed-up of spaCy's attribute_ruler gives spaCy's own annotations."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from kgraph.attribute_index import IndexedMatch, speed_up

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "hatami-syria-visit.txt"
# colloquial forms that the model's rarer attribute rules (two-token patterns, regexes,
# dependency and whitespace tests) are about
ODD = (
    "Y'all gonna let's go, he ain't here and we gotta c'mon.  There is a cat; there's dogs. "
    "I'd've done it.\n\nNothin' doing, they'd have. Don't! Is it? Are they? "
    "Whether or not it rains, he does what he did because it's so."
)


def annotations(doc) -> list[tuple[str, str, str, str, str]]:
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_) for t in doc]


def test_indexed_attribute_ruler_gives_spacy_annotations(processor):
    nlp = processor.nlp
    ruler = nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler.match, IndexedMatch)  # load() installed it
    texts = [SAMPLE.read_text(encoding="utf-8"), ODD]
    fast = [annotations(d) for d in nlp.pipe(texts)]
    indexed = ruler.match
    del ruler.match  # back to spaCy's Matcher-based method
    try:
        slow = [annotations(d) for d in nlp.pipe(texts)]
        # the matches themselves, before they are applied
        with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
            docs = list(nlp.pipe(texts))
        for doc in docs:
            assert indexed(doc) == sorted(set(ruler.match(doc)))
    finally:
        ruler.match = indexed
    assert fast == slow
    # the odd text does exercise the two-token and regex rules
    lemmas = {(text, lemma) for text, _tag, _pos, _morph, lemma in fast[1]}
    assert {("gon", "go"), ("'s", "us"), ("ai", "be"), ("c'm", "come")} <= lemmas


def _ruler(patterns):
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add_patterns(patterns)
    return nlp, ruler


def test_unsupported_patterns_keep_spacys_matcher():
    nlp, ruler = _ruler([{"patterns": [[{"LOWER": "very", "OP": "+"}]], "attrs": {"TAG": "RB"}}])
    assert speed_up(nlp) is False
    assert "match" not in vars(ruler)


PATTERNS = [
    {"patterns": [[{"LOWER": "dog"}]], "attrs": {"TAG": "NN"}},
    {"patterns": [[{"LOWER": {"IN": ["the", "a"]}}, {"LOWER": {"REGEX": "^v"}}]],
     "attrs": {"TAG": "DT"}, "index": 0},
    {"patterns": [[{"IS_SPACE": True}]], "attrs": {"TAG": "_SP"}},
    {"patterns": [[{"LOWER": {"NOT_IN": ["dog", "the"]}}]], "attrs": {"TAG": "XX"}},
]


@pytest.mark.parametrize("text", ["The very old dog ran", "the  DOG , dog"])
def test_supported_patterns_match_as_spacy_does(text):
    nlp, ruler = _ruler(PATTERNS)
    doc = nlp.make_doc(text)
    expected = sorted(set(ruler.match(doc)))
    assert expected  # the patterns do match this text
    slow_tags = [t.tag_ for t in nlp(text)]
    assert speed_up(nlp) is True
    assert ruler.match(doc) == expected
    assert [t.tag_ for t in nlp(text)] == slow_tags


def test_a_dateline_without_an_agency_ends_before_the_story(processor):
    doc = processor.nlp("SRINAGAR, Oct 14 - Suspected militants attacked a police post.")
    assert [s.text.strip() for s in doc.sents][0] == "SRINAGAR, Oct 14 -"


def test_lemma_fixes_correct_the_models_lemmas(processor):
    from kgraph.gazetteer import read_tsv

    fixes = {r["form"]: r["lemma"] for r in read_tsv("lemma_fixes.tsv")}
    assert fixes["bases"] == "base"
    doc = processor.nlp("Turkey has military bases in Iraq, and Bases were shelled.")
    for tok in doc:
        if tok.lower_ in fixes:
            assert tok.lemma_ == fixes[tok.lower_]
    # other words keep the model's lemma
    assert [t.lemma_ for t in doc if t.lower_ == "has"] == ["have"]


def test_lemma_fixes_also_correct_the_word_class(processor):
    from kgraph.gazetteer import read_tsv

    rows = {r["form"]: r for r in read_tsv("lemma_fixes.tsv")}
    assert rows["retook"]["lemma"] == "retake" and rows["retook"]["pos"] == "VERB"
    doc = processor.nlp("The army retook Khartoum in March.")
    tok = next(t for t in doc if t.lower_ == "retook")
    assert (tok.lemma_, tok.pos_, tok.tag_) == ("retake", "VERB", "VBD")
    # (a row without a class leaves the model's)
    doc = processor.nlp("Turkey has military bases in Iraq.")
    assert next(t for t in doc if t.lower_ == "bases").pos_ == "NOUN"
