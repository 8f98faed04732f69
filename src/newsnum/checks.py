"""Inconsistency checks: where a story's numbers do not add up.

:func:`~newsnum.check` extracts the quantities of a text, reads it as a
:class:`~newsnum.story.Story` and runs each rule of :data:`RULES` over it. A rule is a
small named function that reports one kind of finding for one pattern a copy editor would
recognise from the text alone; every rule prefers silence to a false alarm.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from decimal import Decimal, localcontext
from functools import cache, lru_cache
from typing import NamedTuple

from newsnum import measures, numbers, restate, wholes
from newsnum.extract import dense_runs, extract
from newsnum.model import Finding
from newsnum.passes import amounts, context_reading
from newsnum.scan import scale_factor
from newsnum.story import Story, convert, core, fmt, number_span, read, unit_word
from newsnum.window import plural_head_after, plural_or_mass

__all__ = ["KINDS", "RULES", "Rule", "check", "dot_grouped_count", "malformed", "rules_for"]

#: The finding kinds :func:`check` reports, in the order it checks them.
KINDS: tuple[str, ...] = (
    "malformed-number",
    "conversion-mismatch",
    "part-exceeds-whole",
    "total-mismatch",
    "dimension-mismatch",
)


class Rule(NamedTuple):
    """One check rule: its name, the kind of finding it reports, the function, and its needs.

    ``needs``: the kinds of quantity (see :func:`~newsnum.story.kinds`) a story must hold
    for the rule to find anything in it, and "pair" or "count" for a rule that reads only
    two quantities of one sentence or the counts of a few things (see
    :class:`~newsnum.story.Story`); the rule is not run over a story without them.

    ``dense``: whether the rule reads the quantities of a run too dense to be prose (see
    :data:`~newsnum.extract.DENSE_RUN`) too. Only a rule that judges a figure by its own
    marks does; the others, which read the words and figures around a quantity, are
    shown the story without them.
    """

    name: str
    kind: str
    find: Callable[[Story], Iterator[Finding]]
    needs: frozenset[str] = frozenset()
    dense: bool = False


def check(text: str, *, locale: str = "en") -> list[Finding]:
    """Report the places where a text's numbers do not add up.

    Never raises on text. Findings come in order of position; each
    :attr:`Finding.kind` is one of :data:`KINDS`.

    Args:
        text: English news text.
        locale: the locale whose grouping and decimal marks the digits use.

    Returns:
        The findings, in order of appearance.

    Raises:
        TypeError: ``text`` is not a :class:`str`.
        UnknownLocaleError: ``locale`` is not a locale babel knows.

    Example:
        >>> from newsnum import check
        >>> for f in check("about 2,000 kilometres (12,50 miles) of our territory"):
        ...     print(f.kind, "|", f.surface, "|", f.suggestion)
        dimension-mismatch | 2,000 kilometres | 2,000 square kilometres
        malformed-number | 12,50 miles | 1,250 miles
        >>> check("some 35 kilometers (around 22 miles) away")
        []
    """
    if not isinstance(text, str):
        raise TypeError(f"check() expects str, got {type(text).__name__}")
    qs = extract(text, locale=locale)
    story, dense = read(text, qs, locale), dense_runs(qs)
    if any(dense):  # the rules that read around a quantity: the prose only
        prose = read(text, [q for q, d in zip(qs, dense, strict=True) if not d], locale)
    else:
        prose = story
    findings: list[Finding] = []
    with localcontext(numbers.COMPARING):
        for rule in rules_for(story.kinds):
            try:
                findings += rule.find(story if rule.dense else prose)
            except ArithmeticError:  # a figure too large to compare (1e999): no finding
                continue
    once = {(f.kind, f.start, f.end): f for f in reversed(findings)}  # two rules, one slip
    return sorted(once.values(), key=lambda f: (f.start, KINDS.index(f.kind)))


def _fixed(token: str, value: Decimal, locale: str) -> str:
    """The figure as it should have been written: "17.m" -> "17m", "12,50" -> "1,250"."""
    letter = next((i for i, c in enumerate(token) if c.isalpha()), None)
    factor = None if letter is None else scale_factor(token[letter:])
    if letter is None or factor is None:
        return fmt(value, locale)
    space = " " if token[letter - 1 : letter].isspace() else ""
    return fmt((value / factor).normalize(), locale) + space + token[letter:]


def malformed(story: Story) -> Iterator[Finding]:
    """A figure whose marks are invalid for the locale: "12,50 miles", "£907, 000", "£4.m".

    The suggestion is the reading the context supports: a restatement ("12,50 miles" next
    to 2,000 km means 1,250), the same amount written in full elsewhere, or the size and
    rounding of the amounts in the same unit around it.

    Example:
        >>> from newsnum import check
        >>> [f.suggestion for f in check("about 2,000 kilometres (12,50 miles)")]
        ['1,250 miles']
        >>> check("about 2,000 kilometres (1,250 miles)")
        []
    """
    text, qs, locale = story.text, story.qs, story.locale
    index = amounts(qs) if any(q.malformed for q in qs) else {}
    for k, q in enumerate(qs):
        if not q.malformed:
            continue
        s, e = number_span(q)
        token = text[s:e]
        fixed = _fixed(token, q.value, locale)
        start = core(text, q)[0]
        suggestion = text[start:s] + fixed + text[e : q.end]
        readings = " or ".join(_fixed(token, v, locale) for v in q.suggestions)
        message = f"{token} is not a well-formed number" + (
            f"; it may be {readings}" if readings else ""
        )
        a = qs[q.restates] if q.restates is not None else None
        exact = None if a is None else convert(a.value, a.unit, q.unit)
        reason = context_reading(text, qs, k, index) if a is None else None
        if a is not None and exact is not None:
            approx = fmt(exact.quantize(Decimal("0.1")), locale)
            message += (
                f"; {core(text, a)[1]} is about {approx} {unit_word(text, q)}, so {fixed} was "
                "probably meant"
            )
        elif reason is not None and reason[0] == q.value:
            message += f"; {fixed} was probably meant: {reason[1]}"
        yield Finding(
            "malformed-number", start, q.end, core(text, q)[1], message + ".", suggestion, (q,)
        )


def dot_grouped_count(story: Story) -> Iterator[Finding]:
    """A count of things with a point before three digits, the mark of a grouping: "20.000 fans".

    No count of people or things has a fraction of a thousandth; a point before three
    digits groups them in German or Italian ("20.000" is 20,000). Only a bare count of a
    plural noun right after the figure ("around 20.000 fans turned up"), an adjective
    perhaps between them ("1.000 secondary pupils").

    Example:
        >>> from newsnum import check
        >>> [f.suggestion for f in check("Only around 20.000 fans turned up to watch.")]
        ['20,000']
        >>> check("He ran it in 9.858 seconds; 2.5 children.")
        []
    """
    text = story.text
    for q in story.qs:
        if q.noun is None or q.unit is not None or q.noun_span is None or q.is_range:
            continue
        s, e = number_span(q)
        if e - s < 5 or text[e - 4] != ".":
            continue  # most counts: no point before their last three digits
        if not _dot_grouped().fullmatch(text, s, e) or q.noun_span[0] > e + 1:
            continue
        head = q.noun.split()[-1]  # or the plural after a noun read as an adjective
        if plural_or_mass(head) or plural_head_after(text, q.noun_span[1]):
            fixed = fmt(Decimal(text[s:e].replace(".", "")), story.locale)
            start = core(text, q)[0]
            yield Finding(
                "malformed-number",
                start,
                q.end,
                core(text, q)[1],
                f"{text[s:e]} {q.noun} is a fraction of a count; {fixed} was probably meant "
                "(a point groups thousands in German or Italian).",
                text[start:s] + fixed + text[e : q.end],
                (q,),
            )


@cache
def _dot_grouped() -> re.Pattern[str]:
    return re.compile("[1-9][0-9]{0,2}[.][0-9]{3}")


#: What a rule needs a story to hold (see :class:`Rule`).
_MALFORMED = frozenset({"malformed"})
_SHARE = frozenset({"percent"})
_MEASURE = frozenset({"measure"})
_TIME = frozenset({"time"})
_RESTATED_MONEY = frozenset({"restated", "currency"})
_RESTATED_MEASURE = frozenset({"restated", "measure"})
_PAIR = frozenset({"pair"})  # two quantities in one sentence: a part and its whole, a change
_COUNT = frozenset({"count"})  # a count of a few things, its noun after it

#: The rules :func:`~newsnum.check` runs, in order: (name, kind, function, needs).
RULES: tuple[Rule, ...] = (
    Rule("malformed", "malformed-number", malformed, _MALFORMED, dense=True),
    Rule("dot_grouped_count", "malformed-number", dot_grouped_count),
    Rule("unit_conversion", "conversion-mismatch", restate.unit_conversion, _RESTATED_MEASURE),
    Rule("same_unit", "conversion-mismatch", restate.same_unit, _PAIR),
    Rule("share_in_words", "conversion-mismatch", restate.share_in_words, _SHARE),
    Rule("fraction_restated", "conversion-mismatch", restate.fraction_restated, _PAIR),
    Rule("fraction_of_figure", "conversion-mismatch", restate.fraction_of_figure, _PAIR),
    Rule("share_restated", "conversion-mismatch", restate.share_restated, _SHARE | _PAIR),
    Rule("majority_share", "conversion-mismatch", restate.majority_share),
    Rule("factor_in_brackets", "conversion-mismatch", restate.factor_in_brackets, _SHARE),
    Rule("period_in_words", "conversion-mismatch", restate.period_in_words, _TIME),
    Rule("exchange_rate", "conversion-mismatch", restate.exchange_rate, _RESTATED_MONEY),
    Rule("unconverted", "conversion-mismatch", restate.unconverted, _RESTATED_MONEY),
    Rule("story_rate", "conversion-mismatch", restate.story_rate, _RESTATED_MONEY),
    Rule("period_rate", "conversion-mismatch", restate.period_rate, frozenset({"rate"})),
    Rule("percent_change", "conversion-mismatch", restate.percent_change, _SHARE | _PAIR),
    Rule("change_at_level", "conversion-mismatch", restate.change_at_level, _SHARE | _PAIR),
    Rule("changed_by_factor", "conversion-mismatch", restate.changed_by_factor, _PAIR),
    Rule("change_by_amount", "conversion-mismatch", restate.change_by_amount, _PAIR),
    Rule("change_direction", "conversion-mismatch", restate.change_direction, _PAIR),
    Rule("part_after_cue", "part-exceeds-whole", wholes.part_after_cue, _PAIR),
    Rule("part_before_cue", "part-exceeds-whole", wholes.part_before_cue, _PAIR),
    Rule("part_of_whole", "part-exceeds-whole", wholes.part_of_whole, _PAIR),
    Rule("part_among", "part-exceeds-whole", wholes.part_among, _PAIR),
    Rule("part_in_total", "part-exceeds-whole", wholes.part_in_total, _PAIR),
    Rule("part_of_the_opening", "part-exceeds-whole", wholes.part_of_the_opening, _PAIR),
    Rule("part_of_those", "part-exceeds-whole", wholes.part_of_those),
    Rule("part_up_front", "part-exceeds-whole", wholes.part_up_front, _PAIR),
    Rule("ordinal_past_whole", "part-exceeds-whole", wholes.ordinal_past_whole),
    Rule("count_in_a_top", "part-exceeds-whole", wholes.count_in_a_top),
    Rule("periods_in_a_period", "part-exceeds-whole", wholes.periods_in_a_period, _TIME),
    Rule("share_of_people", "part-exceeds-whole", wholes.share_of_people, _SHARE),
    Rule("share_as_subject", "part-exceeds-whole", wholes.share_as_subject, _SHARE),
    Rule("fraction_past_one", "part-exceeds-whole", wholes.fraction_past_one),
    Rule("more_than_there_are", "part-exceeds-whole", wholes.more_than_there_are, _COUNT),
    Rule("more_than_its_size", "part-exceeds-whole", wholes.more_than_its_size, _PAIR),
    Rule("names_among_count", "part-exceeds-whole", wholes.names_among_count, _COUNT),
    Rule("listed_total", "total-mismatch", wholes.listed_total, _PAIR),
    Rule("breakdown_total", "total-mismatch", wholes.breakdown_total, _PAIR),
    Rule("named_list", "total-mismatch", wholes.named_list, _COUNT),
    Rule("names_before_count", "total-mismatch", wholes.names_before_count, _COUNT),
    Rule("named_then_counted", "total-mismatch", wholes.named_then_counted, _COUNT),
    Rule("both_after_names", "total-mismatch", wholes.both_after_names),
    Rule("award_categories", "total-mismatch", wholes.award_categories, _COUNT),
    Rule("sets_and_scores", "total-mismatch", wholes.sets_and_scores),
    Rule("years_listed", "total-mismatch", wholes.years_listed),
    Rule("shares_of_one_whole", "total-mismatch", wholes.shares_of_one_whole, _SHARE | _PAIR),
    Rule("swapped_measure", "dimension-mismatch", restate.swapped_measure, _RESTATED_MEASURE),
    Rule("area_as_length", "dimension-mismatch", measures.area_as_length, frozenset({"length"})),
    Rule("length_as_area", "dimension-mismatch", measures.length_as_area, frozenset({"area"})),
    Rule("expected_measure", "dimension-mismatch", measures.expected_measure, _MEASURE),
    Rule("changed_measure", "dimension-mismatch", measures.changed_measure, _MEASURE | _PAIR),
    Rule(
        "odd_measure_in_list", "dimension-mismatch", measures.odd_measure_in_list, _MEASURE | _PAIR
    ),
    Rule(
        "product_measure",
        "dimension-mismatch",
        measures.product_measure,
        frozenset({"length"}) | _PAIR,
    ),
    Rule(
        "split_time",
        "dimension-mismatch",
        measures.split_time,
        frozenset({"time", "measure"}) | _PAIR,
    ),
)


@lru_cache(maxsize=256)
def rules_for(kinds: frozenset[str]) -> tuple[Rule, ...]:
    """The rules a story of these kinds is shown (see :class:`Rule`), worked out once.

    Most stories hold no money, share or measure for eleven of the rules to read.

    Example:
        >>> from newsnum.checks import RULES, rules_for
        >>> len(rules_for(frozenset())) < len(rules_for(frozenset({"percent"}))) < len(RULES)
        True
    """
    return tuple(rule for rule in RULES if rule.needs <= kinds)
