"""Inconsistency checks: where a story's numbers do not add up.

:func:`check` extracts the quantities of a text and runs one small rule per
finding kind over them. Every rule prefers silence to a false alarm: it fires
only on a pattern a copy editor would recognise from the text alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal, localcontext
from functools import cache
from typing import NamedTuple

from newsnum import numbers, units
from newsnum._data import words as _words
from newsnum.errors import NewsnumError
from newsnum.extract import extract
from newsnum.model import Finding, Quantity

__all__ = ["KINDS", "check"]

#: The finding kinds :func:`check` reports, in the order it checks them.
KINDS: tuple[str, ...] = (
    "malformed-number",
    "conversion-mismatch",
    "part-exceeds-whole",
    "total-mismatch",
    "dimension-mismatch",
)

_PHYSICAL = frozenset({"length", "area", "volume", "mass", "speed", "temperature", "time"})
#: Dimensions a parenthetical conversion is checked in (issue 4): not time, since
#: "3 hours (180 km)" adds a fact rather than converting one.
_CONVERTIBLE = frozenset({"length", "area", "volume", "mass", "speed", "temperature"})
#: Units news writers use in their imperial sense as often as in the US one.
_IMPERIAL = {
    "gallon": "imperial_gallon",
    "pint": "imperial_pint",
    "quart": "imperial_quart",
    "fluid_ounce": "imperial_fluid_ounce",
    "ton": "long_ton",
}
_MAX_PARTS = 12  # the longest list of parts a total is checked against


def _alt(phrases: tuple[str, ...] | frozenset[str]) -> str:
    """A regex alternation of phrases, longest first, with any spacing between words."""
    ordered = sorted(phrases, key=lambda p: (-len(p), p))
    return "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in ordered)


class _Patterns(NamedTuple):
    of_noun_after: re.Pattern[str]
    part_cue: re.Pattern[str]
    part_lead: re.Pattern[str]
    total_cue: re.Pattern[str]
    list_goes_on: re.Pattern[str]
    of_them: re.Pattern[str]
    base_after: re.Pattern[str]
    distance_before: re.Pattern[str]
    area_of_before: re.Pattern[str]
    verb_colon: re.Pattern[str]
    were: re.Pattern[str]
    list_join: re.Pattern[str]
    sentence_end: re.Pattern[str]
    share_cue: re.Pattern[str]
    share_join: re.Pattern[str]
    not_shares_cue: re.Pattern[str]
    died: re.Pattern[str]
    of_the: re.Pattern[str]


@cache
def _patterns() -> _Patterns:
    """Compile (once) the patterns of the checks, from the word tables."""
    i = re.IGNORECASE
    return _Patterns(
        of_noun_after=re.compile(
            r"\s*[)\]]\s+of\s+(?:the\s+|our\s+|its\s+|their\s+|his\s+|her\s+)?(?P<n>[A-Za-z]+)"
        ),
        part_cue=re.compile(rf"\b(?:{_alt(_words.PART_CUES)})\b", i),
        part_lead=re.compile(r"[ \t]*(?:[A-Za-z'-]+[ \t]+){0,3}"),
        total_cue=re.compile(
            r"^\s*(?::\s|—|–|--|-\s|,?\s*(?:is\s+|was\s+)?"
            rf"(?:{_alt(_words.TOTAL_CUES)})\b)\s*",
            i,
        ),
        list_goes_on=re.compile(
            rf"\s*(?:(?:{_alt(_words.LIST_CONTINUES)})\b|,\s*(?:and\s+)?"
            rf"(?:{_alt(_words.LIST_GOES_ON)})\b)",
            i,
        ),
        of_them=re.compile(rf"\bof\s+(?:{_alt(_words.OF_THEM)})\b", i),
        base_after=re.compile(rf"\s*(?:{_alt(_words.BASE_WORDS)})\b", i),
        distance_before=re.compile(rf"\b(?:{_alt(_words.DISTANCE_WORDS)})\s*$", i),
        area_of_before=re.compile(rf"\b(?P<n>{_alt(_words.AREA_OF)}) of\s+$", i),
        verb_colon=re.compile(r"^(?:\s+[a-z]+){1,3}:\s"),
        were=re.compile(r"^\s+(?:were|are)\s+(?=[0-9a-z])", i),
        list_join=re.compile(r"^[^.;:!?0-9]{0,60}?(?:,\s*(?:and\s+)?|\s+and\s+|\s+plus\s+)$"),
        sentence_end=re.compile(r"[.!?](?=[\"”’']?\s+[\"“‘']?[A-Z0-9])|\n\s*\n"),
        share_cue=re.compile(rf"\b(?:{_alt(_words.SHARE_CUES)})\b", i),
        share_join=re.compile(r"^[^.;:!?0-9%]{0,60}?(?:,\s*(?:and\s+)?|\s+and\s+)$"),
        not_shares_cue=re.compile(rf"\b(?:{_alt(_words.NOT_SHARES_CUES)})\b", i),
        died=re.compile(r"\s+(?:died|were\s+killed|were\s+injured|were\s+hurt|were\s+arrested)"),
        of_the=re.compile(r"\s*(?:[)\]]\s*)?of\s+the\b", i),
    )


def check(text: str, *, locale: str = "en") -> list[Finding]:
    """Report the places where a text's numbers do not add up.

    Never raises on text. Findings come in order of position; each
    :attr:`Finding.kind` is one of :data:`KINDS`.

    Args:
        text: English news text.
        locale: the locale whose grouping and decimal marks the digits use.

    Returns:
        The findings, in order of appearance.

    Raises:
        TypeError: ``text`` is not a :class:`str`.
        UnknownLocaleError: ``locale`` is not a locale babel knows.

    Example:
        >>> from newsnum import check
        >>> for f in check("about 2,000 kilometres (12,50 miles) of our territory"):
        ...     print(f.kind, "|", f.surface, "|", f.suggestion)
        dimension-mismatch | 2,000 kilometres | 2,000 square kilometres
        malformed-number | 12,50 miles | 1,250 miles
        >>> check("some 35 kilometers (around 22 miles) away")
        []
    """
    if not isinstance(text, str):
        raise TypeError(f"check() expects str, got {type(text).__name__}")
    qs = extract(text, locale=locale)
    findings: list[Finding] = []
    with localcontext(numbers.ARITHMETIC):
        for rule in _RULES:
            try:
                findings += rule(text, qs, locale)
            except ArithmeticError:  # a figure too large to compare (1e999): no finding
                continue
    findings.sort(key=lambda f: (f.start, KINDS.index(f.kind)))
    return findings


def _number_span(q: Quantity) -> tuple[int, int]:
    """Offsets of a quantity's figure (with its sign and scale word) within the text."""
    return q.number_span or (q.start, q.end)


def _core(text: str, q: Quantity) -> tuple[int, str]:
    """A quantity without its hedge: the figure as written with its unit or currency sign."""
    if q.is_range:
        return q.start, q.surface
    start = _number_span(q)[0]
    if q.unit_span is not None and q.start <= q.unit_span[0] < start:
        start = q.unit_span[0]  # "$5", "US$ 5"
    return start, text[start : q.end]


def _format(value: Decimal, locale: str) -> str:
    """``value`` grouped for the locale, with the decimal places it was written with."""
    from babel.numbers import format_decimal

    exponent = value.as_tuple().exponent
    places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    pattern = "#,##0." + "0" * places if places else "#,##0"
    return str(format_decimal(value, format=pattern, locale=locale, decimal_quantization=False))


def _convert(value: Decimal, from_unit: str | None, to_unit: str | None) -> Decimal | None:
    """``value`` converted between units, or ``None`` when they do not convert."""
    if from_unit is None or to_unit is None:
        return None
    try:
        return units.convert(value, from_unit, to_unit)
    except NewsnumError:
        return None


def _malformed(text: str, qs: list[Quantity], locale: str) -> list[Finding]:
    out = []
    for q in qs:
        if not q.malformed:
            continue
        s, e = _number_span(q)
        token = text[s:e]
        start, surface = _core(text, q)
        fixed = _format(q.value, locale)
        suggestion = text[start:s] + fixed + text[e : q.end]
        a = qs[q.restates] if q.restates is not None else None
        exact = None if a is None else _convert(a.value, a.unit, q.unit)
        if a is not None and exact is not None:
            approx = _format(exact.quantize(Decimal("0.1")), locale)
            message = (
                f"{token} is not a well-formed number; {_core(text, a)[1]} is about "
                f"{approx} {_unit_word(text, q)}, so {fixed} was probably meant."
            )
        else:
            readings = " or ".join(_format(v, locale) for v in q.suggestions)
            message = f"{token} is not a well-formed number" + (
                f"; it may be {readings}." if readings else "."
            )
        out.append(Finding("malformed-number", start, q.end, surface, message, suggestion, (q,)))
    return out


def _unit_word(text: str, q: Quantity) -> str:
    """The unit as the writer wrote it after the figure: "miles" in "12,50 miles".

    The figure's scale word is part of the figure ("gallons" in "10 million gallons").
    """
    return text[_number_span(q)[1] : q.end].strip() or (q.unit or "")


def _dimension(unit: str | None) -> str | None:
    if unit is None:
        return None
    try:
        return units.dimension(unit)
    except NewsnumError:
        return None


def _readings(a: Quantity, b: Quantity) -> list[Decimal]:
    """Every value ``a`` may have in ``b``'s unit, given how news uses units.

    A temperature in a parenthesis may be a difference ("warming of 1.5C
    (2.7F)"); gallons, pints and tons may be imperial as well as US.
    """
    out = []
    targets = {b.unit}
    sources = {a.unit}
    for name in (a.unit, b.unit):
        alt = _IMPERIAL.get(name or "")
        if alt is not None:
            (targets if name == b.unit else sources).add(alt)
    for src in sorted(u for u in sources if u):
        for dst in sorted(u for u in targets if u):
            v = _convert(a.value, src, dst)
            if v is None:
                continue
            out.append(v)
            if _dimension(src) == "temperature":
                zero = _convert(Decimal(0), src, dst)
                if zero is not None and zero != 0:
                    out.append(v - zero)
    return out


def _conversions(text: str, qs: list[Quantity], locale: str) -> list[Finding]:
    out = []
    for b in qs:
        if b.restates is None or b.malformed:
            continue
        a = qs[b.restates]
        if a.malformed or a.unit is None or b.unit is None or a.is_range != b.is_range:
            continue
        da, db = _dimension(a.unit), _dimension(b.unit)
        if da not in _CONVERTIBLE or db not in _CONVERTIBLE:
            continue
        if da != db:
            if {da, db} == {"volume", "mass"}:
                continue  # "1 million barrels (136,000 tonnes)" of oil
            start, surface = _core(text, b)
            out.append(
                Finding(
                    "dimension-mismatch",
                    start,
                    b.end,
                    surface,
                    f"{surface} is given as a conversion of {_core(text, a)[1]}, "
                    f"but it measures {_article(db)} and {_core(text, a)[1]} {_article(da)}.",
                    None,
                    (b, a),
                )
            )
            continue
        readings = _readings(a, b)
        if not readings or any(_agrees(a, b, exact) for exact in readings):
            continue
        if a.is_range and b.is_range and a.upper is not None and b.upper is not None:
            upper = _convert(a.upper, a.unit, b.unit)
            if upper is None or _agrees(a, b, upper, b.upper):
                continue
        exact = readings[0]
        start, surface = _core(text, b)
        shown = _round_like(exact, b.value)
        about = _format(exact.quantize(Decimal("0.1") if abs(exact) < 100 else Decimal(1)), "en")
        out.append(
            Finding(
                "conversion-mismatch",
                start,
                b.end,
                surface,
                f"{_core(text, a)[1]} is about {about} {_unit_word(text, b)}, not {surface}.",
                f"{shown} {_unit_word(text, b)}",
                (b, a),
            )
        )
    return out


def _article(dim: str | None) -> str:
    return {"area": "an area", "speed": "a speed", "temperature": "a temperature"}.get(
        dim or "", f"a {dim}"
    )


def _sig_digits(v: Decimal) -> int:
    """Significant digits as written: 2,000 has 1, 930,000 has 2, 12.50 has 4."""
    t = abs(v).as_tuple()
    digits = list(t.digits)
    if isinstance(t.exponent, int) and t.exponent >= 0:
        while len(digits) > 1 and digits[-1] == 0:
            digits.pop()
    while len(digits) > 1 and digits[0] == 0:
        digits.pop(0)
    return max(1, len(digits))


def _step(v: Decimal) -> Decimal:
    """The rounding step the writer used for ``v``: 22 -> 1, 930,000 -> 10,000, 1,250 -> 50."""
    t = abs(v).as_tuple()
    exp = t.exponent if isinstance(t.exponent, int) else 0
    digits = list(t.digits)
    if exp >= 0:
        while len(digits) > 1 and digits[-1] == 0:
            digits.pop()
            exp += 1
    step = Decimal(10) ** exp
    if digits and digits[-1] == 5 and len(digits) > 1 and exp >= 1:
        step *= 5
    return step


def _agrees(a: Quantity, b: Quantity, exact: Decimal, stated: Decimal | None = None) -> bool:
    """Whether ``b`` is ``exact`` rounded the way the writer plausibly rounded it.

    The tolerance is half the rounding step of the stated figure (a whole step
    when either side is hedged), but no coarser than the precision of the
    figure it converts allows (600 pounds for 250 kg is judged to the ten), and
    no coarser than 5% (10% when hedged or when the original has one significant
    digit, as in "20 miles (30km)"). A one-unit slip in the last written digit
    is always allowed: writers truncate as often as they round.
    """
    hedged = a.bound != "=" or b.bound != "="
    value = b.value if stated is None else stated
    last = _last_digit(value)
    step = _step(value)
    if value != 0:
        magnitude = abs(value).adjusted()
        cap = Decimal(10) ** (magnitude - _sig_digits(a.value) + 1)
        step = min(step, max(cap, last))
    tol = step if hedged else step / 2
    rel = Decimal("0.10") if hedged or _sig_digits(a.value) == 1 else Decimal("0.05")
    tol = max(min(tol, rel * abs(exact)), last)
    return abs(value - exact) <= tol


def _last_digit(v: Decimal) -> Decimal:
    """The place of the last written digit of ``v`` (1 for integers)."""
    exp = v.as_tuple().exponent
    return Decimal(10) ** min(exp, 0) if isinstance(exp, int) else Decimal(1)


def _round_like(exact: Decimal, stated: Decimal) -> str:
    """``exact`` rounded to the precision the writer used for ``stated``."""
    place = _last_digit(stated)
    r = exact.quantize(place) if place < 1 else exact.quantize(Decimal(1))
    if place >= 1 and abs(exact) >= 100:
        r = exact.quantize(Decimal(1))
    from babel.numbers import format_decimal

    return str(format_decimal(r, format="#,##0.###", locale="en"))


def _sentences(text: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for m in _patterns().sentence_end.finditer(text):
        spans.append((start, m.end()))
        start = m.end()
    spans.append((start, len(text)))
    return spans


def _by_sentence(text: str, qs: list[Quantity]) -> list[list[Quantity]]:
    groups: list[list[Quantity]] = []
    k = 0
    for s, e in _sentences(text):
        group = []
        while k < len(qs) and qs[k].start < e:
            if qs[k].start >= s:
                group.append(qs[k])
            k += 1
        groups.append(group)
    return groups


def _comparable(a: Quantity, b: Quantity) -> bool:
    if a.unit is None or b.unit is None:
        return a.unit is None and b.unit is None
    if a.unit == b.unit:
        return True
    da = _dimension(a.unit)
    return da is not None and da == _dimension(b.unit) and da in _PHYSICAL


def _parts(text: str, qs: list[Quantity], locale: str) -> list[Finding]:
    out = []
    for group in _by_sentence(text, qs):
        for k in range(1, len(group)):
            whole, part = group[k - 1], group[k]
            gap = text[whole.end : part.start]
            cues = list(_patterns().part_cue.finditer(gap))
            cue = cues[-1] if cues else None
            # The part must follow its cue closely: "including over 2 million",
            # not "including police officers, and 1,200 were evacuated".
            if cue is None or _patterns().part_lead.fullmatch(gap, cue.end()) is None:
                continue
            if part.restates is not None or part.bound in ("<", "<="):
                continue
            if not _comparable(whole, part) or _dimension(whole.unit) == "percent":
                continue
            w_ref = whole.upper if whole.upper is not None else whole.value
            if whole.bound in ("~", ">", ">="):
                w_ref = w_ref * Decimal("1.1")
            p_min = part.lower if part.lower is not None else part.value
            if part.bound == "~":
                p_min = p_min * Decimal("0.9")
            p_conv = _convert(p_min, part.unit, whole.unit) if part.unit else p_min
            if p_conv is not None and p_conv > w_ref:
                start, surface = _core(text, part)
                out.append(
                    Finding(
                        "part-exceeds-whole",
                        start,
                        part.end,
                        surface,
                        f"{surface} is given as part of {whole.surface.strip()}, "
                        "but it is larger than the whole.",
                        None,
                        (part, whole),
                    )
                )
    return out


def _totals(text: str, qs: list[Quantity], locale: str) -> list[Finding]:
    out = []
    for group in _by_sentence(text, qs):
        for k in range(len(group) - 2):
            total = group[k]
            tail = _after_noun(text, total)
            cue = _patterns().total_cue.match(
                text[total.end : total.end + 60]
            ) or _patterns().total_cue.match(tail)
            cue = cue or _patterns().verb_colon.match(tail)  # "20 medals were won: 8 gold, ..."
            were = _patterns().were.match(tail)  # "The 15 victims were 9 men and 5 women"
            if cue is None and were is None:
                continue
            parts = [group[k + 1]]
            for q in group[k + 2 : k + 1 + _MAX_PARTS]:  # a list is short: linear cost
                if not _patterns().list_join.match(text[parts[-1].end : q.start]):
                    break
                parts.append(q)
            if len(parts) < 2 or not all(_comparable(total, p) for p in parts):
                continue
            if cue is None and not all(p.noun for p in parts):
                continue  # after "were", only counted parts: "9 men and 5 women"
            if total.bound != "=" or any(p.bound != "=" or p.is_range for p in parts):
                continue
            if total.unit is not None and _dimension(total.unit) not in ("currency", *_PHYSICAL):
                continue
            # Only a complete list is a sum: not "four adults, six children and a
            # baby", nor "two of them seriously and three children".
            if _patterns().of_them.search(
                text, parts[0].start, parts[-1].end
            ) or _patterns().list_goes_on.match(_after_part(text, parts[-1])):
                continue
            converted = [
                _convert(p.value, p.unit, total.unit) if p.unit else p.value for p in parts
            ]
            if any(v is None for v in converted):
                continue
            parts_sum = sum((v for v in converted if v is not None), Decimal(0))
            if parts_sum != total.value:
                listed = ", ".join(p.surface for p in parts)
                out.append(
                    Finding(
                        "total-mismatch",
                        total.start,
                        total.end,
                        total.surface,
                        f"The parts listed ({listed}) add up to {_plain(parts_sum)}, "
                        f"not {_plain(total.value)}.",
                        None,
                        (total, *parts),
                    )
                )
    return out


def _after_part(text: str, q: Quantity) -> str:
    """The text after the last listed part and the noun it counts."""
    end = q.end if q.noun_span is None or q.noun_span[0] > q.end + 3 else q.noun_span[1]
    return text[end : q.end + 80]


def _after_noun(text: str, q: Quantity) -> str:
    """The text after a count's noun, up to a short window."""
    if q.noun_span is None or q.noun_span[0] > q.end + 60:
        return ""
    end = q.noun_span[1]
    tail = text[end : end + 80]
    m = _patterns().died.match(tail)
    return tail[m.end() :] if m else tail


def _plain(v: Decimal) -> str:
    """A total as news writes it: "12 billion", "3.5 million", "1,081"."""
    for size, word in ((Decimal(10) ** 9, "billion"), (Decimal(10) ** 6, "million")):
        if abs(v) >= size and (v / size) == (v / size).quantize(Decimal("0.01")):
            return f"{_format((v / size).normalize(), 'en')} {word}"
    return _format(v, "en")


def _percent_shares(text: str, qs: list[Quantity], locale: str) -> list[Finding]:
    out = []
    for (s, e), group in zip(_sentences(text), _by_sentence(text, qs), strict=True):
        sentence = text[s:e]
        if not _patterns().share_cue.search(sentence) or _patterns().not_shares_cue.search(
            sentence
        ):
            continue
        for shares in _share_lists(text, group):
            # "60% in Ohio and 55% in Texas", "60% of men ... 55% of women":
            # shares of different wholes.
            if sum(1 for q in shares if _patterns().base_after.match(text, q.end)) >= 2:
                continue
            total = sum((q.value for q in shares), Decimal(0))
            if total > 100 + Decimal("0.5") * len(shares) + 1:
                first = shares[0]
                out.append(
                    Finding(
                        "total-mismatch",
                        first.start,
                        shares[-1].end,
                        text[first.start : shares[-1].end],
                        f"The shares given add up to {_plain(total)}%, well over 100%.",
                        None,
                        tuple(shares),
                    )
                )
    return out


def _share_lists(text: str, group: list[Quantity]) -> list[list[Quantity]]:
    """Runs of exact percentages listed together ("60% for Smith and 55% for Jones")."""
    runs: list[list[Quantity]] = []
    run: list[Quantity] = []
    for q in group:
        if q.unit != "percent" or q.bound != "=" or q.is_range:
            run = []
            continue
        if run and _patterns().share_join.match(text[run[-1].end : q.start]):
            run.append(q)
        else:
            run = [q]
            runs.append(run)
    return [r for r in runs if len(r) >= 2]


def _dimensions(text: str, qs: list[Quantity], locale: str) -> list[Finding]:
    out = []
    for k, q in enumerate(qs):
        if q.restates is not None or q.unit is None:
            continue
        noun = q.noun
        end = q.end
        if noun is None and k + 1 < len(qs) and qs[k + 1].restates == k:
            m = _patterns().of_noun_after.match(text, qs[k + 1].end)
            noun = m.group("n") if m else None
            end = qs[k + 1].end
        if noun is None:
            m = _patterns().area_of_before.search(text, max(0, q.start - 30), q.start)
            noun = m.group("n") if m else None  # "burned an area of 500 kilometres"
        if noun is None:
            continue
        # "within 20 kilometres of Russian-held territory", "5 km of the area":
        # a distance to a place, not the size of one.
        between = text[end : end + 40]
        figure = _number_span(q)[0]  # "within" may be the quantity's own hedge
        if _patterns().distance_before.search(text, max(0, figure - 20), figure) or (
            _patterns().of_the.match(between)
        ):
            continue
        head = noun.split()[-1].lower()
        dim = _dimension(q.unit)
        start, surface = _core(text, q)
        s, e = _number_span(q)
        unit_text = text[e : q.end].strip()
        if dim == "length" and head in _words.AREA_NOUNS:
            what = "an area" if head in ("area", "areas") else f"an area of {noun}"
            out.append(
                Finding(
                    "dimension-mismatch",
                    start,
                    q.end,
                    surface,
                    f"{surface} measures a length, but {what} needs square units.",
                    _square(text[s:e], unit_text),
                    (q,),
                )
            )
        elif dim == "area" and head in _words.LENGTH_NOUNS:
            out.append(
                Finding(
                    "dimension-mismatch",
                    start,
                    q.end,
                    surface,
                    f"{surface} measures an area, but a {head} is measured by its length.",
                    None,
                    (q,),
                )
            )
    return out


def _square(number: str, unit_text: str) -> str | None:
    """The number with its unit made square: "2,000 square kilometres", "10 sq km"."""
    if not unit_text.isalpha():
        return None
    if len(unit_text) <= 3:
        return f"{number} sq {unit_text}"
    return f"{number} square {unit_text}"


#: The rules :func:`check` runs, in order; each reads the text and its quantities.
_RULES: tuple[Callable[[str, list[Quantity], str], list[Finding]], ...] = (
    _malformed,
    _conversions,
    _parts,
    _totals,
    _percent_shares,
    _dimensions,
)
