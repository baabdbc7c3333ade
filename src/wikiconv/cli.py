"""The ``wikiconv`` command: a thin shell over the Python API.

Exit codes: 0 every input converted, 1 some input failed (the others were still
converted), 2 bad usage. Format names and writer options come from the format table,
so nothing here branches on a format name.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import typing
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

from wikiconv import __version__, parse, render_output
from wikiconv.batch import (
    BatchResult,
    Source,
    describe_failure,
    discover,
    format_diagnostics,
    inside,
    option_values,
    output_path,
    read_source,
    same_file,
    write_atomic,
)
from wikiconv.detect import detect_format
from wikiconv.errors import FormatError
from wikiconv.formats import (
    FORMATS,
    format_for_path,
    lookup,
    reader_for,
    strip_extension,
    writer_for,
)
from wikiconv.pandoc_bridge import write_file
from wikiconv.writers.base import Rendered

__all__ = ["main"]

EXAMPLES = """\
examples:
  wikiconv convert seeds/article.txt -t markdown          print Markdown
  wikiconv convert seeds/ -t html --standalone -o out/    a page per input file
  cat article.txt | wikiconv convert - -t json            stdin to stdout
  wikiconv convert article.txt -t flat                    the input back, byte for byte
  wikiconv convert article.wiki -t docx -o article.docx   a Word file, made by pandoc
  wikiconv formats                                        what can be read and written
  wikiconv templates articles/ --limit 30                 templates called, and handled
"""


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code instead of exiting."""
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits on --help and on bad usage
        return int(exc.code or 0)
    if args.command == "formats":
        return _formats(sys.stdout)
    if args.command == "convert":
        return _convert(args, parser)
    if args.command == "templates":
        return _templates(args)
    parser.print_help(sys.stderr)
    return 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="wikiconv",
        description="Convert wiki articles to Markdown, HTML, JSON, plain text and back.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"wikiconv {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    convert = commands.add_parser(
        "convert",
        help="convert files, directories or stdin",
        description="Convert each INPUT (a file, a directory searched recursively, or - "
        "for stdin) to the format given by -t.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    convert.add_argument(
        "inputs",
        nargs="*",
        metavar="INPUT",
        default=["-"],
        help="files, directories or - (default: stdin)",
    )
    convert.add_argument("-t", "--to", required=True, metavar="FORMAT", help="output format")
    convert.add_argument(
        "-f",
        "--from",
        dest="source_format",
        metavar="FORMAT",
        help="input format (default: detected)",
    )
    convert.add_argument(
        "-o", "--output", metavar="OUT", help="output file, or directory (one file per input)"
    )
    convert.add_argument(
        "--title",
        help="page title for formats that keep it outside the text (wikitext; "
        "default: the file name)",
    )
    convert.add_argument(
        "-v", "--verbose", action="store_true", help="also show informational diagnostics"
    )
    convert.add_argument("--encoding", help=_ENCODING_HELP)
    convert.add_argument("-q", "--quiet", action="store_true", help="show errors only")
    options = convert.add_argument_group("writer options")
    for flag, (kind, help_text) in _writer_flags().items():
        name = "--" + flag.replace("_", "-")
        if kind is bool:
            options.add_argument(name, dest=flag, action="store_true", default=None, help=help_text)
        else:
            options.add_argument(name, dest=flag, type=kind, default=None, help=help_text)
    commands.add_parser("formats", help="list the formats that can be read and written")
    report = commands.add_parser(
        "templates",
        help="count the templates a set of articles calls, and which have handlers",
        description="Read each INPUT as wikitext and print every template it calls, "
        "how often, and whether a handler renders it, then the share of calls handled.",
    )
    report.add_argument(
        "inputs",
        nargs="*",
        metavar="INPUT",
        default=["-"],
        help="files, directories or - (default: stdin)",
    )
    report.add_argument("--limit", type=int, default=None, help="show only the N most frequent")
    report.add_argument("--encoding", help=_ENCODING_HELP)
    return parser


def _writer_flags() -> dict[str, tuple[Any, str]]:
    """Every writer option as a flag, with the writers that have it."""
    flags: dict[str, tuple[Any, list[str]]] = {}
    for row in FORMATS:
        if row.writer is None:
            continue
        options_type = writer_for(row.name).Options
        hints = typing.get_type_hints(options_type)
        for option in dataclasses.fields(options_type):
            entry = flags.setdefault(option.name, (hints[option.name], []))
            entry[1].append(row.name)
    return {name: (kind, "for: " + ", ".join(owners)) for name, (kind, owners) in flags.items()}


def _formats(out: TextIO) -> int:
    out.write(f"{'format':<10} {'read':<5} {'write':<6} {'aliases':<14} description\n")
    for row in FORMATS:
        out.write(
            f"{row.name:<10} {'yes' if row.reader else '-':<5} {'yes' if row.writer else '-':<6} "
            f"{', '.join(row.aliases) or '-':<14} {row.description}\n"
        )
    return 0


def _convert(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    try:
        to = lookup(args.to).name
        source_format = lookup(args.source_format).name if args.source_format else None
        if source_format is not None:
            reader_for(source_format)  # an output-only format is a usage error, not a failure
        writer = writer_for(to)
        given = {f.name: getattr(args, f.name) for f in dataclasses.fields(writer.Options)}
        options = option_values(given)
        _refuse_foreign_options(args, writer.Options)
        if _binary(to) and args.output is None:
            raise FormatError(f"-t {to} writes a binary file: give -o FILE or -o DIRECTORY")
    except FormatError as exc:
        sys.stderr.write(f"wikiconv: {exc}\n")
        return 2

    errors: list[str] = []
    sources = discover(args.inputs, errors)
    out_dir, out_file = _output_target(args.output, args.inputs, sources)
    if out_dir is None and out_file is None and len(sources) > 1:
        sys.stderr.write("wikiconv: several inputs need -o DIRECTORY\n")
        return 2

    result = BatchResult(failed=errors[:])
    for line in errors:
        sys.stderr.write(line + "\n")
    written: set[Path] = set()
    for source in sources:
        _convert_one(source, to, source_format, options, (out_dir, out_file), written, args, result)
    if len(sources) + len(errors) > 1:
        sys.stderr.write(result.summary() + "\n")
    return result.exit_code


_ENCODING_HELP = "the inputs' encoding (default: the one a byte-order mark names, else UTF-8)"


def _templates(args: argparse.Namespace) -> int:
    from wikiconv.template_report import TemplateReport

    errors: list[str] = []
    sources = discover(args.inputs, errors)
    for line in errors:
        sys.stderr.write(line + "\n")
    report = TemplateReport()
    failed = bool(errors)
    for source in sources:
        try:
            # Titled from the file name, as convert titles it: some templates show it.
            text = read_source(source, args.encoding)
            report.add(parse(text, "wikitext", title=_title_from(source)))
        except Exception as exc:  # one bad input must never stop the report
            sys.stderr.write(describe_failure(exc, source.display) + "\n")
            failed = True
    report.write(sys.stdout, args.limit)
    return 1 if failed else 0


def _refuse_foreign_options(args: argparse.Namespace, options_type: type) -> None:
    mine = {f.name for f in dataclasses.fields(options_type)}
    for flag in _writer_flags():
        if flag not in mine and getattr(args, flag) is not None:
            raise FormatError(f"--{flag.replace('_', '-')} does not apply to -t {args.to}")


def _output_target(
    output: str | None, inputs: list[str], sources: list[Source]
) -> tuple[Path | None, Path | None]:
    """Directory mode or single-file mode for ``-o``; (None, None) means stdout."""
    if output is None:
        return None, None
    path = Path(output)
    directory_input = any(name != "-" and Path(name).is_dir() for name in inputs)
    if path.is_dir() or output.endswith(("/", "\\")) or len(sources) > 1 or directory_input:
        return path, None
    return None, path


def _convert_one(
    source: Source,
    to: str,
    source_format: str | None,
    options: dict[str, Any],
    target: tuple[Path | None, Path | None],
    written: set[Path],
    args: argparse.Namespace,
    result: BatchResult,
) -> None:
    out_dir, out_file = target
    destination = out_file or (output_path(source, out_dir, to) if out_dir else None)
    try:
        if destination is not None:
            if out_dir is not None and not inside(destination, out_dir):
                raise FormatError(f"output {destination} would be outside {out_dir}")
            if source.path is not None and same_file(source.path, destination):
                raise FormatError(f"output {destination} would replace the input")
            if destination in written:
                raise FormatError(f"output {destination} is already written by another input")
        text = read_source(source, args.encoding)
        named = source_format or (format_for_path(source.path.name) if source.path else None)
        # A format that keeps the title outside the text gets it from --title or the
        # file name, before reading: templates on the page may show it.
        name = lookup(named).name if named else detect_format(text)
        outside = lookup(name).title_outside_text
        title = (args.title or _title_from(source)) if outside else None
        document = parse(text, name, title=title)
        binary = _binary(to)
        if binary and destination is not None:
            # A binary file (docx, epub…) is written by pandoc, atomically.
            rendered = Rendered("", write_file(document, to, destination, **options))
        else:
            rendered = render_output(document, to, **options)
        if not args.quiet:
            for diagnostics in (document.diagnostics, rendered.diagnostics):
                for line in format_diagnostics(source.display, diagnostics, args.verbose):
                    sys.stderr.write(line + "\n")
        if destination is None:
            _write_stdout(rendered.text)
        else:
            if not binary:
                write_atomic(destination, rendered.text)
            written.add(destination)
    except Exception as exc:  # one bad input must never stop the batch
        sys.stderr.write(describe_failure(exc, source.display) + "\n")
        result.failed.append(source.display)
        return
    result.converted.append(source.display)


def _binary(to: str) -> bool:
    """Whether a format's output is a binary file (docx…), which only ``-o`` can take."""
    return bool(getattr(writer_for(to), "binary", False))


def _title_from(source: Source) -> str | None:
    """A page title from a file name, for formats that keep titles outside the text."""
    if source.path is None:
        return None
    return strip_extension(source.path.name).replace("_", " ")


def _write_stdout(text: str) -> None:
    """UTF-8 bytes whatever the locale, and no newline translation (CRLF stays CRLF)."""
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:
        sys.stdout.write(text)
    else:
        sys.stdout.flush()
        buffer.write(text.encode("utf-8"))
        buffer.flush()
