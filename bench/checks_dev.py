"""Score ``newsnum.check`` on the development set of real news (``tests/data/checks_dev.jsonl``).

142 cases from ``../shared/news/bbc_train.jsonl``, built blind (without running newsnum):
75 real sentences with one planted error (15 of each kind), 16 problems as published, and
51 clean near-misses (correct restatements, parts and totals that add up, shares of
different wholes, ranks, scores). Each flagged case names the figure a copy editor would
circle (``target``). ``tests/data/checks_dev_log.md`` records how it was made and any change.

A finding matches a flagged case when it is of the case's kind and its span overlaps the
target. Micro precision, recall and F1 over findings, per kind and overall; and the number
of clean cases with any finding (false alarms).

Command line::

    python bench/checks_dev.py             # scores
    python bench/checks_dev.py --misses    # every case not as expected
    python bench/checks_dev.py --set tests/data/checks_hand.jsonl   # another set
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.score import Counts  # noqa: E402

DEV_SET = ROOT / "tests" / "data" / "checks_dev.jsonl"


@dataclass(frozen=True, slots=True)
class Result:
    """One case, what ``check`` found, and how it fared."""

    case: dict[str, Any]
    findings: tuple[Any, ...]
    hit: bool
    extra: int
    hits: int = 0


def load(path: Path = DEV_SET) -> list[dict[str, Any]]:
    """Read a development set (cases without an ``origin`` are hand-written)."""
    with path.open(encoding="utf-8") as rows:
        return [{"origin": "hand", **json.loads(line)} for line in rows]


def _targets(case: dict[str, Any]) -> list[tuple[int, int]]:
    """Every place the target is written: "3.817.69" given twice is one problem, twice."""
    text, target = case["text"], case["target"]
    out = []
    start = text.find(target)
    while start >= 0:
        out.append((start, start + len(target)))
        start = text.find(target, start + 1)
    return out


def judge(case: dict[str, Any], findings: Sequence[Any]) -> Result:
    """Whether the case's problem was found, and how many other findings there were.

    A finding of the case's kind over any occurrence of the target is a hit (one or more
    hits count once); every other finding counts against precision.
    """
    if case["kind"] is None:
        return Result(case, tuple(findings), False, len(findings))
    spans = _targets(case)
    hits = [
        f
        for f in findings
        if f.kind == case["kind"] and any(f.start < end and start < f.end for start, end in spans)
    ]
    return Result(case, tuple(findings), bool(hits), len(findings) - len(hits), len(hits))


def score(cases: Sequence[dict[str, Any]]) -> list[Result]:
    """Run ``newsnum.check`` on every case and judge it."""
    import newsnum

    return [judge(c, newsnum.check(c["text"])) for c in cases]


def counts(results: Sequence[Result], kind: str | None = None) -> Counts:
    """Micro counts over findings, for one kind or all."""
    tp = fp = fn = 0
    for r in results:
        flagged = r.case["kind"] is not None
        if kind is not None and r.case["kind"] != kind:
            fp += sum(1 for f in r.findings if f.kind == kind)
            continue
        tp += int(r.hit)
        fn += int(flagged and not r.hit)
        fp += r.extra if kind is None else sum(1 for f in r.findings if f.kind == kind) - r.hits
    return Counts(tp=tp, fp=fp, fn=fn)


def false_alarms(results: Sequence[Result]) -> int:
    """Clean cases with any finding."""
    return sum(1 for r in results if r.case["kind"] is None and r.findings)


def report(results: Sequence[Result], misses: bool = False) -> str:
    """A table of P/R/F1 per kind and overall, the false alarms, and the misses if asked."""
    kinds = sorted({r.case["kind"] for r in results if r.case["kind"]})
    lines = [f"{'kind':<22} {'P':>6} {'R':>6} {'F1':>6}"]
    for kind in [*kinds, None]:
        c = counts(results, kind)
        lines.append(f"{kind or 'all':<22} {c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f}")
    clean = sum(1 for r in results if r.case["kind"] is None)
    lines.append(f"clean cases flagged: {false_alarms(results)} of {clean}")
    if misses:
        for r in results:
            if r.extra == 0 and (r.hit or r.case["kind"] is None):
                continue
            c = r.case
            lines += ["", f"{c['id']} [{c['origin']}, {c['kind']}] target={c.get('target')!r}"]
            lines.append(f"  {c['text']}")
            lines += [f"  found: {f.kind} {f.surface!r}: {f.message}" for f in r.findings]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list cases not as expected")
    parser.add_argument("--set", type=Path, default=DEV_SET, help="the set to score")
    args = parser.parse_args(argv)
    print(report(score(load(args.set)), misses=args.misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
