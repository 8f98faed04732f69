"""Draw a deterministic sample of real sentences from ``../shared/news`` for annotation.

The development set of real news (``tests/data/news_dev.jsonl``) was drawn with this
sampler and annotated blind: the expected quantities were written, by the conventions in
``../shared/news/CONVENTIONS.md``, before newsnum ran on the sentences.

Rules, so that the draw is the same on every machine:

- articles are split into sentences at ``.``, ``!`` or ``?`` (and a closing quote)
  followed by a space and a capital letter, digit or opening quote;
- a sentence is a candidate when it holds a digit or an English number word and is
  between 40 and 400 characters long;
- candidates are ordered by the SHA-256 of ``"<article id>:<sentence index>"``, and each
  category takes the first ``per_category`` of them, at most two from one article.

Usage::

    python bench/news_sample.py --per-category 130 > sample.jsonl
    python bench/news_sample.py --per-category 60 --salt check- \
        --skip tests/data/news_dev.jsonl > another.jsonl
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path

NEWS = Path(__file__).resolve().parent.parent.parent / "shared" / "news" / "bbc_train.jsonl"

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’]?\s+(?=[\"“‘A-Z0-9])")
_NUMBER_WORD = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty"
    r"|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?"
    r"|billions?|dozens?|half|quarter|third|twice|[a-z]+fold)\b",
    re.IGNORECASE,
)


def sentences(text: str) -> list[str]:
    """Split an article into sentences (see the module docs)."""
    return [s.strip() for s in _SENTENCE_END.split(text) if s.strip()]


def _candidate(sentence: str) -> bool:
    if not 40 <= len(sentence) <= 400:
        return False
    return re.search("[0-9]", sentence) is not None or _NUMBER_WORD.search(sentence) is not None


def _key(article: str, index: int, salt: str = "") -> str:
    return hashlib.sha256(f"{salt}{article}:{index}".encode()).hexdigest()


def sample(
    path: Path, per_category: int, salt: str = "", skip: frozenset[str] = frozenset()
) -> Iterator[dict[str, object]]:
    """Yield ``{"id", "article", "category", "index", "text"}`` in a fixed order.

    A ``salt`` draws another sample; ids in ``skip`` (an earlier draw) are left out.
    """
    pool: dict[str, list[tuple[str, str, int, str]]] = {}
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            article = json.loads(line)
            for index, sentence in enumerate(sentences(article["text"])):
                if _candidate(sentence) and f"{article['id']}-s{index}" not in skip:
                    row = (_key(article["id"], index, salt), article["id"], index, sentence)
                    pool.setdefault(article["category"], []).append(row)
    for category in sorted(pool):
        taken: dict[str, int] = {}
        count = 0
        for _, article_id, index, sentence in sorted(pool[category]):
            if count == per_category:
                break
            if taken.get(article_id, 0) == 2:
                continue
            taken[article_id] = taken.get(article_id, 0) + 1
            count += 1
            yield {
                "id": f"{article_id}-s{index}",
                "article": article_id,
                "category": category,
                "index": index,
                "text": sentence,
            }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-category", type=int, default=130)
    parser.add_argument("--news", type=Path, default=NEWS)
    parser.add_argument("--salt", default="", help="draw another sample")
    parser.add_argument("--skip", type=Path, help="a JSON-lines file of sentences to leave out")
    args = parser.parse_args(argv)
    skip: frozenset[str] = frozenset()
    if args.skip is not None:
        skip = frozenset(json.loads(line)["id"] for line in args.skip.open(encoding="utf-8"))
    for row in sample(args.news, args.per_category, args.salt, skip):
        print(json.dumps(row, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
