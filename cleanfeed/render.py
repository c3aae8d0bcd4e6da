"""Show changes to people: the ``--show-changes`` preview, samples of changes,
change records as JSON Lines, ``--diff``, ``--stats``, and the progress bar.

The preview is built from the pipeline's change records, not by comparing texts:
each change is shown at its spot, with a little context on each side, however
long the line it stands in. rich is imported only to colour a terminal preview.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import NamedTuple, cast

from cleanfeed.pipeline import Result

CONTEXT = 40  # characters of context shown on each side of a change in the preview
#: Characters of context on each side of a change in a sample or a change record: a
#: sentence or so, across line breaks, enough to judge the change without opening the text.
WIDE_CONTEXT = 200
LONGEST = 160  # longer removed/inserted text is shortened in the middle
VISIBLE = str.maketrans({" ": "␣", "\n": "⏎", "\t": "⇥", "\r": "␍"})
LINE_BREAKS = str.maketrans({"\n": "⏎", "\r": "␍"})
_EDGES = re.compile(r"(\s*)(.*?)(\s*)\Z", re.DOTALL)
_LINE = re.compile(r"[^\n]*\n|[^\n]+\Z")
# A diff header's file name is C-quoted (as GNU diff does) when it holds one of these.
_NEEDS_QUOTES = re.compile(r'[\x00-\x1f"\\]')
_QUOTED = {"\t": "\\t", "\n": "\\n", "\r": "\\r", '"': '\\"', "\\": "\\\\"}
_SPACE = re.compile(r"\s")


def _visible(text: str) -> str:
    """Text that a change inserts or removes, with its line breaks and its leading
    and trailing whitespace made visible, shortened in the middle when long."""
    if len(text) > LONGEST:
        text = f"{text[: LONGEST // 2]}…{text[-LONGEST // 2 :]}"
    lead, middle, trail = cast(re.Match[str], _EDGES.match(text)).groups()  # it matches any text
    return lead.translate(VISIBLE) + middle.translate(LINE_BREAKS) + trail.translate(VISIBLE)


def _context(text: str, start: int, end: int) -> tuple[str, str]:
    """Up to CONTEXT characters before ``start`` and after ``end``, within their lines."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    if line_end > end and text[line_end - 1] == "\r":
        line_end -= 1  # a CRLF line's \r is part of its break, not of the context
    before_start = max(line_start, start - CONTEXT)
    after_end = min(line_end, end + CONTEXT)
    before = ("…" if before_start > line_start else "") + text[before_start:start]
    after = text[end:after_end] + ("…" if after_end < line_end else "")
    return before, after


class Change(NamedTuple):
    """One change, described for a reader or a script (``--changes-format jsonl``, samples).

    ``record`` is the line number of a JSON Lines record (None for plain text) and
    ``id`` that record's ``id`` field, if it has one; ``offset`` and ``line`` place
    the change in the text (or the record's field); ``before`` and ``after`` are
    the original text around it.
    """

    source: str
    record: int | None
    id: str | int | None
    filter: str
    offset: int
    line: int
    removed: str
    inserted: str
    before: str
    after: str

    @property
    def label(self) -> str:
        return text_label(self.source, self.record, self.id)

    def as_json(self) -> str:
        return json.dumps(self._asdict(), ensure_ascii=False)


def text_label(source: str, record: int | None, record_id) -> str:
    """A text's name in a preview: its file, or a record by its id (``news.jsonl[a1]``), else by its
    line number (``news.jsonl:17``)."""
    if record_id is not None:
        return f"{source}[{record_id}]"
    return source if record is None else f"{source}:{record}"


class Describer:
    """Describes the edits of one text (a file, or one record's field) as :class:`Change` records."""

    def __init__(
        self, source: str, text: str, *, record: int | None = None, record_id=None, base: int = 0, first_line: int = 1
    ) -> None:
        self.source, self.text, self.record, self.record_id = source, text, record, record_id
        self.base, self.first_line = base, first_line  # where ``text`` starts: a block of a large file
        self._newlines: list[int] | None = None  # built on first use: most texts have no change described

    @property
    def label(self) -> str:
        return text_label(self.source, self.record, self.record_id)

    def __call__(self, edit) -> Change:
        if self._newlines is None:
            self._newlines = [m.start() for m in re.finditer("\n", self.text)]
        line = bisect_right(self._newlines, edit.start - 1) + self.first_line
        before, after = _wide_context(self.text, edit.start, edit.end)
        return Change(
            self.source,
            self.record,
            self.record_id,
            edit.filter,
            self.base + edit.start,
            line,
            edit.removed,
            edit.inserted,
            before,
            after,
        )


def _wide_context(text: str, start: int, end: int) -> tuple[str, str]:
    """About WIDE_CONTEXT characters before ``start`` and after ``end``, cut at whitespace so no word shows in part."""
    before_start = max(0, start - WIDE_CONTEXT)
    if before_start and (space := _SPACE.search(text, before_start, start)):
        before_start = space.end()
    after_end = min(len(text), end + WIDE_CONTEXT)
    if after_end < len(text):
        cut = max(text.rfind(" ", end, after_end), text.rfind("\n", end, after_end))
        after_end = cut if cut > end else after_end
    return text[before_start:start], text[end:after_end]


def render_records(changes: Iterable[Change]) -> str:
    """``--changes-format jsonl``: one JSON object a line per change."""
    return "".join(change.as_json() + "\n" for change in changes)


def render_sample(changes: Iterable[Change], *, color: bool = False) -> str:
    """A sample of changes, one a line, each with its wide context (line breaks shown as ⏎)."""
    rows = []
    for change in changes:
        segments = [(f"{change.label}:{change.line}: ", "meta"), (f"{change.filter}: ", "meta")]
        segments.append((change.before.translate(LINE_BREAKS), ""))
        if change.removed:
            segments.append((_visible(change.removed), "removed"))
        if change.inserted:
            segments.append((_visible(change.inserted), "inserted"))
        segments.append((change.after.translate(LINE_BREAKS), ""))
        rows.append(segments)
    return _render_rows(rows, color=color)


def render_stats(tally, filters: Iterable[str], *, unit: str) -> str:
    """``--stats``: each filter's work as a table, ``unit`` ("files" or "records") naming what was changed."""
    rows: list[tuple[str, ...]] = [("filter", f"{unit} changed", "edits", "chars removed", "chars inserted")]
    for name, count in [*((name, tally.count(name)) for name in filters), ("all", tally.total())]:
        rows.append((name, *(f"{n:,}" for n in (count.changed, count.edits, count.removed, count.inserted))))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return "".join(
        f"{row[0]:<{widths[0]}}"
        + "".join(f"  {cell:>{width}}" for cell, width in zip(row[1:], widths[1:], strict=True))
        + "\n"
        for row in rows
    )


def change_lines(
    name: str, original: str, result: Result, *, summary: bool = True, first_line: int = 1
) -> list[list[tuple[str, str]]]:
    """Each change as a list of ``(text, kind)`` segments; kind is "", "meta", "removed" or "inserted".
    ``original`` starts at line ``first_line`` of the input (a block of a large file)."""
    newlines = [m.start() for m in re.finditer("\n", original)]
    rows = []
    for edit in result.edits:
        line = bisect_right(newlines, edit.start - 1) + first_line
        before, after = _context(original, edit.start, edit.end)
        segments = [(f"{name}:{line}: ", "meta"), (f"{edit.filter}: ", "meta"), (before, "")]
        if edit.removed:
            segments.append((_visible(edit.removed), "removed"))
        if edit.inserted:
            segments.append((_visible(edit.inserted), "inserted"))
        segments.append((after, ""))
        rows.append(segments)
    if summary:
        rows.append(_summary_row(name, Counter(e.filter for e in result.edits)))
    return rows


def _summary_row(name: str, counts: Mapping[str, int]) -> list[tuple[str, str]]:
    total = sum(counts.values())
    by_filter = ", ".join(f"{n} {counts[n]}" for n in sorted(counts, key=lambda k: (-counts[k], k)))
    return [(f"{name}: {total} change{'s' if total != 1 else ''} ({by_filter})", "meta")]


def render_summary(name: str, counts: Mapping[str, int], *, color: bool = False) -> str:
    """The line that closes a file's preview: its edits per filter (``counts``)."""
    return _render_rows([_summary_row(name, counts)], color=color)


def render_changes(
    name: str, original: str, result: Result, *, color: bool = False, summary: bool = True, first_line: int = 1
) -> str:
    """The preview of every change in ``result``, plain (``[-removed-]{+inserted+}``) or coloured."""
    return _render_rows(change_lines(name, original, result, summary=summary, first_line=first_line), color=color)


def _render_rows(rows: list[list[tuple[str, str]]], *, color: bool) -> str:
    if not color:
        marks = {"removed": ("[-", "-]"), "inserted": ("{+", "+}")}
        return "".join(
            "".join(f"{marks[k][0]}{t}{marks[k][1]}" if k in marks else t for t, k in row) + "\n" for row in rows
        )
    from io import StringIO

    from rich.console import Console
    from rich.text import Text

    styles = {"meta": "cyan", "removed": "bold red strike", "inserted": "bold black on green", "": ""}
    buffer = StringIO()
    console = Console(
        file=buffer, force_terminal=True, color_system="standard", width=10_000, soft_wrap=True, highlight=False
    )
    for row in rows:
        console.print(Text.assemble(*((t, styles[k]) for t, k in row)))
    return buffer.getvalue()


def render_diff(name: str, original: str, result: Result, *, context: int = 3) -> str:
    """A unified diff that ``patch -p0`` applies to ``name`` to give ``result.text`` exactly.

    Built from the change records: only the lines an edit touches are compared,
    so a diff costs time in proportion to the text, however many lines changed.
    """
    lines = _Lines(original)
    return _unified_diff(name, lines, _changed_line_ranges(original, result, lines), context)


def render_line_diff(name: str, lines: list[tuple[str, str]], *, context: int = 3) -> str:
    """A unified diff of a file whose lines were each kept, replaced or left out (``""``) one
    for one, as JSON Lines records are: ``lines`` holds each line as read and as written."""
    changed: list[tuple[int, int, list[str]]] = []
    for number, (old, new) in enumerate(lines):
        if new == old:
            continue
        if changed and changed[-1][1] == number:  # a run of changed lines is one change, as diff writes it
            first, _, new_lines = changed.pop()
            changed.append((first, number + 1, new_lines + _LINE.findall(new)))
        else:
            changed.append((number, number + 1, _LINE.findall(new)))
    return _unified_diff(name, _Lines("".join(old for old, _ in lines)), changed, context)


def _unified_diff(name: str, lines: _Lines, changed: list[tuple[int, int, list[str]]], context: int) -> str:
    """The diff of ``lines`` where each ``(first, stop, new_lines)`` of ``changed`` replaces lines first..stop."""
    if not changed:
        return ""
    header = _header_name(name)
    out = [f"--- {header}\n", f"+++ {header}\n"]
    delta = 0  # new lines minus old lines in the hunks already written
    for hunk in _hunks(changed, context, lines.count):
        old_start, old_stop = hunk[0][0] - context, hunk[-1][1] + context
        old_start, old_stop = max(0, old_start), min(lines.count, old_stop)
        body: list[tuple[str, str]] = []
        position = old_start
        for first, stop, new_lines in hunk:
            body += [(" ", line) for line in lines.slice(position, first)]
            body += [("-", line) for line in lines.slice(first, stop)] + [("+", line) for line in new_lines]
            position = stop
        body += [(" ", line) for line in lines.slice(position, old_stop)]
        new_count = sum(1 for sign, _ in body if sign != "-")
        out.append(f"@@ -{_range(old_start, old_stop - old_start)} +{_range(old_start + delta, new_count)} @@\n")
        delta += new_count - (old_stop - old_start)
        for sign, line in body:
            out.append(sign + line if line.endswith("\n") else f"{sign}{line}\n\\ No newline at end of file\n")
    return "".join(out)


class _Lines:
    """The lines of a text (each with its line break) and where each starts."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0] + [m.end() for m in re.finditer("\n", text) if m.end() < len(text)]
        self.count = len(self.starts) if text else 0

    def of(self, position: int) -> int:
        return min(bisect_right(self.starts, position) - 1, self.count - 1)

    def offset(self, line: int) -> int:
        return self.starts[line] if line < self.count else len(self.text)

    def slice(self, first: int, stop: int) -> list[str]:
        return _LINE.findall(self.text, self.offset(first), self.offset(stop))


def _changed_line_ranges(original: str, result: Result, lines: _Lines) -> list[tuple[int, int, list[str]]]:
    """``(first, stop, new_lines)`` for each run of original lines that edits touched."""
    if not result.edits:
        return []
    if not original:
        return [(0, 0, _LINE.findall(result.text))]
    starts = [e.start for e in result.edits]  # sorted; a line start is never inside an edit's range
    shifts = [0]
    for edit in result.edits:
        shifts.append(shifts[-1] + len(edit.inserted) - len(edit.removed))

    def new_offset(old: int) -> int:  # where a line start of the original is in the cleaned text
        return len(result.text) if old == len(original) else old + shifts[bisect_left(starts, old)]

    touched: list[list[int]] = []
    for first, stop in sorted((lines.of(e.start), lines.of(max(e.start, e.end - 1)) + 1) for e in result.edits):
        if touched and first <= touched[-1][1]:
            touched[-1][1] = max(stop, touched[-1][1])
        else:
            touched.append([first, stop])
    ranges: list[tuple[int, int, list[str]]] = []
    for first, stop in touched:
        if ranges and first < ranges[-1][1]:  # the previous range took this one's lines along
            first, stop = ranges[-1][0], max(stop, ranges[-1][1])
            ranges.pop()
        new_text = result.text[new_offset(lines.offset(first)) : new_offset(lines.offset(stop))]
        while new_text and not new_text.endswith("\n") and stop < lines.count:  # a joined line takes the next along
            new_text += result.text[new_offset(lines.offset(stop)) : new_offset(lines.offset(stop + 1))]
            stop += 1
        ranges.append((first, stop, _LINE.findall(new_text)))
    return ranges


def _header_name(name: str) -> str:
    """A file name as a diff header line gives it, read back exactly by GNU patch and git apply.

    patch ends a header's name at a tab (GNU diff writes a tab and a timestamp after
    it), else at the first space: a name with a space gets a closing tab, as git
    writes it. A name with a tab, a line break, a quote or a backslash is written
    C-quoted, as GNU diff writes it and patch >= 2.7 reads it.
    """
    if _NEEDS_QUOTES.search(name):
        return '"' + "".join(_QUOTED.get(c) or (f"\\{ord(c):03o}" if c < " " else c) for c in name) + '"'
    return name + "\t" if " " in name else name


def _hunks(changed: list, context: int, count: int) -> list[list]:
    """Changed ranges grouped into hunks: ranges whose contexts would meet share one."""
    hunks = [[changed[0]]]
    for item in changed[1:]:
        if item[0] - hunks[-1][-1][1] <= 2 * context:
            hunks[-1].append(item)
        else:
            hunks.append([item])
    return hunks


def _range(start: int, length: int) -> str:
    """A hunk header's line range, as GNU diff writes it."""
    if length == 1:
        return str(start + 1)
    return f"{start + 1 if length else start},{length}"


class _Progress:
    def __init__(self, total: int) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

        self._progress = Progress(
            "[progress.description]{task.description}",
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            console=Console(stderr=True),
            transient=True,
            redirect_stdout=False,  # stdout carries the output; notes on stderr still print above the bar
        )
        self._task = self._progress.add_task("cleaning", total=total)
        self._progress.start()

    def advance(self) -> None:
        self._progress.advance(self._task)

    def close(self) -> None:
        self._progress.stop()


def progress_bar(total: int) -> _Progress:
    return _Progress(total)
