package org.sitrep.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Reads GeoNames' tab-separated files (cities500.txt, a country dump such as NE.txt): one feature
 * a line, 19 columns (geonameid, name, ASCII name, alternate names, latitude, longitude, feature
 * class, feature code, country code, cc2, admin1-4 codes, population, elevation, dem, time zone,
 * modification date).
 *
 * <p>A feature is found under the keys of its name and ASCII name, and, as other names, of its
 * alternate names written in Latin letters with a capital letter (the all-lower-case ones are
 * machine transliterations), without digits, that are not airport codes (three or four capitals)
 * and have at least three letters.
 */
final class GeoNamesFile {

    static final int COLUMNS = 19;
    private static final int ID = 0, NAME = 1, ASCII_NAME = 2, ALTERNATE_NAMES = 3, LATITUDE = 4, LONGITUDE = 5,
            FEATURE_CLASS = 6, FEATURE_CODE = 7, COUNTRY_CODE = 8, ADMIN1 = 10, ADMIN2 = 11, POPULATION = 14;
    private static final int MIN_ALTERNATE_KEY = 3;

    private GeoNamesFile() {
    }

    /** Reads the bundled cities500.txt, in parallel slices; lines that are not well formed are skipped. */
    static List<GazetteerData.Town> readResource(InputStream in, String source) {
        String text;
        try (in) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read org/sitrep/geo/data/cities500.txt", e);
        }
        String[] lines = text.split("\n");
        return IntStream.range(0, lines.length).parallel()
                .mapToObj(i -> {
                    try {
                        return read(lines[i], source);
                    } catch (IllegalArgumentException e) {
                        return null;
                    }
                })
                .filter(town -> town != null)
                .toList();
    }

    /**
     * Reads a user's GeoNames-format file.
     *
     * @throws IllegalArgumentException "NE.txt:12: ..." when a line is not a GeoNames line, or the file cannot be read
     */
    static List<GazetteerData.Town> readFile(Path file) {
        List<String> lines = UserFile.lines(file);
        String source = file.getFileName().toString();
        List<GazetteerData.Town> towns = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            try {
                towns.add(read(line, source));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return towns;
    }

    /**
     * Reads one line.
     *
     * @throws IllegalArgumentException saying what is wrong with it
     */
    static GazetteerData.Town read(String line, String source) {
        if (line.endsWith("\r")) {
            line = line.substring(0, line.length() - 1);
        }
        String[] c = line.split("\t", -1);
        if (c.length != COLUMNS) {
            throw new IllegalArgumentException("expected " + COLUMNS + " tab-separated GeoNames columns, found " + c.length);
        }
        long id = whole(c[ID], "geonameid");
        if (c[NAME].isBlank()) {
            throw new IllegalArgumentException("the name is empty");
        }
        double latitude = degrees(c[LATITUDE], "latitude", 90);
        double longitude = degrees(c[LONGITUDE], "longitude", 180);
        String country = c[COUNTRY_CODE].strip();
        if (!country.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("country code is not two capital letters: \"" + country + "\"");
        }
        long population = c[POPULATION].isBlank() ? 0 : whole(c[POPULATION], "population");
        String admin1 = country + "." + c[ADMIN1].strip();
        String admin2 = c[ADMIN2].isBlank() ? null : admin1 + "." + c[ADMIN2].strip();
        Set<String> keys = new LinkedHashSet<>();
        keys.add(Gazetteer.key(c[NAME]));
        keys.add(Gazetteer.key(c[ASCII_NAME]));
        keys.remove("");
        Set<String> alternateKeys = new LinkedHashSet<>();
        if (!c[ALTERNATE_NAMES].isEmpty()) {
            for (String name : c[ALTERNATE_NAMES].split(",")) {
                if (isUsableAlternate(name)) {
                    String key = Gazetteer.key(name);
                    if (key.length() >= MIN_ALTERNATE_KEY && !keys.contains(key)) {
                        alternateKeys.add(key);
                    }
                }
            }
        }
        return new GazetteerData.Town(id, c[NAME].strip(), latitude, longitude, c[FEATURE_CLASS].strip(),
                c[FEATURE_CODE].strip(), country, admin1, admin2, population, keys, alternateKeys, source);
    }

    /** Whether an alternate name is kept: Latin letters, a capital, no digit, not an airport code. */
    private static boolean isUsableAlternate(String name) {
        boolean capital = false;
        boolean allCapitals = true;
        int letters = 0;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isDigit(cp)) {
                return false;
            }
            if (Character.isLetter(cp)) {
                letters++;
                if (Character.UnicodeScript.of(cp) != Character.UnicodeScript.LATIN) {
                    return false;
                }
                if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) {
                    capital = true;
                } else {
                    allCapitals = false;
                }
            }
        }
        return capital && !(allCapitals && letters <= 4);
    }

    /** Whether every letter of a name is a Latin letter. */
    static boolean isLatin(String name) {
        return name.codePoints().filter(Character::isLetter)
                .allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN);
    }

    private static long whole(String text, String what) {
        try {
            long value = Long.parseLong(text.strip());
            if (value < 0) {
                throw new IllegalArgumentException(what + " is negative: \"" + text + "\"");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " is not a whole number: \"" + text + "\"");
        }
    }

    static double degrees(String text, String what, double limit) {
        double value;
        try {
            value = Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " is not a number: \"" + text + "\"");
        }
        if (!(Math.abs(value) <= limit)) {
            throw new IllegalArgumentException(what + " is not between -" + (int) limit + " and " + (int) limit
                    + ": " + text.strip());
        }
        return value;
    }
}
