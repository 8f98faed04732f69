"""Score a quantity extractor on the shared conformance corpus.

The corpus (``../shared/corpus/*.jsonl``, format in its ``FORMAT.md`` and
``SOURCES.md``) holds cases converted from the test suites of Recognizers-Text,
Duckling and quantulum3.  This module reads it, runs any extractor over every
case and reports micro precision, recall and F1 per file, for two metrics:

- ``value``: the value alone must agree (relative tolerance 1e-6);
- ``value+unit``: the value and the unit must agree (units compared after
  parsing by pint, currencies by ISO 4217 code, or both ``None``).

Matching is greedy and one-to-one within a case.  A gold quantity with both
``lower`` and ``upper`` (a two-sided range) matches on that pair only; any
other gold quantity matches on ``value``.

Scoped scoring: single-model Recognizers cases (``scope`` other than ``all``)
annotate one kind of quantity only, so an unmatched prediction of another kind
(a bare count in a ``currency`` case) is not a false positive there; in
``numberrange`` cases only unmatched predictions with a bound (``lower`` or
``upper``) are.  Every prediction may still match a gold quantity, so scoped
precision is never below strict precision, and recall is the same.

Everything is a pure function; nothing is done at import (pint is imported on
first use).  Command line::

    python bench/score.py                       # table for newsnum.extract
    python bench/score.py --misses --file duckling
    python bench/score.py --extractor quantulum3
"""

from __future__ import annotations

import argparse
import functools
import json
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, NamedTuple

__all__ = [
    "EXCLUDED_TAGS",
    "Case",
    "CaseResult",
    "Counts",
    "Extractor",
    "FileScore",
    "Gold",
    "Pred",
    "corpus_dir",
    "format_misses",
    "format_table",
    "in_scope",
    "kind_of",
    "load_case",
    "load_corpus",
    "load_file",
    "main",
    "match_case",
    "newsnum_extractor",
    "quantulum_extractor",
    "score_case",
    "score_corpus",
    "score_file",
    "summarize",
    "units_equal",
    "values_equal",
]

#: Tags whose cases the floors leave out by default (spec contrary to news usage).
EXCLUDED_TAGS: frozenset[str] = frozenset({"news-conflict"})

_REL_TOL = Decimal("1e-6")
_CURRENCY = re.compile(r"([A-Z]{3})(?![A-Za-z_])\s*(.*)", re.DOTALL)
_TIME_WORDS = ("year", "month", "week", "day")

Number = Decimal | float | int


class Pred(NamedTuple):
    """One predicted quantity, as the scorer sees it (a plain tuple works too)."""

    value: Number
    unit: str | None
    lower: Number | None = None
    upper: Number | None = None
    surface: str = ""


#: An extractor: text in, predictions out (4-tuples or :class:`Pred`).
Extractor = Callable[[str], Sequence[tuple[Any, ...]]]


@dataclass(frozen=True, slots=True)
class Gold:
    """One expected quantity of a case."""

    value: Decimal
    unit: str | None
    lower: Decimal | None = None
    upper: Decimal | None = None
    surface: str = ""

    @property
    def is_range(self) -> bool:
        """Both ends known: matched on (lower, upper)."""
        return self.lower is not None and self.upper is not None


@dataclass(frozen=True, slots=True)
class Case:
    """One corpus case."""

    id: str
    text: str
    gold: tuple[Gold, ...]
    scope: str = "all"
    tags: frozenset[str] = frozenset()
    note: str = ""
    file: str = ""


@dataclass(frozen=True, slots=True)
class Counts:
    """True positives, false positives, false negatives; micro P/R/F1."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def perfect(self) -> bool:
        return self.fp == 0 and self.fn == 0


@dataclass(frozen=True, slots=True)
class CaseResult:
    """A case, what was predicted, and how each prediction / gold fared.

    ``gold_marks`` and ``pred_marks`` hold one character per item: ``"="``
    matched on value and unit, ``"~"`` matched on value only, ``"!"`` not
    matched, ``"."`` (predictions only) unmatched but out of the case's scope.
    """

    case: Case
    preds: tuple[Pred, ...]
    value: Counts
    value_unit: Counts
    gold_marks: str
    pred_marks: str
    error: str = ""


@dataclass(frozen=True, slots=True)
class FileScore:
    """Micro scores of one corpus file (or any set of cases)."""

    name: str
    cases: int
    gold: int
    value: Counts
    value_unit: Counts
    results: tuple[CaseResult, ...] = field(default=(), repr=False, compare=False)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready summary (no per-case results)."""

        def metric(c: Counts) -> dict[str, Any]:
            return {
                "tp": c.tp,
                "fp": c.fp,
                "fn": c.fn,
                "precision": round(c.precision, 4),
                "recall": round(c.recall, 4),
                "f1": round(c.f1, 4),
            }

        return {
            "name": self.name,
            "cases": self.cases,
            "gold": self.gold,
            "value": metric(self.value),
            "value_unit": metric(self.value_unit),
        }


# --------------------------------------------------------------------------- loading


def corpus_dir(project_root: str | Path) -> Path:
    """Return the shared corpus directory that sits beside the project."""
    return Path(project_root).resolve().parent / "shared" / "corpus"


def _dec(x: Any) -> Decimal | None:
    if x is None:
        return None
    if isinstance(x, Decimal):
        return x
    if isinstance(x, float):
        return Decimal(repr(x))
    try:
        return Decimal(str(x))
    except InvalidOperation:
        return None


def load_case(obj: Mapping[str, Any], file: str = "") -> Case:
    """Build a :class:`Case` from one decoded JSON line."""
    gold = tuple(
        Gold(
            value=_dec(q["value"]) or Decimal(0),
            unit=q.get("unit"),
            lower=_dec(q.get("lower")),
            upper=_dec(q.get("upper")),
            surface=q.get("surface", ""),
        )
        for q in obj["quantities"]
    )
    return Case(
        id=obj["id"],
        text=obj["text"],
        gold=gold,
        scope=obj.get("scope", "all"),
        tags=frozenset(obj.get("tags", ())),
        note=obj.get("note", ""),
        file=file,
    )


def load_file(path: str | Path) -> list[Case]:
    """Read one ``*.jsonl`` corpus file (numbers read as Decimal)."""
    p = Path(path)
    out = []
    with p.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                out.append(load_case(json.loads(line, parse_float=Decimal), p.stem))
    return out


def load_corpus(directory: str | Path) -> dict[str, list[Case]]:
    """Read every ``*.jsonl`` file of the corpus, keyed by file stem, sorted."""
    return {p.stem: load_file(p) for p in sorted(Path(directory).glob("*.jsonl"))}


# --------------------------------------------------------------------------- matching


@functools.cache
def _registry() -> Any:
    import pint

    return pint.UnitRegistry()


def _split_currency(unit: str) -> tuple[str, str] | None:
    """``"USD / barrel"`` -> ``("USD", "/ barrel")``; ``"USD"`` -> ``("USD", "")``."""
    m = _CURRENCY.match(unit.strip())
    return (m.group(1), m.group(2).strip()) if m else None


@functools.cache
def _parse_unit(unit: str) -> Any:
    """Pint-parsed unit (or the currency code and parsed remainder); the string if unparsable."""
    cur = _split_currency(unit)
    if cur is not None:
        code, rest = cur
        if not rest:
            return ("currency", code)
        parsed = _parse_unit(("1 " + rest) if rest.startswith("/") else rest)
        return ("currency", code, parsed)
    try:
        return _registry().parse_units(unit)
    except Exception:
        pass
    try:  # a name another pint release spells differently ("electronvolt" before pint 0.25)
        from newsnum.units import canonical

        return _registry().parse_units(canonical(unit))
    except Exception:
        return ("raw", unit)


def units_equal(a: str | None, b: str | None) -> bool:
    """Whether two unit names mean the same unit (pint, ISO 4217 code, or both None).

    Pint units match when they parse to the same unit or convert one to one
    (``milliliter`` and ``cubic centimeter``); a currency matches only its code.
    """
    if a is None or b is None:
        return a is b
    if a == b:
        return True
    return _same_unit(a, b) if a < b else _same_unit(b, a)


@functools.cache
def _same_unit(a: str, b: str) -> bool:
    """Parsed equal, or the same size and dimension (``milliliter`` and ``centimeter ** 3``)."""
    pa, pb = _parse_unit(a), _parse_unit(b)
    if isinstance(pa, tuple) or isinstance(pb, tuple):
        return bool(pa == pb)
    if pa == pb:
        return True
    try:
        factor = _registry().Quantity(1, pa).to(pb).magnitude
    except Exception:
        return False
    return bool(abs(factor - 1) < 1e-9)


def values_equal(a: Number | None, b: Number | None) -> bool:
    """Whether two numbers agree to a relative tolerance of 1e-6 (None only equals None)."""
    if a is None or b is None:
        return a is None and b is None
    da, db = _dec(a), _dec(b)
    if da is None or db is None or not (da.is_finite() and db.is_finite()):
        return False
    return abs(da - db) <= _REL_TOL * max(abs(da), abs(db))


def _value_match(g: Gold, p: Pred) -> bool:
    if g.is_range:
        return values_equal(g.lower, p.lower) and values_equal(g.upper, p.upper)
    return values_equal(g.value, p.value)


def kind_of(unit: str | None, scope: str = "all") -> str:
    """The kind of a quantity by its unit, as the single-model scopes name them.

    ``currency``, ``temperature``, ``age`` (time units, in ``age`` cases only),
    ``percent``, ``dimension`` (other physical units) or ``number`` (no unit).
    """
    if unit is None:
        return "number"
    if _split_currency(unit) is not None:
        return "currency"
    low = unit.lower()
    if low.startswith(("degree_", "deg")) or low in {"kelvin", "celsius", "fahrenheit"}:
        return "temperature"
    if "percent" in low:
        return "percent"
    if scope == "age" and any(w in low for w in _TIME_WORDS):
        return "age"
    return "dimension"


def in_scope(pred: Pred, scope: str) -> bool:
    """Whether an unmatched prediction counts as a false positive in a case of this scope."""
    if scope == "all":
        return True
    if scope == "numberrange":
        return pred.lower is not None or pred.upper is not None
    return kind_of(pred.unit, scope) == scope


def _as_pred(t: tuple[Any, ...]) -> Pred:
    return t if isinstance(t, Pred) else Pred(*t)


def match_case(case: Case, preds: Sequence[Pred], *, scoped: bool = True) -> CaseResult:
    """Greedy one-to-one matching of ``preds`` against the case's gold.

    The value+unit metric matches value and unit; the value metric takes a
    prediction with the right unit first, else any with the right value.
    """
    scope = case.scope if scoped else "all"
    candidates = range(len(preds))

    def run(need_unit: bool) -> tuple[list[int | None], set[int]]:
        used: set[int] = set()
        assign: list[int | None] = []
        for g in case.gold:
            hit: int | None = None
            for strict in (True, False) if not need_unit else (True,):
                for i in candidates:
                    p = preds[i]
                    if i in used or not _value_match(g, p):
                        continue
                    if strict and not units_equal(g.unit, p.unit):
                        continue
                    hit = i
                    break
                if hit is not None:
                    break
            assign.append(hit)
            if hit is not None:
                used.add(hit)
        return assign, used

    def counts(assign: list[int | None], used: set[int]) -> Counts:
        tp = len(used)
        fp = sum(1 for i, p in enumerate(preds) if i not in used and in_scope(p, scope))
        return Counts(tp=tp, fp=fp, fn=len(assign) - tp)

    va, vu = run(need_unit=False)
    ua, uu = run(need_unit=True)
    gold_marks = "".join(
        "=" if u is not None else "~" if v is not None else "!" for v, u in zip(va, ua, strict=True)
    )
    pred_marks = "".join(
        "=" if i in uu else "~" if i in vu else "!" if in_scope(p, scope) else "."
        for i, p in enumerate(preds)
    )
    return CaseResult(
        case=case,
        preds=tuple(preds),
        value=counts(va, vu),
        value_unit=counts(ua, uu),
        gold_marks=gold_marks,
        pred_marks=pred_marks,
    )


def score_case(case: Case, extractor: Extractor, *, scoped: bool = True) -> CaseResult:
    """Run the extractor on one case and match; an exception counts as no prediction."""
    try:
        preds = [_as_pred(t) for t in extractor(case.text)]
    except Exception as exc:  # the scorer must survive a crashing extractor
        res = match_case(case, [], scoped=scoped)
        return CaseResult(
            case=res.case,
            preds=(),
            value=res.value,
            value_unit=res.value_unit,
            gold_marks=res.gold_marks,
            pred_marks="",
            error=f"{type(exc).__name__}: {exc}",
        )
    return match_case(case, preds, scoped=scoped)


def summarize(name: str, results: Iterable[CaseResult]) -> FileScore:
    """Add up case results into a :class:`FileScore`."""
    rs = tuple(results)
    value, value_unit = Counts(), Counts()
    for r in rs:
        value += r.value
        value_unit += r.value_unit
    return FileScore(
        name=name,
        cases=len(rs),
        gold=sum(len(r.case.gold) for r in rs),
        value=value,
        value_unit=value_unit,
        results=rs,
    )


def score_file(
    name: str,
    cases: Iterable[Case],
    extractor: Extractor,
    *,
    scoped: bool = True,
    exclude: Callable[[Case], bool] | None = None,
) -> FileScore:
    """Score the extractor on a file's cases, leaving out those ``exclude`` picks."""
    keep = [c for c in cases if exclude is None or not exclude(c)]
    return summarize(name, (score_case(c, extractor, scoped=scoped) for c in keep))


def score_corpus(
    directory: str | Path | Mapping[str, Sequence[Case]],
    extractor: Extractor,
    *,
    scoped: bool = True,
    exclude: Callable[[Case], bool] | None = None,
) -> dict[str, FileScore]:
    """Score the extractor on every corpus file; ``directory`` may be a loaded corpus."""
    corpus = load_corpus(directory) if isinstance(directory, (str, Path)) else directory
    return {
        name: score_file(name, cases, extractor, scoped=scoped, exclude=exclude)
        for name, cases in corpus.items()
    }


# --------------------------------------------------------------------------- extractors


def newsnum_extractor(locale: str = "en") -> Extractor:
    """``newsnum.extract`` as an :data:`Extractor` (imported on first call)."""

    def run(text: str) -> list[Pred]:
        extract = _newsnum_extract()
        return [
            Pred(q.value, q.unit, q.lower, q.upper, q.surface) for q in extract(text, locale=locale)
        ]

    return run


@functools.cache
def _newsnum_extract() -> Callable[..., Any]:
    try:
        import newsnum
    except ImportError:  # not installed: use the source tree next to bench/
        sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
        import newsnum
    return newsnum.extract  # type: ignore[no-any-return]


# quantulum3 unit names that pint reads differently or not at all.
_Q3_UNITS: dict[str, str | None] = {
    "dimensionless": None,
    "unk": None,
    "percentage": "percent",
    "degree celsius": "degree_Celsius",
    "degree fahrenheit": "degree_Fahrenheit",
    "degree rankine": "degree_Rankine",
    "degree angle": "degree",
    "pound-mass": "pound",
    "short ton": "ton",
    "long ton": "long_ton",
    "tonne": "metric_ton",
    "gal": "galileo",
    "pound per square inch": "psi",
    "inverse femtobarn": "1 / femtobarn",
    "inverse second": "1 / second",
    "minute of arc": "arcminute",
    "second of arc": "arcsecond",
    "british thermal unit": "Btu",
    "standard atmosphere": "atm",
    "parts-per-million": "ppm",
    "millimeter of mercury": "mmHg",
    "inch of mercury": "inHg",
    "mibibyte": "mebibyte",
}
# Counting words quantulum3 reports as units: folded into the count.
_Q3_COUNT: dict[str, int] = {"dozen": 12, "baker's dozen": 13, "gross": 144, "pair": 2}
# Currency sub-units: (factor, code).
_Q3_SUBUNIT: dict[str, tuple[str, str]] = {
    "cent": ("0.01", "USD"),
    "penny": ("0.01", "GBP"),
    "dime": ("0.1", "USD"),
    "centavo": ("0.01", "MXN"),
    "rappen": ("0.01", "CHF"),
}


@functools.cache
def _q3_unit(name: str) -> str | None:
    """Map a quantulum3 unit name to a pint-parsable name, best effort."""
    low = name.lower()
    if low in _Q3_UNITS:
        return _Q3_UNITS[low]
    for candidate in (name, name.replace("-", " "), name.replace("-", "_"), name.replace(" ", "_")):
        if not isinstance(_parse_unit(candidate), tuple):
            return candidate
    return name


def _q3_pred(q: Any) -> Pred:
    unit = q.unit
    name: str = unit.name
    value = _dec(q.value) or Decimal(0)
    code = getattr(unit, "currency_code", None)
    low = name.lower()
    mapped: str | None
    if low in _Q3_SUBUNIT:
        factor, mapped = _Q3_SUBUNIT[low]
        value *= Decimal(factor)
    elif code:
        mapped = code
    elif low in _Q3_COUNT:
        value *= _Q3_COUNT[low]
        mapped = None
    else:
        mapped = _q3_unit(name)
    lower = upper = None
    if q.uncertainty:
        unc = _dec(q.uncertainty) or Decimal(0)
        lower, upper = value - unc, value + unc
        value = lower
    return Pred(value, mapped, lower, upper, q.surface)


def quantulum_extractor() -> Extractor:
    """``quantulum3.parser.parse`` as an :data:`Extractor`, units mapped to pint / ISO names."""

    def run(text: str) -> list[Pred]:
        return [_q3_pred(q) for q in _quantulum_parse()(text)]

    return run


@functools.cache
def _quantulum_parse() -> Callable[[str], Any]:
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser

    def parse(text: str) -> Any:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return parser.parse(text)

    return parse


# --------------------------------------------------------------------------- reporting


def _num(x: Number | None) -> str:
    d = _dec(x)
    if d is None:
        return "?"
    if not d.is_finite():
        return str(d)
    d = d.normalize()
    s = format(d, "f") if -30 < d.adjusted() < 30 else str(d)
    return s


def _item(value: Number, unit: str | None, lower: Any, upper: Any, surface: str) -> str:
    if lower is not None and upper is not None:
        v = f"{_num(lower)}..{_num(upper)}"
    elif lower is not None:
        v = f">{_num(value)}"
    elif upper is not None:
        v = f"<{_num(value)}"
    else:
        v = _num(value)
    parts = [v]
    if unit is not None:
        parts.append(unit)
    if surface:
        parts.append(json.dumps(surface, ensure_ascii=False))
    return " ".join(parts)


def _items(objs: Sequence[Gold] | Sequence[Pred], marks: str) -> str:
    if not objs:
        return "(none)"
    out = []
    for o, m in zip(objs, marks.ljust(len(objs), "!")[: len(objs)], strict=True):
        prefix = "" if m == "=" else m
        out.append(prefix + _item(o.value, o.unit, o.lower, o.upper, o.surface))
    return " | ".join(out)


def _short(text: str, width: int) -> str:
    t = text.replace("\n", "\\n")
    return t if len(t) <= width else t[: width - 1] + "…"


def format_misses(results: Iterable[CaseResult], *, width: int = 140) -> str:
    """One block per imperfect case (value+unit): id, text, wanted and got.

    Marks before an item: none = matched, ``~`` value right but unit wrong,
    ``!`` unmatched, ``.`` unmatched prediction outside the case's scope.
    """
    lines = []
    for r in results:
        if r.value_unit.perfect and not r.error:
            continue
        c = r.case
        extra = []
        if c.scope != "all":
            extra.append(f"scope={c.scope}")
        extra.extend(sorted(t for t in c.tags if t in {"news-conflict", "needs-classifier"}))
        head = f"{c.id}" + (f" [{', '.join(extra)}]" if extra else "")
        lines.append(f"{head} | {_short(c.text, width)}")
        lines.append(f"  want: {_items(c.gold, r.gold_marks)}")
        lines.append(f"  got:  {_items(r.preds, r.pred_marks)}")
        if r.error:
            lines.append(f"  error: {r.error}")
        if c.note:
            lines.append(f"  note: {c.note}")
    return "\n".join(lines)


def format_table(scores: Mapping[str, FileScore], title: str = "") -> str:
    """A markdown table: per file, cases, gold, value P/R/F1, value+unit P/R/F1."""
    rows = [
        "| file | cases | gold | value P | value R | value F1 | v+u P | v+u R | v+u F1 |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    total_v, total_u, ncases, ngold = Counts(), Counts(), 0, 0
    for name, s in scores.items():
        v, u = s.value, s.value_unit
        rows.append(
            f"| {name} | {s.cases} | {s.gold} | {v.precision:.3f} | {v.recall:.3f} | "
            f"{v.f1:.3f} | {u.precision:.3f} | {u.recall:.3f} | {u.f1:.3f} |"
        )
        total_v += v
        total_u += u
        ncases += s.cases
        ngold += s.gold
    rows.append(
        f"| **all** | {ncases} | {ngold} | {total_v.precision:.3f} | {total_v.recall:.3f} | "
        f"{total_v.f1:.3f} | {total_u.precision:.3f} | {total_u.recall:.3f} | {total_u.f1:.3f} |"
    )
    return (f"{title}\n\n" if title else "") + "\n".join(rows)


def _tagged(tags: Iterable[str]) -> Callable[[Case], bool]:
    wanted = frozenset(tags)
    return lambda c: bool(c.tags & wanted)


def _iter_selected(
    corpus: Mapping[str, list[Case]], files: Sequence[str]
) -> Iterator[tuple[str, list[Case]]]:
    for name, cases in corpus.items():
        if not files or any(name == f or name.startswith(f) for f in files):
            yield name, cases


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: print the score table and, with ``--misses``, each failing case."""
    root = Path(__file__).resolve().parent.parent
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=corpus_dir(root), help="corpus directory")
    ap.add_argument("--file", action="append", default=[], help="file name (or prefix); repeat")
    ap.add_argument("--misses", action="store_true", help="list every imperfect case")
    ap.add_argument("--case", action="append", default=[], help="only these case ids")
    ap.add_argument(
        "--extractor", choices=("newsnum", "quantulum3"), default="newsnum", help="what to score"
    )
    ap.add_argument("--strict", action="store_true", help="no scoping: every prediction counts")
    ap.add_argument(
        "--all",
        action="store_true",
        help="include news-conflict cases in the table (always listed in --misses)",
    )
    args = ap.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"corpus not found at {args.corpus}", file=sys.stderr)
        return 2
    extractor = newsnum_extractor() if args.extractor == "newsnum" else quantulum_extractor()
    corpus = dict(_iter_selected(load_corpus(args.corpus), args.file))
    if args.case:
        ids = set(args.case)
        corpus = {n: [c for c in cs if c.id in ids] for n, cs in corpus.items()}
        corpus = {n: cs for n, cs in corpus.items() if cs}
    scores = score_corpus(corpus, extractor, scoped=not args.strict)
    excluded = _tagged(EXCLUDED_TAGS)
    if args.all:
        shown = scores
        title = f"{args.extractor}: all cases"
    else:
        shown = {
            n: summarize(n, (r for r in s.results if not excluded(r.case)))
            for n, s in scores.items()
        }
        title = f"{args.extractor}: without {', '.join(sorted(EXCLUDED_TAGS))} cases"
    title += " (strict)" if args.strict else " (scoped)"
    if args.misses:
        print(
            "marks: none = matched, ~ = value right but unit wrong, ! = unmatched, "
            ". = unmatched prediction outside the case's scope\n"
        )
        for s in scores.values():
            block = format_misses(s.results)
            if block:
                print(f"## {s.name}\n{block}\n")
    print(format_table(shown, title))
    if not args.all:
        conflicts = {
            n: summarize(n, (r for r in s.results if excluded(r.case))) for n, s in scores.items()
        }
        print()
        print(format_table(conflicts, "news-conflict cases only (not in the floors)"))
    errors = [r for s in scores.values() for r in s.results if r.error]
    if errors:
        print(f"\n{len(errors)} case(s) raised; first: {errors[0].case.id}: {errors[0].error}")
    return 0


if __name__ == "__main__":
    try:
        raise SystemExit(main())
    except BrokenPipeError:  # piped into head
        sys.stderr.close()
        raise SystemExit(0) from None
