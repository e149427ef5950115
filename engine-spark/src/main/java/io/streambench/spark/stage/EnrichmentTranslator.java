package io.streambench.spark.stage;

import io.streambench.api.event.PageCatalog;
import io.streambench.api.pipeline.Enrichment;
import io.streambench.api.run.JobSpec;
import io.streambench.spark.EventColumns;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.util.List;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

/** A stream-static join with the page-category table, broadcast to every task; unknown pages get "unknown". */
final class EnrichmentTranslator implements StageTranslator<Enrichment> {
    private static final String CATALOG_PAGE = "catalogPage";
    private static final StructType TABLE = new StructType()
            .add(CATALOG_PAGE, DataTypes.StringType, false)
            .add(EventColumns.CATEGORY, DataTypes.StringType, false);

    @Override
    public Dataset<Row> translate(Enrichment enrichment, Dataset<Row> events, JobSpec job) {
        SparkSession spark = events.sparkSession();
        List<Row> rows = PageCatalog.standard().rows().entrySet().stream()
                .map(entry -> RowFactory.create(entry.getKey(), entry.getValue())).toList();
        Dataset<Row> table = spark.createDataFrame(rows, TABLE);
        return events.join(broadcast(table), events.col(EventColumns.PAGE).equalTo(table.col(CATALOG_PAGE)), "left_outer")
                .withColumn(EventColumns.CATEGORY,
                        coalesce(col(EventColumns.CATEGORY), lit(PageCatalog.UNKNOWN_CATEGORY)))
                .drop(CATALOG_PAGE);
    }
}
