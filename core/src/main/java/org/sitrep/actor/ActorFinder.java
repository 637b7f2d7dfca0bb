package org.sitrep.actor;

import org.sitrep.geo.Countries;
import org.sitrep.geo.CountryMention;
import org.sitrep.model.ActorType;
import org.sitrep.nlp.Language;
import org.sitrep.nlp.PhraseLexicon;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;
import org.sitrep.nlp.Voice;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the actors of a sentence from the lexicon {@code actors.tsv}, fills the country where the
 * words name one ("Malian soldiers", "Niger's army", "army of Niger"), and reads which are doers:
 * the subject of an active verb or the agent after "by".
 */
public final class ActorFinder {
    private record Entry(String name, ActorType type, ActorKind kind, String home) {
    }

    private static final PhraseLexicon<Entry> ACTORS = actors(Language.ENGLISH);
    /** "Malian army", "Niger's military", "Burkinabe special forces": at most two words between. */
    private static final java.util.regex.Pattern COUNTRY_BEFORE =
            java.util.regex.Pattern.compile("\\s*(?:['’]s)?\\s*(?:[A-Za-z-]+\\s+){0,2}");
    private static final java.util.regex.Pattern COUNTRY_AFTER = java.util.regex.Pattern.compile("\\s+(?:of|from)\\s+(?:the\\s+)?");
    /** "l'armée nigérienne", "les forces armées maliennes", "l'armée du Niger", "soldats de l'armée malienne". */
    private static final java.util.regex.Pattern COUNTRY_AFTER_FR = java.util.regex.Pattern.compile(
            "\\s+(?:(?:de\\s+la|de\\s+l['’]|du|des|de|d['’])\\s*)?(?:\\p{L}+\\s+)?");

    private static final java.util.regex.Pattern FRENCH_LIST_AFTER = java.util.regex.Pattern.compile(
            "\\s*(?:,|et)\\s+(?:du|de la|de l['’]|des|d['’])\\s*\\p{Lu}");

    private final Countries countries;
    private final Language language;
    private final PhraseLexicon<Entry> lexicon;

    public ActorFinder(Countries countries) {
        this(countries, Language.ENGLISH);
    }

    /** Returns a finder of the actors named in {@code language} ({@code actors.fr.tsv}), with ACLED's English names. */
    public ActorFinder(Countries countries, Language language) {
        this.countries = countries;
        this.language = language;
        this.lexicon = language == Language.ENGLISH ? ACTORS : actors(language);
    }

    private static PhraseLexicon<Entry> actors(Language language) {
        return PhraseLexicon.load(ActorFinder.class, language.table("actors.tsv"),
                cols -> new Entry(cols[0], ActorType.fromCode(Integer.parseInt(cols[1])), ActorKind.valueOf(cols[2]),
                        cols.length > 3 ? cols[3] : ""));
    }

    /**
     * Returns the actors named in {@code sentence}, left to right; {@code trigger} is the token of
     * the event word, used to tell doers (before an active verb, or after "by") from targets.
     */
    public List<ActorMention> find(Sentence sentence, int trigger) {
        return find(sentence, trigger, null);
    }

    /**
     * As {@link #find(Sentence, int)}; {@code eventWords} marks the tokens of the sentence's event
     * words, whose agent a French "par" names ("dispersés par la police", not "mené par l'armée").
     */
    public List<ActorMention> find(Sentence sentence, int trigger, boolean[] eventWords) {
        List<Token> tokens = sentence.tokens();
        List<CountryMention> named = countries.find(sentence.text());
        List<ActorMention> found = new ArrayList<>();
        boolean passive = trigger >= 0 && Voice.isPassive(tokens, trigger);
        for (PhraseLexicon.Match<Entry> m : lexicon.findAll(tokens)) {
            Entry e = m.value();
            if (!isActorUse(tokens, m, e)) continue;
            String name = e.name();
            if (name.contains("{of}")) {
                String country = countryNear(sentence, named, m);
                if (country != null) {
                    name = name.replace("{of}", country);
                }
            }
            int start = tokens.get(m.from()).start() - sentence.start();
            int end = tokens.get(m.to() - 1).end() - sentence.start();
            boolean agent = byBefore(tokens, m.from(), language, trigger, eventWords)
                    || trigger >= 0 && m.to() <= trigger && !passive;
            found.add(new ActorMention(name, e.type(), e.kind(), m.from(), m.to(), start, end, agent, e.home()));
        }
        return mergeGroupNouns(found, tokens);
    }

    /**
     * "JNIM militants", "Katiba Macina (JNIM) militants", "ISGS or JNIM fighters": the generic noun
     * after a named group is that group, not a second, unidentified one.
     */
    private static List<ActorMention> mergeGroupNouns(List<ActorMention> found, List<Token> tokens) {
        List<ActorMention> kept = new ArrayList<>();
        for (ActorMention a : found) {
            ActorMention prev = kept.isEmpty() ? null : kept.get(kept.size() - 1);
            if (prev != null && a.kind() == ActorKind.ARMED && (prev.kind() == ActorKind.GROUP || prev.kind() == ActorKind.ETHNIC)
                    && a.from() - prev.to() <= 5 && onlyNameWords(tokens, prev.to(), a.from())) {
                if (a.agent() && !prev.agent()) {
                    kept.set(kept.size() - 1, new ActorMention(prev.name(), prev.type(), prev.kind(), prev.from(), a.to(),
                            prev.start(), a.end(), true, prev.home()));
                }
                continue;
            }
            kept.add(a);
        }
        return kept;
    }

    private static boolean onlyNameWords(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (!(t.isProperNoun() || t.tag().equals("-LRB-") || t.tag().equals("-RRB-") || t.lower().equals("or")
                    || t.lower().equals("and/or") || t.lower().equals("and") || t.tag().equals("HYPH") || t.lower().equals("/"))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a lexicon match names a party here: short group acronyms only when written as
     * acronyms ("MIT", not "mit"), and an ethnic name only when armed men follow it ("Fulani
     * militiamen"), since "Fulani herders" are civilians.
     */
    private static boolean isActorUse(List<Token> tokens, PhraseLexicon.Match<Entry> m, Entry e) {
        Token first = tokens.get(m.from());
        if (e.kind() == ActorKind.GROUP && first.word().equals(first.lower()) && first.word().length() <= 4
                && !first.word().contains("-")) {
            return false;
        }
        if (e.kind() == ActorKind.ETHNIC) {
            int next = m.to();
            return next < tokens.size() && Set.of("militiamen", "militia", "men", "gunmen", "fighters", "attackers")
                    .contains(tokens.get(next).lower());
        }
        return true;
    }

    /** The country named just before the phrase ("Malian army", "Niger's military") or just after ("army of Mali"). */
    private String countryNear(Sentence sentence, List<CountryMention> named, PhraseLexicon.Match<Entry> m) {
        int start = sentence.tokens().get(m.from()).start() - sentence.start();
        int end = sentence.tokens().get(m.to() - 1).end() - sentence.start();
        for (CountryMention c : named) {
            String gap = c.end() <= start ? sentence.text().substring(c.end(), start) : "";
            if (language == Language.ENGLISH) {
                // at most two words between: "Malian army", "Niger's military", "Burkinabe special forces"
                if (c.end() <= start && COUNTRY_BEFORE.matcher(gap).matches()) return c.country().name();
                if (c.start() >= end && COUNTRY_AFTER.matcher(sentence.text().substring(end, c.start())).matches()) {
                    return c.country().name();
                }
            } else if (c.start() >= end && c.start() - end <= 30
                    && COUNTRY_AFTER_FR.matcher(sentence.text().substring(end, c.start())).matches()) {
                // French puts the country after: "l'armée nigérienne", "l'armée du Niger"; but "les dirigeants
                // militaires du Mali, du Burkina Faso et du Niger" name no one country's army
                if (FRENCH_LIST_AFTER.matcher(sentence.text().substring(c.end())).lookingAt()) return null;
                return c.country().name();
            }
        }
        return null;
    }

    /** "by hundreds of jihadists", "by suspected JNIM militants": the agent of a passive verb. */
    private static boolean byBefore(List<Token> tokens, int from, Language language, int trigger, boolean[] eventWords) {
        for (int i = from - 1; i >= Math.max(0, from - 5); i--) {
            Token t = tokens.get(i);
            // French "par" also follows other participles ("le coup d'État mené par l'armée"): only an event word's counts
            if (language.is("by", t.lower())) {
                return language == Language.ENGLISH || trigger < 0 || i - 1 == trigger
                        || eventWords != null && i > 0 && eventWords[i - 1];
            }
            if (t.isVerb() || t.tag().equals(",") || t.tag().equals(".") || t.tag().equals(":")) return false;
        }
        return false;
    }
}
