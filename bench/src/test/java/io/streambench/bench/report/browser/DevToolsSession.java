package io.streambench.bench.report.browser;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.streambench.api.json.Json;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A Chrome DevTools protocol session with one page over a WebSocket: commands wait for their answer within a bound,
 * and every event the page sends is kept for the test to look at.
 */
final class DevToolsSession implements AutoCloseable {
    private final WebSocket socket;
    private final AtomicInteger nextId = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<JsonNode> events = new CopyOnWriteArrayList<>();

    private DevToolsSession(URI endpoint, Duration timeout) throws IOException, InterruptedException {
        try {
            this.socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(timeout)
                    .buildAsync(endpoint, new Listener()).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("cannot open the DevTools socket " + endpoint, e);
        }
    }

    static DevToolsSession connect(URI endpoint, Duration timeout) throws IOException, InterruptedException {
        return new DevToolsSession(endpoint, timeout);
    }

    /** Sends a command and returns its {@code result}; a protocol error or no answer in time fails. */
    JsonNode call(String method, ObjectNode params, Duration timeout) throws IOException, InterruptedException {
        int id = nextId.incrementAndGet();
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        ObjectNode message = Json.json().createObjectNode().put("id", id).put("method", method);
        message.set("params", params);
        try {
            socket.sendText(Json.json().writeValueAsString(message), true).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            JsonNode response = answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (response.has("error")) {
                throw new IOException(method + " failed: " + response.get("error"));
            }
            return response.path("result");
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException(method + " got no answer within " + timeout.toSeconds() + " s", e);
        } finally {
            pending.remove(id);
        }
    }

    JsonNode call(String method, Duration timeout) throws IOException, InterruptedException {
        return call(method, Json.json().createObjectNode(), timeout);
    }

    /** The events received so far with this method name, e.g. {@code Runtime.exceptionThrown}. */
    List<JsonNode> events(String method) {
        return events.stream().filter(event -> method.equals(event.path("method").asText()))
                .map(event -> event.path("params")).toList();
    }

    void clearEvents() {
        events.clear();
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").completeOnTimeout(socket, 5, TimeUnit.SECONDS).join();
        socket.abort();
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder message = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            message.append(data);
            if (last) {
                receive(message.toString());
                message.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        private void receive(String text) {
            try {
                JsonNode received = Json.json().readTree(text);
                if (received.has("id")) {
                    CompletableFuture<JsonNode> answer = pending.get(received.get("id").asInt());
                    if (answer != null) {
                        answer.complete(received);
                    }
                } else {
                    events.add(received);
                }
            } catch (JsonProcessingException e) {
                pending.values().forEach(answer -> answer.completeExceptionally(e));
            }
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            pending.values().forEach(answer -> answer.completeExceptionally(error));
        }
    }
}
