"""The command line, called through main(argv) as a script would run it."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest

from wikiconv.cli import main

from conftest import SEED

SEED_BYTES = SEED.read_bytes()


def test_flat_output_is_the_seed_byte_for_byte(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    assert main(["convert", str(SEED), "-t", "flat"]) == 0
    out, err = capsysbinary.readouterr()
    assert out == SEED_BYTES
    assert err == b""


def test_json_of_the_seed(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["convert", str(SEED), "-t", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["title"] == "Afshar massacre"
    assert len(data["infoboxes"]) == 1
    keys = [field["key"] for field in data["infoboxes"][0]["fields"]]
    assert keys == [
        "Conflict",
        "Partof",
        "Date",
        "Place",
        "Result",
        "Combatant1",
        "Combatant2",
        "Commander1",
        "Commander2",
        "Casualties1",
        "Casualties2",
    ]
    titles = [section["title"] for section in data["sections"]]
    assert titles == ["Background and objectives", "Preparation", "Crimes", "See also"]
    assert data["see_also"] == ["List of massacres in Afghanistan"]


def test_directory_input_writes_one_file_per_input(tmp_path: Path) -> None:
    source = tmp_path / "in"
    (source / "sub").mkdir(parents=True)
    (source / "a.txt").write_bytes(SEED_BYTES)
    (source / "sub" / "b.txt").write_text("= B =\n\nText.\n", encoding="utf-8")
    (source / "ignored.md").write_text("# not an input\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["convert", str(source), "-t", "md", "-o", str(out)]) == 0
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert written == ["a.md", "sub/b.md"]
    assert (out / "sub" / "b.md").read_text(encoding="utf-8").startswith("# B\n")


def test_bad_inputs_are_reported_and_the_rest_converted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("= Caf\u00e9 =\n\nna\u00efve\n".encode("latin-1"))
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    good = tmp_path / "good.txt"
    good.write_bytes(SEED_BYTES)
    out = tmp_path / "out"
    code = main(
        [
            "convert",
            str(bad),
            str(empty),
            str(tmp_path / "missing.txt"),
            str(good),
            "-t",
            "html",
            "-o",
            str(out),
        ]
    )
    assert code == 1
    err = capsys.readouterr().err.splitlines()
    assert (
        f"{bad}:1:6: not UTF-8 text (byte 0xE9 cannot start a character); "
        "--encoding names another encoding (such as latin-1)" in err
    )
    assert f"{empty}: empty input" in err
    assert f"{tmp_path / 'missing.txt'}: no such file or directory" in err
    assert not any("Traceback" in line for line in err)
    assert sorted(p.name for p in out.iterdir()) == ["good.html"]
    # The last line sums the batch up, naming every input that failed.
    assert err[-1] == (
        f"wikiconv: 1 converted, 3 failed: {tmp_path / 'missing.txt'}: no such file or "
        f"directory, {bad}, {empty}"
    )


def test_stdin_to_stdout(
    monkeypatch: pytest.MonkeyPatch, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"= T =\r\n\r\nx\r\n")))
    assert main(["convert", "-", "-t", "flat"]) == 0
    assert capsysbinary.readouterr().out == b"= T =\r\n\r\nx\r\n"


def test_output_file_for_one_input(tmp_path: Path) -> None:
    target = tmp_path / "page.html"
    assert main(["convert", str(SEED), "-t", "html", "--standalone", "-o", str(target)]) == 0
    assert target.read_text(encoding="utf-8").lstrip().lower().startswith("<!doctype html>")


def test_an_output_never_replaces_its_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "page.txt"
    page.write_bytes(SEED_BYTES)
    assert main(["convert", str(page), "-t", "text", "-o", str(tmp_path)]) == 1
    assert "would replace the input" in capsys.readouterr().err
    assert page.read_bytes() == SEED_BYTES


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["convert", str(SEED), "-t", "docx2"], "unknown format 'docx2'"),
        (["convert", str(SEED), "-t", "md", "-f", "html"], "output format only"),
        (["convert", str(SEED), "-t", "md", "--standalone"], "--standalone does not apply"),
        (["convert", str(SEED), str(SEED), "-t", "md"], "several inputs need -o"),
        (["convert", str(SEED)], "required: -t/--to"),
        (["frobnicate"], "invalid choice"),
    ],
)
def test_bad_usage_exits_2(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 2
    assert message in capsys.readouterr().err


def test_help_shows_examples(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["convert", "--help"]) == 0
    out = capsys.readouterr().out
    assert "examples:" in out and "wikiconv convert seeds/" in out


def test_formats_lists_readers_and_writers(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["formats"]) == 0
    rows = {line.split()[0]: line.split()[1:3] for line in capsys.readouterr().out.splitlines()[1:]}
    assert rows["flat"] == ["yes", "yes"]
    assert rows["markdown"] == ["-", "yes"]
    assert rows["ast"] == ["yes", "yes"]


def test_diagnostics_go_to_stderr_with_position(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "odd.txt"
    page.write_text("= T =\n\n===Odd==\ntext\n", encoding="utf-8")
    assert main(["convert", str(page), "-t", "json"]) == 0
    err = capsys.readouterr().err
    assert f"{page}:3:1: warning:" in err and "[unbalanced-heading]" in err


def test_titles_from_file_names_keep_their_dots(tmp_path: Path) -> None:
    page = tmp_path / "St._Ives.wiki"
    page.write_text("'''St Ives''' is a town.\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["convert", str(page), "-t", "md", "-o", f"{out}/"]) == 0
    written = out / "St._Ives.md"
    assert written.read_text(encoding="utf-8").startswith("# St. Ives\n")


def test_outputs_get_the_usual_file_mode(tmp_path: Path) -> None:
    out = tmp_path / "site"
    assert main(["convert", str(SEED), "-t", "html", "-o", f"{out}/"]) == 0
    mask = os.umask(0)
    os.umask(mask)
    page = next(out.iterdir())
    assert page.stat().st_mode & 0o777 == 0o666 & ~mask


def test_tree_json_round_trips_through_the_cli(tmp_path: Path) -> None:
    trees = tmp_path / "trees"
    assert main(["convert", str(SEED), "-t", "ast", "-o", f"{trees}/"]) == 0
    assert [p.name for p in trees.iterdir()] == ["000_f02c26b289b00257.ast.json"]
    back = tmp_path / "back"
    assert main(["convert", str(trees), "-t", "flat", "-o", str(back)]) == 0
    assert (back / "000_f02c26b289b00257.txt").read_bytes() == SEED_BYTES
    minimal = tmp_path / "minimal.json"
    minimal.write_text('{"type": "Document", "blocks": []}', encoding="utf-8")
    assert main(["convert", str(minimal), "-f", "ast", "-t", "md", "-o", str(tmp_path / "m")]) == 0


def test_broken_tree_json_is_one_line_with_its_place(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"type": "Document",\n "blocks": [}', encoding="utf-8")
    assert main(["convert", str(broken), "-f", "ast", "-t", "md"]) == 1
    assert capsys.readouterr().err == (
        f"{broken}: not JSON at line 2, column 13: Expecting value\n"
    )


def test_templates_report_counts_calls_and_handlers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "page.wikitext"
    page.write_text(
        "{{convert|5|km}} {{convert|1|mi}} {{No such template}}\n"
        "{{Infobox person|name=A|born={{birth date|1900|1|1}}}}\n",
        encoding="utf-8",
    )
    assert main(["templates", str(page)]) == 0
    lines = capsys.readouterr().out.splitlines()
    rows = {line.split(None, 2)[2]: line.split()[:2] for line in lines[1:] if line[:7].strip()}
    assert rows["Convert"] == ["2", "yes"]
    assert rows["No such template"] == ["1", "no"]
    assert rows["Infobox person"] == ["1", "yes"]
    assert rows["Birth date"] == ["1", "yes"]
    assert lines[-1] == (
        "5 calls of 4 templates; 4 handled (80.0%): 4 by handlers, 0 by place as page furniture"
    )


def test_templates_report_counts_calls_hidden_inside_a_call_that_shows_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "page.wikitext"
    page.write_text(
        "Text {{#if:|{{Not shown}}}} and {{Lone unknown}}.\n\n"
        "{{Navboxes|title=Related|list=\n{{Countries of Europe}}\n{{Monarchies}}\n}}\n",
        encoding="utf-8",
    )
    assert main(["templates", str(page)]) == 0
    lines = capsys.readouterr().out.splitlines()
    rows = {line.split(None, 2)[2]: line.split()[:2] for line in lines[1:] if line[:7].strip()}
    # The untaken #if branch and the boxes inside Navboxes are not on the page.
    assert rows["Not shown"] == ["1", "yes"]
    assert rows["Countries of Europe"] == ["1", "yes"]
    assert rows["Monarchies"] == ["1", "yes"]
    # A call the page would show but nothing renders stays in the backlog.
    assert rows["Lone unknown"] == ["1", "no"]


def test_templates_report_counts_boxes_left_out_by_their_place_apart(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "page.wikitext"
    page.write_text(
        "{{Greek myth}}\nThe lead {{Lone unknown}}.\n\n== Cities ==\nText.\n\n"
        "{{Largest cities of Angola}}\n\nMore text.\n\n"
        "{{Angola topics}}\n{{Provinces of Angola}}\n",
        encoding="utf-8",
    )
    assert main(["templates", str(page)]) == 0
    lines = capsys.readouterr().out.splitlines()
    rows = {line.split(None, 2)[2]: line.split()[:2] for line in lines[1:] if line[:7].strip()}
    assert rows["Greek myth"] == ["1", "place"]
    assert rows["Largest cities of Angola"] == ["1", "place"]
    assert rows["Provinces of Angola"] == ["1", "place"]
    assert rows["Angola topics"] == ["1", "yes"]  # a navigation box by its name
    assert rows["Lone unknown"] == ["1", "no"]
    assert lines[-1] == (
        "5 calls of 5 templates; 4 handled (80.0%): 1 by handlers, 3 by place as page furniture"
    )


@pytest.mark.parametrize(
    ("data", "name"),
    [
        (b"\xef\xbb\xbf== Head ==\nCaf\xc3\xa9 [[x]].\n", "utf-8 with a byte-order mark"),
        ("== Head ==\nCafé [[x]].\n".encode("utf-16"), "utf-16 with a byte-order mark"),
        ("== Head ==\nCafé [[x]].\n".encode("utf-32"), "utf-32 with a byte-order mark"),
    ],
)
def test_a_byte_order_mark_names_the_encoding_and_is_not_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], data: bytes, name: str
) -> None:
    page = tmp_path / "page.wiki"
    page.write_bytes(data)
    assert main(["convert", str(page), "-t", "md"]) == 0, name
    out = capsys.readouterr().out
    assert "## Head\n\nCafé [x](https://en.wikipedia.org/wiki/X).\n" in out, name
    assert "\ufeff" not in out


def test_latin_1_input_is_an_error_naming_its_place_unless_encoding_is_given(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "page.wiki"
    page.write_bytes(b"First line\r\nSecond\r\nCaf\xe9 [[x]]\n")
    assert main(["convert", str(page), "-t", "md"]) == 1
    err = capsys.readouterr().err
    # CRLF ends one line, not two: the bad byte is on line 3.
    assert err.startswith(f"{page}:3:4: not UTF-8 text (byte 0xE9 cannot start a character)")
    assert main(["convert", str(page), "-t", "md", "--encoding", "latin-1"]) == 0
    assert "Café [x]" in capsys.readouterr().out
    assert main(["convert", str(page), "-t", "md", "--encoding", "no-such-codec"]) == 1
    assert "unknown encoding 'no-such-codec'" in capsys.readouterr().err


def test_an_output_is_never_written_outside_the_output_directory(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A link inside the output tree that points elsewhere must not be followed.
    pages = tmp_path / "pages"
    (pages / "sub").mkdir(parents=True)
    (pages / "sub" / "a.wiki").write_text("Text.\n", encoding="utf-8")
    (pages / "b.wiki").write_text("More.\n", encoding="utf-8")
    out, elsewhere = tmp_path / "out", tmp_path / "elsewhere"
    out.mkdir()
    elsewhere.mkdir()
    (out / "sub").symlink_to(elsewhere, target_is_directory=True)
    assert main(["convert", str(pages), "-t", "md", "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert f"output {out / 'sub' / 'a.md'} would be outside {out}" in err
    assert list(elsewhere.iterdir()) == []
    assert (out / "b.md").read_text(encoding="utf-8") == "# b\n\nMore.\n"
