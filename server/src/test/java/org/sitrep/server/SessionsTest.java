package org.sitrep.server;

import org.junit.jupiter.api.Test;
import org.sitrep.store.Account;
import org.sitrep.store.Role;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SessionsTest {
    private static final Instant T0 = Instant.parse("2026-01-01T08:00:00Z");
    private static final Account AMINA = new Account(1, "amina", Role.REVIEWER);

    @Test
    void aSessionUsedEveryHalfHourLastsEightHoursAndNoLonger() {
        FormTokenTest.MutableClock clock = new FormTokenTest.MutableClock(T0);
        Sessions sessions = new Sessions(clock);
        String id = sessions.open(AMINA).id();
        for (int minutes = 30; minutes < 8 * 60; minutes += 30) {
            clock.now = T0.plus(Duration.ofMinutes(minutes));
            assertTrue(sessions.find(id).isPresent(), minutes + " minutes");
        }
        clock.now = T0.plus(Duration.ofHours(8));
        assertFalse(sessions.find(id).isPresent());
    }

    @Test
    void aSessionIdleForAnHourHasEnded() {
        FormTokenTest.MutableClock clock = new FormTokenTest.MutableClock(T0);
        Sessions sessions = new Sessions(clock);
        String id = sessions.open(AMINA).id();
        clock.now = T0.plus(Duration.ofMinutes(59));
        assertTrue(sessions.find(id).isPresent());
        clock.now = T0.plus(Duration.ofMinutes(59 + 60));
        assertFalse(sessions.find(id).isPresent());
    }

    @Test
    void eachSessionHasItsOwnIdAndFormTokenAndEndsAtLogout() {
        Sessions sessions = new Sessions(new FormTokenTest.MutableClock(T0));
        Sessions.Session a = sessions.open(AMINA);
        Sessions.Session b = sessions.open(AMINA);
        assertNotEquals(a.id(), b.id());
        assertNotEquals(a.csrf(), b.csrf());
        assertTrue(a.csrfMatches(a.csrf()));
        assertFalse(a.csrfMatches(b.csrf()));
        assertFalse(a.csrfMatches(null));
        sessions.close(a.id());
        assertFalse(sessions.find(a.id()).isPresent());
        assertTrue(sessions.find(b.id()).isPresent());
    }
}
