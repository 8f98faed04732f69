"""Tests for newsnum.numbers: parse_number and the helpers the extractor uses."""

from __future__ import annotations

import itertools
import pickle
from decimal import Decimal

import pytest
from babel import Locale
from babel.numbers import format_decimal, get_decimal_symbol, get_group_symbol
from hypothesis import given
from hypothesis import strategies as st
from num2words import num2words

from conftest import ROOT
from newsnum import numbers
from newsnum.errors import NewsnumError, NumberFormatError, UnknownLocaleError
from newsnum.numbers import (
    NUMBER_WORDS,
    Reading,
    group_marks,
    locale_marks,
    parse_number,
    parse_words,
    read_digits,
    scale_value,
)
from strategies import (
    LOCALES,
    misgrouped_numerals,
    news_decimals,
    well_grouped_numerals,
)

D = Decimal
NNBSP = "\u202f"
NBSP = "\u00a0"

# --- found in news --------------------------------------------------------------------------

FOUND_IN_NEWS = [
    pytest.param("16,400", D("16400"), id="16,400 people displaced"),
    pytest.param("2,000", D("2000"), id="2,000 km"),
    pytest.param("402,000", D("402000"), id="402,000 tonnes"),
    pytest.param("1,707", D("1707"), id="1,707 cases"),
    pytest.param("2000", D("2000"), id="ungrouped 2000"),
    pytest.param("16400", D("16400"), id="ungrouped 16400"),
    pytest.param("3.7", D("3.7"), id="3.7 per cent"),
    pytest.param("12.50", D("12.50"), id="keeps trailing zero 12.50"),
    pytest.param("1,234,567.89", D("1234567.89"), id="grouped with decimals"),
    pytest.param("  575  ", D("575"), id="surrounding whitespace"),
    pytest.param("+5", D("5"), id="plus sign"),
    pytest.param("-12", D("-12"), id="hyphen minus"),
    pytest.param("−40", D("-40"), id="unicode minus"),
    pytest.param("minus 40", D("-40"), id="word minus"),
    pytest.param("Minus 3.5", D("-3.5"), id="capital word minus"),
    pytest.param("3.7 million", D("3700000"), id="3.7 million people"),
    pytest.param("1.2bn", D("1200000000"), id="$1.2bn"),
    pytest.param("1.2 bn", D("1200000000"), id="1.2 bn spaced"),
    pytest.param("1.2BN", D("1200000000"), id="BN upper"),
    pytest.param("1.5 trillion", D("1500000000000"), id="1.5 trillion"),
    pytest.param("300k", D("300000"), id="300k"),
    pytest.param("300K", D("300000"), id="300K"),
    pytest.param("3mn", D("3000000"), id="3mn"),
    pytest.param("4.5 mln", D("4500000"), id="4.5 mln"),
    pytest.param("2 bln", D("2000000000"), id="2 bln"),
    pytest.param("1.1tn", D("1100000000000"), id="1.1tn"),
    pytest.param("3 trn", D("3000000000000"), id="3 trn"),
    pytest.param("a million", D("1000000"), id="a million"),
    pytest.param("1,500 million", D("1500000000"), id="1,500 million"),
    pytest.param("4 thousand", D("4000"), id="4 thousand"),
    pytest.param("2 crore", D("20000000"), id="2 crore"),
    pytest.param("5 lakh", D("500000"), id="5 lakh"),
    pytest.param("two crore fifty lakh", D("25000000"), id="two crore fifty lakh"),
    pytest.param("-3.7 million", D("-3700000"), id="negative scaled"),
]


@pytest.mark.parametrize(("text", "expected"), FOUND_IN_NEWS)
def test_found_in_news(text: str, expected: Decimal) -> None:
    assert parse_number(text) == expected


def test_digits_keep_exponent_as_written() -> None:
    assert parse_number("12.50").as_tuple() == D("12.50").as_tuple()


@pytest.mark.parametrize(
    "text", ["3.7 million", "1.5 trillion", "1.2bn", "2.5 thousand", "four and a half million"]
)
def test_scaled_integral_values_have_no_exponent(text: str) -> None:
    assert parse_number(text).as_tuple().exponent == 0


# --- errors with suggestions ------------------------------------------------------------------

MALFORMED = [
    pytest.param(
        "12,50", "en", (D("1250"), D("12.50"), D("12500")), id="en 12,50 grouping slip first"
    ),
    pytest.param("1,0000", "en", (D("10000"), D("1.0000")), id="en 1,0000"),
    pytest.param("3.500.000", "en", (D("3500000"),), id="en 3.500.000 repeated dots"),
    pytest.param("1,23,456", "en", (D("123456"),), id="en Indian grouping"),
    pytest.param("1234,567", "en", (D("1234567"), D("1234.567")), id="en first group too long"),
    pytest.param("1.234,5", "en", (D("1234.5"), D("12345")), id="en German-style number"),
    pytest.param("1,234.5", "de", (D("1234.5"), D("12345")), id="de English-style number"),
    pytest.param("12.50", "de", (D("1250"), D("12.50"), D("12500")), id="de 12.50 same rule as en"),
    pytest.param("1,0,000", "en_IN", (D("10000"),), id="en_IN one-digit group"),
    pytest.param("10,0000", "en_IN", (D("100000"), D("10.0000")), id="en_IN four-digit group"),
    pytest.param("-12,50", "en", (D("-1250"), D("-12.50"), D("-12500")), id="negative malformed"),
    pytest.param("6.709.93", "en", (D("6709.93"), D("670993")), id="dots then decimals"),
    pytest.param("1 000", "en", (D("1000"),), id="en space grouping"),
    pytest.param(
        "12,50 million",
        "en",
        (D("1250000000"), D("12500000"), D("12500000000")),
        id="malformed scaled",
    ),
]


@pytest.mark.parametrize(("text", "locale", "suggestions"), MALFORMED)
def test_malformed_raises_with_suggestions(
    text: str, locale: str, suggestions: tuple[Decimal, ...]
) -> None:
    with pytest.raises(NumberFormatError) as info:
        parse_number(text, locale=locale)
    assert info.value.suggestions == suggestions
    assert [s.as_tuple() for s in info.value.suggestions] == [s.as_tuple() for s in suggestions]
    assert info.value.text == text
    assert info.value.locale == locale


NOT_A_NUMBER = [
    pytest.param("abc", id="letters"),
    pytest.param("", id="empty"),
    pytest.param("   ", id="whitespace only"),
    pytest.param("-", id="sign only"),
    pytest.param("minus", id="word minus only"),
    pytest.param("--5", id="double sign"),
    pytest.param("2.5m", id="bare m is not million"),
    pytest.param("2.5 m", id="spaced m is not million"),
    pytest.param("five six", id="five six"),
    pytest.param("million", id="scale alone"),
    pytest.param("and", id="and alone"),
    pytest.param("a", id="a alone"),
    pytest.param("nineteen ninety", id="year-like words"),
    pytest.param("one thousand two thousand", id="repeated scale"),
    pytest.param("thousand million", id="scale after scale"),
    pytest.param("twenty ten", id="tens then teen"),
    pytest.param("the fifth", id="ordinal"),
    pytest.param("fifth", id="bare ordinal"),
    pytest.param("1/0", id="zero denominator"),
    pytest.param("1e5", id="exponent notation"),
    pytest.param("NaN", id="nan"),
    pytest.param("Infinity", id="infinity"),
    pytest.param("12%", id="percent sign"),
    pytest.param("$5", id="currency symbol"),
    pytest.param("two dozen three", id="nothing after dozen"),
]


@pytest.mark.parametrize("text", NOT_A_NUMBER)
def test_not_a_number_raises_without_suggestions(text: str) -> None:
    with pytest.raises(NumberFormatError) as info:
        parse_number(text)
    assert info.value.suggestions == ()
    assert info.value.text == text


def test_number_format_error_is_value_error_and_newsnum_error() -> None:
    with pytest.raises(ValueError, match="12,50"):
        parse_number("12,50")
    with pytest.raises(NewsnumError):
        parse_number("12,50")


def test_number_format_error_pickles() -> None:
    with pytest.raises(NumberFormatError) as info:
        parse_number("12,50", locale="en_GB")
    clone = pickle.loads(pickle.dumps(info.value))
    assert type(clone) is NumberFormatError
    assert str(clone) == str(info.value)
    assert (clone.text, clone.suggestions, clone.locale) == (
        "12,50",
        (D("1250"), D("12.50"), D("12500")),
        "en_GB",
    )


@given(st.text(max_size=20), st.lists(news_decimals, max_size=3), st.sampled_from(LOCALES))
def test_number_format_error_pickle_round_trip(
    text: str, suggestions: list[Decimal], locale: str
) -> None:
    err = NumberFormatError("bad", text=text, suggestions=tuple(suggestions), locale=locale)
    clone = pickle.loads(pickle.dumps(err))
    assert (clone.text, clone.suggestions, clone.locale, str(clone)) == (
        text,
        tuple(suggestions),
        locale,
        "bad",
    )


@pytest.mark.parametrize(
    ("value", "name"),
    [
        pytest.param(2000, "int", id="int"),
        pytest.param(3.7, "float", id="float"),
        pytest.param(None, "NoneType", id="None"),
        pytest.param(D("1"), "Decimal", id="Decimal"),
        pytest.param(b"12", "bytes", id="bytes"),
    ],
)
def test_non_str_raises_type_error(value: object, name: str) -> None:
    with pytest.raises(TypeError, match=f"parse_number\\(\\) expects str, got {name}"):
        parse_number(value)  # type: ignore[arg-type]


@pytest.mark.parametrize("locale", ["xx_YY", "klingon", "", "en_XX_YY_ZZ"])
def test_unknown_locale(locale: str) -> None:
    with pytest.raises(UnknownLocaleError) as info:
        parse_number("12", locale=locale)
    assert info.value.locale == locale
    assert isinstance(info.value, ValueError)
    assert repr(locale) in str(info.value)


def test_unknown_locale_checked_before_text() -> None:
    with pytest.raises(UnknownLocaleError):
        parse_number("abc", locale="xx_YY")


# --- locales ----------------------------------------------------------------------------------
# Where a test checks babel's data (which marks and grouping a locale uses), its expectation is
# built from babel; literal cases are kept only for newsnum's own rules.


def _marks(locale: str) -> tuple[str, str]:
    return get_group_symbol(locale), get_decimal_symbol(locale)


@pytest.mark.parametrize("locale", LOCALES)
def test_locale_marks_come_from_babel(locale: str) -> None:
    group, decimal = _marks(locale)
    assert locale_marks(locale) == (group, decimal)
    assert parse_number(f"1{group}234{decimal}5", locale=locale) == D("1234.5")
    assert parse_number(f"-12{group}345{group}678", locale=locale) == D("-12345678")
    assert parse_number(f"3{decimal}7 million", locale=locale) == D("3700000")


@pytest.mark.parametrize("locale", sorted(numbers._DEFAULT_SYMBOLS))
def test_the_default_locale_symbols_are_babels(locale: str) -> None:
    # "en" is read without loading babel's locale data: its symbols and grouping, kept in
    # numbers._DEFAULT_SYMBOLS, must be what babel's data gives for it.
    assert numbers._resolve(locale) == numbers._from_babel(locale)


@pytest.mark.parametrize("locale", LOCALES)
def test_every_variant_of_the_group_mark(locale: str) -> None:
    # Writers and CLDR releases use either apostrophe, and any kind of space.
    group, decimal = _marks(locale)
    for variant in sorted(group_marks(group)):
        assert parse_number(f"1{variant}234{variant}567{decimal}5", locale=locale) == D("1234567.5")


OWN_RULES = [
    pytest.param("1’234.5", "de_CH", D("1234.5"), id="de_CH right quote"),
    pytest.param("1'234.5", "de_CH", D("1234.5"), id="de_CH ascii apostrophe"),
    pytest.param("1’234’567", "it_CH", D("1234567"), id="it_CH right quote"),
    pytest.param("1'234'567", "it_CH", D("1234567"), id="it_CH ascii apostrophe"),
    pytest.param(f"1{NNBSP}234,5", "fr", D("1234.5"), id="fr narrow nbsp"),
    pytest.param(f"1{NBSP}234,5", "fr_FR", D("1234.5"), id="fr nbsp"),
    pytest.param("1 234,5", "fr_FR", D("1234.5"), id="fr plain space"),
    pytest.param(f"1{NNBSP}234{NNBSP}567", "ru_RU", D("1234567"), id="ru narrow nbsp"),
    pytest.param("1,00,000", "en_IN", D("100000"), id="en_IN lakh grouping"),
    pytest.param("100,000", "en_IN", D("100000"), id="en_IN thousands grouping"),
    pytest.param("12,34,56,789", "en_IN", D("123456789"), id="en_IN crore grouping"),
    pytest.param("123,456,789", "en_IN", D("123456789"), id="en_IN western millions"),
    pytest.param("16,400", "en-US", D("16400"), id="en-US hyphen"),
    pytest.param("1,5 million", "de", D("1500000"), id="de digits with English scale"),
    pytest.param(f"2{NNBSP}000 million", "fr", D("2000000000"), id="fr grouped scale"),
]


@pytest.mark.parametrize(("text", "locale", "expected"), OWN_RULES)
def test_locales(text: str, locale: str, expected: Decimal) -> None:
    assert parse_number(text, locale=locale) == expected


def _babel_writes(d: Decimal, locale: str, pattern: str | None = None) -> str:
    """What babel writes for ``d`` in ``locale``, with the locale's pattern or ``pattern``.

    Babel 2.19 removes pairs of ASCII apostrophes from what it formats, as if they quoted
    literal text in the pattern: in de_CH it writes 1234567 as "1234567" and 10**9 as
    "1000000'000". Where the installed babel does that, the digits are grouped by babel
    with English marks and the locale's marks are put in after.
    """
    group, decimal = _marks(locale)
    text = format_decimal(d, format=pattern, locale=locale)
    if "'" not in group or format_decimal(1234567, locale=locale).count("'") == 2:
        return text
    english = format_decimal(d, format=pattern or _pattern(locale), locale="en")
    return english.translate({ord(","): group, ord("."): decimal})


def _pattern(locale: str) -> str:
    return str(Locale.parse(locale).decimal_formats[None].pattern)


@given(news_decimals, st.sampled_from(LOCALES))
def test_babel_formatted_decimals_round_trip(d: Decimal, locale: str) -> None:
    # The locale's own standard pattern ("#,##,##0.###" in en_IN).
    assert parse_number(_babel_writes(d, locale), locale=locale) == d


@given(news_decimals, st.sampled_from(LOCALES))
def test_babel_explicit_pattern_round_trip(d: Decimal, locale: str) -> None:
    assert parse_number(_babel_writes(d, locale, "#,##0.###"), locale=locale) == d


def test_swiss_grouping_as_babel_writes_it() -> None:
    # The case that broke when babel 2.19 changed the Swiss mark from "’" to "'".
    written = _babel_writes(Decimal("1234567.5"), "de_CH")
    assert written.count(get_group_symbol("de_CH")) == 2
    assert parse_number(written, locale="de_CH") == Decimal("1234567.5")


def test_documented_locales_are_the_tested_ones() -> None:
    page = (ROOT / "docs" / "concepts.rst").read_text(encoding="utf-8")
    listed = page.split(".. tested-locales:", 1)[1].split("\n\n", 2)[1]
    assert tuple(listed.replace("``", "").replace(",", " ").split()) == LOCALES


# --- digits: well-grouped and mis-grouped, judged by babel's own formatting --------------------


@given(well_grouped_numerals)
def test_well_grouped_english_parses(text: str) -> None:
    assert parse_number(text) == D(text.replace(",", ""))


@given(misgrouped_numerals())
def test_misgrouped_english_raises_with_suggestions(text: str) -> None:
    with pytest.raises(NumberFormatError) as info:
        parse_number(text)
    assert info.value.suggestions
    integer = D(text.replace(",", "").replace(".", ""))
    mark = "." if "." in text else ","
    # the integer first, but for mixed marks, or a repeated mark before a short last group
    # ("6.709.93" reads first as 6709.93)
    repeated = text.count(mark) > 1 and len(text.rsplit(mark, 1)[1]) < 3
    assert info.value.suggestions[0] == integer or ("," in text and "." in text) or repeated


@st.composite
def _grouped_in_some_way(draw: st.DrawFn) -> tuple[str, str, int, str]:
    """Digits cut into groups at random places, in a locale's marks, maybe with decimals."""
    locale = draw(st.sampled_from(LOCALES))
    digits = draw(st.from_regex(r"[1-9][0-9]{1,10}", fullmatch=True))
    cuts = draw(st.sets(st.integers(1, len(digits) - 1), max_size=4))
    edges = [0, *sorted(cuts), len(digits)]
    group, decimal = _marks(locale)
    token = group.join(digits[a:b] for a, b in itertools.pairwise(edges))
    fraction = draw(st.one_of(st.just(""), st.from_regex(r"[0-9]{1,3}", fullmatch=True)))
    if fraction:
        token += decimal + fraction
    return locale, token, int(digits), fraction


@given(_grouped_in_some_way())
def test_grouping_is_valid_exactly_when_babel_writes_it(case: tuple[str, str, int, str]) -> None:
    # Valid: the integer part is what babel writes with the locale's pattern or with
    # thousands grouping (which Indian English also prints); anything else is malformed.
    # Babel writes with English marks here and the locale's group mark is put in after:
    # babel 2.19 drops ASCII apostrophes from what it formats ("1'234'567" as "1234567").
    locale, token, integer, fraction = case
    group, decimal = _marks(locale)
    written = {str(integer)} | {
        format_decimal(integer, form, locale="en").replace(",", group)
        for form in (_pattern(locale), "#,##0")
    }
    reading = read_digits(token, locale)
    assert reading.malformed == (token.split(decimal)[0] not in written)
    if not reading.malformed:
        assert reading.value == D(f"{integer}.{fraction}" if fraction else str(integer))
    else:
        assert reading.suggestions
        assert reading.value == reading.suggestions[0]


# --- read_digits -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("token", "locale", "expected"),
    [
        pytest.param("16,400", "en", Reading(D("16400")), id="en well formed"),
        pytest.param("-2.5", "en", Reading(D("-2.5")), id="en signed"),
        pytest.param(
            "12,50",
            "en",
            Reading(D("1250"), malformed=True, suggestions=(D("1250"), D("12.50"), D("12500"))),
            id="en 12,50",
        ),
        pytest.param(
            "3.500.000",
            "en",
            Reading(D("3500000"), malformed=True, suggestions=(D("3500000"),)),
            id="en 3.500.000",
        ),
        pytest.param("3.500.000", "de", Reading(D("3500000")), id="de 3.500.000"),
        pytest.param(f"1{NNBSP}000", "fr", Reading(D("1000")), id="fr 1 000"),
        pytest.param(
            "1,,000",
            "en",
            Reading(D("1000"), malformed=True, suggestions=(D("1000"),)),
            id="en 1,,000",
        ),
        pytest.param(
            "43..7",
            "en",
            Reading(D("43.7"), malformed=True, suggestions=(D("43.7"),)),
            id="en 43..7",
        ),
    ],
)
def test_read_digits(token: str, locale: str, expected: Reading) -> None:
    assert read_digits(token, locale) == expected


@pytest.mark.parametrize("token", ["", "abc", "1e5", "12.", ",5", "1,,,000", "½", "-"])
def test_read_digits_rejects_non_digits(token: str) -> None:
    with pytest.raises(NumberFormatError):
        read_digits(token)


def test_read_digits_unknown_locale() -> None:
    with pytest.raises(UnknownLocaleError):
        read_digits("12", "xx_YY")


def test_reading_is_frozen() -> None:
    reading = read_digits("12")
    with pytest.raises(AttributeError):
        reading.value = D(3)  # type: ignore[misc]


# --- number words ------------------------------------------------------------------------------

WORDS = [
    pytest.param("nine", D("9"), id="nine"),
    pytest.param("Twenty-one", D("21"), id="Twenty-one"),
    pytest.param("twenty one", D("21"), id="twenty one"),
    pytest.param("one hundred and twenty", D("120"), id="one hundred and twenty"),
    pytest.param("a hundred and twenty", D("120"), id="a hundred and twenty"),
    pytest.param("twenty-eight thousand six hundred forty-two", D("28642"), id="US style, no and"),
    pytest.param("a dozen", D("12"), id="a dozen"),
    pytest.param("two dozen", D("24"), id="two dozen"),
    pytest.param("half a dozen", D("6"), id="half a dozen"),
    pytest.param("a hundred", D("100"), id="a hundred"),
    pytest.param("zero", D("0"), id="zero"),
    pytest.param("nought", D("0"), id="nought"),
    pytest.param("one million two hundred thousand", D("1200000"), id="million then thousands"),
    pytest.param("one thousand and five", D("1005"), id="British and"),
    pytest.param("twelve hundred", D("1200"), id="twelve hundred"),
    pytest.param("one trillion", D("1000000000000"), id="one trillion"),
    pytest.param("a thousand", D("1000"), id="a thousand"),
    pytest.param("four and a half million", D("4500000"), id="four and a half million"),
    pytest.param("half a million", D("500000"), id="half a million"),
    pytest.param("a half million", D("500000"), id="a half million"),
    pytest.param("a million and a half", D("1500000"), id="a million and a half"),
    pytest.param("1.5 million", D("1500000"), id="digits and word"),
    pytest.param("3 hundred", D("300"), id="digits hundred"),
    pytest.param("Three Million", D("3000000"), id="title case"),
]


@pytest.mark.parametrize(("text", "expected"), WORDS)
def test_words(text: str, expected: Decimal) -> None:
    assert parse_number(text) == expected
    assert parse_words(text) == expected


@given(st.integers(min_value=0, max_value=10**12))
def test_num2words_round_trip(n: int) -> None:
    assert parse_number(num2words(n)) == n


@pytest.mark.parametrize(
    "n", [0, 100, 101, 1001, 1100, 10**6 + 1, 999_999_999_999, 10**12], ids=str
)
def test_num2words_edges(n: int) -> None:
    assert parse_words(num2words(n)) == n


@pytest.mark.parametrize(
    "text", ["five six", "million", "and", "a", "half a", "one and", "k", "a and b"]
)
def test_parse_words_rejects(text: str) -> None:
    with pytest.raises(NumberFormatError):
        parse_words(text)


def test_parse_words_type_error() -> None:
    with pytest.raises(TypeError, match="got int"):
        parse_words(5)  # type: ignore[arg-type]


# --- fractions ---------------------------------------------------------------------------------

THIRD = D(1) / D(3)

FRACTIONS = [
    pytest.param("2 1/2", D("2.5"), id="2 1/2"),
    pytest.param("1/2", D("0.5"), id="1/2"),
    pytest.param("3/4", D("0.75"), id="3/4"),
    pytest.param("½", D("0.5"), id="vulgar half"),
    pytest.param("¼", D("0.25"), id="vulgar quarter"),
    pytest.param("¾", D("0.75"), id="vulgar three quarters"),
    pytest.param("⅛", D("0.125"), id="vulgar eighth"),
    pytest.param("⅓", THIRD, id="vulgar third (28 digits)"),
    pytest.param("⅔", D(2) / D(3), id="vulgar two thirds"),
    pytest.param("2½", D("2.5"), id="2½ attached"),
    pytest.param("2 ½", D("2.5"), id="2 ½ spaced"),
    pytest.param("half", D("0.5"), id="half"),
    pytest.param("a half", D("0.5"), id="a half"),
    pytest.param("one half", D("0.5"), id="one half"),
    pytest.param("a quarter", D("0.25"), id="a quarter"),
    pytest.param("three-quarters", D("0.75"), id="three-quarters"),
    pytest.param("three quarters", D("0.75"), id="three quarters"),
    pytest.param("one third", THIRD, id="one third"),
    pytest.param("a third", THIRD, id="a third"),
    pytest.param("two thirds", D(2) / D(3), id="two thirds"),
    pytest.param("two and a half", D("2.5"), id="two and a half"),
    pytest.param("one and three quarters", D("1.75"), id="one and three quarters"),
    pytest.param("seven eighths", D("0.875"), id="seven eighths"),
    pytest.param("2½ million", D("2500000"), id="2½ million"),
]


@pytest.mark.parametrize(("text", "expected"), FRACTIONS)
def test_fractions(text: str, expected: Decimal) -> None:
    assert parse_number(text) == expected


# --- scale words and NUMBER_WORDS --------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        pytest.param("million", D(10**6), id="million"),
        pytest.param("MILLION", D(10**6), id="MILLION"),
        pytest.param("mn", D(10**6), id="mn"),
        pytest.param("mln", D(10**6), id="mln"),
        pytest.param("bn", D(10**9), id="bn"),
        pytest.param("bln", D(10**9), id="bln"),
        pytest.param("billion", D(10**9), id="billion"),
        pytest.param("tn", D(10**12), id="tn"),
        pytest.param("trn", D(10**12), id="trn"),
        pytest.param("trillion", D(10**12), id="trillion"),
        pytest.param("thousand", D(1000), id="thousand"),
        pytest.param("k", D(1000), id="k"),
        pytest.param("K", D(1000), id="K"),
        pytest.param("lakh", D(10**5), id="lakh"),
        pytest.param("crore", D(10**7), id="crore"),
        pytest.param("hundred", D(100), id="hundred"),
        pytest.param("dozen", D(12), id="dozen"),
        pytest.param("m", None, id="m is metres too"),
        pytest.param("M", None, id="M"),
        pytest.param("b", None, id="b"),
        pytest.param("millions", Decimal(10**6), id="plural after a multiplier"),
        pytest.param("", None, id="empty"),
    ],
)
def test_scale_value(word: str, expected: Decimal | None) -> None:
    assert scale_value(word) == expected


def test_number_words_cover_the_grammar() -> None:
    must = {"zero", "nineteen", "ninety", "hundred", "thousand", "million", "a", "and", "half"}
    must |= {"quarter", "quarters", "third", "thirds", "dozen", "lakh", "crore"}
    assert must <= NUMBER_WORDS
    assert all(word == word.lower() for word in NUMBER_WORDS)
    assert not {"m", "minus", "the"} & NUMBER_WORDS
    assert "point" in NUMBER_WORDS  # "three point five"


@given(st.integers(min_value=0, max_value=10**12))
def test_num2words_output_uses_only_number_words(n: int) -> None:
    words = num2words(n).replace(",", " ").replace("-", " ").split()
    assert set(words) <= NUMBER_WORDS


# --- ordinal denominators -----------------------------------------------------------------------

ORDINAL_FRACTIONS = [
    pytest.param("a hundredth", D("0.01"), id="a hundredth"),
    pytest.param("one hundredth", D("0.01"), id="one hundredth"),
    pytest.param("three hundredths", D("0.03"), id="three hundredths"),
    pytest.param("2 hundredths", D("0.02"), id="digits over hundredths"),
    pytest.param("a thousandth", D("0.001"), id="a thousandth"),
    pytest.param("five thousandths", D("0.005"), id="five thousandths"),
    pytest.param("a millionth", D("0.000001"), id="a millionth"),
    pytest.param("a billionth", D("1e-9"), id="a billionth"),
    pytest.param("a trillionth", D("1e-12"), id="a trillionth"),
    pytest.param("a hundred trillionths", D("1e-10"), id="a hundred trillionths"),
    pytest.param("a hundred thousand trillionths", D("1e-7"), id="hundred thousand trillionths"),
    pytest.param("a thousand millionths", D("0.001"), id="a thousand millionths"),
    pytest.param("a twentieth", D("0.05"), id="a twentieth"),
    pytest.param("two thirtieths", D(2) / D(30), id="two thirtieths"),
    pytest.param("nineteen twentieths", D("0.95"), id="nineteen twentieths"),
    pytest.param("three nineteenths", D(3) / D(19), id="three nineteenths"),
    pytest.param("an eleventh", D(1) / D(11), id="an eleventh"),
    pytest.param("five twelfths", D(5) / D(12), id="five twelfths"),
    pytest.param("one ninetieth", D(1) / D(90), id="one ninetieth"),
    pytest.param("a fifth", D("0.2"), id="a fifth still works"),
    pytest.param("three-quarter", D("0.75"), id="small singular kept: three-quarter"),
]


@pytest.mark.parametrize(("text", "expected"), ORDINAL_FRACTIONS)
def test_ordinal_fractions(text: str, expected: Decimal) -> None:
    assert parse_number(text) == expected
    assert parse_words(text) == expected


COMPOUND_ORDINAL_FRACTIONS = [
    pytest.param("a twenty-first", D(1) / D(21), id="a twenty-first"),
    pytest.param("one twenty-fifth", D("0.04"), id="one twenty-fifth"),
    pytest.param("three twenty-firsts", D(3) / D(21), id="three twenty-firsts"),
    pytest.param("three twenty firsts", D(3) / D(21), id="three twenty firsts, no hyphen"),
    pytest.param("twenty twenty fifths", D("0.8"), id="twenty twenty fifths"),
    pytest.param("twenty fifths", D(4), id="twenty fifths alone is 20/5"),
    pytest.param("one hundred thirty fifths", D(100) / D(35), id="hundred over thirty-fifths"),
    pytest.param("one hundred thirty-fifths", D(100) / D(35), id="hundred over thirty-fifths hy"),
    pytest.param("minus one hundred thirty fifths", -(D(100) / D(35)), id="minus 100/35"),
    pytest.param("one thousand twenty fifths", D(40), id="thousand over twenty-fifths"),
    # "and" before the tens word, or a unit after it, puts it in the numerator
    pytest.param("one hundred and thirty fifths", D(26), id="and: 130 fifths"),
    pytest.param("one thousand and twenty fifths", D(204), id="and: 1020 fifths"),
    pytest.param("one hundred thirty two fifths", D("26.4"), id="132 fifths"),
    pytest.param("one hundred thirty-two fifths", D("26.4"), id="132 fifths hyphen"),
    pytest.param("one hundred and thirty-two fifths", D("26.4"), id="132 fifths with and"),
    pytest.param("ninety - five hundred fifths", D(1900), id="9500 fifths"),
    pytest.param("ninety - five hundred-fifths", D(1900), id="9500 hyphen fifths"),
    pytest.param(
        "one million two thousand two hundred three fifths",
        D("200440.6"),
        id="whole number over fifths",
    ),
]


@pytest.mark.parametrize(("text", "expected"), COMPOUND_ORDINAL_FRACTIONS)
def test_compound_ordinal_fractions(text: str, expected: Decimal) -> None:
    assert parse_number(text) == expected


SCALED_AND_MIXED_FRACTIONS = [
    pytest.param("one hundred and three quarters", D("100.75"), id="hundred and three quarters"),
    pytest.param("one hundred and three fifths", D("100.6"), id="hundred and three fifths"),
    pytest.param("one hundred and a half", D("100.5"), id="hundred and a half"),
    pytest.param(
        "two hundred thirty two and a thirtieth",
        # 1/30 to 28 digits, then added exactly
        D("232.03333333333333333333333333333"),
        id="232 and a thirtieth",
    ),
    pytest.param("3 million and a half", D(3500000), id="3 million and a half"),
    pytest.param("one billion and a half million", D(1000500000), id="billion and half million"),
    pytest.param(
        "one billion and a quarter million", D(1000250000), id="billion and quarter million"
    ),
    pytest.param(
        "one billion and three quarters million",
        D(1000750000),
        id="billion and three quarters million",
    ),
    pytest.param("quarter million", D(250000), id="quarter million"),
    pytest.param("a quarter million", D(250000), id="a quarter million"),
    pytest.param("a quarter of a million", D(250000), id="a quarter of a million"),
    pytest.param("half of a million", D(500000), id="half of a million"),
    pytest.param("two thirds of a million", D(2) / D(3) * 10**6, id="two thirds of a million"),
    pytest.param("three lakh crore", D(3 * 10**12), id="three lakh crore"),
    pytest.param("ten thousand crore", D(10**11), id="ten thousand crore"),
]


@pytest.mark.parametrize(("text", "expected"), SCALED_AND_MIXED_FRACTIONS)
def test_scaled_and_mixed_fractions(text: str, expected: Decimal) -> None:
    assert parse_number(text) == expected


ORDINALS_ALONE = [
    pytest.param("first", id="first"),
    pytest.param("fifth", id="fifth"),
    pytest.param("the fifth", id="the fifth"),
    pytest.param("twenty-first", id="twenty-first"),
    pytest.param("twenty first", id="twenty first"),
    pytest.param("twenty-fifth", id="twenty-fifth"),
    pytest.param("hundredth", id="hundredth"),
    pytest.param("thousandths", id="thousandths"),
    pytest.param("twentieth", id="twentieth"),
    pytest.param("a first", id="a first"),
    pytest.param("quarter", id="quarter of a year"),
    # a numerator other than one takes a plural: these are ordinals
    pytest.param("three hundredth", id="three hundredth"),
    pytest.param("one hundred fifth", id="one hundred fifth"),
    pytest.param("one hundred and fifth", id="one hundred and fifth"),
    pytest.param("nineteen twentieth", id="nineteen twentieth"),
    # "seconds" are a duration, never a denominator
    pytest.param("one hundred twenty seconds", id="twenty seconds"),
    pytest.param("three fifths fifths", id="two denominators"),
    pytest.param("one of a million", id="of after a whole number"),
]


@pytest.mark.parametrize("text", ORDINALS_ALONE)
def test_ordinals_alone_are_not_numbers(text: str) -> None:
    with pytest.raises(NumberFormatError):
        parse_words(text)


@pytest.mark.parametrize("text", ["the twenty-first century", "first", "fifth", "hundredth"])
def test_ordinals_alone_raise_in_parse_number(text: str) -> None:
    with pytest.raises(NumberFormatError) as info:
        parse_number(text)
    assert info.value.suggestions == ()


_ORDINAL_DENOMINATORS = [d for d in range(3, 100) if d % 10 != 2]  # "second": a duration


@given(st.sampled_from(_ORDINAL_DENOMINATORS), st.integers(min_value=2, max_value=9))
def test_num2words_ordinals_as_denominators(d: int, k: int) -> None:
    ordinal = num2words(d, to="ordinal")
    assert parse_words(f"one {ordinal}") == D(1) / D(d)
    assert parse_words(f"a {ordinal}") == D(1) / D(d)
    assert parse_words(f"{num2words(k)} {ordinal}s") == D(k) / D(d)
    if d > 10:  # a lone ordinal is not a number
        with pytest.raises(NumberFormatError):
            parse_words(ordinal)


@pytest.mark.parametrize("word", ["hundredths", "twentieth", "first", "firsts", "of"])
def test_number_words_include_denominators(word: str) -> None:
    assert word in NUMBER_WORDS
    assert "second" not in NUMBER_WORDS


@pytest.mark.parametrize("text", [",5", "5,", ", 5", "five-", "-,5", "5."])
def test_a_mark_at_either_edge_is_not_a_number(text: str) -> None:
    with pytest.raises(NumberFormatError):
        parse_number(text, locale="de" if text == ",5" else "en")


def test_point_with_thousands_of_digits_is_read_not_a_crash() -> None:
    # past the digit limit of int(); the value is rounded to newsnum's precision
    assert 0 < parse_number("point " + "9" * 5000) <= 1
