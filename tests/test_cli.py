"""The command line in process (CliRunner): every mode, the combinations that make sense, and bad input.

Each run gets an explicit empty config and its own directory, so a developer's
settings never leak in. The texts change only through the ``encoding`` filter
(mojibake and an entity), so these tests hold whatever other filters exist.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from cleanfeed import clean
from cleanfeed.cli import cli
from cleanfeed.filters import FILTER_NAMES

DIRTY = "ZÃ¼rich &amp; Geneva\n"
CLEANED = "Zürich & Geneva\n"
PLAIN = "Nothing to repair in this line\n"


def run(*args: str, input: bytes | str | None = None, config: str = "empty.toml", env: dict | None = None):
    return CliRunner().invoke(cli, ["--config", config, *args], input=input, env=env, catch_exceptions=False)


def write(path: Path | str, text: str | bytes) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_bytes(text.encode("utf-8"))
    return path


def one_line_error(stderr: str, *words: str) -> None:
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("cleanfeed: error: "), stderr
    assert "Traceback" not in stderr
    for word in words:
        assert word in lines[0]


def test_fixture_texts_change_only_through_encoding():
    assert clean(DIRTY) == CLEANED
    assert clean(PLAIN) == PLAIN


# --- one input --------------------------------------------------------------


def test_stdin_to_stdout(tree):
    result = run(input=DIRTY.encode())
    assert (result.exit_code, result.stdout_bytes, result.stderr) == (0, CLEANED.encode(), "")


def test_dash_is_stdin(tree):
    result = run("-", input=DIRTY)
    assert (result.exit_code, result.stdout, result.stderr) == (0, CLEANED, "")


def test_file_to_stdout_keeps_crlf_and_missing_final_newline(tree):
    write("a.txt", "ZÃ¼rich\r\nsecond line\r\nno newline at the end")
    result = run("a.txt")
    assert result.exit_code == 0
    assert result.stdout_bytes == "Zürich\r\nsecond line\r\nno newline at the end".encode()
    assert result.stderr == ""


def test_file_to_output_file(tree):
    write("a.txt", DIRTY)
    result = run("a.txt", "-o", "out.txt")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "")
    assert Path("out.txt").read_text(encoding="utf-8") == CLEANED
    assert Path("a.txt").read_text(encoding="utf-8") == DIRTY  # input untouched


@pytest.mark.parametrize("output", ["out/", "existing"])
def test_file_to_output_directory(tree, output):
    Path("existing").mkdir()
    write("a.txt", DIRTY)
    result = run("a.txt", "-o", output)
    assert result.exit_code == 0, result.stderr
    assert (Path(output) / "a.txt").read_text(encoding="utf-8") == CLEANED


def test_stdin_to_output_file(tree):
    result = run("-o", "out.txt", input=DIRTY)
    assert result.exit_code == 0
    assert Path("out.txt").read_text(encoding="utf-8") == CLEANED


# --- directories and several paths ------------------------------------------------


def make_tree() -> None:
    write("in/a.txt", DIRTY)
    write("in/b.txt", PLAIN)
    write("in/sub/deeper/c.txt", "Ã¼ber &amp; more\n")
    write("in/notes.md", DIRTY)  # not *.txt
    write("in/.hidden.txt", DIRTY)
    write("in/.git/x.txt", DIRTY)


def test_directory_to_output_mirrors_layout(tree):
    make_tree()
    result = run("in", "-o", "out")
    assert result.exit_code == 0
    assert result.stdout == ""
    files = sorted(p.relative_to("out").as_posix() for p in Path("out").rglob("*") if p.is_file())
    assert files == ["a.txt", "b.txt", "sub/deeper/c.txt"]
    assert Path("out/a.txt").read_text(encoding="utf-8") == CLEANED
    assert Path("out/b.txt").read_text(encoding="utf-8") == PLAIN
    assert Path("out/sub/deeper/c.txt").read_text(encoding="utf-8") == "über & more\n"
    assert result.stderr.splitlines() == [
        "cleanfeed: note: in: 2 hidden entries skipped (.git, .hidden.txt)",
        "3 files: 2 changed, 1 unchanged, 0 failed",
    ]


def test_several_files_keep_their_places_under_the_folder_that_holds_them(tree):
    write("col/a/x.txt", DIRTY)
    write("col/b/x.txt", PLAIN)
    write("col/b/deep/y.txt", DIRTY)
    result = run("col/a/x.txt", "col/b/x.txt", "col/b/deep/y.txt", "-o", "out", "-q")
    assert (result.exit_code, result.stderr) == (0, "")
    files = sorted(p.relative_to("out").as_posix() for p in Path("out").rglob("*") if p.is_file())
    assert files == ["a/x.txt", "b/deep/y.txt", "b/x.txt"]
    assert Path("out/a/x.txt").read_text(encoding="utf-8") == CLEANED


def test_several_paths_go_under_their_own_names(tree):
    make_tree()
    write("single.txt", DIRTY)
    result = run("in", "single.txt", "-o", "out", "-q")
    assert (result.exit_code, result.stderr) == (0, "")
    assert Path("out/single.txt").read_text(encoding="utf-8") == CLEANED
    assert Path("out/in/sub/deeper/c.txt").is_file()


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_several_files_to_stdout_one_after_another_like_cat(tree, jobs):
    write("a.txt", DIRTY)
    write("b.txt", PLAIN)
    write("c.txt", "Ã¼ber\n")
    result = run("a.txt", "b.txt", "c.txt", "--jobs", jobs)
    assert result.exit_code == 0
    assert result.stdout == CLEANED + PLAIN + "über\n"
    assert result.stderr == "3 files: 2 changed, 1 unchanged, 0 failed\n"


@pytest.mark.parametrize(
    ("listing", "args"),
    [
        ("a.txt\nsub dir/b.txt\n\n", ["--files-from", "list.txt"]),
        ("a.txt\0sub dir/b.txt\0", ["--files-from", "list.txt", "-0"]),
        ("a.txt\0sub dir/b.txt\0", ["--files-from", "-", "--null"]),
    ],
)
def test_files_from_a_list_or_stdin(tree, listing, args):
    write("a.txt", DIRTY)
    write("sub dir/b.txt", DIRTY)
    write("list.txt", listing)
    result = run(*args, "-o", "out/", "-q", input=listing)
    assert (result.exit_code, result.stderr) == (0, "")
    assert Path("out/a.txt").read_text(encoding="utf-8") == CLEANED
    assert Path("out/sub dir/b.txt").read_text(encoding="utf-8") == CLEANED  # the tree mirrored, not flattened


def test_files_from_an_empty_list_does_nothing_and_says_so(tree):
    result = run("--files-from", "-", input="")
    assert (result.exit_code, result.stdout) == (0, "")
    assert result.stderr == "cleanfeed: note: --files-from -: lists no files; nothing to do\n"


def test_stdin_filename_names_stdin(tree):
    result = run("--stdin-filename", "docs/a b.txt", "--diff", input=DIRTY)
    assert result.stdout.startswith("--- docs/a b.txt\t\n+++ docs/a b.txt\t\n")
    empty = run("--stdin-filename", "docs/a.txt", input="")
    assert empty.stderr == "cleanfeed: note: docs/a.txt: empty input; output is empty\n"


@pytest.mark.parametrize(
    ("args", "incomplete", "expected"),
    [
        (["--only"], "", FILTER_NAMES),
        (["--skip"], "s", ["subheads", "sentences"]),
        (["--enable"], "credits,e", ["credits,encoding", "credits,embeds"]),
        (["--only", "encoding", "--skip"], "encoding,", [f"encoding,{n}" for n in FILTER_NAMES if n != "encoding"]),
    ],
)
def test_shell_completion_of_filter_names(tree, args, incomplete, expected):
    from click.shell_completion import ShellComplete

    completer = ShellComplete(cli, {}, "cleanfeed", "_CLEANFEED_COMPLETE")
    completions = completer.get_completions(["--config", "empty.toml", *args], incomplete)
    assert sorted(c.value for c in completions) == sorted(expected)


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_in_place_does_not_follow_a_symlink_out_of_the_tree(tree):
    write("in/a.txt", DIRTY)
    write("elsewhere/b.txt", DIRTY)
    write("in/sub/c.txt", DIRTY)
    os.symlink(os.path.abspath("elsewhere"), "in/outside")
    os.symlink("sub", "in/inside")  # a link within the tree: its files are cleaned once
    result = run("in", "--in-place")
    assert result.exit_code == 0, result.stderr
    assert (
        "cleanfeed: note: in/outside: symbolic link to a directory outside the tree, not followed (--in-place)"
        in result.stderr.splitlines()
    )
    assert Path("elsewhere/b.txt").read_text(encoding="utf-8") == DIRTY
    assert Path("in/a.txt").read_text(encoding="utf-8") == CLEANED
    assert Path("in/sub/c.txt").read_text(encoding="utf-8") == CLEANED
    copied = run("in", "-o", "out", "-q")  # a copy may follow it: nothing outside is written
    assert copied.exit_code == 0
    assert Path("out/outside/b.txt").read_text(encoding="utf-8") == CLEANED


def test_version_names_python_and_ftfy(tree):
    from importlib.metadata import version

    result = run("--version")
    assert result.exit_code == 0
    assert result.stdout.startswith("cleanfeed ")
    assert f"Python {'.'.join(map(str, sys.version_info[:3]))}" in result.stdout
    assert f"ftfy {version('ftfy')}" in result.stdout


def test_include_and_exclude(tree):
    make_tree()
    result = run("in", "-o", "out", "--include", "*.md", "--include", "*.txt", "--exclude", "sub", "-q")
    assert result.exit_code == 0
    files = sorted(p.relative_to("out").as_posix() for p in Path("out").rglob("*") if p.is_file())
    assert files == ["a.txt", "b.txt", "notes.md"]


def test_directory_with_nothing_to_clean_says_so(tree):
    write("in/readme.md", PLAIN)
    result = run("in", "-o", "out")
    assert result.exit_code == 0
    assert "cleanfeed: note: in: no files matching *.txt" in result.stderr
    assert "0 files: 0 changed, 0 unchanged, 0 failed" in result.stderr


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_symlink_loop_is_skipped_with_a_note(tree):
    write("in/sub/a.txt", DIRTY)
    os.symlink("..", "in/sub/up")
    result = run("in", "-o", "out")
    assert result.exit_code == 0
    assert "cleanfeed: note: in/sub/up: directory already walked (symbolic link loop), skipped" in result.stderr
    assert Path("out/sub/a.txt").read_text(encoding="utf-8") == CLEANED


def test_output_directory_inside_the_input_is_not_walked(tree):
    make_tree()
    assert run("in", "-o", "in/cleaned").exit_code == 0
    second = run("in", "-o", "in/cleaned")
    assert second.exit_code == 0
    assert not Path("in/cleaned/cleaned").exists()


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["in"], ["in is a directory", "-o DIR", "--in-place"]),
        (["a.txt", "in"], ["in is a directory", "-o DIR"]),
        (["missing.txt"], ["missing.txt", "no such file"]),
        (["a.txt", "-o", "a.txt"], ["a.txt", "would overwrite the input", "--in-place"]),
        (["in", "-o", "in"], ["would overwrite the input"]),
        (["a.txt", "b.txt", "-o", "a.txt"], ["is a file", "directory"]),
        (["a.txt", "./a.txt", "-o", "out"], ["would both be written to"]),
        (["-", "a.txt"], ["stdin"]),
        (["--in-place"], ["--in-place needs files"]),
        (["a.txt", "--backup", ".bak"], ["--backup needs --in-place"]),
        (["a.txt", "--in-place", "--backup", "/x"], ["--backup takes a suffix", "not a path: '/x'"]),
        (["a.txt", "--in-place", "--backup", "old/"], ["--backup takes a suffix", "not a path"]),
        (["a.txt", "--in-place", "--backup", ""], ["--backup needs a suffix"]),
        (["a.txt", "--in-place", "-o", "out"], ["-o", "--in-place"]),
        (["a.txt", "--show-changes", "--diff"], ["--show-changes", "--diff"]),
        (["a.txt", "--only", "nonsense"], ["unknown filter", "nonsense", "encoding"]),
        (["a.txt", "--skip", "encoding,bogus"], ["bogus"]),
        (["a.txt", "--subheads", "shuffle"], ["--subheads"]),
        (["a.txt", "--only", "credits", "--skip", "credits"], ["no filter left to run"]),
        (["a.txt", "--only", ""], ["no filter to run", "only"]),
        (["a.txt", "--enable", "bogus"], ["unknown filter", "bogus"]),
        (["a.txt", "--encoding", "no-such-codec"], ["unknown encoding"]),
        (["a.txt", "--jobs", "0"], ["--jobs"]),
        (["--frobnicate"], ["--frobnicate"]),
        (["--files-from", "nope.txt"], ["--files-from nope.txt", "no such file"]),
        (["-0", "a.txt"], ["-0/--null needs --files-from"]),
        (["--files-from", "-", "-"], ["--files-from -", "stdin"]),
    ],
)
def test_usage_errors_exit_2_with_one_line(tree, args, words):
    write("a.txt", DIRTY)
    write("b.txt", PLAIN)
    write("in/a.txt", DIRTY)
    result = run(*args, input="")
    assert result.exit_code == 2
    assert result.stdout == ""
    one_line_error(result.stderr, *words)
    assert Path("a.txt").read_text(encoding="utf-8") == DIRTY


# --- in place ------------------------------------------------------------------


def test_in_place_rewrites_changed_files_only_and_keeps_mode(tree):
    make_tree()
    os.chmod("in/a.txt", 0o640)
    plain_before = os.stat("in/b.txt")
    result = run("in", "--in-place")
    assert result.exit_code == 0
    assert result.stdout == ""
    assert result.stderr.splitlines()[-1] == "3 files: 2 changed, 1 unchanged, 0 failed"
    assert Path("in/a.txt").read_text(encoding="utf-8") == CLEANED
    assert stat.S_IMODE(os.stat("in/a.txt").st_mode) == 0o640
    plain_after = os.stat("in/b.txt")
    assert (plain_after.st_ino, plain_after.st_mtime_ns) == (plain_before.st_ino, plain_before.st_mtime_ns)
    assert Path("in/.hidden.txt").read_text(encoding="utf-8") == DIRTY
    assert not [p for p in Path("in").rglob("*cleanfeed-tmp")]


def test_in_place_with_backup(tree):
    write("a.txt", DIRTY)
    write("b.txt", PLAIN)
    result = run("a.txt", "b.txt", "--in-place", "--backup", ".orig", "-q")
    assert (result.exit_code, result.stderr) == (0, "")
    assert Path("a.txt").read_text(encoding="utf-8") == CLEANED
    assert Path("a.txt.orig").read_text(encoding="utf-8") == DIRTY
    assert not Path("b.txt.orig").exists()  # nothing changed, nothing to back up


def test_in_place_never_overwrites_an_existing_backup(tree):
    write("a.txt", DIRTY)
    write("a.txt.orig", "the first original\n")
    write("b.txt", DIRTY)
    result = run("a.txt", "b.txt", "--in-place", "--backup", ".orig")
    assert result.exit_code == 3
    assert result.stderr.splitlines()[0] == (
        "cleanfeed: error: a.txt: backup a.txt.orig already exists; file left unchanged (move it away first)"
    )
    assert Path("a.txt.orig").read_text(encoding="utf-8") == "the first original\n"
    assert Path("a.txt").read_text(encoding="utf-8") == DIRTY
    assert Path("b.txt").read_text(encoding="utf-8") == CLEANED  # the others go on
    assert Path("b.txt.orig").read_text(encoding="utf-8") == DIRTY


def test_backups_are_not_cleaned_by_the_next_run(tree):
    write("in/a.txt", DIRTY)
    assert run("in", "--in-place", "--backup", ".bak.txt").exit_code == 0
    write("in/a.txt", DIRTY)  # changed again: the backup matches *.txt but is left alone
    Path("in/a.txt.bak.txt").rename("in/older.bak.txt")
    result = run("in", "--in-place", "--backup", ".bak.txt")
    assert result.exit_code == 0, result.stderr
    assert "cleanfeed: note: in: 1 backup (*.bak.txt) skipped" in result.stderr
    assert Path("in/older.bak.txt").read_text(encoding="utf-8") == DIRTY
    assert Path("in/a.txt.bak.txt").read_text(encoding="utf-8") == DIRTY
    assert not Path("in/a.txt.bak.txt.bak.txt").exists()


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_in_place_through_a_symlink_keeps_the_link(tree):
    write("real.txt", DIRTY)
    os.symlink("real.txt", "link.txt")
    result = run("link.txt", "--in-place")
    assert result.exit_code == 0
    assert Path("link.txt").is_symlink()
    assert Path("real.txt").read_text(encoding="utf-8") == CLEANED


# --- previews and check -----------------------------------------------------------


def test_show_changes_names_filter_line_and_spot_and_writes_nothing(tree):
    write("a.txt", PLAIN + DIRTY)
    result = run("a.txt", "--show-changes")
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [
        "a.txt:2: encoding: [-ZÃ¼rich-]{+Zürich+} &amp; Geneva",
        "a.txt:2: encoding: ZÃ¼rich [-&amp;-]{+&+} Geneva",
        "a.txt: 2 changes (encoding 2)",
    ]
    assert result.stderr == ""
    assert Path("a.txt").read_text(encoding="utf-8") == PLAIN + DIRTY


def test_show_changes_on_a_directory_summarises_what_would_change(tree):
    make_tree()
    result = run("in", "--show-changes")
    assert result.exit_code == 0
    assert [line.split(":")[0] for line in result.stdout.splitlines()] == ["in/a.txt"] * 3 + ["in/sub/deeper/c.txt"] * 3
    assert result.stderr.splitlines()[-1] == "3 files: 2 would change, 1 unchanged, 0 failed"


def test_show_changes_colour_is_forced_by_force_color_and_stopped_by_no_color(tree):
    write("a.txt", DIRTY)
    coloured = run("a.txt", "--show-changes", env={"FORCE_COLOR": "1"})
    assert "\x1b[" in coloured.stdout
    assert "Zürich" in coloured.stdout and "{+" not in coloured.stdout
    plain = run("a.txt", "--show-changes", env={"FORCE_COLOR": "1", "NO_COLOR": "1"})
    assert "\x1b[" not in plain.stdout
    assert "{+Zürich+}" in plain.stdout


@pytest.mark.parametrize(
    ("flag", "env", "coloured"),
    [
        ("always", {}, True),  # cleanfeed --show-changes --color always | less -R
        ("always", {"NO_COLOR": "1"}, True),  # the command line wins over the environment
        ("never", {"FORCE_COLOR": "1"}, False),
        ("auto", {}, False),  # stdout is not a terminal here
    ],
)
def test_color_option(tree, flag, env, coloured):
    write("a.txt", DIRTY)
    result = run("a.txt", "--show-changes", "--color", flag, env=env)
    assert result.exit_code == 0
    assert ("\x1b[" in result.stdout) == coloured
    assert ("{+Zürich+}" in result.stdout) != coloured


def test_color_from_config(tree):
    write("a.txt", DIRTY)
    write("cf.toml", 'color = "always"\n')
    assert "\x1b[" in run("a.txt", "--show-changes", config="cf.toml").stdout
    write("bad.toml", 'color = "sometimes"\n')
    one_line_error(run("a.txt", config="bad.toml").stderr, "bad.toml", "color", "'sometimes'")


def test_diff(tree):
    write("a.txt", PLAIN + "ZÃ¼rich")
    result = run("a.txt", "--diff")
    assert result.exit_code == 0
    assert result.stdout == (
        "--- a.txt\n+++ a.txt\n@@ -1,2 +1,2 @@\n"
        f" {PLAIN}-ZÃ¼rich\n\\ No newline at end of file\n+Zürich\n\\ No newline at end of file\n"
    )
    assert Path("a.txt").read_text(encoding="utf-8") == PLAIN + "ZÃ¼rich"


@pytest.mark.skipif(shutil.which("patch") is None, reason="needs GNU patch")
@pytest.mark.parametrize("name", ["plain.txt", "with space.txt", "dir with space/x.txt", 'tab\tand "quote".txt'])
def test_diff_applies_with_patch_p0_whatever_the_file_name(tree, name):
    write(name, PLAIN + DIRTY)
    diff = run(name, "--diff")
    assert diff.exit_code == 0
    Path("fixes.patch").write_bytes(diff.stdout_bytes)
    with open("fixes.patch", "rb") as patch_file:
        applied = subprocess.run(["patch", "-p0", "--batch"], stdin=patch_file, capture_output=True, timeout=60)
    assert applied.returncode == 0, applied.stdout + applied.stderr
    assert Path(name).read_text(encoding="utf-8") == PLAIN + CLEANED


@pytest.mark.parametrize("extra", [[], ["--diff"], ["--show-changes"]])
def test_check_exits_1_when_something_would_change(tree, extra):
    write("a.txt", DIRTY)
    write("b.txt", PLAIN)
    result = run("a.txt", "b.txt", "--check", *extra)
    assert result.exit_code == 1
    assert ("a.txt" in result.stdout) == bool(extra)
    assert result.stderr.splitlines() == ["would clean a.txt", "2 files: 1 would change, 1 unchanged, 0 failed"]
    assert Path("a.txt").read_text(encoding="utf-8") == DIRTY


def test_check_exits_0_when_nothing_would_change(tree):
    write("b.txt", PLAIN)
    result = run("b.txt", "--check")
    assert (result.exit_code, result.stdout) == (0, "")
    assert result.stderr == "1 file: 0 would change, 1 unchanged, 0 failed\n"
    assert run("--check", "-q", input=PLAIN).stderr == ""


@pytest.mark.parametrize("look", ["--check", "--diff", "--show-changes"])
@pytest.mark.parametrize("destination", [["-o", "out.txt"], ["-o", "out/"], ["--in-place"]])
def test_a_destination_with_a_mode_that_writes_nothing_is_refused(tree, look, destination):
    write("a.txt", DIRTY)
    result = run("a.txt", look, *destination)
    assert (result.exit_code, result.stdout) == (2, "")
    one_line_error(result.stderr, look, f"drop {destination[0]}")
    assert not Path("out.txt").exists() and not Path("out").exists()
    assert Path("a.txt").read_text(encoding="utf-8") == DIRTY


# --- quiet, filters, jobs -------------------------------------------------------


def test_quiet_silences_notes_and_summary_but_not_errors(tree):
    make_tree()
    write("in/binary.txt", b"abc\x00def")
    result = run("in", "-o", "out", "-q")
    assert result.exit_code == 3
    assert result.stderr == "cleanfeed: error: in/binary.txt: binary file (NUL byte at offset 3), skipped\n"


def test_only_and_skip(tree):
    write("a.txt", DIRTY)
    assert run("a.txt", "--skip", "encoding").stdout == DIRTY
    assert run("a.txt", "--only", "encoding").stdout == CLEANED


def test_list_filters_and_version(tree):
    listed = run("--list-filters")
    assert listed.exit_code == 0
    lines = listed.stdout.splitlines()
    assert lines[0].split()[:2] == ["encoding", "on"]
    assert next(line for line in lines if line.startswith("subheads ")).endswith("[--subheads split|drop|keep]")
    assert run("--version").stdout.startswith("cleanfeed ")


@pytest.mark.parametrize("mode", [["-o", "out"], ["--diff"], ["--show-changes"], ["--check"]])
def test_jobs_do_not_change_results_or_their_order(tree, mode):
    for i in range(12):
        write(f"in/{i:02}/x.txt", DIRTY if i % 3 else PLAIN)
    write("in/05/broken.txt", b"\x00")
    one = run("in", *mode, "--jobs", "1")
    if "-o" in mode:
        first = {p.as_posix(): p.read_bytes() for p in Path("out").rglob("*.txt")}
        for p in Path("out").rglob("*.txt"):
            p.unlink()
    two = run("in", *mode, "--jobs", "2")
    assert (one.exit_code, one.stdout, one.stderr) == (two.exit_code, two.stdout, two.stderr)
    assert one.exit_code == 3
    assert one.stderr.splitlines()[-1].endswith(", 1 failed")
    if "-o" in mode:
        assert first == {p.as_posix(): p.read_bytes() for p in Path("out").rglob("*.txt")}


# --- bad input -------------------------------------------------------------------


def test_a_failed_file_never_stops_the_others(tree):
    write("in/a.txt", DIRTY)
    write("in/b.txt", b"\x89PNG\r\n\x1a\n\x00\x00")
    write("in/c.txt", DIRTY)
    result = run("in", "-o", "out")
    assert result.exit_code == 3
    assert "cleanfeed: error: in/b.txt: binary file (NUL byte at offset 8), skipped" in result.stderr
    assert result.stderr.splitlines()[-1] == "3 files: 2 changed, 0 unchanged, 1 failed"
    assert Path("out/a.txt").is_file() and Path("out/c.txt").is_file()
    assert not Path("out/b.txt").exists()


def test_binary_file_alone(tree):
    write("bin.txt", b"\x00\x01")
    result = run("bin.txt")
    assert (result.exit_code, result.stdout) == (3, "")
    one_line_error(result.stderr, "bin.txt", "binary")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs a user that permissions apply to")
def test_unreadable_file(tree):
    write("locked.txt", DIRTY)
    os.chmod("locked.txt", 0)
    result = run("locked.txt")
    assert result.exit_code == 3
    one_line_error(result.stderr, "locked.txt", "permission denied")


def test_a_write_error_names_the_output_and_the_input_it_came_from(tree):
    write("in/a.txt", DIRTY)
    write("in/sub/b.txt", DIRTY)
    Path("out/a.txt").mkdir(parents=True)  # the target is taken by a directory
    write("out/sub", "a file where a directory is needed")
    result = run("in", "-o", "out")
    assert result.exit_code == 3
    assert result.stderr.splitlines()[:2] == [
        "cleanfeed: error: in/a.txt: cannot write out/a.txt: Is a directory",
        "cleanfeed: error: in/sub/b.txt: cannot create directory out/sub: File exists",
    ]
    assert not [p for p in Path("out").rglob("*cleanfeed-tmp")]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs a user that permissions apply to")
def test_a_read_only_output_directory_is_named(tree):
    write("a.txt", DIRTY)
    Path("out").mkdir()
    os.chmod("out", 0o555)
    result = run("a.txt", "-o", "out/")
    assert result.exit_code == 3
    one_line_error(result.stderr, "a.txt: cannot write out/a.txt: Permission denied")


def test_non_utf8_is_decoded_as_cp1252_with_a_note(tree):
    write("old.txt", "caf\xe9 &amp; cr\xe8me\n".encode("cp1252"))
    result = run("old.txt")
    assert result.exit_code == 0
    assert result.stdout == "café & crème\n"
    assert result.stderr == (
        "cleanfeed: note: old.txt: not valid UTF-8 (2 bytes from offset 3 decoded as cp1252); output is UTF-8\n"
    )


def test_explicit_encoding(tree):
    write("old.txt", "caf\xe9\n".encode("latin-1"))
    result = run("old.txt", "--encoding", "latin-1", "-q")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "café\n", "")
    strict = run("old.txt", "--encoding", "utf-8")
    assert strict.exit_code == 3
    one_line_error(strict.stderr, "old.txt", "not valid utf-8 at byte 3")


def test_empty_input_gives_empty_output_and_a_note(tree):
    result = run(input=b"")
    assert (result.exit_code, result.stdout_bytes) == (0, b"")
    assert result.stderr == "cleanfeed: note: <stdin>: empty input; output is empty\n"
    write("empty.txt", "")
    to_file = run("empty.txt", "-o", "out.txt")
    assert to_file.exit_code == 0
    assert Path("out.txt").read_bytes() == b""
    assert "empty input" in to_file.stderr


def test_missing_config_file_is_a_usage_error(tree):
    result = run("a.txt", config="nope.toml")
    assert result.exit_code == 2
    one_line_error(result.stderr, "nope.toml", "does not exist")


# --- config --------------------------------------------------------------------------


def test_config_sets_defaults_and_the_command_line_wins(tree):
    write("in/a.md", DIRTY)
    write("in/b.txt", DIRTY)
    write("cf.toml", '[tool.cleanfeed]\ninclude = ["*.md"]\nskip = "encoding"\nquiet = true\n')
    from_config = run("in", "-o", "out", config="cf.toml")
    assert (from_config.exit_code, from_config.stderr) == (0, "")
    assert Path("out/a.md").read_text(encoding="utf-8") == DIRTY  # encoding skipped
    assert not Path("out/b.txt").exists()
    overridden = run("in", "-o", "out2", "--include", "*.txt", "--skip", "", config="cf.toml")
    assert overridden.exit_code == 0
    assert Path("out2/b.txt").read_text(encoding="utf-8") == CLEANED


def test_config_is_found_upward_from_the_current_directory(tree, monkeypatch):
    write("pyproject.toml", '[tool.cleanfeed]\nskip = ["encoding"]\n')
    write("deep/er/a.txt", DIRTY)
    monkeypatch.chdir("deep/er")
    result = CliRunner().invoke(cli, ["a.txt"])
    assert (result.exit_code, result.stdout) == (0, DIRTY)


def test_unknown_config_key_is_an_error_naming_it(tree):
    write("cleanfeed.toml", "colour = true\n")
    write("a.txt", DIRTY)
    result = CliRunner().invoke(cli, ["a.txt"])
    assert result.exit_code == 2
    one_line_error(result.stderr, "cleanfeed.toml", "unknown key 'colour'")
