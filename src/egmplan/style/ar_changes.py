"""Arabic wording of the changes between two drafts (``egmplan diff``).

The same listing as English's (:mod:`egmplan.style.en_changes`), worded in Arabic; values
(dates, times, ordinals) come from the Arabic style. Imported only when a diff is written in
Arabic. Keys of the meeting file that a sentence names stay as the file writes them
(``style.time``), set apart by the reader's bidi, as a translator would keep code.
"""

from __future__ import annotations

import re
from datetime import date, time

from egmplan.style.en_changes import ChangeWording

SECTION_TITLES = {
    "meeting": "الاجتماع", "sittings": "الجلسات", "agenda": "جدول الأعمال",
    "organization_of_work": "تنظيم الأعمال", "tracks": "المسارات المتوازية",
    "participants": "المشاركون", "deadlines": "المواعيد النهائية", "holidays": "العطلات",
}
_KEY_LABELS = {
    "timezone": "المنطقة الزمنية لمكان الانعقاد", "short_body": "الاسم المختصر للهيئة",
    "close_of_business": "نهاية يوم العمل", "original_language": "اللغة الأصلية",
    "postponed_from": "الموعد المعلن أولًا", "table_year": "السنة في تواريخ الجدول",
    "no_sitting": "لا جلسة", "organization_of_work": "تنظيم الأعمال",
    "estimated_minutes": "الدقائق المقدرة", "title": "العنوان", "short_title": "العنوان المختصر",
    "annotation": "الشروح", "documentation": "الوثائق", "symbol": "الرمز", "venue": "مكان الانعقاد",
    "dates": "التواريخ", "body": "الهيئة", "number": "الرقم", "kind": "النوع", "style": "الأسلوب",
    "time": "الوقت", "label": "الوصف", "start": "البداية", "end": "النهاية",
}
_KINDS = {"added": "أُضيف", "removed": "حُذف"}


class ArabicChangeWording(ChangeWording):
    def value(self, value) -> str:
        if value is None:
            return "(لا شيء)"
        if isinstance(value, bool):
            return "نعم" if value else "لا"
        if isinstance(value, (list, tuple)) and not value:
            return "(لا شيء)"
        if isinstance(value, (date, time, dict, list, tuple)):
            return super().value(value).replace("; ", "؛ ")
        return super().value(value)

    def quoted(self, text) -> str:
        return f"\"{self.user(str(text))}\""

    def sitting(self, day: date, times) -> str:
        text = self.style.format_date(day, weekday=True)
        return f"{text}، {self.times(times)}" if times else text

    def deadline(self, moment) -> str:
        day, clock, cob = moment
        text = self.style.format_date(day, weekday=True)
        if cob:
            return f"{text}، نهاية يوم العمل ({self.style.format_time(clock, self.clock)})"
        return f"{text}، {self.style.format_time(clock, self.clock)}" if clock else text

    def title(self, old_name: str, new_name: str) -> str:
        return f"التغييرات من {old_name} إلى {new_name}"

    def no_changes(self) -> str:
        return "لا تغييرات."

    def section_title(self, section: str) -> str:
        return SECTION_TITLES.get(section) or section.replace("_", " ")

    def label(self, change) -> str:
        anchor = change.anchor
        rest = change.path[len(anchor):] if anchor and change.path.startswith(anchor) else change.path
        keys = [k for k in re.split(r"[.\[\]]+", rest)
                if k and not k.isdigit() and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", k)]
        if anchor == "" and keys and keys[0] == change.section and len(keys) > 1:
            keys = keys[1:]
        if keys[-1:] in (["start"], ["end"]) and isinstance(change.before or change.after, tuple):
            keys = keys[:-1]
        return " ".join(_KEY_LABELS.get(k, k) for k in keys) or _KEY_LABELS.get(change.field, change.field)

    def _item(self, number) -> str:
        return self.style._cited(str(number))

    def subject(self, change) -> str:
        parts = []
        if change.track:
            parts.append(f"المسار {self.quoted(change.track)}")
        if change.item:
            parts.append(f"البند {self._item(change.item)}")
        elif change.name and change.section in ("participants", "deadlines"):
            parts.append(self.quoted(change.name))
        elif change.day:
            parts.append(self.style.format_date(change.day, weekday=True))
        return "، ".join(parts)

    def sentence(self, change) -> str:
        return self._sentence(change)

    def _sentence(self, change) -> str:
        kind = change.kind
        subject = self.subject(change)
        if kind == "sitting_moved":
            return f"نُقلت جلسة: {self.sitting(change.day, change.before)} ← {self.times(change.after)}."
        if kind == "sitting_added":
            return f"أُضيفت جلسة: {self.sitting(change.day, change.after)}."
        if kind == "sitting_cancelled":
            return f"أُلغيت جلسة: {self.sitting(change.day, change.before)}."
        if kind == "rows_changed":
            return self._rows(change)
        if kind == "row_retargeted":
            return self._retargeted(change)
        if kind == "deadline_moved":
            return (f"نُقل الموعد النهائي {self.quoted(change.name)}: {self.deadline(change.before)} ← "
                    f"{self.deadline(change.after)}.")
        if kind == "renumbered":
            return (f"البند {self._item(change.before)} أصبح البند {self._item(change.after)}: "
                    f"{self.quoted(change.name)}.")
        if change.field == "agenda" and kind in ("added", "removed"):
            title = change.after if kind == "added" else change.before
            return f"{subject}: {_KINDS[kind]}: {self.quoted(title)}."
        if change.item and kind == "changed" and change.path == change.anchor + ".title":
            return f"{subject}: عنوان جديد: {self.quoted(change.before)} ← {self.quoted(change.after)}."
        label = self.label(change)
        head = f"{subject}: {label}" if subject else label
        if kind == "edited":
            return f"{head}: نُقِّح النص: {self.words(change.words)}"
        if kind == "reordered":
            return f"{head}: أُعيد ترتيبه: {self.value(change.after)}."
        if kind in ("added", "removed") and (change.name or change.track) and change.field in (
                "participants", "deadlines", "tracks", "documentation"):
            entry = change.name or change.track
            field = _KEY_LABELS.get(change.field, SECTION_TITLES.get(change.field, change.field))
            owner = f"{subject}: {field}" if change.item else field
            return f"{owner}: {_KINDS[kind]}: {self.quoted(entry)}."
        if kind == "added":
            shown = "" if (change.name and isinstance(change.after, dict)) else f": {self.value(change.after)}"
            return f"{head}: أُضيف{shown}."
        if kind == "removed":
            shown = "" if (change.name and isinstance(change.before, dict)) else f" (كان {self.value(change.before)})"
            return f"{head}: حُذف{shown}."
        if change.path == "meeting.number":
            return (f"{head}: تغيَّر: {self.style.ordinal_word(change.before)} ← "
                    f"{self.style.ordinal_word(change.after)}.")
        return f"{head}: تغيَّر: {self.value(change.before)} ← {self.value(change.after)}."

    def _rows(self, change) -> str:
        where = self.sitting(change.day, change.times)
        if change.track:
            where += f" ({self.user(change.track)})"
        before, after = self._printed(change.before), self._printed(change.after)
        removed = [r for r in before if r not in after]
        added = [r for r in after if r not in before]
        parts = []
        if removed:
            parts.append("لم يعد فيها " + "؛ ".join(self.user(r) for r in removed))
        if added:
            parts.append("أصبح فيها " + "؛ ".join(self.user(r) for r in added))
        if not parts:
            parts.append("أُعيد ترتيب الصفوف: " + "؛ ".join(self.user(r) for r in after))
        return f"{where}: {'؛ '.join(parts)}."

    def _printed(self, rows) -> list[str]:
        return [f"{self._item(item)} {title if suffix is None else self.style.continued_title(title, suffix)}".strip()
                for item, title, suffix in rows]

    def _retargeted(self, change) -> str:
        number, title = change.after
        where = self.sitting(change.day, change.times)
        if change.track:
            where += f" ({self.user(change.track)})"
        text = (f"تنبيه: الصف \"{number}\" في {where} يشير الآن إلى البند {self._item(number)} "
                f"{self.quoted(title)}؛ وكان يشير إلى {self.quoted(change.before[1])}")
        if change.now is None:
            return text + "، الذي حُذف."
        text += f"، وهو الآن البند {self._item(change.now)}"
        if change.name:
            key = f"`{change.name}`" if self.markdown else change.name
            return text + f". لإبقاء الصف على ذلك البند، اكتب مفتاحه ({key}) بدلًا من الرقم."
        return (text + f". لإبقاء الصف على ذلك البند، اكتب \"{change.now}\" بدلًا من ذلك، أو أعطِ البند مفتاحًا "
                "واكتب المفتاح (لا يتغير المفتاح عند إعادة ترقيم البنود).")
