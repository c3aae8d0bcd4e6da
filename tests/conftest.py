from __future__ import annotations

import json
from pathlib import Path

import pytest

TESTS = Path(__file__).parent
REPO = TESTS.parent
SHARED_CORPUS = REPO.parent / "shared" / "corpus"


def load_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


@pytest.fixture
def samples() -> Path:
    return REPO / "samples"
