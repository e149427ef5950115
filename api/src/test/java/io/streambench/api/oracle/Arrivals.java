package io.streambench.api.oracle;

import io.streambench.api.event.Action;
import io.streambench.api.event.ClickEvent;

import java.util.ArrayList;
import java.util.List;

/** Hand-made event sequences in arrival order; times in whole seconds so that a person can check the answers. */
final class Arrivals {
    private final List<ClickEvent> events = new ArrayList<>();

    Arrivals add(String user, String page, Action action, long eventSecond) {
        return add(user, page, action, eventSecond, 0);
    }

    Arrivals add(String user, String page, Action action, long eventSecond, long amountCents) {
        long sequence = events.size();
        // Send times increase with arrival, one millisecond apart, so that maxSendTime names the last event.
        events.add(new ClickEvent(sequence, user, user + "-s1", page, action, amountCents, eventSecond * 1000,
                1_000_000 + sequence));
        return this;
    }

    Arrivals click(String page, long eventSecond) {
        return add("u1", page, Action.CLICK, eventSecond);
    }

    Arrivals marker(long eventSecond) {
        events.add(ClickEvent.watermarkMarker(eventSecond * 1000, 0));
        return this;
    }

    List<ClickEvent> list() {
        return List.copyOf(events);
    }

    static long sendTimeOf(int arrivalIndex) {
        return 1_000_000 + arrivalIndex;
    }
}
