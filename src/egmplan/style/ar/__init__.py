"""Arabic UN editorial style, as the UN's Arabic translation service writes meeting documents.

The conventions and their sources are in ``docs/languages.md`` (section "Arabic"). In short:
Western digits; month names doubled, the Syriac name then the Western one (``نيسان/أبريل``,
CLDR's ``ar_SY`` and ``ar`` through Babel, with the UN's ``يونيه``/``يوليه``); times as
minutes/hours (``00/10``); the time of an opening before its date; ordinals spelled out and
agreeing with the noun (``الدورة السادسة``, ``الاجتماع السابع``); ``(تابع)`` for
"(continued)"; items ``1-`` and sub-items ``(أ)``; the masthead's distribution lines stay in
English, as in UN Arabic documents (A/74/L.75).

Same contracts as :mod:`egmplan.style.en`. Babel is imported inside functions only.
"""

from egmplan.style.ar.grammar import (  # noqa: F401
    LANGUAGE, DIRECTION, number_word, ordinal_word, ordinal_figure, capitalize_first,
    plural_category, plural,
)
from egmplan.style.ar.dates import (  # noqa: F401
    CLOCKS, EN_DASH, COMMA, SEMICOLON, month_name, weekday_name, format_time, format_time_range,
    format_date, format_date_range, format_date_span_text, format_opening, short_date, tie_words,
)
from egmplan.style.ar.agenda import (  # noqa: F401
    CONTINUED, item_label, sub_item_letter, item_reference, agenda_title, agenda_mark,
    meeting_phrase, plenary_meetings, continued_title, emphasis_parts, heading, session_name,
    meeting_name, distribution_line, original_line, venue_dates, table_columns, deadline_due,
    deadline_line, venue_time, masthead_language, masthead_date,
)
from egmplan.style.ar.schedule import (  # noqa: F401
    items_phrase, calendar_sitting_line, calendar_item_line, calendar_location,
    calendar_deadline_summary, schedule_title, schedule_subtitle, crosses_midnight, schedule_column,
    comfort_legend, offset_display, zone_time_label, offset_note, comfort_word, moment_range,
    summary_head, awake_count_label, dated_time, sitting_heading,
)
from egmplan.style.ar.reports import (  # noqa: F401
    plan_columns, plan_time_left, deadline_columns, deadline_all_day_note, no_deadlines,
    deadlines_heading, awake_title, awake_table_title, awake_columns, awake_night_line,
    notes_heading, plan_heading, plan_time_left_line, plan_summary, suggestion_report,
    connections_report, change_wording,
)
from egmplan.style.ar.site import (  # noqa: F401
    history_sentence, history_paragraph, WORDS, FORMAT_WORDS, FILE_WORDS, roman, PUNCTUATION,
    part_heading, year_range, meeting_figure, meeting_title, postponement_announcement,
    workplan_adoption, workplan_entry, workplan_title, statements_heading, panel_heading,
    status_line, country_name,
)
