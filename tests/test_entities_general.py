"""Entity rules on unseen text: names the gazetteer lacks, homographs of common words, the
"occupation" of other countries, organisations and places of the wider region.

Every row is a sentence written for this table in the style of Arabic news copy (not taken from
the dev or held-out sets). A row lists mentions that must be found -- (surface, type, English
name or None for "any") -- and surfaces that must NOT be a mention.
"""
from __future__ import annotations

import pytest

from generator.nlp.entities import Gazetteer, extract_entities, person_en
from generator.nlp.normalise import normalise


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def run(gaz: Gazetteer, text: str):
    ents = extract_entities(text, normalise(text), gaz)
    for e in ents:
        assert text[e.start:e.end] == e.text
    return ents


def _assert_named(gaz: Gazetteer, text: str, surface: str, en: str | None, typ: str | None = None) -> dict:
    """``surface`` is found in ``text`` as an entity of type ``typ`` (when given) named ``en`` (when not None):
    the tables of named bodies, places and persons. Returns the mentions by surface, for further checks."""
    got = {e.text: e for e in run(gaz, text)}
    assert surface in got, [(e.text, e.name_en) for e in got.values()]
    if typ is not None:
        assert got[surface].type == typ, (got[surface].type, got[surface].name_en)
    if en is not None:
        assert got[surface].name_en == en, got[surface].name_en
    return got


CASES = [
    # --- unknown people: compound given names, given name + family name, titles
    ("وقال المتحدث باسم الحرس الوطني حسام الدين الجبابلي إن الوحدات أنقذت المهاجرين.",
     [("حسام الدين الجبابلي", "PER", None)], ["حسام الدين"]),
    ("وقال القيادي في الهيئة، تقي الدين عمر، إن المقاتلين تقدموا نحو القرية.",
     [("تقي الدين عمر", "PER", "Taqi al-Din Omar")], []),
    ("في المقابل، قال أحمد شيحة، رئيس شعبة المستوردين، إن الأسواق شهدت ركودا.",
     [("أحمد شيحة", "PER", None)], []),
    ("وقال الصياد منير الشعري إن القارب غرق قبالة السواحل.",
     [("منير الشعري", "PER", "Mounir al-Chaari")], ["الصياد منير الشعري"]),
    ("وأكد رئيس بلدية المدينة خالد الزوي أن فرق الإنقاذ ما زالت تبحث عن المفقودين.",
     [("خالد الزوي", "PER", None)], []),
    ("وقال المواطن سالم بن عمران إن المياه جرفت منزله بالكامل.",
     [("سالم بن عمران", "PER", None)], []),
    ("وأفاد مدير مستشفى الجلاء محمد الفيتوري بوصول عشرات الجثث.",
     [("محمد الفيتوري", "PER", None)], []),
    ("وأعلنت الشرطة توقيف المدعو عبد الرزاق بن سعيد بتهمة إشعال الحريق.",
     [("عبد الرزاق بن سعيد", "PER", None)], []),
    # --- common words and verbs are not places
    ("وبقي السكان في قرية ظلت محاصرة ثلاثة أيام، وتجمعوا في ساحة مفتوحة قرب المسجد.",
     [], ["ظلت", "ساحة مفتوحة", "مفتوحة"]),
    ("وهبطت الطائرة في مطار عسكري جنوب البلاد.", [], ["مطار عسكري", "عسكري"]),
    ("وتجمع الناس أمام مقر المحافظة للمطالبة بالمساعدات.", [], ["تجمع الناس"]),
    # --- "the occupation" of other countries
    ("وقصفت قوات الاحتلال التركي قرى في ريف الحسكة الشمالي.",
     [("قوات الاحتلال التركي", "ORG", "Turkish forces")], []),
    ("وتتهم الفصائل الاحتلال الأمريكي بنهب النفط السوري.",
     [("الاحتلال الأمريكي", "ORG", "US forces")], []),
    ("واقتحمت قوات الاحتلال الإسرائيلي مدينة جنين فجر اليوم.",
     [("قوات الاحتلال الإسرائيلي", "ORG", "Israeli forces (Israel Defense Forces)")], []),
    # --- numerals inside names; bodies of other countries; places of the wider region
    ("وقال موقع السويداء 24 إن الفرقة 25 انتشرت في محيط المدينة.",
     [("السويداء 24", "ORG", "Suwayda 24"), ("الفرقة 25", "ORG", None)], ["السويداء"]),
    ("واندلعت اشتباكات بين جهاز الردع واللواء 444 قتال في طرابلس.",
     [("جهاز الردع", "ORG", "Radaa Deterrence Apparatus (Special Deterrence Force)"), ("اللواء 444 قتال", "ORG", "444 Combat Brigade (444th Brigade)"),
      ("طرابلس", "LOC", None)], []),
    ("وأعلنت الحماية المدنية إخماد الحرائق في ولايتي بجاية وتيزي وزو شرق الجزائر.",
     [("الحماية المدنية", "ORG", "Algerian Civil Protection (Directorate General of Civil Protection)"), ("بجاية", "LOC", "Bejaia"),
      ("تيزي وزو", "LOC", "Tizi Ouzou")], []),
    ("وقتل خمسة جنود من الجيش الصومالي في هجوم تبنته حركة الشباب قرب مقديشو.",
     [("الجيش الصومالي", "ORG", "Somali National Army"), ("حركة الشباب", "ORG", None), ("مقديشو", "LOC", "Mogadishu")], []),
    ("وأعلن المجلس الانتقالي الجنوبي سيطرته على مواقع في أبين.",
     [("المجلس الانتقالي الجنوبي", "ORG", "Southern Transitional Council")], []),
    ("ونفذ سائقو الشاحنات إضرابا في مدينتي معان والعقبة احتجاجا على رفع أسعار الوقود.",
     [("معان", "LOC", "Ma'an"), ("العقبة", "LOC", "Aqaba")], []),
    ("وقال إنه عاد إلى مسقط رأسه بعد سنوات.", [], ["مسقط"]),
    ("ووصل الوزير الزائر إلى مسقط في جولة خليجية.", [("مسقط", "LOC", "Muscat")], []),
]


@pytest.mark.parametrize("text,must,forbidden", CASES)
def test_general_entities(gaz, text, must, forbidden):
    ents = run(gaz, text)
    got = {e.text: e for e in ents}
    for surface, typ, en in must:
        assert surface in got, f"{surface!r} not found in {[(e.text, e.name_en) for e in ents]}"
        assert got[surface].type == typ
        if en is not None:
            assert got[surface].name_en == en, got[surface].name_en
    for bad in forbidden:
        assert bad not in got, f"{bad!r} should not be a mention ({got[bad].name_en})"


# the English of unknown personal names: the article kept as "al-", frequent parts spelt as in news
NAMES = [
    ("مفتاح العبيدي", "Muftah al-"),
    ("عبد الرحمن المسلاتي", "Abdul Rahman al-"),
    ("محمد بن علي", "Mohammed bin Ali"),
    ("أبو محمد الجولاني", "Abu Mohammed al-"),
    ("حسام الدين الجبابلي", "Hossam al-Din al-"),  # Tunisia: "Houssem Eddine" (test_person_names)
    ("جيمس ووترهاوس", "James Waterhouse"),
    ("سيرغي إيفانوف", "Sergei Ivanov"),
    ("كاروان محمد", "Karwan Mohammed"),
]


@pytest.mark.parametrize("arabic,prefix", NAMES)
def test_person_english(gaz, arabic, prefix):
    en = person_en(gaz, arabic)
    assert en is not None and en.startswith(prefix), en
    assert en[:1].isupper() and " Al-" not in en


# Round 2: long names, regnal numbers, small places after classifiers, ambiguous armies,
# organisations referred back to by their head noun, outlets named after a preposition.
CASES_R2 = [
    # names of three or more given-name parts, no family name in ال-
    ("وقال المتحدث باسم الجيش محمد عبدي حسن إن العملية انتهت.",
     [("محمد عبدي حسن", "PER", None)], ["محمد عبدي"]),
    ("وقال وزير الإعلام داود أويس جامع إن الحكومة ستلاحق المهاجمين.",
     [("داود أويس جامع", "PER", None)], []),
    ("منذ تولي حسن محمد خيري المنصب في العام الماضي تراجعت الهجمات.",
     [("حسن محمد خيري", "PER", None)], ["حسن محمد خيري المنصب"]),
    # a regnal number belongs to the name; a definite noun after a full name does not
    ("واستقبل العاهل المغربي محمد السادس وفدا من رجال الأعمال.",
     [("محمد السادس", "PER", "Mohammed VI (King Mohammed VI)")], []),
    ("وترأس الملك عبدالله الثاني اجتماعا لمجلس السياسات الوطني.",
     [("عبدالله الثاني", "PER", "King Abdullah II")], ["عبدالله"]),
    ("وحضر الأمير فيصل بن الحسين الأول الحفل.",
     [("فيصل بن الحسين الأول", "PER", None)], []),
    # small places after a classifier: compound and Berber prefixes, lists, located places
    ("واندلع حريق في منطقة بني ورتيلان بولاية سطيف مساء أمس.",
     [("بني ورتيلان", "LOC", None)], ["ورتيلان بولاية"]),
    ("وأتت النيران على غابات بقرى تيزي غنيف وآيت يحيى وتاقة، قبل أن تتم السيطرة عليها.",
     [("تيزي غنيف", "LOC", None), ("آيت يحيى", "LOC", None), ("تاقة", "LOC", None)], []),
    ("وامتدت الحرائق إلى بلديات تيقزيرت وفريحة وأزفون، حسب الحماية المدنية.",
     [("تيقزيرت", "LOC", None), ("فريحة", "LOC", None), ("أزفون", "LOC", None)], []),
    ("واندلعت المواجهات في جبهتي الكسارة والمشجح غرب مأرب.",
     [("الكسارة", "LOC", None), ("المشجح", "LOC", None)], []),
    ("وقتل ثلاثة أشخاص في منطقة لاركانا بإقليم السند جنوبي البلاد.",
     [("لاركانا", "LOC", None)], []),
    ("وقال مسؤول في بلدية حي كاران، إن القذيفة سقطت قرب سوق شعبي.",
     [("كاران", "LOC", None)], []),
    # common words after a classifier or a list are no places
    ("ونزح مئات السكان من قرية قرب الحدود إلى عاصمة الإقليم.", [], ["قرب", "الإقليم"]),
    ("ونقل الجرحى إلى مستشفيات العاصمة، فيما انتشرت قوات الأمن في مناطق الجنوب.", [],
     ["مستشفيات العاصمة", "العاصمة", "الجنوب"]),
    ("ووقعت الاشتباكات في محافظات نينوى وكركوك، ويقدر مسؤولون عدد النازحين بالآلاف.", [], ["يقدر"]),
    ("وقالت والدته: أنا أنتظره منذ سنوات.", [], ["أنا أنتظره", "أنا"]),
    # "الجيش الوطني" is the army of the article's country
    ("وقالت الحكومة اليمنية في عدن إن الجيش الوطني صد هجوما للحوثيين في تعز.",
     [("الجيش الوطني", "ORG", "Yemeni National Army")], []),
    ("وقال الجيش الوطني السوري المدعوم من تركيا إنه سيطر على قرى قرب منبج. وأضاف الجيش الوطني أن",
     [("الجيش الوطني", "ORG", "Syrian National Army")], []),
    # an organisation's bare head noun refers back to it
    ("أعلنت المنظمة الدولية للهجرة وصول قارب جديد. وقالت المنظمة إن على متنه 40 شخصا.",
     [("المنظمة", "ORG", "International Organization for Migration")], []),
    ("وأعلنت وزارة الصحة الأردنية تسجيل إصابات جديدة، وأوضحت الوزارة أن معظمها طفيف.",
     [("الوزارة", "ORG", "Jordanian Ministry of Health")], []),
    # outlets named after لـ, a dot inside a web outlet's name
    ("وقال أحد السكان لـ\"العربية.نت\" إن الانفجار هز الحي.", [("العربية.نت", "ORG", "Al Arabiya.net (Al Arabiya)")], []),
    ("وقال أحد التجار لـ«الوسط» إن الأسعار تضاعفت.", [("الوسط", "ORG", "Al-Wasat")], []),
    ("وتقع القرية في الوسط بين المدينتين.", [], ["الوسط"]),
]


@pytest.mark.parametrize("text,must,forbidden", CASES_R2)
def test_general_entities_round2(gaz, text, must, forbidden):
    test_general_entities(gaz, text, must, forbidden)


# Round 3: places from the generated GeoNames table, one sense per article for homographs, the
# article's country for its own towns, personal names spelt as the article's country writes them.
CASES_R3 = [
    # GeoNames places and CLDR countries the hand lists lack
    ("وجرى التوقيع على الاتفاق في سويسرا بحضور ممثلين عن الطرفين.", [("سويسرا", "LOC", "Switzerland")], []),
    ("وانقطعت الكهرباء عن مدينة الشحر الساحلية منذ يومين.", [("الشحر", "LOC", None)], []),
    ("ووصلت رحلات الإجلاء إلى ميلانو ونابولي صباح اليوم.",
     [("ميلانو", "LOC", "Milan"), ("نابولي", "LOC", "Naples")], []),
    # spellings of foreign places that are ordinary Arabic words were left out of the table
    ("وسجلت أكثر من مئة هزة ارتدادية، وأرسلت عشرون دولة فرق إنقاذ.", [], ["هزة", "دولة"]),
    ("وأكد الوزير وأن الحصار سيرفع قريبا بعد رصد تحركات جديدة.", [], ["وأن", "الحصار", "رصد"]),
    # a homograph named with a cue once keeps that sense in the rest of the article
    ("وعمت الاحتجاجات محافظة معان أمس. وقال سائقون إن شاحنات معان توقفت عن العمل.",
     [("معان", "LOC", "Ma'an")], []),
    # ... and a town of the article's own country after a preposition
    ("وأغلقت مديرية الأمن العام الطرق في الكرك والطفيلة، وتوقفت الشاحنات القادمة من العقبة منذ الفجر.",
     [("العقبة", "LOC", "Aqaba")], []),
    # coordinated classifiers open one list; a counted classifier opens none
    ("وقصفت المدفعية بلدات وقرى كفرسجنة والشيخ مصطفى قرب الطريق الدولي.",
     [("كفرسجنة", "LOC", None), ("الشيخ مصطفى", "LOC", None)], ["وقرى"]),
    ("ودمرت الغارات أكثر من 30 قرية وبلدة ومزرعة في المنطقة.", [], ["ومزرعة", "مزرعة", "وبلدة"]),
    # a distinguishing adjective belongs to the name; Sudanese "ود" names take their second word
    ("ونزح السكان من قرية تل شعير الصغرى إلى المدينة.", [("تل شعير الصغرى", "LOC", None)], ["تل شعير"]),
    ("ووصل النازحون إلى قرية ود الحليو شرقي البلاد.", [("ود الحليو", "LOC", None)], []),
    # a place found after a classifier is the same place where the article repeats it bare
    ("وفرّت العائلات من قرية أم الحيران بعد الهجوم. وقال شهود إن المسلحين عادوا إلى أم الحيران مساء اليوم.",
     [("أم الحيران", "LOC", "Umm al-Hiran")], []),
    # short forms whose antecedent only the rules find, or the army of the article's country
    ("أعلنت قوات الدعم السريع سيطرتها على مدينة سنجة. وقال مصدر إن الجيش انسحب من المدينة بعد معارك "
     "مع قوات الدعم السريع في ولاية سنار.", [("الجيش", "ORG", "Sudanese Armed Forces")], []),
    # the militia is the last armed group named; the police after a country's police
    ("وقالت جماعة الحوثي إنها استهدفت سفينة في البحر الأحمر. وأضاف البيان أن المليشيا أطلقت صاروخين.",
     [("المليشيا", "ORG", "Houthis (Ansar Allah)")], []),
    ("وأعلن المتحدث باسم الشرطة الصومالية عبد الله محمد أن الهجوم انتهى. وقالت الشرطة إن خمسة مهاجمين قتلوا.",
     [("الشرطة الصومالية", "ORG", "Somali Police Force"), ("الشرطة", "ORG", "Somali Police Force")], []),
    ("وقالت الشرطة إن خمسة مهاجمين قتلوا.", [], ["الشرطة"]),
    # a quoted distinctive part of an organisation's name
    ("وقالت المصادر إن عناصر تابعة للواء 166 اشتبكت مع جهاز دعم الاستقرار. وأضافت أن «الاستقرار» نشر آلياته.",
     [("الاستقرار", "ORG", "Stability Support Apparatus")], []),
    # a family name alone after a noun that takes a person, or before punctuation
    ("واعتقلت القوات الأمنية الناشط خالد الزعبي من منزله. وطالبت عائلته بالإفراج عن الزعبي، فيما رفضت "
     "السلطات التعليق على اعتقال الزعبي.", [("الزعبي", "PER", "Khaled al-Zoubi")], []),
    # a Hijri date and a word ending in a place's letters are no names
    ("وقع الزلزال في 15 رجب 1444هـ وتسبب بأضرار.", [], ["رجب 1444هـ", "رجب"]),
    ("وسجلت إصابات بفيروس كورونا في المستشفى.", [], ["ورونا", "كورونا"]),
    # foreign people after the role of a non-Arab country or body
    ("ووصف وزير الطاقة الأوكراني جيرمان غالوشينكو الهجوم بأنه الأكبر.", [("جيرمان غالوشينكو", "PER", None)], []),
    ("وقال المتحدث باسم الكرملين ديمتري بيسكوف إن موسكو تتابع الوضع.", [("ديمتري بيسكوف", "PER", None)], []),
    ("وأعلن الرئيس الفرنسي تشكيل لجنة تحقيق.", [], ["تشكيل لجنة", "تشكيل"]),
    # quoted names after a noun that says what they name; a country's government by its nisba
    ("وقالت صحيفة \"النيلين\" إن المستشفى استقبل عشرات الجرحى.", [("النيلين", "ORG", None)], []),
    ("وأطلقت القوات مسيرات من طراز \"بيرقدار\" على مواقع المسلحين.", [("بيرقدار", "MISC", None)], []),
    ("وحاصر مسلحون فندق \"السلام\" وسط العاصمة.", [("السلام", "LOC", None)], ["فندق"]),
    ("وقال إن \"الوضع صعب\" في المدينة.", [], ["الوضع صعب"]),
    ("وقالت الحكومة الإيطالية إن السفينة ستصل غدا.", [("الحكومة الإيطالية", "ORG", "Government of Italy")], []),
]


@pytest.mark.parametrize("text,must,forbidden", CASES_R3)
def test_general_entities_round3(gaz, text, must, forbidden):
    test_general_entities(gaz, text, must, forbidden)


def test_homograph_without_cue_stays_a_word(gaz):
    """Without a cue anywhere in the article, "معان" (meanings) is not the town."""
    ents = run(gaz, "وتحمل الكلمة معان كثيرة في اللغة العربية.")
    assert "معان" not in {e.text for e in ents}


# the article's country decides how an unknown person's name is spelt
COUNTRY_NAMES = [
    ("إبراهيم مراد", "algeria", "Brahim "),
    ("إبراهيم مراد", "syria", "Ibrahim "),
    ("محمد الصالح", "iraq", "Mohammed al-"),
    ("فيصل الشبول", "jordan", "Faisal al-Sh"),
    # the wire services' regional spellings of the commonest parts
    ("محمد خير الحلبي", "syria", "Mohammad "),
    ("أحمد يونس", "lebanon", "Ahmad "),
    ("محمد عبد الغفار", "egypt", "Mohamed Abdel Ghaffar"),
    ("عبدالعظيم حامد", "sudan", "Abdel Azim"),
    ("محمد عبد الله", "iraq", "Mohammed Abdullah"),
    # "عبد" names: spaced Abdul X, joined Abdulx, Shia names hyphenated, Abdel in Egypt
    ("عبد الوهاب الساعدي", "iraq", "Abdul Wahab al-"),
    ("عبدالستار الكبيسي", "iraq", "Abdulsattar al-"),
    ("عبد الأمير الزيدي", "iraq", "Abdul-Amir al-"),
    ("عبد الغفار شكر", "egypt", "Abdel Ghaffar "),
    ("كريم الجبوري", "iraq", "Karim al-J"),
    ("فهد المانع", "kuwait", "Fahad al-Mani"),
]


@pytest.mark.parametrize("arabic,country,prefix", COUNTRY_NAMES)
def test_person_english_by_country(gaz, arabic, country, prefix):
    en = person_en(gaz, arabic, country)
    assert en is not None and en.startswith(prefix), en


# Round 4: English names as Wikipedia and the wire services write them. Ministries are "Ministry
# of <portfolio> (<country>)" whatever their Arabic order; the country comes from a nationality
# adjective, a place after في/ب (which stays its own mention) or the article's country.
CASES_R4 = [
    ("وأعلنت وزارة الأشغال العامة الكويتية إغلاق نفق الغزالي بسبب تجمع مياه الأمطار.",
     [("وزارة الأشغال العامة الكويتية", "ORG", "Kuwaiti Ministry of Public Works")], []),
    ("وقالت وزارة الخارجية العراقية في بيان إنها استدعت السفير التركي.",
     [("وزارة الخارجية العراقية", "ORG", "Iraqi Ministry of Foreign Affairs")], []),
    ("وذكرت وزارة الشؤون الاجتماعية في لبنان أن عدد الأسر المحتاجة تضاعف.",
     [("وزارة الشؤون الاجتماعية", "ORG", "Lebanese Ministry of Social Affairs"), ("لبنان", "LOC", "Lebanon")], []),
    ("وقالت وزارة الداخلية في غزة إن عناصرها يلاحقون المشتبه بهم.",
     [("وزارة الداخلية", "ORG", "Gaza Ministry of Interior"), ("غزة", "LOC", None)], []),
    ("وتظاهر المئات أمام مبنى البرلمان في عمان ومدينة الزرقاء، فيما قالت وزارة التربية إن الدوام "
     "في مدارس إربد مستمر.",
     [("وزارة التربية", "ORG", "Jordanian Ministry of Education")], []),
    ("وأكدت وزارة الدفاع الوطني الجزائرية مقتل إرهابيين في ولاية تيبازة.",
     [("وزارة الدفاع الوطني الجزائرية", "ORG", "Algerian Ministry of National Defence")], []),
    ("قصفت الطائرات مواقع في شمال العراق بحسب وزارة الدفاع التركية.",
     [("وزارة الدفاع التركية", "ORG", "Turkish Ministry of National Defence")], []),
    ("وقال المتحدث باسم الدفاع المدني في غزة إن الطواقم انتشلت جثامين.",
     [("الدفاع المدني", "ORG", "Palestinian Civil Defence (Gaza)")], ["الدفاع المدني في غزة"]),
    # foreign people: listed leaders, and unknown ones transliterated back (not read as Arabic)
    ("وقال الرئيس الفرنسي إيمانويل ماكرون إن باريس تدعم الحل السياسي.",
     [("إيمانويل ماكرون", "PER", "Emmanuel Macron")], []),
    ("ورد المتحدث باسم الكرملين ديمتري بيسكوف على التصريحات، وقال بيسكوف إن موسكو لن ترد.",
     [("ديمتري بيسكوف", "PER", "Dmitry Peskov"), ("بيسكوف", "PER", "Dmitry Peskov")], []),
    ("وقالت وزيرة الخارجية الألمانية أنالينا بيربوك إن برلين سترسل مساعدات.",
     [("أنالينا بيربوك", "PER", "Annalena Baerbock")], []),
    ("وقال المحلل توماس وايت إن الأسواق لم تتأثر.", [("توماس وايت", "PER", "Thomas White")], []),
    ("وقال حاكم المنطقة الأوكراني أولكسندر بروكودين إن القصف استهدف محطة كهرباء.",
     [("أولكسندر بروكودين", "PER", None)], []),
    ("وأكد وزير الداخلية الإسباني فرناندو غراندي مارلاسكا أن الحدود ستبقى مغلقة.",
     [("فرناندو غراندي مارلاسكا", "PER", "Fernando Grande-Marlaska")], []),
    # an acronym in brackets after an organisation's name is that organisation everywhere
    ("«سادك» تعقد قمة طارئة. وكانت منظمة الصحة العالمية (وهو) قد حذرت، ودعت مجموعة تنمية الجنوب "
     "الأفريقي إلى قمة، فيما قال الاتحاد الأفريقي (أوا) إن أوا ستشارك.",
     [("أوا", "ORG", "African Union")], []),
    ("وأمهلت المجموعة الاقتصادية لدول غرب أفريقيا قادة الانقلاب أسبوعا، وقالت إيكواس إنها لن تتردد.",
     [("المجموعة الاقتصادية لدول غرب أفريقيا", "ORG", "ECOWAS"), ("إيكواس", "ORG", "ECOWAS")], []),
    ("وأعلنت هيئة الكوارث التركية \"آفاد\" ارتفاع عدد القتلى.", [("آفاد", "ORG", None)], []),
    ("وأفاد شهود بأن المياه غمرت الشوارع.", [], ["أفاد"]),
    # a list after a comma ends where the clause goes on
    ("واندلعت الحرائق في قرى بيت ياشوط وعين الشرقية، مبيناً أن الفرق سيطرت عليها.", [], ["مبيناً"]),
    ("وسقطت قذائف على بلدات كفركلا والخيام، فيما رد الحزب بإطلاق صواريخ.", [], ["فيما"]),
    ("وشملت الأضرار مناطق الجهراء والفروانية، إضافة إلى سحب مركبات.", [], ["إضافة"]),
    # homographs: an adjective after a list item, a Sudanese "الحلة" (the village)
    ("وتقدمت الفصائل في أحياء دمشق الجنوبية والشرقية بعد اشتباكات.", [], ["الشرقية"]),
    ("وقال شاهد من ولاية الجزيرة إن المسلحين دخلوا الحلة ونهبوا البيوت.", [], ["الحلة"]),
    ("وقال مسؤول عراقي إن الانفجار وقع في سوق وسط الحلة مركز محافظة بابل.", [("الحلة", "LOC", "Hillah")], []),
    # exonyms as the wire services write them, whichever Arabic spelling the outlet uses
    ("وسقطت صواريخ على خاركيف وزابوروجيا ليلا.", [("خاركيف", "LOC", "Kharkiv"), ("زابوروجيا", "LOC", "Zaporizhzhia")], []),
    ("ووصل مئات المهاجرين سباحة إلى سبتة من شواطئ الفنيدق.", [("سبتة", "LOC", "Ceuta"), ("الفنيدق", "LOC", "Fnideq")], []),
    ("واستدعت هولندا سفيرها.", [("هولندا", "LOC", "Netherlands")], []),
    # platforms, the Iranian army, Gaza's refugee camps
    ("ونشر الوزير على منصة «إكس» صورا للدمار، فيما تداول ناشطون على فيسبوك مقاطع مصورة.",
     [("إكس", "MISC", "X (formerly Twitter)"), ("فيسبوك", "MISC", "Facebook")], []),
    ("وأعلن الجيش الإيراني مقتل جنديين، وقال الجيش إن دفاعاته تصدت للهجوم.",
     [("الجيش الإيراني", "ORG", "Islamic Republic of Iran Army"), ("الجيش", "ORG", "Islamic Republic of Iran Army")], []),
    ("ونزحت عائلات من مخيم المغازي إلى دير البلح.", [("المغازي", "LOC", "Maghazi refugee camp")], []),
    # people: a joined عبد-name after a title, a given name that is also a word right after a
    # speech verb, a family name alone before قد or after كان, a given name before a listed person
    ("وقال المقدم عبدالرزاق الشامي إن الوحدات انتشرت، وكان الشامي قد أعلن حظر التجول.",
     [("عبدالرزاق الشامي", "PER", None), ("الشامي", "PER", None)], []),
    ("وقال علي زعرور، وهو صاحب محل في السوق، إن الخسائر كبيرة.", [("علي زعرور", "PER", None)], []),
    ("وقال علي إن الخسائر كبيرة.", [], ["علي"]),
    ("وقال رئيس الوزراء الليبي عبدالحميد الدبيبة إن حكومته لن تسلم السلطة.",
     [("عبدالحميد الدبيبة", "PER", "Abdul Hamid Dbeibah")], ["الدبيبة"]),
    # a bare head noun refers back to the organisation named with it
    ("وأعلن البنك المركزي المصري رفع الفائدة، وقال البنك في بيان إن القرار مؤقت.",
     [("البنك", "ORG", "Central Bank of Egypt")], []),
    ("وتبنت جماعة نصرة الإسلام والمسلمين الهجوم، وقالت الجماعة إن عناصرها انسحبوا.",
     [("الجماعة", "ORG", "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)")], []),
    ("وقتل عناصر من مجموعة فاغنر، فيما قالت الجماعة إن الهجوم فشل.", [], ["الجماعة"]),
    # government forces by the article's country, Sahel armies, the port named by its head alone,
    # facility heads followed by a description or another head
    ("واندلعت مواجهات في صعدة بين القوات الحكومية والحوثيين.",
     [("القوات الحكومية", "ORG", "Yemeni government forces")], []),
    ("وأعلن الجيش النيجري حالة التأهب، وقال الجيش إن الحدود مغلقة.",
     [("الجيش النيجري", "ORG", "Niger Armed Forces"), ("الجيش", "ORG", "Niger Armed Forces")], []),
    ("وتوقفت الحركة في مرفأ بيروت، وقال عمال إن المرفأ مغلق منذ أيام.", [("المرفأ", "LOC", "Port of Beirut")], []),
    ("ورست القوارب في ميناء الصيد قرب محطة لتحلية المياه.", [], ["ميناء الصيد", "محطة لتحلية"]),
    ("وسجلت محطة مطار القاهرة الدولي أعلى درجة حرارة.", [("مطار القاهرة الدولي", "LOC", None)], ["محطة مطار"]),
    ("وقال المتحدث إن الكيان الصهيوني يتحمل المسؤولية.", [("الكيان الصهيوني", "ORG", "Israel (the occupation)")], []),
    # a given name and a family name before a pause; a lone given name with an age or an apposition
    ("وأوضح المتحدث باسم البلدية، خالد زعرب، أن الطواقم تعمل منذ الفجر.", [("خالد زعرب", "PER", None)], []),
    ("وقال سامر (35 عاما)، وهو سائق أجرة، إن الطريق مقطوع.", [("سامر", "PER", None)], []),
    ("وقال خالد إن الوضع صعب.", [], ["خالد"]),
    ("وزار أحمد المدينة القديمة.", [], ["أحمد المدينة"]),
    # governments as Wikipedia titles them
    ("وقالت الحكومة اللبنانية إن الاتصالات مستمرة.", [("الحكومة اللبنانية", "ORG", "Government of Lebanon")], []),
    ("ووافقت الحكومة الصومالية على الخطة.", [("الحكومة الصومالية", "ORG", "Federal Government of Somalia")], []),
    # "غزة" alone is the city or the Strip; "جنوب لبنان" is a compass word and Lebanon
    ("وتواصل القصف على غزة لليوم الثالث.", [("غزة", "LOC", "Gaza (Gaza Strip)")], []),
    ("وسقطت صواريخ على بلدات في جنوب لبنان.", [("لبنان", "LOC", "Lebanon")], ["جنوب لبنان"]),
    # an outlet spelt like a town, spoken to before what was said
    ("وقال أحد السكان، ويدعى حسين، للميادين إن القصف استمر طوال الليل.", [("للميادين", "ORG", "Al Mayadeen")], []),
    ("ووصلت التعزيزات العسكرية للميادين صباح أمس.", [("للميادين", "LOC", None)], []),
    # state bodies named without their country: air forces, guards, courts, parliaments
    ("وقال سلاح الجو الإسرائيلي إنه اعترض طائرة مسيرة.", [("سلاح الجو الإسرائيلي", "ORG", "Israeli Air Force")], []),
    ("وألغت محكمة التمييز في بيروت الحكم السابق.", [("محكمة التمييز", "ORG", "Court of Cassation (Lebanon)")], []),
    ("وأعلنت هيئة الطيران المدني الأردنية تعليق الرحلات إلى بيروت.",
     [("هيئة الطيران المدني الأردنية", "ORG", "Civil Aviation Authority (Jordan)")], []),
    ("واحتجز الحرس الرئاسي الرئيس في مقر إقامته في نيامي.", [("الحرس الرئاسي", "ORG", "Presidential Guard (Niger)")], []),
    # people listed with و: a given name and one word is an item
    ("واستدعى القاضي الوزيرين السابقين وليد فياض وجورج قرداحي ورياض سلامة للتحقيق.",
     [("رياض سلامة", "PER", None)], []),
    ("وقال المتحدث حسان دياب وغازي زعيتر إن", [("غازي زعيتر", "PER", None)], []),
    ("والتقى أحمد كبير المسؤولين أمس.", [], ["أحمد كبير"]),
    # named facilities with their head inside the span: schools, institutes, stadiums, hotels
    ("وقصفت الطائرات مدرسة الفاخورة التي تؤوي نازحين.", [("مدرسة الفاخورة", "LOC", None)], []),
    ("وأقيمت المباراة في ملعب القاهرة الدولي.", [("ملعب القاهرة الدولي", "LOC", "Cairo International Stadium")], []),
    ("ودرس في مدرسة ابتدائية قريبة، ثم في مدرسة للتمريض.", [], ["مدرسة ابتدائية", "مدرسة للتمريض"]),
    ("وقصفت الطائرات معسكر العبر شمال المحافظة.", [("معسكر العبر", "LOC", None)], []),
    # a group's short name after its full name; foreign given names open a name
    ("وتبنت حركة الشباب الهجوم، فيما لا تزال مناطق واسعة تحت سيطرة الشباب.", [("الشباب", "ORG", "Al-Shabaab")], []),
    ("وخرج الشباب إلى الشوارع احتجاجا.", [], ["الشباب"]),
    ("وقالت أولينا، وهي ممرضة في المستشفى، إن الكهرباء انقطعت.", [("أولينا", "PER", "Olena")], []),
    ("وأعلن جهاز الاستخبارات التركي تحييد قيادي في الحزب قرب دهوك، فيما قال جهاز المخابرات إن العملية انتهت.",
     [("جهاز المخابرات", "ORG", "National Intelligence Organization (MIT) (Turkey)")], []),
    ("ولا تزال حزمة المساعدات عالقة في الكونغرس منذ أشهر.", [("الكونغرس", "ORG", "United States Congress")], []),
    ("وهبطت الطائرة في مطار الملكة علياء الدولي قادمة من مطار الإمام الخميني.",
     [("مطار الملكة علياء الدولي", "LOC", "Queen Alia International Airport"),
      ("مطار الإمام الخميني", "LOC", "Imam Khomeini International Airport")], []),
    # hospitals named after people, with their kind kept in the name
    ("ونقل المصابون إلى مستشفى الحسين التعليمي وإلى مشفى جبلة الوطني.",
     [("مستشفى الحسين التعليمي", "LOC", "Al-Hussein Teaching Hospital"), ("مشفى جبلة الوطني", "LOC", None)], []),
    ("وأقيم مستشفى ميداني قرب المعبر.", [], ["مستشفى ميداني"]),
    # operations by their code names: quoted when the name is also an ordinary phrase
    ("وأطلق الحرس الثوري عملية \"الوعد الصادق 2\" ضد إسرائيل.", [("الوعد الصادق 2", "MISC", "Operation True Promise II")], []),
    ("وأكد أن الوعد الصادق سيتحقق قريبا.", [], ["الوعد الصادق"]),
    ("ومنذ بدء عملية طوفان الأقصى تغيرت المعادلات.", [("طوفان الأقصى", "MISC", "Operation Al-Aqsa Flood")], []),
]


@pytest.mark.parametrize("text,must,forbidden", CASES_R4)
def test_general_entities_round4(gaz, text, must, forbidden):
    test_general_entities(gaz, text, must, forbidden)


# a foreign name after a foreign role is transliterated back, not read as Arabic: listed given
# names, Slavic endings (-ov, -sky, -enko), o/i for و/ي between consonants (ب stays b: the
# Arabic script does not tell p from b)
FOREIGN = [
    ("وقال حاكم المنطقة الأوكراني أولكسندر بروكودين إن القصف استهدف محطة كهرباء.", "Oleksandr Brokodin"),
    ("وقال نائب وزير الدفاع الروسي ألكسندر فومين إن المحادثات لم تفض إلى شيء.", "Alexander Fomin"),
    ("وصرح رئيس البلدية الأوكراني إيهور تيريخوف بأن المدينة بلا كهرباء.", "Ihor Tirikhov"),
    ("وقال السفير الروسي سيرغي كوزنيتسوف إن بلاده سترد.", "Sergei Kuznetsov"),
]


@pytest.mark.parametrize("text,en", FOREIGN)
def test_foreign_person_transliterated_back(gaz, text, en):
    pers = [e for e in run(gaz, text) if e.type == "PER"]
    assert [e.name_en for e in pers] == [en]


# unknown places of the Maghreb are spelt in the region's French-based usage, elsewhere in the
# English-based one
MAGHREB = [
    ("بني كسيلة", "algeria", "Beni Ksila"),
    ("ملبو", "algeria", "Melbou"),
    ("ساقية الزيت", "tunisia", "Sakiet Ezzit"),
    ("العامرة", "tunisia", "El Amra"),
    ("وادي سوف", "algeria", "Oued Souf"),
    ("وادي سوف", "syria", "Wadi Souf"),
    ("ملبو", None, "Malbu"),
    # the Levant: Syrian -iyah, Lebanese -iyeh/-eh with no article on a one-word name
    ("الحمدانية", "syria", "Al-Hamdaniyah"),
    ("الطيونة", "lebanon", "Tayouneh"),
    ("الناقورة", "lebanon", "Naqoura"),
]


@pytest.mark.parametrize("arabic,country,en", MAGHREB)
def test_maghreb_place_spelling(gaz, arabic, country, en):
    from generator.nlp.entities import transliterate

    assert transliterate(arabic, gaz, country) == en


# institutions the gazetteer lacks, translated from their head noun and modifiers (bodies.yaml):
# a chain reads backwards in English, an ل-phrase is "for ...", a place after في names it, an
# unknown proper name may end a chain; generic phrases and Yemeni districts are no bodies
CASES_R5 = [
    ("وقالت هيئة الموانئ والجمارك في بيان إن الشحنة وصلت صباحا.",
     [("هيئة الموانئ والجمارك", "ORG", "Ports and Customs Authority")], []),
    ("وأعلنت لجنة الأمن والدفاع النيابية عقد جلسة طارئة.",
     [("لجنة الأمن والدفاع النيابية", "ORG", "Parliamentary Security and Defence Committee")], []),
    ("وحذر المركز الوطني للإنذار المبكر من عواصف رملية، وأوضح المركز أن الرياح ستشتد مساء.",
     [("المركز الوطني للإنذار المبكر", "ORG", "National Centre for Early Warning"),
      ("المركز", "ORG", "National Centre for Early Warning")], []),
    ("وقالت قيادة شرطة محافظة البصرة إن دورياتها انتشرت في الأسواق.",
     [("قيادة شرطة محافظة البصرة", "ORG", "Basra Police Command")], ["البصرة"]),
    ("وأصدر المجلس العسكري الحاكم بيانا علق فيه العمل بالدستور.",
     [("المجلس العسكري الحاكم", "ORG", "Ruling Military Council")], []),
    ("وطالبت جمعية المصارف بتأجيل تطبيق القرار الجديد.",
     [("جمعية المصارف", "ORG", "Banks Association")], []),
    ("ووثق مكتب توثيق الانتهاكات في إدلب مقتل ثلاثة مدنيين.",
     [("مكتب توثيق الانتهاكات", "ORG", "Violations Documentation Office (Idlib)"), ("إدلب", "LOC", None)], []),
    ("ونفت القيادة العامة للجيش اللبناني صحة الأنباء.",
     [("القيادة العامة للجيش اللبناني", "ORG", "General Command of the Lebanese Army")], ["الجيش اللبناني"]),
    ("وقالت لجنة مقاومة الصحافة، وهي تجمع أهلي، إن القصف لم يتوقف.",
     [("لجنة مقاومة الصحافة", "ORG", None)], []),
    ("وأعلنت قوة الدفاع المدني العامة انتشال جثتين.",
     [("قوة الدفاع المدني العامة", "ORG", "General Civil Defence Force")], []),
    ("ونقل الجرحى إلى مركز تدريب تابع للجيش، وقالت إدارة المستشفى إنها استقبلت 12 مصابا.",
     [], ["مركز تدريب", "مركز تدريب تابع", "إدارة المستشفى"]),
    ("وسقطت قذيفة قرب مركز الشرطة، وقالت قيادة شرطة المحافظة إن لا إصابات.",
     [], ["مركز الشرطة", "قيادة شرطة المحافظة"]),
    ("وقتل شخصان في مديرية حيس بمحافظة الحديدة.", [], ["مديرية حيس"]),
]


@pytest.mark.parametrize("text,must,forbidden", CASES_R5)
def test_bodies_translated(gaz, text, must, forbidden):
    test_general_entities(gaz, text, must, forbidden)


# a person is spelt as the country of the place in the apposition after the name is ("، محافظ شمال
# سيناء": Egypt, in an article mostly about Gaza); "باسمه" after a spokesman is no name; a generic
# Red Crescent is the national society the article names, or its country's
CASES_R6 = [
    ("قصفت إسرائيل غزة وخان يونس ورفح ودير البلح. وقال محمد عبد الحميد، محافظ شمال سيناء، إن المعبر مفتوح.",
     [("محمد عبد الحميد", "PER", "Mohamed Abdel Hamid")], []),
    ("قصفت إسرائيل غزة وخان يونس ورفح ودير البلح. وقال محمد عبد الحميد إن المعبر مغلق.",
     [("محمد عبد الحميد", "PER", "Mohammed Abdul Hamid")], []),
    ("وقال المتحدث باسمه العقيد سامي عبد الكريم إن القوات صدت الهجوم.",
     [("سامي عبد الكريم", "PER", None)], ["باسمه", "باسمه العقيد"]),
    ("وأعلن الهلال الأحمر أن 200 شاحنة عبرت، بعدما قال الهلال الأحمر المصري إن الطريق فتح.",
     [("الهلال الأحمر", "ORG", "Egyptian Red Crescent")], []),
    ("وقال الهلال الأحمر إن فرقه انتشلت 20 جثة في الخرطوم وأم درمان وبحري.",
     [("الهلال الأحمر", "ORG", "Sudanese Red Crescent")], []),
]


@pytest.mark.parametrize("text,must,forbidden", CASES_R6)
def test_person_country_and_generic_bodies(gaz, text, must, forbidden):
    test_general_entities(gaz, text, must, forbidden)


# an unknown river is named by its indefinite name (not a verb: "نهر يفصل"); an indefinite title after
# a person's name is the role, not a family name; a bank named after a place is "Bank of X"
CASES_R7 = [
    ("وارتفع منسوب نهر سوات إلى مستويات قياسية بعد الأمطار.", [("سوات", "LOC", None)], ["نهر سوات"]),
    ("وغمرت مياه نهر جيحون عشرات القرى.", [("جيحون", "LOC", None)], []),
    ("وعبر المهربون نهرا يفصل بين البلدين، ثم ساروا إلى نهر يمر قرب القرية.", [], ["يفصل", "يمر"]),
    ("وقال الدكتور محمد أبو سلمية مدير المستشفى إن الوقود نفد.",
     [("محمد أبو سلمية", "PER", None)], ["محمد أبو سلمية مدير"]),
    ("وطرح بنك فلسطين قروضا ميسرة للمتضررين.", [("بنك فلسطين", "ORG", "Bank of Palestine")], ["فلسطين"]),
]


@pytest.mark.parametrize("text,must,forbidden", CASES_R7)
def test_rivers_roles_banks(gaz, text, must, forbidden):
    test_general_entities(gaz, text, must, forbidden)


# a verb after a facility head names nothing (by its shape: a short imperfect, a تفعّلت perfect); a
# و-noun after an organisation noun opens no name; Lebanon's security directorates by their full names
CASES_R8 = [
    ("وأكد الناطق أن مدرسة تحولت إلى مركز إيواء تعرضت للقصف.", [], ["مدرسة تحولت"]),
    ("وقالت مدرّسة تقيم في المخيم منذ سنوات إن الطلاب غادروا.", [], ["مدرّسة تقيم"]),
    ("ووقعت أكثر من 50 منظمة وشخصية عربية على البيان.", [], ["منظمة وشخصية"]),
    # a civil body, or a quoted one, is named by two adjectives alone; a force is not
    ("واستهدفت غارة مركزا لـ«الهيئة الصحية الإسلامية» في البلدة، وقالت الرابطة الطبية الأوروبية إنها قلقة.",
     [("الهيئة الصحية الإسلامية", "ORG", "Islamic Health Committee")], []),
    ("وانتشرت القوة الأمنية المشتركة في شوارع المدينة.", [], ["القوة الأمنية المشتركة"]),
    ("وأوقفت المديرية العامة للأمن العام ثلاثة أشخاص، ثم أعلن الأمن العام ترحيلهم.",
     [("المديرية العامة للأمن العام", "ORG", "General Directorate of General Security (Lebanon)"),
      ("الأمن العام", "ORG", "General Directorate of General Security (Lebanon)")], []),
]


@pytest.mark.parametrize("text,must,forbidden", CASES_R8)
def test_verbs_after_heads_and_security_bodies(gaz, text, must, forbidden):
    test_general_entities(gaz, text, must, forbidden)


# a person named in full is later called by the family name alone: after a title, before نفسه, beside
# another person in a و-list, or anywhere when the name is distinctive (no given name, no word); a
# family name that is a common word needs a cue. A list of people after a role plural ("الوزراء
# السابقين X وY"). Outlets by their statement noun (في تصريح لـX), by the article's country when
# several countries' outlets share a name, and named like a place only after a media noun.
CASES_R9 = [
    ("وأصدر القاضي فادي صوان قرارا بتوقيف المدير، ثم استدعى المحقق العدلي صوان الشهود.",
     [("فادي صوان", "PER", None), ("صوان", "PER", None)], []),
    ("واستجوب المحقق رياض سلامة أمس، وقال محامي الدفاع إن جلسة أخرى ستعقد مع سلامة نفسه.",
     [("سلامة", "PER", None)], []),
    ("وكان النائب ميشال معوض قد زار دمشق، وأثارت زيارة معوض جدلا واسعا.",
     [("ميشال معوض", "PER", None), ("معوض", "PER", "Michel Moawad")], []),
    ("وقال الخبير محمد البحر إن الموج مرتفع، وحذر الصيادين من نزول البحر هذه الأيام.",
     [("محمد البحر", "PER", None)], ["البحر"]),
    ("وادعت النيابة على الوزراء السابقين علي حسن خليل وغازي زعيتر ونهاد المشنوق، وطلبت استجواب خليل وزعيتر.",
     [("علي حسن خليل", "PER", "Ali Hassan Khalil"), ("غازي زعيتر", "PER", None), ("نهاد المشنوق", "PER", None),
      ("خليل", "PER", "Ali Hassan Khalil"), ("زعيتر", "PER", None)], []),
    ("وأفرجت السلطات عن الناشطين أحمد سعيد وخالد العمري بعد أسبوع من توقيفهما.",
     [("أحمد سعيد", "PER", None), ("خالد العمري", "PER", None)], []),
    ("وقال الوزراء إن الحكومة ستجتمع غدا لبحث الموازنة.", [], ["الحكومة ستجتمع"]),
    ("وأوضح رئيس البلدية، في تصريح لموزاييك، أن المياه غمرت الطريق.",
     [("موزاييك", "ORG", "Mosaique FM")], []),
    ("وقال مصدر في الحماية المدنية لـ«الشروق» إن النيران امتدت إلى قرى ولاية بجاية.",
     [("الشروق", "ORG", "Echorouk")], []),
    ("وقالت مصادر مصرية لـ«الشروق» إن معبر رفح سيفتح غدا أمام المسافرين إلى القاهرة والعريش.",
     [("الشروق", "ORG", "Al-Shorouk")], []),
    ("وذكرت صحيفة الرياض أن الأمطار أغلقت طرقا في العاصمة.", [("الرياض", "ORG", "Al Riyadh (newspaper)")], []),
    ("وقال مصدر في الحماية المدنية لـ«الشروق» إن النيران امتدت إلى قرى ولاية بجاية.",
     [("الحماية المدنية", "ORG", "Algerian Civil Protection (Directorate General of Civil Protection)")], []),
    ("وقالت الرياض إنها ترحب بالاتفاق.", [], []),
    ("ونقلت وكالة الأنباء الإسبانية عن الشرطة أن المهاجرين عبروا السياج.", [], ["الأنباء"]),
    ("وقال شاهد عيان لقناة الجزيرة مباشر إن القصف طال المخبز، فيما أوردت قناة الأقصى أسماء الضحايا.",
     [("الجزيرة مباشر", "ORG", "Al Jazeera Mubasher"), ("الأقصى", "ORG", "Al-Aqsa TV")], []),
    ("وقال المصلون إن المستوطنين اقتحموا الأقصى صباح اليوم.", [("الأقصى", "LOC", None)], []),
    ("وأفادت وكالة أنباء الشرق الأوسط بأن الرئيس استقبل الوفد.",
     [("وكالة أنباء الشرق الأوسط", "ORG", "Middle East News Agency (MENA)")], []),
]


@pytest.mark.parametrize("text,must,forbidden", CASES_R9)
def test_surnames_lists_and_outlets(gaz, text, must, forbidden):
    test_general_entities(gaz, text, must, forbidden)


def test_capital_of_riyadh_is_no_outlet(gaz):
    """"وقالت الرياض": the Saudi capital (metonymy for its government), never the daily."""
    ents = run(gaz, "وقالت الرياض إنها ترحب بالاتفاق.")
    assert all(e.id != "al-riyadh-newspaper" for e in ents)


# "عمّان" (Amman) and "عمان" (Oman) differ by a shadda that normalisation drops: the original text's
# shadda, a cue nearby, a list of Gulf states or the article's country decide
SHADDA = [
    ("وصل الوفد الفلسطيني إلى عمّان مساء أمس.", "Amman"),
    ("وتضم المنظومة السعودية والإمارات وقطر والكويت والبحرين وعمان.", "Oman"),
    ("واستقبل الملك في عمان الرئيس الفلسطيني، وقالت الحكومة الأردنية إن اللقاء بحث التهدئة.", "Amman"),
    ("وتوسطت عمان بين الطرفين، وأعلنت سلطنة عمان استضافة جولة جديدة من المحادثات في مسقط.", "Oman"),
]


@pytest.mark.parametrize("text,en", SHADDA)
def test_amman_or_oman(gaz, text, en):
    got = [e for e in run(gaz, text) if e.text in ("عمان", "عمّان", "وعمان")]
    assert got and all(e.name_en == en for e in got), [(e.text, e.name_en) for e in got]



# a body named without its country takes the country of the nearest mention in its sentence (a state
# body, a place, a person; or a nationality adjective of a state noun) before the article's main one
NEAR_COUNTRY = [
    ("قصفت الطائرات مواقع في ريف درعا وقرب دمشق. وقال مصدر في القيادة العامة للقوات المسلحة الأردنية إن قوات "
     "حرس الحدود أحبطت محاولة تهريب.", "قوات حرس الحدود", "Jordanian Border Guard Forces"),
    ("وتواصلت الاشتباكات في حلب وإدلب وحماة. وفي بيروت، أعلنت وزارة الداخلية ترحيل عشرات السوريين.",
     "وزارة الداخلية", "Lebanese"),
    ("وقال رئيس الهيئة العامة للاستعلامات إن معبر رفح لم يغلق من الجانب المصري.",
     "الهيئة العامة للاستعلامات", "State Information Service (Egypt)"),
]


@pytest.mark.parametrize("text,surface,en", NEAR_COUNTRY)
def test_body_country_from_its_sentence(gaz, text, surface, en):
    got = {e.text: e for e in run(gaz, text)}
    assert surface in got, list(got)
    assert en in got[surface].name_en, got[surface].name_en


# places the press names often: their English names as the English-language press writes them
# (data place_titles.yaml), and a spelling shared by places of several countries read as the article's
# country's (Sousse in Tunisia, Susa in Libya)
PLACE_NAMES = [
    ("وسيطرت القوات العراقية على قضاء الشرقاط في محافظة صلاح الدين.", "الشرقاط", "Shirqat"),
    ("وقالت الشرطة التونسية إن الهجوم وقع في مدينة سوسة الساحلية. وأعلن الرئيس التونسي الحداد.", "سوسة", "Sousse"),
    ("اقتحمت القوات الإسرائيلية مخيم جنين فجر اليوم.", "مخيم جنين", "Jenin refugee camp"),
]


@pytest.mark.parametrize("text,surface,en", PLACE_NAMES)
def test_place_names_as_the_press_writes_them(gaz, text, surface, en):
    _assert_named(gaz, text, surface, en)


# round 5: a ministry named with its country's adjective is written adjective first, in all its
# mentions; named without it, the title form says the country
MINISTRIES = [
    ("وأعلنت وزارة الصحة السودانية ارتفاع عدد الوفيات. وقالت الوزارة إن فرقها تعمل.",
     [("وزارة الصحة السودانية", "Sudanese Ministry of Health"), ("الوزارة", "Sudanese Ministry of Health")]),
    ("وأدانت وزارة الخارجية المصرية القصف في بيان.", [("وزارة الخارجية المصرية", "Egyptian Ministry of Foreign Affairs")]),
    ("وقالت وزارة الداخلية في الكويت إن الدوريات انتشرت في الشوارع.",
     [("وزارة الداخلية", "Kuwaiti Ministry of Interior")]),
]


@pytest.mark.parametrize("text,expected", MINISTRIES)
def test_ministry_named_with_its_adjective(gaz, text, expected):
    got = {e.text: e.name_en for e in run(gaz, text)}
    for surface, en in expected:
        assert got.get(surface) == en, (surface, got)


# round 5: places the gazetteer lacks whose words are common words: their vowels as the press spells
# them; a masculine -ي word after a feminine classifier is a name, not an adjective
UNKNOWN_PLACES = [
    ("ونقل المصابون إلى مستشفى العودة في مدينة رفح.", "مستشفى العودة", "Al-Awda Hospital"),
    ("واندلعت اشتباكات في حي الفردوس شرقي المدينة.", "الفردوس", "Al-Firdaws"),
    ("وسقطت قذيفة على مدرسة في حي الثورة.", "الثورة", "Al-Thawra"),
    ("وقتل راع بانفجار لغم قرب قرية كوركي التابعة لقضاء زاخو.", "كوركي", None),
    ("وأصيب شاب برصاص القوات في حارة الدمج داخل المخيم.", "الدمج", None),
]


@pytest.mark.parametrize("text,surface,en", UNKNOWN_PLACES)
def test_unknown_places_spelt_and_found(gaz, text, surface, en):
    _assert_named(gaz, text, surface, en, "LOC")


@pytest.mark.parametrize("text,word", [
    ("وتجاوزت الحرارة أربعين درجة في مدينة شمالي البلاد.", "شمالي"),
    ("وكانت المياه حارة جدا في الصيف.", "حارة"),
])
def test_no_place_from_compass_or_adjective(gaz, text, word):
    assert all(word not in e.text for e in run(gaz, text))


# round 5: bodies built from their parts: a state's own security council (not the UN's), a city's
# university (an ORG, "University of <city>"), a city's fire brigade, a battalion named after its town,
# a city's metro; the PKK under its Kurdish spelling and its short form; آدم is Adam everywhere
BODIES_ROUND5 = [
    ("وعقد مجلس الأمن القومي العراقي اجتماعا برئاسة رئيس الوزراء.",
     [("مجلس الأمن القومي العراقي", "ORG", "National Security Council (Iraq)")], ["مجلس الأمن"]),
    ("وتظاهر طلاب جامعة دمشق أمام مبنى الرئاسة.", [("جامعة دمشق", "ORG", "University of Damascus")], []),
    ("وقال أستاذ في جامعة الأزهر إن القرار مفاجئ.", [("جامعة الأزهر", "ORG", None)], []),
    ("وهرعت سيارات فوج إطفاء طرابلس إلى موقع الحريق.", [("فوج إطفاء طرابلس", "ORG", "Tripoli Fire Brigade")], []),
    ("وتبنت كتيبة نابلس الهجوم على الحاجز العسكري.", [("كتيبة نابلس", "ORG", "Nablus Battalion")], []),
    ("وتوقفت خدمة مترو الرياض بسبب الأمطار.", [("مترو الرياض", "LOC", "Riyadh Metro")], []),
    ("وقصفت المسيرات مواقع حزب العمال الكوردستاني في قنديل، واتهمت أنقرة حزب العمال بالهجوم.",
     [("حزب العمال الكوردستاني", "ORG", "Kurdistan Workers' Party (PKK)"),
      ("حزب العمال", "ORG", "Kurdistan Workers' Party (PKK)")], []),
]


@pytest.mark.parametrize("text,must,forbidden", BODIES_ROUND5)
def test_bodies_round5(gaz, text, must, forbidden):
    ents = run(gaz, text)
    got = {e.text: e for e in ents}
    for surface, typ, en in must:
        assert surface in got, (surface, list(got))
        assert got[surface].type == typ, (surface, got[surface].type)
        if en is not None:
            assert got[surface].name_en == en, (surface, got[surface].name_en)
    for surface in forbidden:
        assert surface not in got, surface


def test_adam_is_adam_in_somalia(gaz):
    text = "وقال وزير الصحة الصومالي علي حاجي آدم إن مستشفيات مقديشو استقبلت الجرحى."
    got = {e.text: e.name_en for e in run(gaz, text)}
    assert any("Adam" in (en or "") for s, en in got.items() if "آدم" in s), got


# round 5: a quoted name after its head is the gazetteer's "head + name"; a quoted name after a
# movement/bloc/forces noun is a body; a definite nisba-form country after a word it completes
# ("بقيادة السعودية") is the country, not an adjective, and no "command"; UNRWA is "the agency"
QUOTED_AND_COUNTRY = [
    ("وخرج أنصار حركة «أمل» إلى الشوارع في صور.", [("أمل", "ORG", "Amal Movement")], ["حركة"]),
    ("وقال نائب عن كتلة \"التنمية والتحرير\" إن الجلسة أرجئت.",
     [("التنمية والتحرير", "ORG", None)], []),
    ("وشاركت وحدات من قوات \"الصاعقة\" في تمشيط المنطقة.", [("الصاعقة", "ORG", None)], []),
    ("وشنت طائرات التحالف بقيادة السعودية غارات على صعدة.", [("السعودية", "LOC", "Saudi Arabia")],
     ["قيادة السعودية", "بقيادة السعودية"]),
    ("وأغلقت الأونروا ثلاث مدارس في المخيم، وقالت الوكالة إن القصف طال إحداها.",
     [("الوكالة", "ORG", "UNRWA")], []),
]


@pytest.mark.parametrize("text,must,forbidden", QUOTED_AND_COUNTRY)
def test_quoted_names_and_countries(gaz, text, must, forbidden):
    ents = run(gaz, text)
    got = {e.text: e for e in ents}
    for surface, typ, en in must:
        assert surface in got, (surface, list(got))
        assert got[surface].type == typ, (surface, got[surface].type)
        if en is not None:
            assert got[surface].name_en == en, (surface, got[surface].name_en)
    for surface in forbidden:
        assert surface not in got, surface


# round 5: an unknown person's name is spelt in the usage of the country of the role right before it
# (a nationality adjective, a body or place of that country), before the article's main country
ROLE_COUNTRY = [
    ("وفي غزة، قال المتحدث باسم الجيش السوداني العميد نبيل عبد الله إن قواته صدت الهجوم.", "نبيل عبد الله",
     "Nabil Abdallah"),
    ("وشهدت رفح قصفا عنيفا، وتفقد محافظ شمال سيناء اللواء محمد عبد الحليم المعبر.", "محمد عبد الحليم",
     "Mohamed Abdel Halim"),
    ("وقال المتحدث باسم الدفاع المدني السوري محمد الأحمد إن فرقه انتشلت الجثث.", "محمد الأحمد",
     "Mohammad al-Ahmad"),
]


@pytest.mark.parametrize("text,surface,en", ROLE_COUNTRY)
def test_person_spelt_as_the_role_country(gaz, text, surface, en):
    got = {e.text: e.name_en for e in run(gaz, text)}
    assert got.get(surface) == en, got


# round 5: a gendarmerie named alone is its country's (the Francophone countries' "National
# Gendarmerie"); "X التابع للأمم المتحدة" is two bodies; an indefinite accusative takes a nisba as its
# adjective ("أعلاما روسية"); "غير" (not) opens no name, even after "أمر" (also the title آمر)
MORE_ROUND5 = [
    ("وهاجم مسلحون ثكنة للدرك شمال باماكو عاصمة مالي.", [("للدرك", "ORG", "Malian National Gendarmerie")], []),
    ("وأعلن الدرك الوطني الجزائري حجز كميات من المخدرات.",
     [("الدرك الوطني الجزائري", "ORG", "Algerian National Gendarmerie")], []),
    ("ودعا مجلس الأمن التابع للأمم المتحدة إلى وقف القتال.",
     [("مجلس الأمن", "ORG", "UN Security Council (United Nations Security Council)"), ("للأمم المتحدة", "ORG", "United Nations")], []),
    ("ورفع المتظاهرون أعلاما تركية وصورا للرئيس.", [], ["تركية"]),
    ("وقال البيان إن قصف المنازل أمر غير مقبول ويشكل خرقا للهدنة.", [], ["غير مقبول", "غير مقبول ويشكل"]),
]


@pytest.mark.parametrize("text,must,forbidden", MORE_ROUND5)
def test_more_round5(gaz, text, must, forbidden):
    ents = run(gaz, text)
    got = {e.text: e for e in ents}
    for surface, typ, en in must:
        assert surface in got, (surface, list(got))
        assert got[surface].type == typ, (surface, got[surface].type)
        if en is not None:
            assert got[surface].name_en == en, (surface, got[surface].name_en)
    for surface in forbidden:
        assert surface not in got, surface


# round 5: Iraq, Yemen and the Gulf write ض/ظ "dh" in places the gazetteer lacks
@pytest.mark.parametrize("text,surface", [
    ("وقصفت الطائرات المسيرة قرية الضليعة في محافظة مأرب اليمنية.", "الضليعة"),
    ("وقتل شرطيان في هجوم على ناحية الظفيرة شمالي بغداد.", "الظفيرة"),
])
def test_dh_for_dad_in_iraq_and_the_gulf(gaz, text, surface):
    got = {e.text: e.name_en for e in run(gaz, text)}
    assert "Dh" in (got.get(surface) or ""), got


# round 5: a given name spelled like a nisba ("تركي") after a title and before a family name; a
# generated place spelled like a foreign given name needs a place cue ("آموس" Imus / Amos)
@pytest.mark.parametrize("text,surface,en", [
    ("وأكد المتحدث باسم القوات السعودية العميد تركي العتيبي أن الدفاعات اعترضت الصاروخ.", "تركي العتيبي",
     "Turki al-Otaibi"),
    ("وقال الموفد الأميركي آموس هوكستين إن المحادثات مستمرة.", "آموس هوكستين", "Amos Hochstein"),
    ("وزار الوفد مدينة آموس في الفلبين.", "آموس", "Imus"),
])
def test_nisba_given_name_and_given_name_places(gaz, text, surface, en):
    got = {e.text: e.name_en for e in run(gaz, text)}
    assert got.get(surface) == en, got


def test_given_name_place_needs_a_cue(gaz):
    ents = run(gaz, "وقال ماكس إن الوفد سيصل غدا.")
    assert all(e.type != "LOC" for e in ents), ents


# round 5: a gazetteer person's family name after another given name is another person (spelt as the
# known person spells the family name); a given name with a proclitic-like first letter is no place
# ("كريمة" is not ك + Raymah); "رفقة" (with) ends a name
@pytest.mark.parametrize("text,surface,en", [
    ("وقال جيمس غريفيث، وهو باحث بريطاني، إن الأزمة ستطول.", "جيمس غريفيث", "James Griffiths"),
    ("وتوجه الوالي محمد سعيد رفقة المدير العام إلى الموقع.", "محمد سعيد", None),
])
def test_other_person_same_family_name(gaz, text, surface, en):
    _assert_named(gaz, text, surface, en, "PER")


def test_given_name_is_no_proclitic_place(gaz):
    ents = run(gaz, "واستقبل الوزير السفيرة كريمة بنعلي في مكتبه.")
    assert all(e.name_en != "Raymah" for e in ents), ents


# round 5: "الوزارة" after a minister is the minister's ministry (of the adjective after the portfolio,
# else of the article's country), unless a ministry was named since
@pytest.mark.parametrize("text,en", [
    ("وأعلنت وزارة الداخلية العراقية اعتقال خلية. والتقى وزير النفط العراقي وفدا من الشركات، وأكد أن الوزارة ستطرح جولة تراخيص جديدة.",
     "Iraqi Ministry of Oil"),
    ("وتفقد وزير الصحة الأردني مستشفى البشير، وقال إن الوزارة رفعت جاهزيتها.", "Jordanian Ministry of Health"),
])
def test_ministry_of_the_minister(gaz, text, en):
    got = [e.name_en for e in run(gaz, text) if e.text == "الوزارة"]
    assert got == [en], got


# round 5: the diminutive shape of place names (فُعَيْلة) read with its vowels; common words of that
# shape keep theirs
@pytest.mark.parametrize("text,surface,en", [
    ("وسقطت قذيفة على قرية الشجيرة في ريف المحافظة.", "الشجيرة", "Al-Shujayra"),
    ("ونزح السكان من قرية الكبيرة إلى المدينة.", "الكبيرة", "Al-Kabira"),
])
def test_diminutive_place_names(gaz, text, surface, en):
    got = {e.text: e.name_en for e in run(gaz, text)}
    assert got.get(surface) == en, got


# round 5: an unknown place of an indefinite word and its genitive ("قرية بستان الباشا", and after a
# weak classifier as the first item of a list); not an agreeing adjective, a participle or a party of
# the conflict ("مناطق سيطرة النظام")
CONSTRUCT_PLACES = [
    ("وسيطرت الفصائل على قرية تل الزعتر شرقي المدينة.", [("تل الزعتر", "LOC", None)], []),
    ("واجتاحت النيران قرى حرف العواميد والبيضا وعين العرب.", [("حرف العواميد", "LOC", None)], []),
    ("وقصفت المدفعية مناطق سيطرة النظام والفصائل في الريف الغربي.", [], ["سيطرة النظام", "الفصائل"]),
    ("وقتل شخص قرب قرية زوركي التابعة لقضاء زاخو.", [("زوركي", "LOC", None)], ["زوركي التابعة"]),
]


@pytest.mark.parametrize("text,must,forbidden", CONSTRUCT_PLACES)
def test_construct_places(gaz, text, must, forbidden):
    ents = run(gaz, text)
    got = {e.text: e for e in ents}
    for surface, typ, en in must:
        assert surface in got, (surface, list(got))
        assert got[surface].type == typ
    for surface in forbidden:
        assert surface not in got, surface


# round 5: a family name of بن + a name after a given name and a definite one ("محمد الهادي بن سالم"),
# not "بن" + a kinship word
@pytest.mark.parametrize("text,surface", [
    ("وقال الصياد محمد الطاهر بن عمر لإذاعة محلية إن القارب غرق.", "محمد الطاهر بن عمر"),
    ("وقال العقيد علي الأحمد بن عمه إن الموكب تعرض لكمين.", "علي الأحمد"),
])
def test_ben_family_name(gaz, text, surface):
    got = [e.text for e in run(gaz, text) if e.type == "PER"]
    assert got and got[0] == surface, got


# round 5: "الجيش" alone that no army named before explains is the army of the country its sentence
# names (else the article's); none when no country is named
@pytest.mark.parametrize("text,en", [
    ("وأعلنت نيروبي نشر وحدات من الجيش على الحدود مع جارتها.", "Kenyan Army"),
    ("وقال المتظاهرون إن الجيش والشعب يد واحدة.", None),
])
def test_lone_army_of_the_sentence_country(gaz, text, en):
    got = [e.name_en for e in run(gaz, text) if e.text == "الجيش"]
    assert got == ([en] if en else []), got


# round 5: Iranian places of the strikes and nuclear news; Abadan also written آبادان (not Nigeria's Ibadan)
@pytest.mark.parametrize("text,surface,en", [
    ("وأفادت وسائل إعلام إيرانية بسماع انفجارات قرب منشأة فوردو.", "فوردو", "Fordow"),
    ("واندلع حريق في مصفاة النفط بمدينة آبادان جنوب غرب إيران.", "آبادان", "Abadan"),
])
def test_iran_places(gaz, text, surface, en):
    got = {e.text: e.name_en for e in run(gaz, text)}
    assert got.get(surface) == en, got



# round 6: name parts the romanizer spells otherwise than the press (an added vowel, a doubled
# letter, its rarer variant), Turkish given names in Turkish news, Somali "Abdi-" names
@pytest.mark.parametrize("arabic,country,en", [
    ("سامي البحر", "yemen", "Sami al-Bahr"),
    ("خالد الفراية", "jordan", "Khaled al-Faraya"),
    ("حسين الحائري", "iraq", "Hussein al-Haeri"),
    ("خضر عدنان", "syria", "Khodr Adnan"),
    ("صفوان الأحمد", "lebanon", "Safwan al-Ahmad"),
    ("مراد أوزجان", "turkey", "Murat "),
    ("محمد يلماز", "turkey", "Mehmet "),
    ("أحمد دمير", "turkey", "Ahmet "),
    ("عبد الرحمن آدم", "somalia", "Abdirahman Adam"),
    ("محمد آدم", "sudan", "Mohamed Adam"),
])
def test_press_spelling_of_name_parts(gaz, arabic, country, en):
    got = person_en(gaz, arabic, country)
    assert got is not None and got.startswith(en), got


# round 6: "عبد" + a divine name is a given (father's) name, and the family name after it belongs to
# the person; "أبو" + a definite word is itself the family name
@pytest.mark.parametrize("text,surface", [
    ("وأعلن اللواء سامي عبد الرحيم نصار، محافظ الإسماعيلية، افتتاح المستشفى.", "سامي عبد الرحيم نصار"),
    ("وقال المهندس عادل عبد الكريم الشمري، مدير الموارد المائية، إن السد آمن.", "عادل عبد الكريم الشمري"),
    ("وقال الخبير هشام أبو الفتوح إن الأسعار سترتفع.", "هشام أبو الفتوح"),
    ("وقال الوزير محمد عبد الله إن الوفد وصل.", "محمد عبد الله"),
])
def test_family_name_after_abd_unit(gaz, text, surface):
    got = [e.text for e in run(gaz, text) if e.type == "PER"]
    assert got and got[0] == surface, got


# round 6: "علي" between a given name and another name part is the name Ali, not the preposition
# "على" (folded alike); before a common noun it stays a preposition
@pytest.mark.parametrize("text,surface", [
    ("وشيّع الأهالي الشاب رامي علي يوسف في بلدته الجنوبية.", "رامي علي يوسف"),
    ("وقال المزارع سامر علي حسن إن الحريق أتى على أرضه.", "سامر علي حسن"),
    ("وحصل أحمد على منحة لإكمال دراسته.", None),
])
def test_ali_inside_a_name(gaz, text, surface):
    got = [e.text for e in run(gaz, text) if e.type == "PER"]
    assert (got[0] if got else None) == surface, got


# round 6: a town's name right after a titled person's given names is the family name; a city
# there stays a place
@pytest.mark.parametrize("text,surface,place", [
    ("وقال محافظ ريف دمشق اللواء سامر خالد قطنا إن الطرق أعيد فتحها.", "سامر خالد قطنا", None),
    ("وزار الوزير خالد سامر حلب لتفقد المشاريع.", "خالد سامر", "حلب"),
])
def test_town_as_family_name(gaz, text, surface, place):
    ents = run(gaz, text)
    pers = [e.text for e in ents if e.type == "PER"]
    locs = [e.text for e in ents if e.type == "LOC"]
    assert pers and pers[0] == surface, pers
    assert place is None or place in locs, locs


# round 6: the "أبو X" family name as the romanizer reads it inside the whole name
@pytest.mark.parametrize("arabic,country,en", [
    ("نبيل أبو ردينة", "palestine", "Nabil Abu Rudeineh"),
    ("خليل أبو شمالة", "palestine", "Khalil Abu Shamala"),
    ("أبو فهد العنزي", "kuwait", "Abu Fah"),
])
def test_kunya_family_name(gaz, arabic, country, en):
    got = person_en(gaz, arabic, country)
    assert got is not None and got.startswith(en), got


# round 6: a vowel the romanizer dropped from an opening cluster ("al-Dkhili"), "Tawfik", and
# "أبو ال..." family names from the romanizer's whole-name "Aboul X" / "Abou al-X"
@pytest.mark.parametrize("arabic,country,en", [
    ("سعد الدخيلي", "iraq", "Saad al-Dakhili"),
    ("توفيق العبيدي", "iraq", "Tawfik al-Obeidi"),
    ("مجدي أبو الفتوح", "egypt", "Magdy Abu al-Fotouh"),
    ("مصطفى أبو الفتوح", "egypt", "Mostafa Abu al-Fotouh"),
])
def test_romanizer_slips_mended(gaz, arabic, country, en):
    got = person_en(gaz, arabic, country)
    assert got is not None and got.endswith(en.split(" ", 1)[1]), got


# round 6: a person "from the neighbourhood/town X" where X is also a foreign city or province is
# spelt as the article's country, not X's
@pytest.mark.parametrize("text,surface,en", [
    ("وتجددت المعارك في أم درمان. وقال محمد آدم، وهو من سكان حي دار السلام، إن منزله تضرر.",
     "محمد آدم", "Mohamed Adam"),
    ("وتواصلت الاغتيالات في درعا. وقال أحمد الزعبي، وهو من سكان بلدة الجيزة، إن الخوف يسود.",
     "أحمد الزعبي", "Ahmad "),
])
def test_person_country_not_from_a_foreign_homograph(gaz, text, surface, en):
    got = {e.text: e.name_en for e in run(gaz, text)}
    assert got.get(surface, "").startswith(en), got


# round 6: francophone Sahel spellings of the commonest parts; an Arab "عبد X" inside a foreign name
@pytest.mark.parametrize("arabic,country,en", [
    ("عبد الله كوليبالي", "mali", "Abdoulaye "),
    ("عمر تشياني", "niger", "Oumar Tchiani"),
    ("عثمان سونكو", "senegal", "Ousmane "),
])
def test_sahel_spellings(gaz, arabic, country, en):
    got = person_en(gaz, arabic, country)
    assert got is not None and got.startswith(en), got


def test_abd_unit_inside_a_foreign_name(gaz):
    from generator.nlp.entities import foreign_en
    got = foreign_en(gaz, "أمادو عبد الكريم")
    assert got.startswith("Amadou Abd"), got
    assert "Bd " not in got, got


# round 6: a given name that is also a word ("سالم" safe) + a definite family name, as the subject
# right after a speech verb and before a pause
@pytest.mark.parametrize("text,surface", [
    ("وقال سالم المهيري، وهو صاحب متجر في الحي، إن البضائع تلفت.", "سالم المهيري"),
    ("وقالت أمل الزعبي، والدة أحد المصابين، إن ابنها نقل إلى المستشفى.", "أمل الزعبي"),
    ("وقال صالح العام، إن الأمور بخير.", None),
])
def test_ambiguous_given_name_after_speech_verb(gaz, text, surface):
    got = [e.text for e in run(gaz, text) if e.type == "PER"]
    assert (got[0] if got else None) == surface, got


# round 6: a first name the lists lack but the romanizer's index counts as one, as the subject of a
# speech verb with one more name word before a pause; not a source noun ("مصدر أمني")
@pytest.mark.parametrize("text,surface", [
    ("وقالت ميسون يونس، وهي معلمة نزحت مع أطفالها، إن المدرسة صارت ملجأ.", "ميسون يونس"),
    ("وقال مصدر أمني، إن المهاجمين فروا.", None),
    ("وقال شهود عيان، إن الطائرات حلقت فوق المدينة.", None),
])
def test_counted_given_name_after_speech_verb(gaz, text, surface):
    got = [e.text for e in run(gaz, text) if e.type == "PER"]
    assert (got[0] if got else None) == surface, got


# round 7: English names as the English-language press writes them. A ministry takes its country's
# adjective first, named bare or with it; a self-governing place's takes the place's name; one
# framing of an actor is written apart from another of the same id; place endings by country.
ROUND7_NAMES = [
    ("أعلنت وزارة الداخلية المغربية أن فرق الإغاثة وصلت إلى القرى المعزولة في إقليم الحوز.",
     "وزارة الداخلية المغربية", "Moroccan Ministry of Interior"),
    ("وفي الرباط، قالت وزارة التربية الوطنية إن الدراسة ستستأنف الأسبوع المقبل في المدارس المغربية.",
     "وزارة التربية الوطنية", "Moroccan Ministry of National Education"),
    ("وقالت وزارة الصحة في إقليم كردستان إن المستشفيات استقبلت الجرحى.",
     "وزارة الصحة", "Kurdistan Region Ministry of Health"),
    ("قالت وزارة الصحة الفلسطينية إن شابا أصيب برصاص الاحتلال في نابلس بالضفة الغربية.",
     "وزارة الصحة الفلسطينية", "Palestinian Ministry of Health"),
    ("وقالت وزارة الصحة الفلسطينية إن القصف على خان يونس في قطاع غزة أوقع قتلى.",
     "وزارة الصحة الفلسطينية", "Gaza Ministry of Health"),
    ("وداهمت قوات الاحتلال منازل في مخيم بلاطة شرق نابلس.", "قوات الاحتلال", "Israeli forces"),
    ("وحمّل المتحدث حكومة الاحتلال المسؤولية عن التصعيد.", "حكومة الاحتلال", "Israeli government"),
    ("وقصف جيش العدو بلدة في جنوب لبنان.", "جيش العدو", "Israeli army"),
    ("ودعت الحكومة الأردنية مجلس الأمن الدولي إلى التحرك.", "مجلس الأمن الدولي", "UN Security Council"),
    ("واستقبل العاهل الضيوف في القصر الملكي بعمان.", "القصر الملكي", None),
    ("وسقطت قذيفة قرب القصر الجمهوري في الخرطوم.", "القصر الجمهوري", "Republican Palace (Khartoum)"),
    ("وقال مصدر عسكري أردني إن المنطقة العسكرية الشمالية أحبطت محاولة تسلل من سوريا إلى الأردن.",
     "المنطقة العسكرية الشمالية", "Northern Military Region (Jordan)"),
    ("ونفذت طائرات تابعة للقوة الجوية العراقية غارات على مواقع للتنظيم.", "للقوة الجوية العراقية", "Iraqi Air Force"),
    ("وبررت الحكومة الضربة بحق الدفاع عن النفس وفق المادة 51 من ميثاق الأمم المتحدة.", "ميثاق الأمم المتحدة",
     "Charter of the United Nations"),
    ("ونزحت 300 أسرة من مديريات مأرب، وفقا للوحدة التنفيذية لإدارة مخيمات النازحين.",
     "للوحدة التنفيذية لإدارة مخيمات النازحين", "Executive Unit for IDP Camps (Yemen)"),
    ("وقال وزير الداخلية إبراهيم مراد إن الدولة ستعوض المتضررين من الحرائق.", "إبراهيم مراد", "Brahim Merad"),
    ("وقالت وزارة الخارجية الفرنسية إن السفارة علقت خدماتها.", "وزارة الخارجية الفرنسية",
     "French Ministry for Europe and Foreign Affairs"),
    # a generated place name takes its country's press ending: Omani "-ah", Syrian "-iyah"
    ("وغمرت السيول منازل في ولاية الخابورة بسلطنة عمان.", "الخابورة", "Al Khaburah"),
    ("وسقطت قذيفة على بلدة القحطانية في ريف الحسكة بسوريا.", "القحطانية", "Al-Qahtaniyah"),
    # institutions translated from their parts: the head's adjective after its place or name
    ("ونقل المصابون إلى مستشفى نابلس الحكومي لتلقي العلاج.", "مستشفى نابلس الحكومي", "Nablus Government Hospital"),
    ("وأعلن مجلس منبج العسكري أنه صد هجوما على قرية في الريف الغربي.", "مجلس منبج العسكري", "Manbij Military Council"),
    ("وقال مصدر في قيادة شرطة البصرة إن دورية تعرضت لإطلاق نار.", "قيادة شرطة البصرة", "Basra Police Command"),
    # a plural facility head: each named hospital, or a city's hospitals (the city stays a place)
    ("ونقل الجرحى إلى مستشفيات الأمل والزهراء في المدينة.", "الزهراء", "Al-Zahraa Hospital"),
    ("وامتلأت مستشفيات الموصل بالجرحى بعد الانفجار.", "الموصل", "Mosul"),
    ("وفر آلاف النازحين إلى مخيم كلمة في جنوب دارفور.", "كلمة", None),
    # bodies, regions and places of the countries the gazetteer was thin on
    ("وأدانت حكومة إقليم كوردستان القصف الذي طال قرى حدودية.", "حكومة إقليم كوردستان", "Kurdistan Regional Government"),
    ("وقالت الإدارة الذاتية لشمال وشرق سوريا إن الهجمات طالت محطات الكهرباء.",
     "الإدارة الذاتية لشمال وشرق سوريا", "Autonomous Administration of North and East Syria"),
    ("واستهدفت المسيرات مقرا للحزب الديمقراطي الكردستاني الإيراني قرب أربيل.",
     "للحزب الديمقراطي الكردستاني الإيراني", "Democratic Party of Iranian Kurdistan"),
    ("وتوقعت الأرصاد هطول أمطار غزيرة على منطقة مكة المكرمة حتى الجمعة.", "منطقة مكة المكرمة", "Makkah Region"),
    ("وامتدت السيول إلى ولايات في محافظة شمال الباطنة.", "شمال الباطنة", "North Al Batinah"),
    ("وأعلنت شرطة عمان السلطانية انتشال جثة طفل.", "شرطة عمان السلطانية", "Royal Oman Police"),
    ("وقالت وزارة الصحة والسكان إن 30 سيارة إسعاف نقلت المصابين من موقع حادث القطار في المنيا بمصر.",
     "وزارة الصحة والسكان", "Egyptian Ministry of Health and Population"),
    ("وأعلنت الهيئة القومية لسكك حديد مصر توقف حركة القطارات.", "الهيئة القومية لسكك حديد مصر", "Egyptian National Railways"),
    ("واقتحم مودع فرع بنك عودة في بيروت مطالبا بوديعته.", "بنك عودة", "Bank Audi"),
    ("وأعلنت جمعية مصارف لبنان إقفال الفروع ثلاثة أيام.", "جمعية مصارف لبنان", "Association of Banks in Lebanon"),
    ("وفي بيروت، قالت جمعية المصارف إن المصارف ستقفل أبوابها.", "جمعية المصارف", "Association of Banks in Lebanon"),
    # tribes and clans by rule; the romanizer's fused article before ع mended ("Lakidat")
    ("واندلعت اشتباكات بين مسلحين من قبيلة العبيدات وقوات الأمن.", "قبيلة العبيدات", "Al-Obaidat tribe"),
    ("وقال وجهاء من عشيرة البوعامر إن الصلح تم.", "عشيرة البوعامر", None),
    # short forms resolved by the article's country, or only after a name with the same word
    ("قصفت قوات النظام بلدات في ريف إدلب وحماة. وفر السكان من مناطق سيطرة النظام نحو الحدود.", "النظام",
     "Syrian government"),
    ("شن العدو الإسرائيلي غارات على بلدات الجنوب. وقال النائب إن العدو يتحمل المسؤولية.", "العدو", "Israel"),
    ("استهدفت غارة مبنى في الضاحية الجنوبية لبيروت. وقال سكان إن الضاحية تعيش حالة هلع.", "الضاحية", "Dahiyeh"),
    ("وقال المتحدث باسم المديرية العامة للدفاع المدني في السعودية إن الفرق أنقذت عالقين.",
     "المديرية العامة للدفاع المدني", "General Directorate of Civil Defence (Saudi Arabia)"),
]


@pytest.mark.parametrize("text,surface,en", ROUND7_NAMES)
def test_round7_press_names(gaz, text, surface, en):
    from generator.evaluate import same_name
    got = {e.text: e.name_en for e in run(gaz, text)}
    assert surface in got, got
    assert en is None or same_name(en, got[surface]), got[surface]


@pytest.mark.parametrize("text,surface", [
    ("وقال المرشد إن الشعب سيلقن العدو درسا لن ينساه.", "العدو"),  # no antecedent named with the word
    ("وأكد الوزير أن النظام الضريبي الجديد يدخل حيز التنفيذ في مصر.", "النظام"),
])
def test_round7_short_forms_need_their_context(gaz, text, surface):
    assert surface not in {e.text for e in run(gaz, text)}


def test_round7_ministry_without_adjective_takes_the_articles_country(gaz):
    text = ("ضرب زلزال إقليم الحوز جنوب مراكش. وأعلنت وزارة الداخلية أن عدد الضحايا ارتفع، "
            "وقالت الوزارة إن فرق الإنقاذ تواصل عملها في المغرب.")
    got = [e.name_en for e in run(gaz, text) if e.type == "ORG"]
    assert got and all(n == "Moroccan Ministry of Interior" for n in got), got


# round 7: a person named in full, later called by the last two words of the name
@pytest.mark.parametrize("text,surface,en", [
    ("وقال الناطق باسم الرئاسة نبيل أبو ردينة إن الاحتلال يتحمل المسؤولية. وأكد أبو ردينة أن القيادة ستتحرك.",
     "أبو ردينة", "Nabil Abu Rudeineh"),
    ("وقال المزارع سعيد عبد الكريم إن المياه جرفت أرضه. وأضاف عبد الكريم أن أحدا لم يساعده.",
     "عبد الكريم", None),
])
def test_round7_name_tail_back_reference(gaz, text, surface, en):
    ents = [e for e in run(gaz, text) if e.type == "PER"]
    later = [e for e in ents if e.text == surface]
    assert later and ents[0].text != surface, [(e.text, e.name_en) for e in ents]
    assert later[-1].id == ents[0].id and later[-1].name_en == ents[0].name_en
    if en:
        assert later[-1].name_en == en


def test_round7_tail_after_bin_is_the_father(gaz):
    text = "واستقبل ولي العهد الأمير الحسين بن عبدالله الثاني الوفد. وكان الملك عبدالله الثاني قد تعهد بالدعم."
    names = {e.text: e.name_en for e in run(gaz, text) if e.type == "PER"}
    assert "عبدالله الثاني" in names and "Hussein" not in names["عبدالله الثاني"], names


# round 7: a hyphenated country id ("saudi-arabia") selects its spelling country too (the map's keys
# were normalised like Arabic and missed it); the Gulf writes "Khalid"; "فؤاد" is Fuad, not "Fawad"
@pytest.mark.parametrize("name,country,en", [
    ("خالد الفيصل", "saudi-arabia", "Khalid al-Faisal"),
    ("خالد الفيصل", "syria", "Khaled al-Faisal"),
    ("فؤاد معصوم", "iraq", "Fuad Masum"),
    ("فهد العتيبي", "saudi-arabia", "Fahd al-Otaibi"),
    ("فهد العتيبي", "kuwait", "Fahad al-Otaibi"),
])
def test_round7_person_spelling_country(gaz, name, country, en):
    got = person_en(gaz, name, country)
    assert got is not None and got.split()[0] == en.split()[0], got


# round 7: names after titles the list lacked (a businessman, a member of the defence team); the
# defence team is no body; a title after a facility head is no facility's name
@pytest.mark.parametrize("text,person,not_entities", [
    ("وقضت المحكمة بسجن رجل الأعمال منصف الطرابلسي عشر سنوات.", "منصف الطرابلسي", ["سجن رجل"]),
    ("وقالت عضوة هيئة الدفاع سلمى الورغي إن الجلسة رفعت.", "سلمى الورغي", ["هيئة الدفاع"]),
    ("وقال رجل الأعمال هشام الحسيني إن الأسواق تراجعت.", "هشام الحسيني", []),
])
def test_round7_names_after_new_titles(gaz, text, person, not_entities):
    got = {e.text: e.type for e in run(gaz, text)}
    assert got.get(person) == "PER", got
    assert not set(not_entities) & set(got), got


# round 7: a hospital named by the country that built or runs it, with the place after it
def test_round7_hospital_named_by_a_country(gaz):
    text = ("قصف الطيران المستشفى الكويتي بمدينة رفح. وقال مدير المستشفى الكويتي إن الطواقم أخلت المرضى، "
            "فيما نقل آخرون إلى المستشفى الأردني الميداني.")
    got = [(e.text, e.name_en) for e in run(gaz, text) if e.type == "LOC" and "المستشفى" in e.text]
    assert got == [("المستشفى الكويتي", "Kuwaiti Hospital (Rafah)"), ("المستشفى الكويتي", "Kuwaiti Hospital (Rafah)"),
                   ("المستشفى الأردني الميداني", "Jordanian Field Hospital")], got


# round 7: a headline's or a quote's bare portfolio is the ministry the article names in full
def test_round7_bare_portfolio_in_a_headline(gaz):
    text = ("سيول في عمان.. و«الصحة»: 12 إصابة\nمسقط: أعلنت وزارة الصحة العمانية أن المستشفيات استقبلت المصابين. "
            "وقالت مصادر إن الصحة العامة بخير.")
    got = [(e.text, e.name_en) for e in run(gaz, text) if e.type == "ORG"]
    assert got == [("الصحة", "Omani Ministry of Health"), ("وزارة الصحة العمانية", "Omani Ministry of Health")], got


# round 7: after a locality classifier, a town or province of a country the article names nowhere
# else is a local namesake ("بلدة الجيزة" in Syrian news is not Egypt's Giza)
@pytest.mark.parametrize("text,surface,bad_id", [
    ("قتل شاب في بلدة الجيزة بريف درعا الشرقي، وقال سكان من درعا إن الأمن غائب في سوريا.", "الجيزة", "giza"),
    ("وتقدمت القوات في حي الوادي جنوب شرقي الفاشر، وفق مصادر محلية في السودان.", "الوادي", "el-oued"),
])
def test_round7_local_namesake_after_locality_classifier(gaz, text, surface, bad_id):
    got = {e.text: e for e in run(gaz, text)}
    assert surface in got and got[surface].type == "LOC" and got[surface].id != bad_id, got.get(surface)


def test_round7_border_town_of_a_named_country_stays(gaz):
    text = "ضرب الزلزال ولاية هطاي التركية. وتعد بلدة جنديرس في ريف حلب بسوريا الأكثر تضررا في تركيا."
    got = {e.text: e.id for e in run(gaz, text)}
    assert got.get("جنديرس", "").startswith("jind"), got


# facilities named after people: the person right after a hospital, a university, an airport is part of the
# facility's name (the mention is the facility, not the king); a title and a name the lists lack likewise
@pytest.mark.parametrize("text,surface,name_en", [
    ("وقال مدير مستشفى محمد السادس في طنجة إن حالة المصابين مستقرة.", "مستشفى محمد السادس", "Mohammed VI Hospital"),
    ("نقل الجرحى إلى مستشفى الملك فهد في جدة.", "مستشفى الملك فهد", "King Fahd Hospital"),
    ("أعلنت جامعة الملك سعود تعليق الدراسة.", "جامعة الملك سعود", "King Saud University"),
    ("نقل المصابون إلى مستشفى الأمير حمزة الحكومي في عمّان.", "مستشفى الأمير حمزة الحكومي",
     "Prince Hamza Government Hospital"),
])
def test_facility_named_after_a_person(gaz, text, surface, name_en):
    got = {e.text: e for e in run(gaz, text)}
    assert surface in got and got[surface].type in ("LOC", "ORG") and got[surface].name_en == name_en, \
        [(e.text, e.type, e.name_en) for e in got.values()]
    assert not any(e.type == "PER" for e in got.values()), "the person names the facility: no PER mention"


# "the kingdom", "the republic", "the sultanate" after a place classifier are the country the article is
# about, not a new place ("أقاليم المملكة" is not a village called Al-Mamlka)
@pytest.mark.parametrize("text", [
    "ضرب الزلزال عددا من أقاليم المملكة ليلة الجمعة.",
    "ارتفعت الحرارة في معظم محافظات الجمهورية.",
    "هطلت أمطار غزيرة على ولايات السلطنة الشمالية.",
])
def test_the_kingdom_after_a_classifier_is_no_new_place(gaz, text):
    got = [(e.text, e.id) for e in run(gaz, text) if e.type == "LOC"]
    assert not any(i and i.startswith("loc-") for _, i in got), got


# round 8 (data only, crises_2023_2025.yaml): people, bodies, places and named things of the region's
# crises of 2023-2025 under the English names the wire services use, where the romanizer would spell
# them letter by letter ("Hikmat al-Hajre", "Zamzm camp", "Al-Yasu Dam")
ROUND8_NAMES = [
    ("التقى حكمت الهجري وجهاء من ريف السويداء الغربي.", "حكمت الهجري", "Hikmat al-Hijri"),
    ("وصل رئيس الموساد ديفيد برنيع إلى الدوحة مساء الثلاثاء.", "ديفيد برنيع", "David Barnea"),
    ("وقالت كريستالينا جورجييفا في مؤتمر صحفي إن النمو سيتباطأ.", "كريستالينا جورجييفا", "Kristalina Georgieva"),
    ("وطالب المحامون بالإفراج عن جوهر بن مبارك المضرب عن الطعام.", "جوهر بن مبارك", "Jawhar Ben Mbarek"),
    ("ودعت جبهة الخلاص الوطني أنصارها إلى التظاهر في العاصمة التونسية.", "جبهة الخلاص الوطني",
     "National Salvation Front"),
    ("اعتقلت دورية من الأمن العسكري ثلاثة شبان قرب مدينة الصنمين في درعا.", "الأمن العسكري",
     "Military Security (Syrian)"),
    ("وصلت قافلة مساعدات إلى مخيم زمزم جنوبي الفاشر في السودان.", "مخيم زمزم", "Zamzam camp"),
    ("تواصل الاشتباكات في منطقة جبل مرة وسط دارفور.", "جبل مرة", "Jebel Marra"),
    ("وحذر خبراء من انخفاض منسوب دجلة بعد تشغيل سد إليسو التركي.", "سد إليسو", "Ilisu Dam"),
    ("نفقت آلاف الجواميس في هور الحمار جنوبي العراق بسبب الجفاف.", "هور الحمار", "Hammar Marsh"),
    ("قصفت طائرة مسيرة تركية موقعا قرب قضاء سيدكان في أربيل.", "سيدكان", "Sidakan"),
    ("ضربت هزة بقوة 4 درجات على مقياس ريشتر سواحل اللاذقية.", "مقياس ريشتر", "Richter scale"),
    ("وطالب لبنان بتطبيق القرار 1701 كاملا على الحدود الجنوبية.", "القرار 1701", "UN Security Council Resolution 1701"),
    ("أعلنت نجمة داود الحمراء إصابة ثلاثة أشخاص في حيفا.", "نجمة داود الحمراء", "Magen David Adom"),
    ("أرسلت ألمانيا منظومة باتريوت إضافية إلى كييف.", "منظومة باتريوت", "Patriot (air defence system)"),
    ("غمرت السيول عددا من المنازل في ولاية صحم بسلطنة عمان.", "صحم", "Saham"),
    ("وانهارت منازل طينية كثيرة في أمزميز جنوب مراكش بعد الزلزال.", "أمزميز", "Amizmiz"),
    ("وأوصل مركز الملك سلمان للإغاثة شحنة أدوية إلى عدن.", "مركز الملك سلمان للإغاثة",
     "King Salman Humanitarian Aid and Relief Centre (KSrelief)"),
    ("وقالت حركة العدل والمساواة إن مقاتليها استعادوا بلدة في شمال دارفور.", "حركة العدل والمساواة",
     "Justice and Equality Movement"),
    ("وزار وزير الدفاع مرهف أبو قصرة مواقع الجيش في ريف حماة.", "مرهف أبو قصرة", "Murhaf Abu Qasra"),
    ("واستقبل الأمير فيصل بن فرحان وزير الخارجية المصري في الرياض.", "فيصل بن فرحان", "Faisal bin Farhan"),
    ("وأعلن فيلق أفريقيا وصول تعزيزات إلى باماكو.", "فيلق أفريقيا", "Africa Corps (Russia)"),
    # Iraqi Kurdistan's towns under their Kurdish press names, over the generated GeoNames reading
    ("سقطت قذائف إيرانية على أطراف ناحية بنجوين شرقي السليمانية.", "بنجوين", "Penjwen"),
    ("وأخليت قرى حول قضاء العمادية بعد القصف التركي.", "العمادية", "Amedi"),
    ("وقطعت السيول الطريق بين بلدة حاج عمران والحدود الإيرانية.", "حاج عمران", "Haji Omaran"),
    ("وأصيب راعيان في بلدة برقين قرب جنين برصاص المستوطنين.", "برقين", "Burqin"),
    ("ونزحت مئات الأسر من مدينة النهود بغرب كردفان بعد هجوم الدعم السريع.", "النهود", "En Nahud"),
    ("وسيطرت القوات على بلدة كتم شمال دارفور في السودان.", "كتم", "Kutum"),
    ("وعقد برلمان أرض الصومال جلسته في مدينة بوراو.", "بوراو", "Burao"),
    ("وقال المتحدث لشبكة رووداو الإعلامية إن الطريق أغلق.", "شبكة رووداو الإعلامية", "Rudaw Media Network"),
    # family names through name_spellings (a person no list names)
    ("وقال المزارع كريم جاسم الغانمي من الناصرية إن أرضه جفت.", "كريم جاسم الغانمي", "Karim Jassim al-Ghanimi"),
    ("وقال العميد سعد الفريجي إن القوات أمنت الطريق.", "سعد الفريجي", "Saad al-Fraiji"),
    # state companies, universities and hospitals under their own English names
    ("ورفعت أرامكو السعودية سعر البيع الرسمي لشحنات آسيا.", "أرامكو السعودية", "Saudi Aramco"),
    ("وتظاهر طلاب الجامعة الأمريكية في بيروت تضامنا مع غزة.", "الجامعة الأمريكية في بيروت",
     "American University of Beirut"),
    ("ونقل المصابون إلى مستشفى المواساة في دمشق.", "مستشفى المواساة", "Al-Mouwasat Hospital"),
    ("ووزعت مفوضية العون الإنساني مواد غذائية على النازحين في كسلا.", "مفوضية العون الإنساني",
     "Humanitarian Aid Commission (Sudan)"),
    ("وقال رئيس الوزراء اليمني أحمد عوض بن مبارك إن الحكومة ستدفع الرواتب.", "أحمد عوض بن مبارك",
     "Ahmed Awad bin Mubarak"),
    ("واستقبل الرئيس التشادي محمد إدريس ديبي وفدا سودانيا في نجامينا.", "محمد إدريس ديبي", "Mahamat Idriss Déby"),
    ("وهدمت الجرافات خياما في مسافر يطا جنوب الخليل.", "مسافر يطا", "Masafer Yatta"),
    ("واشتدت المعارك قرب سد تشرين في ريف منبج.", "سد تشرين", "Tishrin Dam"),
    ("وأصيب شابان برصاص الجيش في بلدة بيت أمر شمال الخليل.", "بيت أمر", "Beit Ummar"),
    ("وأغلقت السيول الطرق في مدينة خورفكان بالإمارات.", "خورفكان", "Khor Fakkan"),
    ("وسيطرت قوة محلية على بلدة الشويرف جنوب ليبيا.", "الشويرف", "Al-Shwayrif"),
]


@pytest.mark.parametrize("text,surface,en", ROUND8_NAMES)
def test_round8_names_data(gaz, text, surface, en):
    got = {e.text: e.name_en for e in run(gaz, text)}
    assert got.get(surface) == en, got


# round 8, general rules (sentences written for this table): common given names without a title,
# a family name no list knows before a pause, definite given names of the Maghreb, local bodies
# named by their place, a country's navy, streets/roundabouts/halls, ships, numbered units, a
# headline's family name, and the words that must stay common nouns.
GENERAL_R8 = [
    ("وروت نجلاء عبد الكريم، وهي نازحة من الفاشر، تفاصيل الرحلة الشاقة.",
     [("نجلاء عبد الكريم", "PER", "Najla Abdel Karim")], []),
    ("وقال عمر يوسف أقديم، أحد سكان الحي، إن المياه ارتفعت خلال ساعة.",
     [("عمر يوسف أقديم", "PER", None)], ["يوسف أقديم"]),
    ("وقال المهدي بنسعيد، في تصريح صحفي، إن الوزارة ستتدخل.", [("المهدي بنسعيد", "PER", None)], []),
    ("وقال النائب عن المحافظة حسين العقابي إن المفوضية تأخرت في إعلان النتائج.",
     [("حسين العقابي", "PER", None)], []),
    ("وأعلنت بلدية صور إغلاق الشاطئ أمام الزوار حتى إشعار آخر.",
     [("بلدية صور", "ORG", "Tyre Municipality")], ["صور"]),
    ("وقال رئيس بلدية صور إن القصف طال محيط الميناء.", [("صور", "LOC", "Tyre")], ["بلدية صور"]),
    ("وقررت محكمة الاستئناف بمراكش تأجيل الجلسة إلى الشهر المقبل.",
     [("محكمة الاستئناف", "ORG", "Marrakesh Court of Appeal"), ("مراكش", "LOC", None)], []),
    ("وقالت البحرية الفرنسية إن فرقاطة اعترضت مسيرتين فوق البحر الأحمر.",
     [("البحرية الفرنسية", "ORG", "French Navy")], []),
    ("وحذرت هيئة الملاحة البحرية البريطانية السفن من الاقتراب من السواحل.", [], ["البحرية البريطانية"]),
    ("وتجمع المتظاهرون في شارع الحمرا ثم ساروا إلى دوار الساعة.",
     [("شارع الحمرا", "LOC", "Al-Hamra Street"), ("دوار الساعة", "LOC", None)], []),
    ("واندلع الحريق في قاعة الفردوس للمناسبات وسط البلدة.", [("قاعة الفردوس", "LOC", None)], []),
    ("وعقد الوزير اجتماعا في قاعة الاجتماعات بالوزارة.", [], ["قاعة الاجتماعات"]),
    ("وجرفت السيول منازل في دوار تيغزا بإقليم الحوز.", [], ["دوار تيغزا"]),
    ("واستهدف الحوثيون ناقلة النفط \"سونيون\" في البحر الأحمر.", [("سونيون", "MISC", None)], []),
    ("وأعلن الجيش استعادة مقر الفرقة 22 مشاة في بابنوسة.",
     [("الفرقة 22 مشاة", "ORG", "22nd Infantry Division")], []),
    ("صوت مجلس النواب اللبناني على القانون بالأغلبية. وقال نواب في البرلمان إن التصويت جرى بسرعة.",
     [("البرلمان", "ORG", "Lebanese Parliament (Parliament of Lebanon)")], []),
    ("انتهت ولاية الرئيس قبل عامين دون انتخاب خلف له.", [], ["الرئيس"]),
    ("وأفرجت السلطات عن عشرات المعتقلين على خلفية الاحتجاجات.", [], ["على خلفية الاحتجاجات"]),
    ("وانسحبت القوات إلى الضفة الشرقية لنهر الفرات بعد المعارك.", [], ["الضفة"]),
    ("جلسة ساخنة وبوشناق يرفض الاتهامات\nوقال الوزير كمال بوشناق إن الاتهامات باطلة.",
     [("بوشناق", "PER", "Kamal Bouchnak")], []),
    # the outlet of a dateline, named like a common word
    ("ارتفاع منسوب دجلة\nالموصل/ المدى حذرت السلطات المحلية من فيضان النهر.", [("المدى", "ORG", None)], []),
    ("أمطار غزيرة على الساحل\nالدمام - عكاظ غمرت المياه شوارع المدينة أمس.", [("عكاظ", "ORG", "Okaz")], []),
    ("وقال إن المدى المتوقع للصواريخ يبلغ 300 كيلومتر.", [], ["المدى"]),
    # a Sudanese state named like the channel: the state in a list of places, the channel after a speech verb
    ("ووصلت قوافل الإغاثة إلى سنار والقضارف والجزيرة خلال الأسبوع.", [("الجزيرة", "LOC", "Gezira State")], []),
    ("وقالت الجزيرة إن طاقمها تعرض لإطلاق نار.", [("الجزيرة", "ORG", "Al Jazeera")], []),
    # "مركز قضاء X" is the district's seat, not a centre named after it
    ("وقع الانفجار في بلدة تلكيف مركز قضاء تلكيف شمال الموصل.", [], ["مركز قضاء تلكيف"]),
    # two compound prefixes open one name; a given name in ى inside a place name
    ("وأغلق محتجون الطريق عند مدخل ناحية خان بني زيد.", [("خان بني زيد", "LOC", None)], ["خان بني"]),
    ("وسقطت قذائف على منطقة أبو موسى جنوب المدينة.", [("أبو موسى", "LOC", "Abu Musa")], []),
    # a town named like an adjective in -ية after a noun it agrees with is the adjective
    ("وحذرت الأرصاد من استمرار الموجة المطرية حتى نهاية الأسبوع.", [], ["المطرية"]),
    ("ودعت المنظمة إلى احترام الاحتجاجات السلمية في المدن.", [], ["السلمية"]),
    ("ووصل النازحون إلى السلمية قادمين من الرقة.", [("السلمية", "LOC", None)], []),
    # function words and purposes that look like names
    ("وأفاد مراسل التلفزيون الرسمي بأن الأسواق أغلقت أبوابها.", [], ["بأن الأسواق"]),
    ("وقالت البلدية إنها خصصت مدرسة لإيوائهم حتى انتهاء الأزمة.", [], ["مدرسة لإيوائهم"]),
    ("وأغلقت الشرطة ساحة انتظار الحافلات وسط المدينة.", [], ["ساحة انتظار"]),
    ("وقال المحافظ إن الموصل مدينة لكل سكانها دون تمييز.", [("الموصل", "LOC", None)], ["لكل"]),
    # an organisation classifier as an adjective, a verbal noun or before a relative clause
    ("وحذرت الشرطة من حملات منظمة تستهدف المتاجر ليلا.", [], ["منظمة تستهدف"]),
    ("ونصب الدفاع المدني مضخات في أماكن تجمع الأمطار داخل الأنفاق.", [], ["تجمع الأمطار"]),
    ("وأشار إلى شبكة تنشط فيها عصابات التهريب على الحدود.", [], ["شبكة تنشط"]),
    # a person introduced in full, later the subject of a speech verb by the given name alone
    ("جلست فاطمة حسين الزين أمام خيمتها. وتقول فاطمة للصحفيين إن المساعدات لم تصل.",
     [("فاطمة حسين الزين", "PER", None), ("فاطمة", "PER", None)], []),
    ("وقال أحمد سالم الكعبي إن الطريق أغلق، وقال إن سعيد وأحمد شقيقان.", [("أحمد سالم الكعبي", "PER", None)], []),
]


def _check_mentions(ents, must, forbidden) -> None:
    """Each (surface, type, English name or None) of ``must`` is a mention; no ``forbidden`` surface is."""
    got = {e.text: e for e in ents}
    for surface, typ, en in must:
        assert surface in got, f"{surface!r} not found in {[(e.text, e.name_en) for e in ents]}"
        assert got[surface].type == typ, (surface, got[surface].type)
        if en is not None:
            assert got[surface].name_en == en, (surface, got[surface].name_en)
    for surface in forbidden:
        assert surface not in got, f"{surface!r} should not be a mention: {got[surface]}"


@pytest.mark.parametrize("text,must,forbidden", GENERAL_R8)
def test_round8_general_rules(gaz, text, must, forbidden):
    ents = run(gaz, text)
    _check_mentions(ents, must, forbidden)
    assert not any("roundabout" in (e.name_en or "") for e in ents if "تيغزا" in e.text)


# Round 9: force majeure is not Cairo, the press spelling "Sheikh", Sudan's g for ق, and a
# bare "الحركة" before a relative clause refers back to the armed group named before.
GENERAL_R9 = [
    ("وأعلنت المؤسسة حالة القوة القاهرة في ميناء التصدير بعد توقف الضخ.", [], ["القاهرة"]),
    ("وقالت الشركة إن القوة القاهرة سترفع فور عودة الإنتاج.", [], ["القاهرة"]),
    ("ووصل الوفد إلى القاهرة مساء الأحد.", [("القاهرة", "LOC", "Cairo")], []),
    ("وقال الناطق باسم اللجنة، مروان الشيخ، إن الاجتماع أرجئ.", [("مروان الشيخ", "PER", "Marwan al-Sheikh")], []),
    ("وقصفت قوات الدعم السريع قرية أم قرين شرقي الفاشر في السودان.", [("أم قرين", "LOC", None)], []),
    # an indefinite common noun after a facility head says what it serves, it does not name it
    ("وتضم المدينة أكبر مصفاة نفط عاملة في البلاد.", [], ["مصفاة نفط"]),
    ("وتعطلت محطة كهرباء رئيسية شمال المدينة منذ أيام.", [], ["محطة كهرباء"]),
    ("وأعلنت حركة الشباب مسؤوليتها عن الهجوم. وقال الجيش إن عناصر الحركة التي فرت تركت أسلحتها.",
     [("الحركة", "ORG", "Al-Shabaab")], []),
]


@pytest.mark.parametrize("text,must,forbidden", GENERAL_R9)
def test_round9_general_rules(gaz, text, must, forbidden):
    ents = run(gaz, text)
    _check_mentions(ents, must, forbidden)


@pytest.mark.parametrize("text,surface,country", [
    ("وقصفت قوات الدعم السريع قرية أم قرين شرقي الفاشر في السودان.", "أم قرين", "sudan"),
    ("ونزح السكان من قرية ود القرشي في ولاية الجزيرة بالسودان.", "ود القرشي", "sudan"),
])
def test_round9_sudan_writes_g_for_qaf(gaz, text, surface, country):
    got = {e.text: e for e in run(gaz, text)}
    assert surface in got, [(e.text, e.name_en) for e in got.values()]
    en = got[surface].name_en or ""
    assert "G" in en or "g" in en, en
    assert "Q" not in en and "q" not in en, en


# Round 9: a quoted name before a non-Arab nationality adjective is that country's company or
# body, spelt back as a foreign name; an Arab country's adjective or a definite word is not.
@pytest.mark.parametrize("text,surface,en", [
    ("ووقعت المؤسسة عقدا مع \"فينترسهال\" الألمانية لتطوير الحقل.", "فينترسهال", None),
    ("ونقلت صحيفة «لوموند» الفرنسية عن مصادر أن الاتفاق قريب.", "لوموند", None),
    ("ويشغل الحقل ائتلاف يضم \"ريبسول\" الإسبانية و\"إكوينور\" النرويجية.", "إكوينور", "Equinor"),
    ("وأعلنت \"توتال إنرجيز\" تعليق عملياتها في الموقع.", "توتال إنرجيز", "TotalEnergies"),
])
def test_round9_quoted_foreign_company(gaz, text, surface, en):
    _assert_named(gaz, text, surface, en, "ORG")


@pytest.mark.parametrize("text,surface", [
    ("وقال مسؤول في \"الوفاق\" الليبية إن الاجتماع أرجئ.", "الوفاق"),
    ("ورفع المحتجون شعار \"الحرية\" المصرية في الساحة.", "الحرية"),
])
def test_round9_quoted_arab_name_is_not_a_foreign_company(gaz, text, surface):
    got = {e.text: e for e in run(gaz, text)}
    assert surface not in got or got[surface].name_source != "transliterated" or got[surface].id != "org-" + surface
    assert not any(e.text == surface and e.name_source == "transliterated" for e in got.values())


# Round 9: the state institutions of every Arab state, named in full or resolved by the article's
# country when the press names them without it (institutions_arab_states.yaml, country_bodies).
@pytest.mark.parametrize("text,surface,en", [
    ("وصوت مجلس الشورى السعودي على مشروع نظام جديد للعمل التطوعي.", "مجلس الشورى السعودي", "Shura Council (Saudi Arabia)"),
    ("وأعلن الديوان الملكي السعودي وفاة أحد أفراد الأسرة الحاكمة في الرياض.", "الديوان الملكي السعودي", "Royal Court (Saudi Arabia)"),
    ("وقرر مجلس الأمة الكويتي تأجيل الجلسة إلى الأسبوع المقبل.", "مجلس الأمة الكويتي", "National Assembly (Kuwait)"),
    ("وأقر المجلس الشعبي الوطني مشروع قانون المالية في الجزائر.", "المجلس الشعبي الوطني", "People's National Assembly (Algeria)"),
    ("وأعلنت المفوضية الوطنية العليا للانتخابات في طرابلس فتح باب التسجيل.", "المفوضية الوطنية العليا للانتخابات", "High National Elections Commission (Libya)"),
    ("وقالت دائرة المخابرات العامة في عمان إنها أحبطت مخططا لتهريب الأسلحة.", "دائرة المخابرات العامة", "General Intelligence Directorate (Jordan)"),
    ("وأعلنت شركة سوناطراك توقيع اتفاق جديد لتصدير الغاز إلى إيطاليا.", "شركة سوناطراك", "Sonatrach"),
    ("وقالت مؤسسة كهرباء لبنان إن التغذية ستتراجع بسبب نفاد الفيول.", "مؤسسة كهرباء لبنان", "Électricité du Liban (EDL)"),
    ("وأفاد المكتب الإعلامي الحكومي في غزة بأن عدد الضحايا ارتفع.", "المكتب الإعلامي الحكومي في غزة", "Government Media Office (Gaza)"),
    ("وعلقت الخطوط الملكية المغربية رحلاتها إلى المدينة بسبب العاصفة.", "الخطوط الملكية المغربية", "Royal Air Maroc"),
    ("وأعلنت وزارة الصحة الاتحادية في الخرطوم تسجيل إصابات جديدة بالكوليرا.", "وزارة الصحة الاتحادية", "Federal Ministry of Health (Sudanese Ministry of Health)"),
    ("وأعلن المركز الوطني للأرصاد الإماراتي عن أمطار غزيرة على دبي.", "المركز الوطني للأرصاد الإماراتي", "National Centre of Meteorology (UAE)"),
    ("واجتمع المجلس الوزاري الأمني المصغر في تل أبيب لبحث صفقة التبادل.", "المجلس الوزاري الأمني المصغر", "Israeli security cabinet"),
    ("وعقد حزب الأصالة والمعاصرة مؤتمره الوطني في الرباط.", "حزب الأصالة والمعاصرة", "Authenticity and Modernity Party (PAM)"),
])
def test_round9_arab_state_institutions(gaz, text, surface, en):
    _assert_named(gaz, text, surface, en, "ORG")


# Round 9: a body every state has under one Arabic name takes the English name of the article's
# state, or of the state a nationality adjective or a place names beside it.
@pytest.mark.parametrize("text,surface,en", [
    ("وفي الرياض، ناقش مجلس الشورى تقرير هيئة الطيران المدني السعودية.", "مجلس الشورى", "Shura Council (Saudi Arabia)"),
    ("وقال مسؤول في الزرقاء إن الديوان الملكي أصدر بيانا حول زيارة الملك.", "الديوان الملكي", "Royal Hashemite Court"),
    ("وقالت المخابرات العامة المصرية إن الوفد وصل إلى القاهرة، وإن المخابرات العامة تتابع الاتصالات.",
     "المخابرات العامة المصرية", "Egyptian General Intelligence Service"),
    ("وانتخب مجلس الشعب السوري في دمشق رئيسا جديدا له.", "مجلس الشعب السوري", "People's Assembly (Syria)"),
    ("وفي بغداد، قال جهاز الأمن الوطني العراقي إنه اعتقل خلية في الأنبار.", "جهاز الأمن الوطني العراقي", "Iraqi National Security Service"),
])
def test_round9_country_resolved_bodies(gaz, text, surface, en):
    _assert_named(gaz, text, surface, en)


# Round 9: the portfolios of every Arab cabinet ("وزارة" + portfolio + the country's adjective).
@pytest.mark.parametrize("text,surface,word", [
    ("وأعلنت وزارة الحج والعمرة السعودية اكتمال خطط الموسم.", "وزارة الحج والعمرة", "Saudi Ministry of Hajj and Umrah"),
    ("وقالت وزارة الأوقاف والشؤون الإسلامية الكويتية إن المساجد ستفتح.", "وزارة الأوقاف والشؤون الإسلامية الكويتية", "Awqaf and Islamic Affairs"),
    ("وأعلنت وزارة الفلاحة والصيد البحري المغربية عن دعم للمتضررين.", "وزارة الفلاحة والصيد البحري المغربية", "Agriculture and Maritime Fisheries"),
    ("وقالت وزارة التضامن الاجتماعي المصرية إنها صرفت إعانات للأسر.", "وزارة التضامن الاجتماعي المصرية", "Social Solidarity"),
    ("وأكدت وزارة الموارد البشرية والتنمية الاجتماعية السعودية القرار.", "وزارة الموارد البشرية والتنمية الاجتماعية", "Human Resources and Social Development"),
])
def test_round9_cabinet_portfolios(gaz, text, surface, word):
    got = {e.text: e for e in run(gaz, text)}
    assert surface in got, [(e.text, e.name_en) for e in got.values()]
    assert word in (got[surface].name_en or ""), got[surface].name_en


# Round 9: a province's or a city's own bodies, named after it: head + place, or head + a linking
# word + place, the place inside the span (loc_org_heads with `via`).
@pytest.mark.parametrize("text,surface,en,forbidden", [
    ("وقال المكلف بالإعلام لدى مديرية الحماية المدنية لولاية سطيف إن الفرق أنقذت عائلتين.",
     "مديرية الحماية المدنية لولاية سطيف", "Setif Civil Protection Directorate", ["سطيف"]),
    ("وأعلنت مديرية الصحة بمحافظة أسوان رفع درجة الاستعداد في المستشفيات.",
     "مديرية الصحة بمحافظة أسوان", "Aswan Health Directorate", ["أسوان"]),
    ("وأعلنت مديرية الدفاع المدني في نينوى انتشال جثتين من تحت الأنقاض.",
     "مديرية الدفاع المدني في نينوى", "Nineveh Civil Defence Directorate", ["نينوى"]),
    ("وأعلنت أمانة جدة إغلاق عدد من الأنفاق بسبب تجمع المياه.", "أمانة جدة", "Jeddah Municipality", ["جدة"]),
    ("وقالت دائرة صحة البصرة إن المستشفيات استقبلت عشرات المصابين.", "دائرة صحة البصرة", "Basra Health Directorate", []),
    ("وأعلنت مديرية أمن الإسكندرية ضبط المتهمين في الواقعة.", "مديرية أمن الإسكندرية", "Alexandria Security Directorate", []),
])
def test_round9_local_bodies_named_after_their_place(gaz, text, surface, en, forbidden):
    got = _assert_named(gaz, text, surface, en, "ORG")
    for w in forbidden:
        assert w not in got, (w, [(e.text, e.name_en) for e in got.values()])


@pytest.mark.parametrize("text,surface,forbidden", [
    # the mayor's title names the city: the city stays a place, no municipality is read
    ("وقال أمين أمانة بغداد إن فرق الأمانة تعمل على تصريف مياه الأمطار.", "بغداد", "أمانة بغداد"),
    # no gazetteer place after the linking word: no directorate of a province
    ("وقالت مديرية الصحة في المحافظة إن الوضع الصحي مستقر.", None, "مديرية الصحة في المحافظة"),
])
def test_round9_local_bodies_not_read(gaz, text, surface, forbidden):
    got = {e.text: e for e in run(gaz, text)}
    if surface is not None:
        assert surface in got, [(e.text, e.name_en) for e in got.values()]
    assert forbidden not in got


# Round 9: bodies named bare that stand for the article's state's own (parliament, met office,
# the head of government's media office), and the commands, companies and charities of the region.
@pytest.mark.parametrize("text,surface,en", [
    ("وقال الرئيس الصومالي في مقديشو، في خطاب أمام البرلمان، إن الحرب على الشباب مستمرة.", "البرلمان", "Federal Parliament of Somalia"),
    ("وبعد زيارة إلى الزرقاء، ناقش البرلمان قانون الانتخاب الجديد.", "البرلمان", "House of Representatives (Jordan)"),
    ("وتوقعت الأرصاد هطول أمطار غزيرة على الرياض ومكة المكرمة خلال اليومين المقبلين.", "الأرصاد", "National Center for Meteorology (Saudi Arabia)"),
    ("وقال المكتب الإعلامي لرئيس الوزراء العراقي إن السوداني وجه بفتح تحقيق.", "المكتب الإعلامي لرئيس الوزراء العراقي",
     "Iraqi Prime Minister's Media Office"),
    ("وأعلنت القيادة الأمريكية في أفريقيا تنفيذ غارة جوية قرب كسمايو.", "القيادة الأمريكية في أفريقيا", "United States Africa Command (AFRICOM)"),
    ("وأعلنت شركة دانة غاز تعليق الإنتاج في الحقل بعد الهجوم.", "شركة دانة غاز", "Dana Gas"),
    ("وأعلنت جمعية الهلال الأحمر الكويتي إرسال قافلة إغاثة إلى المتضررين.", "جمعية الهلال الأحمر الكويتي", "Kuwait Red Crescent"),
    ("وقال البرلمان الأوروبي في قرار إن الانتهاكات يجب أن تتوقف.", "البرلمان الأوروبي", "European Parliament"),
])
def test_round9_bare_bodies_companies_charities(gaz, text, surface, en):
    _assert_named(gaz, text, surface, en, "ORG")


# Round 9: the ministries of a country's rival governments are named after the government
# (government_ministries), and the back reference keeps that name.
@pytest.mark.parametrize("text,surface,en", [
    ("وقالت وزارة الصحة بحكومة الوحدة الوطنية إن المستشفيات في طرابلس استقبلت الجرحى.", "وزارة الصحة",
     "Ministry of Health (Government of National Unity)"),
    ("وأعلنت وزارة الزراعة في حكومة إقليم كردستان تعويض الفلاحين المتضررين.", "وزارة الزراعة",
     "Kurdistan Region Ministry of Agriculture"),
    ("وقالت وزارة التربية في حكومة الإنقاذ إن المدارس في إدلب ستفتح أبوابها.", "وزارة التربية",
     "Ministry of Education (Syrian Salvation Government)"),
    # no rival government named: the state's ministry, with its adjective
    ("وقالت وزارة الصحة الليبية إن المستشفيات في طرابلس استقبلت الجرحى.", "وزارة الصحة الليبية", "Libyan Ministry of Health"),
])
def test_round9_rival_government_ministries(gaz, text, surface, en):
    _assert_named(gaz, text, surface, en)


def test_round9_rival_government_ministry_back_reference(gaz):
    text = "ولم تعلق وزارة الداخلية بحكومة الوحدة الوطنية على الاشتباكات. وقالت الوزارة لاحقا إنها تتابع الوضع."
    ents = run(gaz, text)
    names = {e.name_en for e in ents if e.text in ("وزارة الداخلية", "الوزارة")}
    assert names == {"Ministry of Interior (Government of National Unity)"}, [(e.text, e.name_en) for e in ents]


# Round 9: a state's internal security forces, army aviation, olympic committee and football
# association, named for its country.
@pytest.mark.parametrize("text,surface,en", [
    ("وفي بيروت، أوقفت قوى الأمن الداخلي مطلوبين بعد مطاردة في الضاحية.", "قوى الأمن الداخلي", "Internal Security Forces (Lebanon)"),
    ("وقصفت مروحيات طيران الجيش العراقي مواقع للتنظيم في صحراء الأنبار.", "طيران الجيش العراقي", "Iraqi Army Aviation"),
    ("وأعلنت اللجنة الأولمبية المغربية مشاركة 60 رياضيا في الألعاب.", "اللجنة الأولمبية المغربية", "Moroccan Olympic Committee"),
    ("وفرض الاتحاد الجزائري لكرة القدم غرامة على النادي بعد أعمال الشغب.", "الاتحاد الجزائري لكرة القدم", "Algerian Football Federation"),
    ("وأعلن الاتحاد الدولي لكرة القدم فتح تحقيق في الأحداث.", "الاتحاد الدولي لكرة القدم", "FIFA"),
])
def test_round9_forces_and_sports_bodies(gaz, text, surface, en):
    _assert_named(gaz, text, surface, en)


# Round 9: utilities, oversight, rights, statistics bodies and markets of the Arab states.
@pytest.mark.parametrize("text,surface,en", [
    ("وأعلنت شركة توزيع كهرباء محافظات غزة توقف محطة التوليد الوحيدة.", "شركة توزيع كهرباء محافظات غزة", "Gaza Electricity Distribution Company (GEDCO)"),
    ("وقالت المندوبية السامية للتخطيط إن معدل البطالة ارتفع في المغرب.", "المندوبية السامية للتخطيط", "High Commission for Planning (Morocco)"),
    ("وفي القاهرة، ألقت هيئة الرقابة الإدارية القبض على موظف بتهمة الرشوة.", "هيئة الرقابة الإدارية", "Administrative Control Authority (Egypt)"),
    ("وأصدرت المحكمة العسكرية في بيروت حكما غيابيا على المتهمين.", "المحكمة العسكرية", "Military Court (Lebanon)"),
    ("وتراجع المؤشر العام لبورصة الكويت في ختام التداولات.", "بورصة الكويت", "Boursa Kuwait"),
    ("وأعلنت الشركة الوطنية لاستغلال وتوزيع المياه قطع الماء عن عدة أحياء في صفاقس.", "الشركة الوطنية لاستغلال وتوزيع المياه", "SONEDE (Tunisian water utility)"),
])
def test_round9_utilities_oversight_markets(gaz, text, surface, en):
    _assert_named(gaz, text, surface, en)


@pytest.mark.parametrize("text,forbidden", [
    ("وانتشر تداول الصور على مواقع التواصل بعد الحادث.", "تداول"),
])
def test_round9_common_words_are_no_company(gaz, text, forbidden):
    assert forbidden not in {e.text for e in run(gaz, text)}


# Round 9: the Maghreb's university hospital centres (named after a person: the hospital, not the
# person) and the capitals' municipalities (أمانة).
@pytest.mark.parametrize("text,surface,typ,en", [
    ("ونقل المصابون إلى المركز الاستشفائي الجامعي ابن رشد بالدار البيضاء.", "المركز الاستشفائي الجامعي ابن رشد", "ORG",
     "Ibn Rochd University Hospital Centre (Casablanca)"),
    ("وأكد المركز الاستشفائي الجامعي محمد السادس استقبال الجرحى.", "المركز الاستشفائي الجامعي محمد السادس", "ORG",
     "Mohammed VI University Hospital Centre"),
    ("وقالت أمانة عمان الكبرى إن فرقها فتحت العبارات المغلقة.", "أمانة عمان الكبرى", "ORG", "Greater Amman Municipality"),
])
def test_round9_hospital_centres_and_municipalities(gaz, text, surface, typ, en):
    _assert_named(gaz, text, surface, en, typ)


# Round 9: the armed formations of Somalia, Yemen, Sudan and Libya besides the armies
# (forces_arab_states.yaml).
@pytest.mark.parametrize("text,surface,en", [
    ("وشاركت قوات دنب الخاصة في استعادة البلدة من مقاتلي الشباب.", "قوات دنب", "Danab Brigade"),
    ("وقاتلت ميليشيات معاويسلي إلى جانب الجيش في إقليم هيران.", "ميليشيات معاويسلي", "Ma'awisley"),
    ("وأعلنت قوات المقاومة الوطنية صد هجوم للحوثيين في المخا.", "قوات المقاومة الوطنية", "National Resistance Forces (Tareq Saleh)"),
    ("وقالت كتيبة البراء بن مالك إن مقاتليها دخلوا المدينة.", "كتيبة البراء بن مالك", "Al-Baraa Bin Malik Brigade"),
    ("واندلعت اشتباكات بين لواء طارق بن زياد ومسلحين جنوب بنغازي.", "لواء طارق بن زياد", "Tariq Ben Zeyad Brigade"),
])
def test_round9_armed_formations(gaz, text, surface, en):
    _assert_named(gaz, text, surface, en, "ORG")


def test_round9_clan_militia_is_no_movement(gaz):
    # "الحركة" refers back to the movement named before (al-Shabaab), not to the clan militia
    text = ("وقاتلت ميليشيات معاويسلي إلى جانب الجيش ضد حركة الشباب في هيران، "
            "وقال قائد إن القوات تلاحق فلول الحركة نحو الساحل.")
    got = [(e.text, e.name_en) for e in run(gaz, text)]
    assert not any(t == "الحركة" and n == "Ma'awisley" for t, n in got), got


# Round 9: more bodies of the daily news of the Gulf, Egypt, Iraq, Lebanon, Libya, Yemen and the
# Maghreb.
@pytest.mark.parametrize("text,surface,en", [
    ("ونقل المصابون إلى مستشفيات مؤسسة حمد الطبية في الدوحة.", "مؤسسة حمد الطبية", "Hamad Medical Corporation"),
    ("وقال المكتب الإعلامي لحكومة دبي إن الحركة عادت إلى طبيعتها.", "المكتب الإعلامي لحكومة دبي", "Dubai Media Office"),
    ("وأعلن ديوان الوقف الشيعي تعطيل الدوام في المراقد.", "ديوان الوقف الشيعي", "Shia Endowment Office (Iraq)"),
    ("وقال مجلس الجنوب إنه بدأ مسح الأضرار في القرى الحدودية.", "مجلس الجنوب", "Council of the South (Lebanon)"),
    ("وأعلنت هيئة السلامة الوطنية انتشال جثث من تحت الركام في درنة.", "هيئة السلامة الوطنية", "National Safety Authority (Libya)"),
    ("وأمرت رئاسة النيابة العامة بفتح بحث قضائي في الحادث.", "رئاسة النيابة العامة", "Presidency of the Public Prosecution (Morocco)"),
])
def test_round9_daily_news_bodies(gaz, text, surface, en):
    _assert_named(gaz, text, surface, en)


# Round 9: a federal state's ministry ("وزارة + portfolio + الاتحادية"), and Somalia's government
# forces, which are its one army.
@pytest.mark.parametrize("text,surface,en", [
    ("وأعلنت وزارة الزراعة الاتحادية في الخرطوم خطة لإنقاذ الموسم.", "وزارة الزراعة الاتحادية", "Federal Ministry of Agriculture (Sudan) (Sudanese Ministry of Agriculture)"),
    ("وقال قائد عسكري في مقديشو إن القوات الحكومية سيطرت على البلدة.", "القوات الحكومية", "Somali National Army"),
])
def test_round9_federal_ministries_and_somali_army(gaz, text, surface, en):
    _assert_named(gaz, text, surface, en)


# Round 9: Iranian, Turkish and Israeli state bodies as the Arabic press names them.
@pytest.mark.parametrize("text,surface,en", [
    ("وقال مقر الدفاع الجوي في بيان إن المنظومات اعترضت عدة مسيرات فوق أصفهان.", "مقر الدفاع الجوي",
     "Khatam al-Anbiya Air Defence Headquarters (Iran)"),
    ("وقال مكتب رئيس الوزراء الإسرائيلي إن الوفد سيتوجه إلى القاهرة.", "مكتب رئيس الوزراء الإسرائيلي", "Prime Minister's Office (Israel)"),
    ("ودعت رئاسة الشؤون الدينية التركية إلى صلاة الغائب في المساجد.", "رئاسة الشؤون الدينية التركية",
     "Presidency of Religious Affairs (Diyanet, Turkey)"),
])
def test_round9_iran_turkey_israel_bodies(gaz, text, surface, en):
    _assert_named(gaz, text, surface, en)


# A town of a neighbouring country after a town or village classifier is that town in border news; a quarter
# of the article's city that shares a name with a neighbour's town is still a local namesake.
@pytest.mark.parametrize("body,surface,name", [
    ("قصفت المدفعية الإسرائيلية من محيط مستوطنة المطلة أطراف بلدة الخيام.", "الخيام", "Khiam"),
    ("وقال مراسلنا في حلب إن الاشتباكات وصلت إلى حي الحمدانية غرب المدينة.", "الحمدانية", None),
])
def test_border_towns_and_local_namesakes(body: str, surface: str, name: str | None, gaz: Gazetteer) -> None:
    ents = {e.text: e for e in run(gaz, body)}
    assert surface in ents
    if name:
        assert (ents[surface].name_en, ents[surface].name_source) == (name, "gazetteer")
    else:
        assert ents[surface].name_source != "gazetteer"


# Round 10: a state's embassy or consulate named by its country's adjective or name is that country's
# mission in the place named after it, else in the article's country (the place stays its own mention).
@pytest.mark.parametrize("text,surface,en", [
    ("وقالت السفارة الفرنسية في الرباط إنها تتابع أوضاع رعاياها.", "السفارة الفرنسية", "Embassy of France in Rabat (Embassy of France, Rabat)"),
    ("وأغلقت سفارة الولايات المتحدة في بغداد أبوابها أمام المراجعين.", "سفارة الولايات المتحدة",
     "Embassy of the United States in Baghdad (Embassy of the United States, Baghdad)"),
    ("ونقلت الوكالة عن القنصلية التركية في أربيل أن الطريق آمن.", "القنصلية التركية", "Consulate of Turkey in Erbil (Consulate of Turkey, Erbil)"),
    ("وطلبت السفارة البريطانية لدى السودان من رعاياها المغادرة فوراً.", "السفارة البريطانية",
     "Embassy of the United Kingdom in Sudan (Embassy of the United Kingdom, Khartoum)"),
])
def test_round10_embassies(gaz, text, surface, en):
    _assert_named(gaz, text, surface, en)
    assert any(e.type == "LOC" for e in run(gaz, text)), "the host place stays its own mention"


# Round 10: named things (MISC) as data: religious occasions, weapons by their type names (also quoted
# after their head noun), ships, winds, agreements named after a place, massacres the press names.
@pytest.mark.parametrize("text,surface,en", [
    ("وتزايدت حركة الأسواق في المدينة مع اقتراب عيد الأضحى المبارك.", "عيد الأضحى المبارك", "Eid al-Adha"),
    ("ويحيي الآلاف ذكرى عاشوراء في كربلاء وسط إجراءات أمنية مشددة.", "ذكرى عاشوراء", "Ashura"),
    ("وقال الحرس الثوري إنه استخدم صواريخ «خيبر شكن» في الهجوم.", "خيبر شكن", "Kheibar Shekan (missile)"),
    ("وأعلنت الجماعة إطلاق صاروخ «فلسطين 2» باتجاه إيلات.", "فلسطين 2", "Palestine-2 (missile)"),
    ("وأضرمت جرافات D9 النار في الممتلكات قرب المخيم.", "D9", "Caterpillar D9"),
    ("وتعرضت السفينة «غالاكسي ليدر» للاحتجاز قبالة السواحل.", "غالاكسي ليدر", "Galaxy Leader"),
    ("وطالب الوفد الحكومي بتنفيذ اتفاق ستوكهولم بشأن الحديدة.", "اتفاق ستوكهولم", "Stockholm Agreement"),
    ("ودعت الحركات الموقعة على اتفاق جوبا للسلام إلى الحياد.", "اتفاق جوبا للسلام", "Juba Peace Agreement"),
    ("وأحيا ناشطون ذكرى مجزرة صبرا وشاتيلا في بيروت.", "مجزرة صبرا وشاتيلا", "Sabra and Shatila massacre"),
    ("وتسببت رياح الشركي في ارتفاع الحرارة بمدن الداخل.", "رياح الشركي", "Chergui (wind)"),
])
def test_round10_named_things(gaz, text, surface, en):
    _assert_named(gaz, text, surface, en)


# Round 10: a given name that is also a weapon's name is a person's name without its head noun.
@pytest.mark.parametrize("text,forbidden", [
    ("وقال فتاح محمد، أحد سكان الحي، إن القصف لم يتوقف.", "Fattah (missile)"),
    ("وزار عبد الفتاح البرهان مدينة بورتسودان أمس.", "Fattah (missile)"),
])
def test_round10_weapon_names_need_their_head(gaz, text, forbidden):
    assert forbidden not in [e.name_en for e in run(gaz, text)]


# Round 10: the names of the newest gold sets and the English-language press: both common names where
# the press uses two (Lebanese Army / Lebanese Armed Forces), official names (Turkey's Ministry of
# National Defence), the Houthi and Hezbollah media's names for Israel and its air force, the
# ministries of the Houthis' government, a platform after its noun.
@pytest.mark.parametrize("text,surface,en", [
    ("وانتشر الجيش اللبناني في محيط المخيم بعد الاشتباكات.", "الجيش اللبناني", "Lebanese Army (Lebanese Armed Forces)"),
    ("وتقدمت قوات النظام نحو أطراف المدينة.", "قوات النظام", "Syrian government forces (Syrian Arab Army)"),
    ("وقال إن كيان العدو يتحمل مسؤولية التصعيد.", "كيان العدو", "Israel (the occupation)"),
    ("وشن طيران العدو الصهيوني غارات على ميناء الحديدة.", "طيران العدو الصهيوني", "Israeli Air Force"),
    ("وقالت وزارة النقل في حكومة الحوثيين إن المطار تضرر.", "وزارة النقل", "Houthi-run Ministry of Transport (Sanaa)"),
    ("وأعلنت وزارة الداخلية واللامركزية الموريتانية حظر التجول.", "وزارة الداخلية واللامركزية الموريتانية",
     "Mauritanian Ministry of Interior and Decentralization"),
    ("وكتب المتحدث في تدوينة على منصة إكس أن الوفد وصل.", "إكس", "X (formerly Twitter)"),
    ("وقال مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية إن آلاف الأسر نزحت.", "مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية",
     "OCHA (Office for the Coordination of Humanitarian Affairs)"),
])
def test_round10_press_names(gaz, text, surface, en):
    _assert_named(gaz, text, surface, en)


# Round 10: a numbered division or corps is an ordinal ("20th Division"), a brigade keeps its number after
# the noun; a bare "الشرطة" is the article's state's police (its own name where it has one), a town's
# local police is no state's.
@pytest.mark.parametrize("text,surface,en", [
    ("وقال مصدر أمني إن ثلاثة جنود من الفرقة 11 أصيبوا في الهجوم.", "الفرقة 11", "11th Division"),
    ("وأعلن قائد اللواء 19 وصول التعزيزات.", "اللواء 19", "Brigade 19"),
    ("وأعلنت الشرطة في مقديشو مقتل خمسة أشخاص في الانفجار.", "الشرطة", "Somali Police Force"),
    ("وقالت الشرطة في صلالة إنها أنقذت عائلة من السيول.", "الشرطة", "Royal Oman Police"),
])
def test_round10_numbered_units_and_bare_police(gaz, text, surface, en):
    _assert_named(gaz, text, surface, en)


def test_round10_local_police_is_no_state_police(gaz):
    ents = run(gaz, "وطالب الأهالي بتسليم الأمن إلى الشرطة المحلية في البلدة.")
    assert not [e for e in ents if e.text.startswith("الشرطة")]


# Round 10: bodies of the newest sets' classes, filled from knowledge: the electoral commissions and courts
# every state has (named bare, resolved by the article's country), parties of the Maghreb's elections,
# regional secretariats, Lebanon's camp factions, Sinjar's bodies, Sudan's war bodies; the bare Red
# Cross is the national society of the article's country, else the ICRC.
@pytest.mark.parametrize("text,surface,en", [
    ("وأعلنت اللجنة المستقلة للانتخابات في نواكشوط النتائج المؤقتة.", "اللجنة المستقلة للانتخابات",
     "Independent National Electoral Commission (Mauritania)"),
    ("وطعن المرشح في القرار أمام المحكمة الإدارية في تونس.", "المحكمة الإدارية", "Administrative Court (Tunisia)"),
    ("ونشرت الحكومة الأردنية القانون في الجريدة الرسمية أمس.", "الجريدة الرسمية", "Official Gazette (Jordan)"),
    ("وحصل مرشح جبهة القوى الاشتراكية على المرتبة الثالثة في الجزائر.", "جبهة القوى الاشتراكية", "Socialist Forces Front (FFS)"),
    ("ورحبت الأمانة العامة لجامعة الدول العربية بالاتفاق.", "الأمانة العامة لجامعة الدول العربية", "Arab League General Secretariat"),
    ("واندلعت اشتباكات بين حركة فتح وعناصر من عصبة الأنصار في المخيم.", "عصبة الأنصار", "Usbat al-Ansar"),
    ("وانسحبت وحدات مقاومة سنجار من مواقعها قرب الحدود.", "وحدات مقاومة سنجار", "Sinjar Resistance Units (YBS)"),
    ("وقالت القوة المشتركة لحركات الكفاح المسلح إنها صدت الهجوم على الفاشر.", "القوة المشتركة لحركات الكفاح المسلح",
     "Joint Force of the armed movements (Joint Force of the Darfur armed movements)"),
    ("وأكدت لجنة مراجعة المجاعة وجود ظروف مجاعة في المخيم.", "لجنة مراجعة المجاعة", "Famine Review Committee (IPC)"),
    ("وفي بيروت، نقل الصليب الأحمر الجرحى إلى مستشفيات المنطقة.", "الصليب الأحمر", "Lebanese Red Cross"),
    ("وفي طرابلس الليبية، زار الصليب الأحمر السجناء.", "الصليب الأحمر", "International Committee of the Red Cross"),
])
def test_round10_bodies_of_the_newest_classes(gaz, text, surface, en):
    _assert_named(gaz, text, surface, en)


def test_round10_tribe_name_inside_a_person_name(gaz):
    ents = run(gaz, "وقال سائق الشاحنة أبو محمد الحويطات إن الطريق مغلق.")
    assert "Howeitat" not in [e.name_en for e in ents]


# Round 10: an adjective after a definite noun is no short form of a body ("السجن المركزي" is no central
# bank), while the bank named in full keeps its short form; outlets of the region the lists lacked.
def test_round10_central_adjective_is_no_central_bank(gaz):
    ents = run(gaz, "وسيطرت الفصائل على المطار العسكري والسجن المركزي في حماة السورية.")
    assert "Central Bank of Syria" not in [e.name_en for e in ents]


@pytest.mark.parametrize("text,surface,en", [
    ("وقالت مصادر لقناة الإخبارية السعودية إن الحجاج بخير.", "الإخبارية السعودية", "Al Ekhbariya"),
    ("ونقلت صحيفة الرأي الكويتية عن مصدر حكومي أن القرار نهائي.", "الرأي الكويتية", "Al-Rai (Kuwait)"),
    ("وقال شهود لإذاعة شبيلي إن الانفجار وقع قرب السوق.", "شبيلي", "Radio Shabelle"),
    ("وذكرت صحيفة يني شفق أن الوفد التركي وصل إلى دمشق.", "يني شفق", "Yeni Şafak"),
])
def test_round10_outlets(gaz, text, surface, en):
    _assert_named(gaz, text, surface, en)


# Round 10: a bare body in a sentence that names places of two countries is the article's country's when one
# of the places is its own (a village named like a town abroad does not carry the ministry abroad).
def test_round10_bare_body_country_from_the_articles_places(gaz):
    text = ("أغلقت السلطات الأردنية جسر الملك حسين بعد إطلاق النار في عمّان. "
            "وأعلنت وزارة الداخلية أنها فتحت تحقيقا، وأن المنفذ من منطقة الحسينية في محافظة معان.")
    got = {e.text: e.name_en for e in run(gaz, text)}
    assert got.get("وزارة الداخلية") == "Jordanian Ministry of Interior", got


# Round 10: a province's or city's office named after its place behind a linking word, the place staying its
# own mention (Yemen's governorate offices, a city's chamber of commerce, Morocco's regional directorates).
@pytest.mark.parametrize("text,surface,en,place", [
    ("وقال مدير مكتب الصحة في تعز إن المستشفيات امتلأت.", "مكتب الصحة", "Taiz Health Office", "تعز"),
    ("وقدرت الغرفة التجارية في عدن الخسائر بملايين الدولارات.", "الغرفة التجارية", "Aden Chamber of Commerce", "عدن"),
    ("وأعلنت المديرية الإقليمية للصحة بإقليم الحوز تعبئة الأطقم الطبية.", "المديرية الإقليمية للصحة",
     "Al Haouz Provincial Directorate of Health", "الحوز"),
])
def test_round10_local_offices_place_outside(gaz, text, surface, en, place):
    got = {e.text: e for e in run(gaz, text)}
    assert surface in got and got[surface].name_en == en, [(e.text, e.name_en) for e in got.values()]
    assert place in got and got[place].type == "LOC"


# Round 11 (sets 20-21 promoted), class 1: names the press writes two ways carry both ("Council of Ministers
# of Iraq" and "Council of Ministers (Iraq)"; "Public Prosecution (Egypt)" and "Egyptian Public Prosecution").
@pytest.mark.parametrize("text,surface,en", [
    ("وقرر مجلس الوزراء العراقي تشكيل لجنة للتحقيق في الحادث.", "مجلس الوزراء العراقي",
     "Council of Ministers of Iraq (Council of Ministers)"),
    ("وصوت مجلس النواب العراقي على الموازنة بعد جلسة طويلة.", "مجلس النواب العراقي",
     "Council of Representatives of Iraq (Council of Representatives)"),
    ("وأمرت النيابة العامة في القاهرة بحبس السائق أربعة أيام على ذمة التحقيق.", "النيابة العامة",
     "Egyptian Public Prosecution (Public Prosecution)"),
    ("وشاركت القوات المسلحة الملكية في إجلاء السكان من القرى المنكوبة.", "القوات المسلحة الملكية",
     "Royal Moroccan Armed Forces (Royal Armed Forces)"),
    ("وأكدت وزارة الدفاع السورية أنها أرسلت تعزيزات إلى ريف اللاذقية.", "وزارة الدفاع السورية",
     "Syrian Ministry of Defense (Syrian Ministry of Defence)"),
    ("ونقلت وكالة الأنباء الجزائرية عن الوالي أن الحريق أخمد.", "وكالة الأنباء الجزائرية",
     "Algerian Press Service (Algeria Press Service) (APS)"),
])
def test_round11_names_in_both_conventions(gaz, text, surface, en):
    _assert_named(gaz, text, surface, en)


# Round 11, class 2: bodies the lists lacked -- the Maghreb's, Egypt's, Libya's, Mauritania's, the Sahel's,
# Somalia's and Jordan's railway, port, economic-zone, civil-protection and military bodies, unions, the
# regional commissariats and elected councils named after their place.
@pytest.mark.parametrize("text,surface,en", [
    ("وأعلن المكتب الوطني للسكك الحديدية تعليق الرحلات بين فاس ومكناس.", "المكتب الوطني للسكك الحديدية",
     "National Office of Railways (ONCF)"),
    ("وقالت الشركة الوطنية للنقل بالسكك الحديدية إن القطار خرج عن السكة.", "الشركة الوطنية للنقل بالسكك الحديدية",
     "National Rail Transport Company (SNTF)"),
    ("وأعلنت سلطة منطقة العقبة الاقتصادية الخاصة إغلاق الرصيف مؤقتا.", "سلطة منطقة العقبة الاقتصادية الخاصة",
     "Aqaba Special Economic Zone Authority (ASEZA)"),
    ("ودعت الجامعة العامة للتعليم الثانوي إلى إضراب يوم الخميس.", "الجامعة العامة للتعليم الثانوي",
     "General Federation of Secondary Education (Tunisia)"),
    ("واستدعت وزارة الشؤون الخارجية والتعاون والموريتانيين في الخارج السفير.",
     "وزارة الشؤون الخارجية والتعاون والموريتانيين في الخارج",
     "Mauritanian Ministry of Foreign Affairs (Ministry of Foreign Affairs, Cooperation and Mauritanians Abroad)"),
    ("ونفت هيئة الأركان العامة للجيوش المالية أي توغل داخل الحدود.", "هيئة الأركان العامة للجيوش المالية",
     "General Staff of the Malian Armed Forces (Malian Armed Forces General Staff)"),
    ("وقالت هيئة إدارة الكوارث الصومالية إن الفيضانات شردت آلاف الأسر.", "هيئة إدارة الكوارث الصومالية",
     "Somali Disaster Management Agency (SoDMA)"),
    ("وذكرت الوكالة السورية للأنباء أن الدفاعات الجوية تصدت للصواريخ.", "الوكالة السورية للأنباء", "SANA"),
    ("واستهدفت الغارات منشأة تابعة لمركز الدراسات والبحوث العلمية قرب حلب.", "مركز الدراسات والبحوث العلمية",
     "Scientific Studies and Research Center (SSRC)"),
    ("وتوجه قائد المنطقة العسكرية الخامسة إلى النعمة في موريتانيا.", "المنطقة العسكرية الخامسة",
     "Fifth Military Region (Mauritania)"),
    ("وطالب المجلس البلدي مصراتة بفتح تحقيق في الاشتباكات.", "المجلس البلدي مصراتة", "Misrata Municipal Council"),
    ("وقرر المجلس البلدي لبنغازي إغلاق المدارس.", "المجلس البلدي", "Benghazi Municipal Council"),
    ("وخصص المجلس الشعبي الولائي لبجاية مساعدات للمتضررين.", "المجلس الشعبي الولائي",
     "Bejaia People's Provincial Assembly"),
    ("وأعلنت المندوبية الجهوية للتربية بالقصرين تعليق الدروس.", "المندوبية الجهوية للتربية",
     "Kasserine Regional Education Commissariat"),
])
def test_round11_bodies_of_the_newest_classes(gaz, text, surface, en):
    _assert_named(gaz, text, surface, en)


# Round 11, class 3: a bare body is the article's country's (Mauritania's army and police, Syria's General
# Security, a republic's presidency), not the body of the country read from a neighbour's name.
@pytest.mark.parametrize("text,surface,en", [
    ("أعلنت السلطات الموريتانية في نواكشوط أن وحدات من الجيش الوطني عززت انتشارها قرب باسكنو.", "الجيش الوطني",
     "Mauritanian Armed Forces"),
    ("قتل عنصران من قوات الأمن العام في هجوم على حاجز قرب جبلة في محافظة اللاذقية السورية.", "قوات الأمن العام",
     "General Security Service (General Security)"),
    ("وقال بلاغ لرئاسة الجمهورية في تونس إن الرئيس أقال الوالي.", "رئاسة الجمهورية",
     "Tunisian Presidency (Presidency of Tunisia)"),
])
def test_round11_bare_bodies_by_country(gaz, text, surface, en):
    _assert_named(gaz, text, surface, en)


# Round 11, class 4: what looks like a composed body and is none -- traffic and flows after حركة, a
# quantity after a verbal تجمع, national unity, a drainage network, a markaz (district) before its town.
@pytest.mark.parametrize("text,forbidden", [
    ("وأكدت الهيئة أن حركة القطارات على الخط الرئيسي توقفت ساعتين.", ["حركة القطارات"]),
    ("وأغلق الجسر أمام حركة المسافرين والشاحنات حتى إشعار آخر.", ["حركة المسافرين"]),
    ("وتجمع قرابة ألفي شخص أمام مقر المحافظة للمطالبة بالتعويض.", ["تجمع قرابة"]),
    ("ودعا الرئيس إلى الحفاظ على الوحدة الوطنية والسلم الأهلي.", ["الوحدة الوطنية"]),
    ("وقال مهندس إن شبكة تصريف مياه الأمطار لم تستوعب السيول.", ["شبكة تصريف مياه الأمطار", "شبكة تصريف"]),
    ("ودعت واشنطن إلى تصنيف الجماعة منظمة إرهابية وتجميد أصولها.", ["منظمة إرهابية"]),
])
def test_round11_no_body(gaz, text, forbidden):
    got = {e.text: e for e in run(gaz, text)}
    for f in forbidden:
        assert f not in got or got[f].type != "ORG", (f, got[f].name_en)


def test_round11_markaz_is_the_place(gaz):
    got = {e.text: e for e in run(gaz, "وقع التصادم قرب محطة القطار بمركز ملوي في محافظة المنيا.")}
    assert "ملوي" in got and got["ملوي"].type == "LOC", [(e.text, e.type, e.name_en) for e in got.values()]
    assert not any(e.type == "ORG" for e in got.values()), [(e.text, e.name_en) for e in got.values()]


# Round 11, MISC: what the newest sets mark MISC and the lists lacked -- water bombers and other aircraft
# types, rockets by name, epidemics and climate phenomena, the communities the gold sets mark.
@pytest.mark.parametrize("text,surface,en", [
    ("وشاركت طائرتان من نوع \"بيريف\" في إخماد ألسنة اللهب بالغابة.", "بيريف", "Beriev Be-200"),
    ("وهبطت طائرة إليوشن محملة بالمساعدات في مطار بورتسودان.", "طائرة إليوشن", "Ilyushin Il-76"),
    ("وأطلق مسلحون صواريخ كاتيوشا على قاعدة عسكرية قرب المطار.", "صواريخ كاتيوشا", "Katyusha rockets"),
    ("وخصص الجناح الجديد لمرضى كورونا بعد ارتفاع الإصابات.", "كورونا", "COVID-19"),
    ("وتوقعت الأرصاد أن تؤدي ظاهرة \"إل نينيو\" إلى أمطار غزيرة في القرن الأفريقي.", "إل نينيو", "El Niño"),
    ("وفر مئات من أبناء الطائفة العلوية إلى القرى الجبلية.", "الطائفة العلوية", "Alawites"),
])
def test_round11_misc_classes(gaz, text, surface, en):
    _assert_named(gaz, text, surface, en, "MISC")


def test_round11_virus_before_corona_is_unmarked(gaz):
    # the older sets leave "فيروس كورونا" unmarked: only the disease named alone is COVID-19
    got = {e.text: e for e in run(gaz, "وتوفي الرجل بعد إصابته بفيروس كورونا الشهر الماضي.")}
    assert "كورونا" not in got, [(e.text, e.name_en) for e in got.values()]


# Round 11, class 5: the newest sets' other conventions -- an embassy "in Kuwait" and ", Sanaa" (its capital),
# a federal ministry also by its state's adjective, Mauritania's National Guard, a state's civil aviation
# authority and army command named bare, Algeria's communes (the place, not a council), shipping lines.
@pytest.mark.parametrize("text,surface,en", [
    ("واعتقل الحوثيون موظفا سابقا في السفارة الأمريكية في اليمن.", "السفارة الأمريكية",
     "Embassy of the United States in Yemen (Embassy of the United States, Sanaa)"),
    ("وأعلنت وزارة الصحة الاتحادية في بورتسودان وصول شحنة أدوية.", "وزارة الصحة الاتحادية",
     "Federal Ministry of Health (Sudanese Ministry of Health)"),
    ("وانتشرت وحدات من الحرس الوطني في شوارع كيهيدي بموريتانيا.", "الحرس الوطني",
     "Mauritanian National Guard (National Guard)"),
    ("وأعلنت سلطة الطيران المدني تعليق الرحلات في مطاري بغداد والبصرة.", "سلطة الطيران المدني",
     "Iraqi Civil Aviation Authority (Civil Aviation Authority)"),
    ("وأعلنت قيادة الجيش في بيروت توقيف صاحب المستودع.", "قيادة الجيش", "Lebanese Army Command"),
    ("وقال متحدث باسم شركة نيبون يوسن اليابانية إن الطاقم محتجز.", "نيبون يوسن", "NYK Line"),
    ("وقال مصدر في المستشفى لموزاييك إن الجرحى في حالة مستقرة.", "موزاييك", "Mosaique FM"),
])
def test_round11_conventions_of_the_newest_sets(gaz, text, surface, en):
    _assert_named(gaz, text, surface, en)


def test_round11_algerian_commune_is_a_place(gaz):
    got = {e.text: e for e in run(gaz, "وضربت السيول بلدية بريزينة بولاية البيض وخلفت خسائر.")}
    assert "بريزينة" in got and got["بريزينة"].type == "LOC", [(e.text, e.name_en) for e in got.values()]
    assert not any(e.type == "ORG" for e in got.values()), [(e.text, e.name_en) for e in got.values()]


# Round 11, class 6: in Yemen a bare armed force is the Houthis' where the article speaks for their side
# (their military spokesman or their TV is named), else the state's.
@pytest.mark.parametrize("text,surface,en", [
    ("صنعاء - أعلن المتحدث باسم القوات المسلحة العميد يحيى سريع استهداف سفينة تجارية قبالة اليمن.",
     "القوات المسلحة", "Houthi armed forces (Yemeni Armed Forces)"),
    ("وقال يحيى سريع في بيان إن القوات البحرية أطلقت صاروخين على ناقلة في البحر الأحمر قبالة اليمن.",
     "القوات البحرية", "Houthi naval forces"),
    ("عدن - أعلنت الحكومة اليمنية أن القوات البحرية ضبطت شحنة أسلحة قبالة سواحل اليمن.",
     "القوات البحرية", "Yemeni Navy"),
])
def test_round11_yemen_sanaa_side(gaz, text, surface, en):
    _assert_named(gaz, text, surface, en)


# Round 11, class 7: police directorates and departments named without their country: Algeria's and
# Morocco's DGSN share one name; the police departments of the accident and drug news.
@pytest.mark.parametrize("text,surface,en", [
    ("وأعلنت المديرية العامة للأمن الوطني توقيف ثلاثة أشخاص في قسنطينة بالجزائر.",
     "المديرية العامة للأمن الوطني", "General Directorate of National Security (Algeria)"),
    ("وأعلنت المديرية العامة للأمن الوطني فتح بحث قضائي في مراكش بالمغرب.",
     "المديرية العامة للأمن الوطني", "General Directorate for National Security (Morocco)"),
    ("وضبطت إدارة مكافحة المخدرات شحنة من الحبوب المخدرة في الزرقاء بالأردن.",
     "إدارة مكافحة المخدرات", "Jordanian Anti-Narcotics Department"),
    ("وقالت إدارة مكافحة المخدرات الأمريكية إن الشبكة تعمل في عدة دول.",
     "إدارة مكافحة المخدرات الأمريكية", "Drug Enforcement Administration (DEA)"),
])
def test_round11_police_departments_by_country(gaz, text, surface, en):
    _assert_named(gaz, text, surface, en)


@pytest.mark.parametrize("text,later", [
    # a titled given name after the person was named in full
    ("وقال مدير المستشفى الدكتور مروان الزيدي إن الأقسام امتلأت. وأضاف الدكتور مروان أن الأدوية نفدت.", "مروان"),
    # a titled family name
    ("وصل المهندس كريم العلواني إلى الموقع صباحا. وأكد المهندس العلواني أن السد صامد.", "العلواني"),
])
def test_a_person_named_again_by_one_word_after_a_title_is_that_person(gaz, text, later):
    """"الدكتور حسام" after "الدكتور حسام أبو صفية" was a second person "Husam" beside "Hussam Abu Safiya": the one
    word a title rule finds is the person named in full before, with his name and id."""
    ents = run(gaz, text)
    full = next(e for e in ents if e.type == "PER" and " " in e.text)
    again = [e for e in ents if e.type == "PER" and e.text == later]
    assert again and all(e.id == full.id and e.name_en == full.name_en for e in again), \
        [(e.text, e.name_en, e.id) for e in ents]


@pytest.mark.parametrize("text,surface,en", [
    # a city that needs a cue ("العيون" is also "the eyes") named after a facility head: the head is the cue
    ("أغلقت السلطات في المغرب مطار العيون أمام الرحلات.", "مطار العيون", "Laayoune Airport"),
    ("وقالت مصادر في ميناء العقبة بالأردن إن الحاوية سقطت.", "ميناء العقبة", "Port of Aqaba"),
    # a plural head before such a city: the city's hospitals, the city a place (not "Al-Ayoun Hospital")
    ("ونقل المصابون إلى مستشفيات العيون جنوبي المغرب.", "العيون", "Laayoune"),
    ("وتوزع الجرحى على مستشفيات معسكر غربي الجزائر.", "معسكر", "Mascara"),
])
def test_a_place_needing_a_cue_after_a_facility_head(gaz, text, surface, en):
    """"ميناء العقبة" read "Al-Aqba Port" and "مستشفيات العقبة" "Al-Aqba Hospital": Aqaba needs a cue, and the
    facility head before it is one."""
    _assert_named(gaz, text, surface, en, "LOC")


@pytest.mark.parametrize("text", [
    "وفي حي باب السلام، قال أحد السكان إن المياه دخلت البيوت.",
    "غمرت المياه المحلات بحي باب الخوخة في مدينة آسفي المغربية.",
])
def test_a_gate_is_no_proclitic_and_ibb(gaz, text):
    """"باب" (a gate, the first word of many quarters' names) read as ب + إب: Yemen's Ibb in a Moroccan quarter
    (classifiers.yaml whole_words)."""
    assert not any(e.name_en == "Ibb" for e in run(gaz, text)), [(e.text, e.name_en) for e in run(gaz, text)]
    assert any(e.name_en == "Ibb" for e in run(gaz, "وقصفت الطائرات محافظة إب وسط اليمن."))


# Round 12 (sets 22-23 promoted), class 1: a body the press names two ways reads as one name with the other
# in brackets (the full name, then the short one the other convention writes), never two brackets; the US
# bodies under both the short and the official name; the umbrella of Iraq's Iran-aligned factions is its own.
@pytest.mark.parametrize("text,surface,en", [
    ("وقرر مجلس الوزراء الكويتي تعطيل الدوام الرسمي يومين.", "مجلس الوزراء الكويتي",
     "Council of Ministers of Kuwait (Council of Ministers)"),
    ("وأحالت النيابة العامة في الرباط الموقوفين على قاضي التحقيق.", "النيابة العامة",
     "Moroccan Public Prosecution (Public Prosecution)"),
    ("وقالت وزارة الدفاع الأمريكية إن حاملة الطائرات ستبقى في المنطقة.", "وزارة الدفاع الأمريكية",
     "Pentagon (United States Department of Defense)"),
    # (the dev set's own names keep their one form: "US-led coalition", "Syrian government")
    ("وأعلن التحالف الدولي ضد داعش تنفيذ غارة قرب الحدود.", "التحالف الدولي ضد داعش", "US-led coalition"),
    ("وتبنت المقاومة الإسلامية في العراق هجوما بطائرة مسيرة على قاعدة حرير.", "المقاومة الإسلامية في العراق",
     "Islamic Resistance in Iraq"),
    ("ونددت وزارة الشؤون الخارجية والجالية الوطنية بالخارج بالقصف.", "وزارة الشؤون الخارجية والجالية الوطنية بالخارج",
     "Algerian Ministry of Foreign Affairs and National Community Abroad"),
    ("وانتشرت الشرطة في أحياء نواكشوط بعد إعلان النتائج.", "الشرطة", "Mauritanian National Police (Mauritanian police)"),
    ("وأوقف الدرك ثلاثة مهربين قرب نواذيبو.", "الدرك", "Mauritanian National Gendarmerie (National Gendarmerie)"),
])
def test_round12_one_name_and_its_short_form(gaz, text, surface, en):
    name = _assert_named(gaz, text, surface, en)[surface].name_en
    assert name.count("(") <= 1


# Round 12, class 2: bodies the lists lacked -- state broadcasters (also bare, by the article's country), Qatar's
# internal security force, Lebanon's blocs under their bare quoted names, Israel's broadcaster quoted as «كان»,
# a state's permanent mission to the UN, Aden's independent channel.
@pytest.mark.parametrize("text,surface,en", [
    ("وبث التلفزيون الأردني صورا للحريق في المنطقة الصناعية.", "التلفزيون الأردني", "Jordan TV"),
    ("ونقل التلفزيون القومي عن والي الخرطوم أن الجسر أغلق.", "التلفزيون القومي", "Sudan TV"),
    ("وقال التلفزيون الصومالي إن الرئيس وصل إلى مقديشو.", "التلفزيون الصومالي", "Somali National Television (SNTV)"),
    ("وانتشرت دوريات «لخويا» في محيط السفارة في الدوحة.", "لخويا", "Internal Security Force (Lekhwiya)"),
    ("وأعلن نواب «اللقاء الديمقراطي» تأييدهم للمرشح في بيروت.", "اللقاء الديمقراطي", "Democratic Gathering bloc"),
    ("وطلبت كتلتا «لبنان القوي» و«الجمهورية القوية» تأجيل الجلسة.", "الجمهورية القوية", "Strong Republic bloc"),
    ("وقالت هيئة البث العامة «كان» إن المجلس الوزاري سيجتمع الليلة.", "كان", "Kan (Israeli Public Broadcasting Corporation)"),
    ("وقالت البعثة التركية لدى الأمم المتحدة إن أنقرة تدعم القرار.", "البعثة التركية لدى الأمم المتحدة",
     "Permanent Mission of Turkey to the United Nations"),
    ("وبثت قناة عدن المستقلة مشاهد من الاحتجاجات في كريتر.", "قناة عدن المستقلة", "Aden Independent Channel (AIC)"),
])
def test_round12_bodies_the_lists_lacked(gaz, text, surface, en):
    _assert_named(gaz, text, surface, en)


def test_round12_a_delegation_is_no_mission(gaz):
    ents = run(gaz, "ووصلت البعثة المغربية إلى القاهرة للمشاركة في البطولة العربية.")
    assert not [e for e in ents if e.text.startswith("البعثة")]


# Round 12, class 3: composed names -- a ministry "في حكومة الحوثيين" is the Houthi-run ministry while the group
# stays its own mention (the gold sets mark it so); a feminine short form before a definite noun that cannot
# be its adjective is the body named before ("أن تعلن اللجنة النتائج": the verb's object).
@pytest.mark.parametrize("text,surface,en", [
    ("وقالت وزارة الداخلية في حكومة الحوثيين إن خمسة أشخاص قتلوا.", "وزارة الداخلية", "Houthi-run Ministry of Interior (Sanaa)"),
    ("وقالت وزارة الداخلية في حكومة الحوثيين إن خمسة أشخاص قتلوا.", "الحوثيين", "Houthis (Ansar Allah)"),
    ("وأعلنت الهيئة العليا المستقلة للانتخابات في تونس نسبة المشاركة، وستعلن الهيئة النتائج الأولية الثلاثاء.",
     "الهيئة", "Independent High Authority for Elections (ISIE)"),
])
def test_round12_composed_names(gaz, text, surface, en):
    _assert_named(gaz, text, surface, en)


def test_round12_feminine_short_form_keeps_its_adjective(gaz):
    ents = run(gaz, "وأعلنت الهيئة العليا المستقلة للانتخابات في تونس النتائج، ثم اجتمعت الهيئة الوطنية للإعلام.")
    assert "الهيئة" not in [e.text for e in ents]


# Round 12, class 4: outlets in a dateline between dashes or before their city in brackets; a state's civil
# protection named bare or as a directorate general by the article's country; parties named with "من أجل".
@pytest.mark.parametrize("text,surface,en", [
    ("حريق في مصنع بالزرقاء\nعمان – الغد – اندلع حريق كبير في مصنع للبلاستيك.", "الغد", "Al-Ghad"),
    ("احتجاجات في روصو\nالأخبار (نواكشوط) – خرج عشرات الشبان إلى الشوارع.", "الأخبار", "Al-Akhbar Info"),
    ("وأعلنت المديرية العامة للحماية المدنية في تونس إخماد حريق الغابة.", "المديرية العامة للحماية المدنية",
     "Tunisian Civil Protection (National Office of Civil Protection)"),
    ("وأعلنت المديرية العامة للحماية المدنية إجلاء العائلات في ولاية بجاية.", "المديرية العامة للحماية المدنية",
     "Algerian Civil Protection (Directorate General of Civil Protection)"),
    ("وقال حزب الاتحاد من أجل الجمهورية إن مرشحه سيفوز في نواكشوط.", "حزب الاتحاد من أجل الجمهورية",
     "Union for the Republic (UPR)"),
    ("ورفض حزب التجمع من أجل مالي قرار حل الأحزاب في باماكو.", "حزب التجمع من أجل مالي", "Rally for Mali (RPM)"),
    ("وحصل حزب مستقبل وطن على أغلبية المقاعد في القاهرة.", "حزب مستقبل وطن", "Nation's Future Party (Mostaqbal Watan)"),
])
def test_round12_datelines_civil_protection_parties(gaz, text, surface, en):
    _assert_named(gaz, text, surface, en)


# Round 12, class 5 (extras that are no bodies): an election's constituencies ("الدائرة العامة" is Jordan's
# national list), a bare "القاعدة" (the base) unless Al-Qaeda was named before.
@pytest.mark.parametrize("text,forbidden", [
    ("وحصلت القائمة على 300 ألف صوت في الدائرة العامة في عمان.", "الدائرة العامة"),
    ("وفاز مرشحان عن الدائرة الانتخابية الثالثة في إربد.", "الدائرة الانتخابية"),
    ("وقالت المصادر إن المسيرة اقتربت من القاعدة قبل أن تنفجر.", "القاعدة"),
])
def test_round12_not_bodies(gaz, text, forbidden):
    assert forbidden not in [e.text for e in run(gaz, text) if e.type == "ORG"]


def test_round12_bare_qaeda_after_its_full_name(gaz):
    _assert_named(gaz, "وتبنى تنظيم القاعدة الهجوم، وقالت القاعدة في بيان إنها استهدفت الفندق.", "القاعدة", "Al-Qaeda")


# Round 12, class 6 (MISC): military operations by their code names, quoted or after "عملية".
@pytest.mark.parametrize("text,surface,en", [
    ("وأطلق الجيش الإسرائيلي عملية \"الجدار الحديدي\" في مخيم طولكرم.", "الجدار الحديدي", "Operation Iron Wall"),
    ("وبدأت القوات عملية أطلقت عليها اسم \"مخيمات صيفية\" في طوباس.", "مخيمات صيفية", "Operation Summer Camps"),
    ("وقالت واشنطن إن عملية مطرقة منتصف الليل استهدفت منشأة فوردو.", "مطرقة منتصف الليل", "Operation Midnight Hammer"),
    ("وأعلن الحرس الثوري بدء عملية \"الوعد الصادق 3\" ضد إسرائيل.", "الوعد الصادق 3", "Operation True Promise III"),
])
def test_round12_operations(gaz, text, surface, en):
    _assert_named(gaz, text, surface, en, "MISC")


# Round 12, class 3 (cont.): a one-word short form ("الجيش": the army named before) opens a longer body of the
# article's country ("قيادة الجيش" Lebanese Army Command, "الجيش الوطني" in a Mauritanian sentence); a bare
# ministry after the state named in the same clause is that state's even when another country follows.
@pytest.mark.parametrize("text,surface,en", [
    ("وانتشر الجيش اللبناني في صور. وأعلنت قيادة الجيش، في بيان، توقيف ثلاثة مطلوبين.", "قيادة الجيش",
     "Lebanese Army Command"),
    ("وقال الجيش المالي إن قواته تقدمت. وقال والي الحوض الشرقي إن وحدات من الجيش الوطني انتشرت على الحدود.",
     "الجيش الوطني", "Mauritanian Armed Forces"),
    ("وأعربت المملكة العربية السعودية، في بيان لوزارة الخارجية، عن إدانتها للاعتداء على سيادة دولة قطر.",
     "وزارة الخارجية", "Saudi Ministry of Foreign Affairs"),
])
def test_round12_short_form_opens_a_body_and_the_state_named_before(gaz, text, surface, en):
    _assert_named(gaz, text, surface, en)


# Round 12, class 7: religious institutions (the news of funerals, feasts, fatwas and attacks on churches) and
# carriers the lists lacked.
@pytest.mark.parametrize("text,surface,en", [
    ("ونعت الكنيسة القبطية الأرثوذكسية ضحايا الحادث في المنيا.", "الكنيسة القبطية الأرثوذكسية", "Coptic Orthodox Church"),
    ("ودعت البطريركية المارونية إلى انتخاب رئيس للجمهورية في بيروت.", "البطريركية المارونية", "Maronite Patriarchate"),
    ("وأدان الاتحاد العالمي لعلماء المسلمين اغتيال القيادي في الدوحة.", "الاتحاد العالمي لعلماء المسلمين",
     "International Union of Muslim Scholars"),
    ("وقال مكتب المرجع السيستاني إن الزيارة ستتم في موعدها في النجف.", "مكتب المرجع السيستاني",
     "Office of Grand Ayatollah Ali al-Sistani"),
    ("وأعلنت الموريتانية للطيران استئناف رحلاتها إلى نواذيبو.", "الموريتانية للطيران", "Mauritania Airlines"),
])
def test_round12_religious_institutions_and_carriers(gaz, text, surface, en):
    _assert_named(gaz, text, surface, en)


def test_the_port_alone_is_no_second_mention_of_the_port(gaz) -> None:
    """A bare "الميناء" after the port was named is a common noun, as "المطار" and "المستشفى" are (the gold sets
    mark it no place: 11 extras on sets 1-23)."""
    from generator.nlp.entities import extract_entities
    from generator.nlp.normalise import normalise

    text = "ورست السفينة في ميناء الحديدة صباح اليوم. وقال مسؤول في الميناء إن عمليات التفريغ بدأت."
    got = [e.text for e in extract_entities(text, normalise(text), gaz) if e.type == "LOC"]
    assert got == ["ميناء الحديدة"], got


@pytest.mark.parametrize("text,places", [
    # إحياء (reviving, commemorating) folds to أحياء (quarters): "Al-Dhakri" had been a place in Kerman
    ("وتجمع الآلاف لإحياء الذكرى الرابعة لاغتيال القائد.", []),
    ("وشارك المئات في إحياء المناسبة قرب الضريح.", []),
    ("وقصفت المدفعية أحياء حلب الشرقية.", ["حلب"]),
])
def test_a_classifier_written_as_another_word_names_no_place(gaz, text, places) -> None:
    from generator.nlp.analyse import analyse
    from generator.models import RawArticle

    a = analyse(RawArticle(id="x", source_file="x.txt", body=text, published="2024-01-04"), gaz)
    assert [e.text for e in a.facts.entities if e.type == "LOC"] == places


@pytest.mark.parametrize("text,name", [
    # a name two countries share is the article's country's, and the name itself does not vote for its first
    # reading: "البريقة" once beside Aden had stayed Libya's Brega (a tie, won by the shared name's own mention)
    ("اندلع حريق قرب البريقة غرب عدن مساء أمس.", "Al-Buraiqa (Aden)"),
    ("اندلع حريق في منطقة البريقة النفطية شرق ليبيا مساء أمس.", "Brega"),
])
def test_a_shared_place_name_is_the_article_countrys_without_its_own_vote(gaz, text, name) -> None:
    from generator.nlp.entities import extract_entities
    from generator.nlp.normalise import normalise

    got = {e.text: e.name_en for e in extract_entities(text, normalise(text), gaz)}
    assert got.get("البريقة") == name, got
