"""The boilerplate filter in the pipeline: whole lines only, layout kept, running twice equals once."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cleanfeed import Cleaner
from cleanfeed.filters import boilerplate
from cleanfeed.filters.boilerplate import is_furniture, strip_boilerplate
from cleanfeed.filters.boilerplate_data import BARE_URL, MAX_LINE_CHARS
from cleanfeed.filters.text import Line, lines_from

PAGE = (
    "Rates Rise Again\r\nhttp://www.example-news.com/rates\r\n\r\nRates rose.\r\n\r\nAdvertisement\r\n\r\n"
    "READ MORE: Why rates rise\r\n\r\nBanks followed.\r\n\r\nFacebook Twitter Pinterest\r\n"
)


def test_crlf_layout_is_kept() -> None:
    assert strip_boilerplate(PAGE) == "Rates Rise Again\r\n\r\nRates rose.\r\n\r\nBanks followed.\r\n"


def test_twice_equals_once_and_only_deletes() -> None:
    result = Cleaner().explain(PAGE)
    assert all(not e.inserted for e in result.edits if e.filter == "boilerplate")
    assert Cleaner()(result.text) == result.text


@pytest.mark.parametrize(
    "line",
    ["Advertisement", "ADVERTISEMENT", "  Read more  ", "Share this:", "Loaded: 0%", "Share Tweet Email"],
)
def test_furniture(line: str) -> None:
    assert is_furniture(line.strip())


@pytest.mark.parametrize(
    "line",
    ["Advertisement revenue fell.", "More: we said so.", "Relatedly, they were late.", "Twitter", "Follow the money."],
)
def test_not_furniture(line: str) -> None:
    assert not is_furniture(line)


def test_skip_turns_it_off() -> None:
    assert not [e for e in Cleaner(skip="boilerplate").explain(PAGE).edits if e.filter == "boilerplate"]


# Lines of furniture and of prose, behind the marks and spaces a scrape leaves before them.
_LINE_START = st.sampled_from(["", " ", "\t", "\u00a0", "↓ ", ">> ", "**", "(", "\u2028", "1.2k "])
_LINE = st.sampled_from(
    ["Advertisement", "READ MORE: Why rates rise", "read more", "Related stories", "Follow us on Twitter",
     "The post Rates appeared first on Site.", "Share Tweet Email", "ſhare Tweet", "http://example.com/a",
     "www.example.com", "Continue reading below", "Rates rose.", "The bank said so.", "Click here to read"]
)  # fmt: skip
_LINE_END = st.sampled_from(["\n", "\n\n", "\r\n", ":\n", ""])


@given(st.lists(st.tuples(_LINE_START, _LINE, _LINE_END), max_size=12))
def test_lines_found_by_their_first_word_are_the_lines_judged_one_by_one(lines) -> None:
    """The scan for candidate lines misses no line that judging every line would remove."""
    text = "".join("".join(parts) for parts in lines)
    every = [line.start for line in _judge_every_line(text)]
    assert [line.start for line in boilerplate._furniture_lines(text)] == every


def _judge_every_line(text: str):
    introduced = False
    above = 0  # non-blank lines so far: an address goes only under the title or closing the text
    for start in (line.start for line in lines_from(text, 0)):
        end = text.find("\n", start) + 1 or len(text)
        line = text[start:end].strip()
        closing = not text[end:].strip()
        cited = (introduced or (above > 1 and not closing)) and BARE_URL.fullmatch(line) is not None
        if end - start <= MAX_LINE_CHARS + 2 and not cited and is_furniture(line):
            yield Line(text, start)
        if line:
            introduced = line.endswith(":")
            above += 1
