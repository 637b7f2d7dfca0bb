package org.sitrep.geo;

import org.sitrep.nlp.AnnotatedText;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the place names of a text: every country name and demonym ("Niger", "Turkish"), and the
 * runs of proper nouns that the gazetteer knows, as far as cheap signs tell that they are places
 * and not people or organisations:
 * <ul>
 * <li>a name after a title ("President", "Gov.") is a person, and so are its words wherever else
 * they stand alone ("Karlov" after "Ambassador Andrei Karlov");</li>
 * <li>a run of proper nouns that is a place only in part is another thing's name ("Jordan
 * Peterson", "Chad Smith"), unless the rest is an organisation word ("Ankara police", "the
 * Edmonton Police Service": the place is still named);</li>
 * <li>a single word that the text also writes in lower case ("Mobile", "Reading"), or that a
 * verb of speech follows ("Jordan said"), is not a town;</li>
 * <li>abbreviations that are also words ("Ind.", "Miss.", "WA") count only after a town and a comma.</li>
 * </ul>
 * The words behind these rules are in {@code toponym-words.tsv}.
 */
final class ToponymFinder {

    private static final String WORDS = "toponym-words.tsv";
    /** Towns this small are kept only when the rest of the text supports them. */
    private static final long SMALL_TOWN = 20_000;
    /** How much support from the text a small town needs to count as a place name. */
    private static final double ENOUGH_SUPPORT = 1.5;
    /** A name with this few other places is rare enough to trust when the text is about its country. */
    private static final int RARE_NAME = 3;
    /** How sure of its country such a rare name's place must be. */
    private static final double SURE_COUNTRY = 0.8;
    /** The fewest people a town found only under another name must have. */
    private static final long LARGE_TOWN = 100_000;
    private static final Pattern CAPITALISED = Pattern.compile("^\\p{Lu}.*");
    /** A word of capitals this short is an acronym unless it is a country's or a state's abbreviation. */
    private static final int SHORT_CAPITALS = 5;
    /** A name in title case: a capital, then small letters (apostrophes and hyphens allowed). */
    private static final Pattern TITLE_CASE = Pattern.compile("^\\p{Lu}[\\p{Ll}'’-]+$");

    private final CandidateLookup lookup;
    private final Set<String> titles = new HashSet<>();
    private final Set<String> organisations = new HashSet<>();
    private final Set<String> notPlaces = new HashSet<>();
    private final Set<String> speech = new HashSet<>();

    ToponymFinder(CandidateLookup lookup) {
        this.lookup = lookup;
        for (String[] row : Countries.readTable(WORDS, 2)) {
            Set<String> set = switch (row[0].strip()) {
                case "title" -> titles;
                case "organisation" -> organisations;
                case "not_place" -> notPlaces;
                case "speech" -> speech;
                default -> throw new IllegalStateException(WORDS + ": unknown kind " + row[0]);
            };
            for (String word : row[1].split(";")) {
                if (!word.isBlank()) {
                    set.add(word.strip());
                }
            }
        }
    }

    /** A run of proper nouns in one sentence: tokens [from, to]. */
    private record Run(Sentence sentence, int from, int to) {
    }

    /** Returns the spans {@code {start, end}} of the place names of the text, in text order. */
    List<int[]> find(AnnotatedText annotated) {
        String text = annotated.text();
        List<int[]> spans = new ArrayList<>();
        for (CountryMention cm : lookup.countries().find(text)) {
            spans.add(widened(text, cm.start(), cm.end()));
        }
        // "Georgia Stevens", "Chad Johnson": a country's name before a surname is a first name
        Set<String> firstNames = new HashSet<>();
        for (CountryMention cm : lookup.countries().find(text)) {
            if (!cm.demonym() && beforeSurname(annotated, cm)) {
                firstNames.add(text.substring(cm.start(), cm.end()));
            }
        }
        spans.removeIf(span -> firstNames.contains(text.substring(span[0], span[1])));
        List<int[]> countrySpans = List.copyOf(spans);
        List<Run> runs = new ArrayList<>();
        for (Sentence s : annotated.sentences()) {
            List<Token> tokens = s.tokens();
            int i = 0;
            while (i < tokens.size()) {
                if (!isName(tokens, i) || covered(countrySpans, tokens.get(i))) {
                    i++;
                    continue;
                }
                int j = i;
                while (j + 1 < tokens.size() && isName(tokens, j + 1) && !covered(countrySpans, tokens.get(j + 1))
                        && tokens.get(j + 1).start() - tokens.get(j).end() <= 1
                        && !notPlaces.contains(bare(tokens.get(j + 1).word()))
                        && !notPlaces.contains(bare(tokens.get(j).word()))) {
                    j++;
                }
                runs.add(new Run(s, i, j));
                i = j + 1;
            }
        }
        // First the people: their words do not name places anywhere in the text.
        Set<String> people = new HashSet<>(firstNames);
        List<int[]> segments = new ArrayList<>();
        for (Run run : runs) {
            List<Token> tokens = run.sentence().tokens();
            int from = run.from();
            boolean person = from > 0 && isTitle(tokens.get(from - 1));
            for (int k = run.from(); k <= run.to(); k++) {
                if (isTitle(tokens.get(k))) {
                    if (!person && k > from) {
                        segments.add(new int[]{runs.indexOf(run), from, k - 1});
                    }
                    person = true;
                    from = k + 1;
                } else if (person) {
                    people.add(tokens.get(k).word());
                }
            }
            if (!person && from <= run.to()) {
                segments.add(new int[]{runs.indexOf(run), from, run.to()});
            }
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (int[] segment : segments) {
            Run run = runs.get(segment[0]);
            List<Token> tokens = run.sentence().tokens();
            int a = segment[1];
            int b = segment[2];
            int s = a;
            while (s <= b) {
                int e = longestPlace(text, tokens, s, b);
                if (e < 0) {
                    s++;
                    continue;
                }
                boolean whole = s == a && e == b;
                boolean beforeOrganisation = e < b && organisations.contains(bare(tokens.get(e + 1).word()));
                String phrase = text.substring(tokens.get(s).start(), tokens.get(e).end());
                // a large place may begin a name ("Winnipeg Free Press", "Texas A&M") or follow a
                // broadcaster's letters ("CBC Toronto"); a name that ends in a place word after
                // other words is an organisation's ("Wild Life Health Centre", "Royal Free")
                boolean afterAcronyms = true;
                for (int k = a; k < s; k++) {
                    afterAcronyms &= isAcronym(tokens.get(k).word());
                }
                if (!whole && !beforeOrganisation && !(afterAcronyms && isLargePlace(phrase))) {
                    // "Jordan Peterson": a name that is a place only in part names something else,
                    // and when it reads as a person's, so do its words elsewhere
                    if (looksLikePersonName(tokens, a, b)) {
                        for (int k = a; k <= b; k++) {
                            if (!isLargePlace(tokens.get(k).word())) {
                                people.add(tokens.get(k).word());
                            }
                        }
                    }
                    break;
                }
                spans.add(new int[]{tokens.get(s).start(), tokens.get(e).end()});
                s = e + 1;
            }
        }
        List<int[]> kept = new ArrayList<>();
        for (int[] span : spans) {
            if (countrySpans.contains(span) || plausible(text, lower, span, people, spans, annotated)) {
                kept.add(span);
            }
        }
        kept.sort((x, y) -> Integer.compare(x[0], y[0]));
        return kept;
    }

    /** Whether a found name still reads as a place after the checks on single words. */
    private boolean plausible(String text, String lower, int[] span, Set<String> people, List<int[]> spans,
                              AnnotatedText annotated) {
        String written = text.substring(span[0], span[1]);
        if (notPlaces.contains(written) || people.contains(written)) {
            return false;
        }
        List<Candidate> candidates = lookup.candidates(written);
        boolean area = false;
        boolean abbreviationOnly = true;
        boolean aloneAbbreviation = false;
        for (Candidate c : candidates) {
            PlaceLevel level = c.entry().level();
            area |= level == PlaceLevel.COUNTRY || level == PlaceLevel.ADMIN1;
            if (c.reading() != Candidate.Reading.ABBREVIATION) {
                abbreviationOnly = false;
            }
        }
        for (PlaceAbbreviations.Area a : lookup.abbreviations().areas(CandidateLookup.clean(written))) {
            aloneAbbreviation |= a.alone();
        }
        if (abbreviationOnly && !aloneAbbreviation && !afterTownAndComma(text, span, spans)) {
            return false;
        }
        if (written.length() <= SHORT_CAPITALS && written.equals(written.toUpperCase(Locale.ROOT)) && !area
                && candidates.stream().noneMatch(c -> c.reading() == Candidate.Reading.ABBREVIATION)) {
            return false; // "NASH", "ETA": an acronym, not a town
        }
        if (!largeOrArea(candidates) && Pattern.compile("^\\s+of\\s+(?:the\\s+)?\\p{Lu}").matcher(
                text.substring(span[1], Math.min(text.length(), span[1] + 20))).find()) {
            return false; // "Bureau of Animal Industry", "Centre for Disease Control": an organisation
        }
        if (!written.contains(" ") && !area) {
            if (Pattern.compile("\\b" + Pattern.quote(written.toLowerCase(Locale.ROOT)) + "\\b").matcher(lower).find()
                    && !lowerIsOnlyThisName(text, lower, written)) {
                return false;
            }
            if (followedBySpeech(annotated, span)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the only lower-case occurrences are inside the capitalised ones (all-caps lines do not count). */
    private static boolean lowerIsOnlyThisName(String text, String lower, String written) {
        String w = written.toLowerCase(Locale.ROOT);
        int at = lower.indexOf(w);
        while (at >= 0) {
            String original = text.substring(at, at + w.length());
            boolean wordStart = at == 0 || !Character.isLetterOrDigit(lower.charAt(at - 1));
            boolean wordEnd = at + w.length() == lower.length() || !Character.isLetterOrDigit(lower.charAt(at + w.length()));
            if (wordStart && wordEnd && original.equals(w)) {
                return false;
            }
            at = lower.indexOf(w, at + 1);
        }
        return true;
    }

    private boolean followedBySpeech(AnnotatedText annotated, int[] span) {
        for (Sentence s : annotated.sentences()) {
            if (span[0] < s.start() || span[0] >= s.end()) {
                continue;
            }
            int next = s.tokenAt(span[1]);
            return next < s.tokens().size() && speech.contains(s.tokens().get(next).lemma());
        }
        return false;
    }

    private static boolean afterTownAndComma(String text, int[] span, List<int[]> spans) {
        int i = span[0] - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        if (i < 0 || text.charAt(i) != ',') {
            return false;
        }
        int comma = i;
        for (int[] other : spans) {
            if (other[1] == comma) {
                return true;
            }
        }
        return false;
    }

    /** The last token of the longest place name that starts at token {@code s} and ends by token {@code b}; -1 when none. */
    private int longestPlace(String text, List<Token> tokens, int s, int b) {
        for (int e = Math.min(b, s + 5); e >= s; e--) {
            String phrase = text.substring(tokens.get(s).start(), tokens.get(e).end());
            if (e == s && notPlaces.contains(bare(phrase))) {
                continue;
            }
            if (isPlaceName(phrase)) {
                return e;
            }
        }
        return -1;
    }

    /** Whether the gazetteer knows this as a place's own name (or another name of a large town). */
    private boolean isPlaceName(String phrase) {
        for (Candidate c : lookup.candidates(phrase)) {
            boolean weak = c.reading() == Candidate.Reading.ALTERNATE_NAME || c.reading() == Candidate.Reading.PART;
            if (!weak || c.entry().level() == PlaceLevel.COUNTRY || c.entry().population() >= LARGE_TOWN) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern WORDS_BEFORE = Pattern.compile("(?:\\p{Lu}[\\p{L}'’.-]* ){1,2}$");
    private static final Pattern WORDS_AFTER = Pattern.compile("^(?: \\p{Lu}[\\p{L}'’.-]*){1,2}");

    /**
     * The span of a country's name or demonym, widened to the longer place name it is part of:
     * "British Columbia", "New South Wales", "Indian Ocean".
     */
    private int[] widened(String text, int start, int end) {
        int[] best = {start, end};
        Matcher before = WORDS_BEFORE.matcher(text.substring(Math.max(0, start - 40), start));
        Matcher after = WORDS_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 40)));
        List<Integer> starts = new ArrayList<>(List.of(start));
        List<Integer> ends = new ArrayList<>(List.of(end));
        if (before.find()) {
            String words = before.group();
            int from = start - words.length();
            starts.add(from);
            int space = words.indexOf(' ');
            if (space < words.length() - 1) {
                starts.add(from + space + 1);
            }
        }
        if (after.find()) {
            String words = after.group();
            ends.add(end + words.length());
            int space = words.indexOf(' ', 1);
            if (space > 0) {
                ends.add(end + space);
            }
        }
        for (int s : starts) {
            for (int e : ends) {
                String phrase = text.substring(s, e).replaceAll("[.’']+$", "");
                if (e - s > best[1] - best[0] && CandidateLookup.clean(phrase).equals(phrase) && isOwnPlaceName(phrase)) {
                    best = new int[]{s, e};
                }
            }
        }
        return best;
    }

    /** Whether some place has this as its own name (not another language's, nor a country's people). */
    private boolean isOwnPlaceName(String phrase) {
        for (Candidate c : lookup.candidates(phrase)) {
            if (c.reading() == Candidate.Reading.NAME || c.reading() == Candidate.Reading.WORLD_REGION
                    || c.reading() == Candidate.Reading.COUNTRY_NAME) {
                return true;
            }
        }
        return false;
    }

    private static boolean largeOrArea(List<Candidate> candidates) {
        for (Candidate c : candidates) {
            PlaceLevel level = c.entry().level();
            if (level == PlaceLevel.COUNTRY || c.entry().population() >= LARGE_TOWN) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAcronym(String word) {
        return word.length() >= 2 && word.length() <= SHORT_CAPITALS && word.chars().allMatch(Character::isUpperCase);
    }

    /** Whether the place a name most likely means is large: a country, a region, or a town of {@link #LARGE_TOWN} people. */
    private boolean isLargePlace(String phrase) {
        for (Candidate c : lookup.candidates(phrase)) {
            GazetteerEntry e = c.entry();
            if (c.reading() == Candidate.Reading.ALTERNATE_NAME) {
                continue;
            }
            if (e.level() == PlaceLevel.COUNTRY || e.level() != PlaceLevel.ADMIN2 && e.population() >= LARGE_TOWN) {
                return true;
            }
        }
        return false;
    }

    /** Whether tokens [a, b] read as a person's name: two or three words in title case, none an organisation's word. */
    private boolean looksLikePersonName(List<Token> tokens, int a, int b) {
        if (b - a < 1 || b - a > 2) {
            return false;
        }
        for (int k = a; k <= b; k++) {
            String word = tokens.get(k).word();
            if (!TITLE_CASE.matcher(word).matches() || organisations.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a country's name stands right before a surname: a capitalised proper noun in title
     * case that is not a place, an organisation's word or a title ("Georgia Stevens", not
     * "Georgia Tech" or "Jordan Valley").
     */
    private boolean beforeSurname(AnnotatedText annotated, CountryMention cm) {
        for (Sentence s : annotated.sentences()) {
            if (cm.start() < s.start() || cm.start() >= s.end()) {
                continue;
            }
            int next = s.tokenAt(cm.end());
            if (next >= s.tokens().size()) {
                return false;
            }
            Token t = s.tokens().get(next);
            String word = t.word();
            return t.start() == cm.end() + 1 && t.isProperNoun() && TITLE_CASE.matcher(word).matches()
                    && !organisations.contains(word) && !titles.contains(word) && !notPlaces.contains(word)
                    && lookup.countries().find(word).isEmpty() && !isLargePlace(word);
        }
        return false;
    }

    /** Whether a found and resolved name is kept: a small town needs support from the rest of the text. */
    boolean keep(PlaceChooser.Mention mention, PlaceChooser.Choice choice) {
        GazetteerEntry e = choice.candidate().entry();
        Candidate.Reading reading = choice.candidate().reading();
        boolean weak = reading == Candidate.Reading.ALTERNATE_NAME || reading == Candidate.Reading.PART;
        if (e.level() == PlaceLevel.COUNTRY || e.level() == PlaceLevel.ADMIN1 && !weak) {
            return true;
        }
        if (!weak && e.population() >= SMALL_TOWN || choice.support() >= ENOUGH_SUPPORT) {
            return true;
        }
        // a rare name in a country the text is about: "Nigerien troops clashed near Ouallam"
        return !weak && choice.alternatives() <= RARE_NAME && choice.certainty() >= SURE_COUNTRY
                && choice.countrySupport() >= ENOUGH_SUPPORT;
    }

    /** Whether token i starts or continues a proper name: a capitalised proper noun, or a capitalised word inside a sentence. */
    private static boolean isName(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (!CAPITALISED.matcher(t.word()).matches()) {
            return false;
        }
        if (t.isProperNoun()) {
            return true;
        }
        return i > 0 && (t.tag().equals("JJ") || t.tag().equals("NN") || t.tag().equals("NNS"))
                && !tokens.get(i - 1).word().matches("[\"“‘'(:—–-]");
    }

    private boolean isTitle(Token t) {
        return titles.contains(bare(t.word()));
    }

    private static String bare(String word) {
        return word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
    }

    private static boolean covered(List<int[]> spans, Token t) {
        for (int[] s : spans) {
            if (t.start() < s[1] && s[0] < t.end()) {
                return true;
            }
        }
        return false;
    }
}
