"""Check rules on parts and wholes: a part larger than its whole, a total that is no sum.

News gives a whole and its parts in a few set ways: a cue before the part ("including
2,100"), a cue after it ("30 million of which"), "317 of the 299 votes", "from a total of",
"Of those, ..." one sentence on, "in total" after the whole; a total before its list ("Eleven
people died: four adults and six children"), a breakdown one sentence on ("It was made up
of ..."), shares of one whole ("48% backed it, 39% opposed it"). Each rule reads one of these
and keeps silent when the text leaves room for doubt: a part is flagged only when it is
larger than every whole the sentence offers before it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator
from decimal import Decimal
from functools import cache, lru_cache
from itertools import islice
from typing import NamedTuple

from newsnum import numbers, units
from newsnum._data import words as _words
from newsnum.errors import NewsnumError
from newsnum.model import Finding, Quantity
from newsnum.story import (
    PHYSICAL,
    Story,
    alternation,
    comparable,
    convert,
    core,
    dimension,
    finding,
    highest,
    lowest,
    number_span,
    plain,
)

__all__ = [
    "award_categories",
    "both_after_names",
    "breakdown_total",
    "count_in_a_top",
    "fraction_past_one",
    "listed_total",
    "more_than_its_size",
    "more_than_there_are",
    "named_list",
    "named_then_counted",
    "names_among_count",
    "names_before_count",
    "ordinal_past_whole",
    "part_after_cue",
    "part_before_cue",
    "part_in_total",
    "part_of_those",
    "part_of_whole",
    "part_up_front",
    "periods_in_a_period",
    "sets_and_scores",
    "share_as_subject",
    "share_of_people",
    "shares_of_one_whole",
    "years_listed",
]

_MAX_PARTS = 12  # the longest list of parts a total is checked against
_HEDGE_ROOM = Decimal("1.1")  # how far above a hedged whole ("about 2 million") a part may go
#: How far a rule reads around a figure for its whole or its cues: a sentence of prose, but
#: not the whole of a run-on text made to be slow.
_NEAR = 400


class _Patterns(NamedTuple):
    part_cue: re.Pattern[str]
    part_lead: re.Pattern[str]
    age: re.Pattern[str]
    of_which: re.Pattern[str]
    of_the: re.Pattern[str]
    among_before: re.Pattern[str]
    part_cue_lower: re.Pattern[str]
    among_lower: re.Pattern[str]
    in_total: re.Pattern[str]
    of_those: re.Pattern[str]
    of_the_opening: re.Pattern[str]
    at_most: re.Pattern[str]
    close_below: re.Pattern[str]
    total_cue: re.Pattern[str]
    colon_after_words: re.Pattern[str]
    include: re.Pattern[str]
    dash_list: re.Pattern[str]
    strong: re.Pattern[str]
    were: re.Pattern[str]
    list_join: re.Pattern[str]
    list_goes_on: re.Pattern[str]
    attribution: re.Pattern[str]
    of_them: re.Pattern[str]
    died: re.Pattern[str]
    breakdown: re.Pattern[str]


#: What joins a part to its whole: "of the", "out of", "of his", "of their next", "of the
#: Lords'", "from a total of", "of a possible", "out of every", "in every", "in" ("17 wins in 15
#: games": only with the nouns of OUTCOMES).
_OF_THE = (
    r"\s*(?:(?:[a-z]+\s+){0,2}?(?:from|out\s+of)\s+an?\s+(?:total\s+)?(?:[a-z]+\s+)?of\s+"
    # "14 of a staggering 12", "12 of a total of 10", "16 out of every 10"
    r"|(?:out\s+)?of\s+(?:an?\s+(?:total\s+of\s+|[a-z]+\s+)|every\s+)(?=[0-9])"
    r"|in\s+every\s+(?=[0-9a-z])"
    r"|(?:out\s+)?of\s+(?:(?:the|its|their|his|her|our|my|your)\s+|an?\s+(?=[0-9A-Za-z]+-))?"
    r"(?:[A-Z][a-z]+(?:'s|s'|’s|s’)\s+)?"  # "92 of the Lords' 75", "of Britain's 659"
    r"(?:(?:next|last|first|previous|past|remaining|final|opening|closing)\s+)?"
    r"|in\s+(?=[0-9a-z])"
    # "17 wins from their 11 games": results from games only (see _outcomes_in_events)
    r"|from\s+(?:(?:the|its|their|his|her|our)\s+)?(?=[0-9a-z]))"
)


@cache
def _patterns() -> _Patterns:
    """Compile (once) the patterns of the rules, from the word tables."""
    i = re.IGNORECASE
    w = _words
    return _Patterns(
        part_cue=re.compile(rf"\b(?:{alternation(w.PART_CUES)})\b", i),
        # the cues anywhere, in a lower-cased ASCII text: a quick test that one may be there
        part_cue_lower=re.compile(alternation(w.PART_CUES)),
        among_lower=re.compile("among"),
        part_lead=re.compile(r"[ \t]*(?:[\"“]?[A-Za-z'-]+[\"”]?[ \t]+){0,3}"),
        age=re.compile(r"\b(?:aged|ages?)\b", i),
        of_which=re.compile(rf"\s*of\s+(?:{alternation(w.OF_THEM)})\b", i),
        of_the=re.compile(_OF_THE, i),
        in_total=re.compile(rf"\s*(?:{alternation(w.IN_TOTAL)})\b", i),
        among_before=re.compile(r"\b(?:are|were|is|was)\s+among\s+(?:the\s+)?$", i),
        of_the_opening=re.compile(
            r"\s*[\"“]?Of\s+(?:the|its|their|his|her|these|those|this|that)\s+(?:[a-z-]+\s+)?"
        ),
        of_those=re.compile(rf"\s*[\"“]?Of\s+(?:{alternation(w.OF_THEM)}),"),
        at_most=re.compile(rf"\b(?:{alternation(w.AT_MOST)})\s*$", i),
        close_below=re.compile(rf"\b(?:{alternation(w.CLOSE_BELOW)})\s*$", i),
        total_cue=re.compile(
            r"\s*(?::\s|—|–|--|-\s|(?:[a-z]+\s+){0,2}?,?\s*(?:(?:is|was|are|were|will\s+be"
            r"|would\s+be|has\s+been"
            r"|have\s+been|had\s+been)\s+)?"
            rf"(?:{alternation(w.TOTAL_CUES)})\b)\s*"  # matched on lower case: faster
        ),
        colon_after_words=re.compile(r"(?:[ \t]+[A-Za-z'’-]+){1,12}:\s"),
        include=re.compile(r"\s+(?:will\s+|would\s+)?(?:includes?|included|including)\s", i),
        dash_list=re.compile(
            r"(?:[ \t]+[A-Za-z']+){0,8}[ \t]+(?:-|–|—)[ \t]+(?:[a-z]+ing[ \t]+)?(?=[0-9a-z])"
        ),
        strong=re.compile(
            r"-strong\s+(?:[A-Za-z'-]+\s+){1,3}(?:includes|included|including|comprises"
            r"|comprised|consists\s+of|(?:is|was)\s+made\s+up\s+of)\s",
        ),
        were=re.compile(r"\s+(?:were|are)\s+(?=[0-9a-z])", i),
        list_join=re.compile(
            r"[^.;:!?0-9]{0,60}?(?:,\s*(?:and\s+)?|\s+and\s+|\s+plus\s+)(?:[a-z]+ing\s+)?"
            r"(?:[^.;:!?0-9()]{1,40}\()?"  # "housing (£1.2m), transport (£800,000)"
        ),
        list_goes_on=re.compile(
            rf"\s*(?:(?:{alternation(w.LIST_CONTINUES)})\b|,\s*(?:and\s+)?"
            rf"(?:{alternation(w.LIST_GOES_ON)})\b)",
            i,
        ),
        attribution=re.compile(
            rf"[^.;:!?0-9]{{0,40}}?,\s*(?:[A-Za-z'-]+\s+){{0,4}}?(?:{alternation(w.ATTRIBUTION_VERBS)})\b"
        ),
        of_them=re.compile(rf"\bof\s+(?:{alternation(w.OF_THEM)})\b", i),
        died=re.compile(r"\s+(?:died|were\s+killed|were\s+injured|were\s+hurt|were\s+arrested)"),
        breakdown=re.compile(
            r"\s*[\"“]?(?:It|This|That|These|The\s+[a-z]+(?:\s+[a-z]+)?)\s+(?:was|were|is|are)"
            rf"\s+(?:{alternation(w.BREAKDOWN_OPENINGS)})\b"
        ),
    )


class _ListPatterns(NamedTuple):
    names_open: re.Pattern[str]
    list_token: re.Pattern[str]
    mark_near: re.Pattern[str]
    names_go_on: re.Pattern[str]
    of_the_clause: re.Pattern[str]
    copula_before: re.Pattern[str]
    all_of: re.Pattern[str]
    names_lead: re.Pattern[str]
    name_start: re.Pattern[str]
    quote_opening: re.Pattern[str]
    award_for: re.Pattern[str]
    categories_end: re.Pattern[str]
    best: re.Pattern[str]
    some_of: re.Pattern[str]
    share_verb: re.Pattern[str]
    stake_after: re.Pattern[str]
    of_any: re.Pattern[str]
    of_plural: re.Pattern[str]
    of_people: re.Pattern[str]
    of_all: re.Pattern[str]
    compared_before: re.Pattern[str]
    clause_end: re.Pattern[str]


@cache
def _lists() -> _ListPatterns:
    """Compile (once) the patterns of named lists, awards, clauses and shares of a whole."""
    few = "|".join(_words.NUMBER_SMALL[2:11])  # "two" to "ten", as names are counted
    return _ListPatterns(
        # after a count's noun: a dash or a colon a few words on, or a comma right there
        names_open=re.compile(
            r"(?:[^.;:!?,()0-9–—-]{0,80}?(?:\s[-–—]|:)\s+|,?\s+(?P<including>including)\s+"
            r"|(?P<comma>,)\s+|\s?(?P<bracket>\()"
            r"|[^.;:!?,()0-9–—-]{0,60}?\s(?P<copula>are|were)\s+|\s(?P<source>from|in)\s+"
            r"|(?P<bare>[ \t]+)(?=[A-Z][a-z]))"
        ),
        list_token=re.compile(r",|[^\s,]+"),
        mark_near=re.compile(r"[-:–—]| (?:are|were|including|from|in) "),
        names_go_on=re.compile(rf",?\s+(?:{alternation(_words.NAMES_GO_ON)})\b"),
        of_the_clause=re.compile(
            r"(?:\bthat,?|,)\s+of\s+(?:the|its|their|his|her|these|those)\s+(?:[a-z-]+\s+)?"
            r"(?=[0-9$£€¥₹]|Â£)"  # "Â£": the pound sign of a text read in the wrong encoding
        ),
        copula_before=re.compile(
            r"\s(?:are|were)\s+(?P<among>among\s+)?(?:the\s+)?(?:other\s+|only\s+)?$"
        ),
        # "both", "all three"; in apposition, "Germany and Italy, two of France's partners"
        all_of=re.compile(
            rf"(?:both|all\s+({few}))\b"
            rf"|({few})(?=\s+of\s+(?:the|its|their|his|her|our|[A-Z][A-Za-z]*(?:'s|’s))\s)"
            # "... and Ireland - five countries -", "- the only three sides left ... -"
            rf"|({few})(?=\s+[a-z]+s\b(?:\s+[a-z]+){{0,8}}\s*(?:[-–—]|,))"
        ),
        names_lead=re.compile(
            r"(?:,\s+(?:(?:who|which)\s+)?(?:(?:have|had|are|were|will)\s+)?(?:the\s+)?"
            r"|\s+(?:have|had|are|were)\s+"
            r"|\s+[-–—]\s+(?:the\s+(?:only|other)\s+)?)$"
        ),
        name_start=re.compile(r"(?<![^\s\"“‘'(])[A-Z]"),
        quote_opening=re.compile(r"\s*[\"“‘']?"),
        award_for=re.compile(
            r"(?:[^.;:!?]{0,40}?[\s(-])?for\s+(?=best\b)|(?:\s+[-–—]|\s*:)\s+(?=best\b)"
        ),
        categories_end=re.compile(r"[;:(]|,\s+(?:while|but|and\s+(?!best\b))|\s-\s"),
        best=re.compile(r"\bbest\b"),
        some_of=re.compile(r"\b(?:includ|among|such\s+as|also)", re.IGNORECASE),
        share_verb=re.compile(rf"\b(?:{alternation(_words.SHARE_OF_VERBS)})\s+$", re.IGNORECASE),
        of_any=re.compile(r"\s+of\s+(?:all\s+|the\s+)?[A-Za-z-]+(?:\s+[A-Za-z-]+)?"),
        stake_after=re.compile(rf"[ \t]+(?:{alternation(_words.STAKES)})\b", re.IGNORECASE),
        of_plural=re.compile(
            r"\s+of\s+(?:(?:the|all|its|their|our)\s+)?(?:[A-Z][A-Za-z]*\s+)?"
            r"([a-z]+[^s\W]s|[A-Z]{2,}s)\b(?![-'’])"
        ),
        of_people=re.compile(
            r"\s+of\s+(?:the\s+|all\s+|its\s+|their\s+|our\s+)?(?:[A-Za-z-]+(?:'s|’s)?\s+){0,2}?"
            rf"({alternation(_words.SHARE_WHOLES)})\b"
        ),
        of_all=re.compile(r"\s+of\s+all\s+(?!time\b)[a-z]+(?:\s+[a-z]+)?"),
        compared_before=re.compile(
            rf"\b(?:{alternation(_words.COMPARED_WITH)})\s+(?:[a-z]+\s+){{0,2}}$", re.IGNORECASE
        ),
        clause_end=re.compile(r"(?=[.,;:!?)]|\Z)"),
    )


class _SharePatterns(NamedTuple):
    share_join: re.Pattern[str]
    share_cue: re.Pattern[str]
    not_shares: re.Pattern[str]
    many_answers: re.Pattern[str]
    answer: re.Pattern[str]
    opposing: re.Pattern[str]
    base_after: re.Pattern[str]
    of_whole_opening: re.Pattern[str]
    change_before: re.Pattern[str]
    party_before: re.Pattern[str]
    further: re.Pattern[str]
    allocated: re.Pattern[str]
    rest: re.Pattern[str]


@cache
def _shares() -> _SharePatterns:
    """Compile (once) the patterns of the shares rule, from the word tables."""
    i = re.IGNORECASE
    w = _words
    return _SharePatterns(
        share_join=re.compile(
            r"[^.;:!?0-9%]{0,120}?(?:,\s*(?:and\s+|while\s+|with\s+|but\s+)?"
            r"|\s+(?:and|while|with|but|whereas|compared\s+with|compared\s+to|against)\s+)"
            r"(?:the\s+)?(?:[A-Z][A-Za-z]+\s+){0,3}(?:on\s+)?"  # "..., the Lib Dems on 22%"
            r"(?:a\s+further\s+|another\s+)?"  # "and a further 9%"
        ),
        share_cue=re.compile(rf"\b(?:{alternation(w.SHARE_CUES)})\b", i),
        not_shares=re.compile(rf"\b(?:{alternation(w.NOT_SHARES_CUES)})\b", i),
        many_answers=re.compile(rf"\b(?:{alternation(w.MANY_ANSWERS)})\b", i),
        answer=re.compile(
            rf"\s+(?:of\s+[a-z' ]{{1,30}}?\s+)?(?:{alternation(w.ANSWER_VERBS)})\b", i
        ),
        opposing=re.compile(rf"\b(?:{alternation(w.OPPOSING_ANSWERS)})\b", i),
        base_after=re.compile(rf"\s*(?:{alternation(w.BASE_WORDS)})\b(?!\s+favou?r)", i),
        of_whole_opening=re.compile(r"\s*[\"“]?Of\s+[^,.;:!?0-9%]{1,60},"),
        change_before=re.compile(
            rf"\b(?:to|by|from|{alternation(w.CHANGE_VERBS)})\s+(?:by\s+)?$", i
        ),
        allocated=re.compile(r"\s+(?:of\s+[a-z' ]{1,60}?\s+)?(?:to|for)\s+(?![0-9])", i),
        rest=re.compile(
            r"[^.;:!?0-9%]{0,60}?\s(?:and|with|while)\s+the\s+(?:rest|remainder|balance)\b", i
        ),
        party_before=re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?:on\s+)?$"),
        further=re.compile(r"\b(?:a\s+further|another)\s+$", i),
    )


# --------------------------------------------------------------------------- parts


def _at_most(text: str, q: Quantity) -> bool:
    """Whether the hedge before a figure puts it at most its value ("nearly 95,000")."""
    return _hedged_by(text, q, _patterns().at_most)


def _hedged_by(text: str, q: Quantity, hedge: re.Pattern[str]) -> bool:
    """Whether the hedge before a quantity's figure is one that ``hedge`` finds."""
    start = number_span(q)[0]
    return q.start < start and hedge.search(text, q.start, start) is not None


def _exceeds(text: str, part: Quantity, whole: Quantity) -> bool:
    """Whether ``part`` is larger than ``whole`` whatever their hedges allow.

    "about 2 million" leaves room up to 2.2 million; "nearly 95,000" none above 95,000;
    a part "about 3 million" may be as little as 2.7 million, and so may one "nearly 3
    million" ("nearly four out of three girls"); a part "under 3 million" is never known
    to be larger.
    """
    close = _hedged_by(text, part, _patterns().close_below)
    below = part.bound in ("<", "<=") or _at_most(text, part)
    if (below and not close) or dimension(part.unit) == "percent":
        return False
    room = highest(whole)
    if whole.bound in ("~", ">", ">=") and not _at_most(text, whole):
        room *= _HEDGE_ROOM
    least = lowest(part) / _HEDGE_ROOM if part.bound == "~" or close else lowest(part)
    unit = _counted(part)
    if unit is not None and unit != whole.unit:
        converted = convert(least, unit, whole.unit)
        if converted is None:
            return False
        least = converted
    return least > room


def _wholes(
    story: Story, part: Quantity, before: int, sentence: int | None = None
) -> list[Quantity]:
    """Quantities a part may be a part of: comparable, before ``before``, nearest first.

    In the part's sentence (or ``sentence``); restatements, malformed figures and shares
    are left out, so "1,800 staff over three years, including 2,100" finds 1,800.
    """
    at = story.sentence(part.start) if sentence is None else sentence
    lo, hi = story.sentences[at]
    out = [
        q
        for q in story.between(max(lo, before - _NEAR), min(hi, before))
        if q is not part
        and q.end <= before
        and q.restates is None
        and not q.malformed
        and dimension(q.unit) != "percent"
        and (comparable(q, part) or _counted(part) == q.unit)
    ]
    return out[::-1]


def _counted(q: Quantity) -> str | None:
    """The unit a bare count counts, when its noun is one: "16 of those months" -> month."""
    if q.unit is not None or q.noun is None or " " in q.noun:
        return q.unit
    return _noun_unit(q.noun)


@lru_cache(maxsize=1024)
def _noun_unit(noun: str) -> str | None:
    """The unit a noun names, if it names one (asked once a noun: pint's parser is slow)."""
    try:
        return units.canonical(noun)
    except (NewsnumError, ValueError):
        return None


def _larger_than_all(story: Story, part: Quantity, wholes: list[Quantity]) -> bool:
    return bool(wholes) and all(_exceeds(story.text, part, w) for w in wholes)


def _part_finding(story: Story, part: Quantity, whole: Quantity) -> Finding:
    """A part-exceeds-whole over the part and its whole: which of them is wrong, no text says.

    A whole in an earlier sentence ("Of those, ...") is named in the message only.
    """
    text = story.text
    start, end = core(text, part)[0], part.end
    if story.sentence(whole.start) == story.sentence(part.start):
        start, end = min(start, core(text, whole)[0]), max(end, whole.end)
    return Finding(
        "part-exceeds-whole",
        start,
        end,
        text[start:end],
        f"{core(text, part)[1]} is given as part of {whole.surface.strip()}, "
        "but it is larger than the whole.",
        None,
        (part, whole),
    )


def part_after_cue(story: Story) -> Iterator[Finding]:
    """A part after its cue ("including", "of whom", "among them") larger than its whole.

    Example:
        >>> from newsnum import check
        >>> text = "It will shed 1,800 staff over three years, including 2,100 in Europe."
        >>> [f.surface for f in check(text)]
        ['1,800 staff over three years, including 2,100']
        >>> check("More than 3.7 million have fled, including over 2 million to Poland.")
        []
    """
    text, qs, p = story.text, story.qs, _patterns()
    for k in story.followers:  # a part needs a whole before it in its sentence
        part = qs[k]
        if part.restates is not None:
            continue
        floor = max(qs[k - 1].end, part.start - 60)  # a cue, then up to 3 words
        if not story.may_hold(floor, part.start, p.part_cue_lower):
            continue  # most quantities: no cue before them
        cues = list(p.part_cue.finditer(text, floor, part.start))
        # The part must follow its cue closely: "including over 2 million", not
        # "including police officers, and 1,200 were evacuated".
        if not cues or p.part_lead.fullmatch(text, cues[-1].end(), part.start) is None:
            continue
        if p.age.search(text, cues[-1].end(), part.start):
            continue  # "14% of those aged 40-48": an age is no part of a count
        wholes = _wholes(story, part, cues[-1].start())
        if _larger_than_all(story, part, wholes):
            yield _part_finding(story, part, wholes[0])


def part_before_cue(story: Story) -> Iterator[Finding]:
    """A part before its cue ("30 million of which", "six of them") larger than its whole.

    The whole is the figure the sentence gave before it; when it gave several, the part
    must be larger than each ("12 goals in 8 games, 10 of which" is left alone).

    Example:
        >>> from newsnum import check
        >>> text = "About 25 million players were sold, 30 million of which were iPods."
        >>> [f.surface for f in check(text)]
        ['25 million players were sold, 30 million']
        >>> check("About 25 million players were sold, 10 million of which were iPods.")
        []
    """
    for k in story.followers:  # a part needs a whole before it in its sentence
        part = story.qs[k]
        if part.restates is not None:
            continue
        if not _patterns().of_which.match(story.text, part.end):
            continue
        wholes = _wholes(story, part, part.start)
        if _larger_than_all(story, part, wholes):
            yield _part_finding(story, part, wholes[0])


def part_of_whole(story: Story) -> Iterator[Finding]:
    """A part written as "N of the M", "N out of M" or "N from a total of M", with N > M.

    Example:
        >>> from newsnum import check
        >>> [f.surface for f in check("Mr Sayeed won 317 of the 299 votes.")]
        ['317 of the 299']
        >>> check("Mr Sayeed won 217 of the 299 votes.")
        []
    """
    text, qs = story.text, story.qs
    for k in story.followers:  # "N of the M" is written in one sentence
        part, whole = qs[k - 1], qs[k]
        end = (
            part.noun_span[1] if part.noun_span and part.noun_span[0] <= part.end + 2 else part.end
        )
        m = _patterns().of_the.match(text, end)
        if m is None or m.end() != whole.start or whole.restates is not None:
            continue
        said = m.group().split()
        results_only = (said[0] == "in" and said[-1] != "every") or (
            said[0] == "from" and said[-1] != "of"  # not "from a total of"
        )
        if results_only and not _outcomes_in_events(part, whole):
            continue
        units = _counts_its_units(part, whole) and (part.noun is None or said[:2] == ["out", "of"])
        if (comparable(part, whole) or units) and _exceeds(text, part, whole):
            yield _part_finding(story, part, whole)


def _counts_its_units(part: Quantity, whole: Quantity) -> bool:
    """A bare count of the periods of an exact whole: "nine of the last eight years".

    Not "millions of under-18s" (an age bracket), nor a vague or hedged count. A count of
    times "out of" them counts them too: "28 times out of the last 20 years".
    """
    return (
        part.unit is None
        and part.noun in (None, "times")
        and part.bound == "="
        and not part.is_range
        and whole.unit in _words.ORDINAL_PERIODS
        and whole.bound == "="
        and not whole.is_range
        and not whole.noun
    )


def _outcomes_in_events(part: Quantity, whole: Quantity) -> bool:
    """Whether a count is of results within a count of games: "17 wins in 15 league games"."""
    if part.noun is None or whole.noun is None:
        return False
    return (
        part.noun.split()[-1].lower() in _words.OUTCOMES
        and whole.noun.split()[-1].lower() in _words.EVENTS
    )


def part_among(story: Story) -> Iterator[Finding]:
    """A part said to be "among the M" (or "of the M") further on, larger than M.

    Example:
        >>> from newsnum import check
        >>> text = "About 1.9 million staff at the department are among the 1.2 million affected."
        >>> [f.surface for f in check(text)]
        ['1.9 million staff at the department are among the 1.2 million']
        >>> check("About 0.9 million staff at the department are among the 1.2 million affected.")
        []
    """
    text = story.text
    for k in story.followers:  # the part is in the whole's sentence, before it
        whole = story.qs[k]
        lo = max(0, whole.start - 30)
        if not story.may_hold(lo, whole.start, _patterns().among_lower):
            continue  # most quantities: no "among" before them
        if not _patterns().among_before.search(text, lo, whole.start):
            continue
        parts = _wholes(story, whole, whole.start)  # the nearest comparable figure before
        if parts and parts[0].restates is None and _exceeds(text, parts[0], whole):
            yield _part_finding(story, parts[0], whole)


def part_in_total(story: Story) -> Iterator[Finding]:
    """A figure "in total" smaller than a part listed before it in the sentence.

    Example:
        >>> from newsnum import check
        >>> text = "It sold 750,000 copies in its first week and 350,000 in total."
        >>> [f.surface for f in check(text)]
        ['350,000']
        >>> check("It sold 350,000 copies in its first week and 750,000 in total.")
        []
    """
    text, qs = story.text, story.qs
    for k in story.followers:  # the parts are listed before the total, in its sentence
        total = qs[k]
        if not _patterns().in_total.match(text, total.end):
            continue
        for j in range(k - 1, -1, -1):  # the parts listed just before it, nearest first
            part = qs[j]
            if not _patterns().list_join.fullmatch(text, part.end, total.start):
                break
            if comparable(part, total) and _exceeds(text, part, total):
                yield finding(
                    story,
                    "part-exceeds-whole",
                    total,
                    f"{core(text, part)[1]} is listed as part of {core(text, total)[1]} "
                    "in total, but it is larger.",
                    None,
                    (part,),
                )
                break


def _openings(story: Story) -> Iterator[tuple[re.Match[str], int]]:
    """Where a whole opens a sentence or a clause, one a sentence, with the sentence's end.

    "Of the 300 staff, ..." at a sentence's start; else the first "that of the" or ", of
    the" in it ("they claim that of the £7.5m", "announced that, of the £35bn"). Only in
    a sentence that holds two quantities or more: a whole and a part.
    """
    text, at = story.text, story.in_sentence
    for k in dict.fromkeys(at[j] for j in story.followers):
        start, end = story.sentences[k]
        m = _patterns().of_the_opening.match(text, start)
        if m is None:
            m = _first_clause(text, start, end)
        if m is not None:
            yield m, end


def _first_clause(text: str, start: int, end: int) -> re.Match[str] | None:
    """The first clause that opens with its whole in a sentence ("that of the", ", of the")."""
    first = None
    for cue in ("that of ", ", of "):  # found by a plain search: most sentences have neither
        at = text.find(cue, start, end)
        while at >= 0 and (first is None or at < first.start()):
            m = _lists().of_the_clause.match(text, at, end)
            if m is not None:
                first = m
                break
            at = text.find(cue, at + 1, end)
    return first


def part_of_the_opening(story: Story) -> Iterator[Finding]:
    """A sentence that opens with its whole ("Of the 300 staff, ..."), then a larger part.

    Or a clause after "that" or a comma ("they claim that of the £7.5m pledged, only £41m was
    spent", "announced that, of the £35bn earmarked, £42bn will be used").

    Example:
        >>> from newsnum import check
        >>> [f.surface for f in check("Of the 300 staff at the plant, 450 will lose their jobs.")]
        ['300 staff at the plant, 450']
        >>> check("Of the 300 staff at the plant, 150 will lose their jobs.")
        []
    """
    text = story.text
    for m, end in _openings(story):
        inside = story.between(m.start(), min(end, m.start() + _NEAR))
        if len(inside) < 2 or inside[0].start > m.end():
            continue
        whole = inside[0]
        comma = text.find(",", whole.end, end)
        part = next((q for q in inside if q.start > comma), None) if comma >= 0 else None
        if part is not None and comparable(part, whole) and _exceeds(text, part, whole):
            yield _part_finding(story, part, whole)


@cache
def _ordinal_before() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """An ordinal and what it counts within, right before a whole; and a quick test for it.

    "the seventh month in the past six", "the 18th time in", "the seventh in a planned
    series of". The quick test: an ordinal's ending and a space, which every ordinal the
    pattern reads ends with.
    """
    owners = alternation(_words.ORDINAL_DETERMINERS)
    placed = alternation(_words.ORDINAL_VERBS)  # "came fifth of the four finalists"
    return re.compile(
        rf"\b(?:{owners}|{placed})\s+(?P<ord>[0-9]{{1,3}}(?:st|nd|rd|th)|[a-z]+(?:th|rd))\s+"
        r"(?:(?:straight|consecutive|successive)\s+)?(?:(?P<noun>(?:clean\s+)?[a-z]+)\s+)?"
        rf"(?P<join>in|of|out\s+of|from)\s+(?:(?:{owners})\s+)?"
        rf"(?:(?:{alternation(_words.ORDINAL_QUALIFIERS)})\s+)?(?P<series>series\s+of\s+)?$",
        re.IGNORECASE,
    ), re.compile("(?:th|rd|st|nd) ")


def _ordinal_search(story: Story, start: int, end: int) -> re.Match[str] | None:
    """:func:`_ordinal_before`'s search, on the lower-cased copy where the text is ASCII.

    A case-blind pattern is slower than the same pattern on lower-case text; where that
    finds a match, the case-blind one is matched on the text there, for its groups as
    written.
    """
    ordinal, lower = _ordinal_before()[0], story.lower
    if lower is None:
        return ordinal.search(story.text, start, end)
    found = _ordinal_lower().search(lower, start, end)
    return None if found is None else ordinal.match(story.text, found.start(), end)


@cache
def _ordinal_lower() -> re.Pattern[str]:
    """:func:`_ordinal_before`'s pattern without ignoring case, for lower-case text."""
    return re.compile(_ordinal_before()[0].pattern)


@cache
def _ordinal_leads() -> frozenset[str]:
    """The words that may stand right before the whole an ordinal is counted within."""
    return frozenset({"in", "of", "from", *_words.ORDINAL_DETERMINERS, *_words.ORDINAL_QUALIFIERS})


def _last_word(text: str, pos: int) -> str:
    """The word that ends one space before ``pos`` ("" if none does)."""
    if pos < 2 or text[pos - 1] != " ":
        return ""
    start = text.rfind(" ", max(0, pos - 16), pos - 1)
    return text[start + 1 : pos - 1] if start >= 0 else text[max(0, pos - 16) : pos - 1]


def _ordinal(word: str) -> int | None:
    """The value of an ordinal as written: "18th" 18, "seventh" 7, "third" 3."""
    if word[:1].isdigit():
        return int(word[:-2])
    value = numbers.ordinal_value(word.lower())
    return value if value is None or value > 2 else None


def _counted_within(m: re.Match[str], whole: Quantity) -> bool:
    """Whether the ordinal of ``m`` counts the things the whole counts, one at most each.

    The same period ("the seventh month in the past six"), a series ("the seventh in a
    planned series of six books"), the ordinal alone of a count ("the fifth of four"), an
    occasion or a result in events ("the 18th time in 11 matches", "his fourth win in
    three games", "a ninth straight clean sheet in eight league games"), or anything from
    attempts ("his fifth penalty from four attempts"); not "the fifth time in four years",
    nor "his 18th goal in 11 matches".
    """
    noun = " ".join((m.group("noun") or "").lower().split())
    head = (whole.noun or "").split()[-1].lower() if whole.noun else ""
    if not noun:  # "the seventh in a planned series of six", "the fifth of four"
        parts = m.group("join") == "in" and (whole.noun or "").lower() in _words.SERIES_PARTS
        return whole.unit is None and (
            m.group("series") is not None or m.group("join") == "of" or parts
        )
    if m.group("join") == "from":  # "his fifth penalty from four attempts": one at most each
        return whole.unit is None and head in _words.ATTEMPTS
    if noun in _words.ORDINAL_PERIODS:
        return (whole.unit is None and not head) or whole.unit == noun
    if noun == "time" or noun in _words.OUTCOMES:
        return whole.unit is None and head in _words.EVENTS
    return whole.unit is None and head == noun + "s"


def ordinal_past_whole(story: Story) -> Iterator[Finding]:
    """An ordinal past the count it is taken within: "the seventh month in the past six".

    Also "the seventh in a planned series of six books", "the 18th time in 11 matches" (an
    occasion in events, as the results of ``OUTCOMES`` in the games of ``EVENTS``). Not an
    occasion in a period ("the fifth time in four years"), nor a count that may pass its
    events ("his 18th goal in 11 matches").

    Example:
        >>> from newsnum import check
        >>> text = "Output fell in November - for the seventh month in the past six."
        >>> [f.surface for f in check(text)]
        ['seventh month in the past six']
        >>> check("Output fell in November - for the fifth month in the past six.")
        []
    """
    text, leads, (_, mark) = story.text, _ordinal_leads(), _ordinal_before()
    for whole in story.qs:
        if whole.unit is not None and whole.unit not in _words.ORDINAL_PERIODS:
            continue
        if _last_word(text, whole.start).lower() not in leads:
            continue  # most quantities: not after "in", "of", "the past"
        lo = max(0, whole.start - 60)
        if whole.is_range or not mark.search(text, lo, whole.start):
            continue  # a quick search first: most have no "-th " before them
        m = _ordinal_search(story, lo, whole.start)
        nth = None if m is None else _ordinal(m.group("ord"))
        if m is None or nth is None or nth <= whole.value:
            continue
        if _counted_within(m, whole):
            start = m.start("ord")
            yield Finding(
                "part-exceeds-whole",
                start,
                whole.end,
                text[start : whole.end],
                f"The {m.group('ord')} cannot be one of {whole.surface.strip()}.",
                None,
                (whole,),
            )


@cache
def _in_a_period() -> re.Pattern[str]:
    """The longer period a count of shorter ones is within: "of the year", "of 2004"."""
    longer = alternation(frozenset(big for _, big in _words.PERIODS_IN))
    return re.compile(
        rf"\s+(?:of|in)\s+(?:(?:the|a|an|each|every|one|this|that)\s+(?P<period>{longer})\b(?![-'’])"
        r"|(?P<year>(?:19|20)[0-9]{2})\b(?![-/–]))",  # "the last 13 months of 2004"
        re.IGNORECASE,
    )


def periods_in_a_period(story: Story) -> Iterator[Finding]:
    """More of a period than a longer one holds: "the last 13 months of the year".

    How many of each period a longer one holds, at most, is data (``PERIODS_IN``): "eight
    days of the week", "25 hours in a day". Not "the 13 months of the year-long campaign".

    Example:
        >>> from newsnum import check
        >>> [f.surface for f in check("Growth slowed in the last 13 months of the year.")]
        ['13 months of the year']
        >>> check("Growth slowed in the last three months of the year.")
        []
    """
    text = story.text
    for q in story.qs:
        if q.unit not in _PERIOD_UNITS or q.is_range or q.restates is not None:
            continue
        m = _in_a_period().match(text, q.end)
        if m is None:
            continue  # most periods: not "of the year"
        period = "year" if m.group("year") else m.group("period").lower()
        most = _words.PERIODS_IN.get((q.unit, period))
        if most is None or q.value <= Decimal(most[1]):
            continue
        start, said = core(text, q)
        yield Finding(
            "part-exceeds-whole",
            start,
            m.end(),
            text[start : m.end()],
            f"{said} cannot fit in one {period}, which holds at most {most[1]}.",
            None,
            (q,),
        )


#: The periods :func:`periods_in_a_period` counts within a longer one.
_PERIOD_UNITS = frozenset(short for short, _ in _words.PERIODS_IN)


@cache
def _top_after() -> re.Pattern[str]:
    """A list's top places a few words after a count: "made it to the top 10 hoax list".

    "top M" ends its clause, or a word of ``TOP_LISTS`` follows within two words, or a
    word that starts another phrase ("in the top five in the same week"); not "the top 10
    markets", where the count may be of other things in them.
    """
    few = alternation(_words.NUMBER_SMALL[2:21])
    chart = alternation(_words.TOP_LISTS)
    gap = r"[ \t]{1,4}"  # words and spaces of bounded length: "top" is at most _TOP_REACH on
    return re.compile(
        rf"(?:{gap}[A-Za-z'’-]{{1,30}}){{0,6}}?{gap}(?:in|into|to|on){gap}the{gap}"
        rf"(?:[A-Z]{{2}}{gap})?[Tt]op[ \t-]+(?P<places>[0-9]{{1,3}}|(?i:{few}))\b"
        rf"(?=(?:[ \t]+[A-Za-z&'’-]+){{0,2}}?[ \t]+(?:{chart})\b|[ \t]*(?:[.,;:!?)]|$)"
        r"|[ \t]+(?:of|for|in|on|at|this|last|during|since|with|and|by|when|as|after)\b)"
    )


#: How far after a count's noun the "top" of :func:`_top_after` can start: six words of
#: at most 30 letters and "in the US ", each space at most four wide.
_TOP_REACH = 6 * 34 + 4 * 6 + 8


def count_in_a_top(story: Story) -> Iterator[Finding]:
    """A count of things in a list's top places, more than it has: "13 singles in the US Top 10".

    Example:
        >>> from newsnum import check
        >>> [f.surface for f in check("Usher had 13 concurrent singles in the US Top 10.")]
        ['13 concurrent singles in the US Top 10']
        >>> check("Usher had three concurrent singles in the US Top 10.")
        []
    """
    text = story.text
    for q in story.qs:
        if q.unit is not None or q.noun_span is None or q.bound not in ("=", ">", ">="):
            continue
        end = story.sentences[story.sentence(q.start)][1]
        if text.find("op", q.noun_span[1], min(end, q.noun_span[1] + _TOP_REACH)) < 0:
            continue  # most counts: no "top" ("Top") near after them in the sentence
        m = _top_after().match(text, q.noun_span[1], end)
        if m is None:
            continue
        said = m.group("places")
        places = int(said) if said.isdigit() else _words.NUMBER_SMALL.index(said.lower())
        if lowest(q) > places:
            yield Finding(
                "part-exceeds-whole",
                q.start,
                m.end(),
                text[q.start : m.end()],
                f"{core(text, q)[1]} {q.noun} cannot all be in the top {said}.",
                None,
                (q,),
            )


@cache
def _up_front() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """An amount paid first ("£500,000 up front"); the total it rises to ("rising to £2m")."""
    return (
        re.compile(rf"[ \t]+(?:{alternation(_words.UP_FRONT)})\b", re.IGNORECASE),
        re.compile(rf"\b(?:{alternation(_words.RISING_TO)})[ \t]+$", re.IGNORECASE),
    )


def part_up_front(story: Story) -> Iterator[Finding]:
    """An amount paid first, larger than the total it is said to rise to.

    "offered £2.5m up front for the Wales star, with the fee rising to £2.2m" (the words
    are data: ``UP_FRONT``, ``RISING_TO``).

    Example:
        >>> from newsnum import check
        >>> text = "They offered £2.5m up front, with the fee rising to £2.2m."
        >>> [f.surface for f in check(text)]
        ['£2.5m up front, with the fee rising to £2.2m']
        >>> check("They offered £500,000 up front, with the fee rising to £2.2m.")
        []
    """
    text, qs = story.text, story.qs
    first, rising = _up_front()
    for k in story.followers:  # the total follows the amount paid first in its sentence
        total = qs[k]
        if not text.endswith(("to ", "reach "), 0, total.start):
            continue  # most quantities: not after "rising to"
        if not rising.search(text, max(0, total.start - 30), total.start):
            continue
        for j in range(k - 1, max(-1, k - 5), -1):  # the nearest few before it
            part = qs[j]
            if story.in_sentence[j] != story.in_sentence[k]:
                break
            if (
                part.unit == total.unit
                and first.match(text, part.end)
                and _exceeds(text, part, total)
            ):
                yield _part_finding(story, part, total)
                break


def part_of_those(story: Story) -> Iterator[Finding]:
    """A part after "Of those," one sentence on, larger than the whole it refers back to.

    Example:
        >>> from newsnum import check
        >>> text = "Some 4,000 jobs will go. Of those, 5,200 are in France."
        >>> [f.surface for f in check(text)]
        ['5,200']
        >>> check("Some 4,000 jobs will go. Of those, 1,200 are in France.")
        []
    """
    of_those = _patterns().of_those
    for k in story.held:  # a sentence with no quantity holds no part
        start, end = story.sentences[k]
        if not k or not of_those.match(story.text, start):
            continue
        part = next(iter(story.between(start, end)), None)
        if part is None or part.restates is not None:
            continue
        wholes = _wholes(story, part, start, sentence=k - 1)
        if _larger_than_all(story, part, wholes):
            yield _part_finding(story, part, wholes[0])


def share_of_people(story: Story) -> Iterator[Finding]:
    """A share of a group of people over 100%: "12.3 million people - 150% of the viewing public".

    Or of what is owned or cast in shares: "at least 175% of the club's shares", "60% of
    the vote"; or of anything after a verb that takes a share of a whole (``SHARE_OF_VERBS``:
    "a deal to buy 126% of Indian firm Hindustan Oil", "account for at least 160% of all
    e-mails"); or of "all" of anything, unless compared with it (``COMPARED_WITH``: "190%
    of all fissile material", not "equal to 130% of all exports").

    Example:
        >>> from newsnum import check
        >>> [f.surface for f in check("12.3 million - 150% of the viewing public - tuned in.")]
        ['150%']
        >>> check("12.3 million - 50% of the viewing public - tuned in; 150% of the price.")
        []
    """
    text = story.text
    for q in story.qs:
        if q.unit != "percent" or q.value <= 100 or q.is_range or q.bound in ("<", "<="):
            continue
        m = _lists().of_people.match(text, q.end)
        if m is None and _lists().share_verb.search(text, max(0, q.start - 24), q.start):
            m = _lists().of_any.match(text, q.end)  # "to buy 126% of Indian firm Hindustan"
            m = m or _lists().clause_end.match(text, q.end)  # "Mr Glazer owns 128.1%."
        if m is None:
            m = _of_counted_plural(text, q.end)  # "in 192% of UK towns"
        if m is None:
            m = _lists().stake_after.match(text, q.end)  # "owns a 281% stake in the club"
        if m is None:  # "190% of all fissile material"; not "equal to 130% of all exports"
            figure = core(text, q)[0]
            if not _lists().compared_before.search(text, max(0, q.start - 40), figure):
                m = _lists().of_all.match(text, q.end)
        if m is not None:
            what = " ".join(m.group().split())
            yield finding(
                story,
                "part-exceeds-whole",
                q,
                f"{core(text, q)[1]}{' ' + what if what else ''}: a share of a whole "
                "is at most 100%.",
            )


def share_as_subject(story: Story) -> Iterator[Finding]:
    """A share over 100% that a clause goes on about: "180% of my costs are labour".

    The share opens its sentence, or a clause after "that" or a comma; a whole of up to
    fourteen words follows it, then a verb (``SHARE_SUBJECT_VERBS``): "About 105% of
    Singapore's GDP comes from tourism", "as much as 113.6% of the loans made by private
    banks ... has been written off". Not a share of a level (``LEVEL_WHOLES``: "130% of
    the average was paid"), nor one below a bound ("less than 120% of ...").

    Example:
        >>> from newsnum import check
        >>> [f.surface for f in check("180% of my costs are labour.")]
        ['180%']
        >>> check("80% of my costs are labour.")
        []
    """
    text, subject = story.text, _subject_share()
    for k, q in enumerate(story.qs):
        if q.unit != "percent" or q.value <= 100 or q.is_range or q.bound == "<":
            continue  # most quantities: no share past the whole
        start = story.sentences[story.in_sentence[k]][0]
        opening = text[max(start, q.start - 12) : q.start].strip(_QUOTES)  # a bounded read
        first = not opening and q.start - start <= 12  # the sentence's first words
        if q.malformed or not (first or opening.endswith((" that", ","))):
            continue  # "89,5%"; or the share is no clause's first words
        m = subject.match(text, q.end)
        if m is None or any(w.lower() in _words.LEVEL_WHOLES for w in m.group(1).split()):
            continue
        yield finding(
            story,
            "part-exceeds-whole",
            q,
            f"{core(text, q)[1]} of {' '.join(m.group(1).split())}: a share of a whole is "
            "at most 100%.",
        )


@cache
def _subject_share() -> re.Pattern[str]:
    """A share's whole, then the verb of the clause it opens (up to fourteen words)."""
    verbs = alternation(_words.SHARE_SUBJECT_VERBS)
    return re.compile(rf"\s+of\s+((?:[A-Za-z'’()-]+\s+){{1,14}}?)(?:{verbs})\b")


#: What may stand between a sentence's start and its first figure ("\"About 105%").
_QUOTES = " \t\n\"“‘'"


def more_than_its_size(story: Story) -> Iterator[Finding]:
    """More members of a group than its size: "27 countries in the newly enlarged 25 nation EU".

    A size written before its noun, in the singular ("the 25-nation EU", "a 30-film set"),
    next to a count of its members in the sentence (the plural of the size's noun, or a
    word of ``SIZE_MEMBERS``: a nation's members are countries) that is larger, the two
    joined by ``SIZE_JOINS_AFTER`` after the count ("30 countries that joined the
    25-nation union") or ``SIZE_JOINS_BEFORE`` after the size ("this 30-film set contains
    no less than 34 John Wayne films"), a few words between.

    Example:
        >>> from newsnum import check
        >>> [f.surface for f in check("27 countries in the newly enlarged 25-nation EU agreed.")]
        ['27 countries in the newly enlarged 25']
        >>> check("Ten countries in the newly enlarged 25-nation EU agreed.")
        []
    """
    text, qs, (joins_after, joins_before) = story.text, story.qs, _size_joins()
    for k in story.followers:
        first, second = qs[k - 1], qs[k]
        if first.noun is None or second.noun is None:
            continue  # most pairs: a count and a size both have their noun
        pairs = ((first, second, joins_after), (second, first, joins_before))
        for count, size, join in pairs:
            if not _members(count, size) or count.value <= size.value:
                continue
            noun = first.noun_span
            after = noun[1] if noun is not None and noun[0] <= first.end + 1 else first.end
            if join.fullmatch(text, after, second.start):
                start, _ = core(text, first)
                yield Finding(
                    "part-exceeds-whole",
                    start,
                    second.end,
                    text[start : second.end],
                    f"{core(text, count)[1]} {count.noun}: more than the "
                    f"{text[size.start : (size.noun_span or (0, size.end))[1]]} group holds.",
                    None,
                    (count, size),
                )


def _members(count: Quantity, size: Quantity) -> bool:
    """Whether a count counts the members of a group of a size: "countries" of "25-nation"."""
    if count.unit is not None or size.unit is not None or size.noun is None or not count.noun:
        return False
    if count.bound in ("<", "<=") or count.is_range or size.bound != "=":
        return False
    noun, head = size.noun.lower(), count.noun.split()[-1].lower()
    return head == noun + "s" or head in _words.SIZE_MEMBERS.get(noun, ())


@cache
def _size_joins() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The words between a count and the size after it, and between a size and a count."""
    words = r"(?:[A-Za-z'’-]+\s+){0,3}?"
    return (
        re.compile(rf"\s+(?:that\s+)?(?:{alternation(_words.SIZE_JOINS_AFTER)})\s+{words}"),
        re.compile(rf"\s+{words}(?:{alternation(_words.SIZE_JOINS_BEFORE)})\s+"),
    )


def more_than_there_are(story: Story) -> Iterator[Finding]:
    """A count of things there are only so many of: "across nine continents".

    How many there are is data (``HOW_MANY_THERE_ARE``).

    Example:
        >>> from newsnum import check
        >>> [f.surface for f in check("It sued operators across nine continents.")]
        ['nine']
        >>> check("It sued operators across six continents.")
        []
    """
    text, most = story.text, _words.HOW_MANY_THERE_ARE
    for k in story.counts:
        q = story.qs[k]
        if q.noun in most and q.value > most[q.noun]:
            yield finding(
                story,
                "part-exceeds-whole",
                q,
                f"{core(text, q)[1]} {q.noun}, but there are only {most[q.noun]}.",
            )


def fraction_past_one(story: Story) -> Iterator[Finding]:
    """A fraction in words past one, taken of a whole: "four-thirds of card payments".

    Example:
        >>> from newsnum import check
        >>> [f.surface for f in check("Debit cards account for four-thirds of card payments.")]
        ['four-thirds']
        >>> check("Debit cards account for two-thirds of card payments.")
        []
    """
    text = story.text
    for q in story.qs:
        if q.unit is not None or q.value <= 1 or q.is_range or not text.startswith(" of ", q.end):
            continue
        written = core(text, q)[1].lower()
        last = written.replace("-", " ").split()[-1]
        if last.endswith("s") and (last[:-1] in _words.NUMBER_DENOMINATORS or last == "halves"):
            yield finding(
                story,
                "part-exceeds-whole",
                q,
                f"{core(text, q)[1]} of a whole is more than all of it.",
            )


def _of_counted_plural(text: str, end: int) -> re.Match[str] | None:
    """The "of" and plural of things counted one by one after a share, not of amounts.

    Example:
        >>> _of_counted_plural("192% of UK towns", 4) is not None
        True
        >>> _of_counted_plural("140% of its earnings", 4), _of_counted_plural("140% of GDP", 4)
        (None, None)
    """
    m = _lists().of_plural.match(text, end)
    if m is None or m.group(1).lower() in _words.AMOUNT_PLURALS:
        return None
    return m


# --------------------------------------------------------------------------- totals


def _after_noun(text: str, q: Quantity) -> str:
    """The text after a count's noun, up to a short window, past "died" or "were killed"."""
    if q.noun_span is None or q.noun_span[0] > q.end + 60:
        return ""
    end = q.noun_span[1]
    tail = text[end : end + 80]
    m = _patterns().died.match(tail)
    return tail[m.end() :] if m else tail


def _opens_list(text: str, total: Quantity) -> str | None:
    """How the text after a total opens the list of its parts, if it does.

    "cue": a colon, dash or "made up of"; "strong": "The 18-strong delegation includes";
    "were": "The 15 victims were 9 men and 5 women" (only counted parts then count).
    """
    p = _patterns()
    past_noun = _after_noun(text, total)
    tail = past_noun or text[total.end : total.end + 80]
    if (
        p.total_cue.match(text[total.end : total.end + 60].lower())
        or (past_noun and p.total_cue.match(past_noun.lower()))
        or (":" in tail and p.colon_after_words.match(tail))  # "in the crash: two pilots"
        or (_has_dash(tail) and p.dash_list.match(tail))  # "six games on home turf - winning"
    ):
        return "cue"
    if p.strong.match(text, total.end):
        return "strong"
    if p.include.match(tail):
        return "include"  # "The 150 homes will include ...": the parts may not be all
    return "were" if p.were.match(tail) else None


def _has_dash(tail: str) -> bool:
    return "-" in tail or "–" in tail or "—" in tail


def _listed(story: Story, k: int) -> list[Quantity]:
    """The quantities listed one after another from ``qs[k]``, in the same sentence."""
    qs, text = story.qs, story.text
    parts = [qs[k]]
    for q in qs[k + 1 : k + _MAX_PARTS]:  # a list is short: linear cost
        if not _patterns().list_join.fullmatch(text, parts[-1].end, q.start):
            break
        parts.append(q)
    return parts


def _complete(text: str, parts: list[Quantity]) -> bool:
    """Whether a list is all there: not "four adults, six children and a baby".

    A part that refers back ("two of them") is no listed part; an attribution after the
    last part (", police said") ends the list.
    """
    p = _patterns()
    if p.of_them.search(text, parts[0].start, parts[-1].end):
        return False
    last = parts[-1]
    end = (
        last.end
        if last.noun_span is None or last.noun_span[0] > last.end + 3
        else last.noun_span[1]
    )
    if p.attribution.match(text, end):
        return True
    return not p.list_goes_on.match(text[end : last.end + 80])


def _sum(total: Quantity, parts: list[Quantity]) -> Decimal | None:
    """The sum of the parts in the total's unit, if they all convert and are exact.

    The total may be hedged ("about 440 Britons - 50 dead and 490 missing"; see
    :func:`_adds_up`). A bare count in a list that says the total's unit once is in that
    unit (see :func:`_units_said_once`).
    """
    if total.bound not in ("=", "~") or any(p.bound != "=" or p.is_range for p in parts):
        return None
    if total.unit is not None and dimension(total.unit) not in (
        "currency",
        "length",
        "area",
        "volume",
        "mass",
        "time",
    ):
        return None
    units = _units_said_once(total, parts)
    if len(parts) < 2 or not all(
        comparable(total, p) or unit == total.unit for p, unit in zip(parts, units, strict=True)
    ):
        return None
    out = Decimal(0)
    for p, unit in zip(parts, units, strict=True):
        v = convert(p.value, unit, total.unit) if unit else p.value
        if v is None:
            return None
        out += v
    return out


def _units_said_once(total: Quantity, parts: list[Quantity]) -> list[str | None]:
    """The unit of each part, the total's measure for a bare count when a part says it once.

    "15 years there: five as a coach, six as a player, two years as a manager": the years
    are said after the total and the last part, and the bare counts between are years too.

    Example:
        >>> from newsnum import extract
        >>> total, *parts = extract("15 years: five as a coach, two years as a manager")
        >>> _units_said_once(total, parts)
        ['year', 'year']
    """
    if dimension(total.unit) not in PHYSICAL or not any(p.unit == total.unit for p in parts):
        return [p.unit for p in parts]  # money: "£10m: 4 for X" may leave out the scale too
    return [total.unit if p.unit is None and p.noun is None else p.unit for p in parts]


def _adds_up(total: Quantity, found: Decimal) -> bool:
    """Whether parts that add up to ``found`` make the total, exactly or within a tenth.

    Within a tenth of a hedged total ("about 440": 396 to 484), else exactly.

    Example:
        >>> from newsnum import extract
        >>> about, exact = extract("about 440 and 440")
        >>> [_adds_up(about, Decimal(n)) for n in (480, 540)], _adds_up(exact, Decimal(480))
        ([True, False], False)
    """
    if total.bound == "~":
        return abs(found - total.value) <= total.value / 10
    return found == total.value


def _total_finding(story: Story, total: Quantity, parts: list[Quantity], found: Decimal) -> Finding:
    """A total-mismatch over the total and its parts: which of them is wrong, no text says."""
    text = story.text
    listed = ", ".join(p.surface for p in parts)
    start = core(text, total)[0]
    last = parts[-1]
    end = last.noun_span[1] if last.noun_span and last.noun_span[0] <= last.end + 3 else last.end
    return Finding(
        "total-mismatch",
        start,
        end,
        text[start:end],
        f"The parts listed ({listed}) add up to {plain(found)}, not {plain(total.value)}.",
        None,
        (total, *parts),
    )


def listed_total(story: Story) -> Iterator[Finding]:
    """A total followed by the list of its parts, which do not add up to it.

    The finding spans the total and its parts. Only a complete list is added up (not "four
    adults, six children and a baby", not "two of them"; an attribution such as ", police
    said" ends a list), only exact figures, only when the list opens with a colon, a dash,
    "made up of", "comprising", "The 18-strong team includes", or "were" before counts.
    After "includes", where the list may leave parts out, only a sum larger than the total
    is flagged.

    Example:
        >>> from newsnum import check
        >>> [f.kind for f in check("Eleven people died: four adults and six children.")]
        ['total-mismatch']
        >>> check("Eleven people died: five adults and six children, police said.")
        []
    """
    text, qs = story.text, story.qs
    for first in story.followers:  # the parts follow the total in its sentence
        k, total = first - 1, qs[first - 1]
        if k + 2 >= len(qs):
            break  # a total and one part: no list
        how = _opens_list(text, total)
        if how is None:
            continue
        parts = _listed(story, k + 1)
        if how == "were" and not all(p.noun for p in parts):
            continue
        if all(_exceeds(text, p, total) for p in parts):
            continue  # "two handsets - the 3230 and 7710": names, not parts
        found = _sum(total, parts)
        if found is None or _adds_up(total, found) or (how == "include" and found < total.value):
            continue
        if _complete(text, parts):
            yield _total_finding(story, total, parts, found)


def breakdown_total(story: Story) -> Iterator[Finding]:
    """A breakdown one sentence after its total ("It was made up of ..."), that is no sum.

    Example:
        >>> from newsnum import check
        >>> text = "It agreed to pay $375m. It was made up of $250m in refunds and $75m in fines."
        >>> [f.kind for f in check(text)]
        ['total-mismatch']
        >>> check("It agreed to pay $375m. It was made up of $250m in refunds and $125m in fines.")
        []
    """
    breakdown = _patterns().breakdown
    for k in story.held:  # a sentence with no quantity lists no parts
        start, end = story.sentences[k]
        m = breakdown.match(story.text, start)  # most sentences fail at once
        if not k or m is None:
            continue
        first = bisect_left(story.positions, m.end())
        if first == len(story.qs) or story.qs[first].start >= end:
            continue
        parts = _listed(story, first)
        totals = _wholes(story, parts[0], start, sentence=k - 1)
        if not totals:
            continue
        found = _sum(totals[0], parts)
        if found is not None and not _adds_up(totals[0], found) and _complete(story.text, parts):
            yield _total_finding(story, totals[0], parts, found)


# --------------------------------------------------------------------------- named lists


def _names(text: str, pos: int, end: int) -> tuple[int, int] | None:
    """How many names a list at ``pos`` holds ("A, B and C"), and where it ends.

    A name is a run of capitalised words or figures, joined by words of ``NAME_JOINERS``
    ("Bank of Alexandria"), with at most two lower-case words before or inside it that a
    capitalised one follows, but for the first ("and striker Ferenc Horvath", "Brazilian
    youngster Marta", "and the Faroe Islands"); names
    are separated by commas, the last by "and". None when no such list of two names or
    more stands there.
    """
    if text.find("and", pos, end) < 0:
        return None  # a plain search first: no "and" to close a list
    items, in_name, closing, last, pending = 0, False, False, pos, 0
    for m in _lists().list_token.finditer(text, pos, end):
        token = m.group()
        if token in (",", "and") and pending:
            break  # "A, B and C scored, ...": the words after C were no name
        if token == ",":
            if not in_name or closing:
                break
            in_name = False
        elif token == "and":
            if closing or not items:
                break
            closing, in_name = True, False
        elif _capitalised(token.lstrip("'\"‘“")) or token[:1].isdigit():
            items += 0 if in_name else 1
            in_name, last, pending = True, m.end(), 0
            if token[-1] in ".;:!?)" and token.rstrip(",") not in _words.NAME_ABBREVIATIONS:
                break
        elif in_name and token in _words.NAME_JOINERS:
            continue
        elif items and pending < 2 and (_describes(token) or token == "the"):
            pending += 1  # "and striker Ferenc Horvath", "Brazilian youngster Marta", "the US"
        else:
            break
    if not (closing and in_name and items >= 2):
        return None
    return items, last


def _capitalised(word: str) -> bool:
    """A word written as a name: "Sydney", or a brand's lower-case first letter, "eDonkey".

    Example:
        >>> [_capitalised(w) for w in ("Sydney", "eDonkey", "iPod", "e-mail", "and")]
        [True, True, True, False, False]
    """
    return word[:1].isupper() or (word[:1].islower() and word[1:2].isupper())


def _describes(word: str) -> bool:
    """Whether a lower-case word may describe a name after it: "striker", not "beating"."""
    return (
        word.isalpha()
        and word.islower()
        and not word.endswith(("ing", "ed"))
        and word not in _words.STOP_WORDS
    )


def _apposition_ends(text: str, pos: int, end: int) -> bool:
    """Whether a list of names after a comma closes there as an apposition does.

    With a comma or a dash ("his three sons, Avi and Joel - ..."), or with the sentence
    ("his three sons, Avi and Joel."); not with a verb ("In three games, Smith and Jones
    scored").
    """
    return (
        text[pos : pos + 2] in (", ", " -") or text[pos - 1] in ".!?" or not text[pos:end].strip()
    )


def _counts_before(qs: list[Quantity], k: int, start: int) -> set[Decimal]:
    """The values of the counts from ``start`` up to quantity ``k``, itself included."""
    found = set()
    while k >= 0 and qs[k].start >= start:
        if qs[k].unit is None:
            found.add(qs[k].value)
        k -= 1
    return found


def _a_mark_near(text: str, pos: int, end: int) -> bool:
    """Whether a dash, a colon, "are", "were", "including", "from" or "in" is near (82 chars).

    Example:
        >>> _a_mark_near("three sons are here", 10, 19), _a_mark_near("three sons here", 10, 15)
        (True, False)
    """
    return _lists().mark_near.search(text, pos, min(end, pos + 82)) is not None


def named_list(story: Story) -> Iterator[Finding]:
    """A count of things and the list of their names after it, which names more or fewer.

    "four other members of their Six Nations squad - Ceri Sweeney, John Yapp and Jonathan
    Thomas". The list opens with a dash or a colon a few words after the count's noun, or
    with a comma right after it or "are" a few words after it (then a comma, a dash or the
    sentence's end closes it: "his three sons, Avi and Joel."), or a bracket that the
    list fills ("the seven largest economies (Argentina, ... and Venezuela)"), or
    "including", "from" or "in" right after the noun (then only more names than the
    count are flagged: "two drugs tests in Tel Aviv, Chicago and Athens"), or the names
    right after the noun with no figure among them ("three new faces Danny Collins and
    Dave Partridge"; not "their two children Emily, 16, and Pelham, 14"); it holds
    capitalised names, the last after "and". No finding when a count up to 120 characters
    before it in the sentence matches the list ("four of the five players - A, B, C and
    D"), or words after it leave it open ("among others").

    Example:
        >>> from newsnum import check
        >>> [f.kind for f in check("He named three players - Smith, Jones and Brown - today.")]
        []
        >>> [f.kind for f in check("He named four players - Smith, Jones and Brown - today.")]
        ['total-mismatch']
    """
    text, qs = story.text, story.qs
    for k in story.counts:
        q = qs[k]
        assert q.noun_span is not None  # a count's noun follows it (see small_count)
        after = q.noun_span[1]
        bare = text[after : after + 1] == " " and text[after + 1 : after + 2].isupper()
        if text[after : after + 2].strip()[:1] not in (",", "(") and not (
            bare or _a_mark_near(text, after, len(text))
        ):
            continue  # most counts: no list after them
        start, end = story.sentences[story.sentence(q.start)]
        m = _lists().names_open.match(text, after, end)
        if m is not None and m.group("copula") and not text[m.end() : m.end() + 1].isupper():
            continue  # "The 3 suspects were 20 and 25": ages, no names
        found = None if m is None else _names(text, m.end(), min(end, m.end() + _NEAR))
        if m is None or found is None or found[0] == q.value:
            continue
        if (m.group("including") or m.group("source")) and found[0] < q.value:
            continue  # "7 Spike Lee movies, including School Daze, ... and Jungle Fever"
            # "three matches in Paris and London": a place may hold more than one
        # "two tries from A, B and C" names too many; "three goals from A and B" may be all
        if (m.group("comma") or m.group("copula")) and not _apposition_ends(text, found[1], end):
            continue  # "In three games, Smith and Jones scored": no apposition
        if m.group("bracket") and text[found[1] - 1] != ")":
            continue  # "(Smith and Jones say ...)": no list of names alone
        if m.group("bare") and any(c.isdigit() for c in text[m.end() : found[1]]):
            continue  # "their two children Emily, 16, and Pelham, 14": ages, not names
        if found[0] in _counts_before(qs, k, max(start, q.start - 120)):
            continue  # "four of the five players - A, B, C and D"
        if _lists().names_go_on.match(text, found[1]):
            continue
        listed = text[m.end() : found[1]].rstrip(".;:!?)")
        noun = text[q.noun_span[0] : q.noun_span[1]]
        message = f"{core(text, q)[1]} {noun}, but {found[0]} are named: {listed}."
        yield finding(story, "total-mismatch", q, message)


def named_then_counted(story: Story) -> Iterator[Finding]:
    """A list of names, then "The N firms" for them opening the next sentence, miscounted.

    "Sony, Philips, Matsushita and Samsung are developing a common way ... The three firms
    want ...". Only a count that opens its sentence after "The", with a noun of a group
    (``NAMED_GROUPS``), and one list of names, no other, opening the sentence before (not
    "Southcorp, whose brands include Penfolds, Rosemount and Lindemans, ... The two
    companies").

    Example:
        >>> from newsnum import check
        >>> text = "Sony, Philips and Samsung are working on it. The four firms want a system."
        >>> [f.surface for f in check(text)]
        ['four']
        >>> check("Sony, Philips and Samsung are working on it. The three firms want a system.")
        []
    """
    text, qs = story.text, story.qs
    for k in story.counts:
        q = qs[k]
        if q.noun is None or not story.in_sentence[k]:
            continue
        start, _ = story.sentences[story.in_sentence[k]]
        if text[start : q.start].strip() != "The" or q.noun.split()[-1] not in _words.NAMED_GROUPS:
            continue  # most counts: not "The three firms" opening a sentence
        before, end = story.sentences[story.in_sentence[k] - 1]
        lists = _name_lists(text, before, end)
        if len(lists) != 1 or lists[0][0] == q.value or text[before : lists[0][1]].strip():
            continue  # one list, the subject of the sentence before ("whose brands include")
        listed = text[lists[0][1] : lists[0][2]]
        message = f"{core(text, q)[1]} {q.noun}, but {lists[0][0]} were named: {listed}."
        yield finding(story, "total-mismatch", q, message)


def _name_lists(text: str, start: int, end: int) -> list[tuple[int, int, int]]:
    """The lists of names in a sentence: (how many, start, end) of each, read from its capitals.

    Example:
        >>> _name_lists("Sony, Philips and Samsung met Ann and Bob.", 0, 42)
        [(3, 0, 25), (2, 30, 42)]
    """
    found: list[tuple[int, int, int]] = []
    for m in islice(_lists().name_start.finditer(text, start, end), _LIST_STARTS * 2):
        if found and m.start() < found[-1][2]:
            continue  # inside a list already read
        names = _names(text, m.start(), min(end, m.start() + _NEAR))  # a list's reach
        if names is not None:
            found.append((names[0], m.start(), names[1]))
    return found


def names_before_count(story: Story) -> Iterator[Finding]:
    """A list of names that opens a sentence, then "are the N": "A, B, C and D are the five".

    Example:
        >>> from newsnum import check
        >>> text = "Rowetta, Steve Brookstein and Tabby are the four remaining finalists."
        >>> [f.surface for f in check(text)]
        ['four']
        >>> check("Rowetta, Steve Brookstein and Tabby are the three remaining finalists.")
        []
    """
    for q, named, listed, among in _names_then_count(story):
        if not among and named != q.value:
            noun = story.text[q.noun_span[0] : q.noun_span[1]] if q.noun_span else ""
            message = f"{core(story.text, q)[1]} {noun}, but {named} are named: {listed}."
            yield finding(story, "total-mismatch", q, message)


def names_among_count(story: Story) -> Iterator[Finding]:
    """A list of names that opens a sentence, then "are among the N", N fewer than named.

    Example:
        >>> from newsnum import check
        >>> text = "The Bahamas, Madagascar and Swaziland are among the two areas affected."
        >>> [f.surface for f in check(text)]
        ['two']
        >>> check("The Bahamas, Madagascar and Swaziland are among the five areas affected.")
        []
    """
    text = story.text
    if all(
        text.find("among", max(0, story.qs[k].start - 30), story.qs[k].start) < 0
        for k in story.counts
    ):
        return  # most stories: no count after "among" (a plain search)
    for q, named, listed, among in _names_then_count(story):
        if among and named > q.value:
            message = f"{named} are named among {core(story.text, q)[1]}: {listed}."
            yield finding(story, "part-exceeds-whole", q, message)


def _names_then_count(story: Story) -> Iterator[tuple[Quantity, int, str, bool]]:
    """Each count after "are (among) the" that a list of names opening its sentence precedes.

    With how many names the list holds, the list as written, and whether "among" stands
    before the count.
    """
    text, lists = story.text, _lists()
    for q in (story.qs[k] for k in story.counts):
        m = lists.copula_before.search(text, max(0, q.start - 30), q.start)
        if m is None:
            continue  # most counts: not after "are the"
        start = story.sentences[story.sentence(q.start)][0]
        opened = lists.quote_opening.match(text, start)
        opening = start if opened is None else opened.end()
        if m.start() - opening > _NEAR:
            continue  # a list of names is read at most 400 characters back
        found = _names(text, opening, m.start() + 1)
        if found is not None and found[1] == m.start():
            yield q, found[0], text[opening : found[1]], m.group("among") is not None


def both_after_names(story: Story) -> Iterator[Finding]:
    """A list of names, then "both" or "all three" for them, which names more or fewer.

    "Tzekos, Thanou and Kenteris, who have both denied the charges", "Meadows and
    McDonald, all three former winners", "the directors of Shameless, Hustle and Bodies are
    both nominated"; or a count in apposition, "Germany and Italy, three of France's main
    trading partners". Only a list read as names (see :func:`named_list`), ending right
    before ", who have", ", which", ", both", "are", "have" or "were" (a count in
    apposition: a comma).

    Example:
        >>> from newsnum import check
        >>> text = "Tzekos, Thanou and Kenteris, who have both denied the charges, await a ruling."
        >>> [f.surface for f in check(text)]
        ['both']
        >>> check("Tzekos and Thanou, who have both denied the charges, await a ruling.")
        []
    """
    text, cues = story.text, []
    for q in story.qs:
        if text.endswith("all ", 0, q.start):
            cues.append(q.start - 4)  # "all three"
            if text.startswith(" of ", q.end):
                yield from _all_of_names(story, q)  # "all three of A and B"
        elif q.unit is None and text[q.start].islower() and text.endswith(_APPOSITION, 0, q.start):
            cues.append(q.start)  # "Germany and Italy, three of ...": a spelled count
    at = text.find(" both ")  # found by a plain search: few stories hold "both"
    while at >= 0:
        cues.append(at + 1)
        at = text.find(" both ", at + 1)
    for at in sorted(cues):
        found = _listed_before(story, at)
        if found is not None:
            yield found


def _all_of_names(story: Story, q: Quantity) -> Iterator[Finding]:
    """The finding for "all N of" a list of names that names more or fewer than N."""
    text, start = story.text, q.end + 4
    end = min(story.sentences[story.sentence(q.start)][1], start + _NEAR)
    found = _names(text, start, end)
    if found is not None and found[0] != q.value:
        listed = text[start : found[1]].rstrip(".;:!?)")
        yield finding(
            story,
            "total-mismatch",
            q,
            f"all {core(text, q)[1]} of them, but {found[0]} are named: {listed}.",
        )


#: What opens a count in apposition after a list of names: "Germany and Italy, three of
#: ...", "... and Ireland - five countries -".
_APPOSITION = tuple(
    mark + words
    for mark in (", ", " - ", " – ", " — ")
    # "... and Hartlepool - the only three sides", "Sony, IBM and Toshiba, the three partners"
    for words in ("", "the ", "the only ", "the other ")
)

#: How far back, and from how many capitals, a list of names before "both" is looked for:
#: the cost of a cue stays bounded whatever the text.
_LIST_BACK = 150
_LIST_STARTS = 8


def _listed_before(story: Story, at: int) -> Finding | None:
    """The finding for a "both" or "all N" at ``at`` after a list of names, if it miscounts."""
    text, lists = story.text, _lists()
    cue = lists.all_of.match(text, at)
    if cue is None:
        return None  # most "all": not "all three"
    lead = lists.names_lead.search(text, max(0, at - 30), at)
    if lead is None:
        return None
    count = cue.group(1) or cue.group(2) or cue.group(3)
    if cue.group(1) is None and count is not None and not text.endswith(_APPOSITION, 0, at):
        return None  # "N of the ..." counts the names only in apposition, after a comma
    said = 2 if count is None else int(numbers.parse_number(count))
    start = max(story.sentences[story.sentence(at)][0], lead.start() - _LIST_BACK)
    for m in islice(lists.name_start.finditer(text, start, lead.start()), _LIST_STARTS):
        found = _names(text, m.start(), lead.start() + 1)
        if found is not None and found[1] == lead.start():
            if found[0] == said:
                return None
            listed = text[m.start() : found[1]]
            message = f'"{cue.group()}", but {found[0]} are named: {listed}.'
            span = cue.span()  # "both" read as the count it says
            count = Quantity(Decimal(said), None, cue.group(), *span, number_span=span)
            return Finding("total-mismatch", *span, cue.group(), message, None, (count,))
    return None


#: One set's score: two games of at most seven ("6-4"), with its tie-break ("7-6 (7-3)").
_SET_SCORE = r"[0-7]-[0-7](?:[ \t]*\([0-9]{1,2}(?:-[0-9]{1,2})?\))?"


@cache
def _set_scores() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A run of two set scores or more a few words on ("to beat Li 7-5 3-6 7-5"); one score."""
    run = rf"{_SET_SCORE}(?:(?:,[ \t]*|[ \t]+){_SET_SCORE})+"
    words = r"(?:[ \t,:]+[A-Za-z'’.]+){0,6}"
    return re.compile(rf"{words}[ \t,:]+(?P<run>{run})(?![0-9-])"), re.compile(_SET_SCORE)


def sets_and_scores(story: Story) -> Iterator[Finding]:
    """A count of sets and the scores of the sets after it, which are more or fewer.

    "beat Bovina in two sets 1-6 6-1 6-4", "needed four sets to beat Na Li 7-5 3-6 7-5":
    each score is one set, its tie-break in brackets with it.

    Example:
        >>> from newsnum import check
        >>> [f.surface for f in check("She beat Bovina in two sets 1-6 6-1 6-4.")]
        ['two sets 1-6 6-1 6-4']
        >>> check("She beat Bovina in three sets 1-6 7-6 (7-3) 6-4.")
        []
    """
    text, (after, score) = story.text, _set_scores()
    for q in story.qs:
        if q.noun != "sets" or q.unit is not None or q.noun_span is None or q.bound != "=":
            continue
        m = after.match(text, q.noun_span[1], story.sentences[story.sentence(q.start)][1])
        played = 0 if m is None else len(score.findall(m.group("run")))
        if m is not None and 2 <= q.value <= 5 and played != q.value:
            yield Finding(
                "total-mismatch",
                q.start,
                m.end(),
                text[q.start : m.end()],
                f"{q.surface} {q.noun}, but {played} set scores follow: {m.group('run')}.",
                None,
                (q,),
            )


@cache
def _years_after() -> re.Pattern[str]:
    """The years listed "in" a few words after a count: "with wins in 2001, 2002 and 2004"."""
    year = r"(?:1[89]|20)[0-9]{2}"
    years = rf"{year}(?:(?:,[ \t]*|,?[ \t]+and[ \t]+){year})+"
    return re.compile(
        rf"(?:[ \t,]+[A-Za-z'’-]+){{0,8}}?,?[ \t]+in[ \t]+(?P<years>{years})(?![0-9])"
        r"(?=[ \t]*(?:[.,;:!?)]|[-–—]|$))"
    )


def _yearly(text: str, q: Quantity) -> str | None:
    """What a count counts, if it comes at most once a year: "three titles", "two-time champion"."""
    said = "" if q.noun_span is None else text[q.start : q.noun_span[1]]
    if q.noun in _words.YEARLY_COUNTS:
        return said
    after = text[len(said) + q.start : len(said) + q.start + 12].split()[:1]
    if q.noun == "time" and after and after[0].lower() in _words.YEARLY_TIMES:
        return f"{said} {after[0]}"
    return None


def years_listed(story: Story) -> Iterator[Finding]:
    """A count of what comes once a year and the years listed for it, which are more or fewer.

    "a three-time champion in Melbourne with wins in 2001 and 2002", "won the first three
    editions of the tournament in 1997 and 1998" (``YEARLY_COUNTS``, ``YEARLY_TIMES``).

    Example:
        >>> from newsnum import check
        >>> [f.surface for f in check("She is a three-time champion with wins in 2001 and 2002.")]
        ['three-time champion with wins in 2001 and 2002']
        >>> check("She is a two-time champion with wins in 2001 and 2002.")
        []
    """
    text = story.text
    for q in story.qs:
        if q.noun != "time" and q.noun not in _words.YEARLY_COUNTS:
            continue  # most quantities
        said = None if q.unit is not None or q.bound != "=" else _yearly(text, q)
        if said is None or q.noun_span is None:
            continue
        end = story.sentences[story.sentence(q.start)][1]
        m = _years_after().match(text, q.noun_span[1], end)
        years = set() if m is None else set(m.group("years").replace(",", " ").split()) - {"and"}
        if m is not None and 2 <= q.value <= 20 and len(years) != q.value:
            yield Finding(
                "total-mismatch",
                q.start,
                m.end(),
                text[q.start : m.end()],
                f"{said}, but {len(years)} years are listed: {m.group('years')}.",
                None,
                (q,),
            )


def award_categories(story: Story) -> Iterator[Finding]:
    """A count of awards and the "best ..." categories after "for", which name more or fewer.

    "Mary Poppins' three awards came for best choreography and best musical actress"; or
    after a dash or a colon ("won four trophies - best rock song and best short video"). Only
    with two categories or more, each opening with "best"; not after "including", "among",
    "such as" or "also" ("11 nominations, including nominations for best film, ...").

    Example:
        >>> from newsnum import check
        >>> text = "The first series won three Golden Globes for best comedy and best TV actor."
        >>> [f.surface for f in check(text)]
        ['three']
        >>> check("The first series won two Golden Globes for best comedy and best TV actor.")
        []
    """
    text, lists = story.text, _lists()
    for q in (story.qs[k] for k in story.counts):
        assert q.noun_span is not None  # see small_count
        noun = text[q.noun_span[0] : q.noun_span[1]]
        if noun.split()[-1].lower() not in _words.AWARD_NOUNS:
            continue
        end = min(story.sentences[story.sentence(q.start)][1], q.end + _NEAR)
        m = lists.award_for.match(text, q.noun_span[1], end)
        if m is None or lists.some_of.search(text, q.noun_span[1], m.end()):
            continue  # "11 nominations, including nominations for best film, ...": some
        stop = lists.categories_end.search(text, m.end(), end)
        span = text[m.end() : stop.start() if stop else end].rstrip(' .!?"”')
        best = len(lists.best.findall(span))
        if best >= 2 and best != q.value:
            message = f"{core(text, q)[1]} {noun}, but {best} categories are named: {span}."
            yield finding(story, "total-mismatch", q, message)


# --------------------------------------------------------------------------- shares


def _share_runs(story: Story, group: list[Quantity]) -> list[list[Quantity]]:
    """Runs of exact percentages listed together ("48% backed it, 39% opposed it")."""
    runs: list[list[Quantity]] = []
    run: list[Quantity] = []
    for q in group:
        if q.unit != "percent" or q.bound not in ("=", "~") or q.is_range:
            run = []
            continue
        if run and _shares().share_join.fullmatch(story.text, run[-1].end, q.start):
            run.append(q)
        else:
            run = [q]
            runs.append(run)
    return [r for r in runs if len(r) >= 2]


def _answers(text: str, run: list[Quantity], end: int) -> bool:
    """Whether each share gives the people who answered one way, and one answered against.

    "63% supported a ban compared with 54% against": the shares of one yes-or-no question.
    """
    p = _shares()
    if not all(p.answer.match(text, q.end) for q in run):
        return False
    if any(p.change_before.search(text[max(0, q.start - 12) : q.start]) for q in run):
        return False  # "support rose to 48%": a change, not an answer
    return p.opposing.search(text, run[0].end, end) is not None


def _parties(text: str, run: list[Quantity]) -> bool:
    """Whether each share follows a name: "Labour on 38%, the Conservatives on 33%"."""
    return len(run) >= 3 and all(
        _shares().party_before.search(text[max(0, q.start - 30) : q.start]) for q in run
    )


def _allocated(text: str, run: list[Quantity]) -> bool:
    """Whether each share is given "to" or "for" something: "40% of his time to Renault".

    Also "60% for projects in A, 50% for projects in B".
    """
    p = _shares()
    return all(p.allocated.match(text, q.end) for q in run) and not any(
        p.change_before.search(text[max(0, q.start - 24) : q.start]) for q in run
    )


def _one_whole(story: Story, run: list[Quantity], start: int, end: int) -> bool:
    """Whether a run of shares divides one whole, so that it may not pass 100%.

    The sentence is read from ``start`` to ``end``, at most 400 characters around the run.
    """
    p, text = _shares(), story.text
    opening = p.of_whole_opening.match(text, start)
    start, end = max(start, run[0].start - _NEAR), min(end, run[-1].end + _NEAR)
    if p.many_answers.search(text, start, end):
        return False
    if opening:
        return True  # "Of Argentina's bondholders, 68.4% reside in Argentina, ..."
    if sum(1 for q in run if p.base_after.match(text, q.end)) >= 2:
        return False  # "60% of men and 55% of women": shares of different wholes
    if _answers(text, run, end) or _parties(text, run) or _allocated(text, run):
        return True
    if any(p.further.search(text, max(0, q.start - 12), q.start) for q in run[1:]):
        return True  # "17% have switched and a further 9% are considering it"
    return bool(p.share_cue.search(text, start, end)) and not p.not_shares.search(text, start, end)


def shares_of_one_whole(story: Story) -> Iterator[Finding]:
    """Shares of one whole that add up to well over 100%.

    One whole: shares of the people who answered one question for and against, party
    shares in a poll, shares after "Of <whole>," or cued by "split", "went to", "voted".
    Shares of different wholes ("61% of men and 55% of women") and answers where several
    may be picked are left alone.

    Example:
        >>> from newsnum import check
        >>> [f.kind for f in check("Some 63% supported a ban, compared with 54% against.")]
        ['total-mismatch']
        >>> check("In a poll, 60% of respondents cited prices and 55% cited wages.")
        []
    """
    text = story.text
    shares = Counter(story.in_sentence[k] for k, q in enumerate(story.qs) if q.unit == "percent")
    for k in sorted(k for k, n in shares.items() if n >= 2):  # most sentences: one share at most
        start, end = story.sentences[k]
        for run in _share_runs(story, story.between(start, end)):
            total = sum((q.value for q in run), Decimal(0))
            # rounding: half a point a share, a point more for each "about"
            room = 1 + Decimal("0.5") * len(run) + sum(1 for q in run if q.bound == "~")
            rest = _shares().rest.match(text, run[-1].end) is not None
            if rest and total >= 100 and _one_whole(story, run, start, end):
                why = f"The shares given add up to {plain(total)}%, leaving nothing for the rest."
            elif total > 100 + room and _one_whole(story, run, start, end):
                why = f"The shares given add up to {plain(total)}%, well over 100%."
            else:
                continue
            first = run[0]
            yield Finding(
                "total-mismatch",
                first.start,
                run[-1].end,
                text[first.start : run[-1].end],
                why,
                None,
                tuple(run),
            )
