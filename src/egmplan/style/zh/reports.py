"""Chinese: the planning commands' reports (orgwork plan, deadlines, who is awake, suggest,
connections) and the changes between two drafts (egmplan diff); the long texts are
imported only by the commands that print them."""

from __future__ import annotations

from datetime import date, time

from egmplan.style.zh.dates import format_date


# --- reports of the planning commands ------------------------------------------------------

def plan_columns() -> tuple[str, ...]:
    return ("日期", "时间", "项目", "标题", "分钟")


def plan_time_left() -> str:
    return "剩余时间："


def deadline_columns(venue: str, zone: str | None) -> tuple[str, ...]:
    return ("事项", f"截止（{venue}时间）") + ((f"{zone}时间",) if zone else ())


def deadline_all_day_note() -> str:
    return "（全天，会址日期）"


def no_deadlines(meeting_id: str) -> str:
    return f"{meeting_id}未列出截止日期"


def deadlines_heading(meeting_id: str, venue: str, zone: str, close_of_business: time) -> str:
    return f"{meeting_id}的截止日期（{venue}，{zone}；会址下班时间为{close_of_business:%H:%M}）"


def awake_title(participants: int, meeting_id: str) -> str:
    return f"谁醒着：{meeting_id}每次会议的{participants}个与会方，当地时间"


def awake_table_title(participants: int) -> str:
    return f"谁醒着：{participants}个与会方，按舒适度分类的代表团（代表）"


def awake_columns() -> tuple[str, ...]:
    return ("日期", "会议")


def awake_night_line(day: str, sitting: str, count: int, names: str) -> str:
    return f"夜间，{day}{sitting}（{count}）：{names}"


def notes_heading() -> str:
    return "注："


def plan_heading(meeting_id: str, min_split: int) -> str:
    return f"根据estimated_minutes为{meeting_id}拟订的工作安排（短于{min_split}分钟的项目不拆分）"


def plan_time_left_line(day: date, times: str, minutes: int) -> str:
    return f"{format_date(day, weekday=True)}{times}：{minutes}分钟"


def plan_summary(meeting_id: str, used: int, capacity: int, taken: int, sittings: int, days: int,
                 split: list[str]) -> str:
    """``ID：在3天的6次会议中（共6次）安排了1,020分钟（共1,080分钟），剩余60分钟；…。``"""
    text = (f"{meeting_id}：在{days}天的{taken}次会议中（共{sittings}次）安排了{used:,}分钟"
            f"（共{capacity:,}分钟），剩余{capacity - used:,}分钟")
    if split:
        text += f"；分在多次会议中的项目：{'、'.join(split)}"
    return text + "。"


def suggestion_report(meeting, suggestion, **options) -> str:
    """The report of ``egmplan suggest`` in Chinese (:mod:`egmplan.style.reports_words`)."""
    import sys

    from egmplan.style.reports_words import suggestion_report as report

    return report(sys.modules[__package__], meeting, suggestion, **options)


def connections_report(meeting, result) -> str:
    """The report of ``egmplan connections`` in Chinese (:mod:`egmplan.style.reports_words`)."""
    import sys

    from egmplan.style.reports_words import connections_report as report

    return report(sys.modules[__package__], meeting, result)


# --- the changes between two drafts ------------------------------------------------------

def change_wording(clock: str, markdown: bool, user):
    """The sentences of ``egmplan diff`` in Chinese (:mod:`egmplan.style.changes_words`)."""
    import sys

    from egmplan.style.changes_words import LocalChangeWording

    return LocalChangeWording(sys.modules[__package__], clock, markdown, user)
