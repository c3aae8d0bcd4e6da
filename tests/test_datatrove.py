"""The datatrove step in a real LocalPipelineExecutor: the same text as Cleaner, counts in datatrove's stats."""

from __future__ import annotations

import json
import pickle
from collections import Counter
from pathlib import Path

import pytest

from cleanfeed import Cleaner
from tests.conftest import DATA, load_jsonl

pytestmark = pytest.mark.datatrove

pytest.importorskip("datatrove", reason="the datatrove extra is not installed (pip install 'cleanfeed[datatrove]')")
pytest.importorskip("regex", reason="the datatrove extra is not installed")

ARTICLES = load_jsonl(DATA / "articles.jsonl")


def _totals(logging_dir: Path, step: str) -> dict[str, int]:
    """The totals datatrove saved for ``step``, summed over tasks (a count of ones is saved as a bare number)."""
    merged = json.loads((logging_dir / "stats.json").read_text(encoding="utf-8"))
    stats = next(entry["stats"] for entry in merged if entry["name"] == step)
    return {name: value if isinstance(value, int) else value["total"] for name, value in stats.items()}


def test_pipeline_output_and_stats_match_the_cleaner(tmp_path: Path) -> None:
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter

    from cleanfeed.integrations.datatrove import CleanfeedFormatter

    (tmp_path / "raw").mkdir()
    for shard in range(2):
        with (tmp_path / "raw" / f"{shard}.jsonl").open("w", encoding="utf-8") as handle:
            for record in ARTICLES[shard::2]:
                handle.write(json.dumps({"id": record["id"], "text": record["text"]}, ensure_ascii=False) + "\n")
    step = CleanfeedFormatter(subheads="drop")
    LocalPipelineExecutor(
        [JsonlReader(str(tmp_path / "raw")), step, JsonlWriter(str(tmp_path / "clean"), compression=None)],
        tasks=2,
        workers=2,
        logging_dir=str(tmp_path / "logs"),
    ).run()

    cleaner = Cleaner(subheads="drop")
    out = {r["id"]: r["text"] for path in (tmp_path / "clean").glob("*.jsonl") for r in load_jsonl(path)}
    assert out == {r["id"]: cleaner(r["text"]) for r in ARTICLES}

    results = [cleaner.explain(r["text"]) for r in ARTICLES]
    edits = Counter(edit.filter for result in results for edit in result.edits)
    stats = _totals(tmp_path / "logs", str(step))
    assert stats["total"] == len(ARTICLES)
    assert stats["changed"] == sum(result.changed for result in results) > 0
    assert {name: stats[f"edits_{name}"] for name in edits} == edits
    assert len(edits) >= 3  # the articles exercise several filters, so the per-filter counts are tested
    assert "blocks_left_unchanged" not in stats  # none of these articles trips the safety check


def test_refused_blocks_are_counted(monkeypatch: pytest.MonkeyPatch) -> None:
    from cleanfeed.integrations.datatrove import CleanfeedFormatter
    from cleanfeed.pipeline import SafetyError

    def refuse(self, block, **_):
        raise SafetyError("refused for the test", "sentences")

    step = CleanfeedFormatter()
    monkeypatch.setattr(Cleaner, "clean_block", refuse)
    text = "Prices rose.Next month may be worse."
    assert step.format(text) == text
    assert step.stats.stats["blocks_left_unchanged"].total == 1
    assert "changed" not in step.stats.stats


def test_step_pickles_and_takes_a_cleaner_or_options() -> None:
    from cleanfeed.integrations.datatrove import CleanfeedFormatter

    step = pickle.loads(pickle.dumps(CleanfeedFormatter(skip="credits", subheads="keep")))
    assert step.cleaner == Cleaner(skip="credits", subheads="keep")
    assert CleanfeedFormatter(Cleaner(only="encoding")).format("ZÃ¼rich.Then") == "Zürich.Then"
    with pytest.raises(TypeError):
        CleanfeedFormatter(Cleaner(), subheads="keep")
