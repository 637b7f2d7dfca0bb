package org.sitrep.server;

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
import org.sitrep.store.EventStore;

import java.time.LocalDate;
import java.util.List;

/**
 * Five events in four countries, coded by hand from six short reports; the Tahoua attack is
 * reported twice, so the store merges it into one event with two sources. Stored in this order,
 * they get the ids below.
 *
 * <pre>
 * NER-000001  2024-07-08  Explosions/Remote violence  Tahoua      41 killed  JNIM vs Military Forces of Niger
 * NER-000002  2024-06-10  Battles (Armed clash)       Tillaberi   20 killed  Islamic State (Sahel) vs Military Forces of Niger
 * MLI-000001  2024-07-01  Battles (Armed clash)       Mopti       12 killed  Military Forces of Mali, Wagner Group vs JNIM
 * KEN-000001  2024-06-25  Protests                    Nairobi      0 killed  Protesters (Kenya)
 * NGA-000001  2024-05-20  Violence against civilians  Borno        7 killed  Boko Haram vs Civilians (Nigeria)
 * </pre>
 */
final class Fixtures {
    static final String TAHOUA = "NER-000001";
    static final String TERA = "NER-000002";
    static final String DJENNE = "MLI-000001";
    static final String NAIROBI = "KEN-000001";
    static final String GWOZA = "NGA-000001";

    static final String TAHOUA_BODY = "At least 29 soldiers have been killed in Niger in the deadliest attack since"
            + " the army staged a coup in July.\n\nThe soldiers were killed by hundreds of jihadists using"
            + " \u201cimprovised explosive devices and kamikaze vehicles\u201d, the defence ministry said.";

    private Fixtures() {
    }

    /** One article and the events coded from it. */
    record Report(Article article, List<Event> events) {
    }

    /** Stores every report, in the order that gives the ids above, and returns what the store did. */
    static List<EventStore.Report> fill(EventStore store) {
        return reports().stream().map(r -> store.addReport(r.article(), r.events())).toList();
    }

    static List<Report> reports() {
        return List.of(
                new Report(article("niger-tahoua", "Niger: 29 soldiers killed", "2024-07-13", TAHOUA_BODY), List.of(tahoua(TAHOUA_BODY))),
                report("niger-tera", "2024-06-11", "Niger", "NER", "Tillaberi", "Tera", 14.0078, 0.7531,
                        "2024-06-10", SubEventType.ARMED_CLASH,
                        new Actor("Islamic State (Sahel)", ActorType.REBEL_GROUP),
                        new Actor("Military Forces of Niger", ActorType.STATE_FORCES), false, 20,
                        "Twenty people were killed when Islamic State fighters clashed with the army near Tera."),
                report("mali-djenne", "2024-07-02", "Mali", "MLI", "Mopti", "Djenne", 13.9061, -4.5533,
                        "2024-07-01", SubEventType.ARMED_CLASH,
                        new Actor("Military Forces of Mali", ActorType.STATE_FORCES, List.of("Wagner Group")),
                        new Actor("JNIM: Group for Support of Islam and Muslims", ActorType.REBEL_GROUP), false, 12,
                        "Malian soldiers and Wagner fighters clashed with JNIM near Djenne, leaving twelve dead."),
                report("kenya-nairobi", "2024-06-26", "Kenya", "KEN", "Nairobi", "Nairobi", -1.2864, 36.8172,
                        "2024-06-25", SubEventType.PEACEFUL_PROTEST, new Actor("Protesters (Kenya)", ActorType.PROTESTERS),
                        Actor.NONE, false, 0, "Thousands marched in Nairobi against the Finance Bill."),
                report("nigeria-gwoza", "2024-05-21", "Nigeria", "NGA", "Borno", "Gwoza", 11.0833, 13.6953,
                        "2024-05-20", SubEventType.ATTACK,
                        new Actor("Boko Haram - Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad", ActorType.REBEL_GROUP),
                        new Actor("Civilians (Nigeria)", ActorType.CIVILIANS), true, 7,
                        "Boko Haram fighters killed seven villagers in Gwoza."),
                // The Tahoua attack again, from another outlet: one more source of NER-000001.
                new Report(article("niger-tahoua-2", "Deadly attack in Tahoua", "2024-07-14", TAHOUA_BODY + "\n\nUpdated."),
                        List.of(tahoua(TAHOUA_BODY + "\n\nUpdated."))));
    }

    /** The Tahoua attack as a reader codes it from {@code body}, every field set. */
    static Event tahoua(String body) {
        Place tahoua = new Place("Niger", "NER", "Tahoua", "Tahoua Department", "", "Tahoua", 14.8888, 5.2692,
                GeoPrecision.NEAR_TOWN, 2439376L);
        return new Event("e1", "", new EventDate(LocalDate.of(2024, 7, 8), TimePrecision.DAY),
                SubEventType.REMOTE_EXPLOSIVE,
                new Actor("JNIM: Group for Support of Islam and Muslims", ActorType.REBEL_GROUP, List.of("Ansaroul Islam")),
                new Actor("Military Forces of Niger", ActorType.STATE_FORCES), false, tahoua, new Fatalities(41, 29, 60),
                List.of("IED", "suicide vehicle-borne IED"),
                "On 8 July 2024, JNIM attacked soldiers near Tahoua with IEDs; 41 were killed.",
                List.of(Evidence.of("fatalities", body, 0, 37), Evidence.of("sub_event_type", body, 167, 195)),
                0.87, "en", "Example News", "");
    }

    private static Report report(String id, String published, String country, String iso3, String admin1,
                                 String location, double lat, double lon, String date, SubEventType type,
                                 Actor actor1, Actor actor2, boolean civilians, int killed, String sentence) {
        Place place = new Place(country, iso3, admin1, "", "", location, lat, lon, GeoPrecision.TOWN, null);
        Event event = new Event("e1", "", new EventDate(LocalDate.parse(date), TimePrecision.DAY), type, actor1, actor2,
                civilians, place, Fatalities.exactly(killed), List.of(), sentence,
                List.of(Evidence.of("event_type", sentence, 0, sentence.length())), 0.8, "en", "Example News", "");
        return new Report(article(id, sentence.substring(0, 20), published, sentence), List.of(event));
    }

    private static Article article(String id, String title, String published, String body) {
        return new Article(id, "https://example.org/" + id, title, LocalDate.parse(published), "en", "Example News", body);
    }
}
