package id.gotong.ui.collaboration;

import id.gotong.dossier.Dashboard;
import id.gotong.dossier.Dashboard.MemberView;
import id.gotong.dossier.Dashboard.OutcomePoint;
import id.gotong.dossier.Dashboard.OutcomeSeries;
import id.gotong.dossier.Dossiers;
import id.gotong.projection.AsOf;
import id.gotong.projection.Reflects;
import id.gotong.researchexport.ResearchExport;
import id.gotong.researchexport.ResearchExport.Row;
import id.gotong.ui.Messages;
import id.gotong.ui.chart.LineChart;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a collaboration's page shows, read at one moment: the dashboard, the acts in the order they happened,
 * and the ledger position of every event id so each figure links to the acts behind it.
 *
 * @param acts     the acts, in the order they happened (then ledger order)
 * @param actCount how many acts the collaboration has at this moment; {@code acts} may hold only the latest
 */
public record CollaborationView(Dashboard dashboard, Reflects reflects, AsOf asOf, List<Row> acts, int actCount,
                                Map<String, Long> positions, Map<String, String> names, List<Outcome> outcomes,
                                int maxStageActs) {

    /** The timeline shows at most this many acts; the auditor's history lists them all. */
    public static final int TIMELINE_LIMIT = 200;

    public record Outcome(OutcomeSeries series, LineChart chart) {
    }

    public static CollaborationView read(Dossiers dossiers, ResearchExport export, String collaborationId,
                                         AsOf asOf, Messages messages) {
        Dossiers.DashboardRead read = dossiers.dashboard(collaborationId, asOf, null, null);
        Dashboard dashboard = read.dashboard();
        List<Row> rows = new ArrayList<>(export.rows(collaborationId, asOf));
        Map<String, Long> positions = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        for (Row row : rows) {
            positions.put(row.eventId(), row.position());
            if (row.actorName() != null) {
                names.put(row.actor(), row.actorName());
            }
        }
        dashboard.members().bySector().values().forEach(list -> list.forEach(m -> name(names, m)));
        dashboard.members().former().forEach(m -> name(names, m));
        rows.sort(Comparator.comparing(Row::occurredAt).thenComparingLong(Row::position));
        List<Row> timeline = rows.size() > TIMELINE_LIMIT ? rows.subList(rows.size() - TIMELINE_LIMIT, rows.size())
                : rows;
        List<Outcome> outcomes = new ArrayList<>();
        int index = 0;
        for (OutcomeSeries series : dashboard.outcomes()) {
            outcomes.add(new Outcome(series, chart("outcome-" + index++, series, positions, messages)));
        }
        int maxStageActs = dashboard.health().stages().stream().mapToInt(Dashboard.Stage::acts).max().orElse(0);
        return new CollaborationView(dashboard, read.reflects(), asOf, List.copyOf(timeline), rows.size(),
                positions, names, outcomes, maxStageActs);
    }

    private static void name(Map<String, String> names, MemberView member) {
        if (member.name() != null) {
            names.put(member.stakeholderId(), member.name());
        }
    }

    /** A stakeholder's name where one is known, otherwise its id. */
    public String name(String stakeholderId) {
        return names.getOrDefault(stakeholderId, stakeholderId);
    }

    /** The ledger page of an event: by position where the read models know it. */
    public String ledgerLink(String eventId) {
        Long position = positions.get(eventId);
        return position != null ? "/ledger?position=" + position : "/ledger?event=" + eventId;
    }

    public Long position(String eventId) {
        return positions.get(eventId);
    }

    /** The width, out of 100, of a stage's bar. */
    public double stageBar(int acts) {
        return maxStageActs == 0 ? 0 : 100.0 * acts / maxStageActs;
    }

    static LineChart chart(String id, OutcomeSeries series, Map<String, Long> positions, Messages messages) {
        List<LineChart.Datum> data = new ArrayList<>();
        List<LineChart.Tick> ticks = new ArrayList<>();
        List<OutcomePoint> points = series.points();
        for (int i = 0; i < points.size(); i++) {
            OutcomePoint p = points.get(i);
            String eventId = p.eventIds().isEmpty() ? null : p.eventIds().get(0);
            Long position = eventId == null ? null : positions.get(eventId);
            String href = position != null ? "/ledger?position=" + position
                    : eventId != null ? "/ledger?event=" + eventId : null;
            data.add(new LineChart.Datum(i, new BigDecimal(p.value()).doubleValue(),
                    messages.get("chart.outcome.point", p.period(), p.value(),
                            messages.get("outcomeStatus." + p.status())), p.value(), href));
            ticks.add(new LineChart.Tick(i, p.period()));
        }
        LineChart.Builder chart = LineChart.builder(id, series.indicator(),
                        messages.get("chart.outcome.description", series.indicator(), series.unit()))
                .series(series.indicator(), data, false);
        if (series.baseline() != null) {
            chart.rule(messages.get("outcome.baseline"), "baseline", new BigDecimal(series.baseline()).doubleValue(),
                    series.baseline());
        }
        if (series.minimum() != null) {
            chart.rule(messages.get("outcome.minimum"), "minimum", new BigDecimal(series.minimum()).doubleValue(),
                    series.minimum());
        }
        if (series.target() != null) {
            chart.rule(messages.get("outcome.target"), "target", new BigDecimal(series.target()).doubleValue(),
                    series.target());
        }
        NumberFormat format = NumberFormat.getNumberInstance(messages.locale());
        format.setMaximumFractionDigits(2);
        return chart.build(ticks, format::format);
    }
}
