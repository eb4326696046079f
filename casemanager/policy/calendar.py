"""Counting school days and working days with the policy's holidays.

A school day is a weekday outside the school's holidays; a working day is any weekday
(terms towards the Inspectie or the police run through school holidays).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from casemanager.policy.schema import Holiday

ONE_DAY = dt.timedelta(days=1)


class SchoolCalendar:
    def __init__(self, holidays: Iterable[Holiday]) -> None:
        self._holidays = tuple((h.start, h.end, h.name) for h in holidays)

    def holiday_on(self, day: dt.date) -> str | None:
        for start, end, name in self._holidays:
            if start <= day <= end:
                return name
        return None

    def is_school_day(self, day: dt.date) -> bool:
        return day.weekday() < 5 and self.holiday_on(day) is None

    def add_school_days(self, start: dt.date, days: int) -> dt.date:
        """The school day ``days`` school days after ``start`` (0: start itself, or the
        next school day when start is none)."""
        day = start
        while not self.is_school_day(day):
            day += ONE_DAY
        for _ in range(days):
            day += ONE_DAY
            while not self.is_school_day(day):
                day += ONE_DAY
        return day

    def last_school_day(self, first: dt.date, count: int) -> dt.date:
        """The last day of a measure of ``count`` school days starting on ``first``."""
        return self.add_school_days(first, max(count - 1, 0))

    def school_days_between(self, first: dt.date, last: dt.date) -> int:
        """School days from ``first`` to ``last``, both included."""
        count, day = 0, first
        while day <= last:
            count += self.is_school_day(day)
            day += ONE_DAY
        return count


def add_working_days(start: dt.date, days: int) -> dt.date:
    day = start
    for _ in range(days):
        day += ONE_DAY
        while day.weekday() >= 5:
            day += ONE_DAY
    return day


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved by whole months, clamped to the month's last day (31 jan + 1 = 28 feb)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return day.replace(year=year, month=month, day=min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")


def add_years(day: dt.date, years: int) -> dt.date:
    return add_months(day, 12 * years)
