package io.streambench.flink;

import com.fasterxml.jackson.databind.JsonNode;
import io.streambench.api.engine.JobHandle;
import io.streambench.api.json.Json;
import org.apache.flink.api.common.JobID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * A job's gauges as the JobManager's REST API tells them: the busiest and the most backpressured task's milliseconds
 * per second (the largest over every vertex's subtasks, so 1000 is a task doing nothing else), and the latest completed
 * checkpoint's end-to-end duration and size. Empty where the API does not answer this time.
 */
final class FlinkRestMetrics {
    static final String BUSY = JobHandle.GAUGE_PREFIX + "busy-ms-per-second";
    static final String BACKPRESSURED = JobHandle.GAUGE_PREFIX + "backpressured-ms-per-second";
    static final String CHECKPOINT_DURATION = JobHandle.GAUGE_PREFIX + "last-checkpoint-ms";
    static final String CHECKPOINT_SIZE = JobHandle.GAUGE_PREFIX + "last-checkpoint-bytes";
    private static final Logger LOG = LoggerFactory.getLogger(FlinkRestMetrics.class);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(2);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(REQUEST_TIMEOUT).build();
    private final String base;

    FlinkRestMetrics(String host, int port) {
        this.base = "http://" + host + ":" + port;
    }

    Map<String, Long> of(JobID job) {
        Map<String, Long> gauges = new HashMap<>();
        try {
            long busy = 0;
            long backpressured = 0;
            for (JsonNode vertex : get("/jobs/" + job + "").path("vertices")) {
                for (JsonNode metric : get("/jobs/" + job + "/vertices/" + vertex.path("id").asText()
                        + "/subtasks/metrics?get=busyTimeMsPerSecond,backPressuredTimeMsPerSecond&agg=max")) {
                    long max = Math.round(metric.path("max").asDouble(0));
                    switch (metric.path("id").asText()) {
                        case "busyTimeMsPerSecond" -> busy = Math.max(busy, max);
                        case "backPressuredTimeMsPerSecond" -> backpressured = Math.max(backpressured, max);
                        default -> { }
                    }
                }
            }
            gauges.put(BUSY, busy);
            gauges.put(BACKPRESSURED, backpressured);
            JsonNode completed = get("/jobs/" + job + "/checkpoints").path("latest").path("completed");
            if (completed.isObject()) {
                gauges.put(CHECKPOINT_DURATION, completed.path("end_to_end_duration").asLong());
                gauges.put(CHECKPOINT_SIZE, completed.path("checkpointed_size").asLong());
            }
        } catch (IOException e) {
            LOG.debug("no metrics of job {} from {} this time: {}", job, base, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return gauges;
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + path))
                .timeout(REQUEST_TIMEOUT).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("GET " + path + " answered " + response.statusCode());
        }
        return Json.json().readTree(response.body());
    }
}
