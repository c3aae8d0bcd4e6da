"""cleanfeed: repair scraped news text.

>>> from cleanfeed import clean
>>> clean("ZÃ¼rich &amp; Geneva")
'Zürich & Geneva'
"""

from cleanfeed.edits import Edit
from cleanfeed.filters import FILTER_NAMES
from cleanfeed.pipeline import Cleaner, Result, clean, explain

__version__ = "0.1.0"

__all__ = ["FILTER_NAMES", "Cleaner", "Edit", "Result", "__version__", "clean", "explain"]
