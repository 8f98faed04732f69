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
from dataclasses import dataclass
from decimal import Decimal
from functools import cache, lru_cache

from newsnum import numbers
from newsnum.errors import NumberFormatError

__all__ = ["LETTER_FACTORS", "Num", "integral", "scan"]

#: The longest run of number words read as one number; longer runs are split.
_MAX_WORDS = 16
#: The longest run of digits and marks read as a number.
_MAX_DIGITS = 1000
#: The largest power of ten written after a figure ("4e14", "×10−5").
_MAX_EXPONENT = 100

_VULGAR = "½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞⅐⅑⅒"  # every character numbers.parse_number reads

#: Vague plurals: (lower, upper) of the order of magnitude they name.
_VAGUE: dict[str, tuple[Decimal, Decimal]] = {
    "dozens": (Decimal(24), Decimal(100)),
    "hundreds": (Decimal(100), Decimal(1000)),
    "thousands": (Decimal(1000), Decimal(10_000)),
    "millions": (Decimal(10) ** 6, Decimal(10) ** 7),
    "billions": (Decimal(10) ** 9, Decimal(10) ** 10),
}


@dataclass(frozen=True, slots=True)
class Num:
    """A number as written in the text, read exactly.

    Attributes:
        start: offset of the first character.
        end: offset just past the last character (after any scale word).
        value: the number, scale applied.
        kind: ``"digits"``, ``"words"``, ``"fraction"`` or ``"vague"``.
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
    marks = "".join(sorted({",", ".", decimal, *numbers.group_marks(group)} - set(numbers.SPACES)))
    marks_class = "[" + re.escape(marks) + "]"
    space_group = ""
    if group in numbers.SPACES:
        space_group = f"|[{numbers.SPACES}][0-9]{{3}}(?![0-9])"

    def alt(words: frozenset[str] | set[str]) -> str:
        return _trie(sorted(words))

    starters = alt(numbers.STARTER_WORDS)
    after_article = alt(
        numbers.NUMBER_WORDS - numbers.STARTER_WORDS - {"a", "an", "and", "point"}
        | {"half", "quarter"}
    )
    joiners = alt(numbers.NUMBER_WORDS)
    vague = "|".join(_VAGUE)
    sep = r"(?:[ \t]+|[ \t]*-[ \t]*)"
    pattern = (
        # Each branch is guarded by its first character, so that most positions
        # of a text fail at once.
        rf"(?=[0-9.{_VULGAR}])(?:"
        # Dates, versions and clock times: matched so their digits are skipped.
        r"(?P<skip>(?<![0-9.,])[0-9]{1,4}(?P<sep>[/.-])[0-9]{1,2}(?P=sep)[0-9]{1,4}(?![0-9])"
        r"|(?<![0-9])[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?:\.[0-9]+)?(?![0-9]))"  # 3:55.38
        # SI style, "1 234 567": groups of three after a space, in any locale.
        rf"|(?P<spaced>(?<![0-9.,])[0-9]{{1,3}}(?:[{numbers.SPACES}][0-9]{{3}}(?![0-9]))+"
        rf"(?:{re.escape(decimal)}[0-9]+)?(?![0-9/]))"
        rf"|(?P<digits>(?<![0-9])[0-9]+(?:{marks_class}[0-9]+{space_group})*"
        r"|(?<![0-9A-Za-z.,])\.[0-9]+)"
        rf"|(?P<vulgar>[{_VULGAR}]))"
        r"|\b(?=[A-Za-z])(?:"
        rf"(?P<vague>(?:(?:tens|hundreds)[ ]of[ ])?(?:{vague}|scores(?=[ ]of\b))\b)"
        # A run of number words joined by spaces or hyphens; an article may
        # open it only before a scale or fraction word ("a million", "a half").
        rf"|(?P<words>(?:an?[ \t]+(?:{after_article})|(?:{starters}))\b"
        rf"(?:{sep}(?:{joiners})\b)*))"
    )
    return re.compile(pattern, re.IGNORECASE)


def _trie(words: list[str]) -> str:
    r"""A regex alternation of ``words`` factored by common prefix, for speed.

    ``re`` tries the alternatives of ``a|an|and`` one by one at every
    position; the factored form ``a(?:n(?:d)?)?`` reads each character once.
    Longer words come first within each branch, so a match is maximal before
    the ``\b`` that follows it is checked (and backtracks if it fails).
    """
    branches: dict[str, list[str]] = {}
    ends = False
    for w in words:
        if w:
            branches.setdefault(w[0], []).append(w[1:])
        else:
            ends = True
    parts = [re.escape(c) + _trie(rest) for c, rest in sorted(branches.items())]
    if not parts:
        return ""
    body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
    return "(?:" + body + ")?" if ends else body


_SCALE_AFTER = re.compile(
    r"(?P<sp>[ \u00a0-]?)(?P<w>million|billion|trillion|thousand|hundred|lakhs?|lacs?|lkhs?"
    r"|crores?|crs?|dozens?|millions|billions|mn|mln|bn|bln|tn|trn|k)\b",
    re.IGNORECASE,
)
#: A capital letter glued to a decimal: "1.2M", "2.174T", "1.2b".
_LETTER_SCALE = re.compile(r"(?P<w>[MBT]|b)(?![A-Za-z0-9])")
#: The multipliers of capital letters glued to a figure ("1.2M", "$2.174T").
LETTER_FACTORS = {
    "M": Decimal(10) ** 6,
    "B": Decimal(10) ** 9,
    "b": Decimal(10) ** 9,
    "T": Decimal(10) ** 12,
}
_POWER = re.compile(r"\^(?P<e>(?:\+|-|--)?[0-9]{1,2})(?![0-9])")
_TIMES_TEN = re.compile(r"[ ]?[×x][ ]?10(?:\^|\*\*)?(?P<e>[-−+]?[0-9]{1,3})(?![0-9])")
_EXPONENT = re.compile(r"[eE](?P<e>[+-]?[0-9]{1,3})(?![0-9A-Za-z])")
_FRACTION_AFTER = re.compile(
    r"(?:(?:[ \u00a0]{1,3}|-)(?P<n>[0-9]{1,3})/(?P<d>[0-9]{1,3})|(?P<v>[" + _VULGAR + r"]))"
    r"(?![0-9/])"
)
#: Denominators of the fractions news writes with a slash ("1/2", "3/4", "5/8");
#: "9/11" and "24/7" are names, not fractions.
_DENOMINATORS = frozenset({2, 3, 4, 5, 8, 10, 16, 32, 64, 100})
_SLASH_FRACTION = re.compile(r"/(?P<d>[0-9]{1,3})(?![0-9/])")
_WORD = re.compile(r"[A-Za-z]+")


def scan(text: str, group: str = ",", decimal: str = ".", locale: str = "en") -> Iterator[Num]:
    """Yield every number written in ``text``, in order, never overlapping.

    Args:
        text: the text, scanned as it is.
        group: the locale's grouping mark.
        decimal: the locale's decimal mark.
        locale: the locale name, for strict digit parsing.

    Yields:
        One :class:`Num` per number.

    Example:
        >>> [(n.value, n.kind) for n in scan("some 3.7 million, twenty-one and ½")]
        [(Decimal('3700000'), 'digits'), (Decimal('21'), 'words'), (Decimal('0.5'), 'fraction')]
    """
    prev: Num | None = None
    for num in _read(text, group, decimal, locale):
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


def _read(text: str, group: str, decimal: str, locale: str) -> Iterator[Num]:
    for m in _number_regex(group, decimal).finditer(text):
        kind = m.lastgroup
        if kind == "digits":
            num = _digits(text, m.start(), m.end(), locale, decimal=decimal)
            if num is not None:
                yield num
        elif kind == "spaced":
            num = _digits(text, m.start(), m.end(), locale, spaced=True)
            if num is not None:
                yield num
        elif kind == "vulgar":
            value, end = _vulgar(m.group()), m.end()
            sm = _SCALE_AFTER.match(text, end)  # "½ million"
            factor = numbers.scale_value(sm.group("w")) if sm and sm.group("sp") else None
            if sm is not None and factor is not None and len(sm.group("w")) > 2:
                yield Num(m.start(), sm.end(), integral(value * factor), "fraction", scale=factor)
            else:
                yield Num(m.start(), end, value, "fraction")
        elif kind == "vague":
            yield _vague(m)
        elif kind == "words":
            yield from _words(text, m.start(), m.end())


def _merge(text: str, prev: Num, cur: Num) -> Num | None:
    """Join "4 thousand 3 hundred and 21" or "3 million and a half" into one number."""
    if prev.scale is None or cur.kind == "vague" or prev.malformed or cur.malformed:
        return None
    gap = text[prev.end : cur.start]
    if gap not in (" and ", " ") or prev.value < 0:
        return None
    multiplier = prev.value / prev.scale
    if multiplier != multiplier.to_integral_value():
        return None  # "3.7 million and 21 ..." are two numbers
    if 0 < cur.value < 1 and gap == " and ":
        value = prev.value + cur.value * prev.scale
        return Num(prev.start, cur.end, integral(value), prev.kind, scale=prev.scale)
    if cur.value >= prev.scale or (cur.scale is not None and cur.scale >= prev.scale):
        return None
    if gap == " " and cur.scale is None:
        return None
    kind = prev.kind if prev.kind == cur.kind else "digits"
    return Num(prev.start, cur.end, prev.value + cur.value, kind, scale=cur.scale or prev.scale)


def _vulgar(ch: str) -> Decimal:
    return numbers.parse_number(ch)


def _vague(m: re.Match[str]) -> Num:
    words = m.group().lower().split()
    lower, upper = _VAGUE.get(words[-1], (Decimal(40), Decimal(100)))  # "scores of"
    if len(words) == 3:  # "tens of thousands", "hundreds of millions"
        factor = Decimal(10) if words[0] == "tens" else Decimal(100)
        lower, upper = lower * factor, lower * factor * 10
    return Num(m.start(), m.end(), lower, "vague", upper=upper)


def _digits(
    text: str, start: int, end: int, locale: str, *, spaced: bool = False, decimal: str = "."
) -> Num | None:
    if end - start > _MAX_DIGITS:
        return None  # no news figure runs to a thousand characters; keeps reading linear
    token = text[start:end]
    if spaced:
        token = "".join(c for c in token if c not in numbers.SPACES)
    if (
        decimal == "."
        and token.count(".") >= 2
        and not all(len(part) == 3 for part in token.split(".")[1:])
    ):  # a version or an address such as 192.168.1.2, not a number
        return None
    try:
        reading = numbers.read_digits("0" + token if token[0] == "." else token, locale)
    except NumberFormatError:
        return None
    value = reading.value
    plain = token.isdigit() and not spaced
    scale: Decimal | None = None
    m = _SCALE_AFTER.match(text, end)
    if m is not None and len(m.group("w")) == 1 and m.group("sp"):
        # "300k", and "2.33 k" only where nothing follows the k
        after = m.end()
        if after < len(text) and (text[after].isalnum() or text[after].isspace()):
            m = None
    if m is None and not reading.malformed and ("." in token or "," in token):
        m = _LETTER_SCALE.match(text, end)
    if m is not None:
        word = m.group("w")
        factor = LETTER_FACTORS.get(word) or numbers.scale_value(word)
        if factor is not None:
            scale = factor
            value = value * factor
            end = m.end()
            plain = False
            stacked = _SCALE_AFTER.match(text, end)  # "40 lakh crore", "3 thousand million"
            if stacked is not None and stacked.group("sp") and len(stacked.group("w")) > 2:
                more = numbers.scale_value(stacked.group("w"))
                if more is not None and more > factor:
                    scale, value, end = factor * more, value * more, stacked.end()
    elif (e := _exponent(text, end)) is not None and not reading.malformed:
        value = value.scaleb(int(e.group("e").replace("−", "-")))  # "4e14", "2.48×10−5"
        end, plain = e.end(), False
    elif (p := _POWER.match(text, end)) is not None and not reading.malformed and value != 0:
        exponent = int(p.group("e").replace("--", "-").replace("+", ""))
        if len(token) * abs(exponent) <= _MAX_DIGITS:  # "1.1^23"; never a 98,000-digit power
            value = value**exponent
            end, plain = p.end(), False
    elif reading.value == reading.value.to_integral_value() and not reading.malformed:
        f = _FRACTION_AFTER.match(text, end)
        if f is not None:
            frac = _fraction(f)
            if frac is not None and frac < 1:
                value, end, plain = value + frac, f.end(), False
                sm = _SCALE_AFTER.match(text, end)  # "1½ million", "2 1/2 million"
                if sm is not None and sm.group("sp") and len(sm.group("w")) > 2:
                    factor = numbers.scale_value(sm.group("w"))
                    if factor is not None:
                        value, scale, end = value * factor, factor, sm.end()
        elif plain:
            s = _SLASH_FRACTION.match(text, end)
            if (
                s is not None
                and int(s.group("d")) > 0
                and (int(s.group("d")) in _DENOMINATORS or text.startswith(" of ", s.end()))
                and Decimal(token) < int(s.group("d"))
            ):  # "1/2", "3/4"; any "1/40 of" the whole
                value = numbers.divide(Decimal(token), Decimal(s.group("d")))
                end, plain = s.end(), False
    if reading.malformed:
        value = integral(value)
    return Num(
        start,
        end,
        integral(value),
        "digits",
        plain=plain,
        scale=scale,
        malformed=reading.malformed,
        suggestions=tuple(integral(s * (scale or 1)) for s in reading.suggestions),
    )


def _exponent(text: str, end: int) -> re.Match[str] | None:
    """An exponent after a figure ("e14", "×10−5"), if it is at most 100."""
    e = _EXPONENT.match(text, end) or _TIMES_TEN.match(text, end)
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
    if value.is_finite() and value == value.to_integral_value():
        exp = value.as_tuple().exponent
        if isinstance(exp, int) and exp != 0:
            return Decimal(int(value))
    return value


_TRIM_HEAD = frozenset({"and", "a", "an"})
_ARTICLE_NEXT = frozenset(
    {"hundred", "thousand", "million", "billion", "trillion", "dozen", "lakh", "crore"}
    | set(numbers.DENOMINATOR_WORDS)
)


def _words(text: str, start: int, end: int) -> Iterator[Num]:
    """Read a run of number words, splitting it where it is not one number."""
    tokens = [(m.start(), m.end()) for m in _WORD.finditer(text, start, end)]
    for first, last in _pieces(text, tokens):
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
    """Read the numbers in one piece of a run, longest first from the left."""
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
            scale = numbers.scale_value(last)
            yield Num(s, e, integral(value), "words", scale=scale)
            found = True
            break
        i = j if found else i + 1
