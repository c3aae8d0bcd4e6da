"""``spaces``: an example cleanfeed filter, installed as its own package.

Scrapers leave runs of spaces where they dropped an inline element or a quote
mark (``it  s``, ``said  The``). This filter turns a run of two or more spaces
or tabs between two words into one space; indentation and line ends stay.

>>> FILTER("Prices  rose.   Next\\tmonth")
'Prices rose. Next\\tmonth'
"""

from __future__ import annotations

import re

from cleanfeed.edits import Span
from cleanfeed.filters.base import Filter

# A run of two or more spaces or tabs with a visible character on each side.
_RUN = re.compile(r"(?<=\S)[ \t]{2,}(?=\S)")


def find_space_runs(text: str) -> list[Span]:
    """One span per run of spaces between two words, replacing it with one space."""
    return [Span(match.start(), match.end(), " ") for match in _RUN.finditer(text)]


FILTER = Filter(
    name="spaces",
    summary="collapse runs of spaces between words into one (it  s → it s)",
    find=find_space_runs,
    edit_kind="whitespace",  # the safety check holds it to changing whitespace only
    default=False,  # installed filters run only when named anyway: --enable spaces
)
