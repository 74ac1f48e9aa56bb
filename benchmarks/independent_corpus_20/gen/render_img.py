# -*- coding: utf-8 -*-
"""Raster rendering: typed pages, handwriting, hand-filled forms, scan and phone-photo effects,
and a minimal image-only PDF writer (no text layer, no fonts)."""
import io
import math
import os
import random

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
FONTDIR = os.path.join(HERE, "fonts")

HAND_FONTS = {
    # family -> (file, size factor relative to a nominal 5 mm line)
    "CaveatBrush": ("CaveatBrush-Regular.ttf", 1.00),
    "Mansalva": ("Mansalva-Regular.ttf", 0.92),
    "JustMeAgainDownHere": ("JustMeAgainDownHere-Regular.ttf", 1.30),
}
SERIF = os.path.join(FONTDIR, "LiberationSerif-Regular.ttf")
SERIF_B = os.path.join(FONTDIR, "LiberationSerif-Bold.ttf")
SANS = os.path.join(FONTDIR, "LiberationSans-Regular.ttf")
SANS_B = os.path.join(FONTDIR, "LiberationSans-Bold.ttf")

_font_cache = {}


def font(path, size):
    key = (path, int(size))
    if key not in _font_cache:
        _font_cache[key] = ImageFont.truetype(path, int(size))
    return _font_cache[key]


def hand_font_path(family):
    return os.path.join(FONTDIR, HAND_FONTS[family][0])


def a4(dpi):
    return int(round(8.27 * dpi)), int(round(11.69 * dpi))


def mm(dpi, v):
    return v / 25.4 * dpi


# ------------------------------------------------------------------ handwriting
class Hand:
    """Draws text word by word with jitter in size, baseline, slant and rotation."""

    def __init__(self, family, dpi, rng, ink=(25, 35, 95), line_mm=9.0, size_mm=None):
        self.path = hand_font_path(family)
        self.factor = HAND_FONTS[family][1]
        self.dpi = dpi
        self.rng = rng
        self.ink = ink
        base = size_mm if size_mm else 5.6
        self.size = mm(dpi, base) * self.factor
        self.line_h = mm(dpi, line_mm)
        self.slant = rng.uniform(-0.12, 0.05)   # writer's own slant (shear)

    def word_image(self, word, scale=1.0):
        rng = self.rng
        size = max(8, int(self.size * scale * (1 + rng.gauss(0, 0.045))))
        f = font(self.path, size)
        bbox = f.getbbox(word)
        asc, desc = f.getmetrics()
        w = bbox[2] + 8
        h = asc + desc + 8
        mask = Image.new("L", (w + 40, h + 20), 0)
        d = ImageDraw.Draw(mask)
        d.text((20, 10), word, font=f, fill=255)
        sh = self.slant + rng.gauss(0, 0.035)
        # shear around the baseline
        base_y = 10 + asc
        mask = mask.transform(mask.size, Image.AFFINE, (1, sh, -sh * base_y, 0, 1, 0),
                              resample=Image.BICUBIC)
        ang = rng.gauss(0, 1.1)
        mask = mask.rotate(ang, resample=Image.BICUBIC, center=(20, base_y))
        return mask, 20, base_y, bbox[2]

    def draw_word(self, page, x, baseline, word, scale=1.0):
        mask, ox, oy, adv = self.word_image(word, scale)
        shade = self.rng.uniform(0.80, 1.0)
        col = tuple(int(c + (255 - c) * (1 - shade) * 0.5) for c in self.ink)
        if page.mode == "L":
            col = int(0.3 * col[0] + 0.59 * col[1] + 0.11 * col[2])
        layer = Image.new(page.mode, mask.size, col)
        bx = int(x - ox)
        by = int(baseline + self.rng.gauss(0, self.size * 0.03) - oy)
        page.paste(layer, (bx, by), mask)
        return adv

    def space(self):
        return self.size * 0.33 * (1 + self.rng.gauss(0, 0.15))

    def write_line(self, page, x, baseline, text, slope=0.0, scale=1.0):
        cx = x
        for w in text.split():
            adv = self.draw_word(page, cx, baseline + (cx - x) * slope, w, scale)
            cx += adv + self.space()
        return cx

    def measure(self, word, scale=1.0):
        f = font(self.path, int(self.size * scale))
        return f.getbbox(word)[2]

    def write_par(self, page, x0, x1, baseline, text, indent=0.0, scale=1.0):
        """Wrap text between x0 and x1; returns baseline after the last line."""
        rng = self.rng
        words = text.split()
        x = x0 + indent
        slope = rng.gauss(0, 0.008)
        lines_used = 0
        right = x1 - rng.uniform(0, mm(self.dpi, 6))
        for w in words:
            wl = self.measure(w, scale)
            if x + wl > right and x > x0 + indent:
                baseline += self.line_h
                x = x0 + rng.gauss(0, mm(self.dpi, 0.8))
                slope = rng.gauss(0, 0.008)
                right = x1 - rng.uniform(0, mm(self.dpi, 6))
                lines_used += 1
            adv = self.draw_word(page, x, baseline + (x - x0) * slope, w, scale)
            x += adv + self.space()
        return baseline


def paper(size, mode, rng, tone=250, lined=None, dpi=150):
    """Plain or lined paper. lined=(spacing_px, first_baseline_px, margin_px)"""
    w, h = size
    if mode == "L":
        img = Image.new("L", size, tone)
    else:
        img = Image.new("RGB", size, (tone, tone - 2, tone - 7))
    if lined:
        sp, first, margin = lined
        d = ImageDraw.Draw(img)
        y = first
        lc = (170, 190, 225) if mode == "RGB" else 205
        while y < h - mm(dpi, 10):
            d.line([(0, y), (w, y)], fill=lc, width=max(1, int(dpi / 150)))
            y += sp
        mc = (230, 150, 150) if mode == "RGB" else 195
        d.line([(margin, 0), (margin, h)], fill=mc, width=max(1, int(dpi / 120)))
    return img


def render_hand_letter(blocks, family, dpi, rng, mode="L", lined=False):
    """Handwritten letter -> list of page images."""
    W, H = a4(dpi)
    hand = Hand(family, dpi, rng, line_mm=9.0 if lined else 9.5)
    left = mm(dpi, 22 if lined else 20)
    right = W - mm(dpi, 16)
    top = mm(dpi, 22)
    bottom = H - mm(dpi, 20)
    pages = []

    def new_page():
        if lined:
            pg = paper((W, H), mode, rng, lined=(hand.line_h, top, left - mm(dpi, 4)), dpi=dpi)
        else:
            pg = paper((W, H), mode, rng, dpi=dpi)
        pages.append(pg)
        return pg

    page = new_page()
    y = top

    def need(lines):
        nonlocal page, y
        if y + lines * hand.line_h > bottom:
            page = new_page()
            y = top

    for kind, *rest in blocks:
        if kind == "right":
            need(1)
            hand.write_line(page, W * 0.52 + rng.uniform(-10, 10), y, rest[0])
            y += hand.line_h * 2
        elif kind in ("addr", "sig"):
            lines = rest[0]
            need(len(lines))
            x = left if kind == "addr" else W * 0.42
            for ln in lines:
                hand.write_line(page, x + rng.gauss(0, 3), y, ln, slope=rng.gauss(0, 0.006))
                y += hand.line_h
            y += hand.line_h * (1.0 if lined else 0.6)
        elif kind in ("p", "b"):
            # estimate lines for page breaks
            est = max(1, int(len(rest[0]) * hand.size * 0.42 / (right - left)) + 1)
            need(min(est, 3))
            indent = mm(dpi, 10) if len(rest[0]) > 60 else 0
            end = hand.write_par(page, left, right, y, rest[0], indent=indent)
            y = end + hand.line_h * (1.0 if lined else 1.5)
            if y > bottom:
                page = new_page()
                y = top
    return pages


# ------------------------------------------------------------------ typed letters
def wrap(text, f, width):
    words = text.split()
    lines, cur = [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if f.getlength(t) <= width or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def render_typed_letter(blocks, dpi, rng, mode="L", sig_font="Mansalva", serif=True):
    W, H = a4(dpi)
    pt = dpi / 72.0
    fsz = 11 * pt
    reg = font(SERIF if serif else SANS, fsz)
    bold = font(SERIF_B if serif else SANS_B, fsz)
    lh = fsz * 1.32
    left, right = mm(dpi, 25), W - mm(dpi, 22)
    top, bottom = mm(dpi, 22), H - mm(dpi, 22)
    ink = 20 if mode == "L" else (20, 20, 22)
    pages = []

    def new_page():
        pg = paper((W, H), mode, rng, tone=253)
        pages.append(pg)
        return pg, ImageDraw.Draw(pg)

    page, d = new_page()
    y = top
    sig_hand = Hand(sig_font, dpi, rng, ink=(20, 30, 110), size_mm=7.5)

    def ensure(n):
        nonlocal page, d, y
        if y + n * lh > bottom:
            page, d = new_page()
            y = top

    for kind, *rest in blocks:
        if kind == "head":
            lines = rest[0]
            for i, ln in enumerate(lines):
                f = font(SERIF_B if serif else SANS_B, (14 if i == 0 else 9.5) * pt) if i == 0 else font(SERIF if serif else SANS, 9.5 * pt)
                tw = f.getlength(ln)
                d.text(((W - tw) / 2, y), ln, font=f, fill=ink)
                y += (14 if i == 0 else 9.5) * pt * 1.35
            d.line([(left, y + 4), (right, y + 4)], fill=ink, width=max(1, int(pt)))
            y += lh * 1.5
        elif kind == "addr":
            ensure(len(rest[0]))
            for ln in rest[0]:
                d.text((left, y), ln, font=reg, fill=ink)
                y += lh
            y += lh
        elif kind == "right":
            ensure(1)
            tw = reg.getlength(rest[0])
            d.text((right - tw, y), rest[0], font=reg, fill=ink)
            y += lh * 2
        elif kind in ("p", "b"):
            f = bold if kind == "b" else reg
            lines = wrap(rest[0], f, right - left)
            ensure(min(len(lines), 3))
            for ln in lines:
                if y + lh > bottom:
                    page, d = new_page()
                    y = top
                d.text((left, y), ln, font=f, fill=ink)
                y += lh
            y += lh * 0.7
        elif kind == "table":
            rows, opts = rest[0], rest[1]
            ensure(len(rows))
            for i, (a, b) in enumerate(rows):
                f = bold if i in opts.get("bold", []) else reg
                d.text((left + mm(dpi, 5), y), a, font=f, fill=ink)
                tw = f.getlength(b)
                d.text((left + mm(dpi, 130) - tw, y), b, font=f, fill=ink)
                y += lh
            y += lh * 0.7
        elif kind == "sig":
            lines = rest[0]
            ensure(len(lines) + 3)
            x = left + mm(dpi, 90)
            sig_hand.write_line(page, x + mm(dpi, 4), y + lh * 1.7, lines[0], slope=-0.04)
            y += lh * 2.6
            for ln in lines:
                d.text((x, y), ln, font=reg, fill=ink)
                y += lh
        elif kind == "sig2":
            l1, l2 = rest[0], rest[1]
            ensure(max(len(l1), len(l2)) + 3)
            for col, lines in ((left, l1), (left + mm(dpi, 95), l2)):
                yy = y
                name = [ln for ln in lines if ln[0].isupper() and " " in ln and not ln.startswith(("Le ", "La "))]
                nm = name[0] if name else lines[0]
                for ln in lines:
                    d.text((col, yy), ln, font=reg, fill=ink)
                    yy += lh
                sig_hand.write_line(page, col + mm(dpi, 6), yy + lh * 1.4, nm.split()[-1], slope=-0.05)
            y += lh * (max(len(l1), len(l2)) + 3)
    return pages


# ------------------------------------------------------------------ printed forms filled by hand
def render_hand_form(form, family, dpi, rng, mode="L"):
    W, H = a4(dpi)
    pt = dpi / 72.0
    page = paper((W, H), mode, rng, tone=253)
    d = ImageDraw.Draw(page)
    ink = 25 if mode == "L" else (25, 25, 25)
    grey = 90 if mode == "L" else (90, 90, 90)
    left, right = mm(dpi, 18), W - mm(dpi, 18)
    y = mm(dpi, 18)
    tf = font(SANS_B, 16 * pt)
    tw = tf.getlength(form["title"])
    d.text(((W - tw) / 2, y), form["title"], font=tf, fill=ink)
    y += 16 * pt * 1.5
    sf = font(SANS, 9.5 * pt)
    tw = sf.getlength(form["subtitle"])
    d.text(((W - tw) / 2, y), form["subtitle"], font=sf, fill=grey)
    y += 9.5 * pt * 2.2
    lf = font(SANS, 10 * pt)
    hand = Hand(family, dpi, rng, line_mm=8.0, size_mm=5.0)
    style = form.get("style", "numbered")
    for label, answer, nlines in form["items"]:
        if style == "numbered":
            lab_w = mm(dpi, 62)
            d.text((left, y + mm(dpi, 3)), label, font=lf, fill=ink)
            for i in range(nlines):
                ly = y + mm(dpi, 8) + i * mm(dpi, 8.5)
                x0 = left + lab_w if i == 0 else left + mm(dpi, 8)
                # dotted line
                xx = x0
                while xx < right:
                    d.line([(xx, ly), (xx + mm(dpi, 0.6), ly)], fill=grey, width=max(1, int(pt * 0.6)))
                    xx += mm(dpi, 1.6)
            if nlines == 1:
                hand.write_line(page, left + lab_w + mm(dpi, 3) + rng.uniform(0, 10),
                                y + mm(dpi, 7), answer, slope=rng.gauss(0, 0.01))
            else:
                # first line starts right of the label, later lines at the left
                words = answer.split()
                x = left + lab_w + mm(dpi, 3)
                line_i = 0
                for w in words:
                    wl = hand.measure(w)
                    if x + wl > right - mm(dpi, 4):
                        line_i += 1
                        x = left + mm(dpi, 10)
                    x += hand.draw_word(page, x, y + mm(dpi, 7) + line_i * mm(dpi, 8.5), w) + hand.space()
            y += mm(dpi, 8) + (nlines - 1) * mm(dpi, 8.5) + mm(dpi, 4.5)
        else:  # boxes
            bh = mm(dpi, 13) + (nlines - 1) * mm(dpi, 8)
            d.rectangle([left, y, right, y + bh], outline=ink, width=max(1, int(pt * 0.8)))
            d.text((left + mm(dpi, 2), y + mm(dpi, 1.2)), label, font=font(SANS, 8 * pt), fill=grey)
            if nlines == 1:
                hand.write_line(page, left + mm(dpi, 8) + rng.uniform(0, 15), y + mm(dpi, 10.5),
                                answer, slope=rng.gauss(0, 0.008))
            else:
                hand.write_par(page, left + mm(dpi, 5), right - mm(dpi, 5), y + mm(dpi, 10.5), answer)
            y += bh + mm(dpi, 2.5)
    ff = font(SANS, 8 * pt)
    foot = form.get("footer", "Terugsturen naar / à renvoyer à : coordinator@example.org")
    d.text((left, H - mm(dpi, 14)), foot, font=ff, fill=grey)
    return [page]


# ------------------------------------------------------------------ scanner / phone effects
def scan_effect(img, rng, quality):
    """Grey scan: slight tilt, noise, blur, uneven exposure. Returns JPEG bytes and size."""
    img = img.convert("L")
    W, H = img.size
    ang = rng.uniform(0.4, 1.6) * rng.choice([-1, 1])
    img = img.rotate(ang, resample=Image.BICUBIC, fillcolor=250,
                     translate=(rng.uniform(-8, 8), rng.uniform(-6, 10)))
    a = np.asarray(img).astype(np.float32)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    gain = 0.97 + 0.03 * (xx / W) - 0.02 * (yy / H)
    a = 255 - (255 - a) * rng.uniform(1.0, 1.15)      # slightly stronger ink
    a = a * gain - rng.uniform(4, 12)
    # shadow along the binding edge of the scanner
    edge = int(rng.uniform(6, 18))
    a[:, :edge] *= np.linspace(0.55, 1.0, edge)[None, :]
    a += np.random.default_rng(rng.randrange(1 << 30)).normal(0, 5.0, a.shape)
    # a few specks of dust
    r2 = np.random.default_rng(rng.randrange(1 << 30))
    for _ in range(rng.randint(15, 40)):
        y0, x0 = r2.integers(0, H - 3), r2.integers(0, W - 3)
        a[y0:y0 + r2.integers(1, 3), x0:x0 + r2.integers(1, 3)] = r2.uniform(60, 160)
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L")
    img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.45, 0.8)))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality, optimize=True)
    return buf.getvalue(), img.size


def image_pdf(jpegs, dpi, producer="Scanner"):
    """Minimal PDF: one grey DCT image per page, no text, no fonts."""
    objs = []

    def add(b):
        objs.append(b)
        return len(objs)

    catalog = add(None)
    pages = add(None)
    kids = []
    for data, (w, h) in jpegs:
        pw, ph = w * 72.0 / dpi, h * 72.0 / dpi
        img = add(b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
                  b"/BitsPerComponent 8 /Filter /DCTDecode /Length %d >>\nstream\n" % (w, h, len(data))
                  + data + b"\nendstream")
        content = b"q %.2f 0 0 %.2f 0 0 cm /Im0 Do Q" % (pw, ph)
        cs = add(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        pg = add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %.2f %.2f] "
                 b"/Resources << /XObject << /Im0 %d 0 R >> >> /Contents %d 0 R >>" % (pages, pw, ph, img, cs))
        kids.append(pg)
    objs[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages
    objs[pages - 1] = (b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids)
                       + b"] /Count %d >>" % len(kids))
    info = add(b"<< /Producer (" + producer.encode("latin-1") + b") >>")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(b"%d 0 obj\n" % i + o + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offs:
        out.write(b"%010d 00000 n \n" % o)
    out.write(b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objs) + 1, catalog, info, xref))
    return out.getvalue()


def _coeffs(dst, src):
    """Perspective coefficients mapping output points dst -> input points src (for PIL)."""
    A, B = [], []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y]); B.append(u)
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y]); B.append(v)
    return np.linalg.solve(np.array(A, float), np.array(B, float)).tolist()


def table_texture(size, rng):
    W, H = size
    r = np.random.default_rng(rng.randrange(1 << 30))
    kind = rng.choice(["oak", "walnut", "grey", "white"])
    base = {"oak": (168, 128, 84), "walnut": (112, 78, 52), "grey": (150, 150, 146),
            "white": (214, 210, 200)}[kind]
    yy = np.arange(H, dtype=np.float32)[:, None]
    xx = np.arange(W, dtype=np.float32)[None, :]
    if kind in ("oak", "walnut"):
        # fine streaks along x (noise stretched horizontally) + slow waviness
        st = r.normal(0, 1, (H // 3 + 1, W // 90 + 1)).astype(np.float32)
        st = np.asarray(Image.fromarray(((st + 4) * 30).clip(0, 255).astype(np.uint8)).resize((W, H), Image.BICUBIC),
                        np.float32) / 120.0 - 1.0
        wave = np.sin(yy / rng.uniform(25, 45) + 2.5 * np.sin(xx / rng.uniform(250, 420)))
        g = 0.86 + 0.07 * st + 0.05 * wave
    else:
        g = 0.96 + 0.04 * np.sin(xx / 700.0 + yy / 900.0)
    low = Image.fromarray((r.normal(128, 30, (H // 32 + 1, W // 32 + 1))).clip(0, 255).astype(np.uint8))
    low = np.asarray(low.resize((W, H), Image.BICUBIC)).astype(np.float32) / 128.0
    g = g * (0.92 + 0.08 * low)
    rgb = np.stack([g * base[0], g * base[1], g * base[2]], -1)
    return rgb


def photo_effect(page, rng, quality, size=(1536, 2048)):
    """Phone photo of a sheet lying on a table: tilt 2-6 deg, perspective, uneven light, JPEG."""
    page = page.convert("RGB")
    CW, CH = size
    pw, ph = page.size
    s = (CH * rng.uniform(0.80, 0.86)) / ph
    w, h = pw * s, ph * s
    cx, cy = CW / 2 + rng.uniform(-30, 30), CH / 2 + rng.uniform(-20, 30)
    k_top = 1 - rng.uniform(0.03, 0.07)       # camera held a bit low: top edge shorter
    pts = [(-w / 2 * k_top, -h / 2), (w / 2 * k_top, -h / 2), (w / 2, h / 2), (-w / 2, h / 2)]
    ang = math.radians(rng.uniform(2.0, 6.0) * rng.choice([-1, 1]))
    ca, sa = math.cos(ang), math.sin(ang)
    dst = []
    for (x, y) in pts:
        x += rng.gauss(0, 4); y += rng.gauss(0, 4)
        dst.append((cx + x * ca - y * sa, cy + x * sa + y * ca))
    src = [(0, 0), (pw, 0), (pw, ph), (0, ph)]
    co = _coeffs(dst, src)
    warped = page.transform((CW, CH), Image.PERSPECTIVE, co, Image.BICUBIC)
    mask = Image.new("L", page.size, 255).transform((CW, CH), Image.PERSPECTIVE, co, Image.BICUBIC)
    bg = table_texture((CW, CH), rng)
    shadow = np.asarray(mask.filter(ImageFilter.GaussianBlur(22)), np.float32) / 255.0
    shadow = np.roll(np.roll(shadow, int(rng.uniform(8, 18)), 0), int(rng.uniform(-14, 14)), 1)
    bg = bg * (1 - 0.45 * shadow[..., None])
    m = np.asarray(mask, np.float32)[..., None] / 255.0
    img = bg * (1 - m) + np.asarray(warped, np.float32) * m
    # uneven light: gradient + vignette + warm tint
    yy, xx = np.mgrid[0:CH, 0:CW].astype(np.float32)
    X, Y = xx / CW - 0.5, yy / CH - 0.5
    L = (0.97 + rng.uniform(-0.16, 0.16) * X + rng.uniform(-0.16, 0.16) * Y
         - rng.uniform(0.15, 0.30) * (X * X + Y * Y))
    # soft shadow of the phone/hand on one side
    sx, sy = rng.uniform(-0.5, 0.5), rng.choice([-0.55, 0.55])
    L -= rng.uniform(0.06, 0.13) * np.exp(-(((X - sx) / 0.35) ** 2 + ((Y - sy) / 0.25) ** 2))
    tint = np.array([1.0, rng.uniform(0.95, 0.985), rng.uniform(0.86, 0.93)], np.float32)
    img = img * L[..., None] * tint
    img += np.random.default_rng(rng.randrange(1 << 30)).normal(0, 3.5, img.shape)
    out = Image.fromarray(np.clip(img, 0, 255).astype(np.uint8), "RGB")
    out = out.filter(ImageFilter.GaussianBlur(rng.uniform(0.5, 0.85)))
    exif = Image.Exif()
    exif[0x010F] = "Apple" if rng.random() < 0.5 else "samsung"
    exif[0x0110] = "iPhone 7" if exif[0x010F] == "Apple" else "SM-G930F"
    buf = io.BytesIO()
    out.save(buf, "JPEG", quality=quality, optimize=True, exif=exif.tobytes())
    return buf.getvalue()
