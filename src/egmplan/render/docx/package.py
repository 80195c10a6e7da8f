"""The package around the document: core properties, app.xml and the deterministic zip."""

from __future__ import annotations

from datetime import datetime, timezone

# Fixed zip entry date: the earliest a zip can hold (reproducible-builds.org).
_ZIP_DATE = (1980, 1, 1, 0, 0, 0)


def set_properties(document, view, timestamp: datetime) -> None:
    """Core properties from the view; the one instant is ``timestamp``. The template's
    thumbnail and custom XML are dropped, and app.xml names no application version."""
    props = document.core_properties
    instant = timestamp.astimezone(timezone.utc).replace(tzinfo=None, microsecond=0)
    props.created = instant
    props.modified = instant
    props.revision = 1
    props.title = view.title
    props.subject = f"{view.masthead.body}, {view.masthead.session.lower()}"[:255]
    props.author = "egmplan"
    props.last_modified_by = "egmplan"
    props.keywords = view.masthead.symbol or ""
    props.comments = ""
    props.category = ""
    props.language = "en-GB" if view.language == "en" else view.language
    props.identifier = view.masthead.symbol or view.meeting_id

    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    package = document.part.package
    for rel_id, rel in list(package.rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            del package.rels[rel_id]
        elif rel.reltype == RT.EXTENDED_PROPERTIES:
            rel.target_part._blob = _APP_XML
    for rel_id, rel in list(document.part.rels.items()):
        if rel.reltype in (RT.CUSTOM_XML, "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"):
            del document.part.rels[rel_id]
    settings = document.settings.element
    from docx.oxml.ns import qn

    for tag in ("w:savePreviewPicture", "w:attachedTemplate"):
        for element in settings.findall(qn(tag)):
            settings.remove(element)


_APP_XML = (
    b"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
    b'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    b"<Application>egmplan</Application><DocSecurity>0</DocSecurity>"
    b"<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc></Properties>"
)


def normalize_zip(data: bytes) -> bytes:
    """Rewrite the package with fixed entry dates, order, permissions and compression:
    ``[Content_Types].xml`` first (as Office writes it), then ``_rels/.rels``, then the
    rest sorted by name."""
    import io
    import zipfile

    source = zipfile.ZipFile(io.BytesIO(data))
    names = source.namelist()
    first = [n for n in ("[Content_Types].xml", "_rels/.rels") if n in names]
    order = first + sorted(n for n in names if n not in first)
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w") as target:
        for name in order:
            info = zipfile.ZipInfo(name, date_time=_ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            info.external_attr = 0
            target.writestr(info, source.read(name), compresslevel=6)
    return output.getvalue()
