"""The filters, in pipeline order. Each module holds one filter with its patterns and word lists."""

from __future__ import annotations

from cleanfeed.filters import credits, embeds, encoding, sentences, subheads
from cleanfeed.filters.base import Filter

#: Every filter cleanfeed runs, in the order the contract gives. ``embeds`` runs after ``credits`` (a
#: credit glued to a signature is cut first) and before ``subheads`` and ``sentences``, so that a
#: signature put on its own line is not read as a subhead or as the end of a run-together sentence.
FILTERS: tuple[Filter, ...] = (encoding.FILTER, credits.FILTER, embeds.FILTER, subheads.FILTER, sentences.FILTER)

FILTER_NAMES: tuple[str, ...] = tuple(f.name for f in FILTERS)


def select(
    only: str | list[str] | tuple[str, ...] | None = None, skip: str | list[str] | tuple[str, ...] | None = None
) -> tuple[Filter, ...]:
    """The filters to run, in pipeline order, given ``only``/``skip`` name lists.

    Names may be given as a list or as one comma-separated string. An unknown name
    raises :class:`ValueError` that lists the valid ones.
    """
    only_names = set(parse_names(only))
    skip_names = set(parse_names(skip))
    unknown = sorted((only_names | skip_names) - set(FILTER_NAMES))
    if unknown:
        raise ValueError(f"unknown filter {', '.join(map(repr, unknown))}; valid filters: {', '.join(FILTER_NAMES)}")
    return tuple(f for f in FILTERS if (only is None or f.name in only_names) and f.name not in skip_names)


def parse_names(value: str | list[str] | tuple[str, ...] | None) -> tuple[str, ...]:
    """Filter names from one comma-separated string or a list of them (``["a,b", "c"]``), in order."""
    if value is None:
        return ()
    items = [value] if isinstance(value, str) else value
    return tuple(name.strip() for item in items for name in item.split(",") if name.strip())
