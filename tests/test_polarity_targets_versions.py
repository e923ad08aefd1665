"""Negation and polarity, event targets, bargaining acts, rival versions and demand fragments on short synthetic
sentences (graph/extract/events.py, claims.py, demands.py; events.json open_offer_words, duty_verbs, object_rules;
demands_claims.json permission_nouns)."""

from __future__ import annotations

import datetime as dt

from graph.records import Extraction
from tests.extracting import extracted

WED = dt.date(2026, 5, 20)


def _ex(body: str) -> Extraction:
    return extracted("Talks\n\n" + body + "\n", WED, article_id="pv")


def _events(body: str) -> list[tuple[str, list[str]]]:
    return [(e.type, e.sources) for e in _ex(body).events]


# negation and polarity

def test_agreeing_to_nothing_is_a_refusal_not_an_agreement() -> None:
    evs = _events('Poland\'s foreign minister, Adam Nowak, said on Tuesday that Warsaw would "agree to nothing while the '
                  'tanker sits in Gdansk."')
    assert ("REJECT", ["Poland"]) in evs and not [t for t, _ in evs if t == "AGREE"]


def test_no_power_of_veto_is_no_veto() -> None:
    assert not [t for t, _ in _events("The River Board has no power of veto.") if t == "REJECT"]


def test_declining_to_rule_out_a_move_is_a_threat() -> None:
    evs = _events("Estonia declined to rule out a blockade.")
    assert evs == [("THREATEN", ["Estonia"])]


def test_not_ruling_out_a_compromise_is_neither_threat_nor_refusal() -> None:
    assert _events("Norway did not rule out a compromise.") == []


def test_refusing_a_premise_with_must_is_no_demand_of_it() -> None:
    ex = _ex("Latvia said it would not accept that the port must stay closed.")
    assert not [d for d in ex.demands if "closed" in d.what]


def test_not_acting_without_anothers_consent_is_a_pledge_not_a_demand() -> None:
    ex = _ex("Poland has said it will not build without the council's consent.")
    assert not [d for d in ex.demands if "consent" in d.what]


def test_not_acting_without_our_consent_still_asks_for_it() -> None:
    ex = _ex('"Nobody will sign that deal without our consent," the Aymara council said. Bolivia will not sign without '
             "guarantees.")
    assert [d for d in ex.demands if "guarantees" in d.what]


# event targets

def test_a_party_named_deep_inside_what_is_asked_for_is_not_asked() -> None:
    ex = _ex("The creditors' lawyer, Harlow Finch, wrote to Ghana on Tuesday asking for access to the World Bank's "
             "debt model.")
    ask = next(e for e in ex.events if e.type == "REQUEST")
    assert ask.targets == ["Ghana"]


def test_asking_for_a_partys_help_still_asks_that_party() -> None:
    ask = next(e for e in _ex("Peru asked for Chile's help.").events if e.type == "REQUEST")
    assert ask.targets == ["Chile"]


def test_a_ministers_denial_of_his_own_states_deal_does_not_target_it() -> None:
    ex = _ex("Norway's foreign minister, Ola Berg, confirmed the release but denied that Oslo had made a deal.")
    assert [e.targets for e in ex.events if e.type == "REJECT"] == [[]]


def test_talks_with_a_delegation_include_the_speakers_side() -> None:
    ex = _ex("Kenya's trade secretary said on Wednesday that talks with a Tanzanian delegation had ended without "
             "agreement.")
    talks = next(e for e in ex.events if e.type == "CONSULT")
    assert "Kenya" in talks.sources and "Tanzania" in talks.targets


# bargaining acts and non-eventive uses

def test_withholding_consent_closing_chapters_and_floating_a_compromise_are_events() -> None:
    evs = _events("Greece withheld its consent to closing the chapter on Tuesday. Albania closed two negotiating "
                  "chapters on Tuesday. Britain and Germany floated a compromise on Friday.")
    assert ("REJECT", ["Greece"]) in evs and ("AGREE", ["Albania"]) in evs
    assert any(t == "AGREE" and set(a) == {"Germany", "United Kingdom"} for t, a in evs)


def test_calling_a_plenary_convenes_it_and_calling_a_meeting_useful_does_not() -> None:
    evs = _events("The African Union has called an informal plenary for 13:00 local time. Kenya called the meeting useful.")
    assert evs == [("CONSULT", ["African Union"])]


def test_a_treaty_duty_to_consult_is_no_consultation() -> None:
    assert _events("The Zambezi Commission was set up by a 2001 treaty and obliges the member states to consult one "
                   "another before any dam is built.") == []


def test_an_arrangement_agreed_last_year_is_no_agreement_of_the_speaker() -> None:
    evs = _events('Zambia\'s Ana Mwale, who chairs the talks under a power-sharing arrangement agreed last year, said '
                  'the text was "the last big rock."')
    assert evs == []


def test_leaving_a_conference_without_what_it_wanted_is_no_walkout() -> None:
    assert not [t for t, _ in _events("Malawi left the summit on Tuesday without the water quota it wanted most.")
                if t == "PROTEST"]


def test_those_pardoned_in_a_passive_conjunct_did_not_release_anyone() -> None:
    evs = _events("The judiciary's news agency said the two Danes had been \"spies working for a foreign service\" and "
                  "had been \"pardoned as part of an arrangement\" that brought Ali Mahamat home.")
    assert not [t for t, _ in evs if t == "RETREAT"]


def test_what_a_side_does_as_a_rule_is_no_event() -> None:
    assert _events('An IMF spokesperson said the Fund "shares its analysis with the authorities, who decide what to '
                   'share with creditors."') == []


# claims: rival versions and grounds

def test_two_sides_versions_in_one_sentence_are_claims_disputed_by_each_other() -> None:
    ex = _ex("Slovenia says the yacht was seized by Italian police in its port of Koper and must be returned; Italy "
             "says it was lawfully held by the Italian navy and is part of its naval heritage.")
    by = {c.by: [d.by for d in c.disputes] for c in ex.claims}
    assert by == {"Slovenia": ["Italy"], "Italy": ["Slovenia"]}
    assert not any("returned" in c.claim for c in ex.claims)
    assert [d.what for d in ex.demands if d.by == "Slovenia"] == ["yacht returned"]


def test_a_quote_after_its_sides_rejection_is_its_grounds() -> None:
    ex = _ex('China\'s envoy, Wang Lei, rejected the idea. "Under the treaty, the obligation to pay lies with rich '
             'countries. That is not up for renegotiation," he said.')
    assert any("obligation to pay" in c.claim for c in ex.claims)


def test_a_quoted_there_has_been_no_x_is_a_claim() -> None:
    ex = _ex('Norway\'s foreign minister, Ola Berg, spoke on Tuesday. "There has been no exchange. The prisoner was '
             'moved under the usual rules," he told reporters.')
    assert any("no exchange" in c.claim for c in ex.claims)


# demands: fragments and mandative asks of non-actors

def test_a_writers_gloss_after_a_condition_is_no_demand() -> None:
    ex = _ex('Canada\'s envoy, Paul Roy, said Ottawa was ready to support a doubling "only if the donor base is '
             'broadened" to include "countries able to pay," a reference to China and the Gulf states.')
    assert [d.what for d in ex.demands] == ["donor base broadened to include countries able to pay"]


def test_places_listed_in_one_condition_are_one_demand() -> None:
    ex = _ex("Peru offered 500 extra fishing licences, on the condition that they be used only in Arica, Ilo and a list "
             "of five smaller ports.")
    assert [d.what for d in ex.demands] == ["they used only in Arica Ilo and list of five smaller ports"]


def test_a_phrase_of_the_ask_set_off_by_a_comma_is_no_demand_of_its_own() -> None:
    ex = _ex('Commissioner Marta Lind urged "both neighbours to find a solution quickly, in the spirit of good '
             'neighbourly relations."')
    assert len(ex.demands) == 1 and "solution" in ex.demands[0].what


def test_a_quote_after_said_and_a_colon_is_no_list_of_demands() -> None:
    ex = _ex('Asked whether Chile had accepted the condition, Peru\'s minister said: "They have taken it home."')
    assert not ex.demands


def test_insisting_that_a_non_actor_take_losses_is_a_demand_not_a_claim() -> None:
    ex = _ex("Beijing has insisted that private creditors take comparable losses.")
    assert [d.what for d in ex.demands] == ["take comparable losses"] and not ex.claims
