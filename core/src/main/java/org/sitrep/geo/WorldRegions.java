package org.sitrep.geo;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Continents, world regions, seas, large lakes and islands that news names as places ("Africa",
 * "the Middle East", "European", "Darfur", "the Gulf of Aden", "Java"), read from
 * {@code world-regions.tsv}; the gazetteer holds only countries, their areas and towns. Each is
 * given as a place of the country level, the coarsest there is, with its GeoNames feature code
 * (CONT, RGN, OCN, SEA, ISL...) and no country code.
 */
final class WorldRegions {

    private static final String TABLE = "world-regions.tsv";
    private static volatile WorldRegions instance;

    private final Map<String, GazetteerEntry> byKey = new HashMap<>();

    private WorldRegions() {
        for (String[] row : Countries.readTable(TABLE, 7)) {
            long id = Long.parseLong(row[1].strip());
            GazetteerEntry entry = new GazetteerEntry(id, row[0], Double.parseDouble(row[2]), Double.parseDouble(row[3]),
                    PlaceLevel.COUNTRY, row[6].strip(), "", "", "", 0, "sitrep");
            byKey.put(NameKey.of(row[0]), entry);
            for (int column = 4; column < Math.min(6, row.length); column++) {
                for (String other : row[column].split(";")) {
                    if (!other.isBlank()) {
                        byKey.putIfAbsent(NameKey.of(other), entry);
                    }
                }
            }
        }
    }

    static WorldRegions load() {
        WorldRegions local = instance;
        if (local == null) {
            synchronized (WorldRegions.class) {
                local = instance;
                if (local == null) {
                    local = new WorldRegions();
                    instance = local;
                }
            }
        }
        return local;
    }

    /** Returns the continent or region with this name or adjective ("Africa", "African", "Mideast"), or empty. */
    Optional<GazetteerEntry> byName(String name) {
        return Optional.ofNullable(byKey.get(NameKey.of(name.replaceFirst("^(?i)the\\s+", ""))));
    }
}
