"""Page images to read by OCR: the pages of a PDF without a text layer, and image files (photos, scans).

PDF pages are rendered with pypdfium2 (PDFium, the renderer of Chromium: it draws what a viewer shows,
including the images a scanner put on the page). Every page is made ready for tesseract the same way
(``parsers.ocr.prepare_photo``): upright, grey, even light, straightened.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

import pypdfium2
from PIL import Image, ImageSequence, UnidentifiedImageError

from parsers.ocr import DPI, pgm_bytes, prepare_photo

MAX_OCR_PAGES = 10  # an application is a few pages; a 200-page scan is read as far as the time limit allows


MIN_PAGE_SIDE = 700  # px: a page photographed or scanned at 100 dpi or more; below it, a logo or an icon


class ImageError(ValueError):
    """The image file cannot be read."""


class SmallImage(ValueError):
    """An image too small to be a page (the logo in a signature): not read as a document."""


def pdf_page_images(stream: BinaryIO, *, max_pages: int = MAX_OCR_PAGES) -> Iterator[bytes]:
    """Each page (up to ``max_pages``) rendered at 300 dpi, prepared, as PGM bytes."""
    stream.seek(0)
    document = pypdfium2.PdfDocument(stream)
    try:
        for index in range(min(len(document), max_pages)):
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
