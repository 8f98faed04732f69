"""Cost grows linearly with the length of hostile input (a growth ratio, never a time).

Every input of ``tests/data/hostile.json`` (the Speed issue's list, which ``make bench``
times at 200,000 characters) and of ``tests/data/hostile_prose.json`` (prose-like runs that
the rules of :func:`~newsnum.check` read: shares, wholes, cues, restatements, named lists)
goes through :func:`~newsnum.extract` and :func:`~newsnum.check` at 2,000 and at 20,000
characters. Ten times the text may cost at
most fifteen times as much: a rule that reads the whole text for every number (quadratic)
fails by far. The best of three calls is taken, with the garbage collector off, and a
ratio over the limit is measured again (at most ``ATTEMPTS`` pairs, the least
counts), so that the ratio does not depend on the load of the machine.
"""

from __future__ import annotations

import gc
import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import newsnum

DATA = Path(__file__).parent / "data"
HOSTILE = [
    *json.loads((DATA / "hostile.json").read_text("utf-8")),
    *json.loads((DATA / "hostile_prose.json").read_text("utf-8")),
]
SMALL = 2_000
GROWTH = 15.0
#: How many pairs of timings a growth is measured over, at most: the least ratio counts.
#: On a shared machine one pair can come out at 16 for a linear cost (seen twice), where
#: a quadratic one comes out near 100 in every pair.
ATTEMPTS = 3


def _text(unit: str, chars: int) -> str:
    return (unit * (chars // len(unit) + 1))[:chars]


def _best(fn: Callable[[str], Any], text: str) -> float:
    best = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        fn(text)
        best = min(best, time.perf_counter() - t0)
    return best


@pytest.mark.parametrize("fn", [newsnum.extract, newsnum.check], ids=["extract", "check"])
@pytest.mark.parametrize("unit", [h["unit"] for h in HOSTILE], ids=[h["id"] for h in HOSTILE])
def test_ten_times_the_text_costs_at_most_fifteen_times(
    unit: str, fn: Callable[[str], Any]
) -> None:
    small, large = _text(unit, SMALL), _text(unit, 10 * SMALL)
    fn(small)  # lazy tables are built on first use: not part of the growth
    ratio = float("inf")
    gc.disable()
    try:
        for _ in range(ATTEMPTS):  # a busy neighbour slows one pair; a quadratic, every pair
            ratio = min(ratio, _best(fn, large) / _best(fn, small))
            if ratio <= GROWTH:
                break
    finally:
        gc.enable()
    assert ratio <= GROWTH, f"{unit!r}: 10x the text cost {ratio:.1f}x"


def test_a_dense_run_keeps_spans_and_values() -> None:
    prose = "The league said on Monday that the results would stand, and that the club, "
    prose += "whose appeal was heard last week, had run out of options; some 40 workers"
    text = "Results: " + "3 1 " * 40 + prose
    qs = newsnum.extract(text)
    assert all(text[q.start : q.end] == q.surface for q in qs)
    assert [q.value for q in qs[:2]] == [3, 1]
    assert qs[-1].noun == "workers"  # prose again after the run: read in full
