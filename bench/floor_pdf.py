"""The floor for PDF output: WeasyPrint alone sets the same print-styled HTML that egmplan
gives it, with the same options (tagged PDF/A-2u), in a process of its own.

    python bench/floor_pdf.py prepare MEETING.yaml PAGE.html        # once: the HTML egmplan renders
    python bench/floor_pdf.py render PAGE.html OUT.pdf [PAGE OUT]...  # measured
"""

import sys
from pathlib import Path


def prepare(meeting: Path, page: Path) -> None:
    from egmplan.loader import load_meeting
    from egmplan.render.docx.table import table_fit
    from egmplan.render.templates import render
    from egmplan.render.view import build_view

    view = build_view(load_meeting(meeting).meeting)
    fit = table_fit(view.table.layout == "merged", len(view.table.lanes))
    page.write_text(render("agenda.html.j2", (), view=view, paged=True, annex_fit=fit), encoding="utf-8")


def render_pdf(page: Path, out: Path) -> None:
    import weasyprint

    out.write_bytes(weasyprint.HTML(string=page.read_text(encoding="utf-8")).write_pdf(
        pdf_variant="pdf/a-2u", pdf_tags=True, pdf_identifier=True))


if __name__ == "__main__":
    if sys.argv[1] == "prepare":
        prepare(Path(sys.argv[2]), Path(sys.argv[3]))
    else:
        for page, out in zip(sys.argv[2::2], sys.argv[3::2]):
            render_pdf(Path(page), Path(out))
