package org.sitrep.server;

import org.junit.jupiter.api.Test;
import org.sitrep.store.EventQuery;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventFilterTest {
    /** Query parameters as Javalin hands them over: name to values. */
    private static Map<String, List<String>> params(String... nameValues) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (int i = 0; i + 1 < nameValues.length; i += 2) {
            out.computeIfAbsent(nameValues[i], k -> new java.util.ArrayList<>()).add(nameValues[i + 1]);
        }
        return out;
    }

    private static ApiError rejected(String... nameValues) {
        return assertThrows(ApiError.class, () -> EventFilter.parse(params(nameValues)));
    }

    @Test
    void noParametersMeanTheLatest50() {
        EventQuery q = EventFilter.parse(params());
        assertEquals("-event_date", q.sort().toString());
        assertEquals(50, q.limit());
        assertEquals(0, q.offset());
        assertNull(q.country());
    }

    @Test
    void eventTypesAreSpeltAsAcledSpellsThem() {
        EventQuery q = EventFilter.parse(params("event_type", "explosions/remote violence", "sub_event_type", "REMOTE EXPLOSIVE/LANDMINE/IED"));
        assertEquals("Explosions/Remote violence", q.eventType());
        assertEquals("Remote explosive/landmine/IED", q.subEventType());
    }

    @Test
    void anUnknownEventTypeListsTheKnownOnes() {
        ApiError e = rejected("event_type", "Skirmish");
        assertEquals(400, e.status());
        assertEquals("event_type", e.parameter());
        assertTrue(e.getMessage().contains("Violence against civilians"), e.getMessage());
    }

    @Test
    void datesBboxAndNumbersAreRead() {
        EventQuery q = EventFilter.parse(params("from", "2024-07-01", "to", "2024-07-31", "bbox", "0, 11.5, 16, 24",
                "min_fatalities", "10", "sort", "-fatalities", "limit", "1000", "offset", "20"));
        assertEquals(LocalDate.of(2024, 7, 1), q.from());
        assertEquals(LocalDate.of(2024, 7, 31), q.to());
        assertEquals(new EventQuery.BoundingBox(0, 11.5, 16, 24), q.bbox());
        assertEquals(10, q.minFatalities());
        assertEquals("-fatalities", q.sort().toString());
        assertEquals(1000, q.limit());
        assertEquals(20, q.offset());
    }

    @Test
    void aBlankValueIsNoFilter() {
        assertNull(EventFilter.parse(params("country", " ", "from", "")).country());
    }

    @Test
    void aMistypedParameterIsNamed() {
        ApiError e = rejected("min_fatality", "3");
        assertEquals("min_fatality", e.parameter());
        assertTrue(e.getMessage().contains("min_fatalities"), "the sentence lists the right names: " + e.getMessage());
    }

    @Test
    void aBoxAcrossTheAntimeridianIsRefused() {
        assertEquals("bbox", rejected("bbox", "170,-20,-170,-10").parameter());
    }

    @Test
    void aLimitOverTheMaximumIsRefused() {
        ApiError e = rejected("limit", "5000");
        assertEquals("limit", e.parameter());
        assertTrue(e.getMessage().contains("1 to 1000"), e.getMessage());
    }
}
