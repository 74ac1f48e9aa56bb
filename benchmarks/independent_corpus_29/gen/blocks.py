"""Tiny form model shared by all renderers.

A form is {"style": {...}, "blocks": [...]}; each block is a dict with key "t".
Values are strings exactly as the (hurried) applicant typed them; numbers
(int/float) are allowed in spreadsheets and rendered as numeric cells.
"""


def T(text, **o):            # form title
    return dict(t="title", text=text, **o)


def S(text, **o):            # sub-title / issuing body / small header line
    return dict(t="sub", text=text, **o)


def N(text, **o):            # printed instruction / note (never an answer)
    return dict(t="note", text=text, **o)


def P(text, **o):            # plain paragraph typed by the applicant
    return dict(t="para", text=text, **o)


def H(text, **o):            # section heading
    return dict(t="h", text=text, **o)


def F(label, value="", **o):  # one label + answer
    return dict(t="f", label=label, value=value, **o)


def FF(*fields, **o):        # several label/answer pairs on one line
    return dict(t="ff", fields=list(fields), **o)


def TB(headers, rows, **o):  # table; o: widths (fractions), static_cols, bold_rows
    return dict(t="table", headers=headers, rows=rows, **o)


def CK(label, options, **o):  # check boxes: options = [(text, checked_bool)]
    return dict(t="check", label=label, options=options, **o)


def SIG(text, **o):          # date / signature line
    return dict(t="sig", text=text, **o)


def BR():
    return dict(t="br")


def SP(h=8):
    return dict(t="sp", h=h)


def fmt_value(v):
    if v is None or v is False:
        return ""
    if v is True:
        return "X"
    if isinstance(v, float):
        s = f"{v:,.2f}".replace(",", " ")
        return s
    return str(v)


def labels_of(form):
    """Signature of a layout: format-independent list of printed labels."""
    out = []
    for b in form["blocks"]:
        if b["t"] in ("title", "h"):
            out.append(b["text"])
        elif b["t"] == "f":
            out.append(b["label"])
        elif b["t"] == "ff":
            out.extend(f["label"] for f in b["fields"])
        elif b["t"] == "table":
            out.extend(str(h) for h in b["headers"])
        elif b["t"] == "check":
            out.append(b["label"])
    return out
