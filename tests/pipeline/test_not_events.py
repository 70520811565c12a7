"""What is not an event (SPEC §2): habitual, generic, hypothetical, future, negated, purpose."""

import pytest

NOT_EVENTS = [
    # taking part is no place taken; a weapon word naming a shelter is no weapon sent
    "Jordan, which lies under the flight path, also took part.",
    "The sirens sent thousands of people rushing to bomb shelters.",
    # kept from doing it
    "The fighters had held back from storming the town.",
    "The army refrained from attacking the city.",
    # a verb of impact needs a weapon as its subject
    "Opposition leaders slammed the decision to send troops.",
    "Helicopters landed near the market on Sunday.",
    "Russia has often struck apartment buildings during the conflict.",
    "Capturing the town would give the army a foothold on the river.",
    "The army will attack the city next week, a commander warned.",
    "Government troops did not shell the village on Monday.",
    "The rebels plan to seize the airport.",
    "If the militia captures the bridge, the town will be cut off.",
    "The brigade deployed new howitzers to push the enemy back.",
    "Insurgents routinely plant roadside bombs along the highway.",
    # a trigger word naming a kind of thing, not an incident
    "The war began in 1983 when the rebels took up arms against the government.",
    "Police found a Kalashnikov assault rifle and two attack helicopters' manuals in the flat.",
    # running totals are background, not incidents
    "Fighting between the army and the militia has killed thousands of people since March 2021.",
    "More than 300 civilians have been killed in air strikes since the war began.",
    # a denied deed, and what opens a span of time
    "The air force did not carry out any combat missions near the town, the ministry said.",
    "No government aircraft were shot down over the province on Monday.",
    "More than 200 soldiers have died since fighting broke out on 3 March.",
    "The army has increasingly relied on drone strikes against the rebels.",
    # a fight verb used of a dispute
    "The two governments are engaged in a tug-of-war over the seized cargo ship in Limassol.",
    # a state of affairs over a long span, not an incident
    "The Lord's Resistance Army has fought government troops around the town of Gulu for years.",
    # kept from doing it: it did not happen
    "Aid convoys have been blocked from entering the town of Adigrat.",
    "Police prevented the protesters from marching to the town of Adigrat.",
]


@pytest.mark.parametrize("sentence", NOT_EVENTS)
def test_statement_is_not_an_event(extract, sentence):
    assert extract(sentence) == []


def test_a_stated_incident_is_an_event(extract):
    # the control for the table above: the same kinds of words, told as something that happened
    events = extract("Government troops shelled the village of Maarat on Monday.")
    assert len(events) == 1


@pytest.mark.parametrize("sentence", [
    "The insurgency has killed thousands of civilians and displaced millions.",
    "Militia violence has killed hundreds and displaced thousands across the province since 2019.",
])
def test_a_running_total_of_a_war_is_not_an_event(extract, sentence):
    assert extract("Report\n" + sentence) == []


def test_a_habit_reaches_the_deed_coordinated_with_it(extract):
    text = ("Army steps up air campaign\n"
            "The army has increasingly relied on air power in the north and has bombed schools in the town of Gao.")
    assert extract(text) == []


def test_the_toll_of_a_running_total_belongs_to_no_incident(extract):
    text = ("Police arrest 12 in Kaduna\n"
            "Police arrested 12 people in Kaduna on Monday, the state police said. "
            "More than 3,000 civilians have been killed by security forces since the coup, a rights group said.")
    events = extract(text)
    assert [e.subtype for e in events] == ["Arrests"]
    assert events[0].casualties.killed is None


def test_attacks_a_deed_answers_are_its_cause_not_an_incident(parse):
    doc = parse("Militants said they had fired rockets at an army base near Kiryat Shmona on Monday, in response "
                "to Israeli attacks on southern villages.")
    assert [m.trigger for m in doc._.event_mentions] == ["fired"]


def test_a_superlative_since_is_not_a_running_total(extract):
    (e,) = extract("Report\nAir raids on a market in the town of Saraqib have killed at least 31 people, in one of the "
                   "deadliest days in the region since an offensive began in April.")
    assert e.casualties.killed.min == 31


def test_a_participle_in_a_hyphenated_adjective_is_a_description(parse):
    doc = parse("Police arrested five men in the country's jihadist-hit north on Monday.")
    assert [m.trigger for m in doc._.event_mentions] == ["arrested"]


def test_a_bare_since_counts_from_a_time_told_before(extract):
    (e,) = extract("M23 rebels seized the town of Kanyabayonga in North Kivu on Monday and have since claimed "
                   "the capture of a dozen villages.", "2024-03-15")
    assert (e.location.text, e.date.start) == ("Kanyabayonga", "2024-03-11")
