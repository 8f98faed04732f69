"""A report a copy editor can read: each article as written, its figures marked, its findings.

:func:`html` writes one self-contained HTML page (inline CSS, no script, nothing fetched)
for the ``newsnum check --format html`` command. Each quantity is a ``<mark>`` carrying its
value, unit, bound and noun (shown on hover or focus, coloured by kind: count, money,
measure, percent); each finding is underlined in the text and listed beside it with its
kind, message and suggestion; a summary opens the page. The article text is escaped: a
``<script>`` in a story is text, never code.

Example:
    >>> from newsnum import check, extract
    >>> from newsnum.report import Article, html
    >>> text = "about 2,000 kilometres (12,50 miles) <script>"
    >>> page = html([Article("story.txt", text, extract(text), check(text))])
    >>> page.count("<mark"), "&lt;script&gt;" in page, "<script" in page
    (2, True, False)
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape
from itertools import pairwise
from typing import NamedTuple

from newsnum import units
from newsnum.model import Finding, Quantity

__all__ = ["Article", "html"]


@dataclass(frozen=True, slots=True)
class Article:
    """One checked text: its name, its text, its quantities and its findings."""

    name: str
    text: str
    quantities: Sequence[Quantity]
    findings: Sequence[Finding]


class _Piece(NamedTuple):
    start: int
    end: int
    findings: tuple[int, ...]  # the indexes of the findings that cover this piece


_STYLE = """
:root { --count: #dbeafe; --money: #dcfce7; --measure: #fef3c7; --percent: #f3e8ff;
  --flag: #b91c1c; --ink: #1f2937; --muted: #6b7280; }
* { box-sizing: border-box; }
body { font: 16px/1.6 Georgia, "Times New Roman", serif; color: var(--ink); margin: 0;
  padding: 1rem; max-width: 72rem; margin-inline: auto; }
h1, h2, .summary, aside, .legend { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; }
h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
h2 { font-size: 1.1rem; margin: 2rem 0 .5rem; word-break: break-all; }
.summary { color: var(--muted); margin: 0 0 .5rem; }
.legend span { display: inline-block; padding: 0 .4rem; margin-right: .3rem; border-radius: 3px; }
.layout { display: grid; grid-template-columns: minmax(0, 2fr) minmax(0, 1fr); gap: 1.5rem; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; }
mark { background: var(--count); color: inherit; border-radius: 3px; padding: 0 1px;
  position: relative; }
mark.money { background: var(--money); } mark.measure { background: var(--measure); }
mark.percent { background: var(--percent); } .legend .count { background: var(--count); }
.legend .money { background: var(--money); } .legend .measure { background: var(--measure); }
.legend .percent { background: var(--percent); }
mark:hover::after, mark:focus::after { content: attr(data-info); position: absolute;
  left: 0; top: 1.6em; z-index: 2; white-space: nowrap; font: 13px/1.4 system-ui, sans-serif;
  background: var(--ink); color: #fff; padding: .2rem .4rem; border-radius: 3px; }
.finding { text-decoration: underline wavy var(--flag); text-decoration-skip-ink: none;
  text-underline-offset: 3px; }
aside ol { margin: 0; padding-left: 1.2rem; font-size: .95rem; }
aside li { margin-bottom: .75rem; }
.kind { color: var(--flag); font-weight: 600; }
.suggestion { display: block; color: var(--muted); }
.none { color: var(--muted); }
@media (max-width: 48rem) { .layout { grid-template-columns: minmax(0, 1fr); } }
@media print { body { max-width: none; } mark { background: none; border-bottom: 1px solid; }
  mark:hover::after, mark:focus::after { content: none; } a { color: inherit; } }
"""


def html(articles: Sequence[Article]) -> str:
    """The whole page for ``articles``, in order.

    Args:
        articles: the checked texts.

    Returns:
        A self-contained HTML document.
    """
    kinds = Counter(f.kind for a in articles for f in a.findings)
    quantities = sum(len(a.quantities) for a in articles)
    findings = sum(kinds.values())
    by_kind = ", ".join(f"{kind} {count}" for kind, count in sorted(kinds.items()))
    summary = (
        f"{_plural(len(articles), 'file')}, {_plural(quantities, 'quantity')}, "
        f"{_plural(findings, 'finding')}" + (f": {by_kind}" if by_kind else "")
    )
    body = "\n".join(_article(k, a) for k, a in enumerate(articles, 1))
    legend = "".join(
        f'<span class="{kind}">{kind}</span>' for kind in ("count", "money", "measure", "percent")
    )
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>newsnum check: {escape(summary)}</title>\n<style>{_STYLE}</style>\n"
        "</head>\n<body>\n<header>\n<h1>newsnum check</h1>\n"
        f'<p class="summary" data-files="{len(articles)}" data-quantities="{quantities}" '
        f'data-findings="{findings}">{escape(summary)}</p>\n'
        f'<p class="legend">{legend}</p>\n</header>\n<main>\n{body}\n</main>\n</body>\n</html>\n'
    )


def _article(number: int, a: Article) -> str:
    """One article: its text with the marks, and the list of its findings beside it."""
    anchor = f"a{number}"
    items = "\n".join(
        f'<li id="{anchor}-f{k}" data-kind="{escape(f.kind)}">'
        f'<a href="#{anchor}-t{k}" class="kind">{escape(f.kind)}</a>: {escape(f.message)}'
        + (
            ""
            if f.suggestion is None
            else f'<span class="suggestion">Suggestion: {escape(f.suggestion)}</span>'
        )
        + "</li>"
        for k, f in enumerate(a.findings, 1)
    )
    listed = f"<ol>\n{items}\n</ol>" if items else '<p class="none">No findings.</p>'
    return (
        f'<article id="{anchor}">\n<h2>{escape(a.name)}</h2>\n<div class="layout">\n'
        f'<div class="text">{_marked(a, anchor)}</div>\n'
        f'<aside aria-label="findings">{listed}</aside>\n</div>\n</article>'
    )


def _marked(a: Article, anchor: str) -> str:
    """The text escaped, each quantity a ``<mark>``, each finding underlined inside or around."""
    out: list[str] = []
    named: set[int] = set()  # the findings whose first piece carries their anchor already
    pos = 0
    for q in sorted(a.quantities, key=lambda q: q.start):
        if q.start < pos:
            continue  # quantities never overlap; stay safe if handed ones that do
        out.append(_underlined(a, pos, q.start, anchor, named))
        out.append(f"{_mark_open(q)}{_underlined(a, q.start, q.end, anchor, named)}</mark>")
        pos = q.end
    out.append(_underlined(a, pos, len(a.text), anchor, named))
    return "".join(out)


def _underlined(a: Article, start: int, end: int, anchor: str, named: set[int]) -> str:
    """``a.text[start:end]`` escaped, with the findings over it underlined (split as needed)."""
    out = []
    for piece in _pieces(a.findings, start, end):
        text = escape(a.text[piece.start : piece.end])
        for k in piece.findings:
            f = a.findings[k]
            ident = "" if k in named else f' id="{anchor}-t{k + 1}"'
            named.add(k)
            text = (
                f'<span class="finding" data-kind="{escape(f.kind)}"{ident} '
                f'title="{escape(f.message)}">{text}</span>'
            )
        out.append(text)
    return "".join(out)


def _pieces(findings: Sequence[Finding], start: int, end: int) -> list[_Piece]:
    """Cut ``[start, end)`` where a finding begins or ends; say which findings cover each."""
    cuts = {start, end}
    for f in findings:
        cuts.update(c for c in (f.start, f.end) if start < c < end)
    edges = sorted(cuts)
    return [
        _Piece(lo, hi, tuple(k for k, f in enumerate(findings) if f.start < hi and lo < f.end))
        for lo, hi in pairwise(edges)
        if lo < hi
    ]


def _mark_open(q: Quantity) -> str:
    """The opening ``<mark>`` of a quantity, with what it is as data and as a tooltip."""
    kind = _kind(q.unit)
    value = str(q.value) if q.lower is None or q.upper is None else f"{q.lower} to {q.upper}"
    info = " ".join(
        part
        for part in (
            value,
            q.unit or "",
            "" if q.bound == "=" else f"(bound {q.bound})",
            "" if q.noun is None else f"of {q.noun}",
        )
        if part
    )
    attributes = {
        "class": kind,
        "tabindex": "0",
        "data-value": str(q.value),
        "data-unit": q.unit or "",
        "data-bound": q.bound,
        "data-noun": q.noun or "",
        "data-info": info,
    }
    if q.upper is not None:
        attributes["data-upper"] = str(q.upper)
    return "<mark " + " ".join(f'{k}="{escape(v)}"' for k, v in attributes.items()) + ">"


def _kind(unit: str | None) -> str:
    """Count, money, measure or percent: the colour of a mark."""
    if unit is None:
        return "count"
    if units.is_currency(unit.split(" / ")[0]):
        return "money"
    if unit in ("percent", "percentage_point", "basis_point"):
        return "percent"
    return "measure"


def _plural(count: int, word: str) -> str:
    if count == 1:
        return f"1 {word}"
    return f"{count} {word[:-1]}ies" if word.endswith("y") else f"{count} {word}s"
