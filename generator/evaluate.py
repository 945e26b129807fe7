"""Score extracted facts against gold annotations (``briefing eval --gold PATH``).

The gold format is that of ``dev-set/seeds_gold.json``: per article a ``file`` (relative to the
gold file's parent folder's parent), and lists of ``entities`` (surface + every occurrence),
``numbers``, ``dates``, ``attributions`` and ``events`` with character offsets into that file.

What is predicted comes either from a data export (``--export site/data/articles.json``) or, by
default, from analysing the project's content in-process (no site build needed). Gold and
predicted articles are paired by file stem (``000_09431e1766a80a3f``), then by identical body.

Matching is one-to-one and greedy by overlap. A predicted mention matches a gold one when their
spans overlap by at least half of the shorter span ("overlap" scores); ``exact`` scores require
identical offsets. Events also need the same type. Attribute accuracies (English names, date
values, number values, speakers) are computed over the matched pairs.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

if TYPE_CHECKING:
    from .config import Config

# ----------------------------------------------------------------------------- matching


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    if inter <= 0:
        return 0.0
    return inter / max(1, min(a[1] - a[0], b[1] - b[0]))


def match(gold: list[dict], pred: list[dict], *, exact: bool = False,
          same: Callable[[dict, dict], bool] | None = None, threshold: float = 0.5) -> list[tuple[int, int]]:
    """Pairs (gold index, pred index), one-to-one, best overlap first."""
    cands = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if exact:
                ok = (g["start"], g["end"]) == (p["start"], p["end"])
                score = 1.0 if ok else 0.0
            else:
                score = _overlap((g["start"], g["end"]), (p["start"], p["end"]))
                ok = score >= threshold
            if ok and (same is None or same(g, p)):
                cands.append((-score, gi, pi))
    cands.sort()
    used_g, used_p, pairs = set(), set(), []
    for _, gi, pi in cands:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return pairs


def _fold(s: str | None) -> str:
    if not s:
        return ""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = s.replace("’", "'").replace("‘", "'").replace("ʿ", "'").replace("ʾ", "'")
    s = re.sub(r"[-–—_/,.;:\"]", " ", s)
    s = re.sub(r"\b(al|el|the|a|an)\b\s*", "", s)
    s = s.replace("'", "")
    return re.sub(r"\s+", " ", s).strip()


def _variants(name: str | None) -> set[str]:
    """A name and its parenthesised alternatives: "Abu Kamal (Al-Bukamal)" -> both parts."""
    if not name:
        return set()
    out = {_fold(name)}
    main = re.sub(r"\([^)]*\)", "", name)
    out.add(_fold(main))
    for alt in re.findall(r"\(([^)]*)\)", name):
        if not alt.lower().startswith("via "):
            out.add(_fold(alt))
    return {v for v in out if v}


def same_name(gold: str | None, pred: str | None) -> bool:
    """English names agree: equal after folding, or one's main form is an alternative of the other."""
    if not gold and not pred:
        return True
    return bool(_variants(gold) & _variants(pred))


# Romanisation variants that do not make a different name (Levantine, Maghrebi/French, Gulf and
# Somali spellings of the same Arabic letters): folded before a loose comparison.
_SPELLING = (("dj", "j"), ("ch", "sh"), ("kh", "k"), ("gh", "g"), ("th", "t"), ("dh", "d"), ("ph", "f"),
             ("q", "k"), ("oui", "wi"), ("ou", "u"), ("oo", "u"), ("ee", "i"), ("ui", "wi"),
             ("ei", "y"), ("ey", "y"), ("ai", "y"), ("ay", "y"), ("aw", "w"), ("z", "d"))


def _skeleton(name: str) -> str:
    """A name's consonant skeleton: folded, spelling variants merged, vowels and doubling dropped."""
    s = re.sub(r"[^a-z ]", "", _fold(name).replace("'", ""))
    for a, b in _SPELLING:
        s = s.replace(a, b)
    s = re.sub(r"[aeiou]", "", s)  # short vowels; w and y stay (و and ي: Hassan is not Hussein)
    s = re.sub(r"(.)\1+", r"\1", s.replace(" ", ""))
    return s


def _word_set(name: str) -> frozenset[str]:
    return frozenset(_skeleton(w) for w in _fold(name).split() if w not in ("of", "for", "and")) - {""}


def same_name_loose(gold: str | None, pred: str | None) -> bool:
    """``same_name``, or the same name in another romanisation (Shboul ~ Cheboul, Tawfiq ~ Tawfik):
    consonant skeletons equal, or nearly (SequenceMatcher ratio >= 0.85 on skeletons of 6+ letters).
    Reported beside the strict accuracy: it tells a wrong name from a differently spelled one."""
    if same_name(gold, pred):
        return True
    if not gold or not pred:
        return False
    from difflib import SequenceMatcher

    for g in _variants(gold):
        for p in _variants(pred):
            a, b = _skeleton(g), _skeleton(p)
            if a and a == b:
                return True
            if _word_set(g) and _word_set(g) == _word_set(p):  # Interior Ministry ~ Ministry of Interior
                return True
            if min(len(a), len(b)) >= 6 and SequenceMatcher(None, a, b).ratio() >= 0.85:
                return True
    return False


def same_number(g: Any, p: Any) -> bool:
    if g is None or p is None:
        return g is None and p is None
    try:
        return abs(float(g) - float(p)) < 1e-9
    except (TypeError, ValueError):
        return False


# ----------------------------------------------------------------------------- scores


@dataclass
class Score:
    gold: int = 0
    pred: int = 0
    matched: int = 0
    exact: int = 0
    attr: dict[str, list[int]] = field(default_factory=dict)  # name -> [right, total]

    def add_attr(self, name: str, ok: bool) -> None:
        r = self.attr.setdefault(name, [0, 0])
        r[0] += int(ok)
        r[1] += 1

    @property
    def precision(self) -> float:
        return self.matched / self.pred if self.pred else (1.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_json(self) -> dict[str, Any]:
        return {
            "gold": self.gold, "pred": self.pred, "matched": self.matched,
            "precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
            "exact_recall": round(self.exact / self.gold, 4) if self.gold else 1.0,
            **{f"{k}_accuracy": round(v[0] / v[1], 4) if v[1] else None for k, v in self.attr.items()},
        }


def _spans(items: list[dict], text_key: str | None = None) -> list[dict]:
    out = []
    for it in items:
        d = dict(it)
        d["start"] = it.get("char_start", it.get("start"))
        d["end"] = it.get("char_end", it.get("end"))
        out.append(d)
    return out


def score_article(gold: dict, pred: dict, scores: dict[str, Score], misses: list[str] | None = None,
                  text: str = "") -> None:
    """Add one article's counts to ``scores``; with ``misses``, also one line per unmatched gold
    mention ("miss"), unmatched prediction ("extra") and matched pair with a wrong attribute."""
    facts = pred.get("facts", {})
    label = Path(gold.get("file") or "").stem

    # entities: every gold occurrence is a mention
    g_ents = [{"start": s, "end": e, "type": ent["type"], "canonical": ent["canonical"]}
              for ent in gold["entities"] for s, e in ent["occurrences"]]
    p_ents = _spans(facts.get("entities", []))
    _score("entities", g_ents, p_ents, scores["entities"],
           attrs={"name_en": lambda g, p: same_name(g["canonical"], p.get("name_en")),
                  "name_en_loose": lambda g, p: same_name_loose(g["canonical"], p.get("name_en")),
                  "type": lambda g, p: g["type"] == p.get("type")}, misses=misses, label=label, text=text,
           show=lambda d: f'{d.get("type")} {d.get("canonical") or d.get("name_en")}')

    _score("numbers", _spans(gold["numbers"]), _spans(facts.get("numbers", [])), scores["numbers"],
           attrs={"value": lambda g, p: same_number(g["value"], p.get("value"))}, misses=misses, label=label,
           text=text, show=lambda d: f'value={d.get("value")} counts={d.get("counts")}')

    _score("dates", _spans(gold["dates"]), _spans(facts.get("dates", [])), scores["dates"],
           attrs={"value": lambda g, p: g["value"] == p.get("value")}, misses=misses, label=label,
           text=text, show=lambda d: f'value={d.get("value")} kind={d.get("kind")}')

    _score("attributions", _spans(gold["attributions"]), _spans(facts.get("attributions", [])),
           scores["attributions"],
           attrs={"speaker": lambda g, p: same_name(g["speaker"], p.get("speaker_en")),
                  "speaker_loose": lambda g, p: same_name_loose(g["speaker"], p.get("speaker_en")),
                  "direct": lambda g, p: bool(g["direct_quote"]) == bool(p.get("direct"))},
           misses=misses, label=label, text=text,
           show=lambda d: f'speaker={d.get("speaker_en") or d.get("speaker")} verb={d.get("verb")}')

    _score("events", _spans(gold["events"]), _spans(facts.get("events", [])), scores["events"],
           same=lambda g, p: g["type"] == p.get("type"),
           attrs={"actor": lambda g, p: same_name(g["actor"], p.get("actor_en")),
                  "location": lambda g, p: same_name(g["location"], p.get("location_en")),
                  "date": lambda g, p: g["date"] == p.get("date"),
                  "modality": lambda g, p: g["modality"] == p.get("modality")},
           misses=misses, label=label, text=text,
           show=lambda d: (f'{d.get("type")} actor={d.get("actor_en") or d.get("actor")} '
                           f'loc={d.get("location_en") or d.get("location")} date={d.get("date")} '
                           f'mod={d.get("modality")}'))


def _score(kind: str, gold: list[dict], pred: list[dict], sc: Score, *, same=None,
           attrs: dict[str, Callable[[dict, dict], bool]] | None = None, misses: list[str] | None = None,
           label: str = "", text: str = "", show: Callable[[dict], str] = lambda d: "") -> None:
    sc.gold += len(gold)
    sc.pred += len(pred)
    pairs = match(gold, pred, same=same)
    sc.matched += len(pairs)
    sc.exact += len(match(gold, pred, exact=True, same=same))
    for gi, pi in pairs:
        for name, fn in (attrs or {}).items():
            ok = fn(gold[gi], pred[pi])
            sc.add_attr(name, ok)
            if misses is not None and not ok and not name.endswith("_loose"):
                misses.append(f"{label} {kind} WRONG-{name} {_quote(text, gold[gi])}\n"
                              f"    gold: {show(gold[gi])}\n    pred: {show(pred[pi])}")
    if misses is not None:
        used_g = {g for g, _ in pairs}
        used_p = {p for _, p in pairs}
        misses.extend(f"{label} {kind} MISS {_quote(text, g)}  [{show(g)}]"
                      for i, g in enumerate(gold) if i not in used_g)
        misses.extend(f"{label} {kind} EXTRA {_quote(text, p)}  [{show(p)}]"
                      for i, p in enumerate(pred) if i not in used_p)


def _quote(text: str, d: dict) -> str:
    """The mention's text with a little context: «before [mention] after»."""
    s, e = d.get("start") or 0, d.get("end") or 0
    if not text:
        return f"[{d.get('text') or d.get('span') or ''}]@{s}"
    return f"«{text[max(0, s - 25):s]}[{text[s:e]}]{text[e:e + 25]}»".replace("\n", " ")


KINDS = ("entities", "numbers", "dates", "attributions", "events")


def evaluate(gold_data: dict, gold_root: Path, predicted: list[dict],
             misses: list[str] | None = None, scores: dict[str, Score] | None = None) -> dict[str, Any]:
    """Scores per fact type over all gold articles; unmatched gold articles count as all missed.
    With ``misses`` (a list), every miss, extra and wrong attribute is appended as a readable line.
    With ``scores`` (``new_scores()``), the counts add up there, so that several gold sets can be
    scored as one pool (``bench/eval_sets.py``); the result is then the pool's so far."""
    scores = scores if scores is not None else new_scores()
    by_stem = {Path(p.get("source_file") or "").stem: p for p in predicted}
    by_body = {p.get("body"): p for p in predicted}
    missing = []
    for key, gold in sorted(gold_data["articles"].items()):
        stem = Path(gold["file"]).stem
        text = None
        path = gold_root / gold["file"]
        if path.is_file():
            text = path.read_text(encoding="utf-8")
        pred = by_stem.get(stem) or (by_body.get(text) if text is not None else None)
        if pred is None:
            missing.append(key)
            pred = {"facts": {}}
        elif text is not None and pred.get("body") != text:
            pred = _realign(pred, text)
        score_article(gold, pred, scores, misses, text or "")
    out: dict[str, Any] = {k: scores[k].to_json() for k in KINDS}
    out["missing_articles"] = missing
    return out


def new_scores() -> dict[str, Score]:
    """Empty counts for every fact type (see ``evaluate``'s ``scores``)."""
    return {k: Score() for k in KINDS}


def _realign(pred: dict, text: str) -> dict:
    """Shift predicted offsets when the exported body is the gold text with a prefix/suffix."""
    body = pred.get("body") or ""
    shift = body.find(text) if text else -1
    delta = -shift if shift >= 0 else (text.find(body) if body and text.find(body) >= 0 else None)
    if delta is None:
        return pred
    facts = {k: [dict(x, start=x["start"] + delta, end=x["end"] + delta) for x in v]
             for k, v in pred.get("facts", {}).items()}
    return dict(pred, facts=facts)


# ----------------------------------------------------------------------------- CLI


def predict(config: Config) -> list[dict]:
    """Analyse the project's content in-process: export-shaped records, as the site would hold."""
    from .nlp.analyse import analyse, load_gazetteer
    from .readers import read_content

    raws, problems = read_content(config.content_path, config)
    for p in problems:
        print(f"{p.severity}: {p}", file=sys.stderr)
    gaz = load_gazetteer(config.user_gazetteers)
    out = []
    for r in raws:
        art = analyse(r, gaz)
        for msg in art.problems:
            print(f"warning: {r.source_file}: {msg}", file=sys.stderr)
        out.append(art.to_json())
    return out


def format_table(result: dict[str, Any]) -> str:
    lines = [f"{'facts':<13}{'gold':>6}{'pred':>6}{'match':>7}{'P':>8}{'R':>8}{'F1':>8}{'exactR':>8}  accuracies"]
    for k in KINDS:
        s = result[k]
        acc = ", ".join(f"{a[:-9]} {v:.2f}" for a, v in s.items() if a.endswith("_accuracy") and v is not None)
        lines.append(f"{k:<13}{s['gold']:>6}{s['pred']:>6}{s['matched']:>7}{s['precision']:>8.3f}"
                     f"{s['recall']:>8.3f}{s['f1']:>8.3f}{s['exact_recall']:>8.3f}  {acc}")
    if result["missing_articles"]:
        lines.append(f"gold articles with no predicted article: {', '.join(result['missing_articles'])}")
    return "\n".join(lines)


def main(args: argparse.Namespace) -> int:
    gold_path = Path(args.gold)
    if not gold_path.is_file():
        print(f"briefing eval: gold file not found: {gold_path}", file=sys.stderr)
        return 2
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    export = getattr(args, "export", None)
    if export:
        predicted = json.loads(Path(export).read_text(encoding="utf-8"))
    else:
        from .config import load_config

        predicted = predict(load_config(args.root, Path(args.config) if getattr(args, "config", None) else None,
                                        content_dir=getattr(args, "content", None)))
    misses: list[str] | None = [] if getattr(args, "misses", None) else None
    result = evaluate(gold, gold_path.resolve().parent.parent, predicted, misses)
    if misses:
        kinds = set(args.misses.split(",")) if args.misses != "all" else set(KINDS)
        for line in misses:
            if line.split(" ", 2)[1] in kinds:
                print(line)
    print(json.dumps(result, indent=1) if args.json else format_table(result))
    return 0
