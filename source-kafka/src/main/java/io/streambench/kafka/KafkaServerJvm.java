package io.streambench.kafka;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Command lines of JVMs on the Kafka server class path. Each carries {@code -Dio.streambench.role=...}, so that a
 * process left behind is found by {@code pgrep -af 'io\.streambench\.'}.
 */
final class KafkaServerJvm {
    static final String ROLE_PROPERTY = "io.streambench.role";

    private KafkaServerJvm() {
    }

    static ProcessBuilder processBuilder(String role, List<String> jvmOptions, String mainClass, List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-D" + ROLE_PROPERTY + "=" + role);
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(KafkaServerClasspath.classpath());
        command.add(mainClass);
        command.addAll(arguments);
        return new ProcessBuilder(command);
    }
}
