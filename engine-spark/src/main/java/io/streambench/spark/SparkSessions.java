package io.streambench.spark;

import io.streambench.api.run.JobSpec;
import io.streambench.spark.cluster.ClusterApplication;
import org.apache.spark.sql.SparkSession;

/**
 * One Spark context per JVM, started with the first job: {@code local[N]} with N the job's parallelism unless a
 * master URL is given; on a standalone cluster ({@code spark://host:port}) it ships this engine's classes and takes
 * the job's parallelism in cores. Each job gets a session of its own on it, with as many shuffle partitions as its
 * parallelism.
 */
final class SparkSessions {
    private final String master;
    private SparkSession base;

    SparkSessions(String master) {
        this.master = master;
    }

    synchronized SparkSession forJob(JobSpec job) {
        if (base == null) {
            SparkSession.Builder builder = SparkSession.builder()
                    .appName("streambench")
                    .master(master != null ? master : "local[" + job.settings().parallelism() + "]")
                    .config("spark.ui.enabled", "false")
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .config("spark.sql.session.timeZone", "UTC")
                    // stop() of a streaming query waits at most this long for its tasks
                    .config("spark.sql.streaming.stopTimeout", "60000")
                    // With several stateful operators allowed, Spark drops late rows by the previous batch's
                    // watermark, so which events count as late would depend on where batches begin. Pipelines have
                    // one stateful operator: drop by the current batch's watermark, as the oracle does.
                    .config("spark.sql.streaming.statefulOperator.allowMultiple", "false")
                    // MERGE INTO an Iceberg table (the Iceberg sink) is planned by Iceberg's extensions; they are
                    // static, so set for every session.
                    .config("spark.sql.extensions", "org.apache.iceberg.spark.extensions.IcebergSparkSessionExtensions");
            if (ClusterApplication.isStandalone(master)) {
                ClusterApplication.settings(master, job).forEach(builder::config);
                base = builder.getOrCreate();
                checkExecutors();
            } else {
                base = builder.getOrCreate();
            }
        }
        SparkSession session = base.newSession();
        session.conf().set("spark.sql.shuffle.partitions", String.valueOf(job.settings().parallelism()));
        return session;
    }

    private void checkExecutors() {
        try {
            ClusterApplication.checkExecutors(base.sparkContext(), master);
        } catch (IllegalStateException e) {
            stop();
            throw e;
        }
    }

    synchronized void stop() {
        if (base != null) {
            base.stop();
            base = null;
        }
    }
}
