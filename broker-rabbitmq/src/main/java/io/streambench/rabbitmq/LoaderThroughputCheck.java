package io.streambench.rabbitmq;

import io.streambench.api.broker.Broker;
import io.streambench.api.broker.BrokerProvider;
import io.streambench.api.broker.EventWriter;
import io.streambench.api.broker.StreamSpec;
import io.streambench.api.event.ClickEvent;
import io.streambench.api.event.ClickEventCodec;
import io.streambench.api.event.ClickstreamGenerator;
import io.streambench.api.event.GeneratorConfig;
import io.streambench.api.load.LoadProgress;
import io.streambench.api.load.OpenLoopLoader;
import io.streambench.api.run.QueueType;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Loads generated events into each queue type as fast as the writer takes them, with publisher confirms and without
 * (stream queues: with the stream protocol's confirms only), and prints the rates of every round and their medians. A comparison to run by hand, not a test: figures depend on the
 * machine and on what else runs on it.
 *
 * <p>Arguments: {@code [events per load, default 200000] [rounds, default 3] [uri, default the local server]}.
 */
public final class LoaderThroughputCheck {
    private static final Duration FLUSH_TIMEOUT = Duration.ofMinutes(5);
    private static final int WARM_UP_SHARE = 5;

    private final List<ClickEvent> events;
    private final Map<String, String> connectionSettings;

    private LoaderThroughputCheck(List<ClickEvent> events, Map<String, String> connectionSettings) {
        this.events = events;
        this.connectionSettings = connectionSettings;
    }

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Map<String, String> connection = args.length > 2
                ? Map.of("deployment", Deployment.EXTERNAL.wireName(), "uri", args[2]) : Map.of();
        List<ClickEvent> events = ClickstreamGenerator.generate(GeneratorConfig.defaults(1), count);
        double meanBytes = events.stream().mapToInt(e -> ClickEventCodec.encode(e).length).average().orElse(0);
        System.out.printf(Locale.ROOT, "%,d events of %.0f bytes on average per load, %d rounds, %d cores%n",
                count, meanBytes, rounds, Runtime.getRuntime().availableProcessors());

        LoaderThroughputCheck check = new LoaderThroughputCheck(events, connection);
        check.warmUp();
        List<Rate> rates = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            for (QueueType queueType : QueueType.values()) {
                for (boolean confirms : confirmModes(queueType)) {
                    Rate rate = new Rate(queueType, confirms, round, check.load(queueType, confirms, count));
                    System.out.println(rate);
                    rates.add(rate);
                }
            }
        }
        printMedians(rates);
    }

    private void warmUp() {
        for (QueueType queueType : QueueType.values()) {
            for (boolean confirms : confirmModes(queueType)) {
                load(queueType, confirms, events.size() / WARM_UP_SHARE);
            }
        }
    }

    /** Stream queues are written over the stream protocol, which has no publishing without confirms. */
    private static boolean[] confirmModes(QueueType queueType) {
        return queueType == QueueType.STREAM ? new boolean[]{true} : new boolean[]{true, false};
    }

    /** Events per second of one load of {@code count} events into a new stream, flush included. */
    private double load(QueueType queueType, boolean confirms, int count) {
        Map<String, String> settings = new HashMap<>(connectionSettings);
        settings.put("queueType", queueType.wireName());
        settings.put("confirms", Boolean.toString(confirms));
        try (Broker broker = BrokerProvider.named(RabbitMqBrokerProvider.NAME).open(Path.of("."), settings)) {
            String stream = "loader-throughput-" + queueType.wireName() + "-" + Long.toString(System.nanoTime(), 36);
            broker.createStream(new StreamSpec(stream, 1));
            try (EventWriter writer = broker.openWriter(stream)) {
                return OpenLoopLoader.load(writer, events.iterator(), count, null, LoadProgress.NONE, FLUSH_TIMEOUT)
                        .achievedRate();
            } finally {
                broker.deleteStream(stream);
            }
        }
    }

    private static void printMedians(List<Rate> rates) {
        System.out.printf(Locale.ROOT, "%nmedian events/s%n%-8s %12s %12s %8s%n", "queue", "confirms", "no confirms",
                "ratio");
        for (QueueType queueType : QueueType.values()) {
            double confirmed = median(rates, queueType, true);
            if (confirmModes(queueType).length == 1) {
                System.out.printf(Locale.ROOT, "%-8s %,12.0f %12s %8s%n", queueType.wireName(), confirmed, "-", "-");
                continue;
            }
            double unconfirmed = median(rates, queueType, false);
            System.out.printf(Locale.ROOT, "%-8s %,12.0f %,12.0f %8.2f%n", queueType.wireName(), confirmed, unconfirmed,
                    unconfirmed / confirmed);
        }
    }

    private static double median(List<Rate> rates, QueueType queueType, boolean confirms) {
        double[] sorted = rates.stream().filter(r -> r.queueType() == queueType && r.confirms() == confirms)
                .mapToDouble(Rate::eventsPerSecond).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private record Rate(QueueType queueType, boolean confirms, int round, double eventsPerSecond) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "round %d: %-7s %-11s %,10.0f events/s", round, queueType.wireName(),
                    confirms ? "confirms" : "no confirms", eventsPerSecond);
        }
    }
}
