package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Event;
import org.sitrep.store.EventStore;

/**
 * English and French reports side by side: {@code sitrep ingest} codes each in its own language,
 * reports of one attack in the two languages become one event with two sources, and {@code --lang}
 * overrides the guess on {@code extract} and {@code ingest}.
 */
class FrenchIngestIT {
    private static final String ENGLISH = "2024-07-10\n\nGunmen killed 12 villagers in an attack on Monday near Tillaberi,"
            + " in western Niger, local officials said.\n\nThe attackers burned houses and fled on motorcycles.\n";
    private static final String FRENCH = "10 juillet 2024\n\nDes hommes armés ont tué 12 villageois lundi lors d'une attaque"
            + " près de Tillabéry, dans l'ouest du Niger, ont indiqué des responsables locaux.\n\nLes assaillants ont incendié"
            + " des maisons avant de prendre la fuite à moto.\n";
    private static final String FRENCH_PROTEST = "13 juillet 2024\n\nSamedi, des milliers de personnes ont participé à une"
            + " manifestation pacifique à Bamako pour réclamer le départ des troupes étrangères.\n";

    @TempDir
    Path dir;

    private static CommandRun ingest(Path data, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("ingest", "--data", data.toString(), "--progress=none"));
        args.addAll(List.of(more));
        return CommandRun.of(args.toArray(String[]::new));
    }

    @Test
    void anEnglishAndAFrenchReportOfOneAttackAreOneEventWithTwoSources() throws IOException {
        Path reports = Files.createDirectories(dir.resolve("reports"));
        Files.writeString(reports.resolve("attack-en.txt"), ENGLISH);
        Files.writeString(reports.resolve("attaque-fr.txt"), FRENCH);
        Files.writeString(reports.resolve("manifestation-fr.txt"), FRENCH_PROTEST);
        Path data = dir.resolve("store");
        CommandRun run = ingest(data, reports.toString());
        assertEquals(0, run.exitCode(), run.err());
        try (EventStore store = EventStore.open(null, data)) {
            assertEquals(3, store.totals().articles());
            assertEquals(2, store.totals().events(), "the attack once, the protest once");
            Event attack = store.events(10, 0).stream().filter(e -> e.place().country().equals("Niger")).findFirst().orElseThrow();
            List<Event> sources = store.sources(attack.eventId());
            assertEquals(2, sources.size(), "one source in each language");
            assertEquals(Set.of("en", "fr"), sources.stream().map(Event::language).collect(Collectors.toSet()));
            for (Event source : sources) {
                assertEquals(12, source.fatalities().best(), source.language());
                assertEquals("Tillabéri", source.place().admin1(), source.language());
            }
            Event protest = store.events(10, 0).stream().filter(e -> e.place().country().equals("Mali")).findFirst().orElseThrow();
            assertEquals("Protesters (Mali)", protest.actor1().name());
            assertEquals("fr", protest.language());
        }
    }

    @Test
    void langFrReadsAnArticleAsFrenchWhateverItWasGuessed() throws IOException {
        // a headline-like line without function words is too little for the guesser, which then says English
        Path file = Files.writeString(dir.resolve("court.txt"), "13 juillet 2024\n\nDjibo : 5 soldats tués jeudi dernier.\n");
        CommandRun guessed = CommandRun.of("extract", "--format", "jsonl", file.toString());
        CommandRun told = CommandRun.of("extract", "--format", "jsonl", "--lang", "fr", file.toString());
        assertEquals(0, told.exitCode(), told.err());
        assertTrue(told.out().contains("\"language\":\"fr\""), told.out());
        assertTrue(told.out().contains("\"fatalities\":5"), told.out());
        assertTrue(told.out().contains("\"event_date\":\"2024-07-11\""), told.out());
        assertTrue(guessed.out().isBlank(), "read as English, the French words report nothing: " + guessed.out());
    }

    @Test
    void aJsonLineMaySayItsLanguageAndABadOneIsReportedInOneLine() throws IOException {
        Path lines = Files.writeString(dir.resolve("lines.jsonl"),
                "{\"id\":\"a\",\"text\":\"Djibo : 5 soldats tués jeudi dernier.\",\"published\":\"2024-07-13\",\"language\":\"fr\"}\n"
                        + "{\"id\":\"b\",\"text\":\"Djibo : 5 soldats tués jeudi dernier.\",\"published\":\"2024-07-13\",\"language\":\"de\"}\n");
        CommandRun run = CommandRun.of("extract", "--input", "jsonl", "--format", "jsonl", lines.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertEquals(List.of("sitrep: " + lines + ":2: language must be en or fr, not de"), run.errLines());
        assertEquals(1, run.out().lines().count(), run.out());
        assertTrue(run.out().contains("\"article_id\":\"a\"") && run.out().contains("\"language\":\"fr\""), run.out());
    }

    @Test
    void aLanguageSitrepDoesNotCodeIsAUsageErrorInOneLine() throws IOException {
        Path file = Files.writeString(dir.resolve("en.txt"), ENGLISH);
        for (String command : List.of("extract", "ingest")) {
            CommandRun run = command.equals("extract") ? CommandRun.of("extract", "--lang", "de", file.toString())
                    : ingest(dir.resolve("store-de"), "--lang", "de", file.toString());
            assertEquals(2, run.exitCode(), command);
            assertTrue(run.err().startsWith("sitrep: --lang must be en or fr, not de"), run.err());
        }
    }
}
