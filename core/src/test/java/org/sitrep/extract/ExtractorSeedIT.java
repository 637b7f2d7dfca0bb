package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitrep.article.ArticleReader;
import org.sitrep.article.UnreadableArticleException;
import org.sitrep.model.ActorType;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Evidence;
import org.sitrep.model.SubEventType;
import org.sitrep.model.TimePrecision;

/**
 * The founding example end to end: the seed article (examples/niger-tahoua-attack) reports
 * exactly four events (EVENT-SCHEMA.md): Monday night's attack, last Thursday's, last month's, and
 * last month's security pact. Every test reads it three ways: as plain text, as a news page, and
 * from a URL served on the loopback interface.
 */
class ExtractorSeedIT {
    private static final String OPENING_DEATHS = "At least 29 soldiers have been killed";

    private static HttpServer server;
    private static String pageUrl;

    /** The seed read one way, and its events. */
    record Coded(Article article, List<Event> events) {
        Event event(int i) {
            return events.get(i);
        }

        String describe() {
            return Models.describe(events);
        }
    }

    private static final Map<String, Coded> CODED = new ConcurrentHashMap<>();

    /** The repository's examples folder, found from the module directory tests run in. */
    private static Path example(String name) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("examples").resolve(name);
            if (Files.isRegularFile(candidate)) return candidate;
        }
        throw new IllegalStateException("examples/" + name + " not found above " + Path.of("").toAbsolutePath());
    }

    @BeforeAll
    static void servePage() throws IOException {
        byte[] page = Files.readAllBytes(example("niger-tahoua-attack.html"));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/2024/07/13/niger-tahoua-attack/", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(page);
            }
        });
        server.start();
        pageUrl = "http://127.0.0.1:" + server.getAddress().getPort() + "/2024/07/13/niger-tahoua-attack/";
    }

    @AfterAll
    static void stopServer() {
        server.stop(0);
    }

    /** The three ways of reading the seed. */
    static Stream<String> sources() {
        return Stream.of("text", "page", "url");
    }

    /** The seed read as {@code source} and coded, once per source. */
    private static Coded seed(String source) {
        return CODED.computeIfAbsent(source, s -> {
            String input = switch (s) {
                case "text" -> example("niger-tahoua-attack.txt").toString();
                case "page" -> example("niger-tahoua-attack.html").toString();
                default -> pageUrl;
            };
            try {
                Article article = new ArticleReader().read(input, null);
                return new Coded(article, Models.EXTRACTOR.extract(article));
            } catch (UnreadableArticleException e) {
                throw new UncheckedIOException(new IOException(e.getMessage(), e));
            }
        });
    }

    // ---- the article and its four events

    @ParameterizedTest
    @MethodSource("sources")
    void theDateLineOrThePageMetadataDatesTheArticle(String source) {
        assertEquals(LocalDate.of(2024, 7, 13), seed(source).article().published());
    }

    @ParameterizedTest
    @MethodSource("sources")
    void theSeedReportsFourEventsInTheOrderItTellsThem(String source) {
        Coded seed = seed(source);
        assertEquals(List.of("2024-07-08", "2024-07-11", "2024-06-15", "2024-06-15"),
                seed.events().stream().map(e -> e.date().date().toString()).toList(), seed.describe());
    }

    // ---- Monday night's attack

    @ParameterizedTest
    @MethodSource("sources")
    void mondayNightsAttackIsOnTheEighthOfJulyToTheDay(String source) {
        Event monday = seed(source).event(0);
        assertEquals(LocalDate.of(2024, 7, 8), monday.date().date());
        assertEquals(TimePrecision.DAY, monday.date().precision());
    }

    @ParameterizedTest
    @MethodSource("sources")
    void mondayNightsAttackIsABattleOrAnExplosionInNiger(String source) {
        Event monday = seed(source).event(0);
        assertTrue(monday.type() == EventType.BATTLES || monday.type() == EventType.EXPLOSIONS, seed(source).describe());
        assertEquals("Niger", monday.place().country());
    }

    @ParameterizedTest
    @MethodSource("sources")
    void mondayNightsAttackIsByAnArmedGroupOnNigersMilitary(String source) {
        Event monday = seed(source).event(0);
        assertEquals("Military Forces of Niger", monday.actor2().name(), seed(source).describe());
        assertEquals(ActorType.STATE_FORCES, monday.actor2().type());
        assertTrue(Set.of(2, 3).contains(monday.actor1().type().code()), seed(source).describe());
    }

    @ParameterizedTest
    @MethodSource("sources")
    void mondayNightsAttackKilledTwentyNineSoldiersAndSeveralDozenTerrorists(String source) {
        Event monday = seed(source).event(0);
        assertEquals(41, monday.fatalities().best(), "29 + several dozen (12)");
        assertEquals(41, monday.fatalities().low());
        assertEquals(41, monday.fatalities().high());
    }

    @ParameterizedTest
    @MethodSource("sources")
    void mondayNightsAttackUsedIedsAndSuicideVehicles(String source) {
        List<String> tags = seed(source).event(0).tags();
        assertTrue(tags.contains("IED"), () -> "tags " + tags);
        assertTrue(tags.stream().anyMatch(t -> t.startsWith("suicide vehicle")), () -> "tags " + tags);
    }

    @ParameterizedTest
    @MethodSource("sources")
    void mondayNightsDeathsAreEvidencedByTheOpeningWordsAtTheirOffsets(String source) {
        Coded seed = seed(source);
        Evidence deaths = seed.event(0).evidenceFor("fatalities");
        assertNotNull(deaths, seed.describe());
        assertTrue(deaths.text().startsWith(OPENING_DEATHS), deaths::text);
        assertEquals(seed.article().body().indexOf(OPENING_DEATHS), deaths.start());
        assertEquals(deaths.text(), seed.article().body().substring(deaths.start(), deaths.end()));
    }

    // ---- last Thursday's attack, last month's attack and pact

    @ParameterizedTest
    @MethodSource("sources")
    void lastThursdaysAttackKilledTwelveInNigerOnTheEleventh(String source) {
        Event thursday = seed(source).event(1);
        assertEquals(LocalDate.of(2024, 7, 11), thursday.date().date());
        assertEquals(TimePrecision.DAY, thursday.date().precision());
        assertEquals(12, thursday.fatalities().best());
        assertEquals("Niger", thursday.place().country());
    }

    @ParameterizedTest
    @MethodSource("sources")
    void lastMonthsAttackKilledSeventeenSometimeInJune(String source) {
        Event lastMonth = seed(source).event(2);
        assertEquals(LocalDate.of(2024, 6, 15), lastMonth.date().date());
        assertEquals(TimePrecision.MONTH, lastMonth.date().precision());
        assertEquals(17, lastMonth.fatalities().best());
    }

    @ParameterizedTest
    @MethodSource("sources")
    void lastMonthsAttackNearTheBorderWithBurkinaFasoIsInNiger(String source) {
        assertEquals("Niger", seed(source).event(2).place().country(), seed(source).describe());
    }

    @ParameterizedTest
    @MethodSource("sources")
    void lastMonthsSecurityPactIsAnAgreementSometimeInJune(String source) {
        Event pact = seed(source).event(3);
        assertEquals(SubEventType.AGREEMENT, pact.subType(), seed(source).describe());
        assertEquals(EventType.STRATEGIC_DEVELOPMENTS, pact.type());
        assertEquals(LocalDate.of(2024, 6, 15), pact.date().date());
        assertEquals(TimePrecision.MONTH, pact.date().precision());
    }

    // ---- what is not an event, and the evidence

    @ParameterizedTest
    @MethodSource("sources")
    void theCommentFormIsNotPartOfAnyEvent(String source) {
        for (Event e : seed(source).events()) {
            for (Evidence ev : e.evidence()) {
                assertFalse(ev.text().contains("Reply") || ev.text().contains("Required fields"), ev::toString);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("sources")
    void theSpillOverIn2015IsBackgroundNotAnEvent(String source) {
        for (Event e : seed(source).events()) {
            assertNotEquals(2015, e.date().date().getYear(), seed(source).describe());
        }
    }

    @ParameterizedTest
    @MethodSource("sources")
    void risingAttacksAndASurgeInViolenceAreNotViolentEvents(String source) {
        for (Event e : seed(source).events()) {
            if (!e.type().isViolent()) continue;
            for (Evidence ev : e.evidence()) {
                assertFalse(ev.text().contains("have risen") || ev.text().contains("surge"), ev::toString);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("sources")
    void everyEvidenceQuotesTheBodyAtItsOffsets(String source) {
        Coded seed = seed(source);
        for (Event e : seed.events()) {
            for (Evidence ev : e.evidence()) {
                assertEquals(ev.text(), seed.article().body().substring(ev.start(), ev.end()), ev::toString);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("sources")
    void eventsReadFromAUrlCarryIt(String source) {
        Coded seed = seed(source);
        String expected = source.equals("url") ? pageUrl : "";
        for (Event e : seed.events()) assertEquals(expected, e.sourceUrl());
    }
}
