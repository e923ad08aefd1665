"""Event place, date and type: where and when the text says the event happened, with PLOVER triggers."""

from __future__ import annotations

import datetime as dt

from graph.articles import make_article
from graph.extract import extract
from graph.extract.dates import find_dates
from graph.records import EventRecord

SAT = dt.date(2025, 12, 6)  # a Saturday


def _events(text: str, pub: dt.date = SAT) -> list[EventRecord]:
    return extract(make_article(text, article_id="t", published=pub)).events


def test_future_tense_applies_only_to_its_own_clause() -> None:
    text = "Officials said on Sunday they had settled the outline, clearing the way for Mr Trump to meet Mr Xi on Thursday."
    got = [d for _, d in find_dates(text, dt.date(2025, 10, 27))]
    assert got == [dt.date(2025, 10, 26), dt.date(2025, 10, 30)]


def test_event_place_is_its_locative_phrase_not_a_topic_place() -> None:
    evs = _events("Headline\nAfter a meeting with Mr Lavrov in Geneva, the two sides were no closer to resolving the crisis in Ukraine.")
    assert [e.place for e in evs if e.type == "CONSULT"] == ["Geneva"]


def test_seized_place_is_the_most_specific_one_named() -> None:
    evs = _events("Headline\nRussian forces seized the city of Pokrovsk in Ukraine on Monday.")
    assert [(e.type, e.place, e.date) for e in evs] == [("COERCE", "Pokrovsk", dt.date(2025, 12, 1))]


def test_days_after_counts_back_from_the_sentence_date() -> None:
    evs = _events("Headline\nHezbollah's leader on Friday denounced the decision, two days after Lebanon and Israel held talks.")
    talks = [e for e in evs if e.type == "CONSULT"]
    assert talks and talks[0].date == dt.date(2025, 12, 3)


def test_deadline_is_not_the_date_of_the_threat() -> None:
    evs = _events("Headline\nChina issued new rules on October 9. Mr Trump responded the next day by threatening "
                  "a 100 per cent tariff on Chinese goods from November 1.", dt.date(2025, 10, 27))
    assert [e.date for e in evs if e.type == "THREATEN"] == [dt.date(2025, 10, 10)]


def test_one_meeting_told_twice_is_one_event_with_its_place_and_date() -> None:
    evs = _events("Headline\nAfter a five-hour meeting with envoy Steve Witkoff, Yuri Ushakov said there was a lot of work "
                  "to be done. Steve Witkoff arrived for talks at the Kremlin on Tuesday.", dt.date(2025, 12, 3))
    consult = [e for e in evs if e.type == "CONSULT"]
    assert len(consult) == 1
    assert (consult[0].place, consult[0].date) == ("Kremlin", dt.date(2025, 12, 2))


def test_nationality_adjective_of_subject_is_the_source() -> None:
    evs = _events("Headline\nHungarian officials rejected the proposal.")
    assert [(e.type, e.sources) for e in evs] == [("REJECT", ["Hungary"])]


def test_staged_protest_is_a_protest_by_the_group() -> None:
    evs = _events("Headline\nThe Patriot League staged a protest outside the parliament in Velgrad on Friday.")
    assert any(e.type == "PROTEST" and "Patriot League" in e.sources for e in evs)


def test_rallying_crowd_takes_its_nationality_as_actor() -> None:
    evs = _events("Headline\nTens of thousands of Serbian students rallied in the capital on Friday.")
    assert any(e.type == "PROTEST" and "Serbia" in e.sources for e in evs)


def test_rally_as_a_setting_is_not_a_protest() -> None:
    evs = _events("Headline\nThe union leader, Ada Korr, told members at a rally on Thursday that talks would resume.")
    assert not any(e.type == "PROTEST" for e in evs)


def test_speaking_to_leaders_by_phone_is_a_phone_consultation() -> None:
    evs = _events("Headline\nSweden's prime minister, Lena Holm, said on Friday she had spoken to both leaders by phone.")
    assert any(e.type == "CONSULT" and e.mode == "phone" for e in evs)


def test_offering_humanitarian_aid_is_aid_not_agreement() -> None:
    evs = _events("Headline\nNorway has offered humanitarian aid to displaced families on both sides.")
    types = {e.type for e in evs}
    assert "AID" in types and "AGREE" not in types


def test_welcoming_or_violating_a_ceasefire_is_no_concession() -> None:
    evs = _events("Headline\nGermany welcomed the ceasefire on Friday. Poland accused Latvia of violating the truce.")
    assert not any(e.type == "CONCEDE" for e in evs)


def test_accused_act_is_an_allegation_not_an_event() -> None:
    evs = _events("Headline\nThe opposition accused the government of surrendering land to Latvia.")
    assert not any(e.type == "CONCEDE" for e in evs)
