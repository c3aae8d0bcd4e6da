"""Decoding inputs and writing outputs atomically."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from cleanfeed import io


def decode(data: bytes, pieces: int = 1, **kwargs) -> tuple[str, io.Decoding]:
    decoding = io.Decoding()
    size = max(1, len(data) // pieces + 1)
    chunks = [data[i : i + size] for i in range(0, len(data), size)]
    return "".join(io.decode_chunks(chunks, decoding=decoding, **kwargs)), decoding


@pytest.mark.parametrize("pieces", [1, 3, 7])
def test_utf8_passes_without_a_note(pieces):
    text, decoding = decode("Zürich — “quoted” 東京\r\n".encode(), pieces)
    assert text == "Zürich — “quoted” 東京\r\n"
    assert decoding.note() is None


@pytest.mark.parametrize("pieces", [1, 4])
def test_stray_bytes_are_read_as_cp1252_and_counted(pieces):
    text, decoding = decode("naïve café ".encode() + b"\x93quoted\x94 \x81", pieces)
    assert text == "naïve café “quoted” \x81"
    assert decoding.note() == "not valid UTF-8 (3 bytes from offset 13 decoded as cp1252); output is UTF-8"


def test_utf16_with_a_byte_order_mark():
    text, decoding = decode("Zürich\n".encode("utf-16"))
    assert text == "Zürich\n"
    assert decoding.note() == "decoded as UTF-16; output is UTF-8"


def test_nul_byte_means_binary():
    with pytest.raises(io.InputError, match=r"binary file \(NUL byte at offset 2\), skipped"):
        decode(b"ab\x00cd")


def test_explicit_encoding_is_strict_and_silent():
    text, decoding = decode("caf\xe9".encode("latin-1"), encoding="latin-1")
    assert (text, decoding.note()) == ("café", None)
    with pytest.raises(io.InputError, match="not valid utf-8 at byte 3"):
        decode(b"caf\xe9", encoding="utf-8")
    with pytest.raises(io.InputError, match="unknown encoding"):
        decode(b"x", encoding="no-such-codec")


def test_empty_input():
    text, decoding = decode(b"")
    assert text == "" and decoding.note() is None


def test_atomic_write_replaces_and_keeps_mode(tmp_path):
    target = tmp_path / "a.txt"
    target.write_text("old")
    os.chmod(target, 0o600)
    io.atomic_write(target, ["new ", "text ", b"bytes"], mode_from=target)
    assert target.read_text() == "new text bytes"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert os.listdir(tmp_path) == ["a.txt"]


def test_atomic_write_creates_directories_with_default_mode(tmp_path):
    target = tmp_path / "x" / "y" / "a.txt"
    io.atomic_write(target, ["hi"])
    umask = os.umask(0)
    os.umask(umask)
    assert target.read_text() == "hi"
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask


def test_failed_atomic_write_leaves_the_old_file_and_no_temp(tmp_path):
    target = tmp_path / "a.txt"
    target.write_text("old")

    def chunks():
        yield "half"
        raise RuntimeError("interrupted")

    with pytest.raises(RuntimeError):
        io.atomic_write(target, chunks(), mode_from=target)
    assert target.read_text() == "old"
    assert os.listdir(tmp_path) == ["a.txt"]


def test_read_bytes_reasons(tmp_path: Path):
    with pytest.raises(io.InputError, match="no such file"):
        io.read_bytes(tmp_path / "missing")
    with pytest.raises(io.InputError, match="is a directory"):
        io.read_bytes(tmp_path)
