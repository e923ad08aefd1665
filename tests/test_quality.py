"""Quality bars of issue 3, measured with ../shared/eval/score.py on the facts view.

Each article (the seed, the four development articles, and our own annotated articles in
tests/data/) runs once through extract → build → in-memory store → facts view. Hard gates:
evidence is exact article text, and no article falls below its regression floor. The issue's
bars (macro-F1 ≥ 0.85, every section ≥ 0.7, coreference recall ≥ 0.8) fail the suite for the seed
and the shared development articles; an own article below its 0.8 target is reported as an
expected failure with its figures, so the gap stays visible without blocking the suite.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest

from bench.eval_quality import cases, load_scorer, shared_dir

SHARED = shared_dir()

# regression floors of the shared articles: today's macro-F1 minus a small margin
FLOORS = {
    "000_50ee412626375c89": 0.89,
    "dev01_us_china_kuala_lumpur": 0.87,
    "dev02_sudan_quad_truce": 0.85,
    "dev03_lebanon_mechanism_talks": 0.89,
    "dev04_iran_snapback_sanctions": 0.90,
}
OWN_FLOOR = 0.78
# every own article: its macro-F1 when this table was set, minus 0.04. tests/data/FIRST_RUN.md
# has the blind first-run scores of the held-out ones: the honest estimate for unseen articles.
OWN_FLOORS = {
    "afghanistan_taliban_doha_un_talks": 0.82,
    "air_canada_flight_attendants_strike": 0.84,
    "air_traffic_controllers_strike_talks": 0.89,
    "airline_pilots_contract": 0.91,
    "airline_pilots_mediation": 0.81,
    "alberta_pipeline_talks": 0.76,
    "argentina_cgt_labour_reform_strike": 0.76,
    "argentina_imf_program_review": 0.81,
    "armenia_azerbaijan_treaty": 0.80,
    "ashbridge_bin_strike_talks": 0.72,
    "atlantic_city_casino_housekeepers_talks": 0.66,
    "australia_china_trade_barriers_talks": 0.79,
    "austria_coalition_talks": 0.83,
    "autoworkers_battery_plant_contract": 0.87,
    "azerbaijan_russia_plane_row": 0.66,
    "bakassi_border_fishermen": 0.77,
    "baltic_undersea_cable_incident_talks": 0.86,
    "bangladesh_garment_wage_board_talks": 0.73,
    "bangladesh_myanmar_rohingya_repatriation_talks": 0.75,
    "bangsamoro_decommissioning_talks": 0.77,
    "belarus_lithuania_border_talks": 0.88,
    "belarus_lithuania_prisoner_swap": 0.82,
    "belgian_rail_pension_strike": 0.73,
    "black_sea_shipping_truce_talks": 0.85,
    "bolivia_bondholders_debt_talks": 0.77,
    "bolivia_truckers_fuel_shortage_talks": 0.82,
    "bosnia_constitutional_talks": 0.87,
    "bougainville_independence_talks": 0.78,
    "brazil_eu_deforestation_rules_talks": 0.75,
    "burkina_ecowas_africa_corps_drafts": 0.84,
    "cameroon_anglophone_mediation_talks": 0.74,
    "canada_china_canola_ev_talks": 0.73,
    "canada_india_diplomatic_reset_talks": 0.77,
    "canada_postal_workers_strike_talks": 0.81,
    "canada_us_softwood_talks": 0.91,
    "car_ndjamena_disarmament_deal": 0.74,
    "ccamlr_krill_hobart": 0.71,
    "chad_rebels_doha_peace_talks": 0.89,
    "chattogram_port_workers_strike_deal": 0.69,
    "chile_codelco_copper_strike": 0.85,
    "chile_lithium_royalty_talks": 0.83,
    "colombia_clan_del_golfo_qatar_talks": 0.78,
    "colombia_eln_ceasefire": 0.91,
    "colombia_emc_talks_afp": 0.66,
    "colombia_leukaemia_drug_price_talks": 0.77,
    "congo_m23_doha_framework": 0.90,
    "cop30_adaptation_finance": 0.94,
    "cop31_antalya_finance_live": 0.82,
    "cricket_sa_contracts_dispute": 0.73,
    "cuba_us_migration_talks": 0.84,
    "cyprus_reunification_talks": 0.87,
    "dairy_farmers_milk_price_talks": 0.87,
    "dockworkers_port_automation_talks": 0.89,
    "drc_rwanda_washington_accord": 0.88,
    "dublin_bus_drivers_dispute": 0.79,
    "dutch_nitrogen_buyouts": 0.54,
    "ecowas_aes_lome_talks": 0.80,
    "ecuador_colombia_tariff_war": 0.79,
    "ecuador_indigenous_fuel_subsidy_talks": 0.85,
    "enga_clan_ceasefire_talks": 0.81,
    "eritrea_ethiopia_red_sea_tension": 0.89,
    "essequibo_border_talks_caracas": 0.87,
    "ethiopia_fano_nairobi_truce": 0.76,
    "ethiopia_somaliland_recognition_row": 0.88,
    "ethiopia_sudan_fashaga_talks": 0.80,
    "ethiopia_tplf_pretoria_review": 0.84,
    "eu_china_ev_tariff_talks": 0.76,
    "eu_indonesia_nickel_export_talks": 0.77,
    "eu_mercosur_trade_deal": 0.96,
    "eu_merger_remedies_talks": 0.77,
    "eu_switzerland_bilateral_package": 0.81,
    "eu_uk_defence_fund_fee": 0.74,
    "eu_us_data_transfer_talks": 0.77,
    "eu_us_steel_aluminium_tariff_talks": 0.82,
    "footballers_match_calendar_talks": 0.90,
    "france_pension_unions_conclave_talks": 0.81,
    "g20_billionaire_tax_split": 0.55,
    "gaza_hostage_ceasefire_talks": 0.89,
    "geneva_discussions_borderisation": 0.64,
    "geneva_missile_inspections_round": 0.79,
    "georgia_opposition_roundtable": 0.80,
    "gerd_dam_filling_talks": 0.89,
    "gerd_dam_water_talks": 0.87,
    "german_rail_drivers_strike_talks": 0.81,
    "ghana_cocoa_farmers_price_talks": 0.86,
    "ghana_mtn_spectrum_fee_dispute": 0.67,
    "gibraltar_eu_uk_treaty_talks": 0.87,
    "gig_drivers_app_pay_talks": 0.86,
    "greece_turkey_maritime_talks": 0.86,
    "greenland_denmark_us_arctic_talks": 0.85,
    "guatemala_belize_icj_sarstoon_talks": 0.79,
    "gulf_of_fonseca_fishing_patrols": 0.79,
    "haiti_transition_council_talks": 0.77,
    "hamas_fatah_cairo_reconciliation": 0.71,
    "helmand_water_talks": 0.70,
    "honduras_gang_truce_churches": 0.69,
    "hungary_ukraine_minority_language_talks": 0.84,
    "iaea_inspections_access_talks": 0.82,
    "icao_aviation_emissions_talks": 0.85,
    "ilo_platform_work_convention": 0.74,
    "imo_shipping_carbon_levy": 0.76,
    "india_china_border_patrol_talks": 0.79,
    "india_eu_trade_round": 0.85,
    "india_farm_unions_msp_talks": 0.80,
    "india_uae_air_seats_press_conference": 0.67,
    "indonesia_freeport_smelter_talks": 0.72,
    "indus_waters_treaty_talks": 0.71,
    "iran_denmark_oman_prisoner_swap": 0.67,
    "iraq_kurdistan_oil_export_talks": 0.86,
    "isa_kingston_mining_code_talks": 0.64,
    "israel_syria_security_talks": 0.79,
    "itaipu_annex_c_talks": 0.72,
    "italy_taxi_decree": 0.66,
    "italy_trieste_port_bid_veto": 0.59,
    "japan_china_seafood_ban_talks": 0.82,
    "japan_korea_wartime_labour_talks": 0.82,
    "japan_north_korea_abductees": 0.69,
    "japan_us_tariff_investment_deal": 0.87,
    "kampala_boda_boda_fee_strike": 0.69,
    "kashmir_ceasefire_dgmo_talks": 0.64,
    "kawesqar_salmon_concessions": 0.71,
    "kazakhstan_kashagan_arbitration_settlement": 0.72,
    "kebbi_students_release_talks": 0.46,
    "kenya_doctors_union_strike_talks": 0.75,
    "kiribati_tuna_fleet_licence_talks": 0.71,
    "korea_trainee_doctors_quota_talks": 0.87,
    "kpop_agency_contract_dispute": 0.55,
    "laikipia_grazing_elders_mediation": 0.62,
    "lebanon_imf_bank_restructuring_talks": 0.75,
    "lebanon_syria_border_talks": 0.76,
    "libya_unified_government_talks": 0.77,
    "lisbon_rent_control_talks": 0.71,
    "london_underground_strike_talks": 0.73,
    "machinists_aircraft_contract": 0.88,
    "maldives_india_aircraft_swap": 0.76,
    "mali_ecowas_transition_talks": 0.87,
    "manipur_kuki_soo_renegotiation": 0.76,
    "maqdala_artefacts_return_talks": 0.57,
    "mauritius_uk_chagos_treaty_talks": 0.74,
    "mekong_dam_water_sharing_talks": 0.81,
    "mercosur_eu_farm_safeguards": 0.84,
    "mexico_teachers_union_strike_talks": 0.75,
    "mexico_us_water_treaty": 0.82,
    "migingo_island_dispute": 0.77,
    "moldova_transnistria_gas_talks": 0.87,
    "montenegro_croatia_accession_chapters": 0.71,
    "morocco_algeria_doha_border_gas_talks": 0.80,
    "mozambique_eurobond_haircut_talks": 0.70,
    "mozambique_insurgent_amnesty_talks": 0.77,
    "mst_land_occupations": 0.79,
    "myanmar_asean_envoy_talks": 0.85,
    "myanmar_kunming_ceasefire": 0.90,
    "naga_flag_talks": 0.49,
    "nairobi_matatu_fees_strike": 0.74,
    "nato_turkey_sweden_style_accession": 0.78,
    "nepal_india_border_trade_talks": 0.92,
    "new_caledonia_accord_talks": 0.80,
    "nhs_drug_pricing_talks": 0.63,
    "nicaragua_vatican_prisoners": 0.72,
    "niger_benin_border_reopening_talks": 0.87,
    "niger_orano_uranium_mine_talks": 0.78,
    "nigeria_fuel_subsidy_union_talks": 0.75,
    "nigeria_university_lecturers_strike_talks": 0.81,
    "north_macedonia_bulgaria_veto_talks": 0.81,
    "norway_offshore_strike_arbitration": 0.72,
    "nurses_health_board_strike": 0.87,
    "nurses_pay_strike_talks": 0.91,
    "okavango_water_allocation_analysis": 0.74,
    "opec_plus_output_quota_talks": 0.83,
    "oyu_tolgoi_rio_tinto_talks": 0.50,
    "pakistan_afghanistan_doha_ceasefire": 0.86,
    "panama_canal_transit_fee_talks": 0.82,
    "panama_copper_mine_reopening": 0.87,
    "papua_pilot_hostage_talks": 0.76,
    "parcel_delivery_drivers_contract": 0.77,
    "peru_copper_mine_blockade_talks": 0.73,
    "philippines_china_shoal_resupply": 0.81,
    "philippines_china_shoal_talks": 0.89,
    "philippines_ndfp_oslo_peace_talks": 0.80,
    "plastics_treaty_geneva": 0.90,
    "plateau_herders_farmers_peace_committee": 0.65,
    "png_australia_defence_treaty": 0.71,
    "png_kumul_ridge_landowner_talks": 0.71,
    "poland_westinghouse_nuclear_price_talks": 0.72,
    "port_strike_wage_talks": 0.92,
    "qatar_ukraine_children_return_deal": 0.59,
    "quebec_specialists_bill": 0.49,
    "rail_workers_national_strike": 0.90,
    "resident_doctors_pay_talks": 0.70,
    "rheinstahl_ig_metall_job_cuts": 0.65,
    "romania_magistrates_pensions": 0.61,
    "russia_ukraine_istanbul_prisoner_talks": 0.77,
    "samsung_union_wage_strike_talks": 0.82,
    "saskatchewan_teachers_contract_talks": 0.68,
    "saudi_houthi_roadmap": 0.74,
    "saudi_israel_normalisation_analysis": 0.73,
    "senegal_mfdc_bissau_accord": 0.69,
    "serbia_kosovo_dialogue": 0.86,
    "serbia_kosovo_energy_talks": 0.83,
    "somalia_ethiopia_port_access_talks": 0.82,
    "somalia_jubaland_election_dispute_talks": 0.84,
    "south_africa_public_wage_talks": 0.85,
    "south_africa_us_tariffs_agoa": 0.71,
    "south_china_sea_code_of_conduct_talks": 0.82,
    "south_korea_us_cost_sharing_talks": 0.83,
    "south_sudan_nairobi_talks": 0.85,
    "spain_catalonia_financing_talks": 0.91,
    "spain_morocco_ceuta_customs_talks": 0.77,
    "spfl_broadcast_rights_talks": 0.74,
    "sri_lanka_bondholder_debt_talks": 0.80,
    "srpska_secession_live": 0.72,
    "stormont_power_sharing_restoration_talks": 0.71,
    "sudan_south_sudan_abyei_talks": 0.80,
    "sulu_sea_fishermen_kidnap_talks": 0.78,
    "sweden_carmaker_workshop_strike": 0.37,
    "syria_sdf_integration_talks": 0.89,
    "tajik_kyrgyz_border_treaty": 0.78,
    "tanzania_opposition_reform_dialogue": 0.74,
    "teachers_district_contract": 0.80,
    "tennis_players_tours_pay_talks": 0.68,
    "thailand_brn_kl_ramadan_talks": 0.85,
    "thailand_cambodia_border_truce": 0.89,
    "thailand_cambodia_kl_observer_talks": 0.85,
    "timor_indonesia_border_committee_talks": 0.77,
    "tunisia_eu_migration_memorandum": 0.66,
    "turkey_pkk_disarmament_talks": 0.84,
    "uk_eu_fishing_quota_talks": 0.92,
    "uk_eu_sandeel_quota_talks": 0.89,
    "uk_eu_youth_mobility_talks": 0.74,
    "uk_gcc_trade_deal": 0.74,
    "uk_university_staff_pension_dispute": 0.76,
    "ukraine_gdp_warrants_creditor_talks": 0.84,
    "us_canada_usmca_dairy_review": 0.67,
    "us_india_trade_deal": 0.73,
    "us_mexico_security_tariff_talks": 0.80,
    "us_north_korea_press_conference": 0.64,
    "us_vietnam_tariff_transshipment_talks": 0.85,
    "uzbekistan_tajikistan_syrdarya_water_talks": 0.66,
    "vanuatu_australia_security_pact": 0.63,
    "venezuela_norway_talks": 0.90,
    "video_game_actors_ai_contract_talks": 0.83,
    "water_utility_creditors_restructuring_talks": 0.71,
    "western_sahara_geneva_roundtable": 0.89,
    "wga_studio_contract_talks": 0.83,
    "whitmore_grad_workers_strike": 0.67,
    "who_pandemic_annex_talks": 0.80,
    "womens_basketball_cba_talks": 0.76,
    "wto_fisheries_subsidies_talks": 0.78,
    "yemen_prisoner_exchange_muscat": 0.88,
    "yemen_prisoner_exchange_talks": 0.92,
}
TARGET_MACRO, TARGET_SECTION, TARGET_COREF = 0.85, 0.7, 0.8
OWN_TARGET_MACRO = 0.8


CASES = cases(SHARED) if SHARED is not None else []
pytestmark = pytest.mark.skipif(SHARED is None, reason="../shared (eval/score.py and gold) is absent; set PARLEY_SHARED")


@pytest.fixture(scope="module")
def scorer() -> Any:
    assert SHARED is not None
    return load_scorer(SHARED)


@pytest.fixture(scope="module")
def results(scorer: Any) -> dict[str, dict[str, Any]]:
    """Score every article once (one spaCy load for the module)."""
    from graph.articles import make_article
    from graph.facts import facts_view
    from graph.pipeline import extract_to_memory

    out = {}
    for name, txt, published, gold in CASES:
        meta = make_article(txt.read_text(encoding="utf-8"), article_id=name, published=dt.date.fromisoformat(published))
        facts = facts_view(extract_to_memory(meta), meta.id)
        out[name] = scorer.score(json.loads(gold.read_text(encoding="utf-8")), facts, meta.text)
    return out


def _figures(res: dict[str, Any]) -> str:
    secs = " ".join(f"{k}={v.f1:.2f}" for k, v in res["sections"].items())
    return f"macro={res['macro_f1']:.3f} {secs} coref={res['extra']['coref_recall']}"


@pytest.mark.parametrize("name", [c[0] for c in CASES])
def test_evidence_is_exact_article_text(results: dict[str, Any], name: str) -> None:
    ex = results[name]["extra"]
    assert ex["evidence_coverage"] == 1.0
    assert ex["evidence_exact"] == 1.0


@pytest.mark.parametrize("name", [c[0] for c in CASES])
def test_quality_does_not_regress(results: dict[str, Any], name: str) -> None:
    res = results[name]
    assert res["macro_f1"] >= FLOORS.get(name, OWN_FLOORS.get(name, OWN_FLOOR)), _figures(res)


@pytest.mark.parametrize("name", [c[0] for c in CASES])
def test_meets_issue_quality_bars(results: dict[str, Any], name: str) -> None:
    res = results[name]
    own = name not in FLOORS
    target = OWN_TARGET_MACRO if own else TARGET_MACRO
    coref = res["extra"]["coref_recall"]
    ok = (res["macro_f1"] >= target and (own or all(v.f1 >= TARGET_SECTION for v in res["sections"].values()))
          and (own or coref is None or coref >= TARGET_COREF))
    if not ok and not own:  # the seed and the shared development articles: the issue's hard bar
        pytest.fail("below the issue's bar (macro ≥ 0.85, every section ≥ 0.7, coref ≥ 0.8): " + _figures(res))
    if not ok:
        pytest.xfail(f"below the issue's bar (macro ≥ {target}, sections ≥ {TARGET_SECTION}, coref ≥ {TARGET_COREF}): "
                     + _figures(res))


def test_a_closed_set_is_scored_from_its_archive_without_unpacking_into_the_tree(tmp_path: Any) -> None:
    """bench/closed keeps blind sets packed; `--dir X.tar.xz` unpacks into a temporary folder whose set
    folder (the one holding gold/) is what gets scored, and leaves the tree untouched."""
    import os
    import subprocess
    import sys
    import tarfile
    from pathlib import Path

    from bench.eval_quality import ROOT, dir_cases

    if SHARED is None:
        pytest.skip("shared/ not found: no scorer")
    name = "yemen_prisoner_exchange_muscat"
    src = tmp_path / "set_x"
    (src / "gold").mkdir(parents=True)
    for suffix in (".txt", ".json"):
        (src / f"{name}{suffix}").write_bytes((ROOT / "tests" / "data" / "articles" / f"{name}{suffix}").read_bytes())
    (src / "gold" / f"{name}.json").write_bytes((ROOT / "tests" / "data" / "gold" / f"{name}.json").read_bytes())
    archive = tmp_path / "set_x.tar.xz"
    with tarfile.open(archive, "w:xz") as tar:
        tar.add(src, arcname="set_x")
    assert [c[0] for c in dir_cases(src)] == [name]
    out = subprocess.run([sys.executable, str(ROOT / "bench" / "eval_quality.py"), "--dir", str(archive)],
                         capture_output=True, text=True, timeout=300, env={**os.environ, "PARLEY_SHARED": str(SHARED)})
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith(name) and "mean macro=" in out.stdout, out.stdout
    bad = subprocess.run([sys.executable, str(ROOT / "bench" / "eval_quality.py"), "--dir", str(tmp_path / "no.tar.xz")],
                         capture_output=True, text=True, timeout=60)
    assert bad.returncode == 2 and "error: --dir" in bad.stderr
    assert not list(Path(ROOT).glob("parley-closed-*"))
