"""One linear pass over a text: the spans where numbers are written.

The scanner finds digits (with the locale's grouping and decimal marks), runs
of number words, vulgar fractions, and the vague plurals of news ("tens of
thousands"), and reads each into a :class:`Num` with offsets into the original
text. It decides nothing about units, bounds or meaning: that is
:mod:`newsnum.extract`'s job. Date- and clock-shaped tokens ("2022-03-28",
"10:30") are recognised here only so that their digits are never read as
numbers.

Every regex here is linear: alternatives are literals or character classes,
and each repetition is introduced by a mandatory separator.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from functools import cache, lru_cache
from typing import NamedTuple

from newsnum import numbers, units
from newsnum._data import words as _words
from newsnum._regex import alternation
from newsnum.errors import NumberFormatError

__all__ = [
    "ARTICLE_UNIT_DIMENSIONS",
    "Num",
    "Scale",
    "candidates",
    "integral",
    "scale_after",
    "scan",
]

#: The longest run of number words read as one number; longer runs are split.
_MAX_WORDS = 16
#: The longest run of digits and marks read as a number.
_MAX_DIGITS = 1000
#: The largest power of ten written after a figure ("4e14", "×10−5").
_MAX_EXPONENT = 100

_VULGAR = "½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞⅐⅑⅒"  # every character numbers.parse_number reads

#: Vague plurals: (lower, upper) of the order of magnitude they name.
_VAGUE: dict[str, tuple[Decimal, Decimal]] = {
    word: (Decimal(lower), Decimal(upper)) for word, (lower, upper) in _words.VAGUE.items()
}


class Num(NamedTuple):
    """A number as written in the text, read exactly (a named tuple: one is made per number).

    Attributes:
        start: offset of the first character.
        end: offset just past the last character (after any scale word).
        value: the number, scale applied.
        kind: ``"digits"``, ``"words"``, ``"fraction"``, ``"vague"``, ``"fold"`` (a
            multiplier written as a word: "fourfold") or ``"clock"`` (a time written with
            colons, its value in seconds).
        plain: digits only, with no grouping mark, decimal mark or scale word
            (the shape of a year, a route number or an identifier).
        scale: the multiplier of a trailing scale word ("million"), if any.
        malformed: grouping or decimal marks invalid for the locale.
        suggestions: for a malformed number, its plausible readings.
        upper: for a vague plural ("thousands"), the upper end of its range.
    """

    start: int
    end: int
    value: Decimal
    kind: str
    plain: bool = False
    scale: Decimal | None = None
    malformed: bool = False
    suggestions: tuple[Decimal, ...] = ()
    upper: Decimal | None = None


@cache
def _number_regex(group: str, decimal: str) -> re.Pattern[str]:
    """The figures and the number words in one pattern, case-insensitive."""
    figures, (words, firsts, _) = _figure_pattern(group, decimal), _word_patterns()
    return re.compile(rf"{figures}|\b(?=[{firsts}]){words}", re.IGNORECASE)


#: The characters of words besides ASCII ones, for the left edge of a number word in
#: lower-cased text: the Latin letters of Latin-1 and Latin Extended ("é", "ł"; not "×").
_LATIN_LETTERS = "\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"


@cache
def _split_regexes(
    group: str, decimal: str
) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    r"""A digit, the figures, and the number words for a lower-cased text after one space.

    A figure starts at a digit or a fraction, or one character before (".5"): the search
    for figures starts there, after a plain search for the first (most sentences have
    none). Matching a lower-cased copy case-sensitively is twice as fast as ignoring case. A
    number word's pattern opens with the character before it (the space put first
    stands in at the start) and the words a number can open with: a search then skips
    the letters inside words at once, where a leading ``\b`` is tried at every position.
    """
    figures, (words, _, openers) = _figure_pattern(group, decimal), _word_patterns()
    edge = rf"[^a-z0-9_{_LATIN_LETTERS}](?={openers})"
    first = re.compile(f"[0-9{_VULGAR}]")
    return first, re.compile(figures, re.IGNORECASE), re.compile(edge + words)


def _figure_pattern(group: str, decimal: str) -> str:
    """The pattern of figures written with the locale's marks, fractions and times."""
    marks = "".join(sorted({",", ".", decimal, *numbers.group_marks(group)} - set(numbers.SPACES)))
    marks_class = "[" + re.escape(marks) + "]"
    space_group = ""
    if group in numbers.SPACES:
        space_group = f"|[{numbers.SPACES}][0-9]{{3}}(?![0-9])"
    vague = alternation(_words.VAGUE)
    return (
        # Each branch is guarded by its first character, so that most positions
        # of a text fail at once.
        # No number starts right after a digit and a mark: the rest of a run too long to read.
        rf"(?=[0-9.{_VULGAR}])(?<![0-9][,.])(?:"
        rf"(?P<tens_of>(?<![0-9.,])(?:10|100)s[ ]of[ ](?:{vague})\b)|"
        # Dates and versions: matched so their digits are skipped.
        r"(?P<skip>(?<![0-9.,$£€¥₹])[0-9]{1,4}(?P<sep>[/.-])[0-9]{1,2}(?P=sep)[0-9]{1,4}(?![0-9]))"
        # Set scores glued by commas ("lost 1-6,4-6", "7-6(5),6-4"): skipped, no quantity.
        r"|(?P<sets>(?<![0-9.,])[0-9]{1,2}[-–][0-9]{1,2}(?:\([0-9]{1,2}\))?"
        r"(?:,[0-9]{1,2}[-–][0-9]{1,2}(?:\([0-9]{1,2}\))?)+(?![0-9]|[.,][0-9]))"
        # Clock times and race times ("10:30", "3:55.38", "2:09:56"): read as times.
        r"|(?P<clock>(?<![0-9])[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?:\.[0-9]+)?(?![0-9:]))"
        # SI style, "1 234 567": groups of three after a space, in any locale.
        rf"|(?P<spaced>(?<![0-9.,])[0-9]{{1,3}}(?:[{numbers.SPACES}][0-9]{{3}}(?![0-9]))+"
        rf"(?:{re.escape(decimal)}[0-9]+)?(?![0-9/]))"
        # "£907, 000", "169, 000": a comma and a space inside a figure (a slip; see _comma_space)
        r"|(?P<comma_space>(?<![0-9.,])[0-9]{1,3},[ ][0-9]{3}(?![0-9]))"
        # Digits and marks: at most _MAX_DIGITS // 2 groups (a longer run is no number; see
        # _digits, and the guard above keeps the rest of the run from starting one).
        rf"|(?P<digits>(?<![0-9])[0-9]+"
        rf"(?:{marks_class}{{1,2}}[0-9]+{space_group}){{0,{_MAX_DIGITS // 2}}}"
        r"|(?<![0-9A-Za-z.,])\.[0-9]+)"
        rf"|(?P<vulgar>[{_VULGAR}]))"
    )


@cache
def _word_patterns() -> tuple[str, str, str]:
    """The pattern of number words, and two guards for it.

    The guards: the letters a number word may start with, and an alternation of the
    words (or an article and a space) a match may start with.
    """
    starters = alternation(numbers.STARTER_WORDS)
    after_article = alternation(
        numbers.NUMBER_WORDS - numbers.STARTER_WORDS - {"a", "an", "and", "point"}
        | {"half", "quarter"}
    )
    joiners = alternation(numbers.NUMBER_WORDS)
    vague = alternation(_words.VAGUE)
    folds = alternation(numbers.STARTER_WORDS - numbers.DENOMINATOR_WORDS | {"hundred", "thousand"})
    # the words a match may begin with: a number word, a vague plural, "once"; or an article
    openers = {
        *numbers.STARTER_WORDS,
        *_words.VAGUE,
        *("tens", "hundreds", "scores", "multi", "several", "few", "hundred", "thousand"),
        *("once", "twice", "thrice"),
        *_words.SCALE_ADJECTIVES,
    }
    sep = r"(?:[ \t]+|[ \t]*-[ \t]*)"
    # a scale word alone, hyphenated to a currency: "billion-dollar deal"
    scale_money = (
        rf"(?:{alternation(_words.SCALE_ADJECTIVES)})"
        rf"(?=-(?:{alternation(_words.SCALE_ADJECTIVE_MONEY)})\b)"
    )
    orders = "(?:hundred|thousand|million|billion)"  # "several hundred", not "a couple of"
    words = (
        r"(?:"
        rf"(?P<vague>(?:(?:tens|hundreds)[ ]of[ ])?(?:{vague}|scores(?=[ ]of\b))\b"
        rf"|multi-?(?:million|billion)\b|(?:several|(?:a[ ])?few)[ ]{orders}\b)"
        rf"|(?P<fold>(?:{folds})-?fold)\b"
        # "once" counts before a rate or at the end of a clause ("lost her serve once."), or
        # after "at least", "more than"; elsewhere it means "formerly" ("once rented")
        r"|(?P<times>once(?=[ ](?:a|an|per|each)[ ]|[.,;:!?)]|$)|(?:(?<=least )|(?<=than ))once\b"
        rf"|(?:once|twice|thrice)(?=-(?:{alternation(_words.RATE_ADVERBS)})\b)"
        r"|(?:twice|thrice)\b(?!-))"
        # "a couple of weeks": two, read up to "of" so that the unit or noun follows it
        rf"|(?P<couple>a[ ]couple[ ]of(?=[ ][a-z])(?![ ]{orders}))"
        # A run of number words joined by spaces or hyphens; an article may
        # open it only before a scale or fraction word ("a million", "a half").
        rf"|(?P<words>(?:an?[ \t]+(?:{after_article})|(?:{starters})|{scale_money})\b"
        rf"(?:{sep}(?:{joiners})\b)*)"
        # an article before a unit ("a mile"): no number, but "one" for passes.one_unit
        rf"|(?P<article>an?[ ](?=(?:{_article_units()})(?![a-z]))))"
    )
    firsts = "".join(sorted({w[0] for w in openers} | {"a"}))
    return words, firsts, rf"an?[ \t]|{alternation(openers)}"


#: The dimensions of the units an article makes one of ("a mile", "an acre", "a litre").
ARTICLE_UNIT_DIMENSIONS = frozenset({"length", "mass", "volume", "area"})


def _article_units() -> str:
    """The words that start such a unit, lower-cased, as an alternation (longest first)."""
    return alternation(word.lower() for word in units.unit_words(ARTICLE_UNIT_DIMENSIONS))


class Scale(NamedTuple):
    """A scale word or suffix after a figure: "million" in "3.7 million", "bn" in "$2bn"."""

    start: int
    end: int
    factor: Decimal
    spaced: bool


@cache
def _scale_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Compile (once) the scale words after a figure, after money, and letters after decimals.

    All three come from the one table of scale words, ``_data.words.SCALES``.
    """
    after = [w for w, (_, flags) in _words.SCALES.items() if flags & {"after", "glued"}]
    money = [w for w, (_, flags) in _words.SCALES.items() if "money" in flags]
    money += [w for w in _words.LETTER_SCALES if w not in money]
    letters = [w for w in _words.LETTER_SCALES if w != "K"]
    return (
        re.compile(rf"(?P<sp>[ \u00a0-]?)(?P<w>{alternation(after)})\b", re.IGNORECASE),
        re.compile(
            rf"(?P<sp>)(?P<w>{alternation(money)})"
            r"(?![A-Za-z0-9])"
        ),
        re.compile(rf"(?P<sp>)(?P<w>{'|'.join(letters)})(?![A-Za-z0-9])"),
    )


def scale_factor(word: str) -> Decimal | None:
    """The multiplier of a scale word or suffix as written, or None.

    Example:
        >>> from newsnum.scan import scale_factor
        >>> scale_factor("bn"), scale_factor("M"), scale_factor("m")
        (Decimal('1000000000'), Decimal('1000000'), Decimal('1000000'))
    """
    entry = _words.SCALES.get(word) or _words.SCALES.get(word.lower())
    if entry is not None and (word.islower() or word.lower() != "m"):
        return Decimal(entry[0])
    letter = _words.LETTER_SCALES.get(word)
    return None if letter is None else Decimal(letter)


def scale_after(text: str, pos: int, *, money: bool = False, letters: bool = False) -> Scale | None:
    """The scale word or suffix written right after a figure that ends at ``pos``.

    After a figure: a scale word, spaced or glued ("3.7 million", "1.2bn"); "k" only glued
    or with nothing after it ("300k", "2.33 k"). After money (``money``), a suffix glued to
    the amount ("$5m", "£3bn", "€10M"). With ``letters``, a capital glued to a decimal
    ("1.2M", "2.174T").

    Example:
        >>> from newsnum.scan import scale_after
        >>> scale_after("3.7 million people", 3)
        Scale(start=4, end=11, factor=Decimal('1000000'), spaced=True)
        >>> scale_after("$5m deal", 2, money=True).factor
        Decimal('1000000')
        >>> scale_after("5m deal", 1) is None
        True
    """
    after, money_re, letter_re = _scale_patterns()
    m = (money_re if money else letter_re if letters else after).match(text, pos)
    if m is None:
        return None
    word, spaced = m.group("w"), bool(m.group("sp"))
    if word.lower() == "k" and spaced and not money:
        nxt = text[m.end() : m.end() + 1]
        if nxt and (nxt.isalnum() or nxt.isspace()):
            return None  # "2.33 k" only where nothing follows the k
    factor = scale_factor(word)
    if factor is None:
        return None
    return Scale(m.start("w"), m.end(), factor, spaced)


#: Denominators of the fractions news writes with a slash ("1/2", "3/4", "5/8");
#: "9/11" and "24/7" are names, not fractions.
_DENOMINATORS = frozenset({2, 3, 4, 5, 8, 10, 16, 32, 64, 100})


class _After(NamedTuple):
    power: re.Pattern[str]
    times_ten: re.Pattern[str]
    exponent: re.Pattern[str]
    fraction: re.Pattern[str]
    slash: re.Pattern[str]
    word: re.Pattern[str]
    hedge_before: re.Pattern[str]
    maybe: re.Pattern[str]


@cache
def _after() -> _After:
    """Compile (once) what may follow a figure's digits, and a word of a run of words."""
    return _After(
        power=re.compile(r"\^(?P<e>(?:\+|-|--)?[0-9]{1,2})(?![0-9])"),
        # "×10^5", "x10-3", "×10−5": a power of ten needs "^", "**" or a sign ("4x100m" is none)
        times_ten=re.compile(
            r"[ ]?[×x][ ]?10(?:\^|\*\*|(?=[-−+]))(?P<e>[-−+]?[0-9]{1,3})(?![0-9])"
        ),
        exponent=re.compile(r"[eE](?P<e>[+-]?[0-9]{1,3})(?![0-9A-Za-z])"),
        fraction=re.compile(
            r"(?:(?:[ \u00a0]{1,3}|-)(?P<n>[0-9]{1,3})/(?P<d>[0-9]{1,3})|(?P<v>[" + _VULGAR + r"]))"
            r"(?![0-9/])"
        ),
        slash=re.compile(r"/(?P<d>[0-9]{1,3})(?![0-9/])"),
        word=re.compile(r"[A-Za-z]+"),
        maybe=_maybe_after(),
        hedge_before=re.compile(
            rf"\b(?:{alternation((*_words.SECOND_HEDGES[:-1], *_COMMA_HEDGES))})"
            r"[ \t]+$",
            re.IGNORECASE,
        ),
    )


def scan(
    text: str,
    group: str = ",",
    decimal: str = ".",
    locale: str = "en",
    *,
    found: list[tuple[int, int, str]] | None = None,
) -> Iterator[Num]:
    """Yield every number written in ``text``, in order, never overlapping.

    Args:
        text: the text, scanned as it is.
        group: the locale's grouping mark.
        decimal: the locale's decimal mark.
        locale: the locale name, for strict digit parsing.
        found: what :func:`candidates` returned for the text, if the caller has it.

    Yields:
        One :class:`Num` per number.

    Example:
        >>> [(n.value, n.kind) for n in scan("some 3.7 million, twenty-one and ½")]
        [(Decimal('3700000'), 'digits'), (Decimal('21'), 'words'), (Decimal('0.5'), 'fraction')]
    """
    prev: Num | None = None
    if found is None:
        found = candidates(text, group, decimal)
    for num in _read(text, found, decimal, locale):
        if prev is not None and num.start < prev.end:
            continue  # inside a number already read: the "3" of "9.83e-3", the "1/2" of "2 1/2"
        if prev is not None:
            merged = _merge(text, prev, num)
            if merged is not None:
                prev = merged
                continue
            yield prev
        prev = num
    if prev is not None:
        yield prev


def candidates(text: str, group: str = ",", decimal: str = ".") -> list[tuple[int, int, str]]:
    """Where the number patterns match, in order: start, end and the kind matched.

    Figures in the text as given, number words in its lower-cased copy after a space (the
    same length for all but a few scripts; else one pattern over the text). No arithmetic:
    an empty list says at once that a text holds no number. Also where an article stands
    before a unit of :data:`ARTICLE_UNIT_DIMENSIONS` ("a mile"), of kind ``"article"``.

    Example:
        >>> from newsnum.scan import candidates
        >>> candidates("some 3.7 million and twenty-one"), candidates("no number")
        ([(5, 8, 'digits'), (21, 31, 'words')], [])
    """
    lowered = text.lower()
    if len(lowered) != len(text):
        return [
            (m.start(), m.end(), m.lastgroup or "")
            for m in _number_regex(group, decimal).finditer(text)
        ]
    first, figures, words = _split_regexes(group, decimal)
    digit = first.search(text)
    found = []
    if digit is not None:
        start = max(0, digit.start() - 1)
        found = [(m.start(), m.end(), m.lastgroup or "") for m in figures.finditer(text, start)]
    # in " " + lowered, a match opens with the character before the word: its start is the
    # word's start in the text, and its end one past the word's end
    spelled = [(m.start(), m.end() - 1, m.lastgroup or "") for m in words.finditer(" " + lowered)]
    if spelled:
        found = sorted(found + spelled) if found else spelled
    return found


def _read(text: str, found: list[tuple[int, int, str]], decimal: str, locale: str) -> Iterator[Num]:
    for start, end, kind in found:
        if kind == "article":
            continue  # "a mile": read by passes.one_unit
        if kind == "digits":
            num = _digits(text, start, end, locale, decimal=decimal)
            if num is not None:
                yield num
        elif kind == "spaced":
            num = _digits(text, start, end, locale, spaced=True)
            if num is not None:
                yield num
        elif kind == "vulgar":
            value = _vulgar(text[start:end])
            sc = _word_scale(text, end)  # "½ million"
            if sc is not None:
                yield Num(start, sc.end, integral(value * sc.factor), "fraction", scale=sc.factor)
            else:
                yield Num(start, end, value, "fraction")
        elif kind == "comma_space":
            yield from _comma_space(text, start, end, locale, decimal)
        elif kind == "clock":
            yield _clock(text, start, end)
        elif kind in ("vague", "tens_of"):
            yield _vague(text, start, end)
        elif kind == "fold":
            yield _fold(text, start, end)
        elif kind == "times":  # "twice a week", "scored twice": a multiplier, as "twofold"
            value = Decimal(("once", "twice", "thrice").index(text[start:end].lower()) + 1)
            yield Num(start, end, value, "fold")
        elif kind == "words":
            yield from _word_run(text, start, end)
        elif kind == "couple":
            yield Num(start, end, Decimal(2), "words")


def _merge(text: str, prev: Num, cur: Num) -> Num | None:
    """Join "4 thousand 3 hundred and 21" or "3 million and a half" into one number."""
    if prev.scale is None or cur.kind == "vague" or prev.malformed or cur.malformed:
        return None
    gap = text[prev.end : cur.start]
    if gap not in (" and ", " ") or prev.value < 0:
        return None
    if gap == " and " and cur.kind == "digits" and "," in text[cur.start : cur.end]:
        return None  # "$180bn and 20,000 workers": a grouped figure is a number of its own
    multiplier = prev.value / prev.scale
    if multiplier != multiplier.to_integral_value():
        return None  # "3.7 million and 21 ..." are two numbers
    if 0 < cur.value < 1:  # "3 million and a half"; not "44 million and half lives"
        if gap != " and " or text[cur.start : cur.start + 2].lower() != "a ":
            return None
        value = prev.value + cur.value * prev.scale
        return Num(prev.start, cur.end, integral(value), prev.kind, scale=prev.scale)
    if cur.value >= prev.scale or (cur.scale is not None and cur.scale >= prev.scale):
        return None
    if gap == " " and cur.scale is None:
        return None
    kind = prev.kind if prev.kind == cur.kind else "digits"
    return Num(prev.start, cur.end, prev.value + cur.value, kind, scale=cur.scale or prev.scale)


@lru_cache(maxsize=64)
def _vulgar(ch: str) -> Decimal:
    """The value of a fraction character (once each: "½ ½ ½ ..." reads one)."""
    return numbers.parse_number(ch)


def _vague(text: str, start: int, end: int) -> Num:
    """A vague range: "thousands", "tens of thousands", "10s of thousands", "a few hundred".

    Example:
        >>> n = _vague("a few hundred dollars", 0, 13)
        >>> n.value, n.upper
        (Decimal('100'), Decimal('1000'))
    """
    words = text[start:end].lower().replace("-", "").split()
    if words[0].startswith("multi"):  # "multi-million": the order of "millions"
        words = [words[0][5:] + "s"]
    elif len(words) > 1 and words[-2] in ("several", "few"):  # "a few hundred": "hundreds"
        words = [words[-1] + "s"]
    lower, upper = _VAGUE.get(words[-1], (Decimal(40), Decimal(100)))  # "scores of"
    if len(words) == 3:  # "tens of thousands", "hundreds of millions", "10s of thousands"
        factor = Decimal(100) if words[0] in ("hundreds", "100s") else Decimal(10)
        lower, upper = lower * factor, lower * factor * 10
    return Num(start, end, lower, "vague", upper=upper)


_MONEY_SIGNS = "$£€¥₹"
#: Hedges besides "about" after which "487, 939" is one figure, slipped ("some 487, 939",
#: "more than 10, 500").
_COMMA_HEDGES = ("nearly", "almost", "over", "than", "up to", "at least", "under")


def _comma_space(text: str, start: int, end: int, locale: str, decimal: str) -> Iterator[Num]:
    """A comma and a space inside a figure: one malformed number, after money or a hedge.

    Or before "000". "£907, 000", "169, 000" and "some 487, 939 people" are slips for one
    figure; elsewhere ("aged 25, 100 people") they are two numbers.
    """
    token = text[start:end]
    hedged = _after().hedge_before.search(text, max(0, start - 24), start) is not None
    if token.endswith("000") or (start > 0 and text[start - 1] in _MONEY_SIGNS) or hedged:
        value = Decimal(token.replace(", ", ""))
        yield Num(start, end, value, "digits", malformed=True, suggestions=(value,))
        return
    cut = start + token.index(",")
    for s, e in ((start, cut), (cut + 2, end)):
        num = _digits(text, s, e, locale, decimal=decimal)
        if num is not None:
            yield num


def _clock(text: str, start: int, end: int) -> Num:
    """A time written with colons, in seconds: "3:55.38" is 235.38, "2:09:56" is 7796.

    Whether it is a clock time or a race time is the exclusions' to decide.
    """
    *whole, last = text[start:end].split(":")
    seconds = Decimal(last)
    for k, part in enumerate(reversed(whole)):
        seconds += Decimal(part) * 60 ** (k + 1)
    return Num(start, end, seconds, "clock")


def _fold(text: str, start: int, end: int) -> Num:
    """A multiplier: "fourfold", "a twelve-fold rise", "hundredfold" (the number, no unit)."""
    word = text[start : end - len("fold")].rstrip("-").lower()
    return Num(start, end, numbers.parse_words(word), "fold")


def _word_scale(text: str, pos: int) -> Scale | None:
    """A spelled scale word after a space ("½ million", "2 1/2 million"), not a suffix."""
    sc = scale_after(text, pos)
    return sc if sc is not None and sc.spaced and sc.end - sc.start > 2 else None


class _Figure(NamedTuple):
    """What follows the digits of a figure: its value and end so far, and its scale."""

    value: Decimal
    end: int
    plain: bool
    scale: Decimal | None = None


def _version(parts: list[str]) -> bool:
    """Whether dotted digit groups are a version or an address, not a mis-marked figure.

    "3.500.000" is a figure in a German style; "3.817.69" a figure whose thousands are
    marked with dots (malformed in English); "1.2.3" and "192.168.1.2" are versions;
    "6661..89" a figure with its point doubled.
    """
    if "" in parts or all(len(part) == 3 for part in parts[1:]):
        return False
    return not (
        len(parts[0]) <= 3 and all(len(part) == 3 for part in parts[1:-1]) and len(parts[-1]) <= 2
    )


def _thousand_zeros(token: str) -> bool:
    """Whether a figure ends in a point and three zeros: "2,300.000" was 2,300,000.

    (Only after a grouped or three-digit whole part.)

    No one writes a count to three decimal zeros; a point there is a thousands mark.
    """
    whole = token[:-4]
    return (
        token.endswith(".000")
        and token.count(".") == 1
        and whole.replace(",", "").isdigit()
        and ("," in whole or len(whole) >= 3)  # not a timing such as "10.000 seconds"
    )


@lru_cache(maxsize=4096)
def _reading(token: str, locale: str) -> numbers.Reading | None:
    """:func:`numbers.read_digits`, remembered: the same figures come back ("1", "2004")."""
    try:
        return numbers.read_digits(token, locale)
    except NumberFormatError:
        return None


def _digits(
    text: str, start: int, end: int, locale: str, *, spaced: bool = False, decimal: str = "."
) -> Num | None:
    if end - start > _MAX_DIGITS:
        return None  # no news figure runs to a thousand characters; keeps reading linear
    token = text[start:end]
    after = text[end : end + 1]
    if token.isdigit() and not spaced and not (after and _may_follow(text, end, after)):
        reading = _reading(token, locale)  # most figures: "575", with nothing after them
        return None if reading is None else Num(start, end, reading.value, "digits", True)
    if spaced:
        token = "".join(c for c in token if c not in numbers.SPACES)
    money = start > 0 and text[start - 1] in _MONEY_SIGNS  # "$41.3.2" is no version
    if decimal == "." and token.count(".") >= 2 and _version(token.split(".")) and not money:
        return None  # a version or an address such as 192.168.1.2, not a number
    reading = _reading("0" + token if token[0] == "." else token, locale)
    if reading is None:
        return None
    if decimal == "." and not reading.malformed and _thousand_zeros(token):
        whole = Decimal(token.replace(",", "").replace(".", ""))
        reading = numbers.Reading(whole, True, (whole, reading.value))
    maybe = after and _may_follow(text, end, after)
    plain = token.isdigit() and not spaced
    fig = _Figure(reading.value, end, plain)
    for read_after in _AFTER_FIGURE if maybe else ():
        found = read_after(text, token, reading, fig)
        if found is not None:
            fig = found
            break
    scale = fig.scale
    return Num(
        start,
        fig.end,
        integral(fig.value),
        "digits",
        plain=fig.plain,
        scale=scale,
        malformed=reading.malformed,
        suggestions=tuple(integral(s * (scale or 1)) for s in reading.suggestions),
    )


def _may_follow(text: str, end: int, after: str) -> bool:
    """Whether a scale, an exponent or a fraction may follow digits ending at ``end``."""
    return after not in _ENDS_A_FIGURE and _after().maybe.match(text, end) is not None


def _scaled(text: str, token: str, reading: numbers.Reading, fig: _Figure) -> _Figure | None:
    """A scale word or suffix: "3.7 million", "300k", "1.2M", "10M", "40 lakh crore"."""
    sc = scale_after(text, fig.end)
    if sc is None and not reading.malformed:
        sc = scale_after(text, fig.end, letters=True)
        if sc is not None and not ("." in token or "," in token) and text[sc.start] != "M":
            sc = None  # a capital glued to a whole number is a million only as "M" ("10M")
    if sc is None:
        return None
    factor, end = sc.factor, sc.end
    stacked = _word_scale(text, end)  # "40 lakh crore", "3 thousand million"
    if stacked is not None and stacked.factor > factor:
        factor, end = factor * stacked.factor, stacked.end
    return _Figure(fig.value * factor, end, False, factor)


def _powered(text: str, token: str, reading: numbers.Reading, fig: _Figure) -> _Figure | None:
    """An exponent or a power: "4e14", "2.48×10−5", "1.1^23" (never a 98,000-digit power)."""
    if reading.malformed:
        return None
    e = _exponent(text, fig.end)
    if e is not None and not _model_code(token, e):
        return _Figure(fig.value.scaleb(int(e.group("e").replace("−", "-"))), e.end(), False)
    p = _after().power.match(text, fig.end)
    if p is None or fig.value == 0:
        return None
    exponent = int(p.group("e").replace("--", "-").replace("+", ""))
    if len(token) * abs(exponent) > _MAX_DIGITS:
        return None
    return _Figure(fig.value**exponent, p.end(), False)


def _model_code(token: str, e: re.Match[str]) -> bool:
    """Whether "7E7" is a model's name: a capital "E", no decimal point and no sign.

    Scientific notation in news has a point or a sign ("2.5E10", "1E-3"), or a lower-case
    "e" ("4e14"); Boeing's "7E7" has neither.
    """
    written = e.group()
    return written[0] == "E" and "." not in token and written[1:].isdigit()


def _mixed(text: str, token: str, reading: numbers.Reading, fig: _Figure) -> _Figure | None:
    """A whole number and a fraction: "2 1/2", "1½", "1½ million"."""
    if reading.malformed or fig.value != fig.value.to_integral_value():
        return None
    f = _after().fraction.match(text, fig.end)
    frac = _fraction(f) if f is not None else None
    if f is None or frac is None or frac >= 1:
        return None
    sc = _word_scale(text, f.end())
    if sc is None:
        return _Figure(fig.value + frac, f.end(), False)
    return _Figure((fig.value + frac) * sc.factor, sc.end, False, sc.factor)


def _slashed(text: str, token: str, reading: numbers.Reading, fig: _Figure) -> _Figure | None:
    """A fraction written with a slash: "1/2", "3/4", any "1/40 of" the whole; not "9/11"."""
    if reading.malformed or not fig.plain or _after().fraction.match(text, fig.end):
        return None
    s = _after().slash.match(text, fig.end)
    if s is None:
        return None
    den = int(s.group("d"))
    if den == 0 or not (den in _DENOMINATORS or text.startswith(" of ", s.end())):
        return None
    if Decimal(token) >= den:
        return None
    return _Figure(numbers.divide(Decimal(token), Decimal(den)), s.end(), False)


def _maybe_after() -> re.Pattern[str]:
    """Whatever any reader of :data:`_AFTER_FIGURE` could take, in one pattern.

    Most figures are followed by a plain word ("575 tanks"): one match rules out the scale
    word, the exponent, the fraction and the slash at once.
    """
    scales = [w for w, (_, flags) in _words.SCALES.items() if flags & {"after", "glued"}]
    return re.compile(
        rf"[ \u00a0-]?(?i:{alternation(scales)})\b|[A-Z{''.join(_words.LETTER_SCALES)}]"
        r"|[eE][+-]?[0-9]|[ ]?[×x][ ]?10|\^"
        rf"|(?:[ \u00a0]{{1,3}}|-)[0-9]{{1,3}}/|[ \u00a0]?[{_VULGAR}]|/[0-9]"
    )


#: What may follow a figure's digits, tried in order; the first that reads wins.
_AFTER_FIGURE = (_scaled, _powered, _mixed, _slashed)
#: Characters after which nothing of :data:`_AFTER_FIGURE` can follow a figure.
_ENDS_A_FIGURE = frozenset(",.;:!?)]}%\"'”’\n\t")


def _exponent(text: str, end: int) -> re.Match[str] | None:
    """An exponent after a figure ("e14", "×10−5"), if it is at most 100."""
    e = _after().exponent.match(text, end) or _after().times_ten.match(text, end)
    if e is None or abs(int(e.group("e").replace("−", "-"))) > _MAX_EXPONENT:
        return None
    return e


def _fraction(m: re.Match[str]) -> Decimal | None:
    if m.group("v"):
        return numbers.parse_number(m.group("v"))
    den = int(m.group("d"))
    if den == 0:
        return None
    return numbers.divide(Decimal(int(m.group("n"))), Decimal(den))


def integral(value: Decimal) -> Decimal:
    """Write an integral value without exponent or trailing zeros; leave others alone.

    Example:
        >>> integral(Decimal("3.7E+6")), integral(Decimal("2000.0")), integral(Decimal("12.50"))
        (Decimal('3700000'), Decimal('2000'), Decimal('12.50'))
    """
    if value.same_quantum(_ONE):
        return value  # exponent 0: written as it should be
    if value.is_finite() and value == value.to_integral_value():
        return Decimal(int(value))
    return value


_ONE = Decimal(1)


_TRIM_HEAD = frozenset({"and", "a", "an"})
_ARTICLE_NEXT = frozenset(
    {"hundred", "thousand", "million", "billion", "trillion", "dozen", "lakh", "crore"}
    | set(numbers.DENOMINATOR_WORDS)
)


def _word_run(text: str, start: int, end: int) -> Iterator[Num]:
    """Read a run of number words, splitting it where it is not one number."""
    word = text[start:end]
    if word.isalpha():  # one word, the most common run: "one", "million"
        low = word.lower()
        value = None if low in _TRIM_HEAD else _words_value(word)
        if value is None and low in _words.SCALE_ADJECTIVES:
            value = numbers.scale_value(low)  # "billion-dollar": the pattern saw "-dollar"
        if value is None and low in _POINT_FRACTIONS and text.startswith(_POINTS, end):
            value = _POINT_FRACTIONS[low]  # "quarter percentage point rises"
        if value is not None:
            yield Num(start, end, integral(value), "words", scale=numbers.scale_value(low))
        return
    tokens = [(m.start(), m.end()) for m in _after().word.finditer(text, start, end)]
    for first, last in _pieces(text, tokens):
        s, e = tokens[first]
        fraction = _POINT_FRACTIONS.get(text[s:e].lower())
        if last - first == 1 and fraction is not None and text.startswith("-point", e):
            yield Num(s, e, fraction, "words")  # "three quarter-point rises"
            continue
        yield from _read_words(text, tokens[first:last])


def _pieces(text: str, tokens: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Split a run where no number can go on: "one one", "five six", "one twenty".

    A word below twenty is never followed within one number by another word
    below a hundred, except before a fraction word ("one twenty-fifth"). This
    keeps a run such as "one one one ..." from being parsed again and again.
    """
    words = [text[s:e].lower() for s, e in tokens]
    first = 0
    decimals = False  # after "point", digits follow one word each: "point zero three"
    for k in range(len(words) - 1):
        if words[k + 1] in _POINT_FRACTIONS and text.startswith("-point", tokens[k + 1][1]):
            # "three quarter-point rises", "a quarter-point rise": a point size on its own
            lead = k if words[k] in ("a", "an") else k + 1
            if lead > first:
                yield first, lead
            yield lead, k + 2
            first = k + 2
            continue
        decimals = decimals or words[k] == "point"
        if decimals or words[k] not in numbers.SMALL_WORDS:
            continue
        nxt = words[k + 1]
        if nxt in numbers.SMALL_WORDS or (
            nxt in numbers.TENS_WORDS and not any(_ordinal(w) for w in words[k + 2 : k + 4])
        ):
            yield first, k + 1
            first = k + 1
    yield first, len(words)


#: Fractions hyphenated to "point": the size of a change in points ("a quarter-point rise").
_POINT_FRACTIONS = {"quarter": Decimal("0.25"), "half": Decimal("0.5")}
#: What a lone fraction word may stand before to count on its own: "quarter percentage point
#: rises" (a lone "quarter" is more often a period or a district).
_POINTS = (" percentage point", " percentage-point")


def _ordinal(word: str) -> bool:
    """Whether a word reads as a fraction's denominator ("fifths", "twenty-firsts")."""
    return word in numbers.DENOMINATOR_WORDS or word.endswith(
        ("th", "ths", "first", "firsts", "second", "seconds", "third", "thirds")
    )


@lru_cache(maxsize=1 << 12)
def _words_value(words: str) -> Decimal | None:
    """The value of a piece of a run of number words, or None; failures are cached too.

    A piece is at most sixteen words, so the cache never holds a long string.
    """
    try:
        return numbers.parse_words(words)
    except NumberFormatError:
        return None


def _read_words(text: str, tokens: list[tuple[int, int]]) -> Iterator[Num]:
    """Read the numbers in one piece of a run, longest first from the left.

    A vague plural that no reading starts with is read alone ("one of dozens of firms").
    """
    i = 0
    while i < len(tokens):
        word = text[tokens[i][0] : tokens[i][1]].lower()
        if word in _TRIM_HEAD and not (
            word in ("a", "an")
            and i + 1 < len(tokens)
            and text[tokens[i + 1][0] : tokens[i + 1][1]].lower() in _ARTICLE_NEXT
        ):
            i += 1
            continue
        j = min(len(tokens), i + _MAX_WORDS)
        found = False
        while j > i:
            last = text[tokens[j - 1][0] : tokens[j - 1][1]].lower()
            if last in _TRIM_HEAD:
                j -= 1
                continue
            s, e = tokens[i][0], tokens[j - 1][1]
            value = _words_value(text[s:e])
            if value is None:
                j -= 1
                continue
            yield Num(s, e, integral(value), "words", scale=numbers.scale_value(last))
            found = True
            break
        if not found and word in _VAGUE:  # "one of dozens of firms": the plural read alone
            yield _vague(text, *tokens[i])
        i = j if found else i + 1
