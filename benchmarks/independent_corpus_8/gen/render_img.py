"""Printed-and-filled pages as images (scans and phone photos). Records every string drawn."""
import io
import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter

FS = "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"
FSB = "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"
FSER = "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf"
FMONO = "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf"
HAND = ["/usr/share/fonts/opentype/comic-neue/ComicNeue-Regular.otf", "/usr/share/fonts/opentype/comic-neue/ComicNeue-Bold.otf",
        "/usr/share/fonts/opentype/comic-neue/ComicNeue-Italic.otf"]
SIG = "/usr/share/fonts/opentype/dancingscript/DancingScript-Regular.otf"


def F(path, size):
    return ImageFont.truetype(path, int(size))


class Page:
    def __init__(self, dpi, drawn):
        self.dpi = dpi
        self.w, self.h = int(8.27 * dpi), int(11.69 * dpi)
        self.im = Image.new("RGB", (self.w, self.h), "white")
        self.d = ImageDraw.Draw(self.im)
        self.drawn = drawn
        self.u = dpi / 72.0  # points -> px

    def text(self, x, y, s, font, fill=(0, 0, 0), record=True):
        self.d.text((x, y), s, font=font, fill=fill)
        if record and s:
            self.drawn.append(s)

    def wrap(self, x, y, s, font, maxw, lead, fill=(0, 0, 0)):
        words, line, lines = s.split(" "), "", []
        for wd in words:
            t = (line + " " + wd).strip()
            if font.getlength(t) > maxw and line:
                lines.append(line)
                line = wd
            else:
                line = t
        lines.append(line)
        for ln in lines:
            self.d.text((x, y), ln, font=font, fill=fill)
            y += lead
        self.drawn.append(s)
        return y

    def hand(self, x, y, s, font, rng, ink):
        if not s:
            return
        tw = int(font.getlength(s)) + 20
        th = int(font.size * 1.6)
        tile = Image.new("RGBA", (tw, th), (255, 255, 255, 0))
        ImageDraw.Draw(tile).text((8, 2), s, font=font, fill=ink + (255,))
        tile = tile.rotate(rng.uniform(-1.6, 1.6), resample=Image.BICUBIC, expand=True)
        self.im.paste(tile, (int(x), int(y + rng.uniform(-3, 3))), tile)
        self.drawn.append(s)


def render_form_pages(m, rng, dpi, handwritten, drawn):
    """Form model -> list of PIL pages. Labels printed, values written by hand (or typed)."""
    u = dpi / 72.0
    pages = [Page(dpi, drawn)]
    pg = pages[0]
    lab_f = F(FS, 8.5 * u)
    hd_f = F(FSB, 10 * u)
    ink = rng.choice([(20, 30, 120), (15, 15, 20), (30, 40, 90)])
    val_f = F(rng.choice(HAND), 11 * u) if handwritten else F(FMONO, 9.5 * u)
    if not handwritten:
        ink = (25, 25, 25)
    M = 42 * u
    y = 40 * u
    pg.text(M, y, m["title"], F(FSB, 14 * u))
    y += 20 * u
    pg.text(M, y, m["subtitle"], F(FS, 8.5 * u), fill=(70, 70, 70))
    y += 22 * u
    W = pg.w - 2 * M

    def newpage():
        nonlocal pg, y
        pg.text(M, pg.h - 30 * u, m["footer"], F(FS, 6.5 * u), fill=(80, 80, 80))
        pg = Page(dpi, drawn)
        pages.append(pg)
        y = 40 * u

    def line_field(x, yy, wdt, lab, val):
        pg.text(x, yy, lab + " :", lab_f)
        lw = lab_f.getlength(lab + " :") + 6 * u
        pg.d.line((x + lw, yy + 12 * u, x + wdt - 8 * u, yy + 12 * u), fill=(120, 120, 120), width=max(1, int(u * 0.6)))
        pg.hand(x + lw + 2 * u, yy - 5 * u, val, val_f, rng, ink)

    for sec in m["sections"]:
        if y > pg.h - 120 * u:
            newpage()
        pg.d.rectangle((M, y, M + W, y + 15 * u), fill=(225, 225, 225))
        pg.text(M + 4 * u, y + 2 * u, sec["title"], hd_f)
        y += 24 * u
        for row in sec["rows"]:
            f = row[0]
            if y > pg.h - 70 * u:
                newpage()
            if f[0] in ("__budget__", "__costs__"):
                if f[0] == "__budget__":
                    _, hl, lr, hr, rr, tot = f
                    blocks = [(hl, lr + [("TOTAL", tot[1])]), (hr, rr + [("TOTAL", tot[2])])]
                else:
                    blocks = [(f[1], f[2])]
                for hl, rows in blocks:
                    pg.text(M, y, hl, F(FSB, 8.5 * u))
                    y += 15 * u
                    for lab, val in rows:
                        pg.d.rectangle((M, y - 2 * u, M + W, y + 14 * u), outline=(150, 150, 150))
                        pg.d.line((M + W - 130 * u, y - 2 * u, M + W - 130 * u, y + 14 * u), fill=(150, 150, 150))
                        pg.text(M + 4 * u, y, lab, lab_f)
                        pg.hand(M + W - 124 * u, y - 5 * u, val, val_f, rng, ink)
                        y += 16 * u
                    y += 8 * u
                continue
            if f[2].startswith("check"):
                x = M
                if f[0]:
                    pg.text(x, y, f[0] + " :", lab_f)
                    x += 60 * u
                for _, v, k in row:
                    lab = k.split(":", 1)[1]
                    pg.d.rectangle((x, y + 1 * u, x + 9 * u, y + 10 * u), outline=(0, 0, 0))
                    if v:
                        pg.d.line((x, y, x + 10 * u, y + 11 * u), fill=ink, width=int(2 * u))
                        pg.d.line((x + 10 * u, y, x, y + 11 * u), fill=ink, width=int(2 * u))
                    pg.text(x + 13 * u, y, lab, lab_f)
                    x += 30 * u + lab_f.getlength(lab)
                y += 20 * u
                continue
            cw = W / len(row)
            for i, (lab, val, k) in enumerate(row):
                x = M + i * cw
                if k == "multi":
                    pg.text(x, y, lab + " :", lab_f)
                    yy = y + 14 * u
                    if handwritten:
                        # handwriting: keep description short, one line per ~70 chars
                        words, cur, lines = val.split(" "), "", []
                        for wd in words:
                            if val_f.getlength(cur + " " + wd) > W - 20 * u and cur:
                                lines.append(cur)
                                cur = wd
                            else:
                                cur = (cur + " " + wd).strip()
                        lines.append(cur)
                        for ln in lines:
                            pg.hand(x + 6 * u, yy, ln, val_f, rng, ink)
                            yy += 16 * u
                    else:
                        yy = pg.wrap(x + 6 * u, yy, val, val_f, W - 20 * u, 13 * u, fill=ink)
                    y = yy + 4 * u
                    continue
                if k == "sig":
                    pg.text(x, y, lab + " :", lab_f)
                    pg.hand(x + 70 * u, y - 8 * u, val, F(SIG, 16 * u), rng, ink if handwritten else (20, 30, 120))
                    continue
                line_field(x, y, cw, lab, val)
            y += 24 * u
    pg.text(M, pg.h - 30 * u, m["footer"], F(FS, 6.5 * u), fill=(80, 80, 80))
    return [p.im for p in pages]


def render_letter_pages(L, rng, dpi, drawn):
    u = dpi / 72.0
    pg = Page(dpi, drawn)
    M = 60 * u
    W = pg.w - 2 * M
    body = F(rng.choice([FSER, FS]), 10.5 * u)
    y = 50 * u
    pg.text(M, y, L["head"][0], F(FSB, 13 * u), fill=(30, 60, 30))
    y += 18 * u
    for ln in L["head"][1:]:
        pg.text(M, y, ln, F(FS, 8.5 * u), fill=(60, 60, 60))
        y += 12 * u
    pg.d.line((M, y + 4 * u, M + W, y + 4 * u), fill=(30, 60, 30), width=int(u))
    y += 30 * u
    for ln in L["to"]:
        pg.text(M + W * 0.55, y, ln, body)
        y += 14 * u
    y += 16 * u
    pg.text(M + W * 0.55, y, L["placedate"], body)
    y += 30 * u
    y = pg.wrap(M, y, L["subject"], F(FSB, 10.5 * u), W, 14 * u)
    y += 12 * u
    pages = [pg]
    for para in L["paras"]:
        if y > pg.h - 120 * u:
            pg = Page(dpi, drawn)
            pages.append(pg)
            y = 60 * u
        y = pg.wrap(M, y, para, body, W, 14 * u)
        y += 10 * u
    y += 6 * u
    name = [s for s in L["sign"] if s]
    pg.hand(M, y, name[-2] if len(name) > 1 else name[0], F(SIG, 20 * u), rng, (20, 30, 120))
    y += 34 * u
    for s in L["sign"]:
        if s:
            pg.text(M, y, s, body)
            y += 14 * u
    return [p.im for p in pages]


# ------------------------------------------------------------------ degradation
def scan(im, rng, color, dpi_out, dpi_in=200):
    w, h = im.size
    if not color:
        im = im.convert("L")
    im = im.rotate(rng.uniform(-2.0, 2.0), resample=Image.BICUBIC, expand=False, fillcolor=255 if not color else (255, 255, 255))
    a = np.asarray(im).astype(np.float32)
    a = a * rng.uniform(0.9, 0.98) + rng.uniform(4, 14)
    nrng = np.random.default_rng(rng.randint(0, 10 ** 6))
    a += nrng.normal(0, rng.uniform(3, 9), a.shape)
    k = int(a.shape[0] * a.shape[1] * rng.uniform(0.00005, 0.0003))
    ys, xs = nrng.integers(0, a.shape[0], k), nrng.integers(0, a.shape[1], k)
    a[ys, xs] = nrng.uniform(0, 90, k)[:, None] if a.ndim == 3 else nrng.uniform(0, 90, k)
    # dark scanner edge
    e = rng.randint(0, 12)
    if e:
        a[:, :e] *= 0.4
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    im = im.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.8)))
    scale = dpi_out / float(dpi_in)
    im = im.resize((int(w * scale), int(h * scale)), Image.LANCZOS)
    return im


def stamp(im, rng, text_lines, drawn):
    im = im.convert("RGBA")
    w, h = im.size
    s = w / 1654
    tile = Image.new("RGBA", (int(420 * s), int(150 * s)), (0, 0, 0, 0))
    d = ImageDraw.Draw(tile)
    col = rng.choice([(40, 60, 170, 170), (170, 40, 50, 160)])
    d.rounded_rectangle((4, 4, tile.width - 4, tile.height - 4), radius=int(14 * s), outline=col, width=int(5 * s))
    yy = int(18 * s)
    for t in text_lines:
        d.text((int(20 * s), yy), t, font=F(FSB, 30 * s), fill=col)
        yy += int(40 * s)
        drawn.append(t)
    tile = tile.rotate(rng.uniform(-12, 12), expand=True, resample=Image.BICUBIC)
    im.alpha_composite(tile, (int(w * rng.uniform(0.45, 0.62)), int(h * rng.uniform(0.86, 0.89))))
    return im.convert("RGB")


def sticky(im, rng):
    im = im.convert("RGB")
    w, h = im.size
    d = ImageDraw.Draw(im, "RGBA")
    x0 = int(w * rng.uniform(0.82, 0.9))
    y0 = int(h * rng.uniform(0.0, 0.03))
    d.polygon([(x0, y0), (w, y0 + 10), (w, y0 + int(h * 0.09)), (x0 + 8, y0 + int(h * 0.085))], fill=(250, 235, 110, 255))
    return im


def _coeffs(src, dst):
    A, B = [], []
    for (x, y), (X, Y) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -X * x, -X * y])
        A.append([0, 0, 0, x, y, 1, -Y * x, -Y * y])
        B += [X, Y]
    return np.linalg.solve(np.array(A, float), np.array(B, float)).tolist()


def photo(im, rng, far=False):
    im = im.convert("RGB")
    pw, ph = im.size
    W, H = (1500, 2000)
    bg = np.zeros((H, W, 3), np.float32)
    base = np.array(rng.choice([(120, 85, 55), (150, 150, 145), (90, 70, 50), (200, 195, 185), (60, 60, 70)]), np.float32)
    nrng = np.random.default_rng(rng.randint(0, 10 ** 6))
    bg[:] = base
    bg += nrng.normal(0, 8, bg.shape)
    fill = rng.uniform(0.62, 0.72) if far else rng.uniform(0.8, 0.92)
    tw, th = W * fill, W * fill * ph / pw
    if th > H * 0.96:
        th = H * 0.96
        tw = th * pw / ph
    cx, cy = W / 2 + rng.uniform(-40, 40), H / 2 + rng.uniform(-40, 40)
    j = lambda: rng.uniform(-0.06, 0.06) * tw  # noqa
    tilt = rng.uniform(-0.07, 0.07) * tw
    dst = [(cx - tw / 2 + j() + tilt, cy - th / 2 + j()), (cx + tw / 2 + j() - tilt, cy - th / 2 + j()),
           (cx + tw / 2 + j(), cy + th / 2 + j()), (cx - tw / 2 + j(), cy + th / 2 + j())]
    src = [(0, 0), (pw, 0), (pw, ph), (0, ph)]
    co = _coeffs(src, dst)
    warped = im.transform((W, H), Image.PERSPECTIVE, co, Image.BICUBIC, fillcolor=(0, 0, 0))
    mask = Image.new("L", (pw, ph), 255).transform((W, H), Image.PERSPECTIVE, co, Image.BICUBIC, fillcolor=0)
    out = Image.composite(warped, Image.fromarray(np.clip(bg, 0, 255).astype(np.uint8)), mask)
    a = np.asarray(out).astype(np.float32)
    # light gradient + soft shadow
    yy, xx = np.mgrid[0:H, 0:W]
    ang = rng.uniform(0, 6.28)
    g = (np.cos(ang) * xx / W + np.sin(ang) * yy / H)
    a *= (0.78 + 0.22 * (g - g.min()) / (g.max() - g.min() + 1e-6))[..., None]
    if rng.random() < 0.7:
        sx, sy = rng.uniform(0, W), rng.uniform(0, H)
        r = rng.uniform(300, 700)
        sh = np.exp(-(((xx - sx) ** 2 + (yy - sy) ** 2) / (2 * r * r)))
        a *= (1 - rng.uniform(0.25, 0.45) * sh)[..., None]
    a *= np.array([1.03, 1.0, 0.93])  # warm indoor light
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    out = out.filter(ImageFilter.GaussianBlur(rng.uniform(0.6, 1.5)))
    if rng.random() < 0.5:
        out = out.resize((1200, 1600), Image.LANCZOS)
    return out


def jpeg(im, q):
    b = io.BytesIO()
    im.save(b, "JPEG", quality=q, optimize=True)
    return b.getvalue()


def pdf_from_jpegs(jpgs, dpi):
    from reportlab.pdfgen import canvas
    from reportlab.lib.utils import ImageReader
    b = io.BytesIO()
    c = None
    for jb in jpgs:
        ir = ImageReader(io.BytesIO(jb))
        w, h = ir.getSize()
        pw, ph = w * 72.0 / dpi, h * 72.0 / dpi
        if c is None:
            c = canvas.Canvas(b, pagesize=(pw, ph), invariant=1)
            c.setCreator(rng_creator(jb))
        c.setPageSize((pw, ph))
        c.drawImage(ir, 0, 0, pw, ph)
        c.showPage()
    c.save()
    return b.getvalue()


def rng_creator(jb):
    return ["HP Scan", "Canon MF Scan Utility", "Epson Scan 2", "Brother iPrint&Scan"][len(jb) % 4]
