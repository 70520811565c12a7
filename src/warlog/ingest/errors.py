"""What ingest says about an input it cannot turn into a document."""

from __future__ import annotations


class InputError(Exception):
    """One bad input: where it is, why it was refused, and a short machine-readable kind.

    Yielded (not raised) by `read_documents`, so a batch goes on past a bad file. `str(error)` is the
    one-line message the CLI prints after "warlog: ".
    """

    KINDS = frozenset({
        "missing", "unreadable", "unsupported", "empty", "binary", "encoding", "too_large", "html",
        "language", "jsonl",
    })

    def __init__(self, path: str, reason: str, kind: str) -> None:
        if kind not in self.KINDS:
            raise ValueError(f"unknown InputError kind {kind!r}")
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason
        self.kind = kind

    def __repr__(self) -> str:
        return f"InputError(path={self.path!r}, reason={self.reason!r}, kind={self.kind!r})"
