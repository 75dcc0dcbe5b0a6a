"""Property-based tests: random and adversarial text never crashes a build and
round-trips exactly through GraphML (what entities.jsonl / triples.jsonl say is
what networkx.read_graphml reads back from graph.graphml)."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import kgraph
from kgraph import graph as G
from kgraph import ingest, pipeline
from kgraph.records import Entity, Evidence, Fact

# Characters XML 1.0 can carry (https://www.w3.org/TR/xml/#charsets); \r included.
XML_CHAR = re.compile("[\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")

ADVERSARIAL = [
    "Russia has backed the Syrian government.",
    "Turkey criticized Russia.",
    "Vladimir Putin met Recep Tayyip Erdogan in Moscow.",
    "Iran supports Hezbollah.",
    '"Hamas" & <Hezbollah> attacked \'Israel\'.',
    "MATCH (n) DETACH DELETE n //",
    "'}) RETURN 1 UNION MATCH (x) SET x.name = \"pwned\" //",
    "$name `Label` {id: 'x'}",
    "</data></node><node id=\"evil\"><data key=\"n_name\">",
    "<![CDATA[ ]]> ]]> <!-- --> <?xml version='1.0'?> &amp; &#0; &lt;",
    "<script>alert('x')</script>",
    "\\u0000 \\n \\\" C:\\path\\to",
    "A" * 3000,
    "Al-" + "x" * 400 + " Brigades attacked Syria.",
    "\u202eRTL override\u202c \u200b zero\u200dwidth \ufeff bom",
    "\u2028\u2029\x85 line separators",
    "\ud800 \udfff \udc80 lone surrogates",
    "\ufffe\uffff non-characters",
    "\x00\x01\x07\x08\x0b\x0c\x1b\x7f\x9f controls",
    "\r\n \r  \t tabs and returns",
    "   ",
    "emoji \U0001f1fa\U0001f1f8 \U0001f600 \U00010348",
    "Москва осудила Киев. 北京 支持 平壤.",
    'Abu Mohammad al-<Jolani> & "Vladimir Putin" met \'Xi Jinping\' in Moscow.',
    "The <b>Free Syrian Army</b> attacked ISIS]]> in Raqqa.",
    "Vladimir P\ud800utin met Xi\x00Jinping in Beij\uffffing.",
    "President Jo\rhn Smith\u2028Jones visited Ukraine.",
]

# random words in the slots of sentences the extractor reads, so that the odd
# characters end up in entity names, aliases and evidence
word = st.text(st.characters(blacklist_characters="\n"), min_size=1, max_size=12)
templated = st.one_of(
    st.builds("President {} met Prime Minister {} in Moscow.".format, word, word),
    st.builds("Russia has backed {}. Turkey criticized {} Brigades.".format, word, word),
    st.builds('"{} Army" attacked Iran, {} said.'.format, word, word),
)
fragment = st.one_of(
    st.sampled_from(ADVERSARIAL),
    templated,
    st.text(max_size=40),  # any code point, surrogates and controls included
    st.text(st.characters(codec="utf-8"), max_size=40),
)
article_text = st.lists(fragment, min_size=1, max_size=8).map(
    lambda parts: " ".join(parts)
)


# ------------------------------------------------------------ the GraphML writer
# What may reach the writer: any string XML 1.0 can carry (ingest guarantees it).
xml_text = st.text(st.characters(codec="utf-8").filter(XML_CHAR.fullmatch), max_size=30)
name_text = st.one_of(st.sampled_from(ADVERSARIAL).map(lambda s: NOT_XML.sub("", s)),
                      xml_text)


@st.composite
def graphs(draw):
    ids = draw(st.lists(xml_text, min_size=1, max_size=6, unique=True))
    types = st.sampled_from(kgraph.ENTITY_TYPES)
    entities = [
        Entity(
            id=i,
            name=draw(name_text),
            type=draw(types),
            aliases=draw(st.lists(name_text, max_size=3)),
            mentions=draw(st.integers(0, 10**6)),
            attributes=draw(st.fixed_dictionaries({}, optional={
                "iso2": xml_text, "iso3": xml_text, "country": xml_text})),
        )
        for i in ids
    ]
    facts = []
    for _ in range(draw(st.integers(0, 6))):
        ev = Evidence(
            article=draw(xml_text),
            sentence=draw(st.integers(0, 10**6)),
            text=draw(name_text),
            start=draw(st.integers(0, 10**9)),
            end=draw(st.integers(0, 10**9)),
            trigger_start=draw(st.integers(0, 10**9)),
            trigger_end=draw(st.integers(0, 10**9)),
        )
        facts.append(Fact(
            subject=draw(st.sampled_from(ids)),
            relation=draw(st.sampled_from(kgraph.RELATION_TYPES)),
            object=draw(st.sampled_from(ids)),
            predicate=draw(name_text),
            polarity=draw(st.sampled_from(["positive", "negative"])),
            modality=draw(st.sampled_from(["asserted", "planned", "hypothetical"])),
            confidence=draw(st.floats(0, 1, allow_nan=False)),
            evidence=ev,
            date=draw(st.one_of(st.none(), xml_text)),
            attributes=draw(st.fixed_dictionaries({}, optional={
                "rule": name_text, "role": name_text, "attributed_to": name_text})),
        ))
    unique = {f.key: f for f in facts}  # one edge per fact key, as build() writes
    return entities, list(unique.values())


def assert_same_graph(expected, back):
    assert set(back.nodes) == set(expected.nodes)
    assert sorted(back.edges(keys=True)) == sorted(expected.edges(keys=True))
    for n, d in back.nodes(data=True):
        assert d == expected.nodes[n], n
    for u, v, k, d in back.edges(keys=True, data=True):
        assert d == expected.edges[u, v, k], k


@settings(max_examples=100, deadline=None)
@given(graphs())
def test_graphml_writer_round_trips_any_xml_text(tmp_path_factory, g):
    entities, facts = g
    out = tmp_path_factory.mktemp("w")
    G.write_graphml(out / "g.graphml", entities, facts)
    G.write_jsonl(out / "e.jsonl", (e.to_json() for e in entities))
    G.write_jsonl(out / "t.jsonl", (f.to_json() for f in facts))
    # what the JSONL says is what the GraphML holds
    expected = G.to_networkx(G.read_entities(out / "e.jsonl"), G.read_triples(out / "t.jsonl"))
    assert_same_graph(expected, G.load_graph(out / "g.graphml"))
    assert_same_graph(G.to_networkx(entities, facts), G.load_graph(out / "g.graphml"))


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200), st.text(max_size=40))
def test_ingest_only_lets_through_what_every_output_can_hold(text, name):
    """Whatever the input, the strings ingest hands on are valid XML 1.0 text,
    encodable as UTF-8, and ids/metadata are one line."""
    for s in (ingest._clean(text), ingest._one_line(name), ingest._show(name)):
        assert not NOT_XML.search(s)
        assert "\r" not in s
        s.encode("utf-8")
    for s in (ingest._one_line(name), ingest._show(name)):
        assert "\n" not in s and "\t" not in s
    row = {"id": name, "text": text, "title": name, "source": name, "url": name,
           "date": name}
    item = ingest.article_from_row(json.loads(json.dumps(row)), "x.jsonl:1")
    if isinstance(item, kgraph.Article):
        for v in (item.id, item.text, item.title, item.source, item.url):
            assert not NOT_XML.search(v) and "\r" not in v


@settings(max_examples=100, deadline=None)
@given(st.lists(xml_text, min_size=1, max_size=3), st.text(max_size=30))
def test_graphml_writer_drops_what_xml_cannot_carry(tmp_path_factory, ids, name):
    """Last line of defence: characters XML 1.0 cannot hold (which ingest never
    lets through) are left out, and the file is still well-formed."""
    out = tmp_path_factory.mktemp("x")
    ents = [Entity(id=i + name, name=name + i, type="Person", aliases=[name]) for i in ids]
    G.write_graphml(out / "g.graphml", ents, [])
    back = G.load_graph(out / "g.graphml")
    assert {d["name"] for _, d in back.nodes(data=True)} == {
        NOT_XML.sub("", e.name) for e in ents}


# ------------------------------------------------------------- chunking
@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from("ab .!?\n\"'”)\t"), max_size=400), st.integers(0, 80))
def test_chunks_cover_the_text_in_bounded_pieces(text, limit):
    from kgraph.nlp import chunks

    pieces = list(chunks(text, limit))
    assert "".join(p for _, p in pieces) == text
    pos = 0
    for off, p in pieces:
        assert off == pos and text[off:off + len(p)] == p
        assert len(p) <= max(1, limit)
        pos += len(p)
    assert all(p for _, p in pieces) or text == ""


# ------------------------------------------------------------- the real build
@pytest.fixture
def shared_processor(processor, monkeypatch):
    """build() with the session's spaCy pipeline instead of loading a new one."""
    monkeypatch.setattr(pipeline, "Processor", lambda model=None: processor)
    return processor


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture,
                                 HealthCheck.too_slow])
@given(texts=st.lists(article_text, min_size=1, max_size=3))
def test_build_never_crashes_and_round_trips(shared_processor, tmp_path_factory, texts):
    src = tmp_path_factory.mktemp("in")
    out = tmp_path_factory.mktemp("out")
    with open(src / "feed.jsonl", "w", encoding="utf-8") as f:
        for i, t in enumerate(texts):  # ASCII JSON: lone surrogates survive to ingest
            f.write(json.dumps({"id": f"a{i}\r\n{t[:20]}", "text": t, "title": t}) + "\n")
    (src / "raw.txt").write_bytes(texts[0].encode("utf-8", "surrogatepass"))
    report = kgraph.build([src], out=out, workers=1, html=False)

    assert not [p for p in report.problems if "processing failed" in p.reason]
    readable = [a for a in ingest.iter_inputs([src]) if isinstance(a, kgraph.Article)]
    assert report.articles == len(readable)
    if not readable:
        assert not (out / "graph.graphml").exists()
        return
    entities = G.read_entities(out / "entities.jsonl")
    facts = list(G.read_triples(out / "triples.jsonl"))
    assert_same_graph(G.to_networkx(entities, facts), G.load_graph(out / "graph.graphml"))
    # evidence offsets point at the evidence text in the (cleaned) article
    text_of = {a.id: a.text for a in readable}
    for fact in facts:
        ev = fact.evidence
        assert text_of[ev.article][ev.start:ev.end].strip() == ev.text
    assert sorted(p.name for p in out.iterdir()) == [
        "articles.jsonl", "entities.jsonl", "graph.graphml", "triples.jsonl"]
