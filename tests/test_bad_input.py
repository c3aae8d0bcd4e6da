"""The bad-input matrix: each case gives one clear line on stderr, its exit code, and no damaged input.

Cases that need conditions a test cannot make for real (a full disk, a file
that vanishes between listing and reading, permission denied when the tests run
as root) are simulated at the system-call boundary.
"""

from __future__ import annotations

import errno
import hashlib
import os
from pathlib import Path

import pytest

from cleanfeed import batch
from tests.test_cli import CLEANED, DIRTY, run, write


def snapshot(root: Path) -> dict[str, str]:
    """A digest of every file under ``root``, to prove the inputs were not touched."""
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file() and not p.is_symlink()
    }


def errors(stderr: str) -> list[str]:
    assert "Traceback" not in stderr
    return [line for line in stderr.splitlines() if line.startswith("cleanfeed: error: ")]


@pytest.fixture
def inputs(tree: Path) -> Path:
    write("in/good.txt", DIRTY)
    write("in/other.txt", DIRTY)
    return tree / "in"


def test_missing_file(tree):
    result = run("nope.txt")
    assert result.exit_code == 2
    assert errors(result.stderr) == ["cleanfeed: error: nope.txt: no such file or directory (see cleanfeed --help)"]


def test_directory_without_output(inputs):
    before = snapshot(inputs)
    result = run("in")
    assert result.exit_code == 2
    [line] = errors(result.stderr)
    assert "in is a directory" in line and "-o DIR" in line
    assert snapshot(inputs) == before


@pytest.mark.parametrize("content", [b"\x00\x01binary", b"text at first\n" * 10 + b"then a \x00 NUL"])
def test_binary_file_is_skipped_and_the_others_are_cleaned(inputs, content):
    write("in/bad.txt", content)
    before = snapshot(inputs)
    result = run("in", "-o", "out")
    assert result.exit_code == 3
    [line] = errors(result.stderr)
    assert line.startswith("cleanfeed: error: in/bad.txt: binary file (NUL byte at offset")
    assert not Path("out/bad.txt").exists()
    assert Path("out/good.txt").read_text() == CLEANED
    assert snapshot(inputs) == before


def test_invalid_utf8_in_the_middle_of_a_file(inputs):
    write("in/mixed.txt", "Zürich. ".encode() * 100 + b"caf\xe9 " + "Zürich.\n".encode())
    before = snapshot(inputs)
    result = run("in/mixed.txt")
    assert result.exit_code == 0
    assert result.stdout.endswith("café Zürich.\n")
    assert "in/mixed.txt: not valid UTF-8 (1 byte from offset 903 decoded as cp1252)" in result.stderr
    assert snapshot(inputs) == before


def test_utf16_with_bom_is_decoded_and_written_as_utf8(inputs):
    write("in/wide.txt", DIRTY.encode("utf-16"))
    result = run("in/wide.txt")
    assert (result.exit_code, result.stdout) == (0, CLEANED)
    assert "in/wide.txt: decoded as UTF-16; output is UTF-8" in result.stderr


def test_crlf_line_endings_are_kept(inputs):
    write("in/crlf.txt", DIRTY.replace("\n", "\r\n") + "Second line.\r\n")
    result = run("in/crlf.txt")
    assert result.stdout_bytes == (CLEANED.replace("\n", "\r\n") + "Second line.\r\n").encode()


def test_empty_input(inputs):
    write("in/empty.txt", b"")
    result = run("in/empty.txt")
    assert (result.exit_code, result.stdout) == (0, "")
    assert "in/empty.txt: empty input" in result.stderr


def test_permission_denied(inputs, monkeypatch):
    real_read_bytes = Path.read_bytes

    def refuse(path: Path) -> bytes:
        if path.name == "good.txt":
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_read_bytes(path)

    monkeypatch.setattr(Path, "read_bytes", refuse)
    result = run("in", "-o", "out")
    assert result.exit_code == 3
    assert errors(result.stderr) == ["cleanfeed: error: in/good.txt: permission denied"]
    assert Path("out/other.txt").read_text() == CLEANED


def test_an_unreadable_file_named_among_others_fails_alone(inputs, monkeypatch):
    """Named on the command line as in a directory: one line, exit 3, the other files cleaned."""
    real_read_bytes, real_access = Path.read_bytes, os.access

    def refuse(path: Path) -> bytes:
        if path.name == "good.txt":
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_read_bytes(path)

    monkeypatch.setattr(Path, "read_bytes", refuse)
    monkeypatch.setattr(os, "access", lambda path, mode, **kw: "good.txt" not in str(path) and real_access(path, mode))
    result = run("in/good.txt", "in/other.txt", "-o", "out")
    assert result.exit_code == 3
    assert errors(result.stderr) == ["cleanfeed: error: in/good.txt: permission denied"]
    assert Path("out/other.txt").read_text() == CLEANED


def test_directory_loop_is_noted_and_skipped(inputs):
    os.symlink("..", "in/loop")
    result = run("in", "-o", "out")
    assert result.exit_code == 0
    assert "directory already walked" in result.stderr
    assert sorted(p.name for p in Path("out").rglob("*.txt")) == ["good.txt", "other.txt"]


def test_file_deleted_mid_batch(inputs, monkeypatch):
    real_collect = batch.collect_jobs

    def collect_then_delete(*args, **kwargs):
        jobs = real_collect(*args, **kwargs)
        Path("in/good.txt").unlink()  # gone after listing, before reading
        return jobs

    monkeypatch.setattr("cleanfeed.cli.collect_jobs", collect_then_delete)
    result = run("in", "-o", "out", "--jobs", "1")
    assert result.exit_code == 3
    [line] = errors(result.stderr)
    assert (line.startswith("cleanfeed: error: in/good.txt: ") and "No such file" in line) or "no such file" in line
    assert Path("out/other.txt").read_text() == CLEANED


def test_full_disk_on_output(inputs, monkeypatch):
    real_fdopen = os.fdopen

    class FullDisk:
        def __init__(self, handle):
            self.handle = handle

        def write(self, data):
            raise OSError(errno.ENOSPC, "No space left on device")

        def __getattr__(self, name):
            return getattr(self.handle, name)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.handle.close()

    monkeypatch.setattr(os, "fdopen", lambda fd, *a, **k: FullDisk(real_fdopen(fd, *a, **k)))
    before = snapshot(inputs)
    result = run("in", "-o", "out", "--jobs", "1")
    assert result.exit_code == 3
    assert errors(result.stderr) == [
        "cleanfeed: error: in/good.txt: cannot write out/good.txt: No space left on device",
        "cleanfeed: error: in/other.txt: cannot write out/other.txt: No space left on device",
    ]
    assert not [p for p in Path("out").rglob("*") if p.is_file()]  # no partial file, no temp file left
    assert snapshot(inputs) == before


def test_interrupted_run_exits_130_without_a_traceback(inputs, monkeypatch):
    def interrupt(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr("cleanfeed.cli.run_jobs", interrupt)
    result = run("in", "-o", "out")
    assert result.exit_code == 130
    assert result.stderr.strip() == "cleanfeed: interrupted"
