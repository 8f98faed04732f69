"""The values newsnum returns: :class:`Quantity` and :class:`Finding`.

Both are frozen, slotted dataclasses holding :class:`~decimal.Decimal` numbers
and character offsets into the original text, so ``text[q.start:q.end] ==
q.surface`` always holds. Both pickle.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from newsnum import units as _units

if TYPE_CHECKING:  # pragma: no cover
    import pint

__all__ = ["BOUNDS", "Finding", "Quantity"]

#: The bound markers a :class:`Quantity` may carry, with their meaning.
BOUNDS: dict[str, str] = {
    "=": "exact, as written",
    "~": "approximate (about, around, some, roughly, nearly)",
    ">": "more than (more than, over, above)",
    ">=": "at least",
    "<": "less than (less than, under, fewer than, below)",
    "<=": "at most (up to, at most, no more than)",
}


@dataclass(frozen=True, slots=True)
class Quantity:
    """One quantity found in text: an exact value, its unit, and where it is.

    Attributes:
        value: the number, exactly; for a range, the lower bound (or the upper
            bound when only an upper bound is known).
        unit: pint's canonical unit name (``"kilometer"``, ``"kilometer ** 2"``,
            ``"percent"``, ``"degree_Celsius"``), an ISO 4217 code for money
            (``"USD"``, ``"USD / barrel"``), or ``None`` for bare numbers and
            counts.
        surface: the text of the quantity as written.
        start: offset of the first character of ``surface`` in the text.
        end: offset just past its last character.
        bound: ``"="``, ``"~"``, ``">"``, ``">="``, ``"<"`` or ``"<="``
            (see :data:`BOUNDS`).
        lower: the lower end of a range or of a lower bound, else ``None``.
        upper: the upper end of a range or of an upper bound, else ``None``.
        noun: what a count counts (``"tanks"`` in "575 tanks"), else ``None``.
        restates: for a parenthetical conversion, the index (in the list
            :func:`newsnum.extract` returns) of the quantity it restates.
        malformed: ``True`` when the number's grouping or decimal marks are
            invalid for the locale; ``value`` is then the most plausible reading.
        suggestions: for a malformed number, the plausible readings, most
            plausible first.
        number_span: offsets ``(start, end)`` of the figure as written, with its
            sign and scale word ("2.5bn" in "$2.5bn"); for a range, from the
            first figure to the last ("5 and 10"). ``None`` only for a quantity
            made by hand.
        unit_span: offsets of the unit or currency as written ("kilometers",
            "$", "sq km"), or ``None`` when none is written (an age read from
            context, a bare count). Where a unit is written once for several
            figures ("45 and 50 mg"), it points at that one place, which may lie
            outside ``start``/``end``.
        noun_span: offsets of the counted noun (see ``noun``), or ``None``.

    Example:
        >>> from newsnum import extract
        >>> q = extract("Troops were pushed back more than 70 kilometers.")[0]
        >>> q.value, q.unit, q.bound, q.surface
        (Decimal('70'), 'kilometer', '>', 'more than 70 kilometers')
        >>> text = "Troops were pushed back more than 70 kilometers."
        >>> text[slice(*q.number_span)], text[slice(*q.unit_span)]
        ('70', 'kilometers')
    """

    value: Decimal
    unit: str | None
    surface: str
    start: int
    end: int
    bound: str = "="
    lower: Decimal | None = None
    upper: Decimal | None = None
    noun: str | None = None
    restates: int | None = None
    malformed: bool = False
    suggestions: tuple[Decimal, ...] = ()
    number_span: tuple[int, int] | None = None
    unit_span: tuple[int, int] | None = None
    noun_span: tuple[int, int] | None = None

    @property
    def is_range(self) -> bool:
        """Whether the quantity has both a lower and an upper end.

        Example:
            >>> from newsnum import parse_quantity
            >>> parse_quantity("between 5 and 10 km").is_range
            True
        """
        return self.lower is not None and self.upper is not None

    def to(self, unit: str) -> Quantity:
        """Convert to another unit with pint, exactly where pint allows.

        ``value``, ``lower`` and ``upper`` are converted; the surface and span
        still point at the original text.

        Args:
            unit: a unit name pint understands (``"mile"``, ``"km/h"``,
                ``"degF"``) or, for money, the same ISO 4217 code.

        Returns:
            A new :class:`Quantity` in ``unit``.

        Raises:
            TypeError: ``unit`` is not a string.
            DimensionalityError: the units measure different things (or are
                different currencies: exchange rates move).
            UnknownUnitError: ``unit`` is not a unit, or the quantity has none.

        Example:
            >>> from newsnum import parse_quantity
            >>> round(parse_quantity("2,000 kilometres").to("mile").value, 1)
            Decimal('1242.7')
        """
        if not isinstance(unit, str):
            raise TypeError(f"Quantity.to() expects a unit name (str), got {type(unit).__name__}")
        target = _units.canonical(unit)
        if self.unit is None:
            raise _units.no_unit_error(unit)

        def conv(v: Decimal | None) -> Decimal | None:
            return None if v is None else _units.convert(v, self.unit or "", target)

        value = _units.convert(self.value, self.unit, target)
        return replace(
            self, value=value, unit=target, lower=conv(self.lower), upper=conv(self.upper)
        )

    def to_pint(self) -> pint.Quantity[Decimal]:
        """Return the value as a :class:`pint.Quantity` (magnitude a Decimal).

        Money is expressed in a currency unit of newsnum's registry; a bare
        number becomes dimensionless.

        Example:
            >>> from newsnum import parse_quantity
            >>> print(parse_quantity("35 km").to_pint())
            35 kilometer
        """
        return _units.to_pint(self.value, self.unit)

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict; Decimals become strings, to stay exact.

        Example:
            >>> from newsnum import parse_quantity
            >>> parse_quantity("about 35 miles").to_dict()["value"]
            '35'
        """

        def num(v: Decimal | None) -> str | None:
            return None if v is None else str(v)

        return {
            "value": num(self.value),
            "unit": self.unit,
            "surface": self.surface,
            "start": self.start,
            "end": self.end,
            "bound": self.bound,
            "lower": num(self.lower),
            "upper": num(self.upper),
            "noun": self.noun,
            "restates": self.restates,
            "malformed": self.malformed,
            "suggestions": [str(s) for s in self.suggestions],
            "number_span": None if self.number_span is None else list(self.number_span),
            "unit_span": None if self.unit_span is None else list(self.unit_span),
            "noun_span": None if self.noun_span is None else list(self.noun_span),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Quantity:
        """Rebuild a quantity from :meth:`to_dict` (after JSON, msgpack or a spaCy ``DocBin``).

        Example:
            >>> from newsnum import parse_quantity
            >>> q = parse_quantity("about 35 miles")
            >>> Quantity.from_dict(q.to_dict()) == q
            True
        """

        def num(v: str | None) -> Decimal | None:
            return None if v is None else Decimal(v)

        def span(v: list[int] | None) -> tuple[int, int] | None:
            return None if v is None else (int(v[0]), int(v[1]))

        return cls(
            value=Decimal(data["value"]),
            unit=data["unit"],
            surface=data["surface"],
            start=data["start"],
            end=data["end"],
            bound=data["bound"],
            lower=num(data["lower"]),
            upper=num(data["upper"]),
            noun=data["noun"],
            restates=data["restates"],
            malformed=data["malformed"],
            suggestions=tuple(Decimal(s) for s in data["suggestions"]),
            number_span=span(data["number_span"]),
            unit_span=span(data["unit_span"]),
            noun_span=span(data["noun_span"]),
        )


@dataclass(frozen=True, slots=True)
class Finding:
    """Something in a text whose numbers do not add up.

    Attributes:
        kind: one of the kinds listed in :data:`newsnum.KINDS`.
        start: offset of the suspicious quantity in the text.
        end: offset just past it.
        surface: the suspicious number as written, with its unit.
        message: one plain sentence for a copy editor.
        suggestion: what the writer probably meant (``"1,250 miles"``), or
            ``None``.
        quantities: the quantities involved, the suspicious one first.

    Example:
        >>> from newsnum import check
        >>> f = check("about 2,000 kilometres (12,50 miles)")[0]
        >>> f.kind, f.surface, f.suggestion
        ('malformed-number', '12,50 miles', '1,250 miles')
    """

    kind: str
    start: int
    end: int
    surface: str
    message: str
    suggestion: str | None = None
    quantities: tuple[Quantity, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict of the finding and its quantities.

        Example:
            >>> from newsnum import check
            >>> check("It weighed 250 kg (600 pounds).")[0].to_dict()["kind"]
            'conversion-mismatch'
        """
        return {
            "kind": self.kind,
            "start": self.start,
            "end": self.end,
            "surface": self.surface,
            "message": self.message,
            "suggestion": self.suggestion,
            "quantities": [q.to_dict() for q in self.quantities],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Finding:
        """Rebuild a finding from :meth:`to_dict`.

        Example:
            >>> from newsnum import check
            >>> f = check("It weighed 250 kg (600 pounds).")[0]
            >>> Finding.from_dict(f.to_dict()) == f
            True
        """
        return cls(
            kind=data["kind"],
            start=data["start"],
            end=data["end"],
            surface=data["surface"],
            message=data["message"],
            suggestion=data["suggestion"],
            quantities=tuple(Quantity.from_dict(q) for q in data["quantities"]),
        )
