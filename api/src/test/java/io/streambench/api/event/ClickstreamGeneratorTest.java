package io.streambench.api.event;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ClickstreamGeneratorTest {
    private static final int EVENTS = 100_000;
    private static final GeneratorConfig CONFIG = GeneratorConfig.defaults(42)
            .withDisorder(0.10, Duration.ofSeconds(3), 0.01, Duration.ofMinutes(10), 5_000);
    private static final List<ClickEvent> STREAM = ClickstreamGenerator.generate(CONFIG, EVENTS);

    @Test
    void sameConfigurationGivesTheSameBytes() {
        assertThat(bytes(ClickstreamGenerator.generate(CONFIG, 20_000)))
                .isEqualTo(bytes(STREAM.subList(0, 20_000)));
    }

    @Test
    void anotherSeedGivesAnotherStream() {
        List<ClickEvent> other = ClickstreamGenerator.generate(CONFIG.withSeed(43), 1_000);
        assertThat(bytes(other)).isNotEqualTo(bytes(STREAM.subList(0, 1_000)));
    }

    @Test
    void sequenceNumbersCountUpAndSendTimesFollowTheSchedule() {
        SendSchedule schedule = new SendSchedule(CONFIG.startEpochMillis(), CONFIG.rate());
        for (int i = 0; i < EVENTS; i++) {
            assertThat(STREAM.get(i).sequence()).isEqualTo(i);
            assertThat(STREAM.get(i).sendTime()).isEqualTo(schedule.sendTimeMillis(i));
        }
        // 1,000 events/s: event 100,000 is due 100 s after the start
        assertThat(schedule.sendTimeMillis(100_000) - CONFIG.startEpochMillis()).isEqualTo(100_000);
        assertThat(new SendSchedule(0, 3).offsetNanos(1)).isEqualTo(333_333_333L);
    }

    @Test
    void usersAndPagesAreZipfPopular() {
        Map<String, Long> perUser = STREAM.stream().collect(Collectors.groupingBy(ClickEvent::user, Collectors.counting()));
        Map<String, Long> perPage = STREAM.stream().collect(Collectors.groupingBy(ClickEvent::page, Collectors.counting()));
        assertThat(perUser.get("user-0")).isGreaterThan(50 * perUser.getOrDefault("user-1000", 1L));
        assertThat(perUser.get("user-0")).isGreaterThan(perUser.get("user-1")).isGreaterThan(perUser.get("user-9"));
        assertThat(perPage.get("page-0")).isGreaterThan(20 * perPage.getOrDefault("page-500", 1L));
        assertThat(perUser.keySet()).allMatch(user -> Integer.parseInt(user.substring(5)) < CONFIG.users());
    }

    @Test
    void actionsFollowTheMixAndOnlyCartsAndPurchasesHaveAmounts() {
        Map<Action, Long> perAction = STREAM.stream().collect(Collectors.groupingBy(ClickEvent::action, Collectors.counting()));
        assertThat(perAction.get(Action.VIEW) / (double) EVENTS).isCloseTo(0.70, within(0.01));
        assertThat(perAction.get(Action.CLICK) / (double) EVENTS).isCloseTo(0.20, within(0.01));
        assertThat(perAction.get(Action.ADD_TO_CART) / (double) EVENTS).isCloseTo(0.07, within(0.01));
        assertThat(perAction.get(Action.PURCHASE) / (double) EVENTS).isCloseTo(0.03, within(0.005));
        assertThat(STREAM).allSatisfy(event -> {
            boolean paid = event.action() == Action.PURCHASE || event.action() == Action.ADD_TO_CART;
            assertThat(event.amountCents() > 0).isEqualTo(paid);
        });
    }

    @Test
    void outOfOrderEventsLagWithinTheirBound() {
        List<ClickEvent> outOfOrder = STREAM.stream()
                .filter(e -> e.eventTime() < e.sendTime() && e.sendTime() - e.eventTime() < 60_000).toList();
        assertThat(outOfOrder.size() / (double) EVENTS).isCloseTo(0.10, within(0.01));
        assertThat(outOfOrder).allSatisfy(e -> assertThat(e.sendTime() - e.eventTime()).isBetween(1L, 3_000L));
    }

    @Test
    void lateEventsAreFarBehindAndNeverInTheLateFreePrefix() {
        List<ClickEvent> late = STREAM.stream().filter(e -> e.sendTime() - e.eventTime() >= 600_000).toList();
        assertThat(late.size() / (double) EVENTS).isCloseTo(0.01 * 0.95, within(0.002));
        assertThat(late).allSatisfy(e -> {
            assertThat(e.sequence()).isGreaterThanOrEqualTo(5_000);
            assertThat(e.sendTime() - e.eventTime()).isBetween(600_000L, 601_000L);
        });
        assertThat(STREAM).allSatisfy(e -> assertThat(e.eventTime()).isLessThanOrEqualTo(e.sendTime()));
    }

    @Test
    void inOrderConfigurationHasNoDisorder() {
        assertThat(ClickstreamGenerator.generate(CONFIG.inOrder(), 10_000))
                .allSatisfy(e -> assertThat(e.eventTime()).isEqualTo(e.sendTime()));
    }

    @Test
    void aUsersSessionEndsAfterTheGapAndSessionsBelongToTheirUser() {
        Map<String, ClickEvent> previous = new HashMap<>();
        long gap = CONFIG.sessionGap().toMillis();
        int renewedAfterGap = 0;
        for (ClickEvent event : STREAM) {
            assertThat(event.session()).startsWith(event.user() + "-s");
            ClickEvent before = previous.put(event.user(), event);
            if (before != null && event.sendTime() - before.sendTime() > gap) {
                assertThat(event.session()).isNotEqualTo(before.session());
                renewedAfterGap++;
            }
        }
        assertThat(renewedAfterGap).isGreaterThan(1_000);
        long sessions = STREAM.stream().map(ClickEvent::session).distinct().count();
        assertThat(sessions).isGreaterThan(previous.size());
    }

    private static byte[] bytes(List<ClickEvent> events) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        events.forEach(event -> out.writeBytes(ClickEventCodec.encode(event)));
        return out.toByteArray();
    }
}
