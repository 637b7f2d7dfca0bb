package org.sitrep.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which country a set of place names points to, read from the gazetteer (GeoNames towns, regions
 * and districts; countries-states-cities countries).
 *
 * <p>Each name votes for every country that has a place, district or region of that name, with
 * the weight of its best match there: a country 4, a region 3, a district 2, a town by its size
 * (a hamlet 0.75, 1,000 people 1, 100,000 people 1.5, ten million 2; a seat at least 1.5). A town or
 * district that lies in a region or district another of the names names ("Ansongo" with "Gao",
 * "Seme (Toeni, Sourou)"; a seat names its area: "Goundam" with "Timbuktu") gains 2 more. A place found only under another of its names ("Kita" is
 * Quito in Lithuanian) counts half. The country with the largest sum wins; ties go to the country
 * more of the names agree on, then to the one with more places of those names, then to the one
 * with the largest such town.
 */
public final class PlaceCountries {
    private static final int CANDIDATES = 100;
    private static final double INSIDE_BONUS = 2;
    private static final double ALTERNATE_FACTOR = 0.5;
    private static final Set<String> SEATS = Set.of("PPLC", "PPLA", "PPLA2", "PPLA3", "PPLG");

    private static volatile PlaceCountries shared;

    private final Gazetteer gazetteer;
    private final Countries countries;

    private PlaceCountries(Gazetteer gazetteer, Countries countries) {
        this.gazetteer = gazetteer;
        this.countries = countries;
    }

    /** Returns the place-country reader of the shared gazetteer, made on first use. */
    public static PlaceCountries load() {
        PlaceCountries local = shared;
        if (local == null) {
            synchronized (PlaceCountries.class) {
                local = shared;
                if (local == null) shared = local = new PlaceCountries(Gazetteer.shared(), Countries.load());
            }
        }
        return local;
    }

    /** Returns a place-country reader over {@code gazetteer}. */
    public static PlaceCountries of(Gazetteer gazetteer, Countries countries) {
        return new PlaceCountries(gazetteer, countries);
    }

    /** Returns the most likely country of these place names, or empty when none of them is known. */
    public Optional<Country> countryOf(List<String> placeNames) {
        List<CountryScore> ranked = rank(placeNames);
        return ranked.isEmpty() ? Optional.empty() : Optional.of(ranked.get(0).country());
    }

    /** Every country the names point to, best first, with its score and how many names agreed. */
    public List<CountryScore> rank(List<String> placeNames) {
        Map<String, List<GazetteerEntry>> meanings = new LinkedHashMap<>();
        for (String name : placeNames) {
            if (name == null || name.isBlank()) continue;
            String key = NameKey.of(name);
            if (key.isEmpty() || meanings.containsKey(key)) continue;
            List<GazetteerEntry> entries = gazetteer.lookup(name, CANDIDATES);
            if (!entries.isEmpty()) meanings.put(key, entries);
        }
        // the regions and districts each name can mean, to see which places the others put inside
        List<Set<String>> areas = new ArrayList<>();
        for (List<GazetteerEntry> entries : meanings.values()) {
            Set<String> named = new HashSet<>();
            for (GazetteerEntry e : entries) {
                if (e.level() == PlaceLevel.ADMIN1 || e.level() == PlaceLevel.ADMIN2) {
                    named.add(e.countryCode() + "|" + NameKey.of(e.name()));
                }
                // a seat lends its names to its area: "Timbuktu" names the region of Tombouctou
                if (e.featureCode().equals("PPLA") && !e.admin1().isEmpty()) named.add(e.countryCode() + "|" + NameKey.of(e.admin1()));
                if (e.featureCode().equals("PPLA2") && !e.admin2().isEmpty()) named.add(e.countryCode() + "|" + NameKey.of(e.admin2()));
            }
            areas.add(named);
        }
        Map<String, double[]> byCountry = new LinkedHashMap<>(); // score, names agreeing, places, largest town
        int n = 0;
        for (Map.Entry<String, List<GazetteerEntry>> meaning : meanings.entrySet()) {
            Map<String, Double> best = new HashMap<>();
            for (GazetteerEntry e : meaning.getValue()) {
                double weight = weight(e);
                if (!ownName(meaning.getKey(), e)) weight *= ALTERNATE_FACTOR;
                if (liesInAnotherName(e, n, areas)) weight += INSIDE_BONUS;
                best.merge(e.countryCode(), weight, Math::max);
                double[] c = byCountry.computeIfAbsent(e.countryCode(), k -> new double[4]);
                c[2]++;
                if (e.level() == PlaceLevel.PLACE) c[3] = Math.max(c[3], e.population());
            }
            best.forEach((iso2, weight) -> {
                double[] c = byCountry.get(iso2);
                c[0] += weight;
                c[1]++;
            });
            n++;
        }
        List<Map.Entry<String, double[]>> ordered = new ArrayList<>(byCountry.entrySet());
        ordered.sort(Comparator.<Map.Entry<String, double[]>>comparingDouble(x -> -x.getValue()[0])
                .thenComparingDouble(x -> -x.getValue()[1])
                .thenComparingDouble(x -> -x.getValue()[2])
                .thenComparingDouble(x -> -x.getValue()[3]));
        List<CountryScore> ranked = new ArrayList<>();
        for (Map.Entry<String, double[]> x : ordered) {
            countries.byIso2(x.getKey()).ifPresent(c -> ranked.add(new CountryScore(c, x.getValue()[0], (int) x.getValue()[1])));
        }
        return ranked;
    }

    /** All candidate countries for one name, best first. */
    public List<Country> candidates(String placeName) {
        Set<String> codes = new LinkedHashSet<>();
        for (GazetteerEntry e : gazetteer.lookup(placeName, CANDIDATES)) codes.add(e.countryCode());
        List<Country> found = new ArrayList<>();
        for (String code : codes) countries.byIso2(code).ifPresent(found::add);
        return found;
    }

    private static double weight(GazetteerEntry e) {
        return switch (e.level()) {
            case COUNTRY -> 4;
            case ADMIN1 -> 3;
            case ADMIN2 -> 2;
            case PLACE -> {
                double size = e.population() <= 0 ? 1 : Math.max(0.75, Math.min(2, 1 + 0.25 * (Math.log10(e.population()) - 3)));
                yield SEATS.contains(e.featureCode()) ? Math.max(1.5, size) : size;
            }
        };
    }

    /** Whether the place's own name (or, for an area, its name without "Region" and the like) is the one looked up. */
    private static boolean ownName(String key, GazetteerEntry e) {
        return NameKey.of(e.name()).equals(key) || NameKey.ofAreaName(e.name()).equals(key)
                || e.level() != PlaceLevel.PLACE; // areas are found under their own names and their seat's
    }

    private static boolean liesInAnotherName(GazetteerEntry e, int self, List<Set<String>> areas) {
        if (e.level() == PlaceLevel.COUNTRY || e.level() == PlaceLevel.ADMIN1) return false;
        String region = e.countryCode() + "|" + NameKey.of(e.admin1());
        String district = e.countryCode() + "|" + NameKey.of(e.admin2());
        for (int other = 0; other < areas.size(); other++) {
            if (other == self) continue;
            Set<String> named = areas.get(other);
            if (named.contains(region) || e.level() == PlaceLevel.PLACE && named.contains(district)) return true;
        }
        return false;
    }
}
