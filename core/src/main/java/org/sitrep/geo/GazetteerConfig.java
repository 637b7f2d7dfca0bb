package org.sitrep.geo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Where the gazetteer keeps its index, and which files of the user's own places it adds to the
 * bundled data.
 *
 * <p>{@link #load()} reads {@code ~/.sitrep/config.properties}; a system property of the same name
 * with {@code sitrep.} in front overrides each key:
 * <pre>
 * gazetteer.cache    = /path/to/cache                  # default ~/.sitrep/gazetteer
 * gazetteer.geonames = /data/NE.txt, /data/ML.txt      # GeoNames-format files (19 tab-separated columns)
 * gazetteer.csv      = /data/places.csv                # name,latitude,longitude,country_code,admin1,admin2,population
 * </pre>
 * Lists are comma-separated; a leading {@code ~} stands for the home directory.
 */
public final class GazetteerConfig {

    static final String CACHE = "gazetteer.cache";
    static final String GEONAMES = "gazetteer.geonames";
    static final String CSV = "gazetteer.csv";

    private final Path cacheDir;
    private final List<Path> geonamesFiles;
    private final List<Path> csvFiles;

    private GazetteerConfig(Path cacheDir, List<Path> geonamesFiles, List<Path> csvFiles) {
        if (cacheDir == null) {
            throw new IllegalArgumentException("the gazetteer needs a cache directory");
        }
        this.cacheDir = cacheDir;
        this.geonamesFiles = List.copyOf(geonamesFiles);
        this.csvFiles = List.copyOf(csvFiles);
    }

    /**
     * Returns the configuration of {@code ~/.sitrep/config.properties} (when it exists) with the
     * system properties {@code sitrep.gazetteer.cache}, {@code sitrep.gazetteer.geonames} and
     * {@code sitrep.gazetteer.csv} taking precedence over its keys.
     *
     * @throws IllegalArgumentException when the file exists but cannot be read
     */
    public static GazetteerConfig load() {
        Path home = Path.of(System.getProperty("user.home"));
        Path file = home.resolve(".sitrep").resolve("config.properties");
        Properties properties = new Properties();
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                properties.load(in);
            } catch (IOException e) {
                throw new IllegalArgumentException(file + ": cannot be read: " + e.getMessage(), e);
            }
        }
        String cache = setting(properties, CACHE);
        Path cacheDir = cache == null || cache.isBlank()
                ? home.resolve(".sitrep").resolve("gazetteer") : path(cache.strip(), home);
        return new GazetteerConfig(cacheDir, paths(setting(properties, GEONAMES), home),
                paths(setting(properties, CSV), home));
    }

    /** Returns a configuration with this cache directory and these extra files (in this order). */
    public static GazetteerConfig of(Path cacheDir, List<Path> geonamesFiles, List<Path> csvFiles) {
        return new GazetteerConfig(cacheDir, geonamesFiles == null ? List.of() : geonamesFiles,
                csvFiles == null ? List.of() : csvFiles);
    }

    /** Returns this configuration with these files added to its extra files (a command-line option). */
    public GazetteerConfig withExtra(List<Path> geonamesFiles, List<Path> csvFiles) {
        List<Path> geonames = new ArrayList<>(this.geonamesFiles);
        List<Path> csv = new ArrayList<>(this.csvFiles);
        if (geonamesFiles != null) {
            geonames.addAll(geonamesFiles);
        }
        if (csvFiles != null) {
            csv.addAll(csvFiles);
        }
        return new GazetteerConfig(cacheDir, geonames, csv);
    }

    /** The directory under which built indexes are kept, one sub-directory per data version and extra files. */
    Path cacheDir() {
        return cacheDir;
    }

    List<Path> geonamesFiles() {
        return geonamesFiles;
    }

    List<Path> csvFiles() {
        return csvFiles;
    }

    @Override
    public String toString() {
        return "GazetteerConfig[cache=" + cacheDir + ", geonames=" + geonamesFiles + ", csv=" + csvFiles + "]";
    }

    private static String setting(Properties properties, String key) {
        String override = System.getProperty("sitrep." + key);
        return override != null ? override : properties.getProperty(key);
    }

    private static List<Path> paths(String list, Path home) {
        List<Path> paths = new ArrayList<>();
        if (list != null) {
            for (String part : list.split(",")) {
                if (!part.isBlank()) {
                    paths.add(path(part.strip(), home));
                }
            }
        }
        return paths;
    }

    private static Path path(String text, Path home) {
        if (text.equals("~")) {
            return home;
        }
        if (text.startsWith("~/")) {
            return home.resolve(text.substring(2));
        }
        return Path.of(text);
    }
}
