"""What a run changed, counted and sampled for people who audit it, in bounded memory.

:class:`Tally` counts edits per filter (a few integers each, however large the
corpus). :class:`Sampler` draws a reproducible random sample of changes: each
change gets a pseudo-random priority from the seed and the change's place (input
name, record, number within its text), and the sample is the changes of lowest
priority. The sample therefore depends on the seed and the corpus alone: not on
the order in which inputs are processed nor on how they are shared among worker
processes. Samples drawn apart merge into the sample of the whole, and a smaller
sample with the same seed is part of a larger one.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, NamedTuple

#: The seed --sample uses unless told otherwise, so that reruns draw the same sample.
DEFAULT_SEED = 0


class FilterCount:
    """One filter's work."""

    __slots__ = ("changed", "edits", "inserted", "removed")

    def __init__(self, changed: int = 0, edits: int = 0, removed: int = 0, inserted: int = 0) -> None:
        self.changed = changed  # units (files, or records of JSON Lines) with at least one of its edits
        self.edits = edits
        self.removed = removed  # characters
        self.inserted = inserted  # characters

    def as_dict(self) -> dict[str, int]:
        return {"changed": self.changed, "edits": self.edits, "removed": self.removed, "inserted": self.inserted}


class Tally:
    """Per-filter counts of edits, added text by text: a file is one unit, each JSON Lines record one."""

    __slots__ = ("_open", "changed_units", "filters", "units")

    def __init__(self) -> None:
        self.filters: dict[str, FilterCount] = {}
        self.units = 0
        self.changed_units = 0
        self._open: set[str] = set()  # filters with edits in the unit being added

    def add(self, edits: Iterable) -> None:
        """Count edits of the current unit (a unit may arrive in several blocks)."""
        for edit in edits:
            count = self.filters.get(edit.filter)
            if count is None:
                count = self.filters[edit.filter] = FilterCount()
            count.edits += 1
            count.removed += len(edit.removed)
            count.inserted += len(edit.inserted)
            self._open.add(edit.filter)

    def close_unit(self) -> None:
        """The current unit is complete."""
        for name in self._open:
            self.filters[name].changed += 1
        self.units += 1
        self.changed_units += bool(self._open)
        self._open.clear()

    def merge(self, other: Tally) -> None:
        for name, theirs in other.filters.items():
            mine = self.filters.setdefault(name, FilterCount())
            mine.changed += theirs.changed
            mine.edits += theirs.edits
            mine.removed += theirs.removed
            mine.inserted += theirs.inserted
        self.units += other.units
        self.changed_units += other.changed_units

    def count(self, name: str) -> FilterCount:
        """One filter's counts (zero if it made no edit)."""
        return self.filters.get(name) or FilterCount()

    def total(self) -> FilterCount:
        """All filters' counts together; ``changed`` counts each changed unit once."""
        total = FilterCount(changed=self.changed_units)
        for count in self.filters.values():
            total.edits += count.edits
            total.removed += count.removed
            total.inserted += count.inserted
        return total

    def edits(self, names: Iterable[str] | None = None) -> int:
        """How many edits the named filters made (all filters: None)."""
        return sum(c.edits for n, c in self.filters.items() if names is None or n in names)

    def __bool__(self) -> bool:
        return bool(self.filters or self._open)


class SampleSettings(NamedTuple):
    """What ``--sample`` asks for: ``size`` changes drawn with ``seed`` from the named filters' (None: all)."""

    size: int
    seed: int = DEFAULT_SEED
    filters: frozenset[str] | None = None

    def sampler(self) -> Sampler:
        return Sampler(self.size, self.seed)

    def draws(self, filter_name: str) -> bool:
        return self.filters is None or filter_name in self.filters


class Sampler:
    """The ``size`` items of lowest priority offered so far, each kept with a sortable, unique ``order``."""

    def __init__(self, size: int, seed: int) -> None:
        from hashlib import blake2b  # here: OpenSSL's start-up is paid only by runs that sample

        self.size = size
        self._blake2b = blake2b
        self._key = str(seed).encode()
        self._heap: list[tuple[int, Any, Any]] = []  # (-priority, order, item): the largest priority on top

    def priority(self, source: str, record: int | None, number: int) -> int:
        """The change's pseudo-random priority: the same for the same seed and place, whatever the run."""
        place = f"{source}\0{record or 0}\0{number}".encode()
        return int.from_bytes(self._blake2b(place, digest_size=8, key=self._key).digest(), "big")

    def wants(self, priority: int) -> bool:
        """Whether an item of this priority would be kept (ask first: describing a change costs more)."""
        return len(self._heap) < self.size or priority < -self._heap[0][0]

    def keep(self, priority: int, order: Any, item: Any) -> None:
        if not self.wants(priority):
            return
        import heapq  # here: only a run that samples keeps a heap, and start-up counts

        entry = (-priority, order, item)
        if len(self._heap) < self.size:
            heapq.heappush(self._heap, entry)
        else:
            heapq.heapreplace(self._heap, entry)

    def entries(self) -> list[tuple[int, Any, Any]]:
        """``(priority, order, item)`` for every kept item, by order."""
        return sorted(((-p, order, item) for p, order, item in self._heap), key=lambda entry: entry[1])
