package org.indicatortracker.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DueYearTest {

    private static final MonthDay FIRST_OF_APRIL = MonthDay.of(4, 1);

    @ParameterizedTest(name = "on {0} the outcomes of {1} are the latest overdue")
    @CsvSource({
            "2025-03-31, 2023",
            "2025-04-01, 2024",
            "2025-12-31, 2024",
            "2026-01-01, 2024",
            "2026-04-01, 2025"})
    void outcomesOfAYearAreDueOnTheConfiguredDayOfTheNextYear(LocalDate today, int dueYear) {
        assertEquals(dueYear, DueYear.of(today, FIRST_OF_APRIL));
    }

    @Test
    void aDueDateOnTheTwentyNinthOfFebruaryFallsBackToTheTwentyEighthInOrdinaryYears() {
        MonthDay leapDay = DueYear.parse("02-29");
        assertEquals(2024, DueYear.of(LocalDate.of(2025, 2, 28), leapDay));
        assertEquals(2023, DueYear.of(LocalDate.of(2025, 2, 27), leapDay));
    }

    @Test
    void theDueDateIsReadAsMonthDashDay() {
        assertEquals(MonthDay.of(4, 1), DueYear.parse("04-01"));
        assertEquals(MonthDay.of(12, 31), DueYear.parse(" 12-31 "));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DueYear.parse("4/1"));
        assertTrue(e.getMessage().contains("like 04-01"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DueYear.parse("13-01"));
    }
}
