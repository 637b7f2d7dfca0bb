package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorType;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.SubEventType;

/** Who did what to whom, when and where, in reports that name several parties or refer back. */
class ActorsAndPlacesIT {

    @Test
    void arrestOfPeopleSuspectedOfPlanningAttacksIsAnArrest() {
        Event e = Models.onlyEvent("Police arrested 12 people suspected of planning attacks in Niamey, Niger, on Tuesday.");
        assertEquals(SubEventType.ARRESTS, e.subType());
        assertEquals("Police Forces of Niger", e.actor1().name());
    }

    @Test
    void aThreatToAttackIsNoAttack() {
        List<Event> events = Models.extract("Militants threatened to attack the town of Djibo in Burkina Faso.");
        assertTrue(events.stream().noneMatch(e -> e.type().isViolent()), () -> Models.describe(events));
    }

    @Test
    void alliesFightingBesideTheArmyAreAssociatedActors() {
        Event e = Models.onlyEvent("Malian soldiers and Wagner fighters fought suspected JNIM militants near Niono in Mali on Wednesday.");
        assertEquals("Military Forces of Mali", e.actor1().name());
        assertEquals(List.of("Wagner Group"), e.actor1().associated());
        assertEquals("JNIM: Group for Support of Islam and Muslims", e.actor2().name());
        assertEquals(12, e.interaction());
    }

    @Test
    void gunmenAfterTheWordAttackAreStillTheAttackers() {
        List<Event> events = Models.extract("Gunmen killed three villagers near Mopti, Mali, on Monday.\n\n"
                + "In a separate attack on Wednesday, gunmen killed two traders near Djenne, Mali.");
        assertEquals(2, events.size(), () -> Models.describe(events));
        Event second = events.get(1);
        assertEquals(SubEventType.ATTACK, second.subType());
        assertEquals("Civilians (Mali)", second.actor2().name());
        assertEquals(ActorType.POLITICAL_MILITIA, second.actor1().type());
    }

    @Test
    void anotherAttackTheSameDayTakesTheDateOfTheFirst() {
        List<Event> events = Models.extract("Gunmen killed three villagers near Mopti, Mali, on Monday.\n\n"
                + "In another attack the same day, gunmen killed two traders near Djenne, Mali.");
        assertEquals(2, events.size(), () -> Models.describe(events));
        assertEquals(LocalDate.of(2024, 7, 8), events.get(1).date().date());
        assertEquals(EventType.VIOLENCE_AGAINST_CIVILIANS, events.get(1).type());
    }

    @Test
    void militantsKilledInClashesFoughtSomeoneElse() {
        Event e = Models.onlyEvent("The clashes left eight militants dead near Gao, Mali, on Monday.");
        assertEquals(EventType.BATTLES, e.type());
        assertNotEquals(e.actor1().name(), e.actor2().name());
        assertEquals(8, e.fatalities().best());
    }

    @Test
    void aTownNamedAfterTheTownOfIsTheLocation() {
        Event e = Models.onlyEvent("Soldiers recaptured the town of Mondoro, Mali, from militants on Tuesday.");
        assertEquals("Mondoro", e.place().location());
        assertEquals(SubEventType.GOVERNMENT_REGAINS_TERRITORY, e.subType());
    }
}
