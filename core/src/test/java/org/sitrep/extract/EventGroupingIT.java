package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;

/** Each distinct occurrence is one event; two sentences about the same occurrence are one. */
class EventGroupingIT {

    @Test
    void twoAttacksOnDifferentDaysAreTwoEvents() {
        List<Event> events = Models.extract("Gunmen killed three villagers near Mopti, Mali, on Monday.\n\n"
                + "In another attack on Wednesday, militants killed two soldiers near Gao, Mali.");
        assertEquals(2, events.size(), () -> Models.describe(events));
        assertEquals(LocalDate.of(2024, 7, 8), events.get(0).date().date());
        assertEquals(3, events.get(0).fatalities().best());
        assertEquals(LocalDate.of(2024, 7, 10), events.get(1).date().date());
        assertEquals(2, events.get(1).fatalities().best());
    }

    @Test
    void anArrestAndAnAttackAreTwoEvents() {
        List<Event> events = Models.extract("Police arrested 12 people in Niamey, Niger, on Tuesday.\n\n"
                + "Militants killed two soldiers near Gao, Mali, on Wednesday.");
        assertEquals(2, events.size(), () -> Models.describe(events));
    }

    @Test
    void aSecondSentenceAboutTheSameAttackIsTheSameEvent() {
        List<Event> events = Models.extract("Gunmen attacked the village of Bankass, Mali, on Monday night.\n\n"
                + "The attackers killed seven villagers and burned granaries.");
        assertEquals(1, events.size(), () -> Models.describe(events));
        assertEquals(7, events.get(0).fatalities().best());
        assertEquals(LocalDate.of(2024, 7, 8), events.get(0).date().date());
    }

    @Test
    void deathsOnBothSidesOfOneAttackAreAddedUp() {
        List<Event> events = Models.extract("Militants attacked an army post near Tera, Niger, on Tuesday, killing four soldiers.\n\n"
                + "Eleven attackers were killed in the fighting, the ministry said.");
        assertEquals(1, events.size(), () -> Models.describe(events));
        assertEquals(15, events.get(0).fatalities().best());
    }
}
