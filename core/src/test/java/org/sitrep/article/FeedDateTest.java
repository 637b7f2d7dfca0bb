package org.sitrep.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FeedDateTest {
    private static final LocalDate JULY_15 = LocalDate.of(2024, 7, 15);

    @Test
    void rssPubDateGivesItsDay() {
        assertEquals(JULY_15, FeedDate.parse("Mon, 15 Jul 2024 08:30:00 GMT"));
    }

    @Test
    void lateEveningStaysOnTheOutletsDay() {
        assertEquals(JULY_15, FeedDate.parse("Mon, 15 Jul 2024 23:30:00 -0500"));
        assertEquals(JULY_15, FeedDate.parse("2024-07-15T23:30:00-05:00"));
    }

    @Test
    void pubDateWithUnknownZoneOrWrongWeekdayStillGivesItsDay() {
        assertEquals(JULY_15, FeedDate.parse("Mon, 15 Jul 2024 08:30:00 UTC"));
        assertEquals(JULY_15, FeedDate.parse("Fri, 15 July 2024 08:30 EST"));
    }

    @Test
    void isoDayAloneIsRead() {
        assertEquals(JULY_15, FeedDate.parse("2024-07-15"));
    }

    @Test
    void noDateGivesNull() {
        assertNull(FeedDate.parse("yesterday"));
        assertNull(FeedDate.parse("2024-02-30"));
        assertNull(FeedDate.parse("  "));
        assertNull(FeedDate.parse(null));
    }
}
