from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import settings

TESTS = Path(__file__).parent
REPO = TESTS.parent
# The contract cases the tests rely on, vendored so that a fresh clone runs every test.
DATA = TESTS / "data"
# Where the contract corpus lives beside a checkout, if it does; only the check that the
# vendored copies still match it needs it (see test_vendored_data.py).
CONTRACT_CORPUS = REPO.parent / "shared" / "corpus"

# On CI the property tests try the same examples every run, so a submission is judged by its
# code and not by the luck of the draw; local runs try new examples each time, and
# fuzz/fuzz_pipeline.py explores for minutes.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")


def load_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


@pytest.fixture
def samples() -> Path:
    return REPO / "samples"


@pytest.fixture
def tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A scratch directory as the current directory, with an empty config file in it."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    (tmp_path / "empty.toml").write_text("")
    return tmp_path


def pytest_report_header() -> str:
    if CONTRACT_CORPUS.is_dir():
        return f"contract corpus: {CONTRACT_CORPUS} (vendored copies in tests/data checked against it)"
    return "contract corpus: not beside the repo; tests use tests/data, the check that it is current is skipped"
