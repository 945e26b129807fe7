"""person_names.spell: English spellings of Arabic personal names from our own table."""
from __future__ import annotations

import re

import pytest

from generator.nlp import person_names
from generator.nlp.entities import _tokens, romanize
from generator.nlp.person_names import spell
from generator.yamlio import load_yaml

# (name as written, country as romanize takes it, the press's spelling)
SPELT = [
    ("محمد عبد الرحمن المصري", None, "Mohammed Abdul Rahman al-Masri"),
    ("خالد إبراهيم العتيبي", "SA", "Khalid Ibrahim al-Otaibi"),
    ("حسن نصر الله", "LB", "Hassan Nasrallah"),
    ("يوسف عبد الكريم الشامي", None, "Youssef Abdul Karim al-Shami"),
    ("أسامة حمدان", "PS", "Osama Hamdan"),
    ("أبو محمد الشريف", "PS", "Abu Mohammed al-Sharif"),  # Palestine writes Mohammed, the Levant Mohammad
    ("محمد الشريف", "LB", "Mohammad al-Sharif"),
    ("أم محمد", None, "Umm Mohammed"),
    ("أبو بكر البغدادي", None, "Abu Bakr al-Baghdadi"),
    ("هيثم عبدالرزاق", None, "Haitham Abdulrazzaq"),
    ("صلاح الدين العبيدي", "IQ", "Salah al-Din al-Obeidi"),
    ("كاظم جبار الساعدي", "IQ", "Kadhim Jabbar al-Saadi"),
    ("عبد الحسين الموسوي", "IQ", "Abdul-Hussein al-Moussawi"),
    ("زينب الشمري", "KW", "Zainab al-Shammari"),
    ("فهد بن سلطان", "SA", "Fahd bin Sultan"),
    ("حمد بن جاسم آل ثاني", "QA", "Hamad bin Jassim Al Thani"),
    ("سعيد الحسني", "OM", "Saeed al-Hasani"),  # with the article the family spelling
    ("حسني الزين", None, "Hosni al-Zein"),  # bare, the given name's
    ("سلمى السلمي", "SA", "Salma al-Sulami"),  # ى and ي fold together: the article tells them apart
    ("سمير الطراونة", "JO", "Samir al-Tarawneh"),
    # round 16: per-region family names, Kurdish given names, Persian names in their own usage
    ("عمر الخلايلة", "JO", "Omar al-Khalayleh"),
    ("شيروان علي", "IQ", "Shirwan Ali"),
    ("هيمن دلشاد", "IQ", "Hemin Dilshad"),
    ("مجتبى رضائي", "IR", "Mojtaba Rezaei"),
    ("غلام رضا باقري", "IR", "Gholamreza Bagheri"),
    ("جاسم المطوع", "KW", "Jasem al-Mutawa"),
    ("مصطفى الفلاحي", "EG", "Mostafa al-Falahi"),
    ("طاهر أبكر", "SD", "Tahir Abakar"),
    ("سعاد الأصبحي", "YE", "Souad al-Asbahi"),
    ("يوسف بوخريص", "DZ", "Youcef Boukhris"),
    ("نادية آيت الطالب", "MA", "Nadia Ait Taleb"),
]

# the region's usage: Levant "Mohammad", Egypt/Sudan "Abdel", Jordan's -eh family names, the
# Maghreb's French-based spellings, Somali "Abdi-" compounds, Libya's joined "Abdul-"
COUNTRY = [
    ("محمد سلامة", None, "Mohammed Salama"),
    ("محمد سلامة", "JO", "Mohammad Salameh"),
    ("محمد سلامة", "PS", "Mohammed Salama"),
    ("عبد الرحيم حمدان", "SD", "Abdel Rahim Hamdan"),
    ("عبد الفتاح السيسي", "EG", "Abdel Fattah al-Sisi"),
    ("عبد اللطيف الخطيب", None, "Abdul Latif al-Khatib"),
    ("عبد اللطيف الخطيب", "SD", "Abdel Latif al-Khatib"),
    ("عبد اللطيف حميد", "LY", "Abdullatif Hamid"),
    ("نور الدين بن علي", "TN", "Noureddine Ben Ali"),
    ("نور الدين بن علي", None, "Nour al-Din bin Ali"),
    ("يوسف حسين", "DZ", "Youcef Hocine"),
    ("يوسف حسين", "TN", "Youssef Houcine"),
    ("عبد الرحمن عبدي", "SO", "Abdirahman Abdi"),
    ("عبد الكريم فرح", "SO", "Abdikarim Farah"),
    ("محمد ولد أحمد", "MR", "Mohamed Ould Ahmed"),
    ("مريم بنت أحمدو", "MR", "Mariem Bint Ahmedou"),
    ("مريم منت أحمدو", "MR", "Mariem Mint Ahmedou"),
    ("أحمد مادوبي", "SO", "Ahmed Madobe"),
    ("حيدر كاظم", "IQ", "Haidar Kadhim"),
    ("محمد رضا عباس", "IR", "Mohammad Reza Abbas"),  # Persian readings, not "Mohammed Reda"
    ("ذبيح الله محمد", "AF", "Zabihullah Mohammad"),
    # a country's own "Abdel" / joined "Abdul-" composes every "عبد X" the lists do not write out
    ("كريم عبد الحميد", "EG", "Karim Abdel Hamid"),
    ("آدم عبد الكريم", "SD", "Adam Abdel Karim"),
    ("عبدالباسط الشمري", "KW", "Abdulbasit al-Shammari"),
    ("عبد الرحمن العتيبي", "SA", "Abdulrahman al-Otaibi"),
    # the Maghreb's given names with the article, Mauritania's "Lemine"
    ("المنصف بن سالم", "TN", "Moncef Ben Salem"),
    ("الطاهر بوزيد", "DZ", "Tahar Bouzid"),
    ("محمد الأمين ولد سيدي", "MR", "Mohamed Lemine Ould Sidi"),
]

# a word the table does not know: the romanizer decides (also for foreign names)
UNKNOWN = [
    ("محمد زغلولوفيتش", None),
    ("جون سميث", None),
    ("فلاديمير بوتين", None),
    ("محمد بوعلام سامر", "DZ"),  # سامر: in the general table, not in the Maghreb's
    ("شمسان الحضرمي", "YE"),
    ("عبد المتوكل علي", None),  # "عبد" + a name no table lists
    ("قمر الدين حسن", None),  # a "X الدين" the table does not list
    ("محمد رضا فرزين", "IR"),  # فرزين is in no list: the romanizer's Persian reading decides
]


@pytest.mark.parametrize("name,country,expected", SPELT)
def test_spelt_from_the_table(name: str, country: str | None, expected: str) -> None:
    assert spell(name, country) == expected


@pytest.mark.parametrize("name,country,expected", COUNTRY)
def test_country_usage(name: str, country: str | None, expected: str) -> None:
    assert spell(name, country) == expected


@pytest.mark.parametrize("name,country", UNKNOWN)
def test_unknown_word_falls_back(name: str, country: str | None) -> None:
    assert spell(name, country) is None


def test_maghreb_does_not_take_the_levantine_spelling() -> None:
    # "سامر" is in the general table (Samer) but not in the Maghreb's: the romanizer's DZ list decides
    assert spell("سامر", None) == "Samer"
    assert spell("سامر", "DZ") is None


def test_romanize_uses_the_table() -> None:
    assert romanize("خالد إبراهيم العتيبي", "SA") == "Khalid Ibrahim al-Otaibi"


# ------------------------------------------------------------------ the data file is well-formed

def _raw() -> dict:
    return load_yaml(person_names.DATA.read_text(encoding="utf-8"))


def _sections(data: dict) -> list[tuple[str, dict]]:
    out = [(k, data.get(k) or {}) for k in ("given", "family", "compound", "particles")]
    out += [(f"styles.{k}", (v.get("names") or {})) for k, v in (data.get("styles") or {}).items()]
    out += [(f"styles.{k}.particles", (v.get("particles") or {})) for k, v in (data.get("styles") or {}).items()]
    return out


def test_keys_are_normalised_arabic_and_values_latin() -> None:
    for section, table in _sections(_raw()):
        for k, v in table.items():
            assert " ".join(_tokens(k)) == k, f"{section}: key {k!r} is not normalised"
            assert re.fullmatch(r"[\u0621-\u064a]+( [\u0621-\u064a]+)?", k), f"{section}: {k!r}"
            assert isinstance(v, str) and re.fullmatch(r"[A-Za-z][A-Za-z' -]*", v), f"{section}: {k}: {v!r}"


def test_no_duplicate_keys() -> None:
    # the YAML loader would keep the last of two equal keys silently: count them in the text
    text = person_names.DATA.read_text(encoding="utf-8")
    section = None
    seen: dict[str, set[str]] = {}
    for line in text.splitlines():
        m = re.match(r"^(\S[^:]*):", line)
        if m:
            section = m.group(1)
        m = re.match(r"^( {2}| {6})([\u0621-\u064a][\u0621-\u064a ]*):", line)
        if m and section:
            key = (section if len(m.group(1)) == 2 else f"{section}/{prev}") + ""
            assert m.group(2) not in seen.setdefault(key, set()), f"{key}: {m.group(2)} twice"
            seen[key].add(m.group(2))
        m2 = re.match(r"^  ([a-z_]+):$", line)
        if m2:
            prev = m2.group(1)


_EXCLUSIVE = ("maghreb", "algeria", "morocco", "tunisia", "mauritania", "somali", "iran", "afghanistan_pakistan")


def test_one_place_per_spelling() -> None:
    """The common parts live in the gazetteer's name_spellings: not repeated here; a word is a
    family entry beside a given one only to be spelt otherwise."""
    from generator.nlp.person_names import _gazetteer_lexicon

    wire = {" ".join(_tokens(k)) for k in _gazetteer_lexicon()["name_spellings"]}
    data = _raw()
    for section in ("given", "family", "compound"):
        dup = set(data[section]) & wire
        assert not dup, f"{section} repeats name_spellings: {sorted(dup)}"
    same = {k for k in set(data["given"]) & set(data["family"]) if data["given"][k] == data["family"][k]}
    assert not same, f"given and family agree, list once: {sorted(same)}"
    for name, style in data["styles"].items():
        assert style.get("countries"), name
        for k, v in (style.get("names") or {}).items():
            if name in _EXCLUSIVE:
                continue  # the region's own list: complete in itself, name_spellings is not read there
            assert k not in wire, f"styles.{name}: {k} is in name_spellings (it wins: the entry is dead)"
            default = data["given"].get(k) or data["family"].get(k) or data["compound"].get(k)
            assert v != default, f"styles.{name}: {k} is spelt as by default"


# The extent of a person's name in running text (entities): علي before a pause is the name, not the
# preposition; a Mauritanian ولد + name goes on after the given names; a verb after the name stays out.
EXTENT = [
    ("وقال شيروان علي، وهو أحد المشاركين في الاعتصام، إن الوضع صعب.", "شيروان علي"),
    ("وقال محمد علي، وهو صاحب متجر، إن الأسعار ارتفعت.", "محمد علي"),
    ("وقال الصياد محمد الأمين ولد اعلي إن الأمواج كانت عالية.", "محمد الأمين ولد اعلي"),
    ("وأفادت السفارة بأن السفير حسن كاظمي أصيب بجروح طفيفة.", "حسن كاظمي"),
    ("وقال وزير الداخلية المغربي عبد الوافي لفتيت إن الاستعدادات جارية.", "عبد الوافي لفتيت"),
    # a kunya as a speech verb's subject before a pause; a family name in -ي no list knows before "، وهي"
    ("وقال أبو خليل شعبان، من سكان الحي، إن القذيفة سقطت قرب المدرسة.", "أبو خليل شعبان"),
    ("وقالت أم يوسف، وهي أم لخمسة أطفال، إن الخيمة غرقت.", "أم يوسف"),
    ("وقالت سعاد حلبي، وهي معلمة في المدرسة، إن الدروس توقفت.", "سعاد حلبي"),
    # women's titles (titles.yaml had some only in the masculine)
    ("وقالت الشيخة منيرة الصباح إن المبادرة مستمرة.", "منيرة الصباح"),
]


@pytest.fixture(scope="module")
def gaz():
    from generator.nlp.entities import Gazetteer

    return Gazetteer.load([])


@pytest.mark.parametrize("text,name", EXTENT)
def test_person_extent(gaz, text: str, name: str) -> None:
    from generator.nlp.entities import extract_entities
    from generator.nlp.normalise import normalise

    pers = [e.text for e in extract_entities(text, normalise(text), gaz) if e.type == "PER"]
    assert name in pers, pers


def test_ali_before_a_preposition_object_stays_a_preposition(gaz) -> None:
    from generator.nlp.entities import extract_entities
    from generator.nlp.normalise import normalise

    text = "وحصل محمد على منحة دراسية."
    assert not [e for e in extract_entities(text, normalise(text), gaz) if e.type == "PER"]


# entities.person_en keeps a name the table spells whole (its unit pass had put the article back: "Al-Tahar")
PERSON_EN = [
    ("محمد الأمين ولد سيدي", "mauritania", "Mohamed Lemine Ould Sidi"),
    ("الحسين أوبلا", "morocco", "El Houssine Oubella"),
    ("المنصف بن سالم", "tunisia", "Moncef Ben Salem"),
    ("كريم عبد الحميد", "egypt", "Karim Abdel Hamid"),
]


# a name the table spells only in part keeps the table's spelling for the words it knows (the romanizer had read
# "بدر" as "Bader" in the context of an unknown family name); the unknown word is still the romanizer's
PARTLY_KNOWN = [
    ("بدر سعد محمد الحميدي", "qatar", "Badr Saad Mohammed al-"),
    ("خليل إبراهيم الزعنوني", "palestine", "Khalil Ibrahim al-"),
]


@pytest.mark.parametrize("name,country,prefix", PARTLY_KNOWN)
def test_person_en_spells_the_known_words_of_a_partly_known_name(gaz, name: str, country: str, prefix: str) -> None:
    from generator.nlp.entities import person_en

    got = person_en(gaz, name, country)
    assert got is not None and got.startswith(prefix), got


@pytest.mark.parametrize("name,country,expected", PERSON_EN)
def test_person_en_keeps_the_table_spelling(gaz, name: str, country: str, expected: str) -> None:
    from generator.nlp.entities import person_en

    assert person_en(gaz, name, country) == expected


# a known person's family name alone in the headline, as the subject of its present-tense verb or the name of a
# government, is that person even when the word is a common name ("سعيد", "مراد")
HEADLINE = [
    ("تلاميذ يلقون حتفهم.. وسعيد يقيل المدير الجهوي\nوقرر الرئيس قيس سعيد إعفاء المدير الجهوي من مهامه.", "Kais Saied"),
    ("حكومة حماد تعلن وقف تصدير النفط\nأعلنت الحكومة المكلفة من البرلمان برئاسة أسامة حماد وقف التصدير.",
     "Osama Hammad"),
]


@pytest.mark.parametrize("text,name", HEADLINE)
def test_headline_family_name(gaz, text: str, name: str) -> None:
    from generator.nlp.entities import extract_entities
    from generator.nlp.normalise import normalise

    ents = extract_entities(text, normalise(text), gaz)
    first = [e for e in ents if e.type == "PER" and e.end <= text.index("\n")]
    assert first and first[0].name_en == name, [(e.text, e.name_en) for e in ents]


def test_headline_common_name_of_an_unknown_person_stays_a_word(gaz) -> None:
    from generator.nlp.entities import extract_entities
    from generator.nlp.normalise import normalise

    text = "سعيد يعمل في المصنع منذ سنوات\nوقال سعيد أحمد إن العمل متوقف."
    ents = extract_entities(text, normalise(text), gaz)
    assert not [e for e in ents if e.end <= text.index("\n")]


def test_a_family_name_that_is_a_title_is_no_back_reference(gaz) -> None:
    """"كامل الوزير" (a transport minister's family name is "the minister"): "وأكد الوزير" later is the title."""
    from generator.nlp.entities import extract_entities
    from generator.nlp.normalise import normalise

    text = "وتفقد كامل الوزير موقع الحادث. وأكد الوزير أن التحقيقات جارية."
    ents = extract_entities(text, normalise(text), gaz)
    assert [e.text for e in ents if e.type == "PER"] == ["كامل الوزير"]


# officials of 2023-2025 the gazetteer names with the press's English, also in the spellings other outlets use
# ("ترمب", "نتانياهو", "جالانت")
OFFICIALS = [
    ("ونقلت الوكالة عن وزير الصحة الإيراني بهرام عين اللهي قوله إن الجرحى يتلقون العلاج.", "Bahram Eynollahi"),
    ("وقال الناطق باسم الحكومة الأردنية مهند المبيضين إن الحدود آمنة.", "Muhannad Mubaidin"),
    ("وأكد الموفد السعودي يزيد بن فرحان دعم المملكة للعهد الجديد.", "Yazid bin Farhan"),
    ("وقال الرئيس الأميركي دونالد ترمب إن الاتفاق قريب.", "Donald Trump"),
    ("وقال رئيس الوزراء الإسرائيلي بنيامين نتانياهو إن الحرب مستمرة.", "Benjamin Netanyahu"),
    ("وزار وزير الدفاع يوآف جالانت الحدود الشمالية.", "Yoav Gallant"),
    ("وحصل مرشح حزب تواصل حمادي ولد سيد المختار على المرتبة الثالثة.", "Hamadi Ould Sid El Moctar"),
    ("وقال المستشار السياسي لقائد الدعم السريع يوسف عزت إن القوات انسحبت.", "Youssef Ezzat"),
    # the father is not the son: the full name wins over the family name alone
    ("وفي ذكرى رحيل الرئيس حافظ الأسد خرجت مسيرات محدودة.", "Hafez al-Assad"),
    ("وأحيا الفلسطينيون ذكرى رحيل الرئيس ياسر عرفات في رام الله.", "Yasser Arafat"),
    ("وقال رئيس منظمة الطاقة الذرية محمد إسلامي إن البرنامج سلمي.", "Mohammad Eslami"),
    ("وزار محافظ ذي قار مرتضى الإبراهيمي المستشفى، كما زار محافظ نينوى عبد القادر الدخيل الموصل.", "Abdulqadir al-Dakhil"),
]


@pytest.mark.parametrize("text,name_en", OFFICIALS)
def test_officials_by_the_press_name(gaz, text: str, name_en: str) -> None:
    from generator.nlp.entities import extract_entities
    from generator.nlp.normalise import normalise

    pers = [e.name_en for e in extract_entities(text, normalise(text), gaz) if e.type == "PER"]
    assert name_en in pers, pers
