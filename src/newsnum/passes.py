"""Passes over the list of quantities of a text: what one quantity says of its neighbours.

After the stages have built each quantity on its own, each pass of :data:`PASSES` reads
the whole list once, in order: the dollar a text marks, bounds that pair into a range,
"a mile", composites ("5 feet 10 inches"), a unit shared across a list ("45 and 50 mg"),
and restatements ("35 km (22 miles)"). Each keeps the spans of the parts it joins.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from decimal import Decimal
from functools import cache
from typing import NamedTuple

from newsnum import units
from newsnum._data import units_news as _news
from newsnum._data import words as _words
from newsnum._regex import alternation
from newsnum.errors import NewsnumError
from newsnum.model import Quantity
from newsnum.scan import ARTICLE_UNIT_DIMENSIONS, integral
from newsnum.window import DASHES, Span, noun_after, per_noun

__all__ = [
    "NEEDS",
    "PASSES",
    "Amounts",
    "Pass",
    "amounts",
    "context_reading",
    "in_bracket",
    "run_passes",
]

#: A pass takes the text and its quantities and returns the quantities.
Pass = Callable[[str, list[Quantity]], list[Quantity]]

_LIST_GAPS = (";", "or", ",", "/")  # between the figures of one bracket: "(£1.96bn; $1.85bn)"
_MEASURES = frozenset({"length", "area", "volume", "mass", "speed", "temperature"})


class _Patterns(NamedTuple):
    marked_dollar: re.Pattern[str]
    dollar_words: re.Pattern[str]
    bound_join: re.Pattern[str]
    composite_join: re.Pattern[str]
    share_join: re.Pattern[str]
    total_over: re.Pattern[str]
    moved_from: re.Pattern[str]
    moved_to: re.Pattern[str]
    rate_after: re.Pattern[str]
    closing: re.Pattern[str]
    phrase_bracket: re.Pattern[str]


@cache
def _patterns() -> _Patterns:
    return _Patterns(
        marked_dollar=re.compile(r"(?<![A-Za-z])(?:A|AU|C|CA|NZ|HK|S)\$"),
        dollar_words=re.compile(r"(?i:dollars?|cents?|¢)"),
        bound_join=re.compile(r"(?:,?\s+(?:and|but)\s+|,\s*)", re.IGNORECASE),
        composite_join=re.compile(r"(?:,?\s+and\s+|,\s*|\s+)"),
        share_join=re.compile(r"(?:-?,?\s+(?:and|or|to)\s+|,\s*)", re.IGNORECASE),
        total_over=re.compile(r"[^.;]{0,60}? over (?:the )?(?:next|last|past|coming) "),
        moved_from=re.compile(r",?[ \t]+(?:up|down)[ \t]+from[ \t]+", re.IGNORECASE),
        moved_to=re.compile(r"[ \t]+to[ \t]+"),
        rate_after=re.compile(r"[ \t]*\.?[)\]][ \t]+(?:a|an|per|each)(?=[ \t])", re.IGNORECASE),
        closing=re.compile(r"[ \t]*\.?[)\]]"),
        # "£99 in the UK (89 euros)": a short phrase, then the restatement in brackets
        phrase_bracket=re.compile(r"(?:in|for|at|on|per|a|an|each)\b[^()0-9;:.]{0,25}\("),
    )


def _dimension(unit: str | None) -> str | None:
    if unit is None:
        return None
    try:
        return units.dimension(unit)
    except (NewsnumError, TypeError, ValueError):
        return None


def _joined(a: Span | None, b: Span | None) -> Span | None:
    if a is None or b is None:
        return a or b
    return a[0], b[1]


def marked_dollar(text: str, qs: list[Quantity]) -> list[Quantity]:
    """A bare "$", "dollars" or "cents" is the dollar the text marks ("A$", "C$", "NZ$").

    Example:
        >>> from newsnum import extract
        >>> [q.unit for q in extract("A$5bn this year and $3bn next")]
        ['AUD', 'AUD']
    """
    if "$" not in text:
        return qs
    codes = {units.CURRENCY_PREFIXES[m.group()] for m in _patterns().marked_dollar.finditer(text)}
    if len(codes) != 1:
        return qs
    dollar = codes.pop()
    out = [_in_dollar(q, dollar) for q in qs]
    for k in range(1, len(out)):
        # "A$458.4m ($357.6m; £191m)": a bare dollar restating the marked one is the US one
        gap = text[qs[k - 1].end : qs[k].start].strip()
        if gap in ("(", "[") and out[k - 1].unit == dollar and out[k].unit == dollar:
            out[k] = qs[k]
    return out


#: What may stand between a figure and its restatement: "35 km (22 miles)", "35 km, or 22
#: miles", "$2bn, equivalent to about £1bn" (the hedge belongs to the restatement).
_RESTATING_GAPS = frozenset(
    {"(", "[", ", or", "or", "(or", "equivalent to", ", equivalent to", "(equivalent to"}
)


def _in_dollar(q: Quantity, dollar: str) -> Quantity:
    if q.unit is None or q.unit.split(" / ")[0] != "USD":
        return q
    written = q.surface
    if "US$" in written or "USD" in written or "U.S." in written or "US dollar" in written:
        return q
    if "$" not in written and not _patterns().dollar_words.search(written):
        return q
    return replace(q, unit=dollar + q.unit[3:])


def home_currency(text: str, qs: list[Quantity]) -> list[Quantity]:
    """A currency word several countries use is the money of the country the text names.

    "kroner" are Danish, unless the text is about Norway; "rupees" Indian, unless it is
    about Sri Lanka, Pakistan or Nepal; "pesos", of no country alone, are the money of the
    country the text names ("Aguas Argentinas ... 400m pesos": ARS).

    Example:
        >>> from newsnum import extract
        >>> [q.unit for q in extract("Statoil, Norway's oil firm, made 5bn kroner")]
        ['NOK']
    """
    out = []
    seen: dict[str, str | None] = {}  # each word's country is looked for once a text
    for q in qs:
        if q.unit is None and q.noun_span is not None and q.noun_span[0] == q.end + 1:
            out.append(_named_money(text, q, seen))  # "400m pesos": money of no country alone
            continue
        if q.unit_span is None or q.unit is None or not units.is_currency(q.unit):
            out.append(q)
            continue
        code = _home(text, text[q.unit_span[0] : q.unit_span[1]], seen)
        out.append(q if code is None else replace(q, unit=code))
    return out


def _home(text: str, written: str, seen: dict[str, str | None]) -> str | None:
    """The currency a shared currency word names in a text that names one of its countries.

    ``seen`` keeps the answer for each word, so a text is searched once per word.
    """
    word = written.lower()
    if word in seen:
        return seen[word]
    homes = _news.SHARED_CURRENCY_WORDS.get(word)
    found = set() if homes is None else {code for name, code in homes.items() if name in text}
    seen[word] = found.pop() if len(found) == 1 else None
    return seen[word]


def _named_money(text: str, q: Quantity, seen: dict[str, str | None]) -> Quantity:
    """A count of "pesos" is money where the text names its country: 400m ARS in Argentina."""
    span = q.noun_span
    if span is None:
        return q
    code = _home(text, text[span[0] : span[1]], seen)
    if code is None:
        return q
    end = span[1]
    return replace(
        q,
        unit=code,
        unit_span=span,
        noun=None,
        noun_span=None,
        end=end,
        surface=text[q.start : end],
    )


def _as_bounds(p: Quantity, q: Quantity) -> tuple[Decimal, Decimal] | None:
    if p.is_range or q.is_range:
        return None
    if p.bound in (">", ">=") and q.bound in ("<", "<="):
        return p.value, q.value
    if p.bound in ("<", "<=") and q.bound in (">", ">="):
        return q.value, p.value
    return None


def bound_pairs(text: str, qs: list[Quantity]) -> list[Quantity]:
    """Join "more than 10 and less than 20" (either order) into one range.

    Example:
        >>> from newsnum import extract
        >>> q = extract("more than 10 and less than 20 km")[0]
        >>> q.lower, q.upper
        (Decimal('10'), Decimal('20'))
    """
    out: list[Quantity] = []
    for q in qs:
        p = out[-1] if out else None
        ends = None if p is None else _as_bounds(p, q)
        if p is None or ends is None or not _patterns().bound_join.fullmatch(text[p.end : q.start]):
            out.append(q)
            continue
        lo, hi = ends
        if not (p.unit is None or q.unit is None or p.unit == q.unit) or lo >= hi:
            out.append(q)
            continue
        out[-1] = replace(
            p,
            value=lo,
            lower=lo,
            upper=hi,
            unit=p.unit or q.unit,
            unit_span=p.unit_span or q.unit_span,
            bound="=",
            end=q.end,
            surface=text[p.start : q.end],
            noun=p.noun or q.noun,
            noun_span=p.noun_span or q.noun_span,
            number_span=_joined(p.number_span, q.number_span),
        )
    return out


def one_unit(
    text: str, qs: list[Quantity], articles: Sequence[int] | None = None
) -> list[Quantity]:
    """Add "a mile", "an ml": one of a physical unit, written with an article.

    ``articles``: where the scanner saw an article before such a unit
    (:func:`newsnum.scan.candidates`), if the caller has it; else the text is searched.

    Example:
        >>> from newsnum import extract
        >>> q = extract("a mile away")[0]
        >>> q.value, q.unit
        (Decimal('1'), 'mile')
    """
    if articles is None:
        articles = [m.start() for m in _one_unit_article().finditer(text)]
    found = []
    for start in articles:
        m = _one_unit_article().match(text, start)  # as written: "A Mile End" is no unit
        if m is None or (start and text[start - 1].isalnum()):
            continue  # "Ba mile": no article
        um = units.match_unit(text, m.end() - 1)
        if um is None or _dimension(um[1]) not in ARTICLE_UNIT_DIMENSIONS:
            continue
        if um[1] in _words.NOT_ONE_UNIT or not text[m.end() : um[0]].isalpha():
            continue
        noun = noun_after(text, um[0], False)
        found.append(
            Quantity(
                value=Decimal(1),
                unit=um[1],
                surface=text[m.start() : um[0]],
                start=m.start(),
                end=um[0],
                noun=None if noun is None else text[slice(*noun)],
                number_span=(m.start(), m.end() - 1),
                unit_span=(m.end(), um[0]),
                noun_span=noun,
            )
        )
    if not found:
        return qs
    merged: list[Quantity] = []
    for q in sorted([*qs, *found], key=lambda q: q.start):
        if merged and merged[-1].end > q.start:
            continue  # "$100 a barrel" keeps its "a barrel"
        merged.append(q)
    return merged


@cache
def _one_unit_article() -> re.Pattern[str]:
    """An article before a word that starts a unit of length, mass, volume or area."""
    words = alternation(units.unit_words(ARTICLE_UNIT_DIMENSIONS))  # longest first
    return re.compile(rf"[Aa]n?[ ](?=(?:{words})(?![A-Za-z]))")


def composites(text: str, qs: list[Quantity]) -> list[Quantity]:
    """Join "7 feet 10 inches" or "3 dollars 50 cents" into one quantity.

    Example:
        >>> from newsnum import extract
        >>> q = extract("5 feet 10 inches tall")[0]
        >>> q.value, q.unit
        (Decimal('70'), 'inch')
    """
    out: list[Quantity] = []
    for q in qs:
        merged = _composite(text, out[-1], q) if out else None
        if merged is not None:
            out[-1] = merged
        else:
            out.append(q)
    return out


def _composite(text: str, p: Quantity, q: Quantity) -> Quantity | None:
    if p.unit is None or q.unit is None or q.bound != "=":
        return None
    if p.bound not in ("=", "~") and not units.is_currency(p.unit):
        return None  # "about 5' 10\"" is about 70 inches; a bound's ends would need moving
    if p.is_range or q.is_range or p.noun is not None or p.restates is not None:
        return None
    if not _patterns().composite_join.fullmatch(text[p.end : q.start]):
        return None
    if units.is_currency(p.unit):
        return _coins_after(text, p, q)
    total = _measure_total(p, q, text[p.end : q.start])
    if total is None:
        return None
    return replace(
        p,
        value=_tidy(total),
        unit=q.unit,
        unit_span=q.unit_span,
        end=q.end,
        surface=text[p.start : q.end],
        number_span=_joined(p.number_span, q.number_span),
    )


def _coins_after(text: str, p: Quantity, q: Quantity) -> Quantity | None:
    """An amount and its coins: "3 dollars 50 cents"."""
    coin = q.surface.lower().rstrip(".").endswith(_words.SUBUNIT_WORDS)
    if not (p.unit == q.unit or (coin and q.unit is not None and units.is_currency(q.unit))):
        return None
    if not 0 < q.value < 1 or p.value != p.value.to_integral_value():
        return None
    value = p.value + q.value
    return replace(
        p,
        value=value,
        lower=value if p.lower is not None else None,
        upper=value if p.upper is not None else None,
        end=q.end,
        surface=text[p.start : q.end],
        number_span=_joined(p.number_span, q.number_span),
    )


def _measure_total(p: Quantity, q: Quantity, gap: str) -> Decimal | None:
    """``p`` + ``q`` in ``q``'s unit, when ``q`` is the smaller unit of the same system.

    Durations of the calendar join only side by side ("21 years and six months" are two);
    hours, minutes and seconds also across "and" or a comma, as a time is written ("four
    hours and 21 minutes", "one minute, 47.96 seconds").
    """
    pu, qu = p.unit or "", q.unit or ""
    try:
        if units.dimension(pu) != units.dimension(qu) or pu == qu:
            return None
        clock = pu in _CLOCK_UNITS and qu in _CLOCK_UNITS
        if units.dimension(pu) == "temperature" or (
            units.dimension(pu) == "time" and gap != " " and not clock
        ):
            return None
        if units.convert(Decimal(1), qu, pu) >= 1:
            return None  # the smaller unit comes second: "7 feet 10 inches"
        if _metric(pu) != _metric(qu):
            return None  # "10 miles and 5 km" are two distances, not one
        return units.convert(p.value, pu, qu) + q.value
    except (NewsnumError, ArithmeticError, TypeError, ValueError):
        return None


_CLOCK_UNITS = frozenset({"hour", "minute", "second"})


def _metric(unit: str) -> bool:
    return any(base in unit for base in ("meter", "gram", "liter"))


def _tidy(value: Decimal) -> Decimal:
    """Round away conversion noise: 94.000000000000000001 becomes 94."""
    rounded = value.quantize(Decimal("1e-9")) if abs(value) < Decimal(10) ** 15 else value
    return rounded.normalize() if rounded != rounded.to_integral_value() else Decimal(int(rounded))


@cache
def _clause_end() -> re.Pattern[str]:
    """Where a clause ends: a stop, or a comma before "and", "but", "while", "which"."""
    return re.compile(r"[.;!?](?:\s|$)|,\s+(?:and|but|while|which|who|as)\b")


#: The most characters of a clause :func:`priced_per_unit` reads after "a barrel of".
_CLAUSE_MOST = 200


def priced_per_unit(text: str, qs: list[Quantity]) -> list[Quantity]:
    """The prices after "a barrel of oil" in its clause are per barrel, and "a barrel" no count.

    "A barrel of US crude oil closed up $2.80 to $51.15", "An ounce of gold rose $3 to
    $425"; not past the clause ("A litre of petrol costs 80p, and the firm made £2bn":
    80p a litre, £2bn).

    Example:
        >>> from newsnum import extract
        >>> [(q.surface, q.unit) for q in extract("An ounce of gold rose $3 to $425.")]
        [('$3', 'USD / ounce'), ('$425', 'USD / ounce')]
    """
    out: list[Quantity] = []
    k = 0
    while k < len(qs):
        q = qs[k]
        if not _a_unit_of(text, q):
            out.append(q)
            k += 1
            continue
        limit = q.end + _CLAUSE_MOST  # a clause is short: linear cost on any text
        stop = _clause_end().search(text, q.end, limit)
        end = limit if stop is None else stop.start()
        j = k + 1
        while j < len(qs) and qs[j].start < end:
            j += 1
        clause = qs[k + 1 : j]
        priced = [
            replace(p, unit=f"{p.unit} / {q.unit}") if _unpriced_money(p) else p for p in clause
        ]
        if priced == clause:
            out.append(q)  # no price after it in its clause: "a mile" counts
        out += priced
        k = j
    return out


def _a_unit_of(text: str, q: Quantity) -> bool:
    """Whether ``q`` is "a barrel of", "an ounce of" (:func:`one_unit`), opening its clause."""
    if q.value != 1 or q.unit is None or not text.startswith(" of ", q.end):
        return False
    if text[q.start : q.start + 2].lower() not in ("a ", "an"):
        return False
    before = text[max(0, q.start - 2) : q.start]
    return q.start == 0 or before in (". ", ", ") or before.endswith("\n")


def _unpriced_money(q: Quantity) -> bool:
    return q.unit is not None and " / " not in q.unit and units.is_currency(q.unit)


@cache
def _done_per_period() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A passive verb then a period after a count ("are sent every day"); "Every day" before."""
    adverbs = alternation(tuple(_words.RATE_ADVERBS))
    periods = r"(?P<period>hour|day|night|week|month|year)"
    return (
        re.compile(
            r"[ \t]+(?:are|were|is|was|(?:have|has|had)[ \t]+been|will[ \t]+be|being)"
            r"(?:[ \t]+[a-z]+ly)?[ \t]+[a-z]+(?:ed|en|ing|ne|nt|ld|wn)"
            r"(?:[ \t]+(?:and|or)[ \t]+[a-z]+(?:ed|en|nt|ld|wn))?(?:[ \t]+(?:[a-z]+ly|online|up))?"
            rf"[ \t]+(?:(?:every|each|a|per)[ \t]+{periods}|(?P<adverb>{adverbs}))\b(?![ \t]+ago)"
        ),
        re.compile(rf"(?:^|[.!?][ \t]+|\n)Every[ \t]+{periods},?[ \t]+$"),
    )


def counts_per_period(text: str, qs: list[Quantity]) -> list[Quantity]:
    """A count done every period is a rate: "78 million messages are sent every day".

    The period follows a passive verb after the count ("about 258 million images are saved
    and shared every day", "more than 12,000 are added daily", "30,000 children were dying
    unnecessarily every day"), or "Every day" opens the sentence ("Every day 78 million
    messages are sent").

    Example:
        >>> from newsnum import extract
        >>> [q.unit for q in extract("Every day 78 million messages are sent.")]
        ['1 / day']
        >>> [q.unit for q in extract("More than 12,000 are added daily, 50 were added a year ago")]
        ['1 / day', None]
    """
    after, opening = _done_per_period()
    out = list(qs)
    for k, q in enumerate(out):
        if q.unit is not None:
            continue
        end = max(q.end, q.noun_span[1]) if q.noun_span else q.end
        m = after.match(text, end) or opening.search(text, max(0, q.start - 20), q.start)
        if m is None:
            continue
        period = m.group("period") or _words.RATE_ADVERBS[m.group("adverb").lower()]
        out[k] = replace(q, unit=f"1 / {period}")
    return out


#: The units of data that news gives as speeds, a second understood: "2Mb broadband".
_BITS = frozenset({"kilobit", "megabit", "gigabit", "terabit"})


def bits_a_second(text: str, qs: list[Quantity]) -> list[Quantity]:
    """Kilobits, megabits and gigabits are a speed in news: "2Mb services", "a 512 kilobit line".

    A line's speed is said in bits with "a second" understood ("speeds of up to 15Mb"); data
    is stored and sent in bytes. Plain bits are no speed ("a 2048-bit key").

    Example:
        >>> from newsnum import extract
        >>> [q.unit for q in extract("It offers 2Mb and 3Mb services, and a 2048-bit key.")]
        ['megabit / second', 'megabit / second', 'bit']
    """
    return [replace(q, unit=f"{q.unit} / second") if q.unit in _BITS else q for q in qs]


#: How many times the second side of a product ("4x100m") must be the first for the first
#: to count legs or items, not a side: "the 4x100m relay", but "a 6x4in print".
_LEGS = 25

_TIMES = ("x", "×", " x ", " × ")


def products(text: str, qs: list[Quantity]) -> list[Quantity]:
    """A figure times one with a unit: "a 6x4in print" (two sides), "the 4x100m relay".

    The first figure is a side in the unit of the second, unless the second is 25 times it
    or more, or a relay follows: then it counts the legs. It names no noun ("x" is none).

    Example:
        >>> from newsnum import extract
        >>> [(q.value, q.unit) for q in extract("prints of 6x4in")]
        [(Decimal('6'), 'inch'), (Decimal('4'), 'inch')]
        >>> [(q.value, q.unit) for q in extract("the 4x100m relay")]
        [(Decimal('4'), None), (Decimal('100'), 'meter')]
    """
    out = list(qs)
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        if a.unit is not None or b.unit is None or a.is_range:
            continue
        if text[a.end : b.start] not in _TIMES:
            continue
        legs = b.value >= _LEGS * a.value or text.startswith(" relay", b.end)
        unit, unit_span = (None, None) if legs else (b.unit, b.unit_span)
        out[k] = replace(a, unit=unit, unit_span=unit_span, noun=None, noun_span=None)
    return out


def shared_units(text: str, qs: list[Quantity]) -> list[Quantity]:
    """Give "45 and 50 mg" its unit twice: a bare number shares the unit after it.

    Ages run the other way: in "aged 23, 25 and 31" every figure is in years.

    Example:
        >>> from newsnum import extract
        >>> [(q.value, q.unit) for q in extract("doses of 45 and 50 mg")]
        [(Decimal('45'), 'milligram'), (Decimal('50'), 'milligram')]
    """
    out = list(qs)
    join = _patterns().share_join
    for k in range(1, len(out)):
        p, q = out[k - 1], out[k]
        if (
            p.unit == "year"
            and p.surface.isdigit()
            and q.unit is None
            and q.surface.isdigit()
            and join.fullmatch(text[p.end : q.start])
        ):
            out[k] = replace(q, unit="year")
    for k in range(len(out) - 2, -1, -1):
        p, q = out[k], out[k + 1]
        if p.unit is not None or q.unit is None or p.noun is not None or p.is_range:
            continue
        if _spelled_fraction(text, p):
            continue  # "Almost a quarter, 22%, said": a share of people, then its figure
        gap = text[p.end : q.start]
        if not join.fullmatch(gap) or not _shared(q) or ("," in gap and "or" in gap):
            continue  # ", or" restates: "from 7,613 to 6,630, or 21.9%"
        out[k] = replace(p, unit=q.unit, unit_span=q.unit_span)
    for k in range(len(out) - 2, -1, -1):
        out[k] = _rate_shared(text, out[k], out[k + 1])
    for k in range(1, len(out)):
        out[k] = _rate_carried(text, out[k - 1], out[k])
    money: Quantity | None = None  # the last money before out[k]
    for k in range(len(out)):
        if money is not None:
            out[k] = _rate_in_sentence(text, money, out[k])
        unit = out[k].unit
        if unit is not None and units.is_currency(unit):
            money = out[k]
    return out


def _rate_in_sentence(text: str, p: Quantity, q: Quantity) -> Quantity:
    """A like amount of the same money later in the sentence shares a rate.

    "jumped to $53.09 a barrel before closing at $53.03"; "£4.85 per hour for those aged 22
    and above, and £4.10 for those aged 18 to 21". Like: within three times each other.

    Example:
        >>> from newsnum import extract
        >>> [q.unit for q in extract("rose to $53.09 a barrel before closing at $53.03")]
        ['USD / barrel', 'USD / barrel']
    """
    if q.unit is None or q.is_range or not units.is_currency(q.unit):
        return q
    unit = _rate_of(p, q, percent=False)  # p: the money before q
    if unit is None or not p.value or not 1 / 3 <= q.value / p.value <= 3:
        return q
    if any(mark in text[p.end : q.start] for mark in _SENTENCE_ENDS):
        return q
    if _patterns().total_over.match(text, q.end):
        return q  # "and spend £1.5bn on aid over the next three years": a total
    return replace(q, unit=unit)


_SENTENCE_ENDS = (". ", "? ", "! ", ";", "\n")


def millions_carried(text: str, qs: list[Quantity]) -> list[Quantity]:
    """The level money moved from, written "38m", is millions of it: "77m euros, up from 38m".

    After a restatement, the money restated: "77m euros (£53m; $100m), up from 38m". A level
    a measure of millions moved to is millions of it too: "fallen 1m barrels to 294.3m".

    Example:
        >>> from newsnum import extract
        >>> [(q.value, q.unit) for q in extract("profit was 77m euros, up from 38m in 2003")]
        [(Decimal('77000000'), 'EUR'), (Decimal('38000000'), 'EUR')]
    """
    out = list(qs)
    for k in range(1, len(out)):
        q, p = out[k], out[k - 1]
        if q.unit != "meter" or q.number_span is None or text[q.number_span[1] : q.end] != "m":
            continue
        gap_start = p.end
        if p.restates is not None:  # the money restated, after the bracket closes
            gap_start = text.find(")", p.end, q.start) + 1
            p = out[p.restates]
        if gap_start <= 0 or p.unit is None or " / " in p.unit or p.value < 10**6:
            continue
        if units.is_currency(p.unit):
            moved = _patterns().moved_from.fullmatch(text, gap_start, q.start)
        else:  # "crude stockpiles had fallen 1m barrels to 294.3m"
            moved = _patterns().moved_to.fullmatch(text, gap_start, q.start)
            moved = moved if units.dimension(p.unit) != "length" else None
        if moved:
            out[k] = replace(q, value=integral(q.value * 10**6), unit=p.unit, unit_span=None)
    return out


def _rate_carried(text: str, p: Quantity, q: Quantity) -> Quantity:
    """The level a rate moved from shares it: "£5.05 an hour, up from £4.85".

    Example:
        >>> from newsnum import extract
        >>> [q.unit for q in extract("paid £5.05 an hour, up from £4.85, from October")]
        ['GBP / hour', 'GBP / hour']
    """
    unit = None if q.is_range else _rate_of(p, q, percent=True)  # "5% a year, down from 6%"
    if unit is None or not _patterns().moved_from.fullmatch(text, p.end, q.start):
        return q
    return replace(q, unit=unit)


def _rate_shared(text: str, p: Quantity, q: Quantity) -> Quantity:
    """Money before a rate in the same currency shares it: "from £5.5bn to £8.2bn a year".

    Example:
        >>> from newsnum import extract
        >>> [q.unit for q in extract("fares rose from $50 to $48 a barrel")]
        ['USD / barrel', 'USD / barrel']
    """
    unit = None if p.is_range else _rate_of(q, p, percent=False)
    gap = text[p.end : q.start]
    if unit is None or not _patterns().share_join.fullmatch(gap) or "," in gap:
        return p  # a comma lists or restates: "$5, 70 dollars a barrel"
    return replace(p, unit=unit)


def _rate_of(rated: Quantity, level: Quantity, *, percent: bool) -> str | None:
    """``rated``'s rate if ``level`` is the same money (with ``percent``, share) per nothing."""
    if rated.unit is None or " / " not in rated.unit:
        return None
    base = rated.unit.partition(" / ")[0]
    if level.unit != base or not (units.is_currency(base) or (percent and base == "percent")):
        return None
    return rated.unit


def shared_nouns(text: str, qs: list[Quantity]) -> list[Quantity]:
    """Give "two or three pictures" its noun twice: a bare count shares the noun after it.

    Alternatives share what is written once, as units do ("five or six euros").

    Example:
        >>> from newsnum import extract
        >>> [(q.value, q.noun) for q in extract("print two or three pictures at home")]
        [(Decimal('2'), 'pictures'), (Decimal('3'), 'pictures')]
    """
    out = list(qs)
    join = _patterns().share_join
    for k in range(len(out) - 2, -1, -1):
        p, q = out[k], out[k + 1]
        if p.unit is not None or p.noun is not None or p.is_range or q.unit is not None:
            continue
        if not (_whole_count(p) and _whole_count(q)) or q.noun_span is None:
            continue
        gap = text[p.end : q.start]
        if q.noun_span[0] != q.end + 1 or not join.fullmatch(gap) or ("," in gap and "or" in gap):
            continue  # the noun right after the second count: "two or three pictures"
        out[k] = replace(p, noun=q.noun, noun_span=q.noun_span)
    return out


def _whole_count(q: Quantity) -> bool:
    """A count of one or more, whole: "three", "12" (not "6.45" nor "two-fifths")."""
    return q.value >= 1 and q.value == q.value.to_integral_value()


def _spelled_fraction(text: str, q: Quantity) -> bool:
    """Whether ``q`` is a fraction in words ("a quarter", "half"), which takes no unit after it."""
    span = q.number_span
    return (
        0 < q.value < 1 and span is not None and text[span[0] : span[1]].replace(" ", "").isalpha()
    )


def _shared(q: Quantity) -> bool:
    """Whether ``q``'s unit is written after its figure, so that a figure before shares it.

    Money shares its currency only when written after ("five or six euros"), never a sign
    before the second figure ("1,500 and £3m").
    """
    if q.unit is None or not units.is_currency(q.unit):
        return True
    return (
        q.unit_span is not None
        and q.number_span is not None
        and (q.unit_span[0] >= q.number_span[1])
    )


def restatements(text: str, qs: list[Quantity]) -> list[Quantity]:
    """Mark a parenthetical conversion as restating the quantity before it.

    Example:
        >>> from newsnum import extract
        >>> extract("some 35 kilometers (around 22 miles) away")[1].restates
        0
    """
    out = list(qs)
    for k in range(1, len(out)):
        original, a, b = k - 1, out[k - 1], out[k]
        if b.unit is None and a.unit is not None:
            b = out[k] = _kelvin(text, a, b)
        if a.unit is None or b.unit is None:
            continue
        gap = text[_end_of_noun(a) : b.start].strip()
        if a.restates is not None:
            if gap in _LIST_GAPS and in_bracket(text, out, k):
                original, gap = a.restates, "("  # "(£1.96bn; $1.85bn)": both restate the euros
                a = out[original]
            else:
                continue
        elif (
            gap not in _RESTATING_GAPS
            and not _patterns().phrase_bracket.fullmatch(gap)
            and not _set_off_by_dashes(text, b, gap)
        ):
            continue
        b = _rate_restated(a, b, gap)
        if (
            b.unit == "GBP"
            and b.surface.lower().endswith("pounds")
            and _dimension(a.unit) == "mass"
        ):
            b = replace(b, unit="pound")  # "2,000 tonnes (4.4 million pounds)": a weight
        if a.unit is None or b.unit is None or not _converts(a.unit, b.unit):
            continue  # "4GB or 8GB", "£10bn, or 5% of GDP" are not conversions
        if ("(" in gap or "[" in gap) and not in_bracket(text, out, k):
            continue
        out[k] = replace(_reconcile(a, b), restates=original)
        out[original] = _reconcile(out[k], a)  # "$110,00 (£59,000)"
        out[original], out[k] = _rate_for_both(text, out[original], out[k])
    return out


def _kelvin(text: str, a: Quantity, b: Quantity) -> Quantity:
    """A "K" glued to a figure that restates a temperature is kelvin: "(572 °F, 573.15K)".

    Example:
        >>> from newsnum import extract
        >>> text = "temperatures of 300 °C (572 °F, 573.15K)"
        >>> [(q.value, q.unit) for q in extract(text)][2]
        (Decimal('573.15'), 'kelvin')
    """
    if text[b.end - 1 : b.end] != "K" or _dimension(a.unit or "") != "temperature":
        return b
    if not in_bracket(text, [a, b], 1):
        return b
    return replace(b, value=b.value / 1000, unit="kelvin", unit_span=(b.end - 1, b.end))


def _set_off_by_dashes(text: str, b: Quantity, gap: str) -> bool:
    """Whether ``b`` restates the figure before it between dashes: "4 months - about 26 weeks -".

    A dash before it, and a dash after it, or a hedge on it and the clause's end after it
    ("- some 1,600km,"); a bare figure after one dash only is a range or a score ("5kg -
    10kg"), and a hedged one before more words a difference ("5kg - about 2kg more").

    Example:
        >>> from newsnum import extract
        >>> extract("It took four months - about 17 weeks - to build.")[1].restates
        0
        >>> extract("It costs £5 - £10 a ticket.")[-1].restates is None
        True
        >>> extract("It weighs 5kg - about 2kg more than the old one.")[1].restates is None
        True
    """
    if gap not in DASHES:
        return False
    end = _end_of_noun(b)
    after = text[end : end + 3].lstrip()[:1]
    return after in DASHES or (b.bound == "~" and after in ("", ",", ".", ";", ":", ")"))


def _end_of_noun(q: Quantity) -> int:
    """Where a quantity ends with the noun written right after it: "3,217 tonnes of gold"."""
    if q.noun_span is not None and 0 <= q.noun_span[0] - q.end <= 4:
        return q.noun_span[1]
    return q.end


def in_bracket(text: str, qs: list[Quantity], k: int) -> bool:
    """Whether ``qs[k]`` ends a bracket, alone or in a list of restatements.

    "(£1.96bn)", "(£1.96bn; $1.85bn)" and "($2.3bn or £12bn)" are restatements; "(22
    miles, the longest)" is not.
    """
    closing = _patterns().closing
    for j in range(k, len(qs)):
        if closing.match(text, qs[j].end):
            return True
        if j + 1 == len(qs) or text[qs[j].end : qs[j + 1].start].strip() not in _LIST_GAPS:
            return False
    return False


def _rate_restated(a: Quantity, b: Quantity, gap: str) -> Quantity:
    """Money restating a rate in brackets is that rate: "$10 billion per annum (£5.5bn)".

    Example:
        >>> from newsnum import extract
        >>> [q.unit for q in extract("At least $10 billion per annum (£5.5bn) is needed")]
        ['USD / year', 'GBP / year']
    """
    if "(" not in gap or a.unit is None or b.unit is None or " / " not in a.unit:
        return b
    money, _, per = a.unit.partition(" / ")
    if " / " in b.unit or not (units.is_currency(money) and units.is_currency(b.unit)):
        return b
    return replace(b, unit=f"{b.unit} / {per}")


def _rate_for_both(text: str, a: Quantity, b: Quantity) -> tuple[Quantity, Quantity]:
    """A rate written after a restatement applies to both: "$30bn (£16bn) a year"."""
    per = _patterns().rate_after.match(text, b.end)
    if per is None:
        return a, b
    found = units.match_unit(text, per.end())
    if found is None and a.unit is not None and units.is_currency(a.unit):
        found = per_noun(text, per.end(), per.group().split()[-1])  # "(£9.49m) per plane"
    if found is None or units.is_currency(found[1]) or "/" in (a.unit or "") + (b.unit or ""):
        return a, b
    den = found[1]
    return replace(a, unit=f"{a.unit} / {den}"), replace(b, unit=f"{b.unit} / {den}")


def _converts(a: str, b: str) -> bool:
    """Whether a figure in unit ``b`` can restate one in unit ``a``.

    A conversion changes the unit and keeps the kind of thing measured (or, as a writer's
    slip the checks report, swaps one measure for another: "10 km (6 kg)").
    """
    if a == b:
        return False
    if units.is_currency(a) or units.is_currency(b):
        return units.is_currency(a) and units.is_currency(b) and a.count("/") == b.count("/")
    da, db = _dimension(a), _dimension(b)
    if da is None or db is None:
        return False
    return da == db or (da in _MEASURES and db in _MEASURES)


def _reconcile(a: Quantity, b: Quantity) -> Quantity:
    """Pick the reading of a malformed restatement that agrees with what it restates.

    Between currencies, the reading whose implied exchange rate is nearest the middle of the
    rates the pair has had: "$110,00 (£59,000)" was $110,000.
    """
    if not b.malformed or not b.suggestions or a.malformed:
        return b
    target = _restated(a, b.unit)
    if target is None or target == 0:
        return b
    return replace(b, value=min(b.suggestions, key=lambda s: _distance(s, target)))


def _restated(a: Quantity, unit: str | None) -> Decimal | None:
    """``a``'s value in ``unit``: converted, or at the middle of the pair's historical rates."""
    if a.unit is None or unit is None:
        return None
    if units.is_currency(a.unit) and units.is_currency(unit):
        rates = units.exchange_range(a.unit, unit)
        return None if rates is None else a.value * (rates[0] * rates[1]).sqrt()
    try:
        return units.convert(a.value, a.unit, unit)
    except (NewsnumError, ArithmeticError, TypeError, ValueError):
        return None


def _distance(value: Decimal, target: Decimal) -> float:
    """How many orders of magnitude apart two figures are (0 when equal).

    A heuristic for choosing a reading, so a float: exact decimal logarithms cost a
    thousand times more.
    """
    if value == 0 or target == 0 or (value < 0) != (target < 0):
        return 99.0
    return abs(
        (abs(value).adjusted() - abs(target).adjusted())
        + math.log10(
            float(abs(value).scaleb(-abs(value).adjusted()))
            / float(abs(target).scaleb(-abs(target).adjusted()))
        )
    )


def _places(value: Decimal) -> int:
    """The place of a figure's last non-zero digit: 1.3280 -> -3, 135,000 -> 3, 45,001 -> 0."""
    exponent = value.normalize().as_tuple().exponent
    return exponent if isinstance(exponent, int) else 0


def context_reading(
    text: str, qs: list[Quantity], k: int, index: Amounts | None = None
) -> tuple[Decimal, str] | None:
    """The reading of malformed ``qs[k]`` its context supports, and why; ``None`` if none.

    First the same amount written elsewhere in the text (a headline that gives it in full),
    then the size and rounding of the amounts in the same unit around it: "$1,8923" beside
    "$1.3280" is 1.8923. A caller reading many figures of one list passes its
    :func:`amounts` once, so that each look-up is constant.

    Example:
        >>> from newsnum import extract
        >>> from newsnum.passes import context_reading
        >>> text = "The euro was at $1.3280 and the pound at $1,8923."
        >>> qs = extract(text)
        >>> context_reading(text, qs, 1)
        (Decimal('1.8923'), 'that reading fits the size and rounding of the figures around it')
    """
    q = qs[k]
    found = amounts(qs) if index is None else index
    same = [s for s in q.suggestions if (q.unit, s) in found]
    if len(same) == 1:
        return same[0], f"the text gives the same amount as {found[q.unit, same[0]].surface!r}"
    lo = bisect.bisect_left(qs, q.start - _NEAR, key=_start)
    hi = bisect.bisect_right(qs, q.start + _NEAR, key=_start)
    style = _style(text, q)
    near = [
        o
        for o in qs[lo:hi]
        if o is not q and o.unit == q.unit and not o.malformed and _style(text, o) == style
    ]
    if not near or len(q.suggestions) < 2:
        return None

    def misfit(s: Decimal) -> float:
        """How unlike its neighbours a reading is in size and rounding, nearest weighing most."""
        weights = [1 / (1 + abs(o.start - q.start) / 100) for o in near]
        unlike = [_distance(s, o.value) + abs(_places(s) - _places(o.value)) for o in near]
        return sum(w * u for w, u in zip(weights, unlike, strict=True)) / sum(weights)

    ranked = sorted(q.suggestions, key=misfit)
    if misfit(ranked[1]) - misfit(ranked[0]) < 0.5:
        return None
    return ranked[0], "that reading fits the size and rounding of the figures around it"


#: The well-formed amounts of a list by (unit, value), each its first occurrence.
Amounts = dict[tuple[str | None, Decimal], Quantity]


def amounts(qs: list[Quantity]) -> Amounts:
    """The well-formed amounts of a list, for :func:`context_reading`.

    Example:
        >>> from newsnum import extract
        >>> from newsnum.passes import amounts
        >>> sorted(str(v) for _, v in amounts(extract("$5 and 12,50 km and $5")))
        ['5']
    """
    found: Amounts = {}
    for o in qs:
        if not o.malformed:
            found.setdefault((o.unit, o.value), o)
    return found


def _start(q: Quantity) -> int:
    return q.start


def _style(text: str, q: Quantity) -> bool:
    """Whether a figure carries a scale word: "$54bn" is no neighbour for "$1,8923"."""
    start, end = q.number_span or (q.start, q.end)
    return any(c.isalpha() for c in text[start:end])


_NEAR = 400  # characters either side in which amounts in the same unit are neighbours


def readings_in_context(text: str, qs: list[Quantity]) -> list[Quantity]:
    """Give a malformed figure no restatement decides the reading its context supports.

    Example:
        >>> from newsnum import extract
        >>> extract("Suits sell for $110,000. Four suits sold for $110,00 at auction.")[-1].value
        Decimal('110000')
    """
    if not any(q.malformed for q in qs):
        return qs
    out = list(qs)
    index = amounts(qs)
    for k, q in enumerate(qs):
        if not q.malformed or q.restates is not None or _restated_by(qs, k):
            continue
        found = context_reading(text, qs, k, index)
        if found is not None:
            out[k] = replace(q, value=found[0])
    return out


def _restated_by(qs: list[Quantity], k: int) -> bool:
    return any(q.restates == k for q in qs[k + 1 : k + 4])


#: The passes over the list, in order.
PASSES: tuple[Pass, ...] = (
    marked_dollar,
    home_currency,
    bound_pairs,
    one_unit,
    priced_per_unit,
    composites,
    products,
    shared_units,
    shared_nouns,
    restatements,
    millions_carried,
    readings_in_context,
    bits_a_second,
    counts_per_period,
)

#: The fewest quantities each pass can change a list of ("a mile" is found in a list of
#: none; a pair is joined in one of two). :func:`run_passes` calls a pass only on a list
#: long enough.
NEEDS: dict[str, int] = {
    "marked_dollar": 1,
    "home_currency": 1,
    "bound_pairs": 2,
    "one_unit": 0,
    "priced_per_unit": 2,
    "composites": 2,
    "products": 2,
    "shared_units": 2,
    "shared_nouns": 2,
    "restatements": 2,
    "millions_carried": 2,
    "readings_in_context": 2,
    "bits_a_second": 1,
    "counts_per_period": 1,
}


@cache
def _needs() -> tuple[tuple[Pass, int], ...]:
    return tuple((read_list, NEEDS[read_list.__name__]) for read_list in PASSES)


def run_passes(
    text: str, qs: list[Quantity], articles: Sequence[int] | None = None
) -> list[Quantity]:
    """Run every pass of :data:`PASSES` that can change the list, in order.

    ``articles`` are handed to :func:`one_unit` (where the scanner saw "a mile"), if known.

    Example:
        >>> from newsnum.passes import run_passes
        >>> [q.unit for q in run_passes("a mile away", [])]
        ['mile']
    """
    for read_list, need in _needs():
        if read_list is one_unit:
            qs = one_unit(text, qs, articles)
        elif len(qs) >= need:
            qs = read_list(text, qs)
    return qs
