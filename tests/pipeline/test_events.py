"""Event type, place, date, actors and casualties from sentences of our own."""

import pytest

PUBLISHED = "2024-03-15"  # a Friday


def only(events):
    assert len(events) == 1, [e.summary for e in events]
    return events[0]


def test_interception_is_disrupted_weapons_use_with_the_projectile_owner_as_initiator(extract):
    e = only(extract("Ukrainian air defences shot down a Russian drone over Kharkiv on Monday.", PUBLISHED))
    assert (e.type, e.subtype) == ("Strategic developments", "Disrupted weapons use")
    assert e.initiator.side == "RU"
    assert e.target.side == "UA"
    assert e.location.name == "Kharkiv"
    assert e.date.start == "2024-03-11"


def test_missile_strike_with_deaths_is_shelling_with_its_toll(extract):
    e = only(extract("A Russian missile hit a school in Odesa on Tuesday, killing three civilians.", PUBLISHED))
    assert (e.type, e.subtype) == ("Explosions/Remote violence", "Shelling/artillery/missile attack")
    assert e.initiator.side == "RU"
    assert e.casualties.killed.min == 3
    assert e.location.country == "UA"


def test_warplanes_make_an_air_strike(extract):
    e = only(extract("Israeli warplanes bombed a house in Khan Younis on Sunday.", PUBLISHED))
    assert e.subtype == "Air/drone strike"
    assert e.initiator.side == "IL"


def test_roadside_bomb_is_a_remote_explosive(extract):
    e = only(extract("A roadside bomb killed four soldiers near Kandahar on Wednesday.", PUBLISHED))
    assert e.subtype == "Remote explosive/landmine/IED"
    assert e.casualties.killed.min == 4


def test_bomb_that_goes_off_was_planted(extract):
    e = only(extract("A bomb went off in a crowded market in Quetta on Wednesday, killing six people.", PUBLISHED))
    assert e.subtype == "Remote explosive/landmine/IED"


def test_bomb_dropped_by_a_plane_is_an_air_strike(extract):
    e = only(extract("A Russian plane dropped a bomb on a school in Kharkiv on Wednesday.", PUBLISHED))
    assert e.subtype == "Air/drone strike"


def test_government_retaking_its_own_town_regains_territory(extract):
    e = only(extract("Syrian government forces recaptured the town of Palmyra on Sunday.", PUBLISHED))
    assert (e.type, e.subtype) == ("Battles", "Government regains territory")
    assert e.initiator.side == "SY"


def test_official_trip_abroad_is_a_diplomatic_visit(extract):
    e = only(extract("The French foreign minister made a visit to Kyiv on Thursday.", PUBLISHED))
    assert e.subtype == "Diplomatic visit"
    assert e.location.name == "Kyiv"
    assert e.date.start == "2024-03-14"


def test_accused_supplier_is_the_initiator_of_an_arms_transfer(extract):
    e = only(extract("Washington accused Iran of supplying drones to Russia.", PUBLISHED))
    assert e.subtype == "Arms transfer"
    assert e.initiator.side == "IR"
    assert e.target.side == "RU"
    assert [(c.side, c.stance) for c in e.claims] == [("US", "asserts")]


def test_two_places_struck_in_one_sentence_are_two_events(extract):
    events = extract("Russian forces shelled Kherson and struck the city of Zaporizhzhia on Monday.", PUBLISHED)
    assert sorted(e.location.text for e in events) == ["Kherson", "Zaporizhzhia"]


def test_headline_and_body_telling_one_incident_make_one_event(extract):
    text = (
        "Missile strike on Odesa port kills two\n"
        "A Russian missile struck the port of Odesa on Thursday, killing two dock workers, the regional "
        "governor said.\n"
        "The strike also damaged a grain terminal, he added."
    )
    e = only(extract(text, PUBLISHED))
    assert e.location.name == "Odesa"
    assert len(e.evidence) >= 2


def test_weekday_resolves_to_the_latest_such_day_before_publication(extract):
    e = only(extract("Rebels attacked an army post in Goma on Saturday.", PUBLISHED))
    assert (e.date.start, e.date.precision) == ("2024-03-09", "day")


def test_without_publication_date_a_weekday_stays_unresolved(extract):
    e = only(extract("Rebels attacked an army post in Goma on Saturday.", None))
    assert e.date.start is None
    assert e.date.precision == "unknown"


def test_relative_month_gets_month_precision(extract):
    e = only(extract("Two months ago, an air strike hit a market in Idlib, killing 12 people.", PUBLISHED))
    assert (e.date.start, e.date.end, e.date.precision) == ("2024-01-01", "2024-01-31", "month")


def test_headline_toll_and_body_strike_are_one_event(extract):
    text = ("Rocket fire on Kramatorsk market kills 5, officials say\n"
            "At least five people were killed and 20 wounded when rockets hit a market in Kramatorsk on "
            "Thursday, regional officials said.")
    e = only(extract(text, PUBLISHED))
    assert e.casualties.killed.min == 5
    assert e.location.text == "Kramatorsk"


def test_repelling_an_attack_is_a_battle(extract):
    e = only(extract("The army said on Monday its troops repelled an attack on the outskirts of Kharkiv.", PUBLISHED))
    assert e.type == "Battles"


def test_counted_drones_shot_down_are_disrupted_with_their_launcher_as_initiator(extract):
    e = only(extract("The air force said it shot down 18 of 22 drones launched by Russia over the Odesa region "
                     "on Tuesday.", PUBLISHED))
    assert e.subtype == "Disrupted weapons use"
    assert e.initiator.side == "RU"


def test_the_region_refers_back_to_the_region_named_before(extract):
    text = ("Tension rises in Donbas. Heavy fighting in the region killed at least five soldiers on Thursday, "
            "officials said.")
    e = only(extract(text, PUBLISHED))
    assert (e.location.name, e.location.precision) == ("Donbas", "region")


def test_a_region_named_by_its_divisions_locates_an_event(extract):
    e = only(extract("Militias attacked a village in Darfur on Monday, killing twelve civilians.", PUBLISHED))
    assert (e.location.name, e.location.country, e.location.geonameid) == ("Darfur", "SD", None)


def test_a_place_inside_a_described_resort_locates_the_event(extract):
    e = only(extract("A gun battle between soldiers and gunmen ended at the holiday resort of Acapulco on Saturday.",
                     PUBLISHED))
    assert e.location.name.startswith("Acapulco")


def test_a_place_in_apposition_to_a_place_noun_locates_the_event(extract):
    e = only(extract("In the Chechen capital, Grozny, police fatally shot three men Friday who refused to stop their car at a "
                     "roadblock and began firing at officers, a police spokesman said.",
                     PUBLISHED))
    assert e.location.name == "Grozny"


def test_victims_who_were_firing_make_the_killing_a_battle(extract):
    e = only(extract("On Tuesday in Nalchik, police shot dead three men who had been firing at a patrol.", PUBLISHED))
    assert (e.type, e.subtype) == ("Battles", "Armed clash")


def test_unarmed_victims_make_the_killing_violence_against_civilians(extract):
    e = only(extract("On Tuesday in Nalchik, police shot dead three men who had refused to stop their car.", PUBLISHED))
    assert e.type == "Violence against civilians"


def test_a_place_in_the_speakers_name_is_not_where_it_happened(extract):
    e = only(extract("The EU Monitoring Mission in Georgia said a mine exploded under a police car on Monday.",
                     PUBLISHED))
    assert e.location is None


def test_killed_in_combat_operations_is_a_battle(extract):
    e = only(extract("A Marine was killed on Sunday while supporting combat operations in Helmand province.",
                     PUBLISHED))
    assert e.type == "Battles"


def test_ambush_on_the_road_between_two_towns_is_placed_on_that_road(extract):
    e = only(extract("Gunmen ambushed a bus on the road from Kabul to Jalalabad on Monday, killing five.",
                     PUBLISHED))
    assert e.location.name == "Kabul–Jalalabad road" and e.location.precision == "region"
    # no point on the road is told: the midpoint of its ends
    assert 34.3 < e.location.lat < 34.6 and 69.2 < e.location.lon < 70.5


def test_road_to_a_village_the_gazetteer_lacks_takes_the_known_end(extract):
    e = only(extract("Six aid workers were killed in an ambush as they drove from Juba to Zorvakhi on Monday.",
                     PUBLISHED))
    assert e.location.name == "Juba–Zorvakhi road"
    assert abs(e.location.lat - 4.85) < 0.1


def test_unnamed_rustlers_are_an_armed_group_of_the_country_they_raid(extract):
    e = only(extract("Cattle rustlers stormed a village near Isiolo on Monday, killing eleven people.", PUBLISHED))
    assert e.initiator.kind == "armed_group" and e.initiator.side == "KE"


def test_civilians_killed_by_shelling_are_its_target(extract):
    e = only(extract("Seventy-five civilians were killed last week in army shelling of rebel-held areas of Sri Lanka.",
                     PUBLISHED))
    assert e.target.kind == "civilians" and e.target.side == "LK"


def test_a_weapon_owned_by_a_named_actor_names_the_initiator(extract):
    e = extract("The army's warplanes bombed a fuel depot in the town of Kadugli on Monday.", "2024-03-15")[0]
    assert e.initiator is not None and e.initiator.kind == "military"


def test_an_armed_group_name_is_not_a_place(extract):
    e = extract("Hamas fired rockets at the city of Ashkelon on Tuesday.", "2024-03-15")[0]
    assert e.location.name == "Ashkelon"
    assert e.initiator.name == "Hamas"


def test_a_dateline_date_is_when_the_report_was_filed_not_when_the_event_happened(extract):
    text = "KHARKIV, March 14 (Reuters) - Russian missiles struck the city, killing two people."
    e = extract(text, "2024-03-15")[0]
    assert e.date.start is None


def test_a_capitalised_car_bomb_names_no_country(extract):
    e = extract("Car bomb kills nine in Mogadishu\nA car bomb exploded in Mogadishu on Saturday, killing nine people.",
                "2024-03-16")[0]
    assert e.initiator is None or e.initiator.side != "CF"


def test_a_counted_plural_incident_is_an_event(extract):
    events = extract("Last month, at least 100 people were killed in twin car bombings in Mogadishu.", "2024-03-16")
    assert len(events) == 1 and events[0].casualties.killed.min == 100


def test_drones_launched_from_an_area_a_group_holds_are_that_groups(extract):
    text = "The navy said it shot down four drones launched from Russian-controlled areas on Monday."
    e = extract(text, "2024-03-16")[0]
    assert e.initiator.side == "RU"


def test_a_toll_in_figures_is_preferred_to_a_vague_one(extract):
    text = ("Air strike kills dozens in Kyaukse\n"
            "At least 40 people were killed when aircraft bombed the village of Kyaukse on Tuesday.")
    e = extract(text, "2024-03-16")[0]
    assert e.casualties.killed.min == 40


def test_two_claimants_tolls_of_one_incident_span_a_range(extract):
    text = ("A car bomb exploded in a market in the town of Baqubah on Thursday. "
            "Local officials said as many as 20 people were killed, but the army said eight people died.")
    e = extract(text, "2024-03-16")[0]
    assert (e.casualties.killed.min, e.casualties.killed.max) == (8, 20)


def test_a_place_name_beginning_a_facility_name_is_not_where_it_stands(extract):
    text = ("Title\nAn air strike hit the Abu Oreiban school in the town of Kadugli on Monday, killing 12. "
            "The strike on the Abu Oreiban school also wounded 30 people.")
    events = extract(text, "2024-03-16")
    assert len(events) == 1 and events[0].location.name == "Kadugli"


def test_shooting_down_a_count_of_drones_is_an_interception(extract):
    text = "Air defence shot down 24 of the drones and both missiles over the Odesa region on Monday."
    e = extract(text, "2024-03-16")[0]
    assert e.subtype == "Disrupted weapons use"


def test_a_weapon_before_another_deeds_verb_is_that_deeds(extract):
    text = ("Israeli strike near Tyre kills three as rockets hit northern Israel\n"
            "An Israeli air strike near the city of Tyre killed three people on Tuesday.")
    events = extract(text, "2024-04-30")
    tyre = [e for e in events if e.location is not None and e.location.name == "Tyre"]
    assert len(tyre) == 1 and len(tyre[0].evidence) == 2


@pytest.mark.parametrize("text, place", [
    ("Title\nAir strikes hit the Ras Isa area north of Hodeidah on Monday.", "Hodeidah"),
    ("Title\nA ship was struck off Aden on Monday, the United Kingdom Maritime Trade Operations centre said.", "Aden"),
])
def test_a_place_name_inside_a_longer_name_is_not_the_place(extract, text, place):
    e = extract(text, "2024-03-16")[0]
    assert e.location is None or e.location.text == place  # never "Ras" in Saudi Arabia, "Maritime" in Togo


def test_a_participle_after_a_pluperfect_deed_is_dated_before_the_report(extract):
    text = "Title\nThe army said Wednesday it had repelled an attack on a post in the town of Djibo, killing 40 assailants."
    e = extract(text, "2024-03-15")[0]
    assert e.date.start is None and e.date.end == "2024-03-13"


def test_the_army_that_repels_an_attack_is_its_target(extract):
    text = "Title\nThe army repelled an attack by armed groups on a military post in the town of Djibo on Tuesday."
    e = extract(text, "2024-03-15")[0]
    assert e.target is not None and e.target.kind == "military"
    assert e.initiator is not None and e.initiator.kind == "armed_group"


def test_insurgents_take_no_side_from_where_they_fight(extract):
    text = "Title\nJihadist militants attacked a military post in the town of Djibo on Tuesday, killing four soldiers."
    e = extract(text, "2024-03-15")[0]
    assert e.initiator.side is None


def test_unnamed_gunmen_are_of_the_country_they_act_in(extract):
    text = "Nine killed near Garissa\nGunmen killed nine villagers near the town of Garissa on Tuesday, police said."
    e = extract(text, "2024-03-15")[0]
    assert e.initiator.side == "KE"


def test_a_dateline_city_is_no_claimant(extract):
    text = "Title\nOUAGADOUGOU (AFP) - The army said a post in the town of Djibo was attacked on Tuesday."
    e = extract(text, "2024-03-15")[0]
    assert "OUAGADOUGOU" not in {c.claimant for c in e.claims}


def test_an_interception_told_with_damage_is_the_strike(extract):
    text = ("Drone attack sets fire to oil depot in Bryansk\n"
            "A Ukrainian drone attack set fire to an oil depot in the city of Bryansk overnight, the governor said. "
            "Air defences destroyed three Ukrainian drones over Bryansk, the defence ministry said.")
    e = extract(text, "2024-08-19")[0]
    assert e.subtype == "Air/drone strike"


def test_an_interception_with_no_damage_stays_disrupted_weapons_use(extract):
    text = ("Air defences destroyed three Ukrainian drones over the city of Bryansk overnight, the ministry said. "
            "There were no injuries or damage.")
    e = extract(text, "2024-08-19")[0]
    assert e.subtype == "Disrupted weapons use"


def test_officials_meeting_officials_at_a_place_is_a_diplomatic_visit(extract):
    text = "Title\nUkraine's president met Moldova's president in Kyiv on Sunday to discuss energy security."
    e = extract(text, "2024-08-19")[0]
    assert (e.subtype, e.location.name) == ("Diplomatic visit", "Kyiv")


def test_meeting_reporters_is_no_visit(extract):
    assert extract("Title\nThe minister met reporters in Kyiv on Sunday.", "2024-08-19") == []


def test_the_south_of_the_city_is_in_the_city(extract):
    text = ("Title\nIn El Fasher, fighting broke out again on Monday when RSF fighters attacked an army base "
            "in the south of the city, residents said.")
    events = extract(text, "2024-03-16")
    assert [e.location.name for e in events] == ["El Fasher"]


def test_a_weapon_across_a_headline_semicolon_is_the_other_clauses(extract):
    text = ("Russian missile strike on Sumy kills 5; air force says 20 drones downed\n"
            "Russian missiles struck Sumy on Friday, killing five people.")
    e = next(e for e in extract(text, "2024-03-16") if e.location is not None and e.location.name == "Sumy")
    assert e.subtype == "Shelling/artillery/missile attack"


def test_forces_attacking_a_village_with_no_weapon_named_fight_a_battle(extract):
    e = extract("Title\nRussian forces attacked the village of Robotyne on Monday, the ministry said.", "2024-03-16")[0]
    assert (e.type, e.subtype) == ("Battles", "Armed clash")


def test_a_ground_assault_killing_civilians_is_violence_against_them(extract):
    text = "Nine civilians killed in Kadugli\nGunmen attacked the village of Kadugli on Monday, killing nine civilians."
    e = extract(text, "2024-03-16")[0]
    assert e.type == "Violence against civilians"


def test_an_assault_with_artillery_stays_remote_violence(extract):
    text = "Title\nRussian forces attacked the village of Robotyne with artillery on Monday."
    e = extract(text, "2024-03-16")[0]
    assert e.subtype == "Shelling/artillery/missile attack"


def test_troops_engaging_the_rebels_is_a_fight(extract):
    e = extract("Title\nGovernment troops engaged the rebels near the town of Kadugli on Monday.", "2024-03-16")[0]
    assert e.type == "Battles"


def initiators(parse, text):
    return [(m.trigger, m.initiator.text if m.initiator else None) for m in parse("Report from the region\n" + text)._.event_mentions]


def test_a_force_named_before_its_aircraft_carried_out_the_strikes(parse):
    assert initiators(parse, "Army warplanes carried out air strikes on militia positions near Khartoum on Tuesday night.") \
        == [("strikes", "Army")]


def test_fire_from_areas_a_force_holds_is_that_forces(parse):
    assert initiators(parse, "An observation post near Morek came under mortar fire from government-held areas on Saturday.") \
        == [("fire", "government")]


def test_the_victims_of_a_passive_are_not_the_attackers_of_the_verb_joined_to_it(parse):
    found = initiators(parse, "At least four people were killed when barrel bombs dropped by government helicopters hit "
                              "the town of Kafranbel.")
    assert ("hit", "At least four people") not in found


def test_a_vehicle_that_blew_up_is_not_its_owners_weapon(parse):
    found = initiators(parse, "A police pickup exploded on a mine near the village of Dvani on Monday.")
    assert all(who is None for _, who in found)


def test_arms_captured_from_a_force_were_not_fired_by_it(parse):
    found = initiators(parse, "Ukraine's defence ministry suggested the rockets were captured from the Russians.")
    assert all(who != "Russians" for _, who in found)


def test_resistance_fighters_are_of_no_state(extract):
    (e,) = extract("Report on the fighting\nResistance fighters ambushed a military convoy near the town of Shwebo on "
                   "Tuesday, killing seven soldiers.")
    assert e.initiator is not None and e.initiator.side is None


def test_a_place_the_speaker_took_before_his_claim_is_still_where_it_happened(extract):
    (e,) = extract("Russian troops captured the town of Avdiivka on Saturday and later claimed a wide advance.",
                   "2024-03-15")
    assert e.location.text == "Avdiivka"


def test_a_speaker_telling_whose_the_aircraft_were_names_the_initiator(extract):
    (e,) = extract("Warplanes struck a bakery in the town of Ariha on Sunday, killing 14 people, a monitor said. "
                   "The monitor said the jets were Russian.", "2024-03-15")
    assert e.initiator.side == "RU"


def test_aircraft_made_somewhere_name_no_initiator(extract):
    (e,) = extract("Drones struck a fuel depot in the town of Ariha on Sunday, a monitor said. "
                   "The monitor said the drones were Iranian-made.", "2024-03-15")
    assert e.initiator is None or e.initiator.side is None


def test_a_deed_told_by_its_weapon_and_its_toll_is_an_incident(extract):
    (e,) = extract("A suicide bomber drove a truck packed with explosives into an army base in Baidoa on Monday, "
                   "killing nine soldiers and wounding 14, officials said.", "2024-03-15")
    assert (e.subtype, e.casualties.killed.min, e.casualties.injured.min) == ("Suicide bomb", 9, 14)
    assert e.location.text == "Baidoa" and e.date.start == "2024-03-11"


def test_a_deed_with_its_own_word_is_not_told_twice(extract):
    (e,) = extract("Gunmen opened fire with rifles on a bus near Bunia on Monday, killing six passengers.",
                   "2024-03-15")
    assert e.casualties.killed.min == 6


def test_artillery_shells_name_no_force(extract):
    (e,) = extract("Artillery shells slammed into a market in Omdurman on Wednesday, killing 11 civilians, "
                   "a volunteer group said.", "2024-03-15")
    assert e.initiator is None or e.initiator.side is None


def test_an_arrest_a_state_body_tells_with_no_arrester_is_that_states(extract):
    (e,) = extract("Six men have been arrested in Kutaisi on charges of plotting attacks on police stations, "
                   "the Georgian Interior Ministry said on Monday.", "2024-03-15")
    assert (e.subtype, e.initiator.side) == ("Arrests", "GE")


def test_an_arrest_its_victims_tell_names_no_arrester(extract):
    (e,) = extract("Six of our activists have been arrested in Kutaisi, the opposition party Lelo said on Monday.",
                   "2024-03-15")
    assert e.subtype == "Arrests" and (e.initiator is None or e.initiator.side is None)


def test_a_count_of_a_group_is_that_group(extract):
    (e,) = extract("Police detained nine of the rebels in Batumi on Monday, the Georgian Interior Ministry said.",
                   "2024-03-15")
    assert e.target.kind == "armed_group"


def test_taking_control_of_a_town_is_its_capture(extract):
    events = extract("Rebels took control of the town of Goma on Thursday, residents said.", PUBLISHED)
    assert [(e.type, e.subtype) for e in events] == [("Battles", "Non-state actor overtakes territory")]
    assert events[0].location.name == "Goma"


def test_villages_taken_within_one_named_district_are_a_capture_there(extract):
    events = extract("Government troops captured six villages in the Jabrayil district on Thursday.", PUBLISHED)
    assert [e.subtype for e in events] in (["Government regains territory"], ["Non-state actor overtakes territory"])
    assert events[0].location.text == "Jabrayil"


def test_villages_taken_nowhere_named_are_no_one_event(extract):
    assert extract("Government troops have captured several other villages.", PUBLISHED) == []


def test_a_town_that_came_under_fire_is_attacked_there(extract):
    (e,) = extract("The town of Tskhinvali came under fire last night, the interior ministry said.", PUBLISHED)
    assert e.location.text == "Tskhinvali" and e.date.start == "2024-03-14"


def test_gunfire_at_troops_with_no_weapon_named_is_an_armed_clash(extract):
    (e,) = extract("Militants opened fire on an army checkpoint near Tskhinvali on Tuesday.", PUBLISHED)
    assert (e.type, e.subtype) == ("Battles", "Armed clash")


def test_gunfire_that_kills_civilians_is_violence_against_them(extract):
    (e,) = extract("Gunmen opened fire on a bus near Bunia on Monday, killing six passengers.", PUBLISHED)
    assert (e.type, e.subtype) == ("Violence against civilians", "Attack")


def test_a_tank_destroyed_with_a_rocket_is_no_interception(extract):
    events = extract("Fighters destroyed a tank with an anti-armour rocket near the town of Rafah on Monday.", PUBLISHED)
    assert all(e.subtype != "Disrupted weapons use" for e in events)


def test_a_parked_car_that_blew_up_is_an_explosion_with_no_one_acting(extract):
    events = extract("The car was parked near a bus terminal in the town of Baquba when it blew up on Thursday.",
                     PUBLISHED)
    assert [e.subtype for e in events] == ["Remote explosive/landmine/IED"]
    assert events[0].initiator is None or events[0].initiator.side is None


def test_a_pronoun_opening_a_sentence_continues_the_subject_before_it(extract):
    text = ("The Lord's Resistance Army has fought the government for years and often attacks villages near Gulu. "
            "Its deadliest attack, a raid on a market in the town of Kitgum in March, killed more than 100 people.")
    e = next(e for e in extract(text, PUBLISHED) if e.location and e.location.text == "Kitgum")
    assert e.initiator is not None and e.initiator.name != "government"


def test_a_town_named_after_its_kind_and_an_outskirt_is_where_it_happened(extract):
    (e,) = extract("Two bombs hit a camp for displaced people in Mugunga, on the western outskirts of the "
                   "provincial capital Goma, killing four people, the UN said on Tuesday.", PUBLISHED)
    assert e.location is not None and e.location.name == "Goma"


def test_gunmen_opening_fire_on_an_army_patrol_clash_with_the_army_and_belong_to_no_side(extract):
    e = only(extract("Gunmen opened fire on an army patrol near Kandahar on Wednesday.", PUBLISHED))
    assert (e.type, e.subtype) == ("Battles", "Armed clash")
    assert (e.target.kind, e.target.side) == ("military", "AF")
    assert e.initiator.side is None


def test_two_clauses_with_their_own_subjects_keep_their_own_places(extract):
    events = extract("Rival families clashed in a refugee camp near Sidon on Saturday and gunmen opened fire "
                     "on an army patrol in the Bekaa Valley.", PUBLISHED)
    assert sorted(e.location.name for e in events) == ["Al Biqā‘", "Sidon"]


def test_where_a_speaker_told_reporters_is_not_where_it_happened(extract):
    text = ("Russian drones struck a power plant near Kharkiv on Tuesday. A senior US official told reporters "
            "in Washington that the attack had failed.")
    e = only(extract(text, PUBLISHED))
    assert e.location.name == "Kharkiv"


def test_villages_recaptured_near_a_named_town_are_a_capture_by_the_units_advancing(extract):
    e = only(extract("Army units advancing along the river recaptured nine villages near Mosul on Wednesday.",
                     PUBLISHED))
    assert e.type == "Battles"
    assert e.initiator.kind == "military"
    assert e.location.name == "Mosul"


def test_rockets_slamming_into_a_city_are_a_strike_by_their_owner(extract):
    e = only(extract("Two people were killed when Ukrainian rockets slammed into the centre of Belgorod on Monday.",
                     PUBLISHED))
    assert e.type == "Explosions/Remote violence"
    assert e.initiator.side == "UA"


def test_a_town_struck_in_a_headline_is_where_not_who(extract):
    e = only(extract("Kharkiv struck overnight, killing two", PUBLISHED))
    assert e.initiator is None


def test_the_maker_of_a_launcher_is_not_whose_it_is(extract):
    e = only(extract("Air defence units shot down 12 rockets fired from a Czech-made launcher over Belgorod on Monday.",
                     PUBLISHED))
    assert e.initiator is None or e.initiator.side != "CZ"


def test_a_toll_told_sentences_after_its_only_incident_is_that_incidents(extract):
    e = only(extract(
        "A suicide bombing struck a religious procession in the town of Kebbi on Tuesday. "
        "The country has a large Muslim minority. Its leaders have long stayed neutral. "
        "Officials say peace will take years. Many hope for talks. "
        "Some 14 people were killed and scores were injured as they joined the pilgrims.", PUBLISHED))
    assert (e.casualties.killed.min, e.casualties.killed.max) == (14, 14)
    assert e.casualties.injured.min == 40


def test_a_toll_told_far_after_an_incident_with_its_own_toll_keeps_it_one_incident(extract):
    events = extract(
        "Fighting between police and rebels near Kizlyar left five officers and 12 rebels dead, officials said. "
        "Clashes are frequent in the region, but the fighting near the border was the worst in months. "
        "Helicopters were seen over the forest. "
        "An interior ministry spokesman said 14 rebels were killed, but the security service said 12 died.",
        PUBLISHED)
    assert len([e for e in events if e.type == "Battles"]) == 1


def test_deaths_from_a_disease_told_in_a_war_report_are_no_incidents_toll(extract):
    e = only(extract(
        "Gunmen attacked a police post in Acapulco on Saturday. Tourism has suffered. "
        "The recent flu outbreak, which caused 89 deaths, cost billions in lost revenue.", PUBLISHED))
    assert e.casualties.killed is None


def test_a_struck_hospital_named_for_its_town_is_in_that_town(extract):
    e = only(extract("Shells hit Kramatorsk hospital as Russian forces tighten their grip on Donbas", PUBLISHED))
    assert e.location.name == "Kramatorsk"


def test_an_incident_told_as_earlier_in_the_month_is_not_the_one_told_that_day(extract):
    events = extract(
        "Shells struck a hospital in Kramatorsk on Wednesday, killing nine people, doctors said. "
        "It is the second time the hospital has been hit this month. "
        "The Red Cross said a shell hit its emergency room earlier in March, wounding two members of staff.",
        PUBLISHED)
    assert len(events) == 2
    assert sorted((e.casualties.killed is not None, e.casualties.injured is not None) for e in events) == [
        (False, True), (True, False)]


def test_a_toll_and_its_teller_in_a_sentence_naming_an_earlier_incidents_town_go_to_it(extract):
    events = extract(
        "Artillery shelled the town of Jermuk overnight, the defence ministry said on Monday. "
        "Army positions near Kapan also came under fire from drones. "
        "In Jermuk, shells damaged a hotel and several houses, and two civilians were wounded, the town's mayor said.",
        PUBLISHED)
    (jermuk,) = [e for e in events if e.location is not None and e.location.name == "Jermuk"]
    assert jermuk.casualties.injured.min == 2
    assert any("mayor" in c.claimant for c in jermuk.claims)


def test_soldiers_who_overran_a_position_after_a_rescue_regain_territory(extract):
    (e,) = [e for e in extract(
        "The colonel said soldiers rescued the captives late on Friday after overrunning a militant position.",
        PUBLISHED) if e.type == "Battles"]
    assert e.subtype == "Government regains territory"
    assert e.initiator is not None and e.initiator.kind == "military"


def test_a_site_east_of_a_town_is_placed_at_the_town(extract):
    e = only(extract("Israeli troops raided the compound of the European Hospital east of Khan Younis overnight, "
                     "the army said.", PUBLISHED))
    assert e.location is not None and e.location.country == "PS"


def test_an_attack_claimed_the_day_before_another_keeps_the_day_of_the_claim(extract):
    events = extract(
        "The village of Prisi came under attack late last night. "
        "Separatists had claimed the day before there were Georgian artillery attacks from the heights above Prisi.",
        "2008-08-08")
    claimed = [e for e in events if e.date is not None and e.date.text == "the day before"]
    assert len(claimed) == 1
    assert claimed[0].date.end == "2008-08-06" and claimed[0].date.start is None
