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
from decimal import Decimal
from functools import cache

from newsnum import numbers, units
from newsnum.errors import NumberFormatError, UnknownUnitError
from newsnum.model import Quantity
from newsnum.scan import Num, scan

__all__ = ["extract", "parse_quantity"]

#: Hedges written before a number, longest first, and the bound they give.
_HEDGES: dict[str, str] = {
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
    "exactly": "=",
    "precisely": "=",
}

_HEDGE_BEFORE = re.compile(
    r"(?<![A-Za-z])(?P<h>"
    + "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in sorted(_HEDGES, key=len, reverse=True))
    + r")\s+[\"“']?$",
    re.IGNORECASE,
)
_BETWEEN_BEFORE = re.compile(r"(?<![A-Za-z])(?P<b>between|from)\s+$", re.IGNORECASE)
_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|to|and|or)\s*", re.IGNORECASE)
_BOUND_AFTER = re.compile(
    r"(?P<a>\+|[ -]plus\b|\s+or\s+(?:more|above|over|greater|higher)\b"
    r"|\s+or\s+(?:less|fewer|below|under)\b|\s+or\s+so\b)",
    re.IGNORECASE,
)
_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_MONTH_BEFORE = re.compile(_MONTHS + r"\.?\s+(?:the\s+)?$")
_MONTH_AFTER = re.compile(r"(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTHS + r"\b")
_ORDINAL_AFTER = re.compile(r"(?:st|nd|rd|th)\b", re.IGNORECASE)
_TIME_AFTER = re.compile(
    r"\s?(?:[ap]\.m\.|[ap]m\b|o'clock\b|GMT\b|UTC\b|BST\b|CET\b|EST\b|EDT\b|PST\b|PDT\b)",
    re.IGNORECASE,
)
_IDENT_BEFORE = re.compile(
    r"(?:\b(?:Article|Route|Boeing|Airbus|Section|Chapter|Flight|Room|No\.|Nos\.|Number|Highway"
    r"|Interstate|Apollo|Windows|Level|Phase|Stage|Category|Grade|Model|Version|Vol\.|Volume"
    r"|Page|Resolution|Gate|Platform|Terminal|District|Block|Unit|Brigade|Division|Squadron"
    r"|Battalion|Regiment|Channel|Track|Proposition|Amendment|Exit|Bus|Episode|Season|Part"
    r"|Figure|Fig\.|Table|Item|Paragraph|Clause|Line|Psalm|Title|Class|Type|Mark|Series"
    r"|Formula|Zone|Sector|Building|Floor|Ward|Precinct|Road|Street|Avenue|Station|Lane"
    r"|Camp|Block|Lot|Pier|Bay|Act|Bill|Covid|COVID|Rule|Group|Article|Iphone|iPhone|Galaxy"
    r"|Pixel|PlayStation|Xbox|Super Bowl|WWII|World War|Generation|Gen|Year|Grades?|Ages?"
    r"|Hurricane|Storm|Typhoon|Cyclone|Tropical Storm|Mig|Su|Tu|Il|An|Ka|Mi|Kh|Iskander"
    r"|Patriot|S|Leopard|Abrams|Challenger|Bradley|Javelin|HIMARS|Stinger|Terminal)\s+"
    r"|#\s?)$"
)
_NOT_ONE_AFTER = re.compile(
    r"[ -](?:of|another|day|by|hand|way|thing|side|point|time|more|less|other|too)\b"
    r"|'s\b|-off\b|-time\b|-sided\b|-on-one\b",
    re.IGNORECASE,
)
_NOT_ONE_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:no|some|any|every|the|this|that|which|each|only|last|next|no\s+other"
    r"|another|such|one|little|big|new|old|right|wrong|good|bad|same|first|other|the\s+only)"
    r"\s+$",
    re.IGNORECASE,
)
_LONE_FRACTION_WORDS = frozenset(
    {"half", "a half", "an half", "quarter", "a quarter", "third", "a third"}
)
_QUOTE = "\"'“”‘’"
_STOP_WORDS = frozenset(
    """a an the of to in on at by for from with and or but as than that this these those
    is are was were be been being has have had do does did will would can could may might
    must shall should who whom whose which what where when why how it its their his her our
    your my we they he she you i me us them him not no yes so if then also more most less
    fewer over under about around some per each every all both either neither nor into onto
    out up down off since until while after before during against among between through
    across toward towards within without including there here more than said says say
    according told reported year years ago old aged later earlier more respectively""".split()
)
_NOUN_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)*")
_UNCOUNTABLE_NOUNS = frozenset(
    """people aircraft personnel staff police children men women manpower cattle sheep fish
    livestock troops military infantry civilians injured wounded dead killed missing
    deer offspring crew militia""".split()
)
_ONE_SPACE = re.compile(r"[ \u00a0]")
_MONEY_PER = re.compile(r"[ \u00a0](?:per|a|an|each)\b|/", re.IGNORECASE)
_OF_AFTER = re.compile(r"[ \u00a0]of[ \u00a0]+(?:the[ \u00a0]+|our[ \u00a0]+|its[ \u00a0]+)?")
_MILLION_SUFFIX = re.compile(r"(?:m|mn|M)\b")
_SIGNS = "-−–"
_SUBUNITS = {"USD_cent": ("USD", Decimal("0.01")), "GBP_pence": ("GBP", Decimal("0.01")),
             "EUR_cent": ("EUR", Decimal("0.01"))}


@cache
def _prefix_regex() -> re.Pattern[str]:
    alts = sorted(units.CURRENCY_PREFIXES, key=len, reverse=True)
    parts = []
    for a in alts:
        body = re.escape(a)
        if a[0].isalpha():
            body = r"(?<![A-Za-z])" + body
        parts.append(body)
    return re.compile(r"(?P<c>" + "|".join(parts) + r")[ \u00a0]?$")


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
    return _extract(text, locale, strict=False)


def _extract(text: str, locale: str, *, strict: bool) -> list[Quantity]:
    symbols = numbers._symbols(locale)
    group, decimal = symbols.group, symbols.decimal
    nums = list(scan(text, group, decimal, locale))
    out: list[Quantity] = []
    i = 0
    while i < len(nums):
        q, used = _quantity(text, nums, i, strict)
        if q is not None:
            if out and out[-1].end > q.start:  # never overlap an earlier quantity
                i += used
                continue
            out.append(q)
        i += used
    return _restatements(text, out)


def _quantity(text: str, nums: list[Num], i: int, strict: bool) -> tuple[Quantity | None, int]:
    """Build the quantity that starts with ``nums[i]``; return it and how many nums it used."""
    n = nums[i]
    start, end = n.start, n.end
    value = n.value
    if not strict and _excluded(text, n):
        return None, 1

    # Before the number: a currency sign, a minus sign, a hedge, "between".
    before = text[max(0, start - 40) : start]
    currency: str | None = None
    cm = _prefix_regex().search(before)
    if cm is not None and n.kind == "digits":
        currency = units.CURRENCY_PREFIXES[cm.group("c")]
        start -= len(cm.group())
        before = text[max(0, start - 40) : start]
    if (
        n.kind == "digits"
        and start > 0
        and text[start - 1] in _SIGNS
        and (start == 1 or not text[start - 2].isalnum())
        and not (i > 0 and nums[i - 1].end == start - 1)
    ):
        start -= 1
        value = -value
        before = text[max(0, start - 40) : start]
    elif before.lower().endswith("minus "):
        start -= 6
        value = -value
        before = text[max(0, start - 40) : start]

    bound = "~" if n.kind == "vague" else "="
    lower: Decimal | None = None
    upper: Decimal | None = n.upper
    if n.kind == "vague":
        lower = value
    hm = _HEDGE_BEFORE.search(before)
    between = _BETWEEN_BEFORE.search(before)

    # Money written with a scale suffix: "$5m", "£2.5m".
    if currency is not None and n.scale is None:
        mm = _MILLION_SUFFIX.match(text, end)
        if mm is not None:
            value *= Decimal(10) ** 6
            end = mm.end()

    used = 1
    unit: str | None = currency
    # A range: "5-10 km", "four to five thousand", "between 5 and 10".
    rng = _range(text, nums, i, end, between is not None, currency)
    if rng is not None:
        other, join_end = rng
        hi = other.value
        lo = value
        if other.scale is not None and n.scale is None and abs(lo) < other.scale:
            lo = lo * other.scale
        if currency is None and (c2 := _prefix_before(text, other.start, join_end)) is not None:
            currency = unit = c2
        if currency is not None and other.scale is None:
            mm = _MILLION_SUFFIX.match(text, other.end)
            if mm is not None:
                hi *= Decimal(10) ** 6
                lo = lo * Decimal(10) ** 6 if n.scale is None else lo
                end = mm.end()
            else:
                end = other.end
        else:
            end = other.end
        if lo <= hi:
            value, lower, upper, used = lo, lo, hi, 2
            if between is not None:
                start -= len(between.group())
            bound = "="
        else:
            end = n.end

    # After the number: a unit.
    noun: str | None = None
    if currency is None:
        um = units.match_unit(text, end)
        if um is not None:
            uend, uname = um
            if uname in _SUBUNITS:
                code, factor = _SUBUNITS[uname]
                uname = code
                value *= factor
                lower = None if lower is None else lower * factor
                upper = None if upper is None else upper * factor
            unit = uname
            end = uend
    if unit is not None and _is_currency(unit):
        per = _MONEY_PER.match(text, end)
        if per is not None:
            um = units.match_unit(text, per.end() - (1 if per.group() == "/" else 0))
            if um is not None and not _is_currency(um[1]):
                unit = f"{unit} / {um[1]}"
                end = um[0]

    # A hedge: "more than", "about"; and "or more" after.
    if hm is not None and rng is None:
        bound = _HEDGES[hm.group("h").lower().replace("\n", " ")]
        bound = bound if n.kind != "vague" or bound != "=" else "~"
        start -= len(hm.group())
    am = _BOUND_AFTER.match(text, end)
    if am is not None and rng is None and bound == "=":
        a = am.group("a").lower()
        bound = ">=" if ("or" not in a or "more" in a or "above" in a or "over" in a
                         or "greater" in a or "higher" in a) else "~" if "so" in a else "<="
        end = am.end()
    if bound in (">", ">=") and lower is None:
        lower = value
    if bound in ("<", "<=") and upper is None:
        upper = value

    if n.kind == "vague":
        noun = _noun(text, end, False)
    elif unit is None or not _is_currency(unit):
        noun = _noun(text, end, unit is None)
    if (
        n.kind == "words"
        and unit is None
        and not _plausible_word_count(text, n, noun, hm is not None or rng is not None)
    ):
        return None, used
    if (
        not strict
        and n.plain
        and unit is None
        and currency is None
        and rng is None
        and _year_like(n.value)
    ):
        return None, used
    malformed = n.malformed
    suggestions = n.suggestions
    if malformed and value < 0:
        suggestions = tuple(-s for s in suggestions)
    return (
        Quantity(
            value=value,
            unit=unit,
            surface=text[start:end],
            start=start,
            end=end,
            bound=bound,
            lower=lower,
            upper=upper,
            noun=noun,
            malformed=malformed,
            suggestions=suggestions,
        ),
        used,
    )


def _is_currency(unit: str) -> bool:
    """Whether a unit name is money: an ISO 4217 code, alone or per a unit."""
    code = unit.split(" / ")[0]
    return len(code) == 3 and code.isalpha() and code.isupper()


def _prefix_before(text: str, pos: int, floor: int) -> str | None:
    """The currency sign written right before ``pos`` (not before ``floor``)."""
    cm = _prefix_regex().search(text[max(floor - 1, pos - 8, 0) : pos])
    return None if cm is None else units.CURRENCY_PREFIXES[cm.group("c")]


def _range(
    text: str, nums: list[Num], i: int, end: int, between: bool, currency: str | None
) -> tuple[Num, int] | None:
    """The number that closes a range opened by ``nums[i]``, and where the join ends."""
    if i + 1 >= len(nums):
        return None
    n, other = nums[i], nums[i + 1]
    if n.kind == "vague" or other.kind == "vague":
        return None
    jm = _RANGE_JOIN.match(text, end)
    if jm is None:
        return None
    join = jm.group().strip().lower()
    gap_end = jm.end()
    prefix = _prefix_regex().match(text[gap_end : other.start + 1]) if currency else None
    if other.start != gap_end and prefix is None:
        # allow a currency sign: "$5 to $10"
        cm = _prefix_regex().search(text[gap_end : other.start])
        if cm is None or cm.start() != 0:
            return None
    if join == "and" and not between:
        return None
    if join == "or":
        return None
    if join in "-–—" and (n.plain and other.plain and _year_like(n.value)):
        return None
    if join in "-–—" and (" " in jm.group() or "\n" in jm.group()):
        return None
    if join in "-–—" and other.kind != n.kind:
        return None
    if join == "to" and _FROM_BEFORE.search(text[max(0, n.start - 12) : n.start]):
        return None
    return other, gap_end


_FROM_BEFORE = re.compile(r"(?<![A-Za-z])from\s+(?:[$£€]\s?)?$", re.IGNORECASE)


def _year_like(value: Decimal) -> bool:
    return value == value.to_integral_value() and 1000 <= value <= 2100


def _excluded(text: str, n: Num) -> bool:
    """Whether a number is part of a date, a time, an ordinal or an identifier."""
    if n.kind != "digits":
        return False
    start, end = n.start, n.end
    if _ORDINAL_AFTER.match(text, end) or _TIME_AFTER.match(text, end):
        return True
    before = text[max(0, start - 30) : start]
    if start > 0:
        prev = text[start - 1]
        if prev.isalpha() or prev in "_/@":
            return True
        if prev in "-–" and start > 1 and text[start - 2].isalpha():
            return True  # F-16, Covid-19
    if end < len(text) and (text[end].isalpha() and units.match_unit(text, end) is None):
        return True  # 5G, 3D, 4x4
    if end < len(text) and text[end] in "_@":
        return True
    if n.plain and _IDENT_BEFORE.search(before):
        return True
    if n.value <= 31 and n.plain and (
        _MONTH_BEFORE.search(before) or _MONTH_AFTER.match(text, end)
    ):
        return True
    return bool(n.plain and _year_like(n.value) and _MONTH_BEFORE.search(before))


def _plausible_word_count(text: str, n: Num, noun: str | None, hedged: bool) -> bool:
    """Whether a spelled-out number is a count rather than a pronoun or an idiom."""
    word = text[n.start : n.end].lower()
    if word in _LONE_FRACTION_WORDS:
        return False
    if word in ("one", "a dozen", "dozen") or word == "one":
        if _NOT_ONE_AFTER.match(text, n.end):
            return False
        if _NOT_ONE_BEFORE.search(text[max(0, n.start - 20) : n.start]):
            return False
        if noun is None and not hedged:
            return False
    return True


def _noun(text: str, pos: int, count: bool) -> str | None:
    """The noun phrase a count counts, or what a measure measures ("of territory")."""
    p = pos
    if not count:
        om = _OF_AFTER.match(text, p)
        if om is None:
            return None
        p = om.end()
    else:
        while p < len(text) and text[p] in _QUOTE:
            p += 1
        if p < len(text) and text[p] in " \u00a0":
            p += 1
        while p < len(text) and text[p] in _QUOTE:
            p += 1
    words: list[tuple[int, int]] = []
    while len(words) < 4:
        m = _NOUN_WORD.match(text, p)
        if m is None:
            break
        w = m.group().lower()
        if w in _STOP_WORDS:
            break
        words.append((m.start(), m.end()))
        p = m.end()
        if p < len(text) and text[p] in _QUOTE:
            break
        if p >= len(text) or not _ONE_SPACE.match(text, p):
            break
        p += 1
    # The head is the last word that looks like a noun.
    for k in range(len(words) - 1, -1, -1):
        w = text[words[k][0] : words[k][1]]
        lw = w.lower()
        if (lw.endswith("s") and not lw.endswith(("ss", "us", "is", "ous"))) or (
            lw in _UNCOUNTABLE_NOUNS
        ):
            return text[words[0][0] : words[k][1]]
    if not count and words:
        return text[words[0][0] : words[-1][1]]
    if words:
        w = text[words[0][0] : words[0][1]]
        if w.islower() and not w.endswith(("ed", "ly", "ing")) or w.lower() in _UNCOUNTABLE_NOUNS:
            return w
    return None


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
        if gap.strip().startswith(("(", "[")) and not _closes(text, b.end):
            continue
        b2 = _reconcile(a, b)
        out[k] = _with(b2, restates=k - 1)
    return out


def _closes(text: str, pos: int) -> bool:
    return bool(re.match(r"\s*[)\]]", text[pos : pos + 4]))


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
    return _with(b, value=best)


def _with(q: Quantity, **changes: object) -> Quantity:
    from dataclasses import replace

    return replace(q, **changes)  # type: ignore[arg-type]


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
        newsnum.errors.NumberFormatError: '12,50' is not a well-formed number in locale 'en'...
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_quantity() expects str, got {type(text).__name__}")
    qs = _extract(text, locale, strict=True)
    stripped = text.strip()
    lead = len(text) - len(text.lstrip())
    if not qs:
        numbers.parse_number(stripped, locale=locale)  # raises with suggestions
        raise NumberFormatError(f"no quantity in {text!r}", text=text, locale=locale)
    q = qs[0]
    if q.malformed:
        token = text[q.start : q.end]
        numbers.parse_number(token.split()[0] if token.split() else token, locale=locale)
        raise NumberFormatError(
            f"{token!r} is not well-formed", text=text, suggestions=q.suggestions, locale=locale
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
