"""The stages that make a quantity of a number, in order.

Each stage is a small function: a :class:`~newsnum.draft.Draft` in, a new draft (or the
same, when it does not apply) out, or None when the number turns out to be no quantity
("one of the best", a bare year). :data:`STAGES` lists them in the order they run; each
has an example in its docstring. To add a rule: write the stage, put it in the table,
and add a row to a table of cases in ``tests/test_extract.py``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import NamedTuple

from newsnum import numbers, units
from newsnum._data import units_news as _currencies
from newsnum._data import words as _words
from newsnum._regex import alternation
from newsnum.draft import SIDE, Draft, Stage, side
from newsnum.errors import NewsnumError
from newsnum.exclusions import is_year_like
from newsnum.ranges import range_end
from newsnum.window import (
    BEFORE_WORDS,
    QUOTES,
    Window,
    Word,
    age_bracket_before,
    alone,
    at_sentence_start,
    follows_on,
    lower_word_after,
    noun_after,
    noun_verb_after,
    per_noun,
    phrase_before,
    plural_or_mass,
    read_on,
    unit_at,
    window,
    word_ending_at,
    words_before,
)

__all__ = ["APPLIES", "FOLLOWS", "STAGES", "run"]


class _Patterns(NamedTuple):
    over: re.Pattern[str]
    plus_minus: re.Pattern[str]
    inches_after: re.Pattern[str]
    of_a: re.Pattern[str]
    times_per: re.Pattern[str]
    money_per: re.Pattern[str]
    count_per: re.Pattern[str]
    bound_after: re.Pattern[str]
    cents: re.Pattern[str]
    after_said_age: re.Pattern[str]
    comparative: re.Pattern[str]
    unit_or: re.Pattern[str]
    mark_after: re.Pattern[str]
    age_moved: re.Pattern[str]
    rate_adverb: re.Pattern[str]
    quarter_after: re.Pattern[str]
    hours_per: re.Pattern[str]
    hyphen_noun: re.Pattern[str]
    article_before: re.Pattern[str]
    one_in: re.Pattern[str]
    age_group: re.Pattern[str]
    someone_after: re.Pattern[str]
    ratio: re.Pattern[str]
    of_a_whole: re.Pattern[str]
    not_one_after: re.Pattern[str]
    margin: re.Pattern[str]
    qualifier: re.Pattern[str]


@cache
def _patterns() -> _Patterns:
    more = alternation(_words.BOUND_AFTER[">="])
    less = alternation(_words.BOUND_AFTER["<="])
    counts = alternation((*_words.NUMBER_SMALL, *_words.NUMBER_TENS))
    scales = alternation([w for w, (_, flags) in _words.SCALES.items() if "words" in flags])
    return _Patterns(
        over=re.compile(r"[ \t]+over[ \t]+", re.IGNORECASE),
        plus_minus=re.compile(r"[ \t]?(?:±|\+/-|\+/−|\+-)[ \t]?"),
        inches_after=re.compile(r"-([0-9]|1[01])(?![0-9.,/])"),
        of_a=re.compile(r" (?:of )?an? |-(?:of-)?an?-", re.IGNORECASE),  # "half-a-second"
        times_per=re.compile(r" times (?:per|a|an|each) ", re.IGNORECASE),
        money_per=re.compile(
            r"[ \u00a0](?:per|a|an|each|every|to the|against the|versus the)\b|/|-(?:a|an|per)-",
            re.IGNORECASE,
        ),
        count_per=re.compile(r" (?:per|a|an|each|every) ", re.IGNORECASE),
        bound_after=re.compile(
            r"(?P<a>\+(?![0-9])|[ -]plus\b(?![ ]+(?:[$£€¥₹0-9]|an?\b|the\b|[a-z]+-))"
            rf"|\s+(?:or|and)\s+(?:{more})\b(?!\s+than)"
            rf"|\s+(?:or|and)\s+(?:{less})\b(?!\s+than)|\s+or\s+so\b)",
            re.IGNORECASE,
        ),
        cents=re.compile(r"[0-9]+,[0-9]{2}"),
        after_said_age=re.compile(
            rf"[ \t]+(?:{alternation(_words.AFTER_SAID_AGE)})\b|[ \t]*(?:[,.;:!?)\"'”’-]|\Z)"
        ),
        comparative=re.compile(rf" (?:{alternation(_words.FRACTION_COMPARATIVES)})\b"),
        unit_or=re.compile(r"(?<![0-9] )\b[Aa]n? ([a-z]+) or \Z"),  # not "40 a day or one"
        mark_after=re.compile(r"[ -]mark\b"),
        hyphen_noun=re.compile(r"[a-z]+\b(?![-'’])"),
        hours_per=re.compile(r" (week|day)\b(?![-'’])"),
        quarter_after=re.compile(rf" (?:{alternation(_words.QUARTER_PERIOD_AFTER)})\b"),
        rate_adverb=re.compile(rf"[- ]({alternation(_words.RATE_ADVERBS)})\b", re.IGNORECASE),
        age_moved=re.compile(r"\bage(?: [A-Za-z']+){0,5} (?:from|to)(?: [0-9]{2,3} to)? \Z"),
        article_before=re.compile(r"\b(?:an?|the) (?:[A-Za-z-]+ )?\Z", re.IGNORECASE),
        one_in=re.compile(  # "one in four", "one in every ten", "one in a million"
            rf"[ \t]+in[ \t]+(?:[0-9]|every\b|an?[ \t]+(?:{scales})\b|(?:{counts})\b)",
            re.IGNORECASE,
        ),
        age_group=re.compile(
            r" age (?:group|groups|bracket|brackets|range|band|category|categories)\b"
        ),
        someone_after=re.compile(r"(,?) ([A-Za-z]+)(?:['’]m\b)?"),
        ratio=re.compile(
            r"[ \t]+(?:in|(?:times[ \t]+)?out[ \t]+of)(?:[ \t]+every)?[ \t]+", re.IGNORECASE
        ),
        # "a third of the country", "half the shares"; "a third (33%) of the workforce"
        of_a_whole=re.compile(
            rf" (?:of |(?:{alternation(_words.DETERMINERS - {'this', 'that'})})\b)"
            r"|[ ]?\([0-9][0-9.]*[ ]?(?:%|per[ ]?cent)\)",
            re.IGNORECASE,
        ),
        qualifier=re.compile(rf"[ ](?:{alternation(_words.COUNT_QUALIFIERS)})[ ]"),
        margin=re.compile(rf" (?:{alternation(_words.ONE_MARGINS)})\b"),
        not_one_after=re.compile(
            rf"[ -](?:{alternation(_words.NOT_ONE_AFTER)})\b"
            r"|'s\b|-off\b|-time\b|-sided\b|-(?:on|to)-one\b",
            re.IGNORECASE,
        ),
    )


def _second(d: Draft) -> Draft | None:
    """The draft of the number right after ``d``'s, with its own marks read."""
    w = d.w
    if w.next is None:
        return None
    return side(window(d.text, (w.num, w.next), 1))


def over(d: Draft) -> Draft:
    """A fraction written with "over": "one over three", "1 over 20" (not "$2000 over 3 years").

    Example:
        >>> from newsnum import extract
        >>> extract("one over four")[0].value
        Decimal('0.25')
    """
    w = d.w
    if w.next is None or d.unit is not None or w.num.kind == "vague" or w.next.kind == "vague":
        return d
    om = _patterns().over.match(d.text, d.end)
    if om is None or om.end() != w.next.start or w.next.value == 0:
        return d
    b = _second(d)
    if b is None or b.currency is not None or b.start != om.end() or b.unit is not None:
        return d
    return _divided(d, b)


def _divided(d: Draft, b: Draft) -> Draft:
    """One figure over the next, as one draft: "3/4", "one in three"."""
    return d.but(
        value=numbers.divide(d.value, b.value),
        end=b.end,
        used=2,
        number_span=(d.number_span[0], b.number_span[1]),
    )


def ratio(d: Draft) -> Draft:
    """One of so many: "one in three adults" is a third, "nine times out of ten" 0.9.

    Example:
        >>> from newsnum import extract
        >>> q = extract("one in four adults is obese")[0]
        >>> q.value, q.noun
        (Decimal('0.25'), 'adults')
    """
    w = d.w
    if d.used != 1 or d.unit is not None or w.next is None or w.num.kind not in ("words", "digits"):
        return d
    m = _patterns().ratio.match(d.text, d.end)
    if m is None or m.end() != w.next.start or w.next.kind not in ("words", "digits"):
        return d
    if is_year_like(w.next) or w.next.value != w.next.value.to_integral_value():
        return d  # "up from 13 in 2004"
    if w.num.scale is not None and w.next.scale is not None:
        return d  # "117 million out of 833 million handsets": two counts
    b = _second(d)
    if b is None or b.unit is not None or not 0 < d.value < b.value:
        return d
    return _divided(d, b)


def feet_inches(d: Draft) -> Draft:
    """A height written "6-foot-5": six feet and five inches, in inches.

    Example:
        >>> from newsnum import extract
        >>> q = extract("the 6-foot-5 forward")[0]
        >>> q.value, q.unit
        (Decimal('77'), 'inch')
    """
    if d.unit != "foot" or d.used != 1 or d.currency is not None:
        return d
    m = _patterns().inches_after.match(d.text, d.end)
    if m is None:
        return d
    return d.but(value=d.value * 12 + int(m.group(1)), unit="inch", end=m.end())


def plus_minus(d: Draft) -> Draft:
    """An uncertainty: "2,000.45±0.01 pounds", "9.83e-3 +/- 1e-5 km/s2".

    Example:
        >>> from newsnum import extract
        >>> q = extract("5±0.5 kg")[0]
        >>> q.lower, q.upper, q.unit
        (Decimal('4.5'), Decimal('5.5'), 'kilogram')
    """
    w = d.w
    if d.used != 1 or w.next is None or d.unit is not None:
        return d
    pm = _patterns().plus_minus.match(d.text, d.end)
    if pm is None or pm.end() != w.next.start or w.next.kind != "digits":
        return d
    b = _second(d)
    if b is None or b.start != pm.end() or b.currency is not None:
        return d
    lower, upper = d.value - abs(b.value), d.value + abs(b.value)
    return d.but(
        value=lower,
        lower=lower,
        upper=upper,
        end=b.end,
        used=2,
        unit=b.unit or d.unit,
        unit_span=b.unit_span or d.unit_span,
        number_span=(d.number_span[0], b.number_span[1]),
    )


def fraction_of_unit(d: Draft) -> Draft:
    """A fraction of one unit: "half a mile", "a quarter of a gallon", "quarter-of-an-hour".

    Example:
        >>> from newsnum import extract
        >>> q = extract("half a mile")[0]
        >>> q.value, q.unit
        (Decimal('0.5'), 'mile')
    """
    if d.used != 1 or d.unit is not None or not 0 < d.w.num.value < 1:
        return d
    am = _patterns().of_a.match(d.text, d.end)
    found = unit_at(d.text, am.end() - 1) if am is not None else None
    if found is None:
        return d
    span, name = found
    return d.but(unit=name, unit_span=span, end=span[1])


def frequency(d: Draft) -> Draft:
    """A frequency: "four times per week" is 4 per week.

    Example:
        >>> from newsnum import extract
        >>> extract("three times a day")[0].unit
        '1 / day'
    """
    if d.used != 1 or d.unit is not None:
        return d
    tm = _patterns().times_per.match(d.text, d.end)
    found = unit_at(d.text, tm.end() - 1) if tm is not None else None
    if found is None or units.dimension(found[1]) != "time":
        return d
    span, name = found
    return d.but(unit=f"1 / {name}", unit_span=(d.end + 1, span[1]), end=span[1])


def working_time(d: Draft) -> Draft:
    """Hours before "week" or "day" are hours per week or day: "a 35-hour week".

    Example:
        >>> from newsnum import extract
        >>> [(q.value, q.unit) for q in extract("a 35 hour week at £5.05")][0]
        (Decimal('35'), 'hour / week')
    """
    if d.unit != "hour" or d.text[d.end - 1] == "s":
        return d  # "a 35-hour week"; not "after 12 hours day one"
    m = _patterns().hours_per.match(d.text, d.end)
    if m is None:
        return d
    return d.but(unit=f"hour / {m.group(1)}", end=m.end())


def quarters_counted(d: Draft) -> Draft:
    """Quarters of a year counted, not a fraction: "growth two quarters ahead" is 2 quarters.

    Only with a word of time around them ("for two quarters", "two quarters in a row");
    "three quarters of voters" stays 0.75.

    Example:
        >>> from newsnum import extract
        >>> q = extract("an indicator of GDP growth two quarters ahead")[0]
        >>> q.value, q.noun
        (Decimal('2'), 'quarters')
        >>> extract("The economy has grown for six quarters")[0].value
        Decimal('6')
    """
    n, text = d.w.num, d.text
    written = text[n.start : n.end]
    if n.kind != "words" or not written.lower().endswith(" quarters") or d.unit is not None:
        return d
    if " and " in written.lower():
        return d  # "one and three quarters"
    after = _patterns().quarter_after.match(text, n.end) is not None
    if not after and d.w.word_before.lower() not in _words.QUARTER_PERIOD_BEFORE:
        return d
    return d.but(value=d.value * 4, noun_span=(n.end - len("quarters"), n.end))


def adverb_rate(d: Draft) -> Draft:
    """A frequency hyphenated to an adverb of a period: "twice-daily" is 2 per day.

    Example:
        >>> from newsnum import extract
        >>> q = extract("twice-daily physio sessions")[0]
        >>> q.value, q.unit
        (Decimal('2'), '1 / day')
    """
    if d.unit is not None or d.w.num.kind != "fold" or not d.text.startswith("-", d.end):
        return d  # not "a half-hourly service", "a three-monthly report": every so often
    m = _patterns().rate_adverb.match(d.text, d.end)
    if m is None or not m.group().startswith("-"):
        return d
    period = _words.RATE_ADVERBS[m.group(1).lower()]
    return d.but(unit=f"1 / {period}", unit_span=(d.end + 1, m.end()), end=m.end())


def count_rate(d: Draft) -> Draft:
    """A count per unit of time: "up to 200 per week", "one a week", "twice a year".

    Example:
        >>> from newsnum import extract
        >>> q = extract("at a rate of up to 200 per week")[0]
        >>> q.value, q.unit, q.upper
        (Decimal('200'), '1 / week', Decimal('200'))
    """
    if d.used != 1 or d.unit is not None or d.w.num.kind == "vague":
        return d
    return _per_period(d)


def _modifies_a_noun(text: str, end: int) -> bool:
    """Whether a lower-case word that is no stop word follows ``end`` ("weekly papers")."""
    word = lower_word_after(text, end)
    return word is not None and word not in _words.STOP_WORDS


def range_rate(d: Draft) -> Draft:
    """A range of counts per period: "between 7,000 and 8,000 annually", "5,000 to 6,000 a year".

    Read after the range's end, as :func:`count_rate` reads after one count.

    Example:
        >>> from newsnum import extract
        >>> q = extract("to cut between 7,000 and 8,000 annually")[0]
        >>> q.value, q.upper, q.unit
        (Decimal('7000'), Decimal('8000'), '1 / year')
        >>> extract("between 5,000 and 6,000 a year ago")[0].unit is None
        True
    """
    if d.used != 2 or d.unit is not None or d.w.num.kind == "vague":
        return d
    return _per_period(d)


def _per_period(d: Draft) -> Draft:
    """The count of a draft per the period after it: "a year", "per week", "annually"."""
    text = d.text
    per = _patterns().count_per.match(text, d.end)
    found = None if per is None else _period_or_thing(text, per)
    if found is None:
        adverb = _patterns().rate_adverb.match(text, d.end)
        if adverb is None or text[d.end] != " " or _modifies_a_noun(text, adverb.end()):
            return d  # not "three weekly papers": an adjective
        found = adverb.end(), _words.RATE_ADVERBS[adverb.group(1).lower()]
    end, name = found
    if units.ago_follows(text, end, name):
        return d  # "5,000 a year ago"
    return d.but(unit=f"1 / {name}", unit_span=(d.end + 1, end), end=end)


def _period_or_thing(text: str, per: re.Match[str]) -> tuple[int, str] | None:
    """What a count is per: a period ("a week", "each day", "a season") or, after "per", a thing.

    Example:
        >>> from newsnum import extract
        >>> [q.unit for q in extract("ratings of about 12 million per episode")]
        ['1 / episode']
    """
    found = unit_at(text, per.end() - 1)
    if found is not None:
        if units.dimension(found[1]) != "time" or units.ago_follows(text, found[0][1]):
            return None  # "up from 34 million a year ago": a time, not a rate
        return found[0][1], found[1]
    thing = per_noun(text, per.end() - 1, "per")  # "12 million per episode"
    if per.group().strip().lower() != "per":  # after "a", "each": a season or a game
        return thing if thing is not None and thing[1] in _words.COUNT_PERIODS else None
    if thing is None or numbers.scale_value(thing[1]) is not None:
        return None  # "eight people per thousand" is a ratio
    return thing


def vague_unit(d: Draft) -> Draft:
    """A vague amount of a unit: "billions of dollars", "thousands of years".

    "Pounds" after a vague amount are sterling, unless "of" follows ("thousands of pounds
    of explosives").

    Example:
        >>> from newsnum import extract
        >>> q = extract("hundreds of millions of pounds")[0]
        >>> q.lower, q.upper, q.unit
        (Decimal('100000000'), Decimal('1000000000'), 'GBP')
    """
    text = d.text
    if d.w.num.kind != "vague" or d.unit is not None or not text.startswith(" of ", d.end):
        return d
    found = unit_at(text, d.end + 3)
    if found is None:
        return d
    span, name = found
    if name == "pound" and (d.value >= 10**6 or not text.startswith(" of ", span[1])):
        name = "GBP"  # "billions of pounds of taxpayers' cash"; "thousands of pounds of cocaine"
    return d.but(unit=name, unit_span=span, end=span[1])


def coins(d: Draft) -> Draft:
    """Cents, pence and other coins fold into their currency: "19 cents" is 0.19 USD.

    Example:
        >>> from newsnum import extract
        >>> q = extract("250p")[0]
        >>> q.value, q.unit
        (Decimal('2.50'), 'GBP')
    """
    coin = None if d.unit is None else units.subunit(d.unit)
    if coin is None:
        return d
    code, factor = coin
    return d.but(
        unit=code,
        value=d.value * factor,
        lower=None if d.lower is None else d.lower * factor,
        upper=None if d.upper is None else d.upper * factor,
    )


#: The units of a share that may be given per period: "5% a year", "0.3 percentage points
#: each year".
_SHARE_UNITS = ("percent", "percentage_point")


def rate(d: Draft) -> Draft:
    """Money per unit: "$95 a barrel", "₹80/kg" (not "£3m a year earlier").

    And per another currency, an exchange rate: "$1.29 to the euro", "$1.8832 to the pound",
    "$1.3280 against the euro"; or a bare rate after the currency it prices is named: "the
    yen dropped to 141.60 per euro" (JPY / EUR).

    Example:
        >>> from newsnum import extract
        >>> extract("$95 a barrel")[0].unit
        'USD / barrel'
    """
    if d.unit is None:
        return _rate_of_a_currency(d)
    share = d.unit in _SHARE_UNITS
    if not (share or units.is_currency(d.unit)):
        return d
    per = _patterns().money_per.match(d.text, d.end)
    if per is None:
        return _adverb_period(d)
    found = units.match_unit(d.text, per.end())
    if found is None and not share:
        found = per_noun(d.text, per.end(), per.group().strip())  # "138p a share"
    if found is None and per.group().endswith("-"):  # "a A$4.17-a-share takeover"
        m = _patterns().hyphen_noun.match(d.text, per.end())
        found = (m.end(), m.group()) if m and m.group() in _words.PER_NOUNS else None
    if found is None or units.ago_follows(d.text, found[0], found[1]):
        return d
    said = per.group().strip().lower()
    if said in _EXCHANGE_ONLY and found[1] == "pound":
        found = found[0], "GBP"  # "$1.8832 to the pound": sterling
    money = units.is_currency(found[1])
    if (money and said not in ("per", *_EXCHANGE_ONLY)) or (said in _EXCHANGE_ONLY and not money):
        return d  # "$1.364 per euro", "$1.29 to the euro" are exchange rates; "£5 a dollar" none
    if share and units.dimension(found[1]) != "time":
        return d  # "5% a year" is a rate; "5% a share" is not
    span = d.unit_span if d.currency is None and d.unit_span is not None else None
    unit_span = (span[0], found[0]) if span is not None else d.unit_span
    d = d.but(unit=f"{d.unit} / {found[1]}", end=found[0], unit_span=unit_span)
    return d if _a_period(found[1]) else _then_per_period(d)


def _a_period(name: str) -> bool:
    """Whether a unit read after "per" or "a" is a period ("year"), not a thing ("child")."""
    try:
        return units.dimension(name) == "time"
    except NewsnumError:
        return False  # a thing counted, not a unit: "per child"


def _then_per_period(d: Draft) -> Draft:
    """Money per thing, then per a period: "$17 per child per year".

    Example:
        >>> from newsnum import extract
        >>> extract("they spend $17 per child per year")[0].unit
        'USD / child / year'
    """
    per = _patterns().money_per.match(d.text, d.end)
    found = None if per is None else units.match_unit(d.text, per.end())
    if found is None or not _a_period(found[1]):
        return d
    if units.ago_follows(d.text, found[0], found[1]):
        return d
    unit_span = None if d.unit_span is None else (d.unit_span[0], found[0])
    return d.but(unit=f"{d.unit} / {found[1]}", end=found[0], unit_span=unit_span)


def _rate_of_a_currency(d: Draft) -> Draft:
    """A bare rate of a currency named before it, against another: "141.60 per euro".

    "The yen dropped to 141.60 per euro" is JPY / EUR; "the yuan is pegged to a rate of
    8.28 to the dollar" CNY / USD. The currency is named at most 80 characters before.

    Example:
        >>> from newsnum import extract
        >>> [q.unit for q in extract("The yen, meanwhile, dropped to 141.60 per euro.")]
        ['JPY / EUR']
        >>> [q.unit for q in extract("It rose 8.28 to the finish")]
        [None]
    """
    n, text = d.w.num, d.text
    if n.plain or n.kind != "digits" or n.scale is not None or d.used != 1:
        return d  # most bare numbers: whole, or words; an exchange rate has decimals
    if "." not in text[n.start : n.end]:
        return d
    per = _patterns().money_per.match(text, d.end)
    if per is None or per.group().strip().lower() not in ("per", *_EXCHANGE_ONLY):
        return d
    found = units.match_unit(text, per.end())
    if found is None or not units.is_currency(found[1]) or "_" in found[1]:
        return d
    pattern, codes = _currency_names()
    names = list(pattern.finditer(text, max(0, n.start - 80), n.start))
    base = codes.get(names[-1].group(1).lower()) if names else None
    if base is None or base == found[1]:
        return d
    return d.but(unit=f"{base} / {found[1]}", unit_span=(per.start() + 1, found[0]), end=found[0])


@cache
def _currency_names() -> tuple[re.Pattern[str], dict[str, str]]:
    """The one-word names of currencies ("yen", "yuan", "euro", "sterling"), and their codes."""
    codes = {
        word.lower(): code
        for word, code in _currencies.CURRENCY_WORDS.items()
        if word.isalpha() and "_" not in code
    }
    return re.compile(rf"\b({alternation(codes)})\b", re.IGNORECASE), codes


def _adverb_period(d: Draft) -> Draft:
    """An adverb of a period after an amount makes it a rate: "£250m yearly for clubs".

    Not before a noun, where the adverb is an adjective: "a £39.99 monthly price tag".

    Example:
        >>> from newsnum import extract
        >>> [q.unit for q in extract("up to £250m yearly for clubs; a £39.99 monthly fee")]
        ['GBP / year', 'GBP']
    """
    m = _patterns().rate_adverb.match(d.text, d.end)
    if m is None or not m.group().startswith(" "):
        return d
    if lower_word_after(d.text, m.end()):
        return d  # a noun after it
    period = _words.RATE_ADVERBS[m.group(1).lower()]
    return d.but(unit=f"{d.unit} / {period}", end=m.end())


#: What joins an amount to the other currency of an exchange rate, and nothing else:
#: "$1.29 to the euro", "$1.3280 against the euro", "$1.3652 versus the euro".
_EXCHANGE_ONLY = ("to the", "against the", "versus the")


def _hedge_phrase(d: Draft) -> tuple[str, int] | None:
    """The hedge written before the quantity ("more than", "about"), if any."""
    text, start = d.text, d.start
    quoted = start > 0 and text[start - 1] in QUOTES
    if start == d.w.num.start and not quoted:
        before, asked = d.w.before, BEFORE_WORDS
    else:
        before, asked = words_before(text, start, 1, quote=True), 1
    longest = _hedge_ends().get(before[-1].text.lower(), 0) if before else 0
    if not longest:
        return None  # most numbers follow a word that ends no hedge
    if longest > len(before) == asked:  # read on from the first word read (else none more)
        before = words_before(text, before[0].start, longest - len(before)) + before
    return phrase_before(before, _words.HEDGES)


@cache
def _hedge_ends() -> dict[str, int]:
    """The last word of each hedge, and the most words of a hedge ending with it."""
    ends: dict[str, int] = {}
    for phrase in _words.HEDGES:
        words = phrase.split()
        ends[words[-1]] = max(ends.get(words[-1], 0), len(words))
    return ends


@cache
def _age_ends() -> frozenset[str]:
    return frozenset(phrase.split()[-1] for phrase in _words.AGE_PHRASES)


def _spread_over(d: Draft, over_at: int) -> bool:
    """Whether "over" means "across": "rose 150% over three years", "£8bn over five years".

    Right after another quantity it always does; before a duration it does unless a verb
    or preposition asks for a length of time ("jailed for over 25 years").
    """
    text, floor = d.text, d.w.floor
    if floor and text[floor:over_at].strip() == "":
        return True
    if d.unit is None or units.dimension(d.unit) != "time":
        return False
    before = words_before(text, over_at, 1)
    if before:
        return before[0].text.lower() not in _words.MORE_THAN_OVER
    head = text[max(0, over_at - 3) : over_at].rstrip()
    return bool(head) and (head[-1].isalnum() or head[-1] == "%")  # "rose 150% over"


def point_fraction(d: Draft) -> Draft:
    """A fraction before "point" is a change in percentage points: "a quarter-point rise".

    Spaced too: "voted for a quarter point rise".

    Example:
        >>> from newsnum import extract
        >>> [(q.value, q.unit) for q in extract("three quarter-point rate rises")]
        [(Decimal('3'), None), (Decimal('0.25'), 'percentage_point')]
    """
    if d.unit is not None or not 0 < d.value < 1:
        return d
    if not d.text.startswith(("-point", " point"), d.end):
        return d  # "a 56-point lead" is a count of points
    end = d.end + len("-point")
    if end < len(d.text) and d.text[end].isalpha():
        return d
    return d.but(unit="percentage_point", unit_span=(d.end + 1, end), end=end)


def race_time(d: Draft) -> Draft:
    """A bare figure in hundredths after words of a race is a time in seconds.

    "clocked 7.98", "a season's best of 7.48", "took gold in 46.45"; not "a rate of 7.48".

    Example:
        >>> from newsnum import extract
        >>> [(q.value, q.unit) for q in extract("Boyle set a season's best of 7.48.")]
        [(Decimal('7.48'), 'second')]
    """
    n, text = d.w.num, d.text
    if n.plain or d.unit is not None or d.start != n.start:
        return d  # most figures: "575", with no decimal point
    if not _hundredths(text[n.start : n.end]):
        return d
    before = d.w.word_before.lower()
    if before not in _words.RACE_CLOCK_VERBS:
        two = words_before(text, n.start, 2) if before in ("of", "in") else ()
        if len(two) != 2 or two[0].text.lower() not in _words.RACE_TIME_NOUNS:
            return d
    return d.but(unit="second")


def _hundredths(figure: str) -> bool:
    """Whether a figure is written to two decimal places, below 100: "7.48", "21.00"."""
    whole, point, cents = figure.partition(".")
    return (
        bool(point)
        and len(cents) == 2
        and cents.isdigit()
        and 0 < len(whole) <= 2
        and (whole.isdigit())
    )


def time_mark(d: Draft) -> Draft | None:
    """A duration before "mark" is a point on a clock, no quantity: "the half-hour mark".

    Example:
        >>> from newsnum import extract
        >>> extract("just before the half-hour mark, he scored")
        []
        >>> [q.unit for q in extract("the $50 mark")]
        ['USD']
    """
    if d.unit is None or not _patterns().mark_after.match(d.text, d.end):
        return d
    return None if units.dimension(d.unit) == "time" else d


def unit_before_or(d: Draft) -> Draft:
    """A count after "a <unit> or" shares the unit: "within a year or two", "a day or two".

    Example:
        >>> from newsnum import extract
        >>> [(q.value, q.unit) for q in extract("back within a year or two")]
        [(Decimal('2'), 'year')]
    """
    n, text = d.w.num, d.text
    if not (n.plain or n.kind == "words") or d.unit is not None or d.w.word_before != "or":
        return d
    if d.start != n.start:
        return d
    m = _patterns().unit_or.search(text, max(0, n.start - 24), n.start)
    if m is None:
        return d
    found = unit_at(text, m.start(1) - 1)
    if found is None or found[0][1] != m.end(1):
        return d
    return d.but(unit=found[1])


def age_bracket(d: Draft) -> Draft:
    """An age bracket hyphenated to "over" or "under": "the over-50 demographic".

    Example:
        >>> from newsnum import extract
        >>> q = extract("an under-21 side")[0]
        >>> q.value, q.unit, q.upper
        (Decimal('21'), 'year', Decimal('21'))
        >>> extract("£50 for the over-70s")[1].surface
        'over-70s'
        >>> extract("the under-five category")[0].surface
        'under-five'
    """
    n, text = d.w.num, d.text
    if not (n.plain or n.kind == "words") or d.unit is not None or d.start != n.start:
        return d
    plural = text[d.end : d.end + 1] == "s"  # "the over-70s", "Under 16s would not face"
    found = age_bracket_before(text, n.start, spaced=plural)
    if found is None or not 5 <= d.value < 100:
        return d
    end = d.end + 1 if plural else d.end
    return d.but(unit="year", bound=found[0], start=found[1], end=end)


def hedge(d: Draft) -> Draft:
    """A hedge before the quantity: "more than 70", "about 2,000", "up to 40".

    Not "up to" after a verb of rising ("the rate ticked up to 6.2%": a new level), nor
    "over" that means "across" ("rose 150% over three years"). Before a range, only
    "about" and its kin count ("about 21-24 centimeters").

    Example:
        >>> from newsnum import extract
        >>> q = extract("more than 70 kilometers")[0]
        >>> q.bound, q.lower
        ('>', Decimal('70'))
    """
    found = _hedge_phrase(d)
    if found is None:
        return d
    phrase, start = found
    if phrase == "up to":
        verb = words_before(d.text, start, 1)
        if verb and verb[0].text.lower() in _words.RISE_VERBS:
            return d
    if phrase == "over" and _spread_over(d, start):
        return d
    bound = _words.HEDGES[phrase]
    if d.used == 2 and d.lower is not None and d.upper is not None:
        return d.but(bound="~", start=start) if bound == "~" else d
    if d.used != 1:
        return d.but(hedge=phrase)
    if d.w.num.kind == "vague" and bound == "=":
        bound = "~"
    return d.but(hedge=phrase, bound=bound, start=start)


def bound_after(d: Draft) -> Draft:
    """A bound written after the figure: "20 or more", "5 plus", "40+", "10 or so".

    A unit after the bound is the figure's: "15+ hours", "10 or more years"; so is a period
    after money or a share: "30% or more per month".

    Example:
        >>> from newsnum import extract
        >>> q = extract("20 or more people")[0]
        >>> q.bound, q.lower
        ('>=', Decimal('20'))
    """
    am = _patterns().bound_after.match(d.text, d.end)
    if am is not None and d.used == 1 and d.bound == "=":
        said = am.group("a").lower().split()
        if "so" in said:
            bound = "~"
        elif any(w in said for w in _words.BOUND_AFTER["<="]):
            bound = "<="
        else:
            bound = ">="
        d = d.but(bound=bound, end=am.end())
        found = unit_at(d.text, am.end()) if d.unit is None else None
        if found is not None:  # "15+ hours", "10 or more years"
            d = d.but(unit=found[1], unit_span=found[0], end=found[0][1])
        elif d.unit is not None and "/" not in d.unit:
            d = rate(d)  # "30% or more per month", "£5 or more a week"
    return d


def bound_ends(d: Draft) -> Draft:
    """A bound is an end of the quantity's range: "more than 70" is at least 70.

    Example:
        >>> from newsnum import extract
        >>> q = extract("under 5 km")[0]
        >>> q.bound, q.upper
        ('<', Decimal('5'))
    """
    if d.bound in (">", ">=") and d.lower is None:
        return d.but(lower=d.value)
    if d.bound in ("<", "<=") and d.upper is None:
        return d.but(upper=d.value)
    return d


def age(d: Draft) -> Draft:
    """A bare figure that is someone's age is in years: "aged 17", "Jane Doe, 73,".

    Example:
        >>> from newsnum import extract
        >>> extract("Narendra Modi, 73, said")[0].unit
        'year'
        >>> extract("Natalie Appleton,31, walked out")[0].unit
        'year'
    """
    n = d.w.num
    if d.unit is not None or not (_is_age(d) if n.plain else _spelled_age(d) or _turns(d)):
        return d
    return d.but(unit="year")


def _turns(d: Draft) -> bool:
    """An age after "turns": "before he turns 35", "turned seven"; not "turned 3 wins into".

    Example:
        >>> from newsnum import extract
        >>> [q.unit for q in extract("He will retire before he turns 35.")]
        ['year']
    """
    if d.start != d.w.num.start:
        return False
    word = d.w.word_before.lower()
    verb = word in _words.AGE_VERBS
    if not (verb or word in _age_subject_ends() or word in _words.AGE_ADVERBS):
        return False  # most numbers follow no word that can say an age
    if not (0 < d.value < 130 and d.value == d.value.to_integral_value()):
        return False
    return not lower_word_after(d.text, d.end) if verb else _said_age(d)


def _said_age(d: Draft) -> bool:
    """An age after a person and a verb "to be": "I'm 30 now", "who was 84 when".

    Not before a word that may make it a score or a count: "he is 3 under par".

    Example:
        >>> from newsnum import extract
        >>> [q.unit for q in extract("I'm 30 now.")], [q.unit for q in extract("he is 3 under par")]
        (['year'], [None])
        >>> [q.unit for q in extract("I'm only 27 and don't remember it")]
        ['year']
        >>> [q.unit for q in extract("Hingis was 22 when she retired")]
        ['year']
    """
    word = d.w.word_before.lower()
    adverb = word in _words.AGE_ADVERBS  # "I'm only 27"
    if word not in _age_subject_ends() and not adverb:
        return False
    if _patterns().after_said_age.match(d.text, d.end) is None:
        return False
    words = read_on(d.text, d.w.before, 4 if adverb else 3)
    if phrase_before(words[:-1] if adverb else words, _words.AGE_SUBJECTS) is not None:
        return True
    return _named_when(d, words)


def _named_when(d: Draft, words: tuple[Word, ...]) -> bool:
    """A name, "was" or "is", the figure and "when": "Hingis was 22 when she retired"."""
    if len(words) < 2 or words[-1].text not in ("was", "is") or not 10 <= d.value < 120:
        return False
    name = words[-2].text
    return (
        name[0].isupper()
        and name.lower() not in _words.STOP_WORDS
        and d.text.startswith(" when ", d.end)
    )


@cache
def _age_subject_ends() -> frozenset[str]:
    return frozenset(phrase.split()[-1] for phrase in _words.AGE_SUBJECTS)


def _spelled_age(d: Draft) -> bool:
    """Whether a spelled number is an age: only where words say so.

    "aged seven", "from the age of seven", "children under seven", "between the ages of six
    and 11"; not "who was one of the best".
    """
    text, start = d.text, d.start
    if start != d.w.num.start and _words.AGE_WORDS & set(text[start : d.w.num.start].split()):
        return True
    nearest = d.w.before[-1:] if start == d.w.num.start else words_before(text, start, 1)
    word = nearest[0].text.lower() if nearest else ""
    if word not in _age_ends() and word not in _words.AGE_GROUPS:
        return False  # most spelled numbers follow a word that ends no age phrase
    before = words_before(text, nearest[0].start, 2) + nearest
    phrase = phrase_before(before, _words.AGE_PHRASES)
    return (phrase is not None and phrase[0].split()[0] in _words.AGE_WORDS) or _group_bound(
        d, before
    )


def _is_age(d: Draft) -> bool:
    """Whether a bare figure is an age: after "aged", or a name or person and a comma."""
    text, start, end, value = d.text, d.start, d.end, d.value
    if not 0 < value < 130 or (d.upper is not None and d.upper >= 130):
        return False
    nearest = d.w.before[-1:] if start == d.w.num.start else words_before(text, start, 1)
    word = nearest[0].text.lower() if nearest else ""
    if word in _age_ends() or (start != d.w.num.start and word in _words.AGE_GROUPS):
        before = words_before(text, nearest[0].start, 2) + nearest  # three words
        if phrase_before(before, _words.AGE_PHRASES) or _group_bound(d, before):
            return True
    if _patterns().age_group.match(text, end):
        return True  # "the 25-40 age group", "the 18-24 bracket"
    if text.endswith(("from ", "to "), 0, start) and _patterns().age_moved.search(
        text, max(0, start - 60), start
    ):
        return True  # "raise the pension age for council workers from 60 to 65"
    if _at_opening(d):
        return True  # "At 23, Henson has the rugby world at his feet"
    if _turns(d):
        return True
    if start != d.w.num.start and _words.AGE_WORDS & set(
        text[start : d.w.num.start].lower().split()
    ):
        return True  # "aged between 25 and 40", "between the ages of 10 and 17"
    comma = _aside_comma(text, start)
    if comma is not None and _closed(text, end):
        word = word_ending_at(text, comma)
        if word and (word[0].isupper() or word.lower() in _words.PERSONS):
            return True
        # "the pope, 87," / "a nurse, 41," / "The veteran film-maker, 68,": someone named by
        # a noun after an article, and at most one word between
        head = comma - len(word)
        if head > 1 and text[head - 1] == "-":  # "film-maker": from the hyphenated word's start
            head = text.rfind(" ", 0, head - 1) + 1
        article = words_before(text, head, 2) if word else ()
        return value < 120 and any(w.text.lower() in ("the", "a", "an") for w in article)
    if start >= 2 and text[start - 2 : start] == " (" and text.startswith(")", end):
        last = words_before(text, start - 1, 1)
        return bool(last) and last[0].text[:1].isupper()
    return False


def _at_opening(d: Draft) -> bool:
    """Whether "At" opens the sentence with the figure, before someone: an age.

    "At 101, he chuckles", "At 34 I'm showing my age", "At 23, Henson has" (a name after a
    comma); not "At 11, the troops" (a time), nor "At 10 Downing Street".
    """
    n, text = d.w.num, d.text
    if d.w.word_before != "At" or not at_sentence_start(text, n.start - 3):
        return False
    m = _patterns().someone_after.match(text, n.end)
    if m is None:
        return False
    word = m.group(2)
    if word in _words.PRONOUNS:
        return True  # "At 101, he chuckles", "At 34 I'm showing my age"
    return bool(m.group(1)) and word[0].isupper() and word.lower() not in _words.STOP_WORDS


def _aside_comma(text: str, start: int) -> int | None:
    """Where the comma that opens an aside before a figure is: "Doe, 73", "Agassi, now 34".

    Also glued to the name before it: "Natalie Appleton,31," (a slip of the keys).
    """
    if text[start - 6 : start] == ", now ":
        return start - 6
    if start >= 2 and text[start - 2 : start] == ", ":
        return start - 2
    if text[start - 1 : start] == "," and text[start - 2 : start - 1].isalpha():
        return start - 1
    return None


def _closed(text: str, end: int) -> bool:
    """Whether an aside ends after a figure: "Jane Doe, 73," or "Leblanc, 17 - who"."""
    return end == len(text) or text[end] in ",)." or text.startswith((" - ", " – ", " — "), end)


def _group_bound(d: Draft, before: tuple[Word, ...]) -> bool:
    """A bound on the age of a group of people: "pupils under 16", "people over 65"."""
    if d.hedge is None or d.bound not in ("<", ">", "<=", ">=") or not before:
        return False  # the quantity starts at its hedge: the group is the word before
    return before[-1].text.lower() in _words.AGE_GROUPS


def noun(d: Draft) -> Draft:
    """The noun a count counts ("575 tanks"), or what a measure measures ("of territory").

    Example:
        >>> from newsnum import extract
        >>> extract("575 tanks were lost")[0].noun
        'tanks'
    """
    if d.w.num.kind == "fold":
        return d  # "a fourfold rise": a multiplier counts nothing
    if d.w.num.kind == "vague":  # "thousands of people"; "several hundred UK citizens"
        once = d.text[d.w.num.end - 1] != "s" or _patterns().qualifier.match(d.text, d.end)
        written_once = bool(once) and d.unit is None  # or "billions more addresses"
        span = noun_after(d.text, d.end, written_once)
    elif d.unit is None or not units.is_currency(d.unit):
        span = noun_after(d.text, d.end, d.unit is None, single=d.value == 1)
        if span is None and d.unit is None and d.w.num.kind == "words" and d.value > 1:
            span = noun_verb_after(d.text, d.end)  # "play two shows at the venue"
    else:
        return d
    return d if span is None else d.but(noun_span=span)


def noun_rate(d: Draft) -> Draft:
    """A count of things per unit of time: "10,000 cars a year", "300 people each day".

    A measure of something per unit of time too: "5 million tonnes of LNG a year", or an
    adverb of a period after it ("7.5 million tonnes of LPG annually"). Not when "ago" or
    "earlier" follows ("40 people a year ago").

    Example:
        >>> from newsnum import extract
        >>> q = extract("it makes 10,000 cars a year")[0]
        >>> q.value, q.unit, q.noun, q.surface
        (Decimal('10000'), '1 / year', 'cars', '10,000 cars a year')
        >>> q = extract("taking 5 million tonnes of LNG a year")[0]
        >>> q.unit, q.noun, q.surface
        ('metric_ton / year', 'LNG', '5 million tonnes of LNG a year')
    """
    if d.noun_span is None or d.noun_span[0] < d.end or (d.unit is not None and "/" in d.unit):
        return d
    adverb = _patterns().rate_adverb.match(d.text, d.noun_span[1])
    if adverb is not None and adverb.group().startswith(" "):  # "of LPG annually"
        name = _words.RATE_ADVERBS[adverb.group(1).lower()]
        if d.unit is None:  # "12.4 million visitors annually"
            return d.but(
                unit=f"1 / {name}", unit_span=(adverb.start() + 1, adverb.end()), end=adverb.end()
            )
        return d.but(unit=f"{d.unit} / {name}", end=adverb.end())
    per = _patterns().count_per.match(d.text, d.noun_span[1])
    found = None if per is None else _period_or_thing(d.text, per)
    if per is None or found is None:
        return d
    end, name = found
    if units.ago_follows(d.text, end, name):
        return d
    if d.unit is None:
        return d.but(unit=f"1 / {name}", unit_span=(per.start() + 1, end), end=end)
    if unit_at(d.text, per.end() - 1) is None:
        return d  # "10 tonnes of coal per tanker": a thing, no period
    return d.but(unit=f"{d.unit} / {name}", end=end)


def plausible_words(d: Draft) -> Draft | None:
    """A spelled-out number is a count, not a pronoun or an idiom.

    A number that stands alone always counts; a lone "half" needs a hedge ("more than
    half") or a whole ("half of the shares", "half the country"); "one" counts only where
    the words around make it a count ("only one survivor", "by one vote", "one more", "three
    golds and one bronze"), not where it means "a" ("one big question", "one day").

    Example:
        >>> from newsnum import extract
        >>> extract("one of the best"), extract("In one initiative, staff were locked out")
        ([], [])
        >>> [q.noun for q in extract("Iran has only one mobile network")]
        ['mobile network']
    """
    n, text = d.w.num, d.text
    if n.kind == "words" and d.unit == "day" and text[n.start : n.end].lower() == "one":
        hyphenated = text.startswith("-", n.end)  # "one-day discount sales": an adjective
        counts = hyphenated or _one_counts(d) or d.hedge is not None or _day_before_a_noun(d)
        return d if counts else None  # "one day he will"; "a one day strike"
    if n.kind != "words" or d.unit is not None or alone(text, n.start, n.end):
        return d
    hedged = d.hedge is not None or d.used == 2 or d.value < 0
    spelled = " ".join(text[n.start : n.end].lower().split())
    before = d.w.word_before.lower()
    if spelled.endswith("th") and before in _words.DETERMINERS:
        return None  # "the one hundredth anniversary" is an ordinal
    if _ordinal_with_noun(spelled, d):
        return None  # "a fifth appearance", "a third party"
    if spelled in _words.LONE_FRACTIONS:
        p = _patterns()
        ok = hedged or before == "by" or p.of_a_whole.match(text, n.end) is not None
        ok = ok or p.comparative.match(text, n.end) is not None  # "a third more than"
        return d if ok else None  # "a third of the country", "half the shares", "fell by a third"
    preposition = d.hedge in _words.PREPOSITION_HEDGES
    if preposition and spelled == "one" and text.startswith(" of the ", n.end):
        return None  # "a film around one of the genre's figures": a preposition, a pronoun
    if spelled != "one" or hedged or _patterns().one_in.match(text, n.end):
        return d  # "one in four adults"
    if text[n.start - 1 : n.start] == "-":
        return None  # "no-one"
    if text.startswith(" more ", n.end) and before not in _words.NOT_ONE_BEFORE:
        counted = _counted_more(d)  # "one more game"; not "one more time"
        if counted is not None:
            return d if counted else None
    if before == "for" and text.startswith(",", n.end):
        return None  # "Jonathan Ross, for one, will be happy": an idiom
    if before in _words.ONE_COUNT_BEFORE and not text.startswith(" of ", n.end):
        return None if _the_only(d) else d  # "only one side", "by one vote"
    if _margin(d):
        return d  # "one place ahead of", "one point behind"
    if _patterns().not_one_after.match(text, n.end) or before in _words.NOT_ONE_BEFORE:
        return None
    return d if _one_counts(d) else None


def _margin(d: Draft) -> bool:
    """Whether "one", or "one" and a noun it is counted in, is a margin: "one level below".

    Example:
        >>> from newsnum import extract
        >>> [q.noun for q in extract("now one notch below investment grade")]
        ['notch']
    """
    end, span, text = d.w.num.end, d.noun_span, d.text
    if span is not None and span[0] == end + 1:
        if text[span[0] : span[1]].lower() not in _words.MARGIN_NOUNS:
            return False
        end = span[1]
    return _patterns().margin.match(text, end) is not None


def _ordinal_with_noun(spelled: str, d: Draft) -> bool:
    """An ordinal before a singular noun is no fraction: "a fifth appearance"."""
    words = spelled.split()
    if len(words) != 2 or words[0] not in ("a", "an"):
        return False
    if words[1] not in _words.ORDINAL_DENOMINATORS:
        return False
    if d.noun_span is None:  # "an eighth Paris firm": an ordinal before a name
        return d.text[d.w.num.end : d.w.num.end + 2].strip()[:1].isupper()
    if d.noun_span[0] != d.w.num.end + 1:
        return False  # "a third of people" is a fraction
    noun = d.text[d.noun_span[0] : d.noun_span[1]]
    return not plural_or_mass(noun.split()[-1])  # "a fifth series" is an ordinal


def _counted_more(d: Draft) -> bool | None:
    """Whether "one more" counts the noun after it: "one more game", not "one more time".

    None when no noun follows: the words before decide ("even one more").

    Example:
        >>> from newsnum import extract
        >>> [q.noun for q in extract("He played one more game")], extract("one more time")
        (['game'], [])
    """
    span = d.noun_span
    if span is None:
        return None
    return d.text[span[0] : span[1]].lower() not in _words.NOT_ONE_AFTER


def _day_before_a_noun(d: Draft) -> bool:
    """Whether "one day" modifies a singular noun after an article: "a one day strike".

    Not after a verb ("you will one day captain your country").

    Example:
        >>> from newsnum import extract
        >>> [q.unit for q in extract("a co-ordinated one day strike")], extract("one day soon")
        (['day'], [])
    """
    start = d.w.num.start
    if _patterns().article_before.search(d.text, max(0, start - 30), start) is None:
        return False
    span = noun_after(d.text, d.end, True)
    if span is None or span[0] != d.end + 1:
        return False
    noun = d.text[span[0] : span[1]]
    return noun[-1:] != "s" and noun not in _words.MASS_NOUNS


def _one_counts(d: Draft) -> bool:
    """Whether "one" counts: "only one survivor", "one more book", "three golds and one bronze"."""
    n, text = d.w.num, d.text
    before = d.w.word_before.lower()
    if before in _words.ONE_COUNT_BEFORE or before in ("a", "an"):
        return True  # "just one survivor"; "a one day strike", "a one man band"
    if before in _change_verbs() and d.noun_span is not None:
        return True  # "fell one place", "lose one game": a change by one
    if text.startswith((" single ", " sole "), n.end):
        return True  # "down one single line"
    if text.startswith((" or two", " or 2"), n.end):
        return True  # "one or two players": a count of one or two
    if text.startswith("-", n.end) and d.noun_span is not None:
        return True  # "a one-disc version", "a one-match ban"
    if d.noun_span is not None and before.isalpha():  # "It just took one jackass to shout"
        two = words_before(text, n.start, 2)
        if len(two) == 2 and two[0].text.lower() in _words.ONE_COUNT_ADVERBS:
            return True
    if before not in ("and", "or"):
        return False
    prev = d.w.prev
    if prev is None or n.start - prev.end >= 40:
        return False
    # a list of counts; but "one for parents' gifts and one for gifts" pairs two pronouns
    return not (prev.kind == "words" and prev.value == 1 and d.noun_span is None)


@cache
def _change_verbs() -> frozenset[str]:
    return frozenset(_words.CHANGE_VERBS)


def _the_only(d: Draft) -> bool:
    """Whether "one" follows "the only": a pronoun ("the only one to confess")."""
    if d.w.word_before.lower() != "only":
        return False
    two = words_before(d.text, d.w.num.start, 2)
    return len(two) == 2 and two[0].text.lower() == "the"


def bare_year(d: Draft) -> Draft | None:
    """A bare figure from 1000 to 2100 with nothing to make it a quantity is a year.

    A duration read past a word does not make it one ("the 2005 model years").

    Example:
        >>> from newsnum import extract
        >>> extract("in 2004 the firm grew")
        []
        >>> extract("cars of the 2005 model years")
        []
    """
    n = d.w.num
    if d.w.strict or d.used != 1:
        return d
    if d.unit is not None and not _duration_past_a_word(d):
        return d
    if d.hedge is not None and (
        d.hedge not in _words.YEAR_HEDGES or bool(lower_word_after(d.text, d.end))
    ):
        return d  # "about 2,000", "around 2000 people"; but "optimistic about 2005"
    return None if is_year_like(n) else d


def _duration_past_a_word(d: Draft) -> bool:
    """Whether the unit is a duration written a word after the figure ("2 wonderful years")."""
    span, unit = d.unit_span, d.unit
    return (
        span is not None
        and unit is not None
        and span[0] > d.w.num.end + 1
        and (units.dimension(unit) == "time")
    )


def decimal_cents(d: Draft) -> Draft:
    """A decimal comma before cents ("€12,50") is no grouping slip: the cents reading first.

    Example:
        >>> from newsnum import extract
        >>> extract("It costs €12,50.")[0].value
        Decimal('12.50')
    """
    n = d.w.num
    suggestions = d.suggestions
    if n.malformed and d.is_money and _patterns().cents.fullmatch(d.text, n.start, n.end):
        cents = [s for s in suggestions if s.as_tuple().exponent == -2]
        suggestions = (*cents, *(s for s in suggestions if s not in cents))
        d = d.but(suggestions=suggestions, value=suggestions[0] if suggestions else d.value)
    if n.malformed and d.value < 0:
        d = d.but(suggestions=tuple(-s for s in d.suggestions))
    return d


#: Every stage, in the order they run. A figure's own marks come first, then what joins
#: it to the next figure, then the words around it.
STAGES: tuple[Stage, ...] = (
    *SIDE,
    over,
    ratio,
    plus_minus,
    feet_inches,
    fraction_of_unit,
    point_fraction,
    quarters_counted,
    working_time,
    adverb_rate,
    frequency,
    count_rate,
    vague_unit,
    range_end,
    range_rate,
    coins,
    rate,
    time_mark,
    race_time,
    unit_before_or,
    age_bracket,
    hedge,
    bare_year,
    bound_after,
    bound_ends,
    age,
    noun,
    plausible_words,
    noun_rate,
    decimal_cents,
)


#: For each stage, the numbers it can change; any other number it returns as it is.
#: The values name figures ("digits"), bare figures ("plain"), bare figures or spelled
#: numbers ("whole"), spelled numbers ("words"), vague plurals ("vague"), a number with
#: another after it ("next"), a fraction below one ("fraction"), a malformed figure
#: ("malformed"), or "any". A number is shown only the stages that apply.
APPLIES: dict[str, str] = {
    "currency": "digits",
    "sign": "any",
    "money_scale": "digits",
    "money_places": "digits",
    "unit": "any",
    "over": "next",
    "ratio": "next",
    "plus_minus": "next",
    "feet_inches": "digits",
    "fraction_of_unit": "fraction",
    "point_fraction": "fraction",
    "quarters_counted": "words",
    "working_time": "any",
    "adverb_rate": "any",
    "frequency": "any",
    "count_rate": "any",
    "vague_unit": "vague",
    "range_end": "next",
    "range_rate": "next",
    "coins": "any",
    "rate": "any",
    "time_mark": "any",
    "race_time": "digits",
    "unit_before_or": "whole",
    "age_bracket": "whole",
    "hedge": "any",
    "bare_year": "plain",
    "bound_after": "any",
    "bound_ends": "any",
    "age": "whole",
    "noun": "any",
    "noun_rate": "any",
    "plausible_words": "words",
    "decimal_cents": "malformed",
}


#: The stages that read what follows the figure. None of them changes a draft unless
#: the text after the figure opens with one of a few marks or words ("-", "to", "and",
#: "or", "of", "a", "per", "times", "over"...), which one pattern tells.
FOLLOWS = frozenset(
    {
        "over",
        "ratio",
        "plus_minus",
        "feet_inches",
        "fraction_of_unit",
        "point_fraction",
        "adverb_rate",
        "working_time",
        "time_mark",
        "frequency",
        "count_rate",
        "vague_unit",
        "range_end",
        "range_rate",
        "rate",
        "bound_after",
    }
)


def _word_gates() -> dict[str, frozenset[str]]:
    """The stages that read only what is written before a number, and the words they need.

    Each stage acts on a number after one space and a lower-case word only when the word
    is one of its own: a currency or a money suffix needs a sign or a code there, "minus"
    makes a sign, "over-"/"under" an age bracket, "or" a unit read before, a verb of
    racing a race time, and a hedge needs its last word (or, once a range or an age bracket
    has moved the quantity's start, the word that starts it).
    """
    openers = {phrase.split()[-1] for phrase in _words.RANGE_OPENERS}
    return {
        "currency": frozenset(),
        "money_scale": frozenset(),
        "money_places": frozenset(),
        "sign": _words.SIGN_WORDS,
        "race_time": _words.RACE_CLOCK_VERBS | {"of", "in"},
        "unit_before_or": frozenset({"or"}),
        "age_bracket": frozenset(_words.AGE_BRACKETS),
        "hedge": frozenset({*_hedge_ends(), *openers, *_words.AGE_BRACKETS}),
    }


@cache
def _gate_words() -> frozenset[str]:
    return frozenset(word for words in _word_gates().values() for word in words)


def gate_word(w: Window) -> str | None:
    """The word before a number, as it decides which stages that read only that word apply.

    None (all of them) unless one space and a lower-case word stand before the number;
    then the word if such a stage needs it, else "" (none of them).

    Example:
        >>> from newsnum.scan import scan
        >>> from newsnum.stages import gate_word
        >>> from newsnum.window import window
        >>> text = "it has 15 staff, up to 20 cars and $5"
        >>> [gate_word(window(text, tuple(scan(text)), i)) for i in range(3)]
        ['', 'to', None]
    """
    word, start = w.word_before, w.num.start
    if not (word.isascii() and word.isalpha() and word.islower()):
        return None
    if w.text[start - 1] != " " or w.before[-1].start + len(word) + 1 != start:
        return None
    return word if word in _gate_words() else ""


@cache
def _stages_for(
    kind: str,
    plain: bool,
    has_next: bool,
    fraction: bool,
    malformed: bool,
    word: str | None = None,
) -> tuple[tuple[Callable[[Draft], Draft], ...], tuple[Stage, ...], tuple[Stage, ...]]:
    """The stages that apply to a number of this description (see :data:`APPLIES`).

    As three tuples: the figure's own marks (:data:`~newsnum.draft.SIDE`), then the rest,
    and the rest without the stages of :data:`FOLLOWS`. ``word`` is what
    :func:`gate_word` says of the word before the number.
    """
    if word is not None:
        gates = _word_gates()
        own, rest, quiet = _stages_for(kind, plain, has_next, fraction, malformed)
        return (
            tuple(stage for stage in own if word in gates.get(stage.__name__, (word,))),
            tuple(stage for stage in rest if word in gates.get(stage.__name__, (word,))),
            tuple(stage for stage in quiet if word in gates.get(stage.__name__, (word,))),
        )
    holds = {
        "any": True,
        "digits": kind == "digits",
        "plain": plain,
        "whole": plain or kind == "words",
        "words": kind == "words",
        "vague": kind == "vague",
        "next": has_next,
        "fraction": fraction,
        "malformed": malformed,
    }
    own = tuple(stage for stage in SIDE if holds[APPLIES[stage.__name__]])
    rest = tuple(stage for stage in STAGES if stage not in SIDE and holds[APPLIES[stage.__name__]])
    return own, rest, tuple(stage for stage in rest if stage.__name__ not in FOLLOWS)


def _follows(d: Draft) -> bool:
    """Whether what follows the figure may be read by a stage of :data:`FOLLOWS`.

    A mark ("-", "+", "/", "±", "~") or a word ("to", "and", "or", "of", "a", "per",
    "times", "over", "in", ...) after the figure (or after its digits, for a range
    written "8- to 16-meter").
    """
    end = d.w.num.end
    return follows_on(d.text, d.end) or (d.end != end and follows_on(d.text, end))


def run(d: Draft) -> tuple[Draft | None, int]:
    """Run the stages that apply to a first draft: the draft made (or None), numbers used."""
    n = d.w.num
    fraction = not n.plain and 0 < n.value < 1  # a bare figure is whole
    own, rest, quiet = _stages_for(
        n.kind, n.plain, d.w.next is not None, fraction, n.malformed, gate_word(d.w)
    )
    for side_stage in own:
        d = side_stage(d)
    for stage in rest if _follows(d) else quiet:
        nxt = stage(d)
        if nxt is None:
            return None, d.used
        d = nxt
    return d, d.used
