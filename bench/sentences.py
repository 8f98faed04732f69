"""The benchmark's inputs: news sentences from the seeds and the corpus texts."""

from __future__ import annotations

import json
import re
from pathlib import Path

__all__ = ["corpus_texts", "news_sentences", "seed_texts", "split_sentences"]

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


def news_sentences(root: Path, corpus: Path) -> list[str]:
    """The seeds split into sentences, then all corpus texts."""
    sentences = [s for text in seed_texts(root) for s in split_sentences(text)]
    return sentences + corpus_texts(corpus)
