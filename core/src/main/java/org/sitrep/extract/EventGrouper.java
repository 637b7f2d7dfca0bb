package org.sitrep.extract;

import org.sitrep.model.EventDate;

import java.util.ArrayList;
import java.util.List;

/**
 * Groups an article's mentions into occurrences. A report usually opens with its main event and
 * returns to it ("the soldiers were killed by...", "Monday night's attack"); a mention starts a new
 * occurrence when its words say so ("another attack") or when its date cannot be the same day as
 * the event it would join.
 */
final class EventGrouper {

    /** Mentions that describe one occurrence, in article order. */
    static final class Group {
        final List<Mention> mentions = new ArrayList<>();
        EventDate date;

        Mention.Family family() {
            return mentions.get(0).family();
        }

        void add(Mention m) {
            mentions.add(m);
            if (date == null && m.date() != null) date = m.date().date();
        }
    }

    /** Returns the occurrences of {@code mentions}, in order of first mention. */
    List<Group> group(List<Mention> mentions) {
        List<Group> groups = new ArrayList<>();
        Group current = null;
        for (Mention m : mentions) {
            Group target = null;
            EventDate date = m.date() == null ? null : m.date().date();
            if (!m.newOccurrence()) {
                if (date == null) {
                    if (current != null && current.family().joins(m.family())) target = current;
                } else {
                    if (current != null && current.date == null && current.family().joins(m.family())) {
                        target = current;
                    } else {
                        for (int i = groups.size() - 1; i >= 0 && target == null; i--) {
                            Group g = groups.get(i);
                            if (g.date != null && g.date.overlaps(date) && g.family().joins(m.family())) target = g;
                        }
                    }
                }
            }
            if (target == null) {
                target = new Group();
                groups.add(target);
            }
            target.add(m);
            current = target;
        }
        return groups;
    }
}
