package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.EventWriter;

/**
 * The one extractor the integration tests share: CoreNLP's models and the gazetteer load once per
 * test JVM (failsafe reuses one fork for every IT class of a module).
 */
public final class Models {
    /** The extractor, loaded when the first test touches this class. */
    public static final Extractor EXTRACTOR = Extractor.english();

    /** The extractor that codes French articles in French (the French models load on first use). */
    public static final Extractor MULTILINGUAL = Extractor.multilingual();

    /** The seed article's publication date, a Saturday: "Monday" is 8 July, "last month" June. */
    public static final LocalDate SATURDAY_13_JULY_2024 = LocalDate.of(2024, 7, 13);

    private Models() {
    }

    /** Returns the events of {@code text} read as an English article published on 13 July 2024. */
    public static List<Event> extract(String text) {
        return EXTRACTOR.extract(new Article("test", null, "", SATURDAY_13_JULY_2024, "en", "", text));
    }

    /** Returns the one event {@code text} reports; fails, listing what came out, when it is not exactly one. */
    public static Event onlyEvent(String text) {
        List<Event> events = extract(text);
        assertEquals(1, events.size(), () -> "expected one event from: " + text + "\ngot: " + describe(events));
        return events.get(0);
    }

    /** The events as JSON lines, for failure messages. */
    public static String describe(List<Event> events) {
        return events.isEmpty() ? "no events"
                : events.stream().map(e -> EventWriter.json(e, false)).collect(Collectors.joining("\n"));
    }
}
