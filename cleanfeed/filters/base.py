"""What a filter is: a name, a summary, its modes, and a pure function that finds edits."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from cleanfeed.edits import Span, apply_spans, normalize_spans
from cleanfeed.verify import EDIT_KINDS

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

    ``edit_kind`` is what the filter may do to text, which the safety check in
    :mod:`cleanfeed.verify` holds it to: ``"whitespace"`` (only whitespace changes),
    ``"delete"`` (whole words or glued parts of words go, nothing else changes) or
    ``"repair"`` (only words that hold non-ASCII characters, entities or control
    characters change). A filter whose modes differ maps each mode to its kind
    (``{"split": "whitespace", "drop": "delete", "keep": "whitespace"}``).

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
    edit_kind: str | Mapping[str, str] = field(default="whitespace", hash=False)

    def __post_init__(self) -> None:
        unknown = set(self.context) - set(CONTEXT)
        if unknown:
            raise ValueError(f"filter {self.name!r}: unknown context {sorted(unknown)}; known: {', '.join(CONTEXT)}")
        kinds = {self.edit_kind} if isinstance(self.edit_kind, str) else set(self.edit_kind.values())
        if not kinds <= set(EDIT_KINDS):
            raise ValueError(f"filter {self.name!r}: edit_kind must be one of {', '.join(EDIT_KINDS)}")
        if not isinstance(self.edit_kind, str) and set(self.edit_kind) != set(self.modes):
            raise ValueError(f"filter {self.name!r}: edit_kind must name a kind for each of its modes")

    def kind(self, mode: str | None = None) -> str:
        """What this filter may do to text in ``mode`` (its default mode if None)."""
        if isinstance(self.edit_kind, str):
            return self.edit_kind
        return self.edit_kind[mode or self.modes[0]]

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
