package org.sitrep.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.TimePrecision;
import org.sitrep.nlp.Language;

/**
 * French dates, resolved by the same looking-back rules as English (EVENT-SCHEMA.md, Dates), in
 * sentences from French-language reports. Published on Saturday 13 July 2024.
 */
class FrenchDatesTest {
    private static final LocalDate SATURDAY_13_JULY_2024 = LocalDate.of(2024, 7, 13);

    private final DateResolver resolver = new DateResolver(Language.FRENCH);

    private DateMention first(String sentence) {
        List<DateMention> found = resolver.find(sentence, SATURDAY_13_JULY_2024);
        assertFalse(found.isEmpty(), () -> "no date found in: " + sentence);
        return found.get(0);
    }

    private void assertDate(String sentence, LocalDate date, TimePrecision precision, String words) {
        DateMention m = first(sentence);
        assertEquals(date, m.date().date(), sentence);
        assertEquals(precision, m.date().precision(), sentence);
        assertEquals(words, sentence.substring(m.start(), m.end()));
    }

    @Test
    void lundiSoirIsTheMostRecentMondayBeforePublication() {
        assertDate("L'armée nigérienne a décrété un deuil national après l'attaque de lundi soir dans la région de Tahoua.",
                LocalDate.of(2024, 7, 8), TimePrecision.DAY, "lundi soir");
    }

    @Test
    void jeudiDernierIsTheMostRecentThursdayBeforePublication() {
        assertDate("Jeudi dernier, des centaines de combattants à moto ont tué 12 soldats dans le sud-ouest du Niger.",
                LocalDate.of(2024, 7, 11), TimePrecision.DAY, "Jeudi dernier");
    }

    @Test
    void laSemaineDerniereIsThePreviousCalendarWeekAtPrecisionTwo() {
        assertDate("La semaine dernière, des hommes armés ont enlevé trois enseignants près de Djibo.",
                LocalDate.of(2024, 7, 4), TimePrecision.WEEK, "La semaine dernière");
    }

    @Test
    void leMoisDernierIsTheFifteenthOfThePreviousMonthAtPrecisionThree() {
        assertDate("Au moins 17 soldats avaient été tués le mois dernier lors d'une autre attaque.",
                LocalDate.of(2024, 6, 15), TimePrecision.MONTH, "le mois dernier");
    }

    @Test
    void leTroisMarsIsTheMostRecentThirdOfMarch() {
        assertDate("Le 3 mars, une embuscade a fait huit morts parmi les soldats près de Gao.",
                LocalDate.of(2024, 3, 3), TimePrecision.DAY, "Le 3 mars");
    }

    @Test
    void aFullDateKeepsItsYear() {
        assertDate("L'attaque du 16 février 2021 contre le poste de Boni a fait trois morts.",
                LocalDate.of(2021, 2, 16), TimePrecision.DAY, "du 16 février 2021");
    }

    @Test
    void theNightOfSaturdayToSundayIsCodedToTheSaturdayItBegan() {
        assertDate("Dans la nuit de samedi à dimanche, des jihadistes ont attaqué le camp militaire de Boulkessi.",
                LocalDate.of(2024, 7, 6), TimePrecision.DAY, "Dans la nuit de samedi à dimanche");
    }

    @Test
    void hierIsTheDayBeforePublication() {
        assertDate("Des manifestants sont descendus dans la rue hier à Niamey.", LocalDate.of(2024, 7, 12), TimePrecision.DAY, "hier");
    }

    @Test
    void ilYATroisJoursCountsBackFromPublication() {
        assertDate("Il y a trois jours, des bandits ont pillé le marché de Kaya.", LocalDate.of(2024, 7, 10), TimePrecision.DAY,
                "Il y a trois jours");
    }

    @Test
    void aMonthAloneIsTheFifteenthAtPrecisionThree() {
        assertDate("Des combats ont opposé l'armée aux rebelles en juin près de Kidal.", LocalDate.of(2024, 6, 15),
                TimePrecision.MONTH, "en juin");
    }

    @Test
    void aRangeOfDaysIsItsMiddleDayAtPrecisionTwo() {
        assertDate("Des affrontements ont opposé entre le 5 et le 7 juillet l'armée aux rebelles près de Léré.",
                LocalDate.of(2024, 7, 6), TimePrecision.WEEK, "entre le 5 et le 7 juillet");
    }

    @Test
    void auMoisDeMaiIsTheFifteenthOfMay() {
        assertDate("Au mois de mai, des bandits ont pillé plusieurs villages de la commune.", LocalDate.of(2024, 5, 15),
                TimePrecision.MONTH, "Au mois de mai");
    }

    @Test
    void aYearAloneCannotPlaceAnEvent() {
        DateMention m = first("Les forces françaises combattaient au Niger l'insurrection venue du Mali en 2015.");
        assertTrue(m.isVague());
    }
}
