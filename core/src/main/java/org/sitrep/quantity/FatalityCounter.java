package org.sitrep.quantity;

import org.sitrep.nlp.Language;
import org.sitrep.nlp.PhraseLexicon;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the deaths a sentence reports: "At least 29 soldiers have been killed", "killing two
 * civilians", "Three people were killed", "eight dead", "the death toll rose to 17". Wounded are
 * not deaths. An unquantified "soldiers were killed" is the smallest number the grammar allows
 * (plural 2, singular 1), as ACLED codes it.
 */
public final class FatalityCounter {
    private static final PhraseLexicon<Side> PEOPLE = people(Language.ENGLISH);
    private static final Set<String> KILL_VERBS = Set.of("kill", "execute", "behead", "decapitate", "massacre",
            "slaughter", "murder", "assassinate", "lynch", "slay", "shoot", "gun");
    private static final Set<String> DEATH_WORDS = Set.of("dead", "die", "death", "deaths", "fatality", "fatalities",
            "killed", "perish", "succumb", "body", "bodies", "lifeless", "life", "lives");
    private static final Set<String> AUX = Set.of("be", "have", "get", "reportedly", "also", "allegedly", "later",
            "all", "both", "subsequently", "reported", "were", "was", "been", "being", "had", "has", "are", "is",
            "who", "of", "whom", "them", "then", "eventually", "instantly", "immediately", ",", "shot", "and",
            "\"", "”", "“", "'", "’", "‘", "''", "``");
    private static final Set<String> TOLL_LINKS = Set.of("to", "at", "of", "reached", "hit", "is", "was", "stands", "stood");
    private static final Set<String> PRONOUNS = Set.of("him", "her", "them", "one", "another", "themselves", "himself", "herself");

    /**
     * The words the rules below look for, in the article's language: English's are the constants
     * above, another language's come from its grammar words ({@link Language#words}).
     */
    private record Words(PhraseLexicon<Side> people, Set<String> killVerbs, Set<String> deathWords, Set<String> dieWords,
                         Set<String> aux, Set<String> tollNouns, Set<String> tollLinks, Set<String> pronouns,
                         Set<String> subjects, Set<String> plural, Set<String> joins, Set<String> negations,
                         Set<String> determiners, Set<String> of, Set<String> by, Set<String> clauseEnds,
                         boolean adjectivesFollowNouns, Set<String> lifeWords, Set<String> loseLemmas) {
    }

    private static final Words ENGLISH = new Words(PEOPLE, KILL_VERBS, DEATH_WORDS, Set.of("die", "dead"), AUX,
            Set.of("death", "body", "toll"), TOLL_LINKS, PRONOUNS, Set.of("he", "she", "they"), Set.of("they"),
            Set.of("and", ","), Set.of("no"), Set.of("the", "these", "those", "their", "its", "his", "her"), Set.of("of"),
            Set.of("by"), Set.of(".", ",", ";", "and", "in", "on", "near", "at", "during", "after", "while"), false, Set.of(), Set.of());

    private final Words w;
    private final CountReader counts;

    /** Returns a counter of deaths in English sentences. */
    public FatalityCounter() {
        this(Language.ENGLISH);
    }

    /** Returns a counter of deaths in sentences of {@code language}. */
    public FatalityCounter(Language l) {
        this.counts = new CountReader(l);
        this.w = l == Language.ENGLISH ? ENGLISH : new Words(people(l), l.words("kill-verbs"), l.words("death-words"),
                l.words("die-words"), l.words("count-aux"), l.words("toll-nouns"), l.words("toll-links"),
                l.words("object-pronouns"), l.words("subject-pronouns"), l.words("plural-pronouns"), l.words("joins"),
                l.words("negations"), l.words("definite-determiners"), l.words("of"), l.words("by"), l.words("clause-ends"),
                l.is("word-order", "adjective-after-noun"), l.words("life-words"), l.words("lose-lemmas"));
    }

    private static PhraseLexicon<Side> people(Language language) {
        return PhraseLexicon.load(FatalityCounter.class, "/org/sitrep/extract/" + language.table("people.tsv"),
                cols -> Side.valueOf(cols[0]));
    }

    /** Returns the deaths reported in {@code sentence}; offsets are the sentence's own. */
    public List<Deaths> count(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        List<Deaths> found = new ArrayList<>();
        boolean[] used = new boolean[tokens.size()];
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            String lemma = t.lemma();
            // French "trois personnes ont perdu la vie": the dead are read before the verb of losing
            int lose = lostLife(tokens, k);
            if (lose >= 0) {
                Deaths d = before(sentence, lose, used);
                if (d != null) {
                    mark(used, lose, k + 1);
                    found.addAll(withJoinedGroups(sentence, d, lose, used));
                }
                continue;
            }
            boolean killVerb = w.killVerbs().contains(lemma) && (!lemma.equals("shoot") || isWord(tokens, k + 1, "dead"))
                    && (!lemma.equals("gun") || isWord(tokens, k + 1, "down"));
            boolean deathWord = w.deathWords().contains(t.lower()) || w.deathWords().contains(lemma) && !lemma.equals("life");
            if (lemma.equals("life") || lemma.equals("lives")) {
                deathWord = k > 0 && (tokens.get(k - 1).lemma().equals("lose") || k > 1 && tokens.get(k - 2).lemma().equals("lose"));
            }
            if (!killVerb && !deathWord) continue;
            Deaths d = null;
            boolean passive = t.tag().equals("VBN") || t.tag().equals("JJ") || deathWord && !killVerb;
            if (killVerb && t.tag().equals("VBN") && k > 0 && !isAux(tokens.get(k - 1))) {
                // "hundreds of militants killed 12 soldiers" is tagged VBN at times; an object after it means active voice
                if (counts.readAt(tokens, after(tokens, k)) != null) passive = false;
            }
            if (passive || w.dieWords().contains(lemma) || w.dieWords().contains(t.lower())) {
                d = before(sentence, k, used);
            }
            if (d == null && (killVerb || t.lower().equals("killing"))) {
                d = after(sentence, k, used);
            }
            if (d == null && killVerb && !passive && endsClause(tokens, k + 1)) {
                d = before(sentence, k, used); // a headline's "Eight militants killed."
            }
            if (d == null && w.tollNouns().contains(lemma)) {
                d = ofOrToll(sentence, k, used);
            }
            if (d != null) found.addAll(withJoinedGroups(sentence, d, k, used));
        }
        return found;
    }

    /**
     * ACLED adds up the deaths of every group a report names: "Two soldiers and three civilians were
     * killed" and "killing three soldiers and two civilians" are five dead, not the one group next
     * to the verb. Returns {@code d} with the stated groups joined to it by "and" or a comma, one
     * {@link Deaths} a side (two groups of one side, "two soldiers and three gendarmes", are added).
     */
    private List<Deaths> withJoinedGroups(Sentence s, Deaths d, int k, boolean[] used) {
        List<Token> tokens = s.tokens();
        List<Deaths> groups = new ArrayList<>(List.of(d));
        if (d.count().from() < k) {
            for (int from = d.count().from(); from >= 2 && isJoin(tokens.get(from - 1)); ) {
                Deaths g = statedGroup(s, from - 1, used);
                if (g == null) break;
                groups.add(0, g);
                from = g.count().from();
            }
        } else {
            for (int next = s.tokenAt(s.start() + d.end()); next + 1 < tokens.size() && isJoin(tokens.get(next)); ) {
                Count c = counts.readAt(tokens, next + 1);
                PhraseLexicon.Match<Side> m = c == null || used[next + 1] ? null : personAfter(tokens, c.to());
                if (m == null) break;
                mark(used, next, m.to());
                groups.add(new Deaths(c, m.value(), text(s, m.from(), m.to()), false, true,
                        tokens.get(c.from()).start() - s.start(), tokens.get(m.to() - 1).end() - s.start()));
                next = m.to();
            }
        }
        if (groups.size() == 1) return groups;
        java.util.Map<Side, Deaths> bySide = new java.util.LinkedHashMap<>();
        for (Deaths g : groups) bySide.merge(g.side(), g, FatalityCounter::plus);
        return new ArrayList<>(bySide.values());
    }

    /** A stated group of people ending just before token {@code end} ("three civilians"), when it is a subject. */
    private Deaths statedGroup(Sentence s, int end, boolean[] used) {
        List<Token> tokens = s.tokens();
        for (int nounStart = end - 1; nounStart >= Math.max(0, end - 3); nounStart--) {
            PhraseLexicon.Match<Side> m = w.people().matchAt(tokens, nounStart);
            if (m == null || m.to() != end) continue;
            for (int i = nounStart - 1; i >= Math.max(0, nounStart - 3); i--) {
                if (used[i]) return null;
                Count c = withModifiers(tokens, i, counts.readAt(tokens, i));
                if (c == null || !(c.to() == nounStart || betweenAreModifiers(tokens, c.to(), nounStart))) continue;
                // "militants attacked 20 soldiers and three civilians were killed": an object is not among the dead
                Token before = c.from() > 0 ? tokens.get(c.from() - 1) : null;
                if (before != null && (before.isVerb() && !before.lemma().equals("say") || w.by().contains(before.lower()))) return null;
                mark(used, c.from(), end + 1);
                return new Deaths(c, m.value(), text(s, nounStart, end), false, true,
                        tokens.get(c.from()).start() - s.start(), tokens.get(end - 1).end() - s.start());
            }
            return null;
        }
        return null;
    }

    /** The person noun that follows a count within two words ("two civilians", "two young herders"). */
    private PhraseLexicon.Match<Side> personAfter(List<Token> tokens, int from) {
        for (int i = from; i < Math.min(tokens.size(), from + 3); i++) {
            PhraseLexicon.Match<Side> m = w.people().matchAt(tokens, i);
            if (m != null) return m;
            if (tokens.get(i).isVerb() || isJoin(tokens.get(i))) return null;
        }
        return null;
    }

    private boolean isJoin(Token t) {
        return w.joins().contains(t.lower());
    }

    /** Two groups of one side, counted together; the evidence spans both. */
    private static Deaths plus(Deaths a, Deaths b) {
        Count sum = new Count(a.count().best() + b.count().best(), a.count().low() + b.count().low(),
                a.count().high() + b.count().high(), a.count().vague() || b.count().vague(),
                Math.min(a.count().from(), b.count().from()), Math.max(a.count().to(), b.count().to()));
        return new Deaths(sum, a.side(), a.noun(), false, a.stated() || b.stated(),
                Math.min(a.start(), b.start()), Math.max(a.end(), b.end()));
    }

    private static int after(List<Token> tokens, int k) {
        int j = k + 1;
        if (isWord(tokens, j, "dead") || isWord(tokens, j, "down")) j++;
        return j;
    }

    /** "At least 29 soldiers have been killed", "Three people were killed", "eight dead". */
    private Deaths before(Sentence s, int k, boolean[] used) {
        List<Token> tokens = s.tokens();
        int j = k - 1;
        while (j >= 0 && k - j <= 6 && w.aux().contains(tokens.get(j).lemma()) && !isPersonNoun(tokens, j)) j--;
        if (j < 0) return null;
        // "deux soldats tchadiens ont été tués": in French the adjective follows the noun it describes
        if (w.adjectivesFollowNouns()) {
            for (int back = 0; back < 2 && j > 0 && tokens.get(j).tag().startsWith("JJ") && !isPersonNoun(tokens, j); back++) j--;
        }
        // "No one was killed": a denial, not a count (the "one" would otherwise read as 1)
        if (j > 0 && w.negations().contains(tokens.get(j - 1).lower())) return null;
        // "he succumbed to his wounds", "they died": a pronoun stands for the people told before
        String subject = tokens.get(j).lower();
        if (w.subjects().contains(subject) && !used[j]) {
            int n = w.plural().contains(subject) ? 2 : 1;
            mark(used, j, k + 1);
            return new Deaths(new Count(n, n, n, true, j, j + 1), Side.GENERAL, tokens.get(j).word(), true, false,
                    tokens.get(j).start() - s.start(), tokens.get(k).end() - s.start());
        }
        // j is the last token of the group: a person noun, a number, or a pronoun
        int nounEnd = j + 1;
        int nounStart = -1;
        Side side = Side.GENERAL;
        String noun = "";
        for (int i = Math.max(0, j - 3); i <= j; i++) {
            PhraseLexicon.Match<Side> m = w.people().matchAt(tokens, i);
            if (m != null && m.to() == nounEnd) {
                nounStart = i;
                side = m.value();
                noun = text(s, i, m.to());
                break;
            }
        }
        if (nounStart > 0 && w.negations().contains(tokens.get(nounStart - 1).lower())) return null; // "no soldiers were killed"
        int searchFrom = nounStart >= 0 ? nounStart : j;
        // the count: a number just before the noun, possibly with adjectives between ("two male farmers", "29 FAMa soldiers")
        for (int i = searchFrom; i >= Math.max(0, searchFrom - 6); i--) {
            if (used[i]) break;
            Count c = withModifiers(tokens, i, counts.readAt(tokens, i));
            if (c != null && (c.to() == searchFrom || c.to() == j + 1 || betweenAreModifiers(tokens, c.to(), searchFrom))) {
                mark(used, c.from(), k + 1);
                return new Deaths(c, side, noun, false, true, tokens.get(c.from()).start() - s.start(),
                        tokens.get(k).end() - s.start());
            }
            if (i < searchFrom && (tokens.get(i).isVerb() || w.by().contains(tokens.get(i).lower()))) break;
        }
        if (nounStart >= 0) {
            boolean plural = tokens.get(nounEnd - 1).tag().endsWith("S") || noun.endsWith("people") || noun.endsWith("men");
            boolean definite = nounStart > 0 && w.determiners().contains(tokens.get(nounStart - 1).lower());
            int n = plural ? 2 : 1;
            int from = definite ? nounStart - 1 : nounStart;
            mark(used, from, k + 1);
            return new Deaths(new Count(n, n, n, true, from, nounEnd), side, noun, definite, false,
                    tokens.get(from).start() - s.start(), tokens.get(k).end() - s.start());
        }
        Count c = counts.readAt(tokens, j);
        if (c != null && c.to() == j + 1 && !used[j]) { // "1 killed, 2 wounded"
            mark(used, j, k + 1);
            return new Deaths(c, Side.GENERAL, "", false, true, tokens.get(j).start() - s.start(), tokens.get(k).end() - s.start());
        }
        return null;
    }

    /**
     * Extends a count found at {@code i} leftwards to the widest reading that ends where it ends:
     * over "at least", "nearly", "some" that belong to it, over the start of a number CoreNLP split
     * ("twenty", "-", "five"), and over the lower end of a range it closes (the count just before
     * "people" in "between 10 and 15 people" is 15, but the text says 10 to 15).
     */
    private Count withModifiers(List<Token> tokens, int i, Count c) {
        if (c == null) return null;
        for (int back = 4; back >= 1; back--) {
            if (i - back < 0) continue;
            Count wider = counts.readAt(tokens, i - back);
            if (wider != null && wider.to() == c.to()) return wider;
        }
        return c;
    }

    /** "killing two civilians", "killed 12 soldiers", "executed him". */
    private Deaths after(Sentence s, int k, boolean[] used) {
        List<Token> tokens = s.tokens();
        int j = after(tokens, k);
        if (j >= tokens.size() || j < tokens.size() && w.by().contains(tokens.get(j).lower())) return null;
        Count c = counts.readAt(tokens, j);
        if (c != null) {
            int end = c.to();
            Side side = Side.GENERAL;
            String noun = "";
            for (int i = end; i < Math.min(tokens.size(), end + 4); i++) {
                PhraseLexicon.Match<Side> m = w.people().matchAt(tokens, i);
                if (m != null) {
                    side = m.value();
                    noun = text(s, i, m.to());
                    end = m.to();
                    break;
                }
                if (tokens.get(i).isVerb() || tokens.get(i).lower().equals(",")) break;
            }
            mark(used, k, end);
            return new Deaths(c, side, noun, false, true, tokens.get(k).start() - s.start(), tokens.get(end - 1).end() - s.start());
        }
        // "killed a civilian" is read above ("a" = 1); "killed him", "killing civilians"
        Token next = tokens.get(j);
        if (w.pronouns().contains(next.lower()) && !next.lower().equals("one")) {
            int n = next.lower().equals("them") || next.lower().equals("themselves") ? 2 : 1;
            mark(used, k, j + 1);
            return new Deaths(new Count(n, n, n, true, j, j + 1), Side.GENERAL, next.word(), true, false,
                    tokens.get(k).start() - s.start(), next.end() - s.start());
        }
        for (int i = j; i < Math.min(tokens.size(), j + 3); i++) {
            PhraseLexicon.Match<Side> m = w.people().matchAt(tokens, i);
            if (m != null) {
                boolean plural = tokens.get(m.to() - 1).tag().endsWith("S");
                boolean definite = Set.of("the", "these", "those").contains(tokens.get(j).lower());
                int n = plural ? 2 : 1;
                mark(used, k, m.to());
                return new Deaths(new Count(n, n, n, true, i, m.to()), m.value(), text(s, i, m.to()), definite, false,
                        tokens.get(k).start() - s.start(), tokens.get(m.to() - 1).end() - s.start());
            }
            if (tokens.get(i).isVerb()) break;
        }
        return null;
    }

    /** "the death of four soldiers", "the bodies of three men", "the death toll rose to 17". */
    private Deaths ofOrToll(Sentence s, int k, boolean[] used) {
        List<Token> tokens = s.tokens();
        // A toll may be far from its figure ("the death toll from Monday's attack in Tahoua rose to
        // 41"); the figure is the one the toll rose "to", stood "at", "reached" (not a date's day).
        boolean toll = isWord(tokens, k + 1, "toll");
        int reach = toll ? 16 : 5;
        for (int i = k + 1; i < Math.min(tokens.size(), k + reach); i++) {
            if (toll && i > k + 2 && !w.tollLinks().contains(tokens.get(i - 1).lower())) continue;
            Count c = counts.readAt(tokens, i);
            if (c != null && !used[i]) {
                mark(used, k, c.to());
                return new Deaths(c, Side.GENERAL, "", false, true, tokens.get(k).start() - s.start(),
                        tokens.get(c.to() - 1).end() - s.start());
            }
        }
        return null;
    }

    /**
     * Whether the words between a count and its noun only describe the people: "two male farmers",
     * "29 FAMa soldiers", "three members of the Dawsahak community", "one of the officer's daughters".
     */
    private boolean betweenAreModifiers(List<Token> tokens, int from, int to) {
        if (from > to || to - from > 5) return false;
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            String tag = t.tag();
            boolean of = tag.equals("IN") && w.of().contains(t.lower());
            if (!(tag.startsWith("JJ") || tag.startsWith("NNP") || tag.equals("HYPH") || of || tag.equals("POS")
                    || tag.equals("DT") && i > from && w.of().contains(tokens.get(i - 1).lower()) || tag.startsWith("NN") && i < to - 1)) {
                return false;
            }
        }
        return true;
    }

    /** Whether token {@code i} ends the clause of a verb: a full stop, a comma, "and", or a place or time after it. */
    private boolean endsClause(List<Token> tokens, int i) {
        if (i >= tokens.size()) return true;
        return w.clauseEnds().contains(tokens.get(i).lower());
    }

    private boolean isPersonNoun(List<Token> tokens, int j) {
        PhraseLexicon.Match<Side> m = w.people().matchAt(tokens, j);
        return m != null;
    }

    private static boolean isAux(Token t) {
        return Set.of("be", "have", "get").contains(t.lemma());
    }

    /** The token of "perdu" in "perdu la vie" ending at {@code k}, or -1 (English reads "lost their lives" above). */
    private int lostLife(List<Token> tokens, int k) {
        if (w.lifeWords().isEmpty() || !w.lifeWords().contains(tokens.get(k).lower())) return -1;
        for (int i = k - 1; i >= Math.max(0, k - 2); i--) {
            if (w.loseLemmas().contains(tokens.get(i).lemma())) return i;
        }
        return -1;
    }

    private static boolean isWord(List<Token> tokens, int i, String w) {
        return i < tokens.size() && tokens.get(i).lower().equals(w);
    }

    private static void mark(boolean[] used, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(used.length, to); i++) used[i] = true;
    }

    private static String text(Sentence s, int from, int to) {
        return s.text().substring(s.tokens().get(from).start() - s.start(), s.tokens().get(to - 1).end() - s.start());
    }
}
