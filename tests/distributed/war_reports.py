"""Short war reports for the engine tests, and a corpus on disk of them with inputs that must be refused."""

from __future__ import annotations

import json
from pathlib import Path

PUBLISHED = "2024-03-15"

KHARKIV = ("Russian missiles struck Kharkiv on Tuesday, killing three civilians, the regional governor said. "
           "Ukraine's air force said it shot down two drones over the city.")
MOSUL = ("Iraqi forces clashed with Islamic State fighters in western Mosul on Sunday. "
         "A police officer said five soldiers were wounded in the fighting.")
BELGOROD = ("A drone attack hit an oil depot in Belgorod overnight, the regional governor said. "
            "No casualties were reported.")
KHERSON = ("Shelling hit a market in Kherson on Monday, injuring seven people, Ukrainian officials said. "
           "Russia denied targeting civilians.")
BAKHMUT = "Ukrainian troops repelled an assault near Bakhmut, the General Staff said on Wednesday."

# what read_documents refuses in the corpus below, as (path relative to the corpus, reason start)
REFUSED = [("empty.txt", "empty file"), ("reports.jsonl:3", "not valid JSON")]


def write_corpus(folder: Path) -> Path:
    """A folder of 5 readable reports (2 .txt, 3 in a .jsonl) and 2 refused inputs."""
    (folder / "iraq").mkdir(parents=True)
    (folder / "kharkiv.txt").write_text(KHARKIV + "\n", encoding="utf-8")
    (folder / "iraq" / "mosul.txt").write_text(MOSUL + "\n", encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    lines = [json.dumps({"id": "belgorod", "text": BELGOROD}), json.dumps({"text": KHERSON}),
             '{"text": not json', json.dumps({"text": BAKHMUT})]
    (folder / "reports.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder
