"""What a filter is: a name, a summary, its modes, and a pure function that finds edits."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from cleanfeed.edits import Span, apply_spans, normalize_spans

#: ``find(text, **options) -> spans``. Options a filter does not declare are never passed.
FindEdits = Callable[..., Iterable[Span]]

#: Where a block stands in its document; a filter that needs to know names these in ``context``.
CONTEXT = ("at_start", "at_end")


@dataclass(frozen=True)
class Filter:
    """A named repair.

    ``find`` is pure: it looks at one block of text (see :mod:`cleanfeed.pipeline`)
    and returns the spans it would replace, in that block's coordinates. It takes
    only the keyword options its filter declares:

    - ``mode``, when ``modes`` is not empty: one of ``modes``, the first being the
      default (``subheads``: ``split``, ``drop`` or ``keep``). The command line,
      config files and :class:`~cleanfeed.Cleaner` take it under the filter's name
      (``--subheads drop``, ``subheads = "drop"``, ``Cleaner(subheads="drop")``);
      ``modes_help`` says what each mode does, for ``--help``;
    - ``at_start`` / ``at_end``, when listed in ``context``: whether the block
      begins / ends the document.

    A filter with ``default=False`` runs only when asked for (``enable`` or ``only``).

    >>> import re
    >>> shout = Filter("shout", "upper-case ok", lambda text: [Span(*m.span(), "OK") for m in re.finditer("ok", text)])
    >>> shout("ok, ok")
    'OK, OK'
    """

    name: str
    summary: str
    find: FindEdits
    modes: tuple[str, ...] = ()
    modes_help: str = ""
    context: tuple[str, ...] = ()
    default: bool = True

    def __post_init__(self) -> None:
        unknown = set(self.context) - set(CONTEXT)
        if unknown:
            raise ValueError(f"filter {self.name!r}: unknown context {sorted(unknown)}; known: {', '.join(CONTEXT)}")

    @property
    def default_mode(self) -> str | None:
        return self.modes[0] if self.modes else None

    def check_mode(self, mode: str) -> str:
        """``mode`` if this filter has it, else :class:`ValueError` naming the valid ones."""
        if not self.modes:
            raise ValueError(f"filter {self.name!r} has no modes")
        if mode not in self.modes:
            raise ValueError(f"{self.name} must be one of {', '.join(self.modes)}, not {mode!r}")
        return mode

    def __call__(self, text: str, *, mode: str | None = None, at_start: bool = True, at_end: bool = True) -> str:
        """Apply this filter alone to ``text`` (a whole document unless told otherwise) and return the result."""
        return apply_spans(text, self.spans(text, mode=mode, at_start=at_start, at_end=at_end))

    def spans(self, text: str, *, mode: str | None = None, at_start: bool = True, at_end: bool = True) -> list[Span]:
        """The checked, sorted spans this filter would replace in ``text``."""
        options: dict[str, object] = {}
        if self.modes:
            options["mode"] = self.check_mode(mode) if mode is not None else self.default_mode
        if "at_start" in self.context:
            options["at_start"] = at_start
        if "at_end" in self.context:
            options["at_end"] = at_end
        return normalize_spans(self.find(text, **options), len(text), self.name)
