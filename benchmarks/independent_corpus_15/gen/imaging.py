"""Page drawing (forms, letters) and the 'camera' / 'scanner app' / 'flatbed' looks.

Every string drawn is recorded in page.drawn (text, x, y, size_px) so that
verify.py can check truth against what was drawn, never by reading images back.
"""
import io
import os
import random

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont, ImageOps, ImageEnhance

FONTS = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'fonts')
PAGE_W, PAGE_H = 1240, 1754  # A4 at 150 dpi


def font(name, size):
    return ImageFont.truetype(os.path.join(FONTS, name), size)


SANS = 'LiberationSans-Regular.ttf'
SANS_B = 'LiberationSans-Bold.ttf'
SERIF = 'LiberationSerif-Regular.ttf'


class Page:
    def __init__(self, w=PAGE_W, h=PAGE_H):
        self.img = Image.new('RGB', (w, h), (252, 252, 250))
        self.d = ImageDraw.Draw(self.img)
        self.drawn = []  # (text, x, y, size)

    def text(self, xy, s, fnt, size, fill=(20, 20, 20), record=True, jitter=None):
        f = font(fnt, size)
        if jitter is None:
            self.d.text(xy, s, font=f, fill=fill)
        else:
            # hand writing: letters drift a little up/down, spacing varies
            rng = jitter
            x, y = xy
            for ch in s:
                dy = rng.uniform(-1.6, 1.6)
                self.d.text((x, y + dy), ch, font=f, fill=fill)
                x += f.getlength(ch) * rng.uniform(0.96, 1.06)
        if record:
            self.drawn.append((s, xy[0], xy[1], size))
        return f.getlength(s)

    def box(self, xy, width=2, fill=None, outline=(40, 40, 40)):
        self.d.rectangle(xy, outline=outline, width=width, fill=fill)

    def line(self, xy, width=1, fill=(90, 90, 90)):
        self.d.line(xy, fill=fill, width=width)

    def paragraph(self, x, y, lines, fnt, size, leading=1.45, fill=(25, 25, 25)):
        for ln in lines:
            if ln:
                self.text((x, y), ln, fnt, size, fill=fill)
            y += int(size * leading)
        return y


INK = [(20, 35, 110), (15, 15, 20), (30, 40, 140), (10, 60, 120)]


def draw_form(layout, values, hand_font, caps, rng, title_lines, hand_size=34):
    """layout: list of ('h', text) headings, ('f', key, label, height) fields,
    ('f2', (key,label,w), (key,label,w)) paired fields, ('n', text) notes.
    values: key -> string written by hand (missing key = left empty)."""
    p = Page()
    ink = rng.choice(INK)
    y = 70
    for i, t in enumerate(title_lines):
        p.text((90, y), t, SANS_B if i == 0 else SANS, 40 if i == 0 else 26)
        y += 56 if i == 0 else 38
    y += 20
    p.line([(90, y), (1150, y)], width=3, fill=(30, 30, 30))
    y += 30

    def hand(x, yy, s, maxw):
        s2 = s.upper() if caps else s
        size = hand_size
        f = font(hand_font, size)
        while f.getlength(s2) > maxw and size > 18:
            size -= 2
            f = font(hand_font, size)
        p.text((x + rng.uniform(0, 12), yy + rng.uniform(-4, 3)), s2, hand_font, size,
               fill=ink, jitter=rng)

    for item in layout:
        kind = item[0]
        if kind == 'h':
            p.box([(90, y), (1150, y + 44)], width=0, fill=(225, 228, 232), outline=None)
            p.text((102, y + 8), item[1], SANS_B, 26)
            y += 62
        elif kind == 'n':
            p.text((92, y), item[1], SANS, 20, fill=(70, 70, 70))
            y += 34
        elif kind == 'f':
            _, key, label, h = item
            p.text((92, y), label, SANS, 22, fill=(50, 50, 50))
            y += 30
            p.box([(90, y), (1150, y + h)], width=2)
            if key in values:
                lines = values[key] if isinstance(values[key], list) else [values[key]]
                yy = y + 8
                for ln in lines:
                    hand(104, yy, ln, 1030)
                    yy += int(hand_size * 1.35)
            y += h + 18
        elif kind == 'f2':
            x = 90
            for (key, label, w) in item[1:]:
                p.text((x + 2, y), label, SANS, 22, fill=(50, 50, 50))
                p.box([(x, y + 30), (x + w, y + 30 + 62)], width=2)
                if key in values:
                    hand(x + 12, y + 38, values[key], w - 24)
                x += w + 20
            y += 30 + 62 + 18
        elif kind == 'sig':
            p.text((92, y + 10), item[1], SANS, 22, fill=(50, 50, 50))
            if len(item) > 2:
                p.text((420, y), item[2], 'kristi.woff', 52, fill=ink, record=False)
            y += 90
    return p


def draw_letter(lines, rng, fnt=None, size=27, top=120, left=130):
    """lines: list of strings ('' = blank line). Typed letter."""
    p = Page()
    fnt = fnt or rng.choice([SANS, SERIF])
    y = top
    for ln in lines:
        if ln.startswith('>>'):  # right aligned (date / place)
            s = ln[2:]
            f = font(fnt, size)
            p.text((PAGE_W - left - f.getlength(s), y), s, fnt, size)
        elif ln.startswith('**'):
            p.text((left, y), ln[2:], SANS_B, size)
        elif ln.startswith('~~'):  # signature, not recorded
            p.text((left + 10, y - 10), ln[2:], 'kristi.woff', 56, fill=(20, 30, 100), record=False)
            y += 30
        elif ln:
            p.text((left, y), ln, fnt, size)
        y += int(size * 1.5)
    return p


# ------------------------------------------------------------------ looks
def _perspective_coeffs(src, dst):
    """coefficients mapping output (dst) points to input (src) points for Image.transform."""
    A, B = [], []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        B += [u, v]
    return np.linalg.solve(np.array(A, float), np.array(B, float)).tolist()


def _noise(img, rng, sigma):
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    a = np.asarray(img).astype(np.float32)
    a += nrng.normal(0, sigma, a.shape).astype(np.float32)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def _table(w, h, rng):
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    base = np.array(rng.choice([(120, 86, 58), (150, 118, 84), (96, 98, 104), (180, 170, 155)]), np.float32)
    ys = np.arange(h)[:, None]
    xs = np.arange(w)[None, :]
    grain = (np.sin(ys / rng.uniform(9, 25) + np.sin(xs / 300.0) * 2) * 10
             + nrng.normal(0, 4, (h, w)))
    a = base[None, None, :] + grain[:, :, None]
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def photograph(page, rng, out=(1512, 2016)):
    """A phone photo of a sheet lying on a table: perspective, shadow, uneven light, blur, noise."""
    W, H = out
    bg = _table(W, H, rng)
    pw, ph = page.img.size
    s = rng.uniform(0.80, 0.90) * min(W / pw, H / ph)
    cx, cy = W / 2 + rng.uniform(-40, 40), H / 2 + rng.uniform(-30, 50)
    hw, hh = pw * s / 2, ph * s / 2
    j = lambda: rng.uniform(-35, 35)
    top_shrink = rng.uniform(0.0, 0.07) * hw
    dst = [(cx - hw + top_shrink + j(), cy - hh + j()), (cx + hw - top_shrink + j(), cy - hh + j()),
           (cx + hw + j(), cy + hh + j()), (cx - hw + j(), cy + hh + j())]
    src = [(0, 0), (pw, 0), (pw, ph), (0, ph)]
    coeffs = _perspective_coeffs(src, dst)
    warped = page.img.transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC)
    mask = Image.new('L', (pw, ph), 255).transform((W, H), Image.PERSPECTIVE, coeffs, Image.BILINEAR)
    # soft drop shadow of the sheet
    sh = mask.filter(ImageFilter.GaussianBlur(14))
    bga = np.asarray(bg).astype(np.float32) * (1 - 0.45 * (np.asarray(sh, np.float32) / 255.0)[:, :, None])
    bg = Image.fromarray(np.clip(bga, 0, 255).astype(np.uint8))
    bg.paste(warped, (0, 0), mask)
    # uneven light: linear + radial gradient, warm tint
    a = np.asarray(bg).astype(np.float32)
    ys, xs = np.mgrid[0:H, 0:W].astype(np.float32)
    lx, ly = rng.uniform(0, W), rng.uniform(0, H * 0.5)
    dist = np.sqrt((xs - lx) ** 2 + (ys - ly) ** 2) / np.hypot(W, H)
    light = 1.08 - 0.45 * dist
    # hand / phone shadow across one corner
    ang = rng.uniform(0.3, 1.2)
    edge = (xs * np.cos(ang) + ys * np.sin(ang)) - rng.uniform(0.75, 0.95) * (W * np.cos(ang) + H * np.sin(ang))
    shadow = 1 - 0.28 / (1 + np.exp(-edge / 60.0))
    a *= (light * shadow)[:, :, None]
    a *= np.array([1.0, 0.97, 0.90], np.float32)[None, None, :]
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.7, 1.3)))
    img = _noise(img, rng, rng.uniform(2, 4))
    return img


def scanner_app(page, rng):
    """Phone scanner app result: photo taken, then cropped, flattened, contrast boosted."""
    pw, ph = page.img.size
    img = page.img.rotate(rng.uniform(-0.8, 0.8), resample=Image.BICUBIC, fillcolor=(235, 235, 230))
    a = np.asarray(img).astype(np.float32)
    ys, xs = np.mgrid[0:ph, 0:pw].astype(np.float32)
    light = 1.0 - 0.18 * ((xs / pw - rng.uniform(0, 1)) ** 2 + (ys / ph - rng.uniform(0, 1)) ** 2)
    a *= light[:, :, None]
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.9))
    img = _noise(img, rng, 5)
    if rng.random() < 0.6:
        img = ImageOps.grayscale(img)
    img = ImageOps.autocontrast(img, cutoff=(2, 1))
    img = ImageEnhance.Contrast(img).enhance(1.5)
    img = img.filter(ImageFilter.UnsharpMask(radius=2, percent=120, threshold=3))
    # 'whiten background' step of the apps: paper goes to pure white
    lut = [255 if v > 196 else min(255, int(v * 1.05)) for v in range(256)]
    img = img.point(lut * (len(img.getbands())))
    # crop a few pixels unevenly (app's edge detection)
    c = [rng.randint(4, 20) for _ in range(4)]
    img = img.crop((c[0], c[1], pw - c[2], ph - c[3]))
    return img


def flatbed(page, rng):
    """A flatbed scan: slight skew, grey background, mild noise, greyscale."""
    img = page.img.rotate(rng.uniform(-0.6, 0.6), resample=Image.BICUBIC, fillcolor=(250, 250, 250))
    img = ImageOps.grayscale(img)
    img = img.filter(ImageFilter.GaussianBlur(0.5))
    img = _noise(img, rng, 2.5)
    return img


def jpeg_bytes(img, quality):
    b = io.BytesIO()
    img.save(b, 'JPEG', quality=quality, optimize=True)
    return b.getvalue()


def png_bytes(img):
    b = io.BytesIO()
    img.save(b, 'PNG', optimize=True)
    return b.getvalue()


def heic_bytes(img, quality, orientation=1):
    import pillow_heif
    pillow_heif.register_heif_opener()
    exif = Image.Exif()
    exif[0x010F] = 'Apple'
    exif[0x0110] = 'iPhone 8'
    exif[0x0131] = '12.2'
    exif[0x0112] = orientation
    if orientation == 6:   # stored rotated: viewer must turn it 90 deg clockwise
        img = img.transpose(Image.ROTATE_90)
    elif orientation == 8:
        img = img.transpose(Image.ROTATE_270)
    elif orientation == 3:
        img = img.transpose(Image.ROTATE_180)
    b = io.BytesIO()
    img.save(b, format='HEIF', quality=quality, exif=exif.tobytes())
    return b.getvalue()


def logo_png(text, rng, w=180, h=60, color=(0, 84, 147)):
    img = Image.new('RGB', (w, h), (255, 255, 255))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, 8, h], fill=color)
    d.ellipse([16, 10, 56, 50], outline=color, width=5)
    d.text((66, 18), text, font=font(SANS_B, 18), fill=color)
    return png_bytes(img)
