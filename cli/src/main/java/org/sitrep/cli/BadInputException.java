package org.sitrep.cli;

/** A problem the user caused; its message is one line, printed without a stack trace (exit 1). */
final class BadInputException extends RuntimeException {
    BadInputException(String message) {
        super(message);
    }
}
