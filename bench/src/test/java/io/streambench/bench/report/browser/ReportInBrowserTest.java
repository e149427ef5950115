package io.streambench.bench.report.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.streambench.api.json.Json;
import io.streambench.bench.report.Fixture;
import io.streambench.bench.report.ReportFiles;
import io.streambench.bench.results.CellStatus;
import io.streambench.bench.results.ResultsFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Opens report.html in a real headless Chromium, as a reader would from a file: no console error, no exception,
 * every chart drawn (each chart's canvas has a size and painted pixels), and a screenshot in target/ to look at.
 * Skipped, saying why, when the machine has no Chromium.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("integration")
class ReportInBrowserTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Path OUTPUT = Path.of("target/report-browser");
    private static final int MIN_PAINTED_PIXELS = 2_000;

    private Chromium chromium;
    private DevToolsSession page;

    @BeforeAll
    void startChromium() throws IOException, InterruptedException {
        Optional<Path> binary = Chromium.find();
        if (binary.isEmpty()) {
            return;
        }
        chromium = Chromium.start(binary.get(), OUTPUT.resolve("chromium.log"), TIMEOUT);
        page = DevToolsSession.connect(chromium.pageWebSocket(TIMEOUT), TIMEOUT);
        for (String domain : List.of("Runtime", "Log", "Page")) {
            page.call(domain + ".enable", TIMEOUT);
        }
        ObjectNode viewport = Json.json().createObjectNode().put("width", 1280).put("height", 900)
                .put("deviceScaleFactor", 1).put("mobile", false);
        page.call("Emulation.setDeviceMetricsOverride", viewport, TIMEOUT);
    }

    @BeforeEach
    void needsChromium() {
        assumeTrue(chromium != null, "no Chromium installed (looked for " + Chromium.whereLooked() + "): the report's "
                + "browser test needs one, e.g. Debian's chromium package");
    }

    @AfterAll
    void stopChromium() {
        if (page != null) {
            page.close();
        }
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void theFixtureReportDrawsEveryChartWithoutAConsoleError() throws Exception {
        Path html = ReportFiles.write(Fixture.results(), OUTPUT.resolve("fixture")).html();

        PageState state = open(html);

        assertThat(state.problems()).as("console errors and exceptions").isEmpty();
        assertThat(state.expected()).as("charts on the page").isGreaterThanOrEqualTo(4);
        assertEveryChartDrawn(state);
        Path screenshot = screenshot(Path.of("target/report-screenshot.png"));
        assertThat(Files.size(screenshot)).isGreaterThan(10_000);
    }

    @Test
    void theRecoveryChartDrawsBesideTheOthers() throws Exception {
        Path html = ReportFiles.write(Fixture.recoveryResults(), OUTPUT.resolve("recovery")).html();

        PageState state = open(html);

        assertThat(state.problems()).as("console errors and exceptions").isEmpty();
        assertThat(state.charts()).extracting(chart -> chart.path("id").asText()).contains("chart-recovery");
        assertEveryChartDrawn(state);
        screenshot(Path.of("target/report-recovery-screenshot.png"));
    }

    @Test
    void reportsOfPartialResultsDrawToo() throws Exception {
        List<ResultsFile> partial = List.of(
                Fixture.keeping(cell -> cell.batch() != null || cell.status() != CellStatus.OK),
                Fixture.keeping(cell -> cell.latency() != null),
                Fixture.keeping(cell -> cell.status() == CellStatus.UNSUPPORTED));
        for (int i = 0; i < partial.size(); i++) {
            Path html = ReportFiles.write(partial.get(i), OUTPUT.resolve("partial-" + i)).html();

            PageState state = open(html);

            assertThat(state.problems()).as("console errors and exceptions of " + html).isEmpty();
            assertEveryChartDrawn(state);
        }
    }

    private void assertEveryChartDrawn(PageState state) {
        assertThat(state.drawn()).as("charts that finished rendering").isEqualTo(state.expected());
        assertThat(state.charts()).hasSize(state.expected());
        for (JsonNode chart : state.charts()) {
            assertThat(chart.path("width").asInt()).as(chart.path("id").asText() + " width").isGreaterThan(300);
            assertThat(chart.path("height").asInt()).as(chart.path("id").asText() + " height").isGreaterThan(200);
            assertThat(chart.path("painted").asInt()).as(chart.path("id").asText() + " painted pixels")
                    .isGreaterThan(MIN_PAINTED_PIXELS);
        }
    }

    /** What the page showed once every chart reported itself drawn, or once the time was up. */
    private record PageState(int expected, int drawn, List<JsonNode> charts, List<String> problems) {
    }

    private PageState open(Path html) throws IOException, InterruptedException {
        page.clearEvents();
        URI url = html.toAbsolutePath().toUri();
        page.call("Page.navigate", Json.json().createObjectNode().put("url", url.toString()), TIMEOUT);
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (page.events("Page.loadEventFired").isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(page.events("Page.loadEventFired")).as(url + " loaded within " + TIMEOUT.toSeconds() + " s").isNotEmpty();
        String readProgress = "({expected: +document.body.dataset.chartsExpected, drawn: +document.body.dataset.chartsDrawn})";
        JsonNode progress = evaluate(readProgress);
        while (progress.path("drawn").asInt() < progress.path("expected").asInt() && System.nanoTime() < deadline) {
            Thread.sleep(100);
            progress = evaluate(readProgress);
        }
        List<JsonNode> charts = new ArrayList<>();
        evaluate("Array.from(document.querySelectorAll('.chart')).map(function (element) {"
                + "  var canvas = element.querySelector('canvas'); var painted = 0;"
                + "  if (canvas) { var pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;"
                + "    for (var i = 3; i < pixels.length; i += 4) { if (pixels[i] !== 0) { painted++; } } }"
                + "  return {id: element.id, width: canvas ? canvas.width : 0, height: canvas ? canvas.height : 0,"
                + "    painted: painted}; })").forEach(charts::add);
        return new PageState(progress.path("expected").asInt(), progress.path("drawn").asInt(), charts, problems());
    }

    private List<String> problems() {
        List<String> problems = new ArrayList<>();
        page.events("Runtime.exceptionThrown").forEach(event -> problems.add("exception: "
                + event.path("exceptionDetails").path("exception").path("description").asText(
                event.path("exceptionDetails").path("text").asText())));
        page.events("Runtime.consoleAPICalled").stream()
                .filter(event -> List.of("error", "assert").contains(event.path("type").asText()))
                .forEach(event -> problems.add("console." + event.path("type").asText() + ": " + event.path("args")));
        page.events("Log.entryAdded").stream()
                .filter(event -> "error".equals(event.path("entry").path("level").asText()))
                .forEach(event -> problems.add("log: " + event.path("entry").path("text").asText() + " "
                        + event.path("entry").path("url").asText()));
        return problems;
    }

    private JsonNode evaluate(String expression) throws IOException, InterruptedException {
        ObjectNode params = Json.json().createObjectNode().put("expression", expression).put("returnByValue", true);
        JsonNode result = page.call("Runtime.evaluate", params, TIMEOUT);
        if (result.has("exceptionDetails")) {
            throw new IOException("evaluating failed: " + result.get("exceptionDetails"));
        }
        return result.path("result").path("value");
    }

    private Path screenshot(Path file) throws IOException, InterruptedException {
        JsonNode size = page.call("Page.getLayoutMetrics", TIMEOUT).path("cssContentSize");
        ObjectNode params = Json.json().createObjectNode().put("format", "png").put("captureBeyondViewport", true);
        params.putObject("clip").put("x", 0).put("y", 0).put("width", size.path("width").asDouble())
                .put("height", size.path("height").asDouble()).put("scale", 1);
        String data = page.call("Page.captureScreenshot", params, TIMEOUT).path("data").asText();
        Files.createDirectories(file.toAbsolutePath().getParent());
        return Files.write(file, Base64.getDecoder().decode(data));
    }
}
