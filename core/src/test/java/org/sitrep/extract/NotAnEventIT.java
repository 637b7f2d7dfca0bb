package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;

/**
 * What is not an event (EVENT-SCHEMA.md, What counts as an event): trends, background, plans, and
 * what cannot be placed within a month.
 */
class NotAnEventIT {

    private static void assertNoEvent(String text) {
        List<Event> events = Models.extract(text);
        assertTrue(events.isEmpty(), () -> "no event expected from: " + text + "\ngot: " + Models.describe(events));
    }

    @Test
    void attacksHavingRisenIsATrend() {
        assertNoEvent("Attacks on the army have risen since the coup.");
    }

    @Test
    void aSurgeInViolenceIsATrend() {
        assertNoEvent("There has been a surge in jihadist violence in Mali.");
    }

    @Test
    void troopsToBeDeployedNextWeekIsAPlan() {
        assertNoEvent("The government will deploy troops next week.");
    }

    @Test
    void aWithdrawalUnderWayIsAPlan() {
        assertNoEvent("France is withdrawing its 1,500 troops from Niger before the end of the year.");
    }

    @Test
    void relyingOnMercenariesToFightIsBackground() {
        assertNoEvent("Mali is now relying on the Russian mercenary group Wagner to fight the jihadists.");
    }

    @Test
    void fightingThatHasGoneOnForYearsIsBackground() {
        assertNoEvent("The French forces have been fighting the insurgency in Niger that spilled over from Mali in 2015.");
    }

    @Test
    void anAttackPlacedOnlyByItsYearIsNotCoded() {
        assertNoEvent("In 2015, gunmen attacked a market in Mopti, Mali.");
    }
}
