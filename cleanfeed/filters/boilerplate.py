"""``boilerplate``: remove whole lines of page furniture that a scraper kept with the story.

Ad labels (``Advertisement``), teasers for other stories (``READ MORE: …``,
``Related: …``), rows of share buttons (``Facebook Twitter Pinterest``), prompts
(``Click here …``, ``Subscribe to …``, ``Follow us on Twitter``), feed footers
(``The post … appeared first on …``, ``This article originally appeared on …``),
a video player's text (``Play Video``, ``Loaded: 0%``), comment policies, lines
of script, and a line that is one bare web address where it is the page's own
(under the title, or closing the text).

Only whole lines go, each judged alone with the whitespace around it stripped:
a phrase inside a sentence (``you can read more in the report``, a URL the story
cites) is never touched. Removal keeps the paragraph layout (see
:mod:`cleanfeed.filters.text`). The patterns live in
:mod:`cleanfeed.filters.boilerplate_data`.

>>> strip_boilerplate("Rates rose.\\n\\nAdvertisement\\n\\nREAD MORE: Why rates rise\\n\\nBanks followed.\\n")
'Rates rose.\\n\\nBanks followed.\\n'
>>> strip_boilerplate("You can read more: the report is online.\\n")
'You can read more: the report is online.\\n'
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice

from cleanfeed.edits import Span
from cleanfeed.filters import boilerplate_data as data
from cleanfeed.filters.base import Filter
from cleanfeed.filters.text import Line, lines_back, lines_from, remove_lines


def find_boilerplate(text: str, *, at_start: bool = True, at_end: bool = True) -> list[Span]:
    """Spans that remove the lines of page furniture in ``text`` (one block of a document)."""
    return remove_lines(
        text, _furniture_lines(text, at_start=at_start, at_end=at_end), at_start=at_start, at_end=at_end
    )


def _furniture_lines(text: str, *, at_start: bool = True, at_end: bool = True) -> Iterator[Line]:
    # Script is looked for once in the block, not on every line: every form of SCRIPT holds one of these words.
    script = ("function" in text or "facebook" in text) and data.SCRIPT.search(text) is not None
    starts = (line.start for line in lines_from(text, 0)) if script else _candidate_lines(text)
    for start in starts:
        end = text.find("\n", start) + 1 or len(text)
        if end - start > data.MAX_LINE_CHARS + 2:
            continue
        line = text[start:end].strip()
        if not is_furniture(line, script=script):
            continue
        # an address goes only as the page's own, under the title or closing the text; in the story it is
        # one the story cites (a list of sources, a link to a part before), and one it introduces stays too
        if data.BARE_URL.fullmatch(line) is not None and not _source_address(text, start, end, at_start, at_end):
            continue
        yield Line(text, start)


def _candidate_lines(text: str) -> Iterator[int]:
    """Where the lines start whose first word some kind of furniture starts with, or is a number.

    Every kind but script does (see ``FIRST_WORDS``), so one scan of the block for
    line breaks and the word after each replaces a loop over its lines in Python.
    """
    first = data.FIRST_WORD_OF_TEXT.match(text)
    if first is not None and _may_start_furniture(first.group(1)):
        yield 0
    for match in data.FIRST_WORD_AFTER_BREAK.finditer(text):
        if _may_start_furniture(match.group(1)):
            yield match.start() + 1


def _may_start_furniture(word: str) -> bool:
    return word.casefold() in data.FIRST_WORDS or word[:1].isdigit()


def _source_address(text: str, start: int, end: int, at_start: bool, at_end: bool) -> bool:
    """Whether the address on the line ``text[start:end]`` is the page's own: at the head of the document,
    under the title if any (at most one non-blank line above it), or closing it (none below), and not one
    the line above introduces with a colon (`Read the ruling here:`)."""
    above = list(islice((line for line in lines_back(text, start) if not line.blank), 2))
    if above and above[0].content.rstrip().endswith(":"):
        return False
    # the first non-blank line below, looked for line by line: a copy of the rest of the block per address
    # would make a block of addresses quadratic
    return (at_start and len(above) < 2) or (at_end and all(line.blank for line in lines_from(text, end)))


def is_furniture(line: str, *, script: bool = True) -> bool:
    """Whether ``line`` (stripped) is page furniture as a whole.

    ``script=False`` says the text around it holds no line of script, so the line is not looked at for one.
    """
    if not line or len(line) > data.MAX_LINE_CHARS:
        return False
    first = data.FIRST_WORD.match(line)
    first_word = first.group(1).casefold() if first is not None else ""
    script = script and data.SCRIPT.search(line) is not None
    if not _may_start_furniture(first_word) and not script:
        return False
    folded = line.casefold()
    if folded in data.EXACT or folded.rstrip(": ") in data.EXACT:
        return True

    def starts(words: frozenset[str]) -> bool:
        """Whether a kind of line starting with ``words`` may be this one (a line of script may be anything)."""
        return script or first_word in words

    return (
        (
            starts(data.TEASER_WORDS)
            and len(line) <= data.MAX_TEASER_CHARS
            and data.TEASER.match(line) is not None
            and ("," not in line or data.REPORTED_AFTER_COMMA.search(line) is None)
        )
        or (
            (
                (starts(data.PROMPT_WORDS) and len(line) <= data.MAX_PROMPT_CHARS and data.PROMPT.match(line))
                or (
                    starts(data.ORIGINALLY_WORDS)
                    and len(line) <= data.MAX_ORIGINALLY_CHARS
                    and data.ORIGINALLY.match(line) is not None
                )
                or (starts(data.FEED_FOOTER_WORDS) and _names_a_site(data.FEED_FOOTER.fullmatch(line)))
            )
            and data.PROSE_CLAUSE.search(line) is None
            and ("," not in line or data.REPORTED_AFTER_COMMA.search(line) is None)
        )
        or (starts(data.PLAYER_STATUS_WORDS) and data.PLAYER_STATUS.fullmatch(line) is not None)
        or (starts(data.COMMENT_POLICY_WORDS) and data.COMMENT_POLICY.match(line) is not None)
        or (script and line.count(";") >= 2)
        or (starts(data.BARE_URL_WORDS) and data.BARE_URL.fullmatch(line) is not None)
        or ((script or first_word in data.SHARE_WORDS or first_word[:1].isdigit()) and _share_row(folded))
    )


def _names_a_site(footer: re.Match[str] | None) -> bool:
    """Whether a feed footer ends naming a site: `… appeared first on Daily Ledger.`, not `… on the agenda, …`."""
    if footer is None:
        return False
    site = footer.group(1)
    return (
        site[0] in data.SITE_NAME_FIRST
        and not any(char in data.NOT_IN_SITE_NAME for char in site)
        and site.rstrip(". ").casefold() not in data.NOT_SITE_NAMES
    )


def _share_row(folded: str) -> bool:
    """`Facebook Twitter Pinterest`, `Share Tweet Email`, `1.2k SHARES Facebook Twitter`."""
    words = folded.replace("|", " ").split()
    return (
        len(words) >= 2
        and all(word in data.SHARE_WORDS or data.SHARE_COUNT.fullmatch(word) for word in words)
        and any(word in data.SHARE_WORDS and word not in data.SHARE_FILLERS for word in words)
    )


FILTER = Filter(
    name="boilerplate",
    summary="remove whole lines of page furniture (Advertisement, READ MORE: …, share rows, Click here …)",
    find=find_boilerplate,
    context=("at_start", "at_end"),
    edit_kind="delete",
)


def strip_boilerplate(text: str) -> str:
    """Apply the ``boilerplate`` filter alone to a whole document."""
    return FILTER(text, at_start=True, at_end=True)
