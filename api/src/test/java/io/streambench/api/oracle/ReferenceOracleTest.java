package io.streambench.api.oracle;

import io.streambench.api.event.Action;
import io.streambench.api.event.PageCatalog;
import io.streambench.api.pipeline.Aggregate;
import io.streambench.api.pipeline.Enrichment;
import io.streambench.api.pipeline.Filter;
import io.streambench.api.pipeline.Key;
import io.streambench.api.pipeline.NumericField;
import io.streambench.api.pipeline.Pipeline;
import io.streambench.api.pipeline.PipelineBuilder;
import io.streambench.api.pipeline.Sink;
import io.streambench.api.pipeline.Source;
import io.streambench.api.pipeline.Window;
import io.streambench.api.result.WindowResult;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static io.streambench.api.oracle.Arrivals.sendTimeOf;
import static io.streambench.api.oracle.EventTimeSemantics.BOUNDED;
import static io.streambench.api.oracle.EventTimeSemantics.STREAMING;
import static org.assertj.core.api.Assertions.assertThat;

class ReferenceOracleTest {

    private static PipelineBuilder from() {
        return Pipeline.named("test").from(Source.topic("clicks"));
    }

    private static Pipeline windowed(Key key, Window window, long watermarkSeconds, long latenessSeconds, Aggregate aggregate) {
        return from().watermark(Duration.ofSeconds(watermarkSeconds)).keyBy(key).window(window)
                .allowedLateness(Duration.ofSeconds(latenessSeconds)).aggregate(aggregate).to(Sink.memory("test"));
    }

    private static WindowResult result(String key, long startSecond, long endSecond, long value, int lastArrival) {
        return new WindowResult(key, startSecond * 1000, endSecond * 1000, value, sendTimeOf(lastArrival));
    }

    @Nested
    class Tumbling {
        // tumbling 10 s, watermark bound 5 s, allowed lateness 2 s: a window is late once watermark >= end + 2 s
        private final Pipeline pipeline = windowed(Key.PAGE, Window.tumbling(Duration.ofSeconds(10)), 5, 2, Aggregate.count());
        private final List<io.streambench.api.event.ClickEvent> arrivals = new Arrivals()
                .click("p", 1)    // #0 [0,10)
                .click("p", 4)    // #1 [0,10)
                .click("p", 12)   // #2 [10,20), watermark before it 4-5 = -1
                .click("p", 8)    // #3 out of order: watermark 12-5 = 7 < 10+2, joins [0,10)
                .click("p", 19)   // #4 [10,20)
                .click("p", 3)    // #5 late: watermark 19-5 = 14 >= 12, dropped
                .click("p", 25)   // #6 [20,30)
                .click("p", 9)    // #7 late: watermark 20
                .list();

        @Test
        void outOfOrderWithinTheBoundCountsAndLateIsDropped() {
            OracleResult result = ReferenceOracle.compute(pipeline, arrivals, STREAMING);
            assertThat(result.results()).containsExactly(
                    result("p", 0, 10, 3, 3),
                    result("p", 10, 20, 2, 4),
                    result("p", 20, 30, 1, 6));
            assertThat(result.lateDropped()).isEqualTo(2);
            assertThat(result.eventsRead()).isEqualTo(8);
        }

        @Test
        void boundedInputHasNoLateEvents() {
            OracleResult result = ReferenceOracle.compute(pipeline, arrivals, BOUNDED);
            assertThat(result.results()).containsExactly(
                    result("p", 0, 10, 5, 7),
                    result("p", 10, 20, 2, 4),
                    result("p", 20, 30, 1, 6));
            assertThat(result.lateDropped()).isZero();
        }

        @Test
        void aWindowIsLateExactlyWhenTheWatermarkReachesEndPlusLateness() {
            List<io.streambench.api.event.ClickEvent> atTheEdge = new Arrivals()
                    .click("p", 16)   // watermark becomes 11 = end 10 + 2 - 1: [0,10) still open
                    .click("p", 5)    // accepted
                    .click("p", 17)   // watermark becomes 12 = end + lateness: [0,10) is late
                    .click("p", 6)    // dropped
                    .list();
            OracleResult result = ReferenceOracle.compute(pipeline, atTheEdge, STREAMING);
            assertThat(result.results()).containsExactly(result("p", 0, 10, 1, 1), result("p", 10, 20, 2, 2));
            assertThat(result.lateDropped()).isEqualTo(1);
        }

        @Test
        void filteredEventsStillMoveTheWatermark() {
            Pipeline clicksOnly = from().watermark(Duration.ofSeconds(5)).filter(Filter.actionIn(Action.CLICK))
                    .keyBy(Key.PAGE).window(Window.tumbling(Duration.ofSeconds(10))).aggregate(Aggregate.count())
                    .to(Sink.memory("test"));
            List<io.streambench.api.event.ClickEvent> events = new Arrivals()
                    .add("u1", "p", Action.VIEW, 100)   // filtered out, but the watermark is taken before the filter
                    .click("p", 1)                      // late: watermark 95
                    .click("p", 101)
                    .list();
            OracleResult result = ReferenceOracle.compute(clicksOnly, events, STREAMING);
            assertThat(result.results()).containsExactly(result("p", 100, 110, 1, 2));
            assertThat(result.filteredOut()).isEqualTo(1);
            assertThat(result.lateDropped()).isEqualTo(1);
        }

        @Test
        void watermarkMarkersNeverReachAResult() {
            List<io.streambench.api.event.ClickEvent> events = new Arrivals().click("p", 1).marker(1_000_000).list();
            OracleResult result = ReferenceOracle.compute(pipeline, events, STREAMING);
            assertThat(result.results()).containsExactly(result("p", 0, 10, 1, 0));
            assertThat(result.eventsRead()).isEqualTo(1);
        }

        @Test
        void negativeEventTimesAlignToTheEpochToo() {
            OracleResult result = ReferenceOracle.compute(pipeline, new Arrivals().click("p", -3).list(), STREAMING);
            assertThat(result.results()).containsExactly(result("p", -10, 0, 1, 0));
        }
    }

    @Nested
    class Sliding {
        // sliding 10 s every 5 s: an event at t belongs to [t-t%5-5, ..+10) and [t-t%5, ..+10)
        private final Pipeline pipeline = windowed(Key.PAGE, Window.sliding(Duration.ofSeconds(10), Duration.ofSeconds(5)),
                5, 0, Aggregate.count());

        @Test
        void eachEventCountsInEveryWindowItOverlaps() {
            List<io.streambench.api.event.ClickEvent> events = new Arrivals()
                    .click("p", 7)    // #0 [0,10) and [5,15)
                    .click("p", 12)   // #1 [5,15) and [10,20)
                    .click("q", 10)   // #2 [5,15) and [10,20) of q
                    .list();
            assertThat(ReferenceOracle.compute(pipeline, events, STREAMING).results()).containsExactly(
                    result("p", 0, 10, 1, 0),
                    result("p", 5, 15, 2, 1),
                    result("p", 10, 20, 1, 1),
                    result("q", 5, 15, 1, 2),
                    result("q", 10, 20, 1, 2));
        }

        @Test
        void anEventCanBeLateForOneOfItsWindowsOnly() {
            List<io.streambench.api.event.ClickEvent> events = new Arrivals()
                    .click("p", 12)   // #0 watermark afterwards 7
                    .click("p", 3)    // #1 [-5,5) is late (5 <= 7), [0,10) is not (10 > 7)
                    .list();
            OracleResult result = ReferenceOracle.compute(pipeline, events, STREAMING);
            assertThat(result.results()).containsExactly(
                    result("p", 0, 10, 1, 1),
                    result("p", 5, 15, 1, 0),
                    result("p", 10, 20, 1, 0));
            assertThat(result.lateDropped()).isZero();
        }
    }

    @Nested
    class Sessions {
        // session gap 5 s, watermark bound 2 s, no allowed lateness, keyed by user
        private final Pipeline pipeline = windowed(Key.USER, Window.session(Duration.ofSeconds(5)), 2, 0, Aggregate.count());

        @Test
        void sessionsGrowMergeBridgeAndTouch() {
            List<io.streambench.api.event.ClickEvent> events = new Arrivals()
                    .add("u1", "p", Action.VIEW, 1)    // #0 [1,6)
                    .add("u1", "p", Action.VIEW, 4)    // #1 overlaps: [1,9)
                    .add("u1", "p", Action.VIEW, 20)   // #2 new session [20,25); watermark afterwards 18
                    .add("u1", "p", Action.VIEW, 14)   // #3 [14,19), not late (19 > 18), touches neither
                    .add("u1", "p", Action.VIEW, 10)   // #4 [10,15) merges with [14,19): [10,19)
                    .add("u1", "p", Action.VIEW, 15)   // #5 [15,20) bridges [10,19) and touches [20,25): [10,25)
                    .add("u2", "p", Action.VIEW, 3)    // #6 [3,8) is late: 8 <= 18
                    .list();
            OracleResult result = ReferenceOracle.compute(pipeline, events, STREAMING);
            assertThat(result.results()).containsExactly(
                    result("u1", 1, 9, 2, 1),
                    result("u1", 10, 25, 4, 5));
            assertThat(result.lateDropped()).isEqualTo(1);
        }

        @Test
        void boundedInputMergesEverythingWhateverTheArrivalOrder() {
            List<io.streambench.api.event.ClickEvent> events = new Arrivals()
                    .add("u1", "p", Action.VIEW, 30)
                    .add("u1", "p", Action.VIEW, 1)    // late in streaming, kept when bounded
                    .add("u1", "p", Action.VIEW, 5)    // touches [1,6) -> [1,10)
                    .list();
            assertThat(ReferenceOracle.compute(pipeline, events, BOUNDED).results()).containsExactly(
                    result("u1", 1, 10, 2, 2),
                    result("u1", 30, 35, 1, 0));
            assertThat(ReferenceOracle.compute(pipeline, events, STREAMING).results()).containsExactly(
                    result("u1", 30, 35, 1, 0));
        }
    }

    @Nested
    class CountWindows {
        private final Pipeline pipeline = from().filter(Filter.actionIn(Action.PURCHASE)).keyBy(Key.USER)
                .window(Window.count(2)).aggregate(Aggregate.sum(NumericField.AMOUNT_CENTS)).to(Sink.memory("test"));

        @Test
        void everyTwoPurchasesOfAUserInArrivalOrderAndNoIncompleteWindow() {
            List<io.streambench.api.event.ClickEvent> events = new Arrivals()
                    .add("u1", "p", Action.PURCHASE, 50, 100)   // #0
                    .add("u2", "p", Action.PURCHASE, 1, 5)      // #1
                    .add("u1", "p", Action.VIEW, 51)            // #2 filtered
                    .add("u1", "p", Action.PURCHASE, 2, 200)    // #3 far out of order: count windows do not care
                    .add("u1", "p", Action.PURCHASE, 52, 300)   // #4 first of an incomplete window
                    .add("u2", "p", Action.PURCHASE, 3, 7)      // #5
                    .list();
            OracleResult result = ReferenceOracle.compute(pipeline, events, STREAMING);
            assertThat(result.results()).containsExactly(
                    new WindowResult("u1", 0, 2, 300, sendTimeOf(3)),
                    new WindowResult("u2", 0, 2, 12, sendTimeOf(5)));
            assertThat(result.filteredOut()).isEqualTo(1);
            assertThat(result.lateDropped()).isZero();
        }
    }

    @Nested
    class Aggregates {
        @Test
        void distinctUsersCountsEachUserOncePerWindow() {
            Pipeline pipeline = windowed(Key.PAGE, Window.tumbling(Duration.ofSeconds(10)), 5, 0, Aggregate.distinctUsers());
            List<io.streambench.api.event.ClickEvent> events = new Arrivals()
                    .add("u1", "p", Action.VIEW, 1).add("u2", "p", Action.VIEW, 2).add("u1", "p", Action.CLICK, 3)
                    .add("u1", "p", Action.VIEW, 11)
                    .list();
            assertThat(ReferenceOracle.compute(pipeline, events, STREAMING).results()).containsExactly(
                    result("p", 0, 10, 2, 2), result("p", 10, 20, 1, 3));
        }

        @Test
        void sumAddsTheField() {
            Pipeline pipeline = windowed(Key.USER, Window.tumbling(Duration.ofSeconds(10)), 5, 0,
                    Aggregate.sum(NumericField.AMOUNT_CENTS));
            List<io.streambench.api.event.ClickEvent> events = new Arrivals()
                    .add("u1", "p", Action.PURCHASE, 1, 250).add("u1", "q", Action.ADD_TO_CART, 2, 50)
                    .add("u1", "q", Action.VIEW, 3)
                    .list();
            assertThat(ReferenceOracle.compute(pipeline, events, STREAMING).results())
                    .containsExactly(result("u1", 0, 10, 300, 2));
        }

        @Test
        void categoryKeysComeFromTheEnrichment() {
            Pipeline pipeline = from().watermark(Duration.ofSeconds(5)).enrich(Enrichment.pageCategory())
                    .keyBy(Key.CATEGORY).window(Window.tumbling(Duration.ofSeconds(10))).aggregate(Aggregate.count())
                    .to(Sink.memory("test"));
            String category = PageCatalog.standard().categoryOf("page-1");
            List<io.streambench.api.event.ClickEvent> events = new Arrivals().click("page-1", 1).click("no-such-page", 2).list();
            assertThat(ReferenceOracle.compute(pipeline, events, STREAMING).results()).containsExactlyInAnyOrder(
                    result(category, 0, 10, 1, 0), result(PageCatalog.UNKNOWN_CATEGORY, 0, 10, 1, 1));
        }
    }

    @Nested
    class Stateless {
        @Test
        void projectionGivesOneResultPerKeptEventAndNothingIsLate() {
            Pipeline pipeline = from().filter(Filter.actionIn(Action.CLICK)).enrich(Enrichment.pageCategory())
                    .project(Key.CATEGORY).to(Sink.memory("test"));
            String category = PageCatalog.standard().categoryOf("page-3");
            List<io.streambench.api.event.ClickEvent> events = new Arrivals()
                    .click("page-3", 100).add("u1", "page-3", Action.VIEW, 101).click("page-3", 1).list();
            OracleResult result = ReferenceOracle.compute(pipeline, events, STREAMING);
            assertThat(result.results()).containsExactly(
                    new WindowResult(category + "#0", 100_000, 100_000, 0, sendTimeOf(0)),
                    new WindowResult(category + "#2", 1_000, 1_000, 0, sendTimeOf(2)));
            assertThat(result.filteredOut()).isEqualTo(1);
        }
    }
}
