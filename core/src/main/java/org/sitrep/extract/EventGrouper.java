package org.sitrep.extract;

import org.sitrep.model.EventDate;

import java.util.ArrayList;
import java.util.List;

/**
 * Groups an article's mentions into occurrences. A report usually opens with its main event and
 * returns to it ("the soldiers were killed by...", "Monday night's attack"); a mention starts a new
 * occurrence when its words say so ("another attack") or when its date cannot be the same day as
 * the event it would join.
 */
final class EventGrouper {
    private final org.sitrep.nlp.Language language;

    EventGrouper() {
        this(org.sitrep.nlp.Language.ENGLISH);
    }

    EventGrouper(org.sitrep.nlp.Language language) {
        this.language = language;
    }

    /** Mentions that describe one occurrence, in article order. */
    static final class Group {
        final List<Mention> mentions = new ArrayList<>();
        final List<Context> context = new ArrayList<>();
        EventDate date;

        Mention.Family family() {
            return mentions.get(0).family();
        }

        void add(Mention m) {
            mentions.add(m);
            if (date == null && m.date() != null) date = m.date().date();
        }
    }

    /**
     * Whether a mention can be the occurrence of the group as far as places go: "in Mombasa" after
     * "in Nairobi" is another protest, even on the same day; a sentence that names no town is no objection.
     */
    private static boolean samePlace(Group g, Mention m) {
        java.util.Set<String> mine = m.namedPlaces();
        if (mine.isEmpty()) return true;
        java.util.Set<String> theirs = new java.util.HashSet<>();
        for (Mention other : g.mentions) theirs.addAll(other.namedPlaces());
        return theirs.isEmpty() || theirs.stream().anyMatch(mine::contains);
    }

    /** "the attack", "Monday night's attack", "this ambush": an event word that points back to one already told. */
    private boolean refersBack(Mention m) {
        CueMatch c = m.triggers().get(0);
        var tokens = m.sentence().tokens();
        if (!tokens.get(c.from()).isNoun()) return false;
        for (int i = c.from() - 1; i >= Math.max(0, c.from() - 3); i--) {
            String w = tokens.get(i).lower();
            if (w.equals("the") || w.equals("this") || w.equals("that") || tokens.get(i).tag().equals("POS")) return true;
            if (language != org.sitrep.nlp.Language.ENGLISH && language.is("definite", w)) return true;
        }
        return false;
    }

    /** A sentence near an event that reports none itself, with the actors it names. */
    record Context(org.sitrep.nlp.Sentence sentence, List<org.sitrep.actor.ActorMention> actors) {
    }

    /**
     * Gives each sentence without an event of its own to the occurrence mentioned in the sentence
     * just before it (or else just after it), so that its actors can help code that occurrence.
     */
    void attach(List<Group> groups, List<Context> sentences) {
        for (Context c : sentences) {
            int i = c.sentence().index();
            Group owner = null;
            for (Group g : groups) {
                for (Mention m : g.mentions) {
                    int j = m.sentence().index();
                    if (j == i - 1 || j == i + 1 && owner == null) owner = g;
                }
            }
            if (owner != null) owner.context.add(c);
        }
    }

    /** Returns the occurrences of {@code mentions}, in order of first mention. */
    List<Group> group(List<Mention> mentions) {
        List<Group> groups = new ArrayList<>();
        Group current = null;
        for (Mention m : mentions) {
            Group target = null;
            EventDate date = m.date() == null ? null : m.date().date();
            if (!m.newOccurrence()) {
                if (date == null) {
                    if (current != null && current.family().joins(m.family()) && samePlace(current, m)) target = current;
                } else {
                    // the latest occurrence this one can be: same day, or not dated yet ("Monday night's attack")
                    for (int i = groups.size() - 1; i >= 0 && target == null; i--) {
                        Group g = groups.get(i);
                        boolean sameDay = g.date != null && g.date.overlaps(date);
                        boolean datesIt = g.date == null && (g == current || refersBack(m));
                        if ((sameDay || datesIt) && g.family().joins(m.family()) && samePlace(g, m)) target = g;
                    }
                }
            }
            if (target == null) {
                target = new Group();
                groups.add(target);
                // "In another attack the same day": dated from the occurrence told before
                if (m.dayAfterEarlier() != null && current != null && current.date != null) {
                    target.date = new EventDate(current.date.date().plusDays(m.dayAfterEarlier()), current.date.precision());
                }
            }
            target.add(m);
            current = target;
        }
        return groups;
    }
}
