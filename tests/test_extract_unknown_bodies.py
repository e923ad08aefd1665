"""Bodies the gazetteer does not know are read as bodies: a firm's national branch, a firm named with a title
word or a state's name in front, a firm that calls itself "it"; firm descriptors never name a regulator; an
unnamed rival group is one actor and "the two sides"; an appositive speaker's "its" is the clause's body."""

from __future__ import annotations

from graph.records import ActorRecord, Extraction
from tests.extracting import extracted


def _mini(text: str, published: str = "2026-06-13") -> Extraction:
    return extracted(text, published, article_id="mini")


def _actor(ex: Extraction, name: str) -> ActorRecord | None:
    return next((a for a in ex.actors if a.name == name), None)


def _holders(ex: Extraction, typ: str) -> list[list[str]]:
    return [e.sources for e in ex.events if e.type == typ]


def test_a_name_closed_by_a_country_is_a_firms_branch_not_a_person() -> None:
    ex = _mini("Fee row\nACCRA - Vodaline Ghana said on Friday it would appeal against the fine. Ghana's regulator "
               "said the fine was fair.\n")
    branch = _actor(ex, "Vodaline Ghana")
    assert branch is not None and branch.type == "Organization"
    state = _actor(ex, "Ghana")
    assert state is not None and state.type == "State"


def test_a_title_word_before_a_trade_word_opens_a_firms_name() -> None:
    ex = _mini("Supply deal\nLONDON - Halden Motors said on Friday it had rejected the union's offer. Premier Foods "
               "said it supported the new contract.\n")
    firm = _actor(ex, "Premier Foods")
    assert firm is not None and firm.type == "Organization"
    assert not any(a.name == "Foods" or "Premier" in a.roles for a in ex.actors)
    assert ["Premier Foods"] in _holders(ex, "SUPPORT")


def test_a_name_that_speaks_of_itself_as_it_is_a_body() -> None:
    ex = _mini("Contract talks\nHalden Motors said on Friday it had rejected the union's latest offer. Ansaru Wale "
               "said it supported the new contract.\n")
    a = _actor(ex, "Ansaru Wale")
    assert a is not None and a.type == "Organization"
    assert ["Halden Motors"] not in _holders(ex, "SUPPORT")


def test_a_body_whose_name_opens_with_a_state_is_not_that_state() -> None:
    ex = _mini("Data pact\nBRUSSELS - The U.S. Chamber of Commerce said on Tuesday it supported the data framework "
               "and accused European regulators of moving the goalposts.\n", "2026-11-04")
    body = _actor(ex, "U.S. Chamber of Commerce")
    assert body is not None and body.type == "Organization"
    assert all("United States" not in e.sources for e in ex.events)


def test_a_firm_named_only_by_its_subject_role_is_an_actor_and_the_company() -> None:
    ex = _mini("Spectrum fee\nNAIROBI - Telvora said on Friday it was prepared to pay a disputed spectrum fee in "
               "instalments. The Communications Authority of Kenya had ordered the operator to pay the fee by "
               "June 15.\n\nOn June 5 the company said the fee was \"unlawful and confiscatory\".\n")
    firm = _actor(ex, "Telvora")
    assert firm is not None and firm.type == "Organization"
    regulator = _actor(ex, "Communications Authority of Kenya")
    assert regulator is not None
    assert not {"the company", "the operator"} & {x.lower() for x in regulator.aliases}
    assert {"the company", "the operator"} <= {x.lower() for x in firm.aliases}


def test_two_rival_clans_are_one_group_and_the_two_sides() -> None:
    ex = _mini("Clan truce\nTwo warring clans in Papua New Guinea's Enga province agreed on Thursday to a ceasefire "
               "after talks hosted by a church. A police commander, George Kakas, said the two sides had agreed to "
               "withdraw their fighters.\n", "2026-08-28")
    agree = _holders(ex, "AGREE")
    assert agree and all("Papua New Guinea" not in who for who in agree)
    assert any(who == ["Warring clans"] for who in agree)


def test_an_appositive_speakers_its_is_the_body_of_the_reported_clause() -> None:
    ex = _mini("Inspections\nRussia replied with a draft of its own, offering ten site visits a year.\n\nThe "
               "International Atomic Energy Agency has offered technical help with checking dismantled warheads, its "
               "director general, Rafael Grossi, said last week.\n", "2026-10-15")
    grossi = _actor(ex, "Rafael Grossi")
    assert grossi is not None and "Russia" not in grossi.affiliations
    assert not any("russia" in x.lower() for x in grossi.aliases)


def test_named_clans_are_actors_and_both_clans_are_they() -> None:
    ex = _mini("Clan truce\nMOUNT HAGEN - Leaders of the Tamba and Olop clans signed a truce on Thursday after three days "
               "of talks.\n\nBishop Paul Kuri, who chaired the talks, appealed to both clans to keep the truce.\n", "2026-08-28")
    for name in ("Tamba clan", "Olop clan"):
        a = _actor(ex, name)
        assert a is not None and a.type == "Group"
    request = next(e for e in ex.events if e.type == "REQUEST")
    assert set(request.targets) == {"Tamba clan", "Olop clan"}


def test_the_company_set_beside_its_parent_is_still_the_company() -> None:
    ex = _mini("Fee row\nACCRA - Vodaline Ghana said on Friday it would pay the fee. The National Communications "
               "Authority had ordered the operator to pay.\n\nOn June 5 the company, a unit of South Africa's Vodaline "
               "Group, said the fee was \"unlawful and confiscatory\".\n")
    assert {c.by for c in ex.claims} == {"Vodaline Ghana"}
    regulator = _actor(ex, "National Communications Authority")
    assert regulator is not None and "the operator" not in {x.lower() for x in regulator.aliases}


def test_the_company_set_beside_its_parent_is_not_the_parent_a_short_name_was_read_as() -> None:
    ex = _mini("Fee row\nNAIROBI - Zantel Kenya said on Friday it was prepared to pay a disputed spectrum fee. The "
               "Communications Authority of Kenya had ordered the operator to pay $100 million for a licence. He said "
               "Zantel would propose paying over five years. On June 5 the company, a unit of India's Zantel Group, said "
               "the fee was \"unlawful and confiscatory\" and that it would seek an injunction at the High Court.\n\n"
               "Zantel Group shares rose 2.3 per cent in Mumbai on Friday.\n")
    assert {c.by for c in ex.claims if "unlawful" in c.claim} == {"Zantel Kenya"}


def test_a_short_given_name_with_the_same_middle_and_last_names_is_the_same_person() -> None:
    ex = _mini("Fee row\nTrade Minister Samuel Kofi Mensah told parliament on June 3 that the fee would stand.\n\nThe "
               "opposition accused the government of squeezing the operator. Sam Kofi Mensah denied the charge.\n")
    assert _actor(ex, "Sam Kofi Mensah") is None
    assert _actor(ex, "Samuel Kofi Mensah") is not None


def test_initials_that_saw_a_document_are_the_news_agency() -> None:
    ex = _mini("Clubs reject plan\nTwo clubs, Dunmore and Kelso, on Monday rejected the league's plan to share "
               "money more evenly, according to a note seen by PA.\n", "2026-09-08")
    assert _actor(ex, "Palestinian Authority") is None


def test_general_closes_the_office_of_secretary_general() -> None:
    ex = _mini("Alliance backs talks\nNATO Secretary General Mark Rutte said in Brussels on Tuesday that the alliance "
               "backed the approach.\n", "2026-10-15")
    rutte = _actor(ex, "Mark Rutte")
    assert rutte is not None and "Secretary" not in rutte.roles


def test_a_body_for_the_cause_keeps_its_whole_name() -> None:
    ex = extracted("Attack in the centre\nBAMAKO - On Sunday morning, fighters of the al-Qaeda-linked Group for the "
                   "Support of Islam and Muslims (JNIM) attacked a military camp at Tarno, killing 14 soldiers.\n",
                   "2025-06-11", article_id="mini")
    names = {a.name for a in ex.actors}
    assert "Group for the Support of Islam and Muslims" in names
    assert "Group" not in names


def test_a_name_before_a_body_word_behind_lower_case_nouns_is_that_body() -> None:
    ex = extracted("Gang attack in the hills\nPORT-AU-PRINCE - Fighters from the Viv Ansanm gang coalition attacked the "
                   "hillside town of Kenscoff early on Tuesday, burning homes and a police post.\n",
                   "2025-06-11", article_id="mini")
    assert any(a.name == "Viv Ansanm" for a in ex.actors)
