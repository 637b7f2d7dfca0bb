package org.sitrep.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DateLineTest {
    private static final Optional<LocalDate> JULY_13 = Optional.of(LocalDate.of(2024, 7, 13));

    @Test
    void monthFirstDateIsRead() {
        assertEquals(JULY_13, DateLine.read("July 13, 2024"));
    }

    @Test
    void dayFirstDateIsRead() {
        assertEquals(JULY_13, DateLine.read("13 July 2024"));
    }

    @Test
    void isoDateIsRead() {
        assertEquals(JULY_13, DateLine.read("2024-07-13"));
    }

    @Test
    void labelWeekdayAndTimeAroundTheDateAreAllowed() {
        assertEquals(JULY_13, DateLine.read("Published: Saturday, 13 July 2024 09:00 GMT"));
        assertEquals(JULY_13, DateLine.read("Posted on Jul. 13, 2024 at 9:30 am"));
    }

    @Test
    void frenchAndSpanishDatesAreRead() {
        assertEquals(JULY_13, DateLine.read("13 juillet 2024"));
        assertEquals(JULY_13, DateLine.read("Publicado el 13 de julio de 2024"));
    }

    @Test
    void sentenceMentioningADateIsNotADateLine() {
        assertTrue(DateLine.read("Soldiers were killed on July 13, 2024 near Tahoua.").isEmpty());
    }

    @Test
    void impossibleDateIsNotADateLine() {
        assertTrue(DateLine.read("February 30, 2024").isEmpty());
    }

    @Test
    void metadataTimestampKeepsTheDateAsWritten() {
        assertEquals(JULY_13, DateExpression.find("2024-07-13T23:30:00-05:00"));
        assertEquals(JULY_13, DateExpression.find("Sat, 13 Jul 2024 09:00:00 GMT"));
        assertEquals(JULY_13, DateExpression.find("20240713"));
    }
}
