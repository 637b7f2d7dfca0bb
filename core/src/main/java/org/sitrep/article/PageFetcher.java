package org.sitrep.article;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.BodySubscribers;
import java.net.http.HttpResponse.ResponseInfo;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;

/**
 * Fetches a web page over HTTP(S), following redirects, within a time limit and a size cap. Every
 * way a fetch can fail becomes an {@link UnreadableArticleException} naming the cause.
 */
final class PageFetcher {
    private static final String USER_AGENT = "Sitrep/0.1 (news event extraction)";

    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final SizeCap cap;
    private HttpClient client;

    PageFetcher(Duration connectTimeout, Duration readTimeout, SizeCap cap) {
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
        this.cap = cap;
    }

    /**
     * Returns the page at the URL, with where it was found after redirects.
     *
     * @param input how the user named the URL, for messages
     * @throws UnreadableArticleException if the host is unknown or unreachable, the server answers
     *                                    with an error status, is too slow, or sends too much
     */
    ArticleReader.Fetched fetch(URI uri, String input) throws UnreadableArticleException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(readTimeout)
                .header("User-Agent", USER_AGENT)
                .header("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5")
                .GET()
                .build();
        CompletableFuture<HttpResponse<byte[]>> pending = client().sendAsync(request, this::capped);
        try {
            // The request timeout only covers the wait for headers; this covers a body that trickles.
            HttpResponse<byte[]> response = pending.get(readTimeout.toMillis(), TimeUnit.MILLISECONDS);
            int status = response.statusCode();
            if (status >= 400) {
                throw new UnreadableArticleException(input, "HTTP status " + status);
            }
            if (status >= 300) {
                throw new UnreadableArticleException(input, "too many redirects (HTTP status " + status + ")");
            }
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            return new ArticleReader.Fetched(response.uri().toString(), contentType, response.body());
        } catch (TimeoutException slow) {
            pending.cancel(true);
            throw new UnreadableArticleException(input, "timed out after " + seconds(readTimeout));
        } catch (InterruptedException interrupted) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            throw new UnreadableArticleException(input, "interrupted");
        } catch (ExecutionException failed) {
            throw new UnreadableArticleException(input, problem(failed.getCause(), uri));
        }
    }

    /** The body of a page with an error status is not read; a body over the cap stops the fetch. */
    private BodySubscriber<byte[]> capped(ResponseInfo info) {
        if (info.statusCode() >= 300) {
            return BodySubscribers.replacing(new byte[0]);
        }
        long announced = info.headers().firstValueAsLong("Content-Length").orElse(-1);
        return new CappedBody(cap, announced);
    }

    private String problem(Throwable cause, URI uri) {
        for (Throwable c = cause; c != null; c = c.getCause()) {
            if (c instanceof TooLarge) {
                return cap.problem();
            }
            if (c instanceof UnresolvedAddressException || c instanceof UnknownHostException) {
                return "unknown host " + uri.getHost();
            }
            if (c instanceof HttpConnectTimeoutException) {
                return "could not connect within " + seconds(connectTimeout);
            }
            if (c instanceof HttpTimeoutException) {
                return "timed out after " + seconds(readTimeout);
            }
            if (c instanceof ConnectException) {
                return "cannot connect (connection refused)";
            }
            if (c instanceof SSLException) {
                return "TLS failed (" + c.getMessage() + ")";
            }
        }
        String message = cause.getMessage();
        return "cannot fetch (" + (message == null ? cause.getClass().getSimpleName() : message) + ")";
    }

    private static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    private synchronized HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder()
                    .connectTimeout(connectTimeout)
                    .followRedirects(HttpClient.Redirect.NORMAL)
                    .build();
        }
        return client;
    }

    /** Signals a body over the cap; never leaves this class. */
    private static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super("body over the size cap");
        }
    }

    /** Collects a body, giving up as soon as it is known to exceed the cap. */
    private static final class CappedBody implements BodySubscriber<byte[]> {
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final SizeCap cap;
        private final long announced;
        private Flow.Subscription subscription;

        CappedBody(SizeCap cap, long announced) {
            this.cap = cap;
            this.announced = announced;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            if (cap.exceededBy(announced)) {
                subscription.cancel();
                result.completeExceptionally(new TooLarge());
            } else {
                subscription.request(Long.MAX_VALUE);
            }
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer buffer : buffers) {
                if (cap.exceededBy((long) bytes.size() + buffer.remaining())) {
                    subscription.cancel();
                    result.completeExceptionally(new TooLarge());
                    return;
                }
                byte[] chunk = new byte[buffer.remaining()];
                buffer.get(chunk);
                bytes.writeBytes(chunk);
            }
        }

        @Override
        public void onError(Throwable throwable) {
            result.completeExceptionally(throwable);
        }

        @Override
        public void onComplete() {
            result.complete(bytes.toByteArray());
        }
    }
}
