"""The same call mapped over a process pool and over a Dask bag gives the serial results."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest

import newsnum

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _lines() -> list[str]:
    return [
        line
        for path in sorted(SEEDS.glob("*.txt"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def test_process_pool_matches_serial() -> None:
    lines = _lines()
    serial = [newsnum.extract(line) for line in lines]
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        mapped = pool.map(newsnum.extract, lines, chunksize=16)
    assert mapped == serial
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        findings = pool.map(newsnum.check, lines, chunksize=16)
    assert findings == [newsnum.check(line) for line in lines]


def test_dask_bag_matches_serial() -> None:
    db = pytest.importorskip(
        "dask.bag", reason="Dask is an optional extra: pip install newsnum[dask]"
    )
    lines = _lines()
    bag = db.from_sequence(lines, npartitions=4).map(newsnum.extract)
    assert bag.compute(scheduler="processes", num_workers=2) == [
        newsnum.extract(line) for line in lines
    ]
