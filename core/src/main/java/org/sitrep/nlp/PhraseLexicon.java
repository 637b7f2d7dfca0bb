package org.sitrep.nlp;

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
import java.util.function.Function;

/**
 * Multi-word phrases mapped to values, matched against the tokens of a sentence, longest first.
 * A phrase token matches a sentence token when it equals the token's lower-cased word or its lemma;
 * a phrase token ending in {@code *} matches any word starting with the rest.
 *
 * <p>Loaded from TSV resources whose first line is a comment naming their source and license, the
 * second line the column names, then one phrase a row (column 1) and its value (the other columns).
 */
public final class PhraseLexicon<V> {
    /** One phrase found in a sentence: tokens {@code [from, to)}. */
    public record Match<V>(V value, String phrase, int from, int to) {
    }

    private final Map<String, List<Entry<V>>> byFirstToken = new HashMap<>();
    private final Map<String, List<Entry<V>>> byPrefix = new HashMap<>();

    private record Entry<V>(String phrase, String[] tokens, V value) {
    }

    /** Adds {@code phrase} (space-separated, lower case) with {@code value}. */
    public void add(String phrase, V value) {
        String[] tokens = phrase.toLowerCase(Locale.ROOT).trim().split("\\s+");
        Entry<V> e = new Entry<>(phrase, tokens, value);
        String first = tokens[0];
        if (first.endsWith("*") && first.length() > 1) {
            byPrefix.computeIfAbsent(first.substring(0, Math.min(3, first.length() - 1)), k -> new ArrayList<>()).add(e);
        } else {
            byFirstToken.computeIfAbsent(first, k -> new ArrayList<>()).add(e);
        }
    }

    /**
     * Returns a lexicon read from a TSV resource beside {@code owner}; each row's columns after the
     * first are given to {@code parse}.
     */
    public static <V> PhraseLexicon<V> load(Class<?> owner, String resource, Function<String[], V> parse) {
        PhraseLexicon<V> lexicon = new PhraseLexicon<>();
        for (String[] row : readTsv(owner, resource)) {
            String[] rest = new String[row.length - 1];
            System.arraycopy(row, 1, rest, 0, rest.length);
            lexicon.add(row[0], parse.apply(rest));
        }
        return lexicon;
    }

    /** Returns the data rows of a TSV resource: comment lines (#) and the header row skipped. */
    public static List<String[]> readTsv(Class<?> owner, String resource) {
        InputStream in = owner.getResourceAsStream(resource);
        if (in == null) throw new IllegalStateException("missing resource " + resource);
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            boolean header = true;
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                if (header) {
                    header = false;
                    continue;
                }
                rows.add(line.split("\t", -1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** Returns the longest phrase starting at token {@code i}, or null. */
    public Match<V> matchAt(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        String w = t.lower();
        Match<V> best = null;
        best = longest(byFirstToken.get(w), tokens, i, best);
        if (!t.lemma().equals(w)) best = longest(byFirstToken.get(t.lemma()), tokens, i, best);
        if (w.length() >= 3) best = longest(byPrefix.get(w.substring(0, 3)), tokens, i, best);
        return best;
    }

    private Match<V> longest(List<Entry<V>> entries, List<Token> tokens, int i, Match<V> best) {
        if (entries == null) return best;
        for (Entry<V> e : entries) {
            if (i + e.tokens.length > tokens.size()) continue;
            if (best != null && e.tokens.length <= best.to() - best.from()) continue;
            boolean ok = true;
            for (int k = 0; k < e.tokens.length && ok; k++) {
                ok = matches(e.tokens[k], tokens.get(i + k));
            }
            if (ok) best = new Match<>(e.value, e.phrase, i, i + e.tokens.length);
        }
        return best;
    }

    private static boolean matches(String pattern, Token t) {
        String w = t.lower();
        if (pattern.endsWith("*") && pattern.length() > 1) {
            return w.startsWith(pattern.substring(0, pattern.length() - 1));
        }
        return pattern.equals(w) || pattern.equals(t.lemma());
    }

    /** Returns every non-overlapping match in {@code tokens}, scanning left to right, longest first. */
    public List<Match<V>> findAll(List<Token> tokens) {
        List<Match<V>> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); ) {
            Match<V> m = matchAt(tokens, i);
            if (m == null) {
                i++;
            } else {
                found.add(m);
                i = m.to();
            }
        }
        return found;
    }
}
