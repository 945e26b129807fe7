"""Whole-build benchmark: cold full build, stages, peak memory, the mkdocs floor, incremental build.

    python3 bench/build_bench.py --sizes 100,1000 --out docs/benchmarks.md

For each size a realistic corpus is generated (bench/corpus.py) into a fresh project and built in
its own subprocess (so peak memory is that build's: ``ru_maxrss`` of the process and of its analysis
workers). Reported per size: full build seconds with a cold cache, seconds per stage
(``BuildReport.stage_seconds``), articles per second, peak memory, mkdocs ALONE on the same docs
folder (the floor: the build keeps its docs with ``BRIEFING_KEEP_DOCS``), our overhead over that
floor, and the build after adding one article (incremental: one article analysed, only the changed
pages through mkdocs). The table goes into ``--out`` with the command and the machine.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

EPOCH = "1510300000"


def _peak_mb() -> float:
    """Peak resident memory (MB) of this process and of its (waited-for) children, the larger."""
    me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return round(max(me, kids) / 1024, 1)  # Linux: KiB


def _cpu_s() -> float:
    """CPU seconds (user+sys) of this process and its waited-for children: unlike wall time, not
    inflated when other work shares the machine."""
    a, b = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return a.ru_utime + a.ru_stime + b.ru_utime + b.ru_stime


class TreeMemory:
    """Peak memory of this process and all its descendants together (sum of PSS, sampled every
    0.2 s from /proc): forked workers share pages with the parent, so summing their RSS would
    count the shared pages twice, and ``ru_maxrss`` only sees one process at a time."""

    def __init__(self) -> None:
        import threading

        self.peak_kb = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    @staticmethod
    def _tree(pid: int) -> list[int]:
        out, todo = [], [pid]
        while todo:
            p = todo.pop()
            out.append(p)
            try:
                for t in os.listdir(f"/proc/{p}/task"):
                    kids = Path(f"/proc/{p}/task/{t}/children").read_text().split()
                    todo.extend(int(k) for k in kids)
            except OSError:
                pass
        return out

    @staticmethod
    def _pss_kb(pid: int) -> int:
        try:
            for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    return int(line.split()[1])
        except (OSError, ValueError):
            pass
        return 0

    def _run(self) -> None:
        pause = 0.2
        while not self._stop.wait(pause):
            t = time.perf_counter()
            self.peak_kb = max(self.peak_kb, sum(self._pss_kb(p) for p in self._tree(os.getpid())))
            # reading smaps_rollup walks every page of every process (kernel time in this process):
            # at 10,000 articles sampling every 0.2 s took ~15 % of a core from the build it measured
            pause = max(0.2, 20 * (time.perf_counter() - t))

    def __enter__(self) -> "TreeMemory":
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def mkdocs_cli(cfg_file: Path) -> tuple[float, float, float]:
    """``mkdocs build`` on its own, as a user runs it (a fresh process: start-up and imports
    included): (wall s, CPU s, peak RSS MB), from GNU time when it is there."""
    cmd = [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(cfg_file)]
    timer = shutil.which("time") or ("/usr/bin/time" if Path("/usr/bin/time").is_file() else None)
    t = time.perf_counter()
    if timer:
        proc = subprocess.run([timer, "-f", "BENCH %M %U %S", *cmd], capture_output=True, text=True, check=True)
        line = [x for x in proc.stderr.splitlines() if x.startswith("BENCH ")][-1].split()
        return time.perf_counter() - t, float(line[2]) + float(line[3]), int(line[1]) / 1024
    c = _cpu_s()
    subprocess.run(cmd, check=True, capture_output=True)
    return time.perf_counter() - t, _cpu_s() - c, 0.0


def one(n: int, work: Path) -> dict:
    """Build one corpus of ``n`` articles in ``work`` (run in a subprocess); returns the numbers."""
    from corpus import generate

    from generator import incremental
    from generator.build import build
    from generator.config import load_config
    from generator.publish.mkdocs import mkdocs_config

    import yaml

    os.environ["SOURCE_DATE_EPOCH"] = EPOCH
    root = work / f"p{n}"
    shutil.rmtree(root, ignore_errors=True)
    generate(n, root / "content", seed=7)
    cfg = load_config(root)
    kept = work / f"docs{n}"
    os.environ["BRIEFING_KEEP_DOCS"] = str(kept)
    load_start = os.getloadavg()[0]
    t, c = time.perf_counter(), _cpu_s()
    with TreeMemory() as mem:
        report = build(cfg, full=True)
    full_s, full_cpu = time.perf_counter() - t, _cpu_s() - c
    os.environ.pop("BRIEFING_KEEP_DOCS")
    peak = _peak_mb()

    # the floor: mkdocs alone on the very same docs folder
    floor_site = work / f"floor{n}"
    shutil.rmtree(floor_site, ignore_errors=True)
    cfg_file = work / f"mkdocs{n}.yml"
    cfg_file.write_text(yaml.safe_dump(mkdocs_config(cfg, kept, floor_site), allow_unicode=True, sort_keys=False),
                        encoding="utf-8")
    floor_s, floor_cpu, floor_mb = mkdocs_cli(cfg_file)
    # and plain mkdocs (no hooks: Python-Markdown parses every page) on the same docs
    plain = mkdocs_config(cfg, kept, floor_site)
    plain.pop("hooks", None)
    shutil.rmtree(floor_site, ignore_errors=True)
    cfg_file.write_text(yaml.safe_dump(plain, allow_unicode=True, sort_keys=False), encoding="utf-8")
    plain_s, plain_cpu, plain_mb = mkdocs_cli(cfg_file)
    shutil.rmtree(floor_site, ignore_errors=True)

    # incremental: one new article (a new file, same style) added to the built corpus
    src = sorted(cfg.content_path.rglob("*.md"))[0]
    added = cfg.content_path / "zz-added" / "added.md"
    added.parent.mkdir()
    added.write_text(src.read_text(encoding="utf-8").replace("---\n", "---\ntitle: مقال أضيف للتو\n", 1),
                     encoding="utf-8")
    t, c = time.perf_counter(), _cpu_s()
    inc = build(cfg)
    inc_s, inc_cpu = time.perf_counter() - t, _cpu_s() - c
    return {
        "n": n, "full_s": round(full_s, 1), "stages": report.stage_seconds, "pages": report.pages_written,
        "stories": report.stories, "per_s": round(n / full_s, 1), "peak_mb": peak,
        "peak_tree_mb": round(mem.peak_kb / 1024, 1),
        "floor_s": round(floor_s, 1), "overhead": round(full_s / floor_s, 2) if floor_s else None,
        "plain_mkdocs_s": round(plain_s, 1), "overhead_plain": round(full_s / plain_s, 2) if plain_s else None,
        "floor_peak_mb": round(floor_mb), "plain_cpu_s": round(plain_cpu, 1), "plain_peak_mb": round(plain_mb),
        "render_publish_over_floor": round(report.stage_seconds.get("render+publish", 0) / floor_s, 2)
        if floor_s else None,
        "inc_pages_rendered": incremental.last_stats.get("pages_rendered"),
        "inc_s": round(inc_s, 1), "inc_pct": round(100 * inc_s / full_s, 1), "inc_analysed": inc.analysed,
        "inc_cache_hits": inc.cache_hits, "full_cpu_s": round(full_cpu, 1), "floor_cpu_s": round(floor_cpu, 1),
        "inc_cpu_s": round(inc_cpu, 1), "inc_pages_rebuilt": incremental.last_stats.get("pages_rebuilt"),
        "pages_total": incremental.last_stats.get("pages_total"),
        "inc_publish_ms": {k: v for k, v in incremental.last_stats.items() if k.endswith("_ms")}, "load_avg": os.getloadavg()[0], "load_start": load_start, "inc_stages": inc.stage_seconds, "peak_mb_after_inc": _peak_mb(),
    }


def machine() -> str:
    mem = "?"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem = f"{int(line.split()[1]) / 1048576:.1f} GiB"
    except OSError:
        pass
    return f"{platform.machine()}, nproc {os.cpu_count()}, RAM {mem}, Python {platform.python_version()}"


def table(rows: list[dict]) -> str:
    head = ("| articles | full build (cold) | read | analyse | cluster | summarise | render+publish | art/s "
            "| peak RSS one process / all processes (PSS) | mkdocs alone (our config) | overhead "
            "| plain mkdocs (no hooks) | overhead vs plain | peak RSS mkdocs ours / plain "
            "| +1 article (incr.) | incr. / full | analysed on +1 "
            "| pages rendered / through mkdocs on +1 | CPU s full / mkdocs / incr. | load avg start / end |\n"
            "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n")
    lines = []
    for r in rows:
        st = r["stages"]
        lines.append(
            f"| {r['n']:,} | {r['full_s']} s | {st.get('read', 0):.1f} | {st.get('analyse', 0):.1f} | "
            f"{st.get('cluster', 0):.1f} | {st.get('summarise', 0):.1f} | {st.get('render+publish', 0):.1f} | "
            f"{r['per_s']} | {r['peak_mb']:.0f} MB / {r.get('peak_tree_mb', 0):.0f} MB | {r['floor_s']} s | {r['overhead']}x | "
            f"{r.get('plain_mkdocs_s')} s | {r.get('overhead_plain')}x | "
            f"{r.get('floor_peak_mb', 0)} MB / {r.get('plain_peak_mb', 0)} MB | {r['inc_s']} s | "
            f"{r['inc_pct']} % | {r['inc_analysed']} (hits {r['inc_cache_hits']}) | "
            f"{r.get('inc_pages_rendered')} / {r['inc_pages_rebuilt']} of {r['pages_total']} | "
            f"{r['full_cpu_s']} / {r['floor_cpu_s']} / {r['inc_cpu_s']} | "
            f"{r.get('load_start', 0):.1f} / {r.get('load_avg', 0):.1f} |")
    return head + "\n".join(lines) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="100,1000", help="comma-separated corpus sizes (e.g. 100,1000,10000)")
    ap.add_argument("--out", type=Path, default=None, help="Markdown file for the results table")
    ap.add_argument("--work", type=Path, default=None, help="scratch folder (default: a temp folder)")
    ap.add_argument("--one", type=int, default=None, help=argparse.SUPPRESS)
    a = ap.parse_args()
    work = a.work or Path(tempfile.mkdtemp(prefix="briefing-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    if a.one is not None:
        print(json.dumps(one(a.one, work)))
        return 0
    rows = []
    for n in [int(x) for x in a.sizes.split(",") if x.strip()]:
        proc = subprocess.run([sys.executable, __file__, "--one", str(n), "--work", str(work)],
                              capture_output=True, text=True)
        if proc.returncode != 0:
            print(proc.stderr[-3000:], file=sys.stderr)
            return 1
        row = json.loads(proc.stdout.strip().splitlines()[-1])
        rows.append(row)
        print(json.dumps(row), flush=True)
    text = table(rows)
    print(text)
    if a.out:
        cmd = "python3 bench/build_bench.py " + " ".join(sys.argv[1:])
        a.out.parent.mkdir(parents=True, exist_ok=True)
        a.out.write_text(
            "# Build benchmark\n\n"
            f"Command: `{cmd}`  \nMachine: {machine()}  \nSOURCE_DATE_EPOCH={EPOCH}; cold cache for the full build.\n\n"
            + text + "\nStage columns are seconds. Raw rows:\n\n```json\n"
            + "\n".join(json.dumps(r) for r in rows) + "\n```\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
