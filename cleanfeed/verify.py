"""The run-time safety check: did only allowed edits happen, and did everything else survive?

cleanfeed promises that it only inserts whitespace, removes photo credits (and,
with ``--subheads drop`` / ``--embeds drop``, subheads / embedded posts) and repairs encoding. While a block is
cleaned, :func:`check_stage` verifies that promise for each filter from its
change records and the texts before and after it, so a failure names the filter:

1. every edit is of a kind its filter may make (``ALLOWED``): ``sentences`` and
   (in split mode) ``subheads`` and ``embeds`` only insert or change whitespace, ``credits``
   only deletes, ``encoding`` only rewrites text that held a non-ASCII character
   or an HTML entity;
2. every character outside the edits survived, in order, and nothing else was
   added.

Each stage's output is the next stage's input, so together the stages prove the
same of the whole pipeline. The check costs a few percent of a run. A block that
fails is written unchanged by the caller, which also reports the problem.
"""

from __future__ import annotations

from collections.abc import Callable

from cleanfeed.edits import Span


def _visible(text: str) -> str:
    """``text`` without any whitespace: what a reader would miss if it changed."""
    return "".join(text.split())


def _whitespace_only(removed: str, inserted: str, mode: str | None) -> bool:
    return not _visible(removed) and not _visible(inserted)


def _deletion(removed: str, inserted: str, mode: str | None) -> bool:
    return not _visible(inserted)


def _split_or_drop(removed: str, inserted: str, mode: str | None) -> bool:
    # subheads and embeds: split and keep only change whitespace, drop deletes
    return (_deletion if mode == "drop" else _whitespace_only)(removed, inserted, mode)


def _repair(removed: str, inserted: str, mode: str | None) -> bool:
    # A repair replaces text that held a non-ASCII character (mojibake, a U+FFFD, a stray
    # `Â` or C1 control) or an HTML entity by text no longer than it, and brings no ASCII
    # letter or digit of its own: `Russiaâ€™s` -> `Russia’s`, `&amp;` -> `&`, `don�t` ->
    # `don’t`, `"\x9d` -> `"`. A word rewritten or added is not a repair.
    if (removed.isascii() and "&" not in removed) or len(inserted) > len(removed):
        return False
    letters = iter(char for char in removed if char.isascii() and char.isalnum())
    return all(char in letters for char in inserted if char.isascii() and char.isalnum())


#: What each filter may do. A filter not listed may only change whitespace.
ALLOWED: dict[str, Callable[..., bool]] = {
    "encoding": _repair,
    "credits": _deletion,
    "boilerplate": _deletion,
    "subheads": _split_or_drop,
    "embeds": _split_or_drop,
    "sentences": _whitespace_only,
}


class SafetyError(Exception):
    """A block failed the safety check; ``filter`` names the filter responsible (if known)."""

    def __init__(self, message: str, filter: str | None = None) -> None:
        super().__init__(message)
        self.filter = filter
        self.offset = 0  # where the block that failed starts in the input


class UnstableError(SafetyError):
    """A block was still changing after the pipeline's last pass, so it was left as it was."""


def check_stage(name: str, before: str, spans: list[Span], after: str, *, mode: str | None = None) -> None:
    """Raise :class:`SafetyError` unless filter ``name`` turned ``before`` into ``after`` by allowed edits.

    ``spans`` are the filter's own change records, in ``before``'s coordinates;
    ``mode`` is the filter's mode, for a filter that has modes (``subheads``: ``drop``).
    Every edit must be of a kind the filter may make, and every character of
    ``before`` outside the edits must stand in ``after``, in order, with nothing
    else added. Comparing whole stretches keeps this at memory-copy speed.
    """
    allowed = ALLOWED.get(name, _whitespace_only)
    at = 0  # position in after
    cursor = 0  # position in before
    for start, end, replacement in spans:
        removed = before[start:end]
        if not allowed(removed, replacement, mode):
            raise SafetyError(
                f"filter {name!r} made a change it may not make at offset {start}: {removed[:60]!r} -> "
                f"{replacement[:60]!r}",
                name,
            )
        kept = start - cursor
        if after[at : at + kept] != before[cursor:start] or after[at + kept : at + kept + len(replacement)] != (
            replacement
        ):
            raise SafetyError(f"filter {name!r}: text was lost or altered near offset {cursor}", name)
        at += kept + len(replacement)
        cursor = end
    if after[at:] != before[cursor:]:
        raise SafetyError(f"filter {name!r}: text was lost or altered near offset {cursor}", name)
