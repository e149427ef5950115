package io.streambench.bench.matrix;

import io.streambench.api.json.DurationText;
import io.streambench.api.pipeline.Enrichment;
import io.streambench.api.pipeline.Filter;
import io.streambench.api.pipeline.Pipeline;
import io.streambench.api.pipeline.Projection;
import io.streambench.api.pipeline.Stage;
import io.streambench.api.pipeline.WindowAggregation;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** One line saying what a pipeline does, for listings and reports. */
public final class PipelineText {
    private PipelineText() {
    }

    public static String describe(Pipeline pipeline) {
        List<String> parts = new ArrayList<>();
        for (Stage stage : pipeline.stages()) {
            if (stage instanceof Filter filter) {
                parts.add(filter.actionIn().stream().map(a -> a.wireName()).collect(Collectors.joining("|")));
            } else if (stage instanceof Enrichment) {
                parts.add("+category");
            } else if (stage instanceof WindowAggregation aggregation) {
                parts.add(aggregation.function() + " per " + aggregation.key().wireName() + ", "
                        + aggregation.window().describe()
                        + (aggregation.allowedLateness().isZero() ? "" : ", lateness " + DurationText.format(aggregation.allowedLateness())));
            } else if (stage instanceof Projection projection) {
                parts.add("each event by " + projection.key().wireName() + " (stateless)");
            }
        }
        String watermark = pipeline.watermark() == null ? ""
                : " [watermark " + DurationText.format(pipeline.watermark().maxOutOfOrderness()) + "]";
        return String.join(" -> ", parts) + watermark;
    }
}
