package org.sitrep.cli;

import org.sitrep.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.concurrent.Callable;

/** {@code sitrep split}: undoes the merges of a stored event. */
@Command(name = "split", mixinStandardHelpOptions = true,
        description = "Undoes the merges of an event: each of its source articles gets its own event again, "
                + "as that article coded it. Prints the event ids, the given one first.")
final class SplitCommand implements Callable<Integer> {
    @Parameters(arity = "1", paramLabel = "EVENT_ID", description = "the event to split, e.g. NER-000012")
    String eventId;

    @Mixin
    StoreOptions store = new StoreOptions();

    @Override
    public Integer call() {
        try (EventStore events = store.open()) {
            if (events.event(eventId).isEmpty()) throw new BadInputException("no event " + eventId + " in " + events.location());
            List<String> ids = events.split(eventId);
            if (ids.size() == 1) {
                System.out.println(eventId + " has one source: nothing to split");
            } else {
                ids.forEach(System.out::println);
            }
            return 0;
        }
    }
}
