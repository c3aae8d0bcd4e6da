"""The process pool, imported only when several files are cleaned with more than one job."""

from __future__ import annotations

import contextlib
import signal
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from functools import partial


class WorkerDied(Exception):
    """A worker process ended abruptly (killed, out of memory); the files it had were not processed."""


@contextlib.contextmanager
def map_in_pool(function: Callable, items: list, options, workers: int) -> Iterator[Iterator]:
    """``function(item, options)`` for every item, in worker processes, yielded in input order.

    Leaving the block by an exception (Ctrl-C, a closed stdout) stops the workers at
    once; a file being rewritten in place is then left as it was (writes are atomic).
    """
    chunksize = max(1, min(64, len(items) // (workers * 8)))
    pool = ProcessPoolExecutor(max_workers=workers, initializer=_ignore_interrupts)
    try:
        yield _results(pool.map(partial(function, options=options), items, chunksize=chunksize))
    except BaseException:
        _terminate(pool)
        raise
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _results(results: Iterator) -> Iterator:
    try:
        yield from results
    except BrokenProcessPool:
        raise WorkerDied("a worker process died") from None


def _terminate(pool: ProcessPoolExecutor) -> None:
    # Python 3.14 has pool.terminate_workers(); before it, the worker processes are only reachable here.
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        process.terminate()


def _ignore_interrupts() -> None:
    # Ctrl-C reaches the whole process group; the main process alone decides what to do about it.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
