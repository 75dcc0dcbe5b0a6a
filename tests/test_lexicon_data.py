"""The extraction lexicons in kgraph/data: well-formed, consistent with the schema, and
loaded the way the extractor reads them."""

from __future__ import annotations

from collections import Counter

import pytest

from kgraph.extract import relation_schema
from kgraph.extract.lexicon import load
from kgraph.gazetteer import DATA_DIR, read_tsv
from kgraph.records import ENTITY_TYPES, RELATION_TYPES

FILES = {
    "triggers.tsv": ["trigger", "pos", "relation", "particle", "objects", "subjects", "flags",
                     "confidence"],
    "light_verbs.tsv": ["verb", "particle", "objects", "effect"],
    "modality.tsv": ["cue", "where", "effect"],
    "nominals.tsv": ["lemma", "class"],
    "name_cues.tsv": ["word", "type"],
    "org_nouns.tsv": ["lemma"],
    "relations.tsv": ["relation", "subject_types", "object_types", "symmetric"],
    "instruments.tsv": ["lemma", "kind"],
    "evaluations.tsv": ["word"],
    "label_words.tsv": ["word"],
    "harm_verbs.tsv": ["verb", "object"],
    "weapons.tsv": ["name"],
    "deeds.tsv": ["noun", "verb"],
}
OBJECT_SLOTS = {"dobj", "xobj", "between", "acl", "under", "that", "dative", "threat"}
SUBJECT_SLOTS = {"poss", "amod", "compound", "from*"}
FLAGS = {"owner", "person", "place", "stative", "status", "breach", "accountable", "armed", "target", "control", "from_owner", "material", "forces",
         "notforces", "reverse", "listing", "complement", "tolist", "mutual", "closing", "actonly",
         "light", "passive", "body", "mandate", "must"}


@pytest.mark.parametrize("name, header", FILES.items())
def test_files_are_well_formed(name, header):
    lines = [ln.rstrip("\n") for ln in (DATA_DIR / name).open(encoding="utf-8")
             if ln.strip() and not ln.startswith("#")]
    assert lines[0].split("\t") == header
    for n, ln in enumerate(lines[1:], 2):
        fields = ln.split("\t")
        assert len(fields) <= len(header), (name, n, ln)
        assert all(f == f.strip() for f in fields), (name, n, ln)
        assert fields[0], (name, n, ln)


def test_triggers_use_schema_relations_slots_and_flags():
    rows = list(read_tsv("triggers.tsv"))
    assert {r["relation"] for r in rows} == set(RELATION_TYPES) - {"PART_OF"}
    keys = Counter((r["trigger"], r["pos"], r["relation"], r["particle"]) for r in rows)
    assert not [k for k, n in keys.items() if n > 1], "duplicate trigger rows"
    for r in rows:
        assert r["pos"] in ("VERB", "NOUN"), r
        assert r["trigger"] == r["trigger"].lower(), r
        assert 0 < float(r["confidence"]) <= 1, r
        for slot in filter(None, r["objects"].split("|")):
            assert slot in OBJECT_SLOTS or slot.startswith("prep:"), r
        for slot in filter(None, r["subjects"].split("|")):
            assert slot in SUBJECT_SLOTS or slot.startswith("prep:"), r
        assert set(filter(None, r["flags"].split("|"))) <= FLAGS, r
        if r["pos"] == "VERB":
            assert r["subjects"] == "", r


def test_every_relation_type_is_reachable_and_typed():
    schema = relation_schema()
    assert set(schema) == set(RELATION_TYPES)
    for rel, (subj, obj) in schema.items():
        assert subj and obj and subj <= set(ENTITY_TYPES) and obj <= set(ENTITY_TYPES), rel


def test_small_lexicons():
    assert {r["effect"] for r in read_tsv("modality.tsv")} == {"negative", "planned",
                                                                "hypothetical"}
    assert {r["where"] for r in read_tsv("modality.tsv")} <= {"aux", "verb", "noun", "mark",
                                                              "det", "adv"}
    classes = {r["class"] for r in read_tsv("nominals.tsv")}
    assert classes == {"forces", "vehicle", "government", "rebels", "militants", "country",
                       "group", "bloc", "named", "place"}
    assert {r["type"] for r in read_tsv("name_cues.tsv")} <= set(ENTITY_TYPES) | {"generic"}
    assert {r["kind"] for r in read_tsv("instruments.tsv")} == {"noun", "verb"}
    assert {r["effect"] for r in read_tsv("light_verbs.tsv")} <= {"", "negative", "planned",
                                                                   "hypothetical"}
    for name, col in (("nominals.tsv", "lemma"), ("name_cues.tsv", "word"),
                      ("light_verbs.tsv", "verb"), ("org_nouns.tsv", "lemma"),
                      ("deeds.tsv", "noun"), ("evaluations.tsv", "word")):
        counts = Counter(r[col] for r in read_tsv(name))
        assert not [k for k, n in counts.items() if n > 1], (name, counts.most_common(3))


def test_loaded_lexicon_matches_the_files():
    lex = load()
    assert lex.verb_triggers("back")[0].relation == "SUPPORTS"
    assert {t.relation for t in lex.verb_triggers("send")} == {"DEPLOYED_IN", "SUPPORTS"}
    assert lex.noun_triggers("strike")[0].relation == "ATTACKS"
    assert lex.light_verbs["carry"] == "out"
    assert lex.light_effects["revoke"] == "negative"
    assert lex.cue("aux", "would") == "hypothetical"
    assert lex.nominals["troop"] == "forces"


def test_deeds_name_what_their_verbs_did():
    """deeds.tsv: every verb is read back as the nouns that name its act, lower-case lemmas."""
    from kgraph.extract.events import deed_nouns
    rows = list(read_tsv("deeds.tsv"))
    assert all(r["noun"].islower() and r["verb"].islower() for r in rows)
    nouns = deed_nouns()
    assert "seizure" in nouns["seize"] and "arrest" in nouns["arrest"]
    assert "closure" in nouns["close"] and "closure" in nouns["shut"]
    assert sum(len(v) for v in nouns.values()) == sum(len(r["verb"].split("|")) for r in rows)
