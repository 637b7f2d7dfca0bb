package org.sitrep.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.Models;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorType;
import org.sitrep.model.Event;

/**
 * Actors named and typed the way ACLED names them (EVENT-SCHEMA.md, Actors), read through the
 * whole extractor: a sentence in, the event's actors and inter codes out.
 */
class ActorTypingIT {

    /** The side of {@code e} with this name, actor1 or actor2; fails when neither has it. */
    private static Actor side(Event e, String name) {
        if (e.actor1().name().equals(name)) return e.actor1();
        if (e.actor2().name().equals(name)) return e.actor2();
        return fail("no actor " + name + " in " + Models.describe(List.of(e)));
    }

    @Test
    void aCountrysArmyIsItsMilitaryForcesOfTypeOne() {
        Event e = Models.onlyEvent("The army of Niger clashed with militants near Tillaberi on Monday.");
        assertEquals(ActorType.STATE_FORCES, side(e, "Military Forces of Niger").type());
    }

    @Test
    void soldiersNamedByTheirNationalityAreThatCountrysMilitary() {
        Event e = Models.onlyEvent("Malian soldiers ambushed a column of militants near Douentza on Sunday.");
        assertEquals(ActorType.STATE_FORCES, side(e, "Military Forces of Mali").type());
    }

    @Test
    void policeAreThePoliceForcesOfTheCountryOfTypeOne() {
        Event e = Models.onlyEvent("Police officers clashed with gunmen in Niamey, Niger, on Monday.");
        assertEquals(ActorType.STATE_FORCES, side(e, "Police Forces of Niger").type());
    }

    @Test
    void suspectedJnimMilitantsAreJnimOfTypeTwo() {
        Event e = Models.onlyEvent("Suspected JNIM militants attacked a police post in Niger on Monday.");
        assertEquals("JNIM: Group for Support of Islam and Muslims", e.actor1().name());
        assertEquals(ActorType.REBEL_GROUP, e.actor1().type());
    }

    @Test
    void unnamedGunmenAreAnUnidentifiedArmedGroupOfTypeThree() {
        Event e = Models.onlyEvent("Unidentified gunmen shot dead a teacher in Mali on Thursday.");
        assertEquals("Unidentified Armed Group (Mali)", e.actor1().name());
        assertEquals(ActorType.POLITICAL_MILITIA, e.actor1().type());
    }

    @Test
    void fulaniMilitiamenAreAnIdentityMilitiaOfTypeFour() {
        Event e = Models.onlyEvent("Fulani militiamen attacked the village of Ogossagou in central Mali on Tuesday, killing 20 civilians.");
        assertEquals("Fulani Ethnic Militia (Mali)", e.actor1().name());
        assertEquals(ActorType.IDENTITY_MILITIA, e.actor1().type());
    }

    @Test
    void riotersAreOfTypeFive() {
        Event e = Models.onlyEvent("Protesters in Dakar, Senegal, threw stones at police on Thursday.");
        assertEquals("Rioters (Senegal)", e.actor1().name());
        assertEquals(ActorType.RIOTERS, e.actor1().type());
    }

    @Test
    void protestersAreOfTypeSix() {
        Event e = Models.onlyEvent("Hundreds of teachers protested in Nairobi, Kenya, on Tuesday to demand higher pay.");
        assertEquals("Protesters (Kenya)", e.actor1().name());
        assertEquals(ActorType.PROTESTERS, e.actor1().type());
        assertEquals(Actor.NONE, e.actor2());
        assertEquals(60, e.interaction());
    }

    @Test
    void killedVillagersAreCiviliansOfTypeSeven() {
        Event e = Models.onlyEvent("Gunmen killed four villagers in a raid on a village in Mopti region, Mali, on Monday.");
        assertEquals("Civilians (Mali)", e.actor2().name());
        assertEquals(ActorType.CIVILIANS, e.actor2().type());
        assertEquals(37, e.interaction());
    }

    @Test
    void foreignTroopsAreExternalForcesOfTypeEight() {
        Event e = Models.onlyEvent("French troops clashed with militants near Menaka, Mali, on Monday.");
        assertEquals(ActorType.EXTERNAL_FORCES, side(e, "Military Forces of France").type());
    }

    @Test
    void anAirForceIsItsCountrysMilitary() {
        Event e = Models.onlyEvent("A Nigerian Air Force airstrike killed 10 Boko Haram fighters near Lake Chad on Wednesday.");
        assertEquals("Military Forces of Nigeria", e.actor1().name());
        assertEquals("Boko Haram - Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad", e.actor2().name());
        assertEquals(12, e.interaction());
    }

    @Test
    void theInteractionCodePutsTheLowerDigitFirst() {
        Event e = Models.onlyEvent("Suspected JNIM militants attacked a police post in Niger on Monday.");
        assertEquals(2, e.actor1().type().code());
        assertEquals(1, e.actor2().type().code());
        assertEquals(12, e.interaction());
    }

    @Test
    void anIdentityMilitiaAttackingCiviliansIsInteractionFortySeven() {
        Event e = Models.onlyEvent("Fulani militiamen attacked the village of Ogossagou in central Mali on Tuesday, killing 20 civilians.");
        assertEquals(47, e.interaction());
    }
}
