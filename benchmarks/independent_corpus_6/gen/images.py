"""Turn rendered PDF pages into scans (image-only PDF) and phone photos (JPEG/PNG), with Pillow + numpy."""
import io
import math
import subprocess
import tempfile
import glob
import os
import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

GRAIN = 1.2
SPECK = 0.0001
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def rasterize(pdf, dpi, gray):
    d = tempfile.mkdtemp()
    args = ["pdftoppm", "-r", str(dpi), "-png"] + (["-gray"] if gray else []) + [pdf, d + "/p"]
    subprocess.run(args, check=True)
    pages = [Image.open(f).convert("L" if gray else "RGB") for f in sorted(glob.glob(d + "/p*.png"))]
    for f in glob.glob(d + "/*"):
        os.remove(f)
    os.rmdir(d)
    return pages


def scribble(draw, rng, x, y, scale, color):
    pts = []
    n = rng.randint(5, 9)
    for i in range(n * 8):
        t = i / 8
        px = x + t * 22 * scale + math.sin(t * 2.7 + rng.random()) * 6 * scale
        py = y + math.sin(t * 3.1) * 11 * scale * (0.6 + rng.random() * 0.5) + math.cos(t * 1.3) * 4 * scale
        pts.append((px, py))
    draw.line(pts, fill=color, width=max(2, int(1.4 * scale)), joint="curve")
    draw.line([(x - 5 * scale, y + 14 * scale), (x + n * 20 * scale, y + 10 * scale)], fill=color, width=max(1, int(scale)))


def stamp(img, rng, text1, text2, center, scale, color):
    lay = Image.new("L", img.size, 0)
    d = ImageDraw.Draw(lay)
    cx, cy = center
    w, h = 130 * scale, 52 * scale
    d.rounded_rectangle([cx - w, cy - h, cx + w, cy + h], radius=10 * scale, outline=210, width=max(3, int(3 * scale)))
    f1 = ImageFont.truetype(FONT_B, int(19 * scale))
    f2 = ImageFont.truetype(FONT_B, int(15 * scale))
    d.text((cx, cy - 14 * scale), text1, font=f1, fill=210, anchor="mm")
    d.text((cx, cy + 18 * scale), text2, font=f2, fill=210, anchor="mm")
    lay = lay.rotate(rng.uniform(-18, 18), center=center)
    noise = Image.fromarray((np.random.default_rng(rng.randint(0, 9999)).random(img.size[::-1]) * 255 > 70).astype(np.uint8) * 255)
    lay = Image.fromarray((np.asarray(lay).astype(np.float32) * np.asarray(noise) / 255 * 0.85).astype(np.uint8))
    ink = Image.new(img.mode, img.size, color if img.mode == "RGB" else int(sum(color) / 3))
    return Image.composite(ink, img, lay)


def degrade_scan(pages, rng, dpi, color, sig_pos, stamp_text, holes, border, angle):
    out = []
    s = dpi / 150
    nprng = np.random.default_rng(rng.randint(0, 10 ** 6))
    for i, im in enumerate(pages):
        if color:
            a = np.asarray(im).astype(np.float32)
            a = a * np.array([0.985, 0.975, 0.94]) + np.array([2, 2, 4])
            im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
        d = ImageDraw.Draw(im)
        ink = (25, 40, 120) if color else 40
        if sig_pos and sig_pos[0] == i:
            x = sig_pos[1] * dpi / 72
            y = (842 - sig_pos[2]) * dpi / 72 + 12 * s
            scribble(d, rng, x, y, s, ink)
        if stamp_text and i == 0:
            im = stamp(im, rng, stamp_text[0], stamp_text[1],
                       (int(im.size[0] * rng.uniform(0.62, 0.72)), int(im.size[1] * rng.uniform(0.07, 0.11))),
                       s, (170, 30, 40) if color else (90, 90, 90))
            d = ImageDraw.Draw(im)
        if holes:
            for yy in (0.5 - 0.07, 0.5 + 0.07):
                cx, cy, r = int(rng.uniform(22, 30) * s), int(im.size[1] * yy), int(rng.uniform(13, 16) * s)
                d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=(60, 60, 60) if color else 60)
        im = im.rotate(angle * (1 if i == 0 else rng.uniform(0.4, 1.2)), resample=Image.BICUBIC, expand=False,
                       fillcolor=(235, 235, 235) if color else 235)
        a = np.asarray(im).astype(np.float32)
        h, w = a.shape[:2]
        # darker border (scanner lid) on some edges
        if border:
            for side in border:
                depth = int(rng.uniform(14, 40) * s)
                ramp = np.linspace(0.35, 1.0, depth)
                if side == "l":
                    m = np.ones(w); m[:depth] = ramp; a = a * (m[None, :, None] if a.ndim == 3 else m[None, :])
                elif side == "r":
                    m = np.ones(w); m[-depth:] = ramp[::-1]; a = a * (m[None, :, None] if a.ndim == 3 else m[None, :])
                elif side == "t":
                    m = np.ones(h); m[:depth] = ramp; a = a * (m[:, None, None] if a.ndim == 3 else m[:, None])
                else:
                    m = np.ones(h); m[-depth:] = ramp[::-1]; a = a * (m[:, None, None] if a.ndim == 3 else m[:, None])
        # speckle noise: dark dots + slight gaussian grain
        sp = nprng.random((h, w)) < SPECK
        grain = nprng.normal(0, GRAIN, (h, w))
        if a.ndim == 3:
            a = a + grain[:, :, None]
            a[sp] = a[sp] * 0.25
        else:
            a = a + grain
            a[sp] = a[sp] * 0.25
        a = np.clip(a * 1.0 - 3, 0, 255).astype(np.uint8)
        im = Image.fromarray(a)
        im = im.filter(ImageFilter.GaussianBlur(0.35 * s))
        out.append(im)
    return out


def images_to_pdf(imgs, path, dpi, quality):
    """Image-only PDF: the JPEG bytes are embedded as they are (DCTDecode), one page per image."""
    from reportlab.pdfgen import canvas
    from reportlab.lib.utils import ImageReader
    c = canvas.Canvas(path, pagesize=(595.27, 841.89))
    tmp = []
    for im in imgs:
        f = path + f".p{len(tmp)}.jpg"
        im.save(f, "JPEG", quality=quality, optimize=True)
        tmp.append(f)
        w, h = im.size
        c.setPageSize((w * 72 / dpi, h * 72 / dpi))
        c.drawImage(f, 0, 0, w * 72 / dpi, h * 72 / dpi)
        c.showPage()
    c.save()
    for f in tmp:
        os.remove(f)


# ---------------------------------------------------------------- photos
def _coeffs(dst, src):
    # perspective coefficients mapping output (dst) points to input (src) points
    A, B = [], []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y]); B.append(u)
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y]); B.append(v)
    return np.linalg.solve(np.array(A, float), np.array(B, float)).tolist()


def table_bg(rng, W, H):
    nprng = np.random.default_rng(rng.randint(0, 10 ** 6))
    kind = rng.choice(["wood", "wood", "cloth", "dark", "formica"])
    y = np.arange(H)[:, None]
    x = np.arange(W)[None, :]
    if kind == "wood":
        base = np.array(rng.choice([(150, 105, 65), (175, 130, 85), (120, 80, 50)]), float)
        f = rng.uniform(0.015, 0.04)
        stripes = np.sin(x * 0.004 + np.sin(y * f) * 0.8 + nprng.normal(0, 0.02, (1, W)).cumsum(1) * 0.5) * 0.5 + 0.5
        a = base[None, None, :] * (0.8 + 0.25 * stripes[..., None]) * np.ones((H, W, 1))
    elif kind == "cloth":
        base = np.array(rng.choice([(200, 205, 215), (225, 215, 195), (190, 60, 55)]), float)
        a = np.ones((H, W, 1)) * base + (np.sin(x * 0.9) * np.sin(y * 0.9))[..., None] * 6
    elif kind == "dark":
        a = np.ones((H, W, 3)) * np.array([55, 52, 50], float)
    else:
        a = np.ones((H, W, 3)) * np.array([228, 228, 220], float)
    a = a + nprng.normal(0, 5, (H, W, 1))
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(1.2))
    return img


def photo(page, rng, mode):
    """page: RGB image of the sheet. mode: 'above', 'angle', 'afar'."""
    Wc, Hc = (1200, 1600)
    bg = table_bg(rng, Wc, Hc)
    pw, ph = page.size
    if mode == "above":
        fill = rng.uniform(0.82, 0.9)
        skew = 0.02
    elif mode == "angle":
        fill = rng.uniform(0.78, 0.88)
        skew = 0.08
    else:
        fill = rng.uniform(0.66, 0.74)
        skew = 0.05
    sh = Hc * fill
    sw = sh * pw / ph
    cx, cy = Wc / 2 + rng.uniform(-0.06, 0.06) * Wc, Hc / 2 + rng.uniform(-0.04, 0.04) * Hc
    rot = math.radians(rng.uniform(-6, 6))
    corners = [(-sw / 2, -sh / 2), (sw / 2, -sh / 2), (sw / 2, sh / 2), (-sw / 2, sh / 2)]
    dst = []
    for j, (x, y) in enumerate(corners):
        # perspective: top edge narrower (camera tilted towards the table)
        if y < 0:
            x *= 1 - skew * rng.uniform(0.7, 1.3)
        xr = x * math.cos(rot) - y * math.sin(rot)
        yr = x * math.sin(rot) + y * math.cos(rot)
        dst.append((cx + xr + rng.uniform(-6, 6), cy + yr + rng.uniform(-6, 6)))
    src = [(0, 0), (pw, 0), (pw, ph), (0, ph)]
    co = _coeffs(dst, src)
    warped = page.transform((Wc, Hc), Image.PERSPECTIVE, co, Image.BICUBIC, fillcolor=(0, 0, 0))
    mask = Image.new("L", page.size, 255).transform((Wc, Hc), Image.PERSPECTIVE, co, Image.BILINEAR, fillcolor=0)
    # drop shadow of the sheet on the table
    shadow = mask.filter(ImageFilter.GaussianBlur(12))
    sh_arr = np.asarray(shadow).astype(np.float32) / 255
    off = np.roll(np.roll(sh_arr, 8, axis=0), 6, axis=1)
    a = np.asarray(bg).astype(np.float32) * (1 - 0.45 * off[..., None])
    bg = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    img = Image.composite(warped, bg, mask)
    a = np.asarray(img).astype(np.float32)
    yy, xx = np.mgrid[0:Hc, 0:Wc]
    # shadow across the sheet (hand/phone/person): a soft band or a corner blob
    lay = Image.new("L", (Wc, Hc), 0)
    d = ImageDraw.Draw(lay)
    if rng.random() < 0.5:
        x0 = rng.uniform(0.0, 0.5) * Wc
        d.polygon([(x0, 0), (x0 + Wc * 0.35, 0), (x0 + Wc * rng.uniform(0.5, 0.9), Hc), (x0 + Wc * 0.1, Hc)], fill=255)
    else:
        r = rng.uniform(0.35, 0.55) * Wc
        ccx, ccy = rng.choice([(0, Hc), (Wc, Hc), (Wc, 0)])
        d.ellipse([ccx - r, ccy - r * 1.3, ccx + r, ccy + r * 1.3], fill=255)
    lay = lay.filter(ImageFilter.GaussianBlur(rng.uniform(30, 60)))
    dark = rng.uniform(0.22, 0.38)
    a = a * (1 - dark * (np.asarray(lay).astype(np.float32) / 255))[..., None]
    # warm light + vignette + exposure
    warm = np.array([1.06, 0.99, 0.84]) * rng.uniform(0.93, 1.02)
    vig = 1 - 0.28 * (((xx - Wc / 2) / (Wc / 2)) ** 2 + ((yy - Hc / 2) / (Hc / 2)) ** 2) / 2
    a = a * warm[None, None, :] * vig[..., None]
    nprng = np.random.default_rng(rng.randint(0, 10 ** 6))
    a = a + nprng.normal(0, 3.5, (Hc, Wc, 1))
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.7, 1.2)))
    return img
