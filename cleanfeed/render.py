"""Show changes to people: the ``--show-changes`` preview, ``--diff``, and the progress bar.

The preview is built from the pipeline's change records, not by comparing texts:
each change is shown at its spot, with a little context on each side, however
long the line it stands in. rich is imported only to colour a terminal preview.
"""

from __future__ import annotations

import difflib
import re
from bisect import bisect_right
from collections import Counter

from cleanfeed.pipeline import Result

CONTEXT = 40  # characters of context shown on each side of a change
LONGEST = 160  # longer removed/inserted text is shortened in the middle
VISIBLE = str.maketrans({" ": "␣", "\n": "⏎", "\t": "⇥", "\r": "␍"})
_LINE = re.compile(r"[^\n]*\n|[^\n]+\Z")


def _visible(text: str) -> str:
    """Whitespace that a change inserts or removes, made visible."""
    if len(text) > LONGEST:
        text = f"{text[: LONGEST // 2]}…{text[-LONGEST // 2 :]}"
    return text.translate(VISIBLE) if not text.strip() or "\n" in text else text


def _context(text: str, start: int, end: int) -> tuple[str, str]:
    """Up to CONTEXT characters before ``start`` and after ``end``, within their lines."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    before_start = max(line_start, start - CONTEXT)
    after_end = min(line_end, end + CONTEXT)
    before = ("…" if before_start > line_start else "") + text[before_start:start]
    after = text[end:after_end] + ("…" if after_end < line_end else "")
    return before, after


def change_lines(name: str, original: str, result: Result) -> list[tuple[str, list[tuple[str, str]]]]:
    """Each change as a list of ``(text, kind)`` segments; kind is "", "meta", "removed" or "inserted"."""
    newlines = [m.start() for m in re.finditer("\n", original)]
    rows = []
    for edit in result.edits:
        line = bisect_right(newlines, edit.start - 1) + 1
        before, after = _context(original, edit.start, edit.end)
        segments = [(f"{name}:{line}: ", "meta"), (f"{edit.filter}: ", "meta"), (before, "")]
        if edit.removed:
            segments.append((_visible(edit.removed), "removed"))
        if edit.inserted:
            segments.append((_visible(edit.inserted), "inserted"))
        segments.append((after, ""))
        rows.append(segments)
    counts = Counter(e.filter for e in result.edits)
    total = len(result.edits)
    summary = ", ".join(f"{n} {counts[n]}" for n in sorted(counts, key=lambda k: (-counts[k], k)))
    rows.append([(f"{name}: {total} change{'s' if total != 1 else ''} ({summary})", "meta")])
    return rows


def render_changes(name: str, original: str, result: Result, *, color: bool = False) -> str:
    """The preview of every change in ``result``, plain (``[-removed-]{+inserted+}``) or coloured."""
    rows = change_lines(name, original, result)
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


def render_diff(name: str, original: str, cleaned: str) -> str:
    """A unified diff that ``patch -p0`` applies to ``name`` to give ``cleaned`` exactly."""
    old, new = _LINE.findall(original), _LINE.findall(cleaned)
    out = []
    for line in difflib.unified_diff(old, new, fromfile=name, tofile=name):
        out.append(line)
        if not line.endswith("\n"):
            out.append("\n\\ No newline at end of file\n")
    return "".join(out)


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
        )
        self._task = self._progress.add_task("cleaning", total=total)
        self._progress.start()

    def advance(self) -> None:
        self._progress.advance(self._task)

    def close(self) -> None:
        self._progress.stop()


def progress_bar(total: int) -> _Progress:
    return _Progress(total)
