"""Generate realistic synthetic Arabic news corpora for benchmarks.

Articles are built from sentence templates of the kind wire and outlet copy uses (control, advance,
air strikes, casualties, displacement, statements, visits, earthquakes, floods, economy), filled with
places, actors, numbers (digits and words) and dates (absolute with Levantine/Egyptian month names,
weekdays, relative). Each article belongs to a story (a place + a theme over a two-week window) and is
written by one of several outlets, so clustering and timelines have something real to do.

    python bench/corpus.py --n 1000 --out /tmp/corpus1k      # writes content files (.md)
    python bench/corpus.py --n 1000 --out /tmp/c --distinct  # stories with their own specifics

``--distinct`` (``make_stories(..., distinct=True)``) makes stories distinct the way real ones are:
each has its own opponent, locality (a quarter or village), named person and toll that its
articles repeat, and two stories of the same place and theme never run at the same time (the
archive grows longer than a year when there are too many stories for one). Same-place
different-theme and same-theme different-place stories still overlap, with the same actors.
The default output is unchanged.

Deterministic for a given --seed.
"""
from __future__ import annotations

import argparse
import datetime as dt
import random
from dataclasses import dataclass
from pathlib import Path

OUTLETS = ["الجزيرة", "الميادين", "العربية", "سكاي نيوز عربية", "بي بي سي عربي", "عنب بلدي", "فرانس 24",
           "روسيا اليوم", "الشرق الأوسط", "القدس العربي"]

PLACES = [
    ("البوكمال", "دير الزور"), ("الميادين", "دير الزور"), ("العشارة", "دير الزور"), ("حلب", "حلب"),
    ("إدلب", "إدلب"), ("سراقب", "إدلب"), ("معرة النعمان", "إدلب"), ("الرقة", "الرقة"), ("تدمر", "حمص"),
    ("درعا", "درعا"), ("القائم", "الأنبار"), ("الموصل", "نينوى"), ("تلعفر", "نينوى"), ("الفلوجة", "الأنبار"),
    ("الحديدة", "الحديدة"), ("تعز", "تعز"), ("مأرب", "مأرب"), ("خان يونس", "غزة"), ("رفح", "غزة"),
    ("الفاشر", "شمال دارفور"), ("الخرطوم", "الخرطوم"), ("درنة", "الجبل الأخضر"), ("سرت", "سرت"),
]
ACTORS = ["قوات النظام السوري", "الجيش السوري", "تنظيم الدولة الإسلامية", "قوات سوريا الديمقراطية",
          "القوات العراقية", "الحشد الشعبي", "هيئة تحرير الشام", "الجيش الوطني السوري", "جماعة الحوثي",
          "قوات الدعم السريع", "الجيش السوداني", "حزب الله", "التحالف الدولي"]
SOURCES = ["المرصد السوري لحقوق الإنسان", "وكالة الصحافة الفرنسية", "وكالة سانا", "مصادر محلية",
           "مصدر عسكري", "ناشطون", "الأمم المتحدة", "وكالة رويترز", "الدفاع المدني"]
MONTHS_LEV = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
              "تشرين الأول", "تشرين الثاني", "كانون الأول"]
MONTHS_EG = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر",
             "نوفمبر", "ديسمبر"]
WEEKDAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
NUM_WORDS = ["ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة"]

THEMES = {
    "battle": [
        "أعلنت {actor} سيطرتها على مدينة {place} في ريف {region} بعد معارك عنيفة استمرت أياما.",
        "قال {source} إن {actor} تقدمت باتجاه أطراف {place} الشرقية وسط قصف مدفعي مكثف.",
        "وأضاف {source} أن الاشتباكات لا تزال تدور داخل {place} حتى {when}.",
        "وقتل {n} مدنيين بينهم طفلان في قصف جوي استهدف سوقا شعبية في {place} {when}، بحسب {source}.",
        "وأجبرت المعارك نحو {k} ألف شخص على النزوح من {place} منذ أسابيع، وفق تقديرات الأمم المتحدة.",
        "ونقلت وكالة الصحافة الفرنسية عن مصدر ميداني قوله إن \"المعارك تتركز في الأحياء الجنوبية من {place}\".",
        "وكانت {actor} قد طردت المسلحين من بلدة مجاورة في {date}.",
        "وتعرضت بلدات في ريف {region} لقصف مماثل أسفر عن سقوط {n2} قتلى وعشرات الجرحى.",
        "وأشار {source} إلى أن {actor} صدت هجوما معاكسا على مواقعها قرب {place}.",
        "وطوقت {actor} المدينة من ثلاثة محاور، فيما تواصل الطائرات غاراتها على خطوط الإمداد.",
    ],
    "quake": [
        "ضرب زلزال بقوة {mag} درجات على مقياس ريختر منطقة {place} فجر {weekday}.",
        "وقال {source} إن عدد القتلى ارتفع إلى {big} شخصا، فيما أصيب أكثر من {big2} آخرين.",
        "وأضاف أن فرق الإنقاذ تواصل البحث عن ناجين تحت الأنقاض في {place} و{region}.",
        "وأعلنت الأمم المتحدة أن نحو {k} ألف شخص باتوا بلا مأوى بعد انهيار مئات المباني.",
        "وأشارت مصادر محلية إلى أن الهزة الارتدادية الأقوى وقعت {when} وأثارت الذعر بين السكان.",
    ],
    "flood": [
        "اجتاحت السيول مدينة {place} بعد انهيار سدين في {date}، ما أدى إلى مقتل {big} شخص.",
        "وقال {source} إن {k} ألف شخص نزحوا من الأحياء القريبة من الوادي.",
        "وأضاف أن فرق الدفاع المدني انتشلت {n} جثث من البحر {when}.",
        "وحذرت منظمة الصحة العالمية من انتشار الأمراض في {place} بسبب تلوث المياه.",
    ],
    "economy": [
        "ارتفعت أسعار المواد الغذائية في {place} بنسبة {pct}% خلال {month_phrase}، بحسب {source}.",
        "وقال تجار إن سعر كيلو الخبز بلغ {big} ليرة، أي أكثر من ضعف ما كان عليه العام الماضي.",
        "وأعلن البنك المركزي {when} خفض سعر صرف العملة المحلية بنحو {pct} في المئة.",
        "وأشار {source} إلى أن نحو {k} ألف عائلة تعتمد على المساعدات الإنسانية.",
    ],
}
FILLER = [
    "وتأتي هذه التطورات في وقت تتصاعد فيه الضغوط الدولية للتوصل إلى تسوية سياسية تنهي الصراع المستمر منذ سنوات.",
    "ويرى مراقبون أن السيطرة على المنطقة تمنح الطرف المسيطر أفضلية استراتيجية على طرق الإمداد والمعابر الحدودية.",
    "ولم يتسن التحقق من هذه المعلومات من مصدر مستقل بسبب القيود المفروضة على عمل الصحفيين في المنطقة.",
    "وتشهد المنطقة أوضاعا إنسانية صعبة مع نقص حاد في الغذاء والدواء والوقود وارتفاع الأسعار.",
    "ودعت منظمات حقوقية جميع الأطراف إلى تجنيب المدنيين ويلات الحرب والسماح بوصول المساعدات.",
]

# --distinct: more places, and what makes one story different from another at the same place
MORE_PLACES = [
    ("دير الزور", "دير الزور"), ("الحسكة", "الحسكة"), ("القامشلي", "الحسكة"), ("منبج", "حلب"),
    ("عفرين", "حلب"), ("الباب", "حلب"), ("جسر الشغور", "إدلب"), ("حماة", "حماة"), ("حمص", "حمص"),
    ("القصير", "حمص"), ("دوما", "ريف دمشق"), ("الغوطة الشرقية", "ريف دمشق"), ("اللاذقية", "اللاذقية"),
    ("الرمادي", "الأنبار"), ("هيت", "الأنبار"), ("كركوك", "كركوك"), ("تكريت", "صلاح الدين"),
    ("سامراء", "صلاح الدين"), ("بعقوبة", "ديالى"), ("صنعاء", "صنعاء"), ("عدن", "عدن"), ("صعدة", "صعدة"),
    ("بنغازي", "برقة"), ("طرابلس", "طرابلس"), ("مصراتة", "مصراتة"), ("نيالا", "جنوب دارفور"),
    ("الأبيض", "شمال كردفان"), ("جباليا", "غزة"), ("دير البلح", "غزة"),
]
LOCALITY_KINDS = ["حي", "قرية", "بلدة", "مخيم", "تلة", "منطقة"]
LOCALITY_NAMES = ["الصالحية", "الجورة", "الحميدية", "الرشيدية", "العرضي", "الكسرة", "الشميطية", "الطيانة",
                  "الحسينية", "المريعية", "البغيلية", "الجفرة", "الحويقة", "العمال", "الصناعة", "القصور",
                  "الشيخ مقصود", "الأشرفية", "السكري", "الزبدية", "المشهد", "الكلاسة", "بستان القصر",
                  "الراموسة", "العامرية", "الشرقاط", "الحضر", "القيارة", "النمرود", "الشورة", "الزنجيلي",
                  "المأمون", "الصحة", "الجديدة", "التحرير", "الزهور", "الوحدة", "النصر", "الأمل", "الربيع",
                  "الغدير", "البساتين", "المزارع", "الجسر", "الميناء", "المطار", "السوق القديم", "العباسية"]
PERSON_TITLES = ["العميد", "اللواء", "العقيد", "القيادي", "المتحدث العسكري", "محافظ المدينة", "رئيس المجلس المحلي",
                 "مدير الدفاع المدني"]
FIRST_NAMES = ["أحمد", "محمد", "خالد", "سهيل", "عصام", "ماهر", "يوسف", "عمر", "علي", "حسن", "سامر", "فراس",
               "وليد", "طارق", "جمال", "نبيل", "رامي", "باسل", "زياد", "هشام", "مازن", "عادل", "كمال", "نزار"]
FAMILY_NAMES = ["الحسن", "زهر الدين", "العبيدي", "الجبوري", "الأحمد", "الخطيب", "النعيمي", "الدليمي",
                "الشمري", "العلي", "الحمود", "السليمان", "البكري", "الزعبي", "الحريري", "القاسم", "المصري",
                "الحلبي", "الشامي", "العمر", "الخليل", "الصالح", "الراوي", "التكريتي", "الكبيسي", "الساعدي"]
SPECIFIC = {
    "battle": [
        "وقال {person} إن {actor} سيطرت على {locality} في {place} بعد اشتباكات مع {opponent}.",
        "وأفاد {source} بأن {opponent} شنت هجوما معاكسا على {locality} في {place}.",
        "وارتفع عدد قتلى المعارك في {locality} إلى {toll} قتيلا منذ بدء الهجوم، بحسب {person}.",
        "معارك عنيفة بين {actor} و{opponent} في {locality} بمدينة {place}.",
    ],
    "quake": [
        "وقال {person} إن معظم الضحايا سقطوا في {locality} حيث انهارت أبنية سكنية بالكامل.",
        "وارتفعت حصيلة ضحايا الزلزال في {place} إلى {toll} قتيلا، بحسب {person}.",
        "انهيار مبان في {locality} بمدينة {place} جراء الزلزال.",
    ],
    "flood": [
        "وقال {person} إن المياه غمرت {locality} بالكامل وإن فرق الإنقاذ لم تصل إليها بعد.",
        "وارتفعت حصيلة ضحايا السيول في {place} إلى {toll} قتيلا، بحسب {person}.",
        "السيول تغمر {locality} في مدينة {place}.",
    ],
    "economy": [
        "وقال {person} إن الأسواق في {locality} شهدت إغلاق عشرات المحال بسبب الغلاء.",
        "واحتج تجار {locality} في {place} على ارتفاع الأسعار، بحسب {person}.",
        "أزمة غلاء في أسواق {place} واحتجاجات في {locality}.",
    ],
}


@dataclass
class StorySpec:
    theme: str
    place: str
    region: str
    actor: str
    start: dt.date
    # --distinct only (empty: the default corpus)
    opponent: str = ""
    locality: str = ""
    person: str = ""
    toll: int = 0


def make_stories(n_stories: int, rng: random.Random, start: dt.date, distinct: bool = False) -> list[StorySpec]:
    themes = ["battle"] * 6 + ["quake", "flood", "economy"]
    if distinct:
        return _distinct_stories(n_stories, rng, start, themes)
    out = []
    for _ in range(n_stories):
        place, region = rng.choice(PLACES)
        out.append(StorySpec(rng.choice(themes), place, region, rng.choice(ACTORS),
                             start + dt.timedelta(days=rng.randrange(0, 365))))
    return out


def _distinct_stories(n_stories: int, rng: random.Random, start: dt.date, themes: list[str]) -> list[StorySpec]:
    """Stories with their own specifics; one place + theme never has two stories at once (3-week gap)."""
    places = PLACES + MORE_PLACES
    span = max(365, n_stories // 2)  # days: a bigger archive covers a longer time
    busy: dict[tuple[str, str], list[int]] = {}
    out = []
    for _ in range(n_stories):
        theme = rng.choice(themes)
        for _try in range(200):
            place, region = rng.choice(places)
            day = rng.randrange(0, span)
            if all(abs(day - d) >= 21 for d in busy.get((place, theme), [])):
                break
        else:  # no free slot in the span: after the last story of that place and theme
            day = max(busy[(place, theme)]) + 21
        busy.setdefault((place, theme), []).append(day)
        actor, opponent = rng.sample(ACTORS, 2)
        locality = f"{rng.choice(LOCALITY_KINDS)} {rng.choice(LOCALITY_NAMES)}"
        person = f"{rng.choice(PERSON_TITLES)} {rng.choice(FIRST_NAMES)} {rng.choice(FAMILY_NAMES)}"
        out.append(StorySpec(theme, place, region, actor, start + dt.timedelta(days=day), opponent=opponent,
                             locality=locality, person=person, toll=rng.randrange(12, 400)))
    return out


def _fill(tpl: str, s: StorySpec, pub: dt.date, rng: random.Random, levantine: bool) -> str:
    months = MONTHS_LEV if levantine else MONTHS_EG
    d = pub - dt.timedelta(days=rng.randrange(1, 10))
    return tpl.format(
        actor=s.actor, place=s.place, region=s.region, source=rng.choice(SOURCES),
        n=rng.choice(NUM_WORDS), n2=rng.randrange(3, 40), k=rng.randrange(5, 200), big=rng.randrange(20, 900),
        big2=rng.randrange(100, 3000), pct=rng.randrange(3, 60), mag=rng.choice(["5.8", "6.4", "7.1", "7.8"]),
        weekday=WEEKDAYS[pub.weekday()],
        when=rng.choice(["اليوم", "أمس", "أمس الأول", "الأسبوع الماضي", "يوم " + WEEKDAYS[d.weekday()]]),
        date=f"{d.day} {months[d.month - 1]} {d.year}" if rng.random() < 0.7
        else f"{d.day} {MONTHS_LEV[d.month - 1]}/ {MONTHS_EG[d.month - 1]} الماضي",
        month_phrase=rng.choice(["الشهر الماضي", "الأسبوع الماضي", "العام الحالي"]),
        opponent=s.opponent, locality=s.locality, person=s.person, toll=s.toll,
    )


def make_article(i: int, s: StorySpec, rng: random.Random, words: int = 600) -> tuple[str, str]:
    outlet = rng.choice(OUTLETS)
    levantine = outlet in ("الميادين", "عنب بلدي", "سكاي نيوز عربية") or rng.random() < 0.3
    pub = s.start + dt.timedelta(days=rng.randrange(0, 14))
    templates = THEMES[s.theme] + (SPECIFIC[s.theme] if s.locality else [])
    title = _fill(rng.choice(templates), s, pub, rng, levantine).rstrip(".").split("،")[0]
    sents: list[str] = []
    n_words = 0
    while n_words < words:
        tpl = rng.choice(templates) if rng.random() < 0.75 else rng.choice(FILLER)
        sent = _fill(tpl, s, pub, rng, levantine)
        sents.append(sent)
        n_words += len(sent.split())
    paras = [" ".join(sents[j:j + 3]) for j in range(0, len(sents), 3)]
    body = title + "\n\n" + "\n\n".join(paras) + f"\n\nالمصدر : {outlet}\n"
    front = f"---\noutlet: {outlet}\npublished: {pub.isoformat()}\n---\n"
    return f"a{i:06d}", front + body


def generate(n: int, out: Path, seed: int = 7, words: int = 600, distinct: bool = False) -> list[Path]:
    rng = random.Random(seed)
    stories = make_stories(max(3, n // 8), rng, dt.date(2017, 1, 1), distinct)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        name, text = make_article(i, rng.choice(stories), rng, words)
        sub = out / name[:4]
        sub.mkdir(exist_ok=True)
        p = sub / f"{name}.md"
        p.write_text(text, encoding="utf-8")
        paths.append(p)
    return paths


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--words", type=int, default=600)
    ap.add_argument("--distinct", action="store_true", help="stories with their own specifics and date windows")
    a = ap.parse_args()
    paths = generate(a.n, a.out, a.seed, a.words, a.distinct)
    print(f"wrote {len(paths)} articles under {a.out}")


if __name__ == "__main__":
    main()
