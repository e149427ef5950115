package io.streambench.kafkastreams.stage;

import io.streambench.api.run.JobSpec;

/** What translating a job needs beyond the pipeline: the job, and how many partitions its source topic has. */
public record Translation(JobSpec job, int sourcePartitions) {
}
