"""Cleaner in Hugging Face datasets maps, in one process and two, and the batched helper's changes column."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleanfeed import Cleaner
from tests.conftest import DATA, load_jsonl

pytestmark = pytest.mark.hf

pytest.importorskip("datasets", reason="the hf extra is not installed (pip install 'cleanfeed[hf]')")

# Clean records first, so that a whole batch of them holds no change (the changes column's type must still hold).
TEXTS = ["Fine text.", "", "Also fine."] + [r["text"] for r in load_jsonl(DATA / "articles.jsonl")[:20]]


@pytest.fixture(autouse=True)
def offline(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No network, and every cache under tmp_path."""
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    monkeypatch.setenv("HF_DATASETS_CACHE", str(tmp_path / "hf" / "datasets"))


def _dataset():
    from datasets import Dataset

    return Dataset.from_dict({"id": list(range(len(TEXTS))), "text": TEXTS})


def test_a_cleaner_maps_in_two_processes() -> None:
    cleaner = Cleaner(subheads="drop")
    out = _dataset().map(lambda record: {"text": cleaner(record["text"])}, num_proc=2)
    assert out["text"] == [cleaner(text) for text in TEXTS]
    assert out["id"] == list(range(len(TEXTS)))


def test_batched_helper_writes_the_changes_column() -> None:
    from cleanfeed.integrations.hf import clean_dataset

    cleaner = Cleaner()
    out = clean_dataset(_dataset(), cleaner, changes_column="changes", batch_size=3, num_proc=2)
    results = [cleaner.explain(text) for text in TEXTS]
    assert out["text"] == [result.text for result in results]
    assert out["id"] == list(range(len(TEXTS)))
    assert out["changes"] == [[edit._asdict() for edit in result.edits] for result in results]
    assert out["changes"][0] == [] and sum(map(len, out["changes"])) > 0


def test_batched_helper_without_changes_column() -> None:
    from cleanfeed.integrations.hf import clean_batch

    out = _dataset().map(clean_batch(subheads="keep"), batched=True)
    assert out.column_names == ["id", "text"]
    assert out["text"] == [Cleaner(subheads="keep")(text) for text in TEXTS]


def test_the_helper_hashes_the_same_for_the_same_options() -> None:
    """datasets reuses a cached map only when the function hashes the same in the next run."""
    from datasets.fingerprint import Hasher

    from cleanfeed.integrations.hf import clean_batch

    assert Hasher.hash(clean_batch(subheads="drop")) == Hasher.hash(clean_batch(Cleaner(subheads="drop")))
    assert Hasher.hash(clean_batch(subheads="drop")) != Hasher.hash(clean_batch(subheads="keep"))


def test_the_helper_cleans_an_iterable_dataset() -> None:
    from cleanfeed.integrations.hf import clean_dataset

    cleaner = Cleaner()
    out = list(clean_dataset(_dataset().to_iterable_dataset(), cleaner, changes_column="changes", batch_size=3))
    assert [record["text"] for record in out] == [cleaner(text) for text in TEXTS]
    assert [record["changes"] for record in out] == [[e._asdict() for e in cleaner.explain(t).edits] for t in TEXTS]
