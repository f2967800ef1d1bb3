package id.djpk.portal.web.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A visitor's live-chat socket ({@code /ws/chat}) as a test drives it: frames sent as JSON, frames received queued
 * in order. A test speaks as its own address with {@code X-Forwarded-For} (the test portal trusts 127.0.0.1 as its
 * proxy), so that the limit of new chats per address is its own.
 */
final class ChatClient implements AutoCloseable {

    /** How long to wait for a frame before the test fails: the wait ends as soon as it comes. */
    static final Duration PATIENCE = Duration.ofSeconds(60); // a loaded CI machine may take long; a frame ends the wait

    private final BlockingQueue<JsonObject> frames = new LinkedBlockingQueue<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final WebSocket socket;

    private ChatClient(String url, String address) {
        socket = HttpClient.newHttpClient().newWebSocketBuilder().header("X-Forwarded-For", address)
                .buildAsync(URI.create(url), new Listener()).join();
    }

    static ChatClient open(PortalServer portal, String address) {
        return open(portal, address, null);
    }

    static ChatClient open(PortalServer portal, String address, String lang) {
        return at(portal.publicUrl("/"), address, lang);
    }

    /** The socket of the public site at {@code base} ({@code http://host:port/}). */
    static ChatClient at(String base, String address, String lang) {
        return new ChatClient(base.replace("http://", "ws://") + "ws/chat" + (lang == null ? "" : "?lang=" + lang), address);
    }

    void send(JsonObjectBuilder frame) {
        send(frame.build().toString());
    }

    void send(String text) {
        socket.sendText(text, true).join();
    }

    static JsonObjectBuilder frame(String type) {
        return Json.createObjectBuilder().add("type", type);
    }

    /** The next frame, waiting for it. */
    JsonObject next() throws InterruptedException {
        JsonObject f = frames.poll(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        if (f == null) {
            PortalServer portal = PortalServer.get();
            throw new AssertionError("no frame from /ws/chat within " + PATIENCE
                    + (portal == null ? "" : portal.diagnose("id.djpk.portal")));
        }
        return f;
    }

    /** The next frame of {@code type}, skipping others (the visitor's own messages coming back, say). */
    JsonObject next(String type) throws InterruptedException {
        while (true) {
            JsonObject f = next();
            if (type.equals(f.getString("type"))) {
                return f;
            }
        }
    }

    /** The next message frame from {@code from}. */
    JsonObject nextFrom(String from) throws InterruptedException {
        while (true) {
            JsonObject f = next("message");
            if (from.equals(f.getString("from"))) {
                return f;
            }
        }
    }

    /** The close code once the server closed the socket. */
    int awaitClosed() throws Exception {
        return closed.get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
    }

    boolean isClosed() {
        return closed.isDone();
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "").exceptionally(e -> null);
        }
        socket.abort();
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                frames.add(Json.createReader(new StringReader(partial.toString())).readObject());
                partial.setLength(0);
            }
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
            closed.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket ws, Throwable error) {
            closed.complete(-1);
        }
    }
}
