"""From numbers to quantities: units, money, bounds, ranges, nouns, restatements.

:func:`extract` reads the numbers :mod:`newsnum.scan` finds and looks around
each one, in bounded windows of the original text, for what makes it a
quantity: a currency sign before it, a hedge ("more than"), a unit after it,
a second number that makes a range, the noun a count counts, and a
parenthetical conversion that restates it. Dates, years, clock times,
ordinals and identifiers are left out.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal, localcontext

from newsnum import numbers, units
from newsnum.context import (
    HEDGE_WORDS,
    HEDGES,
    MASS_NOUNS,
    MONTH_AFTER,
    RANGE_OPENERS,
    STOP_WORDS,
    currency_before,
    excluded,
    is_age,
    is_calendar_year,
    is_year_like,
    noun_after,
    phrase_before,
    plausible_word_count,
    words_before,
)
from newsnum.errors import NumberFormatError, UnknownUnitError
from newsnum.model import Quantity
from newsnum.scan import LETTER_FACTORS, Num, integral, scan

__all__ = ["extract", "parse_quantity"]


_RANGE_JOIN = re.compile(
    r"[ \t]*(?P<j>-|–|—|~)[ \t]*(?:to[ \t]+)?|[ \t]+(?P<w>to|through|and)[ \t]+", re.IGNORECASE
)
_BOUND_AFTER = re.compile(
    r"(?P<a>\+(?![0-9])|[ -]plus\b(?![ ]+(?:[$£€¥₹0-9]|an?\b|the\b|[a-z]+-))"
    r"|\s+or\s+(?:more|above|over|greater|higher)\b(?!\s+than)"
    r"|\s+or\s+(?:less|fewer|below|under|lower)\b(?!\s+than)|\s+or\s+so\b)",
    re.IGNORECASE,
)
_MONEY_PER = re.compile(r"[ \u00a0](?:per|a|an|each)\b|/", re.IGNORECASE)
_SIGNS = "-−–"


def extract(text: str, *, locale: str = "en") -> list[Quantity]:
    """Find every quantity in a text, in order of appearance.

    Never raises on text: a malformed number is returned with
    ``malformed=True`` and its most plausible reading as ``value``.

    Args:
        text: English news text, any length.
        locale: the locale whose grouping and decimal marks the digits use.

    Returns:
        The quantities, in order of appearance.

    Raises:
        TypeError: ``text`` is not a :class:`str`.
        UnknownLocaleError: ``locale`` is not a locale babel knows.

    Example:
        >>> from newsnum import extract
        >>> for q in extract('He claimed 16,400 "manpower" and 575 tanks since Feb 24.'):
        ...     print(q.value, q.unit, q.noun)
        16400 None manpower
        575 None tanks
        >>> q = extract("between 5 and 10 km")[0]
        >>> q.lower, q.upper, q.unit
        (Decimal('5'), Decimal('10'), 'kilometer')
    """
    if not isinstance(text, str):
        raise TypeError(f"extract() expects str, got {type(text).__name__}")
    with localcontext(numbers.ARITHMETIC):
        return _extract(text, locale, strict=False)


def _extract(text: str, locale: str, *, strict: bool) -> list[Quantity]:
    group, decimal = numbers.locale_marks(locale)
    nums = list(scan(text, group, decimal, locale))
    dollar = _marked_dollar(text) if "$" in text else None
    out: list[Quantity] = []
    i = 0
    while i < len(nums):
        q, used = _quantity(text, nums, i, strict, out[-1].end if out else 0)
        if q is not None and dollar is not None:
            q = _in_marked_dollars(text, q, dollar)
        if q is not None and not (out and out[-1].end > q.start):  # never overlap
            out.append(q)
        i += used
    out = _bound_pairs(text, out)
    out = _one_unit(text, out)
    out = _composites(text, out)
    out = _shared_units(text, out)
    return _restatements(text, out)


class _Side:
    """One end of a quantity being built: a number, its sign, money and unit."""

    __slots__ = ("currency", "end", "num", "scale", "start", "unit", "value")

    def __init__(self, text: str, nums: list[Num], i: int, floor: int = 0) -> None:
        n = nums[i]
        self.num = n
        self.start, self.end, self.value = n.start, n.end, n.value
        self.currency: str | None = None
        self.unit: str | None = None
        self.scale: Decimal | None = n.scale
        cm = currency_before(text, n.start) if n.kind == "digits" else None
        if cm is not None and cm[1] < floor:
            cm = None  # "3 CAD 3 cents": that CAD belongs to the number before
        if cm is not None:
            self.currency, self.start = cm
        elif (
            n.kind == "digits"
            and n.start >= 2
            and text[n.start - 1] in _SIGNS
            and (cm := currency_before(text, n.start - 1)) is not None
        ):  # "$-99.99"
            self.currency, self.start = cm
            self.value = -self.value
        if (
            n.kind == "digits"
            and self.start > 0
            and text[self.start - 1] in _SIGNS
            and (self.start == 1 or not text[self.start - 2].isalnum())
            and not (i > 0 and nums[i - 1].end >= self.start - 2)
        ):
            self.start -= 1
            self.value = -self.value
        else:
            sm = phrase_before(text, self.start, _SIGN_WORDS, 1)
            if sm is not None:
                self.start = sm[1]
                self.value = -self.value
        if self.currency is not None and n.scale is None:
            mm = _MONEY_SCALE.match(text, self.end)
            if mm is not None:
                self.scale = _money_factor(mm.group())
                self.value *= self.scale
                self.end = mm.end()

    def read_unit(self, text: str) -> None:
        """Read the unit written after the number, if it has no currency sign."""
        if self.currency is not None:
            return
        um = units.match_unit(text, self.end)
        if um is not None and um[1] == "meter" and _millions_of(text, self.end, um[0]):
            self.make_millions(text, um[0])  # British "3.7m refugees", "10m euros"
            return
        if um is None and _SECONDS.match(text, self.end) and "." in text[self.num.start : self.end]:
            um = (self.end + 1, "second")  # "finished 11.2s behind": a time, not a decade
        if um is None and (adj := _DURATION_ADJECTIVE.match(text, self.end)) is not None:
            um = units.match_unit(text, adj.end())  # "31 consecutive days"
            if um is not None and units.dimension(um[1]) != "time":
                um = None
        if um is not None:
            self.end, self.unit = um

    def glued_m(self, text: str) -> bool:
        """Whether the unit read is a lone "m" glued to the figure ("1.5m")."""
        return self.unit == "meter" and text[self.num.end : self.end] == "m"

    def make_millions(self, text: str, end: int) -> None:
        """Read a glued "m" as million, not metres: "3.7m", "1.2m-1.5m people".

        A unit after it still counts: "10m euros", "2m barrels a day".
        """
        self.value *= _MILLION
        self.scale = _MILLION
        self.unit = None
        self.end = end
        um = units.match_unit(text, end)
        if um is not None:
            self.end, self.unit = um


_SECONDS = re.compile(r"s(?![A-Za-z0-9'’])")
_DURATION_ADJECTIVE = re.compile(
    r" (?:consecutive|straight|successive|full|whole|working|calendar|solid)(?= )",
    re.IGNORECASE,
)


_MILLION = Decimal(10) ** 6


def _millions_of(text: str, start: int, end: int) -> bool:
    """Whether a glued "m" means million: before a count noun or a currency, not a length."""
    if text[start:end] != "m":
        return False
    nm = _NEXT_WORD.match(text, end)
    if nm is None:
        return False
    word = nm.group(1).lower()
    if word in MASS_NOUNS or word in _MILLION_NOUNS:
        return True
    cm = units.match_unit(text, end)
    if cm is not None and units.is_currency(cm[1]):
        return True
    return (
        word.endswith("s")
        and not word.endswith(("ss", "us", "is"))
        and word not in _METRE_PLURALS
        and word not in STOP_WORDS
    )


_NEXT_WORD = re.compile(r" ([A-Za-z]+)\b")
_MILLION_NOUNS = frozenset(
    """viewers voters refugees residents users barrels fine deal contract budget loss profit
    investment package bid bill fee payout grant fund loan debt bonus salary transfer""".split()
)
#: Plurals that follow a length in metres: "the 400m hurdles", "10m waves".
_METRE_PLURALS = frozenset(
    """hurdles relays heats finals races sprints events records swims waves walls steps metres
    meters yards feet inches kilometres kilometers miles deep tall high long wide away below
    above ahead apart across""".split()
)


_MARKED_DOLLAR = re.compile(r"(?<![A-Za-z])(?:A|AU|C|CA|NZ|HK|S)\$")


def _marked_dollar(text: str) -> str | None:
    """The dollar a text marks ("A$", "C$", "NZ$", "HK$", "S$"), if it marks exactly one.

    A bare "$", "dollars" and "cents" are then that dollar, not the US one.
    """
    codes = {units.CURRENCY_PREFIXES[m.group()] for m in _MARKED_DOLLAR.finditer(text)}
    return codes.pop() if len(codes) == 1 else None


def _in_marked_dollars(text: str, q: Quantity, dollar: str) -> Quantity:
    """Read an unmarked dollar amount in the dollar the text marks elsewhere."""
    if q.unit is None or q.unit.split(" / ")[0] != "USD":
        return q
    written = q.surface
    if "US$" in written or "USD" in written or "U.S." in written or "US dollar" in written:
        return q
    if "$" not in written and not _DOLLAR_WORDS.search(written):
        return q
    return replace(q, unit=dollar + q.unit[3:])


_DOLLAR_WORDS = re.compile(r"(?i:dollars?|cents?|¢)")


def _quantity(
    text: str, nums: list[Num], i: int, strict: bool, floor: int
) -> tuple[Quantity | None, int]:
    """Build the quantity that starts with ``nums[i]``; return it and how many nums it used."""
    n = nums[i]
    if not strict and excluded(text, n, nums[i - 1] if i else None):
        return None, 1
    a = _Side(text, nums, i, floor)
    a.read_unit(text)
    if not strict and _is_score(text, nums, i, a):
        return None, 2
    start, end = a.start, a.end
    value, unit = a.value, a.currency or a.unit
    lower: Decimal | None = n.value if n.kind == "vague" else None
    upper: Decimal | None = n.upper
    bound = "~" if n.kind == "vague" else "="
    used = 1
    between = phrase_before(text, start, RANGE_OPENERS, 1)

    # A fraction written with "over": "one over three", "1 over 20".
    b = _over(text, nums, i, a)
    pm = _plus_minus(text, nums, i, a) if b is None else None
    if b is not None:
        value, end, used = numbers.divide(a.value, b.value), b.end, 2
        b = None
    elif pm is not None:  # "2,000.45±0.01 pounds", "9.83e-3 +/- 1e-5 km/s2"
        lower, upper = a.value - abs(pm.value), a.value + abs(pm.value)
        value, end, used, unit = lower, pm.end, 2, pm.unit or unit
    elif 0 < n.value < 1 and a.unit is None and a.currency is None:
        # "half a mile", "a quarter of a gallon", "2/3 of a mile"
        am = _OF_A.match(text, end)
        um = units.match_unit(text, am.end() - 1) if am is not None else None
        if um is not None:
            end, unit = um
            a.unit = unit
    # A frequency: "four times per week" is 4 per week.
    if used == 1 and unit is None and (tm := _TIMES_PER.match(text, end)) is not None:
        um = units.match_unit(text, tm.end() - 1)
        if um is not None and units.dimension(um[1]) == "time":
            end, unit = um[0], f"1 / {um[1]}"
            a.unit = unit
    # A range: "5-10 km", "5 km to 10 km", "four to five thousand", "between 5 and 10".
    if used == 1:
        b = _range_end(text, nums, i, a, between is not None)
    if b is not None:
        unit = a.currency or a.unit  # the far end may change how "m" reads: "3m and 4m people"
        lo, hi = a.value, b.value
        if b.scale is not None and a.scale is None and abs(lo) < b.scale:
            lo *= b.scale
        if a.currency is None and b.currency is not None and a.unit is None:
            unit = b.currency
        elif b.unit is not None:
            unit = b.unit
        if b.currency is None and a.currency is not None and b.num.scale is None:
            mm = _MONEY_SCALE.match(text, b.end)
            if mm is not None:
                factor = _money_factor(mm.group())
                hi *= factor
                if a.scale is None:
                    lo *= factor
                b.end = mm.end()
        if lo > hi and lo < 0 and hi < 0:
            lo, hi = hi, lo
        if lo <= hi:
            value, lower, upper, used, end = lo, lo, hi, 2, b.end
            if between is not None:
                start = between[1]

    # Cents and pence fold into their currency.
    if unit is not None and (coin := units.subunit(unit)) is not None:
        code, factor = coin
        unit = code
        value *= factor
        lower = None if lower is None else lower * factor
        upper = None if upper is None else upper * factor
    if unit is not None and units.is_currency(unit):
        per = _MONEY_PER.match(text, end)
        if per is not None:
            um = units.match_unit(text, per.end())
            if (
                um is not None
                and not units.is_currency(um[1])
                and not _AGO.match(text, um[0])  # "£3m a year earlier" is no rate
            ):
                unit = f"{unit} / {um[1]}"
                end = um[0]

    # A hedge before ("more than", "about"), or "or more" after.
    hm = phrase_before(text, start, HEDGES, HEDGE_WORDS, quote=True)
    if (
        hm is not None
        and hm[0] == "up to"
        and _RISE_VERB.fullmatch((words_before(text, hm[1], 1) or [("", 0)])[0][0].lower())
    ):
        hm = None  # "the rate ticked up to 6.2%": a new level, not a ceiling
    if hm is not None and hm[0] == "over" and _spread_over(text, hm[1], unit, floor):
        hm = None  # "£8bn over five years" is spread across them, not more than them
    if hm is not None and used == 2 and lower is not None and upper is not None:
        if HEDGES[hm[0]] == "~":  # "about 21-24 centimeters"
            bound, start = "~", hm[1]
        hm = None
    if hm is not None and used == 1:
        bound = HEDGES[hm[0]]
        if n.kind == "vague" and bound == "=":
            bound = "~"
        start = hm[1]
    am = _BOUND_AFTER.match(text, end)
    if am is not None and used == 1 and bound == "=":
        words = am.group("a").lower()
        if "so" in words.split():
            bound = "~"
        elif any(w in words for w in ("less", "fewer", "below", "under")):
            bound = "<="
        else:
            bound = ">="
        end = am.end()
    if bound in (">", ">=") and lower is None:
        lower = value
    if bound in ("<", "<=") and upper is None:
        upper = value

    if unit is None and n.plain and is_age(text, start, end, value, upper):
        unit = "year"  # "aged 17", "Narendra Modi, 73,", "Jane Doe (62)"
    noun: str | None = None
    if n.kind == "vague":
        noun = noun_after(text, end, False)
    elif unit is None or not units.is_currency(unit):
        noun = noun_after(text, end, unit is None)
    if (
        n.kind == "words"
        and unit is None
        and not plausible_word_count(text, n, noun, hm is not None or used == 2 or a.value < 0)
    ):
        return None, used
    if (
        not strict
        and n.plain
        and unit is None
        and used == 1
        and hm is None
        and is_year_like(n.value)
    ):
        return None, used
    suggestions = n.suggestions
    if (
        n.malformed
        and unit is not None
        and units.is_currency(unit)
        and _CENTS.fullmatch(text[n.start : n.end])
    ):  # "€12,50": a decimal comma before cents, not a grouping slip
        cents = [s for s in suggestions if s.as_tuple().exponent == -2]
        suggestions = (*cents, *(s for s in suggestions if s not in cents))
        value = suggestions[0] if suggestions else value
    if n.malformed and value < 0:
        suggestions = tuple(-s for s in suggestions)
    q = Quantity(
        value=integral(value),
        unit=unit,
        surface=text[start:end],
        start=start,
        end=end,
        bound=bound,
        lower=None if lower is None else integral(lower),
        upper=None if upper is None else integral(upper),
        noun=noun,
        malformed=n.malformed,
        suggestions=suggestions,
    )
    return q, used


#: Words after which "over" + a duration means "more than": "jailed for over 25 years".
_MORE_THAN_OVER = frozenset(
    """for of in took takes take lasted lasting last spent spend served serve after aged been
    within lived waited wait is was are were""".split()
)


def _spread_over(text: str, over: int, unit: str | None, floor: int) -> bool:
    """Whether "over" means "across": "rose 150% over three years", "250,000 sq ft over 12 floors".

    Right after another quantity it always does; before a duration it does
    unless a verb or preposition asks for a length of time ("jailed for over
    25 years").
    """
    if floor and text[floor:over].strip() == "":
        return True
    if unit is None or units.dimension(unit) != "time":
        return False
    before = words_before(text, over, 1)
    if before:
        return before[0][0].lower() not in _MORE_THAN_OVER
    head = text[max(0, over - 3) : over].rstrip()
    return bool(head) and (head[-1].isalnum() or head[-1] == "%")  # "rose 150% over"


_RISE_VERB = re.compile(
    r"(?:ticked|moved|went|climbed|crept|edged|shot|jumped|rose|rise|rises|risen|revised"
    r"|bumped|pushed|ramped|stepped|scaled|built|roared|surged|soared|bounced|picked|raised)"
)
_AGO = re.compile(r"[ \t]+(?:earlier|ago|before|later|previously)\b", re.IGNORECASE)
_CENTS = re.compile(r"[0-9]+,[0-9]{2}")
_TIMES_PER = re.compile(r" times (?:per|a|an|each) ", re.IGNORECASE)
_PLUS_MINUS = re.compile(r"[ \t]?(?:±|\+/-|\+/−|\+-)[ \t]?")


def _plus_minus(text: str, nums: list[Num], i: int, a: _Side) -> _Side | None:
    """The uncertainty of "2,000.45±0.01 pounds", or None."""
    if i + 1 >= len(nums) or a.unit is not None or a.currency is not None:
        return None
    pm = _PLUS_MINUS.match(text, a.end)
    if pm is None or pm.end() != nums[i + 1].start or nums[i + 1].kind != "digits":
        return None
    b = _Side(text, nums, i + 1)
    if b.start != pm.end() or b.currency is not None:
        return None
    b.read_unit(text)
    return b


_OF_A = re.compile(r" (?:of )?an? ", re.IGNORECASE)
_OVER = re.compile(r"[ \t]+over[ \t]+", re.IGNORECASE)
_SECOND_HEDGE = re.compile(r"(?:about|around|approximately|roughly|some|~)[ \t]*", re.IGNORECASE)


def _over(text: str, nums: list[Num], i: int, a: _Side) -> _Side | None:
    """The denominator of "one over three", or None (not for "$2000 over 3 years")."""
    if i + 1 >= len(nums) or a.unit is not None or a.currency is not None:
        return None
    om = _OVER.match(text, a.end)
    if om is None or om.end() != nums[i + 1].start or nums[i + 1].value == 0:
        return None
    if nums[i].kind == "vague" or nums[i + 1].kind == "vague":
        return None
    b = _Side(text, nums, i + 1)
    if b.currency is not None or b.start != om.end():
        return None
    b.read_unit(text)
    return None if b.unit is not None else b


def _range_end(text: str, nums: list[Num], i: int, a: _Side, between: bool) -> _Side | None:
    """The far end of a range that ``nums[i]`` opens, or None."""
    if i + 1 >= len(nums):
        return None
    n, other = nums[i], nums[i + 1]
    if n.kind == "vague" or other.kind == "vague":
        return None
    if n.kind == "words" and 0 < n.value < 1:
        return None  # "fell by a third to $80" is not a range
    jm = _RANGE_JOIN.match(text, a.end)
    if jm is None and a.unit is not None:
        jm = _RANGE_JOIN.match(text, n.end)  # "8- to 16-meter": the unit is read later
    if jm is None:
        return None
    join = (jm.group("j") or jm.group("w")).lower()
    if "to" in jm.group().lower().split():
        join = "to"
    if join == "and" and not between:
        return None
    # "from 5 to 10" is a range, but "rose from 5 to 10" is a change.
    if (
        join == "to"
        and phrase_before(text, a.start, _FROM, 1)
        and _CHANGE_BEFORE.search(text[max(0, n.start - 40) : n.start])
    ):
        return None
    if n.plain and other.plain and is_year_like(n.value) and is_year_like(other.value):
        return None  # "between 2019 and 2021", "2013-14" are years
    if is_calendar_year(n) != is_calendar_year(other):
        return None  # "from 24,000 in 2011 to 31,500": a year does not end a range
    if other.plain and other.value <= 31 and MONTH_AFTER.match(text, other.end):
        return None  # "from 10 to 24 June" is a span of dates
    if _in_chain(text, n.start, other.end):
        return None  # 222-2222-2222 is a phone number, not a range
    if join in _DASHES:
        spaced = jm.group().strip() != jm.group()
        if "\n" in jm.group():
            return None
        if n.plain and other.plain and is_year_like(n.value) and is_year_like(other.value):
            return None  # 2013-14, 1939-1945
        if other.kind != n.kind or (spaced and n.kind != "digits"):
            return None
    if (
        join == "to"
        and (a.unit is not None or a.currency is not None)
        and _CHANGE_BEFORE.search(text[max(0, a.start - 40) : a.start])
    ):
        return None  # "fell 20p to 71.5p": a change and a new level, not a range
    if join == "to" and phrase_before(text, a.start, _BY, 1):
        return None  # "cut by 1.4 million to 21.6 million": a change and a level
    b = _Side(text, nums, i + 1)
    gap_end = jm.end()
    hedge = _SECOND_HEDGE.match(text, gap_end)  # "2 - ~7 grams", "2 g and about 7 g"
    if hedge is not None and hedge.end() == b.start:
        gap_end = hedge.end()
    if b.start != gap_end:
        return None
    b.read_unit(text)
    if b.unit is None and b.scale is None and _millions_of(text, b.end, b.end + 1):
        b.make_millions(text, b.end + 1)  # the "1.5m" of "1.2m-1.5m people"
    if a.currency is not None and b.currency is None and b.glued_m(text):
        b.unit, b.end = None, b.num.end  # "$5-10m": the money's scale, read below
    if a.glued_m(text) and b.scale == _MILLION and b.currency is None:
        a.make_millions(text, a.end)  # "1.2m-1.5m people", "between 3m and 4m people"
        a.unit = b.unit
    if a.unit is not None and b.unit is not None and a.unit != b.unit:
        return None
    if a.unit is not None and b.unit is None:
        return None
    if a.currency is not None and b.currency is not None and a.currency != b.currency:
        return None
    if b.unit is not None and a.unit is None and a.end != n.end:
        return None
    return b


_FROM = frozenset({"from"})
_BY = frozenset({"by"})


def _in_chain(text: str, start: int, end: int) -> bool:
    """Whether digits joined by "-" or "/" go on before ``start`` or after ``end``."""
    before = start >= 2 and text[start - 1] in "-/" and text[start - 2].isdigit()
    after = end + 1 < len(text) and text[end] in "-/" and text[end + 1].isdigit()
    return before or after


_CHANGE_BEFORE = re.compile(
    r"\b(?:rose|rise|rising|risen|fell|fall|falling|fallen|increased?|increasing|decreased?"
    r"|decreasing|reduced?|reducing|cut|cutting|raised?|raising|grew|grow|growing|grown"
    r"|dropped|drop|dropping|declined?|declining|climbed?|climbing|jumped?|jumping|soared?"
    r"|slumped?|plunged?|surged?|shrank|shrunk|expanded?|lowered|lifted|up|down|changed?"
    r"|went|moved?|revised|upgraded|downgraded|doubled|halved|edged|slipped|tumbled)\b"
    r"[^.;:!?]{0,24}$",
    re.IGNORECASE,
)
_DASHES = ("-", "–", "—")
_SIGN_WORDS = frozenset({"minus", "negative"})
_MONEY_SCALE = re.compile(r"(?:mn|bn|tn|m|b|k|M|B|K|T)(?![A-Za-z0-9])")


def _money_factor(suffix: str) -> Decimal:
    """The multiplier of a suffix glued to money: "m", "bn", "K", "T"."""
    return numbers.scale_value(suffix) or LETTER_FACTORS[suffix.upper()]


def _bound_pairs(text: str, qs: list[Quantity]) -> list[Quantity]:
    """Join "more than 10 and less than 20" (either order) into one range."""
    out: list[Quantity] = []
    for q in qs:
        if out:
            p = out[-1]
            lo_hi = _as_bounds(p, q)
            if lo_hi is not None and _BOUND_JOIN.fullmatch(text[p.end : q.start]):
                lo, hi = lo_hi
                unit = p.unit or q.unit
                if (p.unit is None or q.unit is None or p.unit == q.unit) and lo < hi:
                    out[-1] = replace(
                        p,
                        value=lo,
                        lower=lo,
                        upper=hi,
                        unit=unit,
                        bound="=",
                        end=q.end,
                        surface=text[p.start : q.end],
                        noun=p.noun or q.noun,
                    )
                    continue
        out.append(q)
    return out


_BOUND_JOIN = re.compile(r"(?:,?\s+(?:and|but)\s+|,\s*)", re.IGNORECASE)


def _as_bounds(p: Quantity, q: Quantity) -> tuple[Decimal, Decimal] | None:
    if p.is_range or q.is_range:
        return None
    if p.bound in (">", ">=") and q.bound in ("<", "<="):
        return p.value, q.value
    if p.bound in ("<", "<=") and q.bound in (">", ">="):
        return q.value, p.value
    return None


def _composites(text: str, qs: list[Quantity]) -> list[Quantity]:
    """Join "7 feet 10 inches" or "3 dollars 50 cents" into one quantity."""
    out: list[Quantity] = []
    for q in qs:
        if out:
            p = out[-1]
            merged = _composite(text, p, q)
            if merged is not None:
                out[-1] = merged
                continue
        out.append(q)
    return out


_COMPOSITE_JOIN = re.compile(r"(?:,?\s+and\s+|,\s*|\s+)")


_SUBUNIT_WORDS = (
    "cent",
    "cents",
    "pence",
    "penny",
    "pennies",
    "p",
    "c",
    "sen",
    "sens",
    "kopiyka",
    "kopiykas",
    "kopek",
    "kopeks",
    "kopeck",
    "kopecks",
)


def _composite(text: str, p: Quantity, q: Quantity) -> Quantity | None:
    if p.unit is None or q.unit is None or q.bound != "=":
        return None
    if p.bound != "=" and not units.is_currency(p.unit):
        return None
    if p.is_range or q.is_range or p.noun is not None or p.restates is not None:
        return None
    if not _COMPOSITE_JOIN.fullmatch(text[p.end : q.start]):
        return None
    if units.is_currency(p.unit):
        subunit = q.surface.lower().rstrip(".").endswith(_SUBUNIT_WORDS)
        if not (p.unit == q.unit or (subunit and units.is_currency(q.unit))):
            return None
        if not 0 < q.value < 1 or p.value != p.value.to_integral_value():
            return None
        value = p.value + q.value
        return replace(
            p,
            value=value,
            lower=value if p.lower is not None else None,
            upper=value if p.upper is not None else None,
            end=q.end,
            surface=text[p.start : q.end],
        )
    try:
        if units.dimension(p.unit) != units.dimension(q.unit) or p.unit == q.unit:
            return None
        if units.dimension(p.unit) in ("temperature", "time"):
            return None  # "21 years and six months" are two durations
        if units.convert(Decimal(1), q.unit, p.unit) >= 1:
            return None  # the smaller unit comes second: "7 feet 10 inches"
        if _metric(p.unit) != _metric(q.unit):
            return None  # "10 miles and 5 km" are two distances, not one
        total = units.convert(p.value, p.unit, q.unit) + q.value
    except (UnknownUnitError, TypeError, ValueError):
        return None
    return replace(p, value=_tidy(total), unit=q.unit, end=q.end, surface=text[p.start : q.end])


def _metric(unit: str) -> bool:
    return any(base in unit for base in ("meter", "gram", "liter"))


def _tidy(value: Decimal) -> Decimal:
    """Round away conversion noise: 94.000000000000000001 becomes 94."""
    rounded = value.quantize(Decimal("1e-9")) if abs(value) < Decimal(10) ** 15 else value
    return rounded.normalize() if rounded != rounded.to_integral_value() else Decimal(int(rounded))


def _shared_units(text: str, qs: list[Quantity]) -> list[Quantity]:
    """Give "45 and 50 mg" its unit twice: a bare number shares the unit after it.

    Ages run the other way: in "aged 23, 25 and 31" every figure is in years.
    """
    out = list(qs)
    for k in range(1, len(out)):
        p, q = out[k - 1], out[k]
        if (
            p.unit == "year"
            and p.surface.isdigit()
            and q.unit is None
            and q.surface.isdigit()
            and _SHARE_JOIN.fullmatch(text[p.end : q.start])
        ):
            out[k] = replace(q, unit="year")
    for k in range(len(out) - 2, -1, -1):
        p, q = out[k], out[k + 1]
        if p.unit is not None or q.unit is None or p.noun is not None or p.is_range:
            continue
        if not _SHARE_JOIN.fullmatch(text[p.end : q.start]):
            continue
        out[k] = replace(p, unit=q.unit if not units.is_currency(q.unit) else p.unit)
    return out


_SHARE_JOIN = re.compile(r"(?:,?\s+(?:and|or|to)\s+|,\s*)", re.IGNORECASE)


def _is_score(text: str, nums: list[Num], i: int, a: _Side) -> bool:
    """Whether nums[i] opens a score or a tally ("won 5-0", "6-3", "52-48", "a 2-2 draw").

    Two bare whole numbers joined by a hyphen that do not rise, with no unit,
    are a result, not a range and not two counts.
    """
    if i + 1 >= len(nums) or a.unit is not None or a.currency is not None:
        return False
    n, other = nums[i], nums[i + 1]
    pair = (
        n.plain
        and other.plain
        and other.start == n.end + 1
        and text[n.end] in "-–"
        and not (other.end < len(text) and (text[other.end].isalnum() or text[other.end] == "%"))
        and units.match_unit(text, other.end) is None
    )
    if not pair:
        return False
    # a falling pair is a result; a rising one too when it stands in a list of
    # results ("won 6-4, 3-6, 7-5")
    return n.value >= other.value or _in_score_list(text, n.start, other.end)


_PAIR = re.compile(r"(?<![0-9])([0-9]{1,2})[-–]([0-9]{1,2})(?![0-9])")
_PAIR_JOIN = re.compile(r",? ")


def _in_score_list(text: str, start: int, end: int) -> bool:
    """Whether the pair at [start, end) stands in a list of pairs one of which falls."""
    pairs = list(_PAIR.finditer(text, max(0, start - 24), min(len(text), end + 24)))
    k = next((j for j, m in enumerate(pairs) if m.start() == start), None)
    if k is None:
        return False
    lo = hi = k  # the run of pairs joined by ", " around this one
    while lo > 0 and _PAIR_JOIN.fullmatch(text, pairs[lo - 1].end(), pairs[lo].start()):
        lo -= 1
    while hi + 1 < len(pairs) and _PAIR_JOIN.fullmatch(
        text, pairs[hi].end(), pairs[hi + 1].start()
    ):
        hi += 1
    run = pairs[lo : hi + 1]
    return len(run) > 1 and any(int(m.group(1)) > int(m.group(2)) for m in run)


_ARTICLE = re.compile(r"\b[Aa]n?[ ](?=[a-zA-Z])")
#: Units that "a" or "an" measures out as one: "a mile", "a gallon of beer", "a kg".
_ONE_UNIT_DIMENSIONS = frozenset({"length", "mass", "volume", "area"})
#: Unit words that follow "a" in prose without measuring: "a yard sale", "a foot patrol",
#: "a pound" (money or mass), "a degree".
_NOT_ONE_UNIT = frozenset({"yard", "foot", "pound", "degree", "cup", "stone", "pace", "hand"})


def _one_unit(text: str, qs: list[Quantity]) -> list[Quantity]:
    """Add "a mile", "an ml": one of a physical unit, written with an article."""
    found = []
    for m in _ARTICLE.finditer(text):
        um = units.match_unit(text, m.end() - 1)
        if um is None or units.dimension(um[1]) not in _ONE_UNIT_DIMENSIONS:
            continue
        if um[1] in _NOT_ONE_UNIT or not text[m.end() : um[0]].isalpha():
            continue
        found.append(
            Quantity(
                value=Decimal(1),
                unit=um[1],
                surface=text[m.start() : um[0]],
                start=m.start(),
                end=um[0],
                noun=noun_after(text, um[0], False),
            )
        )
    if not found:
        return qs
    merged: list[Quantity] = []
    for q in sorted([*qs, *found], key=lambda q: q.start):
        if merged and merged[-1].end > q.start:
            continue  # "$100 a barrel" keeps its "a barrel"
        merged.append(q)
    return merged


def _restatements(text: str, qs: list[Quantity]) -> list[Quantity]:
    """Mark a parenthetical conversion as restating the quantity before it."""
    out = list(qs)
    for k in range(1, len(out)):
        a, b = out[k - 1], out[k]
        if a.unit is None or b.unit is None or a.restates is not None:
            continue
        gap = text[a.end : b.start]
        if gap.strip() not in ("(", "[", ", or", "or", "(or"):
            continue
        b_unit = b.unit
        if b_unit == "GBP" and b.surface.lower().endswith("pounds") and _mass(a.unit):
            b_unit = "pound"  # "2,000 tonnes (4.4 million pounds)": a weight
            b = replace(b, unit=b_unit)
        if not _converts(a.unit, b_unit):
            continue  # "4GB or 8GB", "£10bn, or 5% of GDP" are not conversions
        if gap.strip().startswith(("(", "[")) and not _closes(text, b.end):
            continue
        b2 = _reconcile(a, b)
        out[k] = replace(b2, restates=k - 1)
    return out


def _mass(unit: str) -> bool:
    try:
        return units.dimension(unit) == "mass"
    except (UnknownUnitError, TypeError, ValueError):
        return False


def _converts(a: str, b: str) -> bool:
    """Whether a figure in unit ``b`` can restate one in unit ``a``.

    A conversion changes the unit and keeps the kind of thing measured (or, as
    a writer's slip the checks report, swaps one measure for another: "10 km
    (6 kg)"); "4GB or 8GB" and "£10bn, or 5% of GDP" are not conversions.
    """
    if a == b:
        return False
    if units.is_currency(a) or units.is_currency(b):
        return units.is_currency(a) and units.is_currency(b) and a.count("/") == b.count("/")
    try:
        da, db = units.dimension(a), units.dimension(b)
    except (UnknownUnitError, TypeError, ValueError):
        return False
    return da == db or (da in _MEASURES and db in _MEASURES)


_MEASURES = frozenset({"length", "area", "volume", "mass", "speed", "temperature"})


def _closes(text: str, pos: int) -> bool:
    """Whether a bracket closes right after ``pos``: "(22 miles)", "(22 mi.)"."""
    return bool(_CLOSING.match(text, pos))


_CLOSING = re.compile(r"[ \t]*\.?[)\]]")


def _reconcile(a: Quantity, b: Quantity) -> Quantity:
    """Pick the reading of a malformed restatement that agrees with what it restates."""
    if not b.malformed or not b.suggestions or a.unit is None or b.unit is None:
        return b
    try:
        target = units.convert(a.value, a.unit, b.unit)
    except (UnknownUnitError, TypeError, ValueError):
        return b
    if target == 0:
        return b
    best = min(b.suggestions, key=lambda s: abs(s - target) / abs(target))
    return replace(b, value=best)


def parse_quantity(text: str, *, locale: str = "en") -> Quantity:
    """Read a string that is one quantity, strictly, as found in a spreadsheet column.

    Args:
        text: one quantity, such as ``"2,000 km"``, ``"$2.5bn"``,
            ``"3.7 million people"`` or ``"about 35 miles"``.
        locale: the locale whose grouping and decimal marks the digits use.

    Returns:
        The :class:`Quantity`, with offsets into ``text``.

    Raises:
        TypeError: ``text`` is not a :class:`str`.
        NumberFormatError: the number is malformed, or there is none.
        UnknownUnitError: text is left over that is not a unit newsnum knows.

    Example:
        >>> from newsnum import parse_quantity
        >>> q = parse_quantity("$2.5bn")
        >>> q.value, q.unit
        (Decimal('2500000000'), 'USD')
        >>> parse_quantity("12,50 miles")
        Traceback (most recent call last):
        ...
        newsnum.errors.NumberFormatError: '12,50' is not a well-formed number in en; did you mean...
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_quantity() expects str, got {type(text).__name__}")
    with localcontext(numbers.ARITHMETIC):
        return _parse_quantity(text, locale)


_MALFORMED_TOKEN = re.compile(r"[0-9][0-9,.'\u00a0\u202f]*[0-9]")


def _parse_quantity(text: str, locale: str) -> Quantity:
    qs = _extract(text, locale, strict=True)
    stripped = text.strip()
    lead = len(text) - len(text.lstrip())
    if not qs:
        numbers.parse_number(stripped, locale=locale)  # raises with suggestions
        raise NumberFormatError(f"no quantity in {text!r}", text=text, locale=locale)
    q = qs[0]
    if q.malformed:
        token = _MALFORMED_TOKEN.search(q.surface)
        shown = token.group() if token else q.surface
        hint = " or ".join(str(v) for v in q.suggestions) or "nothing clear"
        raise NumberFormatError(
            f"{shown!r} is not a well-formed number in {locale}; did you mean {hint}?",
            text=text,
            suggestions=q.suggestions,
            locale=locale,
        )
    if q.noun is not None and numbers.scale_value(q.noun.split()[0]) is not None:
        raise NumberFormatError(  # "a million million", "3 million million"
            f"{text!r} is not one number: {q.noun!r} follows it", text=text, locale=locale
        )
    if q.start != lead or len(qs) > 1:
        rest = text[lead : q.start] if q.start != lead else text[qs[1].start :]
        raise UnknownUnitError(f"not understood in {text!r}: {rest.strip()!r}", unit=rest.strip())
    tail_start = q.end
    if q.noun is not None:
        idx = text.find(q.noun, q.end)
        if idx >= 0:
            tail_start = idx + len(q.noun)
    tail = text[tail_start:].strip()
    if tail:
        raise UnknownUnitError(f"unit not understood in {text!r}: {tail!r}", unit=tail)
    return q
