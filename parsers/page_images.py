"""Page images to read by OCR: the pages of a PDF without a text layer, and image files (photos, scans).

PDF pages are rendered with pypdfium2 (PDFium, the renderer of Chromium: it draws what a viewer shows,
including the images a scanner put on the page). Every page is made ready for tesseract the same way
(``parsers.ocr.prepare_photo``): upright, grey, even light, straightened.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import BinaryIO

import pypdfium2
import pypdfium2.raw as pdfium_c
from PIL import Image, ImageSequence, UnidentifiedImageError

from parsers.ocr import DPI, pgm_bytes, prepare_photo

MAX_OCR_PAGES = 10  # an application is a few pages; a 200-page scan is read as far as the time limit allows


MIN_PAGE_SIDE = 700  # px: a page photographed or scanned at 100 dpi or more; below it, a logo or an icon


class ImageError(ValueError):
    """The image file cannot be read."""


class SmallImage(ValueError):
    """An image too small to be a page (the logo in a signature): not read as a document."""


def pdf_page_images(stream: BinaryIO, *, max_pages: int = MAX_OCR_PAGES,
                    only: Sequence[int] | None = None) -> Iterator[bytes]:
    """Each page (up to ``max_pages``, or the pages ``only`` names) rendered at 300 dpi, prepared, as PGM."""
    stream.seek(0)
    document = pypdfium2.PdfDocument(stream)
    try:
        for index in (range(min(len(document), max_pages)) if only is None else only):
            page = document[index]
            try:
                bitmap = page.render(scale=DPI / 72, grayscale=True)
                image = bitmap.to_pil()
                yield pgm_bytes(prepare_photo(image))
                bitmap.close()
            finally:
                page.close()
    finally:
        document.close()


PAGE_PICTURE = 0.6  # of the page's area: a picture this large is the page (a scan, a photo), not a logo


@dataclass(frozen=True)
class PictureLayers:
    """What a PDF's pages are made of, for telling a scan from a document: the pages (of the first
    ``MAX_OCR_PAGES``) that are one large picture, and how their text is drawn."""
    pictured: tuple[int, ...]
    pages: int  # the pages looked at
    visible_text: int  # text objects drawn as text is, on any page looked at
    invisible_text: int  # drawn invisibly (render mode 3): another program's recognition, on any page

    @property
    def recognised_only(self) -> bool:
        """Every page a picture, its text the recognition drawn invisibly over it, beside at most an app's
        visible line ("Scanned with CamScanner"): a phone scanner app's PDF, an OCRmyPDF copy of a scan."""
        return bool(self.pictured) and len(self.pictured) == self.pages and self.invisible_text > 0 \
            and self.visible_text * 4 <= self.invisible_text


def pdf_picture_layers(stream: BinaryIO, *, max_pages: int = MAX_OCR_PAGES) -> PictureLayers:
    """Which pages are a picture of a page (a phone scanner app's PDF, a scan with a "Scanned with ..."
    line): PDFium's page objects, their bounds and, for text, its render mode."""
    stream.seek(0)
    document = pypdfium2.PdfDocument(stream)
    pictured: list[int] = []
    visible = invisible = 0
    try:
        for index in range(min(len(document), max_pages)):
            page = document[index]
            try:
                width, height = page.get_size()
                area = max(width * height, 1.0)
                largest, shown, hidden = 0.0, 0, 0
                for item in page.get_objects(max_depth=3):
                    if item.type == pdfium_c.FPDF_PAGEOBJ_IMAGE:
                        left, bottom, right, top = item.get_bounds()
                        largest = max(largest, (right - left) * (top - bottom) / area)
                    elif item.type == pdfium_c.FPDF_PAGEOBJ_TEXT:
                        if pdfium_c.FPDFTextObj_GetTextRenderMode(item.raw) == pdfium_c.FPDF_TEXTRENDERMODE_INVISIBLE:
                            hidden += 1
                        else:
                            shown += 1
                if largest >= PAGE_PICTURE:
                    pictured.append(index)
                visible, invisible = visible + shown, invisible + hidden
            finally:
                page.close()
        pages = min(len(document), max_pages)
    finally:
        document.close()
    return PictureLayers(tuple(pictured), pages, visible, invisible)


MAX_PICTURE_BYTES = 25 * 1024 * 1024  # one picture inside a Word or OpenDocument file, unpacked
MAX_PICTURES_BYTES = 60 * 1024 * 1024  # all the pictures looked at in one file
_PICTURE_FOLDERS = ("word/media/", "Pictures/")  # DOCX, ODT


def pasted_pictures(stream: BinaryIO, *, max_pictures: int = MAX_OCR_PAGES) -> list[bytes]:
    """The page-sized pictures inside a Word or OpenDocument file (a form photographed or scanned and pasted
    in), in the order of their names ("image1.jpg", "image2.png"), not its logos and icons, and not the file's
    own preview (``docProps/thumbnail``, ``Thumbnails/``)."""
    stream.seek(0)
    found: list[bytes] = []
    with zipfile.ZipFile(stream) as archive:
        names = sorted((info for info in archive.infolist() if info.filename.startswith(_PICTURE_FOLDERS)
                        and not info.is_dir()), key=lambda info: (len(info.filename), info.filename))
        spent = 0
        for info in names:
            if len(found) >= max_pictures or spent > MAX_PICTURES_BYTES:
                break  # a file of a thousand large pictures costs the budget, not its inflated size
            if info.file_size > MAX_PICTURE_BYTES:
                continue
            with archive.open(info) as member:
                data = member.read(MAX_PICTURE_BYTES + 1)
            spent += len(data)
            if len(data) > MAX_PICTURE_BYTES:
                continue  # larger than its entry said
            try:
                with Image.open(io.BytesIO(data)) as image:
                    if max(image.size) >= MIN_PAGE_SIDE:
                        found.append(data)
            except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError):
                continue  # a vector drawing (EMF, SVG) or a damaged picture: no page to read
    return found


def image_pages(stream: BinaryIO, *, max_pages: int = MAX_OCR_PAGES) -> list[bytes]:
    """The frames of an image file (one for JPEG/PNG, several for a multi-page TIFF), prepared, as PGM."""
    stream.seek(0)
    if stream.read(12)[4:8] == b"ftyp":
        # an iPhone's HEIC: Pillow reads it once libheif's opener (pillow-heif) is registered
        from pillow_heif import register_heif_opener

        register_heif_opener()
    stream.seek(0)
    try:
        with Image.open(stream) as image:
            if image.size[0] * image.size[1] > 60_000_000:
                raise ImageError(f"an image of {image.size[0]}x{image.size[1]} pixels is too large to read")
            if max(image.size) < MIN_PAGE_SIDE:
                raise SmallImage(f"a small picture ({image.size[0]}x{image.size[1]}, a logo or an icon?) "
                                 "is not read as a page")
            pages: list[bytes] = []
            for frame in ImageSequence.Iterator(image):
                if len(pages) >= max_pages:
                    break
                frame.load()
                pages.append(pgm_bytes(prepare_photo(frame)))  # it reads the frame, never changes it
            return pages
    except (ImageError, SmallImage):
        raise
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError) as exc:
        # the library's message names the file object; the type says enough
        raise ImageError(f"the image cannot be read: damaged or cut off ({type(exc).__name__})") from exc
