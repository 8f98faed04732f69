"""Throughput with 1 and 2 worker processes: sentences, and megabytes of real articles.

Run with ``python bench/parallel.py`` (``make bench`` runs it after ``run.py``).
The sentences are the benchmark's news sentences (the seeds split into sentences
and a sample of ``../shared/news``; see ``bench/sentences.py``), repeated to
100,000; each configuration is timed three times and the best run is reported, as
sentences per second. Then every article of ``../shared/news`` goes whole through
``extract`` and through ``check``, in one process and in two (best of five
alternating pairs of runs, in megabytes of text per second), and the cost of
``check`` over ``extract`` (the median ratio of the pairs) is checked against its
target (at most 1.3). Starting the pool is not timed: over an
archive it is paid once.
"""

from __future__ import annotations

import json
import multiprocessing
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

import newsnum  # noqa: E402
from bench.sentences import news_sentences  # noqa: E402


def _time(processes: int, lines: list[str]) -> float:
    """Best of three runs, in sentences per second; pool start-up is not timed."""
    best = float("inf")
    with multiprocessing.Pool(processes) as pool:
        pool.map(newsnum.extract, ["warm up 5 km"] * processes * 4, chunksize=1)
        for _ in range(3):
            start = time.perf_counter()
            if processes == 1:
                for line in lines:
                    newsnum.extract(line)
            else:
                for _found in pool.imap(newsnum.extract, lines, chunksize=512):
                    pass
            best = min(best, time.perf_counter() - start)
    return len(lines) / best


NEWS = ROOT.parent / "shared" / "news" / "bbc_train.jsonl"
CHECK_OVER_EXTRACT = 1.3  # the target: check costs at most this many times extract


def _pass(pool: Any, fn: Callable[[str], Any], processes: int, texts: list[str]) -> float:
    """Seconds for one run of ``fn`` over ``texts`` (in this process when ``processes`` is 1)."""
    start = time.perf_counter()
    if processes == 1:
        for text in texts:
            fn(text)
    else:
        for _found in pool.imap(fn, texts, chunksize=16):
            pass
    return time.perf_counter() - start


def _paired(processes: int, texts: list[str], rounds: int = 5) -> tuple[float, float, float]:
    """Extract and check over ``texts`` in alternating runs: best seconds of each, median ratio.

    Alternating the two in the same pool, after a warm-up of both, keeps a change in the
    machine's load from falling on one of them only; pool start-up is not timed.
    """
    ex: list[float] = []
    ch: list[float] = []
    with multiprocessing.Pool(processes) as pool:
        for fn in (newsnum.extract, newsnum.check):
            pool.map(fn, ["warm up 5 km (3 miles)"] * processes * 4, chunksize=1)
            fn("warm up 5 km (3 miles)")
        for _ in range(rounds):
            ex.append(_pass(pool, newsnum.extract, processes, texts))
            ch.append(_pass(pool, newsnum.check, processes, texts))
    ratios = sorted(c / e for c, e in zip(ch, ex, strict=True))
    return min(ex), min(ch), ratios[len(ratios) // 2]


def articles() -> None:
    """Print megabytes per second of whole articles through extract and check."""
    if not NEWS.is_file():
        print(f"\nno articles at {NEWS}: megabytes per second not measured")
        return
    texts = [json.loads(line)["text"] for line in NEWS.open(encoding="utf-8")]
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(f"\n{len(texts):,} articles of ../shared/news ({mb:.1f} MB), whole:\n")
    print("| processes | extract MB/s | check MB/s | check / extract |")
    print("|---:|---:|---:|---:|")
    ratios = []
    for processes in (1, 2):
        ex, ch, ratio = _paired(processes, texts)
        ratios.append(ratio)
        print(f"| {processes} | {mb / ex:.1f} | {mb / ch:.1f} | {ratio:.2f} |")
    met = "met" if ratios[0] <= CHECK_OVER_EXTRACT else "NOT met"
    print(
        f"\nTarget: check at most {CHECK_OVER_EXTRACT}x extract (one process): {met}. The ratio"
        " is the median of five alternating pairs of runs."
    )


def main() -> None:
    """Print markdown tables: sentences per second, then megabytes of articles per second."""
    base = news_sentences(ROOT, ROOT.parent / "shared" / "news")
    lines = (base * (100_000 // max(1, len(base)) + 1))[:100_000]
    newsnum.extract("warm up 5 km")
    print("| processes | sentences/s |")
    print("|---:|---:|")
    for processes in (1, 2):
        print(f"| {processes} | {_time(processes, lines):,.0f} |")
    articles()


if __name__ == "__main__":
    main()
