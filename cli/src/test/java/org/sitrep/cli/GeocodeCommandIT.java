package org.sitrep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.geo.Geocoder;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code sitrep geocode --input jsonl} and {@code sitrep eval geo} run in-process on small files
 * of sentences written for the test: given spans and found places, one output line per place, a
 * bad line reported with its file and line while the others are still geocoded.
 */
class GeocodeCommandIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    @BeforeAll
    static void loadTheGazetteerAndTheAnnotator() {
        Geocoder.shared().find("Gunmen attacked Gao."); // load before any run's output is captured
    }

    private static CommandRun sitrep(String... args) {
        return CommandRun.of(args);
    }

    private static List<JsonNode> lines(String out) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : out.lines().toList()) {
            nodes.add(JSON.readTree(line));
        }
        return nodes;
    }

    private static Path write(String name, String... lines) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, List.of(lines), StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void givenSpansAndFoundPlacesComeBackOneLineAPlace() throws IOException {
        String first = "Jihadists killed 29 soldiers in the Tahoua region of Niger.";
        Path input = write("two.jsonl",
                JSON.writeValueAsString(java.util.Map.of("id", "a", "text", first, "toponyms",
                        List.of(java.util.Map.of("start", 36, "end", 42), java.util.Map.of("start", 53, "end", 58)))),
                "{\"id\": 7, \"text\": \"Nigerien troops clashed with gunmen near Ouallam.\"}");
        CommandRun run = sitrep("geocode", "--input", "jsonl", input.toString());
        assertEquals(0, run.exitCode(), run.err());
        List<JsonNode> places = lines(run.out());
        assertEquals(4, places.size(), run.out());

        JsonNode tahoua = places.get(0);
        assertEquals("a", tahoua.get("id").asText());
        assertEquals(36, tahoua.get("start").asInt());
        assertEquals(42, tahoua.get("end").asInt());
        assertEquals("admin1", tahoua.get("level").asText());
        assertEquals("Niger", tahoua.get("country").asText());
        assertTrue(tahoua.get("latitude").isNumber() && tahoua.get("longitude").isNumber());
        for (String field : List.of("id", "start", "end", "name", "level", "geonameid", "latitude", "longitude", "country", "admin1")) {
            assertTrue(tahoua.has(field), field + " missing in " + tahoua);
        }
        assertEquals("country", places.get(1).get("level").asText());
        assertEquals("Niger", places.get(1).get("name").asText());

        assertEquals(7, places.get(2).get("id").asInt(), "the id is echoed as written");
        assertEquals("Niger", places.get(2).get("country").asText());
        assertEquals("place", places.get(3).get("level").asText());
        assertEquals("Niger", places.get(3).get("country").asText());
        assertTrue(places.get(3).get("geonameid").isIntegralNumber());
    }

    @Test
    void anUnresolvedPlaceHasNoLevelAndNoPoint() throws IOException {
        Path input = write("unknown.jsonl",
                "{\"id\": \"u\", \"text\": \"Clashes in Qxzvorrtaville.\", \"toponyms\": [{\"start\": 11, \"end\": 25}]}");
        CommandRun run = sitrep("geocode", "--input", "jsonl", input.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode place = lines(run.out()).get(0);
        assertEquals("Qxzvorrtaville", place.get("name").asText());
        assertTrue(place.get("level").isNull());
        assertTrue(place.get("latitude").isNull() && place.get("longitude").isNull());
    }

    @Test
    void aBadLineIsReportedWithItsFileAndLineAndTheOthersAreGeocoded() throws IOException {
        Path input = write("bad.jsonl",
                "{\"id\": 1, \"text\": \"Gunmen attacked Gao.\", \"toponyms\": [{\"start\": 16, \"end\": 19}]}",
                "not json",
                "{\"id\": 3, \"text\": \"Short.\", \"toponyms\": [{\"start\": 2, \"end\": 40}]}",
                "{\"id\": 4, \"text\": \"Fighting in Mopti.\", \"toponyms\": [{\"start\": 12, \"end\": 17}]}");
        CommandRun run = sitrep("geocode", "--input", "jsonl", input.toString());
        assertEquals(1, run.exitCode());
        List<String> errors = run.err().lines().toList();
        assertEquals(2, errors.size(), run.err());
        assertTrue(errors.get(0).contains(input + ":2"), errors.get(0));
        assertTrue(errors.get(1).contains(input + ":3"), errors.get(1));
        List<JsonNode> places = lines(run.out());
        assertEquals(List.of(1, 4), places.stream().map(p -> p.get("id").asInt()).toList());
    }

    @Test
    void evalGeoScoresAGoldCountryByItsLevelAndATownByDistance() throws IOException {
        Path gold = write("gold.jsonl", "{\"doc_id\": \"d1\", \"text\": \"Soldiers died near Gao in northern Mali.\", "
                + "\"toponyms\": [{\"phrase\": \"Gao\", \"start\": 19, \"end\": 22, \"lat\": 16.27, \"lon\": -0.04, \"fcode\": \"PPLA\", "
                + "\"geonameid\": \"2457163\", \"country\": \"Mali\", \"admin1\": \"Gao\"}, "
                + "{\"phrase\": \"Mali\", \"start\": 35, \"end\": 39, \"lat\": 10.0, \"lon\": 0.0, \"fcode\": \"PCLI\", "
                + "\"geonameid\": \"2453866\", \"country\": \"Mali\", \"admin1\": \"\"}]}");
        CommandRun run = sitrep("eval", "geo", "--gold", gold.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("100.0%  (2 of 2)"), run.out());
    }
}
