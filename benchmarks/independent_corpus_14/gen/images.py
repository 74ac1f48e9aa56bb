"""Pictures: logos, site photos, scanned letters, phone photos of hand-filled forms."""
import io
import os

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from common import FONTS, seed_of


def font(name, size):
    return ImageFont.truetype(os.path.join(FONTS, name), size)


def logo_png(text, sub, color=(46, 125, 50), size=(260, 90), seed=0):
    im = Image.new("RGBA", size, (255, 255, 255, 0))
    d = ImageDraw.Draw(im)
    d.ellipse((6, 8, 80, 82), fill=color + (255,))
    d.ellipse((22, 24, 64, 66), fill=(255, 255, 255, 255))
    d.polygon([(43, 28), (60, 60), (26, 60)], fill=color + (255,))
    d.text((92, 14), text, font=font("LiberationSans-Bold.ttf", 22), fill=color + (255,))
    d.text((92, 48), sub, font=font("LiberationSans-Regular.ttf", 13), fill=(90, 90, 90, 255))
    buf = io.BytesIO()
    im.save(buf, "PNG", optimize=True)
    return buf.getvalue()


def site_photo(seed, size=(960, 720), quality=68, kind="square"):
    """A plain outdoor snapshot: sky, houses, a patch of grass or pavement."""
    rng = np.random.default_rng(seed)
    w, h = size
    y = np.linspace(0, 1, h)[:, None]
    sky = np.stack([150 + 60 * y, 180 + 50 * y, 225 + 20 * y], -1) * np.ones((1, w, 1))
    img = Image.fromarray(np.clip(sky, 0, 255).astype("uint8"), "RGB")
    d = ImageDraw.Draw(img)
    horizon = int(h * rng.uniform(0.5, 0.62))
    x = -20
    while x < w:
        bw = int(rng.integers(80, 190))
        bh = int(rng.integers(90, 220))
        col = tuple(int(v) for v in rng.choice([[150, 70, 55], [170, 95, 70], [200, 190, 170], [120, 60, 50], [225, 220, 205]]))
        d.rectangle((x, horizon - bh, x + bw, horizon), fill=col)
        d.polygon([(x - 6, horizon - bh), (x + bw // 2, horizon - bh - int(rng.integers(30, 70))), (x + bw + 6, horizon - bh)], fill=(70, 55, 50))
        for wy in range(horizon - bh + 25, horizon - 20, 45):
            for wx in range(x + 15, x + bw - 25, 40):
                d.rectangle((wx, wy, wx + 18, wy + 24), fill=(60, 70, 80))
        x += bw + int(rng.integers(0, 30))
    ground = (95, 140, 60) if kind != "square" else (140, 135, 130)
    d.rectangle((0, horizon, w, h), fill=ground)
    for _ in range(3):
        tx = int(rng.integers(0, w))
        d.ellipse((tx - 60, horizon - 190, tx + 60, horizon - 40), fill=(60, 105, 45))
        d.rectangle((tx - 7, horizon - 50, tx + 7, horizon + 10), fill=(80, 60, 40))
    a = np.asarray(img).astype("float32")
    a += rng.normal(0, 7, a.shape)
    lx = np.linspace(-1, 1, w)[None, :]
    ly = np.linspace(-1, 1, h)[:, None]
    a *= (1.0 - 0.25 * (lx ** 2 + ly ** 2))[..., None]
    img = Image.fromarray(np.clip(a, 0, 255).astype("uint8"), "RGB").filter(ImageFilter.GaussianBlur(0.8))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality)
    return buf.getvalue()


# ------------------------------------------------------------ scanned letter

def render_page(lines, dpi=150, serif=True):
    """lines: list of (text, kind). kinds: p (wrapped), b (bold), right, blank,
    head (big bold), small, table (list of (label, amount))."""
    W, H = int(8.27 * dpi), int(11.69 * dpi)
    page = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(page)
    reg = font("LiberationSerif-Regular.ttf" if serif else "LiberationSans-Regular.ttf", int(dpi * 11 / 72))
    bld = font("LiberationSerif-Bold.ttf" if serif else "LiberationSans-Bold.ttf", int(dpi * 11 / 72))
    big = font("LiberationSerif-Bold.ttf" if serif else "LiberationSans-Bold.ttf", int(dpi * 15 / 72))
    sml = font("LiberationSerif-Regular.ttf" if serif else "LiberationSans-Regular.ttf", int(dpi * 9 / 72))
    left, right = int(dpi * 1.0), W - int(dpi * 0.9)
    y = int(dpi * 0.8)
    lh = int(dpi * 11 / 72 * 1.4)
    for item in lines:
        text, kind = item[0], item[1]
        if kind == "blank":
            y += lh // 2 + 4
            continue
        if kind == "table":
            for lab, amt in text:
                f = bld if lab.isupper() or lab.startswith("*") else reg
                lab = lab.lstrip("*")
                d.text((left + 20, y), lab, font=f, fill=0)
                tw = d.textlength(amt, font=f)
                d.text((right - 40 - tw, y), amt, font=f, fill=0)
                y += lh
            continue
        f = {"b": bld, "head": big, "small": sml}.get(kind, reg)
        for para in text.split("\n"):
            words = para.split(" ")
            line = ""
            out = []
            for w_ in words:
                t = (line + " " + w_).strip()
                if d.textlength(t, font=f) > right - left and line:
                    out.append(line)
                    line = w_
                else:
                    line = t
            out.append(line)
            for ln in out:
                if kind == "right":
                    d.text((right - d.textlength(ln, font=f), y), ln, font=f, fill=0)
                else:
                    d.text((left, y), ln, font=f, fill=0)
                y += int(lh * (1.35 if kind == "head" else 1.0)) if kind != "small" else int(lh * 0.85)
        y += 6 if kind in ("p", "b") else 0
    return page


def scan_jpeg(page, seed, angle=1.1, quality=60, paper=232):
    rng = np.random.default_rng(seed)
    W, H = page.size
    a = np.asarray(page).astype("float32") / 255.0
    # ink is not perfectly black, paper not white
    ink = 38.0
    gy = np.linspace(0, 1, H)[:, None]
    gx = np.linspace(0, 1, W)[None, :]
    paper_map = paper - 6 * gy - 4 * gx + rng.normal(0, 1.0, (H, W))
    img = ink + (paper_map - ink) * a
    im = Image.fromarray(np.clip(img, 0, 255).astype("uint8"), "L").filter(ImageFilter.GaussianBlur(0.6))
    im = im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=int(paper - 30))
    a = np.asarray(im).astype("float32")
    a += rng.normal(0, 5.5, a.shape)
    # dark band where the lid did not close at the top edge
    band = int(H * 0.008)
    a[:band, :] *= 0.55
    a[:, -int(W * 0.006):] *= 0.7
    # a few specks of dust
    for _ in range(30):
        x, y = int(rng.integers(0, W)), int(rng.integers(0, H))
        a[max(0, y - 1):y + 1, max(0, x - 1):x + 2] = 70
    im = Image.fromarray(np.clip(a, 0, 255).astype("uint8"), "L")
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=quality, dpi=(150, 150))
    return buf.getvalue()


def jpeg_pdf(jpegs, key, title=None, producer=None):
    """An image-only PDF: one JPEG per A4 page, embedded as is (DCTDecode).
    reportlab passes a JPEG through untouched when given a file name; the name
    is fixed (inside the build dir) so the PDF is byte-for-byte reproducible."""
    from reportlab import rl_config
    rl_config.useA85 = 0  # a scanner writes the JPEG stream as is, not ASCII85-wrapped
    workdir = os.path.join(os.path.dirname(FONTS), "_work")
    os.makedirs(workdir, exist_ok=True)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    if title:
        c.setTitle(title)
    if producer:
        c.setCreator(producer)
        c.setProducer(producer)
    W, H = A4
    paths = []
    for i, j in enumerate(jpegs):
        path = os.path.join(workdir, f"{key}-p{i+1}.jpg")
        with open(path, "wb") as fh:
            fh.write(j)
        paths.append(path)
        c.drawImage(path, 0, 0, width=W, height=H)
        c.showPage()
    c.save()
    for p in paths:
        os.remove(p)
    return buf.getvalue()


# ------------------------------------------------------------ phone photo of a hand-filled form

def _perspective_coeffs(dst, src):
    """Coefficients for Image.transform(PERSPECTIVE): maps output (dst) to input (src)."""
    A, B = [], []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        B += [u, v]
    return np.linalg.solve(np.array(A, float), np.array(B, float)).tolist()


def hand_form(fields, title_lines, hand_font, seed, ink=(25, 45, 135), scale=1.0):
    """fields: list of (label, handwritten_value, n_lines). Returns an RGB page."""
    rng = np.random.default_rng(seed)
    W, H = 1240, 1754  # A4 at 150 dpi
    page = Image.new("RGB", (W, H), (252, 252, 250))
    d = ImageDraw.Draw(page)
    pb = font("LiberationSans-Bold.ttf", 30)
    pr = font("LiberationSans-Regular.ttf", 21)
    ps = font("LiberationSans-Regular.ttf", 17)
    y = 90
    for i, t in enumerate(title_lines):
        d.text((110, y), t, font=pb if i == 0 else ps, fill=(20, 20, 20))
        y += 44 if i == 0 else 28
    y += 30
    hf_size = int(38 * scale)
    for label, value, nlines in fields:
        d.text((110, y), label, font=pr, fill=(30, 30, 30))
        lab_w = d.textlength(label, font=pr)
        if nlines == 1 and lab_w < 520:
            x_start, first_y = 110 + lab_w + 14, y + 24
        else:
            y += 34
            x_start, first_y = 110, y + 24
        ly = first_y
        for k in range(nlines):
            xs = x_start if k == 0 else 110
            for dx in range(int(xs), W - 110, 10):
                d.line((dx, ly, dx + 4, ly), fill=(120, 120, 120), width=1)
            ly += 50
        if value:
            words = value.split(" ")
            x_avail = [(W - 150 - x_start) * 0.92] + [(W - 260) * 0.92] * (nlines - 1)
            size = hf_size
            while True:
                hf = ImageFont.truetype(hand_font, size)
                lines, cur, li = [], "", 0
                for w_ in words:
                    t = (cur + " " + w_).strip()
                    if d.textlength(t, font=hf) > x_avail[min(li, len(x_avail) - 1)] and cur:
                        lines.append(cur)
                        cur = w_
                        li += 1
                    else:
                        cur = t
                lines.append(cur)
                if len(lines) <= nlines or size <= 24:
                    break
                size -= 2  # squeeze the writing, as people do at the end of a line
            ly = first_y
            for k, ln in enumerate(lines):
                xs = (x_start if k == 0 else 110) + int(rng.integers(4, 30))
                _hand_line(page, ln, xs, ly, hand_font, size, ink, rng)
                ly += 50
        y = first_y + 50 * (nlines - 1) + 40
    return page


def _hand_line(page, text, x, baseline, hand_font, size, ink, rng):
    """Write a line word by word with a little drift, as a hand does."""
    ang = float(rng.normal(0, 0.7))
    drift = 0.0
    for w_ in text.split(" "):
        sz = int(size * rng.uniform(0.94, 1.06))
        f = ImageFont.truetype(hand_font, sz)
        bbox = f.getbbox(w_ or " ")
        tw, th = bbox[2] + 8, int(sz * 1.5)
        layer = Image.new("L", (tw, th), 0)
        ImageDraw.Draw(layer).text((2, int(sz * 0.15)), w_, font=f, fill=255)
        layer = layer.rotate(ang + float(rng.normal(0, 1.2)), resample=Image.BICUBIC, expand=True)
        drift += float(rng.normal(0, 1.3))
        top = int(baseline - sz * 1.05 + drift)
        col = Image.new("RGB", layer.size, tuple(int(c + rng.integers(-8, 8)) for c in ink))
        page.paste(col, (int(x), top), layer.point(lambda v: int(v * 0.93)))
        x += bbox[2] + int(f.getlength(" ") * rng.uniform(0.8, 1.3))


def phone_photo(page, seed, out_size=(1200, 1600), quality=74, orientation=1, exif_model=("Apple", "iPhone 7"), when="2019:06:09 16:42:17"):
    rng = np.random.default_rng(seed)
    OW, OH = out_size
    # table: brownish wood with streaks
    base = np.zeros((OH, OW, 3), "float32")
    streak = rng.normal(0, 1, (1, OW)).cumsum(axis=1)
    streak = (streak - streak.min()) / (np.ptp(streak) + 1e-6)
    wood = np.array([150, 112, 78], "float32") * (0.85 + 0.25 * streak)[..., None]
    base[:] = wood
    base += rng.normal(0, 6, base.shape)
    table = Image.fromarray(np.clip(base, 0, 255).astype("uint8"), "RGB").filter(ImageFilter.GaussianBlur(1.2))
    W, H = page.size
    # where the page corners land in the photo (tilted phone)
    m = 0.06
    dst = [(OW * (m + rng.uniform(0.0, 0.05)), OH * (m + rng.uniform(0.0, 0.04))),
           (OW * (1 - m - rng.uniform(0.0, 0.03)), OH * (m + rng.uniform(0.02, 0.06))),
           (OW * (1 - m + rng.uniform(0.0, 0.04)), OH * (1 - m - rng.uniform(0.0, 0.03))),
           (OW * (m - rng.uniform(0.0, 0.03)), OH * (1 - m + rng.uniform(0.0, 0.03)))]
    src = [(0, 0), (W, 0), (W, H), (0, H)]
    coeffs = _perspective_coeffs(dst, src)
    warped = page.transform((OW, OH), Image.PERSPECTIVE, coeffs, resample=Image.BICUBIC, fillcolor=(0, 0, 0))
    mask = Image.new("L", (W, H), 255).transform((OW, OH), Image.PERSPECTIVE, coeffs, resample=Image.BILINEAR, fillcolor=0)
    # soft shadow under the paper edge
    sh = mask.filter(ImageFilter.GaussianBlur(12))
    tab = np.asarray(table).astype("float32") * (1 - 0.35 * (np.asarray(sh, "float32") / 255.0))[..., None]
    table = Image.fromarray(np.clip(tab, 0, 255).astype("uint8"))
    photo = Image.composite(warped, table, mask)
    a = np.asarray(photo).astype("float32")
    # uneven light: bright spot upper left, darker lower right, warm indoor light
    yy, xx = np.mgrid[0:OH, 0:OW].astype("float32")
    cx, cy = OW * rng.uniform(0.2, 0.4), OH * rng.uniform(0.15, 0.3)
    r = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2) / np.hypot(OW, OH)
    light = 1.08 - 0.55 * r
    a *= light[..., None]
    a *= np.array([1.0, 0.96, 0.86], "float32")
    # shadow of the phone / hand over one corner
    shadow = Image.new("L", (OW, OH), 0)
    sd = ImageDraw.Draw(shadow)
    sx = int(OW * rng.uniform(0.55, 0.75))
    sd.polygon([(sx, OH), (OW, int(OH * 0.62)), (OW, OH)], fill=255)
    sd.ellipse((sx - 120, int(OH * 0.78), sx + 260, OH + 200), fill=255)
    shadow = np.asarray(shadow.filter(ImageFilter.GaussianBlur(60)), "float32") / 255.0
    a *= (1 - 0.42 * shadow)[..., None]
    a += rng.normal(0, 4.0, a.shape)
    img = Image.fromarray(np.clip(a, 0, 255).astype("uint8"), "RGB").filter(ImageFilter.GaussianBlur(0.7))
    if orientation == 6:
        img = img.rotate(90, expand=True)  # stored sideways; viewer turns it back
    exif = Image.Exif()
    exif[0x010F] = exif_model[0]
    exif[0x0110] = exif_model[1]
    exif[0x0112] = orientation
    exif[0x0132] = when
    exif[0x0131] = "12.3.1"
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality, exif=exif.tobytes(), subsampling=2)
    return buf.getvalue()
