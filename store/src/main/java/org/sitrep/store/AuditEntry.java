package org.sitrep.store;

import java.time.OffsetDateTime;

/**
 * One change a person made to an event.
 *
 * @param at      when
 * @param account who (the account's name)
 * @param eventId which event
 * @param field   which field ("fatalities", "status", ...)
 * @param before  its value before, as the schema writes it
 * @param after   its value after
 */
public record AuditEntry(OffsetDateTime at, String account, String eventId, String field, String before, String after) {
}
