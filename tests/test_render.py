"""``--show-changes`` and ``--diff`` rendering, from the pipeline's change records."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from cleanfeed.edits import Edit, Span, apply_spans
from cleanfeed.filters.base import Filter
from cleanfeed.pipeline import Cleaner, Result, explain
from cleanfeed.render import render_changes, render_diff

SGR = re.compile(r"\x1b\[([0-9;]*)m")


def only_encoding(text: str) -> Result:
    return explain(text, only=["encoding"])


# --- --show-changes ----------------------------------------------------------------


def test_plain_preview_marks_removed_and_inserted_text():
    text = "first line\nZÃ¼rich &amp; Geneva\n"
    assert render_changes("a.txt", text, only_encoding(text)) == (
        "a.txt:2: encoding: [-ZÃ¼rich-]{+Zürich+} &amp; Geneva\n"
        "a.txt:2: encoding: ZÃ¼rich [-&amp;-]{+&+} Geneva\n"
        "a.txt: 2 changes (encoding 2)\n"
    )


def test_a_long_one_line_paragraph_shows_only_the_spot():
    text = "word " * 500 + "&amp;" + " word" * 500  # one 5,005-character line, one change
    preview = render_changes("long.txt", text, only_encoding(text)).splitlines()
    assert len(preview) == 2
    row = preview[0]
    assert row.startswith("long.txt:1: encoding: …")
    assert "[-&amp;-]{+&+}" in row
    assert row.endswith("…")
    assert len(row) < 150


def test_whitespace_changes_are_made_visible():
    text = "One.Two\r\nthree"
    result = Result("One. Two\r\n\r\nthree", [Edit("x", 4, 4, "", " "), Edit("x", 9, 9, "", "\r\n")])
    rows = render_changes("t", text, result).splitlines()
    assert rows[0] == "t:1: x: One.{+␣+}Two"
    assert rows[1] == "t:2: x: {+␍⏎+}three"  # context stops at the line's \r\n
    assert rows[2] == "t: 2 changes (x 2)"


def test_a_removed_line_keeps_its_words_readable():
    text = "Photo: Someone\nBody text.\n"
    result = Result("Body text.\n", [Edit("credits", 0, 15, "Photo: Someone\n", "")])
    assert render_changes("t", text, result).splitlines()[0] == "t:1: credits: [-Photo: Someone⏎-]Body text."


def test_per_filter_counts_most_first():
    text = "abcdef"
    edits = [Edit("b", 0, 0, "", "1"), Edit("a", 2, 2, "", "2"), Edit("b", 4, 4, "", "3")]
    rows = render_changes("t", text, Result(apply_spans(text, [Span(0, 0, "1")]), edits)).splitlines()
    assert rows[-1] == "t: 3 changes (b 2, a 1)"


def test_coloured_preview_highlights_exactly_the_spot():
    text = "Prices in ZÃ¼rich rose again\n"
    coloured = render_changes("a.txt", text, only_encoding(text), color=True)
    first = coloured.splitlines()[0]
    assert "[-" not in first and "{+" not in first
    # each segment is wrapped in its own style; find the style that opens each piece of text
    pieces = []
    style = ""
    for part in re.split(r"(\x1b\[[0-9;]*m)", first):
        if SGR.fullmatch(part):
            style = SGR.fullmatch(part).group(1)
        elif part:
            pieces.append((part, style))
    by_text = dict(pieces)
    removed, inserted = by_text["ZÃ¼rich"], by_text["Zürich"]
    assert "31" in removed.split(";") and "9" in removed.split(";")  # red, struck through
    assert "42" in inserted.split(";")  # green background
    assert by_text[" rose again"] in ("0", "")  # context unstyled
    assert "Prices in " in by_text


# --- --diff -------------------------------------------------------------------------------


def apply_unified_diff(original: str, diff: str) -> str:
    """Apply a unified diff strictly: every context and removed line must match exactly."""
    old = re.findall(r"[^\n]*\n|[^\n]+\Z", original)
    lines = re.findall(r"[^\n]*\n", diff)
    assert lines[0].startswith("--- ") and lines[1].startswith("+++ ")
    out: list[str] = []
    position = 0
    i = 2
    while i < len(lines):
        header = re.fullmatch(r"@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@\n", lines[i])
        assert header, lines[i]
        old_start, old_len = int(header[1]), int(header[2] or 1)
        new_start, new_len = int(header[3]), int(header[4] or 1)
        first = old_start - 1 if old_len else old_start
        assert first >= position
        assert new_start - (1 if new_len else 0) == len(out) + first - position
        out += old[position:first]
        position = first
        i += 1
        seen_old = seen_new = 0
        while i < len(lines) and not lines[i].startswith("@@"):
            sign, line = lines[i][0], lines[i][1:]
            if i + 1 < len(lines) and lines[i + 1] == "\\ No newline at end of file\n":
                line = line[:-1]
                i += 1
            if sign in " -":
                assert old[position] == line, (position, old[position], line)
                position += 1
                seen_old += 1
            if sign in " +":
                out.append(line)
                seen_new += 1
            i += 1
        assert (seen_old, seen_new) == (old_len, new_len)
    return "".join(out + old[position:])


def test_diff_of_a_last_line_without_newline():
    text = "keep\nZÃ¼rich"
    assert render_diff("a.txt", text, only_encoding(text)) == (
        "--- a.txt\n+++ a.txt\n@@ -1,2 +1,2 @@\n"
        " keep\n-ZÃ¼rich\n\\ No newline at end of file\n+Zürich\n\\ No newline at end of file\n"
    )


def test_diff_keeps_hunks_apart_and_context_short():
    text = "".join(f"line {i}\n" for i in range(40)).replace("line 5\n", "&amp;\n").replace("line 30\n", "&lt;\n")
    diff = render_diff("a.txt", text, only_encoding(text))
    assert diff.count("@@ -") == 2
    assert "@@ -3,7 +3,7 @@\n line 2\n line 3\n line 4\n-&amp;\n+&\n line 6\n" in diff
    assert apply_unified_diff(text, diff) == only_encoding(text).text


def test_no_changes_no_diff():
    assert render_diff("a.txt", "fine\n", Result("fine\n", [])) == ""


LINE_TEXT = st.lists(st.sampled_from(["a", "B", " ", "\n", "\r\n", "é", "."]), max_size=60).map("".join)


@st.composite
def texts_with_edits(draw):
    text = draw(LINE_TEXT)
    spans = []
    position = 0
    while position <= len(text):
        position += draw(st.integers(0, 12))
        if position > len(text):
            break
        end = min(len(text), position + draw(st.integers(0, 5)))
        replacement = draw(st.text(alphabet=["x", "\n", " "], max_size=3))
        if end > position or replacement:
            spans.append(Span(position, end, replacement))
        position = end + 1
    return text, spans


@settings(max_examples=300, deadline=None)
@given(texts_with_edits())
def test_diff_applies_to_give_exactly_the_cleaned_text(case):
    text, spans = case
    cleaned = apply_spans(text, spans)
    edits = [Edit("f", s.start, s.end, text[s.start : s.end], s.replacement) for s in spans]
    diff = render_diff("f.txt", text, Result(cleaned, edits))
    assert bool(diff) == bool(edits)
    if diff:
        assert apply_unified_diff(text, diff) == cleaned


def _find_all(pattern: str, replacement: str):
    def find(text: str) -> list[Span]:
        return [Span(m.start(), m.end(), replacement) for m in re.finditer(pattern, text)]

    return find


def chained_cleaner() -> Cleaner:
    """Two filters where the second edits inside what the first put in (edits overlap in the input).

    They rewrite visible text, which no declared kind allows, so the safety check is off.
    """
    first = Filter("first", "join lines after a comma; widen", _find_all(r",\n|ab", "ABC"))
    second = Filter("second", "split", _find_all(r"B(?=C)|\.(?=[A-Z])", ".\n"))
    return Cleaner(only="first,second", extra_filters=[first, second], verify=False)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=["a", "b", ",", "\n", ".", "Z", " "], max_size=80))
def test_diff_of_chained_filters_applies(text):
    result = chained_cleaner().explain(text)
    diff = render_diff("f.txt", text, result)
    if result.edits:
        assert apply_unified_diff(text, diff) == result.text
    # the preview never fails either
    render_changes("f.txt", text, result)
