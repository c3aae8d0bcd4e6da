"""Fixtures shared by the tests and the example plugin's test."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from importlib.util import find_spec
from pathlib import Path

import pytest

from cleanfeed.filters import ENTRY_POINT_GROUP, installed_filters

# The datatrove step subclasses datatrove's own, so the module imports datatrove: without
# the extra, the doctest collector leaves it alone (its tests skip themselves).
collect_ignore = [] if find_spec("datatrove") else ["cleanfeed/integrations/datatrove.py"]


@pytest.fixture
def install_filter(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[str, str], None]]:
    """``install_filter(name, "module:FILTER")``: make a filter look installed by a package.

    Writes the package metadata (a ``.dist-info`` with the entry point) where
    :mod:`importlib.metadata` finds it, as ``pip install`` would.
    """
    site = tmp_path / "site-packages"
    site.mkdir()
    monkeypatch.syspath_prepend(str(site))

    def install(name: str, target: str) -> None:
        dist = site / f"cleanfeed_test_{name}-0.dist-info"
        dist.mkdir()
        (dist / "METADATA").write_text(f"Metadata-Version: 2.1\nName: cleanfeed-test-{name}\nVersion: 0\n")
        (dist / "entry_points.txt").write_text(f"[{ENTRY_POINT_GROUP}]\n{name} = {target}\n")
        installed_filters.cache_clear()

    yield install
    installed_filters.cache_clear()
