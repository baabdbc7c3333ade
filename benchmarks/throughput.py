"""Throughput on the Wikipedia corpus, beside mwparserfromhell in the same run.

    python benchmarks/throughput.py [--repeat N] [--corpus DIR]

Prints MB/s for wikiconv's wikitext reader, for reading plus each writer, and for
mwparserfromhell's parse alone (the tokenizer most Python tools build on), and the
time ratio of the corpus concatenated four times to the corpus once (1.0 per unit of
input is linear). One process, one core, best of N passes.
"""

from __future__ import annotations

import argparse
import gc
import time
from collections.abc import Callable
from pathlib import Path

import wikiconv

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "wikipedia"


def best_of(repeat: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args()
    texts = [p.read_text(encoding="utf-8") for p in sorted(args.corpus.glob("*.wikitext"))]
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(f"corpus: {len(texts)} articles, {megabytes:.2f} MB")

    def read_all() -> None:
        for text in texts:
            wikiconv.parse(text, "wikitext")

    rows: list[tuple[str, float]] = [("wikiconv read", best_of(args.repeat, read_all))]
    documents = [wikiconv.parse(text, "wikitext") for text in texts]
    for writer in ("markdown", "html", "text", "json"):
        seconds = best_of(args.repeat, lambda w=writer: [wikiconv.render(d, w) for d in documents])
        rows.append((f"wikiconv read + {writer}", rows[0][1] + seconds))
    try:
        import mwparserfromhell

        rows.append(
            (
                "mwparserfromhell parse",
                best_of(args.repeat, lambda: [mwparserfromhell.parse(t) for t in texts]),
            )
        )
    except ImportError:
        print("mwparserfromhell is not installed: no comparison")
    for name, seconds in rows:
        print(f"{name:<28} {seconds:7.3f} s  {megabytes / seconds:6.2f} MB/s")

    joined = "\n".join(texts)
    once = best_of(args.repeat, lambda: wikiconv.parse(joined, "wikitext"))
    four = best_of(args.repeat, lambda: wikiconv.parse("\n".join([joined] * 4), "wikitext"))
    print(f"corpus x4 / corpus x1 time: {four / once:.2f} (4.00 is linear)")


if __name__ == "__main__":
    main()
