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

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rule that makes two reports one event, one condition per test. */
class SameOccurrenceTest {
    private static final Actor JNIM = new Actor("JNIM: Group for Support of Islam and Muslims", ActorType.REBEL_GROUP);
    private static final Actor ARMY = new Actor("Military Forces of Niger", ActorType.STATE_FORCES);
    private static final Actor POLICE = new Actor("Police Forces of Niger", ActorType.STATE_FORCES);
    private static final Actor UNNAMED = new Actor("Unidentified Armed Group (Niger)", ActorType.POLITICAL_MILITIA);
    private static final Actor PROTESTERS = new Actor("Protesters (Niger)", ActorType.PROTESTERS);
    private static final Place TAHOUA = new Place("Niger", "NER", "Tahoua", "", "", "Tahoua", 14.8888, 5.2692,
            GeoPrecision.TOWN, null);
    private static final EventDate JULY_8 = new EventDate(LocalDate.of(2024, 7, 8), TimePrecision.DAY);

    @Test
    void anIedAttackAndAClashWithTheSameSidesAreOneAttack() {
        assertTrue(SameOccurrence.test(event(SubEventType.REMOTE_EXPLOSIVE, JNIM, ARMY, TAHOUA, JULY_8),
                event(SubEventType.ARMED_CLASH, ARMY, JNIM, TAHOUA, JULY_8)));
    }

    @Test
    void aProtestIsNeverABattle() {
        assertFalse(SameOccurrence.test(event(SubEventType.ARMED_CLASH, ARMY, PROTESTERS, TAHOUA, JULY_8),
                event(SubEventType.PEACEFUL_PROTEST, PROTESTERS, ARMY, TAHOUA, JULY_8)));
    }

    @Test
    void unidentifiedAttackersMayBeTheNamedGroup() {
        assertTrue(SameOccurrence.test(event(SubEventType.ARMED_CLASH, UNNAMED, ARMY, TAHOUA, JULY_8),
                event(SubEventType.ARMED_CLASH, JNIM, ARMY, TAHOUA, JULY_8)));
    }

    @Test
    void twoNamedAttackersOfTheSameTargetAreTwoEvents() {
        Actor isSahel = new Actor("Islamic State (Sahel)", ActorType.REBEL_GROUP);
        assertFalse(SameOccurrence.test(event(SubEventType.ARMED_CLASH, isSahel, ARMY, TAHOUA, JULY_8),
                event(SubEventType.ARMED_CLASH, JNIM, ARMY, TAHOUA, JULY_8)));
    }

    @Test
    void theArmyIsNotThePolice() {
        assertFalse(SameOccurrence.test(event(SubEventType.ARMED_CLASH, JNIM, ARMY, TAHOUA, JULY_8),
                event(SubEventType.ARMED_CLASH, JNIM, POLICE, TAHOUA, JULY_8)));
    }

    @Test
    void townsMoreThanFiftyKilometresApartAreTwoPlacesEvenInOneRegion() {
        Place konni = new Place("Niger", "NER", "Tahoua", "", "", "Birni-N'Konni", 13.79, 5.25, GeoPrecision.TOWN, null);
        assertFalse(SameOccurrence.test(event(SubEventType.ARMED_CLASH, JNIM, ARMY, TAHOUA, JULY_8),
                event(SubEventType.ARMED_CLASH, JNIM, ARMY, konni, JULY_8)));
    }

    @Test
    void aReportPlacedOnlyInTheRegionMatchesByAdmin1() {
        Place region = new Place("Niger", "NER", "Tahoua", "", "", "Tahoua region", 15.5, 5.5, GeoPrecision.REGION, null);
        assertTrue(SameOccurrence.test(event(SubEventType.ARMED_CLASH, JNIM, ARMY, TAHOUA, JULY_8),
                event(SubEventType.ARMED_CLASH, JNIM, ARMY, region, JULY_8)));
    }

    @Test
    void datesMustOverlapWithinTheirPrecisions() {
        EventDate weekBefore = new EventDate(LocalDate.of(2024, 7, 1), TimePrecision.WEEK);
        EventDate july = new EventDate(LocalDate.of(2024, 7, 15), TimePrecision.MONTH);
        Event attack = event(SubEventType.ARMED_CLASH, JNIM, ARMY, TAHOUA, JULY_8);
        assertFalse(SameOccurrence.test(attack, event(SubEventType.ARMED_CLASH, JNIM, ARMY, TAHOUA, weekBefore)));
        assertTrue(SameOccurrence.test(attack, event(SubEventType.ARMED_CLASH, JNIM, ARMY, TAHOUA, july)));
    }

    @Test
    void eventsOfAnUnknownCountryAreNeverMerged() {
        Event unknown = event(SubEventType.ARMED_CLASH, JNIM, ARMY, Place.UNKNOWN, JULY_8);
        assertFalse(SameOccurrence.test(unknown, unknown));
    }

    private static Event event(SubEventType type, Actor actor1, Actor actor2, Place place, EventDate date) {
        return new Event("e", "a", date, type, actor1, actor2, false, place, Fatalities.exactly(29), List.of(), "",
                List.of(), 0.8, "en", "", "");
    }
}
