package org.sitrep.geo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The places a written name may mean: the country it names (or whose people it names), the
 * continent or region, the state an abbreviation stands for, and the gazetteer's places of that
 * name. When none has the name, the name without a qualifier ("northern Alberta", "Greater
 * Toronto") or without "City" behind it.
 */
final class CandidateLookup {

    /** How many gazetteer places of one name are weighed: enough for "Santa Ana" or "Springfield". */
    private static final int LIMIT = 40;

    private static final Pattern QUALIFIER = Pattern.compile(
            "(?i)^(?:north|south|east|west|northern|southern|eastern|western|central|upper|lower|greater|metro"
                    + "|metropolitan|downtown|rural|inner|outer|north-?east(?:ern)?|north-?west(?:ern)?"
                    + "|south-?east(?:ern)?|south-?west(?:ern)?|mid|coastal)[\\s-]+(.+)$");
    private static final Pattern CITY_BEHIND = Pattern.compile("(?i)^(.+?)\\s+city$");

    private final Gazetteer gazetteer;
    private final Countries countries;
    private final WorldRegions regions;
    private final PlaceAbbreviations abbreviations;

    CandidateLookup(Gazetteer gazetteer, Countries countries) {
        this.gazetteer = gazetteer;
        this.countries = countries;
        this.regions = WorldRegions.load();
        this.abbreviations = PlaceAbbreviations.load();
    }

    /** The name as a place name: without "the" in front, a possessive, quotes or line breaks. */
    static String clean(String written) {
        String name = written.replaceAll("\\s+", " ").strip();
        name = name.replaceAll("^[\"“”‘’'(\\[]+|[\"“”’'),;:!?\\]]+$", "");
        name = name.replaceFirst("(?i)^the\\s+", "");
        name = name.replaceFirst("['’]s$", "").replaceFirst("(?<=s)['’]$", "");
        return name.strip();
    }

    /** Returns the places {@code written} may mean, strongest readings first; empty when none. */
    List<Candidate> candidates(String written) {
        String name = clean(written);
        Map<String, Candidate> found = new LinkedHashMap<>();
        if (name.isEmpty()) {
            return List.of();
        }
        for (PlaceAbbreviations.Area area : abbreviations.areas(name)) {
            gazetteer.admin1(area.countryCode(), area.admin1())
                    .ifPresent(e -> add(found, new Candidate(e, Candidate.Reading.ABBREVIATION)));
        }
        country(name).ifPresent(c -> add(found, c));
        regions.byName(name).ifPresent(e -> add(found, new Candidate(e, Candidate.Reading.WORLD_REGION)));
        String key = Gazetteer.key(name);
        String areaKey = Gazetteer.areaKey(name);
        for (GazetteerEntry e : gazetteer.lookup(name, LIMIT)) {
            // an area's name may be written without its Region or County; a town's must be whole
            // ("Mexico" is not "Mexico City")
            // ("Mexico" is not "Mexico City"); a district's name without its County is a weaker
            // reading than a region's without its State ("Iowa" is not Iowa County, "Borno" is Borno State)
            boolean area = e.level() == PlaceLevel.ADMIN1 || e.level() == PlaceLevel.ADMIN2;
            Candidate.Reading reading;
            if (Gazetteer.key(e.name()).equals(key)) {
                reading = Candidate.Reading.NAME;
            } else if (area && Gazetteer.areaKey(e.name()).equals(areaKey)) {
                reading = e.level() == PlaceLevel.ADMIN1 || !areaKey.equals(key) ? Candidate.Reading.NAME : Candidate.Reading.PART;
            } else {
                reading = Candidate.Reading.ALTERNATE_NAME;
            }
            add(found, new Candidate(e, reading));
        }
        dropCountryOfPartName(found, key);
        dropDistrictsOfAnAreasName(found);
        if (found.isEmpty()) {
            Matcher qualified = QUALIFIER.matcher(name);
            Matcher city = CITY_BEHIND.matcher(name);
            String part = qualified.matches() ? qualified.group(1) : city.matches() ? city.group(1) : null;
            if (part != null) {
                for (Candidate c : candidates(part)) {
                    add(found, new Candidate(c.entry(), Candidate.Reading.PART));
                }
            }
        }
        return List.copyOf(found.values());
    }

    /**
     * Drops the country that a name names only as another name when a part of that country bears
     * the name as its own: "England", "Scotland", "Gaza", "West Bank" are areas of their country.
     */
    private static void dropCountryOfPartName(Map<String, Candidate> found, String key) {
        String countryIdentity = null;
        String country = null;
        for (Map.Entry<String, Candidate> e : found.entrySet()) {
            if (e.getValue().reading() == Candidate.Reading.COUNTRY_OTHER_NAME) {
                countryIdentity = e.getKey();
                country = e.getValue().entry().countryCode();
            }
        }
        if (country == null) {
            return;
        }
        for (Candidate c : found.values()) {
            GazetteerEntry e = c.entry();
            if (e.level() != PlaceLevel.COUNTRY && e.countryCode().equals(country)
                    && c.reading() == Candidate.Reading.NAME && Gazetteer.key(e.name()).equals(key)) {
                found.remove(countryIdentity);
                return;
            }
        }
    }

    /**
     * Drops the districts read from a name without their County when a country, a region or a
     * capital has that name as its own: "Texas" is not Texas County, "Washington" not Washington
     * County.
     */
    private static void dropDistrictsOfAnAreasName(Map<String, Candidate> found) {
        boolean major = false;
        for (Candidate c : found.values()) {
            GazetteerEntry e = c.entry();
            major |= c.reading() != Candidate.Reading.ALTERNATE_NAME && c.reading() != Candidate.Reading.PART
                    && (e.level() == PlaceLevel.COUNTRY || e.level() == PlaceLevel.ADMIN1 || e.featureCode().equals("PPLC"));
        }
        if (major) {
            found.values().removeIf(c -> c.reading() == Candidate.Reading.PART && c.entry().level() == PlaceLevel.ADMIN2);
        }
    }

    /** The country the whole name names, by name or demonym, singular or plural ("Syrians"). */
    private Optional<Candidate> country(String name) {
        Optional<CountryMention> mention = whole(name);
        if (mention.isEmpty() && name.length() > 3 && name.endsWith("s")) {
            mention = whole(name.substring(0, name.length() - 1)).filter(CountryMention::demonym);
        }
        return mention.flatMap(m -> gazetteer.country(m.country().iso2()).map(e -> new Candidate(e,
                m.demonym() ? Candidate.Reading.DEMONYM
                        : Gazetteer.key(m.country().name()).equals(Gazetteer.key(name))
                        ? Candidate.Reading.COUNTRY_NAME : Candidate.Reading.COUNTRY_OTHER_NAME)));
    }

    private Optional<CountryMention> whole(String name) {
        List<CountryMention> mentions = countries.find(name);
        if (mentions.size() == 1 && mentions.get(0).start() == 0 && mentions.get(0).end() == name.length()) {
            return Optional.of(mentions.get(0));
        }
        return Optional.empty();
    }

    /** Adds a candidate unless the same place is there already (the first reading found stays). */
    private static void add(Map<String, Candidate> found, Candidate candidate) {
        String identity = candidate.identity();
        if (candidate.entry().level() == PlaceLevel.COUNTRY) {
            // a country found by name and again by the gazetteer is one candidate
            String code = candidate.entry().countryCode();
            identity = "country|" + code + "|" + (code.isEmpty() ? candidate.entry().name() : "");
        }
        found.putIfAbsent(identity, candidate);
    }

    /** The abbreviations table, for readers of names written beside a place. */
    PlaceAbbreviations abbreviations() {
        return abbreviations;
    }

    Gazetteer gazetteer() {
        return gazetteer;
    }

    Countries countries() {
        return countries;
    }
}
