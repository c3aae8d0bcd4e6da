"""The process pool, imported only when several files are cleaned with more than one job."""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from functools import partial


class WorkerDied(Exception):
    """A worker process ended abruptly (killed, out of memory); the files it had were not processed."""


@contextlib.contextmanager
def map_in_pool(function: Callable, items: list, options, workers: int) -> Iterator[Iterator]:
    """``function(item, options)`` for every item, in worker processes, yielded in input order.

    Leaving the block by an exception (Ctrl-C, a closed stdout, a SIGTERM to this
    process) stops the workers at once; a file being rewritten in place is then left
    as it was (writes are atomic).
    """
    chunksize = max(1, min(64, len(items) // (workers * 8)))
    pool = ProcessPoolExecutor(max_workers=workers, initializer=_ignore_interrupts)
    previous = _exit_on_terminate()
    try:
        yield _results(pool.map(partial(function, options=options), items, chunksize=chunksize))
    except BaseException:
        _terminate(pool)
        raise
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


def _exit_on_terminate() -> signal.Handlers | Callable | int | None:
    """Make SIGTERM leave the pool's block as an exception, so the workers stop with this process
    (by default it ends the process at once and the workers go on, rewriting files); the handler
    it replaces, or None where signals cannot be handled (not the main thread, no SIGTERM)."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "SIGTERM"):
        return None
    return signal.signal(signal.SIGTERM, _raise_exit)


def _raise_exit(signum: int, _frame: object) -> None:
    raise SystemExit(128 + signum)


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
