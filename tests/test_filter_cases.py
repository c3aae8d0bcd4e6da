"""Golden cases per filter, kept as data in ``tests/cases/<filter>.jsonl``.

Each line is ``{"dirty": ..., "clean": ...}``; a case without ``clean`` must come
back unchanged. ``"why"`` names the rule the case is there for. Cases run through
the filter alone, with the options in ``"options"`` if any: ``at_start``/``at_end``,
and the filter's mode under its name, as the command line takes it (``"subheads": "drop"``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cleanfeed.filters import FILTERS
from tests.conftest import load_jsonl

CASES_DIR = Path(__file__).parent / "cases"
BY_NAME = {f.name: f for f in FILTERS}


def _cases():
    for path in sorted(CASES_DIR.glob("*.jsonl")):
        name = path.stem
        for number, case in enumerate(load_jsonl(path), 1):
            marks = [] if name in BY_NAME else [pytest.mark.skip(reason=f"filter {name!r} does not exist")]
            yield pytest.param(name, case, id=f"{name}-{number}", marks=marks)


@pytest.mark.parametrize(("name", "case"), list(_cases()))
def test_golden_case(name: str, case: dict) -> None:
    expected = case.get("clean", case["dirty"])
    options = dict(case.get("options", {}))
    mode = options.pop(name, None)
    assert BY_NAME[name](case["dirty"], mode=mode, **options) == expected, case.get("why")


def test_every_filter_has_cases() -> None:
    missing = [f.name for f in FILTERS if not (CASES_DIR / f"{f.name}.jsonl").exists()]
    assert not missing
