package org.sitrep.geo;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Continents, world regions, seas, large lakes and islands that news names as places ("Africa",
 * "the Middle East", "European", "Darfur", "the Gulf of Aden", "Java"), read from
 * {@code world-regions.tsv}; the gazetteer holds only countries, their areas and towns. Each is
 * given with its GeoNames feature code (CONT, RGN, OCN, SEA, ISL...): one that lies in a single
 * country ("Java", "Darfur") at the level of a region, with that country's code and no admin1
 * name; the others at the country level, the coarsest there is, with no country code.
 */
final class WorldRegions {

    private static final String TABLE = "world-regions.tsv";
    private static volatile WorldRegions instance;

    private final Map<String, GazetteerEntry> byKey = new HashMap<>();

    private WorldRegions() {
        for (String[] row : Countries.readTable(TABLE, 7)) {
            long id = Long.parseLong(row[1].strip());
            String country = row.length > 7 ? row[7].strip() : "";
            // a region inside one country is of the size of its regions; the others are larger than any country
            GazetteerEntry entry = new GazetteerEntry(id, row[0], Double.parseDouble(row[2]), Double.parseDouble(row[3]),
                    country.isEmpty() ? PlaceLevel.COUNTRY : PlaceLevel.ADMIN1, row[6].strip(), country, "", "", 0,
                    "sitrep");
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
