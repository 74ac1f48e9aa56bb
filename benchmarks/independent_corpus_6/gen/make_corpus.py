"""Build corpus 6. Usage: python make_corpus.py OUTDIR WORKDIR   (seeded, reproducible)

WORKDIR receives the rendered source PDFs of the scans/photos (the text before imaging), used by verify.py.
"""
import io
import json
import os
import random
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cases import make_case, truth_fields, ascii_slug  # noqa: E402
from docs import form_blocks, letter_blocks, datestr  # noqa: E402
import render  # noqa: E402
import images  # noqa: E402
import mails  # noqa: E402
from PIL import Image  # noqa: E402

SEED = 6_2019
PLAN = {  # format -> {lang: count over both halves}
    "scan_pdf": {"nl": 8, "fr": 6, "en": 2},
    "photo": {"nl": 8, "fr": 6, "en": 2},
    "body_plain": {"nl": 6, "fr": 4, "en": 2},
    "body_html": {"nl": 6, "fr": 6},
    "pdf_letter": {"nl": 4, "fr": 4},
    "docx_letter": {"nl": 4, "fr": 4},
    "rtf": {"nl": 2, "fr": 2},
    "odt": {"nl": 2, "fr": 2},
}


def subject_for(c, rng, kind):
    lang, org = c["lang"], c["organisation"]
    if lang == "nl":
        opts = ["Aanvraag projectoproep Maak werk van je buurt", f"Projectidee {c['municipality']}",
                "aanvraag Maak werk van je buurt", "Maak werk van je buurt! - aanvraag",
                f"Projectoproep: {c['title']}"]
        if org:
            opts.append(f"Aanvraag {org}")
        if kind == "scan":
            opts.append("Ingescande aanvraag")
        if kind == "photo":
            opts.append("foto's aanvraagformulier")
    elif lang == "fr":
        opts = ["Candidature appel à projets Partons 2.0", f"Dossier de candidature – {c['municipality']}",
                "candidature appel à projets", f"Projet : {c['title']}", "Appel à projets Westhoek / Flandre"]
        if kind == "photo":
            opts.append("photos du dossier")
    else:
        opts = ["Application - call for projects", f"Project application: {c['title']}", "Maak werk van je buurt application"]
    return rng.choice(opts)


def fname(c, rng, kind, ext, page=None):
    lang, muni, org = c["lang"], c["municipality"], c["organisation"]
    d = c["mail_date"]
    if kind == "photo":
        sec = rng.randint(0, 59)
        d = d.replace(minute=max(0, d.minute - rng.randint(1, 9)), second=sec)
        opts = [f"IMG_{d:%Y%m%d}_{d:%H%M%S}", f"{d:%Y%m%d}_{d:%H%M%S}", f"WhatsApp Image {d:%Y-%m-%d} at {d:%H.%M.%S}"]
        base = rng.choice(opts)
        if page is not None and rng.random() < 0.5:
            base = {"nl": f"aanvraag blad {page}", "fr": f"dossier page {page}", "en": f"application page {page}"}[lang]
        elif page is not None:
            base = f"{base[:-2]}{int(base[-2:]) + page:02d}" if base[-2:].isdigit() else base + f" ({page})"
        return f"{base}.{ext}"
    if lang == "nl":
        opts = {"scan": [f"scan aanvraag {muni}", f"Scan_{d:%Y%m%d}", "aanvraagformulier ingevuld", f"Scan {d:%d-%m-%Y} 0001"],
                "letter": ["Brief Maak werk van je buurt", f"aanvraag {org or c['last']}", "projectaanvraag",
                           f"Aanvraag projectoproep – {muni}"],
                "form": ["Aanvraagformulier_ingevuld", f"formulier maak werk van je buurt {muni}"]}[kind]
    elif lang == "fr":
        opts = {"scan": ["numérisation", f"Candidature Partons – {muni}", "scan fiche projet", f"doc{d:%Y%m%d%H%M}"],
                "letter": ["Lettre de candidature", f"Candidature {org or c['last']}", "courrier appel à projets",
                           f"Projet {muni} – lettre"],
                "form": ["Fiche de candidature complétée", f"fiche projet {muni}"]}[kind]
    else:
        opts = {"scan": ["scanned application", f"Scan_{d:%Y%m%d}"], "letter": ["Application letter"],
                "form": ["application form"]}[kind]
    return f"{rng.choice(opts)}.{ext}"


def from_identity(c):
    if c["sender"] == "self":
        return c["email_personal"], c["contact_name"]
    return c["helper_email"], c["helper_name"]


def build(c, rng, work):
    fmt, lang = c["format"], c["lang"]
    font = rng.choice(["DejaVuSans", "LiberationSans", "LiberationSerif", "DejaVuSerif"])
    typed = rng.choice([font, "LiberationMono", "DejaVuSansMono"])
    src = os.path.join(work, f"case{c['idx']:03d}.pdf")
    atts = []
    kind = "file"
    body_html = None
    if fmt in ("body_plain", "body_html"):
        body = mails.application_body(c, rng, c["variant"])
        if fmt == "body_plain":
            body_text = mails.to_plain(c, body)
        else:
            body_text = None
            body_html = mails.to_html(c, body, c["html_style"], rng)
        subj = subject_for(c, rng, "body")
        if c["variant"] == "reply":
            subj = {"nl": "Re: Maak werk van je buurt – gegevens project", "fr": "RE: Appel à projets – vos informations",
                    "en": "Re: your project idea"}[lang]
        if c["variant"] == "forward":
            subj = {"nl": "Fwd: projectaanvraag", "fr": "TR: candidature projet", "en": "Fwd: project application"}[lang]
    else:
        if fmt in ("scan_pdf", "photo"):
            kind = "scan" if fmt == "scan_pdf" else "photo"
            if c["doctype"] == "form":
                blocks = form_blocks(c, rng.choice("AB"), c["two_pages"])
            else:
                blocks = letter_blocks(c, c["two_pages"], rng.randint(0, 11))
            w = render.render_pdf(blocks, src, font, typed if c["doctype"] == "form" else font, rng.choice([10, 10.5, 11]))
            if fmt == "scan_pdf":
                dpi = c["dpi"]
                pages = images.rasterize(src, dpi, gray=not c["color"])
                stamp_text = None
                if c["stamp"]:
                    dd = c["mail_date"]
                    if c["sender"] == "townhall":
                        stamp_text = (c["helper_org"].upper()[:22], datestr(dd, lang, numeric=True))
                    else:
                        stamp_text = ({"nl": "ONTVANGEN", "fr": "REÇU LE", "en": "RECEIVED"}[lang],
                                      datestr(dd, lang, numeric=True))
                border = rng.sample(["l", "r", "t", "b"], rng.randint(0, 2))
                angle = rng.choice([-1, 1]) * rng.uniform(0.5, 4.0)
                imgs = images.degrade_scan(pages, rng, dpi, c["color"], w.sig_pos, stamp_text, c["holes"], border, angle)
                outp = os.path.join(work, f"case{c['idx']:03d}.scan.pdf")
                q = {150: 20, 200: 16, 300: 11}[dpi] - (2 if c["color"] else 0)
                images.images_to_pdf(imgs, outp, dpi, q)
                atts.append((open(outp, "rb").read(), "application", "pdf", fname(c, rng, "scan", "pdf")))
            else:
                pages = images.rasterize(src, 130, gray=False)
                if w.sig_pos:
                    from PIL import ImageDraw
                    pg = pages[w.sig_pos[0]]
                    images.scribble(ImageDraw.Draw(pg), rng, w.sig_pos[1] * 130 / 72,
                                    (842 - w.sig_pos[2]) * 130 / 72 + 10, 0.9, (20, 30, 110))
                for i, pg in enumerate(pages):
                    ph = images.photo(pg, rng, c["photo_mode"])
                    bio = io.BytesIO()
                    if c["png"]:
                        ph = ph.resize((690, 920), Image.LANCZOS).quantize(colors=32, method=Image.MEDIANCUT, dither=Image.Dither.NONE)
                        ph.save(bio, "PNG", optimize=True)
                        ext, st = "png", "png"
                    else:
                        ph.save(bio, "JPEG", quality=c["jpeg_q"], optimize=True)
                        ext, st = "jpg" if rng.random() < 0.85 else "jpeg", "jpeg"
                    atts.append((bio.getvalue(), "image", st,
                                 fname(c, rng, "photo", ext, page=(i + 1) if len(pages) > 1 else None)))
        elif fmt == "pdf_letter":
            blocks = letter_blocks(c, False, rng.randint(0, 11))
            pf = rng.choice(["Helvetica", "Times-Roman", "Helvetica", font])
            render.render_pdf(blocks, src, pf, pf, rng.choice([10.5, 11]))
            atts.append((open(src, "rb").read(), "application", "pdf", fname(c, rng, "letter", "pdf")))
        elif fmt == "docx_letter":
            blocks = letter_blocks(c, False, rng.randint(0, 11))
            p = src.replace(".pdf", ".docx")
            render.render_docx(blocks, p, rng.choice(["Calibri", "Arial", "Times New Roman", "Cambria"]))
            render.fix_zip(p, c["sign_date"])
            atts.append((open(p, "rb").read(), "application",
                         "vnd.openxmlformats-officedocument.wordprocessingml.document", fname(c, rng, "letter", "docx")))
        elif fmt == "rtf":
            blocks = letter_blocks(c, False, rng.randint(0, 11))
            p = src.replace(".pdf", ".rtf")
            render.render_rtf(blocks, p, rng.choice(["Arial", "Times New Roman", "Calibri"]))
            atts.append((open(p, "rb").read(), "application", "rtf", fname(c, rng, "letter", "rtf")))
        elif fmt == "odt":
            blocks = form_blocks(c, rng.choice("AB"), False)
            p = src.replace(".pdf", ".odt")
            render.render_odt(blocks, p)
            render.fix_zip(p, c["sign_date"])
            atts.append((open(p, "rb").read(), "application", "vnd.oasis.opendocument.text", fname(c, rng, "form", "odt")))
        body_text = "\n\n".join(mails.attach_body(c, rng, kind)) + "\n"
        subj = subject_for(c, rng, kind)
    fa, fn = from_identity(c)
    return mails.build_eml(c, subj, body_text, body_html, atts, fa, fn)


def plan_cases(rng):
    cases = []
    idx = 0
    for fmt, langs in PLAN.items():
        for lang, n in langs.items():
            for k in range(n):
                idx += 1
                c = make_case(rng, idx, fmt, lang)
                c["doctype"] = "form" if (k % 5) in (0, 2, 4) else "letter"
                c["two_pages"] = fmt in ("scan_pdf", "photo") and k == 0 and lang != "en"
                c["dpi"] = 300 if (fmt == "scan_pdf" and lang == "nl" and k == 3) else rng.choice([150, 150, 150, 200])
                c["color"] = rng.random() < 0.4
                c["stamp"] = rng.random() < 0.45
                c["holes"] = rng.random() < 0.4
                c["photo_mode"] = rng.choice(["above", "angle", "afar"])
                c["png"] = fmt == "photo" and k == 1 and lang != "en"
                c["jpeg_q"] = rng.choice([42, 46, 50])
                c["phone_in_doc"] = rng.random() > 0.08
                c["own_zero_row"] = rng.random() < 0.5
                if fmt in ("body_plain", "body_html"):
                    c["variant"] = ["short", "long", "reply", "forward", "short", "long"][k % 6]
                    c["html_style"] = rng.choice(["gmail", "outlook"])
                    if c["variant"] == "forward":
                        c["sender"] = "helper"
                        c["helper_name"] = c.get("helper_name") or ("Griet Vanhee" if lang == "nl" else "Anne Lemaire")
                        c["helper_email"] = c.get("helper_email") or ascii_slug(c["helper_name"]) + "@example.com"
                        c["email_doc"] = c["email_personal"]
                        c["email_mode"] = "stated"
                    else:
                        if c["variant"] == "reply" or c["sender"] == "helper":
                            c["sender"] = "self"
                        if c["sender"] == "self":
                            c["email_doc"] = c["email_personal"]
                        c["email_mode"] = "stated" if rng.random() < 0.5 else "empty"
                    c["total_in_doc"] = not (c["variant"] == "short" and rng.random() < 0.4)
                    if c["sender"] == "townhall" and not c["organisation"]:
                        c["sender"] = "self"
                        c["email_doc"] = c["email_personal"]
                c["from_email"] = c["email_personal"] if c["sender"] == "self" else c["helper_email"]
                cases.append(c)
    return cases


def main(out, work):
    rng = random.Random(SEED)
    os.makedirs(work, exist_ok=True)
    cases = plan_cases(rng)
    # split per (format, language), seeded
    groups = {}
    for c in cases:
        groups.setdefault((c["format"], c["lang"]), []).append(c)
    halves = {"dev": [], "test": []}
    for key in sorted(groups):
        g = groups[key][:]
        rng.shuffle(g)
        halves["dev"] += g[: len(g) // 2]
        halves["test"] += g[len(g) // 2:]
    manifest = {}
    for half, cs in halves.items():
        d = os.path.join(out, half)
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
        rng.shuffle(cs)
        counters = {}
        lines = []
        for c in cs:
            counters[c["lang"]] = counters.get(c["lang"], 0) + 1
            name = f"{c['lang']}-{counters[c['lang']]:03d}.eml"
            crng = random.Random(SEED * 1000 + c["idx"])
            eml = build(c, crng, work)
            open(os.path.join(d, name), "wb").write(eml)
            lines.append({"file": name, "format": c["format"], "language": c["lang"], "fields": truth_fields(c)})
            manifest[f"{half}/{name}"] = {"source_pdf": os.path.join(work, f"case{c['idx']:03d}.pdf")
                                          if c["format"] in ("scan_pdf", "photo") else None}
        lines.sort(key=lambda x: x["file"])
        with open(os.path.join(d, "truth.jsonl"), "w", encoding="utf-8") as f:
            for ln in lines:
                f.write(json.dumps(ln, ensure_ascii=False) + "\n")
    json.dump(manifest, open(os.path.join(work, "manifest.json"), "w"), indent=1)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
