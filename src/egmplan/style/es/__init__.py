"""Spanish as the UN's Spanish Translation Service writes meeting documents.

Same functions and contracts as :mod:`egmplan.style.en`. Month and weekday names come from
CLDR through Babel (:mod:`egmplan.style.cldr`); the UN conventions sit on top of them. The
sources of each convention are listed in ``docs/languages.md`` (section "Spanish"), e.g.
CTOC/COP/2012/14 (Spanish): ``Distr. general``, ``Original: inglés``, ``Sexto período de
sesiones``, ``Viena, 15 a 19 de octubre de 2012``.
"""

from egmplan.style.es.grammar import (  # noqa: F401
    LANGUAGE, DIRECTION, kind_word, number_word, ordinal_word, ordinal_figure, plural, of_body,
    capitalize_first,
)
from egmplan.style.es.dates import (  # noqa: F401
    CLOCKS, month_name, weekday_name, format_time, format_time_range, format_date,
    format_date_range, format_date_span_text, format_opening, short_date, tie_words,
)
from egmplan.style.es.agenda import (  # noqa: F401
    CONTINUED, meeting_phrase, plenary_meetings, continued_title, item_label, agenda_mark,
    agenda_title, item_reference, heading, session_name, meeting_name, distribution_line,
    language_word, original_line, venue_dates, table_columns, deadline_due, venue_time,
    deadline_line, masthead_language, masthead_date, emphasis_parts,
)
from egmplan.style.es.schedule import (  # noqa: F401
    items_phrase, calendar_sitting_line, calendar_item_line, calendar_location,
    calendar_deadline_summary, schedule_title, schedule_subtitle, crosses_midnight, schedule_column,
    comfort_legend, offset_note, comfort_word, moment_range, summary_head, awake_count_label,
    dated_time, sitting_heading, offset_display, zone_time_label,
)
from egmplan.style.es.reports import (  # noqa: F401
    plan_columns, plan_time_left, deadline_columns, deadline_all_day_note, no_deadlines,
    deadlines_heading, awake_title, awake_table_title, awake_columns, awake_night_line,
    notes_heading, plan_heading, plan_time_left_line, plan_summary, suggestion_report,
    connections_report, change_wording,
)
from egmplan.style.es.site import (  # noqa: F401
    history_sentence, history_paragraph, WORDS, FORMAT_WORDS, FILE_WORDS, PUNCTUATION, part_heading,
    year_range, meeting_figure, meeting_title, postponement_announcement, workplan_adoption,
    workplan_entry, workplan_title, statements_heading, panel_heading, status_line, country_name,
    roman,
)
