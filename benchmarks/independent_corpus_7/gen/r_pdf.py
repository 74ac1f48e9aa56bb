"""PDF renderers (reportlab): fillable forms, flattened forms, letters."""
import io
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.utils import simpleSplit
from reportlab.lib.colors import grey
from texts import LBL, FORM_TITLE, FOOTER, DESCR, short_date
from data import name_written
from letter import build_letter

FD = "/usr/share/fonts/truetype/"
for nm, f in [("LSans", "liberation/LiberationSans-Regular.ttf"), ("LSansB", "liberation/LiberationSans-Bold.ttf"),
              ("LSerif", "liberation/LiberationSerif-Regular.ttf"), ("LSerifB", "liberation/LiberationSerif-Bold.ttf"),
              ("DSans", "dejavu/DejaVuSans.ttf"), ("DSansB", "dejavu/DejaVuSans-Bold.ttf")]:
    pdfmetrics.registerFont(TTFont(nm, FD + f))
W_, H_ = A4


def field_names(rng, n):
    style = rng.choice(["Text", "veld", "Tekstveld ", "undefined", "mixed"])
    out = []
    for i in range(1, n + 1):
        if style == "Text":
            out.append(f"Text{i}")
        elif style == "veld":
            out.append(f"veld{i}")
        elif style == "Tekstveld ":
            out.append(f"Tekstveld {i}")
        elif style == "undefined":
            out.append("undefined" if i == 1 else f"undefined_{i}")
        else:
            out.append(rng.choice(["Text", "Champ de texte ", "undefined_", "Zone de texte "]).rstrip() + str(i)
                       if rng.random() < 0.7 else f"fill_{i}")
    # make unique
    seen = set(); res = []
    for o in out:
        while o in seen:
            o += "_"
        seen.add(o); res.append(o)
    return res


def form_rows(r, rng):
    lang = r["lang"]; L = LBL[lang]; W = {}
    name_w = name_written(r); W["contact_name_w"] = name_w
    em = r["doc_email"] or (L["see_above"] if r["email_mode"] == "see_above" else "")
    rows = [(L["org"], r["org"] or ""), (L["contact"], name_w), (L["role"], r["role1"] if r["org"] else "")]
    split = r["split"]
    if split and r["country"] == "BE":
        st_, nr = r["street"], r["address"][len(r["street"]) + 1:]
        bus = ""
        if " bus " in nr:
            nr, bus = nr.split(" bus ")
        rows += [(L["street"], st_), (L["num"], nr), (L["bus"], bus)]
        W["address_parts"] = [st_, nr] + ([bus] if bus else [])
    elif split:
        nr, st_ = r["address"].split(" ", 1)
        if st_.startswith("bis "):
            nr, st_ = nr + " bis", st_[4:]
        rows += [(L["num"], nr), (L["street"], st_)]
        W["address_parts"] = [nr, st_]
    else:
        rows.append((L["addr"], r["address"])); W["address"] = r["address"]
    rows += [(L["pc"], r["postcode"]), (L["place"], r["municipality"]), (L["phone"], r["phone_w"] or ""),
             (L["email"], em), (L["title"], r["title"]), (L["total"], r["total_w"])]
    if r["own"] > 0:
        rows.append((L["own"], r["own_w"]))
    rows.append((L["req"], r["req_w"] + (f" ({r['req_words']})" if r["req_words"] else "")))
    rows.append((L["date"], short_date(r["sign_date"])))
    W["total_budget"] = r["total_w"]; W["requested_amount"] = r["req_w"]
    if r["org"]:
        W["organisation"] = r["org"]
    W["postcode"] = r["postcode"]; W["municipality"] = r["municipality"]
    if r["phone_w"]:
        W["phone"] = r["phone_w"]
    if r["doc_email"]:
        W["email"] = r["doc_email"]
    W["project_title"] = r["title"]
    return rows, W


def pdf_form(r, rng):
    lang = r["lang"]; L = LBL[lang]
    rows, W = form_rows(r, rng)
    flattened = r.get("flat", rng.random() < 0.35)
    layout = rng.choice(["left", "above", "tooltip"]) if not flattened else rng.choice(["left", "above"])
    b = io.BytesIO()
    c = canvas.Canvas(b, pagesize=A4, invariant=1)
    c.setTitle(FORM_TITLE[lang]); c.setAuthor(rng.choice(["Provincie West-Vlaanderen", "pwv", "Microsoft Word", "user"]))
    c.setFont("LSansB", 13); c.drawString(2 * cm, H_ - 2 * cm, FORM_TITLE[lang])
    c.setFont("LSans", 7.5); c.drawString(2 * cm, 1.2 * cm, FOOTER[lang])
    names = field_names(rng, len(rows))
    truev = {}
    if not flattened:
        # Helvetica widget appearances cannot show the euro sign: people then type EUR / euro
        eur = rng.choice(["EUR", "euro"])
        def noe(v):
            if "€" not in v:
                return v
            v = v.replace("€ ", "€").strip()
            return (v.replace("€", "") + " " + eur) if v.startswith("€") else v.replace("€", eur)
        rows = [(a, noe(v)) for a, v in rows]
        for k in ("requested_amount", "total_budget"):
            if k in W:
                W[k] = noe(W[k])
    y = H_ - 3.2 * cm
    fs = 10
    form = c.acroForm
    for (label, value), fn in zip(rows, names):
        if layout == "left":
            c.setFont("LSans", 9); c.drawString(2 * cm, y + 4, label)
            x, w = 8.2 * cm, 10.8 * cm
        elif layout == "above":
            c.setFont("LSans", 8.5); c.drawString(2 * cm, y + 18, label)
            x, w = 2 * cm, 17 * cm
            y -= 4
        else:  # only tooltip; a tiny number printed left
            x, w = 2.6 * cm, 16.4 * cm
            c.setFont("LSans", 8); c.drawString(2 * cm, y + 4, f"{names.index(fn) + 1}.")
        if flattened:
            c.setStrokeColorRGB(0.6, 0.6, 0.6); c.rect(x, y - 2, w, 16, stroke=1, fill=0)
            c.setFont(rng.choice(["LSans", "DSans"]) if False else "LSans", fs)
            c.drawString(x + 3, y + 2, value)
        else:
            truev[fn] = value
            form.textfield(name=fn, tooltip=label, x=x, y=y - 2, width=w, height=16,
                           value=value.encode("cp1252", "replace").decode("latin-1"), fontName="Helvetica",
                           fontSize=fs, borderWidth=0.5, borderColor=grey, fillColor=None, forceBorder=True)
        y -= 30 if layout == "above" else 24
        if y < 3 * cm:
            c.showPage(); y = H_ - 2.5 * cm
    c.setFont("LSans", 9)
    c.drawString(2 * cm, y - 6, L["descr"] + ":")
    yy = y - 20
    for line in simpleSplit(rng.choice(DESCR[lang]), "LSans", 9, 17 * cm):
        c.drawString(2 * cm, yy, line); yy -= 12
    c.save()
    out = b.getvalue()
    if not flattened:
        out = fix_values(out, truev)
    W["_flattened"] = flattened
    W["_layout"] = layout
    return out, W


def fix_values(pdf, truev):
    """Store the real (unicode) value in /V; the appearance stream keeps the WinAnsi-encoded text."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject, TextStringObject
    w = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    for page in w.pages:
        for a in page.get("/Annots", []) or []:
            a = a.get_object()
            t = a.get("/T")
            if t in truev:
                a[NameObject("/V")] = TextStringObject(truev[t])
    o = io.BytesIO(); w.write(o)
    return o.getvalue()


def pdf_letter(r, rng):
    lt, W = build_letter(r, rng)
    b = io.BytesIO()
    c = canvas.Canvas(b, pagesize=A4, invariant=1)
    c.setAuthor(f"{r['first']} {r['last']}")
    fam = rng.choice([("LSans", "LSansB"), ("LSerif", "LSerifB"), ("DSans", "DSansB")])
    fs = rng.choice([10, 10.5, 11])
    y = H_ - 2 * cm
    c.setFont(fam[1], 14); c.drawString(2 * cm, y, lt["head"][0]); y -= 16
    c.setFont(fam[0], 9)
    for line in lt["head"][1:]:
        c.drawString(2 * cm, y, line); y -= 11
    y -= 20
    c.setFont(fam[0], fs)
    for line in lt["recipient"]:
        c.drawString(11 * cm, y, line); y -= fs + 3
    y -= 16
    c.drawRightString(19 * cm, y, lt["dateline"]); y -= 26
    c.setFont(fam[1], fs)
    for line in simpleSplit(lt["subject"], fam[1], fs, 17 * cm):
        c.drawString(2 * cm, y, line); y -= fs + 4
    y -= 8
    c.setFont(fam[0], fs)

    def para(text, gap=8):
        nonlocal y
        for line in simpleSplit(text, fam[0], fs, 17 * cm):
            c.drawString(2 * cm, y, line); y -= fs + 4
        y -= gap
    para(lt["salute"])
    for p in lt["paras"]:
        para(p)
    if lt["budget_table"]:
        for (lb, _), w in zip(r["lines"], r["line_w"]):
            c.drawString(2.5 * cm, y, "- " + lb); c.drawRightString(15 * cm, y, w); y -= fs + 3
        y -= 8
    para(lt["budget_sentence"])
    para(lt["closing"], 24)
    for s in lt["signature"]:
        c.drawString(2 * cm, y, s); y -= fs + 3
    if lt["contact"]:
        y -= 10
        c.setFont(fam[0], fs - 1)
        for k, v in lt["contact"]:
            c.drawString(2 * cm, y, k + ":"); c.drawString(5 * cm, y, v); y -= fs + 2
    c.save()
    return b.getvalue(), W
