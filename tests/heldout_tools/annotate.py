"""The annotation helpers the gold builders of sets 8-12 share (tests/heldoutN/build_gold.py).

Every span is given as (surface, occurrence index) and located by searching the text; offsets are never
typed by hand. A span that occurs more than once in its article must name its occurrence (0-based, plain
substring occurrences), so no annotation silently lands on the wrong one. Entity occurrences are every
whole-token occurrence of the surface (proclitics و ف ب ل ك outside the span, as in the seeds' validator),
minus those lying inside a longer listed mention (maximal-mention convention). Framing counts use
common.framing_counts (the seeds' rule).

A builder makes one ``Gold`` for its set and names its methods as the annotation rows use them:
``article, E, N, A, D, ENT, F, finish_article = g.article, g.E, ...``; ``g.articles`` is the result. Each
builder has its own instance, so builders run one after another in one process (the tests) share nothing.
"""
import os

from common import framing_counts, token_matches

TESTS = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


class Gold:
    def __init__(self, set_name):
        self.set_name = set_name
        self.articles = {}  # key -> dict
        self._cur = {}

    def find(self, text, surface, occ=None):
        """Start/end of the occ-th (0-based) plain occurrence of surface; occ is required when it is ambiguous."""
        hits = []
        pos = text.find(surface)
        while pos >= 0:
            hits.append(pos)
            pos = text.find(surface, pos + 1)
        if not hits:
            raise ValueError(f'{self._cur["key"]}: {surface!r} not found')
        if occ is None:
            if len(hits) > 1:
                raise ValueError(f'{self._cur["key"]}: {surface!r} occurs {len(hits)} times; give occ')
            occ = 0
        if occ >= len(hits):
            raise ValueError(f'{self._cur["key"]}: occurrence {occ} of {surface!r} not found')
        return hits[occ], hits[occ] + len(surface)

    def article(self, key, fname, outlet, published, published_basis, title):
        text = open(os.path.join(TESTS, self.set_name, 'texts', fname), encoding='utf-8').read()
        if title is not None:
            assert text.split('\n', 1)[0] == title, key
        self._cur.clear()
        self._cur.update(key=key, text=text)
        self.articles[key] = {'file': f'{self.set_name}/texts/{fname}', 'outlet': outlet, 'published': published,
                              'published_basis': published_basis, 'title': title, 'events': [], 'numbers': [],
                              'entities': [], 'attributions': [], 'dates': [], 'framing': []}
        return self.articles[key]

    def _rows(self, kind):
        return self.articles[self._cur['key']][kind]

    def E(self, type_, actor, location, date, date_basis, attributed_to, modality, span, occ=None):
        s, e = self.find(self._cur['text'], span, occ)
        self._rows('events').append({
            'type': type_, 'actor': actor, 'location': location, 'date': date, 'date_basis': date_basis,
            'attributed_to': attributed_to, 'modality': modality, 'span': span, 'char_start': s, 'char_end': e})

    def N(self, value, unit, counts, qualifier, span, occ=None):
        s, e = self.find(self._cur['text'], span, occ)
        self._rows('numbers').append({
            'value': value, 'unit': unit, 'counts': counts, 'qualifier': qualifier, 'span': span,
            'char_start': s, 'char_end': e})

    def A(self, speaker, verb, direct_quote, span, occ=None):
        s, e = self.find(self._cur['text'], span, occ)
        self._rows('attributions').append({
            'speaker': speaker, 'verb': verb, 'direct_quote': direct_quote, 'span': span,
            'char_start': s, 'char_end': e})

    def D(self, surface, value, kind, occ=None):
        s, e = self.find(self._cur['text'], surface, occ)
        self._rows('dates').append({'surface': surface, 'value': value, 'kind': kind,
                                    'char_start': s, 'char_end': e})

    def ENT(self, surface, type_, canonical):
        self._rows('entities').append({'surface': surface, 'type': type_, 'canonical': canonical})

    def F(self, referent, term):
        self._rows('framing').append({'referent': referent, 'term': term, 'count': None})

    def finish_article(self, key):
        """Entity occurrences (maximal mentions), framing counts; rows sorted by position as an annotator reads."""
        art = self.articles[key]
        text = open(os.path.join(TESTS, art['file']), encoding='utf-8').read()
        cand = {ent['surface']: token_matches(text, ent['surface']) for ent in art['entities']}
        allm = [(s, e) for occ in cand.values() for (s, e) in occ]
        for ent in art['entities']:
            keep = [[s, e] for (s, e) in cand[ent['surface']]
                    if not any(s2 <= s and e <= e2 and (s2, e2) != (s, e) for (s2, e2) in allm)]
            if not keep:
                raise ValueError(f'{key}: entity {ent["surface"]!r} has no maximal occurrence')
            ent['occurrences'] = keep
        counts = framing_counts(text, [f['term'] for f in art['framing']])
        for f in art['framing']:
            f['count'] = counts[f['term']]
            if f['count'] == 0:
                raise ValueError(f'{key}: framing term {f["term"]!r} counts 0')
        for kind in ('events', 'numbers', 'attributions', 'dates'):
            art[kind].sort(key=lambda r: (r['char_start'], r['char_end']))
        art['entities'].sort(key=lambda ent: ent['occurrences'][0])
