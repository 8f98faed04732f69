"""A text as the checks read it: its quantities, its sentences, and what each figure is.

:func:`read` builds a :class:`Story` once per call of :func:`newsnum.check`; every check
rule (:mod:`newsnum.restate`, :mod:`newsnum.wholes`, :mod:`newsnum.measures`) reads it and
reports :class:`~newsnum.Finding` objects through :func:`finding`. The helpers here are the
vocabulary the rules share: a figure without its hedge, a value in another unit, whether
two quantities can be compared, a total written as news writes it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from decimal import Decimal
from functools import cache, lru_cache
from typing import NamedTuple

from newsnum import units
from newsnum._regex import alternation as words_alternation
from newsnum.errors import NewsnumError
from newsnum.model import Finding, Quantity

__all__ = [
    "PHYSICAL",
    "Story",
    "alternation",
    "comparable",
    "convert",
    "core",
    "dimension",
    "finding",
    "fmt",
    "highest",
    "kinds",
    "lowest",
    "may_hold",
    "number_span",
    "plain",
    "read",
    "small_count",
    "unit_word",
]

#: Dimensions of the physical world (not money, counts, shares or data).
PHYSICAL = frozenset({"length", "area", "volume", "mass", "speed", "temperature", "time"})


class Story(NamedTuple):
    """A text, its quantities in order, and its sentences.

    Attributes:
        text: the text as given.
        qs: its quantities, as :func:`newsnum.extract` returns them.
        locale: the locale of its digits.
        sentences: ``(start, end)`` of each sentence, in order.
        starts: the start of each sentence (for bisecting).
        positions: the start of each quantity (for bisecting).
        kinds: what its quantities are (see :func:`kinds`), so that a rule that needs
            money, a share or a measure is not run over a story with none; and "pair" if
            two quantities stand in one sentence, "count" if one counts a few things (see
            ``followers`` and ``counts``): the rules that read only those are not run
            over a story without them (two in five stories of news hold no pair, one in
            two no count).
        in_sentence: the sentence of each quantity, by index.
        held: the sentences that hold a quantity, by index, in order: a rule that reads
            how a sentence opens ("Of the 300 staff, ...") reads only these.
        lower: the text lower-cased, when it is all ASCII (else None), for
            :meth:`may_hold`.
        followers: the quantities, by index, that follow another in their sentence: a
            rule that reads a part and its whole, a list or a change "from A to B" reads
            only these (about three in ten of the quantities of news).
        counts: the quantities, by index, that count a few things (see
            :func:`~newsnum.story.small_count`): the rules that read a count against
            the names listed with it, or against how many of a thing there are, read
            only these (one in seven quantities of news).
    """

    text: str
    qs: list[Quantity]
    locale: str
    sentences: list[tuple[int, int]]
    starts: list[int]
    positions: tuple[int, ...] = ()
    kinds: frozenset[str] = frozenset()
    in_sentence: tuple[int, ...] = ()
    held: tuple[int, ...] = ()
    lower: str | None = None
    followers: tuple[int, ...] = ()
    counts: tuple[int, ...] = ()

    def may_hold(self, start: int, end: int, lower: re.Pattern[str]) -> bool:
        """:func:`may_hold` over the text, on the lower-cased copy made once.

        ``lower`` is an alternation of words that reads no character around its match,
        so that searching the whole copy from ``start`` to ``end`` is searching the slice.

        Example:
            >>> from newsnum.story import read
            >>> story = read("Jobs, Including 300", [], "en")
            >>> story.may_hold(0, 15, re.compile("including"))
            True
        """
        if self.lower is None:
            return may_hold(self.text, start, end, lower)
        return lower.search(self.lower, start, end) is not None

    def between(self, start: int, end: int) -> list[Quantity]:
        """The quantities that start from ``start`` up to ``end``, in order (a bisection).

        Example:
            >>> from newsnum import extract
            >>> from newsnum.story import read
            >>> text = "Ten died. Two were hurt."
            >>> [q.surface for q in read(text, extract(text), "en").between(5, 24)]
            ['Two']
        """
        return self.qs[bisect_left(self.positions, start) : bisect_left(self.positions, end)]

    def sentence(self, pos: int) -> int:
        """The index of the sentence that holds offset ``pos``."""
        return bisect_right(self.starts, pos) - 1


@cache
def _sentence_ends() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Where a sentence ends, for each character it may end with.

    A full stop, "!" or "?" before a space and a capital or a digit ("... said. The"), or
    a blank line. One pattern a character, each opening with that character alone: re
    looks for a pattern that opens with one character as fast as for a plain string,
    twice as fast as for a class of characters; and most texts hold no "!" or "?".
    """
    after = r"(?=[\"”’']?\s+[\"“‘']?[A-Z0-9])"
    return (
        (".", re.compile(r"\." + after)),
        ("!", re.compile("!" + after)),
        ("?", re.compile(r"\?" + after)),
        ("\n", re.compile(r"\n\s*\n")),
    )


def _sentence_begins(text: str) -> list[int]:
    r"""Where each sentence of ``text`` begins, the first at 0.

    Example:
        >>> _sentence_begins("Ten died. Two were hurt! Why? 3 fled.\n\nThe end.")
        [0, 9, 24, 29, 37, 39]
    """
    ends = [m.end() for mark, end in _sentence_ends() if mark in text for m in end.finditer(text)]
    return [0, *sorted(ends)]


def read(text: str, qs: list[Quantity], locale: str) -> Story:
    """Split ``text`` into sentences and keep its quantities beside them.

    Example:
        >>> from newsnum import extract
        >>> from newsnum.story import read
        >>> text = "Ten died. Two were hurt."
        >>> story = read(text, extract(text), "en")
        >>> story.sentences, [story.sentence(q.start) for q in story.qs], story.held
        ([(0, 9), (9, 24)], [0, 1], (0, 1))
        >>> text = "Two of the 40 were hurt. Ten died."
        >>> read(text, extract(text), "en").followers  # "40" follows "Two"; "Ten" opens
        (1,)
        >>> text = "He named four players: Smith, Jones and Brown. 200 fans came."
        >>> read(text, extract(text), "en").counts  # "four players"; not "200 fans", not a few
        (0,)
    """
    begins = _sentence_begins(text)
    spans = list(zip(begins, [*begins[1:], len(text)], strict=True))
    starts = tuple(q.start for q in qs)
    in_sentence = tuple(bisect_right(begins, start) - 1 for start in starts)
    held = tuple(dict.fromkeys(in_sentence))
    followers = tuple(k for k in range(1, len(qs)) if in_sentence[k - 1] == in_sentence[k])
    lower = text.lower() if text.isascii() else None
    counts = tuple(k for k, q in enumerate(qs) if q.noun_span is not None and small_count(q))
    return Story(
        text,
        qs,
        locale,
        spans,
        begins,
        starts,
        kinds(qs) | _SHAPES[bool(followers), bool(counts)],
        in_sentence,
        held,
        lower,
        followers,
        counts,
    )


#: What a story's kinds hold for its pairs and counts (see :attr:`Story.kinds`), by
#: (whether it holds a pair, whether it holds a count).
_SHAPES: dict[tuple[bool, bool], frozenset[str]] = {
    (False, False): frozenset(),
    (True, False): frozenset({"pair"}),
    (False, True): frozenset({"count"}),
    (True, True): frozenset({"pair", "count"}),
}


def small_count(q: Quantity) -> bool:
    """A count of a few things (2 to 20), its noun right after it ("four other members").

    Example:
        >>> from newsnum import extract
        >>> from newsnum.story import small_count
        >>> [small_count(q) for q in extract("four other members, 30 staff and 2 people")]
        [True, False, True]
    """
    return (
        q.noun_span is not None  # first: most quantities have no noun
        and q.unit is None
        and q.noun_span[0] <= q.end + 1
        and q.bound == "="
        and 2 <= q.value <= 20
        and not q.is_range
        and q.value == q.value.to_integral_value()
    )


#: The dimensions that are not a measure of something (see :func:`kinds`). A unit of
#: data ("terabytes") is dimensionless to pint, and a measure to the checks.
_NOT_MEASURES = frozenset({"currency", "percent"})


def kinds(qs: list[Quantity]) -> frozenset[str]:
    """What a text's quantities are, as the check rules ask before they read them.

    The dimension of each unit ("percent", "currency", "length"...); "measure" if any unit
    measures something (any unit but money or a share); "rate" if any is per something
    ("USD / barrel", "1 / year"); "malformed" if a figure is; "restated" if a quantity
    restates another.

    Example:
        >>> from newsnum import extract
        >>> from newsnum.story import kinds
        >>> sorted(kinds(extract("It is 40 km (25 miles) long, up 5%; 300 a year.")))
        ['1 / [time]', 'length', 'measure', 'percent', 'rate', 'restated']
        >>> sorted(kinds(extract("Ten died.")))
        []
    """
    found: set[str] = set()
    for unit in {q.unit for q in qs}:
        found |= _unit_kinds(unit)
    if any(q.malformed for q in qs):
        found.add("malformed")
    if any(q.restates is not None for q in qs):
        found.add("restated")
    return frozenset(found)


@lru_cache(maxsize=512)
def _unit_kinds(unit: str | None) -> frozenset[str]:
    """What a quantity of this unit is, for :func:`kinds`: "rate", its dimension, "measure"."""
    if unit is None:
        return frozenset()
    found = {"rate"} if " / " in unit else set()
    dim = "currency" if units.is_currency(unit) else dimension(unit)
    if dim is not None:
        found.add(dim)
    if dim not in _NOT_MEASURES:
        found.add("measure")
    return frozenset(found)


def alternation(phrases: tuple[str, ...] | frozenset[str]) -> str:
    """A regex alternation of phrases, longest first, with any spacing between words.

    Example:
        >>> import re
        >>> re.fullmatch(alternation(("of which", "of")), "of  which") is not None
        True
    """
    return words_alternation((" ".join(p.split()) for p in phrases), space=r"\s+")


def may_hold(text: str, start: int, end: int, lower: re.Pattern[str]) -> bool:
    """Whether ``text[start:end]`` may hold a phrase that a case-blind pattern looks for.

    A quick test before the pattern itself: in ASCII, ignoring case is lower-casing, so a
    phrase that ``lower`` (its lower-case words, case-sensitive) finds nowhere in the
    lower-cased slice is not there. Outside ASCII ("İ" matches "i" in a case-blind
    pattern) the answer is always yes.

    Example:
        >>> import re
        >>> from newsnum.story import may_hold
        >>> may_hold("Jobs, Including 300", 0, 15, re.compile("including"))
        True
        >>> may_hold("Jobs, with 300", 0, 10, re.compile("including"))
        False
    """
    piece = text[start:end]
    return not piece.isascii() or lower.search(piece.lower()) is not None


def number_span(q: Quantity) -> tuple[int, int]:
    """Offsets of a quantity's figure (with its sign and scale word) within the text."""
    return q.number_span or (q.start, q.end)


def core(text: str, q: Quantity) -> tuple[int, str]:
    """A quantity without its hedge: the figure as written with its unit or currency sign.

    Example:
        >>> from newsnum import extract
        >>> text = "about $5m"
        >>> core(text, extract(text)[0])
        (6, '$5m')
    """
    if q.is_range:
        return q.start, q.surface
    start = number_span(q)[0]
    if q.unit_span is not None and q.start <= q.unit_span[0] < start:
        start = q.unit_span[0]  # "$5", "US$ 5"
    return start, text[start : q.end]


def finding(
    story: Story,
    kind: str,
    q: Quantity,
    message: str,
    suggestion: str | None = None,
    others: tuple[Quantity, ...] = (),
) -> Finding:
    """A finding on ``q`` (its figure without the hedge), with the quantities it involves."""
    start, surface = core(story.text, q)
    return Finding(kind, start, q.end, surface, message, suggestion, (q, *others))


def fmt(value: Decimal, locale: str = "en") -> str:
    """``value`` grouped for the locale, with the decimal places it was written with.

    Example:
        >>> fmt(Decimal("1250")), fmt(Decimal("1.8923"))
        ('1,250', '1.8923')
    """
    return _fmt(str(value), locale)  # keyed by the string: 1.0 and 1.00 are equal Decimals


@lru_cache(maxsize=4096)
def _fmt(written: str, locale: str) -> str:
    from babel.numbers import format_decimal

    value = Decimal(written)
    exponent = value.as_tuple().exponent
    places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    pattern = "#,##0." + "0" * places if places else "#,##0"
    return str(format_decimal(value, format=pattern, locale=locale, decimal_quantization=False))


def plain(v: Decimal) -> str:
    """A figure as news writes it: "12 billion", "3.5 million", "1,081".

    Example:
        >>> plain(Decimal("3500000")), plain(Decimal("1081"))
        ('3.5 million', '1,081')
    """
    for size, word in ((Decimal(10) ** 9, "billion"), (Decimal(10) ** 6, "million")):
        if abs(v) >= size and (v / size) == (v / size).quantize(Decimal("0.01")):
            return f"{fmt((v / size).normalize())} {word}"
    return fmt(v)


def convert(value: Decimal, from_unit: str | None, to_unit: str | None) -> Decimal | None:
    """``value`` converted between units, or ``None`` when they do not convert."""
    if from_unit is None or to_unit is None:
        return None
    try:
        return units.convert(value, from_unit, to_unit)
    except (NewsnumError, ArithmeticError):
        return None


@lru_cache(maxsize=512)
def dimension(unit: str | None) -> str | None:
    """The dimension of a unit ("length", "currency"), or ``None``."""
    if unit is None:
        return None
    try:
        return units.dimension(unit)
    except NewsnumError:
        return None


def comparable(a: Quantity, b: Quantity) -> bool:
    """Whether two quantities count or measure the same kind of thing.

    Two bare counts, two amounts of one currency, or two physical measures of one dimension.
    """
    if a.unit is None or b.unit is None:
        return a.unit is None and b.unit is None
    if a.unit == b.unit:
        return True
    da = dimension(a.unit)
    return da is not None and da == dimension(b.unit) and da in PHYSICAL


def unit_word(text: str, q: Quantity) -> str:
    """The unit as the writer wrote it after the figure: "miles" in "12,50 miles".

    The figure's scale word is part of the figure ("gallons" in "10 million gallons").
    """
    return text[number_span(q)[1] : q.end].strip() or (q.unit or "")


def lowest(q: Quantity) -> Decimal:
    """The least a quantity may be: the lower end of a range, else its value."""
    return q.lower if q.lower is not None else q.value


def highest(q: Quantity) -> Decimal:
    """The most a quantity may be: the upper end of a range, else its value."""
    return q.upper if q.upper is not None else q.value
