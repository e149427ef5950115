package io.streambench.api.oracle;

import io.streambench.api.event.ClickEvent;
import io.streambench.api.event.PageCatalog;
import io.streambench.api.pipeline.Enrichment;
import io.streambench.api.pipeline.Filter;
import io.streambench.api.pipeline.Pipeline;
import io.streambench.api.pipeline.Projection;
import io.streambench.api.pipeline.Stage;
import io.streambench.api.pipeline.Window;
import io.streambench.api.pipeline.WindowAggregation;

/**
 * Computes, in plain Java, the exact final results of a pipeline over a finite event sequence in arrival order.
 * <ul>
 *   <li>The watermark is taken at the source, before any filter: before each event it is the largest event time of the
 *   events before it minus the pipeline's bound (no watermark before the first event).</li>
 *   <li>An event joins every window it belongs to unless the watermark has passed that window's end plus the allowed
 *   lateness; an event that joins no window is counted as late.</li>
 *   <li>At end of input the watermark passes everything: every window's final value is a result.</li>
 *   <li>Watermark markers move event time only and never reach a result.</li>
 * </ul>
 * In {@link EventTimeSemantics#BOUNDED} semantics nothing is late. In streaming semantics the oracle also follows how
 * event time advanced, from which {@link Availability} tells when each emission became possible.
 */
public final class ReferenceOracle {
    private ReferenceOracle() {
    }

    public static OracleResult compute(Pipeline pipeline, Iterable<ClickEvent> arrivals, EventTimeSemantics semantics) {
        OutputModel model = modelFor(pipeline.output());
        long bound = pipeline.watermark() == null ? 0 : pipeline.watermark().maxOutOfOrderness().toMillis();
        boolean watermarked = semantics == EventTimeSemantics.STREAMING && pipeline.watermark() != null;
        PageCatalog catalog = PageCatalog.standard();
        EventTimeProgress progress = new EventTimeProgress();
        long maxEventTime = Long.MIN_VALUE;
        long read = 0;
        long filtered = 0;
        long late = 0;
        for (ClickEvent event : arrivals) {
            if (event.isWatermarkMarker()) {
                continue;
            }
            read++;
            long watermark = watermarked && maxEventTime != Long.MIN_VALUE ? maxEventTime - bound : OutputModel.NO_WATERMARK;
            maxEventTime = Math.max(maxEventTime, event.eventTime());
            if (watermarked) {
                progress.observe(event.eventTime(), event.sendTime());
            }
            String category = null;
            boolean kept = true;
            for (Stage stage : pipeline.stages()) {
                if (stage instanceof Filter filter && !filter.accepts(event.action())) {
                    kept = false;
                    break;
                }
                if (stage instanceof Enrichment) {
                    category = catalog.categoryOf(event.page());
                }
            }
            if (!kept) {
                filtered++;
            } else if (!model.add(pipeline.outputKey().valueOf(event, category), event, watermark)) {
                late++;
            }
        }
        long lateness = pipeline.windowAggregation().map(aggregation -> aggregation.allowedLateness().toMillis())
                .orElse(0L);
        return new OracleResult(model.results(), read, filtered, late,
                new Availability(progress, bound, lateness, pipeline.hasEventTimeWindow()));
    }

    private static OutputModel modelFor(Stage output) {
        if (output instanceof Projection) {
            return new ProjectionModel();
        }
        WindowAggregation aggregation = (WindowAggregation) output;
        Lateness lateness = new Lateness(aggregation.allowedLateness().toMillis());
        Window window = aggregation.window();
        if (window instanceof Window.Tumbling tumbling) {
            long size = tumbling.size().toMillis();
            return new TimeWindowModel(size, size, aggregation.function(), lateness);
        }
        if (window instanceof Window.Sliding sliding) {
            return new TimeWindowModel(sliding.size().toMillis(), sliding.slide().toMillis(), aggregation.function(), lateness);
        }
        if (window instanceof Window.Session session) {
            return new SessionWindowModel(session.gap().toMillis(), aggregation.function(), lateness);
        }
        return new CountWindowModel(((Window.Count) window).size(), aggregation.function());
    }
}
