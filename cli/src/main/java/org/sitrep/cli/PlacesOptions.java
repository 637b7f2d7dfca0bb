package org.sitrep.cli;

import org.sitrep.geo.Gazetteer;
import org.sitrep.geo.GazetteerConfig;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;

/**
 * The user's own places, added to the bundled gazetteer: GeoNames-format files (a country dump
 * such as NE.txt) and CSV files (name,latitude,longitude,country_code,admin1,admin2,population).
 * The same lists can stand in ~/.sitrep/config.properties as gazetteer.geonames and gazetteer.csv.
 */
final class PlacesOptions {
    @Option(names = "--geonames", split = ",", paramLabel = "FILE",
            description = "GeoNames-format files of extra places (19 tab-separated columns)")
    List<Path> geonames = List.of();

    @Option(names = "--places", split = ",", paramLabel = "FILE",
            description = "CSV files of extra places: name,latitude,longitude,country_code,admin1,admin2,population")
    List<Path> csv = List.of();

    /** Returns the gazetteer with these files added to the configured ones; a bad file is a one-line BadInputException. */
    Gazetteer gazetteer() {
        if (geonames.isEmpty() && csv.isEmpty()) return Gazetteer.shared();
        GazetteerConfig base = GazetteerConfig.load();
        try {
            return Gazetteer.open(base.withExtra(geonames, csv));
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
    }
}
