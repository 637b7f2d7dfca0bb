package org.sitrep.article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A paragraph that only says when the article was published, as pages print it above the text:
 * "July 13, 2024", "13 July 2024", "Published: Saturday, 13 July 2024 09:00 GMT", "2024-07-13".
 * Labels and weekday names come from {@code date-words.tsv}.
 */
final class DateLine {
    /** A date line is short; a longer paragraph that holds a date is a sentence about it. */
    private static final int LONGEST = 80;

    private static final Pattern LABEL;
    private static final Pattern WEEKDAY;
    /** A clock time after the date: "09:00", ", 9.30 am", "| 10h32 GMT", "at 14:05 UTC+1". */
    private static final Pattern WITH_TIME = Pattern.compile(
            "(.+?)\\s*(?:[,|·•@–—-]|\\bat\\b|\\bà\\b|\\bàs\\b|\\bum\\b|\\balle\\b)?\\s*"
                    + "\\d{1,2}(?:[:h.]\\d{2}){1,2}\\s*(?:[ap]\\.?\\s?m\\.?)?\\s*"
                    + "(?:\\(?(?:[A-Z]{2,5})?\\s*(?:[+-]\\d{1,2}(?::?\\d{2})?)?\\)?)?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    static {
        List<String> labels = new ArrayList<>();
        List<String> weekdays = new ArrayList<>();
        for (String[] row : TsvResource.rows("date-words.tsv")) {
            List<String> words = List.of(row[2].split("\\|"));
            switch (row[0]) {
                case "label" -> labels.addAll(words);
                case "weekday" -> weekdays.addAll(words);
                default -> { }
            }
        }
        LABEL = Pattern.compile("^(?:" + alternation(labels) + ")(?![\\p{L}\\d])\\s*:?\\s*",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        WEEKDAY = Pattern.compile("^(?:" + alternation(weekdays) + ")\\.?(?![\\p{L}\\d])\\s*,?\\s*",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private DateLine() {
    }

    /** Returns the publication date when the whole paragraph is a date line, else empty. */
    static Optional<LocalDate> read(String paragraph) {
        String rest = paragraph.strip();
        if (rest.length() > LONGEST) {
            return Optional.empty();
        }
        rest = stripAll(LABEL, rest);
        rest = stripAll(WEEKDAY, rest);
        Optional<LocalDate> date = DateExpression.whole(rest);
        if (date.isPresent()) {
            return date;
        }
        Matcher withTime = WITH_TIME.matcher(rest);
        return withTime.matches() ? DateExpression.whole(withTime.group(1)) : Optional.empty();
    }

    /** Removes every leading match of an anchored prefix ("Published on", "Saturday,"). */
    private static String stripAll(Pattern prefix, String text) {
        String rest = text;
        Matcher leading = prefix.matcher(rest);
        while (leading.find()) {
            rest = rest.substring(leading.end());
            leading = prefix.matcher(rest);
        }
        return rest;
    }

    /** Longest words first, so "published on" wins over "published". */
    private static String alternation(List<String> words) {
        return words.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote)
                .reduce((a, b) -> a + "|" + b)
                .orElseThrow();
    }
}
