package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.extract.Models.onlyEvent;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitrep.model.DisorderType;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.SubEventType;

/**
 * One report, one event, typed the way ACLED types it: a sentence for each event type and for
 * each sub-event type the rules read. Published on Saturday 13 July 2024.
 */
class EventTypeIT {

    private static void assertType(SubEventType expected, Event e) {
        assertEquals(expected, e.subType(), () -> "got " + Models.describe(java.util.List.of(e)));
    }

    // ---- Battles

    @Test
    void soldiersClashingWithAnArmedGroupIsAnArmedClash() {
        Event e = onlyEvent("Soldiers clashed with JNIM fighters near the town of Boulkessi in Burkina Faso on Tuesday.");
        assertType(SubEventType.ARMED_CLASH, e);
        assertEquals(EventType.BATTLES, e.type());
        assertEquals(DisorderType.POLITICAL_VIOLENCE, e.type().disorder());
        assertEquals(LocalDate.of(2024, 7, 9), e.date().date());
    }

    @Test
    void militantsKillingSoldiersIsAnArmedClash() {
        Event e = onlyEvent("Hundreds of militants riding motorbikes killed 12 soldiers in south-western Niger on Thursday.");
        assertType(SubEventType.ARMED_CLASH, e);
        assertEquals(12, e.fatalities().best());
    }

    @Test
    void soldiersRecapturingATownIsGovernmentRegainsTerritory() {
        assertType(SubEventType.GOVERNMENT_REGAINS_TERRITORY,
                onlyEvent("Soldiers recaptured the town of Mondoro, Mali, from militants on Tuesday."));
    }

    @Test
    void militantsSeizingControlOfATownIsNonStateActorOvertakesTerritory() {
        assertType(SubEventType.NON_STATE_OVERTAKES_TERRITORY,
                onlyEvent("Militants seized control of the town of Boni in Mali on Tuesday."));
    }

    // ---- Violence against civilians

    @Test
    void gunmenKillingVillagersIsAnAttackOnCivilians() {
        Event e = onlyEvent("Gunmen killed four villagers in a raid on a village in Mopti region, Mali, on Monday.");
        assertType(SubEventType.ATTACK, e);
        assertEquals(EventType.VIOLENCE_AGAINST_CIVILIANS, e.type());
        assertTrue(e.civilianTargeting());
        assertEquals(4, e.fatalities().best());
    }

    @Test
    void gunmenAbductingPassengersIsAnAbduction() {
        Event e = onlyEvent("Gunmen abducted 15 passengers from a bus in Zamfara state, Nigeria, on Wednesday.");
        assertType(SubEventType.ABDUCTION, e);
        assertEquals(0, e.fatalities().best());
    }

    @Test
    void rapeIsSexualViolence() {
        assertType(SubEventType.SEXUAL_VIOLENCE, onlyEvent("Gunmen raped two women in a village near Bunia, DR Congo, on Monday."));
    }

    // ---- Explosions/Remote violence

    @Test
    void aRoadsideBombIsARemoteExplosive() {
        Event e = onlyEvent("A roadside bomb struck a military convoy near Menaka, Mali, on Monday, killing three soldiers.");
        assertType(SubEventType.REMOTE_EXPLOSIVE, e);
        assertEquals(EventType.EXPLOSIONS, e.type());
        assertTrue(e.tags().contains("IED"), () -> "tags " + e.tags());
        assertEquals(3, e.fatalities().best());
    }

    @Test
    void aVehicleHittingALandmineIsARemoteExplosive() {
        assertType(SubEventType.REMOTE_EXPLOSIVE,
                onlyEvent("Soldiers were killed when their convoy hit a landmine near Gao, Mali, on Monday."));
    }

    @Test
    void aDroneStrikeIsAnAirStrike() {
        assertType(SubEventType.AIR_DRONE_STRIKE,
                onlyEvent("A drone strike by the Malian army killed five militants near Kidal, Mali, on Tuesday."));
    }

    @Test
    void firingMortarsIsShelling() {
        Event e = onlyEvent("Militants fired mortars at a military camp in Gao, Mali, on Monday, wounding two soldiers.");
        assertType(SubEventType.SHELLING, e);
        assertEquals(0, e.fatalities().best(), "the wounded are not fatalities");
    }

    @Test
    void aSuicideBomberIsASuicideBomb() {
        assertType(SubEventType.SUICIDE_BOMB,
                onlyEvent("A suicide bomber blew himself up at a market in Maiduguri, Nigeria, on Friday, killing six people."));
    }

    @Test
    void aThrownGrenadeIsAGrenade() {
        assertType(SubEventType.GRENADE,
                onlyEvent("A man threw a grenade into a bar in Bujumbura, Burundi, on Tuesday, wounding five people."));
    }

    // ---- Protests and riots

    @Test
    void teachersProtestingIsAPeacefulProtest() {
        Event e = onlyEvent("Hundreds of teachers protested in Nairobi, Kenya, on Tuesday to demand higher pay.");
        assertType(SubEventType.PEACEFUL_PROTEST, e);
        assertEquals(EventType.PROTESTS, e.type());
        assertEquals(DisorderType.DEMONSTRATIONS, e.type().disorder());
    }

    @Test
    void policeDispersingProtestersWithTearGasIsAProtestWithIntervention() {
        assertType(SubEventType.PROTEST_WITH_INTERVENTION,
                onlyEvent("Police fired tear gas to disperse protesters in Nairobi, Kenya, on Tuesday."));
    }

    @Test
    void policeKillingProtestersIsExcessiveForce() {
        Event e = onlyEvent("Police shot dead two protesters in Nairobi, Kenya, on Tuesday.");
        assertType(SubEventType.EXCESSIVE_FORCE, e);
        assertEquals(2, e.fatalities().best());
    }

    @Test
    void protestersThrowingStonesIsAViolentDemonstration() {
        Event e = onlyEvent("Protesters in Dakar, Senegal, threw stones at police on Thursday.");
        assertType(SubEventType.VIOLENT_DEMONSTRATION, e);
        assertEquals(EventType.RIOTS, e.type());
    }

    @Test
    void aMobLynchingIsMobViolence() {
        assertType(SubEventType.MOB_VIOLENCE, onlyEvent("An angry mob lynched a suspected thief in Lagos, Nigeria, on Wednesday."));
    }

    // ---- Strategic developments

    @Test
    void signingAPactIsAnAgreement() {
        Event e = onlyEvent("The governments of Mali, Burkina Faso and Niger signed a security pact in Niamey on Friday.");
        assertType(SubEventType.AGREEMENT, e);
        assertEquals(DisorderType.STRATEGIC_DEVELOPMENTS, e.type().disorder());
        assertEquals(0, e.fatalities().best());
    }

    @Test
    void policeArrestingPeopleIsArrests() {
        assertType(SubEventType.ARRESTS, onlyEvent("Police arrested 12 people in Niamey, Niger, on Tuesday."));
    }

    @Test
    void gendarmesDetainingMenIsArrests() {
        assertType(SubEventType.ARRESTS, onlyEvent("Gendarmes detained three men at a checkpoint near Zinder, Niger, on Wednesday."));
    }

    @Test
    void lootingShopsAndBurningHousesIsLootingOrPropertyDestruction() {
        Event e = onlyEvent("Gunmen looted shops and burned houses in a village in Tillaberi, Niger, on Wednesday.");
        assertType(SubEventType.LOOTING, e);
        assertEquals(0, e.fatalities().best());
    }

    @Test
    void defusingABombIsDisruptedWeaponsUse() {
        assertType(SubEventType.DISRUPTED_WEAPONS_USE,
                onlyEvent("Soldiers defused an improvised explosive device planted on the road near Menaka, Mali, on Monday."));
    }

    @Test
    void settingUpABaseIsHeadquartersOrBaseEstablished() {
        assertType(SubEventType.BASE_ESTABLISHED,
                onlyEvent("JNIM fighters set up a base in the forest near Koutiala, Mali, on Monday."));
    }

    @Test
    void handingOverABaseIsANonViolentTransferOfTerritory() {
        assertType(SubEventType.TERRITORY_TRANSFER,
                onlyEvent("French troops handed over their base in Menaka, Mali, to the Malian army on Monday."));
    }

    @Test
    void pledgingAllegianceIsAChangeToGroup() {
        assertType(SubEventType.CHANGE_TO_GROUP,
                onlyEvent("A faction of the rebel group pledged allegiance to the Islamic State in Mali on Monday."));
    }
}
