package org.sitrep.server;

/**
 * A request the server refuses for a reason the client can fix, answered as
 * {@code {"error": "<message>", "parameter": "<name>"}} with {@link #status()}.
 */
final class ApiError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String parameter;

    /**
     * @param status    the HTTP status
     * @param message   one sentence saying what is wrong
     * @param parameter the query parameter, path parameter or body field to blame, or null
     */
    ApiError(int status, String message, String parameter) {
        super(message, null, false, false);
        this.status = status;
        this.parameter = parameter;
    }

    /** A 400 that blames {@code parameter}. */
    static ApiError badParameter(String parameter, String message) {
        return new ApiError(400, message, parameter);
    }

    /** A 404 for an id that names nothing. */
    static ApiError notFound(String parameter, String message) {
        return new ApiError(404, message, parameter);
    }

    int status() {
        return status;
    }

    /** The parameter to blame, or null when the request as a whole is wrong. */
    String parameter() {
        return parameter;
    }
}
