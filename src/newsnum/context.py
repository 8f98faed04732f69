"""The words around a number: what is written before it, and what it is.

:mod:`newsnum.extract` asks this module, for each number the scanner found,
about the text around it: the words just before (hedges, "between", signs,
determiners), a currency sign, and whether the number is a date, a clock time,
an ordinal, an identifier, a phone number or an address rather than a
quantity; whether a spelled-out number counts something; whether a bare figure
is an age; and which noun a count counts. Every look is bounded: it reads a
few words or characters on either side, so the cost per number is constant.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Mapping
from decimal import Decimal

from newsnum import units
from newsnum.scan import Num

__all__ = [
    "HEDGES",
    "HEDGE_WORDS",
    "MASS_NOUNS",
    "MONTH_AFTER",
    "QUOTES",
    "RANGE_OPENERS",
    "STOP_WORDS",
    "alone",
    "currency_before",
    "excluded",
    "is_age",
    "is_calendar_year",
    "is_year_like",
    "noun_after",
    "phrase_before",
    "plausible_word_count",
    "words_before",
]

#: Hedges written before a number, and the bound they give; the longest that
#: fits is taken ("no more than" before "more than").
HEDGES: dict[str, str] = {
    "more than": ">",
    "greater than": ">",
    "larger than": ">",
    "higher than": ">",
    "over": ">",
    "above": ">",
    "upwards of": ">",
    "in excess of": ">",
    "just over": ">",
    "well over": ">",
    "at least": ">=",
    "no fewer than": ">=",
    "no less than": ">=",
    "a minimum of": ">=",
    "not less than": ">=",
    "smaller than": "<",
    "longer than": ">",
    "older than": ">",
    "taller than": ">",
    "shorter than": "<",
    "younger than": "<",
    "lower than": "<",
    "bigger than": ">",
    "greater than or equal to": ">=",
    "more than or equal to": ">=",
    "higher or equal than": ">=",
    "greater or equal than": ">=",
    "larger or equal than": ">=",
    "less than or equal to": "<=",
    "less or equal than": "<=",
    "lower or equal than": "<=",
    "smaller or equal than": "<=",
    "no greater than": "<=",
    "no higher than": "<=",
    "not exceeding": "<=",
    "equal to": "=",
    "less than": "<",
    "fewer than": "<",
    "under": "<",
    "below": "<",
    "just under": "<",
    "up to": "<=",
    "at most": "<=",
    "no more than": "<=",
    "not more than": "<=",
    "as many as": "<=",
    "as much as": "<=",
    "as high as": "<=",
    "a maximum of": "<=",
    "about": "~",
    "around": "~",
    "some": "~",
    "roughly": "~",
    "nearly": "~",
    "almost": "~",
    "approximately": "~",
    "approx.": "~",
    "circa": "~",
    "close to": "~",
    "an estimated": "~",
    "estimated": "~",
    "almost exactly": "~",
    "within": "<=",
    "capped at": "<=",
    "at or below": "<=",
    "at or above": ">=",
    "topped": ">",
    "exceed": ">",
    "exceeds": ">",
    "exceeded": ">",
    "exceeding": ">",
    "surpassed": ">",
    "exactly": "=",
    "precisely": "=",
}

_HEDGE_ENDS = frozenset(phrase.split()[-1] for phrase in HEDGES)
HEDGE_WORDS = 5  # the longest hedge, in words ("greater than or equal to")

RANGE_OPENERS = frozenset({"between", "from"})

_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)

_MONTH_NAMES = frozenset(
    """Jan Jan. January Feb Feb. February Mar Mar. March Apr Apr. April May Jun Jun. June
    Jul Jul. July Aug Aug. August Sep Sep. Sept Sept. September Oct Oct. October Nov Nov.
    November Dec Dec. December""".split()
)

MONTH_AFTER = re.compile(r"(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTHS + r"\b")

_DAYS_AFTER = re.compile(
    r"(?:[ \t]*[-–][ \t]*|[ \t]+to[ \t]+|[ \t]+and[ \t]+)[0-9]{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?"
    + _MONTHS
    + r"\b"
)

_ORDINAL_AFTER = re.compile(r"(?:st|nd|rd|th)\b", re.IGNORECASE)

_TIME_AFTER = re.compile(
    r"\s?(?:[ap]\.m\.|[ap]m\b|o'clock\b|GMT\b|UTC\b|BST\b|CET\b|EST\b|EDT\b|PST\b|PDT\b)",
    re.IGNORECASE,
)

#: Capitalised words after which a bare number names a thing, not a quantity.
_IDENT_WORDS = frozenset(
    """Article Route Boeing Airbus Section Chapter Flight Room No. Nos. Number Highway Interstate
    Apollo Windows Level Phase Stage Category Grade Grades Model Version Vol. Volume Page
    Resolution Gate Platform Terminal District Block Unit Brigade Division Squadron Battalion
    Regiment Channel Track Proposition Amendment Exit Bus Episode Season Part Figure Fig. Table
    Item Paragraph Clause Line Psalm Title Class Type Mark Series Formula Zone Sector Building
    Floor Ward Precinct Road Street Avenue Station Lane Camp Lot Pier Bay Act Bill Covid COVID
    Rule Group iPhone Galaxy Pixel PlayStation Xbox Bowl WWII War Generation Gen Hurricane
    Storm Typhoon Cyclone Iskander Patriot Leopard Abrams Challenger Bradley Javelin HIMARS
    Stinger Ligue Liga Serie Bundesliga Tier Term FTSE DAX CAC Nikkei Stoxx STOXX Russell Seng
    ASX Nifty Fortune Forbes Euro Vision Max MAX Pro Ultra Pi Voyager Order HR Junction
    junction junctions No Radio Flat Year Bed Cell Suite Apartment Apt. Box Door Pillar Post
    Falcon Starship iOS macOS Android Fi platform PS Note Surface Kindle""".split()
)

#: Lower-case words after which a bare number is a name: "the number 38 bus", "junction 3".
_IDENT_PHRASES = frozenset({"the number", "a number", "bus number", "route number"})

_NOT_ONE_AFTER = re.compile(
    r"[ -](?:of|another|day|by|hand|way|thing|side|point|time|more|less|other|too)\b"
    r"|'s\b|-off\b|-time\b|-sided\b|-on-one\b",
    re.IGNORECASE,
)

_NOT_ONE_BEFORE = frozenset(
    """no some any every the this that which each only last next another such one little
    big new old right wrong good bad same first other""".split()
)

_LONE_FRACTION_WORDS = frozenset(
    {"half", "a half", "an half", "quarter", "a quarter", "third", "a third"}
)

QUOTES = "\"'“”‘’"

_DETERMINERS = frozenset({"the", "its", "his", "her", "their", "our", "this", "that", "my", "your"})

STOP_WORDS = frozenset(
    """a an the of to in on at by for from with and or but as than that this these those is are
    was were be been being has have had do does did will would can could may might must shall
    should who whom whose which what where when why how it its their his her our your my we
    they he she you i me us them him not no yes so if then also more most less fewer over under
    about around some per each every all both either neither nor into onto out up down off
    since until while after before during against among between through across toward towards
    within without including there here said says say according told reported year years ago
    old aged later earlier respectively behind ahead beyond near past via inside outside except
    despite upon amid amongst away makes shows remains comes goes means seems includes
    represents marks takes gives needs leaves puts gets apiece""".split()
)

_NOUN_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)*")

MASS_NOUNS = frozenset(
    """people aircraft personnel staff police children men women manpower cattle sheep fish
    livestock troops military infantry civilians injured wounded dead killed missing
    deer offspring crew militia""".split()
)

_ONE_SPACE = re.compile(r"[ \u00a0]")

_OF_AFTER = re.compile(r"[ \u00a0]of[ \u00a0]+(?:the[ \u00a0]+|our[ \u00a0]+|its[ \u00a0]+)?")

_SPACE = " \t\u00a0\u202f\u2009"

#: ISO 4217 codes that are also English words in capitals.
_WORDLIKE_CODES = frozenset({"ALL", "TOP", "CUP", "MOP", "BOB", "GEL", "PEN", "SOS", "TRY", "MAD"})

_GLUED_SIGNS = frozenset({"Rs", "RM", "Rp"})
#: ISO codes news glues to an amount ("USD3.14", "GBP3.01"); any other code glued
#: to digits is a name ("COP28").
_MAJOR_CODES = frozenset(
    "USD EUR GBP JPY CNY INR CHF CAD AUD NZD HKD SGD MYR UAH RUB BRL ZAR KRW SEK NOK DKK".split()
)

_MAX_PREFIX = 4  # the longest currency sign: "US$", "HK$", "NZ$", "USD "


def currency_before(text: str, pos: int) -> tuple[str, int] | None:
    """The currency sign written just before ``pos`` ("$", "US$", "£", "EUR "), and its start."""
    end = pos
    if end > 0 and text[end - 1] in _SPACE:
        end -= 1
    for size in range(_MAX_PREFIX, 0, -1):
        start = end - size
        if start < 0:
            continue
        sign = text[start:end]
        code = units.CURRENCY_PREFIXES.get(sign)
        if code is None:
            continue
        if sign[0].isalpha() and start > 0 and text[start - 1].isalnum():
            continue  # "RUSD" is not "USD"
        if sign in _WORDLIKE_CODES:
            continue  # "TOP 10", "ALL 5" in a headline
        if (
            sign[-1].isalpha()
            and end == pos
            and not (
                sign in _GLUED_SIGNS or (sign in _MAJOR_CODES and text[pos : pos + 1].isdigit())
            )
        ):
            continue  # glued only as "USD3.14", "Rs20", "RM42"; "COP28" is a summit
        return code, start
    return None


def words_before(text: str, pos: int, count: int, *, quote: bool = False) -> list[tuple[str, int]]:
    """Up to ``count`` words written just before ``pos``, nearest last, with their starts.

    Only spaces may separate the words from each other and from ``pos`` (and,
    with ``quote``, one opening quote mark before ``pos``). Reading stops at
    anything else, so the cost is bounded by the words read.
    """
    if quote and pos > 0 and text[pos - 1] in QUOTES:
        pos -= 1
    words = _tail_words(text, pos)
    return list(words[-count:]) if count < len(words) else list(words)


class _LastRead(threading.local):
    """The words last read, per thread: several rules ask about the same number."""

    text: str | None = None
    pos = -1
    words: tuple[tuple[str, int], ...] = ()


_LAST = _LastRead()


def _tail_words(text: str, pos: int) -> tuple[tuple[str, int], ...]:
    """The words before ``pos`` (at most as many as the longest hedge).

    The last reading is kept per thread (the text by identity, so nothing is
    hashed), since the hedge, sign, date and identifier rules all look at the
    words before the same number.
    """
    last = _LAST
    if last.text is text and last.pos == pos:
        return last.words
    out: list[tuple[str, int]] = []
    p = pos
    while len(out) < HEDGE_WORDS:
        q = p
        while q > 0 and p - q < 3 and text[q - 1] in _SPACE:
            q -= 1
        if q == p or q == 0:
            break
        e = q
        while q > 0 and e - q < 24 and (text[q - 1].isalpha() or text[q - 1] in ".'"):
            q -= 1
        if q == e or (q > 0 and text[q - 1].isalnum()):
            break
        out.append((text[q:e], q))
        p = q
    out.reverse()
    last.text, last.pos, last.words = text, pos, tuple(out)
    return last.words


def phrase_before(
    text: str,
    pos: int,
    phrases: Mapping[str, object] | frozenset[str],
    most: int,
    *,
    quote: bool = False,
) -> tuple[str, int] | None:
    """The longest phrase of ``phrases`` (lowercase) ending just before ``pos``."""
    words = words_before(text, pos, most, quote=quote)
    if phrases is HEDGES and (not words or words[-1][0].lower() not in _HEDGE_ENDS):
        return None  # most numbers follow a word that ends no hedge
    for k in range(len(words), 0, -1):
        phrase = " ".join(w for w, _ in words[-k:]).lower()
        if phrase in phrases:
            return phrase, words[-k][1]
    return None


#: People whose age news gives after a comma: "a woman, 32, was found".
_PERSONS = frozenset(
    """man woman boy girl son daughter mother father husband wife teenager pensioner victim
    driver officer student pupil player brother sister friend partner suspect grandmother
    grandfather mum dad child baby resident worker nurse doctor soldier actor actress
    singer defendant accused pilot farmer teacher owner passenger pedestrian cyclist
    motorist patient mother-of-two father-of-two""".split()
)

_AGED = frozenset({"aged", "age", "ages", "who is", "who was", "as young as", "as old as"})


def is_age(text: str, start: int, end: int, value: Decimal, upper: Decimal | None) -> bool:
    """Whether a bare figure is someone's age, in years."""
    if not 0 < value < 130 or (upper is not None and upper >= 130):
        return False
    if phrase_before(text, start, _AGED, 3):
        return True
    if start >= 2 and text[start - 2 : start] == ", " and (end == len(text) or text[end] in ",)."):
        word = _word_ending_at(text, start - 2)
        if word and (word[0].isupper() or word.lower() in _PERSONS):
            return True
        # "the pope, 87," / "a nurse, 41,": someone named by a noun after an article
        before = words_before(text, start - 2 - len(word), 1) if word else []
        return value < 120 and bool(before) and before[0][0].lower() in ("the", "a", "an")
    if start >= 2 and text[start - 2 : start] == " (" and text.startswith(")", end):
        last = words_before(text, start - 1, 1)
        return bool(last) and last[0][0][:1].isupper()
    return False


def _word_ending_at(text: str, pos: int) -> str:
    """The word that ends just before ``pos`` (at most 24 letters), or ""."""
    q = pos
    while q > 0 and pos - q < 24 and text[q - 1].isalpha():
        q -= 1
    return text[q:pos]


def is_calendar_year(n: Num) -> bool:
    """A bare figure from 1900 to 2100: almost always a year in news."""
    return n.plain and 1900 <= n.value <= 2100 and n.value == n.value.to_integral_value()


def is_year_like(value: Decimal) -> bool:
    """A whole number from 1000 to 2100: a year when it stands bare."""
    return value == value.to_integral_value() and 1000 <= value <= 2100


def excluded(text: str, n: Num, prev: Num | None) -> bool:
    """Whether a number is part of a date, a time, an ordinal or an identifier."""
    if n.kind == "words":
        # "twenty-first century", "zero-hours contracts"
        if _ORDINAL_WORD_AFTER.match(text, n.end) or _ZERO_HOURS.match(text, n.start):
            return True
        if (
            text.startswith("-", n.end)
            and text[n.end + 1 : n.end + 2].isalpha()
            and units.match_unit(text, n.end) is None
        ):
            return True  # "three-pointers", "five-star", "two-time": a name, not a count
        word = " ".join(text[n.start : n.end].lower().split())
        last = words_before(text, n.start, 1)
        if last and last[0][0].lower() in _ORDINALS and word in _LONE_FRACTION_WORDS:
            return True  # "the first half of the year" is a period, not 0.5
        # "a sixth straight month" is an ordinal
        return bool(_IN_A_ROW.match(text, n.end)) and word.split()[-1] in _ORDINAL_DENOMINATORS
    if n.kind != "digits":
        return False
    start, end = n.start, n.end
    if n.scale is not None and text[end - 1 : end] == "K" and _SCREEN_AFTER.match(text, end):
        return True  # "4K TVs", "8K video": a resolution, not thousands
    if _ORDINAL_AFTER.match(text, end) or _TIME_AFTER.match(text, end):
        return True
    if _CODE_AFTER.match(text, end):
        return True  # 1/0, 555-1234-5678, 9/11
    if (start > 0 and text[start - 1] in "-/") and _chained(text, start, end):
        return True  # the middle or tail of +1-222-2222-2222
    if start > 0:
        prev_char = text[start - 1]
        if prev_char in "_/@+#":
            return True
        if prev_char == "." and start > 1 and text[start - 2].isalpha():
            return True  # BA.2.86, v.2
        if prev_char.isalpha() and currency_before(text, start) is None:
            return True  # G7, MH17
        if prev_char in "-–" and start > 1:
            if text[start - 2].isalpha() and not _unit_before(text, start - 1):
                return True  # F-16, Covid-19; but not the "5" of "3km-5km"
            if (
                prev is not None
                and prev.end == start - 1
                and prev.plain
                and (is_year_like(prev.value) or excluded(text, prev, None))
            ):
                return True  # the tail of 2013-14
    if (
        end < len(text)
        and text[end].isalpha()
        and units.match_unit(text, end) is None
        and currency_before(text, start) is None
        and not (text[end] == "s" and "." in text[start:end])  # "11.2s behind"
    ):
        return True  # 5G, 3D, 4x4; but "€10M" is money
    if end < len(text) and text[end] in "_@":
        return True
    if not n.plain:
        return False
    last = words_before(text, start, 1)
    word = last[0][0] if last else ""
    if word in _IDENT_WORDS or (start > 0 and text[start - 1] == "#"):
        return True
    if word == "P" and text.endswith("S&P ", 0, start):
        return True  # the S&P 500 index
    if phrase_before(text, start, _IDENT_PHRASES, 2):
        return True  # "the number 38 bus"
    if text[start] == "0" and end - start >= 3 and not alone(text, start, end):
        return True  # 0800, 07700: a phone number or a code, never a quantity
    if _in_phone(text, start, end):
        return True  # 0800 123 4567, +44 20 7946 0958
    if _ADDRESS_AFTER.match(text, end):
        return True  # 27 High Street
    if word == "the":  # "March the 24th"
        two = words_before(text, start, 2)
        word = two[0][0] if len(two) == 2 else ""
    dated = word in _MONTH_NAMES
    if n.value <= 31 and (dated or MONTH_AFTER.match(text, end) or _DAYS_AFTER.match(text, end)):
        return True  # "Feb 24", "24 February", "from 10 to 24 June"
    return dated and is_year_like(n.value)


_PHONE = re.compile(
    r"(?<![0-9])0[0-9]{2,4}(?:[ -][0-9]{3,6}){1,3}(?![0-9])"
    r"|\+[0-9]{1,3}(?:[ -][0-9]{1,5}){2,4}(?![0-9])"
)

_ADDRESS_AFTER = re.compile(
    r"(?:[ ][A-Z][a-z]+){1,2}[ ](?:Street|St|Road|Rd|Lane|Avenue|Ave|Close|Drive|Way|Place"
    r"|Square|Crescent|Terrace|Gardens|Court|Boulevard|Blvd|Row|Hill|Grove|Mews)\b"
)


def _unit_before(text: str, pos: int) -> bool:
    """Whether the letters ending at ``pos`` are glued to a figure: "1.2m", "3km"."""
    q = pos
    while q > 0 and pos - q < 6 and text[q - 1].isalpha():
        q -= 1
    return q > 0 and text[q - 1].isdigit()


def _in_phone(text: str, start: int, end: int) -> bool:
    """Whether digits at [start, end) sit in a phone number (a bounded look around)."""
    lo = max(0, start - 16)
    head = text[lo : start + 1]
    if "+" not in head and " 0" not in head and not head.startswith("0"):
        return False  # a phone number opens with "0" or "+"
    return any(
        m.start() <= start and end <= m.end()
        for m in _PHONE.finditer(text, lo, min(len(text), end + 16))
    )


_CELL = 100  # the longest text read as a lone figure


def alone(text: str, start: int, end: int) -> bool:
    """Whether a figure is the whole of a short text: a table cell, a headline figure."""
    return len(text) <= _CELL and not text[:start].strip() and not text[end:].strip(" .!?")


_ONE_IN = re.compile(r"[ \t]+in[ \t]+(?:[0-9]|every\b|[a-z]+\b)", re.IGNORECASE)

_SCREEN_AFTER = re.compile(
    r"[ -](?:TVs?|video|videos|resolution|screens?|displays?|monitors?|streaming|UHD|HDR)\b"
)
_ORDINALS = frozenset(
    "first second third fourth fifth sixth seventh eighth ninth tenth last final".split()
)
_ORDINAL_DENOMINATORS = frozenset(
    "third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split()
)
_IN_A_ROW = re.compile(
    r" (?:straight|consecutive|successive|time|round|place|year|month|week|day|quarter"
    r"|season|term|game|match|race|largest|biggest)\b",
    re.IGNORECASE,
)
_ZERO_HOURS = re.compile(r"zero-hours?\b", re.IGNORECASE)
_CODE_AFTER = re.compile(r"/[0-9]|-[0-9]+-[0-9]")

_CHAIN = re.compile(r"[0-9]+(?:[-/][0-9]+){2,}")


def _chained(text: str, start: int, end: int) -> bool:
    """Whether digits at [start, end) sit in a chain of three or more joined groups."""
    lo = max(0, start - 40)
    return any(
        m.start() + lo <= start and end <= m.end() + lo
        for m in _CHAIN.finditer(text[lo : end + 40])
    )


_ORDINAL_WORD_AFTER = re.compile(
    r"-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|[a-z]+ieth)\b", re.IGNORECASE
)


def plausible_word_count(text: str, n: Num, noun: str | None, hedged: bool) -> bool:
    """Whether a spelled-out number is a count rather than a pronoun or an idiom.

    A number that stands alone (a table cell, a headline figure) always
    counts; a lone "half" or "one" needs a hedge ("more than half"), a sign
    ("minus one") or, for "one", a noun ("one soldier").
    """
    if alone(text, n.start, n.end):
        return True
    word = " ".join(text[n.start : n.end].lower().split())
    if word.endswith("th"):
        last = words_before(text, n.start, 1)
        if last and last[0][0].lower() in _DETERMINERS:
            return False  # "the one hundredth anniversary" is an ordinal
    if word in _LONE_FRACTION_WORDS:
        if hedged or text.startswith(" of ", n.end):
            return True  # "a third of the country", "more than half"
        last = words_before(text, n.start, 1)
        return bool(last) and last[0][0].lower() == "by"  # "fell by a third"
    if word == "one":
        if hedged or _ONE_IN.match(text, n.end):
            return True  # "one in four adults"
        if _NOT_ONE_AFTER.match(text, n.end):
            return False
        last = words_before(text, n.start, 1)
        if last and last[0][0].lower() in _NOT_ONE_BEFORE:
            return False
        if noun is None and not hedged:
            return False
    return True


def noun_after(text: str, pos: int, count: bool) -> str | None:
    """The noun phrase a count counts, or what a measure measures ("of territory")."""
    p = pos
    if not count:
        om = _OF_AFTER.match(text, p)
        if om is None:
            return None
        p = om.end()
    else:
        while p < len(text) and text[p] in QUOTES:
            p += 1
        if p < len(text) and text[p] in " \u00a0":
            p += 1
        while p < len(text) and text[p] in QUOTES:
            p += 1
    words: list[tuple[int, int]] = []
    while len(words) < 4:
        m = _NOUN_WORD.match(text, p)
        if m is None:
            break
        w = m.group().lower()
        if w in STOP_WORDS:
            break
        words.append((m.start(), m.end()))
        p = m.end()
        if p < len(text) and text[p] in QUOTES:
            break
        if p >= len(text) or not _ONE_SPACE.match(text, p):
            break
        p += 1
    # The head is the first word that looks like a plural or a mass noun:
    # "armored fighting vehicles", not "respondents cited prices".
    for k in range(len(words)):
        w = text[words[k][0] : words[k][1]]
        lw = w.lower()
        if (lw.endswith("s") and not lw.endswith(("ss", "us", "is", "ous"))) or (lw in MASS_NOUNS):
            return text[words[0][0] : words[k][1]]
    if not count and words:
        return text[words[0][0] : words[-1][1]]
    if words:
        w = text[words[0][0] : words[0][1]]
        if (w.islower() and not w.endswith(("ed", "ly", "ing"))) or w.lower() in MASS_NOUNS:
            return w
    return None
