package io.streambench.kafkastreams;

import io.streambench.api.run.JobSpec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * A job's {@code application.id}: its consumer group (the committed offsets) and the prefix of its changelog and
 * repartition topics, i.e. what a Kafka Streams job resumes from. A job resumes when submitted again with the same
 * work directory, so the id is kept in the work directory, made from the job id and a random part the first time: a
 * fresh work directory is a fresh start, even for the same job id.
 */
public final class ApplicationId {
    static final String FILE = "kafka-streams-application.id";

    private ApplicationId() {
    }

    static String of(JobSpec job) {
        Path file = Path.of(job.workDir()).resolve(FILE);
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).trim();
            }
            String id = "streambench-" + job.jobId() + "-" + UUID.randomUUID().toString().substring(0, 8);
            Files.createDirectories(file.getParent());
            Files.writeString(file, id, StandardCharsets.UTF_8);
            return id;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the application id in " + file, e);
        }
    }

    /** The id a job that ran in {@code workDir} used, if one did. */
    public static java.util.Optional<String> in(Path workDir) {
        Path file = workDir.resolve(FILE);
        try {
            return Files.exists(file) ? java.util.Optional.of(Files.readString(file, StandardCharsets.UTF_8).trim())
                    : java.util.Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
