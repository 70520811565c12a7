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


def test_statement_about_another_matter_stays_off_the_incident(extract):
    (e,) = extract(
        "Gunmen killed four aid workers near Bentiu on Saturday, the United Nations said. "
        "The country's ambassador later reiterated the government's commitment to food aid. "
        "An independent report suggested the army is buying more tanks, which the government denied.",
        PUBLISHED)
    assert {c.claimant for c in e.claims} == {"United Nations"}
    assert e.status == "single-source"


def test_quote_told_after_the_incident_still_attaches(extract):
    (e,) = extract(
        "A missile hit an apartment block in Odesa on Monday, wounding six people. "
        "'Another act of terror,' the governor wrote on social media.", PUBLISHED)
    assert any("governor" in c.claimant for c in e.claims)


def test_where_and_when_it_was_said_are_not_what_was_said(parse):
    doc = parse("The governor said on Monday that the army shelled Kupiansk. "
                "The mayor commented on Telegram on the shelling.")
    contents = [doc.text[c.content_start:c.content_end] for c in doc._.claims]
    assert contents[0] == "that the army shelled Kupiansk"
    assert all("Telegram" not in text and "Monday" not in text for text in contents)


def test_unlabelled_name_that_speaks_is_a_person(extract):
    (e,) = extract(
        "Police arrested twelve protesters in Tbilisi on Monday, the Georgian Interior Ministry said. "
        "Levan Kvaratskhelia of the Georgian Labour Party said: 'This arrest is a political stage show.'",
        PUBLISHED)
    assert any(c.claimant.endswith("Kvaratskhelia") for c in e.claims)


def test_party_the_table_does_not_know_is_a_claimant(extract):
    (e,) = extract(
        "The Movement for a Free Georgia party said nine of its activists were arrested in Batumi on Monday.",
        PUBLISHED)
    (claim,) = e.claims
    assert claim.kind == "other" and claim.side == "GE"


def test_official_takes_the_side_of_the_body_he_heads(extract):
    (e,) = extract(
        "Ten people were arrested in Kutaisi on Monday, the Georgian Interior Ministry said. "
        "Giorgi Beridze, head of the Interior Ministry's press office, said the arrests were lawful.",
        PUBLISHED)
    sides = {c.claimant: c.side for c in e.claims}
    assert sides.get("Giorgi Beridze") == "GE"


def test_second_speaker_the_parser_took_for_an_object(extract):
    (e,) = extract(
        "A bomb exploded at a market in Sukhumi on Monday, wounding four people. "
        "Tbilisi has denied the allegation and the Georgian television stations reported that the blast "
        "was a result of a feud between gangs.", PUBLISHED)
    claimants = {c.claimant for c in e.claims}
    assert "Georgian television stations" in claimants


def test_breakaway_forces_take_their_patron_side(extract):
    (e,) = extract("Abkhaz troops shelled a Georgian police post near Zugdidi on Monday.", PUBLISHED)
    assert e.initiator.side == "RU" and e.target.side == "GE"


def test_law_enforcement_agencies_are_not_the_news_agency_before(extract):
    (e,) = extract(
        "A blast wounded three soldiers in Gali on Monday, the local news agency reported. "
        "The region's law enforcement agencies said a remote-controlled device went off.", PUBLISHED)
    kinds = {c.claimant: c.kind for c in e.claims}
    assert "local news agency" in kinds and any(k == "military" for k in kinds.values())


def test_an_official_of_the_un_has_no_side_whatever_country_his_title_names(extract):
    (e,) = extract(
        "Gunmen killed four aid workers near Bentiu on Saturday. The Special Representative of the UN "
        "Secretary-General for South Sudan condemned the attack, saying aid workers faced great danger.",
        PUBLISHED)
    rep = next(c for c in e.claims if "Representative" in c.claimant)
    assert rep.side is None and rep.kind == "international"


def test_quote_after_a_colon_still_attaches(extract):
    (e,) = extract(
        "A missile hit an apartment block in Odesa on Monday, wounding six people. "
        "The governor posted on social media: 'Terror again.'", PUBLISHED)
    assert any("governor" in c.claimant for c in e.claims)


def test_a_lower_toll_told_after_another_disputes_it(extract):
    (e,) = extract(
        "A car bomb exploded near a market in Baghdad on Monday, killing as many as 20 people, Iraqi officials "
        "said. The U.S. military confirmed the attack but said eight people were killed.", PUBLISHED)
    stances = {c.claimant: c.stance for c in e.claims}
    assert stances["Iraqi officials"] == "asserts" and stances["U.S. military"] == "disputes"
    assert e.status == "contested"


def test_tolls_of_different_people_do_not_dispute_each_other(extract):
    (e,) = extract(
        "Fighting in Dagestan left five officers and about a dozen militants dead on Monday, officials said. "
        "A police spokesman said 14 insurgents were killed in the fighting.", PUBLISHED)
    assert all(c.stance == "asserts" for c in e.claims)


def test_civilians_of_a_breakaway_region_are_not_its_patrons_side(parse):
    from warlog.extract.actors import resolver_for

    doc = parse("Abkhaz civilians said Abkhaz servicemen fired at the market.")
    resolver = resolver_for(doc)
    civilians, servicemen = (resolver.actor(t) for t in doc if t.lower_ in ("civilians", "servicemen"))
    assert servicemen.side == "RU" and civilians.side is None


def test_a_headline_accused_of_a_deed_is_its_initiator_not_a_claimant(extract):
    text = "Rebels accused of shelling market in Kadugli\nAt least nine people were killed in the town on Monday."
    e = extract(text, "2024-03-15")[0]
    assert e.initiator is not None and e.initiator.name == "Rebels"
    assert "Rebels" not in {c.claimant for c in e.claims}


def test_the_culprit_is_the_object_that_names_an_actor(extract):
    text = "The army accused the paramilitary Rapid Support Forces (RSF) of shelling a market in Kadugli on Monday."
    e = extract(text, "2024-03-15")[0]
    assert e.initiator.name == "Rapid Support Forces"
    assert e.initiator.side is None  # a group fighting its own state fights for none (actors.toml)


def test_two_voices_of_one_state_do_not_corroborate(extract):
    text = ("Two soldiers were killed in fighting in the town of Kadugli on Wednesday, the army said. "
            "Sudan's government says the rebels started the fighting.")
    e = extract(text, "2024-03-15")[0]
    assert e.status == "single-source"


def test_claiming_responsibility_names_the_claimant_the_initiator(extract):
    text = ("A car bomb exploded at a checkpoint in Mogadishu on Saturday, killing nine people. "
            "The al-Shabaab extremist group claimed responsibility for the attack.")
    e = extract(text, "2024-03-16")[0]
    assert e.initiator.name == "al-Shabaab"
    assert {c.claimant: c.stance for c in e.claims}["al-Shabaab"] == "asserts"


def test_a_resistance_group_that_speaks_is_a_claimant(extract):
    text = "Army aircraft bombed the village of Kyaukse on Tuesday, killing 12, residents and a local resistance group said."
    e = extract(text, "2024-03-16")[0]
    assert {c.kind for c in e.claims} >= {"witness", "armed_group"}


def test_confirming_an_incident_but_denying_part_of_it_disputes_it(extract):
    text = ("Military aircraft bombed the village of Kyaukse on Tuesday, killing 12 people, residents said. "
            "A junta spokesman confirmed the air strike and denied that civilians had been killed.")
    e = extract(text, "2024-03-16")[0]
    assert [c.stance for c in e.claims if "spokesman" in c.claimant] == ["disputes"]


def test_a_threat_told_after_an_incident_is_not_a_claim_about_it(extract):
    text = ("A drone hit a tanker off the port of Aden on Monday, the navy said. "
            "The rebels' spokesman said the group would continue to target ships.")
    e = extract(text, "2024-03-16")[0]
    assert {c.kind for c in e.claims} == {"military"}


def test_a_military_command_is_a_claimant(extract):
    text = "The U.S. military's Central Command said its forces shot down three drones over the Red Sea on Monday."
    e = extract(text, "2024-03-16")[0]
    assert [(c.side, c.kind) for c in e.claims] == [("US", "military")]


def test_a_denial_naming_the_place_of_an_earlier_incident_is_about_it(extract):
    text = ("Officials said a missile struck a residential area of Ganja overnight, destroying an apartment block. "
            "Nine civilians were killed, they said. Pictures showed rescuers searching the rubble. "
            "Residents said the blast shook the whole district. "
            "Armenia's defence ministry denied that its forces had fired at Ganja.")
    e = extract(text, "2020-10-12")[0]
    assert {c.claimant: c.stance for c in e.claims}.get("Armenia's defence ministry") == "denies"


def test_putting_the_toll_at_a_number_is_a_claim(extract):
    text = ("Shelling hit a market in the town of Kadugli on Monday, killing 12 people, the army said. "
            "The civil defence agency put the death toll at 15.")
    e = extract(text, "2024-03-16")[0]
    assert "civil defence agency" in {c.claimant for c in e.claims}


def test_a_speaker_closing_the_sentence_after_a_comma_is_a_claimant(extract):
    text = "Title\nAn Israeli drone strike on a house in Naqoura killed a woman and her son, Lebanon's health ministry said."
    e = extract(text, "2024-04-30")[0]
    assert [(c.side, c.kind) for c in e.claims] == [("LB", "government")]


def test_an_inverted_reporting_clause_names_its_speaker(extract):
    text = "Title\nThe strike hit a car near the town of Nabatieh on Tuesday, reported the official National News Agency."
    e = extract(text, "2024-04-30")[0]
    assert [c.kind for c in e.claims] == ["media"]


def test_an_ambulance_service_is_a_claimant(extract):
    text = "Title\nA rocket hit a house in Kiryat Shmona on Tuesday, wounding a man, the Magen David Adom ambulance service said."
    e = extract(text, "2024-04-30")[0]
    assert [c.kind for c in e.claims] == ["witness"]


def test_calling_arrests_political_persecution_disputes_them(extract):
    text = ("Police arrested ten opposition activists in Tbilisi on Monday, the interior ministry said. "
            "The opposition party said the arrests were political persecution.")
    e = extract(text, "2024-03-16")[0]
    assert {c.kind: c.stance for c in e.claims}.get("other") == "disputes"


def test_the_army_telling_it_repelled_an_attack_asserts_it(extract):
    text = "Title\nThe army said it had repelled an attack by gunmen on a post in the town of Djibo on Tuesday."
    e = extract(text, "2024-03-16")[0]
    assert [c.stance for c in e.claims] == ["asserts"]


def test_putting_the_blame_on_someone_accuses_them(extract):
    text = ("A Ukrainian missile hit the city of Belgorod on Friday, injuring 12 people, Russian officials said. "
            "Ukraine's security council secretary put the blame for the explosion on Russian air defence systems.")
    e = extract(text, "2024-03-16")[0]
    assert {c.side: c.stance for c in e.claims}.get("UA") == "disputes"


def test_a_passive_accusation_is_made_by_its_agent(extract):
    text = "Title\nNorth Korea has been accused by the United States of supplying missiles to Russia on Monday."
    e = extract(text, "2024-03-16")[0]
    assert [c.claimant for c in e.claims] == ["United States"]


def test_a_passive_denial_by_two_is_a_denial_by_each(extract):
    text = ("North Korea shipped artillery shells to Russia in March, the United States said. "
            "The shipments are denied by both North Korea and Russia.")
    e = extract(text, "2024-03-16")[0]
    assert {c.side: c.stance for c in e.claims if c.side in ("KP", "RU")} == {"KP": "denies", "RU": "denies"}


def test_a_claim_about_the_bombing_told_sentences_later_is_about_that_bombing(extract):
    text = ("A suicide bombing killed 14 people at a mosque in the town of Akuressa on Tuesday. "
            "The country has seen decades of war. Peace talks have stalled. Many families have left. "
            "Aid has been cut. Prices have risen sharply. "
            "The ambassador explained that the bombing was meant to cause maximum loss of life.")
    e = extract(text, "2024-03-16")[0]
    assert "ambassador" in {c.claimant for c in e.claims}


def test_state_television_speaks_for_its_state(extract):
    text = ("Police killed four gunmen in a shootout in the city of Makhachkala on Sunday. "
            "State-run television said four gunmen were killed.")
    e = extract(text, "2024-03-16")[0]
    assert {c.kind: c.side for c in e.claims}.get("media") == "RU"


def test_people_on_the_spot_told_reporters(extract):
    (e,) = extract("Shelling hit a market in Kherson on Monday, killing four people. "
                   "\"There were bodies everywhere,\" a vegetable seller at the market told reporters by telephone.",
                   PUBLISHED)
    assert any(c.claimant == "vegetable seller" and c.side == "UA" for c in e.claims)


def test_a_spokesman_speaks_for_the_group_he_is_named_with(extract):
    (e,) = extract("Government jets bombed a market in Mekelle on Monday, TPLF spokesman Getachew Reda said.",
                   PUBLISHED)
    assert [(c.claimant, c.side) for c in e.claims] == [("Getachew Reda", None)]


def test_a_un_agency_chief_is_of_no_side(extract):
    (e,) = extract("An air strike hit a school in Gaza City on Monday, UNRWA chief Philippe Lazzarini said.",
                   PUBLISHED)
    assert [(c.claimant, c.side) for c in e.claims] == [("Philippe Lazzarini", None)]


def test_a_shadow_government_is_not_the_states(extract):
    (e,) = extract("Jets bombed a village near Mandalay on Monday, killing 12 people, the shadow National Unity "
                   "Government said.", PUBLISHED)
    (claim,) = e.claims
    assert "National Unity Government" in claim.claimant
    assert claim.side is None


def test_a_patron_named_before_backed_is_not_the_groups_side(extract):
    # nor, being a proxy, of the country it acts in
    (e,) = extract("The Iran-backed group fired rockets at a base near Kiryat Shmona on Monday, killing one soldier.",
                   PUBLISHED)
    assert e.initiator is not None and e.initiator.side is None


def test_a_further_toll_told_plainly_is_that_sources_own_count(extract):
    (e,) = extract(
        "Air strikes on a market in the town of Saraqib killed 31 civilians on Monday, a monitoring group said. "
        "The group said the aircraft were Russian. "
        "Rescuers put the death toll at 38 and said they were still pulling bodies from the rubble.", PUBLISHED)
    assert all(c.stance == "asserts" for c in e.claims)
    assert (e.casualties.killed.min, e.casualties.killed.max) == (31, 38)


def test_a_speaker_named_after_his_title_closes_the_sentence(extract):
    (e,) = extract("A roadside bomb struck an army truck near Baidoa on Tuesday, killing three soldiers, a local "
                   "chief, Abdi Warsame, told Reuters by phone.", PUBLISHED)
    (claim,) = e.claims
    assert (claim.claimant, claim.kind, claim.stance) == ("Abdi Warsame", "official", "asserts")
    assert e.casualties.killed.min == 3


def test_a_voice_after_a_run_of_voices_stays_with_their_incident(extract):
    (e,) = extract("Jets struck a bakery in the town of Ariha on Sunday, killing 14 people, a monitor said. "
                   "The civil defence put the death toll at 16. "
                   "Residents said the planes had circled over the town for an hour.", PUBLISHED)
    assert any(c.claimant == "Residents" for c in e.claims)


def test_a_speaker_who_hedges_what_he_tells_suggests(extract):
    (e,) = extract("Jets struck a bakery in the town of Ariha on Sunday, killing 14 people. "
                   "Activists said the jets had apparently flown from a base near Latakia.", PUBLISHED)
    assert [(c.claimant, c.stance) for c in e.claims] == [("Activists", "suggests")]


def test_a_closing_it_said_is_not_a_body_its_words_name(extract):
    text = ("Gunmen attacked an army post in the town of Tillaberi on Tuesday, the army general staff said in a statement. "
            "Two soldiers and a member of the Home Guard, a civilian militia, were killed, it said.")
    e = extract(text, PUBLISHED)[0]
    assert {c.claimant for c in e.claims} == {"army general staff"}


def test_a_higher_toll_from_another_source_disputes_the_first(extract):
    text = ("Gunmen attacked an army post in the town of Tillaberi on Tuesday, the army said. "
            "Four soldiers were killed, it said. "
            "A security source told reporters the toll among soldiers was higher, with at least nine killed.")
    e = extract(text, PUBLISHED)[0]
    assert {c.claimant: c.stance for c in e.claims}["security source"] == "disputes"


def test_a_known_group_named_among_the_modifiers_is_that_group(extract):
    text = ("A car bomb exploded outside a hotel in the town of Beledweyne on Tuesday, killing nine people. "
            "The al-Qaida-linked al-Shabaab extremist group said it carried out the bombing.")
    e = extract(text, PUBLISHED)[0]
    assert "al-Shabaab" in {c.claimant for c in e.claims}


def test_denying_it_answers_the_account_just_told(extract):
    text = ("Two shells hit a camp for displaced people near the town of Goma on Tuesday, killing four people. "
            "The army said the shells had been fired by the rebels from the hills. "
            "Rebel spokesman Lawrence Kanyuka denied it, blaming pro-government militias.")
    e = extract(text, PUBLISHED)[0]
    assert {c.claimant: c.stance for c in e.claims}.get("Lawrence Kanyuka") in ("denies", "disputes")


def test_a_nationality_told_in_apposition_is_the_speakers_side_at_every_mention(extract):
    text = ("A suicide bomber struck a mosque in the town of Akuressa on Tuesday, killing 14 people. "
            "Ambassador Perera said the bombing was meant to cause maximum loss of life. "
            "Perera, a Sri Lankan diplomat himself, said peace would take time.")
    e = extract(text, PUBLISHED)[0]
    assert {c.claimant: c.side for c in e.claims}.get("Perera") == "LK"


def test_owning_a_strike_but_telling_another_target_disputes_it(extract):
    text = ("An air strike killed 30 villagers in the town of Kanbalu on Tuesday, residents said. "
            "A junta spokesman confirmed the air strike, but said it had targeted a rebel base.")
    e = extract(text, PUBLISHED)[0]
    assert {c.claimant: c.stance for c in e.claims}["junta spokesman"] == "disputes"


def test_denying_a_circumstance_of_a_strike_disputes_it(extract):
    text = ("An air strike hit a school in the town of Deir al-Balah on Tuesday, killing 17 people, medics said. "
            "The army said militants had been using the school as a command post. "
            "The group denied that its fighters had been present at the school.")
    e = extract(text, PUBLISHED)[0]
    assert {c.claimant: c.stance for c in e.claims}["group"] == "disputes"


def test_a_negation_of_no_incident_denies_nothing(extract):
    text = ("An air strike hit a school in the town of Deir al-Balah on Tuesday, killing 17 people, medics said. "
            "Aid agency chief Martin Keller said the school had been sheltering 2,000 people. "
            '"Schools are not a target," he wrote.')
    e = extract(text, PUBLISHED)[0]
    assert {c.claimant: c.stance for c in e.claims}["Martin Keller"] == "asserts"


def test_having_nothing_to_do_with_the_bombing_denies_it(extract):
    (e,) = extract(
        "A suicide bomber blew himself up at a police station in Peshawar on Monday, police said. "
        'A Taliban spokesman said the group had "nothing to do with" the bombing.', PUBLISHED)
    stances = {c.side: c.stance for c in e.claims}
    assert stances["AF"] == "denies"


def test_the_statement_speaks_for_the_body_that_issued_it(parse):
    doc = parse("Gunmen attacked a police post in Kidal on Sunday, the Malian army said in a statement. "
                "\"The attackers were pursued and several vehicles seized,\" the statement said.", PUBLISHED)
    assert [c.claimant.text for c in doc._.claims] == ["Malian army", "Malian army"]


def test_a_statement_with_no_issuer_told_speaks_for_the_force_it_tells_of(extract):
    (e,) = extract(
        "Gunmen opened fire on an army patrol near Baalbek on Sunday. "
        "\"The army responded with appropriate weaponry and the attackers fled,\" the statement said.", PUBLISHED)
    assert [c.kind for c in e.claims] == ["military"]


def test_a_military_spokesman_telling_his_troops_repelled_the_attack_asserts(extract):
    (e,) = extract(
        "Insurgents stormed an army base near Dikwa on Saturday, army spokesman Colonel Sani Usman said. "
        "\"Our gallant troops repelled the attack,\" he said.", PUBLISHED)
    assert {c.stance for c in e.claims} == {"asserts"}
    assert e.target.side is None or e.target.side == "NG"


def test_the_group_takes_the_side_an_earlier_phrase_gave_its_word(extract):
    events = extract(
        "The Abkhaz separatist leader has left Sukhumi, officials said. Georgian and separatist officials met. "
        "Tbilisi says the separatists launched an attack on the village of Zugdidi on Monday.", PUBLISHED)
    (e,) = [e for e in events if e.type == "Battles" or e.type == "Explosions/Remote violence"]
    assert e.initiator.side == "RU"


def test_words_about_the_gunmen_of_a_battle_are_a_claim_about_it(extract):
    events = extract(
        "Soldiers fought drug gunmen in Acapulco on Saturday. Two soldiers and 16 gunmen were killed in the battle. "
        "The army seized rifles and grenades. Tourism has suffered for months. Hotels are offering discounts. "
        "Local media reported that the gunmen were part of the Beltran Leyva gang.", PUBLISHED)
    (battle,) = [e for e in events if e.type == "Battles"]
    assert ("Local media", "MX", "asserts") in claims_of(battle)


def test_the_spokesman_named_after_a_landmark_is_the_speaker_not_the_landmark(parse):
    doc = parse("Four police officers were killed and ten others wounded late on Sunday when gunmen opened fire on a "
                "team searching houses in Barangay Tampilong, near the city's Grand Mosque, military spokesman "
                "Brigadier General Juan Cruz said in Manila.", PUBLISHED)
    assert [c.claimant.name for c in doc._.claims] == ["Juan Cruz"]


def test_a_group_that_later_took_power_is_of_no_side_before_it(extract):
    (e,) = extract("Taliban fighters attacked checkpoints outside Kunduz overnight, a provincial official said.",
                   "2021-06-15")
    assert e.initiator.side is None


def test_a_group_that_took_power_is_the_states_side_after_it(extract):
    (e,) = extract("Taliban fighters attacked an Islamic State hideout outside Kunduz overnight, an official said.",
                   "2023-06-15")
    assert e.initiator.side == "AF"
