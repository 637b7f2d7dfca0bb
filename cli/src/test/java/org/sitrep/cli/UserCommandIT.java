package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.Accounts;
import org.sitrep.store.EventStore;

/** {@code sitrep user}: accounts added from the command line log in; mistakes are one line. */
class UserCommandIT {
    @TempDir
    Path dir;

    @Test
    void anAddedReviewerLogsInWithThePasswordGiven() {
        CommandRun add = withStdin("a long enough password\n", "user", "add", "amina", "--role", "reviewer",
                "--password-stdin", "--data", dir.toString());
        assertEquals(0, add.exitCode(), add.err());
        assertEquals("added reviewer amina", add.out().strip());
        assertEquals("amina\treviewer", CommandRun.of("user", "list", "--data", dir.toString()).out().strip());
        try (EventStore store = EventStore.open(null, dir)) {
            assertTrue(new Accounts(store).login("amina", "a long enough password".toCharArray()).isPresent());
        }
    }

    @Test
    void aTokenIsPrintedOnceAndNamesItsAccount() {
        withStdin("a long enough password\n", "user", "add", "bot", "--role", "reviewer", "--password-stdin", "--data", dir.toString());
        CommandRun token = CommandRun.of("user", "token", "bot", "--data", dir.toString());
        assertEquals(0, token.exitCode(), token.err());
        try (EventStore store = EventStore.open(null, dir)) {
            assertEquals("bot", new Accounts(store).byApiToken(token.out().strip()).orElseThrow().name());
        }
    }

    @Test
    void mistakesAreOneLine() {
        withStdin("a long enough password\n", "user", "add", "amina", "--role", "admin", "--password-stdin", "--data", dir.toString());
        CommandRun again = withStdin("a long enough password\n", "user", "add", "amina", "--role", "admin", "--password-stdin",
                "--data", dir.toString());
        assertEquals(1, again.exitCode());
        assertEquals(1, again.errLines().size(), again.err());
        CommandRun shortOne = withStdin("short\n", "user", "add", "bello", "--role", "admin", "--password-stdin", "--data", dir.toString());
        assertEquals(1, shortOne.exitCode());
        assertTrue(shortOne.err().contains("at least 12 characters"), shortOne.err());
        CommandRun role = CommandRun.of("user", "add", "bello", "--role", "boss", "--data", dir.toString());
        assertEquals(2, role.exitCode());
        CommandRun noTerminal = withStdin("", "user", "add", "bello", "--role", "admin", "--data", dir.toString());
        assertEquals(1, noTerminal.exitCode());
        assertTrue(noTerminal.err().contains("--password-stdin"), noTerminal.err());
    }

    private static CommandRun withStdin(String input, String... args) {
        InputStream in = System.in;
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        try {
            return CommandRun.of(args);
        } finally {
            System.setIn(in);
        }
    }
}
