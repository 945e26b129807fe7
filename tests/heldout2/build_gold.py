#!/usr/bin/env python3
"""Build heldout2_gold.json from the hand annotations in ann/h0N.py.

Annotations are written as surfaces (optionally with a disambiguating context string
or an occurrence index); every char_start/char_end is computed here by searching the
text, never typed by hand.  Entity occurrences are every whole-token occurrence of the
surface (proclitics و ف ب ل ك outside the span) that does not lie inside an occurrence
of a longer surface listed for the same article (maximal-mention convention).
Framing counts use the shared counting rule in common.py.
Run: python3 tests/heldout2/build_gold.py   (writes tests/heldout2/heldout2_gold.json)
"""
import importlib.util
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TESTS = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(os.path.dirname(HERE), 'heldout_tools'))  # common.py
from common import framing_counts, token_matches  # noqa: E402

KEYS = ['h01', 'h02', 'h03', 'h04', 'h05', 'h06']


def locate(text, span, ctx=None, occ=None, where=''):
    """(start, end) of `span`; inside the occ-th occurrence of `ctx` if given.
    Ambiguity without an explicit occ is an error."""
    hay = ctx if ctx is not None else span
    starts, i = [], text.find(hay)
    while i != -1:
        starts.append(i)
        i = text.find(hay, i + 1)
    if not starts:
        raise SystemExit(f'{where}: not found: {hay!r}')
    if occ is None:
        if len(starts) > 1:
            raise SystemExit(f'{where}: ambiguous ({len(starts)}x), give occ/ctx: {hay!r}')
        occ = 0
    base = starts[occ]
    if ctx is None:
        return base, base + len(span)
    j = ctx.find(span)
    if j == -1 or ctx.find(span, j + 1) != -1:
        raise SystemExit(f'{where}: span {span!r} not uniquely inside ctx {ctx!r}')
    return base + j, base + j + len(span)


def load(key):
    spec = importlib.util.spec_from_file_location(key, os.path.join(HERE, 'ann', key + '.py'))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def build_article(key):
    a = load(key)
    text = open(os.path.join(TESTS, a.FILE), encoding='utf-8').read()
    w = key
    out = {'file': a.FILE, 'outlet': a.OUTLET, 'published': a.PUBLISHED, 'published_basis': a.PUBLISHED_BASIS,
           'title': text.split('\n', 1)[0] if a.HAS_TITLE else None}

    def opt(d):
        return d.get('ctx'), d.get('occ')

    events = []
    for i, e in enumerate(a.EVENTS):
        s, t = locate(text, e['span'], *opt(e), where=f'{w}.events[{i}]')
        events.append({'type': e['type'], 'actor': e['actor'], 'location': e['location'], 'date': e.get('date'),
                       'date_basis': e.get('basis'), 'attributed_to': e.get('attr'), 'modality': e['mod'],
                       'span': text[s:t], 'char_start': s, 'char_end': t})
    out['events'] = events

    numbers = []
    for i, n in enumerate(a.NUMBERS):
        s, t = locate(text, n['span'], *opt(n), where=f'{w}.numbers[{i}]')
        numbers.append({'value': n['value'], 'unit': n['unit'], 'counts': n['counts'], 'qualifier': n['q'],
                        'span': text[s:t], 'char_start': s, 'char_end': t})
    out['numbers'] = numbers

    # entities: every token occurrence not nested in a longer listed surface's occurrence
    allm = {surf: token_matches(text, surf) for surf, _, _ in a.ENTITIES}
    ents = []
    for surf, typ, canon in a.ENTITIES:
        occ = []
        for (s, t) in allm[surf]:
            nested = any(len(o) > len(surf) and any(s2 <= s and t <= e2 for s2, e2 in allm[o]) for o in allm)
            if not nested:
                occ.append([s, t])
        if not occ:
            raise SystemExit(f'{w}: entity {surf!r} has no (un-nested) occurrence')
        ents.append({'surface': surf, 'type': typ, 'canonical': canon, 'occurrences': occ})
    out['entities'] = ents

    attrs = []
    for i, x in enumerate(a.ATTRIBUTIONS):
        s, t = locate(text, x['span'], *opt(x), where=f'{w}.attributions[{i}]')
        attrs.append({'speaker': x['speaker'], 'verb': x['verb'], 'direct_quote': x['dq'],
                      'span': text[s:t], 'char_start': s, 'char_end': t})
    out['attributions'] = attrs

    dates = []
    for i, d in enumerate(a.DATES):
        s, t = locate(text, d['surface'], *opt(d), where=f'{w}.dates[{i}]')
        dates.append({'surface': text[s:t], 'value': d['value'], 'kind': d['kind'], 'char_start': s, 'char_end': t})
    dates.sort(key=lambda d: d['char_start'])
    out['dates'] = dates

    terms = [t for _, t in a.FRAMING]
    counts = framing_counts(text, terms)
    out['framing'] = [{'referent': r, 'term': t, 'count': counts[t]} for r, t in a.FRAMING]
    return out, getattr(a, 'UNCERTAIN', [])


def main():
    arts, unc = {}, []
    for k in KEYS:
        if not os.path.exists(os.path.join(HERE, 'ann', k + '.py')):
            continue
        arts[k], u = build_article(k)
        unc += [f'{k}: {x}' for x in u]
    desc = json.load(open(os.path.join(HERE, 'ann', 'description.json'), encoding='utf-8'))
    desc['uncertain_points'] = desc.get('uncertain_points', []) + unc
    desc['counts'] = {k: {'events': len(v['events']), 'numbers': len(v['numbers']), 'entities': len(v['entities']),
                          'attributions': len(v['attributions']), 'dates': len(v['dates']),
                          'framing': len(v['framing']),
                          'entity_mentions': sum(len(e['occurrences']) for e in v['entities'])}
                      for k, v in arts.items()}
    schema = json.load(open(os.path.join(HERE, 'ann', 'schema.json'), encoding='utf-8'))
    data = {'description': desc, 'schema': schema, 'articles': arts, 'story': {'timeline': []}, 'differences': []}
    with open(os.path.join(HERE, 'heldout2_gold.json'), 'w', encoding='utf-8') as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
        f.write('\n')
    print('wrote', os.path.join(HERE, 'heldout2_gold.json'), {k: desc['counts'][k] for k in arts})


if __name__ == '__main__':
    main()
