"""The benchmark's inputs: news sentences, and the peers' test cases.

Two sets, timed apart because they differ in kind:

- **news sentences** (:func:`news_sentences`): the seeds split into sentences, and an
  evenly spaced sample of the sentences of ``../shared/news`` (real BBC copy, every
  category). This is the text newsnum is for; the speed targets are measured on it.
- **test cases** (:func:`corpus_texts`): every text of the conformance corpus, short
  snippets written to exercise number and unit parsers ("between 5 and 10 km"), about
  one number in every 20 characters where news has one in 200.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

__all__ = [
    "NEWS_SAMPLE",
    "corpus_texts",
    "news_sentences",
    "real_sentences",
    "seed_texts",
    "split_sentences",
]

#: How many sentences of ``../shared/news`` the news set samples.
NEWS_SAMPLE = 2000

# A sentence ends at . ! or ? (optionally closed by a quote or bracket) before
# white space and a capital, a digit or an opening quote.  Linear: no nesting.
_BOUNDARY = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[A-Z0-9\"“‘(])")


def split_sentences(text: str) -> list[str]:
    """Split news text into sentences: paragraphs first, then sentence ends."""
    out: list[str] = []
    for para in text.splitlines():
        para = para.strip()
        if not para:
            continue
        start = 0
        for m in _BOUNDARY.finditer(para):
            out.append(para[start : m.start()] + m.group().rstrip())
            start = m.end()
        out.append(para[start:])
    return [s for s in (x.strip() for x in out) if s]


def seed_texts(root: Path) -> list[str]:
    """The seed articles, whole, in file order."""
    return [p.read_text(encoding="utf-8") for p in sorted((root / "seeds").glob("*.txt"))]


def corpus_texts(corpus: Path) -> list[str]:
    """Every case text of the shared corpus (empty when it is absent)."""
    texts: list[str] = []
    for p in sorted(corpus.glob("*.jsonl")):
        with p.open(encoding="utf-8") as fh:
            texts.extend(json.loads(line)["text"] for line in fh if line.strip())
    return texts


def real_sentences(news: Path, count: int = NEWS_SAMPLE) -> list[str]:
    """``count`` sentences of the articles in ``news``, evenly spaced (empty when absent).

    The articles are read in file order and split into sentences; the sample takes
    every k-th, so every category is in it in its share, and the same sentences every run.
    """
    path = news / "bbc_train.jsonl"
    if not path.is_file():
        return []
    with path.open(encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for line in fh if line.strip()]
    every = [s for text in texts for s in split_sentences(text)]
    if len(every) <= count:
        return every
    return [every[i * len(every) // count] for i in range(count)]


def news_sentences(root: Path, news: Path) -> list[str]:
    """The seeds split into sentences, then the sample of :func:`real_sentences`."""
    sentences = [s for text in seed_texts(root) for s in split_sentences(text)]
    return sentences + real_sentences(news)
