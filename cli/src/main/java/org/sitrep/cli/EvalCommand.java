package org.sitrep.cli;

import org.sitrep.extract.Extractor;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code sitrep eval acled}: codes each gold row's {@code notes} (published on its event date) and
 * prints per-field accuracy of the most confident event, as ../shared/eval/dev/README.md scores it.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measures Sitrep against human-coded data: sitrep eval acled --gold FILE.csv, "
                + "sitrep eval geo --gold FILE.jsonl [--find]")
final class EvalCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "KIND", description = "acled or geo")
    String kind;

    @Option(names = "--gold", required = true, description = "acled: ACLED-format CSV with notes and coded fields; "
            + "geo: JSON lines of texts with their place names' spans and coordinates")
    Path gold;

    @Option(names = "--limit", description = "score only the first N rows")
    int limit = Integer.MAX_VALUE;

    @Option(names = "--errors", description = "write the rows each field got wrong to this TSV file")
    Path errors;

    @Option(names = "--find", description = "geo: find the place names too, and score them (precision, recall)")
    boolean find;

    @Option(names = "--threads", description = "worker threads (default: the number of cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    /** The fields scored, in the order printed. */
    static final List<String> FIELDS = List.of("event_type", "sub_event_type", "interaction", "country", "admin1",
            "fatalities", "fatalities_20pct", "event_date", "within_25km", "within_161km");

    @Override
    public Integer call() throws Exception {
        if (kind.equals("geo")) {
            return GeoEvalCommand.run(gold, find, errors, threads, limit, new PrintWriter(System.out, true, StandardCharsets.UTF_8));
        }
        if (!kind.equals("acled")) throw new BadInputException("unknown evaluation " + kind + " (known: acled, geo)");
        Result result = evaluate(GoldCsv.read(gold), Extractor.english(), limit, threads);
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        out.printf(Locale.ROOT, "%-18s %8s %8s %8s%n", "field", "correct", "scored", "accuracy");
        for (Map.Entry<String, int[]> s : result.score().entrySet()) {
            int[] v = s.getValue();
            out.printf(Locale.ROOT, "%-18s %8d %8d %7.1f%%%n", s.getKey(), v[0], v[1], v[1] == 0 ? 0.0 : 100.0 * v[0] / v[1]);
        }
        out.printf(Locale.ROOT, "rows: %d; rows with no event extracted: %d%n", result.rows(), result.missed());
        if (errors != null) {
            try {
                Files.write(errors, result.wrong(), StandardCharsets.UTF_8);
            } catch (IOException ex) {
                throw new BadInputException(errors + ": " + ex.getMessage());
            }
        }
        return 0;
    }

    /**
     * Per-field scores: for each field, {correct, scored}; the wrong rows as TSV lines
     * (field, id, gold, got, notes); the number of rows and of rows with no event.
     */
    record Result(Map<String, int[]> score, List<String> wrong, int rows, long missed) {
        /** Returns the accuracy of {@code field} in percent. */
        double accuracy(String field) {
            int[] v = score.get(field);
            return v[1] == 0 ? 0.0 : 100.0 * v[0] / v[1];
        }
    }

    /** Codes each row's notes (published on its event date) and scores the most confident event. */
    static Result evaluate(List<Map<String, String>> rows, Extractor extractor, int limit, int threads) throws Exception {
        if (rows.size() > limit) rows = rows.subList(0, limit);
        if (rows.isEmpty() || !rows.get(0).containsKey("notes")) throw new BadInputException("the gold file has no notes column");
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        List<Future<Event>> results = new ArrayList<>();
        try {
            for (Map<String, String> row : rows) {
                LocalDate date;
                try {
                    date = LocalDate.parse(row.get("event_date"));
                } catch (DateTimeParseException | NullPointerException e) {
                    date = null;
                }
                Article a = new Article(row.getOrDefault("event_id_cnty", ""), null, "", date, "en", "", row.get("notes"));
                results.add(pool.submit(() -> extractor.extract(a).stream()
                        .max(Comparator.comparingDouble(Event::confidence)).orElse(null)));
            }
            Map<String, int[]> score = new LinkedHashMap<>();
            FIELDS.forEach(f -> score.put(f, new int[2]));
            List<String> wrong = new ArrayList<>();
            long missed = 0;
            for (int i = 0; i < rows.size(); i++) {
                Map<String, String> row = rows.get(i);
                Event e = results.get(i).get();
                if (e == null) missed++;
                for (String f : FIELDS) {
                    Boolean ok = judge(f, row, e);
                    if (ok == null) continue;
                    score.get(f)[1]++;
                    if (ok) score.get(f)[0]++;
                    else wrong.add(f + "\t" + row.get("event_id_cnty") + "\t" + gold(f, row) + "\t" + got(f, e) + "\t"
                            + row.get("notes").replace('\n', ' '));
                }
            }
            return new Result(score, wrong, rows.size(), missed);
        } finally {
            pool.shutdown();
        }
    }

    /** Whether the event got field {@code f} of the gold row right; null when the row cannot be scored on it. */
    static Boolean judge(String f, Map<String, String> row, Event e) {
        switch (f) {
            case "within_25km", "within_161km" -> {
                Double lat = number(row.get("latitude")), lon = number(row.get("longitude"));
                if (lat == null || lon == null) return null;
                if (e == null || e.place().latitude() == null) return false;
                double km = org.sitrep.geo.Geo.km(lat, lon, e.place().latitude(), e.place().longitude());
                return km <= (f.equals("within_25km") ? 25 : 161);
            }
            case "fatalities_20pct" -> {
                Double g = number(row.get("fatalities"));
                if (g == null) return null;
                if (e == null) return false;
                return Math.abs(e.fatalities().best() - g) <= 0.2 * g;
            }
            default -> {
                String g = gold(f, row);
                if (g == null || g.isEmpty() && !f.equals("admin1")) return null;
                return e != null && fold(g).equals(fold(got(f, e)));
            }
        }
    }

    static String gold(String f, Map<String, String> row) {
        return switch (f) {
            case "fatalities_20pct" -> row.get("fatalities");
            case "within_25km", "within_161km" -> row.get("latitude") + "," + row.get("longitude");
            default -> row.get(f);
        };
    }

    static String got(String f, Event e) {
        if (e == null) return "";
        return switch (f) {
            case "event_type" -> e.type().label();
            case "sub_event_type" -> e.subType().label();
            case "interaction" -> String.valueOf(e.interaction());
            case "country" -> e.place().country();
            case "admin1" -> e.place().admin1();
            case "fatalities", "fatalities_20pct" -> String.valueOf(e.fatalities().best());
            case "event_date" -> e.date().date().toString();
            default -> e.place().latitude() + "," + e.place().longitude();
        };
    }

    private static Double number(String s) {
        try {
            return s == null || s.isBlank() ? null : Double.parseDouble(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Case- and accent-folded text, for comparing names. */
    static String fold(String s) {
        return Normalizer.normalize(s.replace('’', '\''), Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).trim();
    }
}
