package org.sitrep.geo;

import org.sitrep.nlp.AnnotatedText;
import org.sitrep.nlp.Annotator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts the place names of a text on the map: finds them ({@link #find}) or takes the spans a
 * caller marked ({@link #resolve}), and resolves each to a gazetteer place by what the name is and
 * what the rest of the text says (see {@link PlaceChooser}). A name the gazetteer does not have
 * stays unresolved without affecting the others. Safe to use from many threads.
 */
public final class Geocoder {

    private static volatile Geocoder shared;

    private final CandidateLookup lookup;
    private final PlaceChooser chooser;
    private final ToponymFinder finder;

    /** A geocoder over this gazetteer, with Sitrep's country table and, for {@link #find}, the English annotator. */
    public Geocoder(Gazetteer gazetteer) {
        this.lookup = new CandidateLookup(gazetteer, Countries.load());
        this.chooser = new PlaceChooser(lookup);
        this.finder = new ToponymFinder(lookup);
    }

    /** Returns the geocoder of {@link Gazetteer#shared()}, made on first use. */
    public static Geocoder shared() {
        Geocoder local = shared;
        if (local == null) {
            synchronized (Geocoder.class) {
                local = shared;
                if (local == null) {
                    local = new Geocoder(Gazetteer.shared());
                    shared = local;
                }
            }
        }
        return local;
    }

    /**
     * Resolves exactly the given character spans of {@code text}, each {@code {start, end}}, and
     * returns one toponym per span in the same order; a toponym's place is null when the gazetteer
     * has nothing that fits its name.
     *
     * @throws IllegalArgumentException when a span is not {@code 0 <= start < end <= text.length()}
     */
    public List<Toponym> resolve(String text, List<int[]> spans) {
        for (int[] span : spans) {
            if (span.length != 2 || span[0] < 0 || span[0] >= span[1] || span[1] > text.length()) {
                throw new IllegalArgumentException("span " + java.util.Arrays.toString(span)
                        + " is not inside a text of " + text.length() + " characters");
            }
        }
        List<PlaceChooser.Mention> mentions = mentions(text, spans);
        List<PlaceChooser.Choice> choices = chooser.choose(text, mentions);
        List<Toponym> toponyms = new ArrayList<>(spans.size());
        for (int i = 0; i < mentions.size(); i++) {
            PlaceChooser.Mention m = mentions.get(i);
            Candidate c = choices.get(i).candidate();
            toponyms.add(new Toponym(m.start(), m.end(), m.written(), c == null ? null : c.entry()));
        }
        return toponyms;
    }

    /**
     * Finds the place names of {@code text} (country names and demonyms, continents, and
     * capitalised names the gazetteer knows that do not read as people or organisations) and
     * resolves them; returns them in text order. Loads the English annotator on first use.
     */
    public List<Toponym> find(String text) {
        return find(Annotator.english().annotate(text));
    }

    /** As {@link #find(String)}, on a text already annotated. */
    public List<Toponym> find(AnnotatedText annotated) {
        String text = annotated.text();
        List<int[]> spans = finder.find(annotated);
        List<PlaceChooser.Mention> mentions = mentions(text, spans);
        List<PlaceChooser.Choice> choices = chooser.choose(text, mentions);
        List<Toponym> toponyms = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            PlaceChooser.Mention m = mentions.get(i);
            PlaceChooser.Choice choice = choices.get(i);
            if (choice.candidate() != null && finder.keep(m, choice)) {
                toponyms.add(new Toponym(m.start(), m.end(), m.written(), choice.candidate().entry()));
            }
        }
        toponyms.sort(Comparator.comparingInt(Toponym::start));
        return toponyms;
    }

    private List<PlaceChooser.Mention> mentions(String text, List<int[]> spans) {
        Map<String, List<Candidate>> seen = new HashMap<>();
        List<PlaceChooser.Mention> mentions = new ArrayList<>(spans.size());
        for (int[] span : spans) {
            String written = text.substring(span[0], span[1]);
            String name = CandidateLookup.clean(written);
            List<Candidate> candidates = seen.computeIfAbsent(name, lookup::candidates);
            String key = Gazetteer.key(name);
            mentions.add(new PlaceChooser.Mention(span[0], span[1], written, key.isEmpty() ? written : key, candidates,
                    BesideWords.read(text, span[0], span[1])));
        }
        return mentions;
    }
}
