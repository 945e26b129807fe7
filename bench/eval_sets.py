"""Score the extractors on several gold sets, each alone and all pooled (the counts of all their
articles added up), which is steadier than any one set of six articles.

    python bench/eval_sets.py                    # every set under tests/heldout*/
    python bench/eval_sets.py --sets 24-27       # the blind sets (README: which sets are blind)
    python bench/eval_sets.py --sets 1,3,5-7 --pooled-only

A set N is tests/heldoutN/ (set 1 is tests/heldout/): its gold heldoutN_gold.json, its texts/.
The tables are those of ``briefing eval`` (P, R, F1 per fact type; English-name, date and other
accuracies). The dev set (``../shared/dev-set``) is scored by ``briefing eval`` alone.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from generator.config import load_config  # noqa: E402
from generator.evaluate import evaluate, format_table, new_scores, predict  # noqa: E402


def set_dir(n: int) -> Path:
    return ROOT / "tests" / ("heldout" if n == 1 else f"heldout{n}")


def parse_sets(spec: str | None) -> list[int]:
    """"14-19" / "1,3,5-7" -> set numbers; None -> every set that exists."""
    if not spec:
        found = sorted(ROOT.glob("tests/heldout*/heldout*_gold.json"))
        return sorted(int(p.parent.name[7:] or 1) for p in found)
    out: list[int] = []
    for part in spec.split(","):
        lo, _, hi = part.partition("-")
        out.extend(range(int(lo), int(hi or lo) + 1))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sets", help='e.g. "14-19" or "1,3,5-7" (default: all)')
    ap.add_argument("--pooled-only", action="store_true", help="print only the pooled table")
    ap.add_argument("--json", action="store_true", help="print the pooled result as JSON")
    a = ap.parse_args()
    pool = new_scores()
    result: dict = {}
    articles = 0
    sets = parse_sets(a.sets)
    for n in sets:
        d = set_dir(n)
        gold_path = d / f"{d.name}_gold.json"
        if not gold_path.is_file():
            print(f"eval_sets: no gold set {n} at {gold_path}", file=sys.stderr)
            return 2
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        articles += len(gold["articles"])
        predicted = predict(load_config(ROOT, content_dir=d / "texts"))
        if not a.pooled_only and not a.json:
            print(f"== set {n} ({d.name})\n{format_table(evaluate(gold, d.parent, predicted))}\n")
        result = evaluate(gold, d.parent, predicted, scores=pool)
    if a.json:
        print(json.dumps(result, indent=1))
    else:
        print(f"== pooled: sets {', '.join(map(str, sets))} ({articles} articles)\n{format_table(result)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
