package org.sitrep.extract;

import org.sitrep.actor.ActorMention;
import org.sitrep.geo.PlacePhrase;
import org.sitrep.nlp.Sentence;
import org.sitrep.quantity.Deaths;
import org.sitrep.time.DateMention;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One sentence's report of an event: the cues it gives, the date, deaths and actors it names.
 * Several mentions may describe one event; {@link EventGrouper} decides.
 *
 * @param sentence      the sentence
 * @param cues          every cue of the sentence (triggers and modifiers)
 * @param triggers      the cue words that make it an event, in order
 * @param date          its date expression (sentence offsets), or null
 * @param deaths        deaths it reports
 * @param actors        actors it names
 * @param newOccurrence true when the words say it is a different occurrence ("another attack")
 * @param dayAfterEarlier for "the same day" 0, "the following day" 1, "the day before" -1: a date relative to the
 *                      occurrence told before; null otherwise
 * @param places        the phrases that place it (sentence offsets)
 */
record Mention(Sentence sentence, Set<Cue> cues, List<CueMatch> triggers, DateMention date, List<Deaths> deaths,
               List<ActorMention> actors, boolean newOccurrence, Integer dayAfterEarlier, List<PlacePhrase> places) {
    Mention {
        places = List.copyOf(places);
        cues = cues.isEmpty() ? EnumSet.noneOf(Cue.class) : EnumSet.copyOf(cues);
        triggers = List.copyOf(triggers);
        deaths = List.copyOf(deaths);
        actors = List.copyOf(actors);
    }

    /** The names of the towns it is placed in ("Mombasa"), for telling occurrences apart. */
    Set<String> namedPlaces() {
        Set<String> names = new java.util.HashSet<>();
        for (PlacePhrase p : places) {
            if (p.kind() == PlacePhrase.Kind.TOWN || p.kind() == PlacePhrase.Kind.NEAR_TOWN) {
                names.add(p.names().get(0));
            }
        }
        return names;
    }

    /** The kind of occurrence, for grouping: violence, demonstration, or one strategic development. */
    Family family() {
        return Family.of(triggers.get(0).cue(), cues);
    }

    enum Family {
        VIOLENCE, DEMONSTRATION, AGREEMENT, ARREST, OTHER_STRATEGIC;

        static Family of(Cue trigger, Set<Cue> cues) {
            if (trigger.isDemonstration() || cues.contains(Cue.PROTEST) || cues.contains(Cue.RIOT)) return DEMONSTRATION;
            if (trigger.isViolent()) return VIOLENCE;
            return switch (trigger) {
                case AGREE -> AGREEMENT;
                case ARREST -> ARREST;
                case LOOT -> VIOLENCE;
                default -> OTHER_STRATEGIC;
            };
        }

        /** Whether mentions of these two families can be the same occurrence. */
        boolean joins(Family other) {
            if (this == other) return true;
            Set<Family> physical = EnumSet.of(VIOLENCE, DEMONSTRATION, ARREST);
            return physical.contains(this) && physical.contains(other);
        }
    }
}
