package id.gotong.ui.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;

/**
 * A chart ready to draw: pixel coordinates in a {@value #WIDTH} × {@value #HEIGHT} view box, axis ticks, series (each
 * with a line and linked points), horizontal reference lines (baseline, target, minimum) and shaded bands. Series are
 * told apart by colour, dash pattern and marker shape, never by colour alone.
 */
public record LineChart(String id, String title, String description, List<Tick> xTicks, List<Tick> yTicks,
                        List<Series> series, List<Rule> rules, List<Band> bands) {

    public static final int WIDTH = 640;
    public static final int HEIGHT = 280;
    public static final int LEFT = 64;
    public static final int RIGHT = WIDTH - 16;
    public static final int TOP = 16;
    public static final int BOTTOM = HEIGHT - 40;
    static final List<String> MARKERS = List.of("circle", "square", "triangle", "diamond");

    /** @param x, y pixel coordinates; {@code label} the text of its tooltip and link; {@code href} the act */
    public record Point(double x, double y, String label, String valueText, String href) {
    }

    /** @param index the series' style: colour, dash pattern and marker shape */
    public record Series(String name, int index, String path, List<Point> points) {

        public String marker() {
            return MARKERS.get(index % MARKERS.size());
        }

        public String markerPath() {
            return LineChart.markerPath(marker());
        }
    }

    /** A horizontal reference line; {@code kind} (baseline, minimum, target, prior) picks its style. */
    public record Rule(String name, String kind, double y, String valueText) {
    }

    public record Band(String name, String path) {
    }

    public record Tick(double at, String label) {
    }

    /** One value to plot: {@code x} in the chart's own unit (an index, epoch seconds), {@code y} the value. */
    public record Datum(double x, double y, String label, String valueText, String href) {
    }

    public static Builder builder(String id, String title, String description) {
        return new Builder(id, title, description);
    }

    /** Marker shapes as SVG path data around (0, 0), so a template only translates them. */
    public static String markerPath(String marker) {
        return switch (marker) {
            case "square" -> "M-4,-4H4V4H-4Z";
            case "triangle" -> "M0,-5L5,4H-5Z";
            case "diamond" -> "M0,-5L5,0L0,5L-5,0Z";
            default -> "M-4.5,0A4.5,4.5 0 1,0 4.5,0A4.5,4.5 0 1,0 -4.5,0Z";
        };
    }

    public static final class Builder {
        private final String id;
        private final String title;
        private final String description;
        private final List<String> names = new ArrayList<>();
        private final List<List<Datum>> data = new ArrayList<>();
        private final List<Boolean> steps = new ArrayList<>();
        private final List<String[]> rules = new ArrayList<>();
        private final List<double[]> ruleValues = new ArrayList<>();
        private String bandName;
        private List<double[]> band = List.of();
        private Double yMin;
        private Double yMax;
        private boolean integers;

        private Builder(String id, String title, String description) {
            this.id = id;
            this.title = title;
            this.description = description;
        }

        public Builder series(String name, List<Datum> points, boolean step) {
            names.add(name);
            data.add(List.copyOf(points));
            steps.add(step);
            return this;
        }

        public Builder rule(String name, String kind, double y, String valueText) {
            rules.add(new String[]{name, kind, valueText});
            ruleValues.add(new double[]{y});
            return this;
        }

        /** A shaded band: {@code x, low, high} triples in x order. */
        public Builder band(String name, List<double[]> xLowHigh) {
            this.bandName = name;
            this.band = List.copyOf(xLowHigh);
            return this;
        }

        public Builder yRange(double min, double max) {
            this.yMin = min;
            this.yMax = max;
            return this;
        }

        /** Counts: ticks at whole numbers only. */
        public Builder integers() {
            this.integers = true;
            return this;
        }

        /**
         * @param xTicks where to put x ticks and their labels, in the chart's x unit
         * @param yLabel how to write a y tick
         */
        public LineChart build(List<Tick> xTicks, DoubleFunction<String> yLabel) {
            double xLo = Double.POSITIVE_INFINITY;
            double xHi = Double.NEGATIVE_INFINITY;
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (List<Datum> series : data) {
                for (Datum d : series) {
                    xLo = Math.min(xLo, d.x());
                    xHi = Math.max(xHi, d.x());
                    lo = Math.min(lo, d.y());
                    hi = Math.max(hi, d.y());
                }
            }
            for (Tick t : xTicks) {
                xLo = Math.min(xLo, t.at());
                xHi = Math.max(xHi, t.at());
            }
            for (double[] r : ruleValues) {
                lo = Math.min(lo, r[0]);
                hi = Math.max(hi, r[0]);
            }
            if (xLo == Double.POSITIVE_INFINITY) {
                xLo = 0;
                xHi = 1;
            }
            if (xHi == xLo) {
                xLo -= 1;
                xHi += 1;
            }
            // Room at both ends, so the first and last points and their labels clear the axes.
            double pad = (xHi - xLo) * 0.06;
            xLo -= pad;
            xHi += pad;
            if (lo == Double.POSITIVE_INFINITY) {
                lo = 0;
                hi = 1;
            }
            double min = yMin != null ? yMin : Math.min(0, lo);
            double max = yMax != null ? yMax : hi;
            if (max <= min) {
                max = min + 1;
            }
            double step = niceStep((max - min) / 4, integers);
            if (yMax == null) {
                max = Math.ceil(max / step) * step;
            }
            if (yMin == null) {
                min = Math.floor(min / step) * step;
            }
            Scale scale = new Scale(xLo, xHi, min, max);

            List<Tick> yTicks = new ArrayList<>();
            for (double v = min; v <= max + step / 1000; v += step) {
                yTicks.add(new Tick(scale.y(v), yLabel.apply(v)));
            }
            List<Tick> xs = xTicks.stream().map(t -> new Tick(scale.x(t.at()), t.label())).toList();
            List<Series> series = new ArrayList<>();
            for (int i = 0; i < data.size(); i++) {
                List<Point> points = data.get(i).stream().map(d -> new Point(scale.x(d.x()), scale.y(d.y()),
                        d.label(), d.valueText(), d.href())).toList();
                series.add(new Series(names.get(i), i, path(points, steps.get(i)), points));
            }
            List<Rule> ruleList = new ArrayList<>();
            for (int i = 0; i < rules.size(); i++) {
                String[] rule = rules.get(i);
                ruleList.add(new Rule(rule[0], rule[1], scale.y(ruleValues.get(i)[0]), rule[2]));
            }
            List<Band> bands = band.isEmpty() ? List.of() : List.of(new Band(bandName, bandPath(scale)));
            return new LineChart(id, title, description, xs, yTicks, series, ruleList, bands);
        }

        private String bandPath(Scale scale) {
            StringBuilder path = new StringBuilder();
            for (int i = 0; i < band.size(); i++) {
                double[] b = band.get(i);
                path.append(i == 0 ? "M" : "L").append(f(scale.x(b[0]))).append(',').append(f(scale.y(b[2])));
            }
            for (int i = band.size() - 1; i >= 0; i--) {
                double[] b = band.get(i);
                path.append('L').append(f(scale.x(b[0]))).append(',').append(f(scale.y(b[1])));
            }
            return path.append('Z').toString();
        }
    }

    private record Scale(double xLo, double xHi, double yLo, double yHi) {
        double x(double value) {
            return LEFT + (value - xLo) / (xHi - xLo) * (RIGHT - LEFT);
        }

        double y(double value) {
            return BOTTOM - (value - yLo) / (yHi - yLo) * (BOTTOM - TOP);
        }
    }

    static String path(List<Point> points, boolean step) {
        StringBuilder path = new StringBuilder();
        Point previous = null;
        for (Point p : points) {
            if (previous == null) {
                path.append('M');
            } else if (step) {
                path.append('H').append(f(p.x())).append('V').append(f(p.y()));
                previous = p;
                continue;
            } else {
                path.append('L');
            }
            path.append(f(p.x())).append(',').append(f(p.y()));
            previous = p;
        }
        return path.toString();
    }

    static double niceStep(double rough, boolean integers) {
        if (rough <= 0 || Double.isNaN(rough)) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
        double normalized = rough / magnitude;
        double nice = normalized <= 1 ? 1 : normalized <= 2 ? 2 : normalized <= 5 ? 5 : 10;
        double step = nice * magnitude;
        return integers ? Math.max(1, Math.round(step)) : step;
    }

    static String f(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
