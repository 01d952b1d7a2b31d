"""Charts from the store: a dyad's cooperation/conflict over time and the actor network.

PNG (or SVG/PDF) via matplotlib's Agg backend, or a self-contained HTML page with an inline SVG chart
(hover for values; no scripts or assets from the internet). The output format follows the file suffix.
"""

from __future__ import annotations

import html
import math
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from dotterel.query.api import Db, dyad_series, network
from dotterel.query.filters import QueryError

QUADS = [
    ("verbal_cooperation", "verbal cooperation", "#7fbf7b"),
    ("material_cooperation", "material cooperation", "#1b7837"),
    ("verbal_conflict", "verbal conflict", "#f1a340"),
    ("material_conflict", "material conflict", "#b2182b"),
]
IMAGE_SUFFIXES = (".png", ".svg", ".pdf")


def _kind(out: str | Path) -> str:
    suffix = Path(out).suffix.lower()
    if suffix in (".html", ".htm"):
        return "html"
    if suffix in IMAGE_SUFFIXES:
        return "image"
    raise QueryError(f"output: {out} should end in .png, .svg, .pdf or .html")


def _pyplot() -> Any:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def plot_dyad(
    db: Db, a: str, b: str, out: str | Path, *, freq: str = "month", clusters: bool = True, **filters: Any
) -> Path:
    """Write the a–b dyad chart: events per period stacked by quad (cooperation up, conflict down)
    and the mean PLOVER score. Returns the path written."""
    kind = _kind(out)
    series = dyad_series(db, a, b, freq=freq, by="quad", clusters=clusters, **filters)
    title = f"{a.upper()} – {b.upper()}: events per {freq} by quad, mean PLOVER score"
    if kind == "html":
        Path(out).write_text(_dyad_html(series, title), encoding="utf-8")
    else:
        _dyad_image(series, title, out)
    return Path(out)


def _dyad_image(series: pd.DataFrame, title: str, out: str | Path) -> None:
    plt = _pyplot()
    fig, (ax, ax_score) = plt.subplots(2, 1, figsize=(10, 6), sharex=True, height_ratios=[3, 1])
    if series.empty:
        ax.text(0.5, 0.5, "no events for this dyad", ha="center", va="center", transform=ax.transAxes)
    else:
        x = pd.to_datetime(series["period"])
        width = _bar_width(x)
        up = np.zeros(len(series))
        down = np.zeros(len(series))
        for column, label, colour in QUADS:
            values = series[column].to_numpy(dtype=float)
            if column.endswith("cooperation"):
                ax.bar(x, values, width, bottom=up, color=colour, label=label)
                up += values
            else:
                ax.bar(x, -values, width, bottom=-down, color=colour, label=label)
                down += values
        ax_score.plot(x, series["mean_scale"], marker="o", color="#333333")
        ax_score.axhline(0, color="#999999", linewidth=0.8)
    ax.axhline(0, color="#333333", linewidth=0.8)
    ax.set_ylabel("events (conflict below 0)")
    ax.set_title(title)
    if not series.empty:
        ax.legend(loc="upper left", fontsize="small")
    ax_score.set_ylabel("mean score")
    ax_score.set_ylim(-10, 10)
    fig.tight_layout()
    fig.savefig(out, dpi=110)
    plt.close(fig)


def _bar_width(x: pd.Series) -> float:
    if len(x) < 2:
        return 20.0
    gaps = np.diff(np.sort(x.to_numpy())).astype("timedelta64[D]").astype(float)
    return max(1.0, float(np.min(gaps[gaps > 0])) * 0.8) if (gaps > 0).any() else 20.0


def _page(title: str, body: str) -> str:
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>{html.escape(title)}</title>"
        "<style>body{font-family:sans-serif;margin:1.5em} rect:hover,circle:hover{opacity:.7}"
        " .legend span{display:inline-block;width:1em;height:1em;margin:0 .3em 0 1em}</style></head>"
        f"<body><h2>{html.escape(title)}</h2>{body}</body></html>\n"
    )


def _dyad_html(series: pd.DataFrame, title: str) -> str:
    legend = (
        "<div class='legend'>"
        + "".join(f"<span style='background:{colour}'></span>{label}" for _, label, colour in QUADS)
        + "</div>"
    )
    if series.empty:
        return _page(title, legend + "<p>No events for this dyad.</p>")
    width, height, pad = 900, 420, 50
    mid = height * 0.6
    n = len(series)
    step = (width - 2 * pad) / n
    top = max(1, int((series["verbal_cooperation"] + series["material_cooperation"]).max()))
    bottom = max(1, int((series["verbal_conflict"] + series["material_conflict"]).max()))
    scale = (mid - pad) / max(top, bottom * (mid - pad) / (height - pad - mid) if bottom else 1)
    parts = [
        f"<svg xmlns='http://www.w3.org/2000/svg' width='{width}' height='{height + 120}'>",
        f"<line x1='{pad}' y1='{mid}' x2='{width - pad}' y2='{mid}' stroke='#333'/>",
    ]
    for i, row in enumerate(series.itertuples(index=False)):
        x = pad + i * step
        up, down = mid, mid
        for column, label, colour in QUADS:
            value = int(getattr(row, column))
            if not value:
                continue
            h = value * scale
            y = up - h if column.endswith("cooperation") else down
            tip = html.escape(f"{row.period}: {value} {label}")
            parts.append(
                f"<rect x='{x:.1f}' y='{y:.1f}' width='{max(step * 0.8, 1):.1f}' height='{h:.1f}'"
                f" fill='{colour}'><title>{tip}</title></rect>"
            )
            if column.endswith("cooperation"):
                up -= h
            else:
                down += h
        if i % max(1, n // 12) == 0:
            parts.append(
                f"<text x='{x:.1f}' y='{height - 5}' font-size='11'>{html.escape(str(row.period))}</text>"
            )
    score_top = height + 20
    points = []
    for i, row in enumerate(series.itertuples(index=False)):
        x = pad + i * step + step * 0.4
        y = score_top + 45 - (row.mean_scale or 0) * 4.5
        points.append(f"{x:.1f},{y:.1f}")
        parts.append(
            f"<circle cx='{x:.1f}' cy='{y:.1f}' r='3' fill='#333'><title>"
            f"{html.escape(str(row.period))}: mean score {row.mean_scale:.2f}</title></circle>"
        )
    parts.append(f"<polyline points='{' '.join(points)}' fill='none' stroke='#333'/>")
    parts.append(
        f"<line x1='{pad}' y1='{score_top + 45}' x2='{width - pad}' y2='{score_top + 45}'"
        " stroke='#999' stroke-dasharray='4'/>"
    )
    parts.append(f"<text x='5' y='{score_top + 10}' font-size='11'>mean PLOVER score (−10…+10)</text>")
    parts.append("</svg>")
    return _page(title, legend + "".join(parts))


def _layout(nodes: list[str], edges: pd.DataFrame, iterations: int = 200, seed: int = 7) -> dict[str, Any]:
    """A small force-directed layout (Fruchterman–Reingold style) in the unit square."""
    rng = np.random.default_rng(seed)
    index = {node: i for i, node in enumerate(nodes)}
    angles = np.linspace(0, 2 * math.pi, len(nodes), endpoint=False)
    pos = np.c_[np.cos(angles), np.sin(angles)] + rng.normal(0, 0.01, (len(nodes), 2))
    k = 1.0 / math.sqrt(max(len(nodes), 1))
    pairs = [
        (index[a], index[b], w)
        for a, b, w in edges[["actor", "recipient", "n_events"]].itertuples(index=False)
    ]
    for step in range(iterations):
        delta = pos[:, None, :] - pos[None, :, :]
        dist = np.linalg.norm(delta, axis=-1) + 1e-9
        force = (delta / dist[..., None] * (k * k / dist)[..., None]).sum(axis=1)
        for i, j, weight in pairs:
            d = pos[i] - pos[j]
            pull = d * np.linalg.norm(d) / k * (1 + math.log1p(weight)) * 0.5
            force[i] -= pull
            force[j] += pull
        force -= pos * 0.3  # gravity keeps separate components on one page
        temperature = 0.1 * (1 - step / iterations) + 0.005
        length = np.linalg.norm(force, axis=1)[:, None] + 1e-9
        pos += force / length * np.minimum(length, temperature)
    pos -= pos.min(axis=0)
    pos /= pos.max(axis=0) + 1e-9
    return {node: pos[index[node]] for node in nodes}


def _edge_colour(score: float) -> str:
    if score is None or (isinstance(score, float) and math.isnan(score)):
        return "#888888"
    return "#1b7837" if score > 0 else "#b2182b" if score < 0 else "#888888"


def plot_network(db: Db, out: str | Path, *, n: int = 60, clusters: bool = True, **filters: Any) -> Path:
    """Write the actor network of the `n` heaviest dyads: node size = events, edge width = events,
    edge colour = mean score (green cooperative, red conflictual). Returns the path written."""
    kind = _kind(out)
    edges = network(db, n=n, clusters=clusters, **filters)
    nodes = sorted(set(edges["actor"]) | set(edges["recipient"])) if not edges.empty else []
    pos = _layout(nodes, edges) if nodes else {}
    weight = {node: 0 for node in nodes}
    for row in edges.itertuples(index=False):
        weight[row.actor] += row.n_events
        weight[row.recipient] += row.n_events
    title = f"Actor network ({len(nodes)} actors, {len(edges)} dyads)"
    if kind == "html":
        Path(out).write_text(_network_html(edges, pos, weight, title), encoding="utf-8")
    else:
        _network_image(edges, pos, weight, title, out)
    return Path(out)


def _network_image(
    edges: pd.DataFrame, pos: dict[str, Any], weight: dict[str, int], title: str, out: str | Path
) -> None:
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(9, 9))
    top = max([*weight.values(), 1])
    for row in edges.itertuples(index=False):
        (x1, y1), (x2, y2) = pos[row.actor], pos[row.recipient]
        ax.plot(
            [x1, x2],
            [y1, y2],
            color=_edge_colour(row.mean_scale),
            alpha=0.6,
            linewidth=0.5 + 4 * math.sqrt(row.n_events / top),
            zorder=1,
        )
    for node, (x, y) in pos.items():
        size = 60 + 900 * weight[node] / top
        ax.scatter([x], [y], s=size, color="#4575b4", alpha=0.8, zorder=2)
        ax.annotate(
            node,
            (x, y),
            xytext=(0, 4 + math.sqrt(size) / 2),
            textcoords="offset points",
            ha="center",
            va="bottom",
            fontsize=9,
            color="#222222",
            zorder=3,
            fontweight="bold",
        )
    if not pos:
        ax.text(0.5, 0.5, "no dyads", ha="center", va="center")
    ax.set_title(title)
    ax.set_axis_off()
    ax.margins(0.08)
    fig.tight_layout()
    fig.savefig(out, dpi=110)
    plt.close(fig)


def _network_html(edges: pd.DataFrame, pos: dict[str, Any], weight: dict[str, int], title: str) -> str:
    size, pad = 800, 40
    top = max([*weight.values(), 1])

    def xy(node: str) -> tuple[float, float]:
        x, y = pos[node]
        return pad + x * (size - 2 * pad), pad + (1 - y) * (size - 2 * pad)

    parts = [f"<svg xmlns='http://www.w3.org/2000/svg' width='{size}' height='{size}'>"]
    for row in edges.itertuples(index=False):
        (x1, y1), (x2, y2) = xy(row.actor), xy(row.recipient)
        tip = html.escape(
            f"{row.actor} – {row.recipient}: {row.n_events} events, {row.n_cooperation} "
            f"cooperative, {row.n_conflict} conflictual, mean score {row.mean_scale:.2f}"
        )
        parts.append(
            f"<line x1='{x1:.1f}' y1='{y1:.1f}' x2='{x2:.1f}' y2='{y2:.1f}'"
            f" stroke='{_edge_colour(row.mean_scale)}' stroke-opacity='.6'"
            f" stroke-width='{1 + 6 * math.sqrt(row.n_events / top):.1f}'><title>{tip}</title></line>"
        )
    for node in pos:
        x, y = xy(node)
        radius = 8 + 22 * math.sqrt(weight[node] / top)
        parts.append(
            f"<circle cx='{x:.1f}' cy='{y:.1f}' r='{radius:.1f}' fill='#4575b4'><title>"
            f"{html.escape(node)}: {weight[node]} events</title></circle>"
            f"<text x='{x:.1f}' y='{y + 4:.1f}' text-anchor='middle' font-size='11' fill='white'>"
            f"{html.escape(node)}</text>"
        )
    parts.append("</svg>")
    body = "".join(parts) if pos else "<p>No dyads.</p>"
    return _page(title, "<p>Edge colour: green cooperative, red conflictual (mean PLOVER score).</p>" + body)
