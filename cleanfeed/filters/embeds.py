"""``embeds``: find embedded social posts; give a glued signature its line break back, or drop the embed.

A page that embeds a tweet shows the post's text, then its signature
``— Name (@handle) October 1, 2017``; Instagram's reads ``A post shared by Name
(@handle) on Oct 12, 2017 at 3:56pm PDT``, Facebook's ``Posted by Name on
Monday, August 7, 2017``. Scrapers lose the line break after the signature and
glue the next paragraph to it (``… (@handle) October 1, 2017Trump and the First
Lady …``), and often the dash before it too, leaving two spaces.

Modes (the ``embeds`` option):

- ``split`` (default): a signature glued to what follows gets its line break
  back; nothing is deleted. The handle and date together are the evidence: a
  sentence does not put a date right after ``(@handle)``.
- ``drop``: the embed goes: the signature with the name before it (found after
  the embed's dash, two spaces or a line start; without such a start it stays,
  split), the post's ``pic.twitter.com`` / ``t.co`` links right before it, and
  the post's text where it stands apart from the story: a short line that ends
  in the dashed signature, or a short line with the post's links, hashtags or
  mentions right above a signature line. A post that the story's line before it
  introduces (``Trump tweeted:``, ``she wrote on Twitter.``) is story, and its
  text stays; so does a post's text glued into a paragraph.
- ``keep``: changes nothing.

>>> split_embeds("— Jane Doe (@jdoe) October 1, 2017Trump and the First Lady will travel.")
'— Jane Doe (@jdoe) October 1, 2017\\nTrump and the First Lady will travel.'
>>> drop_embeds("It rained.\\nWet again #rain pic.twitter.com/AbC1— Jane Doe (@jdoe) October 1, 2017\\nIt dried.\\n")
'It rained.\\nIt dried.\\n'
>>> drop_embeds("Trump replied:\\nSad! pic.twitter.com/AbC1— Donald (@realDonaldTrump) October 1, 2017\\nIt dried.\\n")
'Trump replied:\\nSad!\\nIt dried.\\n'
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from cleanfeed.edits import Span
from cleanfeed.filters.base import Filter
from cleanfeed.filters.embeds_data import (
    FACEBOOK_SIGNATURE,
    INSTAGRAM_SIGNATURE,
    INTRODUCING,
    LEAD_IN,
    LINKS_BEFORE,
    MAX_NAME_CHARS,
    MAX_POST_CHARS,
    NAME_BOUNDARY,
    PARAGRAPH_END,
    POST_LINK,
    POST_LINK_HOSTS,
    POST_LINK_SCHEMES,
    POST_MARK,
    TRAILING_LINKS,
    TWEET_SIGNATURE,
)
from cleanfeed.filters.patterns import lazy_compile
from cleanfeed.filters.text import Line, line_at, lines_back, lines_from, merge_spans, newline_near, remove_lines

MODES = ("split", "drop", "keep")

# What a glued signature runs into: the next paragraph or post (a word, `@mention`, `#tag`, a quote or
# bracket, or a post opening `.@name`); other punctuation may close a sentence the signature stands in.
_GLUED = lazy_compile(r"\w|[@#\"“‘'(\[]|\.@")
_DASHES = "—―-&"
_BLANK = " \t\xa0"
_NAME_CHAR = lazy_compile(r"[^\W_]")  # a letter or digit
_LETTER = lazy_compile(r"[^\W\d_]")
_SENTENCE_BREAK = lazy_compile(r"(?<=[.!?…])[\"'”’)]*\s+")


class Signature(NamedTuple):
    """A signature ``text[start:end]``.

    ``start`` is where its name begins (with the dash or spaces before it) when
    that was found (``named``); else where the handle begins. ``dashed``: the
    embed's dash stands before the name, tying the signature to the text before it.
    """

    start: int
    end: int
    named: bool
    dashed: bool


def find_embeds(text: str, *, mode: str = "split", at_start: bool = True, at_end: bool = True) -> list[Span]:
    """Spans that split (or, in ``drop`` mode, delete) the embedded posts in ``text``."""
    if mode == "keep":
        return []
    if mode == "drop":
        has_links = "t.co/" in text or "pic.twitter.com/" in text
        if not has_links and not _may_hold_signature(text):
            return []
        return _drop_spans(text, list(_signatures(text)), has_links, at_start=at_start, at_end=at_end)
    if not _may_hold_signature(text):
        return []
    signatures = _signatures(text)
    return [Span(sig.end, sig.end, newline_near(text, sig.end, "\n")) for sig in signatures if _glued(text, sig.end)]


def _may_hold_signature(text: str) -> bool:
    """The cheap gate: every signature holds a handle in brackets (`(@`) or Facebook's `Posted by`.

    Plain substring tests, `@` alone first (most blocks have none): a tenth of what one regex
    search for either costs, and on most news the gate is all this filter does.
    """
    return ("@" in text and "(@" in text) or "Posted by" in text


def _signatures(text: str) -> Iterator[Signature]:
    """Every signature in ``text``, in order, none overlapping another."""
    found = [_tweet(text, match) for match in TWEET_SIGNATURE.finditer(text)]
    if "(@" in text:
        found.extend(Signature(m.start(), m.end(), True, False) for m in INSTAGRAM_SIGNATURE.finditer(text))
    if "Posted by" in text:
        found.extend(Signature(m.start(), m.end(), True, False) for m in FACEBOOK_SIGNATURE.finditer(text))
    last_end = 0
    for sig in sorted(found):
        if sig.start >= last_end:
            last_end = sig.end
            yield sig


def _tweet(text: str, match: re.Match[str]) -> Signature:
    """The tweet signature whose handle and date ``match`` holds, with its name if its start is found."""
    handle = match.start()
    candidates = list(NAME_BOUNDARY.finditer(text, max(0, handle - MAX_NAME_CHARS), handle))
    name_start = _name_start(text, candidates, handle)
    if name_start is None:
        return Signature(handle, match.end(), False, False)
    # the earliest boundary ending where the name starts: `—` and a line break before the name's line
    boundary = next(c for c in candidates if c.end() == name_start)
    return Signature(boundary.start(), match.end(), True, text[boundary.start()] in _DASHES)


def _name_start(text: str, candidates: list[re.Match[str]], handle: int) -> int | None:
    """Where the display name before ``handle`` starts (the end of one of the boundary ``candidates``), or None.

    Walks back from the handle over the stretches between boundaries (a dash, two spaces, a line
    start). A stretch without a letter or digit is what a scrape leaves of a name's emoji (blanks,
    `?`, `\\_( )_/`) and belongs to the name. The first stretch with a letter starts the name, if the
    name stays on one line and within a few words. A blank name ends at a dash (`— (@handle)`), at
    a number (`… will always be  404     (@handle)`: the post's last word, as a name has a letter) or
    at the post's text (more words than a name has, or its links): the signature then starts after it.
    A stretch across a line break is not read: None, as where no boundary is found.
    """
    blank_start = None  # where the name starts if it is blank: after the stretch that ends the walk
    end = handle
    for boundary in reversed(candidates):
        stretch = text[boundary.end() : end]
        if "\n" in stretch:
            return None  # the line above the handle's: a name, or the post's text, is not told from one line
        if _NAME_CHAR.search(stretch) is None:
            blank_start = boundary.end()
            if text[boundary.start()] in _DASHES:
                return blank_start
        elif _LETTER.search(stretch) and not POST_LINK.search(stretch) and _is_name(text[boundary.end() : handle]):
            return boundary.end()
        else:
            return blank_start
        end = boundary.start()
    return blank_start


def _is_name(name: str) -> bool:
    return bool(name.strip()) and "\n" not in name and len(name.split()) <= 8


def _glued(text: str, pos: int) -> bool:
    return _GLUED.match(text, pos) is not None


# --- drop mode ---------------------------------------------------------------------------


def _drop_spans(text: str, signatures: list[Signature], has_links: bool, *, at_start: bool, at_end: bool) -> list[Span]:
    """Spans that delete the embeds: whole lines where a line holds only embeds, else cuts."""
    whole: dict[int, Line] = {}
    cuts: list[Span] = []
    cut_until = 0  # where the last cut ends: the links of the next post start after it
    for sig in signatures:
        if not sig.named:  # its name cannot be told from the text before it: split only
            if _glued(text, sig.end):
                cuts.append(Span(sig.end, sig.end, newline_near(text, sig.end, "\n")))
            continue
        first = line_at(text, sig.start)
        if first.start in whole:
            continue  # a line that goes whole with an earlier signature on it
        start = _links_start(text, max(first.start, cut_until), sig.start)
        end = sig.end
        while end < len(text) and text[end] in _BLANK:
            end += 1
        last = line_at(text, end) if end > first.content_end else first
        head_blank = not text[first.start : start].strip()
        tail_blank = end >= last.content_end
        if head_blank and (post := _post_above(text, first)) is not None:
            whole[post.start] = post
        if tail_blank and (head_blank or _post_line(text, first, signatures)):
            for line in lines_from(text, first.start, last.end):
                whole[line.start] = line
            continue
        if head_blank:
            start = first.start
        replacement = newline_near(text, end, "\n") if not head_blank and not tail_blank else ""
        if tail_blank:
            end = last.content_end
        cuts.append(Span(start, end, replacement))
        cut_until = end
    if has_links:
        _trailing_links(text, whole, cuts)
    cuts = [cut for cut in merge_spans(cuts, touching=True) if not _inside(cut, whole)]
    return sorted(cuts + remove_lines(text, whole.values(), at_start=at_start, at_end=at_end))


def _links_start(text: str, floor: int, pos: int) -> int:
    """Where the post's links and the whitespace right before ``pos`` begin (on the same line)."""
    links = LINKS_BEFORE.search(text, max(floor, pos - 300), pos)
    if links is not None:
        pos = _unglued(text, links.start())
    while pos > floor and text[pos - 1] in _BLANK:
        pos -= 1
    return pos


def _unglued(text: str, start: int) -> int:
    """Where a run of the post's links at ``start`` can be cut: after its first link if that is a picture
    link glued to the post's last word (``livepic.twitter.com/…``), a word that a deletion may not split
    (a year, ``2017pic.twitter.com``, or an address, ``wordhttps://t.co/…``, may be)."""
    glued = POST_LINK.match(text, start) if start and text[start - 1].isalpha() and text[start] == "p" else None
    return glued.end() if glued is not None else start


def _trailing_links(text: str, whole: dict[int, Line], cuts: list[Span]) -> None:
    """Add the posts' links that end a line with no signature after them: a line of links goes whole."""
    for links in _link_runs(text):
        first = line_at(text, links.start())
        start = _unglued(text, links.start())
        if start == links.end():
            continue
        while start > first.start and text[start - 1] in _BLANK:
            start -= 1
        if first.start in whole or (cuts and cuts[-1].end > start and cuts[-1].start < links.end()):
            continue
        if start == first.start:
            whole[first.start] = first
        else:
            cuts.append(Span(start, links.end(), ""))


def _link_runs(text: str) -> Iterator[re.Match[str]]:
    """What ``TRAILING_LINKS.finditer(text)`` finds, looked for only where a link's host is.

    A run begins with a link, and a link with its host (`t.co/`, `pic.twitter.com/`) or with
    the scheme right before it: substring finds reach those places far faster than the
    pattern's own scan, which would try every `h`, `p` and `t`.
    """
    hosts = []
    for host in POST_LINK_HOSTS:
        pos = text.find(host)
        while pos >= 0:
            hosts.append(pos)
            pos = text.find(host, pos + 1)
    end = 0
    for pos in sorted(hosts):
        if pos < end:
            continue  # inside the last run, as a scan resumes after it
        start = next((pos - len(s) for s in POST_LINK_SCHEMES if text.endswith(s, 0, pos)), pos)
        if (run := TRAILING_LINKS.match(text, start)) is not None:
            yield run
            end = run.end()


def _post_line(text: str, line: Line, signatures: list[Signature]) -> bool:
    """Whether ``line`` holds only posts, each ending in its dashed signature, and the story does not quote them."""
    pos = line.start
    for sig in signatures:
        if sig.end <= line.start or sig.start >= line.content_end:
            continue
        if not (sig.named and sig.dashed) or len(text[pos : sig.start].strip()) > MAX_POST_CHARS:
            return False
        pos = sig.end
    return not text[pos : line.content_end].strip() and not _introduced(text, line) and not _led_in(line)


def _post_above(text: str, signature_line: Line) -> Line | None:
    """The post's text above a signature that stands on its own line, if it is apart from the story.

    It is the nearest line above, short, marked as a post (links, hashtags, mentions), not a line
    that introduces something itself, and not introduced by the line above it.
    """
    above = _line_above(text, signature_line)
    if above is None:
        return None
    content = above.content.strip()
    if (
        len(content) > MAX_POST_CHARS
        or POST_MARK.search(content) is None
        or content.endswith(":")
        or TWEET_SIGNATURE.search(content)
        or _introduced(text, above)
        or _led_in(above)
        or not _starts_paragraph(text, above)
    ):
        return None
    return above


def _led_in(line: Line) -> bool:
    """Whether ``line`` opens with the story's lead-in to the post on it (``Trump tweeted: …``)."""
    return LEAD_IN.match(line.content.lstrip()) is not None


def _starts_paragraph(text: str, line: Line) -> bool:
    """Whether ``line`` starts a paragraph, not the middle of a post of several lines (a list item's lines)."""
    above = next(lines_back(text, line.start), None)
    return above is None or above.blank or PARAGRAPH_END.search(above.content) is not None


def _introduced(text: str, line: Line) -> bool:
    """Whether the story's line above ``line`` introduces it (``Trump tweeted:``); unknown counts as yes.

    Posts right above, and separator lines between them (``**``), are passed over: a story that
    introduces posts in a row (``Here are some of his tweets:``) introduces each of them, not only the first.
    """
    above = _line_above(text, line)
    while above is not None:
        if _NAME_CHAR.search(above.content) is None:  # a separator between the posts (`**`)
            above = _line_above(text, above)
            continue
        signature = next(_signatures(above.content), None)
        if signature is None:
            break
        if not above.content[: signature.start].strip():
            above = _line_above(text, above)  # a signature on its own line: its post's text is above it
            if above is None:
                break
        above = _line_above(text, above)
    if above is None:
        return True
    # the last two sentences: a lead-in may end in a question (`this user might have an answer. Do you see it?`)
    tail = _SENTENCE_BREAK.split(above.content.strip())[-2:]
    return INTRODUCING.search(" ".join(tail)) is not None


def _line_above(text: str, line: Line) -> Line | None:
    """The nearest non-blank line above ``line`` in ``text``, or None."""
    return next((above for above in lines_back(text, line.start) if not above.blank), None)


def _inside(cut: Span, whole: dict[int, Line]) -> bool:
    line_start = next((start for start in whole if start <= cut.start < whole[start].end), None)
    return line_start is not None


FILTER = Filter(
    name="embeds",
    summary="give a social post's signature glued to the next paragraph its line break; --embeds drop deletes embeds",
    find=find_embeds,
    modes=("split", "drop", "keep"),
    modes_help="split: give a post's signature glued to the next paragraph its line break; drop: DELETE "
    "embedded posts (signature, links, the post's text apart from the story); keep: leave them.",
    context=("at_start", "at_end"),
    edit_kind={"split": "whitespace", "drop": "delete", "keep": "whitespace"},
)


def split_embeds(text: str) -> str:
    """Apply the ``embeds`` filter alone, in ``split`` mode."""
    return FILTER(text, mode="split")


def drop_embeds(text: str) -> str:
    """Apply the ``embeds`` filter alone to a whole document, in ``drop`` mode."""
    return FILTER(text, mode="drop")
