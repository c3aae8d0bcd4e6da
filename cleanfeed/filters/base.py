"""What a filter is: a name, a one-line summary, and a pure function that finds edits."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from cleanfeed.edits import Span, apply_spans, normalize_spans

#: ``find(text, **options) -> spans``. Options a filter does not list are never passed.
FindEdits = Callable[..., Iterable[Span]]


@dataclass(frozen=True)
class Filter:
    """A named repair.

    ``find`` is pure: it looks at one block of text (see :mod:`cleanfeed.pipeline`)
    and returns the spans it would replace, in that block's coordinates. It takes
    only the keyword options named in ``options``:

    - ``at_start`` / ``at_end``: whether the block begins / ends the document;
    - ``subheads``: ``"split"``, ``"drop"`` or ``"keep"``.
    """

    name: str
    summary: str
    find: FindEdits
    options: tuple[str, ...] = ()

    def __call__(self, text: str, **options: object) -> str:
        """Apply this filter alone to ``text`` and return the result."""
        return apply_spans(text, self.spans(text, **options))

    def spans(self, text: str, **options: object) -> list[Span]:
        wanted = {key: value for key, value in options.items() if key in self.options}
        return normalize_spans(self.find(text, **wanted), len(text), self.name)
