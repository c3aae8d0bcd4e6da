"""The boilerplate filter in the pipeline: whole lines only, layout kept, running twice equals once."""

from __future__ import annotations

import pytest

from cleanfeed import Cleaner
from cleanfeed.filters.boilerplate import is_furniture, strip_boilerplate

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
