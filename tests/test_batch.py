"""The installed command as a real process: pipes, ``| head``, ``--diff`` through ``patch``, a killed ``--in-place``."""

from __future__ import annotations

import io
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import REPO

COMMAND = [shutil.which("cleanfeed")] if shutil.which("cleanfeed") else [sys.executable, "-m", "cleanfeed"]


def cleanfeed(*args: str, cwd: Path, input: bytes | None = None, check: bool = True) -> subprocess.CompletedProcess:
    empty = cwd / "empty-config.toml"
    empty.touch()
    result = subprocess.run(
        [*COMMAND, "--config", str(empty), *args], cwd=cwd, input=input, capture_output=True, timeout=300
    )
    if check:
        assert result.returncode == 0, result.stderr.decode()
    return result


def test_pipe_bytes_through_the_installed_command(tmp_path):
    dirty = "ZÃ¼rich &amp; Geneva\r\nAnd a last line".encode()
    result = cleanfeed(cwd=tmp_path, input=dirty)
    assert result.stdout == "Zürich & Geneva\r\nAnd a last line".encode()
    assert result.stderr == b""


def test_closed_stdout_pipe_exits_quietly(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("A line of text with nothing to repair in it\n" * 200_000, encoding="utf-8")  # ~9 MB
    empty = tmp_path / "empty-config.toml"
    empty.touch()
    process = subprocess.Popen(
        [*COMMAND, "--config", str(empty), "--only", "encoding", str(big)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout.readline().startswith(b"A line")
    process.stdout.close()  # like `| head -1`
    stderr = process.stderr.read()
    assert process.wait(timeout=120) == 0
    assert stderr == b""


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("mode", [[], ["--diff"], ["--show-changes"]])
def test_a_full_disk_on_stdout_is_one_line_naming_stdout(tmp_path, mode):
    (tmp_path / "a.txt").write_bytes("ZÃ¼rich &amp; Geneva\n".encode())
    empty = tmp_path / "empty-config.toml"
    empty.touch()
    with open("/dev/full", "wb") as full:
        result = subprocess.run(
            [*COMMAND, "--config", str(empty), "a.txt", *mode], cwd=tmp_path, stdout=full, stderr=subprocess.PIPE
        )
    assert result.returncode == 3
    assert (
        result.stderr.decode().splitlines()[0]
        == "cleanfeed: error: a.txt: cannot write standard output: No space left on device"
    )
    assert b"Traceback" not in result.stderr


@pytest.mark.skipif(shutil.which("patch") is None, reason="needs patch")
def test_diff_applied_with_patch_gives_the_cleaned_files(tmp_path):
    articles = tmp_path / "articles"
    shutil.copytree(REPO / "samples", articles / "samples")
    (articles / "crlf.txt").write_bytes("first line\r\nZÃ¼rich &amp; Geneva\r\nlast line\r\n".encode())
    (articles / "no-final-newline.txt").write_bytes("one\ntwo\nZÃ¼rich".encode())
    (articles / "nested" / "deeper").mkdir(parents=True)
    (articles / "nested" / "deeper" / "a.txt").write_bytes(("line\n" * 20 + "Ã¼ber\n" + "line\n" * 20).encode())
    (articles / "unchanged.txt").write_bytes(b"Nothing to repair in this line\n")

    cleanfeed("articles", "-o", "cleaned", cwd=tmp_path)
    diff = cleanfeed("articles", "--diff", cwd=tmp_path, check=False)
    assert diff.returncode == 0, diff.stderr
    assert b"\\ No newline at end of file" in diff.stdout
    (tmp_path / "changes.patch").write_bytes(diff.stdout)
    applied = subprocess.run(
        ["patch", "-p0", "--fuzz=0", "--no-backup-if-mismatch", "-i", "changes.patch"],
        cwd=tmp_path,
        capture_output=True,
    )
    assert applied.returncode == 0, applied.stdout + applied.stderr
    originals = sorted(p.relative_to(articles) for p in articles.rglob("*.txt"))
    assert originals == sorted(p.relative_to(tmp_path / "cleaned") for p in (tmp_path / "cleaned").rglob("*.txt"))
    for relative in originals:
        assert (articles / relative).read_bytes() == (tmp_path / "cleaned" / relative).read_bytes(), relative
    assert cleanfeed("articles", "--check", cwd=tmp_path, check=False).returncode == 0


@pytest.mark.skipif(not hasattr(os, "killpg"), reason="needs process groups")
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_in_place_killed_midway_leaves_every_file_old_or_new(tmp_path, jobs):
    count = 3000
    corpus = tmp_path / "corpus"
    old, new = {}, {}
    for i in range(count):
        path = corpus / f"{i % 30:02}" / f"{i:05}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        text = f"Article {i} from ZÃ¼rich &amp; Geneva\n" + "A plain line of text with nothing to repair\n" * 40
        path.write_bytes(text.encode())
        old[path] = text.encode()
        new[path] = text.replace("ZÃ¼rich &amp;", "Zürich &").encode()
    empty = tmp_path / "empty-config.toml"
    empty.touch()
    process = subprocess.Popen(
        [*COMMAND, "--config", str(empty), "--only", "encoding", "--in-place", "--jobs", jobs, "-q", str(corpus)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # its own process group, so the kill reaches the workers too
    )
    first = next(iter(old))
    last = list(old)[-1]
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:
        if any(p.read_bytes() != old[p] for p in (first, list(old)[count // 10])):
            break
        time.sleep(0.002)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait(timeout=30)

    states = {"old": 0, "new": 0}
    for path in old:
        content = path.read_bytes()
        assert content in (old[path], new[path]), f"{path} is neither old nor new"
        states["old" if content == old[path] else "new"] += 1
    leftovers = [p for p in corpus.rglob("*") if p.is_file() and p not in old]
    assert all(p.name.startswith(".") and p.name.endswith(".cleanfeed-tmp") for p in leftovers)
    if last.read_bytes() == new[last] and states["old"] == 0:
        pytest.skip("the run finished before it could be killed")
    assert states["new"] > 0  # it really was killed midway

    cleanfeed("corpus", "--only", "encoding", "--in-place", cwd=tmp_path)  # a rerun finishes the job
    assert all(path.read_bytes() == new[path] for path in old)
    assert [p for p in corpus.rglob("*") if p.is_file() and p not in old] == leftovers  # stray temp files ignored


class _Terminal(io.StringIO):
    """A stand-in for a terminal stream."""

    def __init__(self, tty: bool = True) -> None:
        super().__init__()
        self.tty = tty
        self.buffer = io.BytesIO()

    def isatty(self) -> bool:
        return self.tty


def _diff_batch(tmp_path: Path, files: int, monkeypatch, *, stderr_tty: bool, stdout: str = "file"):
    """A --diff batch with stderr on a terminal or not, and stdout a "file", a "pipe" or a "terminal"."""
    from cleanfeed.batch import Mode, Options, Report, collect_jobs, run_jobs
    from cleanfeed.pipeline import Cleaner

    to_file, stdout_tty = stdout == "file", stdout == "terminal"
    monkeypatch.setattr("cleanfeed.io.stdout_is_a_file", lambda: to_file)

    for i in range(files):
        (tmp_path / "in").mkdir(parents=True, exist_ok=True)
        (tmp_path / "in" / f"{i:03}.txt").write_text(f"{i} ZÃ¼rich\n", encoding="utf-8")
    out, err = _Terminal(stdout_tty), _Terminal(stderr_tty)
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setattr(sys, "stderr", err)
    options = Options(cleaner=Cleaner(only=["encoding"]), mode=Mode.DIFF)
    report = Report(dry_run=True)
    run_jobs(collect_jobs([tmp_path / "in"], options, report), options, report, workers=1)
    report.finish()
    return out.buffer.getvalue().decode(), err.getvalue()


def test_progress_bar_only_for_a_long_batch_on_a_terminal_and_never_on_stdout(tmp_path, monkeypatch):
    from cleanfeed.batch import PROGRESS_MIN_FILES

    out_plain, err_plain = _diff_batch(tmp_path, PROGRESS_MIN_FILES, monkeypatch, stderr_tty=False)
    out_bar, err_bar = _diff_batch(tmp_path, PROGRESS_MIN_FILES, monkeypatch, stderr_tty=True)
    assert out_bar == out_plain and out_plain.count("+++ ") == PROGRESS_MIN_FILES
    assert err_plain == f"{PROGRESS_MIN_FILES} files: {PROGRESS_MIN_FILES} would change, 0 unchanged, 0 failed\n"
    assert "\x1b[" in err_bar and "cleaning" in err_bar  # the bar was drawn on stderr
    assert err_bar.rstrip().endswith(err_plain.rstrip())
    _, err_short = _diff_batch(tmp_path / "short", 3, monkeypatch, stderr_tty=True)
    assert "\x1b[" not in err_short
    _, err_shared = _diff_batch(tmp_path, PROGRESS_MIN_FILES, monkeypatch, stderr_tty=True, stdout="terminal")
    assert "\x1b[" not in err_shared  # a diff on the same terminal would fight the bar
    _, err_paged = _diff_batch(tmp_path, PROGRESS_MIN_FILES, monkeypatch, stderr_tty=True, stdout="pipe")
    assert "\x1b[" not in err_paged  # nor would it through a pager: cleanfeed --diff | less
