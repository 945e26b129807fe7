#!/usr/bin/env python3
"""Build heldout2_gold.json from the hand annotations in ann/h0N.py.

Annotations are written as surfaces (optionally with a disambiguating context string
or an occurrence index); the shared helpers in tests/heldout_tools/annotate.py locate
them (char_start/char_end are never typed by hand), compute entity occurrences
(maximal-mention convention) and framing counts (the shared rule in common.py).
Run: python3 tests/heldout2/build_gold.py   (writes tests/heldout2/heldout2_gold.json)
"""
import importlib.util
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), 'heldout_tools'))  # annotate.py, common.py
from annotate import ROWS, Gold, write_gold  # noqa: E402

KEYS = ['h01', 'h02', 'h03', 'h04', 'h05', 'h06']


def load(key):
    spec = importlib.util.spec_from_file_location(key, os.path.join(HERE, 'ann', key + '.py'))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def build_article(gold, key):
    """Feed ann/KEY.py to gold (rows in reading order, entities in the order listed); its uncertain points."""
    a = load(key)
    fname = os.path.basename(a.FILE)
    title = gold.first_line(fname) if a.HAS_TITLE else None
    gold.article(key, fname, a.OUTLET, a.PUBLISHED, a.PUBLISHED_BASIS, title)
    for e in a.EVENTS:
        gold.E(e['type'], e['actor'], e['location'], e.get('date'), e.get('basis'), e.get('attr'), e['mod'],
               e['span'], e.get('occ'), e.get('ctx'))
    for n in a.NUMBERS:
        gold.N(n['value'], n['unit'], n['counts'], n['q'], n['span'], n.get('occ'), n.get('ctx'))
    for surface, type_, canonical in a.ENTITIES:
        gold.ENT(surface, type_, canonical)
    for x in a.ATTRIBUTIONS:
        gold.A(x['speaker'], x['verb'], x['dq'], x['span'], x.get('occ'), x.get('ctx'))
    for d in a.DATES:
        gold.D(d['surface'], d['value'], d['kind'], d.get('occ'), d.get('ctx'))
    for referent, term in a.FRAMING:
        gold.F(referent, term)
    gold.finish_article(key)
    return getattr(a, 'UNCERTAIN', [])


def main():
    gold, unc = Gold('heldout2', sort=ROWS), []
    for k in KEYS:
        if not os.path.exists(os.path.join(HERE, 'ann', k + '.py')):
            continue
        unc += [f'{k}: {x}' for x in build_article(gold, k)]
    desc = json.load(open(os.path.join(HERE, 'ann', 'description.json'), encoding='utf-8'))
    desc['uncertain_points'] = desc.get('uncertain_points', []) + unc
    desc['counts'] = gold.counts()
    schema = json.load(open(os.path.join(HERE, 'ann', 'schema.json'), encoding='utf-8'))
    data = {'description': desc, 'schema': schema, 'articles': gold.articles,
            'story': {'timeline': []}, 'differences': []}
    write_gold(os.path.join(HERE, 'heldout2_gold.json'), data)
    print('wrote', os.path.join(HERE, 'heldout2_gold.json'), desc['counts'])


if __name__ == '__main__':
    main()
