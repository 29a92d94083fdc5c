"""Charts drawn on the server as SVG: bars over time and the map of places. No script, no tiles,
no fonts: the page works offline, prints, and is allowed by a strict Content-Security-Policy
(SVG attributes, not inline styles). Every label is escaped."""

from __future__ import annotations

import math
import re
from functools import lru_cache
from importlib.resources import files

from markupsafe import Markup, escape


def bar_chart(periods: list[dict], series: tuple[str, ...] = ("articles", "quotes"), width: int = 760, height: int = 180,
              link: str | None = None) -> Markup:
    """Grouped bars per period (one per series), the largest value labelled; `link` (with
    {period}) makes each period a link."""
    if not periods:
        return Markup('<p class="empty">nothing dated to draw</p>')
    top = max(max(p.get(s) or 0 for s in series) for p in periods) or 1
    left, bottom, plot_h = 36, 22, height - 30
    step = (width - left - 4) / len(periods)
    bar = min(28.0, max(1.0, step / (len(series) + 0.6)))
    parts = [f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" aria-label="{escape(" and ".join(series))} per period">']
    for frac in ((0.5, 1.0) if top >= 4 else (1.0,)):
        y = 8 + plot_h * (1 - frac)
        parts.append(f'<line class="grid" x1="{left}" x2="{width}" y1="{y:.1f}" y2="{y:.1f}"/>'
                     f'<text class="axis" x="{left - 4}" y="{y + 4:.1f}" text-anchor="end">{round(top * frac)}</text>')
    label_every = max(1, math.ceil(len(periods) / 12))
    for i, p in enumerate(periods):
        x0 = left + i * step
        group = []
        for j, s in enumerate(series):
            value = p.get(s) or 0
            h = plot_h * value / top
            group.append(f'<rect class="bar s{j}" x="{x0 + j * bar:.1f}" y="{8 + plot_h - h:.1f}" width="{bar * 0.92:.1f}" '
                         f'height="{h:.1f}"><title>{escape(p["period"])}: {value} {escape(s)}</title></rect>')
        if link:
            group = [f'<a href="{escape(link.format(period=p["period"]))}">'] + group + ["</a>"]
        parts.extend(group)
        if i % label_every == 0:
            parts.append(f'<text class="axis" x="{x0:.1f}" y="{height - 6}">{escape(p["period"])}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


@lru_cache(maxsize=1)
def world_path() -> str:
    """The land outline's path data (static/world.svg: Natural Earth 110m, tools/world_outline.py)."""
    svg = files("dateline.serve").joinpath("static/world.svg").read_text(encoding="utf-8")
    return re.search(r' d="([^"]+)"', svg).group(1)


def world_map(places: list[dict], link: str = "/articles?place={name}") -> Markup:
    """Places as circles sized by article count (area proportional) on the world outline,
    equirectangular, each a link to its stories."""
    located = [p for p in places if p.get("lat") is not None and p.get("lon") is not None]
    top = max((p["articles"] for p in located), default=1)
    parts = ['<svg class="map" viewBox="0 0 360 180" role="img" aria-label="places by number of articles">',
             '<rect class="sea" x="0" y="0" width="360" height="180"/>', f'<path class="land" d="{world_path()}"/>']
    for p in sorted(located, key=lambda p: -p["articles"]):  # small circles drawn last, on top
        r = 0.8 + 5.2 * math.sqrt(p["articles"] / top)
        x, y = p["lon"] + 180, 90 - p["lat"]
        name = p["name"]
        href = link.format(name=_url_quote(name))
        parts.append(f'<a href="{escape(href)}" class="pin"><circle cx="{x:.2f}" cy="{y:.2f}" r="{r:.2f}">'
                     f'<title>{escape(name)}{" (" + escape(p["country"]) + ")" if p.get("country") else ""}: '
                     f'{p["articles"]} article(s)</title></circle></a>')
    parts.append("</svg>")
    return Markup("".join(parts))


def _url_quote(text: str) -> str:
    from urllib.parse import quote

    return quote(text, safe="")
