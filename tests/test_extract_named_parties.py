"""Who a name or a description is: a crowd is not the bloc whose name turns its word round ("Developed countries"
beside the "Least Developed Countries Group"); a region's adjective is no state's ("Latin American"); a ship, a
firm and a state's nationals are no states, and a state's other name in apposition to a carrier is the carrier;
"the rotating presidency" is the state that holds it; a state's opposition lawmakers are a group of their own, and
"the government" they ask is their state's; an unnamed members' body ("the bondholder committee") is a party,
spoken for by "a person close to the committee", and a quote tagged with no actor ends the previous speaker's run."""

from __future__ import annotations

from graph.records import Extraction
from tests.extracting import actor, aliases, extracted


def _mini(text: str, published: str = "2026-05-20") -> Extraction:
    return extracted(text, published, article_id="mini")


def _names(ex: Extraction) -> set[str]:
    return {a.name for a in ex.actors}


def test_a_crowd_is_not_the_bloc_whose_degree_word_turns_it_round() -> None:
    ex = _mini("Finance talks\nThe least developed countries rejected the draft on Monday. Developed countries said "
               "they would not pay more. Island nations walked out. The Alliance of Small Island States said the "
               "text was weak.\n")
    assert "developed countries" not in aliases(ex, "Least Developed Countries Group")
    assert "island nations" in aliases(ex, "Alliance of Small Island States")  # a guard: the alliance's own crowd


def test_a_region_adjective_names_no_state() -> None:
    ex = _mini("Finance talks\nSeveral Latin American delegations objected to the new text on Friday, and North "
               "American negotiators rejected the plan that the chair had put to the room. South African officials "
               "rejected the plan too, saying it was not what they had been promised.\n")
    assert "United States" not in _names(ex) and not any("United States" in e.sources for e in ex.events)
    assert "South Africa" in _names(ex)  # a guard: a two-word adjective the gazetteer knows


def test_a_ship_first_read_as_a_place_is_no_state() -> None:
    ex = _mini("Ship row\nThe dispute is over the Marjana, a sail training ship built in 1938, which has been moored "
               "at a naval base in Kotor since 1992. Slovenia said it would sign nothing while the Marjana sits in "
               "Kotor. The Marjana sailed to Koper.\n")
    assert "Marjana" not in _names(ex)


def test_an_unknown_place_with_a_firms_word_is_a_firm() -> None:
    ex = _mini("Air talks\nPakistan offered more seats to the Gulf carriers on Monday. Air Arabia and Etihad Airways did "
               "not comment on the offer, which was made during two days of talks.\n")
    firm = actor(ex, "Air Arabia")
    assert firm is None or firm.type == "Organization"


def test_a_states_nationals_named_by_a_plural_are_no_state() -> None:
    ex = _mini("Prisoners\nChad freed two French nationals on Tuesday. The agency said the two Frenchmen had been "
               "pardoned as part of an arrangement.\n")
    assert "Frenchmen" not in _names(ex)


def test_a_states_other_name_beside_a_carrier_is_the_carrier() -> None:
    ex = _mini("Air talks\nIndia will not raise the cap unless Qatari carriers serve smaller cities. Emirates, the "
               "Dubai-based carrier, said it had offered to fly to more Indian cities. The UAE said the cap hurt "
               "travellers.\n")
    firm = actor(ex, "Emirates")
    assert firm is not None and firm.type == "Organization"
    assert "emirates" not in aliases(ex, "United Arab Emirates")
    assert "Qatari" not in _names(ex)  # a nationality before a common noun is no body


def test_the_rotating_presidency_is_the_state_that_holds_it() -> None:
    ex = _mini("Accession talks\nAlbania closed two chapters on Tuesday. Sweden, which holds the rotating presidency "
               "of the EU Council, said that it would work with all sides before the end of its presidency.\n",
               "2026-04-16")
    assert "the rotating presidency" in aliases(ex, "Sweden")
    assert "the rotating presidency" not in aliases(ex, "Albania")


def test_opposition_lawmakers_are_a_group_and_the_government_they_ask_is_theirs() -> None:
    ex = _mini("Prisoners\nAlbania closed two chapters on Tuesday. Hungary freed a Serbian reporter on Thursday. "
               "Hungarian opposition lawmakers demanded that the government explain what had been promised to "
               "Serbia.\n", "2026-04-16")
    group = actor(ex, "Hungarian opposition lawmakers")
    assert group is not None and group.type == "Group" and "Hungary" in group.affiliations
    assert "hungarian opposition lawmakers" not in aliases(ex, "Hungary")
    assert all(d.by != "Hungary" for d in ex.demands)
    assert "the government" not in aliases(ex, "Albania")


def test_an_unnamed_members_body_is_a_party_and_its_insider_speaks_for_it() -> None:
    ex = _mini("Debt talks\nThe creditor committee offered a 10 percent haircut on Monday. Official lenders have "
               "agreed to extend maturities, a European diplomat said. \"Fair treatment has to run both ways,\" the "
               "person close to the committee said. \"We will not accept a deeper cut unless the IMF shows us its "
               "numbers.\"\n")
    body = actor(ex, "Creditor committee")
    assert body is not None and body.type == "Group"
    assert all(d.by != "Europe" for d in ex.demands)
    assert any(d.by == "Creditor committee" and "numbers" in d.what for d in ex.demands)


def test_a_quote_tagged_with_no_actor_ends_the_previous_speakers_run() -> None:
    ex = _mini("Debt talks\nOfficial lenders have agreed to extend maturities, a European diplomat said. \"Fair "
               "treatment has to run both ways,\" a ministry source said. \"We will not accept a deeper cut unless "
               "the IMF shows us its numbers.\"\n")
    assert not any("numbers" in d.what for d in ex.demands if d.by == "Europe")
    assert not any("numbers" in p.target for p in ex.positions if p.holder == "Europe")


def test_the_role_of_an_unnamed_one_just_before_is_that_one_again() -> None:
    ex = _mini("Accession talks\nAlbania's chief negotiator, Elira Hoxha, said the obstacle was bilateral.\n\n"
               "A Greek diplomat in Brussels said Athens was \"not blocking anybody\". The diplomat said Greece could "
               "agree to close the chapter in June.\n", "2026-04-16")
    assert "the diplomat" not in aliases(ex, "Elira Hoxha")
    assert "the diplomat" in aliases(ex, "Greece")

