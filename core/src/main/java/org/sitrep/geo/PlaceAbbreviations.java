package org.sitrep.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Abbreviations of first-level areas in English-language news, read from
 * {@code place-abbreviations.tsv}: "Ky.", "B.C.", "NSW", "TX".
 */
final class PlaceAbbreviations {

    /** One reading of an abbreviation: the area it stands for, and whether it may stand alone. */
    record Area(String countryCode, String admin1, boolean alone) {
    }

    private static final String TABLE = "place-abbreviations.tsv";
    private static volatile PlaceAbbreviations instance;

    private final Map<String, List<Area>> byWritten = new HashMap<>();

    private PlaceAbbreviations() {
        for (String[] row : Countries.readTable(TABLE, 4)) {
            byWritten.computeIfAbsent(row[0].strip(), k -> new ArrayList<>())
                    .add(new Area(row[1].strip(), row[2].strip(), row[3].strip().equals("yes")));
        }
    }

    static PlaceAbbreviations load() {
        PlaceAbbreviations local = instance;
        if (local == null) {
            synchronized (PlaceAbbreviations.class) {
                local = instance;
                if (local == null) {
                    local = new PlaceAbbreviations();
                    instance = local;
                }
            }
        }
        return local;
    }

    /**
     * Returns the areas this abbreviation, written exactly so (case and full stops count: "Ky.",
     * "KY"), may stand for; empty when it is none. Spaces inside are ignored ("W. Va.").
     */
    List<Area> areas(String written) {
        List<Area> areas = byWritten.get(written.strip().replace(" ", ""));
        return areas == null ? List.of() : areas;
    }
}
