package io.streambench.bench.cli;

import io.streambench.api.event.ClickEventCodec;
import io.streambench.api.event.ClickstreamGenerator;
import io.streambench.api.event.GeneratorConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Writes generated click events as JSON lines, in arrival order (the order loaders send them).")
final class GenerateCommand implements Runnable {
    @Option(names = "--seed", defaultValue = "42", description = "seed of the stream (default: ${DEFAULT-VALUE})")
    private long seed;

    @Option(names = "--events", defaultValue = "10000", description = "how many events (default: ${DEFAULT-VALUE})")
    private long events;

    @Option(names = "--rate", defaultValue = "1000", description = "events per second of the send schedule (default: ${DEFAULT-VALUE})")
    private double rate;

    @Option(names = "--users", defaultValue = "10000", description = "distinct users (default: ${DEFAULT-VALUE})")
    private int users;

    @Option(names = "--pages", defaultValue = "1000", description = "distinct pages (default: ${DEFAULT-VALUE})")
    private int pages;

    @Option(names = "--out-of-order-share", defaultValue = "0.10", description = "share of out-of-order events (default: ${DEFAULT-VALUE})")
    private double outOfOrderShare;

    @Option(names = "--late-share", defaultValue = "0.01", description = "share of late events (default: ${DEFAULT-VALUE})")
    private double lateShare;

    @Option(names = "--start", description = "intended send time of the first event, epoch ms (default: a fixed 2023 instant)")
    private Long start;

    @Option(names = {"-o", "--out"}, description = "file to write (default: standard output)")
    private Path out;

    @Override
    public void run() {
        if (events < 1) {
            throw new IllegalArgumentException("--events must be at least 1, was " + events);
        }
        GeneratorConfig config = GeneratorConfig.defaults(seed).withPopulation(users, pages)
                .withSchedule(rate, start == null ? GeneratorConfig.DEFAULT_START : start)
                .withDisorder(outOfOrderShare, Duration.ofSeconds(3), lateShare, Duration.ofMinutes(10), 0);
        ClickstreamGenerator generator = new ClickstreamGenerator(config);
        try (OutputStream target = new BufferedOutputStream(out == null ? System.out : Files.newOutputStream(out), 1 << 16)) {
            for (long i = 0; i < events; i++) {
                target.write(ClickEventCodec.encode(generator.next()));
                target.write('\n');
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot write events to " + (out == null ? "standard output" : out) + ": "
                    + e.getMessage(), e);
        }
    }
}
