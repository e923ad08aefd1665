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


_TWO = ("Pay talks\nThe teachers' union rejected the revised pay offer on Wednesday and warned that it would strike "
        "unless the ministry raised its baseline. Education Minister Ana Ruiz said the son-in-law of a delegate had "
        "met the union in April.\n",
        "Border talks\nEgypt warned that Israel would face consequences if the crossing stayed shut, and Qatari "
        "mediators said on Monday that no one had signed the 45-day plan. Hamas demanded a withdrawal.\n")


def test_the_token_tables_are_let_go_after_an_extraction_even_a_failed_one(monkeypatch: pytest.MonkeyPatch) -> None:
    """A long-running server or a 10,000-article ingest holds no article's parse once the article is read."""
    from graph.extract import common, paragraphs, pipeline
    from tests.extracting import extracted

    extracted(_TWO[0])
    assert not paragraphs._LOCAL.tokens and not common._LOCAL.hyphens

    def fail(*_: object) -> None:
        raise RuntimeError("a rule fails")

    monkeypatch.setattr(pipeline, "extract_positions", fail)
    with pytest.raises(RuntimeError):
        extracted(_TWO[1])
    assert not paragraphs._LOCAL.tokens and not common._LOCAL.hyphens


def test_another_threads_clear_keeps_this_threads_tokens() -> None:
    """The rules compare tokens by identity, so a doc's tokens stay the same objects while its article is read,
    whatever another thread's extraction lets go meanwhile."""
    import threading

    from graph.extract.common import clear_doc_caches, inner_hyphens
    from graph.extract.paragraphs import children_of, parse, tokens_of
    from graph.extract.pipeline import extraction_nlp

    nlp = extraction_nlp()
    doc = parse(_TWO[0], nlp)[0][1].doc
    toks, hyphens = tokens_of(doc), inner_hyphens(doc)
    other = parse(_TWO[1], nlp)[0][1].doc

    def elsewhere() -> None:
        tokens_of(other)
        clear_doc_caches()

    t = threading.Thread(target=elsewhere)
    t.start()
    t.join()
    assert tokens_of(doc) is toks and inner_hyphens(doc) is hyphens and children_of(toks[3]) is toks[3].kids
    clear_doc_caches()


def test_two_threads_extracting_at_once_give_the_records_of_one() -> None:
    """``POST /articles`` extracts in a thread pool: articles read side by side give what each gives alone."""
    import threading

    from tests.extracting import extracted

    alone = [extracted(text).model_dump(mode="json") for text in _TWO]
    got: dict[int, list[dict]] = {0: [], 1: []}
    start = threading.Barrier(2)

    def run(k: int) -> None:
        start.wait()
        for _ in range(3):
            got[k].append(extracted(_TWO[k]).model_dump(mode="json"))

    threads = [threading.Thread(target=run, args=(k,)) for k in (0, 1)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert got == {0: [alone[0]] * 3, 1: [alone[1]] * 3}


def test_the_cached_tokens_read_as_spacys_do() -> None:
    """``tokens_of``, ``children_of`` and ``subtree_of`` stand in for ``doc[i]``, ``.children`` and ``.subtree`` at
    some 2,000 sites of the rules: same attributes, same tokens, same order."""
    from spacy.tokens import Token

    from graph.extract.common import clear_doc_caches, subtree
    from graph.extract.paragraphs import children_of, parse, subtree_of, tokens_of
    from graph.extract.pipeline import extraction_nlp

    for p in parse("".join(_TWO), extraction_nlp())[0]:
        doc = p.doc
        for t, u in zip(tokens_of(doc), doc, strict=True):
            for a in ("text", "lower_", "lemma_", "pos_", "tag_", "dep_", "idx", "i"):
                assert getattr(t, a) == getattr(u, a), (a, t, u)
            assert t == u and hash(t) == hash(u) and t.head == u.head and Token.head.__get__(t).i == t.head.i
            assert [c.i for c in children_of(t)] == [c.i for c in children_of(u)] == [c.i for c in u.children]
            assert [x.i for x in subtree_of(u)] == [x.i for x in u.subtree] == [x.i for x in subtree_of(t)]
            assert sorted(x.i for x in subtree(t)) == [x.i for x in u.subtree]
    clear_doc_caches()


@pytest.mark.parametrize("line", [
    "(Reporting by Ana Lima; Editing by Tom Hale)",
    "Additional reporting by Ana Lima in Vienna",
    "Writing by Tom Hale; Editing by Ana Lima",
    "(Reporting by our staff; editing by the markets desk)",
    "Associated Press writer Ana Lima in Vienna contributed to this report.",
])
def test_a_wire_staff_line_is_blanked(line: str) -> None:
    paras = split_paragraphs(f"Talks stall\nThe party said on Tuesday it wanted a wealth tax.\n{line}")
    assert paras[2].skip == [(0, len(line))]
    assert paras[1].skip == []


def test_a_body_sentence_about_reporting_is_left_alone() -> None:
    line = "Reporting by local media suggested the talks had stalled."
    assert split_paragraphs(f"Talks stall\nThe party spoke.\n{line}")[2].skip == []
