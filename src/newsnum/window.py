"""A number's window: what is written just before and after it, read once.

:class:`Window` is built once per number the scanner found: the number, its neighbours,
the words just before it, the currency sign before it and the unit after it. The rules
that decide what the number is (:mod:`newsnum.exclusions`) and the stages that build the
quantity (:mod:`newsnum.stages`) read the window instead of reading the text again. The
readers below look at short, bounded stretches of text, so the cost per number is
constant; they are also used for the few places a stage needs to look elsewhere (the far
end of a range, the words after a unit).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import cache
from typing import NamedTuple

from newsnum import units
from newsnum._data import words as _words
from newsnum._regex import alternation
from newsnum.scan import Num

__all__ = [
    "BEFORE_WORDS",
    "DASHES",
    "HEDGE_WORDS",
    "QUOTES",
    "Span",
    "Window",
    "Word",
    "age_bracket_before",
    "alone",
    "at_sentence_start",
    "currency_before",
    "follows_on",
    "lower_word_after",
    "noun_after",
    "noun_verb_after",
    "per_noun",
    "phrase_before",
    "plural_head_after",
    "plural_or_mass",
    "read_on",
    "unit_at",
    "window",
    "word_ending_at",
    "words_before",
]

#: Offsets ``(start, end)`` of a piece of the text.
Span = tuple[int, int]

QUOTES = "\"'“”‘’"

#: The dashes news sets words off with (a spaced hyphen, an en dash, an em dash).
DASHES = ("-", "–", "—")
_SPACE = " \t\u00a0\u202f\u2009"
#: The most words a hedge has ("greater than or equal to").
HEDGE_WORDS = max(len(phrase.split()) for phrase in _words.HEDGES)
_MAX_PREFIX = 7  # the longest currency sign: "&#8364;", "&pound;" (else "US$", "USD ")
#: ISO 4217 codes that are also English words in capitals ("TOP 10", "ALL 5").
_WORDLIKE_CODES = frozenset({"ALL", "TOP", "CUP", "MOP", "BOB", "GEL", "PEN", "SOS", "TRY", "MAD"})
#: Signs glued to an amount ("Rs20", "RM42", "Rp5,000").
_GLUED_SIGNS = frozenset({"Rs", "RM", "Rp", "$US", "$A", "$NZ"})
#: ISO codes news glues to an amount ("USD3.14"); any other code glued to digits is a name
#: ("COP28").
_MAJOR_CODES = frozenset(
    "USD EUR GBP JPY CNY INR CHF CAD AUD NZD HKD SGD MYR UAH RUB BRL ZAR KRW SEK NOK DKK".split()
)
_CELL = 100  # the longest text read as a lone figure
_NOT_NOUN_ENDS = ("ed", "ly", "ing")  # the endings of verbs and adverbs, mostly
_OPENERS = "\"'“‘"  # quotation marks that may open a sentence
_CLAUSE_ENDS = frozenset(",.;:)")  # marks after which a word ends its clause


class Word(NamedTuple):
    """A word as written and where it starts."""

    text: str
    start: int


class Window(NamedTuple):
    """A number and what is written around it, read once.

    A named tuple: immutable, and cheap to make for every number a text holds.

    Attributes:
        text: the whole text, unchanged.
        num: the number.
        prev: the number the scanner found before it, if any.
        next: the number after it, if any.
        floor: where the quantity before it ends (0 if none): a currency sign before
            that belongs to the quantity before ("3 CAD 3 cents").
        before: the word written just before the number, if any, as a tuple of words
            (a rule that needs more, such as a hedge of several words, reads on with
            :func:`~newsnum.window.read_on` when the last word can end one).
        word_before: the word right before the number, as written, or "".
        unit: the unit written right after the number (its span and name), if any.
        strict: read as one quantity on its own (:func:`newsnum.parse_quantity`): no
            rule decides that the number is not a quantity.

    Example:
        >>> from newsnum.scan import scan
        >>> from newsnum.window import window
        >>> text = "more than 70 kilometers"
        >>> w = window(text, tuple(scan(text)), 0)
        >>> [word.text for word in w.before], w.num.value, w.unit
        (['than'], Decimal('70'), ((13, 23), 'kilometer'))
    """

    text: str
    num: Num
    prev: Num | None
    next: Num | None
    floor: int
    before: tuple[Word, ...]
    word_before: str
    unit: tuple[Span, str] | None = None
    strict: bool = False


#: How many words before a number a window reads at once (a rule that needs more reads
#: on with :func:`~newsnum.window.read_on`).
BEFORE_WORDS = 1


def window(
    text: str, nums: Sequence[Num], i: int, *, floor: int = 0, strict: bool = False
) -> Window:
    """Build the window of ``nums[i]``."""
    n = nums[i]
    before = words_before(text, n.start, BEFORE_WORDS)
    return Window(  # text, num, prev, next, floor, before, word_before, unit, strict
        text,
        n,
        nums[i - 1] if i > 0 else None,
        nums[i + 1] if i + 1 < len(nums) else None,
        floor,
        before,
        before[-1].text if before else "",
        unit_at(text, n.end),
        strict,
    )


def follows_on(text: str, pos: int) -> bool:
    """Whether ``text[pos:]`` opens with a mark or a word that may tie a number to what follows.

    A mark ("-", "~", "±", "+", "/") or a word of ``FOLLOW_WORDS`` ("to", "and", "of", "a",
    "per", "times", ...) or ``RATE_ADVERBS`` ("yearly"), after any space.

    Example:
        >>> from newsnum.window import follows_on
        >>> follows_on("5 to 10", 1), follows_on("in 2004 the firm", 7)
        (True, False)
    """
    return _follows().match(text, pos) is not None


@cache
def _follows() -> re.Pattern[str]:
    words = alternation((*_words.FOLLOW_WORDS, *_words.RATE_ADVERBS))
    return re.compile(rf"\s*(?:[-–—~±+/]|(?:{words})\b)", re.IGNORECASE)


def unit_at(text: str, pos: int) -> tuple[Span, str] | None:
    """The unit written right after ``pos`` (see :func:`newsnum.units.match_unit`), with its span.

    Example:
        >>> from newsnum.window import unit_at
        >>> unit_at("70 kilometers away", 2)
        ((3, 13), 'kilometer')
    """
    found = units.match_unit(text, pos)
    if found is None:
        return None
    start = pos if text[pos] not in " \u00a0\u202f-" else pos + 1
    return (start, found[0]), found[1]


def words_before(text: str, pos: int, count: int, *, quote: bool = False) -> tuple[Word, ...]:
    """Up to ``count`` words written just before ``pos``, nearest last.

    Only spaces may separate the words from each other and from ``pos`` (and, with
    ``quote``, one opening quote mark before ``pos``). Reading stops at anything else,
    so the cost is bounded by the words read.

    Example:
        >>> from newsnum.window import words_before
        >>> [w.text for w in words_before("at least 5", 9, 3)]
        ['at', 'least']
    """
    if quote and pos > 0 and text[pos - 1] in QUOTES:
        pos -= 1
    if count == 1:  # most calls: the window's word
        word = _word_ending_near(text, pos)
        return () if word is None else (word,)
    out: list[Word] = []
    while len(out) < count:
        word = _word_ending_near(text, pos)
        if word is None:
            break
        out.append(word)
        pos = word.start
    out.reverse()
    return tuple(out)


def _word_ending_near(text: str, pos: int) -> Word | None:
    """The word before ``pos`` after one to three spaces, if any (:func:`words_before`)."""
    q = pos
    while q > 0 and pos - q < 3 and text[q - 1] in _SPACE:
        q -= 1
    if q == pos or q == 0:
        return None
    e = q
    tokens = text[e - 24 if e > 24 else 0 : e].rsplit(None, 1)  # most words: no char loop
    token = tokens[-1] if tokens else ""
    if token.isalpha():
        q = e - len(token)
    else:
        while q > 0 and e - q < 24 and (text[q - 1].isalpha() or text[q - 1] in ".'’"):
            q -= 1
    if q == e or (q > 0 and text[q - 1].isalnum()):
        return None
    return Word(text[q:e], q)


def read_on(text: str, before: tuple[Word, ...], count: int) -> tuple[Word, ...]:
    """Up to ``count`` words before a number, reading on from ``before``, a full read.

    Example:
        >>> from newsnum.window import read_on, words_before
        >>> text = "aged between 20 and 30"
        >>> [w.text for w in read_on(text, words_before(text, 13, 1), 2)]
        ['aged', 'between']
    """
    if not before or len(before) >= count:
        return before
    return words_before(text, before[0].start, count - len(before)) + before


def phrase_before(
    words: Sequence[Word], phrases: Mapping[str, object] | frozenset[str]
) -> tuple[str, int] | None:
    """The longest of ``phrases`` (lowercase) that ``words`` end with, and its start.

    Example:
        >>> from newsnum.window import phrase_before, words_before
        >>> hedges = {"more than": ">", "no more than": "<="}
        >>> phrase_before(words_before("no more than 5", 13, 5), hedges)
        ('no more than', 0)
    """
    lowered = [w.text.lower() for w in words]
    for k in range(len(words), 0, -1):
        phrase = " ".join(lowered[-k:])
        if phrase in phrases:
            return phrase, words[-k].start
    return None


def currency_before(text: str, pos: int) -> tuple[str, int, int] | None:
    """The currency sign written just before ``pos`` ("$", "US$", "£", "EUR "): code, span.

    Example:
        >>> from newsnum.window import currency_before
        >>> currency_before("cost US$40", 8)
        ('USD', 5, 8)
        >>> currency_before("COP28", 3) is None
        True
    """
    end = pos
    if end > 0 and text[end - 1] in _SPACE:
        end -= 1
    if end == 0 or text[end - 1] not in _sign_ends():
        return None  # no currency sign ends with the character before
    for size in range(_MAX_PREFIX, 0, -1):
        start = end - size
        if start < 0:
            continue
        sign = text[start:end]
        code = units.CURRENCY_PREFIXES.get(sign)
        if code is None:
            continue
        if sign[0].isalpha() and start > 0 and text[start - 1].isalnum():
            continue  # "RUSD" is not "USD"
        if sign in _WORDLIKE_CODES:
            continue  # "TOP 10", "ALL 5" in a headline
        if (
            sign[-1].isalpha()
            and end == pos
            and not (
                sign in _GLUED_SIGNS or (sign in _MAJOR_CODES and text[pos : pos + 1].isdigit())
            )
        ):
            continue  # glued only as "USD3.14", "Rs20", "RM42"; "COP28" is a summit
        return code, start, end
    return None


@cache
def _sign_ends() -> frozenset[str]:
    return frozenset(sign[-1] for sign in units.CURRENCY_PREFIXES)


def at_sentence_start(text: str, pos: int) -> bool:
    """Whether ``pos`` opens a sentence or a quotation (only spaces between).

    Example:
        >>> at_sentence_start("Six died. Two fled", 10), at_sentence_start("the Six Nations", 4)
        (True, False)
    """
    q = pos
    while q > 0 and (text[q - 1] in _SPACE or text[q - 1] in _OPENERS):
        q -= 1
    return q == 0 or text[q - 1] in ".!?:;\n\r"


def lower_word_after(text: str, pos: int) -> str | None:
    """The lower-case word that follows ``pos`` after one space, if any ("", for a stop word).

    Example:
        >>> lower_word_after("40 workers were", 2), lower_word_after("20 in Edinburgh", 2)
        ('workers', '')
    """
    if pos >= len(text) or text[pos] not in " \u00a0":
        return None
    m = _noun_patterns().word.match(text, pos + 1)
    if m is None or not m.group()[:1].islower():
        return None
    word = m.group()
    return "" if word in _words.STOP_WORDS else word


def word_ending_at(text: str, pos: int) -> str:
    """The word that ends just before ``pos`` (at most 24 letters), or "".

    Example:
        >>> word_ending_at("Smith, 37", 5)
        'Smith'
    """
    q = pos
    while q > 0 and pos - q < 24 and text[q - 1].isalpha():
        q -= 1
    return text[q:pos]


def age_bracket_before(text: str, start: int, *, spaced: bool = False) -> tuple[str, int] | None:
    """The bound of "over-" or "under-" glued before ``start``, and where the word starts.

    With ``spaced``, a space may stand for the hyphen (for a plural: "under 16s"). A
    capital inside a sentence makes it a team's name ("with the Under-21s").

    Example:
        >>> from newsnum.window import age_bracket_before
        >>> age_bracket_before("the over-70s", 9), age_bracket_before("a 3-0 win", 4)
        (('>', 4), None)
        >>> age_bracket_before("with the Under-21s", 15) is None
        True
    """
    if text[start - 1 : start] not in ("-", " " if spaced else "-"):
        return None
    word = word_ending_at(text, start - 1)
    bound = _words.AGE_BRACKETS.get(word.lower())
    if bound is None:
        return None
    begin = start - 1 - len(word)
    if not word.islower() and not at_sentence_start(text, begin):
        return None
    return bound, begin


def alone(text: str, start: int, end: int) -> bool:
    """Whether a figure is the whole of a short text: a table cell, a headline figure.

    Example:
        >>> alone("  42. ", 2, 4), alone("42 apples", 0, 2)
        (True, False)
    """
    return len(text) <= _CELL and not text[:start].strip() and not text[end:].strip(" .!?")


class _NounPatterns(NamedTuple):
    word: re.Pattern[str]
    of: re.Pattern[str]
    hyphen: re.Pattern[str]
    qualifier: re.Pattern[str]
    part_of: re.Pattern[str]
    conjunction: re.Pattern[str]
    per_noun: re.Pattern[str]
    top_figure: re.Pattern[str]


@cache
def _noun_patterns() -> _NounPatterns:
    return _NounPatterns(
        # a word, or a model's code inside a noun phrase ("30 Airbus A320 planes", "70 Boeing
        # 737-800 planes")
        re.compile(
            r"[A-Z]{1,3}[0-9]{2,4}s?\b|[A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)*|[0-9]{3}-[0-9]{3}\b"
        ),
        re.compile(r"[ \u00a0]of[ \u00a0]+(?:the[ \u00a0]+|our[ \u00a0]+|its[ \u00a0]+)?"),
        re.compile(r"-([a-z]+)(?![A-Za-z0-9-])"),
        re.compile(rf"(?:{alternation(_words.COUNT_QUALIFIERS)})[ \u00a0]+"),
        re.compile(
            rf"of[ \u00a0]+(?:(?:{alternation(_words.DETERMINERS | {'these', 'those'})})[ \u00a0]+"
            r")?(?:[A-Za-z]+['’]s[ \u00a0]+)?(?:[0-9][0-9,.]*(?:m|bn)?[ \u00a0]+|most[ \u00a0]+)?"
        ),
        re.compile(r"[ \u00a0](?:and|or)[ \u00a0]"),
        re.compile(r"[ \u00a0]([a-z]+)\b(?![-'’])"),
        re.compile(r" [0-9]{1,3}(?= [a-z])"),
    )


def _noun_words(text: str, p: int) -> list[Span]:
    """Up to four words from ``p`` that may name a thing, stopping at a stop word."""
    word = _noun_patterns().word
    stops, openers, adverbs = _words.STOP_WORDS, _words.TIME_PHRASE_OPENERS, _words.RATE_ADVERBS
    found: list[Span] = []
    # a word in quotes inside the phrase: 100,000 new "affordable" homes; or first, after a
    # quote mark the caller skipped: eight "critical" security holes
    quoted = p > 0 and text[p - 1] in QUOTES
    while len(found) < 5:
        if found and text[p : p + 1] in QUOTES and p < len(text) and not quoted:
            quoted, p = True, p + 1
        m = word.match(text, p)
        if m is None:
            break
        token, (start, end) = m.group(), m.span()
        low = token.lower()
        if low in stops and not token.isupper():
            inside = bool(found) and text[found[-1][0]].islower()  # after a lower-case word
            if _stops_noun(text, m, inside):
                break
        if token in openers and _period_after(text, end):
            break  # "813,200 last month": a time, not the thing counted
        if found and low in adverbs:
            break  # "tonnes of LPG annually": a rate, not the thing
        if token.endswith(("'s", "’s")) and len(token) > 3:
            if not found and plural_or_mass(token[:-2]):
                found.append((start, end - 2))  # "thousands of people's life savings"
                break
            if text[end : end + 1] == " " and _owner(text, found):
                found.clear()  # "75% of the club's shares", "the prime minister's colleagues":
                p = end + 1  # the owner, then the thing
                continue
            break  # "two friends following Everton's": the thing came first
        found.append((start, end))
        p = end
        if token == "top" and (chart := _noun_patterns().top_figure.match(text, p)) is not None:
            found[-1] = (start, chart.end())  # "nine UK top 30 singles": a chart in the noun
            p = chart.end()
        if quoted and text[p : p + 1] in QUOTES and text[p + 1 : p + 2] == " ":
            p += 1  # the closing quote
        if p >= len(text) or text[p] in QUOTES or text[p] not in " \u00a0":
            break
        p += 1
    return found


def _owner(text: str, found: list[Span]) -> bool:
    """Whether the words before a possessive only name its owner: no plural, past verb or adverb.

    "the developing world's foreign debt", not "only one showed Ms Simonetti's flight".
    """
    return not any(plural_or_mass(text[s:e]) or text[s:e].endswith(("ed", "ly")) for s, e in found)


def _stops_noun(text: str, m: re.Match[str], inside: bool) -> bool:
    """Whether a stop word ends a noun phrase, or reads as part of the noun.

    "shows" after another word ("radio and television shows") or before a stop ("50
    shows, including"), "away" before a plural
    ("three away fixtures"), "most" before an adjective and a plural ("the two most powerful
    figures").
    """
    low = m.group().lower()
    if inside and low in _words.NOUN_VERBS:
        return False  # "radio and television shows"
    if low in _words.PLURALS_BEFORE_A_STOP and text[m.end() : m.end() + 1] in _CLAUSE_ENDS:
        return False  # "50 shows, including": no verb
    if low in _words.MODIFIER_STOPS:
        return not _plural_within(text, m.end(), 1)
    if low in _words.SUPERLATIVES and not inside:
        return not _plural_within(text, m.end(), 2, adjective=True)  # "two most powerful figures"
    return True


def _plural_within(text: str, pos: int, words: int, *, adjective: bool = False) -> bool:
    """Whether the ``words``-th word after ``pos`` is a lower-case plural, past lower-case words."""
    for k in range(words):
        if text[pos : pos + 1] != " ":
            return False
        after = _noun_patterns().word.match(text, pos + 1)
        if after is None or not after.group().islower():
            return False
        if k == words - 1:
            return plural_or_mass(after.group())
        if adjective and plural_or_mass(after.group()):
            return False  # "the most people", not a superlative before a noun
        pos = after.end()
    return False


def _period_after(text: str, pos: int) -> bool:
    """Whether a period word ("month", "year") follows ``pos`` after one space."""
    m = _noun_patterns().word.match(text, pos + 1) if text[pos : pos + 1] == " " else None
    return m is not None and m.group().lower().rstrip("s") in _words.TIME_PHRASE_PERIODS


def plural_or_mass(word: str) -> bool:
    """Whether a word looks like a plural or is a mass noun: the head of a counted phrase.

    Example:
        >>> from newsnum.window import plural_or_mass
        >>> plural_or_mass("tanks"), plural_or_mass("staff"), plural_or_mass("handset")
        (True, True, False)
        >>> plural_or_mass("bonus"), plural_or_mass("Iraqis")
        (False, True)
    """
    if word.isupper():
        return False  # "DS", "PCs" are names, not the counted thing: "4m DS consoles"
    low = word.lower()
    if low in _words.NOT_PLURALS:
        return False
    if low.endswith(("ss", "us", "is")):
        return low in _words.ODD_PLURALS  # "analysis", "bonus"; but "Iraqis", "Hutus"
    return low.endswith("s") or low in _words.MASS_NOUNS


def _hyphenated_noun(text: str, pos: int) -> Span | None:
    """The noun hyphenated to a count: "match" in "a three-match ban", "member" in "12-member"."""
    m = _noun_patterns().hyphen.match(text, pos)
    if m is None or m.group(1).lower() in _words.HYPHEN_ADJECTIVES:
        return None
    return m.start(1), m.end(1)


def per_noun(text: str, pos: int, per: str) -> tuple[int, str] | None:
    """A thing paid for one at a time, after ``per`` ("per", "a", "an", "each") ends at ``pos``.

    After "per", any lower-case singular noun ("$2.77 per canister"); after "a", only the
    nouns of ``PER_NOUNS`` ("138p a share"; "£5m a company spokesman said" is no rate).

    Example:
        >>> from newsnum.window import per_noun
        >>> per_noun("$2.77 per canister", 9, "per"), per_noun("£5m a company", 5, "a")
        ((18, 'canister'), None)
        >>> per_noun("$40 a head", 5, "a")
        (10, 'person')
    """
    m = _noun_patterns().per_noun.match(text, pos)
    if m is None:
        return None
    noun = m.group(1)
    if per.lower() != "per" and noun not in _words.PER_NOUNS:
        return None
    if noun in _words.STOP_WORDS or (noun.endswith("s") and not noun.endswith("ss")):
        return None
    return m.end(1), _words.PER_NOUN_NAMES.get(noun, noun)  # "a head": per person


def noun_after(text: str, pos: int, count: bool, *, single: bool = False) -> Span | None:
    """Where the noun a count counts is written, or what a measure measures ("of territory").

    For a count (``count``), the noun phrase right after the number, up to its head: the
    first word that looks like a plural or a mass noun ("armored fighting vehicles", not
    "respondents cited prices"), else the lower-case words of a singular noun; after "of",
    the plural it takes a part of ("seven of the detainees"); after a hyphen, the word it
    is hyphenated to ("a three-match ban"). For a measure, the phrase after "of". A
    ``single`` count (one) takes no plural after "and" ("one website and stores data").

    Example:
        >>> from newsnum.window import noun_after
        >>> text = "575 armored fighting vehicles were lost"
        >>> start, end = noun_after(text, 3, True)
        >>> text[start:end]
        'armored fighting vehicles'
        >>> text = "seven of the detainees"
        >>> start, end = noun_after(text, 5, True)
        >>> text[start:end]
        'detainees'
    """
    if count and text.startswith("-", pos):
        return _hyphenated_noun(text, pos)
    if text[pos : pos + 1] in ("x", "×") and text[pos + 1 : pos + 2].isdigit():
        return None  # "4x100m": a figure times another, no noun
    if not count:
        om = _noun_patterns().of.match(text, pos)
        if om is None:
            return None
        found = _noun_words(text, om.end())
        head = _head(text, found) or _coordinated(text, found)
        return head if head is not None or not found else (found[0][0], found[-1][1])
    p = pos
    while p < len(text) and text[p] in QUOTES:
        p += 1
    if p < len(text) and text[p] in " \u00a0":
        p += 1
    while p < len(text) and text[p] in QUOTES:
        p += 1
    first = text[p : p + 1]
    if not (first.isascii() and first.isalpha()):
        return None  # no word after the number: "5%", "5.", "5)"
    if (qualifier := _noun_patterns().qualifier.match(text, p)) is not None:
        p = qualifier.end()  # "5,000 more copies"
    if (of := _noun_patterns().part_of.match(text, p)) is not None:
        return _head(text, _noun_words(text, of.end()))  # "seven of the detainees"
    found = _noun_words(text, p)
    head = _head(text, found) or (None if single else _coordinated(text, found))
    if single and head is not None and head[1] != found[0][1]:
        head = _single_head(text, found, head)
    return _quote_opened(text, head or _singular(text, found))


def _quote_opened(text: str, span: Span | None) -> Span | None:
    """The span from the quote mark that opens it, when a word in it is quoted ("critical")."""
    if span is None or not span[0] or text[span[0] - 1] not in QUOTES:
        return span
    inside = text[span[0] : span[1]]
    return (span[0] - 1, span[1]) if any(mark in inside for mark in QUOTES) else span


def _single_head(text: str, found: list[Span], head: Span) -> Span | None:
    """The noun of a count of one, which takes no plural: "Only one man recognises that".

    A plural that modifies the word after it stays ("one new sports car").
    """
    after = [span for span in found if span[0] >= head[1]]
    if text[head[0] : head[1]].split()[-1].lower() in _words.PLURAL_MODIFIERS and after:
        return head[0], after[0][1]
    return _singular(text, [span for span in found if span[1] < head[1]])  # "-s": a verb


def noun_verb_after(text: str, pos: int) -> Span | None:
    """A plural that is also a verb, right after a spelled count of more than one ("two shows").

    After figures it may be the verb ("a poll of 1,000 shows that"); after "two" it is not.

    Example:
        >>> from newsnum.window import noun_verb_after
        >>> noun_verb_after("play two shows at the venue", 8)
        (9, 14)
    """
    if text[pos : pos + 1] != " ":
        return None
    m = _noun_patterns().word.match(text, pos + 1)
    if m is None or m.group().lower() not in _words.NOUN_VERBS:
        return None
    return m.start(), m.end()


def plural_head_after(text: str, pos: int) -> bool:
    """Whether the words after ``pos`` (after one space) end in a plural or a mass noun.

    Example:
        >>> from newsnum.window import plural_head_after
        >>> plural_head_after("750 hereditary peers", 3), plural_head_after("3220 handset", 4)
        (True, False)
    """
    if text[pos : pos + 1] not in (" ", "\u00a0"):
        return False
    found = _noun_words(text, pos + 1)
    return _head(text, found) is not None or _coordinated(text, found) is not None


def _head(text: str, found: list[Span]) -> Span | None:
    """The words up to the first that looks like a plural or a mass noun, if any.

    A plural that modifies a plural after it ("athletics medals") is not the head, nor is
    a name in the plural or a mass noun right before one ("three Six Nations games", "two
    significant military missions").
    """
    for k, (s, e) in enumerate(found):
        if plural_or_mass(text[s:e]):
            if text[s:e].lower() in _words.PLURAL_MODIFIERS:  # "30,000 sports utility vehicles"
                e = _modified_head(text, found[k + 1 : k + 3]) or e
            elif k + 1 < len(found) and _modifies(text[s:e]):
                e = _plural_after(text, found[k + 1]) or e
            return found[0][0], e
    return None


def _modifies(word: str) -> bool:
    """Whether a plural or mass noun may modify a plural after it ("Six Nations games").

    A name in the plural, or a mass noun that is no plural of people ("police officers";
    not "people suggests").
    """
    if word[0].isupper():
        return True
    return not word.endswith("s") and word.lower() not in _words.PEOPLE_PLURALS


def _plural_after(text: str, span: Span) -> int | None:
    """Where a lower-case plural in "-s" at ``span`` ends, if it is one."""
    word = text[span[0] : span[1]]
    return span[1] if word.islower() and word.endswith("s") and plural_or_mass(word) else None


def _modified_head(text: str, after: list[Span]) -> int | None:
    """Where the plural a plural modifies ends, a noun at most between ("sports utility vehicles").

    Not past a verb or an adverb: "their first two games defending champions".
    """
    for start, end in after:
        word = text[start:end]
        if plural_or_mass(word):
            return end
        if word.endswith(_NOT_NOUN_ENDS):
            return None
    return None


def _coordinated(text: str, found: list[Span]) -> Span | None:
    """A plural after modifiers joined by "and" or "or": "15 deep and surface mines".

    "23 European and Arab countries"; not "20 men and women" (no plural after "and").

    Example:
        >>> text = "15 deep and surface mines"
        >>> start, end = _coordinated(text, [(3, 7)])
        >>> text[start:end]
        'deep and surface mines'
    """
    if not found or len(found) > 3 or not all(text[s:e].isalpha() for s, e in found):
        return None
    m = _noun_patterns().conjunction.match(text, found[-1][1])
    if m is None:
        return None
    head = _head(text, _noun_words(text, m.end())[:2])
    return None if head is None else (found[0][0], head[1])


def _singular(text: str, found: list[Span]) -> Span | None:
    """A singular noun: the lower-case words before a verb or an adverb.

    "one mobile network", "one soldier allegedly drove"; a mass noun alone ("200 staff").
    """
    if not found:
        return None
    first = text[found[0][0] : found[0][1]]
    if first.lower() in _words.MASS_NOUNS:
        return found[0]
    if not first.islower() or first.endswith(_NOT_NOUN_ENDS):
        return None
    last = found[0]
    for s, e in found[1:3]:
        word = text[s:e]
        if not word.islower() or word.endswith(_NOT_NOUN_ENDS):
            break
        last = (s, e)
    return found[0][0], last[1]
