package io.streambench.api.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Duration;

/**
 * Shape of a generated clickstream. Same configuration, same events, byte for byte.
 *
 * @param seed                seed of the random stream
 * @param users               number of distinct users (popularity is Zipf with {@code userSkew})
 * @param pages               number of distinct pages (popularity is Zipf with {@code pageSkew})
 * @param userSkew            Zipf exponent of user popularity
 * @param pageSkew            Zipf exponent of page popularity
 * @param rate                events per second of the open-loop schedule of intended send times
 * @param startEpochMillis    intended send time of the first event
 * @param outOfOrderShare     share of events whose event time lags their send time by up to {@code maxOutOfOrderDelay}
 * @param maxOutOfOrderDelay  bound of that lag; keep it below the watermark bound of the pipelines under test
 * @param lateShare           share of events that arrive {@code lateDelay} after they happened, far beyond any lateness
 * @param lateDelay           how late the late events are
 * @param lateFreePrefix      the first events that are never late, so that every engine has a watermark before the
 *                            first late event arrives
 * @param sessionGap          a user's session ends after this much inactivity
 * @param tardyShare          share of events that arrive {@code tardyDelay} (up to a second more) after they happened:
 *                            behind the watermark but within a pipeline's allowed lateness, so that they update
 *                            windows that have fired
 * @param tardyDelay          how late the tardy events are
 */
public record GeneratorConfig(long seed, int users, int pages, double userSkew, double pageSkew, double rate,
                              long startEpochMillis, double outOfOrderShare, Duration maxOutOfOrderDelay,
                              double lateShare, Duration lateDelay, long lateFreePrefix, Duration sessionGap,
                              double tardyShare, Duration tardyDelay) {

    /** 2023-11-14T22:13:20Z: a fixed default, so that a configuration alone pins the events. */
    public static final long DEFAULT_START = 1_700_000_000_000L;

    @JsonCreator
    public GeneratorConfig(@JsonProperty("seed") long seed, @JsonProperty("users") int users,
                           @JsonProperty("pages") int pages, @JsonProperty("userSkew") double userSkew,
                           @JsonProperty("pageSkew") double pageSkew, @JsonProperty("rate") double rate,
                           @JsonProperty("startEpochMillis") long startEpochMillis,
                           @JsonProperty("outOfOrderShare") double outOfOrderShare,
                           @JsonProperty("maxOutOfOrderDelay") Duration maxOutOfOrderDelay,
                           @JsonProperty("lateShare") double lateShare,
                           @JsonProperty("lateDelay") Duration lateDelay,
                           @JsonProperty("lateFreePrefix") long lateFreePrefix,
                           @JsonProperty("sessionGap") Duration sessionGap,
                           @JsonProperty("tardyShare") double tardyShare,
                           @JsonProperty("tardyDelay") Duration tardyDelay) {
        this.seed = seed;
        this.users = positive(users, "users");
        this.pages = positive(pages, "pages");
        this.userSkew = positive(userSkew, "userSkew");
        this.pageSkew = positive(pageSkew, "pageSkew");
        this.rate = positive(rate, "rate");
        this.startEpochMillis = startEpochMillis;
        this.outOfOrderShare = share(outOfOrderShare, "outOfOrderShare");
        this.maxOutOfOrderDelay = nonNegative(maxOutOfOrderDelay, "maxOutOfOrderDelay");
        this.lateShare = share(lateShare, "lateShare");
        this.lateDelay = nonNegative(lateDelay, "lateDelay");
        if (lateFreePrefix < 0) {
            throw new IllegalArgumentException("lateFreePrefix must be >= 0, was " + lateFreePrefix);
        }
        this.lateFreePrefix = lateFreePrefix;
        this.sessionGap = nonNegative(sessionGap, "sessionGap");
        this.tardyShare = share(tardyShare, "tardyShare");
        this.tardyDelay = nonNegative(tardyDelay == null ? Duration.ZERO : tardyDelay, "tardyDelay");
        if (outOfOrderShare + lateShare + this.tardyShare > 1.0) {
            throw new IllegalArgumentException("outOfOrderShare + lateShare + tardyShare must be <= 1, was "
                    + (outOfOrderShare + lateShare + this.tardyShare));
        }
    }

    /** 10,000 users, 1,000 pages, 1,000 events/s, 10% out of order by up to 3 s, 1% late by 10 minutes. */
    public static GeneratorConfig defaults(long seed) {
        return new GeneratorConfig(seed, 10_000, 1_000, 1.1, 1.0, 1_000, DEFAULT_START,
                0.10, Duration.ofSeconds(3), 0.01, Duration.ofMinutes(10), 0, Duration.ofSeconds(30), 0.0, Duration.ZERO);
    }

    public GeneratorConfig withSeed(long newSeed) {
        return new GeneratorConfig(newSeed, users, pages, userSkew, pageSkew, rate, startEpochMillis,
                outOfOrderShare, maxOutOfOrderDelay, lateShare, lateDelay, lateFreePrefix, sessionGap, tardyShare, tardyDelay);
    }

    public GeneratorConfig withPopulation(int newUsers, int newPages) {
        return new GeneratorConfig(seed, newUsers, newPages, userSkew, pageSkew, rate, startEpochMillis,
                outOfOrderShare, maxOutOfOrderDelay, lateShare, lateDelay, lateFreePrefix, sessionGap, tardyShare, tardyDelay);
    }

    public GeneratorConfig withSchedule(double newRate, long newStartEpochMillis) {
        return new GeneratorConfig(seed, users, pages, userSkew, pageSkew, newRate, newStartEpochMillis,
                outOfOrderShare, maxOutOfOrderDelay, lateShare, lateDelay, lateFreePrefix, sessionGap, tardyShare, tardyDelay);
    }

    public GeneratorConfig withDisorder(double newOutOfOrderShare, Duration newMaxOutOfOrderDelay,
                                        double newLateShare, Duration newLateDelay, long newLateFreePrefix) {
        return new GeneratorConfig(seed, users, pages, userSkew, pageSkew, rate, startEpochMillis,
                newOutOfOrderShare, newMaxOutOfOrderDelay, newLateShare, newLateDelay, newLateFreePrefix, sessionGap,
                tardyShare, tardyDelay);
    }

    /** The same stream with a share of events late by {@code delay}: behind the watermark, within the lateness. */
    public GeneratorConfig withTardy(double newTardyShare, Duration newTardyDelay) {
        return new GeneratorConfig(seed, users, pages, userSkew, pageSkew, rate, startEpochMillis, outOfOrderShare,
                maxOutOfOrderDelay, lateShare, lateDelay, lateFreePrefix, sessionGap, newTardyShare, newTardyDelay);
    }

    /** The same stream with every event in order: no out-of-order and no late events. */
    public GeneratorConfig inOrder() {
        return withDisorder(0, Duration.ZERO, 0, Duration.ZERO, 0).withTardy(0, Duration.ZERO);
    }

    private static int positive(int value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be > 0, was " + value);
        }
        return value;
    }

    private static double positive(double value, String name) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be a positive number, was " + value);
        }
        return value;
    }

    private static double share(double value, String name) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be between 0 and 1, was " + value);
        }
        return value;
    }

    private static Duration nonNegative(Duration value, String name) {
        if (value == null || value.isNegative()) {
            throw new IllegalArgumentException(name + " must be a duration >= 0, was " + value);
        }
        return value;
    }
}
