package io.streambench.spark.source;

import io.streambench.api.run.JobSpec;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Reads a job's stream as raw messages: {@code value} (the bytes), {@code partition}, {@code offset}, in this order.
 * A bounded read in batch mode, a streaming read otherwise.
 */
public interface SourceTranslator {
    String VALUE = "value";
    String PARTITION = "partition";
    String OFFSET = "offset";

    Dataset<Row> read(SparkSession spark, JobSpec job);
}
