"""Excel .xlsx renderer (openpyxl): a 'Fiche' sheet and a 'Budget' sheet.

Blocks before the first PB() go to the Fiche sheet, the rest to the Budget sheet.
Table cells may be numbers; a cell {'sum': True, 'v': x} becomes a SUM formula over
the rows above in that column, with x written as the cached value (as Excel would).
"""
import datetime
import io
import re
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from common import normalise_zip

DEFAULT = {
    "font": "Calibri", "size": 11, "lab_col": 1, "alt_col": None, "val_col": 2, "val_span": 3,
    "widths": {"A": 38, "B": 44, "C": 14, "D": 14, "E": 14}, "fill": "DDEBF7", "sec_fill": "1F4E78",
    "sec_font": "FFFFFF", "ans_color": None, "val_border": True, "num_fmt": '#,##0.00 "€"',
    "b_widths": {"A": 44, "B": 16, "C": 4, "D": 40, "E": 16}, "budget_layout": "stacked",
    "creator": "", "created": (2019, 5, 4, 8, 30), "sheet_names": ("Fiche", "Budget"),
    "extra_sheet": None, "title_row": 1, "bi": None,
}

thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


class XlsxForm:
    def __init__(self, style):
        self.s = dict(DEFAULT)
        self.s.update(style)
        s = self.s
        self.wb = Workbook()
        self.ws = self.wb.active
        self.ws.title = s["sheet_names"][0]
        self.r = s["title_row"]
        self.cached = []  # (sheet title, cell ref, value)
        for k, v in s["widths"].items():
            self.ws.column_dimensions[k].width = v
        self.sheet_no = 0

    def font(self, bold=False, italic=False, size=None, color=None):
        return Font(name=self.s["font"], size=size or self.s["size"], bold=bold, italic=italic, color=color)

    def lab(self, b):
        lab = b.get("label") or ""
        if b.get("num"):
            lab = "%s %s" % (b["num"], lab)
        if b.get("alt") and self.s["bi"] == "slash" and not self.s["alt_col"]:
            lab += " / " + b["alt"]
        return lab

    def put_val(self, row, value, lines=1):
        s = self.s
        ws = self.ws
        c = ws.cell(row=row, column=s["val_col"], value=value if value not in (None, "") else None)
        c.font = self.font(color=s["ans_color"])
        if isinstance(value, float):
            c.number_format = s["num_fmt"]
        c.alignment = Alignment(wrap_text=lines > 1 or isinstance(value, str) and len(value) > 60,
                                vertical="top")
        if s["val_span"] > 1:
            ws.merge_cells(start_row=row, start_column=s["val_col"], end_row=row,
                           end_column=s["val_col"] + s["val_span"] - 1)
        if s["val_border"]:
            for k in range(s["val_col"], s["val_col"] + s["val_span"]):
                ws.cell(row=row, column=k).border = BOX
        if lines > 1:
            ws.row_dimensions[row].height = 15 * lines

    # ------------------------------------------------------------ blocks
    def render(self, blocks):
        for b in blocks:
            getattr(self, "b_" + b["t"])(b)
        if self.s["extra_sheet"]:
            name, lines = self.s["extra_sheet"]
            ws = self.wb.create_sheet(name)
            ws.column_dimensions["A"].width = 110
            for i, ln in enumerate(lines, 1):
                ws.cell(row=i, column=1, value=ln).alignment = Alignment(wrap_text=True)
        self.wb.properties.creator = self.s["creator"]
        self.wb.properties.lastModifiedBy = self.s.get("_editor", self.s["creator"])
        when = datetime.datetime(*self.s["created"])
        self.wb.properties.created = when
        buf = io.BytesIO()
        self.wb.save(buf)
        mod = self.s.get("_when") or when + datetime.timedelta(days=2, hours=5)
        data = self.patch(buf.getvalue(), mod)
        app = lambda b: re.sub(rb"<Application>[^<]*</Application>", b"<Application>Microsoft Excel</Application>", b)
        return normalise_zip(data, when=(mod.year, mod.month, mod.day, mod.hour, mod.minute, 0),
                             patch={"docProps/app.xml": app})

    def patch(self, data, modified):
        zin = zipfile.ZipFile(io.BytesIO(data))
        out = io.BytesIO()
        titles = [ws.title for ws in self.wb.worksheets]
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
            for n in zin.namelist():
                d = zin.read(n)
                if n == "docProps/core.xml":
                    d = re.sub(rb"<dcterms:modified([^>]*)>[^<]*</dcterms:modified>",
                               b"<dcterms:modified\\1>" + modified.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
                               + b"</dcterms:modified>", d)
                m = re.match(r"xl/worksheets/sheet(\d+)\.xml", n)
                if m:
                    title = titles[int(m.group(1)) - 1]
                    for (t, ref, v) in self.cached:
                        if t != title:
                            continue
                        pat = re.compile(rb'(<c r="' + ref.encode() + rb'"[^>]*>)<f>([^<]*)</f><v\s*/>')
                        pat2 = re.compile(rb'(<c r="' + ref.encode() + rb'"[^>]*>)<f>([^<]*)</f><v>\s*</v>')
                        rep = lambda mm: mm.group(1) + b"<f>" + mm.group(2) + b"</f><v>" + _num(v).encode() + b"</v>"
                        d, k = pat.subn(rep, d)
                        if not k:
                            d, k = pat2.subn(rep, d)
                        assert k == 1, (ref, d[:200])
                zout.writestr(n, d)
        return out.getvalue()

    def b_pagebreak(self, b):
        s = self.s
        self.sheet_no += 1
        self.ws = self.wb.create_sheet(s["sheet_names"][self.sheet_no])
        for k, v in s["b_widths"].items():
            self.ws.column_dimensions[k].width = v
        self.r = 1

    def b_gap(self, b):
        self.r += 1

    def b_header(self, b):
        for i, ln in enumerate(b["lines"]):
            self.ws.cell(row=self.r, column=1, value=ln).font = self.font(bold=i == 0, size=9 if i else 10)
            self.r += 1
        if b.get("right"):
            col = self.s["val_col"] + self.s["val_span"] - 1
            for i, ln in enumerate(b["right"]):
                c = self.ws.cell(row=self.r - len(b["lines"]) + i, column=col + 1, value=ln)
                c.font = self.font(italic=i == 0, size=8)
        self.r += 1

    def b_title(self, b):
        c = self.ws.cell(row=self.r, column=1, value=b["text"])
        c.font = self.font(bold=True, size=14)
        self.r += 1
        if b["sub"]:
            self.ws.cell(row=self.r, column=1, value=b["sub"]).font = self.font(italic=True, size=9)
            self.r += 1
        self.r += 1

    def b_section(self, b):
        s = self.s
        txt = b["text"] if not b.get("num") else "%s %s" % (b["num"], b["text"])
        if b.get("alt"):
            txt += " / " + b["alt"]
        last = s["val_col"] + s["val_span"] - 1
        for k in range(1, last + 1):
            self.ws.cell(row=self.r, column=k).fill = PatternFill("solid", fgColor=s["sec_fill"])
        c = self.ws.cell(row=self.r, column=1, value=txt)
        c.font = self.font(bold=True, color=s["sec_font"])
        self.r += 1

    def b_note(self, b):
        s = self.s
        last = s["val_col"] + s["val_span"] - 1
        c = self.ws.cell(row=self.r, column=1, value=b["text"])
        c.font = self.font(italic=True, size=9, color="595959")
        c.alignment = Alignment(wrap_text=True, vertical="top")
        self.ws.merge_cells(start_row=self.r, start_column=1, end_row=self.r, end_column=last)
        self.ws.row_dimensions[self.r].height = 13 * (1 + len(b["text"]) // 110)
        self.r += 1

    def b_para(self, b):
        self.b_note({"text": b["text"]})

    def b_field(self, b):
        s = self.s
        c = self.ws.cell(row=self.r, column=s["lab_col"], value=self.lab(b))
        c.font = self.font(bold=s.get("lab_bold", False))
        c.alignment = Alignment(wrap_text=True, vertical="top")
        if s["fill"]:
            c.fill = PatternFill("solid", fgColor=s["fill"])
        if s["alt_col"] and b.get("alt"):
            a = self.ws.cell(row=self.r, column=s["alt_col"], value=b["alt"])
            a.font = self.font(italic=True, color="595959")
            if s["fill"]:
                a.fill = PatternFill("solid", fgColor=s["fill"])
        if b.get("under"):
            self.r += 1
        self.put_val(self.r, b["value"], b["lines"])
        self.r += 1
        if b.get("hint"):
            self.ws.cell(row=self.r, column=s["val_col"], value=b["hint"]).font = self.font(italic=True, size=8,
                                                                                          color="808080")
            self.r += 1

    def b_row(self, b):
        for f in b["fields"]:
            self.b_field(f)

    def b_checks(self, b):
        txt = "   ".join("%s %s" % ("x" if on else "o", o) for o, on in b["opts"])
        self.b_field({"label": b["label"], "alt": b.get("alt"), "num": b.get("num"), "value": txt, "lines": 1})

    def b_boxes(self, b):
        self.b_field({"label": b["label"], "alt": b.get("alt"), "value": b["value"], "lines": 1})

    def b_sign(self, b):
        self.r += 1
        for lab, val in b["items"]:
            self.ws.cell(row=self.r, column=1, value=lab)
            if val:
                self.ws.cell(row=self.r, column=2, value=val).font = self.font(color=self.s["ans_color"])
            self.r += 1

    def b_table(self, b):
        s = self.s
        ws = self.ws
        col0 = b.get("col0", 1) if isinstance(b, dict) else 1
        if s["budget_layout"] == "side" and b.get("side"):
            col0 = 4
            r0 = self.side_r0
        else:
            r0 = self.r
            self.side_r0 = r0
        r = r0
        if b.get("title"):
            ws.cell(row=r, column=col0, value=b["title"]).font = self.font(bold=True, size=12)
            r += 1
        for i, h in enumerate(b["headers"]):
            c = ws.cell(row=r, column=col0 + i, value=h)
            c.font = self.font(bold=True)
            c.fill = PatternFill("solid", fgColor="D9D9D9")
            c.border = BOX
        r += 1
        first = r
        plain_rows = []
        for ri, row in enumerate(b["rows"]):
            bold = ri in b["bold"]
            for ci, v in enumerate(row):
                col = col0 + ci
                c = ws.cell(row=r, column=col)
                if isinstance(v, dict) and v.get("sum"):
                    letter = get_column_letter(col)
                    refs = [pr for pr in plain_rows]
                    c.value = "=SUM(%s%d:%s%d)" % (letter, refs[0], letter, refs[-1])
                    self.cached.append((ws.title, "%s%d" % (letter, r), v["v"]))
                    c.number_format = s["num_fmt"]
                elif isinstance(v, (int, float)):
                    c.value = v
                    c.number_format = s["num_fmt"]
                else:
                    c.value = v if v != "" else None
                c.font = self.font(bold=bold, color=s["ans_color"] if ci else None)
                c.border = BOX
            if not bold:
                plain_rows.append(r)
            r += 1
        if b.get("note"):
            ws.cell(row=r, column=col0, value=b["note"]).font = self.font(italic=True, size=9)
            r += 1
        self.r = max(self.r, r + 1)


def _num(v):
    if float(v) == int(v):
        return str(int(v))
    return repr(float(v))


def render(blocks, style):
    return XlsxForm(style).render(blocks)
