package org.sitrep.nlp;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A language Sitrep codes articles in. Each one has its own tables beside the classes that read
 * them ({@code cues.tsv} for English, {@code cues.fr.tsv} for French), and its own grammar words
 * ({@code words.tsv}, {@code words.fr.tsv}: the articles, auxiliaries, prepositions the rules look
 * for). The rules themselves are the same for every language.
 */
public enum Language {
    ENGLISH("en", ""),
    FRENCH("fr", ".fr");

    private final String code;
    private final String suffix;
    private final Map<String, Set<String>> words = new ConcurrentHashMap<>();

    Language(String code, String suffix) {
        this.code = code;
        this.suffix = suffix;
    }

    /** Returns the ISO 639-1 code ("en", "fr"). */
    public String code() {
        return code;
    }

    /** Returns the language with this ISO 639-1 code, or empty for a language Sitrep does not code. */
    public static java.util.Optional<Language> byCode(String code) {
        if (code == null) return java.util.Optional.empty();
        String c = code.strip().toLowerCase(Locale.ROOT);
        for (Language l : values()) if (l.code.equals(c)) return java.util.Optional.of(l);
        return java.util.Optional.empty();
    }

    /** Returns the language's name of a table: "cues.tsv" is English, "cues.fr.tsv" French. */
    public String table(String englishName) {
        if (suffix.isEmpty()) return englishName;
        int dot = englishName.lastIndexOf('.');
        return englishName.substring(0, dot) + suffix + englishName.substring(dot);
    }

    /**
     * Returns the grammar words of {@code role} in this language, from {@code words.tsv} (English)
     * or {@code words.fr.tsv} (French); empty when the table has no such row.
     */
    public Set<String> words(String role) {
        if (words.isEmpty()) {
            synchronized (this) {
                if (words.isEmpty()) {
                    Map<String, Set<String>> read = new HashMap<>();
                    for (String[] row : PhraseLexicon.readTsv(Language.class, table("words.tsv"))) {
                        read.put(row[0], Set.of(row[1].split(" ")));
                    }
                    words.putAll(read);
                }
            }
        }
        return words.getOrDefault(role, Set.of());
    }

    /** Returns true when {@code word} (lower case) is one of the grammar words of {@code role}. */
    public boolean is(String role, String word) {
        return words(role).contains(word);
    }
}
