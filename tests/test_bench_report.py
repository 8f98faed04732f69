"""The benchmark's report judges the throughput target on the median of fresh interpreters."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import load_bench


def _results(fresh: list[float] | None) -> dict[str, Any]:
    out: dict[str, Any] = {
        "throughput": {"ratio_newsnum_vs_quantulum3": 62.0, "newsnum_vs_floor": 17.0},
        "cold_start": {"newsnum": {"wall_s": 0.1}},
    }
    if fresh is not None:
        runs = [{"ratio": r, "newsnum": 27000.0, "quantulum3": 27000.0 / r} for r in fresh]
        out["throughput_fresh"] = {"rounds": 3, "runs": runs, "median_ratio": sorted(fresh)[2]}
    return out


def _throughput_row(results: dict[str, Any]) -> str:
    lines = load_bench("run")._target_lines(results)
    return next(line for line in lines if line.startswith("| throughput vs quantulum3"))


@pytest.mark.parametrize(
    ("fresh", "verdict"),
    [
        pytest.param([45.0, 46.0, 47.0, 62.0, 44.0], "NOT met", id="one-lucky-process-not-enough"),
        pytest.param([51.0, 52.0, 49.0, 50.5, 53.0], "met", id="median-over-fifty"),
    ],
)
def test_the_target_is_the_median_of_fresh_interpreters(fresh: list[float], verdict: str) -> None:
    row = _throughput_row(_results(fresh))
    assert "median of 5 interpreters" in row
    assert row.endswith(f"| {verdict} |")


def test_without_fresh_runs_the_in_process_ratio_is_judged() -> None:
    row = _throughput_row(_results(None))
    assert "| 62 |" in row
    assert row.endswith("| met |")


def test_each_fresh_run_is_reported() -> None:
    lines = load_bench("run")._fresh_lines(_results([45.0, 46.0, 47.0, 62.0, 44.0]))
    assert "62.0x" in lines[-1]
    assert "Median 46.0x" in lines[-1]


def test_the_peers_cases_floor_is_reported_apart_from_the_speed_targets() -> None:
    results = _results([51.0, 52.0, 49.0, 50.5, 53.0])
    results["throughput_cases"] = {"ratio_newsnum_vs_quantulum3": 17.2}
    lines = load_bench("run")._target_lines(results)
    apart = lines.index("The real-news issue's floor (not a target of the Speed issue)")
    speed = [line for line in lines[:apart] if line.startswith("| ")]
    assert not any("peers' test cases" in line for line in speed)
    assert lines[apart + 4].startswith("| throughput vs quantulum3, peers' test cases")
    assert lines[apart + 4].endswith("| NOT met |")
