"""Print the precision table of the committed audits (``tests/audit/*.jsonl``) as Markdown.

    python benchmarks/audit_table.py > table.md

Each audit file holds one judgment a line (``filter``, ``round``, ``seed``, ``id``, ``offset``,
``removed``, ``inserted``, ``context``, ``verdict``, ``reason``); a round is one fresh random
sample drawn after the rules the earlier rounds found wrong were fixed (seed ``null``: every
edit of its kind was read, no sample drawn); a round whose filter made no edit at all on the
corpus is one row with the verdict NO-EDITS. Precision is correct / (correct + wrong);
debatable judgments are counted apart.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

AUDIT_DIR = Path(__file__).resolve().parents[1] / "tests" / "audit"


class Round:
    """One round of one filter's audit: its seeds and the count of each verdict."""

    def __init__(self, name: str, number: int) -> None:
        self.name, self.number = name, number
        self.seeds: list[int | None] = []
        self.counts: Counter[str] = Counter()

    @property
    def sampled(self) -> int:
        return sum(self.counts.values()) - self.counts["NO-EDITS"]

    @property
    def precision(self) -> float:
        judged = self.counts["CORRECT"] + self.counts["WRONG"]
        return self.counts["CORRECT"] / judged if judged else 1.0

    @property
    def seed(self) -> str:
        return ", ".join("all" if seed is None else str(seed) for seed in self.seeds)


def rounds(audit_dir: Path = AUDIT_DIR) -> list[Round]:
    """Every round of every audit file, by filter and round number."""
    table: dict[tuple[str, int], Round] = {}
    for path in sorted(audit_dir.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            key = (row["filter"], row["round"])
            found = table.setdefault(key, Round(*key))
            if row["seed"] not in found.seeds:
                found.seeds.append(row["seed"])
            found.counts[row["verdict"]] += 1
    return [table[key] for key in sorted(table)]


def main() -> None:
    out = sys.stdout
    out.write("| filter | round | seed | sampled | correct | wrong | debatable | precision |\n")
    out.write("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n")
    for found in rounds():
        counts = found.counts
        out.write(
            f"| {found.name} | {found.number} | {found.seed} | {found.sampled} | {counts['CORRECT']} | "
            f"{counts['WRONG']} | {counts['DEBATABLE']} | {100 * found.precision:.1f}% |\n"
        )


if __name__ == "__main__":
    main()
