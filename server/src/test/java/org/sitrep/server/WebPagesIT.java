package org.sitrep.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorType;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventWriter;
import org.sitrep.model.Evidence;
import org.sitrep.model.Fatalities;
import org.sitrep.model.GeoPrecision;
import org.sitrep.model.Place;
import org.sitrep.model.SubEventType;
import org.sitrep.model.TimePrecision;
import org.sitrep.store.EventStore;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.server.Fixtures.TAHOUA;
import static org.sitrep.server.Fixtures.TAHOUA_BODY;

/**
 * The analysts' pages over the five {@link Fixtures} events and one hostile report: the map page and
 * its files, the map and timeline counts, and the event and article pages with their evidence marked
 * and every stored value escaped.
 */
abstract class WebPagesIT extends ServerTestBase {
    /** A report whose body, title and actor name are written to break out of HTML. */
    static final String HOSTILE_BODY = "Gunmen attacked a market in Abeche. <script>alert(1)</script> Three people died.";
    static final String HOSTILE_ACTOR = "<img src=x onerror=alert(1)>";
    static final String HOSTILE_ID = "TCD-000001";
    /** Our own files, which must ask no other host for anything. */
    static final List<String> OWN_FILES = List.of("/", "/assets/app.js", "/assets/common.js", "/assets/event.js",
            "/assets/app.css");

    private List<EventStore.Report> reports;
    private long hostileArticle;

    @Override
    void fill(EventStore store) {
        reports = Fixtures.fill(store);
        Article article = new Article("chad-abeche", "https://example.org/chad-abeche", "Abeche <b>attack</b>",
                LocalDate.parse("2024-08-02"), "en", "Example <News>", HOSTILE_BODY);
        int start = HOSTILE_BODY.indexOf("Three people died");
        Place abeche = new Place("Chad", "TCD", "Ouaddai", "", "", "Abeche \"<svg onload=alert(1)>\"", 13.8292, 20.8324,
                GeoPrecision.TOWN, null);
        Event event = new Event("e1", "", new EventDate(LocalDate.parse("2024-08-01"), TimePrecision.DAY),
                SubEventType.ATTACK, new Actor(HOSTILE_ACTOR, ActorType.POLITICAL_MILITIA),
                new Actor("Civilians (Chad)", ActorType.CIVILIANS), true, abeche, Fatalities.exactly(3), List.of(),
                "Notes with </dd><script>alert(2)</script>.",
                List.of(Evidence.of("fatalities", HOSTILE_BODY, start, start + "Three people died".length())),
                0.7, "en", "Example <News>", "");
        hostileArticle = store.addReport(article, List.of(event)).article().id();
    }

    @Test
    void theMapPageIsHtmlThatLoadsOnlyLocalFiles() {
        ApiClient.Reply r = api.get("/");
        assertEquals(200, r.status());
        assertTrue(r.contentType().startsWith("text/html"), r.contentType());
        for (String id : List.of("map", "legend", "timeline", "filters", "apply", "events", "download-csv", "download-geojson")) {
            assertTrue(r.body().contains("id=\"" + id + "\""), id);
        }
        List<String> refs = references(r.body());
        assertFalse(refs.isEmpty());
        for (String ref : refs) {
            assertTrue(ref.startsWith("/") && !ref.startsWith("//"), ref);
            if (ref.endsWith(".js") || ref.endsWith(".css")) assertTrue(ref.startsWith("/assets/"), ref);
        }
        assertTrue(refs.contains("/assets/vendor/leaflet/leaflet.js"), refs.toString());
    }

    @Test
    void ourOwnFilesNameNoOtherHost() {
        for (String path : OWN_FILES) {
            ApiClient.Reply r = api.get(path);
            assertEquals(200, r.status(), path);
            // The SVG namespace is a name, not an address anything is fetched from.
            String text = r.body().replace("http://www.w3.org/2000/svg", "");
            assertFalse(Pattern.compile("(?i)https?:|//[a-z0-9-]+\\.[a-z]").matcher(text).find(), path);
        }
    }

    @Test
    void theMapPageCreditsItsData() {
        String page = api.get("/").body();
        assertTrue(page.contains("Natural Earth") && page.contains("GeoNames"));
        String common = api.get("/assets/common.js").body();
        assertTrue(common.contains("Natural Earth") && common.contains("GeoNames"), "the map's attribution control");
        ApiClient.Reply attribution = api.get("/assets/ATTRIBUTION.txt");
        assertEquals(200, attribution.status());
        for (String credit : List.of("Leaflet", "BSD", "Natural Earth", "public domain", "world-atlas", "ISC",
                "topojson-client", "GeoNames", "CC BY 4.0")) {
            assertTrue(attribution.body().contains(credit), credit);
        }
    }

    @Test
    void vendorFilesAreServedWithTheirTypes() {
        assertType("/assets/vendor/leaflet/leaflet.js", "text/javascript");
        assertType("/assets/vendor/leaflet/leaflet.css", "text/css");
        assertType("/assets/vendor/leaflet/images/layers.png", "image/png");
        assertType("/assets/vendor/leaflet.markercluster/leaflet.markercluster.js", "text/javascript");
        assertType("/assets/vendor/leaflet.markercluster/MarkerCluster.css", "text/css");
        assertType("/assets/vendor/leaflet.markercluster/MarkerCluster.Default.css", "text/css");
        assertType("/assets/vendor/topojson-client/topojson-client.min.js", "text/javascript");
        assertType("/assets/vendor/world-atlas/countries-110m.json", "application/json");
        JsonNode atlas = api.get("/assets/vendor/world-atlas/countries-110m.json").json();
        assertEquals("Topology", atlas.get("type").asText());
        assertTrue(atlas.get("objects").has("countries"));
    }

    @Test
    void foldersAndUnknownFilesAreNotFound() {
        for (String path : List.of("/assets/vendor", "/assets/vendor/leaflet", "/assets/vendor/leaflet/",
                "/assets/vendor/leaflet/images", "/assets/nothing.js", "/assets/vendor/leaflet/LICENSE",
                "/assets/%2e%2e/openapi.json")) {
            assertEquals(404, api.get(path).status(), path);
        }
    }

    @Test
    void mapCellsCountEveryLocatedEventOnce() {
        JsonNode map = api.get("/api/map", "zoom", "0").json();
        assertEquals(6, map.get("total").asInt());
        assertEquals(0, map.get("unlocated").asInt());
        int sum = 0;
        int fatalities = 0;
        for (JsonNode cell : map.get("cells")) {
            sum += cell.get("count").asInt();
            fatalities += cell.get("fatalities").asInt();
            assertEquals(cell.get("count").asInt() == 1, cell.has("event_id"));
        }
        assertEquals(6, sum);
        assertEquals(41 + 20 + 12 + 0 + 7 + 3, fatalities);
        assertTrue(map.get("cells").size() < 6, "at zoom 0 nearby events share a cell");
    }

    @Test
    void zoomedInEveryEventIsACellOfItsOwn() {
        JsonNode map = api.get("/api/map", "zoom", "12").json();
        Set<String> ids = new HashSet<>();
        for (JsonNode cell : map.get("cells")) {
            assertEquals(1, cell.get("count").asInt());
            ids.add(cell.get("event_id").asText());
            if (cell.get("event_id").asText().equals(TAHOUA)) {
                assertEquals(14.8888, cell.get("lat").asDouble(), 1e-9);
                assertEquals(5.2692, cell.get("lon").asDouble(), 1e-9);
                assertEquals("Explosions/Remote violence", cell.get("event_type").asText());
                assertEquals(41, cell.get("fatalities").asInt());
            }
        }
        assertEquals(6, ids.size());
    }

    @Test
    void eachZoomHasItsOwnCells() {
        for (int pass = 0; pass < 2; pass++) { // the second pass is answered from the kept answers
            assertEquals(6, api.get("/api/map", "zoom", "12").json().get("cells").size());
            assertTrue(api.get("/api/map", "zoom", "0").json().get("cells").size() < 6);
            assertEquals(6, api.get("/api/map", "zoom", "12").json().get("total").asInt());
        }
    }

    @Test
    void theMapTakesTheEventFilters() {
        JsonNode map = api.get("/api/map", "country", "NER", "zoom", "3").json();
        assertEquals(2, map.get("total").asInt());
        assertEquals(0, api.get("/api/map", "event_type", "riots").json().get("total").asInt());
    }

    @Test
    void theMapRefusesBadZoomAndPagingParameters() {
        ApiClient.Reply r = api.get("/api/map", "zoom", "99");
        assertEquals(400, r.status());
        assertEquals("zoom", r.parameter());
        assertEquals("sort", api.get("/api/map", "sort", "fatalities").parameter());
        assertEquals("zoom", api.get("/api/timeline", "zoom", "3").parameter());
    }

    @Test
    void timelineWeeksSumToTheTotal() {
        JsonNode timeline = api.get("/api/timeline").json();
        assertEquals(6, timeline.get("total").asInt());
        int sum = 0;
        List<String> weeks = new ArrayList<>();
        for (JsonNode w : timeline.get("weeks")) {
            sum += w.get("count").asInt();
            weeks.add(w.get("week").asText());
            assertEquals(java.time.DayOfWeek.MONDAY, LocalDate.parse(w.get("week").asText()).getDayOfWeek());
        }
        assertEquals(6, sum);
        assertEquals("2024-05-20", weeks.get(0), "Gwoza, 20 May 2024, a Monday");
        assertEquals("2024-07-29", weeks.get(weeks.size() - 1), "Abeche, Thursday 1 August 2024");
        assertEquals(11, weeks.size(), "empty weeks in between are there with zeros");
        JsonNode july8 = timeline.get("weeks").get(weeks.indexOf("2024-07-08"));
        assertEquals(1, july8.get("count").asInt());
        assertEquals(41, july8.get("fatalities").asInt());
        assertEquals(2, api.get("/api/timeline", "country", "Niger").json().get("total").asInt());
    }

    @Test
    void theEventPageShowsEveryCodedField() {
        ApiClient.Reply r = api.get("/events/" + TAHOUA);
        assertEquals(200, r.status());
        assertTrue(r.contentType().startsWith("text/html"), r.contentType());
        String page = r.body();
        assertTrue(page.contains("<dl id=\"fields\">"));
        for (String field : EventWriter.COLUMNS) assertTrue(page.contains("<dt>" + field + "</dt>"), field);
        assertTrue(page.contains("JNIM: Group for Support of Islam and Muslims"));
        assertTrue(page.contains("IED; suicide vehicle-borne IED"));
        assertTrue(page.contains("<p id=\"status\">new</p>"));
        assertTrue(page.contains("<div id=\"event-map\" data-lat=\"14.8888\" data-lon=\"5.2692\""));
        assertTrue(page.contains("<section id=\"history\">"));
        assertTrue(page.contains("created"), "the history's first entry");
    }

    @Test
    void theEventPageMarksTheEvidenceInEachSource() {
        String page = api.get("/events/" + TAHOUA).body();
        assertTrue(page.contains("<section id=\"sources\">"));
        long firstArticle = reports.get(0).article().id();
        long secondArticle = reports.get(5).article().id();
        assertTrue(page.contains("<article class=\"source\" data-article-id=\"" + firstArticle + "\">"));
        assertTrue(page.contains("<article class=\"source\" data-article-id=\"" + secondArticle + "\">"));
        String killed = "<mark class=\"evidence\" data-field=\"fatalities\">At least 29 soldiers have been killed</mark>";
        assertEquals(2, count(page, killed), "once in each of the two sources");
        String means = TAHOUA_BODY.substring(167, 195);
        assertTrue(page.contains("<mark class=\"evidence\" data-field=\"sub_event_type\">" + means + "</mark>"), means);
        assertTrue(page.contains("defence ministry said."), "the whole body is shown");
    }

    @Test
    void theArticlePageMarksTheEvidenceOfEachEvent() {
        long id = reports.get(0).article().id();
        ApiClient.Reply r = api.get("/articles/" + id);
        assertEquals(200, r.status());
        assertTrue(r.contentType().startsWith("text/html"));
        String page = r.body();
        assertTrue(page.contains("Niger: 29 soldiers killed"));
        assertTrue(page.contains("Example News"));
        assertTrue(page.contains("2024-07-13"));
        assertTrue(page.contains("href=\"https://example.org/niger-tahoua\""));
        assertTrue(page.contains("<mark class=\"evidence\" data-event-id=\"" + TAHOUA
                + "\" data-field=\"fatalities\">At least 29 soldiers have been killed</mark>"), page);
        assertTrue(page.contains("href=\"/events/" + TAHOUA + "\""));
    }

    @Test
    void untrustedTextIsShownAsText() {
        String event = api.get("/events/" + HOSTILE_ID).body();
        String article = api.get("/articles/" + hostileArticle).body();
        for (String page : List.of(event, article)) {
            assertFalse(page.contains("<script>alert"), page);
            assertFalse(page.contains("<img src=x"), page);
            assertFalse(page.contains("<svg onload"), page);
            assertFalse(page.contains("<b>attack"), page);
            assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), page);
            assertTrue(page.contains("Example &lt;News&gt;"), page);
        }
        assertTrue(event.contains("&lt;img src=x onerror=alert(1)&gt;"), event);
        assertTrue(event.contains("&lt;/dd&gt;&lt;script&gt;alert(2)&lt;/script&gt;"), event);
        assertTrue(event.contains("data-label=\"Abeche &quot;&lt;svg onload=alert(1)&gt;&quot;\""), event);
        assertTrue(article.contains("<mark class=\"evidence\" data-event-id=\"" + HOSTILE_ID
                + "\" data-field=\"fatalities\">Three people died</mark>"), article);
        assertTrue(event.contains("Content-Security-Policy") || api.get("/events/" + HOSTILE_ID)
                .header("Content-Security-Policy").contains("default-src 'self'"));
    }

    @Test
    void theEventAndArticlePagesLoadOnlyLocalFiles() {
        for (String path : List.of("/events/" + TAHOUA, "/articles/" + hostileArticle)) {
            for (String ref : references(api.get(path).body())) {
                assertTrue(ref.startsWith("/") && !ref.startsWith("//"), path + ": " + ref);
            }
        }
    }

    @Test
    void unknownEventsArticlesAndPagesAre404Pages() {
        for (String path : List.of("/events/NER-999999", "/articles/999999", "/articles/not-a-number",
                "/no-such-page", "/events/")) {
            ApiClient.Reply r = api.get(path);
            assertEquals(404, r.status(), path);
            assertTrue(r.contentType().startsWith("text/html"), path + ": " + r.contentType());
        }
        String page = api.get("/events/%3Cb%3Ex").body();
        assertFalse(page.contains("<b>x"), page);
        assertEquals("application/json", api.get("/api/nothing").contentType().split(";")[0],
                "the API still answers its own error shape");
    }

    private void assertType(String path, String type) {
        ApiClient.Reply r = api.get(path);
        assertEquals(200, r.status(), path);
        assertEquals(type, r.contentType().split(";")[0].strip(), path);
        assertTrue(r.body().length() > 100, path);
    }

    /** The addresses a page loads or links to with src= and href=. */
    private static List<String> references(String html) {
        Matcher m = Pattern.compile("(?:src|href)=\"([^\"]*)\"").matcher(html);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            String ref = m.group(1);
            // Links to the articles' own pages are where they were read, not files this page loads.
            if (!ref.startsWith("https://example.org/")) out.add(ref);
        }
        return out;
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) n++;
        return n;
    }
}
