package io.streambench.api.oracle;

import io.streambench.api.event.ClickEvent;
import io.streambench.api.pipeline.Aggregate;
import io.streambench.api.pipeline.Key;
import io.streambench.api.pipeline.Pipeline;
import io.streambench.api.pipeline.Sink;
import io.streambench.api.pipeline.Source;
import io.streambench.api.pipeline.Window;
import io.streambench.api.result.WindowResult;
import io.streambench.api.run.Emission;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;

import static io.streambench.api.oracle.Arrivals.sendTimeOf;
import static io.streambench.api.oracle.EventTimeSemantics.STREAMING;
import static org.assertj.core.api.Assertions.assertThat;

class AvailabilityTest {
    // tumbling 10 s, watermark bound 5 s, allowed lateness 2 s
    private static final Pipeline TUMBLING = Pipeline.named("test").from(Source.topic("clicks"))
            .watermark(Duration.ofSeconds(5)).keyBy(Key.PAGE).window(Window.tumbling(Duration.ofSeconds(10)))
            .allowedLateness(Duration.ofSeconds(2)).aggregate(Aggregate.count()).to(Sink.memory("test"));

    private static final List<ClickEvent> ARRIVALS = new Arrivals()
            .click("p", 1)    // #0
            .click("p", 9)    // #1 last event of [0,10) when it first fires
            .click("p", 10)   // #2 event time reaches the end of [0,10)
            .click("p", 14)   // #3 watermark 9
            .click("p", 15)   // #4 watermark 10: [0,10) may fire
            .click("p", 8)    // #5 within the lateness: updates [0,10)
            .click("p", 17)   // #6 watermark 12: [0,10) is final
            .marker(100)
            .list();

    private final Availability availability = ReferenceOracle.compute(TUMBLING, ARRIVALS, STREAMING).availability();

    private static WindowResult window(long value, int lastArrival) {
        return new WindowResult("p", 0, 10_000, value, sendTimeOf(lastArrival));
    }

    @Test
    void onWatermarkAFiringIsAvailableWhenTheWatermarkPassesTheEnd() {
        assertThat(availability.of(window(2, 1), Emission.ON_WATERMARK)).hasValue(sendTimeOf(4));
        Availability.Timeline timeline = availability.timeline(window(2, 1), Emission.ON_WATERMARK).orElseThrow();
        assertThat(timeline).isEqualTo(new Availability.Timeline(sendTimeOf(1), sendTimeOf(2), sendTimeOf(4),
                sendTimeOf(4)));
        assertThat(timeline.windowWait() + timeline.watermarkBound() + timeline.lateness())
                .isEqualTo(sendTimeOf(4) - sendTimeOf(1));
    }

    @Test
    void onWatermarkAnUpdateIsAvailableWhenItsEventArrives() {
        assertThat(availability.of(window(3, 5), Emission.ON_WATERMARK)).hasValue(sendTimeOf(5));
    }

    @Test
    void aFinalEmissionIsAvailableWhenTheLatenessEnds() {
        Availability.Timeline timeline = availability.timeline(window(3, 5), Emission.FINAL).orElseThrow();
        assertThat(timeline.available()).isEqualTo(sendTimeOf(6));
        assertThat(timeline.lateness()).isEqualTo(sendTimeOf(6) - sendTimeOf(5));
    }

    @Test
    void everyTriggerEmissionsAreAvailableWithTheirLastEvent() {
        assertThat(availability.of(window(1, 0), Emission.EVERY_TRIGGER)).hasValue(sendTimeOf(0));
    }

    @Test
    void windowsThatOnlyTheEndOfInputClosesHaveNoAvailability() {
        WindowResult last = new WindowResult("p", 10_000, 20_000, 4, sendTimeOf(6));
        assertThat(availability.of(last, Emission.ON_WATERMARK)).isEqualTo(OptionalLong.empty());
        assertThat(availability.of(last, Emission.FINAL)).isEqualTo(OptionalLong.empty());
    }

    @Test
    void statelessAndCountWindowResultsAreAvailableWithTheirLastEvent() {
        Pipeline counted = Pipeline.named("test").from(Source.topic("clicks")).keyBy(Key.PAGE)
                .window(Window.count(2)).aggregate(Aggregate.count()).to(Sink.memory("test"));
        Availability countWindows = ReferenceOracle.compute(counted, ARRIVALS, STREAMING).availability();
        WindowResult second = new WindowResult("p", 2, 4, 2, sendTimeOf(3));
        assertThat(countWindows.of(second, Emission.ON_COMPLETION)).hasValue(sendTimeOf(3));
    }
}
