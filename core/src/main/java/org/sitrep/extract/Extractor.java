package org.sitrep.extract;

import org.sitrep.actor.ActorFinder;
import org.sitrep.geo.Countries;
import org.sitrep.geo.Country;
import org.sitrep.geo.CountryMention;
import org.sitrep.geo.CountryScore;
import org.sitrep.geo.PlaceCountries;
import org.sitrep.geo.PlacePhrase;
import org.sitrep.geo.PlacePhraseFinder;
import org.sitrep.geo.PlaceResolver;
import org.sitrep.geo.Gazetteer;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Place;
import org.sitrep.nlp.AnnotatedText;
import org.sitrep.nlp.Annotator;
import org.sitrep.nlp.Language;
import org.sitrep.nlp.Sentence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sitrep's front door for coding: one article in, every event it reports out.
 *
 * <p>The stages, in order: annotate the body (CoreNLP), find the sentences that report an event
 * ({@link MentionFinder}: cues, dates, deaths, actors), group them into occurrences
 * ({@link EventGrouper}), place each occurrence, and code it ({@link EventCoder}). Thread-safe:
 * one instance serves every thread.
 */
public final class Extractor {

    /**
     * The stages that read words, for one language: its CoreNLP pipeline, its country names, its
     * actor, cue, date, count and place tables. The rules are the same classes for every language.
     */
    private record Rules(Language language, Annotator annotator, Countries countries, ActorFinder actors,
                         MentionFinder mentions, EventGrouper grouper, EventCoder coder) {
        static Rules of(Language language) {
            Countries countries = Countries.load(language);
            ActorFinder actors = new ActorFinder(countries, language);
            return new Rules(language, Annotator.of(language), countries, actors,
                    new MentionFinder(language, actors, new PlacePhraseFinder(countries, language)),
                    new EventGrouper(language), new EventCoder(language));
        }
    }

    private final Rules english;
    /** Other languages' rules, built when the first article in that language arrives (French models are large). */
    private final Map<Language, Rules> others = new java.util.concurrent.ConcurrentHashMap<>();
    private final boolean multilingual;
    private final Countries countries;
    private final PlaceCountries placeCountries;
    private final PlaceResolver placeResolver;

    private Extractor(boolean multilingual, Countries countries, PlaceCountries placeCountries, Gazetteer gazetteer) {
        this.english = Rules.of(Language.ENGLISH);
        this.multilingual = multilingual;
        this.countries = countries;
        this.placeCountries = placeCountries;
        this.placeResolver = gazetteer == null ? null : new PlaceResolver(gazetteer, countries);
    }

    /**
     * Returns an extractor that codes every article with the English rules, whatever its language,
     * loading CoreNLP's models, the lexicons and the gazetteer on first use.
     */
    public static Extractor english() {
        return english(Gazetteer.shared());
    }

    /** Returns an extractor for English articles that places events with {@code gazetteer} (e.g. one with the user's places). */
    public static Extractor english(Gazetteer gazetteer) {
        return new Extractor(false, Countries.load(), PlaceCountries.load(), gazetteer);
    }

    /**
     * Returns an extractor that codes each article in its own language ({@link Article#language()}:
     * English, French; others with the English rules). The French models load with the first French
     * article, so that a run of English articles costs what {@link #english()} costs.
     */
    public static Extractor multilingual() {
        return multilingual(Gazetteer.shared());
    }

    /** Returns an extractor of English and French articles that places events with {@code gazetteer}. */
    public static Extractor multilingual(Gazetteer gazetteer) {
        return new Extractor(true, Countries.load(), PlaceCountries.load(), gazetteer);
    }

    /**
     * Returns an extractor that codes places only as the words give them (phrase, country,
     * precision), without the gazetteer's admin areas and coordinates: what `sitrep bench`
     * measures geocoding's cost against.
     */
    public static Extractor englishWithoutCoordinates() {
        return new Extractor(false, Countries.load(), PlaceCountries.load(), null);
    }

    /** Returns true when this extractor holds the rules of {@code language}: English's always, another's once an article in it arrived. */
    public boolean hasLoaded(Language language) {
        return language == Language.ENGLISH || others.containsKey(language);
    }

    private Rules rulesFor(Article article) {
        if (!multilingual) return english;
        Language language = Language.byCode(article.language()).orElse(Language.ENGLISH);
        return language == Language.ENGLISH ? english : others.computeIfAbsent(language, Rules::of);
    }

    /** Returns the events {@code article} reports, in order of first mention; ids are "ISO3-n" within the article. */
    public List<Event> extract(Article article) {
        Rules rules = rulesFor(article);
        MentionFinder mentions = rules.mentions();
        ActorFinder actors = rules.actors();
        EventGrouper grouper = rules.grouper();
        AnnotatedText text = rules.annotator().annotate(article.body());
        List<Mention> found = new ArrayList<>();
        List<EventGrouper.Context> rest = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            Mention m = mentions.find(s, article.published());
            if (m != null) found.add(m);
            else if (!mentions.isTrendOrPlan(s)) rest.add(new EventGrouper.Context(s, actors.find(s, -1)));
        }
        Optional<Country> mainCountry = mainCountry(text, rules);
        List<EventGrouper.Group> groups = grouper.group(found);
        grouper.attach(groups, rest);
        List<Event> events = new ArrayList<>();
        for (EventGrouper.Group g : groups) {
            EventCoder.Located located = locate(g, mainCountry, rules);
            Event e = rules.coder().code(article, g, located);
            String prefix = located.place().iso3().isEmpty() ? "XXX" : located.place().iso3();
            events.add(e.withEventId(prefix + "-" + (events.size() + 1)));
        }
        return events;
    }

    /** The country an article is about: the one it names most, leaving out borders and neighbours. */
    private Optional<Country> mainCountry(AnnotatedText text, Rules rules) {
        Map<Country, Integer> counts = new HashMap<>();
        Country first = null;
        for (Sentence s : text.sentences()) {
            for (CountryMention c : rules.countries().find(s.text())) {
                if (isNeighbour(s.text(), c, rules.language()) || c.demonym()) continue;
                counts.merge(c.country(), 1, Integer::sum);
                if (first == null) first = c.country();
            }
        }
        if (counts.isEmpty()) return Optional.empty();
        Country best = first;
        for (Map.Entry<Country, Integer> e : counts.entrySet()) {
            if (e.getValue() > counts.get(best)) best = e.getKey();
        }
        return Optional.of(best);
    }

    /** Runs of proper nouns in a mention's sentence that are not its actors, months or weekdays. */
    private static List<String> properNames(Mention m, Language language) {
        List<org.sitrep.nlp.Token> tokens = m.sentence().tokens();
        boolean[] actor = new boolean[tokens.size()];
        for (var a : m.actors()) for (int i = a.from(); i < a.to(); i++) actor[i] = true;
        List<String> names = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (int i = 0; i <= tokens.size(); i++) {
            org.sitrep.nlp.Token t = i < tokens.size() ? tokens.get(i) : null;
            boolean name = t != null && t.isProperNoun() && !actor[i] && Character.isUpperCase(t.word().charAt(0))
                    && !CALENDAR.contains(t.lower()) && !language.is("calendar", t.lower());
            if (name) {
                if (!run.isEmpty()) run.append(' ');
                run.append(t.word());
            } else if (!run.isEmpty()) {
                names.add(run.toString());
                run.setLength(0);
            }
        }
        return names;
    }

    private static final java.util.Set<String> CALENDAR = java.util.Set.of("january", "february", "march", "april", "may",
            "june", "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
            "oct", "nov", "dec");


    /** "near the border with Mali", "neighbouring Mali", "anti-France slogans": a country named, not where it happened. */
    private static boolean isNeighbour(String text, CountryMention c, Language language) {
        String before = text.substring(Math.max(0, c.start() - 40), c.start()).toLowerCase(java.util.Locale.ROOT);
        if (language == Language.FRENCH) {
            // "la frontière avec le Mali", "venue du Mali", "vers le Mali", "le Mali voisin", "anti-France"
            return FRENCH_NEIGHBOUR_BEFORE.matcher(before).matches()
                    || FRENCH_NEIGHBOUR_AFTER.matcher(text.substring(c.end(), Math.min(text.length(), c.end() + 12))).lookingAt();
        }
        return before.matches("(?s).*(?:\\b(?:border with|borders? of|neighbouring|neighboring|from|into|to)\\s+(?:the\\s+)?"
                + "|\\b(?:anti|pro|ex)-)$");
    }

    private static final java.util.regex.Pattern FRENCH_NEIGHBOUR_BEFORE = java.util.regex.Pattern.compile(
            "(?s).*(?:(?<![\\p{L}\\p{N}_])(?:frontière avec|frontières? (?:du|de la|de l['’])|frontalier (?:du|de la|de l['’])|vers|venue? d[eu]|venus d[eu]"
                    + "|en provenance d[eu]|à destination d[eu]|depuis)\\s+(?:(?:le|la|les|l['’])\\s*)?|(?<![\\p{L}\\p{N}_])(?:anti|pro|ex)-)$");
    private static final java.util.regex.Pattern FRENCH_NEIGHBOUR_AFTER = java.util.regex.Pattern.compile("\\s+voisine?s?\\b");

    /** Chooses the event's place: the most precise phrase its sentences give, and the country it lies in. */
    private EventCoder.Located locate(EventGrouper.Group g, Optional<Country> mainCountry, Rules rules) {
        Countries countries = rules.countries();
        PlacePhrase best = null;
        Sentence bestSentence = null;
        List<String> names = new ArrayList<>();
        for (Mention m : g.mentions) {
            for (PlacePhrase p : m.places()) {
                if (p.kind() != PlacePhrase.Kind.BORDER && p.kind() != PlacePhrase.Kind.COUNTRY) names.addAll(p.names());
                if (best == null || rank(p) < rank(best)) {
                    best = p;
                    bestSentence = m.sentence();
                }
            }
            names.addAll(PlacePhraseFinder.bracketedNames(m.sentence().text()));
        }
        // proper names of the event's sentences not in a place phrase; countries are counted apart,
        // where borders and neighbours are left out
        List<String> others = new ArrayList<>();
        for (Mention m : g.mentions) others.addAll(properNames(m, rules.language()));
        others.removeAll(names);
        others.removeIf(n -> countries.byName(n).isPresent() || !countries.find(n).isEmpty());
        Country country = null;
        Evidence countryEvidence = null;
        if (best != null && (best.kind() == PlacePhrase.Kind.COUNTRY || best.kind() == PlacePhrase.Kind.PART_OF_COUNTRY)) {
            country = countries.byName(best.names().get(0)).orElse(null);
        }
        if (country == null) {
            // Votes: the places named (a region weighs more than a village) and the countries the
            // event's sentences name ("Malian soldiers"), leaving out borders and neighbours.
            Map<Country, Double> votes = new HashMap<>();
            Map<Country, Evidence> said = new HashMap<>();
            if (!names.isEmpty()) {
                for (CountryScore c : placeCountries.rank(names)) votes.merge(c.country(), c.score(), Double::sum);
            }
            // the phrase that says where the event was counts once more
            if (best != null && best.kind() != PlacePhrase.Kind.BORDER) {
                for (CountryScore c : placeCountries.rank(best.names())) votes.merge(c.country(), c.score(), Double::sum);
            }
            // other proper names of the event's sentences ("Maungdaw Township, Rakhine State"), at half weight
            if (!others.isEmpty()) {
                for (CountryScore c : placeCountries.rank(others)) votes.merge(c.country(), c.score() / 2, Double::sum);
            }
            for (Mention m : g.mentions) {
                for (CountryMention c : countries.find(m.sentence().text())) {
                    if (isNeighbour(m.sentence().text(), c, rules.language()) || insideBorderPhrase(m.places(), c)) continue;
                    boolean home = mainCountry.isPresent() && c.country().equals(mainCountry.get());
                    // a demonym says less than a name ("French forces" fight abroad, a "French ministry" speaks from home)
                    double weight = c.demonym() ? 1.0 : 3.0;
                    votes.merge(c.country(), weight + (home ? 1.0 : 0.0), Double::sum);
                    int s = m.sentence().start();
                    said.putIfAbsent(c.country(), new Evidence("country", m.sentence().text().substring(c.start(), c.end()),
                            s + c.start(), s + c.end()));
                }
            }
            // the country the whole report is about: most of its events happen there
            mainCountry.ifPresent(c -> votes.merge(c, 2.0, Double::sum));
            // groups that fight in one country only ("Katiba Macina", "TNLA") hint where the event was
            for (Mention m : g.mentions) {
                for (var a : m.actors()) {
                    if (!a.home().isEmpty()) countries.byIso3(a.home()).ifPresent(c -> votes.merge(c, 1.0, Double::sum));
                }
            }
            double top = 0;
            for (Map.Entry<Country, Double> v : votes.entrySet()) {
                if (v.getValue() > top) {
                    top = v.getValue();
                    country = v.getKey();
                }
            }
            if (country != null) countryEvidence = said.get(country);
        }
        if (country == null) country = mainCountry.orElse(null);
        List<String> hints = new ArrayList<>(names);
        hints.addAll(others);
        Place place = placeResolver != null ? placeResolver.resolve(best, country, hints)
                : PlaceResolver.fromWords(best, country);
        Evidence where = null;
        if (best != null) {
            int s = bestSentence.start();
            where = new Evidence("location", bestSentence.text().substring(best.start(), best.end()), s + best.start(), s + best.end());
            if (countryEvidence == null && (best.kind() == PlacePhrase.Kind.COUNTRY || best.kind() == PlacePhrase.Kind.PART_OF_COUNTRY)) {
                countryEvidence = new Evidence("country", where.text(), where.start(), where.end());
            }
        }
        return new EventCoder.Located(place, where, countryEvidence);
    }

    private static boolean insideBorderPhrase(List<PlacePhrase> places, CountryMention c) {
        for (PlacePhrase p : places) {
            if (p.kind() == PlacePhrase.Kind.BORDER && c.start() >= p.start() && c.end() <= p.end()) return true;
        }
        return false;
    }

    private int rank(PlacePhrase p) {
        return switch (p.kind()) {
            case TOWN -> placeCountries.candidates(p.names().get(0)).isEmpty() ? 3 : 0;
            case NEAR_TOWN -> placeCountries.candidates(p.names().get(0)).isEmpty() ? 3 : 1;
            case REGION -> 2;
            case PART_OF_COUNTRY -> 4;
            case BORDER -> 5;
            case COUNTRY -> 6;
        };
    }
}
