"""The one change record, and the arithmetic of applying edits.

Every filter reports what it would change as :class:`Span` objects in the text it
saw. The pipeline applies them, maps their positions back to the original input
and keeps them as :class:`Edit` records. Every output mode (the cleaned text,
``--show-changes``, ``--diff``, ``--check``, the run-time verification) is derived
from those records.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from typing import NamedTuple


class Span(NamedTuple):
    """Replace ``text[start:end]`` with ``replacement`` (positions in the text a filter saw)."""

    start: int
    end: int
    replacement: str


class Edit(NamedTuple):
    """One change made by one filter, positioned in the original input.

    ``start``/``end`` delimit the affected range of the *original* input;
    ``removed`` and ``inserted`` are the exact text taken out and put in (as the
    filter saw it, which differs from ``original[start:end]`` only when an earlier
    filter already changed that spot).
    """

    filter: str
    start: int
    end: int
    removed: str
    inserted: str

    def shifted(self, offset: int) -> Edit:
        return self._replace(start=self.start + offset, end=self.end + offset)


def apply_spans(text: str, spans: Sequence[Span]) -> str:
    """Apply sorted, non-overlapping spans to ``text``.

    >>> apply_spans("said.As", [Span(5, 5, " ")])
    'said. As'
    """
    if not spans:
        return text
    parts = []
    pos = 0
    for start, end, replacement in spans:
        parts.append(text[pos:start])
        parts.append(replacement)
        pos = end
    parts.append(text[pos:])
    return "".join(parts)


def common_ends(old: str, new: str) -> tuple[int, int]:
    """How many characters ``old`` and ``new`` share at the start, and then at the end.

    The two never overlap: ``prefix + suffix <= min(len(old), len(new))``. Found by
    halving (each step one C-level comparison), so a long line that differs in one
    word costs a few comparisons, not a loop over its characters.

    >>> common_ends("said.As a result", "said. As a result")
    (5, 11)
    """
    low, high = 0, min(len(old), len(new))
    while low < high:
        middle = (low + high + 1) // 2
        if old[:middle] == new[:middle]:
            low = middle
        else:
            high = middle - 1
    prefix = low
    low, high = 0, min(len(old), len(new)) - prefix
    while low < high:
        middle = (low + high + 1) // 2
        if old[len(old) - middle :] == new[len(new) - middle :]:
            low = middle
        else:
            high = middle - 1
    return prefix, low


def back_through(maps: Sequence[PositionMap], start: int, end: int) -> tuple[int, int]:
    """The range of the first text that ``start:end`` came from, ``maps`` being the steps applied to it, in order.

    >>> steps = [PositionMap([Span(0, 1, "")]), PositionMap([Span(2, 2, " ")])]
    >>> back_through(steps, 1, 4)  # `abcdef` -> `bcdef` -> `bc def`: `c d` came from `cd`
    (2, 4)
    """
    for position_map in reversed(maps):
        start, end = position_map.back(start), position_map.back(end, right=True)
    return start, end


def normalize_spans(spans: Iterable[Span], text_length: int, filter_name: str) -> list[Span]:
    """Sort spans, drop no-ops, and reject overlapping or out-of-range ones.

    A filter that reports overlapping spans has a bug; failing loudly here keeps
    the change records trustworthy.
    """
    if not spans:  # most filters find nothing in most blocks
        return []
    ordered = sorted(
        (s for s in spans if s.start != s.end or s.replacement),
        key=lambda s: (s.start, s.end),
    )
    last_end = 0
    for span in ordered:
        if not 0 <= span.start <= span.end <= text_length:
            raise ValueError(f"filter {filter_name!r} reported a span out of range: {span}")
        if span.start < last_end:
            raise ValueError(f"filter {filter_name!r} reported overlapping spans at {span.start}")
        last_end = span.end
    return ordered


class PositionMap:
    """Maps positions in a filter's output back to positions in its input."""

    __slots__ = ("_deltas", "_new_starts", "_spans")

    def __init__(self, spans: Sequence[Span]) -> None:
        self._spans = spans
        self._new_starts: list[int] = []
        self._deltas: list[int] = []  # shift of everything after span i
        delta = 0
        for start, end, replacement in spans:
            self._new_starts.append(start + delta)
            delta += len(replacement) - (end - start)
            self._deltas.append(delta)

    def back(self, pos: int, *, right: bool = False) -> int:
        """The input position that output position ``pos`` came from.

        A position inside a replacement maps to the start of the replaced range
        (or its end with ``right=True``).
        """
        i = bisect_right(self._new_starts, pos) - 1
        if i < 0:
            return pos
        start, end, replacement = self._spans[i]
        new_start = self._new_starts[i]
        if pos < new_start + len(replacement):
            return end if right and pos > new_start else start
        return pos - self._deltas[i]
