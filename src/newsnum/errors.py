"""The errors newsnum raises.

Every error is a :class:`NewsnumError` and also the built-in error a caller
would naturally catch (:class:`ValueError`, :class:`LookupError`,
:class:`TypeError`), in the manner of pint and babel. Each carries structured
attributes, and every error pickles, so it can cross a process pool.

Free text never raises: :func:`newsnum.extract` and :func:`newsnum.check`
report problems as data. Only the strict single-string functions raise.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

__all__ = [
    "DimensionalityError",
    "NewsnumError",
    "NumberFormatError",
    "UnknownLocaleError",
    "UnknownUnitError",
]


class NewsnumError(Exception):
    """The base class of every error newsnum raises.

    Example:
        >>> from newsnum import NewsnumError, parse_number
        >>> try:
        ...     parse_number("12,50")
        ... except NewsnumError as err:
        ...     print(type(err).__name__)
        NumberFormatError
    """


class NumberFormatError(NewsnumError, ValueError):
    """A string is not a well-formed number for the locale.

    Attributes:
        text: the string as given.
        suggestions: the readings a writer most likely meant, most likely
            first; always a tuple, possibly empty.
        locale: the locale the string was read in.

    Example:
        >>> from newsnum import NumberFormatError, parse_number
        >>> try:
        ...     parse_number("12,50")
        ... except NumberFormatError as err:
        ...     print(err.text, err.suggestions)
        12,50 (Decimal('1250'), Decimal('12.50'), Decimal('12500'))
    """

    def __init__(
        self,
        message: str,
        *,
        text: str,
        suggestions: tuple[Decimal, ...] = (),
        locale: str = "en",
    ) -> None:
        super().__init__(message)
        self.text = text
        self.suggestions = tuple(suggestions)
        self.locale = locale

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (type(self), str(self), self._state()))

    def _state(self) -> dict[str, Any]:
        return {"text": self.text, "suggestions": self.suggestions, "locale": self.locale}


class UnknownUnitError(NewsnumError, LookupError):
    """A unit name or surface form is not known.

    Attributes:
        unit: the unit text that was not understood.

    Example:
        >>> from newsnum import UnknownUnitError, parse_quantity
        >>> try:
        ...     parse_quantity("35 km").to("zorkmids")
        ... except UnknownUnitError as err:
        ...     print(err.unit)
        zorkmids
    """

    def __init__(self, message: str, *, unit: str) -> None:
        super().__init__(message)
        self.unit = unit

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (type(self), str(self), {"unit": self.unit}))


class DimensionalityError(NewsnumError, TypeError):
    """A conversion between units of different dimensions was asked for.

    Attributes:
        from_unit: the unit converted from.
        to_unit: the unit asked for.

    Example:
        >>> from newsnum import DimensionalityError, parse_quantity
        >>> try:
        ...     parse_quantity("2,000 km").to("kilogram")
        ... except DimensionalityError as err:
        ...     print(err.from_unit, "->", err.to_unit)
        kilometer -> kilogram
    """

    def __init__(self, message: str, *, from_unit: str, to_unit: str) -> None:
        super().__init__(message)
        self.from_unit = from_unit
        self.to_unit = to_unit

    def __reduce__(self) -> tuple[Any, ...]:
        state = {"from_unit": self.from_unit, "to_unit": self.to_unit}
        return (_rebuild, (type(self), str(self), state))


class UnknownLocaleError(NewsnumError, ValueError):
    """A locale name is not one babel knows.

    Attributes:
        locale: the locale name as given.

    Example:
        >>> from newsnum import UnknownLocaleError, parse_number
        >>> try:
        ...     parse_number("12", locale="xx_YY")
        ... except UnknownLocaleError as err:
        ...     print(err.locale)
        xx_YY
    """

    def __init__(self, message: str, *, locale: str) -> None:
        super().__init__(message)
        self.locale = locale

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (type(self), str(self), {"locale": self.locale}))


def _rebuild(cls: type[NewsnumError], message: str, state: dict[str, Any]) -> NewsnumError:
    """Recreate an error from its message and attributes (used by pickle)."""
    return cls(message, **state)
