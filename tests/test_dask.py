"""Dask helpers and a real LocalCluster: results equal a local run."""

from __future__ import annotations

import pytest

from cleanfeed import Cleaner

pytestmark = pytest.mark.dask

dask = pytest.importorskip("dask", reason="the dask extra is not installed (pip install 'cleanfeed[dask]')")
distributed = pytest.importorskip("distributed", reason="the dask extra is not installed")

TEXTS = ["ZÃ¼rich &amp; Bern.", "Fine text.", "", "x\n\nâ€œquotedâ€ y"]


def test_bag_and_dataframe_helpers_match_local_cleaning():
    import dask.bag as db

    from cleanfeed.dask import clean_bag, clean_column

    cleaner = Cleaner()
    local = [cleaner(t) for t in TEXTS]
    assert clean_bag(db.from_sequence(TEXTS, npartitions=2), cleaner).compute(scheduler="sync") == local

    pd = pytest.importorskip("pandas")
    import dask.dataframe as dd

    frame = dd.from_pandas(pd.DataFrame({"id": range(len(TEXTS)), "text": TEXTS}), npartitions=2)
    out = clean_column(frame, "text", into="clean").compute(scheduler="sync")
    assert list(out["clean"]) == local
    assert list(out["text"]) == TEXTS


def test_options_or_cleaner_not_both():
    from cleanfeed.dask import clean_bag

    with pytest.raises(TypeError):
        clean_bag(None, Cleaner(), subheads="keep")


def test_local_cluster_results_equal_local_run(tmp_path):
    import dask.bag as db
    from distributed import Client, LocalCluster

    from cleanfeed.dask import clean_bag

    cleaner = Cleaner()
    texts = TEXTS * 25
    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
        ) as cluster,
        Client(cluster) as client,
    ):
        got = clean_bag(db.from_sequence(texts, npartitions=4), cleaner).compute()
        assert len(client.scheduler_info()["workers"]) == 2
    assert got == [cleaner(t) for t in texts]
