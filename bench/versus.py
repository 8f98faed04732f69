"""Time the installed newsnum on the benchmark's sentences, to compare two installs.

``make bench`` compares newsnum with quantulum3 in one run. To compare two versions of
newsnum (before and after a change), install the old commit into a second venv and time
both on the same inputs, alternating, with ``farm-bench`` (or any timer of whole commands)::

    git worktree add /tmp/base <old commit>
    python -m venv /tmp/vbase && /tmp/vbase/bin/pip install /tmp/base
    farm-bench --vs '/tmp/vbase/bin/python bench/versus.py' -- .venv/bin/python bench/versus.py

The inputs: the benchmark's two sets (news sentences, and the peers' test cases of the
corpus, as ``bench/run.py``), then every article of ``../shared/news`` split into sentences
and through ``check`` whole, when that folder is there. One untimed pass over the benchmark's
sentences first builds what both versions build on first use. It prints what it timed.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.sentences import corpus_texts, news_sentences, split_sentences  # noqa: E402

NEWS = ROOT.parent / "shared" / "news" / "bbc_train.jsonl"


def main() -> int:
    import newsnum

    sentences = news_sentences(ROOT, ROOT.parent / "shared" / "news")
    cases = corpus_texts(ROOT.parent / "shared" / "corpus")
    articles = []
    if NEWS.is_file():
        articles = [json.loads(line)["text"] for line in NEWS.open(encoding="utf-8")]
    real = [s for a in articles for s in split_sentences(a)]
    for text in sentences + cases:  # warm up: lazy tables and patterns are built on first use
        newsnum.check(text)
    report = []
    for name, fn, texts in (
        ("bench news sentences", newsnum.extract, sentences * 5),
        ("bench test cases", newsnum.extract, cases * 5),
        ("news sentences", newsnum.extract, real),
        ("news articles (check)", newsnum.check, articles),
    ):
        t0 = time.perf_counter()
        for text in texts:
            fn(text)
        seconds = time.perf_counter() - t0
        report.append(f"{name}: {len(texts)} in {seconds:.2f} s ({len(texts) / seconds:,.0f}/s)")
    print(newsnum.__file__, "|", "; ".join(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
