"""PDF renderers: fillable AcroForm (mode='widget') and filled-but-flat PDFs
(mode='boxed' = printed form with typed values, mode='plain' = exported document)."""
import io
import random
import re
import unicodedata
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.lib import colors

W, H = A4


def latin(s):
    """Widget values must be Latin-1 for reportlab's appearance streams."""
    s = s.replace("\u00a0", " ").replace("€", "EUR").replace("’", "'").replace("‘", "'").replace("–", "-").replace("œ", "oe").replace("…", "...")
    return s.encode("latin-1", "replace").decode("latin-1")


def label_name(label, used):
    """Field names like Acrobat's 'Prepare form' derives from the nearby label."""
    base = re.sub(r"\s+", " ", re.sub(r"[().,:;/?']", " ", label)).strip()
    base = base[:40].strip()
    n = base
    k = 2
    while n in used:
        n = f"{base}_{k}"
        k += 1
    used.add(n)
    return n


class PdfForm:
    def __init__(self, spec, case, design):
        self.spec, self.case, self.d = spec, case, design
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=A4, pageCompression=1, invariant=1)
        self.c.setAuthor(design.get("author", ""))
        self.c.setTitle(design.get("doc_title", spec["title"]))
        self.c.setCreator(design.get("creator", "Microsoft Word"))
        self.m = design.get("margin", 42)
        self.y = H - self.m
        self.page = 1
        self.n = 0
        self.used = set()
        self.font = design.get("font", "Helvetica")
        self.bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold"}[self.font]
        self.vfont = design.get("vfont", "Helvetica")
        self.accent = design.get("accent", colors.HexColor("#1f3864"))
        self.r = random.Random(case["seed"] + 7)

    # -------------------------------------------------------------- basics
    def need(self, h):
        if self.y - h < self.m + 20:
            self.footer()
            self.c.showPage()
            self.page += 1
            self.y = H - self.m
            if self.d.get("running_head"):
                self.c.setFont(self.font, 7)
                self.c.setFillColor(colors.grey)
                self.c.drawString(self.m, H - 25, self.d["running_head"])
                self.c.setFillColor(colors.black)
                self.y -= 6

    def footer(self):
        self.c.setFont(self.font, 7)
        self.c.setFillColor(colors.grey)
        ft = self.d.get("footer", "")
        self.c.drawString(self.m, 22, ft)
        self.c.drawRightString(W - self.m, 22, (self.d.get("pagefmt", "{p}")).format(p=self.page))
        self.c.setFillColor(colors.black)

    def text(self, s, size=9, bold=False, indent=0, color=colors.black, leading=None):
        f = self.bold if bold else self.font
        leading = leading or size * 1.25
        lines = simpleSplit(s, f, size, W - 2 * self.m - indent)
        for ln in lines:
            self.need(leading)
            self.c.setFont(f, size)
            self.c.setFillColor(color)
            self.c.drawString(self.m + indent, self.y - size, ln)
            self.y -= leading
        self.c.setFillColor(colors.black)

    def fname(self, key, label):
        self.n += 1
        scheme = self.d["naming"]
        if scheme == "meaningful":
            n = key
        elif scheme == "generic_fr":
            n = f"Texte{self.n + self.d.get('offset', 0)}"
        elif scheme == "generic_en":
            n = f"Text{self.n + self.d.get('offset', 0)}"
        elif scheme == "generic_nl":
            n = f"Tekstveld {self.n + self.d.get('offset', 0)}"
        elif scheme == "fill":
            n = f"fill_{self.n}"
        else:  # label
            return label_name(label, self.used)
        while n in self.used:
            n += "_1"
        self.used.add(n)
        return n

    def value(self, x, y, w, h, key, label, val, multi=False, tip=None, align="left"):
        mode = self.d["mode"]
        if mode == "widget":
            tooltip = None
            tm = self.d.get("tips", "none")
            if tm == "all" or (tm == "some" and self.r.random() < 0.5) or tip == "force":
                tooltip = label
            v = latin(val)
            if multi and v:
                v = "\n".join(simpleSplit(v, self.vfont, 8.5, w - 6))
            kw = dict(name=self.fname(key, label), value=v, x=x, y=y, width=w, height=h, maxlen=None,
                      fontName=self.vfont, fontSize=0 if self.d.get("autosize") and not multi else (8.5 if multi else 9),
                      borderWidth=self.d.get("bw", 0.6), borderColor=self.d.get("bc", colors.HexColor("#7f7f7f")),
                      fillColor=self.d.get("fill", colors.HexColor("#e8eef8")), textColor=colors.black)
            if tooltip:
                kw["tooltip"] = tooltip
            if multi:
                kw["fieldFlags"] = "multiline"
            if kw["fontSize"] == 0:
                kw["fontSize"] = 9
            self.c.acroForm.textfield(**kw)
        else:
            if mode == "boxed":
                self.c.setStrokeColor(colors.HexColor("#555555"))
                self.c.setLineWidth(0.5)
                if self.d.get("underline"):
                    self.c.line(x, y, x + w, y)
                else:
                    self.c.rect(x, y, w, h)
            vf = self.vfont
            size = 9 if vf != "Courier" else 8.5
            self.c.setFillColor(self.d.get("vcolor", colors.black))
            if multi:
                lines = simpleSplit(val, vf, size, w - 6)
                yy = y + h - size - 2
                for ln in lines:
                    self.c.setFont(vf, size)
                    self.c.drawString(x + 3, yy, ln)
                    yy -= size * 1.2
            else:
                self.c.setFont(vf, size)
                if align == "right":
                    self.c.drawRightString(x + w - 3, y + (h - size) / 2 + 1.5, val)
                else:
                    self.c.drawString(x + 3, y + (h - size) / 2 + 1.5, val)
            self.c.setFillColor(colors.black)

    # ------------------------------------------------------------ structure
    def fit(self, text, font, size, width):
        while size > 8 and self.c.stringWidth(text, font, size) > width:
            size -= 0.5
        return size

    def header(self):
        s, d = self.spec, self.d
        hs = d.get("header", "bar")
        if hs == "bar":
            self.c.setFillColor(self.accent)
            self.c.rect(0, H - 70, W, 70, stroke=0, fill=1)
            self.c.setFillColor(colors.white)
            self.c.setFont(self.bold, self.fit(s["title"], self.bold, 15, W - 2 * self.m - 70))
            self.c.drawString(self.m, H - 38, s["title"])
            self.c.setFont(self.font, 9)
            self.c.drawString(self.m, H - 55, s["issuer"])
            if s.get("form_no"):
                self.c.drawRightString(W - self.m, H - 38, s["form_no"])
            self.c.setFillColor(colors.black)
            self.y = H - 85
        elif hs == "box":
            self.c.setStrokeColor(self.accent)
            self.c.setLineWidth(1.5)
            self.c.rect(self.m, H - self.m - 60, W - 2 * self.m, 60)
            self.c.setFont(self.bold, self.fit(s["title"], self.bold, 14, W - 2 * self.m - 10))
            self.c.drawCentredString(W / 2, H - self.m - 25, s["title"])
            self.c.setFont(self.font, 9)
            self.c.drawCentredString(W / 2, H - self.m - 42, s["issuer"])
            if s.get("form_no"):
                self.c.setFont(self.font, 7)
                self.c.drawString(self.m + 4, H - self.m - 56, s["form_no"])
            self.y = H - self.m - 75
        else:  # letterhead left
            self.c.setFont(self.bold, 10)
            self.c.setFillColor(self.accent)
            self.c.drawString(self.m, self.y - 10, s["issuer"])
            self.c.setFillColor(colors.black)
            self.y -= 40
            tt = s["title"].upper() if d.get("upper") else s["title"]
            self.c.setFont(self.bold, self.fit(tt, self.bold, 16, W - 2 * self.m))
            self.c.drawString(self.m, self.y - 16, tt)
            self.y -= 28
            self.c.setStrokeColor(self.accent)
            self.c.line(self.m, self.y, W - self.m, self.y)
            self.y -= 8
        for p in s.get("intro", []):
            self.text(p, size=8, color=colors.HexColor("#333333"))
            self.y -= 2
        self.y -= 6

    def heading(self, h):
        self.need(40)
        st = self.d.get("hstyle", "fill")
        if st == "fill":
            self.c.setFillColor(self.d.get("hfill", colors.HexColor("#d9e2f3")))
            self.c.rect(self.m, self.y - 15, W - 2 * self.m, 15, stroke=0, fill=1)
            self.c.setFillColor(colors.black)
            self.c.setFont(self.bold, 9.5)
            self.c.drawString(self.m + 4, self.y - 11, h)
            self.y -= 22
        elif st == "under":
            self.c.setFont(self.bold, 10.5)
            self.c.setFillColor(self.accent)
            self.c.drawString(self.m, self.y - 12, h)
            self.c.setStrokeColor(self.accent)
            self.c.line(self.m, self.y - 15, W - self.m, self.y - 15)
            self.c.setFillColor(colors.black)
            self.y -= 24
        else:
            self.text(h, size=10, bold=True)
            self.y -= 4

    def fields(self, fields, compact=False):
        lp = self.d.get("labels", "left")
        lw = self.d.get("lw", 170)
        inner = W - 2 * self.m
        hide = self.d.get("hide_labels", set())
        i = 0
        while i < len(fields):
            f = fields[i]
            multi = f["multi"]
            h = 16 if not multi else 16 + 11 * min(5, 1 + len(f["value"]) // 90)
            if self.d["mode"] == "plain":
                lab = f["label"]
                val = f["value"]
                if multi:
                    self.text(lab + " :" if self.spec["lang"] == "fr" else lab + ":", size=9, bold=True)
                    self.text(val or "—", size=9, indent=10)
                else:
                    s = (lab + (" : " if self.spec["lang"] == "fr" else ": "))
                    self.need(13)
                    self.c.setFont(self.bold, 9)
                    self.c.drawString(self.m, self.y - 9, s)
                    sw = self.c.stringWidth(s, self.bold, 9)
                    self.c.setFont(self.vfont, 9)
                    vl = simpleSplit(val, self.vfont, 9, inner - sw) or [""]
                    self.c.drawString(self.m + sw, self.y - 9, vl[0])
                    self.y -= 13
                    for extra in vl[1:]:
                        self.need(12)
                        self.c.drawString(self.m + sw, self.y - 9, extra)
                        self.y -= 12
                i += 1
                continue
            # pair short fields on one row when compact / 2-col designs
            pair = None
            if (compact or self.d.get("cols") == 2) and not multi and i + 1 < len(fields) and not fields[i + 1]["multi"] \
                    and len(f["label"]) < 34 and len(fields[i + 1]["label"]) < 34 \
                    and len(f["value"]) <= 30 and len(fields[i + 1]["value"]) <= 30:
                pair = fields[i + 1]
            row = [f] if pair is None else [f, pair]
            colw = inner / len(row)
            if lp == "above" or lp == "below":
                self.need(h + 14)
                for k, ff in enumerate(row):
                    x = self.m + k * colw
                    hidden = ff["key"] in hide and self.d["mode"] == "widget"
                    if lp == "above":
                        if not hidden:
                            self.c.setFont(self.font, 7.5)
                            self.c.drawString(x, self.y - 8, ff["label"])
                        self.value(x, self.y - 10 - h, colw - 8, h, ff["key"], ff["label"], ff["value"], ff["multi"], tip="force" if hidden else None)
                    else:
                        self.value(x, self.y - h, colw - 8, h, ff["key"], ff["label"], ff["value"], ff["multi"], tip="force" if hidden else None)
                        if not hidden:
                            self.c.setFont(self.font, 6.5)
                            self.c.setFillColor(colors.HexColor("#444444"))
                            self.c.drawString(x, self.y - h - 8, ff["label"])
                            self.c.setFillColor(colors.black)
                self.y -= h + 14
            else:  # left
                self.need(h + 4)
                hh = h
                for k, ff in enumerate(row):
                    x = self.m + k * colw
                    hidden = ff["key"] in hide and self.d["mode"] == "widget"
                    lw_ = min(lw, colw * 0.45) if len(row) == 2 else lw
                    if not hidden:
                        self.c.setFont(self.font, 8)
                        ll = simpleSplit(ff["label"], self.font, 8, lw_ - 4)
                        for j, ln in enumerate(ll[:3]):
                            self.c.drawString(x, self.y - 10 - j * 9, ln)
                        hh = max(hh, 9 * len(ll[:3]) + 4)
                    self.value(x + lw_, self.y - h, colw - lw_ - 6, h, ff["key"], ff["label"], ff["value"], ff["multi"], tip="force" if hidden else None)
                self.y -= hh + 5
            i += len(row)

    def budget(self, b):
        lay = self.d.get("budget", "side")
        inner = W - 2 * self.m
        lang = self.spec["lang"]
        plain = self.d["mode"] == "plain"
        rowh = 14

        aw = 62

        def nlines(lab, w, bold=False):
            return max(1, len(simpleSplit(lab, self.bold if bold else self.font, 7.5, w - aw - 8)))

        def cell_row(x, w, code, lab, val, key, bold=False, rh=None):
            rh = rh or rowh
            self.c.setFont(self.bold if bold else self.font, 7.5)
            lab_lines = simpleSplit(lab, self.bold if bold else self.font, 7.5, w - aw - 8)
            for j, ln in enumerate(lab_lines[:3]):
                self.c.drawString(x + 2, self.y - 10 - j * 8.5, ln)
            self.c.setStrokeColor(colors.HexColor("#999999"))
            self.c.setLineWidth(0.3)
            self.c.line(x, self.y - rh, x + w, self.y - rh)
            if val is None:
                return
            if plain:
                self.c.setFont(self.vfont, 8)
                self.c.drawRightString(x + w - 3, self.y - 10, val)
            else:
                if self.d["mode"] == "widget" and val == "" and self.d.get("skip_empty_widgets"):
                    return
                self.value(x + w - aw - 2, self.y - rowh + 1.5, aw, rowh - 3, key, lab.strip(), val, align="right")

        def lab_c(code, lab):
            return lab if lab[:2].isdigit() and lab.startswith(code[:2] + " -") else (f"{code} {lab}" if lang == "fr" else lab)

        def kname(code, lab):
            base = re.sub(r"[^A-Za-z0-9]+", "_", unicodedata.normalize("NFKD", lab).encode("ascii", "ignore").decode()).strip("_")[:24]
            return f"{'montant' if lang == 'fr' else 'bedrag'}_{code}_{base}"

        if lay == "side":
            half = inner / 2 - 4
            self.need(rowh * 2)
            self.c.setFillColor(self.d.get("hfill", colors.HexColor("#d9e2f3")))
            self.c.rect(self.m, self.y - rowh, inner, rowh, stroke=0, fill=1)
            self.c.setFillColor(colors.black)
            self.c.setFont(self.bold, 8.5)
            self.c.drawString(self.m + 2, self.y - 10, b["charges_title"])
            self.c.drawString(self.m + half + 8, self.y - 10, b["produits_title"])
            self.c.drawRightString(self.m + half - 2, self.y - 10, "€" if lang == "fr" else "euro")
            self.c.drawRightString(W - self.m - 2, self.y - 10, "€" if lang == "fr" else "euro")
            self.y -= rowh
            n = max(len(b["charges"]), len(b["produits"]))
            for k in range(n):
                nl_ = 1
                if k < len(b["charges"]):
                    nl_ = max(nl_, nlines(lab_c(b["charges"][k][0], b["charges"][k][1]), half))
                if k < len(b["produits"]):
                    nl_ = max(nl_, nlines(b["produits"][k][1], half, True))
                rh = rowh + (min(nl_, 3) - 1) * 8.5
                self.need(rh)
                if k < len(b["charges"]):
                    code, lab, val = b["charges"][k]
                    cell_row(self.m, half, code, lab_c(code, lab), val, kname(code, lab), bold=(len(code) == 2 and lang == "fr"), rh=rh)
                if k < len(b["produits"]):
                    code, lab, val = b["produits"][k]
                    is74 = (code == "74" and lab.startswith("74"))
                    cell_row(self.m + half + 8, half, code, lab, None if is74 else val, kname(code, lab), bold=(not lab.startswith("  ") and lang == "fr"), rh=rh)
                self.y -= rh
            self.need(rowh + 4)
            cell_row(self.m, half, "TC", b["total_label_c"], b["total"], "total_charges", bold=True)
            cell_row(self.m + half + 8, half, "TP", b["total_label_p"], b["total"], "total_produits", bold=True)
            self.y -= rowh
            if b.get("inkind"):
                (c86, l86, v86), (c87, l87, v87), (_, lt, vt) = b["inkind"]
                rh = rowh + (max(nlines(l86, half), nlines(l87, half)) - 1) * 8.5
                self.need(rh + rowh)
                cell_row(self.m, half, c86, l86, v86, "montant_86", rh=rh)
                cell_row(self.m + half + 8, half, c87, l87, v87, "montant_87", rh=rh)
                self.y -= rh
                cell_row(self.m, half, "T", lt, vt, "total_general_charges", bold=True)
                cell_row(self.m + half + 8, half, "T", lt, vt, "total_general_produits", bold=True)
                self.y -= rowh
        else:  # stacked
            for title, rows, tl in ((b["charges_title"], b["charges"], b["total_label_c"]), (b["produits_title"], b["produits"], b["total_label_p"])):
                self.need(rowh * 3)
                self.c.setFont(self.bold, 9)
                self.c.drawString(self.m, self.y - 10, title)
                self.y -= rowh
                for code, lab, val in rows:
                    self.need(rowh)
                    is74 = (code == "74" and lab.startswith("74"))
                    disp = lab if (lang == "nl" or lab[:2].isdigit()) else ("   – " + lab.strip() if lab.startswith("  ") else f"{code} - {lab}")
                    if lang == "nl" and self.d.get("nl_codes"):
                        disp = f"{code}  {lab}"
                    rh = rowh + (min(nlines(disp, inner), 3) - 1) * 8.5
                    cell_row(self.m, inner, code, disp, None if is74 else val, kname(code, lab), rh=rh)
                    self.y -= rh
                self.need(rowh)
                cell_row(self.m, inner, "T", tl, b["total"], "totaal_" + title.lower()[:6], bold=True)
                self.y -= rowh + 6
            if b.get("inkind"):
                for code, lab, val in b["inkind"]:
                    self.need(rowh)
                    cell_row(self.m, inner, code, lab, val, "montant_" + code)
                    self.y -= rowh
        self.y -= 4
        if b.get("note"):
            self.text(b["note"], size=7, color=colors.grey)

    def render(self):
        self.header()
        for sec in self.spec["sections"]:
            kind = sec.get("kind", "fields")
            self.heading(sec["heading"])
            if sec.get("note") and kind != "budget":
                self.text(sec["note"], size=7.5, color=colors.HexColor("#555555"))
            if kind == "budget":
                self.budget(sec)
            elif kind in ("attest", "note_budget"):
                self.text(sec["text"], size=8.5)
                self.y -= 4
                self.fields(sec["fields"], compact=True)
            else:
                self.fields(sec["fields"], compact=sec.get("compact", False))
            self.y -= 6
        self.footer()
        self.c.save()
        return self.buf.getvalue()


def render(spec, case, design):
    return PdfForm(spec, case, design).render()
