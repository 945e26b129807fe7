"""Reading + fact extraction throughput on one core (issue target: >= 50 articles/s).

    python bench/extract_bench.py [--n 1000] [--words 600]

Generates a synthetic corpus (bench/corpus.py) in a temporary folder, then times, in this single
process: reading every file (readers) and analysing it (sentences, dates, numbers, entities,
attributions, events). Prints articles/s overall and the time per extractor.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import generate  # noqa: E402

from generator.config import load_config  # noqa: E402
from generator.nlp import analyse as an  # noqa: E402
from generator.nlp.entities import Gazetteer  # noqa: E402
from generator.readers import read_content  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--words", type=int, default=600)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        generate(a.n, root / "content", words=a.words)
        cfg = load_config(root)
        gaz = Gazetteer.load([])
        # time each extractor by wrapping the functions analyse() calls
        spent: dict[str, float] = defaultdict(float)
        for name in ("split_sentences", "extract_dates", "extract_numbers", "extract_entities",
                     "extract_attributions", "extract_events", "normalise"):
            fn = getattr(an, name)

            def timed(*args, _fn=fn, _name=name, **kw):
                t = time.perf_counter()
                try:
                    return _fn(*args, **kw)
                finally:
                    spent[_name] += time.perf_counter() - t
            setattr(an, name, timed)
        t0 = time.perf_counter()
        raws, problems = read_content(cfg.content_path, cfg)
        t_read = time.perf_counter() - t0
        t1 = time.perf_counter()
        facts = 0
        for r in raws:
            art = an.analyse(r, gaz)
            f = art.facts
            facts += len(f.dates) + len(f.numbers) + len(f.entities) + len(f.attributions) + len(f.events)
        t_an = time.perf_counter() - t1
    total = t_read + t_an
    print(f"articles: {len(raws)} (~{a.words} words each), problems: {len(problems)}, facts: {facts}")
    print(f"read:    {t_read:7.2f} s")
    print(f"analyse: {t_an:7.2f} s")
    for k, v in sorted(spent.items(), key=lambda kv: -kv[1]):
        print(f"  {k:<22}{v:7.2f} s")
    print(f"total:   {total:7.2f} s  ->  {len(raws) / total:.1f} articles/s on one core")


if __name__ == "__main__":
    main()
