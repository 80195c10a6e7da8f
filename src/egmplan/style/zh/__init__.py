"""Chinese UN editorial style: meeting documents as the Chinese Translation Service writes them.

The same members as ``style/en/`` (the contracts are there). Month and weekday names come
from CLDR through Babel (:mod:`egmplan.style.cldr`, imported inside the functions); the UN
conventions sit on top: dates ``2021年4月6日星期二`` (the weekday after the date), times
``上午10时``, the masthead's dates before the city (``2024年6月3日至13日，波恩``), full-width
``，：；。（）`` in running text. Sources and defaults: ``docs/languages.md``, "Chinese (zh)".
"""

from egmplan.style.zh.grammar import (  # noqa: F401
    LANGUAGE, DIRECTION, number_word, ordinal_word, ordinal_figure, capitalize_first, plural,
)
from egmplan.style.zh.dates import (  # noqa: F401
    CLOCKS, TO, month_name, weekday_name, format_time, format_time_range, format_date,
    format_date_range, format_date_span_text, format_opening, short_date, tie_words,
)
from egmplan.style.zh.agenda import (  # noqa: F401
    CONTINUED, continued_title, emphasis_parts, item_label, agenda_mark, agenda_title,
    item_reference, meeting_phrase, plenary_meetings, heading, session_name, meeting_name,
    distribution_line, original_line, venue_dates, table_columns, deadline_due, deadline_line,
    venue_time, masthead_language, masthead_date,
)
from egmplan.style.zh.schedule import (  # noqa: F401
    items_phrase, calendar_sitting_line, calendar_item_line, calendar_location,
    calendar_deadline_summary, schedule_title, schedule_subtitle, crosses_midnight, schedule_column,
    comfort_legend, offset_note, comfort_word, moment_range, summary_head, awake_count_label,
    dated_time, sitting_heading, offset_display, zone_time_label,
)
from egmplan.style.zh.reports import (  # noqa: F401
    plan_columns, plan_time_left, deadline_columns, deadline_all_day_note, no_deadlines,
    deadlines_heading, awake_title, awake_table_title, awake_columns, awake_night_line,
    notes_heading, plan_heading, plan_time_left_line, plan_summary, suggestion_report,
    connections_report, change_wording,
)
from egmplan.style.zh.site import (  # noqa: F401
    history_sentence, history_paragraph, WORDS, FORMAT_WORDS, FILE_WORDS, roman, PUNCTUATION,
    part_heading, year_range, meeting_figure, meeting_title, postponement_announcement,
    workplan_adoption, workplan_entry, workplan_title, statements_heading, panel_heading,
    status_line, country_name,
)
