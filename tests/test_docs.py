"""The README's examples run as written, and every option is documented (the sqlite-utils habit).

Shell examples run line by line in a scratch directory holding the files they name;
a ``# …`` line right after a command is its expected output. Python examples run as
scripts; ``expression  # 'repr'`` asserts the value and ``# …`` lines after a print
are its expected output. Examples that need the network, a cluster or the whole
test suite are listed in SKIP with the reason.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import click
import pytest

from cleanfeed.cli import cli
from tests.conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")
BLOCK = re.compile(r"^```(\w+)\n(.*?)^```", re.MULTILINE | re.DOTALL)
DIRTY = (REPO / "samples" / "seed.dirty.txt").read_text(encoding="utf-8")

SKIP = {
    "pip install": "installs packages",
    "pytest": "runs the test suite",
    "ruff ": "lints the repository",
    "fuzz/": "runs for minutes",
    "scheduler-host": "needs a Dask cluster (tested in test_cli_records)",
    "zsh_source": "zsh's start-up",
    "fish_source": "fish's start-up",
}


def _blocks(language: str) -> list[str]:
    return [body for lang, body in BLOCK.findall(README) if lang == language]


def _commands() -> list[pytest.param]:
    params = []
    for block in _blocks("sh"):
        lines = block.splitlines()
        for number, line in enumerate(lines):
            if not line.strip() or line.startswith("#"):
                continue
            expected = []
            for after in lines[number + 1 :]:
                if not after.startswith("# "):
                    break
                expected.append(after[2:])
            reason = next((why for key, why in SKIP.items() if key in line), None)
            marks = [pytest.mark.skip(reason=reason)] if reason else []
            params.append(pytest.param(line, expected, id=line.split("#")[0].strip()[:60], marks=marks))
    return params


@pytest.fixture
def scratch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The files the examples name: an article, a scraped tree, JSON Lines corpora."""
    monkeypatch.chdir(tmp_path)
    shutil.copytree(REPO / "samples", "samples")
    for name in ("article.txt", "a.txt", "b.txt"):
        Path(name).write_text(DIRTY, encoding="utf-8")
    for directory in ("scraped", "corpus"):
        Path(directory, "sub").mkdir(parents=True)
        Path(directory, "a.txt").write_text(DIRTY, encoding="utf-8")
        Path(directory, "sub", "b.txt").write_text("Clean text.\n", encoding="utf-8")
    record = {"id": "a17", "text": DIRTY, "article": {"body": DIRTY}}
    Path("news.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    Path("corpus", "news.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    Path("empty.toml").write_text("")
    return tmp_path


@pytest.mark.parametrize(("command", "expected"), _commands())
def test_shell_example_runs(scratch: Path, command: str, expected: list[str]) -> None:
    env = {"CLEANFEED_CONFIG": "", "PATH": f"{Path(sys.executable).parent}:/usr/bin:/bin"}
    result = subprocess.run(["bash", "-c", command], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode in (0, 1), result.stderr  # 1: --check found changes, as the comment says
    assert "Traceback" not in result.stderr
    if expected:
        assert result.stdout.splitlines() == expected


def _as_checks(source: str) -> str:
    """The script with ``expression  # 'repr'`` lines turned into assertions."""
    lines = []
    for line in source.splitlines():
        match = re.fullmatch(r"(\s*)(.+?)\s+# ('.*')", line)
        if match and not re.match(r"\w+\s*=[^=]|for |print\(", match.group(2)):
            indent, expression, want = match.groups()
            line = f"{indent}assert repr({expression}) == {want!r}, repr({expression})"
        lines.append(line)
    return "\n".join(lines) + "\n"


def _printed(source: str) -> list[str]:
    """The ``# …`` lines that follow a print: what the script must print."""
    printed, after_print = [], False
    for line in source.splitlines():
        stripped = line.strip()
        if after_print and stripped.startswith("# "):
            printed.append(stripped[2:])
        else:
            after_print = "print(" in stripped
    return printed


# The examples that need an extra, by the tool they import: (the extra's marker, a module it installs).
EXTRAS = {
    "dask": (pytest.mark.dask, "distributed"),
    "datatrove": (pytest.mark.datatrove, "datatrove"),
    "datasets": (pytest.mark.hf, "datasets"),
}


def _tools(source: str) -> list[str]:
    return [tool for tool in EXTRAS if re.search(rf"^(?:from|import) {tool}\b", source, re.MULTILINE)]


@pytest.mark.parametrize(
    "source",
    [pytest.param(block, marks=[EXTRAS[tool][0] for tool in _tools(block)]) for block in _blocks("python")],
    ids=lambda s: s.splitlines()[0][:50],
)
def test_python_example_runs_as_a_script(tmp_path: Path, source: str) -> None:
    for tool in _tools(source):
        marker, module = EXTRAS[tool]
        pytest.importorskip(module, reason=f"the {marker.name} extra is not installed")
    script = tmp_path / "example.py"
    script.write_text(_as_checks(source), encoding="utf-8")
    # datasets must neither reach the network nor write its caches outside the scratch directory.
    hf_home = str(tmp_path / "hf")
    env = {**os.environ, "HF_HOME": hf_home, "HF_DATASETS_CACHE": hf_home, "HF_HUB_OFFLINE": "1"}
    result = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, cwd=tmp_path, env=env, timeout=300
    )
    assert result.returncode == 0, result.stderr
    printed = _printed(source)
    if printed:
        assert result.stdout.splitlines()[-len(printed) :] == printed


def test_every_option_is_in_the_readme() -> None:
    missing = [
        param.opts[-1]
        for param in cli.params
        if isinstance(param, click.Option) and not any(opt in README for opt in param.opts)
    ]
    assert not missing, f"options not in README.md: {missing}"


def test_pre_commit_hooks_name_real_options() -> None:
    yaml = pytest.importorskip("yaml")
    hooks = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    options = {opt for param in cli.params for opt in param.opts}
    assert {hook["id"] for hook in hooks} == {"cleanfeed", "cleanfeed-check"}
    for hook in hooks:
        program, *args = hook["entry"].split()
        assert program == "cleanfeed" and all(arg in options for arg in args), hook
        assert hook["id"] in README
