"""Numbers that are not quantities: dates, times, ordinals, codes, names, phones, scores.

Each rule is a small function of a number's :class:`~newsnum.window.Window` that says
whether the number is part of something that is not a quantity, with an example in its
docstring. :data:`EXCLUSIONS` lists them in the order they are tried; the first that says
yes drops the number. To add one: write the function, add it to the table, and add a row
to the table of cases in ``tests/test_extract.py``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, lru_cache
from typing import NamedTuple

from newsnum import units
from newsnum._data import words as _words
from newsnum._regex import alternation
from newsnum.scan import Num
from newsnum.window import (
    BEFORE_WORDS,
    Window,
    age_bracket_before,
    alone,
    at_sentence_start,
    currency_before,
    lower_word_after,
    phrase_before,
    plural_head_after,
    plural_or_mass,
    read_on,
    unit_at,
    word_ending_at,
    words_before,
)

__all__ = [
    "EXCLUSIONS",
    "JOINED",
    "excluded",
    "is_calendar_year",
    "is_year_like",
    "joined",
    "link_around",
    "month_after",
]


class _Patterns(NamedTuple):
    month_after: re.Pattern[str]
    days_after: re.Pattern[str]
    ordinal_or_time: re.Pattern[str]
    code_after: re.Pattern[str]
    chain: re.Pattern[str]
    phone: re.Pattern[str]
    address_after: re.Pattern[str]
    screen_after: re.Pattern[str]
    in_a_row: re.Pattern[str]
    zero_hours: re.Pattern[str]
    ordinal_word_after: re.Pattern[str]
    pair: re.Pattern[str]
    set_before: re.Pattern[str]
    pair_join: re.Pattern[str]
    result_before: re.Pattern[str]
    result_after: re.Pattern[str]
    era_after: re.Pattern[str]
    stage_end: re.Pattern[str]
    leading_zero: re.Pattern[str]
    hyphen_word: re.Pattern[str]
    version: re.Pattern[str]
    name_list: re.Pattern[str]
    acronym_plural: re.Pattern[str]
    odds_moved: re.Pattern[str]
    lead_after: re.Pattern[str]
    to_number: re.Pattern[str]
    title_word: re.Pattern[str]
    part_after: re.Pattern[str]


@cache
def _patterns() -> _Patterns:
    """Compile (once) the patterns of the rules, from the word tables."""
    months = alternation(tuple(m for m in _words.MONTHS if not m.endswith(".")))
    return _Patterns(
        month_after=re.compile(rf"(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{months})\b"),
        days_after=re.compile(
            r"(?:[ \t]*[-–][ \t]*|[ \t]+(?:to|and|or)[ \t]+)[0-9]{1,2}(?:st|nd|rd|th)?"
            rf"\s+(?:of\s+)?(?:{months})\b"
        ),
        ordinal_or_time=re.compile(
            r"(?:st|nd|rd|th)\b"
            rf"|\s?(?:[ap]\.m\.|[ap]m\b|o'clock\b|(?:{alternation(_words.TIME_ZONES)})\b)",
            re.IGNORECASE,
        ),
        code_after=re.compile(r"/[0-9]|-[0-9]+-[0-9]"),
        chain=re.compile(r"[0-9]+(?:[-/][0-9]+){2,}"),
        phone=re.compile(
            r"(?<![0-9])0[0-9]{2,4}(?:[ -][0-9]{3,6}){1,3}(?![0-9])"
            r"|\+[0-9]{1,3}(?:[ -][0-9]{1,5}){2,4}(?![0-9])"
        ),
        address_after=re.compile(
            rf"(?:[ ][A-Z][a-z]+){{1,2}}[ ](?:{alternation(_words.STREET_WORDS)})\b"
        ),
        screen_after=re.compile(rf"[ -](?:{alternation(_words.SCREEN_WORDS)})\b"),
        in_a_row=re.compile(rf" (?:{alternation(_words.IN_A_ROW)})\b", re.IGNORECASE),
        zero_hours=re.compile(r"zero-hours?\b", re.IGNORECASE),
        ordinal_word_after=re.compile(
            rf"-(?:{alternation(_words.ORDINALS - {'last', 'final'})}|[a-z]+ieth)\b", re.IGNORECASE
        ),
        pair=re.compile(r"(?<![0-9])([0-9]{1,2})[-–]([0-9]{1,2})(?![0-9])"),
        set_before=re.compile(r"(?<![0-9])[0-7][-–][0-7][ ]?$"),
        pair_join=re.compile(r",?[ ]\(?|\)[ ]"),
        result_before=re.compile(
            rf"\b(?:{alternation(_words.RESULT_VERBS)})[ \t]+"
            r"(?:[A-Za-z'’]+[ \t]+|[0-9]{1,2}[-–][0-9]{1,2},?[ \t]+){0,3}$",
            re.IGNORECASE,
        ),
        result_after=re.compile(
            rf"[ \t]*(?:[,.;:!?)]|$|(?:{alternation(_words.AFTER_A_RESULT)})\b)", re.IGNORECASE
        ),
        hyphen_word=re.compile(r"-([A-Za-z]+)\b"),
        stage_end=re.compile(
            rf"\s*(?:[.,;:!?)\"'”’]|$|(?:{alternation(_words.STAGE_ENDS)})\b|[A-Z])"
        ),
        leading_zero=re.compile(r"0[0-9]"),
        era_after=re.compile(rf"[ \u00a0](?:{alternation(_words.ERAS)})(?![A-Za-z])"),
        version=re.compile(r"[0-9]{1,2}\.[0-9]{1,2}"),
        acronym_plural=re.compile(r" [A-Z]{2,}s\b"),
        odds_moved=re.compile(r"[0-9]{1,3}/[0-9]{1,3} to \Z"),
        lead_after=re.compile(r" (?:down|up)\b"),
        to_number=re.compile(r" to (?:number|No\.?) ", re.IGNORECASE),
        part_after=re.compile(r" (?:of (?:the|its|their|our|[A-Z][a-z]+['’]s)\b|in [0-9])"),
        title_word=re.compile(r"[A-Z][a-z]{2,}\b(?!['’-])"),
        name_list=re.compile(
            r"(?<![A-Za-z'’])([A-Z][A-Za-z]*) ([0-9]+)(?:(?:, | and | or |/)[0-9]+)*"
            r"(?:, | and | or |/)\Z"
        ),
    )


class _AfterPatterns(NamedTuple):
    part_of_day: re.Pattern[str]
    lower_after: re.Pattern[str]
    lone_word: re.Pattern[str]
    name_owns: re.Pattern[str]


@cache
def _after_patterns() -> _AfterPatterns:
    """Compile (once) the patterns of the words after a figure that a few rules read."""
    return _AfterPatterns(
        part_of_day=re.compile(
            r"(?:[ ](?:or|to)[ ](?:[0-9]{1,2}|[a-z]+))?[ ]"
            rf"(?:{alternation(_words.PARTS_OF_DAY)})\b"
        ),
        lower_after=re.compile(r" ([a-z]+)\b"),
        lone_word=re.compile(r" ([a-z]+)(?:[,.;:!?)]|\Z| ([a-z]+)\b)"),
        name_owns=re.compile(r" [A-Z][a-z]+['’]s\b"),
    )


@cache
def _months() -> frozenset[str]:
    return frozenset(_words.MONTHS)


@cache
def _last_words(phrases: frozenset[str]) -> frozenset[str]:
    return frozenset(phrase.split()[-1] for phrase in phrases)


def month_after(text: str, pos: int) -> bool:
    """Whether a month name follows ``pos`` ("24 February", "24th of May").

    Example:
        >>> month_after("on 24 February", 5)
        True
    """
    return _patterns().month_after.match(text, pos) is not None


def is_calendar_year(n: Num) -> bool:
    """A bare figure from 1900 to 2100: almost always a year in news."""
    return n.plain and 1900 <= n.value <= 2100 and n.value == n.value.to_integral_value()


def is_year_like(n: Num) -> bool:
    """A bare whole number from 1000 to 2100: a year when it stands alone."""
    return n.plain and 1000 <= n.value <= 2100 and n.value == n.value.to_integral_value()


# --------------------------------------------------------------------------- number words


def ordinal_word(w: Window) -> bool:
    """A spelled number that opens an ordinal: "twenty-first century", "zero-hours".

    Only a tens word opens an ordinal; after a unit, "-second" is a duration.

    Example:
        >>> from newsnum import extract
        >>> extract("the twenty-first century")
        []
        >>> [(q.value, q.unit) for q in extract("a five-second victory")]
        [(Decimal('5'), 'second')]
    """
    n, text = w.num, w.text
    tens = n.value >= 20 and n.value % 10 == 0  # "twenty-first"; "a five-second victory" is time
    return n.kind == "words" and bool(
        (tens and _patterns().ordinal_word_after.match(text, n.end))
        or _patterns().zero_hours.match(text, n.start)
    )


def hyphenated_name(w: Window) -> bool:
    """A spelled number hyphenated to a plural or a rating is a name: "three-pointers", "five-star".

    Hyphenated to a singular noun it counts: "a three-match ban", "a six-cylinder engine".

    Example:
        >>> from newsnum import extract
        >>> extract("a five-star hotel"), [q.noun for q in extract("a three-match ban")]
        ([], ['match'])
    """
    n, text = w.num, w.text
    if n.kind != "words" or not text.startswith("-", n.end) or w.unit is not None:
        return False
    m = _patterns().hyphen_word.match(text, n.end)
    if m is None:
        return False
    word = m.group(1).lower()
    if word in _words.HYPHEN_COUNTS:
        return False  # "nine-times champion": a count of wins, as "a three-time winner"
    return word in _words.HYPHEN_NAMES or (word.endswith("s") and not word.endswith("ss"))


def hyphenated_model(w: Window) -> bool:
    """A figure hyphenated to a capital or to a code is a name: "its 3-Series", "the 777-200LR".

    Hyphenated to a unit, to a figure with a unit or to a lower-case word it counts: "a
    5-10km walk", "a 30-person team".

    Example:
        >>> from newsnum import extract
        >>> extract("the 777-200LR and the 3-Series"), [q.unit for q in extract("a 5-10km walk")]
        ([], ['kilometer'])
    """
    n, text, nxt = w.num, w.text, w.next
    if not n.plain or w.unit is not None or not text.startswith("-", n.end):
        return False
    if text[n.end + 1 : n.end + 2].isupper():
        return True  # "3-Series", "7-Eleven"
    return (
        nxt is not None
        and nxt.start == n.end + 1
        and text[nxt.end : nxt.end + 1].isalpha()
        and unit_at(text, nxt.end) is None
    )


def period_fraction(w: Window) -> bool:
    """A fraction word after an ordinal names a period: "the first half of the year".

    Example:
        >>> from newsnum import extract
        >>> extract("in the first half")
        []
    """
    if w.num.kind != "words" or w.word_before.lower() not in _words.ORDINALS:
        return False
    spelled = " ".join(w.text[w.num.start : w.num.end].lower().split())
    return spelled in _words.LONE_FRACTIONS


def ordinal_in_a_row(w: Window) -> bool:
    """A fraction word that is an ordinal before a period: "a sixth straight month".

    Example:
        >>> from newsnum import extract
        >>> extract("for a sixth straight month")
        []
    """
    n, text = w.num, w.text
    if n.kind != "words" or not _patterns().in_a_row.match(text, n.end):
        return False
    return text[n.start : n.end].lower().split()[-1] in _words.ORDINAL_DENOMINATORS


# --------------------------------------------------------------------------- digits


def resolution(w: Window) -> bool:
    """A resolution, not thousands: "4K TVs", "8K video".

    Example:
        >>> from newsnum import extract
        >>> extract("4K TVs")
        []
    """
    n, text = w.num, w.text
    return (
        n.kind == "digits"
        and n.scale is not None
        and text[n.end - 1 : n.end] == "K"
        and _patterns().screen_after.match(text, n.end) is not None
    )


def ordinal_or_time(w: Window) -> bool:
    """An ordinal suffix or a clock time after the number: "3rd", "5pm", "10 GMT", "four o'clock".

    An hour before a part of the day is a time too: "until three or four in the morning".

    Example:
        >>> from newsnum import extract
        >>> extract("the 3rd at 5pm")
        []
        >>> extract("open until three or four in the morning")
        []
    """
    n = w.num
    if n.kind == "words" and w.text.startswith((" o'clock", " o’clock"), n.end):
        return True  # "at four o'clock"
    if n.kind == "digits" and _patterns().ordinal_or_time.match(w.text, n.end) is not None:
        return True
    return 0 < n.value <= 12 and _after_patterns().part_of_day.match(w.text, n.end) is not None


def code(w: Window) -> bool:
    """Digits in a chain of codes: "1/0", "555-1234-5678", "9/11", "+1-222-2222-2222".

    Example:
        >>> from newsnum import extract
        >>> extract("after 9/11")
        []
    """
    n, text = w.num, w.text
    if n.kind != "digits":
        return False
    if _patterns().code_after.match(text, n.end):
        return True
    return n.start > 0 and text[n.start - 1] in "-/" and _chained(text, n.start, n.end)


def _chained(text: str, start: int, end: int) -> bool:
    """Whether digits at [start, end) sit in a chain of three or more joined groups."""
    lo = max(0, start - 40)
    return any(
        m.start() + lo <= start and end <= m.end() + lo
        for m in _patterns().chain.finditer(text[lo : end + 40])
    )


def glued_before(w: Window) -> bool:
    """Digits glued to a name before them: "G7", "MH17", "#5", "BA.2.86", "F-16", "2013-14".

    A currency sign or unit before does not count ("US$5", the "5" of "3km-5km").

    Example:
        >>> from newsnum import extract
        >>> extract("the G7 and an F-16")
        []
    """
    n, text, start = w.num, w.text, w.num.start
    if n.kind != "digits" or start == 0:
        return False
    char = text[start - 1]
    if char == "+" and (w.unit is not None or "." in text[start : n.end]):
        return False  # "FTSE +1.1%": a signed change
    if char in "_/@+#":
        return True
    if char == "." and start > 1 and text[start - 2].isalpha():
        return True  # BA.2.86, v.2
    if char in "x×" and start > 1 and text[start - 2].isdigit() and _times_a_unit(text, start - 1):
        return False  # "4x100m", "6x4in": a figure times one with a unit
    if char.isalpha():
        return currency_before(text, start) is None
    if char not in "-–" or start < 2:
        return False
    if text[start - 2].isalpha() and not _unit_before(text, start - 1):
        if age_bracket_before(text, start) is not None:
            return False  # "the over-50 demographic"
        return word_ending_at(text, start - 1).lower() not in _words.SIGN_WORDS  # "minus-40"
    prev = w.prev
    return (
        prev is not None
        and prev.end == start - 1
        and prev.plain
        and (is_year_like(prev) or excluded(_neighbour(w, prev)))
    )


def _neighbour(w: Window, prev: Num) -> Window:
    """The window of the number before, as far as the rules need it."""
    before = words_before(w.text, prev.start, BEFORE_WORDS)
    word = before[-1].text if before else ""
    return Window(w.text, prev, None, w.num, 0, before, word, unit_at(w.text, prev.end))


def _unit_before(text: str, pos: int) -> bool:
    """Whether the letters ending at ``pos`` are glued to a figure: "1.2m", "3km"."""
    q = pos
    while q > 0 and pos - q < 6 and text[q - 1].isalpha():
        q -= 1
    return q > 0 and text[q - 1].isdigit()


def _times_a_unit(text: str, pos: int) -> bool:
    """Whether "x" or "×" at ``pos`` joins a figure with a unit glued to it: "x100m", "x4in".

    Example:
        >>> _times_a_unit("4x100m relay", 1), _times_a_unit("a 4x4 vehicle", 3)
        (True, False)
    """
    end = pos + 1
    while end < len(text) and (text[end].isdigit() or text[end] == "."):
        end += 1
    return end > pos + 1 and unit_at(text, end) is not None


def glued_after(w: Window) -> bool:
    """Digits glued to letters that are no unit: "5G", "3D", "4x4"; not "€10M", "11.2s".

    Example:
        >>> from newsnum import extract
        >>> extract("5G and 3D")
        []
    """
    n, text, end = w.num, w.text, w.num.end
    if n.kind != "digits" or end >= len(text):
        return False
    if text[end] in "_@":
        return True
    if text[end] in "x×" and _times_a_unit(text, end):
        return False  # "4x100m", "6x4in": a figure times one with a unit
    plural = text[end] == "s" and not text[end + 1 : end + 2].isalpha()
    if plural and age_bracket_before(text, n.start, spaced=True) is not None:
        return False  # "the over-70s", "Under 16s would not face tests"
    return (
        text[end].isalpha()
        and w.unit is None
        and currency_before(text, n.start) is None
        and not (text[end] == "s" and "." in text[n.start : end])
    )


def identifier(w: Window) -> bool:
    """A bare number after a name: "Route 66", "Channel 4", "the number 38 bus", "S&P 500".

    Example:
        >>> from newsnum import extract
        >>> extract("Channel 4 and the S&P 500")
        []
    """
    n, text = w.num, w.text
    if n.kind != "digits" or w.unit is not None:
        return False  # "Ward 10 years ago": a unit makes it a quantity
    word = w.word_before
    if not n.plain:  # "versions 4.7 and earlier", "Windows 3.1": a release, not a decimal
        written = text[n.start : n.end]
        return word in _words.IDENTIFIER_WORDS and n.scale is None and "," not in written
    if word in _words.IDENTIFIER_WORDS or (n.start > 0 and text[n.start - 1] == "#"):
        return True
    if word == "P" and text.endswith("S&P ", 0, n.start):
        return True
    if word.lower() not in _last_words(_words.IDENTIFIER_PHRASES):
        return False
    return phrase_before(read_on(text, w.before, 2), _words.IDENTIFIER_PHRASES) is not None


def phone(w: Window) -> bool:
    """A phone number or a code with a leading zero: "0800 123 4567", "+44 20 7946 0958".

    Example:
        >>> from newsnum import extract
        >>> extract("call 0800 123 4567")
        []
    """
    n, text, start, end = w.num, w.text, w.num.start, w.num.end
    if n.kind != "digits" or not n.plain:
        return False
    if text[start] == "0" and end - start >= 2 and not alone(text, start, end):
        return True  # "0800", "07700", "03 Bonnie and Clyde": a code or a name
    lo = max(0, start - 16)
    head = text[lo : start + 1]
    if "+" not in head and " 0" not in head and not head.startswith("0"):
        return False  # a phone number opens with "0" or "+"
    return any(
        m.start() <= start and end <= m.end()
        for m in _patterns().phone.finditer(text, lo, min(len(text), end + 16))
    )


def address(w: Window) -> bool:
    """A house number: "27 High Street".

    Example:
        >>> from newsnum import extract
        >>> extract("at 27 High Street")
        []
    """
    n = w.num
    return n.kind == "digits" and n.plain and bool(_patterns().address_after.match(w.text, n.end))


def date(w: Window) -> bool:
    """A day or a year beside a month: "Feb 24", "24 February", "from 10 to 24 June", "May 2004".

    Example:
        >>> from newsnum import extract
        >>> extract("on Feb 24 and 3 March, 2004")
        []
    """
    n, text = w.num, w.text
    if n.kind != "digits" or not n.plain:
        return False
    if n.end - n.start == 2 and n.start and text[n.start - 1] in "'’" and _abbreviated(text, n):
        return True  # "in '94": a year
    word = w.word_before
    if word == "the":  # "March the 24th"
        two = read_on(text, w.before, 2)
        word = two[0].text if len(two) == 2 else ""
    dated = word in _months()
    p = _patterns()
    if n.value <= 31 and (
        dated or p.month_after.match(text, n.end) or p.days_after.match(text, n.end)
    ):
        return True
    if n.value <= 31 and _day_listed(w):
        return True  # "February 16 and 17"
    return dated and is_year_like(n)


def _day_listed(w: Window) -> bool:
    """A day listed after a month and a day: the "17" of "February 16 and 17 will rule"."""
    prev, text = w.prev, w.text
    if prev is None or not prev.plain or text[prev.end : w.num.start] not in _DAY_GAPS:
        return False
    before = words_before(text, prev.start, 1)
    if not before or before[0].text not in _months() or prev.value > 31:
        return False
    return not plural_head_after(text, w.num.end)  # not "May 3 and 4 people"


def _abbreviated(text: str, n: Num) -> bool:
    """Whether the apostrophe before two digits opens them, as in "in '94" (not "Rock'94")."""
    return n.start < 2 or not text[n.start - 2].isalnum()


def score(w: Window) -> bool:
    """The first of two numbers that make a score or a tally: "won 5-0", "6-3", "52-48".

    Two bare whole numbers joined by a hyphen, with no unit, that fall (or that stand in
    a list of results one of which falls: "won 6-4, 3-6, 7-5") are a result, not a range.

    Example:
        >>> from newsnum import extract
        >>> extract("they won 5-0 and lost 6-4, 3-6")
        []
    """
    n, other = w.num, w.next
    return other is not None and _score_pair(w.text, n, other)


def split_vote(w: Window) -> bool:
    """The split of a vote, written with "to": "ruled by an eight to one majority".

    Example:
        >>> from newsnum import extract
        >>> extract("the law lords ruled by an eight to one majority")
        []
    """
    n, text, nxt, prev = w.num, w.text, w.next, w.prev
    if nxt is not None and text.startswith(" to ", n.end) and nxt.start == n.end + 4:
        return _split_noun_after(text, nxt.end)  # "eight" of "eight to one majority"
    if prev is not None and text.startswith(" to ", prev.end) and n.start == prev.end + 4:
        return _split_noun_after(text, n.end)  # its "one"
    return False


def _split_noun_after(text: str, end: int) -> bool:
    word = lower_word_after(text, end)
    return word is not None and word in _words.SPLIT_NOUNS


def running_score(w: Window) -> bool:
    """A score reached, after "made it": "Grady made it two from close range".

    Example:
        >>> from newsnum import extract
        >>> extract("James Grady made it two from close range")
        []
        >>> [q.unit for q in extract("they made it 10 years in a row")]
        ['year']
    """
    if w.word_before.lower() != "it" or w.unit is not None:
        return False
    before = read_on(w.text, w.before, 2)
    if len(before) < 2 or before[0].text.lower() not in _words.SCORE_MAKERS:
        return False
    return not lower_word_after(w.text, w.num.end)


def score_tail(w: Window) -> bool:
    """The second number of a score or a tally (see :func:`score`).

    Example:
        >>> from newsnum import extract
        >>> extract("a 52-48 vote")
        []
    """
    return w.prev is not None and _score_pair(w.text, w.prev, w.num)


def _score_pair(text: str, n: Num, other: Num) -> bool:
    pair = (
        n.plain
        and other.plain
        and other.start == n.end + 1
        and text[n.end] in "-–"
        and not (other.end < len(text) and (text[other.end].isalnum() or text[other.end] == "%"))
        and units.match_unit(text, other.end) is None
        and currency_before(text, n.start) is None
    )
    return pair and (
        n.value >= other.value
        or _patterns().lead_after.match(text, other.end) is not None  # "from 0-40 down"
        or _in_score_list(text, n.start, other.end)
        or _after_a_result(text, n.start, other.end)
        or _between_names(text, n.start, other.end)
    )


def _between_names(text: str, start: int, end: int) -> bool:
    """Whether a pair stands between two names, as a result: "England 17-18 France"."""
    before = word_ending_at(text, start - 1) if start >= 2 and text[start - 1] == " " else ""
    after = text[end + 1 : end + 2] if text[end : end + 1] == " " else ""
    return before[:1].isupper() and after.isupper()


def _after_a_result(text: str, start: int, end: int) -> bool:
    """Whether a pair follows a verb of a result and no noun: "lost 1-6, 4-6 to him"."""
    p = _patterns()
    return bool(
        p.result_before.search(text, max(0, start - 40), start) and p.result_after.match(text, end)
    )


def _in_score_list(text: str, start: int, end: int) -> bool:
    """Whether the pair at [start, end) stands in a list of pairs one of which falls."""
    p = _patterns()
    pairs = list(p.pair.finditer(text, max(0, start - 24), min(len(text), end + 24)))
    k = next((j for j, m in enumerate(pairs) if m.start() == start), None)
    if k is None:
        return False
    lo = hi = k  # the run of pairs joined by ", " around this one
    while lo > 0 and p.pair_join.fullmatch(text, pairs[lo - 1].end(), pairs[lo].start()):
        lo -= 1
    while hi + 1 < len(pairs) and p.pair_join.fullmatch(
        text, pairs[hi].end(), pairs[hi + 1].start()
    ):
        hi += 1
    run = pairs[lo : hi + 1]
    return len(run) > 1 and any(int(m.group(1)) > int(m.group(2)) for m in run)


def capitalized_name(w: Window) -> bool:
    """A spelled number with a capital inside a sentence names something, not a count.

    "the Six Nations", "BBC Two", "The Two Ronnies", "Radio Five Live", "the Big Ten";
    at the start of a sentence a capital says nothing ("Three leading firms"), nor before
    a lower-case word it is hyphenated to ("Fifteen-year-old"), nor between a lower-case
    word or a figure and a plural or a unit (a headline run into its text: "embassies Nine
    overseas embassies will close", "to end Ten years of", "sell for $110,000 Four suits";
    but "BBC Two viewers"), nor before "of the" and another number ("Oscar Five of the three
    nominees").

    Example:
        >>> from newsnum import extract
        >>> extract("his first Six Nations with the Big Ten")
        []
        >>> [q.noun for q in extract("back on embassies Nine overseas embassies will close")]
        ['overseas embassies']
    """
    n, text = w.num, w.text
    word = text[n.start : n.end]
    if n.kind != "words" or not word[:1].isupper() or word.isupper():
        return False
    if text[n.end : n.end + 1] == "-" and text[n.end + 1 : n.end + 2].islower():
        return False
    lower_after = text[n.end : n.end + 1] == " " and text[n.end + 1 : n.end + 2].islower()
    run_in = w.word_before.islower() or (w.prev is not None and text[w.prev.end : n.start] == " ")
    if lower_after and run_in and (w.unit is not None or plural_head_after(text, n.end)):
        return False  # "to end Ten years of", "for $110,000 Four suits"; not "BBC Two viewers"
    if run_in and _capitals_then_plural(text, n.end):
        return False  # "vote-rig factory' Three Labour councillors", "gamers Two UK gamers"
    part = _patterns().part_after.match(text, n.end)
    if part is not None and w.word_before.islower():
        return False  # "merger plan touted Two of Britain's big unions"
    if part is not None and w.next is not None and w.next.start == part.end() + 1:
        return False  # a headline run in: "short film Oscar Five of the three nominees"
    return not at_sentence_start(text, n.start)


@cache
def _capital_word() -> re.Pattern[str]:
    return re.compile(r" [A-Z][A-Za-z]*(?=[ ,])")


def _capitals_then_plural(text: str, pos: int, *, most: int = 2, names: bool = False) -> bool:
    """Whether up to ``most`` capitalised words, then lower-case words ending in a plural, follow.

    A capitalised plural ends a name ("Six Nations games", "Three Lions fans") unless
    ``names``: then the name is a modifier of the plural ("the last 10 Six Nations titles").

    Example:
        >>> _capitals_then_plural("Three Labour councillors in", 5)
        True
        >>> _capitals_then_plural("Two UK gamers", 3), _capitals_then_plural("Two Ronnies", 3)
        (True, False)
        >>> _capitals_then_plural("10 Six Nations titles", 2, most=3, names=True)
        True
    """
    for _ in range(most):
        m = _capital_word().match(text, pos)
        if m is None or (not names and m.group().endswith("s")):
            break
        pos = m.end()
        if text[pos + 1 : pos + 2].islower():
            return plural_head_after(text, pos)
    return False


def after_a_name(w: Window) -> bool:
    """A bare figure after a capitalised word, with nothing counted after it, ends a name.

    "Band Aid 20", "Bet 365", "Il Sole 24 Ore", "S Club 7", "the Dow 30". A unit or a
    lower-case counted word after it makes it a quantity ("In April 40 workers were
    sacked", "Ward 10 years ago").

    Example:
        >>> from newsnum import extract
        >>> extract("sang on Band Aid 20 in Edinburgh")
        []
        >>> [q.noun for q in extract("In April 40 workers were sacked")]
        ['workers']
        >>> extract("Halo 2 has broken video game records")
        []
    """
    n = w.num
    if n.kind != "digits" or not n.plain or w.unit is not None or not w.before:
        return False
    return _ends_a_name(w)


def listed_after_a_name(w: Window) -> bool:
    """A bare figure in a list that a name opens: "Windows 2000, 95, 98", "Channel 4 and 5".

    Example:
        >>> from newsnum import extract
        >>> extract("machines running Windows 2000, 95, 98, Me, NT and XP")
        []
        >>> len(extract("In March 40, 50 and 60 workers were sacked"))
        3
    """
    n, prev, text = w.num, w.prev, w.text
    if prev is None or not n.plain or w.unit is not None:
        return False
    if text[prev.end : n.start] not in _LIST_GAPS:
        return False
    if lower_word_after(text, n.end) or text[n.end : n.end + 1].isalnum():
        return False  # something counted after it
    m = _patterns().name_list.search(text, max(0, n.start - 80), n.start)
    if m is None or m.group(1) in _times() or at_sentence_start(text, m.start(1)):
        return False
    return not lower_word_after(text, m.end(1) + 1 + len(m.group(2)))  # the name's figure


_LIST_GAPS = (", ", " and ", " or ", "/")
_DAY_GAPS = (*_LIST_GAPS, " to ", "-")  # "February 16 and 17", "June 24-25"


def before_a_name(w: Window) -> bool:
    """A bare figure before a capitalised word that is no plural opens a name: "by 2 Wikid but".

    A plural after it is counted ("40 Britons", "40 Labour MPs", "2 Bafta awards").

    Example:
        >>> from newsnum import extract
        >>> extract("given everything he asked for by 2 Wikid but")
        []
        >>> [q.noun for q in extract("40 Labour MPs voted")]
        ['Labour MPs']
    """
    n, text = w.num, w.text
    if not n.plain or w.unit is not None or not text.startswith(" ", n.end):
        return False
    if w.word_before in ("at", "aged"):
        return False  # "dies at 62 Record producer ...": a headline run into its text
    m = _patterns().title_word.match(text, n.end + 1)
    if m is None or m.group() in _times() or plural_or_mass(m.group()):
        return False
    if m.group().lower() in _words.STOP_WORDS:
        return False  # a function word with a capital opens no name: "up to 700 Should not"
    if currency_before(text, n.start) is not None:
        return False
    # a plural within the next few words is counted: "70 Boeing 737-800 planes", "500 British
    # 16 to 20-year-olds"
    tails = [word.rstrip(".,;:").split("-")[-1] for word in text[m.end() : m.end() + 40].split()]
    counted = any(
        tail[:1].islower() and tail not in _words.STOP_WORDS and plural_or_mass(tail)
        for tail in tails[:4]
    )  # not "by 2 Wikid but it seems"
    return not counted and not plural_head_after(text, n.end)


def version_after_a_name(w: Window) -> bool:
    """A short decimal after a capitalised word, with nothing counted after it, is a release.

    "Firefox 1.0", "Web 2.0", "Windows 3.1", "USB 2.0 connections" (but "Nasdaq 1.2%", "the
    Dow 1.5 points").

    Example:
        >>> from newsnum import extract
        >>> extract("Mozilla browsers - including Firefox 1.0 - now")
        []
    """
    n = w.num
    if n.plain or n.scale is not None or w.unit is not None or not w.before:
        return False
    if _patterns().version.fullmatch(w.text, n.start, n.end) is None:
        return False
    if w.text.endswith(".0", n.start, n.end):  # "USB 2.0 connections": a release, whatever follows
        prev = w.before[-1]  # not "Sunday's 9.0 magnitude earthquake"
        if prev.text.endswith(("'s", "’s")) or prev.text in _times():
            return False
        return prev.text[:1].isupper() and not at_sentence_start(w.text, prev.start)
    return _ends_a_name(w)


def _ends_a_name(w: Window) -> bool:
    """Whether a figure with a word before it ends a name (see :func:`after_a_name`)."""
    n, text = w.num, w.text
    prev = w.before[-1]
    if not prev.text[:1].isupper() or prev.text in _times():
        return False
    possessive = prev.text.endswith(("'s", "’s", "'", "’"))  # "Ocean's 12" is a name anywhere
    if possessive and prev.text[:-2].lower() in _words.STOP_WORDS:
        return False  # "She's 17, has an amazing voice": a pronoun and "is", no name
    opening = at_sentence_start(text, prev.start) and not possessive
    if opening and not _title_opens(prev.text):
        return False
    if currency_before(text, n.start) is not None:
        return False
    if text[n.end : n.end + 1] == "-" and text[n.end + 1 : n.end + 2].islower():
        return False  # "EA Mobile's 30-person team": a count hyphenated to its noun
    if _range_of_a_unit(w):
        return False  # "within the Bank's 2-3% target range"
    word = lower_word_after(text, n.end)
    if opening and word is not None:  # a title opening a sentence needs a verb after it
        return _verb_after(text, n.end)  # "Andre 3000 thanked fans"; not "Just 13 of"
    if word is None and _patterns().acronym_plural.match(text, n.end):
        return False  # "Britain's 659 MPs": a plural of capitals is counted
    if not word or (w.next is not None and w.next.start == n.end + 1):
        return True  # nothing counted after it: "Robocop 2 three years later"
    # a model or a series before a singular noun: "a Nokia 3220 handset"
    return n.value != 1 and not possessive and not plural_head_after(text, n.end)


def _range_of_a_unit(w: Window) -> bool:
    """Whether the figure opens a range hyphenated to a figure with a unit: "2-3%", "5-10 km"."""
    nxt, end = w.next, w.num.end
    return (
        nxt is not None
        and nxt.start == end + 1
        and w.text[end] in "-–"
        and unit_at(w.text, nxt.end) is not None
    )


def _verb_after(text: str, end: int) -> bool:
    """Whether a verb of :data:`~newsnum._data.words.TITLE_VERBS`, or any in "-ed", follows.

    Or another title after "and": "Shrek 2 and The Incredibles took".
    """
    m = _after_patterns().lower_after.match(text, end)
    if m is not None and m.group(1) == "and":
        return text[m.end() + 1 : m.end() + 2].isupper()
    return m is not None and (m.group(1) in _words.TITLE_VERBS or m.group(1).endswith("ed"))


def _title_opens(word: str) -> bool:
    """Whether a capitalised word that opens a sentence may open a title ("Halo 2 has broken").

    Not a function word or a hedge ("In 2004", "Some 40 workers"), a contraction ("I'm 30")
    or a word in capitals.
    """
    low = word.lower()
    if word.isupper() or not word.isalpha():
        return False
    return low not in _words.STOP_WORDS and low not in _hedge_ends()


@cache
def _hedge_ends() -> frozenset[str]:
    return frozenset(phrase.split()[-1] for phrase in _words.HEDGES)


@cache
def _times() -> frozenset[str]:
    return frozenset((*_words.MONTHS, *_words.WEEKDAYS))


def rank(w: Window) -> bool:
    """A rank or a position: "number one in the charts", "world number seven", "a top five hit".

    A verb "top" before money or a measure is no rank ("sales top $5bn"), nor is a figure
    with a scale ("users number 2bn").

    Example:
        >>> from newsnum import extract
        >>> extract("went straight in at number one, their tenth top 10 hit")
        []
        >>> extract("to clinch a top-four spot")
        []
        >>> [q.value for q in extract("The site's users number 2bn")]
        [Decimal('2000000000')]
    """
    word = w.word_before.lower()
    if not word and w.text[max(0, w.num.start - 4) : w.num.start].lower() == "top-":
        return w.unit is None  # "a top-four spot", "a top-10 hit"
    if word not in _words.RANK_WORDS:
        return False
    if w.num.scale is not None:
        return False  # "users number 2bn": a rank takes no scale
    if word == "ranked":  # "ranked 106 in the world", not "ranked 10 places higher"
        return w.unit is None and not lower_word_after(w.text, w.num.end)
    return word != "top" or (w.unit is None and currency_before(w.text, w.num.start) is None)


def rank_before(w: Window) -> bool:
    """A position a climb starts from, before "to number": "moved from 13 to number four".

    Example:
        >>> from newsnum import extract
        >>> extract("Their album moved from 13 to number four.")
        []
    """
    end = w.num.end
    if w.word_before.lower() != "from" or not w.text.startswith(" to ", end):
        return False  # "moved up three to number two": a climb of three places
    return _patterns().to_number.match(w.text, end) is not None


def chart_place(w: Window) -> bool:
    """A place in a chart or a ranking: "down three places to 10", "from 31 in the world".

    Or a bare whole figure after "at", "to" or "from" that ends its clause, near the words
    of a chart or a ranking: "Estelle came in at 39, Joss Stone was
    40th and Jamelia took the 44th place".

    Example:
        >>> from newsnum import extract
        >>> [q.value for q in extract("Out of Touch, also down three places to 10.")]
        [Decimal('3')]
        >>> extract("She has risen from 31 in the world to number 22")
        []
        >>> extract("has risen to 120 in the world")
        []
        >>> extract("Estelle came in at 39, Joss Stone was 40th and Jamelia took the 44th place.")
        []
    """
    word, text, end = w.word_before, w.text, w.num.end
    if word == "to":
        two = words_before(text, w.num.start, 2)
        if len(two) == 2 and two[0].text.lower() in _words.PLACE_WORDS and w.unit is None:
            return True
    if word not in ("from", "at", "to"):
        return False
    return text.startswith(" in the world", end) or _bare_place(w)


#: How far from a bare figure a chart's or a ranking's words are looked for, either side.
_CHART_NEAR = 150


class _ChartPatterns(NamedTuple):
    cue: re.Pattern[str]
    clause_end: re.Pattern[str]


@cache
def _chart_patterns() -> _ChartPatterns:
    """Compile (once) the words of a chart or a ranking, and the end of a bare place's clause."""
    return _ChartPatterns(
        cue=re.compile(
            rf"\b(?:{alternation(_words.CHART_WORDS)}|number\s+(?:[0-9]+|one)|[0-9]+(?:st|nd|rd|th)"
            r"\s+place)\b|\bNo\.?\s?[0-9]+\b",
        ),
        # a bare place ends its clause: "at 39, Joss Stone was 40th", "to six after"
        clause_end=re.compile(
            r"[ \t]*(?:[,.;:!?)]|$)|[ \t]+(?:in|and|from|to|last|after|with|on|for|while|but)\b"
        ),
    )


def _bare_place(w: Window) -> bool:
    """A bare whole figure that ends its clause, near the words of a chart or a ranking.

    "Estelle came in at 39, Joss Stone was 40th", "slipped to six after seven weeks in
    the chart", "Dizzee Rascal in at number 12 and The Zutons at 20" (``CHART_WORDS``).
    """
    n, text = w.num, w.text
    if w.unit is not None or n.scale is not None or not 0 < n.value <= 500 or n.value % 1:
        return False
    p = _chart_patterns()
    if currency_before(text, n.start) is not None or not p.clause_end.match(text, n.end):
        return False
    lo, hi = max(0, n.start - _CHART_NEAR), n.end + _CHART_NEAR
    return p.cue.search(text, lo, hi) is not None


def rank_alternative(w: Window) -> bool:
    """The second of two ranks: "at number seven or eight", "a top five or six finish".

    Example:
        >>> from newsnum import extract
        >>> extract("he can come on at number seven or eight")
        []
    """
    prev = w.prev
    if prev is None or w.word_before not in ("or", "and") or w.unit is not None:
        return False
    if w.text[prev.end : w.num.start] not in (" or ", " and "):
        return False
    before = words_before(w.text, prev.start, 1)
    return bool(before) and before[0].text.lower() in _words.RANK_WORDS


def betting_odds(w: Window) -> bool:
    """Betting odds, written as a fraction: "odds of 5/2", "a 7/4 favourite", "odds of 6-9".

    Example:
        >>> from newsnum import extract
        >>> extract("Ladbrokes offered odds of 1/5 on her departure")
        []
        >>> extract("The closing list gave Scott odds of 6-9, followed by Owen")
        []
        >>> extract("Odds on his victory have been slashed from 4/6 to 1/2")
        []
    """
    n, text = w.num, w.text
    end = n.end
    if "/" in text[n.start : end] and _odds_moved(text, n.start):
        return True  # "odds have been slashed from 4/6 to 1/2"
    if "/" not in text[n.start : end]:
        if w.next is None or w.next.start != end + 1 or text[end] != "-":
            return False
        end = w.next.end  # "6-9": the odds end after the second figure
        if not text[end - 1].isdigit() or (end < len(text) and text[end] in "%-"):
            return False  # "odds of 6-9%" is a range
    # the word after, read from a bounded slice (not a copy of the rest of the text)
    after = text[end + 1 : end + 12].split(" ", 1)[0].rstrip(",.;:!?")
    if (
        text[end : end + 1] == " "
        and after in _words.ODDS_AFTER
        and (end == n.end or after != "on")
    ):
        return True  # "a 7/4 favourite", "5/2 on"; but "won 2-1 on Saturday"
    return any(word.text.lower() in _words.ODDS_BEFORE for word in words_before(text, n.start, 3))


def _odds_moved(text: str, start: int) -> bool:
    """Whether odds moved to the fraction at ``start``: "odds ... from 4/6 to 1/2"."""
    lo = max(0, start - 80)
    m = _patterns().odds_moved.search(text, lo, start)
    return m is not None and any(cue in text[lo : m.start()].lower() for cue in _words.ODDS_BEFORE)


def competition_stage(w: Window) -> bool:
    """A stage of a competition, with nothing counted after it: "into the last eight".

    Not before a name and a plural it counts ("nine of the last 10 Six Nations titles").

    Example:
        >>> from newsnum import extract
        >>> extract("Henman reached the last eight."), len(extract("in the last eight years"))
        ([], 1)
    """
    if w.word_before.lower() not in _words.STAGE_WORDS or w.unit is not None:
        return False
    if _patterns().stage_end.match(w.text, w.num.end) is None:
        return False
    return not _capitals_then_plural(w.text, w.num.end, most=3, names=True)


def class_number(w: Window) -> bool:
    """A number that names a class: "a category 5 storm", "a grade 2 listed building".

    Example:
        >>> from newsnum import extract
        >>> extract("a category 5 storm")
        []
    """
    return w.word_before.lower() in _words.CLASS_WORDS and w.unit is None


def possessive(w: Window) -> bool:
    """A figure that owns something is a name: "3's marketing director", "Radio 1's show".

    So is a figure before a capitalised word that owns it: "50 Cent's second album".

    Example:
        >>> from newsnum import extract
        >>> extract("said Graeme Oxby, 3's marketing director; 50 Cent's second album")
        []
    """
    n, text = w.num, w.text
    if not n.plain:
        return False
    return text[n.end : n.end + 2] in ("'s", "’s") or (
        _after_patterns().name_owns.match(text, n.end) is not None
    )


def model_before_a_noun(w: Window) -> bool:
    """A figure above one before a lone singular noun names a model: "the 7610 phone".

    A count above one takes a plural ("the 12 member states", "300 staff"); after a
    determiner, a possessive or a hyphenated adjective, one singular word that ends the
    phrase makes the figure a model or a brand ("Boeing's twin-aisle 777 plane", "The 3
    network launched", "has an 18 certificate"). Not money ("the £85 cost").

    Example:
        >>> from newsnum import extract
        >>> extract("themes for the main screen of the 7610 phone.")
        []
        >>> [q.noun for q in extract("the 12 member states")]
        ['member states']
    """
    n, text = w.num, w.text
    if not n.plain or n.value < 2 or w.unit is not None or not _names_a_thing(w):
        return False
    m = _after_patterns().lone_word.match(text, n.end)
    if m is None or currency_before(text, n.start) is not None:
        return False
    word, after = m.group(1), m.group(2)
    if word in _words.STOP_WORDS or word.endswith(("ed", "ly", "ing")) or plural_or_mass(word):
        return False
    return after is None or after in _words.MODEL_NOUN_ENDS or after.endswith("ed")


def _names_a_thing(w: Window) -> bool:
    """Whether the word before a figure may open a thing's name: "the", "Boeing's", "twin-aisle"."""
    low = w.word_before.lower()
    if low in _words.DETERMINERS or low in ("a", "an") or low.endswith(("'s", "’s")):
        return True
    start = w.before[-1].start if w.before else 0
    return w.word_before.islower() and w.text[start - 1 : start] == "-"  # "twin-aisle"


def era(w: Window) -> bool:
    """A year with its era: "190 AD", "55 BC".

    Example:
        >>> from newsnum import extract
        >>> extract("dated at 190 A.D.")
        []
    """
    n = w.num
    return n.plain and _patterns().era_after.match(w.text, n.end) is not None


def idiom(w: Window) -> bool:
    """A number inside an idiom that counts nothing: "knocked for six", "no-one".

    Example:
        >>> from newsnum import extract
        >>> extract("Their pensions were knocked for six and no-one noticed")
        []
    """
    n, text = w.num, w.text
    if n.kind != "words" and n.kind != "fold":  # "think twice"
        return False
    written = text[n.start : n.end].lower()
    placed = _idiom_places(written) if written else ()
    if not placed:
        return False
    lo = max(0, n.start - 24)
    near = text[lo : n.end + 24].lower()
    start = n.start - lo
    # the phrase written around the number, wherever it holds it
    return any(at <= start and near.startswith(phrase, start - at) for phrase, at in placed)


@lru_cache(maxsize=1024)
def _idiom_places(written: str) -> tuple[tuple[str, int], ...]:
    """Each idiom holding a number as written, with each place it holds it at.

    Example:
        >>> _idiom_places("one")[:3]
        (('one and the same', 0), ('one by one', 0), ('one by one', 7))
    """
    places = []
    for phrase in _idioms_with().get(written.split()[0].split("-")[0], ()):
        at = phrase.find(written)
        while at >= 0:
            places.append((phrase, at))
            at = phrase.find(written, at + 1)
    return tuple(places)


@cache
def _idioms_with() -> dict[str, tuple[str, ...]]:
    """The idioms each word is in ("six": "knocked for six", ...), its hyphenated forms too."""
    found: dict[str, list[str]] = {}
    for phrase in _words.IDIOMS:
        for word in set(re.split(r"[ -]", phrase)):
            found.setdefault(word, []).append(phrase)
    return {word: tuple(phrases) for word, phrases in found.items()}


def in_a_link(w: Window) -> bool:
    """Digits inside a web address or an e-mail address: "?RQT=305&", "www.bbc.co.uk/5".

    Example:
        >>> from newsnum import extract
        >>> extract("see http://example.com/search?q=30%25 for more")
        []
    """
    return link_around(w.text, w.num)


def link_around(text: str, n: Num) -> bool:
    """Whether number ``n`` is inside a web or e-mail address (the test of :func:`in_a_link`).

    Example:
        >>> from newsnum.exclusions import link_around
        >>> from newsnum.scan import scan
        >>> text = "www.bbc.co.uk/5"
        >>> link_around(text, next(scan(text)))
        True
    """
    if (n.start == 0 or text[n.start - 1].isspace()) and (
        n.end >= len(text) or text[n.end].isspace() or text[n.end] in ".,;:!?)"
    ):
        return False  # a number on its own: no link around it
    lo, hi = max(0, n.start - 200), n.end + 200
    if (
        text.find("://", lo, hi) < 0
        and text.find("www.", lo, hi) < 0
        and text.find("@", lo, hi) < 0
    ):
        return False
    lo, hi = n.start, n.end
    while lo > 0 and n.start - lo < 200 and not text[lo - 1].isspace():
        lo -= 1
    while hi < len(text) and hi - n.end < 200 and not text[hi].isspace():
        hi += 1
    token = text[lo:hi]
    return "://" in token or token.startswith("www.") or ("@" in token and "." in token)


def titled_unit(w: Window) -> bool:
    """A figure before a unit word with a capital inside a sentence names a work or a person.

    "50 Cent", "21 Grams", "24 Hour Party People"; a unit symbol ("5 GB") or a sentence
    that starts there is no name, unless a possessive follows ("50 Cent's second album").

    Example:
        >>> from newsnum import extract
        >>> extract("the rapper 50 Cent and the film 21 Grams")
        []
    """
    n, text = w.num, w.text
    if not n.plain or w.unit is None:
        return False
    possessive = text.startswith(("'s", "’s"), w.unit[0][1])  # no unit takes one: "50 Cent's"
    if at_sentence_start(text, n.start) and not possessive:
        return False
    if w.word_before.lower() in _hedge_ends() and _hedged(w):
        return False  # "more than 2 Cups": a measure, capitalised as a heading is
    written = text[w.unit[0][0] : w.unit[0][1]]
    spaced = text[n.end : n.end + 1] == " "  # not a symbol glued to it: "18Mbps"
    return spaced and len(written) > 2 and written.istitle() and written.isalpha()


def _hedged(w: Window) -> bool:
    """Whether a hedge ("more than", "upwards of") ends right before the number."""
    return phrase_before(read_on(w.text, w.before, 3), _words.HEDGES) is not None


def word_score(w: Window) -> bool:
    """Two spelled numbers joined by a hyphen are a score: "Five-four is a hockey score".

    With a unit after them they are a range: "two-three years ago".

    Example:
        >>> from newsnum import extract
        >>> extract("a one-nil win"), [q.upper for q in extract("stopped two-three years ago")]
        ([], [Decimal('3')])
    """
    n, nxt, prev, text = w.num, w.next, w.prev, w.text
    head = nxt is not None and nxt.kind == "words" and nxt.start == n.end + 1
    tail = prev is not None and prev.kind == "words" and prev.end + 1 == n.start
    if head and text[n.end] == "-":
        return nxt is not None and unit_at(text, nxt.end) is None  # "two-three years": a range
    return tail and text[n.start - 1] == "-" and w.unit is None


def tied_score(w: Window) -> bool:
    """A number hyphenated to "all" is a tied score: "the series was drawn two-all", "2-all".

    Example:
        >>> from newsnum import extract
        >>> extract("the Test series was drawn two-all")
        []
    """
    end, text = w.num.end, w.text
    after = text[end + 4 : end + 5]
    return text.startswith(("-all", "–all"), end) and not (after.isalpha() or after == "-")


def clock_time(w: Window) -> bool:
    """A time of day, not a race time: "at 10:30" (but "won in 2:09:56", "3:31.20" count).

    Example:
        >>> from newsnum import extract
        >>> extract("kick-off at 15:00"), [q.unit for q in extract("won in 2:09:56")]
        ([], ['second'])
    """
    n, text = w.num, w.text
    if n.kind != "clock" or "." in text[n.start : n.end]:
        return False
    return w.word_before.lower() not in _words.RACE_TIME_BEFORE


def tally(w: Window) -> bool:
    """A small bracketed figure after a name is a tally, not an age: "Smith (2)".

    Example:
        >>> from newsnum import extract
        >>> extract("Scorers: Smith (2), Jones")
        []
    """
    n, text = w.num, w.text
    if not (n.plain and n.value < 16 and text[n.start - 1 : n.start] == "("):
        return False
    return text.startswith(")", n.end) and word_ending_at(text, n.start - 2)[:1].isupper()


def tiebreak(w: Window) -> bool:
    """A tie-break's score in brackets after a set's: "Nadal 6-7 (6/8) 6-2", "won 7-6 (5) 6-3".

    Example:
        >>> from newsnum import extract
        >>> extract("Nadal 6-7 (6/8) 6-2 7-6 (5) 6-2 Roddick"), len(extract("aged 6-7 (5 pupils)"))
        ([], 2)
    """
    n, text = w.num, w.text
    if text[n.start - 1 : n.start] != "(" or not text.startswith(")", n.end):
        return False
    return _patterns().set_before.search(text, max(0, n.start - 8), n.start - 1) is not None


#: The rules that drop a number, in the order they are tried. Those that drop the most
#: numbers in the development articles come first (a sports table's scores, codes glued
#: to names, capitalised names, dates), so that a number they drop is shown few others.
#: The order changes no result, since a number is dropped if any rule drops it.
EXCLUSIONS: tuple[Callable[[Window], bool], ...] = (
    in_a_link,
    score,
    glued_before,
    capitalized_name,
    date,
    glued_after,
    rank,
    ordinal_or_time,
    identifier,
    after_a_name,
    ordinal_word,
    idiom,
    hyphenated_name,
    hyphenated_model,
    period_fraction,
    ordinal_in_a_row,
    resolution,
    code,
    phone,
    address,
    score_tail,
    split_vote,
    running_score,
    version_after_a_name,
    before_a_name,
    listed_after_a_name,
    rank_before,
    chart_place,
    rank_alternative,
    betting_odds,
    competition_stage,
    class_number,
    possessive,
    model_before_a_noun,
    era,
    clock_time,
    tally,
    titled_unit,
    word_score,
    tied_score,
    tiebreak,
)


#: Which numbers each rule reads, spelled-out ("words"), any digits ("digits") or bare
#: digits only ("plain"). A number is only shown the rules that can apply to it.
_READS: dict[str, str] = {
    "ordinal_word": "words",
    "hyphenated_name": "words",
    "hyphenated_model": "plain",
    "period_fraction": "words",
    "ordinal_in_a_row": "words",
    "resolution": "digits",
    "ordinal_or_time": "any",
    "code": "digits",
    "glued_before": "digits",
    "glued_after": "digits",
    "identifier": "digits",
    "phone": "plain",
    "address": "plain",
    "date": "plain",
    "score": "plain",
    "score_tail": "plain",
    "running_score": "any",
    "split_vote": "any",
    "capitalized_name": "words",
    "idiom": "words",
    "after_a_name": "plain",
    "version_after_a_name": "digits",
    "before_a_name": "plain",
    "listed_after_a_name": "plain",
    "rank": "any",
    "rank_before": "any",
    "chart_place": "any",
    "rank_alternative": "any",
    "betting_odds": "digits",
    "competition_stage": "any",
    "class_number": "any",
    "possessive": "plain",
    "model_before_a_noun": "plain",
    "era": "plain",
    "clock_time": "clock",
    "in_a_link": "any",
    "tally": "plain",
    "titled_unit": "plain",
    "word_score": "words",
    "tied_score": "any",
    "tiebreak": "digits",
}


#: The rules that can drop a figure with plain prose on both sides (:func:`prose_before`,
#: :func:`prose_after`); every other rule looks for a mark, a capital or a word that
#: prose of this kind has not.
IN_PROSE = frozenset(
    {"in_a_link", "ordinal_or_time", "phone", "date", "resolution", "idiom", "ordinal_in_a_row"}
    | {"rank_alternative", "rank_before", "betting_odds", "listed_after_a_name"}
    | {"running_score", "split_vote", "chart_place", "model_before_a_noun"}
)

_OPEN = " (\"'“‘$£€¥₹"  # what may stand right before a figure in plain prose
_STOPS = ",.;:!?%"  # and right after it


def prose_before(w: Window) -> bool:
    """Whether plain prose stands before a number, where no rule of :data:`MARK_BEFORE` looks.

    A space, a bracket, a quote or a money sign, itself after a lower-case word no rule
    looks for (or none); a spelled number in lower case.

    Example:
        >>> from newsnum.exclusions import prose_before
        >>> from newsnum.scan import scan
        >>> from newsnum.window import window
        >>> text = "About 2,000 cars and 40 MEPs"
        >>> [prose_before(window(text, tuple(scan(text)), i)) for i in range(2)]
        [False, True]
    """
    n, text = w.num, w.text
    if n.start and text[n.start - 1] not in _OPEN:
        return False
    if n.kind == "words" and not text[n.start].islower():
        return False  # "the Six Nations"
    word = w.word_before
    return not word or (word.isalpha() and word.islower() and word not in _prose_triggers())


def prose_after(w: Window) -> bool:
    """Whether plain prose follows a number, where no rule of :data:`MARK_AFTER` looks.

    A stop, or a space and a lower-case letter, or nothing.

    Example:
        >>> from newsnum.exclusions import prose_after
        >>> from newsnum.scan import scan
        >>> from newsnum.window import window
        >>> text = "About 2,000 cars and 40 MEPs"
        >>> [prose_after(window(text, tuple(scan(text)), i)) for i in range(2)]
        [True, False]
    """
    after = w.text[w.num.end : w.num.end + 2]
    return not after or after[0] in _STOPS or (after[0] == " " and after[1:].islower())


#: The rules that drop a number only when a mark, a capital or a given word stands just
#: before it (a letter glued to it, "-", a name, "number", "first"): a number after plain
#: prose (:func:`prose_before`) is not shown them.
MARK_BEFORE = frozenset(
    {"glued_before", "score_tail", "rank", "identifier", "after_a_name"}
    | {"version_after_a_name", "capitalized_name", "period_fraction"}
)

#: The rules that drop a number only when a mark, a capital or a letter follows it ("-",
#: ")", "'s", a street's name, "BC"): a number before plain prose (:func:`prose_after`) is
#: not shown them.
MARK_AFTER = frozenset(
    {"score", "glued_after", "address", "before_a_name", "era", "possessive", "tally"}
    | {"titled_unit", "hyphenated_name", "ordinal_word", "tied_score", "tiebreak"}
    | {"hyphenated_model"}
)


@cache
def _prose_triggers() -> frozenset[str]:
    """The lower-case words before a figure that a rule outside :data:`IN_PROSE` looks for.

    "number", "ranked", "first" (as in "the first half"); not "the", which only the date
    rule reads ("March the 24th"), a rule of :data:`IN_PROSE`.
    """
    words = (
        *_words.IDENTIFIER_WORDS,
        *_last_words(_words.IDENTIFIER_PHRASES),
        *_words.RANK_WORDS,
        *_words.STAGE_WORDS,
        *_words.CLASS_WORDS,
        *_words.ORDINALS,  # "the first half"
    )
    return frozenset(word.lower() for word in words)


#: The rules that apply only after a few words, by the word written before the number (a
#: number after any other word is not shown them). Each word also counts with a capital
#: and in capitals.
WORD_GATES: dict[str, frozenset[str]] = {
    "rank_before": frozenset({"from"}),
    "chart_place": frozenset({"to", "from", "at"}),
    "running_score": frozenset({"it"}),
    "rank_alternative": frozenset({"or", "and"}),
    "competition_stage": _words.STAGE_WORDS,
    "class_number": _words.CLASS_WORDS,
}


@cache
def _gates() -> dict[str, frozenset[str]]:
    """:data:`WORD_GATES` as written: each word also with a capital and in capitals."""
    return {
        rule: frozenset(form for w in words for form in (w, w.capitalize(), w.upper()))
        for rule, words in WORD_GATES.items()
    }


@cache
def _gate_words() -> frozenset[str]:
    return frozenset(word for words in _gates().values() for word in words)


#: The rules that drop a number only where another stands within a few characters of it
#: (:func:`joined`): "eight to one", "Smith 2, Jones 3", "6-9 favourite". A number on its
#: own is not shown them.
JOINED = frozenset({"split_vote", "listed_after_a_name", "rank_alternative", "betting_odds"})

#: The most characters between two numbers that :func:`joined` calls joined (" and ").
_JOIN_GAP = 5


def joined(w: Window) -> bool:
    """Whether another number stands within five characters, or a slash in the figure ("7/4").

    Example:
        >>> from newsnum.exclusions import joined
        >>> from newsnum.scan import scan
        >>> from newsnum.window import window
        >>> text = "won 8 to 1 after 40 minutes"
        >>> [joined(window(text, tuple(scan(text)), i)) for i in range(3)]
        [True, True, False]
    """
    n, prev, nxt = w.num, w.prev, w.next
    return (
        (prev is not None and n.start - prev.end <= _JOIN_GAP)
        or (nxt is not None and nxt.start - n.end <= _JOIN_GAP)
        or w.text.find("/", n.start, n.end) >= 0
    )


_RULES_FOR: dict[tuple[str, bool, bool, bool, str, bool], tuple[Callable[[Window], bool], ...]] = {}


def _rules_for(
    kind: str,
    plain: bool,
    before: bool = False,
    after: bool = False,
    word: str = "",
    near: bool = True,
) -> tuple[Callable[[Window], bool], ...]:
    """The rules that can apply to a number of this kind after ``word`` (kept, once worked out).

    ``before`` and ``after``: whether plain prose stands before and after it; ``word`` is
    the word before the number if a rule of :data:`WORD_GATES` waits for it, else "";
    ``near``, whether it is :func:`joined` to another.
    """
    key = (kind, plain, before, after, word, near)
    rules = _RULES_FOR.get(key)
    if rules is None:
        reads = {
            "words": {"words"},
            "fold": {"words"},  # "twice", "fourfold": the rules of spelled numbers
            "digits": {"digits", "plain"} if plain else {"digits"},
            "clock": {"clock"},
        }
        wanted = {"any", *reads.get(kind, set())}
        rules = tuple(
            rule
            for rule in EXCLUSIONS
            if _READS[rule.__name__] in wanted
            and not (before and after and rule.__name__ not in IN_PROSE)
            and not (before and rule.__name__ in MARK_BEFORE)
            and not (after and rule.__name__ in MARK_AFTER)
            and word in _gates().get(rule.__name__, (word,))
            and (near or rule.__name__ not in JOINED)
        )
        _RULES_FOR[key] = rules
    return rules


def excluded(w: Window) -> bool:
    """Whether any rule of :data:`EXCLUSIONS` drops the number (never when strict).

    Example:
        >>> from newsnum.exclusions import excluded
        >>> from newsnum.scan import scan
        >>> from newsnum.window import window
        >>> text = "on 24 February"
        >>> excluded(window(text, tuple(scan(text)), 0))
        True
    """
    if w.strict:
        return False
    n = w.num
    prose = n.kind in ("digits", "words")
    before, after = (prose_before(w), prose_after(w)) if prose else (False, False)
    word = w.word_before if w.word_before in _gate_words() else ""
    near = joined(w)
    for rule in _rules_for(n.kind, n.plain, before, after, word, near):  # noqa: SIM110 (a hot loop: no generator)
        if rule(w):
            return True
    return False
