package org.sitrep.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Short news reports written for the tests: each a date line and a few sentences about one
 * attack, every one different (town, numbers, day), so a folder of them is many distinct articles.
 */
final class Reports {
    private static final List<String> TOWNS = List.of("Tillaberi", "Tahoua", "Agadez", "Diffa", "Maradi", "Zinder",
            "Dosso", "Niamey", "Ayorou", "Ouallam", "Filingue", "Abala", "Banibangou", "Torodi", "Makalondi", "Tera");
    private static final List<String> ATTACKERS = List.of("Gunmen", "Suspected jihadists", "Armed men on motorcycles",
            "Militants");
    private static final List<String> VICTIMS = List.of("villagers", "civilians", "soldiers", "traders");

    private Reports() {
    }

    /** The text of report number {@code i}: a date line, then the attack and a quote. */
    static String text(int i) {
        LocalDate published = LocalDate.of(2024, 1, 1).plusDays(i % 360);
        String town = TOWNS.get(i % TOWNS.size());
        String attacker = ATTACKERS.get((i / TOWNS.size()) % ATTACKERS.size());
        String victims = VICTIMS.get((i / 7) % VICTIMS.size());
        int killed = 2 + (i * 7) % 40;
        return published + "\n\n"
                + attacker + " killed " + killed + " " + victims + " in an attack near " + town
                + ", Niger, on Monday, local officials said.\n\n"
                + "The attackers also burned " + (i % 9 + 1) + " houses and stole cattle before fleeing, a resident of "
                + town + " told reporters in report number " + i + ".\n";
    }

    /** Writes reports 0 to {@code count - 1} as {@code dir/report-NNNN.txt} and returns the folder. */
    static Path write(Path dir, int count) {
        try {
            Files.createDirectories(dir);
            for (int i = 0; i < count; i++) {
                Files.writeString(dir.resolve(String.format("report-%04d.txt", i)), text(i));
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
