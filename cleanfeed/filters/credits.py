"""``credits``: remove photo credits, and the caption lines they stand on, never a line of the story.

A credit is a *label* and a *body* (``Photo: AP``, ``Featured image via Name/Getty
Images``, ``© Sputnik/ Name``), or a bare body with a slash and an agency
(``REUTERS/Name``, ``Name/AFP/Getty Images``), maybe in brackets. A body is a
short run of names (capitalised words, name particles, a few connectors such as
``via`` or ``for``) and separators; it ends at the end of the line, a closing
bracket, a word that is not a name, or a *glued junction*: a name that runs into
the next sentence (``ReutersNorth``, ``Alexei DruzhininThe``).

The labels are declared in one table, ``_LABELS``: for each ``Kind`` its pattern,
the words it begins with (the gates are derived from them), whether it ends a
credit it is found in, and the rule its body must meet.

What happens to a line with a credit (a ``Verdict``: keep it, drop it, or cut from it):

- the line is only credits → the line goes (with the layout rules below);
- the line is a short caption that ends with a credit, or a credit and a short
  caption after it → the line goes;
- a credit glued to the start of a long line, or at the end of one, is cut
  with the whitespace beside it; one glued inside a line becomes one space.

Layout: a removed line goes with its line break; between two blank lines it
takes one of them too; blank lines left at the start or end of the document go;
the text ends with a line break if it did before.

>>> strip_credits("© AFP 2017/ DIMITAR DILKOFF\\n\\nThe minister resigned.")
'The minister resigned.'
>>> strip_credits("It was a highway.Featured image via Name Surname/Getty Images")
'It was a highway.'
>>> strip_credits("in 2011.Photo: APIt is offering a sample.")
'in 2011. It is offering a sample.'
>>> strip_credits("LONDON (Reuters) - Inflation rose, a Reuters/Ipsos poll showed.")
'LONDON (Reuters) - Inflation rose, a Reuters/Ipsos poll showed.'
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from enum import Enum
from functools import cache, lru_cache
from typing import NamedTuple

from cleanfeed.edits import PositionMap, Span, apply_spans, back_through
from cleanfeed.filters import credits_data as data
from cleanfeed.filters import lexicon
from cleanfeed.filters.base import Filter
from cleanfeed.filters.patterns import lazy_compile
from cleanfeed.filters.text import Line, line_at, merge_spans, newline_near, remove_lines

# A body is read at most this far, so every judgement is bounded and the filter linear.
BODY_LIMIT = 200
MAX_BODY_WORDS = 16
# `CREDIT: Credit: Name`, `© Photo : Pixabay`: labels in a row.
MAX_LABELS = 3
# A credit-only line, and the caption beside a credit, are at most this long;
# a longer line is story text with a credit glued to it.
WHOLE_LINE_LIMIT = 300
CAPTION_LIMIT = 300
# A caption is one or two sentences (`Is the iPhone ripping out hair? Maybe. Photo: …`).
MAX_CAPTION_SENTENCES = 2
# Only the end of a line this long is searched for a credit ending it.
SUFFIX_WINDOW = 320
# A credit without an agency after a one-word label (`Photo: Jarl Ale de Basseville`)
# holds at most this many capitalised words; more reads as a headline.
MAX_PLAIN_NAMES = 4

# The patterns read capitals as ASCII `[A-Z]`, not lexicon.CAPITALS: they read the English-language
# formats of agencies and picture desks, and a wider class would let more text read as a credit,
# which is deleted (subheads' junctions, which only insert a break, take the wider class).
# A line that begins with a name or two and a wide gap: `Getty   The minister arrives…`, or a name glued
# to the caption: `GettyA lonely owl…`, `Getty ImagesThe minister…` (see _led_by_credit).
_LEAD_NAME = lazy_compile(r"[ \t]*([A-Z]\S{0,20}(?:[ ]\S{1,20})?)[ \t]{2}")
_GLUED_NAME = lazy_compile(r"[ \t]*([A-Z][A-Za-z]{1,20}(?:[ ][A-Z][A-Za-z]{1,20})?)(?=[A-Z][a-z]|A[ ])")

# --- the grammar: what a credit begins with ---------------------------------------------


class Kind(Enum):
    """What a credit begins with: one of the labels of _LABELS, or nothing (a bare credit).

    Declared strongest first: a credit with several labels (`CREDIT: Credit: …`,
    `© Photo : …`) is of the strongest kind among them.
    """

    FOOTER = "footer"
    COPYRIGHT = "copyright"
    STRONG = "strong"
    CREDIT = "credit"
    SINGLE = "single"
    COPY = "copy"
    PLURAL = "plural"
    SOURCE = "source"
    BARE = "bare"


class _Names(NamedTuple):
    """What the words of a body name, for the body rules."""

    names: list[str]  # the words that name someone or something (see _is_name)
    agency: bool  # a news agency or a photo library among them
    library: bool  # a photo library among them


def _credit_body(body: _Body, found: _Names) -> bool:
    return found.agency or body.slash or len(found.names) <= MAX_PLAIN_NAMES + 1


def _single_body(body: _Body, found: _Names) -> bool:
    # names as after `Photo:`; in brackets connectors too: `[Image: EuroPics (CEN) via the Daily Mail]`
    few = len(found.names) <= MAX_PLAIN_NAMES
    return found.agency or body.slash or (few and (_plain_names(body.words) or body.closed))


def _plural_body(body: _Body, found: _Names) -> bool:
    # `Images: ThoughtCatalog/Twitter`, `[Images: Name via The Daily Express]`; not `PHOTOS: 9/11 Memorial Opens`
    return found.library or _names_on_both_sides(body) or body.closed


def _source_body(body: _Body, found: _Names) -> bool:
    # `Source: Name/Getty Images` credits a picture. `Source: Reuters` under a chart or a quoted passage cites
    # it, and so does `Source: CNNIn other words…`, glued to the next paragraph: cut, the outlet's words
    # would read as the author's own, so a source that names no photo library stays.
    return found.library


def _copy_body(body: _Body, found: _Names) -> bool:
    # `© 2016 The Associated Press…`, `© Knightscope, Inc. 2014` and `© Washington Post` closing a
    # syndicated story are copyright notices.
    return not body.words[0][:1].isdigit() and (found.agency or body.slash)


def _bare_body(body: _Body, found: _Names) -> bool:
    return _is_bare_credit(body, found.agency, found.library)


class _Label(NamedTuple):
    pattern: str  # the label, a verbose regular expression
    starts: tuple[str, ...]  # the words it begins with: the block's gate, and where a credit may start
    ends_previous: bool  # found inside another credit's body, it ends that credit: a new one starts
    body: Callable[[_Body, _Names], bool] | None  # what its body must be; None: any run of names


_LABELS: dict[Kind, _Label] = {
    # a site's lead-image footer, glued to the last sentence: `Featured image via …`, `Featured Image: …`,
    # `Featured Image Credit: …`, `Feature Image Photo by …`, `Featured imaged via …`,
    # `Featured image is a screenshot`, `Featured image a screen-grab`, `Featured Photo by …`
    Kind.FOOTER: _Label(
        r"""Feature(?:d)?[ ](?:[Ii]mage[ds]?|[Pp]hoto)(?:[ ](?:[Cc]redit|[Pp]hoto))?
            (?:[ ](?:by|via|from|is[ ]an?|an?)\b)?[ ]?:?""",
        starts=("Feature",),
        ends_previous=True,
        body=None,
    ),
    # BBC: `Image copyrightGETTY IMAGES`
    Kind.COPYRIGHT: _Label(r"Image[ ]copyright", starts=("Image",), ends_previous=True, body=None),
    # a label that can only introduce a credit, so its body may hold lower-case words:
    # `Photo credit: …`, `Image courtesy of …`, `Photo by …`, `Image via: …`, `Screenshot via …`,
    # `Image Credit - Site`, `[Image Credit | EPA]`, `(Image Via: Museum…)`
    Kind.STRONG: _Label(
        r"""(?:Photo|PHOTO|Image|IMAGE|Picture|Photograph)s?[ ]
                (?:[Cc]redits?|CREDIT|[Cc]ourtesy(?:[ ]of)?|by|[Vv]ia)(?:[ ]?:|[ ][-–|](?=[ ]))?
            | (?:Screen[ ]?grab|Screenshot)[ ](?:via|from)
            | ©[ ]Provided[ ]by""",
        starts=("Photo", "PHOTO", "Image", "IMAGE", "Picture", "Screen", "©"),
        ends_previous=False,
        body=None,
    ),
    # `Credit: …`, `CREDIT: Credit: …`, `CreditCreditName`, `Mandatory Credit: …` (USA TODAY Sports)
    Kind.CREDIT: _Label(
        r"(?:Mandatory[ ])?(?:CREDIT|Credit)s?[ ]?:|Credit(?=Credit|[A-Z][a-z])",
        starts=("Mandatory Credit", "Credit", "CREDIT"),
        ends_previous=True,
        body=_credit_body,
    ),
    # `Photo: …`, `Image: …`, `Photo : …` (Sputnik), `Pic: ESA`: the body must read as names
    Kind.SINGLE: _Label(
        r"(?:Photo|PHOTO|Image|IMAGE|Picture|Pic|Photograph)[ ]?:",
        starts=("Photo", "PHOTO", "Image", "IMAGE", "Picture", "Pic:"),
        ends_previous=True,
        body=_single_body,
    ),
    # `© Sputnik/ Name`; `© 2016 The Associated Press. All Rights Reserved.` is a copyright notice
    Kind.COPY: _Label(r"©", starts=("©",), ends_previous=True, body=_copy_body),
    # `Photos: …`, `Images: …`: also gallery labels (`Photos: Fire Balls Explode…`), so the body needs more
    Kind.PLURAL: _Label(
        r"(?:Photos|PHOTOS|Images|IMAGES|Pictures)[ ]?:",
        starts=("Photo", "PHOTO", "Image", "IMAGE", "Picture"),
        ends_previous=True,
        body=_plural_body,
    ),
    # `Source: Name/Getty Images`; `Source: Reuters` under a chart or a quote cites, it credits no picture
    Kind.SOURCE: _Label(r"Source:", starts=("Source:",), ends_previous=True, body=_source_body),
}
_RANK = {kind: rank for rank, kind in enumerate(Kind)}
# Labels made of words a sentence may open with (`Photographs by Reuters and AP were used…`, `Photo: AFP
# shows…`): a body the line goes on from in lower case was that sentence's subject. (Not `©`, whose
# captions the body's names run into: `© EPA Pope Francis's trip…`.)
_WORD_LABELS = frozenset({Kind.FOOTER, Kind.STRONG, Kind.SINGLE, Kind.PLURAL, Kind.CREDIT})

# Derived from the table: the labels, one group per kind; the first letters they may begin with,
# to try them only there; the kinds that end a credit before them.
_LABEL = lazy_compile(
    "\n| ".join(f"(?P<{kind.value}>{label.pattern})" for kind, label in _LABELS.items()),
    re.VERBOSE,
)
_LABEL_WORDS = list(dict.fromkeys(word for label in _LABELS.values() for word in label.starts))
_LONGEST_LABEL_WORD = max(map(len, _LABEL_WORDS))
_LABEL_INITIALS = "".join(sorted({word[0] for word in _LABEL_WORDS}))
_ENDS_PREVIOUS = frozenset(kind.value for kind, label in _LABELS.items() if label.ends_previous)
# Every label holds one of these words; a line without one can hold only a bare credit. Grouped by
# first letter, in their order (so each place matches as before), the engine tries at each capital
# only the words it begins: the line scan of find_credits, whose first alternatives they are, gets faster.
_LABEL_WORD = lazy_compile(
    "|".join(
        re.escape(initial) + "(?:" + "|".join(re.escape(word[1:]) for word in _LABEL_WORDS if word[0] == initial) + ")"
        for initial in dict.fromkeys(word[0] for word in _LABEL_WORDS)
    )
)
# Where a credit may start inside or at the end of a line: a label or a bracket. Inside a line `©`
# starts a credit only after a sentence (`…Friday.© AFP 2017/ NAME.'No time…'`), never within one
# (`the © notice on the map`): see _inside.
_LABEL_START = lazy_compile(r"\(|\[|" + _LABEL_WORD.pattern)

# Where a line or a bracket begins, labels may be in lower case: `[image via AP]`, `images: Metro`,
# `photo credit: name via photopin cc`.
_LOWER_LABEL = lazy_compile(
    r"(?P<strong>(?:photo|image|picture)s?[ ](?:credits?|courtesy(?:[ ]of)?|by|via)[ ]?:?)"
    r"|(?P<single>(?:photo|image|picture|pic)s?[ ]?:)"
)
_LINE_INDENT = lazy_compile(r"[ \t]*")
_LOWER_LABEL_LINE = lazy_compile(r"[ \t\[(]*(?:photo|image|picture|pic)s?[ ]?(?::|credit|courtesy|by|via)")

# `Photo by`, `Image via`: outside brackets, a credit for the story's picture, not a caption's.
_BY_VIA = lazy_compile(r"(?:by|via)[ ]?:?$")
# Inside brackets only: `(U.S. Air Force photo by Staff Sgt. Corey Hook/Released)`.
_ORG_PHOTO_BY = lazy_compile(r"(?:[A-Z][\w.-]*[ ]){1,4}photo[ ]by")

# Sputnik/RIA pages put the photo's date before its credit: `date 2017-05 © AFP 2017/ NAME`.
_DATE_TOKEN = lazy_compile(r"date[ ]\d{4}-\d{2}[ \t]+")

# One piece of a body: whitespace, a separator, a short bracketed note (`(CC-BY-SA)`,
# `(3)`), a closing bracket, or a word.
MAX_NOTE = 30
_TOKEN = lazy_compile(rf"[ \t\u00a0]+|[/|,;&]|[-–](?=[ \t])|\([^()/\n]{{1,{MAX_NOTE}}}\)|[)\]]|[^\s/|,;&()\[\]]+")

# What no name holds: where a word has one, the name ends before it.
_NOT_IN_NAME = lazy_compile(r"[?!…©]|\.\.")
# Digits glued to a capitalised word: `image5The`, `2017The`, `Images5The`.
_DIGITS_GLUED = lazy_compile(r"\d(?=[A-Z][a-z])")
# A period glued to a capital or an opening quote inside a word: `Lamarque.The`, `LAMARQUE."The`, `N."O`;
# not before an ending of two or more capitals, which names a site (`Carbonated.TV`, `Times.RU`).
_GLUED_STOP = lazy_compile(r"\.(?=[“‘«\"'][^\W\d_])|\.[\"'”’)]*(?=[A-Z])")
_NAME_ENDING = lazy_compile(r"[A-Z]{2,}(?![^\W\d_])")

# A lower-case web address in a credit: `wallpaperseries.com`.
_DOMAIN = lazy_compile(r"[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:[a-z]{2,4}|co\.uk)")

# Where a bare credit (`… 2014. REUTERS/Stringer`, `… 9 p.m. | Drew Angerer/Getty Images`)
# may start: after a sentence, a bar, or a wide gap.
_BARE_START = lazy_compile(r"[.!?…][\"'”’)]?(?:[ \t]+|(?=[^\W\d_]))|\|[ \t]+|[ \t]{2,}")
# Where one sentence ends and the next begins.
_SENTENCE_BREAK = lazy_compile(r"[.!?…][\"'”’)]*[ \t]*(?=[\"“‘'(]?[A-Z])")  # glued or not: `said.The`, `said. The`
# What ends a sentence, and the quotes and brackets that may close it after that.
_SENTENCE_ENDS = frozenset(".!?…")
_CLOSING_QUOTES = "\"'”’"
_CLOSERS = _CLOSING_QUOTES + ")]"
# What only a caption says: where someone stands in the picture, or what the picture shows them doing
# (`Melania Trump (right) poses for…`, `…slap hands at a presidential debate.`, `… is seen at…`).
_PICTURE_CUE = lazy_compile(
    r"\((?:left|right|centre|center|top|bottom|L|R|C)\)|,[ ](?:left|right|centre|center),"
    r"|\b(?:poses|posing|pictured|photographed|gestures|waves|smiles|sits|stands|walks|arrives|speaks|attends"
    r"|reacts|celebrates|listens|looks[ ]on|(?:is|are)[ ](?:seen|shown)|(?:shake|shakes|slap|slaps)[ ]hands"
    r"|presides|testifies)\b"
)
# What only a copyright notice says: a line holding it is no credit (`© Reuters. All Rights Reserved.`).
_RIGHTS_RESERVED = lazy_compile(r"\b(?:All|ALL|all)[ ](?:Rights|RIGHTS|rights)[ ](?:Reserved|RESERVED|reserved)\b")
# A capitalised word after the space at ``end``: the first name of a photographer, after an agency's.
_CAPITALISED_NEXT = lazy_compile(r"[ ][^\W\d_a-z][^\W\d_]*[ ][^\W\d_a-z]")
# A post's signature: `— Name (@handle) Month D, YYYY`.
_SIGNATURE = lazy_compile(r"^[—–-]|\(@\w{1,15}\)")
# A separator between a line's text and the credit that ends it (`Source: CNN | Photo: AP`), a space before it
# (`rated 4/ Photo: …` may be a score).
_SPACED_SEPARATORS = frozenset({" /", " |", "\t/", "\t|"})
# A line that names where the story came from: `H/T Appleinsider / Photo via Name / Flickr` tips the hat to
# a source before the picture's credit; the source is the story's, so only the credit after it goes.
_CITATION = lazy_compile(r"[ \t]*(?:[Hh]/[Tt]\b|(?:Hat|HAT|hat)[ ](?:[Tt]ip|TIP)\b|Sources?:|SOURCES?:|Via[ ]|VIA[ ])")
# Reported speech: a caption describes a picture, it does not report what someone said.
_REPORTED_SPEECH = lazy_compile(r"\b(?:said|told|according[ ]to)\b")
_LIST_NUMBER = lazy_compile(r"\d{1,2}\.[ \t]")
_WORDS = lazy_compile(r"[^\W\d_][\w'’-]*")
# What follows a user name that opens a credit: a slash or `via` (`schankz/Shutterstock`, `jiazi via Compfight`).
_USER_NAME_BEFORE = lazy_compile(r"[ ]?/|[ ]via[ ]")
# The last part of a word in camel case: `Screen` in `NAMEScreen`.
_LAST_PART = lazy_compile(r"[A-Z][a-z]*$")
# The word after a glued word, if the line goes on with one: `DruzhininThe North`, `FaceookTridevil insisted`.
_NEXT_WORD = lazy_compile(r"[,:;]?[ \t]+[\"“‘'(]?(\w+)")
# A gap of two or more spaces, or a tab, that sets a leading credit off from its caption, at most this far in.
_WIDE_GAP = lazy_compile(r"[ \t]{2,}|\t")
MAX_LEAD = 60
# A picture taken from a social site, credited to its poster: `Facebook / Jane Doe` (only before a caption).
_SOCIAL_CREDIT = lazy_compile(
    r"[ \t]*(?:Facebook|Twitter|Instagram|YouTube)[ ]?/[ ]?[A-Z][\w'’.-]*(?:[ ][A-Z][\w'’.-]*){0,3}"
)
_SOCIAL_LEAD = lazy_compile(_SOCIAL_CREDIT.pattern + r"[ \t]{2}")
# A short name in brackets glued to the next sentence: `(Facebook)That`, `(screenshot)Explains`.
_BRACKETED_NAME = lazy_compile(r"\(([\w.]+(?:[ ][\w.]+){0,2})\)(?=[\"“]?[A-Z])")
# A bracketed credit followed by a dash is a dateline: `(CBS Seattle/AP) — …`.
_DASH_AFTER = lazy_compile(r"[ \t]*[-–—]")
# A dateline starts the story: `MOSCOW (Reuters) - `, `SEATTLE, Jan. 5 (AP) — `, `(CBS Seattle/AP) — `.
# Its bracket and dash; then the place before the bracket, a run of capitals with maybe a date, read
# back from the bracket (a search anchored at the bracket, over a bounded window).
_DATELINE_SOURCE = lazy_compile(r"\(([A-Z][\w.&' -]{0,30}(?:/[A-Z][\w.&' -]{0,20})?)\)[ \t]?[-–—]{1,2}[ \t]")
_DATELINE_PLACE = lazy_compile(
    r"(?:[A-Z][A-Z.'’-]+[ ]){0,3}[A-Z][A-Z.'’-]+(?:,[ ][A-Z][a-z]{2,8}\.?(?:[ ]\d{1,2})?)?[ ]?$"
)
MAX_PLACE = 60
# A credit that continues on the next line: `Featured image screengrab via` / `YouTube`.
_DANGLING = (" via", " by", " from", " of")

_OPEN_QUOTES = '“"‘«'
_OPEN_QUOTE = lazy_compile(f"[{_OPEN_QUOTES}]")
# A straight single quote opening a quoted line: `'No time to lose'`.
_QUOTE_OPENS_LINE = lazy_compile(r"'[A-Z]")
# The lower-case words a bare credit may hold: `Name/Paper via AP`, `Name for Disney`, `Jarl Ale de Basseville`.
_BARE_LOWER = frozenset({"via", "for", "and", "of"}) | data.NAME_PARTICLES
# Lower-case words that join the parts of a name or credit: a word glued before one is no sentence's start.
_NAME_LINKS = _BARE_LOWER | data.CONNECTORS
# What a credit may begin with inside a word, after a body cut at BODY_LIMIT: a word a bare credit may
# begin with (see _trim_bare, _is_bare_credit), or a date (see _read_credit).
_BEGIN_INSIDE_A_WORD = (*sorted(_BARE_LOWER), "date")
_NOT_BEFORE_LABEL = "/-_@#&'’"
# A single quote that opens a quotation: at the start of a line, or after a space, bracket, stop or double quote.
_QUOTE_OPENS = lazy_compile(r"(?:^|(?<=[\s(\[.!?…:\"”]))['‘]", re.MULTILINE)


class _Body:
    """What a credit's body holds, built word by word as it is read (see _read_body, _truncate).

    A plain class with slots: a dataclass would cost start-up more than the rest of the module.
    """

    __slots__ = ("bar", "closed", "end", "ends", "glued", "segments", "separators", "slash", "words")

    def __init__(self, end: int) -> None:
        self.end = end  # after the last character that belongs to the credit
        self.words: list[str] = []
        self.ends: list[int] = []  # where each word ends
        self.segments: list[list[str]] = [[]]  # the words between slashes
        self.separators: list[tuple[int, str]] = []  # (words before it, `/` or `|`)
        self.slash = False
        self.bar = False
        self.glued = False  # ended inside a word, at a junction with the next sentence, or before a dateline
        self.closed = False  # ended with the closing bracket it needed


class _Credit(NamedTuple):
    start: int
    end: int
    kind: Kind
    body: _Body


# --- names ---------------------------------------------------------------------------


@cache
def _agency_index() -> dict[str, list[tuple[tuple[str, ...], bool]]]:
    """Agency names by their last word: ``(words, photo_library)``, words folded as they are compared."""
    index: dict[str, list[tuple[tuple[str, ...], bool]]] = {}
    for names, library in ((lexicon.NEWS_AGENCIES, False), (lexicon.PHOTO_LIBRARIES, True)):
        for name in names:
            words = tuple(_fold(w) for w in name.split())
            index.setdefault(words[-1], []).append((words, library))
    return index


def _fold(word: str) -> str:
    """Compare short acronyms in capitals only (`AP`, not `ap`), everything else in any case."""
    word = word.strip(".,:;()[]")
    return word if len(word) <= 3 and word.isupper() else word.casefold()


def _agencies(words: list[str]) -> tuple[bool, bool, bool]:
    """``(any agency, any photo library, ends with an agency or library)`` among ``words``."""
    names = _agency_names(words)
    return bool(names), any(library for _, library in names), any(i == len(words) - 1 for i, _ in names)


def _agency_names(words: list[str]) -> list[tuple[int, bool]]:
    """``(index of its last word, photo library)`` for each agency or library name among ``words``."""
    folded = [_fold(w) for w in words]
    index = _agency_index()
    return [
        (i, is_library)
        for i, word in enumerate(folded)
        for name, is_library in index.get(word, ())
        if tuple(folded[i + 1 - len(name) : i + 1]) == name
    ]


def _is_agency_name(words: list[str], *, library: bool = False) -> bool:
    """Whether ``words`` are one agency's or library's name and nothing else: `Getty`, `PA`, `Rex Features`.

    With ``library``, only a photo library's name: a news agency's is also a word of the story.
    """
    folded = tuple(_fold(w) for w in words)
    return bool(folded) and any(
        name == folded and (is_library or not library) for name, is_library in _agency_index().get(folded[-1], ())
    )


def _begins_with_agency(words: list[str]) -> bool:
    folded = [_fold(w) for w in words]
    index = _agency_index()
    return any(
        len(name) == i + 1 and tuple(folded[: i + 1]) == name
        for i, word in enumerate(folded[:4])
        for name, _ in index.get(word, ())
    )


def _is_name_word(word: str) -> bool:
    core = word.rstrip(".,:;")
    if not core:
        return False
    first = core[0]
    lower = core.casefold()
    if first.isdigit():  # a year or a count; `2017Featured` is a tweet's date glued to the next text,
        # and `5.` numbers a list item: `Flickr | Denise Krebs 5. Left-Handers Are Better…`
        return not any(c.isalpha() for c in core) and not re.fullmatch(r"\d{1,2}\.", word)
    return (
        first.isupper()
        or first in "@\ufffd"
        or lower in data.NAME_PARTICLES
        or lower in data.CONNECTORS
        or lower in data.IMAGE_WORDS
        or _DOMAIN.fullmatch(core) is not None
        or _fold(core) in _agency_index()
        or "_" in core  # a user name: `photo credit: e_monk via photopin cc`, `Picture: Flickr / some_user`
    )


def _is_capitalised(word: str) -> bool:
    """A capital or digit first, as names are; in a credit also a handle (`@CBCOttawa`) or U+FFFD
    (a name's first letter lost in decoding)."""
    return lexicon.capital_or_digit_first(word) or word[:1] in "@\ufffd"


def _ends_credit(word: str) -> bool:
    """A word ending in a period that is not an initial or abbreviation ends the credit (`Images.`).

    So does a quotation closed after a period (`R."`), as a quote glued to the next word (`R."I`) does.
    """
    unquoted = word.rstrip("\"'”’)")
    if unquoted != word and unquoted.endswith("."):
        return True
    word = unquoted
    if not word.endswith(".") or word in data.ABBREVIATIONS:
        return False
    core = word[:-1]
    return len(core) > 1 and "." not in core


def _agency_then_name(words: list[str], line: str, end: int) -> bool:
    """Whether the words so far are an agency's name closed by a period and a name follows on the line, as
    RIA writes its credits: `© РИА Новости. Алексей Дружинин` (the period does not end the credit)."""
    return _is_agency_name([*words[:-1], words[-1][:-1]]) and _CAPITALISED_NEXT.match(line, end) is not None


def _glued_stop(word: str) -> int:
    """Where in ``word`` a sentence glued to a period begins (0 if none): the credit ends before it."""
    for stop in _GLUED_STOP.finditer(word):
        if _NAME_ENDING.match(word, stop.end()) is None:
            return stop.end()
    return 0


def _junction(word: str, words: list[str], line: str, after: int) -> int | None:
    """Where in ``word`` a credit glued to the next sentence ends, or None.

    ``ReutersNorth`` (the credit ends with an agency), ``DruzhininThe`` (a
    sentence opener follows), ``UNTVWere the`` / ``FaceookTridevil insisted``
    (a lower-case word follows), ``Faceook“My``, ``Images'No`` (an opening quote). Name
    prefixes (``McNamee``) and handles (``@CBCOttawa``) are never cut.
    """
    if word.startswith("@"):
        return None
    if (word[1:].islower() or word.isupper()) and (word.isalnum() or not _OPEN_QUOTE.search(word)):
        return None  # no capital after the first letter, or no small letter at all, and no quote: nothing glued
    for k in range(1, len(word)):
        before, char = word[k - 1], word[k]
        if char in _OPEN_QUOTES and before.isalnum():
            return k
        if char in "'’" and k >= 3 and before.isalpha() and word[k + 1 : k + 2].isupper():
            return k  # `Images'No time…`: a quoted line glued on, not an apostrophe (`O'Neil`, `D'Angelo`)
        upper_run = before.isupper() and char.isupper() and k + 1 < len(word) and word[k + 1].islower()
        if not ((before.islower() and char.isupper()) or upper_run):
            continue
        head, tail = word[:k], word[k:]
        if head in lexicon.NAME_PREFIXES:
            continue
        opener = re.match(r"[^\W\d_]+", tail)
        opener_word = opener.group() if opener else ""
        if len(opener_word) < 2 or not opener_word[1:].islower():
            continue
        if (part := _LAST_PART.search(head)) and (part.group() + opener_word).casefold() in data.IMAGE_WORDS:
            continue  # `ScreenGrab`, `ScreenShot`: one word in camel case
        next_word = _NEXT_WORD.match(line, after, after + 40)
        if len(opener_word) == len(tail) and next_word is None:
            continue  # `[Image via LinkedIn]`, `… via YouTube`: no sentence goes on after the word
        if _agencies([*words, head])[2]:
            return k
        # `LinkedIn`, `AddOn` are names; `HinshawIn this May…` is a sentence, and so is `APIt is`
        goes_on = next_word is not None and next_word.group(1) in data.AFTER_SHORT_OPENERS
        if opener_word in data.NAME_ENDINGS and not head[-1].isupper() and not goes_on:
            continue
        if opener_word in lexicon.SENTENCE_OPENERS:
            return k
        clear_head = (head[-2:].isupper() or head[-3:].islower()) and head.casefold() not in data.IMAGE_WORDS
        # `FaceookTridevil insisted`, not `ScreenGrab of Fox News`: a lower-case word that is no connector
        verb = next_word.group(1) if next_word is not None else ""
        if clear_head and len(opener_word) == len(tail) and verb[:1].islower() and verb not in _NAME_LINKS:
            return k
    return None


# --- reading one credit --------------------------------------------------------------


def _read_body(line: str, pos: int, close: str | None, *, kind: Kind) -> _Body:
    """The body of a credit of ``kind`` from ``pos``.

    A footer's may also hold the words of data.FOOTER_WORDS; after a label, a user name in
    lower case may open it (`Image: schankz/Shutterstock`, `Photo Credit: jiazi via Compfight`).
    """
    footer = kind is Kind.FOOTER
    body = _Body(end=pos)
    limit = min(len(line), pos + BODY_LIMIT)
    dateline = _dateline(line, pos, limit)
    if dateline is not None:
        limit = dateline  # the story starts there: the credit ends before it, if it reaches it
    p = pos
    while p < limit and (token := _TOKEN.match(line, p, limit)) is not None:
        text = token.group()
        end = token.end()
        if text.isspace():
            p = end
            continue
        if text in ")]":
            body.closed = text == close
            if body.closed:
                body.end = end
            break
        if text in "/|,;&-–":  # `;` joins credits: `Images: A/YouTube; B/YouTube`
            if not body.words:
                break
            if text in "/|":
                body.slash = body.slash or text == "/"
                body.segments.append([])
                body.separators.append((len(body.words), text))
            body.bar = body.bar or text == "|"
            p = end
            continue
        if text.startswith("("):  # a note after a name: `(CC-BY-SA)`, `(3)`, `(Fair Use)`
            if not body.words or text.startswith("(@"):
                break  # `Name (@handle) August 12, 2017` signs a post
            body.end = p = end
            continue
        label = _LABEL.match(line, p, limit) if body.words and text[0] in _LABEL_INITIALS else None
        if label and (
            label.lastgroup in _ENDS_PREVIOUS
            # `H/T Appleinsider / Photo via Name / Flickr`: a label that opens a part starts the picture's credit
            or (body.separators and body.separators[-1][0] == len(body.words))
        ):
            break  # another credit begins here
        digits = None if text.isalpha() else _DIGITS_GLUED.search(text)
        if digits is not None:
            text, end = text[: digits.end()], p + digits.end()  # `2017The`: a year glued to the next sentence
        if not (
            text[0].isupper()  # most names are: the calls are skipped
            or _is_name_word(text)
            or (footer and text.casefold() in data.FOOTER_WORDS)
            or (not body.words and kind is not Kind.BARE and _USER_NAME_BEFORE.match(line, end) is not None)
            or (body.words and text[0] == "-" and text[1:2].isupper())  # `Doug Mills -Pool/Getty Images`
        ):
            break
        last = False
        if (sign := _NOT_IN_NAME.search(text)) is not None:
            # `Ipsos?!`, `5..`, `A©`: a sentence's end or a sign glued to a word ends the name
            # before it, so a space put in after it later changes nothing
            if not sign.start():
                break
            text, end, last = text[: sign.start()], p + sign.start(), True
        if "." in text and (stop := _glued_stop(text)):
            text = text[:stop]  # `Lamarque.The`: read as `Lamarque. The` is, whether or not a space is put in
            end = p + stop
        cut = _junction(text, body.words, line, end)
        if cut is not None:
            body.words.append(text[:cut])
            body.ends.append(p + cut)
            body.segments[-1].append(text[:cut])
            body.end = p + cut
            body.glued = True
            break
        body.words.append(text)
        body.ends.append(end)
        body.segments[-1].append(text)
        body.end = p = end
        if digits is not None:
            body.glued = True
            break
        if last or len(body.words) > MAX_BODY_WORDS:
            break
        if _ends_credit(text) and not (kind is Kind.COPY and _agency_then_name(body.words, line, end)):
            if close and line[_skip_space_right(line, end) : _skip_space_right(line, end) + 1] == close:
                body.closed, body.end = True, _skip_space_right(line, end) + 1  # `[Image via Name/WENN.]`
            break
    if dateline is not None and body.words and not line[body.end : dateline].strip():
        body.glued = True  # it ends where the story starts: `Getty ImagesMOSCOW (Reuters) - …`
    return body


@lru_cache(maxsize=256)
def _read_credit(line: str, pos: int) -> _Credit | None:
    """The credit that starts at ``line[pos]``, if one does.

    A line's judgement reads the same place more than once (its start, its suffix
    candidates, its inside), so readings are kept; callers never change them.
    """
    p = pos
    close = None
    if p >= len(line):
        return None
    if line[p] in "([":
        close = ")" if line[p] == "(" else "]"
        p += 1
        while p < len(line) and line[p] in " \t":
            p += 1
    date = _DATE_TOKEN.match(line, p) if line.startswith("date", p) else None
    if date:
        p = date.end()
    kinds: list[Kind] = []
    while len(kinds) < MAX_LABELS and (label := _read_label(line, p, first=close is not None and not kinds)):
        kind = Kind(label.lastgroup) if label.lastgroup else Kind.STRONG  # `(U.S. Air Force photo by …`
        if kind is Kind.STRONG and not close and _BY_VIA.search(label.group()):
            kind = Kind.FOOTER  # `…be repeated enough.Photo by Name/Getty Images.` signs the whole story
        kinds.append(kind)
        p = label.end()
        while p < len(line) and line[p] in " \t":
            p += 1
    if date and kinds[:1] != [Kind.COPY]:
        return None
    kind = min(kinds, key=_RANK.__getitem__) if kinds else Kind.BARE  # the strongest label
    if kind is Kind.BARE and not _may_be_bare(line, p):
        return None  # most candidates: a sentence start, a bracket, a capitalised word
    body = _read_body(line, p, close, kind=kind)
    if kind is Kind.BARE and not (body.slash or body.bar):
        return None  # `Name/Agency` or `Agency | Name` (see _is_bare_credit): the body never reached one
    if kind is Kind.BARE and not close:
        _trim_bare(body)
    if close and not body.closed:
        return None
    credit = _Credit(pos, body.end, kind, body)
    return credit if _is_credit(credit) else None


def _may_be_bare(line: str, pos: int) -> bool:
    """Whether the body read at ``pos`` (at most BODY_LIMIT far) has what a bare credit needs (see _bare_hints)."""
    window = line[pos : pos + BODY_LIMIT]
    return ("/" in window or "|" in window) and _has_bare_hint(window)


def _dateline(line: str, pos: int, limit: int) -> int | None:
    """Where a dateline that a body read at ``pos`` would reach begins, if one does.

    Read from ``pos``, a body runs on over the capitals of a place: `Getty ImagesMOSCOW (Reuters) -
    Russia…`. It ends where the place begins when that is sure: after a word with small letters
    (`Images MOSCOW`, `ImagesMOSCOW`). After capitals (`© AFP 2017/ NAME NAMEMOSCOW (Reuters) -`) the
    place may begin at any of them: the body then ends before all of them (``pos`` when they begin
    it), so the credit's words stay rather than the story's.
    """
    bracket = line.find("(", pos, limit)
    if bracket < 0 or (source := _DATELINE_SOURCE.search(line, bracket, limit + 40)) is None:
        return None
    place = _DATELINE_PLACE.search(line, max(pos, source.start() - MAX_PLACE), source.start())
    if place is None:
        return source.start() if _ends_with_news_agency(source.group(1)) else None
    start = place.start()
    if start > pos and line[start - 1].islower():
        return start  # `ImagesMOSCOW`
    word_start = start - 1
    while word_start > pos and not line[word_start - 1].isspace():
        word_start -= 1
    before = line[word_start : start - 1] if start > pos and line[start - 1] == " " else ""
    if any(c.islower() for c in before):
        return start  # `Getty Images MOSCOW`
    return pos


def _ends_with_news_agency(source: str) -> bool:
    """`(Reuters)`, `(CBS Seattle/AP)`: a dateline's source without a place before it (not `(Flickr)`)."""
    words = source.rsplit("/", 1)[-1].split()
    return any(tuple(words) == tuple(name.split()) for name in lexicon.NEWS_AGENCIES)


def _read_label(line: str, pos: int, *, first: bool) -> re.Match[str] | None:
    """A label at ``pos``; right after an opening bracket also `U.S. Air Force photo by`.

    Where a line or a bracket begins, a label may be in lower case (see _LOWER_LABEL).
    """
    if line[pos : pos + 1] in _LABEL_INITIALS and (label := _LABEL.match(line, pos)):
        return label
    if (
        line[pos : pos + 1] in "pi"
        and (label := _LOWER_LABEL.match(line, pos))
        and (first or _LINE_INDENT.fullmatch(line, 0, pos) is not None)
    ):
        return label
    return _ORG_PHOTO_BY.match(line, pos) if first else None


def _trim_bare(body: _Body) -> None:
    """A bare credit is names only, and ends with its agency unless `via`/`for` or a role follows.

    `AFP PHOTO/JORDANIAN TV An image grab…` ends before `image`;
    `Michael Buckner/Getty Images LL Cool J` ends after `Images`.
    """
    for i, word in enumerate(body.words):
        if not _is_capitalised(word) and word.casefold() not in _BARE_LOWER:
            _truncate(body, i)
            break
    count = _opener_end(body)  # `JORDANIAN TV An image grab…`: the caption begins at `An`
    if count is not None:
        _truncate(body, count)
    count = len(body.words)
    while count and body.words[count - 1].casefold() in _BARE_LOWER:
        count -= 1  # `Reuters/Ipsos of`: a credit ends with a name, not a connector
    if count < len(body.words):
        _truncate(body, count)
    end = _agency_end(body)
    if end is not None:
        following = body.words[end]
        if following.casefold() not in ("via", "for") and not _is_role(following):
            _truncate(body, end)


def _truncate(body: _Body, count: int) -> None:
    del body.words[count:], body.ends[count:]
    body.end = body.ends[-1] if body.ends else body.end
    body.glued = False
    kept = count
    segments = []
    for segment in body.segments:
        segments.append(segment[:kept])
        kept -= min(kept, len(segment))
    body.segments = [s for s in segments if s] or [[]]
    # only a slash or bar between the words kept counts: `Getty Images Photo by|` is no `Flickr | Name`
    kept_separators = [char for before, char in body.separators if 0 < before < count]
    body.slash, body.bar = "/" in kept_separators, "|" in kept_separators


def _is_credit(credit: _Credit) -> bool:
    """Whether the body read after the credit's labels is what its kind needs (see _LABELS)."""
    body = credit.body
    if not body.words:
        return False
    rule = _bare_body if credit.kind is Kind.BARE else _LABELS[credit.kind].body
    if rule is None:  # `Featured image via screengrab`, `Image via screen capture.`
        return True
    names = [w for w in body.words if _is_name(w)]
    if not names:
        return False
    agency, library, _ = _agencies(body.words)
    return rule(body, _Names(names, agency, library))


def _is_name(word: str) -> bool:
    """A word that names someone or something in a credit: capitalised, or a web address or user name."""
    if word.casefold() in data.CONNECTORS:
        return False
    return _is_capitalised(word) or "_" in word or _DOMAIN.fullmatch(word.rstrip(".,:;")) is not None


def _names_on_both_sides(body: _Body) -> bool:
    """A slash with a name (a word with a letter) before and after it: `Name/YouTube`, not `9/11`."""
    named = [s for s in body.segments if any(any(c.isalpha() for c in w) for w in s)]
    return body.slash and len(named) >= 2


def _plain_names(words: list[str], *allowed: str) -> bool:
    """Names only, as after `Photo:`: no connector but `of` (`Courtesy of Apple`) and those ``allowed``."""
    return all(w.casefold() not in data.CONNECTORS or w.casefold() in ("of", *allowed) for w in words)


def _is_bare_credit(body: _Body, agency: bool, library: bool) -> bool:
    """`Name/Agency`, `AGENCY/Name`, `Name / AGENCY`, `Name/Paper via AP`, `Flickr | Name`.

    Not a poll (`Reuters/Ipsos`): an agency before the slash needs a photographer
    after it (two names, a name in capitals, or a role such as `Stringer`).
    Not prose (`The Reuters/Ipsos poll`, `Officials Reuters/Ipsos AFP`): an agency
    before the first slash begins what stands there, as `AFP PHOTO/Name` does.
    """
    words = body.words
    if words[0] in ("By", "BY"):  # a byline, `By Jane Doe/Reuters`
        return False
    if body.bar and not body.slash:
        return library
    if not body.slash or not (agency or library or "via" in words):
        return False
    if not words or not _is_capitalised(words[0]):
        return False
    segments = [s for s in body.segments if s]
    if len(segments) < 2:
        return False
    head, after = segments[0], segments[1]
    head_agency, head_library, head_ends = _agencies(head)
    if (head_agency or head_library) and not _begins_with_agency(head):
        return False
    if head_agency and head_ends and not head_library and len(after) == 1:
        word = after[0]
        return _is_role(word) or (word.isupper() and len(word) > 3)
    return True


def _is_role(word: str) -> bool:
    return word.strip(".,").casefold() in data.ROLES


# --- judging a line --------------------------------------------------------------------


class Drop(Enum):
    """The verdict on a line that goes whole (with the layout rules of filters/text.py)."""

    LINE = "line"


Cuts = list[tuple[int, int, str]]  # `(start, end, replacement)` within a line, sorted, not overlapping
Verdict = Drop | Cuts | None  # drop the line, cut spans from it, or keep it (None)


def _read_chain(line: str, pos: int, end: int) -> int | None:
    """If credits (separated by spaces or bars) run from ``pos`` to ``end``, where the last one ends."""
    p = pos
    last = None
    while p < end:
        credit = _read_credit(line, p)
        if credit is None:
            return None  # a glued credit (`Photo: ReutersPhoto: Reuters`) chains only into another credit
        p = last = credit.end
        while p < end and line[p] in " \t|.":
            p += 1
    return last if p >= end else None


def _label_may_start(line: str, pos: int, line_start: int) -> bool:
    if pos == line_start:
        return True
    before = line[pos - 1]
    if before in "'’" and _closes_quote(line, pos - 1, line_start):
        return True  # `'No time to lose'Featured image via …`: a quoted line ends there
    if before.isupper() and line.startswith("Featured image", pos):
        return True  # `…SHOOTING OF PATRICK HARMONFeatured image via …`: a footer glued to capitals
    if before.isalnum():
        # glued to a word only where two words meet: `BonetPhoto:`, `2017Featured`; a letter without
        # case (`水Photo`) or a fraction (`½Photo`) may be part of the word the label starts
        return before.islower() or before.isdigit()
    return before not in _NOT_BEFORE_LABEL


def _closes_quote(line: str, pos: int, line_start: int) -> bool:
    """Whether the quote at ``line[pos]`` closes one opened earlier on the line, not an apostrophe."""
    if pos <= line_start or line[pos - 1].isspace():
        return False
    return line[pos - 1] in ".!?…" or _QUOTE_OPENS.search(line, line_start, pos) is not None  # `…lose?’`


def _suffix_starts(line: str, start: int, end: int, window: int) -> list[int]:
    """Where a credit that ends the line may begin, from ``window`` on (``start`` begins the line's text)."""
    starts = {m.start() for m in _LABEL_START.finditer(line, window, end) if _label_may_start(line, m.start(), start)}
    starts.update(m.end() for m in _BARE_START.finditer(line, window, end))
    if window == start:
        starts.add(start)
    return sorted(s for s in starts if start <= s < end)


def _judge(line: str, *, labels_from: int = 0) -> Verdict:
    """Whether the line goes (Drop.LINE), what is cut from it, or None: the line stays.

    A cut can change how the rest of the line reads (a caption gets shorter), so
    the line is judged again after its cuts until nothing more changes: running
    the filter twice then gives what running it once did. ``labels_from``: no label
    word begins before it (see _may_hold_credit).
    """
    verdict = _judge_once(line)
    current = line
    maps: list[PositionMap] = []
    cuts: Cuts = []
    for _ in range(MAX_LABELS):
        if not isinstance(verdict, list):
            break
        cuts.extend((*back_through(maps, start, end), replacement) for start, end, replacement in verdict)
        step = [Span(*cut) for cut in verdict]
        maps.append(PositionMap(step))
        current = apply_spans(current, step)
        # what the cuts left is read again only if it can still hold a credit (the gate of find_credits);
        # before the first cut it is the line as it was, so a label word begins there only if it runs into the cut
        labels_from = max(0, min(labels_from, verdict[0][0] - _LONGEST_LABEL_WORD + 1))
        verdict = _judge_once(current) if _may_hold_credit(current, labels_from=labels_from) else None
    if verdict is Drop.LINE:
        return Drop.LINE
    merged: Cuts = [*merge_spans(cuts, touching=False)]  # cuts from successive readings may overlap
    return merged or None


def _judge_once(line: str) -> Verdict:
    start = len(line) - len(line.lstrip())
    end = len(line.rstrip())
    if start == end or (("eserved" in line or "ESERVED" in line) and _RIGHTS_RESERVED.search(line) is not None):
        return None  # `© Reuters. All Rights Reserved.` is a copyright notice, which stays (the `in` tests spare
        # most lines the regex scan, which no literal leads)
    if end - start <= WHOLE_LINE_LIMIT and _read_chain(line, start, end) is not None:
        # `Featured image screengrab via` goes only with the name on the next line (see _dangling)
        return None if line[:end].endswith(_DANGLING) else Drop.LINE
    led = _led_by_credit(line, start, end)
    if led is not None:
        return led
    cuts: Cuts = []
    floor = start
    for _ in range(MAX_LABELS):  # credits in a row at the start: `© AFP 2017/ NAME (AP Photo/Name) The…`
        cut_end = _leading_cut(line, floor, end)
        if cut_end is Drop.LINE:
            return Drop.LINE
        if cut_end is None:
            break
        cuts = [(0, cut_end, "")]
        floor = cut_end
    suffix = _suffix(line, max(floor, start), end)
    if suffix is not None and not suffix[1] and _named_in_sentence(line, suffix[0]):
        suffix = None  # `The exhibition is called Image: Fifty Years of…`: the label is the title's first word
    if suffix is not None:
        credit_start, footer = suffix
        caption = line[start:credit_start].rstrip()
        if (
            not footer
            and not cuts
            and _is_caption(caption)
            and not _is_headline(caption)
            and not _is_story(caption)
            and not _glued_to_sentence(line, credit_start)
        ):
            return Drop.LINE
        cut_start = _skip_space_left(line, credit_start)
        if line[max(0, cut_start - 2) : cut_start] in _SPACED_SEPARATORS:  # `H/T Site / Photo via …`: the bar goes too
            cut_start = _skip_space_left(line, cut_start - 1)
        cuts.append((cut_start, len(line), ""))
        end = cut_start
    cuts.extend(_inside(line, floor, end))
    if cuts and _only_credits_left(line, sorted(cuts)):
        return Drop.LINE  # what the cuts leave would be a credit line, so the line goes now (idempotence)
    return sorted(cuts) or None


def _led_by_credit(line: str, start: int, end: int) -> Verdict:
    """A line led by a credit: `Getty   The minister arrives in Brussels`, `GettyA lonely owl…`.

    A caption set off from its credit by a wide gap goes with it; the credit is an
    agency's or library's name alone (`Getty`, `PA`, `Reuters`), a credit
    (`REUTERS/Jane Doe   Protesters…`) or a social site's (`Facebook / Jane Doe   …`).
    Where a story sentence follows (see _is_story), or a sentence is glued to a photo
    library's name, only the credit goes (a news agency's name glued to a capital may be
    the story's word: `APTLY`). What follows is words (`Reuters   12.5` is a table).
    """
    gap = _WIDE_GAP.search(line, start, min(end, start + MAX_LEAD))
    if gap is not None and (
        _is_agency_name(line[start : gap.start()].split())
        or _read_chain(line, start, gap.start()) is not None
        or _SOCIAL_CREDIT.fullmatch(line, start, gap.start()) is not None
    ):
        after, glued = gap.end(), False
    elif (name := _GLUED_NAME.match(line, start)) is not None and _is_agency_name(name.group(1).split(), library=True):
        after, glued = name.end(), True
    else:
        return None
    rest = line[after:end]
    if not (rest[:1].isupper() or rest[:1] in _OPEN_QUOTES) or len(rest.split()) < 3:
        return None
    if _read_label(rest, 0, first=False) is not None:
        return None  # `GettyFeatured image via …`: a credit follows, read where it starts
    words = rest.split()
    if glued and not (words[0] in lexicon.SENTENCE_OPENERS or words[1][:1].islower()):
        return None  # `Getty ImagesGetty Images`: no sentence after the name
    if glued or _is_story(rest):
        return [(0, after, "")]
    return Drop.LINE if _is_caption(rest) else None


def _led_by_name(line: str) -> bool:
    """Whether ``line`` begins with an agency's or library's name set off by a wide gap or glued to a capital,
    or with a social site's credit and a wide gap (`Facebook / Jane Doe   …`)."""
    lead = _LEAD_NAME.match(line) or _GLUED_NAME.match(line)
    if lead is not None:
        return _is_agency_name(lead.group(1).split())
    return _SOCIAL_LEAD.match(line) is not None


def _only_credits_left(line: str, cuts: Cuts) -> bool:
    parts, pos = [], 0
    for start, end, replacement in cuts:
        parts += [line[pos:start], replacement]
        pos = end
    left = ("".join(parts) + line[pos:]).strip()
    return 0 < len(left) <= WHOLE_LINE_LIMIT and _read_chain(left, 0, len(left)) is not None


def _leading_cut(line: str, pos: int, end: int) -> int | Drop | None:
    """Where a credit at ``pos`` that the line goes on after ends (with its whitespace), or ``"whole"``."""
    credit = _read_credit(line, pos) if pos < end else None
    if credit is None:
        return None
    if credit.body.glued:
        return _skip_space_right(line, credit.end)  # `Getty Images MOSCOW (Reuters) - …` ended at a dateline
    rest = line[credit.end : end].lstrip(" \t")
    if not rest or _DASH_AFTER.match(rest):
        return None
    after = _after_leading_credit(credit, rest)
    if after is None or after is Drop.LINE:
        return after
    return _skip_space_right(line, after)


def _is_caption(text: str) -> bool:
    """Short, and one or two sentences: a caption; a paragraph of the story is longer."""
    if len(text) > CAPTION_LIMIT or not any(c.isalpha() for c in text):
        return False  # `!` after a credit is no caption
    breaks = [m for m in _SENTENCE_BREAK.finditer(text) if not _abbreviation_before(text, m.start())]
    return len(breaks) < MAX_CAPTION_SENTENCES


def _is_story(text: str) -> bool:
    """A sentence of the story or a post's signature, not a caption: a credit glued to it goes alone.

    `He added that he had lived there.  Name / Getty Images`: a caption describes a
    picture; it does not open with a pronoun that points back into the story.
    `— Jane Doe (@jdoe) August 12, 2017  Name/Getty Images` signs an embedded post.
    A line that holds a dateline (`MOSCOW (Reuters) - …`) starts the story; one that reports
    speech (`…, a spokesman said.`, `…, according to police.`) tells it; one that opens by citing
    a source (`H/T Appleinsider /`, `Source: CNN |`) credits the story, not the picture.
    """
    if _CITATION.match(text) is not None:
        return True
    first = _WORDS.match(text)
    if first is not None and first.start() == 0 and first.group() in data.STORY_PRONOUNS:
        return True
    return (
        _SIGNATURE.search(text) is not None
        or _REPORTED_SPEECH.search(text) is not None
        or _dateline(text, 0, len(text)) is not None
    )


def _named_in_sentence(line: str, credit_start: int) -> bool:
    """Whether a labelled credit ending a line is a title the sentence names: after a small word and one
    space, a label and capitalised words that name no agency or library (`…is called Image: Fifty Years of
    Press Photography.`, `He called the essay Credit: A History.`; not `…doctors removed Picture: EUROPICS`,
    nor a footer)."""
    if credit_start < 2 or line[credit_start - 1] != " " or line[credit_start] in "([":
        return False
    word = line[: credit_start - 1].rsplit(None, 1)[-1:]
    if not (word and word[0].isalpha() and word[0].islower()):
        return False
    credit = _read_credit(line, credit_start)
    if credit is None or credit.kind not in _WORD_LABELS or credit.body.slash:
        return False
    words = credit.body.words
    if len(words) < 2 or all(word.isupper() for word in words):
        return False  # one name, or capitals: an agency nobody listed (`EUROPICS`)
    agency, library, _ = _agencies(words)
    return not (agency or library)


def _glued_to_sentence(line: str, credit_start: int) -> bool:
    """Whether the credit at ``credit_start`` runs on from a sentence's end with no space: `…on Monday.Photo: AP`.

    Scraping glues a credit that stood apart to the paragraph above it; a caption sets its credit off
    with a space (`… May 4, 2018. REUTERS/Name`). So the line is the story's and only the credit goes,
    unless it describes a picture as only captions do (`Melania Trump (right) poses for…Magazine.Photo:
    Name`, see _PICTURE_CUE). A glued caption without such a cue stays: a missed removal costs less
    than a lost sentence.
    """
    before = line[:credit_start].rstrip(_CLOSERS)
    if before[-1:] not in _SENTENCE_ENDS or line[credit_start - 1 : credit_start].isspace():
        return False
    return _PICTURE_CUE.search(line, 0, credit_start) is None


def _abbreviation_before(text: str, pos: int) -> bool:
    word = text[: pos + 1].rsplit(None, 1)[-1]
    return word in data.ABBREVIATIONS or len(word) <= 2 or "." in word[:-1]


def _is_headline(text: str) -> bool:
    """Title Case, no lower-case word of four letters or more: `Scott Walker Tweeted a Really Great Point`."""
    words = _WORDS.findall(text)
    return len(words) >= 3 and not any(len(w) >= 4 and w[0].islower() for w in words)


def _after_leading_credit(credit: _Credit, rest: str) -> int | Drop | None:
    """A credit at the start of a line, then ``rest``: ``"whole"`` line, or where the credit ends, or None.

    A labelled credit with an agency and a short caption (`© EPA Pope Francis's
    trip…`) takes the line. A bare credit ends clearly after its agency
    (`Michael Buckner/Getty Images LL Cool J`) and only the credit goes.
    """
    body = credit.body
    if body.closed:
        return credit.end
    if rest[:1].islower() and credit.kind in _WORD_LABELS:
        return None  # `Photographs by Reuters and AP were used in the exhibition.`: the line's sentence goes on
    agency, library, ends_with_agency = _agencies(body.words)
    if not (agency or library):
        return None
    if credit.kind is Kind.BARE:
        if not _starts_sentence(rest):
            return None  # `The Reuters/Ipsos poll showed…`: the line's sentence goes on past the names
        if ends_with_agency or _LIST_NUMBER.match(rest):  # `Flickr | Denise Krebs 5. Left-Handers Are…`
            return credit.end
        if not all(w.isupper() or _is_role(w) for w in body.segments[-1]):
            return None  # `Reuters/Ipsos Jan. Geneva…`: mixed-case names may be the caption's first words
        if _is_story(rest):
            return credit.end  # `REUTERS/NAME   They added…`: the story goes on after the credit
        return Drop.LINE if _is_caption(rest) and not _is_headline(rest) else None
    count = _opener_end(body)
    if count is not None:
        return body.ends[count - 1]
    if _is_caption(rest):
        return credit.end if _is_story(rest) else Drop.LINE
    count = _agency_end(body)
    return body.ends[count - 1] if count is not None else None


def _starts_sentence(text: str) -> bool:
    """Whether ``text`` begins as a caption or heading does: a capital, a digit or an opening quote."""
    return lexicon.capital_or_digit_first(text) or text[:1] in _OPEN_QUOTES or text[:1] in "'("


def _agency_end(body: _Body) -> int | None:
    """How many words the credit has if its last part closes with an agency and more words follow it."""
    last = body.segments[-1]
    name_ends = {i + 1 for i, _ in _agency_names(last)}  # word counts after which a name ends
    if len(last) in name_ends:
        return None  # `Getty Images`, not `Getty` and then `Images`
    offset = len(body.words) - len(last)
    for count in range(len(last) - 1, 0, -1):
        if count in name_ends:
            return offset + count
    return None


def _opener_end(body: _Body) -> int | None:
    """How many words the credit has if a sentence opener follows a name (`Alexei Druzhinin The North…`)."""
    last = body.segments[-1]
    offset = len(body.words) - len(last)
    for i in range(1, len(last)):
        if last[i] in lexicon.SENTENCE_OPENERS and _is_capitalised(last[i - 1]):
            return offset + i
    return None


def _suffix(line: str, start: int, end: int) -> tuple[int, bool] | None:
    """Where a chain of credits that ends the line begins, and whether it is a footer credit.

    No chain reads through a stop word (see _stop_word): only the starts after the last one are tried.
    """
    window = max(start, end - SUFFIX_WINDOW)
    stop = _stop_word(line, window, end)
    for pos in _suffix_starts(line, start, end, window if stop is None else stop + 1):
        if pos == start and start > 0 and not line[:start].isspace():
            continue  # a glued credit already cut there
        if _read_chain(line, pos, end) is not None:
            credit = _read_credit(line, pos)
            return pos, credit is not None and credit.kind is Kind.FOOTER
    return None


def _stop_word(line: str, start: int, end: int) -> int | None:
    """Where the last word of ``line[start:end]`` that no credit can hold begins, if one does.

    A word of small ASCII letters between two spaces (or a space and ``end``) that a body
    reads whole and stops at (see _read_body): not a name's (`de`, `via`, `reuters`), a
    footer's (`video`) or a label's, nor glued to the end of a label (`copyrightgetty`), nor
    a user name before a slash (`jiazi via`), nor where a bracketed note may hold it
    (`(file photo)`). A body cut at BODY_LIMIT inside it leaves a credit to begin inside it
    only with a word a bare credit may begin with (`of`, `van`) or a date (see
    _read_credit), so it does not end with one (`thereof`, `update`). Searched from the end,
    where it usually stands a few words back.
    """
    right = end
    while (space := line.rfind(" ", start, right)) >= 0:
        left = space + 1
        word = line[left:right]
        if (
            word.isascii()
            and word.isalpha()
            and word.islower()
            and word not in data.LABEL_WORDS
            and word not in data.FOOTER_WORDS
            and not word.startswith(data.LABEL_ENDINGS)
            and not word.endswith(_BEGIN_INSIDE_A_WORD)
            and not _is_name_word(word)
            and _USER_NAME_BEFORE.match(line, right) is None
            and line.find("(", max(0, left - MAX_NOTE), left) < 0
        ):
            return left
        right = space
    return None


def _inside(line: str, start: int, end: int) -> Cuts:
    """Credits with a clear end inside a line: bracketed, or glued to the next sentence."""
    cuts = []
    examined = start
    for match in _LABEL_START.finditer(line, start, end):
        pos = match.start()
        if pos < examined or pos == start or not _label_may_start(line, pos, start):
            continue
        if line[pos] == "©" and not _after_sentence(line, pos):
            continue
        credit = _read_credit(line, pos)
        if credit is None:
            if (named := _named_source(line, pos)) is not None:
                cuts.append(_one_space(line, pos, named))
                examined = named
            continue
        credit_end = credit.end
        while credit.body.closed and (following := _read_credit(line, _skip_space_right(line, credit_end))):
            if not (following.body.closed or following.body.glued):
                break
            credit = following  # `(AP Photo/Name) (AP Photo/Name) The…`: credits in a row go together
            credit_end = credit.end
        examined = credit_end
        # `…Friday.© AFP 2017/ NAME.'No time…`: a credit after a sentence, ended by a stop glued to the next one
        glued_stop = line[credit_end - 1 : credit_end] == "." and line[credit_end : credit_end + 1] in "'\"“‘«"
        clear_end = credit.body.closed or credit.body.glued or (glued_stop and _after_sentence(line, pos))
        if not clear_end and _after_sentence(line, pos):
            # `…lose'Featured image via Getty Images The…`: where a line could begin, a sentence
            # opener after a name ends a credit as at the start of one (see _after_leading_credit)
            count = _opener_end(credit.body)
            if count is not None:
                credit_end = examined = credit.body.ends[count - 1]
                clear_end = True
        if credit_end >= end or not clear_end:
            continue
        after = line[credit_end : credit_end + 3].lstrip(" \t")
        if not after or not (after[0].isupper() or after[0] in _OPEN_QUOTES or _QUOTE_OPENS_LINE.match(after)):
            continue  # `(Photos: AP & Reuters) pic.twitter.com/…` is part of a quoted tweet
        if line[pos] in "([" and not _after_sentence(line, pos):
            continue
        cuts.append(_one_space(line, pos, credit_end))
    return cuts


def _named_source(line: str, pos: int) -> int | None:
    """Where a bracketed source that stands between two sentences ends: `Who knew? (Facebook)That makes sense`.

    Only a name from the lists (an agency, a photo library, a social site) or an image word
    (`(screenshot)Explains…`), glued to the next sentence; `Sanaa, Yemen (CNN)Houthi rebels` is a dateline.
    """
    match = _BRACKETED_NAME.match(line, pos)
    if match is None or not _after_sentence(line, pos):
        return None
    name = match.group(1)
    if name.casefold() in ("screenshot", "screengrab") or name in data.SOCIAL_SITES or _is_agency_name(name.split()):
        return match.end()
    return None


def _glued_sources(line: str) -> Iterator[int]:
    """Where a source cited in ``line`` ends that the next paragraph is glued to: `…associates.Source: CNNIn other…`.

    A source is no photo credit and stays (see _source_body); the paragraph after it gets its line
    back, at the junction its body was read to end at (see _junction).
    """
    pos = line.find("Source:")
    while pos != -1:
        label = _LABEL.match(line, pos)
        if label is not None and label.lastgroup == Kind.SOURCE.value:
            body = _read_body(line, _skip_space_right(line, label.end()), None, kind=Kind.SOURCE)
            names = [word for word in body.words if _is_name(word)]
            if body.glued and 0 < len(names) <= MAX_PLAIN_NAMES and _plain_names(body.words, "the"):
                yield body.end
        pos = line.find("Source:", pos + 1)


def _after_sentence(line: str, pos: int) -> bool:
    left = _skip_space_left(line, pos)
    return left > 0 and (line[left - 1] in '.!?…:"”’)' or (line[left - 1] == "'" and _closes_quote(line, left - 1, 0)))


def _skip_space_left(line: str, pos: int) -> int:
    while pos > 0 and line[pos - 1] in " \t":
        pos -= 1
    return pos


def _skip_space_right(line: str, pos: int) -> int:
    while pos < len(line) and line[pos] in " \t":
        pos += 1
    return pos


def _one_space(line: str, start: int, end: int) -> tuple[int, int, str]:
    """Cut ``line[start:end]`` with the whitespace around it, leaving one space."""
    left = _skip_space_left(line, start)
    right = _skip_space_right(line, end)
    if line[left:start].startswith(" "):
        return (left + 1, right, "")
    if line[end:right].endswith(" "):
        return (left, right - 1, "")
    return (left, right, " ")


# --- the filter ------------------------------------------------------------------------


def find_credits(text: str, *, at_start: bool = True, at_end: bool = True) -> list[Span]:
    """Spans that remove the photo credits in ``text`` (one block of a document), and that give a paragraph
    glued to a source cited before it its line break (see _glued_sources)."""
    whole: dict[int, Line] = {}  # the lines that go, by where they start
    cuts: list[Span] = []
    taken_until = 0  # a dangling credit took the line after it: that line is not judged again
    for line, marker in _marked_lines(text):
        if line.start < taken_until or not _may_hold_credit(line.content, labels_from=marker):
            continue
        verdict = _judge(line.content, labels_from=marker)
        if verdict is Drop.LINE:
            whole[line.start] = line
            continue
        # a credit that goes on on the next line (see _dangling), also where it is what the line's cuts
        # leave: `©APPhoto by` over `AP` goes whole now, not at a second run
        left = apply_spans(line.content, [Span(*cut) for cut in verdict]) if verdict else line.content
        if line.end < len(text) and _dangling(left, (next_line := Line(text, line.end)).content):
            whole[line.start] = line
            whole[next_line.start] = next_line
            taken_until = next_line.end
            continue
        if verdict:
            cuts.extend(
                Span(line.start + a, line.start + b, r)
                for a, b, r in verdict
                if _keeps_words(line.content, a, b) and not _quoted(line.content, a, b)
            )
        if "Source:" in line.content:  # a source the next paragraph is glued to (see _glued_sources)
            cuts.extend(
                Span(line.start + at, line.start + at, newline_near(text, line.start + at, "\n"))
                for at in _glued_sources(line.content)
                if not any(a <= at <= b for a, b, _ in verdict or ())
            )
    if not whole:
        return cuts
    return sorted(cuts + remove_lines(text, whole.values(), at_start=at_start, at_end=at_end))


def _keeps_words(line: str, start: int, end: int) -> bool:
    """Whether a cut of ``line[start:end]`` leaves every word it borders whole.

    The last line of defence for the promise that no cut lands inside a word: a
    cut that would begin or end between a letter and a small letter (`Scree|nGrab`)
    is not made, whatever rule proposed it. (A cut before a capital is judged where
    the credit is read: see _junction.)
    """
    return not any(0 < pos < len(line) and line[pos - 1].isalpha() and line[pos].islower() for pos in (start, end))


def _quoted(line: str, start: int, end: int) -> bool:
    """Whether a cut of ``line[start:end]`` would empty a quotation: `"Photo: AFP" was all the caption said`,
    `the caption, "Image: Reuters", was added later`. A credit the story quotes is the story's words."""
    before = line[:start].rstrip(" \t")[-1:]
    after = line[end:].lstrip(" \t")[:1]
    return bool(before) and before in _OPEN_QUOTES + "'" and bool(after) and after in _CLOSING_QUOTES


def _marked_lines(text: str) -> Iterator[tuple[Line, int]]:
    """Each line with a gate marker in it, once, and where in it the first marker begins.

    No label word begins before that marker (the gate's first alternatives are the label
    words), so the line's own check reads the line for one from there (see _may_hold_credit).
    """
    pos = 0
    # the block's first line has no line break before it: `images: Metro`, `Getty   The minister…`
    if _LOWER_LABEL_LINE.match(text) or _led_by_name(text):
        first = Line(text, 0)
        yield first, 0
        pos = first.end
    gate = _gate()
    while (marker := gate.search(text, pos)) is not None:
        line = line_at(text, marker.end() - 1)  # a marker may begin with a line break
        yield line, max(0, marker.start() - line.start)
        pos = line.end


@cache
def _gate() -> re.Pattern[str]:
    """Lines that may hold a credit, found in one scan over the block.

    A label word, or the slash or bar of a bare credit; at a line's start also a label in
    lower case (`images: Metro`, `[image via AP]`) or an agency's or library's name set off
    by a wide gap or glued to a capital (`Getty   The…`, `GettyA lonely…`); a social site or a
    capture named in brackets (`(Facebook)That…`). Every alternative starts with a literal or
    a line break, so the engine skips fast: a class of brackets, or any capital at a line's
    start, would slow the scan twofold.
    """
    by_initial: dict[str, set[str]] = {"[": {"image", "photo", "pic"}, "(": {"image", "photo", "pic"}}
    for word in ("photo", "image", "pic"):
        by_initial.setdefault(word[0], set()).add(word[1:])
    for name in (*lexicon.NEWS_AGENCIES, *lexicon.PHOTO_LIBRARIES):
        first = name.split()[0]
        by_initial.setdefault(first[0], set()).add(first[1:])
    starts = "|".join(
        re.escape(initial) + "(?:" + "|".join(sorted(map(re.escape, rests), key=len, reverse=True)) + ")"
        for initial, rests in by_initial.items()
    )
    # At a line break the initials are tested as one class first: most lines start with none of
    # them, and the class turns those away before the alternatives are tried one by one.
    initials = "[" + "".join(map(re.escape, by_initial)) + "]"
    return lazy_compile(
        _LABEL_WORD.pattern
        + r"|/|\||\n[ \t]*(?="
        + initials
        + ")(?:"
        + starts
        + r")(?=[ \t]{2}|[A-Z]|[^\n]{0,20}?[a-z][A-Z]|[^\n]{0,20}?[:\]])"
        + r"|\((?:Facebook|Twitter|Instagram|YouTube|screenshot|screengrab)\)"
    )


def _may_hold_credit(line: str, *, labels_from: int = 0) -> bool:
    """Whether ``line`` holds what any credit needs; a line that does not is left as it is.

    ``labels_from``: no label word begins before it (the gate found none there), so the search
    for one, a scan of the whole line that most long lines of a story need, starts there.
    """
    return bool(
        _LABEL_WORD.search(line, labels_from)
        or "photo by" in line  # `(U.S. Air Force photo by Name)`: see _ORG_PHOTO_BY
        or (("/" in line or "|" in line) and _has_bare_hint(line))
        or _LOWER_LABEL_LINE.match(line) is not None  # `images: Metro`, `[image via AP]` (see _read_label)
        or _led_by_name(line)
        or ("(" in line and _BRACKETED_NAME.search(line) is not None)  # `(Facebook)That…` (see _named_source)
        or line.rstrip().endswith(_DANGLING)  # a credit that goes on on the next line (see _dangling)
    )


def _has_bare_hint(text: str) -> bool:
    exact, folded = _bare_hints()
    text = " " + text  # a body may begin right at the start of ``text``
    return exact.search(text) is not None or folded.search(text.casefold()) is not None


@cache
def _bare_hints() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """What the body of a bare credit holds besides its slash or bar.

    A bare credit names an agency or library, or has `via` (see _is_bare_credit).
    A name is found only if every word of it is, so one word of each is enough:
    short acronyms compared exactly, other words in the case-folded text (as
    _fold compares them).
    Each word begins a body token, so after whitespace, a separator, a bracket, a
    `.:;` that _fold strips, or a stop or closing quote a bare credit may be glued to
    (see _BARE_START): the engine only tries the words there.
    """
    exact: set[str] = {"via"}
    folded: set[str] = set()
    for name in (*lexicon.NEWS_AGENCIES, *lexicon.PHOTO_LIBRARIES):
        word = next(w for w in name.split() if w.casefold() not in data.CONNECTORS | data.IMAGE_WORDS)
        (exact if _fold(word) == word else folded).add(_fold(word))
    return _after_token_boundary(exact, rare_initials=True), _after_token_boundary(folded, rare_initials=False)


def _after_token_boundary(words: set[str], *, rare_initials: bool) -> re.Pattern[str]:
    """One of ``words`` right after a token boundary; alternatives grouped by first letter, so few are tried.

    The engine skips fast only to the first character of a match. With ``rare_initials`` (the
    exact words begin with a capital, `p` or `v`) a match starts at the word's initial and looks
    back for the boundary: twice as fast as starting at every space. The folded words begin with
    most small letters, so there a match starts at the boundary and looks ahead for an initial.
    """
    by_initial: dict[str, list[str]] = {}
    for word in sorted(words):
        by_initial.setdefault(word[0], []).append(re.escape(word[1:]))
    boundary = r"[\s/|,&()\[\].:;!?…\"'”’]"
    if rare_initials:
        return lazy_compile(
            "|".join(
                f"{re.escape(initial)}(?<={boundary}{re.escape(initial)})(?:{'|'.join(rests)})"
                for initial, rests in by_initial.items()
            )
        )
    initials = "".join(map(re.escape, by_initial))
    groups = "|".join(f"{re.escape(initial)}(?:{'|'.join(rests)})" for initial, rests in by_initial.items())
    return lazy_compile(rf"{boundary}(?=[{initials}])(?:{groups})")


def _dangling(line: str, next_line: str) -> bool:
    """`Featured image screengrab via` with `YouTube` on the next line: one credit over two lines."""
    stripped = line.strip()
    if not stripped.endswith(_DANGLING) or len(stripped) > WHOLE_LINE_LIMIT:
        return False
    verdict = _judge(next_line) if _may_hold_credit(next_line) else None
    if isinstance(verdict, list):  # read what the next line's own credits leave: `ReutersPhoto byAP`
        next_line = apply_spans(next_line, [Span(*cut) for cut in verdict])
    name = next_line.strip()
    joined = stripped + " " + name
    return (
        _read_chain(joined, 0, len(joined)) is not None
        and 0 < len(name.split()) <= 3
        and all(_is_capitalised(w) for w in name.split())
    )


FILTER = Filter(
    name="credits",
    summary="remove photo credits (© AFP 2017/ NAME, REUTERS/Name, Featured image via …) and their caption lines",
    find=find_credits,
    context=("at_start", "at_end"),
    edit_kind="delete",
)


def strip_credits(text: str) -> str:
    """Apply the ``credits`` filter alone to a whole document."""
    return FILTER(text, at_start=True, at_end=True)
