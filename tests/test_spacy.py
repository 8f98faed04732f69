"""The spaCy component: quantities and findings as spans, on a blank pipeline, no model."""

from __future__ import annotations

from decimal import Decimal
from importlib.metadata import entry_points
from typing import Any

import pytest

from conftest import SEEDS, optional
from newsnum import Finding, Quantity, check, extract

spacy: Any = optional("spacy", extra="spacy")

TEXT = "About 2,000 kilometres (12,50 miles) of our territory. It cost $5m, or 3km less."


@pytest.fixture(scope="module")
def nlp() -> Any:
    pipeline = spacy.blank("en")
    pipeline.add_pipe("newsnum")
    return pipeline


def test_the_factory_is_an_entry_point() -> None:
    found = {ep.name: ep.value for ep in entry_points(group="spacy_factories")}
    assert found.get("newsnum") == "newsnum.spacy:make_component"


def test_quantities_are_spans_holding_the_quantity(nlp: Any) -> None:
    doc = nlp(TEXT)
    quantities = extract(TEXT)
    assert [s._.quantity for s in doc._.quantities] == quantities
    for span, q in zip(doc._.quantities, quantities, strict=True):
        assert span.start_char <= q.start < q.end <= span.end_char
        assert TEXT[q.start : q.end] == q.surface


def test_a_span_inside_a_token_covers_the_token(nlp: Any) -> None:
    doc = nlp("It is 3km away.")
    (span,) = doc._.quantities
    assert span._.quantity.surface == "3km"
    assert span.text == doc.text[span.start_char : span.end_char]
    assert span.start_char <= span._.quantity.start


def test_findings_are_spans_holding_the_finding(nlp: Any) -> None:
    doc = nlp(TEXT)
    findings = check(TEXT)
    assert [s._.finding for s in doc._.findings] == findings
    assert {f.kind for f in findings} == {"malformed-number", "dimension-mismatch"}


def test_options_locale_and_no_checks() -> None:
    pipeline = spacy.blank("en")
    pipeline.add_pipe("newsnum", config={"locale": "de_DE", "check": False})
    doc = pipeline("Es kostet 1.234,5 Euro und 12,50 Meilen.")
    assert doc._.quantities[0]._.quantity.value == Decimal("1234.5")
    assert doc._.findings == []


def test_docbin_keeps_what_was_found(nlp: Any) -> None:
    from spacy.tokens import DocBin

    store = DocBin(store_user_data=True)
    store.add(nlp(TEXT))
    (doc,) = DocBin().from_bytes(store.to_bytes()).get_docs(spacy.blank("en").vocab)
    assert [s._.quantity for s in doc._.quantities] == extract(TEXT)
    assert [s._.finding for s in doc._.findings] == check(TEXT)


def test_two_processes_give_what_one_gives(nlp: Any) -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    serial = [[s._.quantity for s in d._.quantities] for d in nlp.pipe(texts)]
    parallel = [[s._.quantity for s in d._.quantities] for d in nlp.pipe(texts, n_process=2)]
    assert parallel == serial
    assert sum(map(len, serial)) > 20


def test_an_unprocessed_doc_has_nothing(nlp: Any) -> None:
    doc = spacy.blank("en")("It is 5 km away.")
    assert doc._.quantities == []
    assert doc._.findings == []


@pytest.mark.parametrize("text", [TEXT, "Eleven people died: four adults and six children."])
def test_from_dict_rebuilds_what_to_dict_wrote(text: str) -> None:
    for q in extract(text):
        assert Quantity.from_dict(q.to_dict()) == q
    for f in check(text):
        assert Finding.from_dict(f.to_dict()) == f
