package org.sitrep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a JSON-lines input ({@code -} for standard input) one object at a time. A bad line is
 * reported on stderr as one line naming it ("in.jsonl:3: not a JSON object") and skipped; the
 * other lines are still read.
 */
final class JsonLines {
    /** Takes one line's object; throws BadInputException (naming {@code where}) when it breaks the contract. */
    interface Reader {
        void accept(JsonNode line, String where);
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonLines() {
    }

    /** Reads every line of {@code in}; returns false when the input or some line was bad (reported on {@code err}). */
    static boolean read(String in, PrintWriter err, Reader reader) {
        boolean ok = true;
        try (BufferedReader r = in.equals("-")
                ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                : Files.newBufferedReader(Path.of(in), StandardCharsets.UTF_8)) {
            int number = 0;
            for (String text; (text = r.readLine()) != null; ) {
                number++;
                if (text.isBlank()) continue;
                String where = (in.equals("-") ? "stdin" : in) + ":" + number;
                try {
                    JsonNode node = parse(text);
                    if (node == null || !node.isObject()) throw new BadInputException(where + ": not a JSON object");
                    reader.accept(node, where);
                } catch (BadInputException e) {
                    err.println("sitrep: " + e.getMessage());
                    ok = false;
                }
            }
        } catch (NoSuchFileException e) {
            err.println("sitrep: " + in + ": no such file");
            return false;
        } catch (IOException e) {
            err.println("sitrep: " + in + ": " + e.getMessage());
            return false;
        }
        return ok;
    }

    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            return null;
        }
    }
}
