#!/usr/bin/env python3
"""Make data/land/land.svgpath, the world's land as SVG path data, for the maps of events.

Run once by a developer when Natural Earth is updated, never at build or run time:

    npm install --prefix tools --no-audit --no-fund
    python3 tools/gen-land.py tools/node_modules/world-atlas/land-50m.json data/land

Python 3.11, standard library only.

Source: npm `world-atlas` 2 (ISC packaging by Mike Bostock) of Natural Earth 4.1.0's 1:50m land
(https://www.naturalearthdata.com, public domain; credited anyway, in src/places.rs::CREDIT).
Land only, no national borders: borders are contested, and this is a map of where people
gather, not a statement about them.

TopoJSON, decoded by hand: `arcs` are lists of quantised positions, each after the first a
difference from the one before; `transform` maps them to degrees (x * scale + translate). A
polygon is a list of rings, a ring a list of arc numbers; ~n (that is -n-1) means arc n
backwards, and each arc after the first repeats the last point of the one before.

Projection: Natural Earth I (Šavrič, Jenny, Patterson, Petrovič and Hurni, 2011), a
polynomial pseudo-cylindrical projection that keeps the familiar shapes without Mercator's
giant poles. With φ and λ in radians:

    x = λ (0.870700 − 0.131979 φ² − 0.013791 φ⁴ + 0.003971 φ¹⁰ − 0.001529 φ¹²)
    y = φ (1.007226 + 0.015085 φ² − 0.044475 φ⁶ + 0.028874 φ⁸ − 0.005916 φ¹⁰)

then, in the view box, X = (x + 0.8707 π) S and Y = (y(TOP) − y) S, S chosen so the world is
WIDTH wide, and the box cropped to latitudes TOP..BOTTOM (Antarctica is left out). Going
back is easy: y gives φ by Newton's method (y is increasing in φ), then λ = x / (the first
bracket). src/places.rs::project does the same sums; projection.txt holds the constants
and a test there checks they agree.

Rings that cross the antimeridian (Chukotka, Wrangel Island, Fiji) are cut there. Simplified
with Douglas–Peucker at TOLERANCE view-box units; rings left with less than MIN_AREA square
units are dropped (Malta and Bahrain stay). Coordinates are written to 0.1 unit, relative
after each ring's first point, as short as SVG allows ("l1.2-.3"). Holes (the Caspian Sea)
run the other way round from their outer ring: fill with either fill rule.
"""
import json
import math
import os
import sys

WIDTH = 1000.0
TOP = 84.0
BOTTOM = -60.0
TOLERANCE = 0.2
MIN_AREA = 0.05

A = (0.870700, -0.131979, -0.013791, 0.003971, -0.001529)
B = (1.007226, 0.015085, -0.044475, 0.028874, -0.005916)


def natural_earth(lat, lon):
    p, l = math.radians(lat), math.radians(lon)
    p2 = p * p
    p4 = p2 * p2
    x = l * (A[0] + p2 * (A[1] + p2 * A[2]) + p4 * p4 * p2 * (A[3] + p2 * A[4]))
    y = p * (B[0] + p2 * B[1] + p4 * p2 * (B[2] + p2 * B[3] + p4 * B[4]))
    return x, y


X0 = A[0] * math.pi
SCALE = WIDTH / (2 * X0)
Y_TOP = natural_earth(TOP, 0)[1]
HEIGHT = round((Y_TOP - natural_earth(BOTTOM, 0)[1]) * SCALE, 1)


def project(lat, lon):
    x, y = natural_earth(lat, lon)
    return (x + X0) * SCALE, (Y_TOP - y) * SCALE


def decode_arcs(topo):
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((y * sy + ty, x * sx + tx))  # (lat, lon)
        arcs.append(points)
    return arcs


def ring_points(ring, arcs):
    out = []
    for i in ring:
        points = arcs[i] if i >= 0 else arcs[~i][::-1]
        out.extend(points if not out else points[1:])
    return out


def unwrap(ring):
    """Longitudes made continuous: a ring that crosses the antimeridian goes past ±180."""
    out = [ring[0]]
    for lat, lon in ring[1:]:
        prev = out[-1][1]
        while lon - prev > 180:
            lon -= 360
        while prev - lon > 180:
            lon += 360
        out.append((lat, lon))
    return out


def clip(ring, lon, keep_east):
    """Sutherland–Hodgman against the meridian `lon`: the part of the ring east (or west) of it."""
    inside = (lambda p: p[1] >= lon) if keep_east else (lambda p: p[1] <= lon)
    out = []
    for i, p in enumerate(ring):
        q = ring[i - 1]
        if inside(p) != inside(q):
            t = (lon - q[1]) / (p[1] - q[1])
            out.append((q[0] + t * (p[0] - q[0]), lon))
        if inside(p):
            out.append(p)
    return out


def split_at_antimeridian(ring):
    """Natural Earth's land has rings across the antimeridian (Chukotka, Wrangel Island,
    Fiji): cut them there, each piece on its own side of the map."""
    ring = unwrap(ring)
    low, high = min(lon for _, lon in ring), max(lon for _, lon in ring)
    if low >= -180 and high <= 180:
        return [ring]
    pieces = [clip(clip(ring, -180, True), 180, False)]
    if high > 180:
        pieces.append([(lat, lon - 360) for lat, lon in clip(ring, 180, True)])
    if low < -180:
        pieces.append([(lat, lon + 360) for lat, lon in clip(ring, -180, False)])
    return [p for p in pieces if len(p) >= 3]


def simplify(points, tolerance):
    """Douglas–Peucker on a closed ring: split at the point farthest from the first."""
    if len(points) < 4:
        return points
    first = points[0]
    far = max(range(len(points)), key=lambda i: (points[i][0] - first[0]) ** 2 + (points[i][1] - first[1]) ** 2)
    keep = [False] * len(points)
    keep[0] = keep[far] = keep[-1] = True
    stack = [(0, far), (far, len(points) - 1)]
    t2 = tolerance * tolerance
    while stack:
        a, b = stack.pop()
        if b <= a + 1:
            continue
        (ax, ay), (bx, by) = points[a], points[b]
        dx, dy = bx - ax, by - ay
        d2 = dx * dx + dy * dy
        best, at = -1.0, -1
        for i in range(a + 1, b):
            px, py = points[i]
            if d2 == 0:
                e = (px - ax) ** 2 + (py - ay) ** 2
            else:
                t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / d2))
                e = (px - ax - t * dx) ** 2 + (py - ay - t * dy) ** 2
            if e > best:
                best, at = e, i
        if best > t2:
            keep[at] = True
            stack.append((a, at))
            stack.append((at, b))
    return [p for p, k in zip(points, keep) if k]


def area(points):
    return abs(sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(points, points[1:] + points[:1]))) / 2


def number(tenths):
    """A tenth-unit integer, as SVG's shortest decimal: 12 → 1.2, -3 → -.3, 40 → 4."""
    sign = "-" if tenths < 0 else ""
    whole, frac = divmod(abs(tenths), 10)
    if frac == 0:
        return f"{sign}{whole}"
    return f"{sign}{whole if whole else ''}.{frac}"


def path_data(rings):
    out = []
    for ring in rings:
        q = [(round(x * 10), round(y * 10)) for x, y in ring]
        dedup = [q[0]]
        for p in q[1:]:
            if p != dedup[-1]:
                dedup.append(p)
        if dedup[-1] == dedup[0]:
            dedup.pop()
        if len(dedup) < 3:
            continue
        parts = [f"M{number(dedup[0][0])} {number(dedup[0][1])}l"]
        prev = dedup[0]
        for i, p in enumerate(dedup[1:]):
            dx, dy = number(p[0] - prev[0]), number(p[1] - prev[1])
            prev = p
            # A minus sign separates numbers by itself; anything else needs a space.
            parts.append((dx if i == 0 or dx.startswith("-") else " " + dx) + (dy if dy.startswith("-") else " " + dy))
        parts.append("z")
        out.append("".join(parts))
    return "".join(out)


def main(source, out_dir):
    topo = json.load(open(source, encoding="utf-8"))
    arcs = decode_arcs(topo)
    rings = []
    dropped = 0
    points_in = 0
    for geometry in topo["objects"]["land"]["geometries"]:
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        for polygon in polygons:
            outer = ring_points(polygon[0], arcs)
            if max(lat for lat, _ in outer) < BOTTOM:
                continue  # Antarctica
            for ring in polygon:
                geo = ring_points(ring, arcs)
                points_in += len(geo)
                if geo[0] == geo[-1]:
                    geo = geo[:-1]
                for piece in split_at_antimeridian(geo):
                    flat = [project(max(min(lat, TOP), BOTTOM), lon) for lat, lon in piece]
                    simple = simplify(flat, TOLERANCE)
                    if len(simple) < 3 or area(simple) < MIN_AREA:
                        dropped += 1
                        continue
                    rings.append(simple)
    data = path_data(rings)
    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(out_dir, "land.svgpath"), "w", encoding="ascii", newline="\n") as out:
        out.write(data)
    with open(os.path.join(out_dir, "projection.txt"), "w", encoding="ascii", newline="\n") as out:
        out.write("# Natural Earth I into the view box of land.svgpath; made by tools/gen-land.py.\n")
        out.write(f"width\t{WIDTH!r}\nheight\t{HEIGHT!r}\ntop\t{TOP!r}\nbottom\t{BOTTOM!r}\n")
        out.write(f"scale\t{SCALE!r}\nx0\t{X0!r}\ny_top\t{Y_TOP!r}\n")
        for name, (lat, lon) in {"damascus": (33.5102, 36.2913), "berlin": (52.5244, 13.4105)}.items():
            x, y = project(lat, lon)
            out.write(f"{name}\t{lat}\t{lon}\t{x!r}\t{y!r}\n")
    print(f"{len(rings)} rings ({dropped} dropped), {sum(map(len, rings))} of {points_in} points kept, "
          f"{len(data)} bytes; view box 0 0 {WIDTH:g} {HEIGHT:g}", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
