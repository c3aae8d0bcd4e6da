"""The worker pool stops with the process that runs it."""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time

import pytest

from cleanfeed.parallel import map_in_pool


def _slow(item: int, options: object) -> int:
    time.sleep(0.05)
    return item


@pytest.mark.skipif(os.name != "posix", reason="needs POSIX signals")
def test_sigterm_stops_the_workers_and_leaves_as_exit_143():
    """By default SIGTERM ends the main process at once and its workers go on (rewriting files in
    place); during a pool it leaves the block as SystemExit(143), the workers stopped first."""
    before = signal.getsignal(signal.SIGTERM)
    workers: list[multiprocessing.Process] = []
    with pytest.raises(SystemExit) as stopped, map_in_pool(_slow, list(range(60)), None, 2) as results:
        for done, _ in enumerate(results):
            if done == 2:
                workers = multiprocessing.active_children()
                threading.Timer(0.1, os.kill, (os.getpid(), signal.SIGTERM)).start()
    assert stopped.value.code == 128 + signal.SIGTERM
    assert workers and not any(worker.is_alive() for worker in workers)
    assert signal.getsignal(signal.SIGTERM) == before  # the handler it replaced is back
