package io.streambench.bench.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** ECharts as shipped in its webjar on the class path, to be inlined into the page. */
record EChartsScript(String version, String source) {
    private static final String POM_PROPERTIES = "/META-INF/maven/org.webjars/echarts/pom.properties";

    static EChartsScript fromWebjar() {
        String version = webjarVersion();
        String path = "/META-INF/resources/webjars/echarts/" + version + "/echarts.min.js";
        String source = read(path);
        if (source.toLowerCase(java.util.Locale.ROOT).contains("</script")) {
            throw new IllegalStateException(path + " contains a closing script tag and cannot be inlined");
        }
        return new EChartsScript(version, source);
    }

    private static String webjarVersion() {
        Properties properties = new Properties();
        try (InputStream in = EChartsScript.class.getResourceAsStream(POM_PROPERTIES)) {
            if (in == null) {
                throw new IllegalStateException("the ECharts webjar (org.webjars:echarts) is not on the class path");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version");
    }

    private static String read(String path) {
        try (InputStream in = EChartsScript.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the ECharts webjar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
