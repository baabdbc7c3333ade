"""The formats pandoc writes, made from the Pandoc writer's JSON by running pandoc.

Each format in :data:`BRIDGED` is a row of the format table whose writer is a
:class:`BridgeWriter`: it writes the document as Pandoc's JSON AST
(:mod:`wikiconv.writers.pandoc`) and hands it to ``pandoc -f json -t FORMAT``. pandoc
comes with the ``pandoc`` extra (``pip install 'wikiconv[pandoc]'``, which installs
pypandoc-binary); a pandoc on the PATH serves too. pandoc's warnings become
diagnostics, next to what the JSON could not express.

Text formats work like any other: ``wikiconv.render(doc, "rst")``. Binary formats
(docx, odt, epub) are files, not text: :func:`write_file` writes one (atomically, as
the command line writes every output), and :func:`render_bytes` returns its bytes.
``render(doc, "docx")`` raises a :class:`~wikiconv.errors.FormatError` that names them.

pandoc runs with ``--sandbox`` unless ``fetch_images`` is set: it then reads nothing
but the JSON it is given, so no image URL of an article can make it read a local
file or the network.
"""

from __future__ import annotations

import importlib
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

from wikiconv.ast import Diagnostic, Document, RawBlock, RawInline
from wikiconv.errors import FormatError
from wikiconv.formats import lookup, writer_for
from wikiconv.writers.base import Rendered
from wikiconv.writers.pandoc import PandocOptions, PandocWriter
from wikiconv.writers.pandoc_inline import TOP, Ctx, El, raw_format

__all__ = [
    "BRIDGED",
    "MISSING",
    "BinaryRendered",
    "BinaryOptions",
    "BridgeWriter",
    "Target",
    "TextOptions",
    "pandoc_path",
    "render_bytes",
    "run_pandoc",
    "write_file",
]

MISSING = "pandoc is not installed: pip install 'wikiconv[pandoc]'"
# Generous: pandoc writes a long article in well under a second. It bounds a pandoc
# that hangs (fetching an image from a server that never answers).
TIMEOUT = 300
_UNFETCHED = "Could not fetch resource"


@dataclass(frozen=True, slots=True)
class Target:
    """A format made by pandoc: wikiconv's name for it, pandoc's, whether it is a
    binary file (written with ``-o``) rather than text, whether pandoc puts the
    images in it (and so may fetch them), and the formats of raw
    inlines (and of raw blocks, when they differ; ``*`` for all) that pandoc's writer
    for it passes through. Raw content of other formats is dropped by pandoc."""

    name: str
    pandoc: str
    binary: bool = False
    embeds_images: bool = False
    raw: tuple[str, ...] = ()
    raw_blocks: tuple[str, ...] | None = None


# The raw formats are what pandoc 3.9 was seen to pass through, format by format.
BRIDGED: tuple[Target, ...] = (
    Target("docx", "docx", binary=True, embeds_images=True, raw=("openxml",)),
    Target("odt", "odt", binary=True, embeds_images=True, raw=("opendocument",)),
    Target("epub", "epub3", binary=True, embeds_images=True, raw=("html", "html5")),
    Target("rst", "rst", raw=("rst", "latex", "tex"), raw_blocks=("*",)),
    Target("latex", "latex", raw=("latex", "tex")),
    Target("org", "org", raw=("org", "latex", "tex"), raw_blocks=("org", "latex", "tex", "html")),
    Target("asciidoc", "asciidoc", raw=("asciidoc",)),
    Target("typst", "typst", raw=("typst",)),
    Target("rtf", "rtf", embeds_images=True, raw=("rtf",)),
    Target("docbook", "docbook5", raw=("docbook", "html"), raw_blocks=("docbook",)),
)
_TARGETS = {target.name: target for target in BRIDGED}


@dataclass(frozen=True, slots=True)
class BinaryOptions(PandocOptions):
    """``fetch_images``: let pandoc fetch the images (from the network, or local files
    for a relative ``link_template``) to put them in the file; off, pandoc runs with
    ``--sandbox`` and an image shows its description."""

    fetch_images: bool = False


@dataclass(frozen=True, slots=True)
class TextOptions(PandocOptions):
    """``standalone``: a whole document (LaTeX preamble, Typst page setup…), with the
    title and metadata, instead of a fragment."""

    standalone: bool = False


@dataclass(frozen=True, slots=True)
class RtfOptions(TextOptions):
    """A text format with images in it (RTF) has both options."""

    fetch_images: bool = False


@dataclass(frozen=True, slots=True)
class BinaryRendered:
    """A binary format's bytes and what was reported while making them."""

    data: bytes
    diagnostics: tuple[Diagnostic, ...] = ()


class BridgeWriter(PandocWriter):
    """A format written by pandoc from this writer's JSON."""

    target: ClassVar[Target]
    binary: ClassVar[bool] = False
    Options = TextOptions

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if "target" in cls.__dict__:
            cls.name = cls.target.name
            cls.binary = cls.target.binary

    def write(self, document: Document) -> Rendered:
        if self.binary:
            raise FormatError(
                f"{self.name} is a binary format: write it to a file with "
                f"wikiconv.pandoc_bridge.write_file(document, {self.name!r}, path) "
                f"(on the command line: -o FILE), or get its bytes with "
                f"wikiconv.pandoc_bridge.render_bytes(document, {self.name!r})"
            )
        source = super().write(document)
        text, warnings = run_pandoc(source.text, self.target.pandoc, self._arguments())
        return Rendered(text, source.diagnostics + warnings)

    def write_to(self, document: Document, path: Path) -> tuple[Diagnostic, ...]:
        """Have pandoc write ``document`` into ``path``, which it replaces at once."""
        source = super().write(document)
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        os.close(handle)
        try:
            _, warnings = run_pandoc(
                source.text, self.target.pandoc, [*self._arguments(), "-o", temp_name]
            )
            # mkstemp makes the file private (0600); an output gets a new file's mode.
            mask = os.umask(0)
            os.umask(mask)
            os.chmod(temp_name, 0o666 & ~mask)
            os.replace(temp_name, path)
        except BaseException:
            Path(temp_name).unlink(missing_ok=True)
            raise
        return source.diagnostics + warnings

    def raw_inline(self, node: RawInline, ctx: Ctx = TOP) -> list[El]:
        self._check_raw(node, self.target.raw)
        return super().raw_inline(node, ctx)

    def raw_block(self, node: RawBlock, ctx: Ctx = TOP) -> list[El]:
        kept = self.target.raw if self.target.raw_blocks is None else self.target.raw_blocks
        self._check_raw(node, kept)
        return super().raw_block(node, ctx)

    def _check_raw(self, node: RawInline | RawBlock, kept: tuple[str, ...]) -> None:
        if "*" not in kept and raw_format(node.format) not in kept:
            self.lost(node, f"raw {node.format} content is dropped by pandoc")

    def _arguments(self) -> list[str]:
        arguments = [] if getattr(self.options, "fetch_images", False) else ["--sandbox"]
        if getattr(self.options, "standalone", False):
            arguments.append("--standalone")
        return arguments


def _writer_class(name: str) -> type[BridgeWriter]:
    """Define one writer class per bridged format (they differ in their target only)."""
    target = _TARGETS[name]
    options: type[PandocOptions] = TextOptions
    if target.embeds_images:
        options = BinaryOptions if target.binary else RtfOptions
    namespace = {"target": target, "Options": options, "__module__": __name__}
    return type(f"{name.capitalize()}Writer", (BridgeWriter,), namespace)


DocxWriter = _writer_class("docx")
OdtWriter = _writer_class("odt")
EpubWriter = _writer_class("epub")
RstWriter = _writer_class("rst")
LatexWriter = _writer_class("latex")
OrgWriter = _writer_class("org")
AsciidocWriter = _writer_class("asciidoc")
TypstWriter = _writer_class("typst")
RtfWriter = _writer_class("rtf")
DocbookWriter = _writer_class("docbook")


def pandoc_path() -> str:
    """The pandoc to run: pypandoc's (the ``pandoc`` extra), else one on the PATH."""
    try:
        pypandoc = importlib.import_module("pypandoc")
    except ImportError:
        pypandoc = None
    if pypandoc is not None:
        try:
            return str(pypandoc.get_pandoc_path())
        except OSError:
            pass  # pypandoc without a pandoc: try the PATH
    found = shutil.which("pandoc")
    if found is None:
        raise FormatError(MISSING)
    return found


def run_pandoc(
    json_text: str, to: str, arguments: list[str] | tuple[str, ...] = ()
) -> tuple[str, tuple[Diagnostic, ...]]:
    """Run ``pandoc -f json -t TO`` on Pandoc JSON: its output, and its warnings."""
    command = [pandoc_path(), "-f", "json", "-t", to, *arguments]
    try:
        done = subprocess.run(
            command, input=json_text.encode("utf-8"), capture_output=True, timeout=TIMEOUT
        )
    except subprocess.TimeoutExpired:
        raise FormatError(f"pandoc did not finish writing {to} in {TIMEOUT} s") from None
    except OSError as exc:
        raise FormatError(f"pandoc could not be run ({exc.strerror or exc}); {MISSING}") from None
    errors = done.stderr.decode("utf-8", errors="replace")
    if done.returncode != 0:
        reason = " ".join(errors.split()) or f"exit status {done.returncode}"
        raise FormatError(f"pandoc could not write {to}: {reason}")
    return done.stdout.decode("utf-8", errors="replace"), _warnings(
        errors, "--sandbox" in arguments
    )


def _warnings(stderr: str, sandboxed: bool) -> tuple[Diagnostic, ...]:
    """pandoc's ``[WARNING] …`` messages (continued on indented lines) as diagnostics,
    the images it could not fetch counted in one."""
    messages: list[str] = []
    for line in stderr.splitlines():
        if line.startswith("[WARNING]"):
            messages.append(line.removeprefix("[WARNING]").strip())
        elif line.strip() and messages and line[:1].isspace():
            messages[-1] += " " + line.strip()
        elif line.strip():
            messages.append(line.strip())
    unfetched = sum(1 for m in messages if m.startswith(_UNFETCHED))
    notes = [f"pandoc: {text}" for text in messages if not text.startswith(_UNFETCHED)]
    if unfetched:
        why = (
            "not fetched (fetch_images, --fetch-images, lets pandoc fetch images)"
            if sandboxed
            else "could not be fetched"
        )
        notes.append(f"pandoc: {unfetched} image(s) {why}; each shows its description")
    return tuple(Diagnostic("warning", "pandoc", note) for note in notes)


def _bridge_writer(to: str, options: dict[str, Any]) -> BridgeWriter | None:
    writer_class = writer_for(to)
    if not issubclass(writer_class, BridgeWriter):
        return None
    return writer_class(writer_class.make_options(**options))


def write_file(
    document: Document, to: str, path: str | Path, **options: Any
) -> tuple[Diagnostic, ...]:
    """Write ``document`` as format ``to`` (any writable format, binary ones too) into
    the file ``path``, atomically; returns the diagnostics of what was lost."""
    from wikiconv import render_output
    from wikiconv.batch import write_atomic

    path = Path(path)
    writer = _bridge_writer(to, options)
    if writer is not None and writer.binary:
        return writer.write_to(document, path)
    rendered = render_output(document, to, **options)
    write_atomic(path, rendered.text)
    return rendered.diagnostics


def render_bytes(document: Document, to: str, **options: Any) -> BinaryRendered:
    """The file a binary format (docx, odt, epub) makes of ``document``, as bytes."""
    writer = _bridge_writer(to, options)
    if writer is None or not writer.binary:
        raise FormatError(f"{lookup(to).name!r} is a text format: use wikiconv.render")
    with tempfile.TemporaryDirectory(prefix="wikiconv-") as folder:
        path = Path(folder) / f"document.{lookup(to).extension}"
        diagnostics = writer.write_to(document, path)
        return BinaryRendered(path.read_bytes(), diagnostics)
