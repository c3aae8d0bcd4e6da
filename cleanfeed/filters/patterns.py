"""Regular expressions compiled on first use, so start-up pays only for the ones a run needs.

The filters hold about a hundred patterns; compiling them all at import costs
more than importing click, and a typical text reaches only a third of them (a
filter's cheap gate turns most text away before its other patterns run).
"""

from __future__ import annotations

import re
from typing import Any, cast

# What a filter calls on a pattern; after the first call each is the compiled pattern's own method.
_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "groups", "groupindex")


class _LazyPattern:
    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern  # readable before compiling, to build larger patterns from this one
        self.flags = flags

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        compiled = re.compile(self.pattern, self.flags)
        for method in _METHODS:  # from now on found on the instance: no indirection per call
            setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy_compile({self.pattern!r}, {self.flags!r})"


def lazy_compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, done the first time the pattern is used.

    >>> WORD = lazy_compile(r"[^\\W\\d_]+")
    >>> WORD.findall("a1 bc")
    ['a', 'bc']
    >>> WORD.pattern
    '[^\\\\W\\\\d_]+'
    """
    return cast(re.Pattern[str], _LazyPattern(pattern, flags))
