"""JSON Lines: clean one text field of every record, keep everything else.

Each line is one JSON object. The field (a dotted path for nested objects:
``article.body``) is cleaned; the other fields and the key order are kept, and
every byte outside the field's string literal is written back as it came: the new
literal is spliced into the line at the old one's place (so ``1E5`` stays ``1E5`` and
``\u00fc`` stays ``\u00fc`` elsewhere in the record). A line that is not
a JSON object holding that field as a string is handled as ``on_error`` says:
``keep`` (copy it through unchanged, the default), ``skip`` (leave it out) or
``fail`` (stop at it). Lines are handled one at a time, so memory stays flat.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from json.decoder import scanstring

from cleanfeed.edits import Edit
from cleanfeed.io import InputError
from cleanfeed.pipeline import Cleaner

ON_ERROR = ("keep", "skip", "fail")


class RecordError(InputError):
    """A line that could not be cleaned; the message says why."""

    def __init__(self, line_number: int, reason: str) -> None:
        super().__init__(f"line {line_number}: {reason}")
        self.line_number = line_number


@dataclass
class Record:
    """What happened to one line."""

    line_number: int
    source: str  # the line as read, with its line ending
    output: str | None  # the line to write (with its line ending), None when skipped
    text: str = ""  # the field's original text
    id: str | int | None = None  # the record's top-level "id" field, if it has one, to name it by
    edits: list[Edit] = field(default_factory=list)
    error: str | None = None
    unsafe: bool = False  # the safety check failed, so the record was left unchanged
    missing: bool = False  # a JSON object without the field
    found: bool = False  # the field was there, a string


_WHITESPACE = re.compile(r"[ \t\n\r]*")  # JSON's four whitespace characters
_DECODER = json.JSONDecoder()


@dataclass(frozen=True)
class _Member:
    """Where one member of a JSON object sits in the line."""

    key: str  # decoded: an escaped key ("t\\u0065xt") is found by its name
    start: int  # of the key's opening quote
    value_start: int
    value_end: int


def _members(line: str, start: int) -> Iterator[_Member]:
    """The members of the (valid) JSON object whose ``{`` is at ``line[start]``, in order."""
    at = _WHITESPACE.match(line, start + 1).end()
    while line[at] != "}":
        key, after_key = scanstring(line, at + 1)
        value_start = _WHITESPACE.match(line, _WHITESPACE.match(line, after_key).end() + 1).end()
        _, value_end = _DECODER.raw_decode(line, value_start)
        yield _Member(key, at, value_start, value_end)
        at = _WHITESPACE.match(line, value_end).end()
        if line[at] == ",":
            at = _WHITESPACE.match(line, at + 1).end()


def _find(line: str, start: int, key: str) -> _Member | None:
    """The member ``key`` of the object at ``line[start]``; the last one of duplicates, as json.loads keeps."""
    found = None
    for member in _members(line, start):
        if member.key == key:
            found = member
    return found


def _field_span(line: str, path: list[str]) -> tuple[int, int] | None:
    """Where the value of the dotted ``path`` sits in the line (a valid JSON object), if it is there."""
    start = _WHITESPACE.match(line).end()
    member = None
    for key in path:
        if line[start] != "{" or (member := _find(line, start, key)) is None:
            return None
        start = member.value_start
    return member.value_start, member.value_end


def _ensure_ascii(literal: str, line: str) -> bool:
    """Whether to write a new literal in place of ``literal`` with \\u escapes: as it spelt its
    non-ASCII characters, and, for a plain ASCII literal, as the rest of the line did."""
    return literal.isascii() and ("\\u" in literal or line.isascii())


def _with_member(line: str, name: str, value: str) -> str:
    """``line`` (a JSON object) with its top-level member ``name`` set to the JSON text ``value``:
    replaced where it is, else added at the end with the separators the record already uses."""
    start = _WHITESPACE.match(line).end()
    members = list(_members(line, start))
    if existing := [m for m in members if m.key == name]:
        return line[: existing[-1].value_start] + value + line[existing[-1].value_end :]
    if not members:
        at = _WHITESPACE.match(line, start + 1).end()  # the closing brace
        return line[:at] + json.dumps(name) + ": " + value + line[at:]
    first, last = members[0], members[-1]
    colon = line[scanstring(line, first.start + 1)[1] : first.value_start]
    comma = line[first.value_end : members[1].start] if len(members) > 1 else "," + colon[len(colon.rstrip()) :]
    return line[: last.value_end] + comma + json.dumps(name) + colon + value + line[last.value_end :]


def clean_lines(
    lines: Iterable[str],
    cleaner: Cleaner,
    *,
    field_path: str = "text",
    on_error: str = "keep",
    changes_field: str | None = None,
) -> Iterator[Record]:
    """Clean the ``field_path`` of every JSON line; yield one :class:`Record` per input line.

    Raises :class:`RecordError` at the first bad line when ``on_error="fail"``.
    """
    if on_error not in ON_ERROR:
        raise ValueError(f"on_error must be one of {', '.join(ON_ERROR)}")
    path = field_path.split(".")
    for number, line in enumerate(lines, 1):
        body = line.rstrip("\r\n")
        ending = line[len(body) :]
        if not body.strip():
            yield Record(number, line, line)
            continue
        try:
            record = json.loads(body)  # the whole line must be JSON, not only the part up to the field
            span = _field_span(body, path)
            if span is None:
                raise KeyError(field_path)
            text = _DECODER.raw_decode(body, span[0])[0]
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
            output = line if on_error == "keep" else None
            yield Record(number, line, output, error=f"{reason}; {action}", missing=isinstance(error, KeyError))
            continue
        record_id = record.get("id") if isinstance(record, dict) else None
        if not isinstance(record_id, (str, int)) or isinstance(record_id, bool):
            record_id = None
        result = cleaner.explain(text)
        if result.problems:
            reason = f"safety check failed ({result.problems[0]}); record left unchanged"
            yield Record(number, line, line, text=text, id=record_id, error=reason, unsafe=True, found=True)
            continue
        if not result.edits and changes_field is None:
            yield Record(number, line, line, text=text, id=record_id, found=True)
            continue
        start, end = span
        ensure_ascii = _ensure_ascii(body[start:end], body)
        output = body[:start] + json.dumps(result.text, ensure_ascii=ensure_ascii) + body[end:]
        if changes_field is not None:
            changes = [
                {"filter": e.filter, "start": e.start, "end": e.end, "removed": e.removed, "inserted": e.inserted}
                for e in result.edits
            ]
            output = _with_member(output, changes_field, json.dumps(changes, ensure_ascii=ensure_ascii))
        yield Record(number, line, output + ending, text=text, id=record_id, edits=result.edits, found=True)
