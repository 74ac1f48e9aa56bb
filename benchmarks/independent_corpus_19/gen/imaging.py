"""Pages drawn with Pillow, degraded as scans (image-only PDF) or as phone photos (JPEG + EXIF)."""
import io, os, random
import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from texts import L, letter_paragraphs, subject_line, sender_block

HERE = os.path.dirname(os.path.abspath(__file__))
FONTS = {"pangolin": "fonts/pangolin-latin-400.ttf", "sedgwick-ave": "fonts/sedgwick-ave-latin-400.ttf",
         "shantell-sans": "fonts/shantell-sans-latin-400.ttf"}
SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
SANSB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
SERIF = "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf"
MONO = "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf"
KEYS = ["org", "name", "addr", "pcm", "phone", "email", "title", "desc", "total", "own", "req"]


def font(path, size):
    p = path if path.startswith("/") else os.path.join(HERE, path)
    return ImageFont.truetype(p, size)


def wrap(text, f, width):
    out = []
    for para in text.split("\n"):
        line = ""
        for w in para.split(" "):
            t = (line + " " + w).strip()
            if f.getlength(t) <= width:
                line = t
            else:
                if line:
                    out.append(line)
                line = w
        out.append(line)
    return out


class Page:
    def __init__(self, dpi, rng, paper=(255, 255, 255)):
        self.s = dpi / 72.0
        self.W, self.H = int(595 * self.s), int(842 * self.s)
        self.im = Image.new("RGB", (self.W, self.H), paper)
        self.d = ImageDraw.Draw(self.im)
        self.rng = rng

    def px(self, pt):
        return int(pt * self.s)

    def text(self, x, y, t, path, size, fill=(20, 20, 20)):
        self.d.text((self.px(x), self.px(y)), t, font=font(path, self.px(size)), fill=fill)

    def hand(self, x, y, t, hand, size, ink, width=None):
        """handwriting: word by word with jitter; returns lines used"""
        f0 = font(FONTS[hand], self.px(size))
        lines = wrap(t, f0, self.px(width)) if width else [t]
        for li, ln in enumerate(lines):
            cx = self.px(x); cy = self.px(y) + li * self.px(size * 1.35)
            for w in ln.split(" "):
                sz = self.px(size * self.rng.uniform(0.95, 1.06))
                f = font(FONTS[hand], sz)
                self.d.text((cx, cy + self.rng.randint(-2, 2)), w, font=f, fill=ink)
                cx += f.getlength(w + " ") + self.rng.randint(-1, 3)
        return len(lines)

    def para(self, x, y, t, path, size, width, lead=1.35, fill=(20, 20, 20)):
        f = font(path, self.px(size))
        lines = wrap(t, f, self.px(width))
        for i, ln in enumerate(lines):
            self.d.text((self.px(x), self.px(y) + i * self.px(size * lead)), ln, font=f, fill=fill)
        return len(lines) * size * lead

    def rect(self, x, y, w, h, width=1):
        self.d.rectangle([self.px(x), self.px(y), self.px(x + w), self.px(y + h)], outline=(30, 30, 30), width=width)


def draw_form(pg, r, d, answer_mode, hand=None, ink=(25, 40, 120), dotted=False):
    """A printed form (not the call's own). answer_mode: 'typed' or 'hand'."""
    lab = L[r["language"]]
    pg.text(50, 40, lab["head"], SANSB, 12)
    pg.text(50, 58, "Westhoek - Nord / Partons 2.0 - Interreg V", SANS, 8, (90, 90, 90))
    y = 90
    vals = dict(d)
    if r.get("photo_empty_field"):
        vals[r["photo_empty_field"]] = ""
    for k in KEYS:
        h = 70 if k == "desc" else 26
        if dotted:
            pg.text(50, y + 4, lab[k] + " :", SANS, 9)
            pg.d.line([pg.px(195), pg.px(y + 18), pg.px(545), pg.px(y + 18)], fill=(60, 60, 60), width=1)
            if k == "desc":
                for extra in (20, 40):
                    pg.d.line([pg.px(50), pg.px(y + 18 + extra), pg.px(545), pg.px(y + 18 + extra)], fill=(60, 60, 60), width=1)
        else:
            pg.rect(48, y, 497, h)
            pg.d.line([pg.px(190), pg.px(y), pg.px(190), pg.px(y + h)], fill=(30, 30, 30), width=1)
            pg.text(53, y + 6, lab[k], SANS, 8.5)
        v = vals[k]
        if v:
            ax = 200 if not dotted else 200
            if answer_mode == "typed":
                pg.para(ax, y + 6, v, SANS, 9, 340, 1.3)
            else:
                if k == "desc":
                    pg.hand(ax if not dotted else 200, y + 2, v, hand, 10.5, ink, width=340)
                else:
                    pg.hand(ax, y + 2, v, hand, 13, ink)
        y += h + (8 if dotted else 0)
    pg.text(50, y + 20, lab["date"] + " :", SANS, 9)
    if answer_mode == "typed":
        pg.text(110, y + 20, d["date_short"], SANS, 9)
    else:
        pg.hand(110, y + 14, d["date_short"], hand, 13, ink)
    pg.text(300, y + 20, "Handtekening / Signature :", SANS, 9)
    sig_font = hand or "sedgwick-ave"
    pg.hand(300, y + 36, f"{r['first'][0]}. {r['last']}", sig_font, 16, ink)


def draw_letter(pg, r, d, hand=None, ink=(20, 30, 90), lined=False):
    if lined:
        for yy in range(110, 810, 22):
            pg.d.line([0, pg.px(yy), pg.W, pg.px(yy)], fill=(170, 190, 225), width=max(1, pg.px(0.6)))
        pg.d.line([pg.px(62), 0, pg.px(62), pg.H], fill=(225, 140, 140), width=max(1, pg.px(0.8)))
    y = 50
    if hand:
        size, lead = 12, 22
        for ln in sender_block(r, d):
            pg.hand(70, y, ln, hand, size, ink); y += lead
        pg.hand(330, y, d["date"], hand, size, ink); y += lead * 1.5
        pg.hand(70, y, subject_line(r), hand, size, ink); y += lead * 1.5
        for para in letter_paragraphs(r, d):
            for chunk in para.split("\n\n"):
                n = pg.hand(70, y, chunk, hand, size, ink, width=470)
                y += n * size * 1.35 * 1.0 + 8
                if n > 0:
                    y = max(y, y)
        pg.hand(330, y + 10, f"{r['first']} {r['last']}", hand, 15, ink)
    else:
        y = 60
        for ln in sender_block(r, d):
            pg.text(70, y, ln, SERIF, 10.5); y += 14
        y += 20
        for ln in ["Provincie West-Vlaanderen", "Partons 2.0 - Jonas Polin", "Woumenweg 100", "8600 Diksmuide (Belgique)"]:
            pg.text(330, y, ln, SERIF, 10.5); y += 14
        y += 20
        pg.text(330, y, d["date"], SERIF, 10.5); y += 34
        pg.text(70, y, subject_line(r), SERIF, 11); y += 30
        for para in letter_paragraphs(r, d):
            for chunk in para.split("\n\n"):
                y += pg.para(70, y, chunk, SERIF, 10.5, 455, 1.4) + 9
        pg.hand(330, y + 10, f"{r['first'][0]}. {r['last']}", "sedgwick-ave", 16, ink)
        pg.text(330, y + 40, f"{r['first']} {r['last']}", SERIF, 10.5)


# -------- scanner degradation + image-only PDF --------
def scan_degrade(im, rng):
    g = im.convert("L")
    ang = rng.uniform(0.5, 3.0) * rng.choice([-1, 1])
    g = g.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=rng.randint(235, 250))
    a = np.asarray(g).astype(np.float32)
    a = a * rng.uniform(0.88, 0.96) + rng.uniform(6, 16)
    nr = np.random.default_rng(rng.randrange(1 << 30))
    a += nr.normal(0, rng.uniform(4, 8), a.shape)
    a = np.clip(a, 0, 255).astype(np.uint8)
    g = Image.fromarray(a).filter(ImageFilter.GaussianBlur(rng.uniform(0.5, 0.9)))
    q = rng.randint(50, 70)
    b = io.BytesIO(); g.save(b, "JPEG", quality=q)
    return b.getvalue(), g.size, ang, q


def image_pdf(jpeg, size, dpi):
    w, h = size
    pw, ph = w * 72.0 / dpi, h * 72.0 / dpi
    content = f"q {pw:.2f} 0 0 {ph:.2f} 0 0 cm /Im0 Do Q".encode()
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {pw:.2f} {ph:.2f}] /Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>".encode(),
            f"<< /Type /XObject /Subtype /Image /Width {w} /Height {h} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode /Length {len(jpeg)} >>\nstream\n".encode() + jpeg + b"\nendstream",
            f"<< /Length {len(content)} >>\nstream\n".encode() + content + b"\nendstream",
            b"<< /Producer (EPSON Scan) /Creator (EPSON Scan) /CreationDate (D:20190501120000+02'00') >>"]
    out = io.BytesIO(); out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell()); out.write(f"{i} 0 obj\n".encode() + o + b"\nendobj\n")
    x = out.tell()
    out.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    for o in offs:
        out.write(f"{o:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{x}\n%%EOF\n".encode())
    return out.getvalue()


def scan_pdf(r, d):
    rng = random.Random(r["seed"])
    dpi = 120
    pg = Page(dpi, rng)
    v = r["variant"]
    if v == 0:
        draw_form(pg, r, d, "typed")
    elif v == 1:
        draw_form(pg, r, d, "hand", hand=r["hand"], ink=(20, 20, 20))
    elif v == 2:
        draw_letter(pg, r, d, hand=r["hand"], ink=(15, 15, 15))
    else:
        draw_letter(pg, r, d)
    jpeg, size, ang, q = scan_degrade(pg.im, rng)
    r["render"] = {"dpi": dpi, "tilt_deg": round(ang, 2), "jpeg_quality": q}
    return image_pdf(jpeg, size, dpi)


# -------- phone photo --------
def _persp_coeffs(dst, src):
    A = []; B = []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y]); B.append(u)
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y]); B.append(v)
    return np.linalg.solve(np.array(A, float), np.array(B, float)).tolist()


def photo(r, d):
    rng = random.Random(r["seed"])
    dpi = 110
    paper = (rng.randint(243, 252), rng.randint(241, 250), rng.randint(232, 244))
    pg = Page(dpi, rng, paper)
    v = r["variant"]
    ink = rng.choice([(25, 40, 130), (20, 20, 25), (30, 50, 150)])
    if v == 0:
        draw_form(pg, r, d, "hand", hand=r["hand"], ink=ink)
    elif v == 1:
        draw_letter(pg, r, d, hand=r["hand"], ink=ink, lined=True)
    elif v == 2:
        draw_letter(pg, r, d)
    else:
        draw_form(pg, r, d, "hand", hand=r["hand"], ink=ink, dotted=True)
    page = pg.im
    Wc, Hc = 1200, 1600
    nr = np.random.default_rng(r["seed"])
    # table: wood-like or grey with streaks
    base = np.array(rng.choice([(120, 82, 50), (150, 110, 70), (95, 95, 100), (180, 170, 155)]), np.float32)
    yy = np.arange(Hc)[:, None]; xx = np.arange(Wc)[None, :]
    streak = 12 * np.sin(xx / rng.uniform(9, 20) + np.sin(yy / 80.0) * 2)
    tbl = base[None, None, :] + streak[..., None] + nr.normal(0, 6, (Hc, Wc, 1))
    bg = Image.fromarray(np.clip(tbl, 0, 255).astype(np.uint8))
    # paper quad
    pw, ph = page.size
    m = 70
    dst = [(m + rng.randint(-30, 60), m + rng.randint(0, 80)), (Wc - m + rng.randint(-60, 20), m + rng.randint(0, 60)),
           (Wc - m + rng.randint(-20, 40), Hc - m - rng.randint(0, 60)), (m + rng.randint(-40, 30), Hc - m - rng.randint(-10, 50))]
    src = [(0, 0), (pw, 0), (pw, ph), (0, ph)]
    co = _persp_coeffs(dst, src)
    warped = page.transform((Wc, Hc), Image.PERSPECTIVE, co, Image.BICUBIC)
    mask = Image.new("L", page.size, 255).transform((Wc, Hc), Image.PERSPECTIVE, co, Image.BICUBIC)
    # drop shadow of the sheet
    sh = mask.filter(ImageFilter.GaussianBlur(12)).point(lambda p: int(p * 0.45))
    bga = np.asarray(bg).astype(np.float32) * (1 - np.asarray(sh)[..., None] / 255.0 * 0.8)
    bg = Image.fromarray(np.clip(bga, 0, 255).astype(np.uint8))
    bg.paste(warped, (0, 0), mask)
    a = np.asarray(bg).astype(np.float32)
    # uneven light: radial gradient from a random light spot, plus a soft shadow (phone / hand) on one side
    cx, cy = rng.uniform(0.2, 0.8) * Wc, rng.uniform(0.1, 0.5) * Hc
    dist = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2) / np.hypot(Wc, Hc)
    light = 1.08 - 0.45 * dist
    edge = rng.choice(["left", "bottom", "right"])
    if edge == "left":
        t = np.clip((xx - rng.uniform(0.1, 0.35) * Wc) / 160.0, 0, 1)
    elif edge == "right":
        t = np.clip((rng.uniform(0.65, 0.9) * Wc - xx) / 160.0, 0, 1)
    else:
        t = np.clip((rng.uniform(0.7, 0.9) * Hc - yy) / 160.0, 0, 1)
    shadow = 0.62 + 0.38 * t
    a = a * (light * shadow)[..., None]
    cast = np.array(rng.choice([(1.06, 1.0, 0.86), (1.0, 1.0, 1.08), (1.04, 1.02, 0.92)]), np.float32)
    a = a * cast[None, None, :] + nr.normal(0, 3.5, a.shape)
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(rng.uniform(0.7, 1.3)))
    q = rng.randint(60, 75)
    make, model = r["phone_model"]
    ex = Image.Exif()
    ts = r["date"].strftime("%Y:%m:%d %H:%M:%S")
    ex[271] = make; ex[272] = model; ex[306] = ts; ex[305] = "Camera"
    ifd = ex.get_ifd(0x8769); ifd[36867] = ts; ifd[36868] = ts
    b = io.BytesIO(); im.save(b, "JPEG", quality=q, exif=ex.tobytes())
    r["render"] = {"jpeg_quality": q, "shadow_edge": edge, "phone": f"{make} {model}"}
    return b.getvalue()
