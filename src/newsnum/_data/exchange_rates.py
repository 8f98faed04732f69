"""The ranges that exchange rates have actually had: a restatement outside them is a slip.

Plain data, read by :mod:`newsnum.checks` (and the pass that picks the reading of a
malformed amount). Figures as of 2025-12, rounded outwards; checked against these sources:

* Board of Governors of the Federal Reserve System, H.10 / G.5A foreign exchange rates,
  monthly and annual series since 1971 (https://www.federalreserve.gov/releases/h10/hist/);
* Bank of England statistical database, spot exchange rates against sterling
  (https://www.bankofengland.co.uk/boeapps/database/);
* European Central Bank, euro foreign exchange reference rates since 1999
  (https://www.ecb.europa.eu/stats/policy_and_exchange_rates/).

``PER_USD`` gives, for each currency, the lowest and highest number of its units one US
dollar has bought since 1971 (or since the currency was introduced: the euro in 1999, the
Brazilian real in 1994, the redenominated rouble in 1998, the new Turkish lira in 2005, the
new Mexican peso in 1993, the new Israeli shekel in 1985, the złoty in 1995). The rate of a
pair is bounded by dividing these; ``CROSS`` gives tighter bounds for the pairs news quotes
most, where the quotient of the dollar ranges would be too loose (the pound has never been
worth less than a euro, though each has been worth less and more than a dollar).
"""

from __future__ import annotations

__all__ = ["CROSS", "CROSS_TOLERANCE", "PER_USD", "TOLERANCE"]

#: Units of a currency per US dollar: (lowest, highest) since 1971 or its introduction.
PER_USD: dict[str, tuple[float, float]] = {
    "USD": (1.0, 1.0),
    "GBP": (0.37, 0.97),  # £1 = $2.65 (1972) ... $1.035 (2022)
    "EUR": (0.62, 1.22),  # €1 = $0.82 (2000) ... $1.60 (2008)
    "JPY": (75.0, 362.0),  # ¥75 (2011) ... ¥360 (1971)
    "CHF": (0.71, 4.4),
    "CNY": (1.45, 8.75),
    "INR": (7.0, 90.0),
    "CAD": (0.90, 1.63),
    "AUD": (0.67, 2.08),
    "NZD": (0.66, 2.56),
    "SEK": (3.85, 11.8),
    "NOK": (4.65, 11.7),
    "DKK": (4.95, 12.0),
    "HKD": (4.45, 9.65),
    "SGD": (1.20, 3.10),
    "KRW": (300.0, 1970.0),
    "BRL": (0.82, 6.35),
    "RUB": (5.9, 140.0),
    "ZAR": (0.66, 19.9),
    "MXN": (3.05, 25.5),
    "TRY": (1.15, 43.0),
    "ILS": (1.45, 5.05),
    "PLN": (1.95, 5.05),
    "SAR": (3.0, 3.8),
    "AED": (3.6, 3.7),
    "KES": (7.0, 165.0),
    "NGN": (0.54, 1650.0),
    "FRF": (3.8, 10.65),  # the franc until the euro
    "DEM": (1.35, 3.65),  # the mark until the euro
    "ITL": (550.0, 2250.0),  # the lira until the euro
}

#: Direct bounds, units of the second currency per unit of the first, where the quotient of
#: the dollar ranges is too loose.
CROSS: dict[tuple[str, str], tuple[float, float]] = {
    ("EUR", "GBP"): (0.56, 0.99),  # £0.57 (2000) ... £0.98 (2008)
    ("EUR", "CHF"): (0.93, 1.69),
    ("EUR", "JPY"): (88.0, 176.0),
    ("EUR", "SEK"): (8.0, 12.0),
    ("EUR", "DKK"): (7.29, 7.63),  # the krone is pegged to the euro (ERM II, ±2.25%)
    ("GBP", "JPY"): (115.0, 1010.0),
}

#: How far outside a range an implied rate must fall to be flagged: a factor, both ways.
TOLERANCE = 1.25

#: The same for the pairs of ``CROSS`` and a currency against the dollar (``PER_USD``),
#: whose bounds are direct observations, not quotients: "1bn euros (£1.2bn)" is flagged
#: (£1.20 a euro against at most £0.99), as is "£2.5m ($8m)" ($3.20 a pound, against at
#: most $2.70).
CROSS_TOLERANCE = 1.1
