#!/usr/bin/env python3
"""Draws the demo venue's dish photos as flat SVG illustrations.

    python3 draw_photos.py            # writes photos/<item-key>.svg for every item in venue.json

Plain Python 3, standard library only. Every picture is 800x600 and uses only
what Qt's SVG Tiny 1.2 renderer draws: paths, circles, ellipses, rects,
polygons, linear/radial gradients, opacity and transforms (no filters, masks,
clip paths, CSS or text). Output is deterministic: each dish seeds its own
random generator with its key.
"""
import json
import math
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
W, H = 800, 600
MAX_BYTES = 12 * 1024


def f(v):
    """Compact number: whole pixels for coordinates, one decimal for small values."""
    s = "%.1f" % v if abs(v) < 10 else "%d" % round(v)
    if s.endswith(".0"):
        s = s[:-2]
    if s == "-0":
        s = "0"
    return s


def pt(x, y):
    return f(x) + "," + f(y)


class Svg:
    def __init__(self, seed):
        self.defs = []
        self.body = []
        self.grads = {}
        self.rng = random.Random(seed)

    # -- gradients (deduplicated) -------------------------------------------
    def _grad(self, kind, stops, attrs):
        norm = []
        for i, s in enumerate(stops):
            if isinstance(s, str):
                s = (i / max(1, len(stops) - 1), s)
            if len(s) == 2:
                s = (s[0], s[1], 1)
            norm.append(s)
        key = (kind, tuple(norm), tuple(attrs))
        if key not in self.grads:
            gid = "g%d" % len(self.grads)
            self.grads[key] = gid
            st = "".join('<stop offset="%s" stop-color="%s"%s/>' % (
                f(o), c, (' stop-opacity="%s"' % f(a) if a != 1 else "")) for o, c, a in norm)
            at = "".join(' %s="%s"' % (k, v) for k, v in attrs)
            self.defs.append('<%s id="%s"%s>%s</%s>' % (kind, gid, at, st, kind))
        return "url(#%s)" % self.grads[key]

    def lin(self, *stops, x1=0, y1=0, x2=0, y2=1):
        return self._grad("linearGradient", stops, (("x1", f(x1)), ("y1", f(y1)), ("x2", f(x2)), ("y2", f(y2))))

    def rad(self, *stops, cx=.5, cy=.5, r=.5, fx=None, fy=None):
        attrs = [("cx", f(cx)), ("cy", f(cy)), ("r", f(r))]
        if fx is not None:
            attrs += [("fx", f(fx)), ("fy", f(fy))]
        return self._grad("radialGradient", stops, tuple(attrs))

    # -- elements -----------------------------------------------------------
    def el(self, tag, **a):
        parts = []
        for k, v in a.items():
            k = k.rstrip("_").replace("_", "-")
            if isinstance(v, float) or isinstance(v, int) and not isinstance(v, bool):
                v = f(v)
            parts.append('%s="%s"' % (k, v))
        self.body.append("<%s %s/>" % (tag, " ".join(parts)))

    def open(self, transform=None, **a):
        if transform:
            a["transform"] = transform
        parts = []
        for k, v in a.items():
            k = k.rstrip("_").replace("_", "-")
            if isinstance(v, float) or isinstance(v, int) and not isinstance(v, bool):
                v = f(v)
            parts.append('%s="%s"' % (k, v))
        self.body.append("<g %s>" % " ".join(parts))

    def close(self):
        self.body.append("</g>")

    def text(self):
        return ('<svg xmlns="http://www.w3.org/2000/svg" version="1.2" baseProfile="tiny" '
                'viewBox="0 0 %d %d" width="%d" height="%d"><defs>%s</defs>%s</svg>\n'
                % (W, H, W, H, "".join(self.defs), "".join(self.body)))

    # -- random helpers -----------------------------------------------------
    def u(self, a, b):
        return self.rng.uniform(a, b)

    def in_ellipse(self, cx, cy, rx, ry):
        a = self.u(0, 2 * math.pi)
        r = math.sqrt(self.u(0, 1))
        return cx + rx * r * math.cos(a), cy + ry * r * math.sin(a)


def tf(x, y, rot=0, sx=None, sy=None):
    t = "translate(%s,%s)" % (f(x), f(y))
    if rot:
        t += " rotate(%s)" % f(rot)
    if sx is not None:
        t += " scale(%s,%s)" % (f(sx), f(sy if sy is not None else sx))
    return t


# ===================================================================== shapes
def blob_d(s, cx, cy, rx, ry, n=9, jit=0.1, rot=0):
    """Closed, smooth, slightly irregular outline (quadratic curves through mid-points)."""
    c, sn = math.cos(math.radians(rot)), math.sin(math.radians(rot))
    pts = []
    for i in range(n):
        a = 2 * math.pi * i / n + s.u(-0.12, 0.12)
        k = 1 + s.u(-jit, jit)
        x, y = rx * k * math.cos(a), ry * k * math.sin(a)
        pts.append((cx + x * c - y * sn, cy + x * sn + y * c))
    return smooth_d(pts)


def smooth_d(pts):
    mids = [((pts[i][0] + pts[(i + 1) % len(pts)][0]) / 2, (pts[i][1] + pts[(i + 1) % len(pts)][1]) / 2)
            for i in range(len(pts))]
    d = "M" + pt(*mids[-1])
    for i, p in enumerate(pts):
        d += "Q" + pt(*p) + " " + pt(*mids[i])
    return d + "Z"


def blob(s, cx, cy, rx, ry, fill, n=9, jit=0.1, rot=0, **a):
    s.el("path", d=blob_d(s, cx, cy, rx, ry, n, jit, rot), fill=fill, **a)


def dots(s, pts, color, w, opacity=None, length=0.6):
    """Many small round dots in one path (round-capped tiny strokes)."""
    if not pts:
        return
    d = "".join("M%sh%s" % (pt(x, y), f(length)) for x, y in pts)
    a = {"opacity": opacity} if opacity is not None else {}
    s.el("path", d=d, stroke=color, stroke_width=w, stroke_linecap="round", fill="none", **a)


def dashes(s, segs, color, w, opacity=None, cap="round"):
    """Many short strokes in one path: segs = [(x, y, dx, dy)]."""
    if not segs:
        return
    d = "".join("M%sl%s" % (pt(x, y), pt(dx, dy)) for x, y, dx, dy in segs)
    a = {"opacity": opacity} if opacity is not None else {}
    s.el("path", d=d, stroke=color, stroke_width=w, stroke_linecap=cap, fill="none", **a)


def scatter(s, cx, cy, rx, ry, n):
    return [s.in_ellipse(cx, cy, rx, ry) for _ in range(n)]


def ellipse_chords(rx, ry, ang, spacing, inset=0.82):
    """Parallel chords across an ellipse centred on 0,0 (for grill marks)."""
    rx, ry = rx * inset, ry * inset
    dx, dy = math.cos(math.radians(ang)), math.sin(math.radians(ang))
    nx, ny = -dy, dx
    out = []
    reach = max(rx, ry)
    t = -reach + spacing / 2
    while t < reach:
        A = dx * dx / rx ** 2 + dy * dy / ry ** 2
        B = 2 * t * (nx * dx / rx ** 2 + ny * dy / ry ** 2)
        C = t * t * (nx * nx / rx ** 2 + ny * ny / ry ** 2) - 1
        disc = B * B - 4 * A * C
        if disc > 0:
            u1 = (-B - math.sqrt(disc)) / (2 * A)
            u2 = (-B + math.sqrt(disc)) / (2 * A)
            x1, y1 = t * nx + u1 * dx, t * ny + u1 * dy
            out.append((x1, y1, (u2 - u1) * dx, (u2 - u1) * dy))
        t += spacing
    return out


def grill_marks(s, rx, ry, ang=35, spacing=34, w=8, color="#2b1308", opacity=.7, cross=False):
    segs = ellipse_chords(rx, ry, ang, spacing)
    if cross:
        segs += ellipse_chords(rx, ry, ang + 90, spacing * 1.2)
    dashes(s, segs, color, w, opacity)


# ================================================================ table, ware
BACKGROUNDS = {
    "oak": ("#ead3ad", "#c99e6c", "#8a5e34"),
    "walnut": ("#9a6a45", "#5c3a23", "#2e1b0e"),
    "linen": ("#f4ede1", "#ddd0bb", "#a08a68"),
    "terrazzo": ("#eeebe5", "#d3cdc2", "#8c8273"),
    "slate": ("#6f7d85", "#3d484f", "#1c2327"),
    "olive": ("#a9ad7a", "#6d7248", "#33361f"),
}


def table_bg(s, kind):
    light, dark, line = BACKGROUNDS[kind]
    s.el("rect", x=0, y=0, width=W, height=H, fill=s.lin(light, dark, x1=0, y1=0, x2=1, y2=1))
    if kind in ("oak", "walnut", "olive"):
        # planks and a little grain
        segs = [(0, y, W, 0) for y in (118, 247, 371, 503)]
        dashes(s, segs, line, 3, .22, cap="butt")
        d = ""
        for _ in range(9):
            y = s.u(10, H - 10)
            d += "M0,%sC%s %s %s" % (f(y), pt(250, y + s.u(-14, 14)), pt(520, y + s.u(-14, 14)), pt(W, y + s.u(-8, 8)))
        s.el("path", d=d, stroke=line, stroke_width=1.5, fill="none", opacity=.12)
    elif kind == "terrazzo":
        chips = scatter(s, 400, 300, 520, 420, 70)
        dots(s, chips[:35], "#b9ab96", 6, .45)
        dots(s, chips[35:55], "#c98f6a", 5, .4)
        dots(s, chips[55:], "#7f8f88", 5, .35)
    elif kind == "linen":
        segs = [(0, y, W, 0) for y in range(6, H, 14)]
        dashes(s, segs, "#ffffff", 2, .16, cap="butt")
    elif kind == "slate":
        d = ""
        for _ in range(6):
            y = s.u(0, H)
            d += "M0,%sC%s %s %s" % (f(y), pt(260, y + s.u(-40, 40)), pt(540, y + s.u(-40, 40)), pt(W, y + s.u(-30, 30)))
        s.el("path", d=d, stroke="#ffffff", stroke_width=2, fill="none", opacity=.05)
    s.el("rect", x=0, y=0, width=W, height=H,
         fill=s.rad((0.55, "#000", 0), (1, "#000", .28), cx=.5, cy=.48, r=.75))


def shadow(s, cx, cy, rx, ry, dx=10, dy=16, strength=.34):
    s.el("ellipse", cx=cx + dx, cy=cy + dy, rx=rx * 1.06, ry=ry * 1.06,
         fill=s.rad((0, "#000", strength), (0.72, "#000", strength * .8), (1, "#000", 0)))


PLATES = {
    # rim light, rim dark, well light, well dark, line
    "white": ("#ffffff", "#dcd9d2", "#fbfaf7", "#ebe7df", "#cfc9be"),
    "cream": ("#fbf4e4", "#e2d4b6", "#f8f0de", "#e8dcc2", "#cdbb97"),
    "blue": ("#3e73a8", "#24466e", "#fbfaf7", "#e9e6df", "#ffffff"),
    "terracotta": ("#d9854f", "#a2502a", "#f2e2c8", "#e2cba8", "#f6d2b0"),
    "slate": ("#4c5358", "#2b3034", "#454c51", "#31373b", "#5f676d"),
    "sage": ("#a9bf9c", "#6f8a66", "#f4f2ea", "#e4e0d3", "#ffffff"),
    "olivewood": ("#c8955a", "#8a5a2c", "#d6a56c", "#b07a42", "#6d4520"),
}


def plate(s, cx, cy, r, style="white", ry=None, well=.74):
    ry = ry or r
    rl, rd, wl, wd, ln = PLATES[style]
    shadow(s, cx, cy, r, ry)
    s.el("ellipse", cx=cx, cy=cy, rx=r, ry=ry, fill=s.rad((0, rl), (.75, rl), (1, rd), cx=.45, cy=.42, r=.6))
    s.el("ellipse", cx=cx, cy=cy, rx=r * well, ry=ry * well, fill=s.rad((0, wl), (.8, wl), (1, wd)),
         stroke=ln, stroke_width=2, stroke_opacity=.55)
    if style == "blue":
        s.el("ellipse", cx=cx, cy=cy, rx=r * .87, ry=ry * .87, fill="none", stroke="#ffffff",
             stroke_width=3, stroke_dasharray="14,7", opacity=.7)
    # rim highlight
    a0, a1 = math.radians(200), math.radians(255)
    s.el("path", d="M%sA%s,%s 0 0 1 %s" % (pt(cx + r * .93 * math.cos(a0), cy + ry * .93 * math.sin(a0)), f(r * .93),
                                          f(ry * .93), pt(cx + r * .93 * math.cos(a1), cy + ry * .93 * math.sin(a1))),
         stroke="#ffffff", stroke_width=5, stroke_linecap="round", fill="none", opacity=.55)


def bowl(s, cx, cy, r, outer=("#f7f5f0", "#cfcac0"), inner=("#fbfaf6", "#d9d3c8"), ry=None):
    ry = ry or r
    shadow(s, cx, cy, r, ry, strength=.4)
    s.el("ellipse", cx=cx, cy=cy, rx=r, ry=ry, fill=s.rad((0, outer[0]), (.7, outer[0]), (1, outer[1]), cx=.42, cy=.4, r=.65))
    s.el("ellipse", cx=cx, cy=cy, rx=r * .86, ry=ry * .86, fill=s.rad((0, inner[0]), (.75, inner[0]), (1, inner[1]), cx=.55, cy=.58))
    a0, a1 = math.radians(195), math.radians(260)
    s.el("path", d="M%sA%s,%s 0 0 1 %s" % (pt(cx + r * .93 * math.cos(a0), cy + ry * .93 * math.sin(a0)), f(r * .93),
                                          f(ry * .93), pt(cx + r * .93 * math.cos(a1), cy + ry * .93 * math.sin(a1))),
         stroke="#ffffff", stroke_width=5, stroke_linecap="round", fill="none", opacity=.5)


def board(s, cx, cy, w, h, rot=0):
    shadow(s, cx, cy, w / 2, h / 2)
    s.open(tf(cx, cy, rot))
    s.el("rect", x=-w / 2, y=-h / 2, width=w, height=h, rx=26,
         fill=s.lin("#b7844e", "#7e5128", x1=0, y1=0, x2=1, y2=1))
    dashes(s, [(-w / 2 + 20, y, w - 40, s.u(-3, 3)) for y in (-h * .3, -h * .05, h * .22, h * .38)], "#8a5527", 2, .25)
    s.el("rect", x=-w / 2 + 4, y=-h / 2 + 4, width=w - 8, height=h - 8, rx=22, fill="none",
         stroke="#f3cf9c", stroke_width=2, opacity=.5)
    s.close()


# ================================================================ ingredients
def leaf(s, x, y, L, Wd, ang, fill, vein="#ffffff", vo=.45):
    s.open(tf(x, y, ang))
    s.el("path", d="M0,0Q%s %sQ%s 0,0Z" % (pt(L * .4, -Wd), pt(L, 0), pt(L * .4, Wd)), fill=fill)
    if vein:
        s.el("path", d="M%sL%s" % (pt(L * .06, 0), pt(L * .8, 0)), stroke=vein, stroke_width=1.6, fill="none", opacity=vo)
    s.close()


def mint_sprig(s, x, y, scale=1, ang=0):
    g = s.lin("#7ccf5a", "#3f9a35", x1=0, y1=0, x2=1, y2=1)
    s.open(tf(x, y, ang, scale))
    s.el("path", d="M0,0L0,-56", stroke="#5d8f3a", stroke_width=3, fill="none")
    for lx, ly, L, a in ((0, -50, 34, -120), (0, -50, 34, -60), (0, -30, 40, -160), (0, -30, 40, -20),
                         (0, -8, 44, 160), (0, -8, 44, 20)):
        leaf(s, lx, ly, L, 15, a, g, "#d9f5c5", .5)
    s.close()


def herb_bits(s, cx, cy, rx, ry, n, colors=("#3f8a2c", "#6fb04a")):
    for i, c in enumerate(colors):
        pts = scatter(s, cx, cy, rx, ry, n // len(colors))
        dots(s, pts, c, 4.5 - i, .95)


def olive(s, x, y, r=12, ang=0, color="kalamata"):
    g = s.rad("#8a4f78", "#3a1b33", cx=.4, cy=.35) if color == "kalamata" else s.rad("#a7b451", "#5f6b22", cx=.4, cy=.35)
    s.el("ellipse", cx=x, cy=y, rx=r * 1.25, ry=r, fill=g, transform="rotate(%s %s)" % (f(ang), pt(x, y)))
    s.el("ellipse", cx=x - r * .35, cy=y - r * .4, rx=r * .35, ry=r * .2, fill="#ffffff", opacity=.5)


def tomato_wedge(s, x, y, r, ang):
    s.open(tf(x, y, ang))
    a = 1.15
    s.el("path", d="M0,0L%sA%s,%s 0 0 1 %sZ" % (pt(r, 0), f(r), f(r), pt(r * math.cos(a), r * math.sin(a))),
         fill=s.rad("#ff5a3c", "#b81d12", cx=.2, cy=.2, r=1))
    r2 = r * .82
    s.el("path", d="M%sL%sA%s,%s 0 0 1 %sZ" % (pt(r * .12, r * .06), pt(r2, 0), f(r2), f(r2), pt(r2 * math.cos(a), r2 * math.sin(a))),
         fill="#f0604a")
    dots(s, [(r * .5 + i * 8, r * .3 + i * 3) for i in range(3)], "#f7d77a", 5, .9)
    s.close()


def cherry_tomato(s, x, y, r, cut=False):
    if cut:
        s.el("circle", cx=x, cy=y, r=r, fill="#c92a1c")
        s.el("circle", cx=x, cy=y, r=r * .85, fill=s.rad("#ff8a6a", "#e8432c"))
        dots(s, [(x + r * .45 * math.cos(a), y + r * .45 * math.sin(a)) for a in (0.3, 2.4, 4.5)], "#f8e08a", r * .28)
    else:
        s.el("circle", cx=x, cy=y, r=r, fill=s.rad("#ff6f55", "#b71c10", cx=.38, cy=.35))
        s.el("ellipse", cx=x - r * .35, cy=y - r * .4, rx=r * .25, ry=r * .15, fill="#fff", opacity=.55)
        s.el("path", d="M%sl-6,-5M%sl6,-5M%sl0,-8" % (pt(x, y - r * .8), pt(x, y - r * .8), pt(x, y - r * .8)),
             stroke="#3f7a2a", stroke_width=3, stroke_linecap="round", fill="none")


def cucumber(s, x, y, r):
    s.el("circle", cx=x, cy=y, r=r, fill="#2f6b26")
    s.el("circle", cx=x, cy=y, r=r * .86, fill=s.rad("#d9eda9", "#b5d67c"))
    dots(s, [(x + r * .32 * math.cos(a), y + r * .32 * math.sin(a)) for a in (0.5, 2.6, 4.7)], "#f2f8dc", r * .2)


def onion_rings(s, x, y, r, color="#a3457c", n=2):
    for i in range(n):
        s.el("ellipse", cx=x + s.u(-4, 4), cy=y + s.u(-4, 4), rx=r * (1 - i * .25), ry=r * (0.8 - i * .2),
             fill="none", stroke=color, stroke_width=4, opacity=.85)


def feta(s, x, y, w, h, ang=0):
    s.open(tf(x, y, ang))
    s.el("rect", x=-w / 2 + 4, y=-h / 2 + 8, width=w, height=h, rx=6, fill="#d8d0bb")
    s.el("rect", x=-w / 2, y=-h / 2, width=w, height=h, rx=6, fill=s.lin("#fffef9", "#efe9d6", x1=0, y1=0, x2=1, y2=1))
    dots(s, scatter(s, 0, 0, w * .42, h * .38, 14), "#e4dcc5", 4)
    dots(s, scatter(s, 0, 0, w * .4, h * .35, 22), "#5a6b2a", 3, .8)   # oregano
    s.close()


def lemon_wedge(s, x, y, r, ang=0, lime=False):
    rind, flesh, pith = ("#6aa832", "#c9e67a", "#eef7cf") if lime else ("#f5c71a", "#fde77c", "#fff6cf")
    s.open(tf(x, y, ang))
    s.el("path", d="M%sA%s,%s 0 0 1 %sZ" % (pt(-r, 0), f(r), f(r * .72), pt(r, 0)), fill=rind)
    s.el("path", d="M%sA%s,%s 0 0 1 %sZ" % (pt(-r * .86, 0), f(r * .86), f(r * .6), pt(r * .86, 0)), fill=pith)
    s.el("path", d="M%sA%s,%s 0 0 1 %sZ" % (pt(-r * .78, 0), f(r * .78), f(r * .53), pt(r * .78, 0)), fill=flesh)
    segs = [(0, 0, r * .75 * math.cos(a), -r * .5 * math.sin(a)) for a in (0.5, 1.05, 1.57, 2.1, 2.65)]
    dashes(s, segs, pith, 2.5, .9)
    s.close()


def lemon_slice(s, x, y, r, lime=False):
    rind, flesh, pith = ("#6aa832", "#c9e67a", "#eef7cf") if lime else ("#f5c71a", "#fde77c", "#fff6cf")
    s.el("circle", cx=x, cy=y, r=r, fill=rind)
    s.el("circle", cx=x, cy=y, r=r * .88, fill=pith)
    s.el("circle", cx=x, cy=y, r=r * .8, fill=flesh)
    dashes(s, [(x, y, r * .78 * math.cos(a), r * .78 * math.sin(a)) for a in [i * math.pi / 4 for i in range(8)]],
           pith, 2.5)


def pitta_wedge(s, x, y, r, ang, marks=True):
    s.open(tf(x, y, ang))
    a = 0.95
    s.el("path", d="M0,0L%sA%s,%s 0 0 1 %sZ" % (pt(r, 0), f(r), f(r), pt(r * math.cos(a), r * math.sin(a))),
         fill=s.rad("#fbe6bb", "#dca560", cx=.1, cy=.1, r=1), stroke="#b7772f", stroke_width=3)
    pts = [(r * s.u(.3, .85) * math.cos(b), r * s.u(.3, .85) * math.sin(b)) for b in [s.u(.15, .8) for _ in range(6)]]
    dots(s, pts, "#b8762f", 6, .45)
    if marks:
        dashes(s, [(r * .35, -4, 22, 40), (r * .6, -6, 18, 38)], "#6b3a14", 5, .45)
    s.close()


def pomegranate_seeds(s, pts, r=5.5):
    dots(s, pts, "#a30d26", r * 2)
    dots(s, [(x - r * .35, y - r * .35) for x, y in pts], "#ff6a7a", r * .7, .9)


def walnut(s, x, y, r, ang=0):
    s.open(tf(x, y, ang))
    blob(s, 0, 0, r, r * .78, s.rad("#c08a4c", "#7a4c22", cx=.4, cy=.4), n=7, jit=.12)
    s.el("path", d="M%sQ%s %sM%sQ%s %sM%sQ%s %s" % (
        pt(-r * .7, 0), pt(-r * .3, -r * .5), pt(r * .1, -r * .05),
        pt(-r * .1, r * .1), pt(r * .4, r * .5), pt(r * .75, 0),
        pt(-r * .55, r * .35), pt(-r * .2, r * .1), pt(0, r * .55)),
        stroke="#5a3414", stroke_width=2.5, fill="none", opacity=.7)
    s.close()


def pistachio_dust(s, cx, cy, rx, ry, n):
    pts = scatter(s, cx, cy, rx, ry, n)
    dots(s, pts[: n * 2 // 3], "#8dbb3e", 7)
    dots(s, pts[n * 2 // 3:], "#5e8a2a", 6)
    dots(s, scatter(s, cx, cy, rx, ry, n // 4), "#8a4a6a", 4, .8)


def rice(s, cx, cy, rx, ry, saffron=True, grains=70):
    blob(s, cx, cy, rx, ry, s.rad("#ffffff", "#ebe4d2", cx=.45, cy=.4), n=11, jit=.07)
    segs = []
    for _ in range(grains):
        x, y = s.in_ellipse(cx, cy, rx * .92, ry * .9)
        a = s.u(0, math.pi)
        segs.append((x, y, 9 * math.cos(a), 9 * math.sin(a)))
    dashes(s, segs, "#e2d8bf", 4.5)
    dashes(s, segs[::2], "#ffffff", 2.5)
    if saffron:
        sx, sy = cx - rx * .15, cy - ry * .25
        blob(s, sx, sy, rx * .45, ry * .35, s.rad("#ffd23a", "#f09a12"), n=8, jit=.2)
        segs = []
        for _ in range(20):
            x, y = s.in_ellipse(sx, sy, rx * .42, ry * .3)
            a = s.u(0, math.pi)
            segs.append((x, y, 9 * math.cos(a), 9 * math.sin(a)))
        dashes(s, segs, "#ffe680", 3.5)


def fries(s, cx, cy, rx, ry, n, length=(70, 110)):
    for _ in range(n):
        x, y = s.in_ellipse(cx, cy, rx, ry)
        a = s.u(0, 2 * math.pi)
        L = s.u(*length)
        dx, dy = L * math.cos(a), L * math.sin(a)
        s.el("path", d="M%sl%s" % (pt(x - dx / 2, y - dy / 2), pt(dx, dy)), stroke="#c9861f", stroke_width=20, fill="none")
        s.el("path", d="M%sl%s" % (pt(x - dx / 2 - 2, y - dy / 2 - 2), pt(dx * .94, dy * .94)),
             stroke="#ffd36a", stroke_width=13, fill="none")


def prawn(s, x, y, R, ang, cooked="#f4844f"):
    s.open(tf(x, y, ang))
    a0, a1 = math.radians(200), math.radians(-15)
    p0 = (R * math.cos(a0), R * math.sin(a0))
    p1 = (R * math.cos(a1), R * math.sin(a1))
    arc = "M%sA%s,%s 0 1 1 %s" % (pt(*p0), f(R), f(R), pt(*p1))
    s.el("path", d=arc, stroke="#d9582e", stroke_width=R * .78, stroke_linecap="round", fill="none")
    s.el("path", d=arc, stroke=cooked, stroke_width=R * .6, stroke_linecap="round", fill="none")
    s.el("path", d="M%sA%s,%s 0 1 1 %s" % (pt(p0[0] * .85, p0[1] * .85), f(R * .85), f(R * .85), pt(p1[0] * .85, p1[1] * .85)),
         stroke="#ffd2bd", stroke_width=R * .12, stroke_linecap="round", fill="none", opacity=.8)
    segs = []
    for k in range(6):
        a = math.radians(190 - k * 36)
        segs.append((R * .72 * math.cos(a), R * .72 * math.sin(a), R * .5 * math.cos(a), R * .5 * math.sin(a)))
    dashes(s, segs, "#c9481f", 2.5, .7)
    # tail fan
    tx, ty = p1
    s.el("path", d="M%sl%sl%sz" % (pt(tx, ty), pt(R * .55, R * .25), pt(-R * .15, R * .45)), fill="#e0562c")
    s.close()


def capsule(s, x, y, L, T, ang, fill):
    s.el("rect", x=-L / 2, y=-T / 2, width=L, height=T, rx=T / 2, fill=fill, transform=tf(x, y, ang))


def grilled_tomato(s, x, y, r):
    s.el("circle", cx=x, cy=y, r=r, fill=s.rad("#ff6a45", "#a8190c", cx=.4, cy=.4))
    s.el("path", d="M%sq%s %sM%sq%s %s" % (pt(x - r * .6, y - r * .1), pt(r * .3, -r * .4), pt(r * .7, -r * .3),
                                            pt(x - r * .4, y + r * .35), pt(r * .4, -r * .2), pt(r * .9, r * .05)),
         stroke="#3a0d05", stroke_width=5, stroke_linecap="round", fill="none", opacity=.5)
    s.el("ellipse", cx=x - r * .3, cy=y - r * .45, rx=r * .3, ry=r * .15, fill="#fff", opacity=.35)


def drizzle(s, pts, color, w, opacity=.85):
    d = "M" + pt(*pts[0])
    for i in range(1, len(pts) - 1, 2):
        d += "Q" + pt(*pts[i]) + " " + pt(*pts[i + 1])
    s.el("path", d=d, stroke=color, stroke_width=w, stroke_linecap="round", fill="none", opacity=opacity)


def zigzag(s, x0, y0, x1, y1, amp, n):
    pts = []
    for i in range(2 * n + 1):
        t = i / (2 * n)
        side = amp * (1 if (i % 4) == 1 else -1 if (i % 4) == 3 else 0)
        px, py = x0 + (x1 - x0) * t, y0 + (y1 - y0) * t
        L = math.hypot(x1 - x0, y1 - y0)
        pts.append((px - (y1 - y0) / L * side + s.u(-6, 6), py + (x1 - x0) / L * side + s.u(-6, 6)))
    return pts


def dill(s, x, y, L, ang):
    s.open(tf(x, y, ang))
    segs = [(0, 0, L, 0)]
    for i in range(7):
        t = L * (i + 1) / 8
        for side in (-1, 1):
            segs.append((t, 0, 14 - i, side * (18 - i * 1.5)))
    dashes(s, segs, "#4e8f2e", 2.5)
    s.close()


def rosemary(s, x, y, L, ang):
    s.open(tf(x, y, ang))
    s.el("path", d="M0,0L%s,0" % f(L), stroke="#6b5a33", stroke_width=3, fill="none")
    segs = []
    for i in range(12):
        t = L * (i + 1) / 13
        segs.append((t, 0, 10, -14 + (i % 2) * 28))
    dashes(s, segs, "#3f6b3a", 5)
    dashes(s, segs[::3], "#7aa36a", 2.5)
    s.close()


def chilli(s, x, y, L, ang, color="#d6281b"):
    s.open(tf(x, y, ang))
    s.el("path", d="M0,-8Q%s %sQ%s 0,8Z" % (pt(L * .6, -10), pt(L, 4), pt(L * .5, 8)), fill=color)
    s.el("path", d="M0,0l-14,-6", stroke="#3f7a2a", stroke_width=5, stroke_linecap="round", fill="none")
    s.el("path", d="M6,-4Q%s %s" % (pt(L * .5, -6), pt(L * .85, 1)), stroke="#fff", stroke_width=2, fill="none", opacity=.5)
    s.close()


# ================================================================= glassware
def glass_tumbler(s, cx, base, wt, wb, h, liquid, level=.82, surface=None, ice=0, tint="#ffffff"):
    top = base - h
    shadow(s, cx, base + 6, wb * .75, 16, dx=12, dy=4, strength=.45)
    e = wt * .12
    # liquid
    ly = base - h * level
    wl = wb + (wt - wb) * level
    s.el("path", d="M%sL%sA%s,%s 0 0 0 %sL%sZ" % (pt(cx - wl / 2 + 5, ly), pt(cx - wb / 2 + 6, base - 6), f(wb / 2 - 6),
                                                f(e * .6), pt(cx + wb / 2 - 6, base - 6), pt(cx + wl / 2 - 5, ly)),
         fill=liquid)
    s.el("ellipse", cx=cx, cy=ly, rx=wl / 2 - 5, ry=e * .8, fill=surface or liquid)
    for i in range(ice):
        ix = cx + s.u(-wl * .28, wl * .28)
        iy = ly + s.u(-6, h * .35)
        sz = s.u(34, 46)
        s.el("rect", x=-sz / 2, y=-sz / 2, width=sz, height=sz, rx=8, fill="#ffffff", fill_opacity=.32,
             stroke="#ffffff", stroke_opacity=.7, stroke_width=2, transform=tf(ix, iy, s.u(-30, 30)))
    # glass body
    s.el("path", d="M%sL%sA%s,%s 0 0 0 %sL%sZ" % (pt(cx - wt / 2, top), pt(cx - wb / 2, base), f(wb / 2), f(e * .7),
                                                pt(cx + wb / 2, base), pt(cx + wt / 2, top)),
         fill=tint, fill_opacity=.13, stroke="#ffffff", stroke_opacity=.6, stroke_width=3)
    s.el("path", d="M%sL%s" % (pt(cx - wt / 2 + 18, top + 30), pt(cx - wb / 2 + 16, base - 26)),
         stroke="#ffffff", stroke_width=9, stroke_linecap="round", opacity=.35)
    s.el("ellipse", cx=cx, cy=base - 3, rx=wb / 2 - 2, ry=e * .55, fill="#ffffff", opacity=.25)
    s.el("ellipse", cx=cx, cy=top, rx=wt / 2, ry=e, fill="none", stroke="#ffffff", stroke_width=3, opacity=.85)
    return top, e


def straw(s, x0, y0, x1, y1, color="#2e9f6a"):
    s.el("path", d="M%sL%s" % (pt(x0, y0), pt(x1, y1)), stroke=color, stroke_width=13, stroke_linecap="round", fill="none")
    s.el("path", d="M%sL%s" % (pt(x0 - 3, y0), pt(x1 - 3, y1)), stroke="#ffffff", stroke_width=3, fill="none", opacity=.4)


def bubbles(s, cx, y0, y1, w, n, color="#ffffff", opacity=.7):
    pts = [(cx + s.u(-w / 2, w / 2), s.u(y0, y1)) for _ in range(n)]
    s.el("path", d="".join("M%sa3,3 0 1 0 .1,0" % pt(x, y) for x, y in pts), fill="none", stroke=color,
         stroke_width=1.5, opacity=opacity)


def cup_top(s, cx, cy, r, drink, crema, saucer=True, band=None, handle_ang=25):
    if saucer:
        s.el("circle", cx=cx + 10, cy=cy + 16, r=r * 1.62, fill=s.rad((0, "#000", .3), (.75, "#000", .22), (1, "#000", 0)))
        s.el("circle", cx=cx, cy=cy, r=r * 1.55, fill=s.rad((0, "#ffffff"), (.8, "#f3f1ec"), (1, "#cfcac1"), cx=.45, cy=.42))
        s.el("circle", cx=cx, cy=cy, r=r * 1.15, fill="none", stroke="#d8d3ca", stroke_width=3)
    else:
        shadow(s, cx, cy, r * 1.1, r * 1.1)
    # handle
    a = math.radians(handle_ang)
    hx, hy = cx + r * 1.18 * math.cos(a), cy + r * 1.18 * math.sin(a)
    s.el("rect", x=-r * .3, y=-r * .13, width=r * .6, height=r * .26, rx=r * .13, fill="#f1eee8", stroke="#cfcac1",
         stroke_width=2, transform=tf(hx, hy, handle_ang))
    s.el("circle", cx=cx, cy=cy, r=r, fill=s.rad((0, "#ffffff"), (.85, "#f5f3ee"), (1, "#d5d0c6"), cx=.45, cy=.42))
    if band:
        s.el("circle", cx=cx, cy=cy, r=r * .95, fill="none", stroke=band, stroke_width=r * .05)
    s.el("circle", cx=cx, cy=cy, r=r * .84, fill=drink)
    s.el("circle", cx=cx, cy=cy, r=r * .8, fill=crema)
    s.el("path", d="M%sA%s,%s 0 0 1 %s" % (pt(cx - r * .9, cy - r * .2), f(r * .92), f(r * .92), pt(cx - r * .2, cy - r * .9)),
         stroke="#ffffff", stroke_width=4, stroke_linecap="round", fill="none", opacity=.8)


# ================================================================= dishes
def d_hummus(s, kind="hummus"):
    table_bg(s, "oak")
    for (x, y, a) in ((655, 175, 130), (690, 330, 170), (640, 470, 215)):
        pitta_wedge(s, x, y, 120, a)
    outer = {"hummus": ("#4f86bd", "#274d78"), "baba-ganoush": ("#cf7b45", "#8f4420"),
             "tzatziki": ("#f7f5f0", "#cfc8ba")}[kind]
    bowl(s, 330, 300, 215, outer=outer, inner=("#f5efe3", "#d6c9b1"))
    cx, cy = 330, 300
    if kind == "hummus":
        blob(s, cx, cy, 168, 165, s.rad("#f4e4bf", "#dcc08c", cx=.45, cy=.4), n=12, jit=.03)
        d = ""
        for r in (140, 105, 72):
            d += "M%sA%s,%s 0 1 1 %s" % (pt(cx + r, cy), f(r), f(r * .96), pt(cx + r * math.cos(5.2), cy + r * math.sin(5.2)))
        s.el("path", d=d, stroke="#c9a368", stroke_width=11, fill="none", opacity=.45, stroke_linecap="round")
        s.el("path", d=d, stroke="#fff6dd", stroke_width=4, fill="none", opacity=.7, transform="translate(-4,-5)")
        blob(s, cx + 5, cy + 4, 58, 50, s.rad("#e8c53a", "#b98e12"), n=8, jit=.15, opacity=.9)
        dots(s, scatter(s, cx, cy, 150, 150, 60), "#c5391f", 4.5, .85)
        s.el("path", d="".join("M%sa9,9 0 1 0 .1,0" % pt(x, y) for x, y in
                              [(cx - 10, cy - 8), (cx + 20, cy + 10), (cx + 2, cy + 26), (cx + 26, cy - 14), (cx - 24, cy + 18)]),
             fill="#e2bf7c", stroke="#b88d48", stroke_width=2)
        herb_bits(s, cx, cy, 40, 40, 14)
        s.el("ellipse", cx=cx - 10, cy=cy - 16, rx=22, ry=9, fill="#fff8c8", opacity=.55)
    elif kind == "baba-ganoush":
        blob(s, cx, cy, 168, 165, s.rad("#d8c3a0", "#a98c66", cx=.45, cy=.4), n=12, jit=.03)
        dots(s, scatter(s, cx, cy, 150, 150, 70), "#5a4330", 4, .55)
        d = "M%sA120,116 0 1 1 %s" % (pt(cx + 120, cy), pt(cx + 120 * math.cos(5.0), cy + 120 * math.sin(5.0)))
        s.el("path", d=d, stroke="#8f7250", stroke_width=12, fill="none", opacity=.4, stroke_linecap="round")
        blob(s, cx - 6, cy + 2, 62, 46, s.rad("#d9b83a", "#a07e14"), n=8, jit=.18, opacity=.85)
        pomegranate_seeds(s, scatter(s, cx, cy, 135, 135, 26))
        for _ in range(7):
            x, y = s.in_ellipse(cx, cy, 110, 110)
            leaf(s, x, y, 26, 11, s.u(0, 360), "#4f9a36", "#c9eab0")
    else:  # tzatziki
        blob(s, cx, cy, 168, 165, s.rad("#ffffff", "#ebe7dc", cx=.45, cy=.4), n=12, jit=.03)
        d = "M%sA110,106 0 1 1 %s" % (pt(cx + 110, cy), pt(cx + 110 * math.cos(5.1), cy + 110 * math.sin(5.1)))
        s.el("path", d=d, stroke="#d9d3c4", stroke_width=12, fill="none", opacity=.7, stroke_linecap="round")
        segs = []
        for _ in range(55):
            x, y = s.in_ellipse(cx, cy, 145, 145)
            a = s.u(0, math.pi)
            segs.append((x, y, 12 * math.cos(a), 12 * math.sin(a)))
        dashes(s, segs[:30], "#9cc46a", 4.5, .9)
        dashes(s, segs[30:], "#3f7a2a", 3.5, .9)
        blob(s, cx + 8, cy - 4, 42, 34, s.rad("#e3c33c", "#b39216"), n=8, jit=.2, opacity=.8)
        olive(s, cx + 10, cy - 6, 16, 20)
        dill(s, cx - 70, cy + 60, 90, -30)
        dill(s, cx - 40, cy + 80, 70, 20)


def d_halloumi(s):
    table_bg(s, "oak")
    plate(s, 400, 300, 255, "blue")
    for i, (x, y, a) in enumerate(((330, 220, -28), (430, 240, -18), (320, 350, -8), (425, 375, 4))):
        s.open(tf(x, y, a))
        s.el("rect", x=-78, y=-40, width=160, height=84, rx=14, fill="#d9c28e")
        s.el("rect", x=-82, y=-44, width=160, height=84, rx=14, fill=s.lin("#fffaea", "#f0ddb0", x1=0, y1=0, x2=1, y2=1))
        dashes(s, [(-50 + k * 34, -34, 26, 66) for k in range(4)], "#5a2d10", 9, .65)
        s.close()
    drizzle(s, zigzag(s, 280, 200, 500, 400, 40, 5), "#e3a11f", 6)
    lemon_wedge(s, 560, 300, 60, 80)
    pomegranate_seeds(s, scatter(s, 400, 300, 150, 120, 14))
    mint_sprig(s, 230, 420, 1, -40)


def d_falafel(s):
    table_bg(s, "oak")
    plate(s, 400, 300, 255, "terracotta")
    # pickled turnip sticks
    for i in range(5):
        s.el("rect", x=-48, y=-8, width=96, height=16, rx=4, fill=s.lin("#f07aa6", "#c0306a"),
             transform=tf(560 + s.u(-14, 14), 220 + i * 16, s.u(-70, -50)))
    balls = [(330, 230), (430, 215), (285, 330), (390, 320), (490, 320), (360, 415)]
    for i, (x, y) in enumerate(balls):
        s.el("circle", cx=x, cy=y, r=46, fill=s.rad("#d29447", "#7a4612", cx=.4, cy=.38))
        dots(s, scatter(s, x, y, 36, 36, 14), "#5e3410", 4, .5)
        dots(s, scatter(s, x - 8, y - 10, 24, 24, 8), "#f0c27a", 3.5, .6)
    # one cut falafel shows the green inside
    x, y = 520, 410
    s.el("circle", cx=x, cy=y, r=46, fill="#8a5219")
    s.el("circle", cx=x, cy=y, r=38, fill=s.rad("#8fbd4a", "#4d7f28"))
    dots(s, scatter(s, x, y, 30, 30, 16), "#2f5e1c", 4, .7)
    dots(s, scatter(s, x, y, 30, 30, 10), "#c9dc8a", 3, .7)
    drizzle(s, zigzag(s, 270, 250, 470, 390, 34, 5), "#f3e8cc", 10, .95)
    drizzle(s, zigzag(s, 270, 250, 470, 390, 34, 5), "#d8c49a", 2.5, .6)
    for k in range(4):
        leaf(s, 255 + k * 12, 440 - k * 20, 34, 13, -140 + k * 40, "#57b046", "#d8f5c5")


def d_calamari(s):
    table_bg(s, "oak")
    plate(s, 400, 300, 255, "white")
    bowl(s, 570, 420, 70, inner=("#fff6d8", "#e4d3a0"))
    blob(s, 570, 420, 48, 46, s.rad("#fff3c4", "#f0d88a"), n=8, jit=.05)
    herb_bits(s, 570, 420, 20, 20, 8)
    rings = []
    for _ in range(15):
        x, y = s.in_ellipse(360, 280, 140, 130)
        rings.append((x, y, s.u(26, 34)))
    rings.sort(key=lambda r: r[1])
    for x, y, r in rings:
        s.el("ellipse", cx=x, cy=y, rx=r, ry=r * .86, fill="none", stroke="#b8772e", stroke_width=19)
        s.el("ellipse", cx=x - 1, cy=y - 2, rx=r, ry=r * .86, fill="none", stroke=s.lin("#f6d08a", "#dca04a"), stroke_width=14)
        dots(s, [(x + r * math.cos(a), y + r * .86 * math.sin(a)) for a in [s.u(0, 6.3) for _ in range(5)]], "#fbe7b8", 3.5, .8)
    lemon_wedge(s, 210, 420, 62, 60)
    lemon_wedge(s, 540, 190, 55, -130)
    herb_bits(s, 380, 290, 150, 140, 30)


def d_dolmades(s):
    table_bg(s, "oak")
    plate(s, 400, 300, 255, "cream")
    rows = [(300, 215, -12), (405, 205, -12), (510, 195, -12), (260, 310, -8), (370, 305, -8), (480, 300, -8),
            (320, 400, -4), (430, 400, -4)]
    g = s.lin("#7f9c48", "#4a6a2a")
    for x, y, a in rows:
        s.open(tf(x, y, a + 90))
        s.el("rect", x=-62, y=-27, width=124, height=54, rx=27, fill="#3d5521", transform="translate(3,5)")
        s.el("rect", x=-62, y=-27, width=124, height=54, rx=27, fill=g)
        s.el("path", d="M-40,-25Q-30,0 -42,24M-10,-27Q0,0 -12,27M20,-27Q30,0 18,27M48,-22Q55,0 46,22",
             stroke="#a9c477", stroke_width=2, fill="none", opacity=.55)
        s.el("path", d="M-50,-16L50,-16", stroke="#ffffff", stroke_width=4, stroke_linecap="round", opacity=.2)
        s.close()
    lemon_slice(s, 560, 420, 45)
    lemon_wedge(s, 225, 190, 50, -40)
    dill = ""
    for k in range(7):
        dill += "M%sl%s" % (pt(600, 260), pt(40 * math.cos(k * .9), 40 * math.sin(k * .9)))
    s.el("path", d=dill, stroke="#4e8f2e", stroke_width=2.5, fill="none")


def d_horiatiki(s):
    table_bg(s, "linen")
    plate(s, 400, 300, 262, "blue", well=.8)
    for i in range(9):
        a = i * 2 * math.pi / 9 + .3
        tomato_wedge(s, 400 + 120 * math.cos(a), 300 + 112 * math.sin(a), 88, math.degrees(a) + 110)
    for i in range(8):
        a = i * 2 * math.pi / 8 + .75
        cucumber(s, 400 + 150 * math.cos(a), 300 + 138 * math.sin(a), 34)
    for i in range(4):
        a = i * 2 * math.pi / 4 + .4
        s.el("ellipse", cx=400 + 110 * math.cos(a), cy=300 + 100 * math.sin(a), rx=30, ry=22, fill="none",
             stroke="#5aa63a", stroke_width=8)
    for i in range(6):
        a = i * 2 * math.pi / 6
        onion_rings(s, 400 + 95 * math.cos(a), 300 + 90 * math.sin(a), 32)
    for i in range(7):
        a = i * 2 * math.pi / 7 + .1
        olive(s, 400 + 135 * math.cos(a), 300 + 125 * math.sin(a), 15, s.u(0, 180))
    feta(s, 400, 295, 160, 96, -8)
    s.el("ellipse", cx=420, cy=250, rx=70, ry=14, fill="#e6c23a", opacity=.3)


def d_fattoush(s):
    table_bg(s, "linen")
    bowl(s, 400, 300, 262, outer=("#c98d55", "#8a5628"), inner=("#d9a36a", "#a06a34"))
    blob(s, 400, 300, 195, 190, s.rad("#a8d46a", "#5e9a3a"), n=12, jit=.08)
    for _ in range(14):
        x, y = s.in_ellipse(400, 300, 150, 145)
        blob(s, x, y, s.u(55, 75), s.u(32, 44), s.lin("#d6f09a", "#72b24a", x1=0, y1=0, x2=1, y2=1),
             n=8, jit=.25, rot=s.u(0, 180))
    for _ in range(6):
        x, y = s.in_ellipse(400, 300, 150, 145)
        s.el("circle", cx=x, cy=y, r=24, fill="#c8284a")
        s.el("circle", cx=x, cy=y, r=20, fill=s.rad("#ffffff", "#f4dbe2"))
    for _ in range(6):
        x, y = s.in_ellipse(400, 300, 145, 140)
        tomato_wedge(s, x, y, 56, s.u(0, 360))
    for _ in range(4):
        x, y = s.in_ellipse(400, 300, 150, 140)
        cucumber(s, x, y, 26)
    for _ in range(8):
        x, y = s.in_ellipse(400, 300, 150, 140)
        s.el("path", d=blob_d(s, x, y, 26, 20, n=5, jit=.3), fill="#e6b564", stroke="#b37630", stroke_width=2)
    dots(s, scatter(s, 400, 300, 170, 165, 50), "#7a1f2e", 4, .7)
    drizzle(s, zigzag(s, 300, 220, 500, 390, 30, 4), "#5a1420", 5, .55)


def d_tabbouleh(s):
    table_bg(s, "linen")
    plate(s, 400, 300, 255, "white")
    for a in (-60, 30, 150):       # romaine cups
        r = math.radians(a)
        s.open(tf(400 + 150 * math.cos(r), 300 + 140 * math.sin(r), a + 90))
        s.el("path", d="M-40,-60Q0,-90 40,-60L30,60Q0,75 -30,60Z", fill=s.lin("#e8f5c0", "#9ccb5e"))
        s.el("path", d="M0,-70L0,62", stroke="#f6fbe6", stroke_width=5, fill="none")
        s.close()
    blob(s, 400, 300, 170, 155, s.rad("#6fae3e", "#3b7422"), n=12, jit=.08)
    segs = []
    for _ in range(150):
        x, y = s.in_ellipse(400, 300, 160, 145)
        a = s.u(0, math.pi)
        segs.append((x, y, 6 * math.cos(a), 6 * math.sin(a)))
    dashes(s, segs[:70], "#2e6a1c", 5)
    dashes(s, segs[70:], "#9ed36a", 4)
    dots(s, scatter(s, 400, 300, 150, 135, 40), "#e2c98e", 5)
    for _ in range(22):
        x, y = s.in_ellipse(400, 300, 145, 130)
        s.el("rect", x=x, y=y, width=14, height=14, rx=3, fill="#e2352a", transform="rotate(%s %s)" % (f(s.u(0, 90)), pt(x, y)))
    lemon_wedge(s, 590, 440, 55, -45)


def cubes(s, pts, size, flesh, skin, sw=3):
    d = ""
    for x, y in pts:
        a = s.u(0, math.pi / 2)
        c, n = size * math.cos(a), size * math.sin(a)
        d += "M%sl%sl%sl%sz" % (pt(x - c / 2 + n / 2, y - n / 2 - c / 2), pt(c, n), pt(-n, c), pt(-c, -n))
    s.el("path", d=d, fill=flesh, stroke=skin, stroke_width=sw, stroke_linejoin="round")


def d_shirazi(s):
    table_bg(s, "linen")
    bowl(s, 390, 300, 250, outer=("#3f8fa8", "#1f5a70"), inner=("#f5f3ee", "#d7d1c4"))
    s.el("circle", cx=390, cy=300, r=190, fill="#e9eccb", opacity=.6)
    cubes(s, scatter(s, 390, 300, 170, 165, 40), 28, "#d4eba0", "#2f6b26", 4)
    cubes(s, scatter(s, 390, 300, 170, 165, 40), 28, "#ef5a40", "#b8200f", 2)
    cubes(s, scatter(s, 390, 300, 170, 165, 24), 24, "#f6eef5", "#9a5a9a", 3)
    dots(s, scatter(s, 390, 300, 175, 170, 60), "#5d6e2e", 4, .9)
    lemon_slice(s, 610, 170, 52, lime=True)
    mint_sprig(s, 640, 470, .9, 30)


def d_beetroot(s):
    table_bg(s, "linen")
    plate(s, 400, 300, 255, "white")
    blob(s, 400, 305, 205, 180, s.rad("#ffffff", "#efe9dc"), n=11, jit=.1)
    s.el("path", d="M260,330Q380,250 520,300", stroke="#e3dccd", stroke_width=14, fill="none", stroke_linecap="round")
    for _ in range(10):
        x, y = s.in_ellipse(400, 300, 140, 125)
        r = s.u(38, 50)
        s.el("circle", cx=x, cy=y, r=r, fill=s.rad("#b8235a", "#5e0d2c", cx=.4, cy=.4))
        s.el("circle", cx=x, cy=y, r=r * .6, fill="none", stroke="#d8407a", stroke_width=2, opacity=.6)
        s.el("circle", cx=x, cy=y, r=r * .3, fill="none", stroke="#d8407a", stroke_width=2, opacity=.5)
    for _ in range(7):
        x, y = s.in_ellipse(400, 300, 160, 140)
        walnut(s, x, y, 26, s.u(0, 360))
    for _ in range(8):
        x, y = s.in_ellipse(400, 300, 175, 150)
        leaf(s, x, y, 58, 15, s.u(0, 360), "#3f8a2c", "#b9e08e")
    drizzle(s, zigzag(s, 290, 220, 520, 380, 30, 4), "#e0a01f", 5, .8)


def chop(s, x, y, ang):
    s.open(tf(x, y, ang))
    s.el("path", d="M40,-9L150,-7Q168,-16 172,-2Q168,14 150,7L40,9Z", fill=s.lin("#fbf3e2", "#d7c7a6"))
    blob(s, 0, 0, 62, 44, s.rad("#a85a30", "#5a2a12", cx=.45, cy=.4), n=9, jit=.08)
    blob(s, -2, -2, 40, 26, s.rad("#c2683a", "#8a3f1c"), n=8, jit=.08)
    s.el("path", d=blob_d(s, 0, 0, 64, 46, n=9, jit=.05), fill="none", stroke="#f0d7b0", stroke_width=4, opacity=.55)
    grill_marks(s, 60, 42, 60, 24, 7)
    s.close()


def d_lamb_chops(s):
    table_bg(s, "walnut")
    plate(s, 400, 300, 260, "slate")
    for x, y, a in ((300, 230, -30), (310, 320, -8), (330, 405, 15), (470, 260, 200)):
        chop(s, x, y, a)
    lemon_wedge(s, 530, 400, 60, 150)
    rosemary(s, 470, 150, 150, 20)
    herb_bits(s, 380, 300, 170, 150, 30, ("#6aa83a", "#b7d98a"))
    dots(s, scatter(s, 400, 300, 200, 180, 25), "#ffffff", 3.5, .8)


def d_ribeye(s):
    table_bg(s, "walnut")
    board(s, 400, 300, 640, 430, -4)
    s.open(tf(370, 300, -10))
    blob(s, 0, 0, 190, 128, "#e9d2a6", n=10, jit=.06)
    blob(s, 6, 4, 176, 116, s.rad("#9a4424", "#4e1c0a", cx=.45, cy=.42), n=10, jit=.06)
    blob(s, 20, 10, 60, 40, "#c9a27a", n=7, jit=.2, opacity=.35)
    grill_marks(s, 170, 110, 40, 44, 12, "#1e0a03", .8, cross=True)
    s.close()
    s.el("rect", x=300, y=240, width=66, height=50, rx=12, fill=s.lin("#fff2b0", "#f2cf5a"))
    blob(s, 340, 290, 60, 20, "#f6dc76", opacity=.5)
    herb_bits(s, 334, 262, 26, 20, 10)
    rosemary(s, 470, 420, 170, -20)
    for x, y in ((600, 180), (640, 215), (605, 240)):
        cherry_tomato(s, x, y, 26)
    dots(s, scatter(s, 370, 300, 150, 100, 30), "#ffffff", 4, .85)


def chicken_chunk(s, x, y, r):
    blob(s, x, y, r, r * .85, s.rad("#f6c46a", "#c27526", cx=.4, cy=.4), n=7, jit=.15)
    dashes(s, [(x - r * .5, y - r * .3, r * .5, r * .6), (x, y - r * .4, r * .5, r * .6)], "#4a1f08", 6, .6)


def skewer(s, x0, y0, x1, y1, pieces, r=30, onion=True):
    s.el("path", d="M%sL%s" % (pt(x0, y0), pt(x1, y1)), stroke="#c9995c", stroke_width=7, stroke_linecap="round", fill="none")
    for i in range(pieces):
        t = (i + .8) / (pieces + .6)
        x, y = x0 + (x1 - x0) * t, y0 + (y1 - y0) * t
        if onion and i % 3 == 2:
            s.el("ellipse", cx=x, cy=y, rx=r * .45, ry=r * .9, fill="#c76a9a", transform="rotate(-30 %s)" % pt(x, y))
            s.el("ellipse", cx=x, cy=y, rx=r * .3, ry=r * .7, fill="#f3d7e6", transform="rotate(-30 %s)" % pt(x, y))
        else:
            chicken_chunk(s, x, y, r)


def dollop(s, x, y, r, herb=True):
    blob(s, x, y, r, r * .85, s.rad("#ffffff", "#e8e3d6", cx=.45, cy=.4), n=8, jit=.14)
    s.el("path", d="M%sA%s,%s 0 1 1 %s" % (pt(x - r * .4, y), f(r * .4), f(r * .35), pt(x + r * .3, y + r * .2)),
         stroke="#dcd5c4", stroke_width=5, fill="none")
    if herb:
        dashes(s, [(px, py, 6, 3) for px, py in scatter(s, x, y, r * .7, r * .6, 10)], "#5e9a36", 3.5)


def d_souvlaki(s):
    table_bg(s, "walnut")
    plate(s, 400, 300, 262, "white")
    blob(s, 400, 320, 190, 150, s.rad("#f7dca6", "#d9a358", cx=.4, cy=.4), n=10, jit=.05)
    dots(s, scatter(s, 400, 320, 170, 130, 20), "#b8762f", 8, .35)
    skewer(s, 220, 380, 590, 170, 6, 33)
    skewer(s, 240, 440, 620, 240, 6, 33)
    dollop(s, 560, 400, 62)
    onion_rings(s, 270, 230, 30)
    onion_rings(s, 320, 200, 26)
    lemon_wedge(s, 190, 300, 50, -80)
    herb_bits(s, 420, 300, 170, 110, 24)


def d_gyros(s):
    table_bg(s, "walnut")
    plate(s, 400, 300, 262, "white")
    blob(s, 350, 300, 175, 165, s.rad("#f7dba4", "#d49a50", cx=.4, cy=.4), n=11, jit=.04)
    dots(s, scatter(s, 350, 300, 150, 140, 14), "#b8762f", 10, .35)
    pieces = []
    for _ in range(17):
        x, y = s.in_ellipse(345, 300, 100, 90)
        pieces.append((x, y, s.u(0, 180)))
    pieces.sort(key=lambda p: p[1])
    for x, y, a in pieces:
        s.open(tf(x, y, a))
        s.el("path", d="M-42,-16Q-10,-30 38,-18Q52,-4 40,14Q0,26 -40,16Q-54,0 -42,-16Z",
             fill=s.lin("#d08f4e", "#84421a", x1=0, y1=0, x2=1, y2=1))
        s.el("path", d="M-40,14Q0,24 40,12", stroke="#4a1e08", stroke_width=5, fill="none", opacity=.6)
        s.close()
    fries(s, 560, 230, 45, 70, 10, (60, 90))
    for x, y in ((470, 420), (530, 385)):
        cherry_tomato(s, x, y, 28, cut=True)
    dollop(s, 585, 420, 50)
    onion_rings(s, 250, 420, 26, "#f3eaf2")
    onion_rings(s, 300, 440, 22, "#f3eaf2")
    dots(s, scatter(s, 345, 300, 110, 100, 30), "#c4381f", 4, .7)
    herb_bits(s, 345, 300, 110, 100, 14)


def koobideh_log(s, x, y, L, ang):
    s.open(tf(x, y, ang))
    s.el("rect", x=-L / 2 - 70, y=-7, width=L + 140, height=14, rx=3, fill=s.lin("#e7ebee", "#8d969c"))
    s.el("rect", x=-L / 2, y=-27, width=L, height=54, rx=27, fill=s.lin("#b8683a", "#6a2e12"))
    segs = [(-L / 2 + 26 + k * 26, -24, s.u(-4, 4), 48) for k in range(int((L - 40) / 26))]
    dashes(s, segs, "#3e1806", 5, .45)
    s.el("path", d="M%sL%s" % (pt(-L / 2 + 24, -14), pt(L / 2 - 24, -14)), stroke="#e6a070", stroke_width=4,
         stroke_linecap="round", opacity=.45)
    s.close()


def d_koobideh(s):
    table_bg(s, "walnut")
    plate(s, 400, 300, 330, "white", ry=250)
    rice(s, 300, 300, 170, 150)
    s.el("rect", x=250, y=250, width=46, height=34, rx=8, fill="#fbe7a0", opacity=.95)
    koobideh_log(s, 455, 235, 330, -8)
    koobideh_log(s, 470, 325, 330, -8)
    grilled_tomato(s, 620, 420, 50)
    grilled_tomato(s, 540, 445, 42)
    dots(s, scatter(s, 470, 280, 150, 70, 20), "#7a1f2e", 4, .7)
    lemon_wedge(s, 210, 440, 46, -30, lime=True)


def d_joojeh(s):
    table_bg(s, "walnut")
    plate(s, 400, 300, 330, "white", ry=250)
    rice(s, 290, 250, 165, 120)
    dots(s, scatter(s, 290, 215, 80, 40, 22), "#b3122e", 8)   # barberries
    s.el("rect", x=-250, y=-7, width=500, height=14, rx=3, fill=s.lin("#e7ebee", "#8d969c"), transform=tf(440, 370, -12))
    for i in range(6):
        t = i / 5
        x, y = 275 + 330 * t, 405 - 70 * t
        blob(s, x, y, 44, 38, s.rad("#ffc44a", "#d9751a", cx=.4, cy=.4), n=7, jit=.14)
        dashes(s, [(x - 20, y - 16, 14, 28), (x + 4, y - 18, 14, 28)], "#5a2206", 7, .55)
        s.el("ellipse", cx=x - 12, cy=y - 16, rx=12, ry=6, fill="#fff2c0", opacity=.45)
    grilled_tomato(s, 560, 220, 52)
    lemon_wedge(s, 640, 330, 46, -100, lime=True)
    herb_bits(s, 440, 380, 170, 50, 16)


def d_kofta(s):
    table_bg(s, "walnut")
    plate(s, 400, 300, 262, "terracotta")
    blob(s, 390, 310, 195, 160, s.rad("#f6e0b0", "#ddb070"), n=10, jit=.06)
    dots(s, scatter(s, 390, 310, 170, 130, 16), "#bd8a4a", 12, .3)
    for x, y, a in ((370, 230, -15), (400, 310, -15), (430, 390, -15)):
        s.open(tf(x, y, a))
        s.el("rect", x=-112, y=-30, width=224, height=60, rx=30, fill="#3a1706", transform="translate(3,6)")
        s.el("rect", x=-112, y=-30, width=224, height=60, rx=30, fill=s.lin("#a25a30", "#5a2710"))
        dots(s, scatter(s, 0, 0, 95, 20, 20), "#4f8a2e", 4, .85)
        dashes(s, [(-70 + k * 46, -26, 16, 52) for k in range(4)], "#1e0a02", 8, .6)
        s.close()
    drizzle(s, zigzag(s, 300, 260, 520, 340, 22, 6), "#f3e9d2", 6, .95)
    bowl(s, 650, 440, 75, inner=("#f5efe3", "#d6c9b1"))
    blob(s, 650, 440, 54, 52, s.rad("#f6ecd4", "#e2cfa6"), n=8, jit=.04)
    s.el("path", d="M625,440Q650,420 675,445", stroke="#d9c49a", stroke_width=5, fill="none")
    for _ in range(10):
        x, y = s.in_ellipse(560, 200, 60, 40)
        a = s.u(0, 180)
        dashes(s, [(x, y, 30 * math.cos(math.radians(a)), 30 * math.sin(math.radians(a)))], "#c5688e", 6)
    dots(s, scatter(s, 560, 200, 60, 40, 20), "#7a1f2e", 4, .8)
    chilli(s, 220, 410, 90, -30)
    for k in range(5):
        leaf(s, 600 + s.u(-30, 30), 420 + s.u(-20, 20), 30, 14, s.u(0, 360), "#3f8a2c", "#c9eab0")


def d_sea_bream(s):
    table_bg(s, "walnut")
    plate(s, 400, 300, 345, "white", ry=240)
    s.open(tf(400, 300, -8))
    body = "M-230,0C-190,-95 60,-110 165,-22L238,-78Q226,0 238,78L165,22C60,110 -190,95 -230,0Z"
    s.el("path", d=body, fill="#000", opacity=.12, transform="translate(6,10)")
    s.el("path", d=body, fill=s.lin((0, "#6e6a60"), (.45, "#c9c1ae"), (.7, "#e9e2d0"), (1, "#cdbf9e")))
    s.el("path", d="M-120,-70Q20,-112 150,-34", stroke="#5a544a", stroke_width=6, fill="none", opacity=.5)
    s.el("path", d="M-70,-70Q-90,0 -70,70", stroke="#6e5a40", stroke_width=4, fill="none", opacity=.55)
    grill_marks(s, 200, 72, 60, 42, 11, "#3a1f0c", .65)
    s.el("path", d="M-160,-70Q-170,-45 -190,-20Q-200,20 -180,55", fill="none", stroke="#7a6a50", stroke_width=3, opacity=.4)
    s.el("circle", cx=-180, cy=-20, r=15, fill="#f4efe2")
    s.el("circle", cx=-180, cy=-20, r=8, fill="#1e1a16")
    s.el("path", d="M230,-70L238,0L230,70", stroke="#8a7a60", stroke_width=3, fill="none", opacity=.6)
    s.close()
    for x, y in ((300, 285), (380, 272), (460, 262)):
        lemon_slice(s, x, y, 34)
    herb_bits(s, 400, 300, 230, 70, 30)
    s.el("ellipse", cx=430, cy=420, rx=130, ry=26, fill="#d9b72a", opacity=.25)


def slab(s, cx, cy, w, d, h, top_fill, layers, score=None):
    """A portion in three-quarter view: the top face and a layered front face."""
    x0, x1 = cx - w / 2, cx + w / 2
    y0, y1 = cy - d / 2, cy + d / 2
    sk = d * .35
    s.el("polygon", points=" ".join(pt(*p) for p in ((x0, y1), (x1, y1), (x1 + 2, y1 + h), (x0 - 2, y1 + h))),
         fill=layers[0][1])
    y = y1
    for frac, col in layers:
        hh = h * frac
        s.el("rect", x=x0, y=y, width=w, height=hh, fill=col)
        y += hh
    s.el("polygon", points=" ".join(pt(*p) for p in ((x0 + sk, y0), (x1 + sk, y0), (x1, y1), (x0, y1))), fill=top_fill)
    s.el("polygon", points=" ".join(pt(*p) for p in ((x1 + sk, y0), (x1 + sk, y0 + h), (x1, y1 + h), (x1, y1))),
         fill="#000", opacity=.18)
    return (x0, y0, x1, y1, sk)


def d_moussaka(s):
    table_bg(s, "walnut")
    plate(s, 400, 330, 320, "white", ry=200)
    x0, y0, x1, y1, sk = slab(s, 380, 250, 280, 150, 110, s.lin("#f6d690", "#d99a48", x1=0, y1=0, x2=1, y2=1),
                              [(.22, "#e9c27a"), (.12, "#f6e6bd"), (.2, "#7a3a1c"), (.14, "#5a2742"), (.18, "#8a4222"),
                               (.14, "#e8cf8a")])
    for _ in range(16):
        x, y = x0 + sk * .5 + s.u(10, 260), y0 + s.u(10, 140)
        blob(s, x, y, s.u(8, 22), s.u(6, 14), "#a8602a", n=6, jit=.3, opacity=.55)
    dots(s, [(x0 + sk * .5 + s.u(0, 270), y0 + s.u(0, 145)) for _ in range(25)], "#8a5a2a", 3, .6)
    dashes(s, [(x0 + s.u(10, 260), y1 + s.u(25, 100), s.u(6, 14), 0) for _ in range(10)], "#3a1408", 4, .5)
    herb_bits(s, 420, 250, 60, 30, 10)
    for k in range(4):
        leaf(s, 590 + s.u(-20, 20), 400 + s.u(-10, 10), 40, 14, s.u(0, 360), "#4f9a36", "#c9eab0")


def d_kleftiko(s):
    table_bg(s, "walnut")
    plate(s, 400, 300, 300, "terracotta", ry=240)
    s.el("path", d=blob_d(s, 400, 300, 260, 200, n=14, jit=.1), fill=s.lin("#f5ead0", "#d9c49a", x1=0, y1=0, x2=1, y2=1),
         stroke="#c9b088", stroke_width=2)
    dashes(s, [(s.u(200, 560), s.u(140, 440), s.u(-40, 40), s.u(-40, 40)) for _ in range(10)], "#bfa57a", 2, .6)
    s.el("ellipse", cx=400, cy=300, rx=190, ry=140, fill="#8a5a30", opacity=.25)
    for _ in range(8):
        x, y = s.in_ellipse(400, 300, 170, 120)
        s.el("path", d=blob_d(s, x, y, 40, 26, n=6, jit=.15, rot=s.u(0, 180)), fill=s.rad("#f6cf6a", "#c7862e"))
    s.el("path", d="M340,250L470,225Q520,222 522,240L470,250Z", fill="#f1e5cc", stroke="#d3c29c", stroke_width=2)
    blob(s, 380, 300, 120, 88, s.rad("#a45a2e", "#4e220c", cx=.4, cy=.35), n=10, jit=.1)
    s.el("path", d="M300,280Q360,250 440,270M310,320Q380,300 450,320", stroke="#c98a5a", stroke_width=4, fill="none",
         opacity=.5)
    for x, y in ((250, 220), (530, 380)):
        s.el("ellipse", cx=x, cy=y, rx=15, ry=11, fill="#f7efd9", stroke="#d9c7a0", stroke_width=2)
    lemon_wedge(s, 530, 200, 46, -140)
    rosemary(s, 270, 390, 120, -20)
    dots(s, scatter(s, 390, 300, 160, 110, 20), "#4d6b2a", 3.5, .8)


def claypot(s, cx, cy, r):
    shadow(s, cx, cy, r * 1.2, r)
    for side in (-1, 1):
        s.el("rect", x=cx + side * r * 1.02 - 30, y=cy - 22, width=60, height=44, rx=18, fill=s.lin("#c8693c", "#8a3e1c"))
    s.el("circle", cx=cx, cy=cy, r=r, fill=s.rad((0, "#d87a45"), (.85, "#c0602f"), (1, "#7d3514")))
    s.el("circle", cx=cx, cy=cy, r=r * .88, fill="#6d2a10")


def d_prawns(s):
    table_bg(s, "walnut")
    for x, y, a in ((650, 160, 10), (670, 300, -5)):
        s.open(tf(x, y, a))
        s.el("rect", x=-70, y=-55, width=140, height=110, rx=40, fill=s.lin("#f0cf94", "#c78d45"))
        s.el("rect", x=-58, y=-43, width=116, height=86, rx=32, fill="#fbf0d6")
        dots(s, scatter(s, 0, 0, 50, 35, 12), "#e4d2a8", 6)
        s.close()
    claypot(s, 360, 310, 230)
    blob(s, 360, 310, 198, 196, s.rad("#e55133", "#a5230f", cx=.45, cy=.42), n=12, jit=.03)
    dots(s, scatter(s, 360, 310, 180, 180, 30), "#f59a6a", 7, .5)
    for i, (x, y, a) in enumerate(((290, 230, 20), (420, 225, 110), (450, 350, 200), (300, 380, -60), (360, 300, 60))):
        prawn(s, x, y, 44, a)
    for _ in range(9):
        x, y = s.in_ellipse(360, 310, 150, 150)
        s.el("path", d=blob_d(s, x, y, 22, 17, n=5, jit=.25), fill=s.rad("#ffffff", "#efe6cf"))
    herb_bits(s, 360, 310, 160, 160, 30)
    for _ in range(5):
        x, y = s.in_ellipse(360, 310, 150, 150)
        s.el("circle", cx=x, cy=y, r=9, fill="none", stroke="#2f8a2a", stroke_width=4)


def d_gemista(s):
    table_bg(s, "walnut")
    shadow(s, 400, 310, 330, 230)
    s.el("rect", x=70, y=80, width=660, height=460, rx=70, fill=s.lin("#d98a52", "#9a4a22", x1=0, y1=0, x2=1, y2=1))
    s.el("rect", x=100, y=110, width=600, height=400, rx=50, fill=s.rad("#b8522a", "#7a2c10"))
    for _ in range(9):
        x, y = s.in_ellipse(400, 310, 260, 170)
        s.el("path", d=blob_d(s, x, y, 40, 25, n=6, jit=.15, rot=s.u(0, 180)), fill=s.rad("#f6cf6a", "#c7862e"))
    veg = [(230, 220, "t"), (400, 210, "p"), (570, 230, "t"), (300, 390, "p2"), (480, 390, "t")]
    for x, y, k in veg:
        if k == "t":
            s.el("circle", cx=x, cy=y, r=82, fill=s.rad("#ff6a3d", "#b01e0c", cx=.4, cy=.38))
            s.el("ellipse", cx=x + 6, cy=y - 6, rx=56, ry=50, fill="#8a1608", opacity=.35)
            s.el("ellipse", cx=x - 2, cy=y - 12, rx=52, ry=46, fill=s.rad("#ff7a4a", "#c92e16", cx=.4, cy=.35))
            s.el("path", d="M%sl-12,-10M%sl12,-10M%sl0,-16" % (pt(x, y - 14), pt(x, y - 14), pt(x, y - 14)), stroke="#3e6b22",
                 stroke_width=5, stroke_linecap="round")
            s.el("ellipse", cx=x - 30, cy=y - 40, rx=16, ry=8, fill="#fff", opacity=.4)
        else:
            col = ("#5da23a", "#2f6a1c") if k == "p" else ("#f4c430", "#c98a12")
            blob(s, x, y, 88, 74, s.rad(col[0], col[1], cx=.4, cy=.38), n=8, jit=.1)
            s.el("ellipse", cx=x - 4, cy=y - 8, rx=58, ry=48, fill=s.rad(col[0], col[1], cx=.35, cy=.35), stroke="#000",
                 stroke_opacity=.15, stroke_width=3)
            s.el("path", d="M%sq6,-18 18,-22" % pt(x, y - 10), stroke="#4a7a22", stroke_width=9, stroke_linecap="round",
                 fill="none")
            s.el("ellipse", cx=x - 30, cy=y - 34, rx=18, ry=8, fill="#fff", opacity=.35)
    herb_bits(s, 400, 310, 270, 180, 30)


def d_fesenjan(s):
    table_bg(s, "walnut")
    plate(s, 215, 390, 175, "white")
    rice(s, 215, 390, 125, 110)
    bowl(s, 530, 260, 200, outer=("#3f6e9c", "#1f3f66"), inner=("#6e3a26", "#3a1a10"))
    blob(s, 530, 260, 160, 158, s.rad("#7a3a26", "#3b150c", cx=.42, cy=.4), n=12, jit=.03)
    for _ in range(6):
        x, y = s.in_ellipse(530, 260, 110, 110)
        blob(s, x, y, 42, 30, s.rad("#c98a58", "#7a4222"), n=7, jit=.18, rot=s.u(0, 180))
    dots(s, scatter(s, 530, 260, 140, 140, 30), "#a8744a", 6, .5)
    for _ in range(5):
        x, y = s.in_ellipse(530, 260, 120, 120)
        walnut(s, x, y, 16, s.u(0, 360))
    pomegranate_seeds(s, scatter(s, 530, 260, 130, 130, 22))
    s.el("ellipse", cx=490, cy=210, rx=60, ry=18, fill="#ffffff", opacity=.12)


def d_spanakopita(s):
    table_bg(s, "oak")
    plate(s, 400, 330, 320, "cream", ry=200)
    for (cx, cy, w) in ((300, 260, 210), (500, 300, 200)):
        x0, y0, x1, y1, sk = slab(s, cx, cy, w, 120, 80, s.lin("#f8d690", "#d38f3a", x1=0, y1=0, x2=1, y2=1),
                                  [(.2, "#e8b45a"), (.5, "#3f6a28"), (.1, "#f3efe2"), (.2, "#d9a04a")])
        dots(s, [(x0 + s.u(10, w - 10), y1 + s.u(20, 50)) for _ in range(14)], "#f7f3e6", 6, .9)
        d = ""
        for k in range(5):
            yy = y0 + 20 + k * 20
            xx = x0 + sk * (1 - (yy - y0) / (y1 - y0))
            d += "M%sq%s %s" % (pt(xx + 10, yy), pt(w * .25, -8), pt(w * .5, 0))
        s.el("path", d=d, stroke="#fff4d2", stroke_width=3, fill="none", opacity=.7)
        dots(s, [(x0 + sk * .5 + s.u(0, w), y0 + s.u(0, 110)) for _ in range(12)], "#a8602a", 6, .35)
    for k in range(6):
        leaf(s, 240 + s.u(-40, 40), 420 + s.u(-15, 15), 44, 16, s.u(0, 360), "#5aa83a", "#d0f0b0")
    lemon_wedge(s, 600, 430, 50, -20)


def d_fries(s):
    table_bg(s, "oak")
    shadow(s, 380, 300, 240, 230)
    s.el("circle", cx=380, cy=300, r=240, fill=s.rad((0, "#3a3f44"), (.9, "#4c5358"), (1, "#2a2e32")))
    s.el("polygon", points="190,120 560,95 590,470 215,505", fill=s.lin("#fbf6ea", "#e8dcc4"))
    dashes(s, [(200, 300, 380, -20), (380, 110, 20, 370)], "#d9cdb2", 2, .8)
    fries(s, 385, 295, 125, 115, 42, (80, 120))
    dots(s, scatter(s, 385, 295, 150, 140, 40), "#4f6b2a", 4, .85)
    dots(s, scatter(s, 385, 295, 150, 140, 30), "#ffffff", 3.5, .9)
    bowl(s, 650, 450, 80, inner=("#fff7df", "#e7d6a8"))
    blob(s, 650, 450, 56, 54, s.rad("#fff4cc", "#f0dc98"), n=8, jit=.05)


def d_saffron_rice(s):
    table_bg(s, "oak")
    plate(s, 400, 300, 262, "blue")
    rice(s, 380, 310, 165, 140, grains=90)
    s.el("rect", x=340, y=280, width=48, height=36, rx=9, fill="#fbe7a0", transform="rotate(-12 364 298)")
    for x, y in ((570, 215), (575, 385)):
        blob(s, x + 4, y + 8, 78, 58, "#6a3408", n=9, jit=.15, opacity=.5)
        blob(s, x, y, 78, 58, s.rad("#ffcf5a", "#c06a14", cx=.4, cy=.4), n=9, jit=.15)
        segs = [(px, py, s.u(-10, 10), s.u(-10, 10)) for px, py in scatter(s, x, y, 60, 42, 30)]
        dashes(s, segs, "#fff0a8", 4, .7)
        dashes(s, segs[::3], "#8a3e0a", 4, .5)


def pitta_round(s, x, y, r):
    blob(s, x + 3, y + 6, r, r * .95, "#6a3e16", n=10, jit=.04, opacity=.35)
    blob(s, x, y, r, r * .95, s.rad("#fbe6bb", "#d69a4e", cx=.45, cy=.42), n=10, jit=.04)
    dots(s, scatter(s, x, y, r * .8, r * .75, 12), "#b8762f", 14, .3)
    s.el("ellipse", cx=x, cy=y, rx=r * .9, ry=r * .85, fill="none", stroke="#c98a40", stroke_width=3, opacity=.5)


def d_pitta(s):
    table_bg(s, "oak")
    board(s, 380, 300, 600, 450, 4)
    pitta_round(s, 290, 250, 150)
    pitta_round(s, 330, 330, 150)
    for a in (-10, 45, 100):
        pitta_wedge(s, 470, 300, 170, a)
    pts = scatter(s, 330, 330, 110, 100, 40) + [(470 + r * math.cos(math.radians(a)), 300 + r * math.sin(math.radians(a)))
                                                 for r, a in ((s.u(40, 150), s.u(-5, 150)) for _ in range(30))]
    dots(s, pts, "#56662a", 5, .9)
    dots(s, pts[::2], "#f4ead0", 3.5)
    s.el("ellipse", cx=310, cy=300, rx=80, ry=30, fill="#e9c23a", opacity=.2)
    bowl(s, 650, 450, 80, outer=("#4f86bd", "#274d78"), inner=("#f5efe3", "#d6c9b1"))
    s.el("circle", cx=650, cy=450, r=60, fill=s.rad("#d6b32e", "#8a7012"))
    dots(s, scatter(s, 650, 450, 40, 40, 25), "#4f5a22", 4, .9)


def d_lemon_potatoes(s):
    table_bg(s, "oak")
    shadow(s, 400, 300, 320, 230)
    s.el("ellipse", cx=400, cy=300, rx=320, ry=230, fill=s.rad((0, "#ffffff"), (.85, "#eef0f3"), (1, "#2c5a8a")))
    s.el("ellipse", cx=400, cy=300, rx=295, ry=205, fill="none", stroke="#2c5a8a", stroke_width=6)
    s.el("ellipse", cx=400, cy=300, rx=270, ry=180, fill=s.rad("#d79a48", "#9a5a1c"))
    for _ in range(15):
        x, y = s.in_ellipse(400, 300, 200, 120)
        s.open(tf(x, y, s.u(0, 360)))
        s.el("path", d="M-64,-6L58,-30Q72,-20 66,-4L60,26Q0,36 -60,18Q-72,6 -64,-6Z", fill=s.rad("#ffe48a", "#d98a22", cx=.45, cy=.4, r=.6))
        s.el("path", d="M-60,18Q0,36 60,26", stroke="#8a4a12", stroke_width=7, fill="none", opacity=.7)
        s.el("path", d="M-50,-4L50,-24", stroke="#fff6c8", stroke_width=4, fill="none", opacity=.6)
        dots(s, [(s.u(-40, 40), s.u(-10, 14)) for _ in range(3)], "#b8621a", 7, .5)
        s.close()
    for x, y in ((300, 200), (520, 360)):
        lemon_slice(s, x, y, 34)
    for x, y in ((470, 200), (280, 380)):
        s.el("ellipse", cx=x, cy=y, rx=15, ry=11, fill="#f7efd9", stroke="#d9c7a0", stroke_width=2)
    dots(s, scatter(s, 400, 300, 220, 140, 40), "#4d6b2a", 4, .85)


def d_grilled_veg(s):
    table_bg(s, "oak")
    plate(s, 400, 300, 330, "sage", ry=240)
    for x, y, a in ((260, 230, -30), (330, 200, -30), (520, 390, -30)):     # courgette
        s.open(tf(x, y, a))
        s.el("ellipse", cx=0, cy=0, rx=95, ry=30, fill="#2f6a1c")
        s.el("ellipse", cx=0, cy=0, rx=88, ry=24, fill=s.rad("#e6f0b0", "#b9d27a"))
        grill_marks(s, 88, 24, 80, 26, 6, "#2b1a08", .6, cross=False)
        s.close()
    for x, y, a in ((460, 200, 0), (560, 260, 20)):                          # aubergine
        s.el("circle", cx=x, cy=y, r=58, fill="#3a1838")
        s.el("circle", cx=x, cy=y, r=52, fill=s.rad("#f0e0b8", "#c9a86c"))
        s.open(tf(x, y, 30))
        grill_marks(s, 52, 52, 0, 24, 7, "#2b1a08", .6)
        s.close()
    for x, y, a, c in ((270, 360, 20, "#d8281a"), (360, 400, -10, "#f4b81a"), (420, 300, 40, "#d8281a"),
                       (330, 300, 70, "#f4b81a")):                          # peppers
        s.open(tf(x, y, a))
        s.el("path", d="M-70,-12Q0,-34 70,-12L66,12Q0,-8 -66,12Z", fill=c)
        s.el("path", d="M-40,-14L-30,10M0,-22L6,4M36,-16L42,8", stroke="#2b1a08", stroke_width=6, opacity=.55)
        s.close()
    for x, y in ((600, 380), (210, 300)):
        onion_rings(s, x, y, 36, "#9a3a72", 3)
    herb_bits(s, 400, 300, 250, 170, 30)


def d_horta(s):
    table_bg(s, "oak")
    bowl(s, 390, 300, 250)
    blob(s, 390, 300, 190, 180, s.rad("#3f6a28", "#1f3f14"), n=12, jit=.05)
    for _ in range(32):
        x, y = s.in_ellipse(390, 300, 160, 150)
        leaf(s, x, y, s.u(50, 80), s.u(14, 22), s.u(0, 360), s.lin("#4f8a30", "#2b5a1c"), "#9ac870", .4)
    s.el("path", d="".join("M%sq%s %s" % (pt(*s.in_ellipse(390, 300, 150, 140)), pt(s.u(-30, 30), s.u(-30, 30)),
                                          pt(s.u(-60, 60), s.u(-60, 60))) for _ in range(12)),
         stroke="#7aa64a", stroke_width=3, fill="none", opacity=.8)
    for _ in range(6):
        x, y = s.in_ellipse(390, 300, 140, 130)
        s.el("ellipse", cx=x, cy=y, rx=s.u(12, 24), ry=s.u(6, 10), fill="#e6d24a", opacity=.35)
    lemon_wedge(s, 640, 430, 60, -30)


def d_baklava(s):
    table_bg(s, "terrazzo")
    plate(s, 400, 300, 262, "white")
    pieces = [(330, 215), (470, 215), (260, 310), (400, 310), (540, 310), (330, 405), (470, 405)]
    for x, y in pieces:
        s.el("polygon", points="%s %s %s %s" % (pt(x, y - 58), pt(x + 72, y + 4), pt(x, y + 66), pt(x - 72, y + 4)),
             fill="#9a5a18")
        s.el("polygon", points="%s %s %s %s" % (pt(x, y - 62), pt(x + 70, y - 2), pt(x, y + 58), pt(x - 70, y - 2)),
             fill=s.lin("#f6cf78", "#c98427", x1=0, y1=0, x2=1, y2=1))
        dashes(s, [(x - 45, y - 12, 45, -36), (x - 25, y + 16, 45, -36), (x - 5, y + 38, 40, -32)], "#fbe3a6", 2.5, .8)
        pistachio_dust(s, x, y - 2, 18, 14, 14)
        s.el("ellipse", cx=x - 18, cy=y - 22, rx=16, ry=6, fill="#fff", opacity=.35,
             transform="rotate(-38 %s)" % pt(x - 18, y - 22))
    pistachio_dust(s, 400, 300, 175, 170, 24)


def d_galaktoboureko(s):
    table_bg(s, "terrazzo")
    plate(s, 400, 330, 310, "white", ry=200)
    s.el("ellipse", cx=420, cy=390, rx=200, ry=45, fill="#e9b13a", opacity=.35)
    x0, y0, x1, y1, sk = slab(s, 380, 270, 280, 150, 100, s.lin("#f8d37e", "#cf8a2c", x1=0, y1=0, x2=1, y2=1),
                              [(.12, "#d9962e"), (.06, "#f3c870"), (.7, "#fbeab0"), (.12, "#cf8a2c")])
    d = ""
    for k in range(6):
        xa = x0 + 30 + k * 46
        d += "M%sL%s" % (pt(xa + sk, y0 + 6), pt(xa, y1 - 6))
    s.el("path", d=d, stroke="#a86418", stroke_width=3, fill="none", opacity=.55)
    s.el("path", d="M%sL%s" % (pt(x0 + sk + 10, y0 + 40), pt(x1 + sk - 20, y0 + 40)), stroke="#fff0c4", stroke_width=4,
         opacity=.6)
    dots(s, [(x0 + sk * .6 + s.u(0, 260), y0 + s.u(5, 140)) for _ in range(30)], "#8a4a1a", 4, .5)
    dots(s, [(x0 + s.u(5, 275), y1 + s.u(20, 80)) for _ in range(12)], "#f3d890", 6, .7)
    drizzle(s, [(560, 420), (600, 380), (640, 420), (660, 450), (620, 460)], "#f6d54a", 5)


def d_yogurt(s):
    table_bg(s, "terrazzo")
    bowl(s, 400, 300, 250, outer=("#cf7b45", "#8f4420"), inner=("#fbfaf6", "#d9d3c8"))
    blob(s, 400, 300, 192, 188, s.rad("#ffffff", "#eee8da", cx=.45, cy=.42), n=12, jit=.02)
    d = ""
    for r in (150, 110, 70):
        d += "M%sA%s,%s 0 1 1 %s" % (pt(400 + r, 300), f(r), f(r * .95), pt(400 + r * math.cos(4.9), 300 + r * math.sin(4.9)))
    s.el("path", d=d, stroke="#e4ddcd", stroke_width=12, fill="none", stroke_linecap="round")
    blob(s, 405, 295, 120, 95, s.rad((0, "#fbd35a"), (1, "#d98c12", .9)), n=9, jit=.22, opacity=.85)
    drizzle(s, [(240, 260), (300, 200), (380, 230), (460, 260), (540, 220)], "#e39a12", 10, .8)
    drizzle(s, [(260, 390), (330, 420), (420, 380), (500, 350), (560, 380)], "#e39a12", 8, .8)
    for x, y, a in ((360, 265, 20), (455, 250, 80), (480, 345, 150), (375, 355, -40), (290, 310, 60), (420, 305, 10)):
        walnut(s, x, y, 34, a)
    s.el("ellipse", cx=380, cy=250, rx=40, ry=12, fill="#fff7cc", opacity=.6)


def d_bastani(s):
    table_bg(s, "terrazzo")
    bowl(s, 400, 300, 240, outer=("#8fb4c8", "#4d7a94"), inner=("#f5f3ee", "#d5cfc3"))
    for x, y in ((330, 250), (470, 260), (400, 370)):
        s.el("circle", cx=x + 5, cy=y + 8, r=88, fill="#000", opacity=.1)
        s.el("circle", cx=x, cy=y, r=88, fill=s.rad("#ffe680", "#e6a92a", cx=.42, cy=.38))
        s.el("path", d="M%sq30,-40 80,-30M%sq40,-20 90,10" % (pt(x - 60, y), pt(x - 50, y + 40)), stroke="#d8961a",
             stroke_width=4, fill="none", opacity=.45)
        s.el("ellipse", cx=x - 30, cy=y - 38, rx=24, ry=11, fill="#fff", opacity=.45)
    for x, y in ((400, 290), (345, 330)):
        blob(s, x, y, 26, 16, s.rad("#ffffff", "#f2ead0"), n=6, jit=.25)
    pistachio_dust(s, 400, 300, 130, 120, 36)
    for _ in range(8):
        x, y = s.in_ellipse(400, 300, 150, 140)
        s.el("ellipse", cx=x, cy=y, rx=12, ry=7, fill="#d9436b", transform="rotate(%s %s)" % (f(s.u(0, 180)), pt(x, y)))


def d_knafeh(s):
    table_bg(s, "terrazzo")
    plate(s, 400, 300, 265, "white")
    s.el("circle", cx=400, cy=300, r=200, fill="#a8470e")
    s.el("circle", cx=400, cy=300, r=192, fill=s.rad("#ffae4a", "#d8601a", cx=.45, cy=.42))
    segs = []
    for _ in range(140):
        x, y = s.in_ellipse(400, 300, 180, 180)
        a = s.u(0, 2 * math.pi)
        segs.append((x, y, 16 * math.cos(a), 16 * math.sin(a)))
    dashes(s, segs[:70], "#b8500f", 3, .55)
    dashes(s, segs[70:], "#ffd08a", 2.5, .6)
    pistachio_dust(s, 400, 300, 90, 90, 60)
    s.el("ellipse", cx=350, cy=230, rx=70, ry=20, fill="#fff", opacity=.2)


def d_loukoumades(s):
    table_bg(s, "terrazzo")
    plate(s, 400, 300, 262, "blue")
    blob(s, 390, 320, 190, 160, "#e5a21c", n=10, jit=.12, opacity=.45)
    balls = [(330, 230), (440, 220), (280, 320), (390, 310), (500, 310), (340, 400), (450, 400), (395, 230), (340, 310)]
    for x, y in balls:
        s.el("circle", cx=x + 4, cy=y + 8, r=50, fill="#000", opacity=.12)
        s.el("circle", cx=x, cy=y, r=50, fill=s.rad("#ffd98a", "#c9781a", cx=.4, cy=.36))
        s.el("ellipse", cx=x - 16, cy=y - 20, rx=16, ry=8, fill="#fff", opacity=.5)
    drizzle(s, [(260, 220), (330, 180), (400, 260), (470, 200), (540, 280)], "#d98a0c", 14, .75)
    drizzle(s, [(250, 330), (330, 280), (400, 360), (470, 300), (540, 380)], "#d98a0c", 14, .75)
    drizzle(s, [(260, 216), (330, 176), (400, 256), (470, 196), (540, 276)], "#ffd66a", 4, .8)
    drizzle(s, [(250, 326), (330, 276), (400, 356), (470, 296), (540, 376)], "#ffd66a", 4, .8)
    dots(s, scatter(s, 390, 310, 170, 150, 60), "#7a3a12", 4, .6)
    for _ in range(8):
        x, y = s.in_ellipse(390, 310, 150, 130)
        walnut(s, x, y, 11, s.u(0, 360))


def d_greek_coffee(s):
    table_bg(s, "walnut")
    # glass of water, seen from above
    s.el("circle", cx=600, cy=210, r=100, fill=s.rad((0, "#000", .25), (.8, "#000", .15), (1, "#000", 0)), transform="translate(8,12)")
    s.el("circle", cx=600, cy=210, r=92, fill="#cfe7f0", fill_opacity=.35, stroke="#ffffff", stroke_width=4, stroke_opacity=.8)
    s.el("circle", cx=600, cy=210, r=72, fill="#e7f6fb", fill_opacity=.3, stroke="#ffffff", stroke_opacity=.4, stroke_width=2)
    s.el("path", d="M540,170A70,70 0 0 1 600,140", stroke="#fff", stroke_width=6, fill="none", opacity=.7)
    cup_top(s, 340, 330, 120, "#4a2a14", s.rad("#d6a76a", "#9a6630", cx=.45, cy=.45), band="#2c5a8a", handle_ang=-20)
    pts = [s.in_ellipse(340, 330, 80, 80) for _ in range(26)]
    s.el("path", d="".join("M%sa4,4 0 1 0 .1,0" % pt(x, y) for x, y in pts), fill="none", stroke="#f1d2a0",
         stroke_width=2, opacity=.8)
    dots(s, scatter(s, 340, 330, 85, 85, 20), "#7a4a1c", 4, .5)
    # a piece of loukoumi
    s.el("rect", x=540, y=400, width=64, height=58, rx=10, fill=s.lin("#ffffff", "#f0d8e4"), transform="rotate(14 572 429)")
    dots(s, scatter(s, 572, 429, 30, 26, 14), "#ffffff", 5)


def d_cappuccino(s):
    table_bg(s, "oak")
    cup_top(s, 390, 300, 150, "#6a3a1a", s.rad("#f6ead6", "#c9935a", cx=.5, cy=.5))
    s.el("path", d="M390,378C300,320 320,222 382,252L390,262L398,252C460,222 480,320 390,378Z",
         fill="#fbf4e6", transform="translate(0,-20)")
    s.el("path", d="M390,360C340,322 350,262 390,282C430,262 440,322 390,360Z", fill="#c99a64", opacity=.6,
         transform="translate(0,-20)")
    dots(s, scatter(s, 390, 300, 110, 110, 40), "#6a3a1a", 3.5, .55)
    s.el("path", d="M600,470L690,400", stroke="#b9c0c6", stroke_width=9, stroke_linecap="round")
    s.el("ellipse", cx=588, cy=480, rx=24, ry=16, fill=s.lin("#eef1f3", "#9aa3a9"), transform="rotate(-38 588 480)")


def tulip_glass(s, cx, base, h, tea=("#d9621c", "#7a2206"), k=1.0):
    top = base - h
    shadow(s, cx, base, 150, 34, dx=8, dy=6)
    s.el("ellipse", cx=cx, cy=base, rx=150, ry=36, fill=s.rad((0, "#ffffff"), (.8, "#f1eee8"), (1, "#c9c3b8")))
    s.el("ellipse", cx=cx, cy=base - 4, rx=96, ry=22, fill="none", stroke="#c9a23a", stroke_width=3)
    ly = top + 28
    tea_d = "M%sC%s %s %sC%s %s %sL%sC%s %s %sC%s %s %sZ" % (
        pt(cx - 61 * k, ly), pt(cx - 60 * k, top + h * .3), pt(cx - 30 * k, top + h * .45), pt(cx - 34 * k, top + h * .6),
        pt(cx - 38 * k, top + h * .78), pt(cx - 62 * k, top + h * .9), pt(cx - 50 * k, base - 8),
        pt(cx + 50 * k, base - 8),
        pt(cx + 62 * k, top + h * .9), pt(cx + 38 * k, top + h * .78), pt(cx + 34 * k, top + h * .6),
        pt(cx + 30 * k, top + h * .45), pt(cx + 60 * k, top + h * .3), pt(cx + 61 * k, ly))
    body = "M%sC%s %s %sC%s %s %sL%sC%s %s %sC%s %s %sZ" % (
        pt(cx - 62 * k, top), pt(cx - 60 * k, top + h * .3), pt(cx - 30 * k, top + h * .45), pt(cx - 34 * k, top + h * .6),
        pt(cx - 38 * k, top + h * .78), pt(cx - 62 * k, top + h * .9), pt(cx - 50 * k, base - 8),
        pt(cx + 50 * k, base - 8),
        pt(cx + 62 * k, top + h * .9), pt(cx + 38 * k, top + h * .78), pt(cx + 34 * k, top + h * .6),
        pt(cx + 30 * k, top + h * .45), pt(cx + 60 * k, top + h * .3), pt(cx + 62 * k, top))
    s.el("path", d=tea_d, fill=s.lin(*tea))
    s.el("ellipse", cx=cx, cy=ly, rx=58 * k, ry=10 * k, fill="#e07a2c")
    s.el("path", d=body, fill="#ffffff", fill_opacity=.12, stroke="#ffffff", stroke_opacity=.75, stroke_width=3)
    s.el("ellipse", cx=cx, cy=top, rx=62 * k, ry=11 * k, fill="none", stroke="#ffffff", stroke_width=3, opacity=.85)
    s.el("path", d="M%sC%s %s %s" % (pt(cx - 46 * k, top + 20), pt(cx - 44 * k, top + h * .3), pt(cx - 22 * k, top + h * .45),
                                      pt(cx - 24 * k, top + h * .58)),
         stroke="#ffffff", stroke_width=8, stroke_linecap="round", fill="none", opacity=.45)
    return top


def d_persian_tea(s):
    table_bg(s, "oak")
    tulip_glass(s, 350, 500, 330, k=1.5)
    # nabat (saffron rock candy on a stick)
    s.el("path", d="M560,470L640,150", stroke="#c9995c", stroke_width=6, stroke_linecap="round")
    for k in range(9):
        u = .04 + k * .05
        x, y = 640 - 80 * u, 150 + 320 * u
        s.el("polygon", points="%s %s %s %s" % (pt(x - 16, y), pt(x, y - 18), pt(x + 18, y), pt(x, y + 16)),
             fill=s.lin("#ffe27a", "#e89a1a"), opacity=.95)
        s.el("polygon", points="%s %s %s" % (pt(x - 6, y - 2), pt(x, y - 12), pt(x + 6, y - 2)), fill="#fff6c8", opacity=.8)
    for x, y in ((150, 470), (185, 490), (130, 505)):
        s.el("ellipse", cx=x, cy=y, rx=16, ry=9, fill="#d9436b", transform="rotate(25 %s)" % pt(x, y))
    dots(s, [(170, 440), (200, 455)], "#4a7a2a", 6)


def d_mint_tea(s):
    table_bg(s, "oak")
    top, e = glass_tumbler(s, 380, 500, 230, 190, 330, s.lin("#e0d26a", "#a89a24"), level=.85,
                           surface="#eadf8a", tint="#fff4c8")
    for k in range(5):
        leaf(s, 330 + k * 24, 320 + (k % 2) * 60, 44, 16, 60 + k * 50, "#4f9a36", "#c9eab0")
    s.el("path", d="M%sL%s" % (pt(380, top + 260), pt(420, top - 80)), stroke="#5d8f3a", stroke_width=5)
    for k in range(4):
        leaf(s, 410 - k * 6, top - 70 + k * 30, 58, 22, -160 + (k % 2) * 140, s.lin("#7ccf5a", "#3f9a35"), "#d9f5c5")
    s.el("ellipse", cx=380, cy=top, rx=115, ry=e, fill="none", stroke="#d9b23a", stroke_width=5)
    for x, y in ((620, 480), (655, 500)):
        s.el("rect", x=x - 20, y=y - 20, width=40, height=40, rx=5, fill="#ffffff", stroke="#e3ddd0", stroke_width=2)


def d_sahlab(s):
    table_bg(s, "walnut")
    cup_top(s, 390, 300, 170, "#efe6d6", s.rad("#fffaf0", "#eadcc2", cx=.5, cy=.5), saucer=False, band="#3f6e9c",
            handle_ang=10)
    s.el("path", d="M%sA80,80 0 1 1 %s" % (pt(470, 300), pt(390 + 80 * math.cos(5.4), 300 + 80 * math.sin(5.4))),
         stroke="#a8642a", stroke_width=16, fill="none", opacity=.45, stroke_linecap="round")
    dots(s, scatter(s, 390, 300, 120, 120, 40), "#9a5a24", 4, .6)
    dashes(s, [(x, y, s.u(-10, 10), s.u(-10, 10)) for x, y in scatter(s, 390, 300, 110, 110, 25)], "#ffffff", 4)
    pistachio_dust(s, 390, 300, 50, 50, 30)
    for x, y in ((620, 470), (650, 500), (600, 510)):
        s.el("ellipse", cx=x, cy=y, rx=14, ry=8, fill="#d9436b", transform="rotate(25 %s)" % pt(x, y))


def d_lemonade(s):
    table_bg(s, "slate")
    lemon_slice(s, 640, 470, 60)
    top, e = glass_tumbler(s, 380, 520, 230, 180, 420, s.lin("#f2f0a0", "#c9d85a"), level=.88,
                           surface="#f6f4c0", ice=6, tint="#f4ffe8")
    for k in range(8):
        leaf(s, 320 + k * 18, top + 60 + (k % 3) * 70, 40, 14, k * 70, "#4f9a36", "#c9eab0")
    straw(s, 430, top + 120, 480, top - 70, "#2e9f6a")
    mint_sprig(s, 350, top + 20, 1.1, -15)
    s.open(tf(470, top, 0))
    s.el("path", d="M-52,0A52,52 0 0 1 52,0Z", fill="#f5c71a")
    s.el("path", d="M-44,0A44,44 0 0 1 44,0Z", fill="#fde77c")
    dashes(s, [(0, 0, 42 * math.cos(a), -42 * math.sin(a)) for a in (0.5, 1.05, 1.57, 2.1, 2.65)], "#fff6cf", 3)
    s.close()


def d_freddo(s):
    table_bg(s, "slate")
    top, e = glass_tumbler(s, 400, 520, 230, 180, 420, s.lin((0, "#8a5224"), (1, "#3a1a08")), level=.7,
                           surface="#7a4420", ice=5, tint="#ffffff")
    fy = 520 - 420 * .7
    s.el("path", d="M%sL%sL%sL%sZ" % (pt(400 - 104, fy), pt(400 + 104, fy), pt(400 + 110, top + 14), pt(400 - 110, top + 14)),
         fill=s.lin("#fbf3e4", "#e7d2b0"))
    s.el("ellipse", cx=400, cy=top + 14, rx=110, ry=e * .9, fill="#fffaf0")
    dots(s, scatter(s, 400, top + 14, 90, 16, 20), "#c9935a", 4, .7)
    s.el("path", d="M%sL%s" % (pt(400 - 80, top + 40), pt(400 - 80, fy + 40)), stroke="#fff", stroke_width=9,
         opacity=.3, stroke_linecap="round")
    straw(s, 440, top + 60, 500, top - 80, "#1e1e1e")
    for x, y in ((640, 480), (600, 500), (660, 510)):
        s.el("ellipse", cx=x, cy=y, rx=12, ry=8, fill=s.rad("#7a4a24", "#3a1a08"), transform="rotate(30 %s)" % pt(x, y))


def d_doogh(s):
    table_bg(s, "slate")
    top, e = glass_tumbler(s, 390, 520, 220, 175, 410, s.lin("#fbfaf4", "#e6e2d4"), level=.86, surface="#ffffff",
                           tint="#ffffff")
    dots(s, [(390 + s.u(-85, 85), s.u(top + 40, 500)) for _ in range(40)], "#6b7a3a", 3.5, .8)
    bubbles(s, 390, top + 40, 500, 170, 18, "#d6d2c4", .9)
    mint_sprig(s, 410, top + 20, 1.3, 10)
    s.el("path", d="M%sL%s" % (pt(390 - 60, top + 50), pt(390 - 50, 480)), stroke="#ffffff", stroke_width=8, opacity=.6,
         stroke_linecap="round")
    bowl(s, 640, 470, 60, inner=("#f5efe3", "#d6c9b1"))
    dots(s, scatter(s, 640, 470, 40, 40, 30), "#6b7a3a", 4.5)


def d_pomegranate(s):
    table_bg(s, "slate")
    # half a pomegranate on the table
    s.el("circle", cx=640, cy=465, r=88, fill=s.rad((0, "#000", .35), (1, "#000", 0)), transform="translate(8,10)")
    s.el("circle", cx=640, cy=465, r=82, fill="#a01a28")
    s.el("circle", cx=640, cy=465, r=72, fill="#f4d9b0")
    pomegranate_seeds(s, scatter(s, 640, 465, 62, 62, 45), 6)
    top, e = glass_tumbler(s, 360, 520, 230, 185, 420, s.lin((0, "#d0203a"), (1, "#6a0716")), level=.86,
                           surface="#e0384e", ice=4, tint="#ffe8ec")
    straw(s, 400, top + 120, 450, top - 70, "#f2efe8")
    pomegranate_seeds(s, [(330, top + 30), (352, top + 22), (372, top + 34)], 7)
    mint_sprig(s, 300, top + 16, .9, -25)


def bottle(s, cx, base, h, w, color=("#3a8a5a", "#15402a")):
    top = base - h
    shadow(s, cx, base, w * .6, 14, dx=10, dy=2, strength=.45)
    d = "M%sL%sQ%s %sL%sL%sL%sL%sQ%s %sL%sQ%s %sZ" % (
        pt(cx - w / 2, base - 10), pt(cx - w / 2, top + h * .45), pt(cx - w / 2, top + h * .3), pt(cx - 16, top + h * .2),
        pt(cx - 16, top + 20), pt(cx + 16, top + 20), pt(cx + 16, top + h * .2), pt(cx + w / 2, top + h * .45),
        pt(cx + w / 2, top + h * .3), pt(cx + w / 2, top + h * .45), pt(cx + w / 2, base - 10), pt(cx, base + 6),
        pt(cx - w / 2, base - 10))
    s.el("path", d=d, fill=s.lin(color[0], color[1], x1=0, y1=0, x2=1, y2=0), fill_opacity=.9)
    s.el("rect", x=cx - 19, y=top, width=38, height=26, rx=5, fill=s.lin("#e8ecef", "#9aa3a9"))
    s.el("rect", x=cx - w / 2 + 4, y=top + h * .5, width=w - 8, height=h * .28, fill="#f3efe4")
    s.el("rect", x=cx - w / 2 + 4, y=top + h * .56, width=w - 8, height=h * .06, fill="#2c5a8a")
    s.el("path", d="M%sL%s" % (pt(cx - w / 2 + 14, top + h * .38), pt(cx - w / 2 + 14, base - 30)), stroke="#fff",
         stroke_width=8, opacity=.3, stroke_linecap="round")


def d_sparkling(s):
    table_bg(s, "slate")
    bottle(s, 590, 520, 440, 120)
    top, e = glass_tumbler(s, 330, 520, 220, 180, 330, s.lin("#d8f0f6", "#a8d2e0"), level=.8, surface="#e8f8fb",
                           ice=3, tint="#e8f8ff")
    bubbles(s, 330, top + 70, 500, 160, 34)
    lemon_slice(s, 330, top + 60, 50)


def d_wine(s):
    table_bg(s, "slate")
    for x, y in ((600, 440), (635, 445), (618, 475), (652, 478), (585, 475), (635, 508), (600, 505), (670, 450)):
        s.el("circle", cx=x, cy=y, r=22, fill=s.rad("#8a4a9a", "#3a1440", cx=.38, cy=.35))
        s.el("ellipse", cx=x - 7, cy=y - 8, rx=6, ry=3.5, fill="#fff", opacity=.45)
    s.el("path", d="M620,420Q630,395 655,390", stroke="#6b5a33", stroke_width=5, fill="none")
    leaf(s, 650, 392, 60, 26, -30, "#5a8a3a", "#c9eab0")
    cx, top, w, h = 360, 110, 230, 230
    shadow(s, cx, 530, 100, 20, dx=10, dy=2, strength=.45)
    s.el("ellipse", cx=cx, cy=528, rx=95, ry=20, fill="#ffffff", fill_opacity=.25, stroke="#ffffff", stroke_opacity=.6,
         stroke_width=3)
    s.el("rect", x=cx - 6, y=top + h - 6, width=12, height=528 - top - h, fill="#ffffff", opacity=.35)
    bowl_d = "M%sC%s %s %sC%s %s %sZ" % (pt(cx - w / 2, top), pt(cx - w / 2 - 6, top + h * .8), pt(cx - w * .25, top + h),
                                          pt(cx, top + h), pt(cx + w * .25, top + h), pt(cx + w / 2 + 6, top + h * .8),
                                          pt(cx + w / 2, top))
    ly = top + h * .42
    wine = "M%sC%s %s %sC%s %s %sZ" % (pt(cx - w / 2 + 4, ly), pt(cx - w / 2 + 2, top + h * .85), pt(cx - w * .25, top + h - 6),
                                        pt(cx, top + h - 6), pt(cx + w * .25, top + h - 6), pt(cx + w / 2 - 2, top + h * .85),
                                        pt(cx + w / 2 - 4, ly))
    s.el("path", d=wine, fill=s.lin("#a01c3a", "#4a0414"))
    s.el("ellipse", cx=cx, cy=ly, rx=w / 2 - 4, ry=16, fill="#b42a48")
    s.el("path", d=bowl_d, fill="#ffffff", fill_opacity=.12, stroke="#ffffff", stroke_opacity=.65, stroke_width=3)
    s.el("ellipse", cx=cx, cy=top, rx=w / 2, ry=18, fill="none", stroke="#ffffff", stroke_width=3, opacity=.8)
    s.el("path", d="M%sC%s %s %s" % (pt(cx - w / 2 + 22, top + 30), pt(cx - w / 2 + 18, top + h * .6), pt(cx - w * .3, top + h * .8),
                                      pt(cx - w * .18, top + h * .88)),
         stroke="#ffffff", stroke_width=9, stroke_linecap="round", fill="none", opacity=.4)


def d_lager(s):
    table_bg(s, "slate")
    s.el("ellipse", cx=380, cy=520, rx=150, ry=38, fill="#2c5a8a")
    s.el("ellipse", cx=380, cy=516, rx=138, ry=32, fill="#f3efe4")
    top, e = glass_tumbler(s, 380, 520, 240, 185, 430, s.lin("#ffd24a", "#d9870f"), level=.8, surface="#ffe080",
                           tint="#fff8e0")
    fy = 520 - 430 * .8
    s.el("path", d="M%sL%sL%sL%sZ" % (pt(380 - 112, fy), pt(380 + 112, fy), pt(380 + 118, top + 4), pt(380 - 118, top + 4)),
         fill="#fffaf0")
    blob(s, 380, top + 2, 124, 26, "#ffffff", n=10, jit=.12)
    dots(s, scatter(s, 380, fy - 30, 100, 20, 20), "#f1e6cc", 6, .7)
    bubbles(s, 380, fy + 30, 500, 150, 30, "#fff3c0", .8)
    s.el("path", d="M%sL%s" % (pt(380 - 90, fy + 20), pt(380 - 80, 490)), stroke="#fff", stroke_width=10, opacity=.35,
         stroke_linecap="round")


DISHES = {
    "hummus": lambda s: d_hummus(s, "hummus"),
    "baba-ganoush": lambda s: d_hummus(s, "baba-ganoush"),
    "tzatziki": lambda s: d_hummus(s, "tzatziki"),
    "grilled-halloumi": d_halloumi,
    "falafel": d_falafel,
    "fried-calamari": d_calamari,
    "dolmades": d_dolmades,
    "horiatiki": d_horiatiki,
    "fattoush": d_fattoush,
    "tabbouleh": d_tabbouleh,
    "shirazi-salad": d_shirazi,
    "beetroot-salad": d_beetroot,
    "lamb-chops": d_lamb_chops,
    "ribeye-steak": d_ribeye,
    "chicken-souvlaki": d_souvlaki,
    "pork-gyros": d_gyros,
    "koobideh": d_koobideh,
    "joojeh-kabab": d_joojeh,
    "lamb-kofta": d_kofta,
    "grilled-sea-bream": d_sea_bream,
    "moussaka": d_moussaka,
    "lamb-kleftiko": d_kleftiko,
    "prawn-saganaki": d_prawns,
    "gemista": d_gemista,
    "fesenjan": d_fesenjan,
    "spanakopita": d_spanakopita,
    "hand-cut-fries": d_fries,
    "saffron-rice": d_saffron_rice,
    "warm-pitta": d_pitta,
    "lemon-potatoes": d_lemon_potatoes,
    "grilled-vegetables": d_grilled_veg,
    "horta": d_horta,
    "baklava": d_baklava,
    "galaktoboureko": d_galaktoboureko,
    "yogurt-honey": d_yogurt,
    "bastani": d_bastani,
    "knafeh": d_knafeh,
    "loukoumades": d_loukoumades,
    "greek-coffee": d_greek_coffee,
    "cappuccino": d_cappuccino,
    "persian-tea": d_persian_tea,
    "fresh-mint-tea": d_mint_tea,
    "sahlab": d_sahlab,
    "mint-lemonade": d_lemonade,
    "freddo-cappuccino": d_freddo,
    "doogh": d_doogh,
    "pomegranate-juice": d_pomegranate,
    "sparkling-water": d_sparkling,
    "house-red-wine": d_wine,
    "greek-lager": d_lager,
}


def main():
    with open(os.path.join(HERE, "venue.json"), encoding="utf-8") as fh:
        venue = json.load(fh)
    out_dir = os.path.join(HERE, "photos")
    os.makedirs(out_dir, exist_ok=True)
    only = set(sys.argv[1:])
    failed = False
    for category in venue["categories"]:
        for item in category["items"]:
            key = item["key"]
            if only and key not in only:
                continue
            draw = DISHES.get(key)
            if draw is None:
                print("no drawing for %s" % key, file=sys.stderr)
                failed = True
                continue
            s = Svg(key)
            draw(s)
            data = s.text().encode("utf-8")
            if len(data) >= MAX_BYTES:
                print("%s is %d bytes (limit %d)" % (key, len(data), MAX_BYTES), file=sys.stderr)
                failed = True
            with open(os.path.join(out_dir, item["photo"]), "wb") as fh:
                fh.write(data)
            print("%-22s %6d bytes" % (item["photo"], len(data)))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
