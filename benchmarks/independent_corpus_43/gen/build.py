# -*- coding: utf-8 -*-
"""Corpus 43 generator: "forms with answers spread around".

Rewrites ../dev/ and ../test/ (20 e-mails + truth.jsonl each). Deterministic: fixed dates, fixed MIME
boundaries and Message-IDs, invariant PDFs, fixed archive timestamps.

    python build.py
"""
import json
import os
import shutil
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import data            # noqa: E402
import pdf_dev         # noqa: E402
import pdf_test        # noqa: E402
import docx_gen        # noqa: E402
import odf_gen         # noqa: E402
import xlsx_gen        # noqa: E402
from mail import build_eml  # noqa: E402

ROOT = os.path.dirname(HERE)

RENDER = {
    "D1": (pdf_dev.render_D1, "pdf"), "D2": (pdf_dev.render_D2, "pdf"), "D3": (pdf_dev.render_D3, "pdf"),
    "L1": (pdf_dev.render_L1, "pdf"),
    "T1": (pdf_test.render_T1, "pdf"), "T2": (pdf_test.render_T2, "pdf"), "T3": (pdf_test.render_T3, "pdf"),
    "L2": (pdf_test.render_L2, "pdf"),
    "X1": (docx_gen.render_X1, "docx"), "X2": (docx_gen.render_X2, "docx"),
    "Y1": (docx_gen.render_Y1, "docx"), "Y2": (docx_gen.render_Y2, "docx"),
    "O1": (odf_gen.render_O1, "odt"), "O2": (odf_gen.render_O2, "odt"),
    "OS1": (odf_gen.render_OS1, "ods"), "OS2": (odf_gen.render_OS2, "ods"),
    "XS1": (xlsx_gen.render_XS1, "xlsx"), "XS2": (xlsx_gen.render_XS2, "xlsx"),
}

FILE_PATTERNS = {
    "nl": ["Aanvraagformulier_{slug}", "aanvraag {slug}", "Projectfiche {slug}", "MWVJB_{slug}",
           "formulier_maak_werk_van_je_buurt", "{slug}_projectidee_2019"],
    "fr": ["Candidature_{slug}", "fiche projet {slug}", "Dossier_Partons2.0_{slug}", "formulaire_candidature",
           "{slug} - candidature", "Partons2_{slug}"],
}
LETTER_PATTERNS = {"nl": ["Brief_{slug}", "brief provincie {slug}"],
                   "fr": ["Courrier_{slug}", "lettre Partons 2.0 {slug}"]}


def attachment_name(rec, ext):
    o = rec.org
    base = o["org"] or rec.contact.last
    slug = "_".join(base.replace("'", " ").split())
    if len(slug) > 32:
        slug = "_".join(base.replace("'", " ").split()[-3:])
    pats = LETTER_PATTERNS[rec.lang] if rec.fmt == "pdf_letter" else FILE_PATTERNS[rec.lang]
    name = pats[rec.idx % len(pats)].format(slug=slug)
    if rec.idx % 4 == 0:   # some people strip accents from file names
        name = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return "%s.%s" % (name, ext)


def build():
    allrecs = data.build_all()
    for half in ("dev", "test"):
        out = os.path.join(ROOT, half)
        if os.path.isdir(out):
            shutil.rmtree(out)
        os.makedirs(out)
        lines = []
        for rec in allrecs[half]:
            fn, ext = RENDER[rec.design]
            payload = fn(rec)
            assert len(payload) < 200 * 1024, (rec.file, len(payload))
            eml = build_eml(rec, payload, ext, attachment_name(rec, ext))
            with open(os.path.join(out, rec.file), "wb") as f:
                f.write(eml)
            lines.append(json.dumps({"file": rec.file, "format": rec.fmt, "language": rec.lang,
                                     "fields": data.truth(rec)}, ensure_ascii=False))
        with open(os.path.join(out, "truth.jsonl"), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
        print("%s: %d mails written to %s" % (half, len(lines), out))


if __name__ == "__main__":
    build()
