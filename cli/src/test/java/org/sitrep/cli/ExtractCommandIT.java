package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.extract.Extractor;
import org.sitrep.model.EventWriter;

/**
 * {@code sitrep extract} run in-process on the seed article (examples/niger-tahoua-attack.txt):
 * its four events in every output format, JSON-lines input, and bad inputs and options reported
 * in one line each while the good inputs are still coded.
 */
class ExtractCommandIT {
    /** The seed's four events: Monday night's attack, last Thursday's, last month's, last month's pact. */
    private static final List<String> SEED_DATES = List.of("2024-07-08", "2024-07-11", "2024-06-15", "2024-06-15");
    private static final List<Integer> SEED_FATALITIES = List.of(41, 12, 17, 0);

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    private static String seed;

    @BeforeAll
    static void loadModelsAndFindTheSeed() {
        Extractor.english(); // load CoreNLP and the gazetteer before any run's output is captured
        for (Path d = Path.of("").toAbsolutePath(); d != null && seed == null; d = d.getParent()) {
            Path candidate = d.resolve("examples").resolve("niger-tahoua-attack.txt");
            if (Files.isRegularFile(candidate)) seed = candidate.toString();
        }
        assertNotNull(seed, "examples/niger-tahoua-attack.txt not found");
    }

    /** Runs the command with standard output and error captured. */
    private static CommandRun sitrep(String... args) {
        return CommandRun.of(args);
    }

    private static List<JsonNode> jsonLines(String out) throws IOException {
        List<JsonNode> events = new ArrayList<>();
        for (String line : out.lines().toList()) events.add(JSON.readTree(line));
        return events;
    }

    private static List<String> texts(List<JsonNode> events, String field) {
        return events.stream().map(e -> e.get(field).asText()).toList();
    }

    private static List<Integer> ints(List<JsonNode> events, String field) {
        return events.stream().map(e -> e.get(field).asInt()).toList();
    }

    private static void assertSeedEvents(List<JsonNode> events) {
        assertEquals(SEED_DATES, texts(events, "event_date"), events::toString);
        assertEquals(SEED_FATALITIES, ints(events, "fatalities"));
        assertEquals("Agreement", events.get(3).get("sub_event_type").asText());
        assertEquals(4, new HashSet<>(texts(events, "event_id")).size(), "event ids are unique within a run");
    }

    // ---- output formats

    @Test
    void jsonIsAnArrayOfTheSeedsFourEvents() throws IOException {
        CommandRun run = sitrep("extract", seed);
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        JsonNode array = JSON.readTree(run.out());
        assertTrue(array.isArray());
        List<JsonNode> events = new ArrayList<>();
        array.forEach(events::add);
        assertSeedEvents(events);
        assertEquals(List.of("niger-tahoua-attack.txt"), texts(events, "article_id").stream().distinct().toList());
    }

    @Test
    void jsonLinesIsOneEventALine() throws IOException {
        CommandRun run = sitrep("extract", "--format", "jsonl", seed);
        assertEquals(0, run.exitCode(), run.err());
        assertSeedEvents(jsonLines(run.out()));
    }

    @Test
    void csvIsTheSchemaColumnsThenOneRowAnEvent() {
        CommandRun run = sitrep("extract", "--format", "csv", seed);
        assertEquals(0, run.exitCode(), run.err());
        List<List<String>> rows = Csv.parse(run.out());
        assertEquals(EventWriter.COLUMNS, rows.get(0), "header in EVENT-SCHEMA.md's order");
        assertEquals("event_id,article_id,event_date,time_precision,event_type", String.join(",", rows.get(0).subList(0, 5)));
        assertEquals(5, rows.size(), run.out());
        int date = EventWriter.COLUMNS.indexOf("event_date");
        int fatalities = EventWriter.COLUMNS.indexOf("fatalities");
        for (int i = 1; i < rows.size(); i++) {
            assertEquals(EventWriter.COLUMNS.size(), rows.get(i).size(), "cells in row " + i);
            assertEquals(SEED_DATES.get(i - 1), rows.get(i).get(date));
            assertEquals(String.valueOf(SEED_FATALITIES.get(i - 1)), rows.get(i).get(fatalities));
        }
    }

    @Test
    void geoJsonIsAFeatureCollectionOfTheFourEvents() throws IOException {
        CommandRun run = sitrep("extract", "--format", "geojson", seed);
        assertEquals(0, run.exitCode(), run.err());
        JsonNode collection = JSON.readTree(run.out());
        assertEquals("FeatureCollection", collection.get("type").asText());
        List<JsonNode> properties = new ArrayList<>();
        for (JsonNode feature : collection.get("features")) {
            assertEquals("Feature", feature.get("type").asText());
            properties.add(feature.get("properties"));
        }
        assertSeedEvents(properties);
    }

    @Test
    void theCallersPublicationDateOverridesTheDateLine() throws IOException {
        CommandRun run = sitrep("extract", "--format", "jsonl", "--published", "2024-07-20", seed);
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("2024-07-15", jsonLines(run.out()).get(0).get("event_date").asText(), "the Monday before 20 July");
    }

    // ---- JSON-lines input

    @Test
    void jsonLinesInputCodesEachLineUnderItsOwnId() throws IOException {
        Path input = dir.resolve("articles.jsonl");
        Files.writeString(input, String.join("\n",
                JSON.writeValueAsString(Map.of("id", "mopti-raid", "published", "2024-07-13",
                        "text", "Gunmen killed four villagers in a raid on a village in Mopti region, Mali, on Monday,"
                                + " local officials said.")),
                JSON.writeValueAsString(Map.of("id", "nairobi-protest", "published", "2024-07-13",
                        "html", "<html><body><article><p>Police fired tear gas to disperse protesters in Nairobi, Kenya,"
                                + " on Tuesday, witnesses said.</p></article></body></html>"))) + "\n");
        CommandRun run = sitrep("extract", "--input", "jsonl", "--format", "jsonl", input.toString());
        assertEquals(0, run.exitCode(), run.err());
        List<JsonNode> events = jsonLines(run.out());
        assertEquals(List.of("mopti-raid", "nairobi-protest"), texts(events, "article_id"), run.out());
        assertEquals(List.of("2024-07-08", "2024-07-09"), texts(events, "event_date"));
    }

    // ---- bad inputs: one line on stderr naming the input, exit 1, the other inputs still coded

    private static void assertReportedWhileTheSeedIsCoded(String badInput) throws IOException {
        CommandRun run = sitrep("extract", "--format", "jsonl", seed, badInput);
        assertEquals(1, run.exitCode(), run.err());
        assertEquals(1, run.errLines().size(), () -> "one line on stderr: " + run.err());
        assertTrue(run.errLines().get(0).contains(badInput), () -> "names the input: " + run.err());
        assertSeedEvents(jsonLines(run.out()));
    }

    @Test
    void aMissingFileIsReportedAndTheOtherInputsCoded() throws IOException {
        assertReportedWhileTheSeedIsCoded(dir.resolve("no-such-article.txt").toString());
    }

    @Test
    void anEmptyFileIsReportedAndTheOtherInputsCoded() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        assertReportedWhileTheSeedIsCoded(empty.toString());
    }

    @Test
    void aBinaryFileIsReportedAndTheOtherInputsCoded() throws IOException {
        Path photo = Files.write(dir.resolve("photo.png"),
                new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1});
        assertReportedWhileTheSeedIsCoded(photo.toString());
    }

    @Test
    void aPageWithNoArticleIsReportedAndTheOtherInputsCoded() throws IOException {
        Path menu = Files.writeString(dir.resolve("sections.html"), """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>Sections | The Example Ledger</title></head>
                <body><nav><ul><li><a href="/">Home</a></li><li><a href="/world/">World</a></li>
                <li><a href="/sport/">Sport</a></li><li><a href="/contact/">Contact us</a></li></ul></nav>
                <footer><p>© 2024 The Example Ledger. All rights reserved.</p></footer></body></html>
                """);
        assertReportedWhileTheSeedIsCoded(menu.toString());
    }

    @Test
    void anUnreachableUrlIsReportedAndTheOtherInputsCoded() throws IOException {
        assertReportedWhileTheSeedIsCoded("http://127.0.0.1:1/");
    }

    // ---- bad options: a usage error (exit 2) in one clear line, nothing coded

    @Test
    void anUnknownFormatIsOneClearLine() {
        CommandRun run = sitrep("extract", "--format", "xml", seed);
        assertEquals(2, run.exitCode(), run.err());
        assertEquals("", run.out());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().contains("--format") && run.err().contains("xml"), run.err());
    }

    @Test
    void aPublicationDateThatIsNoDateIsOneClearLine() {
        CommandRun run = sitrep("extract", "--published", "13/07/2024", seed);
        assertEquals(2, run.exitCode(), run.err());
        assertEquals("", run.out());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().contains("--published") && run.err().contains("13/07/2024"), run.err());
    }

    /** RFC 4180 CSV: quoted cells may hold commas, doubled quotes and line breaks. */
    private static final class Csv {
        static List<List<String>> parse(String text) {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        cell.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    row.add(cell.toString());
                    cell.setLength(0);
                } else if (c == '\n') {
                    row.add(cell.toString());
                    cell.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                } else if (c != '\r') {
                    cell.append(c);
                }
            }
            if (cell.length() > 0 || !row.isEmpty()) {
                row.add(cell.toString());
                rows.add(row);
            }
            return rows;
        }
    }
}
