"""Invariants that hold for every text: spans, no exceptions, round trips, threads, pickling."""

from __future__ import annotations

import itertools
import json
import pickle
import re
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal
from pathlib import Path

import pytest
from babel.numbers import format_decimal
from hypothesis import example, given
from hypothesis import strategies as st

from newsnum import (
    DimensionalityError,
    Finding,
    NewsnumError,
    NumberFormatError,
    Quantity,
    UnknownLocaleError,
    UnknownUnitError,
    check,
    extract,
)
from strategies import LOCALES, UNIT_PAIRS, news_decimals, news_like_texts

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

any_text = st.one_of(st.text(), news_like_texts)


@given(any_text)
def test_extract_never_raises_and_spans_match(text: str) -> None:
    qs = extract(text)
    for q in qs:
        assert text[q.start : q.end] == q.surface
        assert q.start < q.end
        assert q.value.is_finite()
    assert [q.start for q in qs] == sorted(q.start for q in qs)
    for a, b in itertools.pairwise(qs):
        assert a.end <= b.start


@given(any_text)
def test_part_spans_are_in_the_text(text: str) -> None:
    for q in extract(text):
        assert q.number_span is not None
        n0, n1 = q.number_span
        assert q.start <= n0 < n1 <= q.end  # the figure lies inside the quantity
        assert any(c.isalnum() or c in "½¼¾⅓⅔" for c in text[n0:n1])
        for span in (q.unit_span, q.noun_span):
            if span is not None:
                assert 0 <= span[0] < span[1] <= len(text)
                assert text[span[0] : span[1]].strip() == text[span[0] : span[1]]
        if q.noun_span is not None:
            assert text[slice(*q.noun_span)] == q.noun


@given(any_text)
def test_check_never_raises_and_spans_match(text: str) -> None:
    for f in check(text):
        assert text[f.start : f.end] == f.surface


@given(news_like_texts)
def test_results_are_deterministic(text: str) -> None:
    assert extract(text) == extract(text)
    assert check(text) == check(text)


@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40))
def test_control_characters_and_mixed_scripts(text: str) -> None:
    full = "\x00\x1b" + text + "\u202e 12 km \ud7ff"
    qs = extract(full)
    assert all(full[q.start : q.end] == q.surface for q in qs)
    assert any(q.value == 12 and q.unit == "kilometer" for q in qs)


def test_lone_surrogates_and_long_numbers() -> None:
    text = "\ud800 5 km \udfff " + "9" * 400 + " km and " + "1," * 2000
    qs = extract(text)
    assert qs[0].value == 5
    assert qs[1].value == Decimal("9" * 400)


@given(st.sampled_from(UNIT_PAIRS), st.decimals(min_value=-1000, max_value=10**9, places=3))
def test_conversion_round_trip(pair: tuple[str, str], value: Decimal) -> None:
    unit, other = pair
    q = Quantity(value=value, unit=unit, surface="x", start=0, end=1)
    back = q.to(other).to(unit)
    assert back.unit == unit
    assert abs(back.value - value) <= abs(value) * Decimal("1e-20") + Decimal("1e-20")


@given(news_decimals.filter(lambda d: d >= 0), st.sampled_from(("en", "en_US", "en_GB")))
def test_a_formatted_number_in_a_sentence_comes_back(value: Decimal, locale: str) -> None:
    written = format_decimal(value, format="#,##0.###", locale=locale)
    text = f"Officials said {written} kilometres of road were damaged."
    (q,) = extract(text, locale=locale)
    assert q.value == value
    assert q.unit == "kilometer"
    assert q.surface == f"{written} kilometres"


@given(news_decimals.filter(lambda d: d > 0), st.sampled_from(LOCALES))
def test_other_locales_in_a_sentence(value: Decimal, locale: str) -> None:
    written = format_decimal(value, locale=locale)
    qs = extract(f"({written} km)", locale=locale)
    assert [q.value for q in qs] == [value]


def test_threads_agree_with_serial_results() -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))] * 8
    serial = [(extract(t), check(t)) for t in texts]
    with ThreadPoolExecutor(max_workers=8) as pool:
        threaded = list(pool.map(lambda t: (extract(t), check(t)), texts))
    assert threaded == serial


def test_quantities_and_findings_pickle() -> None:
    text = (SEEDS / "004_adbf7f0bf7dbd18a.txt").read_text(encoding="utf-8")
    qs, fs = extract(text), check(text)
    assert fs
    assert pickle.loads(pickle.dumps(qs)) == qs
    assert pickle.loads(pickle.dumps(fs)) == fs


def test_unknown_locale_names_it() -> None:
    with pytest.raises(UnknownLocaleError, match="xx_YY") as info:
        check("5 km", locale="xx_YY")
    assert isinstance(info.value, ValueError)
    assert info.value.locale == "xx_YY"


@pytest.mark.parametrize(
    "error",
    [
        pytest.param(
            NumberFormatError("bad", text="12,50", suggestions=(Decimal(1250),)), id="number"
        ),
        pytest.param(UnknownUnitError("unknown", unit="zork"), id="unit"),
        pytest.param(DimensionalityError("no", from_unit="km", to_unit="kg"), id="dimension"),
        pytest.param(UnknownLocaleError("unknown", locale="xx_YY"), id="locale"),
    ],
)
def test_every_error_pickles_with_its_attributes(error: NewsnumError) -> None:
    clone = pickle.loads(pickle.dumps(error))
    assert type(clone) is type(error)
    assert str(clone) == str(error)
    assert vars(clone) == vars(error)
    assert isinstance(clone, NewsnumError)


@given(news_like_texts)
def test_to_dict_and_from_dict_round_trip(text: str) -> None:
    import json

    for q in extract(text):
        assert Quantity.from_dict(json.loads(json.dumps(q.to_dict()))) == q
    for f in check(text):
        assert Finding.from_dict(json.loads(json.dumps(f.to_dict()))) == f


SHORTCUT_FORMS = [
    "1.2b",
    "2.174T",
    "2 ½",
    "1½ million",
    "4e14",
    "2.48×10−5",
    "3 x 10^4",
    "1/2",
    "3/4 of the",
    "1.1^23",
    "300k",
    "2.33 k",
    "5-million",
    "12 thousand",
    "3.7m refugees",
    "2 1/2 miles",
    "1-1/2 cups",
]


@pytest.mark.parametrize("text", SHORTCUT_FORMS)
def test_the_scanner_shortcut_on_what_follows_figures(text: str) -> None:
    test_the_scanner_shortcut_reads_what_the_readers_read.hypothesis.inner_test(text)  # type: ignore[attr-defined]


@given(any_text)
def test_the_scanner_shortcut_reads_what_the_readers_read(text: str) -> None:
    # scan() tries the readers of what may follow a figure (a scale, an exponent, a
    # fraction) only where one pattern says something could; without that shortcut, the
    # same numbers must come out.
    import re

    from newsnum import scan as scanner

    fast = list(scanner.scan(text))
    cached = scanner._after
    everything = cached()._replace(maybe=re.compile(""))
    try:
        scanner._after = lambda: everything  # type: ignore[assignment]
        slow = list(scanner.scan(text))
    finally:
        scanner._after = cached  # type: ignore[assignment]
    assert fast == slow


def _ungated(text: str) -> list[Quantity]:
    """``extract`` with every rule tried on every number and every pass on every list."""
    from newsnum import exclusions, passes, stages

    rules_for, stages_for, needs = exclusions._rules_for, stages._stages_for, passes._needs
    try:
        exclusions._rules_for = lambda *key: exclusions.EXCLUSIONS  # type: ignore[assignment]
        stages._stages_for = lambda *key: (
            stages.SIDE,
            stages.STAGES[len(stages.SIDE) :],
            stages.STAGES[len(stages.SIDE) :],
        )  # type: ignore[assignment]
        passes._needs = lambda: tuple((p, 0) for p in passes.PASSES)  # type: ignore[assignment]
        return extract(text)
    finally:
        exclusions._rules_for, stages._stages_for = rules_for, stages_for  # type: ignore[assignment]
        passes._needs = needs  # type: ignore[method-assign]


def _real_texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    news = SEEDS.parent.parent / "shared" / "news" / "bbc_train.jsonl"
    if news.is_file():
        with news.open(encoding="utf-8") as lines:
            texts += [json.loads(line)["text"] for line in itertools.islice(lines, 300)]
    return texts


def test_the_gating_tables_change_no_result_on_real_text() -> None:
    # exclusions._READS, IN_PROSE and WORD_GATES, stages.APPLIES and FOLLOWS, and
    # passes.NEEDS show a number (a list) only the rules that can apply to it; trying them
    # all must give the same quantities.
    for text in _real_texts():
        assert extract(text) == _ungated(text)


@given(any_text)
def test_the_gating_tables_change_no_result(text: str) -> None:
    assert extract(text) == _ungated(text)


def _unjoined_drops(text: str) -> list[tuple[str, str]]:
    """The rules of exclusions.JOINED that drop a number no other stands near (none, if right)."""
    from decimal import localcontext

    from newsnum import numbers
    from newsnum.exclusions import EXCLUSIONS, JOINED, joined
    from newsnum.scan import scan
    from newsnum.window import window

    rules = [rule for rule in EXCLUSIONS if rule.__name__ in JOINED]
    with localcontext(numbers.ARITHMETIC):
        nums = tuple(scan(text))
        windows = [window(text, nums, i) for i in range(len(nums))]
        return [
            (rule.__name__, text[w.num.start : w.num.end])
            for w in windows
            if not joined(w)
            for rule in rules
            if rule(w)
        ]


def test_the_joined_rules_drop_only_joined_numbers_on_real_text() -> None:
    # exclusions.excluded shows the rules of JOINED only a number within a few characters
    # of another ("eight to one", "Smith 2, Jones 3") or with a slash in it ("7/4"): each
    # must keep every other number, whatever else stands around it.
    assert [drop for text in _real_texts() for drop in _unjoined_drops(text)] == []


@given(any_text)
def test_the_joined_rules_drop_only_joined_numbers(text: str) -> None:
    assert _unjoined_drops(text) == []


def test_the_order_of_the_exclusions_changes_no_result_on_real_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # EXCLUSIONS is ordered for speed (the rules that drop most numbers first); a number
    # is dropped if any rule drops it, so the reverse order must give the same quantities.
    from newsnum import exclusions

    texts = _real_texts()
    forward = [extract(text) for text in texts]
    monkeypatch.setattr(exclusions, "EXCLUSIONS", exclusions.EXCLUSIONS[::-1])
    monkeypatch.setattr(exclusions, "_RULES_FOR", {})
    assert [extract(text) for text in texts] == forward


def test_no_currency_sign_ends_a_lower_case_word() -> None:
    # stages.gate_word shows no currency stage a number after a space and a lower-case
    # word: that holds while no sign or code a currency is written with ends in lower-case
    # letters alone ("Rs", "KSh" hold a capital).
    import re

    from newsnum import units

    tails = [sign for sign in units.CURRENCY_PREFIXES if re.search(r"(?:^|[^A-Za-z])[a-z]+$", sign)]
    assert tails == []


class _Everything:
    def __contains__(self, item: object) -> bool:
        return True


def _read_on(texts: list[str]) -> list[list[Quantity]]:
    """``extract`` with units read on to the longest surface (no early stop)."""
    from newsnum import units

    cached = units._catalogue
    everything = cached()._replace(beginnings=_Everything())
    try:
        units._catalogue = lambda: everything  # type: ignore[assignment]
        return [extract(text) for text in texts]
    finally:
        units._catalogue = cached  # type: ignore[assignment]


@given(any_text)
def test_a_unit_read_stops_where_no_surface_begins(text: str) -> None:
    # units._lookup stops reading tokens at the first that no surface begins with
    # ("m people"); reading on to the longest surface must find the same units.
    assert extract(text) == _read_on([text])[0]


def test_a_unit_read_stops_where_no_surface_begins_on_real_text() -> None:
    texts = _real_texts()
    assert [extract(text) for text in texts] == _read_on(texts)


# Pieces, not characters: sentence ends are marks, then spaces, quotes and capitals.
_SENTENCE_PIECES = [".", "!", "?", "\n", " ", "\t", "A", "a", "7", '"', "”", "’", "“", "'", "É"]


@given(st.lists(st.sampled_from(_SENTENCE_PIECES), max_size=16).map("".join))
@example("Ten died. Two were hurt! Why? 3 fled.\n\nThe end.")
@example(".\n \n\n! A")
def test_sentences_begin_where_one_class_of_marks_says(text: str) -> None:
    # story._sentence_begins looks for each mark with a pattern of its own (faster than
    # one class of marks): the sentences must begin where the one pattern says.
    from newsnum.story import _sentence_begins

    one = re.compile(r"[.!?\n](?:(?<=[.!?])(?=[\"”’']?\s+[\"“‘']?[A-Z0-9])|(?<=\n)\s*\n)")
    assert _sentence_begins(text) == [0, *(m.end() for m in one.finditer(text))]
