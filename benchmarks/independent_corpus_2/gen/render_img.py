# -*- coding: utf-8 -*-
"""Paper page rendering with Pillow, then scanner / phone-camera degradation."""
import io, math
import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from content import form_items, letter, letter_text

FD = "/usr/share/fonts/truetype/"
PRINT = [FD + "liberation/LiberationSans-Regular.ttf", FD + "dejavu/DejaVuSans.ttf", FD + "liberation/LiberationSerif-Regular.ttf"]
PRINTB = {PRINT[0]: FD + "liberation/LiberationSans-Bold.ttf", PRINT[1]: FD + "dejavu/DejaVuSans-Bold.ttf",
          PRINT[2]: FD + "liberation/LiberationSerif-Bold.ttf"}
HAND = [FD + "liberation/LiberationSerif-Italic.ttf", FD + "dejavu/DejaVuSerif-Italic.ttf", FD + "dejavu/DejaVuSansCondensed-Oblique.ttf",
        FD + "liberation/LiberationSansNarrow-Italic.ttf"]
TYPED = FD + "liberation/LiberationMono-Regular.ttf"


def _wrap(draw, text, font, maxw):
    lines = []
    for para in text.split("\n"):
        cur = ""
        for w in para.split(" "):
            t = (cur + " " + w) if cur else w
            if draw.textlength(t, font=font) > maxw and cur:
                lines.append(cur); cur = w
            else:
                cur = t
        lines.append(cur)
    return lines


def render_page(c, rng, dpi=150):
    for fs in (1.0, 0.85, 0.72, 0.62, 0.55):
        r = _render_page(c, rng, dpi, fs)
        if r is not None:
            return r
    raise RuntimeError("page overflow " + c["file"])


def _render_page(c, rng, dpi, fscale):
    """Return (PIL RGB page image, text drawn, kind) or None on overflow."""
    W, H = int(8.27 * dpi), int(11.69 * dpi)
    s = dpi / 150.0 * fscale
    img = Image.new("RGB", (W, H), (255, 255, 255))
    dr = ImageDraw.Draw(img)
    pf = rng.choice(PRINT)
    fnt = ImageFont.truetype(pf, int(22 * s)); fb = ImageFont.truetype(PRINTB[pf], int(30 * s)); fsm = ImageFont.truetype(pf, int(18 * s))
    kind = ["form", "letter"][c["k"] % 2]
    handwritten = rng.random() < 0.6
    vf = ImageFont.truetype(rng.choice(HAND), int(27 * s)) if handwritten else ImageFont.truetype(TYPED, int(21 * s))
    ink = rng.choice([(20, 35, 120), (25, 25, 30), (10, 60, 140)]) if handwritten else (20, 20, 20)
    m = int(110 * s); y = int(100 * s)
    drawn = []
    if kind == "form":
        L, items = form_items(c, rng)
        dr.text((m, y), L["head"], font=fb, fill=0); y += int(60 * s)
        dr.text((m, y), {"nl": "Gelieve in drukletters in te vullen", "fr": "Merci de remplir en lettres capitales", "en": "Please fill in"}[c["lang"]],
                font=fsm, fill=(90, 90, 90)); y += int(50 * s)
        lx = m; vx = m + int(390 * s); maxw = W - vx - m
        for key, label, value, k in items:
            if k == "budget":
                dr.text((lx, y), label, font=fnt, fill=0); y += int(40 * s)
                for a, b in value:
                    dr.line((lx, y + int(34 * s), W - m, y + int(34 * s)), fill=(120, 120, 120), width=1)
                    dr.text((lx + int(10 * s), y), a, font=vf, fill=ink); dr.text((W - m - int(260 * s), y), b, font=vf, fill=ink)
                    drawn += [a, b]; y += int(44 * s)
                y += int(10 * s)
                continue
            dr.text((lx, y + int(4 * s)), label + " :" if c["lang"] == "fr" else label + ":", font=fnt, fill=0)
            if k == "multi":
                dr.rectangle((vx - int(6 * s), y, W - m, y + int(222 * s)), outline=(100, 100, 100))
                lines = _wrap(dr, value, vf, maxw - int(14 * s))
                yy = y + int(6 * s)
                for ln in lines[:6]:
                    dr.text((vx, yy), ln, font=vf, fill=ink); yy += int(34 * s)
                drawn += lines[:6]
                y += int(240 * s)
            else:
                dr.line((vx - int(6 * s), y + int(36 * s), W - m, y + int(36 * s)), fill=(90, 90, 90), width=1)
                lines = _wrap(dr, value, vf, maxw)
                for i, ln in enumerate(lines):
                    dr.text((vx + int(rng.randint(0, 12) * s), y + int(rng.randint(-3, 3) * s)), ln, font=vf, fill=ink)
                    y += int(40 * s) if i < len(lines) - 1 else 0
                drawn += lines
                y += int(52 * s)
        y += int(30 * s)
        dr.text((lx, y), {"nl": "Handtekening:", "fr": "Signature :", "en": "Signature:"}[c["lang"]], font=fnt, fill=0)
        sf = ImageFont.truetype(HAND[0], int(36 * s))
        dr.text((vx + int(40 * s), y - int(6 * s)), c["first"][0] + ". " + c["last"], font=sf, fill=ink)
        text = "\n".join(drawn)
    else:
        L = letter(c, rng)
        tf = vf if not handwritten else fnt
        col = ink if not handwritten else (20, 20, 20)
        maxw = W - 2 * m
        def para(t, font=tf, fill=col, gap=14):
            nonlocal y
            for ln in _wrap(dr, t, font, maxw):
                dr.text((m, y), ln, font=font, fill=fill); drawn.append(ln); y += int(font.size * 1.35)
            y += int(gap * s)
        if L["letterhead"]:
            para(L["letterhead"][0], fb, (30, 60, 100), 2)
            para("  -  ".join(L["letterhead"][1:]), fsm, (60, 60, 60), 20)
        if L["recipient"]:
            yy = y
            for ln in L["recipient"]:
                dr.text((int(W * 0.55), yy), ln, font=tf, fill=col); yy += int(tf.size * 1.35)
            y = yy + int(20 * s)
        para(L["place_date"]); para(L["subject"], ImageFont.truetype(PRINTB[pf], int(22 * s)) if not handwritten else fnt)
        para(L["salutation"])
        for p in L["paras"]:
            para(p)
        para(L["closing"], gap=30)
        for ln in L["signature"]:
            para(ln, gap=0)
        text = "\n".join(drawn)
    if y > H - int(40 * dpi / 150):
        return None
    return img, text, kind


def scan_pdf(c, rng):
    dpi = rng.choice([150, 150, 200]) if rng.random() < 0.3 else 150
    img, text, kind = render_page(c, rng, dpi=150)
    g = img.convert("L")
    ang = rng.uniform(0.5, 3.0) * rng.choice([-1, 1])
    g = g.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=255)
    a = np.asarray(g).astype(np.float32)
    bg = rng.randint(215, 238)
    a = a * (bg / 255.0)  # grey paper
    a += np.random.default_rng(rng.randint(0, 10 ** 6)).normal(0, rng.uniform(4, 9), a.shape)
    a = np.clip(a, 0, 255).astype(np.uint8)
    g = Image.fromarray(a).filter(ImageFilter.GaussianBlur(0.6))
    out = io.BytesIO()
    color = rng.random() < 0.3
    im2 = g.convert("RGB") if color else g
    jb = io.BytesIO(); im2.save(jb, "JPEG", quality=rng.randint(45, 62)); jb.seek(0)
    im3 = Image.open(jb)
    if rng.random() < 0.5:
        im3.save(out, "PDF", resolution=150.0)
        how = "Pillow PDF"
    else:
        from reportlab.pdfgen import canvas
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.utils import ImageReader
        cv = canvas.Canvas(out, pagesize=A4); cv.setCreator(rng.choice(["HP Scan", "Canon MF Scan Utility", "NAPS2"]))
        jb.seek(0); cv.drawImage(ImageReader(jb), 0, 0, width=A4[0], height=A4[1]); cv.save()
        how = "reportlab drawImage"
    return out.getvalue(), text, f"scan_pdf kind={kind} tilt={ang:.1f} {how}"


def photo(c, rng):
    img, text, kind = render_page(c, rng, dpi=110)
    w, h = img.size
    R = np.random.default_rng(rng.randint(0, 10 ** 6))
    CW, CH = int(w * 1.24), int(h * 1.16)
    # desk: wood-like or grey table
    base = np.array(rng.choice([(150, 105, 65), (120, 85, 55), (170, 170, 165), (95, 95, 100), (200, 185, 160)]), np.float32)
    yy = np.arange(CH)[:, None]; xx = np.arange(CW)[None, :]
    grain = (np.sin(xx / rng.uniform(8, 25) + np.sin(yy / 60.0) * 3) * 12)[..., None]
    desk = base[None, None, :] + grain + R.normal(0, 6, (CH, CW, 1))
    desk = Image.fromarray(np.clip(desk, 0, 255).astype(np.uint8), "RGB")
    ang = rng.uniform(2, 8) * rng.choice([-1, 1])
    page = img.convert("RGBA").rotate(ang, resample=Image.BICUBIC, expand=True)
    shadow = Image.new("RGBA", page.size, (0, 0, 0, 0))
    sh_alpha = page.split()[3].point(lambda v: 90 if v > 0 else 0)
    shadow.putalpha(sh_alpha.filter(ImageFilter.GaussianBlur(8)))
    ox = (CW - page.size[0]) // 2 + rng.randint(-20, 20); oy = (CH - page.size[1]) // 2 + rng.randint(-20, 20)
    desk.paste(shadow, (ox + 12, oy + 14), shadow)
    desk.paste(page, (ox, oy), page)
    # uneven light: gradient
    a = np.asarray(desk).astype(np.float32)
    gx = np.linspace(rng.uniform(0.6, 0.8), rng.uniform(1.0, 1.1), CW)[None, :]
    gy = np.linspace(rng.uniform(0.85, 1.05), rng.uniform(0.75, 0.95), CH)[:, None]
    light = gx * gy
    if rng.random() < 0.5: light = light[:, ::-1]
    a = a * light[..., None] * np.array([1.0, 0.98, 0.92])[None, None, :]
    a += R.normal(0, 4, a.shape)
    ph = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGB").filter(ImageFilter.GaussianBlur(0.7))
    long_side = rng.randint(1300, 1800)
    sc = long_side / max(ph.size)
    ph = ph.resize((int(ph.size[0] * sc), int(ph.size[1] * sc)), Image.LANCZOS)
    out = io.BytesIO()
    if rng.random() < 0.2:
        sc2 = 1320 / max(ph.size)
        ph = ph.resize((int(ph.size[0] * sc2), int(ph.size[1] * sc2)), Image.LANCZOS)
        ph = ph.quantize(colors=160, method=Image.MEDIANCUT)
        ph.save(out, "PNG", optimize=True); ext = "png"
        if len(out.getvalue()) > 1_000_000:
            out = io.BytesIO(); ph.save(out, "JPEG", quality=70); ext = "jpg"
    else:
        ph.save(out, "JPEG", quality=rng.randint(62, 75)); ext = "jpg"
    return out.getvalue(), text, ext, f"photo kind={kind} tilt={ang:.1f} size={ph.size}"
