package org.sitrep.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sitrep.model.EventDate;
import org.sitrep.model.TimePrecision;

/**
 * Dates as news reports give them, resolved against the publication date (EVENT-SCHEMA.md, Dates).
 * Unless a test says otherwise the article was published on Saturday 13 July 2024, the seed
 * article's date.
 */
class DateResolverTest {
    private static final LocalDate SATURDAY_13_JULY_2024 = LocalDate.of(2024, 7, 13);

    private final DateResolver resolver = new DateResolver();

    private List<DateMention> found(String sentence, LocalDate published) {
        return resolver.find(sentence, published);
    }

    /** The first date expression of a sentence published on 13 July 2024. */
    private DateMention first(String sentence) {
        return first(sentence, SATURDAY_13_JULY_2024);
    }

    private DateMention first(String sentence, LocalDate published) {
        List<DateMention> found = found(sentence, published);
        assertFalse(found.isEmpty(), () -> "no date found in: " + sentence);
        return found.get(0);
    }

    private static EventDate day(int year, int month, int day) {
        return new EventDate(LocalDate.of(year, month, day), TimePrecision.DAY);
    }

    private static String words(String sentence, DateMention m) {
        return sentence.substring(m.start(), m.end());
    }

    // ---- weekdays and relative dates

    @Test
    void mondayNightIsTheMondayBeforePublication() {
        String s = "Niger's military declared a three-day national mourning period, following Monday night's attack"
                + " in the western Tahoua region.";
        DateMention m = first(s);
        assertEquals(day(2024, 7, 8), m.date());
        assertEquals("Monday night", words(s, m));
        assertFalse(m.explicit());
    }

    @Test
    void lastThursdayIsTheMostRecentThursdayBeforePublication() {
        String s = "Last Thursday, hundreds of militants riding motorbikes killed 12 soldiers in south-western Niger.";
        DateMention m = first(s);
        assertEquals(day(2024, 7, 11), m.date());
        assertEquals("Last Thursday", words(s, m));
    }

    @Test
    void lastThursdayInAnArticlePublishedOnAThursdayIsAWeekBefore() {
        DateMention m = first("Last Thursday, gunmen burned the weekly market in Djibo.", LocalDate.of(2024, 7, 11));
        assertEquals(day(2024, 7, 4), m.date());
    }

    @Test
    void aBareWeekdayNamingThePublicationDayIsTheWeekBefore() {
        DateMention m = first("Gunmen stormed the market in Djibo on Saturday, residents said.");
        assertEquals(day(2024, 7, 6), m.date());
    }

    @ParameterizedTest
    @EnumSource(DayOfWeek.class)
    void everyWeekdayLooksBackWithinTheWeekBeforePublication(DayOfWeek weekday) {
        String name = weekday.name().charAt(0) + weekday.name().substring(1).toLowerCase();
        LocalDate date = first("Gunmen attacked a convoy near Gao on " + name + ".").date().date();
        assertEquals(weekday, date.getDayOfWeek());
        assertTrue(date.isBefore(SATURDAY_13_JULY_2024) && !date.isBefore(SATURDAY_13_JULY_2024.minusDays(7)),
                () -> name + " resolved to " + date);
    }

    @Test
    void lastWeekIsThePreviousCalendarWeeksMiddleDayAtWeekPrecision() {
        String s = "Last week, France's ambassador left Niger after being blockaded in the French embassy.";
        DateMention m = first(s);
        assertEquals(new EventDate(LocalDate.of(2024, 7, 4), TimePrecision.WEEK), m.date());
        assertEquals("Last week", words(s, m));
    }

    @Test
    void lastWeekSeenFromAMondayIsTheWeekThatJustEnded() {
        DateMention m = first("Militants ambushed a patrol near Menaka last week.", LocalDate.of(2024, 7, 15));
        assertEquals(new EventDate(LocalDate.of(2024, 7, 11), TimePrecision.WEEK), m.date());
    }

    @Test
    void lastMonthIsTheFifteenthOfThePreviousMonthAtMonthPrecision() {
        DateMention m = first("At least 17 soldiers were killed last month in another attack near the border with Burkina Faso.");
        assertEquals(new EventDate(LocalDate.of(2024, 6, 15), TimePrecision.MONTH), m.date());
    }

    @Test
    void lastMonthSeenFromEarlyInTheMonthIsStillThePreviousMonth() {
        DateMention m = first("Last month, the military leaders of Mali, Burkina Faso and Niger signed a security pact.",
                LocalDate.of(2024, 7, 2));
        assertEquals(new EventDate(LocalDate.of(2024, 6, 15), TimePrecision.MONTH), m.date());
    }

    @Test
    void yesterdayIsTheDayBeforePublication() {
        assertEquals(day(2024, 7, 12), first("Gunmen shot dead a village chief in Mopti yesterday.").date());
    }

    @Test
    void lastNightIsTheDayBeforePublication() {
        assertEquals(day(2024, 7, 12), first("Last night gunmen attacked a police station in Dori.").date());
    }

    @Test
    void thisMorningIsThePublicationDay() {
        assertEquals(day(2024, 7, 13), first("This morning a bomb exploded near the central market of Gao.").date());
    }

    @Test
    void daysAgoCountsBackFromPublication() {
        assertEquals(day(2024, 7, 11), first("Two days ago, gunmen attacked a bus on the road to Kaya.").date());
    }

    @Test
    void weeksAgoIsKnownToAWeek() {
        DateMention m = first("Three weeks ago, militants raided a gendarmerie post near Tera.");
        assertEquals(new EventDate(LocalDate.of(2024, 6, 22), TimePrecision.WEEK), m.date());
    }

    @Test
    void lastWeekendIsThePreviousSaturdayAtWeekPrecision() {
        DateMention m = first("Gunmen abducted three aid workers near Diffa last weekend.");
        assertEquals(new EventDate(LocalDate.of(2024, 7, 6), TimePrecision.WEEK), m.date());
    }

    @Test
    void relativeDatesNeedAPublicationDate() {
        assertTrue(found("Gunmen attacked a convoy near Gao on Monday and again yesterday.", null).isEmpty());
    }

    // ---- dates the text spells out

    @Test
    void dayMonthYearIsThatDay() {
        DateMention m = first("On 16 February 2021, gunmen ambushed a convoy near Gao.");
        assertEquals(day(2021, 2, 16), m.date());
        assertTrue(m.explicit());
    }

    @Test
    void monthDayYearIsThatDay() {
        assertEquals(day(2021, 2, 16), first("Gunmen ambushed a convoy near Gao on February 16, 2021.").date());
    }

    @Test
    void hyphenatedDayMonthYearIsThatDay() {
        String s = "On 23-April-2017, militants ambushed a patrol near Menaka.";
        DateMention m = first(s);
        assertEquals(day(2017, 4, 23), m.date());
        assertEquals("23-April-2017", words(s, m));
    }

    @Test
    void abbreviatedMonthKeepsItsDot() {
        String s = "Gunmen attacked the village of Koumbri on 3 Sept. 2023.";
        DateMention m = first(s);
        assertEquals(day(2023, 9, 3), m.date());
        assertEquals("3 Sept. 2023", words(s, m));
    }

    @Test
    void theFullStopAfterAMonthNameIsNotPartOfTheDate() {
        String s = "Gunmen attacked the village of Koumbri on 3 March.";
        assertEquals("3 March", words(s, first(s)));
    }

    @Test
    void isoDateIsThatDay() {
        assertEquals(day(2024, 7, 10), first("On 2024-07-10, soldiers clashed with militants near Tillaberi.").date());
    }

    @Test
    void dayWithoutYearIsInThePublicationYear() {
        assertEquals(day(2024, 6, 19), first("On June 19, militants ambushed a patrol near Menaka.").date());
    }

    @Test
    void dayWithoutYearThatWouldFollowPublicationIsInThePreviousYear() {
        assertEquals(day(2023, 7, 20), first("On July 20, militants ambushed a patrol near Menaka.").date());
    }

    @Test
    void lateDecemberSeenFromJanuaryIsInThePreviousYear() {
        assertEquals(day(2023, 12, 28),
                first("Gunmen burned the market of Kaya on 28 December.", LocalDate.of(2024, 1, 3)).date());
    }

    @Test
    void aroundADayIsKnownToAFewDays() {
        DateMention m = first("Around 26 November 2020 (between 26 - 27 November), gunmen abducted two traders near Tillaberi.");
        assertEquals(new EventDate(LocalDate.of(2020, 11, 26), TimePrecision.WEEK), m.date());
    }

    @Test
    void aDayWithoutYearAfterAFullDateSharesItsYear() {
        List<DateMention> found = found(
                "Around 26 November 2020 (between 26 - 27 November), gunmen abducted two traders near Tillaberi.",
                SATURDAY_13_JULY_2024);
        assertEquals(2, found.size());
        assertEquals(new EventDate(LocalDate.of(2020, 11, 26), TimePrecision.WEEK), found.get(1).date());
    }

    @Test
    void aRangeOfDaysIsItsMiddleDayAtWeekPrecision() {
        DateMention m = first("Fighting raged around the town of Djibo from 10 to 12 July 2024.");
        assertEquals(new EventDate(LocalDate.of(2024, 7, 11), TimePrecision.WEEK), m.date());
    }

    @Test
    void aDayThatDoesNotExistIsNotADate() {
        assertTrue(found("The report dated 31 June 2024 was withdrawn.", SATURDAY_13_JULY_2024).isEmpty());
    }

    @Test
    void mayTheVerbIsNotAMonth() {
        DateMention m = first("As many as 15 may have died in the attack on Monday.");
        assertEquals(day(2024, 7, 8), m.date());
    }

    // ---- months and years

    @Test
    void aMonthAloneIsItsFifteenthAtMonthPrecision() {
        String s = "In March, gunmen burned the market in Djibo.";
        DateMention m = first(s);
        assertEquals(new EventDate(LocalDate.of(2024, 3, 15), TimePrecision.MONTH), m.date());
        assertEquals("In March", words(s, m));
    }

    @Test
    void aMonthAloneThatWouldFollowPublicationIsInThePreviousYear() {
        DateMention m = first("Militants overran the army post at Koutougou in September.");
        assertEquals(new EventDate(LocalDate.of(2023, 9, 15), TimePrecision.MONTH), m.date());
    }

    @Test
    void aMonthWithItsYearIsThatMonth() {
        DateMention m = first("Militants overran the army post at Koutougou in December 2023.");
        assertEquals(new EventDate(LocalDate.of(2023, 12, 15), TimePrecision.MONTH), m.date());
    }

    @Test
    void aYearAloneIsVague() {
        DateMention m = first("The French forces have been fighting the insurgency in Niger that spilled over from Mali in 2015.");
        assertTrue(m.isVague());
    }

    @Test
    void aYearOpeningTheSentenceIsVague() {
        assertTrue(first("In 2015, gunmen attacked a market in Mopti.").isVague());
    }

    @Test
    void lastYearIsVague() {
        assertTrue(first("Gunmen attacked the market of Kaya last year.").isVague());
    }
}
