"""Post-processing of the generated containers so they look like files saved
in spring 2019 by ordinary office software (zip entry dates, generator
strings, PDF info dates) and so that rebuilds are reproducible."""
import datetime
import zipfile
from pypdf import PdfReader, PdfWriter

ODF_GENERATORS = ["LibreOffice/6.2.3.2$Windows_X86_64 LibreOffice_project/aecc05fe267cc68dde00352a451aa867b3b546ac",
                  "LibreOffice/6.0.7.3$Linux_X86_64 LibreOffice_project/00m0$Build-3",
                  "OpenOffice/4.1.6$Win32 OpenOffice.org_project/416m1$Build-9790",
                  "LibreOffice/6.1.5.2$Windows_X86_64 LibreOffice_project/90f8dcf33c87b3705e78202e3df5142b201bd805"]


def doc_time(r, rng):
    d = r["date"] - datetime.timedelta(days=rng.randint(0, 3))
    return datetime.datetime.combine(d, datetime.time(rng.randint(8, 22), rng.randint(0, 59), rng.randint(0, 59)))


def fix_zip(path, when, rng, kind):
    with zipfile.ZipFile(path) as z:
        entries = [(i, z.read(i.filename)) for i in z.infolist()]
    iso = when.strftime("%Y-%m-%dT%H:%M:%S")
    created = (when - datetime.timedelta(days=rng.randint(20, 70))).strftime("%Y-%m-%dT%H:%M:%S")
    out = []
    for info, data in entries:
        name = info.filename
        if kind in ("odt", "ods") and name == "meta.xml":
            s = data.decode("utf-8")
            gen = rng.choice(ODF_GENERATORS)
            s = s.replace("<meta:generator>ODFPY/1.4.1</meta:generator>",
                          "<meta:generator>%s</meta:generator><meta:creation-date>%s</meta:creation-date>"
                          "<dc:date>%s</dc:date><meta:editing-cycles>%d</meta:editing-cycles>" % (
                              gen, created, iso, rng.randint(2, 14)))
            data = s.encode("utf-8")
        if kind == "xlsx" and name == "docProps/app.xml":
            s = data.decode("utf-8").replace("Microsoft Excel Compatible / Openpyxl 3.1.5", "Microsoft Excel") \
                .replace("<AppVersion>3.1</AppVersion>", "<AppVersion>16.0300</AppVersion>")
            data = s.encode("utf-8")
        if kind == "xlsx" and name == "docProps/core.xml":
            import re
            s = data.decode("utf-8")
            s = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>%sZ\g<2>" % iso, s)
            data = s.encode("utf-8")
        zi = zipfile.ZipInfo(name, date_time=when.timetuple()[:6])
        zi.compress_type = info.compress_type
        zi.external_attr = info.external_attr
        out.append((zi, data))
    with zipfile.ZipFile(path, "w") as z:
        for zi, data in out:
            z.writestr(zi, data)


def pdf_date(dt):
    return dt.strftime("D:%Y%m%d%H%M%S+02'00'")


def fix_pdf(path, when, rng, creator=None, producer=None, title=None):
    rd = PdfReader(path)
    w = PdfWriter(clone_from=rd)
    meta = {"/CreationDate": pdf_date(when - datetime.timedelta(minutes=rng.randint(1, 90))), "/ModDate": pdf_date(when)}
    if creator:
        meta["/Creator"] = creator
    if producer:
        meta["/Producer"] = producer
    if title is not None:
        meta["/Title"] = title
    w.add_metadata(meta)
    if rd.trailer.get("/Root", {}).get("/AcroForm") is not None and rd.trailer["/Root"]["/AcroForm"].get("/NeedAppearances"):
        w.set_need_appearances_writer(True)
    with open(path, "wb") as fh:
        w.write(fh)
