"""Scans and photos of filled forms / letters, rendered with Pillow and then degraded."""
import io, math
from PIL import Image, ImageDraw, ImageFont, ImageFilter, ImageEnhance
from labels import L, CALL, MAKERS
from answers import answers
from letters import letter_blocks, letter_lines

FD = '/usr/share/fonts/truetype/'
F_REG = FD + 'dejavu/DejaVuSans.ttf'
F_BOLD = FD + 'dejavu/DejaVuSans-Bold.ttf'
F_HAND = [FD + 'dejavu/DejaVuSerif-Italic.ttf', FD + 'liberation/LiberationSans-Italic.ttf', FD + 'dejavu/DejaVuSansMono-Oblique.ttf']
F_SERIF = FD + 'liberation/LiberationSerif-Regular.ttf'

PW, PH = 1240, 1754  # A4 at 150 dpi


def font(p, s):
    return ImageFont.truetype(p, s)


def render_form(r, v, rng):
    l = L[r['lang']]
    a = answers(r, v, rng, has_full_addr=False, has_pcplace=True)
    img = Image.new('L', (PW, PH), 250)
    d = ImageDraw.Draw(img)
    drawn = []
    fl, fb, fh = font(F_REG, 21), font(F_BOLD, 36), font(rng.choice(F_HAND), 30)
    ink = rng.choice([40, 20, 60])

    def txt(x, y, s, f, fill=0):
        d.text((x, y), s, font=f, fill=fill)
        drawn.append(s)
    txt(80, 60, rng.choice(MAKERS[r['lang']]), font(F_REG, 18))
    txt(80, 95, l['form'], fb)
    txt(80, 145, CALL[r['lang']], font(F_REG, 20))
    y = 210
    rows = [(l['org'], a['org'])]
    rows.append((l['type'], '   '.join(('[X] ' if i == a['type'] else '[  ] ') + o for i, o in enumerate(l['types']))))
    if v['name_order'] == 'split':
        rows += [(l['last'], a['last']), (l['first'], a['first'])]
    else:
        rows.append((l['contact'], a['name']))
    rows.append((l['addr'], a['addr']))
    if a['addr_mode'] == 'pc_place_one':
        rows.append((l['pcplace'], a['pcplace']))
    else:
        rows += [(l['pc'], a['pc']), (l['place'], a['place'])]
    rows += [(l['phone'], a['phone']), (l['email'], a['email']), (l['title'], a['title'])]
    for d_, amt in a['lines']:
        rows.append((d_, amt))
    if a['total']:
        rows.append((l['total'], a['total']))
    if a['own']:
        rows.append((l['own'], a['own']))
    if a['other']:
        rows.append((l['other'], a['other']))
    rows.append((l['req'], a['req']))
    rows.append((l['date'], a['date']))
    for lab, val in rows:
        f = fl
        while f.getlength(lab) > 380 and f.size > 12:
            f = font(F_REG, f.size - 1)
        txt(70, y + 16, lab, f)
        d.rectangle([460, y, 1180, y + 56], outline=90, width=2)
        if val:
            f = fh
            while f.getlength(val) > 700 and f.size > 14:
                f = font(f.path, f.size - 2)
            if '[X]' in val or '[  ]' in val:
                f = font(F_REG, 17)
            txt(472, y + 12, val, f, ink)
        y += 66
    txt(80, PH - 80, l['footer'][:110], font(F_REG, 13))
    return img, drawn


def render_letter(r, v, rng):
    dblk = letter_blocks(r, v, rng)
    img = Image.new('L', (PW, PH), 252)
    d = ImageDraw.Draw(img)
    f = font(rng.choice([F_SERIF, F_REG]), 23)
    drawn = []
    y = 110
    maxw = PW - 240

    def put(s, x=120, ff=None):
        nonlocal y
        ff = ff or f
        words = s.split(' ')
        cur = ''
        for w in words:
            t = (cur + ' ' + w).strip()
            if ff.getlength(t) > maxw - (x - 120) and cur:
                d.text((x, y), cur, font=ff, fill=15)
                drawn.append(cur)
                y += 32
                cur = w
            else:
                cur = t
        d.text((x, y), cur, font=ff, fill=15)
        drawn.append(cur)
        y += 32
    for s in dblk['sender']:
        put(s)
    y += 30
    for s in dblk['recipient']:
        put(s, 700)
    y += 30
    put(dblk['place_date'], 700)
    y += 20
    put(dblk['subject'], ff=font(F_BOLD, 23))
    y += 10
    for s in dblk['paragraphs']:
        put(s)
        y += 6
    y += 20
    put(dblk['closing'])
    y += 50
    for s in dblk['signature']:
        put(s)
    # the lines as drawn are the text for verification (a wrapped value may be split: keep the joined text too)
    return img, drawn


def _noise(size, sigma, rng):
    """Gaussian noise image around 128, seeded from the case's rng (reproducible)."""
    import numpy as np
    g = np.random.default_rng(rng.getrandbits(32))
    a = np.clip(128 + g.normal(0, sigma, (size[1], size[0])), 0, 255).astype('uint8')
    return Image.fromarray(a, 'L')


def scan(img, rng):
    img = img.rotate(rng.uniform(-1.4, 1.4), resample=Image.BICUBIC, expand=False, fillcolor=235)
    w, h = img.size
    grad = Image.linear_gradient('L').rotate(rng.choice([0, 90, 180, 270])).resize((w, h), Image.BILINEAR)
    grad = grad.point(lambda p: int(p * rng.uniform(0.12, 0.2)))
    img = Image.eval(img, lambda p: p)
    from PIL import ImageChops
    img = ImageChops.subtract(img, grad)
    noise = _noise((w, h), rng.uniform(10, 20), rng).point(lambda p: (p - 128) // 6 + 128)
    img = ImageChops.add(img, noise, offset=-128)
    img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.4, 0.9)))
    img = img.resize((int(w * 0.82), int(h * 0.82)), Image.LANCZOS)
    bio = io.BytesIO()
    img.save(bio, 'JPEG', quality=rng.choice([45, 50, 55]))
    j = Image.open(io.BytesIO(bio.getvalue()))
    out = io.BytesIO()
    import datetime
    import time
    d = time.strptime('2019-05-01 12:00', '%Y-%m-%d %H:%M')
    j.save(out, 'PDF', resolution=123, creationDate=d, modDate=d, producer='ScanSnap Manager')
    return out.getvalue()


def _coeffs(src, dst):
    import numpy as np
    A = []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    b = [c for p in src for c in p]
    return list(np.linalg.solve(np.array(A, float), np.array(b, float)))


def photo(img, rng):
    page = img.convert('RGB')
    page = Image.blend(page, Image.new('RGB', page.size, (250, 246, 236)), 0.25)
    W, H = 1600, 1200
    # desk
    desk = Image.new('RGB', (W, H), rng.choice([(122, 86, 58), (150, 118, 84), (90, 90, 95), (180, 170, 150)]))
    n = _noise((W // 4, H // 4), 30, rng).resize((W, H)).convert('RGB')
    desk = Image.blend(desk, n, 0.15)
    # sheet placed as a quadrilateral (smaller, rotated, perspective)
    sw, sh = page.size
    cx, cy = W / 2 + rng.uniform(-60, 60), H / 2 + rng.uniform(-30, 30)
    scale = rng.uniform(0.8, 0.88) * H / sh
    ang = math.radians(rng.uniform(-12, 12))
    hw, hh = sw * scale / 2, sh * scale / 2
    pts = []
    for (dx, dy), k in zip([(-hw, -hh), (hw, -hh), (hw, hh), (-hw, hh)], [rng.uniform(0.9, 1.0), rng.uniform(0.9, 1.0), 1.06, 1.06]):
        dx *= k
        x = cx + dx * math.cos(ang) - dy * math.sin(ang)
        y = cy + dx * math.sin(ang) + dy * math.cos(ang)
        pts.append((x, y))
    coeffs = _coeffs([(0, 0), (sw, 0), (sw, sh), (0, sh)], pts)
    warped = page.transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC)
    mask = Image.new('L', (sw, sh), 255).transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC)
    shadow = mask.filter(ImageFilter.GaussianBlur(18))
    desk.paste((30, 25, 20), (14, 18), shadow.point(lambda p: p // 2))
    desk.paste(warped, (0, 0), mask)
    # uneven light
    grad = Image.radial_gradient('L').resize((W, H)).point(lambda p: int(p * 0.45))
    dark = Image.new('RGB', (W, H), (0, 0, 0))
    desk = Image.composite(dark, desk, grad)
    desk = ImageEnhance.Brightness(desk).enhance(rng.uniform(1.05, 1.2))
    desk = desk.filter(ImageFilter.GaussianBlur(rng.uniform(0.5, 1.0)))
    bio = io.BytesIO()
    desk.save(bio, 'JPEG', quality=rng.choice([68, 72, 75]))
    return bio.getvalue()


def render_pdf_form(r, v, rng):
    """A form filled and printed (flattened PDF), rasterised with pdftoppm; its text read back with pdftotext."""
    import subprocess, tempfile, os
    import pdf_forms
    data, tpl, _ = pdf_forms.build(r, v, rng, flat=True)
    with tempfile.TemporaryDirectory() as td:
        fn = os.path.join(td, 'f.pdf')
        open(fn, 'wb').write(data)
        subprocess.run(['pdftoppm', '-r', '150', '-gray', '-png', '-singlefile', fn, os.path.join(td, 'p')], check=True)
        img = Image.open(os.path.join(td, 'p.png')).convert('L')
        img.load()
        txt = subprocess.run(['pdftotext', '-layout', fn, '-'], capture_output=True, text=True).stdout
    return img, [txt]


def build(r, v, rng, kind, what):
    if what == 'form' and rng.random() < 0.5:
        img, drawn = render_pdf_form(r, v, rng)
        img = img.resize((PW, PH))
    else:
        img, drawn = (render_form if what == 'form' else render_letter)(r, v, rng)
    data = scan(img, rng) if kind == 'scan_pdf' else photo(img, rng)
    return data, drawn
