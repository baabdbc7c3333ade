"""Batch conversion: finding inputs, reading them safely, writing outputs atomically.

Each input is converted on its own: a file that cannot be read or converted is
reported as one line naming it and the reason, and the others go on. Outputs are
written to a temporary file and renamed into place, so no half-written file is ever
left behind, and an output path that is an input is refused.
"""

from __future__ import annotations

import codecs
import os
import sys
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from wikiconv.ast import Diagnostic
from wikiconv.errors import InputError, WikiconvError
from wikiconv.formats import input_extensions, lookup, strip_extension

__all__ = [
    "BatchResult",
    "Source",
    "decode",
    "describe_failure",
    "discover",
    "format_diagnostics",
    "inside",
    "option_values",
    "output_path",
    "read_source",
    "same_file",
    "write_atomic",
]

STDIN = "-"


@dataclass(frozen=True, slots=True)
class Source:
    """One input: a file, or standard input when ``path`` is None.

    ``relative`` is the path below the directory it was found in (just the file name
    for a file named directly), which is kept when writing into an output directory.
    """

    display: str
    path: Path | None
    relative: Path


@dataclass
class BatchResult:
    """What happened to each input, for the exit code."""

    converted: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        return 1 if self.failed else 0

    def summary(self) -> str:
        """One line: how many inputs were converted, and every one that failed."""
        line = f"wikiconv: {len(self.converted)} converted, {len(self.failed)} failed"
        return line + (": " + ", ".join(self.failed) if self.failed else "")


def discover(inputs: Iterable[str], errors: list[str]) -> list[Source]:
    """Expand files, directories (recursively, by the readable extensions) and ``-``.

    A missing path is reported in ``errors`` and skipped; it does not stop the rest.
    """
    sources: list[Source] = []
    extensions = tuple(f".{ext}" for ext in input_extensions())
    for name in inputs:
        if name == STDIN:
            sources.append(Source("<stdin>", None, Path("stdin")))
            continue
        path = Path(name)
        if path.is_dir():
            found = sorted(
                p for p in path.rglob("*") if p.is_file() and p.name.endswith(extensions)
            )
            if not found:
                errors.append(f"{name}: no input files ({', '.join(extensions)}) in directory")
            sources.extend(Source(str(p), p, p.relative_to(path)) for p in found)
        elif path.exists():
            sources.append(Source(name, path, Path(path.name)))
        else:
            errors.append(f"{name}: no such file or directory")
    return sources


def read_source(source: Source, encoding: str | None = None) -> str:
    """The text of an input; :class:`InputError` says why it cannot be had."""
    try:
        data = sys.stdin.buffer.read() if source.path is None else source.path.read_bytes()
    except OSError as exc:
        raise InputError(source.display, f"cannot read: {exc.strerror or exc}") from None
    return decode(data, source.display, encoding)


# Byte-order marks: the encoding each one announces (longest first, since UTF-32
# little-endian's mark begins with UTF-16 little-endian's).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def decode(data: bytes, display: str, encoding: str | None = None) -> str:
    """Text from bytes: in ``encoding`` when given, else in the encoding a byte-order
    mark announces (the mark is not text), else UTF-8. A UTF-8 error names the line
    and column of the first bad byte."""
    if not data:
        raise InputError(display, "empty input")
    if encoding is not None:
        try:
            return data.decode(encoding)
        except LookupError:
            raise InputError(display, f"unknown encoding {encoding!r}") from None
        except UnicodeDecodeError as exc:
            raise InputError(display, f"not {encoding} text at byte {exc.start}") from None
    for mark, name in _BOMS:
        if data.startswith(mark):
            try:
                return data[len(mark) :].decode(name)
            except UnicodeDecodeError as exc:
                at = exc.start + len(mark)
                raise InputError(display, f"not {name} text at byte {at}") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = data[: exc.start]
        # Count lines the way the readers do: CRLF, CR and LF each end one.
        line = before.count(b"\r") + before.count(b"\n") - before.count(b"\r\n") + 1
        line_start = max(before.rfind(b"\n"), before.rfind(b"\r")) + 1
        column = len(data[line_start : exc.start].decode("utf-8", errors="replace")) + 1
        reason = (
            f"not UTF-8 text (byte 0x{data[exc.start]:02X} cannot start a character); "
            "--encoding names another encoding (such as latin-1)"
        )
        raise InputError(f"{display}:{line}:{column}", reason) from None


def output_path(source: Source, out_dir: Path, to: str) -> Path:
    """Where an input's output goes in directory mode: same relative path, new extension."""
    extension = lookup(to).extension
    name = strip_extension(source.relative.name)
    return out_dir / source.relative.with_name(f"{name}.{extension}")


def write_atomic(path: Path, text: str) -> None:
    """Write through a temporary file in the same directory, then rename over ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            stream.write(text)
        # mkstemp makes the file private (0600); an output gets the mode any new file
        # would get, so that a web server can read the pages it serves.
        os.chmod(temp_name, 0o666 & ~_umask())
        os.replace(temp_name, path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def inside(path: Path, directory: Path) -> bool:
    """Whether ``path``, links and ``..`` resolved, lies within ``directory``: an output
    named from its input must never land elsewhere (a link in the output tree, a
    name such as ``../../etc/passwd``)."""
    try:
        path.resolve().relative_to(directory.resolve())
    except ValueError:
        return False
    return True


def same_file(a: Path, b: Path) -> bool:
    """Whether two paths name one file (an output must never replace an input)."""
    try:
        return a.resolve() == b.resolve() or (b.exists() and os.path.samefile(a, b))
    except OSError:
        return False


def format_diagnostics(
    display: str, diagnostics: Iterable[Diagnostic], verbose: bool
) -> Iterator[str]:
    """Lines for stderr: warnings and errors always, info only when ``verbose``."""
    for diagnostic in diagnostics:
        if verbose or diagnostic.severity != "info":
            yield diagnostic.format(display)


def describe_failure(exc: BaseException, display: str) -> str:
    """A one-line reason for an input that failed, without a traceback."""
    if isinstance(exc, InputError):
        return str(exc)  # it already names the file, and the line and column if known
    if isinstance(exc, WikiconvError):
        return f"{display}: {exc}"
    if isinstance(exc, OSError):
        where = f" {exc.filename}" if exc.filename else ""
        return f"{display}: cannot write output{where}: {exc.strerror or exc}"
    return f"{display}: internal error ({type(exc).__name__}: {exc}); please report it"


def option_values(values: dict[str, Any]) -> dict[str, Any]:
    """Only the options the user actually gave (unset flags are None)."""
    return {key: value for key, value in values.items() if value is not None}
