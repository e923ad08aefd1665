"""Event place, date and type: where and when the text says the event happened, with PLOVER triggers."""

from __future__ import annotations

import datetime as dt

import pytest

from graph.articles import make_article
from graph.extract import extract
from graph.extract.dates import find_dates
from graph.records import EventRecord
from tests.extracting import extracted

SAT = dt.date(2025, 12, 6)  # a Saturday


def _events(text: str, pub: dt.date = SAT) -> list[EventRecord]:
    return extracted(text, pub).events


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


def test_a_strike_no_one_is_named_staging_is_no_event() -> None:
    """Over 105 studied articles every PROTEST kept with no source was one no annotator recorded (5 of 5):
    "thousands went on strike" names no party to the talks. ``actorless_types`` in lexicon.json can bring them back."""
    evs = _events("Headline\nThousands went on strike across the country on Monday.")
    assert not any(e.type == "PROTEST" for e in evs), [(e.type, e.sources) for e in evs]
    evs = _events("Headline\nThe Harbour Workers Union went on strike across the country on Monday.")
    assert any(e.type == "PROTEST" and e.sources == ["Harbour Workers Union"] for e in evs), [(e.type, e.sources) for e in evs]


@pytest.mark.parametrize(("text", "by"), [
    pytest.param("The Harbour Workers Union went on strike on Monday.", "Harbour Workers Union", id="went-on-strike"),
    pytest.param("Members of the Harbour Workers Union went on strike on Monday.", "Harbour Workers Union", id="members-of"),
    pytest.param("The Harbour Workers Union staged a strike on Monday.", "Harbour Workers Union", id="staged-a-strike"),
])
def test_a_union_going_on_or_staging_a_strike_is_a_protest_not_an_attack(text: str, by: str) -> None:
    """With no labour word beside "strike" itself, a workers' body as the doer still makes it a stoppage."""
    evs = _events("Headline\n" + text)
    assert [(e.type, e.sources) for e in evs] == [("PROTEST", [by])]


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
    assert [(t, s, g) for t, s, g in _typed("Israel expected Hamas to release the hostages.")] == [
        ("REQUEST", ["Israel"], ["Hamas"])]
    assert _typed("Russia wants to end the war.") == []


def test_members_reported_by_their_union_are_the_union() -> None:
    got = _typed("The Irish Nurses and Midwives Alliance said 81 per cent of members had voted against the package.")
    assert [(t, s) for t, s, _ in got] == [("REJECT", ["Irish Nurses and Midwives Alliance"])]


def test_strike_or_lockout_notice_is_a_threat_and_an_offer_to_host_talks_no_talks() -> None:
    assert [(t, s) for t, s, _ in _typed("The Meridian Pilots Association served 72-hour strike notice on Sunday.")] == [
        ("THREATEN", ["Meridian Pilots Association"])]
    assert [t for t, _, _ in _typed("Saudi Arabia offered to host talks between the two sides in Jeddah.")] == []
    # (a venue offered: gold codes it as an agreement 1 time in 8 over the studied articles, so no event)


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
    assert {t for t, _, _ in _typed("Up to 1,000 Hamas members began a hunger strike on Monday to protest against the ruling.")} == {
        "PROTEST"}


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


def test_naming_a_thing_with_a_dismissive_word_rejects_it() -> None:
    assert [(t, s) for t, s, _ in _typed('In a televised address, Kenya called the decision "null and void".')] == [
        ("REJECT", ["Kenya"])]
    assert [(t, s) for t, s, _ in _typed("Russia said the report was baseless.")] == [("REJECT", ["Russia"])]
    assert _typed("Kenya called the talks constructive.") == []  # praise of a thing names no rejection
    assert _typed("Russia did not call the report baseless.") == []


def test_carried_on_and_attempted_acts_are_the_acts() -> None:
    assert [t for t, _, _ in _typed("North Korea has tried to hack into the computers of South Korean officers.")] == ["COERCE"]
    assert [t for t, _, _ in _typed("Hamas continued its attacks on Israel on Monday.")] == ["ASSAULT"]
    assert _typed("Russia will try to seize the town.") == []  # a future attempt is no act


def test_subjectless_participle_takes_the_body_of_its_head_verb() -> None:
    got = _typed("The Pakistani foreign office went further on Thursday, demanding that India restore the treaty.")
    assert [(t, s, g) for t, s, g in got] == [("REQUEST", ["Pakistan"], ["India"])]


def test_strike_in_a_labour_dispute_is_the_unions_protest() -> None:
    evs = _events("Headline\nThe National Federation of Railway Workers rejected the offer on Friday. The strike on Monday "
                  "halted almost all suburban services, and a second stoppage on Wednesday hit freight traffic.")
    assert sorted((e.type, e.mode, tuple(e.sources)) for e in evs if e.type != "REJECT") == [
        ("PROTEST", "strike", ("National Federation of Railway Workers",))] * 2
    war = _events("Headline\nKenya rejected the offer on Friday. The strike on Monday destroyed a bridge.")
    assert not [e for e in war if e.type == "PROTEST"]  # no union, no labour dispute


def test_allowing_is_a_concession_only_by_a_party() -> None:
    assert [(t, s) for t, s, _ in _typed("Israel allowed aid trucks to enter Gaza on Monday.")] == [("CONCEDE", ["Israel"])]
    assert _typed("The 2015 Security Council resolution allows any participant to trigger the mechanism.") == []


def test_a_request_coordinated_with_a_protest_and_addressed_is_its_own_event() -> None:
    got = _typed("Outside the Chinese embassy, some 200 members of Kilusang Mangingisda burned a mock Chinese flag "
                 "and called on President Ferdinand Marcos Jr to send navy escorts.")
    assert sorted(t for t, _, _ in got) == ["PROTEST", "REQUEST"]


def test_second_verb_repeating_the_main_auxiliary_keeps_the_main_subject() -> None:
    got = _typed("Brooke Rollins has repeatedly said that Mexico must clear the shortfall before the cycle ends "
                 "and has accused Mexico City of hoarding water.")
    assert ("ACCUSE", ["Brooke Rollins"]) in [(t, s) for t, s, _ in got]


def test_workers_named_by_trade_act_for_their_union() -> None:
    evs = _events("Headline\nThe Meridian Pilots Association rejected the offer on Monday. Pilots staged protests "
                  "at two airports last Thursday.")
    assert [(e.type, e.sources) for e in evs if e.type == "PROTEST"] == [("PROTEST", ["Meridian Pilots Association"])]
    states = _events("Headline\nThe European Union rejected the offer on Monday. Pilots staged protests at two airports.")
    assert [e.sources for e in states if e.type == "PROTEST"] == [["Pilots"]]  # a union of states is no trade union


def test_video_conference_and_talks_under_a_chair_are_consultations() -> None:
    got = _typed("The premiers held a video conference with Prime Minister Daniel Ouellet on Tuesday evening.")
    assert [(t, g) for t, _, g in got] == [("CONSULT", ["Daniel Ouellet"])]
    chaired = _typed("Conciliation talks under the chairmanship of Kieran Dolan, a senior conciliator at the Workplace "
                     "Relations Commission, resumed in Dublin on Thursday evening.")
    assert [(t, s) for t, s, _ in chaired] == [("CONSULT", ["Kieran Dolan"])]
    assert _typed("Ms Lee told a press conference in Seoul that Japan was wrong.") == []


def test_shared_views_and_an_echoed_call_are_no_events() -> None:
    assert _typed("Japan and the United Kingdom share that view.") == []
    assert _typed("Resistance groups echoed that call on Monday.") == []
    assert [t for t, _, _ in _typed("Xi held a phone call with Putin on Monday.")] == ["CONSULT"]


def test_handing_over_weapons_is_a_retreat_and_a_released_document_no_release() -> None:
    got = _typed("Hamas handed over a fraction of its weapons on Monday.")
    assert [(t, s) for t, s, _ in got] == [("RETREAT", ["Hamas"])]
    doc = _typed("According to a summary of the Meridian Pilots Association's position released on Tuesday, it wants a raise.")
    assert "RETREAT" not in [t for t, _, _ in doc]


def test_the_rest_of_a_charge_hung_on_accused_is_no_act_of_the_accuser() -> None:
    got = _typed("The TPLF also accused Eritrean soldiers of attacking a village near Zalambessa last week, killing four civilians.")
    # the attack charged is told as the accused's (the gold codes it), never as an act of the accuser
    assert sorted((t, tuple(s)) for t, s, _ in got) == [("ACCUSE", ("TPLF",)), ("ASSAULT", ("Eritrea",))]


def test_warnings_of_consequences_are_threats() -> None:
    got = _typed('Pakistan said any attempt to divert its water would be treated "as an act of war".')
    assert [(t, s) for t, s, _ in got] == [("THREATEN", ["Pakistan"])]


def test_an_untagged_subject_that_is_a_known_name_or_surname_acts() -> None:
    evs = _events("Headline\nNenad Kovačević, the Republika Srpska leader, spoke on Monday. Karl-Heinz Wendel was in "
                  "Sarajevo.\n\nKovačević accused him of acting as a colonial governor.")
    assert [(e.type, e.sources) for e in evs] == [("ACCUSE", ["Nenad Kovačević"])]


def test_next_years_topic_does_not_put_a_weekday_in_the_future() -> None:
    got = find_dates("Britain broke up three days of talks on Wednesday without settling how deeply to cut next year's "
                     "mackerel catch.", dt.date(2025, 12, 11))
    assert [d for _, d in got] == [dt.date(2025, 12, 10)]


def test_next_months_event_named_as_a_topic_keeps_a_weekday_in_the_past() -> None:
    """"threatened on Wednesday to boycott next month's games": "next month's" names what is threatened, the
    clause is past (the Wednesday before a Friday article), as with "next year's"."""
    fri = dt.date(2026, 5, 8)
    for text in ("The riders' union warned on Wednesday of a walkout at next month's Alpine rally.",
                 "The riders\u2019 union warned on Wednesday of a walkout at next week\u2019s Alpine rally."):
        assert [d for _, d in find_dates(text, fri)] == [dt.date(2026, 5, 6)], text


def test_short_month_names_and_a_future_in_the_past_date() -> None:
    got = find_dates("The union announced Thursday that its members would walk off the job Oct. 1 unless a deal is "
                     "reached.", dt.date(2026, 9, 19))
    assert dt.date(2026, 10, 1) in [d for _, d in got]
    assert [d for _, d in find_dates("LONDON, Dec 11 – talks ended.", dt.date(2025, 12, 11))] == [dt.date(2025, 12, 11)]


def test_speech_act_is_where_the_speaker_spoke() -> None:
    evs = _events("Headline\nSpeaking to a television channel in Sialkot on Monday, Khawaja Asif threatened open war.")
    assert [(e.type, e.place) for e in evs] == [("THREATEN", "Sialkot")]


def test_troops_on_the_move_are_a_mobilisation_and_set_out_demands_a_request() -> None:
    assert [(t, s) for t, s, _ in _typed("Russian troops massed on the border with Ukraine on Monday.")] == [
        ("MOBILIZE", ["Russia"])]
    assert _typed("The talks moved to Geneva on Monday.") == []
    got = _typed("The Tigray People's Liberation Front set out its own demands in a statement on Wednesday.")
    assert [(t, s) for t, s, _ in got] == [("REQUEST", ["Tigray People's Liberation Front"])]
    assert [t for t, _, _ in _typed("Hamas issued an ultimatum to Israel on Monday.")] == ["THREATEN"]


def test_defending_a_right_is_support_and_a_long_threatened_act_happens() -> None:
    got = _typed("The United States on Thursday defended the right of Russian troops to fire on militants in Azerbaijan.")
    assert [(t, s) for t, s, _ in got] == [("SUPPORT", ["United States"])]
    assert [t for t, _, _ in _typed("Israel today mounted its long-threatened invasion of South Lebanon.")] == ["ASSAULT"]
    assert _typed("Israel weighed a threatened invasion of South Lebanon.") == []


def test_an_act_told_in_the_lede_and_again_in_the_body_is_one_event() -> None:
    evs = _events("Headline\nHun Manet called on ASEAN to deploy observers on Monday.\n\nLater, Hun Manet called on "
                  "ASEAN to deploy observers as quickly as possible.")
    assert [e.type for e in evs].count("REQUEST") == 1
    two = _events("Headline\nHun Manet called on ASEAN to deploy observers on Monday.\n\nHun Manet called on Thailand "
                  "to withdraw its troops from the temple.")
    assert [e.type for e in two].count("REQUEST") == 2


def test_putting_off_an_awaited_ratification_vote_is_a_refusal() -> None:
    got = _typed("The speaker of Turkey's parliament, Numan Kurtulmus, postponed a ratification vote on Sweden's accession.")
    assert "REJECT" in [t for t, _, _ in got]


def test_naming_a_party_with_a_slur_accuses_it() -> None:
    got = _typed("Russia called Ukraine's president an illegitimate usurper.")
    assert [(t, s, g) for t, s, g in got] == [("ACCUSE", ["Russia"], ["Ukraine"])]


def test_a_speech_act_under_a_negated_verb_is_not_made() -> None:
    assert _typed("Deborah Okafor said she had not ruled out asking the Canada Industrial Relations Board to impose "
                  "binding arbitration.") == []
    assert _typed("Kenya said it did not want to accuse Uganda of anything.") == []
    assert "ACCUSE" in [t for t, _, _ in _typed("Kenya did not stop accusing Uganda of lying.")]


def test_raising_duties_or_widening_export_controls_is_a_sanction() -> None:
    assert [(t, s) for t, s, _ in _typed("China expanded its export controls on rare earths on October 9.")] == [
        ("SANCTION", ["China"])]
    assert [t for t, _, _ in _typed("The United States raised duties on Canadian softwood lumber to 35 per cent.")] == [
        "SANCTION"]


def test_a_hostile_act_made_to_hang_on_a_condition_is_a_threat_by_the_speaker() -> None:
    got = _typed('"If there is no iron-clad ban on automation by midnight on June 30, we walk out on July 1, from Maine '
                 'to Texas," Frank DeMarco said.')
    assert [(t, s) for t, s, _ in got] == [("THREATEN", ["Frank DeMarco"])]


def test_met_with_a_lockout_and_an_inanimate_threat_are_no_meeting_or_threat() -> None:
    assert "CONSULT" not in [t for t, _, _ in _typed(
        "The Atlantic and Gulf Port Employers Alliance said any coordinated job action will be met with a lockout.")]
    assert _typed("Reports of a massacre in the Sagaing region threatened to overshadow the talks.") == []


def test_refusing_to_extend_a_deadline_and_appointing_an_arbitrator() -> None:
    got = _typed("Kosovo would not extend the November 1 deadline, Kosovo's prime minister said.")
    assert [(t, s) for t, s, _ in got] == [("REJECT", ["Kosovo"])]
    arb = _typed("Health Minister Deborah MacPhee said she had appointed Harold Whitcombe, a retired judge, as arbitrator.")
    assert [(t, s) for t, s, _ in arb] == [("CONSULT", ["Deborah MacPhee"])]


def test_a_situation_that_threatens_to_overshadow_is_no_threat() -> None:
    got = _typed("The envoy met Min Aung Hlaing on Tuesday and urged the generals to halt air strikes, as a reported "
                 "massacre in a village threatened to overshadow the bloc's latest peace effort.")
    assert "THREATEN" not in [t for t, _, _ in got]
    assert [t for t, _, _ in _typed("Russia threatened to cut gas supplies to Moldova.")] == ["THREATEN"]


def test_a_warning_of_what_a_strike_would_cost_is_no_threat() -> None:
    got = _typed("New Jersey Governor Catherine Halloran urged both sides on Thursday to settle, warning that a strike "
                 "would cost the state's economy millions a week.")
    assert [t for t, _, _ in got] == ["REQUEST"]
    assert [t for t, _, _ in _typed("Russia warned that any attack would be met with force.")] == ["THREATEN"]


def test_taking_part_needs_something_to_take_part_in() -> None:
    assert _typed("The FNSEA, France's largest farm union, said more than 30,000 farmers had taken part nationwide.") == []
    assert [t for t, _, _ in _typed("Delegations from Armenia and Azerbaijan took part in the talks in Abu Dhabi on "
                                    "Monday.")] == ["CONSULT"]


def test_unflagged_soldiers_or_jets_are_the_articles_state_army() -> None:
    evs = _events("Headline\nThe Myanmar army said on Monday the talks would continue.\n\nOn Monday, military jets bombed a "
                  "market in Mrauk-U, in Rakhine state, killing 19 people, according to the Arakan Army.")
    assert [(e.type, e.sources[:1]) for e in evs if e.type == "ASSAULT"] == [("ASSAULT", ["Myanmar army"])]
    assert [e.sources for e in evs if e.type == "ASSAULT"][0][1:] in ([], ["Myanmar"])  # the army's state acts with it
    moves = _events("Headline\nRwanda and Congo signed the accord. The FDLR must be dismantled before any troops move.")
    assert "MOBILIZE" not in [e.type for e in moves]


def test_a_year_inside_a_clause_describing_the_object_does_not_date_the_act() -> None:
    got = _typed("Claire Dubreuil, the French minister, spoke on Thursday. She accused Britain of dragging its feet on "
                 "commitments made in 2021.")
    assert ("ACCUSE", ["Claire Dubreuil"], ["United Kingdom"]) in got
    assert "ACCUSE" not in [t for t, _, _ in _typed("In 2019 Britain accused France of dragging its feet.")]


def test_a_call_joined_to_a_reported_clause_is_the_reporters_and_keeps_its_content() -> None:
    evs = _events("Headline\nTomas Lindqvist said the ruling showed that Britain cannot close waters, and called on "
                  "London to reopen the Scottish zone.")
    req = [e for e in evs if e.type == "REQUEST"]
    assert req and req[0].sources == ["Tomas Lindqvist"] and "reopen" in req[0].label


def test_a_warning_that_a_side_reserves_the_right_to_act_is_a_threat() -> None:
    got = _typed("Foreign Minister Samir Fawzy of Egypt warned on Saturday that Egypt reserves the right to take all "
                 "measures to protect its water security.")
    assert "THREATEN" in [t for t, _, _ in got]


def test_a_party_described_by_a_relative_clause_acts_in_it() -> None:
    got = _typed("The talks took place under pressure from Britain, France and Germany, which warned on Friday that "
                 "they would trigger sanctions unless inspectors returned.")
    threats = [src for t, src, _ in got if t == "THREATEN"]
    assert threats and {"United Kingdom", "France", "Germany"} <= set(threats[0])
    assert "THREATEN" not in [t for t, _, _ in _typed("Negotiators studied a plan which warned that prices would rise.")]


def test_what_the_speakers_side_would_do_if_the_other_acts_is_a_threat() -> None:
    got = _typed("Iran's foreign minister Abbas Araghchi said his government would reconsider every form of "
                 "cooperation if the Europeans went ahead.")
    assert ("THREATEN", ["Abbas Araghchi"]) in [(t, s) for t, s, _ in got]
    assert "THREATEN" not in [t for t, _, _ in _typed("The army said it will consider a ceasefire only if the RSF "
                                                      "withdraws.")]
    assert "THREATEN" not in [t for t, _, _ in _typed("Iran said it could resume talks if the sanctions were lifted.")]


def test_handing_over_a_hyphenated_text_is_a_proposal() -> None:
    got = _typed("The European Commission handed Mercosur negotiators a revised side-letter on deforestation.")
    assert "AGREE" in [t for t, _, _ in got]


def test_a_court_ruling_needs_a_that_clause() -> None:
    got = _typed("The International Court of Justice ruled on Monday that the 1899 award was valid and binding.")
    assert [(t, s) for t, s, _ in got] == [("REJECT", ["International Court of Justice"])]
    assert "REJECT" not in [t for t, _, _ in _typed("The Taliban ruled Afghanistan for five years.")]


def test_meeting_a_deadline_is_no_meeting_and_failing_to_deliver_no_delivery() -> None:
    assert _typed("India and the European Union have seven weeks to meet the year-end deadline.") == []
    assert "AID" not in [t for t, _, _ in _typed("Developing countries say rich nations such as Germany failed to "
                                                  "deliver aid on time.")]


def test_talks_hosted_by_a_party_are_its_consultation() -> None:
    evs = _events("Headline\nThe talks, hosted by the African Union in Addis Ababa and attended by a United States "
                  "observer, had opened on Friday.")
    talks = [e for e in evs if e.type == "CONSULT"]
    assert talks and {"African Union", "United States"} <= set(talks[0].sources)


def test_it_joined_to_the_reporting_verb_is_the_reporter() -> None:
    got = _typed("Halvorsen Motors said the walkouts by the Allied Auto Workers violated the contract, and it filed a "
                 "complaint with the National Labor Relations Board.")
    assert [s for t, s, _ in got if t == "ACCUSE"] == [["Halvorsen Motors"]]


def test_will_not_tolerate_is_a_threat_will_not_allow_convoys_a_refusal() -> None:
    assert [t for t, _, _ in _typed("China will not tolerate any attempt to reinforce the vessel, she said.")] == ["THREATEN"]
    assert [t for t, _, _ in _typed("Kenya said it would not allow anyone to drag the region back into war.")] == ["THREATEN"]
    assert "THREATEN" not in [t for t, _, _ in _typed("Kenya said it would not allow aid convoys through the border.")]


def test_an_accusation_label_keeps_the_purpose_of_the_charge() -> None:
    evs = _events("Headline\nChina accused Washington of using the treaty to embolden provocations.")
    assert [e.type for e in evs] == ["ACCUSE"] and "embolden" in evs[0].label


def test_reaching_or_sealing_a_deal_is_an_agreement() -> None:
    assert [(t, s) for t, s, _ in _typed("Russia and Ukraine reached an agreement on Thursday.")] == [
        ("AGREE", ["Russia", "Ukraine"])]
    assert [t for t, _, _ in _typed("Sudan and South Sudan sealed a deal on oil fees in Juba.")] == ["AGREE"]


def test_disputing_a_figure_rejects_the_other_sides_claim() -> None:
    assert [t for t, _, _ in _typed("The Allied Auto Workers union disputed the figure, saying the company had counted "
                                   "unhired workers.")] == ["REJECT"]
    assert [t for t, _, _ in _typed("Egypt disputed the claim that it had closed the crossing.")] == ["REJECT"]


def test_aiming_at_a_deal_or_threatening_not_to_sign_is_no_agreement_or_refusal() -> None:
    assert _typed("The European Union said it was focused on reaching a balanced agreement at the table.") == []
    assert [t for t, _, _ in _typed("Donald Trump warned that Washington would not conclude trade agreements with "
                                    "either country.")] == ["THREATEN"]


def test_a_statement_of_solidarity_is_support() -> None:
    assert [t for t, _, _ in _typed("The actors' union SAG-AFTRA issued a statement of solidarity on Monday.")] == ["SUPPORT"]


# A paraphrase sweep: the common event shapes of negotiation news (talks, threats, refusals, accusations, attacks,
# appeals, deals, sanctions, protests) told the way different newsrooms tell them (wire, broadsheet, quote-first,
# passive, nominalised, hedged, idiomatic), with parties from many regions. xfail marks a recorded gap.
PARAPHRASES = [
    # CONSULT
    ("Kenya's foreign minister met his Ethiopian counterpart in Nairobi on Monday.", "CONSULT", "Kenya", "Ethiopia"),
    ("Colombia and Venezuela held talks in Bogota on Friday.", "CONSULT", "Colombia", "Venezuela"),
    ("Talks between India and Pakistan resumed in Geneva on Thursday.", "CONSULT", "India", "Pakistan"),
    ("Egypt hosted a delegation from Sudan in Cairo on Wednesday.", "CONSULT", "Egypt", "Sudan"),
    ("President Lula spoke by phone with Argentina's president on Tuesday.", "CONSULT", "Lula", "Argentina"),
    pytest.param(*("Negotiators from Serbia and Kosovo sat down in Brussels on Monday.", "CONSULT", "Serbia", "Kosovo"), marks=pytest.mark.xfail(reason="'sat down' alone is no talks trigger; 'sat down together' in held text is background", strict=True)),
    ("Japan's prime minister travelled to Seoul for talks with South Korea's president.", "CONSULT", "Japan", "South Korea"),
    pytest.param(*("The union and the management met for a third round of negotiations on Thursday.", "CONSULT", "union", None), marks=pytest.mark.xfail(reason="a bare 'the union' with no name is no actor (actor extraction)", strict=True)),
    # THREATEN
    ("China threatened to impose tariffs on Australian wine.", "THREATEN", "China", None),
    ("Iran warned Israel of a harsh response.", "THREATEN", "Iran", "Israel"),
    ("Turkey said it would retaliate against Greece.", "THREATEN", "Turkey", None),
    ("The Teamsters union threatened a strike against UPS.", "THREATEN", "Teamsters", "UPS"),
    ("Russia has threatened to cut gas supplies to Moldova.", "THREATEN", "Russia", "Moldova"),
    ("Pakistan vowed to retaliate against India.", "THREATEN", "Pakistan", "India"),
    ("Azerbaijan warned that it would use force against Armenia.", "THREATEN", "Azerbaijan", "Armenia"),
    # REJECT
    ("Ethiopia rejected Egypt's proposal.", "REJECT", "Ethiopia", "Egypt"),
    ("Venezuela refused to accept the ruling.", "REJECT", "Venezuela", None),
    ("Hamas turned down the offer.", "REJECT", "Hamas", None),
    ("The proposal was rejected by Israel.", "REJECT", "Israel", None),
    ("Ukraine dismissed the Russian plan.", "REJECT", "Ukraine", None),
    ("Morocco said it would never agree to a referendum.", "REJECT", "Morocco", None),
    ("Sudan's army declined the invitation to talks in Jeddah.", "REJECT", "Sudan", None),
    ("Armenia's rejection of the plan angered Azerbaijan.", "REJECT", "Armenia", None),
    ("Kosovo has said no to the proposal.", "REJECT", "Kosovo", None),
    # ACCUSE
    ("Rwanda accused Congo of violating the truce.", "ACCUSE", "Rwanda", "Congo"),
    ("India blamed Pakistan for the attack.", "ACCUSE", "India", "Pakistan"),
    ("Israel charged that Hezbollah had violated the ceasefire.", "ACCUSE", "Israel", "Hezbollah"),
    ("Thailand condemned Cambodia over the shelling.", "ACCUSE", "Thailand", "Cambodia"),
    ("Serbia criticised Kosovo for the arrests.", "ACCUSE", "Serbia", "Kosovo"),
    ("Ukraine denounced Russia's strikes on its power grid.", "ACCUSE", "Ukraine", "Russia"),
    # ASSAULT
    ("Russian forces shelled Kharkiv on Sunday.", "ASSAULT", "Russia", None),
    ("Israel struck targets in Lebanon on Tuesday.", "ASSAULT", "Israel", None),
    ("Houthi rebels attacked a tanker in the Red Sea.", "ASSAULT", "Houthi", None),
    ("Sudanese paramilitaries launched an assault on El Fasher.", "ASSAULT", "Sudan", None),
    # REQUEST
    ("The United Nations urged Israel to allow aid into Gaza.", "REQUEST", "United Nations", "Israel"),
    ("Qatar called on Hamas to release the hostages.", "REQUEST", "Qatar", "Hamas"),
    ("Ukraine asked Germany for more air defence systems.", "REQUEST", "Ukraine", "Germany"),
    ("France demanded that Russia withdraw its troops.", "REQUEST", "France", "Russia"),
    ("Kenya appealed to Somalia to return to the table.", "REQUEST", "Kenya", "Somalia"),
    # AGREE
    ("Armenia and Azerbaijan signed a peace agreement in Washington.", "AGREE", "Armenia", "Azerbaijan"),
    ("Israel and Hamas agreed to a ceasefire on Wednesday.", "AGREE", "Israel", "Hamas"),
    ("Thailand and Cambodia reached a deal on Saturday.", "AGREE", "Thailand", "Cambodia"),
    ("Ethiopia accepted the proposal.", "AGREE", "Ethiopia", None),
    pytest.param(*("The union agreed to the new contract.", "AGREE", "union", None), marks=pytest.mark.xfail(reason="a bare 'the union' with no name is no actor (actor extraction)", strict=True)),
    # SANCTION
    ("The European Union imposed sanctions on Belarus.", "SANCTION", "European Union", "Belarus"),
    ("Washington slapped tariffs on Chinese steel.", "SANCTION", "United States", None),
    ("Britain froze the assets of Russian oligarchs.", "SANCTION", "United Kingdom", None),
    ("China banned exports of rare earths to Japan.", "SANCTION", "China", None),
    # PROTEST
    pytest.param(*("Thousands of nurses went on strike in Nairobi on Monday.", "PROTEST", "nurse", None)),
    ("Farmers protested in Brussels against the Mercosur deal.", "PROTEST", "Farmer", None),
    ("Dock workers walked off the job at the port of Santos.", "PROTEST", "worker", None),
    pytest.param(*("Opposition supporters staged a rally in Caracas.", "PROTEST", "Opposition", None), marks=pytest.mark.xfail(reason="'opposition supporters' is no actor (actor extraction)", strict=True)),
    # MOBILIZE / RETREAT / AID
    ("Russia deployed troops to the border.", "MOBILIZE", "Russia", None),
    ("Israel withdrew its forces from southern Lebanon.", "RETREAT", "Israel", None),
    ("Japan sent humanitarian aid to the Philippines.", "AID", "Japan", "Philippines"),
    ("Hamas released four hostages on Saturday.", "RETREAT", "Hamas", None),
    # passive / nominal / according-to / fronted quote
    ("Kyiv was hit by a barrage of Russian missiles overnight.", "ASSAULT", "Russia", "Ukraine"),
    ("Sanctions were imposed on Iran by the European Union on Monday.", "SANCTION", "European Union", "Iran"),
    ("According to officials, Ethiopia rejected the draft on Sunday.", "REJECT", "Ethiopia", None),
    pytest.param(*("\"We reject this plan entirely,\" Venezuela's foreign minister said.", "REJECT", "Venezuela", None),
                 marks=pytest.mark.xfail(reason="a quoted first-person refusal mostly restates one the narration tells "
                                                "(held rail article); only quoted threats take the speaker", strict=True)),
    ("Egypt's foreign minister held a phone call with his Qatari counterpart.", "CONSULT", "Egypt", None),
    ("Nigeria's threat to cut ties with Niger alarmed diplomats.", "THREATEN", "Nigeria", None),
    ("Belgrade's refusal to recognise Kosovo stalled the talks.", "REJECT", "Serbia", None),
    ("Kenya's president paid a visit to Uganda on Tuesday.", "CONSULT", "Kenya", "Uganda"),
    ("The Philippines accused China of ramming its coast guard vessel.", "ACCUSE", "Philippines", "China"),
    ("Beijing lashed out at the Philippines over the incident.", "ACCUSE", "China", "Philippines"),
    ("Mexico rebuffed the American demand.", "REJECT", "Mexico", None),
    ("Colombia's government and the ELN signed a ceasefire deal.", "AGREE", "Colombia", None),
    ("Pakistan's army chief warned Afghanistan against harbouring militants.", "THREATEN", "Pakistan", "Afghanistan"),
    ("Hungary vetoed the EU aid package for Ukraine.", "REJECT", "Hungary", None),
    pytest.param(*("Indonesia offered to mediate between the two sides.", "SUPPORT", "Indonesia", None), marks=pytest.mark.xfail(reason="an offer to mediate is coded as a promise (AGREE); PLOVER would say SUPPORT/CONSULT", strict=True)),
    ("Egypt condemned the Israeli raid.", "ACCUSE", "Egypt", "Israel"),
    ("Iran seized a British-flagged tanker in the Strait of Hormuz.", "COERCE", "Iran", None),
    ("Moscow has repeatedly rejected the idea of European peacekeepers.", "REJECT", "Russia", None),
    ("Hanoi refused to sign the communique.", "REJECT", "Vietnam", None),
    ("In a statement, Cairo denounced the move.", "ACCUSE", "Egypt", None),
    ("Addis Ababa has blamed Cairo for the breakdown of the talks.", "ACCUSE", "Ethiopia", None),
    ("Russia launched a massive drone attack on Ukraine overnight.", "ASSAULT", "Russia", "Ukraine"),
    ("Israeli jets bombed targets in Syria on Sunday.", "ASSAULT", "Israel", None),
    ("Hezbollah fired rockets at northern Israel.", "ASSAULT", "Hezbollah", None),
    pytest.param(*("The foreign ministers of Brazil and Argentina met in Buenos Aires.", "CONSULT", "Brazil", "Argentina"), marks=pytest.mark.xfail(reason="the second conjunct of an 'of' phrase subject is lost (common.subjects)", strict=True)),
    ("Nigeria and Niger agreed to reopen the border.", "AGREE", "Nigeria", "Niger"),
    ("Germany pledged 500 million euros in aid to Ukraine.", "AID", "Germany", None),
    ("Sudan's army chief called for the RSF to disarm.", "REQUEST", "Sudan", None),
    ("The United States pressed Israel to agree to a ceasefire.", "REQUEST", "United States", "Israel"),
    ("Iran has repeatedly warned the United States against striking its nuclear sites.", "THREATEN", "Iran", "United States"),
    ("Pakistan flatly refused the Indian demand.", "REJECT", "Pakistan", None),
    ("Chile poured cold water on the Bolivian proposal.", "REJECT", "Chile", None),
    ("Spain hit out at Morocco over the migrant crossings.", "ACCUSE", "Spain", "Morocco"),
    pytest.param(*("\"We will never accept this,\" Azerbaijan's president said.", "REJECT", "Azerbaijan", None),
                 marks=pytest.mark.xfail(reason="quoted first-person refusal: see above", strict=True)),
    ("Tehran vowed to respond to any attack.", "THREATEN", "Iran", None),
    ("Ghana declined an offer of mediation from Togo.", "REJECT", "Ghana", None),
    pytest.param(*("The junta expelled the French ambassador.", "COERCE", "junta", None), marks=pytest.mark.xfail(reason="an unnamed 'junta' is no actor, and the object's nationality is taken as the doer", strict=True)),
    # reporting frames, nominalisations, diplomatic moves
    ("Peru said on Monday it had rejected the Chilean offer.", "REJECT", "Peru", "Chile"),
    ("Canada announced sanctions against Iranian officials on Friday.", "SANCTION", "Canada", "Iran"),
    ("The Kremlin said Putin had held a phone call with Erdogan.", "CONSULT", "Putin", "Erdogan"),
    ("Armenia and Azerbaijan traded accusations of ceasefire violations.", "ACCUSE", "Armenia", "Azerbaijan"),
    ("Ethiopia's walkout from the talks drew criticism from Egypt.", "PROTEST", "Ethiopia", None),
    ("Lebanon lodged a complaint with the UN Security Council against Israel.", "ACCUSE", "Lebanon", "Israel"),
    ("Morocco recalled its ambassador to Algeria for consultations.", "SANCTION", "Morocco", "Algeria"),
    ("Venezuela announced it was withdrawing its ambassador from Guyana.", "SANCTION", "Venezuela", "Guyana"),
    ("South Korea summoned the Japanese ambassador over the remarks.", "ACCUSE", "South Korea", "Japan"),
    ("Colombia suspended peace talks with the ELN after the bombing.", "SANCTION", "Colombia", None),
    ("Thailand closed its border with Cambodia on Monday.", "COERCE", "Thailand", "Cambodia"),
    ("Taiwan condemned Chinese military drills near the island.", "ACCUSE", "Taiwan", "China"),
    ("China staged military drills around Taiwan.", "MOBILIZE", "China", None),
    ("Egypt and Qatar brokered a truce between Israel and Hamas.", "CONSULT", "Egypt", "Israel"),
    ("Japan and the Philippines signed a defence pact in Manila.", "AGREE", "Japan", "Philippines"),
    ("France backed Ukraine's bid to join the EU.", "SUPPORT", "France", "Ukraine"),
    ("Pakistan expressed support for the Saudi initiative.", "SUPPORT", "Pakistan", None),
    pytest.param(*("Both sides accused each other of breaking the truce.", "ACCUSE", "", None),
                 marks=pytest.mark.xfail(reason="'both sides' resolves only when the article names talks", strict=True)),
    # appeals, deals, threats, concessions and material acts in other words
    ("Brazil has asked Paraguay to reopen the bridge.", "REQUEST", "Brazil", "Paraguay"),
    ("Senegal's president appealed for calm.", "REQUEST", "Senegal", None),
    ("Ghana is pressing Nigeria for compensation.", "REQUEST", "Ghana", "Nigeria"),
    ("Spain insisted that Morocco must take back the migrants.", "REQUEST", "Spain", "Morocco"),
    ("Poland wanted Germany to pay reparations.", "REQUEST", "Poland", "Germany"),  # (the present, "wants", is a
    # standing wish: see test_a_standing_or_planned_wish_is_no_request_event)
    ("Somalia requested an emergency meeting of the Security Council.", "REQUEST", "Somalia", None),
    ("Chad urged both sides to exercise restraint.", "REQUEST", "Chad", None),
    ("Tunisia and Libya struck a deal on border crossings.", "AGREE", "Tunisia", "Libya"),
    ("Qatar has agreed to mediate between Rwanda and Congo.", "AGREE", "Qatar", None),
    ("Ecuador signed on to the declaration.", "AGREE", "Ecuador", None),
    ("Zambia threatened to expel Chinese traders.", "THREATEN", "Zambia", None),
    ("Algeria warned Mali of consequences.", "THREATEN", "Algeria", "Mali"),
    ("North Korea threatened \"merciless\" retaliation against Seoul.", "THREATEN", "North Korea", None),
    ("Uganda deployed troops to South Sudan.", "MOBILIZE", "Uganda", None),
    ("Rwanda pulled its troops out of eastern Congo.", "RETREAT", "Rwanda", None),
    ("Turkey withdrew its objection to Sweden's membership.", "CONCEDE", "Turkey", "Sweden"),
    ("Hungary dropped its veto on the aid package.", "CONCEDE", "Hungary", None),
    ("Hamas has dropped its demand for a permanent ceasefire.", "CONCEDE", "Hamas", None),
    ("Israel eased restrictions on aid deliveries to Gaza.", "CONCEDE", "Israel", None),
    ("Saudi Arabia sent food aid to Yemen.", "AID", "Saudi Arabia", "Yemen"),
    ("Myanmar's military detained opposition leaders.", "COERCE", "Myanmar", None),
    ("Teachers walked out across Nigeria on Monday, the Nigeria Union of Teachers said.", "PROTEST", "Nigeria Union", None),
    pytest.param(*("Iran said it was ready to close the Strait of Hormuz.", "THREATEN", "Iran", None),
                 marks=pytest.mark.xfail(reason="closing a waterway is no trigger (only borders and crossings)", strict=True)),
    # charges and meetings in other frames
    ("Mexico held the United States responsible for the deaths.", "ACCUSE", "Mexico", "United States"),
    ("Israel holds Hamas fully accountable for the attack.", "ACCUSE", "Israel", "Hamas"),
    ("Israel blamed Hamas for the collapse of the talks.", "ACCUSE", "Israel", "Hamas"),
    ("Azerbaijan alleged that Armenian troops had opened fire.", "ACCUSE", "Azerbaijan", "Armenia"),
    ("Kenya's President William Ruto received Somalia's president Hassan Sheikh Mohamud at State House in Nairobi.",
     "CONSULT", "Ruto", "Hassan Sheikh Mohamud"),
    ("Egypt's intelligence chief held discussions with Hamas leaders in Cairo.", "CONSULT", "Egypt", None),
    ("Ukraine's foreign minister met his Polish counterpart on the sidelines of the summit in Brussels.", "CONSULT",
     "Ukraine", "Poland"),
    ("Representatives of Greece and Turkey conferred in Athens.", "CONSULT", "Greece", "Turkey"),
    ("The talks, hosted by Turkey in Istanbul, lasted two hours.", "CONSULT", "Turkey", None),
    ("Russia bombarded Zaporizhzhia overnight.", "ASSAULT", "Russia", None),
    ("Al-Shabaab militants stormed a hotel in Mogadishu.", "ASSAULT", "Al-Shabaab", None),
    ("M23 rebels captured the town of Bukavu.", "COERCE", "M23", None),
    ("The United States raised tariffs on Indian goods to 50 percent.", "SANCTION", "United States", None),
    pytest.param(*("Pakistan said India was behind the blast.", "ACCUSE", "Pakistan", "India"),
                 marks=pytest.mark.xfail(reason="'was behind' an attack is no charge frame yet", strict=True)),
]


@pytest.mark.parametrize(("text", "typ", "source", "other"), PARAPHRASES)
def test_paraphrase_sweep(text: str, typ: str, source: str, other: str | None) -> None:
    evs = _events("Headline\n" + text)
    assert any(e.type == typ and any(source.lower() in s.lower() for s in e.sources) and (
        other is None or any(other.lower() in t.lower() for t in e.targets + e.sources)) for e in evs), \
        [(e.type, e.sources, e.targets) for e in evs]


@pytest.mark.parametrize(("text", "typ"), [
    ("Hungary has not agreed to the sanctions package.", "AGREE"),
    ("Serbia did not attack Kosovo, its defence minister said.", "ASSAULT"),
    ("Colombia suspended peace talks with the ELN after the bombing.", "ASSAULT"),  # a cause, not Colombia's act
    ("India accused Pakistan over the attack.", "ASSAULT"),
    ("Egypt threatened to walk out of the talks.", "PROTEST"),
    ("Iran has not retaliated for the strike, officials said.", "ASSAULT"),
    ("Kenya declined to comment on the offer.", "REJECT"),
    ("The deal gives the company the right to decline projects.", "REJECT"),
    ("Kenya received Ethiopia's offer coolly.", "CONSULT"),  # a thing received, no visit
    ("Kenya received a shipment of vaccines.", "CONSULT"),
])
def test_negated_threatened_or_causal_acts_are_no_events(text: str, typ: str) -> None:
    assert not any(e.type == typ for e in _events("Headline\n" + text))


# Classes read from blind articles (other parties, other words than the articles that showed them).

@pytest.mark.parametrize(("text", "typ", "source", "other"), [
    # a particle verb split around its object is still the particle verb
    ("Serbia's prime minister, Ana Brnabic, ruled the request out on Monday.", "REJECT", "Ana Brnabic", None),
    ("Chile objected to Peru's demand for a new border survey on Friday.", "REJECT", "Chile", "Peru"),
    # the main verb the parser hangs on its subject's name ("X, who chairs Y, called on …")
    ("Bishop Anders Lund, who chairs the Nordic Church Council, called on Serbia to lift the blockade at once.",
     "REQUEST", "Anders Lund", "Serbia"),
    # a crowd gathering with chants or placards protests
    ("Several thousand Serbian students gathered outside the parliament on Friday chanting slogans against the government.",
     "PROTEST", "Serbia", None),
    ("Hundreds of Kenyan farmers assembled at the ministry carrying placards.", "PROTEST", "Kenya", None),
    # approving or announcing aid, and an amount "in aid", is aid
    ("The European Union this week approved a grant of 60 million euros to Moldova.", "AID", "European Union", None),
    ("Canada announced $40 million in humanitarian aid for Sudan.", "AID", "Canada", None),
    # halting deliveries or supplies is a sanction
    ("Russia halted gas deliveries to Moldova on Monday.", "SANCTION", "Russia", None),
    ("Uzbekistan cut electricity supplies to Tajikistan last week.", "SANCTION", "Uzbekistan", None),
    # what a court restrains is coercion
    ("The High Court of Kenya restrained the Kenya Union of Teachers from striking.", "COERCE", "High Court", None),
    # "the statement" acts for whoever issued it in the sentence before
    ("The Canadian government, in a statement on Wednesday, said that any return must be voluntary. "
     "The statement also announced $40 million in humanitarian aid for the refugees.", "AID", "Canada", None),
    # not satisfied, not convinced: the object rejects
    ("The revised text did not satisfy Kenya, whose delegation called it far short.", "REJECT", "Kenya", None),
    ("The offer failed to convince Uganda.", "REJECT", "Uganda", None),
    # an aside between "had" and its verb: the subject is still the aux's
    ("The Kenya Union of Teachers had, at an emergency meeting last Friday, issued a 14-day ultimatum.",
     "THREATEN", "Kenya Union of Teachers", None),
    # "it" at the start of a clause: the organisation the sentence before was about
    ("Kenya Airways rejects the findings. In a statement on Sunday it said it had complied with every term of its "
     "contract, and it accused the auditor of acting under foreign pressure.", "ACCUSE", "Kenya Airways", None),
])
def test_blind_article_classes(text: str, typ: str, source: str, other: str | None) -> None:
    evs = _events("Headline\n" + text)
    assert any(e.type == typ and any(source.lower() in s.lower() for s in e.sources) and (
        other is None or any(other.lower() in t.lower() for t in e.targets + e.sources)) for e in evs), \
        [(e.type, e.sources, e.targets, e.label) for e in evs]


@pytest.mark.parametrize(("text", "typ"), [
    ("Kosovo ruled out any talks with Serbia.", "CONSULT"),  # the refusal is the event, not the talks
    ("Delegates from Kenya and Uganda gathered in Geneva for the talks.", "PROTEST"),  # no chant, no protest
    ("The High Court of Kenya restrained the Kenya Union of Teachers from striking.", "PROTEST"),  # kept from it
    ("Ghana, which coordinates the African bloc, walked out on Monday.", "COOPERATE"),  # a standing role
    ("Fiji's envoy, who chairs the committee, spoke last.", "CONSULT"),
    ("China's foreign ministry hit back on Wednesday.", "ACCUSE"),  # the retort itself follows
    ("Moscow accused Chisinau of blackmail, claiming that the government was withholding gas.", "SANCTION"),
    ("The 2022 resolution, she pointed out, calls for a treaty.", "REQUEST"),  # a text says, it does not ask
])
def test_blind_article_non_events(text: str, typ: str) -> None:
    assert not any(e.type == typ for e in _events("Headline\n" + text)), \
        [(e.type, e.sources, e.label) for e in _events("Headline\n" + text)]


def test_act_named_again_by_its_doers_pronoun_is_not_a_new_event() -> None:
    evs = _events("Headline\nHungary threatened to leave the bloc on Monday. Whether Hungary follows through on its "
                  "threat is unclear. Delegates from Serbia and Kosovo met in Brussels on Tuesday. It was their first "
                  "meeting since May.")
    assert [e.type for e in evs].count("THREATEN") == 1 and [e.type for e in evs].count("CONSULT") == 1


def test_a_warning_told_by_noun_and_participle_is_one_threat() -> None:
    evs = _events("Headline\nThe Kenya Union of Teachers had, at an emergency meeting last Friday, issued a 14-day "
                  "ultimatum, threatening to shut down schools across the country from March 23 if no agreement was reached.")
    assert [e.type for e in evs].count("THREATEN") == 1


def test_capitalised_subheading_is_no_event() -> None:
    evs = _events("Headline\nKenya and Uganda met in Nairobi on Monday to discuss the border.\n\nWAIVER DENIED\n\n"
                  "Uganda said the talks would go on.")
    assert not any(e.type == "REJECT" for e in evs)


@pytest.mark.parametrize(("text", "typ", "source"), [
    # the speaker's own body named by description, and a "that"-clause the parser hangs on a noun
    ("The Kenya Union of Teachers represents 300,000 staff. The Kenya Union of Teachers' secretary-general, Collins "
     "Oyuu, told members on a call that the union would shut every school in Nairobi if the government cut the pay rise.",
     "THREATEN", "Collins Oyuu"),
    ("Uganda's trade minister said the government would close the border if Kenya kept the new duties.", "THREATEN", "Uganda"),
    # a proposal called a capitulation, a step backwards, or said to fall short is rejected
    ("Natalia Belova said the amended text was the same capitulation, printed more slowly.", "REJECT", "Natalia Belova"),
    ("The Kenya Union of Teachers said in a statement that the revised offer fell short of what its members "
     "could accept.", "REJECT", "Kenya Union of Teachers"),
    ("Hamid Rahimi of the Kenya Union of Teachers said the revision was a step backwards.", "REJECT", "Hamid Rahimi"),
    # putting one's demand on the table is a request
    ("The Kenya Union of Teachers put its central demand on the table on Tuesday: a pay rise of ten percent.",
     "REQUEST", "Kenya Union of Teachers"),
])
def test_blind_article_speech_classes(text: str, typ: str, source: str) -> None:
    evs = _events("Headline\n" + text)
    assert any(e.type == typ and any(source.lower() in s.lower() for s in e.sources) for e in evs), \
        [(e.type, e.sources, e.label) for e in evs]


def test_talks_ending_with_an_agreement_are_the_parties_agreeing() -> None:
    evs = _events("Headline\nDelegations from Kenya and Uganda met in Nairobi on Monday. The talks lasted two days and "
                  "ended with an agreement to meet again in Kampala.")
    agree = [e for e in evs if e.type == "AGREE"]
    assert agree and {"Kenya", "Uganda"} <= set(agree[0].sources) and "Kampala" in agree[0].label


def test_talks_begun_with_named_parties_are_theirs() -> None:
    evs = _events("Headline\nThe talks began on Saturday with Kenya's foreign minister and officials from Uganda.")
    assert any(e.type == "CONSULT" and "Kenya" in e.sources for e in evs)


def test_an_offer_only_on_terms_is_no_threat() -> None:
    evs = _events("Headline\nIn a message on Friday, the rebel commander Ivan Marquez said the rebels would only stop "
                  "kidnapping if the state created a fund.")
    assert not any(e.type == "THREATEN" for e in evs)


def test_labels_stay_within_twenty_words() -> None:
    evs = _events("Headline\nIn Lausanne, the Kenya Union of Teachers put its central demand on the table on Tuesday: a "
                  "return to the pay scale of 2019, with the North and South regions paying teachers as they did before "
                  "the reform of the civil service that the government pushed through parliament.")
    assert evs and all(len(e.label.split()) <= 20 for e in evs)


def test_crowd_named_by_what_it_belongs_to_acts_for_that_body() -> None:
    evs = _events("Headline\nThe Federation of Kenyan Farmers met on Monday. Several hundred farmer members have blocked "
                  "the main road to Nairobi since May 1.")
    assert any(e.type == "PROTEST" and e.sources == ["Federation of Kenyan Farmers"] for e in evs)
    evs = _events("Headline\nThe Federation of Kenyan Farmers met on Monday. Several hundred taxi drivers have blocked "
                  "the main road to Nairobi since May 1.")
    assert not any(e.type == "PROTEST" and "Federation of Kenyan Farmers" in e.sources for e in evs)


@pytest.mark.parametrize(("text", "accused"), [
    ("Spokesman Zhao Lei told a regular briefing in Beijing that Japan was using coercion and bullying against the "
     "Philippines.", "Japan"),
    ("Kenya's foreign ministry spokesman said on Tuesday that Uganda was organising a humanitarian catastrophe on the "
     "border.", "Uganda"),
    ("Armenia said on Monday that Azerbaijan was sabotaging the peace process.", "Azerbaijan"),
])
def test_wrongdoing_a_speaker_says_another_party_commits_is_a_charge(text: str, accused: str) -> None:
    evs = _events("Headline\n" + text)
    assert any(e.type == "ACCUSE" and accused in e.targets for e in evs), [(e.type, e.sources, e.targets) for e in evs]


@pytest.mark.parametrize("text", [
    "Kenya said Uganda was not sabotaging the accord.",  # denied
    "Kenya's army chief said the army would respond decisively to any provocation.",  # his own side
    "Kenya said Uganda was ready to sign the accord.",  # no wrong named
])
def test_no_charge_without_a_wrong_done_by_another_party(text: str) -> None:
    assert not any(e.type == "ACCUSE" for e in _events("Headline\n" + text))


@pytest.mark.parametrize(("text", "typ"), [
    ("Peru's defence minister called the overflights \"an act of aggression\" on Monday.", "ACCUSE"),
    ("Ghana's trade ministry described the seizures as piracy.", "ACCUSE"),
    ("The Kenyan government called the land offer \"unacceptable\".", "REJECT"),
    ("Norway's fisheries minister branded the quota proposal a cynical stunt.", "REJECT"),
])
def test_naming_a_deed_a_wrong_accuses_naming_an_offer_a_failure_rejects(text: str, typ: str) -> None:
    evs = _events("Headline\n" + text)
    assert [e.type for e in evs] == [typ], [(e.type, e.label) for e in evs]


def test_a_verdict_only_a_naming_verb_makes_is_no_rejection_when_merely_reported() -> None:
    evs = _events("Headline\nThe Kenyan government said the tariff offer was unacceptable in its current form.")
    assert not any(e.type == "REJECT" for e in evs)


@pytest.mark.parametrize("text", [
    "To end the standoff, Brazil, which chairs the bloc this year, tabled a compromise plan on Friday.",
    "After weeks of silence, Brazil, whose envoy had left the talks, tabled a compromise plan on Friday.",
])
def test_subject_hung_on_a_fronted_clause_is_the_main_verbs_doer(text: str) -> None:
    evs = _events("Headline\n" + text)
    assert any(e.type == "AGREE" and e.sources == ["Brazil"] for e in evs), [(e.type, e.sources) for e in evs]


@pytest.mark.parametrize("text", [
    "Kenya did not carry out the threat.",
    "Uganda never launched the offensive it had promised.",
])
def test_noun_event_under_a_negated_verb_did_not_happen(text: str) -> None:
    evs = _events("Headline\n" + text)
    assert not any(e.type in ("THREATEN", "ASSAULT") for e in evs), [(e.type, e.label) for e in evs]


NURSES = "Headline\nThe Scottish Nurses Union met health officials on Monday. "


@pytest.mark.parametrize(("text", "typ"), [
    ("Nurses at the Royal Infirmary, the country's largest hospital, rejected the pay offer on Tuesday.", "REJECT"),
    ("Nurses voted overwhelmingly for strike action last week.", "THREATEN"),
    ("Members backed a series of walkouts in the ballot.", "THREATEN"),
    ("Since March 3 nurses have refused to work overtime.", "PROTEST"),
])
def test_workers_named_by_trade_act_through_their_union(text: str, typ: str) -> None:
    evs = _events(NURSES + text)
    assert any(e.type == typ and e.sources == ["Scottish Nurses Union"] for e in evs), [(e.type, e.sources) for e in evs]


@pytest.mark.parametrize(("text", "typ"), [
    ("Hanover Mining improved its offer on Tuesday, raising the royalty to 12%.", "CONCEDE"),
    ("Hanover Mining sweetened its bid for the port concession.", "CONCEDE"),
    ("The High Court of Kenya granted an injunction halting the sale.", "COERCE"),
    ("Hanover Mining disputes those figures.", "REJECT"),
])
def test_what_is_done_to_an_offer_an_order_or_a_figure_types_the_act(text: str, typ: str) -> None:
    evs = _events("Headline\n" + text)
    assert any(e.type == typ for e in evs), [(e.type, e.sources, e.label) for e in evs]


@pytest.mark.parametrize(("text", "typ", "who"), [
    ("Peru urged Chile to reopen the Chacalluta crossing, which Santiago closed on March 2.", "COERCE", "Chile"),
    ("The tariffs, which Washington imposed in May, have hit exporters.", "SANCTION", "United States"),
])
def test_a_relative_clause_acts_on_its_antecedent(text: str, typ: str, who: str) -> None:
    evs = _events("Headline\n" + text)
    assert any(e.type == typ and who in e.sources for e in evs), [(e.type, e.sources, e.label) for e in evs]


def test_an_unasserted_relative_clause_stays_unasserted() -> None:
    evs = _events("Headline\nIt would mark the day Israel agreed to end the war.")
    assert not any(e.type == "AGREE" for e in evs), [(e.type, e.label) for e in evs]


@pytest.mark.parametrize(("text", "typ"), [
    ("The Popular Front handed the mediators a list of demands on Friday.", "REQUEST"),
    ("The injunction was sought by the Fishermen's Council of Kerala.", "REQUEST"),
    ("Ecuador sought the release of its detained sailors.", "REQUEST"),
])
def test_handing_over_demands_or_seeking_an_order_is_a_request(text: str, typ: str) -> None:
    evs = _events("Headline\n" + text)
    assert any(e.type == typ and e.sources for e in evs), [(e.type, e.sources, e.label) for e in evs]


@pytest.mark.parametrize("text", [
    "Russian Foreign Minister Sergei Lavrov said Russia would respond if NATO deployed troops in Finland.",
    "Indian Prime Minister Narendra Modi said India would review its participation unless Pakistan acted against the "
    "militants.",
])
def test_a_speakers_own_state_named_by_name_threatens_on_a_condition(text: str) -> None:
    evs = _events("Headline\n" + text)
    assert [e.type for e in evs] == ["THREATEN"], [(e.type, e.sources, e.label) for e in evs]


def test_a_rival_state_named_in_the_speakers_clause_is_no_threat_of_his() -> None:
    evs = _events("Headline\nRussian Foreign Minister Sergei Lavrov said Finland would regret it if NATO deployed troops.")
    assert not any(e.type == "THREATEN" and e.sources == ["Finland"] for e in evs)


def test_a_deed_told_in_an_in_which_clause_is_asserted() -> None:
    evs = _events("Headline\nThe unions cited an interim order granted on Monday by the Labour Court of Ghana, in which "
                  "Justice Kofi Mensah restrained the Ghana Trades Union Congress from embarking on the strike.")
    assert any(e.type == "COERCE" for e in evs), [(e.type, e.sources, e.label) for e in evs]


@pytest.mark.parametrize("text", [
    "Mexico circulated a revised draft on Thursday raising the tariff to 15%.",
    "Canada tabled a new offer on Monday, cutting the quota by a third.",
])
def test_a_participle_telling_what_a_text_says_is_no_act_of_its_own(text: str) -> None:
    evs = _events("Headline\n" + text)
    assert [e.type for e in evs] == ["AGREE"], [(e.type, e.label) for e in evs]


def test_a_text_named_it_speaks_for_its_author_and_is_told_once() -> None:
    evs = _events("Headline\nThe Pacific Islands Forum wants more. Norway's envoy Kari Holm presented her first compromise "
                  "text on Wednesday. It proposed a levy of $3 per tonne.")
    assert [(e.type, e.sources) for e in evs] == [("AGREE", ["Kari Holm"])], [(e.type, e.sources, e.label) for e in evs]


def test_members_named_by_a_blocs_adjective_act_for_the_bloc() -> None:
    evs = _events("Headline\nThe Nordic Council opposed the quota. Nordic delegations walked out of the talks on Friday.")
    assert any(e.type == "PROTEST" and e.sources == ["Nordic Council"] for e in evs), [(e.type, e.sources) for e in evs]


@pytest.mark.parametrize(("text", "typ"), [
    ("The government of Peru said it would appeal.", "REJECT"),
    ("Peru appealed the ruling on Monday.", "REJECT"),
    ("Peru appealed for calm.", "REQUEST"),
    ("Peru appealed to Chile to reopen the border.", "REQUEST"),
])
def test_appealing_with_no_plea_challenges_a_ruling(text: str, typ: str) -> None:
    evs = _events("Headline\nThe Supreme Court of Chile ruled against Peru on Friday. " + text)
    assert [e.type for e in evs if "Peru" in e.sources] == [typ], [(e.type, e.sources, e.label) for e in evs]


@pytest.mark.parametrize(("text", "typ"), [
    # a body named in the speaker's own title threatens through him
    pytest.param("Harald Berg, managing director of the ferry operator NordLink, said NordLink would shift three vessels "
                 "to its Danish routes unless the port fees were cut.", "THREATEN", id="title-body-threatens-nordlink"),
    pytest.param("Priya Nair, chief executive of the steelmaker Orion Steel, said Orion Steel would close its Durban "
                 "furnace if the tariff took effect.", "THREATEN", id="title-body-threatens-orion"),
    # ruling out by idiom is a rejection
    pytest.param("The Chilean finance minister, Ana Soto, said a debt write-off was \"not on the table\".", "REJECT",
                 id="idiom-rejects-not-on-the-table"),
    pytest.param("Ana Soto, Chile's finance minister, said a debt write-off was out of the question.", "REJECT",
                 id="idiom-rejects-out-of-the-question"),
    pytest.param("Ana Soto, Chile's finance minister, called the debt write-off a non-starter.", "REJECT",
                 id="idiom-rejects-non-starter"),
    # what one party urges another to do is only the request, not the other's act
    pytest.param("Kenya urged the African Union to condemn the coup in Niger.", "REQUEST", id="urged-to-condemn"),
    pytest.param("Peru called on Chile to reject the mining concession.", "REQUEST", id="called-on-to-reject"),
    pytest.param("Norway pressed Iceland to accept the revised quota.", "REQUEST", id="pressed-to-accept"),
])
def test_the_sentence_tells_one_event_of_this_type(text: str, typ: str) -> None:
    evs = _events("Headline\n" + text)
    assert [e.type for e in evs] == [typ], [(e.type, e.sources, e.label) for e in evs]


def test_an_officials_the_state_is_his_own_on_a_condition() -> None:
    evs = _events("Headline\nThe Chilean government faces a dockers' walkout. The labour minister, Tomás Rivas, told "
                  "reporters after the talks that the state would requisition the ports if the dockers struck again.")
    assert any(e.type == "THREATEN" and "Tomás Rivas" in e.sources for e in evs), [(e.type, e.sources, e.label) for e in evs]


@pytest.mark.parametrize("text", [
    "The Federation of Hospital Technicians had rejected the pay offer. Saturday's strike closed 40 clinics.",
    "The Northern Firefighters Union rejected the offer. The dispute follows a 12-hour strike on Friday that left "
    "three stations unmanned.",
])
def test_a_dated_strike_in_a_labour_dispute_is_the_unions(text: str) -> None:
    evs = _events("Headline\n" + text)
    strikes = [e for e in evs if e.mode == "strike"]
    unions = {"Federation of Hospital Technicians", "Northern Firefighters Union"}
    assert strikes and all(e.type == "PROTEST" and len(e.sources) == 1 and e.sources[0] in unions for e in strikes), [
        (e.type, e.sources, e.label) for e in evs]


def test_the_strike_named_again_is_the_strike_told_before() -> None:
    evs = _events("Headline\nMembers of the Coastal Paramedics Union walked off the job on Monday. The health board met "
                  "union leaders on Wednesday, the first meeting since the strike began.")
    assert len([e for e in evs if e.type == "PROTEST"]) == 1, [(e.type, e.sources, e.label, e.date) for e in evs]


@pytest.mark.parametrize("text", [
    "Paramedics on strike over pay rejected the offer on Friday.",
    "The union represents 4,000 motion-capture performers.",
])
def test_people_described_by_a_strike_or_a_hyphenated_modifier_are_no_event(text: str) -> None:
    evs = _events("Headline\nThe Coastal Paramedics Union is in a pay dispute. " + text)
    assert not any(e.type in ("PROTEST", "COERCE", "ASSAULT") for e in evs), [(e.type, e.sources, e.label) for e in evs]


@pytest.mark.parametrize(("text", "threat"), [
    ("Serbian Defence Minister Milan Petrovic said the army would protect the border by every means.", True),
    ("\"Water sharing is a red line for us,\" the Egyptian irrigation minister said.", False),
])
def test_a_red_line_is_a_stance_and_every_means_a_threat(text: str, threat: bool) -> None:
    evs = _events("Headline\n" + text)
    assert any(e.type == "THREATEN" for e in evs) == threat, [(e.type, e.sources, e.label) for e in evs]


@pytest.mark.parametrize("text", [
    "Kenya's delegation, led by Foreign Minister Musalia Mudavadi, objected to the reference to sanctions.",
    "The Malian delegation, headed by Colonel Abdoulaye Maiga, protested against the wording of the final text.",
])
def test_a_main_verb_the_parser_hangs_on_its_subject_after_a_participle_is_the_subjects(text: str) -> None:
    evs = _events("Headline\n" + text)
    assert evs and all(e.sources and e.sources[0] in ("Kenya", "Mali") for e in evs), [(e.type, e.sources, e.label) for e in evs]


def test_two_acts_of_one_party_sharing_only_its_name_are_two_events() -> None:
    evs = _events("Headline\nA first draft would have required each side to notify the other. Peru rejected it last month. "
                  "Peru also denies that account.")
    assert len([e for e in evs if e.type == "REJECT"]) == 2, [(e.type, e.sources, e.label) for e in evs]


@pytest.mark.parametrize(("text", "typ"), [
    ("Chinese coastguard ships blocked a Philippine supply boat near the shoal on Sunday.", "COERCE"),
    ("Hundreds of farmers blocked the highway outside Lyon on Monday.", "PROTEST"),
    ("Hungary blocked the sanctions package on Monday.", "REJECT"),
])
def test_who_blocks_what_types_the_block(text: str, typ: str) -> None:
    evs = _events("Headline\n" + text)
    assert typ in [e.type for e in evs] and not {"PROTEST", "COERCE", "REJECT"} - {typ} & {e.type for e in evs}, [
        (e.type, e.sources, e.label) for e in evs]


@pytest.mark.parametrize(("text", "typ"), [
    pytest.param("A Philippine navy frigate and a Chinese coastguard cutter met near the shoal on Sunday.", "CONSULT",
                 id="craft-meeting-at-sea-hold-no-talks"),
    pytest.param("Peru delivered a formal protest note to the Chilean embassy on Friday.", "AID",
                 id="delivering-a-note-gives-no-aid"),
    pytest.param("Sweden delivered on its commitments under the memorandum.", "AID",
                 id="delivering-on-a-promise-gives-no-aid"),
])
def test_no_event_of_this_type(text: str, typ: str) -> None:
    evs = _events("Headline\n" + text)
    assert not any(e.type == typ for e in evs), [(e.type, e.sources, e.label) for e in evs]


@pytest.mark.parametrize("text", [
    "Peru objected to the clause on fishing rights and said it would not sign any text that named it.",
    "Chile rejected the draft on Monday and refused to attend the closing session.",
])
def test_one_partys_refusal_told_twice_in_a_sentence_is_one_event(text: str) -> None:
    evs = _events("Headline\n" + text)
    assert len([e for e in evs if e.type == "REJECT"]) == 1, [(e.type, e.sources, e.label) for e in evs]


@pytest.mark.parametrize(("text", "typ"), [
    ("Kenya said the new scanners would cut clearance times at Mombasa by half.", None),
    ("The mining company said it had cut its water use at the salt flat by a third.", None),
    ("Russia cut gas supplies to Moldova on Monday.", "SANCTION"),
])
def test_cutting_a_measure_is_no_sanction_cutting_a_supply_is(text: str, typ: str | None) -> None:
    evs = _events("Headline\n" + text)
    assert [e.type for e in evs if e.type in ("SANCTION", "THREATEN")] == ([typ] if typ else []), [
        (e.type, e.sources, e.label) for e in evs]


@pytest.mark.parametrize("text", [
    "Fiji and Tonga resumed talks on Monday. The revised proposal, tabled by Fiji on Tuesday, halves the licence fee.",
    "Ghana and Togo met again in Lomé. A new draft of the protocol, circulated by Ghana on Thursday, drops the clause.",
])
def test_a_text_put_forward_in_a_participle_is_its_agents_proposal(text: str) -> None:
    evs = _events("Headline\n" + text)
    assert [e.sources for e in evs if e.type == "AGREE" and e.mode == "propose"] in ([["Fiji"]], [["Ghana"]]), [
        (e.type, e.mode, e.sources, e.label) for e in evs]


def test_a_proposal_named_by_its_author_in_passing_is_no_new_proposal() -> None:
    evs = _events("Headline\nFiji and Tonga resumed talks on Monday. Tonga rejected the plan presented by Fiji in May. "
                  "An earlier offer, presented by Fiji last year, was also rejected.")
    assert not any(e.mode == "propose" for e in evs), [(e.type, e.mode, e.sources, e.label) for e in evs]


def test_a_meeting_named_again_by_its_day_is_the_meeting_told_before() -> None:
    evs = _events("Headline\nPeru's trade minister, Ana Soto, met Chile's finance minister, Mario Rojas, at a five-hour "
                  "meeting in Lima on Wednesday.\nThe president of Cusco, Luis Paredes, said on Monday that he would back "
                  "the deal only if the tax were cut at the same time, a position his office repeated after Wednesday's "
                  "meeting.", dt.date(2025, 12, 5))
    consult = [e for e in evs if e.type == "CONSULT"]
    assert len(consult) == 1 and "Luis Paredes" not in consult[0].sources, [(e.type, e.sources, e.label) for e in evs]


@pytest.mark.parametrize(("text", "want"), [
    # calling a strike under a condition is a threat, not a request
    pytest.param("The National Federation of Dockers said on Friday it would call a 48-hour strike if the port authority "
                 "cut pay.", ["THREATEN"], id="call-strike-if"),
    pytest.param("The National Federation of Dockers said it would call a nationwide walkout unless the automation plan "
                 "was dropped.", ["THREATEN"], id="call-walkout-unless"),
    # blocking the start of talks is a veto, and no talks
    pytest.param("Hungary has blocked the start of accession talks with Ukraine.", ["REJECT"], id="block-start-of-talks"),
    pytest.param("Poland vetoed the resumption of negotiations on the budget.", ["REJECT"], id="veto-resumption"),
])
def test_the_sentence_tells_exactly_these_events(text: str, want: list[str]) -> None:
    evs = _events("Headline\n" + text)
    assert [e.type for e in evs] == want, [(e.type, e.mode, e.label) for e in evs]


@pytest.mark.parametrize(("text", "banned"), [
    # a time phrase after "call" is not the particle of "call on"
    pytest.param("The National Federation of Dockers said on Tuesday it would call a strike unless wages rose.",
                 ("REQUEST",), id="time-phrase-after-call"),
    # a power to block is no block
    pytest.param("The framework would still let Greece block every chapter of the talks.", ("REJECT", "PROTEST"),
                 id="power-to-block"),
    # an act asked for in a subjunctive clause is not done
    pytest.param("The mediators suggested that the National Federation of Dockers suspend the strike while a panel "
                 "reviewed the figures.", ("SANCTION", "ASSAULT", "RETREAT", "PROTEST"), id="subjunctive-suggest"),
    pytest.param("Kenya insisted that Ethiopia halt its offensive in the north.", ("SANCTION", "ASSAULT", "RETREAT",
                                                                                    "PROTEST"), id="subjunctive-insist"),
    # a promise to back any outcome is no event
    pytest.param("Ghana said it would back any solution acceptable to the parties.", ("AGREE", "SUPPORT"),
                 id="back-any-solution"),
    pytest.param("The ruling party has said it will support whatever deal the government signs.", ("AGREE", "SUPPORT"),
                 id="support-whatever-deal"),
    # a warning of what a thing would do is no threat
    pytest.param("Governor Ana Ruiz urged both sides to stay at the table, warning that a strike would disrupt harvest "
                 "exports.", ("THREATEN",), id="warning-strike-would"),
    pytest.param("The mayor said the city would not cut bus routes, warning that doing so would poison relations with "
                 "commuters.", ("THREATEN",), id="warning-doing-so-would"),
    # declaring oneself something is no concession
    pytest.param("The census office says only a few thousand residents of Moldova declared themselves Romanian.",
                 ("CONCEDE",), id="declared-themselves"),
    # a step a text still has to pass is not taken
    pytest.param("The accord still has to be ratified by the Federation of Rail Workers.", ("SUPPORT", "AGREE"),
                 id="still-has-to-be-ratified"),
])
def test_the_sentence_tells_no_event_of_these_types(text: str, banned: tuple[str, ...]) -> None:
    evs = _events("Headline\n" + text)
    assert not any(e.type in banned for e in evs), [(e.type, e.mode, e.label) for e in evs]


@pytest.mark.parametrize(("text", "typ", "want"), [
    # calling a strike starts one, but naming or cancelling it does not
    pytest.param("The National Federation of Dockers called a 24-hour strike on Monday.", "PROTEST", ["PROTEST"],
                 id="called-a-strike"),
    pytest.param("The port authority called the strike illegal.", "PROTEST", [], id="called-the-strike-illegal"),
    pytest.param("The National Federation of Dockers called off the strike.", "PROTEST", [], id="called-off"),
    # a refusal in a conjunct with its own modal is a rejection
    pytest.param("Kenya said it was ready to consider a phased withdrawal but would not accept a permanent Ugandan "
                 "presence.", "REJECT", ["REJECT"], id="ready-but-would-not-accept"),
    pytest.param("Peru said it was willing to talk but would not sign the fisheries annex.", "REJECT", ["REJECT"],
                 id="willing-but-would-not-sign"),
    # the toll of an attack told by participles is the same attack
    pytest.param("Syria said Israeli jets had struck an air base, killing three soldiers and setting fire to a fuel depot.",
                 "ASSAULT", ["ASSAULT"], id="toll-of-an-attack"),
])
def test_the_sentence_tells_these_events_of_a_type(text: str, typ: str, want: list[str]) -> None:
    evs = _events("Headline\n" + text)
    assert [e.type for e in evs if e.type == typ] == want, [(e.type, e.mode, e.label) for e in evs]


@pytest.mark.parametrize("text", [
    "Hamas quit the talks in Cairo on Sunday.",
    "The Sudan People's Liberation Movement abandoned the negotiations in Addis Ababa last week.",
    "The Tigray People's Liberation Front left the table on Friday after the government refused to discuss Western Tigray.",
])
def test_a_party_leaving_the_talks_walks_out(text: str) -> None:
    evs = _events("Headline\n" + text)
    assert [(e.type, e.mode) for e in evs if e.mode == "boycott"] == [("PROTEST", "boycott")], [
        (e.type, e.mode, e.label) for e in evs]
    assert not any(e.type == "CONSULT" for e in evs), [(e.type, e.mode, e.label) for e in evs]


@pytest.mark.parametrize("text", [
    "The two governments left the talks still at odds over the disputed islands.",
    "\"Nobody has left the table, and nobody should,\" Mr Erdogan said.",
])
def test_sides_leaving_together_or_nobody_leaving_is_no_walkout(text: str) -> None:
    evs = _events("Headline\n" + text)
    assert not any(e.mode == "boycott" for e in evs), [(e.type, e.mode, e.label) for e in evs]


@pytest.mark.parametrize("text,who", [
    ("The revised offer Acme Logistics put on the table on Sunday raised wages by 4 per cent.", "Acme Logistics"),
    ("The first draft, which Norway presented to the parties last Thursday, made no mention of prisoners.", "Norway"),
    ("The plan that Egypt tabled last week was rejected by Hamas.", "Egypt"),
])
def test_a_text_its_author_put_forward_in_a_relative_clause_is_a_proposal(text: str, who: str) -> None:
    evs = _events("Headline\n" + text)
    assert [e.sources for e in evs if e.mode == "propose"] == [[who]], [(e.type, e.mode, e.sources, e.label) for e in evs]


def test_an_earlier_text_named_in_a_relative_clause_is_no_new_proposal() -> None:
    evs = _events("Headline\nTonga rejected the earlier offer Fiji made last year.")
    assert not any(e.mode == "propose" for e in evs), [(e.type, e.mode, e.sources, e.label) for e in evs]


def test_speaking_by_telephone_is_a_phone_call() -> None:
    evs = _events("Headline\nThe Kenyan foreign ministry said on Tuesday that William Ruto had spoken by telephone with "
                  "Abiy Ahmed and invited Ethiopia to send a delegation to Nairobi.")
    assert [(e.type, e.mode) for e in evs if e.type == "CONSULT"] == [("CONSULT", "phone")], [
        (e.type, e.mode, e.label) for e in evs]


def test_a_request_joined_to_an_expletive_reported_clause_is_the_reporters() -> None:
    evs = _events("Headline\nKaja Kallas told Belgrade on Monday that there was no alternative and called on the "
                  "government to recognise the vote.")
    assert [(e.type, e.sources) for e in evs if e.type == "REQUEST"] == [("REQUEST", ["Kaja Kallas"])], [
        (e.type, e.sources, e.label) for e in evs]


def test_a_phone_call_is_not_merged_into_talks_in_a_room() -> None:
    evs = _events("Headline\nWilliam Ruto, who has chaired the talks since they opened at a hotel in Nairobi, said the "
                  "parties were close.\nKenya's foreign ministry said on Tuesday that Mr Ruto had spoken by telephone with "
                  "Abiy Ahmed and invited Ethiopia to send a delegation back to the talks.")
    assert sorted(str(e.mode) for e in evs if e.type == "CONSULT") == ["None", "phone"], [
        (e.type, e.mode, e.label) for e in evs]


# --- round 14: classes read on unseen text (fresh hold-out), pinned in other words about other parties ---


@pytest.mark.parametrize("text", [
    "Peru declared a state of emergency in three Andean provinces on Monday.",
    "Thailand imposed martial law across the southern border provinces.",
    "The Bolivian government extended the state of emergency in Potosí for another month.",
])
def test_an_emergency_rule_or_martial_law_is_coercion_not_a_concession(text: str) -> None:
    assert [t for t, _, _ in _typed(text)] == ["COERCE"]


def test_boarding_a_vessel_is_coercion_but_boarding_a_plane_is_travel() -> None:
    got = _typed("The Sea Falcon, a Panama-flagged freighter, was boarded by the Greek coast guard on Friday.")
    assert [t for t, _, _ in got] == ["COERCE"]
    assert [t for t, _, _ in _typed("Israeli commandos boarded the ship in international waters.")] == ["COERCE"]
    assert _typed("The Irish foreign minister boarded a plane to Brussels.") == []


def test_releasing_water_or_a_report_lets_no_one_go() -> None:
    assert _typed("Ethiopia began releasing water from the dam into the Blue Nile.") == []
    assert _typed("The Indonesian health ministry released the figures on Friday.") == []
    assert [t for t, _, _ in _typed("The Taliban released two American detainees on Sunday.")] == ["RETREAT"]


def test_an_attack_on_a_text_is_a_reproach_and_a_clash_over_a_topic_no_assault() -> None:
    assert [t for t, _, _ in _typed("Germany's opposition attacked the budget as reckless.")] == ["ACCUSE"]
    assert [t for t, _, _ in _typed("The treaty was fiercely attacked by Poland.")] == ["ACCUSE"]
    assert _typed("Nigeria and Ghana clashed over the tariff schedule.") == []
    assert [t for t, _, _ in _typed("Sudanese paramilitaries attacked a camp near El Fasher on Sunday.")] == ["ASSAULT"]


def test_an_act_named_only_as_the_topic_of_a_verdict_is_no_act_of_the_namer() -> None:
    got = _typed("The Kenyan government called the strike plan \"reckless\".")
    assert "PROTEST" not in [t for t, _, _ in got] and "ASSAULT" not in [t for t, _, _ in got]
    got = _typed("Serbia described the protest call as a provocation.")
    assert "PROTEST" not in [t for t, _, _ in got]


def test_a_pronoun_object_carries_its_antecedent_into_the_label() -> None:
    evs = _events("Headline\nThe talks turned on a revised fishing quota plan that Norway tabled in March. That version "
                  "would have cut catches by a tenth. Iceland rejected it on Friday.")
    rej = [e.label for e in evs if e.type == "REJECT"]
    assert rej and "quota plan" in rej[0], rej
    evs = _events("Headline\nPeru put forward a new draft on Monday. Chile accepted it the next day.")
    assert any("draft" in e.label for e in evs if e.type == "AGREE" and e.sources == ["Chile"]), [
        (e.type, e.sources, e.label) for e in evs]


@pytest.mark.parametrize(("text", "carried"), [
    pytest.param("The mediator met both delegations in Lusaka. Envoy Carla Brandt proposed that all rebel fighters be "
                 "disarmed in a single phase by September. The Tamboro Front rejected that plan on Friday.", "disarmed",
                 id="what-was-proposed"),
    pytest.param("The Varnian defence ministry said on Monday that its troops had left the border town of Koltsk under "
                 "the withdrawal plan. The Dravian government disputed that account on Tuesday.", "left border town",
                 id="an-account-is-what-was-said-not-the-plan-it-names"),
    pytest.param("The Velorian government said on Monday that it had offered to cover repair costs for the damaged "
                 "ferries.\n\nThe Ostrand government rejected that offer on Tuesday.", "repair costs",
                 id="a-paragraph-opening-pointer-looks-back-a-paragraph"),
])
def test_a_pointing_object_carries_its_antecedent_into_the_label(text: str, carried: str) -> None:
    rej = [e.label for e in _events("Headline\n" + text) if e.type == "REJECT"]
    assert rej and carried in rej[0], rej


def test_a_bodys_members_act_for_the_body_named_before_them() -> None:
    got = _typed("The Zapatista Army of National Liberation called a general strike, and its supporters blocked "
                 "roads across Chiapas on Monday.")
    assert ("PROTEST", ["Zapatista Army of National Liberation"]) in [(t, s) for t, s, _ in got], got
    got = _typed("The Kurdistan Workers' Party said on Sunday that its fighters had attacked a Turkish outpost.")
    assert [(t, s) for t, s, _ in got if t == "ASSAULT"] == [("ASSAULT", ["Kurdistan Workers' Party"])], got


def test_in_protest_belongs_to_its_own_clause_and_a_raised_proposal_is_a_concession() -> None:
    got = _typed("Talks stalled after the Bolivian government raised its proposed increase to 7 per cent and the "
                 "Bolivian Workers' Center walked out of the talks in protest.")
    assert ("CONCEDE", ["Bolivia"]) in [(t, s) for t, s, _ in got], got
    assert ("PROTEST", ["Bolivia"]) not in [(t, s) for t, s, _ in got], got


def test_an_official_speaks_for_the_administration_he_names_by_description() -> None:
    got = _typed("On Friday the Canadian trade minister, Anita Sharma, said the government would impose a 20 per cent "
                 "duty on American steel if no deal was reached.")
    assert [t for t, _, _ in got] == ["THREATEN"] and got[0][1] in (["Anita Sharma"], ["Canada"]), got


def test_a_meeting_or_text_announced_for_later_is_no_agreement() -> None:
    assert _typed("Mr Ncube said he would convene the two delegations again in Harare next week.") == []
    assert _typed("Malaysia said it would host a meeting between Thailand and Cambodia.") == []  # a venue offered
    assert _typed("Kenya's foreign minister said Kenya would present a revised draft in Nairobi.") == []
    assert [t for t, _, _ in _typed("Indonesia said it would withdraw its troops from the border.")] == ["AGREE"]


def test_support_made_to_hang_on_a_condition_is_no_backing_yet() -> None:
    assert _typed("The Danish Fishermen's Association said it could back the revised plan only if losses were "
                  "compensated.") == []
    got = _typed("The Danish Fishermen's Association said it would support the blockade unless the quota was restored.")
    assert [t for t, _, _ in got] == ["THREATEN"], got


def test_an_event_noun_that_names_a_kind_of_thing_is_no_act() -> None:
    got = _typed("Under the new terms, Senegal's fisheries agency would join the joint investigation team as an observer.")
    assert "ACCUSE" not in [t for t, _, _ in got], got


def test_a_statement_of_fact_not_accepted_is_disputed_but_a_pending_step_is_not() -> None:
    got = _events("Headline\nBritain does not accept the figure.")
    assert [(e.type, e.sources) for e in got] == [("REJECT", ["United Kingdom"])]
    assert "not" in got[0].label.split()  # the refusal's label keeps its negation
    assert [t for t, _, _ in _typed("Chile did not accept the Bolivian account of the clash.")] == ["REJECT"]
    assert _typed("Egypt has not yet accepted the estimate.") == []


def test_a_force_used_by_an_unresolved_pronoun_is_no_act_on_record() -> None:
    assert _typed("\"We will fight them in the chamber, not on the street,\" the speaker of the assembly said.") == []
    got = _typed("The Turkish army said it struck Kurdish positions in northern Iraq.")
    assert [t for t, _, _ in got] == ["ASSAULT"], got


def test_a_meeting_to_come_that_the_parties_agreed_is_their_agreement() -> None:
    evs = _events("Headline\nSerbia and Kosovo ended two days of talks in Brussels. The two delegations did agree on one "
                  "point: they will meet again in Ohrid in a month.")
    assert [e.type for e in evs] == ["CONSULT", "AGREE"], [(e.type, e.label) for e in evs]


def test_a_possessive_act_is_its_verbs_subjects_not_an_earlier_partys() -> None:
    got = _typed("Talks between tea growers' unions and the Tea Board of Kenya ended in Nairobi on Wednesday without a "
                 "deal after the unions rejected a revised offer and repeated their threat to withhold leaf.")
    assert not any(t == "THREATEN" for t, _, _ in got), got  # the unions', whom the table does not name: no one else's
    got = _typed("The Tea Board of Kenya said on Friday that Kenya Tea Growers Association had renewed its threat.")
    assert [(t, s) for t, s, _ in got if t == "THREATEN"] == [("THREATEN", ["Kenya Tea Growers Association"])], got


def test_a_warning_of_what_a_thing_would_cause_is_a_forecast_not_a_threat() -> None:
    assert _typed("The central bank warned that higher rates would create hardship for borrowers.") == []
    assert _typed("Kenya warned that further delays would cause chaos at the border.") == []
    assert [t for t, _, _ in _typed("Kenya warned that it would close the border.")] == ["THREATEN"]


def test_support_given_with_a_light_verb_is_support() -> None:
    assert _typed("The Arab League extended its full support to the Palestinian Authority.") == [
        ("SUPPORT", ["Arab League"], ["Palestinian Authority"])]
    assert [(t, s) for t, s, _ in _typed("Brazil voiced strong backing for the Chilean proposal.")] == [("SUPPORT", ["Brazil"])]


def test_making_an_offer_proposes() -> None:
    assert [(t, s) for t, s, _ in _typed("Boeing made a new offer to the machinists' union on Friday.")] == [("AGREE", ["Boeing"])]


def test_a_march_noun_is_a_protest_and_the_month_is_not() -> None:
    assert [(t, s) for t, s, _ in _typed("Greenpeace announced a march on the capital for Friday.")] == [("PROTEST", ["Greenpeace"])]
    assert [t for t, _, _ in _typed("Serbia and Kosovo resumed talks in March.")] == ["CONSULT"]


def test_any_attempt_answered_by_the_speaker_is_a_threat() -> None:
    assert [(t, s) for t, s, _ in _typed("Russia said any attempt to deploy missiles in Poland would lead to retaliation.")] == [
        ("THREATEN", ["Russia"])]
    assert [(t, s) for t, s, _ in _typed(
        "The Teamsters said any attempt to hire replacement drivers would trigger a national strike.")] == [("THREATEN", ["Teamsters"])]
    assert [(t, s) for t, s, _ in _typed("Venezuela said any incursion into its airspace would bring a swift response.")] == [
        ("THREATEN", ["Venezuela"])]
    assert _typed("The ministry said any effort to reopen the mine would take years.") == []


def test_an_act_of_no_party_is_no_event() -> None:
    assert _typed("Tens of thousands of people rallied in the capital on Saturday.") == []


def test_a_protest_staged_to_press_demands_is_one_protest() -> None:
    assert [t for t, _, _ in _typed(
        "About 300 members of Unite staged a protest outside parliament on Monday to press the union's demands.")] == ["PROTEST"]


def test_backing_a_threat_is_support_not_the_threatened_measure() -> None:
    assert _typed("Poland backed the sanctions threat against Belarus on Monday.") == [("SUPPORT", ["Poland"], ["Belarus"])]


def test_a_part_taken_in_the_talks_told_before_is_that_meeting() -> None:
    got = _events("Headline\nColombia and the ELN held talks in Havana on Monday to try to revive the stalled peace process. "
                  "Norway's envoy, Dag Nylander, chaired Monday's session, which lasted for more than six hours.")
    assert [(e.type, e.sources) for e in got] == [("CONSULT", ["Colombia", "Dag Nylander"])]


def test_tabling_a_reworked_text_of_any_kind_proposes() -> None:
    assert _typed("Canada tabled a revised softwood lumber quota on Thursday.") == [("AGREE", ["Canada"], [])]
    assert [t for t, _, _ in _typed("Vietnam presented amended terms to the World Bank on Friday.")] == ["AGREE"]
    assert [t for t, _, _ in _typed("Vietnam presented its terms to the World Bank on Friday.")] == ["REQUEST"]


def test_what_a_backed_call_asks_for_is_not_done() -> None:
    assert [t for t, _, _ in _typed(
        "Germany backed Ukraine's call for Russian troops to be withdrawn from Zaporizhzhia.")] == ["SUPPORT"]
    assert [t for t, _, _ in _typed("Brazil supported the union's demand for the curfew to be lifted.")] == ["SUPPORT"]


def test_an_ask_split_by_a_relative_clause_is_still_a_request() -> None:
    assert _typed("Chile asked the United Nations, which has a mission in the region, to send monitors.") == [
        ("REQUEST", ["Chile"], ["United Nations"])]
    assert _typed("Peru asked the IMF, which lent it $2 billion last year, about the terms.") == []


def test_a_trigger_word_inside_a_name_is_no_event() -> None:
    assert "MOBILIZE" not in [t for t, _, _ in _typed(
        "The talks came a day after the Alliance for Victims of Forced Mobilization in Peru, a state-affiliated body "
        "under the interior ministry, unveiled a revised plan.")]
    assert [t for t, _, _ in _typed("The Federation of Strike Committees rejected the offer.")] == ["REJECT"]


def test_what_a_plan_or_a_bargain_is_for_is_not_done() -> None:
    assert [t for t, _, _ in _typed("Nepal set out its conditions for withdrawing troops from the border.")] == ["REQUEST"]
    assert [t for t, _, _ in _typed(
        "Georgia released six detainees in exchange for lifting sanctions on its banks.")] == ["RETREAT"]
    assert [t for t, _, _ in _typed("Georgia withdrew its troops, lifting sanctions on Monday.")] != []


def test_a_passive_conjunct_is_undergone_not_done() -> None:
    got = _typed("Leila Haddad was arrested in Tunis on Friday and charged with incitement.")
    assert [(t, src) for t, src, _ in got if src] == []  # (and, done by no one named, no event: background)
    assert [t for t, _, _ in _typed("Somalia has attacked and occupied the town of Dolow.")] == ["ASSAULT", "COERCE"]


def test_a_start_time_is_a_deadline_not_the_day_of_the_announcement() -> None:
    got = _events("Headline\nThe Pilots Union on Monday announced a 48-hour strike from early Thursday.", dt.date(2026, 3, 10))
    assert [e.date for e in got] == [dt.date(2026, 3, 9)]
    got = _events("Headline\nThe Pilots Union on Monday called a strike from midnight on Friday.", dt.date(2026, 3, 10))
    assert [e.date for e in got] == [dt.date(2026, 3, 9)]


def test_an_undated_act_takes_the_last_day_the_story_named() -> None:
    got = _events("Headline\nPeru has rejected the offer that Chile made on the fishing quota. Peru and Chile met in Lima "
                  "on Tuesday for the first time in a year. At the end of the meeting, Chile proposed a joint patrol of the "
                  "waters.\nPeru will reject any patrol of this kind in the future.", SAT)
    dated = [(e.type, e.label.split()[-1], e.date) for e in got if e.type in ("REJECT", "AGREE")]
    assert ("REJECT", "offer", dt.date(2025, 12, 2)) in dated  # the lede: the first day the story names
    assert ("AGREE", "waters", dt.date(2025, 12, 2)) in dated  # after "met on Tuesday": that day
    assert ("REJECT", "future", None) in dated  # still to come: no day yet


def test_a_crowd_counted_by_its_size_protests_with_no_actor_named() -> None:
    for text in ("Headline\nTens of thousands of people marched through Santiago on Sunday in defiance of Chilean authorities.",
                 "Headline\nAbout 2,000 Kurds began a sit-in on Sunday to protest against Iraq's budget cuts."):
        assert "PROTEST" in [e.type for e in _events(text) if not e.sources], text


def test_an_owned_or_inanimate_or_uncounted_crowd_is_no_sourceless_protest() -> None:
    for text in ("Headline\nSeveral thousand of the movement's supporters marched through Santiago on Sunday in defiance "
                 "of Chilean authorities.",
                 "Headline\nMore than 400 lorries blocked roads near Santiago on Sunday in defiance of Chilean authorities.",
                 "Headline\nKurds began a sit-in on Sunday to protest against Iraq's budget cuts."):
        assert [e for e in _events(text) if e.type == "PROTEST" and not e.sources] == [], text


def test_support_taken_back_with_but_and_a_refusal_is_no_support() -> None:
    for text in ("Headline\nChile's foreign minister said Chile welcomed the revised draft but could not accept any limit on "
                 "its fishing fleet.",
                 "Headline\nThe Peruvian government said Peru backed the new timetable but would sign it only if Bolivia "
                 "withdrew its troops.",
                 "Headline\nArgentina supports a regional fund but opposes any levy on exports, its trade minister said."):
        assert "SUPPORT" not in [e.type for e in _events(text)], text


def test_support_followed_by_but_and_a_request_stays_support() -> None:
    evs = _events("Headline\nThe Peruvian government said Peru backed the new timetable but urged Bolivia to withdraw its "
                  "troops.")
    assert ("SUPPORT", ["Peru"]) in [(e.type, e.sources) for e in evs]


def test_ordering_a_party_to_act_is_coercion() -> None:
    for text in ("Headline\nA Chilean judge, Maria Santos, on Monday ordered the Peruvian fishing company Pesquera Andina "
                 "to release the impounded boats.",
                 "Headline\nThe Bolivian interior minister, Carlos Rojas, ordered the miners' union to lift its roadblocks."):
        assert "COERCE" in [e.type for e in _events(text)], text


def test_ordering_a_thing_is_no_coercion() -> None:
    evs = _events("Headline\nThe Bolivian interior minister, Carlos Rojas, ordered an inquiry into the clashes.")
    assert "COERCE" not in [e.type for e in evs]


def test_an_act_going_on_since_a_day_began_that_day() -> None:
    evs = _events("Headline\nSince November 20, dockers of the Valparaiso union have blocked the container terminal.", SAT)
    assert [e.date for e in evs if e.type == "PROTEST"] == [dt.date(2025, 11, 20)]


def test_the_when_clause_of_a_since_date_happened_that_day() -> None:
    evs = _events("Headline\nThe crossing has been closed since Monday, when Peruvian troops sealed the border with Bolivia.", SAT)
    assert [e.date for e in evs if e.type == "COERCE"] == [dt.date(2025, 12, 1)]


def test_a_first_meeting_since_a_month_is_not_dated_by_it() -> None:
    evs = _events("Headline\nChile's foreign minister met her Bolivian counterpart on Thursday, their first meeting since "
                  "September.", SAT)
    assert {e.date for e in evs if e.type == "CONSULT"} == {dt.date(2025, 12, 4)}


def test_a_charge_against_a_body_named_by_description_is_an_accusation() -> None:
    evs = _events("Headline\nNorway's fisheries ministry cut the cod quota on Monday. Kari Dahl, leader of the Norwegian "
                  "Fishermen's Association, said the ministry was inflating the stock figures to frighten the public.")
    assert [(e.sources, e.targets) for e in evs if e.type == "ACCUSE"] == [(["Kari Dahl"], ["Norway"])]
    evs = _events("Headline\nNorway cut the cod quota on Monday. Kari Dahl, leader of the Norwegian Fishermen's "
                  "Association, said the government was holding fishermen hostage.")
    assert [e.sources for e in evs if e.type == "ACCUSE"] == [["Kari Dahl"]]


def test_any_provocation_is_no_charge() -> None:
    evs = _events("Headline\nEthiopia's army chief spoke on Thursday. General Dawit Alemu said the army was ready and "
                  "would respond decisively to any provocation from Eritrea.")
    assert "ACCUSE" not in [e.type for e in evs]


def test_an_unaffiliated_minister_speaks_for_the_state_he_names() -> None:
    evs = _events("Headline\nChile will not sign the revised accord unless Peru drops the fishing clause, Foreign "
                  "Minister Ana Rojas said on Tuesday.")
    assert [(e.type, e.sources) for e in evs] == [("REJECT", ["Chile"])]
    evs = _events("Headline\nPeru will not sign the accord, analyst Juan Perez said on Tuesday.")
    assert evs == []  # an analyst's forecast is no party's word


def test_what_any_act_of_the_other_side_would_meet_is_a_threat() -> None:
    evs = _events("Headline\nThe Harbour Workers Union said any attempt to bring in replacement crews would lead to an "
                  "all-out strike.")
    assert [(e.type, e.sources) for e in evs] == [("THREATEN", ["Harbour Workers Union"])]
    evs = _events("Headline\nPakistan's water minister, Khurram Bashir, said any attempt to divert the river would be "
                  "treated as an act of war.")
    assert [(e.type, e.sources) for e in evs if e.type == "THREATEN"] == [("THREATEN", ["Khurram Bashir"])]
    assert _events("Headline\nThe minister said any deal would bring relief to farmers.") == []


def test_one_doers_raid_told_by_two_verbs_is_one_event() -> None:
    evs = _events("Headline\nOn Tuesday, gunmen of the Allied Democratic Forces set fire to two clinics in Beni and "
                  "wounded a nurse and a guard.")
    assert [e.type for e in evs] == ["ASSAULT"]
    assert "wounded" in evs[0].label and "clinics" in evs[0].label


def test_one_walkout_named_twice_in_a_sentence_is_one_protest() -> None:
    evs = _events("Headline\nAround 20,000 teachers of the National Teachers Union staged a one-day strike across Kenya "
                  "on Thursday, the largest walkout in a decade.")
    assert [(e.type, e.sources) for e in evs] == [("PROTEST", ["National Teachers Union"])]


def test_a_threat_named_without_content_is_one_told_elsewhere() -> None:
    assert _events("Headline\nThe talks in Ankara were overshadowed by a warning from Moscow.") == []
    assert _events("Headline\nMoscow's threat has alarmed the Baltic states.") == []
    evs = _events("Headline\nAir Andes issued a 72-hour lockout notice on Monday.")  # a notice issued: the threat itself
    assert [(e.type, e.sources) for e in evs] == [("THREATEN", ["Air Andes"])]
    evs = _events("Headline\nAnalysts said the Chinese threat to cut rare-earth exports should be taken seriously.")
    assert [e.type for e in evs] == ["THREATEN"]  # its content told: the threat is read here


def test_a_venue_offered_is_no_agreement() -> None:
    assert _events("Headline\nNorway has offered to host the next round of talks.") == []
    assert _events("Headline\nThe Kenyan foreign minister said Nairobi was ready to host a meeting of the two leaders.") == []
    evs = _events("Headline\nIndonesia agreed to host the summit in Jakarta.")  # agreed: an agreement all the same
    assert [(e.type, e.sources) for e in evs] == [("AGREE", ["Indonesia"])]


@pytest.mark.parametrize("text", [
    "Headline\nThe Norwegian Fishermen's Association demands that Norway reopen the northern grounds.",
    "Headline\nCatalonia wants Spain to transfer control of the rail network.",
    "Headline\nColombia said it would ask the United Nations to send observers.",
], ids=["present", "want", "modal"])
def test_a_standing_or_planned_wish_is_no_request_event(text: str) -> None:
    """Gold over the studied articles records present-tense and planned requests as demands, not dated acts."""
    assert [e for e in _events(text) if e.type == "REQUEST"] == []


@pytest.mark.parametrize("text", [
    "Headline\nThe Norwegian Fishermen's Association demanded on Friday that Norway reopen the northern grounds.",
    "Headline\nThe Dockworkers Union of Chile has asked Chile to reopen port talks.",
], ids=["past", "perfect"])
def test_a_request_made_is_an_event(text: str) -> None:
    assert [e.type for e in _events(text) if e.type == "REQUEST"] == ["REQUEST"]


def test_insisting_that_another_must_act_is_a_standing_position() -> None:
    """"insists that X must …" restates a position; "insisted that X must …" on a day stays a request."""
    now = _events("Headline\nLisbon insists that the estuary border must be settled by the joint commission.")
    then = _events("Headline\nPortugal insisted on Monday that Spain must reopen the estuary crossing.")
    assert [e for e in now if e.type == "REQUEST"] == []
    assert [e.type for e in then if e.type == "REQUEST"] == ["REQUEST"]


@pytest.mark.parametrize("text", [
    "Headline\nUganda has so far declined to endorse the resolution.",
    "Headline\nThe African Union expected Sudan to ratify the protocol by the end of the year.",
    "Headline\nChile failed to endorse the declaration.",
    "Headline\nNepal refused to endorse the communique on Friday.",
], ids=["declined", "expected-of-another", "failed", "refused"])
def test_backing_refused_or_wished_of_another_is_no_support(text: str) -> None:
    assert [e for e in _events(text) if e.type == "SUPPORT"] == []


def test_backing_given_or_moved_to_is_support() -> None:
    assert [e.sources for e in _events("Headline\nCanada moved quickly to back its ally, Denmark.") if e.type == "SUPPORT"] == [
        ["Canada"]]


@pytest.mark.parametrize("text", [
    "Headline\nThe Farmers Party said it would back the treaty provided the fishing quotas were kept.",
    "Headline\nThe Kenyan delegation accepted a phased withdrawal, provided monitors stayed in the border towns.",
], ids=["provided", "provided-comma"])
def test_provided_as_a_condition_gives_no_aid(text: str) -> None:
    """"provided (that) X": a condition set on a stance, nothing handed over (no object, no one given to)."""
    assert [e for e in _events(text) if e.type == "AID"] == []


def test_aid_provided_to_a_party_stays() -> None:
    evs = _events("Headline\nJapan provided emergency food aid to Mozambique on Friday.")
    assert [(e.type, e.sources) for e in evs if e.type == "AID"] == [("AID", ["Japan"])]


@pytest.mark.parametrize("text", [
    "Headline\nPeru's envoy said Lima supported granting Bolivia observer status.",
    "Headline\nChile opposed sending peacekeepers to the border.",
], ids=["supported-granting", "opposed-sending"])
def test_an_act_a_stance_is_about_is_not_done(text: str) -> None:
    assert [e.type for e in _events(text) if e.type in ("AID", "MOBILIZE")] == []


def test_a_bare_strike_in_a_labour_story_is_no_attack() -> None:
    """Once the story's strike is a stoppage, "the cost of the strike" is no assault by the company."""
    text = ("Headline\nPort workers in Rotterdam went on strike on Monday, the Dutch Dockers Union said. "
            "Harbour Logistics has put the cost of the strike at about 20 million euros a day.")
    evs = _events(text, dt.date(2025, 12, 9))
    assert [e for e in evs if e.type == "ASSAULT"] == []


def test_a_weapons_strike_stays_an_assault_in_a_labour_story() -> None:
    text = ("Headline\nThe dock workers of the port of Haifa went on strike on Monday, and the union said that the strike "
            "would go on. Israel carried out air strikes on Hezbollah positions in the south of Lebanon on Tuesday.")
    evs = _events(text, dt.date(2025, 12, 10))
    assert [e.sources for e in evs if e.type == "ASSAULT"] == [["Israel"]]


def test_a_noun_object_of_another_act_is_that_act() -> None:
    """"after lifting most sanctions on Cuba": one act (the lifting), not a sanction as well."""
    evs = _events("Headline\nCanada lifted most sanctions on Venezuela on Friday.")
    assert "SANCTION" not in [e.type for e in evs]


def test_a_fronted_setting_gives_way_to_the_charge_in_a_long_label() -> None:
    text = ("Headline\nIn a statement read on national radio late on Monday evening, the government of President Idriss "
            "Mahamat accused Khartoum of \"arming the militias that burn our villages\".")
    evs = [e for e in _events(text) if e.type == "ACCUSE"]
    assert evs and "arming" in evs[0].label and "radio" not in evs[0].label


@pytest.mark.parametrize("text", [
    "Headline\nMarco Bellini, a union leader, was detained on Saturday evening.",
    "Headline\nOfficials said that Treasury funding for the Lagos rail line had been approved in principle.",
], ids=["detained", "funding-approved"])
def test_a_measure_done_by_no_one_named_is_no_event(text: str) -> None:
    """A measure or pledge done to a party by no one named is background (6 of 6 over the studied articles)."""
    assert [e for e in _events(text) if e.type in ("COERCE", "AID")] == []


def test_a_killing_by_no_one_named_stays() -> None:
    """PLOVER codes "three soldiers were killed" as an assault: the victim's side is the party it is tied to."""
    evs = _events("Headline\nFour UK servicemen were killed by a roadside bomb outside the Afghan city of Kandahar.")
    assert [e.type for e in evs] == ["ASSAULT"]


@pytest.mark.parametrize("text", [
    "Headline\nThe Dockworkers Union of Chile is demanding a 12 per cent pay rise and a shorter week.",
    "Headline\nThe Teachers Federation of Peru was demanding the repeal of the 2012 law.",
], ids=["is-demanding", "was-demanding"])
def test_a_progressive_demand_is_a_standing_wish_not_a_request_event(text: str) -> None:
    assert [e for e in _events(text) if e.type == "REQUEST"] == []


def test_pressing_a_party_to_act_stays_a_request() -> None:
    evs = _events("Headline\nThe Canadian Federation of Independent Business is pressing Ottawa to cut the levy.")
    assert [e.targets for e in evs if e.type == "REQUEST"] == [["Canada"]]


@pytest.mark.parametrize("text", [
    "Headline\nThe senator said she opposed lifting the embargo until Cuba cooperates with the inquiry.",
    "Headline\nThe senator said the ban stays until Cuba withdraws its troops from the border.",
], ids=["until-cooperates", "until-withdraws"])
def test_an_act_still_awaited_until_it_happens_is_no_event(text: str) -> None:
    assert [e for e in _events(text) if e.type in ("COOPERATE", "RETREAT")] == []


def test_an_act_done_before_a_past_until_stays() -> None:
    evs = _events("Headline\nThe talks stalled on Monday until Cuba withdrew its troops from the border.")
    assert [e.sources for e in evs if e.type == "RETREAT"] == [["Cuba"]]


@pytest.mark.parametrize("text", [
    "Headline\nThe Dockers Union of Chile rejected the port authority's offer on Monday. \"They are offering us peanuts so "
    "that we sign away our pensions,\" said Ana Ruiz, a leader of the union.",
    "Headline\nThe Ghana Nurses Union rejected the ministry's offer on Monday. \"We work night shifts, and they offer us two "
    "per cent,\" said Paul Mensah, a union leader.",
], ids=["progressive", "present"])
def test_scorn_of_what_is_offered_us_is_no_offer(text: str) -> None:
    assert [e.type for e in _events(text)] == ["REJECT"]


def test_an_offer_made_to_a_party_stays() -> None:
    evs = _events("Headline\nThe Port Authority offered the Dockers Union a 4 per cent rise on Monday.")
    assert [e.type for e in evs if e.type == "AGREE"] == ["AGREE"]


@pytest.mark.parametrize("text, who", [
    ("Headline\nThe Kenya Police Service said the march had not been authorised. Police fired tear gas at the marchers "
     "in Nairobi on Friday.", ["Kenya Police Service"]),
    ("Headline\nStudents gathered outside the education ministry in Santiago. Riot police detained 12 of them on "
     "Tuesday.", ["Police"]),
    ("Headline\nEight dockworkers were arrested by police in Valparaiso on Thursday.", ["Police"]),
], ids=["the-one-police-body", "police-with-no-body-named", "passive-agent"])
def test_police_named_only_by_kind_act_as_the_police(text: str, who: list[str]) -> None:
    assert [e.sources for e in _events(text) if e.type == "COERCE"] == [who]


def test_police_between_two_police_bodies_are_neither() -> None:
    text = ("Headline\nThe Punjab Police and the Delhi Police met on Monday. Police detained 11 farmers near the border "
            "on Tuesday.")
    assert [e.sources for e in _events(text) if e.type == "COERCE"] == []


@pytest.mark.parametrize("text", [
    "Headline\nThe committee questioned Mr Okafor, who is accused of diverting relief funds, on Monday.",
    "Headline\nVenezuela, which has been criticised for exceeding its quota, sent a new schedule to the secretariat.",
], ids=["who-is-accused", "which-was-criticised"])
def test_a_charge_with_no_accuser_is_no_accusation(text: str) -> None:
    assert [e for e in _events(text) if e.type == "ACCUSE"] == []


def test_a_passive_charge_keeps_its_named_accuser() -> None:
    evs = _events("Headline\nTogo was accused by Ghana on Monday of harbouring cocoa smugglers.")
    assert [(e.sources, e.targets) for e in evs if e.type == "ACCUSE"] == [(["Ghana"], ["Togo"])]


@pytest.mark.parametrize("text", [
    "Headline\nColombia launched an operation off the coast on Monday, with three frigates backed by drones.",
    "Headline\n\"We will not sign,\" Mr Bello of the Kano Movement said in a statement released by the movement's press office.",
], ids=["backed-by", "statement-released"])
def test_a_participle_describing_a_thing_is_no_act(text: str) -> None:
    """"frigates backed by drones", "a statement released by": a description of a thing, no party acts."""
    assert [e.type for e in _events(text) if e.type in ("SUPPORT", "COOPERATE", "RETREAT")] == []


def test_a_gerund_spelling_out_an_act_is_the_same_act() -> None:
    evs = _events("Headline\nMali's army launched an assault on rebel positions near Kidal on Friday, deploying three brigades.")
    assert [e.type for e in evs] == ["ASSAULT"]


@pytest.mark.parametrize("text", [
    "Headline\nSenator Ana Okoro said on Monday that she opposed any resumption of negotiations with the rebels.",
    "Headline\nMexico said on Monday that it opposed any resumption of talks between Cuba and the United States.",
], ids=["resumption-of-negotiations", "resumption-of-talks"])
def test_an_act_inside_what_a_stance_opposes_is_no_event(text: str) -> None:
    assert [e.type for e in _events(text)] == ["REJECT"]


def test_a_trigger_word_inside_a_party_name_is_no_act() -> None:
    text = "Headline\nThe motion was tabled by Ana Ruiz, who leads the Popular Rally group in the senate, on Monday."
    assert [e.type for e in _events(text) if e.type == "PROTEST"] == []


@pytest.mark.parametrize(("text", "typ", "words"), [
    ("Headline\nKenya rejected a Tanzanian proposal to share the lake's fishing grounds on Tuesday.", "REJECT", "fishing"),
    ("Headline\nPeru backed a Chilean plan to open the border crossing at night on Monday.", "SUPPORT", "border"),
], ids=["proposal-to-share", "plan-to-open"])
def test_an_infinitive_hung_on_the_object_stays_in_the_label(text: str, typ: str, words: str) -> None:
    """"rejected a proposal to share the fishing grounds": what the object is for tells what was rejected."""
    assert [words in e.label for e in _events(text) if e.type == typ] == [True]


@pytest.mark.parametrize("text", [
    "Headline\nKenya said on Monday that Uganda's deployments along the border were purely defensive.",
    "Headline\nBrazil has repeatedly said the EU investigation was politically motivated.",
], ids=["deployments-defensive", "investigation-motivated"])
def test_an_act_named_only_to_be_judged_is_no_event(text: str) -> None:
    """"X's deployments were defensive": a verdict on an act told elsewhere, not the act."""
    assert [e.type for e in _events(text) if e.type in ("MOBILIZE", "ACCUSE")] == []


@pytest.mark.parametrize(("text", "who"), [
    ("Headline\nFighters of the Ogaden National Liberation Front burned their rifles at a ceremony in Jijiga on Monday.",
     "Ogaden National Liberation Front"),
    ("Headline\nThe Moro Islamic Liberation Front destroyed its weapons under the eyes of foreign monitors on Sunday.",
     "Moro Islamic Liberation Front"),
    ("Headline\nThe Revolutionary Armed Forces of Colombia laid down their arms in a ceremony near Bogota on Friday.",
     "Revolutionary Armed Forces of Colombia"),
], ids=["burned-rifles", "destroyed-weapons", "laid-down-arms"])
def test_destroying_ones_own_weapons_is_a_disarmament_retreat(text: str, who: str) -> None:
    """"burned their rifles", "laid down their arms": the object (weapons) makes the act a retreat, not an assault."""
    assert [(e.type, e.sources) for e in _events(text) if e.type in ("RETREAT", "ASSAULT")] == [("RETREAT", [who])]


def test_burning_what_is_not_a_weapon_stays_no_retreat() -> None:
    """The object decides: "burned houses" is no disarmament."""
    evs = _events("Headline\nFighters of the Ogaden National Liberation Front burned houses in Jijiga on Monday.")
    assert "RETREAT" not in [e.type for e in evs]


def test_a_refusal_to_lay_down_arms_is_no_retreat() -> None:
    """"would not lay down its weapons": a refusal, not the act told as done."""
    evs = _events("Headline\nThe Moro Islamic Liberation Front said it would not lay down its weapons while troops remained.")
    assert "RETREAT" not in [e.type for e in evs]


@pytest.mark.parametrize("text", [
    "Headline\nA mediation panel overseeing the Hamas ceasefire talks on Tuesday presented a revised proposal.",
    "Headline\nA committee that monitors Kenya's border on Monday rejected the revised offer.",
], ids=["participle-names-party", "relative-names-party"])
def test_a_party_named_inside_a_clause_describing_the_subject_is_not_the_doer(text: str) -> None:
    """"A panel overseeing the Hamas talks presented …": the party named in the subject's own clause did not act."""
    assert [e.sources for e in _events(text) if e.type in ("AGREE", "REJECT")
            and any(a in ("Hamas", "Kenya") for a in e.sources)] == []


def test_storing_weapons_is_no_disarmament() -> None:
    """"stored weapons in a school": keeping arms is no retreat; only destroying or handing them in is."""
    evs = _events("Headline\nThe Allied Democratic Forces stored weapons in a village school near Beni, the army said "
                  "on Monday.")
    assert not [e for e in evs if e.type == "RETREAT"], evs


def test_support_taken_back_by_a_reported_refusal_is_no_support() -> None:
    """"welcomed the draft but said it could not accept …": the refusal is told through "said", the stance is mixed."""
    for text in ("Headline\nThe Chilean government welcomed the revised draft but said it could not accept any limit on "
                 "its fishing fleet.",
                 "Headline\nPeru backed the new timetable but added that it would sign it only if Bolivia withdrew its "
                 "troops."):
        assert "SUPPORT" not in [e.type for e in _events(text)], text


def test_a_meeting_named_bare_first_takes_the_label_of_the_telling_that_names_its_parties() -> None:
    """"said after the meeting …", then "X met Y on Monday": the merged meeting is labelled by who met whom."""
    evs = _events("Headline\nLuis Arce said after the meeting on Monday that the proposal was serious. Chile's envoy, "
                  "Ana Torres, met Arce on Monday in La Paz.")
    consult = [e for e in evs if e.type == "CONSULT"]
    assert len(consult) == 1 and "met Arce" in consult[0].label, consult


def test_a_warning_after_a_figure_of_speech_is_a_threat_of_its_own() -> None:
    """"struck a sharper tone, warning that …": the tone is no act for the warning to spell out, so the warning stands."""
    evs = _events("Headline\nOn Tuesday Chile's foreign minister struck a firmer tone, warning that Chile would look "
                  "elsewhere for its ore unless Peru moved by Friday.")
    assert [e.label.split()[0] for e in evs if e.type == "THREATEN" and "Peru" in e.targets] == ["warning"], evs


@pytest.mark.parametrize(("text", "who"), [
    # the owner of the text, with no agent: its possessor, or the state of its adjective (one half of "counter-offer")
    ("Fiji and Tonga resumed talks on Monday. Fiji's latest offer, presented on Tuesday, would halve the licence fee.", "Fiji"),
    ("Ghana and Togo met for five hours in Lomé on Thursday to discuss a Ghanaian counter-offer tabled on Monday.", "Ghana"),
    # nobody named in the sentence: the owner of the offer named before
    ("Tonga rejected Fiji's new offer on Monday. The revised offer, tabled on Wednesday, would cut the fee to 2 per cent.", "Fiji"),
])
def test_a_text_put_forward_in_a_participle_is_its_owners_proposal(text: str, who: str) -> None:
    """A participle that dates a text's tabling tells the act even under a main clause that says what the text
    would do; with no agent, the text's owner put it forward."""
    evs = _events("Headline\n" + text)
    assert [e.sources for e in evs if e.type == "AGREE" and e.mode == "propose"] == [[who]], [
        (e.type, e.mode, e.sources, e.label) for e in evs]


def test_a_text_tabled_this_week_without_a_comma_is_put_forward() -> None:
    """"The revised draft circulated on Tuesday drops …": dated in the story's week, the restrictive participle tells
    the act (one dated months before is background: see the Fiji plan "presented in May")."""
    evs = _events("Headline\nOman's first draft was rejected on Monday. The revised draft circulated by Oman on Tuesday "
                  "drops the clause on the border.")
    assert [e.sources for e in evs if e.mode == "propose"] == [["Oman"]], [(e.type, e.mode, e.sources, e.label) for e in evs]


@pytest.mark.parametrize("text", [
    "On Thursday Norway tabled what it called a revised roadmap.",
    "Norway put forward what it describes as a final offer.",
])
def test_a_text_tabled_under_the_name_its_author_gives_it_is_a_proposal(text: str) -> None:
    """"tabled what he called an amended version": the free relative's name is what was tabled."""
    assert [(t, s) for t, s, _ in _typed(text)] == [("AGREE", ["Norway"])]


@pytest.mark.parametrize("text", [
    "Chile answered with a counterproposal on Thursday.",
    "After a long night, Chile came back on Monday with a revised figure of $12 a tonne.",
])
def test_a_side_answering_with_a_text_proposes(text: str) -> None:
    """Answering or coming back with a counterproposal or a revised figure puts it forward (PLOVER AGREE)."""
    assert [(t, s) for t, s, _ in _typed(text)] == [("AGREE", ["Chile"])]


def test_a_side_that_counters_an_offer_does_not_own_it() -> None:
    """"Fiji made a new offer. Tonga countered the offer. The revised offer, tabled on Wednesday, …": the text's
    owner is who made it, not who answered it (verbs that table only "with" a text own no object)."""
    evs = _events("Headline\nFiji made a new offer on Monday. Tonga countered the offer on Tuesday. The revised offer, "
                  "tabled on Wednesday, would cut the fee to 2 per cent.")
    tabled = [e for e in evs if "tabled" in e.evidence.text]
    assert tabled and all(e.sources == ["Fiji"] for e in tabled), [(e.type, e.sources, e.label) for e in evs]


def test_a_crowd_of_a_partys_supporters_marches_for_that_party() -> None:
    """A counted crowd owned by a party ("the party's supporters") or named by it as a modifier the actor table
    leaves untagged ("hundreds of Avanza supporters") protests for that party."""
    for text in ("Headline\nThe opposition Liberty Front called for early elections. On Sunday, several thousand of the "
                 "party's supporters marched through the capital.",
                 "Headline\nThe opposition party Avanza called for early elections. On Sunday, hundreds of Avanza "
                 "supporters marched on the central police station."):
        evs = _events(text)
        assert [e.sources for e in evs if e.type == "PROTEST"] == [[evs[0].sources[0]]], text


def test_telling_a_rally_is_the_speakers_rally_not_a_request() -> None:
    """"X told a rally outside the ministry": the rally is the audience X addressed, a protest of X's (unlike
    "told members at a rally", a setting)."""
    evs = _events("Headline\nThe Transport Workers Union called a strike. The union's general secretary, Mara Quist, "
                  "told a rally outside the ministry on Monday that drivers would not back down.")
    assert ("PROTEST", ["Mara Quist"]) in [(e.type, e.sources) for e in evs]


def test_a_lobby_owned_by_the_body_named_by_its_kind_acts_for_the_body() -> None:
    """"the ports' lobby rejecting the draft": the one organisation whose name holds "ports" rejects it."""
    evs = _events("Headline\nThe Association of Ports in Corvania, which speaks for the largest ports, has opposed the "
                  "plan.\nThe talks ended on Wednesday, with the ports' lobby rejecting the draft.")
    assert [e.sources for e in evs if e.type == "REJECT" and "draft" in e.label] == [["Association of Ports"]]


def test_a_body_named_by_its_kind_is_only_one_of_that_kind_not_one_whose_name_merely_holds_the_word() -> None:
    """"the airline rejected …" beside the "Coastal Airline Pilots Association": "airline" only modifies that
    name, so the association is not the airline that rejected; "the association" is."""
    text = ("Headline\nThe Coastal Airline Pilots Association, which speaks for 900 pilots, met managers on Monday.\n"
            "The airline rejected the draft on Tuesday.\nThe association rejected the new rosters on Wednesday.")
    evs = [e for e in _events(text) if e.type == "REJECT"]
    assert [e.sources for e in evs if "draft" in e.label] in ([], [[]]), [(e.label, e.sources) for e in evs]
    assert [e.sources for e in evs if "roster" in e.label] == [["Coastal Airline Pilots Association"]]


def test_adopting_or_approving_a_text_is_an_agreement() -> None:
    """"adopted a declaration", "approved the treaty": agreeing to a text (PLOVER AGREE), not a verb left untyped."""
    evs = _events("Headline\nThe Northern Assembly adopted by consensus a short declaration on water rights on Tuesday.")
    assert [(e.type, e.sources) for e in evs] == [("AGREE", ["Northern Assembly"])]


def test_a_future_after_the_date_in_a_relative_or_reported_clause_is_another_verbs() -> None:
    """"announced on Monday that the leaders will meet", "signed on Monday a pact that will allow …": the Monday
    just past, not the next one."""
    wed = dt.date(2025, 12, 3)
    for text in ("The palace announced on Monday that the two leaders will meet in June.",
                 "The council voted on Monday to sign a pact that will allow joint patrols."):
        assert [d for _, d in find_dates(text, wed)] == [dt.date(2025, 12, 1)], text


def test_an_undated_act_opening_a_paragraph_takes_the_date_its_next_sentence_tells() -> None:
    """"Ethiopia denied the claim. Its spokesman said on Tuesday …": the next sentence tells the denial and dates
    it, not the day the story named before."""
    evs = _events("Headline\nOn Thursday the envoy said Kenya and Ethiopia had agreed a plan.\nEthiopia denied the claim. "
                  "Its spokesman, Omar Dahl, said on Tuesday that no plan existed.")
    assert [(e.type, e.date) for e in evs if e.type == "REJECT"] == [("REJECT", dt.date(2025, 12, 2))]


def test_a_second_reported_clause_joined_by_and_that_is_the_speakers_word_too() -> None:
    """"said the offer was a step forward but that the government would not sign …": the parser makes the second
    "that" clause a conjunct of the first; its "would not" is still the speaker's side's refusal."""
    evs = _events("Headline\nChile's mining minister, Ana Ruiz, said on Wednesday that the revised offer was a step in the "
                  "right direction but that the government would not sign an agreement that left it a junior partner.")
    assert [(e.type, e.sources) for e in evs] == [("REJECT", ["Chile"])]


def test_talks_at_a_body_have_that_body_take_part() -> None:
    """"talks at the National Conciliation Board": the body that hosts the talks takes part in them."""
    evs = _events("Headline\nThe Transport Workers Union called a strike after talks at the National Conciliation Board "
                  "broke down on Thursday.")
    assert [e.targets for e in evs if e.type == "CONSULT"] == [["National Conciliation Board"]]


def test_a_condition_hung_on_the_complement_still_makes_the_step_a_threat() -> None:
    """"would begin pulling out its officers if the funding did not arrive": the parser hangs the "if" clause on
    "pulling", the complement of "begin"; the speaker's side still threatens."""
    evs = _events("Headline\nKenya told the envoys on Tuesday that it would begin pulling out its officers if the funding "
                  "did not arrive.")
    assert [(e.type, e.sources) for e in evs] == [("THREATEN", ["Kenya"])]


def test_spending_hours_at_a_body_is_a_meeting_there() -> None:
    """"Negotiators … spent nine hours at the offices of the Board": the time spent there is a meeting."""
    evs = _events("Headline\nNegotiators for the Harbour Pilots Association spent more than nine hours at the offices of the "
                  "National Conciliation Board on Wednesday.")
    assert [(e.type, e.sources, e.targets) for e in evs] == [
        ("CONSULT", ["Harbour Pilots Association"], ["National Conciliation Board"])]


def test_presenting_a_bill_or_memorandum_puts_a_proposal_forward() -> None:
    """"presented a bill that would cap rents": a text put to the other side, like a plan or a draft (AGREE)."""
    evs = _events("Headline\nOn Monday, Senator Ana Ruiz of the Green Party presented a bill that would cap rents in the "
                  "capital.")
    assert [(e.type, e.sources) for e in evs] == [("AGREE", ["Ana Ruiz"])]


def test_a_root_past_participle_with_no_auxiliary_is_told_in_the_past() -> None:
    """The tagger sometimes reads the simple past of a main verb as a participle ("X disputed that figure." with
    "disputed" VBN); with no auxiliary it is still the narrative past that dates an act by its paragraph."""
    from spacy.tokens import Doc

    from graph.extract.events import _narrated
    from graph.nlp import load_nlp

    words = ["Zorvia", "disputed", "that", "figure", "."]
    doc = Doc(load_nlp().vocab, words=words, tags=["NNP", "VBN", "DT", "NN", "."], heads=[1, 1, 3, 1, 1],
              deps=["nsubj", "ROOT", "det", "dobj", "punct"])
    assert _narrated(doc[1])
    passive = Doc(load_nlp().vocab, words=["Zorvia", "was", "disputed", "."], tags=["NNP", "VBD", "VBN", "."],
                  heads=[2, 2, 2, 2], deps=["nsubjpass", "auxpass", "ROOT", "punct"])
    assert not _narrated(passive[2])


def test_a_weekday_of_a_named_week_is_that_week_s_day() -> None:
    """"broke down on Friday of last week" in a story of a Friday is the Friday before, not the day itself; "on
    Monday next week" is the Monday after the coming one; the "last week" inside is no date of its own."""
    fri = dt.date(2025, 12, 5)
    assert [d for _, d in find_dates("The Harbour talks broke down on Friday of last week.", fri)] == [dt.date(2025, 11, 28)]
    assert [d for _, d in find_dates("The next round is due on Monday next week.", dt.date(2025, 12, 2))] == [
        dt.date(2025, 12, 8)]
    assert [d for _, d in find_dates("Last week's Tuesday session ended early.", fri)] == [dt.date(2025, 11, 25)]


def test_a_bare_denial_is_dated_by_the_report_quoting_it_not_the_paragraphs_earlier_day() -> None:
    """"X said on Monday it had …. Y denied it. "…," Y's minister wrote on Thursday": the quoted reply's report
    dates the denial, even past the quoted sentences between."""
    evs = _events("Headline\nThe Liberation Front said in a statement on Monday that it had freed 300 prisoners. "
                  "Norland denied it. \"There was no release. Nobody walked out of any prison,\" Interior Minister Petra "
                  "Lund wrote on social media on Thursday.")
    assert [(e.type, e.date) for e in evs if e.type == "REJECT"] == [("REJECT", dt.date(2025, 12, 4))]


def test_a_crowd_counted_in_hundreds_of_workers_is_the_unions() -> None:
    """"Hundreds of dockers marched": the crowd is of the workers it is counted in, so the union of the dispute acts."""
    evs = _events("Headline\nThe Harbour Workers Union is in a pay dispute with Portline.\nHundreds of dockers marched "
                  "outside the Portline offices on Thursday.")
    assert [(e.type, e.sources) for e in evs if e.type == "PROTEST"] == [("PROTEST", ["Harbour Workers Union"])]


def test_an_arrest_with_no_agent_is_made_by_the_police_body_reporting_it() -> None:
    """"Nine strikers were arrested …, Northshire Police said": the force that reports the arrest made it."""
    evs = _events("Headline\nNine strikers were arrested outside the Marlow plant on Friday morning, Northshire Police said.")
    assert [(e.type, e.sources) for e in evs if e.type == "COERCE"] == [("COERCE", ["Northshire Police"])]


def test_a_parliament_ratifying_a_treaty_agrees_to_it() -> None:
    """Ratifying is signing on formally (PLOVER AGREE, CAMEO 057), not mere backing (SUPPORT)."""
    evs = _events("Headline\nThe Chilean parliament on Tuesday ratified the fisheries accord with Peru.")
    assert [e.type for e in evs if "ratified" in e.label] == ["AGREE"]


@pytest.mark.parametrize("text", [
    "Headline\nThe ministry said Harbin would lift the quota provided that Osaka dropped its threat to halt imports.",
    "Headline\nThe chamber said it would keep backing the levy for as long as the Venezuelan embargo remained.",
    "Headline\nLagos offered aid on condition that Accra imposed sanctions on Lome.",
], ids=["provided-that", "as-long-as", "on-condition-that"])
def test_an_act_inside_a_proviso_is_no_event(text: str) -> None:
    """"provided (that) X dropped its threat", "as long as the embargo remained", "on condition that X closed the
    crossing": the proviso names what is asked for, not something done."""
    evs = _events(text)
    assert not [e for e in evs if e.type in ("THREATEN", "SANCTION", "COERCE")], [(e.type, e.label) for e in evs]


def test_a_body_named_in_the_speakers_title_is_the_one_that_refuses() -> None:
    """"The government's chief negotiator, X, said Lusaka … would not accept …": the government in his title is
    his own side, so its refusal is its word (REJECT), though the table tied him to no body."""
    evs = _events("Headline\nZambia and the rebels met in Nairobi on Monday.\nThe government's chief negotiator, Tomas "
                  "Banda, said Lusaka was ready to consider individual pardons but would not accept a blanket amnesty "
                  "for the rebel commanders.")
    assert [(e.type, e.sources) for e in evs if "amnesty" in e.label] == [("REJECT", ["Zambia"])]


def test_a_side_named_in_a_clause_on_the_speaker_is_not_his_own() -> None:
    """"X, who met Iranian officials, said Iran would boycott …": Iran is named in a clause about him, not in his
    title, so he does not voice Iran's boycott (and "Iran" is no word of "Iranian")."""
    evs = _events("Headline\nUS envoy John Smith, who met Iranian officials in Oman on Monday, said Iran would boycott "
                  "the next round of talks.")
    assert not [e for e in evs if e.type in ("THREATEN", "PROTEST", "REJECT")]


def test_a_group_claiming_responsibility_for_an_attack_owns_the_assault() -> None:
    """"X claimed responsibility for the attack": PLOVER codes the claimed attack to the claimant."""
    evs = _events("Headline\nThe Ogaden Liberation Front claimed responsibility for the Kebri attack in a statement on Sunday.")
    assert [(e.type, e.sources) for e in evs] == [("ASSAULT", ["Ogaden Liberation Front"])]


def test_an_airline_cancelling_flights_concedes_nothing() -> None:
    """Cancelled flights, trains or operations are the disruption a strike causes, no concession to a party."""
    evs = _events("Headline\nThe carrier SkyNorte, which cancelled 140 flights on Tuesday, said it had lost 3 million euros.")
    assert not [e for e in evs if e.type == "CONCEDE"], [(e.type, e.label) for e in evs]


def test_leaders_emerging_from_days_of_talks_held_the_talks() -> None:
    """"X and Y emerged from two days of talks in Lima": who comes out of the talks held them (CONSULT, there)."""
    evs = _events("Headline\nPremier Ana Quispe and President Tomas Llosa emerged from two days of talks in Lima this week "
                  "saying a deal on the new railway was within reach.")
    assert [(e.type, sorted(e.sources), e.place) for e in evs if e.type == "CONSULT"] == [
        ("CONSULT", ["Ana Quispe", "Tomas Llosa"], "Lima")]


def test_a_meeting_said_to_be_an_encounter_between_sides_is_theirs() -> None:
    """"The meeting was the first encounter between the bloc and Y": the predicate names who met (CONSULT)."""
    evs = _events("Headline\nThe Andean Community met in Quito this week.\nThe two-day meeting was the first high-level "
                  "encounter between the bloc and Venezuela since 2019.")
    assert any(e.type == "CONSULT" and {"Andean Community", "Venezuela"} <= set(e.sources + e.targets) for e in evs), \
        [(e.type, e.sources, e.targets, e.label) for e in evs]


def test_initialling_a_text_is_agreeing_to_it() -> None:
    """Initialling a treaty text is signing it in draft (AGREE), as "sign" is."""
    evs = _events("Headline\nAlbania and Greece initialled the fisheries accord on Monday.")
    assert "AGREE" in [e.type for e in evs if "initialled" in e.label]


def test_a_call_dated_by_on_is_a_phone_call_not_a_call_on_someone() -> None:
    """"a telephone call on Friday between X and Y": "on" opens a time phrase, not the "call on" of an appeal."""
    evs = _events("Headline\nThe accord followed a telephone call on Friday evening between President Lena Varga "
                  "of Moldavia and President Ivo Petrak of Carpathia.")
    assert [(e.type, e.mode) for e in evs] == [("CONSULT", "phone")]


def test_a_verb_called_on_a_day_for_something_stays_an_appeal() -> None:
    """"called on Friday for …": the parser hangs "for" on the day, the appeal is still one."""
    evs = _events("Headline\nThe Freight Hauliers Association called on Friday for the ministry to scrap the new toll.")
    assert [e.type for e in evs] == ["REQUEST"]


def test_a_conjunct_with_no_subject_of_its_own_threatens_for_its_heads_subject() -> None:
    """"said it backed X but would file a motion if …": the subjectless "would file" shares "it", the speaker's side."""
    evs = _events("Headline\nThe Green Alliance said it backed the pension cuts but would table a censure motion if "
                  "the cabinet bypassed parliament.")
    assert [(e.type, e.sources) for e in evs if e.type == "THREATEN"] == [("THREATEN", ["Green Alliance"])]


def test_a_step_offered_if_the_other_side_agrees_is_no_threat() -> None:
    """"would consider going to arbitration if the ministry agreed …": an offer on terms, not a threat."""
    evs = _events("Headline\nThe Royal Nursing Guild said it was ready to meet the minister and would consider going "
                  "to arbitration if the ministry agreed that staffing was on the agenda.")
    assert not [e for e in evs if e.type == "THREATEN"]


def test_a_threat_does_not_target_the_threateners_own_side() -> None:
    evs = _events("Egypt warns over Gaza plan\nCAIRO - Egypt's foreign minister, Badr Abdelatty, spoke on Monday. He "
                  "warned that Egypt would suspend security coordination with Israel if troops moved towards the border.")
    threat = next(e for e in evs if e.type == "THREATEN")
    assert threat.targets == ["Israel"]


@pytest.mark.parametrize("sentence", [
    "Kim Yo Jong said on Monday that no North Korean official had met anyone from Japan in Mongolia.",
    "No one was arrested at the border crossing on Monday, police said.",
])
def test_an_act_whose_subject_is_no_one_did_not_happen(sentence: str) -> None:
    assert not [e for e in _events("Talks denied\nSEOUL - " + sentence) if e.type in ("CONSULT", "COERCE")]


def test_a_hyphenated_word_counts_once_and_is_never_cut() -> None:
    evs = _events("US envoys meet Putin\nMOSCOW - Vladimir Putin held a five-hour meeting with Donald Trump envoy Steve "
                  "Witkoff and with Mr Trump's son-in-law Jared Kushner in the Kremlin on Tuesday.")
    meeting = next(e for e in evs if e.type == "CONSULT")
    assert "son-in-law" in meeting.label and not meeting.label.endswith(("-", "son-in"))


def test_an_act_placed_in_a_month_or_year_takes_no_day_from_the_story() -> None:
    evs = _events("Peru and Chile fail to sign border deal\nLIMA - The foreign ministers of Peru and Chile ended talks in "
                  "Lima on Wednesday without signing the border deal. Peruvian President Jose Jeri and Chilean President "
                  "Gabriel Boric met at the White House in August and initialled the text. Chile's army said Peruvian "
                  "troops had seized a village near the border in 2024.")
    talks = next(e for e in evs if e.type == "CONSULT" and "Lima" in e.label)
    assert talks.date is not None
    assert all(e.date is None for e in evs if "August" in e.evidence.text or "2024" in e.evidence.text)
    assert any("August" in e.evidence.text for e in evs) and any("2024" in e.evidence.text for e in evs)


def test_a_month_and_day_ending_a_name_are_no_date() -> None:
    pub = dt.date(2026, 3, 4)
    assert find_dates("The supply boat Unaizah May 7 was blocked on Sunday.", pub) == [(45, dt.date(2026, 3, 1))]
    assert find_dates("Talks began on Tuesday May 7.", pub)[-1][1] == dt.date(2025, 5, 7)


@pytest.mark.parametrize(("text", "year"), [("Around May 7, Ghana suspended talks with Togo.", 2025),
                                            ("Effective May 7, the tariff applies to all imports.", 2026)])
def test_a_date_after_a_sentences_first_word_is_still_a_date(text: str, year: int) -> None:
    # a past verb takes last May; the present "applies" the nearer May, two months ahead of a March article
    assert [d for _, d in find_dates(text, dt.date(2026, 3, 4))] == [dt.date(year, 5, 7)]


def test_no_before_a_name_or_number_does_not_negate() -> None:
    from graph.extract.events import irrealis
    from graph.extract.pipeline import extraction_nlp

    doc = extraction_nlp()("No 10 said the deal was off. No Labels endorsed the deal. No official met them.")
    assert [irrealis(s.root) for s in doc.sents] == [False, False, True]


def test_an_agreement_told_only_by_the_other_side_and_denied_is_no_event() -> None:
    evs = _events("Border talks\nSerbian President Aleksandar Vucic said Kosovo had agreed to withdraw its special police "
                  "from the north. Kosovo Prime Minister Albin Kurti denied that.\n")
    assert not any(e.type == "AGREE" and "Kosovo" in e.sources for e in evs), evs


def test_an_agreement_held_on_a_bare_provided_is_no_event() -> None:
    evs = _events("Salmon talks\nThe Norwegian Fishermen's Association said on Friday it would agree to a lower quota "
                  "provided Russia cut its own catch by the same share.\n")
    assert not any(e.type == "AGREE" for e in evs), evs


def test_a_next_meeting_scheduled_is_no_meeting_held() -> None:
    evs = _events("Border talks\nTimor-Leste and Indonesia met in Dili on Monday. The Joint Border Committee's next meeting is "
                  "scheduled for Kupang in February.", dt.date(2026, 11, 24))
    consults = [e for e in evs if e.type == "CONSULT"]
    assert len(consults) == 1 and "met" in consults[0].label, evs


def test_a_participle_shares_its_verbs_time_not_a_carried_day() -> None:
    evs = _events("Fuel talks\nThe workers' union said on Friday it would call a strike. President Ana Ruiz, who "
                  "took office in November promising to end fuel shortages, met union leaders.", dt.date(2026, 7, 21))
    promising = [e for e in evs if "promising" in e.label]
    assert promising and all(e.date is None for e in promising), evs


def test_a_warning_of_what_may_happen_to_a_thing_is_no_threat() -> None:
    evs = _events("Budget warning\nThe International Monetary Fund warned on Friday that Ghana's cocoa revenues could "
                  "collapse by next spring. The Cocoa Farmers Association of Ghana warned that it would block the ports if prices "
                  "fell.\n")
    threats = [e for e in evs if e.type == "THREATEN"]
    assert not any("International Monetary Fund" in e.sources or "revenues" in e.label for e in threats), threats
    assert any("block" in e.label for e in threats), threats


def test_a_deal_brokered_by_a_third_party_names_the_broker_as_an_actor_of_the_act() -> None:
    evs = _events("Captives freed\nNEW DELHI (AP) - Armenia and Azerbaijan swapped nine detainees at the frontier on "
                  "Friday in a deal brokered by Qatar. Azerbaijani Foreign Minister Jeyhun Bayramov thanked the Qatari "
                  "government for its mediation.\n")
    swap = [e for e in evs if "swapped" in e.label]
    assert swap and swap[0].type == "COOPERATE" and "Qatar" in swap[0].sources, evs
    assert not any(e.type == "CONSULT" and "Qatar" not in e.sources for e in evs), evs
    assert not any(e.label.startswith("brokered") for e in evs), evs


def test_offering_a_great_deal_is_an_amount_not_an_agreement() -> None:
    evs = _events("Water talks\nKazakh Water Minister Nurzhan Nurzhigitov said Astana had already offered a great "
                  "deal in the talks.\n")
    assert not any(e.type == "AGREE" for e in evs), evs


def test_a_next_meeting_that_took_place_is_a_meeting() -> None:
    evs = _events("Licence talks\nThe next meeting between Kiribati and Japan took place in Tarawa on Monday.",
                  dt.date(2026, 10, 6))
    assert [e.type for e in evs].count("CONSULT") == 1, evs


def test_as_long_as_a_length_sets_no_terms() -> None:
    evs = _events("Licence talks\nKiribati will sign the licence deal with Japan on Monday, ending a row that has "
                  "lasted as long as a decade.", dt.date(2026, 10, 6))
    assert any(e.type == "AGREE" for e in evs), evs



def test_a_past_verb_before_a_date_keeps_it_past_despite_a_later_will() -> None:
    text = "The panel that convened on March 3 will meet again in April."
    assert [d for _, d in find_dates(text, dt.date(2025, 5, 20))] == [dt.date(2025, 3, 3)]


def test_a_past_tense_inside_a_condition_keeps_the_deadline_in_the_future() -> None:
    text = "The minister said that if no agreement was struck by March 31 she would impose the rules."
    assert [d for _, d in find_dates(text, dt.date(2026, 2, 5))] == [dt.date(2026, 3, 31)]


def test_an_attributive_participle_is_no_past_tense() -> None:
    text = "Serbia says the planned summit with Kosovo on July 20 must move to Brussels."
    assert [d for _, d in find_dates(text, dt.date(2025, 5, 20))] == [dt.date(2025, 7, 20)]


def test_a_scheduled_meeting_is_no_meeting_held_until_a_past_verb_tells_it() -> None:
    ahead = _events("Headline\nA scheduled meeting between Chile and Peru next week is expected to settle the dispute.")
    assert [e for e in ahead if e.type == "CONSULT"] == []
    held = _events("Headline\nThe scheduled meeting between Chile and Peru took place on Monday.")
    assert [(e.type, e.date) for e in held] == [("CONSULT", dt.date(2025, 12, 1))]


def test_a_denial_of_something_else_keeps_the_reported_agreement() -> None:
    evs = _events("Headline\nMoldova said Romania had agreed to reopen the bridge. Romanian officials denied that "
                  "Bucharest would pay for the repairs.")
    assert [(e.type, e.sources) for e in evs if e.type == "AGREE"] == [("AGREE", ["Romania"])]


def test_a_denial_that_restates_the_report_drops_the_agreement() -> None:
    evs = _events("Headline\nMoldova said Romania had agreed to reopen the bridge. Romanian officials denied that "
                  "the bridge would be reopened.")
    assert [e for e in evs if e.type == "AGREE"] == []
    such = _events("Headline\nMoldova said Romania had agreed to reopen the bridge. Romanian officials denied that "
                   "Bucharest had made any such promise.")
    assert [e for e in such if e.type == "AGREE"] == []


def test_the_and_of_between_two_names_ends_no_clause() -> None:
    text = "The proposed talks on Friday between Chile and Peru will focus on the border."
    assert [d for _, d in find_dates(text, dt.date(2025, 5, 20))] == [dt.date(2025, 5, 23)]


def test_an_act_placed_in_a_month_takes_no_day_from_the_sentence_before() -> None:
    evs = _events("Headline\nThe Federal Trade Commission sued Meta on Wednesday. The Federal Trade Commission opened "
                  "an inquiry into Meta's acquisitions in March.")
    assert [(e.label, e.date) for e in evs if "inquiry" in e.label] == [
        ("opened inquiry into Meta's acquisitions in March", None)]


def test_an_act_going_on_since_a_month_takes_no_later_day() -> None:
    evs = _events("Headline\nThe French farmers' union FNSEA has blockaded the port of Calais since October. "
                  "The French government offered new subsidies on Thursday.")
    assert [(e.type, e.date) for e in evs if e.sources == ["FNSEA"]] == [("COERCE", None)]


def test_a_relative_clause_placed_in_a_month_takes_no_day_of_its_sentence() -> None:
    evs = _events("Headline\nNorway, which had joined the mediation in August, pulled out of the talks on Tuesday.")
    assert [(e.type, e.date) for e in evs] == [("CONSULT", None), ("RETREAT", dt.date(2025, 12, 2))]


def test_an_after_clause_of_an_act_placed_in_a_year_takes_no_day() -> None:
    evs = _events("Headline\nThe European Commission fined Google on Monday. In 2019 the Commission cleared the merger "
                  "after Siemens agreed to sell its signalling business to Alstom.")
    assert [(e.type, e.sources, e.date) for e in evs if e.type == "AGREE"] == [("AGREE", ["Siemens"], None)]


def test_fighting_a_measure_is_opposition_and_fighting_a_force_is_assault() -> None:
    evs = _events("Headline\nThe National Farmers Union has fought the fertiliser ban for two years. Congolese troops "
                  "fought M23 rebels near Goma on Monday.")
    assert [(e.type, e.sources[:1]) for e in evs] == [
        ("REJECT", ["National Farmers Union"]), ("ASSAULT", ["Democratic Republic of the Congo"])]


def test_a_participle_after_a_since_clause_is_the_main_subjects() -> None:
    evs = _events("Headline\nThe National Farmers Union had fought the levy since Prime Minister Mark Carney announced "
                  "it in June, calling it a tax on food and threatening to sue the government.")
    assert [(e.type, e.sources) for e in evs if e.type == "THREATEN"] == [("THREATEN", ["National Farmers Union"])]


def test_an_infinitive_listed_in_reported_words_is_not_the_reporters_act() -> None:
    evs = _events("Headline\nQatar's foreign minister said the rebels had promised to release prisoners, halt attacks "
                  "and allow Red Cross workers to visit the camps.")
    assert not any("Qatar" in e.sources for e in evs)


def test_a_request_is_addressed_to_its_object_not_to_a_party_in_what_is_asked() -> None:
    evs = _events("Headline\nAmnesty International urged the judges to accept Armenia's evidence. Germany urged Russia "
                  "to accept Ukraine's terms.")
    assert [(e.sources, e.targets) for e in evs if e.type == "REQUEST"] == [
        (["Amnesty International"], []), (["Germany"], ["Russia"])]


def test_a_when_clause_of_a_noun_placed_in_a_year_takes_no_day() -> None:
    evs = _events("Headline\nChile rejected the offer on Monday. The row recalls a stand-off in 2019 between Chile and "
                  "Peru, when the two governments signed a secret deal.")
    assert [(e.type, e.date) for e in evs] == [("REJECT", dt.date(2025, 12, 1)), ("AGREE", None)]


def test_a_repeated_act_in_the_perfect_takes_no_day_from_the_paragraph_before() -> None:
    evs = _events("Headline\nThe miners' union met the mine owner Kestrel Mining on Tuesday to reopen pay talks.\n\n"
                  "The Labour Council has repeatedly urged the company to raise its offer.")
    assert [(e.type, e.date) for e in evs if e.type == "REQUEST"] == [("REQUEST", None)]


def test_a_day_inside_a_reported_past_perfect_is_not_carried_back_or_on() -> None:
    evs = _events("Headline\nThe teachers' union met the education ministry on Monday.\n\n"
                  "The finance minister, Ana Ruiz, accused the union of blackmail. The union said its members had "
                  "rejected a wage offer in a vote on Nov. 20.\n\nThe national parents' council called on both sides "
                  "to return to talks.")
    dates = {e.type: e.date for e in evs if e.type in ("ACCUSE", "REQUEST")}
    assert dt.date(2025, 11, 20) not in dates.values()


def test_a_habitual_weekday_names_no_day() -> None:
    assert find_dates("The airline said it would not fly on Sunday nights during the dispute.", SAT) == []
    assert find_dates("Union delegates meet every Tuesday at the depot.", SAT) == []
    assert find_dates("The union met the airline on Sunday night.", SAT) == [(29, dt.date(2025, 11, 30))]


def test_a_background_next_day_dates_no_later_paragraph() -> None:
    evs = _events("Headline\nThe two villages signed a truce on Thursday.\n\nThe feud began on Nov. 10 when a herder was "
                  "shot. His relatives burned a granary the next day.\n\nThe Kora Farmers Union rejected the demand "
                  "for cattle.")
    assert [e.date for e in evs if e.type == "REJECT"] == [dt.date(2025, 12, 4)]


def test_a_request_made_in_a_relative_clause_targets_its_antecedent_who_declines_it() -> None:
    evs = _events("Headline\nIndia, which Japan has repeatedly urged to join the pact, again declined.")
    assert sorted((e.type, e.sources, e.targets) for e in evs) == [
        ("REJECT", ["India"], ["Japan"]), ("REQUEST", ["Japan"], ["India"])]


def test_a_weapon_only_named_is_no_attack() -> None:
    evs = _events("Headline\nThe talks stalled over the demand that any treaty cover Iran's Shahed drone.")
    assert not [e for e in evs if e.type == "ASSAULT"]


def test_fighting_a_rule_in_a_relative_clause_is_no_attack() -> None:
    evs = _events("Headline\nIn 2019 the regulator imposed pricing limits on Zentel Communications that the company "
                  "fought for three years before accepting a settlement.")
    assert not [e for e in evs if e.type == "ASSAULT"]


def test_the_dateline_is_no_venue_when_the_story_places_its_talks_elsewhere() -> None:
    evs = _events("Headline\nNAIROBI – The two clans signed a truce at a meeting in the coastal city of Mombasa on Thursday.\n\n"
                  "Bishop John Okoth, who chaired the talks, appealed to both clans to keep the peace.")
    assert "Nairobi" not in [e.place for e in evs]


def test_an_act_after_one_placed_in_a_month_takes_no_other_paragraphs_day() -> None:
    evs = _events("Headline\nThe nurses' union met the health ministry on Tuesday.\n\nThe National Audit Office said in a "
                  "report last month that the fund was short. It called on the ministry to publish its accounts.")
    assert [(e.type, e.date) for e in evs if e.type == "REQUEST"] == [("REQUEST", None)]


def test_a_background_day_years_back_dates_no_later_paragraph() -> None:
    evs = _events("Headline\nThe fishing ministers met in Oslo on Wednesday.\n\nThe quota talks began in 2019 and broke "
                  "down after a trawler was seized on March 3, 2021.\n\nDenmark and Sweden have backed the Norwegian "
                  "request for a new survey.")
    assert [e.date for e in evs if e.type == "SUPPORT"] == [None]



def test_a_live_blogs_entries_are_the_story_day_unless_they_name_their_own() -> None:
    evs = _events("Headline\nLIMA, Dec 6 (Reuters) - Live updates from the mining dispute.\n"
                  "09:10 - The miners' union opened its congress in Arequipa.\n"
                  "12:40 - Union leader Rosa Quispe demanded that the ministry publish the royalty figures.\n"
                  "15:00 - Energy Minister Pablo Ruiz urged the miners not to block the roads. It was a milder tone "
                  "than last week.")
    assert [e.date for e in evs if e.type == "REQUEST"] == [SAT, SAT]


def test_a_live_blogs_day_header_dates_the_entries_under_it() -> None:
    evs = _events("Headline\nLive updates from the water talks.\nSaturday 6 December\n"
                  "08:15 - Chile rejected the revised allocation table.\nFriday 5 December\n"
                  "23:10 - Paraguay asked the chair to drop the clause on dredging fees.\n"
                  "21:30 - Uruguay met the chair for three hours.")
    assert [(e.type, e.date) for e in evs if e.type in ("REJECT", "REQUEST", "CONSULT")] == [
        ("REJECT", SAT), ("REQUEST", dt.date(2025, 12, 5)), ("CONSULT", dt.date(2025, 12, 5))]


def test_a_day_told_in_the_past_perfect_is_no_present_for_the_next_paragraphs_denial() -> None:
    evs = _events("Headline\nTwo district officials said that soldiers had pulled back from the valley on Sunday.\n\n"
                  "The Chadian army denied that.")
    assert [e.date for e in evs if e.type == "REJECT"] == [None]


def test_a_week_told_as_a_day_dates_no_other_paragraph() -> None:
    evs = _events("Headline\nDanish Fisheries Minister Lars Holm said last week that Denmark wanted a joint survey.\n\n"
                  "Norway rejected the quota proposal.")
    assert [e.date for e in evs if e.type == "REJECT"] == [None]

def test_a_standing_threat_in_the_perfect_takes_no_day_from_its_neighbour() -> None:
    evs = _events("Headline\nBRUSSELS, Dec 6 (Reuters) - Danish Fisheries Minister Lars Holm said on Thursday that "
                  "Denmark would support the quota deal. Norway has threatened to veto the deal.")
    assert [e.date for e in evs if e.type == "THREATEN"] == [None]


def test_an_act_in_a_plan_approved_in_a_month_takes_no_day() -> None:
    evs = _events("Headline\nBRUSSELS, Dec 6 (Reuters) - Danish Fisheries Minister Lars Holm spoke to the press on "
                  "Thursday. The European Commission approved in October Denmark's plan to support fishermen with state "
                  "aid, and it is the first time that the Commission has done so for the fleet.")
    assert all(e.date is None for e in evs if e.type == "SUPPORT")


def test_a_denial_takes_no_day_from_the_words_reported_under_it() -> None:
    evs = _events("Headline\nDanish Fisheries Minister Lars Holm denied that, saying Copenhagen had sent its "
                  "figures on Nov. 14.")
    assert [e.date for e in evs if e.type == "REJECT"] != [dt.date(2025, 11, 14)]
    assert [e.type for e in evs] == ["REJECT"]



def test_a_proviso_after_a_comma_is_no_act() -> None:
    evs = _events("Headline\n\"We are ready to discuss quotas for Danish boats, provided Norway withdraws its survey "
                  "request,\" Danish Fisheries Minister Lars Holm said on Friday.")
    assert not [e for e in evs if e.type in ("RETREAT", "AID")]

def test_a_possible_act_under_could_is_no_event_and_as_soon_as_a_weekday_is_to_come() -> None:
    evs = _events("Headline\nNorway's cabinet could veto the Danish bid as soon as Tuesday, two people familiar with "
                  "the matter said.")
    assert not [e for e in evs if e.type == "REJECT"]
    assert find_dates("The cabinet could veto the bid as soon as Tuesday.", SAT) == [(42, dt.date(2025, 12, 9))]



def test_what_a_proposed_text_would_bring_about_is_no_event() -> None:
    evs = _events("Headline\nThe proposed accord would see Kosovo establish full diplomatic relations with Serbia in "
                  "return for a security pact, officials in Brussels said.")
    assert not [e for e in evs if e.type == "SUPPORT"]


def test_talks_placed_next_month_take_no_day() -> None:
    evs = _events("Headline\nThe finance ministers met in Rio on Wednesday.\n\nDenmark, Iceland and Sweden said they "
                  "regretted the outcome and would take the proposal to the United Nations tax negotiations in New York "
                  "next month.")
    assert [e.date for e in evs if e.type == "CONSULT" and e.place == "New York"] == [None]

def test_a_town_visited_or_met_in_beats_the_dateline() -> None:
    evs = _events("Headline\nACCRA, Dec 6 (Reuters) - Turkish Defence Minister Yasar Guler visited Bamako on Monday "
                  "for talks with the military government.\n\nFrench President Emmanuel Macron met the African Union's "
                  "envoy in Dakar on Tuesday, his office said.")
    assert sorted(e.place for e in evs if e.type == "CONSULT") == ["Bamako", "Dakar"]



def test_a_passive_meeting_by_others_is_not_the_reporters() -> None:
    evs = _events("Headline\nYEREVAN, Dec 6 (Reuters) - Forty detainees returned to Armenia via Georgia and were met by "
                  "families at the Bagratashen crossing, Armenia's human rights defender, Anahit Manasyan, said in a "
                  "statement.")
    assert not [e for e in evs if e.type == "CONSULT"]

def test_the_two_countries_are_the_two_states_their_sentence_names() -> None:
    evs = _events("Headline\nThe tanker was bound for Turkey.\n\nThe Japanese government has courted Brazil as a "
                  "partner, and Prime Minister Luiz Lula visited Tokyo in May, when the two countries signed agreements "
                  "worth $5 billion.")
    assert [sorted(e.sources) for e in evs if e.type == "AGREE"] == [["Brazil", "Japan"]]



def test_a_speaker_is_not_the_target_of_his_sides_refusal() -> None:
    evs = _events("Headline\nWASHINGTON, Dec 6 (Reuters) - The U.S. presidency has narrowed the G20 agenda since taking "
                  "over the chair in December.\n\nCanada raised objections. U.S. Treasury Secretary Scott Bessent said "
                  "on Friday that the administration would not sign up to what he called a carbon levy in disguise.")
    assert [e.targets for e in evs if e.type == "REJECT" and e.sources == ["United States"]] == [[]]

def test_a_court_striking_down_a_law_is_no_assault() -> None:
    evs = _events("Headline\nThe assembly passed laws in March banning federal police from the region, which the "
                  "Constitutional Court later struck down.")
    assert not [e for e in evs if e.type == "ASSAULT"]


def test_a_statement_takes_no_day_still_to_come_from_outside_its_own_words() -> None:
    evs = _events("Headline\nSenator Ana Ruiz, a candidate in the presidential election of March 8, affirmed that she "
                  "would suspend all talks with the rebels if she won.")
    assert all(e.date is None or e.date <= SAT for e in evs)


@pytest.mark.parametrize("charge", ["accused ranch security guards of the killing",
                                    "blamed soldiers for the attack on the market"])
def test_the_charge_of_an_accusation_is_no_act_of_the_accuser(charge: str) -> None:
    """"Herders accused ranch guards of the killing": the accusers did no killing; the accusation is their act."""
    evs = _events(f"Headline\nThe Laikipia Herders Association {charge}.")
    assert not [e for e in evs if e.type == "ASSAULT" and "Laikipia Herders Association" in e.sources], \
        [(e.type, e.label, e.sources) for e in evs]
    assert [e for e in evs if e.type == "ACCUSE"]


def test_a_firms_seat_is_no_place_of_the_act() -> None:
    """"cancelled the lease to Dubai-based Gulfstar": Dubai is where the firm sits, not where the lease was cancelled."""
    evs = _events("Headline\nThe Chittagong Port Authority cancelled the lease of the terminal to Dubai-based Gulfstar "
                  "Terminals on Thursday.")
    assert [e.place for e in evs if e.type == "CONCEDE"] == [None], [(e.type, e.place) for e in evs]


def test_the_place_of_an_act_asked_for_is_not_the_place_of_a_conjoined_act() -> None:
    """"called on Peru to send a mediator to Cusco and accused Chile of …": the accusation was not made in Cusco."""
    evs = _events("Headline\nThe Bolivian Truckers Confederation called on Peru to send a mediator to Cusco and accused "
                  "Chile of failing to protect drivers.")
    acc = [e for e in evs if e.type == "ACCUSE"]
    assert acc and all(e.place is None for e in acc), [(e.type, e.place) for e in evs]


def test_a_quoted_strike_promised_on_a_condition_is_a_threat_of_the_speaker() -> None:
    """'"If the assembly brings back the fee, we are back on strike the next morning," said X': a threat of X's side."""
    evs = _events('Headline\n"If the assembly brings back the fee in February, we are back on strike the next morning," '
                  "said Kwame Boateng, chairman of the Ghana Private Road Transport Union.")
    assert [(e.type, e.sources) for e in evs if e.type == "THREATEN"] == [("THREATEN", ["Kwame Boateng"])], \
        [(e.type, e.label, e.sources) for e in evs]


def test_being_back_on_strike_without_a_condition_is_a_strike() -> None:
    evs = _events("Headline\nThe Kenya Nurses Union was back on strike on Thursday.")
    assert [e.type for e in evs] == ["PROTEST"], [(e.type, e.label) for e in evs]


def test_the_doer_of_a_passive_abduction_is_a_group_of_its_own() -> None:
    """"Ten fishermen were abducted … by gunmen": the gunmen abducted them, as in "Gunmen abducted ten fishermen"."""
    evs = _events("Headline\nTen fishermen were abducted on Thursday off Bonny Island by gunmen who arrived in two "
                  "speedboats.")
    assert [(e.type, e.sources) for e in evs] == [("COERCE", ["Gunmen"])], [(e.type, e.label, e.sources) for e in evs]


def test_setting_up_a_roadblock_is_a_protest_of_who_set_it_up() -> None:
    evs = _events("Headline\nThe Ogoni Youth Council, which set up a roadblock at the Bori junction on Oct. 6, says "
                  "the company owes it money.")
    assert [(e.type, e.sources) for e in evs if e.type == "PROTEST"] == [("PROTEST", ["Ogoni Youth Council"])], \
        [(e.type, e.label, e.sources) for e in evs]


def test_a_riders_union_is_the_labour_side_whose_strike_began() -> None:
    """"The strike began on Monday": in a dispute of the Ghana Riders' Union, the union's strike."""
    evs = _events("Headline\nThe Ghana Riders' Union and the city assembly reached a deal on Friday. The strike began on "
                  "Monday, when thousands of riders blocked roads around the market.")
    assert any(e.type == "PROTEST" and e.sources == ["Ghana Riders' Union"] for e in evs), \
        [(e.type, e.label, e.sources) for e in evs]


def test_a_day_named_inside_a_reported_clause_dates_no_later_denial() -> None:
    """"Officials said troops had pulled back on Sunday. The spokesman denied that.": the denial is the paragraph's
    Thursday report's, not Sunday's (the pull-back's)."""
    evs = _events("Headline\nThe Philippine army said on Thursday that it had not suspended operations. Two local "
                  "officials in Sulu said that Philippine troops had pulled back from the area around Pata on Sunday. "
                  "Ramon Dacuycuy, the army spokesman, denied that, saying units had been repositioned.",
                  dt.date(2025, 11, 20))
    assert [e.date for e in evs if e.type == "REJECT"] == [dt.date(2025, 11, 20)], [(e.type, e.date) for e in evs]


def test_a_past_perfect_told_as_earlier_takes_no_day_of_its_paragraph() -> None:
    evs = _events("Headline\nNurses marched through Lusaka on Monday to press for back pay. The Zambia Union of Nurses "
                  "had earlier asked the health ministry to pay the arrears within 30 days.", dt.date(2025, 11, 12))
    assert [e.date for e in evs if e.type == "REQUEST"] == [None], [(e.type, e.date) for e in evs]


def test_an_accusation_in_an_undated_paragraph_takes_no_other_paragraphs_day() -> None:
    evs = _events("Headline\nThe Kenya Ports Authority and the Dock Workers Union met in Mombasa on Monday.\n\n"
                  "The Dock Workers Union accused the Kenya Ports Authority of hiring casual labour to break the strike.",
                  dt.date(2025, 11, 12))
    assert [e.date for e in evs if e.type == "ACCUSE"] == [None], [(e.type, e.date) for e in evs]
    assert [e.date for e in evs if e.type == "CONSULT"] == [dt.date(2025, 11, 10)]


def test_a_party_named_as_whose_kin_is_released_is_not_the_one_asked() -> None:
    evs = _events("Headline\nThe National Liberation Army demanded the release of a brother of Commander Tala.")
    assert [(e.type, e.targets) for e in evs] == [("REQUEST", [])], [(e.type, e.targets) for e in evs]


def test_their_union_is_the_disputes_union_when_it_threatens() -> None:
    """"Riders called off a strike, but their union warned it would park its bikes again if …": the riders' union
    named later in the story threatens."""
    evs = _events("Headline\nMotorcycle taxi riders called off a two-day strike on Wednesday, but their union warned it "
                  "would park its bikes again if the city pressed ahead with a plan to ban them.\n\nThe deal was reached at "
                  "City Hall between the city authority and leaders of the Ghana Boda Riders' Union (GBRU).")
    assert [e.sources for e in evs if e.type == "THREATEN"] == [["Ghana Boda Riders' Union"]], \
        [(e.type, e.label, e.sources) for e in evs]


def test_a_habit_in_the_simple_present_is_no_event() -> None:
    evs = _events("What is at stake as the talks go on, and why it is not over yet for any of them\nThe Niger Basin "
                  "Authority meets twice a year. Mali usually rejects such proposals. Guinean fishermen often protest "
                  "against dams. Niger rejected the proposal on Monday.")
    assert [(e.type, e.sources) for e in evs] == [("REJECT", ["Niger"])], [(e.type, e.label) for e in evs]


def test_an_undated_act_after_a_flashback_takes_the_storys_present_not_the_flashbacks_day() -> None:
    evs = _events("What is at stake as the talks go on, and why it is not over yet for any of them\n"
                  "Fishers and trawler owners in Mombasa signed a 90-day zoning deal on Saturday.\n\n"
                  "The deal followed a death at sea. On Nov. 2, a young fisher drowned after a trawler hit his boat.\n\n"
                  "The owners' spokesman, Ali Bakari, said they would respect the zones and called on the Kenya Coast "
                  "Guard to patrol them.")
    assert [e.date for e in evs if e.type == "REQUEST"] == [dt.date(2025, 12, 6)]


def test_a_measure_on_a_nationalitys_goods_targets_that_state() -> None:
    evs = _events("What is at stake as the talks go on, and why it is not over yet for any of them\nThe European Union "
                  "imposed sanctions on Belarusian banks on Monday. Canada raised tariffs on Mexican steel on Tuesday. "
                  "Peru reached a deal on Chilean imports.")
    assert [(e.type, e.targets) for e in evs if e.type in ("SANCTION", "AGREE")] == [
        ("SANCTION", ["Belarus"]), ("SANCTION", ["Mexico"]), ("AGREE", [])], [(e.type, e.label, e.targets) for e in evs]


def test_rejecting_a_proposal_and_accusing_are_two_events() -> None:
    evs = _events("Headline\nIvan Petrov rejected the inspection proposal as unfair and accused Spain of spying on the talks.")
    assert sorted(e.type for e in evs) == ["ACCUSE", "REJECT"]


def test_denying_a_report_and_blaming_stays_one_rebuttal() -> None:
    evs = _events("Headline\nIvan Petrov denied the report and blamed Spain for the attack.")
    assert [e.type for e in evs] == ["REJECT"]


def test_offered_technical_help_is_aid() -> None:
    evs = _events("Headline\nThe World Health Organization has offered technical help with testing the samples, its director said.")
    assert [e.type for e in evs] == ["AID"]


def test_claim_that_a_party_killed_unarmed_people_is_an_accusation() -> None:
    evs = _events("Headline\nIvan Petrov claimed the police had killed eight unarmed young men in the district in July.")
    assert "ACCUSE" in [e.type for e in evs]


def test_talks_after_which_a_minister_spoke_are_a_consult() -> None:
    evs = _events("Headline\nSpain's foreign minister spoke to reporters on Friday after two days of talks in London.")
    assert [e.type for e in evs] == ["CONSULT"]


def test_those_talks_named_again_are_no_second_meeting() -> None:
    evs = _events("Headline\nSpain and Portugal held talks in Madrid on Monday. "
                  "Patients from Spain had staged protests outside the ministry during those talks.")
    assert [e.type for e in evs].count("CONSULT") == 1


def test_said_a_party_were_vultures_is_an_accusation_of_that_party() -> None:
    evs = _events('Headline\nThe Harwick Creditors Group and the government of Morvania met in Paris on Monday.\n'
                  'Former President Tomas Ruiz said on social media that the Harwick Creditors Group were "vultures".')
    assert [(e.type, e.sources, e.targets) for e in evs if e.type == "ACCUSE"] == [
        ("ACCUSE", ["Tomas Ruiz"], ["Harwick Creditors Group"])]


def test_called_a_strike_vote_is_a_strike_threatened_not_an_assault() -> None:
    evs = _events("Headline\nThe Westland Nurses Union and the Carver Health Board met on Monday.\n"
                  "The union called a strike vote for next week.\nThe union opened a strike ballot on Friday.")
    assert [e.type for e in evs if "strike" in e.label] == ["THREATEN", "THREATEN"]


def test_rejecting_a_threat_and_accusing_are_two_acts_denying_a_report_and_accusing_one() -> None:
    evs = _events("Headline\nThe Harbor Workers Union and Seacrest Logistics met on Monday.\nSeacrest chief Laura Whit "
                  "rejected the strike threat and accused the union of spreading misinformation about the company finances.")
    assert sorted(e.type for e in evs if e.type != "CONSULT") == ["ACCUSE", "REJECT"]
    one = _events("Headline\nThe Harbor Workers Union and Seacrest Logistics met on Monday.\nThe union denied the "
                  "report and accused the company of lying.")
    assert [e.type for e in one if e.type != "CONSULT"] == ["REJECT"]


def test_an_attack_one_side_is_accused_of_is_also_an_assault_of_the_accused() -> None:
    evs = _events("Headline\nAlgeria accused Morocco of carrying out a drone strike on Sunday that killed three of "
                  "its drivers in the desert.\nIn the east, Sudan accused Chad of shelling a border town on Monday.")
    assert sorted((e.type, tuple(e.sources)) for e in evs) == [
        ("ACCUSE", ("Algeria",)), ("ACCUSE", ("Sudan",)), ("ASSAULT", ("Chad",)), ("ASSAULT", ("Morocco",))]
    assert not [e for e in _events("Headline\nThe government of Harland did not accuse Vestmark of attacking the "
                                   "village, and it said that it was not sure who was behind it.") if e.type == "ASSAULT"]


def test_would_act_unless_the_other_side_agrees_is_a_threat() -> None:
    evs = _events("Headline\nThe Harland government and the Harland Doctors Union met in Norvik on Monday.\n"
                  "The Harland Doctors Union said on Wednesday that it would close every clinic unless the government "
                  "agreed to the pay offer.")
    assert [(e.type, e.sources) for e in evs if e.type != "CONSULT"] == [("THREATEN", ["Harland Doctors Union"])]
    offer = _events("Headline\nThe Harland government and the Harland Doctors Union met in Norvik on Monday.\n"
                    "The Harland Doctors Union said on Wednesday that it would close every clinic if the government "
                    "agreed to the pay offer.")
    assert not [e for e in offer if e.type == "THREATEN"]
