package org.sitrep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.sitrep.geo.Countries;
import org.sitrep.geo.Country;
import org.sitrep.geo.GazetteerEntry;
import org.sitrep.geo.Geocoder;
import org.sitrep.geo.PlaceLevel;
import org.sitrep.geo.Toponym;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code sitrep eval geo}: scores geocoding against a geoparsing corpus of JSON lines
 * {@code {"doc_id", "text", "toponyms": [{"start", "end", "lat", "lon", "fcode", "geonameid",
 * "country", "admin1"}]}}, as ../shared/eval/dev/README.md says. Given the gold spans: the share
 * of places within 161 km of the gold point, the share with the gold GeoNames id, and the mean
 * error in km; a gold country counts when Sitrep gives that country, a gold first-level area when
 * it gives that area; gold places without coordinates are left out. With {@code --find}: the
 * precision and recall of the place names Sitrep finds itself (a found name matches a gold one
 * whose span it overlaps) and accuracy@161km over the matched ones.
 */
final class GeoEvalCommand {

    /** GeoNames feature codes of countries. */
    static final Set<String> COUNTRY_CODES = Set.of("PCLI", "PCLS", "PCLD", "PCLF", "PCLIX");
    /** Words of area names that the comparison of first-level areas ignores. */
    private static final Set<String> AREA_WORDS = Set.of("region", "state", "province", "governorate",
            "department", "prefecture", "district", "county", "oblast", "territory", "municipality", "of", "the");
    static final double KM = 161;

    /** A gold place name. */
    record Gold(int start, int end, String phrase, Double lat, Double lon, String fcode, String geonameid,
                String country, String admin1, String wikipedia) {
        boolean scored() {
            return lat != null && lon != null;
        }
    }

    /** A document of the corpus. */
    record Doc(String id, String text, List<Gold> toponyms) {
    }

    /** Running totals of one evaluation. */
    static final class Score {
        int scored;
        int correct;
        /** Places without a feature code whose Wikipedia article names an area: scored again by identity. */
        int areaNamed;
        int correctByName;
        int withId;
        int exactId;
        int resolved;
        double errorKm;
        int found;
        int gold;
        int matched;
        final List<String> wrong = new ArrayList<>();

        double accuracy() {
            return scored == 0 ? 0 : 100.0 * correct / scored;
        }

        double accuracyByName() {
            return scored == 0 ? 0 : 100.0 * correctByName / scored;
        }

        double exactIdShare() {
            return withId == 0 ? Double.NaN : 100.0 * exactId / withId;
        }

        double meanErrorKm() {
            return resolved == 0 ? Double.NaN : errorKm / resolved;
        }

        double precision() {
            return found == 0 ? 0 : 100.0 * matched / found;
        }

        double recall() {
            return gold == 0 ? 0 : 100.0 * matched / gold;
        }
    }

    private GeoEvalCommand() {
    }

    /** Runs the evaluation and prints its table; returns the exit code. */
    static int run(Path goldFile, boolean find, Path errors, int threads, int limit, PrintWriter out) throws Exception {
        List<Doc> docs = read(goldFile);
        if (docs.size() > limit) {
            docs = docs.subList(0, limit);
        }
        long loading = System.nanoTime();
        Geocoder geocoder = Geocoder.shared();
        if (find) {
            geocoder.find("Loading the annotator.");
        }
        double loadSeconds = (System.nanoTime() - loading) / 1e9;
        long start = System.nanoTime();
        Score score = evaluate(docs, geocoder, find, threads);
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf(Locale.ROOT, "%-34s %s%n", "gold", goldFile.getFileName());
        out.printf(Locale.ROOT, "%-34s %d documents, %d places, %d with coordinates%n", "corpus", docs.size(),
                docs.stream().mapToInt(d -> d.toponyms().size()).sum(),
                docs.stream().mapToLong(d -> d.toponyms().stream().filter(Gold::scored).count()).sum());
        if (find) {
            out.printf(Locale.ROOT, "%-34s %7.1f%%  (%d of %d found)%n", "precision", score.precision(), score.matched, score.found);
            out.printf(Locale.ROOT, "%-34s %7.1f%%  (%d of %d gold)%n", "recall", score.recall(), score.matched, score.gold);
            out.printf(Locale.ROOT, "%-34s %7.1f%%  (%d of %d matched)%n", "accuracy@161km of matched", score.accuracy(),
                    score.correct, score.scored);
        } else {
            out.printf(Locale.ROOT, "%-34s %7.1f%%  (%d of %d)%n", "accuracy@161km", score.accuracy(), score.correct, score.scored);
            if (score.areaNamed > 0) {
                out.printf(Locale.ROOT, "%-34s %7.1f%%  (%d of %d)%n", "  areas by name (Wikipedia title)",
                        score.accuracyByName(), score.correctByName, score.scored);
            }
            out.printf(Locale.ROOT, "%-34s %7s  (%d of %d with a gold id)%n", "exact GeoNames id",
                    Double.isNaN(score.exactIdShare()) ? "-" : String.format(Locale.ROOT, "%.1f%%", score.exactIdShare()),
                    score.exactId, score.withId);
            out.printf(Locale.ROOT, "%-34s %7.0f  (over %d resolved; %d unresolved)%n", "mean error km",
                    score.meanErrorKm(), score.resolved, score.scored - score.resolved);
        }
        out.printf(Locale.ROOT, "%-34s %7.1f s  (gazetteer%s loaded in %.1f s)%n", "time", seconds,
                find ? " and annotator" : "", loadSeconds);
        out.flush();
        if (errors != null) {
            try {
                Files.write(errors, score.wrong, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new BadInputException(errors + ": " + e.getMessage());
            }
        }
        return 0;
    }

    /** Geocodes each document (given its gold spans, or finding the places with {@code find}) and scores it. */
    static Score evaluate(List<Doc> docs, Geocoder geocoder, boolean find, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<List<Toponym>>> results = new ArrayList<>();
            for (Doc doc : docs) {
                List<int[]> spans = new ArrayList<>();
                for (Gold g : doc.toponyms()) {
                    spans.add(new int[]{g.start(), g.end()});
                }
                results.add(pool.submit(() -> find ? geocoder.find(doc.text()) : geocoder.resolve(doc.text(), spans)));
            }
            Score score = new Score();
            Countries countries = Countries.load();
            for (int d = 0; d < docs.size(); d++) {
                Doc doc = docs.get(d);
                List<Toponym> got = results.get(d).get();
                if (find) {
                    scoreFound(doc, got, countries, score);
                } else {
                    for (int i = 0; i < doc.toponyms().size(); i++) {
                        judge(doc, doc.toponyms().get(i), got.get(i), countries, score);
                    }
                }
            }
            return score;
        } finally {
            pool.shutdown();
        }
    }

    /** Matches found names to gold ones by overlapping spans, each used once, and scores the matched ones. */
    private static void scoreFound(Doc doc, List<Toponym> found, Countries countries, Score score) {
        score.found += found.size();
        score.gold += doc.toponyms().size();
        boolean[] used = new boolean[found.size()];
        for (Gold g : doc.toponyms()) {
            int match = -1;
            for (int i = 0; i < found.size() && match < 0; i++) {
                Toponym t = found.get(i);
                if (!used[i] && t.start() < g.end() && g.start() < t.end()) {
                    match = i;
                }
            }
            if (match < 0) {
                score.wrong.add(String.join("\t", "missed", doc.id(), g.phrase(), gold(g), "", "", context(doc.text(), g.start(), g.end())));
                continue;
            }
            used[match] = true;
            score.matched++;
            judge(doc, g, found.get(match), countries, score);
        }
        for (int i = 0; i < found.size(); i++) {
            if (!used[i]) {
                Toponym t = found.get(i);
                score.wrong.add(String.join("\t", "extra", doc.id(), t.name(), "", got(t, countries), "",
                        context(doc.text(), t.start(), t.end())));
            }
        }
    }

    /** Scores one gold place against the toponym given for it. */
    private static void judge(Doc doc, Gold g, Toponym t, Countries countries, Score score) {
        if (!g.scored()) {
            return;
        }
        score.scored++;
        GazetteerEntry e = t.place();
        boolean hasId = g.geonameid() != null && !g.geonameid().isBlank();
        if (hasId) {
            score.withId++;
            if (e != null && String.valueOf(e.geonameid()).equals(g.geonameid().strip())) {
                score.exactId++;
            }
        }
        double km = Double.NaN;
        if (e != null) {
            km = org.sitrep.geo.Geo.km(g.lat(), g.lon(), e.latitude(), e.longitude());
            score.resolved++;
            score.errorKm += km;
        }
        boolean correct;
        String country = e == null ? "" : countries.byIso2(e.countryCode()).map(Country::name).orElse("");
        if (g.fcode() != null && COUNTRY_CODES.contains(g.fcode())) {
            correct = e != null && e.level() == PlaceLevel.COUNTRY && fold(country).equals(fold(g.country()));
        } else if ("ADM1".equals(g.fcode())) {
            correct = e != null && e.level() == PlaceLevel.ADMIN1 && fold(country).equals(fold(g.country()))
                    && areaFold(e.admin1()).equals(areaFold(g.admin1()));
        } else {
            correct = e != null && km <= KM;
        }
        if (correct || byName(g, e, country, countries)) {
            score.correctByName++;
        }
        if (g.fcode() == null && wikipediaTitle(g) != null && e != null
                && (e.level() == PlaceLevel.COUNTRY || e.level() == PlaceLevel.ADMIN1)) {
            score.areaNamed++;
        }
        if (correct) {
            score.correct++;
        } else {
            score.wrong.add(String.join("\t", "wrong", doc.id(), g.phrase(), gold(g), got(t, countries),
                    Double.isNaN(km) ? "" : String.format(Locale.ROOT, "%.0f", km), context(doc.text(), g.start(), g.end())));
        }
    }

    /**
     * For a corpus without feature codes (GeoVirus): whether the output names the area the gold
     * place's Wikipedia article is about, by the article's title ("Georgia_(country)",
     * "New_South_Wales"): a country when the title names that country, a first-level area when
     * the output is one and the title is its name. The README's rule for areas, applied where the
     * gold says what a place is only by its article.
     */
    private static boolean byName(Gold g, GazetteerEntry e, String country, Countries countries) {
        String title = wikipediaTitle(g);
        if (g.fcode() != null || title == null || e == null) {
            return false;
        }
        if (e.level() == PlaceLevel.COUNTRY) {
            return !country.isEmpty() && countries.byName(title).map(Country::name).map(GeoEvalCommand::fold)
                    .filter(fold(country)::equals).isPresent();
        }
        return e.level() == PlaceLevel.ADMIN1 && areaFold(title).equals(areaFold(e.admin1()));
    }

    /** The title of the gold place's Wikipedia article without its qualifier in brackets, or null. */
    static String wikipediaTitle(Gold g) {
        if (g.wikipedia() == null) {
            return null;
        }
        int slash = g.wikipedia().lastIndexOf("/wiki/");
        if (slash < 0) {
            return null;
        }
        String title = java.net.URLDecoder.decode(g.wikipedia().substring(slash + 6).replace("+", "%2B"), StandardCharsets.UTF_8);
        title = title.replace('_', ' ').replaceAll("\\s*\\([^)]*\\)\\s*$", "").strip();
        return title.isEmpty() ? null : title;
    }

    private static String gold(Gold g) {
        return String.format(Locale.ROOT, "%s/%s/%s/%s (%s,%s)", g.fcode(), g.country(), g.admin1(), g.geonameid(), g.lat(), g.lon());
    }

    private static String got(Toponym t, Countries countries) {
        GazetteerEntry e = t.place();
        if (e == null) {
            return "unresolved";
        }
        return String.format(Locale.ROOT, "%s %s/%s/%s/%s/%d (%.2f,%.2f)", e.name(), e.level().label(), e.featureCode(),
                countries.byIso2(e.countryCode()).map(Country::name).orElse(""), e.admin1(), e.geonameid(),
                e.latitude(), e.longitude());
    }

    private static String context(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - 60), start);
        String after = text.substring(end, Math.min(text.length(), end + 60));
        return (before + "[" + text.substring(start, end) + "]" + after).replaceAll("\\s+", " ");
    }

    /** A country's name for comparison: folded, without "the" in front ("The Netherlands"). */
    static String fold(String s) {
        return s == null ? "" : EvalCommand.fold(s).replaceFirst("^the\\s+", "");
    }

    /** An area's name for comparison: folded, words only, without words like Region or State. */
    static String areaFold(String s) {
        if (s == null) {
            return "";
        }
        String folded = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        for (String word : folded.split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty() && !AREA_WORDS.contains(word)) {
                out.append(word);
            }
        }
        return out.length() == 0 ? folded.replaceAll("[^\\p{L}\\p{N}]+", "") : out.toString();
    }

    /** Reads the corpus; a line that is not a document with text and toponyms is a BadInputException naming it. */
    static List<Doc> read(Path file) {
        ObjectMapper json = new ObjectMapper();
        List<Doc> docs = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line; (line = r.readLine()) != null; ) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String where = file + ":" + number;
                JsonNode node;
                try {
                    node = json.readTree(line);
                } catch (IOException e) {
                    throw new BadInputException(where + ": not a JSON object");
                }
                if (node == null || !node.path("text").isTextual() || !node.path("toponyms").isArray()) {
                    throw new BadInputException(where + ": needs \"text\" and a \"toponyms\" list");
                }
                String text = node.get("text").asText();
                List<Gold> gold = new ArrayList<>();
                for (JsonNode t : node.get("toponyms")) {
                    int start = t.path("start").asInt(-1);
                    int end = t.path("end").asInt(-1);
                    if (start < 0 || start >= end || end > text.length()) {
                        throw new BadInputException(where + ": a toponym's span is not inside the text");
                    }
                    gold.add(new Gold(start, end, text.substring(start, end), number(t.get("lat")), number(t.get("lon")),
                            string(t.get("fcode")), string(t.get("geonameid")), string(t.get("country")),
                            string(t.get("admin1")), string(t.get("wikipedia"))));
                }
                docs.add(new Doc(node.path("doc_id").asText(String.valueOf(number)), text, gold));
            }
        } catch (NoSuchFileException e) {
            throw new BadInputException(file + ": no such file");
        } catch (IOException e) {
            throw new BadInputException(file + ": " + e.getMessage());
        }
        return docs;
    }

    private static Double number(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isNumber()) {
            return n.asDouble();
        }
        try {
            return Double.parseDouble(n.asText().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String string(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }
}
