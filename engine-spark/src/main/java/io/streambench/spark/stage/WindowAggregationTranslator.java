package io.streambench.spark.stage;

import io.streambench.api.pipeline.Aggregate;
import io.streambench.api.pipeline.Window;
import io.streambench.api.pipeline.WindowAggregation;
import io.streambench.api.run.JobSpec;
import io.streambench.spark.EventColumns;
import io.streambench.spark.ResultColumns;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.time.Duration;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.session_window;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.unix_millis;
import static org.apache.spark.sql.functions.window;

/**
 * Group by key and window, aggregate, and carry the largest send time. Time windows use {@code window()} (tumbling and
 * sliding, aligned to the epoch) or {@code session_window()}; exact distinct users are the size of the set of users,
 * since Spark refuses distinct aggregates on streams. Count windows need arrival order, which only stateful
 * processing sees: {@link CountWindows}.
 */
final class WindowAggregationTranslator implements StageTranslator<WindowAggregation> {
    private static final String WINDOW = "window";

    @Override
    public Dataset<Row> translate(WindowAggregation aggregation, Dataset<Row> events, JobSpec job) {
        if (aggregation.window() instanceof Window.Count count) {
            return CountWindows.apply(events, aggregation.key(), count.size(), aggregation.function());
        }
        return events
                .groupBy(col(aggregation.key().wireName()).as(ResultColumns.KEY), timeWindow(aggregation.window()).as(WINDOW))
                .agg(value(aggregation.function()).as(ResultColumns.VALUE),
                        max(col(EventColumns.SEND_TIME)).as(ResultColumns.MAX_SEND_TIME))
                .select(col(ResultColumns.KEY),
                        unix_millis(col(WINDOW + ".start")).as(ResultColumns.WINDOW_START),
                        unix_millis(col(WINDOW + ".end")).as(ResultColumns.WINDOW_END),
                        col(ResultColumns.VALUE), col(ResultColumns.MAX_SEND_TIME));
    }

    private static Column timeWindow(Window window) {
        Column time = col(EventColumns.EVENT_TIMESTAMP);
        if (window instanceof Window.Tumbling tumbling) {
            return window(time, interval(tumbling.size()));
        }
        if (window instanceof Window.Sliding sliding) {
            return window(time, interval(sliding.size()), interval(sliding.slide()));
        }
        return session_window(time, interval(((Window.Session) window).gap()));
    }

    private static Column value(Aggregate aggregate) {
        return switch (aggregate.function()) {
            case COUNT -> count(lit(1));
            case SUM -> sum(col(EventColumns.AMOUNT_CENTS)).cast("long");
            case DISTINCT_USERS -> size(collect_set(col(EventColumns.USER))).cast("long");
        };
    }

    private static String interval(Duration duration) {
        return duration.toMillis() + " milliseconds";
    }
}
