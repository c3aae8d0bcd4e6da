"""The command line for data pipelines: JSON Lines, the safety check, and a Dask cluster."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from cleanfeed.batch import RECORD_NOTES_SHOWN
from cleanfeed.edits import Span
from cleanfeed.filters.base import Filter
from tests.test_cli import CLEANED, DIRTY, one_line_error, run, write

RECORDS = (
    json.dumps({"id": 1, "text": DIRTY}, ensure_ascii=False)
    + "\n"
    + '{"id": 2, "text": "Fine."}\n'
    + "oops\n"
    + json.dumps({"id": 3, "meta": {"body": DIRTY}}, ensure_ascii=False)
    + "\n"
)


def test_jsonl_stdin_to_stdout(tree):
    result = run("--jsonl", input=RECORDS)
    assert result.exit_code == 0
    lines = result.stdout.splitlines(keepends=True)
    assert json.loads(lines[0]) == {"id": 1, "text": CLEANED}
    assert lines[1:] == RECORDS.splitlines(keepends=True)[1:]  # unchanged and bad records byte for byte
    assert "line 3: not valid JSON" in result.stderr and "copied unchanged" in result.stderr


def test_jsonl_nested_field_skip_and_changes_field(tree):
    result = run("--jsonl", "--field", "meta.body", "--on-error", "skip", "--changes-field", "changes", input=RECORDS)
    [record] = [json.loads(line) for line in result.stdout.splitlines()]
    assert record["meta"]["body"] == CLEANED
    assert {c["filter"] for c in record["changes"]} == {"encoding"}
    assert result.stderr.count("left out") == 3


def test_jsonl_fail_stops_the_file_with_exit_3(tree):
    write("a.jsonl", RECORDS)
    result = run("--jsonl", "--on-error", "fail", "a.jsonl", "-o", "out.jsonl")
    assert result.exit_code == 3
    one_line_error(result.stderr, "a.jsonl", "line 3")
    assert not Path("out.jsonl").exists()


def test_jsonl_directory_check_show_and_diff(tree):
    write("in/a.jsonl", RECORDS)
    write("in/b.txt", DIRTY)  # not a .jsonl file: not taken
    check = run("--jsonl", "in", "--check", "-q")
    assert check.exit_code == 1
    show = run("--jsonl", "in", "--show-changes", "-q")
    assert "in/a.jsonl[1]:1: encoding:" in show.stdout  # a record is named by its id
    diff = run("--jsonl", "in", "--diff", "-q")
    assert diff.stdout.startswith("--- in/a.jsonl\n+++ in/a.jsonl\n")
    assert "-" + RECORDS.splitlines()[0] in diff.stdout
    out = run("--jsonl", "in", "-o", "out", "--jobs", "2", "-q")
    assert out.exit_code == 0
    assert sorted(p.name for p in Path("out").iterdir()) == ["a.jsonl"]


def test_jsonl_options_need_jsonl(tree):
    result = run("--field", "body", input="x")
    assert result.exit_code == 2
    one_line_error(result.stderr, "need --jsonl")


def _eats_a_word(text: str):
    end = text.find(" ")
    return [Span(0, end + 1, "")] if end > 0 else []


#: An installed filter that claims to change only whitespace but deletes a word.
EATER = Filter("eater", "deletes a word", _eats_a_word)


@pytest.fixture
def broken_filter(install_filter):
    install_filter("eater", f"{__name__}:EATER")


def test_a_failed_safety_check_writes_the_text_unchanged_and_exits_3(tree, broken_filter):
    write("a.txt", "Hello world.\n")
    result = run("a.txt", "-o", "out.txt", "--enable", "eater")
    assert result.exit_code == 3
    one_line_error(result.stderr, "a.txt", "safety check failed", "'eater'", "left unchanged")
    assert Path("out.txt").read_text() == "Hello world.\n"


def test_no_verify_lets_the_change_through(tree, broken_filter):
    result = run("--no-verify", "--only", "eater", input="Hello world.\n")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "world.\n", "")


def test_installed_filters_are_listed_and_run_only_when_named(tree, broken_filter):
    listed = run("--list-filters").stdout.splitlines()
    assert listed[-1].split()[:2] == ["eater", "off"]
    assert run(input="Hello world.\n").stdout == "Hello world.\n"


@pytest.mark.dask
def test_scheduler_runs_on_a_dask_cluster_with_the_same_results(tree):
    pytest.importorskip("distributed", reason="the dask extra is not installed")
    from distributed import LocalCluster

    for i in range(6):
        write(f"in/{i}.txt", DIRTY if i % 2 else "Plain.\n")
    local = run("in", "-o", "local", "--jobs", "1")
    with LocalCluster(n_workers=2, threads_per_worker=1, host="127.0.0.1", dashboard_address=None) as cluster:
        remote = run("in", "-o", "remote", "--scheduler", cluster.scheduler_address)
    assert remote.exit_code == local.exit_code == 0
    assert remote.stderr == local.stderr
    for i in range(6):
        assert Path(f"remote/{i}.txt").read_bytes() == Path(f"local/{i}.txt").read_bytes()


def test_a_field_no_record_has_fails_check_with_capped_notes(tree):
    write("a.jsonl", '{"text": "Plain."}\n' * 30)
    result = run("--jsonl", "--check", "--field", "body", "a.jsonl")
    assert result.exit_code == 3
    lines = result.stderr.splitlines()
    assert sum("no field 'body'" in line for line in lines) == RECORD_NOTES_SHOWN
    assert "cleanfeed: note: a.jsonl: 20 more records like these" in lines
    assert "cleanfeed: error: a.jsonl: no record has the field 'body' (30 without it); check --field" in lines


def test_a_field_some_records_lack_is_noted_not_failed(tree):
    write("a.jsonl", '{"text": "Plain."}\n{"other": 1}\n')
    result = run("--jsonl", "--check", "a.jsonl")
    assert result.exit_code == 0
    assert "a.jsonl: line 2: no field 'text'; copied unchanged" in result.stderr


def test_jsonl_keys_in_the_config_apply_to_jsonl_runs_only(tree):
    write("cf.toml", '[tool.cleanfeed]\nfield = "body"\non-error = "skip"\n')
    plain = run("--config", "cf.toml", input="Fine.\n")
    assert (plain.exit_code, plain.stdout) == (0, "Fine.\n")
    lines = '{"body": "Prices rose.Next month may be worse."}\n{"text": "x"}\n'
    records = run("--config", "cf.toml", "--jsonl", input=lines)
    assert records.stdout == '{"body": "Prices rose. Next month may be worse."}\n'


@pytest.mark.dask
def test_scheduler_stdout_modes_print_on_the_client(tree):
    pytest.importorskip("distributed", reason="the dask extra is not installed")
    from distributed import LocalCluster

    write("a.txt", DIRTY)
    write("a.jsonl", RECORDS)
    runs = [("a.txt",), (), ("--jsonl", "a.jsonl"), ("a.txt", "--diff")]
    local = [run(*args, input=DIRTY) for args in runs]
    with LocalCluster(n_workers=1, threads_per_worker=1, host="127.0.0.1", dashboard_address=None) as cluster:
        remote = [run(*args, "--scheduler", cluster.scheduler_address, input=DIRTY) for args in runs]
    for args, here, there in zip(runs, local, remote, strict=True):
        assert (there.exit_code, there.stdout, there.stderr) == (here.exit_code, here.stdout, here.stderr), args
    assert remote[0].stdout == CLEANED


@pytest.mark.dask
def test_scheduler_errors_are_one_line(tree, monkeypatch):
    pytest.importorskip("distributed", reason="the dask extra is not installed")
    from cleanfeed import dask

    write("a.txt", DIRTY)
    bad = run("a.txt", "--scheduler", "nowhere:8786")
    assert bad.exit_code == 2
    one_line_error(bad.stderr, "--scheduler nowhere:8786: not a scheduler address")
    monkeypatch.setattr(dask, "CONNECT_TIMEOUT", 1)
    unreachable = run("a.txt", "--scheduler", "tcp://127.0.0.1:1")
    assert (unreachable.exit_code, unreachable.stdout) == (3, "")
    one_line_error(unreachable.stderr, "cannot reach the Dask scheduler at tcp://127.0.0.1:1")
    monkeypatch.setitem(sys.modules, "distributed", None)
    missing = run("a.txt", "--scheduler", "tcp://127.0.0.1:1")
    assert missing.exit_code == 2
    one_line_error(missing.stderr, "--scheduler needs the dask extra: pip install 'cleanfeed[dask]'")


def test_jsonl_check_prints_nothing_on_stdout(tree):
    result = run("--jsonl", "--check", input=RECORDS)
    assert (result.exit_code, result.stdout) == (1, "")
