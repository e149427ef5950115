package io.streambench.bench.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Collection;

/**
 * The parts of ECharts options every chart of the report shares. No animation, so that a chart is drawn in its first
 * frame; tooltips rendered into the canvas as rich text, so that no text from the results is ever parsed as HTML.
 */
final class ChartOptions {
    static final int MIN_HEIGHT = 420;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ChartOptions() {
    }

    static ObjectNode base(String tooltipTrigger) {
        ObjectNode option = object();
        option.put("animation", false);
        option.putObject("tooltip").put("trigger", tooltipTrigger).put("renderMode", "richText")
                .put("confine", true);
        option.putObject("legend").put("type", "scroll").put("top", 0);
        option.putObject("grid").put("left", 24).put("right", 48).put("top", 56).put("bottom", 36)
                .put("containLabel", true);
        return option;
    }

    /** Categories down the side, the first at the top, for bars laid horizontally with long names. */
    static ObjectNode categoryAxis(Collection<String> categories) {
        ObjectNode axis = object().put("type", "category").put("inverse", true);
        ArrayNode data = axis.putArray("data");
        categories.forEach(data::add);
        axis.putObject("axisLabel").put("interval", 0).put("fontSize", 11).put("lineHeight", 15);
        return axis;
    }

    /** Pixels a chart of horizontal bars needs for its categories, each with {@code bars} bars. */
    static int barChartHeight(int categories, int bars) {
        return Math.max(MIN_HEIGHT, 120 + categories * (bars * 9 + 18));
    }

    static ObjectNode valueAxis(String name, boolean logarithmic) {
        ObjectNode axis = object().put("type", logarithmic ? "log" : "value").put("name", name)
                .put("nameLocation", "middle").put("nameGap", 30);
        if (logarithmic) {
            axis.put("logBase", 10);
        }
        axis.putObject("splitLine").put("show", true);
        return axis;
    }

    /** A value axis up the side, named at its top, where the name cannot run into the tick labels. */
    static ObjectNode verticalValueAxis(String name, boolean logarithmic) {
        ObjectNode axis = valueAxis(name, logarithmic).put("nameLocation", "end").put("nameGap", 14);
        axis.putObject("nameTextStyle").put("align", "left");
        return axis;
    }

    /**
     * Sets a log axis to whole powers of ten around the values; ECharts' own choice can leave several empty decades.
     */
    static ObjectNode logRange(ObjectNode axis, Collection<Double> values) {
        double min = values.stream().filter(value -> value > 0).min(Double::compare).orElse(1.0);
        double max = values.stream().filter(value -> value > 0).max(Double::compare).orElse(10.0);
        axis.put("min", Math.pow(10, Math.floor(Math.log10(min))));
        axis.put("max", Math.pow(10, Math.max(Math.ceil(Math.log10(max)), Math.floor(Math.log10(min)) + 1)));
        return axis;
    }

    /** A point with a name that tooltips show: {@code {name, value: [x, y]}}. */
    static ObjectNode point(String name, double x, double y) {
        ObjectNode point = object().put("name", name);
        point.putArray("value").add(x).add(y);
        return point;
    }

    /** An object the option already holds, e.g. the tooltip {@link #base} set. */
    static ObjectNode child(ObjectNode parent, String name) {
        return (ObjectNode) parent.get(name);
    }

    static ObjectNode object() {
        return NODES.objectNode();
    }

    static ArrayNode array() {
        return NODES.arrayNode();
    }
}
