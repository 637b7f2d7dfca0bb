package org.sitrep.server;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FormTokenTest {
    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

    @Test
    void aTokenIsGoodForItsPageForTwoHours() {
        MutableClock clock = new MutableClock(T0);
        FormToken tokens = new FormToken(clock);
        String token = tokens.issue("/events/NER-000001");
        assertTrue(tokens.check("/events/NER-000001", token));
        clock.now = T0.plus(Duration.ofHours(2));
        assertTrue(tokens.check("/events/NER-000001", token));
    }

    @Test
    void aTokenIsRefusedOnAnotherPageAfterTwoHoursOrWhenAltered() {
        MutableClock clock = new MutableClock(T0);
        FormToken tokens = new FormToken(clock);
        String token = tokens.issue("/events/NER-000001");
        assertFalse(tokens.check("/events/NER-000002", token));
        assertFalse(tokens.check("/events/NER-000001", token + "x"));
        assertFalse(tokens.check("/events/NER-000001", (T0.getEpochSecond() + 1) + token.substring(token.indexOf('.'))));
        assertFalse(tokens.check("/events/NER-000001", null));
        assertFalse(tokens.check("/events/NER-000001", "garbage"));
        clock.now = T0.plus(Duration.ofHours(2)).plusSeconds(1);
        assertFalse(tokens.check("/events/NER-000001", token));
    }

    @Test
    void anotherServerStartRefusesTheToken() {
        String token = new FormToken(Clock.systemUTC()).issue("/articles/1");
        assertFalse(new FormToken(Clock.systemUTC()).check("/articles/1", token));
    }

    /** A clock the test moves by hand; SessionsTest uses it too. */
    static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
