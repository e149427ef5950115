package io.streambench.spark.rabbitmq;

import io.streambench.api.broker.Broker;
import io.streambench.api.broker.EventWriter;
import io.streambench.api.broker.StreamSpec;
import io.streambench.api.event.ClickEvent;
import io.streambench.api.event.ClickEventCodec;
import io.streambench.api.event.ClickstreamGenerator;
import io.streambench.api.event.GeneratorConfig;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Queues on the local RabbitMQ server, created and written through the project's broker SPI, as the bench does. */
final class TestQueues {
    static final String URI = "amqp://guest:guest@127.0.0.1:5672";
    static final String STREAM_URI = "rabbitmq-stream://guest:guest@127.0.0.1:5552/%2f";
    private static final Duration FLUSH_TIMEOUT = Duration.ofSeconds(30);
    private static final AtomicInteger NAMES = new AtomicInteger();
    /** Bodies the engine must route aside as malformed; the source hands them on untouched. */
    private static final List<byte[]> RAW_BODIES = List.of("not json {".getBytes(StandardCharsets.UTF_8),
            new byte[]{(byte) 0xff, 0, (byte) 0xfe, 0x7b});

    private TestQueues() {
    }

    /** A new queue (and its exchange) with a name no earlier run used. */
    static String create(Broker broker, String prefix) {
        String name = "spark-source-" + prefix + "-" + ProcessHandle.current().pid() + "-" + NAMES.incrementAndGet();
        broker.createStream(new StreamSpec(name, 1));
        return name;
    }

    /**
     * Writes {@code count} messages: clickstream events, two of them replaced by raw non-JSON bodies.
     *
     * @return the bodies in the order written, as Base64 for readable comparisons
     */
    static List<String> write(Broker broker, String queue, long seed, int count) {
        List<ClickEvent> events = ClickstreamGenerator.generate(GeneratorConfig.defaults(seed), count);
        List<String> bodies = new ArrayList<>();
        try (EventWriter writer = broker.openWriter(queue)) {
            for (int i = 0; i < count; i++) {
                byte[] body = i == count / 3 || i == 2 * count / 3
                        ? RAW_BODIES.get(i == count / 3 ? 0 : 1) : ClickEventCodec.encode(events.get(i));
                if (i == count / 3 || i == 2 * count / 3) {
                    writer.sendRaw("raw-" + i, body);
                } else {
                    writer.send(events.get(i));
                }
                bodies.add(base64(body));
            }
            writer.flush(FLUSH_TIMEOUT);
        }
        return bodies;
    }

    static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
