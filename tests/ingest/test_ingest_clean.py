"""Scraped-article noise is found as spans into the original text; nothing is removed."""

import pytest

from warlog.ingest.clean import duplicate_sentences, mask, noise_spans, sentence_spans


def noise(text: str) -> list[str]:
    return [text[s:e] for s, e in noise_spans(text)]


@pytest.mark.parametrize("line", [
    "READ MORE: Inside the battle for the river islands",
    "Source: Read Full Article",
    "Sign up for our daily war briefing",
    "Click here to watch the video",
    "Share Tweet Email",
    "Facebook Twitter WhatsApp",
    "Share this article",
    "Advertisement",
    "Reporting by Jane Doe in Kyiv; Editing by John Roe",
    "Copyright 2024 The Associated Press. All rights reserved.",
    "By Jane Doe, Reuters",
    "By JANE DOE and JOHN ROE | Associated Press",
    "By Jane Doe For Dailymail.com",
])
def test_promotional_lines_bylines_and_share_bars_are_noise(line):
    text = f"Shelling killed two people in the town on Monday, officials said.\n{line}\nThe army denied it."
    assert noise(text) == [line]


@pytest.mark.parametrize("line", [
    "By Friday, Russian forces had taken the village, the ministry said.",
    "By nightfall the shelling had stopped",
    "Read the statement in full, the ministry urged reporters.",
    "More than 20 people were wounded in the strike.",
    "Sign language interpreters were among the dead, the union said.",
])
def test_ordinary_sentences_are_not_noise(line):
    assert noise(f"Officials gave no details.\n{line}\n") == []


def test_a_pictured_caption_inside_a_line_is_noise():
    text = "Troops fired rockets near the border. (Pictured: soldiers in Donetsk region)\n"
    assert noise(text) == ["(Pictured: soldiers in Donetsk region)"]


def test_noise_spans_index_the_original_text_with_leading_whitespace():
    text = "First paragraph of the report.\n   READ MORE: Another story  \nLast line."
    (start, end), = noise_spans(text)
    assert text[start:end] == "READ MORE: Another story"


def test_a_caption_repeating_the_lead_is_a_duplicate_of_it():
    lead = "A drone struck a passenger ferry at the river port on Tuesday, killing three people."
    text = f"{lead}\nThe army said it was investigating.\n{lead}\n"
    (later, earlier), = duplicate_sentences(text)
    assert earlier == (0, len(lead))
    assert later[0] > earlier[0] and text[later[0]:later[1]] == lead


def test_a_caption_that_cuts_the_lead_short_is_a_near_duplicate():
    lead = ("The defence ministry said it shot down a missile over the city of Kursk, about 90 kilometres "
            "from the border, and local officials reported five people were injured.")
    caption = "The defence ministry said it shot down a missile over the city of Kursk, about 90 kilometres"
    text = f"{lead}\nOther news followed here for a while.\n{caption}"
    (later, earlier), = duplicate_sentences(text)
    assert text[later[0]:later[1]] == caption
    assert text[earlier[0]:earlier[1]] == lead


def test_sentences_that_share_some_words_are_not_duplicates():
    text = ("Russian forces shelled the city of Kharkiv on Monday, the governor said.\n"
            "Russian forces shelled the village of Vovchansk on Tuesday, killing a man, police said.")
    assert duplicate_sentences(text) == []


def test_a_third_telling_points_at_the_first_not_the_second():
    sentence = "Ukrainian troops recaptured the village after three days of heavy fighting, the general said."
    text = "\n".join([sentence, sentence, sentence])
    pairs = duplicate_sentences(text)
    assert [earlier for _, earlier in pairs] == [(0, len(sentence)), (0, len(sentence))]


def test_mask_keeps_length_and_newlines():
    text = "Keep this.\nREAD MORE: drop this\nKeep that."
    masked = mask(text, noise_spans(text))
    assert len(masked) == len(text)
    assert masked.split("\n") == ["Keep this.", " " * len("READ MORE: drop this"), "Keep that."]


def test_a_period_after_an_abbreviation_does_not_end_a_sentence():
    text = "Gen. Valery Gerasimov met U.S. officials on Dec. 10 in Geneva. Talks ended late."
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "Gen. Valery Gerasimov met U.S. officials on Dec. 10 in Geneva.", "Talks ended late."]


def test_a_line_break_ends_a_sentence():
    text = "Headline without a full stop\nFirst sentence of the body."
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "Headline without a full stop", "First sentence of the body."]
