"""``encoding``: repair mojibake and HTML entities.

ftfy does the real work, configured so that correct text is never touched:
curly quotes, ``…``, ``—`` and CJK full-width punctuation are right, not damage
(``uncurl_quotes=False``, ``fix_character_width=False``), and nothing else that
would change clean text runs (no Unicode normalisation, no line-break or
control-character rewriting, no ligature splitting).

ftfy is the slowest step of the pipeline (about 1.7 MB/s), so it runs only on the
lines that can hold mojibake or an entity, found by one regex scan, and it is
imported on first use. A line longer than :data:`LONG_LINE` (no prose paragraph is:
the longest in 3,936 real articles is 8 KB; a file with its line breaks lost is) is
repaired in windows of a few KB around each suspect, cut at spaces, so one mojibake
in a 60 MB line costs a few KB of ftfy, not the whole 1 MB block around it.

>>> repair_encoding("The ministerâ€™s plan")
'The minister’s plan'
>>> repair_encoding("“better than expected.â€Revenue")
'“better than expected.”Revenue'
>>> repair_encoding("They don\ufffdt know.")
'They don’t know.'
>>> repair_encoding("He said “no” — twice … and left.")
'He said “no” — twice … and left.'
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import cache

from cleanfeed.edits import Span, common_ends
from cleanfeed.filters.base import Filter
from cleanfeed.filters.encoding_data import (
    ACCENTED_STEMS,
    C1_CONTROLS,
    LOST_APOSTROPHE,
    MODALS,
    NOT_STEMS,
    PRONOUNS,
    STRAY_C1_AFTER_QUOTE,
    STRAY_NBSP_LEAD,
    WORD_BEFORE_MARK,
)
from cleanfeed.filters.patterns import lazy_compile

# The characters Windows-1252 shows for the bytes 0x80-0xBF, i.e. for UTF-8
# continuation bytes; C1 controls stand for the bytes cp1252 leaves undefined.
_CONTINUATION = "\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"

# A line can hold mojibake only if a UTF-8 lead byte read as Latin-1/cp1252
# (Â..ô) is followed by a continuation byte read the same way: `Ã¼`, `â€™`.
MOJIBAKE_LEADS = tuple(chr(code) for code in range(0xC2, 0xF5))
_CONTINUATION_CHARS = frozenset([chr(code) for code in range(0x80, 0xC0)] + list("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"))
# A line can hold an HTML entity only if it has `&name;`, `&#123;` or `&#x1F;`.
# (The pattern starts with a literal, so the regex engine skips ahead fast.)
HTML_ENTITY = lazy_compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")

# `”` is E2 80 9D in UTF-8. Read as cp1252 it is `â€` plus an undefined byte,
# which scrapers drop, leaving a bare `â€` that ftfy cannot decode. It is
# unambiguous when it runs into a letter (`expected.â€Revenue`) or when it
# closes a sentence before a space (`it.â€ The`); other `â€x` triples are
# ordinary mojibake that ftfy decodes whole.
LOST_CLOSING_QUOTE = lazy_compile(rf"â€(?=[^\W\d_{_CONTINUATION}])|(?<=[.!?,;:])â€(?=\s|$)")


# Runs of ASCII whitespace: where words part (a no-break space is a character a repair may make).
ASCII_SPACE = lazy_compile(r"[ \t\r\f\v]+")

# What a U+FFFD between a word and its ending stood for: a decoder loses only marks that are not ASCII (an
# ASCII `'` comes through any decoding), so the mark was most likely `’`, even in a text that types some
# of its apostrophes `'` (a headline, a quoted post).
RESTORED_APOSTROPHE = "’"


@cache
def _ftfy_config():
    import ftfy  # deferred: ftfy's import costs ~150 ms and most text never needs it

    return ftfy, ftfy.TextFixerConfig(
        uncurl_quotes=False,
        fix_character_width=False,
        fix_line_breaks=False,
        fix_latin_ligatures=False,
        remove_control_chars=False,
        remove_terminal_escapes=False,
        normalization=None,
        explain=False,
    )


def _repair_line(line: str, *, mojibake: bool) -> str:
    """The repaired line; the line itself when ftfy's repair would not be stable, would join
    words or would leave a line of mojibake blank.

    A repair that a second pass would change again is a guess, not a repair (and
    would break "running twice equals running once"), so it is not made. Nor is one
    that takes a space between words: ftfy reads `â€ ` as a dagger whose no-break
    space became a space (`â€ The` -> `†The`), and a repair changes characters,
    never where words part. Nor one that empties a line of mojibake: `â€\\x88` alone
    on a line is a punctuation space (U+2008) whose bytes were misread, and a line
    that held visible non-ASCII text keeps some (the safety check holds every repair
    to that; a line of entities may still become a no-break space).
    """
    line = _restore_lost_marks(line)
    if not mojibake:
        return line
    fixed = _ftfy_pass(line)
    if fixed != line and (
        _ftfy_pass(fixed) != fixed
        or _word_count(fixed) != _word_count(line)
        or (not fixed.strip() and not "".join(line.split()).isascii())
    ):
        return line
    return fixed


def _word_count(line: str) -> int:
    """How many words ``line`` holds between ASCII spaces."""
    return sum(1 for word in ASCII_SPACE.split(line) if word)


def _ftfy_pass(line: str) -> str:
    ftfy, config = _ftfy_config()
    return ftfy.fix_text(LOST_CLOSING_QUOTE.sub("”", line), config)


def _restore_lost_marks(line: str) -> str:
    """``line`` with what a decoder lost put back where it is certain (see encoding_data)."""
    if "\ufffd" in line:
        parts: list[str] = []
        done = 0
        for match in _lost_apostrophes(line):
            parts += (line[done : match.start()], _apostrophe_or_not(match))
            done = match.end()
        if parts:
            line = "".join(parts) + line[done:]
    if "Â" in line:
        line = STRAY_NBSP_LEAD.sub("", line)
    return STRAY_C1_AFTER_QUOTE.sub("", line)


def _lost_apostrophes(text: str) -> Iterator[re.Match[str]]:
    """What ``LOST_APOSTROPHE.finditer(text)`` finds, looked for only where a U+FFFD stands."""
    done = 0  # the end of the last match: finditer does not look behind it for a word
    at = text.find("\ufffd")
    while at != -1:
        word = WORD_BEFORE_MARK.search(text, max(done, at - 30), at)
        match = LOST_APOSTROPHE.match(text, word.start()) if word is not None else None
        if match is not None:
            yield match
            done = match.end()
        at = text.find("\ufffd", at + 1)


def _apostrophe_or_not(match: re.Match[str]) -> str:
    """``don’t`` for ``don�t``: the U+FFFD becomes ``’`` where the word before takes that ending."""
    word, ending = match.group(1), match.group(2)
    lower = word.lower()
    if ending == "t":
        certain = lower in NOT_STEMS
    elif ending == "m":
        certain = word == "I"
    elif ending == "s":  # a possessive, or `it's`; not the plural of a word whose `é` was lost
        certain = lower not in ACCENTED_STEMS
    else:  # 're, 've, 'll, 'd
        certain = lower in PRONOUNS or (ending == "ve" and lower in MODALS)
    return f"{word}{RESTORED_APOSTROPHE}{ending}" if certain else match.group()


def find_encoding_damage(text: str) -> list[Span]:
    """Spans that turn mojibake, HTML entities and lost apostrophes into the characters meant."""
    if text.isascii() and "&" not in text:
        return []
    mojibake = _suspects(text)
    lost = _lost_marks(text)
    if not mojibake and not lost:
        return []
    spans: list[Span] = []
    done = 0  # the text before this was already repaired
    mojibake_at = sorted(mojibake)
    for position in sorted(mojibake | lost):
        if position < done:
            continue
        line_start = max(text.rfind("\n", 0, position) + 1, done)
        line_end = text.find("\n", position)
        if line_end == -1:
            line_end = len(text)
        if line_end - line_start > LONG_LINE:
            line_start, line_end = _window(text, position, line_start, line_end)
        done = line_end
        line = text[line_start:line_end]
        first = bisect_left(mojibake_at, line_start)  # not a scan of every suspect per line: that is quadratic
        has_mojibake = first < len(mojibake_at) and mojibake_at[first] < line_end
        fixed = _repair_line(line, mojibake=has_mojibake)
        if fixed != line:
            spans.extend(_diff_spans(line, fixed, line_start))
    return spans


def _lost_marks(text: str) -> set[int]:
    """Positions of a U+FFFD, an ``Â`` or a C1 control that may stand for a lost mark."""
    found: set[int] = set()
    if "\ufffd" in text:
        found.update(m.start() for m in _lost_apostrophes(text))
    if "Â" in text:
        found.update(m.start() for m in STRAY_NBSP_LEAD.finditer(text))
    if any(control in text for control in C1_CONTROLS):
        found.update(m.start() for m in STRAY_C1_AFTER_QUOTE.finditer(text))
    return found


#: Lines longer than this are repaired in windows (see the module doc).
LONG_LINE = 16 * 1024
_WINDOW_REACH = 4 * 1024


def _window(text: str, position: int, line_start: int, line_end: int) -> tuple[int, int]:
    """The stretch of a long line around ``position`` given to ftfy: from a space about
    _WINDOW_REACH before it to one about as far after it (mojibake holds no ASCII space)."""
    before = text.rfind(" ", line_start, max(line_start, position - _WINDOW_REACH))
    after = text.find(" ", min(line_end, position + _WINDOW_REACH), line_end)
    return before + 1 if before != -1 else line_start, after if after != -1 else line_end


def _suspects(text: str) -> set[int]:
    """Positions where mojibake or an entity may start.

    One substring test per lead character, then ``str.find`` over the few places
    a lead occurs: an order of magnitude faster than one regex over the text,
    which matters because nearly every news text holds some non-ASCII.
    """
    found = {m.start() for m in HTML_ENTITY.finditer(text)} if "&" in text else set()
    size = len(text)
    for lead in MOJIBAKE_LEADS:
        if lead not in text:
            continue
        at = text.find(lead)
        while at != -1:
            if at + 1 < size and text[at + 1] in _CONTINUATION_CHARS:
                found.add(at)
            at = text.find(lead, at + 1)
    return found


def _diff_spans(old: str, new: str, offset: int) -> list[Span]:
    """Spans that turn ``old`` into ``new``, whole words at a time.

    ``Russiaâ€™s`` → ``Russia’s`` reads better as one change than as ``â€™`` → ``’``.
    A repair almost never changes the spaces between words, so the words pair up
    one to one and each changed word is one span. When a repair did touch the
    spaces, the words from the first change to the last become one span: coarser,
    but it can never pair a word with the wrong one (as a general alignment can
    when the same words repeat).
    """
    # Only the stretch between the last space before the first change and the first space
    # after the last one needs reading: the words around it are the same on both sides.
    prefix, suffix = common_ends(old, new)
    cut = old.rfind(" ", 0, prefix)
    while cut > 0 and old[cut - 1].isspace():
        cut -= 1
    cut = max(cut, 0)
    end = old.find(" ", len(old) - suffix)
    if end == -1:
        end = len(old)
    else:
        while end < len(old) and old[end].isspace():
            end += 1
    new_end = end - len(old) + len(new)
    old, new, offset = old[cut:end], new[cut:new_end], offset + cut
    old_tokens, new_tokens = _TOKEN.findall(old), _TOKEN.findall(new)
    old_starts = _starts(old_tokens)
    changed = [i for i, (a, b) in enumerate(zip(old_tokens, new_tokens, strict=False)) if a != b]
    aligned = len(old_tokens) == len(new_tokens) and not any(
        old_tokens[i].isspace() or new_tokens[i].isspace() for i in changed
    )
    if aligned:
        return [Span(offset + old_starts[i], offset + old_starts[i + 1], new_tokens[i]) for i in changed]
    prefix = 0
    while prefix < min(len(old_tokens), len(new_tokens)) and old_tokens[prefix] == new_tokens[prefix]:
        prefix += 1
    suffix = 0
    while (
        suffix < min(len(old_tokens), len(new_tokens)) - prefix and old_tokens[-1 - suffix] == new_tokens[-1 - suffix]
    ):
        suffix += 1
    old_end, new_end = len(old_tokens) - suffix, len(new_tokens) - suffix
    return [Span(offset + old_starts[prefix], offset + old_starts[old_end], "".join(new_tokens[prefix:new_end]))]


_TOKEN = lazy_compile(r"\S+|\s+")


def _starts(tokens: list[str]) -> list[int]:
    """Where each token starts, plus the end of the last one."""
    starts = [0]
    for token in tokens:
        starts.append(starts[-1] + len(token))
    return starts


FILTER = Filter(
    name="encoding",
    summary="repair mojibake (Russiaâ€™s → Russia’s) and HTML entities (&amp; → &)",
    find=find_encoding_damage,
    edit_kind="repair",
)


def repair_encoding(text: str) -> str:
    """Apply the ``encoding`` filter alone."""
    return FILTER(text)
