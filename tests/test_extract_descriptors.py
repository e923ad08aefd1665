"""Descriptors agree with what they name, trades and acronyms make bodies, titles and short forms merge,
and a comma-set participle speaks for the main clause's subject."""

from __future__ import annotations

import pytest

from graph.records import Extraction
from tests.extracting import actor, aliases, extracted


def _mini(text: str, published: str = "2025-06-11") -> Extraction:
    return extracted(text, published, article_id="mini")


def test_a_descriptor_keeps_its_nationality() -> None:
    ex = _mini("Cable merger\nBRUSSELS - Regulators questioned the bid by French cable group Lumora SA for Swedish "
               "network operator Nordvik Telecom. Nordvik's chairman, Erik Sand, said the Swedish company would fight "
               "the bid.\n")
    assert "the swedish company" in aliases(ex, "Nordvik Telecom")
    assert "the swedish company" not in aliases(ex, "Lumora SA")


def test_the_company_is_the_firm_just_named() -> None:
    ex = _mini("Car plant talks\nDETROIT - Union leaders met Arcadia Holdings on Monday. Talks between the union and "
               "carmaker Veltro Motors broke down on Tuesday. The company said it had offered a 3 percent raise.\n")
    assert "the company" in aliases(ex, "Veltro Motors")
    assert "the company" not in aliases(ex, "Arcadia Holdings")


def test_a_place_named_inside_an_apposition_is_not_the_body() -> None:
    ex = _mini("Housing levy\nPORTO - Porto City Council approved a housing levy on Monday. The Green Party, the "
               "smallest group on the council, said it would vote against it. The council said the levy would start "
               "in May.\n")
    assert "the council" not in aliases(ex, "Green Party")
    assert "the council" in aliases(ex, "Porto City Council")


def test_a_description_that_opens_a_name_is_no_alias_of_the_body_before() -> None:
    ex = _mini("Pension reform\nVIENNA - The Federation of Dutch Retailers said on Monday it backed the reform. "
               "The trade union federation KVB said it would call a strike.\n")
    assert not any("union" in x for x in aliases(ex, "Federation of Dutch Retailers"))


@pytest.mark.parametrize(("text", "name"), [
    pytest.param("Drug prices\nLONDON - Ministers met drugmaker Pellow Kane on Monday to discuss prices.\n",
                 "Pellow Kane", id="drugmaker"),
    pytest.param("Seed merger\nBRUSSELS - Dutch seed maker Brink Zaden said on Monday it would appeal.\n",
                 "Brink Zaden", id="seed-maker"),
    pytest.param("Seed prices\nOSLO - Orlen Seeds said on Monday it would cut prices.\n", "Orlen Seeds", id="company-word"),
])
def test_a_name_after_a_trade_or_with_a_company_word_is_a_firm(text: str, name: str) -> None:
    a = actor(_mini(text), name)
    assert a is not None and a.type == "Organization"


def test_a_name_with_its_initials_in_brackets_is_no_person() -> None:
    ex = _mini("Gang truce\nSAN SALVADOR - Calle Norte (CN-7) agreed to a truce with the police on Sunday, "
               "church leaders said.\n")
    assert not any(a.type == "Person" and "Norte" in a.name for a in ex.actors)


def test_a_product_that_is_only_approved_is_no_actor() -> None:
    ex = _mini("Drug approval\nLONDON - Nice said in draft guidance in May that Valtrexa was clinically effective. "
               "Wales approved Valtrexa in June after Helix offered a separate discount.\n")
    assert actor(ex, "Valtrexa") is None


def test_a_saints_name_inside_a_church_name_is_no_person() -> None:
    ex = _mini("Relic talks\nLONDON - The talks follow the return in 2021 of a relic held by Leeds's St Luke's "
               "Methodist Church.\n")
    assert not any(a.type == "Person" and "Luke" in a.name for a in ex.actors)


def test_a_party_with_its_acronym_in_brackets_is_one_actor() -> None:
    ex = _mini("Budget talks\nVIENNA - The People's Party and the Social Democrats (SDP) said on Tuesday they had "
               "agreed a budget outline. The Social Democrats said they would not cut pensions. The SDP said it wanted "
               "a wealth tax.\n")
    assert actor(ex, "SDP") is None
    assert "sdp" in aliases(ex, "Social Democrats")


def test_a_church_named_without_one_word_of_its_name_is_the_same_church() -> None:
    ex = _mini("Relic talks\nYEREVAN - The relics are held sacred by the Armenian Apostolic Holy Church. The "
               "Armenian Apostolic Church has demanded that they be returned.\n")  # (when both forms act, they stay two:
    # test_two_bodies_one_word_apart_that_each_act_stay_two)
    assert actor(ex, "Armenian Apostolic Church") is None
    assert actor(ex, "Armenian Apostolic Holy Church") is not None


def test_a_title_with_its_own_modifier_is_no_part_of_the_name() -> None:
    ex = _mini("Truce talks\nCHOLUTECA - Auxiliary Bishop Juan Carlos Mejia of Choluteca told reporters the gangs had "
               'signed a pact. "This is a pause," Mejia said.\n')
    bishop = actor(ex, "Juan Carlos Mejia")
    assert bishop is not None and "Mejia" in bishop.aliases
    assert not any(a.name.startswith("Auxiliary") for a in ex.actors)


def test_a_participle_after_a_wanted_act_speaks_for_the_main_subject() -> None:
    ex = _mini("Coalition talks\nOSLO - The Labour leader, Ana Berg, demanded that President Karl Voss give her a "
               "mandate, saying the president had ignored the voters.\n")
    claims = [c for c in ex.claims if "voters" in c.claim]
    assert claims and all(c.by == "Ana Berg" for c in claims)


def test_the_government_is_the_state_whose_voice_the_paragraph_gives() -> None:
    ex = _mini("Dam talks\nNAIROBI - Uganda and Sudan opened a new round of talks on the dam on Monday. Uganda wants a "
               "guaranteed flow. Sudan says the dam is vital for its power supply.\n\nIn Khartoum, Sudan's water "
               "minister, Omar Hassan, said the offer was a good start. The government would study it closely, he "
               "said.\n\nUgandan officials were more cautious. The government has asked for an independent study, a "
               "Ugandan official said.\n")
    assert "the government" in aliases(ex, "Sudan")
    reqs = [e.sources for e in ex.events if e.type == "REQUEST"]
    assert ["Uganda"] in reqs  # the paragraph of Uganda's voice keeps Uganda's government


def test_a_paragraph_of_two_states_voices_leaves_the_government_to_the_story() -> None:
    ex = _mini("Fishing deal\nLISBON - Chile and Peru signed a fishing deal on Friday. Peru's government said the deal "
               "would create jobs. The government also promised to review licences each year.\n")
    assert "the government" in aliases(ex, "Peru")
    assert "the government" not in aliases(ex, "Chile")


def test_the_diplomat_after_one_diplomat_is_that_unnamed_one_not_the_last_speaker() -> None:
    ex = _mini("Quota talks\nGENEVA - Japan's negotiator, Kenji Mori, said the quota was fair. One diplomat close to "
               "the talks said the deal was still far off. \"Nobody is ready to move,\" the diplomat said.\n")
    assert "the diplomat" not in aliases(ex, "Kenji Mori")


def test_a_bare_state_ministry_is_the_state_whose_voice_the_paragraph_gives() -> None:
    ex = _mini("Dam talks\nNAIROBI - Uganda and Sudan opened a new round of talks on the dam on Monday in Kampala. "
               "Uganda wants a guaranteed flow. Uganda's president said the talks were vital.\n\nIn Khartoum, Sudan's "
               "prime minister, Omar Hassan, said the offer was a good start. The foreign ministry would study it "
               "closely, he said.\n")
    assert "the foreign ministry" in aliases(ex, "Sudan")
    assert "the foreign ministry" not in aliases(ex, "Uganda")
