package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.article.ArticleReader;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;

/**
 * The founding example in French (../shared/seeds/translations/000_63706d14c3328a74.fr.txt, read
 * in place): the same four events as the English seed, with the same dates, types, fatalities and
 * places, evidence in the French text, notes in English, and its French reply form left out as
 * page furniture. Skips when ../shared is absent (a fresh clone elsewhere).
 */
class FrenchSeedIT {
    private static final String SEED = "000_63706d14c3328a74";

    private static Article french;
    private static List<Event> frenchEvents;
    private static List<Event> englishEvents;

    /** Looks for shared/seeds beside the repository, from the module's or the repository's folder. */
    static Path seed(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/seeds").resolve(relative);
            if (Files.isRegularFile(candidate)) return candidate;
        }
        return null;
    }

    @BeforeAll
    static void codeBothSeeds() throws Exception {
        Path fr = seed("translations/" + SEED + ".fr.txt");
        Path en = seed(SEED + ".txt");
        Assumptions.assumeTrue(fr != null && en != null, "../shared/seeds is absent: skipping the French seed");
        Extractor extractor = Models.MULTILINGUAL;
        ArticleReader reader = new ArticleReader();
        french = reader.read(fr.toString(), null);
        frenchEvents = extractor.extract(french);
        englishEvents = extractor.extract(reader.read(en.toString(), null));
    }

    @Test
    void theFrenchSeedIsReadAsFrenchAndDatedByItsDateLine() {
        assertEquals("fr", french.language());
        assertEquals(Models.SATURDAY_13_JULY_2024, french.published());
    }

    @Test
    void theFrenchReplyFormIsNotArticleText() {
        assertFalse(french.body().contains("Laisser un commentaire"), french.body());
        assertFalse(french.body().contains("champs obligatoires"), french.body());
        assertTrue(french.body().endsWith("toute agression extérieure."), french.body());
    }

    @Test
    void theFrenchSeedGivesTheEnglishSeedsEventsWithTheSameDatesTypesFatalitiesAndPlaces() {
        assertEquals(4, englishEvents.size(), Models.describe(englishEvents));
        assertEquals(englishEvents.size(), frenchEvents.size(), Models.describe(frenchEvents));
        for (int i = 0; i < englishEvents.size(); i++) {
            Event en = englishEvents.get(i);
            Event fr = frenchEvents.get(i);
            String both = Models.describe(List.of(en, fr));
            assertEquals(en.date(), fr.date(), both);
            assertEquals(en.subType(), fr.subType(), both);
            assertEquals(en.fatalities(), fr.fatalities(), both);
            assertEquals(en.place().country(), fr.place().country(), both);
            assertEquals(en.place().admin1(), fr.place().admin1(), both);
            assertEquals(en.place().location(), fr.place().location(), both);
            assertEquals(en.place().precision(), fr.place().precision(), both);
            assertEquals("fr", fr.language());
        }
    }

    @Test
    void mondayNightsAttackIsByAnArmedGroupOnNigersMilitaryAsInEnglish() {
        Event monday = frenchEvents.get(0);
        assertEquals("Military Forces of Niger", monday.actor2().name(), Models.describe(frenchEvents));
        assertEquals(englishEvents.get(0).actor1().name(), monday.actor1().name(), Models.describe(frenchEvents));
    }

    @Test
    void everyEventHasTheEnglishSeedsActors() {
        for (int i = 0; i < englishEvents.size(); i++) {
            Event en = englishEvents.get(i);
            Event fr = frenchEvents.get(i);
            assertEquals(en.actor1().name(), fr.actor1().name(), Models.describe(List.of(en, fr)));
            assertEquals(en.actor2().name(), fr.actor2().name(), Models.describe(List.of(en, fr)));
        }
    }

    @Test
    void theEvidencePointsIntoTheFrenchTextAndTheNotesAreEnglish() {
        Event monday = frenchEvents.get(0);
        Evidence deaths = monday.evidence().stream().filter(e -> e.field().equals("fatalities")).findFirst().orElse(null);
        assertNotNull(deaths, Models.describe(frenchEvents));
        assertTrue(deaths.text().startsWith("Au moins 29 soldats ont été tués"), deaths::text);
        assertEquals(deaths.text(), french.body().substring(deaths.start(), deaths.end()));
        Evidence date = monday.evidence().stream().filter(e -> e.field().equals("event_date")).findFirst().orElseThrow();
        assertEquals("lundi soir", date.text());
        assertTrue(monday.notes().startsWith("On 8 July 2024, "), monday.notes());
        assertTrue(monday.notes().contains("Niger"), monday.notes());
    }
}
