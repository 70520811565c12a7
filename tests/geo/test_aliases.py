"""Alternate and former names of places against the places that bear the name."""

from collections import Counter

from warlog.geo import rank


def test_a_former_name_is_marked_when_another_candidate_bears_the_name(geoparser):
    # "Berea" is also an old name of Aleppo; towns in Kentucky and Ohio bear it as their own name
    text = "Students of the college in Berea marched to the courthouse on Friday."
    mentions, toks = geoparser.recognise(text)
    (m,) = mentions
    ctx = rank.DocumentContext(mentions, Counter(), {}, None)
    flags = dict(m.entries)
    alias = rank.FEATURES.index("alias_of_other")
    marked = {p.country: rank.features(m, 0, p, flags[p.geonameid], ctx, None)[alias] for p in m.candidates
              if p.name in ("Aleppo", "Berea")}
    assert marked["SY"] == 1.0
    assert marked["US"] == 0.0
