"""The process pool, imported only when several files are cleaned with more than one job."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from functools import partial


def map_in_pool(function: Callable, items: list, options, workers: int) -> Iterator:
    """``function(item, options)`` for every item, in worker processes, yielded in input order."""
    chunksize = max(1, min(64, len(items) // (workers * 8)))
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from pool.map(partial(function, options=options), items, chunksize=chunksize)
