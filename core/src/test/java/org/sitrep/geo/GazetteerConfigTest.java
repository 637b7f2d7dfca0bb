package org.sitrep.geo;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GazetteerConfigTest {

    @TempDir
    Path dir;

    @AfterEach
    void clearOverrides() {
        System.clearProperty("sitrep.gazetteer.cache");
        System.clearProperty("sitrep.gazetteer.geonames");
        System.clearProperty("sitrep.gazetteer.csv");
    }

    @Test
    void systemPropertiesOverrideTheConfigFile() {
        System.setProperty("sitrep.gazetteer.cache", dir.resolve("cache").toString());
        System.setProperty("sitrep.gazetteer.geonames", dir.resolve("NE.txt") + " , " + dir.resolve("ML.txt"));
        System.setProperty("sitrep.gazetteer.csv", dir.resolve("places.csv").toString());
        GazetteerConfig config = GazetteerConfig.load();
        assertEquals(dir.resolve("cache"), config.cacheDir());
        assertEquals(List.of(dir.resolve("NE.txt"), dir.resolve("ML.txt")), config.geonamesFiles());
        assertEquals(List.of(dir.resolve("places.csv")), config.csvFiles());
    }

    @Test
    void withExtraAddsFilesAfterTheConfiguredOnes() {
        GazetteerConfig config = GazetteerConfig.of(dir, List.of(Path.of("a.txt")), List.of())
                .withExtra(List.of(Path.of("b.txt")), List.of(Path.of("c.csv")));
        assertEquals(List.of(Path.of("a.txt"), Path.of("b.txt")), config.geonamesFiles());
        assertEquals(List.of(Path.of("c.csv")), config.csvFiles());
    }

    @Test
    void aChangedExtraFileGetsAnotherCache() throws IOException {
        Path csv = Files.writeString(dir.resolve("places.csv"), PlacesCsv.HEADER + "\n");
        GazetteerConfig config = GazetteerConfig.of(dir, List.of(), List.of(csv));
        String before = Gazetteer.cacheName(config);
        assertEquals(before, Gazetteer.cacheName(config));
        assertNotEquals(Gazetteer.cacheName(GazetteerConfig.of(dir, List.of(), List.of())), before);
        Files.writeString(csv, PlacesCsv.HEADER + "\nInates,15.2213,1.3587,NE,,,\n");
        Files.setLastModifiedTime(csv, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
        assertNotEquals(before, Gazetteer.cacheName(config));
    }

    @Test
    void aMissingExtraFileIsNamed() {
        Path missing = dir.resolve("NE.txt");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Gazetteer.cacheName(GazetteerConfig.of(dir, List.of(missing), List.of())));
        assertEquals(missing + ": no such file", e.getMessage());
    }

    @Test
    void quotedCsvFieldsMayHoldCommas() {
        assertEquals(List.of("Washington, D.C.", "38.9", "-77.04", "US", "", "", ""),
                PlacesCsv.fields("\"Washington, D.C.\",38.9,-77.04,US,,,"));
    }

    @Test
    void aGeoNamesLineWithTooFewColumnsSaysSo() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GeoNamesFile.read("99000001\tInates\t15.2\t1.3", "NE.txt"));
        assertTrue(e.getMessage().startsWith("expected 19 tab-separated GeoNames columns, found 4"), e.getMessage());
    }
}
