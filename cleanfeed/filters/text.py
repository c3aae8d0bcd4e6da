"""Lines of a block, merging spans, and removing whole lines while keeping the paragraph layout.

Filters that delete whole lines (``credits``, ``boilerplate``, ``embeds`` in
``drop`` mode) share these rules (the contract's "Output layout"): a removed line
goes with its line break; where it stood between two blank lines, one of them
goes too, so paragraph spacing stays as it was; blank lines that removal would
leave at the start or end of the document go as well.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from cleanfeed.edits import Span

#: How far :func:`newline_near` looks for a line break to copy.
NEWLINE_REACH = 4096


class Line:
    """The line of ``text`` that starts at ``start``."""

    __slots__ = ("blank", "content", "content_end", "end", "start")

    def __init__(self, text: str, start: int) -> None:
        self.start = start
        self.end = text.find("\n", start) + 1 or len(text)  # after the line break, if any
        content_end = self.end
        if content_end > start and text[content_end - 1] == "\n":
            content_end -= 1
        if content_end > start and text[content_end - 1] == "\r":
            content_end -= 1
        self.content_end = content_end
        self.content = text[start:content_end]
        self.blank = self.content.isspace() or not self.content


def remove_lines(text: str, lines: Iterable[Line], *, at_start: bool, at_end: bool) -> list[Span]:
    """Spans that remove ``lines`` (whole lines of ``text``) and keep the paragraph spacing as it was.

    ``at_start`` / ``at_end`` tell whether ``text`` begins / ends its document.

    Only the lines around the removed ones are looked at, so a block costs what its removed lines do.
    """
    whole = {line.start: line for line in lines}
    if not whole:
        return []
    dropped = dict(whole)
    before: Line | None = None  # the last kept line before the current removed one
    dropped_until = 0  # where the last run of removed lines ends
    for start in sorted(whole):
        line = whole[start]
        if start > dropped_until:
            before = line_at(text, start - 1)
        dropped_until = line.end
        # A block that does not begin the document follows a blank line.
        blank_before = before.blank if before else not at_start
        if blank_before and line.end < len(text) and line.end not in whole:
            after = Line(text, line.end)
            if after.blank:  # between two blank lines: one of them goes too
                dropped[after.start] = after
                dropped_until = after.end
    first, last = min(whole), max(whole)
    if at_start and (first == 0 or text[:first].isspace()):
        for line in lines_from(text, 0):  # the blank lines left at the start of the document
            if line.start not in dropped:
                if not line.blank:
                    break
                dropped[line.start] = line
    if at_end and (whole[last].end == len(text) or text[whole[last].end :].isspace()):
        for line in lines_back(text):  # the blank lines left at the end of the document
            if line.start not in dropped:
                if not line.blank:
                    break
                dropped[line.start] = line
    spans = [Span(line.start, line.end, "") for line in dropped.values()]
    final = next(lines_back(text))
    if at_end and not text.endswith("\n") and final.start in dropped:
        # the new last line gives up its line break, as the old last line had none
        survivor = next((line for line in lines_back(text) if line.start not in dropped), None)
        if survivor is not None:
            spans.append(Span(survivor.content_end, survivor.end, ""))
    return merge_spans(spans, touching=True)


def lines_from(text: str, start: int, end: int | None = None) -> Iterator[Line]:
    """The lines of ``text`` from the one starting at ``start`` on, up to the one holding ``end - 1``."""
    end = len(text) if end is None else end
    while start < end:
        line = Line(text, start)
        yield line
        start = line.end


def lines_back(text: str, end: int | None = None) -> Iterator[Line]:
    """The lines of ``text`` before ``end`` (a line's start; else the end of the text), the nearest first.

    A final line break ends the last line: no empty line follows it.
    """
    end = len(text) if end is None else end
    while end > 0:
        line = line_at(text, end - 1)
        yield line
        end = line.start


def line_at(text: str, pos: int) -> Line:
    """The line of ``text`` that holds position ``pos`` (a line break is the last character of its line)."""
    return Line(text, text.rfind("\n", 0, pos) + 1)


def merge_spans(spans: Iterable[tuple[int, int, str]], *, touching: bool) -> list[Span]:
    """``spans`` sorted, overlapping ones (and with ``touching``, ones that meet) made one.

    A merged span keeps the first replacement that is not empty: two cuts that meet
    leave one line break where either put one.

    >>> merge_spans([Span(4, 6, ""), Span(0, 2, " "), Span(2, 4, "")], touching=True)
    [Span(start=0, end=6, replacement=' ')]
    >>> merge_spans([Span(0, 2, ""), Span(2, 4, ""), Span(3, 5, "")], touching=False)
    [Span(start=0, end=2, replacement=''), Span(start=2, end=5, replacement='')]
    """
    merged: list[Span] = []
    for start, end, replacement in sorted(spans):
        if merged and (start < merged[-1].end or (touching and start == merged[-1].end)):
            last = merged[-1]
            merged[-1] = Span(last.start, max(last.end, end), last.replacement or replacement)
        else:
            merged.append(Span(start, end, replacement))
    return merged


def newline_near(text: str, pos: int, fallback: str) -> str:
    """The line ending used around ``pos``: ``\\r\\n`` if the text uses it there, else ``\\n``.

    Looks at the nearest line break within a few kilobytes, else returns ``fallback``.
    """
    end = text.find("\n", pos, pos + NEWLINE_REACH)
    if end == -1:
        end = text.rfind("\n", max(0, pos - NEWLINE_REACH), pos)
    if end == -1:
        return fallback
    return "\r\n" if end > 0 and text[end - 1] == "\r" else "\n"
