"""Reading files, folders and JSON Lines into Documents; each bad input is one InputError."""

import codecs
import json

import pytest

from warlog.ingest import InputError, document_warnings, read_documents
from warlog.ingest.clean import config
from warlog.model import Document

REPORT = (
    "Russian drone strike on Kharkiv wounds five\n"
    "A Russian drone hit an apartment building in Kharkiv on Monday, wounding five people, the "
    "regional governor said. Russia's defence ministry said it had struck a military target in the "
    "city and denied hitting homes. The claims could not be independently verified by the agency.\n"
)
FRENCH = (
    "Une frappe de drone russe a touché un immeuble d'habitation à Kharkiv lundi, blessant cinq "
    "personnes, selon le gouverneur régional. Le ministère russe de la Défense a affirmé avoir frappé "
    "une cible militaire dans la ville et a nié avoir touché des habitations civiles ce jour-là."
)


def read_one(path, **kwargs):
    items = list(read_documents([path], **kwargs))
    assert len(items) == 1
    return items[0]


def error_kind(path, **kwargs):
    item = read_one(path, **kwargs)
    assert isinstance(item, InputError), item
    assert item.path == str(path)
    return item.kind


def test_a_text_file_keeps_its_whole_text_and_takes_its_headline_as_title(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text(REPORT)
    document = read_one(path)
    assert document.text == REPORT
    assert document.title == "Russian drone strike on Kharkiv wounds five"


def test_a_first_line_ending_like_a_sentence_is_not_a_title(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text(REPORT.split("\n", 1)[1])
    assert read_one(path).title is None


def test_the_default_id_is_the_content_hash(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text(REPORT)
    assert read_one(path).id == Document.content_id(REPORT)


def test_published_source_and_title_given_by_the_caller_are_kept(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text(REPORT)
    document = read_one(path, published="2024-03-05", source="Meridian Wire", title="Given title")
    assert (document.published, document.source, document.title) == ("2024-03-05", "Meridian Wire", "Given title")


def test_a_missing_publication_date_is_a_warning_not_an_error(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text(REPORT)
    document = read_one(path)
    assert isinstance(document, Document)
    assert any("publication date" in w for w in document_warnings(document))


def test_folders_are_read_recursively_in_sorted_order_skipping_other_files(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text(REPORT.replace("five", "six"))
    (tmp_path / "a.txt").write_text(REPORT)
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4\x00")
    (tmp_path / ".hidden.txt").write_text(REPORT)
    paths = [d.path for d in read_documents([tmp_path])]
    assert paths == [str(tmp_path / "a.txt"), str(tmp_path / "b" / "two.txt")]


def test_a_missing_file_is_an_error(tmp_path):
    assert error_kind(tmp_path / "nowhere.txt") == "missing"


@pytest.mark.parametrize("content", [b"", b"  \n\n \t"])
def test_an_empty_file_is_an_error(tmp_path, content):
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    assert error_kind(path) == "empty"


def test_a_file_with_nul_bytes_is_binary(tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    assert error_kind(path) == "binary"


def test_a_utf8_byte_order_mark_is_not_part_of_the_text(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(codecs.BOM_UTF8 + REPORT.encode())
    assert read_one(path).text == REPORT


def test_utf16_with_a_byte_order_mark_is_decoded(tmp_path):
    path = tmp_path / "notepad.txt"
    path.write_bytes(REPORT.encode("utf-16"))
    assert read_one(path).text == REPORT


def test_cp1252_curly_quotes_fall_back_to_cp1252(tmp_path):
    path = tmp_path / "word.txt"
    text = REPORT.replace("Russia's", "Russia\u2019s")
    path.write_bytes(text.encode("cp1252"))
    assert read_one(path).text == text


def test_cyrillic_in_an_8bit_code_page_is_refused_as_not_utf8(tmp_path):
    path = tmp_path / "cp1251.txt"
    path.write_bytes("Российский беспилотник атаковал жилой дом в Харькове в понедельник.".encode("cp1251"))
    assert error_kind(path) == "encoding"


def test_a_file_over_the_size_limit_is_refused(tmp_path, monkeypatch):
    monkeypatch.setitem(config()["limits"], "max_file_bytes", 100)
    path = tmp_path / "huge.txt"
    path.write_text(REPORT)
    assert error_kind(path) == "too_large"


def test_a_text_over_the_character_limit_is_refused(tmp_path, monkeypatch):
    monkeypatch.setitem(config()["limits"], "max_text_chars", 100)
    path = tmp_path / "long.txt"
    path.write_text(REPORT)
    assert error_kind(path) == "too_large"


def test_a_non_english_text_is_refused(tmp_path):
    path = tmp_path / "french.txt"
    path.write_text(FRENCH)
    assert error_kind(path) == "language"


def test_an_html_page_gives_its_article_body_and_metadata(tmp_path):
    path = tmp_path / "page.html"
    paragraphs = "".join(f"<p>{p}</p>" for p in REPORT.splitlines()[1:])
    path.write_text(
        "<html><head><title>Drone strike | Wire</title>"
        '<meta property="article:published_time" content="2024-03-05T08:00:00Z">'
        '<meta property="og:site_name" content="Meridian Wire"></head>'
        f"<body><nav>Home | World | Sport</nav><article><h1>Drone strike</h1>{paragraphs}</article>"
        "<footer>Contact us</footer></body></html>"
    )
    document = read_one(path)
    assert "wounding five people" in document.text and "Contact us" not in document.text
    assert (document.published, document.source) == ("2024-03-05", "Meridian Wire")


def test_html_with_no_body_is_an_error(tmp_path):
    path = tmp_path / "broken.html"
    path.write_text("<html><head><title>x</title></head><body><div><p></div></span>")
    assert error_kind(path) == "html"


def test_jsonl_gives_one_document_per_line_with_its_fields(tmp_path):
    path = tmp_path / "docs.jsonl"
    line = {"id": "r1", "text": REPORT, "published": "2024-03-05", "source": "Wire", "url": "https://x.example/1",
            "title": "T"}
    path.write_text(json.dumps(line) + "\n\n" + json.dumps({**line, "id": "r2"}) + "\n")
    documents = list(read_documents([path]))
    assert [d.id for d in documents] == ["r1", "r2"]
    assert documents[0].model_dump(include={"published", "source", "url", "title"}) == {
        "published": "2024-03-05", "source": "Wire", "url": "https://x.example/1", "title": "T"}
    assert documents[1].path == f"{path}:3"


@pytest.mark.parametrize(("bad_line", "reason"), [
    ("{not json", "not valid JSON"),
    ("[1, 2]", "not a JSON object"),
    ('{"title": "no body"}', "no 'text'"),
])
def test_a_bad_jsonl_line_is_an_error_for_that_line_only(tmp_path, bad_line, reason):
    path = tmp_path / "docs.jsonl"
    path.write_text(bad_line + "\n" + json.dumps({"text": REPORT}) + "\n")
    error, document = read_documents([path])
    assert isinstance(error, InputError) and error.path == f"{path}:1" and reason in error.reason
    assert isinstance(document, Document) and document.text == REPORT


def test_a_jsonl_language_field_is_honoured(tmp_path):
    path = tmp_path / "docs.jsonl"
    path.write_text(json.dumps({"text": REPORT, "language": "fr"}) + "\n")
    error, = read_documents([path])
    assert error.kind == "language" and error.path == f"{path}:1"


def test_a_jsonl_language_field_of_english_is_trusted_over_the_check(tmp_path):
    path = tmp_path / "docs.jsonl"
    path.write_text(json.dumps({"text": FRENCH, "language": "en"}) + "\n")
    document, = read_documents([path])
    assert isinstance(document, Document)
