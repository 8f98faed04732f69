"""Machine instructions a pass of the news sentences takes, stage by stage (valgrind).

Run with ``python bench/instructions.py`` (needs ``valgrind``; Debian: ``apt-get install
valgrind``). Unlike a timing, the count does not move with the machine's load, so two
versions of the code can be compared a percent apart: it is how the table "Instructions a
pass of the news sentences, stage by stage" of the Performance page was measured.

For each stage of the pipeline, added in turn (the scanner's patterns, reading the
numbers, the windows, the exclusions, the draft and its stages, then all of
:func:`newsnum.extract`), a fresh interpreter runs one warm-up pass over the benchmark's
news sentences (``bench/sentences.py``) and then one pass, or three; the count of three
less the count of one, halved, is the cost of a pass, without the import and the first
calls. ``PYTHONHASHSEED`` is fixed, since string hashing changes the count a little, and
the garbage collector is off in those runs, since a collection that falls in one run and
not the other would move the count by millions.
"""

from __future__ import annotations

import gc
import os
import re
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from decimal import localcontext
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

import newsnum  # noqa: E402
from bench.sentences import news_sentences  # noqa: E402
from newsnum import numbers  # noqa: E402
from newsnum.draft import draft  # noqa: E402
from newsnum.exclusions import excluded  # noqa: E402
from newsnum.scan import Num, candidates, scan  # noqa: E402
from newsnum.stages import run  # noqa: E402
from newsnum.window import window  # noqa: E402

NEWS = ROOT.parent / "shared" / "news"

#: The stages, in the order they are added, with what each pass does up to them.
STAGES = ("patterns", "numbers", "windows", "exclusions", "stages", "extract")


def _pass(stage: str, texts: list[str]) -> None:
    """One pass over ``texts``, doing the work of the pipeline up to ``stage``."""
    if stage == "extract":
        for text in texts:
            newsnum.extract(text)
        return
    depth = STAGES.index(stage)
    for text in texts:
        found = candidates(text)
        if not found or depth < 1:
            continue
        with localcontext(numbers.ARITHMETIC):
            nums = tuple(scan(text, found=found))
            for i in range(len(nums) if depth >= 2 else 0):
                _number(text, nums, i, depth)


def _number(text: str, nums: tuple[Num, ...], i: int, depth: int) -> None:
    """The work on number ``i`` up to the stage of ``depth``: window, exclusions, stages."""
    w = window(text, nums, i)
    if depth < 3:
        return
    if not excluded(w) and depth >= 4:
        run(draft(w))


def _count(stage: str, passes: int) -> int:
    """Instructions of a fresh interpreter that runs a warm-up and ``passes`` passes."""
    env = dict(os.environ, PYTHONHASHSEED="0")
    proc = subprocess.run(
        [
            "valgrind",
            "--tool=cachegrind",
            "--cache-sim=no",
            "--cachegrind-out-file=/dev/null",
            sys.executable,
            __file__,
            "--stage",
            stage,
            str(passes),
        ],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    m = re.search(r"I\s+refs:\s+([0-9,]+)", proc.stderr)
    if m is None:
        raise RuntimeError(f"no instruction count in valgrind's output:\n{proc.stderr[-2000:]}")
    return int(m.group(1).replace(",", ""))


def main(argv: list[str]) -> int:
    texts = news_sentences(ROOT, NEWS)
    if argv[:1] == ["--stage"]:  # the inner run, under valgrind
        stage, passes = argv[1], int(argv[2])
        gc.disable()  # a collection falls in one run or the other: count the code's work alone
        for _ in range(passes + 1):
            _pass(stage, texts)
        return 0
    if shutil.which("valgrind") is None:
        print("valgrind is not installed: no instruction counts")
        return 0
    print(f"Instructions a pass of {len(texts):,} news sentences (millions), stage by stage\n")
    print("| stage | up to it | this stage |\n|---|---:|---:|")
    previous = 0.0
    for stage in STAGES:
        with ThreadPoolExecutor(2) as pool:  # the two runs side by side
            three, one = pool.map(_count, (stage, stage), (3, 1))
        per_pass = (three - one) / 2 / 1e6
        print(f"| {stage} | {per_pass:.1f} | {per_pass - previous:.1f} |")
        previous = per_pass
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
