"""The committed precision audits (``tests/audit/<filter>.jsonl``) are well formed, meet their
targets, and every edit they found wrong stays fixed.

Each audit is a random sample of one filter's edits on real scraped articles, read in
context and judged CORRECT, WRONG or DEBATABLE. A later round is a fresh sample drawn
after the rules it found wrong were fixed. A round whose filter no longer made any edit
on the corpus is recorded as one row with the verdict NO-EDITS.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from benchmarks.audit_table import AUDIT_DIR, rounds
from cleanfeed import Cleaner

FIELDS = {"filter", "round", "seed", "id", "offset", "removed", "inserted", "context", "verdict", "reason"}
VERDICTS = {"CORRECT", "WRONG", "DEBATABLE", "NO-EDITS"}
#: Precision a filter's last round must reach; the rest must reach DEFAULT_TARGET.
TARGETS = {"subheads": 0.95, "subheads-drop": 0.95}
DEFAULT_TARGET = 0.995
#: The change in a row's context: ``⟦removed→inserted⟧``, ``⟦→inserted⟧`` or ``⟦text⟧``.
MARK = re.compile(r"⟦(.*?)⟧", re.DOTALL)

AUDITS = sorted(AUDIT_DIR.glob("*.jsonl"))


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("path", AUDITS, ids=[p.stem for p in AUDITS])
def test_audit_rows_are_well_formed(path: Path) -> None:
    for number, row in enumerate(_rows(path), 1):
        assert row.keys() >= FIELDS, f"{path.name}:{number} lacks {sorted(FIELDS - row.keys())}"
        assert row["verdict"] in VERDICTS, f"{path.name}:{number}: {row['verdict']!r}"
        assert row["reason"].strip(), f"{path.name}:{number}: a judgment needs its reason"
        if row["verdict"] != "NO-EDITS":
            assert len(MARK.findall(row["context"])) == 1, f"{path.name}:{number}: mark the change once with ⟦…⟧"


def test_last_rounds_hold_no_wrong_and_meet_their_targets() -> None:
    last = {found.name: found for found in rounds()}  # rounds come in order
    assert last, "no audits committed"
    for name, found in last.items():
        assert found.counts["WRONG"] == 0, f"{name} round {found.number} still holds {found.counts['WRONG']} WRONG"
        assert found.precision >= TARGETS.get(name, DEFAULT_TARGET), name


def _wrong_rows() -> list:
    return [
        pytest.param(row, id=f"{row['filter']}-{row['round']}-{row['id']}@{row['offset']}")
        for path in AUDITS
        for row in _rows(path)
        if row["verdict"] == "WRONG"
    ]


@pytest.mark.parametrize("row", _wrong_rows())
def test_every_wrong_edit_stays_fixed(row: dict) -> None:
    """The text around a wrong edit, as it was, no longer gets that edit there."""
    mark = MARK.search(row["context"])
    text = row["context"][: mark.start()] + row["removed"] + row["context"][mark.end() :]
    name, _, mode = row["filter"].partition("-")
    options = {name: mode} if mode else {}
    edits = Cleaner(**options).explain(text).edits
    at = mark.start()
    same = [e for e in edits if e.filter == name and e.removed == row["removed"] and e.inserted == row["inserted"]]
    assert not [e for e in same if abs(e.start - at) <= 2], f"{row['reason']}: {text!r}"


def test_the_precision_table_in_the_docs_is_current(capsys: pytest.CaptureFixture[str]) -> None:
    from benchmarks.audit_table import main

    main()
    table = capsys.readouterr().out
    docs = (AUDIT_DIR.parents[1] / "docs" / "precision.md").read_text(encoding="utf-8")
    assert table in docs, "docs/precision.md: paste the output of python benchmarks/audit_table.py"
