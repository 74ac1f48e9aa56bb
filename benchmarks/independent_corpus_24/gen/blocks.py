"""Building blocks of a form, shared by all renderers.

A form is a list of dicts.  Every renderer reads the same blocks but lays them
out according to the form's own style dict, so that each mail gets its own design.
"""


def T(text, sub=None):
    """Form title (and optional subtitle)."""
    return {"t": "title", "text": text, "sub": sub}


def HD(lines, right=None, logo=None):
    """Issuer header: lines top-left, optional box top-right (e.g. 'cadre réservé')."""
    return {"t": "header", "lines": lines, "right": right, "logo": logo}


def S(text, num=None, alt=None):
    """Section heading."""
    return {"t": "section", "text": text, "num": num, "alt": alt}


def N(text, box=False):
    """Printed instructions between the boxes."""
    return {"t": "note", "text": text, "box": box}


def P(text, color=None):
    """Free paragraph (e.g. text typed by the applicant in a free zone)."""
    return {"t": "para", "text": text, "color": color}


def F(label, value, alt=None, num=None, lines=1, tip=None, hint=None, w=None,
      tiponly=False, under=False, dots=None):
    """One question/answer.

    alt: label in the other language; num: printed question number;
    lines: answer height in lines; tip: tooltip text (PDF widgets);
    hint: small printed help line; w: relative width inside a row;
    tiponly: label only in the tooltip; under: answer on the line under the question;
    dots: force/forbid dotted leader.
    """
    return {"t": "field", "label": label, "value": value, "alt": alt, "num": num,
            "lines": lines, "tip": tip, "hint": hint, "w": w, "tiponly": tiponly,
            "under": under, "dots": dots}


def R(*fields, label=None):
    """Several fields on one line (label: optional printed lead label for the row)."""
    return {"t": "row", "fields": list(fields), "label": label}


def CK(label, opts, alt=None, num=None):
    """Tick boxes: opts = [(text, checked), ...]."""
    return {"t": "checks", "label": label, "opts": opts, "alt": alt, "num": num}


def BX(label, value, n, alt=None):
    """Digit boxes (SIRET, RNA, KBO number...)."""
    return {"t": "boxes", "label": label, "value": value, "n": n, "alt": alt}


def TB(headers, rows, widths=None, bold=(), title=None, fill_labels=False, note=None):
    """Table (budget, people...). rows: lists of strings. bold: row indexes printed bold."""
    return {"t": "table", "headers": headers, "rows": rows, "widths": widths,
            "bold": set(bold), "title": title, "fill_labels": fill_labels, "note": note}


def SG(items):
    """Signature/date block: [(label, value), ...]."""
    return {"t": "sign", "items": items}


def GAP(h=8):
    return {"t": "gap", "h": h}


def PB():
    return {"t": "pagebreak"}
