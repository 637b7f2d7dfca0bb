package org.sitrep.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The places of the world Sitrep knows, offline: countries, first-level areas (regions, states,
 * provinces), second-level areas (districts, departments, counties) and towns of about 500 people
 * or more, each with a point, found by name.
 *
 * <p>The data are GeoNames' (CC BY 4.0) and the countries-states-cities database's (ODbL 1.0),
 * packed into the jar at build time (see ATTRIBUTION.txt), plus the user's own files named by
 * {@link GazetteerConfig}.
 */
public final class Gazetteer implements AutoCloseable {

    /** The attribution that exports of coordinates from this gazetteer must carry. */
    public static final String ATTRIBUTION = "Places: GeoNames (https://www.geonames.org), CC BY 4.0; "
            + "countries-states-cities database (https://github.com/dr5hn/countries-states-cities-database), ODbL 1.0";

    private static final Comparator<GazetteerEntry> BEST_FIRST = Comparator
            .comparingLong(GazetteerEntry::population).reversed()
            .thenComparing(GazetteerEntry::level)
            .thenComparing(GazetteerEntry::name)
            .thenComparingLong(GazetteerEntry::geonameid);

    private static volatile Gazetteer shared;

    private final List<GazetteerEntry> entries;
    private final Map<String, int[]> byKey;
    private final Map<String, int[]> byAlternateKey;
    private final Map<String, GazetteerEntry> countries = new HashMap<>();
    private final Map<String, GazetteerEntry> regions = new HashMap<>();
    private final Map<Long, GazetteerEntry> byId = new HashMap<>();

    private Gazetteer(List<GazetteerData.NamedPlace> places) {
        List<GazetteerData.NamedPlace> sorted = new ArrayList<>(places);
        sorted.sort(Comparator.comparing(GazetteerData.NamedPlace::entry, BEST_FIRST));
        entries = sorted.stream().map(GazetteerData.NamedPlace::entry).toList();
        Map<String, List<Integer>> keys = new HashMap<>();
        Map<String, List<Integer>> alternateKeys = new HashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            GazetteerData.NamedPlace place = sorted.get(i);
            GazetteerEntry entry = place.entry();
            for (String key : place.keys()) {
                keys.computeIfAbsent(key, k -> new ArrayList<>(1)).add(i);
            }
            for (String key : place.alternateKeys()) {
                alternateKeys.computeIfAbsent(key, k -> new ArrayList<>(1)).add(i);
            }
            if (entry.level() == PlaceLevel.COUNTRY) {
                countries.putIfAbsent(entry.countryCode(), entry);
            }
            if (entry.level() == PlaceLevel.ADMIN1) {
                for (String key : place.keys()) {
                    regions.putIfAbsent(entry.countryCode() + "|" + key, entry);
                }
            }
            if (entry.geonameid() > 0) {
                byId.putIfAbsent(entry.geonameid(), entry);
            }
        }
        byKey = toArrays(keys);
        byAlternateKey = toArrays(alternateKeys);
    }

    private static Map<String, int[]> toArrays(Map<String, List<Integer>> lists) {
        Map<String, int[]> arrays = new HashMap<>(lists.size() * 4 / 3 + 1);
        lists.forEach((key, list) -> arrays.put(key, list.stream().mapToInt(Integer::intValue).toArray()));
        return arrays;
    }

    /**
     * Opens the gazetteer of this configuration: the bundled data plus the configuration's extra
     * files.
     *
     * @throws IllegalArgumentException naming the file and line when an extra file is not well formed
     */
    public static Gazetteer open(GazetteerConfig config) {
        return new Gazetteer(GazetteerData.read(config.geonamesFiles(), config.csvFiles()));
    }

    /** Returns the gazetteer of {@link GazetteerConfig#load()}, opened on first use and shared by the whole JVM. */
    public static Gazetteer shared() {
        Gazetteer local = shared;
        if (local == null) {
            synchronized (Gazetteer.class) {
                local = shared;
                if (local == null) {
                    local = open(GazetteerConfig.load());
                    shared = local;
                }
            }
        }
        return local;
    }

    /**
     * Returns the places with this name, best first, at most {@code limit}. Names are compared
     * without case, accents, spaces, hyphens and apostrophes ("St." and "Saint" alike). Places
     * whose own name matches come before those matched by an alternate name (often another
     * language's name of a larger town); within each, larger population first, and an area before
     * a town of the same population. A name with a word like Region, State or Province also finds
     * the areas of the name without it ("Tahoua region", "Borno State").
     */
    public List<GazetteerEntry> lookup(String name, int limit) {
        if (name == null || limit <= 0) {
            return List.of();
        }
        String key = key(name);
        if (key.isEmpty()) {
            return List.of();
        }
        Set<Integer> found = new LinkedHashSet<>();
        addAll(found, byKey.get(key), limit, false);
        addAll(found, byAlternateKey.get(key), limit, false);
        String areaKey = areaKey(name);
        if (!areaKey.equals(key)) {
            addAll(found, byKey.get(areaKey), limit, true);
            addAll(found, byAlternateKey.get(areaKey), limit, true);
        }
        List<GazetteerEntry> result = new ArrayList<>(found.size());
        for (int i : found) {
            result.add(entries.get(i));
        }
        return result;
    }

    private void addAll(Set<Integer> found, int[] indexes, int limit, boolean areasOnly) {
        if (indexes == null) {
            return;
        }
        for (int i : indexes) {
            if (found.size() >= limit) {
                return;
            }
            PlaceLevel level = entries.get(i).level();
            if (!areasOnly || level == PlaceLevel.ADMIN1 || level == PlaceLevel.ADMIN2) {
                found.add(i);
            }
        }
    }

    /** Returns the country of this ISO 3166-1 alpha-2 code (any case), with its centroid. */
    public Optional<GazetteerEntry> country(String iso2) {
        return iso2 == null ? Optional.empty() : Optional.ofNullable(countries.get(iso2.toUpperCase(java.util.Locale.ROOT)));
    }

    /**
     * Returns the first-level area of this country with this name, compared as in {@link #lookup}
     * and with or without words like Region or State ("Tahoua", "Tahoua Region", "Borno State").
     */
    public Optional<GazetteerEntry> admin1(String iso2, String admin1Name) {
        if (iso2 == null || admin1Name == null) {
            return Optional.empty();
        }
        String country = iso2.toUpperCase(java.util.Locale.ROOT) + "|";
        GazetteerEntry entry = regions.get(country + key(admin1Name));
        if (entry == null) {
            entry = regions.get(country + areaKey(admin1Name));
        }
        return Optional.ofNullable(entry);
    }

    /** Returns the place of this GeoNames id (towns and the user's GeoNames lines; areas have none). */
    public Optional<GazetteerEntry> byId(long geonameid) {
        return Optional.ofNullable(byId.get(geonameid));
    }

    /** The number of places. */
    public int size() {
        return entries.size();
    }

    @Override
    public void close() {
    }

    /** The key under which names are compared: {@link NameKey#of}, with "St"/"Ste" read as "Saint"/"Sainte". */
    static String key(String name) {
        StringBuilder key = new StringBuilder(name.length());
        for (String word : NameKey.words(name)) {
            key.append(saint(word));
        }
        return key.toString();
    }

    /** {@link #key} of an area's name without words like Region or State ({@link NameKey#ofAreaName}). */
    static String areaKey(String name) {
        List<String> words = NameKey.words(name);
        StringBuilder joined = new StringBuilder(name.length());
        for (String word : words) {
            joined.append(saint(word)).append(' ');
        }
        return NameKey.ofAreaName(joined.toString());
    }

    private static String saint(String word) {
        return switch (word) {
            case "st" -> "saint";
            case "ste" -> "sainte";
            default -> word;
        };
    }
}
