"""`make bench`: start-up, extraction throughput and `compare` at scale, measured, never asserted.

    python -m evaluation.bench [--bench ../shared/bench] [--sizes 100,1000] [--full]
        [--only startup --only extraction --only compare] [--jobs 1,2] [--states cold,warm]
        [--cache-root DIR]

Corpus: the distinct articles of ECB+ and PolNeAR in the bench folder plus the samples; to
reach a size beyond them, articles are replicated with a small distinct edit (a line naming
the desk that filed the copy), so every text is new to the cache and stories hold many
articles each, as with wire copy. Each size is written once as a JSONL shard.

Measured:
- start-up: median wall time of `newsdiff --version` and `newsdiff --help` (5 runs each);
- extraction: MB/s of UTF-8 text through `pipeline.extract_source` on one process, beside a
  pass of plain `regex` patterns over the same text in the same run, and their ratio (the
  ratio holds across machines, the MB/s do not);
- `newsdiff compare --json` per size: wall time, CPU seconds (the process and its workers: on a
  machine shared with other work the wall time grows with the load, the CPU seconds much less; the
  load average before each run is saved beside it) and peak memory, cold (an empty cache) and warm
  (the cache the cold run filled), with `--jobs 1` and `--jobs 2`; and the growth of the cold
  `--jobs 2` time from 1,000 to 10,000 articles (the corpus mixes the collections in a fixed order,
  so 10,000 articles hold about ten times the text of 1,000).
  Peak memory is the sampled sum over the process and its workers of the proportional set size
  (PSS: a page shared by three processes counts a third in each), so forked workers reading their
  parent's memory are not counted three times; `peak_rss_mb` is the plain sum of resident sizes.

`--only` picks the parts to run; `--cache-root DIR` keeps each size's cache in DIR (not removed
after), so `--states warm` measures warm runs on caches a former run filled, without a cold run.

Fast by default (100 and 1,000 articles); `BENCH_FULL=1` (or `--full`) adds 10,000. A run
that exceeds `--timeout` seconds is stopped and reported as such. Results go to the terminal
as a table and to `bench/results/bench-<time>.json`.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"

# The reference pass: the kind of plain patterns a quick script would use for the same facts.
REFERENCE_PATTERNS = [
    r"\d+(?:[.,]\d+)*",
    r"\d+(?:\.\d+)?\s?%",
    r"[$€£]\s?\d+(?:[.,]\d+)*(?:\s(?:million|billion))?",
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s\d{1,2}\b",
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b",
    r"\b(?:yesterday|today|tomorrow|tonight)\b",
    r"\b(?:19|20)\d\d\b",
    r"\b\d{1,2}(?::\d\d)?\s?(?:a\.m\.|p\.m\.|am|pm)\b",
    r"\b\d+\s(?:days?|weeks?|months?|years?)\s(?:ago|later|earlier)\b",
    r'"[^"\n]{1,500}"',
    r"“[^”\n]{1,500}”",
    r"\b(?:said|says|told|added|according to|announced|stated)\b",
    r"\b[A-Z][a-z]+(?:\s[A-Z][a-z]+)+\b",
    r"\b(?:Mr|Mrs|Ms|Dr)\.?\s[A-Z][a-z]+\b",
    r"\b(?:hundreds|thousands|dozens|millions)\sof\b",
    r"\b(?:about|nearly|almost|more than|at least|up to)\s\d+",
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\b",
    r"\b(?:killed|injured|wounded|dead|arrested)\b",
    r"\b(?:first|second|third|fourth)\squarter\b",
    r"\b(?:last|next|this)\s(?:week|month|year)\b",
]


def distinct_articles(bench: Path) -> list[dict]:
    """Every distinct article text of ECB+, PolNeAR and the samples, as JSONL records."""
    records: list[dict] = []
    seen: set[str] = set()

    def add(record: dict) -> None:
        if record["text"].strip() and record["text"] not in seen:
            seen.add(record["text"])
            records.append(record)

    for path in sorted((bench / "ecbplus").glob("*docs*.jsonl")):
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                r = json.loads(line)
                add({"id": f"ecb-{r['id']}", "text": r["text"]})
    for path in sorted((bench / "polnear").glob("*.jsonl")):
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                r = json.loads(line)
                add({"id": f"pn-{r['id']}", "text": r["text"], "title": r.get("title"),
                     "published": r.get("publication_date"), "outlet": r.get("publisher")})
    for path in sorted((ROOT / "samples").glob("*.txt")):
        add({"id": f"sample-{path.stem}", "text": path.read_text(encoding="utf-8")})
    # In a fixed order that mixes the collections (by a digest of the id): read in file order, the
    # first 1,000 would be the short ECB+ articles (2.5 MB) and 10,000 would hold 14 times their
    # text, so the growth from 1,000 to 10,000 articles would measure the mix, not the scaling.
    records.sort(key=lambda r: hashlib.sha1(r["id"].encode("utf-8")).hexdigest())
    return records


def corpus(records: list[dict], size: int) -> list[dict]:
    """`size` articles: the distinct ones, then copies each with its own one-line edit."""
    out = []
    for i in range(size):
        base = records[i % len(records)]
        copy = i // len(records)
        if copy == 0:
            out.append(base)
        else:
            edited = dict(base, id=f"{base['id']}-c{copy}")
            edited["text"] = base["text"].rstrip("\n") + f"\n\n(Desk {copy} contributed to this report.)\n"
            out.append(edited)
    return out


def write_shard(records: list[dict], path: Path) -> None:
    """The records as one JSONL file."""
    with path.open("w", encoding="utf-8") as handle:
        for r in records:
            handle.write(json.dumps({k: v for k, v in r.items() if v is not None}, ensure_ascii=False) + "\n")


def newsdiff_cmd() -> list[str]:
    """How to run the newsdiff under test: the console script beside this interpreter (what a
    user runs), else `python -m newsdiff`. Either imports the newsdiff this interpreter sees."""
    script = Path(sys.executable).with_name("newsdiff")
    return [str(script)] if script.is_file() else [sys.executable, "-m", "newsdiff"]


def startup() -> dict:
    """Median wall seconds of `--version` and `--help`."""
    out = {}
    for flag in ("--version", "--help"):
        times = []
        for _ in range(5):
            started = time.perf_counter()
            subprocess.run(newsdiff_cmd() + [flag], capture_output=True, check=False)
            times.append(time.perf_counter() - started)
        out[flag] = round(statistics.median(times), 3)
    return out


def throughput(records: list[dict], megabytes: float) -> dict:
    """Extraction MB/s on one process beside the reference regex pass, over the same text."""
    import regex

    from newsdiff.model import Source
    from newsdiff.options import Options
    from newsdiff.pipeline import extract_source

    chosen, size = [], 0
    for r in records:
        chosen.append(r)
        size += len(r["text"].encode("utf-8"))
        if size >= megabytes * 1e6:
            break
    sources = [Source(id=r["id"], path="bench", text=r["text"], published=r.get("published")) for r in chosen]
    options = Options()
    extract_source(sources[0], options)  # first call compiles and loads lazily built tables
    started = time.perf_counter()
    facts = sum(len(extract_source(s, options).facts) for s in sources)
    extract_s = time.perf_counter() - started
    patterns = [regex.compile(p) for p in REFERENCE_PATTERNS]
    started = time.perf_counter()
    matches = sum(1 for s in sources for p in patterns for _ in p.finditer(s.text))
    regex_s = time.perf_counter() - started
    mb = size / 1e6
    return {
        "articles": len(sources),
        "megabytes": round(mb, 3),
        "facts": facts,
        "newsdiff_mb_s": round(mb / extract_s, 3),
        "regex_patterns": len(patterns),
        "regex_matches": matches,
        "regex_mb_s": round(mb / regex_s, 3),
        "ratio": round(regex_s / extract_s, 3),
    }


def supports(flag: str) -> bool:
    """Whether the newsdiff under test has a `compare` option (benchmarks older versions too)."""
    out = subprocess.run(newsdiff_cmd() + ["compare", "--help"], capture_output=True, text=True, check=False)
    return flag in out.stdout


def _memory(psutil, pid: int) -> tuple[int, int]:
    """(PSS sum, RSS sum) in bytes over a process and its children, now; PSS is the RSS where the
    platform does not give it."""
    pss = rss = 0
    try:
        root = psutil.Process(pid)
        for p in [root] + root.children(recursive=True):
            try:
                full = p.memory_full_info()
            except psutil.Error:
                continue
            rss += full.rss
            pss += getattr(full, "pss", full.rss)
    except psutil.Error:
        pass
    return pss, rss


def timed(args: list[str], timeout: float, work: Path) -> dict:
    """Wall time, CPU seconds and peak memory of one command: memory is the sampled sum over the
    process and its workers (psutil, when installed), at least the process's own maximum
    resident set; CPU seconds are user and system time of the process and the workers it waited
    for."""
    try:
        import psutil
    except ImportError:
        psutil = None
    err_path = work / "stderr.txt"
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    started = time.perf_counter()
    with err_path.open("wb") as err:
        proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=err)
    peak = peak_rss = 0
    timed_out = False
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if psutil is not None:
            pss, rss = _memory(psutil, proc.pid)
            peak, peak_rss = max(peak, pss), max(peak_rss, rss)
        if time.perf_counter() - started > timeout:
            proc.kill()
            _, status, usage = os.wait4(proc.pid, 0)
            timed_out = True
            break
        time.sleep(0.05)
    wall = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
    peak = max(peak, usage.ru_maxrss * 1024)
    lines = err_path.read_text(encoding="utf-8", errors="replace").strip().splitlines()
    return {
        "seconds": None if timed_out else round(wall, 2),
        "cpu_seconds": round(usage.ru_utime + usage.ru_stime, 2),
        "load_before": None if load is None else round(load, 2),
        "peak_mb": round(peak / 1e6),
        "peak_rss_mb": round(max(peak_rss, usage.ru_maxrss * 1024) / 1e6),
        "exit": proc.returncode,
        "timed_out": timed_out,
        "stderr": lines[-1:] if proc.returncode not in (0, 1) else [],
    }


def compare_runs(records: list[dict], sizes: list[int], work: Path, timeout: float,  # noqa: PLR0913 - what to run, each a command-line option
                 jobs_list: tuple[int, ...] = (1, 2), states: tuple[str, ...] = ("cold", "warm"),
                 cache_root: Path | None = None) -> list[dict]:
    """`compare --json` at each size: cold and warm cache, --jobs 1 and 2 (or the given ones).
    With `cache_root`, each size's cache stays there; a warm run without a cold one reads it."""
    has_jobs, has_cache = supports("--jobs"), supports("--cache-dir")
    rows = []
    for size in sizes:
        shard = work / f"corpus-{size}.jsonl"
        write_shard(corpus(records, size), shard)
        megabytes = shard.stat().st_size / 1e6
        for jobs in (jobs_list if has_jobs else (None,)):
            cache_dir = (cache_root or work) / f"cache-{size}-{jobs}"
            if "cold" in states or cache_root is None:
                shutil.rmtree(cache_dir, ignore_errors=True)
            for state in (states if has_cache else ("no cache",)):
                args = newsdiff_cmd() + ["compare", str(shard), "--json"]
                if jobs is not None:
                    args += ["--jobs", str(jobs)]
                if has_cache:
                    args += ["--cache-dir", str(cache_dir)]
                print(f"  compare {size:>6} articles, jobs {jobs or 1}, {state} ...", file=sys.stderr, flush=True)
                got = timed(args, timeout, work)
                rows.append({"articles": size, "megabytes": round(megabytes, 2), "jobs": jobs or 1, "cache": state, **got})
                if got["timed_out"]:
                    break  # a warm run after a cold one that never finished measures nothing
    return rows


def growth(rows: list[dict], small: int = 1000, large: int = 10000) -> dict:
    """How the cold time grows from `small` to `large` articles (ten times the articles)."""
    out = {}
    for jobs in (1, 2):
        def pick(n, jobs=jobs):
            for r in rows:
                if r["articles"] == n and r["jobs"] == jobs and r["cache"] in ("cold", "no cache") and r["seconds"]:
                    return r["seconds"]
            return None
        a, b = pick(small), pick(large)
        if a and b:
            out[f"jobs {jobs}"] = round(b / a, 2)
    return out


def print_table(report: dict) -> None:
    """The report as plain text tables."""
    s = report.get("startup_s")
    if s:
        print(f"start-up: --version {s['--version']:.3f} s, --help {s['--help']:.3f} s")
    t = report.get("extraction")
    if t:
        print(f"extraction, one process, {t['articles']} articles, {t['megabytes']} MB: newsdiff {t['newsdiff_mb_s']} "
              f"MB/s, {t['regex_patterns']} plain regex patterns {t['regex_mb_s']} MB/s, ratio {t['ratio']:.1%}")
    print(f"{'articles':>8} {'MB':>6} {'jobs':>4} {'cache':>8} {'seconds':>8} {'CPU s':>8} {'load':>5} {'peak MB':>8}")
    for r in report.get("compare", []):
        secs = "timeout" if r["timed_out"] else f"{r['seconds']:.2f}"
        print(f"{r['articles']:>8} {r['megabytes']:>6} {r['jobs']:>4} {r['cache']:>8} {secs:>8} {r['cpu_seconds']:>8}"
              f" {r['load_before']!s:>5} {r['peak_mb']:>8}" + (f"  exit {r['exit']}: {r['stderr']}" if r["stderr"] else ""))
    if report.get("growth_1000_to_10000"):
        print("growth 1,000 -> 10,000 articles (cold):",
              ", ".join(f"{k} x{v}" for k, v in report["growth_1000_to_10000"].items()))


PARTS = ("startup", "extraction", "compare")


def main(argv=None) -> int:
    """Build the corpus, measure, print and save the report."""
    parser = argparse.ArgumentParser(prog="python -m evaluation.bench")
    parser.add_argument("--bench", default=str(ROOT.parent / "shared" / "bench"))
    parser.add_argument("--sizes", default=None, help="comma-separated article counts (default 100,1000)")
    parser.add_argument("--full", action="store_true", default=bool(os.environ.get("BENCH_FULL")),
                        help="add 10,000 articles (also BENCH_FULL=1)")
    parser.add_argument("--megabytes", type=float, default=1.0, help="text for the throughput pass")
    parser.add_argument("--timeout", type=float, default=float(os.environ.get("BENCH_TIMEOUT", 900)))
    parser.add_argument("--work", default=str(ROOT / "bench" / "work"), help="scratch folder (removed after)")
    parser.add_argument("--label", default="", help="a note saved with the results (e.g. the commit)")
    parser.add_argument("--only", action="append", choices=PARTS, help="run only this part (repeatable)")
    parser.add_argument("--jobs", default="1,2", help="comma-separated --jobs values for compare")
    parser.add_argument("--states", default="cold,warm", help="cold, warm or both (warm alone needs --cache-root)")
    parser.add_argument("--cache-root", default=None, help="keep each size's cache here (not removed after)")
    args = parser.parse_args(argv)
    bench = Path(args.bench)
    if not (bench / "ecbplus").is_dir():
        print(f"bench: no bench data at {bench}; nothing measured")
        return 0
    sizes = [int(n) for n in args.sizes.split(",")] if args.sizes else [100, 1000]
    if args.full and 10000 not in sizes:
        sizes.append(10000)
    records = distinct_articles(bench)
    print(f"corpus: {len(records)} distinct articles (ECB+, PolNeAR, samples); sizes {sizes}", file=sys.stderr)
    report = {"label": args.label, "time": time.strftime("%Y-%m-%dT%H:%M:%S"), "cores": os.cpu_count(),
              "python": sys.version.split()[0], "distinct_articles": len(records)}
    parts = args.only or PARTS
    if "startup" in parts:
        report["startup_s"] = startup()
    if "extraction" in parts:
        report["extraction"] = throughput(records, args.megabytes)
    if "compare" in parts:
        states = tuple(s for s in args.states.split(",") if s)
        if states == ("warm",) and not args.cache_root:
            parser.error("--states warm alone needs --cache-root (a cache a former run filled)")
        work = Path(args.work)
        work.mkdir(parents=True, exist_ok=True)
        try:
            report["compare"] = compare_runs(records, sizes, work, args.timeout,
                                             tuple(int(j) for j in args.jobs.split(",")), states,
                                             Path(args.cache_root) if args.cache_root else None)
        finally:
            shutil.rmtree(work, ignore_errors=True)
        report["growth_1000_to_10000"] = growth(report["compare"])
    print_table(report)
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / f"bench-{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"saved {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
