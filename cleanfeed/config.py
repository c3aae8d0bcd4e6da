"""Options from a config file: ``[tool.cleanfeed]`` in pyproject.toml, or cleanfeed.toml.

The nearest such file found upward from the current directory is used (or the one
given with ``--config``). Keys mirror the long options; the command line wins.
"""

from __future__ import annotations

from pathlib import Path

from cleanfeed.filters import FILTERS, available, check_names, parse_names

#: What --on-error does with a JSON Lines record it cannot read (see :mod:`cleanfeed.jsonl`).
ON_ERROR = ("keep", "skip", "fail")
#: When --color colours the output (see :func:`cleanfeed.io.use_color`).
COLOR_CHOICES = ("auto", "always", "never")

#: The values a key may take, where they are a fixed set: each filter's modes, ``on_error`` and ``color``.
CHOICES: dict[str, tuple[str, ...]] = {
    **{f.name: f.modes for f in FILTERS if f.modes},
    "on_error": ON_ERROR,
    "color": COLOR_CHOICES,
}

#: Config keys and the type of value each takes; a list key also accepts one string.
KEYS: dict[str, type] = {
    "only": list,
    "skip": list,
    "enable": list,
    **{f.name: str for f in FILTERS if f.modes},
    "jobs": int,
    "include": list,
    "exclude": list,
    "encoding": str,
    "color": str,
    "quiet": bool,
    "no_verify": bool,
    "jsonl": bool,
    "field": str,
    "on_error": str,
    "changes_field": str,
    "scheduler": str,
}


class ConfigError(Exception):
    pass


def find_config(start: Path) -> tuple[Path, dict] | None:
    """The nearest config file at or above ``start`` that configures cleanfeed, and its table."""
    for directory in (start, *start.parents):
        pyproject = directory / "pyproject.toml"
        if pyproject.is_file() and _names_cleanfeed(pyproject):
            table = _read(pyproject).get("tool", {}).get("cleanfeed")
            if table is not None:
                return pyproject, table
        own = directory / "cleanfeed.toml"
        if own.is_file():
            data = _read(own)
            return own, data.get("tool", {}).get("cleanfeed", data)
    return None


def load_config(path: Path | None, *, start: Path) -> dict:
    """Validated option defaults for click's ``default_map`` (empty when there is no config)."""
    if path is not None:
        data = _read(path)
        table = data.get("tool", {}).get("cleanfeed", {} if path.name == "pyproject.toml" else data)
        source = path
    else:
        found = find_config(start)
        if found is None:
            return {}
        source, table = found
    return _validate(table, source)


def _names_cleanfeed(pyproject: Path) -> bool:
    """Whether ``pyproject`` can hold a ``[tool.cleanfeed]`` table: most projects' do not even name
    cleanfeed, and are then neither parsed (parsing costs start-up) nor refused if their TOML is broken."""
    try:
        return b"cleanfeed" in pyproject.read_bytes()
    except OSError:
        return True  # _read says what is wrong with it


def _read(path: Path) -> dict:
    import tomllib  # deferred: most runs find no config file, and start-up time counts

    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: not valid TOML ({error})") from None
    except FileNotFoundError:
        raise ConfigError(f"config file {path} does not exist") from None
    except OSError as error:
        raise ConfigError(f"{path}: {error.strerror or error}") from None


def _validate(table: dict, source: Path) -> dict:
    values = {}
    for key, value in table.items():
        name = key.replace("-", "_")
        if name not in KEYS:
            raise ConfigError(f"{source}: unknown key {key!r} (known: {', '.join(sorted(KEYS))})")
        kind = KEYS[name]
        if kind is list and isinstance(value, str):
            value = [value]
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise ConfigError(f"{source}: {key} must be a {kind.__name__}, not {value!r}")
        if isinstance(value, list) and not all(isinstance(item, str) for item in value):
            raise ConfigError(f"{source}: {key} must be a list of strings")
        if problem := _check_value(name, value):
            raise ConfigError(f"{source}: {key}: {problem}")
        values[name] = value
    return values


def _check_value(name: str, value) -> str | None:
    """What is wrong with a well-typed value, so that the error names the config file."""
    if name in CHOICES and value not in CHOICES[name]:
        return f"{value!r} is not one of {', '.join(CHOICES[name])}"
    if name == "jobs" and value < 1:
        return f"must be at least 1, not {value}"
    if name in ("only", "skip", "enable"):
        try:
            check_names(value, available(parse_names(value)))
        except ValueError as error:
            return str(error)
    return None
