"""Check rules on what a figure measures: a unit of the wrong dimension for its context.

A length where an area is meant ("2,000 kilometres of territory", "a 133-kilometre
ranch"), an area for a road, a length where the words before promise a time, a speed, a
temperature or a weight ("a time of 7.60m", "temperatures down to minus 20cm"), a change
"from 1.6km/h to 2.5km", and the odd unit in a list of like measures.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from functools import cache, lru_cache
from typing import NamedTuple

from newsnum._data import words as _words
from newsnum.model import Finding, Quantity
from newsnum.story import (
    Story,
    alternation,
    core,
    dimension,
    finding,
    number_span,
    unit_word,
)

__all__ = [
    "area_as_length",
    "changed_measure",
    "expected_measure",
    "length_as_area",
    "odd_measure_in_list",
    "product_measure",
    "split_time",
]

#: What a unit measures, for these rules: pint's dimension, with data sizes as "data" and
#: rates per time ("megabits per second") as "rate".
_OBJECTS = frozenset({"length", "area", "volume", "mass", "temperature", "time", "speed"})
#: Further measures written where another was meant: "70.72 terabytes", "115 mpg", "top
#: speeds of 200 kilowatts".
_SLIPS = frozenset({"data", "fuel economy", "frequency", "power", "energy", "flow", "resolution"})
_CHECKED = _OBJECTS | _SLIPS  # the measures a context may rule out


class _Patterns(NamedTuple):
    of_noun_after: re.Pattern[str]
    area_of_before: re.Pattern[str]
    distance_before: re.Pattern[str]
    of_the: re.Pattern[str]
    article_before: re.Pattern[str]
    noun_after: re.Pattern[str]
    from_before: re.Pattern[str]
    to_between: re.Pattern[str]
    list_join: re.Pattern[str]
    by: re.Pattern[str]


def _race_distances() -> str:
    """The race distances of the word tables as written: "400", "1500" or "1,500"."""
    forms = (f"{d // 1000},?{d % 1000:03d}" if d >= 1000 else str(d) for d in _words.RACE_DISTANCES)
    return "|".join(sorted(forms, key=len, reverse=True))


@cache
def _patterns() -> _Patterns:
    i = re.IGNORECASE
    holdings = alternation(_words.LAND_HOLDINGS | _words.LENGTH_NOUNS | _words.AREA_NOUNS)
    return _Patterns(
        of_noun_after=re.compile(
            r"\s*[)\]]\s+of\s+(?:the\s+|our\s+|its\s+|their\s+|his\s+|her\s+)?(?P<n>[A-Za-z]+)"
        ),
        area_of_before=re.compile(rf"\b(?P<n>{alternation(_words.AREA_OF)}) of\s+$", i),
        distance_before=re.compile(rf"\b(?:{alternation(_words.DISTANCE_WORDS)})\s*$", i),
        of_the=re.compile(r"\s*(?:[)\]]\s*)?of\s+the\b", i),
        article_before=re.compile(r"\b(?:a|an|the|its|their|his|her)[ \t]+$", i),
        noun_after=re.compile(rf"(?:[ \t]+[A-Z][A-Za-z'-]+){{0,2}}[ \t]+(?P<n>{holdings})\b"),
        from_before=re.compile(r"\bfrom\s+$", i),
        to_between=re.compile(r"\s+to\s+"),
        list_join=re.compile(r"[^.;:!?0-9]{0,40}?(?:,\s*(?:and\s+)?|\s+and\s+)"),
        by=re.compile(r"[ \t]*(?:by|x|×)[ \t]*"),
    )


class _Expectations(NamedTuple):
    before: tuple[tuple[frozenset[str], re.Pattern[str]], ...]
    any_before: re.Pattern[str]
    not_time_before: re.Pattern[str]
    after_any: re.Pattern[str]
    determiner: re.Pattern[str]
    best_of: re.Pattern[str]
    best_of_lower: re.Pattern[str]
    event_before: re.Pattern[str]
    phrase_chars: re.Pattern[str]
    run_events: re.Pattern[str]
    field_events: re.Pattern[str]
    cargo: re.Pattern[str]
    of_data: re.Pattern[str]
    of_time: re.Pattern[str]
    of_fluid: re.Pattern[str]


_AFTER_SPACE = r"(?:[ \t]+|-)"  # "1.5m deep", "a 6ft-tall man"


@cache
def _after_patterns() -> tuple[tuple[frozenset[str], re.Pattern[str]], ...]:
    """A word of size or a noun right after a measure ("1.5m deep", "the 912kg pipeline")."""
    i = re.IGNORECASE
    return tuple(
        (dims, re.compile(rf"{_AFTER_SPACE}(?:{alternation(frozenset(words))})\b", i))
        for dims, words in (*_words.EXPECTED_AFTER, *_words.MEASURED_NOUNS)
    )


#: One word that may stand between a measure and the noun it measures: a name ("the
#: 26.2-mile London Marathon") or a word formed as an adjective ("a six-mile transitional
#: period", "a 10-minute standing ovation"); not a noun ("a 40 gigabyte hard drive").
_ONE_WORD = r"(?:(?-i:[A-Z][a-z]+|[a-z]+(?:al|ic|ary|ous|ful|ive|ing|able))[ \t]+)?"  # case kept


def _called_after(text: str, end: int) -> frozenset[str] | None:
    """What a word right after a measure calls for: the first of :func:`_after_patterns` to match.

    One pattern with a group for each of them, tried in their order.

    Example:
        >>> sorted(_called_after("a 1.5kg deep pool", 7))
        ['length']
        >>> _called_after("a 1.5kg bag", 7) is None
        True
    """
    m = _expectations().after_any.match(text, end)
    return None if m is None or m.lastindex is None else _after_patterns()[m.lastindex - 1][0]


@cache
def _expectations() -> _Expectations:
    """Compile (once) what the words around a measure say it measures, from the tables."""
    i = re.IGNORECASE
    w = _words
    hedges = rf"(?:[ \t]+(?:{alternation(w.MEASURE_HEDGES)})){{0,3}}"
    patterns = [p for _, p in _after_patterns()]
    words_after, nouns_after = patterns[: len(w.EXPECTED_AFTER)], patterns[len(w.EXPECTED_AFTER) :]
    return _Expectations(
        before=tuple(
            (dims, re.compile(rf"(?:{'|'.join(phrases)}){hedges}[ \t]+$", i))
            for dims, phrases in w.EXPECTED_MEASURES
        ),
        any_before=_phrases_before(w.EXPECTED_MEASURES, hedges),
        not_time_before=_phrases_before(
            tuple(group for group in w.EXPECTED_MEASURES if "time" not in group[0]), hedges
        ),
        # the words of size, then the nouns, one name or adjective allowed before a noun
        after_any=re.compile(
            _AFTER_SPACE
            + "(?:"
            + "|".join(f"({p.pattern.removeprefix(_AFTER_SPACE)})" for p in words_after)
            + f"|{_ONE_WORD}(?:"
            + "|".join(f"({p.pattern.removeprefix(_AFTER_SPACE)})" for p in nouns_after)
            + "))",
            i,
        ),
        determiner=re.compile(r"\b(?:a|an|the|its|their|his|her|this|that)[ \t]+$", i),
        best_of=re.compile(rf"\b(?:{alternation(w.BEST_OF)}){hedges}[ \t]+$", i),
        best_of_lower=re.compile(alternation(w.BEST_OF)),  # a quick test (see may_hold)
        event_before=re.compile(
            rf"\b(?:{alternation(w.EVENT_RESULTS)})[ \t]+in[ \t]+the[ \t]+$", i
        ),
        # what the phrases and hedges are written with ("\n": "$" matches before one)
        phrase_chars=re.compile(r"[a-z \t\n'\-,\x80-\U0010ffff]*"),
        run_events=re.compile(
            rf"\b(?:{alternation(w.RUN_EVENTS)}|(?:{_race_distances()})m)\b",
            i,
        ),
        field_events=re.compile(rf"\b(?:{alternation(w.FIELD_EVENTS)})\b", i),
        cargo=re.compile(r"[ \t]+of\b"),
        of_data=re.compile(rf"[ \t]+of[ \t]+(?:{alternation(w.DATA_NOUNS)})\b", i),
        of_time=re.compile(rf"[ \t]+of[ \t]+(?:{alternation(w.TIME_NOUNS)})\b", i),
        # "square feet of gas", "miles of crude oil": up to two words before the fluid
        of_fluid=re.compile(
            rf"[ \t]+of[ \t]+(?:[a-z]+[ \t]+){{0,2}}?(?:{alternation(w.FLUIDS)})\b"
            rf"(?![-'’]|[ \t]+(?:[a-z]+s|{alternation(w.FLUID_COMPOUNDS)})\b)",
            i,
        ),
    )


def _phrases_before(
    groups: tuple[tuple[frozenset[str], tuple[str, ...]], ...], hedges: str
) -> re.Pattern[str]:
    r"""The phrases of ``groups`` all at once, then hedges, at the end of a lower-cased text.

    Most figures follow none. Searched after a space: each phrase opens with "\b" before a
    letter, which is a non-word character before it there; written so, re skips the
    letters inside words at once.
    """
    phrases = (p.removeprefix(r"\b") for _, group in groups for p in group)
    return re.compile(r"\W(?:" + "|".join(phrases) + rf"){hedges}[ \t]+$")


@lru_cache(maxsize=512)
def _measure(unit: str | None) -> str | None:
    """What a unit measures: "length", "data" ("terabytes"), "frequency" ("megahertz"), "rate"."""
    if unit is None:
        return None
    head = unit.split(" / ")[0]
    if "/" not in unit and "byte" in head:
        return "data"
    if "/" not in unit and head.endswith("hertz"):
        return "frequency"  # "10 megahertz of data": a clock's rate, not an amount
    if "/" not in unit and head.endswith("bit"):
        return "rate"  # "speeds of up to 15Mb": bits stand for bits a second in news
    dim = dimension(unit)
    if dim == "1 / [time]":
        return "rate"
    if dim == "1 / [length] ** 2":
        return "fuel economy"  # miles per gallon
    return dim if dim is None else _NAMED_DIMENSIONS.get(dim, dim)


#: Dimensions of pint that these rules name: "top speeds of 200 kilowatts" is a power.
_NAMED_DIMENSIONS: dict[str, str] = {
    "[mass] * [length] ** 2 / [time] ** 3": "power",
    "[mass] * [length] ** 2 / [time] ** 2": "energy",
    "[mass] / [time]": "flow",  # "travelling at 100 kilograms an hour"
    "[length] ** 3 / [time]": "flow",
    "[printing_unit]": "resolution",  # "a 5 megapixel camera"
}


def _noun(story: Story, k: int) -> tuple[str | None, int]:
    """The noun a measure is of, and where the measure ends: "2,000 km (1,243 miles) of land"."""
    text, qs = story.text, story.qs
    q = qs[k]
    if q.noun is not None:
        return q.noun, q.end
    if k + 1 < len(qs) and qs[k + 1].restates == k:
        m = _patterns().of_noun_after.match(text, qs[k + 1].end)
        if m:
            return m.group("n"), qs[k + 1].end
    m = _patterns().area_of_before.search(text, max(0, q.start - 30), q.start)
    if m:
        return m.group("n"), q.end  # "burned an area of 500 kilometres"
    if _patterns().article_before.search(text, max(0, q.start - 6), q.start):
        m = _patterns().noun_after.match(text, q.end)  # "a 133-kilometre Texas ranch"
        if m:
            return m.group("n"), q.end
    return None, q.end


def _place_nearby(story: Story, q: Quantity, end: int) -> bool:
    """Whether a length is a distance to a place: "within 20 km of the border"."""
    figure = number_span(q)[0]  # "within" may be the quantity's own hedge
    text = story.text
    return bool(
        _patterns().distance_before.search(text, max(0, figure - 20), figure)
        or _patterns().of_the.match(text[end : end + 40])
    )


def _square(number: str, unit_text: str) -> str | None:
    """The number with its unit made square: "2,000 square kilometres", "10 sq km"."""
    if unit_text.startswith("-") and unit_text[1:].isalpha():
        return f"{number}-square-{unit_text[1:]}"  # "a 133-square-kilometre ranch"
    if not unit_text.isalpha():
        return None
    if len(unit_text) <= 3:
        return f"{number} sq {unit_text}"
    return f"{number} square {unit_text}"


def area_as_length(story: Story) -> Iterator[Finding]:
    """A length given for an area: "2,000 kilometres of territory", "a 133-km ranch".

    Example:
        >>> from newsnum import check
        >>> [f.suggestion for f in check("The army retook 2,000 kilometres of territory.")]
        ['2,000 square kilometres']
        >>> check("Troops are within 20 kilometres of the territory.")
        []
    """
    text = story.text
    for k, q in enumerate(story.qs):
        if q.restates is not None or dimension(q.unit) != "length":
            continue
        noun, end = _noun(story, k)
        if noun is None or _place_nearby(story, q, end):
            continue
        head = noun.split()[-1].lower()
        if head not in _words.AREA_NOUNS and head not in _words.LAND_HOLDINGS:
            continue
        s, e = number_span(q)
        if head in _words.LAND_HOLDINGS:
            what = f"a {head} is measured by its area"
        else:
            what = "an area" if head in ("area", "areas") else f"an area of {noun}"
            what += " needs square units"
        yield finding(
            story,
            "dimension-mismatch",
            q,
            f"{core(text, q)[1]} measures a length, but {what}.",
            _square(text[s:e], text[e : q.end].strip()),
        )


def length_as_area(story: Story) -> Iterator[Finding]:
    """An area given for something measured by its length: "a 300 sq km border".

    Example:
        >>> from newsnum import check
        >>> [f.kind for f in check("They dug a 300 square kilometre trench.")]
        ['dimension-mismatch']
        >>> check("They dug a 300 kilometre trench.")
        []
    """
    for k, q in enumerate(story.qs):
        if q.restates is not None or dimension(q.unit) != "area":
            continue
        noun, end = _noun(story, k)
        if noun is None or _place_nearby(story, q, end):
            continue
        head = noun.split()[-1].lower()
        if head in _words.LENGTH_NOUNS:
            yield finding(
                story,
                "dimension-mismatch",
                q,
                f"{core(story.text, q)[1]} measures an area, but a {head} is measured by "
                "its length.",
            )


def expected_measure(story: Story) -> Iterator[Finding]:
    """A unit its context rules out: "a time of 7.60m", "speeds of 70.72 terabytes".

    The words before a figure ("a time of", "speeds of", "a depth of", "temperatures
    of", "weighs") or right after it ("deep", "tall", "long") call for a time, a speed or
    rate, a length, a temperature, a weight; the phrases are data (``EXPECTED_MEASURES``,
    ``EXPECTED_AFTER``).

    Example:
        >>> from newsnum import check
        >>> [f.surface for f in check("He equalled the record with a time of 7.60m.")]
        ['7.60m']
        >>> [f.surface for f in check("Flood water was up to 1.5kg deep.")]
        ['1.5kg']
        >>> check("He equalled the record with a time of 7.60secs.")
        []
    """
    text = story.text
    for q in story.qs:
        if q.unit is None or q.restates is not None:
            continue  # two in five quantities of news: a count
        measure = _measure(q.unit)
        if measure is None or measure not in _CHECKED:
            continue
        if measure == "data" and len(unit_word(text, q)) <= 2:
            continue  # "speeds of 8MB": loose shorthand for megabits a second
        if measure == "time" and not _may_call_for_other_than_time(text, q):
            continue  # most times: no word around them calls for anything else
        called = _called_for(story, q, measure)
        if called is not None and measure not in called[0]:
            wanted = " or ".join(sorted(called[0]))
            yield finding(
                story,
                "dimension-mismatch",
                q,
                f"{core(text, q)[1]} measures {_a(measure)}, but the words {called[1]} it "
                f"call for {wanted}.",
            )


def _called_for(story: Story, q: Quantity, measure: str) -> tuple[frozenset[str], str] | None:
    """What the words around a measure call for it to measure, and where they are.

    A measure written as an adjective ("the 912kg pipeline", "a 10-tonne truck") is read
    by the noun after it; a weight before "of" is cargo ("flew 300 tonnes of aid"); a
    length before an event is the event ("won gold in the 100m freestyle").
    """
    text, e = story.text, _expectations()
    figure, figure_end = number_span(q)
    adjective = "-" in text[figure_end : q.end] or bool(
        e.determiner.search(text, max(0, q.start - 6), q.start)
    )
    if adjective:  # "a 10-tonne truck"; or a word of size after it, "a three-tonne high bridge"
        if e.run_events.match(text, q.end + 1):
            return frozenset({"length", "time"}), "after"  # "in the 60mph hurdles"
        if e.event_before.search(text, max(0, q.start - 30), q.start):
            return frozenset({"length", "time", "mass"}), "before"  # "gold in the 200m"
        after = _called_after(text, q.end)
        return None if after is None else (after, "after")
    of = e.cargo.match(text, q.end)  # what follows "of" is read only after one
    if of and measure == "frequency" and e.of_data.match(text, q.end):
        return frozenset({"data"}), "after"  # "10 megahertz of data"; "two hours of traffic"
    if of and e.of_time.match(text, q.end):
        return frozenset({"time"}), "after"  # "plus four metres of injury time"
    if of and measure in ("area", "length") and e.of_fluid.match(text, q.end):
        return frozenset({"volume", "mass"}), "after"  # "1.4 billion square feet of gas"
    if e.run_events.match(text, q.end + 1):
        return frozenset({"length", "time"}), "after"  # "the 100m freestyle", "the 60mph hurdles"
    if of:
        return None
    for before, lowered in _words_before(text, q.start, figure):
        tail = " " + _phrase_tail(lowered)
        if e.any_before.search(tail):
            where = tail if before.isascii() else before  # ASCII: lower-cased, the same words
            for dims, pattern in e.before:
                if pattern.search(where):
                    return dims, "before"
        maybe_best = not before.isascii() or e.best_of_lower.search(lowered)
        if maybe_best and e.best_of.search(before):  # see may_hold
            return _best(story, q)
    after = _called_after(text, q.end)  # "up to 1.5m deep", "the mass 10kg race"
    return None if after is None else (after, "after")


def _may_call_for_other_than_time(text: str, q: Quantity) -> bool:
    """Whether a word around a time may call for something else: a quick test.

    What :func:`_called_for` reads around a time that may call for something else than
    a time: a phrase before it of a group without times, a best (run or thrown), a word
    after it. Each is looked for at less cost than there, where the phrases of times are
    looked for too, and the words of events, which call for a time too.

    Example:
        >>> from newsnum import extract
        >>> text = "He cleared 2.3 seconds, and waited two years for it."
        >>> [_may_call_for_other_than_time(text, q) for q in extract(text)]
        [True, False]
    """
    after = _called_after(text, q.end)
    if after is not None and "time" not in after:
        return True
    e = _expectations()
    for before, lowered in _words_before(text, q.start, number_span(q)[0]):
        if not before.isascii() or e.best_of_lower.search(lowered):
            return True
        if e.not_time_before.search(" " + _phrase_tail(lowered)):
            return True
    return False


def _words_before(text: str, start: int, figure: int) -> tuple[tuple[str, str], ...]:
    """The 60 characters before a measure, as written and lower-cased.

    And those before its figure too when a hedge opens it ("about 5km": before "about",
    then before "5km").

    Example:
        >>> _words_before("ran about 5km", 4, 10)
        (('ran ', 'ran '), ('ran about ', 'ran about '))
    """
    starts = (start,) if start == figure else (start, figure)
    return tuple((b, b.lower()) for b in (text[max(0, s - 60) : s] for s in starts))


def _phrase_tail(lowered: str) -> str:
    """The end of the words before a figure that a phrase of ``EXPECTED_MEASURES`` may span.

    It starts at the last character that no phrase or hedge is written with (a digit, a
    bracket, a full stop; not a comma: "a region of Spain, covering"), kept as the
    character a phrase follows: the phrases found in it are the phrases found in the
    whole, at less cost.

    Example:
        >>> _phrase_tail("won in 2004, with a time of ")
        '4, with a time of '
    """
    words = _expectations().phrase_chars.match(lowered[::-1])  # always matches: "*"
    n = len(lowered) if words is None else words.end()
    return lowered[len(lowered) - n - 1 :] if n < len(lowered) else lowered


def _best(story: Story, q: Quantity) -> tuple[frozenset[str], str] | None:
    """A best that was run (a time) or jumped or thrown (a length), as its clause says.

    The clause runs from the figure before to just past the figure after, in the sentence:
    "took silver in the 800m in a personal best of 2:06.73" was run.
    """
    lo, hi = story.sentences[story.sentence(q.start)]
    k = next(j for j, other in enumerate(story.qs) if other is q)
    start = max(lo, story.qs[k - 1].start if k else lo)
    end = min(hi, story.qs[k + 1].end + 20 if k + 1 < len(story.qs) else hi)
    e = _expectations()
    run = e.run_events.search(story.text, start, end) is not None
    field = e.field_events.search(story.text, start, end) is not None
    if run == field:
        return None
    return (frozenset({"time"}) if run else frozenset({"length"})), "around"


def _a(measure: str) -> str:
    return {"area": "an area", "data": "an amount of data", "energy": "an amount of energy"}.get(
        measure, f"a {measure}"
    )


def changed_measure(story: Story) -> Iterator[Finding]:
    """A change "from X to Y" whose ends measure different things: "from 1.6km/h to 2.5km".

    Example:
        >>> from newsnum import check
        >>> [f.surface for f in check("Its speed rose from 1.6km/h to 2.5km.")]
        ['2.5km']
        >>> check("Its speed rose from 1.6km/h to 2.5km/h.")
        []
    """
    text, qs = story.text, story.qs
    for k in story.followers:  # "from A to B" is written in one sentence
        a, b = qs[k - 1], qs[k]
        ma, mb = _measure(a.unit), _measure(b.unit)
        if ma is None or mb is None or ma == mb or ma not in _OBJECTS or mb not in _OBJECTS:
            continue
        if {ma, mb} == {"volume", "mass"}:
            continue  # "from 44 ml to 50 mg" of a drug: a dose may change its measure
        if _patterns().to_between.fullmatch(
            text, a.end, b.start
        ) and _patterns().from_before.search(text, max(0, a.start - 6), a.start):
            yield finding(
                story,
                "dimension-mismatch",
                b,
                f"{core(text, b)[1]} measures {_a(mb)}, but it is a change from "
                f"{core(text, a)[1]}, {_a(ma)}.",
                None,
                (a,),
            )


def odd_measure_in_list(story: Story) -> Iterator[Finding]:
    """The one measure of another kind in a list of three or more like ones.

    Example:
        >>> from newsnum import check
        >>> text = "It drinks 59 litres in France, 12 metres in the US and 3 litres in Japan."
        >>> [f.surface for f in check(text)]
        ['12 metres']
        >>> check("It drinks 59 litres in France, 12 litres in the US and 3 litres in Japan.")
        []
    """
    text, qs, join, at = story.text, story.qs, _patterns().list_join, story.in_sentence
    k = 0
    while k < len(qs):
        run = [k]
        while (
            run[-1] + 1 < len(qs)
            and at[run[-1]] == at[run[-1] + 1]  # a list is written in one sentence
            and join.fullmatch(text, qs[run[-1]].end, qs[run[-1] + 1].start)
        ):
            run.append(run[-1] + 1)
        k = run[-1] + 1
        if len(run) < 3:
            continue  # most runs: no list of three
        measures = [_measure(qs[j].unit) for j in run]
        if not all(m in _OBJECTS for m in measures):
            continue
        counts = Counter(measures)
        for j, m in zip(run, measures, strict=True):
            if counts[m] == 1 and len(counts) == 2:
                usual = next(x for x in measures if x != m)
                yield finding(
                    story,
                    "dimension-mismatch",
                    qs[j],
                    f"{core(text, qs[j])[1]} measures {_a(m or '')}, where the others "
                    f"in the list measure {_a(usual or '')}.",
                )


def product_measure(story: Story) -> Iterator[Finding]:
    """A size given as "A by B" or "A x B" whose sides are not both lengths: "12cm by 7.4kg".

    Example:
        >>> from newsnum import check
        >>> [f.surface for f in check("The console (12cm by 7.4kg) plays games.")]
        ['7.4kg']
        >>> check("The console (12cm by 7.4cm) plays games.")
        []
    """
    text, qs = story.text, story.qs
    for k in story.followers:  # "A by B" is written in one sentence
        a, b = qs[k - 1], qs[k]
        ma, mb = _measure(a.unit), _measure(b.unit)
        if ma is None or mb is None or ma == mb or "length" not in (ma, mb):
            continue
        if (
            ma not in _OBJECTS
            or mb not in _OBJECTS
            or not _patterns().by.fullmatch(text, a.end, b.start)
        ):
            continue
        odd, other = (b, a) if ma == "length" else (a, b)
        measure = mb if ma == "length" else ma
        yield finding(
            story,
            "dimension-mismatch",
            odd,
            f"{core(text, odd)[1]} measures {_a(measure)}, but it is a side of a size given "
            f"with {core(text, other)[1]}.",
            None,
            (other,),
        )


def split_time(story: Story) -> Iterator[Finding]:
    """A time written in two parts whose second part is no time: "four minutes 14.74 metres".

    Hours or minutes followed by another figure with only a space between read as one
    time ("2hr 5min", "four minutes 14.74 seconds" are joined into one quantity); a second
    part of another kind is a slip of its unit. Not after an adjective ("a 10-minute 5km
    run").

    Example:
        >>> from newsnum import check
        >>> [f.surface for f in check("She won in a time of four minutes 14.74 metres.")]
        ['14.74 metres']
        >>> check("She won in a time of four minutes 14.74 seconds.")
        []
    """
    text, qs = story.text, story.qs
    for k in story.followers:
        a, b = qs[k - 1], qs[k]
        if a.unit not in _words.TIME_HEADS or b.unit is None or _measure(b.unit) == "time":
            continue
        if text[a.end : b.start].strip(" \t") or "-" in a.surface or a.is_range:
            continue
        yield finding(
            story,
            "dimension-mismatch",
            b,
            f"{core(text, a)[1]} {core(text, b)[1]} reads as one time, but "
            f"{core(text, b)[1]} measures {_a(_measure(b.unit) or 'something else')}.",
            None,
            (a,),
        )
