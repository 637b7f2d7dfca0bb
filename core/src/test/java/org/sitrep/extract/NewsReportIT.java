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
import org.sitrep.model.GeoPrecision;
import org.sitrep.model.SubEventType;

/**
 * News reports of our own writing (test resources under articles/): a Malian report with three
 * occurrences, a quote, a claim nobody made, a trend and a plan; a Myanmar report of an air strike,
 * a captured outpost and an arrest; a Kenyan news page with two protests in two cities.
 */
class NewsReportIT {
    private static List<Event> events;
    private static List<Event> myanmar;
    private static List<Event> kenya;

    @BeforeAll
    static void read() throws Exception {
        events = extract("mali-village-attack.txt");
        myanmar = extract("myanmar-air-strike.txt");
        kenya = extract("kenya-protests.html");
    }

    private static List<Event> extract(String name) throws Exception {
        Path file = Path.of(NewsReportIT.class.getResource("/articles/" + name).toURI());
        Article article = new ArticleReader().read(file.toString(), null);
        return Models.EXTRACTOR.extract(article);
    }

    @Test
    void airStrikeOnAVillageIsAnAirStrikeOnCivilians() {
        assertEquals(3, myanmar.size(), () -> Models.describe(myanmar));
        Event e = myanmar.get(0);
        assertEquals(SubEventType.AIR_DRONE_STRIKE, e.subType());
        assertEquals("Military Forces of Myanmar", e.actor1().name());
        assertEquals("Civilians (Myanmar)", e.actor2().name());
        assertEquals(11, e.fatalities().best());
        assertEquals(LocalDate.of(2023, 10, 18), e.date().date());
    }

    @Test
    void outpostTakenAfterFightingIsABattleWithTheNamedGroup() {
        Event e = myanmar.get(1);
        assertEquals("AA: Arakan Army", e.actor1().name());
        assertEquals("Military Forces of Myanmar", e.actor2().name());
        assertEquals(15, e.fatalities().best());
    }

    @Test
    void journalistArrestedByPoliceIsAnArrest() {
        Event e = myanmar.get(2);
        assertEquals(SubEventType.ARRESTS, e.subType());
        assertEquals("Yangon", e.place().location());
    }

    @Test
    void protestsInTwoCitiesTheSameDayAreTwoEvents() {
        assertEquals(2, kenya.size(), () -> Models.describe(kenya));
        assertEquals(SubEventType.EXCESSIVE_FORCE, kenya.get(0).subType());
        assertEquals(5, kenya.get(0).fatalities().best());
        assertEquals("Nairobi", kenya.get(0).place().location());
        assertEquals(SubEventType.PEACEFUL_PROTEST, kenya.get(1).subType());
        assertEquals("Mombasa", kenya.get(1).place().location());
        assertEquals(kenya.get(0).date(), kenya.get(1).date());
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
        assertEquals("Mopti", e.place().admin1());
        assertEquals("Mopti", e.place().location());
        assertEquals(GeoPrecision.REGION, e.place().precision());
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
