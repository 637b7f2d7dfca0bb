package org.sitrep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sitrep.geo.Countries;
import org.sitrep.geo.Country;
import org.sitrep.geo.GazetteerEntry;
import org.sitrep.geo.Geocoder;
import org.sitrep.geo.Toponym;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code sitrep geocode --input jsonl}: resolves the place names of each input line
 * {@code {"id", "text", "toponyms": [{"start", "end"}]}} (without {@code toponyms}, finds them
 * first) and prints one line per place: {@code {"id", "start", "end", "name", "level",
 * "geonameid", "latitude", "longitude", "country", "admin1"}}. {@code name} is the place's name
 * in the gazetteer, or the name as written when it was not resolved; then {@code level},
 * {@code geonameid}, the coordinates, {@code country} and {@code admin1} are null.
 */
@Command(name = "geocode", mixinStandardHelpOptions = true,
        description = "Puts the place names of texts on the map: sitrep geocode --input jsonl [FILE|-]...")
final class GeocodeCommand implements Callable<Integer> {

    @Option(names = "--input", required = true,
            description = "jsonl: lines {\"id\", \"text\", \"toponyms\": [{\"start\", \"end\"}]} (toponyms optional)")
    String input;

    @picocli.CommandLine.Mixin
    PlacesOptions places = new PlacesOptions();

    @Option(names = "--threads", description = "worker threads (default: the number of cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "JSON-lines files, or - for standard input (the default)")
    List<String> inputs = new ArrayList<>();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** One good input line: its id, text, and the spans to resolve (null: find the places). */
    private record Line(JsonNode id, String text, List<int[]> spans) {
    }

    @Override
    public Integer call() {
        if (!input.equals("jsonl")) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--input must be jsonl, not " + input);
        }
        if (inputs.isEmpty()) {
            inputs = List.of("-");
        }
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        List<Line> lines = new ArrayList<>();
        boolean failed = false;
        for (String in : inputs) {
            failed |= !read(in, lines, err);
        }
        Geocoder geocoder = new Geocoder(places.gazetteer());
        Countries countries = Countries.load();
        ObjectMapper json = new ObjectMapper();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<List<Toponym>>> results = new ArrayList<>();
            for (Line line : lines) {
                results.add(pool.submit(() -> line.spans() == null
                        ? geocoder.find(line.text()) : geocoder.resolve(line.text(), line.spans())));
            }
            for (int i = 0; i < lines.size(); i++) {
                for (Toponym t : results.get(i).get()) {
                    out.println(json.writeValueAsString(place(lines.get(i).id(), t, countries)));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } catch (ExecutionException | IOException e) {
            throw new IllegalStateException(e.getCause() == null ? e : e.getCause());
        } finally {
            pool.shutdownNow();
            out.flush();
        }
        return failed ? 1 : 0;
    }

    /** The output line of one place. */
    static ObjectNode place(JsonNode id, Toponym t, Countries countries) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.set("id", id);
        o.put("start", t.start());
        o.put("end", t.end());
        GazetteerEntry e = t.place();
        o.put("name", e == null ? t.name() : e.name());
        if (e == null) {
            o.putNull("level");
            o.putNull("geonameid");
            o.putNull("latitude");
            o.putNull("longitude");
            o.putNull("country");
            o.putNull("admin1");
            return o;
        }
        o.put("level", e.level().label());
        if (e.geonameid() > 0) {
            o.put("geonameid", e.geonameid());
        } else {
            o.putNull("geonameid");
        }
        o.put("latitude", e.latitude());
        o.put("longitude", e.longitude());
        String country = countries.byIso2(e.countryCode()).map(Country::name).orElse(null);
        o.put("country", country);
        o.put("admin1", e.admin1() == null || e.admin1().isEmpty() ? null : e.admin1());
        return o;
    }

    /** Reads the lines of one input; reports each bad line on stderr and returns false when there was one. */
    private static boolean read(String in, List<Line> lines, PrintWriter err) {
        return JsonLines.read(in, err, (node, where) -> lines.add(parse(node, where)));
    }

    /** Reads one input line's object; a line that breaks the contract is a BadInputException naming it. */
    private static Line parse(JsonNode node, String where) {
        JsonNode text = node.get("text");
        if (text == null || !text.isTextual()) {
            throw new BadInputException(where + ": has no \"text\" string");
        }
        JsonNode id = node.hasNonNull("id") ? node.get("id") : JsonNodeFactory.instance.textNode(where);
        JsonNode toponyms = node.get("toponyms");
        if (toponyms == null || toponyms.isNull()) {
            return new Line(id, text.asText(), null);
        }
        if (!toponyms.isArray()) {
            throw new BadInputException(where + ": \"toponyms\" is not a list");
        }
        int length = text.asText().length();
        List<int[]> spans = new ArrayList<>();
        for (int k = 0; k < toponyms.size(); k++) {
            JsonNode t = toponyms.get(k);
            JsonNode start = t.get("start");
            JsonNode end = t.get("end");
            if (start == null || end == null || !start.canConvertToInt() || !end.canConvertToInt()
                    || !start.isIntegralNumber() || !end.isIntegralNumber()) {
                throw new BadInputException(where + ": toponym " + (k + 1) + " needs integer \"start\" and \"end\"");
            }
            int s = start.asInt();
            int e = end.asInt();
            if (s < 0 || s >= e || e > length) {
                throw new BadInputException(where + ": toponym " + (k + 1) + " [" + s + ", " + e
                        + ") is not inside the text of " + length + " characters");
            }
            spans.add(new int[]{s, e});
        }
        return new Line(id, text.asText(), spans);
    }
}
