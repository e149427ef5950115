package io.streambench.bench.load;

import io.streambench.api.broker.Broker;
import io.streambench.api.event.ClickstreamGenerator;
import io.streambench.api.json.Json;
import io.streambench.api.load.LoadProgress;
import io.streambench.api.load.LoadReport;
import io.streambench.api.load.OpenLoopLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The load generator in a JVM of its own, apart from the bench that measures and from the system under test, so that
 * its CPU is its own (the bench can pin it to CPUs and reads its CPU time) and no bench thread delays a send.
 * Argument: a {@link LoadTarget} JSON file. It opens the writer, prints {@code ready}, reads its {@link LoadPlan} as
 * one line on standard input, loads, sends the end-of-input markers, flushes, and prints {@code finished} with the
 * figures, or {@code failed} with the reason and exits non-zero (see {@link LoaderLine}). After {@code finished} it
 * waits for the bench to close its standard input, so that the bench can read its CPU time before it exits.
 */
public final class LoaderMain {
    static final int EXIT_OK = 0;
    static final int EXIT_FAILED = 1;
    static final int EXIT_ABANDONED = 3;
    private static final Logger LOG = LoggerFactory.getLogger(LoaderMain.class);
    private static final Duration PROGRESS_EVERY = Duration.ofMillis(250);
    private static final Duration LINGER = Duration.ofMinutes(1);

    private LoaderMain() {
    }

    public static void main(String[] args) {
        PrintStream protocol = System.out;
        System.setOut(System.err);
        System.exit(run(args, new ProtocolOutput(protocol), new BenchInput(System.in)));
    }

    private static int run(String[] args, ProtocolOutput output, BenchInput input) {
        LoaderLine.Finished finished;
        input.watch(() -> {
            LOG.error("the bench closed the loader's input before the load ended; stopping");
            Runtime.getRuntime().halt(EXIT_ABANDONED);
        });
        try {
            if (args.length != 1) {
                throw new IllegalArgumentException("usage: LoaderMain <load target JSON file>");
            }
            finished = load(Json.readFile(Path.of(args[0]), LoadTarget.class), output, input);
        } catch (RuntimeException e) {
            LOG.error("the load failed", e);
            output.print(new LoaderLine.Failed(e.getMessage() == null ? e.toString() : e.getMessage()));
            return EXIT_FAILED;
        }
        input.reported();
        output.print(finished);
        try {
            if (!input.awaitEnd(LINGER)) {
                LOG.warn("the bench did not close the loader's input within {} s of the report", LINGER.toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return EXIT_OK;
    }

    private static LoaderLine.Finished load(LoadTarget target, ProtocolOutput output, BenchInput input) {
        try (Broker broker = ReachedBroker.open(target.connection());
             CountedWriter writer = new CountedWriter(broker.openWriter(target.stream()))) {
            output.print(new LoaderLine.Ready());
            LoadPlan plan = input.readPlan();
            LOG.info("loading {} events to {} on {}", plan.events(), target.stream(), target.connection().describe());
            LoadReport report;
            try (ProgressReports ignored = ProgressReports.every(PROGRESS_EVERY, writer, output)) {
                report = OpenLoopLoader.load(writer, new ClickstreamGenerator(plan.workload()), plan.events(),
                        plan.schedule(), LoadProgress.NONE, plan.timeout());
                writer.sendWatermarkMarkers(plan.markerEventTime());
                writer.flush(plan.timeout());
            }
            return LoaderLine.Finished.of(report, writer.markers(), writer.arrivalDelays());
        }
    }
}
