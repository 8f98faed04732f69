"""A quantity being built, and the stages that read one figure's own marks.

:class:`Draft` is what the stages of :mod:`newsnum.stages` pass along: frozen, so each
stage returns a new draft (or the same one, when it has nothing to add). It keeps the
spans of the parts it has read (the figure, the unit, the noun) to the end, where
:meth:`Draft.quantity` makes the :class:`~newsnum.Quantity`.

The first stages read what is written on a single figure: a currency sign or code before
it, a sign, a scale suffix after money, the unit after it. :func:`side` runs them, for the
figure a quantity starts with and for the far end of a range alike.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal
from functools import cache
from typing import Any, NamedTuple

from newsnum import numbers, units
from newsnum._data import words as _words
from newsnum.model import Quantity
from newsnum.scan import Num, integral, scale_after
from newsnum.window import (
    Span,
    Window,
    Word,
    currency_before,
    noun_after,
    plural_or_mass,
    unit_at,
    word_ending_at,
    words_before,
)

__all__ = ["SIDE", "Draft", "Stage", "draft", "in_millions", "millions_of", "read_alone", "side"]

_SIGNS = "-−–"
_MILLION = Decimal(10) ** 6


class Draft(NamedTuple):
    """A quantity being built from the number of a window.

    A named tuple, so immutable like a frozen dataclass but many times cheaper to copy
    with a change (:meth:`but`): the stages make several per number.

    Attributes:
        w: the window of the number the quantity starts with.
        text: the whole text (the window's, kept at hand: every stage reads it).
        value: the value so far (for a range, the lower end).
        start: where the quantity starts so far (a hedge or currency sign included).
        end: where it ends so far.
        number_span: the figure as written, with its sign and scale word; for a range,
            from the first figure to the last.
        scale: the multiplier of the figure's scale word or suffix, if any.
        currency: the ISO code of a currency sign or code written before the figure.
        unit: the unit or currency so far.
        unit_span: where the unit or currency is written.
        used: how many of the scanner's numbers the quantity takes (2 for a range).
        bound: the bound so far (see :data:`newsnum.BOUNDS`).
        lower: the lower end, for a range or a lower bound.
        upper: the upper end, for a range or an upper bound.
        hedge: the hedge phrase read before the quantity ("more than"), if any.
        noun_span: where the noun it counts is written.
        suggestions: for a malformed figure, its readings, best first.
        malformed: whether the figure's marks are invalid for the locale ("12,50", "£4.m").
    """

    w: Window
    text: str
    value: Decimal
    start: int
    end: int
    number_span: Span
    scale: Decimal | None = None
    currency: str | None = None
    unit: str | None = None
    unit_span: Span | None = None
    used: int = 1
    bound: str = "="
    lower: Decimal | None = None
    upper: Decimal | None = None
    hedge: str | None = None
    noun_span: Span | None = None
    suggestions: tuple[Decimal, ...] = ()
    malformed: bool = False

    def but(self, **changes: Any) -> Draft:
        """A copy with ``changes``, as ``_replace`` but twice as fast (a stage's every step).

        Example:
            >>> from newsnum.draft import draft
            >>> from newsnum.scan import scan
            >>> from newsnum.window import window
            >>> d = draft(window("5 km", tuple(scan("5 km")), 0))
            >>> d.but(unit="kilometer").unit, d.unit
            ('kilometer', None)
        """
        values = list(self)
        for name, value in changes.items():
            values[_FIELD_AT[name]] = value
        return Draft._make(values)

    @property
    def unit_after(self) -> str | None:
        """The unit written after the figure (none when a currency sign comes before)."""
        return None if self.currency is not None else self.unit

    @property
    def is_money(self) -> bool:
        """Whether the unit so far is money."""
        return self.unit is not None and units.is_currency(self.unit)

    def glued_m(self) -> bool:
        """Whether the unit read is a lone "m" glued to the figure ("1.5m")."""
        return self.unit == "meter" and self.text[self.w.num.end : self.end] == "m"

    def quantity(self) -> Quantity:
        """The :class:`~newsnum.Quantity` this draft describes."""
        text, noun_span, lower, upper = self.w.text, self.noun_span, self.lower, self.upper
        return Quantity(  # positional, in the order of the fields: it is made for every quantity
            integral(self.value),
            self.unit,
            text[self.start : self.end],
            self.start,
            self.end,
            self.bound,
            None if lower is None else integral(lower),
            None if upper is None else integral(upper),
            None if noun_span is None else text[noun_span[0] : noun_span[1]],
            None,
            self.malformed,
            self.suggestions,
            self.number_span,
            self.unit_span,
            noun_span,
        )


#: A stage takes a draft and returns a new draft (or the same), or None when it is no
#: quantity.
Stage = Callable[[Draft], "Draft | None"]

_FIELD_AT = {name: k for k, name in enumerate(Draft._fields)}


def draft(w: Window) -> Draft:
    """The first draft of a window's number: its value and span, nothing read around it."""
    n = w.num
    vague = n.kind == "vague"
    # w, text, value, start, end, number_span, scale, currency, unit, unit_span, used,
    # bound, lower, upper, hedge, noun_span, suggestions, malformed
    return Draft(
        w,
        w.text,
        n.value,
        n.start,
        n.end,
        (n.start, n.end),
        n.scale,
        None,
        "second" if n.kind == "clock" else None,  # a race time: "in 2:09:56"
        None,
        1,
        "~" if vague else "=",
        n.value if vague else None,
        n.upper,
        None,
        None,
        n.suggestions,
        n.malformed,
    )


def read_alone(text: str, n: Num) -> Quantity:
    """The quantity of a number read alone: its value and span, nothing read around it.

    What :func:`~newsnum.extract` gives for a number in a run of numbers too dense to be
    prose (see :data:`newsnum.extract.DENSE_RUN`).

    Example:
        >>> from newsnum.draft import read_alone
        >>> from newsnum.scan import scan
        >>> text = "3 km"
        >>> q = read_alone(text, next(scan(text)))
        >>> q.value, q.unit, q.surface
        (Decimal('3'), None, '3')
    """
    vague = n.kind == "vague"
    return Quantity(
        integral(n.value),
        "second" if n.kind == "clock" else None,
        text[n.start : n.end],
        n.start,
        n.end,
        "~" if vague else "=",
        integral(n.value) if vague else None,
        None if n.upper is None else integral(n.upper),
        None,
        None,
        n.malformed,
        n.suggestions,
        (n.start, n.end),
        None,
        None,
    )


def currency(d: Draft) -> Draft:
    """A currency sign or ISO code before the figure: "$40", "US$5", "£3", "EUR 20", "$-99.99".

    A sign that belongs to the quantity before is left to it ("3 CAD 3 cents").

    Example:
        >>> from newsnum import extract
        >>> extract("US$40")[0].unit
        'USD'
    """
    n, text = d.w.num, d.text
    if n.kind != "digits":
        return d
    found = currency_before(text, n.start)
    if found is not None and found[1] < d.w.floor:
        return d
    if found is not None:
        code, start, end = found
        return d.but(currency=code, unit=code, unit_span=(start, end), start=start)
    if n.start < 2 or text[n.start - 1] not in _SIGNS:
        return d
    found = currency_before(text, n.start - 1)
    if found is None:
        return d
    code, start, end = found
    return d.but(
        currency=code,
        unit=code,
        unit_span=(start, end),
        start=start,
        value=-d.value,
        number_span=(n.start - 1, n.end),
    )


def sign(d: Draft) -> Draft:
    """A minus sign or the word "minus" before the figure: "-5C", "minus 40 degrees".

    Example:
        >>> from newsnum import extract
        >>> extract("minus 40 degrees")[0].value
        Decimal('-40')
    """
    n, text, start = d.w.num, d.text, d.start
    if (
        n.kind == "digits"
        and start > 0
        and text[start - 1] in _SIGNS
        and (start == 1 or not text[start - 2].isalnum())
        and not (d.w.prev is not None and d.w.prev.end >= start - 2)
    ):
        span = (start - 1, d.number_span[1]) if d.currency is None else d.number_span
        return d.but(start=start - 1, value=-d.value, number_span=span)
    if (  # the common case, with nothing to read again
        start == n.start
        and text[start - 1 : start] != "-"
        and d.w.word_before.lower() not in _words.SIGN_WORDS
    ):
        return d
    before = d.w.before[-1:] if start == n.start else words_before(text, start, 1)
    if start > 1 and text[start - 1] == "-":  # "minus-40 degrees"
        glued = word_ending_at(text, start - 1)
        before = (Word(glued, start - 1 - len(glued)),) if glued else ()
    if not before or before[0].text.lower() not in _words.SIGN_WORDS:
        return d
    at = before[0].start
    span = (at, d.number_span[1]) if d.currency is None else d.number_span
    return d.but(start=at, value=-d.value, number_span=span)


def money_scale(d: Draft) -> Draft:
    """A scale suffix glued to money: "$5m", "£3.9bn", "€10M".

    Example:
        >>> from newsnum import extract
        >>> extract("£3.9bn")[0].value
        Decimal('3900000000')
    """
    if d.currency is None or d.w.num.scale is not None:
        return d
    found = scale_after(d.text, d.end, money=True)
    if found is None and d.text[d.end : d.end + 1] == ".":
        found = scale_after(d.text, d.end + 1, money=True)  # "£4.m", "£3.1.bn": a slip
        if found is not None:
            value = d.value * found.factor
            return d.but(
                value=value,
                scale=found.factor,
                end=found.end,
                number_span=(d.number_span[0], found.end),
                malformed=True,
                suggestions=(value,),
            )
    if found is None:
        return d
    return d.but(
        scale=found.factor,
        value=d.value * found.factor,
        end=found.end,
        number_span=(d.number_span[0], found.end),
    )


def money_places(d: Draft) -> Draft:
    """Three decimals on money counted in cents: "$26.500" is $26,500 with a dot for a comma.

    Only for a round figure of ten or more ("$1.328" may be an exchange rate), in a currency
    with cents (yen and won have no decimals to mark).

    Example:
        >>> from newsnum import extract
        >>> q = extract("a price of $26.500")[0]
        >>> q.value, q.malformed, q.suggestions
        (Decimal('26500'), True, (Decimal('26500'), Decimal('26.500')))
    """
    if d.currency is None:
        return d  # most figures
    token = d.text[d.number_span[0] : d.number_span[1]]
    if (
        d.currency in _words.NO_DECIMAL_CURRENCIES
        or d.scale is not None
        or d.malformed
        or not _unit_patterns().three_places.fullmatch(token)
    ):
        return d
    integer = Decimal(token.replace(".", ""))
    return d.but(value=integer, malformed=True, suggestions=(integer, d.value))


class _UnitPatterns(NamedTuple):
    seconds: re.Pattern[str]
    next_word: re.Pattern[str]
    scale_after_degree: re.Pattern[str]
    three_places: re.Pattern[str]


@cache
def _unit_patterns() -> _UnitPatterns:
    return _UnitPatterns(
        re.compile(r"s(?![A-Za-z0-9'’])"),
        re.compile(r" ([A-Za-z]+)\b"),
        re.compile(r" (?:on the )?(Celsius|centigrade|Fahrenheit)\b", re.IGNORECASE),
        re.compile(r"[1-9][0-9]{1,2}\.[0-9]{2}0"),
    )


def _compound_after(text: str, found: tuple[Span, str]) -> bool:
    """Whether a unit that is also an ordinal opens a compound: "second-set", "second hand"."""
    end = found[0][1]
    return text.startswith(("-", " hand ", " hand-", " hand,"), end)


def millions_of(
    text: str, start: int, end: int, large: bool = False, value: Decimal | None = None
) -> bool:
    """Whether a glued "m" at [start, end) means million: before a count noun or money.

    After a ``large`` figure (a thousand or more: "the 1500m AAAs title"), only before the
    nouns that millions count (``MASS_NOUNS``, ``MILLION_NOUNS``) or money. Before two
    words that end in a plural, millions unless the figure's ``value`` is a race distance.

    Example:
        >>> millions_of("3.7m refugees", 3, 4), millions_of("the 400m hurdles", 7, 8)
        (True, False)
        >>> millions_of("the 1.4m cash machines", 7, 8), millions_of("a 10m high wall", 4, 5)
        (True, False)
        >>> millions_of("his 10,000m world records", 10, 11, value=Decimal(10000))
        False
        >>> millions_of("the 100m men's final", 7, 8, value=Decimal(100))
        False
    """
    if text[start:end] != "m":
        return False
    nm = _unit_patterns().next_word.match(text, end)
    if nm is None:
        return False
    word = nm.group(1).lower()
    if value in _words.RACE_DISTANCES and text.startswith(("'s", "’s"), nm.end()):
        return False  # "the 4x100m men's relay": a race for men, not 100 million men
    if word in _words.MASS_NOUNS or word in _words.MILLION_NOUNS:
        return True
    if word == "of":  # "20m of its phones", not "5m of road"
        return noun_after(text, end, True) is not None
    found = units.match_unit(text, end)
    if found is not None and units.is_currency(found[1]):
        return True
    if large or word in _words.METRE_PLURALS or word in _words.STOP_WORDS:
        return False
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return True  # "3.7m refugees"
    # "the 1.4m cash machines", "300m blog entries"; not "10,000m world records" (a race)
    return _plural_second(text, nm.end()) and value not in _words.RACE_DISTANCES


def _plural_second(text: str, pos: int) -> bool:
    """Whether a lower-case plural follows ``pos`` after one space: "cash machines"."""
    m = _unit_patterns().next_word.match(text, pos)
    return m is not None and m.group(1).islower() and plural_or_mass(m.group(1))


def in_millions(d: Draft, m_end: int) -> Draft:
    """Read a glued "m" as million, not metres; a unit after it still counts ("10m euros").

    Example:
        >>> from newsnum import extract
        >>> extract("3.7m refugees")[0].value
        Decimal('3700000')
    """
    found = unit_at(d.text, m_end)
    return d.but(
        value=d.value * _MILLION,
        scale=_MILLION,
        unit=None if found is None else found[1],
        unit_span=None if found is None else found[0],
        end=m_end if found is None else found[0][1],
        number_span=(d.number_span[0], m_end),
    )


def _qualified_unit(text: str, end: int) -> tuple[Span, str] | None:
    """A unit after one word that qualifies it: "31 consecutive days", "120 passing yards".

    After an adjective of time ("consecutive", "straight") only a duration; after "more",
    "extra" or a participle ("passing", "wasted") any unit but money; after any other
    lower-case word that is no noun in the plural, a duration in the plural ("2 wonderful
    years"; not "2 goals minutes later").
    """
    m = _unit_patterns().next_word.match(text, end)  # the word, read once for the three
    if m is None:
        return None
    word, spaced = m.group(1), text.startswith(" ", m.end())
    if spaced and word.lower() in _words.DURATION_ADJECTIVES:
        found = unit_at(text, m.end())
        return found if found is not None and units.dimension(found[1]) == "time" else None
    if spaced and _qualifies(word) and text[m.end() + 1 : m.end() + 2].islower():
        found = unit_at(text, m.end())
        if found is None or units.is_currency(found[1]):
            return None
        ordinal = found[1] in _words.ORDINAL_UNITS and _compound_after(text, found)
        return None if ordinal else found  # "four more second-half penalties"
    return _duration_after_a_word(text, m)


def _qualifies(word: str) -> bool:
    """Whether a word may qualify a unit: "more", "extra", a participle ("passing", "wasted")."""
    return word in _words.COUNT_QUALIFIERS or (
        word.isascii()
        and word.islower()
        and ((len(word) > 3 and word.endswith("ing")) or (len(word) > 2 and word.endswith("ed")))
    )


def _duration_after_a_word(text: str, m: re.Match[str]) -> tuple[Span, str] | None:
    """A duration in the plural after one lower-case word: "2 wonderful years"."""
    word = m.group(1)
    if not word.islower():
        return None
    if word in _words.STOP_WORDS or plural_or_mass(word) or word in numbers.NUMBER_WORDS:
        return None
    found = unit_at(text, m.end())
    if found is None or units.dimension(found[1]) != "time" or text[found[0][1] - 1] != "s":
        return None
    return found


def _degrees_on_a_scale(text: str, end: int) -> tuple[Span, str] | None:
    """A bare degree sign put on a scale by the words after it: "−273.15° on the Celsius scale"."""
    if not text.startswith("°", end):
        return None
    m = _unit_patterns().scale_after_degree.match(text, end + 1)
    if m is None:
        return None
    name = (
        "degree_Celsius" if m.group(1).lower() in ("celsius", "centigrade") else "degree_Fahrenheit"
    )
    return (end, end + 1), name


def _race_k(d: Draft) -> Draft | None:
    """A race distance in "K": "a 10K race" is 10 kilometres, not ten thousand."""
    n, text = d.w.num, d.text
    if n.scale != 1000 or text[n.end - 1 : n.end] not in ("K", "k"):
        return None
    after = _unit_patterns().next_word.match(text, n.end)
    if after is None or after.group(1).lower() not in _words.RACE_WORDS:
        return None
    return d.but(
        value=d.value / 1000,
        scale=None,
        unit="kilometer",
        unit_span=(n.end - 1, n.end),
        number_span=(n.start, n.end - 1),
    )


def unit(d: Draft) -> Draft:
    """The unit written after the figure: "70 kilometers", "3km", "11.2s", "120 passing yards".

    A glued "m" before a count noun or money is millions ("3.7m refugees", "10m euros").

    Example:
        >>> from newsnum import extract
        >>> extract("more than 70 kilometers")[0].unit
        'kilometer'
    """
    if d.currency is not None or d.unit is not None:
        return d
    text, end = d.text, d.end
    found = d.w.unit if end == d.w.num.end else unit_at(text, end)
    if found is not None and found[1] in _words.ORDINAL_UNITS and _compound_after(text, found):
        found = None  # "in one second-set outburst", "six second hand airplanes": an ordinal
    if found is None and (race := _race_k(d)) is not None:
        return race
    large = d.w.num.plain and d.value >= 1000  # "the 1500m AAAs title": metres
    value = d.w.num.value
    if (
        found is not None
        and found[1] == "meter"
        and millions_of(text, end, found[0][1], large, value)
    ):
        return in_millions(d, found[0][1])
    after = text[end : end + 1]
    if (
        found is None
        and after == "s"
        and _unit_patterns().seconds.match(text, end)
        and "." in text[d.w.num.start : end]
    ):
        found = (end, end + 1), "second"  # "finished 11.2s behind": a time, not a decade
    if found is None and after == " ":
        found = _qualified_unit(text, end)  # "31 consecutive days"
    if found is None and after == "°":
        found = _degrees_on_a_scale(text, end)
    if found is None and text[end : end + 2] == ".%" and "." not in text[d.w.num.start : end]:
        return _stray_point(d)
    if found is None:
        return d
    span, name = found
    return d.but(unit=name, unit_span=span, end=span[1])


def _stray_point(d: Draft) -> Draft:
    """A point between a whole figure and its percent sign: "92.%", a digit lost or a slip.

    Example:
        >>> from newsnum import extract
        >>> q = extract("piracy estimated at 92.%")[0]
        >>> q.surface, q.unit, q.malformed
        ('92.%', 'percent', True)
    """
    end = d.end + 2
    return d.but(
        unit="percent",
        unit_span=(end - 1, end),
        end=end,
        number_span=(d.number_span[0], end - 1),
        malformed=True,
        suggestions=(d.value,),
    )


#: The stages that read one figure's own marks, in order.
SIDE: tuple[Callable[[Draft], Draft], ...] = (currency, sign, money_scale, money_places, unit)


def side(w: Window) -> Draft:
    """The draft of one figure with its own marks read: currency, sign, money scale, unit.

    Example:
        >>> from newsnum.draft import side
        >>> from newsnum.scan import scan
        >>> from newsnum.window import window
        >>> text = "$2.5bn"
        >>> d = side(window(text, tuple(scan(text)), 0))
        >>> d.value, d.unit, d.number_span, d.unit_span
        (Decimal('2500000000'), 'USD', (1, 6), (0, 1))
    """
    d = draft(w)
    for stage in SIDE:
        d = stage(d)
    return d
