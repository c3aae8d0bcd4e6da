"""The filters, in pipeline order. Each module holds one filter with its patterns and word lists."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cache

from cleanfeed.filters import boilerplate, credits, embeds, encoding, sentences, subheads
from cleanfeed.filters.base import Filter

#: Every filter cleanfeed ships, in the order the contract gives. ``boilerplate`` runs right after
#: ``encoding``: it judges decoded lines whole, and a furniture line gone is one the others need not
#: read. ``embeds`` runs after ``credits`` (a credit glued to a signature is cut first) and before
#: ``subheads`` and ``sentences``, so that a signature split off is not read as a subhead or as a
#: run-together sentence.
FILTERS: tuple[Filter, ...] = (
    encoding.FILTER,
    boilerplate.FILTER,
    credits.FILTER,
    embeds.FILTER,
    subheads.FILTER,
    sentences.FILTER,
)

FILTER_NAMES: tuple[str, ...] = tuple(f.name for f in FILTERS)

#: What ``only``, ``skip`` and ``enable`` accept: one comma-separated string or a list of them.
Names = str | list[str] | tuple[str, ...] | None

#: The entry-point group through which an installed package adds filters (see :func:`installed_filters`).
ENTRY_POINT_GROUP = "cleanfeed.filters"


@cache
def installed_filters() -> tuple[Filter, ...]:
    """Filters that installed packages add through the ``cleanfeed.filters`` entry-point group, by name.

    A package declares ``[project.entry-points."cleanfeed.filters"] NAME = "module:FILTER"``,
    FILTER being a :class:`~cleanfeed.filters.base.Filter`. They are looked up only
    when a name cleanfeed does not ship is asked for (or the filters are listed), so
    start-up never pays for the scan, and they run only when named (``enable`` or
    ``only``): installing a package never changes what cleanfeed does by itself.
    """
    from importlib.metadata import entry_points  # deferred: scanning installed packages takes milliseconds

    found = []
    for point in entry_points(group=ENTRY_POINT_GROUP):
        try:
            filt = point.load()
        except Exception as error:  # a broken package must be named, not crash with a traceback
            raise ValueError(f"installed filter {point.name!r} ({point.value}) could not be loaded: {error}") from None
        if not isinstance(filt, Filter) or filt.name != point.name:
            raise ValueError(f"installed filter {point.name!r} ({point.value}) is not a Filter named {point.name!r}")
        found.append(filt)
    return tuple(sorted(found, key=lambda f: f.name))


def available(names: Iterable[str] = (), extra: Iterable[Filter] = ()) -> tuple[Filter, ...]:
    """The filters ``names`` may be chosen from: cleanfeed's own, then ``extra`` ones, and the
    installed ones when some name is neither. Raises :class:`ValueError` if two share a name."""
    table = (*FILTERS, *extra)
    if not set(names) <= {f.name for f in table}:
        table += installed_filters()
    seen = [f.name for f in table]
    if twice := sorted({name for name in seen if seen.count(name) > 1}):
        raise ValueError(f"two filters share the name {', '.join(map(repr, twice))}")
    return table


def select(
    only: Names = None, skip: Names = None, enable: Names = None, *, available: tuple[Filter, ...] = FILTERS
) -> tuple[Filter, ...]:
    """The filters to run, in pipeline order: ``only`` these, else those on by default plus ``enable``; less ``skip``.

    An unknown name raises :class:`ValueError` that lists the valid ones, and so
    does a choice that leaves nothing to run.

    >>> [f.name for f in select(skip="credits,encoding")]
    ['boilerplate', 'embeds', 'subheads', 'sentences']
    """
    only_names, skip_names, enable_names = (set(check_names(value, available)) for value in (only, skip, enable))
    if only is not None and not only_names:  # `--only ""`: nothing would be a surprise, everything a worse one
        raise ValueError("no filter to run: only names none")
    chosen = tuple(
        f
        for f in available
        if (f.name in only_names if only_names else f.default or f.name in enable_names) and f.name not in skip_names
    )
    if not chosen:
        raise ValueError("no filter left to run: every filter chosen is also skipped")
    return chosen


def check_names(value: Names, available: tuple[Filter, ...] = FILTERS) -> tuple[str, ...]:
    """The filter names in ``value`` (see :func:`parse_names`); :class:`ValueError` if one is unknown."""
    names = parse_names(value)
    known = [f.name for f in available]
    if unknown := sorted(set(names) - set(known)):
        raise ValueError(f"unknown filter {', '.join(map(repr, unknown))}; valid filters: {', '.join(known)}")
    return names


def check_modes(modes: Mapping[str, str], available: tuple[Filter, ...] = FILTERS) -> dict[str, str]:
    """``modes`` (filter name -> mode) checked against the filters' declared modes.

    >>> check_modes({"subheads": "drop"})
    {'subheads': 'drop'}
    """
    by_name = {f.name: f for f in available if f.modes}
    for name, mode in modes.items():
        if name not in by_name:
            raise TypeError(f"unknown option {name!r}; filters with modes: {', '.join(by_name) or 'none'}")
        by_name[name].check_mode(mode)
    return dict(modes)


def parse_names(value: Names) -> tuple[str, ...]:
    """Filter names from one comma-separated string or a list of them (``["a,b", "c"]``), in order."""
    if value is None:
        return ()
    items = [value] if isinstance(value, str) else value
    return tuple(name.strip() for item in items for name in item.split(",") if name.strip())
