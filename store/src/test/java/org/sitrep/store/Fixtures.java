package org.sitrep.store;

import org.sitrep.model.Actor;
import org.sitrep.model.ActorType;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.Evidence;
import org.sitrep.model.Fatalities;
import org.sitrep.model.GeoPrecision;
import org.sitrep.model.Place;
import org.sitrep.model.SubEventType;
import org.sitrep.model.TimePrecision;

import java.time.LocalDate;
import java.util.List;

/** The seed article and the events a reader codes from it, built by hand. */
final class Fixtures {
    static final String BODY = "At least 29 soldiers have been killed in Niger in the deadliest attack since the army"
            + " staged a coup in July.\n\nThe soldiers were killed by hundreds of jihadists using \u201cimprovised"
            + " explosive devices and kamikaze vehicles\u201d, the defence ministry said.";

    private Fixtures() {
    }

    static Article article(String url) {
        return new Article("niger-tahoua", url, "Niger: 29 soldiers killed", LocalDate.of(2024, 7, 13), "en",
                "Example News", BODY);
    }

    /** The Tahoua attack, every field set. */
    static Event tahouaAttack() {
        Place tahoua = new Place("Niger", "NER", "Tahoua", "Tahoua Department", "", "Tahoua", 14.8888, 5.2692,
                GeoPrecision.NEAR_TOWN, 2439376L);
        return new Event("e1", "niger-tahoua", new EventDate(LocalDate.of(2024, 7, 8), TimePrecision.DAY),
                SubEventType.REMOTE_EXPLOSIVE,
                new Actor("JNIM: Group for Support of Islam and Muslims", ActorType.REBEL_GROUP, List.of("Ansaroul Islam")),
                new Actor("Military Forces of Niger", ActorType.STATE_FORCES, List.of("Police Forces of Niger", "Gendarmerie")),
                false, tahoua, new Fatalities(41, 29, 60), List.of("IED", "suicide vehicle-borne IED"),
                "On 8 July 2024, JNIM attacked soldiers near Tahoua with IEDs; 41 were killed.",
                List.of(Evidence.of("fatalities", BODY, 0, 37), Evidence.of("sub_event_type", BODY, 167, 195)),
                0.87, "en", "Example News", "https://example.org/niger");
    }

    /** An event with the place and actors not yet known: no coordinates, no actor2. */
    static Event event(String iso3, String country) {
        Place place = new Place(country, iso3, "", "", "", "", null, null, GeoPrecision.REGION, null);
        return new Event("e", "niger-tahoua", new EventDate(LocalDate.of(2024, 6, 15), TimePrecision.MONTH),
                SubEventType.PEACEFUL_PROTEST, new Actor("Protesters (Niger)", ActorType.PROTESTERS), Actor.NONE,
                false, place, Fatalities.NONE, List.of(), "", List.of(), 0.5, "en", "", "");
    }
}
