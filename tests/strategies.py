"""Shared Hypothesis strategies for newsnum tests (append new ones below)."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import assume
from hypothesis import strategies as st

#: Locales whose number formatting newsnum must read back exactly.
#: The Concepts page lists the same locales (a test checks).
LOCALES = (
    "en",
    "en_US",
    "en_GB",
    "en_IN",
    "en_ZA",
    "de_DE",
    "de_CH",
    "fr_FR",
    "fr_CH",
    "es_ES",
    "it_IT",
    "pt_BR",
    "nl_NL",
    "pl_PL",
    "ru_RU",
    "sv_SE",
)

#: Finite decimals with up to 12 integer digits and up to 3 fraction digits, either sign.
news_decimals = st.builds(
    lambda integer, fraction, places: Decimal(integer) + Decimal(fraction).scaleb(-places),
    st.integers(min_value=-(10**12) + 1, max_value=10**12 - 1),
    st.integers(min_value=0, max_value=999),
    st.integers(min_value=0, max_value=3),
).map(lambda d: d if d.adjusted() < 13 else Decimal(0))


def _group(digits: str) -> str:
    head = len(digits) % 3 or 3
    groups = [digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)]
    return ",".join(groups)


#: Integers written with correct English thousands grouping: "16,400", "1,234,567".
well_grouped_integers = st.integers(min_value=0, max_value=10**15).map(lambda n: _group(str(n)))

#: Correctly grouped English numerals, optionally with a decimal part: "1,234.50".
well_grouped_numerals = st.tuples(
    well_grouped_integers,
    st.one_of(st.just(""), st.from_regex(r"\.[0-9]{1,4}", fullmatch=True)),
).map("".join)


@st.composite
def misgrouped_numerals(draw: st.DrawFn) -> str:
    """English integers whose comma grouping is wrong: "12,50", "1,0000", "1234,567"."""
    digits = draw(st.from_regex(r"[1-9][0-9]{1,11}", fullmatch=True))
    cuts = draw(
        st.sets(st.integers(min_value=1, max_value=len(digits) - 1), min_size=1, max_size=4)
    )
    pieces = []
    start = 0
    for cut in sorted(cuts):
        pieces.append(digits[start:cut])
        start = cut
    pieces.append(digits[start:])
    text = ",".join(pieces)
    mark = draw(st.sampled_from([",", "."]))
    if mark == "." and len(cuts) > 1:
        text = text.replace(",", ".")
    assume(text != _group(digits))  # correct by accident
    return text


#: Words, marks and numbers that news text is made of, for texts that exercise the extractor.
NEWS_TOKENS = (
    "about",
    "more than",
    "at least",
    "up to",
    "between",
    "and",
    "to",
    "-",
    "–",
    "(",
    ")",
    "km",
    "kilometres",
    "miles",
    "mph",
    "%",
    "per cent",
    "$",
    "£",
    "€",
    "US$",
    "bn",
    "million",
    "thousand",
    "tens of thousands",
    "people",
    "tanks",
    "including",
    "of whom",
    ":",
    ",",
    ".",
    "one",
    "two",
    "twenty-one",
    "half",
    "a dozen",
    "minus",
    "-40C",
    "°F",
    "Feb 24",
    "2022",
    "11pm",
    "Covid-19",
    "F-16",
    "12,50",
    "1,0000",
    "3.500.000",
    "2 1/2",
    "½",
    "1,",
    "1.1.",
    "1/",
    "\n",
    "\u00a0",
    "\u202f",
    "\u2212",
    "x" * 30,
    "9" * 60,
)

#: Texts mixing news tokens with random numbers and arbitrary characters.
news_like_texts = st.lists(
    st.one_of(
        st.sampled_from(NEWS_TOKENS),
        st.integers(min_value=-(10**9), max_value=10**12).map(str),
        st.decimals(allow_nan=False, allow_infinity=False, places=2).map(str),
        st.text(max_size=6),
    ),
    max_size=30,
).map(" ".join)

#: (unit, other unit of the same dimension) pairs for conversion round trips.
UNIT_PAIRS = (
    ("kilometer", "mile"),
    ("mile", "kilometer"),
    ("kilometer ** 2", "mile ** 2"),
    ("kilogram", "pound"),
    ("liter", "gallon"),
    ("kilometer / hour", "mile / hour"),
    ("degree_Celsius", "degree_Fahrenheit"),
    ("hour", "minute"),
    ("metric_ton", "ton"),
)
