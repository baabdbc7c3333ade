"""A mutation fuzzer for wikiconv: parse, every writer and the round trips, on a budget.

    python fuzz/harness.py --seconds 600

Inputs are slices of the Wikipedia articles in the shared corpus and the fixture inputs
of tests/fixtures, mutated with the wikitext markup alphabet, plus text generated from
that alphabet alone. Each input goes through the checks of ``run_checks`` in a worker
process, so that a hang or a crash of the interpreter is a finding, not the end of the
run. Every failure is reduced to a small input that fails the same way, and each
distinct failure is written to fuzz/crashes/ (``<id>.input`` holds the exact text,
``<id>.txt`` a summary line, the input's repr and the traceback or the differing trees);
fuzz/crashes/index.txt lists them one a line.
"""

from __future__ import annotations

import argparse
import dataclasses
import functools
import hashlib
import json
import multiprocessing
import os
import random
import re
import sys
import time
import traceback
from collections import Counter
from collections.abc import Callable
from datetime import date
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

CRASHES = ROOT / "fuzz" / "crashes"
# Ages and {{CURRENTYEAR}} are computed against this date, so every run sees the same.
TODAY = date(2024, 1, 1)

# The markup the wikitext and flat readers react to, and characters that tend to break
# text handling: astral and combining characters, bidi controls, NUL, lone CR, tabs.
# fmt: off
ALPHABET = [
    "[[", "]]", "{{", "}}", "{{a|", "{|", "|-", "||", "|}", "|+", "!", "!!", "'''", "''",
    "'", "<ref>", "</ref>", "<ref name=a>", "<ref name=a/>", "<ref name=b>",
    "<references/>", "<nowiki>", "</nowiki>", "<div>", "</div>", "<br>", "<pre>",
    "</pre>", "<span>", "</span>", "<math>", "</math>", "<gallery>", "</gallery>",
    "<!--", "-->", "==", "=", "*", "#", ":", ";", "----", "|", "\n", "\n\n", " ",
    "&amp;", "&#x41;", "&nbsp;", "&", "http://x.org", "[http://x.org a]", "File:A.jpg",
    "Category:", "Infobox", "- ", "Key: ", "a", "b", "Z", "word", "1", "\U0001f600",
    "\U00010400", "e\u0301", "\u0301", "\u200b", "\u202e", "\u05e9", "\ufeff", "\r",
    "\r\n", "\t", "\x00", "~~~~", "__NOTOC__", "{{{1}}}", "{{#if:", "{{convert|1|km}}",
    "{{cite web|url=http://x.org|title=T}}", "#REDIRECT [[A]]",
    "{{Infobox person|name=N|birth_date={{birth date|1900|1|1}}}}",
]
# fmt: on

Failure = dict[str, Any]


# ----------------------------------------------------------------------------- checks


def run_checks(text: str, only: str | None = None) -> tuple[list[Failure], list[str]]:
    """Every check on one input (or only the check named ``only`` and what it needs):
    the failures found, and the input's features (node type pairs, diagnostic codes,
    writers' losses) that tell the fuzzer an input shows something new."""
    failures: list[Failure] = []
    features: set[str] = set()
    for source in ("wikitext", "flat"):
        if only is None or source in only or only in ("timeout", "worker died"):
            _check_source(text, source, failures, features, only)
    return failures, sorted(features)


def _attempt(check: str, action: Callable[[], Any], failures: list[Failure]) -> Any:
    """``action()``, with any exception it raises recorded as a failure of ``check``."""
    try:
        return action()
    except RecursionError as exc:
        failures.append(_exception(check, exc, recursion=True))
    except Exception as exc:
        failures.append(_exception(check, exc))
    return None


def _check_source(
    text: str, source: str, failures: list[Failure], features: set[str], only: str | None
) -> None:
    import wikiconv

    def wanted(check: str) -> bool:
        return only is None or only in ("timeout", "worker died") or check == only

    doc = _attempt(
        f"parse {source}", lambda: wikiconv.parse(text, source, **_today(source)), failures
    )
    if doc is None:
        return
    features.update(_features(doc, source))
    wrote: dict[str, Any] = {}
    for writer in _writers():
        needed = (writer, only) in (
            ("flat", "flat byte round trip"),
            ("wikitext", "wikitext round trip"),
        )
        if not wanted(f"write {writer} from {source}") and not needed:
            continue
        out = _attempt(
            f"write {writer} from {source}",
            functools.partial(wikiconv.render_output, doc, writer),
            failures,
        )
        if out is not None:
            wrote[writer] = out
            features.update(f"{writer} loss:{d.message[:40]}" for d in out.diagnostics)
    found = None
    if wanted(f"tree data from {source}"):
        found = _attempt(f"tree data from {source}", lambda: _tree_data(doc), failures)
    if found:
        failures.append(found)
    if source == "flat" and "flat" in wrote and wrote["flat"].text != text:
        failures.append(_text_failure("flat byte round trip", text, wrote["flat"].text))
    if source == "wikitext" and "wikitext" in wrote:
        written = wrote["wikitext"]
        found = _attempt("wikitext round trip", lambda: _round_trip(doc, written), failures)
        if found:
            failures.append(found)


def _writers() -> list[str]:
    """Every writer but those that run the pandoc program."""
    from wikiconv.formats import FORMATS, writer_for
    from wikiconv.pandoc_bridge import BridgeWriter

    return [
        row.name
        for row in FORMATS
        if row.writer and not issubclass(writer_for(row.name), BridgeWriter)
    ]


def _features(doc: Any, source: str) -> set[str]:
    """(parent type, child type) pairs and diagnostic codes: what makes an input new."""
    out = {f"{source} diag:{d.code}" for d in doc.diagnostics}
    stack = [doc]
    while stack:
        node = stack.pop()
        for child in node.children():
            out.add(f"{source} {type(node).__name__}>{type(child).__name__}")
            stack.append(child)
    return out


def _tree_data(doc: Any) -> Failure | None:
    """The exact data round trip: from_dict(to_dict()), and the ast format."""
    import wikiconv
    from wikiconv.nodeio import from_dict

    data = doc.to_dict()
    back = from_dict(data)
    if back != doc or back.to_dict() != data:
        return _tree_failure("tree data round trip", doc, back)
    via_ast = wikiconv.parse(wikiconv.render(doc, "ast"), "ast")
    if via_ast != doc or via_ast.to_dict() != data:
        return _tree_failure("ast round trip", doc, via_ast)
    return None


def _round_trip(doc: Any, written: Any) -> Failure | None:
    """The wikitext written from the tree reads back as the same tree."""
    import wikiconv

    again = wikiconv.parse(written.text, "wikitext", today=TODAY)
    first = dataclasses.replace(doc, diagnostics=())
    second = dataclasses.replace(again, diagnostics=())
    if first == second:
        return None
    failure = _tree_failure("wikitext round trip", first, second)
    failure["written"] = written.text
    # Whether the writer said it could not express something.
    declared = [d.message for d in written.diagnostics]
    failure["declared"] = declared
    failure["signature"] += " (loss declared)" if declared else " (silent)"
    return failure


def _today(source: str) -> dict[str, Any]:
    return {"today": TODAY} if source == "wikitext" else {}


def _exception(check: str, exc: BaseException, recursion: bool = False) -> Failure:
    frames = traceback.extract_tb(exc.__traceback__)
    ours = [f for f in frames if "wikiconv" in f.filename.replace(os.sep, "/")]
    if recursion:
        # The deepest frame is anywhere in the cycle: name the function seen most often.
        counts = Counter(f"{Path(f.filename).name}:{f.name}" for f in ours)
        if not counts:
            counts = Counter(f"{Path(f.filename).name}:{f.name}" for f in frames[-20:])
        where = counts.most_common(1)[0][0] if counts else "?"
    else:
        # No frame of ours: the failure is in generated code (a dataclass __eq__).
        last = ours[-1] if ours else (frames[-1] if frames else None)
        where = f"{Path(last.filename).name}:{last.name}" if last else "?"
    return {
        "check": check,
        "signature": f"{check}: {type(exc).__name__} in {where}",
        "detail": "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))[-6000:],
    }


def _clean(data: Any) -> Any:
    """Tree data without the fields equality ignores (spans, layout, raw text)."""
    if isinstance(data, dict):
        skip = {"span", "layout", "diagnostics", "raw", "separator"}
        return {k: _clean(v) for k, v in data.items() if k not in skip}
    if isinstance(data, list):
        return [_clean(item) for item in data]
    return data


def _first_difference(a: Any, b: Any, path: str = "") -> tuple[str, str]:
    """Where two trees' data first differ: a path of node types and fields (no
    indices, so that one cause gives one signature) and a readable account."""
    if isinstance(a, dict) and isinstance(b, dict):
        if a.get("type") != b.get("type"):
            return f"{path} type", f"{a.get('type')} became {b.get('type')}"
        here = f"{path}/{a.get('type', '?')}"
        for key in list(a) + [k for k in b if k not in a]:
            if key == "type":
                continue
            if a.get(key) != b.get(key):
                return _first_difference(a.get(key), b.get(key), f"{here}.{key}")
        return here, "equal"
    if isinstance(a, list) and isinstance(b, list):
        for x, y in zip(a, b, strict=False):
            if x != y:
                return _first_difference(x, y, path)
        return f"{path} length", f"{len(a)} items became {len(b)}"
    return f"{path} value", f"{json.dumps(a, ensure_ascii=False)[:200]} became " + json.dumps(
        b, ensure_ascii=False
    )[:200]


def _compact(where: str) -> str:
    """A path with repeats folded and only its last steps kept: nesting depth is not a
    cause of its own."""
    steps: list[str] = []
    for step in where.strip("/").split("/"):
        if steps and steps[-1] in (step, step + "+"):
            steps[-1] = step + "+"
        else:
            steps.append(step)
    return ("…/" if len(steps) > 3 else "/") + "/".join(steps[-3:])


def _tree_failure(check: str, first: Any, second: Any) -> Failure:
    try:
        return _locate(check, first, second)
    except RecursionError:
        # Trees deeper than this module's own recursion can walk: say so, no more.
        return {
            "check": check,
            "signature": f"{check}: differs (trees too deep to locate the difference)",
            "detail": "the trees differ; they are too deeply nested to compare here",
        }


def _locate(check: str, first: Any, second: Any) -> Failure:
    a, b = _clean(first.to_dict()), _clean(second.to_dict())
    where, account = _first_difference(a, b)
    if a == b:  # the difference is in a field equality ignores, or only in exact data
        a, b = first.to_dict(), second.to_dict()
        where, account = _first_difference(a, b)
    return {
        "check": check,
        "signature": f"{check}: differs at {_compact(where)}",
        "detail": f"{where}: {account}\nfirst:  {json.dumps(a, ensure_ascii=False)}\n"
        f"second: {json.dumps(b, ensure_ascii=False)}",
    }


def _text_failure(check: str, expected: str, got: str) -> Failure:
    at = next((i for i, (x, y) in enumerate(zip(expected, got, strict=False)) if x != y), None)
    if at is None:
        at = min(len(expected), len(got))
    return {
        "check": check,
        "signature": f"{check}: differs",
        "detail": f"first difference at offset {at}\nexpected: {expected!r}\ngot:      {got!r}",
    }


# ----------------------------------------------------------------------------- worker


def _worker(conn: Connection) -> None:
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 1000))
    while True:
        try:
            text, only = conn.recv()
        except EOFError:
            return
        started = time.perf_counter()
        failures, features = run_checks(text, only)
        conn.send((failures, features, time.perf_counter() - started))


class Runner:
    """Runs checks in a worker process, with a time limit per input."""

    def __init__(self, limit: float) -> None:
        self.limit = limit
        self.context = multiprocessing.get_context("fork")
        self.process: Any = None
        self.conn: Connection | None = None
        self.restarts = 0

    def _start(self) -> None:
        parent, child = self.context.Pipe()
        self.process = self.context.Process(target=_worker, args=(child,), daemon=True)
        self.process.start()
        child.close()
        self.conn = parent

    def stop(self) -> None:
        if self.process is not None:
            self.process.kill()
            self.process.join()
            self.process = None
            self.conn = None

    def run(
        self, text: str, limit: float | None = None, only: str | None = None
    ) -> tuple[list[Failure], list[str], float]:
        if self.process is None or not self.process.is_alive():
            self._start()
        assert self.conn is not None
        limit = self.limit if limit is None else limit
        started = time.perf_counter()
        try:
            self.conn.send((text, only))
            if self.conn.poll(limit):
                failures, features, elapsed = self.conn.recv()
                return failures, features, elapsed
            kind, detail = "timeout", f"no answer within {limit:.1f} s"
        except (EOFError, BrokenPipeError, ConnectionResetError) as exc:
            kind, detail = "worker died", f"{type(exc).__name__}: exit code {self.process.exitcode}"
        self.stop()
        self.restarts += 1
        failure = {"check": kind, "signature": kind, "detail": detail}
        return [failure], [], time.perf_counter() - started


# ----------------------------------------------------------------------------- inputs


def _corpus() -> Path:
    """The shared Wikipedia corpus, found as the tests find it (tests/conftest.py)."""
    named = os.environ.get("WIKICONV_SHARED")
    if named:
        return Path(named) / "corpus" / "wikipedia"
    for base in (ROOT.parent, ROOT.parent.parent, Path("/work")):
        if (base / "shared" / "corpus").is_dir():
            return base / "shared" / "corpus" / "wikipedia"
    return ROOT.parent / "shared" / "corpus" / "wikipedia"


def load_seeds(rng: random.Random, corpus: Path) -> list[str]:
    """Slices of the corpus articles (a whole article is too big to mutate usefully),
    and the fixture inputs whole."""
    seeds: list[str] = []
    for path in sorted(corpus.glob("*.wikitext")):
        text = path.read_text(encoding="utf-8")
        for _ in range(12):
            size = rng.choice([80, 200, 500, 1500])
            start = rng.randrange(max(1, len(text) - size))
            seeds.append(text[start : start + size])
    for path in sorted((ROOT / "tests" / "fixtures").rglob("input.*")):
        seeds.append(path.read_bytes().decode("utf-8", errors="replace"))
    return seeds


def generate(rng: random.Random) -> str:
    """Text from the markup alphabet alone, with some letters and arbitrary characters."""
    pieces = []
    for _ in range(rng.randint(1, 40)):
        roll = rng.random()
        if roll < 0.75:
            pieces.append(rng.choice(ALPHABET))
        elif roll < 0.9:
            pieces.append("".join(rng.choice("abcxyz ") for _ in range(rng.randint(1, 6))))
        else:
            pieces.append(chr(rng.choice([rng.randrange(32, 0x2FF), rng.randrange(0x10FFFF)])))
    return "".join(pieces)


def mutate(rng: random.Random, text: str, pool: list[str]) -> str:
    for _ in range(rng.choice([1, 1, 2, 3, 5])):
        at = rng.randint(0, len(text))
        end = min(len(text), at + rng.randint(0, 40))
        roll = rng.randrange(11)
        if roll == 0:
            text = text[:at] + rng.choice(ALPHABET) + text[at:]
        elif roll == 1:
            text = text[:at] + "".join(rng.choices(ALPHABET, k=rng.randint(2, 8))) + text[at:]
        elif roll == 2:
            text = text[:at] + text[end:]
        elif roll == 3:
            text = text[:at] + text[at:end] * rng.randint(2, 4) + text[end:]
        elif roll == 4:
            other = rng.choice(pool)
            start = rng.randint(0, len(other))
            text = text[:at] + other[start : start + rng.randint(1, 200)] + text[at:]
        elif roll == 5:
            opening, closing = rng.choice(
                [("[[", "]]"), ("{{", "}}"), ("<ref>", "</ref>"), ("''", "''"), ("{|\n", "\n|}"),
                 ("<div>", "</div>"), ("<nowiki>", "</nowiki>"), ("<!--", "-->"), ("==", "==")]
            )  # fmt: skip
            text = text[:at] + opening + text[at:end] + closing + text[end:]
        elif roll == 6:
            text = text[:at] + rng.choice(["\n", "\r\n", "\r", "\n\n"]) + text[at:]
        elif roll == 7:
            prefix = rng.choice(["*", "#", ":", ";", " ", "=", "|", "!", "- ", "{|"])
            line = text.rfind("\n", 0, at) + 1
            text = text[:line] + prefix + text[line:]
        elif roll == 8:
            code = rng.randrange(0x110000 - 0x800)  # any code point but a surrogate
            text = text[:at] + chr(code + 0x800 if code >= 0xD800 else code) + text[at + 1 :]
        elif roll == 9:
            # Deep nesting: the shapes that recursive code meets on hostile input.
            token = rng.choice(["[[", "{{", "<div>", "''", "*", ":", "<ref>", "{|\n|"])
            text = text[:at] + token * rng.randint(20, 400) + text[at:]
        else:
            opening, closing = rng.choice(
                [("{{a|", "}}"), ("[[a|", "]]"), ("<div>", "</div>"), ("<span>", "</span>"),
                 ("<ref>", "</ref>"), ("\'\'\'", "\'\'\'"), ("{|\n|", "\n|}"), ("*", "\n")]
            )  # fmt: skip
            depth = rng.randint(10, 300)
            text = text[:at] + opening * depth + text[at:end] + closing * depth + text[end:]
    return text[:20000]


# ----------------------------------------------------------------------------- reduce


def minimise(
    runner: Runner, text: str, signature: str, deadline: float, limit: float
) -> tuple[str, Failure]:
    """Delta debugging over characters: drop chunks while the same failure remains."""
    best_failure: Failure | None = None

    # Only the failing check (and what it needs) runs again: reducing is the slow part.
    only = signature.split(":")[0]

    def fails(candidate: str) -> Failure | None:
        failures, _, _ = runner.run(candidate, limit, only)
        return next((f for f in failures if f["signature"] == signature), None)

    best_failure = fails(text)
    if best_failure is None:  # not reproducible (a timeout near the limit)
        return text, {"check": "?", "signature": signature, "detail": "did not reproduce"}
    text, best_failure = _shrink_runs(text, best_failure, fails, deadline)
    chunk = max(1, len(text) // 2)
    while chunk >= 1 and time.monotonic() < deadline:
        start, changed = 0, False
        while start < len(text) and time.monotonic() < deadline:
            candidate = text[:start] + text[start + chunk :]
            found = fails(candidate) if candidate != text else None
            if found is not None:
                text, best_failure, changed = candidate, found, True
            else:
                start += chunk
        if not changed:
            chunk //= 2
    # Then make the characters left as plain as possible: "a" for any letter that can go.
    for index in range(len(text)):
        if time.monotonic() >= deadline:
            break
        if text[index].isalnum() and text[index] != "a":
            candidate = text[:index] + "a" + text[index + 1 :]
            found = fails(candidate)
            if found is not None:
                text, best_failure = candidate, found
    return text, best_failure


def _shrink_runs(
    text: str, failure: Failure, fails: Callable[[str], Failure | None], deadline: float
) -> tuple[str, Failure]:
    """Cut runs of a repeated piece (``<div><div><div>``…) to the fewest repeats that
    still fail, by bisection: deep nesting is reduced in a few steps, not one character
    at a time."""
    for width in range(1, 9):
        pattern = re.compile(rf"(.{{{width}}})\1{{2,}}", re.DOTALL)
        start = 0
        while time.monotonic() < deadline:
            match = pattern.search(text, start)
            if match is None:
                break
            unit, count = match.group(1), len(match.group(0)) // width
            low, high = 1, count
            while low < high and time.monotonic() < deadline:
                middle = (low + high) // 2
                candidate = text[: match.start()] + unit * middle + text[match.end() :]
                found = fails(candidate)
                if found is not None:
                    high, failure = middle, found
                else:
                    low = middle + 1
            text = text[: match.start()] + unit * high + text[match.end() :]
            start = match.start() + width * high
    return text, failure


# ----------------------------------------------------------------------------- main


def _save(out: Path, text: str, failure: Failure) -> str:
    """Write a reduced failure; one file pair per signature, the smallest input kept."""
    ident = hashlib.sha1(failure["signature"].encode()).hexdigest()[:10]
    out.mkdir(parents=True, exist_ok=True)
    summary = f"{ident}  {failure['signature']}  input {text!r}"[:400]
    old = out / f"{ident}.input"
    if old.exists() and len(old.read_bytes()) <= len(text.encode("utf-8")):
        return summary
    old.write_bytes(text.encode("utf-8"))
    extra = ""
    if failure.get("written") is not None:
        extra = f"written as wikitext: {failure['written']!r}\n"
        extra += f"writer's diagnostics: {failure.get('declared')}\n"
    (out / f"{ident}.txt").write_text(
        f"{summary}\n\ninput ({len(text)} characters): {text!r}\n{extra}\n{failure['detail']}\n",
        encoding="utf-8",
    )
    return summary


def saved(out: Path) -> list[tuple[Path, str]]:
    """Every saved failure: its input file and its signature (from its summary line)."""
    found = []
    for path in sorted(out.glob("*.input")):
        summary = path.with_suffix(".txt").read_text(encoding="utf-8").split("\n", 1)[0]
        found.append((path, summary.split("  ")[1]))
    return found


def recheck(out: Path, limit: float) -> int:
    """Run every saved input again with the current code; print which still fail."""
    runner = Runner(limit)
    still = 0
    try:
        for path, signature in saved(out):
            text = path.read_bytes().decode("utf-8")
            failures, _, _ = runner.run(text, limit, signature.split(":")[0])
            fails = any(f["signature"] == signature for f in failures)
            still += fails
            print(f"{'FAILS' if fails else 'fixed'}  {path.stem}  {signature}")
    finally:
        runner.stop()
    print(f"{still} of {len(saved(out))} saved failures still fail")
    return 1 if still else 0


def _write_index(out: Path) -> None:
    lines = [
        path.with_suffix(".txt").read_text(encoding="utf-8").split("\n", 1)[0]
        for path, _ in saved(out)
    ]
    lines.sort(key=lambda line: line.split("  ")[1])
    (out / "index.txt").write_text("".join(line + "\n" for line in lines), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=600, help="budget in wall time")
    parser.add_argument("--seed", type=int, default=None, help="random seed (default: time)")
    parser.add_argument("--limit", type=float, default=5.0, help="time limit per input (s)")
    parser.add_argument(
        "--minimise-seconds", type=float, default=30, help="time to reduce each new failure"
    )
    parser.add_argument("--out", type=Path, default=CRASHES, help="where failures go")
    parser.add_argument(
        "--recheck", action="store_true", help="only run the saved failures again and exit"
    )
    parser.add_argument(
        "--corpus",
        type=Path,
        default=_corpus(),
        help="folder of *.wikitext articles to take seeds from (default: the shared corpus)",
    )
    args = parser.parse_args(argv)
    if args.recheck:
        return recheck(args.out, args.limit)
    seed = args.seed if args.seed is not None else int(time.time())
    rng = random.Random(seed)
    pool = load_seeds(rng, args.corpus)
    if not args.corpus.is_dir():
        print(f"no corpus at {args.corpus}: seeds are the fixture inputs only", flush=True)
    print(f"seed {seed}; {len(pool)} seed inputs; budget {args.seconds:.0f} s", flush=True)

    known = {signature for _, signature in saved(args.out)} if args.out.is_dir() else set()
    runner = Runner(args.limit)
    started = time.monotonic()
    end = started + args.seconds
    tried = failing = 0
    seen_features: set[str] = set()
    by_signature: Counter[str] = Counter()
    index: list[str] = []
    slowest = (0.0, "")
    last_report = started
    try:
        while time.monotonic() < end:
            roll = rng.random()
            if roll < 0.3:
                text = generate(rng)
            elif roll < 0.35:
                text = rng.choice(pool)
            else:
                text = mutate(rng, rng.choice(pool), pool)
            failures, features, elapsed = runner.run(text)
            tried += 1
            if elapsed > slowest[0]:
                slowest = (elapsed, text)
            new = set(features) - seen_features
            if new:
                seen_features.update(new)
                pool.append(text)
            if failures:
                failing += 1
            for failure in failures:
                signature = failure["signature"]
                by_signature[signature] += 1
                if by_signature[signature] > 1:
                    continue
                # Reducing comes out of the budget, capped per failure.
                small, reduced = minimise(
                    runner, text, signature, time.monotonic() + args.minimise_seconds, args.limit
                )
                line = _save(args.out, small, reduced)
                index.append(line)
                print("NEW", line, flush=True)
            if time.monotonic() - last_report > 60:
                last_report = time.monotonic()
                print(
                    f"{last_report - started:.0f} s: {tried} inputs, {failing} failing, "
                    f"{len(by_signature)} distinct, pool {len(pool)}",
                    flush=True,
                )
    finally:
        runner.stop()
    wall = time.monotonic() - started
    print(
        f"done: {wall:.0f} s, {tried} inputs, {failing} failing inputs, "
        f"{len(by_signature)} distinct failures, {runner.restarts} worker restarts, "
        f"slowest input {slowest[0]:.2f} s ({len(slowest[1])} characters)"
    )
    for signature, count in by_signature.most_common():
        print(f"{count:7d}  {signature}")
    args.out.mkdir(parents=True, exist_ok=True)
    if index:
        _write_index(args.out)
    with (args.out / "runs.txt").open("a", encoding="utf-8") as handle:
        handle.write(
            f"{time.strftime('%Y-%m-%d %H:%M')}  seed {seed}  {wall:.0f} s  {tried} inputs  "
            f"{failing} failing  {len(by_signature)} distinct  "
            f"{len(set(by_signature) - known)} not kept before\n"
        )
    return 1 if by_signature else 0


if __name__ == "__main__":
    sys.exit(main())
