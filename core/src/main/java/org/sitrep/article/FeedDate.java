package org.sitrep.article;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day a feed says an item was published. The day is taken as the feed writes it, in the
 * outlet's own time zone, not moved to UTC: an item stamped 23:30 -0500 was published that
 * evening where the outlet is, and relative dates in it ("yesterday") count from that day.
 */
final class FeedDate {
    /** Feeds break RFC 822 often (zones like "UTC" or "EST5EDT", no weekday), but keep day, month, year. */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})\\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+(\\d{4})\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ISO_DAY = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})(?:$|[T\\s])");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private FeedDate() {
    }

    /**
     * Returns the day of an RSS pubDate ("Mon, 15 Jul 2024 08:30:00 GMT"), an Atom or Dublin Core
     * date ("2024-07-15T08:30:00+02:00", "2024-07-15"), or a near miss of either.
     *
     * @param text the element's text, or null
     * @return the day, or null when there is no text or it is no date
     */
    static LocalDate parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String date = text.strip();
        try {
            return DateTimeFormatter.RFC_1123_DATE_TIME.parse(date, LocalDate::from);
        } catch (DateTimeParseException notRfc1123) {
            // try the looser forms below
        }
        Matcher iso = ISO_DAY.matcher(date);
        if (iso.find()) {
            return day(iso.group(1), iso.group(2), iso.group(3));
        }
        Matcher written = DAY_MONTH_YEAR.matcher(date);
        if (written.find()) {
            String month = String.valueOf(MONTHS.get(written.group(2).toLowerCase(Locale.ROOT)));
            return day(written.group(3), month, written.group(1));
        }
        return null;
    }

    private static LocalDate day(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException impossible) {
            return null; // "2024-02-30" is no day
        }
    }
}
