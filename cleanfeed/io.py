"""Reading inputs and writing outputs. Knows nothing about repairs.

Text is decoded as UTF-8. A byte that is not valid UTF-8 is decoded as the
Windows-1252 character it most likely was (or as Latin-1 where cp1252 leaves the
byte undefined), and the caller is told how many such bytes there were, so one
stray byte in a large file costs one character, not the file. A file that starts
with a UTF-16 byte-order mark is decoded as UTF-16. A NUL byte marks a binary
file, which is refused.

Output is always UTF-8. Files are written atomically: into a temporary file in
the target's directory (flushed to disk first for an in-place rewrite), then
renamed over the target, so a reader never sees a half-written file and an
interrupted run leaves the old one.
"""

from __future__ import annotations

import codecs
import contextlib
import os
import stat
import sys
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

READ_SIZE = 1 << 20
#: Files up to this size are read whole; a larger one is read twice, once to find a
#: NUL byte or an encoding problem and once to clean it as it streams, so either way
#: such a problem anywhere in the file is known before any output is written, and
#: memory stays flat whatever the size.
WHOLE_FILE_LIMIT = 4 << 20


class InputError(Exception):
    """An input that cannot be cleaned; the message is the one-line reason."""


class OutputError(Exception):
    """An output that cannot be written; the message names it and says why."""


class Decoding:
    """What the decoder had to do to a text, for the note the user sees."""

    __slots__ = ("encoding", "fallback_bytes", "first_bad_offset")

    def __init__(self) -> None:
        self.encoding: str | None = None  # None: plain UTF-8, no note
        self.fallback_bytes = 0
        self.first_bad_offset: int | None = None

    def note(self) -> str | None:
        if self.encoding:
            return f"decoded as {self.encoding}; output is UTF-8"
        if self.fallback_bytes:
            return (
                f"not valid UTF-8 ({self.fallback_bytes:,} byte{'s' if self.fallback_bytes != 1 else ''} "
                f"from offset {self.first_bad_offset:,} decoded as cp1252); output is UTF-8"
            )
        return None


class _FallbackCounter(threading.local):
    count = 0


_fallbacks = _FallbackCounter()


def _cp1252_fallback(error: UnicodeDecodeError) -> tuple[str, int]:
    """Codec error handler: an invalid UTF-8 byte becomes the cp1252 character it most likely was."""
    bad = error.object[error.start : error.end]
    _fallbacks.count += len(bad)
    return "".join(_cp1252_char(byte) for byte in bad), error.end


def _cp1252_char(byte: int) -> str:
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(byte)  # 0x81, 0x8D, 0x8F, 0x90, 0x9D: undefined in cp1252, Latin-1 keeps them


# codecs hands a decoding handler a UnicodeDecodeError; typeshed types every handler for UnicodeError.
codecs.register_error("cleanfeed-cp1252", _cp1252_fallback)  # type: ignore[arg-type]


def decode_chunks(
    chunks: Iterable[bytes], *, encoding: str | None = None, decoding: Decoding | None = None
) -> Iterator[str]:
    """Decode a byte stream piece by piece (see the module doc for the rules).

    Raises :class:`InputError` for binary data or, with an explicit ``encoding``,
    for bytes that are not valid in it. ``decoding`` collects what had to be done.
    """
    decoding = decoding if decoding is not None else Decoding()
    chunks = iter(chunks)
    first = next(chunks, b"")
    if encoding is None and first.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
        decoding.encoding = "UTF-16"
    elif encoding is not None:  # asked for: no note
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise InputError(f"unknown encoding {encoding!r}") from None
    strict = encoding is not None
    decoder = codecs.getincrementaldecoder(encoding or "utf-8")("strict" if strict else "cleanfeed-cp1252")
    seen = 0
    for chunk in _chain(first, chunks):
        if not strict and b"\x00" in chunk:
            raise InputError(f"binary file (NUL byte at offset {seen + chunk.index(0):,}), skipped")
        yield from _decode_step(decoder, chunk, seen, decoding, final=False)
        seen += len(chunk)
    yield from _decode_step(decoder, b"", seen, decoding, final=True)


def check_decodes(chunks: Iterable[bytes], *, encoding: str | None = None) -> None:
    """Raise the :class:`InputError` that decoding ``chunks`` would raise, keeping nothing."""
    for _ in decode_chunks(chunks, encoding=encoding):
        pass


def _chain(first: bytes, rest: Iterator[bytes]) -> Iterator[bytes]:
    if first:
        yield first
    yield from rest


def _decode_step(decoder, chunk: bytes, seen: int, decoding: Decoding, *, final: bool) -> Iterator[str]:
    before = _fallbacks.count
    pending = decoder.getstate()[0]
    try:
        text = decoder.decode(chunk, final=final)
    except UnicodeDecodeError as error:
        where = seen - len(pending) + error.start
        raise InputError(f"not valid {error.encoding} at byte {where:,}") from None
    if _fallbacks.count != before:
        if decoding.first_bad_offset is None:
            try:
                (pending + chunk).decode("utf-8")
            except UnicodeDecodeError as error:
                decoding.first_bad_offset = seen - len(pending) + error.start
        decoding.fallback_bytes += _fallbacks.count - before
    if text:
        yield text


def read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except PermissionError:
        raise InputError("permission denied") from None
    except IsADirectoryError:
        raise InputError("is a directory") from None
    except FileNotFoundError:
        raise InputError("no such file") from None
    except OSError as error:
        raise InputError(error.strerror or str(error)) from None


def read_file_names(source: str, *, null: bool = False) -> list[Path]:
    """The file names listed in ``source`` (``-``: stdin), one a line, or NUL-separated as
    ``find -print0`` writes them; empty entries are skipped. Raises :class:`InputError`."""
    data = sys.stdin.buffer.read() if source == "-" else read_bytes(Path(source))
    separator = b"\0" if null else b"\n"
    return [Path(os.fsdecode(name)) for name in data.split(separator) if name]


def iter_lines(pieces: Iterable[str]) -> Iterator[str]:
    """Lines (with their endings) from text arriving in pieces; only ``\\n`` ends a line."""
    rest = ""
    for piece in pieces:
        lines = (rest + piece).split("\n")
        rest = lines.pop()
        for line in lines:
            yield line + "\n"
    if rest:
        yield rest


def iter_file_chunks(stream: BinaryIO, size: int = READ_SIZE) -> Iterator[bytes]:
    while chunk := stream.read(size):
        yield chunk


def write_stdout(text: str, *, flush: bool = False) -> None:
    """Write to standard output: :class:`OutputError` when that fails (a full disk), BrokenPipeError
    when the reader has gone."""
    with _naming("cannot write standard output"):
        sys.stdout.buffer.write(encode(text))
        if flush:
            sys.stdout.buffer.flush()


def stdout_is_a_file() -> bool:
    """Whether standard output is redirected to a regular file, so no one reads it on a terminal or in a pager."""
    try:
        return stat.S_ISREG(os.fstat(sys.stdout.fileno()).st_mode)
    except (OSError, ValueError, AttributeError):
        return False


def silence_stdout() -> None:
    """After the reader closed the pipe (``| head``), let the interpreter exit without complaint."""
    with contextlib.suppress(OSError, ValueError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def encode(text: str) -> bytes:
    # surrogatepass: a lone surrogate (only possible from a broken UTF-16 input) must not crash a write
    return text.encode("utf-8", "surrogatepass")


def atomic_write(
    target: Path, chunks: Iterable[str | bytes], *, mode_from: Path | None = None, durable: bool = False
) -> None:
    """Write ``chunks`` (text is encoded as UTF-8) to ``target`` atomically (temp file, rename).

    Readers see the old file or the new one, never a part. ``durable`` also
    flushes the new file to disk before the rename (fsync), so that even a power
    cut cannot lose both: wanted when the old file is the user's only copy
    (``--in-place``), not worth its cost for a fresh copy (``-o``), where it
    doubles the time of a batch of small files.

    The file's permission bits are taken from ``mode_from`` when given (an
    in-place rewrite keeps the original's mode), else default to 0o666 less umask.

    Raises :class:`OutputError` naming the path that could not be written; an
    error raised while producing ``chunks`` passes through as it is (the input's).
    """
    import tempfile  # here: only a run that writes files needs it, and it costs ~4 ms to import

    directory = target.parent
    with _naming(f"cannot create directory {directory}"):
        directory.mkdir(parents=True, exist_ok=True)
    with _naming(f"cannot write {target}"):
        fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".cleanfeed-tmp", dir=directory)
    try:
        with os.fdopen(fd, "wb") as handle:
            for chunk in chunks:  # outside _naming: an error in producing the text is the input's
                with _naming(f"cannot write {target}"):
                    handle.write(chunk if isinstance(chunk, bytes) else encode(chunk))
            with _naming(f"cannot write {target}"):
                handle.flush()
                if durable:
                    os.fsync(handle.fileno())
        with _naming(f"cannot write {target}"):
            if mode_from is not None:
                os.chmod(temp_name, os.stat(mode_from).st_mode & 0o7777)
            else:
                umask = os.umask(0)
                os.umask(umask)
                os.chmod(temp_name, 0o666 & ~umask)
            os.replace(temp_name, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise


@contextlib.contextmanager
def _naming(what: str) -> Iterator[None]:
    """Turn an OSError into an :class:`OutputError` that says what could not be done to which path."""
    try:
        yield
    except BrokenPipeError:
        raise
    except OSError as error:
        raise OutputError(f"{what}: {error.strerror or error}") from None


def use_color(choice: str) -> bool:
    """Whether to colour what goes to stdout: ``always`` and ``never`` win; ``auto`` colours a terminal,
    and NO_COLOR (https://no-color.org) turns it off, FORCE_COLOR on."""
    if choice != "auto":
        return choice == "always"
    if os.environ.get("NO_COLOR"):
        return False
    return bool(os.environ.get("FORCE_COLOR")) or sys.stdout.isatty()
