"""Clean Dask collections and file batches on a Dask cluster (``pip install 'cleanfeed[dask]'``).

>>> import dask.bag as db                                       # doctest: +SKIP
>>> from cleanfeed import Cleaner
>>> from cleanfeed.dask import clean_bag
>>> clean_bag(db.from_sequence(texts), Cleaner()).compute()     # doctest: +SKIP

A :class:`~cleanfeed.Cleaner` is immutable and picklable: it is built once and
shipped to every worker, so each worker runs exactly what a local run would.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from cleanfeed.pipeline import Cleaner


def resolve_cleaner(cleaner: Cleaner | None, options: dict[str, Any]) -> Cleaner:
    """``cleaner``, or a Cleaner built from ``options``; the helpers here and in
    :mod:`cleanfeed.integrations` take one or the other."""
    if cleaner is not None and options:
        raise TypeError("give either a Cleaner or cleaning options, not both")
    return cleaner if cleaner is not None else Cleaner(**options)


def clean_bag(bag, cleaner: Cleaner | None = None, **options):
    """A bag of cleaned texts, element for element (lazy, like every bag operation)."""
    cleaner = resolve_cleaner(cleaner, options)
    return bag.map(cleaner)


def clean_series(series, cleaner: Cleaner | None = None, **options):
    """A Dask Series of cleaned texts (lazy)."""
    cleaner = resolve_cleaner(cleaner, options)
    return series.map(cleaner, meta=(series.name, "object"))


def clean_column(frame, column: str, cleaner: Cleaner | None = None, *, into: str | None = None, **options):
    """``frame`` with ``column`` cleaned (into ``into`` instead, if given; lazy)."""
    cleaner = resolve_cleaner(cleaner, options)
    return frame.assign(**{into or column: clean_series(frame[column], cleaner)})


class ClusterError(Exception):
    """The cluster cannot be used; ``exit_code`` is 2 for a usage error (a bad address, the
    extra not installed), 3 when the scheduler cannot be reached."""

    def __init__(self, message: str, exit_code: int) -> None:
        super().__init__(message)
        self.exit_code = exit_code


#: Seconds to wait for the scheduler before giving up.
CONNECT_TIMEOUT = 10


def map_on_cluster(
    function: Callable[[Any, Any], Any], jobs: list, options: Any, scheduler: str, *, chunk: int = 64
) -> Iterator[Any]:
    """``function(job, options)`` for every job on the cluster at ``scheduler``, yielded in input order.

    Jobs travel in chunks of ``chunk`` files, so the scheduler's per-task cost
    (milliseconds) is paid per chunk, not per small file. Inputs and outputs must
    be on a filesystem every worker sees under the same paths.
    """
    with _connect(scheduler) as client:
        chunks = [jobs[i : i + chunk] for i in range(0, len(jobs), chunk)]
        futures = client.map(_process_chunk, chunks, function=function, options=options, pure=False)
        for future in futures:
            yield from future.result()
            future.release()


def _connect(scheduler: str):
    """A client of the scheduler, or one clear :class:`ClusterError` instead of a traceback."""
    try:
        from distributed import Client
    except ImportError:
        raise ClusterError("--scheduler needs the dask extra: pip install 'cleanfeed[dask]'", 2) from None
    from distributed.comm import parse_address

    try:
        parse_address(scheduler, strict=True)
        return Client(scheduler, timeout=CONNECT_TIMEOUT)
    except ValueError as error:
        raise ClusterError(f"--scheduler {scheduler}: not a scheduler address ({error})", 2) from None
    except (OSError, TimeoutError) as error:
        raise ClusterError(f"cannot reach the Dask scheduler at {scheduler}: {error}", 3) from None


def _process_chunk(jobs: list, function: Callable[[Any, Any], Any], options: Any) -> list:
    return [function(job, options) for job in jobs]
