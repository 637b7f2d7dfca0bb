package org.sitrep.model;

import java.util.List;

/**
 * One coded event, as EVENT-SCHEMA.md defines it.
 *
 * @param eventId            unique within a run (extract) or a store
 * @param articleId          the article it was read from
 * @param date               when it happened
 * @param subType            the ACLED sub-event type; the event type follows from it
 * @param actor1             the side that initiated, when the text says
 * @param actor2             the other side, or {@link Actor#NONE}
 * @param civilianTargeting  whether civilians were the target
 * @param place              where it happened
 * @param fatalities         people killed
 * @param tags               weapons and other details ACLED keeps as tags
 * @param notes              a generated sentence in ACLED's style
 * @param evidence           the words behind each coded value
 * @param confidence         0..1, how sure the extractor is that this is a real, correctly typed event
 * @param language           ISO 639-1 code of the article
 * @param source             the outlet, when known
 * @param sourceUrl          the article's URL, when known
 */
public record Event(String eventId, String articleId, EventDate date, SubEventType subType,
                    Actor actor1, Actor actor2, boolean civilianTargeting, Place place,
                    Fatalities fatalities, List<String> tags, String notes, List<Evidence> evidence,
                    double confidence, String language, String source, String sourceUrl) {
    public Event {
        tags = List.copyOf(tags);
        evidence = List.copyOf(evidence);
    }

    public EventType type() {
        return subType.type();
    }

    public int interaction() {
        return ActorType.interaction(actor1.type(), actor2.type());
    }

    /** Returns a copy with another id. */
    public Event withEventId(String id) {
        return new Event(id, articleId, date, subType, actor1, actor2, civilianTargeting, place, fatalities, tags,
                notes, evidence, confidence, language, source, sourceUrl);
    }

    /** Returns a copy read from another article. */
    public Event withArticleId(String id) {
        return new Event(eventId, id, date, subType, actor1, actor2, civilianTargeting, place, fatalities, tags,
                notes, evidence, confidence, language, source, sourceUrl);
    }

    /** Returns the evidence for one field, or null. */
    public Evidence evidenceFor(String field) {
        return evidence.stream().filter(e -> e.field().equals(field)).findFirst().orElse(null);
    }
}
