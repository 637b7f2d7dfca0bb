package org.sitrep.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Real HTTP requests to a running {@link ApiServer}, as a client would send them. */
final class ApiClient {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final String base;

    ApiClient(int port) {
        this(port, null);
    }

    /**
     * A client whose requests come from {@code local} (any 127.x.y.z address reaches the server on
     * Linux), so that each test can be a client of its own for per-address limits.
     */
    ApiClient(int port, InetAddress local) {
        HttpClient.Builder b = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5));
        if (local != null) b.localAddress(local);
        this.http = b.build();
        this.base = "http://127.0.0.1:" + port;
    }

    /** One answer: its status, headers and body. */
    record Reply(int status, HttpHeaders headers, String body) {
        JsonNode json() {
            return ApiClient.json(body);
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        String contentType() {
            return header("Content-Type");
        }

        /** The error body's {@code parameter}, or null. */
        String parameter() {
            JsonNode p = json().get("parameter");
            return p == null ? null : p.asText();
        }
    }

    /** Returns {@code text} parsed as JSON; fails the test when it is not JSON. */
    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    /** GET {@code path} with the query parameters {@code nameValues} (name, value, name, value, ...), URL-encoded. */
    Reply get(String path, String... nameValues) {
        return send(HttpRequest.newBuilder(uri(path, nameValues)).GET());
    }

    /** POST {@code body} as {@code contentType} with {@code Authorization: Bearer <token>} (none when null). */
    Reply post(String path, String token, String contentType, String body, String... nameValues) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path, nameValues))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) b.header("Content-Type", contentType);
        if (token != null) b.header("Authorization", "Bearer " + token);
        return send(b);
    }

    /** POST {@code body} without a Content-Length, in chunks, as a streaming client sends it. */
    Reply postChunked(String path, String token, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(uri(path))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .header("Content-Type", contentType)
                .header("Authorization", "Bearer " + token));
    }

    /**
     * Sends {@code method} to {@code path} with {@code form} as an HTML form's body (none when null)
     * and the headers {@code nameValues} (name, value, name, value, ...), as a browser with a session would.
     */
    Reply form(String method, String path, String form, String... nameValues) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).method(method, form == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8));
        if (form != null) b.header("Content-Type", "application/x-www-form-urlencoded");
        for (int i = 0; i + 1 < nameValues.length; i += 2) b.header(nameValues[i], nameValues[i + 1]);
        return send(b);
    }

    /** Sends {@code method} to {@code path} without a body. */
    Reply method(String method, String path) {
        return send(HttpRequest.newBuilder(uri(path)).method(method, HttpRequest.BodyPublishers.noBody()));
    }

    private URI uri(String path, String... nameValues) {
        StringBuilder s = new StringBuilder(base).append(path);
        for (int i = 0; i + 1 < nameValues.length; i += 2) {
            s.append(i == 0 ? '?' : '&').append(URLEncoder.encode(nameValues[i], StandardCharsets.UTF_8))
                    .append('=').append(URLEncoder.encode(nameValues[i + 1], StandardCharsets.UTF_8));
        }
        return URI.create(s.toString());
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(r.statusCode(), r.headers(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
