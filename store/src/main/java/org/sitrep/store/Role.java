package org.sitrep.store;

import java.util.Locale;

/** What an account may do: reviewers verify and correct events and moderate replies; admins also manage accounts. */
public enum Role {
    REVIEWER, ADMIN;

    /** The name users type and the store keeps: "reviewer", "admin". */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Returns the role named {@code label} (any case); throws IllegalArgumentException naming the choices otherwise. */
    public static Role fromLabel(String label) {
        for (Role r : values()) {
            if (r.label().equalsIgnoreCase(label.strip())) return r;
        }
        throw new IllegalArgumentException("role must be reviewer or admin, not " + label);
    }
}
