"""Inconsistency checks: where a story's numbers do not add up.

:func:`check` extracts the quantities of a text and runs one small rule per
finding kind over them. Every rule prefers silence to a false alarm: it fires
only on a pattern a copy editor would recognise from the text alone.
"""

from __future__ import annotations

import re
from decimal import Decimal

from newsnum import units
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
_AREA_NOUNS = frozenset(
    """territory territories area areas land lands farmland farmlands forest forests
    woodland region regions surface acreage countryside ground""".split()
)
_LENGTH_NOUNS = frozenset(
    """road roads border borders frontline front coastline coast track tracks pipeline
    pipelines railway railways rail river rivers highway motorway trench trenches fence
    wall cable""".split()
)
_TOKEN = re.compile(r"[-−+]?[0-9][0-9,.\u00a0\u202f']*[0-9]|[-−+]?[0-9]")
_OF_NOUN_AFTER = re.compile(
    r"\s*[)\]]\s+of\s+(?:the\s+|our\s+|its\s+|their\s+|his\s+|her\s+)?(?P<n>[A-Za-z]+)"
)
_PART_CUE = re.compile(
    r"\b(?:including|of\s+whom|of\s+which|among\s+them|among\s+whom|of\s+these|of\s+those)\b",
    re.IGNORECASE,
)
_TOTAL_CUE = re.compile(
    r"^\s*(?::|—|–|--|,?\s*(?:comprising|consisting\s+of|made\s+up\s+of|namely))\s*",
    re.IGNORECASE,
)
_LIST_JOIN = re.compile(r"^[^.;:!?0-9]{0,60}?(?:,\s*(?:and\s+)?|\s+and\s+|\s+plus\s+)$")
_SENTENCE_END = re.compile(r"[.!?](?=[\"”’']?\s+[\"“‘']?[A-Z0-9])|\n\s*\n")
_SHARE_CUE = re.compile(
    r"\b(?:split|divided|broken\s+down|breakdown|made\s+up|went\s+to|shares?|"
    r"voted|backed|won)\b",
    re.IGNORECASE,
)
_NOT_SHARES_CUE = re.compile(
    r"\b(?:respondents?|survey(?:ed)?|poll(?:ed)?|could\s+choose|more\s+than\s+one|multiple"
    r"|rose|fell|increased?|decreased?|grew|dropped|gained|lost|up|down|higher|lower"
    r"|growth|change|rate|inflation|interest|compared|while|whereas|each)\b",
    re.IGNORECASE,
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
    findings += _malformed(text, qs, locale)
    findings += _conversions(text, qs)
    findings += _parts(text, qs)
    findings += _totals(text, qs)
    findings += _percent_shares(text, qs)
    findings += _dimensions(text, qs)
    findings.sort(key=lambda f: (f.start, KINDS.index(f.kind)))
    return findings


def _number_span(q: Quantity) -> tuple[int, int]:
    """Offsets of the digits of a quantity's first number, within the text."""
    m = _TOKEN.search(q.surface)
    if m is None:
        return q.start, q.end
    return q.start + m.start(), q.start + m.end()


def _core(text: str, q: Quantity) -> tuple[int, str]:
    """A quantity without its hedge: the number as written with its unit."""
    s, _ = _number_span(q)
    if q.is_range:
        return q.start, q.surface
    return s, text[s : q.end]


def _format(value: Decimal, locale: str) -> str:
    from babel.numbers import format_decimal

    return str(format_decimal(value, format="#,##0.###", locale=locale))


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
        if q.restates is not None:
            a = qs[q.restates]
            approx = _format(units.convert(a.value, a.unit or "", q.unit or "").quantize(
                Decimal("0.1")), locale)
            message = (
                f"{token} is not a well-formed number; {a.surface.strip()} is about "
                f"{approx} {_unit_word(q)}, so {fixed} was probably meant."
            )
        else:
            readings = " or ".join(_format(v, locale) for v in q.suggestions) or "unclear"
            message = f"{token} is not a well-formed number; it may be {readings}."
        out.append(Finding("malformed-number", start, q.end, surface, message, suggestion, (q,)))
    return out


def _unit_word(q: Quantity) -> str:
    """The unit as the writer wrote it ("miles" in "12,50 miles")."""
    _, e = _number_span(q)
    return q.surface[e - q.start :].strip() or (q.unit or "")


def _dimension(unit: str | None) -> str | None:
    if unit is None:
        return None
    try:
        return units.dimension(unit)
    except NewsnumError:
        return None


def _conversions(text: str, qs: list[Quantity]) -> list[Finding]:
    out = []
    for b in qs:
        if b.restates is None or b.malformed:
            continue
        a = qs[b.restates]
        if a.malformed or a.unit is None or b.unit is None:
            continue
        da, db = _dimension(a.unit), _dimension(b.unit)
        if da not in _PHYSICAL or db not in _PHYSICAL:
            continue
        if da != db:
            start, surface = _core(text, b)
            out.append(
                Finding(
                    "dimension-mismatch",
                    start,
                    b.end,
                    surface,
                    f"{surface} is given as a conversion of {a.surface.strip()}, "
                    f"but one is a {db} and the other a {da}.",
                    None,
                    (b, a),
                )
            )
            continue
        exact = units.convert(a.value, a.unit, b.unit)
        if _agrees(a, b, exact):
            continue
        start, surface = _core(text, b)
        shown = _round_like(exact, b.value)
        out.append(
            Finding(
                "conversion-mismatch",
                start,
                b.end,
                surface,
                f"{a.surface.strip()} is {shown} {_unit_word(b)}, not {_core(text, b)[1]}.",
                f"{shown} {_unit_word(b)}",
                (b, a),
            )
        )
    return out


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


def _agrees(a: Quantity, b: Quantity, exact: Decimal) -> bool:
    """Whether ``b`` is ``exact`` rounded the way the writer plausibly rounded it."""
    hedged = a.bound != "=" or b.bound != "="
    value = b.value
    step = _step(value)
    if value != 0:
        magnitude = abs(value).adjusted()
        cap = Decimal(10) ** (magnitude - _sig_digits(a.value) + 1)
        step = min(step, max(cap, _last_digit(value)))
    tol = step if hedged else step / 2
    rel = Decimal("0.10") if hedged else Decimal("0.05")
    tol = max(min(tol, rel * abs(exact)), _last_digit(value) / 2)
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
    for m in _SENTENCE_END.finditer(text):
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


def _in_unit(q: Quantity, v: Decimal, unit: str | None) -> Decimal:
    if q.unit is None or unit is None or q.unit == unit:
        return v
    return units.convert(v, q.unit, unit)


def _parts(text: str, qs: list[Quantity]) -> list[Finding]:
    out = []
    for group in _by_sentence(text, qs):
        for k in range(1, len(group)):
            whole, part = group[k - 1], group[k]
            gap = text[whole.end : part.start]
            if not _PART_CUE.search(gap) or part.restates is not None:
                continue
            if not _comparable(whole, part) or _dimension(whole.unit) == "percent":
                continue
            w_ref = whole.upper if whole.upper is not None else whole.value
            if whole.bound in ("~", ">", ">="):
                w_ref = w_ref * Decimal("1.1")
            if part.bound in ("<", "<="):
                continue
            p_min = part.lower if part.lower is not None else part.value
            if part.bound == "~":
                p_min = p_min * Decimal("0.9")
            p_min = _in_unit(part, p_min, whole.unit)
            if p_min > w_ref:
                start, surface = _core(text, part)
                out.append(
                    Finding(
                        "part-exceeds-whole",
                        part.start,
                        part.end,
                        part.surface,
                        f"{part.surface} is given as part of {whole.surface}, "
                        "but it is larger than the whole.",
                        None,
                        (part, whole),
                    )
                )
    return out


def _totals(text: str, qs: list[Quantity]) -> list[Finding]:
    out = []
    for group in _by_sentence(text, qs):
        for k in range(len(group) - 2):
            total = group[k]
            cue = _TOTAL_CUE.match(text, total.end)
            if cue is None and not _TOTAL_CUE.match(_after_noun(text, total)):
                continue
            parts = [group[k + 1]]
            for q in group[k + 2 :]:
                if not _LIST_JOIN.match(text[parts[-1].end : q.start]):
                    break
                parts.append(q)
            if len(parts) < 2 or not all(_comparable(total, p) for p in parts):
                continue
            if total.bound != "=" or any(p.bound != "=" or p.is_range for p in parts):
                continue
            if total.unit is not None and _dimension(total.unit) not in ("currency", *_PHYSICAL):
                continue
            parts_sum = sum((_in_unit(p, p.value, total.unit) for p in parts), Decimal(0))
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


def _after_noun(text: str, q: Quantity) -> str:
    """The text after a count's noun, up to a short window."""
    if q.noun is None:
        return ""
    idx = text.find(q.noun, q.end, q.end + 60)
    if idx < 0:
        return ""
    tail = text[idx + len(q.noun) : idx + len(q.noun) + 80]
    m = re.match(r"\s+(?:died|were\s+killed|were\s+injured|were\s+hurt|were\s+arrested)", tail)
    return tail[m.end() :] if m else tail


def _plain(v: Decimal) -> str:
    return _format(v, "en")


def _percent_shares(text: str, qs: list[Quantity]) -> list[Finding]:
    out = []
    for (s, e), group in zip(_sentences(text), _by_sentence(text, qs)):
        shares = [q for q in group if q.unit == "percent" and q.bound == "=" and not q.is_range]
        if len(shares) < 2:
            continue
        sentence = text[s:e]
        if not _SHARE_CUE.search(sentence) or _NOT_SHARES_CUE.search(sentence):
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


def _dimensions(text: str, qs: list[Quantity]) -> list[Finding]:
    out = []
    for k, q in enumerate(qs):
        if q.restates is not None or q.unit is None:
            continue
        noun = q.noun
        if noun is None and k + 1 < len(qs) and qs[k + 1].restates == k:
            m = _OF_NOUN_AFTER.match(text, qs[k + 1].end)
            noun = m.group("n") if m else None
        if noun is None:
            continue
        head = noun.split()[-1].lower()
        dim = _dimension(q.unit)
        start, surface = _core(text, q)
        s, e = _number_span(q)
        unit_text = text[e : q.end].strip()
        if dim == "length" and head in _AREA_NOUNS:
            out.append(
                Finding(
                    "dimension-mismatch",
                    start,
                    q.end,
                    surface,
                    f"{surface} measures a length, but {noun} is an area: "
                    "square units were probably meant.",
                    f"{text[s:e]} square {unit_text}" if unit_text.isalpha() else None,
                    (q,),
                )
            )
        elif dim == "area" and head in _LENGTH_NOUNS:
            out.append(
                Finding(
                    "dimension-mismatch",
                    start,
                    q.end,
                    surface,
                    f"{surface} measures an area, but {noun} is measured in length.",
                    None,
                    (q,),
                )
            )
    return out
