"""newsnum as a spaCy pipeline component: quantities and findings as spans.

Install the extra (``pip install newsnum[spacy]``, spaCy 3.7 or later). The package
declares the factory as a spaCy entry point, so ``nlp.add_pipe("newsnum")`` works on any
pipeline once newsnum is installed, with no model to download; importing this module
registers it too.

>>> import spacy
>>> nlp = spacy.blank("en")
>>> _ = nlp.add_pipe("newsnum")
>>> doc = nlp("Troops were pushed back more than 70 kilometers.")
>>> [(span.text, span._.quantity.value, span._.quantity.unit) for span in doc._.quantities]
[('more than 70 kilometers', Decimal('70'), 'kilometer')]

It sets:

* ``Doc._.quantities``: a list of :class:`~spacy.tokens.Span`, one per quantity, each with
  ``Span._.quantity`` holding the :class:`~newsnum.Quantity`;
* ``Doc._.findings``: the :class:`~newsnum.Finding` objects as spans, each with
  ``Span._.finding``.

A span that does not fall on token boundaries ("3km" inside one token) covers the tokens
around it; the quantity keeps the exact character offsets. What the component found is kept
in ``doc.user_data`` as plain data, so a ``DocBin`` (with user data) stores it and
``nlp.pipe(texts, n_process=2)`` brings it back from the worker processes; the spans and
objects are rebuilt from it when read.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from newsnum.checks import check
from newsnum.extract import extract
from newsnum.model import Finding, Quantity

__all__ = ["NewsnumComponent", "make_component"]

#: The key of ``doc.user_data`` under which the component keeps what it found.
USER_DATA_KEY = "newsnum"


class NewsnumComponent:
    """The pipeline component: extracts (and checks) each doc's text.

    Args:
        locale: the locale of the digits' grouping and decimal marks.
        check: whether to run :func:`newsnum.check` as well (``Doc._.findings``).
    """

    def __init__(self, locale: str = "en", check: bool = True) -> None:
        self.locale = locale
        self.check = check

    def __call__(self, doc: Doc) -> Doc:
        """Find the doc's quantities (and findings) and keep them with the doc."""
        text = doc.text
        quantities = extract(text, locale=self.locale)
        findings = check(text, locale=self.locale) if self.check else []
        doc.user_data[USER_DATA_KEY] = {
            "quantities": [_record(doc, q.start, q.end, q.to_dict()) for q in quantities],
            "findings": [_record(doc, f.start, f.end, f.to_dict()) for f in findings],
        }
        return doc


@Language.factory(
    "newsnum",
    default_config={"locale": "en", "check": True},
    assigns=["doc._.quantities", "doc._.findings"],
)
def make_component(nlp: Language, name: str, locale: str, check: bool) -> NewsnumComponent:
    """Make the ``"newsnum"`` component (the factory spaCy calls for ``nlp.add_pipe``)."""
    return NewsnumComponent(locale=locale, check=check)


def _record(doc: Doc, start: int, end: int, data: dict[str, Any]) -> dict[str, Any]:
    """Plain data for one quantity or finding: its token-aligned span, and itself."""
    span = doc.char_span(start, end, alignment_mode="expand")
    aligned = [start, end] if span is None else [span.start_char, span.end_char]
    return {"span": aligned, "data": data}


def _found(doc: Doc, key: str) -> list[dict[str, Any]]:
    found: dict[str, list[dict[str, Any]]] = doc.user_data.get(USER_DATA_KEY) or {}
    return found.get(key, [])


def _spans(doc: Doc, key: str) -> list[Span]:
    spans = (
        doc.char_span(r["span"][0], r["span"][1], alignment_mode="expand") for r in _found(doc, key)
    )
    return [span for span in spans if span is not None]


def _lookup(span: Span, key: str) -> dict[str, Any] | None:
    where = [span.start_char, span.end_char]
    return next((r["data"] for r in _found(span.doc, key) if list(r["span"]) == where), None)


def _quantities(doc: Doc) -> list[Span]:
    return _spans(doc, "quantities")


def _findings(doc: Doc) -> list[Span]:
    return _spans(doc, "findings")


def _quantity(span: Span) -> Quantity | None:
    data = _lookup(span, "quantities")
    return None if data is None else Quantity.from_dict(data)


def _finding(span: Span) -> Finding | None:
    data = _lookup(span, "findings")
    return None if data is None else Finding.from_dict(data)


# spaCy's extension attributes are global: set once, when the factory is first imported.
if not Doc.has_extension("quantities"):
    Doc.set_extension("quantities", getter=_quantities)
    Doc.set_extension("findings", getter=_findings)
    Span.set_extension("quantity", getter=_quantity)
    Span.set_extension("finding", getter=_finding)
