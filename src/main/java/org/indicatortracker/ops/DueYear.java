package org.indicatortracker.ops;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;

/**
 * Which year's outcomes must be in by now. Outcomes of year Y are due on the configured date of year Y+1 (by
 * default 1 April, after the statistical communiqués of February and March): from that day on, Y's missing
 * outcomes are overdue; before it, the last year that is overdue is Y-1. Plain Java.
 */
public final class DueYear {

    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd");

    private DueYear() {
    }

    /** The latest year whose outcomes are overdue on {@code today}. */
    public static int of(LocalDate today, MonthDay dueDate) {
        LocalDate due = dueDate.atYear(today.getYear());
        return today.isBefore(due) ? today.getYear() - 2 : today.getYear() - 1;
    }

    /** Parses {@code MM-dd} ("04-01"); a clear message for anything else. */
    public static MonthDay parse(String monthDay) {
        try {
            return MonthDay.parse(monthDay.trim(), MONTH_DAY);
        } catch (DateTimeException | NullPointerException e) {
            throw new IllegalArgumentException("indicators.freshness.due-date must be a month and day like 04-01, not '"
                    + monthDay + "'", e);
        }
    }
}
