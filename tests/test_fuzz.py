"""Long-running fuzzing, not part of the default run: ``make fuzz``.

``make fuzz`` runs these with the Hypothesis profile ``fuzz`` (20,000 examples
each, random seeds). They look for the same invariants as
``test_properties.py``, but on far more, and far stranger, input.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsnum import check, extract
from strategies import news_like_texts

pytestmark = pytest.mark.fuzz

texts = st.one_of(
    st.text(),
    news_like_texts,
    st.lists(news_like_texts, max_size=20).map("\n".join),
    st.binary(max_size=200).map(lambda b: b.decode("utf-8", "surrogateescape")),
)


@given(texts)
def test_fuzz_extract(text: str) -> None:
    for q in extract(text):
        assert text[q.start : q.end] == q.surface


@given(texts)
def test_fuzz_check(text: str) -> None:
    for f in check(text):
        assert text[f.start : f.end] == f.surface
