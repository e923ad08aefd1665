"""Ways news names whom a person works for, beyond "<State>'s minister, X": a portfolio with commas of its own,
"X of <State or party>", "X, who chairs <body>", "X, speaking for <body>", "a team led by X", "the network's
finance lead, X", an office opened by the seat of government ("In <capital>, Prime Minister X"), and a
commissioner in a story about the commission."""

from __future__ import annotations

from graph.records import ActorRecord, Extraction
from tests.extracting import extracted


def _mini(text: str, published: str = "2026-05-20") -> Extraction:
    return extracted(text, published, article_id="mini")


def _person(ex: Extraction, name: str) -> ActorRecord:
    a = next((a for a in ex.actors if a.name == name), None)
    assert a is not None, [x.name for x in ex.actors]
    return a


def test_a_portfolio_with_its_own_commas_still_names_the_state() -> None:
    ex = _mini("Water talks\nKenya's minister of fisheries, livestock and blue economy, Amos Wekesa, said Nairobi "
               "disagreed with the plan.\n")
    assert "Kenya" in _person(ex, "Amos Wekesa").affiliations


def test_a_state_or_party_after_of_is_the_persons_affiliation() -> None:
    ex = _mini("Fisheries talks\nPeru rejected the quota. Ahmed Ali of Egypt, who spoke after the vote, said the "
               "plan was flawed. \"We are ready,\" said Jonas Lind of the Green Left Party.\n")
    assert "Egypt" in _person(ex, "Ahmed Ali").affiliations
    assert "Green Left Party" in _person(ex, "Jonas Lind").affiliations


def test_a_person_who_chairs_or_speaks_for_a_body_belongs_to_it() -> None:
    ex = _mini("Climate talks\nThe African Group of Negotiators and the Alliance of Small Island States met on Monday. "
               "Amina Diallo, who chairs the African Group of Negotiators, said the text was weak. Sione Taufa, "
               "speaking for the Alliance of Small Island States, said the draft was unacceptable.\n")
    assert "African Group of Negotiators" in _person(ex, "Amina Diallo").affiliations
    assert "Alliance of Small Island States" in _person(ex, "Sione Taufa").affiliations


def test_the_leader_of_a_team_named_by_its_owner_belongs_to_the_owner() -> None:
    ex = _mini("Loan talks\nA World Bank team led by mission chief Olaf Brandt ended a visit to Lusaka on Tuesday. "
               "Zambia, the upstream state, has largely watched. But its delegation, led by the secretary of state "
               "for energy, Rui Matola, asked for a grant on Wednesday.\n")
    assert "World Bank" in _person(ex, "Olaf Brandt").affiliations
    assert "Zambia" in _person(ex, "Rui Matola").affiliations


def test_a_lead_after_a_possessor_is_an_office_of_that_body() -> None:
    ex = _mini("Finance talks\nThe Tax Justice Network criticised the text on Monday. The network's finance lead, "
               "Maria Kovacs, said the deal was unfair.\n")
    assert "Tax Justice Network" in _person(ex, "Maria Kovacs").affiliations


def test_an_office_opened_by_a_capital_is_that_states() -> None:
    ex = _mini("Chapter talks\nSerbia wants to close the chapter. In Belgrade, Prime Minister Milan Jovic said on "
               "Wednesday that Serbia would not be blackmailed.\n")
    assert "Serbia" in _person(ex, "Milan Jovic").affiliations


def test_a_dateline_alone_gives_no_office_a_state() -> None:  # a guard: a visiting minister is no local one
    ex = _mini("OTTAWA — Canada and China met on Tuesday. Commerce Minister Li Wen said China would lift the "
               "tariff if Canada did the same.\n")
    assert "Canada" not in _person(ex, "Li Wen").affiliations


def test_a_commissioner_in_a_story_about_the_commission_is_its_own() -> None:
    ex = _mini("Accession\nThe European Commission has tried to stay out of the row. Trade Commissioner Anna Berg said "
               "Serbia had done its homework.\n")
    assert "European Commission" in _person(ex, "Anna Berg").affiliations


def test_an_office_of_one_states_ministry_portfolio_is_that_states() -> None:
    ex = _mini("Debt talks\nLONDON — Ghana's finance ministry said on Monday that talks with bondholders had stalled. "
               "Finance Minister Kofi Mensah told parliament on Tuesday that the government would negotiate in good "
               "faith. Norway and Ghana signed a grant deal.\n")
    assert "Ghana" in _person(ex, "Kofi Mensah").affiliations


def test_a_mediators_ministry_gives_no_office_its_state() -> None:  # a guard: every state has a foreign minister
    ex = _mini("Kashmir\nPakistan and India agreed to talk. Foreign Minister Saleem Qadri told parliament on Tuesday that "
               "Pakistan welcomed the offer, after Turkey's foreign ministry said Ankara was ready to help.\n")
    assert "Turkey" not in _person(ex, "Saleem Qadri").affiliations


def test_who_works_for_a_body_serves_it() -> None:
    ex = extracted("Port talks\nSANTOS - The Santos Port Authority said on Monday that the ships would wait. Paulo "
                   "Reis, who works for the Santos Port Authority, said the queue would clear by Friday.\n",
                   "2025-06-11", article_id="mini")
    assert "Santos Port Authority" in _person(ex, "Paulo Reis").affiliations
