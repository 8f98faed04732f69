"""newsnum: exact, checkable quantities from English news text.

The whole public API is here:

- :func:`parse_number` reads one number exactly ("16,400", "3.7 million",
  "two and a half") and raises :class:`NumberFormatError` with suggestions
  for a malformed one ("12,50").
- :func:`extract` finds every :class:`Quantity` in a text, with its span,
  unit, bound, range and the noun it counts; it never raises on text.
- :func:`parse_quantity` is its strict sibling for a string that is one
  quantity ("$2.5bn", "about 35 miles").
- :func:`check` reports each :class:`Finding` where a text's numbers do not
  add up.

Example:
    >>> import newsnum
    >>> [(q.surface, q.noun) for q in newsnum.extract("575 tanks and 3.7 million people")]
    [('575', 'tanks'), ('3.7 million', 'people')]
"""

from __future__ import annotations

from newsnum.checks import KINDS, check
from newsnum.errors import (
    DimensionalityError,
    NewsnumError,
    NumberFormatError,
    UnknownLocaleError,
    UnknownUnitError,
)
from newsnum.extract import extract, parse_quantity
from newsnum.model import BOUNDS, Finding, Quantity
from newsnum.numbers import parse_number

__version__ = "0.1.0"

__all__ = [
    "BOUNDS",
    "KINDS",
    "DimensionalityError",
    "Finding",
    "NewsnumError",
    "NumberFormatError",
    "Quantity",
    "UnknownLocaleError",
    "UnknownUnitError",
    "__version__",
    "check",
    "extract",
    "parse_number",
    "parse_quantity",
]
