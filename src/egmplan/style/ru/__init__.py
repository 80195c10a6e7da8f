"""Russian UN editorial style: meeting documents as the Russian Translation Service writes them.

The same members as ``style/en/`` (the contracts are there). Month and weekday names come
from CLDR through Babel (:mod:`egmplan.style.cldr`, imported inside the functions); the UN
conventions sit on top. Sources and defaults: ``docs/languages.md``, section "Russian (ru)".

Russian declines names; a venue ("Вена") or a body ("Группа экспертов") arrives in the
nominative and is never put into another case here: sentences are built so that the name
stands in the nominative ("в городе Вена", "(Вена)").
"""

from egmplan.style.ru.grammar import (  # noqa: F401
    LANGUAGE, DIRECTION, number_word, ordinal_word, ordinal_figure, capitalize_first, plural,
)
from egmplan.style.ru.dates import (  # noqa: F401
    CLOCKS, EN_DASH, DAY_RANGE_DASH, RANGE_DASH, month_name, weekday_name, format_time,
    format_time_range, format_date, format_date_range, format_date_span_text, format_opening,
    short_date, tie_words,
)
from egmplan.style.ru.agenda import (  # noqa: F401
    CONTINUED, continued_title, emphasis_parts, item_label, agenda_mark, agenda_title,
    item_reference, meeting_phrase, plenary_meetings, heading, session_name, meeting_name,
    distribution_line, original_line, venue_dates, table_columns, deadline_due, deadline_line,
    venue_time, masthead_language, masthead_date,
)
from egmplan.style.ru.schedule import (  # noqa: F401
    items_phrase, calendar_sitting_line, calendar_item_line, calendar_location,
    calendar_deadline_summary, schedule_title, schedule_subtitle, crosses_midnight, schedule_column,
    comfort_legend, offset_note, comfort_word, moment_range, summary_head, awake_count_label,
    dated_time, sitting_heading, offset_display, zone_time_label,
)
from egmplan.style.ru.reports import (  # noqa: F401
    plan_columns, plan_time_left, deadline_columns, deadline_all_day_note, no_deadlines,
    deadlines_heading, awake_title, awake_table_title, awake_columns, awake_night_line,
    notes_heading, plan_heading, plan_time_left_line, plan_summary, suggestion_report,
    connections_report, change_wording,
)
from egmplan.style.ru.site import (  # noqa: F401
    history_sentence, history_paragraph, WORDS, FORMAT_WORDS, FILE_WORDS, PUNCTUATION, part_heading,
    year_range, meeting_figure, meeting_title, postponement_announcement, workplan_adoption,
    workplan_entry, workplan_title, statements_heading, panel_heading, status_line, country_name,
    roman,
)
