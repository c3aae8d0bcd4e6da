"""``boilerplate``: remove whole lines of page furniture that a scraper kept with the story.

Ad labels (``Advertisement``), teasers for other stories (``READ MORE: …``,
``Related: …``), rows of share buttons (``Facebook Twitter Pinterest``), prompts
(``Click here …``, ``Subscribe to …``, ``Follow us on Twitter``), feed footers
(``The post … appeared first on …``, ``This article originally appeared on …``),
a video player's text (``Play Video``, ``Loaded: 0%``), comment policies, lines
of script, and lines that are one bare web address.

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

from collections.abc import Iterator

from cleanfeed.edits import Span
from cleanfeed.filters import boilerplate_data as data
from cleanfeed.filters.base import Filter
from cleanfeed.filters.text import Line, remove_lines


def find_boilerplate(text: str, *, at_start: bool = True, at_end: bool = True) -> list[Span]:
    """Spans that remove the lines of page furniture in ``text`` (one block of a document)."""
    return remove_lines(text, _furniture_lines(text), at_start=at_start, at_end=at_end)


def _furniture_lines(text: str) -> Iterator[Line]:
    # Script is looked for once in the block, not on every line: every form of SCRIPT holds one of these words.
    script = ("function" in text or "facebook" in text) and data.SCRIPT.search(text) is not None
    start = 0
    introduced = False  # the last non-blank line ends with a colon: `Read the ruling here:`
    while start < len(text):
        end = text.find("\n", start) + 1 or len(text)
        line = text[start:end].strip()
        # an address the story points to stays
        pointed_to = introduced and data.BARE_URL.fullmatch(line) is not None
        if end - start <= data.MAX_LINE_CHARS + 2 and not pointed_to and is_furniture(line, script=script):
            yield Line(text, start)
        if line:
            introduced = line.endswith(":")
        start = end


def is_furniture(line: str, *, script: bool = True) -> bool:
    """Whether ``line`` (stripped) is page furniture as a whole.

    ``script=False`` says the text around it holds no line of script, so the line is not looked at for one.
    """
    if not line or len(line) > data.MAX_LINE_CHARS:
        return False
    first = data.FIRST_WORD.match(line)
    first_word = first.group(1).casefold() if first is not None else ""
    script = script and data.SCRIPT.search(line) is not None
    if first_word not in data.FIRST_WORDS and not first_word[:1].isdigit() and not script:
        return False
    folded = line.casefold()
    if folded in data.EXACT or folded.rstrip(": ") in data.EXACT:
        return True

    def starts(words: frozenset[str]) -> bool:
        """Whether a kind of line starting with ``words`` may be this one (a line of script may be anything)."""
        return script or first_word in words

    return (
        (starts(data.TEASER_WORDS) and len(line) <= data.MAX_TEASER_CHARS and data.TEASER.match(line) is not None)
        or (starts(data.PROMPT_WORDS) and len(line) <= data.MAX_PROMPT_CHARS and data.PROMPT.match(line) is not None)
        or (
            starts(data.ORIGINALLY_WORDS)
            and len(line) <= data.MAX_ORIGINALLY_CHARS
            and data.ORIGINALLY.match(line) is not None
        )
        or (starts(data.FEED_FOOTER_WORDS) and data.FEED_FOOTER.fullmatch(line) is not None)
        or (starts(data.PLAYER_STATUS_WORDS) and data.PLAYER_STATUS.fullmatch(line) is not None)
        or (starts(data.COMMENT_POLICY_WORDS) and data.COMMENT_POLICY.match(line) is not None)
        or (script and line.count(";") >= 2)
        or (starts(data.BARE_URL_WORDS) and data.BARE_URL.fullmatch(line) is not None)
        or ((script or first_word in data.SHARE_WORDS or first_word[:1].isdigit()) and _share_row(folded))
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
