"""Who claims what: claimants, their sides, and stances (SPEC §2)."""

PUBLISHED = "2024-03-15"


def claims_of(event):
    return {(c.claimant, c.side, c.stance) for c in event.claims}


def test_ministry_statement_asserts(extract):
    (e,) = extract("The Russian Defence Ministry said its forces struck a fuel depot in Kramatorsk on Monday.",
                   PUBLISHED)
    assert claims_of(e) == {("Russian Defence Ministry", "RU", "asserts")}


def test_denial_by_the_accused_denies(extract):
    (e,) = extract(
        "An air strike hit a hospital in Idlib on Monday, the Syrian Observatory for Human Rights said. "
        "Damascus denied carrying out the strike.", PUBLISHED)
    stances = {c.side: c.stance for c in e.claims}
    assert stances["SY"] == "denies"


def test_blaming_another_culprit_disputes(extract):
    (e,) = extract(
        "Russia said a Ukrainian drone struck an oil depot in Belgorod on Monday. "
        "A Ukrainian official blamed Russian air defence for the explosion.", PUBLISHED)
    stances = {c.side: c.stance for c in e.claims}
    assert stances == {"RU": "asserts", "UA": "disputes"}
    assert e.status == "contested"


def test_according_to_names_the_source(extract):
    (e,) = extract("According to local officials, shelling killed five people in Donetsk on Sunday.", PUBLISHED)
    assert any(c.stance == "asserts" and "officials" in c.claimant for c in e.claims)


def test_later_reference_resolves_to_the_named_ministry(extract):
    (e,) = extract(
        "The Ukrainian Defence Ministry said it shot down a Russian missile over Lviv on Monday. "
        "Debris damaged two houses, the ministry added.", PUBLISHED)
    assert {c.claimant for c in e.claims} == {"Ukrainian Defence Ministry"}


def test_report_that_it_could_not_verify_makes_the_event_unverified(extract):
    (e,) = extract(
        "Rebels said they captured the town of Kidal on Sunday. The claim could not be independently verified.",
        PUBLISHED)
    assert e.status == "unverified"


def test_every_claim_span_points_at_its_words(extract):
    text = "Israel said its jets struck a rocket launcher in Rafah on Monday, while Hamas denied the claim."
    for e in extract(text, PUBLISHED):
        for c in e.claims:
            assert text[c.span[0]:c.span[1]] == c.text
            assert text[c.cue_span[0]:c.cue_span[1]] == c.cue


def test_a_dispute_word_describing_the_victims_does_not_dispute(extract):
    (e,) = extract("Police shot two men in Nalchik on Tuesday who failed to stop at a checkpoint, "
                   "a police spokesman said.", PUBLISHED)
    assert [c.stance for c in e.claims] == ["asserts"]


def test_a_dispute_word_about_the_incident_disputes(extract):
    (e,) = extract("Rebels attacked an army post in Nalchik on Tuesday. The army said the attack failed.", PUBLISHED)
    assert "disputes" in [c.stance for c in e.claims]
