"""Entity resolution: one node per real actor, within an article and across articles,
on real parses of sentences written for these tests."""

from __future__ import annotations

import json
from collections import defaultdict

import pytest
from conftest import asserted

import kgraph
from kgraph import gazetteer
from kgraph.gazetteer import norm


def entities_of(facts_of, text: str) -> dict[str, dict]:
    res = facts_of(text, full=True)
    return {e.name: {"id": e.id, "type": e.type, "aliases": set(e.aliases)}
            for e in res.entities.values()}


def node_of(ents: dict[str, dict], alias: str) -> str:
    hits = [name for name, e in ents.items() if alias in e["aliases"]]
    assert len(hits) == 1, (alias, hits)
    return hits[0]


# ------------------------------------------------------------------ gazetteer lookups
def test_gazetteer_names_aliases_demonyms_capitals():
    gaz = gazetteer.load()
    for surface in ("U.S.", "US", "USA", "America", "United States"):
        assert gaz.lookup(surface)[0].key == "country:USA", surface
    assert gaz.lookup("us") == []  # the pronoun is not the country
    assert {h.use for h in gaz.lookup("Iranian")} == {"demonym"}
    assert {h.use for h in gaz.lookup("Iranians")} == {"plural"}
    assert [h.key for h in gaz.lookup("Tehran")] == ["country:IRN"]
    assert gaz.lookup("Tehran")[0].use == "capital"
    assert gaz.lookup("Kremlin")[0].key == "country:RUS"
    assert gaz.get(gaz.lookup("IRGC")[0].key).name == "Islamic Revolutionary Guards Corps"
    assert gaz.get(gaz.lookup("ISIL")[0].key).type == "ArmedGroup"
    assert gaz.title("prime minister").relation == "LEADS"
    assert gaz.title("Defense Minister").relation == "MEMBER_OF"


def test_every_state_can_be_resolved_by_name_demonym_and_capital():
    gaz = gazetteer.load()
    assert len(gaz.countries) >= 197
    for c in gaz.countries:
        assert c.iso2 and c.iso3 and c.demonym and c.capital, c.name
        assert c.key in {h.key for h in gaz.lookup(c.name)}, c.name
        assert c.key in {h.key for h in gaz.lookup(c.demonym)}, c.demonym
        assert c.key in {h.key for h in gaz.lookup(c.capital)}, c.capital
    patterns = gaz.entity_patterns()
    assert {"label": "GPE", "pattern": "Washington", "id": "country:USA"} in patterns


# ---------------------------------------------------------------- within an article
def test_surname_joins_the_full_name(facts_of):
    ents = entities_of(facts_of, "Ukrainian President Volodymyr Zelensky met Polish President "
                                 "Andrzej Duda. Zelensky thanked Duda for his support.")
    assert node_of(ents, "Zelensky") == "Volodymyr Zelensky"
    assert node_of(ents, "Duda") == "Andrzej Duda"


def test_titles_are_not_part_of_names(facts_of):
    ents = entities_of(facts_of, "President Emmanuel Macron spoke. Macron left.")
    assert "Emmanuel Macron" in ents and "President Emmanuel Macron" not in ents


def test_descriptions_join_the_named_person(facts_of):
    ents = entities_of(facts_of, "Israeli Defence Minister Yoav Gallant visited Washington. "
                                 "The Israeli minister met Lloyd Austin.")
    assert node_of(ents, "Israeli minister") == "Yoav Gallant"


def test_acronym_defined_in_the_text(facts_of):
    ents = entities_of(facts_of, "The Sudan Liberation Movement (SLM) rejected the deal. "
                                 "The SLM attacked government positions.")
    node = node_of(ents, "SLM")
    assert "Sudan Liberation Movement" in ents[node]["aliases"]


def test_well_known_acronyms(facts_of):
    ents = entities_of(facts_of, "The EU and NATO condemned the attack, and the IRGC denied it.")
    assert node_of(ents, "EU") == "European Union"
    assert node_of(ents, "NATO") == "North Atlantic Treaty Organization"
    assert node_of(ents, "IRGC") == "Islamic Revolutionary Guards Corps"


def test_capital_as_actor_and_as_place(facts_of):
    res = facts_of("Moscow urged Kyiv to negotiate. The talks were held in Moscow.", full=True)
    types = defaultdict(set)
    for e in res.entities.values():
        for a in e.aliases:
            types[a].add((e.type, e.name))
    assert ("Country", "Russia") in types["Moscow"]
    assert ("Location", "Moscow") in types["Moscow"]
    assert ("Country", "Ukraine") in types["Kyiv"]


def test_government_phrases_are_the_country(facts_of):
    ents = entities_of(facts_of, "The Damascus government rejected the plan. Iraqi officials "
                                 "welcomed it.")
    assert node_of(ents, "Damascus government") == "Syria"
    assert node_of(ents, "Iraqi officials") == "Iraq"


def test_leaders_government_is_the_country_they_lead(facts_of):
    ents = entities_of(facts_of, "Venezuelan President Nicolas Maduro spoke on Monday. "
                                 "Maduro's government expelled the diplomats.")
    assert node_of(ents, "Maduro’s government" if "Maduro’s government" in str(ents)
                   else "Maduro's government") == "Venezuela"


def test_demonym_forces_are_a_force_of_the_country(facts_of):
    res = facts_of("Iranian troops and suspected Iranian forces were seen near Aleppo.",
                   full=True)
    names = {e.id: e for e in res.entities.values()}
    forces = [e for e in names.values() if e.type == "MilitaryForce"]
    assert [e.name for e in forces] == ["Iranian forces"]
    assert {"Iranian troops", "suspected Iranian forces"} <= set(forces[0].aliases)
    part_of = {(names[f.subject].name, names[f.object].name) for f in res.facts
               if f.relation == "PART_OF"}
    assert ("Iranian forces", "Iran") in part_of


def test_possessive_forms_are_the_same_node(facts_of):
    ents = entities_of(facts_of, "Iran's foreign ministry criticized Israel. Iran denied it.")
    assert node_of(ents, "Iran") == "Iran"
    assert "Iran's" not in str(ents["Iran"]["aliases"])


# ---------------------------------------------------------------- across articles
@pytest.fixture(scope="module")
def two_articles(tmp_path_factory):
    d = tmp_path_factory.mktemp("across")
    rows = [
        {"id": "a1", "date": "2024-01-02",
         "text": "Syrian President Bashar al-Assad met Russian President Vladimir Putin. "
                 "North Korean leader Kim Jong Un praised Putin."},
        {"id": "a2", "date": "2024-01-03",
         "text": "Assad thanked Moscow. South Korea's Kim Yong-hyun said Seoul would respond. "
                 "Kim warned Pyongyang. The U.S. backed Seoul, and America sanctioned Russia."},
    ]
    src = d / "in.jsonl"
    src.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    kgraph.build([src], out=d / "out", workers=1, html=False)
    return [json.loads(line) for line in (d / "out" / "entities.jsonl").open(encoding="utf-8")]


def test_same_actor_is_one_node_across_articles(two_articles):
    by_id = {e["id"]: e for e in two_articles}
    assert "Assad" in by_id["person:bashar-al-assad"]["aliases"]
    assert "person:assad" not in by_id
    usa = by_id["country:USA"]
    assert {"U.S.", "America"} <= set(usa["aliases"])
    assert by_id["country:RUS"]["mentions"] >= 3  # Russian, Moscow, Russia


def test_ambiguous_short_names_are_not_merged(two_articles):
    kims = {e["name"]: e for e in two_articles if e["type"] == "Person" and "Kim" in e["name"]}
    assert {"Kim Jong Un", "Kim Yong-hyun"} <= set(kims)
    # in a2, "Kim" is the Kim that a2 names; it never reaches a1's Kim Jong Un
    assert "Kim" in kims["Kim Yong-hyun"]["aliases"]
    assert "Kim" not in kims["Kim Jong Un"]["aliases"]


def test_no_two_nodes_of_a_type_share_a_name_or_alias(two_articles):
    seen: dict[tuple[str, str], str] = {}
    for e in two_articles:
        for a in {e["name"], *e["aliases"]}:
            key = (e["type"], norm(a))
            assert seen.setdefault(key, e["id"]) == e["id"], (key, seen[key], e["id"])


def test_ids_are_stable_and_typed(two_articles):
    for e in two_articles:
        prefix, _, rest = e["id"].partition(":")
        assert rest
        if e["type"] == "Country":
            assert prefix == "country" and len(rest) == 3 and rest.isupper()
        else:
            assert prefix == e["type"].lower()


@pytest.mark.parametrize("text,name,alias", [
    ("A report said between 3,000 and 4,000 Rwandan soldiers were deployed in eastern Congo.",
     "Rwandan forces", "Rwandan soldiers"),
    ("The world body said it was alarmed.", "United Nations", "world body"),
    ("Kosovo police arrested two men.", "Kosovar police", "Kosovo police"),
    ("Saudi Arabia received the delegation. The kingdom said the talks were useful.",
     "Saudi Arabia",
     "kingdom"),
])
def test_more_names_land_on_their_node(facts_of, text, name, alias):
    res = facts_of(text, full=True)
    ent = next((e for e in res.entities.values() if e.name == name), None)
    assert ent is not None, [e.name for e in res.entities.values()]
    assert alias in ent.aliases, ent.aliases


def test_descriptive_adjectives_do_not_name_a_group(facts_of):
    res = facts_of("Around 30 masked Serb gunmen ambushed a Kosovo police patrol.", full=True)
    group = next(e for e in res.entities.values() if e.type == "ArmedGroup")
    assert group.name == "Serbian gunmen"
    assert "Serb gunmen" in group.aliases


def test_an_acronym_the_article_defines_wins_over_a_known_one(facts_of):
    ents = entities_of(facts_of, (
        "Gangs attacked a police base, according to a statement from the Multinational "
        "Security Support mission, known as MSS. The MSS said three officers were hurt."))
    mission = next(e for n, e in ents.items() if n.startswith("Multinational Security"))
    assert "MSS" in mission["aliases"], ents
    assert "Ministry of State Security" not in ents, ents


def test_a_governing_group_s_government_is_the_state(facts_of):
    got = asserted(facts_of(
        "Zabihullah Mujahid, the chief spokesman of the Taliban government, said Pakistani "
        "forces had shelled Spin Boldak. The Taliban administration later accused Pakistan "
        "of violating the truce."))
    assert ("Zabihullah Mujahid", "MEMBER_OF", "Afghanistan") in got
    assert ("Afghanistan", "CRITICIZES", "Pakistan") in got
    # (the group leads the state it governs, and is nothing else here)
    assert ("Taliban", "LEADS", "Afghanistan") in got, got
    rest = got - {("Taliban", "LEADS", "Afghanistan")}
    assert not any("Taliban" in (s, o) for s, _, o in rest), got


def test_a_first_name_like_a_title_after_a_title(facts_of):
    got = asserted(facts_of("Afghan Foreign Minister Amir Khan Muttaqi visited India in October."))
    assert ("Amir Khan Muttaqi", "MEMBER_OF", "Afghanistan") in got
    assert ("Amir Khan Muttaqi", "VISITS", "India") in got


def test_both_sides_are_the_states_not_their_forces(facts_of):
    got = asserted(facts_of(
        "Pakistani and Afghan forces clashed overnight near the border. "
        "Qatar and Turkey urged both sides to show restraint."))
    assert {("Qatar", "DEMANDS", "Pakistan"), ("Turkey", "DEMANDS", "Afghanistan")} <= got
    assert not any(r == "DEMANDS" and "forces" in o for s, r, o in got), got


def test_both_sides_are_the_states_of_the_forces_that_fought(facts_of):
    # the states are named too, but the fighting was between their forces
    got = asserted(facts_of(
        "India and Pakistan traded accusations on Monday. Indian troops attacked Pakistani "
        "troops along the Line of Control. China urged both sides to exercise restraint."))
    assert {("China", "DEMANDS", "India"), ("China", "DEMANDS", "Pakistan")} <= got, got
    assert not any(r == "DEMANDS" and "forces" in o for s, r, o in got), got


def test_a_capital_inside_a_longer_place_name_is_not_the_capital(facts_of):
    res = facts_of("Insurgents attacked two villages near the town of Mocimboa da Praia. "
                   "The minister later flew to Praia.", full=True)
    names = {e.name: e for e in res.entities.values()}
    assert names["Mocimboa da Praia"].type == "Location"
    got = asserted(facts_of("Insurgents attacked two villages near the town of Mocimboa da "
                            "Praia."))
    assert not any("Cape Verde" in s or "Cape Verde" in o for s, _, o in got), got
    assert not any(e.id == "country:CPV" and "Mocimboa da Praia" in e.aliases
                   for e in res.entities.values())


def test_the_federal_government_is_the_federation_at_hand(facts_of):
    got = asserted(facts_of("Ethiopia accused Eritrea of arming rebels. Eritrea denied the "
                            "claims. Tigray leader Getachew Reda urged the federal government "
                            "to act."))
    assert ("Getachew Reda", "DEMANDS", "Ethiopia") in got
    assert ("Getachew Reda", "DEMANDS", "Eritrea") not in got  # Eritrea is no federation
    # government troops are the forces of the state at hand
    got = asserted(facts_of("Clashes erupted in Sudan. Government troops shelled RSF "
                            "positions."))
    assert ("Sudanese forces", "ATTACKS", "Rapid Support Forces") in got
    # "federal forces" with no federation named: no one's
    got = asserted(facts_of("Eritrea sent troops. The TPLF fought a war against federal "
                            "forces."))
    assert not any("forces" in o for _, r, o in got if r == "OPPOSES"), got


def test_a_state_s_troops_and_its_named_armed_forces_are_one_node(facts_of):
    res = facts_of("The Israel Defense Forces said it struck Hamas. Israeli troops raided "
                   "Jenin.", full=True)
    forces = [e for e in res.entities.values() if e.type == "MilitaryForce"]
    assert len(forces) == 1, forces
    assert forces[0].name == "Israeli forces"
    assert {"Israel Defense Forces", "Israeli troops"} <= forces[0].aliases


def test_an_acronym_the_text_defines_beats_the_gazetteers(facts_of):
    res = facts_of(
        "Colonel Francel Padilla, spokesperson for the Armed Forces of the Philippines (AFP), "
        "said troops were attacked. \"We will not stop,\" AFP chief of staff General Romeo "
        "Brawner Jr. said.", full=True)
    names = {e.name for e in res.entities.values()}
    assert "Agence France-Presse" not in names, names
    got = {(res.entities[f.subject].name, f.relation, res.entities[f.object].name)
           for f in res.facts if f.polarity == "positive" and f.modality == "asserted"}
    assert any(s == "Romeo Brawner Jr." and r == "LEADS" for s, r, _ in got), got



def test_state_key_names_the_state_a_key_belongs_to():
    gaz = gazetteer.load()
    assert gaz.state_key("country:IRN") == "country:IRN"
    iran_forces = [o.key for o in gaz.organizations if getattr(o, "country", None) == "IRN"]
    assert iran_forces and all(gaz.state_key(k) == "country:IRN" for k in iran_forces)
    assert gaz.state_key("org:united-nations") is None
    assert gaz.state_key(None) is None


def test_an_indefinite_description_is_nobody_named(facts_of):
    """ "An RSF commander warned": someone the article does not name, never a person it
    names elsewhere."""
    res = facts_of("An RSF commander warned that the group would strike army positions. "
                   "Kim Yo Jong warned that North Korea would take countermeasures.", full=True)
    kim = next(eid for eid, e in res.entities.items() if e.name == "Kim Yo Jong")
    assert not any(f.subject == kim and f.relation == "MEMBER_OF" for f in res.facts)


def test_instructing_ones_own_government_or_army_is_no_demand(facts_of):
    got = asserted(facts_of(
        "RABAT (Reuters) - Moroccan Foreign Minister Nasser Bourita met the envoy. He said "
        "King Mohammed VI had instructed the government to engage constructively."))
    assert not any(r == "DEMANDS" for _, r, _ in got), got
    got = asserted(facts_of("Venezuelan Defence Minister Vladimir Padrino Lopez ordered the "
                            "armed forces to deploy to the coast."))
    assert not any(r == "DEMANDS" for _, r, _ in got), got
    got = asserted(facts_of("Indian Prime Minister Narendra Modi urged Russia to end the war."))
    assert ("Narendra Modi", "DEMANDS", "Russia") in got, got


def test_no_hostile_fact_against_ones_own_state_or_army(facts_of):
    got = asserted(facts_of("Indian foreign ministry spokesman Randhir Jaiswal said India "
                            "would respond. Jaiswal criticized India's critics."))
    assert ("Randhir Jaiswal", "CRITICIZES", "India") not in got, got
    got = asserted(facts_of("Iran attacked Iranian forces, the ministry said."))
    assert ("Iran", "ATTACKS", "Iranian forces") not in got, got
    # (another state's army is fair game)
    got = asserted(facts_of("Pakistan said it attacked Iranian forces near the border."))
    assert ("Pakistan", "ATTACKS", "Iranian forces") in got, got


def test_a_commanders_forces_are_the_force_he_leads(facts_of):
    got = asserted(facts_of(
        "Khalifa Haftar, commander of the Libyan National Army, met Putin. Haftar's forces, "
        "backed by Russia and the United Arab Emirates, besieged Tripoli in 2019."))
    assert ("Russia", "SUPPORTS", "Libyan National Army") in got, got
    assert ("Libyan National Army", "ATTACKS", "Tripoli") in got, got
    # (with no force named for him, his own)
    got = asserted(facts_of("Haftar's forces besieged Tripoli in 2019."))
    assert ("Haftar forces", "ATTACKS", "Tripoli") in got, got


def test_the_country_a_known_ruler_rules_is_the_one_he_leads_by_name(facts_of):
    got = asserted(facts_of("Azerbaijani President Ilham Aliyev criticised Russia. Aliyev, who "
                            "has ruled the oil-rich Caspian nation since 2003, demanded "
                            "compensation from Moscow."))
    assert ("Ilham Aliyev", "LEADS", "Azerbaijan") in got, got
    assert ("Ilham Aliyev", "LEADS", "Russia") not in got, got
    assert ("Ilham Aliyev", "CRITICIZES", "Russia") in got, got


def test_both_sides_are_the_quarrel_not_partners_met_more_often(facts_of):
    got = asserted(facts_of("Congo accused Rwanda of backing the M23 rebels. Egypt met Rwanda on "
                            "Monday. Egypt held talks with Rwanda again on Tuesday. Egypt also "
                            "hosted Rwanda's foreign minister. Qatari minister Mohammed "
                            "Al-Khulaifi urged both sides to respect the ceasefire."))
    demanded = {o for s, r, o in got if r == "DEMANDS"}
    assert demanded == {"Rwanda", "Democratic Republic of the Congo"}, got
