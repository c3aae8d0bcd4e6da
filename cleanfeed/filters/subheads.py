"""``subheads``: give glued subheads their own paragraph, or drop subheads.

Scrapers lose the line breaks around crossheads and glue them between two
paragraphs: ``…he said.On meeting between Putin and TrumpThe Russian…``. The
subhead is the short, title-like run between a sentence end (or a line start)
and a *junction*, where its last letter runs into the capital that starts the
next sentence.

A junction alone proves nothing: camel-case names have them (``iPhone``,
``McDonald's``, ``LeBron``, ``GlaxoSmithKline``). So a split needs evidence on
both sides:

- **left**: the run starts right after a sentence end with no space, or at a line
  start; it is at most :data:`MAX_WORDS` words of title-like text (a capital or
  digit first, no sentence punctuation, commas, colons or brackets) or a quoted
  phrase (``'Aggressive anti-Russian minority'``); its last word is not a word
  titles do not end with (``that``, ``the``);
- **right**: a sentence starts at the junction: a capitalised word followed by a
  lower-case one (``Residents say``) or a common sentence-starting word
  (``The``, ``In``), and it goes on for a few words;
- **the junction itself**: inside a known mixed-case word it is never a seam.
  After a closing quote the evidence above is enough. After a lower-case word
  (``tradeThe``) it is enough if the word after is a sentence starter; but
  camelCase identifiers have such junctions too (``keepAlive``, ``createdAt in``),
  so a short starter must not be followed by a preposition, and a plain
  capitalised word counts only after a glued sentence end and a run of three
  words or more. After a capitalised word or an acronym (``TrumpThe``, ``EUThe``)
  the junction may be an unknown name, so the run must have two words or more and
  the word after must be a sentence starter.

Modes (the ``subheads`` option): ``split`` puts each glued subhead on its own
paragraph; ``drop`` deletes glued subheads (leaving the paragraph break they
marked) and stand-alone heading lines: the title that opens a document, and section
headings standing alone between body paragraphs where a text has a series of them.
Lines shaped like headings that are not (page furniture such as ``Advertisement``,
credits, captions, a summary under the title, a link to another story) stay: a
missed subhead costs a reader little, a deleted line of the story costs trust.
``keep`` changes nothing.

Finding is linear: one scan for junctions (it stops only at capitals and opening
quotes); from each junction a look back for the last character a subhead cannot
hold, over the text since the previous junction only; then a bounded look at each
candidate. Drop mode classifies each line once and then visits only the lines it
deletes.

>>> split_subheads("The summit ended.Disagreements on tradeThe leaders failed to agree.")
'The summit ended.\\n\\nDisagreements on trade\\n\\nThe leaders failed to agree.'
>>> split_subheads("The army withdrew.‘Nothing has changed’Residents say the shelling continues.")
'The army withdrew.\\n\\n‘Nothing has changed’\\n\\nResidents say the shelling continues.'
>>> split_subheads("Engineers from SpaceX and DeShawn Smith bought an iPad.His son wanted one.")
'Engineers from SpaceX and DeShawn Smith bought an iPad.His son wanted one.'
>>> drop_subheads("Relations With Moscow Fall Into a Deep Freeze\\n\\nThe alliance froze ties, Lavrov said.\\n")
'The alliance froze ties, Lavrov said.\\n'
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from functools import cache
from itertools import accumulate, pairwise
from typing import NamedTuple, cast

from cleanfeed.edits import Span
from cleanfeed.filters.base import Filter
from cleanfeed.filters.lexicon import CAPITALS, SENTENCE_STARTERS, SMALL_LETTERS, capital_or_digit_first
from cleanfeed.filters.patterns import lazy_compile
from cleanfeed.filters.subheads_data import (
    CREDIT,
    FURNITURE,
    KNOWN_MIXED_CASE,
    LEAD_IN_ENDS,
    MINOR_WORDS,
    NAMELESS_STARTERS,
    NON_FINAL_WORDS,
    PREPOSITIONS,
    SPEECH_VERBS,
    TITLE_ABBREVIATIONS,
)
from cleanfeed.filters.text import Line, newline_near, remove_lines

#: A glued subhead is at most this long; longer runs are sentences that lost their punctuation.
MAX_WORDS = 12
MAX_CHARS = 90
#: A stand-alone subhead line: at most this long, and at most this many in a row.
MAX_LINE_CHARS = 100
#: A subhead in sentence case is at most this many words; a longer one is a summary or a caption.
MAX_SENTENCE_CASE_WORDS = 7
#: Crossheads gathered before the body: at most this many.
MAX_LINES_IN_GROUP = 3

# A junction: a lower-case letter, digit or closing quote running into a capital
# (`tradeThe`, `2025The`, `changed’Residents`), an acronym running into a
# capitalised word (`EUThe`), or a word running into a quoted sentence
# (`Moscow“We`). The junction is the start of the match. The match begins with
# the character after the junction, a capital or an opening quote, and only
# then looks back: that narrow class lets the scan skip most of the text, and
# the commonest capital, one after a space, is turned away first.
JUNCTION = lazy_compile(
    rf"[{CAPITALS}“\"‘](?<!\s.)"
    rf"(?:(?<=[{SMALL_LETTERS}0-9'’\"”][{CAPITALS}])"  # tradeThe, 2025The, changed’Residents
    rf"|(?<=[{CAPITALS}]{{2}})(?=[{SMALL_LETTERS}])"  # EUThe
    rf"|(?<=[^\W_][“\"‘])(?=[{CAPITALS}]))"  # Moscow“We
)

# Characters a subhead may hold. Any other character (sentence punctuation,
# commas, colons, brackets, slashes, `@`, a line break) bounds the search for the
# start of a subhead, and tells what came before it.
_RUN_CHARS = r"\w \t\xa0'’‘\"“”\-–—&%$€£"
RUN_STOP = lazy_compile(rf"[^{_RUN_CHARS}]|_")
# The last such character in a stretch: the greedy `.*` backs off from the end of the stretch.
LAST_RUN_STOP = lazy_compile(rf"(?s:.*)(?:{RUN_STOP.pattern})")

# The first word of the sentence after a junction (`The`, `It's`, `Residents`); bounded, so
# that a megabyte of letters costs nothing: a longer "word" is no sentence start.
RIGHT_WORD = lazy_compile(r"[^\W\d_]{1,30}(?:['’][^\W\d_]{1,10})?(?![^\W\d_])")

# The word after the first one, to see whether a short starter is a preposition's partner.
NEXT_WORD = lazy_compile(r" ([^\W\d_]{1,12})\b")

_SENTENCE_END = ".!?…"
_CLOSERS = "\"”’')]"
_QUOTE_PAIRS = {"'": "'", "‘": "’", '"': '"', "“": "”"}
_QUOTES = "'’‘\"“”"
_OPENING_QUOTES = '“"‘'
_BLANK = " \t\xa0"
# The letters that end a word (`trade`, `EU`; `NATO's`: `s`).
WORD_END = lazy_compile(r"[^\W\d_]*$")
# A lower-case letter running into a capital inside a word: `IfNot`, `McCain`, `eBay`.
CAMEL_HUMP = lazy_compile(rf"[{SMALL_LETTERS}][{CAPITALS}]")
SENTENCE_END_CHAR = lazy_compile(f"[{_SENTENCE_END}]")
QUOTE_CHAR = lazy_compile(f"[{_QUOTES}]")


@cache
def _known_junctions() -> dict[str, tuple[str, ...]]:
    """``{"Whats": ("App",), "Mc": ("Donald", …), …}``: each known mixed-case word cut at each of its junctions.

    Built on first use: it compiles JUNCTION, which start-up should not pay for.
    """
    pairs: dict[str, list[str]] = {}
    for word in KNOWN_MIXED_CASE:
        for match in JUNCTION.finditer(word):
            pairs.setdefault(word[: match.start()], []).append(word[match.start() :])
    return {left: tuple(rights) for left, rights in pairs.items()}


class Subhead(NamedTuple):
    """A glued subhead ``text[start:end]``; ``glued`` if a sentence ends right before it on its line."""

    start: int
    end: int
    glued: bool


def find_subheads(text: str, *, mode: str = "split", at_start: bool = True) -> list[Span]:
    """Spans that split (or, in ``drop`` mode, delete) the subheads in ``text``."""
    if mode == "keep":
        return []
    embedded = list(_glued_subheads(text))
    block_newline = "\r\n" if embedded and "\r\n" in text else "\n"
    if mode == "drop":
        return _drop_spans(text, embedded, block_newline, at_start=at_start)
    spans = []
    for sub in embedded:
        paragraph_break = newline_near(text, sub.end, block_newline) * 2
        if sub.glued:
            spans.append(Span(sub.start, sub.start, paragraph_break))
        spans.append(Span(sub.end, sub.end, paragraph_break))
    return spans


def _glued_subheads(text: str) -> Iterator[Subhead]:
    """Every subhead glued to the sentence after it, in order."""
    last_stop = -1
    scanned = 0  # last_stop is the last stop before this position
    floor = 0  # a subhead found here ends a line in the output: the next one may start there
    words_of_text = _TextWords(text)
    for match in JUNCTION.finditer(text):
        junction = match.start()
        stop = LAST_RUN_STOP.match(text, scanned, junction)
        if stop is not None:
            last_stop = stop.end() - 1
        scanned = junction
        if floor > last_stop:
            start, glued = floor, False
        elif last_stop < 0 or text[last_stop] == "\n":
            start, glued = last_stop + 1, False
            while start < junction and text[start] in _BLANK:
                start += 1
        elif text[last_stop] in _SENTENCE_END and _ends_sentence(text, last_stop):
            start, glued = last_stop + 1, True
        else:
            continue
        if junction - start > MAX_CHARS:
            continue
        sub = _judge(text, start, junction, glued, words_of_text)
        if sub is not None:
            floor = junction
            yield sub


def _ends_sentence(text: str, stop: int) -> bool:
    """Whether the punctuation at ``text[stop]`` ends a sentence (not `Mr.`, `J.`, `U.S.`)."""
    if stop == 0:
        return False
    before = text[stop - 1]
    if before.isspace() or before in _SENTENCE_END:
        return False  # ` .`, `..`: not a plain sentence end
    if not before.isalpha():
        return True  # `in 2017.`, `1.42%.`, `said."`, `(CSTO).`
    word_start = stop - 1
    while word_start > 0 and stop - word_start < 20 and text[word_start - 1].isalpha():
        word_start -= 1
    word = text[word_start:stop]
    if (len(word) == 1 and word.isalpha()) or word in TITLE_ABBREVIATIONS:
        return False
    return not (word_start > 0 and text[word_start - 1] == ".")


def _judge(text: str, start: int, junction: int, glued: bool, words_of_text: _TextWords) -> Subhead | None:
    """The subhead ending at ``junction``, if the evidence on both sides holds."""
    right = RIGHT_WORD.match(text, junction + (text[junction] in _OPENING_QUOTES))
    if right is None:
        return None
    word = right.group()
    starter = word in SENTENCE_STARTERS and text[right.end() : right.end() + 1] in (" ", ",")
    capitalised = len(word) >= 2 and word[1:].islower()
    after = text[right.end() : right.end() + 2]
    # `Residents say`; or a name and a comma (`Romney, who`), enough only after a lower-case word or a quote
    followed = capitalised and len(after) == 2 and after[0] == " " and after[1].islower()
    named = capitalised and after[:1] == ","
    if not (starter or followed or named) or not _sentence_goes_on(text, junction):
        return None

    if text[junction - 1] in _QUOTES:  # a quoted subhead: 'Nothing has changed'
        if glued and text[start] in '"”’' and text[start + 1 : start + 2] in _OPENING_QUOTES + "'":
            start += 1  # the first quote closes the sentence before: `landslide."'My choice…'`
        run = text[start:junction]
        if len(run) < 3 or _QUOTE_PAIRS.get(run[0]) != run[-1] or not _title_like(run[1:-1], quoted=True):
            return None
        return Subhead(start, junction, glued)

    if text[junction] in _OPENING_QUOTES and any(char in _QUOTES for char in text[start:junction]):
        return None  # quotes on both sides: which of them opens and which closes is anyone's guess
    if glued:  # closing quotes after the period end the sentence before: `minority."Aggressive…`
        while start < junction and text[start] in _CLOSERS:
            start += 1
    run = text[start:junction]
    if not _title_like(run, quoted=False):
        return None
    words = run.split()
    last = words[-1]
    tail = cast("re.Match[str]", WORD_END.search(last)).group()  # `NATO's` ends in `s`, `2025` in nothing
    if _inside_known_word(last, word) or (tail and words_of_text.runs_across(tail, word)):
        return None
    letters = sum(c.isalpha() for c in last)
    if text[junction - 1].isdigit():  # `Targets for 2025The`
        return Subhead(start, junction, glued) if starter and len(words) >= 2 else None
    if last[0].islower() and last.islower():  # `tradeThe`: a name does not start lower-case…
        if letters < 3 or last.lower() in NON_FINAL_WORDS:  # …unless it is short: `iPhone`, `eBay`
            return None
        # …but an identifier does (`keepAlive`, `createdAt in`, `checkIn at`): the word after must
        # be a sentence starter (a short one not followed by a preposition), or a capitalised
        # word after a glued sentence end and a run of three words or more
        if len(word) < 3:
            next_word = NEXT_WORD.match(text, right.end())
            if not starter or (next_word is not None and next_word.group(1).lower() in PREPOSITIONS):
                return None
        elif not (starter or (glued and len(words) >= 3 and (followed or named))):
            return None
        return Subhead(start, junction, glued)
    # `TrumpThe`, `EUThe`: could be a name nobody listed (`LeBron`, `NowThis`, `IfNotNow`) or an
    # acronym's plural (`BAFTAs`, `AMAs`), so both sides must be strong. A line start is no evidence
    # here: a paragraph may well open with such a name.
    if not (glued and starter and len(words) >= 2):
        return None
    if last.isupper():  # `EUThe`, not `BAFTAs`: an acronym's plural leaves a capital and an `s`
        return Subhead(start, junction, glued) if len(word) >= 3 else None
    # `TrumpThe`: a capitalised word glued to one of the few starters that no name ends in
    # (not `Here|Now`, `Now|This`); `IfNot|Now`: a word with a hump inside is a name going on
    if letters >= 3 and word in NAMELESS_STARTERS and not CAMEL_HUMP.search(last):
        return Subhead(start, junction, glued)
    return None


def _sentence_goes_on(text: str, junction: int) -> bool:
    """Whether a sentence of three words or more starts at the junction.

    Its line must hold sentence punctuation or run on for longer than a subhead line
    could: a short unpunctuated rest of a line may be a subhead itself.
    """
    reach = min(len(text), junction + MAX_LINE_CHARS + 1)
    line_end = text.find("\n", junction, reach)
    end = reach if line_end == -1 else line_end
    if text.count(" ", junction, end) < 2:
        return False
    if SENTENCE_END_CHAR.search(text, junction, end):
        return True
    return line_end == -1 and len(text) > junction + MAX_LINE_CHARS


def _title_like(run: str, *, quoted: bool) -> bool:
    """Whether ``run`` reads like a title: a capital or digit first, no stray quotes, few words."""
    if not capital_or_digit_first(run) or run[-1] in _BLANK:
        return False
    if RUN_STOP.search(run) or len(run.split()) > MAX_WORDS:
        return False
    for quote in QUOTE_CHAR.finditer(run):
        i = quote.start()
        # only an apostrophe inside or after a word: `NATO's`, `farmers'`
        if quote.group() not in "'’" or not run[i - 1].isalpha():
            return False
        if quoted and not run[i + 1 : i + 2].isalpha():
            return False
    return True


class _TextWords:
    """The words ``text`` holds whole (runs of letters, ``[^\\W\\d_]+``), looked up one at a time.

    A block asks about a few words, so each is found with ``str.find`` rather than by
    counting every word of the block (which cost more than the rest of the filter on 64 KB blocks).
    """

    def __init__(self, text: str) -> None:
        self._text = text

    def runs_across(self, last: str, right: str) -> bool:
        """Whether the text holds a word that runs on from ``last`` across the junction into ``right``.

        ``the BAFTA awards`` then ``the BAFTAs``; ``NowThis`` in one place and glued in another:
        a word the same text spells whole elsewhere is a word, not a subhead and a sentence.
        """
        glued = last + right
        # the glued word itself is found once here; any longer prefix of it must stand whole
        return self.holds(glued, 2) or any(self.holds(glued[:cut], 1) for cut in range(len(last) + 1, len(glued)))

    def holds(self, word: str, times: int) -> bool:
        """Whether ``word`` stands whole in the text, with no letter on either side, ``times`` times or more."""
        if not all(_is_letter(char) for char in word):
            return False  # not a run of letters (`It's`): no word of the text
        text, size = self._text, len(word)
        found = 0
        at = text.find(word)
        while at != -1:
            end = at + size
            if (at == 0 or not _is_letter(text[at - 1])) and (end == len(text) or not _is_letter(text[end])):
                found += 1
                if found == times:
                    return True
            at = text.find(word, end)
        return False


def _is_letter(char: str) -> bool:
    """Whether ``char`` is a letter as ``[^\\W\\d_]`` reads one (the same on every code point)."""
    return char.isalnum() and not char.isdecimal()


def _inside_known_word(last: str, right: str) -> bool:
    """Whether the junction between ``last`` and ``right`` falls inside a known mixed-case word."""
    lefts = {last, last.rsplit("-", 1)[-1]}
    return any(right.startswith(rest) for left in lefts for rest in _known_junctions().get(left, ()))


# --- drop mode ---------------------------------------------------------------------------


def _drop_spans(text: str, embedded: list[Subhead], block_newline: str, *, at_start: bool) -> list[Span]:
    spans = [
        Span(sub.start, sub.end, newline_near(text, sub.end, block_newline) * 2 if sub.glued else "")
        for sub in embedded
    ]
    spans.extend(_drop_lines(text, [sub.start for sub in embedded], at_start=at_start))
    return spans


def _drop_lines(text: str, embedded_starts: list[int], *, at_start: bool) -> list[Span]:
    """Spans that delete stand-alone subhead lines: a title, and section headings between paragraphs.

    Only headings go, never a caption, a credit, page furniture or a summary that look like
    them: a line goes only if a body paragraph follows it, and either it opens the document
    in heading case (the title; or two or three crossheads gathered there, one of them
    quoted), or it stands alone between two body paragraphs, in heading case or a short
    sentence-case phrase, in a text that holds two such lines or more and no caption. The
    lines go by the layout rules every line-removing filter shares (:func:`remove_lines`).
    A line that holds a glued subhead holds a sentence too: it is body.
    """
    lines = text.split("\n")  # each line without its line break
    if not lines[-1]:
        lines.pop()  # the text ends with a line break (or is empty): no line after it
    chars_through = list(accumulate(map(len, lines)))  # characters in lines 0..i, line breaks not counted

    def line_start(k: int) -> int:
        """Where line ``k`` starts: after the line breaks of the lines before it."""
        return chars_through[k - 1] + k if k else 0

    # A line that strips to more than MAX_LINE_CHARS (it starts with no whitespace and ends with
    # at most one, the `\r` of a CRLF line) is body or other, never a subhead; which of the two
    # matters only next to a subhead, so such a line is `long` until `kind` tells.
    kinds = [
        "long"
        if len(line) > MAX_LINE_CHARS + 1 and not line[0].isspace() and not line[-2].isspace()
        else _line_kind(line)
        for line in lines
    ]

    def kind(k: int) -> str:
        if kinds[k] == "long":
            kinds[k] = _line_kind(lines[k])
        return kinds[k]

    holder, counted = 0, 0
    for start in embedded_starts:  # the line that holds it comes after as many line breaks
        holder += text.count("\n", counted, start)
        counted = start
        kinds[holder] = "body"
    seen = Counter(lines[k].strip() for k, line_kind in enumerate(kinds) if line_kind == "subhead")
    names = _TextNames(text)
    title: list[int] = []  # a title line that opens the document
    inner: list[int] = []  # subhead lines between body paragraphs
    i = _index(kinds, "subhead", 0)
    while i < len(lines):
        group = [i]
        j = i + 1
        while j < len(lines) and kinds[j] in ("subhead", "blank"):
            if kinds[j] == "subhead":
                group.append(j)
            j += 1
        previous = next((k for k in range(i - 1, -1, -1) if kinds[k] != "blank"), None)
        before = kind(previous) if previous is not None else "start" if at_start else None
        after = kind(j) if j < len(lines) else None
        # Without a blank line around it, a short line may be a verse, a list item or a caption
        # between short lines: it goes only between long paragraphs.
        tight = [k for k in (previous, j) if k in (i - 1, i + 1) and k < len(lines)]
        heads = [lines[k].strip() for k in group]
        if (
            before in ("start", "body")
            and after == "body"
            and not lines[j].lstrip()[0].islower()  # `…reported that Rosenberg` / `had been captured`
            and not (tight and (len(group) > 1 or any(len(lines[k].strip()) <= MAX_LINE_CHARS for k in tight)))
            and all(seen[head] == 1 for head in heads)  # a line the text repeats is a caption or a link
            # indented unlike the paragraph after it: laid out apart from the text, an image's label
            and not (lines[i][:1].isspace() and not lines[j][:1].isspace())
        ):
            named = [k for k, head in zip(group, heads, strict=True) if names.ends_in_name(head)]
            for k in named:
                kinds[k] = "caption"
            single = heads[0].split() if len(group) == 1 and not named else None
            if single and _heading_case(single):
                (title if before == "start" else inner).append(i)
            elif single and before == "body" and _short_sentence_case_heading(single):
                inner.append(i)
            elif not named and before == "start" and _crossheads(heads):
                title.extend(group)
        i = _index(kinds, "subhead", j)
    # Subheads come in series: a lone short line between paragraphs is as likely a caption,
    # a link to another story or a pull quote, so inner lines go only where two or more differ;
    # and where the text holds captions (a credit, a name, a picture described), a short line
    # between paragraphs may be one more: no inner line goes.
    if len({lines[k].strip() for k in inner}) < 2 or "caption" in kinds:
        inner = []
    doomed = sorted(title + inner)
    return remove_lines(text, [Line(text, line_start(k)) for k in doomed], at_start=at_start, at_end=False)


def _index(items: list[str], value: str, start: int) -> int:
    """The index of the first ``value`` in ``items`` from ``start`` on, else ``len(items)``."""
    try:
        return items.index(value, start)
    except ValueError:
        return len(items)


def _line_kind(line: str) -> str:
    """``blank``, ``subhead`` (a short title-like line), ``body`` (ends a sentence), ``caption`` or ``other``."""
    stripped = line.strip()
    if not stripped:
        return "blank"
    words = stripped.split(maxsplit=MAX_WORDS)  # more than MAX_WORDS: no heading, whatever it holds
    unquoted = stripped.rstrip(_CLOSERS)
    if unquoted and unquoted[-1] in _SENTENCE_END:  # `…said.`, `…said.”`: a sentence ends the line
        if len(words) < 4:
            return "other"
        if len(words) > MAX_WORDS:
            return "body"
        # not a heading that asks or exclaims (`Does Fat Cause Disease?`, `Why do people think so?`)
        cry = unquoted[-1] in "?!" and not SENTENCE_END_CHAR.search(unquoted[:-1])
        return "other" if cry or _heading_case(words) else "body"
    if len(stripped) > MAX_LINE_CHARS or len(words) < 2:
        return "other"  # one word: a label, a credit, a file name, furniture
    if words[0] == "By" and all(w[0].isupper() for w in words[1:]):
        return "other"  # a byline
    if not _subhead_shaped(stripped, words):
        return "other"
    if FURNITURE.search(stripped):
        return "other"
    if "  " in stripped or CREDIT.search(stripped) or _describes_a_picture(words):
        return "caption"  # a credit, a caption laid out in columns, a picture's description
    return "subhead"


def _subhead_shaped(stripped: str, words: list[str]) -> bool:
    """Whether a short line is title-like or a quoted phrase, and no sentence cut short."""
    quote_close = _QUOTE_PAIRS.get(stripped[0])
    if quote_close is not None and len(stripped) >= 3 and stripped[-1] == quote_close:
        return _title_like(stripped[1:-1].rstrip("?!"), quoted=True)
    # not `Blogs reported that` (a line cut in the middle of a sentence), nor
    # `The letter is below` or `A friend told the Post` (a sentence that lost the
    # stop or colon leading in to what follows it)
    return (
        stripped[-1].isalnum()
        and _title_like(stripped, quoted=False)
        and words[-1].lower() not in NON_FINAL_WORDS | LEAD_IN_ENDS
        and not any(word in SPEECH_VERBS for word in words[-4:])
    )


def _initial(word: str) -> str:
    """The first letter or digit of ``word`` (``‘Gay`` → ``G``), else ``""``."""
    return next((char for char in word if char.isalnum()), "")


def _heading_case(words: list[str]) -> bool:
    """Title case or capitals: every word but the small ones starts with a capital or a digit."""
    if not capital_or_digit_first(_initial(words[0])):
        return False
    return all(not _initial(word).islower() or word.strip(_QUOTES).lower() in MINOR_WORDS for word in words)


def _short_sentence_case_heading(words: list[str]) -> bool:
    """A subhead in sentence case (``Key witness speaks out``) is short, and does not open with a name.

    Longer lines in sentence case are summaries, captions and links (``The two gunmen open fire
    in the street``); a line that opens with a name describes a picture (``Jane Roe in training``).
    """
    return len(words) <= MAX_SENTENCE_CASE_WORDS and not _initial(words[1]).isupper()


def _crossheads(heads: list[str]) -> bool:
    """Whether the short lines before the body are the story's crossheads, gathered at its top.

    Two or three of them, one a quotation (``'Nothing has changed'``), each in heading case or
    short: a summary under a title is one sentence, and it quotes no one.
    """
    return (
        2 <= len(heads) <= MAX_LINES_IN_GROUP
        and any(_QUOTE_PAIRS.get(head[0]) == head[-1] for head in heads)
        and all(_heading_case(words) or _short_sentence_case_heading(words) for words in map(str.split, heads))
    )


def _describes_a_picture(words: list[str]) -> bool:
    """Whether a capitalised word runs into a present participle: a picture's description.

    ``Old Man Taking Pills``, ``Chef Holding Bell Pepper``, ``Dr Jane Roe joking with …``;
    a heading may start with one (``Keeping Up With``, ``Fearing for his life``) or have one
    after a small word (``On meeting between …``).
    """
    return any(
        len(word) >= 6 and word.endswith("ing") and _initial(previous).isupper() and previous.lower() not in MINOR_WORDS
        for previous, word in pairwise(words)
    )


class _TextNames:
    """The capitalised words ``text`` holds."""

    def __init__(self, text: str) -> None:
        self._words = _TextWords(text)

    def ends_in_name(self, line: str) -> bool:
        """Whether ``line`` ends in a name the text also names elsewhere: a caption.

        ``Senator Jane Roe`` or ``Jane Roe`` on a line of its own, where the story speaks of
        Ms Roe, is the caption of her picture.
        """
        tail = line.split()[-2:]
        if len(tail) < 2 or not all(_capitalised(word) for word in tail):
            return False
        return self._words.holds(tail[-1], 2)


def _capitalised(word: str) -> bool:
    """``Roe``, ``O'Neil``, ``Smith-Jones``: a capital, then lower-case letters."""
    return word[:1].isupper() and word[1:].isalpha() and any(char.islower() for char in word[1:])


FILTER = Filter(
    name="subheads",
    summary="give a subhead glued into the body its own paragraph; --subheads drop deletes subheads",
    find=find_subheads,
    modes=("split", "drop", "keep"),
    modes_help="split: put glued subheads on their own lines; drop: DELETE the title and subheads, nothing "
    "else; keep: leave them.",
    context=("at_start",),
    edit_kind={"split": "whitespace", "drop": "delete", "keep": "whitespace"},
)


def split_subheads(text: str) -> str:
    """Apply the ``subheads`` filter alone, in ``split`` mode."""
    return FILTER(text, mode="split")


def drop_subheads(text: str) -> str:
    """Apply the ``subheads`` filter alone, in ``drop`` mode."""
    return FILTER(text, mode="drop")
