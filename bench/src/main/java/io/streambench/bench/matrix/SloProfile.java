package io.streambench.bench.matrix;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.streambench.api.run.DeliveryGuarantee;

import java.util.Objects;

/**
 * A pipeline profile the decision report answers: the service level a team needs, e.g.
 * {@code {name: fraud-alerts, pipeline: clicks-per-page-tumbling, slo: {p99LatencyMs: 2000, minThroughput: 20000,
 * guarantee: exactly-once}}}.
 */
public record SloProfile(String name, String pipeline, String reacts, Slo slo, Double plannedRate) {
    /**
     * @param plannedRate events per second to plan capacity for, past what this machine can measure (e.g. 1000000):
     *                    the decision estimates the cluster it takes from the measured scaling; unset: no plan
     */
    @JsonCreator
    public SloProfile(@JsonProperty("name") String name, @JsonProperty("pipeline") String pipeline,
                      @JsonProperty("reacts") String reacts, @JsonProperty("slo") Slo slo,
                      @JsonProperty("plannedRate") Double plannedRate) {
        this.name = Objects.requireNonNull(name, "profile needs a name");
        this.pipeline = pipeline;
        this.reacts = reacts;
        this.slo = Objects.requireNonNull(slo, "profile '" + name + "' needs an slo");
        if (plannedRate != null && !(plannedRate > 0)) {
            throw new IllegalArgumentException("profile '" + name + "': plannedRate must be > 0, was " + plannedRate);
        }
        this.plannedRate = plannedRate;
    }

    /** Whether the profile judges the cell: every cell of its pipeline, or every cell when it names none. */
    public boolean judges(CellSettings cell) {
        return pipeline == null || pipeline.equals(cell.pipeline());
    }

    /** Whether something automated acts on the results ({@code reacts}); if not, people read them. */
    public boolean somethingReacts() {
        return reacts != null && !reacts.isBlank();
    }

    /**
     * @param p99LatencyMs  p99 engine-added latency the results must stay under
     * @param minThroughput events per second the pipeline must sustain
     * @param maxFreshness  for batch schedules: how old the newest result may be, e.g. {@code 1h}
     */
    public record Slo(Long p99LatencyMs, Double minThroughput, DeliveryGuarantee guarantee,
                      java.time.Duration maxFreshness) {
        @JsonCreator
        public Slo(@JsonProperty("p99LatencyMs") Long p99LatencyMs, @JsonProperty("minThroughput") Double minThroughput,
                   @JsonProperty("guarantee") DeliveryGuarantee guarantee,
                   @JsonProperty("maxFreshness") java.time.Duration maxFreshness) {
            this.p99LatencyMs = p99LatencyMs;
            this.minThroughput = minThroughput;
            this.guarantee = guarantee;
            this.maxFreshness = maxFreshness;
        }
    }
}
