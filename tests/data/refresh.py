"""Refresh the vendored contract cases from the contract corpus.

    python tests/data/refresh.py CORPUS_DIR

CORPUS_DIR holds ``dev.jsonl`` (the labelled contract cases, copied whole) and
``real/articles.jsonl`` (real scraped articles, of which only those the credits filter
changes are kept: the idempotence test learns nothing from a text the filter leaves alone).
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).parent


def articles_the_credits_filter_changes(path: Path) -> list[str]:
    """The lines of ``path`` (JSONL, field ``text``) whose text ``strip_credits`` changes."""
    from cleanfeed.filters.credits import strip_credits

    with path.open(encoding="utf-8") as handle:
        lines = list(handle)
    texts = [json.loads(line)["text"] for line in lines]
    return [line for line, text in zip(lines, texts, strict=True) if strip_credits(text) != text]


def main(corpus: Path) -> None:
    shutil.copyfile(corpus / "dev.jsonl", HERE / "dev.jsonl")
    lines = articles_the_credits_filter_changes(corpus / "real" / "articles.jsonl")
    (HERE / "articles.jsonl").write_text("".join(lines), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
