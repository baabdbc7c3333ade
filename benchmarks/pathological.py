"""Time per MB on hostile input: unclosed markup, deep nesting, huge tables and lists.

    python benchmarks/pathological.py [--sizes 100K,1M,4M] [--case NAME ...]
        [--format html,markdown] [--timeout 120] [--memory-gb 8] [--json] [--list]

Each case is wikitext (or flat text) generated to exactly the target size in bytes
(K = 1,000, M = 1,000,000) by repeating a unit. For every case and size the script
reports the seconds for reading (``wikiconv.parse(text, reader)``) and for each
writer (``wikiconv.render(document, fmt)``), and the seconds per MB of input. A
case is flagged when any stage takes more than 2 s/MB, or when its s/MB grows by
more than 1.5x from the smallest to the largest size measured (non-linear; stages
under 0.1 s/MB at the largest size are not judged for growth, being timer noise).

Every (case, size) runs in its own subprocess with a timeout and a cap on its
address space, so a case that is too slow is reported as "timeout" instead of
hanging the run, and one whose memory grows out of bounds ends in MemoryError
instead of waking the OOM killer; any crash is reported as an error. Below 4 MB each stage is
timed best of 3 (one run only once a run takes more than 10 s); at 4 MB and above,
once. gc.collect() runs before each timed run; the collector stays on, as in use.
"""

from __future__ import annotations

import argparse
import gc
import json
import resource
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from itertools import count

import wikiconv

LIMIT_S_PER_MB = 2.0
LIMIT_GROWTH = 1.5
# A stage faster than this at the largest size is not judged for growth: its runs take
# milliseconds at the smallest size, where the timer and the collector decide the ratio.
GROWTH_FLOOR_S_PER_MB = 0.1
LONG_RUN_S = 10.0

Fill = Callable[[int], str]


def repeat(unit: str, head: str = "", tail: str = "") -> Fill:
    """head + unit repeated (the last copy cut) + tail, exactly ``size`` characters."""

    def fill(size: int) -> str:
        room = max(size - len(head) - len(tail), 0)
        body = unit * (room // len(unit) + 1)
        return head + body[:room] + tail

    return fill


def numbered(unit: Callable[[int], str], head: str = "", tail: str = "") -> Fill:
    """Like ``repeat`` with units that carry their number (ref names, headings)."""

    def fill(size: int) -> str:
        room = max(size - len(head) - len(tail), 0)
        parts: list[str] = []
        used = 0
        for i in count():
            if used >= room:
                break
            part = unit(i)
            parts.append(part)
            used += len(part)
        return head + "".join(parts)[:room] + tail

    return fill


def nested(open_: str, close: str, after: str = "") -> Fill:
    """open_ x N then close x N, N as large as fits; the rest padded with ``after``."""

    def fill(size: int) -> str:
        depth = size // (len(open_) + len(close))
        text = open_ * depth + close * depth
        pad = size - len(text)
        return text + (after * (pad // len(after) + 1))[:pad]

    return fill


def _many_params(name: str) -> Fill:
    head = "{{" + name

    def fill(size: int) -> str:
        room = size - len(head) - 2
        parts: list[str] = []
        used = 0
        for i in count():
            part = f"|p{i}=v{i}"
            if used + len(part) > room:
                break
            parts.append(part)
            used += len(part)
        body = "".join(parts)
        return head + body + " " * (room - used) + "}}"

    return fill


MIXED_LINE = (
    "word [[Link|text]] ''it'' '''bold''' {{lang|fr|mot}} <span>s</span> "
    "[http://example.org ext] &amp; <ref>n</ref> {{tpl|a=b}} <b>b</b> "
)

CASES: dict[str, tuple[str, Fill]] = {
    # Not hostile: the control, ordinary paragraphs, for what linear looks like here.
    "plain prose (control)": (
        "wikitext",
        repeat("A sentence of plain words, with a comma and a full stop.\nMore text.\n\n"),
    ),
    "unclosed [[": ("wikitext", repeat("[[a ")),
    "unclosed {{": ("wikitext", repeat("{{a|")),
    "unclosed {|": ("wikitext", repeat("{|\n")),
    "unclosed <ref>": ("wikitext", repeat("<ref>x ")),
    "unclosed <nowiki>": ("wikitext", repeat("<nowiki>x ")),
    "nested templates": ("wikitext", nested("{{a|", "}}", "x ")),
    "nested lists 5000 deep": ("wikitext", repeat("*" * 5000 + " item\n")),
    "nested lists ramp": (
        "wikitext",
        numbered(lambda i: "*" * (i % 5000 + 1) + " item\n"),
    ),
    "nested tables": ("wikitext", nested("{|\n|", "\n|}", "x ")),
    "nested <div>": ("wikitext", nested("<div>", "</div>", "x ")),
    "nested <span>": ("wikitext", nested("<span>", "</span>", "x ")),
    "unclosed <b>": ("wikitext", repeat("<b>x ")),
    "quote runs '''''": ("wikitext", repeat("'''''")),
    "quote runs ''a'''b": ("wikitext", repeat("''a'''b")),
    "one long line": ("wikitext", repeat(MIXED_LINE)),
    "table cells ||": ("wikitext", repeat(" a ||", head="{|\n|", tail=" a\n|}\n")),
    "many refs": (
        "wikitext",
        numbered(
            lambda i: f"x<ref name=r{i}>note {i}</ref> y<ref name=r{i} /> ",
            tail="\n{{reflist}}\n",
        ),
    ),
    "many headings": ("wikitext", numbered(lambda i: f"== Heading {i} ==\ntext\n")),
    "[[a|[[b|[[c runs": ("wikitext", repeat("[[a|[[b|[[c")),
    "unclosed <!--": ("wikitext", repeat("a <!-- b ")),
    "unclosed [http://": ("wikitext", repeat("[http://example.org/a b ")),
    "template params": ("wikitext", _many_params("tpl")),
    "infobox params": ("wikitext", _many_params("Infobox person")),
    "flat huge infobox": (
        "flat",
        numbered(lambda i: f"- Key {i}: value {i}\n", head="= T =\n\nInfobox\n"),
    ),
    "flat many sections": (
        "flat",
        numbered(
            lambda i: f"== Section {i} ==\n\nText {i}.\n- item\n  - sub\n\n",
            head="= T =\n\nInfobox\n- K: v\n\n",
        ),
    ),
}


def parse_size(text: str) -> int:
    text = text.strip().upper()
    scale = {"K": 1_000, "M": 1_000_000}.get(text[-1:], 1)
    return int(float(text.rstrip("KM")) * scale)


def size_label(size: int) -> str:
    if size % 1_000_000 == 0:
        return f"{size // 1_000_000}M"
    if size % 1_000 == 0:
        return f"{size // 1_000}K"
    return str(size)


def best_of(runs: int, work: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(runs):
        gc.collect()
        start = time.perf_counter()
        work()
        seconds = time.perf_counter() - start
        best = min(best, seconds)
        if seconds > LONG_RUN_S:
            break
    return best


def measure(case: str, size: int, formats: list[str]) -> dict[str, object]:
    """One case at one size, in this process: seconds per stage."""
    reader, fill = CASES[case]
    text = fill(size)
    assert len(text.encode("utf-8")) == size, (case, size, len(text))
    runs = 1 if size >= 4_000_000 else 3
    seconds: dict[str, float] = {}
    documents: list[wikiconv.Document] = []

    def read() -> None:
        documents[:] = [wikiconv.parse(text, reader)]

    seconds["read"] = best_of(runs, read)
    document = documents[0]
    for fmt in formats:
        seconds[fmt] = best_of(runs, lambda f=fmt: wikiconv.render(document, f))
    return {"case": case, "size": size, "reader": reader, "seconds": seconds}


def run_isolated(
    case: str, size: int, formats: list[str], timeout: float, memory_gb: float
) -> dict[str, object]:
    command = [
        sys.executable,
        __file__,
        "--worker",
        "--memory-gb",
        str(memory_gb),
        "--case",
        case,
        "--sizes",
        str(size),
        "--format",
        ",".join(formats),
    ]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"case": case, "size": size, "error": f"timeout ({timeout:g} s)"}
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["exit " + str(done.returncode)])[-1]
        return {"case": case, "size": size, "error": last[:200]}
    # The result is the last line: anything the library prints comes before it.
    lines = done.stdout.strip().splitlines()
    result: dict[str, object] = json.loads(lines[-1] if lines else "{}")
    return result


def per_mb(result: dict[str, object]) -> dict[str, float]:
    seconds = result.get("seconds")
    if not isinstance(seconds, dict):
        return {}
    size = result["size"]
    assert isinstance(size, int)
    return {stage: value / (size / 1e6) for stage, value in seconds.items()}


def flags(results: list[dict[str, object]]) -> Iterator[str]:
    """Why a case is flagged: too slow per MB, growing per MB, timeout or error."""
    by_size = sorted(results, key=lambda r: r["size"])  # type: ignore[arg-type,return-value]
    for result in by_size:
        if "error" in result:
            yield f"{size_label(result['size'])}: {result['error']}"  # type: ignore[arg-type]
        for stage, rate in per_mb(result).items():
            if rate > LIMIT_S_PER_MB:
                yield f"{size_label(result['size'])} {stage}: {rate:.2f} s/MB"  # type: ignore[arg-type]
    measured = [r for r in by_size if "seconds" in r]
    if len(measured) >= 2:
        first, last = per_mb(measured[0]), per_mb(measured[-1])
        for stage, rate in last.items():
            growth = rate / max(first[stage], 1e-9)
            if growth > LIMIT_GROWTH and rate >= GROWTH_FLOOR_S_PER_MB:
                yield (
                    f"{stage}: s/MB grows {growth:.1f}x from "
                    f"{size_label(measured[0]['size'])} to {size_label(measured[-1]['size'])}"  # type: ignore[arg-type]
                )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", default="100K,1M,4M", help="comma-separated, e.g. 100K,1M")
    parser.add_argument("--case", action="append", choices=list(CASES), metavar="NAME")
    parser.add_argument("--format", default="html,markdown", help="writers, comma-separated")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds per case and size")
    parser.add_argument(
        "--memory-gb", type=float, default=8.0, help="address space per case and size (GiB)"
    )
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--list", action="store_true", help="list the case names")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.list:
        print("\n".join(CASES))
        return
    sizes = [parse_size(s) for s in args.sizes.split(",") if s.strip()]
    formats = [f.strip() for f in args.format.split(",") if f.strip()]
    cases = args.case or list(CASES)
    if args.worker:
        # A quadratic-memory case must end in MemoryError, not wake the OOM killer.
        limit = int(args.memory_gb * 2**30)
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        print(json.dumps(measure(cases[0], sizes[0], formats)))
        return

    results: dict[str, list[dict[str, object]]] = {}
    header = f"{'case':<24} {'size':>5} {'read s/MB':>10}" + "".join(
        f" {f + ' s/MB':>14}" for f in formats
    )
    if not args.json:
        print(header)
    for case in cases:
        for size in sizes:
            result = run_isolated(case, size, formats, args.timeout, args.memory_gb)
            results.setdefault(case, []).append(result)
            if args.json:
                continue
            if "error" in result:
                cells = f" {result['error']}"
            else:
                rates = per_mb(result)
                cells = f" {rates['read']:10.3f}" + "".join(f" {rates[f]:14.3f}" for f in formats)
            print(f"{case:<24} {size_label(size):>5}{cells}", flush=True)
    flagged = {case: list(flags(rs)) for case, rs in results.items()}
    flagged = {case: why for case, why in flagged.items() if why}
    if args.json:
        print(json.dumps({"results": results, "flagged": flagged}, indent=1))
        return
    print()
    if not flagged:
        print(f"no case above {LIMIT_S_PER_MB:g} s/MB or growing more than {LIMIT_GROWTH:g}x")
    for case, why in flagged.items():
        print(f"FLAGGED {case}: " + "; ".join(why))


if __name__ == "__main__":
    main()
