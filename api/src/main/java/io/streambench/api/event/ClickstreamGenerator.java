package io.streambench.api.event;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.DiscreteSampler;
import org.apache.commons.rng.sampling.distribution.RejectionInversionZipfSampler;
import org.apache.commons.rng.simple.RandomSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Deterministic clickstream: the same {@link GeneratorConfig} gives the same events, byte for byte. Users and pages
 * are Zipf-popular, users move through sessions, some events are out of order within a bound, some are tardy (behind
 * the watermark, within the allowed lateness) and some are late far beyond any allowed lateness. Events come in sequence order, which is the order a loader sends them in.
 * Not thread-safe: one generator per loading thread.
 */
public final class ClickstreamGenerator implements Iterator<ClickEvent> {
    private static final double VIEW_SHARE = 0.70;
    private static final double CLICK_SHARE = 0.20;
    private static final double ADD_TO_CART_SHARE = 0.07;
    private static final double SESSION_END_CHANCE = 0.02;
    private static final int MIN_AMOUNT_CENTS = 199;
    private static final int AMOUNT_SPREAD_CENTS = 49_801;
    private static final int LATE_JITTER_MILLIS = 1_000;

    private final GeneratorConfig config;
    private final SendSchedule schedule;
    private final UniformRandomProvider random;
    private final DiscreteSampler userPopularity;
    private final DiscreteSampler pagePopularity;
    private final String[] userNames;
    private final String[] pageNames;
    private final String[] currentSession;
    private final int[] sessionCount;
    private final long[] lastSendTime;
    private final long maxOutOfOrderMillis;
    private final long lateMillis;
    private final long tardyMillis;
    private final long sessionGapMillis;
    private long sequence;

    public ClickstreamGenerator(GeneratorConfig config) {
        this.config = config;
        this.schedule = new SendSchedule(config.startEpochMillis(), config.rate());
        this.random = RandomSource.XO_RO_SHI_RO_128_PP.create(config.seed());
        this.userPopularity = RejectionInversionZipfSampler.of(random, config.users(), config.userSkew());
        this.pagePopularity = RejectionInversionZipfSampler.of(random, config.pages(), config.pageSkew());
        this.userNames = new String[config.users()];
        this.pageNames = new String[config.pages()];
        this.currentSession = new String[config.users()];
        this.sessionCount = new int[config.users()];
        this.lastSendTime = new long[config.users()];
        Arrays.fill(lastSendTime, Long.MIN_VALUE);
        this.maxOutOfOrderMillis = config.maxOutOfOrderDelay().toMillis();
        this.lateMillis = config.lateDelay().toMillis();
        this.tardyMillis = config.tardyDelay().toMillis();
        this.sessionGapMillis = config.sessionGap().toMillis();
    }

    public static String userName(int index) {
        return "user-" + index;
    }

    public static String pageName(int index) {
        return "page-" + index;
    }

    public GeneratorConfig config() {
        return config;
    }

    public SendSchedule schedule() {
        return schedule;
    }

    /** The first {@code count} events of the configured stream. */
    public static List<ClickEvent> generate(GeneratorConfig config, int count) {
        ClickstreamGenerator generator = new ClickstreamGenerator(config);
        List<ClickEvent> events = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            events.add(generator.next());
        }
        return events;
    }

    @Override
    public boolean hasNext() {
        return true;
    }

    @Override
    public ClickEvent next() {
        long seq = sequence++;
        long sendTime = schedule.sendTimeMillis(seq);
        int user = userPopularity.sample() - 1;
        int page = pagePopularity.sample() - 1;
        Action action = nextAction();
        long amount = action == Action.PURCHASE || action == Action.ADD_TO_CART
                ? MIN_AMOUNT_CENTS + random.nextInt(AMOUNT_SPREAD_CENTS) : 0;
        String userName = named(userNames, user, ClickstreamGenerator::userName);
        return new ClickEvent(seq, userName, session(user, userName, sendTime),
                named(pageNames, page, ClickstreamGenerator::pageName), action, amount, eventTime(seq, sendTime), sendTime);
    }

    private Action nextAction() {
        double draw = random.nextDouble();
        if (draw < VIEW_SHARE) {
            return Action.VIEW;
        }
        if (draw < VIEW_SHARE + CLICK_SHARE) {
            return Action.CLICK;
        }
        return draw < VIEW_SHARE + CLICK_SHARE + ADD_TO_CART_SHARE ? Action.ADD_TO_CART : Action.PURCHASE;
    }

    private long eventTime(long seq, long sendTime) {
        double draw = random.nextDouble();
        if (draw < config.lateShare() && seq >= config.lateFreePrefix()) {
            return sendTime - lateMillis - random.nextInt(LATE_JITTER_MILLIS);
        }
        if (draw < config.lateShare() + config.outOfOrderShare() && maxOutOfOrderMillis > 0) {
            return sendTime - 1 - random.nextLong(maxOutOfOrderMillis);
        }
        // Drawn from the same number as the categories above, so that a stream without tardy events is unchanged.
        if (draw < config.lateShare() + config.outOfOrderShare() + config.tardyShare() && seq >= config.lateFreePrefix()) {
            return sendTime - tardyMillis - random.nextInt(LATE_JITTER_MILLIS);
        }
        return sendTime;
    }

    private String session(int user, String userName, long sendTime) {
        boolean expired = lastSendTime[user] == Long.MIN_VALUE || sendTime - lastSendTime[user] > sessionGapMillis;
        if (expired || random.nextDouble() < SESSION_END_CHANCE) {
            currentSession[user] = userName + "-s" + (++sessionCount[user]);
        }
        lastSendTime[user] = sendTime;
        return currentSession[user];
    }

    private static String named(String[] cache, int index, IntFunction<String> name) {
        String cached = cache[index];
        if (cached == null) {
            cached = name.apply(index);
            cache[index] = cached;
        }
        return cached;
    }
}
