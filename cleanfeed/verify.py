"""The run-time safety check: did only allowed edits happen, and did everything else survive?

cleanfeed promises that it only inserts whitespace, removes photo credits (and,
with ``--subheads drop``, subheads) and repairs encoding. After a block is
cleaned, :func:`check` verifies that promise from the two texts and the change
records, filter by filter (:func:`check_stage`), so that a failure names the filter:

1. every edit is of a kind its filter may make (``ALLOWED``);
2. the non-whitespace characters of the filter's output are exactly those of its
   input, in order, less what its deleting edits removed and with what its
   encoding repairs put in instead.

Each stage's output is the next stage's input, so together the stages prove the
same of the whole pipeline. The check is linear in the size of the block. A block that fails is written
unchanged by the caller, which also reports the problem.
"""

from __future__ import annotations

from collections.abc import Callable

from cleanfeed.edits import Span


def _visible(text: str) -> str:
    """``text`` without any whitespace: what a reader would miss if it changed."""
    return "".join(text.split())


def _whitespace_only(removed: str, inserted: str, *, subheads: str) -> bool:
    return not _visible(removed) and not _visible(inserted)


def _deletion(removed: str, inserted: str, *, subheads: str) -> bool:
    return not _visible(inserted)


def _subheads(removed: str, inserted: str, *, subheads: str) -> bool:
    if subheads == "drop":
        return _deletion(removed, inserted, subheads=subheads)
    return _whitespace_only(removed, inserted, subheads=subheads)


def _repair(removed: str, inserted: str, *, subheads: str) -> bool:
    # ftfy only ever replaces text that held a non-ASCII character or an HTML entity.
    return not removed.isascii() or "&" in removed


#: What each filter may do. A filter not listed may only change whitespace.
ALLOWED: dict[str, Callable[..., bool]] = {
    "encoding": _repair,
    "credits": _deletion,
    "subheads": _subheads,
    "sentences": _whitespace_only,
}


class SafetyError(Exception):
    """A block failed the safety check; ``filter`` names the filter responsible (if known)."""

    def __init__(self, message: str, filter: str | None = None) -> None:
        super().__init__(message)
        self.filter = filter
        self.offset = 0  # where the block that failed starts in the input


def check_stage(name: str, before: str, spans: list[Span], after: str, *, subheads: str = "split") -> None:
    """Raise :class:`SafetyError` unless filter ``name`` turned ``before`` into ``after`` by allowed edits.

    ``spans`` are the filter's own change records, in ``before``'s coordinates.
    """
    allowed = ALLOWED.get(name, _whitespace_only)
    expected = []
    cursor = 0
    for start, end, replacement in spans:
        removed = before[start:end]
        if not allowed(removed, replacement, subheads=subheads):
            raise SafetyError(
                f"filter {name!r} made a change it may not make at offset {start}: {removed[:60]!r} -> "
                f"{replacement[:60]!r}",
                name,
            )
        expected.append(_visible(before[cursor:start]))
        expected.append(_visible(replacement))
        cursor = end
    expected.append(_visible(before[cursor:]))
    if "".join(expected) != _visible(after):
        raise SafetyError(f"filter {name!r}: text was lost or altered beyond its recorded changes", name)
