"""Throughput of newsnum.extract over news sentences with 1 and 2 worker processes.

Run with ``python bench/parallel.py`` (``make bench`` runs it after ``run.py``).
The sentences are the seeds split into sentences plus the texts of the shared
corpus, repeated to 100,000; each configuration is timed three times and the
best run is reported, as sentences per second. Starting the pool is not timed:
over an archive it is paid once.
"""

from __future__ import annotations

import multiprocessing
import sys
import time
from pathlib import Path

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


def main() -> None:
    """Print a markdown table of sentences per second for 1 and 2 processes."""
    base = news_sentences(ROOT, ROOT.parent / "shared" / "corpus")
    lines = (base * (100_000 // max(1, len(base)) + 1))[:100_000]
    newsnum.extract("warm up 5 km")
    print("| processes | sentences/s |")
    print("|---:|---:|")
    for processes in (1, 2):
        print(f"| {processes} | {_time(processes, lines):,.0f} |")


if __name__ == "__main__":
    main()
