package io.streambench.bench.report;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One ECharts chart of the page: its element id, the heading and caption the page shows with it, its height in
 * pixels, and its ECharts option, built from the results only.
 */
public record Chart(String id, String title, String caption, int height, ObjectNode option) {
}
