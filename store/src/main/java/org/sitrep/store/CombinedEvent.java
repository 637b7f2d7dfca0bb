package org.sitrep.store;

import org.sitrep.model.Event;
import org.sitrep.model.Fatalities;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The one event several sources make together. The first source (the article the event was first
 * read from) gives the actors, type, notes and evidence; the best-known date and place win; the
 * fatalities follow ACLED's conservative rule across all sources.
 */
final class CombinedEvent {
    private CombinedEvent() {
    }

    /** Returns the event {@code sources} (as their articles coded them, first added first) make, under {@code eventId}. */
    static Event of(String eventId, List<Event> sources) {
        if (sources.isEmpty()) throw new IllegalArgumentException("an event needs at least one source");
        Event first = sources.get(0);
        Event bestDate = sources.stream().min(Comparator.comparingInt(e -> e.date().precision().code())).orElseThrow();
        Event bestPlace = sources.stream().min(Comparator.comparingInt(e -> e.place().precision().code())).orElseThrow();
        Set<String> tags = new LinkedHashSet<>();
        sources.forEach(e -> tags.addAll(e.tags()));
        double confidence = sources.stream().mapToDouble(Event::confidence).max().orElseThrow();
        return new Event(eventId, first.articleId(), bestDate.date(), first.subType(), first.actor1(), first.actor2(),
                first.civilianTargeting(), bestPlace.place(), fatalities(sources), List.copyOf(tags), first.notes(),
                first.evidence(), confidence, first.language(), first.source(), first.sourceUrl());
    }

    /**
     * ACLED: when reports disagree, the total is the lowest credible figure. A source that gives no
     * count codes 0, which is silence rather than a report that nobody died, so 0 is the total only
     * when no source gives more. The range keeps every source's low and high.
     */
    static Fatalities fatalities(List<Event> sources) {
        int best = sources.stream().mapToInt(e -> e.fatalities().best()).filter(n -> n > 0).min().orElse(0);
        int low = sources.stream().mapToInt(e -> e.fatalities().low()).min().orElseThrow();
        int high = sources.stream().mapToInt(e -> e.fatalities().high()).max().orElseThrow();
        return new Fatalities(best, low, Math.max(high, best));
    }
}
