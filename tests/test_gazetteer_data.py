"""Checks on the gazetteer data files in kgraph/data/ (countries, organizations, titles).

The files are read with the csv module only (no kgraph imports), so these tests check the
data itself: format, internal consistency, facts a user relies on, and the absence of
surface strings that would make entity resolution ambiguous.
"""

from __future__ import annotations

import csv
import re
from collections import Counter, defaultdict
from pathlib import Path

import pytest

from kgraph import gazetteer

DATA = Path(__file__).resolve().parents[1] / "kgraph" / "data"

COUNTRY_COLUMNS = [
    "iso2", "iso3", "name", "official", "aliases", "demonyms", "plurals", "capital", "seats", "status",
]
ORG_COLUMNS = ["key", "name", "type", "aliases", "country", "parent", "kind", "governs",
               "seat"]
TITLE_COLUMNS = ["title", "relation", "role", "owner"]

COUNTRY_LISTS = ["aliases", "demonyms", "plurals", "seats"]
ORG_LISTS = ["aliases"]

ORG_TYPES = {"Organization", "MilitaryForce", "ArmedGroup"}
ORG_KINDS = {
    "igo", "alliance", "bloc", "un_agency", "mission", "court", "agency", "ministry",
    "legislature", "party", "media", "ngo", "company", "state_force", "armed_group", "seat",
}
RELATIONS = {"LEADS", "MEMBER_OF"}

# ISO 3166-1 alpha-3 codes of the 193 United Nations member states.
UN_MEMBERS = frozenset(
    """
    AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN
    BOL BIH BWA BRA BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG CRI
    CIV HRV CUB CYP CZE PRK COD DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI
    FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN
    IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU
    LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MCO MNG MNE MAR MOZ MMR NAM NRU
    NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT KOR
    MDA ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM
    ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK TZA THA TLS TGO TON TTO TUN TUR TKM TUV
    UGA UKR ARE GBR USA URY UZB VUT VEN VNM YEM ZMB ZWE
    """.split()
)
UN_OBSERVERS = frozenset({"VAT", "PSE"})
OTHER_STATES = frozenset({"TWN", "XKX"})


# --------------------------------------------------------------------------- helpers


def read_tsv(name: str) -> tuple[list[str], list[list[str]]]:
    """Header and data rows of a TSV file, skipping '#' comment lines."""
    with open(DATA / name, encoding="utf-8", newline="") as f:
        lines = [line for line in f if not line.startswith("#")]
    rows = list(csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    return rows[0], rows[1:]


def read_dicts(name: str) -> list[dict[str, str]]:
    header, rows = read_tsv(name)
    return [dict(zip(header, row, strict=True)) for row in rows]


def items(value: str) -> list[str]:
    return value.split("|") if value else []


def country_surfaces(row: dict[str, str]) -> set[str]:
    """Every string that names the country in text."""
    out = {row["name"], row["official"], row["capital"]}
    for col in COUNTRY_LISTS:
        out.update(items(row[col]))
    out.discard("")
    return out


def org_surfaces(row: dict[str, str]) -> set[str]:
    return {row["name"], *items(row["aliases"])}


@pytest.fixture(scope="module")
def countries() -> list[dict[str, str]]:
    return read_dicts("countries.tsv")


@pytest.fixture(scope="module")
def orgs() -> list[dict[str, str]]:
    return read_dicts("organizations.tsv")


@pytest.fixture(scope="module")
def titles() -> list[dict[str, str]]:
    return read_dicts("titles.tsv")


@pytest.fixture(scope="module")
def by_iso3(countries) -> dict[str, dict[str, str]]:
    return {row["iso3"]: row for row in countries}


@pytest.fixture(scope="module")
def by_key(orgs) -> dict[str, dict[str, str]]:
    return {row["key"]: row for row in orgs}


def org_by_name(orgs, name: str) -> dict[str, str]:
    matches = [row for row in orgs if row["name"] == name]
    assert len(matches) == 1, f"expected one organization named {name!r}"
    return matches[0]


# --------------------------------------------------------------------------- format (all files)

FILES = [
    ("countries.tsv", COUNTRY_COLUMNS, COUNTRY_LISTS),
    ("organizations.tsv", ORG_COLUMNS, ORG_LISTS),
    ("titles.tsv", TITLE_COLUMNS, []),
    ("office_holders.tsv", ["name", "aliases", "country"], ["aliases"]),
    ("igo_officials.tsv", ["name", "aliases", "org"], ["aliases"]),
    ("national_forces.tsv", ["iso3", "org"], []),
    ("country_groups.tsv", ["words", "members"], ["members"]),
]


@pytest.mark.parametrize("name,columns,lists", FILES, ids=[f[0] for f in FILES])
class TestFormat:
    def test_header(self, name, columns, lists):
        header, _ = read_tsv(name)
        assert header == columns

    def test_field_count(self, name, columns, lists):
        _, rows = read_tsv(name)
        assert rows, "no data rows"
        bad = [(i, row) for i, row in enumerate(rows) if len(row) != len(columns)]
        assert not bad, bad[:5]

    def test_no_stray_whitespace(self, name, columns, lists):
        _, rows = read_tsv(name)
        bad = [f for row in rows for f in row if f != f.strip() or "  " in f or "\t" in f]
        assert not bad, bad[:10]

    def test_list_items(self, name, columns, lists):
        bad = []
        for row in read_dicts(name):
            for col in lists:
                if not row[col]:
                    continue
                parts = row[col].split("|")
                if any(p == "" or p != p.strip() for p in parts) or len(parts) != len(set(parts)):
                    bad.append((col, row[col]))
        assert not bad, bad[:10]

    def test_no_leading_lowercase_the(self, name, columns, lists):
        # Code adds "the"; a written-in lowercase "the ..." alias would double it.
        bad = [
            p for row in read_dicts(name) for col in lists for p in items(row[col])
            if p.startswith("the ")
        ]
        assert not bad, bad


# --------------------------------------------------------------------------- countries


def test_country_count(countries):
    assert len(countries) == 197


@pytest.mark.parametrize("col", ["iso2", "iso3", "name"])
def test_country_column_unique(countries, col):
    values = [row[col] for row in countries]
    dupes = {v for v in values if values.count(v) > 1}
    assert not dupes


def test_code_shapes(countries):
    for row in countries:
        assert re.fullmatch(r"[A-Z]{2}", row["iso2"]), row
        assert re.fullmatch(r"[A-Z]{3}", row["iso3"]), row


def test_codes_agree_with_pycountry(countries):
    pycountry = pytest.importorskip("pycountry")
    for row in countries:
        if row["iso2"] == "XK":
            assert row["iso3"] == "XKX"  # user-assigned code, not in ISO 3166
            continue
        entry = pycountry.countries.get(alpha_2=row["iso2"])
        assert entry is not None, row["iso2"]
        assert entry.alpha_3 == row["iso3"], (row["iso2"], entry.alpha_3, row["iso3"])


def test_membership_status(countries):
    status = {row["iso3"]: row["status"] for row in countries}
    assert set(status.values()) <= {"member", "observer", "other"}
    assert {c for c, s in status.items() if s == "member"} == UN_MEMBERS
    assert {c for c, s in status.items() if s == "observer"} == UN_OBSERVERS
    assert {c for c, s in status.items() if s == "other"} == OTHER_STATES


@pytest.mark.parametrize("col", ["name", "official", "demonyms", "capital"])
def test_country_required_fields(countries, col):
    missing = [row["iso3"] for row in countries if not row[col]]
    assert not missing


def test_no_surface_string_shared_by_two_countries(countries):
    owners: dict[str, set[str]] = defaultdict(set)
    for row in countries:
        for s in country_surfaces(row):
            owners[s].add(row["iso3"])
    shared = {s: sorted(c) for s, c in owners.items() if len(c) > 1}
    assert not shared


def test_iso_style_names_not_used_as_aliases(countries):
    # "Iran, Islamic Republic of" is an index form, never written in news.
    bad = [a for row in countries for a in items(row["aliases"]) if ", " in a]
    assert not bad


@pytest.mark.parametrize(
    "iso3,col,expected",
    [
        ("USA", "name", {"United States"}),
        ("USA", "aliases", {"U.S.", "US", "USA", "America", "United States of America"}),
        ("USA", "demonyms", {"American"}),
        ("USA", "capital", {"Washington"}),
        ("GBR", "aliases", {"UK", "Britain"}),
        ("GBR", "demonyms", {"British"}),
        ("GBR", "plurals", {"Britons"}),
        ("GBR", "seats", {"Downing Street"}),
        ("IRN", "name", {"Iran"}),
        ("IRN", "demonyms", {"Iranian"}),
        ("IRN", "plurals", {"Iranians"}),
        ("IRN", "capital", {"Tehran"}),
        ("RUS", "seats", {"Kremlin"}),
        ("RUS", "aliases", {"Russian Federation"}),
        ("ISR", "aliases", {"Jewish state"}),
        ("ISR", "demonyms", {"Israeli"}),
        ("UKR", "capital", {"Kyiv"}),
        ("UKR", "seats", {"Kiev"}),
        ("TUR", "aliases", {"Türkiye"}),
        ("MMR", "aliases", {"Burma"}),
        ("MMR", "demonyms", {"Myanmar", "Burmese"}),
        ("PRK", "aliases", {"DPRK"}),
        ("KOR", "name", {"South Korea"}),
        ("ARE", "aliases", {"UAE"}),
        ("ARE", "demonyms", {"Emirati"}),
        ("SAU", "demonyms", {"Saudi"}),
        ("COD", "aliases", {"DRC", "DR Congo"}),
        ("CIV", "aliases", {"Côte d'Ivoire"}),
        ("BFA", "demonyms", {"Burkinabe"}),
        ("PHL", "demonyms", {"Filipino"}),
        ("NLD", "seats", {"The Hague"}),
        ("VAT", "aliases", {"Holy See"}),
        ("PSE", "iso2", {"PS"}),
        ("XKX", "iso2", {"XK"}),
        ("TWN", "name", {"Taiwan"}),
    ],
)
def test_country_spot_checks(by_iso3, iso3, col, expected):
    value = by_iso3[iso3][col]
    assert expected <= set(items(value)) | {value}


@pytest.mark.parametrize(
    "iso3,demonym",
    [("IRN", "Iranian"), ("USA", "American"), ("GBR", "British"), ("RUS", "Russian"),
     ("ISR", "Israeli"), ("KOR", "South Korean"), ("PRK", "North Korean"), ("UKR", "Ukrainian")],
)
def test_canonical_demonym_first(by_iso3, iso3, demonym):
    assert items(by_iso3[iso3]["demonyms"])[0] == demonym


def test_us_is_an_alias_not_a_demonym(by_iso3):
    assert "U.S." not in items(by_iso3["USA"]["demonyms"])


def test_government_buildings_modelled_as_organizations_not_seats(countries):
    seats = {s for row in countries for s in items(row["seats"])}
    assert not seats & {"White House", "Pentagon"}


# --------------------------------------------------------------------------- organizations


def test_org_count(orgs):
    assert len(orgs) >= 250


def test_org_keys_unique_and_slugs(orgs):
    keys = [row["key"] for row in orgs]
    assert len(keys) == len(set(keys))
    bad = [k for k in keys if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", k)]
    assert not bad


def test_org_names_unique(orgs):
    names = [row["name"] for row in orgs]
    assert len(names) == len(set(names))


def test_org_type_and_kind(orgs):
    for row in orgs:
        assert row["type"] in ORG_TYPES, row
        assert row["kind"] in ORG_KINDS, row
        # kinds and types must agree where the kind implies the type
        if row["kind"] == "armed_group":
            assert row["type"] == "ArmedGroup", row
        if row["kind"] == "state_force":
            assert row["type"] == "MilitaryForce", row
        if row["type"] == "ArmedGroup":
            assert row["kind"] == "armed_group", row
            assert row["country"] == "", row  # non-state groups have no owning state


def test_org_countries_exist(orgs, by_iso3):
    bad = [(row["key"], row["country"]) for row in orgs if row["country"] and row["country"] not in by_iso3]
    assert not bad


def test_forces_titles_lead(titles):
    forces = [row for row in titles if row["owner"] == "forces"]
    assert {"army chief", "military chief"} <= {row["title"] for row in forces}
    # (their spokespeople serve them)
    assert all(row["relation"] == "LEADS" or row["role"].endswith("Spokesperson")
               for row in forces), forces


def test_governing_groups_govern_a_known_state(orgs, by_iso3):
    governing = [row for row in orgs if row["governs"]]
    assert governing, "no group marked as governing a state"
    for row in governing:
        assert row["governs"] in by_iso3, row
        assert row["type"] == "ArmedGroup", row  # a state's own bodies have `country`


def test_state_forces_have_a_country(orgs):
    bad = [row["key"] for row in orgs if row["kind"] in {"state_force", "ministry"} and not row["country"]]
    assert not bad


def test_org_parents_exist_and_are_acyclic(orgs, by_key):
    for row in orgs:
        seen = {row["key"]}
        parent = row["parent"]
        while parent:
            assert parent in by_key, (row["key"], parent)
            assert parent not in seen, f"parent cycle through {parent}"
            seen.add(parent)
            parent = by_key[parent]["parent"]


def test_no_org_surface_shared_by_two_orgs(orgs):
    owners: dict[str, set[str]] = defaultdict(set)
    for row in orgs:
        for s in org_surfaces(row):
            owners[s].add(row["key"])
    shared = {s: sorted(k) for s, k in owners.items() if len(k) > 1}
    assert not shared


def test_no_org_surface_equals_a_country_surface(orgs, countries):
    country_strings = set().union(*(country_surfaces(row) for row in countries))
    clashes = sorted({s for row in orgs for s in org_surfaces(row)} & country_strings)
    assert not clashes


def test_plain_security_council_is_not_an_alias(orgs):
    # Ambiguous: many states have a "Security Council".
    assert not any("Security Council" == s for row in orgs for s in org_surfaces(row))


@pytest.mark.parametrize(
    "alias,name,type_,country",
    [
        ("IRGC", "Islamic Revolutionary Guards Corps", "MilitaryForce", "IRN"),
        ("Revolutionary Guards", "Islamic Revolutionary Guards Corps", "MilitaryForce", "IRN"),
        ("IS", "Islamic State", "ArmedGroup", ""),
        ("ISIS", "Islamic State", "ArmedGroup", ""),
        ("ISIL", "Islamic State", "ArmedGroup", ""),
        ("Daesh", "Islamic State", "ArmedGroup", ""),
        ("EU", "European Union", "Organization", ""),
        ("UN", "United Nations", "Organization", ""),
        ("U.N.", "United Nations", "Organization", ""),
        ("UNSC", "United Nations Security Council", "Organization", ""),
        ("NATO", "North Atlantic Treaty Organization", "Organization", ""),
        ("al-Shabaab", "al-Shabaab", "ArmedGroup", ""),
        ("Al-Shabaab", "al-Shabaab", "ArmedGroup", ""),
        ("al-Shabab", "al-Shabaab", "ArmedGroup", ""),
        ("Al Shabaab", "al-Shabaab", "ArmedGroup", ""),
        ("al Qaeda", "al-Qaeda", "ArmedGroup", ""),
        ("Wagner", "Wagner Group", "ArmedGroup", ""),
        ("Ansar Allah", "Houthis", "ArmedGroup", ""),
        ("Hizbollah", "Hezbollah", "ArmedGroup", ""),
        ("RSF", "Rapid Support Forces", "ArmedGroup", ""),
        ("IDF", "Israel Defense Forces", "MilitaryForce", "ISR"),
        ("Pentagon", "United States Department of Defense", "Organization", "USA"),
        ("White House", "White House", "Organization", "USA"),
        ("Tasnim", "Tasnim News Agency", "Organization", "IRN"),
        ("KCNA", "Korean Central News Agency", "Organization", "PRK"),
        ("AEOI", "Atomic Energy Organization of Iran", "Organization", "IRN"),
        ("LNA", "Libyan National Army", "ArmedGroup", ""),
    ],
)
def test_org_spot_checks(orgs, alias, name, type_, country):
    matches = [row for row in orgs if alias in org_surfaces(row)]
    assert len(matches) == 1, alias
    row = matches[0]
    assert (row["name"], row["type"], row["country"]) == (name, type_, country)


@pytest.mark.parametrize(
    "child,parent",
    [
        ("Quds Force", "Islamic Revolutionary Guards Corps"),
        ("United Nations Security Council", "United Nations"),
        ("African Union Mission in Somalia", "African Union"),
        ("Islamic State West Africa Province", "Islamic State"),
    ],
)
def test_org_parent_spot_checks(orgs, by_key, child, parent):
    assert by_key[org_by_name(orgs, child)["parent"]]["name"] == parent


# --------------------------------------------------------------------------- titles


def test_title_count(titles):
    assert len(titles) >= 120


def test_titles_unique_and_lowercase(titles):
    names = [row["title"] for row in titles]
    assert len(names) == len(set(names))
    assert all(t == t.lower() and t for t in names)


def test_title_fields(titles):
    for row in titles:
        assert row["relation"] in RELATIONS, row
        assert row["role"], row
        assert row["owner"] in {"named", "context", "context-gov", "forces"} or (
            row["owner"].startswith("country:") and row["owner"][8:].isupper()) or (
            row["owner"].startswith("org:") and gazetteer.load().get(row["owner"])), row


@pytest.mark.parametrize(
    "title,relation",
    [
        ("president", "LEADS"), ("prime minister", "LEADS"), ("king", "LEADS"),
        ("premier", "LEADS"), ("supreme leader", "LEADS"), ("emir", "LEADS"),
        ("secretary-general", "LEADS"), ("commander-in-chief", "LEADS"),
        ("vice president", "MEMBER_OF"), ("deputy prime minister", "MEMBER_OF"),
        ("defense minister", "MEMBER_OF"), ("defence minister", "MEMBER_OF"),
        ("foreign minister", "MEMBER_OF"), ("spokesman", "MEMBER_OF"),
        ("ambassador", "MEMBER_OF"), ("secretary of state", "MEMBER_OF"),
        ("general", "MEMBER_OF"), ("national security adviser", "MEMBER_OF"),
    ],
)
def test_title_relations(titles, title, relation):
    rows = {row["title"]: row for row in titles}
    assert rows[title]["relation"] == relation


@pytest.mark.parametrize(
    "variants",
    [
        ("spokesman", "spokeswoman", "spokesperson"),
        ("defense minister", "defence minister"),
        ("secretary-general", "secretary general"),
        ("director general", "director-general"),
        ("national security adviser", "national security advisor"),
        ("adviser", "advisor"),
    ],
)
def test_spelling_variants_share_a_role(titles, variants):
    rows = {row["title"]: row for row in titles}
    assert len({(rows[v]["role"], rows[v]["relation"]) for v in variants}) == 1


# --------------------------------------------------------------------------- places

PLACE_COLUMNS = ["key", "name", "aliases", "country", "kind"]
PLACE_KINDS = {"region", "city", "territory", "sea", "strait", "corridor", "island", "polity",
               "river"}


@pytest.fixture(scope="module")
def places() -> list[dict[str, str]]:
    return read_dicts("places.tsv")


def test_places_format(places):
    header, rows = read_tsv("places.tsv")
    assert header == PLACE_COLUMNS
    assert all(len(r) == len(PLACE_COLUMNS) for r in rows)
    assert len(places) >= 100
    keys = [p["key"] for p in places]
    assert len(keys) == len(set(keys))
    for p in places:
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", p["key"]), p
        assert p["kind"] in PLACE_KINDS, p
        assert p["name"] and p["name"] == p["name"].strip(), p


def test_places_lie_in_known_countries(places, by_iso3):
    assert all(not p["country"] or p["country"] in by_iso3 for p in places)


def test_place_surfaces_are_unambiguous(places, orgs, countries):
    # a place name must never also name a country (a capital acts as a government and lives
    # in countries.tsv) or an organisation, nor two places
    country_strings = set().union(*(country_surfaces(row) for row in countries))
    org_strings = set().union(*(org_surfaces(row) for row in orgs))
    seen: dict[str, str] = {}
    for p in places:
        for s in org_surfaces(p):
            assert s not in country_strings and s not in org_strings, (s, p)
            assert seen.setdefault(s, p["key"]) == p["key"], (s, p)


@pytest.mark.parametrize("name,country", [
    ("Donbas", "UKR"), ("Darfur", "SDN"), ("Idlib", "SYR"), ("Tigray", "ETH"),
    ("Karabakh", ""), ("Crimea", ""), ("Red Sea", ""), ("Gaza Strip", ""),
])
def test_place_spot_checks(places, name, country):
    row = next(p for p in places if p["name"] == name)
    assert row["country"] == country


def test_seats_of_bodies_are_capitals(orgs, countries):
    """A body's seat ("Brussels" for the EU) is a capital in countries.tsv, so that the
    city is a place where something only happens there and the body where it acts."""
    capitals = {row["capital"] for row in countries}
    seats = [row for row in orgs if row["seat"]]
    assert seats
    for row in seats:
        assert row["seat"] in capitals, row
        assert gazetteer.load().seat_of(row["seat"]).name == row["name"]


def test_office_holders_serve_known_states_once(by_iso3):
    rows = read_dicts("office_holders.tsv")
    names: Counter[str] = Counter()
    for row in rows:
        assert row["country"] in by_iso3, row
        for n in [row["name"], *filter(None, row["aliases"].split("|"))]:
            names[n.casefold()] += 1
    assert not [n for n, k in names.items() if k > 1], "a name serves two states"


def test_office_holders_become_person_patterns():
    from kgraph.gazetteer import load

    persons = {p["pattern"] for p in load().entity_patterns() if p["label"] == "PERSON"}
    holders = read_dicts("office_holders.tsv")
    assert {r["name"] for r in holders} - persons <= {
        p["pattern"] for p in load().entity_patterns() if p["label"] != "PERSON"}
    surnames = {n for n in persons if " " not in n}
    firsts = {r["name"].split()[0] for r in holders}
    assert surnames and not surnames & firsts  # never a name someone goes by first
    assert all(len(n) >= 6 for n in surnames)
    lasts = [r["name"].split()[-1] for r in holders]
    assert not {n for n in surnames if lasts.count(n) > 1}  # no surname two holders share


def test_federations_are_known_states(by_iso3):
    rows = read_dicts("federations.tsv")
    assert len(rows) >= 20
    for row in rows:
        assert row["iso3"] in by_iso3, row
        assert by_iso3[row["iso3"]]["name"] == row["name"], row
    assert {"ETH", "USA", "NGA", "SOM"} <= {row["iso3"] for row in rows}


def test_national_forces_are_state_forces_of_their_state(orgs, by_iso3):
    rows = read_dicts("national_forces.tsv")
    by_key = {row["key"]: row for row in orgs}
    assert len(rows) >= 20
    for row in rows:
        assert row["iso3"] in by_iso3, row
        org = by_key.get(row["org"])
        assert org is not None, row
        assert org["kind"] == "state_force" and org["country"] == row["iso3"], (row, org)
    assert len({row["iso3"] for row in rows}) == len(rows)  # one army per state


def test_parts_of_a_body_go_by_its_short_name_too():
    """"U.N. Support Mission in Libya" is the United Nations Support Mission in Libya."""
    gaz = gazetteer.load()
    for text in ("U.N. Support Mission in Libya", "UN Support Mission in Libya"):
        assert [h.key for h in gaz.lookup(text)] == ["org:united-nations-support-mission-in-libya"]


@pytest.mark.parametrize("phrase, role", [
    ("strategic affairs minister", "Strategic Affairs Minister"),
    ("External Affairs Minister", "External Affairs Minister"),
    ("migration minister", "Migration Minister"),
])
def test_any_portfolio_minister_is_a_title(phrase, role):
    title = gazetteer.load().title(phrase)
    assert title is not None and title.role == role and title.relation == "MEMBER_OF"


@pytest.mark.parametrize("phrase", ["former minister", "israeli minister", "the minister x",
                                    "new minister"])
def test_no_portfolio_no_title(phrase):
    """A word that names no portfolio (a demonym, "former") does not make a title."""
    assert gazetteer.load().title(phrase) is None


@pytest.mark.parametrize("iso3, words, key", [
    ("PHL", "coast guard", "org:philippine-coast-guard"),
    ("CHN", "coast guard", "org:china-coast-guard"),
    ("VNM", "coast guard", "org:vietnam-coast-guard"),
])
def test_a_states_body_is_found_by_any_of_its_demonyms_or_its_name(iso3, words, key):
    body = gazetteer.load().state_body(iso3, words)
    assert body is not None and body.key == key


def test_no_states_body_for_a_word_it_has_none_of():
    assert gazetteer.load().state_body("PHL", "space agency of mars") is None
    assert gazetteer.load().state_body("XXX", "coast guard") is None


def test_igo_officials_serve_known_bodies_once():
    orgs = {r["key"] for r in read_dicts("organizations.tsv")}
    rows = read_dicts("igo_officials.tsv")
    assert rows
    states = {n.casefold() for r in read_dicts("office_holders.tsv")
              for n in [r["name"], *filter(None, r["aliases"].split("|"))]}
    names = Counter(n.casefold() for r in rows
                    for n in [r["name"], *filter(None, r["aliases"].split("|"))])
    for row in rows:
        assert row["org"] in orgs, row
    assert not [n for n, k in names.items() if k > 1]
    assert not set(names) & states, "a name serves a state and a body"


def test_igo_officials_are_known_by_their_body():
    from kgraph.gazetteer import load

    assert load().office_country("Mark Rutte") == "org:north-atlantic-treaty-organization"
    assert load().office_country("António Guterres") == "org:united-nations"


def test_country_groups_name_known_states(by_iso3):
    rows = read_dicts("country_groups.tsv")
    assert rows
    for row in rows:
        assert row["words"] == row["words"].lower(), row
        members = row["members"].split("|")
        assert len(members) == len(set(members)) >= 2, row
        assert all(m in by_iso3 for m in members), row
    soviet = next(r for r in rows if r["words"] == "soviet")["members"].split("|")
    assert "MDA" in soviet and "POL" not in soviet
