package io.streambench.bench.decision;

/**
 * One service-level figure of a profile checked against one cell.
 *
 * @param criterion what was checked, e.g. {@code p99 latency}
 * @param met       whether the measured figure meets the profile
 * @param evidence  the measured figure against the required one, in words and numbers
 * @param missFactor how far off a miss is (1 when met; measured / required for a ceiling, required / measured for a
 *                  floor; infinite when nothing was measured, the cell ran with another guarantee or broke its
 *                  guarantee under a fault)
 */
public record SloCheck(String criterion, boolean met, String evidence, double missFactor) {
    static SloCheck met(String criterion, String evidence) {
        return new SloCheck(criterion, true, evidence, 1);
    }

    static SloCheck missed(String criterion, String evidence, double missFactor) {
        return new SloCheck(criterion, false, evidence, missFactor);
    }

    static SloCheck notMeasured(String criterion, String evidence) {
        return new SloCheck(criterion, false, evidence, Double.POSITIVE_INFINITY);
    }

    /** A promise the cell broke, such as exactly-once under a fault: no bound to relax, so no distance to it. */
    static SloCheck broken(String criterion, String evidence) {
        return new SloCheck(criterion, false, evidence, Double.POSITIVE_INFINITY);
    }
}
