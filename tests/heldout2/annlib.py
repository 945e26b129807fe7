"""Tiny constructors used by the annotation files in ann/ (see build_gold.py)."""


def E(type, actor, location, span, mod='asserted', attr=None, date=None, basis=None, ctx=None, occ=None):
    return dict(type=type, actor=actor, location=location, span=span, mod=mod, attr=attr, date=date, basis=basis,
                ctx=ctx, occ=occ)


def N(value, unit, counts, q, span, ctx=None, occ=None):
    return dict(value=value, unit=unit, counts=counts, q=q, span=span, ctx=ctx, occ=occ)


def A(speaker, verb, span, dq=False, ctx=None, occ=None):
    return dict(speaker=speaker, verb=verb, span=span, dq=dq, ctx=ctx, occ=occ)


def D(surface, value, kind, ctx=None, occ=None):
    return dict(surface=surface, value=value, kind=kind, ctx=ctx, occ=occ)
