"""The hand-made place lists of the Arab world and its neighbours (generator/data/gazetteer/
places_*.yaml): every entry is well formed, and the places are found in news copy.

Every sentence below was written for this table in the style of Arabic wire copy (none is taken
from the dev or held-out sets). A row lists the mentions that must be found -- (surface, English
name) -- and surfaces that must NOT be a place: a place name that is also a common word or a
given name needs a cue (a classifier noun, a preposition of place, a list of places).
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from generator.nlp.entities import DATA_DIR, Gazetteer, _read_entries, extract_entities
from generator.nlp.normalise import normalise

PLACE_FILES = sorted(p for p in DATA_DIR.glob("places_*.yaml"))


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def _rows(path: Path) -> list[dict]:
    return [d for d in _read_entries(path) if isinstance(d, dict)]


def test_place_files_are_well_formed(gaz: Gazetteer) -> None:
    countries = {e.id for e in gaz.entries("country")} | {"western-sahara", "palestine"}
    ids: Counter[str] = Counter()
    problems = []
    for path in PLACE_FILES:
        for d in _rows(path):
            if path.name == "places_aliases.yaml":  # more spellings of entries held elsewhere, merged by id
                if gaz.get(str(d.get("id"))) is None or not d.get("aliases") or set(d) - {"id", "aliases"}:
                    problems.append(f"{path.name}: {d.get('id')} must name an existing entry and add aliases only")
                continue
            ids[str(d.get("id"))] += 1
            if not d.get("id") or not str(d.get("name_en") or "").strip() or not d.get("name_ar"):
                problems.append(f"{path.name}: {d.get('id')} lacks id, name_en or name_ar")
            if str(d.get("type", "")).upper() == "LOC" and d.get("country") and d["country"] not in countries:
                problems.append(f"{path.name}: {d['id']} has an unknown country {d['country']!r}")
    problems += [f"duplicate id {i} ({n} entries)" for i, n in ids.items() if n > 1]
    assert not problems, "\n".join(problems[:20])


@pytest.mark.parametrize("path", PLACE_FILES, ids=lambda p: p.name)
def test_every_place_entry_loads(gaz: Gazetteer, path: Path) -> None:
    for d in _rows(path):
        e = gaz.get(str(d["id"]))
        assert e is not None and e.name_en, d["id"]
        for a in d.get("aliases") or ():
            assert e in gaz.lookup_all(a) or e.needs_cue, (d["id"], a)


CASES = [
    # Sudan
    ("وقالت مصادر محلية إن قوات الدعم السريع قصفت مدينة بابنوسة وبلدة أبو زبد في غرب كردفان.",
     [("أبو زبد", "Abu Zabad")], []),
    ("ونزح آلاف السكان من محلية أم صميمة نحو مدينة الأبيض.", [("أم صميمة", "Um Sumeima")], []),
    ("وقصفت مسيرة سد مروي ومحطة الكهرباء في الولاية الشمالية.", [("سد مروي", "Merowe Dam")], []),
    # South Sudan
    ("ووصل اللاجئون إلى بلدة الرنك الحدودية في جنوب السودان.", [("الرنك", "Renk")], []),
    # Yemen
    ("وشن الحوثيون هجوما على مواقع القوات الحكومية في مديرية حريب جنوبي مأرب.", [("حريب", "Harib")], []),
    ("وأغلقت السلطات ميناء نشطون في محافظة المهرة بسبب الأحوال الجوية.", [("ميناء نشطون", "Nishtun Port (Nishtun)")], []),
    # Somalia
    ("وسيطر الجيش الصومالي على بلدة عيل طير في إقليم جلجدود.", [("عيل طير", "El Dher"), ("جلجدود", "Galguduud")], []),
    ("وانفجرت سيارة مفخخة قرب سوق بكارة في العاصمة مقديشو.", [("سوق بكارة", "Bakara Market")], []),
    # Djibouti, Eritrea, Ethiopia
    ("ورست السفينة في ميناء دوراليه بجيبوتي.", [("ميناء دوراليه", "Port of Doraleh")], []),
    ("واندلعت اشتباكات في مدينة مقلي عاصمة إقليم تيغراي.", [("مقلي", "Mekelle"), ("إقليم تيغراي", "Tigray")], []),
    # Chad, Niger, Mali, Mauritania
    ("ووصل آلاف الفارين من دارفور إلى بلدة فرشانا شرقي تشاد.", [("فرشانا", "Farchana")], []),
    ("وهاجم مسلحون قاعدة للجيش قرب بلدة تساليت في شمال مالي.", [("تساليت", "Tessalit")], []),
    ("وأعلنت السلطات النيجرية إجلاء المهاجرين من بلدة أساماكا.", [("أساماكا", "Assamaka")], []),
    ("وشهدت مقاطعة تفرغ زينة في نواكشوط احتجاجات ليلية.", [("تفرغ زينة", "Tevragh Zeina")], []),
    # Libya
    ("وأعلنت المؤسسة الوطنية للنفط استئناف الإنتاج في حقل الفيل بعد إغلاق دام أسابيع.",
     [("حقل الفيل", "El Feel oil field")], []),
    ("واندلعت اشتباكات مسلحة في منطقة جنزور غربي طرابلس.", [("جنزور", "Janzour")], []),
    # Tunisia, Algeria, Morocco
    ("وتظاهر عشرات الشبان في مدينة المكناسي بولاية سيدي بوزيد.", [("المكناسي", "Meknassy")], []),
    ("وضرب زلزال بقوة 5 درجات منطقة فرجيوة بولاية ميلة.", [("فرجيوة", "Ferdjioua")], []),
    ("وتواصلت أعمال الإغاثة في إقليم شيشاوة المتضرر من الزلزال.", [("شيشاوة", "Chichaoua")], []),
    # Iraq
    ("وانفجرت عبوة ناسفة على طريق في قضاء طوز خورماتو جنوبي كركوك.", [("طوز خورماتو", "Tuz Khurmatu")], []),
    ("واستهدفت طائرة مسيرة حقل خورمالا في أربيل.", [("حقل خورمالا", "Khurmala oil field")], []),
    ("وأغلقت السلطات منفذ الشلامجة الحدودي مع إيران.", [("منفذ الشلامجة", "Shalamcheh crossing")], []),
    # Syria
    ("وقصفت المدفعية بلدة كنصفرة في جبل الزاوية بريف إدلب الجنوبي.", [("كنصفرة", "Kansafra")], []),
    ("وعاد مئات النازحين إلى مخيم الركبان قرب قاعدة التنف.", [("مخيم الركبان", "Rukban camp (Rukban)")], []),
    # Lebanon
    ("وشنت طائرات حربية غارات على بلدتي عيترون ومارون الراس في قضاء بنت جبيل.",
     [("عيترون", "Aitaroun"), ("مارون الراس", "Maroun al-Ras")], []),
    # Jordan
    ("ويقيم آلاف اللاجئين السوريين في مخيم الأزرق شرقي الأردن.", [("مخيم الأزرق", "Azraq camp")], []),
    # Palestine, Israel
    ("واقتحمت قوات الاحتلال مخيم نور شمس شرقي طولكرم.", [("مخيم نور شمس", "Nur Shams camp (Nur Shams)")], []),
    ("وسقطت صواريخ على مدينة سديروت ومستوطنات غلاف غزة.", [("سديروت", "Sderot"), ("غلاف غزة", "Gaza envelope")], []),
    # Egypt
    ("وانهار عقار سكني في حي كرموز غربي الإسكندرية.", [("كرموز", "Karmouz")], []),
    # Gulf
    ("وهطلت أمطار غزيرة على مدينة خميس مشيط في منطقة عسير.", [("خميس مشيط", "Khamis Mushait")], []),
    ("واندلع حريق في مبنى سكني بمنطقة المنقف جنوبي الكويت.", [("المنقف", "Mangaf")], []),
    ("وأعلنت سلطنة عمان افتتاح ميناء الدقم الجديد.", [("ميناء الدقم", "Port of Duqm (Duqm)")], []),
    ("وخرج المحتجون في بلدة الدراز غربي المنامة.", [("الدراز", "Diraz")], []),
    # Iran, Turkey
    ("وقالت طهران إن صادرات النفط من جزيرة خرج لم تتأثر بالهجوم.", [("جزيرة خرج", "Kharg Island")], []),
    ("وتضررت مبان كثيرة في مدينة أديامان جراء الزلزال.", [("أديامان", "Adiyaman")], []),
    # common words and given names that are also place names do not fire alone
    ("وقال إن السلام لن يتحقق إلا بالحوار، وإن الثورة مستمرة.", [], ["السلام", "الثورة"]),
    ("وأكد المتحدث أن عثمان وكريمة وصلا إلى المستشفى بعد الظهر.", [], ["كريمة"]),
    ("ووصف القرار بأنه كارثة على الزراعة والمراعي.", [], ["كارثة"]),
    ("وشهدت الأسواق المضاربة على العملة، وأصيب العديد من الأطفال بالحصبة.", [], ["المضاربة", "العديد"]),
    ("ونفذت الطائرات قصفا جويا على مواقع المسلحين، وقال: لا أدري متى ينتهي ذلك.", [], ["جويا", "أدري"]),
    ("وأكد أن الطريق الوعر والأراضي الوزيرية لم تشهد أي مضاربات.", [], ["الوعر", "الوزيرية"]),
    # the newest sets' classes (places_maghreb_towns.yaml, places_newest_classes.yaml): the Maghreb's towns,
    # quarters and wadis in the French-based usage, Kabylie's villages, Tunisia's university hospitals
    ("واجتاحت المياه أزقة حي باب الشعبة بعد أن فاض وادي الشعبة وسط آسفي.",
     [("باب الشعبة", "Bab Chaaba (Safi)"), ("وادي الشعبة", "Oued Chaaba (Safi)"), ("آسفي", "Safi")], []),
    ("وأتت النيران على غابات قرب قرية إغيل بوزال وبلدة عزازقة، فيما أجليت أسر من ثالة عثمان.",
     [("إغيل بوزال", "Ighil Bouzel"), ("عزازقة", "Azazga"), ("ثالة عثمان", "Tala Athmane")], []),
    ("ونقل التلاميذ المصابون من المزونة إلى المستشفى الجامعي فرحات حشاد بسوسة.",
     [("المزونة", "Mezzouna"), ("المستشفى الجامعي فرحات حشاد", "Farhat Hached University Hospital")], []),
    ("ولقي عامل حتفه في منجم بمدينة الرديف، وتظاهر آخرون في المتلوي وأم العرائس.",
     [("الرديف", "Redeyef"), ("المتلوي", "Metlaoui")], []),
    ("وزار الوزير أحياء سيدي مومن وعين الشق في الدار البيضاء.", [("سيدي مومن", "Sidi Moumen"), ("عين الشق", "Ain Chock")], []),
    # common words that are also Maghrebi towns need a classifier
    ("وخضع الركاب في القطار إلى الفحص، وقالت الشابة إن مساكن الحي تضررت.", [], ["القطار", "الفحص", "الشابة", "مساكن"]),
    ("وقال إن الأمر يدخل في إطار القانون وجوهر الشريعة.", [], ["إطار", "جوهر", "الشريعة"]),
    ("وقالت امرأة في الشريط: العسكر جاو علينا مع الفجر.", [], ["جاو"]),
    ("وخرج المصلون من المسجد بعد صلاة المغرب.", [], ["المغرب"]),
    # Tripoli's quarters and hospitals; Mauritania's east; Mali
    ("وسقطت قذائف على منطقة بئر الأسطى ميلاد، ونقل الجرحى إلى مستشفى تاجوراء الوطني للقلب ومركز طرابلس الطبي.",
     [("بئر الأسطى ميلاد", "Bir al-Osta Milad (Tajoura)"), ("مستشفى تاجوراء الوطني للقلب", "Tajoura National Heart Hospital"),
      ("مركز طرابلس الطبي", "Tripoli Medical Centre")], []),
    ("وفرت عائلات من عين زارة وأبو سليم نحو سوق الجمعة.", [("عين زارة", "Ain Zara"), ("سوق الجمعة", "Souq al-Jumaa (Souq al-Juma)")], []),
    ("ووصل رعاة من مقاطعة عدل بكرو إلى مخيم امبره قرب باسكنو في الحوض الشرقي.",
     [("عدل بكرو", "Adel Bagrou"), ("مخيم امبره", "Mbera refugee camp (Mbera camp)"), ("باسكنو", "Bassikounou"),
      ("الحوض الشرقي", "Hodh Ech Chargui")], []),
    ("واستهدف هجوم قاعدة للجيش في مدينة جاو، قرب الطريق إلى تمبكتو.", [("جاو", "Gao"), ("تمبكتو", "Timbuktu")], []),
    # Somalia's Hiran; Syria's coast; Jordan; Baghdad; Minya
    ("وغمرت مياه نهر شبيلي حي كوشين في بلدوين ووصلت إلى بولوبرتي.",
     [("نهر شبيلي", "Shabelle River"), ("كوشين", "Koshin (Beledweyne)"), ("بولوبرتي", "Bulo Burte")], []),
    ("وفر سكان من المختارية ووادي العيون نحو قاعدة حميميم الجوية.",
     [("المختارية", "Al-Mukhtariyah"), ("وادي العيون", "Wadi al-Uyun"), ("قاعدة حميميم الجوية", "Khmeimim Air Base (Hmeimim air base)")], []),
    ("واندلع حريق في مستشفى ابن الخطيب بمنطقة جسر ديالى جنوب شرقي بغداد.",
     [("مستشفى ابن الخطيب", "Ibn al-Khatib Hospital"), ("جسر ديالى", "Jisr Diyala")], []),
    ("وتوقفت حركة السفن في ميناء الصليف، وقال صياد من أبناء الصليف إن البحر هادئ.", [("الصليف", "Salif")], []),
    ("وانقلب قطار قرب مدينة ملوي، فيما وصلت سيارات الإسعاف من سمالوط وأبو قرقاص.",
     [("ملوي", "Mallawi"), ("سمالوط", "Samalut"), ("أبو قرقاص", "Abu Qurqas")], []),
    # hospitals under their own names: Syria's national hospitals, Egypt's university hospitals, Kuwait's
    ("ونقل الجرحى إلى مشفى جبلة الوطني ومشفى القرداحة الوطني.",
     [("مشفى جبلة الوطني", "Jableh National Hospital"), ("مشفى القرداحة الوطني", "Qardaha National Hospital")], []),
    ("وأودع المصابون مستشفى أسيوط الجامعي بعد انقلاب الحافلة.", [("مستشفى أسيوط الجامعي", "Assiut University Hospital")], []),
    ("وأعلنت وزارة الصحة الكويتية نقل المصابين إلى مستشفى الفروانية.", [("مستشفى الفروانية", "Farwaniya Hospital")], []),
    # the same spelling in two countries: the article's country decides (Morocco's Youssoufia, Iraq's Yusufiyah)
    ("وقالت السلطات المغربية إن الأمطار غمرت أحياء في مدينة اليوسفية، وإن سدود المغرب امتلأت.",
     [("اليوسفية", "Youssoufia")], []),
    ("وقالت قيادة العمليات المشتركة العراقية إن عبوة انفجرت في قضاء اليوسفية جنوب بغداد، وأصيب جنديان عراقيان.",
     [("اليوسفية", "Yusufiyah")], []),
    # Israel's positions on the Blue Line that Hezbollah's statements name
    ("وقالت المقاومة الإسلامية إنها استهدفت موقع رويسات العلم وثكنة برانيت بالصواريخ.",
     [("رويسات العلم", "Ruwaisat al-Alam"), ("ثكنة برانيت", "Branit barracks")], []),
    # Egypt's towns in the Egyptian press's spelling; the Gulf's quarters after floods
    ("وغرقت شوارع في حي سيدي بشر والعجمي بالإسكندرية، وتعطلت الحركة في مرسى مطروح.",
     [("سيدي بشر", "Sidi Bishr"), ("العجمي", "Agami"), ("مرسى مطروح", "Marsa Matrouh (Mersa Matruh)")], []),
    ("ونفذت القوات حملة في الشيخ زويد وبئر العبد شمالي سيناء.", [("الشيخ زويد", "Sheikh Zuweid"), ("بئر العبد", "Bir al-Abd")], []),
    ("وغمرت مياه الأمطار شوارع البرشاء والقوز في دبي، وتضررت منازل في كلباء.",
     [("البرشاء", "Al-Barsha"), ("القوز", "Al Quoz"), ("كلباء", "Kalba")], []),
    # roads; Morocco's south-east; settlements; Jerusalem's GeoNames aliases that name other things
    ("وأغلق مسلحون الطريق الساحلي غرب طرابلس، فيما تكدست السيارات على الدائري السادس في الكويت.",
     [("الطريق الساحلي", "Coastal Road"), ("الدائري السادس", "Sixth Ring Road")], []),
    ("وجرفت السيول سيارة قرب مرزوكة، وعزلت قرى في جماعة ألنيف ونواحي تيسينت.",
     [("مرزوكة", "Merzouga"), ("ألنيف", "Alnif"), ("تيسينت", "Tissint")], []),
    ("وهاجم مستوطنون من مستوطنة يتسهار قرية قرب نابلس، وأغلقوا الطريق قرب أريئيل.",
     [("يتسهار", "Yitzhar"), ("أريئيل", "Ariel")], []),
    # Algeria's communes; a commune whose name folds to a common word needs a classifier ('توجه' headed)
    ("وامتدت النيران إلى غابات بني ورتيلان وبوقاعة، فيما أجليت عائلات من العنصر وتاكسنة.",
     [("بني ورتيلان", "Beni Ourtilane"), ("بوقاعة", "Bougaa"), ("العنصر", "El Ancer"), ("تاكسنة", "Texenna")], []),
    ("وقال إن الوفد توجه إلى مقره بعد اللقاء.", [], ["توجه", "مقره"]),
    # GeoNames places under the press's name (places_geonames_press.yaml)
    ("وأفادت مصادر محلية بمقتل ثلاثة مدنيين في القامشلو بريف الحسكة.", [("القامشلو", "Qamishli")], []),
    ("ووصل الرئيس إلى مدينة هرجيسة عاصمة أرض الصومال.", [("هرجيسة", "Hargeisa")], []),
    ("وتعرضت بلدة عينكاوة في أربيل لهجوم بطائرة مسيرة.", [("عينكاوة", "Ankawa")], []),
    ("وضربت الفيضانات ولاية سعيدة غرب الجزائر.", [("ولاية سعيدة", "Saida")], []),
    # 'مالي' is also 'financial', 'عنه' (عنة folded) 'about him', 'خدر' a given name
    ("وأعلنت الحكومة تخصيص دعم مالي عاجل للمتضررين.", [], ["مالي"]),
    ("وقتل جنود في هجوم مسلح شمال مالي.", [("مالي", "Mali")], []),
    ("وأفرج عنه بعد ساعات من التحقيق، وقالت نسرين خدر إنها نزحت.", [], ["عنه", "خدر"]),
    ("وسقطت قذائف على قضاء عانة غربي الأنبار.", [("عانة", "Anah")], []),
    # hospitals, regions abroad and Morocco's regions (places_facilities.yaml, places_world_regions.yaml)
    ("ونقل الجرحى إلى مستشفى الفروانية ومستشفى العدان، وقالت السفارة إن معظم الضحايا من ولاية كيرالا.",
     [("مستشفى الفروانية", "Farwaniya Hospital"), ("مستشفى العدان", "Adan Hospital"), ("كيرالا", "Kerala")], []),
    ("ونقل المصابون إلى المستشفى السلطاني ومستشفى خولة في مسقط.",
     [("المستشفى السلطاني", "Royal Hospital (Muscat)"), ("مستشفى خولة", "Khoula Hospital")], []),
    ("وغرق قارب يقل مهاجرين كان متجها إلى جزر الكناري قبالة سواحل موريتانيا.", [("جزر الكناري", "Canary Islands")], []),
    ("وسجلت جهة مراكش آسفي أعلى درجات الحرارة، تلتها جهة بني ملال خنيفرة.",
     [("مراكش آسفي", "Marrakesh-Safi"), ("بني ملال خنيفرة", "Béni Mellal-Khénifra")], ["خنيفرة"]),
    ("وانسحبت قوات النظام نحو الساحل السوري، واستهدفت الغارات محطة رأس كثيب في الحديدة.",
     [("الساحل السوري", "Syrian coast"), ("محطة رأس كثيب", "Ras Kanatib power station")], []),
    # villages and quarters the war and protest news names
    ("وأغار الطيران على بلدتي تلوسة وبني حيان وعلى أطراف النبطية الفوقا.",
     [("تلوسة", "Tallousa"), ("بني حيان", "Bani Hayyan"), ("النبطية الفوقا", "Nabatieh al-Fawqa")], []),
    ("ونزحت عائلات من قرية كوجو إلى مخيم خانكي في دهوك.", [("كوجو", "Kocho"), ("مخيم خانكي", "Khanke camp")], []),
    ("وتجمع المحتجون في حي الحيانية غربي البصرة.", [("الحيانية", "Hayyaniyah (Basra)")], []),
    ("وأعلن أنه يؤيد الخطة بالكامل، وقال إن الفاكهة غالية.", [], ["الكامل", "الفاكهة"]),
    # roads: the Maghreb's numbered national roads, the intercity highways (places_roads.yaml)
    ("وانقلبت حافلة على الطريق الوطني رقم 1 جنوب الأغواط، وأغلق الدرك الطريق الوطنية رقم 46.",
     [("الطريق الوطني رقم 1", "National Road 1"), ("الطريق الوطنية رقم 46", "National Road 46")], []),
    ("وقطع المحتجون طريق بغداد - البصرة، فيما استهدفت مسيرة سيارة على طريق حلب - اللاذقية الدولي.",
     [("طريق بغداد - البصرة", "Baghdad–Basra highway"), ("طريق حلب - اللاذقية الدولي", "M4 highway")], []),
    # a country named like its nisba's accusative after an indefinite noun is the adjective
    ("وأفرجت السلطات عن صحفيا تركيا ومواطنا سوريا وعامل إغاثة.", [], ["تركيا", "سوريا"]),
    ("وزار الوفد سوريا ثم توجه إلى تركيا.", [("سوريا", "Syria"), ("تركيا", "Turkey")], []),
    ("وجرفت السيول 20 قرية بالكامل في ولاية كسلا.", [("كسلا", "Kassala")], ["الكامل", "بالكامل"]),
    # airports under their official names; 'محطة مطار X' (the weather station) is not 'X Airport Station'
    ("وتعطلت الرحلات في مطار الكويت الدولي ومطار البصرة الدولي بسبب العاصفة.",
     [("مطار الكويت الدولي", "Kuwait International Airport"), ("مطار البصرة الدولي", "Basra International Airport")], []),
    ("وأطلق الحوثيون مسيرة على مطار أبها الدولي، وقال سكان منطقة الوادي الكبير في مسقط إنهم سمعوا الانفجار.",
     [("مطار أبها الدولي", "Abha International Airport"), ("الوادي الكبير", "Wadi Al Kabir")], []),
    # quarters of Baghdad, Khartoum and Mogadishu; 'جسرين' is also 'two bridges'
    ("وانفجرت عبوة ناسفة في سوق جميلة شرقي بغداد، وأخرى قرب حي أور.",
     [("سوق جميلة", "Jamila (Baghdad)"), ("حي أور", "Hay Ur")], []),
    ("واندلعت اشتباكات في حي بري شرقي الخرطوم، وسقطت قذيفة في مديرية هودان بمقديشو.",
     [("حي بري", "Burri (Khartoum)"), ("هودان", "Hodan")], []),
    ("وجرفت السيول جسرين على الطريق القومي.", [], ["جسرين"]),
    # both spellings the press uses, the second as the alternative ("Name (Alternative)")
    ("وشن الطيران غارات على الضاحية الجنوبية لبيروت وعلى بلدات في البقاع.",
     [("الضاحية الجنوبية", "Dahiyeh (Dahieh)"), ("البقاع", "Bekaa Valley (Beqaa Valley) (Beqaa)")], []),
    # a gate's full name: 'باب' after the proclitic ب is no 'اب' (Yemen's Ibb)
    ("وفي حي باب الوادي الشعبي بالعاصمة الجزائرية، قال بائع خضر إنه لم يصوت.", [("باب الوادي", "Bab El Oued")], []),
    ("وسيطرت الفصائل على جبل زين العابدين المطل على حماة من الشمال الشرقي.",
     [("جبل زين العابدين", "Jabal Zayn al-Abidin")], []),
    ("وتوجه الحجاج من منى إلى مزدلفة ثم عادوا إلى المسجد الحرام.",
     [("منى", "Mina"), ("مزدلفة", "Muzdalifah"), ("المسجد الحرام", "Masjid al-Haram")], []),
    # city quarters and landmarks (places_city_quarters.yaml); 'البريقة' in Yemen's news is Aden's district
    ("وتفرغ ناقلة الوقود شحنتها في ميناء الزيت، فيما بقيت مصفاة عدن متوقفة وانقطع التيار عن البريقة وكريتر في عدن.",
     [("ميناء الزيت", "Oil Harbour (Aden)"), ("مصفاة عدن", "Aden Refinery"), ("البريقة", "Al-Buraiqa (Aden)")], []),
    ("وأفاد شهود بأن مسلحين من ليبيا هاجموا البريقة شرقي البلاد.", [("البريقة", "Brega")], []),
    ("وسمع دوي انفجار في منطقة اللقطيفية غرب الدوحة، وأغلقت الشرطة الطرق المؤدية إلى الدفنة.",
     [("اللقطيفية", "Legtaifiya (Doha)"), ("الدفنة", "Al Dafna (Doha)")], []),
    ("وتجمع المحتفلون أمام قصر الشعب في دمشق، وتجول آخرون في سوق الحميدية.",
     [("قصر الشعب", "People's Palace (Syria)"), ("سوق الحميدية", "Al-Hamidiyah Souq")], []),
    ("وقال تاجر في السوق الشعبي بأم درمان إن الأسعار تضاعفت.",
     [("السوق الشعبي بأم درمان", "Souq al-Shaabi (Omdurman)")], []),
    ("وتجمع آلاف الجائعين عند دوار النابلسي ودوار الكويت في انتظار الشاحنات.",
     [("دوار النابلسي", "Nabulsi roundabout (Gaza City)"), ("دوار الكويت", "Kuwait roundabout (Gaza City)")], []),
    # Lebanon's Taybeh after a town classifier; 'السفيرة' (the ambassador) is Syria's Al-Safira only after a cue
    ("وسقطت قذيفة على أطراف بلدة الطيبة قرب مرجعيون.", [("الطيبة", "Taybeh (Marjayoun)")], []),
    ("وقالت السفيرة الفرنسية إن بلادها تدعم الحوار.", [], ["السفيرة"]),
    # a camp or a port named after its place: both names the press writes (the bare one as the alternative)
    ("واندلعت اشتباكات في عين الحلوة، وأطلقت صواريخ من محيط الرشيدية، وقصفت الطائرات ميناء رأس عيسى.",
     [("عين الحلوة", "Ain al-Hilweh camp (Ain al-Hilweh)"), ("ميناء رأس عيسى", "Ras Isa port (Ras Isa)")], []),
    # a governorate with no city of its name also under its title
    ("ووصلت تعزيزات عسكرية إلى محافظة ديالى قادمة من الأنبار.",
     [("ديالى", "Diyala (Diyala Governorate)"), ("الأنبار", "Anbar (Al Anbar Governorate)")], []),
    # Iran's shrines, ports and squares (places_sites.yaml); 'المحمرة' in Iran's news is Khorramshahr
    ("وتوافد الزوار على حرم الإمام الرضا في مشهد، فيما تواصلت عمليات الإطفاء في ميناء الشهيد رجائي.",
     [("حرم الإمام الرضا", "Imam Reza shrine"), ("ميناء الشهيد رجائي", "Shahid Rajaee Port")], []),
    ("وقال محافظ خوزستان إن الأمطار أغرقت شوارع مدينة المحمرة وعبادان في جنوب غرب إيران.",
     [("المحمرة", "Khorramshahr")], []),
    # Jordan's Karameh only after a cue ('الكرامة' is also dignity)
    ("ونقل المصابون من بلدة الكرامة إلى مستشفى في الأغوار الشمالية.",
     [("الكرامة", "Karameh (Jordan Valley)"), ("الأغوار الشمالية", "Northern Jordan Valley")], []),
    ("وطالب المحتجون بالعيش بكرامة، ورفعوا شعار الكرامة أولا.", [], ["الكرامة"]),
    # Darfur's Zamzam camp named bare after a preposition; Mecca's well water is no camp
    ("وقالت منسقية النازحين في دارفور إن القصف امتد إلى زمزم جنوب الفاشر.",
     [("زمزم", "Zamzam camp (Zamzam)")], []),
    ("ووزعت الجمعية ماء زمزم على المعتمرين.", [], ["زمزم"]),
    # Mogadishu's districts and the Somali press's other spellings (places_aliases.yaml)
    ("واندلعت اشتباكات في حي حمر ججب ومديرية ورطيغلي، فيما سيطر الجيش على بارديرا.",
     [("حمر ججب", "Hamar Jajab"), ("ورطيغلي", "Wardhiigley"), ("بارديرا", "Bardere")], []),
    # namesakes (places_z_namesakes.yaml): Lebanon's Tripoli and the West Bank's Jericho in their
    # countries' news, Libya's Tripoli and Idlib's Ariha elsewhere
    ("وانتشر الجيش اللبناني في طرابلس بعد اشتباكات بين مسلحين في شمال لبنان، وقال محافظ الشمال في لبنان إن الهدوء عاد.",
     [("طرابلس", "Tripoli, Lebanon")], []),
    ("وقال المجلس الرئاسي الليبي إن الاشتباكات في طرابلس توقفت.", [("طرابلس", "Tripoli")], []),
    ("واقتحمت قوات الاحتلال مدينة أريحا في الضفة الغربية واعتقلت شابين من مخيم عقبة جبر قرب أريحا.",
     [("أريحا", "Jericho")], []),
    ("وقصفت الطائرات مدينة أريحا جنوب إدلب.", [("أريحا", "Ariha")], []),
    ("وحذرت الأرصاد العمانية من أمطار على الجبل الأخضر في سلطنة عمان، وأغلقت شرطة عمان السلطانية طريق نزوى.",
     [("الجبل الأخضر", "Jebel Akhdar (Oman)")], []),
]


@pytest.mark.parametrize("text,found,not_found", CASES)
def test_places_in_news_copy(gaz: Gazetteer, text: str, found: list[tuple[str, str]], not_found: list[str]) -> None:
    ents = extract_entities(text, normalise(text), gaz)
    spans = {text[e.start:e.end]: e for e in ents}
    for surface, name_en in found:
        hit = next((e for s, e in spans.items() if s.endswith(surface) or surface.endswith(s) and len(s) > 2), None)
        assert hit is not None, f"{surface} not found in {sorted(spans)}"
        assert hit.type == "LOC" and hit.name_en == name_en, (surface, hit.type, hit.name_en)
    for surface in not_found:
        assert not any(s == surface and e.type == "LOC" for s, e in spans.items()), surface


# Places the gazetteer lacks are spelt by `transliterate` with the country's press usage
# (transliteration.yaml place_styles and place_word_spellings): (name, country, expected words).
TRANSLITERATED = [
    # common words of quarter names with the vowels the press writes (place_word_spellings)
    ("حي الأربعين", "syria", ["Arbaeen"]),
    ("حي الدرجة", "sudan", ["Daraja"]),
    ("شارع الستين", "yemen", ["Sittin"]),
    ("أم دقرسي", "sudan", ["Um"]),  # Sudan's "Um", not "Umm"
    ("جبل كرقو", "sudan", ["Jebel"]),
    ("كفر دونين", "lebanon", ["Kfar"]),  # Lebanon's "Kfar", not "Kafr"
    ("كفر نبودة", "syria", ["Kafr"]),
    ("الجبابرة", "egypt", ["Gabab"]),  # Egypt's ج "g"
    ("بني عبيد", "egypt", ["Beni"]),
    ("الكرمود", "iraq", ["Karmud"]),  # Iraq and the Gulf write a long و "u"
    ("الدوحوس", "kuwait", ["hus"]),
    ("الكرمود", "syria", ["Karmoud"]),  # the Levant keeps "ou"
    ("عيل غرص", "somalia", ["El"]),
    ("نهر الكلب", "lebanon", ["Nahr"]),
    ("مجدل عنجر", "lebanon", ["Majdal"]),
    ("حمام العليل", "iraq", ["Hammam"]),
    # the Maghreb's Amazigh and Arabic first words in their local spelling (maghreb_place_words), ق "k"
    ("ثالة أوزرو", "algeria", ["Tala"]),
    ("إغيل نزكري", "algeria", ["Ighil"]),
    ("ذراع القايد", "algeria", ["Draa", "Kayid"]),
    ("منزل الحبيب", "tunisia", ["Menzel"]),
    ("أم الخير", "tunisia", ["Oum"]),
    ("أم الخير", "syria", ["Umm"]),
]


@pytest.mark.parametrize("name,country,words", TRANSLITERATED)
def test_country_place_spelling(gaz: Gazetteer, name: str, country: str, words: list[str]) -> None:
    from generator.nlp.entities import transliterate

    out = transliterate(name, gaz, country)
    for w in words:
        assert w.lower() in out.lower(), (name, country, out)


def test_geonames_press_names_replace_generated_rows() -> None:
    """Every row of places_geonames_press.yaml names a generated GeoNames row (same id), so that
    it replaces that row instead of adding a second place of the same spelling."""
    from generator.nlp.entities import _read_tsv
    generated = {d["id"] for d in _read_tsv(DATA_DIR / "places_geonames.tsv")}
    rows = _rows(DATA_DIR / "places_geonames_press.yaml")
    assert len(rows) > 150
    assert not [d["id"] for d in rows if d["id"] not in generated]



def test_namesakes_keep_the_better_known_reading_first(gaz: Gazetteer) -> None:
    """places_z_namesakes.yaml: a place named like a better-known one elsewhere ("البريقة" Aden's
    Al-Buraiqa, Libya's Brega) is a later reading (gazetteer order is by id) and asks at least the
    better-known one's cue, so that a short article naming the place once keeps the better-known one."""
    rank = {False: 0, "prep": 1, "noun": 1, True: 2}
    problems = []
    for d in _rows(DATA_DIR / "places_z_namesakes.yaml"):
        e = gaz.get(d["id"])
        assert e is not None, d["id"]
        hits = gaz.lookup_all(e.name_ar)
        if not hits or hits[0].id == e.id:
            problems.append(f"{e.id}: no better-known place reads {e.name_ar} first")
            continue
        if rank[e.needs_cue] < rank[hits[0].needs_cue]:
            problems.append(f"{e.id}: asks less cue than {hits[0].id}")
    assert not problems, problems
