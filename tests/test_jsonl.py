"""JSON Lines records: the field is handed out, cleaned, and spliced back; everything else is kept."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleanfeed import Cleaner
from cleanfeed.jsonl import RecordError, read_records

CLEANER = Cleaner(only=("encoding",))


@dataclass
class Cleaned:
    line_number: int
    output: str | None
    edits: list = field(default_factory=list)
    error: str | None = None


def _run(lines, changes_field=None, **options):
    """Each record's line as the command line writes it, as batch does: read, clean the text, splice it back."""
    cleaned = []
    for record in read_records(lines, **options):
        if record.text is None:
            cleaned.append(Cleaned(record.line_number, record.passed_through, error=record.error))
        else:
            result = CLEANER.explain(record.text)
            output = record.rewritten(result, changes_field=changes_field)
            cleaned.append(Cleaned(record.line_number, output, result.edits))
    return cleaned


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


# --- only the field's bytes change ------------------------------------------------------


def test_only_the_field_literal_changes():
    line = '{"n": 1E5, "name": "M\\u00fcller",  "text" :"Z\\u00c3\\u00bcrich &amp; Bern","x":[1 ,2.50]}\r\n'
    [record] = _run([line])
    assert record.output == line.replace('"Z\\u00c3\\u00bcrich &amp; Bern"', '"Z\\u00fcrich & Bern"')


def test_a_field_written_raw_stays_raw_and_an_ascii_record_stays_ascii():
    [raw] = _run(['{"a": "é", "text": "x &eacute; y"}\n'])
    assert raw.output == '{"a": "é", "text": "x é y"}\n'
    [ascii_only] = _run(['{"a": "\\u00e9", "text": "x &eacute; y"}\n'])
    assert ascii_only.output == '{"a": "\\u00e9", "text": "x \\u00e9 y"}\n'


def test_duplicate_escaped_and_nested_keys_are_found_as_json_loads_reads_them():
    [duplicate] = _run(['{"text": "a &amp; b", "text": "c &amp; d"}\n'])
    assert duplicate.output == '{"text": "a &amp; b", "text": "c & d"}\n'
    [escaped] = _run(['{"t\\u0065xt": "a &amp; b"}\n'])
    assert escaped.output == '{"t\\u0065xt": "a & b"}\n'
    line = '{"text": "a &amp; b", "meta": {"text": 1, "body": {"text": "c &amp; d"}}}\n'
    [nested] = _run([line], field_path="meta.body.text")
    assert nested.output == line.replace("c &amp; d", "c & d")


def test_changes_field_is_added_with_the_records_separators_or_replaced_where_it_is():
    [compact] = _run(['{"text":"x &amp; y"}\n'], changes_field="changes")
    assert compact.output.startswith('{"text":"x & y","changes":[{"filter": "encoding"')
    [spaced] = _run(['{"id": 1, "changes": null, "text": "x &amp; y"}\n'], changes_field="changes")
    assert spaced.output.startswith('{"id": 1, "changes": [{"filter"') and spaced.output.endswith('"text": "x & y"}\n')
    [empty] = _run(["{}\n"], field_path="text", changes_field="changes")
    assert empty.error  # no field: nothing is added


DIRTY_TEXTS = ["ZÃ¼rich &amp; Bern", "x &eacute; y", "Ã‰mile Zola said “no”", "fine text"]
OTHER_VALUES = ["1E5", "-0.0", "1e-7", "true", "null", '"\\u00fc\\/x"', '"ü"', "[1 ,2]", '{"text": "&amp;"}', '""']
spaces = st.sampled_from(["", " ", "  ", "\t"])


@st.composite
def records(draw):
    """A JSON object line with the field ``text`` somewhere among other members, in any spacing
    and escaping, and the span of that field's literal."""
    others = draw(st.lists(st.tuples(st.sampled_from(["id", "n", "meta", "t"]), st.sampled_from(OTHER_VALUES))))
    position = draw(st.integers(0, len(others)))
    text = draw(st.sampled_from(DIRTY_TEXTS))
    literal = json.dumps(text, ensure_ascii=draw(st.booleans()))
    members = [f'"{key}"{draw(spaces)}:{draw(spaces)}{value}' for key, value in others]
    line, span = "{" + draw(spaces), None
    for index in range(len(members) + 1):
        if index == position:
            line += '"text"' + draw(spaces) + ":" + draw(spaces)
            span = (len(line), len(line) + len(literal))
            line += literal
        else:
            line += members[index - (index > position)]
        if index < len(members):
            line += draw(spaces) + "," + draw(spaces)
    return line + draw(spaces) + "}" + draw(st.sampled_from(["\n", "\r\n", ""])), span, text


@settings(max_examples=300, deadline=None)
@given(records())
def test_every_byte_outside_the_field_survives(drawn):
    line, (start, end), text = drawn
    [record] = _run([line])
    tail = len(line) - end
    assert record.output[:start] == line[:start]
    assert record.output[len(record.output) - tail :] == line[end:]
    assert json.loads(record.output)["text"] == CLEANER(text)
