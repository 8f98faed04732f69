"""Score ``newsnum.extract`` on the shared conformance corpus (``../shared/corpus``).

Per corpus file, micro P/R/F1 for two metrics: ``value`` and ``value+unit``
(scorer: ``bench/score.py``; scoped precision for the single-model Recognizers
cases).  ``FLOORS`` only ratchet upward.  Cases whose expectation contradicts
news usage are left out of the floors and listed: by tag (``EXCLUDED_TAGS``)
and by id (``DEVIATIONS``).  To see what fails::

    python bench/score.py --misses --file duckling
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from conftest import CORPUS, load_bench

score: Any = load_bench("score")

# Per-file floors (value F1, value+unit F1).  They only ever go up: the lead sets
# them from measured figures (a little below, so rounding noise does not fail the
# run) and raises them whenever the extractor improves.  Target: 0.90 everywhere
# and never below quantulum3 (QUANTULUM3_VALUE_UNIT_F1).
FLOORS: dict[str, tuple[float, float]] = {
    "duckling": (0.94, 0.91),
    "quantulum3": (0.93, 0.90),
    "recognizers_number": (0.94, 0.93),
    "recognizers_range": (0.99, 0.97),
    "recognizers_units": (0.96, 0.93),
}

# quantulum3 0.10's value+unit F1 with the same scorer, all cases, strict
# (``python bench/score.py --extractor quantulum3 --all --strict``); for reference.
QUANTULUM3_VALUE_UNIT_F1: dict[str, float] = {
    "duckling": 0.51,
    "quantulum3": 0.92,
    "recognizers_number": 0.49,
    "recognizers_range": 0.68,
    "recognizers_units": 0.33,
}

# Cases left out of the floors because of their tag, with the reason.
# `needs-classifier` (quantulum3's ambiguity tests: "20 million pounds" spent is
# money, "1500b packet" is bits, "ninety minutes") is deliberately NOT excluded:
# telling such units apart from context is exactly what a news extractor must do,
# with rules instead of quantulum3's trained classifier, and leaving them out would
# hide the cases where beating quantulum3 is hardest.  The one that is also a news
# conflict (q3amb-0019, "absolute zero") goes through the news-conflict tag.
EXCLUDED_TAGS: dict[str, str] = {
    "news-conflict": "the spec's expectation contradicts news conventions (see the case's note)",
}

# Further expected deviations, case id -> reason.  Add an entry only with a
# reason a news editor would accept; the ids are checked to exist.
DEVIATIONS: dict[str, str] = {
    "q3-0074": "'2.1 pm' after a number is a clock time in news, never picometres",
    "q3-0075": "'2.123 pm' after a number is a clock time in news, never picometres",
    "q3-0076": "'2.123 am' after a number is a clock time in news, never attometres",
    "q3-0080": "'($99.99)' accounting negatives belong to ledgers, not news prose",
    "rt-num-0032": "'- 1 4/5' with a spaced minus is a dash before a list item in news",
    "rt-num-0041": "'- 10  k' with a spaced minus is a dash before a list item in news",
}
_PER_SHARE = (
    "money 'a share' or 'per share' is a price per share: a rate in news (CONVENTIONS, "
    "'Rates'), where the suite annotates the bare amount"
)
DEVIATIONS.update(
    dict.fromkeys(
        ("rt-dim-0011", "rt-dim-0041"),
        "a measure of a thing followed by 'a year' is a rate ('2.4 billion gallons of jet fuel "
        "a year': gallon / year, as '5% a year' in CONVENTIONS, 'Rates'), where the suite "
        "annotates the bare measure",
    )
)
DEVIATIONS.update(
    dict.fromkeys(
        ("rt-cur-0048", "rt-cur-0051", "rt-cur-0056", "rt-cur-0060", "rt-cur-0066", "rt-cur-0081"),
        _PER_SHARE,
    )
)


def _excluded(case: Any) -> str | None:
    if case.id in DEVIATIONS:
        return DEVIATIONS[case.id]
    for tag, reason in EXCLUDED_TAGS.items():
        if tag in case.tags:
            return f"{tag}: {case.note or reason}"
    return None


def _corpus() -> dict[str, list[Any]]:
    if not CORPUS.is_dir():
        pytest.skip(f"shared corpus not found at {CORPUS}")
    corpus: dict[str, list[Any]] = score.load_corpus(CORPUS)
    return corpus


@pytest.fixture(scope="module")
def corpus() -> dict[str, list[Any]]:
    return _corpus()


@pytest.fixture(scope="module")
def results(corpus: dict[str, list[Any]]) -> dict[str, Any]:
    """Every corpus case scored once against newsnum.extract (scoped)."""
    return score.score_corpus(corpus, score.newsnum_extractor())


def _split(file_score: Any) -> tuple[Any, Any]:
    kept = [r for r in file_score.results if _excluded(r.case) is None]
    dropped = [r for r in file_score.results if _excluded(r.case) is not None]
    return (
        score.summarize(file_score.name, kept),
        score.summarize(file_score.name, dropped),
    )


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_floor(name: str, results: dict[str, Any]) -> None:
    if name not in results:
        pytest.fail(f"corpus file {name}.jsonl is missing from {CORPUS}")
    kept, dropped = _split(results[name])
    v, u = kept.value.f1, kept.value_unit.f1
    floor_v, floor_u = FLOORS[name]
    summary = (
        f"{name}: {kept.cases} cases, value F1 {v:.3f} (floor {floor_v:.3f}), "
        f"value+unit F1 {u:.3f} (floor {floor_u:.3f}; quantulum3 "
        f"{QUANTULUM3_VALUE_UNIT_F1[name]:.2f}); {dropped.cases} expected deviations: "
        f"value F1 {dropped.value.f1:.3f}, value+unit F1 {dropped.value_unit.f1:.3f}. "
        f"Misses: python bench/score.py --misses --file {name}"
    )
    print(summary)
    assert v >= floor_v, summary
    assert u >= floor_u, summary


def test_every_corpus_file_has_a_floor(corpus: dict[str, list[Any]]) -> None:
    assert set(corpus) == set(FLOORS) == set(STRICT_FLOORS)


# Strict, every case (news conflicts included, no scoping): the measure of the peers' suites
# in issue 10, whose target is 0.85 on each file. (metric, floor); floors only go up, but
# for deliberate news readings: recognizers_units went from 0.92 to 0.90 when money "a
# share" became a rate per share (the six per-share cases of DEVIATIONS, which strict counts),
# and lost two more cases when "tonnes of copper a year" became a rate per year.
STRICT_FLOORS: dict[str, tuple[str, float]] = {
    "duckling": ("value+unit F1", 0.86),
    "quantulum3": ("value+unit F1", 0.85),
    "recognizers_number": ("value F1", 0.865),
    "recognizers_range": ("value+unit F1", 0.92),
    "recognizers_units": ("value+unit recall", 0.89),
}


@pytest.mark.parametrize("name", sorted(STRICT_FLOORS))
def test_strict_floor(name: str, corpus: dict[str, list[Any]]) -> None:
    file_score = score.score_file(name, corpus[name], score.newsnum_extractor(), scoped=False)
    measured = {
        "value F1": file_score.value.f1,
        "value+unit F1": file_score.value_unit.f1,
        "value+unit recall": file_score.value_unit.recall,
    }
    metric, floor = STRICT_FLOORS[name]
    assert measured[metric] >= floor, f"{name} strict {metric} {measured[metric]:.3f} < {floor}"


def test_extract_never_raises_on_corpus(results: dict[str, Any]) -> None:
    errors = [f"{r.case.id}: {r.error}" for s in results.values() for r in s.results if r.error]
    total = sum(s.cases for s in results.values())
    assert not errors, f"{len(errors)} of {total} cases raised:\n" + "\n".join(errors[:20])


def test_deviations_are_documented(corpus: dict[str, list[Any]]) -> None:
    ids = {c.id for cases in corpus.values() for c in cases}
    stale = sorted(set(DEVIATIONS) - ids)
    assert not stale, f"DEVIATIONS names cases not in the corpus: {stale}"
    assert all(reason.strip() for reason in DEVIATIONS.values())
    undocumented = [
        c.id
        for cases in corpus.values()
        for c in cases
        if c.tags & set(EXCLUDED_TAGS) and not c.note.strip()
    ]
    assert not undocumented, f"excluded without a note: {undocumented}"


# --------------------------------------------------------------------------- the scorer itself


def _case(*gold: Any, scope: str = "all", text: str = "text") -> Any:
    return score.Case(id="t", text=text, gold=tuple(gold), scope=scope)


def _gold(value: str, unit: str | None, lower: str | None = None, upper: str | None = None) -> Any:
    return score.Gold(
        Decimal(value),
        unit,
        None if lower is None else Decimal(lower),
        None if upper is None else Decimal(upper),
    )


def _scores(case: Any, *preds: tuple[Any, ...], scoped: bool = True) -> tuple[Any, Any]:
    r = score.match_case(case, [score.Pred(*p) for p in preds], scoped=scoped)
    return r.value, r.value_unit


def test_scorer_perfect_prediction() -> None:
    case = _case(_gold("2000", "kilometer"), _gold("1243", "mile"))
    v, u = _scores(case, (Decimal(2000), "kilometer"), (Decimal(1243), "mile"))
    assert (v.f1, u.f1) == (1.0, 1.0)
    assert (u.tp, u.fp, u.fn) == (2, 0, 0)


def test_scorer_wrong_unit_counts_for_value_only() -> None:
    v, u = _scores(_case(_gold("20000000", "GBP")), (Decimal(20000000), "pound"))
    assert (v.tp, v.fp, v.fn) == (1, 0, 0)
    assert (u.tp, u.fp, u.fn) == (0, 1, 1)


@pytest.mark.parametrize(
    ("gold", "pred"),
    [
        pytest.param("metre", "meter", id="metre-meter"),
        pytest.param("kilometre", "kilometer", id="kilometre-kilometer"),
        pytest.param("square kilometre", "kilometer ** 2", id="sq-km"),
        pytest.param("mile / hour", "mile per hour", id="mph"),
        pytest.param("milliliter", "centimeter ** 3", id="ml-cc"),
        pytest.param("USD / barrel", "USD/barrel", id="price-per-unit"),
    ],
)
def test_scorer_same_unit_spelled_differently(gold: str, pred: str) -> None:
    assert score.units_equal(gold, pred)
    _, u = _scores(_case(_gold("5", gold)), (Decimal(5), pred))
    assert u.f1 == 1.0


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param("USD", "GBP", id="currencies"),
        pytest.param("USD", None, id="currency-none"),
        pytest.param("mile", "kilometer", id="lengths"),
        pytest.param("degree_Celsius", "kelvin", id="offset-scales"),
        pytest.param("pound", "GBP", id="mass-money"),
    ],
)
def test_scorer_different_units(a: str, b: str | None) -> None:
    assert not score.units_equal(a, b)


def test_scorer_values_relative_tolerance() -> None:
    assert score.values_equal(Decimal("1000000"), 1000000.5)
    assert not score.values_equal(Decimal("1000000"), Decimal("1000002"))
    assert score.values_equal(Decimal(0), 0.0)
    assert score.values_equal(Decimal("0.00983"), 0.00983)


def test_scorer_ranges_match_on_lower_and_upper() -> None:
    case = _case(_gold("5", "kilometer", "5", "10"))
    v, _ = _scores(case, (Decimal(5), "kilometer"))
    assert v.tp == 0, "a bare 5 is not the range 5-10"
    v, u = _scores(case, (Decimal("7.5"), "kilometer", Decimal(5), Decimal(10)))
    assert (v.tp, u.tp) == (1, 1), "value is not compared for a two-sided range"
    v, _ = _scores(case, (Decimal(5), "kilometer", Decimal(5), Decimal(11)))
    assert v.tp == 0


def test_scorer_one_sided_bound_matches_on_value() -> None:
    case = _case(_gold("70", "kilometer", lower="70"))
    _, u = _scores(case, (Decimal(70), "kilometer", Decimal(70), None))
    assert u.f1 == 1.0


def test_scorer_is_one_to_one() -> None:
    case = _case(_gold("13", None), _gold("13", None))
    v, _ = _scores(case, (Decimal(13), None))
    assert (v.tp, v.fp, v.fn) == (1, 0, 1)
    v, _ = _scores(_case(_gold("13", None)), (Decimal(13), None), (Decimal(13), None))
    assert (v.tp, v.fp, v.fn) == (1, 1, 0)


def test_scorer_value_metric_prefers_the_right_unit() -> None:
    case = _case(_gold("5", "kilometer"), _gold("5", None))
    v, u = _scores(case, (Decimal(5), None), (Decimal(5), "kilometer"))
    assert (v.tp, u.tp) == (2, 2)


def test_scorer_negative_case() -> None:
    v, _ = _scores(_case())
    assert v.f1 == 1.0
    v, _ = _scores(_case(), (Decimal(737), None))
    assert (v.tp, v.fp, v.fn) == (0, 1, 0)


def test_scorer_scoped_precision_ignores_other_kinds() -> None:
    case = _case(_gold("700000000", "USD"), scope="currency")
    preds = ((Decimal(700000000), "USD"), (Decimal(3), None), (Decimal(5), "kilometer"))
    _, u = _scores(case, *preds)
    assert (u.tp, u.fp, u.fn) == (1, 0, 0)
    _, u = _scores(case, *preds, scoped=False)
    assert (u.tp, u.fp, u.fn) == (1, 2, 0)
    _, u = _scores(case, *preds, (Decimal(9), "EUR"))
    assert u.fp == 1, "another currency is in scope"


def test_scorer_numberrange_scope_counts_bounded_predictions_only() -> None:
    case = _case(_gold("20", None, "20", "30"), scope="numberrange")
    _, u = _scores(case, (Decimal(20), None, Decimal(20), Decimal(30)), (Decimal(2008), None))
    assert (u.tp, u.fp, u.fn) == (1, 0, 0)
    _, u = _scores(case, (Decimal(40), None, Decimal(40), None))
    assert (u.tp, u.fp, u.fn) == (0, 1, 1)


@pytest.mark.parametrize(
    ("unit", "scope", "kind"),
    [
        pytest.param("USD", "all", "currency", id="usd"),
        pytest.param("degree_Fahrenheit", "all", "temperature", id="degF"),
        pytest.param("year", "age", "age", id="age"),
        pytest.param("year", "dimension", "dimension", id="duration"),
        pytest.param("percent", "all", "percent", id="percent"),
        pytest.param("kilometer / hour", "all", "dimension", id="speed"),
        pytest.param(None, "all", "number", id="count"),
    ],
)
def test_scorer_kinds(unit: str | None, scope: str, kind: str) -> None:
    assert score.kind_of(unit, scope) == kind


def test_scorer_survives_a_crashing_extractor() -> None:
    def boom(text: str) -> list[tuple[Any, ...]]:
        raise RuntimeError("boom")

    r = score.score_case(_case(_gold("1", None)), boom)
    assert (r.value.tp, r.value.fn) == (0, 1)
    assert r.error == "RuntimeError: boom"


def test_scorer_loads_corpus_lines(tmp_path: Path) -> None:
    line = (
        '{"id": "x-1", "source": "s", "text": "The road is 2,000 kilometres long.", '
        '"quantities": [{"value": 2000.5, "unit": "kilometer", "surface": "2,000 kilometres", '
        '"start": 12, "end": 28}], "scope": "all", "tags": ["news-conflict"], "note": "n"}\n'
    )
    (tmp_path / "f.jsonl").write_text(line, encoding="utf-8")
    [case] = score.load_corpus(tmp_path)["f"]
    assert case.gold[0].value == Decimal("2000.5")
    assert case.tags == frozenset({"news-conflict"})
    assert _excluded(case) == "news-conflict: n"


def _q3(value: float, name: str, code: str | None = None, unc: float | None = None) -> Any:
    unit = SimpleNamespace(name=name, currency_code=code)
    return SimpleNamespace(value=value, unit=unit, uncertainty=unc, surface="s")


@pytest.mark.parametrize(
    ("q", "value", "unit", "bounds"),
    [
        pytest.param(_q3(2000.0, "pound sterling", "GBP"), "2000", "GBP", None, id="gbp"),
        pytest.param(_q3(30.0, "mile per hour"), "30", "mile / hour", None, id="mph"),
        pytest.param(_q3(35.0, "percentage"), "35", "percent", None, id="percent"),
        pytest.param(_q3(20.0, "degree Celsius"), "20", "degree_Celsius", None, id="degC"),
        pytest.param(_q3(7.0, "dimensionless"), "7", None, None, id="count"),
        pytest.param(_q3(19.0, "cent"), "0.19", "USD", None, id="cents"),
        pytest.param(_q3(1.0, "dozen"), "12", None, None, id="dozen"),
        pytest.param(_q3(7.5, "kilometre", unc=2.5), "5", "kilometer", ("5", "10"), id="range"),
    ],
)
def test_quantulum_adapter(q: Any, value: str, unit: str | None, bounds: Any) -> None:
    pred = score._q3_pred(q)
    assert score.values_equal(pred.value, Decimal(value))
    assert score.units_equal(pred.unit, unit)
    if bounds is None:
        assert (pred.lower, pred.upper) == (None, None)
    else:
        assert score.values_equal(pred.lower, Decimal(bounds[0]))
        assert score.values_equal(pred.upper, Decimal(bounds[1]))
