"""Dates in a sentence, resolved against the publication date with our own weekday rules.

"on Tuesday" in an article published on Wednesday is the day before; a weekday equal to the
publication weekday is that very day unless "last" precedes it; "at the weekend" is the preceding
Saturday; "last week" is the Wednesday of the previous week (a stand-in: the text fixes no day), but "Thursday of last
week" or "Tuesday next week" is that weekday of the week named.
Explicit "October 9" / "9 October" without a year take last year's date when their clause is in the past tense,
the next one when it is in the future tense, and otherwise the nearer of the two ("before licences expire on Dec. 31"
in October is this December). The tense is the verb's the date modifies, not another clause's ("met on Tuesday to
discuss how the fund will be spent": the Tuesday just past). Durations ("five-hour") are never dates.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
ABBREVIATIONS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sept": 9, "sep": 9, "oct": 10,
                 "nov": 11, "dec": 12}  # "LONDON, Dec 11", "Oct. 1": the wire-style short forms
_WD = "|".join(WEEKDAYS)
_MO = "|".join(MONTHS) + "|" + "|".join(rf"{a}\.?" for a in ABBREVIATIONS)
RE_WEEKDAY = re.compile(rf"\b(last|next|this|on|since|by|until|from|early on|late on|earlier on|later on|as soon as)?"
                        rf"\s*(?<!every )(?<!each )({_WD})\b(?!\s+(?:nights|mornings|afternoons|evenings)\b)", re.I)
# not "every Friday", "on Friday nights": a habit names no day (a plural "Fridays" never matches "friday\b")
RE_WEEK_OF = re.compile(rf"\b(?:(last|this|next) week'?s\s+({_WD})|({_WD})(?:\s+(?:morning|afternoon|evening|night))?"
                        rf"\s+(?:of\s+)?(last|this|next) week)\b", re.I)
# "Thursday of last week", "Tuesday next week", "last week's Monday": the weekday of the week named, not the
# nearest one ("Thursday" alone in an article of a Thursday is that very day)
RE_MD = re.compile(rf"\b({_MO})\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}}))?", re.I)
RE_DM = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MO})\b(?:,?\s+(\d{{4}}))?", re.I)
_DIGIT = re.compile(r"\d")  # what RE_MD and RE_DM need (the same digits as their \d)
RE_WEEKEND = re.compile(r"\b(?:at|over|during|on|this|last)\s+(?:the\s+)?weekend\b", re.I)
ANCHORED = re.compile(r"the next day|a day earlier|the day before|the previous day|a day later|the following day",
                      re.I)  # RE_REL's days counted from the last date told, not from the publication
RE_REL = re.compile(r"\b(yesterday|today|tonight|last night|last week|the next day|a day earlier|the day before|"
                    r"the previous day|a day later|the following day)\b", re.I)
FUTURE = re.compile(r"\b(will|to meet|to visit|to hold|is due|are due|is set to|are set to|is scheduled|are scheduled|"
                    r"scheduled (?:for|to)|is expected|are expected|expected to|"
                    r"next (?:week|month)(?!['\u2019]s))\b", re.I)
# not "next year's catch", "a boycott of next month's open": a topic named by its time, not the clause's tense
FINITE_FUTURE = re.compile(r"\b(will|is due|are due|is set to|are set to|is scheduled|are scheduled|is expected|"
                           r"are expected)\b", re.I)
# after the date only a finite future is the date's verb's ("Ministers on Thursday will meet"): an infinitive there
# is a purpose clause of a verb before it ("arrived on Monday to meet …", "met on Tuesday to hold talks")
PAST = re.compile(r"\b(?:[Ww]as|[Ww]ere|[Hh]ad|[Dd]id|ago|[a-z]{2,}[^\We]ed|agreed|freed|guaranteed|began|met|held|took|"
                  r"made|told|came|went|broke|won|lost|left|fell|sent|struck|gave|rose|ran|wrote|spoke|became|brought|"
                  r"sought|fought|kept|led|paid|sold|stood|chose|drew|froze|withdrew|undertook)\b(?<!hundred)")
# a past tense ("signed on December 20", "talks began on May 7"); "-ed" only in lower case ("United") and not
# "need", "proceed" (an "e" before "ed"); a word list cannot be complete: what it misses takes the nearer year


_MONTHS_FULL = "|".join(MONTHS)
COARSE = re.compile(  # when the act happened; not "since September", "by 2030", "later this year" (a span or a term)
    rf"\b(?:(?:in|during)\s+(?:(?:early|late|mid)[- ]?)?(?:{_MONTHS_FULL})\b(?![\s,]+\d{{1,2}}\b)"
    r"|(?:in|during)\s+(?:the\s+)?(?:\d{4}s?|\d0s)\b(?!\s+(?:standoff|war|agreement|accord|deal|treaty|crisis))"
    r"|(?:last|earlier this)\s+(?:month|year|spring|summer|autumn|winter))", re.I)


def coarse_time(text: str) -> bool:
    """Does the text place its act in a month, a year or a season, not on a day ("met in August", "seized it
    in 2024", "last month")? Such an act has no day, and the day a story tells of is not its day.

    >>> coarse_time("Jeri and Boric met at the White House in August and initialled the text.")
    True
    >>> coarse_time("They met in Lima on August 5."), coarse_time("They met on Wednesday.")
    (False, False)
    """
    return COARSE.search(text) is not None


def _weekday(pub: dt.date, name: str, qualifier: str, future: bool) -> dt.date:
    target = WEEKDAYS.index(name.lower())
    delta = (pub.weekday() - target) % 7
    q = qualifier.lower()
    future = future or q == "as soon as"  # "could veto the bid as soon as Thursday": the earliest day to come
    if q == "last" and delta == 0:
        delta = 7
    if q == "next" or (future and delta != 0 and q not in ("last", "since")):
        return pub + dt.timedelta(days=(target - pub.weekday()) % 7 or 7)
    return pub - dt.timedelta(days=delta)


def _week_of(pub: dt.date, name: str, which: str) -> dt.date:
    """The weekday ``name`` of the week before, of, or after the publication's (weeks start on Monday)."""
    step = {"last": -7, "this": 0, "next": 7}[which.lower()]
    return pub - dt.timedelta(days=pub.weekday() - step) + dt.timedelta(days=WEEKDAYS.index(name.lower()))


def _month_day(pub: dt.date, month: str, day: str, year: str | None, tense: str | None) -> dt.date | None:
    """A month and day; without a year the one before or after publication that ``tense`` ("past", "future" or
    None) asks for, and with no tense the nearer ("before licences expire on Dec. 31" in October is this December,
    "talks on January 20" in December next January; ties go to the past). A day within 45 days of publication
    is always the nearer one."""
    try:
        low = month.lower().rstrip(".")
        m = ABBREVIATIONS[low] if low in ABBREVIATIONS else MONTHS.index(low) + 1
        if year:
            return dt.date(int(year), m, int(day))
        d = dt.date(pub.year, m, int(day))
    except ValueError:
        return None
    if d == pub:
        return d
    try:
        other = d.replace(year=pub.year + (1 if d < pub else -1))
    except ValueError:  # February 29 of a leap year: the year before or after has none
        other = None
    before, after = (d, other) if d < pub else (other, d)
    if after is None or before is None:
        return before or after
    near = before if (pub - before) <= (after - pub) else after
    if abs((near - pub).days) <= 45:  # "unveiled on October 9" in an article of October 27, "by October 24" in one of
        return near  # October 14: a day that close is meant, whatever tense another clause of the sentence has
    return before if tense == "past" else after if tense == "future" else near


_BREAK_WORDS = "said|says|and|but|while|after|before|as"
CLAUSE_BREAK = re.compile(rf"[,;:(]|\b(?:{_BREAK_WORDS})\b", re.I)
TAIL_BREAK = re.compile(rf"[,;:(]|\b(?:{_BREAK_WORDS}|that|which|who|how|what|whether|why|when|where|if)\b", re.I)
# after the date, a relative or reported clause is another verb's: "voted on Wednesday to ratify a treaty that will
# allow …", "said on Wednesday that the army will not allow …" happened on the Wednesday just past


WOULD = re.compile(r"\b(would|unless)\b", re.I)


_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?[\w'\u2019-]+\s+$", re.I)
# the "and" of "between Armenia and Azerbaijan" joins two nouns, no clauses: "talks on Friday between Armenia and
# Azerbaijan will focus on …" are this coming Friday's

_BARE_DATE_END = re.compile(r"\s*(?:morning|afternoon|evening|night)?\s*$", re.I)
# the date's own clause (from the last TAIL_BREAK before it) decides when it holds a past verb and no future or
# modal, unless that clause is a condition (_tense)
CONDITIONAL = frozenset({"if", "unless"})
MODAL = re.compile(r"\b(?:would|could|should|might|may|must|shall|can)\b", re.I)
_DETERMINER = re.compile(r"\b(?:the|a|an|its|their|his|our|your|these|those|this|each|every)\s+$", re.I)


def _tense(text: str, pos: int, would: bool = False, end: int | None = None) -> str | None:
    """"future", "past" or None: the tense of the clause holding the date phrase at ``pos``, looked for from the
    last clause break before the phrase to the next one after it (TAIL_BREAK: a "that", "which" or "how" clause
    after it is another verb's, so "said on Sunday they would", "held talks on Wednesday on how much Ethiopia will
    export" keep the day in the past). After the phrase only a finite future counts (FINITE_FUTURE). A phrase
    that opens its clause ("On Tuesday, ministers will meet") takes the tense of the clause after its comma.
    With ``would``, the future in the past ("would walk off the job Oct. 1") counts too. First of all, a past verb
    in the date's own clause, with no future or modal there and no "if"/"unless" opening it, makes it past ("The
    committee that met on March 3 will hold …")."""
    start, lead = 0, None
    for m in CLAUSE_BREAK.finditer(text, 0, pos):
        start, lead = m.end(), m
    before = text[start:pos]
    rest = text[pos:]
    cut = next((m for m in TAIL_BREAK.finditer(rest) if not (m.group().lower() == "and" and _BETWEEN.search(rest, 0, m.start()))), None)
    after = rest[:cut.start() if cut else len(rest)]
    if end is not None and len(before.split()) <= 1 and cut is not None and cut.group() == "," and (
            lead is None or lead.group().lower() not in ("said", "says")) and _BARE_DATE_END.match(
            text, end, pos + cut.start()):  # (not "Under Thursday's agreement, the government will …")
        nxt = TAIL_BREAK.search(rest, cut.end())  # "On Tuesday, ministers will meet": the verb comes after the comma
        before = rest[cut.end():nxt.start() if nxt else len(rest)]  # (not "X said on Tuesday, adding …")
    opener = None
    for m in TAIL_BREAK.finditer(text, 0, pos):
        opener = m
    own = text[opener.end() if opener else 0:pos]
    if (opener is None or opener.group().lower() not in CONDITIONAL) and not FUTURE.search(own) and not \
            MODAL.search(own) and _past(own):
        return "past"  # the date's own verb decides: "The committee that met on March 3 will hold …" met in the
        # past; but a condition's past is no past act ("if no deal was reached by March 31 she would …")
    if FUTURE.search(before) or FINITE_FUTURE.search(after) or would and WOULD.search(before + after):
        return "future"
    if _past(before) or _past(after):
        return "past"
    return None


def _past(text: str) -> bool:
    """A past tense in ``text`` (PAST), not an "-ed" word right after a determiner: "the planned summit",
    "a scheduled meeting" are attributive participles, no finite verb follows "the" or "a"."""
    return any(_DETERMINER.search(text, 0, m.start()) is None for m in PAST.finditer(text))


def _future(text: str, pos: int, end: int | None = None) -> bool:
    """A weekday's clause is in the future tense ("… to meet Xi on Thursday", "will …"; see _tense)."""
    return _tense(text, pos, end=end) == "future"


_NAME_BEFORE = re.compile(r"\b([A-Z][\w'\u2019-]*)\s+$")
_NOT_A_NAME = frozenset(WEEKDAYS) | frozenset(MONTHS) | {
    "on", "since", "by", "until", "till", "from", "before", "after", "in", "of", "through", "between", "and", "or",
    "to", "early", "late", "mid", "last", "next", "this", "that", "the", "a", "dated"}


def _in_a_name(text: str, pos: int) -> bool:
    """A month and day that end a capitalised name are part of it ("the supply boat Unaizah May 7"), not a date;
    a weekday, a preposition or a dateline in capitals before them leaves them a date ("Tuesday May 7",
    "On May 7", "LONDON May 7")."""
    m = _NAME_BEFORE.search(text, 0, pos)
    if m is None:
        return False
    word = m.group(1)
    opens = not text[:m.start()].strip(" \"'\u201c\u2018(")  # "Around May 7, …", "Effective June 2": a sentence's
    # first word, capitalised as any first word is
    return not opens and not word.isupper() and word.lower().rstrip(".") not in _NOT_A_NAME


def find_dates(text: str, pub: dt.date | None, anchor: dt.date | None = None) -> list[tuple[int, dt.date]]:
    """(char position, date) for every date expression in ``text``; ``anchor`` resolves "the next day"."""
    if pub is None:
        return []
    return list(_find_dates(text, pub, anchor))


@functools.lru_cache(maxsize=4096)
def _find_dates(text: str, pub: dt.date, anchor: dt.date | None) -> tuple[tuple[int, dt.date], ...]:
    """Cached: every record of a sentence asks again (three calls in four repeat one)."""
    out: list[tuple[int, dt.date]] = []
    # a weekday ends in "day" and a month and day has a digit: a text without them skips those patterns (str.lower
    # folds every letter of "day" and "weekend" as re.IGNORECASE does, the Kelvin sign to "k" too)
    low = text.lower()
    days = "day" in low
    weeks = {(m.start(), m.end()): _week_of(pub, m.group(2) or m.group(3), m.group(1) or m.group(4))
             for m in RE_WEEK_OF.finditer(text)} if days else {}
    for m in RE_WEEKDAY.finditer(text) if days else ():
        fixed = next((d for (a, b), d in weeks.items() if a <= m.start(2) < b), None)
        out.append((m.start(2), fixed or _weekday(pub, m.group(2), (m.group(1) or "").strip(), _future(text, m.start(), m.end()))))
    digits = _DIGIT.search(text) is not None
    for m in RE_MD.finditer(text) if digits else ():
        if _in_a_name(text, m.start()):
            continue
        d = _month_day(pub, m.group(1), m.group(2), m.group(3), _tense(text, m.start(), would=True, end=m.end()))
        if d:
            out.append((m.start(), d))
    for m in RE_DM.finditer(text) if digits else ():
        d = _month_day(pub, m.group(2), m.group(1), m.group(3), _tense(text, m.start(), would=True, end=m.end()))
        if d:
            out.append((m.start(), d))
    for m in RE_WEEKEND.finditer(text) if "weekend" in low else ():
        out.append((m.start(), pub - dt.timedelta(days=(pub.weekday() - 5) % 7 or 7)))
    for m in RE_REL.finditer(text):
        if any(a <= m.start() < b for a, b in weeks):
            continue  # the "last week" of "Thursday of last week" only names the weekday's week
        w = m.group(1).lower()
        if w == "yesterday" or w == "last night":
            out.append((m.start(), pub - dt.timedelta(days=1)))
        elif w in ("today", "tonight"):
            out.append((m.start(), pub))
        elif w == "last week":
            monday = pub - dt.timedelta(days=pub.weekday() + 7)
            out.append((m.start(), monday + dt.timedelta(days=2)))
        elif anchor is not None:
            step = 1 if w in ("the next day", "a day later", "the following day") else -1
            out.append((m.start(), anchor + dt.timedelta(days=step)))
    out.sort(key=lambda x: x[0])
    return tuple(out)


def nearest_date(text: str, pos: int, pub: dt.date | None, anchor: dt.date | None = None) -> dt.date | None:
    """The date expression closest to character ``pos`` of ``text`` (a sentence), or None."""
    found = find_dates(text, pub, anchor)
    if not found:
        return None
    return min(found, key=lambda x: abs(x[0] - pos))[1]


def anchored_day(text: str, pos: int) -> bool:
    """Is the date phrase at ``pos`` of ``text`` a day counted from another date ("retaliated the next day")?"""
    return ANCHORED.match(text, pos) is not None


STAND_IN = re.compile(r"last week\b", re.I)


def stand_in(text: str, pos: int) -> bool:
    """Is the date phrase at ``pos`` of ``text`` a week told as a day ("a softer tone than last week": its
    Wednesday is a stand-in)? It dates an act of its own clause, but it is no day the story tells of."""
    return STAND_IN.match(text, pos) is not None
