"""Run the filters over a text, block by block, and keep every change they make.

A text is cut into *blocks* at paragraph breaks (blank lines) once a block has
grown past :data:`BLOCK_TARGET` characters. Every filter decides from the block
it sees and nothing else, so a huge input streams through in bounded memory and
the result does not depend on how the input was read: :meth:`Cleaner.explain`
on a whole string and :meth:`Cleaner.stream` over its pieces cut the same
blocks and give the same output.

A paragraph longer than :data:`BLOCK_LIMIT` with no blank line in it is cut at
its last line break before the limit, or failing that at its last whitespace,
so even a 50 MB single-line file is handled in ~1 MB steps. A repair that would
straddle such a cut (rare: it needs a glued junction exactly there) is missed,
never made wrongly.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import NamedTuple

from cleanfeed.edits import Edit, PositionMap, apply_spans, back_through
from cleanfeed.filters import Filter, Names, available, check_modes, parse_names, select
from cleanfeed.filters.patterns import lazy_compile
from cleanfeed.verify import SafetyError, UnstableError, check_stage

BLOCK_TARGET = 64 * 1024
BLOCK_LIMIT = 1024 * 1024

#: How many times a block goes through the filters at most: a pass that changes
#: nothing ends it, and a block still changing after the last pass is left as it was.
MAX_PASSES = 3

# One or more blank lines (whitespace only) after a line break: a paragraph break. (Compiled on first
# use, like the filters' patterns: only a text longer than BLOCK_TARGET is cut.)
_PARAGRAPH_BREAK = lazy_compile(r"\n[ \t\r\f\v]*\n(?:[ \t\r\f\v]*\n)*")
# A block is cut only where a non-blank line follows the break (bounded, so that
# deciding never needs more than _LOOKAHEAD characters past the limit).
_NONBLANK_LINE_START = lazy_compile(r"[ \t\r\f\v]{0,256}\S")
_LOOKAHEAD = 4096


class Result(NamedTuple):
    """A cleaned text, the changes that made it (positioned in the input), and any
    safety-check failures (blocks that were left unchanged because of them)."""

    text: str
    edits: list[Edit]
    problems: tuple[SafetyError, ...] = ()

    @property
    def changed(self) -> bool:
        return bool(self.edits)


class Cleaner:
    """A configured pipeline: build it once, call it on many texts.

    >>> clean = Cleaner(skip=["encoding"])
    >>> clean("Plain text.")
    'Plain text.'

    ``only``, ``skip`` and ``enable`` take filter names (a list, or one
    comma-separated string); a filter with modes takes its mode as a keyword named
    after it (``Cleaner(subheads="drop")``). ``extra_filters`` are your own
    :class:`~cleanfeed.filters.base.Filter` objects, run after cleanfeed's own (those
    with ``default=False`` only when enabled); a filter an installed package adds
    (:func:`~cleanfeed.filters.installed_filters`) runs when named in ``enable`` or
    ``only``. Every filter gets the same records, stability passes and safety check.
    A Cleaner is immutable and picklable (given filters whose ``find`` pickles), so
    it can be shipped to worker processes.
    """

    __slots__ = ("enable", "extra_filters", "filters", "modes", "only", "skip", "verify")

    only: tuple[str, ...] | None
    skip: tuple[str, ...]
    enable: tuple[str, ...]
    verify: bool
    extra_filters: tuple[Filter, ...]
    modes: dict[str, str]
    filters: tuple[Filter, ...]  # the ones that run, in order

    def __init__(
        self,
        *,
        only: Names = None,
        skip: Names = None,
        enable: Names = None,
        verify: bool = True,
        extra_filters: Iterable[Filter] = (),
        **modes: str,
    ) -> None:
        init = super().__setattr__
        init("only", parse_names(only) if only is not None else None)
        init("skip", parse_names(skip))
        init("enable", parse_names(enable))
        init("verify", verify)
        init("extra_filters", tuple(extra_filters))
        table = available([*(self.only or ()), *self.skip, *self.enable, *modes], self.extra_filters)
        init("modes", check_modes(modes, table))
        init("filters", select(self.only, self.skip, self.enable, available=table))

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"a Cleaner is immutable; build a new one instead of setting {name!r}")

    def __reduce__(self):
        return (_rebuild, (self.only, self.skip, self.enable, self.verify, self.extra_filters, self.modes))

    def __repr__(self) -> str:
        extra = f", extra_filters={[f.name for f in self.extra_filters]!r}" if self.extra_filters else ""
        modes = "".join(f", {name}={mode!r}" for name, mode in self.modes.items())
        return (
            f"Cleaner(only={self.only!r}, skip={self.skip!r}, enable={self.enable!r}, verify={self.verify!r}"
            f"{extra}{modes})"
        )

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Cleaner) and self.__reduce__() == other.__reduce__()

    def __hash__(self) -> int:
        return hash((self.filter_names, self.verify, tuple(sorted(self.modes.items()))))

    def mode(self, name: str) -> str | None:
        """The mode filter ``name`` runs in (None for a filter without modes)."""
        return self.modes.get(name, next((f.default_mode for f in self.filters if f.name == name), None))

    @property
    def filter_names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.filters)

    def __call__(self, text: str) -> str:
        """The cleaned text."""
        return self.explain(text).text

    def explain(self, text: str) -> Result:
        """The cleaned text and every change, with positions in ``text``.

        ``text`` is a ``str``: bytes are refused rather than guessed at (the command line's
        decoding rules, UTF-8 with a cp1252 fallback, are :func:`cleanfeed.io.decode_chunks`).
        """
        if not isinstance(text, str):
            raise TypeError(
                f"cleanfeed cleans str, not {type(text).__name__}"
                + (": decode it first, e.g. data.decode('utf-8')" if isinstance(text, (bytes, bytearray)) else "")
            )
        if len(text) <= BLOCK_TARGET:  # one block, as iter_blocks would cut it: most articles
            try:
                return Result(*self.clean_block(text))
            except SafetyError as error:
                return Result(text, [], (error,))
        parts: list[str] = []
        edits: list[Edit] = []
        problems: list[SafetyError] = []
        for cleaned, block_edits in self.stream([text], problems=problems):
            parts.append(cleaned)
            edits.extend(block_edits)
        return Result("".join(parts), edits, tuple(problems))

    def stream(
        self, pieces: Iterable[str], *, problems: list[SafetyError] | None = None
    ) -> Iterator[tuple[str, list[Edit]]]:
        """Clean text arriving in pieces; yield ``(cleaned block, its edits)`` as blocks complete.

        Edit positions count from the start of the whole input. A block that fails
        the safety check is yielded unchanged, and its :class:`SafetyError` is
        appended to ``problems``.
        """
        for offset, _block, cleaned, block_edits in self.blocks(pieces, problems=problems):
            yield cleaned, [e.shifted(offset) for e in block_edits] if offset else block_edits

    def blocks(
        self, pieces: Iterable[str], *, problems: list[SafetyError] | None = None
    ) -> Iterator[tuple[int, str, str, list[Edit]]]:
        """Like :meth:`stream`, for callers that show changes in context: yield
        ``(offset of the block in the input, block, cleaned block, edits positioned in the block)``."""
        for offset, block, at_start, at_end in iter_blocks(pieces):
            try:
                cleaned, block_edits = self.clean_block(block, at_start=at_start, at_end=at_end)
            except SafetyError as error:
                error.offset = offset
                if problems is not None:
                    problems.append(error)
                cleaned, block_edits = block, []
            yield offset, block, cleaned, block_edits

    def clean_block(self, block: str, *, at_start: bool = True, at_end: bool = True) -> tuple[str, list[Edit]]:
        """Run the filters over one block until a pass changes nothing; edits are positioned in ``block``.

        A filter's repair can expose work for a filter before it (a space put in
        after a quote lets a credit be read), so a block that changed goes through
        every filter again, up to :data:`MAX_PASSES` times, and the output is
        stable: cleaning it again changes nothing. Raises :class:`SafetyError` when
        a filter fails, when (with ``verify``) it makes a change it may not make,
        or when the block is still changing after the last pass.
        """
        text = block
        maps: list[PositionMap] = []  # one per filter that changed something, in the order they ran
        edits: list[Edit] = []
        # Filters are pure, so the block is stable once every filter in a row has found nothing to
        # change in the same text: a filter that found nothing after the last change is not asked again.
        settled = 0
        for _ in range(MAX_PASSES):
            changed_by = []
            for filt in self.filters:
                if settled == len(self.filters):
                    break
                cleaned = self._run_filter(filt, text, maps, edits, at_start=at_start, at_end=at_end)
                if cleaned is None:
                    settled += 1
                else:
                    text, settled = cleaned, 0
                    changed_by.append(filt.name)
            if not changed_by:
                edits.sort(key=lambda e: (e.start, e.end))
                return text, edits
        raise UnstableError(
            f"the block is still changing after {MAX_PASSES} passes (last changed by {', '.join(changed_by)})",
            changed_by[0],
        )

    def _run_filter(
        self, filt: Filter, text: str, maps: list[PositionMap], edits: list[Edit], *, at_start: bool, at_end: bool
    ) -> str | None:
        """Run one filter over ``text``; append its records (mapped back through ``maps``) to ``edits``.

        Returns the text it made, or None when it found nothing to change.
        """
        try:
            spans = filt.spans(text, mode=self.modes.get(filt.name), at_start=at_start, at_end=at_end)
        except Exception as error:  # a filter bug must cost one block's repairs, not the run
            raise SafetyError(f"filter {filt.name!r} failed: {error!r}", filt.name) from error
        if not spans:
            return None
        cleaned = apply_spans(text, spans)
        if self.verify:
            check_stage(filt.name, filt.kind(self.mode(filt.name)), text, cleaned, spans)
        for start, end, replacement in spans:
            edits.append(Edit(filt.name, *back_through(maps, start, end), text[start:end], replacement))
        maps.append(PositionMap(spans))
        return cleaned


def _rebuild(only, skip, enable, verify, extra_filters, modes) -> Cleaner:
    return Cleaner(only=only, skip=skip, enable=enable, verify=verify, extra_filters=extra_filters, **modes)


def clean(text: str, **options) -> str:
    """Clean ``text`` exactly as the command line does with the same options.

    ``options`` are :class:`Cleaner`'s: ``only``, ``skip``, ``enable``, ``verify``,
    ``extra_filters`` and filter modes (``subheads="drop"``).

    >>> clean("Prices rose.Next month may be worse.", only=["encoding"])
    'Prices rose.Next month may be worse.'
    >>> clean("Read on.Our subheadThe story goes on.", subheads="drop")
    'Read on.\\n\\nThe story goes on.'
    """
    return Cleaner(**options)(text)


def explain(text: str, **options) -> Result:
    """Like :func:`clean`, but also return the list of :class:`~cleanfeed.edits.Edit` records."""
    return Cleaner(**options).explain(text)


def iter_blocks(pieces: Iterable[str]) -> Iterator[tuple[int, str, bool, bool]]:
    """Cut text arriving in ``pieces`` into blocks: ``(offset, block, at_start, at_end)``.

    The cuts depend only on the text, never on how it was split into pieces.
    Empty input gives one empty block.
    """
    buffer = ""
    pos = 0  # start of the current block in buffer
    consumed = 0  # characters dropped from the front of buffer so far
    waiting: list[str] = []  # pieces not yet joined onto buffer (joining each small piece would be quadratic)
    waiting_size = 0
    at_start = True
    held: tuple[int, str, bool] | None = None  # a block waiting to learn whether it is the last
    iterator = iter(pieces)
    final = False
    while not final:
        piece = next(iterator, None)
        if piece is None:
            final = True
        else:
            waiting.append(piece)
            waiting_size += len(piece)
            if len(buffer) - pos + waiting_size < BLOCK_LIMIT + _LOOKAHEAD:
                continue
        consumed += pos
        buffer = buffer[pos:] + "".join(waiting)
        pos, waiting, waiting_size = 0, [], 0
        while (cut := _find_cut(buffer, pos, final=final)) is not None:
            if held is not None:
                yield (*held, False)
            held = (consumed + pos, buffer[pos:cut], at_start)
            at_start = False
            pos = cut
    rest = buffer[pos:]
    if held is None:
        yield 0, rest, True, True
    elif rest:
        yield (*held, False)
        yield consumed + pos, rest, False, True
    else:
        yield (*held, True)


def _find_cut(buffer: str, pos: int, *, final: bool) -> int | None:
    """Where the block starting at ``buffer[pos]`` ends; None if it does not end here.

    Unless ``final``, waits until the buffer holds enough text to decide exactly as
    it would be decided on the whole text.
    """
    size = len(buffer)
    remaining = size - pos
    if remaining <= BLOCK_TARGET or (not final and remaining < BLOCK_LIMIT + _LOOKAHEAD):
        return None
    limit = pos + BLOCK_LIMIT
    for match in _PARAGRAPH_BREAK.finditer(buffer, pos + BLOCK_TARGET - 1, min(size, limit)):
        if match.end() < size and _NONBLANK_LINE_START.match(buffer, match.end()):
            return match.end()
    if remaining <= BLOCK_LIMIT:
        return None
    newline = buffer.rfind("\n", pos + BLOCK_TARGET, limit)
    if newline != -1:
        return newline + 1
    space = buffer.rfind(" ", pos + BLOCK_TARGET, limit)
    return space + 1 if space != -1 else limit
