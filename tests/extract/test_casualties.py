"""The casualty counter: one behaviour per test, on sentences written for it."""

import pytest

from warlog.extract.casualties import casualties_component, find_casualties


def counts(nlp, text):
    """(category, min, max, who, negated) of every mention, and a check that spans are the words."""
    found = find_casualties(nlp(text))
    for c in found:
        assert text[c.start:c.end] == c.text
    return [(c.category, c.min, c.max, c.who, c.negated) for c in found]


def test_subject_count_with_passive_verb(nlp):
    assert counts(nlp, "Local officials said 20 people were injured.") == [("injured", 20, 20, None, False)]


def test_object_count_after_participle(nlp):
    assert counts(nlp, "The shell hit a school, injuring two people.") == [("injured", 2, 2, None, False)]


def test_object_count_after_past_verb(nlp):
    assert counts(nlp, "A missile attack wounded nine people.") == [("injured", 9, 9, None, False)]


def test_at_least_is_an_open_range(nlp):
    assert counts(nlp, "Shelling hit the market, killing at least 12.") == [("killed", 12, None, None, False)]


def test_more_than_is_strict(nlp):
    assert counts(nlp, "There were more than 30 dead.") == [("killed", 30, None, None, False)]


def test_dozens_is_at_least_twenty_four(nlp):
    assert counts(nlp, "Hospitals took in dozens of wounded.") == [("injured", 24, None, None, False)]


def test_hundreds_is_at_least_two_hundred(nlp):
    assert counts(nlp, "Hundreds were killed in the siege.") == [("killed", 200, None, None, False)]


def test_a_child_counts_one_and_says_who(nlp):
    assert counts(nlp, "A child was killed when the shell landed.") == [("killed", 1, 1, "children", False)]


def test_groups_joined_by_and_are_summed_with_mixed_who(nlp):
    assert counts(nlp, "Two soldiers and a civilian were killed.") == [("killed", 3, 3, "mixed", False)]


def test_two_verbs_give_two_mentions(nlp):
    assert counts(nlp, "The raid killed 5 and wounded 11.") == [
        ("killed", 5, 5, None, False), ("injured", 11, 11, None, False)]


def test_hyphenated_number_word(nlp):
    assert counts(nlp, "Twenty-three soldiers were wounded.") == [("injured", 23, 23, "soldiers", False)]


def test_a_dozen_is_twelve(nlp):
    assert counts(nlp, "A dozen civilians were injured.") == [("injured", 12, 12, "civilians", False)]


def test_no_injuries_zeroes_injured_and_killed(nlp):
    assert counts(nlp, "The ministry reported no injuries or damage.") == [
        ("killed", 0, 0, None, True), ("injured", 0, 0, None, True)]


def test_no_casualties_zeroes_both(nlp):
    assert counts(nlp, "There were no casualties.") == [("killed", 0, 0, None, True), ("injured", 0, 0, None, True)]


def test_no_one_was_hurt(nlp):
    assert counts(nlp, "No one was hurt in the blast.") == [("killed", 0, 0, None, True), ("injured", 0, 0, None, True)]


def test_no_one_killed_leaves_injuries_open(nlp):
    assert counts(nlp, "Nobody was killed.") == [("killed", 0, 0, None, True)]


def test_reports_of_casualties_are_not_a_zero(nlp):
    assert counts(nlp, "There were no immediate reports of casualties.") == []


def test_death_toll_rose_to(nlp):
    assert counts(nlp, "The death toll rose to 40.") == [("killed", 40, 40, None, False)]


def test_headline_count_without_auxiliary(nlp):
    assert counts(nlp, "40 killed in market bombing") == [("killed", 40, 40, None, False)]


def test_up_to_is_an_upper_bound(nlp):
    assert counts(nlp, "Up to 15 soldiers may have been captured.") == [("captured", None, 15, "soldiers", False)]


def test_nearly_is_below_the_figure(nlp):
    assert counts(nlp, "Nearly 30 people died.") == [("killed", None, 29, None, False)]


def test_some_is_the_figure_as_given(nlp):
    assert counts(nlp, "Some 30 civilians were wounded.") == [("injured", 30, 30, "civilians", False)]


def test_between_gives_both_bounds(nlp):
    assert counts(nlp, "Between 10 and 15 people were injured.") == [("injured", 10, 15, None, False)]


def test_missing(nlp):
    assert counts(nlp, "Three soldiers are missing.") == [("missing", 3, 3, "soldiers", False)]


def test_taken_prisoner(nlp):
    assert counts(nlp, "Five soldiers were taken prisoner.") == [("captured", 5, 5, "soldiers", False)]


def test_took_prisoner(nlp):
    assert counts(nlp, "Rebels took 20 police officers prisoner.") == [("captured", 20, 20, "police", False)]


def test_noun_count(nlp):
    assert counts(nlp, "Twelve civilian deaths were recorded.") == [("killed", 12, 12, "civilians", False)]


def test_left_dead_and_wounded(nlp):
    assert counts(nlp, "The blast left 12 dead and 30 wounded.") == [
        ("killed", 12, 12, None, False), ("injured", 30, 30, None, False)]


def test_including_clause_is_not_added(nlp):
    assert counts(nlp, "The bombing killed 12 people, including three children.") == [
        ("killed", 12, 12, None, False)]


def test_subject_that_killed_is_not_a_victim(nlp):
    assert counts(nlp, "Twelve gunmen killed five villagers.") == [("killed", 5, 5, "civilians", False)]


def test_negated_group_names_who(nlp):
    assert counts(nlp, "No civilians were killed.") == [("killed", 0, 0, "civilians", True)]


@pytest.mark.parametrize("sentence", [
    "The war drags into its 18th month.",
    "A newly built 12-story block was wounded by shrapnel.",
    "Troops hold the more than 1,000-kilometer front.",
    "The village in 2014 had a population of 682.",
    "Leaders marked the 70th anniversary of the armistice.",
    "In 2014 people were killed.",
    "Moscow said two missiles were captured.",
    "F-16 pilots killed the engine.",
    "The council killed a plan to rebuild the bridge.",
    "The army captured two villages.",
])
def test_numbers_that_count_no_people_are_not_casualties(nlp, sentence):
    assert counts(nlp, sentence) == []


def test_anchor_is_the_casualty_word(nlp):
    text = "Officials said 20 people were injured."
    (mention,) = find_casualties(nlp(text))
    assert text[mention.anchor:].startswith("injured")


def test_component_sets_doc_casualties(nlp):
    doc = casualties_component(nlp("A drone strike wounded four soldiers."))
    assert [(c.category, c.min) for c in doc._.casualties] == [("injured", 4)]


def test_members_of_a_group_are_people_a_toll_counts(nlp):
    assert counts(nlp, "An air strike killed three members of the group.") == [("killed", 3, 3, None, False)]


@pytest.mark.parametrize("text, expected", [
    ("At least 30 people, including children, were killed.", ("killed", 30, None, None, False)),
    ("Twelve people, most of them women, were wounded.", ("injured", 12, 12, None, False)),
])
def test_a_count_with_an_aside_before_its_verb(nlp, text, expected):
    assert counts(nlp, text) == [expected]


def test_a_person_told_by_age_is_counted(nlp):
    assert counts(nlp, "Shelling killed a 68-year-old man.") == [("killed", 1, 1, None, False)]


def test_the_speaker_after_a_list_of_victims_is_not_one_of_them(nlp):
    assert counts(nlp, "The shell hit a bus near Lysychansk, killing a man, a police officer told Reuters.") == [
        ("killed", 1, 1, None, False)]


@pytest.mark.parametrize("text, expected", [
    ("Police fatally shot four men at a checkpoint.", [("killed", 4, 4, None, False)]),
    ("Two soldiers were fatally wounded in the ambush.", [("killed", 2, 2, "soldiers", False)]),
    ("Gunmen shot dead three villagers.", [("killed", 3, 3, "civilians", False)]),
])
def test_a_death_told_by_how_it_came_is_a_death(nlp, text, expected):
    assert counts(nlp, text) == expected


def test_assailants_killed_are_counted_as_militants(nlp):
    assert counts(nlp, "Troops repelled the raid, killing some 40 assailants.") == [("killed", 40, 40, "militants", False)]


def test_a_member_of_a_named_body_is_counted_with_the_others(nlp):
    text = "Three soldiers and a member of the Home Guard Volunteers (HGV) were killed."
    assert counts(nlp, text) == [("killed", 4, 4, "soldiers", False)]


def test_an_apposition_between_the_count_and_its_verb_is_skipped(nlp):
    text = "Two policemen and a member of the militia, a local defence force, were wounded."
    assert counts(nlp, text) == [("injured", 3, 3, "police", False)]


def test_members_of_a_family_end_at_the_family(nlp):
    found = find_casualties(nlp("The shell killed three members of the same family."))
    assert [c.text for c in found] == ["killed three members of the same family"]


def test_people_hurt_along_with_the_counted_are_added(nlp):
    text = "Between three and nine soldiers were injured along with three bystanders."
    assert counts(nlp, text) == [("injured", 6, 12, "mixed", False)]


def test_along_with_someone_uncounted_adds_nothing(nlp):
    assert counts(nlp, "Two soldiers were killed along with their commander.") == [("killed", 2, 2, "soldiers", False)]


def test_bodies_carried_away_are_dead(nlp):
    text = "Ambulance crews carried 15 bodies and 27 wounded people to hospitals."
    assert counts(nlp, text) == [("killed", 15, 15, None, False), ("injured", 27, 27, None, False)]


def test_a_relative_named_by_a_possessive_is_one_more_dead(nlp):
    assert counts(nlp, "The strike killed a woman and her son.") == [("killed", 2, 2, None, False)]


def test_a_possessive_before_a_plural_is_no_count(nlp):
    assert counts(nlp, "The strike killed her children.") == []


def test_policemen_martyred_are_dead(nlp):
    assert counts(nlp, "At least six policemen were martyred in the attack.") == [("killed", 6, None, "police", False)]


def test_an_officer_and_a_street_vendor_are_two_dead(nlp):
    assert counts(nlp, "The blast killed a police officer and a street vendor.")[0][:3] == ("killed", 2, 2)


def test_people_treated_for_injuries_are_injured(nlp):
    assert counts(nlp, "The mayor said 14 people had been treated for injuries.") == [("injured", 14, 14, None, False)]


def test_troops_that_neutralised_fighters_killed_them(nlp):
    assert counts(nlp, "The army said troops had neutralised five terrorists near the town.") == [
        ("killed", 5, 5, "militants", False)]


def test_fighters_told_as_eliminated_are_dead(nlp):
    assert counts(nlp, "Twelve militants were eliminated in the operation.") == [("killed", 12, 12, "militants", False)]


def test_neutralised_tanks_are_no_toll(nlp):
    assert counts(nlp, "Ukraine neutralized two Russian tanks. Two launchers were neutralised.") == []
