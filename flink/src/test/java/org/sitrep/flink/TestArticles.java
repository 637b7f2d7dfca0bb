package org.sitrep.flink;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The 200 articles the stream tests send, as JSON lines of the articles topic: the bundled example
 * (as text and as a web page), five reports of one attack near Ouallam in Niger by five outlets in
 * their own words (the fifth in French), and short reports written here from a few patterns (killings, clashes, bombs,
 * abductions, protests, and news that reports no event) in towns of ten countries through 2024.
 */
public final class TestArticles {
    static final int COUNT = 200;

    /** Where the five reports of the Ouallam attack are among the 200: spread, so a stop falls between them. */
    static final List<Integer> OUALLAM_AT = List.of(20, 60, 100, 140, 180);

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String[][] TOWNS = {
            {"Gao", "Mali"}, {"Mopti", "Mali"}, {"Timbuktu", "Mali"}, {"Tillaberi", "Niger"}, {"Maradi", "Niger"},
            {"Diffa", "Niger"}, {"Maiduguri", "Nigeria"}, {"Kano", "Nigeria"}, {"Djibo", "Burkina Faso"},
            {"Kaya", "Burkina Faso"}, {"Dori", "Burkina Faso"}, {"Kismayo", "Somalia"}, {"Beledweyne", "Somalia"},
            {"Bunia", "Democratic Republic of the Congo"}, {"Beni", "Democratic Republic of the Congo"},
            {"Maroua", "Cameroon"}, {"Bamenda", "Cameroon"}, {"El Fasher", "Sudan"}, {"Mandera", "Kenya"},
            {"Pemba", "Mozambique"},
    };

    private static final String[] PATTERNS = {
            "Gunmen killed %d villagers near %s, %s, on %s, local officials said. Residents said the attackers"
                    + " arrived on motorbikes and burned several houses.",
            "Soldiers clashed with militants near %s, %s, on %s, and %d militants were killed, the army said in a"
                    + " statement.",
            "A roadside bomb killed %d soldiers near %s, %s, on %s as their convoy passed, security sources said.",
            "Armed men abducted %d traders on the road near %s, %s, on %s, residents said.",
            "Hundreds of protesters marched in %s, %s, on %s to demand the release of detained students; police"
                    + " watched but did not intervene. (%d arrests were reported later.)",
            "The government of %2$s presented its budget for next year to parliament in the capital on %3$s."
                    + " Ministers said spending on schools would grow by %1$d percent.%4$s",
    };

    private static final String[] OUALLAM = {
            "At least 17 soldiers were killed on Monday when militants attacked an army post near Ouallam, Niger,"
                    + " the defence ministry said.",
            "Jihadists killed 20 soldiers in an attack on a military post near Ouallam in Niger's Tillaberi region on"
                    + " Monday, security sources said.",
            "Militants attacked an army post near Ouallam, Niger, on Monday, killing 17 soldiers and wounding"
                    + " several others.",
            "Suspected militants killed 23 soldiers near Ouallam, Niger, on Monday, a local official said.",
            // in French, as the Sahel's own press reports it: coded in French, merged with the four in English
            "Des hommes armés ont attaqué des soldats près de Ouallam, au Niger, lundi ; 18 soldats ont été tués,"
                    + " a indiqué l'armée.",
    };

    private TestArticles() {
    }

    /** The 200 articles, in the order they are sent. */
    public static List<String> all() {
        List<String> out = new ArrayList<>();
        out.add(line("example-text", null, null, "text", read("niger-tahoua-attack.txt")));
        out.add(line("example-page", "https://example.org/niger-tahoua-attack", null, "html", read("niger-tahoua-attack.html")));
        int synthetic = 0;
        int ouallam = 0;
        while (out.size() < COUNT) {
            if (OUALLAM_AT.contains(out.size())) {
                // published Tuesday 12 March 2024: "Monday" is 11 March
                out.add(line("ouallam-" + (ouallam + 1), "https://outlet" + (ouallam + 1) + ".example/ouallam",
                        LocalDate.of(2024, 3, 12), "text", OUALLAM[ouallam]));
                ouallam++;
            } else {
                out.add(synthetic(synthetic++));
            }
        }
        return out;
    }

    /** {@code count} short reports written from the patterns, for benchmarks: ids {@code report-0} on. */
    static List<String> reports(int count) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) out.add(synthetic(i));
        return out;
    }

    /** The i-th short report: the patterns and towns in turn, published every five days from January 2024. */
    private static String synthetic(int i) {
        String[] town = TOWNS[i % TOWNS.length];
        String pattern = PATTERNS[(i / TOWNS.length + i) % PATTERNS.length];
        LocalDate published = LocalDate.of(2024, 1, 3).plusDays(5L * i);
        DayOfWeek day = published.minusDays(1 + i % 3).getDayOfWeek();
        String weekday = day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        int n = 2 + i % 17;
        String text = pattern.startsWith("The government")
                ? String.format(Locale.ROOT, pattern, n, town[1], weekday, "")
                : pattern.startsWith("Soldiers") || pattern.startsWith("Hundreds")
                ? String.format(Locale.ROOT, pattern, town[0], town[1], weekday, n)
                : String.format(Locale.ROOT, pattern, n, town[0], town[1], weekday);
        return line("report-" + i, "https://news.example/" + i, published, "text", text);
    }

    private static String line(String id, String url, LocalDate published, String kind, String body) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", id);
        if (url != null) n.put("url", url);
        if (published != null) n.put("published", published.toString());
        n.put(kind, body);
        return n.toString();
    }

    private static String read(String example) {
        Path path = Path.of(System.getProperty("sitrep.examples", "../examples")).resolve(example);
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the example " + path + ": " + e.getMessage(), e);
        }
    }
}
