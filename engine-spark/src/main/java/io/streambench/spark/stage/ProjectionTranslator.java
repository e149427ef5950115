package io.streambench.spark.stage;

import io.streambench.api.pipeline.Projection;
import io.streambench.api.run.JobSpec;
import io.streambench.spark.EventColumns;
import io.streambench.spark.ResultColumns;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;

/** One result per event, by {@link Projection#resultFor}'s rule: {@code <key>#<sequence>} at its event time. */
final class ProjectionTranslator implements StageTranslator<Projection> {
    @Override
    public Dataset<Row> translate(Projection projection, Dataset<Row> events, JobSpec job) {
        return events.select(
                concat(col(projection.key().wireName()), lit("#"), col(EventColumns.SEQUENCE).cast("string"))
                        .as(ResultColumns.KEY),
                col(EventColumns.EVENT_TIME).as(ResultColumns.WINDOW_START),
                col(EventColumns.EVENT_TIME).as(ResultColumns.WINDOW_END),
                col(EventColumns.AMOUNT_CENTS).as(ResultColumns.VALUE),
                col(EventColumns.SEND_TIME).as(ResultColumns.MAX_SEND_TIME));
    }
}
