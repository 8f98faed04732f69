"""The recipes of the Large corpora page give the serial results.

A process pool, a Dask bag on local processes, and the page's Dask recipe on a real
``dask.distributed.LocalCluster`` with two worker processes.  Dask and distributed come with
the ``test`` extra, so in CI none of these is skipped (``conftest.optional``).
"""

from __future__ import annotations

import json
import multiprocessing
from pathlib import Path

import newsnum
from conftest import NEWS, SEEDS, optional, sentences_of


def _lines() -> list[str]:
    return [
        line
        for path in sorted(SEEDS.glob("*.txt"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def _sentences(count: int = 400) -> list[str]:
    """The seed sentences, then sentences of the shared news articles, when present."""
    out = [s for path in sorted(SEEDS.glob("*.txt")) for s in sentences_of(path.read_text())]
    if NEWS.is_file():
        with NEWS.open(encoding="utf-8") as articles:
            for line in articles:
                out.extend(sentences_of(json.loads(line)["text"]))
                if len(out) >= count:
                    break
    return out[:count]


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
    db = optional("dask.bag", extra="dask")
    lines = _lines()
    bag = db.from_sequence(lines, npartitions=4).map(newsnum.extract)
    assert bag.compute(scheduler="processes", num_workers=2) == [
        newsnum.extract(line) for line in lines
    ]


def test_dask_recipe_on_a_local_cluster(tmp_path: Path) -> None:
    db = optional("dask.bag", extra="dask")
    distributed = optional("dask.distributed", extra="dask")
    sentences = _sentences()
    assert len(sentences) >= 125
    archive = tmp_path / "archive"
    archive.mkdir()
    for part in range(4):
        chunk = sentences[part::4]
        (archive / f"{part}.txt").write_text("".join(f"{s}\n" for s in chunk), encoding="utf-8")

    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        assert len(client.scheduler_info()["workers"]) == 2
        # The recipe of docs/large-corpora.rst, as written there.
        lines = db.read_text(str(archive / "*.txt"), encoding="utf-8")
        records = lines.map(newsnum.extract).flatten().map(newsnum.Quantity.to_dict)
        records.map(json.dumps).to_textfiles(str(tmp_path / "quantities" / "*.jsonl"))
        findings = lines.map(newsnum.check).flatten().map(newsnum.Finding.to_dict).compute()

    written = [
        json.loads(row)
        for path in sorted((tmp_path / "quantities").glob("*.jsonl"))
        for row in path.read_text(encoding="utf-8").splitlines()
    ]
    in_order = [s for part in range(4) for s in sentences[part::4]]
    serial = [q.to_dict() for s in in_order for q in newsnum.extract(f"{s}\n")]
    assert written == serial
    assert len(serial) > 100
    assert findings == [f.to_dict() for s in in_order for f in newsnum.check(f"{s}\n")]
