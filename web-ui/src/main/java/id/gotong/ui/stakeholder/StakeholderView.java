package id.gotong.ui.stakeholder;

import id.gotong.stakeholderhistory.Histories.HistoryRead;
import id.gotong.stakeholderhistory.StakeholderHistory.Point;
import id.gotong.stakeholderhistory.StakeholderHistory.Trust;
import id.gotong.ui.Formats;
import id.gotong.ui.Messages;
import id.gotong.ui.chart.LineChart;
import id.gotong.ui.chart.LineChart.Datum;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * A stakeholder's history ready to draw. Trust is drawn as its expected value inside the band from belief
 * {@code r / (r + s + 2)} to plausibility {@code (r + 2) / (r + s + 2)}: the subjective-logic reading of the same beta
 * reputation ({@code docs/web-ui.md}), whose width is the uncertainty. A wide band says "little evidence" where a
 * single number would not.
 */
public record StakeholderView(HistoryRead history, Opinion now, LineChart trust, LineChart commitment,
                              LineChart understanding) {

    /** Belief, disbelief and uncertainty of a trust value; they add up to 1. */
    public record Opinion(double belief, double disbelief, double uncertainty, double expected, double evidence) {

        public static Opinion of(Trust trust) {
            double total = trust.positive() + trust.negative() + 2;
            return new Opinion(trust.positive() / total, trust.negative() / total, trust.uncertainty(),
                    trust.expected(), trust.evidence());
        }

        /** The upper end of the band: what trust would be if all the uncertainty resolved in favour. */
        public double plausibility() {
            return belief + uncertainty;
        }
    }

    public static StakeholderView of(HistoryRead history, Formats formats, Messages messages) {
        List<Point> points = history.points();
        List<LineChart.Tick> ticks = timeTicks(points, formats);
        NumberFormat shares = NumberFormat.getPercentInstance(messages.locale());
        NumberFormat counts = NumberFormat.getIntegerInstance(messages.locale());

        // Each value holds from its act to the next, as every other series here: a sloped line would suggest
        // changes between acts that no act caused.
        List<Datum> expected = new ArrayList<>();
        List<double[]> band = new ArrayList<>();
        for (Point p : points) {
            Opinion o = Opinion.of(p.trust());
            String label = messages.get("chart.trust.point", formats.date(p.at()), shares.format(o.expected()),
                    formats.decimal(o.evidence(), 1), shares.format(o.uncertainty()));
            expected.add(new Datum(x(p.at()), o.expected(), label, null, href(p)));
            if (!band.isEmpty()) {
                double[] previous = band.get(band.size() - 1);
                band.add(new double[]{x(p.at()), previous[1], previous[2]});
            }
            band.add(new double[]{x(p.at()), o.belief(), o.plausibility()});
        }
        LineChart trust = LineChart.builder("trust-chart", messages.get("stakeholder.trust.chart"),
                        messages.get("chart.trust.description"))
                .series(messages.get("trust.expected"), expected, true)
                .band(messages.get("trust.band"), band)
                .rule(messages.get("trust.prior"), "prior", 0.5, shares.format(0.5))
                .yRange(0, 1)
                .build(ticks, shares::format);

        LineChart commitment = counts("commitment-chart", messages.get("stakeholder.commitment.chart"),
                messages.get("chart.commitment.description"), points, formats, messages, ticks, counts,
                new Series(messages.get("commitment.pledged"), p -> p.commitment().pledged()),
                new Series(messages.get("commitment.fulfilled"), p -> p.commitment().fulfilled()),
                new Series(messages.get("commitment.overdueOrAbandoned"),
                        p -> p.commitment().overdue() + p.commitment().abandoned()),
                new Series(messages.get("commitment.agreementsSigned"), p -> p.commitment().agreementsSigned()));
        LineChart understanding = counts("understanding-chart", messages.get("stakeholder.understanding.chart"),
                messages.get("chart.understanding.description"), points, formats, messages, ticks, counts,
                new Series(messages.get("understanding.endorsements"), p -> p.understanding().endorsements()),
                new Series(messages.get("understanding.currentEndorsements"),
                        p -> p.understanding().currentEndorsements()),
                new Series(messages.get("understanding.dissents"), p -> p.understanding().dissents()));
        return new StakeholderView(history, Opinion.of(history.trustNow()), trust, commitment, understanding);
    }

    private record Series(String name, ToDoubleFunction<Point> value) {
    }

    private static LineChart counts(String id, String title, String description, List<Point> points,
                                    Formats formats, Messages messages, List<LineChart.Tick> ticks,
                                    NumberFormat counts, Series... series) {
        LineChart.Builder chart = LineChart.builder(id, title, description).integers();
        for (Series s : series) {
            List<Datum> data = new ArrayList<>();
            for (Point p : points) {
                double value = s.value().applyAsDouble(p);
                data.add(new Datum(x(p.at()), value, messages.get("chart.count.point", s.name(),
                        formats.date(p.at()), counts.format(value)), null, href(p)));
            }
            chart.series(s.name(), data, true);
        }
        return chart.build(ticks, counts::format);
    }

    /** The acts behind a point: the ledger page of its event. */
    static String href(Point p) {
        return "/ledger?position=" + p.position();
    }

    static double x(Instant at) {
        return at.getEpochSecond();
    }

    /** Ticks at the start of each year, or of each quarter when the history spans less than two years. */
    static List<LineChart.Tick> timeTicks(List<Point> points, Formats formats) {
        if (points.isEmpty()) {
            return List.of();
        }
        ZoneId zone = formats.zone();
        Instant first = points.get(0).at();
        Instant last = points.get(points.size() - 1).at();
        ZonedDateTime from = first.atZone(zone);
        ZonedDateTime to = last.atZone(zone);
        boolean years = to.getYear() - from.getYear() >= 2;
        ZonedDateTime tick = years
                ? from.withDayOfYear(1).toLocalDate().atStartOfDay(zone).plusYears(1)
                : from.withDayOfMonth(1).withMonth(((from.getMonthValue() - 1) / 3) * 3 + 1).toLocalDate()
                .atStartOfDay(zone).plusMonths(3);
        List<LineChart.Tick> ticks = new ArrayList<>();
        ticks.add(new LineChart.Tick(x(first), formats.date(first)));
        while (tick.toInstant().isBefore(last)) {
            ticks.add(new LineChart.Tick(x(tick.toInstant()), years ? Integer.toString(tick.getYear())
                    : formats.date(tick.toInstant())));
            tick = years ? tick.plusYears(1) : tick.plusMonths(3);
        }
        if (ticks.size() > 7) {
            List<LineChart.Tick> thinned = new ArrayList<>();
            int every = (int) Math.ceil(ticks.size() / 6.0);
            for (int i = 0; i < ticks.size(); i += every) {
                thinned.add(ticks.get(i));
            }
            ticks = thinned;
        }
        return ticks;
    }
}
