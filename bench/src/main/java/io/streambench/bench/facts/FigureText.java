package io.streambench.bench.facts;

import io.streambench.bench.results.CellResult;
import io.streambench.bench.results.Figure;
import io.streambench.bench.results.FigureSpread;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A figure over a cell's runs as the reports write it: the median, and the range it came from. */
public final class FigureText {
    private FigureText() {
    }

    /** e.g. {@code 80.0 (71.0–85.0, spread 18%, 3 runs)}; for one run just its value. */
    public static String withSpread(FigureSpread spread) {
        return Figures.number(spread.median()) + (spread.runs() < 2 ? "" : " (" + range(spread) + ")");
    }

    /** e.g. {@code 71.0–85.0, spread 18%, 3 runs}: the spread is (max - min) / median. */
    public static String range(FigureSpread spread) {
        return Figures.number(spread.min()) + "–" + Figures.number(spread.max())
                + (spread.relativeSpread() == null ? ""
                : String.format(Locale.ROOT, ", spread %.0f%%", spread.relativeSpread() * 100))
                + ", " + spread.runs() + (spread.runs() == 1 ? " run" : " runs");
    }

    /** Every figure the runs of a repeated cell measured, e.g. {@code engine-added p99, ms: 80.0 (71.0–85.0, ...)}. */
    public static List<String> everyFigure(CellResult cell) {
        List<String> figures = new ArrayList<>();
        for (Figure figure : Figure.values()) {
            figure.spreadOf(cell).ifPresent(spread -> figures.add(figure.label() + ": " + withSpread(spread)));
        }
        return figures;
    }
}
