package org.sitrep.quantity;

import org.sitrep.nlp.Language;
import org.sitrep.nlp.PhraseLexicon;
import org.sitrep.nlp.Token;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads counts of people written in words or digits: "29", "1,500", "twenty-five", "a dozen",
 * "several dozen", "hundreds", "at least 17", "between 10 and 15". Vague words take ACLED's
 * conventions, listed with their source in {@code vague-counts.tsv}.
 */
public final class CountReader {
    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
            Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20),
            Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60),
            Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90));

    private static final PhraseLexicon<Integer> VAGUE =
            PhraseLexicon.load(CountReader.class, "vague-counts.tsv", cols -> Integer.parseInt(cols[0]));

    /** A language's number words and the words around counts, for languages other than English. */
    private record Words(PhraseLexicon<Integer> vague, Map<String, Integer> units, PhraseLexicon<String> modifiers,
                         java.util.Set<String> ranges) {
        static Words of(Language language) {
            Map<String, Integer> units = new java.util.HashMap<>();
            PhraseLexicon<String> modifiers = new PhraseLexicon<>();
            java.util.Set<String> ranges = new java.util.HashSet<>();
            for (String[] row : PhraseLexicon.readTsv(CountReader.class, language.table("numbers.tsv"))) {
                switch (row[1]) {
                    case "number" -> units.put(row[0], Integer.parseInt(row[2]));
                    case "modifier" -> modifiers.add(row[0], row[0]);
                    case "range" -> ranges.add(row[0]);
                    default -> throw new IllegalStateException(language.table("numbers.tsv") + ": unknown kind " + row[1]);
                }
            }
            return new Words(PhraseLexicon.load(CountReader.class, language.table("vague-counts.tsv"),
                    cols -> Integer.parseInt(cols[0])), Map.copyOf(units), modifiers, Set.copyOf(ranges));
        }
    }

    /** Null for English, whose words are the constants above. */
    private final Words words;

    /** Returns a reader of English counts. */
    public CountReader() {
        this.words = null;
    }

    /** Returns a reader of counts written in {@code language}. */
    public CountReader(Language language) {
        this.words = language == Language.ENGLISH ? null : Words.of(language);
    }

    /** Returns the count starting at token {@code i} (modifiers such as "at least" included), or null. */
    public Count readAt(List<Token> tokens, int i) {
        if (words != null) return readOther(tokens, i);
        int start = i;
        int j = i;
        String w = word(tokens, j);
        // "at least", "nearly", "about", "some", "more than", "up to", "over": ACLED keeps the stated figure.
        if (w.equals("at") && (word(tokens, j + 1).equals("least") || word(tokens, j + 1).equals("most"))) j += 2;
        else if (w.equals("more") || w.equals("fewer") || w.equals("less")) {
            if (word(tokens, j + 1).equals("than")) j += 2;
        } else if (w.equals("up") && word(tokens, j + 1).equals("to")) j += 2;
        else if (w.equals("between")) j += 1;
        else if (w.equals("nearly") || w.equals("about") || w.equals("around") || w.equals("approximately")
                || w.equals("almost") || w.equals("roughly") || w.equals("over") || w.equals("some") && isNumber(tokens, j + 1)
                || w.equals("an") && word(tokens, j + 1).equals("estimated")) {
            j += w.equals("an") ? 2 : 1;
        }
        Count n = number(tokens, j);
        if (n == null) return null;
        int best = n.best(), low = n.low(), high = n.high();
        int end = n.to();
        // ranges: "10 to 15", "between 10 and 15", "10-15"
        String next = word(tokens, end);
        if (next.equals("to") || next.equals("and") && w.equals("between") || next.equals("-") || next.equals("–") || next.equals("or")) {
            Count upper = number(tokens, end + 1);
            if (upper != null && upper.best() > best) {
                high = upper.high();
                end = upper.to();
            }
        }
        return new Count(best, low, high, n.vague(), start, end);
    }

    /** A count in another language: its modifiers ("au moins"), its numbers and its ranges ("10 à 15") from its table. */
    private Count readOther(List<Token> tokens, int i) {
        int j = i;
        PhraseLexicon.Match<String> modifier = words.modifiers().matchAt(tokens, i);
        if (modifier != null) j = modifier.to();
        Count n = numberOther(tokens, j);
        if (n == null) return null;
        int high = n.high();
        int end = n.to();
        if (words.ranges().contains(word(tokens, end))) {
            Count upper = numberOther(tokens, end + 1);
            if (upper != null && upper.best() > n.best()) {
                high = upper.high();
                end = upper.to();
            }
        }
        return new Count(n.best(), n.low(), high, n.vague(), i, end);
    }

    private Count numberOther(List<Token> tokens, int i) {
        if (i >= tokens.size()) return null;
        PhraseLexicon.Match<Integer> vague = words.vague().matchAt(tokens, i);
        if (vague != null) return new Count(vague.value(), vague.value(), vague.value(), true, i, vague.to());
        String w = word(tokens, i);
        Integer value = words.units().containsKey(w) ? words.units().get(w) : compound(w);
        // "1 500", "1 500" (a thin or no-break space groups thousands), "1.500"
        if (value == null && w.matches("\\d+|\\d{1,3}(?:[\\s\\u00a0\\u202f.]\\d{3})+")) {
            try {
                value = Integer.parseInt(w.replaceAll("[^0-9]", ""));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return value == null ? null : new Count(value, value, value, false, i, i + 1);
    }

    /**
     * A French compound number written with hyphens, one token: "trente-deux" = 32, "vingt-et-un" =
     * 21, "soixante-dix-huit" = 78, "quatre-vingt-trois" = 83 ("quatre-vingt" is four twenties).
     */
    private Integer compound(String w) {
        if (w.indexOf('-') < 0) return null;
        int value = 0;
        int last = 0;
        for (String part : w.split("-")) {
            if (part.equals("et")) continue;
            if ((part.equals("vingt") || part.equals("vingts")) && last == 4) {
                value += 76; // "quatre-vingt": the 4 is counted already, 80 is meant
                last = 80;
                continue;
            }
            Integer n = part.equals("un") || part.equals("une") ? Integer.valueOf(1) : words.units().get(part);
            if (n == null) return null;
            value += n;
            last = n;
        }
        return value;
    }

    private Count number(List<Token> tokens, int i) {
        if (i >= tokens.size()) return null;
        PhraseLexicon.Match<Integer> vague = VAGUE.matchAt(tokens, i);
        if (vague != null) {
            return new Count(vague.value(), vague.value(), vague.value(), true, i, vague.to());
        }
        Integer value = value(tokens.get(i).word());
        if (value == null) return null;
        int end = i + 1;
        // CoreNLP splits "twenty-five" into "twenty", "-", "five"
        if (value >= 20 && value <= 90 && value % 10 == 0 && !tokens.get(i).word().matches("\\d+")
                && (word(tokens, end).equals("-") || word(tokens, end).equals("–"))) {
            Integer ones = UNITS.get(word(tokens, end + 1));
            if (ones != null && ones >= 1 && ones <= 9) {
                value += ones;
                end += 2;
            }
        }
        // "two hundred", "1.5 million" are rare for casualties; "hundred" and "thousand" multiply.
        String next = word(tokens, end);
        if (next.equals("hundred")) {
            value *= 100;
            end++;
        } else if (next.equals("thousand")) {
            value *= 1000;
            end++;
        }
        return new Count(value, value, value, false, i, end);
    }

    /** Returns the value of one number token ("29", "1,500", "twenty-five", "nine"), or null. */
    public static Integer value(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.matches("\\d{1,3}(,\\d{3})*|\\d+")) {
            try {
                return Integer.parseInt(w.replace(",", ""));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        Integer unit = UNITS.get(w);
        if (unit != null) return unit;
        int dash = w.indexOf('-');
        if (dash > 0) {
            Integer tens = UNITS.get(w.substring(0, dash));
            Integer ones = UNITS.get(w.substring(dash + 1));
            if (tens != null && ones != null && tens >= 20 && tens % 10 == 0 && ones < 10) return tens + ones;
        }
        return null;
    }

    private static boolean isNumber(List<Token> tokens, int i) {
        return i < tokens.size() && value(tokens.get(i).word()) != null;
    }

    private static String word(List<Token> tokens, int i) {
        return i < tokens.size() ? tokens.get(i).lower() : "";
    }
}
