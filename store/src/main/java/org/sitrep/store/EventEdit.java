package org.sitrep.store;

import org.sitrep.model.Actor;
import org.sitrep.model.ActorType;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.Fatalities;
import org.sitrep.model.GeoPrecision;
import org.sitrep.model.Place;
import org.sitrep.model.SubEventType;
import org.sitrep.model.TimePrecision;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One reviewer's correction of one coded field, checked against EVENT-SCHEMA.md: {@link #apply}
 * returns the event with the field set, or says in one sentence why the value does not fit. Fields
 * derived from others (event_type, disorder_type, interaction) follow them; ids, evidence and the
 * source are not edited.
 */
final class EventEdit {
    /** The fields a reviewer may set, in the schema's spelling. */
    static final List<String> FIELDS = List.of("event_date", "time_precision", "sub_event_type", "actor1", "actor2",
            "assoc_actor_1", "assoc_actor_2", "inter1", "inter2", "civilian_targeting", "country", "iso3", "admin1",
            "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "fatalities", "tags", "notes");

    private static final int MAX_TEXT = 1000;

    private EventEdit() {
    }

    /**
     * Returns {@code e} with {@code field} set to {@code value} (the text a person typed).
     *
     * @throws IllegalArgumentException naming the field and what it takes, when the field cannot be
     *                                  edited or the value does not fit
     */
    static Event apply(Event e, String field, String value) {
        String v = value == null ? "" : value.strip();
        Place p = e.place();
        return switch (field) {
            case "event_date" -> with(e, new EventDate(date(v), e.date().precision()));
            case "time_precision" -> with(e, new EventDate(e.date().date(),
                    EventRows.byCode(TimePrecision.values(), code(field, v, 1, 3), TimePrecision::code)));
            case "sub_event_type" -> withType(e, subType(v));
            case "actor1" -> withActors(e, new Actor(text(field, v, 300), e.actor1().type(), e.actor1().associated()), e.actor2());
            case "actor2" -> withActors(e, e.actor1(), new Actor(text(field, v, 300), e.actor2().type(), e.actor2().associated()));
            case "assoc_actor_1" -> withActors(e, new Actor(e.actor1().name(), e.actor1().type(), list(text(field, v, MAX_TEXT))), e.actor2());
            case "assoc_actor_2" -> withActors(e, e.actor1(), new Actor(e.actor2().name(), e.actor2().type(), list(text(field, v, MAX_TEXT))));
            case "inter1" -> withActors(e, new Actor(e.actor1().name(), ActorType.fromCode(code(field, v, 0, 8)), e.actor1().associated()), e.actor2());
            case "inter2" -> withActors(e, e.actor1(), new Actor(e.actor2().name(), ActorType.fromCode(code(field, v, 0, 8)), e.actor2().associated()));
            case "civilian_targeting" -> withCivilians(e, civilians(v));
            case "country" -> withPlace(e, new Place(text(field, v, 100), p.iso3(), p.admin1(), p.admin2(), p.admin3(), p.location(), p.latitude(), p.longitude(), p.precision(), p.geonameid()));
            case "iso3" -> withPlace(e, new Place(p.country(), iso3(v), p.admin1(), p.admin2(), p.admin3(), p.location(), p.latitude(), p.longitude(), p.precision(), p.geonameid()));
            case "admin1" -> withPlace(e, new Place(p.country(), p.iso3(), text(field, v, 200), p.admin2(), p.admin3(), p.location(), p.latitude(), p.longitude(), p.precision(), p.geonameid()));
            case "admin2" -> withPlace(e, new Place(p.country(), p.iso3(), p.admin1(), text(field, v, 200), p.admin3(), p.location(), p.latitude(), p.longitude(), p.precision(), p.geonameid()));
            case "admin3" -> withPlace(e, new Place(p.country(), p.iso3(), p.admin1(), p.admin2(), text(field, v, 200), p.location(), p.latitude(), p.longitude(), p.precision(), p.geonameid()));
            case "location" -> withPlace(e, new Place(p.country(), p.iso3(), p.admin1(), p.admin2(), p.admin3(), text(field, v, 300), p.latitude(), p.longitude(), p.precision(), p.geonameid()));
            case "latitude" -> withPlace(e, new Place(p.country(), p.iso3(), p.admin1(), p.admin2(), p.admin3(), p.location(), degrees(field, v, 90), p.longitude(), p.precision(), p.geonameid()));
            case "longitude" -> withPlace(e, new Place(p.country(), p.iso3(), p.admin1(), p.admin2(), p.admin3(), p.location(), p.latitude(), degrees(field, v, 180), p.precision(), p.geonameid()));
            case "geo_precision" -> withPlace(e, new Place(p.country(), p.iso3(), p.admin1(), p.admin2(), p.admin3(), p.location(), p.latitude(), p.longitude(),
                    EventRows.byCode(GeoPrecision.values(), code(field, v, 1, 3), GeoPrecision::code), p.geonameid()));
            case "fatalities" -> withFatalities(e, fatalities(e.fatalities(), code(field, v, 0, 1_000_000)));
            case "tags" -> new Event(e.eventId(), e.articleId(), e.date(), e.subType(), e.actor1(), e.actor2(), e.civilianTargeting(), e.place(),
                    e.fatalities(), list(text(field, v, 2000)), e.notes(), e.evidence(), e.confidence(), e.language(), e.source(), e.sourceUrl());
            case "notes" -> new Event(e.eventId(), e.articleId(), e.date(), e.subType(), e.actor1(), e.actor2(), e.civilianTargeting(), e.place(),
                    e.fatalities(), e.tags(), text(field, v, 10_000), e.evidence(), e.confidence(), e.language(), e.source(), e.sourceUrl());
            default -> throw new IllegalArgumentException(field + " cannot be edited; these can: " + String.join(", ", FIELDS));
        };
    }

    /** A reviewer's fatalities become the best estimate, and widen low and high to include it. */
    private static Fatalities fatalities(Fatalities old, int best) {
        return new Fatalities(best, Math.min(old.low(), best), Math.max(old.high(), best));
    }

    private static LocalDate date(String v) {
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException ex) {
            throw new IllegalArgumentException("event_date must be a date YYYY-MM-DD, not '" + v + "'");
        }
    }

    private static SubEventType subType(String v) {
        try {
            return SubEventType.fromLabel(v);
        } catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException("sub_event_type must be one of ACLED's: " + String.join(", ",
                    Arrays.stream(SubEventType.values()).map(SubEventType::label).toList()));
        }
    }

    private static int code(String field, String v, int min, int max) {
        try {
            int n = Integer.parseInt(v);
            if (n >= min && n <= max) return n;
        } catch (NumberFormatException ex) {
            // said below
        }
        throw new IllegalArgumentException(field + " must be a whole number from " + min + " to " + max + ", not '" + v + "'");
    }

    private static Double degrees(String field, String v, double limit) {
        if (v.isEmpty()) return null;
        try {
            double d = Double.parseDouble(v);
            if (d >= -limit && d <= limit) return d;
        } catch (NumberFormatException ex) {
            // said below
        }
        throw new IllegalArgumentException(field + " must be a number from " + -limit + " to " + limit + ", or empty");
    }

    private static String iso3(String v) {
        if (v.isEmpty() || v.matches("[A-Za-z]{3}")) return v.toUpperCase(Locale.ROOT);
        throw new IllegalArgumentException("iso3 must be three letters (ISO 3166-1 alpha-3), not '" + v + "'");
    }

    private static boolean civilians(String v) {
        if (v.isEmpty()) return false;
        if (v.equalsIgnoreCase("Civilian targeting")) return true;
        throw new IllegalArgumentException("civilian_targeting must be 'Civilian targeting' or empty");
    }

    private static String text(String field, String v, int max) {
        if (v.length() > max) throw new IllegalArgumentException(field + " must be at most " + max + " characters");
        if (v.chars().anyMatch(ch -> ch < 0x20 && ch != '\t')) throw new IllegalArgumentException(field + " must be one line of text");
        return v;
    }

    private static List<String> list(String cell) {
        return cell.isEmpty() ? List.of() : Arrays.stream(cell.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static Event with(Event e, EventDate date) {
        return new Event(e.eventId(), e.articleId(), date, e.subType(), e.actor1(), e.actor2(), e.civilianTargeting(), e.place(),
                e.fatalities(), e.tags(), e.notes(), e.evidence(), e.confidence(), e.language(), e.source(), e.sourceUrl());
    }

    private static Event withType(Event e, SubEventType type) {
        return new Event(e.eventId(), e.articleId(), e.date(), type, e.actor1(), e.actor2(), e.civilianTargeting(), e.place(),
                e.fatalities(), e.tags(), e.notes(), e.evidence(), e.confidence(), e.language(), e.source(), e.sourceUrl());
    }

    private static Event withActors(Event e, Actor a1, Actor a2) {
        return new Event(e.eventId(), e.articleId(), e.date(), e.subType(), a1, a2, e.civilianTargeting(), e.place(),
                e.fatalities(), e.tags(), e.notes(), e.evidence(), e.confidence(), e.language(), e.source(), e.sourceUrl());
    }

    private static Event withCivilians(Event e, boolean civilians) {
        return new Event(e.eventId(), e.articleId(), e.date(), e.subType(), e.actor1(), e.actor2(), civilians, e.place(),
                e.fatalities(), e.tags(), e.notes(), e.evidence(), e.confidence(), e.language(), e.source(), e.sourceUrl());
    }

    private static Event withPlace(Event e, Place place) {
        return new Event(e.eventId(), e.articleId(), e.date(), e.subType(), e.actor1(), e.actor2(), e.civilianTargeting(), place,
                e.fatalities(), e.tags(), e.notes(), e.evidence(), e.confidence(), e.language(), e.source(), e.sourceUrl());
    }

    private static Event withFatalities(Event e, Fatalities f) {
        return new Event(e.eventId(), e.articleId(), e.date(), e.subType(), e.actor1(), e.actor2(), e.civilianTargeting(), e.place(),
                f, e.tags(), e.notes(), e.evidence(), e.confidence(), e.language(), e.source(), e.sourceUrl());
    }
}
