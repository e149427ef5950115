package io.streambench.spark.stage;

import io.streambench.api.pipeline.Stage;
import io.streambench.api.run.JobSpec;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Translates one kind of stage. Transform stages take and give event rows ({@link io.streambench.spark.EventColumns});
 * output stages take event rows and give result rows ({@link io.streambench.spark.ResultColumns}).
 */
interface StageTranslator<S extends Stage> {
    Dataset<Row> translate(S stage, Dataset<Row> events, JobSpec job);
}
