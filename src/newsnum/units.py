"""Units: surface forms to canonical names, one pint registry, exact conversion.

A unit in newsnum is named by pint's own canonical string
(``str(registry().parse_units(x))``: ``"kilometer"``, ``"kilometer ** 2"``,
``"degree_Celsius"``), by an ISO 4217 code for money (``"USD"``), or by a
compound of both (``"USD / barrel"``). Money below the main unit is written with
pseudo-units: ``"USD_cent"``, ``"EUR_cent"``, ``"GBP_pence"``, ``"MYR_sen"``,
``"UAH_kopiyka"`` and ``"RUB_kopek"`` (each a hundredth of its currency),
``"USD_dime"`` (0.1 USD) and ``"USD_nickel"`` (0.05 USD).

The catalogue of surface forms joins quantulum3's unit list (read from its JSON
files on first use) with a curated table of news usage
(:mod:`newsnum._data.units_news`), which wins where they differ. Nothing is
loaded at import: the catalogue is built on the first call, once.

Reading units never imports pint: quantulum3's unit names are mapped to pint's
canonical names, and every canonical name to its dimension, through a static
table (:mod:`newsnum._data.units_pint`, generated from quantulum3 and pint by
``bench/gen_units_table.py``; a test keeps it in sync). So :func:`match_unit`,
:data:`CURRENCY_PREFIXES` and :func:`dimension` of the names it returns cost
no pint. The registry is built, once, only for conversions (:func:`convert`,
:func:`to_pint`) and for names outside the table.

Rules a news reader expects, decided here:

* Words match case-insensitively at a word boundary ("5 Kilometres" yes,
  "5 milestones" no); symbols are case-sensitive ("mm" is not "Mm").
* Between number and unit: nothing, one space, one no-break space or a hyphen
  ("3-inch"); never a newline or two spaces.
* Symbols that are letters or English words (``m g l L h t C F in nm W V p c``)
  count only glued to the number ("5m", "40C", "3in"); ``m g l L t in`` also
  after one space when no word or number follows ("1 m.", "2 in."), so
  "5 m people" is no metre and "3 in 10" no inch.
  Also after a space: ``m in`` before a product or a dimension ("1 m x 2 m",
  "2 in thick."), ``g l L t`` before "of" and a noun (not "of the") or a
  second amount ("1000 g of strawberries"), ``C F`` at the end or before a
  weather word ("30 C outside"); never glued to a letter ("30 C-suite",
  "3 L.A."). A letter symbol after a space counts as the numerator of a
  compound ("1e-3 W/min"); a symbol or word alone in brackets counts
  ("20 (kg)").
  ``K``, ``k``, ``bn``, ``mn``, ``tn`` are scale suffixes, never units; ``am``
  and ``pm`` are clock times ("11pm" is no picometre).
* Inch and foot marks: primes (``″ ′``) always; ASCII ``"`` / ``''`` (inch)
  and ``'`` (foot) glued to digits (``9"``, ``6'2"``) when a space, punctuation
  or the end follows and no opening quote of the same kind is open earlier on
  the line (looked for up to 300 characters back): ``he said "5"`` is no
  inch. Curly quotes never count.
* "pounds" is mass, except right after a scale word ("20 million pounds") and
  not followed by "of", where it is GBP; "pounds sterling" is always GBP.
* "tons" is pint's ``ton`` (the short ton); "tonnes" and "metric tons" are
  ``metric_ton``.
* "percentage points" and "basis points" have their own dimension: a change of
  3 percentage points is not 3 percent, so they never convert into
  ``percent`` (1 percentage point = 100 basis points).
* "francs" alone are French francs (FRF), as in the corpus; "Swiss francs" CHF.
* "won" is South Korean money only after a scale word ("one trillion won"); "kroner"
  alone are Danish (:mod:`newsnum.passes` makes them Norwegian where the text says
  Norway).
* "pence" and "penny" are GBP pence; "pennies" are US cents (US coins).
"""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Mapping
from decimal import Decimal, localcontext
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, NamedTuple

from newsnum._data import units_news as _news
from newsnum._data import words as _words
from newsnum._regex import alternation
from newsnum.errors import DimensionalityError, UnknownUnitError

if TYPE_CHECKING:  # pragma: no cover
    import pint

__all__ = [
    "CURRENCY_PREFIXES",
    "ago_follows",
    "canonical",
    "convert",
    "dimension",
    "exchange_range",
    "is_currency",
    "match_unit",
    "may_start_unit",
    "mojibake",
    "no_unit_error",
    "registry",
    "subunit",
    "to_pint",
    "unit_words",
]


#: Currency symbols, abbreviations and ISO codes written before a number, mapped
#: to ISO 4217 codes; iterate in order to find the longest prefix first.
def mojibake(surface: str) -> str | None:
    """``surface`` as it reads when its UTF-8 bytes are decoded as cp1252, if it changes.

    Feeds and scraped archives often carry such text ("Â£400m" for "£400m"); newsnum reads
    it as the writer meant, without rewriting it.

    Example:
        >>> mojibake("£"), mojibake("€"), mojibake("km")
        ('Â£', 'â‚¬', None)
    """
    try:
        garbled = surface.encode("utf-8").decode("cp1252")
    except UnicodeDecodeError:
        return None
    return None if garbled == surface else garbled


def _with_mojibake(table: Mapping[str, str]) -> dict[str, str]:
    """The table, and each of its surfaces as mojibake too."""
    out = dict(table)
    for surface, name in table.items():
        garbled = mojibake(surface)
        if garbled is not None:
            out.setdefault(garbled, name)
    return out


CURRENCY_PREFIXES: Mapping[str, str] = MappingProxyType(
    dict(
        sorted(
            _with_mojibake(
                {**{code: code for code in _news.CURRENCY_CODES}, **_news.CURRENCY_PREFIXES}
            ).items(),
            key=lambda item: (-len(item[0]), item[0]),
        )
    )
)

_CODES = frozenset(_news.CURRENCY_CODES)
_PSEUDO = _news.PSEUDO_CURRENCIES
_PERCENT_FAMILY = frozenset({"percent", "percentage_point", "basis_point"})

_DIMENSIONS = {
    "[length]": "length",
    "[length] ** 2": "area",
    "[length] ** 3": "volume",
    "[mass]": "mass",
    "[time]": "time",
    "[length] / [time]": "speed",
    "[temperature]": "temperature",
}
# the same names, keyed by dimensionality as (base, exponent) pairs
_SHORT = {
    frozenset({("[length]", 1)}): "length",
    frozenset({("[length]", 2)}): "area",
    frozenset({("[length]", 3)}): "volume",
    frozenset({("[mass]", 1)}): "mass",
    frozenset({("[time]", 1)}): "time",
    frozenset({("[length]", 1), ("[time]", -1)}): "speed",
    frozenset({("[temperature]", 1)}): "temperature",
}

#: A dimensionality as (base dimension, exponent) pairs, in pint's order.
_Dims = tuple[tuple[str, int], ...]

#: Working precision (significant digits) of definitions and conversions.
_PRECISION = 50
#: The most characters after the number that match_unit looks at.
_WINDOW = 48
#: The most tokens (letter runs, digit runs, single other characters) in a unit.
_MAX_TOKENS = 10


class _Catalogue(NamedTuple):
    """Surface forms, each mapped to a canonical unit name."""

    words: dict[str, str]
    symbols: dict[str, str]
    glued: dict[str, str]
    final: dict[str, str]
    #: first token of any surface (as written, and lower-cased for words) ->
    #: the most tokens of a surface starting with it
    firsts: dict[str, int]
    #: every surface's beginnings, token by token, as written (symbols, glued and final
    #: symbols) and lower-cased (words): a longer reading past one of none is no unit
    beginnings: frozenset[str]


# --------------------------------------------------------------------------- registry


_REGISTRY_LOCK = threading.Lock()


def registry() -> pint.UnitRegistry[Decimal]:
    """Return newsnum's one pint registry, built on first use.

    Magnitudes are :class:`~decimal.Decimal`. Beyond pint's own units it
    defines ``percentage_point`` (its own dimension), ``basis_point`` (a
    hundredth of a percentage point), ``ppb``, ``flops`` (a computer's speed, its
    own dimension: "360 teraflops"), every supported ISO 4217 code as
    the base unit of its own dimension (``USD = [currency_USD]``), and the
    pseudo-units below a currency (``USD_cent``, ``USD_dime`` ...).

    Returns:
        The registry (the same object on every call).

    Example:
        >>> ureg = registry()
        >>> ureg is registry()
        True
        >>> str(ureg.parse_units("USD / barrel"))
        'USD / barrel'
    """
    # pint refuses to mix quantities of two registries: threads making their
    # first conversion at the same moment must share one, so build it under a lock.
    with _REGISTRY_LOCK:
        return _registry()


@functools.cache
def _registry() -> pint.UnitRegistry[Decimal]:
    import pint

    # Definitions such as degF's "5 / 9" are evaluated now: do it at the same
    # working precision as convert(), so "212 degF" is exactly "100 degC".
    with localcontext() as ctx:
        ctx.prec = _PRECISION
        reg: pint.UnitRegistry[Decimal] = pint.UnitRegistry(
            non_int_type=Decimal, on_redefinition="raise"
        )
        reg.define("percentage_point = [percentage_point]")
        reg.define("basis_point = 0.01 * percentage_point")
        reg.define("ppb = 1e-9")
        reg.define("flops = [computing_speed]")  # "360 teraflops": operations a second
        for code in _news.CURRENCY_CODES:
            reg.define(f"{code} = [currency_{code}]")
        for pseudo, code in _PSEUDO.items():
            reg.define(f"{pseudo} = {_news.PSEUDO_FACTORS.get(pseudo, '0.01')} * {code}")
    return reg


# one unit name, optionally raised to a power: "kilometer", "meter ** 2", "USD"


@functools.cache
def _simple() -> re.Pattern[str]:
    """A simple unit name: one word, perhaps with a power ("meter ** 2")."""
    return re.compile(r"[A-Za-z_]+(?: \*\* [0-9]+)?")


def _joinable(numerator: str, denominator: str) -> bool:
    """Whether pint writes ``(numerator) / (denominator)`` as ``numerator / denominator``.

    True for simple names of different units, the numerator itself possibly
    one such quotient ("joule / meter ** 2" over "year").
    """
    parts = [*numerator.split(" / "), denominator]
    heads = [part.partition(" ")[0] for part in parts]
    return (
        len(parts) <= 3
        and len(set(heads)) == len(parts)
        and heads[1:] == sorted(heads[1:])  # pint writes denominators in sorted order
        and all(_simple().fullmatch(part) and _joins(part) for part in parts)
    )


def _joined(name: str) -> bool:
    """Whether ``name`` is a canonical ``a / b`` that :func:`_compose` writes without pint."""
    numerator, sep, denominator = name.rpartition(" / ")
    return bool(sep) and _joinable(numerator, denominator)


@functools.cache
def _compose(numerator: str, denominator: str) -> str:
    """Canonical name of ``numerator / denominator``.

    Two simple names of different units ("USD", "barrel"; "kilometer ** 2",
    "hour") are joined as pint writes them, without pint; anything else asks
    the registry (which may simplify, reorder, or turn an offset unit into a
    difference: "degree_Celsius / hour" is "delta_degree_Celsius / hour").
    """
    if _joinable(numerator, denominator):
        return f"{numerator} / {denominator}"
    return str(registry().parse_units(f"({numerator}) / ({denominator})"))


# --------------------------------------------------------------------------- static table


class _Static(NamedTuple):
    """The generated tables of :mod:`newsnum._data.units_pint`."""

    quantulum: Mapping[str, str | None]
    dimensions: Mapping[str, tuple[str, _Dims]]
    no_join: frozenset[str]


@functools.cache
def _static() -> _Static:
    """The generated tables, imported on first use."""
    from newsnum._data import units_pint

    return _Static(units_pint.QUANTULUM, units_pint.DIMENSIONS, units_pint.NO_JOIN)


def _joins(name: str) -> bool:
    """Whether pint writes ``name`` unchanged in a quotient (known, multiplicative)."""
    static = _static()
    return _is_currency_name(name) or (name in static.dimensions and name not in static.no_join)


def _static_dims(name: str) -> dict[str, int] | None:
    """Dimensionality of a name from the static table or a currency, else None."""
    code = _PSEUDO.get(name, name)
    if code in _CODES:
        return {f"[currency_{code}]": 1}
    entry = _static().dimensions.get(name)
    return None if entry is None else dict(entry[1])


@functools.lru_cache(maxsize=4096)
def _static_dimension(name: str) -> str | None:
    """:func:`dimension` without pint, or None when pint must be asked.

    Knows currencies, every name in the static table, and ``a / b`` for two
    such names when the quotient is a named dimension or has at most one base
    dimension above and one below the line ("[length] ** 3 / [time]"): pint's
    order of several is an accident of its definitions, so those ask pint.
    """
    if _is_currency_name(name):
        return "currency"
    entry = _static().dimensions.get(name)
    if entry is not None:
        return entry[0]
    parts = name.split(" / ")
    if not 1 < len(parts) <= 3:
        return None
    num = _static_dims(parts[0])
    if num is None:
        return None
    for part in parts[1:]:
        den = _static_dims(part)
        if den is None:
            return None
        for key, exp in den.items():
            num[key] = num.get(key, 0) - exp
    dims = {key: exp for key, exp in num.items() if exp}
    if any(key.startswith("[currency_") for key in dims):
        return "currency"
    if not dims:
        return "dimensionless"
    short = _SHORT.get(frozenset(dims.items()))
    if short is not None:
        return short
    if sum(exp > 0 for exp in dims.values()) > 1 or sum(exp < 0 for exp in dims.values()) > 1:
        return None
    return _format_dims(dims)


def _format_dims(dims: Mapping[str, int]) -> str:
    """Write a dimensionality as pint does: ``"[mass] / [length] / [time] ** 2"``."""
    num = [key if exp == 1 else f"{key} ** {exp}" for key, exp in dims.items() if exp > 0]
    den = [key if exp == -1 else f"{key} ** {-exp}" for key, exp in dims.items() if exp < 0]
    return (" * ".join(num) or "1") + "".join(f" / {term}" for term in den)


def _derive_static_tables() -> _Static:
    """Compute :mod:`newsnum._data.units_pint` with pint and quantulum3's JSON.

    Used by ``bench/gen_units_table.py`` and by the test that keeps the
    committed table in sync; never at run time.
    """
    quantulum = {
        name: _pint_target(name, unit) for name, unit in sorted(_quantulum_units().items())
    }
    names = {target for target in quantulum.values() if target is not None}
    for table in (_news.WORDS, _news.CURRENCY_WORDS, _news.SYMBOLS, _news.GLUED, _news.FINAL):
        names.update(table.values())
    reg = registry()
    dimensions: dict[str, tuple[str, _Dims]] = {}
    for name in sorted(names):
        dims = reg.get_dimensionality(reg.parse_units(name))
        # left out (so asked of pint): currencies, which need no table, and
        # the odd unit with a fractional exponent (franklin: [mass] ** 0.5 ...)
        # or one pint writes as a float ("statohm": "[length] ** 2.0" in a quotient)
        if _is_currency_name(name) or any("." in str(exp) for exp in dims.values()):
            continue
        pairs = tuple((str(key), int(str(exp))) for key, exp in dims.items())
        dimensions[name] = (_pint_dimension(name), pairs)
    # units pint rewrites in a quotient: offset and logarithmic ones become
    # differences ("degree_Celsius / hour" is "delta_degree_Celsius / hour")
    no_join = set()
    for name in filter(_simple().fullmatch, dimensions):
        other = "second" if name.partition(" ")[0] != "second" else "meter"
        for num, den in ((name, other), (other, name)):
            if str(reg.parse_units(f"({num}) / ({den})")) != f"{num} / {den}":
                no_join.add(name)
    return _Static(quantulum, dimensions, frozenset(no_join))


# --------------------------------------------------------------------------- catalogue

# quantulum3 unit names pint spells differently
_RENAMES = {
    "degree Celsius": "degree_Celsius",
    "degree fahrenheit": "degree_Fahrenheit",
    "degree rankine": "degree_Rankine",
    "pound-mass": "pound",
    "short ton": "ton",
    "long ton": "long_ton",
    "tonne": "metric_ton",
    "percentage": "percent",
    "per mille": "permille",
    "parts-per-million": "ppm",
    "parts-per-billion": "ppb",
    "basis point": "basis_point",
    "degree angle": "degree",
    "minute of arc": "arcminute",
    "second of arc": "arcsecond",
    "inverse femtobarn": "1 / femtobarn",
    "mibibyte": "mebibyte",
    "hectolitre": "hectoliter",
    "british thermal unit": "Btu",
}

# quantulum3 entities whose pint dimensionality is known; a quantulum unit whose
# pint reading has another dimensionality is dropped (e.g. "gal", acceleration).
_ENTITY_DIMS = {
    "length": "[length]",
    "area": "[length] ** 2",
    "volume": "[length] ** 3",
    "mass": "[mass]",
    "time": "[time]",
    "speed": "[length] / [time]",
    "temperature": "[temperature]",
    "dimensionless": "dimensionless",
}


def _plural(word: str) -> str:
    """English plural of the last word of a unit name (regular forms only)."""
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and not word.endswith(("ay", "ey", "oy")):
        return word[:-1] + "ies"
    return word + "s"


def _norm(surface: str) -> str:
    """Collapse runs of white space in a catalogue surface."""
    return " ".join(surface.split())


def _quantulum_units() -> dict[str, dict[str, Any]]:
    """quantulum3's unit table (general and en_US), SI prefixes expanded."""
    import importlib.util  # here, not at import time (pathlib is avoided: it costs ms)
    import json
    import os.path

    spec = importlib.util.find_spec("quantulum3")
    if spec is None or not spec.submodule_search_locations:  # pragma: no cover
        return {}
    root = next(iter(spec.submodule_search_locations))
    table: dict[str, dict[str, Any]] = {}
    for path in (
        os.path.join(root, "units.json"),
        os.path.join(root, "_lang", "en_US", "units.json"),
    ):
        try:
            with open(path, encoding="utf-8") as file:
                data = json.load(file)
        except (OSError, ValueError):  # pragma: no cover
            continue
        for name, unit in data.items():
            table.setdefault(name, {}).update(unit)
    prefixes = {
        "k": "kilo",
        "M": "mega",
        "G": "giga",
        "T": "tera",
        "m": "milli",
        "µ": "micro",
        "n": "nano",
        "c": "centi",
        "d": "deci",
        "h": "hecto",
        "p": "pico",
        "f": "femto",
    }
    for name, unit in list(table.items()):
        for prefix in unit.get("prefixes", []):
            if prefix in prefixes:
                word = prefixes[prefix]
                table.setdefault(
                    word + name,
                    {
                        "entity": unit.get("entity"),
                        "surfaces": [word + s for s in unit.get("surfaces", [])],
                        "symbols": [prefix + s for s in unit.get("symbols", [])],
                    },
                )
    return table


def _pint_target(name: str, unit: dict[str, Any]) -> str | None:
    """The canonical name for a quantulum3 unit, or None to leave it out (with pint)."""
    entity = unit.get("entity")
    if entity == "currency":
        code = unit.get("currency_code")
        return code if code in _CODES else None
    if entity == "dimensionless" and name not in {
        "percentage",
        "per mille",
        "parts-per-million",
        "parts-per-billion",
        "basis point",
    }:
        return None
    reg = registry()
    for candidate in (_RENAMES.get(name, name), name.replace(" ", "_"), name.replace("-", "_")):
        try:
            parsed = reg.parse_units(candidate)
        except Exception:  # pint raises many kinds; any means "not a pint unit"
            continue
        want = _ENTITY_DIMS.get(str(entity))
        dims = str(reg.get_dimensionality(parsed)) or "dimensionless"
        if want is not None and dims != want and name not in _RENAMES:
            return None
        return str(parsed)
    return None


def _add(table: dict[str, str], conflicts: set[str], key: str, target: str) -> None:
    """Add a quantulum3 surface; a surface naming two different units is dropped."""
    if table.get(key, target) != target:
        conflicts.add(key)
    table[key] = target


@functools.cache
def _catalogue() -> _Catalogue:
    """Build the surface catalogue once: quantulum3, then the curated news table."""
    words: dict[str, str] = {}
    symbols: dict[str, str] = {}
    word_conflicts: set[str] = set()
    symbol_conflicts: set[str] = set()
    blocked = _news.BLOCKED
    targets = _static().quantulum
    for name, unit in _quantulum_units().items():
        # a name the static table lacks (a newer quantulum3) is left out
        target = targets.get(name)
        if target is None:
            continue
        for surface in unit.get("surfaces", []):
            key = _norm(surface).lower()
            if len(key) < 3 or key in blocked:
                continue
            head, _, last = key.rpartition(" ")
            plural = f"{head} {_plural(last)}" if head else _plural(last)
            for form in (key, plural):
                if form not in blocked:
                    _add(words, word_conflicts, form, target)
        for symbol in unit.get("symbols", []):
            key = _norm(symbol)
            if len(key) < 2 or key.lower() in blocked or key.isdigit():
                continue
            if unit.get("entity") == "currency" and key.isalpha() and key not in _CODES:
                continue
            _add(symbols, symbol_conflicts, key, target)
    for key in word_conflicts:
        del words[key]
    for key in symbol_conflicts:
        del symbols[key]

    for code in _news.CURRENCY_CODES:
        symbols[code] = code
    for prefix, code in _news.CURRENCY_PREFIXES.items():
        if not any("a" <= ch.lower() <= "z" for ch in prefix) or prefix in {"Rs", "RM"}:
            symbols[prefix] = code
    # the curated tables hold canonical names already (a test checks it)
    words.update(_news.WORDS)
    words.update(_news.CURRENCY_WORDS)
    symbols.update(_news.SYMBOLS)
    symbols = _with_mojibake(symbols)  # "5Â°C", "Â£" as feeds garble them
    glued = dict(_news.GLUED)
    final = dict(_news.FINAL)
    firsts: dict[str, int] = {}
    beginnings: set[str] = set()
    for table in (words, symbols, glued, final):
        for key in table:
            tokens = list(_patterns().token.finditer(key))
            if tokens:
                first = tokens[0].group()
                firsts[first] = max(firsts.get(first, 0), len(tokens))
                beginnings.update(key[: token.end()] for token in tokens)
    return _Catalogue(words, symbols, glued, final, firsts, frozenset(beginnings))


# --------------------------------------------------------------------------- matching

_GAP = frozenset(" \u00a0\u202f")
# inch and foot marks (longest first) and the characters they start with
_MARKS = (("″", "inch"), ("′", "foot"), ("''", "inch"), ('"', "inch"), ("'", "foot"))
_MARK_CHARS = frozenset("″′\"'")
_SPACED_MARKS = frozenset({'"', "''", "″"})
#: How far back (same line) _quoted looks for an open quotation.
_QUOTE_LOOKBACK = 300
_BRACKETS = {"(": ")", "[": "]", "{": "}", "<": ">"}
# FINAL symbols of length, and of mass or volume, and what may follow them
_FINAL_LENGTH = frozenset({"m", "in"})
_FINAL_AMOUNT = frozenset({"g", "gs", "l", "L", "t"})
_FINAL_TEMPERATURE = frozenset({"C", "F"})


class _Patterns(NamedTuple):
    token: re.Pattern[str]
    connector: re.Pattern[str]
    scaled: re.Pattern[str]
    of: re.Pattern[str]
    feet_inches: re.Pattern[str]
    length_follow: re.Pattern[str]
    temperature_follow: re.Pattern[str]
    glued_unit: re.Pattern[str]
    length_hyphen: re.Pattern[str]
    amount_follow: re.Pattern[str]
    ago: re.Pattern[str]


@functools.cache
def _patterns() -> _Patterns:
    """Compile (once) the patterns that read units in running text, from the word tables."""
    big = [
        w for w, (factor, flags) in _words.SCALES.items() if factor >= 10**6 and "words" in flags
    ]
    big = [*big, "m"]
    sizes = alternation(_words.DIMENSION_WORDS)
    return _Patterns(
        token=re.compile(r"[^\W0-9_]+|[0-9]+|\S"),
        connector=re.compile(r"[ \u00a0](?:per|an|a|each)[ \u00a0]|/|-(?:per|an|a)-"),
        scaled=re.compile(rf"(?:^|[^A-Za-z])(?:{alternation(big)})\Z"),
        of=re.compile(r"[ \u00a0]of\b"),
        feet_inches=re.compile(r"[0-9]{1,2}(?:\.[0-9]+)?(?:\"|''|″)"),
        length_follow=re.compile(
            rf"[ \u00a0](?:[x×][ \u00a0]?[0-9]|(?:{sizes}|across)(?=[.,;:!?)]|\Z))"
        ),
        temperature_follow=re.compile(rf"[ \u00a0](?:{alternation(_words.WEATHER_WORDS)})\b"),
        glued_unit=re.compile(r"[0-9][0-9.]*[A-Za-z]{1,4}"),
        length_hyphen=re.compile(rf"-(?:{sizes})\b"),
        ago=re.compile(rf"[ \t]+(?:{alternation(_words.AGO_WORDS)})\b", re.IGNORECASE),
        amount_follow=re.compile(
            rf"[ \u00a0](?:of[ \u00a0](?!(?:{alternation(_words.OF_DETERMINERS)})\b)[a-z]"
            rf"|(?:and|or|to)[ \u00a0](?:(?:{alternation(_words.AMOUNT_HEDGES)})[ \u00a0])?[0-9])"
        ),
    )


def _lookup(text: str, start: int, *, glued: bool, spaced: bool) -> tuple[int, str, str] | None:
    """The longest single unit at ``text[start:]``: (end, canonical name, key)."""
    cat, token = _catalogue(), _patterns().token
    match = token.match(text, start)
    if match is None or match.end() > start + _WINDOW:  # (a match ends within the text)
        return None
    # most calls stop here: no surface starts with the next word ("people")
    first, firsts = match.group(), cat.firsts
    most = firsts.get(first, 0)
    if not first.islower():
        most = max(most, firsts.get(first.lower(), 0))
    if not most:
        return None
    most = min(_MAX_TOKENS, most)
    stop = min(len(text), start + _WINDOW)
    beginnings = cat.beginnings
    ends: list[int] = []
    keys: list[str] = []
    key = ""
    pos = start
    while most:
        key += match.group()
        if key not in beginnings and key.lower() not in beginnings:
            break  # no surface begins so: "m people", "% of the"
        pos = match.end()
        ends.append(pos)
        keys.append(key)
        if len(ends) == most or pos >= stop:
            break
        if text[pos] in _GAP:
            if pos + 1 < len(text) and text[pos + 1].isspace():
                break
            key += " "
            pos += 1
        match = token.match(text, pos)
        if match is None or match.end() > stop:
            break
    model_code: bool | None = None
    for end, surface in zip(reversed(ends), reversed(keys), strict=True):
        if end < len(text) and text[end].isalnum():
            continue
        name = cat.symbols.get(surface)
        if name is None and glued:
            if model_code is None:
                model_code = _after_model_code(text, start)
            if not model_code:
                name = cat.glued.get(surface)
        if name is None and spaced and surface in cat.final and _final_ok(text, end, surface):
            name = cat.final[surface]
        if name is None and not (
            surface[:1].isupper() and surface.lower() in _news.NAMES_WHEN_CAPITALISED
        ):
            name = cat.words.get(surface.lower())
        if name is not None:
            return end, name, surface.lower()
    return None


def _final_ok(text: str, end: int, surface: str) -> bool:
    """Whether a FINAL symbol ending at ``end`` stands alone ("1 m.", not "5 m people").

    Nothing, a space before no word or number, or punctuation that is not
    glued to a letter ("30 C-suite", "3 L.A. teams" are no units) may follow;
    and for length a product or a dimension ("1 m x 2 m", "2 in thick."), for
    mass and volume "of" before a noun or a second amount ("1000 g of
    strawberries", "2.0 g and about 7.0 g").
    """
    if end >= len(text):
        return True
    char = text[end]
    after = text[end + 1 : end + 2]
    if char in _GAP:
        if not after.isalnum():
            return True
        if surface in _FINAL_LENGTH:
            return _patterns().length_follow.match(text, end) is not None
        if surface in _FINAL_AMOUNT:
            return _patterns().amount_follow.match(text, end) is not None
        if surface in _FINAL_TEMPERATURE:
            return _patterns().temperature_follow.match(text, end) is not None
        return False
    if char == "-" and surface in _FINAL_LENGTH:
        return _patterns().length_hyphen.match(text, end) is not None
    return not (char in "-.'’&" and after.isalnum())


def _after_model_code(text: str, pos: int) -> bool:
    """Whether the number ending at ``pos`` is part of a code ("SCP-173", "F-16", "scp2-173")."""
    i = pos
    low = max(0, pos - 24)
    while i > low and (text[i - 1] in "0123456789.,"):
        i -= 1
    if i > 0 and text[i - 1] == "-":
        i -= 1
        # a code before the hyphen has a letter ("scp2-173m"); a range has none ("100-200m"),
        # or only a unit glued to its first figure ("1.2m-1.5m", "3km-5km")
        j = i
        while j > low and (text[j - 1].isalnum() or text[j - 1] == "."):
            j -= 1
        return _patterns().glued_unit.fullmatch(text, j, i) is None and any(
            c.isalpha() for c in text[j:i]
        )
    if i > 1 and text[i - 1] in "x×" and text[i - 2].isdigit():
        return False  # "4x100m", "6x4in": the second of two figures multiplied, no code
    return i > 0 and text[i - 1].isalpha()


def _mark(text: str, pos: int, start: int, *, glued: bool) -> tuple[int, str] | None:
    """An inch or foot mark after the number ending at ``pos``: ``9"``, ``5''``, ``7'``, ``6'2"``.

    Primes (``″``, ``′``) always count. The ASCII marks count glued to digits
    (``"`` also after one space) when a space, an end or punctuation follows,
    and not when an opening quote of the same kind is still open on the line
    (``he said "5"``, ``the 'top 5'``). Curly quotes never count.
    """
    found = next(((mark, name) for mark, name in _MARKS if text.startswith(mark, start)), None)
    if found is None:
        return None
    mark, name = found
    if not (text[pos - 1 : pos].isnumeric() and (glued or mark in _SPACED_MARKS)):
        return None
    end = start + len(mark)
    after = text[end : end + 1]
    if name == "foot" and after.isdigit():
        if _patterns().feet_inches.match(text, end) is None:
            return None
    elif after and not after.isspace() and (not glued or after not in ",.;:!?)]-/"):
        return None
    if mark in "″′" or not _quoted(text, pos, mark[0]):
        return end, name
    return None


def _quoted(text: str, pos: int, quote: str) -> bool:
    """Whether an opening ``quote`` is open before the number ending at ``pos``.

    Looks back a bounded stretch of the same line for the nearest ``quote``
    that is neither another inch or foot mark (after a digit) nor an
    apostrophe inside a word; it is an opening quote when a space, a line
    start or a bracket comes before it.
    """
    low = max(0, pos - _QUOTE_LOOKBACK)
    i = pos - 1
    while i > low and (text[i - 1].isnumeric() or text[i - 1] in ".,"):
        i -= 1
    if i > 0 and text[i - 1] == quote:  # the number itself is quoted: "5"
        return True
    while i > low:
        i -= 1
        char = text[i]
        if char in "\n\r":
            return False
        if char != quote:
            continue
        before = text[i - 1] if i > 0 else " "
        if before.isnumeric() or (before.isalpha() and text[i + 1].isalpha()):
            continue
        return before.isspace() or before in "([{<—–-/"
    return False


@functools.lru_cache(maxsize=1024)
def _catalogue_dimension(name: str) -> str:
    """:func:`dimension` of a canonical name from the catalogue, memoised."""
    return dimension(name)


def _per_allowed(numerator: str, denominator: str, connector: str) -> bool:
    """Whether "numerator <connector> denominator" makes a compound unit."""
    num_dim = _catalogue_dimension(numerator)
    den_dim = _catalogue_dimension(denominator)
    if den_dim in {"percent", "currency"}:
        return False
    if num_dim in {"percent", "dimensionless"}:
        # data rates ("2 kb per second") only
        return numerator.endswith(("bit", "byte")) and den_dim == "time"
    if connector.strip(" -\u00a0") in {"a", "an", "each"}:
        if den_dim == "time":
            return True  # "50 miles a day", "24 hours a day", "two days a week"
        if den_dim == "area":
            return num_dim in {"mass", "volume"}  # a yield: "3.2 tonnes a hectare"
        return num_dim == "currency" and den_dim in {"volume", "mass"}
    return True


def _chain(text: str, end: int, name: str) -> tuple[int, str]:
    """Extend a compound by one more time denominator: "20 J/m^2 per year".

    Only where the name stays one pint writes without pint (simple names of
    different units).
    """
    connector = _patterns().connector.match(text, end)
    if connector is None or text[connector.end() : connector.end() + 1].isspace():
        return end, name
    found = _lookup(text, connector.end(), glued=False, spaced=False)
    if found is None or not _joinable(name, found[1]):
        return end, name
    if _catalogue_dimension(found[1]) != "time" or not _per_allowed(
        name, found[1], connector.group()
    ):
        return end, name
    return found[0], f"{name} / {found[1]}"


@functools.cache
def _first_chars() -> frozenset[str]:
    """Every character a unit, an inch or foot mark, or a bracketed unit may start with."""
    cat = _catalogue()
    chars = {k[0] for table in (cat.words, cat.symbols, cat.glued, cat.final) for k in table}
    chars |= {c.upper() for c in chars} | {c.lower() for c in chars}
    return frozenset(chars | _MARK_CHARS | set(_BRACKETS))


@functools.cache
def unit_words(dimensions: frozenset[str]) -> frozenset[str]:
    """The first words of the unit names written out whose dimension is one of ``dimensions``.

    Example:
        >>> "mile" in unit_words(frozenset({"length"})), "hour" in unit_words(frozenset({"length"}))
        (True, False)
    """
    cat = _catalogue()
    out = set()
    for surface, name in (*cat.words.items(), *cat.symbols.items()):
        # the static table only: building this must not load pint
        if surface[:1].isalpha() and _static_dimension(name) in dimensions:
            out.add(surface.split(" ")[0])
    return frozenset(out)


def may_start_unit(word: str) -> bool:
    """Whether a unit's surface may begin with ``word`` (a cheap test before :func:`match_unit`).

    Example:
        >>> may_start_unit("kilometres"), may_start_unit("people")
        (True, False)
    """
    firsts = _catalogue().firsts
    return word in firsts or word.lower() in firsts


def match_unit(text: str, pos: int) -> tuple[int, str] | None:
    """Find the unit written right after a number that ends at ``pos``.

    Looks at no more than a short window after ``pos`` (constant work per
    call). Between the number and the unit there may be nothing, one space,
    one no-break space or a hyphen. Compounds are read as ``X/Y``,
    ``X per Y`` and, for time (and for money, volume or mass) denominators,
    ``X a Y`` / ``X an Y``.

    Args:
        text: the text, unchanged.
        pos: offset just past the number (for "20 million pounds", past
            "million").

    Returns:
        ``(end, unit)``: the offset just past the unit's surface and the
        canonical unit name or ISO code; ``None`` when no unit follows.

    Example:
        >>> from newsnum.units import match_unit
        >>> match_unit("2,000 kilometres of territory", 5)
        (16, 'kilometer')
        >>> match_unit("at 35 km/h", 5)
        (10, 'kilometer / hour')
        >>> match_unit("a 3-inch gap", 3), match_unit("at 11pm", 5)
        ((8, 'inch'), None)
    """
    if pos < 0 or pos >= len(text):
        return None
    sep = text[pos]
    glued = sep not in _GAP and sep != "-"
    start = pos if glued else pos + 1
    if start >= len(text) or text[start] not in _first_chars():
        return None  # no unit, mark or bracket starts with this character
    if text[start] in _MARK_CHARS:
        return _mark(text, pos, start, glued=glued)
    spaced = sep in _GAP
    if spaced and text[start] in _BRACKETS:
        return _bracketed(text, start)
    found = _lookup(text, start, glued=glued, spaced=spaced)
    compound_only = False
    if found is None and spaced and text[start].isalpha():
        found = _compound_symbol(text, start)  # "-1e-3 W/min"
        compound_only = True
    if found is None:
        return None
    end, written, key = found
    name = _after_a_scale(text, pos, end, written, key)
    if name is None:
        return None
    if name in _PSEUDO or "/" in name:
        return end, name
    compound = _per(text, end, name)
    if compound is not None:
        return compound
    return None if compound_only else (end, name)


def _compound_symbol(text: str, start: int) -> tuple[int, str, str] | None:
    """A letter symbol after a space, which counts only before "/": "-1e-3 W/min"."""
    if text.find("/", start, start + _WINDOW) < 0:
        return None  # most words after a figure: no compound to look for
    found = _lookup(text, start, glued=True, spaced=False)
    return found if found is not None and text.startswith("/", found[0]) else None


def _after_a_scale(text: str, pos: int, end: int, name: str, key: str) -> str | None:
    """Words whose unit depends on a scale word before them ("20 million pounds").

    "pounds" after a scale word are sterling (not before "of"); "won" is money only after
    one ("one trillion won"; "Arsenal 2 won" is a verb).
    """
    if key not in ("pound", "pounds", "won"):
        return name
    scaled = _patterns().scaled.search(text, max(0, pos - 9), pos) is not None
    if key == "won":
        return name if scaled else None
    return "GBP" if scaled and not _patterns().of.match(text, end) else name


def _bracketed(text: str, start: int) -> tuple[int, str] | None:
    """A symbol or word alone in brackets: "20 (kg)", "20 [kg]"."""
    found = _lookup(text, start + 1, glued=False, spaced=False)
    if found is None or text[found[0] : found[0] + 1] != _BRACKETS[text[start]]:
        return None
    return found[0] + 1, found[1]


def ago_follows(text: str, pos: int, period: str = "year") -> bool:
    """Whether "ago", "earlier" or kin follows ``pos``: "a year" there is a time, not a rate.

    Only after a period of time (``period``, the name read before ``pos``): "$53 a
    barrel before closing" is a rate.

    Example:
        >>> from newsnum.units import ago_follows
        >>> ago_follows("5 cars a year ago", 13), ago_follows("5 cars a year", 13)
        (True, False)
        >>> ago_follows("$53 a barrel before", 12, "barrel")
        False
    """
    return _static_dimension(period) == "time" and _patterns().ago.match(text, pos) is not None


def _per(text: str, end: int, name: str) -> tuple[int, str] | None:
    """The compound that a unit ending at ``end`` opens: "km/h", "dollars a barrel"."""
    connector = _patterns().connector.match(text, end)
    if connector is None:
        return None
    after = connector.end()
    if after >= len(text) or text[after].isspace():
        return None
    denominator = _lookup(text, after, glued=False, spaced=False)
    if denominator is None or "/" in denominator[1]:
        return None
    den_end, den_name, _ = denominator
    if not _per_allowed(name, den_name, connector.group()):
        return None
    if ago_follows(text, den_end, den_name):
        return None  # "798m euros a year ago": a time, not a rate
    return _chain(text, den_end, _compose(name, den_name))


# --------------------------------------------------------------------------- names


def _is_currency_name(name: str) -> bool:
    return name in _CODES or name in _PSEUDO


def is_currency(unit: str) -> bool:
    """Whether a unit name is money: an ISO 4217 code, alone or per a unit.

    Example:
        >>> is_currency("USD"), is_currency("USD / barrel"), is_currency("mile")
        (True, True, False)
    """
    return unit.split(" / ", 1)[0] in _CODES


def subunit(unit: str) -> tuple[str, Decimal] | None:
    """The currency a coin or sub-unit folds into, and its worth in it.

    Example:
        >>> subunit("USD_cent"), subunit("USD_dime"), subunit("mile")
        (('USD', Decimal('0.01')), ('USD', Decimal('0.1')), None)
    """
    code = _PSEUDO.get(unit)
    if code is None:
        return None
    return code, Decimal(_news.PSEUDO_FACTORS.get(unit, "0.01"))


@functools.lru_cache(maxsize=1024)
def exchange_range(base: str, quote: str) -> tuple[Decimal, Decimal] | None:
    """The lowest and highest number of ``quote`` units one ``base`` unit has bought, if known.

    From the dated table of :mod:`newsnum._data.exchange_rates`: a direct range for the pairs
    news quotes most, else the quotient of the two currencies' ranges against the dollar.
    Worked out once a pair, to 28 digits.

    Example:
        >>> exchange_range("EUR", "GBP")
        (Decimal('0.56'), Decimal('0.99'))
        >>> exchange_range("GBP", "EUR")
        (Decimal('1.010101010101010101010101010'), Decimal('1.785714285714285714285714286'))
        >>> exchange_range("XXX", "USD") is None
        True
    """
    with localcontext() as ctx:  # the same figures whatever the caller's precision
        ctx.prec = 28
        return _exchange_range(base, quote)


def _exchange_range(base: str, quote: str) -> tuple[Decimal, Decimal] | None:
    from newsnum._data import exchange_rates as _fx

    if (base, quote) in _fx.CROSS:
        lo, hi = _fx.CROSS[base, quote]
        return Decimal(str(lo)), Decimal(str(hi))
    if (quote, base) in _fx.CROSS:
        lo, hi = _fx.CROSS[quote, base]
        return 1 / Decimal(str(hi)), 1 / Decimal(str(lo))
    if base not in _fx.PER_USD or quote not in _fx.PER_USD:
        return None
    base_lo, base_hi = (Decimal(str(v)) for v in _fx.PER_USD[base])
    quote_lo, quote_hi = (Decimal(str(v)) for v in _fx.PER_USD[quote])
    return quote_lo / base_hi, quote_hi / base_lo


def canonical(unit: str) -> str:
    """Return the canonical name for a unit given by a user.

    Accepts pint syntax (``"km"``, ``"km/h"``, ``"degF"``), ISO 4217 codes
    and the news surface forms :func:`match_unit` knows (``"sq km"``).

    Args:
        unit: the unit as written by the caller.

    Returns:
        pint's canonical string, or the ISO code.

    Raises:
        UnknownUnitError: the unit is not known.

    Example:
        >>> canonical("km"), canonical("km/h"), canonical("degF"), canonical("USD")
        ('kilometer', 'kilometer / hour', 'degree_Fahrenheit', 'USD')
        >>> canonical("sq km")
        'kilometer ** 2'
    """
    name = unit.strip() if isinstance(unit, str) else ""
    if not name:
        raise UnknownUnitError(f"unknown unit {unit!r}", unit=str(unit))
    if _is_currency_name(name) or name in _static().dimensions or _joined(name):
        return name
    try:
        return str(registry().parse_units(name))
    except Exception:  # any pint failure means "try the news catalogue"
        pass
    cat = _catalogue()
    found = cat.symbols.get(name) or cat.words.get(_norm(name).lower())
    if found is None:
        raise UnknownUnitError(f"unknown unit {unit!r}", unit=unit)
    return found


def dimension(unit: str) -> str:
    """Return a short name for what a unit measures.

    Args:
        unit: a unit name (see :func:`canonical`).

    Returns:
        ``"length"``, ``"area"``, ``"volume"``, ``"mass"``, ``"time"``,
        ``"speed"``, ``"temperature"``, ``"currency"`` (any unit involving a
        currency, such as ``"USD / barrel"``), ``"percent"`` (percent,
        percentage points, basis points), ``"dimensionless"``, or otherwise
        pint's dimensionality string.

    Raises:
        UnknownUnitError: the unit is not known.

    Example:
        >>> dimension("km"), dimension("kilometer / hour"), dimension("USD / barrel")
        ('length', 'speed', 'currency')
        >>> dimension("basis_point")
        'percent'
    """
    if isinstance(unit, str):
        found = _static_dimension(unit)
        if found is not None:
            return found
    return _pint_dimension(canonical(unit))


def _pint_dimension(name: str) -> str:
    """:func:`dimension` of a canonical name, asking pint."""
    if name in _PERCENT_FAMILY:
        return "percent"
    reg = registry()
    dims = reg.get_dimensionality(reg.parse_units(name))
    if any(str(key).startswith("[currency_") for key in dims):
        return "currency"
    if not dims:
        return "dimensionless"
    text = str(dims)
    return _DIMENSIONS.get(text, text)


# --------------------------------------------------------------------------- values


def convert(value: Decimal, from_unit: str, to_unit: str) -> Decimal:
    """Convert a Decimal value between units, exactly where the factors are.

    The arithmetic is done in Decimal with pint's exact definitions (an inch
    is 0.0254 m exactly), at 50 significant digits, then rounded to the
    current decimal context. Temperatures (offset units) convert too. Money
    converts only within one currency (and its cents): exchange rates move.

    Args:
        value: the number to convert.
        from_unit: its unit.
        to_unit: the unit wanted.

    Returns:
        The value in ``to_unit``.

    Raises:
        DimensionalityError: the units measure different things, or are
            different currencies.
        UnknownUnitError: a unit is not known.

    Example:
        >>> convert(Decimal("1"), "mile", "km")
        Decimal('1.609344')
        >>> convert(Decimal("212"), "degF", "degC")
        Decimal('100')
        >>> convert(Decimal("250"), "USD_cent", "USD")
        Decimal('2.5')
    """
    src = canonical(from_unit)
    dst = canonical(to_unit)
    if src == dst:
        return value
    factor = _linear_factor(src, dst)
    if factor is not None:
        with localcontext() as ctx:
            ctx.prec = _PRECISION
            result = Decimal(value) * factor
        return _tidy(+result)
    return _pint_convert(value, src, dst)


@functools.lru_cache(maxsize=1024)
def _linear_factor(src: str, dst: str) -> Decimal | None:
    """The factor of a conversion that only scales (not temperatures), asked of pint once.

    ``None`` when the conversion has an offset; pint's error when there is none at all.
    """
    zero = _pint_convert(Decimal(0), src, dst)
    if zero != 0:
        return None
    with localcontext() as ctx:
        ctx.prec = _PRECISION
        reg = registry()
        one = reg.Quantity(Decimal(1), reg.parse_units(src)).to(reg.parse_units(dst)).magnitude
    return Decimal(one)


def _pint_convert(value: Decimal, src: str, dst: str) -> Decimal:
    """Convert with pint, at 50 significant digits (see :func:`convert`)."""
    reg = registry()
    src_units = reg.parse_units(src)
    dst_units = reg.parse_units(dst)
    if reg.get_dimensionality(src_units) != reg.get_dimensionality(dst_units):
        raise DimensionalityError(
            f"cannot convert {src!r} to {dst!r}: they measure different things",
            from_unit=src,
            to_unit=dst,
        )
    import pint

    try:
        with localcontext() as ctx:
            ctx.prec = _PRECISION
            result = reg.Quantity(Decimal(value), src_units).to(dst_units).magnitude
    except pint.errors.PintError as err:
        raise DimensionalityError(
            f"cannot convert {src!r} to {dst!r}: {err}", from_unit=src, to_unit=dst
        ) from err
    return _tidy(+Decimal(result))


def _tidy(value: Decimal) -> Decimal:
    """Drop trailing zeros without switching to exponent notation for integers."""
    tidy = value.normalize()
    if tidy.as_tuple().exponent > 0:  # type: ignore[operator]
        try:
            tidy = tidy.quantize(Decimal(1))
        except ArithmeticError:  # pragma: no cover - beyond the context's precision
            return value
    return tidy


def to_pint(value: Decimal, unit: str | None) -> pint.Quantity[Decimal]:
    """Return ``value`` in ``unit`` as a :class:`pint.Quantity` of newsnum's registry.

    Args:
        value: the magnitude (kept a Decimal).
        unit: a unit name, an ISO code, or ``None`` for a bare number
            (dimensionless).

    Returns:
        The pint quantity.

    Raises:
        UnknownUnitError: the unit is not known.

    Example:
        >>> print(to_pint(Decimal("35"), "km"))
        35 kilometer
        >>> print(to_pint(Decimal("2.5"), "USD"))
        2.5 USD
    """
    reg = registry()
    if unit is None:
        return reg.Quantity(value)
    return reg.Quantity(value, reg.parse_units(canonical(unit)))


def no_unit_error(unit: str) -> UnknownUnitError:
    """Return the error for converting a bare number to ``unit``.

    Args:
        unit: the unit asked for.

    Returns:
        An :class:`~newsnum.errors.UnknownUnitError` (to be raised).

    Example:
        >>> print(no_unit_error("km"))
        cannot convert a bare number to 'km': it has no unit
    """
    return UnknownUnitError(f"cannot convert a bare number to {unit!r}: it has no unit", unit=unit)
