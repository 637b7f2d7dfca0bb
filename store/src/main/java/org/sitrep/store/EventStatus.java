package org.sitrep.store;

import java.util.Locale;

/** Where an event stands with the reviewers: public views show new and verified events, not rejected ones. */
public enum EventStatus {
    NEW, VERIFIED, REJECTED;

    /** The name pages and the store use: "new", "verified", "rejected". */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Returns the status named {@code label} (any case); throws IllegalArgumentException naming the choices otherwise. */
    public static EventStatus fromLabel(String label) {
        for (EventStatus s : values()) {
            if (s.label().equalsIgnoreCase(label.strip())) return s;
        }
        throw new IllegalArgumentException("status must be new, verified or rejected, not " + label);
    }
}
