package org.sitrep.store;

import org.junit.jupiter.api.Test;
import org.sitrep.geo.Geo;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorType;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.Fatalities;
import org.sitrep.model.GeoPrecision;
import org.sitrep.model.Place;
import org.sitrep.model.SubEventType;
import org.sitrep.model.TimePrecision;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Five articles report the Tahoua attack of 8 July 2024, each in its own words, and two report
 * another attack the same day near Birni-N'Konni, 122 km south: the store keeps two events. On H2
 * in {@link MergingReportsOnH2IT}, on PostgreSQL in {@link MergingReportsOnPostgresIT}.
 */
abstract class MergingReportsIT extends StoreTestBase {
    private static final Actor JNIM = new Actor("JNIM: Group for Support of Islam and Muslims", ActorType.REBEL_GROUP);
    private static final Actor ARMY = new Actor("Military Forces of Niger", ActorType.STATE_FORCES);
    private static final Actor UNNAMED = new Actor("Unidentified Armed Group (Niger)", ActorType.POLITICAL_MILITIA);
    private static final Actor IS_SAHEL = new Actor("Islamic State (Sahel)", ActorType.REBEL_GROUP);

    private static final Place TAHOUA = town("Tahoua", 14.8888, 5.2692, GeoPrecision.TOWN);
    private static final Place NEAR_TAHOUA = town("Tahoua", 14.95, 5.40, GeoPrecision.NEAR_TOWN);
    private static final Place TABALAK_ROAD = town("Tabalak road", 15.00, 5.10, GeoPrecision.NEAR_TOWN);
    private static final Place KONNI = town("Birni-N'Konni", 13.7900, 5.2500, GeoPrecision.TOWN);

    private static final EventDate JULY_8 = new EventDate(LocalDate.of(2024, 7, 8), TimePrecision.DAY);
    /** "Last week" in an article of Monday 15 July: 8 to 14 July. */
    private static final EventDate LAST_WEEK = new EventDate(LocalDate.of(2024, 7, 11), TimePrecision.WEEK);

    @Test
    void fiveReportsOfOneAttackAndTwoOfAnotherMakeTwoEvents() {
        Reports r = addAllReports();
        assertEquals(2, store.events(10, 0).size());
        assertEquals(5, store.sources(r.tahoua).size());
        assertEquals(2, store.sources(r.konni).size());
        assertEquals(JULY_8, store.event(r.tahoua).orElseThrow().date());
        assertEquals(TAHOUA, store.event(r.tahoua).orElseThrow().place());
    }

    @Test
    void theMergedTotalIsTheLowestCredibleFigureAndTheRangeSpansAllSources() {
        Reports r = addAllReports();
        // Sources say 29, 41, 35, 41 and 30; one of them gives 29 to 60.
        assertEquals(new Fatalities(29, 25, 60), store.event(r.tahoua).orElseThrow().fatalities());
        assertEquals(new Fatalities(12, 12, 15), store.event(r.konni).orElseThrow().fatalities());
    }

    @Test
    void everyMergeIsRecordedWithTheSourceArticleAndItsOwnCoding() {
        Reports r = addAllReports();
        List<String> details = history(r.tahoua, "merged");
        assertEquals(4, details.size());
        assertTrue(details.get(0).contains("\"article\":" + r.articles.get(1)), details.get(0));
        assertTrue(details.get(0).contains("\"actor1\":\"Unidentified Armed Group (Niger)\""), details.get(0));
        assertTrue(details.get(0).contains("\"fatalities\":41"), details.get(0));
        assertEquals(1, history(r.konni, "merged").size());
    }

    @Test
    void splitGivesBackTheEventsEachSourceCoded() {
        Reports r = addAllReports();
        List<Event> coded = store.sources(r.tahoua);
        List<String> ids = store.split(r.tahoua);
        assertEquals(5, ids.size());
        assertEquals(r.tahoua, ids.get(0));
        assertEquals(5, ids.stream().distinct().count());
        for (int i = 0; i < ids.size(); i++) {
            assertEquals(coded.get(i).withEventId(ids.get(i)), store.event(ids.get(i)).orElseThrow());
            assertEquals(1, store.sources(ids.get(i)).size());
        }
        assertEquals(List.of(29, 41, 35, 41, 30),
                ids.stream().map(id -> store.event(id).orElseThrow().fatalities().best()).toList());
        assertEquals(6, store.events(10, 0).size());
        assertEquals(2, store.sources(r.konni).size());
    }

    @Test
    void aSplitIsRecordedAndCanBeTracedFromEachNewEvent() {
        Reports r = addAllReports();
        List<String> ids = store.split(r.tahoua);
        List<String> undone = history(r.tahoua, "split");
        assertEquals(1, undone.size());
        for (String id : ids.subList(1, ids.size())) {
            assertTrue(undone.get(0).contains(id), undone.get(0));
            assertTrue(history(id, "split").get(0).contains(r.tahoua), id);
        }
    }

    @Test
    void theOtherAttackIsFartherThanFiftyKilometres() {
        assertTrue(Geo.km(TAHOUA.latitude(), TAHOUA.longitude(), KONNI.latitude(), KONNI.longitude()) > 100);
        for (Place p : List.of(NEAR_TAHOUA, TABALAK_ROAD)) {
            assertTrue(Geo.km(TAHOUA.latitude(), TAHOUA.longitude(), p.latitude(), p.longitude()) < 50, p.location());
        }
    }

    @Test
    void aProtestAndABattleInOneTownOnOneDayStayTwoEvents() {
        long a = store.addArticle(article(1, LocalDate.of(2024, 7, 9))).id();
        long b = store.addArticle(article(2, LocalDate.of(2024, 7, 9))).id();
        Actor protesters = new Actor("Protesters (Niger)", ActorType.PROTESTERS);
        String battle = store.addEvents(a, List.of(report(JULY_8, SubEventType.ARMED_CLASH, ARMY, protesters, TAHOUA, 2)))
                .get(0);
        String protest = store.addEvents(b,
                List.of(report(JULY_8, SubEventType.PEACEFUL_PROTEST, protesters, Actor.NONE, TAHOUA, 0))).get(0);
        assertNotEquals(battle, protest);
    }

    @Test
    void twoEventsOfOneArticleAreNeverMergedWithEachOther() {
        long a = store.addArticle(article(1, LocalDate.of(2024, 7, 9))).id();
        Event attack = report(JULY_8, SubEventType.REMOTE_EXPLOSIVE, JNIM, ARMY, TAHOUA, 29);
        assertEquals(2, store.addEvents(a, List.of(attack, attack)).stream().distinct().count());
    }

    /** The ids of the two events and of the seven articles, in the order they were added. */
    private record Reports(String tahoua, String konni, List<Long> articles) {
    }

    private Reports addAllReports() {
        List<Long> articles = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        List<Event> reports = List.of(
                report(JULY_8, SubEventType.REMOTE_EXPLOSIVE, JNIM, ARMY, TAHOUA, 29),
                report(JULY_8, SubEventType.ARMED_CLASH, UNNAMED, ARMY, NEAR_TAHOUA, 41),
                report(JULY_8, SubEventType.ARMED_CLASH, IS_SAHEL, ARMY, KONNI, 12),
                report(JULY_8, SubEventType.SUICIDE_BOMB, ARMY, JNIM, TAHOUA, 35),
                report(LAST_WEEK, SubEventType.ARMED_CLASH, JNIM, ARMY, TAHOUA, new Fatalities(41, 25, 60)),
                report(JULY_8, SubEventType.ARMED_CLASH, ARMY, UNNAMED, KONNI, 15),
                report(JULY_8, SubEventType.REMOTE_EXPLOSIVE, JNIM, Actor.NONE, TABALAK_ROAD, 30));
        for (int i = 0; i < reports.size(); i++) {
            LocalDate published = reports.get(i).date().equals(LAST_WEEK) ? LocalDate.of(2024, 7, 15) : LocalDate.of(2024, 7, 9);
            long article = store.addArticle(article(i + 1, published)).id();
            articles.add(article);
            ids.addAll(store.addEvents(article, List.of(reports.get(i))));
        }
        assertEquals(List.of(ids.get(0), ids.get(0), ids.get(2), ids.get(0), ids.get(0), ids.get(2), ids.get(0)), ids);
        // In the order the Tahoua event's sources were added: articles 1, 2, 4, 5 and 7.
        List<Long> tahouaArticles = List.of(articles.get(0), articles.get(1), articles.get(3), articles.get(4),
                articles.get(6));
        return new Reports(ids.get(0), ids.get(2), tahouaArticles);
    }

    private static Article article(int n, LocalDate published) {
        return new Article("report-" + n, "https://example.org/niger/" + n, "Niger attack, report " + n, published,
                "en", "Outlet " + n, "Report " + n + " of an attack in Niger.");
    }

    private static Event report(EventDate date, SubEventType type, Actor actor1, Actor actor2, Place place,
                                int killed) {
        return report(date, type, actor1, actor2, place, Fatalities.exactly(killed));
    }

    private static Event report(EventDate date, SubEventType type, Actor actor1, Actor actor2, Place place,
                                Fatalities killed) {
        return new Event("e", "", date, type, actor1, actor2, false, place, killed, List.of(), "", List.of(), 0.8,
                "en", "", "");
    }

    private static Place town(String name, double lat, double lon, GeoPrecision precision) {
        return new Place("Niger", "NER", "Tahoua", "", "", name, lat, lon, precision, null);
    }

    private List<String> history(String eventId, String action) {
        try (Connection c = database.connect();
             PreparedStatement s = c.prepareStatement(
                     "SELECT detail FROM event_history WHERE event_id = ? AND action = ? ORDER BY id")) {
            s.setString(1, eventId);
            s.setString(2, action);
            List<String> out = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) out.add(r.getString(1));
            }
            return out;
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }
}
