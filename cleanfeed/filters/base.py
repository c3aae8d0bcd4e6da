"""What a filter is: a name, a summary, its modes, and a pure function that finds edits."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from cleanfeed.edits import Span, apply_spans, normalize_spans
from cleanfeed.verify import EDIT_KINDS

#: ``find(text, **options) -> spans``. Options a filter does not declare are never passed.
FindEdits = Callable[..., Iterable[Span]]

#: Where a block stands in its document; a filter that needs to know names these in ``context``.
CONTEXT = ("at_start", "at_end")


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

    # A plain class rather than a dataclass: ``dataclasses`` and the ``inspect`` it imports
    # would be most of what ``import cleanfeed`` costs.
    __slots__ = ("context", "default", "edit_kind", "find", "modes", "modes_help", "name", "summary")

    name: str
    summary: str
    find: FindEdits
    modes: tuple[str, ...]
    modes_help: str
    context: tuple[str, ...]
    default: bool
    edit_kind: str | Mapping[str, str]

    def __init__(
        self,
        name: str,
        summary: str,
        find: FindEdits,
        modes: tuple[str, ...] = (),
        modes_help: str = "",
        context: tuple[str, ...] = (),
        default: bool = True,
        edit_kind: str | Mapping[str, str] = "whitespace",
    ) -> None:
        unknown = set(context) - set(CONTEXT)
        if unknown:
            raise ValueError(f"filter {name!r}: unknown context {sorted(unknown)}; known: {', '.join(CONTEXT)}")
        kinds = {edit_kind} if isinstance(edit_kind, str) else set(edit_kind.values())
        if not kinds <= set(EDIT_KINDS):
            raise ValueError(f"filter {name!r}: edit_kind must be one of {', '.join(EDIT_KINDS)}")
        if not isinstance(edit_kind, str) and set(edit_kind) != set(modes):
            raise ValueError(f"filter {name!r}: edit_kind must name a kind for each of its modes")
        init = super().__setattr__
        init("name", name)
        init("summary", summary)
        init("find", find)
        init("modes", tuple(modes))
        init("modes_help", modes_help)
        init("context", tuple(context))
        init("default", default)
        init("edit_kind", edit_kind)

    def _fields(self) -> tuple:
        return (self.name, self.summary, self.find, self.modes, self.modes_help, self.context, self.default)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"a Filter is immutable; build a new one instead of setting {name!r}")

    def __reduce__(self):
        return (Filter, (*self._fields(), self.edit_kind))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Filter):
            return NotImplemented
        return self._fields() == other._fields() and self.edit_kind == other.edit_kind

    def __hash__(self) -> int:  # edit_kind may be a dict, and equal filters have equal names anyway
        return hash(self._fields())

    def __repr__(self) -> str:
        return f"Filter(name={self.name!r}, summary={self.summary!r}, find={self.find!r}, modes={self.modes!r})"

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
