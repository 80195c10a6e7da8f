"""Arabic wording of the changes between two drafts (``egmplan diff``), on English's listing.

The titles of the listing and its sections are Arabic; values (dates, times) come from the
Arabic style. Imported only when a diff is written in Arabic.
"""

from __future__ import annotations

from egmplan.style.en_changes import ChangeWording

SECTION_TITLES = {
    "meeting": "الاجتماع", "sittings": "الجلسات", "agenda": "جدول الأعمال",
    "organization_of_work": "تنظيم الأعمال", "tracks": "المسارات المتوازية",
    "participants": "المشاركون", "deadlines": "المواعيد النهائية", "holidays": "العطلات",
}


class ArabicChangeWording(ChangeWording):
    def quoted(self, text) -> str:
        return f"\"{self.user(str(text))}\""

    def title(self, old_name: str, new_name: str) -> str:
        return f"التغييرات من {old_name} إلى {new_name}"

    def no_changes(self) -> str:
        return "لا تغييرات."

    def section_title(self, section: str) -> str:
        return SECTION_TITLES.get(section) or section.replace("_", " ")
