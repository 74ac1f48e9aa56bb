# -*- coding: utf-8 -*-
"""Paper pages drawn with Pillow, then 'scanned' (image-only PDF) or 'photographed' (JPEG with EXIF)."""
import io
import os
import random

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from docs import LABELS, LABELSET, FORM_TITLE, form_rows, letter, date_line

HERE = os.path.dirname(os.path.abspath(__file__))
FONTDIR = os.path.join(HERE, "fonts")
SYS = {
    "sans": ["/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
             "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"],
    "sans_b": ["/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
               "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"],
    "serif": ["/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
              "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"],
    "serif_b": ["/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
                "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"],
    "mono": ["/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf",
             "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"],
}
_cache = {}


def font(kind, px):
    key = (kind, int(px))
    if key not in _cache:
        if kind in SYS:
            path = next(p for p in SYS[kind] if os.path.exists(p))
        else:
            path = os.path.join(FONTDIR, kind + ".ttf")
        _cache[key] = ImageFont.truetype(path, int(px))
    return _cache[key]


def wrap(text, f, width):
    words, lines, cur = text.split(), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if f.getlength(t) <= width:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


class Page:
    """An A4 sheet; coordinates in mm."""

    def __init__(self, dpi, mode="L", paper=255):
        self.dpi = dpi
        self.W, self.H = int(210 / 25.4 * dpi), int(297 / 25.4 * dpi)
        self.im = Image.new(mode, (self.W, self.H), paper if mode == "L" else (250, 248, 242))
        self.d = ImageDraw.Draw(self.im)
        self.mode = mode
        self.strings = []

    def px(self, mm):
        return mm / 25.4 * self.dpi

    def pt(self, pt):
        return pt / 72.0 * self.dpi

    def ink(self, c):
        if self.mode == "L":
            return 20 if c == "black" else 60
        return (20, 20, 25) if c == "black" else (25, 40, 120)

    def text(self, x, y, s, kind="sans", size=10.5, color="black"):
        f = font(kind, self.pt(size))
        self.d.text((self.px(x), self.px(y)), s, font=f, fill=self.ink(color))
        self.strings.append(s)
        return f

    def para(self, x, y, s, width, kind="sans", size=10.5, lead=1.35, color="black"):
        f = font(kind, self.pt(size))
        for line in wrap(s, f, self.px(width)):
            self.d.text((self.px(x), self.px(y)), line, font=f, fill=self.ink(color))
            self.strings.append(line)
            y += size * lead * 25.4 / 72
        return y

    def hand(self, x, y, s, hand, size, rng, caps=False, color="blue", slope=None):
        """Handwriting: word by word with wobbling baseline and size."""
        if caps:
            s = s.upper()
        self.strings.append(s)
        X = self.px(x)
        Y = self.px(y)
        slope = rng.uniform(-0.012, 0.012) if slope is None else slope
        for w in s.split(" "):
            f = font(hand, self.pt(size * rng.uniform(0.95, 1.05)))
            dy = rng.uniform(-0.35, 0.35) * self.dpi / 25.4 + slope * (X - self.px(x))
            self.d.text((X, Y + dy), w, font=f, fill=self.ink(color))
            X += f.getlength(w + " ") * rng.uniform(0.98, 1.12)
        return X

    def hand_para(self, x, y, s, width, hand, size, rng, lead=2.0, color="blue", caps=False):
        f = font(hand, self.pt(size))
        for line in wrap(s.upper() if caps else s, f, self.px(width) * 0.93):
            self.hand(x + rng.uniform(-0.8, 0.8), y, line, hand, size, rng, color=color)
            y += size * lead * 25.4 / 72
        return y

    def line(self, x1, y1, x2, y2, w=0.3, dotted=False):
        if dotted:
            xx = x1
            while xx < x2:
                self.d.line([(self.px(xx), self.px(y1)), (self.px(min(xx + 0.6, x2)), self.px(y2))],
                             fill=self.ink("black"), width=max(1, int(self.px(w))))
                xx += 1.4
        else:
            self.d.line([(self.px(x1), self.px(y1)), (self.px(x2), self.px(y2))], fill=self.ink("black"),
                        width=max(1, int(self.px(w))))

    def rect(self, x1, y1, x2, y2, w=0.3):
        self.d.rectangle([self.px(x1), self.px(y1), self.px(x2), self.px(y2)], outline=self.ink("black"),
                         width=max(1, int(self.px(w))))


# ------------------------------------------------------------ page layouts
def typed_letter_pages(r, raw, dpi, mode, rng):
    L = letter(r, raw)
    p = Page(dpi, mode)
    y = 18
    if L["letterhead"]:
        p.text(22, y, L["letterhead"][0], "sans_b", 15 if len(L["letterhead"][0]) < 45 else 11.5)
        y += 8
        for x in L["letterhead"][1:]:
            p.text(22, y, x, "sans", 8.5)
            y += 4.5
        p.line(22, y + 1, 190, y + 1, 0.4)
        y += 14
    for x in L["sender"]:
        p.text(22, y, x, "serif", 11)
        y += 5.2
    y += 6
    for x in L["recipient"]:
        p.text(115, y, x, "serif", 11)
        y += 5.2
    y += 8
    p.text(115, y, date_line(r), "serif", 11)
    y += 14
    p.text(22, y, L["subject"], "serif_b", 11)
    y += 10
    p.text(22, y, L["salutation"], "serif", 11)
    y += 9
    for para in L["paras"]:
        y = p.para(22, y, para, 166, "serif", 11, 1.4) + 3.5
    y = p.para(22, y, L["closing"], 166, "serif", 11, 1.4) + 4
    hand = rng.choice(["chilanka", "neucha"])
    p.hand(30, y, "%s. %s" % (r["first"][0], r["last"]), hand, 20, rng, color="blue")
    y += 14
    for x in L["sign"]:
        p.text(22, y, x, "serif", 11)
        y += 5.2
    return [p], {"letter": L, "signature_hand": hand}


def form_page_header(p, r, lang, k):
    title = FORM_TITLE[lang][k]
    p.text(20, 15, "Partons 2.0", "sans_b", 9)
    p.text(150, 15, "Interreg V", "sans", 8)
    p.text(20, 24, title, "sans_b", 14 if len(title) < 50 else 12)
    sub = ("Graag volledig en leesbaar invullen." if lang == "nl" else "Merci d'écrire lisiblement.")
    p.text(20, 32, sub, "sans", 9)
    p.line(20, 37, 190, 37, 0.5)
    return 45


def form_pages(r, raw, dpi, mode, rng, handwritten):
    lang = r["lang"]
    labels = LABELS[lang][LABELSET[r["id"]]]
    rows = form_rows(r, raw, labels)
    ex = r["extra"]
    hand = ex.get("hand")
    caps = ex.get("caps", False)
    capkeys = {labels[k] for k in ("org", "name", "street", "town", "title")}
    pages = []
    two = r["id"] == "t15"
    p = Page(dpi, mode)
    pages.append(p)
    y = form_page_header(p, r, lang, 2 if r["half"] == "dev" else 3)
    split_at = labels["title"] if two else None
    lf = font("sans", p.pt(9.5))
    vx = max(80.0, 20 + max(lf.getlength(a) for a, _, mm in rows if not mm) / p.px(1) + 6)
    for label, value, multi in rows:
        if two and label == split_at:
            p.text(20, 285, "1/2", "sans", 8)
            p = Page(dpi, mode)
            pages.append(p)
            p.text(20, 15, ("2. Le projet" if lang == "fr" else "2. Het project"), "sans_b", 13)
            p.line(20, 20, 190, 20, 0.5)
            y = 30
        if multi:
            p.text(20, y, label, "sans_b", 9.5)
            y += 6
            box_h = 55
            p.rect(20, y, 190, y + box_h)
            if handwritten:
                yy = y + 4
                for k in range(1, 6):
                    p.line(22, y + k * 10, 188, y + k * 10, 0.15, dotted=True)
                p.hand_para(23, y + 3.2, value, 164, hand, 12, rng, lead=2.36)
            else:
                p.para(23, y + 3, value, 162, "mono", 10, 1.45)
            y += box_h + 8
            continue
        p.text(20, y, label, "sans", 9.5)
        if handwritten:
            p.line(vx, y + 5.2, 192, y + 5.2, 0.2, dotted=True)
            if value:
                p.hand(vx + 2, y - 2.2, value, hand, 14, rng, caps=caps and label in capkeys)
        else:
            p.rect(vx, y - 1.5, 192, y + 5.5, 0.2)
            if value:
                p.text(vx + 2, y - 0.5, value, "mono", 10)
        y += 12
    y += 6
    if lang == "nl":
        p.text(20, y, "Datum en handtekening:", "sans", 9.5)
    else:
        p.text(20, y, "Date et signature :", "sans", 9.5)
    dd = "%02d/%02d/%d" % tuple(reversed(r["date"][:3]))
    if handwritten:
        p.hand(70, y - 2, dd, hand, 14, rng)
        p.hand(115, y - 3, "%s %s" % (r["first"], r["last"][:3] + "~"), hand, 18, rng)
    else:
        p.text(70, y, dd, "mono", 10)
        sh = rng.choice(["chilanka", "neucha"])
        p.hand(115, y - 3, r["last"], sh, 18, rng)
    if two:
        p.text(20, 285, "2/2", "sans", 8)
    return pages, {"form_rows": [[a, b] for a, b, _ in rows], "caps": caps}


def hand_letter_pages(r, raw, dpi, mode, rng):
    L = letter(r, raw)
    hand = r["extra"]["hand"]
    p = Page(dpi, mode)
    size = 15.5
    y = 14
    for x in L["sender"]:
        p.hand(18, y, x, hand, size, rng)
        y += 7.2
    p.hand(118, y + 1, date_line(r), hand, size, rng)
    top = y + 14
    # faint ruled paper
    for k in range(0, 40):
        yy = top + 5.5 + k * 9.5
        if yy > 285:
            break
        p.d.line([(p.px(12), p.px(yy)), (p.px(200), p.px(yy))],
                 fill=(205 if mode == "L" else (190, 205, 225)), width=1)
    y = top
    p.hand(18, y, L["subject"], hand, size, rng)
    y += 9.5 * 2
    p.hand(18, y, L["salutation"], hand, size, rng)
    y += 9.5
    f = font(hand, p.pt(size))
    for para in L["paras"] + [L["closing"]]:
        lines = wrap(para, f, p.px(176) * 0.92)
        for i, line in enumerate(lines):
            p.hand(18 + (8 if i == 0 else 0) + rng.uniform(-0.6, 0.6), y, line, hand, size, rng)
            y += 9.5
    y += 9.5 * 0.6
    p.hand(110, y, r["first"] + " " + r["last"], hand, size + 3, rng)
    y += 9.5
    if r["org"] and r["extra"].get("role"):
        p.hand(110, y, r["extra"]["role"], hand, size, rng)
    phone_line = None
    # contact lines at the end when not in the sender block
    return [p], {"letter": L}


# ------------------------------------------------------------ degradations
def image_pdf(jpegs, producer, date):
    """A minimal PDF, one JPEG (DCTDecode) per A4 page, no fonts and no text operators."""
    objs = []

    def add(b):
        objs.append(b)
        return len(objs)

    W, H = 595.28, 841.89
    kids = []
    pages_id = 2 + 0  # catalog=1, pages=2 (reserved below)
    objs.append(None)
    objs.append(None)
    for jb, (w, h, gray) in jpegs:
        img = add(("<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /%s /BitsPerComponent 8 "
                   "/Filter /DCTDecode /Length %d >>\nstream\n" % (w, h, "DeviceGray" if gray else "DeviceRGB",
                                                                   len(jb))).encode() + jb + b"\nendstream")
        cs = ("q %.2f 0 0 %.2f 0 0 cm /Im0 Do Q" % (W, H)).encode()
        cont = add(b"<< /Length %d >>\nstream\n" % len(cs) + cs + b"\nendstream")
        pg = add(("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.2f %.2f] /Resources << /XObject << /Im0 %d 0 R >> "
                  ">> /Contents %d 0 R >>" % (W, H, img, cont)).encode())
        kids.append(pg)
    objs[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[1] = ("<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join("%d 0 R" % k for k in kids), len(kids))).encode()
    info = add(("<< /Producer (%s) /CreationDate (D:%04d%02d%02d%02d%02d00+02'00') >>"
                % ((producer,) + tuple(date[:5]))).encode())
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, b in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(b"%d 0 obj\n" % i + b + b"\nendobj\n")
    x = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offs:
        out.write(b"%010d 00000 n \n" % o)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, info, x))
    return out.getvalue()


def to_scan_pdf(pages, r, rng):
    params = []
    producer = "KONICA MINOLTA bizhub C224e" if rng.random() < 0.5 else "Canon iR-ADV C3520 PDF"
    jpegs = []
    for p in pages:
        im = p.im.convert("L")
        ang = rng.choice([-1, 1]) * rng.uniform(0.5, 3.0)
        im = im.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=250)
        arr = np.asarray(im).astype(np.float32)
        nrng = np.random.default_rng(rng.randrange(1 << 30))
        sigma = rng.uniform(5, 10)
        arr = arr + nrng.normal(0, sigma, arr.shape)
        # a darker band at one edge (scanner lid) and slight uneven exposure
        h, w = arr.shape
        band = int(w * rng.uniform(0.01, 0.025))
        if rng.random() < 0.5:
            arr[:, :band] *= 0.55
        else:
            arr[:, -band:] *= 0.6
        grad = np.linspace(rng.uniform(0.93, 1.0), rng.uniform(0.97, 1.02), h)[:, None]
        arr = np.clip(arr * grad, 0, 255).astype(np.uint8)
        im = Image.fromarray(arr, "L")
        blur = rng.uniform(0.5, 1.0)
        im = im.filter(ImageFilter.GaussianBlur(blur))
        q = rng.randint(50, 68)
        b = io.BytesIO()
        im.save(b, "JPEG", quality=q, dpi=(p.dpi, p.dpi))
        jpegs.append((b.getvalue(), (im.width, im.height, True)))
        params.append({"dpi": p.dpi, "angle_deg": round(ang, 3), "noise_sigma": round(sigma, 2),
                       "blur_radius": round(blur, 2), "jpeg_quality": q, "edge_band_px": band})
    return image_pdf(jpegs, producer, r["date"]), params


def _persp_coeffs(dst, src):
    """Coefficients mapping output points dst to input points src (PIL PERSPECTIVE)."""
    A, B = [], []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        B += [u, v]
    return np.linalg.solve(np.array(A, float), np.array(B, float)).tolist()


def to_photo(pages, r, rng):
    import piexif
    p = pages[0]
    page = p.im.convert("RGB")
    OW, OH = 1200, 1600
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    # table: low-frequency wood-ish texture
    base = np.array(rng.choice([(120, 86, 58), (150, 120, 90), (95, 75, 60), (170, 165, 160)]), float)
    small = nrng.normal(0, 1, (OH // 40, OW // 8))
    tex = np.asarray(Image.fromarray(((small - small.min()) / (np.ptp(small) + 1e-9) * 255).astype(np.uint8))
                     .resize((OW, OH), Image.BICUBIC)).astype(float) / 255.0
    bg = base[None, None, :] * (0.85 + 0.3 * tex[..., None])
    bg = Image.fromarray(np.clip(bg, 0, 255).astype(np.uint8), "RGB")
    # paper quad
    m = lambda a, b: rng.uniform(a, b)
    dst = [(m(60, 160), m(60, 150)), (m(1040, 1150), m(40, 140)), (m(1080, 1170), m(1480, 1570)),
           (m(30, 130), m(1450, 1560))]
    src = [(0, 0), (page.width, 0), (page.width, page.height), (0, page.height)]
    coeffs = _persp_coeffs(dst, src)
    rgba = page.convert("RGBA")
    warped = rgba.transform((OW, OH), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=(0, 0, 0, 0))
    # shadow
    sh = Image.new("L", (OW, OH), 0)
    off = (m(8, 22), m(10, 26))
    ImageDraw.Draw(sh).polygon([(x + off[0], y + off[1]) for x, y in dst], fill=150)
    sh = sh.filter(ImageFilter.GaussianBlur(18))
    bg = Image.composite(Image.new("RGB", (OW, OH), (15, 12, 10)), bg, sh)
    bg.paste(warped, (0, 0), warped)
    # uneven light: radial falloff plus a soft hand/phone shadow band
    yy, xx = np.mgrid[0:OH, 0:OW]
    cx, cy = m(0.2, 0.8) * OW, m(0.1, 0.6) * OH
    dist = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2) / np.hypot(OW, OH)
    light = 1.08 - 0.5 * dist
    sx = m(0.0, 0.5) * OW
    y0 = OH * m(0.55, 0.8)
    ramp = 1 / (1 + np.exp(-(yy - y0) / (0.04 * OH)))
    band = 1 - 0.2 * np.clip(1 - np.abs(xx + 0.4 * yy - sx - 0.5 * OW) / (0.18 * OW), 0, 1) ** 0.7 * ramp
    band = np.asarray(Image.fromarray((band * 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(25))) / 255.0
    arr = np.asarray(bg).astype(float) * (light * band)[..., None]
    tint = np.array([1.0, rng.uniform(0.96, 1.0), rng.uniform(0.86, 0.95)])
    arr = np.clip(arr * tint + nrng.normal(0, 3, arr.shape), 0, 255).astype(np.uint8)
    im = Image.fromarray(arr, "RGB")
    blur = m(0.7, 1.3)
    im = im.filter(ImageFilter.GaussianBlur(blur))
    q = rng.randint(58, 72)
    y, mo, d, hh, mi = r["date"]
    dt = "%04d:%02d:%02d %02d:%02d:%02d" % (y, mo, d, hh, max(mi - 3, 0), rng.randint(0, 59))
    make, model = rng.choice([("samsung", "SM-A505FN"), ("HUAWEI", "ANE-LX1"), ("Apple", "iPhone 7"),
                              ("motorola", "moto g(6)")])
    exif = {"0th": {piexif.ImageIFD.Make: make.encode(), piexif.ImageIFD.Model: model.encode(),
                    piexif.ImageIFD.Orientation: 1, piexif.ImageIFD.DateTime: dt.encode(),
                    piexif.ImageIFD.Software: b"Camera 1.0", piexif.ImageIFD.XResolution: (72, 1),
                    piexif.ImageIFD.YResolution: (72, 1)},
            "Exif": {piexif.ExifIFD.DateTimeOriginal: dt.encode(), piexif.ExifIFD.DateTimeDigitized: dt.encode(),
                     piexif.ExifIFD.ExposureTime: (1, rng.choice([30, 50, 60, 120])),
                     piexif.ExifIFD.FNumber: (rng.choice([17, 18, 22]), 10),
                     piexif.ExifIFD.ISOSpeedRatings: rng.choice([100, 200, 400, 640]),
                     piexif.ExifIFD.FocalLength: (rng.choice([399, 430, 470]), 100),
                     piexif.ExifIFD.PixelXDimension: OW, piexif.ExifIFD.PixelYDimension: OH},
            "GPS": {}, "1st": {}, "thumbnail": None}
    b = io.BytesIO()
    im.save(b, "JPEG", quality=q, exif=piexif.dump(exif))
    params = {"page_dpi": p.dpi, "photo_size": [OW, OH], "paper_quad": [[round(a, 1), round(c, 1)] for a, c in dst],
              "shadow_offset": [round(off[0], 1), round(off[1], 1)], "light_centre": [round(cx), round(cy)],
              "blur_radius": round(blur, 2), "jpeg_quality": q, "exif_make": make, "exif_model": model,
              "exif_datetime": dt}
    return b.getvalue(), params


def render(r, raw, rng):
    kind = r["extra"]["kind"]
    photo = r["fmt"] == "photo"
    mode = "RGB" if photo else "L"
    dpi = 140 if photo else rng.choice([150, 160, 170, 180])
    if kind == "typed_letter":
        pages, info = typed_letter_pages(r, raw, dpi, mode, rng)
    elif kind == "typed_form":
        pages, info = form_pages(r, raw, dpi, mode, rng, handwritten=False)
    elif kind == "hand_form":
        pages, info = form_pages(r, raw, dpi, mode, rng, handwritten=True)
    elif kind == "hand_letter":
        pages, info = hand_letter_pages(r, raw, dpi, mode, rng)
    else:
        raise ValueError(kind)
    strings = [s for p in pages for s in p.strings]
    if photo:
        data, params = to_photo(pages, r, rng)
    else:
        data, params = to_scan_pdf(pages, r, rng)
    info.update({"kind": kind, "hand": r["extra"].get("hand"), "strings_drawn": strings, "render": params,
                 "pages": len(pages)})
    info.pop("letter", None)
    return data, info
