package org.sitrep.geo;

import org.sitrep.model.GeoPrecision;
import org.sitrep.model.Place;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Puts an event on the map: turns the place phrase chosen for it, in the country chosen for it,
 * into a gazetteer place with admin areas, coordinates and a precision (EVENT-SCHEMA.md, Places).
 * A town the gazetteer lacks is still the event's {@code location}, with the coordinates of the
 * smallest area known around it and a precision that says so.
 */
public final class PlaceResolver {
    /** Admin words that name a first-level area in most countries ("Tahoua region", "Borno State"). */
    private static final Set<String> FIRST_LEVEL = Set.of("region", "state", "division", "county", "governorate");
    private static final int CANDIDATES = 40;

    private final Gazetteer gazetteer;
    private final Countries countries;

    public PlaceResolver(Gazetteer gazetteer, Countries countries) {
        this.gazetteer = gazetteer;
        this.countries = countries;
    }

    /**
     * Returns the event's place: {@code phrase} (may be null) resolved in {@code country} (may be
     * null), with {@code hints} (other names of the event's sentences: "Toeni", "Sourou") used to
     * choose among places of one name.
     */
    public Place resolve(PlacePhrase phrase, Country country, List<String> hints) {
        if (country == null) {
            return phrase == null ? Place.UNKNOWN : unplaced(phrase.location(), "", "", phrase.kind().precision());
        }
        String iso2 = country.iso2();
        Optional<GazetteerEntry> whole = gazetteer.country(iso2);
        if (phrase == null || phrase.kind() == PlacePhrase.Kind.COUNTRY) {
            // no phrase says where: a town or area of the country that the event's sentences name
            // ("residents of Kisumu stormed a hospital")
            for (String hint : hints) {
                GazetteerEntry named = choose(iso2, hint, PlaceLevel.PLACE, hints);
                if (named != null) {
                    GeoPrecision p = named.level() == PlaceLevel.PLACE ? GeoPrecision.TOWN : GeoPrecision.REGION;
                    return place(named, country, named.name(), p);
                }
            }
            return whole.map(c -> place(c, country, country.name(), GeoPrecision.REGION))
                    .orElse(unplaced(country.name(), country.name(), country.iso3(), GeoPrecision.REGION));
        }
        String name = phrase.names().get(0);
        switch (phrase.kind()) {
            case PART_OF_COUNTRY -> {
                String direction = phrase.location().substring(0, Math.max(0, phrase.location().length() - name.length())).trim();
                Optional<GazetteerEntry> area = RegionChooser.inDirection(regions(iso2), direction);
                if (area.isPresent()) return place(area.get(), country, area.get().name(), GeoPrecision.REGION);
            }
            case BORDER -> {
                Optional<GazetteerEntry> neighbour = countries.byName(name).flatMap(n -> gazetteer.country(n.iso2()));
                Optional<GazetteerEntry> area = neighbour.flatMap(n -> RegionChooser.closestTo(regions(iso2), n));
                if (area.isPresent()) return place(area.get(), country, area.get().name(), GeoPrecision.REGION);
            }
            case REGION -> {
                String word = phrase.location().substring(phrase.location().lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
                PlaceLevel wanted = FIRST_LEVEL.contains(word) ? PlaceLevel.ADMIN1 : PlaceLevel.ADMIN2;
                GazetteerEntry area = choose(iso2, name, wanted, hints);
                if (area != null) return place(area, country, area.name(), GeoPrecision.REGION);
                Place around = smallestAround(phrase, country, hints, phrase.location());
                if (around != null) return around;
            }
            case TOWN, NEAR_TOWN -> {
                GazetteerEntry town = choose(iso2, name, PlaceLevel.PLACE, hints);
                if (town != null && town.level() == PlaceLevel.PLACE) {
                    return place(town, country, town.name(), phrase.kind().precision());
                }
                Place around = smallestAround(phrase, country, hints, name);
                if (around != null) return around;
                if (town != null) return place(town, country, name, GeoPrecision.REGION);
            }
            default -> {
            }
        }
        String location = phrase.kind() == PlacePhrase.Kind.TOWN || phrase.kind() == PlacePhrase.Kind.NEAR_TOWN
                ? phrase.location() : whole.map(GazetteerEntry::name).orElse(country.name());
        return whole.map(c -> place(c, country, location, GeoPrecision.REGION))
                .orElse(unplaced(location, country.name(), country.iso3(), GeoPrecision.REGION));
    }

    /**
     * An unknown village or commune, coded to the smallest area its words or its sentences name
     * ("Seme (Toeni, Sourou)", "Debere commune (Douentza, Mopti)"); null when none is known.
     */
    private Place smallestAround(PlacePhrase phrase, Country country, List<String> hints, String location) {
        List<String> around = new ArrayList<>(phrase.names().subList(1, phrase.names().size()));
        around.addAll(hints);
        for (String other : around) {
            GazetteerEntry area = choose(country.iso2(), other, PlaceLevel.ADMIN2, hints);
            if (area != null) {
                GeoPrecision p = area.level() == PlaceLevel.PLACE || area.level() == PlaceLevel.ADMIN2
                        ? GeoPrecision.NEAR_TOWN : GeoPrecision.REGION;
                return place(area, country, location, p);
            }
        }
        return null;
    }

    /** Returns the place as the words give it, without the gazetteer: the phrase, the country and the phrase's precision. */
    public static Place fromWords(PlacePhrase phrase, Country country) {
        String location = phrase != null ? phrase.location() : country != null ? country.name() : "";
        GeoPrecision precision = phrase != null ? phrase.kind().precision() : GeoPrecision.REGION;
        return unplaced(location, country == null ? "" : country.name(), country == null ? "" : country.iso3(), precision);
    }

    /**
     * The place of {@code name} in country {@code iso2}: one that lies in an area the other names
     * of the event name, then one of the wanted level, then the gazetteer's order (population).
     */
    private GazetteerEntry choose(String iso2, String name, PlaceLevel wanted, List<String> hints) {
        GazetteerEntry best = null;
        int bestScore = -1;
        String own = key(name);
        for (GazetteerEntry e : gazetteer.lookup(name, CANDIDATES)) {
            if (!e.countryCode().equalsIgnoreCase(iso2) || e.level() == PlaceLevel.COUNTRY) continue;
            int score = 0;
            if (named(hints, own, e.admin1()) || named(hints, own, e.admin2())) score += 2;
            if (e.level() == wanted) score += 1;
            if (score > bestScore) {
                best = e;
                bestScore = score;
            }
        }
        return best;
    }

    /** Whether one of {@code hints} (other than the name looked up) names this area. */
    private static boolean named(List<String> hints, String own, String area) {
        if (area.isEmpty()) return false;
        String areaKey = key(area);
        for (String h : hints) {
            String k = key(h);
            if (!k.equals(own) && k.equals(areaKey)) return true;
        }
        return false;
    }

    /** Folded names, kept: the same few thousand area and place names come back for every event. */
    private static final java.util.Map<String, String> KEYS = new java.util.concurrent.ConcurrentHashMap<>();

    private static String key(String name) {
        if (KEYS.size() > 200_000) KEYS.clear();
        return KEYS.computeIfAbsent(name, NameKey::of);
    }

    /** The first-level areas of a country, without its capital district: no vague phrase means a city. */
    private List<GazetteerEntry> regions(String iso2) {
        return regions.computeIfAbsent(iso2, this::regionsWithoutCapital);
    }

    private final java.util.Map<String, List<GazetteerEntry>> regions = new java.util.concurrent.ConcurrentHashMap<>();

    private List<GazetteerEntry> regionsWithoutCapital(String iso2) {
        List<GazetteerEntry> regions = new ArrayList<>(gazetteer.admin1s(iso2));
        regions.removeIf(r -> gazetteer.lookup(r.name(), 5).stream()
                .anyMatch(e -> e.countryCode().equalsIgnoreCase(iso2) && e.featureCode().equals("PPLC")));
        return List.copyOf(regions);
    }

    private static Place place(GazetteerEntry e, Country country, String location, GeoPrecision precision) {
        String admin1 = e.level() == PlaceLevel.COUNTRY ? "" : bare(e.admin1());
        String admin2 = e.level() == PlaceLevel.COUNTRY || e.level() == PlaceLevel.ADMIN1 ? "" : bare(e.admin2());
        if (e.level() == PlaceLevel.ADMIN1 || e.level() == PlaceLevel.ADMIN2) location = bare(location);
        return new Place(country.name(), country.iso3(), admin1, admin2, "", location, round4(e.latitude()),
                round4(e.longitude()), precision, e.geonameid() > 0 ? e.geonameid() : null);
    }

    /** An area's name as ACLED writes it, without the word for its kind: "Tillabéri Region" → "Tillabéri". */
    static String bare(String areaName) {
        return AREA_WORD.matcher(areaName).replaceAll("").trim();
    }

    private static final java.util.regex.Pattern AREA_WORD = java.util.regex.Pattern.compile(
            "(?i)^(?:province|region|department|prefecture|district|state) (?:of |de la |du |de l'|des |de )?"
                    + "|\\s+(?:region|state|province|department|prefecture|division|county|governorate|district|regency)$");

    private static Place unplaced(String location, String country, String iso3, GeoPrecision precision) {
        return new Place(country, iso3, "", "", "", location, null, null, precision, null);
    }

    private static double round4(double v) {
        return Math.round(v * 10000.0) / 10000.0;
    }
}
