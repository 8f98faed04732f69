"""Read one number written the way news writes numbers, exactly.

:func:`parse_number` is the public entry point. It reads

* digits with a locale's grouping and decimal marks, strictly, through
  babel (``"16,400"``, ``"1.234,5"`` in German, ``"1,00,000"`` in Indian
  English), with an optional sign (``+``, ``-``, ``−`` or the word
  ``minus``);
* scale words and suffixes (``"3.7 million"``, ``"1.2bn"``, ``"300k"``,
  ``"2 crore"``); a bare ``m`` is *not* a scale suffix, as it is also metres;
* spelled-out English numbers (``"twenty-eight thousand six hundred
  forty-two"``, ``"four and a half million"``, ``"a dozen"``), including
  every output of num2words;
* fractions (``"2 1/2"``, ``"2½"``, ``"three-quarters"``, ``"a third"``),
  with ordinal denominators (``"three hundredths"``, ``"a twenty-first"``,
  ``"a hundred trillionths"``, ``"one hundred thirty fifths"`` = 100/35,
  but ``"one hundred and thirty fifths"`` = 130/5), mixed numbers
  (``"one hundred and three quarters"``) and fractions of a scale
  (``"two thirds of a million"``, ``"one billion and a half million"``).
  An ordinal alone (``"fifth"``, ``"twenty-first"``, ``"one hundred
  fifth"``) is not a number; ``"second"`` is never a denominator.

Values are :class:`~decimal.Decimal`, never floats. Digits alone keep the
exponent they were written with (``"12.50"`` gives ``Decimal('12.50')``);
a value built from scale words or fractions is normalised, and an integral
one has no exponent (``Decimal('3700000')``, not ``Decimal('3.7E+6')``).
Thirds and other fractions with no exact decimal form are divided in the
default decimal context (28 significant digits).

A malformed number raises :class:`~newsnum.errors.NumberFormatError` whose
``suggestions`` list what a writer most likely meant, best first. The rule,
as a copy editor would apply it:

1. If the token uses two different marks and its last mark appears once
   (``"1.234,5"`` in English), the writer used another locale's
   convention: read the last mark as the decimal mark first, then the
   digits as an integer.
2. Otherwise the grouping slipped: read the digits as an integer first
   (``"12,50"`` gives ``1250``, ``"3.500.000"`` gives ``3500000``), then,
   if the last mark is a comma or point that appears once, read it as a
   decimal mark (``"12,50"`` gives ``12.50``). A mark that appears twice is
   never a decimal mark.

The extractor uses the lower-level helpers :class:`Reading`,
:func:`read_digits`, :func:`parse_words`, :func:`scale_value` and
:data:`NUMBER_WORDS`; they are importable but not part of ``__all__``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import (
    ROUND_HALF_EVEN,
    Context,
    Decimal,
    DivisionByZero,
    InvalidOperation,
    Overflow,
    localcontext,
)
from functools import cache, lru_cache
from typing import NamedTuple

from newsnum._data import words as _words
from newsnum.errors import NumberFormatError, UnknownLocaleError

__all__ = ["parse_number"]

# Exact arithmetic for products and sums of the short numbers news writes.
_EXACT = Context(prec=200)

#: The arithmetic context of every public function, whatever the caller's own
#: (``decimal.localcontext``): wide enough that scaling any figure the scanner
#: reads (at most 1,000 characters, exponents at most 100) stays exact.
ARITHMETIC = Context(
    prec=1200,
    rounding=ROUND_HALF_EVEN,
    Emin=-999_999,
    Emax=999_999,
    traps=[InvalidOperation, DivisionByZero, Overflow],
)
#: The arithmetic the check rules compare figures in: ``ARITHMETIC`` to 34 significant
#: digits (IEEE decimal128). The rules compare with tolerances; a rate or a share worked
#: out to 1,200 digits costs more and says nothing more.
COMPARING = ARITHMETIC.copy()
COMPARING.prec = 34
#: Repeating fractions ("two thirds", "1/3") stop at 28 significant digits,
#: Python's default precision, whatever the precision of ``ARITHMETIC``.
_FRACTIONS = Context(prec=28, rounding=ROUND_HALF_EVEN)


#: Marks that may join the parts of a number but never open or close one.
_EDGE_MARKS = frozenset(",.-\u2010\u2011'\u2019")


def divide(numerator: Decimal, denominator: Decimal) -> Decimal:
    """``numerator / denominator``, cut at 28 significant digits when it repeats.

    Example:
        >>> divide(Decimal(2), Decimal(3))
        Decimal('0.6666666666666666666666666667')
        >>> divide(Decimal(5), Decimal(2))
        Decimal('2.5')
    """
    return _FRACTIONS.divide(numerator, denominator)


_SIGNS = {"+": 1, "-": -1, "\u2212": -1}
#: The spaces that may group digits: space, no-break, narrow no-break, figure, thin.
SPACES = " \u00a0\u202f\u2007\u2009"
_SPACES = SPACES

_SMALL: dict[str, int] = {
    **{w: i for i, w in enumerate(_words.NUMBER_SMALL)},
    "nought": 0,
    "naught": 0,
}
_TENS_VALUE: dict[str, int] = {w: 20 + 10 * i for i, w in enumerate(_words.NUMBER_TENS)}

#: Scale words inside spelled-out numbers ("two hundred", "3.7 million", "a dozen").
_SCALES: dict[str, int] = {
    word: factor for word, (factor, flags) in _words.SCALES.items() if "words" in flags
}

# Fraction denominators: "a half", "two thirds", "three-quarters", "seven eighths",
# "a twentieth", "three hundredths", "a trillionth".
_ORDINAL_STEMS: dict[str, int] = {
    **_words.NUMBER_DENOMINATORS,
    **{w[:-1] + "ieth": v for w, v in _TENS_VALUE.items()},
}
_DENOMINATORS: dict[str, int] = {
    **_ORDINAL_STEMS,
    **{w + "s": v for w, v in _ORDINAL_STEMS.items() if w != "half"},
    "halves": 2,
}

# The last word of a compound ordinal denominator after a tens word: "twenty-first",
# "thirty-fifths". "second" is left out: "one hundred twenty seconds" is a duration.
_UNIT_ORDINALS: dict[str, int] = {
    "first": 1,
    "firsts": 1,
    **{w: v for w, v in _DENOMINATORS.items() if 3 <= v <= 9 and not w.startswith("quarter")},
}

#: Lowercase words that may appear inside a spelled-out number: zero to
#: nineteen, the tens, scale words and suffixes (``hundred``, ``thousand``,
#: ``million``, ``bn``, ``k``, ``lakh``, ``crore``, ``dozen``...), fraction
#: words (``half``, ``quarters``, ``thirds``, ``fifth``, ``twentieths``,
#: ``hundredth``, ``first`` as in ``twenty-first``...) and the glue words
#: ``a``, ``an``, ``and``, ``of`` (``two thirds of a million``) and ``point``.
#: ``minus`` is not included.
NUMBER_WORDS: frozenset[str] = frozenset(
    {
        *_SMALL,
        *_TENS_VALUE,
        *_SCALES,
        *_DENOMINATORS,
        *_UNIT_ORDINALS,
        "a",
        "an",
        "and",
        "of",
        "point",
    }
)


#: Number words below twenty ("zero" to "nineteen"), tens ("twenty" to
#: "ninety") and fraction denominators ("half", "thirds", "hundredths"): the
#: scanner splits runs of words with them.
SMALL_WORDS: frozenset[str] = frozenset(_SMALL)
TENS_WORDS: frozenset[str] = frozenset(_TENS_VALUE)
DENOMINATOR_WORDS: frozenset[str] = frozenset(_DENOMINATORS)

#: Words that may open a spelled-out number in running text ("twenty",
#: "half"); the others only continue one ("million", "and", "point").
STARTER_WORDS: frozenset[str] = frozenset({*_SMALL, *_TENS_VALUE, "half", "quarter"})


@dataclass(frozen=True, slots=True)
class Reading:
    """What a run of digits says: its value and whether it is well formed.

    Attributes:
        value: the number; for a malformed token, the best suggestion.
        malformed: whether the grouping or decimal marks break the locale's
            rules.
        suggestions: for a malformed token, every plausible reading, best
            first (``value == suggestions[0]``); empty otherwise.

    Example:
        >>> from newsnum.numbers import read_digits
        >>> read_digits("12,50")
        Reading(value=Decimal('1250'), malformed=True,
                suggestions=(Decimal('1250'), Decimal('12.50'), Decimal('12500')))
    """

    value: Decimal
    malformed: bool = False
    suggestions: tuple[Decimal, ...] = ()


class _Symbols(NamedTuple):
    group: str
    decimal: str
    groups: frozenset[str]
    sizes: tuple[tuple[int, int], ...]
    fast: bool


#: Marks that writers, and different CLDR releases, use for the same group mark: the
#: ASCII apostrophe and the right single quote (Swiss "1'234.5" / "1’234.5"), and
#: every kind of space (French, Russian: "1 234", narrow and no-break spaces).
GROUP_VARIANTS: tuple[frozenset[str], ...] = (frozenset("'\u2019"), frozenset(SPACES))

#: Thousands grouping, which every locale's readers also accept: Indian English
#: papers print "100,000" as well as "1,00,000".
_WESTERN = (3, 3)


def group_marks(group: str) -> frozenset[str]:
    """Every mark accepted for a locale's group mark (see :data:`GROUP_VARIANTS`).

    Example:
        >>> sorted(group_marks("\u2019"))
        ["'", '’']
        >>> group_marks(",")
        frozenset({','})
    """
    for variants in GROUP_VARIANTS:
        if group in variants:
            return variants
    return frozenset(group)


#: The number symbols of the default locale, as CLDR gives them (a test compares them
#: with babel's): a text in English is read without loading babel's locale data.
_DEFAULT_SYMBOLS = {"en": (",", ".", _WESTERN)}


@cache
def _resolve(locale: str) -> _Symbols:
    """Parse a locale name once and read its number symbols and grouping."""
    known = _DEFAULT_SYMBOLS.get(locale)
    if known is not None:
        group, decimal, sizes = known
        return _symbols_of(group, decimal, (sizes, _WESTERN))
    return _from_babel(locale)


def _from_babel(locale: str) -> _Symbols:
    """A locale's number symbols and grouping, from babel's locale data."""
    from babel import Locale
    from babel import UnknownLocaleError as BabelUnknownLocaleError
    from babel.numbers import get_decimal_symbol, get_group_symbol, parse_pattern

    try:
        loc = Locale.parse(locale.replace("-", "_"))
    except (BabelUnknownLocaleError, ValueError, TypeError) as exc:
        raise UnknownLocaleError(f"unknown locale {locale!r}", locale=locale) from exc
    group = get_group_symbol(loc)
    decimal = get_decimal_symbol(loc)
    pattern = loc.decimal_formats.get(None)
    primary, secondary = parse_pattern(pattern).grouping if pattern is not None else _WESTERN
    return _symbols_of(group, decimal, ((int(primary), int(secondary)), _WESTERN))


def _symbols_of(group: str, decimal: str, sizes: tuple[tuple[int, int], ...]) -> _Symbols:
    sizes = tuple(dict.fromkeys(sizes))
    fast = group == "," and decimal == "." and sizes == (_WESTERN,)
    return _Symbols(group, decimal, group_marks(group), sizes, fast)


def ordinal_value(word: str) -> int | None:
    """The value of a lower-case ordinal word from "third" up, or None.

    Example:
        >>> ordinal_value("seventh"), ordinal_value("twelfth"), ordinal_value("half")
        (7, 12, None)
    """
    value = _ORDINAL_STEMS.get(word)
    return None if value is None or word in ("half", "quarter") else value


def locale_marks(locale: str) -> tuple[str, str]:
    """The grouping and decimal marks of a locale, checking the locale exists.

    Example:
        >>> locale_marks("de_DE")
        ('.', ',')

    Raises:
        UnknownLocaleError: babel does not know the locale.
    """
    marks = _MARKS.get(locale) if isinstance(locale, str) else None
    if marks is None:  # once per locale: every call of extract asks
        symbols = _symbols(locale)
        marks = _MARKS[locale] = symbols.group, symbols.decimal
    return marks


#: The marks of each locale asked for so far (see :func:`locale_marks`).
_MARKS: dict[str, tuple[str, str]] = {}


def _symbols(locale: str) -> _Symbols:
    if not isinstance(locale, str):
        raise TypeError(f"locale must be a str, got {type(locale).__name__}")
    return _resolve(locale)


def _plausible(body: str) -> tuple[Decimal, ...]:
    """The readings of a mis-marked digit run, best first (see module docs).

    Example:
        >>> _plausible("12,50")
        (Decimal('1250'), Decimal('12.50'), Decimal('12500'))
        >>> _plausible("6.709.93")
        (Decimal('6709.93'), Decimal('670993'))
        >>> _plausible("41.3.2")
        (Decimal('41.32'), Decimal('413.2'), Decimal('4132'))
    """
    digits = "".join(c for c in body if c in "0123456789")
    marks = [c for c in body if c not in "0123456789"]
    integer = Decimal(digits)
    if not marks:
        return (integer,)
    last = marks[-1]
    cut = body.rindex(last)
    before = "".join(c for c in body[:cut] if c in "0123456789")
    after = body[cut + 1 :]
    if last in ".," and len(set(marks)) == 1 and len(marks) > 1 and len(after) < 3:
        groups = body.split(last)
        if any(len(g) != 3 for g in groups[1:-1]):  # "41.3.2": a stray mark, not a group
            first = groups[0]
            return (
                Decimal(f"{first}.{digits[len(first) :]}"),
                Decimal(f"{before}.{after}"),
                integer,
            )
        return (Decimal(f"{before}.{after}"), integer)  # "6.709.93": dots group, then decimals
    if last not in ".," or marks.count(last) != 1:
        return (integer,)
    as_decimal = Decimal(f"{before}.{after}")
    if len(set(marks)) > 1:
        return (as_decimal, integer)
    if len(after) == 2 and len(before) <= 3:
        return (integer, as_decimal, Decimal(digits + "0"))  # "£85,00": perhaps £85,000
    return (integer, as_decimal)


@cache
def _digit_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Compile (once) a signed digit run, a plain English number, a grouped one."""
    return (
        re.compile(r"([+\-\u2212]?)([0-9]+(?:[.,'\u2019 \u00a0\u202f\u2007\u2009]{1,2}[0-9]+)*)"),
        re.compile(r"[0-9]+(?:\.[0-9]+)?"),
        re.compile(r"[1-9][0-9]{0,2}(?:,[0-9]{3})+(?:\.[0-9]+)?"),
    )


@lru_cache(maxsize=1 << 16)
def read_digits(token: str, locale: str = "en") -> Reading:
    """Read a run of digits with grouping and decimal marks, strictly.

    The token is the text the scanner matched, with an optional leading
    ``+``, ``-`` or ``−``. Its marks are checked strictly against the
    locale's data in babel: its group and decimal marks and its grouping
    (``"1,00,000"`` in Indian English; thousands grouping such as
    ``"100,000"`` is accepted in every locale). Any kind of space stands for
    a space-like group mark (French, Russian), and ``'`` and ``’`` for each
    other (Swiss). Bad grouping does not raise: the reading is marked
    malformed and carries the plausible readings, best first (see the module
    docs for the order); so does a mark typed twice ("43..7" may be 43.7).

    Args:
        token: the digits, e.g. ``"16,400"``, ``"12,50"``, ``"3.500.000"``.
        locale: a babel locale name such as ``"en"``, ``"de_DE"``, ``"fr"``.

    Returns:
        The :class:`Reading` of the token.

    Raises:
        NumberFormatError: the token is not a run of digits and marks at all.
        UnknownLocaleError: babel does not know the locale.

    Example:
        >>> read_digits("16,400")
        Reading(value=Decimal('16400'), malformed=False, suggestions=())
        >>> read_digits("1.234,5", "de_DE").value
        Decimal('1234.5')
        >>> read_digits("3.500.000").suggestions
        (Decimal('3500000'),)
        >>> read_digits("100,000", "en_IN").value, read_digits("1,00,000", "en_IN").value
        (Decimal('100000'), Decimal('100000'))
    """
    if not isinstance(token, str):
        raise TypeError(f"read_digits() expects str, got {type(token).__name__}")
    symbols = _symbols(locale)
    digits_re, en_plain_re, en_grouped_re = _digit_patterns()
    match = digits_re.fullmatch(token)
    if match is None:
        raise NumberFormatError(f"{token!r} is not a number", text=token, locale=locale)
    sign = -1 if _SIGNS.get(match.group(1), 1) < 0 else 1
    body = match.group(2)
    value: Decimal | None = None
    if symbols.fast and (en_plain_re.fullmatch(body) or en_grouped_re.fullmatch(body)):
        value = Decimal(body.replace(",", ""))
    else:
        value = _strict(body, symbols)
    if value is not None:
        return Reading(-value if sign < 0 else value)
    single = _one_mark(body)
    if single is not None:  # "43..7": a mark typed twice
        value = read_digits(single, locale).value
        return Reading(-value if sign < 0 else value, malformed=True, suggestions=(value,))
    readings = _plausible(body)
    if sign < 0:
        readings = tuple(-r for r in readings)
    return Reading(readings[0], malformed=True, suggestions=readings)


def _one_mark(body: str) -> str | None:
    """The figure with a mark typed twice written once ("43..7" -> "43.7"), if one was.

    Example:
        >>> _one_mark("43..7"), _one_mark("1,,000"), _one_mark("41.3.2")
        ('43.7', '1,000', None)
    """
    for twice in _TWICE:
        if twice in body:
            once = body.replace(twice, twice[1], 1)
            return None if any(pair in once for pair in _TWICE) else once
    return None


_TWICE = ("..", ",,", ".,", ",.")  # two marks in a row


def _grouped(parts: list[str], sizes: tuple[tuple[int, int], ...]) -> bool:
    """Whether digit groups follow one of the groupings ``(primary, secondary)``.

    The last group has the primary size, the ones before it the secondary size,
    and the first one to that many digits, not starting with 0.

    Example:
        >>> _grouped(["1", "00", "000"], ((3, 2), (3, 3)))
        True
        >>> _grouped(["1", "0", "000"], ((3, 2), (3, 3)))
        False
    """
    if parts[0].startswith("0"):
        return False
    for primary, secondary in sizes:
        if (
            len(parts[-1]) == primary
            and all(len(p) == secondary for p in parts[1:-1])
            and 1 <= len(parts[0]) <= (secondary if len(parts) > 2 else primary)
        ):
            return True
    return False


def _strict(body: str, symbols: _Symbols) -> Decimal | None:
    """The value of an unsigned digit run written by the locale's rules, or None.

    The marks and groupings are babel's data for the locale (see
    :func:`_resolve`); any variant of the group mark is accepted.
    """
    integer, point, fraction = body.partition(symbols.decimal)
    if point and not (fraction.isascii() and fraction.isdigit()):
        return None
    parts = [""]
    for char in integer:
        if char in symbols.groups:
            parts.append("")
        elif "0" <= char <= "9":
            parts[-1] += char
        else:
            return None
    if "" in parts or (len(parts) > 1 and not _grouped(parts, symbols.sizes)):
        return None
    return Decimal("".join(parts) + (f".{fraction}" if point else ""))


def scale_value(word: str) -> Decimal | None:
    """The multiplier of a scale word or suffix, or None.

    Case does not matter. ``m`` is not a scale suffix: in news it is as
    often metres as millions.

    Args:
        word: one word, e.g. ``"million"``, ``"bn"``, ``"K"``, ``"crore"``.

    Returns:
        The multiplier, or None if the word is not a scale.

    Example:
        >>> scale_value("bn")
        Decimal('1000000000')
        >>> scale_value("Dozen")
        Decimal('12')
        >>> scale_value("m") is None
        True
    """
    value = _SCALES.get(word.lower())
    return None if value is None else Decimal(value)


@cache
def _vulgar_fractions() -> dict[str, tuple[int, int]]:
    """Map each Unicode vulgar fraction character to (numerator, denominator)."""
    import unicodedata

    table: dict[str, tuple[int, int]] = {}
    for code in (*range(0xBC, 0xBF), *range(0x2150, 0x215F)):
        char = chr(code)
        parts = unicodedata.decomposition(char).split()
        if len(parts) == 4 and parts[0] == "<fraction>" and parts[2] == "2044":
            numerator = int(chr(int(parts[1], 16)))
            denominator = int("".join(chr(int(p, 16)) for p in parts[3:]))
            table[char] = (numerator, denominator)
    # U+2152 VULGAR FRACTION ONE TENTH decomposes to "1 ⁄ 1 0"
    table["\u2152"] = (1, 10)
    return table


@cache
def _token_re() -> re.Pattern[str]:
    fractions = "".join(sorted(_vulgar_fractions()))
    return re.compile(
        r"(?P<num>[0-9]+(?:[.,'\u2019\u00a0\u202f][0-9]+)*)"
        rf"|(?P<frac>[{fractions}])"
        r"|(?P<slash>[/\u2044])"
        r"|(?P<word>[a-z]+)"
        r"|(?P<sep>[\s,\-\u2010\u2011]+)"
        r"|(?P<bad>.)",
        re.DOTALL,
    )


# A token is ("num", Reading) / ("frac", Decimal) / ("word", str).
_Token = tuple[str, object]


def _tokenize(text: str, locale: str) -> list[_Token]:
    tokens: list[_Token] = []
    for match in _token_re().finditer(text.lower()):
        kind = match.lastgroup
        piece = match.group()
        if kind == "sep":
            continue
        if kind == "bad":
            raise NumberFormatError(
                f"{text!r} is not a number: unexpected {piece!r}", text=text, locale=locale
            )
        if kind == "num":
            tokens.append(("num", read_digits(piece, locale)))
        elif kind == "frac":
            numerator, denominator = _vulgar_fractions()[piece]
            tokens.append(("frac", divide(Decimal(numerator), Decimal(denominator))))
        elif kind == "slash":
            tokens.append(("slash", piece))
        else:
            tokens.append(("word", piece))
    # Join "1 / 2" into one fraction token.
    joined: list[_Token] = []
    i = 0
    while i < len(tokens):
        kind, value = tokens[i]
        if (
            kind == "num"
            and i + 2 < len(tokens)
            and tokens[i + 1][0] == "slash"
            and tokens[i + 2][0] == "num"
        ):
            top, bottom = value, tokens[i + 2][1]
            assert isinstance(top, Reading)
            assert isinstance(bottom, Reading)
            if top.malformed or bottom.malformed or bottom.value == 0:
                raise NumberFormatError(f"{text!r} has a bad fraction", text=text, locale=locale)
            joined.append(("frac", divide(top.value, bottom.value)))
            i += 3
            continue
        if kind == "slash":
            raise NumberFormatError(f"{text!r} has a stray '/'", text=text, locale=locale)
        joined.append((kind, value))
        i += 1
    return joined


class _Fail(Exception):
    """The words do not form one number (internal)."""


class _WordParser:
    """Recursive descent over number tokens; see :func:`parse_words`.

    A number is a whole number (chunks below a thousand times falling scale
    words), optionally divided by one final denominator: a fraction word
    (``"fifths"``, ``"hundredths"``, ``"trillionths"``) or a tens word and a
    unit ordinal (``"twenty-first"``, ``"thirty fifths"``). A tens word right
    before a unit ordinal belongs to the denominator (``"one hundred thirty
    fifths"`` is 100/35), except after ``"and"`` (``"one hundred and thirty
    fifths"`` is 130/5). Every rule looks a bounded number of tokens ahead,
    so parsing is linear in the number of tokens.
    """

    def __init__(self, tokens: list[_Token], values: dict[int, Decimal]) -> None:
        self.tokens = tokens
        self.values = values  # value of each "num" token by index
        self.i = 0
        self.fractional = False  # a fraction word or character has been read

    # -- token helpers -------------------------------------------------
    def word(self, offset: int = 0) -> str | None:
        j = self.i + offset
        if j < len(self.tokens) and self.tokens[j][0] == "word":
            value = self.tokens[j][1]
            assert isinstance(value, str)
            return value
        return None

    def kind(self, offset: int = 0) -> str | None:
        j = self.i + offset
        return self.tokens[j][0] if j < len(self.tokens) else None

    def compound_ordinal(self, offset: int = 0) -> int | None:
        """The value of "twenty-first", "thirty fifths"... at offset, or None."""
        tens = _TENS_VALUE.get(self.word(offset) or "")
        unit = _UNIT_ORDINALS.get(self.word(offset + 1) or "")
        return None if tens is None or unit is None else tens + unit

    def peek_denominator(self, numerator: Decimal, lenient: bool = False) -> tuple[int, int] | None:
        """The (denominator, words) of a fraction word here, or None.

        A numerator other than one takes a plural ("three hundredths"): "one
        hundred fifth" is an ordinal. ``lenient`` lets the small fraction
        words be singular ("three-quarter", "two third").
        """
        width = 1
        value = self.compound_ordinal()
        if value is not None:
            width = 2
        else:
            value = _DENOMINATORS.get(self.word() or "")
            if value is None:
                return None
        last = self.word(width - 1) or ""
        if numerator != 1 and not last.endswith("s") and not (lenient and value <= 10):
            return None
        return value, width

    def peek_scale(self, after_fraction: bool) -> tuple[int, int] | None:
        """The (multiplier, words) of the scale words here, or None.

        Reads "lakh crore" (10**12) and, after a fraction, "of a million".
        """
        width = 0
        if after_fraction and self.word() == "of" and self.word(1) in ("a", "an"):
            if self.word(2) in ("hundred", "dozen"):
                return None
            width = 2
        scale = _SCALES.get(self.word(width) or "")
        if scale is None:
            return None
        width += 1
        if scale not in (12, 100):
            while True:  # "lakh crore", "thousand million"
                bigger = _SCALES.get(self.word(width) or "")
                if bigger is None or bigger in (12, 100) or bigger <= scale:
                    break
                scale *= bigger
                width += 1
        return scale, width

    # -- grammar ---------------------------------------------------------
    def parse(self) -> Decimal:
        total = self.whole()
        if self.i < len(self.tokens) and not self.fractional:
            denominator = self.peek_denominator(total)
            if denominator is not None:  # "a hundred trillionths", "132 fifths"
                self.i += denominator[1]
                total = divide(total, Decimal(denominator[0]))
        if self.i != len(self.tokens):
            raise _Fail
        return total

    def whole(self) -> Decimal:
        """Chunks times falling scales, with "and a half" parts; stops before a denominator."""
        total = Decimal(0)
        last_scale: int | None = None
        after_and = False
        while True:
            chunk = self.chunk(first=last_scale is None, after_and=after_and)
            if chunk is None:
                raise _Fail
            chunk = _EXACT.add(chunk, self.and_fraction())
            found = self.peek_scale(after_fraction=self.fractional and chunk < 1)
            if found is None or found == (100, 1):
                # "hundred" after digits ("3 hundred") is taken by chunk().
                if last_scale is not None and chunk >= last_scale:
                    raise _Fail
                return _EXACT.add(total, chunk)
            scale, width = found
            if last_scale is not None and scale >= last_scale:
                raise _Fail
            if last_scale is not None and chunk >= last_scale // scale:
                raise _Fail
            self.i += width
            total = _EXACT.add(total, _EXACT.multiply(chunk, Decimal(scale)))
            last_scale = scale
            if self.i == len(self.tokens):
                return total
            after_and = self.word() == "and"
            if after_and:
                tail = self.and_fraction()
                if tail:  # "a million and a half", "a billion and a half million"
                    smaller = self.peek_scale(after_fraction=False)
                    if smaller is not None and smaller[0] not in (12, 100) and smaller[0] < scale:
                        self.i += smaller[1]
                        scale = smaller[0]
                    return _EXACT.add(total, _EXACT.multiply(tail, Decimal(scale)))
                self.i += 1
            if scale == 12:  # nothing follows "dozen"
                raise _Fail
            if not after_and and self.peek_denominator(total) is not None:
                return total  # "a hundred thousand trillionths"

    def below_hundred(self, after_and: bool = False) -> int | None:
        """zero..nineteen, or a tens word with an optional unit.

        A tens word before a unit ordinal ("thirty fifths") is left for the
        denominator, unless it follows "and" or opens the text before a
        plural ("twenty fifths" is 20/5; "twenty-fifth" alone is an ordinal).
        """
        word = self.word()
        if word in _SMALL:
            self.i += 1
            return _SMALL[word]
        if word in _TENS_VALUE:
            if (
                not after_and
                and self.compound_ordinal() is not None
                and not (self.i == 0 and (self.word(1) or "").endswith("s"))
            ):
                return None
            self.i += 1
            value = _TENS_VALUE[word]
            unit = self.word()
            if unit is not None and 1 <= _SMALL.get(unit, 0) <= 9:
                self.i += 1
                value += _SMALL[unit]
            return value
        return None

    def after_hundred(self, base: Decimal) -> Decimal:
        """Read "hundred [and] [below-hundred]" after a multiplier."""
        self.i += 1  # "hundred"
        value = _EXACT.multiply(base, Decimal(100))
        start = self.i
        after_and = self.word() == "and"
        if after_and:
            if self.and_fraction():  # "one hundred and three quarters": the caller reads it
                self.i = start
                return value
            self.i += 1
        rest = self.below_hundred(after_and=after_and)
        if rest is None or rest == 0:
            self.i = start
            return value
        return value + rest

    def fraction_word(self, numerator: Decimal) -> Decimal | None:
        """Divide by a following fraction word ("thirds", "twenty-fifths"), if there is one."""
        denominator = self.peek_denominator(numerator, lenient=True)
        if denominator is None:
            return None
        self.i += denominator[1]
        self.fractional = True
        return divide(numerator, Decimal(denominator[0]))

    def and_fraction(self) -> Decimal:
        """Read "and a half", "and three quarters", "and 1/2"; 0 if absent.

        Only a proper fraction counts: in "one hundred and thirty fifths"
        the "and" joins the numerator.
        """
        if self.word() != "and":
            return Decimal(0)
        start, fractional = self.i, self.fractional
        self.i += 1
        value: Decimal | None = None
        if self.kind() == "frac":
            frac = self.tokens[self.i][1]
            assert isinstance(frac, Decimal)
            self.i += 1
            value = frac
        else:
            numerator: int | None
            if self.word() in ("a", "an"):
                self.i += 1
                numerator = 1
            else:
                numerator = self.below_hundred(after_and=True)
            if numerator is not None:
                value = self.fraction_word(Decimal(numerator))
        if value is None or not 0 < value < 1:
            self.i, self.fractional = start, fractional
            return Decimal(0)
        self.fractional = True
        return value

    def digits_chunk(self) -> Decimal:
        """Digits, with a fraction ("2½") or "hundred" ("3 hundred") after them."""
        value = self.values[self.i]
        self.i += 1
        if self.kind() == "frac" and value == value.to_integral_value():
            frac = self.tokens[self.i][1]
            assert isinstance(frac, Decimal)
            self.i += 1
            self.fractional = True
            return _EXACT.add(value, frac)
        if self.word() == "hundred":
            return self.after_hundred(value)
        return value

    def article_chunk(self, first: bool) -> Decimal | None:
        """After an article: "a hundred", "a million", "a half million", "a third"."""
        self.i += 1
        next_word = self.word()
        if next_word == "hundred":
            return self.after_hundred(Decimal(1))
        if next_word in _SCALES:
            return Decimal(1)
        if next_word in ("half", "quarter") and self.word(1) in _SCALES:
            self.i += 1  # "a half million", "a quarter million"
            self.fractional = True
            return Decimal("0.5") if next_word == "half" else Decimal("0.25")
        return self.fraction_word(Decimal(1)) if first else None

    def fraction_chunk(self, word: str) -> Decimal | None:
        """A fraction word opening a number: "half a million", "quarter of a million".

        Alone, "quarter" is a period of the year, not a number.
        """
        if word == "quarter" and self.word(1) not in _SCALES and self.word(1) != "of":
            return None
        self.i += 1
        self.fractional = True
        if word == "quarter":
            return Decimal("0.25")
        if self.word() in ("a", "an") and self.word(1) in _SCALES and self.word(1) != "hundred":
            self.i += 1  # "half a million"
        return Decimal("0.5")

    def chunk(self, first: bool = True, after_and: bool = False) -> Decimal | None:
        """One multiplier of a scale: digits, number words below a thousand, a fraction.

        Only the first chunk may be a fraction ("two thirds", "a quarter
        million"); a fraction word after a later chunk divides the whole
        number (see :meth:`parse`).
        """
        kind = self.kind()
        if kind == "num":
            return self.digits_chunk()
        if kind == "frac":
            frac = self.tokens[self.i][1]
            assert isinstance(frac, Decimal)
            self.i += 1
            self.fractional = True
            return frac
        word = self.word()
        if word is None:
            return None
        if word in ("a", "an"):
            return self.article_chunk(first)
        if word in ("half", "quarter"):
            return self.fraction_chunk(word)
        small = self.below_hundred(after_and=after_and)
        if small is None:
            return None
        value = Decimal(small)
        if self.word() == "hundred" and small != 0:
            return self.after_hundred(value)
        if not first:
            return value
        fraction = self.fraction_word(value)
        return value if fraction is None else fraction


def _normalise(value: Decimal) -> Decimal:
    """An integral value without exponent; otherwise without trailing zeros."""
    if value == value.to_integral_value():
        return Decimal(int(value))
    return value.normalize(_EXACT)


def _point_decimal(tokens: list[_Token], values: dict[int, Decimal]) -> Decimal:
    """Read "three point five", "two hundred point zero three", "point 77 million".

    The words after "point" are digits, one word each ("zero three"), or a
    single number below a hundred ("point seventy-one"), or written digits;
    a scale word may close the number ("two point two million").
    """
    at = tokens.index(("word", "point"))
    head, tail = tokens[:at], tokens[at + 1 :]
    scale = 1
    if tail and tail[-1][0] == "word" and _SCALES.get(str(tail[-1][1]), 100) != 100:
        scale = _SCALES[str(tail[-1][1])]
        tail = tail[:-1]
    whole = Decimal(0)
    if head:
        head_values = {i: v for i, v in values.items() if i < at}
        whole = _WordParser(head, head_values).parse()
    if not tail:
        raise _Fail
    digits = ""
    if len(tail) == 1 and tail[0][0] == "num":
        reading = values[at + 1]
        if reading != reading.to_integral_value() or reading < 0:
            raise _Fail
        digits = format(reading.to_integral_value(), "f")
    elif all(kind == "word" and _SMALL.get(str(w), 10) < 10 for kind, w in tail):
        digits = "".join(str(_SMALL[str(w)]) for _, w in tail)
    else:
        parser = _WordParser(tail, {})
        small = parser.below_hundred()
        if small is None or parser.i != len(tail):
            raise _Fail
        digits = str(small)
    value = whole + Decimal("0." + digits)
    return _EXACT.multiply(value, Decimal(scale))


def _parse_words(text: str, locale: str) -> Decimal:
    """Parse number words with digits read in the locale; short texts are cached."""
    if len(text) <= _CACHED_WORDS:
        return _parse_words_cached(text, locale)
    return _parse_words_uncached(text, locale)


_CACHED_WORDS = 200  # longer strings are not kept alive by the cache


@lru_cache(maxsize=1 << 14)
def _parse_words_cached(text: str, locale: str) -> Decimal:
    """:func:`_parse_words` behind a cache (errors are not cached)."""
    return _parse_words_uncached(text, locale)


def _parse_words_uncached(text: str, locale: str) -> Decimal:
    """Parse number words with digits read in the locale."""
    tokens = _tokenize(text, locale)
    if not tokens:
        raise NumberFormatError(f"{text!r} is not a number", text=text, locale=locale)
    values: dict[int, Decimal] = {}
    malformed: list[int] = []
    for index, (kind, reading) in enumerate(tokens):
        if kind == "num":
            assert isinstance(reading, Reading)
            values[index] = reading.value
            if reading.malformed:
                malformed.append(index)
    if not malformed:
        try:
            if ("word", "point") in tokens:
                return _normalise(_point_decimal(tokens, values))
            return _normalise(_WordParser(tokens, values).parse())
        except _Fail:
            raise NumberFormatError(
                f"{text!r} is not one number", text=text, locale=locale
            ) from None
    suggestions: list[Decimal] = []
    if len(malformed) == 1:
        index = malformed[0]
        reading = tokens[index][1]
        assert isinstance(reading, Reading)
        for candidate in reading.suggestions:
            try:
                value = _normalise(_WordParser(tokens, {**values, index: candidate}).parse())
            except _Fail:
                continue
            if value not in suggestions:
                suggestions.append(value)
    raise NumberFormatError(
        f"{text!r} is not a well-formed number",
        text=text,
        suggestions=tuple(suggestions),
        locale=locale,
    )


def parse_words(text: str) -> Decimal:
    """Read English number words, possibly mixed with digits, as one number.

    Accepts spelled-out numbers (``"twenty-one"``, ``"one hundred and
    twenty"``, every output of num2words), scale words and suffixes after
    digits or words (``"3.7 million"``, ``"1.2bn"``, ``"a dozen"``),
    fractions (``"two and a half"``, ``"three-quarters"``, ``"2 1/2"``,
    ``"2½"``, ``"half a million"``, ``"three hundredths"``, ``"a
    twenty-first"``). Digits are read in English.

    Args:
        text: the words, e.g. ``"four and a half million"``.

    Returns:
        The exact value; integral values have no exponent.

    Raises:
        NumberFormatError: the words do not form one number (``"five six"``,
            ``"million"``, ``"and"``, an ordinal such as ``"twenty-first"``).

    Example:
        >>> parse_words("twenty-eight thousand six hundred forty-two")
        Decimal('28642')
        >>> parse_words("3.7 million")
        Decimal('3700000')
        >>> parse_words("two and a half")
        Decimal('2.5')
        >>> parse_words("a hundred thousand trillionths")
        Decimal('1E-7')
        >>> parse_words("one hundred and thirty fifths")
        Decimal('26')
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_words() expects str, got {type(text).__name__}")
    return _parse_words(text, "en")


def parse_number(text: str, *, locale: str = "en") -> Decimal:
    """Read one number written the way news writes numbers, exactly.

    Digits are read strictly in the locale's convention (through babel);
    scale words, number words and fractions are English. Surrounding
    whitespace is ignored; a leading ``+``, ``-``, ``−`` or ``minus`` sets
    the sign.

    Args:
        text: one number, e.g. ``"16,400"``, ``"3.7 million"``,
            ``"two and a half"``, ``"1.234,5"`` (with ``locale="de"``).
        locale: a babel locale name: ``"en"``, ``"en_US"``, ``"en-IN"``,
            ``"de_DE"``, ``"fr"``...

    Returns:
        The exact value. Digits keep the exponent they were written with
        (``"12.50"`` gives ``Decimal('12.50')``); values built with scale
        words or fractions are normalised (``Decimal('3700000')``).

    Raises:
        TypeError: text is not a str.
        UnknownLocaleError: babel does not know the locale.
        NumberFormatError: the text is not one well-formed number; its
            ``suggestions`` hold what the writer most likely meant.

    Example:
        >>> parse_number("16,400")
        Decimal('16400')
        >>> parse_number("1.234,5", locale="de")
        Decimal('1234.5')
        >>> parse_number("1.2bn")
        Decimal('1200000000')
        >>> parse_number("minus 40")
        Decimal('-40')
        >>> parse_number("12,50")
        Traceback (most recent call last):
        ...
        newsnum.errors.NumberFormatError: '12,50' is not a well-formed number...
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_number() expects str, got {type(text).__name__}")
    with localcontext(ARITHMETIC):
        return _parse_number(text, locale)


def _parse_number(text: str, locale: str) -> Decimal:
    _symbols(locale)
    body = text.strip()
    negative = False
    if body[:1] in _SIGNS:
        negative = _SIGNS[body[0]] < 0
        body = body[1:].lstrip()
    elif body[:6].lower() in ("minus ", "minus\u00a0"):
        negative = True
        body = body[6:].lstrip()
    if not body or body[:1] in _SIGNS:
        raise NumberFormatError(f"{text!r} is not a number", text=text, locale=locale)
    if body[0] in _EDGE_MARKS or body[-1] in _EDGE_MARKS:
        # ",5", "5,", "five-": a mark with nothing on one side is not part of a number
        raise NumberFormatError(
            f"{text!r} is not a number: it begins or ends with a mark", text=text, locale=locale
        )
    if _digit_patterns()[0].fullmatch(body):
        reading = read_digits(body, locale)
        if reading.malformed:
            suggestions = reading.suggestions
            if negative:
                suggestions = tuple(-s for s in suggestions)
            hint = " or ".join(str(s) for s in suggestions)
            raise NumberFormatError(
                f"{text!r} is not a well-formed number in {locale}; did you mean {hint}?",
                text=text,
                suggestions=suggestions,
                locale=locale,
            )
        value = reading.value
    else:
        try:
            value = _parse_words(body, locale)
        except NumberFormatError as err:
            suggestions = tuple(-s for s in err.suggestions) if negative else err.suggestions
            raise NumberFormatError(
                str(err).replace(repr(body), repr(text), 1),
                text=text,
                suggestions=suggestions,
                locale=locale,
            ) from None
    return -value if negative else value
