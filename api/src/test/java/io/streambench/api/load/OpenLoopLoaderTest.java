package io.streambench.api.load;

import io.streambench.api.broker.EventWriter;
import io.streambench.api.event.ClickEvent;
import io.streambench.api.event.ClickstreamGenerator;
import io.streambench.api.event.GeneratorConfig;
import io.streambench.api.event.SendSchedule;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OpenLoopLoaderTest {
    /** Records what the loader hands over and when, relative to the first send. */
    private static final class RecordingWriter implements EventWriter {
        final List<ClickEvent> sent = new ArrayList<>();
        final List<Long> sentAtNanos = new ArrayList<>();
        int flushes;

        @Override
        public void send(ClickEvent event) {
            sent.add(event);
            sentAtNanos.add(System.nanoTime());
        }

        @Override
        public void sendRaw(String key, byte[] payload) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int sendWatermarkMarkers(long eventTime) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ArrivalDelays arrivalDelays() {
            return ArrivalDelays.unknown();
        }

        @Override
        public void flush(Duration timeout) {
            flushes++;
        }

        @Override
        public void close() {
        }
    }

    private final GeneratorConfig config = GeneratorConfig.defaults(1);

    @Test
    void neverSendsAnEventBeforeItsIntendedTime() {
        RecordingWriter writer = new RecordingWriter();
        ClickstreamGenerator generator = new ClickstreamGenerator(config);
        List<Long> progress = new ArrayList<>();
        long beforeStart = System.nanoTime();
        SendSchedule schedule = new SendSchedule(System.currentTimeMillis() + 50, 2_000);
        LoadReport report = OpenLoopLoader.load(writer, generator, 300, schedule,
                new LoadProgress() {
                    @Override
                    public void advanced(long sent) {
                        progress.add(sent);
                    }

                    @Override
                    public void close() {
                    }
                }, Duration.ofSeconds(5));

        assertThat(writer.sent).extracting(ClickEvent::sequence).containsExactlyElementsOf(
                java.util.stream.LongStream.range(0, 300).boxed().toList());
        for (int i = 0; i < 300; i++) {
            assertThat(writer.sentAtNanos.get(i) - beforeStart).isGreaterThanOrEqualTo(
                    Duration.ofMillis(49).toNanos() + schedule.offsetNanos(i));
        }
        // from before the first send to after the last (the load may start late on a busy machine)
        assertThat(report.elapsed()).isGreaterThanOrEqualTo(
                Duration.ofNanos(writer.sentAtNanos.get(299) - writer.sentAtNanos.get(0)));
        assertThat(report.events()).isEqualTo(300);
        assertThat(report.offeredRate()).isEqualTo(2_000);
        assertThat(writer.flushes).isEqualTo(1);
        assertThat(progress).endsWith(300L);
    }

    @Test
    void aScheduleThatStartedInThePastIsBehindFromTheFirstEvent() {
        RecordingWriter writer = new RecordingWriter();
        SendSchedule started = new SendSchedule(System.currentTimeMillis() - 300, 1_000);
        LoadReport report = OpenLoopLoader.load(writer, new ClickstreamGenerator(config), 10, started,
                LoadProgress.NONE, Duration.ofSeconds(5));
        assertThat(report.behindScheduleMillis()).isGreaterThanOrEqualTo(290);
    }

    @Test
    void withoutAScheduleSendsAsFastAsTheWriterTakesThem() {
        RecordingWriter writer = new RecordingWriter();
        LoadReport report = OpenLoopLoader.load(writer, new ClickstreamGenerator(config), 10_000, null,
                LoadProgress.NONE, Duration.ofSeconds(5));
        assertThat(writer.sent).hasSize(10_000);
        assertThat(report.offeredRate()).isNaN();
        assertThat(report.behindScheduleMillis()).isZero();
        assertThat(report.achievedRate()).isPositive();
    }
}
