"""Words and letters that more than one filter reads, each written once.

A filter's own lists stay beside it (``<filter>_data.py``). A list lives here when
two filters need the same knowledge; where they need different amounts of it,
the parts are named here and each filter takes the union it needs, so that no
filter's behaviour changes by another's list growing unseen.

Plain frozensets, tuples and strings: importing this module costs next to
nothing, and a filter builds its patterns from them on first use.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text``: lists read better as running text."""
    return frozenset(text.split())


# --- letters ---------------------------------------------------------------------------

#: Capital and small letters, for a regular expression's character class: Latin with the
#: accented letters of Latin-1, and Cyrillic (``tradeThe``, ``ZürichThe``, ``МоскваОн``).
#: ``\w`` holds digits and ``_``, and ``[^\W\d_]`` has no case: these tell case apart.
CAPITALS = "A-ZÀ-ÖØ-ÞА-ЯЁ"
SMALL_LETTERS = "a-zß-öø-ÿа-яё"


def capital_or_digit_first(text: str) -> bool:
    """Whether ``text`` begins as a name, a title or a heading does: with a capital or a digit.

    The one test of "begins with a capital" in the filters' Python code: a capital in any script
    (``str.isupper``), so it is wider than CAPITALS, which a regular expression needs spelled out.
    A filter adds what else may stand first in its own text (a credit's `@handle`, a caption's quote).

    >>> [capital_or_digit_first(word) for word in ("Reuters", "2017", "Ωμέγα", "via", "", "‘Gay")]
    [True, True, True, False, False, False]
    """
    first = text[:1]
    return first.isupper() or first.isdigit()


# --- sentence openers ------------------------------------------------------------------

# The commonest words a news sentence begins with. Text glued to one of them
# (``…Putin and TrumpThe Russian…``, ``Alexei DruzhininThe North…``) is two things
# run together: a subhead and its paragraph, a credit and the caption after it.
_COMMON_OPENERS = _words(
    """
    The A An This That These Those There Their They Its It He She His Her We Our You I
    In On At As For With After While When But And So Still However Meanwhile If During
    According Some All Also Now One What Why How Who Here
    """
)

#: Openers of speech and questions, which a caption quotes (``Getty ImagesYeah, we won``):
#: ``credits`` only; a subhead is followed by a reported sentence.
SPOKEN_OPENERS = _words("Oh Well Yeah Was Were")

#: ``credits``: where a credit's run of names meets one of these, the credit ends and a
#: sentence begins. Kept narrow: the words are read inside runs of names.
SENTENCE_OPENERS = _COMMON_OPENERS | SPOKEN_OPENERS

#: ``subheads``: where the letters before a junction are a capitalised word or an acronym,
#: the junction could be an unknown camel-case name, so the word after it must be one of
#: these: the common openers, more function words, and the plural nouns reports open with.
SENTENCE_STARTERS = _COMMON_OPENERS | _words(
    """
    It's Your From Without By To Of Before Since Until Where Whether Or Yet Instead Although
    Though Because Despite Under Over Among Amid Between Following Earlier Later Last Next Then
    Today Many Most Several Few Both Each Every Other Another Such No Not Only Even More Two
    Three Which Speaking Asked Citing Unlike Nearly Almost Already Nobody Everyone Nothing
    Neither Either Once About
    Officials Authorities Residents Critics Analysts Experts Investors Prosecutors Lawmakers
    Protesters Witnesses Researchers
    """
)


# --- names -----------------------------------------------------------------------------

#: Surname prefixes joined to a capital (``McCain``, ``MacArthur``, ``DeVos``, ``O’Neil``):
#: the capital inside the word is a name's, not a seam where two words were glued
#: (``credits``: no credit ends there; ``sentences``: ``said.McCain`` is no code identifier).
NAME_PREFIXES = _words("Mc Mac De Di Da Du La Le Van Von O' O’")


# --- abbreviations ---------------------------------------------------------------------

# A period after these ends no sentence: the word after it goes on (``Mr.Smith``,
# ``Staff Sgt. Corey Hook``). Each filter takes the groups it was checked with.

#: Titles and ranks written before a name, and the name suffixes.
TITLES = _words(
    "Mr Mrs Ms Dr St Sen Rep Gov Gen Col Lt Sgt Capt Cpt Cmdr Adm Maj Prof Rev Fr Hon Pres Supt Det Insp Jr Sr"
)
#: The titles ``credits`` reads in photographers' names (``Staff Sgt. Corey Hook``, ``Jeffrey Roe Jr.``).
CREDIT_TITLES = _words("Mr Mrs Ms Dr St Gen Col Lt Sgt Jr Sr")
#: Abbreviations in references and numbering (``No.``, ``Vol.``, ``Fig.``, ``vs.``).
REFERENCE_ABBREVIATIONS = _words("No Nos Vol Fig Art Sec Dept Mt Ft vs etc")
#: Company forms (``CBS Interactive Inc. Douglas Haig``).
COMPANY_ABBREVIATIONS = _words("Inc Co Corp Ltd")


# --- dates -----------------------------------------------------------------------------

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
#: Their short forms, ``Sept`` before ``Sep`` (a regular expression tries them in this order).
MONTH_ABBREVIATIONS = ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec")


# --- picture sources -------------------------------------------------------------------

# Read by ``credits`` (a credit names one) and ``subheads`` (a short line naming one is a
# caption's credit, never a subhead). Names are matched word by word; names of two or three
# capital letters (``AP``, ``PA``, ``EPA``) only in capitals, longer ones in any case
# (``GETTY IMAGES``, ``wikimedia``).

#: News agencies whose name also appears in ordinary reporting ("Reuters said").
#: A credit needs more than their name alone: a label, a slash or a photographer.
NEWS_AGENCIES: tuple[str, ...] = (
    "AP",
    "AP Photo",  # (AP Photo/Evan Vucci), © AP Photo/ Mark Lennihan
    "Associated Press",
    "The Associated Press",
    "Reuters",
    "Reuters Photo",
    "AFP",
    "AFP PHOTO",  # AFP PHOTO/JORDANIAN TV
    "Agence France-Presse",
    "EPA",
    "EPA-EFE",
    "EFE",
    "Sputnik",
    "RIA Novosti",
    "РИА Новости",
    "TASS",
    "ТАСС",
    "Xinhua",
    "Anadolu",
    "Anadolu Agency",
    "Kyodo",
    "Yonhap",
    "UPI",
    "DPA",
    "ANSA",
    "PA",
    "Press Association",
    "Bloomberg",
    "NASA",
    "USA TODAY",
)

#: Photo libraries and picture desks: their name is a credit wherever it closes one.
PHOTO_LIBRARIES: tuple[str, ...] = (
    "Getty",
    "Getty Images",
    "Getty Image",
    "Getty Images Sport",
    "Getty Images Entertainment",
    "Images Getty",  # "via Images Getty", a scraper's word salad
    "WireImage",
    "FilmMagic",
    "Shutterstock",
    "Shutterstock.com",
    "Rex",
    "Rex Features",
    "Depositphotos",
    "Pixabay",
    "Unsplash",
    "iStock",
    "iStockphoto",
    "Alamy",
    "Corbis",
    "NurPhoto",
    "SOPA Images",
    "ZUMA",
    "Zuma Press",
    "PA Images",
    "Splash",
    "Splash News",
    "Flickr",
    "Wikimedia",
    "Wikimedia Commons",
    "photopin",  # photo credit: name via photopin cc
    "Compfight",  # Photo Credit: name via Compfight cc
)
