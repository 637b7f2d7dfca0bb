package org.sitrep.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.nlp.Annotator;
import org.sitrep.nlp.Sentence;

/**
 * Deaths a sentence reports, with ACLED's conventions for vague and unquantified counts
 * (EVENT-SCHEMA.md, Fatalities). Needs CoreNLP's part-of-speech tags, hence an integration test.
 */
class FatalityCounterIT {
    private final FatalityCounter counter = new FatalityCounter();

    private static Sentence sentence(String text) {
        List<Sentence> sentences = Annotator.english().annotate(text).sentences();
        assertEquals(1, sentences.size(), () -> "one sentence expected: " + text);
        return sentences.get(0);
    }

    private List<Deaths> deaths(String text) {
        return counter.count(sentence(text));
    }

    /** The one group of dead the sentence reports. */
    private Deaths onlyDeaths(String text) {
        List<Deaths> found = deaths(text);
        assertEquals(1, found.size(), () -> "one group of dead expected in: " + text + "\ngot: " + found);
        return found.get(0);
    }

    private static int total(List<Deaths> found) {
        return found.stream().mapToInt(d -> d.count().best()).sum();
    }

    private int killed(String text) {
        return onlyDeaths(text).count().best();
    }

    @Test
    void atLeastTwentyNineIsTwentyNine() {
        String text = "At least 29 soldiers have been killed in Niger in the deadliest attack since the army staged a coup in July.";
        Deaths d = onlyDeaths(text);
        assertEquals(29, d.count().best());
        assertEquals(Side.STATE, d.side());
        assertEquals("At least 29 soldiers have been killed", text.substring(d.start(), d.end()));
    }

    @Test
    void severalDozenIsTwelve() {
        assertEquals(12, killed("It added that several dozen terrorists were also killed in the counter-offensive."));
    }

    @Test
    void dozensIsTwelve() {
        assertEquals(12, killed("Dozens of villagers were killed when gunmen stormed the market in Djibo."));
    }

    @Test
    void aDozenIsTwelve() {
        assertEquals(12, killed("A dozen soldiers were killed in the ambush near Menaka."));
    }

    @Test
    void hundredsIsOneHundred() {
        assertEquals(100, killed("Hundreds of people were killed in the fighting around the town."));
    }

    @Test
    void scoresIsTwenty() {
        assertEquals(20, killed("Scores of fighters were killed in the battle for the town."));
    }

    @Test
    void tensIsTen() {
        assertEquals(10, killed("Tens of civilians were killed in the raid on the village."));
    }

    @Test
    void severalIsThree() {
        assertEquals(3, killed("Several gendarmes were killed at the checkpoint outside Tera."));
    }

    @Test
    void aFewIsThree() {
        assertEquals(3, killed("A few villagers were killed by stray bullets."));
    }

    @Test
    void nearlyFortyIsForty() {
        assertEquals(40, killed("Nearly 40 people were killed in the attack on the camp."));
    }

    @Test
    void aHyphenatedNumberIsReadWhole() {
        assertEquals(25, killed("Twenty-five soldiers died in the ambush near Boni."));
    }

    @Test
    void anUnquantifiedPluralIsTwo() {
        Deaths d = onlyDeaths("Soldiers were killed when their convoy hit a landmine near Gao.");
        assertEquals(2, d.count().best());
        assertFalse(d.stated());
    }

    @Test
    void anUnquantifiedSingularIsOne() {
        assertEquals(1, killed("A soldier was killed at the checkpoint on Tuesday."));
    }

    @Test
    void theGroupNamedAgainIsDefiniteAndUnstated() {
        Deaths d = onlyDeaths("The soldiers were killed by hundreds of jihadists using improvised explosive devices.");
        assertTrue(d.definite());
        assertFalse(d.stated());
    }

    @Test
    void killingTwoCiviliansIsTwoCivilians() {
        String text = "Gunmen opened fire on a bus near Kaya, killing two civilians.";
        Deaths d = onlyDeaths(text);
        assertEquals(2, d.count().best());
        assertEquals(Side.CIVILIAN, d.side());
        assertEquals("killing two civilians", text.substring(d.start(), d.end()));
    }

    @Test
    void theObjectOfAnActiveKillIsCounted() {
        Deaths d = onlyDeaths("Last Thursday, hundreds of militants riding motorbikes killed 12 soldiers in south-western Niger.");
        assertEquals(12, d.count().best());
        assertEquals(Side.STATE, d.side());
    }

    @Test
    void theWoundedAreNotCounted() {
        assertEquals(3, killed("Three people were killed and five wounded in the blast."));
    }

    @Test
    void groupsNamedTogetherAsTheDeadAreAllCounted() {
        List<Deaths> found = deaths("Two soldiers and three civilians were killed in the attack on Tera.");
        assertEquals(5, total(found));
        assertEquals(List.of(Side.STATE, Side.CIVILIAN), found.stream().map(Deaths::side).toList());
    }

    @Test
    void groupsNamedTogetherAsTheKilledAreAllCounted() {
        assertEquals(5, total(deaths("The attack killed three soldiers and two civilians near Gao.")));
    }

    @Test
    void groupsOfOneSideNamedTogetherAreOneGroup() {
        Deaths d = onlyDeaths("Two soldiers and three gendarmes were killed in the ambush.");
        assertEquals(5, d.count().best());
        assertEquals(Side.STATE, d.side());
    }

    @Test
    void theObjectOfAnotherVerbIsNotAmongTheDead() {
        assertEquals(3, total(deaths("Militants surrounded 20 soldiers and three civilians were killed in the crossfire.")));
    }

    @Test
    void peopleWoundedAfterTheKillingAreNotCounted() {
        assertEquals(3, total(deaths("Militants killed three soldiers and wounded two civilians.")));
    }

    @Test
    void aDeathTollIsCounted() {
        assertEquals(17, killed("The death toll from the attack rose to 17."));
    }

    @Test
    void theDayOfTheAttackIsNotTheToll() {
        assertEquals(41, killed("The death toll from the 8 July attack in Tahoua has risen to 41."));
    }

    @Test
    void noOneKilledIsNoDeaths() {
        assertTrue(deaths("No one was killed in the explosion.").isEmpty());
    }

    @Test
    void noSoldiersKilledIsNoDeaths() {
        assertTrue(deaths("No soldiers were killed in the ambush, the ministry said.").isEmpty());
    }

    @Test
    void aRangeIsCountedAtItsLowerEndWithTheHigherKept() {
        Count c = onlyDeaths("Between 10 and 15 people were killed in the clashes.").count();
        assertEquals(10, c.best());
        assertEquals(10, c.low());
        assertEquals(15, c.high());
    }

    @Test
    void aPronounThatSuccumbsIsOneDeath() {
        assertEquals(1, killed("The trader was shot on Friday and he succumbed to his wounds a week later."));
    }

    @Test
    void aHeadlineWithoutAuxiliaryCountsItsDead() {
        assertEquals(8, killed("Eight militants killed near Gao."));
    }

    @Test
    void membersOfACommunityAreCountedThroughTheirDescription() {
        assertEquals(3, killed("Three members of the Dawsahak community were killed by an explosive device."));
    }

    @Test
    void oneOfSeveralNamedPeopleIsOne() {
        assertEquals(1, killed("One of the officer's daughters was killed in the crossfire."));
    }
}
