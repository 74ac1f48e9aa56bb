"""Drawing primitives: a page (Pillow canvas) that logs every string it draws,
typed text, jittered handwriting, crossed-out words, signatures and stamps."""
import math
import os
import random

from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
FONTDIR = os.path.join(HERE, "fonts")

HANDS = {
    "Delius": "Delius/Delius-Regular.ttf",
    "Itim": "Itim/Itim-Regular.ttf",
    "KiteOne": "KiteOne/KiteOne-Regular.ttf",
    "CraftyGirls": "CraftyGirls/CraftyGirls-Regular.ttf",
    "PatrickHandSC": "PatrickHandSC/PatrickHandSC-Regular.ttf",
    "GochiHand": "GochiHand/GochiHand-Regular.ttf",
    "ComingSoon": "ComingSoon/ComingSoon-Regular.ttf",
}
# relative visual size correction so that all hands look about the same height
HAND_SCALE = {"Delius": 1.0, "Itim": 1.02, "KiteOne": 1.05, "CraftyGirls": 0.86,
              "PatrickHandSC": 1.08, "GochiHand": 1.12, "ComingSoon": 0.88}
TYPE = {
    "sans": "Liberation/LiberationSans-Regular.ttf",
    "sans-b": "Liberation/LiberationSans-Bold.ttf",
    "serif": "Liberation/LiberationSerif-Regular.ttf",
    "serif-b": "Liberation/LiberationSerif-Bold.ttf",
    "mono": "Liberation/LiberationMono-Regular.ttf",
    "narrow": "Liberation/LiberationSansNarrow-Regular.ttf",
    "narrow-b": "Liberation/LiberationSansNarrow-Bold.ttf",
}
INKS = {
    "blue": (28, 45, 140),
    "blue2": (20, 60, 165),
    "black": (22, 22, 28),
    "stamp-violet": (88, 60, 165),
    "stamp-blue": (40, 70, 170),
    "stamp-red": (185, 40, 50),
}
_font_cache = {}


def font(path_key, size, hand=False):
    rel = HANDS[path_key] if hand else TYPE[path_key]
    size = max(6, int(round(size)))
    k = (rel, size)
    if k not in _font_cache:
        _font_cache[k] = ImageFont.truetype(os.path.join(FONTDIR, rel), size)
    return _font_cache[k]


class Page:
    """One sheet of paper.  `log` keeps the text drawn on it (for verify.py)."""

    def __init__(self, w=1240, h=1754, paper=(252, 252, 249), dpi=150):
        self.img = Image.new("RGB", (w, h), paper)
        self.d = ImageDraw.Draw(self.img)
        self.w, self.h, self.dpi = w, h, dpi
        self.log = []       # strings that can be read on the page
        self.struck = []    # strings that are crossed out

    def mm(self, v):
        return int(round(v * self.dpi / 25.4))

    # ---------------- typed text ----------------
    def typed(self, x, y, text, key="sans", size=22, fill=(20, 20, 20), anchor="ls", log=True):
        f = font(key, size)
        self.d.text((x, y), text, font=f, fill=fill, anchor=anchor)
        if log and text.strip():
            self.log.append(text)
        return x + f.getlength(text)

    def typed_len(self, text, key="sans", size=22):
        return font(key, size).getlength(text)

    def typed_wrap(self, x, y, text, width, key="sans", size=22, lead=1.35, fill=(20, 20, 20),
                   justify=False):
        f = font(key, size)
        words = [w for w in text.split(" ") if w]
        lines, cur = [], ""
        for w in words:
            t = (cur + " " + w).strip()
            if f.getlength(t) > width and cur:
                lines.append(cur)
                cur = w
            else:
                cur = t
        if cur:
            lines.append(cur)
        for i, ln in enumerate(lines):
            if justify and i < len(lines) - 1 and " " in ln:
                ws = ln.split(" ")
                gap = (width - sum(f.getlength(w) for w in ws)) / (len(ws) - 1)
                xx = x
                for w in ws:
                    self.d.text((xx, y), w, font=f, fill=fill, anchor="ls")
                    xx += f.getlength(w) + gap
            else:
                self.d.text((x, y), ln, font=f, fill=fill, anchor="ls")
            y += int(size * lead)
        self.log.append(" ".join(lines).replace("\u00a0", " "))
        return y

    # ---------------- lines ----------------
    def dotted(self, x0, x1, y, fill=(90, 90, 90), step=6, r=1):
        x = x0
        while x < x1:
            self.d.ellipse([x - r, y - r, x + r, y + r], fill=fill)
            x += step

    def line(self, x0, y0, x1, y1, fill=(40, 40, 40), width=2):
        self.d.line([(x0, y0), (x1, y1)], fill=fill, width=width)

    def rect(self, x0, y0, x1, y1, outline=(40, 40, 40), width=2, fill=None):
        self.d.rectangle([x0, y0, x1, y1], outline=outline, width=width, fill=fill)

    def checkbox(self, x, y, size=22, checked=False, ink=None, rng=None):
        self.rect(x, y - size, x + size, y, width=2)
        if checked:
            rng = rng or random.Random(1)
            c = INKS[ink or "blue"]
            pts = [(x + 4 + rng.uniform(-2, 2), y - size * 0.45),
                   (x + size * 0.4, y - 3 + rng.uniform(-2, 2)),
                   (x + size + 6 + rng.uniform(-2, 3), y - size - 8 + rng.uniform(-3, 3))]
            self.d.line(pts, fill=c, width=3, joint="curve")


class Hand:
    """A writer: a handwriting font, an ink and a personal amount of untidiness."""

    def __init__(self, font_key, ink="blue", size=36, seed=0, mess=1.0, slope=-0.004):
        self.key = font_key
        self.ink = INKS[ink] if isinstance(ink, str) else ink
        self.size = size * HAND_SCALE[font_key]
        self.rng = random.Random(seed)
        self.mess = mess
        self.slope = slope  # baseline drift per px (negative = uphill)

    def fnt(self, size):
        return font(self.key, size, hand=True)

    def word_img(self, word, size):
        """Render one word on its own RGBA layer with per-letter jitter."""
        rng = self.rng
        chars = []
        x = 0.0
        off = 0.0
        for ch in word:
            s = size * (1 + rng.gauss(0, 0.035 * self.mess))
            f = self.fnt(s)
            off = max(-3.5, min(3.5, off + rng.gauss(0, 0.7 * self.mess)))
            chars.append((x, off, ch, f))
            x += f.getlength(ch) * (1 + rng.gauss(0, 0.04 * self.mess)) + rng.uniform(-0.5, 1.0)
        pad = int(size * 0.6)
        W = int(x + 2 * pad)
        H = int(size * 2.0 + 2 * pad)
        base = pad + size * 1.35
        mask = Image.new("L", (max(W, 4), H), 0)
        md = ImageDraw.Draw(mask)
        for cx, co, ch, f in chars:
            md.text((pad + cx, base + co), ch, font=f, fill=255, anchor="ls")
        ang = self.rng.gauss(0, 1.3 * self.mess)
        mask = mask.rotate(ang, resample=Image.BICUBIC, center=(pad, base), expand=False)
        mask = mask.filter(ImageFilter.GaussianBlur(0.45))
        return mask, pad, base, x

    def write(self, page, x, y, text, size=None, struck=False, strike_style="line", log=True,
              max_x=None):
        """Write text with baseline y starting at x. Returns end x.  Text may contain
        markup  ~~old~~  (crossed out).  Returns x after the last word."""
        size = (size or self.size)
        segs = parse_markup(text)
        start_x = x
        for seg_text, seg_struck in segs:
            words = seg_text.split(" ")
            seg_x0 = None
            for wi, w in enumerate(words):
                if not w:
                    x += size * 0.3
                    continue
                sz = size * (1 + self.rng.gauss(0, 0.04 * self.mess))
                mask, pad, base, wlen = self.word_img(w, sz)
                if max_x is not None and x + wlen > max_x and x > start_x + 5:
                    pass  # caller handles wrapping; we simply let it run
                yy = y + self.slope * (x - start_x) + self.rng.gauss(0, 1.2 * self.mess)
                alpha = self.rng.uniform(0.86, 1.0)
                ink_layer = Image.new("RGB", mask.size, self._ink())
                m = mask.point(lambda v, a=alpha: int(v * a))
                page.img.paste(ink_layer, (int(x - pad), int(yy - base)), m)
                if seg_x0 is None:
                    seg_x0 = x
                x += wlen + size * self.rng.uniform(0.28, 0.42)
            if seg_struck and seg_x0 is not None:
                self.strike(page, seg_x0 - 3, x - size * 0.3, y - size * 0.28, size, strike_style)
                if log:
                    page.struck.append(seg_text.strip())
        if log:
            clean = " ".join(t.strip() for t, s in segs if not s and t.strip())
            if clean:
                page.log.append(clean)
        return x

    def _ink(self):
        r, g, b = self.ink
        j = self.rng.randint(-8, 8)
        return (max(0, r + j), max(0, g + j), max(0, min(255, b + j)))

    def strike(self, page, x0, x1, y, size, style="line"):
        rng = self.rng
        c = self.ink
        if style == "scribble":
            pts = []
            n = max(4, int((x1 - x0) / (size * 0.25)))
            for i in range(n + 1):
                px = x0 + (x1 - x0) * i / n
                py = y + (size * 0.32 if i % 2 else -size * 0.32) + rng.uniform(-3, 3)
                pts.append((px, py))
            page.d.line(pts, fill=c, width=3, joint="curve")
        else:
            for k in range(1 if style == "line" else 2):
                dy = rng.uniform(-3, 3) + k * 5
                page.d.line([(x0, y + dy + rng.uniform(-2, 2)), (x1, y + dy + rng.uniform(-4, 2))],
                            fill=c, width=3)

    def length(self, text, size=None):
        size = size or self.size
        return self.fnt(size).getlength(text.replace("~~", "")) * 1.03 + size * 0.05 * text.count(" ")

    def write_wrapped(self, page, x, y, text, width, lead=None, size=None, lines_y=None):
        """Wrap text into lines of width; lines_y optional list of baselines."""
        size = size or self.size
        lead = lead or size * 1.45
        words = text.split(" ")
        lines, cur = [], ""
        for w in words:
            t = (cur + " " + w).strip()
            if self.length(t, size) > width and cur:
                lines.append(cur)
                cur = w
            else:
                cur = t
        if cur:
            lines.append(cur)
        ys = []
        for i, ln in enumerate(lines):
            yy = lines_y[i] if lines_y and i < len(lines_y) else y + i * lead
            self.write(page, x + self.rng.uniform(-4, 6), yy, ln, size=size, log=False)
            ys.append(yy)
        page.log.append(" ".join(lines).replace("~~", ""))
        return (ys[-1] if ys else y), len(lines)

    def caps_in_boxes(self, page, x, y_bottom, text, box_w, box_h, n_boxes):
        """Block capitals, one per box of a comb row."""
        size = box_h * 0.82
        for i, ch in enumerate(text[:n_boxes]):
            if ch == " ":
                continue
            f = self.fnt(size * (1 + self.rng.gauss(0, 0.04)))
            cx = x + i * box_w + box_w / 2 + self.rng.gauss(0, 1.2)
            cy = y_bottom - box_h * 0.18 + self.rng.gauss(0, 1.2)
            mask = Image.new("L", (int(box_w * 2), int(box_h * 2)), 0)
            ImageDraw.Draw(mask).text((box_w, box_h * 1.4), ch, font=f, fill=255, anchor="ms")
            mask = mask.rotate(self.rng.gauss(0, 2.5), resample=Image.BICUBIC).filter(
                ImageFilter.GaussianBlur(0.45))
            page.img.paste(Image.new("RGB", mask.size, self._ink()),
                           (int(cx - box_w), int(cy - box_h * 1.4)), mask)
        page.log.append(text)

    def signature(self, page, x, y, w=220, h=60, initials=None):
        """A signature scribble: an initial in the hand font and a looping, smoothed line."""
        rng = self.rng
        c = self.ink
        x0 = x
        if initials:
            f = self.fnt(h * 1.25)
            mask = Image.new("L", (int(h * 2.2), int(h * 2.4)), 0)
            ImageDraw.Draw(mask).text((h * 0.3, h * 1.7), initials, font=f, fill=255, anchor="ls")
            mask = mask.rotate(rng.uniform(-14, 6), resample=Image.BICUBIC).filter(
                ImageFilter.GaussianBlur(0.5))
            page.img.paste(Image.new("RGB", mask.size, c), (int(x - h * 0.3), int(y - h * 1.7)), mask)
            x0 = x + h * 0.8
        # control points
        ctrl = [(x0 - h * 0.2, y - h * 0.2)]
        cx = x0
        n = rng.randint(6, 10)
        for k in range(n):
            cx += (x + w - x0) / n * rng.uniform(0.5, 1.4)
            cy = y - h * 0.35 + rng.uniform(-h * 0.45, h * 0.4)
            ctrl.append((cx, cy))
            if rng.random() < 0.35:  # a loop
                ctrl.append((cx + h * 0.15, cy - h * 0.35))
                ctrl.append((cx - h * 0.12, cy - h * 0.25))
                ctrl.append((cx + h * 0.05, cy + h * 0.1))
        ctrl.append((cx + h * 0.3, y - h * 0.1 + rng.uniform(-8, 8)))
        pts = []
        P = [ctrl[0]] + ctrl + [ctrl[-1]]
        for i in range(1, len(P) - 2):
            p0, p1, p2, p3 = P[i - 1], P[i], P[i + 1], P[i + 2]
            for t in [j / 10.0 for j in range(10)]:
                t2, t3 = t * t, t * t * t
                px = 0.5 * ((2 * p1[0]) + (-p0[0] + p2[0]) * t + (2 * p0[0] - 5 * p1[0] + 4 * p2[0] - p3[0]) * t2
                            + (-p0[0] + 3 * p1[0] - 3 * p2[0] + p3[0]) * t3)
                py = 0.5 * ((2 * p1[1]) + (-p0[1] + p2[1]) * t + (2 * p0[1] - 5 * p1[1] + 4 * p2[1] - p3[1]) * t2
                            + (-p0[1] + 3 * p1[1] - 3 * p2[1] + p3[1]) * t3)
                pts.append((px, py))
        page.d.line(pts, fill=c, width=rng.choice([2, 3]), joint="curve")
        if rng.random() < 0.7:  # underline flourish
            page.d.line([(x0 - 12 + rng.uniform(-5, 5), y + rng.uniform(-4, 6)),
                         (x + w * rng.uniform(0.8, 1.05), y - h * 0.1 + rng.uniform(-10, 4))], fill=c, width=2)


def parse_markup(text):
    """'a ~~b~~ c' -> [('a ', False), ('b', True), (' c', False)]"""
    out = []
    parts = text.split("~~")
    for i, p in enumerate(parts):
        if p:
            out.append((p, i % 2 == 1))
    return out


def clean_markup(text):
    return " ".join(t.strip() for t, s in parse_markup(text) if not s and t.strip())


# ---------------- stamps ----------------
def stamp(page, cx, cy, lines, color="stamp-violet", kind="rect", rng=None, angle=None,
          scale=1.0, ring_text=None, center_text=None):
    rng = rng or random.Random(0)
    col = INKS[color]
    if kind == "rect":
        f1 = font("sans-b", 24 * scale)
        f2 = font("sans", 19 * scale)
        widths = [(f1 if i == 0 else f2).getlength(t) for i, t in enumerate(lines)]
        W = int(max(widths) + 50 * scale)
        H = int(30 * scale + 30 * scale * len(lines))
        lay = Image.new("L", (W + 20, H + 20), 0)
        d = ImageDraw.Draw(lay)
        d.rectangle([10, 10, W + 10, H + 10], outline=255, width=int(4 * scale))
        d.rectangle([17, 17, W + 3, H + 3], outline=255, width=int(2 * scale))
        yy = 10 + 40 * scale
        for i, t in enumerate(lines):
            f = f1 if i == 0 else f2
            d.text((10 + W / 2, yy), t, font=f, fill=255, anchor="ms")
            yy += 30 * scale
    else:  # round
        R = int(120 * scale)
        lay = Image.new("L", (2 * R + 20, 2 * R + 20), 0)
        d = ImageDraw.Draw(lay)
        c = R + 10
        d.ellipse([c - R, c - R, c + R, c + R], outline=255, width=int(4 * scale))
        d.ellipse([c - R + 42 * scale, c - R + 42 * scale, c + R - 42 * scale, c + R - 42 * scale],
                  outline=255, width=int(2 * scale))
        rr = R - 26 * scale
        txt = ring_text
        fs = 21 * scale
        f = font("sans-b", fs)
        while sum(f.getlength(ch) for ch in txt) > 0.86 * 2 * math.pi * rr and fs > 11:
            fs -= 0.5
            f = font("sans-b", fs)
        total = sum(f.getlength(ch) for ch in txt)
        span = min(318, math.degrees(total / rr) * 1.06)
        a = -90 - span / 2
        for ch in txt:
            cw = f.getlength(ch)
            da = math.degrees(cw / rr) * span / max(1e-6, math.degrees(total / rr))
            mid = math.radians(a + da / 2)
            ci = Image.new("L", (60, 60), 0)
            ImageDraw.Draw(ci).text((30, 40), ch, font=f, fill=255, anchor="ms")
            ci = ci.rotate(-(a + da / 2 + 90), resample=Image.BICUBIC)
            px = c + rr * math.cos(mid) - 30
            py = c + rr * math.sin(mid) - 30
            lay.paste(255, (int(px), int(py)), ci)
            a += da
        if center_text:
            f2 = font("sans-b", 20 * scale)
            for i, t in enumerate(center_text):
                d.text((c, c + (i - (len(center_text) - 1) / 2) * 26 * scale + 8), t, font=f2,
                       fill=255, anchor="ms")
    # uneven inking
    import numpy as np
    nrng = np.random.default_rng(rng.randint(0, 2 ** 31))
    a = np.asarray(lay, dtype=np.float32) / 255.0
    small = nrng.random((max(2, lay.size[1] // 14), max(2, lay.size[0] // 14))).astype(np.float32)
    blot = Image.fromarray((small * 255).astype("uint8")).resize(lay.size, Image.BICUBIC)
    b = np.asarray(blot, dtype=np.float32) / 255.0
    a = a * np.clip(0.45 + 0.75 * b, 0, 1) * rng.uniform(0.72, 0.9)
    lay = Image.fromarray((a * 255).astype("uint8"))
    ang = angle if angle is not None else rng.uniform(-9, 9)
    lay = lay.rotate(ang, resample=Image.BICUBIC, expand=True).filter(ImageFilter.GaussianBlur(0.6))
    # multiply-like paste
    x0, y0 = int(cx - lay.size[0] / 2), int(cy - lay.size[1] / 2)
    page.img.paste(Image.new("RGB", lay.size, col), (x0, y0), lay)
    for t in lines:
        page.log.append(t)
    if ring_text:
        page.log.append(ring_text)
    if center_text:
        page.log.extend(center_text)
