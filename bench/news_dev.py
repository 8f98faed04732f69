"""Score an extractor on the development set of real news (``tests/data/news_dev.jsonl``).

The set holds 650 sentences drawn from ``../shared/news/bbc_train.jsonl`` by
``bench/news_sample.py`` (130 per category) and annotated blind by the conventions of
``../shared/news/CONVENTIONS.md``; ``tests/data/news_dev_log.md`` records every later change
to an annotation, with its reason.

Matching follows the conventions: a prediction matches an expected quantity when their spans
overlap ("surface may or may not include the bound words and the noun") and the values agree
(for a range, both ends). Three metrics, micro-averaged:

- ``value``: span and value;
- ``value+unit``: and the same unit (pint unit, or ISO 4217 code, or both none);
- ``+noun``: and, where the annotation names a counted noun, the same noun (compared by
  its last word, case and a plural ``s`` aside).

Command line::

    python bench/news_dev.py              # scores, overall and by category
    python bench/news_dev.py --misses     # every sentence that is not perfect
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.score import Counts, units_equal, values_equal  # noqa: E402

DEV_SET = ROOT / "tests" / "data" / "news_dev.jsonl"
METRICS = ("value", "value+unit", "+noun")


@dataclass(frozen=True, slots=True)
class Item:
    """One quantity, expected or predicted, as the scorer sees it."""

    value: Decimal
    unit: str | None
    start: int
    end: int
    lower: Decimal | None = None
    upper: Decimal | None = None
    noun: str | None = None
    surface: str = ""

    @property
    def is_range(self) -> bool:
        """Both ends known."""
        return self.lower is not None and self.upper is not None


@dataclass(frozen=True, slots=True)
class Sentence:
    """One annotated sentence."""

    id: str
    category: str
    text: str
    gold: tuple[Item, ...]


@dataclass(frozen=True, slots=True)
class Result:
    """A sentence, the predictions, and the counts of each metric."""

    sentence: Sentence
    preds: tuple[Item, ...]
    counts: dict[str, Counts]


def _item(q: dict[str, Any]) -> Item:
    def num(key: str) -> Decimal | None:
        return None if q.get(key) is None else Decimal(str(q[key]))

    return Item(
        value=Decimal(str(q["value"])),
        unit=q.get("unit"),
        start=q["start"],
        end=q["end"],
        lower=num("lower"),
        upper=num("upper"),
        noun=q.get("noun"),
        surface=q.get("surface", ""),
    )


def load(path: Path = DEV_SET) -> list[Sentence]:
    """Read the development set."""
    out = []
    with path.open(encoding="utf-8") as rows:
        for line in rows:
            row = json.loads(line)
            gold = tuple(_item(q) for q in row["quantities"])
            out.append(Sentence(row["id"], row["category"], row["text"], gold))
    return out


def _noun_key(noun: str) -> str:
    word = noun.split()[-1].lower().strip(".,;:'\"")
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def _matches(g: Item, p: Item, metric: str) -> bool:
    if p.end <= g.start or g.end <= p.start:
        return False
    if g.is_range:
        same = values_equal(g.lower, p.lower) and values_equal(g.upper, p.upper)
    else:
        same = values_equal(g.value, p.value)
    if not same or metric == "value":
        return same
    if not units_equal(g.unit, p.unit):
        return False
    if metric == "+noun" and g.noun is not None:
        return p.noun is not None and _noun_key(p.noun) == _noun_key(g.noun)
    return True


def match(sentence: Sentence, preds: Sequence[Item]) -> Result:
    """Greedy one-to-one matching, per metric."""
    counts = {}
    for metric in METRICS:
        used: set[int] = set()
        for g in sentence.gold:
            for i, p in enumerate(preds):
                if i not in used and _matches(g, p, metric):
                    used.add(i)
                    break
        tp = len(used)
        counts[metric] = Counts(tp=tp, fp=len(preds) - tp, fn=len(sentence.gold) - tp)
    return Result(sentence, tuple(preds), counts)


def newsnum_items(text: str) -> list[Item]:
    """``newsnum.extract`` as scorer items."""
    import newsnum

    return [
        Item(q.value, q.unit, q.start, q.end, q.lower, q.upper, q.noun, q.surface)
        for q in newsnum.extract(text)
    ]


def quantulum_items(text: str) -> list[Item]:
    """``quantulum3.parser.parse`` as scorer items (units mapped as ``bench/score.py`` does)."""
    from bench import score as corpus_score

    out = []
    for q in corpus_score._quantulum_parse()(text):
        p = corpus_score._q3_pred(q)
        value = Decimal(str(p.value))
        low = None if p.lower is None else Decimal(str(p.lower))
        high = None if p.upper is None else Decimal(str(p.upper))
        out.append(Item(value, p.unit, q.span[0], q.span[1], low, high, None, q.surface))
    return out


def score(
    sentences: Iterable[Sentence], extractor: Callable[[str], Sequence[Item]] = newsnum_items
) -> list[Result]:
    """Run the extractor on every sentence and match."""
    return [match(s, extractor(s.text)) for s in sentences]


def totals(results: Iterable[Result]) -> dict[str, Counts]:
    """Micro counts of each metric over results."""
    out = {m: Counts() for m in METRICS}
    for r in results:
        for m in METRICS:
            out[m] += r.counts[m]
    return out


def _describe(items: Iterable[Item]) -> str:
    parts = []
    for q in items:
        bounds = f" [{q.lower}..{q.upper}]" if q.lower is not None or q.upper is not None else ""
        noun = f" ({q.noun})" if q.noun else ""
        parts.append(f"{q.surface!r}={q.value} {q.unit or '-'}{bounds}{noun}")
    return "; ".join(parts) or "-"


def report(results: Sequence[Result], misses: bool = False) -> str:
    """A table of P/R/F1 per metric, overall and by category, and the misses if asked."""
    lines = [f"{'set':<14}" + "".join(f"{m:>22}" for m in METRICS)]
    groups: dict[str, list[Result]] = {"all": list(results)}
    for r in results:
        groups.setdefault(r.sentence.category, []).append(r)
    for name, rs in groups.items():
        t = totals(rs)
        cells = "".join(
            f"  P{t[m].precision:.3f} R{t[m].recall:.3f} F{t[m].f1:.3f}" for m in METRICS
        )
        lines.append(f"{name:<14}{cells}")
    if misses:
        for r in results:
            if all(c.perfect for c in r.counts.values()):
                continue
            lines += [
                "",
                f"{r.sentence.id}: {r.sentence.text}",
                f"  gold: {_describe(r.sentence.gold)}",
                f"  got:  {_describe(r.preds)}",
            ]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list imperfect sentences")
    parser.add_argument("--set", type=Path, default=DEV_SET)
    args = parser.parse_args(argv)
    print(report(score(load(args.set)), misses=args.misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
