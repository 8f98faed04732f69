"""From numbers to quantities: the pipeline, and its two entry points.

:func:`extract` runs the pipeline over a text::

    scan ─► window ─► exclusions ─► stages ─► passes
    (numbers) (what is    (is it a       (one quantity (the list:
              around it)  quantity?)     per number)   pairs, restatements)

The scanner (:mod:`newsnum.scan`) finds every number; for each, a
:class:`~newsnum.window.Window` is read once; the rules of
:data:`newsnum.exclusions.EXCLUSIONS` drop dates, times, ordinals and names; the
stages of :data:`newsnum.stages.STAGES` build the quantity; the passes of
:data:`newsnum.passes.PASSES` read the list as a whole.
:func:`parse_quantity` runs the same pipeline on a string that is one quantity,
strictly.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import localcontext

from newsnum import numbers
from newsnum.draft import draft, read_alone
from newsnum.errors import NumberFormatError, UnknownUnitError
from newsnum.exclusions import excluded, is_year_like, link_around
from newsnum.model import Quantity
from newsnum.passes import run_passes
from newsnum.scan import Num, candidates, scan
from newsnum.stages import run
from newsnum.window import Window, window

__all__ = ["DENSE_CHARS", "DENSE_RUN", "dense_runs", "extract", "parse_quantity", "stages_first"]


def extract(text: str, *, locale: str = "en") -> list[Quantity]:
    """Find every quantity in a text, in order of appearance.

    Never raises on text: a malformed number is returned with
    ``malformed=True`` and its most plausible reading as ``value``.

    Args:
        text: English news text, any length.
        locale: the locale whose grouping and decimal marks the digits use.

    Returns:
        The quantities, in order of appearance.

    Raises:
        TypeError: ``text`` is not a :class:`str`.
        UnknownLocaleError: ``locale`` is not a locale babel knows.

    Example:
        >>> from newsnum import extract
        >>> for q in extract('He claimed 16,400 "manpower" and 575 tanks since Feb 24.'):
        ...     print(q.value, q.unit, q.noun)
        16400 None manpower
        575 None tanks
        >>> q = extract("between 5 and 10 km")[0]
        >>> q.lower, q.upper, q.unit
        (Decimal('5'), Decimal('10'), 'kilometer')
    """
    if not isinstance(text, str):
        raise TypeError(f"extract() expects str, got {type(text).__name__}")
    return _extract(text, locale, strict=False)


def _extract(text: str, locale: str, *, strict: bool) -> list[Quantity]:
    group, decimal = numbers.locale_marks(locale)
    found = candidates(text, group, decimal)
    if not found:
        return []  # most sentences: no number, nor "a mile"
    articles = [start for start, _, kind in found if kind == "article"]
    if len(articles) == len(found):  # no arithmetic for "a mile"
        return run_passes(text, [], articles)
    with localcontext(numbers.ARITHMETIC):
        nums = tuple(scan(text, group, decimal, locale, found=found))
        return _quantities(text, nums, strict, articles)


def _quantities(
    text: str, nums: tuple[Num, ...], strict: bool, articles: list[int]
) -> list[Quantity]:
    """The quantities the scanner's numbers start, then the passes over the list."""
    dense = () if strict else dense_runs(nums)
    out: list[Quantity] = []
    alone: list[Quantity] = []  # the quantities of dense runs
    prose: list[Quantity] = []
    i = 0
    while i < len(nums):
        if dense and dense[i]:  # no prose: the number alone, if it stands alone
            q, used = (read_alone(text, nums[i]) if _stands_alone(text, nums[i]) else None), 1
        else:
            w = window(text, nums, i, floor=out[-1].end if out else 0, strict=strict)
            q, used = _quantity(w)
        if q is not None and not (out and out[-1].end > q.start):  # never overlap
            out.append(q)
            (alone if dense and dense[i] else prose).append(q)
        i += used
    if not alone:
        return run_passes(text, out, articles)
    return _beside(run_passes(text, prose, articles), alone)


def _beside(prose: list[Quantity], alone: list[Quantity]) -> list[Quantity]:
    """The quantities of prose, read by the passes, and those of dense runs, in order.

    The passes, which read a list for shared units, ranges and restatements, read only the
    prose: a dense run's numbers stay as they were read alone, and one that a pass's
    quantity has come to cover is dropped.

    Example:
        >>> from newsnum import extract
        >>> text = "It runs from 5 to 10 km, " + "and the rest is in words. " * 5 + "1 " * 40
        >>> qs = extract(text)
        >>> len(qs), qs[0].surface, qs[1].surface
        (41, 'from 5 to 10 km', '1')
    """
    out: list[Quantity] = []
    for q in sorted(prose + alone, key=lambda q: q.start):
        if not (out and out[-1].end > q.start):
            out.append(q)
    return out


#: How many numbers in a row make a run that may be too dense to be prose (see
#: :data:`DENSE_CHARS`).
DENSE_RUN = 32
#: The most characters a number of a dense run takes, on average. A run that dense is a
#: column of figures, or input made to be slow; its numbers are read alone (see
#: :func:`~newsnum.draft.read_alone`), without the rules that read the words around
#: them, and a number glued into a code or a web address is dropped. The densest run
#: in 1,557 BBC articles, a tennis score line, takes 12 characters a number.
DENSE_CHARS = 5


def dense_runs(nums: Sequence[Num] | Sequence[Quantity]) -> tuple[bool, ...]:
    """For each number, whether it is in a run too dense to be prose (``()`` if none can be).

    The numbers are the scanner's, or the quantities of a text (for :func:`newsnum.check`).

    Example:
        >>> from newsnum.extract import dense_runs
        >>> from newsnum.scan import scan
        >>> text = "On 3 May about 40 workers walked out of the plant in Leeds, the union said, "
        >>> text += "and talks with the managers of the firm resume next week. " + "1 " * 40
        >>> flags = dense_runs(tuple(scan(text)))
        >>> flags[:2], flags[-1]
        ((False, False), True)
    """
    if len(nums) < DENSE_RUN:
        return ()
    last = -DENSE_RUN  # the start of the last dense run found
    flags = []
    for j in range(len(nums)):
        i = j  # does a dense run start here? (then it covers j to j + DENSE_RUN - 1)
        if i + DENSE_RUN <= len(nums) and (
            nums[i + DENSE_RUN - 1].end - nums[i].start <= DENSE_RUN * DENSE_CHARS
        ):
            last = i
        flags.append(j - last < DENSE_RUN)
    return tuple(flags)


def _stands_alone(text: str, n: Num) -> bool:
    """Not glued to a code or an address ("3D", "%2F01", "?q=30"), nor in a web address.

    Example:
        >>> text = "a 3D film at www.bbc.co.uk/5 on channel 4"
        >>> [_stands_alone(text, n) for n in scan(text)]
        [False, False, True]
    """
    before = text[n.start - 1] if n.start else " "
    after = text[n.end] if n.end < len(text) else " "
    if before.isalpha() or after.isalpha() or before in _GLUE or after in _GLUE:
        return False
    return not link_around(text, n)


_GLUE = "%=&/#_@"  # marks that join a number into a code or an address


def _quantity(w: Window) -> tuple[Quantity | None, int]:
    """The quantity a window's number starts, if any, and how many numbers it takes.

    A number is dropped if an exclusion drops it or the stages do; which is asked first
    changes only the cost. The exclusions first, since they drop many figures ("3D",
    "7-6") that the stages would read in full; the stages first for a number they
    mostly drop themselves (see :func:`stages_first`).
    """
    if stages_first(w.num):
        d, used = run(draft(w))
        if (d is None and used == 1) or excluded(w):
            return None, 1
    elif excluded(w):
        return None, 1
    else:
        d, used = run(draft(w))
    return (None if d is None else d.quantity()), used


def stages_first(n: Num) -> bool:
    """Whether the stages are asked before the exclusions whether a number is a quantity.

    So for a bare figure from 1000 to 2100 (nearly always a year, which the stages drop
    by themselves) and a spelled "one" (mostly a pronoun, "one of the best", which they
    drop too): in 1,557 BBC articles, 99% and 86% of them.

    Example:
        >>> from newsnum.extract import stages_first
        >>> [stages_first(n) for n in scan("in 2004, one of 2,004 and 300 cars")]
        [True, True, False, False]
    """
    if n.kind == "digits":
        return is_year_like(n)
    return n.kind == "words" and n.value == 1


def parse_quantity(text: str, *, locale: str = "en") -> Quantity:
    """Read a string that is one quantity, strictly, as found in a spreadsheet column.

    Args:
        text: one quantity, such as ``"2,000 km"``, ``"$2.5bn"``,
            ``"3.7 million people"`` or ``"about 35 miles"``.
        locale: the locale whose grouping and decimal marks the digits use.

    Returns:
        The :class:`Quantity`, with offsets into ``text``.

    Raises:
        TypeError: ``text`` is not a :class:`str`.
        NumberFormatError: the number is malformed, or there is none.
        UnknownUnitError: text is left over that is not a unit newsnum knows.

    Example:
        >>> from newsnum import parse_quantity
        >>> q = parse_quantity("$2.5bn")
        >>> q.value, q.unit
        (Decimal('2500000000'), 'USD')
        >>> parse_quantity("12,50 miles")
        Traceback (most recent call last):
        ...
        newsnum.errors.NumberFormatError: '12,50' is not a well-formed number in en; did you mean...
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_quantity() expects str, got {type(text).__name__}")
    with localcontext(numbers.ARITHMETIC):
        return _parse_quantity(text, locale)


def _parse_quantity(text: str, locale: str) -> Quantity:
    qs = _extract(text, locale, strict=True)
    stripped = text.strip()
    lead = len(text) - len(text.lstrip())
    if not qs:
        numbers.parse_number(stripped, locale=locale)  # raises with suggestions
        raise NumberFormatError(f"no quantity in {text!r}", text=text, locale=locale)
    q = qs[0]
    if q.malformed:
        shown = text[slice(*q.number_span)] if q.number_span else q.surface
        hint = " or ".join(str(v) for v in q.suggestions) or "nothing clear"
        raise NumberFormatError(
            f"{shown!r} is not a well-formed number in {locale}; did you mean {hint}?",
            text=text,
            suggestions=q.suggestions,
            locale=locale,
        )
    if q.noun is not None and numbers.scale_value(q.noun.split()[0]) is not None:
        raise NumberFormatError(  # "a million million", "3 million million"
            f"{text!r} is not one number: {q.noun!r} follows it", text=text, locale=locale
        )
    if q.start != lead or len(qs) > 1:
        rest = text[lead : q.start] if q.start != lead else text[qs[1].start :]
        raise UnknownUnitError(f"not understood in {text!r}: {rest.strip()!r}", unit=rest.strip())
    tail = text[q.end if q.noun_span is None else q.noun_span[1] :].strip()
    if tail:
        raise UnknownUnitError(f"unit not understood in {text!r}: {tail!r}", unit=tail)
    return q
