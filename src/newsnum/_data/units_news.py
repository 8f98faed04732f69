"""Curated unit surface forms for English news text.

Plain data, read once by :mod:`newsnum.units` on first use. Every value is
pint's canonical name of a unit (``str(registry().parse_units(value)) ==
value``, checked by the tests, so no pint is needed to read these tables), an
ISO 4217 code, or a currency pseudo-unit. Entries here override quantulum3's
catalogue. Each canonical name also needs an entry in the generated
:mod:`newsnum._data.units_pint` (run ``python bench/gen_units_table.py``).

Tables:

* ``WORDS``: word surfaces, matched case-insensitively and only at a word
  boundary, after a space, a no-break space, a hyphen or nothing.
* ``SYMBOLS``: case-sensitive symbols accepted in the same positions.
* ``GLUED``: case-sensitive symbols that are also letters or English words,
  accepted only glued to the number (``"40C"``, ``"5m"``, ``"3in"``).
* ``FINAL``: case-sensitive symbols accepted after a space only when no word
  follows (``"1 m."`` yes, ``"5 m people"`` no), with the few exceptions
  :mod:`newsnum.units` lists ("1000 g of strawberries", "30 C outside").
* ``BLOCKED``: lower-case quantulum3 surfaces never taken into the catalogue
  (scale words, clock times, ordinals, everyday words it lists as units).
"""

from __future__ import annotations

__all__ = [
    "BLOCKED",
    "CURRENCY_CODES",
    "CURRENCY_PREFIXES",
    "CURRENCY_WORDS",
    "FINAL",
    "GLUED",
    "NAMES_WHEN_CAPITALISED",
    "PSEUDO_CURRENCIES",
    "PSEUDO_FACTORS",
    "SHARED_CURRENCY_WORDS",
    "SYMBOLS",
    "WORDS",
]


def _forms(expr: str, *surfaces: str) -> dict[str, str]:
    """Map each surface to ``expr`` (a tiny helper to keep the table short)."""
    return dict.fromkeys(surfaces, expr)


WORDS: dict[str, str] = {
    # length
    **_forms("kilometer", "kilometre", "kilometres", "kilometer", "kilometers", "kms"),
    **_forms("meter", "metre", "metres", "meter", "meters"),
    **_forms("centimeter", "centimetre", "centimetres", "centimeter", "centimeters"),
    **_forms("millimeter", "millimetre", "millimetres", "millimeter", "millimeters"),
    **_forms(
        "micrometer", "micrometre", "micrometres", "micrometer", "micrometers", "micron", "microns"
    ),
    **_forms("nanometer", "nanometre", "nanometres", "nanometer", "nanometers"),
    **_forms("decimeter", "decimetre", "decimetres", "decimeter", "decimeters"),
    **_forms("mile", "mile", "miles", "statute mile", "statute miles"),
    **_forms("nautical_mile", "nautical mile", "nautical miles"),
    **_forms("foot", "foot", "feet"),
    **_forms("inch", "inch", "inches"),
    **_forms("yard", "yard", "yards"),
    **_forms("light_year", "light year", "light years", "light-year", "light-years"),
    # area
    **_forms(
        "kilometer ** 2",
        "square kilometre",
        "square kilometres",
        "square kilometer",
        "square kilometers",
        "sq km",
        "sq. km",
        "sq kms",
        "square km",
        "km squared",
    ),
    **_forms(
        "meter ** 2",
        "square metre",
        "square metres",
        "square meter",
        "square meters",
        "sq m",
        "sq. m",
        "square m",
    ),
    **_forms("mile ** 2", "square mile", "square miles", "sq mi", "sq. mi", "sq miles", "sq mile"),
    **_forms("foot ** 2", "square foot", "square feet", "sq ft", "sq. ft", "sq feet"),
    **_forms("yard ** 2", "square yard", "square yards", "sq yd"),
    **_forms("inch ** 2", "square inch", "square inches", "sq in"),
    **_forms(
        "centimeter ** 2",
        "square centimetre",
        "square centimetres",
        "square centimeter",
        "square centimeters",
        "sq cm",
    ),
    **_forms("hectare", "hectare", "hectares"),
    **_forms("acre", "acre", "acres"),
    # volume
    **_forms(
        "kilometer ** 3",
        "cubic kilometre",
        "cubic kilometres",
        "cubic kilometer",
        "cubic kilometers",
        "km cubed",
    ),
    **_forms("meter ** 3", "cubic metre", "cubic metres", "cubic meter", "cubic meters"),
    **_forms("foot ** 3", "cubic foot", "cubic feet"),
    **_forms(
        "centimeter ** 3",
        "cubic centimetre",
        "cubic centimetres",
        "cubic centimeter",
        "cubic centimeters",
    ),
    **_forms("liter", "litre", "litres", "liter", "liters"),
    **_forms("milliliter", "millilitre", "millilitres", "milliliter", "milliliters"),
    **_forms("centiliter", "centilitre", "centilitres", "centiliter", "centiliters"),
    **_forms("deciliter", "decilitre", "decilitres", "deciliter", "deciliters"),
    **_forms("hectoliter", "hectolitre", "hectolitres", "hectoliter", "hectoliters"),
    **_forms("gallon", "gallon", "gallons", "us gallon", "us gallons"),
    **_forms("barrel", "barrel", "barrels"),
    **_forms("pint", "pint", "pints"),
    **_forms("quart", "quart", "quarts"),
    **_forms("cup", "cup", "cups"),
    **_forms("tablespoon", "tablespoon", "tablespoons"),
    **_forms("teaspoon", "teaspoon", "teaspoons"),
    **_forms("fluid_ounce", "fluid ounce", "fluid ounces", "fl oz", "fl. oz"),
    # mass: "tons" is pint's (short) ton, "tonnes" / "metric tons" the metric ton
    **_forms(
        "kilogram", "kilogram", "kilograms", "kilogramme", "kilogrammes", "kilo", "kilos", "kgs"
    ),
    **_forms("gram", "gram", "grams", "gramme", "grammes"),
    **_forms("milligram", "milligram", "milligrams", "milligramme", "milligrammes"),
    **_forms("microgram", "microgram", "micrograms", "microgramme", "microgrammes"),
    **_forms(
        "metric_ton",
        "tonne",
        "tonnes",
        "metric ton",
        "metric tons",
        "metric tonne",
        "metric tonnes",
    ),
    **_forms("ton", "ton", "tons", "short ton", "short tons"),
    **_forms("long_ton", "long ton", "long tons"),
    **_forms("pound", "pound", "pounds"),
    **_forms("ounce", "ounce", "ounces"),
    **_forms("stone", "stone"),
    **_forms("carat", "carat", "carats"),
    # time (ages: "29 years old", "a 29-year-old" keep the whole phrase)
    **_forms("second", "second", "seconds", "secs"),
    **_forms("millisecond", "millisecond", "milliseconds"),
    **_forms("minute", "minute", "minutes", "mins"),
    **_forms("hour", "hour", "hours", "hrs"),
    **_forms("day", "day", "days", "days old", "day old", "day-old", "days of age"),
    **_forms("week", "week", "weeks", "weeks old", "week old", "week-old", "weeks of age"),
    **_forms("month", "month", "months", "months old", "month old", "month-old", "months of age"),
    **_forms("year", "year", "years", "years old", "year old", "year-old", "years of age", "yrs"),
    **_forms("decade", "decade", "decades"),
    **_forms("bushel", "bushel", "bushels"),
    **_forms("millikelvin", "millikelvin", "millikelvins"),
    **_forms("millimeter_Hg", "millimetres of mercury", "millimeters of mercury"),
    **_forms("century", "century", "centuries"),
    **_forms("fortnight", "fortnight", "fortnights"),
    # speed
    **_forms(
        "kilometer / hour",
        "kilometres per hour",
        "kilometers per hour",
        "kilometre per hour",
        "kilometer per hour",
        "kilometres an hour",
        "kilometers an hour",
        "kilometre an hour",
        "kilometer an hour",
        "km per hour",
        "km an hour",
    ),
    **_forms("mile / hour", "miles per hour", "mile per hour", "miles an hour", "mile an hour"),
    **_forms(
        "meter / second",
        "metres per second",
        "meters per second",
        "metres a second",
        "meters a second",
    ),
    **_forms("knot", "knot", "knots"),
    # temperature
    **_forms(
        "degree_Celsius",
        "degrees celsius",
        "degree celsius",
        "celsius",
        "celcius",
        "degrees celcius",
        "degree celcius",
        "degrees c",
        "degree c",
        "deg c",
        "deg celsius",
        "degrees centigrade",
        "degree centigrade",
        "centigrade",
        "°c",
        "° c",
        "ºc",
        "℃",
        "° celsius",
        "°celsius",
    ),
    **_forms(
        "degree_Fahrenheit",
        "degrees fahrenheit",
        "degree fahrenheit",
        "fahrenheit",
        "farenheit",
        "degrees farenheit",
        "degrees f",
        "degree f",
        "deg f",
        "deg fahrenheit",
        "°f",
        "° f",
        "ºf",
        "℉",
        "° fahrenheit",
        "°fahrenheit",
    ),
    **_forms("degree_Celsius", "centigrate"),
    **_forms("kelvin", "kelvin", "kelvins"),
    # ratios
    **_forms("percent", "percent", "per cent", "per-cent", "percentage", "pct", "%"),
    **_forms(
        "percentage_point",
        "percentage point",
        "percentage points",
        "percent point",
        "percent points",
        "percentage pts",
        "percentage pt",
    ),
    **_forms("basis_point", "basis point", "basis points", "bps"),
    **_forms("ppm", "parts per million"),
    **_forms("ppb", "parts per billion"),
    # energy and power (news: electricity, energy policy)
    **_forms("kilowatt", "kilowatt", "kilowatts"),
    **_forms("megawatt", "megawatt", "megawatts"),
    **_forms("gigawatt", "gigawatt", "gigawatts"),
    **_forms("watt", "watt", "watts"),
    **_forms("kilowatt_hour", "kilowatt hour", "kilowatt hours", "kilowatt-hour", "kilowatt-hours"),
    **_forms("megawatt_hour", "megawatt hour", "megawatt hours", "megawatt-hour", "megawatt-hours"),
    **_forms("gigawatt_hour", "gigawatt hour", "gigawatt hours", "gigawatt-hour", "gigawatt-hours"),
    **_forms("terawatt_hour", "terawatt hour", "terawatt hours", "terawatt-hour", "terawatt-hours"),
    **_forms("british_thermal_unit", "british thermal unit", "british thermal units"),
    # data
    **_forms("byte", "byte", "bytes"),
    **_forms("kilobyte", "kilobyte", "kilobytes"),
    **_forms("megabyte", "megabyte", "megabytes"),
    **_forms("gigabyte", "gigabyte", "gigabytes"),
    **_forms("terabyte", "terabyte", "terabytes"),
    # computing speed and print resolution, as technology news writes them
    **_forms("megaflops", "megaflops", "megaflop"),
    **_forms("gigaflops", "gigaflops", "gigaflop"),
    **_forms("teraflops", "teraflops", "teraflop"),
    **_forms("petaflops", "petaflops", "petaflop"),
    **_forms("pixels_per_inch", "dots per inch", "dot per inch", "pixels per inch"),
    # torque and power, as car and engine reviews write them
    **_forms(
        "foot * force_pound",
        "pound-feet",
        "pound-foot",
        "pound feet",
        "foot-pounds",
        "foot-pound",
        "lb-ft",
        "lb ft",
        "lb.-ft.",
        "ft-lb",
        "ft-lbs",
        "lbs-ft",
    ),
    **_forms("horsepower", "brake horsepower", "bhp", "hp"),
    **_forms("gigametric_ton", "gigatonne", "gigatonnes"),
    **_forms("megametric_ton", "megatonne", "megatonnes"),
    **_forms(
        "megabritish_thermal_unit",
        "million british thermal units",
        "million british thermal unit",
        "million btu",
        "million btus",
        "mmbtu",
    ),
}

#: Currency words written after a number. ``cents`` / ``pence`` are pseudo-units
#: worth 0.01 of their currency. Plain "pounds" is NOT here: it is mass (see
#: :func:`newsnum.units.match_unit` for when it is read as GBP).
CURRENCY_WORDS: dict[str, str] = {
    **_forms(
        "USD",
        "dollar",
        "dollars",
        "us dollar",
        "us dollars",
        "u.s. dollar",
        "u.s. dollars",
        "american dollars",
        "usd",
    ),
    **_forms("EUR", "euro", "euros"),
    **_forms("GBP", "pound sterling", "pounds sterling", "sterling", "british pounds"),
    # "pence" is how British news writes amounts; "pennies" are mostly US coins
    **_forms("GBP_pence", "pence", "penny"),
    **_forms("USD_cent", "cent", "cents", "us cents", "pennies"),
    # plural only for nickels: "5 nickel mines" is the metal
    **_forms("USD_dime", "dime", "dimes"),
    **_forms("USD_nickel", "nickels"),
    **_forms("EUR_cent", "euro cent", "euro cents"),
    **_forms("CAD_cent", "canadian cent", "canadian cents"),
    **_forms("AUD_cent", "australian cent", "australian cents"),
    **_forms("UAH_kopiyka", "kopiyka", "kopiykas", "kopiyky", "kopiyok"),
    **_forms("RUB_kopek", "kopek", "kopeks", "kopeck", "kopecks", "kopeyka", "kopeyki"),
    **_forms("INR_paisa", "paisa", "paise"),
    **_forms("UAH", "hryvnia", "hryvnias", "hryvnya", "hryvnyas", "hryvnas", "hryvna", "hryvni"),
    **_forms("RUB", "rouble", "roubles", "ruble", "rubles", "russian roubles", "russian rubles"),
    **_forms("JPY", "yen", "japanese yen"),
    **_forms("CNY", "yuan", "renminbi", "chinese yuan", "rmb"),
    **_forms("INR", "rupee", "rupees", "indian rupees", "indian rupee"),
    **_forms("PKR", "pakistani rupees", "pakistani rupee"),
    **_forms("FRF", "franc", "francs", "french francs"),
    **_forms("CHF", "swiss franc", "swiss francs"),
    **_forms("CAD", "canadian dollar", "canadian dollars"),
    **_forms("AUD", "australian dollar", "australian dollars"),
    **_forms("NZD", "new zealand dollar", "new zealand dollars"),
    **_forms("HKD", "hong kong dollar", "hong kong dollars"),
    **_forms("SGD", "singapore dollar", "singapore dollars"),
    **_forms("TWD", "taiwan dollars", "taiwanese dollars", "new taiwan dollars"),
    **_forms("MXN", "mexican peso", "mexican pesos"),
    **_forms("ARS", "argentine peso", "argentine pesos"),
    **_forms("PHP", "philippine peso", "philippine pesos"),
    **_forms("BRL", "reais", "brazilian real", "brazilian reais"),
    **_forms("ZAR", "rand", "south african rand"),
    **_forms("KRW", "korean won", "south korean won"),
    # "won" alone only after a scale word ("one trillion won"); see newsnum.units
    **_forms("KRW", "won"),
    **_forms("TRY", "turkish lira", "turkish liras", "turkish lire", "lira", "liras"),
    **_forms("ILS", "shekel", "shekels", "new shekels"),
    **_forms(
        "MYR",
        "ringgit",
        "ringgits",
        "malaysian ringgit",
        "malaysian ringgits",
        "malaysia ringgit",
        "malaysia ringgits",
    ),
    **_forms("IDR", "rupiah"),
    **_forms("THB", "baht"),
    **_forms("VND", "dong", "vietnamese dong"),
    **_forms("NGN", "naira"),
    **_forms("KES", "kenyan shilling", "kenyan shillings"),
    **_forms("SAR", "saudi riyal", "saudi riyals", "riyal", "riyals", "saudiriyal"),
    **_forms("QAR", "qatari riyal", "qatari riyals"),
    **_forms("AED", "dirham", "dirhams", "uae dirhams"),
    **_forms("KWD", "kuwaiti dinar", "kuwaiti dinars"),
    **_forms("EGP", "egyptian pound", "egyptian pounds"),
    **_forms("LBP", "lebanese pound", "lebanese pounds"),
    **_forms("PLN", "zloty", "zlotys", "zlotych"),
    **_forms("HUF", "forint", "forints"),
    **_forms("CZK", "czech koruna", "czech crowns"),
    **_forms("SEK", "swedish krona", "swedish kronor", "kronor"),
    **_forms("NOK", "norwegian krone", "norwegian kroner", "norwegian crowns", "norwegian crown"),
    **_forms("DKK", "danish krone", "danish kroner", "danish crowns", "danish crown"),
    **_forms("SEK", "swedish crowns", "swedish crown"),
    # "kroner" alone: Danish unless the text says Norway (newsnum.passes)
    **_forms("DKK", "kroner", "krone"),
    **_forms("MNT", "tugrik", "tugriks"),
    **_forms("DEM", "deutsche mark", "deutsche marks", "deutschmark", "deutschmarks"),
    **_forms("FIM", "markka", "markkaa", "finnish markka"),
    **_forms("ESP", "peseta", "pesetas"),
    **_forms("NLG", "guilder", "guilders", "dutch guilders"),
    # a bare "lira" in today's news is Turkish; "lire" is the old Italian plural
    **_forms("ITL", "lire", "italian lire", "italian lira"),
    **_forms("BTC", "bitcoin", "bitcoins"),
}

#: Case-sensitive symbols, accepted glued ("5km"), after one space ("5 km") or
#: after a hyphen ("a 5-km race").
SYMBOLS: dict[str, str] = {
    "mmHg": "millimeter_Hg",
    "mmol/L": "millimole / liter",
    "mmol/l": "millimole / liter",
    **_forms("kilometer", "km", "Km"),
    **_forms("centimeter", "cm"),
    **_forms("millimeter", "mm"),
    **_forms("mile", "mi"),
    **_forms("nautical_mile", "nmi", "NM"),
    **_forms("foot", "ft"),
    **_forms("yard", "yd", "yds"),
    **_forms("kilometer ** 2", "km2", "km²", "km^2", "Km2", "sq km", "sq. km", "sqkm"),
    **_forms("meter ** 2", "m2", "m²", "m^2", "sq m"),
    **_forms("mile ** 2", "sq mi", "mi2", "mi²"),
    **_forms("foot ** 2", "sq ft", "ft2", "ft²"),
    **_forms("centimeter ** 2", "cm2", "cm²"),
    **_forms("kilometer ** 3", "km3", "km³", "km^3"),
    **_forms("meter ** 3", "m3", "m³", "m^3", "cu m"),
    **_forms("centimeter ** 3", "cm3", "cm³", "cc"),
    **_forms("foot ** 3", "cu ft"),
    **_forms("hectare", "ha"),
    **_forms("milliliter", "ml", "mL", "mls"),
    **_forms("centiliter", "cl", "cL"),
    **_forms("hectoliter", "hl", "hL"),
    **_forms("gallon", "gal", "gals"),
    **_forms("barrel", "bbl", "bbls"),
    **_forms("kilogram", "kg", "kgs", "Kg"),
    **_forms("milligram", "mg"),
    **_forms("microgram", "µg", "μg", "mcg"),
    **_forms("micrometer", "µm", "μm"),
    **_forms("pound", "lb", "lbs", "Lb", "Lbs"),
    **_forms("ounce", "oz"),
    **_forms("fluid_ounce", "fl oz"),
    **_forms("second", "sec", "secs"),
    **_forms("minute", "min", "mins"),
    **_forms("hour", "hr", "hrs"),
    **_forms("kilometer / hour", "km/h", "km/hr", "kmh", "kph", "kmph", "Km/h", "KPH"),
    **_forms("mile / hour", "mph", "MPH", "mi/h", "m.p.h.", "m.p.h"),
    **_forms("horsepower", "BHP", "HP", "Hp", "bhp", "hp"),
    **_forms("kip_per_square_inch", "ksi"),
    **_forms("megabritish_thermal_unit", "MMBtu", "mmBtu", "mmBTU", "MMBTU"),
    **_forms("barrel / day", "bpd", "b/d", "bbl/d"),
    **_forms("mile / gallon", "mpg"),
    **_forms("meter / second", "m/s"),
    **_forms("meter / second ** 2", "m/s2", "m/s²", "m/s^2"),
    **_forms("kilometer / second ** 2", "km/s2", "km/s²", "km/s^2"),
    **_forms("knot", "kn", "kts"),
    **_forms("degree_Celsius", "°C", "° C", "ºC", "℃"),
    **_forms("degree_Fahrenheit", "°F", "° F", "ºF", "℉"),
    **_forms("kelvin", "°K"),
    **_forms("percent", "%", "pct", "pc"),
    **_forms("basis_point", "bps", "bp"),
    **_forms("percentage_point", "pp", "ppts"),
    **_forms("ppm", "ppm"),
    **_forms("ppb", "ppb"),
    **_forms("kilowatt", "kW", "KW"),
    **_forms("megawatt", "MW"),
    **_forms("gigawatt", "GW"),
    **_forms("kilowatt_hour", "kWh", "KWH", "KWh"),
    **_forms("megawatt_hour", "MWh"),
    **_forms("gigawatt_hour", "GWh"),
    **_forms("terawatt_hour", "TWh"),
    **_forms("watt_hour", "Wh"),
    **_forms("tablespoon", "tbsp"),
    **_forms("teaspoon", "tsp"),
    **_forms("kilobyte", "kB", "KB"),
    **_forms("megabyte", "MB"),
    **_forms("gigabyte", "GB"),
    **_forms("terabyte", "TB"),
    **_forms("gigahertz", "GHz", "GHZ", "ghz", "Ghz"),  # "a 2.6ghz chip"
    **_forms("pixels_per_inch", "dpi", "DPI", "ppi"),  # never pint's dry pint
    **_forms("megahertz", "MHz", "MHZ", "mhz", "Mhz"),
    **_forms("kilohertz", "kHz", "KHZ", "khz", "Khz"),
    **_forms("gigametric_ton", "Gt"),
    **_forms("decibel", "dB"),
    # radiation doses (Fukushima, Chernobyl, medical scans); "Gy" is no gigayear in news
    **_forms("gray", "Gy"),
    **_forms("milligray", "mGy"),
    **_forms("sievert", "Sv"),
    **_forms("millisievert", "mSv"),
    **_forms("microsievert", "µSv", "μSv", "uSv"),
    # a rate per second written with an exponent ("4e14 s-1")
    **_forms("1 / second", "s-1", "s−1", "s⁻¹", "s^-1"),
    # ages in medical and police reports ("a 87 yo man")
    **_forms("year", "yo", "y.o.", "y/o"),
    # Egyptian pounds as Egyptian papers write them ("LE 5 million", "42 L.E.")
    **_forms("EGP", "LE", "L.E.", "L.E"),
    **_forms("MYR_sen", "sen"),
    **_forms("CNY", "元"),
    **_forms("LKR", "ரூ"),
}

#: Symbols that are single letters or English words: only glued to the number.
GLUED: dict[str, str] = {
    **_forms("meter", "m"),
    **_forms("gram", "g", "gm"),
    **_forms("liter", "l", "L", "ltr"),
    **_forms("hour", "h"),
    **_forms("inch", "in", "ins"),  # "5ft 9ins"
    **_forms("metric_ton", "t"),
    **_forms("degree_Celsius", "C"),
    **_forms("degree_Fahrenheit", "F"),
    **_forms("nanometer", "nm"),
    **_forms("watt", "W"),
    **_forms("joule", "J"),
    **_forms("volt", "V"),
    **_forms("GBP_pence", "p"),
    **_forms("USD_cent", "c", "¢"),
}

#: Symbols accepted after a space only when no word or number follows ("1 m",
#: "2 in.", but not "5 m people" or "3 in 10").
FINAL: dict[str, str] = {
    **_forms("meter", "m"),
    **_forms("inch", "in"),
    **_forms("gram", "g"),
    **_forms("liter", "l", "L"),
    **_forms("metric_ton", "t"),
    **_forms("USD_cent", "¢"),
    **_forms("gram", "gs"),
    # "a high of 30 C." (Canadian Press style); never "30 C-suite" or "5 C staff"
    **_forms("degree_Celsius", "C"),
    **_forms("degree_Fahrenheit", "F"),
}

#: Unit words that, written with a capital, name something ("six League games", "Joss
#: Stone", "Mile End", the rapper 50 Cent): read as units only in lower case.
NAMES_WHEN_CAPITALISED: frozenset[str] = frozenset(
    {"league", "leagues", "stone", "stones", "chain", "chains", "rod", "rods", "hand", "cent"}
    | {"hands", "grain", "grains", "link", "links", "mile", "perch", "pole", "poles"}
)

# fmt: off
#: quantulum3 surfaces (lower-cased) never taken into the catalogue.
BLOCKED: frozenset[str] = frozenset({
    # scale words and suffixes (the number reader owns them)
    "k", "bn", "b", "mn", "mln", "tn", "tr", "m", "mil", "mill", "million", "billion",
    "trillion", "thousand", "hundred", "lakh", "lakhs", "crore", "crores", "dozen", "gross",
    "score",
    # clock times, ordinals, decades
    "am", "pm", "a.m", "p.m", "st", "nd", "rd", "th", "s", "'s",
    # everyday words quantulum3 lists as units
    "set", "sets", "pair", "pairs", "pack", "packs", "piece", "pieces", "pc", "pcs",
    "point", "points", "line", "lines", "time", "times", "instance", "instances", "count",
    "counts", "turn", "turns", "cycle", "cycles", "circle", "circles", "span", "spans",
    "drop", "drops", "quarter", "quarters", "real", "won", "bar", "bars",
    "gal", "rad", "henry", "tex", "darcy", "shake", "shakes", "denier", "quad", "quads",
    "ell", "gray", "grey", "siemens", "candle", "candles", "pond", "ponds", "nit", "nits",
    "dots", "pixel", "pixels", "rhe", "kip", "kips", "poise", "stokes", "faraday", "curie",
    "weber", "maxwell", "tesla", "langley", "rutherford", "base pair", "base pairs", "in", "at",
    "a", "an", "as", "is", "it", "to", "of", "on", "or", "by", "be", "do", "go", "he", "we",
    "no", "so", "up", "us", "me", "my", "hi", "oh", "ok", "per", "mile stone", "peso",
    "pesos", "dollar sign", "c", "f", "p", "d", "h", "t", "g", "l", "n", "v", "w", "x", "y",
    "z", "e", "r", "u", "ft.", "mi.", "ton of refrigeration", "long hundred", "stere",
    "lustrum", "cubit", "twip", "pferdestarke", "dalton", "daltons",
    # "TV" is television in news ("millions of TV viewers"), never teravolts
    "tv",
    # a league is a sports competition in news ("15 league games"), never a distance
    "league", "leagues",
})

#: ISO 4217 codes the registry defines (current, plus historical ones news
#: archives use) and BTC as a common non-ISO code.
CURRENCY_CODES: tuple[str, ...] = (
    "AED", "AFN", "ALL", "AMD", "ANG", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT",
    "BGN", "BHD", "BIF", "BMD", "BND", "BOB", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD", "CAD",
    "CDF", "CHF", "CLP", "CNY", "COP", "CRC", "CUP", "CVE", "CZK", "DJF", "DKK", "DOP", "DZD",
    "EGP", "ERN", "ETB", "EUR", "FJD", "FKP", "GBP", "GEL", "GHS", "GIP", "GMD", "GNF", "GTQ",
    "GYD", "HKD", "HNL", "HTG", "HUF", "IDR", "ILS", "INR", "IQD", "IRR", "ISK", "JMD", "JOD",
    "JPY", "KES", "KGS", "KHR", "KMF", "KPW", "KRW", "KWD", "KYD", "KZT", "LAK", "LBP", "LKR",
    "LRD", "LSL", "LYD", "MAD", "MDL", "MGA", "MKD", "MMK", "MNT", "MOP", "MRU", "MUR", "MVR",
    "MWK", "MXN", "MYR", "MZN", "NAD", "NGN", "NIO", "NOK", "NPR", "NZD", "OMR", "PAB", "PEN",
    "PGK", "PHP", "PKR", "PLN", "PYG", "QAR", "RON", "RSD", "RUB", "RWF", "SAR", "SBD", "SCR",
    "SDG", "SEK", "SGD", "SHP", "SLE", "SOS", "SRD", "SSP", "STN", "SVC", "SYP", "SZL", "THB",
    "TJS", "TMT", "TND", "TOP", "TRY", "TTD", "TWD", "TZS", "UAH", "UGX", "USD", "UYU", "UZS",
    "VES", "VND", "VUV", "WST", "XAF", "XCD", "XOF", "XPF", "YER", "ZAR", "ZMW", "ZWL",
    # historical (pre-euro and others met in news archives)
    "ATS", "BEF", "DEM", "ESP", "FIM", "FRF", "GRD", "IEP", "ITL", "NLG", "PTE", "HRK", "LTL",
    "LVL", "EEK", "SKK", "SIT", "CYP", "MTL", "VEF", "ZMK",
    # not ISO 4217, common in news
    "BTC",
)
# fmt: on

#: Pseudo-units below a currency's main unit, with that currency. Each is worth
#: a hundredth of it unless :data:`PSEUDO_FACTORS` says otherwise.
PSEUDO_CURRENCIES: dict[str, str] = {
    "USD_cent": "USD",
    "EUR_cent": "EUR",
    "CAD_cent": "CAD",
    "AUD_cent": "AUD",
    "GBP_pence": "GBP",
    "USD_dime": "USD",
    "USD_nickel": "USD",
    "MYR_sen": "MYR",
    "UAH_kopiyka": "UAH",
    "RUB_kopek": "RUB",
    "INR_paisa": "INR",
}

#: Pseudo-units not worth a hundredth of their currency (exact decimal strings).
PSEUDO_FACTORS: dict[str, str] = {
    "USD_dime": "0.1",
    "USD_nickel": "0.05",
}

#: Currency words that more than one country uses, the currency they are read as where
#: the text names one of those countries, and what names it ("25bn rupees" in a story on
#: Sri Lanka are Sri Lankan rupees). Elsewhere they keep the currency of ``WORDS``.
SHARED_CURRENCY_WORDS: dict[str, dict[str, str]] = {
    "kroner": {"Norw": "NOK", "Oslo": "NOK"},
    "krone": {"Norw": "NOK", "Oslo": "NOK"},
    "rupees": {"Sri Lanka": "LKR", "Pakistan": "PKR", "Nepal": "NPR", "Mauritius": "MUR"},
    "rupee": {"Sri Lanka": "LKR", "Pakistan": "PKR", "Nepal": "NPR", "Mauritius": "MUR"},
    "pesos": {"Argentin": "ARS", "Chile": "CLP", "Colombia": "COP", "Philippin": "PHP"},
    "peso": {"Argentin": "ARS", "Chile": "CLP", "Colombia": "COP", "Philippin": "PHP"},
}

#: Currency symbols and abbreviations written before a number (ISO codes are
#: added by :mod:`newsnum.units`); the longest matching prefix wins.
CURRENCY_PREFIXES: dict[str, str] = {
    "US$": "USD",
    "U.S.$": "USD",
    # the Australian order and spaced forms: "$US40 billion", "US $5", "HK $3 billion"
    "$US": "USD",
    "$A": "AUD",
    "$NZ": "NZD",
    "US $": "USD",
    "A $": "AUD",
    "C $": "CAD",
    "HK $": "HKD",
    "NZ $": "NZD",
    "S $": "SGD",
    "A$": "AUD",
    "AU$": "AUD",
    "C$": "CAD",
    "CA$": "CAD",
    "HK$": "HKD",
    "NZ$": "NZD",
    "S$": "SGD",
    "NT$": "TWD",
    "R$": "BRL",
    "Mex$": "MXN",
    "MX$": "MXN",
    "$": "USD",
    "£": "GBP",
    "€": "EUR",
    "¥": "JPY",
    "₹": "INR",
    "₴": "UAH",
    "₽": "RUB",
    "₩": "KRW",
    "₪": "ILS",
    "₺": "TRY",
    "₦": "NGN",
    "KSh": "KES",
    "Ksh": "KES",
    "GH¢": "GHS",
    "GH₵": "GHS",
    "₱": "PHP",
    "฿": "THB",
    "₫": "VND",
    "₡": "CRC",
    "₾": "GEL",
    "₭": "LAK",
    "₸": "KZT",
    "Rs.": "INR",
    "Rs": "INR",
    "RM": "MYR",
    "Rp": "IDR",
    "₿": "BTC",
    # HTML entities a scraped feed leaves in the text: "bid &#163;8m"
    "&#163;": "GBP",
    "&pound;": "GBP",
    "&#8364;": "EUR",
    "&euro;": "EUR",
    "&#165;": "JPY",
    "&yen;": "JPY",
}
