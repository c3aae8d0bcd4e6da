"""The run-time safety check: compare what a filter was given with what it gave back.

cleanfeed promises that it only changes whitespace, deletes photo credits (and,
in ``drop`` modes, subheads and embedded posts) and repairs encoding. While a
block is cleaned, :func:`check_stage` checks that promise for each filter that
changed it, so a failure names the filter. Like black's comparison of syntax
trees, the check reads the text before and after, not the filter's account of
its own edits. The filter's records only say where to look: every word (for
``repair``, every line) holding none of them must come through byte for byte,
and each stretch of words or lines that does hold some is judged, before against
after, by the rule of the ``edit_kind`` the filter declares:

``whitespace``
    Only whitespace changed: the visible characters (everything but whitespace)
    are the same, in the same order.
``delete``
    The visible text after is the visible text before with whole *pieces*
    deleted, nothing added or altered. A piece is a run of letters and digits or
    one other visible character; a piece may also lose a part glued to it where
    two words meet, on one side or both (``DruzhininThe`` -> ``The``: a credit glued
    to the next word; see :func:`_junction`).
``repair``
    Lines are neither added nor removed, and a line holding a visible non-ASCII
    character keeps some visible text (a line of entities may become a
    no-break space); on every line that changed, each word (whitespace-delimited) that is plain
    ASCII, with no ``&`` (an entity) or control character, survives whole and in
    order (read from the word holding the first changed character to the one holding the
    last: the words around them are compared as text). Only words that can hold mojibake, entities, U+FFFD or control
    characters change, a line never grows, and no ASCII letter or digit comes in
    that was not there (``don�t`` -> ``don’t``, never ``donxt``).

Reading only the changed words and lines keeps the check cheap. Each stage's output is the
next stage's input, so together the stages cover the whole pipeline. A block
that fails is written unchanged by the caller, which also reports the problem.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

from cleanfeed.edits import Span, common_ends
from cleanfeed.filters.patterns import lazy_compile  # compiled on first use: a text nothing changes needs none

#: The kinds of change a filter may declare (``Filter.edit_kind``).
EDIT_KINDS = ("whitespace", "delete", "repair")

# Pieces of visible text: a run of letters and digits, or one other visible character.
_PIECE = lazy_compile(r"[^\W_]+|[^\s\w]|_")
_SPACE = lazy_compile(r"\s")
_ASCII_SPACE = lazy_compile(r"[ \t\r\f\v]+")
# A word a repair must leave alone: printable ASCII with no entity.
_PLAIN_WORD = lazy_compile(r"[!-%'-~]+")
_ASCII_ALNUM = lazy_compile(r"[0-9A-Za-z]")


class SafetyError(Exception):
    """A block failed the safety check; ``filter`` names the filter responsible (if known)."""

    def __init__(self, message: str, filter: str | None = None) -> None:
        super().__init__(message)
        self.filter = filter
        self.offset = 0  # where the block that failed starts in the input


class UnstableError(SafetyError):
    """A block was still changing after the pipeline's last pass, so it was left as it was."""


def check_stage(name: str, kind: str, before: str, after: str, spans: Sequence[Span]) -> None:
    """Raise :class:`SafetyError` unless ``after`` follows from ``before`` by changes of ``kind``.

    ``spans`` (the filter's records, sorted) only say which words or lines to
    judge: the rest must be unchanged.

    >>> check_stage("sentences", "whitespace", "said.The", "said. The", [Span(5, 5, " ")])
    >>> check_stage("sentences", "whitespace", "said.The", "said. He", [Span(5, 7, " ")])
    Traceback (most recent call last):
    ...
    cleanfeed.verify.SafetyError: filter 'sentences' may only change whitespace, but changed visible text near 'The'
    """
    rule = _RULES[kind]
    shift = 0  # where text of before that no record touches stands in after, relative to before
    done = 0  # before[:done] has been judged
    for first, last, moved in _clusters(before, spans, lines=kind == "repair"):
        if before[done:first] != after[done + shift : first + shift]:
            raise SafetyError(f"filter {name!r} changed text near offset {done} that it reported no edit on", name)
        problem = rule(before[first:last], after[first + shift : last + shift + moved])
        if problem:
            raise SafetyError(f"filter {name!r} {problem}", name)
        shift += moved
        done = last
    if before[done:] != after[done + shift :]:
        raise SafetyError(f"filter {name!r} changed text near offset {done} that it reported no edit on", name)


def _clusters(text: str, spans: Sequence[Span], *, lines: bool) -> Iterator[tuple[int, int, int]]:
    """``(first, last, moved)``: stretches of ``text`` that hold spans, and how much each grows.

    A stretch is whole lines (``lines``) or whole words: enough for its rule to
    see each change with what stands beside it.
    """
    first = last = -1
    moved = 0
    for start, end, replacement in spans:
        if lines:
            begin = text.rfind("\n", 0, start) + 1
            stop = text.find("\n", end)
        else:
            begin = max(text.rfind(" ", 0, start), text.rfind("\n", 0, start)) + 1
            space = _SPACE.search(text, end)
            stop = space.start() if space else -1
        if begin > last >= 0:
            yield first, last, moved
            first = -1
        if first < 0:
            first, moved = begin, 0
        last = max(last, len(text) if stop == -1 else stop)
        moved += len(replacement) - (end - start)
    if first >= 0:
        yield first, last, moved


def _visible(text: str) -> str:
    """``text`` without any whitespace: what a reader would miss if it changed."""
    return "".join(text.split())


def _whitespace(before: str, after: str) -> str | None:
    old, new = _visible(before), _visible(after)
    if old == new:
        return None
    at = next((i for i, (a, b) in enumerate(zip(old, new, strict=False)) if a != b), min(len(old), len(new)))
    return f"may only change whitespace, but changed visible text near {old[at : at + 20]!r}"


def _deletion(before: str, after: str) -> str | None:
    old, new = _PIECE.findall(before), _PIECE.findall(after)
    at = 0
    for piece in new:
        while at < len(old):
            candidate = old[at]
            if candidate == piece:
                at += 1
                break
            if piece not in candidate:  # the candidate went whole (what a deletion mostly leaves to read)
                at += 1
                continue
            if candidate.startswith(piece) and _junction(candidate, len(piece)):
                old[at] = candidate[len(piece) :]  # what follows the junction may be kept too
                break
            inner = _between_junctions(candidate, piece)
            if inner:
                old[at] = candidate[inner:]  # `APReutersPhoto` -> `Reuters`: parts glued on both sides went
                break
            at += 1
            if candidate.endswith(piece) and _junction(candidate, len(candidate) - len(piece)):
                break
        else:
            return f"may only delete, but {piece!r} is not what is left of the input's words in order"
    return None


def _between_junctions(word: str, piece: str) -> int:
    """Where ``piece`` ends inside ``word`` if it stands there between two junctions (0 if it does not).

    Two credits glued on either side of a word (`©AP` + `Reuters` + `Photo:AP`) leave its middle.
    """
    at = word.find(piece, 1)
    while at > 0:
        end = at + len(piece)
        if end < len(word) and _junction(word, at) and _junction(word, end):
            return end
        at = word.find(piece, at + 1)
    return 0


def _junction(word: str, at: int) -> bool:
    """Whether ``word`` is two glued words at ``at``.

    That is lower case then a capital (``DruzhininThe``), an acronym then a
    capitalised word (``PDTThat``), letters against digits (``2017The``), or a
    year then a number (``20175 people``: a post's date glued to the next line),
    or a word then a web address (``#IndependenceDayhttps://…``).
    """
    left, right = word[at - 1], word[at]
    if left.isdigit() != right.isdigit() or word.startswith(("http", "www"), at):
        return True
    if right.isupper():
        return left.islower() or (left.isupper() and at + 1 < len(word) and word[at + 1].islower())
    return left.isdigit() and (at == 4 or len(word) - at == 4)


def _ascii_words(line: str) -> list[str]:
    """The words of ``line`` between ASCII spaces: a repair may turn a C1 control or a no-break
    space into a mark (``café\x85Talks`` -> ``café…Talks``), so those do not part words."""
    return [word for word in _ASCII_SPACE.split(line) if word]


def _repair(before: str, after: str) -> str | None:
    old_lines, new_lines = before.split("\n"), after.split("\n")
    if len(old_lines) != len(new_lines):
        return f"may only repair characters, but turned {len(old_lines)} lines into {len(new_lines)}"
    for number, (old, new) in enumerate(zip(old_lines, new_lines, strict=True), 1):
        if old == new:
            continue
        if len(new) > len(old):
            return f"may only repair characters, but made line {number} longer: {old[:60]!r}"
        if not new.strip() and not _visible(old).isascii():
            return f"may only repair characters, but emptied line {number}: {old[:60]!r}"
        # The words before the last space ahead of the first change, and after the first space
        # behind the last one, are the same on both sides: only the stretch between is read.
        prefix, suffix = common_ends(old, new)
        start = old.rfind(" ", 0, prefix) + 1
        stop = old.find(" ", len(old) - suffix)
        if stop == -1:
            stop = len(old)
        old, new = old[start:stop], new[start : stop + len(new) - len(old)]
        old_words, new_words = _ascii_words(old), _ascii_words(new)
        if len(old_words) == len(new_words) and all(
            a == b or _word_repaired(a, b) for a, b in zip(old_words, new_words, strict=True)
        ):
            continue  # word by word, each change is a repair: then so is the whole (see _word_repaired)
        words = iter(new_words)
        for word in old_words:
            if _PLAIN_WORD.fullmatch(word) and word not in words:
                return f"may only repair characters, but changed the plain word {word!r} on line {number}"
        if not _ascii_alnum_kept(old, new):
            return f"may only repair characters, but brought ASCII letters or digits of its own to line {number}"
    return None


def _word_repaired(old: str, new: str) -> bool:
    """Whether ``new`` may stand for ``old`` by the repair rule read on these two words alone.

    A sufficient test, far cheaper on a long line than the rule read over the whole stretch:
    if each word that changed held no plain word and brought no ASCII letter or digit of its
    own, the plain words survive in order and the ASCII letters and digits of the stretch
    are a subsequence of the old ones. When it fails, the stretch is read as a whole.
    """
    return _PLAIN_WORD.fullmatch(old) is None and _ascii_alnum_kept(old, new)


def _ascii_alnum_kept(old: str, new: str) -> bool:
    """Whether the ASCII letters and digits of ``new`` are some of ``old``'s, in order."""
    letters = iter(_ASCII_ALNUM.findall(old))
    return all(char in letters for char in _ASCII_ALNUM.findall(new))


#: The rule of each edit kind: what is wrong with turning these lines into those, if anything.
_RULES: dict[str, Callable[[str, str], str | None]] = {
    "whitespace": _whitespace,
    "delete": _deletion,
    "repair": _repair,
}
