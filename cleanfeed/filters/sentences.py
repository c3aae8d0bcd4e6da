"""``sentences``: put back the space lost between two sentences.

Scraping glues paragraphs together and drops the space after a sentence end:
``said Sunday.As a result``, ``minority."The Kremlin``, ``Is it over?Nobody``.
The filter inserts exactly one space where sentence-final punctuation
(``. ! ? …`` or ``...``, optionally followed by closing quotes or brackets) runs
into the start of a sentence: an upper-case letter in any script, or an opening
quote, ``¿``, ``¡`` or ``«`` before one.

>>> repair_sentences("The parliament met on Wednesday.The session lasted six hours.")
'The parliament met on Wednesday. The session lasted six hours.'
>>> repair_sentences('Critics called it "a scandal.""We were misled," one said.')
'Critics called it "a scandal." "We were misled," one said.'
>>> repair_sentences("The U.S.After the vote, Ms.Petrova left.")
'The U.S. After the vote, Ms. Petrova left.'

A label or lead-in colon glued to what it introduces, and a comma glued to a
quote, get their space too:

>>> repair_sentences('Watch:The senator replied. One man said,"No one came."')
'Watch: The senator replied. One man said, "No one came."'

A period glued between two words is also what initialisms, numbers, domains,
file names, code and tickers look like, so each of those has a guard below, a
named rule with its reason. A guarded junction is left alone: a missed repair
costs less than a wrong one.

>>> repair_sentences("J.R.R. Tolkien, www.BBC.co.uk, ASP.NET, Console.WriteLine, (GOOGL.O), 3.5")
'J.R.R. Tolkien, www.BBC.co.uk, ASP.NET, Console.WriteLine, (GOOGL.O), 3.5'

A colon has guards of its own: times, verses, URLs, drive letters, code, mail
subjects and tickers keep theirs glued.

>>> repair_sentences("At 10:30 read John 3:16, C:Windows, std::String, Re:Subject and (NYSE:YUM).")
'At 10:30 read John 3:16, C:Windows, std::String, Re:Subject and (NYSE:YUM).'

Regex scans find the candidates (punctuation after a non-space, then an upper-case
letter); Python judges each from a bounded window around it, so the filter runs in
linear time on any input.
"""

from __future__ import annotations

import re
from itertools import pairwise, takewhile
from typing import NamedTuple, cast

from cleanfeed.edits import Span
from cleanfeed.filters.base import Filter
from cleanfeed.filters.lexicon import SENTENCE_OPENERS, TITLES
from cleanfeed.filters.patterns import lazy_compile
from cleanfeed.filters.sentences_data import (
    CAPITAL_NAME_SUFFIXES,
    CODE_NAMESPACES,
    DOTTED_ABBREVIATIONS,
    MONTHS,
    NAME_PREFIXES,
    NAME_SUFFIXES,
    SUBJECT_PREFIXES,
    TITLE_CASE_NAME_SUFFIXES,
    URL_SCHEMES,
    VERSION_QUALIFIERS,
)

# A candidate junction: a run of sentence-final punctuation right after a
# non-space character (full-width stops too: `period．Does`), or a spaced
# ellipsis after a word (`a period . . . .Next`, `an end. . . .Next`), then any citations
# (`martyr.[1]The`), then any quotes and brackets (`«` may keep the French
# space after it), then a letter that is not ASCII lower case. The look back
# makes only the first mark of a run a start, and the possessive quantifiers
# never give back what they took, so the scan is linear even on a megabyte of
# `....` or `"""`. A period inside an initialism (`.R.R.`) is never a junction
# and is skipped here, so `A.A.A.…` costs no Python.
_STOPS = ".!?…．！？"
_PERIODS = ".．"
_REST_OF_RUN = f"[{_STOPS}]*+"
_SPACED_ELLIPSIS = r"\.(?= \.)(?:(?<=[^\s.]\.)|(?<=[^\s.] \.))(?: \.){2,3}"
_CITATIONS = r"(?:\[\d{1,3}\])*+"
_NOT_INSIDE_INITIALISM = r"(?!(?<=\.[^\W\d_]\.)[^\W\d_]\.)"
_QUOTES = r"((?:[)\]}\"'”’»“‘„‚¿¡]|«[ \u00a0\u202f]?)*+)"
_LETTER_AHEAD = r"(?=[^\W\d_a-z])"
_CANDIDATE = lazy_compile(
    f"((?:[{_STOPS}](?<=[^\\s{_STOPS}][{_STOPS}]){_REST_OF_RUN}|{_SPACED_ELLIPSIS}){_CITATIONS})"
    + _NOT_INSIDE_INITIALISM
    + _QUOTES
    + _LETTER_AHEAD
)

# The same candidates, found faster: the regex engine skips ahead to one
# character far faster than to any of a set, so the scan runs twice. Once for
# the runs that start with a period (most of them, spaced ellipses too), and once
# for the rest, on a copy of the text where the other stops are written `?` (same
# length, same positions); each of those is then read again with `_CANDIDATE` on
# the text itself. The initialism skip concerns a lone period, so no run led by
# another mark meets it. Both first turn away a mark followed by whitespace, as
# most are.
_PERIOD_CANDIDATE = lazy_compile(
    f"((?:\\.(?!\\s)(?<=[^\\s{_STOPS}]\\.){_REST_OF_RUN}|{_SPACED_ELLIPSIS}){_CITATIONS})"
    + _NOT_INSIDE_INITIALISM
    + _QUOTES
    + _LETTER_AHEAD
)
_OTHER_CANDIDATE = lazy_compile(r"\?(?!\s)(?<=[^\s.?]\?)[.?]*+" + _CITATIONS + _QUOTES + _LETTER_AHEAD)
_RARE_STOPS = "．！？"
_OTHER_STOPS = "?!…" + _RARE_STOPS

# A label or lead-in colon glued to what it introduces (`Watch:The`, `CNN reports:In`,
# `said:"We`), and a comma glued to a quote (`said,"No one`, `"Yes,"Maria said`): the
# space goes after the colon or comma, or after a quote the comma closes. Only after a
# letter (a colon also after a closing bracket or quote), so times, ratios and verses
# (`10:30`, `3:16`) and `std::` never match. Two scans, each led by its one character
# (see `_PERIOD_CANDIDATE`).
_COLON_CANDIDATE = lazy_compile(r"(:)(?:(?<=[^\W\d_]:)|(?<=[)\]”’]:))([\"“]?)" + _LETTER_AHEAD)
_COMMA_QUOTE_CANDIDATE = lazy_compile(r"(,)(?=[\"“])(?<=[^\W\d_],)([\"“])" + _LETTER_AHEAD)

# Brackets and quotes that may close a sentence before its final punctuation
# (`votes).`, `"patriotic".`) and ones that open the word it belongs to (`(GOOGL.O)`).
# (`'` is left out of the openers: inside a word it is an apostrophe, `Trump's.`)
_CLOSERS = ")]}\"'”’»"
_OPENERS = '([{<"“‘„‚«¿¡'
# A word of its own starts after an opener or a dash: `(R-N.C.)`, `Jean-Paul.` (matched on the
# reversed word: the tail after the last such character), and after a comma, semicolon or colon
# glued to a letter: `N.Y.,N.Y.`, `Watch:U.S.` (not `for,…`, `Watch:.`).
_WORD_TAIL = lazy_compile(r'[^([{<"“‘„‚«¿¡\-–—/]*')
_GLUED_SEPARATOR = lazy_compile(r".*[,;:](?=[^\W\d_])")
# A straight single quote or U+FFFD (a quote lost in decoding) at a word's start opens it: `'U.K.`, `�U.S.`.
# Inside a word they are apostrophes, `Trump's`, so only the leading ones come off.
_LEADING_QUOTES = "'\ufffd`"

# Where the look-around stops: enough for any real word, and it keeps the work
# per candidate bounded on adversarial input.
_WINDOW = 64

# Chinese, Japanese and full-width text: sentences follow each other with no space.
_CJK = lazy_compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\U00020000-\U0002ffff]")

# A code or markup continuation right after the word: `Math.Max(`, `Foo.Bar_baz`,
# `?Id=5`, `List.Item[0]`, `Ns.Type::`, `Foo.Bar<T>`.
_CODE_FOLLOWER = frozenset("(_=[{<")

# What a dotted abbreviation ends with (`sc` in `m.sc`): a cheap first test.
_ABBREVIATION_ENDINGS = frozenset(abbreviation.rsplit(".", 1)[-1] for abbreviation in DOTTED_ABBREVIATIONS)

# A version of numbers and dots: `5.4.32`.
_VERSION = lazy_compile(r"\d+(?:\.\d+)+")

# A ticker symbol before its exchange suffix: `GOOGL`, `DBKGn`, `VOWG_p`, `0005`.
_TICKER_SYMBOL = lazy_compile(r"[A-Z0-9]{1,6}(?:[a-z]|_[a-z])?")

# The pronoun with a contraction, a word however short: `p.m.I'm`, `awkward.I've`.
_PRONOUN_CONTRACTION = lazy_compile(r"I['’](?:m|ve|ll|d)\b")

# The text from a candidate's first letter to the next whitespace, and its letters.
_TOKEN = lazy_compile(r"([^\W\d_]+)\S*")


class Junction(NamedTuple):
    """What the judge sees around one candidate."""

    mark: str  # the punctuation run and any citations: `.`, `?`, `...`, `?!`, ` . . .`, `.[1]`; or `:` or `,`
    before: str  # the word before it, from the last whitespace (bounded)
    core: str  # `before` without the closing quotes/brackets at its end and anything up to an opener
    previous: str  # the word before `before`, "" at the start of a line
    word: str  # the letters that follow (after any quotes)
    follow: str  # the character after `word`, or ""
    after: str  # the text from `word` to the next whitespace (bounded)


def find_run_together_sentences(text: str) -> list[Span]:
    """Spans that insert one space at each run-together sentence junction."""
    spans: list[Span] = []
    quotes = _QuoteState(text)
    last = -1
    for match in _candidates(text):
        position = _junction_space(text, match, quotes, last)
        if position is not None:
            spans.append(Span(position, position, " "))
            last = position
    return spans


def _candidates(text: str) -> list[re.Match[str]]:
    """Every sentence end and every lead-in that may need a space, in order."""
    # A third of the texts hold no colon, and a third no double quote: `in` finds that out at
    # a fraction of a scan's cost.
    lead_ins = list(_COLON_CANDIDATE.finditer(text)) if ":" in text else []
    if '"' in text or "“" in text:
        lead_ins.extend(_COMMA_QUOTE_CANDIDATE.finditer(text))
    stops = _stop_candidates(text)
    return sorted(stops + lead_ins, key=_start) if lead_ins else stops


def _stop_candidates(text: str) -> list[re.Match[str]]:
    """Every match of `_CANDIDATE` in ``text``, in order (see `_PERIOD_CANDIDATE`)."""
    candidates = list(_PERIOD_CANDIDATE.finditer(text))
    if not any(stop in text for stop in _OTHER_STOPS):
        return candidates  # half the texts: no question, exclamation or ellipsis
    marked = text.replace("!", "?").replace("…", "?")
    if any(stop in text for stop in _RARE_STOPS):
        marked = marked.replace("．", "?").replace("！", "?").replace("？", "?")
    # Each run _OTHER_CANDIDATE finds is one _CANDIDATE matches at the same place.
    others = [cast("re.Match[str]", _CANDIDATE.match(text, m.start())) for m in _OTHER_CANDIDATE.finditer(marked)]
    if others:
        candidates = sorted(candidates + others, key=_start)
    return candidates


def _start(match: re.Match[str]) -> int:
    return match.start()


def _junction_space(text: str, match: re.Match[str], quotes: _QuoteState, last: int) -> int | None:
    """Where the space goes at this candidate, or None to leave it alone.

    ``last`` is where the previous space went: the words before this candidate are
    read as they will be with that space in, so that a second run decides alike.
    """
    quote_end = match.end(2)
    if not text[quote_end].isupper():
        return None  # a sentence starts with a capital (never before a digit or a lower-case letter)
    junction = _read_junction(text, match, last)
    if junction is None:
        return None
    for guard in _GUARDS:
        if guard(junction):
            return None
    mark = junction.mark
    if mark == ":" and any(guard(junction) for guard in _COLON_GUARDS):
        return None
    quoted = match.group(2)
    if quoted:
        split = _quote_split(quoted, quotes.before(match.start(1)))
        if split is None or (split and mark == ":"):
            return None  # after a colon, only a quotation it opens (a comma may close one: `"Yes,"Maria said`)
        return match.start(2) + split
    if mark in _PERIODS:
        for guard in _PERIOD_GUARDS:
            if guard(junction):
                return None
    return match.end(1)


def _read_junction(text: str, match: re.Match[str], last: int) -> Junction | None:
    """The words around a candidate, each read within `_WINDOW` characters of it; None
    when the word before is longer than that."""
    mark_start = match.start(1)
    start = max(0, mark_start - _WINDOW)
    head = text[start:mark_start] if last < start else f"{text[start:last]} {text[last:mark_start]}"
    words = head[head.rfind("\n") + 1 :].rsplit(None, 2)
    before = words[-1]  # the character before the mark is not a space
    if len(before) == len(head) and start > 0 and not text[start - 1].isspace():
        return None  # a "word" longer than the window is no prose
    previous = words[-2] if len(words) > 1 else ""
    core = _core(before)
    quote_end = match.end(2)
    token = cast("re.Match[str]", _TOKEN.match(text, quote_end, quote_end + _WINDOW))  # a letter is ahead
    word, after = token.group(1, 0)
    word_end = token.end(1)
    follow = text[word_end : word_end + 1]
    return Junction(match.group(1), before, core, previous, word, follow, after)


def _core(before: str) -> str:
    """``before`` without the closing quotes and brackets at its end and anything up to an opener or dash."""
    if before.isalpha():
        return before  # the common case: nothing to take off
    core = cast("re.Match[str]", _WORD_TAIL.match(before.rstrip(_CLOSERS)[::-1])).group()[::-1]  # matches any text
    separator = _GLUED_SEPARATOR.match(core)
    if separator:
        core = core[separator.end() :]
    return core.lstrip(_LEADING_QUOTES)


# --- guards for every kind of junction -------------------------------------


def _not_after_a_word(j: Junction) -> bool:
    """Punctuation with no word before it starts something: `(.NET`, `"...And`, `[...]The`."""
    return not j.core


def _cjk_sentence(j: Junction) -> bool:
    """Chinese and Japanese sentences take no space between them: `进展."双方`."""
    last = j.core[-1:]
    return last >= "\u2e80" and _CJK.match(last) is not None  # (the comparison spares other scripts the regex)


def _address_then_sentence(j: Junction) -> bool:
    """A URL or address that ends with a known ending, then a word and a space: `at example.com.Please`."""
    last = j.before.rsplit(".", 1)[-1]
    known = last.islower() and (last in NAME_SUFFIXES or last in CAPITAL_NAME_SUFFIXES)
    return known and j.follow.isspace() and not _has_hump(j.word)


def _url_or_email(j: Junction) -> bool:
    """Inside a URL, an e-mail address or a path: `site.org/Page.Html`, `J.Smith@Reuters.com`."""
    before, after = j.before, j.after
    inside = (
        "@" in before
        or "@" in after
        or "/" in after
        or "\\" in before
        or "\\" in after
        or ("/" in before and ("://" in before or "." in before.split("/", 1)[0]))
        or before[:4].lower() == "www."
        or before[-1:] == "#"  # a fragment, `page.htm#.Ulls5Nvn`: no sentence ends with `#`
    )
    return inside and not _address_then_sentence(j)


def _code_follows(j: Junction) -> bool:
    """The word goes on as code or markup: `Math.Max(`, `?Id=5`, `Foo.Bar_baz`, `Ns.Type::`."""
    if j.follow in _CODE_FOLLOWER:
        return True
    return j.follow == ":" and j.after[len(j.word) : len(j.word) + 2] == "::"


# Each guard is a pure test and any one of them leaves the junction alone, so
# both lists run the cheapest and most often true first.
_GUARDS = (_not_after_a_word, _code_follows, _cjk_sentence, _url_or_email)


# --- guards for a single period between two words ----------------------------


def _chain(core: str) -> list[str]:
    """The dotted parts of ``core`` that start with a letter, nearest last: `U.S` → [U, S]."""
    parts = core.split(".")
    start = len(parts)
    while start > 0 and parts[start - 1][:1].isalpha():
        start -= 1
    return parts[start:]


def _initialism_goes_on(j: Junction) -> bool:
    """A single letter and a period after short parts: one initialism, `J.R.R.`, `Ph.D.`, `U.S.A.`."""
    if len(j.word) != 1 or j.follow != ".":
        return False
    chain = _chain(j.core)
    return bool(chain) and all(len(part) <= 2 for part in chain)


# Two-letter words that end in `s` and start sentences: `U.S.As the vote` is a junction.
_TWO_LETTER_WORDS_IN_S = frozenset({"As", "Is", "Us"})


def _plural_initialism(j: Junction) -> bool:
    """A capital and `s` after short parts is an initialism's plural: `Ph.Ds`, `M.Ds` (not `U.S.As the`)."""
    word = j.word
    if len(word) != 2 or word[1] != "s" or word in _TWO_LETTER_WORDS_IN_S:
        return False
    chain = _chain(j.core)
    return bool(chain) and all(len(part) <= 2 for part in chain)


def _dotted_abbreviation(j: Junction) -> bool:
    """An abbreviation with an inner period: `M.Sc.`, `LL.M.`, `D.Phil.`, and short parts glued to
    punctuation, `R.Ac,` `B.Sc)`."""
    if j.word.lower() in _ABBREVIATION_ENDINGS:
        last = j.core.rsplit(".", 1)[-1]
        if f"{last}.{j.word}".lower() in DOTTED_ABBREVIATIONS:
            return True
    short = len(j.core) <= 2 and j.core.isalpha() and len(j.word) <= 2
    return short and _glued_on(j)


def _glued_on(j: Junction) -> bool:
    """The word goes on without a space, and not as the pronoun `I'm`, `I've`, `I'll`, `I'd` does."""
    if j.follow == "" or j.follow.isspace():
        return False
    return not (j.word == "I" and _PRONOUN_CONTRACTION.match(j.after) is not None)


def _dotted_name(j: Junction) -> bool:
    """Part of a dotted name of long parts: `www.BBC.co.uk`, `System.IO.File`, `System.Windows.Forms`;
    not a chain of titles, which a name follows: `Lt.Gov.Gilchrist`, `Det.Sgt.Holloway`."""
    if len(j.word) > 1 and j.follow == "." and j.after[len(j.word) + 1 : len(j.word) + 2].isalnum():
        return not _one_word_sentence(j) and not _title_chain(j)
    if "." not in j.core:
        return False  # the rest looks at the parts before
    parts = j.core.split(".")
    if len(parts) > 1 and len(parts[-1]) > 1 and parts[-1][:1].isupper() and parts[-2]:
        # the same name seen from its next part: `2017.Sunday.Next`
        return not _address_then_sentence(j) and not _title_chain(j)
    chain = _chain(j.core)
    return len(chain) > 1 and any(len(part) > 2 for part in chain) and not _address_then_sentence(j)


def _title_chain(j: Junction) -> bool:
    """Whether the parts before the period, and the word after it where a period follows it, are titles.

    Asked only where a guard would hold: most junctions never meet a title.
    """
    chain = _chain(j.core)
    return bool(chain) and all(part in TITLES for part in chain) and (j.follow != "." or j.word in TITLES)


def _one_word_sentence(j: Junction) -> bool:
    """A word of prose, then a capitalised word and another, each after a period, are one-word
    sentences in a row: `investigate.Good.Murkowski`, `fires them.Seriously.So,`. Names of parts
    start alike (`System.Windows.Forms`, `java.util.List`) or end with a name ending (`www.Google.Com`)."""
    core, word = j.core, j.word
    if not (len(core) > 3 and core.isalpha() and core.islower() and word[1:].islower()):
        return False
    following = _TOKEN.match(j.after, len(word) + 1)
    if following is None:
        return False
    next_word = following.group(1)
    return next_word[:1].isupper() and next_word[1:].islower() and next_word.lower() not in NAME_SUFFIXES


def _ticker(j: Junction) -> bool:
    """A ticker and its exchange: `(GOOGL.O)`, `(DBKGn.DE)`, `VOWG_p.DE`, `(0005.HK)`."""
    if len(j.word) > 3 or not j.word.isupper() or _day_of_month(j):
        return False
    return _TICKER_SYMBOL.fullmatch(j.core) is not None


def _number_then_label(j: Junction) -> bool:
    """A number then a letter or capitals is a label or ticker, not a sentence: `5.A`, `7203.T`, `10.XS`."""
    return j.core[-1:].isdigit() and (len(j.word) == 1 or j.word.isupper()) and not _day_of_month(j)


def _version_qualifier(j: Junction) -> bool:
    """A qualifier after a version of three numbers or more: `5.4.32.Final`, `4.0.0.Alpha1`, `2.3.0.RC2`."""
    return j.core.count(".") >= 2 and _VERSION.fullmatch(j.core) is not None and j.word.lower() in VERSION_QUALIFIERS


def _word_runs_into_digits(j: Junction) -> bool:
    """The word goes on with digits, as names in code and malware do: `Trojan.Win32.Agent`, `Sys.Net4` (not a
    station's call sign, `position.CBS58A lot of`, in capitals)."""
    return j.follow.isdigit() and len(j.word) > 1 and not j.word.isupper()


def _abbreviation_chain(j: Junction) -> bool:
    """A letter that dotted parts follow, a word's abbreviation among them before the last: `Fed.R.Civ.P.`
    (not `ended.U.S. officials`, an initialism after a sentence; nor `U.S.Sunday`, where the last part may
    be the next sentence's first word, as it reads once that junction has its space)."""
    if len(j.word) != 1 or j.follow != "." or j.after.count(".") < 2:
        return False
    chain = list(takewhile(str.isalpha, j.after.split(".")[1:]))  # the parts of letters joined by single periods
    return any(len(part) > 1 for part in chain[:-1])


def _day_of_month(j: Junction) -> bool:
    """A day after a month's name ends a date, not a label: `on September 8.CREW said`."""
    core = j.core
    return 0 < len(core) <= 2 and core.isdigit() and j.previous.rstrip(".").lower() in MONTHS


def _name_suffix(j: Junction) -> bool:
    """A domain or file name ending: `Alibaba.Com`, `REPORT.PDF`, `Hill.TV`, `System.IO`, `VB.NET`, `ASP.Net`,
    `Lenta.Ru`; not a title after a title, `Lt.Gov.Gilchrist` (see _title_chain)."""
    suffix = j.word.lower()
    if suffix in NAME_SUFFIXES or (suffix in TITLE_CASE_NAME_SUFFIXES and j.word.istitle()):
        return not _title_chain(j)
    capitals = j.word.isupper() or (j.core.isupper() and len(j.core) > 1)
    return capitals and suffix in CAPITAL_NAME_SUFFIXES


def _capitals_pair(j: Junction) -> bool:
    """Two runs of capitals around one period are a product or code name: `ASP.NET`, `ADO.MVC`."""
    return len(j.core) > 1 and j.core.isalpha() and j.core.isupper() and len(j.word) > 1 and j.word.isupper()


def _code_identifier(j: Junction) -> bool:
    """A hump inside the next word is a code identifier: `Console.WriteLine`, `Foo.GetType`.

    Names with a prefix keep their capital (`said.McCain`), and after a lower-case
    word the hump is a brand starting a sentence (`said.YouTube`).
    """
    if not _has_hump(j.word) or j.word.lower().startswith(NAME_PREFIXES):
        return False
    return not (len(j.core) > 1 and j.core.isalpha() and j.core.islower())


def _code_member(j: Junction) -> bool:
    """A member after a well-known namespace or class is code: `System.Text`, `Math.Round`, `Task.Run`,
    `DateTime.Now`; a sentence opener after a plain word starts a sentence: `the Federal Reserve System.The Fed`."""
    return j.core in CODE_NAMESPACES and (j.word not in SENTENCE_OPENERS or _has_hump(j.core))


def _has_hump(word: str) -> bool:
    """A capital right after a lower-case letter: `WriteLine`, `YouTube`, `McCain`."""
    if word[1:].islower() or word.isupper():
        return False  # no capital after the first letter, or no lower-case letter: `The`, `NATO`
    return any(left.islower() and right.isupper() for left, right in pairwise(word))


def _single_lower_letter(j: Junction) -> bool:
    """A lone lower-case letter before the period is a variable or list label: `x.Length`, `a.The`.

    Not the `s` or `t` left after a word or a decade by a stripped apostrophe: `President Obama s.The`,
    `in his 30 s.Moore`.
    """
    if len(j.core) != 1 or not j.core.islower():
        return False
    return not (j.core in "st" and j.before == j.core and j.previous[-1:].isalnum())


def _cyrillic_initials(j: Junction) -> bool:
    """Russian sets initials close to the surname: `Л.Н.Толстой`, `А.Пушкин`."""
    if not _is_cyrillic(j.word[0]) or j.word.isupper():
        return False
    chain = _chain(j.core)
    initials = bool(chain) and all(len(part) == 1 and part.isupper() for part in chain)
    return initials and _is_cyrillic(chain[-1])


def _is_cyrillic(char: str) -> bool:
    return "\u0400" <= char <= "\u04ff"


def _list_number(j: Junction) -> bool:
    """A number alone at the start of a line is a list label: `1.Security: ...`."""
    return j.before.isdigit() and not j.previous


def _lone_initial(j: Junction) -> bool:
    """An initial not after a capitalised name is a nickname or label: `T.Swift`, `(A.Rod)`; so is
    one before a name of two letters, `Jennifer J.Lo` (surnames after a middle initial are longer).

    After a first name it is a middle initial and the surname gets its space: `Donald J.Trump`.
    """
    if len(j.core) != 1 or not j.core.isupper() or j.before.lstrip(_OPENERS + _LEADING_QUOTES) != j.core:
        return False
    if j.core == "I" and j.previous[:1].islower():
        return False  # the pronoun: `you and I.Did you`
    if len(j.word) == 2:
        return True
    name = j.previous.lstrip(_OPENERS)
    return not (name[:1].isupper() and name[-1:].isalpha())


def _lone_letter_label(j: Junction) -> bool:
    """A lone capital not followed by a space is a label: `Plan.B,`, `Type.A)`; after an initial, the
    initialism's last letter: `J.A`, `the U.S.A agents`, `S.H.I.E.L.D`, `J.R.R 05/11/14`.

    A capital and a period start an initialism, which has its own rule: `ended.U.S. officials`.
    """
    if len(j.word) != 1 or j.follow == ".":
        return False
    return _glued_on(j) or len(j.core) == 1 or _capital_initials(j.core)


def _capital_initials(core: str) -> bool:
    """Single capitals joined by periods: `U.S`, `S.H.I.E.L` (not `p.m`, after which a sentence may start)."""
    return core[1:2] == "." and all(len(part) == 1 and part.isupper() for part in core.split("."))


_PERIOD_GUARDS = (
    _initialism_goes_on,
    _plural_initialism,
    _single_lower_letter,
    _lone_initial,
    _lone_letter_label,
    _list_number,
    _number_then_label,
    _version_qualifier,
    _word_runs_into_digits,
    _abbreviation_chain,
    _ticker,
    _capitals_pair,
    _cyrillic_initials,
    _code_identifier,
    _code_member,
    _dotted_name,
    _dotted_abbreviation,
    _name_suffix,
)


# --- guards for a colon glued to a capital -----------------------------------


def _drive_or_label_letter(j: Junction) -> bool:
    """A single letter before the colon is a drive or a label: `C:Windows`, `Q:What`."""
    return len(j.core) == 1


def _subject_or_scheme(j: Junction) -> bool:
    """A mail subject's prefix or a URL scheme: `Re:Subject`, `Fwd:Invoice`, `urn:ISBN`."""
    prefix = j.core.lower()
    return prefix in SUBJECT_PREFIXES or prefix in URL_SCHEMES


def _colon_chain(j: Junction) -> bool:
    """One of several colons in a token: `00:1A:2B`, `a:B:c`, `Ns:Type:Member` (an address or a name path);
    not a label after a label, `Watch:NEW: Sec`."""
    if ":" in j.before:
        return True
    return j.follow == ":" and len(j.after) > len(j.word) + 1  # something glued after the second colon


def _emoticon(j: Junction) -> bool:
    """A colon and a lone capital other than `A` and `I` is a face: `great:D`, `nope:P`."""
    return len(j.word) == 1 and j.word not in "AI" and not j.follow.isalpha()


def _exchange_and_ticker(j: Junction) -> bool:
    """An exchange and a ticker: capitals on both sides, glued to what follows: `(NYSE:YUM)`, `NASDAQ:AAPL,`."""
    return j.core.isupper() and j.word.isupper() and _glued_on(j)


_COLON_GUARDS = (_drive_or_label_letter, _colon_chain, _subject_or_scheme, _emoticon, _exchange_and_ticker)


# --- quotes after the punctuation --------------------------------------------

# Quotes that only ever close a quotation. `“` and `‘` open one, except where a
# German `„` / `‚` opened it: `„Und auch keine Lust.“Wir` closes.
_CLOSING = frozenset(")]}”’»")
_LOW_OPENING = {"“": "„", "‘": "‚"}


class OpenQuotes(NamedTuple):
    """Which quotations are open before a junction, in its line."""

    double: bool = False  # a straight `"`
    single: bool = False  # a straight `'`
    low_double: bool = False  # a German `„`
    low_single: bool = False  # a German `‚`


def _quote_split(quoted: str, open_quotes: OpenQuotes) -> int | None:
    """Where the space goes in the quotes after a sentence end: after the closing ones, before the opening ones.

    None when the quotes do not read as closers then openers.
    """
    if quoted == '""' and not open_quotes.double:
        return 2  # a closing quote written twice: an empty quotation never follows a sentence end
    state = open_quotes._asdict()
    split = None
    for index, char in enumerate(quoted):
        if char == '"':
            closes = state["double"]
            state["double"] = not closes
        elif char == "'":
            closes = state["single"]
            state["single"] = not closes
        elif char in _LOW_OPENING:
            key = "low_double" if char == "“" else "low_single"
            closes = state[key]
            state[key] = False
        elif char in " \u00a0\u202f":
            continue  # French spacing inside `« `
        else:
            closes = char in _CLOSING
        if closes:
            if split is not None:
                return None  # a closing quote after an opening one: not a junction we understand
        elif split is None:
            split = index
    return len(quoted) if split is None else split


class _QuoteState:
    """Which quotations are open at a position, counted from the start of its line.

    Asked at increasing positions, it reads each character of the text at most
    once, so deciding every junction of a block stays linear.
    """

    _QUOTE = lazy_compile(r"[\"'„‚“‘]")

    def __init__(self, text: str) -> None:
        self._text = text
        self._pos = 0
        self._open = OpenQuotes()

    def before(self, position: int) -> OpenQuotes:
        text = self._text
        line_start = text.rfind("\n", self._pos, position) + 1
        if line_start:
            self._pos, self._open = line_start, OpenQuotes()
        double, single, low_double, low_single = self._open
        for match in self._QUOTE.finditer(text, self._pos, position):
            char = match.group()
            if char == '"':
                double = not double
            elif char == "'":
                single = _single_quote_opens(text, match.start(), single)
            elif char in "„“":
                low_double = char == "„"
            else:
                low_single = char == "‚"
        self._open = OpenQuotes(double, single, low_double, low_single)
        self._pos = max(self._pos, position)
        return self._open


def _single_quote_opens(text: str, index: int, was_open: bool) -> bool:
    """The open/closed state after the straight `'` at ``index``; apostrophes leave it as it was.

    `'` after a space or opener and before a letter opens (`said 'no`); after a
    letter or punctuation and before a space or punctuation it closes (`no,'`);
    between two letters or before a digit it is an apostrophe (`don't`, `'90s`).
    """
    left = text[index - 1] if index else " "
    right = text[index + 1] if index + 1 < len(text) else " "
    if (left.isalnum() and right.isalnum()) or right.isdigit():
        return was_open
    if (left.isspace() or left in _OPENERS) and not right.isspace():
        return True
    if not left.isspace() and not right.isalnum():
        return False
    return was_open


FILTER = Filter(
    name="sentences",
    summary="insert the space lost between run-together sentences (said Sunday.As → said Sunday. As)",
    find=find_run_together_sentences,
)


def repair_sentences(text: str) -> str:
    """Apply the ``sentences`` filter alone."""
    return FILTER(text)
