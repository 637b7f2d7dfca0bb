package org.sitrep.geo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BinaryOperator;

/**
 * Reads a user's own places from a small CSV file (UTF-8, comma-separated, fields with commas in
 * double quotes):
 * <pre>
 * name,latitude,longitude,country_code,admin1,admin2,population
 * Inates,15.2167,1.3667,NE,Tillabéri,Ayorou,
 * </pre>
 * name, latitude and longitude (WGS84 degrees) and country_code (ISO 3166-1 alpha-2) are required;
 * admin1, admin2 and population may be empty. Each line becomes a populated place
 * ({@link PlaceLevel#PLACE}, feature code PPL) with geonameid 0, whose source is the file's name.
 */
final class PlacesCsv {

    static final String HEADER = "name,latitude,longitude,country_code,admin1,admin2,population";
    private static final int COLUMNS = 7;

    private PlacesCsv() {
    }

    /**
     * Reads the places of a CSV file.
     *
     * @param admin1Name gives the gazetteer's spelling of a region's name in a country, or the name as given
     * @throws IllegalArgumentException "places.csv:3: latitude is not a number: ..." for the first bad line
     */
    static List<GazetteerData.NamedPlace> read(Path file, Countries countries, BinaryOperator<String> admin1Name) {
        List<String> lines = UserFile.lines(file);
        String source = file.getFileName().toString();
        List<GazetteerData.NamedPlace> places = new ArrayList<>();
        boolean header = true;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (header) {
                String first = line.replace("\uFEFF", "").replace(" ", "").strip();
                if (!first.equalsIgnoreCase(HEADER)) {
                    throw new IllegalArgumentException(file + ":" + (i + 1) + ": the first line must be the header "
                            + HEADER);
                }
                header = false;
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            try {
                places.add(place(fields(line), source, countries, admin1Name));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        if (header) {
            throw new IllegalArgumentException(file + ":1: the file is empty; its first line must be the header "
                    + HEADER);
        }
        return places;
    }

    private static GazetteerData.NamedPlace place(List<String> fields, String source, Countries countries,
                                                  BinaryOperator<String> admin1Name) {
        if (fields.size() != COLUMNS) {
            throw new IllegalArgumentException("expected " + COLUMNS + " columns (" + HEADER + "), found " + fields.size());
        }
        String name = fields.get(0);
        if (name.isEmpty() || Gazetteer.key(name).isEmpty()) {
            throw new IllegalArgumentException("name is empty");
        }
        double latitude = GeoNamesFile.degrees(fields.get(1), "latitude", 90);
        double longitude = GeoNamesFile.degrees(fields.get(2), "longitude", 180);
        String iso2 = fields.get(3).toUpperCase(Locale.ROOT);
        if (countries.byIso2(iso2).isEmpty()) {
            throw new IllegalArgumentException("country_code is not an ISO 3166-1 alpha-2 code: \"" + fields.get(3) + "\"");
        }
        String admin1 = fields.get(4).isEmpty() ? "" : admin1Name.apply(iso2, fields.get(4));
        long population = 0;
        if (!fields.get(6).isEmpty()) {
            try {
                population = Long.parseLong(fields.get(6));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("population is not a whole number: \"" + fields.get(6) + "\"");
            }
            if (population < 0) {
                throw new IllegalArgumentException("population is negative: " + population);
            }
        }
        Set<String> keys = new LinkedHashSet<>();
        keys.add(Gazetteer.key(name));
        return new GazetteerData.NamedPlace(new GazetteerEntry(0, name, latitude, longitude, PlaceLevel.PLACE, "PPL",
                iso2, admin1, fields.get(5), population, source), keys, Set.of());
    }

    /** The fields of a CSV line, stripped; a field in double quotes may hold commas and doubled quotes. */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString().strip());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("a quoted field is not closed");
        }
        fields.add(field.toString().strip());
        return fields;
    }
}
