"""The example filter, used the three ways a filter can be: alone, passed to a Cleaner, and installed."""

from __future__ import annotations

from cleanfeed_spaces import FILTER
from click.testing import CliRunner

from cleanfeed import Cleaner
from cleanfeed.cli import cli

TEXT = "Prices  rose.Next   month\n  indented  line\n"


def test_the_filter_alone():
    assert FILTER(TEXT) == "Prices rose.Next month\n  indented line\n"


def test_passed_to_a_cleaner_it_runs_after_cleanfeeds_own_filters():
    result = Cleaner(enable="spaces", extra_filters=[FILTER]).explain(TEXT)
    assert result.text == "Prices rose. Next month\n  indented line\n"
    assert [edit.filter for edit in result.edits] == ["spaces", "sentences", "spaces", "spaces"]


def test_installed_it_is_found_by_name_listed_and_checked(install_filter, tmp_path):
    install_filter("spaces", "cleanfeed_spaces:FILTER")
    config = tmp_path / "empty.toml"
    config.touch()

    def run(*args: str) -> str:
        return CliRunner().invoke(cli, ["--config", str(config), *args], input=TEXT).output

    listed = next(line for line in run("--list-filters").splitlines() if line.startswith("spaces "))
    assert listed.split()[:3] == ["spaces", "off", "collapse"]
    assert run("--enable", "spaces") == "Prices rose. Next month\n  indented line\n"
    assert run() == "Prices  rose. Next   month\n  indented  line\n"
    assert Cleaner(only="spaces")(TEXT) == FILTER(TEXT)
