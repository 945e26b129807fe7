#!/usr/bin/env python3
"""Validate a held-out gold file (tests/heldout*/heldout*_gold.json) against the article files (adapted from /work/shared/dev-set/validate.py).

Differences from the seeds validator: article keys are h01..h06, "file" paths are relative to
tests/ (the parent of this folder), and cross-article differences are optional (none here).

Checks (errors make the exit status 1):
  * structure: required keys, allowed enum values, date formats;
  * every span == text[char_start:char_end] (events, numbers, attributions,
    dates, differences) and offsets lie inside the text;
  * every entity occurrence == its surface; entity mentions do not overlap;
    every whole-token occurrence of a surface (proclitics و ف ب ل ك allowed
    before it) is either listed or lies inside another listed mention;
  * direct quotes sit between quotation marks;
  * framing counts equal the documented counting rule (common.py);
  * relative dates agree with the publication date; event dates appear among
    the article's resolved dates;
  * story event_refs point at existing events.
Usage: python3 tests/heldout_tools/validate_gold.py tests/heldoutN/heldoutN_gold.json
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import framing_counts  # noqa: E402  (the counting rule itself)

EXPECTED_KEYS = {'h01', 'h02', 'h03', 'h04', 'h05', 'h06'}

PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(HERE), 'heldout', 'heldout_gold.json')
FILE_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(PATH)))  # "file" is relative to tests/

EVENT_TYPES = {'capture/control', 'advance/offensive', 'encirclement', 'link-up', 'counter-attack',
               'airstrike/shelling', 'killing/casualties', 'displacement', 'visit/inspection', 'statement',
               'accusation', 'explosion', 'other'}
MODALITIES = {'asserted', 'reported', 'planned', 'predicted'}
QUALIFIERS = {'exact', 'approx', 'at least', 'more than', 'vague'}
ENT_TYPES = {'PER', 'ORG', 'LOC', 'MISC'}
DATE_KINDS = {'absolute', 'relative', 'weekday', 'vague'}
ART_KEYS = {'file', 'outlet', 'published', 'published_basis', 'title', 'events', 'numbers', 'entities',
            'attributions', 'dates', 'framing'}
EVENT_KEYS = {'type', 'actor', 'location', 'date', 'date_basis', 'attributed_to', 'modality', 'span',
              'char_start', 'char_end'}
NUMBER_KEYS = {'value', 'unit', 'counts', 'qualifier', 'span', 'char_start', 'char_end'}
ENTITY_KEYS = {'surface', 'type', 'canonical', 'occurrences'}
ATTR_KEYS = {'speaker', 'verb', 'direct_quote', 'span', 'char_start', 'char_end'}
DATE_KEYS = {'surface', 'value', 'kind', 'char_start', 'char_end'}
FRAMING_KEYS = {'referent', 'term', 'count'}
RE_DAY = re.compile(r'^\d{4}-\d{2}-\d{2}$')
RE_WEEK = re.compile(r'^\d{4}-W\d{2}$')
RE_MONTH = re.compile(r'^\d{4}-\d{2}$')
AR_WEEKDAYS = {'الاثنين': 0, 'الإثنين': 0, 'الثلاثاء': 1, 'الأربعاء': 2, 'الخميس': 3, 'الجمعة': 4,
               'السبت': 5, 'الأحد': 6}
LETTER = '\u0621-\u064A\u064B-\u0652\u0640\u0670'
QUOTES_OPEN = '"\u201c\u00ab'
QUOTES_CLOSE = '"\u201d\u00bb'

errors = []
warnings = []


def err(msg):
    errors.append(msg)


def check_keys(where, obj, keys):
    if not isinstance(obj, dict):
        err(f'{where}: not an object')
        return False
    missing, extra = keys - obj.keys(), obj.keys() - keys
    if missing or extra:
        err(f'{where}: missing {sorted(missing)} extra {sorted(extra)}')
    return not missing


def check_span(where, text, obj, field='span'):
    s, e = obj.get('char_start'), obj.get('char_end')
    if not (isinstance(s, int) and isinstance(e, int)) or isinstance(s, bool) or isinstance(e, bool):
        err(f'{where}: offsets not integers')
        return False
    if not (0 <= s < e <= len(text)):
        err(f'{where}: offsets out of range ({s}, {e}), len={len(text)}')
        return False
    if text[s:e] != obj.get(field):
        err(f'{where}: {field} != text[{s}:{e}]\n    stored: {obj.get(field)!r}\n    text:   {text[s:e]!r}')
        return False
    return True


def valid_date_value(v, allow_week=True, allow_month=True):
    if v is None:
        return True
    if not isinstance(v, str):
        return False
    if RE_DAY.match(v):
        try:
            datetime.date.fromisoformat(v)
            return True
        except ValueError:
            return False
    if allow_week and RE_WEEK.match(v):
        return 1 <= int(v[-2:]) <= 53
    if allow_month and RE_MONTH.match(v):
        return 1 <= int(v[5:7]) <= 12
    return False


def token_occurrences(text, surface):
    pat = (r'(?<![' + LETTER + r'])(?:[\u0648\u0641\u0628\u0644\u0643]{0,2})(' + re.escape(surface)
           + r')(?![' + LETTER + r'])')
    return [(m.start(1), m.end(1)) for m in re.finditer(pat, text)]


def validate_article(key, art):
    w = f'articles[{key}]'
    if not check_keys(w, art, ART_KEYS):
        return None
    try:
        text = open(os.path.join(FILE_ROOT, art['file']), encoding='utf-8').read()
    except OSError as ex:
        err(f'{w}: cannot read file: {ex}')
        return None
    check_keys(f'{w}.outlet', art['outlet'], {'name_ar', 'name_en', 'domain'})
    if not (isinstance(art['published'], str) and RE_DAY.match(art['published'])):
        err(f'{w}.published not an ISO date: {art["published"]!r}')
        return None
    pub = datetime.date.fromisoformat(art['published'])
    if art['title'] is not None and text.split('\n', 1)[0] != art['title']:
        err(f'{w}.title is not the first line of the file')

    # events
    for i, ev in enumerate(art['events']):
        ww = f'{w}.events[{i}]'
        if not check_keys(ww, ev, EVENT_KEYS):
            continue
        if ev['type'] not in EVENT_TYPES:
            err(f'{ww}: bad type {ev["type"]!r}')
        if ev['modality'] not in MODALITIES:
            err(f'{ww}: bad modality {ev["modality"]!r}')
        if not valid_date_value(ev['date'], allow_month=False):
            err(f'{ww}: bad date {ev["date"]!r}')
        if ev['date'] is not None and not ev['date_basis']:
            err(f'{ww}: date without date_basis')
        if ev['modality'] == 'asserted' and ev['attributed_to'] is not None:
            warnings.append(f'{ww}: asserted but attributed_to={ev["attributed_to"]!r}')
        if ev['modality'] == 'reported' and ev['attributed_to'] is None:
            err(f'{ww}: reported without attributed_to')
        check_span(ww, text, ev)

    # numbers
    for i, n in enumerate(art['numbers']):
        ww = f'{w}.numbers[{i}]'
        if not check_keys(ww, n, NUMBER_KEYS):
            continue
        if n['qualifier'] not in QUALIFIERS:
            err(f'{ww}: bad qualifier {n["qualifier"]!r}')
        if n['value'] is None:
            if n['qualifier'] != 'vague':
                err(f'{ww}: null value but qualifier {n["qualifier"]!r}')
        elif not (isinstance(n['value'], str) and re.match(r'^\d+(\.\d+)?$', n['value'])):
            err(f'{ww}: value is not a number string: {n["value"]!r}')
        check_span(ww, text, n)

    # entities
    mentions = []
    seen = set()
    for i, ent in enumerate(art['entities']):
        ww = f'{w}.entities[{i}]'
        if not check_keys(ww, ent, ENTITY_KEYS):
            continue
        if ent['type'] not in ENT_TYPES:
            err(f'{ww}: bad type {ent["type"]!r}')
        if ent['surface'] in seen:
            err(f'{ww}: duplicate surface {ent["surface"]!r}')
        seen.add(ent['surface'])
        occ = ent['occurrences']
        if not occ:
            err(f'{ww}: no occurrences')
        if [list(o) for o in occ] != sorted({tuple(o) for o in occ}) and \
                sorted(tuple(o) for o in occ) != [tuple(o) for o in occ]:
            err(f'{ww}: occurrences not sorted/unique')
        for o in occ:
            if not (isinstance(o, list) and len(o) == 2 and all(isinstance(x, int) for x in o)):
                err(f'{ww}: bad occurrence {o!r}')
                continue
            s, e = o
            if not (0 <= s < e <= len(text)) or text[s:e] != ent['surface']:
                err(f'{ww}: occurrence {o} is {text[s:e]!r}, not {ent["surface"]!r}')
            mentions.append((s, e, ent['surface']))
    mentions.sort()
    for (s1, e1, a), (s2, e2, b) in zip(mentions, mentions[1:]):
        if s2 < e1:
            err(f'{w}: entity mentions overlap: {a!r}@{s1} and {b!r}@{s2}')
    listed = {(s, e) for s, e, _ in mentions}
    for ent in art['entities']:
        for (s, e) in token_occurrences(text, ent['surface']):
            if (s, e) in listed:
                continue
            if any(s2 <= s and e <= e2 for s2, e2, _ in mentions):
                continue  # inside a longer listed mention (maximal-mention convention)
            err(f'{w}: unlisted occurrence of {ent["surface"]!r} at [{s}, {e}]: '
                f'{text[max(0, s - 15):e + 15]!r}')

    # attributions
    for i, a in enumerate(art['attributions']):
        ww = f'{w}.attributions[{i}]'
        if not check_keys(ww, a, ATTR_KEYS):
            continue
        if not isinstance(a['direct_quote'], bool):
            err(f'{ww}: direct_quote not a bool')
        if a['verb'] is not None and a['verb'] not in text:
            err(f'{ww}: verb {a["verb"]!r} not found in text')
        if check_span(ww, text, a) and a['direct_quote'] is True:
            s, e = a['char_start'], a['char_end']
            if not (s > 0 and text[s - 1] in QUOTES_OPEN and e < len(text) and text[e] in QUOTES_CLOSE):
                err(f'{ww}: direct quote span is not delimited by quotation marks')

    # dates
    resolved = set()
    for i, d in enumerate(art['dates']):
        ww = f'{w}.dates[{i}]'
        if not check_keys(ww, d, DATE_KEYS):
            continue
        if d['kind'] not in DATE_KINDS:
            err(f'{ww}: bad kind {d["kind"]!r}')
        if not valid_date_value(d['value']):
            err(f'{ww}: bad value {d["value"]!r}')
        if d['kind'] == 'vague' and d['value'] is not None:
            err(f'{ww}: vague expression with a value')
        if d['kind'] in ('absolute', 'weekday') and d['value'] is None:
            err(f'{ww}: {d["kind"]} expression without a value')
        check_span(ww, text, d, field='surface')
        v = d['value']
        if v:
            resolved.add(v)
        # semantic checks against the publication date
        if d['kind'] == 'weekday' and v and RE_DAY.match(v):
            day = datetime.date.fromisoformat(v)
            wd = AR_WEEKDAYS.get(d['surface'])
            if wd is None or day.weekday() != wd:
                err(f'{ww}: {v} is not a {d["surface"]}')
            if not (0 <= (pub - day).days <= 6):
                err(f'{ww}: weekday not within the week up to publication')
        if d['surface'] == 'أمس الأول' and v != (pub - datetime.timedelta(days=2)).isoformat():
            err(f'{ww}: أمس الأول should be publication - 2 days')
        if d['surface'] in ('أمس', 'البارحة') and v != (pub - datetime.timedelta(days=1)).isoformat():
            err(f'{ww}: أمس should be publication - 1 day')
        if d['surface'] == 'الأسبوع الماضي':
            y, wk, _ = (pub - datetime.timedelta(days=7)).isocalendar()
            if v != f'{y}-W{wk:02d}':
                err(f'{ww}: الأسبوع الماضي should be {y}-W{wk:02d}')
    for i, ev in enumerate(art['events']):
        if isinstance(ev, dict) and ev.get('date') and ev['date'] not in resolved:
            err(f'{w}.events[{i}]: date {ev["date"]} is not among the resolved dates of the article')

    # framing
    terms = []
    for i, f in enumerate(art['framing']):
        ww = f'{w}.framing[{i}]'
        if not check_keys(ww, f, FRAMING_KEYS):
            continue
        if f['term'] not in text:
            err(f'{ww}: term {f["term"]!r} not in text')
        terms.append(f['term'])
    counts = framing_counts(text, terms)
    for i, f in enumerate(art['framing']):
        if isinstance(f, dict) and 'term' in f and counts.get(f['term']) != f.get('count'):
            err(f'{w}.framing[{i}]: count {f.get("count")} != {counts.get(f["term"])} for {f["term"]!r}')
    return text


def main():
    data = json.load(open(PATH, encoding='utf-8'))
    for k in ('description', 'schema', 'articles', 'story', 'differences'):
        if k not in data:
            err(f'top level: missing {k!r}')
    arts = data.get('articles', {})
    if set(arts) != EXPECTED_KEYS:
        err(f'articles keys: {sorted(arts)}')
    texts = {}
    for key, art in arts.items():
        t = validate_article(key, art)
        if t is not None:
            texts[key] = t

    # story
    story = data.get('story', {})
    for i, item in enumerate(story.get('timeline', [])):
        ww = f'story.timeline[{i}]'
        refs = item.get('event_refs', {})
        if set(refs) != set(item.get('reported_in', [])):
            err(f'{ww}: reported_in {item.get("reported_in")} != event_refs keys {sorted(refs)}')
        if not valid_date_value(item.get('date')):
            err(f'{ww}: bad date {item.get("date")!r}')
        if item.get('not_after') is not None and not valid_date_value(item['not_after'], False, False):
            err(f'{ww}: bad not_after {item.get("not_after")!r}')
        for k, idxs in refs.items():
            n = len(arts.get(k, {}).get('events', []))
            for j in idxs:
                if not (isinstance(j, int) and 0 <= j < n):
                    err(f'{ww}: bad event ref {k}[{j}]')

    # differences
    for i, d in enumerate(data.get('differences', [])):
        ww = f'differences[{i}]'
        if d.get('aspect') not in ('facts', 'sourcing', 'framing'):
            err(f'{ww}: bad aspect {d.get("aspect")!r}')
        sides = [k for k in d if k in arts]
        if not sides:
            err(f'{ww}: no spans')
        for side in sides:
            for j, sp in enumerate(d.get(side, [])):
                if sp.get('article') != side:
                    err(f'{ww}.{side}[{j}]: article field {sp.get("article")!r}')
                if side in texts:
                    check_span(f'{ww}.{side}[{j}]', texts[side], sp)

    n_spans = 0
    for art in arts.values():
        n_spans += sum(len(art.get(x, [])) for x in ('events', 'numbers', 'attributions', 'dates'))
        n_spans += sum(len(e.get('occurrences', [])) for e in art.get('entities', []))
    n_spans += sum(len(v) for d in data.get('differences', []) for k, v in d.items() if k in arts)
    for w_ in warnings:
        print('WARNING', w_)
    if errors:
        for e in errors:
            print('ERROR', e)
        print(f'FAILED: {len(errors)} error(s)')
        return 1
    print(f'OK: {n_spans} spans/offsets checked across {len(arts)} articles; '
          f'{len(data["story"]["timeline"])} timeline items, {len(data["differences"])} differences')
    return 0


if __name__ == '__main__':
    sys.exit(main())
