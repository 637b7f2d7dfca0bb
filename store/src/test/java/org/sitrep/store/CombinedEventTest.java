package org.sitrep.store;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorType;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.Fatalities;
import org.sitrep.model.GeoPrecision;
import org.sitrep.model.Place;
import org.sitrep.model.SubEventType;
import org.sitrep.model.TimePrecision;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The event several sources make together. */
class CombinedEventTest {
    private static final EventDate JULY_8 = new EventDate(LocalDate.of(2024, 7, 8), TimePrecision.DAY);
    private static final EventDate LAST_WEEK = new EventDate(LocalDate.of(2024, 7, 11), TimePrecision.WEEK);
    private static final Place TAHOUA = new Place("Niger", "NER", "Tahoua", "", "", "Tahoua", 14.8888, 5.2692,
            GeoPrecision.TOWN, null);
    private static final Place REGION = new Place("Niger", "NER", "Tahoua", "", "", "Tahoua", 15.5, 5.5,
            GeoPrecision.REGION, null);

    @Test
    void theTotalIsTheLowestFigureAndTheRangeSpansEverySource() {
        assertEquals(new Fatalities(29, 25, 60), CombinedEvent.fatalities(List.of(killed(Fatalities.exactly(41)),
                killed(Fatalities.exactly(29)), killed(new Fatalities(35, 25, 60)))));
    }

    @Test
    void aSourceWithoutACountDoesNotLowerTheTotal() {
        assertEquals(new Fatalities(29, 0, 41), CombinedEvent.fatalities(List.of(killed(Fatalities.exactly(41)),
                killed(Fatalities.NONE), killed(Fatalities.exactly(29)))));
    }

    @Test
    void theBestKnownDateAndPlaceWin() {
        Event vague = event(LAST_WEEK, TAHOUA, Fatalities.exactly(3));
        Event precise = event(JULY_8, REGION, Fatalities.exactly(3));
        Event combined = CombinedEvent.of("NER-000001", List.of(vague, precise));
        assertEquals(JULY_8, combined.date());
        assertEquals(TAHOUA, combined.place());
        assertEquals("NER-000001", combined.eventId());
    }

    private static Event killed(Fatalities f) {
        return event(JULY_8, TAHOUA, f);
    }

    private static Event event(EventDate date, Place place, Fatalities f) {
        return new Event("e", "a", date, SubEventType.ARMED_CLASH,
                new Actor("JNIM: Group for Support of Islam and Muslims", ActorType.REBEL_GROUP),
                new Actor("Military Forces of Niger", ActorType.STATE_FORCES), false, place, f, List.of(), "",
                List.of(), 0.8, "en", "", "");
    }
}
