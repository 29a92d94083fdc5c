"""Build src/dateline/serve/static/world.svg, the map's offline world outline, from Natural Earth.

Input: `land-110m.json` of the npm package world-atlas 2.0.2 (TopoJSON of Natural Earth's 1:110m
land, public domain; the packaging is ISC). Get it with `npm pack world-atlas@2.0.2` and untar.
Output: one SVG path in an equirectangular projection, viewBox 0 0 360 180 (x = lon + 180,
y = 90 - lat), coordinates rounded to 0.1 degree: about 40 KB, shipped in the package so the map
needs nothing from the network.

    python tools/world_outline.py package/land-110m.json src/dateline/serve/static/world.svg
"""

from __future__ import annotations

import json
import sys


def decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    scale, translate = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * scale[0] + translate[0], y * scale[1] + translate[1]))
        arcs.append(points)
    return arcs


def ring_points(ring: list[int], arcs: list) -> list[tuple[float, float]]:
    points: list[tuple[float, float]] = []
    for index in ring:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        points.extend(arc if not points else arc[1:])
    return points


def polygons(geometry: dict):
    if geometry["type"] == "Polygon":
        yield geometry["arcs"]
    elif geometry["type"] == "MultiPolygon":
        yield from geometry["arcs"]
    elif geometry["type"] == "GeometryCollection":
        for g in geometry["geometries"]:
            yield from polygons(g)


def path_data(topology: dict) -> str:
    arcs = decode_arcs(topology)
    parts = []
    for obj in topology["objects"].values():
        for polygon in polygons(obj):
            for ring in polygon:
                # A ring that crosses the antimeridian jumps from one edge of the map to the
                # other: cut it there into pieces, else the jump draws a line across the world.
                pieces, pts, last = [], [], None
                for lon, lat in ring_points(ring, arcs):
                    p = (round(lon + 180, 1), round(90 - lat, 1))
                    if last is not None and abs(p[0] - last[0]) > 180:
                        pieces.append(pts)
                        pts = []
                    if p != last:
                        pts.append(p)
                        last = p
                pieces.append(pts)
                for piece in pieces:
                    if len(piece) >= 3:
                        parts.append("M" + "L".join(f"{x:g} {y:g}" for x, y in piece) + "Z")
    return "".join(parts)


def main(source: str, target: str) -> None:
    with open(source, encoding="utf-8") as handle:
        topology = json.load(handle)
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 360 180">'
        "<!-- Natural Earth 1:110m land (public domain), via world-atlas 2.0.2; tools/world_outline.py -->"
        f'<path d="{path_data(topology)}"/></svg>\n'
    )
    with open(target, "w", encoding="utf-8") as handle:
        handle.write(svg)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
