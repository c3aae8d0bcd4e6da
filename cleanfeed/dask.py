"""Clean Dask collections and file batches on a Dask cluster (``pip install 'cleanfeed[dask]'``).

>>> import dask.bag as db                                       # doctest: +SKIP
>>> from cleanfeed import Cleaner
>>> from cleanfeed.dask import clean_bag
>>> clean_bag(db.from_sequence(texts), Cleaner()).compute()     # doctest: +SKIP

A :class:`~cleanfeed.Cleaner` is immutable and picklable: it is built once and
shipped to every worker, so each worker runs exactly what a local run would.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from cleanfeed.pipeline import Cleaner

if TYPE_CHECKING:
    from cleanfeed.batch import Job, Options, Outcome


def _cleaner(cleaner: Cleaner | None, options: dict[str, Any]) -> Cleaner:
    if cleaner is not None and options:
        raise TypeError("give either a Cleaner or cleaning options, not both")
    return cleaner if cleaner is not None else Cleaner(**options)


def clean_bag(bag, cleaner: Cleaner | None = None, **options):
    """A bag of cleaned texts, element for element (lazy, like every bag operation)."""
    cleaner = _cleaner(cleaner, options)
    return bag.map(cleaner)


def clean_series(series, cleaner: Cleaner | None = None, **options):
    """A Dask Series of cleaned texts (lazy)."""
    cleaner = _cleaner(cleaner, options)
    return series.map(cleaner, meta=(series.name, "object"))


def clean_column(frame, column: str, cleaner: Cleaner | None = None, *, into: str | None = None, **options):
    """``frame`` with ``column`` cleaned (into ``into`` instead, if given; lazy)."""
    cleaner = _cleaner(cleaner, options)
    return frame.assign(**{into or column: clean_series(frame[column], cleaner)})


def map_on_cluster(jobs: list[Job], options: Options, scheduler: str, *, chunk: int = 64) -> Iterator[Outcome]:
    """Run the file jobs on the cluster at ``scheduler``; outcomes come back in input order.

    Jobs travel in chunks of ``chunk`` files, so the scheduler's per-task cost
    (milliseconds) is paid per chunk, not per small file. Inputs and outputs must
    be on a filesystem every worker sees under the same paths.
    """
    from distributed import Client

    with Client(scheduler) as client:
        chunks = [jobs[i : i + chunk] for i in range(0, len(jobs), chunk)]
        futures = client.map(_process_chunk, chunks, options=options, pure=False)
        for future in futures:
            yield from future.result()
            future.release()


def _process_chunk(jobs: list[Job], options: Options) -> list[Outcome]:
    from cleanfeed.batch import process

    return [process(job, options) for job in jobs]
