"""The digest's picture: applications and the requested sum per day toward the deadline, against the pot.

A PNG (matplotlib's Agg backend: no display, no fonts beyond its own), attached inline and shown by
``cid:``; mail clients show inline images where they would block an SVG or a remote picture.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

CONTENT_ID = "chart@intake"


@dataclass(frozen=True)
class Day:
    day: date
    arrived: int  # applications that arrived that local day
    requested_total: Decimal  # everything requested up to and including that day


def daily_series(arrivals: Sequence[tuple[date, Decimal]], *, first: date | None, last: date) -> list[Day]:
    """One entry per local day from the first arrival (or ``first``) to ``last``, days without mail included."""
    if not arrivals:
        return []
    start = min([*(day for day, _ in arrivals), *([first] if first else [])])
    per_day: dict[date, list[Decimal]] = {}
    for day, amount in arrivals:
        per_day.setdefault(day, []).append(amount)
    series, total, day = [], Decimal(0), start
    while day <= last:
        amounts = per_day.get(day, [])
        total += sum(amounts, Decimal(0))
        series.append(Day(day, len(amounts), total))
        day += timedelta(days=1)
    return series


def chart_png(series: Sequence[Day], *, pot: Decimal, deadline: date, currency: str = "EUR") -> bytes:
    """Bars: applications per day; line: the requested sum so far; dashed: the pot; dotted: the deadline."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot
    from matplotlib.dates import DateFormatter
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    days = [d.day for d in series]
    figure, counts = pyplot.subplots(figsize=(7.2, 3.2), dpi=110)
    try:
        counts.bar(days, [d.arrived for d in series], color="#9cb8d4", width=0.8, label="aanvragen per dag")
        counts.set_ylabel("aanvragen per dag")
        counts.yaxis.set_major_locator(MaxNLocator(integer=True))
        money_axis = counts.twinx()
        money_axis.plot(days, [float(d.requested_total) for d in series], color="#1f4e79", linewidth=2,
                        label="gevraagd (totaal)")
        money_axis.axhline(float(pot), color="#b00020", linestyle="--", linewidth=1.2, label="pot")
        money_axis.set_ylim(0, max(float(pot), float(series[-1].requested_total) if series else 0) * 1.12)
        money_axis.yaxis.set_major_formatter(FuncFormatter(
            lambda value, _pos: f"{value / 1000:.0f}k {currency}".replace(".", ",")))
        if days and days[0] <= deadline <= days[-1] + timedelta(days=30):
            counts.axvline(deadline, color="#555555", linestyle=":", linewidth=1.2)
            counts.annotate("deadline", (deadline, counts.get_ylim()[1] * 0.95), fontsize=8, color="#555555",
                            ha="right", rotation=90, va="top")
        counts.xaxis.set_major_formatter(DateFormatter("%d/%m"))
        counts.spines["top"].set_visible(False)
        money_axis.spines["top"].set_visible(False)
        handles = counts.get_legend_handles_labels()[0] + money_axis.get_legend_handles_labels()[0]
        labels = counts.get_legend_handles_labels()[1] + money_axis.get_legend_handles_labels()[1]
        # above the plot, never over a bar
        counts.legend(handles, labels, loc="lower center", bbox_to_anchor=(0.5, 1.0), ncol=3, fontsize=8,
                      frameon=False)
        figure.tight_layout()
        buffer = io.BytesIO()
        figure.savefig(buffer, format="png")
        return buffer.getvalue()
    finally:
        pyplot.close(figure)
