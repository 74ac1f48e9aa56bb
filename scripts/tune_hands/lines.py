"""Handwritten lines as a scanner or a phone gives them to the second engine, each with its text.

The tuning (``train.py``) learns from them, written in the hands of ``fonts.txt``; the benchmark
``benchmarks/second_engine_hands.py`` measures on them written in the corpora's hands, which the tuning never
saw. The text is invented: names, streets, the call's places and postcodes (``config/calls``), phones,
e-mail addresses on example domains, amounts as people write them, dates, and words of Debian's Dutch and
French word lists. A line is a crop as ``parsers.second_opinion`` cuts one: the run and some paper around
it, sometimes a form's line or dots under it, or the feet of the line above; tilted, slanted, scaled down
to 150-300 dpi sizes, blurred, grey, JPEG."""
from __future__ import annotations

import difflib
import glob
import io
import random
import tomllib
import unicodedata
from pathlib import Path

import numpy as np
from fontTools.ttLib import TTFont
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from parsers.second_opinion import model_file

ROOT = Path(__file__).resolve().parents[2]
MODEL = model_file()  # the recogniser's, whose alphabet the lines are written in


def _alphabet() -> list[str]:
    """The recogniser's classes as rapidocr numbers them: the CTC blank, the model's own list, the space."""
    import onnxruntime

    session = onnxruntime.InferenceSession(str(MODEL), providers=["CPUExecutionProvider"])
    return ["blank", *session.get_modelmeta().custom_metadata_map["character"].splitlines(), " "]


CHARS = _alphabet()
INDEX = {c: i for i, c in enumerate(CHARS)}

HAND_FONTS: list[str] = []  # set by the caller: the tuning's hands, or the corpora's
PRINT_FONTS = sorted(glob.glob("/usr/share/fonts/truetype/dejavu/DejaVuSans*.ttf")
                     + glob.glob("/usr/share/fonts/truetype/liberation*/Liberation*-Regular.ttf"))
_COVER: dict[str, set[int]] = {}


def cover(path: str) -> set[int]:
    if path not in _COVER:
        _COVER[path] = set(TTFont(path).getBestCmap())
    return _COVER[path]


def words(path: str) -> list[str]:
    out = []
    for line in Path(path).read_text(encoding="utf-8", errors="ignore").splitlines():
        w = line.strip()
        if 3 <= len(w) <= 14 and w.isalpha():
            out.append(w)
    return out


NL = words("/usr/share/dict/dutch")
FR = words("/usr/share/dict/french")
call = tomllib.loads((ROOT / "config" / "calls" / "maak-werk-van-je-buurt-2019.toml").read_text())
PLACES = []
_PAIRING = random.Random(0)  # a village of a town with several postcodes gets one of them, the same every run
for m in call["region"]["municipalities"]:
    for pc in m.get("postcodes", ["59000"]):
        PLACES.append((pc, m["name"]))
    for a in m.get("aliases", []):
        PLACES.append((_PAIRING.choice(m.get("postcodes", ["59000"])), a))
GIVEN = [w.capitalize() for w in (ROOT / "parsers" / "given_names.py").read_text().split('"""')[3].split()]
SUR_START = ["Van", "Vande", "Vanden", "De", "Der", "Des", "Le", "Du", "Ver", "Dela", "Deg", "Mor", "Cap", "Ley",
             "Boe", "Deb", "Goet", "Maer", "Cla", "Lef", "Duf", "Ber", "Hen", "Pou", "Mar", "Lam", "Wyt", "Ryck"]
SUR_END = ["aert", "ck", "broucke", "walle", "poele", "sande", "maele", "ghem", "vre", "bvre", "ebvre", "cq", "ier",
           "eaux", "ant", "elle", "ynck", "ens", "ghe", "mesch", "lier", "oot", "rez", "quin", "ot", "in", "ain"]
STREETS_NL = ["straat", "laan", "weg", "dreef", "plein", "steenweg", "kouter", "hoek", "akker", "wijk"]
STREETS_FR = ["rue", "rue de la", "rue du", "place", "chemin", "avenue", "impasse", "allée", "route de", "rue des"]
DOMAINS = ["example.org", "example.net", "example.com", "example.be", "example.fr"]


def surname() -> str:
    r = random.random()
    if r < 0.4:
        return random.choice(SUR_START) + random.choice(SUR_END)
    if r < 0.7:
        return random.choice(["Van ", "De ", "Vanden ", "Le ", "Du ", "Van de ", "Van den "]) + \
            random.choice(NL + FR).capitalize()
    return random.choice(NL + FR).capitalize()


def person() -> str:
    g, s = random.choice(GIVEN), surname()
    r = random.random()
    if r < 0.45:
        return f"{g} {s}"
    if r < 0.7:
        return f"{s.upper()} {g}"
    if r < 0.85:
        return f"{g} {s}".upper()
    return f"{s} {g}"


def number() -> str:
    n = str(random.choice([random.randint(1, 20), random.randint(1, 200)]))
    r = random.random()
    if r < 0.1:
        n += random.choice(["A", "B", "a", " bis", " bus 2", " bte 3", "/1"])
    return n


def street() -> str:
    if random.random() < 0.5:
        name = random.choice(NL).capitalize() + random.choice(STREETS_NL)
        return f"{name} {number()}"
    name = f"{random.choice(STREETS_FR)} {random.choice(FR)}"
    if random.random() < 0.5:
        return f"{number()}, {name}" if random.random() < 0.3 else f"{number()} {name}"
    return f"{name.capitalize()} {number()}"


def place() -> str:
    pc, name = random.choice(PLACES)
    r = random.random()
    if r < 0.6:
        return f"{pc} {name}"
    if r < 0.75:
        return name
    if r < 0.9:
        return f"{pc} {name.upper()}"
    return f"{name} ({pc})"


def phone() -> str:
    d = [str(random.randint(0, 9)) for _ in range(10)]
    be = random.random() < 0.5
    if be:
        d[0:2] = ["0", "4"]
        styles = ["{0}{1}{2}{3}/{4}{5}.{6}{7}.{8}{9}", "{0}{1}{2}{3} {4}{5} {6}{7} {8}{9}",
                  "{0}{1}{2}{3}{4}{5}{6}{7}{8}{9}", "+32 {1}{2}{3} {4}{5} {6}{7} {8}{9}",
                  "0{8}{9}/{2}{3}.{4}{5}.{6}{7}", "+32 (0){1}{2}{3} {4}{5}{6} {7}{8}{9}"]
    else:
        d[0] = "0"
        styles = ["{0}{1} {2}{3} {4}{5} {6}{7} {8}{9}", "{0}{1}.{2}{3}.{4}{5}.{6}{7}.{8}{9}",
                  "+33 {1} {2}{3} {4}{5} {6}{7} {8}{9}", "{0}{1}{2}{3}{4}{5}{6}{7}{8}{9}",
                  "{0}{1}-{2}{3}-{4}{5}-{6}{7}-{8}{9}"]
    return random.choice(styles).format(*d)


def fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def email() -> str:
    g, s = fold(random.choice(GIVEN)).lower(), fold(surname()).lower().replace(" ", "")
    r = random.random()
    if r < 0.5:
        local = f"{g}.{s}"
    elif r < 0.7:
        local = f"{g[0]}{s}"
    else:
        local = f"{random.choice(NL + FR).lower()}{random.randint(1, 99)}"
    return f"{fold(local)}@{random.choice(DOMAINS)}"


def amount() -> str:
    v = random.choice([random.randint(5, 100) * 100, random.randint(500, 15000), random.randint(1, 20) * 500])
    cents = random.random() < 0.2
    c = random.randint(1, 99) if cents else 0
    t = f"{v:,}"
    random.random()  # a draw no longer used, kept: the seeded lines stay those the shipped tuning learnt from
    sep = random.choice([".", " ", ""])
    t = t.replace(",", sep)
    s = t + (f",{c:02d}" if cents else random.choice(["", ",-", ",00"]))
    return random.choice(["€ {}", "{} €", "{} euro", "{} EUR", "{}€", "€{}", "{} euros", "{}"]).format(s)


def date() -> str:
    d, m = random.randint(1, 28), random.randint(3, 6)
    r = random.random()
    if r < 0.5:
        return f"{d:02d}/{m:02d}/2019" if random.random() < 0.5 else f"{d}/{m}/2019"
    months_nl = ["maart", "april", "mei", "juni"]
    months_fr = ["mars", "avril", "mai", "juin"]
    return f"{d} {random.choice(months_nl if random.random() < 0.5 else months_fr)} 2019"


ORG = ["vzw {}", "Comité des fêtes de {}", "Dorpsraad {}", "Buurtcomité {}", "Association {}", "Gezinsbond {}",
       "Club des aînés de {}", "Ouderraad {}", "KWB {}", "Landelijke Gilde {}", "APE de l'école de {}",
       "Jeugdhuis {}", "Les Amis de {}", "Chiro {}", "Vrienden van {}"]


def org() -> str:
    where = random.choice(PLACES)[1] if random.random() < 0.7 else random.choice(NL + FR).capitalize()
    return random.choice(ORG).format(where)


def phrase() -> str:
    lst = NL if random.random() < 0.5 else FR
    n = random.randint(1, 5)
    ws = [random.choice(lst) for _ in range(n)]
    if random.random() < 0.5:
        ws[0] = ws[0].capitalize()
    return " ".join(ws)


KINDS = [(person, 3), (street, 2), (place, 2), (phone, 2), (email, 2), (amount, 2), (date, 1), (org, 2), (phrase, 4)]
_FUNCS = [k for k, w in KINDS for _ in range(w)]


def text() -> str:
    t = random.choice(_FUNCS)()
    if random.random() < 0.08:
        t = t + random.choice([",", ".", ":", " -"])
    return t


def renderable(t: str, font: str) -> str:
    cov = cover(font)
    out = []
    for c in t:
        if ord(c) in cov and c in INDEX:
            out.append(c)
        else:
            f = fold(c)
            if f and ord(f[0]) in cov and f[0] in INDEX:
                out.append(f[0])
    return "".join(out)


def paper(w: int, h: int) -> Image.Image:
    base = random.randint(200, 250)
    arr = np.full((h, w), base, np.float32)
    arr += np.random.normal(0, random.uniform(2, 12), (h, w))
    gx = np.linspace(0, random.uniform(-25, 25), w)[None, :]
    arr += gx
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8)).convert("RGB")


def sample(hand_share: float = 0.85) -> tuple[Image.Image, str]:
    font = random.choice(HAND_FONTS) if random.random() < hand_share else random.choice(PRINT_FONTS)
    t = ""
    while not t.strip():
        t = renderable(text(), font)
    t = " ".join(t.split())
    size = random.randint(28, 60)
    f = ImageFont.truetype(font, size)
    left, top, right, bottom = f.getbbox(t)
    w, h = right - left, bottom - top
    padx = random.randint(4, 30)
    pady = int(h * random.uniform(0.1, 0.45))
    W, H = w + 2 * padx, h + 2 * pady
    img = paper(W + 40, H + 40)
    d = ImageDraw.Draw(img)
    ink = random.choice([(20, 20, 25), (25, 35, 110), (40, 40, 40), (10, 30, 80), (60, 60, 70)])
    if random.random() < 0.3:  # a form's line or dots under the writing
        y = 20 + pady + h + random.randint(-4, 6)
        if random.random() < 0.5:
            d.line((0, y, W + 40, y), fill=(120, 120, 120), width=1)
        else:
            for x in range(0, W + 40, 6):
                d.point((x, y), fill=(110, 110, 110))
    if random.random() < 0.15:  # a neighbour line's descenders at the top
        d.text((20 + padx + random.randint(-20, 40), 20 + pady - h), renderable(phrase(), font), font=f, fill=ink)
    d.text((20 + padx - left, 20 + pady - top), t, font=f, fill=ink,
           stroke_width=random.choice([0, 0, 0, 1]) if size > 40 else 0, stroke_fill=ink)
    ang = random.uniform(-2.5, 2.5)
    img = img.rotate(ang, resample=Image.BICUBIC, fillcolor=(230, 230, 230))
    if random.random() < 0.4:  # slant
        sh = random.uniform(-0.15, 0.15)
        img = img.transform(img.size, Image.AFFINE, (1, sh, -sh * img.size[1] / 2, 0, 1, 0), resample=Image.BICUBIC,
                            fillcolor=(230, 230, 230))
    jx, jy = random.randint(-3, 3), random.randint(-3, 3)
    img = img.crop((20 + jx, 20 + jy, 20 + W + jx, 20 + H + jy))
    # scanner/phone: scale down (150-300 dpi pages: text height 18-45 px), blur, grey, JPEG
    scale = random.uniform(0.35, 1.0)
    img = img.resize((max(8, int(img.size[0] * scale)), max(8, int(img.size[1] * scale))), Image.BILINEAR)
    if random.random() < 0.7:
        img = img.filter(ImageFilter.GaussianBlur(random.uniform(0.2, 1.1)))
    if random.random() < 0.6:
        img = img.convert("L").convert("RGB")
    if random.random() < 0.8:
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=random.randint(35, 85))
        img = Image.open(io.BytesIO(buf.getvalue())).convert("RGB")
    return img, t


def wrong_letters(read: str, truth: str) -> int:
    """Letters to change, add or drop to make ``read`` the ``truth`` (the longer's length less those matched)."""
    matcher = difflib.SequenceMatcher(None, read, truth, autojunk=False)
    return max(len(read), len(truth)) - sum(block.size for block in matcher.get_matching_blocks())


def encode(t: str) -> list[int]:
    return [INDEX[c] for c in t]


if __name__ == "__main__":  # a sheet of samples to look at: python lines.py FONTS_DIR OUT.png
    import sys

    random.seed(1)
    np.random.seed(1)
    HAND_FONTS[:] = sorted(glob.glob(f"{sys.argv[1]}/*.ttf"))
    shown = [sample() for _ in range(16)]
    sheet = Image.new("RGB", (max(img.size[0] for img, _ in shown), sum(img.size[1] + 4 for img, _ in shown)), "white")
    top = 0
    for img, words in shown:
        sheet.paste(img, (0, top))
        top += img.size[1] + 4
        print(repr(words))
    sheet.save(sys.argv[2])
