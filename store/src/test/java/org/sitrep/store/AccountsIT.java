package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reviewers' accounts: Argon2id passwords, lockout after failed logins, hashed API tokens. */
abstract class AccountsIT extends StoreTestBase {
    private static final char[] PASSWORD = "correct horse battery".toCharArray();

    private Accounts accounts;

    @BeforeEach
    void accounts() {
        accounts = new Accounts(store);
    }

    @Test
    void theRightPasswordLogsInAndTheWrongOneDoesNot() {
        Account amina = accounts.add("amina", Role.REVIEWER, PASSWORD);
        assertEquals(Optional.of(amina), accounts.login("amina", PASSWORD));
        assertEquals(Optional.empty(), accounts.login("amina", "correct horse battery!".toCharArray()));
        assertEquals(Optional.empty(), accounts.login("nobody", PASSWORD));
    }

    @Test
    void passwordsAreKeptAsArgon2idHashesOnly() throws SQLException {
        accounts.add("amina", Role.ADMIN, PASSWORD);
        try (Connection c = database.connect();
             ResultSet r = c.createStatement().executeQuery("SELECT password_hash FROM accounts")) {
            r.next();
            String hash = r.getString(1);
            assertTrue(hash.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), hash);
            assertFalse(hash.contains("correct horse"));
        }
    }

    @Test
    void fiveFailuresInARowLockTheAccountEvenForTheRightPassword() {
        accounts.add("amina", Role.REVIEWER, PASSWORD);
        for (int i = 0; i < Accounts.MAX_FAILURES - 1; i++) accounts.login("amina", "wrong password 123".toCharArray());
        assertFalse(accounts.isLocked("amina"));
        accounts.login("amina", "wrong password 123".toCharArray());
        assertTrue(accounts.isLocked("amina"));
        assertEquals(Optional.empty(), accounts.login("amina", PASSWORD));
    }

    @Test
    void aSuccessStartsTheCountAgain() {
        accounts.add("amina", Role.REVIEWER, PASSWORD);
        for (int i = 0; i < Accounts.MAX_FAILURES - 1; i++) accounts.login("amina", "wrong password 123".toCharArray());
        assertTrue(accounts.login("amina", PASSWORD).isPresent());
        accounts.login("amina", "wrong password 123".toCharArray());
        assertFalse(accounts.isLocked("amina"));
    }

    @Test
    void aNameIsTakenOnceAndShortPasswordsAreRefused() {
        accounts.add("amina", Role.REVIEWER, PASSWORD);
        assertThrows(StoreException.class, () -> accounts.add("amina", Role.ADMIN, PASSWORD));
        assertThrows(IllegalArgumentException.class, () -> accounts.add("bello", Role.ADMIN, "short".toCharArray()));
        assertThrows(IllegalArgumentException.class, () -> accounts.add("<script>", Role.ADMIN, PASSWORD));
        assertEquals(List.of("amina"), accounts.all().stream().map(Account::name).toList());
    }

    @Test
    void anApiTokenNamesItsAccountAndOnlyItsHashIsKept() throws SQLException {
        Account bot = accounts.add("ingest-bot", Role.REVIEWER, PASSWORD);
        String token = accounts.newApiToken("ingest-bot");
        assertTrue(token.startsWith("sitrep_") && token.length() > 40, token);
        assertEquals(Optional.of(bot), accounts.byApiToken(token));
        assertEquals(Optional.empty(), accounts.byApiToken(token + "x"));
        assertNotEquals(token, accounts.newApiToken("ingest-bot"));
        try (Connection c = database.connect();
             ResultSet r = c.createStatement().executeQuery("SELECT token_hash FROM api_tokens")) {
            while (r.next()) assertFalse(token.contains(r.getString(1)) || r.getString(1).contains(token));
        }
        assertThrows(StoreException.class, () -> accounts.newApiToken("nobody"));
    }

    @Test
    void anAdminUnlocksChangesRolesAndWithdrawsAccess() {
        accounts.add("amina", Role.REVIEWER, PASSWORD);
        for (int i = 0; i < Accounts.MAX_FAILURES; i++) accounts.login("amina", "wrong password!".toCharArray());
        assertTrue(accounts.isLocked("amina"));
        accounts.unlock("amina");
        assertFalse(accounts.isLocked("amina"));
        assertTrue(accounts.login("amina", PASSWORD).isPresent());

        accounts.setRole("amina", Role.ADMIN);
        assertEquals(Role.ADMIN, accounts.byName("amina").orElseThrow().role());

        String token = accounts.newApiToken("amina");
        Logins logins = new Logins(store);
        logins.open("session-id", accounts.byName("amina").orElseThrow(), "form-token", java.time.OffsetDateTime.now());
        assertEquals(1, accounts.apiTokens("amina"));
        assertEquals(1, accounts.revokeAccess("amina"));
        assertEquals(Optional.empty(), accounts.byApiToken(token));
        assertEquals(Optional.empty(), logins.find("session-id"));
        assertTrue(accounts.login("amina", PASSWORD).isPresent(), "the password still works");
        assertThrows(StoreException.class, () -> accounts.unlock("nobody"));
        assertThrows(StoreException.class, () -> accounts.revokeAccess("nobody"));
    }
}
