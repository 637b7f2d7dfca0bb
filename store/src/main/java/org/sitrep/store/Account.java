package org.sitrep.store;

/**
 * A person who reviews events.
 *
 * @param id   the account's row id
 * @param name the login name
 * @param role what the account may do
 */
public record Account(long id, String name, Role role) {
}
