"""The changes between two drafts (``egmplan diff``) in French and Spanish.

The same listing and the same sentences as :mod:`egmplan.style.en_changes`, worded from the
phrases below; ``style`` is the language module (its ``LANGUAGE`` picks them). Values
(dates, times, ranges) are written by that module. Imported only when a diff is written.
"""

from __future__ import annotations

import re

from egmplan.style.en_changes import ChangeWording, _capital, _is_date

_PHRASES = {
    "fr": {
        "none": "(aucun)", "true": "oui", "false": "non",
        "title": "Modifications de {old} à {new}", "no_changes": "Aucune modification.",
        "sections": {"meeting": "Réunion", "sittings": "Séances", "agenda": "Ordre du jour",
                     "organization_of_work": "Organisation des travaux", "tracks": "Groupes parallèles",
                     "participants": "Participants", "deadlines": "Délais", "holidays": "Jours fériés"},
        "keys": {"timezone": "fuseau horaire du lieu de réunion", "short_body": "nom abrégé de l’organe",
                 "close_of_business": "fermeture des bureaux", "original_language": "langue originale",
                 "postponed_from": "dates annoncées initialement", "table_year": "année dans les dates du tableau",
                 "no_sitting": "pas de séance", "organization_of_work": "organisation des travaux",
                 "estimated_minutes": "minutes estimées", "title": "titre", "short_title": "titre abrégé",
                 "annotation": "annotation", "documentation": "documentation", "symbol": "cote",
                 "venue": "lieu", "dates": "dates", "number": "numéro", "body": "organe", "kind": "type",
                 "style": "style", "time": "heure", "language": "langue", "continued": "suite",
                 "name": "nom", "label": "libellé", "start": "début", "end": "fin", "date": "date"},
        "cob": "{date}, fermeture des bureaux ({time})",
        "track": "Groupe {name}", "item_first": "Point {n}", "item_next": "point {n}",
        "sitting_moved": "Séance déplacée : {sitting} → {times}.",
        "sitting_added": "Séance ajoutée : {sitting}.",
        "sitting_cancelled": "Séance annulée : {sitting}.",
        "deadline_moved": "Délai {name} déplacé : {before} → {after}.",
        "renumbered": "Le point {before} devient le point {after} : {name}.",
        "item_added": "{subject} ajouté : {title}.", "item_removed": "{subject} supprimé : {title}.",
        "renamed": "{subject} : nouveau titre, {before} → {after}.",
        "head": "{subject} : {label}",
        "edited": "{head} : révision : {words}", "reordered": "{head} : nouvel ordre : {value}.",
        "entry_added": "{owner} : ajout de {entry}.", "entry_removed": "{owner} : suppression de {entry}.",
        "added": "{head} : ajout{shown}.", "added_value": " ({value})",
        "removed": "{head} : suppression{shown}.", "removed_value": " (auparavant {value})",
        "changed": "{head} : {before} → {after}.",
        "no_longer": "ne comporte plus {rows}", "now": "comporte désormais {rows}",
        "rows_reordered": "lignes réordonnées : {rows}", "rows": "{where} : {parts}.",
        "retargeted": "Attention : la ligne « {number} » du {where} renvoie désormais au point {number} {title} ; "
                      "elle renvoyait à {old}",
        "retargeted_gone": ", qui a été supprimé.", "retargeted_now": ", désormais point {now}",
        "keep_key": ". Pour garder la ligne sur ce point, écrivez sa clé ({key}) au lieu du numéro.",
        "keep_number": (". Pour garder la ligne sur ce point, écrivez plutôt « {now} », ou donnez une clé au point "
                        "et écrivez la clé (une clé ne change pas quand les points sont renumérotés)."),
        "quote": "« {text} »",
    },
    "es": {
        "none": "(ninguno)", "true": "sí", "false": "no",
        "title": "Cambios de {old} a {new}", "no_changes": "No hay cambios.",
        "sections": {"meeting": "Reunión", "sittings": "Sesiones", "agenda": "Programa",
                     "organization_of_work": "Organización de los trabajos", "tracks": "Grupos paralelos",
                     "participants": "Participantes", "deadlines": "Plazos", "holidays": "Días feriados"},
        "keys": {"timezone": "huso horario de la sede", "short_body": "nombre abreviado del órgano",
                 "close_of_business": "cierre de la jornada laboral", "original_language": "idioma original",
                 "postponed_from": "fechas anunciadas inicialmente", "table_year": "año en las fechas del cuadro",
                 "no_sitting": "sin sesión", "organization_of_work": "organización de los trabajos",
                 "estimated_minutes": "minutos estimados", "title": "título", "short_title": "título abreviado",
                 "annotation": "anotación", "documentation": "documentación", "symbol": "signatura",
                 "venue": "sede", "dates": "fechas", "number": "número", "body": "órgano", "kind": "tipo",
                 "style": "estilo", "time": "hora", "language": "idioma", "continued": "continuación",
                 "name": "nombre", "label": "etiqueta", "start": "inicio", "end": "fin", "date": "fecha"},
        "cob": "{date}, cierre de la jornada laboral ({time})",
        "track": "Grupo {name}", "item_first": "Tema {n}", "item_next": "tema {n}",
        "sitting_moved": "Sesión trasladada: {sitting} → {times}.",
        "sitting_added": "Sesión añadida: {sitting}.",
        "sitting_cancelled": "Sesión cancelada: {sitting}.",
        "deadline_moved": "Plazo {name} trasladado: {before} → {after}.",
        "renumbered": "El tema {before} pasa a ser el tema {after}: {name}.",
        "item_added": "{subject} añadido: {title}.", "item_removed": "{subject} suprimido: {title}.",
        "renamed": "{subject}: nuevo título, {before} → {after}.",
        "head": "{subject}: {label}",
        "edited": "{head}: revisión: {words}", "reordered": "{head}: nuevo orden: {value}.",
        "entry_added": "{owner}: adición de {entry}.", "entry_removed": "{owner}: supresión de {entry}.",
        "added": "{head}: adición{shown}.", "added_value": " ({value})",
        "removed": "{head}: supresión{shown}.", "removed_value": " (antes {value})",
        "changed": "{head}: {before} → {after}.",
        "no_longer": "ya no figura {rows}", "now": "ahora figura {rows}",
        "rows_reordered": "filas reordenadas: {rows}", "rows": "{where}: {parts}.",
        "retargeted": "Advertencia: la fila “{number}” del {where} remite ahora al tema {number} {title}; "
                      "remitía a {old}",
        "retargeted_gone": ", que se suprimió.", "retargeted_now": ", ahora tema {now}",
        "keep_key": ". Para mantener la fila en ese tema, escriba su clave ({key}) en lugar del número.",
        "keep_number": (". Para mantener la fila en ese tema, escriba “{now}” en su lugar, o dé una clave al tema "
                        "y escriba la clave (una clave no cambia cuando se renumeran los temas)."),
        "quote": "“{text}”",
    },
}


class LocalChangeWording(ChangeWording):
    """:class:`egmplan.style.en_changes.ChangeWording` with the sentences in ``style``'s language."""

    def __init__(self, style, clock, markdown, user):
        super().__init__(style, clock, markdown, user)
        self.w = _PHRASES[style.LANGUAGE]

    def quoted(self, text) -> str:
        return self.w["quote"].format(text=self.user(str(text)))

    def value(self, value) -> str:
        if value is None:
            return self.w["none"]
        if isinstance(value, bool):
            return self.w["true"] if value else self.w["false"]
        if isinstance(value, (list, tuple)) and not value:
            return self.w["none"]
        return super().value(value)

    def deadline(self, moment) -> str:
        day, clock, cob = moment
        text = self.style.format_date(day, weekday=True)
        if cob:
            return self.w["cob"].format(date=text, time=self.style.format_time(clock, self.clock))
        return f"{text}, {self.style.format_time(clock, self.clock)}" if clock else text

    def title(self, old_name: str, new_name: str) -> str:
        return self.w["title"].format(old=old_name, new=new_name)

    def no_changes(self) -> str:
        return self.w["no_changes"]

    def section_title(self, section: str) -> str:
        return self.w["sections"].get(section) or _capital(section.replace("_", " "))

    def label(self, change) -> str:
        """The key a change is at, in words, most specific first: "heure (style)"."""
        anchor = change.anchor
        rest = change.path[len(anchor):] if anchor and change.path.startswith(anchor) else change.path
        keys = [k for k in re.split(r"[.\[\]]+", rest) if k and not k.isdigit() and not _is_date(k)]
        if anchor == "" and keys and keys[0] == change.section and len(keys) > 1:
            keys = keys[1:]
        if keys[-1:] in (["start"], ["end"]) and isinstance(change.before or change.after, tuple):
            keys = keys[:-1]  # a date range is one value
        words = [self.w["keys"].get(k, k.replace("_", " ")) for k in keys]
        if not words:
            return self.w["keys"].get(change.field, change.field.replace("_", " "))
        # Romance word order: the key itself first, what it belongs to after it in brackets.
        return words[-1] + (f" ({', '.join(reversed(words[:-1]))})" if len(words) > 1 else "")

    def subject(self, change) -> str:
        parts = []
        if change.track:
            parts.append(self.w["track"].format(name=self.quoted(change.track)))
        if change.item:
            parts.append((self.w["item_next"] if parts else self.w["item_first"]).format(n=change.item))
        elif change.name and change.section in ("participants", "deadlines"):
            parts.append(self.quoted(change.name))
        elif change.day:
            parts.append(self.style.format_date(change.day, weekday=True))
        return ", ".join(parts)

    def _sentence(self, change) -> str:
        w = self.w
        kind = change.kind
        subject = self.subject(change)
        if kind == "sitting_moved":
            return w["sitting_moved"].format(sitting=self.sitting(change.day, change.before),
                                             times=self.times(change.after))
        if kind == "sitting_added":
            return w["sitting_added"].format(sitting=self.sitting(change.day, change.after))
        if kind == "sitting_cancelled":
            return w["sitting_cancelled"].format(sitting=self.sitting(change.day, change.before))
        if kind == "rows_changed":
            return self._rows(change)
        if kind == "row_retargeted":
            return self._retargeted(change)
        if kind == "deadline_moved":
            return w["deadline_moved"].format(name=self.quoted(change.name), before=self.deadline(change.before),
                                              after=self.deadline(change.after))
        if kind == "renumbered":
            return w["renumbered"].format(before=change.before, after=change.after, name=self.quoted(change.name))
        if change.field == "agenda" and kind in ("added", "removed"):
            title = change.after if kind == "added" else change.before
            return w[f"item_{kind}"].format(subject=subject, title=self.quoted(title))
        if change.item and kind == "changed" and change.path == change.anchor + ".title":
            return w["renamed"].format(subject=subject, before=self.quoted(change.before),
                                       after=self.quoted(change.after))
        label = self.label(change)
        head = w["head"].format(subject=subject, label=label) if subject else _capital(label)
        if kind == "edited":
            return w["edited"].format(head=head, words=self.words(change.words))
        if kind == "reordered":
            return w["reordered"].format(head=head, value=self.value(change.after))
        if kind in ("added", "removed") and (change.name or change.track) and change.field in (
                "participants", "deadlines", "tracks", "documentation"):
            entry = change.name or change.track
            field = w["sections"].get(change.field) or w["keys"].get(change.field, change.field)
            owner = w["head"].format(subject=subject, label=field.lower()) if change.item else _capital(field)
            return w[f"entry_{kind}"].format(owner=owner, entry=self.quoted(entry))
        if kind == "added":
            shown = "" if (change.name and isinstance(change.after, dict)) else \
                w["added_value"].format(value=self.value(change.after))
            return w["added"].format(head=head, shown=shown)
        if kind == "removed":
            shown = "" if (change.name and isinstance(change.before, dict)) else \
                w["removed_value"].format(value=self.value(change.before))
            return w["removed"].format(head=head, shown=shown)
        if change.path == "meeting.number":
            return w["changed"].format(head=head, before=self.style.ordinal_word(change.before),
                                       after=self.style.ordinal_word(change.after))
        return w["changed"].format(head=head, before=self.value(change.before), after=self.value(change.after))

    def _rows(self, change) -> str:
        w = self.w
        where = self.sitting(change.day, change.times)
        if change.track:
            where += f" ({self.user(change.track)})"
        before, after = self._printed(change.before), self._printed(change.after)
        removed = [r for r in before if r not in after]
        added = [r for r in after if r not in before]
        parts = []
        if removed:
            parts.append(w["no_longer"].format(rows="; ".join(self.user(r) for r in removed)))
        if added:
            parts.append(w["now"].format(rows="; ".join(self.user(r) for r in added)))
        if not parts:
            parts.append(w["rows_reordered"].format(rows="; ".join(self.user(r) for r in after)))
        return w["rows"].format(where=where, parts="; ".join(parts))

    def _retargeted(self, change) -> str:
        w = self.w
        number, title = change.after
        where = self.sitting(change.day, change.times)
        if change.track:
            where += f" ({self.user(change.track)})"
        text = w["retargeted"].format(number=number, where=where, title=self.quoted(title),
                                      old=self.quoted(change.before[1]))
        if change.now is None:
            return text + w["retargeted_gone"]
        text += w["retargeted_now"].format(now=change.now)
        if change.name:
            key = f"`{change.name}`" if self.markdown else change.name
            return text + w["keep_key"].format(key=key)
        return text + w["keep_number"].format(now=change.now)
