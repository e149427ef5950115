package io.streambench.api.oracle;

import io.streambench.api.event.ClickEvent;
import io.streambench.api.pipeline.Projection;
import io.streambench.api.result.WindowResult;

import java.util.ArrayList;
import java.util.List;

/** Stateless output: one result per event, identified by its key value and sequence number. Nothing is late. */
final class ProjectionModel implements OutputModel {
    private final List<WindowResult> results = new ArrayList<>();

    @Override
    public boolean add(String key, ClickEvent event, long watermark) {
        results.add(Projection.resultFor(key, event));
        return true;
    }

    @Override
    public List<WindowResult> results() {
        return results.stream().sorted().toList();
    }
}
