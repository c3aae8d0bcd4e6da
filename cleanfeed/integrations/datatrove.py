"""cleanfeed as a datatrove pipeline step (``pip install 'cleanfeed[datatrove]'``).

>>> from datatrove.executor import LocalPipelineExecutor
>>> from datatrove.pipeline.readers import JsonlReader
>>> from datatrove.pipeline.writers import JsonlWriter
>>> from cleanfeed.integrations.datatrove import CleanfeedFormatter
>>> steps = [JsonlReader("raw/"), CleanfeedFormatter(subheads="drop"), JsonlWriter("clean/")]
>>> LocalPipelineExecutor(steps, tasks=4).run()                   # doctest: +SKIP

Each document's text becomes exactly what ``Cleaner(...)(text)`` makes of it. The
step counts what it did in datatrove's own stats, so the counts appear in the run
summary and in ``stats.json`` beside every other step's:

``changed``
    documents whose text changed;
``edits_<filter>``
    changes made by that filter (the per-document figures are over the documents it changed);
``blocks_left_unchanged``
    blocks the safety check refused and left as they were (each one is also logged as a warning).
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from datatrove.pipeline.formatters.base import BaseFormatter
from datatrove.utils.logging import logger

from cleanfeed.dask import resolve_cleaner
from cleanfeed.pipeline import Cleaner


class CleanfeedFormatter(BaseFormatter):
    """Clean each document's text with a :class:`~cleanfeed.Cleaner`.

    Give a ``cleaner`` or ``Cleaner``'s options (``only``, ``skip``, ``enable``,
    ``verify``, ``extra_filters``, filter modes such as ``subheads="drop"``), not both.
    The step pickles (the Cleaner by its options), so datatrove can ship it to
    local workers or Slurm jobs.
    """

    name = "🧹 cleanfeed"

    def __init__(self, cleaner: Cleaner | None = None, **options: Any) -> None:
        super().__init__()
        self.cleaner = resolve_cleaner(cleaner, options)

    def format(self, text: str) -> str:
        result = self.cleaner.explain(text)
        if result.edits:
            self.stat_update("changed")
            for name, count in Counter(edit.filter for edit in result.edits).items():
                self.stat_update(f"edits_{name}", value=count)
        if result.problems:
            self.stat_update("blocks_left_unchanged", value=len(result.problems))
            for problem in result.problems:
                logger.warning(f"cleanfeed left a block unchanged at offset {problem.offset}: {problem}")
        return result.text
