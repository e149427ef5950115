package io.streambench.bench.matrix;

import io.streambench.api.run.DeliveryGuarantee;

/**
 * What a cell runs with where neither it nor the matrix sets a value: the runner runs with these, and the reports,
 * the decision and the comparison describe a cell by them.
 */
public final class CellDefaults {
    public static final DeliveryGuarantee GUARANTEE = DeliveryGuarantee.AT_LEAST_ONCE;
    public static final String SINK = "kafka";

    private CellDefaults() {
    }
}
