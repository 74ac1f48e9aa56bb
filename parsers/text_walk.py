"""What the DOCX and ODT readers share while they walk a document: its lines, and its tables, including
the ones drawn with tabs instead of lines."""

from __future__ import annotations


class LinesAndTables:
    """The lines and tables found so far; paragraphs laid out with tabs ("Naam vereniging<tab>De Linde"),
    two or more in a row, are a table drawn without lines."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.tables: list[tuple[tuple[str, ...], ...]] = []
        self._tab_rows: list[tuple[str, ...]] = []

    def tab_row(self, line: str) -> None:
        cells = tuple(cell.strip() for cell in line.split("\t") if cell.strip())
        if len(cells) >= 2:
            self._tab_rows.append(cells)
        elif line.strip():
            self.end_tab_rows()

    def end_tab_rows(self) -> None:
        if len(self._tab_rows) >= 2:
            self.tables.append(tuple(self._tab_rows))
        self._tab_rows = []
