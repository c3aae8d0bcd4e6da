"""A file with its line breaks lost: one huge line streams in flat memory and linear time."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

from cleanfeed import Cleaner, batch, io
from cleanfeed.filters import encoding
from tests.test_cli import run, write

SENTENCE = "Prices rose on Monday. Analysts said the rally would fade. "


def _peak_memory(path: Path) -> int:
    options = batch.Options(cleaner=Cleaner(only=["encoding"]), mode=batch.Mode.FILES)
    job = batch.Job(source=path, name=path.name, target=path.with_suffix(".out"))
    tracemalloc.start()
    try:
        assert batch.process(job, options).status == "unchanged"
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_memory_does_not_grow_with_a_one_line_file(tmp_path):
    size = 8 << 20  # read whole before files streamed in two passes
    small, large = tmp_path / "small.txt", tmp_path / "large.txt"
    small.write_text(SENTENCE * (size // len(SENTENCE)), encoding="utf-8")
    large.write_text(SENTENCE * (2 * size // len(SENTENCE)), encoding="utf-8")
    assert _peak_memory(large) < 1.25 * _peak_memory(small)


def test_a_big_file_with_a_late_nul_byte_writes_nothing(tree, monkeypatch):
    monkeypatch.setattr(io, "WHOLE_FILE_LIMIT", 1024)
    write("a.txt", SENTENCE * 90_000 + "\x00")  # blocks would be written before it is read
    result = run("a.txt")
    assert (result.exit_code, result.stdout) == (3, "")
    assert "binary file (NUL byte at offset 5,310,000)" in result.stderr


def test_ftfy_sees_a_window_of_a_long_line_not_the_line(monkeypatch):
    seen: list[int] = []
    repair = encoding._repair_line
    monkeypatch.setattr(encoding, "_repair_line", lambda line, *a, **k: seen.append(len(line)) or repair(line, *a, **k))
    filler = SENTENCE * (encoding.LONG_LINE // len(SENTENCE))
    line = "ZÃ¼rich " + filler + "the ministerâ€™s plan " + filler + "&amp; end"
    assert encoding.repair_encoding(line) == "Zürich " + filler + "the minister’s plan " + filler + "& end"
    assert len(seen) == 3 and max(seen) < 3 * encoding._WINDOW_REACH
