"""Is event confidence calibrated? Reliability tables and expected calibration error (issue 4).

A prediction is "right" when evaluation matched it to a gold event (required or optional). Bins are equal
widths over [0, 1]; a confidence of exactly 1.0 falls in the last bin. Every bin is listed, empty ones with
no mean, so tables from different runs line up.
"""

from __future__ import annotations

from dataclasses import dataclass

from warlog.evaluate.events import EvalReport


@dataclass(frozen=True)
class ReliabilityRow:
    low: float
    high: float
    count: int
    mean_confidence: float | None
    accuracy: float | None  # share of the bin's predictions that matched a gold event

    @property
    def gap(self) -> float | None:
        if self.count == 0:
            return None
        return abs(self.accuracy - self.mean_confidence)


def calibration_pairs(report: EvalReport) -> list[tuple[float, bool]]:
    """(confidence, matched a gold event?) for every prediction of the report that states a confidence."""
    pairs = []
    for f in report.files:
        matched = f.matched_pred_indices()
        pairs.extend((p.confidence, p.index in matched) for p in f.predictions if p.confidence is not None)
    return pairs


def _bin_of(confidence: float, bins: int) -> int:
    return min(bins - 1, max(0, int(confidence * bins)))


def reliability_table(pairs: list[tuple[float, bool]], bins: int = 5) -> list[ReliabilityRow]:
    if bins < 1:
        raise ValueError("bins must be at least 1")
    members: list[list[tuple[float, bool]]] = [[] for _ in range(bins)]
    for conf, right in pairs:
        members[_bin_of(conf, bins)].append((conf, right))
    rows = []
    for i, group in enumerate(members):
        n = len(group)
        rows.append(ReliabilityRow(
            low=i / bins, high=(i + 1) / bins, count=n,
            mean_confidence=sum(c for c, _ in group) / n if n else None,
            accuracy=sum(r for _, r in group) / n if n else None,
        ))
    return rows


def expected_calibration_error(pairs: list[tuple[float, bool]], bins: int = 5) -> float | None:
    """Mean |accuracy - confidence| over bins, weighted by bin size; None without predictions."""
    total = len(pairs)
    if not total:
        return None
    return sum(row.count / total * row.gap for row in reliability_table(pairs, bins) if row.count)


def format_reliability_table(rows: list[ReliabilityRow]) -> str:
    lines = ["confidence    count  mean conf  accuracy"]
    for row in rows:
        mean = "      -" if row.mean_confidence is None else f"{row.mean_confidence:7.3f}"
        acc = "     -" if row.accuracy is None else f"{row.accuracy:6.3f}"
        lines.append(f"{row.low:.2f}-{row.high:.2f}  {row.count:6d}    {mean}    {acc}")
    total = sum(r.count for r in rows)
    if total:
        ece = sum(r.count / total * r.gap for r in rows if r.count)
        lines.append(f"expected calibration error: {ece:.3f} over {total} predictions")
    return "\n".join(lines)


def refit_platt(pairs: list[tuple[float, bool]], slope: float, intercept: float) -> tuple[float, float]:
    """New (slope, intercept) for data/confidence.toml, by logistic regression of "matched a gold event"
    on the raw evidence score behind each confidence (recovered by undoing the current calibration)."""
    import math

    from sklearn.linear_model import LogisticRegression

    clipped = [(min(max(c, 1e-6), 1 - 1e-6), ok) for c, ok in pairs]
    raw = [[(math.log(c / (1 - c)) - intercept) / slope] for c, _ in clipped]
    labels = [int(ok) for _, ok in clipped]
    if len(set(labels)) < 2:
        raise ValueError("need both matched and unmatched predictions to fit a calibration")
    model = LogisticRegression(C=1e6).fit(raw, labels)  # (almost) unregularised: two parameters only
    return round(float(model.coef_[0][0]), 3), round(float(model.intercept_[0]), 3)
