package io.streambench.api.run;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.streambench.api.json.Json;
import io.streambench.api.pipeline.Pipeline;

import java.util.Objects;

/**
 * Everything an engine needs to run one pipeline, as one JSON document: it is what crosses into a forked engine JVM.
 *
 * @param workDir the run's own directory: checkpoints, logs and engine scratch space go below it; a job submitted
 *                again with the same work directory resumes from its checkpoint
 */
public record JobSpec(String jobId, Pipeline pipeline, RunSettings settings, BrokerConnection broker, String workDir) {
    @JsonCreator
    public JobSpec(@JsonProperty("jobId") String jobId, @JsonProperty("pipeline") Pipeline pipeline,
                   @JsonProperty("settings") RunSettings settings, @JsonProperty("broker") BrokerConnection broker,
                   @JsonProperty("workDir") String workDir) {
        if (jobId == null || !jobId.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new IllegalArgumentException("jobId must be letters, digits, '.', '_' and '-', was '" + jobId + "'");
        }
        this.jobId = jobId;
        this.pipeline = Objects.requireNonNull(pipeline, "job needs a pipeline");
        this.settings = Objects.requireNonNull(settings, "job needs run settings");
        this.broker = Objects.requireNonNull(broker, "job needs a broker connection");
        this.workDir = Objects.requireNonNull(workDir, "job needs a work directory");
    }

    public String toJson() {
        return Json.toJson(this);
    }

    public static JobSpec fromJson(String json) {
        return Json.fromJson(json, JobSpec.class, "job spec");
    }
}
