"""PDF exporter: the print-styled HTML (``paged``: ``_print.css``, footnotes where cited) set
in pages by WeasyPrint, the optional extra ``egmplan[pdf]``.

WeasyPrint needs Pango from the system packages; it is imported only here, when a PDF is
made (start-up speed). The registry's ``probe`` (:func:`unavailable`) tells whether it loads.
The file is PDF/A-2u with tags (a structure tree for screen readers); its only instant is the
view's ``generated`` (SOURCE_DATE_EPOCH, else the date of issue) and its identifier is a hash of
its content, so the same view gives the same bytes.
"""

from __future__ import annotations

from datetime import datetime, timezone

from egmplan.render.registry import ExporterUnavailable

CANNOT_IMPORT = "the pdf format needs weasyprint, which cannot be imported: pip install 'egmplan[pdf]'"
NO_PANGO = ("the pdf format needs Pango from the system packages, which WeasyPrint cannot load: "
            "apt-get install libpango-1.0-0 libpangoft2-1.0-0 (Debian)")
VARIANT = "pdf/a-2u"


def _weasyprint():
    try:
        import weasyprint
    except ImportError as exc:
        raise ExporterUnavailable(CANNOT_IMPORT) from exc
    except OSError as exc:  # WeasyPrint is there, the Pango library it loads (cffi dlopen) is not
        raise ExporterUnavailable(NO_PANGO) from exc
    return weasyprint


def unavailable() -> str | None:
    """None when a PDF can be made here, else why not and what to install (the registry's probe)."""
    try:
        _weasyprint()
    except ExporterUnavailable as exc:
        return str(exc)
    return None


def render(view, *, templates: tuple[str, ...] = ()) -> bytes:
    """The annotated provisional agenda as PDF. The annex goes on landscape pages where the
    Word file's does (lanes too wide for the portrait page)."""
    from egmplan.render.docx.table import table_fit
    from egmplan.render.templates import render as render_template

    fit = table_fit(view.table.layout == "merged", len(view.table.lanes))
    html = render_template("agenda.html.j2", templates, view=view, paged=True, annex_fit=fit)
    return from_html(html, view.generated)


def render_orgwork(view, *, templates: tuple[str, ...] = ()) -> bytes:
    """The organization of work alone as PDF."""
    from egmplan.render.templates import render as render_template

    return from_html(render_template("orgwork.html.j2", templates, view=view, paged=True), view.generated)


def print_stylesheet(name: str) -> str:
    """A built-in print stylesheet from the templates folder."""
    from importlib.resources import files

    return files("egmplan").joinpath("templates", name).read_text(encoding="utf-8")


def from_html(html: str, instant: str | datetime, *, stylesheet: str | None = None) -> bytes:
    """An HTML document as PDF bytes. ``instant`` (ISO 8601, or a datetime) is its creation
    and modification date; ``stylesheet`` is added as a user stylesheet. Raises
    :class:`~egmplan.render.registry.ExporterUnavailable` when WeasyPrint cannot be loaded."""
    weasyprint = _weasyprint()
    if isinstance(instant, datetime):
        instant = instant.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    sheets = [weasyprint.CSS(string=stylesheet)] if stylesheet else None
    document = weasyprint.HTML(string=html, base_url=None).render(stylesheets=sheets)
    document.metadata.created = document.metadata.modified = instant
    # pdf_identifier=True: the file identifier is a hash of the content (pydyf), not random.
    return document.write_pdf(pdf_variant=VARIANT, pdf_tags=True, pdf_identifier=True)
