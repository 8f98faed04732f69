"""English as data: every word list and phrase table newsnum reads news with.

Plain data, nothing computed. The modules that use a table compile their patterns from
it, lazily, once; no English word is written anywhere else in the code. Each table says
in its comment what it is for and which module reads it. Word sets are lower case unless
their comment says otherwise.
"""

from __future__ import annotations

__all__ = [
    "AFTER_A_RESULT",
    "AFTER_SAID_AGE",
    "AGE_ADVERBS",
    "AGE_BRACKETS",
    "AGE_GROUPS",
    "AGE_PHRASES",
    "AGE_SUBJECTS",
    "AGE_VERBS",
    "AGE_WORDS",
    "AGO_WORDS",
    "AMOUNT_HEDGES",
    "AMOUNT_PLURALS",
    "ANSWER_VERBS",
    "AREA_NOUNS",
    "AREA_OF",
    "ATTEMPTS",
    "ATTRIBUTION_VERBS",
    "AT_MOST",
    "AWARD_NOUNS",
    "BASE_WORDS",
    "BEST_OF",
    "BOUND_AFTER",
    "BREAKDOWN_OPENINGS",
    "CHANGE_DOWN",
    "CHANGE_UP",
    "CHANGE_VERBS",
    "CHART_WORDS",
    "CLASS_WORDS",
    "CLOSE_BELOW",
    "COMPARED_WITH",
    "COUNT_PERIODS",
    "COUNT_QUALIFIERS",
    "DATA_NOUNS",
    "DENSITIES",
    "DETERMINERS",
    "DIMENSION_WORDS",
    "DISTANCE_WORDS",
    "DURATION_ADJECTIVES",
    "ERAS",
    "EVENTS",
    "EVENT_RESULTS",
    "EXPECTED_AFTER",
    "EXPECTED_MEASURES",
    "FACTOR_VERBS",
    "FIELD_EVENTS",
    "FLUIDS",
    "FLUID_COMPOUNDS",
    "FOLLOW_WORDS",
    "FRACTION_COMPARATIVES",
    "HEDGES",
    "HOW_MANY_THERE_ARE",
    "HYPHEN_ADJECTIVES",
    "HYPHEN_COUNTS",
    "HYPHEN_NAMES",
    "IDENTIFIER_PHRASES",
    "IDENTIFIER_WORDS",
    "IDIOMS",
    "IN_A_ROW",
    "IN_TOTAL",
    "LAND_HOLDINGS",
    "LENGTH_NOUNS",
    "LETTER_SCALES",
    "LEVEL_QUALIFIERS",
    "LEVEL_WHOLES",
    "LIST_CONTINUES",
    "LIST_GOES_ON",
    "LONE_FRACTIONS",
    "MANY_ANSWERS",
    "MARGIN_NOUNS",
    "MASS_NOUNS",
    "MEASURED_NOUNS",
    "MEASURE_HEDGES",
    "METRE_PLURALS",
    "MILLION_NOUNS",
    "MODEL_NOUN_ENDS",
    "MODIFIER_STOPS",
    "MONTHS",
    "MORE_THAN_OVER",
    "NAMED_GROUPS",
    "NAMES_GO_ON",
    "NAME_ABBREVIATIONS",
    "NAME_JOINERS",
    "NOT_ONE_AFTER",
    "NOT_ONE_BEFORE",
    "NOT_ONE_UNIT",
    "NOT_PLURALS",
    "NOT_SHARES_CUES",
    "NOUN_VERBS",
    "NO_DECIMAL_CURRENCIES",
    "NUMBER_DENOMINATORS",
    "NUMBER_SMALL",
    "NUMBER_TENS",
    "ODDS_AFTER",
    "ODDS_BEFORE",
    "ODD_PLURALS",
    "OF_DETERMINERS",
    "OF_THEM",
    "ONE_COUNT_ADVERBS",
    "ONE_COUNT_BEFORE",
    "ONE_MARGINS",
    "OPPOSING_ANSWERS",
    "ORDINALS",
    "ORDINAL_DENOMINATORS",
    "ORDINAL_DETERMINERS",
    "ORDINAL_PERIODS",
    "ORDINAL_QUALIFIERS",
    "ORDINAL_UNITS",
    "ORDINAL_VERBS",
    "OUTCOMES",
    "PARTS_OF_DAY",
    "PART_CUES",
    "PEOPLE_PLURALS",
    "PERIODS_IN",
    "PERIOD_HEDGES_ABOUT",
    "PERIOD_HEDGES_LESS",
    "PERIOD_HEDGES_MORE",
    "PERIOD_WORDS",
    "PERSONS",
    "PER_NOUNS",
    "PER_NOUN_NAMES",
    "PLACE_WORDS",
    "PLURALS_BEFORE_A_STOP",
    "PLURAL_MODIFIERS",
    "PREPOSITION_HEDGES",
    "PRONOUNS",
    "QUARTER_PERIOD_AFTER",
    "QUARTER_PERIOD_BEFORE",
    "RACE_CLOCK_VERBS",
    "RACE_DISTANCES",
    "RACE_TIME_BEFORE",
    "RACE_TIME_NOUNS",
    "RACE_WORDS",
    "RANGE_OPENERS",
    "RANK_WORDS",
    "RATE_ADVERBS",
    "RATE_RESTATED",
    "RESULT_VERBS",
    "RISE_VERBS",
    "RISING_TO",
    "RUN_EVENTS",
    "SCALES",
    "SCALE_ADJECTIVES",
    "SCALE_ADJECTIVE_MONEY",
    "SCALE_FLAGS",
    "SCORE_MAKERS",
    "SCREEN_WORDS",
    "SECOND_HEDGES",
    "SERIES_PARTS",
    "SHARE_CUES",
    "SHARE_OF_VERBS",
    "SHARE_SUBJECT_VERBS",
    "SHARE_WHOLES",
    "SIGN_WORDS",
    "SIZE_JOINS_AFTER",
    "SIZE_JOINS_BEFORE",
    "SIZE_MEMBERS",
    "SPLIT_NOUNS",
    "STAGE_ENDS",
    "STAGE_WORDS",
    "STAKES",
    "STOP_WORDS",
    "STREET_WORDS",
    "SUBUNIT_WORDS",
    "SUPERLATIVES",
    "TIME_HEADS",
    "TIME_NOUNS",
    "TIME_PHRASE_OPENERS",
    "TIME_PHRASE_PERIODS",
    "TIME_ZONES",
    "TITLE_VERBS",
    "TOP_LISTS",
    "TOTAL_CUES",
    "UP_FRONT",
    "VAGUE",
    "WEATHER_WORDS",
    "WEEKDAYS",
    "YEARLY_COUNTS",
    "YEARLY_TIMES",
    "YEAR_HEDGES",
]

# --------------------------------------------------------------------------- number words

#: Read by numbers (the number-word grammar): zero to nineteen, in order.
NUMBER_SMALL: tuple[str, ...] = (
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
)

#: Read by numbers: the tens, twenty to ninety, in order.
NUMBER_TENS: tuple[str, ...] = (
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
)

#: Read by numbers: fraction denominators by their singular ordinal ("a fifth",
#: "three-quarters"); the tens ("twentieth") and plurals are derived.
NUMBER_DENOMINATORS: dict[str, int] = {
    "half": 2,
    "third": 3,
    "quarter": 4,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "hundredth": 10**2,
    "thousandth": 10**3,
    "millionth": 10**6,
    "billionth": 10**9,
    "trillionth": 10**12,
}

#: Flags of a scale word (see SCALES).
SCALE_FLAGS: dict[str, str] = {
    "words": "part of a spelled-out number ('two hundred', 'a dozen', 'three billions')",
    "after": "follows a figure, spaced or glued ('3.7 million', '1.2bn', '300k')",
    "glued": "follows a figure only glued, or spaced with nothing after it ('300k', '2.33 k')",
    "money": "glued to an amount of money only ('$5m', '£3b', '€10M')",
}

#: Read by numbers (parse_number), scan (scales after a figure), extract (scales after
#: money) and units ("pounds" after a scale word is sterling): every scale word, its
#: multiplier, and where it may stand (SCALE_FLAGS). "m" is a scale only after money:
#: after a bare figure it is as often metres ("5m") as millions.
SCALES: dict[str, tuple[int, frozenset[str]]] = {
    "hundred": (100, frozenset({"words", "after"})),
    "dozen": (12, frozenset({"words", "after"})),
    "dozens": (12, frozenset({"words", "after"})),
    "dz": (12, frozenset({"words", "after"})),
    "dzs": (12, frozenset({"words", "after"})),
    "doz": (12, frozenset({"words", "after"})),
    "dozs": (12, frozenset({"words", "after"})),
    "thousand": (10**3, frozenset({"words", "after"})),
    "thousands": (10**3, frozenset({"words"})),
    "k": (10**3, frozenset({"words", "glued", "money"})),
    "lakh": (10**5, frozenset({"words", "after"})),
    "lakhs": (10**5, frozenset({"words", "after"})),
    "lac": (10**5, frozenset({"words", "after"})),
    "lacs": (10**5, frozenset({"words", "after"})),
    "lkh": (10**5, frozenset({"words", "after"})),
    "lkhs": (10**5, frozenset({"words", "after"})),
    "million": (10**6, frozenset({"words", "after"})),
    "millions": (10**6, frozenset({"words", "after"})),
    "mn": (10**6, frozenset({"words", "after", "money"})),
    "mln": (10**6, frozenset({"words", "after"})),
    "m": (10**6, frozenset({"money"})),
    "crore": (10**7, frozenset({"words", "after"})),
    "crores": (10**7, frozenset({"words", "after"})),
    "cr": (10**7, frozenset({"words", "after"})),
    "crs": (10**7, frozenset({"words", "after"})),
    "billion": (10**9, frozenset({"words", "after"})),
    "billions": (10**9, frozenset({"words", "after"})),
    "bn": (10**9, frozenset({"words", "after", "money"})),
    "bln": (10**9, frozenset({"words", "after"})),
    "b": (10**9, frozenset({"money"})),
    "trillion": (10**12, frozenset({"words", "after"})),
    "tn": (10**12, frozenset({"words", "after", "money"})),
    "trn": (10**12, frozenset({"words", "after"})),
    "mil": (10**6, frozenset({"money"})),
    "tln": (10**12, frozenset({"words", "after"})),
}

#: Read by scan and extract: capital letters glued to a decimal figure ("1.2M", "2.174T",
#: "1.2b"), case-sensitive, with their multipliers; also after money ("$10M", "€2B").
LETTER_SCALES: dict[str, int] = {"M": 10**6, "B": 10**9, "b": 10**9, "T": 10**12, "K": 10**3}

#: Read by scan: vague plurals and the range (lower, upper) each names, as NewsQuant bounds
#: them ("dozens" of something); "tens of" and "hundreds of" multiply the plural after.
VAGUE: dict[str, tuple[int, int]] = {
    "dozens": (12, 120),
    "hundreds": (100, 1000),
    "thousands": (1000, 10_000),
    "millions": (10**6, 10**7),
    "billions": (10**9, 10**10),
}

# --------------------------------------------------------------------------- before a number

#: Read by stages (hedge): hedges written before a number and the bound each gives; the
#: longest that fits wins ("no more than" before "more than").
HEDGES: dict[str, str] = {
    "more than": ">",
    "greater than": ">",
    "larger than": ">",
    "higher than": ">",
    "over": ">",
    "above": ">",
    "upwards of": ">",
    "in excess of": ">",
    "just over": ">",
    "well over": ">",
    "at least": ">=",
    "no fewer than": ">=",
    "no less than": ">=",
    "a minimum of": ">=",
    "not less than": ">=",
    "smaller than": "<",
    "longer than": ">",
    "older than": ">",
    "taller than": ">",
    "shorter than": "<",
    "younger than": "<",
    "lower than": "<",
    "bigger than": ">",
    "greater than or equal to": ">=",
    "more than or equal to": ">=",
    "higher or equal than": ">=",
    "greater or equal than": ">=",
    "larger or equal than": ">=",
    "less than or equal to": "<=",
    "less or equal than": "<=",
    "lower or equal than": "<=",
    "smaller or equal than": "<=",
    "no greater than": "<=",
    "no higher than": "<=",
    "not exceeding": "<=",
    "equal to": "=",
    "less than": "<",
    "fewer than": "<",
    "under": "<",
    "below": "<",
    "just under": "<",
    "up to": "<=",
    "at most": "<=",
    "no more than": "<=",
    "not more than": "<=",
    "as many as": "<=",
    "as much as": "<=",
    "as high as": "<=",
    "a maximum of": "<=",
    "about": "~",
    "around": "~",
    "some": "~",
    "roughly": "~",
    "nearly": "~",
    "almost": "~",
    "approximately": "~",
    "approx.": "~",
    "circa": "~",
    "close to": "~",
    "an estimated": "~",
    "estimated": "~",
    "almost exactly": "~",
    "within": "<=",
    "capped at": "<=",
    "at or below": "<=",
    "at or above": ">=",
    "topped": ">",
    "exceed": ">",
    "exceeds": ">",
    "exceeded": ">",
    "exceeding": ">",
    "surpassed": ">",
    "exactly": "=",
    "precisely": "=",
}

#: Read by ranges: a hedge on the far end of a range ("2 - ~7 grams", "2 g and about 7 g").
SECOND_HEDGES: tuple[str, ...] = ("about", "around", "approximately", "roughly", "some", "~")

#: Read by stages (hedge): words after which "over" + a duration means "more than"
#: ("jailed for over 25 years"), not "across" ("rose 150% over three years").
MORE_THAN_OVER: frozenset[str] = frozenset(
    """for of in took takes take lasted lasting last spent spend served serve after aged been
    within lived waited wait is was are were""".split()
)

#: Read by ranges: words that open a range before its first end ("between 5 and 10").
RANGE_OPENERS: frozenset[str] = frozenset(
    {"between", "from", "between the ages of", "aged between", "ages between"}
)

#: Read by stages (sign): words that make the figure after them negative.
SIGN_WORDS: frozenset[str] = frozenset({"minus", "negative"})

#: Read by exclusions and stages (age): words hyphenated to an age bracket ("the over-50
#: demographic", "an under-21 side"), by the bound each gives.
AGE_BRACKETS: dict[str, str] = {"over": ">", "under": "<"}

#: Read by ranges: verbs (and "up", "down") of change. "rose from 5 to 10" and "fell 20p
#: to 71.5p" are a change and a level, not a range.
CHANGE_VERBS: tuple[str, ...] = tuple(
    """rose rise rising risen fell fall falling fallen increase increased increasing decrease
    decreased decreasing reduce reduced reducing cut cutting raise raised raising grew grow
    growing grown dropped drop dropping decline declined declining climb climbed climbing jump
    jumped jumping soar soared slump slumped plunge plunged surge surged shrank shrunk expand
    expanded lowered lifted up down change changed went move moved revised upgraded downgraded
    doubled halved edged slipped tumbled gained gain gains gaining lost lose loses losing shed
    added adding adds expand expands expanding double doubling triple tripled tripling halve
    halving""".split()
)

#: Read by stages (hedge): verbs of rising after which "up to" gives a new level, not a
#: ceiling ("the rate ticked up to 6.2%").
RISE_VERBS: frozenset[str] = frozenset(
    """ticked moved went climbed crept edged shot jumped rose rise rises risen revised bumped
    pushed ramped stepped scaled built roared surged soared bounced picked raised""".split()
)

#: Read by checks (a change by a factor): verbs of multiplying, by the stem each form
#: starts with, and the factor ("halving its dividend to 17 cents from 34 cents").
FACTOR_VERBS: dict[str, str] = {"halv": "0.5", "doubl": "2", "tripl": "3", "quadrupl": "4"}

#: Read by checks (restatements): a period named in words, as a count of a pint unit ("a
#: fortnight (10 days)", "a decade"), and the hedges that bound it from below ("over an
#: hour (45 minutes)"), from above ("almost a whole minute (90 seconds)") or loosely.
PERIOD_WORDS: dict[str, tuple[int, str]] = {
    "second": (1, "second"),
    "minute": (1, "minute"),
    "hour": (1, "hour"),
    "day": (1, "day"),
    "week": (1, "week"),
    "fortnight": (2, "week"),
    "month": (1, "month"),
    "year": (1, "year"),
    "decade": (10, "year"),
    "century": (100, "year"),
}
PERIOD_HEDGES_MORE: tuple[str, ...] = ("over", "more than", "at least", "upwards of", "beyond")
PERIOD_HEDGES_LESS: tuple[str, ...] = (
    "almost",
    "nearly",
    "under",
    "just under",
    "less than",
    "within",
    "up to",
    "barely",
    "not even",
)
PERIOD_HEDGES_ABOUT: tuple[str, ...] = ("about", "around", "roughly", "some", "approximately")

#: Read by checks (a change at a level): the words before a change that say which way it
#: went ("closed up 64 pence, or 6%, at 1130p", "fell 20p, or 5%, to 380p").
CHANGE_UP: frozenset[str] = frozenset(
    "up rose risen rises gained added jumped climbed rising higher increased grew soared"
    " surged".split()
)
CHANGE_DOWN: frozenset[str] = frozenset(
    "down fell fallen falls lost shed dropped slipped falling lower decreased eased declined"
    " slumped".split()
)

#: Read by checks (parts): plurals a share over 100% may be "of", since they are amounts
#: ("140% of its earnings", "150% of costs"); of any other plural ("192% of UK towns",
#: "120% of households") a share is at most 100%.
AMOUNT_PLURALS: frozenset[str] = frozenset(
    """earnings profits sales revenues costs wages salaries assets reserves funds savings
    losses debts expenses prices rates levels estimates forecasts expectations targets
    returns takings receipts payments premiums fees taxes subsidies outgoings borrowings
    liabilities deposits loans exports imports volumes""".split()
)

#: Read by scan: the scale words that count on their own when hyphenated to a currency, as
#: an adjective ("the fifth billion-dollar telecoms deal", "million-pound properties"),
#: and those currencies.
SCALE_ADJECTIVES: tuple[str, ...] = ("million", "billion", "trillion")
SCALE_ADJECTIVE_MONEY: tuple[str, ...] = ("dollar", "pound", "euro", "yen", "rupee", "yuan")

#: Read by checks (a change given twice): words that may stand between "from" and the level
#: a change starts at ("fell 1.5% to 51.8 from a revised 53.3").
LEVEL_QUALIFIERS: tuple[str, ...] = (
    "a revised",
    "an upwardly revised",
    "a downwardly revised",
    "an initial",
    "an earlier",
    "a previous",
    "a record",
    "an original",
)

#: Read by exclusions: month names and abbreviations as written (case-sensitive); a figure
#: beside them is a day or a year ("Feb 24", "24 February", "May 2004").
MONTHS: tuple[str, ...] = tuple(
    """Jan Jan. January Feb Feb. February Mar Mar. March Apr Apr. April May Jun Jun. June Jul
    Jul. July Aug Aug. August Sep Sep. Sept Sept. September Oct Oct. October Nov Nov. November
    Dec Dec. December""".split()
)

#: Read by exclusions: days of the week, as written (case-sensitive).
WEEKDAYS: tuple[str, ...] = tuple(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Tues Wed Thu Thur Thurs "
    "Fri Sat Sun".split()
)

#: Read by exclusions: words before a time written with colons that make it a race or lap
#: time, a duration ("won in 2:09:56", "a personal best of 3:31.20"); elsewhere "10:30"
#: is a clock time.
RACE_TIME_BEFORE: frozenset[str] = frozenset(
    "in of clocked timed time best record ran run finished winning won lap".split()
)

#: Read by stages (race time): words right before a figure in hundredths that make it a
#: time in seconds ("clocked 7.98"), and words before "of" or "in" that do ("a season's
#: best of 7.48", "took gold in 46.45").
RACE_CLOCK_VERBS: frozenset[str] = frozenset("clocked clocking timed ran".split())
RACE_TIME_NOUNS: frozenset[str] = frozenset("time best record gold title heat final".split())

#: Read by draft (millions): the distances of running races in metres; a glued "m" after
#: one is metres before a plural ("his 10,000m world records"), not millions.
RACE_DISTANCES: frozenset[int] = frozenset({60, 100, 110, 200, 400, 800, 1500, 3000, 5000, 10000})

#: Read by stages (unit): words after a distance in "K" that make it kilometres ("a 10K
#: race"), not thousands.
RACE_WORDS: frozenset[str] = frozenset(
    "race races run runs road walk event title champion championship marathon final".split()
)

#: Read by exclusions: time zones and clock words after a figure ("10 GMT", "5pm").
TIME_ZONES: tuple[str, ...] = ("GMT", "UTC", "BST", "CET", "EST", "EDT", "PST", "PDT")

#: Read by exclusions: a part of the day after an hour written as a count ("until three or
#: four in the morning").
PARTS_OF_DAY: tuple[str, ...] = (
    "in the morning",
    "in the afternoon",
    "in the evening",
    "at night",
)

#: Read by exclusions: capitalised words (case-sensitive) after which a bare number names
#: a thing, not a quantity ("Route 66", "Channel 4", "Windows 98", "FTSE 100").
IDENTIFIER_WORDS: frozenset[str] = frozenset(
    """Article Route Boeing Airbus Section Chapter Flight Room No. Nos. Number Highway
    Interstate Apollo Windows Level Phase Stage Category Grade Grades Model Version Vol. Volume
    Page Resolution Gate Platform Terminal District Block Unit Brigade Division Squadron version
    versions Versions
    Battalion Regiment Channel Track Proposition Amendment Exit Bus Episode Season Part Figure
    Fig. Table Item Paragraph Clause Line Psalm Title Class Type Mark Series Formula Zone Sector
    Building Floor Ward Precinct Road Street Avenue Station Lane Camp Lot Pier Bay Act Bill
    Covid COVID Rule Group iPhone Galaxy Pixel PlayStation Xbox Bowl WWII War Generation Gen
    Hurricane Storm Typhoon Cyclone Iskander Patriot Leopard Abrams Challenger Bradley Javelin
    HIMARS Stinger Ligue Liga Serie Bundesliga Tier Term FTSE DAX CAC Nikkei Stoxx STOXX Russell
    Seng ASX Nifty Fortune Forbes Euro Vision Max MAX Pro Ultra Pi Voyager Order HR Junction
    junction junctions section chapter article clause paragraph No Radio Flat Year Bed Cell Suite
    Apartment Apt. Box Door Pillar Post
    Falcon Starship iOS macOS Android Fi platform PS Note Surface Kindle""".split()
)

#: Read by exclusions: lower-case phrases after which a bare number is a name ("the number
#: 38 bus").
IDENTIFIER_PHRASES: frozenset[str] = frozenset(
    {"the number", "a number", "bus number", "route number"}
)

#: Read by exclusions: words after which a figure glued by "S&" is an index ("S&P 500").
#: Read by exclusions: street words after "27 High Street": an address.
STREET_WORDS: tuple[str, ...] = tuple(
    """Street St Road Rd Lane Avenue Ave Close Drive Way Place Square Crescent Terrace Gardens
    Court Boulevard Blvd Row Hill Grove Mews""".split()
)

#: Read by exclusions: lower-case words after which a number is a rank or a position, not
#: a quantity ("number one in the charts", "world number seven", "a top five hit").
RANK_WORDS: frozenset[str] = frozenset(
    {"number", "numbers", "no.", "top", "ranked", "seeded", "lane"}
)

#: Read by exclusions (chart places): words that make a sentence one of a chart or a
#: ranking, where a bare figure after "at", "to" or "from" is a place ("Estelle came in at
#: 39"); with "number 12", "No 1" and "the 44th place", which the pattern reads.
CHART_WORDS: tuple[str, ...] = ("chart", "charts", "ranking", "rankings", "places")

#: Read by exclusions: the word of betting odds before a fraction ("odds of 5/2"), and the
#: words after one ("a 7/4 favourite").
ODDS_BEFORE: frozenset[str] = frozenset({"odds"})
ODDS_AFTER: frozenset[str] = frozenset({"favourite", "favorite", "shot", "outsider", "on"})

#: Read by exclusions: words after which a number with nothing counted after it is a stage
#: of a competition ("into the last eight", "the final four").
STAGE_WORDS: frozenset[str] = frozenset({"last", "final"})

#: Read by exclusions (competition stage): words that may follow a stage, where a noun
#: would make it a count ("into the last 16 after", "the last eight of"; not "the last
#: eight years"); a verb in the singular names the stage ("the last 16 was a home tie").
STAGE_ENDS: tuple[str, ...] = tuple(
    """of in at on by after before with for against and but when where while since was is has
    if unless""".split()
)

#: Read by exclusions (chart place): words before "to" and a bare number that make it a
#: place in a chart ("down three places to 10").
PLACE_WORDS: frozenset[str] = frozenset("place places spot spots position positions".split())

#: Read by exclusions: lower-case words after which a bare number names a class ("a
#: category 5 storm", "a grade 2 listed building", "series two", "episode 4").
CLASS_WORDS: frozenset[str] = frozenset(
    {"category", "grade", "level", "tier", "class", "game", "series", "episode", "chapter"}
)

#: Read by exclusions: eras after a year ("190 AD", "55 B.C.").
ERAS: tuple[str, ...] = ("AD", "A.D.", "BC", "B.C.", "BCE", "CE")

#: Read by exclusions: idioms that hold a number but count nothing.
IDIOMS: tuple[str, ...] = (
    "knocked for six",
    "the back four",
    "the back three",
    "the back five",
    "think twice",
    "hit for six",
    "at sixes and sevens",
    "a million miles",
    "million-dollar question",
    "a million-dollar question",
    "in two minds",
    "on cloud nine",
    "dressed to the nines",
    "two and two together",
    "zero-sum",
    "zero tolerance",
    "one and the same",
    "one by one",
    "one another",
    "no one",
    "no-one",
    "half-time",
    "half the time",
    "half the battle",
    "on the half-hour",
    "on the half hour",
    "one-off",
    "one-way",
    "two-way",
    "one-click",
    "one-sided",
    "one-on-one",
    "one-time",
    "one-liner",
    "one-liners",
    "two-bit",
    "one-nil",
    "one-stop",
    "front five",
    "at once",
    "think for one minute",
    "suggest for one minute",
    "believe for one minute",
    "imagine for one minute",
    "think for one moment",
    "suggest for one moment",
    "believe for one moment",
    "imagine for one moment",
)

#: Read by exclusions: words hyphenated to a number that make a name or a rating, not a
#: count ("a five-star hotel", "one-dimensional play").
HYPHEN_NAMES: frozenset[str] = frozenset({"star", "handed", "dimensional"})

#: Read by exclusions (hyphenated names): plurals hyphenated to a number that count, not
#: name ("nine-times champion", as "a three-time winner").
HYPHEN_COUNTS: frozenset[str] = frozenset({"times"})

#: Read by window (nouns): words hyphenated to a number that describe rather than name the
#: thing counted ("a 40-strong troupe", "a twelve-fold rise"): the count has no noun.
HYPHEN_ADJECTIVES: frozenset[str] = frozenset(
    """strong odd plus something fold old long wide deep high tall ish nil year-old""".split()
)

#: Read by exclusions and stages: ordinal words; "the first half" is a period, not 0.5.
ORDINALS: frozenset[str] = frozenset(
    "first second third fourth fifth sixth seventh eighth ninth tenth last final".split()
)

#: Read by exclusions: ordinals that are also fraction words ("a sixth straight month").
ORDINAL_DENOMINATORS: frozenset[str] = frozenset(
    "third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split()
)

#: Read by exclusions: words after which a fraction word is an ordinal ("a sixth straight
#: month", "a third time").
IN_A_ROW: tuple[str, ...] = tuple(
    """straight consecutive successive time round place year month week day quarter season
    term game match race largest biggest""".split()
)

#: Read by exclusions: words after which "4K" is a resolution, not thousands.
SCREEN_WORDS: tuple[str, ...] = tuple(
    "TVs TV video videos resolution screens screen displays display monitors monitor "
    "streaming UHD HDR".split()
)

#: Read by stages (plausible words): fraction words that stand alone ("half", "a third").
LONE_FRACTIONS: frozenset[str] = frozenset(
    {"half", "a half", "an half", "quarter", "a quarter", "third", "a third"}
)

#: Read by stages (plausible words): words after which "one" is a pronoun or determiner,
#: not a count ("one of", "one day", "one's").
NOT_ONE_AFTER: tuple[str, ...] = tuple(
    "of another day by hand way thing side point time more less other too".split()
)

#: Read by stages (plausible words): words before "one" that make it a pronoun ("no one",
#: "the one", "each one").
NOT_ONE_BEFORE: frozenset[str] = frozenset(
    """no some any every the this that which each last next another such one little big
    new old right wrong good bad same first other""".split()
)

#: Read by stages (plausible words): words before "one" that make it a count ("only one
#: survivor", "by one vote", "even one more"); elsewhere "one" means "a" or "a certain".
ONE_COUNT_BEFORE: frozenset[str] = frozenset(
    {"only", "just", "even", "by", "than", "exactly", "merely", "single", "for", "within"}
)

#: Read by stages (plausible words): adverbs that make "one" a count a verb later ("it just
#: took one jackass", "he only made one mistake").
ONE_COUNT_ADVERBS: frozenset[str] = frozenset({"only", "just"})

#: Read by stages (plausible words): words after "one", or after "one" and a noun of
#: ``MARGIN_NOUNS``, that make it a margin, a count: "one behind", "one level below Russia".
ONE_MARGINS: tuple[str, ...] = ("below", "above", "ahead", "behind", "short", "adrift")

#: Read by stages (plausible words): what a margin of one is counted in ("one place ahead
#: of", "one notch below"; not "one issue above all", "one site behind the success").
MARGIN_NOUNS: frozenset[str] = frozenset(
    "place point notch level spot position rung goal shot stroke game run seat vote".split()
)

#: Read by stages (plausible words): determiners before an ordinal ("the one hundredth").
DETERMINERS: frozenset[str] = frozenset(
    {"the", "its", "his", "her", "their", "our", "this", "that", "my", "your"}
)

#: Read by stages (age): pronouns for someone, after "At 23," opening a sentence (an age).
PRONOUNS: frozenset[str] = frozenset("he she they I we you".split())

#: Read by stages (age): people whose age news gives after a comma ("a woman, 32,").
PERSONS: frozenset[str] = frozenset(
    """man woman boy girl son daughter mother father husband wife teenager pensioner victim
    driver officer student pupil player brother sister friend partner suspect grandmother
    grandfather mum dad child baby resident worker nurse doctor soldier actor actress singer
    defendant accused pilot farmer teacher owner passenger pedestrian cyclist motorist patient
    mother-of-two father-of-two star striker midfielder defender winger captain goalkeeper
    keeper manager coach boss chairman chairwoman presenter comedian musician rapper author
    novelist writer boxer golfer sprinter athlete swimmer jockey referee veteran""".split()
)

#: Read by stages (age): phrases before a bare figure that make it an age ("aged 17", "a
#: life expectancy of 80").
AGE_PHRASES: frozenset[str] = frozenset(
    {
        "aged",
        "age",
        "ages",
        "age of",
        "ages of",
        "as young as",
        "as old as",
        "expectancy of",
        "life expectancy of",
        "dies at",
        "died at",
        "die at",
        # retirement: "force workers to retire before 65", "retired at 60"
        "retire at",
        "retire before",
        "retired at",
        "retires at",
        "retiring at",
        "retirement at",
    }
)

#: Read by stages (age): words in a range's opener that make it a range of ages ("aged
#: between 25 and 40", "between the ages of 10 and 17").
AGE_WORDS: frozenset[str] = frozenset({"aged", "age", "ages"})

#: Read by stages (age): verbs after which a bare whole number is an age ("before he turns
#: 35", "turned seven"), unless a noun follows it ("turned 3 wins into 30").
AGE_VERBS: frozenset[str] = frozenset({"turn", "turns", "turned", "turning"})

#: Read by exclusions (split vote): nouns after "eight to one" that make it the split of a
#: vote, not two quantities ("an eight to one majority", "a 5 to 4 ruling").
SPLIT_NOUNS: frozenset[str] = frozenset("majority vote verdict decision ruling split".split())

#: Read by exclusions (running score): verbs before "it" and a bare number that make it a
#: score ("made it two from close range", "making it 3-1").
SCORE_MAKERS: frozenset[str] = frozenset({"made", "make", "makes", "making"})

#: Read by stages (bare year): hedges that are also prepositions before a year ("optimistic
#: about 2005", "around 2010", "costs up to 2010"): a bare year after them is still a year.
YEAR_HEDGES: frozenset[str] = frozenset({"about", "around", "at least", "up to"})

#: Read by stages (plausible words): hedges that are also prepositions before "one of the"
#: ("a film around one of the genre's figures", "a win over one of the major nations").
PREPOSITION_HEDGES: frozenset[str] = frozenset({"about", "around", "over"})

#: Read by stages (quarters): words around "two quarters" that make it periods of three
#: months, not a half ("growth two quarters ahead", "for two quarters in a row").
QUARTER_PERIOD_BEFORE: frozenset[str] = frozenset(
    """for over past last next previous preceding following first final remaining latest
    consecutive successive straight""".split()
)
QUARTER_PERIOD_AFTER: tuple[str, ...] = (
    "ahead",
    "later",
    "earlier",
    "running",
    "in a row",
    "ago",
    "of growth",
    "of decline",
)

#: Read by the scanner and stages (frequency): adverbs of a period hyphenated to "once",
#: "twice", "thrice" ("twice-daily physio sessions"), by the period each names.
#: Read by checks (rates): how many of one period another holds, at least and at most ("a
#: year" holds 250 working days to 366 days): a rate per one period restated per the other
#: ("£1m a day, or £365m a year") scales within them.
PERIODS_IN: dict[tuple[str, str], tuple[str, str]] = {
    ("day", "year"): ("250", "366"),
    ("week", "year"): ("48", "53"),
    ("month", "year"): ("12", "12"),
    ("quarter", "year"): ("4", "4"),
    ("day", "week"): ("5", "7"),
    ("day", "month"): ("20", "31"),
    ("week", "month"): ("4", "4.5"),
    ("hour", "day"): ("8", "24"),
    ("hour", "week"): ("35", "168"),
    ("minute", "hour"): ("60", "60"),
    ("second", "minute"): ("60", "60"),
}

#: Read by checks (rates): words that restate a rate per another period ("258 million
#: images are saved every day, equating to 94 billion a year"). Not "or": "£4.99 per month
#: or £50 per year" offers two prices.
RATE_RESTATED: tuple[str, ...] = (
    "equating to",
    "equivalent to",
    "the equivalent of",
    "amounting to",
    "which is",
)

RATE_ADVERBS: dict[str, str] = {
    "hourly": "hour",
    "daily": "day",
    "nightly": "night",
    "weekly": "week",
    "monthly": "month",
    "yearly": "year",
    "annually": "year",
}

#: Read by stages (plausible words): comparatives after which a lone fraction is a
#: quantity ("a third more than last year", "a quarter less").
FRACTION_COMPARATIVES: tuple[str, ...] = tuple(
    "more less fewer higher lower bigger larger smaller cheaper dearer longer shorter".split()
)

#: Read by stages (age): a person and a verb "to be" after which a bare whole number is an
#: age ("I'm 30 now", "who was 84"), unless a noun follows it ("who is 30 points behind").
AGE_SUBJECTS: frozenset[str] = frozenset(
    phrase.replace("'", apostrophe)
    for phrase in (
        *"i'm he's she's who's you're".split(),
        *("i am", "he is", "she is", "who is", "you are", "i was", "he was", "she was"),
        *("who was", "i'll be", "he'll be", "she'll be", "i will be", "he will be"),
        "she will be",
    )
    for apostrophe in "'’"
)

#: Read by stages (age): adverbs between a verb "to be" and an age ("I'm only 27").
AGE_ADVERBS: frozenset[str] = frozenset({"only", "just", "still", "now", "nearly", "almost"})

#: Read by stages (age): words that may follow an age said with a verb "to be" ("I'm 30
#: now", "she was 84 when"); any other word may make it a score ("he is 3 under par").
AFTER_SAID_AGE: tuple[str, ...] = tuple(
    "now and when but today this next last in on at so too yet".split()
)

#: Read by stages (age): groups of people whose age a bound gives ("pupils under 16",
#: "people over 65").
AGE_GROUPS: frozenset[str] = frozenset(
    """pupils children kids people those anyone adults men women boys girls teenagers
    youngsters drivers voters players patients pensioners residents everyone""".split()
)

# --------------------------------------------------------------------------- after a number

#: Read by extract (bound after): words after a number that bound it ("20 or more", "5
#: plus", "10 or so"), by the bound each gives.
BOUND_AFTER: dict[str, tuple[str, ...]] = {
    ">=": ("more", "above", "over", "greater", "higher"),
    "<=": ("less", "fewer", "below", "under", "lower"),
    "~": ("so",),
}

#: Read by draft (unit): units whose word is also an ordinal, no unit when hyphenated to
#: the word after it ("one second-set outburst", "a second-half goal").
ORDINAL_UNITS: frozenset[str] = frozenset({"second"})

#: Read by stages (unit): adjectives between a number and a duration ("31 consecutive
#: days").
DURATION_ADJECTIVES: frozenset[str] = frozenset(
    "consecutive straight successive full whole working calendar solid".split()
)

#: Read by window (follows_on): words after a number that may tie it to what follows: a
#: second number ("to", "and", "or", "through"), a rate ("a", "per", "each", "every",
#: "times"), a part ("of", "out of", "in"), a bound or a span ("plus", "over"), a point on
#: a clock ("the half-hour mark"), hours of a week or a day ("a 35-hour week"), a
#: percentage point ("a quarter point rise"), the other currency of an exchange rate
#: ("$1.3280 against the euro").
FOLLOW_WORDS: tuple[str, ...] = tuple(
    """over in out times of a an per each every to through and plus or mark week day point
    against versus""".split()
)

#: Read by stages (rate): words after an amount that make "a year" a time, not a rate
#: ("£3m a year earlier").
AGO_WORDS: tuple[str, ...] = ("earlier", "ago", "before", "later", "previously")

#: Read by stages (noun): words that end a counted noun phrase ("575 tanks and ...").
STOP_WORDS: frozenset[str] = frozenset(
    """a an the of to in on at by for from with and or but as than that this these those is are
    was were be been being has have had do does did will would can could may might must
    shall should who whom whose which what where when why how it its their his her our your
    my we they he she you i me us them him not no yes so if then also more most less fewer
    over under above below about around some per each every all both either neither nor
    into onto out up down off since until while after before during against among between
    through across toward towards within without including there here said says say
    according told reported year years ago old aged later earlier respectively behind ahead
    beyond near past via inside outside except despite upon amid amongst away makes shows
    remains comes goes means seems includes represents marks takes gives needs leaves puts
    gets apiece took fell rose won went came gave became began made brought bought sold
    thought wrote drove grew knew held kept met paid spent stood led ran told felt left
    lost got saw struck fought sought caught built sent meant broke chose fled flew sank
    threw wore drew now soon together again too already still yet ever never alone instead
    unless because although though whereas whether today tonight tomorrow yesterday""".split()
)

#: Read by exclusions (model before a noun): words after a lone singular noun that end its
#: phrase ("the 7610 phone for", "the 3 network is").
MODEL_NOUN_ENDS: frozenset[str] = frozenset(
    "for in on at from with to is was has had will would can could that which who".split()
)

#: Read by exclusions (after_a_name): verbs after a title that opens a sentence ("Halo 2
#: has broken records", "Doom 3 was developed"); any verb in "-ed" counts too.
TITLE_VERBS: frozenset[str] = frozenset(
    "has had is was will would won took sold made became remains proved".split()
    # a headline's present tense: "Halo 2 sells five million copies", "Spider-Man 2 breaks"
    + "sells sweeps heralds breaks tops storms beats unveils launches gets faces hits".split()
)

#: Read by window (nouns): stop words that are plural nouns, not verbs, when a stop follows
#: them ("50 shows, including"; "Only 3 remains." stays a verb).
PLURALS_BEFORE_A_STOP: frozenset[str] = frozenset("shows marks needs leaves takes makes".split())

#: Read by window (nouns): stop words that are also plural nouns after another word of a
#: noun phrase ("50 radio and television shows"; "the survey shows" stays a verb).
NOUN_VERBS: frozenset[str] = PLURALS_BEFORE_A_STOP | {"means", "remains"}

#: Read by window (nouns): stop words that make a superlative of an adjective before a
#: plural ("the two most powerful figures").
SUPERLATIVES: frozenset[str] = frozenset({"most", "least"})

#: Read by window (nouns): stop words that modify a plural right after them ("three away
#: fixtures", "the two earlier films", "five past winners", "thousands of old people").
MODIFIER_STOPS: frozenset[str] = frozenset("away earlier later past inside outside old".split())

#: Read by stages (count rate): the spans of play a count is given per after "a", "each" or
#: "every", as if periods ("9.3 goals a season", "four or five errors in each game").
COUNT_PERIODS: frozenset[str] = frozenset({"season", "game", "match", "night"})

#: Read by stages (rate): the things money is paid for one at a time after "a" ("138p a
#: share", "£20 a head"); after "per", any singular noun ("$2.77 per canister").
PER_NOUNS: frozenset[str] = frozenset({"share", "head", "person", "ticket", "pint", "bottle"})

#: Read by window (rates): a thing paid for that names another, as the unit calls it
#: ("$40 a head" is USD / person, per capita).
PER_NOUN_NAMES: dict[str, str] = {"head": "person"}

#: Read by window (nouns): a time phrase after a figure ("813,200 last month", "33 next
#: year") is no counted noun: an opening word, then a period.
TIME_PHRASE_OPENERS: frozenset[str] = frozenset({"last", "next", "this"})
TIME_PHRASE_PERIODS: frozenset[str] = frozenset(
    """year month week day night weekend season summer winter spring autumn quarter decade
    century time""".split()
)

#: Read by window (nouns): words between a count and its noun that qualify the count
#: ("5,000 more copies", "two extra seats").
COUNT_QUALIFIERS: tuple[str, ...] = ("more", "fewer", "extra", "additional", "further")

#: Read by stages (noun): plurals that modify the noun after them, which is the thing
#: counted ("three athletics medals", "two sports cars", "five news channels").
PLURAL_MODIFIERS: frozenset[str] = frozenset(
    """athletics sports sales arms news goods savings customs electronics communications
    graphics games drugs cosmetics doubles singles ratings earnings securities futures
    rights""".split()
)

#: Read by stages (noun, unit): nouns that count people and things without a plural "s"
#: ("3.7m people", "200 aircraft").
MASS_NOUNS: frozenset[str] = frozenset(
    """people aircraft personnel staff police children men women manpower cattle sheep fish
    livestock troops military infantry civilians injured wounded dead killed missing deer
    offspring crew militia""".split()
)

#: Read by window (nouns): plurals without "s" that name people; a word in "-s" after them
#: is a verb ("a poll of 1,313 people suggests"), not the head ("200 police officers").
PEOPLE_PLURALS: frozenset[str] = frozenset("people children men women".split())

#: Read by window (nouns): words that end in "s" and are no plural ("Nine overseas
#: embassies": the head is "embassies").
NOT_PLURALS: frozenset[str] = frozenset(
    """overseas always perhaps afterwards backwards forwards sometimes nevertheless series
    species""".split()
)

#: Read by window (nouns): plurals whose ending looks singular ("-is", "-us", as in
#: "analysis", "bonus"): peoples, groups and loanwords ("3,000 Iraqis", "800,000 Tutsis").
ODD_PLURALS: frozenset[str] = frozenset(
    """iraqis israelis pakistanis saudis somalis kuwaitis yemenis omanis qataris emiratis
    bahrainis afghanis bangladeshis nepalis azeris bengalis tutsis hutus maoris hindus sunnis
    nazis zulus taxis skis kiwis rabbis yetis alibis bikinis safaris menus gurus emus
    haikus""".split()
)

#: Read by stages (unit): nouns after a glued "m" that make it millions ("3.7m viewers",
#: "a £10m deal").
MILLION_NOUNS: frozenset[str] = frozenset(
    """viewers voters refugees residents users barrels fine deal contract budget loss profit
    investment package bid bill fee payout grant fund loan debt bonus salary transfer""".split()
)

#: Read by stages (unit): plurals that follow a length in metres ("the 400m hurdles").
METRE_PLURALS: frozenset[str] = frozenset(
    """hurdles relays heats finals races sprints events records swims runners sprinters hurdlers
    waves walls steps metres meters yards feet inches kilometres kilometers miles deep tall high
    long wide away below above ahead apart across""".split()
)

#: Read by passes (composites): coin words whose amount adds to the main unit before them
#: ("3 dollars 50 cents").
SUBUNIT_WORDS: tuple[str, ...] = (
    "cent",
    "cents",
    "pence",
    "penny",
    "pennies",
    "p",
    "c",
    "sen",
    "sens",
    "kopiyka",
    "kopiykas",
    "kopek",
    "kopeks",
    "kopeck",
    "kopecks",
)

#: Read by passes (one unit): units that "a" or "an" does not measure out in prose ("a yard
#: sale", "a foot patrol", "a pound", "a degree").
NOT_ONE_UNIT: frozenset[str] = frozenset(
    {"yard", "foot", "pound", "degree", "cup", "stone", "pace", "hand"}
)

#: Read by units: words after a spaced length symbol that make it a unit ("2 in thick.",
#: "a 5 m long"), and after a hyphen ("a 2-in-thick slab").
DIMENSION_WORDS: tuple[str, ...] = ("thick", "thin", "long", "wide", "tall", "high", "deep")

#: Read by units: words after a spaced "C" or "F" that make it a temperature ("30 C
#: outside").
WEATHER_WORDS: tuple[str, ...] = tuple(
    "outside outdoors inside indoors today tonight tomorrow yesterday overnight".split()
)

#: Read by units: words after "of" that stop "1000 g of" from being read as a mass of
#: something ("5 g of the ...": the symbol is then not read as grams).
OF_DETERMINERS: tuple[str, ...] = tuple(
    """the a an this that these those his her its their our my your all each every some
    them it us which whom""".split()
)

#: Read by units: hedges on a second amount after a spaced mass or volume symbol ("2.0 g
#: and about 7.0 g").
AMOUNT_HEDGES: tuple[str, ...] = ("about", "around", "nearly", "almost", "over", "under")

# --------------------------------------------------------------------------- checks

#: Read by draft.money_places: currencies with no minor unit in use, whose figures carry
#: decimals only as exchange rates ("105.250 yen").
NO_DECIMAL_CURRENCIES: frozenset[str] = frozenset({"JPY", "KRW", "ISK", "CLP", "VND", "IDR"})

#: Read by checks (restatements): the density of substances news weighs and measures, in
#: kilograms per litre, to judge "3,217 tonnes of gold, or about 113.5m litres". Handbook
#: values at room temperature; oils and fuels vary by grade (the check allows a factor 1.5).
DENSITIES: dict[str, float] = {
    "gold": 19.3,
    "silver": 10.5,
    "platinum": 21.4,
    "uranium": 19.1,
    "copper": 8.96,
    "steel": 7.85,
    "iron": 7.87,
    "aluminium": 2.7,
    "concrete": 2.4,
    "water": 1.0,
    "milk": 1.03,
    "wine": 0.99,
    "beer": 1.01,
    "ice": 0.92,
    "oil": 0.87,
    "crude": 0.87,
    "petrol": 0.74,
    "gasoline": 0.74,
    "diesel": 0.84,
    "kerosene": 0.8,
    "jet fuel": 0.8,
    "honey": 1.42,
}

#: Read by checks: nouns that name an area whatever the verb. Not "ground" ("covered 10 km
#: of ground" is a distance), nor "forest" or "region".
AREA_NOUNS: frozenset[str] = frozenset(
    {"territory", "territories", "area", "areas", "land", "lands", "farmland", "farmlands"}
    | {"acreage"}
)

#: Read by checks: nouns measured by their length ("a 300 sq km border" is wrong).
LENGTH_NOUNS: frozenset[str] = frozenset(
    {"road", "roads", "border", "borders", "frontline", "front", "coastline", "coast"}
    | {"track", "tracks", "pipeline", "pipelines", "railway", "railways", "rail", "river"}
    | {"rivers", "highway", "motorway", "trench", "trenches", "fence", "wall", "cable"}
)

#: Read by checks: words before a figure that make it a distance to a place, not a size
#: ("within 20 km of the border").
DISTANCE_WORDS: tuple[str, ...] = ("within", "from", "away")

#: Read by checks (parts): cues between a whole and a part of it ("1,200 staff, including
#: 300 in Europe", "two million tourists, particularly the 300,000 Americans").
PART_CUES: tuple[str, ...] = (
    "including",
    "includes",
    "included",
    "of whom",
    "of which",
    "among them",
    "among whom",
    "of these",
    "of those",
    "particularly",
    "especially",
    "notably",
    "in particular",
)

#: Read by checks (totals): cues after a total that open the list of its parts (an "is"
#: or "was" may come before them: "was split into").
TOTAL_CUES: tuple[str, ...] = (
    "comprising",
    "comprised",
    "comprises",
    "consists of",
    "consisted of",
    "broke down into",
    "breaks down into",
    "consisting of",
    "made up of",
    "namely",
    "split into",
    "split between",
    "split among",
    "divided into",
    "divided between",
    "divided among",
    "broken down into",
    "broken down between",
    "broken down among",
)

#: Read by checks (totals): words after the last listed part that show the list goes on
#: ("four adults, six children and a baby"), after a comma.
LIST_GOES_ON: tuple[str, ...] = (
    "a",
    "an",
    "one",
    "another",
    "the",
    "his",
    "her",
    "their",
    "several",
    "some",
    "many",
)

#: Read by checks (totals): words right after the last listed part that continue the list.
LIST_CONTINUES: tuple[str, ...] = ("and", "plus", "as well as")

#: Read by checks (shares): groups of people a share is taken of, which no share passes
#: 100% of ("150% of the viewing public"); and what is owned or cast in shares, a company's
#: shares, a stake, a vote, the seats ("175% of the club's shares").
SHARE_WHOLES: tuple[str, ...] = tuple(
    """public population electorate voters adults people households workforce staff employees
    audience viewers listeners users students pupils children men women residents respondents
    members citizens shares stake vote votes seats e-mail e-mails email emails""".split()
)

#: Read by checks (totals): nouns of a group whose members a story names ("Sony, Philips,
#: Matsushita and Samsung ... The three firms"): people, firms, countries, teams.
NAMED_GROUPS: frozenset[str] = frozenset(
    """firms companies men women players leaders countries nations parties clubs teams sides
    brothers sisters members ministers bands groups banks actors actresses stars airlines
    carmakers makers manufacturers networks operators broadcasters unions candidates
    defendants suspects directors executives singers artists musicians states cities""".split()
)

#: Read by checks (shares): what a share right before it is a part of something owned
#: ("a 281% stake in the club", "a 120% shareholding"): never more than the whole.
STAKES: tuple[str, ...] = ("stake", "stakes", "shareholding", "holding", "share in", "interest in")

#: Read by checks (shares): verbs before a share that take it of a whole, which no share
#: passes ("to buy 126% of Indian firm Hindustan Oil", "account for at least 160% of all
#: e-mails"; after them, a share "of" anything).
#: Read by checks (wholes): words that compare an amount with a whole rather than take a
#: share of it, so that it may pass 100% ("equal to 130% of all exports").
COMPARED_WITH: tuple[str, ...] = (
    "equal to",
    "equals",
    "equalled",
    "equivalent to",
    "the equivalent of",
    "worth",
    "as much as",
    "compared with",
    "compared to",
    "against",
    "than",
)

#: Read by checks (parts): the verbs a clause about a share of a whole goes on with
#: ("180% of my costs are labour", "105% of its GDP comes from tourism").
SHARE_SUBJECT_VERBS: tuple[str, ...] = tuple(
    "is are was were has have had will would can could may might come comes came go goes"
    " went say says said live lives own owns use uses vote voted support supports".split()
)
#: Read by checks (parts): wholes a share over 100% may be of, as a level reached, not
#: a whole split into parts ("130% of the average was paid").
LEVEL_WHOLES: frozenset[str] = frozenset(
    "average target capacity level levels limit quota value price prices rate wage wages"
    " salary salaries forecast estimate".split()
)

SHARE_OF_VERBS: tuple[str, ...] = (
    "buy",
    "buys",
    "bought",
    "buying",
    "acquire",
    "acquires",
    "acquired",
    "own",
    "owns",
    "owned",
    "account for",
    "accounts for",
    "accounted for",
    "make up",
    "makes up",
    "made up",
    "stop",
    "stops",
    "stopped",
    "block",
    "blocks",
    "blocked",
    "filter out",
    "filters out",
    "filtered out",
)

#: Read by checks (awards): what a count of awards is written as ("three awards", "two
#: Golden Globes"), whose categories a list of "best ..." after "for" may name.
AWARD_NOUNS: frozenset[str] = frozenset(
    """awards award prizes prize oscars baftas globes grammys emmys brits nominations nods
    gongs trophies honours accolades""".split()
)

#: Read by checks (named lists): lower-case words that may join the words of a name
#: ("Bank of Alexandria", "Banque du Caire", "Procter & Gamble", "Weston Park in
#: Staffordshire").
NAME_JOINERS: frozenset[str] = frozenset(
    "of the de du des del la le von van da di al & y upon on in".split()
)

#: Read by checks (named lists): abbreviations that end a word of a name with a point
#: without ending the sentence ("PayPerAction LLC., Leadplex LLC. and Leadplex Inc").
NAME_ABBREVIATIONS: frozenset[str] = frozenset(
    "Inc. Ltd. LLC. Co. Corp. plc. PLC. Bros. Jr. Sr. St.".split()
)

#: Read by checks (named lists): words after a list of names that leave it open ("A, B and
#: C among others").
NAMES_GO_ON: tuple[str, ...] = ("among", "and others", "etc", "amongst", "to name", "or")

#: Read by checks (totals): a part that refers back to a group is not a listed part
#: ("two of them seriously").
OF_THEM: tuple[str, ...] = ("them", "whom", "which", "these", "those")

#: Read by checks (dimensions): nouns before "of" that make the figure after them an area
#: ("burned an area of 500 kilometres").
AREA_OF: tuple[str, ...] = ("area", "territory", "land")

#: Read by checks (shares): words after a percentage that name its own whole ("60% of
#: men", "55% in Texas"): shares of different wholes.
BASE_WORDS: tuple[str, ...] = ("of", "in", "among", "across", "at", "from")

#: Read by checks (shares): words that make a list of percentages shares of one whole.
SHARE_CUES: tuple[str, ...] = (
    "split",
    "divided",
    "broken down",
    "breakdown",
    "made up",
    "owned",
    "held by",
    "went to",
    "go to",
    "goes to",
    "will go to",
    "share",
    "shares",
    "voted",
    "backed",
    "won",
)

#: Read by checks (shares): words and phrases that make a list of percentages something
#: else: answers where several may be picked, changes, rates, comparisons.
NOT_SHARES_CUES: tuple[str, ...] = (
    "respondent",
    "respondents",
    "survey",
    "surveyed",
    "poll",
    "polled",
    "could choose",
    "more than one",
    "multiple",
    "rose",
    "fell",
    "increase",
    "increased",
    "decrease",
    "decreased",
    "grew",
    "dropped",
    "gained",
    "lost",
    "up",
    "down",
    "higher",
    "lower",
    "growth",
    "change",
    "rate",
    "inflation",
    "interest",
    "compared",
    "while",
    "whereas",
    "each",
    "turnout",
    "approval",
)

#: Read by checks (shares): words and phrases that may be picked together ("could choose"),
#: where a list of shares of one whole may rightly add past 100%.
MANY_ANSWERS: tuple[str, ...] = (
    "could choose",
    "could pick",
    "more than one",
    "multiple",
    "several answers",
    "each",
    "also",
)

#: Read by checks (shares): verbs and words right after a share that make it the share of
#: the people asked who gave one answer ("48% backed the plan").
ANSWER_VERBS: tuple[str, ...] = (
    "said",
    "say",
    "says",
    "saying",
    "think",
    "thought",
    "believe",
    "believed",
    "backed",
    "back",
    "supported",
    "support",
    "opposed",
    "oppose",
    "wanted",
    "want",
    "agreed",
    "agree",
    "disagreed",
    "disagree",
    "favoured",
    "favour",
    "favor",
    "preferred",
    "prefer",
    "approved",
    "approve",
    "disapproved",
    "disapprove",
    "rejected",
    "reject",
    "had",
    "have",
    "were",
    "are",
    "against",
    "for",
    "in favour",
    "in favor",
    "would",
    "vote",
    "voted",
)

#: Read by checks (shares): an answer against, or none, after a share: with it, the shares
#: answer one yes-or-no question ("63% supported a ban compared with 54% against").
OPPOSING_ANSWERS: tuple[str, ...] = (
    "against",
    "opposed",
    "oppose",
    "disagreed",
    "disagree",
    "did not",
    "didn't",
    "do not",
    "don't",
    "does not",
    "had no view",
    "had no opinion",
    "no opinion",
    "undecided",
    "unsure",
    "were not sure",
    "weren't sure",
    "rejected",
    "disapproved",
    "disapprove",
    "not",
)

#: Read by checks (parts): hedges that put a figure at or below the value ("nearly 95,000"
#: is at most 95,000: no room above it for a part).
AT_MOST: tuple[str, ...] = (
    "nearly",
    "almost",
    "just under",
    "under",
    "less than",
    "fewer than",
    "up to",
    "not quite",
    "just short of",
)

#: Read by checks (parts): words after an amount paid first ("£500,000 up front"), and
#: before the total it may rise to ("with the fee rising to £2m"), which it is part of.
UP_FRONT: tuple[str, ...] = ("up front", "upfront", "up-front", "initially", "immediately")
RISING_TO: tuple[str, ...] = (
    "rising to",
    "rise to",
    "rises to",
    "could reach",
    "potentially rising to",
)

#: Read by checks (parts): what a "top ten" is a list of ("in the top 10 hoax list", "the
#: top 40 singles chart"); a count in it is at most its places.
TOP_LISTS: frozenset[str] = frozenset(
    {"list", "lists", "chart", "charts", "ranking", "rankings", "table", "places", "spots"}
)

#: Read by checks (totals): what a count may count at most once a year, so that the years
#: listed for it count it too ("the first three editions of the tournament in 1997 and
#: 1998"); and what a count of times "-time" is ("a three-time champion").
YEARLY_COUNTS: frozenset[str] = frozenset({"editions", "titles", "championships", "crowns"})
YEARLY_TIMES: frozenset[str] = frozenset({"champion", "champions", "winner", "winners"})

#: Read by checks (parts): the hedges of ``AT_MOST`` that put a figure just below its value
#: ("nearly four" is more than three): a part so hedged may still be larger than its whole.
CLOSE_BELOW: tuple[str, ...] = ("nearly", "almost", "just under", "not quite", "just short of")

#: Read by checks (parts): words after a figure that make it the whole of what the sentence
#: listed before it ("750,000 in its first week and 900,000 in total").
IN_TOTAL: tuple[str, ...] = ("in total", "in all", "altogether", "overall")

#: Read by checks (totals): verbs of attribution that end a list: ", police said".
ATTRIBUTION_VERBS: tuple[str, ...] = (
    "said",
    "says",
    "reported",
    "reports",
    "added",
    "told",
    "announced",
    "confirmed",
    "estimated",
    "estimates",
    "according to",
)

#: Read by checks (totals): sentence openings that refer back to the last figure as a whole
#: broken into the parts listed after them ("It was made up of ...").
BREAKDOWN_OPENINGS: tuple[str, ...] = (
    "made up of",
    "comprised of",
    "comprised",
    "composed of",
    "split into",
    "split between",
    "divided into",
    "divided between",
    "broken down into",
    "broke down into",
    "consisted of",
)

#: Read by checks (dimensions): holdings of land, measured by their area ("a 133-acre
#: ranch"); a length before them is a slip for a square unit.
LAND_HOLDINGS: frozenset[str] = frozenset(
    {"ranch", "ranches", "farm", "farms", "estate", "estates", "plantation", "plantations"}
    | {"vineyard", "vineyards", "plot", "plots", "reserve", "reserves", "park", "parks"}
)

#: Read by checks (dimensions): what the words before a figure say it measures, as
#: (dimensions it may have, phrases ending right before the figure). "a time of 7.60m"
#: needs a time; "speeds of 70.72 terabytes" a speed or a rate; "distances of up to 30
#: mph" a length; "temperatures down to minus 20cm" a temperature; "weighs 5 km" a mass.
#: Each phrase is a regular expression on lowercase words (linear: no nested repeats).
EXPECTED_MEASURES: tuple[tuple[frozenset[str], tuple[str, ...]], ...] = (
    (
        frozenset({"time"}),
        (
            r"\b(?:a|in a|the|his|her|their|winning|best|record|personal best) time of",
            r"\bclocked(?: (?:a|an|his|her|their|the))?(?: [a-z']+){0,3} of",
            r"\bclocked",
            r"\btimed at",
            r"\b(?:won|win|wins|finished|finishes|crossed the line|home|victory) in",
            r"\b(?:battery |shelf )?(?:life|lifespan|lifetime|duration) of",
            r"\b(?:jailed|imprisoned|banned|suspended) for",
            r"\bdetain(?:s|ed|ing)?(?: [a-z']+){0,2} for",
            r"\bplay(?:s|ed|ing)?(?: for)?",
            r"\bwait(?:s|ed|ing)?(?: for)?",
            r"\bsold out in",
            r"\bsentenced to",
            r"\b(?:(?:is|are|was|were|be|been|being|ruled) out|sidelined) for",
            # a goal's minute: "took the lead on 59 minutes", "sent off after 74 minutes"
            r"\b(?:took the lead|levell?ed|equalised|equaliser|opener|scored|struck|netted"
            r"|replied|pulled one back|sent off|substituted|as a substitute) (?:on|after|in)",
            r"\blast(?:ed|ing|s)(?: for)?",
        ),
    ),
    (
        frozenset({"speed", "rate", "frequency"}),  # "clock speeds of 3GHz"
        (
            r"\b(?:top |average |maximum |cruising )?speeds? of",
            r"\bvelocity of",
            r"\b(?:travell?ing|driving|flying|moving|going|running|doing) at(?: speeds of)?",
            r"\b(?:gusts?|winds?) of",
            r"\b(?:hit|hits|hitting|struck|strikes) (?:[a-z']+ ){1,3}at",
            r"\b(?:came|come|comes) off (?:[a-z']+ ){1,3}at",
            r"\b(?:derailed|crashed|collided) at",
        ),
    ),
    (
        frozenset({"length"}),
        (
            r"\b(?:depths?|heights?|altitudes?|elevations?|widths?) of",
            r"\b(?:clear(?:ed|ing|s)?|jump(?:ed|ing|s)?|leapt|leaped|leaping|threw|thrown"
            r"|throwing|hurled|vaulted|vaulting)(?: a| an)?",
            r"\b(?:a|his|her|their|the|winning|best) (?:jump|leap|throw|vault) of",
            r"\bclearance of",
            # a shot's distance: "a low drive from 25 yards", "wide from 10 yards"
            r"\b(?:shot|drive|effort|header|volley|kick|free-kick|chip|finish|ball)"
            r"(?: [A-Za-z'-]+){0,3} from",
        ),
    ),
    (
        frozenset({"length", "time"}),
        (
            r"\bdistances? of",
            r"\b(?:a|the|its|their|over a|within a) range(?: of)?",  # "over a range up to 10m"
            r"\b(?:in|within|over|during|for) the last",  # "in the last 100m", "... 12 months"
            r"\b(?:flying|flew|flown|fly|flies|drove|driven|walked|swam|swum|cycled"
            r"|travel|travels|travelled|traveled|travelling|traveling)",
            r"\b(?:run|ran|runs|running|walk|walks|walking|swim|swims|swimming|cycle|cycling"
            r"|hike|hiked|hiking)(?: (?:a|an|the)(?: [a-z]+)?)?",
        ),
    ),
    (
        frozenset({"temperature"}),
        (r"\btemperatures?(?: [a-z']+){0,3} (?:of|to|at|reached|reaching|hit|hitting)",),
    ),
    (
        frozenset({"mass"}),
        (r"\bweigh(?:s|ed|ing)?(?: in at)?", r"\bweight of"),
    ),
    (  # a price: "which cost 9 metres to bring to the stage"; a cost in time ("cost him
        # ten minutes") too
        frozenset({"money", "time"}),
        (
            r"\bcost(?:s|ing)?(?: (?:him|her|them|it|us|me|you|taxpayers|the taxpayer))?",
            r"\bat a cost of",
            r"\b(?:priced|valued) at",
            r"\ba price(?: tag)? of",
        ),
    ),
    (  # an area: "an area of barely 2.5 kilometres", "a region of Spain covering 23,000 km"
        frozenset({"area"}),
        (
            r"\b(?:an|the|its|a total|a land|a surface|a floor) area of",
            r"\b(?:region|area|territory|province|island|estate|park|forest|reserve|zone|site"
            r"|country|nation|member|kingdom|republic|county|district|desert|lake)"
            r"(?: [A-Za-z'-]+){0,3},? (?:covering|covers|covered|spanning|spans)",
        ),
    ),
    (  # a stretch of time: "lifted in the next six months", "over the past five years",
        # "on hold for the past three months"; "for the first time in 77 years"
        frozenset({"time"}),
        (
            r"\b(?:in|within|over|during|for) the (?:next|past|coming|previous|following)",
            r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|only)"
            r" time in",
        ),
    ),
)

#: Read by checks (dimensions): what is won or run "in the" event a measure names, which
#: is a length, a time or a weight ("gold in the 200m", "the final in the 63kg"), not a
#: volume or an area ("gold in the 200ml").
EVENT_RESULTS: tuple[str, ...] = tuple(
    "gold silver bronze medal medals title titles heat heats semi-final semi-finals final".split()
)

#: Read by checks (dimensions): hedges that may stand between the words of
#: ``EXPECTED_MEASURES`` and the figure ("a battery life of little more than 20 hours").
MEASURE_HEDGES: tuple[str, ...] = (
    "up to",
    "about",
    "around",
    "barely",
    "roughly",
    "approximately",
    "exactly",
    "at least",
    "some",
    "almost",
    "nearly",
    "more than",
    "less than",
    "greater than",
    "in excess of",
    "another",
    "a further",
    "over",
    "under",
    "little",
    "just",
    "only",
    "minus",
    "a",
    "an",
)

#: Read by checks (dimensions): nouns right after a measure that say what it measures ("the
#: 912km pipeline", "his 25lb weight gain"), as (dimensions it may have, nouns).
MEASURED_NOUNS: tuple[tuple[frozenset[str], frozenset[str]], ...] = (
    (
        frozenset({"length"}),
        frozenset(
            {"road", "border", "frontline", "coastline", "track", "pipeline", "railway"}
            | {"river", "highway", "motorway", "trench", "fence", "wall", "cable", "bridge"}
            | {"tunnel", "runway", "canal", "route"}
        ),
    ),
    (frozenset({"mass"}), frozenset({"weight"})),
    (  # "a 40GB player"; "a 6ft player", "a 3.5in disk" too
        frozenset({"data", "length", "mass"}),
        frozenset({"player", "players", "iPod", "iPods", "disc", "discs", "disk", "disks"})
        | {"DVD", "DVDs", "CD", "CDs", "hard drive", "hard drives", "hard disk", "hard disks"}
        | {"flash drive", "flash drives"}
        | {"memory card", "memory stick"},
    ),
    (frozenset({"length", "time"}), frozenset({"race", "run", "walk", "swim", "ride", "marathon"})),
    (
        frozenset({"length", "time"}),
        frozenset({"runner", "runners", "sprinter", "sprinters", "hurdler", "hurdlers"})
        | {"swimmer", "swimmers"},
    ),
    (
        frozenset({"time"}),
        frozenset({"delay", "wait", "sentence", "ban", "career", "stint", "spell", "shift"})
        | {"period", "term", "podcast", "programme", "documentary", "episode", "broadcast"}
        | {"speech", "interview", "silence", "ovation", "absence", "partnership", "tenure"}
        | {"reign", "hiatus", "layoff", "lay-off", "holiday", "siege", "ceasefire", "truce"}
        | {"moratorium", "curfew", "marriage", "study", "inquiry", "investigation", "loan"}
        | {"probe"}
        | {"history", "lifetime", "movie", "movies", "album", "albums", "song", "songs"}
        | {"concert", "concerts", "gig", "gigs", "show", "shows", "comedy", "drama", "sitcom"}
        | {"musical"},
    ),
    (
        frozenset({"length", "time"}),
        frozenset({"journey", "trip", "walk", "drive", "flight", "trek", "swim", "ride"})
        | {"stretch", "session", "series", "strike", "penalty", "kick", "free-kick", "volley"}
        | {"header", "effort", "tour"},
    ),
)

#: Read by checks (dimensions): what a frequency "of" holds that only an amount of data
#: measures ("10 megahertz of data", "60GHz of music"; "two hours of traffic" is a time).
DATA_NOUNS: frozenset[str] = frozenset(
    "data traffic information storage memory music songs pictures photos video".split()
)

#: Read by checks (dimensions): fluids, measured by their volume or their weight, not by an
#: area or a length ("1.4 billion square feet of gas"; "cubic feet of gas", "barrels of
#: oil"). Not water: "20 square miles of water" is a sea.
FLUIDS: frozenset[str] = frozenset("gas oil fuel crude petrol diesel LNG kerosene gasoline".split())

#: Read by checks (dimensions): nouns a fluid modifies, which are measured otherwise ("100
#: miles of oil pipeline", "20 square miles of gas field"); a plural after it too.
FLUID_COMPOUNDS: frozenset[str] = frozenset(
    "field well line pipeline price plant rig platform station industry output production"
    " sector supply company reserve terminal tanker".split()
)

#: Read by checks (dimensions): after a best or a record, the words of the sentence that say
#: whether it was run (a time) or jumped or thrown (a length).
BEST_OF: tuple[str, ...] = (
    "personal best of",
    "season's best of",
    "seasonal best of",
    "career best of",
    "world record of",
    "national record of",
    "best of",
    "best is",
    "best was",
)
#: Read by checks (dimensions): the units a time written in two parts opens with ("2hr
#: 5min", "four minutes 14.74 seconds"), as pint names them.
TIME_HEADS: frozenset[str] = frozenset({"hour", "minute"})

RUN_EVENTS: frozenset[str] = frozenset(
    {"sprint", "hurdles", "race", "marathon", "relay", "dash", "steeplechase", "freestyle"}
    | {"breaststroke", "backstroke", "butterfly", "medley", "heat", "final"}
)
FIELD_EVENTS: frozenset[str] = frozenset(
    {"jump", "jumps", "vault", "throw", "throws", "shot", "discus", "javelin", "hammer"}
    | {"leap", "jumper", "vaulter", "thrower"}
)

#: Read by exclusions (scores): verbs of a result before a pair of numbers that make it a
#: score even when it rises ("lost 1-6, 4-6"), and of going ("to go 15-40 and two set
#: points up").
RESULT_VERBS: tuple[str, ...] = tuple(
    """won win wins winning lost lose loses losing beat beats beaten beating drew draw draws
    drawing defeated defeating edged thrashed trailed trailing led leading go goes going went
    gone""".split()
)

#: Read by exclusions (scores): what may follow a score after a verb of a result (a noun
#: would make the pair a range: "won 10-15 seats").
AFTER_A_RESULT: tuple[str, ...] = tuple(
    """to in at on against with and but after before for over win victory defeat draw loss
    lead""".split()
)

#: Read by checks (dimensions): words right after a measure that say what it measures, as
#: (dimensions it may have, words): "up to 1.5m deep" is a length, "two hours long" a time
#: or a length; "a four year high" is no height, but a time.
EXPECTED_AFTER: tuple[tuple[frozenset[str], tuple[str, ...]], ...] = (
    (frozenset({"length"}), ("deep", "tall", "wide", "thick", "across", "radius", "diameter")),
    (frozenset({"length", "time"}), ("long", "away")),
    # "a 10-year high", "a four-month low", "a 30C high"
    (frozenset({"length", "time", "temperature"}), ("high",)),
    (frozenset({"time", "temperature"}), ("low",)),
    (frozenset({"time"}), ("left on the clock", "left to play", "in jail", "in prison")),
    (frozenset({"time"}), ("behind bars", "in custody", "ago")),
    (frozenset({"time", "length"}), ("later", "earlier")),
)

#: Read by checks (dimensions): what a measure is "of" that only a time measures ("four
#: minutes of injury time"; a weight "of" anything else is cargo, "300 tonnes of aid").
TIME_NOUNS: frozenset[str] = frozenset(
    {"injury time", "stoppage time", "extra time", "added time", "playing time"}
    | {"debate", "talks", "negotiations", "deliberations", "discussions"}
)

#: Read by checks (parts): results counted within a count of games ("17 wins in 15 league
#: games" cannot be).
OUTCOMES: frozenset[str] = frozenset(
    {"wins", "win", "victories", "victory", "defeats", "defeat", "losses", "draws"}
    | {"appearances", "starts", "caps", "clean sheet", "clean sheets"}
)

#: Read by checks (parts): periods an ordinal may count within a number of the same
#: ("the seventh month in the past six").
ORDINAL_PERIODS: frozenset[str] = frozenset(
    "day week month year season quarter decade term".split()
)

#: Read by checks (parts): the words before an ordinal, and before the whole it is counted
#: within ("the seventh month in the past six", "his 18th time in a row of ...").
ORDINAL_DETERMINERS: tuple[str, ...] = ("the", "a", "an", "its", "his", "her", "their")
#: Read by checks (parts): the members a group's size counts, where they are not the
#: plural of its noun ("the 25-nation EU" has countries; a "44-man squad", players).
SIZE_MEMBERS: dict[str, frozenset[str]] = {
    "nation": frozenset({"countries", "states", "members", "member states"}),
    "country": frozenset({"nations", "states", "members", "member states"}),
    "man": frozenset({"men", "players"}),
    "woman": frozenset({"women", "players"}),
    "member": frozenset({"people", "players"}),
}
#: Read by checks (parts): what joins a count to the size of the group it is part of,
#: the count first ("27 countries in the 25-nation EU"), or the size first ("a 30-film set
#: contains 34 films").
SIZE_JOINS_AFTER: tuple[str, ...] = ("in the", "of the", "joined the", "from the", "in a", "of a")
SIZE_JOINS_BEFORE: tuple[str, ...] = ("contains", "contained", "includes", "included", "has")
#: Read by checks (parts): things there are only so many of ("across nine continents").
HOW_MANY_THERE_ARE: dict[str, int] = {
    "continents": 7,
    "oceans": 5,
    "home nations": 4,
    "days of the week": 7,
    "months of the year": 12,
}

#: Read by checks (parts): what a series is written in the parts of, as a size before it
#: ("the eighth in a six-part series"); not races or matches, where a place is among the
#: entrants ("finished fifth in a four-race series").
SERIES_PARTS: frozenset[str] = frozenset({"part", "episode", "instalment", "installment"})
#: Read by checks (parts): verbs a place is given after, with no determiner ("came fifth of
#: the four finalists").
ORDINAL_VERBS: tuple[str, ...] = ("came", "finished", "placed", "ranked", "ended up")
#: Read by checks (parts): words before the whole an ordinal is counted within ("the past
#: six", "a planned series of six").
ORDINAL_QUALIFIERS: tuple[str, ...] = (
    "past",
    "last",
    "previous",
    "planned",
    "possible",
    "proposed",
)

#: Read by checks (parts): the games results are counted in.
EVENTS: frozenset[str] = frozenset(
    {"games", "matches", "fixtures", "outings", "races", "bouts", "fights", "contests"}
    | {"attempts", "starts", "appearances", "ties", "meetings", "tournaments", "events"}
    | {"nominations"}
)

#: Read by checks (parts): tries that each succeed once at most ("his fifth penalty from
#: four attempts").
ATTEMPTS: frozenset[str] = frozenset({"attempts", "shots", "efforts"})
