"""Start-up imports none of the optional integrations' tools, installed or not."""

from __future__ import annotations

import subprocess
import sys

import pytest

# The tools behind the extras, and the cleanfeed modules that import them.
OPTIONAL = ("dask", "distributed", "datatrove", "datasets", "pyarrow", "pandas", "cleanfeed.integrations")


@pytest.mark.parametrize("command", [["-c", "import cleanfeed"], ["-m", "cleanfeed", "--help"]])
def test_start_up_imports_no_optional_tool(command: list[str]) -> None:
    result = subprocess.run(
        [sys.executable, "-X", "importtime", *command], capture_output=True, text=True, check=True, timeout=60
    )
    report = [line for line in result.stderr.splitlines() if line.startswith("import time:")]
    imported = {line.rsplit("|", 1)[-1].strip() for line in report}
    assert "cleanfeed" in imported  # the -X importtime report was read
    assert not {name for name in imported if name.startswith(OPTIONAL)}
