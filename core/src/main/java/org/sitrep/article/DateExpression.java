package org.sitrep.article;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one calendar date as pages write it: ISO 8601 ("2024-07-13", "2024-07-13T09:00:00+00:00"),
 * month first ("July 13, 2024", "Jul. 13 2024") or day first ("13 July 2024", "13 de julio de
 * 2024", "13. Juli 2024"). Month names come from {@code date-words.tsv}.
 */
final class DateExpression {
    private static final Map<String, Integer> MONTHS = new HashMap<>();

    static {
        for (String[] row : TsvResource.rows("date-words.tsv")) {
            if (row[0].equals("month")) {
                for (String name : row[2].split("\\|")) {
                    MONTHS.put(name, Integer.parseInt(row[1]));
                }
            }
        }
    }

    /** ISO date, with the time a timestamp may carry; the date is the one written, whatever the zone. */
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})"
                    + "(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?\\s*(?:Z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?)?");
    private static final Pattern MONTH_FIRST = Pattern.compile(
            "(\\p{L}+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern DAY_FIRST = Pattern.compile(
            "(\\d{1,2})(?:st|nd|rd|th|er|º|\\.)?\\s+(?:de\\s+)?(\\p{L}+)\\.?,?\\s+(?:de\\s+)?(\\d{4})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(?!\\d).*", Pattern.DOTALL);
    private static final Pattern ISO_INSIDE = apart(ISO);
    private static final Pattern MONTH_FIRST_INSIDE = apart(MONTH_FIRST);
    private static final Pattern DAY_FIRST_INSIDE = apart(DAY_FIRST);

    private DateExpression() {
    }

    /** Returns the date when the whole text is one date expression, else empty. */
    static Optional<LocalDate> whole(String text) {
        String candidate = text.strip();
        Matcher iso = ISO.matcher(candidate);
        if (iso.matches()) {
            return date(iso.group(1), iso.group(2), iso.group(3));
        }
        Matcher monthFirst = MONTH_FIRST.matcher(candidate);
        if (monthFirst.matches()) {
            return date(monthFirst.group(3), monthFirst.group(1), monthFirst.group(2));
        }
        Matcher dayFirst = DAY_FIRST.matcher(candidate);
        if (dayFirst.matches()) {
            return date(dayFirst.group(3), dayFirst.group(2), dayFirst.group(1));
        }
        return Optional.empty();
    }

    /**
     * Returns the first date written in a metadata value such as "2024-07-13T09:00:00+00:00",
     * "Sat, 13 Jul 2024 09:00:00 GMT" or "20240713", else empty.
     */
    static Optional<LocalDate> find(String text) {
        String value = text.strip();
        Matcher compact = COMPACT.matcher(value);
        if (compact.matches()) {
            return date(compact.group(1), compact.group(2), compact.group(3));
        }
        for (Matcher iso = ISO_INSIDE.matcher(value); iso.find(); ) {
            Optional<LocalDate> date = date(iso.group(1), iso.group(2), iso.group(3));
            if (date.isPresent()) {
                return date;
            }
        }
        for (Matcher monthFirst = MONTH_FIRST_INSIDE.matcher(value); monthFirst.find(); ) {
            Optional<LocalDate> date = date(monthFirst.group(3), monthFirst.group(1), monthFirst.group(2));
            if (date.isPresent()) {
                return date;
            }
        }
        for (Matcher dayFirst = DAY_FIRST_INSIDE.matcher(value); dayFirst.find(); ) {
            Optional<LocalDate> date = date(dayFirst.group(3), dayFirst.group(2), dayFirst.group(1));
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.empty();
    }

    /** The same expression inside longer text: not glued to a letter or digit on either side. */
    private static Pattern apart(Pattern pattern) {
        return Pattern.compile("(?<![\\p{L}\\d])" + pattern.pattern() + "(?![\\p{L}\\d])", pattern.flags());
    }

    private static Optional<LocalDate> date(String year, String month, String day) {
        Integer monthNumber = month.chars().allMatch(Character::isDigit)
                ? Integer.valueOf(month)
                : MONTHS.get(month.toLowerCase(Locale.ROOT));
        int yearNumber = Integer.parseInt(year);
        if (monthNumber == null || yearNumber < 1900 || yearNumber > 2199) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(yearNumber, monthNumber, Integer.parseInt(day)));
        } catch (DateTimeException notACalendarDate) {
            return Optional.empty();
        }
    }
}
