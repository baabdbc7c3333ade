"""The README's examples are real: its Python session runs, and its commands exist."""

from __future__ import annotations

import doctest
import re
import shlex
from pathlib import Path

import pytest

from wikiconv.cli import main

from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_python_examples_run() -> None:
    block = re.search(r"```pycon\n(.*?)```", README, re.DOTALL)
    assert block is not None
    parser = doctest.DocTestParser()
    test = parser.get_doctest(block.group(1), {}, "README", "README.md", 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    runner.run(test)
    result = runner.summarize(verbose=False)
    assert result.attempted > 5 and result.failed == 0


def test_quick_start_commands_are_the_ones_ci_runs() -> None:
    commands = re.findall(r"^python3 -m venv \.venv .*$", README, re.MULTILINE)
    assert len(commands) == 2
    assert commands[0].endswith("wikiconv convert seeds/ -t md -o out/")
    assert commands[1].endswith("pip install -e '.[test]' && pytest")


def _cli_examples() -> list[str]:
    lines = []
    for block in re.findall(r"```sh\n(.*?)```", README, re.DOTALL):
        for line in block.splitlines():
            if line.startswith("wikiconv "):
                lines.append(line.split("#", 1)[0].strip())
    return lines


def test_there_are_cli_examples() -> None:
    assert len(_cli_examples()) >= 4


@pytest.mark.parametrize("line", _cli_examples())
def test_cli_examples_run(line: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    argv = shlex.split(line)[1:]
    if "-o" in argv:  # write into the test's own folder, not the checkout
        argv[argv.index("-o") + 1] = str(tmp_path / "out")
    argv = [str(ROOT / a) if a.startswith("seeds/") else a for a in argv]
    for index, argument in enumerate(argv):
        if argument.endswith(".wikitext"):  # an article of the reader's own choosing
            article = tmp_path / argument
            article.write_text("'''Bodmin''' is a town in [[Cornwall]].\n", encoding="utf-8")
            argv[index] = str(article)
    assert main(argv) == 0
    assert capsys.readouterr().out or any((tmp_path / "out").iterdir())
