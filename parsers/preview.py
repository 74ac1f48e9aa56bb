"""What a person reads of a document in the console: a DOCX's paragraphs and tables in order, an e-mail's text.

Pure, like every parser: bytes in, plain values out, nothing raises. The console escapes every string it
shows; nothing here is markup.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any

from parsers.email_body import decode_text, html_to_text
from parsers.mime import HeadSink, read_mime

MAX_BLOCKS = 2000  # a readable preview, not the whole of a 500-page document
MAX_TEXT = 200_000


@dataclass(frozen=True)
class Block:
    kind: str  # "paragraph", "heading" or "table"
    text: str = ""
    rows: tuple[tuple[str, ...], ...] = ()


def docx_blocks(data: bytes) -> tuple[Block, ...] | None:
    """Paragraphs (headings marked) and tables of a DOCX's main part, in order; None when it cannot be read."""
    try:
        import docx
        from docx.oxml.ns import qn

        document = docx.Document(io.BytesIO(data))
        paragraph_tag, table_tag, sdt_tag = qn("w:p"), qn("w:tbl"), qn("w:sdt")
        row_tag, cell_tag, text_tag = qn("w:tr"), qn("w:tc"), qn("w:t")
        style_tag, content_tag = qn("w:pStyle"), qn("w:sdtContent")

        def text_of(element: Any) -> str:
            return "".join(node.text or "" for node in element.iter(text_tag))

        blocks: list[Block] = []

        def walk(container: Any) -> None:
            for child in container:
                if len(blocks) >= MAX_BLOCKS:
                    return
                if child.tag == paragraph_tag:
                    text = text_of(child).strip()
                    if not text:
                        continue
                    style = child.find(f".//{style_tag}")
                    name = (style.get(qn("w:val")) or "") if style is not None else ""
                    kind = "heading" if name.lower().startswith(("heading", "kop", "titre", "title")) else "paragraph"
                    blocks.append(Block(kind, text=text))
                elif child.tag == table_tag:
                    rows = []
                    for row in child.iter(row_tag):
                        cells = tuple("\n".join(text_of(p).strip() for p in cell.iter(paragraph_tag)).strip()
                                      for cell in row.iter(cell_tag) if _nearest(cell, row_tag) is row)
                        if any(cells):
                            rows.append(cells)
                    if rows:
                        blocks.append(Block("table", rows=tuple(rows)))
                elif child.tag == sdt_tag:
                    content = child.find(content_tag)
                    if content is not None:
                        walk(content)

        walk(document.element.body)
        return tuple(blocks)
    except Exception:  # noqa: BLE001 - a preview that fails is a download link, nothing more
        return None


def _nearest(element: Any, tag: str) -> Any:
    parent = element.getparent()
    while parent is not None and parent.tag != tag:
        parent = parent.getparent()
    return parent


def message_text(raw: bytes) -> str:
    """The text of an e-mail as its sender wrote it (plain parts, else the HTML parts as text), quotes included.

    Read by the one MIME reader; attachments are only counted, never kept (``HeadSink``)."""
    try:
        reading = read_mime(raw, HeadSink, text_limit=MAX_TEXT)
        plain = [part for part in reading.texts if part.content_type == "text/plain"]
        text = "\n".join(decode_text(part) for part in plain).strip()
        if not text:
            html = "\n".join(decode_text(part) for part in reading.texts if part.content_type == "text/html")
            text = html_to_text(html) if html else ""
        return text.replace("\r\n", "\n")[:MAX_TEXT]
    except Exception:  # noqa: BLE001 - an unreadable body is shown as such, never an error page
        return ""
