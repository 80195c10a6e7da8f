"""The changes between two drafts (``egmplan diff``) in French, Spanish, Russian and Chinese.

The same listing and the same sentences as :mod:`egmplan.style.en_changes`, worded from the
phrases below; ``style`` is the language's package (its ``LANGUAGE`` picks them). Values
(dates, times, ranges) are written by that package. Imported only when a diff is written.
"""

from __future__ import annotations

import re
from datetime import date, time

from egmplan.style.en_changes import ChangeWording, _capital, _is_date

_PHRASES = {
    "fr": {
        "none": "(aucun)", "true": "oui", "false": "non",
        "title": "Modifications de {old} à {new}", "no_changes": "Aucune modification.",
        "sections": {"meeting": "Réunion", "sittings": "Séances", "agenda": "Ordre du jour",
                     "organization_of_work": "Organisation des travaux", "tracks": "Groupes parallèles",
                     "participants": "Participants", "deadlines": "Délais", "holidays": "Jours fériés"},
        "keys": {"address": "adresse", "addresses": "adresses", "connections": "connexions", "count": "nombre", "country": "pays", "deadlines_section": "section des délais", "delegates": "délégués", "delegation": "délégation", "distribution": "distribution", "documentation_note": "note sur la documentation", "format": "format", "heading": "intitulé", "holidays": "jours fériés", "honorific": "titre de civilité", "issued": "date de publication", "item": "point", "key": "clef", "languages": "langues", "layout": "présentation du tableau", "note": "note", "presentation_minutes": "minutes par exposé", "presentations": "exposés", "reason": "motif", "revision": "révision", "role": "rôle", "session_line": "ligne de session", "speakers": "orateurs", "speaking": "temps de parole", "statement_minutes": "minutes par déclaration", "statements": "déclarations", "status": "statut", "to_be_announced": "à annoncer", "zone": "fuseau horaire", "timezone": "fuseau horaire du lieu de réunion", "short_body": "nom abrégé de l’organe",
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
        "keys": {"address": "dirección", "addresses": "direcciones", "connections": "conexiones", "count": "número", "country": "país", "deadlines_section": "sección de plazos", "delegates": "delegados", "delegation": "delegación", "distribution": "distribución", "documentation_note": "nota sobre la documentación", "format": "formato", "heading": "encabezamiento", "holidays": "días feriados", "honorific": "tratamiento", "issued": "fecha de publicación", "item": "tema", "key": "clave", "languages": "idiomas", "layout": "formato del cuadro", "note": "nota", "presentation_minutes": "minutos por exposición", "presentations": "exposiciones", "reason": "motivo", "revision": "revisión", "role": "función", "session_line": "línea del período de sesiones", "speakers": "oradores", "speaking": "tiempo de palabra", "statement_minutes": "minutos por declaración", "statements": "declaraciones", "status": "estado", "to_be_announced": "por anunciar", "zone": "huso horario", "timezone": "huso horario de la sede", "short_body": "nombre abreviado del órgano",
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
    # Russian: nouns instead of participles ("Перенос заседания", "удаление"), so that nothing
    # has to agree with a key or a name of unknown gender (as the French does: "Lieu : … → ….").
    "ru": {
        "none": "(нет)", "true": "да", "false": "нет",
        "title": "Изменения: {old} → {new}", "no_changes": "Изменений нет.",
        "sections": {"meeting": "Совещание", "sittings": "Заседания", "agenda": "Повестка дня",
                     "organization_of_work": "Организация работы", "tracks": "Параллельные группы",
                     "participants": "Участники", "deadlines": "Сроки", "holidays": "Праздничные дни"},
        "keys": {"timezone": "часовой пояс места проведения", "short_body": "краткое название органа",
                 "close_of_business": "конец рабочего дня", "original_language": "язык оригинала",
                 "postponed_from": "первоначально объявленные даты", "table_year": "год в датах таблицы",
                 "no_sitting": "без заседаний", "organization_of_work": "организация работы",
                 "estimated_minutes": "расчетное время в минутах", "title": "название",
                 "short_title": "краткое название", "annotation": "аннотация", "documentation": "документация",
                 "symbol": "условное обозначение", "venue": "место проведения", "dates": "даты", "number": "номер",
                 "body": "орган", "kind": "вид", "style": "стиль", "time": "время", "language": "язык",
                 "continued": "продолжение", "name": "название", "label": "обозначение", "start": "начало",
                 "end": "окончание", "date": "дата", "distribution": "распространение", "issued": "дата выпуска",
                 "languages": "языки", "format": "формат", "reason": "причина", "revision": "пересмотр",
                 "to_be_announced": "будет объявлено дополнительно", "layout": "макет таблицы",
                 "session_line": "строка сессии", "deadlines_section": "раздел сроков", "speaking": "выступления",
                 "statement_minutes": "минуты на заявление", "presentation_minutes": "минуты на доклад",
                 "connections": "подключения", "key": "ключ", "heading": "заголовок",
                 "documentation_note": "примечание о документации", "speakers": "выступающие",
                 "honorific": "обращение", "country": "страна", "statements": "заявления",
                 "presentations": "доклады", "role": "роль", "delegates": "делегаты", "zone": "часовой пояс",
                 "address": "адрес", "addresses": "адреса", "status": "статус", "note": "примечание",
                 "delegation": "делегация", "item": "пункт", "count": "число", "holidays": "праздничные дни"},
        # items cited as the language cites them ("пункт 1 a)"); a line starts with a capital
        "cite_items": True, "capital_first": True,
        "cob": "{date}, конец рабочего дня ({time})",
        "track": "Группа {name}", "item_first": "Пункт {n}", "item_next": "пункт {n}",
        "sitting_moved": "Перенос заседания: {sitting} → {times}.",
        "sitting_added": "Новое заседание: {sitting}.",
        "sitting_cancelled": "Отмена заседания: {sitting}.",
        "deadline_moved": "Перенос срока {name}: {before} → {after}.",
        "renumbered": "Пункт {before} становится пунктом {after}: {name}.",
        # "пункт" is masculine whatever the item: the participle can agree with it
        "item_added": "{subject} добавлен: {title}.", "item_removed": "{subject} исключен: {title}.",
        "renamed": "{subject}: новое название, {before} → {after}.",
        "head": "{subject}: {label}",
        "edited": "{head}: правка: {words}", "reordered": "{head}: новый порядок: {value}.",
        "entry_added": "{owner}: добавление {entry}.", "entry_removed": "{owner}: исключение {entry}.",
        "added": "{head}: добавление{shown}.", "added_value": " ({value})",
        "removed": "{head}: удаление{shown}.", "removed_value": " (прежнее значение: {value})",
        "changed": "{head}: {before} → {after}.",
        "no_longer": "снято: {rows}", "now": "добавлено: {rows}",
        "rows_reordered": "новый порядок строк: {rows}", "rows": "Заседание, {where}: {parts}.",
        "retargeted": "Внимание: строка «{number}» ({where}) теперь относится к пункту {number} {title}; "
                      "ранее она относилась к {old}",
        "retargeted_gone": "; этот пункт исключен.", "retargeted_now": ", теперь это пункт {now}",
        "keep_key": ". Чтобы строка осталась при этом пункте, укажите его ключ ({key}) вместо номера.",
        "keep_number": (". Чтобы строка осталась при этом пункте, укажите «{now}» или присвойте пункту ключ "
                        "и укажите ключ (ключ не меняется при перенумерации пунктов)."),
        "quote": "«{text}»",
    },
    # Chinese: full-width punctuation in the sentences, no space between figures and characters,
    # a sitting's date and time run together as style/zh/ writes them.
    "zh": {
        "none": "（无）", "true": "是", "false": "否",
        "title": "从{old}到{new}的改动", "no_changes": "无改动。",
        "sections": {"meeting": "会议", "sittings": "各次会议", "agenda": "议程",
                     "organization_of_work": "工作安排", "tracks": "平行议程", "participants": "与会者",
                     "deadlines": "截止日期", "holidays": "假日"},
        "keys": {"timezone": "会址时区", "short_body": "机构简称", "close_of_business": "下班时间",
                 "original_language": "原文语言", "postponed_from": "最初公布的日期", "table_year": "表中日期的年份",
                 "no_sitting": "不举行会议", "organization_of_work": "工作安排", "estimated_minutes": "估计分钟数",
                 "title": "标题", "short_title": "简称", "annotation": "说明", "documentation": "文件",
                 "symbol": "文号", "venue": "会址", "dates": "日期", "number": "编号", "body": "机构",
                 "kind": "类型", "style": "样式", "time": "时间", "language": "语言", "continued": "续",
                 "name": "名称", "label": "标签", "start": "开始", "end": "结束", "date": "日期",
                 "distribution": "分发", "issued": "印发日期", "languages": "语文", "format": "形式",
                 "reason": "原因", "revision": "修订本", "to_be_announced": "待定", "layout": "表格布局",
                 "session_line": "届会行", "deadlines_section": "截止日期一节", "speaking": "发言",
                 "statement_minutes": "发言分钟数", "presentation_minutes": "专题介绍分钟数",
                 "connections": "连接", "key": "键", "heading": "标题行", "documentation_note": "文件说明",
                 "speakers": "发言者", "honorific": "称谓", "country": "国家", "statements": "发言",
                 "presentations": "专题介绍", "role": "角色", "delegates": "代表", "zone": "时区",
                 "address": "网址", "addresses": "网址", "status": "状态", "note": "注", "delegation": "代表团",
                 "item": "项目", "count": "数量", "holidays": "假日"},
        "cite_items": True,
        "cob": "{date}下班时间（{time}）",
        "track": "平行议程{name}", "item_first": "项目{n}", "item_next": "项目{n}",
        "sitting_moved": "会议改期：{sitting} → {times}。",
        "sitting_added": "新增会议：{sitting}。",
        "sitting_cancelled": "取消会议：{sitting}。",
        "deadline_moved": "截止日期{name}改期：{before} → {after}。",
        "renumbered": "项目{before}改为项目{after}：{name}。",
        "item_added": "新增{subject}：{title}。", "item_removed": "删除{subject}：{title}。",
        "renamed": "{subject}更名：{before} → {after}。",
        "head": "{subject}：{label}",
        "edited": "{head}修订：{words}", "reordered": "{head}重新排序：{value}。",
        "entry_added": "{owner}：新增{entry}。", "entry_removed": "{owner}：删除{entry}。",
        "added": "{head}：新增{shown}。", "added_value": "（{value}）",
        "removed": "{head}：删除{shown}。", "removed_value": "（原为{value}）",
        "changed": "{head}：{before} → {after}。",
        "no_longer": "不再有{rows}", "now": "现有{rows}",
        "rows_reordered": "各行重新排序：{rows}", "rows": "{where}：{parts}。",
        "retargeted": "警告：{where}的“{number}”行现在指向项目{number}{title}；原先指向{old}",
        "retargeted_gone": "，该项目已删除。", "retargeted_now": "，现为项目{now}",
        "keep_key": "。若要使该行仍指向该项目，请写其键（{key}），而不是编号。",
        "keep_number": "。若要使该行仍指向该项目，请改写“{now}”，或为该项目设一个键并写该键（项目重新编号时键不变）。",
        "quote": "“{text}”",
        # punctuation between the parts of a sentence (the others' are the defaults in SEPARATORS)
        "comma": "，", "semicolon": "；", "pair": "：", "date_time": "", "brackets": "（{text}）",
    },
}

# The punctuation between parts, where a language's table does not give its own.
SEPARATORS = {"comma": ", ", "semicolon": "; ", "pair": ": ", "date_time": ", ", "brackets": " ({text})"}


class LocalChangeWording(ChangeWording):
    """:class:`egmplan.style.en_changes.ChangeWording` with the sentences in ``style``'s language."""

    def __init__(self, style, clock, markdown, user):
        super().__init__(style, clock, markdown, user)
        self.w = {**SEPARATORS, **_PHRASES[style.LANGUAGE]}

    def quoted(self, text) -> str:
        return self.w["quote"].format(text=self.user(str(text)))

    def value(self, value) -> str:
        if value is None:
            return self.w["none"]
        if isinstance(value, bool):
            return self.w["true"] if value else self.w["false"]
        if isinstance(value, (list, tuple)) and not value:
            return self.w["none"]
        if isinstance(value, dict) and not (set(value) == {"start", "end"}
                                            and all(isinstance(v, time) for v in value.values())):
            return self.w["semicolon"].join(f"{self.user(str(k))}{self.w['pair']}{self.value(v)}"
                                            for k, v in value.items())
        if isinstance(value, list) or (isinstance(value, tuple) and not _is_date_range(value)):
            return self.w["semicolon"].join(self.value(v) for v in value)
        return super().value(value)

    def sitting(self, day, times) -> str:
        text = self.style.format_date(day, weekday=True)
        return f"{text}{self.w['date_time']}{self.times(times)}" if times else text

    def _where(self, change) -> str:
        where = self.sitting(change.day, change.times)
        if change.track:
            where += self.w["brackets"].format(text=self.user(change.track))
        return where

    def deadline(self, moment) -> str:
        day, clock, cob = moment
        text = self.style.format_date(day, weekday=True)
        if cob:
            return self.w["cob"].format(date=text, time=self.style.format_time(clock, self.clock))
        return f"{text}{self.w['date_time']}{self.style.format_time(clock, self.clock)}" if clock else text

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
        owners = self.w["comma"].join(reversed(words[:-1]))
        return words[-1] + (self.w["brackets"].format(text=owners) if len(words) > 1 else "")

    def subject(self, change) -> str:
        parts = []
        if change.track:
            parts.append(self.w["track"].format(name=self.quoted(change.track)))
        if change.item:
            parts.append((self.w["item_next"] if parts else self.w["item_first"]).format(n=self._item(change.item)))
        elif change.name and change.section in ("participants", "deadlines"):
            parts.append(self.quoted(change.name))
        elif change.day:
            parts.append(self.style.format_date(change.day, weekday=True))
        return self.w["comma"].join(parts)

    def _item(self, item: str) -> str:
        """``1 (a)`` (as planning numbers a sub-item) cited as the language cites it: ``1 a)``, ``1(a)``."""
        sub = re.fullmatch(r"(\d+) \((\w+)\)", item)
        if self.w.get("cite_items"):
            return self.style.item_reference(sub[1], sub[2]) if sub else item
        return item

    def _printed(self, rows) -> list[str]:
        return [f"{self._item(item) if item else item} {title if suffix is None else self.style.continued_title(title, suffix)}"
                .strip() for item, title, suffix in rows]

    def sentence(self, change) -> str:
        text = super().sentence(change)
        return _capital(text) if self.w.get("capital_first") else text

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
        where = self._where(change)
        before, after = self._printed(change.before), self._printed(change.after)
        removed = [r for r in before if r not in after]
        added = [r for r in after if r not in before]
        parts = []
        if removed:
            parts.append(w["no_longer"].format(rows=w["semicolon"].join(self.user(r) for r in removed)))
        if added:
            parts.append(w["now"].format(rows=w["semicolon"].join(self.user(r) for r in added)))
        if not parts:
            parts.append(w["rows_reordered"].format(rows=w["semicolon"].join(self.user(r) for r in after)))
        return w["rows"].format(where=where, parts=w["semicolon"].join(parts))

    def _retargeted(self, change) -> str:
        w = self.w
        number, title = change.after
        where = self._where(change)
        text = w["retargeted"].format(number=number, where=where, title=self.quoted(title),
                                      old=self.quoted(change.before[1]))
        if change.now is None:
            return text + w["retargeted_gone"]
        text += w["retargeted_now"].format(now=change.now)
        if change.name:
            key = f"`{change.name}`" if self.markdown else change.name
            return text + w["keep_key"].format(key=key)
        return text + w["keep_number"].format(now=change.now)


def _is_date_range(value) -> bool:
    return len(value) == 2 and all(isinstance(v, date) for v in value)
