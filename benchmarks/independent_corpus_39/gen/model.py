"""A tiny document model shared by the form renderers (PDF AcroForm, DOCX,
ODT).  A design function returns a Doc; each renderer lays it out in its own
way, with per-design style options."""


class H:
    def __init__(self, text, level=1):
        self.text, self.level = text, level


class F:
    """One labelled input.  kind: text | multi | comb | date.  value '' = left
    empty.  hint = small instruction/example printed near the field."""

    def __init__(self, label, value="", kind="text", lines=1, maxlen=None, hint=None,
                 tip=None, w=None, name=None):
        self.label, self.value, self.kind, self.lines = label, value, kind, lines
        self.maxlen, self.hint, self.tip, self.w, self.name = maxlen, hint, tip, w, name


class R:
    """Several inputs on one line (each F.label is a small sub-label; F.w is
    the relative width)."""

    def __init__(self, fields, label=None):
        self.fields, self.label = fields, label


class C:
    """Check boxes: options, selected = list of chosen options."""

    def __init__(self, label, options, selected=(), tip=None, radio=False):
        self.label, self.options, self.selected = label, options, list(selected)
        self.tip, self.radio = tip, radio


class T:
    """A table.  rows: list of lists of cell strings.  field_cols: indexes of
    the columns that are inputs (PDF fields / content controls).  widths:
    relative widths."""

    def __init__(self, headers, rows, widths=None, field_cols=(), bold_rows=(), caption=None):
        self.headers, self.rows = headers, rows
        self.widths = widths or [1] * len(headers)
        self.field_cols, self.bold_rows, self.caption = set(field_cols), set(bold_rows), caption


class P:
    def __init__(self, text, style="normal"):
        self.text, self.style = text, style


class Box:
    """A framed box (e.g. 'reserved for the administration')."""

    def __init__(self, title, rows, fields=True):
        self.title, self.rows, self.fields = title, rows, fields


class Space:
    def __init__(self, h=8):
        self.h = h


class PageBreak:
    pass


class Doc:
    def __init__(self, title, items, subtitle=None, header_left=(), header_right=(),
                 footer=None, meta=None, intro=()):
        self.title, self.items, self.subtitle = title, items, subtitle
        self.header_left, self.header_right = list(header_left), list(header_right)
        self.footer, self.meta, self.intro = footer, meta or {}, list(intro)
