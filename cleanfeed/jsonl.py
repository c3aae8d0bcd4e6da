"""JSON Lines: an input adapter that hands out one text field of every record and
takes the cleaned text back, keeping everything else.

Each line is one JSON object. The field (a dotted path for nested objects:
``article.body``) is cleaned; the other fields and the key order are kept, and
every byte outside the field's string literal is written back as it came: the new
literal is spliced into the line at the old one's place (so ``1E5`` stays ``1E5`` and
``\u00fc`` stays ``\u00fc`` elsewhere in the record). A line that is not
a JSON object holding that field as a string is handled as ``on_error`` says:
``keep`` (copy it through unchanged, the default), ``skip`` (leave it out) or
``fail`` (stop at it). Lines are handled one at a time, so memory stays flat.

>>> from cleanfeed import Cleaner
>>> [record] = read_records(['{"id": 7, "text": "It rose.Then it fell.", "n": 1E5}\\n'])
>>> record.rewritten(Cleaner().explain(record.text))
'{"id": 7, "text": "It rose. Then it fell.", "n": 1E5}\\n'

"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from json.decoder import scanstring  # type: ignore[attr-defined]  # public in CPython, not in typeshed
from typing import NamedTuple, cast

from cleanfeed.config import ON_ERROR
from cleanfeed.io import InputError
from cleanfeed.pipeline import Result


class RecordError(InputError):
    """A line that could not be cleaned; the message says why."""

    def __init__(self, line_number: int, reason: str) -> None:
        super().__init__(f"line {line_number}: {reason}")
        self.line_number = line_number


@dataclass
class Record:
    """One line read: the text of its field to clean, or why it has none."""

    line_number: int
    source: str  # the line as read, with its line ending
    text: str | None = None  # the field's text; None for a blank or bad line
    id: str | int | None = None  # the record's top-level "id" field, if it has one, to name it by
    error: str | None = None  # why a bad line has no text
    missing: bool = False  # a JSON object without the field
    dropped: bool = False  # a bad line that on_error="skip" leaves out
    field_path: tuple[str, ...] = ()  # the field's keys, outermost first

    @property
    def passed_through(self) -> str | None:
        """The line to write for a record that has no text to clean."""
        return None if self.dropped else self.source

    def rewritten(self, cleaned: Result, *, changes_field: str | None = None) -> str:
        """The line with the field's literal replaced by the cleaned text's (and, with
        ``changes_field``, the list of changes added); every other byte as it came."""
        if not cleaned.edits and changes_field is None:
            return self.source
        body = self.source.rstrip("\r\n")
        # Where the field's literal sits is looked for only now: most records come through unchanged.
        start, end = cast(tuple[int, int], _field_span(body, list(self.field_path)))
        ensure_ascii = _ensure_ascii(body[start:end], body)
        line = body[:start] + json.dumps(cleaned.text, ensure_ascii=ensure_ascii) + body[end:]
        if changes_field is not None:
            changes = [
                {"filter": e.filter, "start": e.start, "end": e.end, "removed": e.removed, "inserted": e.inserted}
                for e in cleaned.edits
            ]
            line = _with_member(line, changes_field, json.dumps(changes, ensure_ascii=ensure_ascii))
        return line + self.source[len(body) :]


_WHITESPACE = re.compile(r"[ \t\n\r]*")  # JSON's four whitespace characters


def _skip_whitespace(line: str, at: int) -> int:
    """The first position at or after ``at`` that is not JSON whitespace."""
    if line[at : at + 1] not in _JSON_SPACES:  # most often none: no pattern needed
        return at
    return cast(re.Match[str], _WHITESPACE.match(line, at)).end()  # the pattern matches everywhere


_JSON_SPACES = frozenset(" \t\n\r")


_DECODER = json.JSONDecoder()


class _Member(NamedTuple):
    """Where one member of a JSON object sits in the line."""

    key: str  # decoded: an escaped key ("t\\u0065xt") is found by its name
    start: int  # of the key's opening quote
    value_start: int
    value_end: int


def _members(line: str, start: int) -> Iterator[_Member]:
    """The members of the (valid) JSON object whose ``{`` is at ``line[start]``, in order."""
    at = _skip_whitespace(line, start + 1)
    while line[at] != "}":
        key, after_key = scanstring(line, at + 1)
        value_start = _skip_whitespace(line, _skip_whitespace(line, after_key) + 1)
        _, value_end = _DECODER.raw_decode(line, value_start)
        yield _Member(key, at, value_start, value_end)
        at = _skip_whitespace(line, value_end)
        if line[at] == ",":
            at = _skip_whitespace(line, at + 1)


def _find(line: str, start: int, key: str) -> _Member | None:
    """The member ``key`` of the object at ``line[start]``; the last one of duplicates, as json.loads keeps."""
    found = None
    for member in _members(line, start):
        if member.key == key:
            found = member
    return found


def _field_span(line: str, path: list[str]) -> tuple[int, int] | None:
    """Where the value of the dotted ``path`` sits in the line (a valid JSON object), if it is there."""
    start = _skip_whitespace(line, 0)
    member = None
    for key in path:
        if line[start] != "{" or (member := _find(line, start, key)) is None:
            return None
        start = member.value_start
    return (member.value_start, member.value_end) if member is not None else None


def _ensure_ascii(literal: str, line: str) -> bool:
    """Whether to write a new literal in place of ``literal`` with \\u escapes: as it spelt its
    non-ASCII characters, and, for a plain ASCII literal, as the rest of the line did."""
    return literal.isascii() and ("\\u" in literal or line.isascii())


def _with_member(line: str, name: str, value: str) -> str:
    """``line`` (a JSON object) with its top-level member ``name`` set to the JSON text ``value``:
    replaced where it is, else added at the end with the separators the record already uses."""
    start = _skip_whitespace(line, 0)
    members = list(_members(line, start))
    if existing := [m for m in members if m.key == name]:
        return line[: existing[-1].value_start] + value + line[existing[-1].value_end :]
    if not members:
        at = _skip_whitespace(line, start + 1)  # the closing brace
        return line[:at] + json.dumps(name) + ": " + value + line[at:]
    first, last = members[0], members[-1]
    colon = line[scanstring(line, first.start + 1)[1] : first.value_start]
    comma = line[first.value_end : members[1].start] if len(members) > 1 else "," + colon[len(colon.rstrip()) :]
    return line[: last.value_end] + comma + json.dumps(name) + colon + value + line[last.value_end :]


def read_records(lines: Iterable[str], *, field_path: str = "text", on_error: str = "keep") -> Iterator[Record]:
    """One :class:`Record` per input line, holding the text of ``field_path`` to clean.

    Raises :class:`RecordError` at the first bad line when ``on_error="fail"``.
    """
    if on_error not in ON_ERROR:
        raise ValueError(f"on_error must be one of {', '.join(ON_ERROR)}")
    path = field_path.split(".")
    for number, line in enumerate(lines, 1):
        body = line.rstrip("\r\n")
        if not body.strip():
            yield Record(number, line)
            continue
        try:
            record = json.loads(body)  # the whole line must be JSON, not only the part up to the field
            text = record
            for key in path:  # duplicate keys: the last one counts, here as where the literal is found
                if not isinstance(text, dict) or key not in text:
                    raise KeyError(field_path)
                text = text[key]
            if not isinstance(text, str):
                raise TypeError(f"field {field_path!r} is {type(text).__name__}, not a string")
        except (ValueError, KeyError, TypeError) as error:
            reason = (
                f"no field {field_path!r}"
                if isinstance(error, KeyError)
                else f"not valid JSON ({error.msg})"
                if isinstance(error, json.JSONDecodeError)
                else str(error)
            )
            if on_error == "fail":
                raise RecordError(number, reason) from None
            action = "copied unchanged" if on_error == "keep" else "left out"
            yield Record(
                number,
                line,
                error=f"{reason}; {action}",
                missing=isinstance(error, KeyError),
                dropped=on_error == "skip",
            )
            continue
        record_id = record.get("id") if isinstance(record, dict) else None
        if not isinstance(record_id, (str, int)) or isinstance(record_id, bool):
            record_id = None
        yield Record(number, line, text=text, id=record_id, field_path=tuple(path))
