package io.streambench.api.load;

import java.time.Duration;

/**
 * What a load achieved. {@code behindScheduleMillis} is how far the last send lagged its intended time: an open-loop
 * load that cannot keep up shows it here instead of silently slowing down.
 */
public record LoadReport(long events, Duration elapsed, double offeredRate, long behindScheduleMillis) {
    public double achievedRate() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds == 0 ? 0 : events / seconds;
    }
}
