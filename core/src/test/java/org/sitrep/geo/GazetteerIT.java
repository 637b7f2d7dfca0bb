package org.sitrep.geo;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The gazetteer built from the real data (GeoNames, countries-states-cities) in a temporary cache. */
public class GazetteerIT {

    @TempDir
    static Path temp;
    static Path cache;
    static Gazetteer gazetteer;
    static long firstOpenMillis;

    @BeforeAll
    static void build() {
        cache = temp.resolve("cache");
        long start = System.nanoTime();
        gazetteer = Gazetteer.open(GazetteerConfig.of(cache, List.of(), List.of()));
        firstOpenMillis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("gazetteer: index built in %,d ms, %,d places%n", firstOpenMillis, gazetteer.size());
    }

    @AfterAll
    static void close() {
        gazetteer.close();
    }

    private static GazetteerEntry first(String name) {
        List<GazetteerEntry> found = gazetteer.lookup(name, 10);
        assertFalse(found.isEmpty(), "nothing found for " + name);
        return found.getFirst();
    }

    private static boolean has(List<GazetteerEntry> entries, PlaceLevel level, String countryCode) {
        return entries.stream().anyMatch(e -> e.level() == level && e.countryCode().equals(countryCode));
    }

    @Test
    void tahouaIsARegionOfNigerAndATown() {
        List<GazetteerEntry> found = gazetteer.lookup("Tahoua", 10);
        assertTrue(has(found, PlaceLevel.ADMIN1, "NE"), found::toString);
        assertTrue(has(found, PlaceLevel.PLACE, "NE"), found::toString);
    }

    @Test
    void tahouaRegionIsTheRegion() {
        GazetteerEntry region = first("Tahoua region");
        assertEquals(PlaceLevel.ADMIN1, region.level());
        assertEquals("NE", region.countryCode());
    }

    @Test
    void bornoStateIsTheNigerianState() {
        GazetteerEntry state = first("Borno State");
        assertEquals(PlaceLevel.ADMIN1, state.level());
        assertEquals("NG", state.countryCode());
    }

    @Test
    void nigerIsTheCountryBeforeNigeriasNigerState() {
        GazetteerEntry niger = first("Niger");
        assertEquals(PlaceLevel.COUNTRY, niger.level());
        assertEquals("NE", niger.countryCode());
    }

    @Test
    void texasIsAStateOfTheUnitedStates() {
        GazetteerEntry texas = first("Texas");
        assertEquals(PlaceLevel.ADMIN1, texas.level());
        assertEquals("US", texas.countryCode());
    }

    @Test
    void georgiaIsBothTheCountryAndTheUsState() {
        List<GazetteerEntry> found = gazetteer.lookup("Georgia", 10);
        assertTrue(has(found, PlaceLevel.COUNTRY, "GE"), found::toString);
        assertTrue(has(found, PlaceLevel.ADMIN1, "US"), found::toString);
    }

    @Test
    void nigerienFindsNiger() {
        GazetteerEntry niger = first("Nigerien");
        assertEquals(PlaceLevel.COUNTRY, niger.level());
        assertEquals("NE", niger.countryCode());
    }

    @Test
    void tillaberiRegionLiesInsideNiger() {
        GazetteerEntry region = gazetteer.admin1("NE", "Tillabéri").orElseThrow();
        // Niger's bounding box: 11.69-23.53 N, 0.16-16.00 E.
        assertTrue(region.latitude() > 11.69 && region.latitude() < 23.53, region::toString);
        assertTrue(region.longitude() > 0.16 && region.longitude() < 16.00, region::toString);
    }

    @Test
    void admin1IsFoundWithOrWithoutItsAreaWord() {
        GazetteerEntry bare = gazetteer.admin1("NG", "Borno").orElseThrow();
        assertEquals(bare, gazetteer.admin1("ng", "Borno State").orElseThrow());
        assertEquals(bare, gazetteer.admin1("NG", "borno-state").orElseThrow());
    }

    @Test
    void countryByCodeHasItsCentroid() {
        GazetteerEntry niger = gazetteer.country("NE").orElseThrow();
        assertEquals("Niger", niger.name());
        assertEquals(PlaceLevel.COUNTRY, niger.level());
        assertEquals(16.0, niger.latitude(), 1.0);
    }

    @Test
    void accentsHyphensAndSaintAreFolded() {
        assertEquals(first("Tillabéri"), first("TILLABERI"));
        assertEquals(first("Bobo-Dioulasso"), first("Bobo Dioulasso"));
        assertEquals(first("St. Louis"), first("Saint Louis"));
    }

    @Test
    void townsThatCities500LacksComeFromCitiesJson() {
        GazetteerEntry aribinda = first("Aribinda");
        assertEquals(PlaceLevel.PLACE, aribinda.level());
        assertEquals("BF", aribinda.countryCode());
    }

    @Test
    void byIdFindsATown() {
        GazetteerEntry tahoua = gazetteer.lookup("Tahoua", 10).stream()
                .filter(e -> e.level() == PlaceLevel.PLACE).findFirst().orElseThrow();
        assertEquals(tahoua, gazetteer.byId(tahoua.geonameid()).orElseThrow());
    }

    @Test
    void userFilesAddPlaces() throws IOException {
        Path geonames = copy("user-places.txt");
        Path csv = copy("user-places.csv");
        try (Gazetteer withUserFiles = Gazetteer.open(GazetteerConfig.of(temp.resolve("user-cache"), List.of(geonames), List.of(csv)))) {
            GazetteerEntry inates = withUserFiles.lookup("Inates", 5).getFirst();
            assertEquals(99000001L, inates.geonameid());
            assertEquals("NE", inates.countryCode());
            assertEquals("Tillabéri Region", inates.admin1());
            assertEquals("user-places.txt", inates.source());
            assertEquals(inates, withUserFiles.byId(99000001L).orElseThrow());

            GazetteerEntry tongo = withUserFiles.lookup("Tongo-Tongo", 5).stream()
                    .filter(e -> e.source().equals("user-places.csv")).findFirst().orElseThrow();
            assertEquals(14.6532, tongo.latitude(), 1e-9);
            assertEquals("Tillabéri Region", tongo.admin1());
            assertEquals(1200, tongo.population());
        }
    }

    @Test
    void aBadCsvLineIsOneSentenceNamingFileAndLine() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("bad"));
        Path csv = Files.writeString(dir.resolve("places.csv"), PlacesCsv.HEADER + "\n"
                + "Inates,15.2213,1.3587,NE,Tillabéri,,\n"
                + "Tabatol,north,1.5794,NE,Tillabéri,,\n");
        Path badCache = temp.resolve("bad-cache");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Gazetteer.open(GazetteerConfig.of(badCache, List.of(), List.of(csv))));
        assertTrue(e.getMessage().startsWith(csv + ":3: latitude is not a number"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
        assertTrue(!Files.exists(badCache) || isEmpty(badCache), "something was left in the cache");
    }

    @Test
    void theCacheIsReusedOnTheSecondOpen() throws IOException {
        long start = System.nanoTime();
        try (Gazetteer again = Gazetteer.open(GazetteerConfig.of(cache, List.of(), List.of()))) {
            GazetteerEntry tahoua = again.lookup("Tahoua", 1).getFirst();
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("gazetteer: first open (build) %,d ms, second open + lookup %,d ms%n", firstOpenMillis, millis);
            assertEquals(PlaceLevel.ADMIN1, tahoua.level());
            assertTrue(millis < firstOpenMillis / 2, "the second open took " + millis + " ms");
        }
        try (Stream<Path> indexes = Files.list(cache)) {
            assertEquals(1, indexes.filter(p -> p.getFileName().toString().startsWith("index-")).count());
        }
    }

    @Test
    void coldStartWithTheCacheIsQuickAndSmall() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-Xmx400m", "-cp", System.getProperty("java.class.path"),
                ColdStart.class.getName(), cache.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), output);
        String last = output.lines().reduce((a, b) -> b).orElse("");
        System.out.println("gazetteer: " + last);
        Matcher figures = Pattern.compile("(\\d+) ms heap (\\d+) MB").matcher(last);
        assertTrue(figures.find(), output);
        assertTrue(Long.parseLong(figures.group(1)) <= 10_000, last);
        assertTrue(Long.parseLong(figures.group(2)) <= 400, last);
    }

    /** Run in a fresh JVM: opens the cached gazetteer, looks one name up, prints the time and heap used. */
    public static final class ColdStart {
        public static void main(String[] args) {
            long start = System.nanoTime();
            Gazetteer gazetteer = Gazetteer.open(GazetteerConfig.of(Path.of(args[0]), List.of(), List.of()));
            gazetteer.lookup("Tahoua", 10);
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.gc();
            Runtime runtime = Runtime.getRuntime();
            long heap = (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
            System.out.println("cold start (open + first lookup, cache present): " + millis + " ms heap " + heap + " MB");
        }
    }

    @Test
    void thousandsOfLookupsPerSecond() throws IOException {
        List<String> names = new ArrayList<>();
        Random random = new Random(7);
        try (InputStream in = Gazetteer.class.getResourceAsStream("data/cities500.txt")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < 20_000; i++) {
                names.add(lines[random.nextInt(lines.length)].split("\t")[1]);
                if (i % 3 == 0) {
                    names.add("Nowhere " + i + " Province");
                }
            }
        }
        for (String name : names.subList(0, 5_000)) {
            gazetteer.lookup(name, 10);
        }
        long start = System.nanoTime();
        int found = 0;
        for (String name : names) {
            found += gazetteer.lookup(name, 10).isEmpty() ? 0 : 1;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("gazetteer: %,d lookups (%,d found) in %.2f s: %,.0f lookups/s%n",
                names.size(), found, seconds, names.size() / seconds);
        assertTrue(names.size() / seconds > 2_000);
    }

    @Test
    void everyLevelHasPlaces() {
        Map<PlaceLevel, Integer> counts = new EnumMap<>(PlaceLevel.class);
        for (String name : List.of("Niger", "Mali", "Texas", "Borno", "Gao", "Tahoua")) {
            for (GazetteerEntry e : gazetteer.lookup(name, 50)) {
                counts.merge(e.level(), 1, Integer::sum);
            }
        }
        assertEquals(PlaceLevel.values().length, counts.size(), counts::toString);
    }

    private static Path copy(String resource) throws IOException {
        try (InputStream in = GazetteerIT.class.getResourceAsStream(resource)) {
            Path file = temp.resolve(resource);
            Files.copy(in, file);
            return file;
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> children = Files.list(dir)) {
            return children.findAny().isEmpty();
        }
    }
}
