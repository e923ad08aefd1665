"""Paragraph splitting: which lines are headline, dateline and credit, and what is blanked before parsing."""

from __future__ import annotations

import pytest

from graph.extract.paragraphs import split_paragraphs


@pytest.mark.parametrize("line,city", [
    ("Bogota, March 3, 2026 – The teachers' union FECODE rejected the revised pay offer on Wednesday.", "Bogota"),
    ("Port Moresby, Jan 9 (PNA) Landowner groups rejected the revised royalty offer on Friday.", "Port Moresby"),
    ("Dar es Salaam, Aug 13, 2025 —", "Dar es Salaam"),
], ids=["year-dash", "agency", "alone"])
def test_title_case_dateline_at_the_top_is_blanked(line: str, city: str) -> None:
    """Wires that set the city in title case are blanked like "OSLO –", so the city is never read as a subject."""
    paras = split_paragraphs(f"Pay talks\n{line}\n")
    assert paras[1].dateline == city and paras[1].skip and paras[1].skip[0][0] == 0, paras[1]
    assert "rejected" not in line or paras[1].skip[0][1] < line.index("rejected") - 10


def test_title_case_dateline_shape_in_the_body_is_left_alone() -> None:
    """Only the top of the article carries a dateline; further down the same shape is text."""
    paras = split_paragraphs("Pay talks\nFirst paragraph.\nSecond paragraph.\n"
                             "Bogota, March 4 – the mayor said the talks would go on.\n")
    assert paras[3].skip == [] and paras[3].dateline is None


def test_a_weekday_date_line_is_blanked_but_names_no_place() -> None:
    """A weekday is no city: the date line is blanked, yet no dateline place is read from it."""
    paras = split_paragraphs("Briefing\nThursday, June 18, 2026 - Humanitarian policy briefing\n")
    assert paras[1].skip and paras[1].dateline is None


def test_capitals_dateline_still_read() -> None:
    """The title-case rule leaves the capitals dateline (with its two cities) as it was."""
    paras = split_paragraphs("Talks\nYANGON/KUNMING, Jan 19 (Mekong Wire) – The army said on Monday it would talk.\n")
    assert paras[1].dateline == "Yangon/Kunming" and paras[1].skip


def test_capitals_dateline_with_an_accented_letter_is_blanked() -> None:
    """"ASUNCIÓN, May 4 –": a capital with an accent is still a dateline, so the city is never read as the
    first sentence's subject (nor its state as the doer of what follows)."""
    paras = split_paragraphs("Talks\nASUNCIÓN, May 4 – The two unions agreed on Monday to end the stoppage.\n")
    assert paras[1].dateline == "Asunción" and paras[1].skip and paras[1].skip[0][0] == 0


def test_the_ledes_first_word_after_a_blanked_dateline_parses_as_a_sentence_opening() -> None:
    from graph.extract.paragraphs import parse
    from graph.nlp import load_nlp

    text = ("Rail strike\n\nBRUSSELS – Talks between the rail unions and the government collapsed on Tuesday.\n\n"
            "NAIROBI, March 4 – Negotiators for the matatu owners walked out on Monday.\n")
    _, sents = parse(text, load_nlp())
    firsts = {t.text: t.pos_ for s in sents for t in s.tokens[:3] if t.text in ("Talks", "Negotiators")}
    assert firsts == {"Talks": "NOUN", "Negotiators": "NOUN"}, firsts
    assert all(text[s.start:s.end].strip() for s in sents)  # offsets still point into the article
