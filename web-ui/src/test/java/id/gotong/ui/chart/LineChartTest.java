package id.gotong.ui.chart;

import id.gotong.ui.chart.LineChart.Datum;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LineChartTest {

    @Test
    void higherValuesAreDrawnHigherAndLaterValuesFurtherRight() {
        LineChart chart = LineChart.builder("c", "t", "d")
                .series("SPBE", List.of(new Datum(0, 1.69, "2021", "1.69", "/ledger?position=1"),
                        new Datum(1, 2.98, "2024", "2.98", "/ledger?position=2")), false)
                .rule("Target", "target", 3.39, "3.39")
                .build(List.of(), Double::toString);
        List<LineChart.Point> points = chart.series().get(0).points();
        assertThat(points.get(1).x()).isGreaterThan(points.get(0).x());
        assertThat(points.get(1).y()).isLessThan(points.get(0).y());
        assertThat(chart.rules().get(0).y()).isLessThan(points.get(1).y());
        assertThat(points).allSatisfy(p -> {
            assertThat(p.x()).isBetween((double) LineChart.LEFT, (double) LineChart.RIGHT);
            assertThat(p.y()).isBetween((double) LineChart.TOP, (double) LineChart.BOTTOM);
        });
    }

    @Test
    void theYAxisStartsAtZeroAndEndsOnARoundNumberAboveEveryValueAndRule() {
        LineChart chart = LineChart.builder("c", "t", "d")
                .series("s", List.of(new Datum(0, 1.69, "", null, null)), false)
                .rule("Target", "target", 3.39, "3.39")
                .build(List.of(), Double::toString);
        assertThat(chart.yTicks().get(0).label()).isEqualTo("0.0");
        assertThat(chart.yTicks().get(chart.yTicks().size() - 1).label()).isEqualTo("4.0");
        assertThat(chart.yTicks().get(0).at()).isCloseTo(LineChart.BOTTOM, within(0.01));
    }

    @Test
    void aStepSeriesMovesAcrossThenUp() {
        String path = LineChart.path(List.of(new LineChart.Point(10, 100, "", null, null),
                new LineChart.Point(20, 50, "", null, null)), true);
        assertThat(path).isEqualTo("M10.0,100.0H20.0V50.0");
    }

    @Test
    void niceStepsAreOneTwoOrFiveTimesAPowerOfTen() {
        assertThat(LineChart.niceStep(0.8, false)).isEqualTo(1.0);
        assertThat(LineChart.niceStep(1100000, false)).isEqualTo(2000000.0);
        assertThat(LineChart.niceStep(0.3, true)).isEqualTo(1.0);
    }
}
