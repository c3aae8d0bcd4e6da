"""The audit instrument on the command line: --sample, --seed, --sample-filter and --changes-format."""

from __future__ import annotations

import json

import pytest

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
