package org.sitrep.extract;

import org.sitrep.model.Actor;
import org.sitrep.model.EventDate;
import org.sitrep.model.Fatalities;
import org.sitrep.model.Place;
import org.sitrep.model.SubEventType;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Writes an event's {@code notes} sentence in ACLED's style: "On 8 July 2024, ... . 41 fatalities." */
final class NotesWriter {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    String write(EventDate date, SubEventType sub, Actor actor1, Actor actor2, Place place, Fatalities fatalities) {
        String when = switch (date.precision()) {
            case DAY -> "On " + DAY.format(date.date());
            case WEEK -> "Around " + DAY.format(date.date());
            case MONTH -> "In " + MONTH.format(date.date());
        };
        String what = switch (sub) {
            case ARMED_CLASH -> actor1.name() + " clashed with " + orOthers(actor2);
            case GOVERNMENT_REGAINS_TERRITORY -> actor1.name() + " regained territory from " + orOthers(actor2);
            case NON_STATE_OVERTAKES_TERRITORY -> actor1.name() + " took control of territory from " + orOthers(actor2);
            case ATTACK -> actor1.name() + " attacked " + orOthers(actor2);
            case ABDUCTION -> actor1.name() + " abducted " + orOthers(actor2);
            case SEXUAL_VIOLENCE -> actor1.name() + " sexually assaulted " + orOthers(actor2);
            case AIR_DRONE_STRIKE -> actor1.name() + " carried out an air or drone strike" + against(actor2);
            case SUICIDE_BOMB -> actor1.name() + " carried out a suicide bombing" + against(actor2);
            case SHELLING -> actor1.name() + " shelled" + against(actor2);
            case REMOTE_EXPLOSIVE -> actor1.name() + " used an explosive device" + against(actor2);
            case GRENADE -> actor1.name() + " threw a grenade" + against(actor2);
            case CHEMICAL_WEAPON -> actor1.name() + " used a chemical weapon" + against(actor2);
            case PEACEFUL_PROTEST -> actor1.name() + " demonstrated peacefully";
            case PROTEST_WITH_INTERVENTION -> actor1.name() + " demonstrated and " + orOthers(actor2) + " intervened";
            case EXCESSIVE_FORCE -> orOthers(actor2) + " used force against " + actor1.name();
            case VIOLENT_DEMONSTRATION -> actor1.name() + " demonstrated violently" + against(actor2);
            case MOB_VIOLENCE -> "a mob attacked " + orOthers(actor2);
            case AGREEMENT -> actor1.name() + " signed an agreement";
            case ARRESTS -> actor1.name() + " arrested " + orOthers(actor2);
            case LOOTING -> actor1.name() + " looted or destroyed property" + against(actor2);
            case DISRUPTED_WEAPONS_USE -> actor1.name() + " disrupted the use of weapons";
            default -> actor1.name() + " " + sub.label().toLowerCase(Locale.ROOT) + againstWord(actor2);
        };
        String where = where(place);
        String deaths = fatalities.best() == 0 ? "" : " " + fatalities.best() + (fatalities.best() == 1 ? " fatality." : " fatalities.");
        return when + ", " + what + where + "." + deaths;
    }

    private static String where(Place place) {
        String location = place.location();
        String country = place.country();
        if (location.isEmpty() || location.equals(country)) return country.isEmpty() ? "" : " in " + country;
        String preposition = location.startsWith("border") ? " near the " : " in ";
        return preposition + location + (country.isEmpty() || location.endsWith(country) ? "" : ", " + country);
    }

    private static String orOthers(Actor a) {
        return a.isNone() ? "others" : a.name();
    }

    private static String against(Actor a) {
        return a.isNone() ? "" : " against " + a.name();
    }

    private static String againstWord(Actor a) {
        return a.isNone() ? "" : " involving " + a.name();
    }
}
