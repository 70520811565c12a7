"""Tellings of one incident become one event; tellings of two incidents stay two (warlog.link.merge)."""

PUBLISHED = "2024-03-15"  # a Friday


def only(events):
    assert len(events) == 1, [e.summary for e in events]
    return events[0]


def test_deaths_told_with_the_raid_that_caused_them_are_one_event(extract):
    text = ("Gunmen killed nine people near the town of Garissa on Tuesday, the governor said. "
            "The nine people were killed when the gunmen stormed a farm at dawn.")
    e = only(extract(text, PUBLISHED))
    assert e.casualties.killed.min == 9
    assert e.location.name == "Garissa"


def test_weapons_fired_during_a_gun_battle_belong_to_the_battle(extract):
    text = ("A three-hour gun battle between soldiers and gunmen left 12 dead in the port city of Mombasa on Sunday. "
            "The soldiers were met by gunmen lobbing hand grenades and firing rifles.")
    e = only(extract(text, PUBLISHED))
    assert (e.type, e.subtype) == ("Battles", "Armed clash")
    assert "grenade" in e.weapons


def test_arrests_and_seizures_after_a_battle_are_its_aftermath_not_new_events(extract):
    text = ("Soldiers fought gunmen for two hours in the city of Tampico on Saturday, leaving six dead. "
            "Following the battle, the army seized 20 rifles. Four people were arrested.")
    e = only(extract(text, PUBLISHED))
    assert (e.type, e.subtype) == ("Battles", "Armed clash")


def test_an_arrest_told_apart_from_any_fight_is_its_own_event(extract):
    text = ("Soldiers fought gunmen in the city of Tampico on Saturday, leaving six dead. "
            "Ministers met to discuss the budget. Officials praised the new road. "
            "Police arrested four people in Monterrey on Thursday.")
    events = extract(text, PUBLISHED)
    assert {e.subtype for e in events} == {"Armed clash", "Arrests"}


def test_a_shootout_and_the_attack_it_was_part_of_are_one_event(extract):
    e = only(extract("Thirty people were killed in a shootout on Monday as raiders attacked herders near Lodwar.",
                     PUBLISHED))
    assert e.casualties.killed.min == 30


def test_a_superlative_fight_is_a_new_incident_not_a_reference_back(extract):
    text = ("Heavy fighting near the town of Gori killed four people on Thursday. "
            "Tensions rose after the fiercest fighting in years left six dead last weekend.")
    events = extract(text, PUBLISHED)
    assert sorted(e.casualties.killed.min for e in events) == [4, 6]


def test_the_device_going_off_again_in_a_later_sentence_is_the_same_blast(extract):
    text = ("Two soldiers were injured in an explosion in the village of Pichori of the Gali district on Monday. "
            "Investigators said the bomb had been hidden in a parked car. "
            "The explosive went off in a village of the Gali district.")
    e = only(extract(text, PUBLISHED))
    assert e.location.name == "Pichori"


def test_two_bombs_each_going_off_in_a_named_town_stay_two(extract):
    text = ("A bomb went off in Kandahar on Monday, killing three people. "
            "The bomb went off in Herat on Tuesday, killing two more.")
    assert len(extract(text, PUBLISHED)) == 2


def test_saying_this_was_an_attack_points_back(extract):
    text = ("A roadside mine killed a policeman near Zugdidi on Monday. "
            "'There is little doubt that this was a deliberately targeted attack,' the envoy said.")
    e = only(extract(text, PUBLISHED))
    assert any("envoy" in c.claimant for c in e.claims)


def test_title_case_headline_naming_the_village_joins_the_report(extract):
    text = ("Envoy Condemns Zorvakhi Attack that Killed One Policeman. "
            "A police car exploded on a mine near the village Zorvakhi on Monday.")
    e = only(extract(text, PUBLISHED))
    assert e.location.name == "Zorvakhi"


def test_a_reference_back_dated_only_by_another_clause_is_no_new_event(extract):
    text = ("Police and insurgents fought for three days in a forest in Dagestan, officials said on Saturday. "
            "Clashes are frequent in the region. Officials met on Monday to discuss the economy. "
            "The governor spoke about pensions. The budget was approved. Schools reopened in the city. "
            "Underscoring the seriousness of the fighting, television showed a meeting Friday.")
    assert len(extract(text, PUBLISHED)) == 1


def test_a_denial_giving_another_culprit_is_the_same_incident_disputed(extract):
    text = ("The army accused the rebels of shelling a crowded market in the town of Kadugli on Monday, killing 11. "
            "The rebels denied the accusation, saying the army's warplanes had bombed the market.")
    e = only(extract(text, PUBLISHED))
    assert e.subtype == "Shelling/artillery/missile attack"  # the denier's warplanes do not retype it
    assert e.initiator.name == "rebels"
    stances = {c.claimant: c.stance for c in e.claims}
    assert stances["rebels"] == "disputes"  # another culprit: a different account (SPEC §2)


def test_a_fight_said_to_go_on_for_a_place_claimed_captured_is_the_same_battle_disputed(extract):
    text = ("Russia's defence ministry said its forces had captured the village of Ocheretyne. "
            "Ukraine's military said fighting for the village was continuing.")
    e = only(extract(text, PUBLISHED))
    assert e.type == "Battles"
    stances = {c.side: c.stance for c in e.claims}
    assert stances == {"RU": "asserts", "UA": "disputes"}


def test_an_air_force_interception_tally_is_not_the_strike_on_a_city_told_before(extract):
    text = ("Russian missiles struck the city of Sumy overnight, killing three people, the governor said. "
            "Ukraine's air force said it had shot down 20 of 25 drones launched by Russia overnight.")
    events = extract(text, PUBLISHED)
    assert sorted(e.subtype for e in events) == ["Disrupted weapons use", "Shelling/artillery/missile attack"]


def test_a_named_reference_back_points_to_the_incident_at_that_place(extract):
    text = ("Russian missiles struck the city of Sumy on Thursday, killing three people. "
            "Ukraine's air force said it had shot down 20 drones launched by Russia. "
            "There was no immediate comment from Moscow on the Sumy strike.")
    strike = next(e for e in extract(text, PUBLISHED) if e.subtype != "Disrupted weapons use")
    assert len(strike.evidence) == 2


def test_a_headline_clause_after_a_semicolon_does_not_date_the_strike_before_it(extract):
    text = ("Russian missile strike on Sumy kills 5; air force says 20 drones downed overnight\n"
            "Russian forces struck Sumy with two missiles on Friday, killing five people, the governor said.")
    events = extract(text, PUBLISHED)
    strike = next(e for e in events if e.location is not None and e.location.name == "Sumy")
    assert len(strike.evidence) == 2 and strike.date.start == "2024-03-15"


def test_a_district_of_the_city_told_before_is_that_city(extract):
    text = ("Russian missiles struck Sumy on Friday, killing five people, the governor said. "
            "The missiles hit a tram depot in the city's Kovpakivskyi district, the mayor said.")
    e = only(extract(text, PUBLISHED))
    assert e.location.name == "Sumy"
    assert {c.kind for c in e.claims} == {"official"}


def test_a_denial_of_the_claim_told_before_is_about_its_incident(extract):
    text = ("Russia's defence ministry said on Friday its troops had captured the village of Ocheretyne. "
            "Ukraine's General Staff denied the claim.")
    e = only(extract(text, PUBLISHED))
    assert {c.side: c.stance for c in e.claims} == {"RU": "asserts", "UA": "denies"}


def test_a_foreign_force_liberating_a_village_overtakes_it(extract):
    text = "Russia's defence ministry said its troops had liberated the Ukrainian village of Ocheretyne."
    e = only(extract(text, PUBLISHED))
    assert e.subtype == "Non-state actor overtakes territory"


def test_an_unnamed_village_of_a_province_then_named_in_the_next_sentence_is_one_incident(extract):
    text = ("Military aircraft bombed a village in Myanmar's Sagaing region on Tuesday, killing 20 people, residents said. "
            "A fighter jet dropped two bombs on Pazigyi village in Kanbalu township, a witness said.")
    e = only(extract(text, PUBLISHED))
    assert e.location.name == "Kanbalu"


def test_arrests_in_two_cities_are_an_event_for_each(extract):
    text = "Police arrested nine opposition activists in Batumi and Tbilisi on Monday, the party said."
    events = extract(text, PUBLISHED)
    assert sorted(e.location.name for e in events) == ["Batumi", "Tbilisi"]
    assert sum(1 for e in events if e.claims) == 2


def test_an_annexation_of_two_provinces_is_one_act(extract):
    text = "Russia annexed the Donetsk and Luhansk provinces in September 2022."
    assert len(extract(text, PUBLISHED)) == 1


def test_the_attack_told_back_after_it_was_repelled_is_the_same_fight(extract):
    text = ("The army said Wednesday it had repelled an attack by armed groups on a military post in the town of Djibo. "
            "The attack, which began early on Tuesday, was carried out by a large number of gunmen, the army said.")
    e = only(extract(text, PUBLISHED))
    assert e.type == "Battles"


def test_the_other_side_saying_the_assault_was_repelled_disputes_the_same_incident(extract):
    text = ("Russian forces attacked the village of Robotyne on Monday, the Russian ministry said. "
            "Kyiv said the assault was repelled.")
    e = only(extract(text, PUBLISHED))
    assert {c.side: c.stance for c in e.claims} == {"RU": "asserts", "UA": "disputes"}


def test_what_a_confirmed_strike_targeted_is_that_strike(extract):
    text = ("Jets bomb village in Kaduna\n"
            "At least 20 people were killed when military jets bombed a village near Kaduna on Wednesday, residents said. "
            "The victims were buried on Thursday. Many families had fled the area weeks ago. "
            "The air force confirmed the air strike, but said it had targeted a bandit camp.")
    e = only(extract(text, PUBLISHED))
    assert {c.claimant for c in e.claims} >= {"residents", "air force"}


def test_a_telling_with_nothing_of_its_own_is_the_incident_told_before(extract):
    text = ("Jets bomb village in Kaduna\n"
            "At least 20 people were killed when military jets bombed a village near Kaduna on Wednesday, residents said. "
            "The state governor visited the wounded in hospital. "
            "An opposition party condemned what it called a massacre of innocent people.")
    events = [e for e in extract(text, PUBLISHED) if e.type != "Strategic developments"]
    assert len(events) == 1, [e.summary for e in events]
    assert "opposition party" in {c.claimant for c in events[0].claims}


def test_a_headline_town_yields_to_the_town_the_body_names_inside_the_province(extract):
    text = ("Air strike on Kaduna village kills 20\n"
            "At least 20 people were killed when military jets bombed a village in northern Nigeria's Kaduna state "
            "on Wednesday, residents said. "
            "A jet dropped two bombs on Tudun Biri village in Igabi district, near the town of Zaria, witnesses said.")
    e = only(extract(text, PUBLISHED))
    assert e.location.name == "Zaria"


def test_weapons_seized_in_an_ambush_are_part_of_the_ambush(extract):
    text = ("Rebels ambush convoy\n"
            "On Tuesday, rebels said they had ambushed an army convoy near the town of Gao, killing at least seven "
            "soldiers and seizing weapons.")
    e = only(extract(text, PUBLISHED))
    assert (e.type, e.subtype) == ("Battles", "Armed clash")


def test_the_city_is_the_one_its_own_sentence_named(extract):
    text = ("Fighting in two cities\n"
            "Jets struck militia positions near Kano on Tuesday night, witnesses said. "
            "In Kaduna, the capital of Kaduna state, fighting broke out on Monday when gunmen attacked an army base "
            "in the south of the city, residents said.")
    fights = [e for e in extract(text, PUBLISHED) if e.date.start == "2024-03-11"]
    assert fights and all(e.location.name == "Kaduna" for e in fights)


def test_strikes_carried_out_on_one_night_are_an_incident(extract):
    text = ("Air force hits camps\n"
            "Witnesses in Kano said army warplanes carried out air strikes on militia positions on Tuesday night.")
    e = only(extract(text, PUBLISHED))
    assert (e.subtype, e.date.start) == ("Air/drone strike", "2024-03-12")


def test_the_deeds_own_date_wins_over_the_reports(extract):
    text = ("Army repels attack on Djibo post\n"
            "OUAGADOUGOU (AFP) - The army said Wednesday that gunmen attacked a military post in the town of Djibo, "
            "in the latest assault in the country's north. "
            "The attack, which began early on Tuesday, was carried out by gunmen on motorbikes, the army said.")
    (e,) = [e for e in extract(text, PUBLISHED) if "Wednesday" in e.summary]
    assert e.date.start == "2024-03-12"


def test_weapons_launched_and_shot_down_in_the_next_sentence_are_one_incident(extract):
    text = ("Russian missiles hit Sumy on Tuesday, killing four people, the regional governor said. "
            "Rescuers searched the rubble of a five-storey building.\n"
            "Overnight, Russia launched 40 attack drones and three missiles against Ukraine, the air force said. "
            "Air defence shot down 35 of the drones and two missiles over the Kyiv and Poltava regions.")
    events = extract(text, "2024-06-12")
    assert len(events) == 2
    night = next(e for e in events if e.subtype == "Disrupted weapons use")
    assert night.initiator.side == "RU"
    assert any("launched" in text[s:e] for s, e in night.evidence)


def test_counts_of_attackers_and_of_soldiers_add_up_to_the_toll(extract):
    text = ("Soldiers repelled an attack on an army post in the town of Tillaberi on Tuesday, killing 30 assailants. "
            "Three soldiers were killed in the fighting, the army said.")
    e = only(extract(text, PUBLISHED))
    assert (e.casualties.killed.min, e.casualties.killed.max) == (33, 33)


def test_counts_of_one_camp_are_not_added(extract):
    text = ("Shelling killed 12 civilians in the town of Tillaberi on Tuesday, the governor said. "
            "Five children were killed in the shelling, he said.")
    e = only(extract(text, PUBLISHED))
    assert e.casualties.killed.min == 12


def test_the_explosives_a_suicide_bomber_detonated_are_the_bombing_told_before(extract):
    text = ("A suicide bomber rammed a truck laden with explosives into a police station in the town of Beledweyne "
            "on Tuesday, killing nine people, officials said. "
            "Witnesses said the blast shattered windows across the street. "
            "Officials said the attacker detonated the explosives at the gate. "
            "In a separate incident on Monday, a roadside bomb hit an army truck near the town of Jowhar, killing two soldiers.")
    events = extract(text, PUBLISHED)
    beledweyne = next(e for e in events if e.location and e.location.name == "Beledweyne")
    assert len(events) == 2
    assert any("detonated" in beledweyne.summary or s <= text.find("detonated") < e for s, e in beledweyne.evidence)


def test_a_claim_of_responsibility_with_no_deed_named_is_about_the_incident_told(extract):
    text = ("A car bomb exploded outside a hotel in the town of Beledweyne on Tuesday, killing nine people. "
            "Police said the blast damaged nearby shops. "
            "Ambulances carried the wounded to the main hospital. "
            "Doctors appealed for blood donations. "
            "Al-Shabaab claimed responsibility in an online statement, saying its fighters had targeted a convoy of government officials.")
    events = extract(text, PUBLISHED)
    assert len(events) == 1
    assert "al-Shabaab" in {c.claimant for c in events[0].claims}


def test_the_bomber_after_a_suicide_bomber_is_the_person_not_an_aircraft(extract):
    text = ("A suicide bomber struck a checkpoint in the town of Beledweyne on Tuesday, killing nine people. "
            "Witnesses said the blast shattered windows across the street. "
            "Officials said the bomber detonated the explosives when soldiers stopped him at the gate.")
    events = extract(text, PUBLISHED)
    assert len(events) == 1
    assert "aircraft" not in events[0].weapons


def test_a_dated_reference_before_the_incidents_telling_dates_it(extract):
    text = ("Analysts say the insurgents will not lay down their arms soon. "
            "Talks about reconciliation continue in the capital. "
            "Many analysts believe that peace is a distant hope. "
            "Incidents such as the unfortunate terrorist attack on Tuesday denote how far peace remains. "
            "Ministers met in the capital to discuss the budget. "
            "The suicide bombing occurred in the town of Akuressa, where pilgrims had gathered.")
    e = only(extract(text, PUBLISHED))
    assert (e.date.start, e.date.precision) == ("2024-03-12", "day")


def test_a_dated_reference_does_not_date_an_incident_of_another_day(extract):
    text = ("Incidents such as the unfortunate terrorist attack on Tuesday denote how far peace remains. "
            "On Thursday, a bombing killed four people in the town of Akuressa.")
    events = extract(text, PUBLISHED)
    assert [e.date.start for e in events] == ["2024-03-14"]


def test_an_attack_claimed_the_day_before_is_not_last_nights(extract):
    text = ("The village of Prisi came under attack late last night, officials said. "
            "Rebels had claimed the day before there were Georgian artillery attacks from the hills above Prisi.")
    events = extract(text, PUBLISHED)
    assert len(events) == 2


def test_a_thing_hit_told_back_by_it_is_the_incident_told(extract):
    text = ("An air strike hit a school sheltering displaced families in the town of Deir al-Balah on Tuesday, "
            "killing 17 people, health officials said. "
            "Militants fired rockets at the town of Sderot on Tuesday afternoon, the army said. "
            "Aid agency chief Martin Keller said the school had been sheltering about 2,000 people when it was hit.")
    events = extract(text, PUBLISHED)
    assert len(events) == 2
    school = next(e for e in events if e.location.text == "Deir al-Balah")
    assert "Martin Keller" in {c.claimant for c in school.claims}


def test_a_reference_back_to_arrests_in_two_towns_is_about_both(extract):
    text = ("Police arrested nine opposition activists in Batumi and Tbilisi on Monday, the party said. "
            "Interior ministry spokesman Giorgi Beridze said the arrests were lawful.")
    events = extract(text, PUBLISHED)
    assert len(events) == 2 and len({e.id for e in events}) == 2
    assert all("Giorgi Beridze" in {c.claimant for c in e.claims} for e in events)


def test_a_run_of_counts_each_told_on_its_own_stays_with_the_incident(extract):
    text = ("A car bomb exploded near a market in the town of Baquba on Thursday, officials said. "
            "Hospital officials said 20 people were killed. "
            "The officials said 35 people also were wounded.")
    e = only(extract(text, PUBLISHED))
    assert (e.casualties.killed.min, e.casualties.injured.min) == (20, 35)


def test_a_count_of_insurgents_is_part_of_the_whole_toll_not_another_incident(extract):
    text = ("Fighting between police and insurgents in the town of Buynaksk ended on Saturday, leaving at least "
            "17 people dead, officials said. "
            "A police spokesman said 14 insurgents were killed in the fighting in Buynaksk.")
    e = only(extract(text, PUBLISHED))
    assert e.casualties.killed.min == 17


def test_the_second_of_a_series_told_undated_is_of_the_firsts_day(extract):
    text = ("The army said it shot down a rocket over the town of Sderot on Tuesday. "
            "Sirens sounded across the south. "
            "Schools in the region stayed closed. "
            "Residents were told to stay near shelters. "
            "The army said it shot down a second rocket near the city of Ashkelon.")
    events = extract(text, PUBLISHED)
    ashkelon = next(e for e in events if e.location.text == "Ashkelon")
    assert (ashkelon.date.start, ashkelon.date.precision) == ("2024-03-12", "day")


def test_a_headline_toll_is_told_by_whoever_gives_the_same_figure(extract):
    text = ("Shelling of Kadugli market kills 18\n"
            "Artillery shells slammed into a market in the town of Kadugli on Wednesday, killing at least 18 "
            "civilians, a local volunteer group said. "
            "The Sudan Doctors' Union put the toll at 21 dead.")
    e = only(extract(text, PUBLISHED))
    assert (e.casualties.killed.min, e.casualties.killed.max) == (18, 21)


def test_a_bomb_in_the_headline_is_the_suicide_bombing_of_the_body(extract):
    text = ("Bomb kills six policemen in Peshawar\n"
            "A suicide bomber blew himself up at the gate of a police station in Peshawar on Monday, "
            "killing six policemen, police said.")
    e = only(extract(text, PUBLISHED))
    assert e.subtype == "Suicide bomb"
    assert e.casualties.killed.min == 6


def test_the_missiles_shot_down_are_the_missiles_fired_the_sentence_before(extract):
    text = ("Iran fired around 200 ballistic missiles at Israel on Tuesday evening. The military said the vast "
            "majority of the missiles were shot down by Israeli air defences.")
    e = only(extract(text, PUBLISHED))
    assert e.initiator.side == "IR"


def test_a_town_overrun_and_the_deaths_told_with_it_are_one_event(extract):
    text = ("Dozens killed as insurgents overrun the town of Palma in northern Mozambique\n"
            "Dozens of people have been killed in a days-long assault by insurgents on the town of Palma, the "
            "government said. On Monday, Islamic State claimed responsibility for the attack, saying its "
            "fighters had seized Palma.")
    e = only(extract(text, PUBLISHED))
    assert e.location.country == "MZ"
    assert e.date.start is None  # on or before the claim's Monday, not that Monday


def test_an_attack_by_fighters_on_a_base_is_the_battle_told_next(extract):
    text = ("The army said on Monday it had beaten back an attack by insurgents on a military base near Dikwa, "
            "killing 19 insurgents. The militants stormed the base near Dikwa late on Saturday, and the fighting "
            "lasted three hours. Two soldiers were killed, the army said.")
    e = only(extract(text, PUBLISHED))
    assert (e.type, e.subtype) == ("Battles", "Armed clash")
    assert e.date.start == "2024-03-09"
    assert e.casualties.killed.min == 21


def test_a_bomb_falling_where_warplanes_struck_is_their_raid(extract):
    events = extract(
        "Army warplanes carried out air strikes on Kadugli on Tuesday, residents said. "
        "Kadugli has been a rebel base since last year. "
        "A local volunteer group said at least seven civilians were killed when a bomb fell on a livestock "
        "market in the east of Kadugli.", "2024-05-23")
    assert len(events) == 1
    assert events[0].casualties.killed.min == 7


def test_an_exact_toll_within_an_open_one_does_not_part_the_struck_hospital_in_two(extract):
    events = extract(
        "At least nine people were killed when shells struck a hospital in Kadugli on Wednesday, a charity said. "
        "The rebels have been closing in for weeks. "
        "The governor put the toll higher. \"Fourteen people were killed by the militia's shells,\" he said, "
        "accusing the rebels of deliberately targeting the hospital.", "2024-05-23")
    assert len(events) == 1


def test_two_open_tolls_of_attacks_on_two_towns_stay_two_incidents(extract):
    events = extract(
        "Air raids on a market in Saraqib killed at least 31 people on Monday, a monitor said. "
        "In a separate attack on Monday, at least four people were killed when barrel bombs dropped by "
        "helicopters hit the town of Kafranbel, the monitor said.", "2019-07-23")
    assert len(events) == 2
