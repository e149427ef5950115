package io.streambench.flink.stage;

import org.apache.flink.streaming.api.windowing.triggers.Trigger;
import org.apache.flink.streaming.api.windowing.triggers.TriggerResult;
import org.apache.flink.streaming.api.windowing.windows.TimeWindow;

import java.time.Duration;

/**
 * The {@code final} emission: fires an event-time window once, when the watermark passes its last timestamp plus the
 * allowed lateness, and neither when the watermark passes its end nor on the late events within the lateness.
 * Flink's own {@code EventTimeTrigger} fires at the end and again on every such late event (the {@code on-watermark}
 * emission), and no built-in trigger waits for the lateness to end; a window written once is what a reader that
 * cannot take updates (an append-only sink, Spark's append mode) needs.
 *
 * <p>Its timer is the WindowOperator's own cleanup timer: the timer service keeps one timer per key, window and time,
 * and {@code WindowOperator.onEventTime} asks the trigger, and emits, before it clears the window's state at the
 * cleanup time, so the window is written before it is cleared. Events the operator takes after that are dropped as
 * late (a window is late once its cleanup time is at or behind the watermark), so the written value is final.
 */
final class FinalEmissionTrigger extends Trigger<Object, TimeWindow> {
    private final long allowedLateness;

    FinalEmissionTrigger(Duration allowedLateness) {
        this.allowedLateness = allowedLateness.toMillis();
    }

    @Override
    public TriggerResult onElement(Object element, long timestamp, TimeWindow window, TriggerContext ctx) {
        ctx.registerEventTimeTimer(finalTime(window));
        return TriggerResult.CONTINUE;
    }

    @Override
    public TriggerResult onEventTime(long time, TimeWindow window, TriggerContext ctx) {
        return time == finalTime(window) ? TriggerResult.FIRE : TriggerResult.CONTINUE;
    }

    @Override
    public TriggerResult onProcessingTime(long time, TimeWindow window, TriggerContext ctx) {
        return TriggerResult.CONTINUE;
    }

    @Override
    public boolean canMerge() {
        return true;
    }

    /** The timers of the merged sessions are cleared by the operator; the merged session gets its own. */
    @Override
    public void onMerge(TimeWindow window, OnMergeContext ctx) {
        long finalTime = finalTime(window);
        if (finalTime > ctx.getCurrentWatermark()) {
            ctx.registerEventTimeTimer(finalTime);
        }
    }

    @Override
    public void clear(TimeWindow window, TriggerContext ctx) {
        ctx.deleteEventTimeTimer(finalTime(window));
    }

    /** The WindowOperator's cleanup time, saturated as it is. */
    private long finalTime(TimeWindow window) {
        long time = window.maxTimestamp() + allowedLateness;
        return time >= window.maxTimestamp() ? time : Long.MAX_VALUE;
    }

    @Override
    public String toString() {
        return "FinalEmissionTrigger(" + allowedLateness + " ms)";
    }
}
