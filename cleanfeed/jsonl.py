"""JSON Lines: clean one text field of every record, keep everything else.

Each line is one JSON object. The field (a dotted path for nested objects:
``article.body``) is cleaned; the other fields and the key order are kept, and
a record that does not change is written back byte for byte. A line that is not
a JSON object holding that field as a string is handled as ``on_error`` says:
``keep`` (copy it through unchanged, the default), ``skip`` (leave it out) or
``fail`` (stop at it). Lines are handled one at a time, so memory stays flat.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

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
    edits: list[Edit] = field(default_factory=list)
    error: str | None = None
    unsafe: bool = False  # the safety check failed, so the record was left unchanged


def _lookup(record: object, path: list[str]) -> tuple[dict, str]:
    """The object holding the last key of ``path``, and that key."""
    node = record
    for key in path[:-1]:
        if not isinstance(node, dict) or not isinstance(node.get(key), dict):
            raise KeyError(".".join(path))
        node = node[key]
    if not isinstance(node, dict) or path[-1] not in node:
        raise KeyError(".".join(path))
    return node, path[-1]


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
            record = json.loads(body)
            holder, key = _lookup(record, path)
            text = holder[key]
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
            yield Record(number, line, line if on_error == "keep" else None, error=f"{reason}; {action}")
            continue
        result = cleaner.explain(text)
        if result.problems:
            reason = f"safety check failed ({result.problems[0]}); record left unchanged"
            yield Record(number, line, line, text=text, error=reason, unsafe=True)
            continue
        if not result.edits and changes_field is None:
            yield Record(number, line, line, text=text)
            continue
        holder[key] = result.text
        if changes_field is not None:
            record[changes_field] = [
                {"filter": e.filter, "start": e.start, "end": e.end, "removed": e.removed, "inserted": e.inserted}
                for e in result.edits
            ]
        output = json.dumps(record, ensure_ascii=False) + (ending or "\n")
        yield Record(number, line, output, text=text, edits=result.edits)
