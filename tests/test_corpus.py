"""The labelled dev corpus, and cases written to the SPEC in its style, as ratchets.

Every case of a category whose filters all exist must pass, except the ids listed
in ``corpus_known_failures.txt`` (``spec_cases_known_failures.txt`` for the written
cases, ``data/spec_cases.jsonl``); a listed case that starts passing fails the test
too, so each list can only shrink.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cleanfeed import FILTER_NAMES, clean
from tests.conftest import DATA, load_jsonl

DEV = DATA / "dev.jsonl"
KNOWN_FAILURES_FILE = Path(__file__).parent / "corpus_known_failures.txt"
SPEC_CASES = DATA / "spec_cases.jsonl"
SPEC_KNOWN_FAILURES_FILE = Path(__file__).parent / "spec_cases_known_failures.txt"
ALL = ("encoding", "credits", "subheads", "sentences")

# The filters a category's expected output depends on.
NEEDS = {
    "encoding": ("encoding",),
    "encoding-control": ALL,
    "sentences": ("sentences",),
    "sentences-control": ALL,
    "credits": ("credits",),
    "credits-control": ALL,
    "subheads": ("subheads", "sentences"),
    "subheads-control": ALL,
    "articles": ALL,
    "flags": ALL,
}


def _known_failures(path: Path = KNOWN_FAILURES_FILE) -> set[str]:
    if not path.exists():
        return set()
    lines = path.read_text(encoding="utf-8").splitlines()
    return {line.split("#")[0].strip() for line in lines if line.split("#")[0].strip()}


def _options(args: list[str]) -> dict:
    options = {}
    it = iter(args)
    for arg in it:
        name, _, value = arg.partition("=")
        if name in ("--subheads", "--embeds", "--only", "--skip"):
            options[name[2:]] = value or next(it)
        else:
            raise AssertionError(f"corpus test does not know the flag {arg!r}")
    return options


def _cases(path: Path = DEV):
    params = []
    for case in load_jsonl(path):
        missing = [name for name in NEEDS.get(case["cat"], ALL) if name not in FILTER_NAMES]
        marks = [pytest.mark.skip(reason=f"needs filters {missing}")] if missing else []
        params.append(pytest.param(case, id=case["id"], marks=marks))
    return params


@pytest.mark.parametrize("case", _cases())
def test_dev_case(case: dict) -> None:
    _check(case, KNOWN_FAILURES_FILE)


@pytest.mark.parametrize("case", _cases(SPEC_CASES))
def test_written_case(case: dict) -> None:
    _check(case, SPEC_KNOWN_FAILURES_FILE)


def _check(case: dict, known_failures: Path) -> None:
    got = clean(case["dirty"], **_options(case.get("args", [])))
    passed = got.rstrip("\n") == case["clean"].rstrip("\n")
    if case["id"] in _known_failures(known_failures):
        assert not passed, f"{case['id']} passes now: remove it from {known_failures.name}"
    else:
        assert got.rstrip("\n") == case["clean"].rstrip("\n")
