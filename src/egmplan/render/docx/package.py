"""The package around the document: core properties, app.xml and the deterministic zip."""

from __future__ import annotations

import io
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
    props.language = word_language(view.language)
    if view.language != "en":
        _set_default_language(document, word_language(view.language))
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


# The language tags Word writes for the UN's languages (the region of each language's UN
# translation service's dictionaries; British English, as UN documents are spelt).
_WORD_LANGUAGES = {"en": "en-GB", "fr": "fr-FR", "es": "es-ES", "ru": "ru-RU", "zh": "zh-CN", "ar": "ar-SA"}


def word_language(language: str) -> str:
    """The language tag of a document in ``language`` (Word's proofing language)."""
    return _WORD_LANGUAGES.get(language, language)


def _set_default_language(document, tag: str) -> None:
    """The proofing language of every run that does not say otherwise: the document defaults'
    ``w:lang`` (East Asian and bidirectional scripts keep theirs: ``w:eastAsia``, ``w:bidi``)."""
    from docx.oxml.ns import qn

    for lang in document.styles.element.iter(qn("w:lang")):
        if lang.getparent().getparent().tag == qn("w:rPrDefault"):
            lang.set(qn("w:val"), tag)


_APP_XML = (
    b"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
    b'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    b"<Application>egmplan</Application><DocSecurity>0</DocSecurity>"
    b"<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc></Properties>"
)


def package_zip(document) -> bytes:
    """The package as a zip with fixed entry dates, order, permissions and compression:
    ``[Content_Types].xml`` first (as Office writes it), then ``_rels/.rels``, then the
    rest sorted by name.

    The members are what ``document.save`` writes (each part's blob, each part's
    relationships when it has any, the content types by python-docx's rule: a Default for
    ``rels``, ``xml`` and the standard extensions, an Override for every other part), taken
    from the parts directly: saving and then rewriting the zip compressed everything twice."""
    import zipfile

    from docx.opc.constants import CONTENT_TYPE as CT
    from docx.opc.oxml import CT_Types, serialize_part_xml
    from docx.opc.spec import default_content_types

    package = document.part.package
    defaults = {"rels": CT.OPC_RELATIONSHIPS, "xml": CT.XML}
    overrides = {}
    members = {"_rels/.rels": package.rels.xml}
    for part in package.iter_parts():
        extension = part.partname.ext.lower()
        if (extension, part.content_type) in default_content_types:
            defaults[extension] = part.content_type
        else:
            overrides[part.partname] = part.content_type
        members[part.partname.membername] = part.blob
        if len(part.rels):
            members[part.partname.rels_uri.membername] = part.rels.xml
    types = CT_Types.new()
    for extension in sorted(defaults):
        types.add_default(extension, defaults[extension])
    for partname in sorted(overrides):
        types.add_override(partname, overrides[partname])
    members["[Content_Types].xml"] = serialize_part_xml(types)

    first = ["[Content_Types].xml", "_rels/.rels"]
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w") as target:
        for name in first + sorted(n for n in members if n not in first):
            info = zipfile.ZipInfo(name, date_time=_ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            info.external_attr = 0
            target.writestr(info, members[name], compresslevel=6)
    return output.getvalue()
