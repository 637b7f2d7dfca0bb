package org.sitrep.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Country names, alternative names and demonyms, read from {@code countries.tsv}: looks a country
 * up by name or code, and finds the countries a text names.
 */
public final class Countries {

    private static final String TABLE = "countries.tsv";
    private static final String TRAPS = "not-a-country.tsv";

    /**
     * A name or demonym of the table, under its key; {@code wordCounts} has bit n set when some
     * spelling of it has n words, so that "Ma Li" is not taken for "Mali".
     */
    private record Name(Country country, boolean demonym, boolean capitalsOnly, int wordCounts) {
    }

    /** Capitalised words next to a name that make it name something else ("Niger State"). */
    private record Trap(boolean before, List<String> words, String onlyFor) {
    }

    /** A word of a text, with where it is and how it is written. */
    private record Token(int start, int end, String key, boolean capitalised) {
    }

    private static volatile Countries instance;
    private static volatile Countries french;

    /** Keys of the adjectives matched in lower case (French writes "l'armée nigérienne"); empty for English. */
    private final java.util.Set<String> lowerCaseDemonyms = new java.util.HashSet<>();

    private final List<Country> all;
    private final Map<String, Country> byIso2 = new HashMap<>();
    private final Map<String, Country> byIso3 = new HashMap<>();
    private final Map<String, Name> names = new HashMap<>();
    private final List<Trap> traps;
    private int longestName;

    private Countries(List<String[]> rows, List<Trap> traps) {
        List<Country> countries = new ArrayList<>();
        int longest = 1;
        for (String[] row : rows) {
            Country country = new Country(row[0], row[1], row[2]);
            countries.add(country);
            putUnique(byIso2, country.iso2(), country);
            putUnique(byIso3, country.iso3(), country);
            longest = Math.max(longest, addName(country, row[0], false));
            for (String other : list(row, 3)) {
                longest = Math.max(longest, addName(country, other, false));
            }
            for (String demonym : list(row, 4)) {
                longest = Math.max(longest, addName(country, demonym, true));
            }
        }
        this.all = List.copyOf(countries);
        this.traps = traps;
        this.longestName = longest;
    }

    /** Returns the table of countries, read once from the class path. */
    public static Countries load() {
        Countries local = instance;
        if (local == null) {
            synchronized (Countries.class) {
                local = instance;
                if (local == null) {
                    local = new Countries(readTable(TABLE, 5), readTraps());
                    instance = local;
                }
            }
        }
        return local;
    }

    /**
     * Returns the table of countries for articles in {@code language}: English's, with the
     * language's own names and adjectives added ({@code countries.fr.tsv}); the countries keep
     * their English names, which are the schema's spelling.
     */
    public static Countries load(org.sitrep.nlp.Language language) {
        if (language == org.sitrep.nlp.Language.ENGLISH) return load();
        Countries local = french;
        if (local == null) {
            synchronized (Countries.class) {
                local = french;
                if (local == null) {
                    local = new Countries(readTable(TABLE, 5), readTraps());
                    String table = language.table(TABLE);
                    for (String[] row : readTable(table, 2)) {
                        Country country = local.byIso3(row[0]).orElseThrow(
                                () -> new IllegalStateException(table + ": unknown code " + row[0]));
                        int longest = local.longestName;
                        for (String name : list(row, 1)) longest = Math.max(longest, local.addName(country, name, false));
                        for (String demonym : list(row, 2)) {
                            longest = Math.max(longest, local.addName(country, demonym, true));
                            local.lowerCaseDemonyms.add(NameKey.of(demonym));
                        }
                        local.longestName = longest;
                    }
                    french = local;
                }
            }
        }
        return local;
    }

    /**
     * Returns the country with this name, other name or demonym ("Niger", "Nigerien", "Burma",
     * "Burkinabè"), compared without case, accents, spaces, hyphens and apostrophes; names the table
     * writes in capitals ("DRC", "US") match only in capitals. Empty when none has it.
     */
    public Optional<Country> byName(String nameOrDemonym) {
        if (nameOrDemonym == null) {
            return Optional.empty();
        }
        Name name = names.get(NameKey.of(nameOrDemonym));
        if (name == null || name.capitalsOnly() && !isAllCapitals(nameOrDemonym)) {
            return Optional.empty();
        }
        return Optional.of(name.country());
    }

    /** Returns the country with this ISO 3166-1 alpha-2 code (any case), or empty. */
    public Optional<Country> byIso2(String iso2) {
        return iso2 == null ? Optional.empty() : Optional.ofNullable(byIso2.get(iso2.toUpperCase(Locale.ROOT)));
    }

    /** Returns the country with this ISO 3166-1 alpha-3 code (any case), or empty. */
    public Optional<Country> byIso3(String iso3) {
        return iso3 == null ? Optional.empty() : Optional.ofNullable(byIso3.get(iso3.toUpperCase(Locale.ROOT)));
    }

    /** Every country of the table, in its order. */
    List<Country> all() {
        return all;
    }

    /** The keys (see {@link NameKey}) of every name and other name, not demonyms, with their country. */
    Map<String, Country> nameKeys() {
        Map<String, Country> keys = new HashMap<>();
        names.forEach((key, name) -> {
            if (!name.demonym()) {
                keys.put(key, name.country());
            }
        });
        return keys;
    }

    /**
     * Returns every mention of a country name or demonym in the text, in text order, without
     * overlaps; where names overlap the longest wins ("Papua New Guinea" over "Guinea",
     * "Nigerian" over "Niger"). A mention starts with a capital letter. A name next to a word
     * that makes it something else is not a mention: "Niger State", "Niger River", "Lake Chad",
     * "New Mexico", "Latin American".
     */
    public List<CountryMention> find(String text) {
        List<Token> tokens = tokenize(text);
        List<CountryMention> mentions = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            boolean lower = !tokens.get(i).capitalised();
            int matched = !lower || !lowerCaseDemonyms.isEmpty() ? longestMatchAt(text, tokens, i, mentions, lower) : 0;
            i += Math.max(matched, 1);
        }
        return mentions;
    }

    /** Adds the longest mention starting at token {@code i}; returns how many tokens it spans, or 0. */
    private int longestMatchAt(String text, List<Token> tokens, int i, List<CountryMention> mentions, boolean lower) {
        int maxLength = 1;
        while (maxLength < longestName && i + maxLength < tokens.size()
                && joinable(text, tokens.get(i + maxLength - 1), tokens.get(i + maxLength))) {
            maxLength++;
        }
        for (int length = maxLength; length >= 1; length--) {
            StringBuilder key = new StringBuilder();
            for (int k = i; k < i + length; k++) {
                key.append(tokens.get(k).key());
            }
            Name name = names.get(key.toString());
            if (name == null || (name.wordCounts() & (1 << length)) == 0) {
                continue;
            }
            if (lower && !lowerCaseDemonyms.contains(key.toString())) {
                continue;
            }
            int start = tokens.get(i).start();
            int end = tokens.get(i + length - 1).end();
            if (name.capitalsOnly() && !isAllCapitals(text.substring(start, end))) {
                continue;
            }
            if (trapped(text, tokens, i, i + length, key.toString())) {
                return 0;
            }
            mentions.add(new CountryMention(name.country(), start, end, name.demonym()));
            return length;
        }
        return 0;
    }

    /** Whether capitalised words just before or after tokens [from, to) make them name something else. */
    private boolean trapped(String text, List<Token> tokens, int from, int to, String key) {
        for (Trap trap : traps) {
            if (trap.onlyFor() != null && !trap.onlyFor().equals(key)) {
                continue;
            }
            List<String> words = trap.words();
            int first = trap.before() ? from - words.size() : to;
            int last = first + words.size();
            if (first < 0 || last > tokens.size() || !tokens.get(first).capitalised()) {
                continue;
            }
            boolean same = true;
            for (int k = 0; k < words.size() && same; k++) {
                same = tokens.get(first + k).key().equals(words.get(k));
            }
            for (int k = Math.min(first, from); k + 1 < Math.max(last, to) && same; k++) {
                same = joinable(text, tokens.get(k), tokens.get(k + 1));
            }
            if (same) {
                return true;
            }
        }
        return false;
    }

    /** Whether only spaces, hyphens, apostrophes or full stops stand between two tokens. */
    private static boolean joinable(String text, Token left, Token right) {
        for (int c = left.end(); c < right.start(); c++) {
            char ch = text.charAt(c);
            if (!Character.isWhitespace(ch) && ch != '-' && ch != '.' && !NameKey.isApostrophe(ch)
                    && ch != '\u00A0' && ch != '\u2010' && ch != '\u2011') {
                return false;
            }
        }
        return right.start() - left.end() <= 3;
    }

    private static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < n && isWordChar(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            String word = text.substring(start, i);
            tokens.add(new Token(start, i, NameKey.of(word), Character.isUpperCase(word.codePointAt(0))));
        }
        return tokens;
    }

    private static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
    }

    private static boolean isAllCapitals(String s) {
        return s.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    /** Indexes one name; returns its number of words. */
    private int addName(Country country, String written, boolean demonym) {
        String key = NameKey.of(written);
        int words = tokenize(written).size();
        if (key.isEmpty() || words >= Integer.SIZE) {
            throw new IllegalStateException(TABLE + ": unusable name \"" + written + "\"");
        }
        Name name = new Name(country, demonym, isAllCapitals(written), 1 << words);
        Name earlier = names.get(key);
        if (earlier != null) {
            if (!earlier.country().equals(country)) {
                throw new IllegalStateException(TABLE + ": \"" + written + "\" names both "
                        + earlier.country().name() + " and " + country.name());
            }
            // Spellings of one key ("Burkinabe", "Burkinabè") merge; a name beats a demonym.
            name = new Name(country, earlier.demonym() && demonym,
                    earlier.capitalsOnly() && name.capitalsOnly(), earlier.wordCounts() | name.wordCounts());
        }
        names.put(key, name);
        return words;
    }

    private static <V> void putUnique(Map<String, V> map, String key, V value) {
        if (map.putIfAbsent(key, value) != null) {
            throw new IllegalStateException(TABLE + ": code " + key + " appears twice");
        }
    }

    private static List<String> list(String[] row, int column) {
        List<String> values = new ArrayList<>();
        if (column < row.length) {
            for (String value : row[column].split(";")) {
                if (!value.isBlank()) {
                    values.add(value.strip());
                }
            }
        }
        return values;
    }

    private static List<Trap> readTraps() {
        List<Trap> traps = new ArrayList<>();
        for (String[] row : readTable(TRAPS, 2)) {
            boolean before = switch (row[0]) {
                case "before" -> true;
                case "after" -> false;
                default -> throw new IllegalStateException(TRAPS + ": position must be before or after: " + row[0]);
            };
            String onlyFor = row.length > 2 && !row[2].isBlank() ? NameKey.of(row[2]) : null;
            for (String phrase : list(row, 1)) {
                traps.add(new Trap(before, NameKey.words(phrase), onlyFor));
            }
        }
        return List.copyOf(traps);
    }

    /** Reads a TSV resource of this package: '#' lines are comments, the first other line is the header. */
    static List<String[]> readTable(String resource, int minColumns) {
        try (InputStream in = Countries.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource org/sitrep/geo/" + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> rows = new ArrayList<>();
            boolean header = true;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] row = line.split("\t", -1);
                if (row.length < minColumns) {
                    throw new IllegalStateException(resource + ": too few columns: " + line);
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read org/sitrep/geo/" + resource, e);
        }
    }
}
