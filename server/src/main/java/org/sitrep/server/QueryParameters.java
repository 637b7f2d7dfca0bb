package org.sitrep.server;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The query parameters of one request, each given at most once and each one the route knows:
 * users mistype filter names, and a filter silently ignored returns the wrong events.
 */
final class QueryParameters {
    private final Map<String, String> values = new HashMap<>();

    /**
     * @param given the request's parameters, as Javalin's {@code queryParamMap()} gives them
     * @param known the names the route accepts
     * @throws ApiError (400) naming the first unknown or repeated parameter
     */
    QueryParameters(Map<String, List<String>> given, Collection<String> known) {
        for (Map.Entry<String, List<String>> e : given.entrySet()) {
            String name = e.getKey();
            if (!known.contains(name)) {
                throw ApiError.badParameter(name, "Unknown query parameter '" + name + "'; "
                        + (known.isEmpty() ? "this route takes none." : "this route takes " + String.join(", ", known) + "."));
            }
            if (e.getValue().size() > 1) {
                throw ApiError.badParameter(name, "The query parameter '" + name + "' is given "
                        + e.getValue().size() + " times; give it once.");
            }
            values.put(name, e.getValue().isEmpty() ? "" : e.getValue().get(0).strip());
        }
    }

    /**
     * Checks that a route that takes no query parameters was given none.
     *
     * @throws ApiError (400) naming the first parameter given
     */
    static void expectNone(Map<String, List<String>> given) {
        new QueryParameters(given, List.of());
    }

    /** Returns the parameter's value, or null when it is absent or blank. */
    String text(String name) {
        String v = values.get(name);
        return v == null || v.isEmpty() ? null : v;
    }

    /**
     * Returns the parameter as a date, or null when it is absent.
     *
     * @throws ApiError (400) when it is not a date as YYYY-MM-DD
     */
    LocalDate date(String name) {
        String v = text(name);
        if (v == null) return null;
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw ApiError.badParameter(name, name + " must be a date as YYYY-MM-DD, not '" + v + "'.");
        }
    }

    /**
     * Returns the parameter as a whole number, or null when it is absent.
     *
     * @throws ApiError (400) when it is not a whole number from {@code min} to {@code max}
     */
    Integer integer(String name, int min, int max) {
        String v = text(name);
        if (v == null) return null;
        String expected = name + " must be a whole number from " + min + " to " + max + ", not '" + v + "'.";
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) throw ApiError.badParameter(name, expected);
            return n;
        } catch (NumberFormatException e) {
            throw ApiError.badParameter(name, expected);
        }
    }
}
