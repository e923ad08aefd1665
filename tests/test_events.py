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
    ex = extract(make_article("Headline\nTens of thousands of Serbian students rallied in the capital on Friday.",
                              article_id="t", published=SAT))
    serbian = {"Serbia"} | {a.name for a in ex.actors if "Serbia" in a.affiliations}  # the crowd, or its state
    assert any(e.type == "PROTEST" and serbian & set(e.sources) for e in ex.events)


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


def _typed(text: str) -> list[tuple[str, list[str], list[str]]]:
    return [(e.type, e.sources, e.targets) for e in _events("Headline\n" + text)]


def test_promised_cooperative_act_is_an_agreement_not_the_act() -> None:
    got = _typed("Norway will provide humanitarian aid to Sudan.")
    assert [t for t, _, _ in got] == ["AGREE"] and got[0][1] == ["Norway"]


def test_promised_hostile_act_is_a_threat_and_a_refused_one_a_rejection() -> None:
    assert [(t, s) for t, s, _ in _typed("Hungary said it will boycott the summit unless Serbia apologises.")] == \
        [("THREATEN", ["Hungary"])]
    assert [(t, s) for t, s, _ in _typed("Serbia will not accept the proposal.")] == [("REJECT", ["Serbia"])]


def test_future_predicted_by_another_actor_is_no_commitment() -> None:
    assert not any(t in ("THREATEN", "ASSAULT") and "Russia" in s for t, s, _ in
                   _typed("Germany said Russia will attack Ukraine in the spring."))


def test_conditional_offer_is_no_agreement() -> None:
    got = _typed("Hamas said it would release all remaining hostages only if Israel withdrew from Gaza.")
    assert not any(t in ("AGREE", "RETREAT") for t, _, _ in got)


def test_saying_another_actor_must_act_is_a_request_of_it() -> None:
    got = _typed("Russia said on Tuesday that Sudan must return the helicopter.")
    assert ("REQUEST", ["Russia"], ["Sudan"]) in got
    assert not any(t == "REQUEST" for t, _, _ in _typed("Russia said on Tuesday that it must return the helicopter."))


def test_what_is_done_to_the_object_decides_the_category() -> None:
    assert [t for t, _, _ in _typed("Turkey imposed a curfew in the town of Cizre.")] == ["COERCE"]
    assert [t for t, _, _ in _typed("Israel lifted the blockade on Gaza on Friday.")] == ["RETREAT"]
    assert [t for t, _, _ in _typed("France sent troops to Mali.")] == ["MOBILIZE"]
    lodged = _typed("Poland lodged an official protest with Hungary.")
    assert [(t, s) for t, s, _ in lodged] == [("ACCUSE", ["Poland"])]


def test_declining_to_comment_is_no_refusal() -> None:
    assert not _typed("Hungary declined to comment on the proposal.")
    assert [t for t, _, _ in _typed("Hungary declined to sign the proposal.")] == ["REJECT"]


def test_a_question_is_no_request() -> None:
    assert not any(t == "REQUEST" for t, _, _ in _typed("Poland asked Hungary about the tour."))
    assert any(t == "REQUEST" for t, _, _ in _typed("Poland asked Hungary to extradite the suspect."))


def test_vowing_harm_is_a_threat() -> None:
    assert [t for t, _, _ in _typed("Hamas vowed to attack Israel.")] == ["THREATEN"]


def test_reported_told_clause_is_a_fact() -> None:
    got = _typed("Israeli soldiers beat up Palestinian detainees, a court martial was told today.")
    assert any(t == "ASSAULT" and "Israel" in s for t, s, _ in got)


def test_troops_arriving_are_a_deployment_not_a_visit() -> None:
    got = _typed("French troops arrived in Mali on Tuesday.")
    assert "CONSULT" not in {t for t, _, _ in got} and "MOBILIZE" in {t for t, _, _ in got}


def test_passive_agent_is_the_source_and_the_subject_the_target() -> None:
    got = _typed("The Hungarian embassy was attacked by Serbian militiamen on Friday.")
    assert any(t == "ASSAULT" and s == ["Serbia"] for t, s, _ in got)


def test_clause_of_a_reiterated_demand_is_the_request_not_a_concession() -> None:
    got = _typed("The International Labor Office reiterated its demand today that Israel ease restrictions on workers.")
    assert [t for t, _, _ in got] == ["REQUEST"]


def test_their_refers_to_the_whole_coordinated_subject() -> None:
    got = _typed("Gondor and Osgiliath have postponed their meeting after a hafling was reported.".replace(
        "Gondor", "Hungary").replace("Osgiliath", "Serbia"))
    assert any(t == "CONSULT" and set(s) == {"Hungary", "Serbia"} for t, s, _ in got)


def test_about_to_restore_ties_is_an_announced_act_of_the_subject() -> None:
    got = _typed("Hungary is about to restore full diplomatic ties with Serbia.")
    assert got and got[0][1] == ["Hungary"] and "Serbia" in got[0][2]


def test_aim_of_a_noun_is_no_event() -> None:
    got = _typed("Refugees protested against the Russian government's refusal to accept the independence of Chechnya.")
    assert "AGREE" not in {t for t, _, _ in got}


def test_giving_money_is_aid_and_abandoning_ties_a_sanction() -> None:
    assert [t for t, _, _ in _typed("Hungary contributed a million euros to Serbia.")] == ["AID"]
    assert [t for t, _, _ in _typed("Hungary abandoned diplomatic ties with Serbia.")] == ["SANCTION"]


def test_a_denial_is_a_rejection_and_the_denied_act_no_event() -> None:
    assert [(t, s) for t, s, _ in _typed("Myanmar's army denied carrying out the raid.")] == [("REJECT", ["Myanmar army"])]
    assert [t for t, _, _ in _typed("Israel denied access to the aid convoy.")] == ["COERCE"]


def test_cannot_accept_is_a_rejection_and_a_minister_speaks_for_his_state() -> None:
    assert [(t, s) for t, s, _ in _typed("Norwegian minister Ingrid Aasland said Oslo could not endorse the text.")] == \
        [("REJECT", ["Norway"])]
    assert [(t, s) for t, s, _ in _typed("Turkish Foreign Minister Hakan Fidan said Ankara would not take part "
                                         "in another round.")] == [("REJECT", ["Turkey"])]
    assert [t for t, _, _ in _typed("Ethiopia's delegation brushed the demands aside.")] == ["REJECT"]


def test_an_act_done_in_protest_is_a_protest() -> None:
    got = _typed("Panama's lead negotiator, Eduardo Quintero, led delegates out of the plenary in protest at the draft.")
    assert [(t, s) for t, s, _ in got] == [("PROTEST", ["Eduardo Quintero"])]


def test_figure_of_speech_is_no_attack_and_closing_a_border_is_coercion() -> None:
    assert _typed("Zambian envoy Chileshe Mwansa struck a hopeful note.") == []
    assert [t for t, _, _ in _typed("Pakistan closed both main crossings with Afghanistan.")] == ["COERCE"]


def test_labour_strike_is_a_protest_not_an_assault() -> None:
    assert [t for t, _, _ in _typed("The INMA held an all-out strike in the region on Tuesday.")] == ["PROTEST"]
    assert [t for t, _, _ in _typed("Israeli strikes killed 12 people in Gaza on Tuesday.")] == ["ASSAULT"]


def test_recalled_past_events_are_background() -> None:
    assert _typed("The INMA last held an all-out strike in the region in 2019.") == []
    assert _typed("The Polisario Front ended the 1991 ceasefire in November 2020.") == []


def test_one_act_told_by_several_triggers_is_one_event() -> None:
    got = _typed("A Turkish drone struck a vehicle near Qamishli on Saturday, killing two fighters.")
    assert [t for t, _, _ in got] == ["ASSAULT"]
    two = _typed("Israeli air strikes killed 19 people in Gaza City, and the Israeli military said it had struck "
                 "a Hamas command post in Khan Younis on Tuesday.")
    assert [t for t, _, _ in two] == ["ASSAULT", "ASSAULT"]


def test_demand_voiced_by_a_march_is_part_of_the_protest() -> None:
    got = _typed("Several hundred protesters from the Kayapo Alliance marched on Tuesday to demand a halt to oil "
                 "exploration and briefly blocked the main entrance.")
    assert [t for t, _, _ in got] == ["PROTEST"]


def test_members_of_the_speaker_are_the_speaker() -> None:
    got = _typed("The Riverton Education Association said its members would walk off the job on October 1 unless "
                 "a deal is reached.")
    assert [(t, s) for t, s, _ in got] == [("THREATEN", ["Riverton Education Association"])]


def test_question_and_description_are_no_events() -> None:
    assert _typed("Asked whether she expected a breakthrough, UN envoy Maria Angela Holguin smiled.") == []
    assert not any(t == "SUPPORT" for t, _, _ in _typed("Mr Zelenskyy spoke to European capitals that have backed "
                                                          "changes to the plan."))


def test_putting_a_proposal_to_the_other_side_is_proposing() -> None:
    got = _typed("Mexico on Monday sent the United States a revised schedule for paying down its water debt.")
    assert [(t, s, g) for t, s, g in got] == [("AGREE", ["Mexico"], ["United States"])]


def test_accepting_nothing_short_of_is_a_rejection_and_an_open_question_no_promise() -> None:
    assert [t for t, _, _ in _typed("The Polisario Front said it would accept nothing short of a referendum.")] == ["REJECT"]
    assert _typed("Washington has not said whether it will accept.") == []
    assert [t for t, _, _ in _typed("Japan disputes that interpretation.")] == ["REJECT"]


def test_participle_with_an_agent_tells_who_fired() -> None:
    got = _typed("Morocco's army said four projectiles fired by Polisario fighters had landed near Mahbes.")
    assert [(t, s) for t, s, _ in got] == [("ASSAULT", ["Polisario"])]


def test_days_of_talks_are_talks_of_the_subject() -> None:
    got = _events("Headline\nThe foreign ministers of Armenia and Azerbaijan ended two days of talks in Abu Dhabi on "
                  "Wednesday.")
    assert [(e.type, e.sources, e.place, e.date) for e in got] == [
        ("CONSULT", ["Armenia", "Azerbaijan"], "Abu Dhabi", dt.date(2025, 12, 3))]


def test_narrated_act_takes_the_day_its_paragraph_tells_of() -> None:
    got = _events("Headline\nEgypt rejected the draft on Wednesday. Ethiopia's delegation brushed the demands aside. "
                  "Ethiopia will reject any quota.")
    assert [(e.type, e.sources, e.date) for e in got if e.sources == ["Ethiopia"]] == [
        ("REJECT", ["Ethiopia"], dt.date(2025, 12, 3)), ("REJECT", ["Ethiopia"], None)]


def test_dateline_city_is_the_venue_of_the_talks() -> None:
    got = _events("Headline\nGENEVA – Morocco and Algeria held talks with each other at the UN on Tuesday.\n"
                  "Algeria rejected the plan that was put to it on Tuesday. Israeli air strikes hit Gaza on Tuesday.")
    assert [(e.type, e.place) for e in got] == [("CONSULT", "Geneva"), ("REJECT", "Geneva"), ("ASSAULT", "Gaza")]


def test_name_verb_object_misread_as_a_noun_phrase_is_still_an_act() -> None:
    evs = _events("Headline\nUnion leader Ray Kowalczyk spoke on Friday.\nKowalczyk accused management of trying to "
                  "intimidate strikers and said the union had filed a charge.")
    assert ("ACCUSE", ["Ray Kowalczyk"]) in [(e.type, e.sources) for e in evs]


def test_striking_workers_describe_people_and_cutting_benefits_is_a_sanction() -> None:
    got = _typed("Boeing ended health insurance for striking workers on May 15.")
    assert [(t, s) for t, s, _ in got] == [("SANCTION", ["Boeing"])]


def test_calling_a_charge_baseless_rejects_it() -> None:
    assert [t for t, _, _ in _typed("The Turkish defence ministry called the charge baseless.")] == ["REJECT"]


def test_warning_of_a_fact_is_no_threat_but_warning_of_an_act_is() -> None:
    assert not any(t == "THREATEN" for t, _, _ in _typed(
        "Pakistani trader Haji Gul Mohammad Afridi urged both governments to reopen the border, warning that traders "
        "were losing $2 million a day."))
    assert [t for t, _, _ in _typed("Russian spokeswoman Maria Zakharova warned that Moscow would not recognise "
                                    "the arrangements.")] == ["THREATEN"]


def test_ignored_warnings_are_a_topic_not_a_threat() -> None:
    assert not any(t == "THREATEN" for t, _, _ in _typed("China ignored repeated warnings from the Philippines."))


def test_wanting_another_side_to_act_is_a_request_of_it_and_the_wished_act_no_event() -> None:
    assert [(t, s, g) for t, s, g in _typed("Israel expects Hamas to release the hostages.")] == [
        ("REQUEST", ["Israel"], ["Hamas"])]
    assert _typed("Russia wants to end the war.") == []


def test_members_reported_by_their_union_are_the_union() -> None:
    got = _typed("The Irish Nurses and Midwives Alliance said 81 per cent of members had voted against the package.")
    assert [(t, s) for t, s, _ in got] == [("REJECT", ["Irish Nurses and Midwives Alliance"])]


def test_strike_or_lockout_notice_is_a_threat_and_an_offer_to_host_talks_no_talks() -> None:
    assert [(t, s) for t, s, _ in _typed("The Meridian Pilots Association served 72-hour strike notice on Sunday.")] == [
        ("THREATEN", ["Meridian Pilots Association"])]
    assert [t for t, _, _ in _typed("Saudi Arabia offered to host talks between the two sides in Jeddah.")] == ["AGREE"]


def test_bare_hit_back_is_no_event_but_hitting_back_at_someone_is() -> None:
    bare = _events("Headline\nThe Emiratis had already hit back.\n\nThe army said on Monday it would keep fighting.")
    assert not [e for e in bare if "hit" in e.label]
    aimed = _events("Headline\nThe UAE hit back at the Sudanese army on Monday.")
    assert [e.type for e in aimed if "hit" in e.label] == ["ACCUSE"]


def test_voting_to_authorise_a_strike_is_a_threat_and_joining_one_a_protest() -> None:
    got = _typed("Members of the Writers Guild of America voted overwhelmingly to authorise a strike on Tuesday.")
    assert [(t, s) for t, s, _ in got] == [("THREATEN", ["Writers Guild of America"])]
    assert [t for t, _, _ in _typed("The Meridian Pilots Association joined the strike on Monday.")] == ["PROTEST"]
    assert [t for t, _, _ in _typed("Israel launched strikes on Gaza on Tuesday.")] == ["ASSAULT"]


def test_its_members_are_the_group_of_the_previous_sentence() -> None:
    got = _typed("The Africa Group warned that it would block adoption of the annex. "
                 "Its members walked out of an informal session on Wednesday evening.")
    assert ("PROTEST", ["Africa Group"]) in [(t, s) for t, s, _ in got]


def test_a_warning_and_the_act_it_threatens_are_one_threat() -> None:
    got = _typed("Daniel Reyes warned that the United States was prepared to impose sanctions on any individual.")
    assert [t for t, _, _ in got] == ["THREATEN"]
    one = _typed("The Africa Group warned that it would block adoption of the annex at the World Health Assembly.")
    assert [t for t, _, _ in one] == ["THREATEN"]


def test_the_two_sides_are_the_parties_of_the_talks() -> None:
    got = _typed("Armenia and Azerbaijan held talks in Geneva on Monday. "
                 "Despite the failure, the leaders agreed to meet again in Brussels on February 19.")
    assert ("AGREE", ["Armenia", "Azerbaijan"]) in [(t, s) for t, s, _ in got]


def test_a_purpose_or_proposed_infinitive_is_an_aim_not_an_act() -> None:
    assert _typed("The talks centred on a US proposal for Rwandan forces to withdraw from Congolese territory.") == []
    assert [t for t, _, _ in _typed("Khalid Al-Mansouri met Daniel Reyes on Tuesday to coordinate the two tracks.")] == [
        "CONSULT"]
    assert [t for t, _, _ in _typed("Rwandan forces began to withdraw from Goma on Monday.")] == ["RETREAT"]
    assert _typed("Egypt moved to shore up the talks.") == []
    assert [t for t, _, _ in _typed("Up to 1,000 Kurds began a hunger strike on Monday to protest against the ruling.")] == [
        "PROTEST"]


def test_compound_named_in_an_issued_notice_is_no_issuer() -> None:
    got = _typed("The United States held Iran talks in Oman on Monday.")
    assert [(t, s, g) for t, s, g in got] == [("CONSULT", ["United States"], ["Iran"])]


def test_negotiators_led_by_a_person_act_through_him() -> None:
    got = _typed("Federal negotiators, led by National Security Adviser Redwan Hussien, presented a revised roadmap on Tuesday.")
    assert [(t, s) for t, s, _ in got] == [("AGREE", ["Redwan Hussien"])]
    team = _typed("The Taliban team, headed by Deputy Interior Minister Sharafuddin Haqyar, rejected the request outright.")
    assert [(t, s) for t, s, _ in team] == [("REJECT", ["Taliban", "Sharafuddin Haqyar"])]


def test_an_act_done_without_is_no_event_and_a_relative_clause_names_its_object() -> None:
    got = _typed("Congolese and Rwandan officials ended two days of talks on Tuesday without agreeing on a timetable.")
    assert "AGREE" not in [t for t, _, _ in got]
    idea = _events("Headline\nThe National Federation of Railway Workers met on Thursday. He suggested phasing in the "
                   "higher retirement age over ten years, an idea the National Federation of Railway Workers rejected.")
    assert [e.label for e in idea if e.type == "REJECT"][0].startswith("idea")
