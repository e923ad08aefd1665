"""Proposals on wording the extractor was not tuned on: who a relative clause makes a proposer, bare
"the framework" pointing back, settlements marked by their standing, one original or one revision named
two ways, and asides that only tell more of a plan already named."""

from __future__ import annotations

import datetime as dt

import pytest

from graph.records import ProposalRecord
from tests.extracting import extracted

# enough plain English around each test sentence for the language check
LEAD = "Talks in the capital\n\nThe talks were held in the city and the two sides said that they would meet again next week.\n\n"


def _props(body: str) -> list[ProposalRecord]:
    return extracted(LEAD + body, dt.date(2025, 12, 3)).proposals


def _label(p: ProposalRecord) -> str:
    return " ".join([p.name, *p.aliases]).lower()


# -- a relative clause's subject is a proposer only if it wrote, put forward or concluded the plan


def test_subject_who_refused_to_sign_is_no_proposer() -> None:
    props = _props("Cairo said it still backed the old water accord, an agreement that Ethiopia refused to sign.\n")
    assert not any("Ethiopia" in p.proposers for p in props)


def test_subject_who_must_live_with_a_deal_is_no_proposer() -> None:
    props = _props("Athens rejected a maritime deal that the Turkish parliament had to live with.\n")
    assert not any("parliament" in _label(p) for p in props)


@pytest.mark.parametrize(("body", "who"), [
    pytest.param("Cairo said it still backed a water accord that Sudan drafted.\n", "Sudan", id="drafted"),
    pytest.param("The talks also touched on a regional fisheries pact, which Norway has pledged to conclude this year.\n",
                 "Norway", id="pledged-to-conclude"),
])
def test_subject_who_wrote_or_concludes_is_the_proposer(body: str, who: str) -> None:
    assert any(who in p.proposers for p in _props(body))


# -- a bare definite "the framework" is one more mention of the plan of that kind, which keeps it


def test_plan_named_once_then_referred_to_is_kept() -> None:
    props = _props("Athens said the talks had produced a very substantial framework. Ankara said the framework would "
                   "need work. Officials said the framework left fishing aside.\n")
    assert [p for p in props if "framework" in p.name]


def test_plan_named_once_and_never_again_is_dropped() -> None:
    props = _props("Athens said the talks had produced a very substantial framework.\n")
    assert not [p for p in props if "framework" in p.name]


# -- a settlement marked by its standing is a proposal, one across "deal" and "agreement"


def test_tentative_agreement_is_a_proposal() -> None:
    props = _props("The nurses' union and the hospital group reached a tentative agreement on Friday after a long night.\n")
    assert [p for p in props if "tentative" in _label(p)]


def test_provisional_deal_and_agreement_are_one() -> None:
    props = _props("Lima and the miners struck a provisional deal on royalties on Monday. The miners said the provisional "
                   "agreement would go to a vote.\n")
    assert len([p for p in props if "provisional" in _label(p)]) == 1


# -- one original named two ways ("the draft it revises" and "the first draft") is one proposal


@pytest.mark.parametrize(("body", "word"), [
    pytest.param("The Norwegian mediators handed both delegations a revised version of their draft peace accord on "
                 "Monday. The first draft, which Norway presented to the parties in March, set no date for elections.\n",
                 "first draft", id="original-and-first-draft-are-one"),
    pytest.param("The government published the revised text of the package of trade treaties with Japan, months after "
                 "the initial package text was agreed.\n", "initial", id="initial-text-is-the-package-revised"),
])
def test_the_original_named_two_ways_is_one(body: str, word: str) -> None:
    originals = [p for p in _props(body) if not p.revision_of]
    assert len(originals) == 1 and word in _label(originals[0])


def test_first_and_original_of_two_sides_stay_apart() -> None:
    props = _props("Kenya's original plan set a two-year timetable. Uganda's first proposal set a five-year timetable.\n")
    assert len(props) == 2


# -- one revision named as a "deal" and as an "agreement" is one


def test_revised_deal_and_revised_agreement_are_one() -> None:
    props = _props("Peru and the bondholders reached a revised debt deal on Monday. The revised agreement cuts the "
                   "coupon to 4 percent.\n")
    assert len([p for p in props if "revised" in _label(p)]) == 1


# -- an aside between commas tells more of the plan already named, a restrictive clause names another


def test_aside_describes_the_plan_already_named() -> None:
    props = _props("Ecuador and the IMF reached a revised staff-level agreement on Tuesday. The agreement, announced "
                   "late on Wednesday, lowers the reserve target.\n")
    assert not [p for p in props if "announced" in _label(p)]


def test_restrictive_clause_names_another_accord() -> None:
    props = _props("Ecuador and the IMF reached a revised staff-level agreement on Tuesday. Officials compared it with "
                   "the agreement reached in Quito in 2019, and said the new one was better.\n")
    assert [p for p in props if "quito" in _label(p) or "2019" in _label(p)]


# -- "a proposal, backed by X, to do Y": named by its aim, put forward by who backs it


def test_backed_proposal_named_by_its_aim() -> None:
    props = _props("At the heart of the talks is a proposal, backed by the African Union, to deploy a joint monitoring "
                   "force along the border.\n")
    hit = [p for p in props if "monitoring" in _label(p)]
    assert hit and "African Union" in hit[0].proposers


def test_passive_infinitive_is_no_aim() -> None:
    props = _props("Andes Mining answered with a proposal for a community fund of 40 million soles, to be managed by "
                   "the company's foundation.\n")
    assert any("40" in _label(p) for p in props)


# -- putting a plan forward "first" or "initially" makes it the original, named by who put it


def test_first_presented_plan_is_the_original() -> None:
    props = _props("Mr Okonjo first presented his roadmap to both parties on March 3. The revised roadmap he tabled on "
                   "Sunday pushes the vote back a year.\n")
    original = [p for p in props if not p.revision_of]
    revised = [p for p in props if p.revision_of]
    assert original and "okonjo" in _label(original[0]) and revised and revised[0].revision_of == original[0].name


def test_body_that_initially_proposed_names_the_original() -> None:
    props = _props("The Arbitration Council of Kenya initially put forward a proposal on May 2. The amended version "
                   "tabled on Friday goes further.\n")
    assert any(any("Arbitration Council" in x for x in p.proposers) and not p.revision_of for p in props)


# -- a particle that undoes a putting verb ("turned down") puts nothing forward


def test_who_turns_down_a_revision_is_not_its_proposer() -> None:
    props = _props("The mediator tabled an amended settlement on Monday. Uruguay turned down the revised proposal on "
                   "Tuesday.\n")
    assert not any("Uruguay" in p.proposers for p in props)


# -- an accord signed somewhere is also named by the place


def test_accord_named_by_where_it_was_signed() -> None:
    props = _props("The sanctions also threaten an agreement Mr Lavrov signed in Geneva on May 9 with the inspectors' "
                   "chief, to resume visits.\n")
    assert any("geneva" in _label(p) for p in props)
