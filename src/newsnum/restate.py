"""Check rules on restatements: a figure given again in other units ("35 km (22 miles)").

Each rule reads the pairs :func:`newsnum.extract` marks with
:attr:`Quantity.restates <newsnum.Quantity.restates>`
(and, for :func:`same_unit`, a bracket that repeats the unit) and reports what a copy editor
would circle: a conversion that does not hold, an exchange rate no market has ever seen, a
restatement in the same unit with another value, a restatement that measures something
else.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from functools import cache
from itertools import pairwise

from newsnum import units
from newsnum._data import exchange_rates as _fx
from newsnum._data import units_news as _news
from newsnum._data import words as _words
from newsnum._regex import alternation
from newsnum.model import Finding, Quantity
from newsnum.passes import in_bracket
from newsnum.story import (
    Story,
    comparable,
    convert,
    core,
    dimension,
    finding,
    fmt,
    highest,
    lowest,
    number_span,
    plain,
    unit_word,
)

__all__ = [
    "change_at_level",
    "change_by_amount",
    "change_direction",
    "changed_by_factor",
    "exchange_rate",
    "factor_in_brackets",
    "fraction_of_figure",
    "fraction_restated",
    "majority_share",
    "percent_change",
    "period_in_words",
    "period_rate",
    "same_unit",
    "share_in_words",
    "share_restated",
    "story_rate",
    "swapped_measure",
    "unconverted",
    "unit_conversion",
]

#: Dimensions a conversion is checked in, within one of them ("3 hours (180 km)" adds a
#: fact; "a three-and-a-half-year (30-month) contract" restates one).
_CONVERTIBLE = frozenset({"length", "area", "volume", "mass", "speed", "temperature", "time"})
#: Units news writers use in their imperial sense as often as in the US one.
_IMPERIAL = {
    "gallon": "imperial_gallon",
    "pint": "imperial_pint",
    "quart": "imperial_quart",
    "fluid_ounce": "imperial_fluid_ounce",
    "ton": "long_ton",
}
#: Densities (kg per litre) beyond which no substance news weighs goes: from gases to metals.
_DENSEST, _LIGHTEST = Decimal(25), Decimal("0.0005")
_DENSITY_FACTOR = Decimal("1.5")  # how far a stated density may stray from the handbook's


def _pairs(story: Story) -> Iterator[tuple[Quantity, Quantity]]:
    """Each restatement, after what it restates; neither malformed, both ranges or neither."""
    for b in story.qs:
        if b.restates is None or b.malformed:
            continue
        a = story.qs[b.restates]
        if not a.malformed and a.unit and b.unit and a.is_range == b.is_range:
            yield a, b


def unit_conversion(story: Story) -> Iterator[Finding]:
    """A conversion that disagrees beyond the writer's rounding: "40 kilometres (15 miles)".

    The tolerance follows the precision of both figures and their hedges (half the
    rounding step of the stated figure, no coarser than the original allows, at most 5%,
    10% when hedged; a one-unit slip in the last digit always passes); gallons, pints and
    tons may be imperial, and a temperature in brackets may be a difference ("warming of
    1.5C (2.7F)"), but not one below zero ("froze at -20C (-36F)" is a reading).

    Example:
        >>> from newsnum import check
        >>> [f.suggestion for f in check("The front is 40 kilometres (15 miles) away.")]
        ['25 miles']
        >>> check("The units are 35 kilometers (around 22 miles) from Kyiv.")
        []
    """
    for a, b in _pairs(story):
        da, db = dimension(a.unit), dimension(b.unit)
        if da != db or da not in _CONVERTIBLE:
            continue
        readings = _readings(a, b)
        if not readings or any(_agrees(a, b, exact) for exact in readings):
            continue
        if a.upper is not None and b.upper is not None:
            upper = convert(a.upper, a.unit, b.unit)
            if upper is None or _agrees(a, b, upper, b.upper):
                continue
        exact = readings[0]
        about = fmt(exact.quantize(Decimal("0.1") if abs(exact) < 100 else Decimal(1)))
        said = unit_word(story.text, b)  # "miles"; "-month" after "30" in "a 30-month"
        word, glue = said.lstrip("-"), "-" if said.startswith("-") else " "
        yield finding(
            story,
            "conversion-mismatch",
            b,
            f"{core(story.text, a)[1]} is about {about}{glue}{word}, not {core(story.text, b)[1]}.",
            f"{_round_like(exact, b.value)}{glue}{word}",
            (a,),
        )


def swapped_measure(story: Story) -> Iterator[Finding]:
    """A restatement that measures something else: "10 km (6 kg)"; or an impossible density.

    Weight and volume restate each other for a substance ("1 million barrels (136,000
    tonnes)" of oil); the density they imply must be the substance's, or any real one.

    Example:
        >>> from newsnum import check
        >>> [f.kind for f in check("The IMF has 3,217 tonnes of gold, or about 113.5m litres.")]
        ['dimension-mismatch']
        >>> check("It pumps 1 million barrels of oil (136,000 tonnes) a day.")
        []
    """
    for a, b in _pairs(story):
        da, db = dimension(a.unit), dimension(b.unit)
        if da == db or da not in _CONVERTIBLE or db not in _CONVERTIBLE:
            continue
        if {da, db} == {"volume", "mass"}:
            found = _density(story, a, b) if da == "mass" else _density(story, b, a)
            if found is not None:
                yield finding(story, "dimension-mismatch", b, found, None, (a,))
            continue
        yield finding(
            story,
            "dimension-mismatch",
            b,
            f"{core(story.text, b)[1]} is given as a conversion of {core(story.text, a)[1]}, "
            f"but it measures {_article(db)} and {core(story.text, a)[1]} {_article(da)}.",
            None,
            (a,),
        )


def _density(story: Story, mass: Quantity, volume: Quantity) -> str | None:
    """Why a weight and a volume cannot be the same substance, if they cannot."""
    kg = convert(mass.value, mass.unit, "kilogram")
    litres = convert(volume.value, volume.unit, "liter")
    if kg is None or litres is None or kg <= 0 or litres <= 0:
        return None
    stated = kg / litres
    substance = _substance(mass) or _substance(volume)
    m, v = core(story.text, mass)[1], core(story.text, volume)[1]
    if substance is not None:
        known = Decimal(str(_words.DENSITIES[substance]))
        if known / _DENSITY_FACTOR <= stated <= known * _DENSITY_FACTOR:
            return None
        fill = fmt((kg / known).quantize(Decimal(1)))
        return f"{m} of {substance} fills about {fill} litres, not {v}."
    if _LIGHTEST <= stated <= _DENSEST:
        return None
    density = fmt(stated.quantize(Decimal("0.0001")))
    return f"{m} in {v} is {density} kg a litre, which no substance weighs."


def _substance(q: Quantity) -> str | None:
    """The substance a quantity is of, if the density table knows it: "gold", "jet fuel"."""
    if q.noun is None:
        return None
    noun = q.noun.lower()
    for name in (noun, noun.split()[-1]):
        if name in _words.DENSITIES:
            return name
    return None


def _bracketed(text: str, qs: list[Quantity], k: int, opens: tuple[str, ...]) -> bool:
    """Whether quantity ``k`` stands alone in a bracket right after quantity ``k - 1``."""
    return text[qs[k - 1].end : qs[k].start].strip() in opens and in_bracket(text, qs, k)


def same_unit(story: Story) -> Iterator[Finding]:
    """A bracket that repeats the unit with another value: "£35m (£19m)", "$3bn ($1.6bn)".

    A restatement in the same unit should say the same; rounding within 5% is allowed, and
    a results table ("Profit: £40m (£22m)", last year's figure in brackets) is left alone.

    Example:
        >>> from newsnum import check
        >>> [f.kind for f in check("The shows helped net him £35m (£19m).")]
        ['conversion-mismatch']
        >>> check("The deal is worth $1.2bn ($1,200m).")
        []
    """
    text, qs = story.text, story.qs
    for k in range(1, len(qs)):
        a, b = qs[k - 1], qs[k]
        if a.unit is None or a.unit != b.unit or a.malformed or b.malformed:
            continue
        if a.is_range or b.is_range or not _bracketed(text, qs, k, ("(", "[")):
            continue
        if dimension(a.unit) not in ("currency", *_CONVERTIBLE):
            continue
        line = text[text.rfind("\n", 0, a.start) + 1 : a.start]
        if ":" in line or not line.strip():
            continue  # a table row: the bracket holds another period's figure
        if abs(a.value - b.value) <= Decimal("0.05") * max(abs(a.value), abs(b.value)):
            continue
        first, second = core(text, a)[1], core(text, b)[1]
        yield finding(
            story,
            "conversion-mismatch",
            b,
            f"{second} is given as a restatement of {first}, in the same unit, "
            "but it is another amount.",
            None,
            (a,),
        )


def share_in_words(story: Story) -> Iterator[Finding]:
    """A share in words restated as a percentage that its words rule out: "More than half (45%)".

    "More than" and "over" need a larger percentage, "less than" and "under" a smaller one;
    otherwise the two should agree within 5 points, or 10 after "about", "nearly" or
    "almost"; within a fifth of a share under 25% ("one in eight households (8%)": 12.5%,
    agreed within 2.5 points), but never less than 2 points. The words a share is of may
    stand before the bracket; the words may come second ("about 50% - or one in five").

    Example:
        >>> from newsnum import check
        >>> [f.surface for f in check("More than half (45%) of the respondents agreed.")]
        ['45%']
        >>> check("More than half (55%) of the respondents agreed; nearly two-thirds (62%).")
        []
    """
    text = story.text
    for a, b in _shares_said_twice(story):
        said, share = b.value, a.value * 100
        if a.bound in (">", ">="):
            wrong, way = said < share, "more than"
        elif a.bound in ("<", "<="):
            wrong, way = said > share, "less than"
        else:
            limit = min(Decimal(5), max(Decimal(2), share / 5))  # a fifth of a small share
            wrong, way = abs(said - share) > (2 * limit if a.bound == "~" else limit), "about"
        worth = f"{way} {fmt(share.quantize(Decimal('0.1')).normalize())}%"
        if wrong and a.start < b.start:
            message = f'{core(text, b)[1]} restates "{a.surface}", which is {worth}.'
            yield finding(story, "conversion-mismatch", b, message, None, (a,))
        elif wrong:  # the words restate the percentage: "about 50% - or one in five"
            message = f'"{a.surface}" restates {core(text, b)[1]}, but is {worth}.'
            yield finding(story, "conversion-mismatch", a, message, None, (b,))


def _a_fraction(q: Quantity) -> bool:
    """A fraction in words or figures, a part of a whole: "half", "less than a quarter"."""
    return q.unit is None and 0 < q.value < 1 and not q.is_range


def _a_multiple(q: Quantity) -> bool:
    """A fraction, or a multiple said as one ("twice", "three times")."""
    if q.unit is not None or q.is_range:
        return False
    return 0 < q.value < 1 or q.noun == "times" or q.surface.lower().endswith("twice")


def _as_the_words_say(said: Decimal, bound: str, expected: Decimal) -> bool:
    """Whether a figure agrees with the fraction of a whole the words give, as they bound it.

    "less than" a part allows a tenth over it for rounding, "more than" a tenth under it;
    otherwise within a quarter either way (a fraction in words is a rough one).
    """
    if bound in ("<", "<="):
        return said <= expected * Decimal("1.1")
    if bound in (">", ">="):
        return said * Decimal("1.1") >= expected
    return expected / Decimal("1.25") <= said <= expected * Decimal("1.25")


def _alike(a: Quantity, b: Quantity) -> bool:
    """Two amounts of one thing: one unit, or counts and counts a period ("3 million a week")."""
    units = {a.unit, b.unit}
    return len(units) == 1 or (None in units and any(u and u.startswith("1 / ") for u in units))


#: What stands between a figure and its restatement after a dash or in a bracket.
_DASH_OR_BRACKET = ("-", "–", "—", "(")


def fraction_restated(story: Story) -> Iterator[Finding]:
    """A fraction of a whole restated as a figure that is not that part of it.

    "has exceeded 4.8 million, ... less than a quarter - about 2.4 million - are
    maintained": the figure after a dash or in a bracket is the fraction of the amount
    before it in the sentence (see ``_as_the_words_say`` for the rounding allowed).

    Example:
        >>> from newsnum import check
        >>> text = "Of the 4.8 million blogs, less than a quarter - about 2.4 million - are active."
        >>> [f.surface for f in check(text)]
        ['2.4 million']
        >>> check("Of the 4.8 million blogs, less than a quarter - about 1.1 million - are active.")
        []
    """
    text, qs = story.text, story.qs
    for k in story.followers:  # the fraction follows its whole in the sentence
        whole, part = qs[k - 1], qs[k]
        if (
            not _a_fraction(part)
            or k + 1 >= len(qs)
            or story.in_sentence[k + 1] != story.in_sentence[k]
        ):
            continue
        said = qs[k + 1]  # a percentage restates a share of people: share_in_words
        if said.unit == "percent" or ";" in text[whole.end : part.start] or not _alike(whole, said):
            continue
        if text[part.end : said.start].strip() not in (*_DASH_OR_BRACKET, ","):
            continue
        expected = part.value * whole.value
        if said.restates is None and not _as_the_words_say(said.value, part.bound, expected):
            yield finding(
                story,
                "conversion-mismatch",
                said,
                f'{core(text, said)[1]} restates "{part.surface}" of {core(text, whole)[1]}, '
                f"which is {fmt(expected.quantize(Decimal(1)))}.",
                None,
                (part, whole),
            )


def period_in_words(story: Story) -> Iterator[Finding]:
    """A period named in words, restated in brackets as a time that is not it.

    "delayed for a month (two weeks)", "a week-long (14-day) tour", "a fortnight (10
    days)"; with a hedge before the words, the time in brackets must be on its side: "over
    an hour (45 minutes)" and "almost a whole minute (90 seconds)" are slips. The periods
    and hedges are data (``PERIOD_WORDS``, ``PERIOD_HEDGES_MORE``, ``PERIOD_HEDGES_LESS``,
    ``PERIOD_HEDGES_ABOUT``).

    Example:
        >>> from newsnum import check
        >>> [f.surface for f in check("It was delayed for a month (two weeks).")]
        ['two weeks']
        >>> check("It was delayed for a fortnight (two weeks).")
        []
    """
    text, words = story.text, _period_words()
    for q in story.qs:
        if text.find("(", max(0, q.start - 3), q.start) < 0:
            continue  # most quantities: not first in a bracket
        if dimension(q.unit) != "time" or not text.endswith(("(", "( ", "(  "), 0, q.start):
            continue
        m = words.search(text, max(0, q.start - 60), q.start)
        said = None if m is None else _period_said(m.group("period").lower(), q)
        if m is None or said is None:
            continue
        hedge = (m.group("hedge") or "").lower()
        lo, hi = _period_bounds(hedge, q.bound != "=")
        if not (lo * said <= lowest(q) and highest(q) <= hi * said):
            yield finding(
                story,
                "conversion-mismatch",
                q,
                f"{core(text, q)[1]} restates {' '.join(m.group('said').split())}, which is "
                f"{_sig(said)} {q.unit}{'' if said == 1 else 's'}.",
            )


def _period_said(word: str, q: Quantity) -> Decimal | None:
    """A period named in words, in the unit of the quantity that restates it."""
    count, unit = _words.PERIOD_WORDS[word]
    return convert(Decimal(count), unit, q.unit)


def _period_bounds(hedge: str, loose: bool) -> tuple[Decimal, Decimal]:
    """How far a restatement may stand from a period in words, as factors of it."""
    if hedge in _words.PERIOD_HEDGES_MORE:
        return Decimal("0.95"), Decimal("1e9")  # "over an hour": not 45 minutes
    if hedge in _words.PERIOD_HEDGES_LESS:
        return Decimal(0), Decimal("1.05")  # "almost a minute": not 90 seconds
    if hedge or loose:
        return Decimal("0.7"), Decimal("1.4")
    return Decimal("0.8"), Decimal("1.25")  # "a month": four weeks, 30 or 31 days


@cache
def _period_words() -> re.Pattern[str]:
    """A period in words right before a bracket: "over an hour (", "a week-long (", "a month ("."""
    hedges = (
        *_words.PERIOD_HEDGES_MORE,
        *_words.PERIOD_HEDGES_LESS,
        *_words.PERIOD_HEDGES_ABOUT,
    )
    return re.compile(
        rf"(?:\b(?P<hedge>{alternation(hedges)})\s+)?(?P<said>\b(?:an?|one)\s+"
        rf"(?:(?:whole|full|entire)\s+)?(?P<period>{alternation(tuple(_words.PERIOD_WORDS))})"
        r")(?:-long)?\s*\(\s*$",
        re.IGNORECASE,
    )


def factor_in_brackets(story: Story) -> Iterator[Finding]:
    """A change by a factor in words, restated in brackets as a percentage that is not it.

    "developments costs were likely to double (a 50% rise)": doubling is a rise of 100%,
    tripling one of 200%, halving a fall of 50% (``FACTOR_VERBS``). The percentage may
    stand a fifth either side of it.

    Example:
        >>> from newsnum import check
        >>> [f.surface for f in check("They will include doubling aid (a 50% increase).")]
        ['50%']
        >>> check("They will include doubling aid (a 100% increase).")
        []
    """
    text, (bracket, verb) = story.text, _factor_bracket()
    for q in story.qs:
        if q.unit != "percent" or text.find("(", max(0, q.start - 6), q.start) < 0:
            continue  # most percentages: not first in a bracket
        opening = bracket.search(text, max(0, q.start - 8), q.start)
        said = (
            None
            if opening is None
            else verb.search(text, max(0, opening.start() - 60), opening.start())
        )
        if said is None or q.is_range:
            continue
        factor = Decimal(_words.FACTOR_VERBS[said.group(1).lower()])
        change = abs(factor - 1) * 100
        if not change * Decimal("0.8") <= q.value <= change * Decimal("1.25"):
            yield finding(
                story,
                "conversion-mismatch",
                q,
                f"{core(text, q)[1]} restates {said.group().split()[0]}, a change of "
                f"{fmt(change.normalize())}%.",
            )


@cache
def _factor_bracket() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A bracket opening on a percentage ("(a ", "(up "), and a verb of a factor before it."""
    return (
        re.compile(r"\((?:an?\s+|up\s+|down\s+|or\s+)?$"),
        re.compile(rf"{_factor_verb()}[^.;:!?()0-9]{{0,40}}$", re.IGNORECASE),
    )


def majority_share(story: Story) -> Iterator[Finding]:
    """A majority (or a minority) restated in brackets as a share that is not one.

    Example:
        >>> from newsnum import check
        >>> [f.surface for f in check("A majority (40%) of visitors use Firefox.")]
        ['40%']
        >>> check("A majority (60%) of visitors use Firefox.")
        []
    """
    text = story.text
    for q in story.qs:
        if text[q.start - 1 : q.start] != "(" or q.is_range:
            continue  # most quantities: not the first in a bracket
        m = _majority().search(text, max(0, q.start - 24), q.start)
        if m is None or not (q.unit == "percent" or _a_fraction(q)):
            continue
        share = q.value / 100 if q.unit == "percent" else q.value
        majority = m.group(1).lower() == "majority"
        if (share < Decimal("0.5")) if majority else (share > Decimal("0.5")):
            yield finding(
                story,
                "conversion-mismatch",
                q,
                f"{core(text, q)[1]} restates a {m.group(1).lower()}, but it is "
                f"{'less' if majority else 'more'} than half.",
            )


@cache
def _majority() -> re.Pattern[str]:
    return re.compile(r"\b(majority|minority)[ \t]*\($", re.IGNORECASE)


def share_restated(story: Story) -> Iterator[Finding]:
    """A share restated after a dash or in a bracket as a count that is not that share.

    Of the whole named after it: "about two per cent - some two million people - of
    India's population of more than a billion": 2% of a billion is 20 million. The whole
    is the next count in the sentence, after "of"; a whole "more than" so many only rules
    out a count too small. Within a quarter either way.

    Example:
        >>> from newsnum import check
        >>> text = "They are about 2% - some two million people - of a population of a billion."
        >>> [f.surface for f in check(text)]
        ['two million']
        >>> check("They are about 2% - some 20 million people - of a population of a billion.")
        []
    """
    text, qs = story.text, story.qs
    for k in story.followers:
        share, said = qs[k - 1], qs[k]
        if share.unit != "percent" or said.unit is not None or k + 1 >= len(qs):
            continue
        whole = qs[k + 1]
        if whole.unit is not None or story.in_sentence[k + 1] != story.in_sentence[k]:
            continue
        if text[share.end : said.start].strip() not in _DASH_OR_BRACKET:
            continue
        if " of " not in text[said.end : whole.start] or share.is_range or whole.is_range:
            continue
        expected = share.value / 100 * whole.value
        low = said.value * Decimal("1.25") < expected and whole.bound not in ("<", "<=")
        high = said.value > expected * Decimal("1.25") and whole.bound not in (">", ">=")
        if low or high:
            start = core(text, said)[0]
            yield Finding(
                "conversion-mismatch",
                start,
                said.end,
                text[start : said.end],
                f"{core(text, said)[1]} restates {core(text, share)[1]} of "
                f"{core(text, whole)[1]}, which is {fmt(expected.quantize(Decimal(1)))}.",
                None,
                (share, whole),
            )


@cache
def _fraction_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Words that say what an amount is; "the" before another; a percentage's restatement.

    "- ", ", ", "was " before the words of a fraction; "the" or "of the" before the other
    amount; "- or ", " (", "- roughly " between a percentage and the same share in words.
    """
    approx = alternation(word for word, bound in _words.HEDGES.items() if bound == "~")
    return (
        re.compile(r"[ \t][-–—][ \t]|,[ \t]|\b(?:is|was|are|were|be|been|being)[ \t]"),
        re.compile(r"[ \t]+(?:of[ \t]+)?the[ \t]+"),
        re.compile(rf"[ \t]*(?:[-–—,(]|[ \t]or)[ \t]*(?:or[ \t]+)?(?:(?:{approx})[ \t]+)?"),
    )


def fraction_of_figure(story: Story) -> Iterator[Finding]:
    """An amount said to be a fraction or a multiple of another, which it is not.

    "About three million a week were watching - less than half the five million it was
    attracting": the amount before the words in the sentence, the other right after "the"
    or "of the" (see ``_as_the_words_say`` for the rounding allowed). Either may be wrong:
    the finding spans both.

    Example:
        >>> from newsnum import check
        >>> text = "Three million watched - less than half the five million of 1995."
        >>> [f.surface for f in check(text)]
        ['Three million watched - less than half the five million']
        >>> check("Two million watched - less than half the five million of 1995.")
        []
    """
    text, qs = story.text, story.qs
    for k in story.followers:
        amount, words = qs[k - 1], qs[k]
        if not _a_multiple(words) or k + 1 >= len(qs):
            continue
        other = qs[k + 1]
        gap = text[amount.end : words.start]
        if len(gap) > 100 or not _fraction_patterns()[0].search(gap) or not _alike(amount, other):
            continue
        said_end = words.noun_span[1] if words.noun == "times" and words.noun_span else words.end
        if not _fraction_patterns()[1].fullmatch(text, said_end, other.start):
            continue
        expected = words.value * other.value
        if not _as_the_words_say(amount.value, words.bound, expected):
            start = core(text, amount)[0]  # which of the two is wrong, no text says
            yield Finding(
                "conversion-mismatch",
                start,
                other.end,
                text[start : other.end],
                f'{core(text, amount)[1]} is given as "{text[words.start : said_end]}" '
                f"{core(text, other)[1]}, which is {fmt(expected.quantize(Decimal(1)))}.",
                None,
                (amount, words, other),
            )


def _shares_said_twice(story: Story) -> Iterator[tuple[Quantity, Quantity]]:
    """(words, percentage): a share in words and the percentage that restates it.

    Or the percentage first and the words after it: "about 50% - or one in five - of
    listeners".
    """
    text, qs = story.text, story.qs
    for k in story.followers:
        a, b = qs[k - 1], qs[k]
        if a.unit == "percent" and _a_fraction(b) and b.surface[:1].isalpha() and not b.noun:
            if not a.is_range and _fraction_patterns()[2].fullmatch(text, a.end, b.start):
                yield b, a  # "about 50% - or one in five -"
            continue
        if b.unit != "percent" or a.unit is not None or not 0 < a.value < 1 or b.is_range:
            continue
        if _bracketed(text, qs, k, ("(",)) or _share_then_bracket(text, qs, k):
            yield a, b


def _share_then_bracket(text: str, qs: list[Quantity], k: int) -> bool:
    """Whether quantity ``k`` stands alone in a bracket after the words a share is of.

    At most four lower-case words: "one in eight households (8%)", "half of all voters (45%)".
    """
    gap = text[qs[k - 1].end : qs[k].start]
    return _share_words().fullmatch(gap) is not None and in_bracket(text, qs, k)


@cache
def _share_words() -> re.Pattern[str]:
    """One to four lower-case words, then an opening bracket (see :func:`_share_then_bracket`)."""
    return re.compile(r"(?:[ ]+[a-z]+){1,4}[ ]+\(")


def exchange_rate(story: Story) -> Iterator[Finding]:
    """A currency restatement at a rate the pair has never had: "1bn euros (£1.46bn)".

    The rate implied must fall within the lowest and highest the pair has had since 1971
    (``newsnum._data.exchange_rates``), with a margin of a quarter either way (a tenth for
    the pairs observed directly: a currency against the dollar, the euro and the pound;
    not for a currency read from a word several countries use, "rupees"). When one
    figure has a scale word and the other none ("$6.3 (£3.35m)"), the one without is
    flagged: its scale word is missing. Two restatements of one amount imply a rate
    between themselves too ("40m rupees ($915,000; £4.86m)").

    Example:
        >>> from newsnum import check
        >>> [f.surface for f in check("It earned $10m (£19.2m) in the quarter.")]
        ['£19.2m']
        >>> check("It earned $10m (£5.2m) in the quarter.")
        []
    """
    flagged: set[int] = set()
    for a, b, sibling in _currency_pairs(story):
        base, quote = _money(a.unit), _money(b.unit)
        if base is None or quote is None or base == quote or a.value <= 0 or b.value <= 0:
            continue
        rates = units.exchange_range(base, quote)
        if rates is None or b.start in flagged:
            continue
        margin = _margin(base, quote)
        lo, hi = rates[0] / margin, rates[1] * margin
        rate = b.value / a.value
        if lo <= rate <= hi:
            continue
        flagged.add(b.start)
        yield _rate_finding(story, a, b, rate, rates, sibling=sibling)


def unconverted(story: Story) -> Iterator[Finding]:
    """A currency restated with its own figure, at par for a pair never at par: "£24m (24m euros)".

    The writer named the other currency but never converted the amount. Only for a pair
    whose rate has never been one (the pound and the euro, the pound and the dollar), so
    that "$5m (5m euros)" passes.

    Example:
        >>> from newsnum import check
        >>> [f.surface for f in check("Chelsea's £24m (24m euros) striker is injured.")]
        ['24m euros']
        >>> check("Chelsea's £24m (35m euros) striker is injured; $5m (5m euros).")
        []
    """
    for a, b in _pairs(story):
        base, quote = _money(a.unit), _money(b.unit)
        if base is None or quote is None or base == quote or a.value != b.value:
            continue
        rates = units.exchange_range(base, quote)
        if rates is None or rates[0] <= 1 <= rates[1]:
            continue
        yield finding(
            story,
            "conversion-mismatch",
            b,
            f"{core(story.text, a)[1]} is restated as {core(story.text, b)[1]}, the same "
            f"figure, but 1 {base} has always bought between {_sig(rates[0])} and "
            f"{_sig(rates[1])} {quote}: the amount was not converted.",
            None,
            (a,),
        )


def _currency_pairs(story: Story) -> Iterator[tuple[Quantity, Quantity, bool]]:
    """Each restatement after its original, then two restatements of one original.

    "40m rupees ($915,000; £4.86m)": the dollars and the pounds restate one amount, so
    they imply a rate between themselves too (and whether they are siblings).
    """
    for a, b in _pairs(story):
        yield a, b, False
    restated: dict[int, Quantity] = {}
    for b in story.qs:
        if b.restates is None or b.malformed or not b.unit:
            continue
        a = restated.setdefault(b.restates, b)
        if a is not b and a.is_range == b.is_range:
            yield a, b, True


@cache
def _shared_money() -> frozenset[str]:
    """The currencies that words several countries use are read as where none is named.

    Example:
        >>> sorted(_shared_money())  # "rupees", "kroner" ("pesos" name no currency alone)
        ['DKK', 'INR']
    """
    read = (units.match_unit(word, 0) for word in _news.SHARED_CURRENCY_WORDS)
    return frozenset(found[1] for found in read if found is not None)


def _margin(base: str, quote: str) -> Decimal:
    """How far outside its range a pair's rate may fall: less for directly observed pairs.

    A pair of ``CROSS``, or a currency against the dollar (``PER_USD`` is observed against
    it), is bounded by what it has been; any other pair by a quotient of two ranges. So is
    a currency read from a word several countries use ("rupees" in a sentence that names
    no country may be Sri Lanka's, at 100 to the dollar in 2005).

    Example:
        >>> _margin("GBP", "USD"), _margin("EUR", "GBP"), _margin("GBP", "CNY")
        (Decimal('1.1'), Decimal('1.1'), Decimal('1.25'))
        >>> _margin("INR", "USD")
        Decimal('1.25')
    """
    if base in _shared_money() or quote in _shared_money():
        return Decimal(str(_fx.TOLERANCE))
    direct = "USD" in (base, quote) or (base, quote) in _fx.CROSS or (quote, base) in _fx.CROSS
    return Decimal(str(_fx.CROSS_TOLERANCE if direct else _fx.TOLERANCE))


def _rate_finding(
    story: Story,
    a: Quantity,
    b: Quantity,
    rate: Decimal,
    rates: tuple[Decimal, Decimal],
    *,
    sibling: bool = False,
) -> Finding:
    """The finding for an impossible rate: on the figure missing its scale word, else on ``b``."""
    text = story.text
    base, quote = _money(a.unit), _money(b.unit)
    said = "and {} restate one amount, so" if sibling else "restated as {} means"
    message = (
        f"{core(text, a)[1]} {said.format(core(text, b)[1])} 1 {base} = "
        f"{_sig(rate)} {quote}, but since 1971 the rate has stayed between "
        f"{_sig(rates[0])} and {_sig(rates[1])}."
    )
    if sibling:  # which of the two is wrong, no text says: the finding spans both
        start = core(text, a)[0]
        return Finding(
            "conversion-mismatch", start, b.end, text[start : b.end], message, None, (a, b)
        )
    scaled_a, scaled_b = _scaled(text, a), _scaled(text, b)
    if scaled_a != scaled_b:
        bare = b if scaled_a else a
        return finding(
            story,
            "conversion-mismatch",
            bare,
            message + " A scale word may be missing.",
            None,
            (b if bare is a else a,),
        )
    return finding(story, "conversion-mismatch", b, message, None, (a,))


def _scaled(text: str, q: Quantity) -> bool:
    start, end = number_span(q)
    return any(c.isalpha() for c in text[start:end])


def _money(unit: str | None) -> str | None:
    """The currency of a unit, with a shared rate dropped: "USD / year" is "USD"."""
    if unit is None:
        return None
    head = unit.split(" / ")[0]
    return head if units.is_currency(head) and len(head) == 3 else None


def _sig(v: Decimal) -> str:
    """A rate to three significant digits: 1.40, 0.0953, 531,746."""
    if v >= 1000:
        return fmt(v.quantize(Decimal(1)))
    return format(float(v), ".3g")


def _article(dim: str | None) -> str:
    return {"area": "an area", "speed": "a speed", "temperature": "a temperature"}.get(
        dim or "", f"a {dim}"
    )


def _readings(a: Quantity, b: Quantity) -> list[Decimal]:
    """Every value ``a`` may have in ``b``'s unit, given how news uses units."""
    out = []
    targets = {b.unit}
    sources = {a.unit}
    for name in (a.unit, b.unit):
        alt = _IMPERIAL.get(name or "")
        if alt is not None:
            (targets if name == b.unit else sources).add(alt)
    for src in sorted(u for u in sources if u):
        for dst in sorted(u for u in targets if u):
            v = convert(a.value, src, dst)
            if v is None:
                continue
            out.append(v)
            if dimension(src) == "temperature" and a.value >= 0:  # "-20C": a reading
                zero = convert(Decimal(0), src, dst)
                if zero is not None and zero != 0:
                    out.append(v - zero)
    return out


def _sig_digits(v: Decimal) -> int:
    """Significant digits as written: 2,000 has 1, 930,000 has 2, 12.50 has 4."""
    t = abs(v).as_tuple()
    digits = list(t.digits)
    if isinstance(t.exponent, int) and t.exponent >= 0:
        while len(digits) > 1 and digits[-1] == 0:
            digits.pop()
    while len(digits) > 1 and digits[0] == 0:
        digits.pop(0)
    return max(1, len(digits))


def _step(v: Decimal) -> Decimal:
    """The rounding step the writer used for ``v``: 22 -> 1, 930,000 -> 10,000, 1,250 -> 50."""
    t = abs(v).as_tuple()
    exp = t.exponent if isinstance(t.exponent, int) else 0
    digits = list(t.digits)
    if exp >= 0:
        while len(digits) > 1 and digits[-1] == 0:
            digits.pop()
            exp += 1
    step = Decimal(10) ** exp
    if digits and digits[-1] == 5 and len(digits) > 1 and exp >= 1:
        step *= 5
    return step


def _agrees(a: Quantity, b: Quantity, exact: Decimal, stated: Decimal | None = None) -> bool:
    """Whether ``b`` is ``exact`` rounded the way the writer plausibly rounded it.

    The tolerance is half the rounding step of the stated figure (a whole step
    when either side is hedged), but no coarser than the precision of the
    figure it converts allows (600 pounds for 250 kg is judged to the ten), and
    no coarser than 5% (10% when hedged or when the original has one significant
    digit, as in "20 miles (30km)"). A one-unit slip in the last written digit
    is always allowed: writers truncate as often as they round.
    """
    hedged = a.bound != "=" or b.bound != "="
    value = b.value if stated is None else stated
    last = _last_digit(value)
    step = _step(value)
    if value != 0:
        magnitude = abs(value).adjusted()
        cap = Decimal(10) ** (magnitude - _sig_digits(a.value) + 1)
        step = min(step, max(cap, last))
    tol = step if hedged else step / 2
    rel = Decimal("0.10") if hedged or _sig_digits(a.value) == 1 else Decimal("0.05")
    tol = max(min(tol, rel * abs(exact)), last)
    return abs(value - exact) <= tol


def _last_digit(v: Decimal) -> Decimal:
    """The place of the last written digit of ``v`` (1 for integers)."""
    exp = v.as_tuple().exponent
    return Decimal(10) ** min(exp, 0) if isinstance(exp, int) else Decimal(1)


def _round_like(exact: Decimal, stated: Decimal) -> str:
    """``exact`` rounded to the precision the writer used for ``stated``."""
    place = _last_digit(stated)
    r = exact.quantize(place) if place < 1 else exact.quantize(Decimal(1))
    if place >= 1 and abs(exact) >= 100:
        r = exact.quantize(Decimal(1))
    from babel.numbers import format_decimal

    return str(format_decimal(r, format="#,##0.###", locale="en"))


@cache
def _change_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The words of a change given twice: "from A to B, or P%", "fell P% from A to B".

    And the noun of a change between a percentage and "from": "a 53% pay rise (from".
    """
    verbs = alternation(_words.CHANGE_VERBS)
    nouns = "rise|fall|increase|decrease|drop|jump|cut|decline|gain|reduction|surge|slump|growth"
    return (
        re.compile(r"\bfrom\s+$", re.IGNORECASE),
        re.compile(
            rf",?\s*(?:or|and|up|down|representing|(?:an?\s+)?(?:{nouns})\s+of|-|—|\()\s*",
            re.IGNORECASE,
        ),
        re.compile(rf"\b(?:{verbs})(?:\s+by)?\s+$", re.IGNORECASE),
        re.compile(rf"\s+(?:[a-z-]+\s+)?(?:{nouns})\s*(?:\(\s*)?from\s+", re.IGNORECASE),
    )


def _between(text: str, a: Quantity, b: Quantity) -> str:
    """The words between two quantities, without brackets or years ("($6.13bn) in 2003 to")."""
    if b.start - a.end > 80:
        return "…"  # too far apart for a change from one to the other
    gap = _change_aside().sub(" ", text[a.end : b.start])
    return " ".join(gap.split())


@cache
def _change_aside() -> re.Pattern[str]:
    months = alternation(tuple(m.capitalize() for m in _words.MONTHS))
    return re.compile(
        rf"\([^()]{{0,60}}\)|\b(?:in|for)\s+(?:(?:{months})(?:\s+(?:19|20)[0-9]{{2}})?|(?:19|20)[0-9]{{2}})\b"
        rf"|(?<=\bfrom\s)\s*(?:{alternation(_words.LEVEL_QUALIFIERS)})\b"
    )


def _triples(story: Story) -> Iterator[tuple[Quantity, Quantity, Quantity]]:
    """(A, B, P): a change from A to B given again as a percentage P, in either order.

    A restatement in brackets, a year or a month may stand between them ("slipped 16% from
    £3.24bn ($6.13bn) in 2003 to £2.89bn in 2004", "fell 20% to 95.5 in February from 97.5").
    Or the new level first, then the change from the old ("sales were £3bn, up 50% from
    £2bn").
    """
    text = story.text
    qs = [q for q in story.qs if q.restates is None]
    from_before, then_percent, verb_before, noun_from = _change_patterns()
    for k in range(len(qs) - 2):
        a, b, c = qs[k], qs[k + 1], qs[k + 2]
        if (
            c.unit == "percent"
            and text.find("to", a.end, b.start) >= 0  # a plain search first: most have none
            and _between(text, a, b) == "to"
            and from_before.search(text, max(0, a.start - 8), a.start)
            and then_percent.fullmatch(text, b.end, c.start)
        ):
            yield a, b, c  # "fell from 7,613 to 6,630, or 21.9%"
        if (
            b.unit == "percent"
            and text.find("from", b.end, c.start) >= 0
            and _between(text, b, c) == "from"
            and _level_then_change(text, a, b)
        ):
            yield c, a, b  # "sales were £3bn last year, up 50% from £2bn"
        if a.unit != "percent":
            continue
        if noun_from.fullmatch(text, a.end, b.start):
            if _between(text, b, c) == "to":
                yield b, c, a  # "a 53% pay rise (from 1,000 to 1,200 pesos)"
        elif text.find("from", a.end, c.start) >= 0 and verb_before.search(
            text, max(0, a.start - 24), a.start
        ):  # a plain search first: most percentages have no "from" after them
            first, second = _between(text, a, b), _between(text, b, c)
            if (first, second) == ("from", "to"):
                yield b, c, a  # "fell 21.9% from 7,613 to 6,630"
            elif (first, second) == ("to", "from"):
                yield c, b, a  # "rose 25% to £10m from £8m"


def _level_then_change(text: str, level: Quantity, p: Quantity) -> bool:
    """A level, then ", up P%" or ", down P%" for it, a few lower-case words between.

    Example:
        >>> from newsnum import extract
        >>> text = "Sales were £3bn last year, up 50% from £2bn."
        >>> level, p, _ = extract(text)
        >>> _level_then_change(text, level, p)
        True
    """
    return _level_change().fullmatch(text, level.end, p.start) is not None


@cache
def _level_change() -> re.Pattern[str]:
    return re.compile(r"(?:[ \t]+[a-z][a-z' ]{0,40}?)?,[ \t]+(?:up|down)[ \t]+(?:by[ \t]+)?")


def percent_change(story: Story) -> Iterator[Finding]:
    """A change given twice, as two levels and as a percentage, that disagree.

    The percentage must fall within what the two levels allow, rounded as written ("from
    3.7m to 4.1m" is a rise of 9.5% to 12.5%); for two percentages, a change in points also
    agrees.

    Example:
        >>> from newsnum import check
        >>> [f.surface for f in check("It fell from 7,613 to 6,630, or 21.9%.")]
        ['21.9%']
        >>> check("It fell from 7,613 to 6,630, or 12.9%.")
        []
    """
    for a, b, p in _triples(story):
        if p.is_range or a.is_range or b.is_range or a.value == 0 or not comparable(a, b):
            continue
        lo, hi = _change_range(a, b)
        stated = abs(p.value)
        half = _last_digit(p.value) / 2 if p.bound == "=" else stated / 10
        if lo - half <= stated <= hi + half:
            continue
        if a.unit == "percent" and abs(abs(b.value - a.value) - stated) <= max(
            half, Decimal("0.05")
        ):
            continue  # "from 5% to 7%, or 2 points"
        exact = (b.value - a.value) / a.value * 100
        way = "rise" if exact > 0 else "fall"
        text = story.text
        yield finding(
            story,
            "conversion-mismatch",
            p,
            f"From {core(text, a)[1]} to {core(text, b)[1]} is a {way} of "
            f"{fmt(abs(exact).quantize(Decimal('0.1')))}%, not {core(text, p)[1]}.",
            None,
            (a, b),
        )


def change_at_level(story: Story) -> Iterator[Finding]:
    """A change given as an amount and a percentage, with the level it reached, that disagree.

    "shares closed up 64 pence, or 16%, at 1130p": from 1066p, 64p is a rise of 6.0%. The
    level before is the level after less the rise (or plus the fall); the percentage must
    fall within what the figures allow, rounded as written.

    Example:
        >>> from newsnum import check
        >>> [f.surface for f in check("Its shares closed up 64 pence, or 16%, at 1130p.")]
        ['16%']
        >>> check("Its shares closed up 64 pence, or 6%, at 1130p.")
        []
    """
    text = story.text
    for a, p, b, up in _level_triples(story):
        way = -1 if up else 1  # the level before: the level after less a rise, plus a fall
        before = b.value + way * a.value
        if before <= 0 or p.is_range or p.bound != "=":
            continue
        ends = [
            ca / (cb + way * ca) * 100
            for ca in (a.value - _step(a.value) / 2, a.value + _step(a.value) / 2)
            for cb in (b.value - _step(b.value) / 2, b.value + _step(b.value) / 2)
            if cb + way * ca > 0
        ]
        half = _last_digit(p.value) / 2
        if not ends or min(ends) - half <= abs(p.value) <= max(ends) + half:
            continue
        exact = a.value / before * 100
        yield finding(
            story,
            "conversion-mismatch",
            p,
            f"A {'rise' if up else 'fall'} of {text[core(text, a)[0] : _past_points(a)]} to "
            f"{core(text, b)[1]} is "
            f"{fmt(exact.quantize(Decimal('0.1')))}%, not {core(text, p)[1]}.",
            None,
            (a, b),
        )


def change_direction(story: Story) -> Iterator[Finding]:
    """A change whose levels go the other way from its words: "fell to 55.3, from 54.4".

    "fell to A from B", "rose from B to A" and "A, down from B" (or "- up from B") say
    which way the level went; a level that went the other way is a slip in one of the two
    figures (the earlier is flagged, as the one a reporter copies from older copy).

    Example:
        >>> from newsnum import check
        >>> [f.surface for f in check("The index fell to 55.3 in February, from 54.4.")]
        ['54.4']
        >>> check("The index fell to 55.3 in February, from 56.4.")
        []
    """
    text, qs = story.text, story.qs
    after_to, between, worded, from_to = _direction_patterns()
    for k in story.followers:
        a, b = qs[k - 1], qs[k]
        if text.find("from", a.end, b.start) < 0 and not text.startswith(" to ", a.end):
            continue  # most pairs: no "from" between, no "to" after the first
        if a.is_range or b.is_range or a.restates is not None or not comparable(a, b):
            continue
        if _a_fraction(a) != _a_fraction(b):
            continue  # "of the 48 million cards - down from one in eight": not one level
        m = between.fullmatch(text, a.end, b.start) or worded.fullmatch(text, a.end, b.start)
        if m is not None and m.group(1) is None:
            m = after_to.search(text, max(0, a.start - 30), a.start)  # "fell to A, from B"
        elif m is None:
            m = from_to.search(text, max(0, a.start - 30), a.start)  # "rose from B to A"
            if m is None or not text.startswith(" to ", a.end):
                continue
            a, b = b, a
        if m is None:
            continue
        up = m.group(1).lower() in _words.CHANGE_UP
        if (a.value < b.value) if up else (a.value > b.value):
            yield finding(
                story,
                "conversion-mismatch",
                b,
                f"The words say {core(text, b)[1]} {'rose' if up else 'fell'} to "
                f"{core(text, a)[1]}, but {core(text, a)[1]} is {'lower' if up else 'higher'}.",
                None,
                (a,),
            )


@cache
def _direction_patterns() -> tuple[re.Pattern[str], ...]:
    """The words that say which way a level went.

    A verb of change before "to"; "(down|up) from" or "from" between two levels, or after a
    few words and a comma or a dash ("a 36% share of the market - down from"); a verb of
    change before "from".
    """
    ways = alternation((*_words.CHANGE_UP, *_words.CHANGE_DOWN))
    revised = r"(?:an?\s+(?:adjusted|revised)\s+)?"
    return (
        re.compile(rf"\b({ways})\s+to\s+$", re.IGNORECASE),
        re.compile(
            rf"(?:\s+in\s+[A-Z][a-z]+)?\s*[,;]?\s*(?:[-–—]\s*)?(?:(up|down)\s+)?from\s+{revised}"
        ),
        re.compile(rf"[^.;:!?0-9]{{0,60}}?(?:,|\s[-–—])\s*(up|down)\s+from\s+{revised}"),
        re.compile(rf"\b({ways})\s+from\s+$", re.IGNORECASE),
    )


def change_by_amount(story: Story) -> Iterator[Finding]:
    """A change by an amount between two levels that say otherwise: "fell £600 from £1m to £2m".

    "rose by X from A to B" (or "to B from A"), all in one unit: B must lie from A the way
    the verb says, by X as rounded ("more than X": at least X; "less than X": at most X).

    Example:
        >>> from newsnum import check
        >>> [f.kind for f in check("The price fell by £600 from £190,329 to £198,733.")]
        ['conversion-mismatch']
        >>> check("The price fell by £600 from £190,329 to £189,733.")
        []
    """
    text = story.text
    for x, a, b, up in _amount_triples(story):
        change = b.value - a.value
        if (change > 0) == up and change != 0 and _amount_agrees(x, abs(change), a, b):
            continue
        said = "no change" if change == 0 else f"a {'rise' if change > 0 else 'fall'} of "
        said += plain(abs(change)) if change else ""
        start, first = core(text, a)
        yield Finding(
            "conversion-mismatch",
            start,
            b.end,
            text[start : b.end],
            f"From {first} to {core(text, b)[1]} is {said}, not "
            f"{'a rise' if up else 'a fall'} of {core(text, x)[1]}.",
            None,
            (x, a, b),
        )


def _amount_triples(story: Story) -> Iterator[tuple[Quantity, Quantity, Quantity, bool]]:
    """(X, A, B, up): "fell by X from A to B" or "rose X to B from A", and whether it rose."""
    text = story.text
    qs = [q for q in story.qs if q.restates is None]
    way_before = _level_patterns()[2]
    for x, y, z in zip(qs, qs[1:], qs[2:], strict=False):
        if x.unit == "percent" or x.unit != y.unit or y.unit != z.unit:
            continue  # a percentage: percent_change; most triples: not one unit
        if z.start - x.end > 160 or text.find("from", x.end, z.start) < 0:
            continue  # most triples of one unit: no "from" between them
        way = way_before.search(text, max(0, x.start - 12), x.start)
        if way is None or any(q.malformed or q.is_range for q in (x, y, z)):
            continue
        gaps = _between(text, x, y), _between(text, y, z)
        if gaps in (("from", "to"), ("to", "from")):
            a, b = (y, z) if gaps[0] == "from" else (z, y)
            yield x, a, b, way.group(1).lower() in _words.CHANGE_UP


def _amount_agrees(x: Quantity, change: Decimal, a: Quantity, b: Quantity) -> bool:
    """Whether a change of ``change`` is ``x`` as written, given the rounding of all three."""
    slack = (_step(a.value) + _step(b.value)) / 2 + _step(x.value) / 2
    if x.bound in (">", ">="):
        return change + slack >= x.value
    if x.bound in ("<", "<="):
        return change - slack <= x.value
    if x.bound == "~":
        slack += x.value / 10
    return abs(change - x.value) <= slack


def changed_by_factor(story: Story) -> Iterator[Finding]:
    """A change by a factor in words whose levels say otherwise: "halving it to 17c from 44c".

    The verb ("halved", "doubling", "tripled", "quadrupled") stands at most 60 characters
    before the two levels, written "from A to B" or "to B from A"; the ratio of the levels
    must be within a fifth of the factor.

    Example:
        >>> from newsnum import check
        >>> [f.kind for f in check("It is halving its dividend to 17 cents from 44 cents.")]
        ['conversion-mismatch']
        >>> check("It is halving its dividend to 17 cents from 34 cents.")
        []
    """
    text, p = story.text, _factor_patterns()
    qs = [q for q in story.qs if q.restates is None]
    for a, b in pairwise(qs):
        if b.start - a.end > 24:
            continue  # most pairs: not "to B from A"
        gap = text[a.end : b.start].split()  # "to", "from"; or "a share from"
        if not gap or gap[-1] not in ("to", "from") or len(gap) > 3 or a.is_range or b.is_range:
            continue
        verb = p.search(text, max(0, a.start - 60), a.start)
        if verb is None or a.value == 0 or b.value == 0 or not _like_levels(a, b):
            continue
        factor = Decimal(_words.FACTOR_VERBS[verb.group(1).lower()])
        before, after = (a, b) if gap[-1] == "to" else (b, a)
        ratio = after.value / before.value
        if abs(ratio - factor) <= factor / 5:
            continue
        start = core(text, a)[0]
        yield Finding(
            "conversion-mismatch",
            start,
            b.end,
            text[start : b.end],
            f"From {core(text, before)[1]} to {core(text, after)[1]} is "
            f"{fmt(ratio.quantize(Decimal('0.01')))} times the first, where "
            f'"{verb.group().split()[0]}" says {factor}.',
            None,
            (a, b),
        )


def _like_levels(a: Quantity, b: Quantity) -> bool:
    """Whether two levels compare: one unit, or one currency and one of them per something."""
    return comparable(a, b) or (_money(a.unit) is not None and _money(a.unit) == _money(b.unit))


@cache
def _factor_patterns() -> re.Pattern[str]:
    return re.compile(rf"{_factor_verb()}[^.;:!?0-9]{{0,60}}?(?:to|from) $", re.IGNORECASE)


def _factor_verb() -> str:
    """A verb of a change by a factor, its stem a group: "halving", "doubled", "triples"."""
    return rf"\b({alternation(tuple(_words.FACTOR_VERBS))})(?:e|ed|es|ing)\b"


def _level_triples(story: Story) -> Iterator[tuple[Quantity, Quantity, Quantity, bool]]:
    """(A, P, B, up): "up A, or P%, at B" (or "up P%, or A, at B"), and whether it rose.

    A is an amount, or an index's points ("rose 20.54 points, or 0.2%, to 10,847.66").
    """
    text = story.text
    qs = [q for q in story.qs if q.restates is None]
    or_then, at_level, way_before = _level_patterns()
    for x, y, b in zip(qs, qs[1:], qs[2:], strict=False):
        if x.unit != "percent" and y.unit != "percent":
            continue  # most triples
        if not (
            or_then.fullmatch(text, _past_points(x), y.start)
            and at_level.fullmatch(text, _past_points(y), b.start)
        ):
            continue
        a, p = (y, x) if x.unit == "percent" else (x, y)
        points = a.unit is None and a.noun == "points" and b.unit is None  # an index's points
        if p.unit != "percent" or not (a.unit or points) or not comparable(a, b) or a.is_range:
            continue
        way = way_before.search(text, max(0, x.start - 12), x.start)
        if way is not None:
            yield a, p, b, way.group(1).lower() in _words.CHANGE_UP


def _past_points(q: Quantity) -> int:
    """Where a quantity ends, with the word "points" after it ("20.54 points")."""
    return q.noun_span[1] if q.noun == "points" and q.noun_span is not None else q.end


@cache
def _level_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    ways = alternation((*_words.CHANGE_UP, *_words.CHANGE_DOWN))
    return (
        re.compile(r",?\s+or\s+"),
        re.compile(r",?\s+(?:at|to)\s+"),
        re.compile(rf"\b({ways})\s+(?:by\s+)?$", re.IGNORECASE),
    )


def _change_range(a: Quantity, b: Quantity) -> tuple[Decimal, Decimal]:
    """The least and most a change from ``a`` to ``b`` may be, in per cent, given their rounding."""
    da, db = _step(a.value) / 2, _step(b.value) / 2
    ends = [
        abs((nb - na) / na * 100)
        for na in (a.value - da, a.value + da)
        for nb in (b.value - db, b.value + db)
        if na != 0
    ]
    low, high = min(ends), max(ends)
    if (a.value - da) * (a.value + da) <= 0 or (b.value - a.value - da - db) * (
        b.value - a.value + da + db
    ) <= 0:
        low = Decimal(0)  # the change may be nil
    return low, high


@cache
def _periods() -> frozenset[str]:
    """The periods of ``PERIODS_IN`` ("day", "year", ...)."""
    return frozenset(p for pair in _words.PERIODS_IN for p in pair)


@cache
def _period_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A period said after a count ("every day", "a year", "daily"), and a restating cue."""
    periods = alternation(_periods())
    adverbs = alternation(tuple(_words.RATE_ADVERBS))
    return (
        re.compile(rf"\b(?:(?:every|each|a|an|per)\s+({periods})|({adverbs}))\b", re.IGNORECASE),
        re.compile(rf"(?:,|\s)\s*(?:{alternation(_words.RATE_RESTATED)})\s+$|\($", re.IGNORECASE),
    )


def _per(unit: str | None) -> tuple[str, str | None]:
    """What a rate counts and its period: "GBP / day" -> ("GBP", "day"); a count, ("1", None)."""
    head, _, period = (unit or "1").rpartition(" / ")
    if head and period in _periods():
        return head, period
    return unit or "1", None


def _period_pairs(story: Story) -> Iterator[tuple[Quantity, Quantity, str, str]]:
    """A rate and its restatement per another period, with both periods.

    "£1m a day (£36m a year)", "£1m a day, equivalent to £36m a year"; or a count with its
    period said after it, "258 million images are saved every day, equating to 9.4 billion
    a year".
    """
    text, qs = story.text, story.qs
    said, cue = _period_patterns()
    for a, b in pairwise(qs):
        head_b, per_b = _per(b.unit)
        if per_b is None or b.start - a.end > 100 or a.is_range or b.is_range:
            continue
        head_a, per_a = _per(a.unit)
        gap_start = a.end
        if per_a is None:
            m = said.search(text, a.end, b.start)
            if m is None:
                continue
            per_a = m.group(1) or _words.RATE_ADVERBS.get(m.group(2).lower())
            gap_start = m.end()
        if per_a is None or head_a != head_b or per_a == per_b:
            continue
        if cue.search(text, gap_start, b.start):
            yield a, b, per_a.lower(), per_b


def period_rate(story: Story) -> Iterator[Finding]:
    """A rate restated per another period that does not scale: "£1m a day (£36m a year)".

    A year holds 250 to 366 days (working days or all), 48 to 53 weeks, twelve months; a
    day 8 to 24 hours (the table is data: ``PERIODS_IN``). The restatement may follow a
    count whose period is said after it ("258 million images are saved every day,
    equating to 9.4 billion a year").

    Example:
        >>> from newsnum import check
        >>> [f.surface for f in check("It costs £1m a day (£36m a year).")]
        ['£36m a year']
        >>> check("It costs £1m a day (£365m a year).")
        []
    """
    text = story.text
    for a, b, per_a, per_b in _period_pairs(story):
        held = _words.PERIODS_IN.get((per_a, per_b))
        if held is not None:
            lo, hi = (a.value * Decimal(n) for n in held)
        elif (per_b, per_a) in _words.PERIODS_IN:
            lo, hi = (a.value / Decimal(n) for n in reversed(_words.PERIODS_IN[per_b, per_a]))
        else:
            continue
        room = _step(b.value) / 2 + (abs(b.value) / 10 if b.bound != "=" else 0)
        if lo - room <= b.value <= hi + room:
            continue
        low, high = (plain(v.quantize(Decimal(1))) for v in (lo, hi))
        span = low if low == high else f"{low} to {high}"
        said = core(text, a)[1]  # "£1m a day"; "258 million" (images saved every day)
        rate = said if per_a in said.lower() or _has_adverb(said) else f"{said} a {per_a}"
        yield finding(
            story,
            "conversion-mismatch",
            b,
            f"{core(text, b)[1]} restates {rate}, which comes to {span} a {per_b}.",
            None,
            (a,),
        )


def _has_adverb(said: str) -> bool:
    """Whether a rate as written says its period by an adverb: "£5m annually"."""
    return any(adverb in said.lower() for adverb in _words.RATE_ADVERBS)


def story_rate(story: Story) -> Iterator[Finding]:
    """Two restatements of one currency pair in a story, at rates far apart.

    A story converts at one rate of the day; two restatements of the same pair whose rates
    differ by more than a fifth cannot both be right (the later one is flagged, naming the
    earlier). Rounding moves a rate by a few per cent at most.

    Example:
        >>> from newsnum import check
        >>> text = "It paid £1.35bn ($2.5bn). It also sold a unit for $500m (£350m)."
        >>> [f.surface for f in check(text)]
        ['£350m']
        >>> check("It paid £1.35bn ($2.5bn). It also sold a unit for $500m (£270m).")
        []
    """
    seen: dict[tuple[str, str], tuple[Decimal, Quantity, Quantity]] = {}
    for a, b in _pairs(story):
        base, quote = _money(a.unit), _money(b.unit)
        if base is None or quote is None or base == quote or a.value <= 0 or b.value <= 0:
            continue
        rates = units.exchange_range(base, quote)
        margin = _margin(base, quote)
        if rates is not None and not rates[0] / margin <= b.value / a.value <= rates[1] * margin:
            continue  # a rate never seen is the exchange_rate rule's
        key = (min(base, quote), max(base, quote))
        rate = b.value / a.value if base == key[0] else a.value / b.value
        if key not in seen:
            seen[key] = (rate, a, b)
            continue
        first, fa, fb = seen[key]
        if max(rate, first) / min(rate, first) <= _STORY_RATE_SPREAD:
            continue
        text = story.text
        yield finding(
            story,
            "conversion-mismatch",
            b,
            f"{core(text, a)[1]} restated as {core(text, b)[1]} means 1 {key[0]} = "
            f"{_sig(rate)} {key[1]}, but earlier {core(text, fa)[1]} ({core(text, fb)[1]}) "
            f"means {_sig(first)}.",
            None,
            (a, fa, fb),
        )


_STORY_RATE_SPREAD = Decimal("1.2")  # how far apart two rates of one story may be
