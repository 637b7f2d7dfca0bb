package org.sitrep.server;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.Account;
import org.sitrep.store.Accounts;
import org.sitrep.store.EventStore;
import org.sitrep.store.Logins;
import org.sitrep.store.Role;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sessions' time limits and tokens, kept in a real (H2) store. */
class SessionsTest {
    private static final Instant T0 = Instant.parse("2026-01-01T08:00:00Z");

    @TempDir
    Path dir;
    private EventStore store;
    private Account amina;

    @BeforeEach
    void aStoreWithAReviewer() {
        store = EventStore.open(null, dir);
        amina = new Accounts(store).add("amina", Role.REVIEWER, "correct horse battery".toCharArray());
    }

    @AfterEach
    void closeTheStore() {
        store.close();
    }

    private Sessions sessions(FormTokenTest.MutableClock clock) {
        return new Sessions(new Logins(store), clock);
    }

    @Test
    void aSessionUsedEveryHalfHourLastsEightHoursAndNoLonger() {
        FormTokenTest.MutableClock clock = new FormTokenTest.MutableClock(T0);
        Sessions sessions = sessions(clock);
        String id = sessions.open(amina).id();
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
        Sessions sessions = sessions(clock);
        String id = sessions.open(amina).id();
        clock.now = T0.plus(Duration.ofMinutes(59));
        assertTrue(sessions.find(id).isPresent());
        clock.now = T0.plus(Duration.ofMinutes(59 + 60));
        assertFalse(sessions.find(id).isPresent());
    }

    @Test
    void eachSessionHasItsOwnIdAndFormTokenAndEndsAtLogout() {
        Sessions sessions = sessions(new FormTokenTest.MutableClock(T0));
        Sessions.Session a = sessions.open(amina);
        Sessions.Session b = sessions.open(amina);
        assertNotEquals(a.id(), b.id());
        assertNotEquals(a.csrf(), b.csrf());
        assertTrue(a.csrfMatches(a.csrf()));
        assertFalse(a.csrfMatches(b.csrf()));
        assertFalse(a.csrfMatches(null));
        sessions.close(a.id());
        assertFalse(sessions.find(a.id()).isPresent());
        assertTrue(sessions.find(b.id()).isPresent());
    }

    @Test
    void aSessionOutlivesTheServerThatOpenedIt() {
        FormTokenTest.MutableClock clock = new FormTokenTest.MutableClock(T0);
        Sessions.Session opened = sessions(clock).open(amina);
        clock.now = T0.plus(Duration.ofMinutes(10));
        Sessions.Session found = sessions(clock).find(opened.id()).orElseThrow();
        assertTrue(found.csrfMatches(opened.csrf()));
        assertTrue(found.account().equals(amina));
        assertFalse(sessions(clock).find(opened.id() + "x").isPresent());
    }
}
