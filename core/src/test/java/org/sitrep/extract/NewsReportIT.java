package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.article.ArticleReader;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.SubEventType;

/**
 * A news report of our own writing (test resource articles/mali-village-attack.txt) with three
 * occurrences, a quote, a claim nobody made, a trend and a plan: three events, each coded right.
 */
class NewsReportIT {
    private static List<Event> events;

    @BeforeAll
    static void read() throws Exception {
        Path file = Path.of(NewsReportIT.class.getResource("/articles/mali-village-attack.txt").toURI());
        Article article = new ArticleReader().read(file.toString(), null);
        events = Models.EXTRACTOR.extract(article);
    }

    @Test
    void reportsExactlyTheThreeOccurrences() {
        assertEquals(3, events.size(), () -> Models.describe(events));
    }

    @Test
    void villageMassacreIsAnAttackOnCivilians() {
        Event e = events.get(0);
        assertEquals(SubEventType.ATTACK, e.subType());
        assertEquals("Civilians (Mali)", e.actor2().name());
        assertEquals(14, e.fatalities().best());
        assertEquals(LocalDate.of(2025, 3, 2), e.date().date());
        assertEquals("Mopti region", e.place().location());
    }

    @Test
    void armyConvoyThatHitABombIsTheTargetNotTheBomber() {
        Event e = events.get(1);
        assertEquals(SubEventType.REMOTE_EXPLOSIVE, e.subType());
        assertEquals("Military Forces of Mali", e.actor2().name());
        assertEquals("Mali", e.place().country());
        assertEquals(3, e.fatalities().best());
        assertEquals(LocalDate.of(2025, 2, 28), e.date().date());
    }

    @Test
    void protestDispersedWithTearGasIsAProtestWithIntervention() {
        Event e = events.get(2);
        assertEquals(SubEventType.PROTEST_WITH_INTERVENTION, e.subType());
        assertEquals("Police Forces of Mali", e.actor2().name());
        assertEquals("Bamako", e.place().location());
    }

    @Test
    void theTrendSince2015AndThePlanAreNotEvents() {
        assertTrue(events.stream().noneMatch(e -> e.evidence().stream()
                .anyMatch(ev -> ev.text().contains("since 2015") || ev.text().contains("will deploy"))));
    }
}
