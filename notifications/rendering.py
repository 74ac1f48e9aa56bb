"""Render a mail from Jinja2 templates: one subject, text and HTML file per kind and language.

Templates are named ``<kind>.<language>.<part>.j2`` (part: ``subject``, ``txt``, ``html``; language: ``nl``,
``fr`` or ``bilingual``) and live in ``notifications/templates/``; a file with the same name in the
config's ``[notifications] templates_dir`` wins. HTML is autoescaped, so nothing an applicant wrote can
become markup; undefined placeholders are errors, not empty strings.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2

from config import Settings
from config.errors import NotificationError

TEMPLATES_DIR = Path(__file__).parent / "templates"


@dataclass(frozen=True)
class Rendered:
    subject: str
    text: str
    html: str


@lru_cache(maxsize=8)
def _environment(override: Path | None) -> jinja2.Environment:
    paths = [str(override)] if override else []
    paths.append(str(TEMPLATES_DIR))
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(paths),
        autoescape=jinja2.select_autoescape(enabled_extensions=("html.j2",), default_for_string=False),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    # text captured from a non-HTML template is plain text: it must be escaped when put into HTML
    environment.filters["as_text"] = lambda value: str.__str__(value)
    return environment


def template_language(language: str | None) -> str:
    """The template variant for an application's language: unsure means both languages."""
    return language if language in ("nl", "fr") else "bilingual"


def render(settings: Settings, kind: str, language: str, context: dict[str, Any]) -> Rendered:
    """Render the three parts of one mail; raises NotificationError naming the template that failed."""
    environment = _environment(settings.templates_dir)
    parts = {}
    for part in ("subject", "txt", "html"):
        name = f"{kind}.{language}.{part}.j2"
        try:
            parts[part] = environment.get_template(name).render(**context)
        except jinja2.TemplateError as exc:
            raise NotificationError(f"template {name}: {exc}") from exc
    subject = " ".join(parts["subject"].split())  # one line, whatever the template's whitespace
    return Rendered(subject=subject, text=parts["txt"], html=parts["html"])


def render_one(settings: Settings, name: str, context: dict[str, Any]) -> str:
    """Render one template by its file name (e.g. ``letter.html.j2``); raises NotificationError."""
    try:
        return _environment(settings.templates_dir).get_template(name).render(**context)
    except jinja2.TemplateError as exc:
        raise NotificationError(f"template {name}: {exc}") from exc
