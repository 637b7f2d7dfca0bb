package org.sitrep.cli;

import org.sitrep.model.Actor;
import org.sitrep.model.ActorType;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.Fatalities;
import org.sitrep.model.GeoPrecision;
import org.sitrep.model.Place;
import org.sitrep.model.SubEventType;
import org.sitrep.model.TimePrecision;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * Made-up events for load tests: plausible spreads of countries, regions, dates (2019-2026), types,
 * actors and fatalities, the same for the same seed. Never real data.
 */
final class GeneratedEvents {
    /** A country with a rough centre and some first-level regions. */
    record Area(String country, String iso3, double lat, double lon, List<String> admin1s) {
    }

    static final List<Area> AREAS = List.of(
            new Area("Niger", "NER", 14.5, 6.0, List.of("Tillaberi", "Tahoua", "Diffa", "Maradi", "Agadez")),
            new Area("Mali", "MLI", 15.0, -3.0, List.of("Mopti", "Gao", "Timbuktu", "Segou", "Kidal")),
            new Area("Burkina Faso", "BFA", 12.5, -1.5, List.of("Sahel", "Est", "Nord", "Centre-Nord", "Boucle du Mouhoun")),
            new Area("Nigeria", "NGA", 10.0, 8.0, List.of("Borno", "Zamfara", "Kaduna", "Benue", "Plateau")),
            new Area("Chad", "TCD", 13.0, 18.0, List.of("Lac", "Ouaddai", "Logone Oriental")),
            new Area("Sudan", "SDN", 14.0, 30.0, List.of("Khartoum", "North Darfur", "South Kordofan", "Gezira")),
            new Area("Somalia", "SOM", 4.0, 45.0, List.of("Banadir", "Lower Shabelle", "Bay", "Hiraan")),
            new Area("Democratic Republic of Congo", "COD", -1.5, 28.5, List.of("North Kivu", "South Kivu", "Ituri")),
            new Area("Ethiopia", "ETH", 9.0, 39.0, List.of("Amhara", "Oromia", "Tigray")),
            new Area("Cameroon", "CMR", 6.0, 12.0, List.of("Far North", "Northwest", "Southwest")),
            new Area("Ukraine", "UKR", 48.5, 35.0, List.of("Donetsk", "Kharkiv", "Zaporizhia", "Kherson")),
            new Area("Myanmar", "MMR", 20.0, 96.0, List.of("Sagaing", "Magway", "Shan", "Rakhine")),
            new Area("Syria", "SYR", 35.0, 38.0, List.of("Idleb", "Aleppo", "Deir ez Zor")),
            new Area("Yemen", "YEM", 15.5, 45.0, List.of("Taizz", "Marib", "Al Hudaydah")),
            new Area("Mexico", "MEX", 22.0, -101.0, List.of("Guerrero", "Michoacan", "Jalisco", "Sinaloa")));

    private static final List<String[]> ACTORS = List.of(
            new String[] {"JNIM: Group for Support of Islam and Muslims", "2"},
            new String[] {"Islamic State (Sahel)", "2"},
            new String[] {"Unidentified Armed Group", "3"},
            new String[] {"Al Shabaab", "2"},
            new String[] {"Rapid Support Forces", "2"},
            new String[] {"Fulani Ethnic Militia", "4"},
            new String[] {"Protesters", "6"},
            new String[] {"Rioters", "5"});

    private static final List<String> WORDS = List.of("ambush", "convoy", "village", "market", "checkpoint", "camp",
            "patrol", "mosque", "school", "road", "drone", "mine");

    private final Random random;

    GeneratedEvents(long seed) {
        random = new Random(seed);
    }

    /** The article generated events are stored under. */
    static Article article(int batch) {
        return new Article("generated-" + batch, "generated:" + batch, "Generated events " + batch, null, "en",
                "Sitrep load test", "Made-up events for a load test, batch " + batch + ".");
    }

    Event next() {
        Area area = AREAS.get(random.nextInt(AREAS.size()));
        String admin1 = area.admin1s().get(random.nextInt(area.admin1s().size()));
        double lat = area.lat() + random.nextGaussian() * 1.5;
        double lon = area.lon() + random.nextGaussian() * 1.5;
        Place place = new Place(area.country(), area.iso3(), admin1, "", "", admin1 + " village " + random.nextInt(500),
                Math.max(-90, Math.min(90, lat)), Math.max(-180, Math.min(180, lon)), GeoPrecision.values()[random.nextInt(3)], null);
        SubEventType type = SubEventType.values()[random.nextInt(SubEventType.values().length)];
        String[] a1 = ACTORS.get(random.nextInt(ACTORS.size()));
        Actor actor1 = new Actor(a1[0], ActorType.fromCode(Integer.parseInt(a1[1])));
        Actor actor2 = random.nextBoolean() ? new Actor("Military Forces of " + area.country(), ActorType.STATE_FORCES)
                : new Actor("Civilians (" + area.country() + ")", ActorType.CIVILIANS);
        int fatalities = random.nextInt(3) == 0 ? 0 : (int) Math.min(500, Math.round(Math.exp(random.nextDouble() * 5)));
        LocalDate date = LocalDate.of(2019, 1, 1).plusDays(random.nextInt(8 * 365));
        String word = WORDS.get(random.nextInt(WORDS.size()));
        String notes = "On " + date + ", " + actor1.name() + " attacked a " + word + " near " + place.location() + " ("
                + admin1 + ", " + area.country() + "). " + fatalities + " fatalities.";
        return new Event("X", "", new EventDate(date, TimePrecision.DAY), type, actor1, actor2, false, place,
                new Fatalities(fatalities, fatalities, fatalities), List.of(), notes, List.of(), 0.5, "en",
                "Sitrep load test", "");
    }
}
