package org.sitrep.article;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guesses the language of a text by counting its function words ("the", "les", "los", "der")
 * from {@code stopwords.tsv}. Good enough to pick a model for a news article; not meant for a
 * tweet.
 */
final class LanguageGuesser {
    static final String DEFAULT = "en";
    /** Below this many function words there is too little text to tell. */
    private static final int FEWEST_HITS = 3;
    private static final Pattern WORD = Pattern.compile("[\\p{L}]+(?:[-'’][\\p{L}]+)*");
    private static final Map<String, Set<String>> STOPWORDS = new LinkedHashMap<>();

    static {
        for (String[] row : TsvResource.rows("stopwords.tsv")) {
            STOPWORDS.put(row[0], Set.of(row[1].split(" ")));
        }
    }

    private LanguageGuesser() {
    }

    /** Returns the ISO 639-1 code of the language with most function words in the text, or "en". */
    static String guess(String text) {
        Map<String, Integer> hits = new HashMap<>();
        Matcher word = WORD.matcher(text.toLowerCase(Locale.ROOT));
        int words = 0;
        // A few thousand words decide; more only costs time.
        while (word.find() && words++ < 5000) {
            String w = word.group();
            // an elided article or pronoun is a function word of its own: "l'armée", "d'une", "qu'il"
            int apostrophe = w.indexOf('\'') >= 0 ? w.indexOf('\'') : w.indexOf('’');
            String elided = apostrophe > 0 && apostrophe <= 2 ? w.substring(0, apostrophe) + "'" : null;
            for (var language : STOPWORDS.entrySet()) {
                if (language.getValue().contains(w) || elided != null && language.getValue().contains(elided)) {
                    hits.merge(language.getKey(), 1, Integer::sum);
                }
            }
        }
        String best = DEFAULT;
        int bestHits = FEWEST_HITS - 1;
        for (String language : STOPWORDS.keySet()) {
            int count = hits.getOrDefault(language, 0);
            if (count > bestHits) {
                best = language;
                bestHits = count;
            }
        }
        return best;
    }

    /** Returns the ISO 639-1 code in a language tag such as "fr-FR" or "pt_BR", or null if it has none. */
    static String fromTag(String tag) {
        if (tag == null) {
            return null;
        }
        String primary = tag.strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        return primary.matches("[a-z]{2}") ? primary : null;
    }
}
