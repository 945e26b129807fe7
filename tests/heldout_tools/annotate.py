"""The annotation helpers every gold builder shares (tests/heldout*/build_gold.py, sets 1-12).

Every span is given as (surface, occurrence index) and located by searching the text; offsets are never
typed by hand. A span that occurs more than once in its article must name its occurrence (0-based, plain
substring occurrences) or a context string (ctx) that contains it once, so no annotation silently lands on the
wrong one. Entity occurrences are every whole-token occurrence of the surface (proclitics و ف ب ل ك outside
the span, as in the seeds' validator), minus those lying inside a longer listed mention (maximal-mention
convention). Framing counts use common.framing_counts (the seeds' rule).

A builder makes one ``Gold`` for its set and names its methods as the annotation rows use them:
``article, E, N, A, D, ENT, F, finish_article = g.article, g.E, ...``; ``g.articles`` is the result. Each
builder has its own instance, so builders run one after another in one process (the tests) share nothing.
``outlet`` and ``basis`` build article headers; ``seeds_schema`` and ``write_gold`` are the output side.
"""
import json
import os

from common import framing_counts, token_matches

TESTS = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ROWS = ('events', 'numbers', 'attributions', 'dates')  # located rows; these and 'entities' may be sorted
KINDS = ('events', 'numbers', 'entities', 'attributions', 'dates', 'framing')  # article keys, in output order


class Gold:
    def __init__(self, set_name, sort=ROWS + ('entities',)):
        """sort: the kinds finish_article puts in reading order (rows by span, entities by first mention).
        Sets 8-12 sort them all; the older sets keep their entities (1-7) or all rows (3, 4, 7) as annotated,
        so that their committed gold files stay as they are."""
        self.set_name = set_name
        self.sort = sort
        self.articles = {}  # key -> dict
        self._cur = {}

    def find(self, text, surface, occ=None, ctx=None):
        """Start/end of the occ-th (0-based) plain occurrence of surface; occ is required when it is ambiguous.

        With ctx, the surface is the one inside the occ-th occurrence of the context string ctx, which must
        contain it exactly once."""
        hay = surface if ctx is None else ctx
        hits = []
        pos = text.find(hay)
        while pos >= 0:
            hits.append(pos)
            pos = text.find(hay, pos + 1)
        if not hits:
            raise ValueError(f'{self._cur["key"]}: {hay!r} not found')
        if occ is None:
            if len(hits) > 1:
                raise ValueError(f'{self._cur["key"]}: {hay!r} occurs {len(hits)} times; give occ')
            occ = 0
        if occ >= len(hits):
            raise ValueError(f'{self._cur["key"]}: occurrence {occ} of {hay!r} not found')
        start = hits[occ]
        if ctx is not None:
            if ctx.count(surface) != 1:
                raise ValueError(f'{self._cur["key"]}: {surface!r} is not once inside context {ctx!r}')
            start += ctx.find(surface)
        return start, start + len(surface)

    def first_line(self, fname):
        """The title line of a text, for builders whose annotations do not repeat it."""
        text = open(os.path.join(TESTS, self.set_name, 'texts', fname), encoding='utf-8').read()
        return text.split('\n', 1)[0]

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

    def E(self, type_, actor, location, date, date_basis, attributed_to, modality, span, occ=None, ctx=None):
        s, e = self.find(self._cur['text'], span, occ, ctx)
        self._rows('events').append({
            'type': type_, 'actor': actor, 'location': location, 'date': date, 'date_basis': date_basis,
            'attributed_to': attributed_to, 'modality': modality, 'span': span, 'char_start': s, 'char_end': e})

    def N(self, value, unit, counts, qualifier, span, occ=None, ctx=None):
        s, e = self.find(self._cur['text'], span, occ, ctx)
        self._rows('numbers').append({
            'value': value, 'unit': unit, 'counts': counts, 'qualifier': qualifier, 'span': span,
            'char_start': s, 'char_end': e})

    def A(self, speaker, verb, direct_quote, span, occ=None, ctx=None):
        s, e = self.find(self._cur['text'], span, occ, ctx)
        self._rows('attributions').append({
            'speaker': speaker, 'verb': verb, 'direct_quote': direct_quote, 'span': span,
            'char_start': s, 'char_end': e})

    def D(self, surface, value, kind, occ=None, ctx=None):
        s, e = self.find(self._cur['text'], surface, occ, ctx)
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
        for kind in ROWS:
            if kind in self.sort:
                art[kind].sort(key=lambda r: (r['char_start'], r['char_end']))
        if 'entities' in self.sort:
            art['entities'].sort(key=lambda ent: ent['occurrences'][0])

    def counts(self):
        """Rows per kind and entity mentions per article (the description's "counts")."""
        counts = {}
        for k, a in self.articles.items():
            counts[k] = {x: len(a[x]) for x in KINDS}
            counts[k]['entity_mentions'] = sum(len(e['occurrences']) for e in a['entities'])
        return counts

    def units(self):
        """Every number unit the set uses, sorted (the schema lists them)."""
        return sorted({n['unit'] for a in self.articles.values() for n in a['numbers']})


def write_set(gold, here, description):
    """Write <set>_gold.json next to the set's builder: the description, the seeds' schema adapted to the
    set, the articles, and an empty story (the ending every builder since set 3 shares)."""
    out = {'description': description, 'schema': seeds_schema(gold.set_name, gold.units()),
           'articles': gold.articles, 'story': {'timeline': []}, 'differences': []}
    write_gold(os.path.join(here, f'{gold.set_name}_gold.json'), out)
    print(f'wrote {gold.set_name}_gold.json:', json.dumps(description.get('counts') or gold.counts()))


def outlet(ar, en, dom):
    """An article's outlet as the gold records it."""
    return {'name_ar': ar, 'name_en': en, 'domain': dom}


def basis(pub, fname, extra):
    """published_basis of a text written for its set, whose sidecar NAME.yml records the date."""
    return (f'Written for this set; publication date {pub} set by the author and recorded in {fname[:-4]}.yml. '
            f'{extra} High confidence (by construction).')


def seeds_path():
    """The public dev set whose schema the gold files copy: $SEEDS_GOLD or $BRIEFING_SEEDS_GOLD (a builder run
    from a copy of tests/), else shared/ beside the checkout."""
    return (os.environ.get('SEEDS_GOLD') or os.environ.get('BRIEFING_SEEDS_GOLD')
            or os.path.join(os.path.dirname(os.path.dirname(TESTS)), 'shared', 'dev-set', 'seeds_gold.json'))


def seeds_schema(set_name, units, seeds=None):
    """The seeds' schema adapted to a set without a cross-article story: file root tests/, the set's units."""
    schema = json.load(open(seeds or seeds_path(), encoding='utf-8'))['schema']
    schema['articles.<key>']['file'] = f'path of the article text, relative to tests/ (the parent of {set_name}/)'
    schema['articles.<key>']['numbers']['unit'] = ' | '.join(units)
    schema['story'] = 'no cross-article story in this set: timeline is empty'
    schema['differences'] = 'none in this set (articles are on different subjects)'
    schema['conventions']['offsets'] = ('Python str indices (code points) into the unmodified file text (the '
                                        f'{set_name} texts contain no U+00A0).')
    return schema


# What a set's description says about its files (every set since 3 says the same).
FILES = {
    'build_gold.py': 'script that produced this file (annotations as surfaces + occurrence index; offsets '
                     'located by search, never typed by hand)',
    '../heldout_tools/validate_gold.py': 'shared validator',
    'texts/': 'the six articles (title line first, one paragraph per line) and NAME.yml sidecars with '
              'outlet/published',
}


def write_gold(path, out):
    """The gold file as every set writes it: UTF-8, one-space indent, final newline."""
    with open(path, 'w', encoding='utf-8') as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
        fh.write('\n')
