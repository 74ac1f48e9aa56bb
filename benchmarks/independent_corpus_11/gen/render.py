"""Paper pages as images: hand-filled forms, typed letters, handwritten letters,
then scan or phone-photo degradation.  Every string drawn is recorded."""
import math
import os
import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter, ImageOps

from content import FORM_TITLES, letter_parts, form_rows, name

HERE = os.path.dirname(os.path.abspath(__file__))
HANDS = {  # file, scale factor, how it looks
    "annie-use-your-telescope": 1.15, "architects-daughter": 0.95, "cedarville-cursive": 1.05,
    "covered-by-your-grace": 1.1, "handlee": 1.0, "just-another-hand": 1.35, "loved-by-the-king": 1.3,
    "nothing-you-could-do": 0.95, "reenie-beanie": 1.35, "zeyada": 1.35,
}
HAND_NEAT = ["handlee", "architects-daughter", "annie-use-your-telescope", "covered-by-your-grace",
             "just-another-hand", "nothing-you-could-do"]
TYPED = {
    "DejaVuSerif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "DejaVuSans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "LiberationSerif": "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "LiberationSans": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "Carlito": "/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf",
    "Caladea": "/usr/share/fonts/truetype/crosextra/Caladea-Regular.ttf",
    "ComicNeue": "/usr/share/fonts/opentype/comic-neue/ComicNeue-Regular.otf",
    "LiberationMono": "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf",
}
BOLD = {
    "DejaVuSerif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
    "DejaVuSans": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "LiberationSerif": "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
    "LiberationSans": "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "Carlito": "/usr/share/fonts/truetype/crosextra/Carlito-Bold.ttf",
    "Caladea": "/usr/share/fonts/truetype/crosextra/Caladea-Bold.ttf",
    "ComicNeue": "/usr/share/fonts/opentype/comic-neue/ComicNeue-Bold.otf",
    "LiberationMono": "/usr/share/fonts/truetype/liberation/LiberationMono-Bold.ttf",
}
_fc = {}


def font(path, px):
    k = (path, int(px))
    if k not in _fc:
        _fc[k] = ImageFont.truetype(path, max(6, int(px)))
    return _fc[k]


def hand_path(h):
    return os.path.join(HERE, "fonts", h + ".ttf")


class Page:
    def __init__(self, dpi, rng, paper=(255, 255, 255)):
        self.dpi = dpi
        self.w, self.h = int(210 / 25.4 * dpi), int(297 / 25.4 * dpi)
        self.img = Image.new("RGB", (self.w, self.h), paper)
        self.d = ImageDraw.Draw(self.img)
        self.rng = rng
        self.strings = []

    def mm(self, v):
        return int(round(v / 25.4 * self.dpi))

    def pt(self, v):
        return v / 72 * self.dpi

    # ---- printed text
    def text(self, xmm, ymm, s, fam="LiberationSans", pt=10, bold=False, fill=(20, 20, 20), anchor="la", record=True):
        f = font((BOLD if bold else TYPED)[fam], self.pt(pt))
        self.d.text((self.mm(xmm), self.mm(ymm)), s, font=f, fill=fill, anchor=anchor)
        if record:
            self.strings.append(s)
        return f.getlength(s) / self.dpi * 25.4

    def typed_wrap(self, xmm, ymm, s, wmm, fam, pt, lead=1.35, fill=(20, 20, 20)):
        f = font(TYPED[fam], self.pt(pt))
        lines = wrap(s, lambda t: f.getlength(t) / self.dpi * 25.4, wmm)
        for ln in lines:
            self.d.text((self.mm(xmm), self.mm(ymm)), ln, font=f, fill=fill)
            self.strings.append(ln)
            ymm += pt * lead * 25.4 / 72
        return ymm

    def line(self, x1, y1, x2, y2, fill=(60, 60, 60), w=1):
        self.d.line((self.mm(x1), self.mm(y1), self.mm(x2), self.mm(y2)), fill=fill, width=max(1, int(w * self.dpi / 150)))

    def rect(self, x1, y1, x2, y2, outline=(60, 60, 60), fill=None, w=1):
        self.d.rectangle((self.mm(x1), self.mm(y1), self.mm(x2), self.mm(y2)), outline=outline, fill=fill,
                         width=max(1, int(w * self.dpi / 150)))

    def dots(self, x1, x2, y, fill=(90, 90, 90)):
        step = self.mm(1.2)
        yy = self.mm(y)
        r = max(1, self.dpi // 200)
        for x in range(self.mm(x1), self.mm(x2), step):
            self.d.ellipse((x - r, yy - r, x + r, yy + r), fill=fill)

    # ---- handwriting
    def hand(self, xmm, ymm_base, s, hw, record=True):
        """Draw s word by word with the writer hw; ymm_base is the baseline. Returns end x in mm."""
        rng = self.rng
        x = self.mm(xmm)
        base = self.mm(ymm_base)
        size = self.pt(hw["pt"]) * HANDS[hw["hand"]]
        path = hand_path(hw["hand"])
        drift = 0.0
        for wd in s.split(" "):
            if not wd:
                x += int(size * 0.3)
                continue
            sz = size * rng.uniform(0.95, 1.05)
            f = font(path, sz)
            asc, desc = f.getmetrics()
            bb = f.getbbox(wd)
            wpx = max(1, bb[2] + 4)
            hpx = asc + desc + 4
            m = Image.new("L", (wpx + 8, hpx + 8), 0)
            ImageDraw.Draw(m).text((4, 4), wd, font=f, fill=255)
            ang = rng.uniform(-2, 2)
            m = m.rotate(ang, resample=Image.BICUBIC, expand=True)
            press = rng.uniform(hw["press"] - 0.12, min(1.0, hw["press"] + 0.08))
            m = m.point(lambda v, p=press: int(v * p))
            drift += rng.uniform(-0.04, 0.04) * sz
            drift = max(-0.12 * sz, min(0.12 * sz, drift))
            dy = int(drift + rng.uniform(-0.05, 0.05) * sz)
            ink = tuple(max(0, min(255, c + rng.randint(-12, 12))) for c in hw["ink"])
            y = base - asc - 4 + dy - (m.size[1] - hpx - 8) // 2
            self.img.paste(Image.new("RGB", m.size, ink), (x, y), m)
            x += bb[2] + int(f.getlength(" ") * rng.uniform(0.85, 1.35))
        if record:
            self.strings.append(s)
        return x / self.dpi * 25.4

    def hand_len(self, s, hw):
        f = font(hand_path(hw["hand"]), self.pt(hw["pt"]) * HANDS[hw["hand"]])
        return f.getlength(s) * 1.06 / self.dpi * 25.4

    def hand_wrap(self, xmm, ymm, s, wmm, hw, lead, bottom=280):
        lines = wrap(s, lambda t: self.hand_len(t, hw), wmm)
        out = []
        for ln in lines:
            if ymm > bottom:
                out.append(ln)
                continue
            self.hand(xmm + self.rng.uniform(-0.8, 0.8), ymm, ln, hw)
            ymm += lead
        return ymm, out

    def scribble(self, xmm, ymm, hw):
        """A signature flourish (not text)."""
        rng = self.rng
        pts = []
        x, y = self.mm(xmm), self.mm(ymm)
        for i in range(14):
            pts.append((x + i * self.mm(2.2) + rng.randint(-6, 6), y + rng.randint(-self.mm(4), self.mm(3))))
        self.d.line(pts, fill=hw["ink"], width=max(2, self.dpi // 100), joint="curve")


def wrap(s, measure, wmm):
    words = s.split(" ")
    lines, cur = [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if cur and measure(t) > wmm:
            lines.append(cur)
            cur = w
        else:
            cur = t
    if cur:
        lines.append(cur)
    return lines


def new_writer(rng, hand=None, pt=None):
    h = hand or rng.choice(list(HANDS))
    ink = rng.choice([(25, 45, 150), (20, 35, 120), (30, 30, 40), (15, 15, 20), (35, 55, 165)])
    return {"hand": h, "ink": ink, "pt": pt or rng.uniform(12.5, 15), "press": rng.uniform(0.78, 0.97)}


# ------------------------------------------------------------------ forms
def render_form(r, rng, dpi, layout, caps, hw, two_pages):
    """Printed form filled by hand.  Returns pages, raw dict, meta."""
    L = r["lang"]
    rows = form_rows(r, rng)
    fam = rng.choice(["LiberationSans", "DejaVuSans", "Carlito", "LiberationSerif"])
    pages = [Page(dpi, rng)]
    p = pages[0]
    raw = {}
    title = rng.choice(FORM_TITLES[L])
    cv = lambda k, v: (v.upper() if caps and k not in ("email",) else v)

    def header(pg):
        if layout in ("boxes", "numbered"):
            pg.rect(15, 12, 195, 24, outline=(40, 40, 40), fill=(225, 225, 225))
            pg.text(20, 14.5, title, fam, 13, bold=True)
        elif layout == "grid":
            pg.text(105, 14, title, fam, 14, bold=True, anchor="ma")
            pg.line(15, 23, 195, 23, w=2)
        else:
            pg.text(15, 14, title, fam, 14, bold=True)
            pg.text(15, 21, "Partons 2.0 – Interreg V France-Wallonie-Vlaanderen" if rng.random() < 0.5 else
                    ("In te dienen vóór 16 juni 2019" if L == "nl" else "À renvoyer avant le 16 juin 2019"), fam, 8.5)
    header(p)
    y = 32
    intro = ("Vul dit formulier in en bezorg het aan de projectcoördinator." if L == "nl"
             else "Merci de compléter cette fiche et de la retourner au coordinateur.")
    p.text(15, y, intro, fam, 9)
    y += 8
    if layout == "numbered":
        p.rect(15, y, 195, y + 6, outline=None, fill=(210, 210, 210))
        p.text(17, y + 1, "A. " + ("Aanvrager" if L == "nl" else "Porteur de projet"), fam, 10, bold=True)
        y += 10
    # type-of-applicant checkboxes
    kinds = (["vereniging", "school", "jeugdbeweging", "inwoner", "lokaal bestuur"] if L == "nl"
             else ["association", "école", "comité", "habitant", "commune"])
    tick = {"org": 0, "individual": 3, "municipality": 4}[r["kind"]]
    if r["group"] == "school":
        tick = 1
    if r["group"] == "jeugd":
        tick = 2
    if rng.random() < 0.6:
        p.text(15, y, ("Type aanvrager:" if L == "nl" else "Type de porteur :"), fam, 9.5)
        x = 48
        for i, k in enumerate(kinds):
            p.rect(x, y, x + 3.5, y + 3.5, w=1)
            if i == tick:
                p.hand(x - 0.3, y + 3.8, "X", dict(hw, pt=11), record=False)
            x += 5
            x += p.text(x, y, k, fam, 9) + 6
        y += 10
    num = 1
    page_break_after = None
    if two_pages:
        page_break_after = "email" if any(k == "email" for k, _, _ in rows) else "phone"
    for key, label, value in rows:
        v = cv(key, value)
        if layout == "boxes":
            p.text(15, y + 2, label, fam, 9.5)
            p.rect(72, y, 195, y + 9)
            if key == "postcode" and rng.random() < 0.7:
                p.rect(72, y, 72 + 6 * len(v), y + 9, fill=(255, 255, 255))
                for i, ch in enumerate(v):
                    p.line(72 + 6 * i, y, 72 + 6 * i, y + 9)
                    p.hand(73 + 6 * i, y + 7, ch, hw, record=False)
                p.strings.append(v)
            else:
                p.hand(74, y + 7, v, hw)
            y += 12
        elif layout == "dotted":
            lw = p.text(15, y, label + " :" if L == "fr" else label + ":", fam, 10)
            x0 = 15 + lw + 2
            if x0 > 80:
                y += 6
                x0 = 25
            p.dots(x0, 195, y + 4.5)
            p.hand(x0 + 2, y + 3.8, v, hw)
            y += 10
        elif layout == "grid":
            p.rect(15, y, 195, y + 13)
            p.text(17, y + 1, label, fam, 7.5, fill=(70, 70, 70))
            p.hand(20, y + 10.5, v, hw)
            y += 13
        else:  # numbered
            p.text(15, y, f"{num}. {label}", fam, 10)
            num += 1
            p.line(20, y + 11, 195, y + 11, fill=(120, 120, 120))
            p.hand(22, y + 10, v, hw)
            y += 14
        if key in ("street", "pc_muni", "muni", "postcode"):
            pass
        raw[key] = v
        if page_break_after == key:
            p.text(105, 287, ("blad 1/2" if L == "nl" else "page 1/2"), fam, 8, anchor="ma")
            p = Page(dpi, rng)
            pages.append(p)
            header(p)
            y = 32
            if layout == "numbered":
                p.rect(15, y, 195, y + 6, outline=None, fill=(210, 210, 210))
                p.text(17, y + 1, "B. " + ("Project" if L == "nl" else "Projet"), fam, 10, bold=True)
                y += 10
    # description
    dl = rng.choice(FORM_LABELS_DESC[L])
    p.text(15, y + 2, dl, fam, 10)
    y += 6
    p.rect(15, y, 195, y + 34)
    yy = y + 8
    _, rest = p.hand_wrap(18, yy, cv("desc", r["desc"]), 172, hw, 8, bottom=y + 30)
    y += 40
    # date + signature
    from content import doc_date
    dt = doc_date(r, rng)
    lab_d = "Datum" if L == "nl" else "Date"
    lab_s = "Handtekening" if L == "nl" else "Signature"
    p.text(15, y, lab_d + ":", fam, 10)
    p.hand(35, y + 4, dt, hw)
    p.text(110, y, lab_s + ":", fam, 10)
    p.scribble(140, y + 6, hw)
    if len(pages) > 1:
        p.text(105, 287, ("blad 2/2" if L == "nl" else "page 2/2"), fam, 8, anchor="ma")
    meta = {"layout": layout, "caps": caps, "printed_font": fam, "form_title": title}
    return pages, raw, meta


FORM_LABELS_DESC = {"nl": ["Korte omschrijving van het project", "Wat willen jullie doen? (kort)"],
                    "fr": ["Description courte du projet", "Votre idée en quelques lignes"]}


# ------------------------------------------------------------------ typed letter
def render_typed_letter(r, rng, dpi, hw_sign, two_pages=False):
    L = r["lang"]
    parts = letter_parts(r, rng)
    fam = rng.choice(["DejaVuSerif", "LiberationSerif", "LiberationSans", "Carlito", "Caladea", "ComicNeue", "DejaVuSans"])
    pt = rng.choice([10.5, 11, 11.5]) if fam != "ComicNeue" else 11
    head = rng.choice(["centered", "left_block", "logo"]) if r["org"] else "right_block"
    p = Page(dpi, rng, paper=(255, 255, 253))
    pages = [p]
    raw = {}
    pc_line = f"{r['postcode']} {r['muni']}"
    tel = f"{parts['tel_label']} {r['phone_raw']}"
    mail = f"{parts['mail_label']} {r['email']}" if r["doc_has_email"] else None
    contact_sep = parts["contact_line"] is not None and name(r["contact"]) != parts["signer"]
    y = 18
    if head == "centered":
        p.text(105, y, r["org"], fam, 17, bold=True, anchor="ma", fill=(25, 50, 100))
        y += 9
        line2 = f"{r['street']} – {pc_line}"
        if not contact_sep:
            line2 += f" – {tel}"
        p.text(105, y, line2, fam, 9, anchor="ma")
        y += 5
        if mail and not contact_sep:
            p.text(105, y, mail, fam, 9, anchor="ma")
            y += 5
        p.line(20, y, 190, y, fill=(25, 50, 100), w=2)
        y += 10
    elif head == "logo":
        p.d.ellipse((p.mm(20), p.mm(14), p.mm(40), p.mm(34)), outline=(120, 30, 30), width=p.mm(0.8))
        ini = "".join(w[0] for w in r["org"].split() if w[0].isupper())[:3]
        p.text(30, 20.5, ini, fam, 14, bold=True, anchor="ma", fill=(120, 30, 30), record=False)
        p.text(45, 16, r["org"], fam, 14, bold=True)
        p.text(45, 23, f"{r['street']}, {pc_line}", fam, 9)
        yy = 28
        if not contact_sep:
            p.text(45, yy, tel + ("   " + mail if mail else ""), fam, 9)
        y = 44
    else:  # left_block / right_block
        x = 20 if head == "left_block" else 120
        lines = ([r["org"]] if r["org"] else [name(r["contact"])]) + [r["street"], pc_line]
        if not contact_sep:
            lines.append(tel)
            if mail:
                lines.append(mail)
        for ln in lines:
            p.text(x, y, ln, fam, pt)
            y += 5.2
        y += 6
        if head == "left_block" and rng.random() < 0.6:
            rec = (["Provincie West-Vlaanderen", "t.a.v. de projectcoördinator Partons 2.0", "Woumenweg 100", "8600 Diksmuide"]
                   if L == "nl" else ["Partons 2.0", "À l'attention de la coordinatrice", "Woumenweg 100", "8600 Diksmuide (Belgique)"])
            yy = y
            for ln in rec:
                p.text(120, yy, ln, fam, pt, record=True)
                yy += 5.2
            y = yy + 6
    place = r["village"]
    p.text(190, y, f"{place}, {parts['date']}", fam, pt, anchor="ra")
    y += 12
    subj = parts["subject"]
    y = p.typed_wrap(20, y, subj, 170, BOLD_FAMS.get(fam, fam) if False else fam, pt + 0.5)
    raw["subject"] = subj
    y += 5
    p.text(20, y, parts["greeting"], fam, pt)
    y += 9
    for para in parts["body"]:
        y = p.typed_wrap(20, y, para, 170, fam, pt)
        y += 3
        if two_pages and y > 150 and len(pages) == 1:
            p.text(105, 287, "1/2", fam, 8, anchor="ma")
            p = Page(dpi, rng, paper=(255, 255, 253))
            pages.append(p)
            y = 25
    y += 2
    p.text(20, y, parts["close"], fam, pt)
    y += 8
    p.hand(25, y + 8, parts["signer"], hw_sign)
    y += 14
    p.text(20, y, parts["signer"], fam, pt)
    y += 5.2
    if parts["signer_role"]:
        role = parts["signer_role"] + (f", {r['org']}" if r["org"] and r["kind"] == "org" else "")
        p.text(20, y, role[0].upper() + role[1:], fam, pt)
        y += 5.2
    if parts["contact_line"]:
        y += 6
        p.text(20, y, parts["contact_line"], fam, pt)
        y += 5.2
        if contact_sep:
            p.text(20, y, tel + ("  –  " + mail if mail else ""), fam, pt)
            y += 5.2
    raw["tel"] = r["phone_raw"]
    if len(pages) > 1:
        p.text(105, 287, "2/2", fam, 8, anchor="ma")
    meta = {"letterhead": head, "typed_font": fam, "pt": pt, "signer": parts["signer"]}
    return pages, raw, meta, parts


BOLD_FAMS = {}


# ------------------------------------------------------------------ handwritten letter
def render_hand_letter(r, rng, dpi, hw):
    L = r["lang"]
    parts = letter_parts(r, rng)
    lined = rng.random() < 0.5
    p = Page(dpi, rng, paper=(253, 253, 248) if lined else (255, 255, 255))
    pages = [p]

    def rule(pg):
        if lined:
            for k in range(14):
                yy = 30 + k * 9 + 16 * 0
            for yy in np.arange(26, 285, 9):
                pg.line(12, yy, 198, yy, fill=(170, 195, 225))
            pg.line(28, 10, 28, 290, fill=(225, 150, 150))
    rule(p)
    lead = 9 if lined else rng.uniform(8.5, 10)
    x0 = 31 if lined else 20
    y = 25 if lined else 22
    pc_line = f"{r['postcode']} {r['muni']}"
    contact_sep = parts["contact_line"] is not None and name(r["contact"]) != parts["signer"]
    blk = ([r["org"]] if r["org"] else [name(r["contact"])]) + [r["street"], pc_line]
    if not contact_sep:
        blk.append(r["phone_raw"])
        if r["doc_has_email"]:
            blk.append(r["email"])
    for ln in blk:
        p.hand(x0, y, ln, hw)
        y += lead
    y += lead
    p.hand(120, y, f"{r['village']}, {parts['date']}", hw)
    y += lead * 1.5
    if lined:
        y = 26 + math.ceil((y - 26) / 9) * 9
    y, rest = p.hand_wrap(x0, y, parts["subject"], 195 - x0 - 5, hw, lead)
    y += lead * 0.5
    p.hand(x0, y, parts["greeting"], hw)
    y += lead
    texts = parts["body"] + [parts["close"]]
    tail = [parts["signer"]] + ([parts["signer_role"]] if parts["signer_role"] else [])
    if parts["contact_line"]:
        tail.append(parts["contact_line"])
        if contact_sep:
            tail.append(r["phone_raw"] + (" – " + r["email"] if r["doc_has_email"] else ""))
    for para in texts:
        y, rest = p.hand_wrap(x0 + (6 if rng.random() < 0.5 else 0), y, para, 195 - x0 - 8, hw, lead, bottom=282)
        if rest:
            p = Page(dpi, rng, paper=p.img.getpixel((5, 5)))
            pages.append(p)
            rule(p)
            y = 26 if lined else 22
            y, rest = p.hand_wrap(x0, y, " ".join(rest), 195 - x0 - 8, hw, lead, bottom=282)
        y += lead * 0.3
    if y + lead * (len(tail) + 1) > 285:
        p = Page(dpi, rng, paper=p.img.getpixel((5, 5)))
        pages.append(p)
        rule(p)
        y = 26
    p.scribble(x0 + 60, y + 4, hw)
    y += lead
    for t in tail:
        p.hand(x0 + 50, y, t, hw)
        y += lead
    meta = {"lined": lined, "signer": parts["signer"]}
    return pages, {"subject": parts["subject"]}, meta, parts


# ------------------------------------------------------------------ degradations
def scan_degrade(img, rng, tilt, grey, dpi):
    a = np.asarray(img).astype(np.float32)
    h, w = a.shape[:2]
    # uneven light: a gentle gradient + a broad darker corner
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    gx, gy = rng.uniform(-0.07, 0.07), rng.uniform(-0.07, 0.07)
    light = 1 + gx * (xx / w - 0.5) + gy * (yy / h - 0.5)
    cx, cy = rng.choice([0, w]), rng.choice([0, h])
    d = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2) / math.hypot(w, h)
    light -= rng.uniform(0.03, 0.10) * np.clip(1 - d * 2.2, 0, 1)
    a = a * light[..., None] if a.ndim == 3 else a * light
    if not grey:
        a = a * np.array([1.0, rng.uniform(0.97, 1.0), rng.uniform(0.90, 0.97)], dtype=np.float32)
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    im = im.rotate(tilt, resample=Image.BICUBIC, expand=False, fillcolor=(235, 235, 235))
    # speckle: sparse dark dots and a few light holes
    dr = ImageDraw.Draw(im)
    n = int(rng.uniform(150, 700) * (dpi / 200) ** 2)
    for _ in range(n):
        x, y = rng.randrange(w), rng.randrange(h)
        rr = rng.choice([1, 1, 1, 2]) * max(1, dpi // 200)
        c = rng.randint(40, 130)
        dr.ellipse((x, y, x + rr, y + rr), fill=(c, c, c))
    im = im.filter(ImageFilter.GaussianBlur(rng.uniform(0.45, 0.9) * dpi / 200))
    if grey:
        im = ImageOps.grayscale(im)
    # scanner white point: paper above ~250 becomes white
    return im.point(lambda v: 255 if v > 250 else v)


def table_background(rng, W, H):
    kind = rng.choice(["wood", "grey", "cloth", "dark"])
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    if kind == "wood":
        base = np.array([150, 108, 70], np.float32)
        tex = 18 * np.sin(yy / rng.uniform(9, 17) + 3 * np.sin(xx / rng.uniform(150, 300)))
    elif kind == "grey":
        base = np.array([170, 172, 170], np.float32)
        tex = 6 * np.sin(xx / 40.0) * np.sin(yy / 55.0)
    elif kind == "cloth":
        base = np.array([120, 140, 160], np.float32)
        tex = 8 * (np.sin(xx / 7.0) * np.sin(yy / 7.0))
    else:
        base = np.array([70, 60, 55], np.float32)
        tex = 8 * np.sin(xx / 90.0 + yy / 70.0)
    a = base[None, None, :] + tex[..., None]
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)), kind


def persp_coeffs(dst, src):
    """Coefficients for Image.transform PERSPECTIVE mapping output(dst) -> input(src)."""
    A, B = [], []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y]); B.append(u)
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y]); B.append(v)
    return np.linalg.solve(np.array(A, float), np.array(B, float)).tolist()


def photo_degrade(page_img, rng, W=1200, H=1600):
    bg, kind = table_background(rng, W, H)
    pw, ph = page_img.size
    m = rng.uniform(0.04, 0.09)
    sc = min((W * (1 - 2 * m)) / pw, (H * (1 - 2 * m)) / ph)
    tw, th = pw * sc, ph * sc
    ox, oy = (W - tw) / 2 + rng.uniform(-25, 25), (H - th) / 2 + rng.uniform(-25, 25)
    j = lambda: rng.uniform(-35, 35)
    top_in = rng.uniform(0, 45)  # keystone: the top edge farther from the phone
    dst = [(ox + top_in + j(), oy + j()), (ox + tw - top_in + j(), oy + j()),
           (ox + tw + j(), oy + th + j()), (ox + j(), oy + th + j())]
    src = [(0, 0), (pw, 0), (pw, ph), (0, ph)]
    co = persp_coeffs(dst, src)
    warped = page_img.convert("RGB").transform((W, H), Image.PERSPECTIVE, co, Image.BICUBIC)
    mask = Image.new("L", page_img.size, 255).transform((W, H), Image.PERSPECTIVE, co, Image.BICUBIC)
    sh = mask.filter(ImageFilter.GaussianBlur(14))
    bga = np.asarray(bg).astype(np.float32)
    sha = np.asarray(sh).astype(np.float32)[..., None] / 255
    sha = np.roll(sha, (8, 10), axis=(0, 1))
    bga = bga * (1 - 0.45 * sha)
    out = Image.fromarray(np.clip(bga, 0, 255).astype(np.uint8))
    out.paste(warped, (0, 0), mask)
    a = np.asarray(out).astype(np.float32)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    cx, cy = W * rng.uniform(0.35, 0.65), H * rng.uniform(0.3, 0.6)
    r = np.sqrt(((xx - cx) / W) ** 2 + ((yy - cy) / H) ** 2)
    fall = 1 - rng.uniform(0.18, 0.35) * np.clip(r / 0.75, 0, 1) ** 2
    # a soft shadow of the phone / hand across one side
    side = rng.choice(["left", "right", "bottom", "top"])
    t = {"left": xx / W, "right": 1 - xx / W, "bottom": 1 - yy / H, "top": yy / H}[side]
    edge = rng.uniform(0.15, 0.35)
    shadow = 1 - rng.uniform(0.15, 0.3) * np.clip((edge - t) / 0.08, 0, 1)
    light = fall * shadow
    cast = rng.choice([(1.06, 1.0, 0.86), (0.93, 0.98, 1.07), (1.02, 1.03, 0.95), (1.08, 0.98, 0.9)])
    a = a * light[..., None] * np.array(cast, np.float32)[None, None, :]
    a += np.random.default_rng(rng.randrange(1 << 30)).normal(0, 1.2, a.shape).astype(np.float32)
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(rng.uniform(0.4, 0.8)))
    meta = {"table": kind, "corners": [[round(x), round(y)] for x, y in dst], "cast": cast, "shadow_side": side}
    return im, meta


def site_photo(rng):
    """A harmless 'site photo': sky, field, a building block, a tree."""
    W, H = 640, 480
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    sky = np.stack([150 + 60 * yy / H, 190 + 30 * yy / H, 235 + 0 * yy], -1)
    hz = int(H * rng.uniform(0.45, 0.6))
    field = np.stack([60 + 40 * np.sin(xx / 17), 120 + 30 * np.sin(yy / 9 + xx / 50), 50 + 0 * xx], -1)
    a = np.where((yy >= hz)[..., None], field, sky)
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    d = ImageDraw.Draw(im)
    bx = rng.randrange(60, 400)
    d.rectangle((bx, hz - 110, bx + 170, hz + 10), fill=(150, 80, 60))
    d.polygon([(bx - 10, hz - 110), (bx + 85, hz - 170), (bx + 180, hz - 110)], fill=(80, 50, 45))
    tx = rng.randrange(20, 600)
    d.rectangle((tx, hz - 60, tx + 10, hz + 20), fill=(80, 55, 30))
    d.ellipse((tx - 45, hz - 150, tx + 55, hz - 40), fill=(40, 100, 40))
    return im.filter(ImageFilter.GaussianBlur(1.2))
