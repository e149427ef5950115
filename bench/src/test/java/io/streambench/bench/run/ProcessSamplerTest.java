package io.streambench.bench.run;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Sampling this test's own JVM, which has compiled code by the time the test runs. */
class ProcessSamplerTest {
    private static final long SELF = ProcessHandle.current().pid();

    @Test
    void theJitCompilersShareIsPartOfTheProcessCpuAndNeverFalls() {
        try (ProcessSampler sampler = ProcessSampler.start(SELF)) {
            sampler.sample();
            double compilerBefore = sampler.compilerSeconds();
            busyWork();
            sampler.sample();

            assertThat(sampler.compilerSeconds()).isPositive().isGreaterThanOrEqualTo(compilerBefore)
                    .isLessThanOrEqualTo(sampler.cpuSeconds());
        }
    }

    @Test
    void theCpuBetweenTwoInstantsComesFromTheTimeline() {
        try (ProcessSampler sampler = ProcessSampler.start(SELF)) {
            sampler.sample();
            long from = System.currentTimeMillis();
            busyWork();
            sampler.sample();
            long to = System.currentTimeMillis();

            assertThat(sampler.cpuSecondsAt(to)).isGreaterThanOrEqualTo(sampler.cpuSecondsAt(from));
            assertThat(sampler.cpuSecondsAt(from - 60_000)).as("before the first sample: the first")
                    .isPositive();
            assertThat(sampler.cpuSecondsAt(to + 60_000)).isEqualTo(sampler.cpuSeconds());
        }
    }

    /** A quarter second of CPU, so that the clock-tick counters move. */
    private static void busyWork() {
        long until = System.nanoTime() + 250_000_000L;
        double sink = 0;
        while (System.nanoTime() < until) {
            sink += Math.sqrt(sink + 1);
        }
        assertThat(sink).isPositive();
    }
}
