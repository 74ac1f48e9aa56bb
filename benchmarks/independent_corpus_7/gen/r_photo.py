"""Phone photos of a printed form filled in by hand(-like fonts) or typed."""
import io
import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from texts import LBL, FORM_TITLE, FOOTER, short_date
from data import name_written

FD = "/usr/share/fonts/truetype/"
PRINT = FD + "liberation/LiberationSans-Regular.ttf"
PRINTB = FD + "liberation/LiberationSans-Bold.ttf"
HANDS = [FD + "dejavu/DejaVuSans-Oblique.ttf", FD + "liberation/LiberationSerif-Italic.ttf",
         FD + "dejavu/DejaVuSerif-Italic.ttf" if False else FD + "liberation/LiberationSans-Italic.ttf",
         FD + "dejavu/DejaVuSansCondensed-Oblique.ttf"]
TYPED = FD + "liberation/LiberationMono-Regular.ttf"


def coeffs(src, dst):
    # maps output (dst) -> input (src) for Image.transform PERSPECTIVE
    A = []; B = []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y]); B.append(u)
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y]); B.append(v)
    return np.linalg.solve(np.array(A, float), np.array(B, float)).tolist()


def photo(r, rng):
    lang = r["lang"]; L = LBL[lang]; W = {}
    PW, PH = 1100, 1556
    page = Image.new("RGB", (PW, PH), (250, 250, 246))
    d = ImageDraw.Draw(page)
    fT = ImageFont.truetype(PRINTB, 30); fL = ImageFont.truetype(PRINT, 22); fS = ImageFont.truetype(PRINT, 15)
    hand = rng.random() < 0.65
    fV = ImageFont.truetype(rng.choice(HANDS), rng.choice([27, 29, 31])) if hand else ImageFont.truetype(TYPED, 24)
    ink = rng.choice([(20, 40, 140), (25, 25, 30), (10, 60, 160)]) if hand else (30, 30, 30)
    title = FORM_TITLE[lang]
    # wrap title
    words = title.split(); lines = [""]
    for w in words:
        if d.textlength(lines[-1] + " " + w, font=fT) > PW - 120:
            lines.append(w)
        else:
            lines[-1] = (lines[-1] + " " + w).strip()
    y = 70
    for ln in lines:
        d.text((60, y), ln, font=fT, fill=(0, 0, 0)); y += 40
    y += 20
    name_w = name_written(r); W["contact_name_w"] = name_w
    em = r["doc_email"] or (L["see_above"] if r["email_mode"] == "see_above" else "")
    rows = [(L["org"], r["org"] or ""), (L["contact"], name_w), (L["addr"], r["address"]),
            (L["pc"] + " / " + L["place"].split("/")[0].strip(), f"{r['postcode']} {r['municipality']}"),
            (L["phone"], r["phone_w"] or ""), (L["email"], em), (L["title"], r["title"]),
            (L["total"], r["total_w"])]
    if r["own"] > 0:
        rows.append((L["own"], r["own_w"]))
    rows.append((L["req"], r["req_w"]))
    rows.append((L["date"] + " / " + L["sign"], short_date(r["sign_date"]) + "   " + (r["first"] if hand else "")))
    drawn = []
    for label, value in rows:
        d.text((60, y), label, font=fL, fill=(0, 0, 0))
        y += 30
        d.rectangle([60, y, PW - 60, y + 46], outline=(90, 90, 90), width=2)
        if value:
            # shrink if too long
            f = fV
            size = f.size
            while d.textlength(value, font=f) > PW - 150 and size > 14:
                size -= 2; f = ImageFont.truetype(f.path, size)
            jx = rng.randint(-4, 10) if hand else 0
            jy = rng.randint(-4, 3) if hand else 0
            if hand:
                # draw on a transparent layer, rotate slightly
                layer = Image.new("L", (PW - 120, 60), 0)
                ImageDraw.Draw(layer).text((12 + jx, 10 + jy), value, font=f, fill=255)
                layer = layer.rotate(rng.uniform(-1.2, 1.2), resample=Image.BICUBIC)
                page.paste(Image.new("RGB", layer.size, ink), (60, y - 6), layer)
            else:
                d.text((72, y + 10), value, font=f, fill=ink)
            drawn.append(value)
        y += 66
    d.text((60, PH - 50), FOOTER[lang], font=fS, fill=(60, 60, 60))
    W["_drawn"] = drawn
    W["address"] = r["address"]
    if r["org"]:
        W["organisation"] = r["org"]
    W["postcode"] = r["postcode"]; W["municipality"] = r["municipality"]
    if r["phone_w"]:
        W["phone"] = r["phone_w"]
    if r["doc_email"]:
        W["email"] = r["doc_email"]
    W["project_title"] = r["title"]; W["total_budget"] = r["total_w"]; W["requested_amount"] = r["req_w"]
    # --- the photo ---
    OW, OH = 1200, 1600
    base = np.zeros((OH, OW, 3), float)
    tone = np.array(rng.choice([(150, 105, 70), (120, 85, 55), (185, 160, 130), (95, 95, 100)]), float)
    nrng = np.random.default_rng(rng.randint(0, 10 ** 6))
    grain = nrng.normal(0, 1, (OH // 8, OW)).repeat(8, axis=0)[:OH]
    base[:] = tone
    base += grain[..., None] * 9
    bg = Image.fromarray(np.clip(base, 0, 255).astype(np.uint8))
    m = 60
    dst = [(m + rng.randint(0, 80), m + rng.randint(0, 60)), (OW - m - rng.randint(0, 80), m + rng.randint(0, 70)),
           (OW - m - rng.randint(0, 50), OH - m - rng.randint(0, 60)), (m + rng.randint(0, 50), OH - m - rng.randint(0, 50))]
    src = [(0, 0), (PW, 0), (PW, PH), (0, PH)]
    cf = coeffs(src, dst)
    warped = page.transform((OW, OH), Image.PERSPECTIVE, cf, resample=Image.BICUBIC)
    mask = Image.new("L", (PW, PH), 255).transform((OW, OH), Image.PERSPECTIVE, cf, resample=Image.BILINEAR)
    # shadow below the sheet
    sh = mask.filter(ImageFilter.GaussianBlur(18)).point(lambda v: int(v * 0.55))
    bg.paste((20, 15, 10), (14, 18), sh)
    bg.paste(warped, (0, 0), mask)
    a = np.asarray(bg).astype(float)
    # warm light + vignette/gradient shadow (hand / phone shadow)
    yy, xx = np.mgrid[0:OH, 0:OW]
    cx, cy = rng.uniform(0.3, 0.7) * OW, rng.uniform(0.2, 0.6) * OH
    dist = np.sqrt(((xx - cx) / OW) ** 2 + ((yy - cy) / OH) ** 2)
    light = 1.08 - 0.55 * dist
    if rng.random() < 0.6:
        ang = rng.uniform(0, np.pi)
        proj = (xx - OW / 2) * np.cos(ang) + (yy - OH / 2) * np.sin(ang)
        t0 = rng.uniform(200, 500)
        light *= 1.0 - 0.3 / (1.0 + np.exp(-(proj - t0) / 35.0))
    a *= light[..., None]
    a *= np.array([1.06, 0.98, 0.84])
    a += nrng.normal(0, 3, a.shape)
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.6, 1.3)))
    if rng.random() < 0.5:
        img = img.rotate(rng.choice([0, 0, 180 if False else 0]), expand=True)
    out = io.BytesIO()
    img.save(out, "JPEG", quality=rng.choice([72, 78, 82]), optimize=True)
    return out.getvalue(), W
