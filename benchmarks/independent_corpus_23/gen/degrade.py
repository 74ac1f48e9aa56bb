"""Turn clean rendered pages into office scans, fax-quality scans and phone photos."""
import io
import math

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageOps


def _rng(seed):
    return np.random.default_rng(seed)


def punch_holes(img, rng, dark=70):
    """Shadows of two punched holes along the left edge (80 mm apart)."""
    w, h = img.size
    d = ImageDraw.Draw(img)
    px_mm = w / 210.0
    cx = 12 * px_mm + rng.uniform(-2, 2)
    r = 3 * px_mm
    for k in (-1, 1):
        cy = h / 2 + k * 40 * px_mm + rng.uniform(-3, 3)
        # soft ring shadow then the hole
        for i in range(4, 0, -1):
            g = int(dark + (235 - dark) * i / 5)
            col = (g, g, g) if img.mode == "RGB" else g
            d.ellipse([cx - r - i * 1.5, cy - r - i * 1.5, cx + r + i * 1.5, cy + r + i * 1.5], fill=col)
        col = (dark, dark, dark) if img.mode == "RGB" else dark
        d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=col)


def scan(page_img, seed, gray=True, angle=1.2, quality=45, holes=True, noise=5.0,
         edge="left", target_w=1000, darken_edges=True, white_gain=1.06):
    """Flatbed/ADF scan.  Returns JPEG bytes and the (w,h) in pixels."""
    rng = _rng(seed)
    img = page_img.copy()
    if gray:
        img = img.convert("L")
    if holes:
        punch_holes(img, rng)
    # paper is never perfectly white in a scan; ink loses a bit of contrast
    fill = 45 if gray else (45, 45, 48)
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=fill)
    a = np.asarray(img, dtype=np.float32)
    h, w = a.shape[:2]
    # tone: compress the range a little
    a = np.clip(a * white_gain - 10, 0, 255) * 0.93 + 14
    # uneven illumination along one edge (lid shadow) and darker margins
    if darken_edges:
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        band = {"left": xx, "right": w - 1 - xx, "top": yy, "bottom": h - 1 - yy}[edge]
        shade = 1.0 - 0.55 * np.exp(-band / (w * 0.018)) - 0.10 * np.exp(-band / (w * 0.09))
        other = np.minimum(np.minimum(xx, w - 1 - xx), np.minimum(yy, h - 1 - yy))
        shade *= 1.0 - 0.18 * np.exp(-other / (w * 0.012))
        if a.ndim == 3:
            shade = shade[..., None]
        a = a * shade
    # grey noise (strongest in the darker tones) + a few specks
    a = a + rng.normal(0, 1.0, a.shape).astype(np.float32) * (noise * (0.35 + 0.65 * (1 - a / 255.0)))
    n_specks = int(rng.integers(20, 60))
    for _ in range(n_specks):
        y0, x0 = int(rng.integers(0, h - 3)), int(rng.integers(0, w - 3))
        a[y0:y0 + int(rng.integers(1, 3)), x0:x0 + int(rng.integers(1, 3))] *= 0.4
    a = np.clip(a, 0, 255).astype(np.uint8)
    out = Image.fromarray(a)
    out = out.filter(ImageFilter.GaussianBlur(0.55))
    if out.size[0] != target_w:
        out = out.resize((target_w, int(round(out.size[1] * target_w / out.size[0]))), Image.LANCZOS)
    buf = io.BytesIO()
    out.save(buf, "JPEG", quality=quality, optimize=True, subsampling=2)
    return buf.getvalue(), out.size


def fax(page_img, seed, angle=0.8, threshold=150):
    """Fax-quality: 204x98 dpi black and white, stretched back. Returns PNG bytes (1 bit)."""
    rng = _rng(seed)
    img = page_img.convert("L").rotate(angle, resample=Image.BICUBIC, fillcolor=255)
    w, h = img.size
    fw, fh = 1728, int(round(h * 1728 / w * 98 / 204))
    small = img.resize((fw, fh), Image.BILINEAR)
    a = np.asarray(small, dtype=np.float32)
    a = a + rng.normal(0, 14, a.shape)
    bw = (a > threshold).astype(np.uint8) * 255
    # random dropouts / streaks of a fax line
    for _ in range(int(rng.integers(2, 6))):
        r = int(rng.integers(0, fh))
        bw[r, :] = np.where(rng.random(fw) < 0.08, 0, bw[r, :])
    out = Image.fromarray(bw).resize((fw, int(round(fw * h / w))), Image.NEAREST)
    out = out.convert("1", dither=Image.NONE)
    buf = io.BytesIO()
    out.save(buf, "PNG", optimize=True)
    return buf.getvalue(), out.size


def bwscan(page_img, seed, angle=0.8, dpi=200, threshold=165, holes=True):
    """Office scanner in black-and-white 'text' mode (1 bit, 200 dpi).  Returns PNG bytes."""
    rng = _rng(seed)
    img = page_img.convert("L")
    if holes:
        punch_holes(img, rng, dark=0)
    img = img.rotate(angle, resample=Image.BICUBIC, fillcolor=0)
    w, h = img.size
    tw = int(round(210 / 25.4 * dpi))
    img = img.resize((tw, int(round(h * tw / w))), Image.BICUBIC)
    a = np.asarray(img, dtype=np.float32) + rng.normal(0, 10, (img.size[1], img.size[0]))
    bw = (a > threshold).astype(np.uint8) * 255
    # dark border where the lid did not cover the glass
    bw[:, :int(rng.integers(2, 8))] = 0
    bw[-int(rng.integers(2, 10)):, :] = 0
    out = Image.fromarray(bw).convert("1", dither=Image.NONE)
    buf = io.BytesIO()
    out.save(buf, "PNG", optimize=True)
    return buf.getvalue(), out.size


def _persp_coeffs(dst, src):
    """Coefficients for Image.transform(PERSPECTIVE): maps output(dst) -> input(src)."""
    A, B = [], []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        B += [u, v]
    return np.linalg.solve(np.array(A, dtype=np.float64), np.array(B, dtype=np.float64)).tolist()


def _smooth_noise(rng, w, h, cell):
    small = rng.random((max(2, h // cell), max(2, w // cell))).astype(np.float32)
    im = Image.fromarray((small * 255).astype(np.uint8)).resize((w, h), Image.BICUBIC)
    return np.asarray(im, dtype=np.float32) / 255.0


def background(rng, w, h, kind):
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    if kind == "wood":
        base = np.array([150, 104, 66], np.float32)
        n = _smooth_noise(rng, w, h, 90)
        grain = 0.5 + 0.5 * np.sin((yy * 0.05 + n * 3.0 + xx * 0.004))
        fine = _smooth_noise(rng, w, h, 6)
        f = 0.78 + 0.16 * grain + 0.08 * fine
        a = base[None, None, :] * f[..., None]
    elif kind == "oak":
        base = np.array([196, 162, 118], np.float32)
        n = _smooth_noise(rng, w, h, 120)
        grain = 0.5 + 0.5 * np.sin((xx * 0.04 + n * 2.5))
        f = 0.85 + 0.12 * grain + 0.05 * _smooth_noise(rng, w, h, 8)
        a = base[None, None, :] * f[..., None]
    elif kind == "grey-desk":
        base = np.array([120, 124, 128], np.float32)
        f = 0.92 + 0.1 * _smooth_noise(rng, w, h, 200) + 0.03 * _smooth_noise(rng, w, h, 5)
        a = base[None, None, :] * f[..., None]
    elif kind == "cloth":  # checked tablecloth
        base = np.array([205, 200, 190], np.float32)
        chk = ((np.floor(xx / 60) + np.floor(yy / 60)) % 2).astype(np.float32)
        stripes = 0.88 + 0.12 * chk
        f = stripes * (0.93 + 0.07 * _smooth_noise(rng, w, h, 150))
        col = np.stack([f * 1.0, f * 0.86, f * 0.84], -1)
        a = base[None, None, :] * col
    else:  # dark kitchen table
        base = np.array([62, 58, 55], np.float32)
        f = 0.9 + 0.15 * _smooth_noise(rng, w, h, 140) + 0.04 * _smooth_noise(rng, w, h, 4)
        a = base[None, None, :] * f[..., None]
    return a


def photo(page_img, seed, tilt=5.0, long_side=2000, bg="wood", landscape=False, quality=70,
          phone_shadow="bottom", light_dir=0.0, warm=True, persp=0.05, fill=0.84, scannerapp=False):
    """A phone photo of one sheet lying on a table.  Returns (bytes, size, fmt)."""
    rng = _rng(seed)
    if landscape:
        W, H = long_side, int(long_side * 3 / 4)
    else:
        W, H = int(long_side * 3 / 4), long_side
    # work at final size directly
    pw, ph = page_img.size
    s = min(H * fill / ph, W * 0.95 / pw)
    if landscape:
        s = H * fill / ph
    cw, chh = pw * s, ph * s
    cx = W / 2 + rng.uniform(-0.03, 0.03) * W
    cy = H / 2 + rng.uniform(-0.03, 0.03) * H
    corners = np.array([[-cw / 2, -chh / 2], [cw / 2, -chh / 2], [cw / 2, chh / 2], [-cw / 2, chh / 2]])
    # perspective: far edge (top) is narrower
    corners[0, 0] += cw * persp * rng.uniform(0.7, 1.3)
    corners[1, 0] -= cw * persp * rng.uniform(0.7, 1.3)
    corners[0, 1] += chh * persp * 0.4
    corners[1, 1] += chh * persp * 0.4
    # a little side skew
    sk = rng.uniform(-0.02, 0.02)
    corners[:, 0] += corners[:, 1] * sk
    t = math.radians(tilt)
    R = np.array([[math.cos(t), -math.sin(t)], [math.sin(t), math.cos(t)]])
    dst = corners @ R.T + np.array([cx, cy])
    src = [(0, 0), (pw, 0), (pw, ph), (0, ph)]
    coeffs = _persp_coeffs([tuple(p) for p in dst], src)

    paper = page_img.convert("RGB")
    warped = paper.transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=(0, 0, 0))
    mask = Image.new("L", (pw, ph), 255).transform((W, H), Image.PERSPECTIVE, coeffs, Image.BILINEAR,
                                                     fillcolor=0)
    bga = background(rng, W, H, bg)
    # paper shadow on the table
    sh = np.asarray(mask.filter(ImageFilter.GaussianBlur(14)), dtype=np.float32) / 255.0
    sh = np.roll(np.roll(sh, 10, 0), 7, 1)
    bga = bga * (1 - 0.45 * sh[..., None])
    m = np.asarray(mask, dtype=np.float32)[..., None] / 255.0
    a = bga * (1 - m) + np.asarray(warped, dtype=np.float32) * m
    # lighting: gradient + hotspot
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    ang = light_dir + rng.uniform(-0.4, 0.4)
    g = ((xx / W - 0.5) * math.cos(ang) + (yy / H - 0.5) * math.sin(ang))
    light = 0.93 - 0.22 * g
    hx, hy = rng.uniform(0.25, 0.75) * W, rng.uniform(0.2, 0.6) * H
    light += 0.08 * np.exp(-(((xx - hx) / (0.45 * W)) ** 2 + ((yy - hy) / (0.45 * H)) ** 2))
    # vignette
    light *= 1 - 0.18 * (((xx / W - 0.5) ** 2 + (yy / H - 0.5) ** 2) * 2.2)
    # shadow of the phone / hand
    if phone_shadow:
        sm = Image.new("L", (W, H), 0)
        d = ImageDraw.Draw(sm)
        if phone_shadow == "bottom":
            x0 = rng.uniform(0.25, 0.55) * W
            d.rounded_rectangle([x0, H * 0.80, x0 + W * 0.38, H * 1.2], radius=int(W * 0.06), fill=255)
            d.polygon([(x0 + W * 0.05, H), (x0 + W * 0.3, H * 0.88), (x0 + W * 0.55, H * 0.95), (x0 + W * 0.5, H)], fill=255)
        elif phone_shadow == "right":
            y0 = rng.uniform(0.3, 0.6) * H
            d.rounded_rectangle([W * 0.84, y0, W * 1.2, y0 + H * 0.32], radius=int(W * 0.06), fill=255)
        else:  # top-left corner
            d.ellipse([-W * 0.25, -H * 0.18, W * 0.35, H * 0.16], fill=255)
        smf = np.asarray(sm.filter(ImageFilter.GaussianBlur(W * 0.035)), dtype=np.float32) / 255.0
        light *= 1 - 0.38 * smf
    a = a * light[..., None]
    if warm:
        a = a * np.array([1.02, 0.97, 0.87], np.float32)
    else:
        a = a * np.array([0.95, 0.99, 1.03], np.float32)
    if scannerapp:
        # phone picture exported as a grey PNG with few tones (gallery "document" filter):
        # global contrast stretch, 24 grey levels, no noise so PNG stays small
        g = 0.299 * a[..., 0] + 0.587 * a[..., 1] + 0.114 * a[..., 2]
        lo, hi = np.percentile(g, 1.5), np.percentile(g, 97.5)
        g = np.clip((g - lo) / max(1.0, hi - lo), 0, 1) ** 1.15
        q = (np.round(g * 23) / 23 * 255).astype(np.uint8)
        out = Image.fromarray(q).filter(ImageFilter.GaussianBlur(0.6))
        out = out.point(lambda v: int(round(v / 255 * 23)) * 255 // 23)
        buf = io.BytesIO()
        out.save(buf, "PNG", optimize=True)
        return buf.getvalue(), out.size, "png"
    a = a + rng.normal(0, 1.4, a.shape).astype(np.float32)
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    out = out.filter(ImageFilter.GaussianBlur(0.8)).filter(ImageFilter.UnsharpMask(1.5, 40, 3))
    buf = io.BytesIO()
    out.save(buf, "JPEG", quality=quality, optimize=True)
    return buf.getvalue(), out.size, "jpeg"
