"""Page drawing with typed text and jittered handwriting, scanner and phone-photo looks."""
import io
import os
import random
import unicodedata

import numpy as np
from fontTools.ttLib import TTFont
from PIL import ImageFilter, Image, ImageDraw, ImageFilter, ImageFont, ImageChops

HERE = os.path.dirname(os.path.abspath(__file__))
FONTS = os.path.join(HERE, "fonts")
SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
SANS_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
SERIF = "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf"
SERIF_B = "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf"
LSANS = "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"
LSANS_B = "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"

# name -> (file, size factor, accents ok)
HANDS = {
    "caveat": ("caveat.ttf", 1.25),
    "kalam": ("kalam.ttf", 0.95),
    "patrick-hand": ("patrick-hand.ttf", 1.05),
    "indie-flower": ("indie-flower.ttf", 1.15),
    "shadows-into-light": ("shadows-into-light.ttf", 1.05),
    "gochi-hand": ("gochi-hand.ttf", 1.05),
    "because-we-learn": ("BecauseWeLearn-Regular.otf", 1.1),
    "because-we-connect": ("BecauseWeConnect-Regular.otf", 1.1),
}
_cmaps = {}
_fcache = {}


def font(path, px):
    key = (path, int(px))
    if key not in _fcache:
        _fcache[key] = ImageFont.truetype(path, max(6, int(px)))
    return _fcache[key]


class Hand:
    def __init__(self, name, rng, ink=None):
        self.name = name
        fn, self.factor = HANDS[name]
        self.path = os.path.join(FONTS, fn)
        if self.path not in _cmaps:
            _cmaps[self.path] = set(TTFont(self.path).getBestCmap())
        self.cmap = _cmaps[self.path]
        self.rng = rng
        self.ink = ink or rng.choice([(22, 38, 120), (18, 30, 95), (30, 30, 38), (40, 45, 70)])
        self.slope = rng.uniform(-0.012, 0.012)

    def fold(self, s):
        """write characters the font lacks as a person would"""
        out = []
        for ch in s:
            if ord(ch) in self.cmap or ch == " ":
                out.append(ch)
                continue
            rep = {"€": "EUR", "’": "'", "‘": "'", "«": '"', "»": '"', "„": '"', "”": '"', "“": '"',
                   "–": "-", "—": "-", "\u202f": " ", "\u00a0": " "}.get(ch)
            if rep is None:
                rep = unicodedata.normalize("NFKD", ch).encode("ascii", "ignore").decode() or "?"
            if rep == "EUR" and out and out[-1] != " ":
                rep = " EUR"
            out.append(rep)
        return "".join(out)


class Page:
    def __init__(self, dpi, rng, paper=None):
        self.dpi = dpi
        self.k = dpi / 25.4
        self.rng = rng
        self.W, self.H = int(210 * self.k), int(297 * self.k)
        self.im = Image.new("RGB", (self.W, self.H), paper or (253, 252, 248))
        self.d = ImageDraw.Draw(self.im)
        self.strings = []

    def px(self, mm):
        return int(round(mm * self.k))

    def pt(self, pt):
        return pt / 72 * self.dpi

    # typed text -------------------------------------------------------
    def type(self, x, y, s, pt=10.5, face=SANS, fill=(25, 25, 25), anchor="ls", record=True):
        f = font(face, self.pt(pt))
        self.d.text((self.px(x), self.px(y)), s, font=f, fill=fill, anchor=anchor)
        if record:
            self.strings.append(s)
        return f.getlength(s) / self.k

    def typewrap(self, x, y, s, width, pt=10.5, face=SANS, lead=1.35, fill=(25, 25, 25)):
        f = font(face, self.pt(pt))
        lines, cur = [], ""
        for w in s.split(" "):
            t = (cur + " " + w).strip()
            if f.getlength(t) / self.k > width and cur:
                lines.append(cur)
                cur = w
            else:
                cur = t
        if cur:
            lines.append(cur)
        for ln in lines:
            self.type(x, y, ln, pt, face, fill)
            y += pt * 0.3528 * lead
        return y

    def line(self, x1, y1, x2, y2, w=0.25, fill=(60, 60, 60), dotted=False):
        if dotted:
            n = int((x2 - x1) / 1.2)
            for i in range(n):
                xa = x1 + i * 1.2
                self.d.line([(self.px(xa), self.px(y1)), (self.px(xa + 0.4), self.px(y1))], fill=fill,
                            width=max(1, self.px(w)))
        else:
            self.d.line([(self.px(x1), self.px(y1)), (self.px(x2), self.px(y2))], fill=fill, width=max(1, self.px(w)))

    def rect(self, x1, y1, x2, y2, w=0.25, fill=None, outline=(60, 60, 60)):
        self.d.rectangle([self.px(x1), self.px(y1), self.px(x2), self.px(y2)], fill=fill, outline=outline,
                         width=max(1, self.px(w)))

    # handwriting --------------------------------------------------------
    def hand(self, x, y, s, hand, size=5.0, maxw=None, lead=1.45, record=True):
        """y is the baseline in mm; returns the baseline after the last line"""
        rng = self.rng
        s = hand.fold(s)
        if record:
            self.strings.append(s)
        base_px = size * hand.factor * self.k
        f0 = font(hand.path, base_px)
        words = s.split(" ")
        cx, cy = self.px(x), self.px(y)
        x0 = cx
        slope = hand.slope + rng.uniform(-0.004, 0.004)
        for wd in words:
            if not wd:
                continue
            wl = f0.getlength(wd)
            if maxw and cx + wl > self.px(x + maxw) and cx > x0:
                cx = x0 + int(rng.uniform(-0.5, 0.8) * self.k)
                cy += int(size * lead * self.k)
                slope = hand.slope + rng.uniform(-0.004, 0.004)
            f = font(hand.path, base_px * rng.uniform(0.95, 1.05))
            asc, desc = f.getmetrics()
            p = int(base_px * 0.3)
            w = int(f.getlength(wd)) + 2 * p
            h = asc + desc + 2 * p
            tmp = Image.new("L", (w, h), 0)
            ImageDraw.Draw(tmp).text((p, p + asc), wd, font=f, fill=int(255 * rng.uniform(0.82, 0.97)), anchor="ls")
            ang = rng.uniform(-2.2, 2.2) - np.degrees(slope)
            rot = tmp.rotate(ang, resample=Image.BICUBIC, expand=True)
            dw, dh = rot.size[0] - w, rot.size[1] - h
            jy = rng.uniform(-0.07, 0.07) * base_px + slope * (cx - x0)
            pos = (int(cx - p - dw / 2), int(cy - p - asc - dh / 2 + jy))
            inkimg = Image.new("RGB", rot.size, hand.ink)
            self.im.paste(inkimg, pos, rot)
            cx += int(f.getlength(wd) + f.getlength(" ") * rng.uniform(0.8, 1.45))
        return cy / self.k + size * lead

    def hand_width(self, s, hand, size):
        return font(hand.path, size * hand.factor * self.k).getlength(hand.fold(s)) / self.k * 1.08

    def signature(self, x, y, name, hand):
        """a scribble: the name written fast and big, not recorded as readable text"""
        f = font(hand.path, 9 * self.k * hand.factor)
        tmp = Image.new("L", (int(f.getlength(name)) + 40, int(12 * self.k)), 0)
        ImageDraw.Draw(tmp).text((20, int(9 * self.k)), name, font=f, fill=230, anchor="ls")
        tmp = tmp.resize((int(tmp.size[0] * 0.8), tmp.size[1])).rotate(self.rng.uniform(4, 10), expand=True,
                                                                        resample=Image.BICUBIC)
        tmp = tmp.filter(ImageFilter.GaussianBlur(0.6))
        self.im.paste(Image.new("RGB", tmp.size, hand.ink), (self.px(x), self.px(y) - tmp.size[1] // 2), tmp)


# ---------------------------------------------------------------- scanner
def scan_look(im, dpi, rng, colour):
    """tilt 0-3 degrees, light speckle, a little blur, scanner white level"""
    ang = rng.uniform(0.2, 3.0) * rng.choice([-1, 1])
    bg = (250, 250, 248)
    im = im.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=bg)
    im = im.filter(ImageFilter.GaussianBlur(rng.uniform(0.45, 0.8) * dpi / 200))
    if not colour:
        im = im.convert("L")
    a = np.asarray(im).astype(np.float32)
    h, w = a.shape[:2]
    # gentle uneven illumination from the scanner lamp
    grad = np.linspace(rng.uniform(0.96, 0.99), 1.0, w)[None, :]
    if a.ndim == 3:
        grad = grad[..., None]
    a = a * grad
    a += np.random.default_rng(rng.randrange(1 << 30)).normal(0, 0.7, a.shape)
    # speckle: sparse dark dots
    g = np.random.default_rng(rng.randrange(1 << 30))
    n = int(h * w * 0.00012)
    ys, xs = g.integers(0, h - 2, n), g.integers(0, w - 2, n)
    dark = g.uniform(60, 170, n)
    for dy in (0, 1):
        for dx in (0, 1):
            sel = g.random(n) < 0.6
            if a.ndim == 3:
                a[ys[sel] + dy, xs[sel] + dx, :] = dark[sel, None]
            else:
                a[ys[sel] + dy, xs[sel] + dx] = dark[sel]
    a = np.clip(a, 0, 255).astype(np.uint8)
    return Image.fromarray(a), ang


def save_scan_pdf(pages, path, dpi, quality):
    """image-only PDF: one JPEG per page (Pillow writes DCTDecode images, no fonts, no text)"""
    first, rest = pages[0], pages[1:]
    first.save(path, "PDF", save_all=True, append_images=rest, resolution=dpi, quality=quality)


# ---------------------------------------------------------------- phone photo
def _coeffs(dst, src):
    # find coefficients mapping output (dst) points to input (src) points
    A, B = [], []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y]); B.append(u)
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y]); B.append(v)
    return np.linalg.solve(np.array(A, float), np.array(B, float)).tolist()


def table_bg(size, rng):
    W, H = size
    g = np.random.default_rng(rng.randrange(1 << 30))
    kind = rng.choice(["wood", "grey", "cloth"])
    base = {"wood": (150, 105, 70), "grey": (120, 120, 118), "cloth": (90, 110, 140)}[kind]
    small = g.normal(0, 1, (H // 40 + 2, W // 40 + 2))
    low = np.asarray(Image.fromarray(((small + 3) * 40).clip(0, 255).astype(np.uint8)).resize((W, H), Image.BICUBIC),
                     np.float32) / 255 - 0.5
    a = np.zeros((H, W, 3), np.float32)
    for c in range(3):
        a[..., c] = base[c] * (1 + 0.25 * low)
    if kind == "wood":
        stripes = np.sin(np.linspace(0, rng.uniform(30, 60), W) + low[0] * 4)[None, :] * 10
        a += stripes[..., None]
    return a


def photo_look(page, rng, out_w=1200, out_h=1600, page_frac=0.86):
    W, H = out_w, out_h
    bg = table_bg((W, H), rng)
    pw = page_frac * W * rng.uniform(0.96, 1.03)
    ph = pw * page.size[1] / page.size[0]
    if ph > H * 0.95:
        ph = H * 0.95
        pw = ph * page.size[0] / page.size[1]
    cx, cy = W / 2 + rng.uniform(-0.03, 0.03) * W, H / 2 + rng.uniform(-0.02, 0.02) * H
    # perspective: phone tilted, top edge narrower or a side shorter
    t = rng.uniform(0.02, 0.06) * pw
    s = rng.uniform(-0.025, 0.025) * ph
    rot = rng.uniform(-3, 3) * np.pi / 180
    pts = [(-pw / 2 + t, -ph / 2 + s), (pw / 2 - t, -ph / 2 - s), (pw / 2, ph / 2), (-pw / 2, ph / 2)]
    dst = [(cx + x * np.cos(rot) - y * np.sin(rot), cy + x * np.sin(rot) + y * np.cos(rot)) for x, y in pts]
    src = [(0, 0), (page.size[0], 0), (page.size[0], page.size[1]), (0, page.size[1])]
    co = _coeffs(dst, src)
    warped = page.convert("RGB").transform((W, H), Image.PERSPECTIVE, co, resample=Image.BICUBIC)
    mask = Image.new("L", page.size, 255).transform((W, H), Image.PERSPECTIVE, co, resample=Image.BILINEAR)
    # soft drop shadow of the sheet on the table
    sh = mask.filter(ImageFilter.GaussianBlur(12))
    a = bg * (1 - 0.35 * (np.asarray(sh.transform((W, H), Image.AFFINE, (1, 0, -8, 0, 1, -10)), np.float32) / 255))[..., None]
    m = np.asarray(mask, np.float32)[..., None] / 255
    a = a * (1 - m) + np.asarray(warped, np.float32) * m
    # light fall-off (vignette) + a mild shadow from the phone/hand across one side
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    lx, ly = rng.uniform(0.3, 0.7) * W, rng.uniform(0.2, 0.5) * H
    r = np.sqrt(((xx - lx) / W) ** 2 + ((yy - ly) / H) ** 2)
    light = 1.0 - rng.uniform(0.25, 0.4) * r ** 1.6
    side = rng.choice(["left", "right", "bottom"])
    if side == "bottom":
        edge = yy / H
    elif side == "left":
        edge = 1 - xx / W
    else:
        edge = xx / W
    shadow = np.clip((edge - rng.uniform(0.6, 0.75)) * 6, 0, 1)
    shadow = np.asarray(Image.fromarray((shadow * 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(30)),
                        np.float32) / 255
    light = light * (1 - rng.uniform(0.18, 0.28) * shadow)
    a = a * light[..., None]
    # warm cast
    a[..., 0] *= rng.uniform(1.03, 1.07)
    a[..., 1] *= rng.uniform(0.97, 1.0)
    a[..., 2] *= rng.uniform(0.82, 0.9)
    a += np.random.default_rng(rng.randrange(1 << 30)).normal(0, 1.2, a.shape)
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    im = im.filter(ImageFilter.GaussianBlur(rng.uniform(0.4, 0.7)))
    return im


def site_photo(rng, w=800, h=600):
    """a harmless 'site photo': sky, field, a brick building and trees"""
    g = np.random.default_rng(rng.randrange(1 << 30))
    im = Image.new("RGB", (w, h))
    d = ImageDraw.Draw(im)
    hor = int(h * rng.uniform(0.42, 0.58))
    for y in range(hor):
        c = int(150 + 80 * y / hor)
        d.line([(0, y), (w, y)], fill=(c - 40, c - 10, 240))
    for y in range(hor, h):
        c = (y - hor) / (h - hor)
        d.line([(0, y), (w, y)], fill=(int(70 + 40 * c), int(120 + 30 * c), int(50 + 20 * c)))
    bx = rng.randint(50, w - 350)
    d.rectangle([bx, hor - 160, bx + 260, hor + 20], fill=(150, 70, 50))
    d.polygon([(bx - 10, hor - 160), (bx + 130, hor - 250), (bx + 270, hor - 160)], fill=(60, 60, 70))
    for i in range(4):
        d.rectangle([bx + 20 + i * 60, hor - 120, bx + 55 + i * 60, hor - 70], fill=(220, 220, 200))
    for i in range(rng.randint(2, 5)):
        tx = rng.randint(0, w)
        d.rectangle([tx - 6, hor - 60, tx + 6, hor + 30], fill=(80, 55, 35))
        d.ellipse([tx - 50, hor - 150, tx + 50, hor - 40], fill=(40, rng.randint(90, 130), 40))
    a = np.asarray(im, np.float32) + g.normal(0, 5, (h, w, 3))
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(1.0))
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=70)
    return buf.getvalue()
