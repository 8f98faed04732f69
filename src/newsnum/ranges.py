"""Ranges: "5-10 km", "between 5 and 10", "four to five thousand", "$5-10m", "1.2m-1.5m".

The range stage joins a figure with the next one when a dash, "to", "through" or (after
"between") "and" joins them. :data:`NOT_A_RANGE` lists, as small named rules, the joins
that are not ranges: a change and a new level ("rose from 5 to 10"), years, dates,
phone numbers. The far end is read with the same stages as the first
(:func:`newsnum.draft.side`), then the two ends are made to agree on one unit.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal
from functools import cache
from typing import NamedTuple

from newsnum._data import words as _words
from newsnum._regex import alternation
from newsnum.draft import Draft, in_millions, millions_of, side
from newsnum.exclusions import is_calendar_year, is_year_like, month_after
from newsnum.scan import Num, scale_after
from newsnum.window import DASHES, phrase_before, read_on, window, words_before

__all__ = ["NOT_A_RANGE", "Join", "range_end"]

_MILLION = Decimal(10) ** 6


class _Patterns(NamedTuple):
    join: re.Pattern[str]
    change_before: re.Pattern[str]
    second_hedge: re.Pattern[str]


@cache
def _patterns() -> _Patterns:
    verbs = alternation(_words.CHANGE_VERBS)
    hedges = alternation(_words.SECOND_HEDGES)
    return _Patterns(
        re.compile(
            # "and" glued to a figure is a slip of the keyboard: "between £5,001and £10,000"
            r"[ \t]*(?P<j>-|–|—|~)[ \t]*(?:to[ \t]+)?"
            r"|(?:[ \t]+|(?<=[0-9]))(?P<w>to|through|and)[ \t]+",
            re.IGNORECASE,
        ),
        re.compile(rf"\b(?:{verbs})\b[^.;:!?,]{{0,100}}$"),  # on lower case: faster
        re.compile(rf"(?:{hedges})[ \t]*", re.IGNORECASE),
    )


class Join(NamedTuple):
    """A figure and the number after it, and what joins them.

    Attributes:
        d: the first end, as read so far.
        other: the number after it.
        word: the join: a dash, "~", "to", "through" or "and".
        match: where the join is written.
        opener: "between" or "from" before the first end, and its start.
    """

    d: Draft
    other: Num
    word: str
    match: re.Match[str]
    opener: tuple[str, int] | None


def _change_before(text: str, pos: int) -> bool:
    return _patterns().change_before.search(text[max(0, pos - 120) : pos].lower()) is not None


def and_without_between(j: Join) -> bool:
    """A range joined by "and" needs "between" before it ("between 5 and 10")."""
    return j.word == "and" and j.opener is None


def change_from(j: Join) -> bool:
    """A change between two levels, not a range: "rose from 5 to 10"."""
    n = j.d.w.num
    return (
        j.word == "to"
        and j.opener is not None
        and j.opener[0] == "from"
        and _change_before(j.d.text, n.start)
    )


def years(j: Join) -> bool:
    """Years ("between 2019 and 2021", "2013-14"); a year does not end a range of counts."""
    n, other = j.d.w.num, j.other
    both = is_year_like(n) and is_year_like(other)
    return both or is_calendar_year(n) != is_calendar_year(other)


def dates(j: Join) -> bool:
    """A span of dates: "from 10 to 24 June"."""
    other = j.other
    return other.plain and other.value <= 31 and month_after(j.d.text, other.end)


def chain(j: Join) -> bool:
    """A phone number, not a range: "222-2222-2222"."""
    text, start, end = j.d.text, j.d.w.num.start, j.other.end
    before = start >= 2 and text[start - 1] in "-/" and text[start - 2].isdigit()
    after = end + 1 < len(text) and text[end] in "-/" and text[end + 1].isdigit()
    return before or after


def odd_dash(j: Join) -> bool:
    """A dash across a line break, or between a figure and a word ("5 - five")."""
    if j.word not in DASHES:
        return False
    n = j.d.w.num
    spaced = j.match.group().strip() != j.match.group()
    return "\n" in j.match.group() or j.other.kind != n.kind or (spaced and n.kind != "digits")


def change_to_level(j: Join) -> bool:
    """A change and a new level: "fell 20p to 71.5p", "cut by 1.4 million to 21.6 million".

    A bare count after the verb is a change too when the level is no plausible other end:
    "fell 11,000 to 8,132,000" (but "rose 5 to 10%" is a range).
    """
    if j.word != "to":
        return False
    d = j.d
    far = j.other.value / j.other.scale if j.other.scale else j.other.value
    near = d.w.num.value / d.w.num.scale if d.w.num.scale else d.w.num.value
    if _change_before(d.text, d.start) and (
        d.unit is not None or (near > 0 and not near <= far <= 5 * near)
    ):
        return True
    before = d.w.before if d.start == d.w.num.start else words_before(d.text, d.start, 1)
    return phrase_before(before[-1:], frozenset({"by"})) is not None


#: Joins that are not ranges, tried in order.
NOT_A_RANGE: tuple[Callable[[Join], bool], ...] = (
    and_without_between,
    change_from,
    years,
    dates,
    chain,
    odd_dash,
    change_to_level,
)


def _join(d: Draft) -> Join | None:
    """The join after the figure of ``d``, if another number follows it."""
    n, other = d.w.num, d.w.next
    if other is None or n.kind == "vague" or other.kind == "vague":
        return None
    if n.kind == "words" and 0 < n.value < 1:
        return None  # "fell by a third to $80" is not a range
    jm = _patterns().join.match(d.text, d.end)
    if jm is None and d.unit_after is not None:
        jm = _patterns().join.match(d.text, n.end)  # "8- to 16-meter": the unit is read later
    if jm is None:
        return None
    word = (jm.group("j") or jm.group("w")).lower()
    if "to" in jm.group().lower().split():
        word = "to"
    before = d.w.before if d.start == n.start else words_before(d.text, d.start, 1)
    if before and before[-1].text.lower() == "between":
        before = read_on(d.text, before, 2)  # "aged between 20 and 30"
    elif before and before[-1].text.lower() == "of":
        before = words_before(d.text, d.start, 4)  # "between the ages of 10 and 17"
    opener = phrase_before(before, _words.RANGE_OPENERS)
    return Join(d, other, word, jm, opener)


def _far_end(j: Join) -> Draft | None:
    """The far end of the range, read with its own marks, if it starts right after the join."""
    d = j.d
    nums = (d.w.num, j.other)
    b = side(window(d.text, nums, 1))
    gap_end = j.match.end()
    hedge = _patterns().second_hedge.match(d.text, gap_end)  # "2 - ~7 grams"
    if hedge is not None and hedge.end() == b.start:
        gap_end = hedge.end()
    if b.start != gap_end:
        return None
    if b.unit is None and b.scale is None and millions_of(d.text, b.end, b.end + 1, value=b.value):
        b = in_millions(b, b.end + 1)  # the "1.5m" of "1.2m-1.5m people"
    if d.currency is not None and b.currency is None and b.glued_m():
        b = b.but(unit=None, unit_span=None, end=b.w.num.end)  # "$5-10m": read below
    return b


def _agree(a: Draft, b: Draft) -> tuple[Draft, Draft] | None:
    """The two ends with one unit between them, or None when their units differ."""
    if a.glued_m() and b.scale == _MILLION and b.currency is None:
        a = in_millions(a, a.end)  # "1.2m-1.5m people", "between 3m and 4m people"
        a = a.but(unit=b.unit_after, unit_span=b.unit_span)
    au, bu = a.unit_after, b.unit_after
    if au is not None and au != bu:
        return None
    if (a.currency is not None and bu is not None) or (au is not None and b.currency is not None):
        return None  # "£20bn - 9% more": money and a percentage are no range
    if a.currency is not None and b.currency is not None and a.currency != b.currency:
        return None
    if bu is not None and au is None and a.end != a.w.num.end:
        return None
    return a, b


def range_end(d: Draft) -> Draft:
    """Join the figure with the next one into a range: "5-10 km", "between 5 and 10", "$5-10m".

    Example:
        >>> from newsnum import extract
        >>> q = extract("Waves of 1.2m-1.5m are expected.")[0]
        >>> q.lower, q.upper, q.unit
        (Decimal('1.2'), Decimal('1.5'), 'meter')
    """
    if d.used != 1:
        return d
    j = _join(d)
    if j is None:
        return d
    for rule in NOT_A_RANGE:  # a loop, not any(): a hot path
        if rule(j):
            return d
    b = _far_end(j)
    ends = None if b is None else _agree(d, b)
    if ends is None:
        return d
    return _joined(*ends, j.opener)


def _thousands_shared(a: Draft, b: Draft, lo: Decimal, hi: Decimal) -> bool:
    """Whether money joined by a dash writes its thousands once: "$50-100,000" is $50,000 up.

    The far end ends in ",000" and its thousands are no fewer than the near end, a bare
    figure under 1,000 ("$5-10,000"; not "$500-1,000").
    """
    text, near, far = a.text, a.w.num, b.w.num
    return (
        a.currency is not None
        and a.scale is None
        and b.scale is None
        and text[near.end : far.start].strip() in DASHES
        and text.endswith(",000", far.start, far.end)
        and near.plain
        and 0 < lo < 1000
        and lo <= hi / 1000
    )


def _joined(a: Draft, b: Draft, opener: tuple[str, int] | None) -> Draft:
    """One draft for the range from ``a`` to ``b``, or ``a`` when they do not rise."""
    lo, hi = a.value, b.value
    if b.scale is not None and a.scale is None and abs(lo) <= abs(hi / b.scale):
        lo *= b.scale  # "four to five thousand"; not "between 700,000 and one million"
    unit, unit_span = a.unit, a.unit_span
    if a.currency is None and b.currency is not None and a.unit_after is None:
        unit, unit_span = b.currency, b.unit_span
    elif b.unit_after is not None:
        unit, unit_span = b.unit_after, b.unit_span
    end, number_end = b.end, b.number_span[1]
    if b.currency is None and a.currency is not None and b.w.num.scale is None:
        found = scale_after(a.text, b.end, money=True)  # "$5-10m"
        if found is not None:
            hi *= found.factor
            lo = lo * found.factor if a.scale is None else lo
            end = number_end = found.end
    if _thousands_shared(a, b, lo, hi):
        lo *= 1000  # "$50-100,000": the thousands written once, on the far end
    if lo > hi and lo < 0 and hi < 0:
        lo, hi = hi, lo
    if lo > hi:
        return a
    return a.but(
        value=lo,
        lower=lo,
        upper=hi,
        used=2,
        end=end,
        start=a.start if opener is None else opener[1],
        unit=unit,
        unit_span=unit_span,
        number_span=(a.number_span[0], number_end),
    )
