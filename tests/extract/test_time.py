"""The temporal tagger: a table of expressions with their expected value, then one behaviour each."""

import datetime as dt

import pytest

from warlog.extract.time import datelines, find_times, normalise, resolve_relative

SAT_2023_07_29 = dt.date(2023, 7, 29)  # a Saturday in the middle of a month
MON_2023_07_31 = dt.date(2023, 7, 31)  # a Monday: "the weekend" just ended
TUE_2024_01_02 = dt.date(2024, 1, 2)  # just after a year boundary
FRI_2024_03_01 = dt.date(2024, 3, 1)  # the day after a leap day
WED_2023_03_01 = dt.date(2023, 3, 1)  # a March 1 with no Feb 29 before it
SAT_2022_12_31 = dt.date(2022, 12, 31)  # the last day of a year

# (sentence, published, the expression as written, start, end, precision)
DATE_TABLE = [
    # weekdays: the most recent such day on or before publication
    ("Russian forces on Friday struck the city.", SAT_2023_07_29, "on Friday", "2023-07-28", "2023-07-28", "day"),
    ("Artillery fire resumed Friday.", SAT_2023_07_29, "Friday", "2023-07-28", "2023-07-28", "day"),
    ("The port was hit on Saturday.", SAT_2023_07_29, "on Saturday", "2023-07-29", "2023-07-29", "day"),
    ("A video was posted Thursday night.", SAT_2023_07_29, "Thursday night", "2023-07-27", "2023-07-27", "day"),
    ("The bridge was struck on Sunday.", SAT_2023_07_29, "on Sunday", "2023-07-23", "2023-07-23", "day"),
    ("The depot burned last Saturday.", SAT_2023_07_29, "last Saturday", "2023-07-22", "2023-07-22", "day"),
    ("The depot burned last Friday.", SAT_2023_07_29, "last Friday", "2023-07-28", "2023-07-28", "day"),
    ("Envoys meet next Monday.", SAT_2023_07_29, "next Monday", "2023-07-31", "2023-07-31", "day"),
    ("The talks will be held on Monday.", SAT_2023_07_29, "on Monday", "2023-07-31", "2023-07-31", "day"),
    ("Drones flew in overnight into Friday.", SAT_2023_07_29, "overnight into Friday", "2023-07-27",
     "2023-07-28", "day"),
    ("The town was shelled early on Wednesday.", SAT_2023_07_29, "early on Wednesday", "2023-07-26",
     "2023-07-26", "day"),
    ("Troops withdrew on Tuesday morning.", SAT_2023_07_29, "on Tuesday morning", "2023-07-25", "2023-07-25",
     "day"),
    ("Strikes hit on Friday.", TUE_2024_01_02, "on Friday", "2023-12-29", "2023-12-29", "day"),
    ("A drone fell Sunday.", TUE_2024_01_02, "Sunday", "2023-12-31", "2023-12-31", "day"),
    ("The base was hit on Friday.", FRI_2024_03_01, "on Friday", "2024-03-01", "2024-03-01", "day"),
    ("The base was hit on Thursday.", FRI_2024_03_01, "on Thursday", "2024-02-29", "2024-02-29", "day"),
    # day words and nights
    ("Sirens sounded today.", SAT_2023_07_29, "today", "2023-07-29", "2023-07-29", "day"),
    ("A refinery burned yesterday.", SAT_2023_07_29, "yesterday", "2023-07-28", "2023-07-28", "day"),
    ("Shelling began yesterday morning.", SAT_2023_07_29, "yesterday morning", "2023-07-28", "2023-07-28",
     "day"),
    ("Officials said earlier today that a school was hit.", SAT_2023_07_29, "earlier today", "2023-07-29",
     "2023-07-29", "day"),
    ("Russia launched drones overnight.", SAT_2023_07_29, "overnight", "2023-07-28", "2023-07-29", "day"),
    ("A missile struck the port last night.", SAT_2023_07_29, "last night", "2023-07-28", "2023-07-28", "day"),
    ("The convoy was hit the day before yesterday.", SAT_2023_07_29, "the day before yesterday",
     "2023-07-27", "2023-07-27", "day"),
    ("Blasts were heard tonight.", SAT_2023_07_29, "tonight", "2023-07-29", "2023-07-29", "day"),
    ("A drone hit a tower yesterday.", TUE_2024_01_02, "yesterday", "2024-01-01", "2024-01-01", "day"),
    ("Kyiv was attacked overnight.", TUE_2024_01_02, "overnight", "2024-01-01", "2024-01-02", "day"),
    ("A tanker was hit yesterday.", FRI_2024_03_01, "yesterday", "2024-02-29", "2024-02-29", "day"),
    # weeks
    ("Shoigu made a rare visit this week.", SAT_2023_07_29, "this week", "2023-07-24", "2023-07-29", "week"),
    ("Fighting intensified last week.", SAT_2023_07_29, "last week", "2023-07-17", "2023-07-23", "week"),
    ("Talks resume next week.", SAT_2023_07_29, "next week", "2023-07-31", "2023-08-06", "week"),
    ("Strikes rose earlier this week.", SAT_2023_07_29, "earlier this week", "2023-07-24", "2023-07-29",
     "week"),
    ("The town fell late last week.", SAT_2023_07_29, "late last week", "2023-07-20", "2023-07-23", "week"),
    ("Shelling killed two over the past week.", SAT_2023_07_29, "over the past week", "2023-07-23", "2023-07-29",
     "week"),
    ("Fighting intensified last week.", TUE_2024_01_02, "last week", "2023-12-25", "2023-12-31", "week"),
    ("Drones were downed this week.", TUE_2024_01_02, "this week", "2024-01-01", "2024-01-02", "week"),
    ("Drones were downed this week.", FRI_2024_03_01, "this week", "2024-02-26", "2024-03-01", "week"),
    ("Talks resume next week.", SAT_2022_12_31, "next week", "2023-01-02", "2023-01-08", "week"),
    ("A bridge was hit over the weekend.", MON_2023_07_31, "over the weekend", "2023-07-29", "2023-07-30",
     "week"),
    ("A bridge was hit last weekend.", MON_2023_07_31, "last weekend", "2023-07-29", "2023-07-30", "week"),
    ("A bridge was hit last weekend.", SAT_2023_07_29, "last weekend", "2023-07-22", "2023-07-23", "week"),
    ("Shelling went on through the weekend.", TUE_2024_01_02, "the weekend", "2023-12-30", "2023-12-31",
     "week"),
    # months
    ("It was the third drone strike this month.", SAT_2023_07_29, "this month", "2023-07-01", "2023-07-29",
     "month"),
    ("The dam was breached last month.", SAT_2023_07_29, "last month", "2023-06-01", "2023-06-30", "month"),
    ("Exports fell earlier this month.", SAT_2023_07_29, "earlier this month", "2023-07-01", "2023-07-29",
     "month"),
    ("The dam was breached last month.", TUE_2024_01_02, "last month", "2023-12-01", "2023-12-31", "month"),
    ("Attacks rose this month.", TUE_2024_01_02, "this month", "2024-01-01", "2024-01-02", "month"),
    ("The dam was breached last month.", FRI_2024_03_01, "last month", "2024-02-01", "2024-02-29", "month"),
    ("Aid arrives next month.", SAT_2022_12_31, "next month", "2023-01-01", "2023-01-31", "month"),
    ("The four provinces were annexed in September.", SAT_2023_07_29, "in September", "2022-09-01",
     "2022-09-30", "month"),
    ("The offensive began in July.", SAT_2023_07_29, "in July", "2023-07-01", "2023-07-29", "month"),
    ("The city fell in May.", SAT_2023_07_29, "in May", "2023-05-01", "2023-05-31", "month"),
    ("The city fell in May 2022.", SAT_2023_07_29, "in May 2022", "2022-05-01", "2022-05-31", "month"),
    ("Shelling of the plant began in March 2022.", SAT_2023_07_29, "in March 2022", "2022-03-01",
     "2022-03-31", "month"),
    ("Counterattacks began in mid-March.", SAT_2023_07_29, "in mid-March", "2023-03-11", "2023-03-20", "month"),
    ("Troops arrived in early April.", SAT_2023_07_29, "in early April", "2023-04-01", "2023-04-10", "month"),
    ("The bridge was repaired in late May.", SAT_2023_07_29, "in late May", "2023-05-21", "2023-05-31",
     "month"),
    ("The dam burst at the end of June.", SAT_2023_07_29, "at the end of June", "2023-06-21", "2023-06-30",
     "month"),
    ("Last March the city fell.", SAT_2023_07_29, "Last March", "2023-03-01", "2023-03-31", "month"),
    ("Shelling resumed in December.", TUE_2024_01_02, "in December", "2023-12-01", "2023-12-31", "month"),
    ("Shelling resumed in February.", FRI_2024_03_01, "in February", "2024-02-01", "2024-02-29", "month"),
    ("The port closed in January.", SAT_2022_12_31, "in January", "2022-01-01", "2022-01-31", "month"),
    ("Talks will resume in January.", SAT_2022_12_31, "in January", "2023-01-01", "2023-01-31", "month"),
    ("The harvest was hit in February.", WED_2023_03_01, "in February", "2023-02-01", "2023-02-28", "month"),
    # day and month
    ("The strike came on Dec. 10.", SAT_2023_07_29, "on Dec. 10", "2022-12-10", "2022-12-10", "day"),
    ("The strike came on December 10, 2022.", SAT_2023_07_29, "on December 10, 2022", "2022-12-10",
     "2022-12-10", "day"),
    ("The strike came on 10 December.", SAT_2023_07_29, "on 10 December", "2022-12-10", "2022-12-10", "day"),
    ("The strike came on 12 February.", SAT_2023_07_29, "on 12 February", "2023-02-12", "2023-02-12", "day"),
    ("They toasted at a banquet in Pyongyang, July 27", SAT_2023_07_29, "July 27", "2023-07-27", "2023-07-27",
     "day"),
    ("The siege ended July 30.", SAT_2023_07_29, "July 30", "2022-07-30", "2022-07-30", "day"),
    ("Leaders will meet July 30.", SAT_2023_07_29, "July 30", "2023-07-30", "2023-07-30", "day"),
    ("Drones struck on the night of 4 to 5 May.", SAT_2023_07_29, "on the night of 4 to 5 May", "2023-05-04",
     "2023-05-05", "day"),
    ("Drones struck May 4-5.", SAT_2023_07_29, "May 4-5", "2023-05-04", "2023-05-05", "day"),
    ("The order was signed on the 3rd of March, 2021.", SAT_2023_07_29, "on the 3rd of March, 2021",
     "2021-03-03", "2021-03-03", "day"),
    ("The attack began Sept. 3.", SAT_2023_07_29, "Sept. 3", "2022-09-03", "2022-09-03", "day"),
    ("Shells fell on Dec. 30.", TUE_2024_01_02, "on Dec. 30", "2023-12-30", "2023-12-30", "day"),
    ("Shells fell on Jan. 1.", TUE_2024_01_02, "on Jan. 1", "2024-01-01", "2024-01-01", "day"),
    ("The bridge was hit on Feb. 29.", FRI_2024_03_01, "on Feb. 29", "2024-02-29", "2024-02-29", "day"),
    ("The bridge was hit on 29 February.", WED_2023_03_01, "on 29 February", "2020-02-29", "2020-02-29", "day"),
    ("The log lists 2023-07-14 as the day of the raid.", SAT_2023_07_29, "2023-07-14", "2023-07-14",
     "2023-07-14", "day"),
    # counted back from publication
    ("Three months ago, a warplane dropped a bomb.", SAT_2023_07_29, "Three months ago", "2023-04-01",
     "2023-04-30", "month"),
    ("The town was hit two days ago.", SAT_2023_07_29, "two days ago", "2023-07-27", "2023-07-27", "day"),
    ("The town was hit a year ago.", SAT_2023_07_29, "a year ago", "2022-01-01", "2022-12-31", "year"),
    ("The town was hit two weeks ago.", SAT_2023_07_29, "two weeks ago", "2023-07-10", "2023-07-16", "week"),
    ("The town was hit a month ago.", SAT_2023_07_29, "a month ago", "2023-06-01", "2023-06-30", "month"),
    ("The town was hit five years ago.", SAT_2023_07_29, "five years ago", "2018-01-01", "2018-12-31", "year"),
    ("The town was hit 10 days ago.", SAT_2023_07_29, "10 days ago", "2023-07-19", "2023-07-19", "day"),
    ("The town was hit a few days ago.", SAT_2023_07_29, "a few days ago", "2023-07-22", "2023-07-27", "week"),
    ("The town was hit two months ago.", TUE_2024_01_02, "two months ago", "2023-11-01", "2023-11-30", "month"),
    ("The town was hit three weeks ago.", TUE_2024_01_02, "three weeks ago", "2023-12-11", "2023-12-17", "week"),
    ("The town was hit a year ago.", FRI_2024_03_01, "a year ago", "2023-01-01", "2023-12-31", "year"),
    ("The town was hit two days ago.", FRI_2024_03_01, "two days ago", "2024-02-28", "2024-02-28", "day"),
    ("The town was hit two days ago.", WED_2023_03_01, "two days ago", "2023-02-27", "2023-02-27", "day"),
    ("Looting was reported in the past 24 hours.", SAT_2023_07_29, "in the past 24 hours", "2023-07-28",
     "2023-07-29", "day"),
    # years
    ("The village in 2014 had a population of 682.", SAT_2023_07_29, "in 2014", "2014-01-01", "2014-12-31",
     "year"),
    ("The 1991 break-up of the union ended the war.", SAT_2023_07_29, "The 1991", "1991-01-01",
     "1991-12-31", "year"),
    ("The region has been contested in the 1990s.", SAT_2023_07_29, "in the 1990s", "1990-01-01",
     "1999-12-31", "year"),
    ("The airport fell in late 2022.", SAT_2023_07_29, "in late 2022", "2022-09-01", "2022-12-31", "year"),
    ("The plant was seized in mid-2014.", SAT_2023_07_29, "in mid-2014", "2014-05-01", "2014-08-31", "year"),
    ("Attacks began this year.", SAT_2023_07_29, "this year", "2023-01-01", "2023-07-29", "year"),
    ("The port was mined last year.", SAT_2023_07_29, "last year", "2022-01-01", "2022-12-31", "year"),
    ("The port was mined late last year.", SAT_2023_07_29, "late last year", "2022-09-01", "2022-12-31", "year"),
    ("The port was mined early last year.", SAT_2023_07_29, "early last year", "2022-01-01", "2022-04-30",
     "year"),
    ("The port was mined last year.", TUE_2024_01_02, "last year", "2023-01-01", "2023-12-31", "year"),
    ("The port was mined late last year.", TUE_2024_01_02, "late last year", "2023-09-01", "2023-12-31",
     "year"),
    ("Attacks began this year.", SAT_2022_12_31, "this year", "2022-01-01", "2022-12-31", "year"),
    # seasons
    ("The offensive stalled last summer.", SAT_2023_07_29, "last summer", "2022-06-01", "2022-08-31", "month"),
    ("The offensive stalled this summer.", SAT_2023_07_29, "this summer", "2023-06-01", "2023-07-29", "month"),
    ("Power plants were hit last winter.", SAT_2023_07_29, "last winter", "2022-12-01", "2023-02-28", "month"),
    ("Power plants were hit this winter.", TUE_2024_01_02, "this winter", "2023-12-01", "2024-01-02", "month"),
]


@pytest.mark.parametrize(("sentence", "published", "expression", "start", "end", "precision"), DATE_TABLE)
def test_date_table(sentence, published, expression, start, end, precision):
    found = {t.text: t for t in find_times(sentence, published)}
    assert expression in found, f"{expression!r} not found in {sorted(found)}"
    mention = found[expression]
    assert (mention.value_start, mention.value_end, mention.precision) == (start, end, precision)


def test_table_holds_at_least_a_hundred_expressions():
    assert len(DATE_TABLE) + len(KIND_TABLE) + len(UNPUBLISHED_TABLE) >= 100


# (sentence, the expression as written, kind); these are never a plain event date
KIND_TABLE = [
    ("The area has been a focus of the offensive since June.", "since June", "duration"),
    ("The port has been blockaded since 2014.", "since 2014", "duration"),
    ("The town was besieged for three months.", "for three months", "duration"),
    ("The war drags into its 18th month.", "its 18th month", "duration"),
    ("Shells fall on the city every day.", "every day", "set"),
    ("Markets close on Fridays.", "on Fridays", "set"),
    ("The front saw daily shelling.", "daily", "set"),
    ("He died of his wounds the next day.", "the next day", "relative_anchor"),
    ("Earlier in the day, a drone was shot down.", "Earlier in the day", "relative_anchor"),
    ("The bridge collapsed two days later.", "two days later", "relative_anchor"),
]


@pytest.mark.parametrize(("sentence", "expression", "kind"), KIND_TABLE)
def test_durations_sets_and_anchors_are_told_apart(sentence, expression, kind):
    found = {t.text: t for t in find_times(sentence, SAT_2023_07_29)}
    assert expression in found, f"{expression!r} not found in {sorted(found)}"
    assert found[expression].kind == kind


# without a publication date relative expressions stay unresolved; absolute ones resolve
UNPUBLISHED_TABLE = [
    ("on Friday", None, None, "unknown"),
    ("three months ago", None, None, "unknown"),
    ("in September", None, None, "unknown"),
    ("this week", None, None, "unknown"),
    ("yesterday", None, None, "unknown"),
    ("Dec. 10", None, None, "unknown"),
    ("December 10, 2022", "2022-12-10", "2022-12-10", "day"),
    ("in 2014", "2014-01-01", "2014-12-31", "year"),
    ("in May 2022", "2022-05-01", "2022-05-31", "month"),
]


@pytest.mark.parametrize(("expression", "start", "end", "precision"), UNPUBLISHED_TABLE)
def test_without_publication_date_only_absolute_dates_resolve(expression, start, end, precision):
    assert normalise(expression, None) == (start, end, precision)


def test_span_is_the_words_of_the_expression():
    text = "Moscow said on Friday that drones were downed overnight, three months ago and in September."
    for mention in find_times(text, SAT_2023_07_29):
        assert text[mention.start:mention.end] == mention.text
    assert [t.text for t in find_times(text, SAT_2023_07_29)] == [
        "on Friday", "overnight", "three months ago", "in September"]


def test_since_keeps_its_start_and_ends_at_publication():
    (since,) = find_times("Fighting has raged since June.", SAT_2023_07_29)
    assert (since.value_start, since.value_end, since.precision) == ("2023-06-01", "2023-07-29", "month")


def test_more_than_a_thousand_years_ago_is_not_an_event_date():
    (mention,) = find_times("Now, like more than a thousand years ago, we choose unity.", SAT_2023_07_29)
    assert (mention.value_start, mention.value_end, mention.precision) == (None, None, "unknown")


def test_more_than_n_years_ago_keeps_only_its_latest_date():
    assert normalise("more than two years ago", SAT_2023_07_29) == (None, "2021-12-31", "unknown")


@pytest.mark.parametrize("sentence", [
    "Russia may strike again.",
    "Thousands march in the capital.",
    "The army sent 2000 soldiers.",
    "The Daily Mail reported the strike.",
    "A newly built 12-story block was hit.",
])
def test_words_that_only_look_like_dates_are_not_dates(sentence):
    assert find_times(sentence, SAT_2023_07_29) == []


def test_future_tense_from_the_parse_moves_a_weekday_forward(nlp):
    text = "Ukraine said the delegation will arrive on Tuesday after the strike."
    (mention,) = find_times(text, SAT_2023_07_29, nlp(text))
    assert mention.value_start == "2023-08-01"


def test_past_tense_from_the_parse_keeps_a_weekday_back_despite_a_future_word_nearby(nlp):
    text = "Officials who will testify said the depot burned on Tuesday."
    (mention,) = find_times(text, SAT_2023_07_29, nlp(text))
    assert mention.value_start == "2023-07-25"


def test_normalise_future_flag_picks_the_next_weekday():
    assert normalise("Friday", SAT_2023_07_29, future=True) == ("2023-08-04", "2023-08-04", "day")


def test_normalise_of_words_that_are_no_date_is_unknown():
    assert normalise("the ministry said", SAT_2023_07_29) == (None, None, "unknown")


def test_resolve_relative_reanchors_to_the_day_of_the_previous_event():
    (anchor,) = find_times("He died the next day.", SAT_2023_07_29)
    resolved = resolve_relative(anchor, dt.date(2023, 7, 20))
    assert (resolved.value_start, resolved.start, resolved.end) == ("2023-07-21", anchor.start, anchor.end)


def test_earlier_in_the_day_falls_back_to_publication_day():
    (mention,) = find_times("Earlier in the day, a drone was shot down.", SAT_2023_07_29)
    assert mention.value_start == "2023-07-29"


def test_published_may_be_a_datetime_or_iso_string():
    as_datetime = find_times("on Friday", dt.datetime(2023, 7, 29, 9, 30))
    as_string = find_times("on Friday", "2023-07-29T09:30:00Z")
    assert as_datetime[0].value_start == as_string[0].value_start == "2023-07-28"


def test_component_sets_doc_times_from_published(nlp):
    from warlog.extract.time import times_component

    doc = nlp.make_doc("The depot burned on Friday.")
    doc._.published = SAT_2023_07_29
    times_component(doc)
    assert [(t.text, t.value_start) for t in doc._.times] == [("on Friday", "2023-07-28")]


@pytest.mark.parametrize("line", [
    "KYIV, March 14 (Reuters) - Russian forces struck",
    "BEIRUT, Lebanon (AP) — An Israeli strike",
    "Gaza City (AFP) - Israeli tanks",
    "NEW YORK, Jan. 3, 2024 (Reuters) -- The council",
    "MAKHACHKALA -- Three days of fighting",
])
def test_a_wire_dateline_opening_a_line_is_found(line):
    assert [line[s:e].split()[0] for s, e in datelines(line)] == [line.split()[0]]


@pytest.mark.parametrize("line", [
    "The army said - in a statement - that it had withdrawn.",
    "US strikes - what we know so far",
])
def test_a_dash_in_prose_is_no_dateline(line):
    assert datelines(line) == []


def test_a_date_in_a_dateline_is_the_filing_date_not_an_event_date():
    times = find_times("KYIV, March 14 (Reuters) - Missiles hit the city on Wednesday.", dt.date(2024, 3, 15))
    assert [(t.text, t.kind) for t in times] == [("March 14", "dateline"), ("on Wednesday", "date")]
