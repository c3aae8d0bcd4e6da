"""Finding and checking the config file: [tool.cleanfeed] in pyproject.toml, or cleanfeed.toml."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleanfeed.config import ConfigError, find_config, load_config


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_nearest_pyproject_with_a_cleanfeed_table(tmp_path):
    write(tmp_path / "pyproject.toml", '[tool.cleanfeed]\nsubheads = "keep"\n')
    write(tmp_path / "project" / "pyproject.toml", "[tool.other]\nx = 1\n")  # no table: keep looking up
    start = tmp_path / "project" / "src"
    start.mkdir()
    found, _ = find_config(start)
    assert found == tmp_path / "pyproject.toml"
    assert load_config(None, start=start) == {"subheads": "keep"}


def test_a_project_that_does_not_name_cleanfeed_is_passed_over_even_when_its_toml_is_broken(tmp_path):
    write(tmp_path / "pyproject.toml", '[tool.cleanfeed]\nsubheads = "keep"\n')
    write(tmp_path / "project" / "pyproject.toml", "[project\nname = 'broken'\n")
    assert load_config(None, start=tmp_path / "project") == {"subheads": "keep"}
    write(tmp_path / "other" / "pyproject.toml", "[tool.cleanfeed\nbroken\n")  # names it: read, and refused
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_config(None, start=tmp_path / "other")


def test_cleanfeed_toml_with_or_without_the_table_header(tmp_path):
    write(tmp_path / "a" / "cleanfeed.toml", 'jobs = 2\ninclude = "*.md"\n')
    write(tmp_path / "b" / "cleanfeed.toml", '[tool.cleanfeed]\nexclude = ["drafts"]\n')
    assert load_config(None, start=tmp_path / "a") == {"jobs": 2, "include": ["*.md"]}
    assert load_config(None, start=tmp_path / "b") == {"exclude": ["drafts"]}


def test_explicit_path(tmp_path):
    config = write(tmp_path / "settings.toml", 'only = ["encoding"]\nquiet = true\nenable = "credits"\n')
    assert load_config(config, start=tmp_path) == {"only": ["encoding"], "quiet": True, "enable": ["credits"]}
    pyproject = write(tmp_path / "x" / "pyproject.toml", "[project]\nname = 'x'\n")
    assert load_config(pyproject, start=tmp_path) == {}


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("colour = true\n", r"c\.toml: unknown key 'colour' \(known: changes_field, .*enable, encoding, exclude"),
        ('jobs = "4"\n', "jobs must be a int"),
        ("jobs = true\n", "jobs must be a int"),
        ("jobs = 0\n", "jobs: must be at least 1"),
        ('subheads = "shuffle"\n', "subheads: 'shuffle' is not one of split, drop, keep"),
        ('skip = ["encoding", "nope"]\n', "skip: unknown filter 'nope'"),
        ('enable = "nope"\n', "enable: unknown filter 'nope'"),
        ("include = [1]\n", "include must be a list of strings"),
        ("quiet = 'yes'\n", "quiet must be a bool"),
        ("this is not toml\n", "not valid TOML"),
    ],
)
def test_bad_config_names_the_file_and_the_problem(tmp_path, content, message):
    config = write(tmp_path / "c.toml", content)
    with pytest.raises(ConfigError, match=message):
        load_config(config, start=tmp_path)


def test_missing_explicit_config(tmp_path):
    with pytest.raises(ConfigError, match="does not exist"):
        load_config(tmp_path / "nope.toml", start=tmp_path)
