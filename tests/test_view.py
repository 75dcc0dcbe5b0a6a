"""graph.html: the self-contained interactive view (kgraph.view, `kgraph view`).

The page tests need no browser; the `browser` tests open the sample article's page
in headless Chromium (Debian's chromium + chromium-driver, driven by Selenium),
click a node and an edge, and save a screenshot.  Set KGRAPH_SCREENSHOT=PATH to
also write that screenshot to PATH (``docs/graph-view.png`` is made that way).
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import shutil
import struct
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

import kgraph
from kgraph.cli import app
from kgraph.graph import read_entities, read_triples
from kgraph.records import Entity, Evidence, Fact
from kgraph.view import (
    LIBRARY_VERSION,
    library_source,
    render_html,
    script_json,
    view_data,
    write_html,
    write_html_from,
)

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "hatami-syria-visit.txt"

EVIL = ('</script><script>window.PWNED=1</script><img src=x onerror="window.PWNED=2">'
        '<!-- \u2028\u2029 & &amp; ${x} `y` @@DATA@@ "\'')

DATA_RE = re.compile(r'<script id="kgraph-data" type="application/json">(.*?)</script>', re.S)


def page_data(page: str) -> dict:
    m = DATA_RE.search(page)
    assert m, "no data block"
    return json.loads(m.group(1))


@pytest.fixture(scope="module")
def sample(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("view-sample")
    kgraph.build([SAMPLE], out=out, workers=1)
    return out


def evil_graph() -> tuple[list[Entity], list[Fact]]:
    a = Entity(id="person:evil", name=EVIL, type="Person", aliases=[EVIL, "<b>bold</b>"],
               mentions=3, attributes={"note": EVIL})
    b = Entity(id="country:x<y>", name="Ruritania <i>", type="Country", mentions=1)
    text = "Before " + EVIL + " the trigger words after."
    t0 = text.index("trigger")
    ev = Evidence(article="</script>art", sentence=0, text=text, start=100, end=100 + len(text),
                  trigger_start=100 + t0, trigger_end=100 + t0 + len("trigger"))
    fact = Fact(subject=a.id, relation="ATTACKS", object=b.id, predicate=EVIL,
                polarity="positive", modality="asserted", confidence=0.8, evidence=ev,
                date="2018-08-26", attributes={"rule": EVIL})
    return [a, b], [fact]


# ------------------------------------------------------------------------ the page
def test_build_writes_graph_html(sample):
    page = (sample / "graph.html").read_text(encoding="utf-8")
    data = page_data(page)
    entities = read_entities(sample / "entities.jsonl")
    facts = list(read_triples(sample / "triples.jsonl"))
    assert {n["eid"] for n in data["nodes"]} == {e.id for e in entities}
    assert len(data["edges"]) == len(facts)
    names = {n["id"]: n["name"] for n in data["nodes"]}
    got = {(names[e["source"]], e["relation"], names[e["target"]]) for e in data["edges"]}
    for fact in [("Iran", "SUPPORTS", "Bashar al-Assad"), ("Vladimir Putin", "LEADS", "Russia"),
                 ("Israel", "ATTACKS", "Iranian forces"), ("Amir Hatami", "VISITS", "Syria")]:
        assert fact in got
    assert sum(not e["fact"] for e in data["edges"]) == sum(not f.is_fact for f in facts)
    iran = next(n for n in data["nodes"] if n["name"] == "Iran")
    assert iran["type"] == "Country" and "Tehran" in iran["aliases"]
    # every edge knows its sentence, and the trigger is inside it
    for e in data["edges"]:
        assert e["text"] and e["article"] == "hatami-syria-visit"
        if e["trigger"]:
            a, b = e["trigger"]
            assert 0 <= a < b <= len(e["text"])


def test_page_is_self_contained(sample):
    page = (sample / "graph.html").read_text(encoding="utf-8")
    # the library is inlined exactly once, nothing is loaded from anywhere
    assert page.count(f'version="{LIBRARY_VERSION}"') == 1
    assert len(page.encode("utf-8")) < 700_000
    assert not re.search(r"<(script|img|link|iframe)[^>]*\s(src|href)=", page, re.I)
    ours = page.replace(library_source(), "").replace("http://www.w3.org/2000/svg", "")
    assert "http://" not in ours and "https://" not in ours
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', page).group(1)
    assert "default-src &#x27;none&#x27;" in csp
    scripts = re.findall(r"<script>(.*?)</script>", page, re.S)
    assert len(scripts) == 2  # the library and the page's code (the data is not executable)
    for code in scripts:
        digest = base64.b64encode(hashlib.sha256(code.encode("utf-8")).digest()).decode()
        assert f"sha256-{digest}" in csp


def test_library_license_is_shipped():
    static = Path(kgraph.__file__).parent / "static"
    assert "Cytoscape Consortium" in (static / "cytoscape.LICENSE").read_text()
    assert f'version="{LIBRARY_VERSION}"' in library_source()


def test_article_text_cannot_break_out(tmp_path):
    entities, facts = evil_graph()
    page = render_html(entities, facts, title=EVIL)
    # three script elements, all ours; no markup from the data anywhere
    assert page.count("<script") == 3 and page.count("</script>") == 3
    assert "<img" not in page and "<b>" not in page and "<i>" not in page
    block = DATA_RE.search(page).group(1)
    assert block.isascii() and not set(block) & set("<>&")
    assert "<!--" not in page
    data = page_data(page)
    assert data["nodes"][0]["name"] == EVIL
    assert data["nodes"][0]["aliases"] == ["<b>bold</b>"]  # the name itself is not an alias
    assert data["nodes"][1]["eid"] == "country:x<y>"
    assert data["edges"][0]["predicate"] == EVIL
    assert data["edges"][0]["attributes"] == {"rule": EVIL}
    assert data["meta"]["title"] == EVIL


@given(st.recursive(st.none() | st.booleans() | st.integers() | st.text(),
                    lambda inner: st.lists(inner, max_size=4)
                    | st.dictionaries(st.text(), inner, max_size=4), max_leaves=12))
def test_script_json_round_trips(value):
    text = script_json(value)
    assert json.loads(text) == value
    assert not set(text) & set("<>&\u2028\u2029")
    assert text.isascii()


def test_trigger_offsets_are_javascript_offsets():
    text = "\U0001F600 Iran backs Assad."
    start = text.index("backs")
    ev = Evidence("a", 0, text, 10, 10 + len(text), 10 + start, 10 + start + 5)
    f = Fact("x", "SUPPORTS", "y", "backs", "positive", "asserted", 0.9, ev)
    data = view_data([Entity("x", "Iran", "Country"), Entity("y", "Assad", "Person")], [f])
    a, b = data["edges"][0]["trigger"]
    utf16 = text.encode("utf-16-le")
    assert utf16[2 * a:2 * b].decode("utf-16-le") == "backs"


def test_big_graphs_show_the_most_confident_edges():
    ents = [Entity(f"e{i}", f"E{i}", "Country") for i in range(60)]
    facts = []
    for i in range(59):
        ev = Evidence("a", i, "s", 0, 1, 0, 1)
        facts.append(Fact(f"e{i}", "SUPPORTS", f"e{i + 1}", "backs", "positive",
                          "asserted" if i % 2 else "planned", i / 100, ev))
    data = view_data(ents, facts, max_edges=10)
    assert data["meta"]["truncated"] and data["meta"]["shown_edges"] == 10
    assert all(e["fact"] for e in data["edges"])
    assert min(e["confidence"] for e in data["edges"]) == 0.39
    shown = {n["eid"] for n in data["nodes"]}
    assert len(shown) <= 20 and data["meta"]["entities"] == 60


def test_edges_to_unknown_entities_are_left_out():
    ev = Evidence("a", 0, "s", 0, 1, 0, 1)
    f = Fact("x", "SUPPORTS", "missing", "backs", "positive", "asserted", 0.9, ev)
    data = view_data([Entity("x", "Iran", "Country")], [f])
    assert data["edges"] == [] and data["meta"]["dangling_edges"] == 1


def test_view_from_graphml_matches_jsonl(sample, tmp_path):
    a = page_data(write_html_from(sample, tmp_path / "a.html").read_text(encoding="utf-8"))
    b = page_data(write_html_from(sample / "graph.graphml", tmp_path / "b.html")
                  .read_text(encoding="utf-8"))

    def nodes(d):
        return sorted((n["eid"], n["name"], n["type"], tuple(n["aliases"]), n["mentions"])
                      for n in d["nodes"])

    def edges(d):
        eid = {n["id"]: n["eid"] for n in d["nodes"]}
        return sorted((eid[e["source"]], e["relation"], eid[e["target"]], e["predicate"],
                       e["fact"], e["text"], tuple(e["trigger"] or ())) for e in d["edges"])

    assert nodes(a) == nodes(b)
    assert edges(a) == edges(b)


def test_write_html_replaces_atomically(tmp_path):
    entities, facts = evil_graph()
    path = write_html(tmp_path / "g.html", entities, facts)
    first = path.read_text(encoding="utf-8")
    write_html(path, entities[:1], [])
    assert path.read_text(encoding="utf-8") != first
    assert [p.name for p in tmp_path.iterdir()] == ["g.html"]


def test_cli_view(sample, tmp_path):
    runner = CliRunner()
    out = tmp_path / "view.html"
    res = runner.invoke(app, ["view", str(sample), "--out", str(out)])
    assert res.exit_code == 0, res.output
    assert page_data(out.read_text(encoding="utf-8"))["nodes"]
    res = runner.invoke(app, ["view", str(tmp_path / "nothing-here")])
    assert res.exit_code == 2
    (tmp_path / "junk.graphml").write_text("not xml")
    res = runner.invoke(app, ["view", str(tmp_path / "junk.graphml")])
    assert res.exit_code == 2


# ------------------------------------------------------------------------ browser
def _find(names: list[str]) -> str | None:
    for name in names:
        if name and shutil.which(name):
            return shutil.which(name)
    return None


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed")
    from selenium.webdriver.chrome.service import Service

    chromium = _find([os.environ.get("KGRAPH_CHROMIUM", ""), "chromium", "chromium-browser"])
    driver_path = _find([os.environ.get("KGRAPH_CHROMEDRIVER", ""), "chromedriver"])
    if not chromium or not driver_path:
        pytest.skip("headless Chromium is not installed: needs Debian's chromium and "
                    "chromium-driver (scripts/ensure-chromium installs them; make test runs it)")
    opts = webdriver.ChromeOptions()
    opts.binary_location = chromium
    for arg in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--disable-extensions", "--hide-scrollbars", "--window-size=1400,900",
                f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"):
        opts.add_argument(arg)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    # A driver path is given, so Selenium Manager (which would download one) never runs.
    driver = webdriver.Chrome(service=Service(executable_path=driver_path), options=opts)
    try:
        driver.set_page_load_timeout(30)
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
            "width": 1400, "height": 900, "deviceScaleFactor": 1, "mobile": False})
        yield driver
    finally:
        driver.quit()


def open_page(driver, path: Path) -> None:
    from selenium.webdriver.support.ui import WebDriverWait

    driver.get_log("browser")  # forget earlier pages' messages
    driver.get(path.resolve().as_uri())
    WebDriverWait(driver, 30).until(lambda d: d.execute_script(
        "return window.kgraphReady === true"))


def errors(driver) -> list[str]:
    return [m["message"] for m in driver.get_log("browser") if m["level"] == "SEVERE"]


def click_at(driver, x: float, y: float) -> None:
    """A real mouse click at page coordinates."""
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.actions.action_builder import ActionBuilder

    ActionChains(driver).reset_actions()
    actions = ActionBuilder(driver)
    actions.pointer_action.move_to_location(round(x), round(y))
    actions.pointer_action.click()
    actions.perform()


# cytoscape caches visible() until an element's style is next computed: compute it first
SHOWN = """
const shown = e => {
  e.style('display');
  if (e.isEdge()) { e.source().style('display'); e.target().style('display'); }
  return e.visible();
};
"""

POSITION = """
const cy = window.kgraph.cy, box = cy.container().getBoundingClientRect();
const ele = cy.elements().filter(arguments[0])[0];
let p = ele.isNode() ? ele.renderedPosition() : ele.renderedMidpoint();
if (ele.isEdge() && ele.parallelEdges().length === 1) {  // a point no node covers
  const a = ele.renderedSourceEndpoint(), b = ele.renderedTargetEndpoint();
  const free = q => cy.nodes(':visible').every(n => {
    const bb = n.renderedBoundingBox({includeLabels: true});
    return q.x < bb.x1 || q.x > bb.x2 || q.y < bb.y1 || q.y > bb.y2;
  });
  const pts = [0.5, 0.4, 0.6, 0.3, 0.7].map(t => ({x: a.x + t * (b.x - a.x),
                                                  y: a.y + t * (b.y - a.y)}));
  p = pts.find(free) || p;
}
return [box.left + p.x, box.top + p.y];
"""


def details(driver) -> tuple[str, str]:
    return driver.execute_script(
        "const d = document.getElementById('details');"
        "return [d.getAttribute('data-kind') || '', d.textContent];")


def png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", head[16:24])


@pytest.mark.browser
def test_sample_page_in_chromium(browser, sample, tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    driver = browser
    open_page(driver, sample / "graph.html")
    assert errors(driver) == []

    # the graph in the page is the graph that was built
    rows = driver.execute_script(SHOWN + """
        return window.kgraph.cy.edges().map(e => [e.source().data('label'), e.data('relation'),
            e.target().data('label'), e.data('fact'), shown(e)]);""")
    names = driver.execute_script("return window.kgraph.cy.nodes().map(n => n.data('label'))")
    entities = read_entities(sample / "entities.jsonl")
    facts = list(read_triples(sample / "triples.jsonl"))
    assert sorted(names) == sorted(e.name for e in entities)
    assert len(rows) == len(facts)
    got = {(s, r, o) for s, r, o, _, _ in rows}
    for fact in [("Iran", "SUPPORTS", "Bashar al-Assad"), ("Vladimir Putin", "LEADS", "Russia"),
                 ("Israel", "ATTACKS", "Iranian forces"), ("Amir Hatami", "VISITS", "Syria")]:
        assert fact in got
    # negated / planned edges: hidden until the toggle is switched on, then dashed
    assert any(not fact for *_, fact, _ in rows)
    assert all(visible == fact for *_, fact, visible in rows)
    driver.find_element(By.ID, "show-nonfacts").click()
    styles = driver.execute_script(SHOWN + """
        return window.kgraph.cy.edges().filter(e => !e.data('fact'))
            .map(e => [shown(e), e.style('line-style')]);""")
    assert styles and all(v and s == "dashed" for v, s in styles)
    driver.find_element(By.ID, "show-nonfacts").click()
    # parallel edges between the same two nodes are drawn apart, not on top of each other
    mids = driver.execute_script(SHOWN + """
        const cy = window.kgraph.cy;
        const iran = cy.nodes().filter(n => n.data('label') === 'Iran');
        const syria = cy.nodes().filter(n => n.data('label') === 'Syria');
        return iran.edgesWith(syria).filter(e => shown(e))
            .map(e => [Math.round(e.midpoint().x), Math.round(e.midpoint().y)]);""")
    assert len(mids) >= 2 and len({tuple(m) for m in mids}) == len(mids)

    # a real mouse click on Iran shows its details
    x, y = driver.execute_script(POSITION.replace(
        "filter(arguments[0])", "filter(e => e.isNode() && e.data('label') === 'Iran')"), None)
    click_at(driver, x, y)
    kind, text = details(driver)
    assert kind == "node"
    assert "Iran" in text and "Country" in text and "Tehran" in text and "Iranian" in text
    assert driver.execute_script("return window.kgraph.cy.$(':selected').data('label')") == "Iran"

    shot = tmp_path / "graph-view.png"
    assert driver.save_screenshot(str(shot))
    assert png_size(shot) == (1400, 900) and shot.stat().st_size > 30_000
    if os.environ.get("KGRAPH_SCREENSHOT"):
        shutil.copyfile(shot, os.environ["KGRAPH_SCREENSHOT"])

    # a click on an edge shows the relation and its evidence sentence
    x, y = driver.execute_script(POSITION.replace(
        "filter(arguments[0])",
        "filter(e => e.isEdge() && e.data('relation') === 'SUPPORTS' && "
        "e.source().data('label') === 'Iran')"), None)
    click_at(driver, x, y)
    kind, text = details(driver)
    fact = next(f for f in facts if f.relation == "SUPPORTS" and f.subject == "country:IRN")
    assert kind == "edge"
    for part in ("SUPPORTS", fact.predicate, fact.polarity, fact.modality, fact.evidence.text,
                 "hatami-syria-visit", "Bashar al-Assad"):
        assert part in text
    mark = driver.execute_script("return document.querySelector('#details mark').textContent")
    assert mark == fact.evidence.text[fact.evidence.trigger_start - fact.evidence.start:
                                      fact.evidence.trigger_end - fact.evidence.start]

    # the search box finds an actor by an alias
    box = driver.find_element(By.ID, "search")
    box.send_keys("Putin", Keys.ENTER)
    kind, text = details(driver)
    assert kind == "node" and "Vladimir Putin" in text
    box.clear()
    box.send_keys(Keys.ESCAPE)

    # filters: a relation type, an entity type
    driver.find_element(By.CSS_SELECTOR, 'input[data-relation="SUPPORTS"]').click()
    visible = driver.execute_script(SHOWN + """return window.kgraph.cy.edges()
        .filter(e => e.data('relation') === 'SUPPORTS').map(e => shown(e))""")
    assert visible and not any(visible)
    driver.find_element(By.CSS_SELECTOR, 'input[data-type="Person"]').click()
    hidden = driver.execute_script(SHOWN + """return window.kgraph.cy.nodes()
        .filter(n => n.data('type') === 'Person').every(n => !shown(n))""")
    assert hidden
    assert errors(driver) == []


@pytest.mark.browser
def test_hostile_text_stays_text_in_chromium(browser, tmp_path):
    entities, facts = evil_graph()
    page = write_html(tmp_path / "evil.html", entities, facts, title=EVIL)
    open_page(browser, page)
    state = browser.execute_script("""
        return {pwned: typeof window.PWNED, imgs: document.images.length,
                scripts: document.scripts.length, title: document.title};""")
    assert state == {"pwned": "undefined", "imgs": 0, "scripts": 3, "title": EVIL}
    # through the library's own event path: a tap on the node, then on the edge
    browser.execute_script("window.kgraph.cy.getElementById('n0').emit('tap')")
    kind, text = details(browser)
    assert kind == "node"
    name = browser.execute_script("return document.querySelector('#details h2').textContent")
    assert name == EVIL
    browser.execute_script("window.kgraph.cy.getElementById('e0').emit('tap')")
    kind, text = details(browser)
    assert kind == "edge"
    assert facts[0].evidence.text in text and "</script>art" in text
    assert browser.execute_script("return typeof window.PWNED") == "undefined"
    assert browser.execute_script("return document.images.length") == 0
    assert errors(browser) == []
