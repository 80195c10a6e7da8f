"""English UN editorial style for dates, times, ranges and ordinals.

Pure functions: no I/O, no clock, no locale (``strftime`` is never used).
Rule ids (T1, D4, O1, ...) refer to ``shared/guides/UN-STYLE.md``.
"""

from egmplan.style.en.grammar import (  # noqa: F401
    LANGUAGE, DIRECTION, number_word, ordinal_word, ordinal_figure, capitalize_first, plural,
)
from egmplan.style.en.dates import (  # noqa: F401
    CLOCKS, EN_DASH, month_name, weekday_name, format_time, format_time_range, format_date,
    format_date_range, format_date_span_text, format_opening, short_date, tie_words,
)
from egmplan.style.en.agenda import (  # noqa: F401
    CONTINUED, continued_title, emphasis_parts, item_label, agenda_mark, agenda_title,
    item_reference, meeting_phrase, plenary_meetings, heading, session_name, meeting_name,
    distribution_line, original_line, venue_dates, table_columns, deadline_due, deadline_line,
    venue_time, masthead_language, masthead_date,
)
from egmplan.style.en.schedule import (  # noqa: F401
    items_phrase, calendar_sitting_line, calendar_item_line, calendar_location,
    calendar_deadline_summary, schedule_title, schedule_subtitle, crosses_midnight, schedule_column,
    comfort_legend, offset_display, zone_time_label, offset_note, comfort_word, moment_range,
    summary_head, awake_count_label, dated_time, sitting_heading,
)
from egmplan.style.en.reports import (  # noqa: F401
    plan_columns, plan_time_left, deadline_columns, deadline_all_day_note, no_deadlines,
    deadlines_heading, awake_title, awake_table_title, awake_columns, awake_night_line,
    notes_heading, change_wording, plan_heading, plan_time_left_line, plan_summary,
    suggestion_report, connections_report,
)
from egmplan.style.en.site import (  # noqa: F401
    history_sentence, history_paragraph, WORDS, roman, meeting_figure, PUNCTUATION, part_heading,
    year_range, FORMAT_WORDS, FILE_WORDS, workplan_title, country_name, meeting_title,
    postponement_announcement, workplan_adoption, workplan_entry, statements_heading, panel_heading,
    status_line,
)
