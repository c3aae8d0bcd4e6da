"""The audit instrument on the command line: --sample, --seed, --sample-filter and --changes-format."""

from __future__ import annotations

import json

import pytest

from cleanfeed.filters import FILTER_NAMES
from tests.test_cli import one_line_error, run, write

# Two encoding edits and one sentences edit a text; the number makes every text different.
TEXT = "Item {0} rose.Next came ZÃ¼rich &amp; Geneva.\n"


def corpus(files: int = 12) -> None:
    for number in range(files):
        write(f"in/{number:02}.txt", TEXT.format(number))


def records(count: int = 40, *, ids: bool = True) -> str:
    return "".join(
        json.dumps({"id": f"r{n}", "text": TEXT.format(n)} if ids else {"text": TEXT.format(n)}) + "\n"
        for n in range(count)
    )


def sample(*args: str, input: str | None = None) -> list[dict]:
    result = run(*args, "--changes-format", "jsonl", "-q", input=input)
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_a_sample_of_a_directory_is_the_same_whatever_the_jobs(tree):
    corpus()
    one = run("in", "--sample", "10", "--seed", "7", "--jobs", "1")
    two = run("in", "--sample", "10", "--seed", "7", "--jobs", "2")
    assert one.exit_code == two.exit_code == 0
    assert one.stdout == two.stdout
    assert len(one.stdout.splitlines()) == 10
    assert "sampled 10 of 36 changes (seed 7)" in one.stderr


def test_the_seed_changes_the_sample_and_the_default_seed_is_fixed(tree):
    corpus()
    seven, eight = sample("in", "--sample", "10", "--seed", "7"), sample("in", "--sample", "10", "--seed", "8")
    assert seven != eight
    assert sample("in", "--sample", "10") == sample("in", "--sample", "10", "--seed", "0")


def test_the_sample_is_in_input_order_and_no_larger_than_the_changes(tree):
    corpus(3)
    changes = sample("in", "--sample", "100")
    assert len(changes) == 9
    assert [(c["source"], c["offset"]) for c in changes] == sorted((c["source"], c["offset"]) for c in changes)
    assert changes == sample("in", "--show-changes")  # a sample of everything is everything


def test_sample_filter_draws_one_filters_changes_from_the_full_pipeline(tree):
    corpus(3)
    changes = sample("in", "--sample", "100", "--sample-filter", "sentences")
    assert {c["filter"] for c in changes} == {"sentences"}
    assert len(changes) == 3
    assert changes[0]["before"] == "Item 0 rose." and changes[0]["after"].startswith("Next came ZÃ¼rich")
    assert {c["filter"] for c in sample("in", "--sample", "100", "--sample-filter", "encoding,sentences")} == {
        "encoding",
        "sentences",
    }


def test_jsonl_records_are_named_by_id_else_by_line_number(tree):
    changes = sample("--jsonl", "--sample", "5", "--seed", "1", input=records())
    assert len(changes) == 5
    for change in changes:
        assert change["source"] == "<stdin>"
        assert change["id"] == f"r{change['record'] - 1}"
        assert change["line"] == 1
    text = run("--jsonl", "--sample", "5", "--seed", "1", input=records()).stdout
    assert text.splitlines()[0].startswith(f"<stdin>[{changes[0]['id']}]:1: ")
    nameless = run("--jsonl", "--sample", "5", "--seed", "1", input=records(ids=False)).stdout
    assert nameless.splitlines()[0].startswith(f"<stdin>:{changes[0]['record']}:1: ")


def test_a_jsonl_file_is_sampled_by_its_name_and_reruns_agree(tree):
    write("news.jsonl", records())
    first = sample("--jsonl", "news.jsonl", "--sample", "6", "--seed", "3")
    assert first == sample("--jsonl", "news.jsonl", "--sample", "6", "--seed", "3", "--jobs", "2")
    assert {c["source"] for c in first} == {"news.jsonl"} and len(first) == 6


def test_changes_format_jsonl_gives_one_object_per_change(tree):
    write("a.txt", TEXT.format(1))
    changes = sample("a.txt", "--show-changes")
    assert [(c["filter"], c["offset"], c["removed"], c["inserted"]) for c in changes] == [
        ("sentences", 12, "", " "),
        ("encoding", 22, "ZÃ¼rich", "Zürich"),
        ("encoding", 30, "&amp;", "&"),
    ]
    assert all(c["source"] == "a.txt" and c["record"] is None and c["id"] is None and c["line"] == 1 for c in changes)
    assert changes[1]["before"] == "Item 1 rose.Next came " and changes[1]["after"] == " &amp; Geneva.\n"


def test_changes_format_jsonl_of_records(tree):
    changes = sample("--jsonl", "--show-changes", input=records(2))
    assert [(c["record"], c["id"]) for c in changes] == [(1, "r0")] * 3 + [(2, "r1")] * 3


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--sample", "0"], ["--sample", "0"]),
        (["--sample", "x"], ["--sample"]),
        (["--sample", "5", "--sample-filter", "nope"], ["unknown filter 'nope'", "valid filters"]),
        (["--sample", "5", "--skip", "credits", "--sample-filter", "credits"], ["credits does not run"]),
        (["--seed", "3"], ["--seed", "needs --sample"]),
        (["--sample-filter", "credits"], ["needs --sample"]),
        (["--sample", "5", "--diff"], ["--sample", "--diff"]),
        (["--sample", "5", "--check"], ["--sample", "--check"]),
        (["--sample", "5", "-o", "out.txt"], ["--sample", "-o"]),
        (["--changes-format", "jsonl"], ["--changes-format", "--show-changes"]),
        (["--changes-format", "xml", "--show-changes"], ["--changes-format"]),
    ],
)
def test_bad_sample_options_are_one_line_usage_errors(tree, args, words):
    write("a.txt", TEXT.format(1))
    result = run("a.txt", *args)
    assert result.exit_code == 2
    one_line_error(result.stderr, *words)


# --- --stats and --report json ---------------------------------------------------------


def stats_rows(stderr: str) -> dict[str, list[str]]:
    lines = stderr.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("filter "))
    return {line.split()[0]: line.split()[1:] for line in lines[start:]}


def test_stats_count_files_edits_and_characters_on_stderr(tree):
    corpus(3)
    write("in/plain.txt", "Nothing to repair here.\n")
    result = run("in", "-o", "out", "--stats", "-q")  # asked for, so shown even with -q
    assert result.exit_code == 0 and result.stdout == ""
    rows = stats_rows(result.stderr)
    assert rows["filter"] == ["files", "changed", "edits", "chars", "removed", "chars", "inserted"]
    # each file: ZÃ¼rich -> Zürich (7 -> 6 characters), &amp; -> & (5 -> 1), one space inserted
    assert rows["encoding"] == ["3", "6", "36", "21"]
    assert rows["sentences"] == ["3", "3", "0", "3"]
    assert rows["credits"] == ["0", "0", "0", "0"]
    assert rows["all"] == ["3", "9", "36", "24"]


def test_stats_leave_the_cleaned_text_alone_and_count_records(tree):
    plain = run("--jsonl", input=records(5))
    counted = run("--jsonl", "--stats", input=records(5) + '{"text": "Fine."}\n')
    assert counted.stdout == plain.stdout + '{"text": "Fine."}\n'
    rows = stats_rows(counted.stderr)
    assert rows["filter"][:2] == ["records", "changed"]
    assert rows["sentences"] == ["5", "5", "0", "5"]
    assert rows["all"][0] == "5"


def test_stats_count_the_whole_run_under_a_sample(tree):
    corpus(4)
    result = run("in", "--sample", "2", "--stats", "-q")
    assert len(result.stdout.splitlines()) == 2
    assert stats_rows(result.stderr)["all"] == ["4", "12", "48", "32"]


def test_report_json_goes_to_stdout_when_stdout_carries_nothing_else(tree):
    corpus(2)
    write("in/plain.txt", "Nothing to repair here.\n")
    write("in/binary.txt", b"a\x00b")
    result = run("in", "--check", "--report", "json", "-q")
    assert result.exit_code == 3
    report = json.loads(result.stdout)
    assert report["mode"] == "check" and report["exit_code"] == 3
    assert report["files"] == {"total": 4, "changed": 2, "unchanged": 1, "failed": 1}
    assert tuple(report["filters"]) == FILTER_NAMES  # every filter that ran, in pipeline order
    assert report["filters"]["encoding"] == {"changed": 2, "edits": 4, "removed": 24, "inserted": 14}
    assert "records" not in report
    written = run("in", "-o", "out", "--report", "json", "-q")
    assert json.loads(written.stdout)["files"]["changed"] == 2


@pytest.mark.parametrize("mode", [[], ["--show-changes"], ["--diff"], ["--sample", "1"]])
def test_report_json_is_the_last_line_of_stderr_when_stdout_carries_output(tree, mode):
    plain = run("--jsonl", *mode, input=records(3))
    result = run("--jsonl", *mode, "--report", "json", input=records(3))
    assert result.stdout == plain.stdout
    report = json.loads(result.stderr.splitlines()[-1])
    assert report["exit_code"] == result.exit_code == 0
    assert report["records"] == {"total": 3, "changed": 3}
    assert report["files"] == {"total": 1, "changed": 1, "unchanged": 0, "failed": 0}


def test_report_takes_only_known_formats(tree):
    result = run("--report", "xml", input="x")
    assert result.exit_code == 2
    one_line_error(result.stderr, "--report")


def test_a_file_of_many_blocks_is_shown_as_a_whole_text_would_be(tree):
    from cleanfeed import explain
    from cleanfeed.pipeline import BLOCK_TARGET

    clean = "A paragraph that needs no repair at all, and says so.\n\n"
    dirty = "Line one of {0} rose.Next came ZÃ¼rich.\nLine two of {0}.\n\n"
    text = "".join(dirty.format(n) if n % 20 == 0 else clean for n in range(3 * BLOCK_TARGET // 50))
    write("big.txt", text)
    whole = explain(text).edits
    shown = sample("big.txt", "--show-changes")
    assert [(c["offset"], c["filter"], c["inserted"]) for c in shown] == [
        (e.start, e.filter, e.inserted) for e in whole
    ]
    assert all(c["line"] == text.count("\n", 0, c["offset"]) + 1 for c in shown)
    assert all(text[: c["offset"]].endswith(c["before"]) for c in shown)
    drawn = sample("big.txt", "--sample", "40", "--seed", "5")
    assert len(drawn) == 40 and all(c in shown for c in drawn)
    assert drawn[-1]["offset"] > 2 * BLOCK_TARGET  # drawn from the whole file, not its first block
    preview = run("big.txt", "--show-changes").stdout.splitlines()
    assert preview[-2].startswith(f"big.txt:{shown[-1]['line']}: encoding: ")
