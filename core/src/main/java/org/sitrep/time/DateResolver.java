package org.sitrep.time;

import org.sitrep.model.EventDate;
import org.sitrep.model.TimePrecision;
import org.sitrep.nlp.Language;
import org.sitrep.nlp.PhraseLexicon;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the date expressions of a sentence and resolves them against the publication date, the
 * way news is read: reports look back, so a bare weekday is the most recent such day before
 * publication, "last week" the previous calendar week, "last month" the previous calendar month
 * (EVENT-SCHEMA.md, Dates).
 */
public final class DateResolver {
    // The dot belongs to abbreviations only ("Sept. 3"): after a full name it ends the sentence.
    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December"
            + "|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final String YEAR = "((?:19|20)\\d{2})";
    private static final String WEEKDAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final String PART_OF_DAY = "(?:\\s+(?:night|morning|afternoon|evening))?";

    // Month names are matched as written, capitalised: "as many as 15 may have died" is not 15 May.
    // The words around them are matched in any case ("Around 26 November", "Last Thursday", "In 2015").
    private static final String HEDGE = "(?:((?i:around|about|circa|between))\\s+)?";
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b" + HEDGE + DAY + "(?:\\s*(?:-|–|and|to)\\s*" + DAY + ")?[\\s-]+(?:of\\s+)?" + MONTH
                    + "(?:[\\s,-]+" + YEAR + ")?(?![\\w])");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + HEDGE + MONTH + "\\s+" + DAY + "(?:\\s*(?:-|–|and|to)\\s*" + DAY + ")?"
                    + "(?:,?\\s+" + YEAR + ")?(?![\\w])");
    private static final Pattern ISO = Pattern.compile("\\b((?:19|20)\\d{2})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern WEEKDAY_PHRASE = Pattern.compile(
            "\\b(?:((?i:last|this|on|early|late))\\s+)?" + WEEKDAY + "(?:'s|’s)?" + PART_OF_DAY + "\\b");
    private static final Pattern RELATIVE = Pattern.compile(
            "\\b(yesterday|today|tonight|last night|overnight|this (?:morning|afternoon|evening)"
                    + "|(?:earlier |late |early )?(?:last|this|the previous|the past) (?:week|month|weekend)"
                    + "|earlier this (?:week|month)"
                    + "|(?:last|this|earlier this) year"
                    + "|(\\w+) (days|weeks) ago)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_ONLY = Pattern.compile(
            "\\b(?i:in|since|during|early|late|mid|mid-|end of|beginning of)\\s+(?i:early\\s+|late\\s+|mid-?)?" + MONTH
                    + "(?:\\s+" + YEAR + ")?(?![\\w-])");
    private static final Pattern YEAR_ONLY = Pattern.compile("\\b(?i:in|since|during|of|from)\\s+" + YEAR + "\\b");

    private static final Map<String, Integer> SMALL_NUMBERS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("few", 3),
            Map.entry("several", 3));

    /**
     * A language's date expressions. English's are the patterns above (its month and weekday
     * names parsed as Java's own); another language's are built from its table ({@code
     * dates.fr.tsv}), with its names mapped to months and weekdays and its relative phrases to the
     * English phrases they mean, so that both are resolved by the same rules.
     */
    private record Calendar(Pattern dayMonthYear, Pattern monthDayYear, Pattern weekday, Pattern relative,
                            Pattern monthOnly, Pattern yearOnly, Map<String, Month> months, Map<String, DayOfWeek> days,
                            Map<String, String> relatives, Map<String, Integer> numbers, Map<String, String> units) {
        static final Calendar ENGLISH = new Calendar(DAY_MONTH_YEAR, MONTH_DAY_YEAR, WEEKDAY_PHRASE, RELATIVE, MONTH_ONLY,
                YEAR_ONLY, null, null, null, null, null);

        static Calendar of(Language language) {
            if (language == Language.ENGLISH) return ENGLISH;
            Map<String, Month> months = new java.util.HashMap<>();
            Map<String, DayOfWeek> days = new java.util.HashMap<>();
            Map<String, String> relatives = new java.util.LinkedHashMap<>();
            Map<String, Integer> numbers = new java.util.HashMap<>();
            Map<String, String> units = new java.util.HashMap<>();
            Map<String, List<String>> lists = new java.util.HashMap<>();
            for (String[] row : PhraseLexicon.readTsv(DateResolver.class, language.table("dates.tsv"))) {
                switch (row[0]) {
                    case "month" -> months.put(row[1], Month.of(Integer.parseInt(row[2])));
                    case "weekday" -> days.put(row[1], DayOfWeek.valueOf(row[2]));
                    case "relative" -> relatives.put(row[1], row[2]);
                    case "number" -> numbers.put(row[1], Integer.parseInt(row[2]));
                    case "unit" -> units.put(row[1], row[2]);
                    default -> lists.put(row[0], List.of(row[1].contains("|") ? row[1].split("\\|") : row[1].split(" ")));
                }
            }
            String month = "(" + alternatives(months.keySet()) + ")";
            String weekday = "(" + alternatives(days.keySet()) + ")";
            String day = "(\\d{1,2})(?:er)?";
            String hedge = "(?:(" + alternatives(lists.get("hedge")) + ")\\s+)?";
            String dayBefore = "(?:(?:" + alternatives(lists.get("day-before")) + ")\\s*)?";
            // the calendar words are matched in any case: French writes months and weekdays in lower case
            Pattern dayMonthYear = Pattern.compile("(?iu)\\b" + hedge + dayBefore + day
                    + "(?:\\s*(?:-|–|et|au)\\s*(?:le\\s+)?" + day + ")?\\s+" + month + "(?:\\s+" + YEAR + ")?(?![\\w])");
            Pattern weekdayPhrase = Pattern.compile("(?iu)\\b(?:(" + alternatives(lists.get("before-weekday")) + ")\\s+)?"
                    + weekday + "(?:\\s+(?:" + alternatives(lists.get("part-of-day")) + "))?"
                    + "(?:\\s+(?:à|au)\\s+" + alternatives(days.keySet()) + ")?(?![\\w])");
            Pattern relative = Pattern.compile("(?iu)\\b(" + alternatives(relatives.keySet()) + "|il y a (\\S+) ("
                    + alternatives(units.keySet()) + "))(?![\\w])");
            Pattern monthOnly = Pattern.compile("(?iu)\\b(?:" + alternatives(lists.get("month-before"))
                    + ")(?:\\s+|-)(?:(?:de|d['’])\\s*)?" + month + "(?:\\s+" + YEAR + ")?(?![\\w-])");
            Pattern yearOnly = Pattern.compile("(?iu)\\b(?:" + alternatives(lists.get("year-before")) + ")\\s+" + YEAR + "\\b");
            return new Calendar(dayMonthYear, null, weekdayPhrase, relative, monthOnly, yearOnly, Map.copyOf(months),
                    Map.copyOf(days), Map.copyOf(relatives), Map.copyOf(numbers), Map.copyOf(units));
        }

        /** The words as a regular expression's alternatives, longest first ("hier soir" before "hier"). */
        private static String alternatives(java.util.Collection<String> words) {
            return words.stream().sorted(Comparator.comparingInt(String::length).reversed())
                    .map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q")).collect(java.util.stream.Collectors.joining("|"));
        }
    }

    private final Calendar c;

    /** Returns a resolver of English dates. */
    public DateResolver() {
        this(Language.ENGLISH);
    }

    /** Returns a resolver of dates written in {@code language}. */
    public DateResolver(Language language) {
        this.c = Calendar.of(language);
    }

    /**
     * Returns the date expressions of {@code text}, in order of position, resolved against
     * {@code published}; overlapping expressions keep the longer one.
     */
    public List<DateMention> find(String text, LocalDate published) {
        List<DateMention> found = new ArrayList<>();
        dayMonthYear(text, published, found);
        monthDayYear(text, published, found);
        iso(text, found);
        weekdays(text, published, found);
        relative(text, published, found);
        monthOnly(text, published, found);
        yearOnly(text, found);
        found.sort(Comparator.comparingInt(DateMention::start).thenComparing(m -> -(m.end() - m.start())));
        List<DateMention> kept = new ArrayList<>();
        int lastEnd = -1;
        for (DateMention m : found) {
            if (m.start() >= lastEnd) {
                kept.add(m);
                lastEnd = m.end();
            }
        }
        return kept;
    }

    /** "16 February 2021", "26 - 27 November": the day before the month; group 5 is the year in both patterns. */
    private void dayMonthYear(String text, LocalDate published, List<DateMention> out) {
        fullDates(c.dayMonthYear(), 2, 3, 4, text, published, out);
    }

    /** "February 16, 2021", "June 19": the month before the day. */
    private void monthDayYear(String text, LocalDate published, List<DateMention> out) {
        if (c.monthDayYear() != null) fullDates(c.monthDayYear(), 3, 4, 2, text, published, out);
    }

    private void fullDates(Pattern pattern, int dayGroup, int dayToGroup, int monthGroup, String text, LocalDate published,
                           List<DateMention> out) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            int year = m.group(5) != null ? Integer.parseInt(m.group(5)) : yearOfDateBefore(text, m.start());
            add(out, m, published, m.group(1), Integer.parseInt(m.group(dayGroup)), m.group(dayToGroup),
                    monthOf(m.group(monthGroup)), year);
        }
    }

    /**
     * The year of the last full date that ends before {@code offset}, or 0. A day given without a
     * year after one given with it shares that year: "Around 26 November 2020 (between 26 - 27
     * November)" is all in 2020, not in the November before publication.
     */
    private int yearOfDateBefore(String text, int offset) {
        int year = 0;
        int end = -1;
        for (Pattern p : c.monthDayYear() == null ? List.of(c.dayMonthYear()) : List.of(c.dayMonthYear(), c.monthDayYear())) {
            Matcher m = p.matcher(text);
            while (m.find() && m.end() <= offset) {
                if (m.group(5) != null && m.end() > end) {
                    year = Integer.parseInt(m.group(5));
                    end = m.end();
                }
            }
        }
        return year;
    }

    private void add(List<DateMention> out, Matcher m, LocalDate published, String hedge, int day, String dayTo,
                     Month month, int year) {
        if (day < 1 || day > 31) return;
        LocalDate first = dayOf(day, month, year, published);
        if (first == null) return;
        TimePrecision precision = TimePrecision.DAY;
        LocalDate date = first;
        if (dayTo != null) {
            LocalDate last = dayOf(Integer.parseInt(dayTo), month, first.getYear(), published);
            if (last != null && last.isAfter(first)) {
                date = first.plusDays((last.toEpochDay() - first.toEpochDay()) / 2);
                precision = TimePrecision.WEEK;
            }
        } else if (hedge != null && !hedge.equalsIgnoreCase("between")) {
            precision = TimePrecision.WEEK; // "around 26 November": known to a few days
        }
        out.add(new DateMention(new EventDate(date, precision), m.start(), m.end(), true));
    }

    /** The day, in {@code year}, or when the year is not given the most recent such day up to publication. */
    private static LocalDate dayOf(int day, Month month, int year, LocalDate published) {
        if (day > month.maxLength()) return null;
        if (year > 0) {
            return day > month.length(java.time.Year.isLeap(year)) ? null : LocalDate.of(year, month, day);
        }
        if (published == null) return null;
        int y = published.getYear();
        if (day > month.length(java.time.Year.isLeap(y))) return null;
        LocalDate d = LocalDate.of(y, month, day);
        return d.isAfter(published) ? d.minusYears(1) : d;
    }

    private void iso(String text, List<DateMention> out) {
        Matcher m = ISO.matcher(text);
        while (m.find()) {
            try {
                LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                out.add(new DateMention(new EventDate(d, TimePrecision.DAY), m.start(), m.end(), true));
            } catch (java.time.DateTimeException ignored) {
                // not a date: "2024-13-45"
            }
        }
    }

    private void weekdays(String text, LocalDate published, List<DateMention> out) {
        if (published == null) return;
        Matcher m = c.weekday().matcher(text);
        while (m.find()) {
            DayOfWeek dow = c.days() == null ? DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT))
                    : c.days().get(m.group(2).toLowerCase(Locale.ROOT));
            // News looks back: "Monday", "last Thursday" = the most recent such day before publication.
            LocalDate d = published.with(TemporalAdjusters.previous(dow));
            out.add(new DateMention(new EventDate(d, TimePrecision.DAY), m.start(), m.end(), false));
        }
    }

    private void relative(String text, LocalDate published, List<DateMention> out) {
        if (published == null) return;
        Matcher m = c.relative().matcher(text);
        while (m.find()) {
            String phrase = m.group(1).toLowerCase(Locale.ROOT);
            String count = m.group(2);
            String unit = m.group(3);
            if (c.relatives() != null) {
                // another language's phrase, read as the English phrase it means
                phrase = c.relatives().getOrDefault(phrase.replaceAll("\\s+", " "), phrase);
                if (unit != null) {
                    Integer n = c.numbers().get(count.toLowerCase(Locale.ROOT));
                    count = n != null ? n.toString() : count;
                    unit = c.units().get(unit.toLowerCase(Locale.ROOT));
                }
            }
            EventDate date = relativeDate(phrase, count, unit, published);
            out.add(new DateMention(date, m.start(), m.end(), false));
        }
    }

    static EventDate relativeDate(String phrase, String count, String unit, LocalDate published) {
        if (phrase.equals("yesterday") || phrase.equals("last night")) {
            return new EventDate(published.minusDays(1), TimePrecision.DAY);
        }
        if (phrase.equals("today") || phrase.equals("tonight") || phrase.equals("overnight") || phrase.startsWith("this ")
                && !phrase.endsWith("week") && !phrase.endsWith("month") && !phrase.endsWith("year") && !phrase.endsWith("weekend")) {
            return new EventDate(published, TimePrecision.DAY);
        }
        if (unit != null) {
            Integer n = SMALL_NUMBERS.get(count.toLowerCase(Locale.ROOT));
            if (n == null && count.matches("\\d+")) n = Integer.parseInt(count);
            if (n == null) return null;
            return unit.startsWith("day")
                    ? new EventDate(published.minusDays(n), TimePrecision.DAY)
                    : new EventDate(published.minusWeeks(n), TimePrecision.WEEK);
        }
        if (phrase.endsWith("year")) return null; // a year cannot place an event within a month
        boolean previous = phrase.contains("last") || phrase.contains("previous") || phrase.contains("past");
        if (phrase.endsWith("weekend")) {
            LocalDate saturday = published.with(TemporalAdjusters.previous(DayOfWeek.SATURDAY));
            return new EventDate(saturday, TimePrecision.WEEK);
        }
        if (phrase.endsWith("week")) {
            LocalDate monday = published.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            if (previous) return new EventDate(monday.minusWeeks(1).plusDays(3), TimePrecision.WEEK);
            return new EventDate(monday.plusDays((published.toEpochDay() - monday.toEpochDay()) / 2), TimePrecision.WEEK);
        }
        // month: "last month" = the previous calendar month, coded to its 15th (ACLED precision 3)
        LocalDate month = previous ? published.minusMonths(1) : published;
        LocalDate fifteenth = month.withDayOfMonth(15);
        return new EventDate(fifteenth.isAfter(published) ? published : fifteenth, TimePrecision.MONTH);
    }

    private void monthOnly(String text, LocalDate published, List<DateMention> out) {
        Matcher m = c.monthOnly().matcher(text);
        while (m.find()) {
            Month month = monthOf(m.group(1));
            LocalDate d;
            if (m.group(2) != null) {
                d = LocalDate.of(Integer.parseInt(m.group(2)), month, 15);
            } else if (published != null) {
                d = LocalDate.of(published.getYear(), month, 15);
                if (d.withDayOfMonth(1).isAfter(published)) d = d.minusYears(1);
                if (d.isAfter(published)) d = published;
            } else {
                continue;
            }
            out.add(new DateMention(new EventDate(d, TimePrecision.MONTH), m.start(), m.end(), false));
        }
    }

    private void yearOnly(String text, List<DateMention> out) {
        Matcher m = c.yearOnly().matcher(text);
        while (m.find()) {
            out.add(new DateMention(null, m.start(), m.end(), false));
        }
    }

    private Month monthOf(String name) {
        return c.months() == null ? month(name) : c.months().get(name.toLowerCase(Locale.ROOT));
    }

    private static Month month(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace(".", "");
        for (Month mo : Month.values()) {
            if (mo.name().toLowerCase(Locale.ROOT).startsWith(n.length() >= 3 ? n.substring(0, 3) : n)) return mo;
        }
        throw new IllegalArgumentException("not a month: " + name);
    }
}
