"""Whole-build benchmark: cold full build, its parts, peak memory, the mkdocs floors, incremental build.

    python3 bench/build_bench.py --sizes 1000 --work /tmp/bb1k --out /tmp/bb1k.md
    python3 bench/build_bench.py --sizes 10000 --floors ours --work /tmp/bb10k --out /tmp/bb10k.md

For each size a realistic corpus is generated (bench/corpus.py, seed 7) into a fresh project and
built in its own subprocess. Reported per size: the full build with a cold cache (wall seconds and
CPU seconds of the build and all its workers: on a shared machine wall time grows with the load,
CPU time barely), the 1-minute load average at the start and end, peak memory of the whole
process tree (PSS: a page shared after a fork counts once), and per part of the build
(``Stages``: read, analyse, cluster, summarise, render, mkdocs, assemble) wall, CPU and peak tree
memory, with the analysis CPU per article; mkdocs ALONE on the same docs folder with our config
and plain (no hooks), as ``mkdocs build`` in a fresh process (``--floors``); the build after adding
one article (incremental). The tables go into ``--out`` with the command and the machine.
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

# The build clock: 1 February 2018, after the last publication day of the generated corpus
# (bench/corpus.py: stories start in 2017, articles up to two weeks later), so that no article is
# "published in the future" and loses its date (the clock of 10 November 2017 used until December
# 2026 left 158 of 1,000 articles undated).
EPOCH = "1517443200"


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
        self.label = "start"
        self.peaks_kb: dict[str, int] = {}  # peak per part of the build (``Stages`` sets the label)
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
            kb = sum(self._pss_kb(p) for p in self._tree(os.getpid()))
            self.peak_kb = max(self.peak_kb, kb)
            self.peaks_kb[self.label] = max(self.peaks_kb.get(self.label, 0), kb)
            # reading smaps_rollup walks every page of every process (kernel time in this process):
            # at 10,000 articles sampling every 0.2 s took ~15 % of a core from the build it measured
            pause = max(0.2, 20 * (time.perf_counter() - t))

    def __enter__(self) -> "TreeMemory":
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


class Stages:
    """Wall seconds, CPU seconds (this process and its reaped workers) and peak tree PSS (MB) per
    part of the build, by wrapping the functions each part starts with: read, analyse, cluster,
    summarise, render (pages, exports, search index, feeds: everything before mkdocs), mkdocs
    (all its runs), assemble (putting the site together and swapping it in)."""

    HOOKS = [("generator.build", "read_content", "read", None),
             ("generator.build", "analyse_articles", "analyse", None),
             ("generator.build", "build_stories", "cluster", None),
             ("generator.build", "summarise_all", "summarise", "render"),
             ("generator.publish.mkdocs", "run_mkdocs_in_parts", "mkdocs", "assemble")]

    def __init__(self, mem: "TreeMemory") -> None:
        import importlib

        self.mem = mem
        self.wall: dict[str, float] = {}
        self.cpu: dict[str, float] = {}
        self.label = "start"
        self.mark = (time.perf_counter(), _cpu_s())
        self._undo = []
        for mod_name, fn, stage, after in self.HOOKS:
            mod = importlib.import_module(mod_name)
            real = getattr(mod, fn)
            setattr(mod, fn, self._wrap(real, stage, after))
            self._undo.append((mod, fn, real))

    def enter(self, name: str) -> None:
        now, c = time.perf_counter(), _cpu_s()
        self.wall[self.label] = round(self.wall.get(self.label, 0) + now - self.mark[0], 2)
        self.cpu[self.label] = round(self.cpu.get(self.label, 0) + c - self.mark[1], 2)
        self.mark = (now, c)
        self.label = name
        self.mem.label = name

    def _wrap(self, real, stage: str, after: str | None):  # noqa: ANN001, ANN202
        def wrapped(*a, **k):  # noqa: ANN002, ANN003, ANN202
            self.enter(stage)
            try:
                return real(*a, **k)
            finally:
                if after:
                    self.enter(after)
        return wrapped

    def close(self) -> None:
        self.enter("end")
        for mod, fn, real in self._undo:
            setattr(mod, fn, real)


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


def one(n: int, work: Path, floors: str = "both") -> dict:
    """Build one corpus of ``n`` articles in ``work`` (run in a subprocess); returns the numbers.

    ``floors``: which mkdocs floors to measure on the build's docs folder: ``both`` (ours and
    plain), ``ours``, or ``none`` (at 10,000 articles plain mkdocs alone runs for over 15 minutes
    and needs more than 4.6 GB)."""
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
    if floors != "none":
        os.environ["BRIEFING_KEEP_DOCS"] = str(kept)  # (the copy is timed in the render stage)
    load_start = os.getloadavg()[0]
    t, c = time.perf_counter(), _cpu_s()
    with TreeMemory() as mem:
        stages = Stages(mem)
        try:
            report = build(cfg, full=True)
        finally:
            stages.close()
    full_s, full_cpu = time.perf_counter() - t, _cpu_s() - c
    os.environ.pop("BRIEFING_KEEP_DOCS", None)
    peak = _peak_mb()
    load_end = os.getloadavg()[0]

    floor_s = floor_cpu = floor_mb = plain_s = plain_cpu = plain_mb = None
    if floors != "none":
        # the floor: mkdocs alone on the very same docs folder
        floor_site = work / f"floor{n}"
        shutil.rmtree(floor_site, ignore_errors=True)
        cfg_file = work / f"mkdocs{n}.yml"
        cfg_file.write_text(yaml.safe_dump(mkdocs_config(cfg, kept, floor_site), allow_unicode=True,
                                           sort_keys=False), encoding="utf-8")
        floor_s, floor_cpu, floor_mb = mkdocs_cli(cfg_file)
        if floors == "both":
            # and plain mkdocs (no hooks: Python-Markdown parses every page) on the same docs
            plain = mkdocs_config(cfg, kept, floor_site)
            plain.pop("hooks", None)
            shutil.rmtree(floor_site, ignore_errors=True)
            cfg_file.write_text(yaml.safe_dump(plain, allow_unicode=True, sort_keys=False), encoding="utf-8")
            plain_s, plain_cpu, plain_mb = mkdocs_cli(cfg_file)
        shutil.rmtree(floor_site, ignore_errors=True)
        shutil.rmtree(kept, ignore_errors=True)

    # incremental: one new article (a new file, same style) added to the built corpus
    src = sorted(cfg.content_path.rglob("*.md"))[0]
    added = cfg.content_path / "zz-added" / "added.md"
    added.parent.mkdir()
    added.write_text(src.read_text(encoding="utf-8").replace("---\n", "---\ntitle: مقال أضيف للتو\n", 1),
                     encoding="utf-8")
    inc_load = os.getloadavg()[0]
    t, c = time.perf_counter(), _cpu_s()
    with TreeMemory() as inc_mem:
        inc_stages = Stages(inc_mem)
        try:
            inc = build(cfg)
        finally:
            inc_stages.close()
    inc_s, inc_cpu = time.perf_counter() - t, _cpu_s() - c
    r1 = lambda x: round(x, 1) if x is not None else None  # noqa: E731
    return {
        "n": n, "full_s": round(full_s, 1), "stages": report.stage_seconds, "pages": report.pages_written,
        "stories": report.stories, "per_s": round(n / full_s, 1), "peak_mb": peak,
        "peak_tree_mb": round(mem.peak_kb / 1024, 1),
        "stage_wall_s": {k: v for k, v in stages.wall.items() if k != "start"},
        "stage_cpu_s": {k: v for k, v in stages.cpu.items() if k != "start"},
        "stage_peak_tree_mb": {k: round(v / 1024) for k, v in mem.peaks_kb.items()},
        "analyse_cpu_ms_per_article": round(1000 * stages.cpu.get("analyse", 0) / max(1, report.analysed), 1),
        "floor_s": r1(floor_s), "overhead": round(full_s / floor_s, 2) if floor_s else None,
        "plain_mkdocs_s": r1(plain_s), "overhead_plain": round(full_s / plain_s, 2) if plain_s else None,
        "overhead_plain_cpu": round(full_cpu / plain_cpu, 2) if plain_cpu else None,
        "floor_peak_mb": round(floor_mb) if floor_mb is not None else None, "plain_cpu_s": r1(plain_cpu),
        "plain_peak_mb": round(plain_mb) if plain_mb is not None else None,
        "render_publish_over_floor": round(report.stage_seconds.get("render+publish", 0) / floor_s, 2)
        if floor_s else None,
        "inc_pages_rendered": incremental.last_stats.get("pages_rendered"),
        "inc_s": round(inc_s, 1), "inc_pct": round(100 * inc_s / full_s, 1), "inc_analysed": inc.analysed,
        "inc_cpu_pct": round(100 * inc_cpu / full_cpu, 1),
        "inc_cache_hits": inc.cache_hits, "full_cpu_s": round(full_cpu, 1), "floor_cpu_s": r1(floor_cpu),
        "inc_cpu_s": round(inc_cpu, 1), "inc_pages_rebuilt": incremental.last_stats.get("pages_rebuilt"),
        "pages_total": incremental.last_stats.get("pages_total"),
        "inc_publish_ms": {k: v for k, v in incremental.last_stats.items() if k.endswith("_ms")},
        "load_start": load_start, "load_avg": load_end, "inc_load": [inc_load, os.getloadavg()[0]],
        "inc_stages": inc.stage_seconds, "inc_stage_cpu_s": {k: v for k, v in inc_stages.cpu.items() if k != "start"},
        "inc_peak_tree_mb": round(inc_mem.peak_kb / 1024, 1), "peak_mb_after_inc": _peak_mb(),
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
    """Two tables: the builds (wall and CPU side by side, load beside them) and the parts."""
    def v(x, unit=""):  # noqa: ANN001, ANN202
        return "-" if x is None else f"{x}{unit}"

    head = ("| articles | full build wall / CPU s | load avg start / end | peak memory, all processes (PSS) "
            "| +1 article wall / CPU s | +1 / full (wall; CPU) | analysed on +1 | pages rendered / through mkdocs on +1 "
            "| mkdocs alone, our config: wall / CPU s / peak | plain mkdocs: wall / CPU s / peak "
            "| full / plain mkdocs (wall; CPU) |\n"
            "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n")
    lines = []
    for r in rows:
        lines.append(
            f"| {r['n']:,} | {r['full_s']} / {r['full_cpu_s']} | {r.get('load_start', 0):.1f} / {r.get('load_avg', 0):.1f} "
            f"| {r.get('peak_tree_mb', 0):.0f} MB | {r['inc_s']} / {r['inc_cpu_s']} | {r['inc_pct']} %; {r.get('inc_cpu_pct')} % "
            f"| {r['inc_analysed']} (hits {r['inc_cache_hits']}) "
            f"| {r.get('inc_pages_rendered')} / {r['inc_pages_rebuilt']} of {r['pages_total']} "
            f"| {v(r.get('floor_s'))} / {v(r.get('floor_cpu_s'))} / {v(r.get('floor_peak_mb'), ' MB')} "
            f"| {v(r.get('plain_mkdocs_s'))} / {v(r.get('plain_cpu_s'))} / {v(r.get('plain_peak_mb'), ' MB')} "
            f"| {v(r.get('overhead_plain'), 'x')}; {v(r.get('overhead_plain_cpu'), 'x')} |")
    parts = ["read", "analyse", "cluster", "summarise", "render", "mkdocs", "assemble"]
    head2 = ("\n| articles | " + " | ".join(f"{p} wall / CPU s / peak MB" for p in parts)
             + " | analysis CPU ms per article |\n|---:|" + "---:|" * (len(parts) + 1) + "\n")
    lines2 = []
    for r in rows:
        w, c, m = r.get("stage_wall_s", {}), r.get("stage_cpu_s", {}), r.get("stage_peak_tree_mb", {})
        cells = [f"{w.get(p, 0):.1f} / {c.get(p, 0):.1f} / {m.get(p, '-')}" for p in parts]
        lines2.append(f"| {r['n']:,} | " + " | ".join(cells) + f" | {r.get('analyse_cpu_ms_per_article')} |")
    return head + "\n".join(lines) + "\n" + head2 + "\n".join(lines2) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="100,1000", help="comma-separated corpus sizes (e.g. 100,1000,10000)")
    ap.add_argument("--out", type=Path, default=None, help="Markdown file for the results table")
    ap.add_argument("--work", type=Path, default=None, help="scratch folder (default: a temp folder)")
    ap.add_argument("--floors", choices=("both", "ours", "none"), default="both",
                    help="mkdocs floors to measure: ours and plain (default), ours, none")
    ap.add_argument("--one", type=int, default=None, help=argparse.SUPPRESS)
    a = ap.parse_args()
    work = a.work or Path(tempfile.mkdtemp(prefix="briefing-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    if a.one is not None:
        print(json.dumps(one(a.one, work, a.floors)))
        return 0
    rows = []
    for n in [int(x) for x in a.sizes.split(",") if x.strip()]:
        proc = subprocess.run([sys.executable, __file__, "--one", str(n), "--work", str(work), "--floors", a.floors],
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
