package io.streambench.spark.stage;

import io.streambench.api.event.Action;
import io.streambench.api.pipeline.Filter;
import io.streambench.api.run.JobSpec;
import io.streambench.spark.EventColumns;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.util.List;

/**
 * A typed filter on the action. Typed on purpose: Spark's optimizer pushes a column filter that does not read the
 * event time below {@code withWatermark}, and the watermark must be taken from every event, as the oracle takes it.
 */
final class FilterTranslator implements StageTranslator<Filter> {
    @Override
    public Dataset<Row> translate(Filter filter, Dataset<Row> events, JobSpec job) {
        return events.filter(new ActionIn(events.schema().fieldIndex(EventColumns.ACTION),
                filter.actionIn().stream().map(Action::wireName).toList()));
    }

    /** Rows reaching typed code carry no schema: the action is found by position. */
    private record ActionIn(int actionColumn, List<String> actions) implements FilterFunction<Row> {
        @Override
        public boolean call(Row event) {
            return actions.contains(event.getString(actionColumn));
        }
    }
}
