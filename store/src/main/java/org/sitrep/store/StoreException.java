package org.sitrep.store;

/** The store could not do what was asked: the database is unreachable, or a value does not fit. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
