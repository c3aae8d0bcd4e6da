"""cleanfeed in Hugging Face ``datasets`` maps (``pip install 'cleanfeed[hf]'``).

A :class:`~cleanfeed.Cleaner` is a picklable function of a text, so it needs no
helper for a plain map, in any number of processes::

    cleaner = Cleaner(subheads="drop")
    dataset = dataset.map(lambda record: {"text": cleaner(record["text"])}, num_proc=4)

:func:`clean_dataset` cleans one column with a batched map and can record each
record's changes beside it; :func:`clean_batch` is the function it maps, for your
own ``map`` calls.

The changes column holds, for each record, the list of its changes in the order
they occur, each ``{"filter", "start", "end", "removed", "inserted"}`` with
``start``/``end`` positions in the original text: the records ``cleanfeed --jsonl
--changes-field`` writes, and ``[]`` for a record left as it was. Their number is
the record's change count, and their ``filter`` says which filter to thank or to
audit: ``dataset.filter(lambda r: any(c["filter"] == "credits" for c in r["changes"]))``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from cleanfeed.dask import resolve_cleaner
from cleanfeed.pipeline import Cleaner

Batch = dict[str, list[Any]]


def clean_batch(
    cleaner: Cleaner | None = None, *, column: str = "text", changes_column: str | None = None, **options: Any
) -> Callable[[Batch], Batch]:
    """A function for ``dataset.map(..., batched=True)`` that cleans ``column``, and writes
    each record's changes into ``changes_column`` when one is named.

    With a changes column, give ``map`` the output's features
    (``features=changes_features(dataset.features, changes_column)``), as
    :func:`clean_dataset` does: a batch in which no record changed holds only empty
    lists, which do not tell Arrow the column's type.
    """
    return _BatchCleaner(resolve_cleaner(cleaner, options), column, changes_column)


def clean_dataset(
    dataset: Any,
    cleaner: Cleaner | None = None,
    *,
    column: str = "text",
    changes_column: str | None = None,
    **map_options: Any,
) -> Any:
    """``dataset`` (a ``Dataset`` or ``IterableDataset``) with ``column`` cleaned by ``cleaner``
    (default ``Cleaner()``) and, if ``changes_column`` is named, each record's changes in it.
    ``map_options`` go to ``dataset.map`` (``num_proc``, ``batch_size``, ``desc``, ...)."""
    function = clean_batch(cleaner, column=column, changes_column=changes_column)
    features = dataset.features
    if changes_column is not None and features is not None:
        features = changes_features(features, changes_column)
    return dataset.map(function, batched=True, features=features, **map_options)


def changes_features(features: Any, changes_column: str) -> Any:
    """``features`` with ``changes_column`` added (or replaced) as a list of change records."""
    from datasets import Features, List, Value

    change = {
        "filter": Value("string"),
        "start": Value("int64"),
        "end": Value("int64"),
        "removed": Value("string"),
        "inserted": Value("string"),
    }
    return Features({**features, changes_column: List(change)})


class _BatchCleaner:
    """The function :func:`clean_batch` returns: a class, so that it pickles for ``num_proc``
    and hashes the same in every run (``datasets`` caches a map by its function's hash)."""

    __slots__ = ("changes_column", "cleaner", "column")

    def __init__(self, cleaner: Cleaner, column: str, changes_column: str | None) -> None:
        self.cleaner = cleaner
        self.column = column
        self.changes_column = changes_column

    def __call__(self, batch: Batch) -> Batch:
        if self.changes_column is None:
            return {self.column: [self.cleaner(text) for text in batch[self.column]]}
        results = [self.cleaner.explain(text) for text in batch[self.column]]
        return {
            self.column: [result.text for result in results],
            self.changes_column: [[edit._asdict() for edit in result.edits] for result in results],
        }
