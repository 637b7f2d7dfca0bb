package org.sitrep.server;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Jetty's own refusals, of requests it cannot hand to Javalin at all (a path with a bad %-escape,
 * a URI or headers too long), in the API's error shape instead of an HTML page.
 */
final class JsonErrorPage extends ErrorHandler {
    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        response.setStatus(code);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.write(true, body(code, message), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "application/json");
        return body(status, reason);
    }

    private static ByteBuffer body(int code, String message) {
        String sentence = "The server cannot take this request (" + code
                + (message == null || message.isBlank() ? "" : " " + message) + ").";
        return ByteBuffer.wrap(ApiJson.error(sentence, null).toString().getBytes(StandardCharsets.UTF_8));
    }
}
