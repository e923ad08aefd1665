"""Extraction behaviour: dates, actors and coreference, speech, demands, claims and evidence."""

from __future__ import annotations

import ast
import datetime as dt
import re
from pathlib import Path

import pytest

from graph.extract import extract
from graph.extract.dates import find_dates
from graph.records import Extraction
from tests.extracting import extracted

WED = dt.date(2025, 12, 3)  # a Wednesday


def _dates(text: str, pub: dt.date = WED) -> list[dt.date]:
    return [d for _, d in find_dates(text, pub)]


def test_weekday_before_publication_resolves_to_the_past_week() -> None:
    assert _dates("talks on Tuesday") == [dt.date(2025, 12, 2)]
    assert _dates("on Monday evening") == [dt.date(2025, 12, 1)]


def test_weekday_equal_to_publication_is_that_day_unless_last() -> None:
    assert _dates("said on Wednesday") == [WED]
    assert _dates("last Wednesday") == [dt.date(2025, 11, 26)]


def test_weekend_is_the_preceding_saturday() -> None:
    assert _dates("met at the weekend in Florida") == [dt.date(2025, 11, 29)]


def test_month_day_without_year_takes_the_year_that_is_not_in_the_future() -> None:
    assert _dates("the rules issued on October 9", dt.date(2025, 10, 27)) == [dt.date(2025, 10, 9)]
    assert _dates("signed on December 20", dt.date(2026, 1, 5)) == [dt.date(2025, 12, 20)]


def test_durations_are_not_dates() -> None:
    assert _dates("after a five-hour meeting") == []


def test_surname_and_honorific_merge_into_one_person(seed_extraction: Extraction) -> None:
    names = [a.name for a in seed_extraction.actors if "Putin" in a.name]
    assert names == ["Vladimir Putin"]
    assert "Putin" in _actor(seed_extraction, "Vladimir Putin").aliases


def test_title_before_a_name_gives_role_and_affiliation(seed_extraction: Extraction) -> None:
    ushakov = _actor(seed_extraction, "Yuri Ushakov")
    assert "aide" in ushakov.roles
    assert "Russia" in ushakov.affiliations


def test_family_title_becomes_a_relation(seed_extraction: Extraction) -> None:
    kushner = _actor(seed_extraction, "Jared Kushner")
    assert ("son-in-law", "Donald Trump") in {(r.kind, r.to) for r in kushner.relations}


def test_descriptions_and_appositions_corefer(seed_extraction: Extraction) -> None:
    putin = {a.lower() for a in _actor(seed_extraction, "Vladimir Putin").aliases}
    assert {"the russian president", "the russian leader"} <= putin
    assert "the ukrainian president" in {a.lower() for a in _actor(seed_extraction, "Volodymyr Zelenskyy").aliases}
    assert "the kremlin spokesperson" in {a.lower() for a in _actor(seed_extraction, "Dmitry Peskov").aliases}


def test_acting_capital_is_the_state_and_elsewhere_a_place(seed_extraction: Extraction) -> None:
    assert "Moscow" in _actor(seed_extraction, "Russia").aliases
    assert "Moscow" in {p.name for p in seed_extraction.places}
    assert "Moscow" not in {a.name for a in seed_extraction.actors}


def test_photo_credits_and_channels_are_not_actors(seed_extraction: Extraction) -> None:
    acting = {a.name for a in seed_extraction.actors if a.acts}
    assert not any("Ilnitsky" in n or n in ("Fox News", "AP", "X") for n in acting)


def test_demand_list_becomes_separate_demands(seed_extraction: Extraction) -> None:
    whats = [d.what for d in seed_extraction.demands if d.by == "Russia"]
    for word in ("armed forces", "military assistance", "political independence", "handover"):
        assert any(word in w for w in whats), (word, whats)


def test_disputed_claim_links_the_disputing_actor(seed_extraction: Extraction) -> None:
    claim = next(c for c in seed_extraction.claims if "Pokrovsk" in c.claim and c.disputes)
    assert claim.by == "Vladimir Putin"
    assert [d.by for d in claim.disputes] == ["Ukraine"]


def test_every_record_carries_exact_sentence_evidence(seed_extraction: Extraction) -> None:
    text = seed_extraction.article.text
    recs = [*seed_extraction.events, *seed_extraction.positions, *seed_extraction.demands,
            *seed_extraction.claims, *seed_extraction.statements]
    assert recs
    for r in recs:
        assert text[r.evidence.start:r.evidence.end] == r.evidence.text


def test_events_are_typed_and_dated(seed_extraction: Extraction) -> None:
    threats = [e for e in seed_extraction.events if e.type == "THREATEN" and "Vladimir Putin" in e.sources]
    assert threats and any(e.date == dt.date(2025, 12, 2) for e in threats)
    assert any(e.type == "CONSULT" and e.place == "Ireland" for e in seed_extraction.events)


def _mini(text: str, published: str = "2025-06-11") -> Extraction:
    return extracted(text, published, article_id="mini")


def test_unknown_actors_are_found_without_the_gazetteer() -> None:
    ex = _mini("Port talks stall\nThe Dockworkers Federation said on Tuesday that it rejected the latest wage offer "
               "from the Harbour Employers Council, and its president, Ana Ruiz, urged the employers to raise pay "
               "and scrap automation plans.\n")
    names = {a.name: a for a in ex.actors if a.acts}
    assert "Ana Ruiz" in names and names["Ana Ruiz"].type == "Person"
    assert any(d.by in ("Ana Ruiz", "Dockworkers Federation") and "automation" in d.what for d in ex.demands)
    assert any(e.type == "REJECT" for e in ex.events)


def test_pronoun_speaker_is_the_last_person_subject() -> None:
    ex = _mini("Talks\nForeign Minister Lena Holm met her counterpart in Oslo on Monday. "
               "She said the two sides had agreed to meet again in July.\n")
    assert any(st.speaker == "Lena Holm" for st in ex.statements)


def test_extraction_is_deterministic(seed_extraction: Extraction) -> None:
    from graph.articles import read_article
    from tests.conftest import SEED

    again = extract(read_article(SEED))
    assert again.model_dump() == seed_extraction.model_dump()


@pytest.mark.parametrize("path", sorted(Path(__file__).resolve().parents[1].joinpath("graph", "extract").glob("*.py")))
def test_pipeline_code_names_no_specific_actor_place_or_plan(path: Path) -> None:
    """Domain knowledge lives in graph/data/, never in code."""
    banned = re.compile(r"Putin|Zelensk|Trump|Kremlin|Moscow|Kyiv|Pokrovsk|28-point|Hezbollah|Burhan|Beijing|Tehran|RSF\b")
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):  # docstrings explain with examples; code must not
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr) and isinstance(
                getattr(body[0], "value", None), ast.Constant) and isinstance(body[0].value.value, str):
            body[0].value.value = ""
    code = ast.unparse(tree)
    assert not banned.search(code), banned.search(code)


def _ex(text: str, pub: dt.date = WED) -> Extraction:
    return extracted(text, pub)


def test_two_states_ministries_of_the_same_kind_stay_apart_and_are_named_for_their_state() -> None:
    ex = _ex("Talks stall\nUkraine's defence ministry said on Monday that Russian forces had shelled a village. "
             "Russia's defence ministry denied the report, calling it a provocation.")
    names = {a.name: a for a in ex.actors}
    assert "defence ministry" not in names
    assert names["Ukrainian defence ministry"].affiliations == ["Ukraine"]
    assert names["Russian defence ministry"].affiliations == ["Russia"]
    claim = next(c for c in ex.claims if c.by == "Ukrainian defence ministry")
    assert [d.by for d in claim.disputes] == ["Russian defence ministry"]


def test_counterpart_takes_the_office_and_nationality_so_a_later_description_finds_him() -> None:
    ex = _ex("Talks stall\nUkrainian Foreign Minister Andrii Sybiha said the text was ready after meeting "
             "his Russian counterpart, Sergei Lavrov. Lavrov said Russia would not sign it. "
             "\"It is not acceptable,\" the Russian minister said.")
    lavrov = next(a for a in ex.actors if a.name == "Sergei Lavrov")
    assert "Russia" in lavrov.affiliations
    assert "the Russian minister" in lavrov.aliases


def test_a_report_by_an_organisation_is_its_claim_and_a_dispute_of_the_finding_is_recorded() -> None:
    ex = _ex("Aid dispute\nA report by the United Nations said in May that the target had been met in 2022, "
             "but Oxfam disputed the finding.")
    claim = next(c for c in ex.claims if c.by == "United Nations")
    assert "met" in claim.claim
    assert [d.by for d in claim.disputes] == ["Oxfam"]


def test_refusal_until_another_side_acts_is_a_demand_per_act_with_the_condition() -> None:
    ex = _ex("Talks stall\nRussian Foreign Minister Sergei Lavrov said Russia would not withdraw its troops "
             "until Ukraine released the prisoners and disbanded its volunteer battalions.")
    whats = {d.what: d for d in ex.demands if d.of == ["Ukraine"]}
    assert any("prisoners" in w for w in whats) and any("disbanded" in w for w in whats)
    assert all(d.condition and d.condition.startswith("until") for d in whats.values())


def test_refusal_under_would_not_is_an_opposing_position() -> None:
    ex = _mini("Border talks\nThe Valdorian foreign minister, Piet Aram, said Valdoria would not accept any "
               "arrangement that moved refugees across the river.\n")
    assert any(p.stance == "oppose" and "arrangement" in p.target for p in ex.positions)


def test_not_recognising_or_not_laying_down_is_opposition() -> None:
    ex = _mini("Court row\nThe Northern Front said it does not recognise the tribunal's jurisdiction.\n"
               "Its commander, Ivo Stann, said the group would not lay down its weapons.\n")
    targets = [p.target for p in ex.positions if p.stance == "oppose"]
    assert any("jurisdiction" in t for t in targets)
    assert any("weapons" in t for t in targets)


def test_conditional_acceptance_under_would_is_conditional() -> None:
    ex = _mini("Route plan\nThe Ostrian minister, Mira Tal, said Ostria would accept the revised route "
               "only if its own guards kept the checkpoints.\n")
    assert any(p.stance == "conditional" and "route" in p.target for p in ex.positions)


def test_committed_to_and_best_chance_are_support() -> None:
    ex = _mini("Truce\nThe Ostrian leader, Mira Tal, said her government remained \"fully committed\" to the truce. "
               "The envoy, Karl Venn, said the new plan was \"the best chance in years\" to end the war.\n")
    sup = {p.holder: p.target for p in ex.positions if p.stance == "support"}
    assert "truce" in sup.get("Mira Tal", "")
    assert "plan" in sup.get("Karl Venn", "")


def test_person_looking_name_after_a_locative_preposition_is_a_place() -> None:
    ex = _mini("Strikes\nThe army said on Tuesday it had struck a command post in Ban Sorek and fired on "
               "positions near the old Ta Velo temple.\n")
    names = {a.name for a in ex.actors if a.acts}
    assert "Ban Sorek" not in names and "Ta Velo" not in names


def test_a_named_body_described_as_the_opposition_takes_that_description() -> None:
    ex = _mini("Vote row\nGovernment negotiators met the opposition Civic Alliance on Monday. Former lawmaker "
               "Peter Lane led the opposition Civic Alliance delegation. The opposition demands the release of "
               "all political prisoners.\n")
    body = next(a for a in ex.actors if "Civic Alliance" in a.name)
    assert body.type != "Person"
    assert any(d.by == body.name and "release" in d.what for d in ex.demands)


def test_an_example_after_including_stays_with_its_list_item() -> None:
    ex = _mini("Talks resume\nThe Harbour Workers Union demands the release of all detained members, the "
               "reinstatement of dismissed stewards, including union leader Mira Tolland, and an independent "
               "audit of the payroll.\n")
    whats = [d.what for d in ex.demands]
    assert not any(w.startswith(("union leader", "including")) for w in whats), whats
    assert any("audit" in w for w in whats) and any("reinstatement" in w for w in whats)


def test_an_infinitive_completes_a_coordinated_condition() -> None:
    ex = _mini("Sanctions row\nThe Northland foreign minister, Ilse Varga, said her government would ease the "
               "embargo only if the junta freed the detainees and allowed the monitors to travel.\n")
    assert any("monitors" in d.what for d in ex.demands), [d.what for d in ex.demands]


def test_trailing_phrase_disputes_the_claim() -> None:
    ex = _mini("Talks\nThe Norland interior ministry and Sudoria traded blame. Norland's foreign minister, Anna Berg, "
               "said Sudorian police had detained six fishermen near the harbour at Veldra, which Sudoria denied. "
               "Sudoria's envoy, Carl Olsen, blamed \"armed smugglers directed from Norland\", a claim Norland called "
               "\"a shameless lie\".\n")
    detained = next(c for c in ex.claims if "detained six fishermen" in c.claim)
    assert "denied" not in detained.claim and [d.by for d in detained.disputes] == ["Sudoria"]
    blamed = next(c for c in ex.claims if "smugglers" in c.claim)
    assert blamed.by == "Carl Olsen" and [d.by for d in blamed.disputes] == ["Norland"]


def test_accusing_pronoun_keeps_the_speaker() -> None:
    ex = _mini("Talks\nForeign Minister Lena Holm met the envoy Carl Olsen on Monday. She said the talks were useful. "
               "She accused the opposition of blocking the vote.\n")
    assert any(c.by == "Lena Holm" and "blocking" in c.claim for c in ex.claims)


def test_condition_on_a_commitment_is_a_conditional_position() -> None:
    ex = _mini("Talks\nNorland's President Anna Berg said Norland would return to implementing the harbour agreement "
               "only if Sudoria withdrew its troops. Sudoria's President Carl Olsen said Sudoria was willing to discuss "
               "the draft but would not sign any deal unless the blockade ended.\n")
    pos = {(p.holder, p.stance): p.target for p in ex.positions}
    assert "harbour agreement" in pos.get(("Norland", "conditional"), "")
    assert "deal" in pos.get(("Sudoria", "conditional"), "")


def test_no_alternative_is_support() -> None:
    ex = _mini("Talks\n\"There is no alternative to dialogue,\" Foreign Minister Lena Holm told reporters in Veldra.\n")
    assert any(p.holder == "Lena Holm" and p.stance == "support" and p.target == "dialogue" for p in ex.positions)


def test_so_called_plan_and_its_apposition_are_one_proposal() -> None:
    ex = _ex("At the centre of the talks is the so-called Harbour roadmap, a 10-point draft prepared by the mediators. "
             "The northern delegation said it would study the 10-point draft.")
    names = [p.name for p in ex.proposals]
    assert not any(n.lower().startswith("so-called") for n in names)
    hosts = [p for p in ex.proposals if "Harbour roadmap" in p.name]
    assert len(hosts) == 1 and "10-point draft" in hosts[0].aliases
    assert not any(p.name == "10-point draft" for p in ex.proposals)


# -- rules for unseen articles: state bodies, crowds, appositions, quotes, bargains ------------------------------


def test_ministry_statement_becomes_claim_of_its_state_and_tail_dispute_is_kept() -> None:
    ex = _mini("Kosovo border row\nKosovo and Serbia traded blame on Monday. The interior ministry said militants had attacked "
               "a police station in the north, a claim Serbia called \"absurd\".\n")
    claim = next(c for c in ex.claims if "attacked" in c.claim)
    assert claim.by == "Kosovo"
    assert [d.by for d in claim.disputes] == ["Serbia"]


def test_undescribed_crowd_that_acts_is_a_group_actor() -> None:
    ex = _mini("Port strike\nHundreds of protesters blocked the main road to the port on Monday. "
               "The strikers demanded higher wages from the harbour company.\n")
    groups = {a.name: a for a in ex.actors if a.type == "Group" and a.acts}
    assert "Protesters" in groups and "Hundreds of protesters" in groups["Protesters"].aliases
    assert any(d.by == "Strikers" and "wages" in d.what for d in ex.demands)


def test_possessed_members_are_no_crowd_of_their_own() -> None:
    ex = _mini("Truce\nThe Northern Front said it accepted the truce while its fighters kept moving.\n")
    assert not any(a.name == "Fighters" for a in ex.actors)


def test_fronted_report_is_not_what_the_second_speaker_said() -> None:
    ex = _mini("Raid\nVenezuela and the opposition met on Monday. The opposition said the raid was intended to "
               "intimidate its negotiators; the interior ministry said the activists had been planning sabotage, "
               "a claim the opposition called \"absurd\".\n")
    sab = next(c for c in ex.claims if "sabotage" in c.claim)
    assert "intimidate" not in sab.claim


def test_relative_clause_after_a_demanded_object_is_no_demand() -> None:
    ex = _mini("Protest\nSeveral hundred protesters demanded the resignation of the prime minister, Anna Berg, whose "
               "leaked phone call last month triggered the crisis.\n")
    whats = [d.what for d in ex.demands]
    assert any("resignation" in w for w in whats) and not any("triggered" in w for w in whats), whats


def test_name_in_apposition_with_an_office_is_a_person_whatever_ner_says() -> None:
    ex = _mini("Dam talks\nSudan has tried to act as a broker. Its irrigation minister, Awadia Osman Babiker, said "
               "Khartoum welcomed the higher drought release in the revised text.\n")
    person = next(a for a in ex.actors if a.name == "Awadia Osman Babiker")
    assert person.type == "Person" and "Sudan" in person.affiliations


def test_its_office_holder_belongs_to_the_body_last_acting_and_speaks_for_the_country() -> None:
    ex = _mini("Dam talks\nEthiopia's delegation brushed the demands aside. Its chief negotiator, Ambassador Dawit "
               "Hailemariam, said the country would never accept a fixed quota on the river.\n")
    dawit = next(a for a in ex.actors if a.name == "Dawit Hailemariam")
    assert "Ethiopia" in dawit.affiliations
    assert any(p.holder in ("Ethiopia", "Dawit Hailemariam") and p.stance == "oppose" and "quota" in p.target
               for p in ex.positions)


def test_quote_paragraph_after_a_blunt_speaker_is_his_and_we_is_him() -> None:
    ex = _mini("Quota talks\nIts chief executive, Malcolm Rennie, was blunt.\n"
               "\"We will back a deal, but only if three things are in it: Norway cuts its catch by the same "
               "proportion, our boats get back into Norwegian waters, and the government pays the crews.\"\n")
    assert any(p.holder == "Malcolm Rennie" and p.stance == "conditional" and "deal" in p.target for p in ex.positions)
    mine = [d.what for d in ex.demands if d.by == "Malcolm Rennie"]
    assert len(mine) >= 3 and not any(w.startswith("are in it") for w in mine), mine


def test_spokesman_for_a_leader_speaks_for_him() -> None:
    ex = _mini("Sandeel row\nA spokesman for Prime Minister Keir Starmer said the sandeel closure was "
               "\"not up for negotiation\".\n")
    assert any(p.holder == "Keir Starmer" and p.stance == "oppose" and "closure" in p.target for p in ex.positions)


def test_seeking_in_a_main_clause_is_a_demand_but_an_aim_is_not() -> None:
    ex = _mini("Pay talks\nThe Harbour Workers Union is seeking a 12 per cent rise over two years. "
               "Norway sought to revive the talks, as Washington seeks other sources of rare earths.\n")
    whats = [d.what for d in ex.demands]
    assert any("12 per cent rise" in w for w in whats)
    assert not any("revive" in w or "rare earths" in w for w in whats), whats


def test_dateline_is_a_place_and_an_honorific_makes_a_person() -> None:
    ex = _mini("Strike\nCORK, March 6 – Nurses rejected the offer. Ms Molloy rejected the charge.\n")
    names = {a.name: a for a in ex.actors}
    assert "CORK" not in names and "Cork" not in names
    assert names["Molloy"].type == "Person"


def test_body_name_split_by_ner_is_one_actor_and_long_network_name_is_no_outlet() -> None:
    ex = _mini("Strike\nPatients' groups are alarmed. The Cork Patients' Advocacy Network called on both sides to "
               "agree emergency cover for cancer services.\n")
    assert any(a.name == "Cork Patients' Advocacy Network" and a.acts for a in ex.actors)


def test_short_form_of_a_named_body_is_the_same_body() -> None:
    ex = _mini("Port talks\nTalks between the union and the United States Maritime Alliance broke down. "
               "The Maritime Alliance rejected the union's demands.\n")
    assert [a.name for a in ex.actors if "Maritime Alliance" in a.name] == ["United States Maritime Alliance"]


def test_two_bodies_one_word_apart_that_each_act_stay_two() -> None:
    ex = _mini("Deal vote\nBELFAST - The Social Democratic Labour Party said on Monday it backed the deal. The Social "
               "Democratic Party rejected it on Tuesday.\n")
    assert any(e.type == "REJECT" and e.sources == ["Social Democratic Party"] for e in ex.events), ex.events
    ex = _mini("Tabots\nThe tabots are held sacred by the Ethiopian Orthodox Tewahedo Church. The Ethiopian Orthodox "
               "Church has demanded that the tabots be returned.\n")  # the short form of a body that does not act
    assert not any(a.name == "Ethiopian Orthodox Church" for a in ex.actors), ex.actors


def test_office_before_an_apposed_name_is_his_role() -> None:
    ex = _mini("Strike\nThat puts the question on the desk of the Minister for Health, Grainne Molloy. "
               "The minister met the union on Sunday.\n")
    molloy = next(a for a in ex.actors if a.name == "Grainne Molloy")
    assert molloy.type == "Person" and "Minister" in molloy.roles


def test_a_figure_in_reported_speech_is_a_claim() -> None:
    ex = _mini("Strike\nThe Harbour Authority said in a statement that 92 per cent of scheduled operations had gone "
               "ahead during the strike.\n")
    assert any("92 per cent" in c.claim for c in ex.claims)


def test_what_a_party_says_of_a_noun_in_a_relative_clause_is_its_claim() -> None:
    ex = _mini("Treaty\nArmenia must remove a preamble reference to the 1990 declaration, which Baku says contains a "
               "territorial claim on the Karabakh region.\n")
    claim = next(c for c in ex.claims if "territorial claim" in c.claim)
    assert claim.by == "Azerbaijan" and "declaration" in claim.claim


def test_mandative_that_clause_is_a_demand_not_a_claim() -> None:
    ex = _mini("Dam talks\nSudan's minister, Awadia Babiker, said the text was better but insisted that any deal "
               "include a binding commitment on data sharing.\n")
    assert any("binding commitment" in d.what for d in ex.demands)
    assert not any("binding commitment" in c.claim for c in ex.claims)


def test_ready_to_agree_is_support_but_ready_to_host_is_not() -> None:
    ex = _mini("Talks\nEthiopia's foreign minister, Taye Atske, said Ethiopia was ready to agree guidelines for "
               "droughts. Kenya's president, Willam Ruto, said Kenya was ready to host a meeting next week.\n")
    sup = [(p.holder, p.target) for p in ex.positions if p.stance == "support"]
    assert any("guidelines" in t for _h, t in sup)
    assert not any("host" in t for _h, t in sup), sup


def test_refused_act_without_object_is_the_target() -> None:
    ex = _mini("Strike\nThe health minister, Ann Molloy, said she would not negotiate under the threat of an "
               "open-ended strike.\n")
    assert any(p.stance == "oppose" and "negotiate" in p.target and "strike" in p.target for p in ex.positions)


def test_offer_on_another_sides_act_is_a_demand_and_a_conditional_position() -> None:
    ex = _mini("Strike\nThe union's leader, Ann Keady, said the union would call off the stoppage if the authority "
               "agreed to refer the dispute to the Labour Court. The army's spokesman, Aung Thet, warned that the "
               "army would take decisive action if Hsipaw was not handed over on schedule.\n")
    whats = [d.what for d in ex.demands]
    assert any("Labour Court" in w for w in whats), whats
    assert any("handed over" in w and "not" not in w.split() for w in whats), whats
    assert any(p.stance == "conditional" and "stoppage" in p.target for p in ex.positions)


def test_threat_on_another_sides_act_is_no_demand() -> None:
    ex = _mini("Talks\nPresident Nicolas Maduro warned that his government would walk away from the table if the "
               "United States imposed new sanctions.\n")
    assert not any("sanctions" in d.what for d in ex.demands)


def test_list_after_what_they_want_is_one_demand_per_item() -> None:
    ex = _mini("Truce\nThe alliance's spokesman, Tar Hla Seng, listed what the rebels want in return: an end to "
               "bombing of civilian areas, the lifting of the blockade on rice and fuel, and the release of 300 "
               "detainees.\n")
    mine = [d.what for d in ex.demands if d.by == "Tar Hla Seng"]
    assert len(mine) == 3, mine


def test_part_of_a_full_name_is_the_same_person_and_a_named_place_stays_a_place() -> None:
    ex = _mini("Truce\nThe rebels are to hand back the town of Hsipaw by the end of the month, Tar Hla Seng said. "
               "Later Hla Seng said Hsipaw was calm.\n")
    names = [a.name for a in ex.actors if a.type == "Person"]
    assert names.count("Tar Hla Seng") == 1 and "Hla Seng" not in names and "Hsipaw" not in names, names


def test_first_version_of_a_revised_proposal_is_kept_and_revisions_are_one() -> None:
    ex = _mini("Dam talks\nThe revised draft, circulated on Tuesday by the African Union, would commit Ethiopia to "
               "releasing 35 billion cubic metres of water, up from 31 billion in the first version handed to the "
               "delegations on Monday. Egypt called the revised text a step in the right direction.\n")
    names = [" ".join([p.name, *p.aliases]).lower() for p in ex.proposals]
    assert any("first version" in n for n in names), names
    assert sum("revised" in n for n in names) == 1, names


def test_one_word_demand_must_name_an_act_or_a_thing() -> None:
    ex = _mini("Prisoner talks\nSanaa wants more. Indigenous protesters marched on Tuesday to demand a halt to oil "
               "exploration.\n")
    whats = [d.what for d in ex.demands]
    assert "more" not in whats and any(w.startswith("halt") for w in whats), whats


def test_wanting_something_done_is_a_demand_but_wanting_to_act_is_not() -> None:
    ex = _mini("Sandeel row\nThe EU commissioner, Costas Kadis, wants the grounds reopened for a limited season. "
               "Kadis wants to visit London next week.\n")
    whats = [d.what for d in ex.demands]
    assert any("reopened" in w for w in whats) and not any("visit" in w for w in whats), whats


def test_sentences_after_a_different_account_are_that_sides_claims() -> None:
    ex = _mini("Shoal talks\nManila said its boat carried food. Hu's delegation gave a very different account of the "
               "weekend. China's foreign ministry said the Philippine vessel had intruded into Chinese waters and "
               "ignored repeated warnings.\n")
    assert any(c.by == "China" and "intruded" in c.claim for c in ex.claims), [(c.by, c.claim) for c in ex.claims]


def test_what_a_side_says_it_would_or_would_not_do_is_no_claim() -> None:
    ex = _mini("Pay row\nThe finance minister, Eoin Costigan, said the government would not allow a regional deal to "
               "unpick the national pay agreement. He said 92 per cent of hospitals had stayed open.\n")
    claims = [c.claim for c in ex.claims]
    assert not any("regional deal" in c for c in claims) and any("92 per cent" in c for c in claims), claims


def test_denial_of_an_earlier_claim_is_its_dispute_and_the_deniers_version_is_a_claim() -> None:
    ex = _mini("Dam talks\nSudan's minister, Awadia Babiker, said the releases flooded more than 60 villages in Sennar. "
               "Ethiopian officials deny that the dam was to blame. They say the flooding was caused by record "
               "rainfall on the Sudanese side of the border.\n")
    flood = next(c for c in ex.claims if "flooded" in c.claim)
    assert [d.by for d in flood.disputes] == ["Ethiopia"]
    assert not any(c.claim.startswith("deny") for c in ex.claims)
    assert any(c.by == "Ethiopia" and "rainfall" in c.claim for c in ex.claims)


def test_refusing_is_a_stance_but_inability_and_reported_demands_are_claims() -> None:
    ex = _mini("Talks\nThe Philippine envoy, Teresita Lazaro, said Manila could not accept either text. "
               "Hamas's negotiator, Khalil al-Hayya, said it cannot locate the bodies of 12 hostages. "
               "Iran's president, Masoud Pezeshkian, said the United States had demanded that Iran hand over its "
               "entire stock of enriched uranium. Hu Jian said Manila must remove the grounded ship.\n")
    claims = [c.claim for c in ex.claims]
    assert not any("either text" in c for c in claims), claims
    assert any("locate" in c for c in claims) and any("uranium" in c for c in claims), claims
    assert not any("grounded ship" in c for c in claims), claims


def test_proposed_that_clause_is_a_proposal_of_its_subject_and_the_base_of_a_revision() -> None:
    ex = _mini("Shoal talks\nBeijing first proposed in January that Philippine resupply boats notify the coast guard in "
               "advance. A revised version handed over on Tuesday dropped the inspection requirement.\n")
    first = next(p for p in ex.proposals if "proposal" in p.name and "first" in p.name)
    assert first.proposers == ["China"] and any("notify" in a for a in first.aliases)
    rev = next(p for p in ex.proposals if "revised" in p.name)
    assert rev.revision_of == first.name


def test_participle_after_the_object_is_not_part_of_the_stance_target() -> None:
    ex = _mini("Truce\nThe RSF leader, Mohamed Hamdan Dagalo, said his forces would accept a field monitoring mechanism "
               "overseen by the Quad and the African Union.\n")
    target = next(p.target for p in ex.positions if p.holder == "Mohamed Hamdan Dagalo")
    assert "monitoring mechanism" in target and "Quad" not in target, target


def test_dateline_with_a_date_is_blanked_so_the_first_sentence_parses() -> None:
    ex = _mini("Strike vote\nSEATTLE, March 3 – Members of the International Association of Machinists voted 64 per cent "
               "to reject the company's latest contract offer on Sunday.\n")
    assert any(p.holder == "International Association of Machinists" and p.stance == "oppose" and "offer" in p.target
               for p in ex.positions)
    assert not any(a.name.upper() == "SEATTLE" and a.acts for a in ex.actors)


def test_wanting_a_small_clause_is_a_demand() -> None:
    ex = _mini("Strike\nThe union's president, Jon Holden, said the offer fell short. \"Our members have spoken. We want "
               "the pension back,\" he told reporters.\n")
    assert any(d.by == "Jon Holden" and "pension" in d.what for d in ex.demands)


def test_speaker_named_after_a_closing_quote_speaks_it_whatever_the_parse() -> None:
    ex = _mini("Plastics talks\n\"We cannot accept a treaty that only deals with waste,\" Norway's climate minister, "
               "Andreas Bjelland Eriksen, said.\n")
    assert any(p.holder == "Andreas Bjelland Eriksen" and p.stance == "oppose" and "treaty" in p.target
               for p in ex.positions)


def test_unnamed_bloc_that_acts_is_a_group_until_the_article_names_it() -> None:
    ex = _mini("Plastics talks\nA coalition of more than 100 countries insisted that any treaty must limit "
               "production.\n")
    assert any(d.by == "Coalition of more than 100 countries" and "limit production" in d.what for d in ex.demands)
    ex = _mini("Truce\nThe army and an alliance of ethnic armed groups agreed a ceasefire on Sunday. The Salween "
               "Alliance said it would withdraw from the town.\n")
    names = [a.name for a in ex.actors if a.type in ("Group", "Organization")]
    assert "Salween Alliance" in names and not any(n.lower().startswith("alliance of") for n in names), names


def test_a_capital_that_also_seats_a_bloc_stands_for_the_bloc_in_its_story() -> None:
    ex = _mini("Trade talks\nNegotiators from India and the European Union met on Friday. Goyal accused Brussels of "
               "using its carbon tax as a trade barrier. Indian officials said the EU had agreed to phase in the tax "
               "more slowly, but European diplomats denied any such concession had been made.\n")
    names = {a.name for a in ex.actors}
    assert "Belgium" not in names
    assert "Brussels" in next(a for a in ex.actors if a.name == "European Union").aliases
    assert not any(c.claim.startswith("denied") for c in ex.claims), [c.claim for c in ex.claims]


def test_counterpart_keeps_his_own_side_and_each_object_of_an_obligation_is_a_demand() -> None:
    ex = _mini("Cyprus talks\nNikos Christodoulides, the Greek Cypriot leader, said he was ready to resume talks. His "
               "Turkish Cypriot counterpart, Tufan Erhurman, said any settlement must guarantee political equality "
               "and a rotating presidency.\n")
    erhurman = next(a for a in ex.actors if a.name == "Tufan Erhurman")
    assert not any(r[1] == "Nikos Christodoulides" for r in erhurman.relations) and "Greece" not in erhurman.affiliations
    whats = [d.what for d in ex.demands if d.by == "Tufan Erhurman"]
    assert any("political equality" in w for w in whats) and any("rotating presidency" in w for w in whats), whats


def test_possessive_pronoun_after_a_named_subject_in_the_same_sentence_is_that_person() -> None:
    ex = _mini("Truce\nForeign Minister Lena Holm met the envoy on Monday. Commander Piet Aram said his forces had "
               "rejected the truce.\n")
    table_aliases = {a.name: a for a in ex.actors}
    assert "Piet Aram" in table_aliases
    assert any(p.holder == "Piet Aram" and "truce" in p.target for p in ex.positions), \
        [(p.holder, p.target) for p in ex.positions]


def test_titles_and_indefinite_appositions_are_aliases_for_coreference() -> None:
    ex = _mini("Talks\nSerbian President Aleksandar Vucic met Kieran Dolan, a senior conciliator at the commission, "
               "on Monday. The undersecretary, Teresita Lazaro, said the talks were useful. Later the undersecretary "
               "said Manila would keep talking.\n")
    aliases = {a.name: {x.lower() for x in a.aliases} for a in ex.actors}
    assert "serbian president" in aliases["Aleksandar Vucic"]
    assert "a senior conciliator at the commission" in aliases["Kieran Dolan"]
    assert "the undersecretary" in aliases["Teresita Lazaro"]


def test_the_rebels_prefer_a_named_alliance_over_an_armed_group_and_one_list_item_is_one_demand() -> None:
    ex = _mini("Truce\nThe Salween Alliance, which groups the Wa-Shan Democratic Army and two other armies, signed the "
               "truce. Its spokesman, Tar Hla Seng, listed what the rebels want in return: an end to bombing, the "
               "lifting of the blockade and the release of 300 detainees.\n")
    whats = [d.what for d in ex.demands]
    assert len(whats) == 3, whats
    assert not any(d.by == "Wa-Shan Democratic Army" for d in ex.demands)


def test_counterpart_with_an_office_of_his_own_does_not_take_the_others() -> None:
    ex = _mini("Shoal talks\nUndersecretary Teresita Lazaro said she had lodged a protest with her Chinese counterpart, "
               "Assistant Foreign Minister Hu Jian. \"We are prepared to keep these channels open,\" the undersecretary "
               "told a news conference at the Department of Foreign Affairs after the talks.\n")
    hu = next(a for a in ex.actors if a.name == "Hu Jian")
    assert "Undersecretary" not in hu.roles and "the undersecretary" not in hu.aliases


def test_the_company_is_the_storys_one_firm() -> None:
    ex = _mini("Strike\nThe United Auto Workers union and Stellantis reached a tentative agreement on Wednesday. The "
               "company said the agreement would add $1.5 billion to its labour costs.\n")
    assert any(c.by == "Stellantis" and "1.5 billion" in c.claim for c in ex.claims)


def test_speaker_two_appositions_on_and_no_relative_clause_item() -> None:
    ex = _mini("Climate talks\nIts chair, Palau's ambassador to the United Nations, Ilana Seid, called for a dedicated "
               "funding window for the most vulnerable countries. Ms Keady said the union would call off the stoppage "
               "if the authority agreed to refer the dispute to the Labour Court, whose recommendation both sides "
               "would accept.\n")
    assert any(d.by == "Ilana Seid" and "funding window" in d.what for d in ex.demands)
    assert not any(d.what.lower().startswith("whose") for d in ex.demands)


def test_army_of_a_state_the_gazetteer_does_not_know_is_still_an_actor() -> None:
    ex = _mini("Border clash\nThe Ostrian army said on Monday that Valdorian troops had crossed the border and killed "
               "two soldiers.\n")
    assert any(c.by == "Ostrian army" and "crossed" in c.claim for c in ex.claims)


def test_crowds_acted_upon_and_capitalised_common_nouns_are_no_actors() -> None:
    ex = _mini("Integration talks\nFighters would be welcomed as individuals, the minister said. Ballots will be cast "
               "at three sites in Wichita on Wednesday.\n")
    names = {a.name for a in ex.actors}
    assert "Fighters" not in names and "Ballots" not in names, names


def test_body_names_cut_by_ner_are_whole_and_landmarks_are_places() -> None:
    ex = _mini("Oil row\nThe Council of Tribes and Clans of the Jazira demanded that the oil fields be returned to state "
               "control. Several thousand members of the Samyukt Kisan Morcha, a coalition of farm unions, marched to "
               "Jantar Mantar on Wednesday. The talks opened in a government guesthouse on the Bosphorus. Leaders met "
               "at the Palais des Nations.\n")
    names = {a.name for a in ex.actors}
    assert "Council of Tribes and Clans of the Jazira" in names, names
    assert "Samyukt Kisan Morcha" in names, names
    assert not names & {"Jantar Mantar", "Bosphorus", "Palais des Nations", "Jazira", "Kisan Morcha"}, names


def test_parenthesised_acronym_is_an_alias_not_part_of_the_name() -> None:
    ex = _mini("Coalition walks out of talks\nThe walkout by the United Opposition Coalition (UOC), an alliance of "
               "armed movements, came a day after mediators circulated a draft. The coalition said it would not sign.")
    names = {a.name for a in ex.actors}
    assert "United Opposition Coalition" in names and not any("(" in n for n in names)
    uoc = _actor(ex, "United Opposition Coalition")
    assert "UOC" in uoc.aliases and "the coalition" in {x.lower() for x in uoc.aliases}


def test_union_branch_of_a_parent_body_is_one_actor_numbered_and_described() -> None:
    ex = _mini("Machinists reject offer\nMembers of District Lodge 919 of the International Association of Machinists "
               "rejected the offer on Thursday. The union said it would strike again.")
    lodge = _actor(ex, "District Lodge 919")
    assert "International Association of Machinists" in lodge.aliases
    assert "the union" in {x.lower() for x in lodge.aliases}
    assert not any(a.name == "International Association of Machinists" for a in ex.actors)


def test_body_described_before_it_is_named_and_school_district_is_no_place() -> None:
    ex = _mini("Teachers reject offer\nThe union rejected the school district's revised offer on Friday. "
               "The district said it could not pay more. Officials said the plan would push Riverton Unified School "
               "District into a deficit.")
    rusd = _actor(ex, "Riverton Unified School District")
    assert {"the school district", "the district"} <= {x.lower() for x in rusd.aliases}


def test_passive_agent_acts_and_described_body_matches_a_word_inside_its_name() -> None:
    ex = _mini("Farmers block highway\nThe farmers, organised by the Union of Irrigation District 005 Producers, "
               "blocked the highway on Sunday. The union said the blockade would go on.")
    union = _actor(ex, "Union of Irrigation District 005 Producers")
    assert "the union" in {x.lower() for x in union.aliases}


def test_superintendent_is_a_title_not_part_of_the_name() -> None:
    ex = _mini("District offer\nSuperintendent Marcus Oyelaran said the package was the most the district "
               "could afford.")
    assert any(a.name == "Marcus Oyelaran" for a in ex.actors)
    assert not any(a.name.startswith("Superintendent") for a in ex.actors)


def test_she_skips_the_man_last_named_for_the_woman_before_him() -> None:
    ex = _mini("Talks stall\nMs Claudia Reyes, the union leader, met the mayor on Monday. Mr Tom Vela, the district "
               "spokesman, said the offer stood. She said the strike would go ahead.")
    reyes = _actor(ex, "Claudia Reyes")
    vela = _actor(ex, "Tom Vela")
    stmts = {s.speaker for s in ex.statements if "strike would go ahead" in s.evidence.text}
    assert reyes.name in stmts and vela.name not in stmts


def test_possessive_and_bare_office_appositions_are_aliases() -> None:
    ex = _mini("Water talks\nThe US commissioner spoke in El Paso after a meeting with his Mexican counterpart, "
               "Adriana Ochoa, on Monday. "
               "Dana Whitfield, president of the Riverton Education Association, said the deal was close.")
    assert "his Mexican counterpart" in _actor(ex, "Adriana Ochoa").aliases
    assert "president of the Riverton Education Association" in _actor(ex, "Dana Whitfield").aliases


def test_dateline_with_region_is_blanked_and_firm_first_word_is_the_firm() -> None:
    ex = _mini("Strike vote\nWICHITA, Kansas – Striking machinists at Corvane Aerospace will vote on Wednesday on a "
               "revised offer that the union says is not enough. Corvane denied any wrongdoing on Friday and said "
               "that it was ready to meet the union again in the coming days.")
    names = {a.name for a in ex.actors}
    assert "Corvane" not in names and "Corvane Aerospace" in names
    assert not any("Wichita" in n or "WICHITA" in n for n in names | {p.name for p in ex.places})


def test_bloc_named_with_its_kind_is_the_bloc_later_not_the_gazetteer_bloc() -> None:
    ex = _mini("Opposition boycott\nThe European Union urged talks on Monday. Nika Gvaramia, who leads the Coalition "
               "for Change bloc, said the bloc would not return to parliament while the law stayed.")
    coalition = _actor(ex, "Coalition for Change")
    assert "the bloc" in coalition.aliases
    assert "the bloc" not in next((a.aliases for a in ex.actors if a.name == "European Union"), [])


def test_the_company_is_the_firm_named_as_a_firm_not_a_one_word_body() -> None:
    ex = _mini("Pilots reject offer\nAir Meridian rejected the union's demand on Tuesday. Unifor, which represents "
               "ground staff, said it was watching. A spokeswoman said the company had moved significantly.")
    assert "the company" in _actor(ex, "Air Meridian").aliases


def test_sentence_inside_an_open_quote_keeps_the_quoted_speaker() -> None:
    ex = _mini("Kurdish talks\n\"The date was for the committees,\" Mazloum Abdi told reporters on Monday.\n"
               "\"We are ready to join the army. We have said so from the first day. But integration without "
               "guarantees is dissolution.\"")
    said = {s.evidence.text[:20]: s.speaker for s in ex.statements}
    assert said.get("We have said so from") == "Mazloum Abdi"


def test_gazetteer_knows_capitals_of_smaller_states() -> None:
    from graph.gazetteer import load_gazetteer
    gaz = load_gazetteer()
    for capital, state in (("Nouakchott", "Mauritania"), ("Port-au-Prince", "Haiti"), ("Dakar", "Senegal")):
        e = gaz.lookup(capital)
        assert e is not None and e.seat_of == state
    assert gaz.adjective("Mauritanian").name == "Mauritania"


def test_a_short_acronym_names_its_actor_only_in_capitals() -> None:
    """"Car exporters" opening a sentence are no Central African Republic, nor "Who" the WHO: an acronym
    spelled letter by letter is written in capitals, while one said as a word may be written "Nato"."""
    from graph.gazetteer import load_gazetteer
    gaz = load_gazetteer()
    assert gaz.lookup("Car") is None and gaz.lookup("Who") is None
    assert gaz.lookup("CAR").name == "Central African Republic" and gaz.lookup("the WHO's").name == "World Health Organization"
    assert gaz.lookup("Nato").name == "NATO"
    ex = _mini("Tariff talks\nCar makers in Lesotho said on Monday that the new tariffs would cost 3,000 jobs. "
               "Who pays for the delay is unclear, the ministry said.")
    assert not {a.name for a in ex.actors} & {"Central African Republic", "World Health Organization"}, ex.actors


def test_state_name_as_first_name_stays_a_person_and_long_datelines_are_blanked() -> None:
    ex = _mini("Water talks\nKINGSTON, Jamaica, Thursday, February 5, 2026 - The US commissioner, Chad Lindquist, "
               "said on Monday that the offer was a serious step. Mexico said it would deliver more water.")
    names = {a.name for a in ex.actors}
    assert "Chad Lindquist" in names and "Chad" not in names and "Jamaica" not in names


def test_indefinite_office_before_a_name_with_a_participle_is_learnt_and_resolved_later() -> None:
    ex = _mini("Teachers dispute\nAn independent fact-finder appointed by the state Public Employment Relations Board, "
               "Judith Amsel, released a report on Monday. The school board voted to accept the fact-finder's "
               "salary recommendations.")
    amsel = _actor(ex, "Judith Amsel")
    assert "fact-finder" in " ".join(amsel.roles)
    assert {"An independent fact-finder", "the fact-finder"} <= set(amsel.aliases)


def test_nationality_first_given_in_a_description_goes_to_the_envoy_just_named() -> None:
    ex = _mini("Sahara talks\nThe roundtable was hosted by Johan Vestergaard, the UN Secretary-General's personal envoy "
               "for Western Sahara. The Danish diplomat had spent five months shuttling between the capitals.")
    jv = _actor(ex, "Johan Vestergaard")
    assert "The Danish diplomat" in jv.aliases and "Denmark" in jv.affiliations


def test_two_offices_joined_by_and_are_two_aliases() -> None:
    ex = _mini("Sahara talks\nKarim Bennani, Morocco's ambassador to the UN in Geneva and head of its delegation, said "
               "autonomy was the only basis for talks.")
    kb = _actor(ex, "Karim Bennani")
    assert {"Morocco's ambassador to the UN in Geneva", "head of its delegation"} <= set(kb.aliases)


def test_the_state_near_a_province_is_not_the_country() -> None:
    ex = _mini("Water dispute\nFarmers in the northern state of Chihuahua kept up a blockade of La Boquilla, the "
               "state's largest dam. Mexico said it would deliver the water. Chihuahua's governor said the state "
               "supported the farmers.")
    mexico = _actor(ex, "Mexico")
    assert "the state" not in {x.lower() for x in mexico.aliases}


def test_surname_tagged_as_a_place_is_the_person_named_before() -> None:
    ex = _mini("Border talks\nNational Security Adviser Amjad Saleem Qureshi met the delegation on Monday. "
               "Qureshi said the talks had been useful.")
    names = {a.name for a in ex.actors}
    assert "Qureshi" not in names


def test_unresolved_leader_description_is_not_the_person_met_in_the_same_sentence() -> None:
    ex = _mini("Libya talks\nThe Government of National Unity (GNU) rejected the plan on Sunday. The GNU leader met "
               "Ms Ingrid Salvesen in Tripoli on Monday and told her that he backed the timetable.")
    salvesen = next((a for a in ex.actors if a.name == "Ingrid Salvesen"), None)
    assert salvesen is None or "The GNU leader" not in salvesen.aliases


def test_firm_prefixed_name_ending_in_a_state_is_the_firm_not_the_state_or_a_person() -> None:
    ex = _mini("Smelter talks\nThe government threatened to halt exports by PT Sarana Malaysia unless the miner "
               "set a date. Sarana Malaysia, a unit of a Dutch group, asked the ministry for more time. Sarana "
               "said the repairs would take six months.")
    firm = _actor(ex, "PT Sarana Malaysia")
    assert firm.type == "Organization" and "Sarana Malaysia" in firm.aliases
    assert not any(a.type == "Person" and "Sarana" in a.name for a in ex.actors)


def test_the_prime_minister_is_not_another_minister_named_earlier() -> None:
    ex = _mini("Rail strike\nInfrastructure Minister Helena Duarte Sousa said the offer was final. The infrastructure "
               "minister repeated it on Monday. The prime minister has so far stayed out of the dispute.")
    sousa = _actor(ex, "Helena Duarte Sousa")
    assert "The prime minister" not in sousa.aliases
    assert "The infrastructure minister" in sousa.aliases or "the infrastructure minister" in {
        x.lower() for x in sousa.aliases}


def test_office_before_a_titled_name_and_the_bare_office_are_aliases() -> None:
    ex = _mini("Oil talks\nSouth Sudan's chief negotiator, presidential envoy Akuei Deng Malual, said the figure "
               "was a step in the right direction.")
    malual = _actor(ex, "Akuei Deng Malual")
    assert {"South Sudan's chief negotiator", "chief negotiator"} <= set(malual.aliases)


def test_person_described_by_a_later_team_apposition_stays_a_person() -> None:
    ex = _mini("Smelter audit\nAccording to Rina Yuliastuti, the ministry's director general of minerals and coal, "
               "an audit team that visited the plant this month found it barely half rebuilt.")
    assert _actor(ex, "Rina Yuliastuti").type == "Person"


def test_the_nationality_chief_mediator_is_the_mediator_not_another_chief() -> None:
    ex = _mini("Peace talks\nGeneral Wani Lado Kenyi, the coalition's chief negotiator, rejected the draft. Kenya's "
               "envoy, Ambassador Samuel Kipkorir Too, is the chief mediator. The Kenyan chief mediator said on "
               "Thursday that the talks would resume.")
    kenyi = _actor(ex, "Wani Lado Kenyi")
    assert "Kenya" not in kenyi.affiliations and not any("Kenyan" in x for x in kenyi.aliases)


def test_the_mediators_recall_the_state_whose_mediators_were_named() -> None:
    ex = _mini("Peace talks\nKenyan mediators circulated an amended draft on Tuesday. The rebels would return only if "
               "the mediators put their points on the agenda, the statement said.")
    assert "the mediators" in {x.lower() for x in _actor(ex, "Kenya").aliases}


def _table(text: str):
    """The actor table of a text, to see what each token was resolved to."""
    from graph.extract.actors import ActorReader
    from graph.extract.lexicon import load_lexicon
    from graph.extract.paragraphs import parse
    from graph.extract.pipeline import extraction_nlp
    from graph.gazetteer import load_gazetteer

    paras, sents = parse(text, extraction_nlp())
    return paras, ActorReader(load_gazetteer(), load_lexicon(), paras, sents).run()


def test_two_councillors_are_not_the_two_people_last_named() -> None:
    paras, table = _table("Council talks\n\nPrime Minister Alix Didier Fils-Aime met Fritz Jean on Monday. Two "
                          "councillors said privately that they would back the formula.")
    body = paras[-1]
    k = next(t.i for t in body.doc if t.lower_ == "councillors")
    m = table.by_token.get((body.idx, k))
    assert m is None or table.actors[m.actor].type != "Person"


def test_the_group_is_the_body_just_named_not_an_older_armed_group() -> None:
    ex = _mini("Integration talks\nTurkey regards the SDF as an offshoot of the outlawed Kurdistan Workers' Party. A "
               "Turkish drone struck a vehicle near Qamishli on Saturday, killing two SDF members, the group said.")
    sdf = _actor(ex, "SDF")
    assert "the group" in {x.lower() for x in sdf.aliases}


def test_a_body_named_inside_a_quote_is_not_who_it_means_next() -> None:
    """A quote's subject is the speaker's talk, not the story's last acting body: "It" after the quote
    is the body the narrative named before it (as a quote's subject is never "he")."""
    ex = _mini("Harbour talks\nThe Coastal Liberation Front sent its delegation to the talks in Port Vell on Monday.\n"
               "\"The Harbour Authority keeps its boats in every bay and calls it peace,\" said Omar Rahmani, "
               "the delegation's head.\nIt also wants foreign monitors to check any truce.\n")
    assert {d.by for d in ex.demands if "monitors" in d.what} == {"Coastal Liberation Front"}


def test_a_described_body_needs_its_noun_modifier_in_the_name_unless_it_names_a_sector() -> None:
    """"The water board" is not the "Labour Mediation Board" named before (no "water" in it); "the industry
    council" may still be the "Global Council of Resin Producers": "industry" only says whom it speaks for."""
    ex = _mini("Canal pay talks\nAn independent arbitrator appointed by the state Labour Mediation Board, Ruth Okafor, "
               "published her report on Monday.\nThe water board voted on Tuesday to reject the arbitrator's pay "
               "recommendations.\n")
    assert "the water board" not in {x.lower() for x in _actor(ex, "Labour Mediation Board").aliases}
    ex = _mini("Resin talks\nThe Global Council of Resin Producers sent a delegation to the talks on Monday.\n"
               "The industry council says it opposes any cap on output.\n")
    assert "the industry council" in {x.lower() for x in _actor(ex, "Global Council of Resin Producers").aliases}


def test_hyphenated_names_keep_the_article_spelling_in_aliases() -> None:
    ex = _mini("Integration talks\nPresident Ahmed al-Sharaa said on Monday that the army would absorb the fighters.")
    sharaa = _actor(ex, "Ahmed al-Sharaa")
    assert not any(" - " in x for x in sharaa.aliases)


def test_more_keys_extend_their_base_lists_and_stay_readable() -> None:
    from graph.extract.lexicon import merge_more

    data = merge_more({"verbs": ["refuse"], "verbs_more": ["spurn", "refuse"], "table": {"a": ["x"]},
                       "table_more": {"a": ["y"], "b": ["z"]}, "only_more": ["w"], "held": ["h"],
                       "held_more": ["i"], "unmerged_more_keys": ["held_more"]})
    assert data["verbs"] == ["refuse", "spurn"] and data["verbs_more"] == ["spurn", "refuse"]
    assert data["table"] == {"a": ["x", "y"], "b": ["z"]}
    assert data["only"] == ["w"] and data["held"] == ["h"]


def test_no_shipped_vocabulary_file_replaces_a_key_of_another() -> None:
    """The files merge into one table, the later one winning: a key in two files silently loses one list."""
    import json
    from importlib import resources

    data = resources.files("graph.data")
    names = ("lexicon.json", "events.json", "stance.json", "demands_claims.json")
    keys = {n: {k for k in json.loads(data.joinpath(n).read_text(encoding="utf-8")) if not k.startswith("_")}
            for n in names}
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            assert not (keys[a] & keys[b]), (a, b, keys[a] & keys[b])


def test_the_shipped_more_keys_reach_readers_of_the_base_key() -> None:
    from graph.extract.lexicon import load_lexicon

    lex = load_lexicon()
    for key, more in lex.raw.items():
        if key.endswith("_more") and key not in lex.raw.get("unmerged_more_keys", []):
            base = lex.raw[key[:-5]]
            items = [w for ws in more.values() for w in ws] if isinstance(more, dict) and isinstance(
                next(iter(more.values()), []), list) else list(more)
            flat = [w for ws in base.values() for w in ws] if isinstance(base, dict) and isinstance(
                next(iter(base.values()), []), list) else list(base)
            assert set(items) <= set(flat), key


def test_a_whole_title_before_a_name_is_an_alias_and_so_is_the_office() -> None:
    ex = _mini("Climate talks\nUN climate chief Simon Stiell urged countries to finish the job. Secretary of State "
               "Marco Rubio said Washington would help. Japan's chief trade negotiator Kenji Morimoto met him.\n")
    assert {"UN climate chief", "climate chief"} <= set(_actor(ex, "Simon Stiell").aliases)
    assert "Secretary of State" in _actor(ex, "Marco Rubio").aliases
    assert {"Japan's chief trade negotiator", "chief trade negotiator"} <= set(_actor(ex, "Kenji Morimoto").aliases)


def test_a_rank_between_an_apposition_and_the_name_does_not_hide_the_apposition() -> None:
    ex = _mini("Prisoner talks\nThe Houthis denied any involvement. Their military spokesman, Brigadier Saleh "
               "al-Marrani, said the group had launched no operations. Sudan's army spokesman Brigadier Nabil "
               "Abdallah denied it.\n")
    assert "Their military spokesman" in _actor(ex, "Saleh al-Marrani").aliases
    assert "army spokesman" in _actor(ex, "Nabil Abdallah").aliases


def test_his_turkish_counterpart_is_the_turkish_person_named_before() -> None:
    ex = _mini("Cyprus talks\nTurkey's foreign minister, Hakan Fidan, told the meeting that federation was dead. "
               "Greece's foreign minister, Giorgos Gerapetritis, said later that he described his exchange with his "
               "Turkish counterpart as calm.\n")
    assert "his Turkish counterpart" in _actor(ex, "Hakan Fidan").aliases


def test_a_body_is_called_later_by_its_apposition_or_by_a_word_of_its_kind() -> None:
    ex = _mini("Screen talks\nThe Writers Guild of America said on Monday that talks had failed. The guild said "
               "members would vote. The Sudan People's Liberation Movement-In Opposition (SPLM-IO), the party of "
               "the detained vice-president, disputed that account.\n")
    assert "the guild" in {x.lower() for x in _actor(ex, "Writers Guild of America").aliases}
    splm = next(a for a in ex.actors if "SPLM-IO" in a.aliases or a.name == "SPLM-IO" or "Liberation" in a.name)
    assert "the party" in splm.aliases


def test_the_kingdom_is_the_state_last_named() -> None:
    ex = _mini("Plastics talks\nIn Geneva, Norway pressed for production caps. On the other side of the room, Saudi "
               "Arabia was just as blunt. Faisal al-Harbi, who heads the kingdom's delegation, rejected any cap.\n")
    assert "the kingdom" in {x.lower() for x in _actor(ex, "Saudi Arabia").aliases}


def test_a_middle_surname_is_the_person_of_the_full_name() -> None:
    ex = _mini("Colombia talks\nThe government's chief negotiator, Álvaro Jiménez Restrepo, told reporters the "
               "zones were ready. Jiménez said the group had to disarm.\n")
    assert [a.name for a in ex.actors if "Jiménez" in a.name] == ["Álvaro Jiménez Restrepo"]


def test_a_body_ner_missed_is_found_by_its_closing_word() -> None:
    ex = _mini("Strike talks\nThe Federal Mediation and Conciliation Service brought the two sides together on "
               "Tuesday. The Hostages and Missing Families Forum accused the government of delay.\n")
    names = {a.name for a in ex.actors}
    assert {"Federal Mediation and Conciliation Service", "Hostages and Missing Families Forum"} <= names


def test_a_body_tagged_as_a_person_keeps_its_whole_name_and_acronym() -> None:
    ex = _mini("Tigray review\nFighting flared over who should lead Tigray's interim administration, as the Tigray "
               "People's Liberation Front accused the federal government of stalling. The TPLF said the front would "
               "not disarm first.\n")
    tplf = [a for a in ex.actors if "Liberation Front" in a.name or a.name == "TPLF"]
    assert [a.name for a in tplf] == ["Tigray People's Liberation Front"] and tplf[0].type != "Person"
    assert {"TPLF", "the front"} <= set(tplf[0].aliases)


def test_a_states_army_before_its_named_forces_is_those_forces() -> None:
    ex = _mini("Abyei talks\nSudan's military denied any role. \"The Sudanese Armed Forces have no presence in Abyei,\" "
               "a spokesman said.\n")
    armies = [a.name for a in ex.actors if "army" in a.name.lower() or "Forces" in a.name]
    assert armies == ["Sudanese Armed Forces"]


def test_european_officials_are_the_eu_in_a_story_about_the_eu() -> None:
    ex = _mini("Tariff talks\nEuropean officials said on Monday that the talks had stalled. The EU wants Beijing to "
               "raise its price offer.\n")
    assert "Europe" not in {a.name for a in ex.actors}
    assert "European officials" in _actor(ex, "European Union").aliases


def test_a_name_that_is_another_actors_alias_is_that_actor() -> None:
    ex = _mini("Sahara talks\nThe Polisario Front, known as Polisario, rejected the plan on Monday. Rail operator "
               "Comboios de Portugal said the strike had cost it millions. POLISARIO said it would return to Geneva. "
               "CP said it would not raise its offer.\n")
    from graph.extract.actors import _acronym

    names = {a.name for a in ex.actors}
    assert "Polisario Front" in names and "POLISARIO" not in names
    assert _acronym("Comboios de Portugal") == "CP"  # "de" is no word of an acronym


def test_federal_negotiators_are_the_state_the_story_is_about() -> None:
    ex = _mini("Ethiopia review\nEthiopia's federal government sent a delegation to Pretoria. Federal negotiators "
               "said on Monday that disarmament must come first.\n")
    assert "Federal negotiators" in _actor(ex, "Ethiopia").aliases


def test_the_next_persons_apposition_is_not_the_first_persons() -> None:
    ex = _mini("Libya talks\nEgypt's foreign minister, Badr Abdelatty, and his Turkish counterpart, Hakan Fidan, "
               "discussed the talks in a phone call on Tuesday.\n")
    badr = _actor(ex, "Badr Abdelatty")
    assert "Turkey" not in badr.affiliations and not any("counterpart" in r for r in badr.roles)


def test_a_quote_over_two_sentences_is_spoken_by_the_person_named_where_it_closes() -> None:
    ex = _mini('Talks\nThe ministry said talks would resume. "We are ready to return to the table. We will not sign '
               'anything that divides the island," said Nikos Christodoulides, the Cypriot president.\n')
    held = {(p.holder, p.stance) for p in ex.positions}
    assert ("Nikos Christodoulides", "support") in held


def test_a_peoples_name_before_a_noun_is_no_person() -> None:
    ex = _mini("Talks\nKinshasa disbanded the FDLR, a Hutu militia, and said the Sahrawi people could not be asked "
               "to wait.\n")
    assert not {"Hutu", "Sahrawi"} & {a.name for a in ex.actors if a.type == "Person"}


def test_her_government_is_the_state_of_the_person_speaking() -> None:
    ex = _mini("Border talks\nGuyana's foreign minister, Hugh Todd, met his counterpart. Guyana was more guarded. Todd "
               "said his government would accept the revised text only if the court ruling was respected.\n")
    assert "his government" in _actor(ex, "Guyana").aliases


def test_a_description_before_a_bodys_name_is_its_alias() -> None:
    ex = _mini("Nurses strike\nA patients' group, the Cape Breton Health Coalition, said on Monday that the strike "
               "had cancelled hundreds of surgeries.\n")
    body = next(a for a in ex.actors if "Coalition" in a.name)
    assert "A patients' group" in body.aliases or "a patients' group" in body.aliases


def test_pronoun_gender_comes_from_the_office_and_the_sentence_before() -> None:
    # "spokeswoman" says who "she" is when the given name does not; a person named in the sentence
    # before is who "she" continues with, not a woman named paragraphs earlier
    ex = _mini("Talks\nUndersecretary Elena Marquez said on Tuesday that talks would go on.\n"
               "Norland's foreign ministry spokeswoman, Wang Lihua, said on Wednesday that the plan was welcome. "
               "\"Norland will not tolerate any attempt to reinforce the vessel,\" she said.\n"
               "The Sudorian side rejected the plan, with the trade secretary, Brooke Rollins, calling it a trick. "
               "She said Sudoria would never accept a tariff cut.\n")
    said = {st.speaker for st in ex.statements if "tolerate" in st.text}
    assert said == {"Wang Lihua"}
    assert not any(st.speaker == "Elena Marquez" and "tariff" in st.text for st in ex.statements)


def test_acronym_tagged_as_person_and_repeated_description_are_the_body() -> None:
    ex = _mini("Talks\nThe Eastern Seaboard Longshore Association (ESLA) said it would strike. "
               "The Gulf Port Employers Alliance said it was ready to talk. The union rejected the offer.\n"
               "The National Retail Federation urged a deal. ESLA said it would consider the offer. "
               "The union said the offer was too low.\n")
    names = {a.name for a in ex.actors}
    assert "ESLA" not in names
    said = {st.speaker for st in ex.statements if "too low" in st.text}
    assert said == {"Eastern Seaboard Longshore Association"}


def test_bodies_named_by_description_people_and_place_appositions() -> None:
    ex = _mini("Norland rejects Corvane's offer\nCorvane Motors raised its offer on Monday. "
               "On Wednesday Corvane Motors's chief executive, Alan Berg, said the offer was final. "
               "District officials say the plan would cost $9 million, the Riverton Unified School District said. "
               "The talks were overshadowed by reports from Kyauk Sein, a village in the north, where troops "
               "killed 30 people.\n")
    names = {a.name for a in ex.actors}
    assert "Corvane" not in names and "Kyauk Sein" not in names
    assert not any(n.startswith("Wednesday") for n in names)
    assert any(c.by == "Riverton Unified School District" and "9 million" in c.claim for c in ex.claims)


def test_federal_officials_and_the_three_european_powers() -> None:
    ex = _mini("Talks\nEthiopia and the TPLF met in Pretoria. Federal officials rejected the TPLF's plan.\n"
               "In a joint statement, the three European powers said the deadline would not be extended. "
               "The European powers rejected the offer.\n")
    pos = {(p.holder, p.stance) for p in ex.positions}
    assert ("Ethiopia", "oppose") in pos
    assert "E3" in {a.name for a in ex.actors} and "Europe" not in {a.name for a in ex.actors}


def test_the_two_sides_are_the_parties_not_the_mediator_named_last() -> None:
    from graph.extract.actors import ActorReader, home_state
    from graph.extract.lexicon import load_lexicon
    from graph.extract.paragraphs import parse
    from graph.extract.pipeline import extraction_nlp
    from graph.gazetteer import load_gazetteer

    text = ("Talks\nPakistan and Afghanistan held talks in Doha. Pakistan accused Afghanistan of sheltering militants. "
            "Afghanistan denied the charge, and Pakistan rejected an Afghan proposal. Turkey hosted a second round.\n"
            "Qatar's foreign minister, Khalid al-Misnad, said the two sides had agreed to stop fighting.\n")
    gaz, lex = load_gazetteer(), load_lexicon()
    paras, sents = parse(text, extraction_nlp())
    reader = ActorReader(gaz, lex, paras, sents)
    reader.table.home = home_state(gaz, paras)
    table = reader.run()
    p = paras[-1]
    side = next(t for t in p.doc if t.lower_ == "sides")
    assert set(table.resolve(p, side)) == {"Pakistan", "Afghanistan"}


# A paraphrase sweep: who speaks, written the way different newsrooms write it (fronted, trailing and split
# quotes, "according to", bodies and people named by description, pronouns, many reporting verbs).
_PAD = "It was not clear when the two sides would meet again, and there was no sign that either of them would give way. "
SPEAKER_PARAPHRASES = [
    pytest.param('Talks\nThe talks resumed on Monday. "We will not sign a deal that leaves our members worse off," said Maria Oduya, president of the Kenya Union of Teachers.\n',
                 'Maria Oduya', 'worse off', id='q1'),
    pytest.param('Talks\nThe talks resumed on Monday. "There is no deal on the table yet," Colombia\'s chief negotiator, Otty Patiño, told reporters in Caracas.\n',
                 'Otty Patiño', 'no deal', id='q2'),
    pytest.param('Talks\nNegotiations resumed. "The offer is simply not enough," the union\'s president, Sean Kelleher, said on Thursday.\n',
                 'Sean Kelleher', 'not enough', id='q3'),
    pytest.param('Talks\nNegotiations resumed. "Our patience has limits," Mexican Economy Minister Marcelo Ebrard wrote on X.\n',
                 'Marcelo Ebrard', 'patience', id='q4'),
    pytest.param('Talks\nNegotiations resumed. "We remain committed to dialogue," the Philippine foreign ministry said in a statement.\n',
                 'Philippines', 'dialogue', id='q5'),
    pytest.param('Talks\nNegotiations resumed. "This is a bad deal," insisted Tarek Mansour, a spokesman for Hamas.\n',
                 'Tarek Mansour', 'bad deal', id='q6'),
    pytest.param('Talks\nNegotiations resumed. "We are ready to talk," Armenian Prime Minister Nikol Pashinyan stressed.\n',
                 'Nikol Pashinyan', 'ready', id='q7'),
    pytest.param('Talks\nThe talks resumed. "We are not going anywhere," Dora Kimani said, "until the ministry pays what it owes."\n',
                 'Dora Kimani', 'going anywhere', id='s1'),
    pytest.param('Talks\nThe talks resumed. "The strike will go on," said Lars Eriksson of the Swedish Transport Workers\' Union. "Nobody has called us."\n',
                 'Lars Eriksson', 'strike will go on', id='s2'),
    pytest.param('Talks\nSerbian President Aleksandar Vucic spoke on Sunday. "Kosovo is not a partner," he said. "We will not sign that."\n',
                 'Aleksandar Vucic', 'not a partner', id='s3'),
    pytest.param('Talks\nThe talks resumed. According to Thai Foreign Minister Maris Sangiampongsa, the ceasefire is holding.\n',
                 'Maris Sangiampongsa', 'ceasefire', id='a1'),
    pytest.param("Talks\nThe talks resumed. The ceasefire is holding, according to Cambodia's defence ministry.\n",
                 'Cambodia', 'ceasefire', id='a2'),
    pytest.param('Talks\nThe Screen Actors Guild met the studios. The studios made no new offer, according to a union spokeswoman.\n',
                 'Screen Actors Guild', 'offer', id='a3'),
    pytest.param('Talks\nThe talks resumed. The rebels want a federal system, according to a statement from the Arakan Army.\n',
                 'Arakan Army', 'federal', id='a4'),
    pytest.param('Talks\nThe National Union of Mineworkers met Sibanye on Monday. The union said the offer was an insult.\n',
                 'National Union of Mineworkers', 'insult', id='b1'),
    pytest.param("Talks\nIndonesia's foreign ministry summoned the envoy. The ministry said the incursion was unacceptable.\n",
                 'Indonesia', 'unacceptable', id='b2'),
    pytest.param('Talks\nThe M23 seized Goma in January. The rebels said they would not withdraw from the city.\n',
                 'M23', 'withdraw', id='b3'),
    pytest.param('Talks\nBoeing made a new offer to the International Association of Machinists. The company said the offer was its best.\n',
                 'Boeing', 'best', id='b4'),
    pytest.param('Talks\nThe African Union sent envoys to Juba. The bloc said elections could not be delayed again.\n',
                 'African Union', 'elections', id='b5'),
    pytest.param('Talks\nThe Kenyan government met the Kenya Medical Practitioners Union. The government insisted that the budget was fixed.\n',
                 'Kenya', 'budget', id='b6'),
    pytest.param("Talks\nThe Korean Metal Workers' Union met Hyundai on Monday. Its leader told reporters that the strike would widen.\n",
                 "Korean Metal Workers' Union", 'strike', id='p1'),
    pytest.param('Talks\nVenezuelan Foreign Minister Yvan Gil met his Guyanese counterpart. He said Caracas would never accept the ruling.\n',
                 'Yvan Gil', 'ruling', id='p2'),
    pytest.param('Talks\nChilean President Gabriel Boric received the miners. Later, speaking to reporters, he said the talks had been productive.\n',
                 'Gabriel Boric', 'productive', id='p3'),
    pytest.param('Talks\nEU trade commissioner Maros Sefcovic flew to Washington. The commissioner said Brussels was ready to retaliate.\n',
                 'Maros Sefcovic', 'retaliate', id='p4'),
    pytest.param('Talks\nUkraine\'s foreign minister Andrii Sybiha spoke to the BBC. "We will not give up territory," the minister said.\n',
                 'Andrii Sybiha', 'territory', id='p5'),
    pytest.param('Talks\nThe talks resumed. Nigerian Labour Congress president Joe Ajaero conceded that the offer was an improvement.\n',
                 'Joe Ajaero', 'improvement', id='v1'),
    pytest.param('Talks\nThe talks resumed. Japanese negotiator Ryosei Akazawa countered that tariffs would hurt both economies.\n',
                 'Ryosei Akazawa', 'tariffs', id='v2'),
    pytest.param("Talks\nThe talks resumed. Gustavo Petro, Colombia's president, told a rally in Cali that the ELN had broken its word.\n",
                 'Gustavo Petro', 'ELN', id='v3'),
    pytest.param('Talks\nThe talks resumed. Ethiopian Prime Minister Abiy Ahmed reiterated that Ethiopia wanted access to the sea.\n',
                 'Abiy Ahmed', 'sea', id='v4'),
    pytest.param("Talks\nThe talks resumed. In a post on X, Pakistan's defence minister Khawaja Asif accused Kabul of harbouring militants.\n",
                 'Khawaja Asif', 'militants', id='v5'),
    pytest.param('Talks\nThe talks resumed. Canadian Prime Minister Mark Carney acknowledged that a deal was unlikely this week.\n',
                 'Mark Carney', 'unlikely', id='v6'),
    pytest.param("Talks\nThe talks resumed. Dmytro Lubinets, Ukraine's human rights ombudsman, pointed out that prisoners were still held.\n",
                 'Dmytro Lubinets', 'prisoners', id='v7'),
    pytest.param('Talks\nThe talks resumed. The Teamsters, in a statement, argued that the company had bargained in bad faith.\n',
                 'Teamsters', 'bad faith', id='v8'),
    pytest.param('Talks\nThe talks resumed. Malaysian Prime Minister Anwar Ibrahim, who is mediating, noted that both sides had agreed to a truce.\n',
                 'Anwar Ibrahim', 'truce', id='v9'),
    pytest.param('Talks\nThe talks resumed. Speaking in Addis Ababa, Somali President Hassan Sheikh Mohamud said the deal was dead.\n',
                 'Hassan Sheikh Mohamud', 'dead', id='v10'),
    pytest.param("Talks\nThe Tigray People's Liberation Front met federal officials in Pretoria. The insurgents said they would not disarm before elections.\n",
                 "Tigray People's Liberation Front", 'disarm', id='r1'),
    pytest.param('Talks\nThe Unite union met the council on Monday. "We have been patient for a year," a Unite spokesman said.\n',
                 'Unite', 'patient', id='r2'),
    pytest.param('Talks\nThe Public and Commercial Services Union walked out on Tuesday. A union official said members would not return until pay was restored.\n',
                 'Public and Commercial Services Union', 'return', id='r3', marks=pytest.mark.xfail(reason='a body name with "and" inside is split by NER ("Public and Commercial Services Union")', strict=True)),
    pytest.param('Talks\nThe Kachin Independence Army attacked the town. In a statement, the group said it was open to talks with the junta.\n',
                 'Kachin Independence Army', 'open to talks', id='r4'),
    pytest.param('Talks\nThe Federation of Korean Trade Unions joined the talks. Their negotiators said the proposal ignored overtime.\n',
                 'Federation of Korean Trade Unions', 'overtime', id='r5'),
    pytest.param('Talks\nHungarian Prime Minister Viktor Orban arrived in Brussels. Orban, who has blocked the package for months, pointed out that Hungary had not been consulted.\n',
                 'Viktor Orban', 'consulted', id='r6'),
    pytest.param('Talks\nThe European Commission presented its plan. "This is a fair offer," Commission spokesman Olof Gill told a briefing in Brussels.\n',
                 'Olof Gill', 'fair offer', id='r7'),
    pytest.param("Talks\nTalks resumed. Lula, Brazil's president, admitted the deal might slip to next year.\n",
                 'Luiz Inacio Lula da Silva', 'slip', id='r8'),
    pytest.param("Talks\nThe United Auto Workers met Stellantis. The carmaker's spokeswoman said the offer was fair.\n",
                 'Stellantis', 'fair', id='r9', marks=pytest.mark.xfail(reason='a brand NER does not tag ("Stellantis") is no actor, so "the carmaker" has nothing to resolve to', strict=True)),
    pytest.param('Talks\nTalks resumed in Luanda. "There will be no deal without a withdrawal," Congolese government spokesman Patrick Muyaya said on Friday, adding that Kinshasa would not negotiate.\n',
                 'Patrick Muyaya', 'withdrawal', id='r10'),
    pytest.param('Talks\nThe talks resumed in Jeddah. A statement from the Sudanese Armed Forces said the army would not attend the next round.\n',
                 'Sudanese Armed Forces', 'attend', id='t1', marks=pytest.mark.xfail(reason='"a statement from X said" as X speaking was reverted: the rule re-attributed "opening statements from Mr Putin" in the seed and lost the date of its meeting', strict=True)),
    pytest.param('Talks\nThe talks resumed in Istanbul. Kremlin spokesman Dmitry Peskov was quoted by Interfax as saying the talks were useful.\n',
                 'Dmitry Peskov', 'useful', id='t2'),
    pytest.param('Talks\nThe talks resumed in Oman. Asked whether Tehran would accept inspections, Iranian Foreign Minister Abbas Araghchi said the question was premature.\n',
                 'Abbas Araghchi', 'premature', id='t3'),
    pytest.param('Talks\nThe talks resumed in Geneva. The minister, Yasar Guler, added that Turkey would keep its troops in place.\n',
                 'Yasar Guler', 'troops', id='t4'),
    pytest.param('Talks\nThe talks resumed. Esmaeil Baghaei, the Iranian foreign ministry spokesman, told a weekly news conference that the talks had been constructive.\n',
                 'Esmaeil Baghaei', 'constructive', id='t5'),
    pytest.param('Talks\nThe talks resumed. In a letter to members, the Writers Guild of America said the studios had refused to move on pay.\n',
                 'Writers Guild of America', 'refused', id='t6'),
    pytest.param('Talks\nThe talks resumed. The Transitional Presidential Council issued a statement saying elections would be held in February.\n',
                 'Transitional Presidential Council', 'elections', id='t7'),
    pytest.param('Talks\nThe talks resumed. A joint statement by Rwanda and Congo said both governments would respect the ceasefire.\n',
                 'Rwanda', 'ceasefire', id='t8', marks=pytest.mark.xfail(reason='"a statement from X said" as X speaking was reverted: the rule re-attributed "opening statements from Mr Putin" in the seed and lost the date of its meeting', strict=True)),
    pytest.param('Talks\nThe talks resumed in Cairo. A senior Hamas official, speaking on condition of anonymity, said the group would not hand over its weapons.\n',
                 'Hamas', 'weapons', id='u1'),
    pytest.param('Talks\nThe talks resumed in Riyadh. Officials in Kyiv said the proposal was a starting point.\n',
                 'Ukraine', 'starting point', id='u2'),
    pytest.param('Talks\nThe talks resumed in Riyadh. The Ukrainian side said the proposal was a starting point.\n',
                 'Ukraine', 'starting point', id='u3'),
    pytest.param('Talks\nThe talks resumed. Sources in the Teamsters union said the vote would be held next week.\n',
                 'Teamsters', 'vote', id='u4'),
    pytest.param('Talks\nThe talks resumed. A Kremlin source told the TASS news agency that Moscow would study the plan.\n',
                 'Russia', 'study', id='u5'),
    pytest.param("Talks\nThe talks resumed. The European Union's top diplomat, Kaja Kallas, said on Tuesday that sanctions would stay.\n",
                 'Kaja Kallas', 'sanctions', id='u6'),
    pytest.param('Talks\nThe talks resumed. Beijing said the tariffs were a violation of trade rules.\n',
                 'China', 'violation', id='u7'),
    pytest.param('Talks\nThe Nigeria Labour Congress met the government on Monday. NLC leaders said the strike would go ahead.\n',
                 'Nigeria Labour Congress', 'strike', id='u8'),
]


@pytest.mark.parametrize(("text", "speaker", "keyword"), SPEAKER_PARAPHRASES)
def test_the_speaker_of_a_paraphrased_statement(text: str, speaker: str, keyword: str) -> None:
    ex = _mini(text.replace("\n", "\n" + _PAD, 1))
    said = {st.speaker for st in ex.statements if keyword.lower() in (st.text + " " + st.evidence.text).lower()}
    assert speaker in said


def test_foreign_diplomats_in_a_capital_do_not_speak_for_its_state() -> None:
    # "officials in Kyiv" are Ukraine's; "diplomats in Vienna" at the IAEA are not Austria's
    ex = _mini("Inspection talks\n" + _PAD + "The IAEA board met on Monday. Diplomats in Vienna said the revised "
               "roadmap gave both sides a way to avoid a collision before the deadline.\n")
    assert "Austria" not in {st.speaker for st in ex.statements}


# -- attribution classes read from unseen articles (fresh set), pinned with other parties and words --------------

def _actor(ex: Extraction, name: str):  # noqa: ANN202 - an ActorRecord or None
    return next((a for a in ex.actors if a.name == name), None)


@pytest.mark.parametrize(("text", "full", "short"), [
    pytest.param("Teachers strike\nThe leader of the Kenya Union of Teachers, Comrade Wilson Sossion, rejected the offer "
                 "on Monday. Comrade Sossion said the union would strike on Friday.\n", "Wilson Sossion", "Comrade Sossion",
                 id="comrade"),
    pytest.param("Church mediation\nArchbishop Peter Kamau of the National Council of Churches urged calm on Monday. "
                 "Archbishop Kamau said the talks must resume within a week.\n", "Peter Kamau", "Archbishop Kamau",
                 id="archbishop"),
    pytest.param("Court ruling\nJustice Amina Bello of the industrial court ordered both sides back to talks. "
                 "Justice Bello said the strike must be suspended.\n", "Amina Bello", "Justice Bello", id="justice"),
    pytest.param("Border talks\nThe talks brought together Niger's Foreign Minister, Col Issoufou Mahamane, and his Beninese "
                 "counterpart. Col Mahamane said Niamey would join the commission.\n", "Issoufou Mahamane", "Col Mahamane",
                 id="abbreviated-rank"),
    pytest.param("Truce\nLt Gen Abdou Karimou visited the front on Monday. Lt Gen Karimou said the army would not withdraw "
                 "from the border.\n", "Abdou Karimou", "Lt Gen Karimou", id="two-rank-words"),
])
def test_a_courtesy_title_before_a_surname_is_the_person_named_before(text: str, full: str, short: str) -> None:
    ex = _mini(text)
    people = [a.name for a in ex.actors if a.type == "Person"]
    assert people.count(full) == 1 and short not in people
    assert any(st.speaker == full for st in ex.statements if short.split()[-1] in st.evidence.text)


def test_the_body_described_by_a_lower_case_noun_is_the_one_named_so() -> None:
    # "the congress" is no actor of its own: it is the Trade Union Congress named before
    ex = _mini("Unions\nThe Trade Union Congress rejected the pay offer on Monday. Its general secretary, Paul Nowak, "
               "said the congress would ballot members on a strike.\n")
    assert "congress" not in {a.name.lower() for a in ex.actors}
    assert any(d.by in ("Trade Union Congress", "Paul Nowak") for d in ex.demands + ex.claims) or any(
        st.speaker in ("Trade Union Congress", "Paul Nowak") for st in ex.statements)


def test_an_office_is_not_a_body_and_the_national_government_is_the_state() -> None:
    ex = _mini("Pay talks\nThe Kenyan Federal Government said on Monday it would not raise its offer. The Minister of "
               "Finance and Coordinating Minister of the Treasury, Mr. John Mbadi, said the federal government could not "
               "pay more than it had offered.\n")
    names = {a.name for a in ex.actors}
    assert "Minister of Finance" not in names and "Federal Government" not in names
    assert not any(n.startswith("Coordinating") for n in names)
    assert _actor(ex, "John Mbadi") is not None


@pytest.mark.parametrize(("text", "person"), [
    pytest.param("Rent strike\nThat demand is aimed at Councilmember Maria Lopez, who introduced a rent cap on Tuesday. "
                 '"The council will act," Lopez said.\n', "Maria Lopez", id="councilmember-as-building"),
    pytest.param("Fisheries talks\nThe British representative, Deputy Chief of Mission Helen Carter, said London could "
                 "accept the text and urged Norway to drop its demand.\n", "Helen Carter", id="unlabelled-name"),
    pytest.param("Refugee talks\nIts representative in Kenya, Sofia Andersson, said on Wednesday that the agency must be "
                 "granted access to the camps.\n", "Sofia Andersson", id="capital-as-given-name"),
])
def test_people_ner_mislabels_or_misses_are_people(text: str, person: str) -> None:
    ex = _mini(text)
    a = _actor(ex, person)
    assert a is not None and a.type == "Person"


def test_a_titled_apposition_belongs_to_the_name_after_it() -> None:
    # "the President of X, Comrade B" is B's apposition, not a trailing one of the person before
    ex = _mini("Pay talks\nThe meeting was attended by the finance minister, Mr. Tunde Bakare, the President of the "
               "Ghana Teachers Union, Comrade Kofi Mensah, and the education minister.\n"
               "Comrade Mensah said the union would strike.\n")
    mensah, bakare = _actor(ex, "Kofi Mensah"), _actor(ex, "Tunde Bakare")
    assert mensah is not None and "Ghana Teachers Union" in mensah.affiliations
    assert bakare is None or "Ghana Teachers Union" not in bakare.affiliations


def test_a_body_named_in_its_own_words_wins_over_a_nearer_body() -> None:
    # "the creditor committee" / "the committee" is the "Official Creditor Committee", not the IMF named since
    ex = _mini("Debt talks\nThe Bondholder Steering Committee met the finance ministry in Accra. The IMF said the talks "
               "were constructive. The bondholder committee said it wanted a haircut of no more than 30 percent.\n")
    assert any(d.by == "Bondholder Steering Committee" and "30 percent" in d.what for d in ex.demands)


def test_a_thing_s_acronym_is_no_actor() -> None:
    ex = _mini("Debt talks\nThe offer loosens the triggers on the value recovery instruments, or VRIs, in the plan. "
               "The VRI clause could cost Zambia $1 billion, the opposition said.\n")
    assert "VRI" not in {a.name for a in ex.actors}


def test_its_chairman_belongs_to_the_body_the_sentence_before_named() -> None:
    ex = _mini("Budget\nThe IMF said the deal was on track. The offer then ran into opposition on Thursday from "
               "parliament's Budget Oversight Committee. Its chairman, the lawmaker Daniel Osei, said the deal was too "
               "costly.\n")
    osei = _actor(ex, "Daniel Osei")
    assert osei is not None and "Budget Oversight Committee" in osei.affiliations
    assert "International Monetary Fund" not in osei.affiliations


def test_breakaway_authorities_and_state_companies_are_known() -> None:
    ex = _mini("Gas talks\nTiraspol rejected the conditions on Monday. Gazprom said the debt must be paid first.\n")
    names = {a.name: a for a in ex.actors}
    assert "Transnistria" in names and names["Transnistria"].type == "State"
    assert "Gazprom" in names and names["Gazprom"].type == "Organization"


@pytest.mark.parametrize(("text", "not_actor"), [
    pytest.param("Canal talks\nThe waterway passed to Egypt under the 1954 Suez-Anglo treaties. A separate Navigation "
                 "Treaty guarantees that ships of all nations pass on equal terms, Egypt said.\n", "Navigation Treaty",
                 id="treaty-name"),
    pytest.param("Canal talks\nThe waterway passed to Egypt under the 1954 Nasser-Eden treaties, officials said.\n",
                 "Nasser-Eden", id="treaty-modifier"),
    pytest.param("Pay talks\nThe union rejected the offer on Monday.\nSTRIKE CALLED OFF\nThe Teamsters said on Tuesday "
                 "that the walkout would end.\n", "STRIKE CALLED OFF", id="capitals-heading"),
])
def test_documents_and_headings_are_not_actors(text: str, not_actor: str) -> None:
    ex = _mini(text)
    assert not_actor not in {a.name for a in ex.actors}


def test_a_firm_tagged_as_a_person_is_the_company() -> None:
    ex = _mini("Mine blockade\nVilla Minera Lithium said on Monday it had lost $2 million a day. Quispe community "
               "leaders rejected the offer. The company said its offer was final.\n")
    firm = _actor(ex, "Villa Minera Lithium")
    assert firm is not None and firm.type == "Organization"


def test_both_companies_are_the_two_firms_named_before() -> None:
    ex = _mini("Delivery pay\nDashly Inc and Grubco Holdings met the mayor on Monday. The couriers' union has backed "
               "the ordinance; both companies oppose it.\n")
    opposed = {p.holder for p in ex.positions if p.stance == "oppose"}
    assert {"Dashly Inc", "Grubco Holdings"} <= opposed
    assert not any(p.holder.endswith("union") and p.stance == "oppose" for p in ex.positions)


def test_lower_case_appositions_of_a_body_are_its_descriptions() -> None:
    ex = _mini("Power talks\nRosneft, the Russian state oil company, halted exports on Monday. Ocean Watch, a "
               "Geneva-based research group, said on Tuesday that the cuts were small.\n")
    rosneft, watch = _actor(ex, "Rosneft"), _actor(ex, "Ocean Watch")
    assert rosneft is not None and "the Russian state oil company" in rosneft.aliases
    assert watch is not None and "a Geneva-based research group" in watch.aliases


def test_a_shortened_office_is_the_person_who_holds_it() -> None:
    ex = _mini("Wage talks\nThe Minister of Health and Social Welfare, Dr. Amina Sule, met the unions on Monday. "
               "Ghana's auditor general, Kwesi Boateng, said the payroll held ghost workers. The unions accused the "
               "auditor of bias. On Tuesday the Minister of Health urged the doctors to return to work.\n")
    sule, boateng = _actor(ex, "Amina Sule"), _actor(ex, "Kwesi Boateng")
    assert sule is not None and "the Minister of Health" in sule.aliases
    assert boateng is not None and "the auditor" in boateng.aliases
    assert any(d.by == "Amina Sule" and "work" in d.what for d in ex.demands)


def test_un_agencies_and_missions_are_known_with_their_descriptions() -> None:
    ex = _mini("Aid talks\nThe UN refugee agency said on Monday that returns to Darfur were premature. The agency said "
               "it needed access to the camps. MONUSCO said the mission would stay in Goma.\n")
    unhcr = _actor(ex, "UNHCR")
    assert unhcr is not None and unhcr.type == "Organization"
    assert any(st.speaker == "UNHCR" and "access" in st.text for st in ex.statements)
    assert _actor(ex, "MONUSCO") is not None


@pytest.mark.parametrize(("body", "speaker", "keyword"), [
    pytest.param('Ravi Menon, head of the Dockworkers Federation of India, was blunt: "The offer is an insult to every '
                 'worker."', "Ravi Menon", "insult", id="colon"),
    pytest.param('Ravi Menon, head of the Dockworkers Federation of India, spoke after the meeting in Mumbai. "The '
                 'offer is an insult, and we will strike on Monday."', "Ravi Menon", "insult", id="next-sentence"),
    pytest.param('Ravi Menon met the port authority on Monday. "There is no deal," Menon told reporters. "Nobody has '
                 'signed anything."', "Ravi Menon", "signed", id="surname-only-then-continued"),
])
def test_untagged_and_colon_quotes_go_to_the_person_just_introduced(body: str, speaker: str, keyword: str) -> None:
    ex = _mini("Port strike\nThe talks between the port authority and the unions continued this week. " + body + "\n")
    assert speaker in {st.speaker for st in ex.statements if keyword in st.text.lower()}


def test_an_untagged_quote_after_a_sentence_with_its_own_quote_is_not_reassigned() -> None:
    # the quote right after a sentence about a person is his only when that sentence quotes no one
    ex = _mini('Port strike\nThe talks continued. "We are close," said Ravi Menon. Anita Rao, the port chief, left '
               'early. "Nothing is agreed," the port authority said in a statement.\n')
    assert not any(st.speaker == "Anita Rao" and "agreed" in st.text.lower() for st in ex.statements)


def test_a_body_described_by_its_members_is_that_body() -> None:
    ex = _mini("Port strike\nThe Dockworkers Federation of India met the port authority on Monday. In a statement, the "
               "dockworkers' federation said the offer was an insult.\n")
    assert "Dockworkers" not in {a.name for a in ex.actors}
    assert any(st.speaker == "Dockworkers Federation of India" and "insult" in st.text for st in ex.statements)


def test_the_state_whose_government_is_named_outright_owns_the_bare_government() -> None:
    # foreign troops are named more often than the host, but "the government of X" says whose story it is
    ex = _mini("Ceasefire talks\nGovernment negotiators met rebel envoys in Goma on Tuesday. Ugandan troops have "
               "patrolled the border since 2021, and Ugandan officers said the force would stay for as long as the "
               "government of Congo asks. Uganda has kept 3,000 soldiers there. The government said it would not "
               "discuss the Ugandan presence with an armed group.\n")
    congo = _actor(ex, "Democratic Republic of the Congo") or _actor(ex, "Congo")
    uganda = _actor(ex, "Uganda")
    assert congo is not None and any(a.lower() == "the government" for a in congo.aliases)
    assert uganda is None or not any(a.lower() == "the government" for a in uganda.aliases)


@pytest.mark.parametrize(("text", "person", "firm"), [
    pytest.param("Port talks\nHarbour operator Baltic Terminals Holdings met the dockers on Monday. Baltic Terminals "
                 "chief executive Anna Kowalczyk said the offer was final.\n", "Anna Kowalczyk",
                 "Baltic Terminals Holdings", id="firm-tail-dropped"),
    pytest.param("Fare dispute\nThe rail firm Nordic Rail Ltd rejected the union's claim on Friday. Nordic Rail "
                 "finance director Erik Lund said costs had doubled.\n", "Erik Lund", "Nordic Rail Ltd",
                 id="ltd-dropped"),
])
def test_a_firm_named_without_its_tail_and_its_titled_officer_are_not_new_people(text: str, person: str,
                                                                                 firm: str) -> None:
    ex = _mini(text)
    people = {a.name for a in ex.actors if a.type == "Person"}
    assert person in people
    assert not any(firm.startswith(n) for n in people)  # "Baltic Terminals" is the firm, not a person
    assert not any(a.name == person and a.type != "Person" for a in ex.actors)


@pytest.mark.parametrize(("text", "name", "short"), [
    pytest.param("Strike vote\nCabin crew at Linhas Aereas Meridionais (LAM) voted to strike on Monday. LAM said the "
                 "vote changed nothing.\n", "Linhas Aereas Meridionais", "LAM", id="no-ner-label"),
    pytest.param("Port dispute\nDockers at the Companhia Portuária do Atlântico (CPA) walked out on Monday. The CPA "
                 "said the stoppage was illegal.\n", "Companhia Portuária do Atlântico", "CPA", id="accents-particle"),
    pytest.param("Fare talks\nStaff at Transportes Aéreos Boreais (TAB) rejected the offer on Monday. TAB said it would "
                 "not improve it.\n", "Transportes Aéreos Boreais", "TAB", id="ner-person"),
])
def test_a_name_spelled_out_before_its_initials_is_one_body(text: str, name: str, short: str) -> None:
    ex = _mini(text)
    body = _actor(ex, name)
    assert body is not None and body.type == "Organization" and short in body.aliases
    assert not any(a.type == "Person" and a.name.split()[-1] in name for a in ex.actors)


@pytest.mark.parametrize(("text", "speaker", "keyword", "wrong"), [
    pytest.param('Pay talks\nUnion leader Ravi Menon spoke after the talks. "Arbitration takes away our right to strike," '
                 'he said. "The minister should be pressing the company to negotiate, not threatening the people who '
                 'run the trains."\n', "Ravi Menon", "negotiate", None, id="verb-inside-continued-quote"),
    pytest.param('Grain deal\n"They told us the offer was final," said Amina Yusuf, the farmers\' leader, on Monday. The '
                 'buyers declined to comment.\n', "Amina Yusuf", "final", None, id="verb-inside-tagged-quote"),
])
def test_a_reporting_verb_inside_a_quote_is_the_quoted_speakers_words(text: str, speaker: str, keyword: str,
                                                                       wrong: str | None) -> None:
    ex = _mini(text)
    got = {st.speaker for st in ex.statements if keyword in st.text}
    assert got == {speaker}


@pytest.mark.parametrize(("text", "speaker", "keyword"), [
    pytest.param("Rail strike\nThe walkout entered its third day on Thursday, prompting Transport Minister Anna Keller to "
                 "warn that the government would impose arbitration.\n", "Anna Keller", "arbitration", id="prompting"),
    pytest.param("Fishing row\nThe Nordic Fishing Federation rejected the quota on Monday, leading Commissioner Paul "
                 "Varga to say that the bloc would review it.\n", "Paul Varga", "review", id="leading"),
])
def test_the_object_of_a_causing_verb_speaks_its_reporting_infinitive(text: str, speaker: str, keyword: str) -> None:
    ex = _mini(text)
    assert {st.speaker for st in ex.statements if keyword in st.text} == {speaker}


@pytest.mark.parametrize(("text", "state"), [
    pytest.param("Water talks\nEgypt rejected the plan on Monday. Its foreign ministry said the dam threatened the "
                 "river's flow.\n", "Egypt", id="sentence-start"),
    pytest.param("Oil quotas\nNorway disputes those figures. On Sunday its energy ministry said that output had fallen.\n",
                 "Norway", id="mid-sentence"),
])
def test_its_ministry_is_the_state_its_points_back_to(text: str, state: str) -> None:
    ex = _mini(text)
    assert not any("ministry" in a.name.lower() for a in ex.actors)
    assert any(st.speaker == state and ("flow" in st.text or "fallen" in st.text) for st in ex.statements)


@pytest.mark.parametrize("text", [
    pytest.param("Amnesty talks\nThe deal sets the terms under which fighters of Ansar Dine Wa-Sunna would disarm. "
                 "The group said it wanted a full amnesty.\n", id="fighters-of"),
    pytest.param("Amnesty talks\nThe talks will decide when members of Frente Popular Andino lay down their weapons. "
                 "The group said it wanted a full amnesty.\n", id="members-of"),
])
def test_a_name_whose_fighters_or_members_are_meant_is_a_body(text: str) -> None:
    ex = _mini(text)
    speakers = {st.speaker for st in ex.statements if "amnesty" in st.text}
    assert len(speakers) == 1
    body = _actor(ex, speakers.pop())
    assert body is not None and body.type in ("Organization", "Group") and " " in body.name


@pytest.mark.parametrize("text, body", [
    ("Lebanon's nine-member Supreme Defence Council rejected the plan on Monday.\n", "Supreme Defence Council"),
    ("On Tuesday Nepal's five-member Constituent Assembly Committee objected to the map.\n",
     "Constituent Assembly Committee"),
])
def test_a_body_after_a_member_count_stays_a_body(text: str, body: str) -> None:
    """"nine-member X Council": "member" before the name is part of a count, not a role, so the
    council is not read as a person titled member."""
    ex = extracted("Talks\n" + text)
    got = {a.name: a.type for a in ex.actors}
    assert got.get(body) in ("Organization", "Group"), got


@pytest.mark.parametrize(("text", "person", "keyword"), [
    pytest.param("Lake fishing\nKenya and Uganda met in Nairobi. Otieno Wafula, chairman of the Lake Victoria Boat "
                 "Owners' Association, said his members would not accept any quota that did not protect small boats.\n",
                 "Otieno Wafula", "quota", id="name-then-office"),
    pytest.param("Haulage talks\nThe plan stalled on Monday. Lima Okafor, president of the Kenya Road Hauliers' "
                 "Association, said her members would not support any treaty.\n", "Lima Okafor", "treaty",
                 id="given-name-is-a-city"),
    pytest.param("Farm talks\nThe plan stalled on Monday. Georgia Banks, chairwoman of the Coastal Growers' Federation, "
                 "said her members would not support any treaty.\n", "Georgia Banks", "treaty", id="tagged-as-a-body"),
])
def test_a_name_in_apposition_with_an_office_is_a_person_whatever_ner_says(text: str, person: str, keyword: str) -> None:
    """NER may tag a person's name as a place; an office in apposition ("X, chairman of …,") makes it
    a person, and what follows is that person's statement."""
    ex = _mini(text)
    a = _actor(ex, person)
    assert a is not None and a.type == "Person"
    assert {st.speaker for st in ex.statements if keyword in st.text} == {person}


@pytest.mark.parametrize(("text", "person"), [
    pytest.param("Water talks\nChile and Peru met in Lima. The governor of Tarapaca, Ignacio Rojas, a conservative "
                 "himself, said on Monday that he would back the deal.\n", "Ignacio Rojas", id="governor-of"),
    pytest.param("Budget row\nSpain and Catalonia met in Madrid. The president of Castilla-La Mancha, Emiliano Pardo, "
                 "said that he would support the deal only if the system were reformed.\n", "Emiliano Pardo",
                 id="president-of"),
])
def test_the_office_of_a_place_then_a_name_is_the_office_holder(text: str, person: str) -> None:
    """"The governor of Tarapaca, Ignacio Rojas," — the parse joins the name to the place as a
    conjunct; it is still the office's holder, not a second place."""
    ex = _mini(text)
    a = _actor(ex, person)
    assert a is not None and a.type == "Person"
    assert any(x.lower().startswith(("the governor", "the president")) for x in a.aliases)


def test_an_office_after_a_lower_case_noun_opens_at_its_owner() -> None:
    """"a step Serbia's chief negotiator, X, has called premature": the noun before the owner is
    no part of X's office."""
    ex = _mini("Kosovo talks\nKosovo and Serbia met in Brussels. The deal would need a ratification, a step Serbia's "
               "chief negotiator, Milena Petrovic, has called premature.\n")
    a = _actor(ex, "Milena Petrovic")
    assert a is not None
    assert "Serbia's chief negotiator" in a.aliases
    assert not any(x.lower().startswith(("a step", "step")) for x in a.aliases)


@pytest.mark.parametrize(("text", "body"), [
    pytest.param("Pact row\nThe main opposition Fidesz Nemzeti has vowed to fight the pact. Its spokesman, Zoltan Kiss, "
                 "said on Tuesday that the party would ask the court to block the law.\n", "Fidesz Nemzeti",
                 id="opposition"),
    pytest.param("Budget vote\nThe ruling Frente Amplio said the plan was fair. The party said it would vote for the "
                 "budget on Friday.\n", "Frente Amplio", id="ruling"),
])
def test_a_body_introduced_as_opposition_or_ruling_is_the_party_later(text: str, body: str) -> None:
    """A foreign-language party name holds no "party"; "the main opposition X" / "the ruling X" says
    what X is, so X is a body (not a person) and "the party" later is X."""
    ex = _mini(text)
    a = _actor(ex, body)
    assert a is not None and a.type in ("Organization", "Group")
    assert "the party" in {x.lower() for x in a.aliases}


def test_a_nationality_word_in_a_body_name_does_not_stand_for_the_body() -> None:
    """"the main opposition Nepali Janamat Morcha" must not make every later "Nepali" that body."""
    ex = _mini("Border talks\nThe Nepali delegation met Indian officials on Friday. The main opposition Nepali Janamat "
               "Morcha said on Friday it would oppose any renewal. The Nepali side said it wanted more time.\n")
    a = _actor(ex, "Nepali Janamat Morcha")
    assert a is not None and a.type in ("Organization", "Group")
    assert not any(x.lower().startswith("the nepali") for x in a.aliases)


@pytest.mark.parametrize(("text", "body", "person"), [
    pytest.param("Maize prices\nFarmers from the Rift Valley Growers' Cooperative blocked the road. The cooperative's "
                 "secretary, Mary Chebet, said the price was too low.\n", "Rift Valley Growers' Cooperative",
                 "Mary Chebet", id="cooperative"),
    pytest.param("Fishing ban\nAbout forty boats from the Sarstoon Fishers' Cooperative sailed past the hotel. The "
                 "cooperative's chairman, Alvin Cayetano, said his members wanted access.\n",
                 "Sarstoon Fishers' Cooperative", "Alvin Cayetano", id="fishers"),
])
def test_a_plural_possessive_body_keeps_its_whole_name_and_its_officers(text: str, body: str, person: str) -> None:
    """NER stops "the X Fishers' Cooperative" at the apostrophe; the name runs on, and "the
    cooperative's chairman, Y," makes Y that body's officer (so the body is in the facts)."""
    ex = _mini(text)
    b, a = _actor(ex, body), _actor(ex, person)
    assert b is not None and b.type in ("Organization", "Group")
    assert "the cooperative" in {x.lower() for x in b.aliases}
    assert a is not None and body in a.affiliations


@pytest.mark.parametrize("text, body", [
    ("Fisheries vote\nThe Storting rejected the fisheries plan on Monday.\n", "Storting"),
    ("Tax deal\nThe Generalitat said on Monday it wanted a ceiling on the contribution.\n", "Generalitat"),
])
def test_a_single_name_with_the_is_a_body_not_a_person(text: str, body: str) -> None:
    """Nobody's own name takes "the": "the Generalitat said" is an institution."""
    ex = _mini(text)
    a = _actor(ex, body)
    assert a is not None and a.type in ("Organization", "Group")


def test_the_holder_named_after_an_office_of_a_place_speaks_not_the_last_person() -> None:
    """"The governor of X, Y, said … he would …": the parse joins Y to X, so the subject is the bare
    office; it is Y who speaks, not the person named in the sentence before."""
    ex = _mini("Water talks\nThe Lima water councillor, Rosa Quispe, accused the ministry of stalling. The governor of "
               "Tarapaca, Ignacio Rojas, a conservative himself, said on Monday that he would back the deal only if "
               "the water rules were changed.\n")
    assert {st.speaker for st in ex.statements if "water rules" in st.text} == {"Ignacio Rojas"}
    assert all(p.holder != "Rosa Quispe" for p in ex.positions if "deal" in p.target)


@pytest.mark.parametrize(("text", "person", "state", "other"), [
    pytest.param("River talks\nBelize's Foreign Minister Marisol Castillo and her Guatemalan counterpart, Ricardo "
                 "Menendez, signed the text on Monday.\n", "Ricardo Menendez", "Guatemala", "Belize", id="her-counterpart"),
    pytest.param("Gas talks\nCyprus's Energy Minister Nikos Andreou and his Egyptian counterpart, Tarek Mansour, met "
                 "in Cairo on Monday.\n", "Tarek Mansour", "Egypt", "Cyprus", id="his-counterpart"),
])
def test_a_second_persons_office_after_and_is_not_the_first_persons(text: str, person: str, state: str,
                                                                      other: str) -> None:
    """"A's minister B and her Guatemalan counterpart, C,": C's office opens after "and"; B's state
    and name are no part of it."""
    ex = _mini(text)
    a = _actor(ex, person)
    assert a is not None
    assert state in a.affiliations and other not in a.affiliations
    assert not any(other in x for x in a.aliases)


@pytest.mark.parametrize(("text", "thing"), [
    pytest.param("Fishing row\nFrench boats blockaded Calais on Monday. The mayor said the blockade of Calais was "
                 "illegal. Calais is the busiest port on the coast.\n", "Calais", id="port"),
    pytest.param("Border row\nThe two armies traded fire across the line. Indian officers said shells hit Uri and "
                 "Tangdhar. Uri remains tense.\n", "Uri", id="town"),
])
def test_a_one_word_person_that_never_acts_or_speaks_is_no_actor(text: str, thing: str) -> None:
    """NER's one-word "person" with no title, office or full name that is only blockaded, hit or
    described is a place or a thing, not someone who acts."""
    ex = _mini(text)
    assert not any(a.name == thing and a.type == "Person" for a in ex.actors)


@pytest.mark.parametrize(("text", "name"), [
    pytest.param("Haulage row\nLithuania's road hauliers' association, Linava, says its members have lost millions.\n",
                 "Linava", id="speaks-in-apposition"),
    pytest.param("Gas deal\nThe gas will be bought by the state supplier Energocom on European markets. Moldova "
                 "said the plan was fair.\n", "Energocom", id="described-body"),
])
def test_a_one_word_name_that_speaks_or_is_described_as_a_body_stays(text: str, name: str) -> None:
    ex = _mini(text)
    assert _actor(ex, name) is not None


@pytest.mark.parametrize(("text", "initials"), [
    pytest.param("Voice talks\nThe union rejected the AI replica offer on Monday. The studios said AI models would "
                 "not be trained on the recordings.\n", "AI", id="ai"),
    pytest.param("Data talks\nThe regulator said the GDPR fines would rise. Negotiators discussed new GDPR rules on "
                 "Tuesday.\n", "GDPR", id="gdpr"),
])
def test_initials_that_only_qualify_a_thing_name_no_actor(text: str, initials: str) -> None:
    """"the AI replica offer", "GDPR rules": unknown initials compounding into a thing's name are
    no body (unlike "a KNU spokesman", whose initials own the spokesman)."""
    ex = _mini(text)
    assert _actor(ex, initials) is None


@pytest.mark.parametrize(("text", "speaker", "keyword"), [
    # "Halcyon said" after "Halcyon Games": the first word of a body's name, even when the tagger reads it as a
    # common noun, is that body speaking
    pytest.param("Game strike\nPickets stood outside two publishers, Northstar Interactive in Santa Monica and Halcyon "
                 "Games in Irvine. Halcyon said in a statement that development would continue.\n", "Halcyon Games",
                 "development", id="first-word-of-a-body-games"),
    pytest.param("Depot strike\nDockers picketed the depots of Vantor Logistics and Meridian Freight on Monday. Vantor "
                 "said in a statement that output would fall.\n", "Vantor Logistics", "output",
                 id="first-word-of-a-body-logistics"),
    # a named diplomat speaks for herself, not the state
    pytest.param("Levy talks\nBrazil's chief negotiator, Ana Costa, said the levy was unfair.\n", "Ana Costa", "levy",
                 id="named-diplomat-appositive"),
    pytest.param("Levy talks\nBrazilian delegate Ana Costa said the levy was unfair.\n", "Ana Costa", "levy",
                 id="named-diplomat-title-before-name"),
    # "the publishers" / "the employers": the one body near whose name holds that plural word
    pytest.param("Voice strike\nThe union rejected the offer. The publishers, negotiating together as the Game "
                 "Publishers Bargaining Group, presented a new offer on Tuesday. The publishers said the offer was "
                 "generous.\n", "Game Publishers Bargaining Group", "generous", id="members-word-named-in-same-sentence"),
    pytest.param("Port talks\nThe Harbour Employers Council tabled an offer. The union said the employers must raise "
                 "pay. The employers said the offer was final.\n", "Harbour Employers Council", "final",
                 id="members-word-named-before"),
])
def test_what_is_said_is_said_by(text: str, speaker: str, keyword: str) -> None:
    ex = _mini(text)
    assert {st.speaker for st in ex.statements if keyword in st.text} == {speaker}


@pytest.mark.parametrize("who", ["A Brazilian diplomat", "One Brazilian negotiator", "A Brazilian delegate",
                                 "Brazilian delegates"])
def test_an_unnamed_national_diplomat_speaks_for_the_state(who: str) -> None:
    """"A Chinese delegate said …": an unnamed diplomat, negotiator or delegate of a nation is that
    state's voice, like "Chinese officials"."""
    ex = _mini(f"Climate talks\nBrazil and Norway were cautious. {who} said any levy must respect the principle of "
               "fairness.\n")
    assert {st.speaker for st in ex.statements if "levy" in st.text} == {"Brazil"}


def test_a_name_joined_to_other_villages_is_a_village() -> None:
    """"Fishermen from Punta Negra and other villages say …": the name is one of the villages, not a
    person or a body, whatever NER's label."""
    ex = _mini("Fishing row\nFishermen from Punta Negra and other villages near the river mouth say the new protocol "
               "leaves them exposed.\n")
    assert _actor(ex, "Punta Negra") is None


@pytest.mark.parametrize(("text", "speaker"), [
    pytest.param("Border deal\nPeru signed the accord with Chile. The opposition Fuerza Popular said the government "
                 "could have insisted on a full withdrawal.\n", "Fuerza Popular", id="could-have"),
    pytest.param("Border deal\nKenya signed the accord with Somalia. The opposition Peoples Alliance said the "
                 "government should have insisted on a full withdrawal.\n", "Peoples Alliance", id="should-have"),
])
def test_a_modal_perfect_report_is_not_a_statement_of_its_subject(text: str, speaker: str) -> None:
    """"X said the government should have insisted on Y": only X speaks; the government said nothing."""
    ex = _mini(text)
    assert {st.speaker for st in ex.statements} == {speaker}


def test_a_negated_report_is_no_statement() -> None:
    ex = _mini("Wage talks\nThe Dockworkers Union would not say whether it would accept the offer.\n")
    assert not ex.statements


@pytest.mark.parametrize(("text", "state"), [
    pytest.param("Border deal\nBelize and Guatemala signed the protocol. Guatemala's government said it was pleased. "
                 "In Belmopan, the opposition Peoples Alliance said the government had given away too much.\n",
                 "Belize", id="belmopan"),
    pytest.param("Gas deal\nUkraine and Moldova signed the deal. Ukraine's government said it was pleased. In "
                 "Chisinau, the opposition Socialist Bloc said the government had given away too much.\n",
                 "Moldova", id="chisinau"),
])
def test_the_government_in_a_sentence_set_in_a_capital_is_that_capitals_state(text: str, state: str) -> None:
    """A bare "the government" in a sentence set in a seat of government ("In Belmopan, …") is that
    seat's state, not the state whose government was named last."""
    ex = _mini(text)
    a = _actor(ex, state)
    assert a is not None and "the government" in {x.lower() for x in a.aliases}


@pytest.mark.parametrize(("text", "body"), [
    pytest.param("Plant strike\nThe International Association of Machinists called a strike on Monday. Striking "
                 "machinists blocked the gates on Tuesday.\n", "International Association of Machinists", id="machinists"),
    pytest.param("Hospital strike\nThe Coastal Nurses Federation rejected the offer. Nurses marched to the ministry on "
                 "Friday.\n", "Coastal Nurses Federation", id="nurses"),
])
def test_a_crowd_named_by_a_bodys_own_word_is_that_body(text: str, body: str) -> None:
    """"Striking machinists" in a story about the International Association of Machinists are its
    members: one actor, not a second crowd beside the union."""
    ex = _mini(text)
    assert _actor(ex, body) is not None
    assert not any(a.type == "Group" and a.name.lower().endswith(("machinists", "nurses")) for a in ex.actors)


def test_a_crowd_of_a_crowd_already_folded_into_a_body_does_not_crash() -> None:
    """"Students" beside "Student workers", once the student workers are the union's members: the body listed
    for the second crowd is gone, and reading the article must go on (it raised a KeyError)."""
    ex = _mini("Campus strike\nThe Lakeview Graduate Workers Union said on Monday that it would call a strike if the "
               "university did not raise its offer. Student workers picketed the library on Tuesday, and graduate "
               "workers marched to the office of the provost on Wednesday. Students who are not in the union joined "
               "them on Thursday, and they said that they would be back on the picket line every day this week.\n")
    union = _actor(ex, "Lakeview Graduate Workers Union")
    assert union is not None and "Student workers" in union.aliases


def test_strikers_belong_to_the_one_word_union_the_article_calls_the_union() -> None:
    """A union named in one word ("KLW") that the article calls "the union" still takes its strikers: the check
    for "the union" compared a name with its article already stripped, and a later filter kept only multi-word
    bodies."""
    ex = _mini("Port strike\nThe dockers' union KLW on Wednesday rejected a revised offer from the port authority, "
               "saying it fell far short of its central demand. The union represents about 4,000 workers at the port. "
               "The KLW says the ships have been idle for a week. On Tuesday, hundreds of strikers blocked the access "
               "roads to the port for about five hours.\n")
    union = _actor(ex, "KLW")
    assert union is not None and "hundreds of strikers" in union.aliases
    assert not any(a.type == "Group" and a.name.lower() == "strikers" for a in ex.actors)


def test_a_crowd_of_nations_is_not_the_united_nations() -> None:
    ex = _mini("Climate talks\nThe United Nations opened the talks. Island nations said the draft was too weak.\n")
    un = _actor(ex, "United Nations")
    assert un is None or "Island nations" not in un.aliases


# -- attribution classes read from blind articles (spec 13): each pinned in other words about other parties


@pytest.mark.parametrize(("text", "full", "short"), [
    pytest.param("Trade talks\nJapan's chief negotiator, Sato Kenji, met his counterpart on Monday. Sato said the gap "
                 "on tariffs had narrowed.\n", "Sato Kenji", "Sato", id="japanese-order"),
    pytest.param("Aid talks\nThe Vietnamese delegation was led by Nguyen Van Thanh. Nguyen said Hanoi would not "
                 "accept the new terms.\n", "Nguyen Van Thanh", "Nguyen", id="vietnamese-order"),
])
def test_a_family_name_written_first_is_that_person_later(text: str, full: str, short: str) -> None:
    """East Asian names put the family name first: "Sato" after "Sato Kenji" is the same person, and
    what "Sato said" is his, not a second person's."""
    ex = _mini(text)
    assert _actor(ex, short) is None
    a = _actor(ex, full)
    assert a is not None and short in a.aliases
    assert all(s.speaker == full for s in ex.statements if short in s.evidence.text.split()[:1])


@pytest.mark.parametrize(("text", "person", "office"), [
    pytest.param("Border commission\nThe joint commission met in Vienna. Its Austrian co-chair, Professor Anna Berger, "
                 "said on Monday that the maps had been agreed.\n", "Anna Berger", "Austrian co-chair", id="its"),
    pytest.param("Pilots dispute\nThe pilots' association rejected the offer. Its vice-president for safety, Tomas "
                 "Lund, said pilots would strike.\n", "Tomas Lund", "vice-president for safety", id="its-vp"),
])
def test_an_office_introduced_with_its_names_the_person_without_the_determiner(text: str, person: str,
                                                                               office: str) -> None:
    """"Its Austrian co-chair, X": a later "the Austrian co-chair" or a gold reader's "Austrian
    co-chair" is X too, so the office is kept without the possessive determiner."""
    a = _actor(_mini(text), person)
    assert a is not None and office in a.aliases


@pytest.mark.parametrize(("text", "person", "wrong"), [
    pytest.param("Fisheries talks\nCommissioner for Oceans and Fisheries Henrik Lund said the quota offer was final.\n",
                 "Henrik Lund", "Fisheries Henrik Lund", id="fisheries"),
    pytest.param("Energy talks\nMinister of Energy and Natural Resources Daniel Okafor said the price cap would stay.\n",
                 "Daniel Okafor", "Resources Daniel Okafor", id="resources"),
])
def test_a_long_title_before_a_name_is_no_part_of_the_name(text: str, person: str, wrong: str) -> None:
    """"… for Oceans and Fisheries Henrik Lund": the plural noun that ends the title is not the
    person's first name, and the statement is his."""
    ex = _mini(text)
    assert _actor(ex, wrong) is None
    assert _actor(ex, person) is not None


@pytest.mark.parametrize(("text", "person", "wrong"), [
    pytest.param("Budget talks\nFederal Councillor and Head of the Federal Department of Finance Karin Keller said "
                 "the budget was balanced.\n", "Karin Keller", "Federal Councillor and Head of the Federal Department "
                 "of Finance", id="councillor"),
    pytest.param("Grain talks\nDeputy Minister and Head of the State Grain Agency Olena Hrytsenko said exports would "
                 "resume.\n", "Olena Hrytsenko", "Deputy Minister and Head of the State Grain Agency", id="agency"),
])
def test_an_office_run_into_a_name_is_no_body(text: str, person: str, wrong: str) -> None:
    """A chain of offices NER reads as an organisation, right before the holder's name, is the
    holder's title: no body of its own, and what was said is the person's."""
    ex = _mini(text)
    assert _actor(ex, wrong) is None
    assert _actor(ex, person) is not None
    assert {s.speaker for s in ex.statements} <= {person}


@pytest.mark.parametrize(("text", "full", "short"), [
    pytest.param("Peace talks\nA third group, the Union of Democratic Forces in Guinea (UDFG), said it would sign the "
                 "deal. The UDFG said it wanted elections.\n", "Union of Democratic Forces in Guinea", "UDFG", id="udfg"),
    pytest.param("Ceasefire talks\nThe Movement for Unity and Progress in Niger (MUPN) rejected the truce on Sunday. "
                 "The MUPN said the army had attacked its camps.\n", "Movement for Unity and Progress in Niger", "MUPN",
                 id="mupn"),
])
def test_a_place_that_the_initials_cover_is_part_of_the_name(text: str, full: str, short: str) -> None:
    """"… in Guinea (UDFG)": initials that go on past NER's name say "in <Place>" is part of it, so
    the body and its acronym are one actor, not "Union of Democratic Forces" beside "UDFG"."""
    ex = _mini(text)
    a = _actor(ex, full)
    assert a is not None and short in a.aliases
    assert _actor(ex, full.rsplit(" in ", 1)[0]) is None and _actor(ex, short) is None


@pytest.mark.parametrize(("text", "person"), [
    pytest.param("Sahel talks\nThe delegation was led by the foreign minister, Son Excellence M. Abdoulaye Diop. "
                 "Mr Diop said the sanctions were illegal.\n", "Abdoulaye Diop", id="excellence"),
    pytest.param("Gulf talks\nHis Excellency Khalid Al-Thani opened the session. Mr Al-Thani said the text was "
                 "balanced.\n", "Khalid Al-Thani", id="excellency"),
])
def test_forms_of_address_are_no_part_of_the_name(text: str, person: str) -> None:
    """"Son Excellence M. X", "His Excellency X": forms of address, so "Mr X" later is the same person."""
    ex = _mini(text)
    assert _actor(ex, person) is not None
    assert not any("Excellen" in a.name for a in ex.actors)


@pytest.mark.parametrize(("text", "body"), [
    pytest.param("Pension talks\nThe European Commission welcomed the deal. The Danish Trade Union Confederation rejected "
                 "it. The trade unions said they would strike on Friday.\n", "Danish Trade Union Confederation",
                 id="unions"),
    pytest.param("Rail strike\nThe Federation of Rail Engineers called a strike. The rail engineers said the "
                 "offer was too low.\n", "Federation of Rail Engineers", id="engineers"),
])
def test_a_plural_crowd_is_the_one_body_whose_name_holds_its_words(text: str, body: str) -> None:
    """"The trade unions" in a story about the "Danish Trade Union Confederation" are that body, even
    with a "European Union" in the story: the crowd's other words pick the one body."""
    ex = _mini(text)
    assert _actor(ex, body) is not None
    assert not any(a.type == "Group" and a.name.lower().endswith(("unions", "engineers")) for a in ex.actors)


@pytest.mark.parametrize("firm", [
    pytest.param("Vantage Parcel", id="parcel"),
    pytest.param("Volta Energy", id="energy"),
])
def test_the_company_is_the_one_body_named_by_a_brand(firm: str) -> None:
    """"the company" in a story with a union and one firm whose name holds no institution's word
    ("union", "association", "council") is that firm, and what "the company said" is its."""
    ex = _mini(f"Pay talks\nWorkers at {firm} reached a tentative agreement with the company on Monday, two days after "
               f"members of the Airline Pilots Association voted to strike. {firm} said the deal was fair. In a "
               f"statement, the company said it "
               f"remained committed to safety.\n")
    a = _actor(ex, firm)
    assert a is not None and "the company" in a.aliases
    assert any(s.speaker == firm and "safety" in s.text for s in ex.statements)


@pytest.mark.parametrize("text", [
    pytest.param("Climate talks\nBrussels is looking for middle ground. Anna Berg, the European Union's climate "
                 "commissioner, said the bloc could accept the text.\n", id="eu-later"),
    pytest.param("Tariff talks\nCanada braces for tariffs as Brussels threatens to retaliate\nThe European Union said on "
                 "Monday it would answer any new duties.\n", id="headline"),
])
def test_a_capital_that_seats_a_body_the_story_names_is_that_body(text: str) -> None:
    """"Brussels" before "the European Union" is named is the Union, not Belgium: a state known
    only by a capital that also seats a body in the story is that body."""
    ex = _mini(text)
    assert _actor(ex, "Belgium") is None
    eu = _actor(ex, "European Union")
    assert eu is not None and "Brussels" in eu.aliases and "Belgium" not in eu.aliases


def test_a_capital_named_beside_its_own_state_stays_that_state() -> None:
    ex = _mini("Trade talks\nBelgium and the Netherlands met in Brussels on Monday. Belgium said the deal was fair. "
               "The European Union welcomed it.\n")
    assert _actor(ex, "Belgium") is not None


@pytest.mark.parametrize(("text", "person", "aliases"), [
    pytest.param("Border talks\nPakistan's Foreign Minister Saleem Akhtar met Afghan officials on Monday. Mr Akhtar said "
                 "the talks were useful.\n", "Saleem Akhtar", {"Pakistan's foreign minister", "Pakistani foreign minister"},
                 id="foreign-minister"),
    pytest.param("Farm talks\nFrance's agriculture minister, Claire Dubois, said the deal was unfair.\n", "Claire Dubois",
                 {"French agriculture minister"}, id="apposition"),
])
def test_an_office_of_a_state_names_its_holder_both_ways(text: str, person: str, aliases: set[str]) -> None:
    """"Pakistan's Foreign Minister X" is also "the Pakistani foreign minister" to a later sentence or
    another reader: the office with the state's name and with its adjective."""
    a = _actor(_mini(text), person)
    assert a is not None and aliases <= set(a.aliases)


@pytest.mark.parametrize(("text", "state"), [
    pytest.param("Loan review\nKenya and the IMF reached a staff-level agreement on Monday. The IMF mission chief, Anna "
                 "Holm, said the authorities had made progress on revenue.\n", "Kenya", id="imf"),
    pytest.param("Water talks\nEgypt's government rejected the plan on Sunday. A week later the authorities said they "
                 "would return to the talks.\n", "Egypt", id="egypt"),
])
def test_the_authorities_are_the_state_whose_government_is_in_the_story(text: str, state: str) -> None:
    """"The authorities" with no owner named is the government of the story's state, as "the
    government" is."""
    a = _actor(_mini(text), state)
    assert a is not None and "the authorities" in {x.lower() for x in a.aliases}


@pytest.mark.parametrize(("text", "who"), [
    ('Talks resumed in Lisbon.\n\nMs Silva, a union organiser, said the offer was unacceptable.', "Silva"),
    ('Talks resumed in Beijing.\n\nMr Wang, a trade official, said the tariffs were unfair.', "Wang"),
    ('Talks resumed in Beijing.\n\nMr Xi said the agreement was fair.', "Xi Jinping"),
], ids=["common-surname-is-not-the-gazetteer-president", "common-surname-is-not-the-gazetteer-minister",
        "a-named-surname-still-resolves"])
def test_a_person_named_by_surname_alone_is_the_gazetteer_person_only_where_it_says_so(text: str, who: str) -> None:
    ex = extracted(text, dt.date(2026, 1, 1))
    assert who in {a.name for a in ex.actors}, [a.name for a in ex.actors]


def _names(ex: Extraction) -> set[str]:
    return {a.name for a in ex.actors}


@pytest.mark.parametrize(("text", "body", "short"), [
    pytest.param("Farm talks\nThe Western Cape Farmworkers Union (WCFU) rejected the offer on Monday. Wecafu said the "
                 "increase was too small.\n", "Western Cape Farmworkers Union", "Wecafu", id="clipped-initials"),
    pytest.param("Rice talks\nOn Monday, leaders of the National Federation of Rice Growers Cooperatives, known as ZK "
                 "Nokyoren, met the minister in Seoul. ZK Nokyoren said the price was too low.\n",
                 "National Federation of Rice Growers Cooperatives", "ZK Nokyoren", id="known-as"),
    pytest.param("Rice talks\nThe Federation of Independent Rice Millers, known as Fedrim, met the minister. Fedrim said "
                 "the price was too low.\n", "Federation of Independent Rice Millers", "Fedrim", id="known-as-one-word"),
])
def test_a_bodys_other_name_is_the_same_actor(text: str, body: str, short: str) -> None:
    """"Tepco" beside "Tokyo Electric Power Company Holdings", "X, known as Y": one body, whatever NER
    typed the short name as, and what it says is the body's."""
    ex = _mini(text)
    a = _actor(ex, body)
    assert a is not None and short in a.aliases and short not in _names(ex), _names(ex)
    assert any(c.by == body for c in ex.claims), [(c.by, c.claim) for c in ex.claims]


@pytest.mark.parametrize(("text", "names", "joined"), [
    pytest.param("Port talks\nNegotiators from ILWU and PMA met in Oakland on Monday. ILWU said the offer was too low.\n",
                 {"ILWU", "PMA"}, "ILWU and PMA", id="two-acronyms"),
    pytest.param("Bread talks\nThe talks stalled when the National Bakers' and Millers' Union (Nbmu), a splinter group, "
                 "walked out.\n", {"National Bakers' and Millers' Union"}, "National Bakers'", id="possessive-halves"),
])
def test_and_inside_a_name_is_read_by_what_each_side_can_name(text: str, names: set[str], joined: str) -> None:
    """"FIFA and FIFPRO" are two bodies; "the Educators' and Nurses' Union" is one (a possessive alone
    names no one)."""
    ex = _mini(text)
    assert names <= _names(ex) and joined not in _names(ex), _names(ex)


def test_a_list_of_places_after_a_common_noun_holds_no_stance() -> None:
    """"farmers in Bavaria, France and Italy had backed the plan": the countries say where, not who."""
    ex = _mini("Dairy talks\nThe minister said the quota plan was fair, adding that farmers in Bavaria, France and Italy "
               "had backed the plan.\n")
    assert not any(p.holder in ("France", "Italy") for p in ex.positions), [(p.holder, p.target) for p in ex.positions]
    assert not {"France", "Italy"} & {a.name for a in ex.actors if a.acts}


@pytest.mark.parametrize("text", [
    pytest.param("Shipping row\nCoastguards boarded the tanker Silver Dawn on Monday. The Silver Dawn, a 1999-built bulk "
                 "carrier, was held in port. Norway said the ship had broken the rules.\n", id="tanker-before-name"),
    pytest.param("Shipping row\nThe Silver Dawn, a 1999-built oil tanker, was boarded on Monday. Norway said the Silver "
                 "Dawn had broken the rules.\n", id="tanker-in-apposition"),
    pytest.param("Shipping row\nThe Kestrel Star, a 2004-built oil products tanker, was boarded by the Norwegian coastguard "
                 "on Jan. 3. Norway said the Kestrel Star had dragged its anchor.\n", id="same-ship-named-again"),
])
def test_a_ship_is_no_actor(text: str) -> None:
    ex = _mini(text)
    assert not any("Silver Dawn" in n or "Kestrel Star" in n for n in _names(ex)) and "Norway" in _names(ex), _names(ex)


def test_a_firm_named_beside_its_role_is_a_body_not_a_place() -> None:
    """"the vessel's Cyprus-based operator, Halvard Marine," then "Halvard Marine said …": a firm that acts,
    not a place NER could not type; a legal form ("GmbH") says so too."""
    ex = _mini("Shipping row\nLawyers for the vessel's Cyprus-based operator, Halvard Marine, met officials. In a "
               "statement, Halvard Marine said the crew had done nothing wrong.\n")
    assert "Halvard Marine" in _names(ex)
    ex = _mini("Shipping row\nThe charter was signed with Kestrel Freight GmbH in March. Kestrel Freight said the crew "
               "had done nothing wrong.\n")
    assert any(n.startswith("Kestrel Freight") for n in _names(ex)), _names(ex)


def test_a_name_beside_an_office_is_a_person_whatever_ner_says() -> None:
    """"Chad's mining minister, Jean-Baptiste Oumar," (NER may call a hyphenated name a body): a person,
    so "he" finds him."""
    ex = _mini("Mining row\nChad's mining minister, Jean-Baptiste Oumar, said the licence was void. \"We will not back "
               "down,\" he said.\n")
    a = _actor(ex, "Jean-Baptiste Oumar")
    assert a is not None and a.type == "Person" and "Chad" in a.affiliations


def test_the_two_governments_are_the_pair_just_named() -> None:
    """"Niger and Benin want … the two governments would demand …": that pair, not the states the story
    mentions most."""
    ex = _mini("Water row\nTogo said the dam was safe. Togo and Ghana met on Monday, and Ghana said talks would go on. "
               "Niger and Benin want the dam closed. Benin's water minister Ali Sani said the two governments would "
               "demand compensation for the losses.\n")
    assert {d.by for d in ex.demands if "compensation" in d.what} <= {"Niger", "Benin", "Ali Sani"}, \
        [(d.by, d.what) for d in ex.demands]
    assert any("compensation" in d.what for d in ex.demands)


def test_a_finite_verb_hung_on_an_apposition_belongs_to_the_name_it_describes() -> None:
    """"X, the ruling party's junior partner, called for …": the parser hangs "called" on the apposition;
    the demand is X's, not the possessor's inside the description."""
    ex = _mini("Island talks\nThe premier, Tomas Riel, met the minister on Monday. Sorlag Union, the premier's coalition "
               "partner, called for a referendum on independence to be held next year.\n")
    assert any(d.by == "Sorlag Union" and "referendum" in d.what for d in ex.demands), [(d.by, d.what) for d in ex.demands]
    a = _actor(ex, "Sorlag Union")
    assert a is not None and a.type in ("Organization", "Group")


def test_a_portfolio_with_and_is_one_office_not_a_body() -> None:
    """"Trade and Industry Minister X": the portfolio's first half names no body of its own."""
    ex = _mini("Wage talks\nCivil Service and Labour Minister Dalia Ferro said the revised offer was fair.\n")
    assert "Civil Service" not in _names(ex), _names(ex)
    a = _actor(ex, "Dalia Ferro")
    assert a is not None and not any(r.startswith("and ") for r in a.roles), a.roles


@pytest.mark.parametrize(("text", "person"), [
    pytest.param("Church talks\nMonsignor Pablo Ruiz, president of the Bishops' Conference, said dialogue was the only way "
                 "out. Pablo Ruiz urged calm.\n", "Pablo Ruiz", id="monsignor"),
    pytest.param("Wage talks\nThe chair, Advocate Naledi Dube, said the parties would meet again. Naledi Dube urged "
                 "restraint.\n", "Naledi Dube", id="advocate"),
])
def test_a_courtesy_title_is_no_part_of_the_name(text: str, person: str) -> None:
    assert person in _names(ex := _mini(text)), _names(ex)


def test_the_body_an_office_holder_serves_is_no_place() -> None:
    """"X, president of the Bishops' Conference,": the body he serves, however rarely it acts itself."""
    ex = _mini("Church talks\nMonsignor Pablo Ruiz, president of the Bishops' Conference, said dialogue was the only way "
               "out.\n")
    a = _actor(ex, "Pablo Ruiz")
    assert a is not None and any("Conference" in x for x in a.affiliations), a.affiliations


def test_a_hyphenated_crowd_is_the_one_body_with_both_words() -> None:
    """"Public-sector unions" beside the "Public Sector Unions' Federation" and other unions: that body."""
    ex = _mini("Pay talks\nPublic-sector unions have given the government two weeks to improve its offer. The Public "
               "Sector Unions' Federation and the National Teachers' Union rejected the offer on Monday.\n")
    assert "Public-sector unions" not in _names(ex), _names(ex)


def test_the_administration_is_the_executive_news_calls_so() -> None:
    """"the administration" alone is the state whose executive the lexicon says news calls so, when it
    is in the story, not the state named last."""
    ex = _mini("Timber talks\nCanada and the United States met in Ottawa. A Canadian official said the US would get an "
               "offer by May, after which the administration would consider all options.\n")
    a = _actor(ex, "United States")
    assert a is not None and "the administration" in a.aliases
    assert "the administration" not in (_actor(ex, "Canada").aliases if _actor(ex, "Canada") else [])


@pytest.mark.parametrize(("short", "name", "same"), [
    ("Tepco", "Tokyo Electric Power Company Holdings Inc.", True),
    ("Cosatu", "Congress of South African Trade Unions", True),
    ("Ienu", "Independent Educators' and Nurses' Union", True),
    ("Dlamini", "Democratic Labour Movement", False),
    ("Kenya", "Kenya Ports Authority", False),  # a name's first word alone, two letters short of three words
])
def test_a_clipped_name_is_read_from_the_opening_letters_of_the_words(short: str, name: str, same: bool) -> None:
    from graph.extract.actors import _short_form

    assert _short_form(short, name) is same


@pytest.mark.parametrize(("text", "body"), [
    pytest.param("Ferry talks\nThe Pacific and Coastal Ferry Operators Association said it supported the revised "
                 "proposal.\n", "Pacific and Coastal Ferry Operators Association", id="region-and-name"),
    pytest.param("Ferry talks\nThe Baltic and Nordic Port Employers Federation said it supported the revised proposal.\n",
                 "Baltic and Nordic Port Employers Federation", id="two-regions"),
    pytest.param("Pay talks\nThe Academic Faculty Union has rejected an amended settlement put forward by the mediator.\n",
                 "Academic Faculty Union", id="office-word-inside-a-body"),
])
def test_a_bodys_whole_name_holds_its_stance(text: str, body: str) -> None:
    """NER cuts "the Pacific" off "… and Coastal Ferry Operators Association"; an office word ("Academic")
    inside a body's name makes no person of its tail ("Faculty Union"): the whole body holds the stance."""
    ex = _mini(text)
    assert {p.holder for p in ex.positions} == {body}, [(p.holder, p.target) for p in ex.positions]
    a = _actor(ex, body)
    assert a is not None and a.type == "Organization"


def test_an_office_named_with_its_bodys_initials_names_its_holder_without_them() -> None:
    """"AU Peace Commissioner X" is "the peace commissioner" a later sentence speaks of."""
    ex = _mini("Sudan talks\nAU Peace Commissioner Amina Bello said on Tuesday that the truce was holding. The peace "
               "commissioner also urged the army to withdraw from the city.\n")
    a = _actor(ex, "Amina Bello")
    assert a is not None and "peace commissioner" in {x.lower() for x in a.aliases}
    assert any(d.by == "Amina Bello" and "withdraw" in d.what for d in ex.demands), [(d.by, d.what) for d in ex.demands]


@pytest.mark.parametrize(("text", "author"), [
    pytest.param("Border talks\nAt the heart of the row is Serbia's five-point list of demands. It calls for the release "
                 "of all detained border guards and the reopening of two crossings.\n", "Serbia", id="possessor"),
    pytest.param("Port talks\nThe Dockers Federation handed the employers a letter on Monday. It demands a 9 per cent "
                 "raise and a ban on automated cranes.\n", "Dockers Federation", id="who-handed-it-over"),
])
def test_a_document_speaks_for_its_author(text: str, author: str) -> None:
    """"It calls for …" after a sentence naming a list, letter or statement: the document's author asks."""
    ex = _mini(text)
    assert ex.demands and {d.by for d in ex.demands} == {author}, [(d.by, d.what) for d in ex.demands]


@pytest.mark.parametrize(("text", "body", "acts"), [
    pytest.param("Farm talks\nRenata Kowalczyk, president of the Polish Growers Federation, said on Monday the offer was "
                 "too low. Talks resume next week.\n", "Polish Growers Federation", True, id="president"),
    pytest.param("Church talks\nThe mediation resumed on Friday. Archbishop Luis Ortega, chairman of the Andean Bishops' "
                 "Conference, said the talks were useful.\n", "Andean Bishops' Conference", True, id="chairman"),
    pytest.param("Rail talks\nThe strike continued on Monday, according to Tomas Berg, an economist at the Baltic Policy "
                 "Institute. Talks resume next week.\n", "Baltic Policy Institute", False, id="commentator"),
])
def test_a_body_acts_through_the_person_who_leads_or_speaks_for_it(text: str, body: str, acts: bool) -> None:
    """The body whose president or chairman speaks takes part; an analyst's employer does not."""
    a = _actor(_mini(text), body)
    assert a is not None and a.acts is acts


def test_a_body_its_leader_heads_is_not_counted_twice_under_a_longer_name() -> None:
    """"the Kenyan army" already acts; "the Royal Kenyan Army" its general commands is the same body."""
    ex = _mini("Border talks\nThe Kenyan army said on Monday it had pulled back from the border. General Peter Otieno, "
               "commander of the Royal Kenyan Army, said the truce was holding.\n")
    a = _actor(ex, "Royal Kenyan Army")
    assert a is None or not a.acts


@pytest.mark.parametrize(("text", "body", "speaker"), [
    pytest.param("Cement talks\nEuropean Union ministers met in Lisbon on Monday. Cembureau, the cement makers' association, "
                 "said the levy was unworkable. The association also demanded that the ministry drop the levy.\n",
                 "Cembureau", "Cembureau", id="association"),
    pytest.param("Rail fares\nThe operators met on Monday. Ofrail, the rail regulator, said fares could rise by 3 per cent. "
                 "The regulator also demanded that the operators publish their costs.\n", "Ofrail", "Ofrail",
                 id="regulator"),
])
def test_a_one_word_body_described_in_apposition_speaks_and_keeps_its_description(
        text: str, body: str, speaker: str) -> None:
    """"X, the steel industry association, said": a one-word name NER leaves unlabelled is a body, and "the
    association" later is that body, not a union or bloc named elsewhere in the story."""
    ex = _mini(text)
    a = _actor(ex, body)
    assert a is not None and a.type == "Organization", [(x.name, x.type) for x in ex.actors]
    assert ex.demands and {d.by for d in ex.demands} == {speaker}, [(d.by, d.what) for d in ex.demands]


@pytest.mark.parametrize(("text", "lone"), [
    pytest.param("Steel talks\nEurometal's director-general, Anna Berg, met the commissioner on Monday. "
                 "Eurometal said the quota was too small.\n", "Eurometal", id="possessive-office"),
    pytest.param("Port dispute\nThe dockers walked out on Monday. Portlink, which runs the terminal, said it would "
                 "not raise its offer.\n", "Portlink", id="relative"),
])
def test_a_lone_capitalised_word_is_no_person(text: str, lone: str) -> None:
    """People are named in full or by title; a one-word name no title or full name explains is a body."""
    ex = _mini(text)
    assert not any(a.type == "Person" and a.name == lone for a in ex.actors), [(a.name, a.type) for a in ex.actors]


def test_a_surname_first_name_keeps_its_short_form_on_the_person() -> None:
    """"Park Jae-won … Park said": a surname that opens the full name is that person, not a body."""
    ex = _mini("Doctors strike\nHealth Minister Park Jae-won met the residents on Monday. Park said the offer was final.\n")
    assert not any(a.name == "Park" for a in ex.actors), [(a.name, a.type) for a in ex.actors]


@pytest.mark.parametrize(("text", "group"), [
    pytest.param("Border clashes\nThe talks resumed on Monday after Ogaden Liberation forces attacked an army post near "
                 "the border.\n", "Ogaden Liberation forces", id="forces"),
    pytest.param("Delta talks\nNiger Delta Avengers fighters blew up a pipeline on Sunday, the company said.\n",
                 None, id="fighters-no-person"),
])
def test_capitalised_words_before_forces_name_a_group_not_a_person(text: str, group: str | None) -> None:
    """"Jubaland Darwish forces attacked": NER's person is an armed group's name."""
    ex = _mini(text)
    assert not any(a.type == "Person" and a.name in text and " forces" in text[text.index(a.name):][:len(a.name) + 8]
                   for a in ex.actors), [(a.name, a.type) for a in ex.actors]
    if group:
        a = _actor(ex, group)
        assert a is not None and a.type == "Group", [(x.name, x.type) for x in ex.actors]


def test_its_inside_a_clause_is_the_clause_subject_body() -> None:
    """"Puntland sent its finance minister, X": X belongs to the body that sent him, not to the state named before."""
    ex = _mini("Revenue talks\nSomalia and Puntland resumed talks in Garowe on Monday. The federal side was led by "
               "Interior Minister Ahmed Farah Ali. Puntland sent its finance minister, Abdi Nur Hassan.\n")
    a = _actor(ex, "Abdi Nur Hassan")
    assert a is not None and "Somalia" not in a.affiliations, (a and a.affiliations)


def test_a_hyphenated_given_name_stays_whole() -> None:
    """"Deputy Minister Kang Min-jun said": NER stops at the hyphen; the speaker is the whole name."""
    ex = _mini("Wage talks\nDeputy Labour Minister Kang Min-jun said on Monday the offer was final.\n")
    assert _actor(ex, "Kang Min-jun") is not None, [a.name for a in ex.actors]
    assert _actor(ex, "Kang Min") is None


def test_a_headline_verb_is_no_part_of_a_body_name() -> None:
    """"Nurses reject ministry's offer": NER's organisation opening with a lower-case verb names no one;
    "the ministry" later is the ministry the story names."""
    ex = _mini("Nurses reject ministry's offer\nThe Ministry of Labour and Welfare offered a 3 per cent raise on Monday. "
               "The ministry says 4,000 nurses have returned to work.\n")
    assert not any(a.name.lower().startswith("reject") for a in ex.actors), [a.name for a in ex.actors]
    assert {c.by for c in ex.claims} <= {"Ministry of Labour and Welfare"}, [(c.by, c.claim) for c in ex.claims]


@pytest.mark.parametrize(("text", "holder"), [
    pytest.param("Debt talks\nSenior lenders of Kestrel Power met the treasury on Monday. The lender group rejected the "
                 "government's offer on Tuesday.\n", "Senior lenders", id="lender-group"),
    pytest.param("Port talks\nThe Riverside dockers met the port authority on Monday. The port authority was named on Monday. "
                 "The docker group rejected the authority's offer on Tuesday.\n", "Riverside dockers", id="docker-group"),
])
def test_the_noun_group_is_the_body_named_by_that_noun(text: str, holder: str) -> None:
    """"the creditor group" after "Senior creditors": the body whose name ends in the described noun."""
    ex = _mini(text)
    assert any(x.holder == holder and x.stance == "oppose" for x in ex.positions), \
        [(x.holder, x.stance, x.target) for x in ex.positions]


def test_a_description_before_a_name_belongs_to_that_name() -> None:
    """"the campaign group Clean Rivers Trust demanded": the description is the name that follows it."""
    ex = _mini("River talks\nThe utility Anglia Water met ministers on Monday. The campaign group Clean Rivers Trust "
               "demanded that sewage spills end by 2030.\n")
    a = _actor(ex, "Anglia Water")
    assert a is None or "The campaign group" not in a.aliases
    assert {d.by for d in ex.demands} == {"Clean Rivers Trust"}, [(d.by, d.what) for d in ex.demands]


def test_a_plural_possessive_inside_a_body_name_keeps_the_whole_name() -> None:
    """"The Peruvian Miners' Centre said": NER splits the name at the apostrophe; the body is the whole name."""
    ex = _mini("Mining talks\nThe Peruvian Miners' Centre, the largest union in the sector, said it backed the strike.\n")
    assert any(a.name == "Peruvian Miners' Centre" for a in ex.actors), [a.name for a in ex.actors]
    assert not any(a.name == "Centre" for a in ex.actors)


def test_a_region_named_alone_is_its_own_government_and_never_the_national_one() -> None:
    """"the Puntland Regional Government … Puntland rejected": one actor; "Puntland's minister accused the
    national government": the national government is the sovereign state, not the region."""
    ex = _mini("Revenue talks\nTalks between the Puntland Regional Government and Somalia's national government ended "
               "in Mogadishu on Monday. Puntland rejected the revenue formula on Tuesday. Puntland's finance minister, "
               "Abdi Nur Hassan, accused the national government of bad faith.\n")
    names = [a.name for a in ex.actors]
    assert "Puntland" not in names, names
    gov = _actor(ex, "Puntland Regional Government")
    assert gov is not None and "the national government" not in gov.aliases, (gov and gov.aliases)


def test_a_description_with_a_state_owner_before_a_body_name_is_its_alias() -> None:
    """"Latvia's road hauliers' association, Autotransports, says …. … which the association says": the
    association is that body, not the government the clause opened with."""
    ex = _mini("Border closure\nLatvia's road hauliers' association, Autotransports, says its members have lost €50 million. "
               "The government has offered cheap credit, which the association says is not enough.\n")
    a = _actor(ex, "Autotransports")
    assert a is not None and "the road hauliers' association" in a.aliases, (a and a.aliases)
    assert any(x.holder == "Autotransports" and x.stance == "oppose" for x in ex.positions), \
        [(x.holder, x.stance, x.target) for x in ex.positions]


def test_a_mission_named_for_its_country_keeps_the_country_and_its_loose_initials() -> None:
    """"the African Union Observer Mission in Chad (AUOMIC)": the place belongs to the name and the
    initials, which do not follow the words one by one, are its alias; "AUOMIC said" is the mission."""
    ex = _mini("Chad talks\nThe talks were held at the headquarters of the African Union Observer Mission in Chad "
               "(AUOMIC) in N'Djamena on Monday. AUOMIC said both sides had agreed to meet again.\n")
    a = _actor(ex, "African Union Observer Mission in Chad")
    assert a is not None and "AUOMIC" in a.aliases, [(x.name, x.aliases) for x in ex.actors]


@pytest.mark.parametrize(("text", "name"), [
    ("The National Union of Rail, Maritime and Transport Workers said on Monday it rejected the offer.",
     "National Union of Rail, Maritime and Transport Workers"),
    ("The Bakers, Food and Allied Workers Union rejected the wage offer on Monday, the union said.",
     "Bakers, Food and Allied Workers Union"),
    ("The Ghana Registered Nurses, Midwives and Allied Health Association said it opposed the pay offer.",
     "Ghana Registered Nurses, Midwives and Allied Health Association"),
])
def test_a_body_named_for_several_trades_is_one_name(text: str, name: str) -> None:
    """"The Bakers, Food and Allied Workers Union": NER cuts the name at a comma; the trades listed with
    commas and a last "and" before the body's word are one body, which holds what it says."""
    ex = _mini("Pay talks\n" + text + "\n")
    assert _actor(ex, name) is not None, [a.name for a in ex.actors]
    assert [p.holder for p in ex.positions] == [name], [(p.holder, p.target) for p in ex.positions]


def test_bodies_listed_with_commas_stay_apart() -> None:
    """"The Labour Party, Green Party and Liberal Democrats": each part is a body's name of its own."""
    ex = _mini("Vote\nThe Labour Party, Green Party and Liberal Democrats said on Monday they rejected the plan.\n")
    names = {a.name for a in ex.actors}
    assert {"Labour Party", "Green Party"} <= names, names
    ex = _mini("Vote\nGreece, Turkey and Britain said on Monday they backed the plan.\n")
    assert {"Greece", "Turkey"} <= {a.name for a in ex.actors}


@pytest.mark.parametrize(("text", "body", "person"), [
    ("Ghana Medical Association president Frank Serebour said doctors rejected the offer.",
     "Ghana Medical Association", "Frank Serebour"),
    ("Canadian Federation of Independent Business chief executive Dan Kelly said the tariff plan would hurt shops.",
     "Canadian Federation of Independent Business", "Dan Kelly"),
    ("The ruling came after Federal High Court judge Justice Inyang Ekwo ordered both sides back to talks. "
     "The judge said the strike was unlawful.", "Federal High Court", "Inyang Ekwo"),
])
def test_a_body_named_inside_a_title_is_the_persons_body(text: str, body: str, person: str) -> None:
    """"X Association president Y said": the capitalised body before the office is an actor of its own
    and Y's body; a courtesy title before the name ("judge Justice Y") is no part of the office."""
    ex = _mini("Talks\n" + text + "\n")
    assert _actor(ex, body) is not None, [a.name for a in ex.actors]
    p = _actor(ex, person)
    assert p is not None and body in p.affiliations, (p and p.affiliations)
    assert not any(r.endswith("Justice") for r in p.roles), p.roles


def test_a_states_own_office_in_a_title_stays_the_states() -> None:
    """"Chinese Foreign Ministry spokesperson", "Cambodian Senate president": no body of their own."""
    ex = _mini("Talks\nChinese Foreign Ministry spokesperson Zhang Wei said Beijing opposed the tariffs. "
               "Cambodian Senate president Hun Sen said Phnom Penh backed the truce.\n")
    names = {a.name for a in ex.actors}
    assert not {"Chinese Foreign Ministry", "Foreign Ministry", "Cambodian Senate", "Senate"} & names, names


@pytest.mark.parametrize(("text", "body"), [
    ("BusinessLDN, which represents many of the capital's largest employers, said it backed the offer.", "BusinessLDN"),
    ("Ofgem, which regulates energy prices, said it opposed the price cap.", "Ofgem"),
    ("Meanwhile the TSSA union said it rejected the offer.", "TSSA"),
])
def test_an_unknown_name_that_speaks_as_a_body_is_one(text: str, body: str) -> None:
    """"X, which represents …, said": "which" is no person; "the TSSA union": the initials name the body.
    Either way the body holds the stance it states."""
    ex = _mini("Pay talks\n" + text + "\n")
    a = _actor(ex, body)
    assert a is not None and a.type == "Organization", [(x.name, x.type) for x in ex.actors]
    assert [p.holder for p in ex.positions] == [body], [(p.holder, p.target) for p in ex.positions]


def test_a_union_a_state_owns_is_the_union_named_further_on() -> None:
    """"Ghana's ruling party rejected …. The New Patriotic Party said …": the party is no body of the state."""
    ex = _mini("Vote\nGhana's ruling party rejected the budget plan on Monday. The New Patriotic Party said the deal was "
               "unfair.\n")
    assert [p.holder for p in ex.positions if "plan" in p.target] == ["New Patriotic Party"], \
        [(p.holder, p.target) for p in ex.positions]
    ex = _mini("Strike\nPortugal's main federation of rail unions on Friday turned down a revised offer from the "
               "operator. The National Federation of Railway Workers (FNF) said the strikes would go on.\n")
    assert [p.holder for p in ex.positions if "offer" in p.target] == ["National Federation of Railway Workers"], \
        [(p.holder, p.target) for p in ex.positions]


def test_a_body_named_for_its_country_keeps_the_country_and_its_short_name() -> None:
    """"… and the Evangelical Alliance of Kenya, which …": the gazetteer's country (with the comma after
    it) is part of the body's name, and "the Evangelical Alliance" later is the same body."""
    for body, short in (("Evangelical Alliance of Kenya", "Evangelical Alliance"),
                        ("Christian Association of Nigeria", "Christian Association")):
        ex = _mini(f"Mediation\nThe talks were convened by the Law Society and the {body}, which have mediated since "
                   f"June. The {short} said on Monday it backed the talks.\n")
        a = _actor(ex, body)
        assert a is not None, [x.name for x in ex.actors]
        assert _actor(ex, short) is None, [x.name for x in ex.actors]  # the short name is an alias, no actor
        assert [p.holder for p in ex.positions] == [body], [(p.holder, p.target) for p in ex.positions]


def test_a_capitalised_office_word_must_fit_the_persons_office() -> None:
    """"The Prime Minister said" after only "Trade Minister X" was named: no alias of the trade minister
    (the capitalised "Prime" counts as much as "prime"); "The Foreign Minister" is still the foreign minister."""
    ex = _mini("Talks\nTrade Minister Michael Carrington met Chinese officials on Friday. The Prime Minister said the "
               "talks were useful.\n")
    a = _actor(ex, "Michael Carrington")
    assert a is not None and not any("prime" in x.lower() for x in a.aliases), (a and a.aliases)
    ex = _mini("Talks\nForeign Minister Anna Berg met Chinese officials on Friday. The Foreign Minister said the talks "
               "were useful.\n")
    a = _actor(ex, "Anna Berg")
    assert a is not None and "The Foreign Minister" in a.aliases, (a and a.aliases)


# -- a gazetteer place at the head or tail of a longer place name is not that place (cross-article pass) -----
def test_gazetteer_city_at_the_tail_of_a_longer_place_name_is_no_state() -> None:
    ex = extracted("Growers' protest\nA farmers' cooperative from Ponte de Lima handed the ministry a list of "
                   "demands on Monday. The cooperative said it wanted cheaper diesel.\n")
    names = {a.name for a in ex.actors}
    assert "Peru" not in names and "Lima" not in names
    assert "Ponte de Lima" in {pl.name for pl in ex.places}


def test_gazetteer_city_at_the_head_of_a_longer_place_name_is_a_place() -> None:
    ex = extracted("Fishing row\nBoat owners from Quito de Arriba complained on Tuesday, and their association "
                   "demanded cheaper fuel.\n")
    assert not {a.name for a in ex.actors} & {"Ecuador", "Quito de Arriba", "Quito"}
    assert "Quito de Arriba" in {pl.name for pl in ex.places}


def test_a_capital_alone_or_beside_another_capital_still_stands_for_its_state() -> None:
    ex = extracted("Border talks\nLima and Santiago agreed on Monday to reopen the crossing. Lima said the deal "
                   "would hold.\n")
    names = {a.name for a in ex.actors}
    assert "Peru" in names and "Chile" in names


def test_a_role_followed_by_an_infinitive_is_still_that_office() -> None:
    ex = extracted("Ferry fares\nTransport Minister Aoife Brennan met operators on Monday. The Island Ferry Users Group "
                   "welcomed the meeting. Its chairman, Colm Daly, asked the minister to freeze fares until June.\n")
    actors = {a.name: a for a in ex.actors}
    assert "the minister" in actors["Aoife Brennan"].aliases
    assert "the minister" not in actors["Colm Daly"].aliases


def test_a_finite_verb_after_an_apposition_is_no_part_of_an_office() -> None:
    ex = extracted("Bus strike\nThe drivers' union rejected the offer. Its general secretary, Nuala Kerrigan, urged "
                   "the mayor to intervene.\n")
    person = next(a for a in ex.actors if a.name == "Nuala Kerrigan")
    assert not any(x.split()[0] == "urged" for x in [*person.aliases, *person.roles])


def _home(text: str) -> str | None:
    from graph.extract.actors import home_state
    from graph.extract.paragraphs import split_paragraphs
    from graph.gazetteer import load_gazetteer

    return home_state(load_gazetteer(), split_paragraphs(text))


def test_home_state_counts_a_capital_that_acts_for_its_state() -> None:
    text = ("Dam talks stall\nKenyan mediators proposed a timetable, and Kenya offered to host a second round "
            "because Kenya wants a deal. Ethiopia said it needed time. Addis Ababa rejected the draft, Addis Ababa's "
            "negotiators walked out and Addis Ababa recalled its envoy. The government will not sign.\n")
    assert _home(text) == "Ethiopia"


def test_home_state_ignores_a_capital_named_as_a_venue_or_in_an_agreement_name() -> None:
    text = ("Dam talks stall\nEgypt and Ethiopia met again, and Egypt refused a delay. Ethiopia said it needed time. "
            "Addis Ababa rejected the draft, Addis Ababa's negotiators walked out and Addis Ababa recalled its envoy. "
            "The talks in Cairo, like those at Cairo last year and the round held near Cairo, followed the Cairo "
            "declaration. The government will not sign.\n")
    assert _home(text) == "Ethiopia"
    # a capital alone makes no home: the story must name its state
    assert _home("Tube strike\nDrivers walked out on Monday. London said the strike would cost millions, and "
                 "London's businesses complained. The union said the government must act.\n") is None


def test_home_state_reads_a_state_name_of_three_words_whole() -> None:
    """"The United Arab Emirates" is one state, not an unknown "United Arab" and a stray "Emirates": a
    story about it is not made Omani by one Omani official."""
    text = ("Gulf port deal signed\nThe United Arab Emirates signed a port deal with Oman on Monday. Officials of the "
            "United Arab Emirates said the deal would double trade, and Omani officials agreed.\n")
    assert _home(text) == "United Arab Emirates"


def _speaker_of(ex: Extraction, words: str) -> set[str]:
    return {s.speaker for s in ex.statements if words in s.evidence.text}


def test_an_office_described_before_its_holder_is_named_is_that_holder() -> None:
    # "the federal transport minister warned …" in the lead, "Transport Minister X" further on
    ex = extracted("Ferry strike\nHALIFAX – The ferry union rejected the latest offer on Monday, as the federal "
                   "transport minister warned she would ask parliament to end the stoppage. Transport Minister "
                   "Gwen Tallis said her patience had limits. The union said it would not back down.\n")
    gwen = next(a for a in ex.actors if a.name == "Gwen Tallis")
    assert "the federal transport minister" in gwen.aliases
    assert _speaker_of(ex, "federal transport minister warned") == {"Gwen Tallis"}


def test_a_states_office_described_before_its_holder_is_named_joins_that_state() -> None:
    ex = extracted("Copper talks\nSANTIAGO – Chile's mining minister said on Thursday that a royalty deal was close, "
                   "but the producers said no figure had been agreed. Mining Minister Aurelio Soto spoke after "
                   "a meeting with the firms in Santiago.\n")
    soto = next(a for a in ex.actors if a.name == "Aurelio Soto")
    assert "Chile's mining minister" in soto.aliases and "Chile" in soto.affiliations
    assert _speaker_of(ex, "royalty deal was close") == {"Aurelio Soto"}


def test_an_office_description_is_not_given_to_a_later_holder_of_another_office() -> None:
    # another portfolio, another office ("ambassador to the UN"), a body named for the office: no link
    ex = extracted("Border talks\nThe Prime Minister's office said on Monday that talks would resume. Peru's "
                   "ambassador to the UN said the plan was realistic. Agriculture Minister Rosa Quispe met the "
                   "farmers, and Ambassador Luis Tello said the plan would fail. The finance minister said "
                   "nothing. Trade Minister Ana Ruiz said the deal was near.\n")
    aliases = {x.lower() for a in ex.actors if a.type == "Person" for x in a.aliases}
    assert not aliases & {"the prime minister", "prime minister", "peru's ambassador", "the finance minister",
                          "finance minister"}


def test_a_bloc_described_in_apposition_to_a_named_body_is_that_body() -> None:
    # "X, an alliance of 9 unions," describes X: no second actor, and "the unions" later is X
    ex = extracted("Port strike\nThe Harbour Workers Front, an alliance of 9 unions, rejected the pay offer on "
                   "Friday. The unions said the offer did not cover rising rents.\n")
    assert [a.name for a in ex.actors if a.type in ("Group", "Organization")] == ["Harbour Workers Front"]
    assert _speaker_of(ex, "did not cover rising rents") == {"Harbour Workers Front"}
    # an unnamed bloc that acts is still a group of its own
    ex = extracted("Port strike\nA coalition of nine unions rejected the pay offer on Friday.\n")
    assert any(a.name.lower().startswith("coalition of nine unions") for a in ex.actors)


def test_initials_read_as_a_plural_noun_still_name_the_body_that_acts() -> None:
    # "PNDS" ends in S and is tagged a plural noun: as the subject of a stance verb and as the body a
    # named person's title belongs to, it is still a body that acts
    ex = extracted("Vote talks\nThe PNDS has long opposed any delay to the vote. PNDS spokeswoman Awa Mint Sidi "
                   "said the party would meet on Friday.\n")
    assert any(a.name == "PNDS" and a.type == "Organization" for a in ex.actors)
    assert next(a for a in ex.actors if a.name == "Awa Mint Sidi").affiliations == ["PNDS"]
    assert any(p.holder == "PNDS" and p.stance == "oppose" for p in ex.positions)
    # initials that only qualify a thing name no one
    ex = extracted("Tax talks\nThe minister said GDPS figures would come later, and the VATS rate rose.\n")
    assert not any(a.name in ("GDPS", "VATS") for a in ex.actors)


def test_a_pro_or_anti_prefix_names_whom_a_body_stands_for_not_what_it_is() -> None:
    # "the pro-government X" is not "the government" later, nor is "the anti-junta X" "the junta"
    ex = extracted("Clashes\nThe pro-government Shield Brigade attacked the town on Monday. The government said "
                   "the attack was legal.\n")
    brigade = next(a for a in ex.actors if a.name == "Shield Brigade")
    assert not any(x.lower() == "the government" for x in brigade.aliases)
    assert "Shield Brigade" not in _speaker_of(ex, "attack was legal")
    ex = extracted("Clashes\nThe anti-junta Shield Brigade attacked the town on Monday. The junta said the attack "
                   "was illegal.\n")
    assert "Shield Brigade" not in _speaker_of(ex, "attack was illegal")
    # a plain modifier still describes the body
    ex = extracted("Clashes\nThe paramilitary Shield Brigade attacked the town on Monday. The paramilitary said "
                   "the attack was legal.\n")
    assert _speaker_of(ex, "attack was legal") == {"Shield Brigade"}


def test_a_quote_tagged_by_a_speaker_of_its_own_is_not_the_last_speakers() -> None:
    # '"…," a ministry source said': the tag names someone else, even when no actor is made of them
    ex = extracted("Grain talks\nFarm Minister Ilse Brandt said on Monday that the quota stays. \"We will not move "
                   "on the quota,\" she said.\n\"The quota will be cut by spring,\" one senior negotiator said.\n")
    assert "Ilse Brandt" not in _speaker_of(ex, "cut by spring")
    assert _speaker_of(ex, "not move on the quota") == {"Ilse Brandt"}
    # a text with no author of its own still speaks for the one quoted before it
    ex = extracted("Grain talks\nFarm Minister Ilse Brandt issued a statement on Monday. \"We want a fair quota. "
                   "We will not sign a bad deal,\" the statement said.\n")
    assert _speaker_of(ex, "not sign a bad deal") == {"Ilse Brandt"}


def test_a_foreign_office_spokesperson_after_a_quote_speaks_for_that_state() -> None:
    ex = extracted("Fisheries talks\nIceland and Britain met in Reykjavik on Tuesday. Iceland's fisheries minister, "
                   "Gudrun Olafsdottir, said the quota was unfair.\n\"No quota has been agreed,\" a Foreign Office "
                   "spokesperson said.\n")
    assert _speaker_of(ex, "No quota has been agreed") == {"United Kingdom"}


def test_initials_never_spelled_out_in_parentheses_still_name_their_body() -> None:
    # "NUMW regional president X": the initials of a body named in full before, with an adjective in the office
    ex = extracted("Mine strike\nThe National Union of Metal Workers rejected the pay offer on Monday. NUMW "
                   "regional president Tomas Varga said the strike would go on.\n")
    union = next(a for a in ex.actors if a.name == "National Union of Metal Workers")
    assert "NUMW" in union.aliases
    assert next(a for a in ex.actors if a.name == "Tomas Varga").affiliations == ["National Union of Metal Workers"]
    assert not any(a.name == "NUMW" for a in ex.actors)


def test_a_states_postal_service_is_a_body_not_a_newspaper() -> None:
    ex = extracted("Parcel strike\nAustralia Post raised its pay offer on Tuesday. The union said the offer fell "
                   "short. Australia Post said it could not pay more.\n")
    post = next((a for a in ex.actors if a.name == "Australia Post"), None)
    assert post is not None and post.type == "Organization"
    assert _speaker_of(ex, "could not pay more") == {"Australia Post"}
    # a city's paper is still an outlet
    ex = extracted("Parcel strike\nThe union rejected the offer, the Melbourne Post reported on Tuesday.\n")
    assert not any(a.name == "Melbourne Post" for a in ex.actors)


def test_a_capitalised_word_that_classes_a_body_is_no_body_of_its_own() -> None:
    # "the Crown corporation": the body is the corporation, "Crown" only says what kind it is
    ex = extracted("Rail strike\nVia Norte raised its offer on Tuesday. By the evening the Crown corporation had "
                   "put a revised package on the table, and the union said it would study it.\n")
    assert not any(a.name == "Crown" for a in ex.actors)


def _mention_of(ex: Extraction, surface: str) -> set[str]:
    return {a.name for a in ex.actors if surface in a.aliases or a.name == surface}


def test_a_name_read_as_a_place_beside_a_leaders_office_is_a_person() -> None:
    # "X Y, the opposition leader," : NER's place is a person; her party's plan is hers
    ex = extracted("Budget row\nThe vote split the chamber. Kemi Okafor, the Labour leader, accused the cabinet of "
                   "cutting too deep and said her party would reverse the cuts.\n")
    kemi = _actor(ex, "Kemi Okafor")
    assert kemi.type == "Person" and "the Labour leader" in kemi.aliases


def test_he_after_a_quote_is_not_a_plural_or_quoted_subject() -> None:
    # '"Both leaders want this," he told reporters': "both leaders" inside a quote is not "he"
    ex = extracted("Lake talks\nThe mediator for the region, Tom Carrow, chaired the talks in Nairobi on Monday.\n"
                   "The old treaty was declared void after the fall of Yoweri Museveni.\nCarrow said after the "
                   "meeting that the two sides were \"closer than ever\" to a deal and that he hoped it could be "
                   "signed in June. \"Both leaders want this. Nobody gains from delay,\" he told reporters. He urged "
                   "Kenya to lift the ban on fishing.\n")
    assert _speaker_of(ex, "Nobody gains from delay") == {"Tom Carrow"}
    assert {d.by for d in ex.demands if "lift ban" in d.what} == {"Tom Carrow"}


def test_it_opening_a_sentence_is_the_body_not_a_document_named_in_passing() -> None:
    # "… a breach of the WHO's own charter. It demanded …": "it" is the subject body, not the charter's author
    ex = extracted("Aid talks\nThe Sahel Farmers Network, which groups 30 cooperatives, called the cuts a breach of "
                   "the UN's own charter. It demanded that farmers be given seats at the table.\n")
    assert {d.by for d in ex.demands if "seats" in d.what} == {"Sahel Farmers Network"}
    # a document that is itself the object still speaks for its author
    ex = extracted("Border talks\nThe Ostrian delegation handed the mediators a list of demands on Monday. It calls "
                   "for the withdrawal of all troops.\n")
    assert not any(d.by == "United Nations" for d in ex.demands)


def test_the_union_is_a_union_named_so_not_a_body_of_the_federation() -> None:
    # "Civil Service of the Federation" is no federation nor union; "THE Dockers Union of Ghana" is the union
    ex = extracted("Port strike\nTHE Dockers Union of Ghana (DUG) on Monday rejected the offer. The talks were "
                   "chaired by a former head of the Civil Service of the Federation, Kofi Mensah. The union also "
                   "wants a housing fund for its members.\n")
    assert _mention_of(ex, "The union") == {"Dockers Union of Ghana"}
    assert {d.by for d in ex.demands if "housing fund" in d.what} == {"Dockers Union of Ghana"}
    assert not any(a.name == "Civil Service of the Federation" and "The union" in a.aliases for a in ex.actors)


def test_a_body_name_cut_at_its_last_of_is_read_whole() -> None:
    ex = extracted("Campus strike\nThe Committee of Vice-Chancellors of Ugandan Universities, in a communique on "
                   "Tuesday, urged the government to improve its offer and the union to consider a suspension of the "
                   "strike.\n")
    names = _names(ex)
    assert "Committee of Vice-Chancellors of Ugandan Universities" in names
    assert not any(n.endswith(" of") for n in names)


def test_a_title_before_a_full_stop_makes_the_name_after_it_a_person() -> None:
    ex = extracted("Campus strike\nThe dispute turned on Tuesday when the Minister of Labour, Barr. Uche "
                   "Ozo-Obi, referred it to the industrial court, asking the court to order the staff back.\n")
    assert _actor(ex, "Uche Ozo-Obi").type == "Person"


def test_a_past_appeal_after_a_participles_quoted_present_clause_is_the_main_subjects() -> None:
    # "X backed them, saying the law "guts …", and called on Y …": X called on Y, not the law's owner
    ex = extracted("Rail strike\nThe Rail Workers Federation backed the drivers, saying the minister's repeated use "
                   "of emergency powers \"guts the right to strike,\" and called on Canberra to withdraw the order.\n")
    by = {d.by for d in ex.demands if "withdraw" in d.what}
    assert by == {"Rail Workers Federation"}
    # the capital addressed by "called on" is its state
    assert {o for d in ex.demands if "withdraw" in d.what for o in d.of} == {"Australia"}


def test_her_government_is_the_state_of_a_person_whose_state_is_only_an_adjective() -> None:
    ex = extracted("Farm protest\nChilean President Gabriela Rojas said on Monday that the old tariff could not "
                   "return. But she said her government would not use force against the farmers.\n")
    chile = _actor(ex, "Chile")
    assert "her government" in chile.aliases


def test_a_party_named_by_its_members_is_an_actor() -> None:
    ex = extracted("Treaty vote\nThe Social Democrats and the Greens said they would back the treaty. The Liberal "
                   "Democrats said the treaty went too far. The Germans said nothing.\n")
    names = _names(ex)
    assert {"Social Democrats", "Greens", "Liberal Democrats"} <= names
    assert _speaker_of(ex, "went too far") == {"Liberal Democrats"}
    assert "Germans" not in names  # a nationality is its state
    # a party named inside someone's quote is a jibe, not a party that acts
    ex = extracted("Treaty vote\n\"The Liberals are selling out the farmers,\" the opposition leader, Jan Brandt, "
                   "said on Monday.\n")
    assert not any(a.name == "Liberals" for a in ex.actors)


def test_another_office_before_a_name_is_that_persons_alias() -> None:
    # "Another X, Y,": the office is Y's, and "Another" is not read as "her"
    ex = extracted("Valley talks\nSheikh Adel Nasr, the most senior cleric in the valley, rejected the deal on "
                   "Sunday because it gave the army too much power. Another senior cleric, Sheikh Bassam Hilal, took "
                   "a different view and said that the deal was a good start for the people of the valley.\n")
    bassam = _actor(ex, "Bassam Hilal")
    assert "Another senior cleric" in bassam.aliases
    assert not any(x.startswith("her ") for x in bassam.aliases)


def test_a_word_before_a_states_name_that_heads_it_makes_one_body() -> None:
    # "Universities UK said", "the leader of Reform UK": a body named with its country, not the country
    ex = extracted("Visa row\nNigel Farage, the leader of Reform UK, called the scheme a mistake and said his party "
                   "would hold a rally on Saturday. Colleges UK, which represents principals, said it could back the "
                   "change only if ministers made good the lost income.\n")
    names = _names(ex)
    assert {"Reform UK", "Colleges UK"} <= names
    assert _speaker_of(ex, "could back the change") == {"Colleges UK"}
    assert "United Kingdom" not in {p.holder for p in ex.positions}


def test_a_malaysian_honorific_is_no_part_of_the_name() -> None:
    ex = extracted("Sea talks\nMalaysia's Foreign Minister, Datuk Seri Aziz Harun, said his country backed a code "
                   "that was practical and workable.\n")
    assert any(a.name == "Aziz Harun" for a in ex.actors)
    assert not any(a.name.startswith("Seri ") for a in ex.actors)


def test_his_party_is_the_party_his_description_names() -> None:
    # "X, the leader of Y, said his party would …": Y; a body learnt only through "Its leader" is not enough
    ex = extracted("Visa row\nNigel Farage, the leader of Reform UK, called the scheme a mistake and said his party "
                   "would hold a rally outside Parliament on Saturday.\n")
    reform = _actor(ex, "Reform UK")
    assert "his party" in reform.aliases


def test_a_two_word_adjective_names_its_own_state_not_the_neighbour_in_its_last_word() -> None:
    # spaCy splits "North Korean" into "North" + "Korean": the ministry is North Korea's, not South Korea's
    ex = extracted("Border talks\nSEOUL - North Korea and South Korea met at Panmunjom on Monday. Seoul says "
                   "Pyongyang broke the 2018 accord. The North Korean defence ministry denies the charge, saying "
                   "its guards only fired warning shots.\n")
    assert {c.by for c in ex.claims if "warning shots" in c.claim} == {"North Korea"}


def test_a_two_word_adjective_before_a_crowd_makes_it_that_states() -> None:
    # "Sierra Leonean fishermen": Sierra Leone's, and no bare "Leonean" reading of the last word
    ex = extracted("Fishing row\nFREETOWN - Liberia and Sierra Leone held talks on Tuesday about trawler licences. "
                   "Sierra Leonean fishermen said the deal would ruin them and demanded compensation from the "
                   "government.\n")
    fishermen = [a for a in ex.actors if a.name.lower().endswith("fishermen")]
    assert fishermen and "Sierra Leone" in fishermen[0].affiliations


def test_a_lower_case_description_before_a_bodys_name_is_that_bodys_alias() -> None:
    # "the farmers' party Green Valley League …": "the farmers' party" is the League from then on
    ex = extracted("Budget vote\nThe coalition needs outside votes to pass the budget. The agrarian party Green Valley "
                   "League said on Monday it would vote against the bill unless diesel subsidies were kept.\n")
    league = _actor(ex, "Green Valley League")
    assert any(x.lower() == "the agrarian party" for x in league.aliases)


def test_a_description_before_a_capitals_name_is_not_the_states_alias() -> None:
    # "the armed movement Kigali blames …": the capital is the verb's subject, not the movement's name
    ex = extracted("Border talks\nCongo asked Rwanda to hand over commanders of the Liberation Front of the Hills, "
                   "the armed movement Kigali blames for raids in the north.\n")
    assert not any(x.lower() == "the armed movement" for a in ex.actors if a.type == "State" for x in a.aliases)


def test_the_first_word_of_a_two_word_adjective_is_no_part_of_the_office() -> None:
    # "former Costa Rican trade minister X": Costa Rica's, and the office is not "Costa trade minister"
    ex = extracted("Coffee talks\nBOGOTA - The talks were chaired by former Costa Rican trade minister Laura Chaves, "
                   "who said both delegations were close to a deal.\n")
    chaves = _actor(ex, "Laura Chaves")
    assert "Costa Rica" in chaves.affiliations
    assert not any("Costa " in r for r in chaves.roles)


def test_an_office_of_a_described_place_is_the_holder_named_later() -> None:
    # "the state's labour minister …" in the lead, "Labour Minister X" further on: the same person
    ex = extracted("Bus strike\nPERTH - Drivers stopped work on Monday, and the state's labour minister has called "
                   "both sides to a meeting. The union said it would attend. Labour Minister Karen Doyle said on "
                   "Tuesday that she expected a deal within a week.\n")
    doyle = _actor(ex, "Karen Doyle")
    assert any(x.lower() == "the state's labour minister" for x in doyle.aliases)


def test_a_surname_ner_takes_for_a_nationality_still_speaks_for_its_person() -> None:
    # "Babacan, whose call … for Farouk …, said he …": the surname NER tags NORP is the person, and "he"
    # is the reporting verb's subject, not the person named inside the clause hanging off it
    ex = extracted("Port deal\nThe dockers' union leader Selim Babacan met the port authority on Monday, with mediator "
                   "Omar Farouk.\nBabacan, whose call in May for Farouk to join the talks broke the deadlock, said he "
                   "still supported the pay deal.\n")
    holders = {p.holder for p in ex.positions if "pay deal" in p.target}
    assert holders == {"Selim Babacan"}
    assert "Babacan" in _actor(ex, "Selim Babacan").aliases


def test_a_family_name_first_clipped_to_its_first_word_is_that_person() -> None:
    # "Choi said" after "Choi Min-jun": NER's one-word body is the person named family name first
    ex = extracted("Shipyard talks\nThe shipbuilder's chief negotiator, Senior Vice President Choi Min-jun, said the "
                   "revised offer was final. \"We cannot pay more this year,\" Choi said in a note to staff on Friday.\n")
    assert [a.name for a in ex.actors if "Choi" in a.name] == ["Choi Min-jun"]
    assert {s.speaker for s in ex.statements} == {"Choi Min-jun"}


def test_a_hyphenated_given_name_cut_by_ner_is_one_person() -> None:
    # "Baek Hyun" (NER stopped at the hyphen) and "Baek Hyun-woo": one person
    ex = extracted("Chip talks\nHanil Motors' head of labour relations, Executive Vice President Baek Hyun-woo, said the "
                   "revised offer was the best the company could do. \"We ask the union to move too,\" Baek said in a "
                   "message to employees on Tuesday night.\n")
    assert [a.name for a in ex.actors if a.type == "Person"] == ["Baek Hyun-woo"]


def test_a_legislators_short_title_is_no_part_of_the_name() -> None:
    # "Labour MP Sarah Jennings", "The Conservative MEP Daniel Okafor": the title goes to the aliases
    ex = extracted("Border row\nOpposition Labour MP Sarah Jennings accused the government of having surrendered fishing "
                   "rights. The Conservative MEP Daniel Okafor said the deal was fair.\n")
    names = {a.name for a in ex.actors if a.type == "Person"}
    assert names == {"Sarah Jennings", "Daniel Okafor"}


def test_the_last_word_of_a_portfolio_is_no_part_of_the_ministers_name() -> None:
    # "Minister of Energy and Mines Bounleuth Sisoulath": NER's person starts at "Mines"
    ex = extracted("River talks\nLao Deputy Minister of Energy and Mines Bounleuth Sisoulath told the session on Tuesday "
                   "that the period had ended. Bounleuth said Laos would proceed.\n")
    assert [a.name for a in ex.actors if a.type == "Person"] == ["Bounleuth Sisoulath"]


def test_a_short_name_in_brackets_after_a_body_is_its_alias() -> None:
    # "The Peru Textile and Clothing Association (Petca)": a clipped name, not only initials
    ex = extracted("Trade row\nThe Peru Textile and Clothing Association (Petca) said it backed the agreement.\n")
    body = _actor(ex, "Peru Textile and Clothing Association")
    assert "Petca" in body.aliases


@pytest.mark.parametrize("text, group, state", [
    ("Fishing row\nSenegalese fishing communities demanded that the government revoke the foreign trawler licences.\n",
     "Senegalese fishing communities", "Senegal"),
    ("Cocoa row\nGhanaian cocoa smallholders said on Friday they rejected the new price offer.\n",
     "Ghanaian cocoa smallholders", "Ghana"),
])
def test_a_nations_civil_population_is_a_group_not_its_state(text: str, group: str, state: str) -> None:
    # "Senegalese fishing communities", "Ghanaian cocoa smallholders": people of a country, not its government
    ex = extracted(text)
    assert any(a.name == group and a.type == "Group" for a in ex.actors)
    holders = {d.by for d in ex.demands} | {p.holder for p in ex.positions}
    assert holders == {group} and state not in holders


def test_a_hyphenated_office_named_in_apposition_is_not_an_earlier_person() -> None:
    # "Its secretary-general, Paul Brennan, called …": the apposition names the office holder (the parse hangs it on
    # "secretary", not on "general"), so the description is not matched to the last person named
    ex = extracted("Hospital talks\nUnison leader Maria Keane told reporters that her union would not sign. The Royal "
                   "College of Nursing, the largest nursing union, said it would stay. Its secretary-general, Paul "
                   "Brennan, called the revised offer \"a step in the right direction\" but said his union would sign "
                   "only if the pay rise was backdated.\n")
    keane = _actor(ex, "Maria Keane")
    assert not any("secretary" in x.lower() for x in keane.aliases)
    assert {p.holder for p in ex.positions if "offer" in p.target} == {"Paul Brennan"}


@pytest.mark.parametrize("text, body, person", [
    ("Rail talks\nThe train drivers' union Aslef said on Monday it would strike. Its general secretary, Mick Dolan, "
     "said the offer was an insult.\n", "Aslef", "Mick Dolan"),
    ("Farm talks\nThe growers' association Agrofresh rejected the quota on Tuesday. Its chairman, Pedro Alves, said "
     "the plan would ruin small farms.\n", "Agrofresh", "Pedro Alves"),
])
def test_a_name_after_a_body_noun_is_a_body_ner_missed(text: str, body: str, person: str) -> None:
    # "the train drivers' union Aslef said": the word after "union"/"association" names that body, and "Its
    # chairman, X" then belongs to it
    ex = extracted(text)
    org = _actor(ex, body)
    assert org.type == "Organization" and any(x.lower().startswith("the ") and "'" in x for x in org.aliases)
    assert body in _actor(ex, person).affiliations


@pytest.mark.parametrize("text, body, made_up", [
    ("Rebels disarm\nThe M23 agreed to disarm last year. Near the border, a group of 30 M23 fighters handed over their "
     "rifles on Monday. The M23 said more would follow.\n", "M23", "fighters"),
    ("Militia talks\nIn the north, a band of 200 Hezbollah militants withdrew from the ridge on Friday, and "
     "Hezbollah said the move was a gesture.\n", "Hezbollah", "militants"),
])
def test_a_group_of_a_named_bodys_members_is_that_body(text: str, body: str, made_up: str) -> None:
    # "a group of 40 X fighters burned their rifles": some of X's own members act, so X acts; no actor is made up
    # out of the count ("Group of 30 M23 fighters")
    ex = extracted(text)
    assert not any(made_up in a.name.lower() for a in ex.actors)
    assert any(a.name == body or body in a.aliases for a in ex.actors)


def test_a_body_placed_at_a_named_firm_is_not_that_firm() -> None:
    # "The biggest union at Korvana Motors rejected …": the union is one of the firm's parts, never the firm
    ex = extracted("Korvana union rejects pay offer\nThe biggest union at Korvana Motors on Monday rejected the company "
                   "offer. Korvana Motors said it would keep talking. The Korvana Workers Union said its members would "
                   "strike.\n")
    assert not any("union" in x.lower() for a in ex.actors if "union" not in a.name.lower() for x in a.aliases)
    assert "The biggest union" in _actor(ex, "Korvana Workers Union").aliases


@pytest.mark.parametrize("text, person, body", [
    ("Patrol talks\nIn a statement on Friday, the Ministry of External Affairs (MEA) said the two sides had held talks. "
     "MEA spokesperson Ritika Sharma said India was \"studying\" the plan.\n", "Ritika Sharma", "Ministry of External Affairs"),
    ("Water talks\nIn a statement on Friday, the Ministry of Water (MOW) said the two sides had held talks. MOW "
     "spokesperson Kavita Sharma said Nepal was \"studying\" the plan.\n", "Kavita Sharma", "Ministry of Water"),
])
def test_a_name_after_a_role_word_that_ner_took_for_a_place_is_a_person(text: str, person: str, body: str) -> None:
    # "MEA spokesperson Ritika Sharma said": NER tags the surname a place (and the given name a nationality); after an
    # office word the two words are a person's name, not a state
    ex = extracted(text)
    a = _actor(ex, person)
    assert a.type == "Person" and "spokes" in " ".join(a.roles)
    assert not any(x.type == "State" and x.name == person.split()[-1] for x in ex.actors)
    assert body in a.affiliations


def test_a_plural_possessor_is_no_part_of_an_office() -> None:
    # "The Greens' leader in the senate, X, said": the role is "leader", not "Greens ' leader"
    ex = extracted("Budget talks\nThe budget deal was struck with the Green Party. The Greens' leader in the senate, "
                   "Anna Lindqvist, said on Monday that the offer was not enough.\n")
    a = _actor(ex, "Anna Lindqvist")
    assert a.roles and all("'" not in r for r in a.roles)


@pytest.mark.parametrize("text, seat, state", [
    ("Reform talks\nFrance and the unions met on Monday. On Tuesday, Matignon circulated a revised offer, and France "
     "said it would not move further.\n", "Matignon", "France"),
    ("Peace talks\nThe Philippines and the rebels met in Oslo. Malacañang said on Monday the talks would resume, and "
     "the Philippines named a new panel.\n", "Malacañang", "Philippines"),
])
def test_a_seat_of_government_is_its_states_alias(text: str, seat: str, state: str) -> None:
    ex = extracted(text)
    assert not any(a.name == seat for a in ex.actors)
    assert seat in _actor(ex, state).aliases


def test_a_state_named_trade_body_cut_at_its_and_keeps_the_state_word() -> None:
    # NER: "The Bangladesh Garment" + "and Knitwear Exporters Association": one name, the state's word first
    ex = extracted("Textile exporters reject wage offer\nThe Kenya Tea and Coffee Growers Association said on Monday "
                   "it would not accept the new levy.\n")
    assert any(a.name == "Kenya Tea and Coffee Growers Association" for a in ex.actors)


def test_a_persons_government_is_the_state_they_are_later_known_to_serve() -> None:
    # "Okafor replied that her government would not …": the person's state is learnt after the sentence is read
    # (her title comes later), so "her government" is resolved once the article is read, as that state
    ex = extracted("Visa talks\nGhana and Togo met in Accra on Monday. Okafor replied that her government \"will not "
                   "reopen the border\" before June. Ghana's Foreign Minister Ama Okafor later said the talks would go "
                   "on.\n")
    assert "her government" in _actor(ex, "Ghana").aliases


@pytest.mark.parametrize("body,crowd", [
    ("The Copper Workers Union rejected the company's offer on Monday. Villagers near the pit said the dust had "
     "worsened, while truck drivers queued at the gate.", "truck drivers"),
    ("The Ministry of Mines rejected the union's offer. Meanwhile, residents of the valley fled as the two "
     "sides traded blame for the shortages.", "residents"),
    ("The Interior Ministry closed the crossing on Friday. Hundreds of traders were stranded, and the traders "
     "slept in their lorries.", "traders"),
], ids=["drivers", "residents", "traders"])
def test_a_described_crowd_that_is_only_a_subject_is_no_party(body: str, crowd: str) -> None:
    """"truck drivers queued at the gate": a collective never named acts only through an event, stance, demand,
    claim or statement of its own, not by being a subject (pipeline._crowd)."""
    ex = extracted("Talks stall\n\n" + body)
    acting = {a.name.lower() for a in ex.actors if a.acts}
    assert acting and not [n for n in acting if crowd in n], acting


def test_a_described_crowd_that_speaks_still_acts() -> None:
    """"Villagers near the pit said …": a speaker is a party however it is named."""
    ex = extracted("Talks stall\n\nThe Copper Workers Union rejected the company's offer on Monday. Villagers "
                   "near the pit said the dust had worsened.")
    assert any(a.name.lower() == "villagers" and a.acts for a in ex.actors), ex.actors


def test_a_group_named_in_capitals_that_is_only_a_subject_still_acts() -> None:
    """"The Mothers of the Disappeared gathered …": capitals after "the" name a group, so it is a party."""
    ex = extracted("Talks resume\n\nThe Teachers Federation rejected the offer on Monday. The Mothers of the "
                   "Disappeared gathered outside the venue as the talks opened.")
    assert any(a.name.startswith("Mothers") and a.acts for a in ex.actors), ex.actors


@pytest.mark.parametrize("body,word", [
    ("Central bank governor Lina Haddad on Wednesday presented a revised version of her hierarchy-of-claims "
     "proposal, which splits the burden among the central bank, the banks and the state.", "hierarchy-of-claims"),
    ("Union leader Ana Ruiz said the drivers want a 25-per-cent raise over four years.", "25-per-cent"),
], ids=["compound", "figure"])
def test_proposal_names_keep_words_split_at_a_hyphen(body: str, word: str) -> None:
    """common.compact takes a hyphenated word whole: the parser hangs its pieces apart, and a name cut inside
    a word ("25-raise" for "25-per-cent raise") no longer reads as the article wrote it."""
    ex = extracted("Talks\n\n" + body)
    assert any(word in p.name for p in ex.proposals), [p.name for p in ex.proposals]


@pytest.mark.parametrize(("text", "body", "act"), [
    pytest.param("Port strike\nThe Dockers' Union said on Monday it would strike at the container terminal.\n",
                 "Dockers' Union", None, id="ner-misses-the-name"),
    pytest.param("Pit talks\nThe Miners' Guild rejected the offer from the Port Authority on Monday.\n",
                 "Miners' Guild", "REJECT", id="ner-takes-the-last-word-for-a-person"),
])
def test_a_short_body_name_opening_with_a_plural_possessive_is_one_body(text: str, body: str, act: str | None) -> None:
    """"the Dockers' Union": spaCy's small model tags none of it, or only "Guild", as a person; the
    capitalised plural before the apostrophe opens the body's name."""
    ex = _mini(text)
    assert body in _names(ex) and not _names(ex) & {"Union", "Guild", "Dockers", "Miners"}, _names(ex)
    if act:
        assert any(e.type == act and body in e.sources for e in ex.events), [(e.type, e.sources) for e in ex.events]


def test_a_firm_named_without_its_trade_words_is_the_firm() -> None:
    """"Corvel Mining" after "Corvel Mining Resources": NER may tag the short form as a body, and a body's
    name with its trailing trade or legal words clipped is the same firm, not a second one."""
    ex = _mini("Mine talks\nThe government on Monday rejected an offer by Corvel Mining Resources to raise royalties. "
               "Corvel Mining said in a statement that it would keep its arbitration claims alive.\n")
    assert "Corvel Mining Resources" in _names(ex) and "Corvel Mining" not in _names(ex), _names(ex)


def test_a_name_that_modifies_a_thing_is_no_person() -> None:
    """"outside the Kelvin Drake depot": a two-word name spaCy tags as a person but that only modifies a
    common noun names the thing (a depot, a base, payment terms), not someone who acts."""
    ex = _mini("Bin strike\nTwo pickets were arrested outside the Kelvin Drake depot on Monday morning after lorries "
               "were blocked from leaving, West Midlands Police said.\n")
    assert "Kelvin Drake" not in _names(ex), _names(ex)


def test_a_nationals_leader_may_be_its_prime_minister() -> None:
    """"The Dutch leader" after "Dutch Prime Minister X" and "President Y" of another state: a prime
    minister leads, so the description is hers, and the president does not take her nationality."""
    ex = _mini("Border talks\nDutch Prime Minister Anneke Visser flew to Tunis on Monday and met President Hamid "
               "Zarrouk at the palace. The Dutch leader told reporters that the money would not be released.\n")
    visser, zarrouk = _actor(ex, "Anneke Visser"), _actor(ex, "Hamid Zarrouk")
    assert zarrouk is not None and "Netherlands" not in zarrouk.affiliations, zarrouk
    assert visser is not None and "The Dutch leader" in visser.aliases, visser


def test_the_subject_of_a_passive_report_is_not_its_speaker() -> None:
    """"Norland was accused of …", "to be added at home": who a passive report is about never speaks;
    its agent ("dismissed by the Harbour Guild") does."""
    ex = _mini("Grain talks\nThe Harbour Guild said the quota rules were unfair. Last year Norland was accused of "
               "hoarding grain at the border. Norland wants half of the value to be added at home. The offer had "
               "been dismissed by the Harbour Guild as a stunt.\n")
    said = {(st.speaker, st.evidence.text[:13]) for st in ex.statements}
    assert not any(sp == "Norland" for sp, _ in said)
    assert ("Harbour Guild", "The offer had") in said


def test_an_unnamed_spokesperson_speaks_for_the_body_the_sentence_before_is_about() -> None:
    """"The ministry disputed that account. A spokesperson said …": the unnamed voice is that body's;
    "a Lakeside spokesman" names a body of its own and is not given the one before."""
    ex = _mini("Fishing talks\nThe Coastal Fishers Union said the trawlers had crossed the line. The Marine Safety "
               "Agency disputed that account. A spokesperson said no vessel had entered the zone on Monday. "
               "The Coastal Fishers Union rejected the plan. A Lakeside spokesman said the plan was fair.\n")
    said = {st.speaker for st in ex.statements if "no vessel" in st.text}
    assert said == {"Marine Safety Agency"}
    assert not any(st.speaker == "Coastal Fishers Union" and "fair" in st.text for st in ex.statements)


def test_sources_counted_not_named_give_no_speaker() -> None:
    """"according to two people familiar with the talks": counted, unnamed sources are nobody the
    article names, not the person last mentioned."""
    ex = _mini("Water talks\nThe mediator, Karl Obst, met both delegations in Vienna on Monday. The Upland Farmers "
               "League said it wanted more water. The vote on the accord has been delayed by a month, according to "
               "two people familiar with the talks.\n")
    assert not any("delayed" in st.evidence.text for st in ex.statements)


def test_a_person_after_a_long_title_is_found_by_a_listed_given_name() -> None:
    """"Minister for Disarmament and Reintegration Ximena Toldar": NER may tag nothing after a long title (or
    take the title's tail into the name), so a given name of the lexicon's lists (common names of many regions)
    opens the person."""
    ex = _mini("Mine deal\nMinister for Disarmament and Reintegration Ximena Toldar rejected the accusation on "
               "Wednesday, saying the text was the one signed in Astrava. She also warned that the bill would not "
               "go to parliament.\n")
    a = _actor(ex, "Ximena Toldar")
    assert a is not None and a.type == "Person", _names(ex)
    ex = _mini("Land deal\nPresidential Adviser on Land Reform Aminata Kourouma rejected the accusation on "
               "Wednesday. She also warned that the bill would not go to parliament.\n")
    assert "Aminata Kourouma" in _names(ex), _names(ex)


def test_police_that_act_are_an_actor_even_when_ner_is_silent() -> None:
    """"Police said 30 people were detained", "which the police denied": the force acts (it reports,
    it denies) and is an actor, though NER labels neither mention."""
    ex = _mini("Harbour protest\nThousands marched through the port of Velmora on Friday to oppose the new "
               "terminal. Police said 30 people were detained after a group of dockers tried to block the gate; "
               "the dockers' union accused officers of beating a peaceful crowd, which the police denied.\n")
    a = _actor(ex, "Police")
    assert a is not None and a.type == "Organization", _names(ex)


def test_bare_police_are_the_one_police_body_the_article_names() -> None:
    """"Police fired tear gas … Harbour District Police said": the bare police are the force named later,
    not a second actor."""
    ex = _mini("Harbour protest\nPolice fired tear gas to disperse strikers at the gate on Monday. Harbour District "
               "Police said officers had acted after stones were thrown, a version the union disputes.\n")
    a = _actor(ex, "Harbour District Police")
    assert a is not None and "Police" not in _names(ex) and len(a.mentions) == 2, (_names(ex), a)


def test_a_government_named_for_a_province_is_a_body_of_its_own() -> None:
    """"The Kerala government said …": a government named for a place no gazetteer lists as a state is
    the region's own government, an actor named as written (not dropped, not the national state)."""
    ex = _mini("Camp talks\nThe talks in New Delhi involved officials of the Ministry of Home Affairs and the Kerala "
               "government. The Kerala government, in a statement on Sunday, said it \"did not object\" to a short "
               "extension, provided that the camps were moved.\n")
    a = _actor(ex, "Kerala government")
    assert a is not None and a.type == "Organization", _names(ex)


def test_a_regional_government_named_by_its_demonym_is_the_region() -> None:
    """"the Galician regional executive", "the Galician government" and "Galicia" acting: the demonym's
    government is that region's, one actor, not further ones named as written."""
    ex = _mini("Madrid offers Galicia tax deal\nThe Spanish government and the Galician regional executive moved "
               "closer on Wednesday to a deal on income tax. Galicia has demanded control over its own income tax "
               "for years. The Galician government said it wanted the transfer signed by June.\n")
    a = _actor(ex, "Galicia")
    assert a is not None and not {n for n in _names(ex) if n.startswith("Galician")}, (_names(ex), a)
    assert any(x.startswith("Galician") for x in a.aliases), a


def test_a_regions_governments_named_by_its_demonym_are_one_body() -> None:
    """"the Galician regional executive … the Galician government" with the region never acting alone:
    one body, the first named."""
    ex = _mini("Tax talks\nThe Spanish government and the Galician regional executive moved closer on Wednesday "
               "to a deal on income tax. The Galician government said it wanted the transfer signed by June.\n")
    assert {n for n in _names(ex) if n.startswith("Galician")} == {"Galician regional executive"}, _names(ex)


@pytest.mark.parametrize("subject", ["The opposition leader", "The 79-year-old opposition leader"])
def test_a_description_with_a_qualifier_is_the_person_whose_office_has_it(subject: str) -> None:
    """"The opposition leader" after "Ruto, the party leader": the leader whose office says "opposition", not
    the leader named last; an age before the office reads the same way."""
    ex = _mini("Talks\nPresident William Ruto met opposition leader Raila Odinga on Monday. Ruto, the party leader, "
               f"said the talks were useful. {subject} rejected the offer.")
    assert [e.sources for e in ex.events if e.type == "REJECT"] == [["Raila Odinga"]]


def test_an_age_stands_for_the_person_last_named() -> None:
    """"… the 61-year-old said": an age with no name is the person the story has just named, so the
    quote is his; with an office after it ("the 47-year-old opposition leader") the one in that office."""
    ex = extracted("Port talks\nThe dockers' leader, Tomas Varga, rejected the offer on Monday. \"We will not sign "
                   "this,\" the 61-year-old said.\n")
    assert _speaker_of(ex, "We will not sign") == {"Tomas Varga"}
    ex = extracted("Budget vote\nOpposition Leader Piet Kramer walked out of the chamber on Monday. Prime Minister "
                   "Anna Lindqvist said the budget would pass. The 47-year-old opposition leader has demanded that the "
                   "government publish its cost estimates.\n")
    assert any(d.by == "Piet Kramer" and "cost estimates" in d.what for d in ex.demands), ex.demands


def test_an_age_after_an_unnamed_person_is_that_person() -> None:
    """"A guard was hurt …. The 33-year-old was treated …": the age is the unnamed guard's, not the
    spokesman's named before."""
    ex = extracted("Mine protest\nCompany spokesman Ivo Brandt said the mine would reopen on Monday. A guard was "
                   "injured when protesters stormed the gate, police said. The 33-year-old was treated in hospital.\n")
    brandt = _actor(ex, "Ivo Brandt")
    assert brandt is not None and not any("year-old" in x for x in brandt.aliases), brandt


def test_a_nationality_taken_for_a_person_is_no_actor() -> None:
    """NER reads "Papua New Guineans" in a quote as a person's name: a state's demonym (or its plural)
    is never a person."""
    ex = extracted("Island talks\nThe deal lets thousands of Papua New Guineans train abroad. \"Our sons will remain "
                   "Papua New Guineans,\" Defence Minister Mary Toka said.\n")
    assert not any(a.name.startswith("Papua New Guinean") for a in ex.actors), _names(ex)


def test_an_office_with_a_portfolio_before_a_name_is_that_persons_title() -> None:
    """"Minister for Fisheries and Ocean Affairs Lena Okoro": the whole capitalised portfolio is her
    title (the walk back from the name does not stop at "and"/"for"), so "The minister said" later is her."""
    ex = extracted("Fishing talks\nMinister for Fisheries and Ocean Affairs Lena Okoro met trawler owners on Monday. "
                   "The owners said the quota was too low. The minister said the quota would stand.\n")
    a = _actor(ex, "Lena Okoro")
    assert a is not None and "Minister for Fisheries and Ocean Affairs" in a.aliases, a
    assert _speaker_of(ex, "The minister said") == {"Lena Okoro"}


def test_states_named_by_the_word_of_the_one_bloc_are_that_bloc() -> None:
    """"Balkan states said …" beside the "Balkan Group": one actor, the bloc (its word, or the
    word it stems from: a "Balkans Group" too), not a second crowd of states."""
    for bloc in ("Balkan Group", "Balkans Group"):
        ex = extracted(f"River talks\nThe {bloc} tabled a draft treaty on fishing quotas on Monday. Balkan states "
                       "said the draft would protect fish stocks and urged other delegations to back it.\n")
        assert _actor(ex, bloc) is not None and "Balkan states" not in _names(ex), _names(ex)


def test_the_two_sides_of_a_dispute_are_no_single_state() -> None:
    """"The two sides agreed to meet again" in a strike: the story's one state is at most one side, so the
    joint act is not credited to that state alone."""
    ex = extracted("Ferry strike\nOSLO – The Harbour Pilots Guild rejected the latest offer from Tidewater Ferries on "
                   "Monday, and the Norwegian government urged a deal. The two sides agreed to meet again on Friday.\n")
    assert not any(e.sources == ["Norway"] and "two sides" in e.label for e in ex.events), \
        [(e.type, e.sources, e.label) for e in ex.events]


def test_a_state_body_in_a_seat_of_government_speaks_for_its_state() -> None:
    """"The presidency in Pretoria dismissed the charge": a state body with no modifier of its own, set in a
    seat of government, is that seat's state."""
    ex = extracted("Trade row\nWashington accused Brazil of dumping steel on Monday. Farm lobbies in Ohio cheered. "
                   "The presidency in Brasilia dismissed the charge as false.\n")
    assert any(e.type == "REJECT" and "Brazil" in e.sources for e in ex.events), \
        [(e.type, e.sources, e.label) for e in ex.events]


def test_a_body_described_in_apposition_after_its_name_is_that_body() -> None:
    """"Tekna, the union representing engineers, said …": the description right after the name, past a comma,
    is the body just named, not another body whose name holds a word of the same kind ("… Association")."""
    ex = extracted("Oil talks\nThe Offshore Drillers Association met the ministry on Monday. Kari Lund, president of "
                   "Tekna, the union representing most offshore engineers, said the union would strike on Friday.\n")
    tekna = _actor(ex, "Tekna")
    assert tekna is not None and "the union" in tekna.aliases, _names(ex)
    drillers = _actor(ex, "Offshore Drillers Association")
    assert drillers is None or "the union" not in drillers.aliases, drillers


def test_a_crowd_of_strikers_is_the_leading_union_of_the_story() -> None:
    """"Striking workers blocked the gate" beside two workers' bodies: the crowd on strike is the members of the
    union the story is most about, not a third actor (its word alone fits both names)."""
    ex = extracted("Port strike\nThe Harbour Workers' Union rejected the latest offer from Bayline Ports on Monday. "
                   "The Harbour Workers' Union said the strike would go on, and the Transport Workers' Federation "
                   "backed it. Dozens of striking workers blocked the main gate on Tuesday.\n")
    union = _actor(ex, "Harbour Workers' Union")
    assert union is not None and "Striking workers" not in _names(ex), _names(ex)


def test_a_states_ministry_named_after_anothers_of_the_same_kind_is_its_own() -> None:
    """"the Kenyan Foreign Ministry" … "Uganda's Foreign Ministry summoned …": the second is Uganda's ministry, named
    for Uganda alone, not the first one's name with a second demonym put before it."""
    ex = extracted("Lake row\nIn a note handed to the Ugandan embassy in Nairobi, the Kenyan Foreign Ministry set out its "
                   "terms. Uganda's Foreign Ministry summoned Kenya's ambassador on Tuesday and demanded an apology.\n")
    names = _names(ex)
    assert "Ugandan Foreign Ministry" in names, names
    assert not any("Ugandan Kenyan" in n or "Kenyan Ugandan" in n for n in names), names


def test_a_person_in_apposition_to_a_two_portfolio_office_is_no_place() -> None:
    """"Uganda's mines and energy minister, Ruth Akello, said …": the parser may hang the name on "mines", but one
    place is never the apposition of a plural noun: she is a person."""
    ex = extracted("Lake row\nKenya and Uganda met in Kampala on Tuesday. Uganda's mines and energy minister, Ruth Akello, "
                   "insisted the cut had nothing to do with the tariff.\n")
    assert "Ruth Akello" in _names(ex), _names(ex)


def test_a_crowd_keeps_the_modifier_of_its_compound() -> None:
    """"Civil liberties groups condemned …": the crowd's name takes the modifier of its compound word too, not only
    the head's own modifiers ("Liberties groups" is no one)."""
    ex = extracted("Protest law\nThe parliament passed the protest law on Monday. Civil liberties groups condemned "
                   "the vote on Tuesday.\n")
    assert "Civil liberties groups" in _names(ex), _names(ex)


def test_a_state_adjective_opening_a_places_name_is_no_state() -> None:
    """"Irish Sea fishermen": the adjective is the first word of a sea's name, so the crowd is named whole and
    belongs to no state by it."""
    ex = extracted("Quota row\nBritain and Norway met in London on Monday. Irish Sea fishermen blocked the port of "
                   "Holyhead on Tuesday, saying the quota was unfair.\n")
    crowd = _actor(ex, "Irish Sea fishermen")
    assert crowd is not None and "Ireland" not in crowd.affiliations, [(a.name, a.affiliations) for a in ex.actors]


def test_a_name_cut_inside_its_hyphened_particles_is_read_whole_with_its_initials() -> None:
    """"Ansar Bayt al-Maqdis wal-Jihad, the Sinai-based group known as ABM,": NER stops before "wal-Jihad"; the
    name goes on with its next particle, and the initials given after a description are its other name."""
    ex = extracted("Sinai attack\nEgypt and Israel met in Cairo on Monday. Ansar Bayt al-Maqdis wal-Jihad, the "
                   "Sinai-based group known as ABM, claimed the attack on Tuesday. ABM said it would strike again.\n")
    group = _actor(ex, "Ansar Bayt al-Maqdis wal-Jihad")
    assert group is not None and "ABM" in group.aliases and "ABM" not in _names(ex), \
        [(a.name, a.aliases) for a in ex.actors]


def test_both_sides_of_a_dispute_between_bodies_are_those_bodies() -> None:
    """"The mayor urged both sides to settle": in a strike between a firm and a union, the two sides are the two
    bodies the story is about, not two states named in passing."""
    ex = extracted("Ferry strike\nThe Coastal Ferry Workers Union began a strike against Fjordline Group on Monday. "
                   "Fjordline Group said the strike was illegal, and the union said it would not back down. Fjordline "
                   "Group, based in Denmark, also sails to Sweden. Mayor Lena Holm urged both sides to settle before "
                   "the summer.\n")
    asked = [d.of for d in ex.demands if d.by == "Lena Holm"]
    assert any(set(of) == {"Coastal Ferry Workers Union", "Fjordline Group"} for of in asked), asked


def test_a_speaker_the_parse_hangs_on_an_opening_place_still_speaks() -> None:
    """"In Nairobi, the chairman of X, Y, said …": the parser makes the speaker an apposition of the place and
    leaves "said" no subject; the apposition speaks, and "he" later in the sentence is him."""
    ex = extracted("Vote row\nKenya and Uganda met in Kampala on Monday. Uganda's electoral chief, Paul Okello, "
                   "defended the count. In Nairobi, the chairman of Kenya's Electoral Commission, John Mwangi, said on "
                   "Friday the vote was fair and that he expected parliament to certify it.\n")
    assert "John Mwangi" in _speaker_of(ex, "the vote was fair"), _speaker_of(ex, "the vote was fair")
    assert not any(d.by == "Paul Okello" and "certify" in d.what for d in ex.demands), \
        [(d.by, d.what) for d in ex.demands]


def test_a_description_the_parse_gives_to_a_list_is_its_last_names() -> None:
    """"the guild and Fedegan, Colombia's main livestock federation, sent …": the parser hangs the description on
    the list's first member; it describes the name right before it, which is a body, not a place."""
    ex = extracted("Beef row\nThe Andean Meat Packers Guild said exports had fallen by a third. On Tuesday, the guild and "
                   "Fedegan, Colombia's main livestock federation, sent a joint letter to both ministers urging them to "
                   "lift the ban.\n")
    body = _actor(ex, "Fedegan")
    assert body is not None and body.type == "Organization", [(a.name, a.type) for a in ex.actors]


def test_an_office_before_a_name_opens_after_the_clauses_verb() -> None:
    """"X said Mali's president had spoken by phone with Chad's leader, General Y,": Y's office is "Chad's leader",
    never the clause that leads up to it, and Y is Chad's, not Mali's."""
    ex = extracted("Sahel talks\nMali and Chad met in Bamako on Monday. The minister said Mali's president had spoken "
                   "by phone with Chad's leader, General Idriss Kaboré, on Tuesday night.\n")
    leader = _actor(ex, "Idriss Kaboré")
    assert leader is not None and "Mali" not in leader.affiliations and not any(
        "spoken" in x for x in leader.aliases), leader


def test_a_firm_the_headline_names_like_a_place_is_a_body_once_described() -> None:
    """"… as Vorstahl and union clash" in the headline, "Vorstahl, Austria's largest steelmaker," in the text: NER's
    place is a firm wherever it stands, so "the company" is Vorstahl, not the union."""
    ex = extracted("Steelworkers strike as Vorstahl and union clash over closure\nLINZ – Thousands of workers downed "
                   "tools at Vorstahl's plants on Wednesday in a strike called by the PRO-GE union, a day after talks "
                   "over the company's plan to cut 2,000 jobs broke down. Vorstahl, Austria's largest steelmaker, said "
                   "the plan was final.\n")
    firm = _actor(ex, "Vorstahl")
    assert firm is not None and firm.type == "Organization", [(a.name, a.type) for a in ex.actors]


def test_a_surname_with_its_particle_capitalised_is_the_person_named_in_full() -> None:
    ex = _ex('Border talks\n"This is the first time the two states have agreed to sit down with maps rather than guns," '
             "said Saad al-Qahtani, the Saudi envoy who chaired the sessions. Al-Qahtani visited Beirut and Damascus "
             "last week to prepare this round, meeting President Joseph Aoun.\n")
    people = sorted(a.name for a in ex.actors if a.type == "Person")
    assert people == ["Joseph Aoun", "Saad al-Qahtani"], [(a.name, a.aliases) for a in ex.actors]


def test_a_name_ner_takes_for_a_body_is_a_person_where_the_article_treats_it_as_one() -> None:
    ex = _ex("Mine talks\nDashdorj Otgonbayar, who chairs the budget committee, said the deal was unfair. Among the "
             "detained is Tamaz Beruashvili, a 61-year-old farmer from the valley. The envoy said Tbilisi wanted "
             "Mr Beruashvili released.\n")
    types = {a.name: a.type for a in ex.actors}
    assert types.get("Dashdorj Otgonbayar") == "Person", types
    assert types.get("Tamaz Beruashvili") == "Person" and "Beruashvili" not in types, types


def test_a_long_spelled_out_body_name_before_its_acronym_is_one_body() -> None:
    ex = _ex("Fishing talks\nThe 24 members of the Commission for the Conservation of Southern Bluefin Tuna Stocks "
             "(CCSBTS) agreed on Thursday to extend the quota. In an opinion sent to parliament on Friday, the Autorità "
             "di Regolazione dei Trasporti e del Mercato (ARTM) called the decree a necessary step. Both sides signed "
             "the Joint Agreement on Safety and Immunity Guarantees (JASIG) in 1995.\n")
    bodies = {a.name: a.aliases for a in ex.actors if a.type == "Organization"}
    assert "CCSBTS" in bodies.get("Commission for the Conservation of Southern Bluefin Tuna Stocks", []), bodies
    assert "ARTM" in bodies.get("Autorità di Regolazione dei Trasporti e del Mercato", []), bodies
    assert not any("Agreement" in n for n in bodies), bodies


def test_a_name_ner_missed_with_a_firm_in_apposition_is_that_firm() -> None:
    ex = _ex('Krill talks\nNorway is at odds with environmental groups. Kvitfjell Marine, the Bergen-based company '
             'that operates the largest trawlers, denied this. "Our ships stay well outside the buffer zones," said '
             "Ingrid Solberg, the company's head of sustainability.\n")
    types = {a.name: (a.type, a.affiliations) for a in ex.actors}
    assert types.get("Kvitfjell Marine", ("",))[0] == "Organization", types
    assert types.get("Ingrid Solberg") == ("Person", ["Kvitfjell Marine"]), types


def test_a_committee_named_on_a_cause_keeps_the_cause_in_its_name() -> None:
    ex = _ex("Highway row\nThe Joint Action Committee on Mizo Integrity, an umbrella of civil society groups, has threatened "
             "to launch a counter-blockade of the hill districts.\n")
    assert "Joint Action Committee on Mizo Integrity" in _names(ex), _names(ex)


def test_two_capitals_ner_joins_into_one_body_stay_two_and_an_opening_preposition_names_nothing() -> None:
    ex = _ex("Krill talks\nChile's lead negotiator, Gonzalo Ríos, told reporters that Santiago and Buenos Aires had "
             "already cut the proposed area by about a fifth. Outside Government House on the main square, several "
             "hundred demonstrators gathered on Tuesday.\n")
    names = _names(ex)
    assert "Santiago and Buenos Aires" not in names and not any(n.startswith("Outside") for n in names), names


def test_a_descriptor_whose_name_the_parse_hangs_on_a_place_after_it_is_that_name() -> None:
    ex = _ex('Water talks\n"This is a first," said Omar al-Harbi, the Qatari envoy who chaired the sessions. The UN '
             "children's agency, UNICEF, said 12,000 families had returned. Its representative in Lusaka, Birgitta "
             "Lundqvist, said the agency would support voluntary returns.\n")
    envoy = _actor(ex, "Omar al-Harbi")
    assert envoy is not None and not any(x.lower().startswith("its representative") for x in envoy.aliases), envoy.aliases


def test_a_name_before_a_speakers_noun_after_an_indefinite_article_is_the_body_that_speaks() -> None:
    ex = _ex("Refinery talks\nThe ministry offered a ten-year extension on Monday. An Eqvarra spokesman said the Dutch "
             "company welcomed the offer of an extension.\n")
    assert ("Eqvarra", "Organization") in {(a.name, a.type) for a in ex.actors}, [(a.name, a.type) for a in ex.actors]
    assert any(p.holder == "Eqvarra" for p in ex.positions), [(p.holder, p.target) for p in ex.positions]


def test_the_spokesman_after_an_unnamed_spokesman_is_not_the_one_named_further_on() -> None:
    ex = _ex("Fishing talks\nLondon brushed the demand aside. A spokesman for Prime Minister Anna Kovac said the closure "
             "was not up for negotiation. The spokesman added that Britain would respond to any tariffs.\n\nA European "
             "Commission spokesman, Marco Rinaldi, said Brussels had no wish to escalate.\n")
    rinaldi = _actor(ex, "Marco Rinaldi")
    assert rinaldi is not None and rinaldi.affiliations == ["European Commission"], rinaldi.affiliations
    assert "The spokesman" not in rinaldi.aliases, rinaldi.aliases


def test_a_name_described_as_someone_who_is_a_person_whatever_ners_label() -> None:
    ex = _ex("Tennis talks\nThe players threatened a boycott. Among them is Tomas Berg of Norway, who said he would skip "
             "the event. Oumou Diallo, a former top-10 player who sits on the association's committee, said she would "
             "join the boycott only if the tour refused to fund the pension plan.\n")
    assert ("Oumou Diallo", "Person") in {(a.name, a.type) for a in ex.actors}, [(a.name, a.type) for a in ex.actors]
    assert [p.holder for p in ex.positions if "boycott" in p.target] == ["Oumou Diallo"], \
        [(p.holder, p.target) for p in ex.positions]


def test_a_name_ner_calls_a_person_is_a_body_after_a_which_or_a_body_noun_or_as_its_apposition() -> None:
    ex = _ex("Oil strike\nTwo unions walked out on Monday. Fagforbundet Olje, which has 40,000 members across the energy "
             "sector, said it would not join the strike.\n")
    assert ("Fagforbundet Olje", "Organization") in {(a.name, a.type) for a in ex.actors}, \
        [(a.name, a.type) for a in ex.actors]
    ex = _ex("Rail strike\nThe drivers walked out on Monday. The passenger association Pro Bahnkunden called on the "
             "government to push for a deal.\n")
    assert ("Pro Bahnkunden", "Organization") in {(a.name, a.type) for a in ex.actors}, \
        [(a.name, a.type) for a in ex.actors]
    ex = _ex("Oil strike\nTwo unions rejected the proposal. The largest union in the sector, Handel Kontor, accepted the "
             "same proposal on Tuesday. The supervisors' union Ledelse said it would strike.\n")
    aliases = {a.name: a.aliases for a in ex.actors}
    assert "The largest union" in aliases.get("Handel Kontor", set()), aliases
    assert "The largest union" not in aliases.get("Ledelse", set()), aliases


def test_a_firm_named_with_an_opening_preposition_keeps_its_whole_name() -> None:
    ex = _ex("Food talks\nBeyond Meat said on Tuesday it would cut 500 jobs after talks with the union failed.\n")
    firm = next((a for a in ex.actors if a.name == "Beyond Meat"), None)
    assert firm is not None and "Meat" not in firm.aliases, [(a.name, a.aliases) for a in ex.actors]


def test_a_body_name_that_ner_cut_at_its_and_takes_the_capitalised_words_after() -> None:
    """No name ends in "and": "The Ministry of Health, Sports and" + "Leisure" is one ministry."""
    ex = _ex("Rules review\nThe Ministry of Health, Sports and Leisure said on Monday it would review the rules.\n")
    names = [a.name for a in ex.actors]
    assert "Ministry of Health, Sports and Leisure" in names, names


def test_a_bodys_national_branch_keeps_its_country_and_takes_the_bodys_short_name() -> None:
    """"Oxfam Peru" (NER: a person) is one body, not Oxfam beside the state Peru; "Oxfam" later is the branch."""
    ex = _ex("Mine permits\nOxfam Peru, which has campaigned for miners for years, called on the government to "
             "suspend the permits. Oxfam said the permits were illegal.\n")
    branch = next((a for a in ex.actors if a.name == "Oxfam Peru"), None)
    assert branch is not None and "Oxfam" in branch.aliases, [(a.name, a.aliases) for a in ex.actors]
    assert not any(a.name in ("Peru", "Oxfam") for a in ex.actors), [a.name for a in ex.actors]


def test_a_one_word_name_in_apposition_after_a_body_is_its_short_name() -> None:
    """"the National Water and Sanitation Authority, Anasan.": the short name the article goes on with."""
    ex = _ex("Spill\nThe dispute began after a spill, according to the National Water and Sanitation Authority, "
             "Anasan. Anasan said on Tuesday it had fined the mine.\n")
    body = next((a for a in ex.actors if a.name == "National Water and Sanitation Authority"), None)
    assert body is not None and "Anasan" in body.aliases, [(a.name, a.aliases) for a in ex.actors]
    assert not any(a.name == "Anasan" for a in ex.actors), [a.name for a in ex.actors]


def test_a_possessive_inside_a_title_leaves_a_space_between_its_words() -> None:
    """"The union's chief negotiator X": the role reads "union chief negotiator", not "unionchief negotiator"."""
    ex = _ex("Pay talks\nThe union's chief negotiator Lucia Paredes said the offer was too low.\n")
    person = next(a for a in ex.actors if a.name == "Lucia Paredes")
    assert person.roles == ["union chief negotiator"], person.roles


def test_a_named_persons_surname_tagged_a_common_noun_still_acts() -> None:
    """"Torres was unimpressed": the tagger reads the surname of Carla Torres as a plural noun; it is her."""
    ex = _ex("Port talks\nCarla Torres, president of the Harbour Pilots Association, said the new rules were "
             "unsafe.\n\nTorres was unimpressed by the offer.\n")
    held = [(p.holder, p.stance) for p in ex.positions if "offer" in p.target]
    assert ("Carla Torres", "oppose") in held, [(p.holder, p.stance, p.target) for p in ex.positions]


def test_a_surname_the_article_also_writes_as_a_common_word_is_that_word() -> None:
    """"Price was the sticking point" after "the price of bread": the word, not Alan Price acting."""
    ex = _ex("Port talks\nAlan Price, head of the dockers' union, said the price of bread had doubled.\n\n"
             "Price was the main sticking point in the talks.\n")
    person = next(a for a in ex.actors if a.name == "Alan Price")
    assert len(person.mentions) == 1, person.mentions


def test_a_person_whose_surname_is_a_country_is_no_bodys_branch() -> None:
    """"Tarik Jordan said": no known body opens the name, so it is not a national branch like "Oxfam Peru"."""
    ex = _ex("Port talks\nTarik Jordan said on Monday the offer was too low.\n")
    assert not any(a.name == "Tarik Jordan" and a.type == "Organization" for a in ex.actors), \
        [(a.name, a.type) for a in ex.actors]


def test_a_group_described_by_its_members_is_no_group_named_otherwise() -> None:
    """"The drivers' group" is a body of drivers, not "Baltic states" just named (a group by type only)."""
    ex = _ex("Treaty talks\nBaltic states backed a compromise on Thursday that would trade the presumption for a "
             "longer review period.\n\nThe drivers' group rejected any such trade.\n")
    states = next(a for a in ex.actors if a.name == "Baltic states")
    assert not any("drivers" in x for x in states.aliases), states.aliases


def test_a_body_name_opening_with_a_plural_possessive_keeps_it_and_is_known_again_by_its_whole_name() -> None:
    """"The Somali Mothers' Alliance for Justice": NER takes "Alliance for Justice" alone the first time and
    the whole name for a title the second; both are the one body, which then demands."""
    ex = _ex("Somalia talks\nThe Somali Mothers' Alliance for Justice, which represents 30 women's groups, said on "
             "Sunday that it had been shut out of the talks.\n\nMr. Haji said the revised text had \"positive "
             "elements\" but that the junta still rejected any linkage. The Somali Mothers' Alliance for Justice said "
             "the revision was a \"surrender\" and urged member states not to endorse it.\n")
    names = [a.name for a in ex.actors]
    assert "Somali Mothers' Alliance for Justice" in names and "Alliance for Justice" not in names, names
    assert any(d.by == "Somali Mothers' Alliance for Justice" and "endorse" in d.what for d in ex.demands), \
        [(d.by, d.what) for d in ex.demands]


def test_two_spellings_of_one_name_are_one_actor_and_one_graph_node() -> None:
    """"the Montréal Port Authority … the Montreal Port Authority": the graph keys actors by the name without
    accents, case and punctuation, so two actors there would be one node with two mention counts."""
    from graph.build import actor_iri, build
    from graph.ns import PARLEY

    ex = _ex("Port talks\nThe Montréal Port Authority said on Monday it would not raise its offer.\n\n"
             "The Montreal Port Authority rejected the union proposal on Tuesday.\n")
    ports = [a for a in ex.actors if "Port Authority" in a.name]
    assert len(ports) == 1 and len(ports[0].mentions) == 2, [(a.name, a.mentions) for a in ex.actors]
    g = build(ex).article
    assert len(list(g.objects(actor_iri(ports[0].name), PARLEY.mentionCount))) == 1


def test_a_dash_opening_an_aside_is_not_part_of_a_name() -> None:
    ex = _mini("Haiti talks\nThe council would keep a non-voting seat for civil society - a concession aimed at the Montana "
               "Group - and would make the post permanent. The Montana Group said on Monday it would not join the council.\n")
    a = _actor(ex, "Montana Group")
    assert a is not None and not any(x.rstrip().endswith("-") for x in [a.name, *a.aliases])
    assert not any(b.name.endswith("-") for b in ex.actors)


@pytest.mark.parametrize("text", [
    pytest.param("Strike talks\nThe union leader, Tarik Jordan, said on Monday the workers would not return. Jordan said "
                 "the offer was an insult.\n", id="surname-after-full-name"),
    pytest.param("Labour reform\nA federal labour judge, Alicia Montenegro, granted the union an injunction on Monday. "
                 "Montenegro ruled that such a change could only be made by Congress.\n", id="judge"),
])
def test_a_state_name_as_a_surname_is_the_person(text: str) -> None:
    ex = _mini(text)
    full = next(a for a in ex.actors if a.type == "Person")
    surname = full.name.split()[-1]
    assert len(full.name.split()) == 2 and not any(a.name == surname and a.type == "State" for a in ex.actors)


def test_records_name_actors_by_their_canonical_name_not_an_alias() -> None:
    # a reader that kept an alias ("Drivers") would make a second node with no mentions and a guessed type
    from types import SimpleNamespace

    from graph.extract.actors import Actor
    from graph.extract.pipeline import _canonical_names
    from graph.records import DemandRecord, EventRecord, Span

    union = Actor("Front Range Rideshare Drivers Union", "Group", aliases={"Drivers", "the union"})
    boss = Actor("Hamid Rahimi", "Person", affiliations=["Drivers"])
    table = SimpleNamespace(actors={a.name: a for a in (union, boss)})
    ev = Span(start=0, end=5, text="x")
    event = EventRecord(type="ACCUSE", label="accused", sources=["Hamid Rahimi"], targets=["Drivers", "the union"],
                        evidence=ev)
    demand = DemandRecord(by="Drivers", of=["Hamid Rahimi"], what="more pay", evidence=ev)
    _canonical_names(table, [event], [], [demand], [], [], [])
    assert event.targets == [union.name] and demand.by == union.name and boss.affiliations == [union.name]


def test_a_portfolio_a_peoples_adjective_or_two_firms_are_no_place() -> None:
    ex = _mini("Talks\nThe Minister for Pacific Island Affairs, Jo Tuala, met executives of Eni and TotalEnergies in Rome "
               "on Monday. The Minister of Commerce and Supplies said the talks went well.\n")
    assert {p.name for p in ex.places} == {"Rome"}


def test_a_governors_place_is_a_place_and_a_spaced_dash_no_hyphen() -> None:
    from graph.extract.common import compact

    ex = _mini("Talks\nThe Governor of Lankaran, Ilham Aliyev, said on Monday the border would stay shut.\n")
    assert "Lankaran" in {p.name for p in ex.places}
    from graph.extract.pipeline import extraction_nlp

    d = extraction_nlp()("The union rejected the offer - and the ministry walked out of the talks.")
    assert compact(list(d), 3) == "union rejected offer" and "-" not in compact(list(d), 20)


def test_a_ministry_in_a_spokespersons_title_belongs_to_the_owner_named_before_it() -> None:
    ex = _mini("Thailand accuses Cambodia of breaching truce\nBANGKOK - Thailand accused Cambodia on Wednesday of violating "
               "the ceasefire. Cambodia's defence ministry spokeswoman, Maly Socheata, rejected the accusation.\n")
    owners = {a.name for a in ex.actors if "defence ministry" in a.aliases}
    assert owners == {"Cambodia"}


def test_a_name_opening_with_a_capitalised_preposition_takes_the_word_before() -> None:
    ex = _mini("Editors freed\nTBILISI - Journalists Without Borders welcomed the verdict and called on Georgia to release "
               "the two editors still held in Batumi.\n")
    body = _actor(ex, "Journalists Without Borders")
    assert body is not None and body.type == "Organization"
    assert not any(a.name == "Without Borders" for a in ex.actors)
    assert any(d.by == body.name and "Georgia" in d.of for d in ex.demands)


@pytest.mark.parametrize(("text", "name", "role"), [
    pytest.param("Fishing fees\nMinister for Lands and Mineral Resources Tekena Bwebwe said on Monday the fee was too low.\n",
                 "Tekena Bwebwe", "Minister for Lands and Mineral Resources", id="portfolio-and"),
    pytest.param("Fishing fees\nGhana's Minister of Foreign Affairs Kofi Mensah said on Monday the fee was too low.\n",
                 "Kofi Mensah", "Minister of Foreign Affairs", id="portfolio-before-name"),
])
def test_a_portfolio_stays_in_the_title_before_the_name(text: str, name: str, role: str) -> None:
    ex = _mini(text)
    person = _actor(ex, name)
    assert person is not None and person.roles == [role]


def test_each_coordinated_title_keeps_its_own_possessor_and_holder() -> None:
    ex = _mini("Border talks\nThe talks were chaired by Ghana's Minister of Foreign Affairs Kofi Mensah and Niger's Director "
               "General for Regional Integration Fatima Diallo on Tuesday.\n")
    first, second = _actor(ex, "Kofi Mensah"), _actor(ex, "Fatima Diallo")
    assert first is not None and first.affiliations == ["Ghana"] and first.roles == ["Minister of Foreign Affairs"]
    assert second is not None and second.affiliations == ["Niger"]
    assert second.roles == ["Director General for Regional Integration"]


def test_the_parties_to_a_named_agreement_are_one_body_not_its_state() -> None:
    ex = _mini("Tuna fees\nThe Parties to the Tuvalu Agreement said on Monday their members would meet in March to set a "
               "minimum fee.\n")
    body = _actor(ex, "Parties to the Tuvalu Agreement")
    assert body is not None and body.type == "Organization"
    assert _actor(ex, "Tuvalu") is None and not ex.proposals


def test_the_union_is_the_workers_body_not_a_boards_association() -> None:
    ex = _mini("Teachers reject offer\nWINNIPEG - The Manitoba Teachers' Federation rejected the province's offer on "
               "Tuesday. The Manitoba School Trustees Association said it wanted a quick settlement. The union said it "
               "wanted smaller classes written into the contract.\n")
    assert any(d.by == "Manitoba Teachers' Federation" and "classes" in d.what for d in ex.demands)
    trustees = _actor(ex, "Manitoba School Trustees Association")
    assert trustees is None or not any("union" in x.lower() for x in trustees.aliases)


def test_a_body_named_before_a_lower_case_office_is_its_holders_body() -> None:
    ex = _mini("Nurses reject offer\nWINNIPEG - Manitoba Nurses' Federation president Lina Roy said on Tuesday the "
               "province's offer did nothing for staffing.\n")
    person = _actor(ex, "Lina Roy")
    assert person is not None and person.affiliations == ["Manitoba Nurses' Federation"]


def test_a_weekday_takes_the_tense_of_its_own_verb_not_of_a_clause_after_it() -> None:
    # "met on Tuesday to discuss how the fund will be spent": the Tuesday just past
    thu = dt.date(2026, 3, 12)
    assert _dates("Ghana and Togo held talks on Wednesday on how much power Togo will buy next year.", thu) == [
        dt.date(2026, 3, 11)]
    assert _dates("Ghana and Togo met on Tuesday to discuss how the fund will be spent.", thu) == [dt.date(2026, 3, 10)]
    assert _dates("The envoys arrived on Monday to hold talks.", thu) == [dt.date(2026, 3, 9)]
    assert _dates("On Tuesday, the envoys will meet again.", thu) == [dt.date(2026, 3, 17)]


def test_a_month_and_day_without_year_follow_their_verbs_tense_else_the_nearer_year() -> None:
    oct6 = dt.date(2026, 10, 6)
    assert _dates("The minister expects a deal before the permits lapse on Dec. 31.", oct6) == [dt.date(2026, 12, 31)]
    assert _dates("The vote count is expected on Oct. 20.", oct6) == [dt.date(2026, 10, 20)]
    assert _dates("The walkout began on Dec. 31.", oct6) == [dt.date(2025, 12, 31)]
    assert _dates("The envoys will meet again on January 5.", dt.date(2026, 12, 20)) == [dt.date(2027, 1, 5)]


def test_a_newspaper_named_by_a_common_word_is_no_actor() -> None:
    ex = extracted("Talks stall\nThe drugmaker's head of markets, Dan Ash, told the Guardian that the price was too low. "
                   "The Guardian Council rejected the bill on Monday.\n")
    names = {a.name for a in ex.actors}  # (not even one that does not act: a later "the company" could land on it)
    assert "Guardian" not in names
    assert "Guardian Council" in names  # a body whose name holds the word stays one


def test_an_outlet_s_name_that_is_a_person_s_surname_in_the_article_is_that_person() -> None:
    ex = extracted("Forest talks\nNEW YORK - Michael Bloomberg, the United Nations climate envoy, met Brazil's president "
                   "on Monday. Bloomberg said a deal on forests was close.\n")
    assert any(x.speaker == "Michael Bloomberg" and "forests" in x.text for x in ex.statements), ex.statements


def test_a_described_plural_that_acts_is_a_group_of_its_own() -> None:
    ex = _mini("Budget row\nQUITO - Provincial governors demanded more money for roads on Monday. Western embassies "
               "urged calm. Analysts said the budget was fragile.\n")
    governors, embassies = _actor(ex, "Provincial governors"), _actor(ex, "Western embassies")
    assert governors is not None and governors.type == "Group" and embassies is not None
    assert any(d.by == "Provincial governors" and "money" in d.what for d in ex.demands)
    assert _actor(ex, "Analysts") is None  # an anonymous commentator is no party


def test_a_bare_plural_naming_a_body_s_members_is_that_body() -> None:
    ex = _mini("Debt talks\nLIMA - The Steering Committee of Andean Bondholders said on Monday the offer was too low. "
               "The government had sought a 60 per cent cut in April. Bondholders rejected it outright.\n")
    assert any(e.type == "REJECT" and e.sources == ["Steering Committee of Andean Bondholders"] for e in ex.events)
    assert _actor(ex, "Bondholders") is None


def test_plurals_described_by_a_place_are_groups() -> None:
    ex = _mini("Road plan\nCUSCO - Local leaders in Urubamba said on Monday that they supported the road plan. "
               "Parents' groups have been split.\n")
    assert any(x.holder == "Local leaders in Urubamba" for x in ex.positions)
    assert _actor(ex, "Parents' groups") is None  # described by their members only, and not acting


def test_a_group_of_a_states_bondholders_is_the_bondholders_not_the_state() -> None:
    ex = _mini("Debt talks\nLIMA - A group of Peru's international bondholders presented a counter-proposal on "
               "Monday to the government's restructuring plan.\n")
    assert any(e.sources and all(s != "Peru" for s in e.sources) and "bondholders" in e.sources[0]
               for e in ex.events)


def test_coordinated_demonyms_before_a_collective_name_both_states() -> None:
    ex = _mini("Border talks\nNAIROBI - Kenyan and Somali negotiators met in Mombasa on Friday.\n")
    assert any(e.type == "CONSULT" and {"Kenya", "Somalia"} <= set(e.sources) for e in ex.events)


def test_a_title_for_a_country_names_its_counterpart_not_the_employer() -> None:
    ex = _mini("Loan talks\nLIMA - The IMF mission chief for Peru, Jane Roe, said on Monday the plan was credible.\n")
    roe = _actor(ex, "Jane Roe")
    assert roe is not None and "Peru" not in roe.affiliations and "International Monetary Fund" in roe.affiliations


def test_leaders_in_a_capital_or_a_state_are_no_group_of_their_own() -> None:
    ex = _mini("Ceasefire\nGENEVA - Leaders in Moscow rejected the ceasefire plan on Monday. Leaders in Ukraine said "
               "on Tuesday that they would study it.\n")
    assert _actor(ex, "Leaders in Moscow") is None and _actor(ex, "Leaders in Ukraine") is None, ex.actors


def test_their_spokesman_belongs_to_the_plural_subject_before() -> None:
    ex = _mini("Road plan\nLIMA - Vice Minister Ana Soto said the Joint Road Committee had agreed to consult village "
               "elders.\n\nLocal leaders in Urubamba said on Monday that they supported the road plan. Their "
               "spokesman, Juan Quispe, said the elders would take part.\n")
    quispe = _actor(ex, "Juan Quispe")
    assert quispe is not None and "Joint Road Committee" not in quispe.affiliations


def test_an_unnamed_group_known_by_its_home_that_speaks_is_a_group() -> None:
    ex = _mini("Nurses strike\nWINNIPEG - The nurses' union said it would strike, while a Brandon-area group said it "
               "opposed any strike. A rebel group said it would fight.\n")
    group = _actor(ex, "Brandon-area group")
    assert group is not None and group.type == "Group"
    assert _actor(ex, "Rebel group") is None
