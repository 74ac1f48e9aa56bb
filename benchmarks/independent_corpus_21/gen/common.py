# -*- coding: utf-8 -*-
"""Shared helpers: amounts, phones, truth, handwriting, paper forms, scan/photo effects."""
import io
import math
import os
import re
import zlib
from decimal import Decimal

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
FONTS = os.path.join(HERE, "fonts")
F = {
    "sans": os.path.join(FONTS, "LiberationSans-Regular.ttf"),
    "sans-bold": os.path.join(FONTS, "LiberationSans-Bold.ttf"),
    "serif": os.path.join(FONTS, "LiberationSerif-Regular.ttf"),
    "serif-bold": os.path.join(FONTS, "LiberationSerif-Bold.ttf"),
    # handwriting (SIL OFL 1.1, from npm @fontsource/*)
    "mali": os.path.join(FONTS, "mali-latin-400-normal.ttf"),
    "fuzzy": os.path.join(FONTS, "fuzzy-bubbles-latin-400-normal.ttf"),
    "shortstack": os.path.join(FONTS, "short-stack-latin-400-normal.ttf"),
}
# ☐ / ☒ glyphs for one PDF form: a 3-glyph subset of DejaVu Sans (licence in fonts/DejaVu-LICENSE.txt)
DEJAVU_BOX = os.path.join(FONTS, "DejaVuSans-ballotbox-subset.ttf")


# ------------------------------------------------------------------ amounts / phones / truth
def parse_amount(s):
    if s is None:
        return None
    if isinstance(s, (int, float)):
        return Decimal(str(s)).quantize(Decimal("0.01"))
    t = s.replace("\u00a0", " ").replace("\u202f", " ")
    t = re.sub(r"(?i)€|eur(o|os)?\b|EUR", "", t)
    t = t.replace(",-", "").strip()
    t = t.replace(" ", "")
    if re.search(r",\d{1,2}$", t):
        ip, dp = t.rsplit(",", 1)
        ip = ip.replace(".", "")
        t = ip + "." + dp
    else:
        t = t.replace(".", "").replace(",", "")
    return Decimal(t).quantize(Decimal("0.01"))


def fmt2(d):
    return "%.2f" % d


def e164(phone, country):
    p = phone.strip()
    digits = re.sub(r"\D", "", p)
    if p.startswith("+"):
        # +33 (0)6 ... -> drop the (0)
        p2 = re.sub(r"\(0\)", "", p)
        return "+" + re.sub(r"\D", "", p2)
    cc = {"BE": "32", "FR": "33"}[country]
    assert digits.startswith("0"), phone
    return "+" + cc + digits[1:]


def truth_of(r):
    f = {}
    org = r.get("org_truth", r.get("org"))
    if org:
        f["organisation"] = org
    f["contact_name"] = r["contact"]
    f["email"] = r["email"].lower()
    f["phone"] = e164(r["phone"], r.get("phone_country", r["country"]))
    f["address"] = r["addr"]
    f["postcode"] = r["pc"]
    f["municipality"] = r["town"]
    f["country"] = r["country"]
    if r.get("title"):
        f["project_title"] = r["title"]
    tot = parse_amount(r.get("total"))
    req = parse_amount(r.get("request"))
    own = parse_amount(r.get("own"))
    if req is None and tot is not None and own is not None:
        req = tot - own
    if req is not None:
        f["requested_amount"] = fmt2(req)
    if tot is not None:
        f["total_budget"] = fmt2(tot)
    for k in r.get("truth_drop", []):
        f.pop(k, None)
    f.update(r.get("truth_override", {}))
    return f


def check_budget(r):
    """Sanity: lines add up to total; total - own - others == request."""
    if r.get("budget"):
        s = sum(parse_amount(a) for _, a in r["budget"])
        assert s == parse_amount(r["total"]), (r["id"], s, r["total"])
    if r.get("request") is not None and r.get("total") is not None:
        o = sum((parse_amount(a) for _, a in r.get("others", [])), Decimal(0))
        assert parse_amount(r["total"]) - parse_amount(r["own"]) - o == parse_amount(r["request"]), r["id"]


def money_nl(v, dec=True):
    """12345.5 -> '12.345,50'"""
    s = "{:,.2f}".format(float(v)) if dec else "{:,.0f}".format(float(v))
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


def money_fr(v, dec=True):
    s = "{:,.2f}".format(float(v)) if dec else "{:,.0f}".format(float(v))
    return s.replace(",", " ").replace(".", ",")


def home_of(r):
    h = r.get("home")
    if h in (None, "idem"):
        return None
    return h


# ------------------------------------------------------------------ handwriting
_font_cache = {}


def font(path, px):
    key = (path, int(px))
    if key not in _font_cache:
        _font_cache[key] = ImageFont.truetype(path, int(px))
    return _font_cache[key]


INKS = {
    "blue": (28, 45, 135),
    "blue2": (20, 60, 160),
    "black": (28, 28, 34),
}


def hand_word_img(word, fpath, px, ink, rng, slant=None):
    f = font(fpath, px)
    l, t, rr, b = f.getbbox(word)
    w, h = rr - l + int(px * 0.6), int(px * 1.9)
    im = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(im)
    d.text((int(px * 0.3) - l, int(px * 0.35)), word, font=f, fill=255)
    # slant (shear) + small rotation
    sh = rng.uniform(-0.08, 0.16) if slant is None else slant + rng.uniform(-0.04, 0.04)
    im = im.transform(im.size, Image.AFFINE, (1, sh, -sh * h * 0.6, 0, 1, 0), resample=Image.BICUBIC)
    lim = 2.5 * min(1.0, 5.0 / max(1, len(word)))
    im = im.rotate(rng.uniform(-lim, lim), resample=Image.BICUBIC, expand=True)
    # pressure variation
    a = rng.uniform(0.82, 1.0)
    im = im.point(lambda v: int(v * a))
    return im, (rr - l), px


def draw_hand(img, x, y, text, fpath, px, ink, rng, max_w=None, line_h=None, slant=None):
    """Draw `text` word by word with jitter. (x, y) = top-left of first line's text box.
    Returns (x_end, y_last_line)."""
    if text is None or text == "":
        return x, y
    col = INKS.get(ink, ink) if isinstance(ink, str) else ink
    line_h = line_h or int(px * 1.35)
    x0 = x
    cx, cy = x, y
    base_slant = rng.uniform(-0.02, 0.12) if slant is None else slant
    for li, para in enumerate(text.split("\n")):
        if li:
            cx = x0
            cy += line_h
        for word in para.split(" "):
            if not word:
                continue
            size = px * rng.uniform(0.93, 1.07)
            wi, ww, _ = hand_word_img(word, fpath, size, col, rng, slant=base_slant)
            if max_w and cx + ww > x0 + max_w and cx > x0:
                cx = x0
                cy += line_h
            dy = rng.uniform(-0.06, 0.06) * px
            layer = Image.new("RGB", wi.size, col)
            img.paste(layer, (int(cx - size * 0.3), int(cy + dy - size * 0.35)), wi)
            cx += ww + f_space(fpath, size) * rng.uniform(0.85, 1.35)
    return cx, cy


def f_space(fpath, px):
    f = font(fpath, max(8, px))
    return f.getlength(" ") * 1.1 + px * 0.08


def draw_signature(img, x, y, name, fpath, px, ink, rng):
    """A quick signature: the name in handwriting, bigger and slanted, plus a flourish."""
    col = INKS.get(ink, ink)
    ex, ey = draw_hand(img, x, y, name, fpath, px, ink, rng, slant=0.25)
    d = ImageDraw.Draw(img)
    pts = []
    n = 40
    x1, x2 = x - px * 0.2, ex + px * 0.2
    for i in range(n + 1):
        t = i / n
        xx = x1 + (x2 - x1) * t
        yy = y + px * 1.25 + math.sin(t * math.pi * 1.5 + 0.4) * px * 0.25 - t * px * 0.3
        pts.append((xx, yy))
    d.line(pts, fill=col, width=max(2, int(px * 0.07)))


# ------------------------------------------------------------------ paper form DSL (PIL)
A4_MM = (210, 297)


class Paper:
    """A printed A4 page drawn with PIL. Values are written by hand (handwriting font with jitter)
    or 'typed' (computer-filled before printing)."""

    def __init__(self, dpi, rng, hand=None, ink="blue", typed_font=None, printed="sans", margin_mm=18,
                 hand_px_mm=5.2):
        self.dpi = dpi
        self.rng = rng
        self.W = int(A4_MM[0] / 25.4 * dpi)
        self.H = int(A4_MM[1] / 25.4 * dpi)
        self.img = Image.new("RGB", (self.W, self.H), (255, 255, 255))
        self.d = ImageDraw.Draw(self.img)
        self.hand = F[hand] if hand else None
        self.ink = ink
        self.typed = F[typed_font] if typed_font else None
        self.pr = F[printed]
        self.prb = F[printed + "-bold"] if (printed + "-bold") in F else F[printed]
        self.m = self.mm(margin_mm)
        self.y = self.m
        self.hand_px = self.mm(hand_px_mm)

    def mm(self, v):
        return int(round(v / 25.4 * self.dpi))

    def pt(self, v):
        return int(round(v / 72 * self.dpi))

    def pf(self, size, bold=False):
        return font(self.prb if bold else self.pr, self.pt(size))

    # -- value writer
    def val(self, x, y, text, max_w=None, line_h=None, size=None):
        if text is None or text == "":
            return
        if self.typed:
            f = font(self.typed, self.pt(size or 10))
            lh = line_h or int(self.pt(size or 10) * 1.3)
            lines = wrap(text, f, max_w) if max_w else text.split("\n")
            for i, ln in enumerate(lines):
                self.d.text((x, y + i * lh), ln, font=f, fill=(15, 15, 15))
        else:
            draw_hand(self.img, x, y, text, self.hand, size or self.hand_px, self.ink, self.rng, max_w=max_w,
                      line_h=line_h)

    # -- printed pieces
    def title(self, text, size=16, center=False, bold=True, box=False):
        f = self.pf(size, bold)
        w = f.getlength(text)
        x = (self.W - w) / 2 if center else self.m
        if box:
            pad = self.mm(3)
            self.d.rectangle([self.m, self.y, self.W - self.m, self.y + self.pt(size) + 2 * pad], outline=0, width=3)
            self.d.text((x, self.y + pad), text, font=f, fill=0)
            self.y += self.pt(size) + 2 * pad + self.mm(3)
        else:
            self.d.text((x, self.y), text, font=f, fill=0)
            self.y += int(self.pt(size) * 1.45)

    def text(self, text, size=9, bold=False, gap=1.5, color=(40, 40, 40)):
        f = self.pf(size, bold)
        for ln in wrap(text, f, self.W - 2 * self.m):
            self.d.text((self.m, self.y), ln, font=f, fill=color)
            self.y += int(self.pt(size) * 1.3)
        self.y += self.mm(gap)

    def section(self, text, style="bar", size=11):
        self.y += self.mm(2)
        f = self.pf(size, True)
        h = int(self.pt(size) * 1.6)
        if style == "bar":
            self.d.rectangle([self.m, self.y, self.W - self.m, self.y + h], fill=(215, 215, 215))
            self.d.text((self.m + self.mm(2), self.y + int(h * 0.18)), text, font=f, fill=0)
        elif style == "dark":
            self.d.rectangle([self.m, self.y, self.W - self.m, self.y + h], fill=(60, 60, 60))
            self.d.text((self.m + self.mm(2), self.y + int(h * 0.18)), text, font=f, fill=(255, 255, 255))
        elif style == "underline":
            self.d.text((self.m, self.y), text, font=f, fill=0)
            self.d.line([self.m, self.y + h - 2, self.W - self.m, self.y + h - 2], fill=0, width=2)
        else:
            self.d.text((self.m, self.y), text, font=f, fill=0)
        self.y += h + self.mm(2.5)

    def gap(self, v):
        self.y += self.mm(v)

    def _vy(self, y, H):
        if H > self.mm(11.5):
            return y + self.mm(1.8)
        if self.typed:
            return y + (H - self.pt(10) * 1.15) / 2
        return y + max(2, (H - self.hand_px * 1.2) / 2)

    def field(self, label, value, style="box", label_w=55, h=9, size=9, x0=None, x1=None, advance=True):
        x0 = self.m if x0 is None else x0
        x1 = self.W - self.m if x1 is None else x1
        f = self.pf(size)
        H = self.mm(h)
        y = self.y
        if style == "box":
            lw = self.mm(label_w)
            for i, ln in enumerate(wrap(label, f, lw - self.mm(2))):
                self.d.text((x0, y + self.mm(1.5) + i * int(self.pt(size) * 1.2)), ln, font=f, fill=0)
            self.d.rectangle([x0 + lw, y, x1, y + H], outline=(0, 0, 0), width=2)
            self.val(x0 + lw + self.mm(2), self._vy(y, H), value, max_w=x1 - x0 - lw - self.mm(4))
            y2 = y + H + self.mm(2)
        elif style == "above":
            self.d.text((x0, y), label, font=f, fill=0)
            yb = y + int(self.pt(size) * 1.35)
            self.d.rectangle([x0, yb, x1, yb + H], outline=(0, 0, 0), width=2)
            self.val(x0 + self.mm(2), self._vy(yb, H), value, max_w=x1 - x0 - self.mm(4),
                     line_h=self.mm(7))
            y2 = yb + H + self.mm(2.5)
        elif style in ("dotted", "line"):
            lab = label
            self.d.text((x0, y + H - self.pt(size) * 1.25), lab, font=f, fill=0)
            lx = x0 + f.getlength(lab) + self.mm(1.5)
            yl = y + H - 2
            if style == "dotted":
                xx = lx
                while xx < x1:
                    self.d.ellipse([xx, yl - 1, xx + 2, yl + 1], fill=0)
                    xx += self.mm(1.3)
            else:
                self.d.line([lx, yl, x1, yl], fill=0, width=1)
            self.val(lx + self.mm(2), yl - self.hand_px * 1.33, value, max_w=x1 - lx - self.mm(3))
            y2 = y + H + self.mm(1.5)
        elif style == "cell":  # table-like row with grid
            lw = self.mm(label_w)
            self.d.rectangle([x0, y, x1, y + H], outline=0, width=2)
            self.d.line([x0 + lw, y, x0 + lw, y + H], fill=0, width=2)
            for i, ln in enumerate(wrap(label, f, lw - self.mm(3))):
                self.d.text((x0 + self.mm(1.5), y + self.mm(1.2) + i * int(self.pt(size) * 1.2)), ln, font=f, fill=0)
            self.val(x0 + lw + self.mm(2), self._vy(y, H), value,
                     max_w=x1 - x0 - lw - self.mm(4), line_h=self.mm(7) if not self.typed else None)
            y2 = y + H
        if advance:
            self.y = y2
        return y2

    def pair(self, l1, v1, l2, v2, style="box", label_w=30, h=9, split=0.55, size=9):
        x1 = self.m + int((self.W - 2 * self.m) * split)
        ya = self.field(l1, v1, style=style, label_w=label_w, h=h, x1=x1 - self.mm(3), advance=False, size=size)
        yb = self.field(l2, v2, style=style, label_w=label_w, h=h, x0=x1, advance=False, size=size)
        self.y = max(ya, yb)

    def area(self, label, value, lines=3, style="lines", size=9, line_mm=8):
        f = self.pf(size)
        self.d.text((self.m, self.y), label, font=f, fill=0)
        y0 = self.y + int(self.pt(size) * 1.4)
        L = self.mm(line_mm)
        if style == "box":
            self.d.rectangle([self.m, y0, self.W - self.m, y0 + L * lines + self.mm(2)], outline=0, width=2)
        else:
            for i in range(lines):
                yl = y0 + L * (i + 1)
                xx = self.m
                if style == "dots":
                    while xx < self.W - self.m:
                        self.d.ellipse([xx, yl - 1, xx + 2, yl + 1], fill=0)
                        xx += self.mm(1.3)
                else:
                    self.d.line([self.m, yl, self.W - self.m, yl], fill=(90, 90, 90), width=1)
        ytxt = y0 + L - self.hand_px * 1.3 if style != "box" else y0 + self.mm(2)
        self.val(self.m + self.mm(2), ytxt, value, max_w=self.W - 2 * self.m - self.mm(6), line_h=L)
        self.y = y0 + L * lines + self.mm(4)

    def checks(self, label, options, checked, size=9, mark="X", x_label_w=None):
        f = self.pf(size)
        self.d.text((self.m, self.y), label, font=f, fill=0)
        x = self.m + (self.mm(x_label_w) if x_label_w else int(f.getlength(label)) + self.mm(4))
        y = self.y
        bs = self.mm(3.6)
        for i, op in enumerate(options):
            if x + bs + f.getlength(op) > self.W - self.m:
                x = self.m + (self.mm(x_label_w) if x_label_w else self.mm(10))
                y += self.mm(6)
            self.d.rectangle([x, y, x + bs, y + bs], outline=0, width=2)
            if i in checked:
                col = INKS.get(self.ink, (0, 0, 0)) if not self.typed else (0, 0, 0)
                j = self.rng.uniform
                if mark == "X" or self.typed:
                    self.d.line([x - 2 + j(-2, 2), y - 3, x + bs + 3, y + bs + 2 + j(-2, 2)], fill=col, width=4)
                    self.d.line([x + bs + 2, y - 3 + j(-2, 2), x - 2, y + bs + 3], fill=col, width=4)
                else:  # tick
                    self.d.line([x, y + bs * 0.5, x + bs * 0.4, y + bs + 2, x + bs * 1.3, y - bs * 0.5], fill=col, width=4)
            self.d.text((x + bs + self.mm(1.5), y - 2), op, font=f, fill=0)
            x += bs + self.mm(3) + int(f.getlength(op)) + self.mm(5)
        self.y = y + self.mm(7)

    def table(self, cols, header, rows, size=9, row_h=8.5, hand_cols=None, bold_rows=(), head_fill=(225, 225, 225)):
        """cols: widths in mm (sum <= text width). rows: list of lists; cells are (text, is_value)."""
        f = self.pf(size)
        fb = self.pf(size, True)
        x0 = self.m
        xs = [x0]
        for c in cols:
            xs.append(xs[-1] + self.mm(c))
        y = self.y
        R = self.mm(row_h)
        allrows = ([header] if header else []) + rows
        for ri, row in enumerate(allrows):
            is_head = header and ri == 0
            if is_head and head_fill:
                self.d.rectangle([xs[0], y, xs[-1], y + R], fill=head_fill)
            for ci, cell in enumerate(row):
                if isinstance(cell, tuple):
                    txt, isval = cell
                else:
                    txt, isval = cell, False
                if txt is None:
                    continue
                if isval:
                    self.val(xs[ci] + self.mm(1.5), y + max(1, (R - self.hand_px * 1.25) / 2), txt,
                             max_w=xs[ci + 1] - xs[ci] - self.mm(2))
                else:
                    ff = fb if (is_head or (ri - (1 if header else 0)) in bold_rows) else f
                    self.d.text((xs[ci] + self.mm(1.5), y + (R - self.pt(size)) / 2 - 2), txt, font=ff, fill=0)
            y += R
        # grid
        n = len(allrows)
        for i in range(n + 1):
            self.d.line([xs[0], self.y + i * R, xs[-1], self.y + i * R], fill=0, width=2)
        for x in xs:
            self.d.line([x, self.y, x, self.y + n * R], fill=0, width=2)
        self.y = y + self.mm(3)

    def sign(self, left_label, left_val, right_label, name, sig=True, size=9):
        f = self.pf(size)
        xm = self.W // 2
        self.d.text((self.m, self.y), left_label, font=f, fill=0)
        self.d.text((xm, self.y), right_label, font=f, fill=0)
        yv = self.y + self.mm(6)
        self.val(self.m + self.mm(2), yv, left_val)
        if sig:
            sigfont = self.hand if self.hand else F["mali"]
            draw_signature(self.img, xm + self.mm(6), yv, name, sigfont, int(self.hand_px * 1.25), self.ink, self.rng)
        self.y = yv + self.mm(16)

    def footer(self, text, size=7):
        f = self.pf(size)
        self.d.text((self.m, self.H - self.m * 0.7), text, font=f, fill=(90, 90, 90))


def wrap(text, f, max_w):
    out = []
    for para in str(text).split("\n"):
        cur = ""
        for w in para.split(" "):
            t = (cur + " " + w).strip()
            if f.getlength(t) <= max_w or not cur:
                cur = t
            else:
                out.append(cur)
                cur = w
        out.append(cur)
    return out


# ------------------------------------------------------------------ scan & photo effects
def jpeg_bytes(img, q):
    b = io.BytesIO()
    img.save(b, "JPEG", quality=q, optimize=True)
    return b.getvalue()


def scan_effect(img, rng, angle, q, blur=0.6, noise=6.0, grey=True, lid_shadow=True):
    im = img.convert("L") if grey else img.convert("RGB")
    # paper not perfectly white, toner a bit lighter
    arr = np.asarray(im).astype(np.float32)
    arr = 18 + arr * (232 - 18) / 255.0
    im = Image.fromarray(arr.clip(0, 255).astype(np.uint8))
    fill = 236 if grey else (236, 236, 232)
    im = im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=fill)
    arr = np.asarray(im).astype(np.float32)
    nrng = np.random.default_rng(int(rng.random() * 1e9))
    arr += nrng.normal(0, noise, arr.shape)
    im = Image.fromarray(arr.clip(0, 255).astype(np.uint8))
    if blur:
        im = im.filter(ImageFilter.GaussianBlur(blur))
    arr = np.asarray(im).astype(np.float32)
    arr += nrng.normal(0, 0.5, arr.shape)
    h, w = arr.shape[:2]
    # uneven scanner illumination
    gx = np.linspace(-1, 1, w)[None, :]
    gy = np.linspace(-1, 1, h)[:, None]
    illum = 1.0 - 0.04 * (gx * rng.uniform(-1, 1) + gy * rng.uniform(-1, 1)) - 0.03 * (gx ** 2)
    if arr.ndim == 3:
        illum = illum[:, :, None]
    arr *= illum
    if lid_shadow:
        edge = int(w * 0.012)
        side = rng.choice(["l", "r"])
        ramp = np.linspace(0.35, 1.0, edge)
        if side == "r":
            ramp = ramp[::-1]
            sl = slice(w - edge, w)
        else:
            sl = slice(0, edge)
        if arr.ndim == 3:
            arr[:, sl, :] *= ramp[None, :, None]
        else:
            arr[:, sl] *= ramp[None, :]
    im = Image.fromarray(arr.clip(0, 255).astype(np.uint8))
    return jpeg_bytes(im, q), im.size


def image_pdf(pages, dpi, producer="Scan2PDF", creator="Scanner"):
    """pages: list of (jpeg_bytes, (w, h), grey). A minimal image-only PDF (no fonts, no text)."""
    objs = []

    def add(b):
        objs.append(b)
        return len(objs)

    cat = add(None)
    pages_id = add(None)
    kids = []
    for jpg, (w, h), grey in pages:
        pw, ph = w * 72.0 / dpi, h * 72.0 / dpi
        img_id = add(b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace %s /BitsPerComponent 8 "
                     b"/Filter /DCTDecode /Length %d >>\nstream\n" % (w, h, b"/DeviceGray" if grey else b"/DeviceRGB",
                                                                     len(jpg)) + jpg + b"\nendstream")
        content = b"q %.2f 0 0 %.2f 0 0 cm /Im0 Do Q" % (pw, ph)
        c = zlib.compress(content)
        cid = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(c) + c + b"\nendstream")
        pid = add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %.2f %.2f] /Resources << /XObject << /Im0 %d 0 R >> >> "
                  b"/Contents %d 0 R >>" % (pages_id, pw, ph, img_id, cid))
        kids.append(pid)
    objs[cat - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id
    objs[pages_id - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    info = add(b"<< /Producer (%s) /Creator (%s) >>" % (producer.encode(), creator.encode()))
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(b"%d 0 obj\n" % i + o + b"\nendobj\n")
    x = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offs:
        out.write(b"%010d 00000 n \n" % o)
    out.write(b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objs) + 1, cat, info, x))
    return out.getvalue()


def _persp_coeffs(dst, src):
    """coefficients mapping output (dst) points to input (src) points for Image.PERSPECTIVE."""
    A, B = [], []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y]); B.append(u)
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y]); B.append(v)
    return np.linalg.solve(np.array(A, float), np.array(B, float)).tolist()


def table_texture(w, h, rng, kind):
    nrng = np.random.default_rng(int(rng.random() * 1e9))
    if kind == "wood":
        base = np.array([150, 104, 62], np.float32)
        yy = np.arange(h)[:, None].astype(np.float32)
        xx = np.arange(w)[None, :].astype(np.float32)
        grain = np.sin(yy / rng.uniform(9, 15) + np.sin(xx / rng.uniform(140, 260)) * 3.0) * 0.5 + 0.5
        fine = nrng.normal(0, 1, (h // 4 + 1, w // 40 + 1))
        fine = np.array(Image.fromarray(fine.astype(np.float32)).resize((w, h), Image.BILINEAR))
        v = 0.82 + 0.12 * grain + 0.05 * fine
        arr = base[None, None, :] * v[:, :, None]
        # plank seams
        for sy in range(int(rng.uniform(100, 300)), h, int(rng.uniform(380, 520))):
            arr[sy:sy + 4] *= 0.55
    elif kind == "formica":
        base = np.array([205, 205, 198], np.float32)
        n = nrng.normal(0, 1, (h, w)).astype(np.float32)
        arr = base[None, None, :] * (1 + 0.03 * n[:, :, None])
    else:  # tablecloth (checked)
        yy = (np.arange(h)[:, None] // 60) % 2
        xx = (np.arange(w)[None, :] // 60) % 2
        m = (yy ^ xx).astype(np.float32)
        c1 = np.array([178, 196, 214], np.float32)
        c2 = np.array([236, 238, 240], np.float32)
        arr = c1[None, None, :] * m[:, :, None] + c2[None, None, :] * (1 - m[:, :, None])
        arr *= (1 + 0.02 * nrng.normal(0, 1, (h, w, 1))).astype(np.float32)
    return Image.fromarray(arr.clip(0, 255).astype(np.uint8))


def photo_effect(paper, rng, tilt_deg, out=(1500, 2000), q=68, table="wood"):
    W, H = out
    bg = table_texture(W, H, rng, table)
    pw, ph = paper.size
    # target quad: paper ~ 84-88% of frame height, rotated, with perspective (top edge narrower)
    scale = (H * rng.uniform(0.83, 0.88)) / ph
    tw, th = pw * scale, ph * scale
    cx, cy = W / 2 + rng.uniform(-30, 30), H / 2 + rng.uniform(-20, 35)
    shrink = rng.uniform(0.03, 0.065)
    pts = [(-tw / 2 * (1 - shrink), -th / 2), (tw / 2 * (1 - shrink), -th / 2), (tw / 2, th / 2), (-tw / 2, th / 2)]
    # slight extra skew
    sk = rng.uniform(-0.02, 0.02)
    pts = [(x + sk * y, y) for x, y in pts]
    a = math.radians(tilt_deg)
    quad = [(cx + x * math.cos(a) - y * math.sin(a), cy + x * math.sin(a) + y * math.cos(a)) for x, y in pts]
    src = [(0, 0), (pw, 0), (pw, ph), (0, ph)]
    co = _persp_coeffs(quad, src)
    warped = paper.transform((W, H), Image.PERSPECTIVE, co, resample=Image.BICUBIC)
    mask = Image.new("L", (pw, ph), 255).transform((W, H), Image.PERSPECTIVE, co, resample=Image.BILINEAR)
    # shadow under the sheet
    sh = mask.filter(ImageFilter.GaussianBlur(18))
    sh_arr = np.asarray(sh).astype(np.float32) / 255.0
    sh_arr = np.roll(np.roll(sh_arr, 10, axis=0), 8, axis=1)
    bga = np.asarray(bg).astype(np.float32) * (1 - 0.45 * sh_arr[:, :, None])
    bg = Image.fromarray(bga.clip(0, 255).astype(np.uint8))
    bg.paste(warped, (0, 0), mask)
    arr = np.asarray(bg).astype(np.float32)
    # uneven light: a lamp from one side + vignette + a soft shadow blob (phone/hand)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    lx, ly = rng.uniform(0, W), rng.uniform(-H * 0.3, H * 0.4)
    dist = np.sqrt((xx - lx) ** 2 + (yy - ly) ** 2) / math.hypot(W, H)
    light = 1.08 - 0.42 * dist
    vig = 1 - 0.18 * (((xx - W / 2) / (W / 2)) ** 2 + ((yy - H / 2) / (H / 2)) ** 2)
    bx, by = rng.uniform(0.1, 0.9) * W, rng.uniform(0.75, 1.05) * H
    blob = np.exp(-(((xx - bx) / (W * 0.35)) ** 2 + ((yy - by) / (H * 0.16)) ** 2))
    light = light * vig * (1 - 0.22 * blob)
    arr *= light[:, :, None]
    # warm colour cast
    arr *= np.array([1.04, 1.0, 0.9], np.float32)[None, None, :]
    nrng = np.random.default_rng(int(rng.random() * 1e9))
    arr += nrng.normal(0, 2.2, arr.shape)
    im = Image.fromarray(arr.clip(0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.75))
    return jpeg_bytes(im, q)
