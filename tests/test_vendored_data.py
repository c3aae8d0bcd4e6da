"""The vendored contract cases in tests/data are the contract's, and enough of them.

These are the only tests that need the contract corpus beside the repository; without
it they skip, and the test session's header says so.
"""

from __future__ import annotations

import pytest

from tests.conftest import CONTRACT_CORPUS, DATA
from tests.data.refresh import articles_the_credits_filter_changes

pytestmark = pytest.mark.skipif(not CONTRACT_CORPUS.is_dir(), reason="the contract corpus is not beside the repository")
REFRESH = "refresh with: python tests/data/refresh.py CORPUS_DIR"


def test_dev_cases_are_the_contracts() -> None:
    vendored = (DATA / "dev.jsonl").read_bytes()
    assert vendored == (CONTRACT_CORPUS / "dev.jsonl").read_bytes(), f"tests/data/dev.jsonl is stale; {REFRESH}"


def test_every_article_the_credits_filter_changes_is_vendored() -> None:
    wanted = set(articles_the_credits_filter_changes(CONTRACT_CORPUS / "real" / "articles.jsonl"))
    vendored = set((DATA / "articles.jsonl").read_text(encoding="utf-8").splitlines(keepends=True))
    assert wanted <= vendored, f"{len(wanted - vendored)} changed articles are not vendored; {REFRESH}"
