package org.sitrep.geo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The places of the world Sitrep knows, offline: countries, first-level areas (regions, states,
 * provinces), second-level areas (districts, departments, counties) and towns of about 500 people
 * or more, each with a point, found by name.
 *
 * <p>The data are GeoNames' (CC BY 4.0) and the countries-states-cities database's (ODbL 1.0),
 * packed into the jar at build time (see ATTRIBUTION.txt), plus the user's own files named by
 * {@link GazetteerConfig}. The first {@link #open} of a configuration reads them all (some
 * seconds) into a Lucene index under the configuration's cache directory, in a sub-directory named
 * by a hash of the data version and the extra files' paths, sizes and modification times; later
 * opens, in this process or another, use that index, so a changed extra file makes a new one.
 *
 * <p>A gazetteer is safe to use from many threads.
 */
public final class Gazetteer implements AutoCloseable {

    /** The attribution that exports of coordinates from this gazetteer must carry. */
    public static final String ATTRIBUTION = "Places: GeoNames (https://www.geonames.org), CC BY 4.0; "
            + "countries-states-cities database (https://github.com/dr5hn/countries-states-cities-database), ODbL 1.0";

    /** Builds in one JVM wait for each other; other processes are kept apart by the atomic move. */
    private static final Object BUILD_LOCK = new Object();

    private static volatile Gazetteer shared;

    private final GazetteerIndex index;
    /** Names already looked up: the extractor asks for the same towns and regions again and again. */
    private final java.util.concurrent.ConcurrentHashMap<String, List<GazetteerEntry>> lookups = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int LOOKUPS_KEPT = 100_000;

    private Gazetteer(GazetteerIndex index) {
        this.index = index;
    }

    /**
     * Opens the gazetteer of this configuration: the bundled data plus the configuration's extra
     * files, from the cached index, which is built first when there is none for them.
     *
     * @throws IllegalArgumentException naming the file (and line) when an extra file is missing or not
     *                                  well formed; nothing is left in the cache then
     * @throws UncheckedIOException     when the cache directory cannot be written or read
     */
    public static Gazetteer open(GazetteerConfig config) {
        Path dir = config.cacheDir().resolve(cacheName(config));
        try {
            synchronized (BUILD_LOCK) {
                if (!Files.isDirectory(dir)) {
                    build(config, dir);
                }
            }
            try {
                return new Gazetteer(GazetteerIndex.open(dir));
            } catch (IOException | RuntimeException unreadable) {
                // A cache damaged on disk is rebuilt once.
                synchronized (BUILD_LOCK) {
                    delete(dir);
                    build(config, dir);
                }
                return new Gazetteer(GazetteerIndex.open(dir));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("gazetteer cache " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Returns the gazetteer of {@link GazetteerConfig#load()}, opened on first use and shared by the whole JVM; do not close it. */
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
     * whose own name matches come before those matched only by an alternate name (often another
     * language's name of a larger town: "Kita" is Quito in Lithuanian); within each, larger
     * population first (an area counts the people of its towns), and an area before a town of the
     * same population. A name with a word like Region, State or Province also finds the areas
     * named without it ("Tahoua region", "Borno State").
     */
    public List<GazetteerEntry> lookup(String name, int limit) {
        if (name == null || limit <= 0) {
            return List.of();
        }
        String key = key(name);
        if (key.isEmpty()) {
            return List.of();
        }
        String cacheKey = limit + "|" + name;
        List<GazetteerEntry> known = lookups.get(cacheKey);
        if (known != null) {
            return known;
        }
        String areaKey = areaKey(name);
        try {
            List<GazetteerEntry> found = List.copyOf(index.lookup(key, areaKey.equals(key) ? null : areaKey, limit));
            if (lookups.size() >= LOOKUPS_KEPT) {
                lookups.clear(); // a crude bound: names repeat across articles, but not without end
            }
            lookups.put(cacheKey, found);
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException("gazetteer index: " + e.getMessage(), e);
        }
    }

    /** Returns the country of this ISO 3166-1 alpha-2 code (any case), with its centroid; empty for an unknown code. */
    public Optional<GazetteerEntry> country(String iso2) {
        if (iso2 == null || iso2.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(index.country(iso2.strip().toUpperCase(Locale.ROOT)));
        } catch (IOException e) {
            throw new UncheckedIOException("gazetteer index: " + e.getMessage(), e);
        }
    }

    /**
     * Returns the first-level area of this country with this name, compared as in {@link #lookup},
     * with or without words like Region or State ("Tahoua", "Tahoua Region", "Borno State"), or
     * under another name of its seat ("Tillabery").
     */
    public Optional<GazetteerEntry> admin1(String iso2, String admin1Name) {
        if (iso2 == null || admin1Name == null || iso2.isBlank()) {
            return Optional.empty();
        }
        String country = iso2.strip().toUpperCase(Locale.ROOT);
        try {
            GazetteerEntry entry = index.region(country, key(admin1Name));
            if (entry == null) {
                String areaKey = areaKey(admin1Name);
                entry = areaKey.isEmpty() ? null : index.region(country, areaKey);
            }
            return Optional.ofNullable(entry);
        } catch (IOException e) {
            throw new UncheckedIOException("gazetteer index: " + e.getMessage(), e);
        }
    }

    /** Returns every first-level area of this country (ISO 3166-1 alpha-2, any case), with its point; empty for an unknown code. */
    public List<GazetteerEntry> admin1s(String iso2) {
        if (iso2 == null || iso2.isBlank()) {
            return List.of();
        }
        try {
            return index.regions(iso2.strip().toUpperCase(Locale.ROOT));
        } catch (IOException e) {
            throw new UncheckedIOException("gazetteer index: " + e.getMessage(), e);
        }
    }

    /** Returns the place of this GeoNames id: towns, and places of the user's GeoNames files (areas have no id here). */
    public Optional<GazetteerEntry> byId(long geonameid) {
        if (geonameid <= 0) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(index.byId(geonameid));
        } catch (IOException e) {
            throw new UncheckedIOException("gazetteer index: " + e.getMessage(), e);
        }
    }

    /** The number of places. */
    public int size() {
        return index.size();
    }

    /** Closes the index files. */
    @Override
    public void close() {
        try {
            index.close();
        } catch (IOException e) {
            throw new UncheckedIOException("gazetteer index: " + e.getMessage(), e);
        }
    }

    /**
     * The name of the cache sub-directory of a configuration: a hash of the data version and of
     * each extra file's absolute path, size and modification time.
     *
     * @throws IllegalArgumentException when an extra file does not exist
     */
    static String cacheName(GazetteerConfig config) {
        StringBuilder text = new StringBuilder(GazetteerData.VERSION).append('\n');
        describe(text, "geonames", config.geonamesFiles());
        describe(text, "csv", config.csvFiles());
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return "index-" + HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256", e);
        }
    }

    private static void describe(StringBuilder text, String kind, List<Path> files) {
        for (Path file : files) {
            Path absolute = file.toAbsolutePath().normalize();
            try {
                text.append(kind).append('\t').append(absolute).append('\t').append(Files.size(absolute))
                        .append('\t').append(Files.getLastModifiedTime(absolute).toMillis()).append('\n');
            } catch (NoSuchFileException e) {
                throw new IllegalArgumentException(file + ": no such file", e);
            } catch (IOException e) {
                throw new IllegalArgumentException(file + ": cannot be read (" + e.getMessage() + ")", e);
            }
        }
    }

    /**
     * Reads the data and writes the index into a temporary directory beside {@code dir}, then moves
     * it into place, so that a failed build leaves nothing behind and another process never sees
     * half an index.
     */
    private static void build(GazetteerConfig config, Path dir) throws IOException {
        List<GazetteerData.NamedPlace> places = GazetteerData.read(config.geonamesFiles(), config.csvFiles());
        Files.createDirectories(dir.getParent());
        deleteAbandonedBuilds(dir.getParent());
        Path temp = Files.createTempDirectory(dir.getParent(), ".building-");
        try {
            GazetteerIndex.write(places, temp);
            StringBuilder about = new StringBuilder("Sitrep gazetteer index\n").append(GazetteerData.VERSION).append('\n');
            describe(about, "geonames", config.geonamesFiles());
            describe(about, "csv", config.csvFiles());
            Files.writeString(temp.resolve("SOURCES.txt"), about);
            try {
                Files.move(temp, dir, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, dir);
            }
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException builtElsewhere) {
            // Another process built the same index meanwhile: use it.
        } finally {
            delete(temp);
        }
    }

    /** Deletes what builds killed midway left, a day or more ago. */
    private static void deleteAbandonedBuilds(Path cacheDir) throws IOException {
        long dayAgo = System.currentTimeMillis() - 24 * 3600 * 1000L;
        try (Stream<Path> children = Files.list(cacheDir)) {
            for (Path child : children.toList()) {
                if (child.getFileName().toString().startsWith(".building-")
                        && Files.getLastModifiedTime(child).toMillis() < dayAgo) {
                    delete(child);
                }
            }
        }
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
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
