"""JSON Lines records: the field is cleaned, everything else is kept."""

from __future__ import annotations

import json

import pytest

from cleanfeed import Cleaner
from cleanfeed.jsonl import RecordError, clean_lines

CLEANER = Cleaner(only=("encoding",))


def _run(lines, **options):
    return list(clean_lines(lines, CLEANER, **options))


def test_field_is_cleaned_and_key_order_kept():
    line = '{"id": 7, "text": "ZÃ¼rich &amp; Bern", "lang": "de"}\n'
    [record] = _run([line])
    assert record.output == '{"id": 7, "text": "Zürich & Bern", "lang": "de"}\n'
    assert list(json.loads(record.output)) == ["id", "text", "lang"]
    assert [e.filter for e in record.edits] == ["encoding", "encoding"]


def test_unchanged_record_is_copied_byte_for_byte():
    line = '{"text":"Fine text.",   "x":[1,2]}\r\n'
    assert _run([line])[0].output == line


def test_nested_field_and_unicode():
    line = json.dumps({"meta": {"src": "ру"}, "article": {"body": "Ã‰mile Zola"}}, ensure_ascii=True) + "\n"
    [record] = _run([line], field_path="article.body")
    assert json.loads(record.output) == {"meta": {"src": "ру"}, "article": {"body": "Émile Zola"}}


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("{not json\n", "not valid JSON"),
        ('{"title": "no text"}\n', "no field 'text'"),
        ('{"text": 42}\n', "not a string"),
        ("[1, 2]\n", "no field 'text'"),
    ],
)
def test_bad_lines(line, reason):
    [kept] = _run([line])
    assert kept.output == line and reason in kept.error and "copied unchanged" in kept.error
    [skipped] = _run([line], on_error="skip")
    assert skipped.output is None
    with pytest.raises(RecordError, match=f"line 1: .*{reason}"):
        _run([line], on_error="fail")


def test_blank_lines_pass_through_and_line_numbers_count_them():
    records = _run(["\n", '{"text": "a"}\n', "oops\n"])
    assert records[0].output == "\n"
    assert records[2].line_number == 3 and records[2].error


def test_changes_field_lists_each_change():
    [record] = _run(['{"text": "x &amp; y"}\n'], changes_field="changes")
    assert json.loads(record.output)["changes"] == [
        {"filter": "encoding", "start": 2, "end": 7, "removed": "&amp;", "inserted": "&"}
    ]
