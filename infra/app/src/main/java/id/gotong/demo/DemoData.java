package id.gotong.demo;

import id.gotong.agreement.DraftAgreement;
import id.gotong.agreement.SignAgreement;
import id.gotong.collaboration.AdmitMember;
import id.gotong.collaboration.RecordDriver;
import id.gotong.collaboration.RegisterCollaboration;
import id.gotong.commitment.FulfilCommitment;
import id.gotong.commitment.PledgeCommitment;
import id.gotong.events.AgreementKind;
import id.gotong.events.CollaborationEvent.DriverKind;
import id.gotong.events.MeetingCadence;
import id.gotong.events.MeetingEvent.Attendance;
import id.gotong.events.MeetingEvent.AttendanceStatus;
import id.gotong.events.MeetingEvent.Channel;
import id.gotong.events.MeetingEvent.Formality;
import id.gotong.events.Role;
import id.gotong.events.Sector;
import id.gotong.events.SharedGoalEvent.GoalKind;
import id.gotong.events.SmartCityDimension;
import id.gotong.goal.EndorseSharedGoal;
import id.gotong.goal.ProposeSharedGoal;
import id.gotong.information.RequestInformation;
import id.gotong.meeting.CloseMeeting;
import id.gotong.meeting.ConveneMeeting;
import id.gotong.meeting.RecordAttendance;
import id.gotong.meeting.RecordMinutes;
import id.gotong.outcome.ConfirmOutcome;
import id.gotong.outcome.ReportOutcome;
import id.gotong.stakeholder.RegisterStakeholder;
import id.gotong.web.Caller;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Surakarta smart branding (seed 000), Bekasi with PT Telkom (seed 001), Tangerang Gemilang (seed 003) and Toba smart
 * governance (seed 004). Only organisations are named: no private person appears in the demo.
 */
public class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final String OPERATOR = Caller.OPERATOR_ID;

    private final CommandGateway commands;
    private int sent;

    public DemoData(CommandGateway commands) {
        this.commands = commands;
    }

    /** Records all four case studies; returns the number of commands sent. */
    public int record() {
        surakarta();
        toba();
        tangerang();
        bekasi();
        log.info("Demo data: {} acts recorded for four case studies", sent);
        return sent;
    }

    void surakarta() {
        stakeholder("disbudpar-surakarta", "Dinas Kebudayaan dan Pariwisata Kota Surakarta", Sector.GOVERNMENT, "Kota Surakarta");
        stakeholder("diskominfosp-surakarta", "Diskominfo SP Kota Surakarta", Sector.GOVERNMENT, "Kota Surakarta");
        stakeholder("disdag-surakarta", "Dinas Perdagangan Kota Surakarta", Sector.GOVERNMENT, "Kota Surakarta");
        stakeholder("diskoperinukm-surakarta", "Diskoperin UKM Kota Surakarta", Sector.GOVERNMENT, "Kota Surakarta");
        stakeholder("solo-technopark", "Solo Technopark (Brida Kota Surakarta)", Sector.GOVERNMENT, "Kota Surakarta");
        stakeholder("shopee", "PT Shopee International Indonesia", Sector.BUSINESS, "DKI Jakarta");
        stakeholder("umkm-surakarta", "Komunitas UMKM binaan Kota Surakarta", Sector.COMMUNITY, "Kota Surakarta");

        String c = "surakarta-smart-branding";
        send(new RegisterCollaboration(c, "disbudpar-surakarta", at("2022-01-10"), "Surakarta smart branding 2022–2023",
                "Kota Surakarta", Set.of(SmartCityDimension.BRANDING, SmartCityDimension.ECONOMY),
                List.of("Perwali Surakarta 8.6/2022 (Masterplan Smart City 2021–2026)"), "disbudpar-surakarta",
                MeetingCadence.MONTHLY));
        admit(c, "disbudpar-surakarta", "2022-01-10", "diskominfosp-surakarta", Role.SECRETARY);
        admit(c, "disbudpar-surakarta", "2022-01-10", "disdag-surakarta", Role.MEMBER);
        admit(c, "disbudpar-surakarta", "2022-01-10", "diskoperinukm-surakarta", Role.WORKING_GROUP_COORDINATOR);
        admit(c, "disbudpar-surakarta", "2022-01-10", "solo-technopark", Role.MEMBER);
        admit(c, "disbudpar-surakarta", "2022-01-10", "shopee", Role.MEMBER);
        admit(c, "disbudpar-surakarta", "2022-01-10", "umkm-surakarta", Role.MEMBER);

        send(new RecordDriver(c, "disbudpar-surakarta", at("2022-01-10"), DriverKind.CONSEQUENTIAL_INCENTIVE,
                "Tourism and SME recovery after the pandemic: visits fell to 379,097 in 2021"));
        meeting(c, "surakarta-coordination-2022-02", "disbudpar-surakarta", "2022-02-07",
                "Monthly smart branding coordination", Formality.FORMAL, Channel.IN_PERSON,
                List.of("diskominfosp-surakarta", "disdag-surakarta", "diskoperinukm-surakarta", "solo-technopark"),
                List.of("solo-technopark"),
                "Calendar of events for 2022 agreed; SME training with Solo Technopark",
                List.of("Publish the 2022 event calendar", "Train SME owners in digital marketing"));
        goal(c, "surakarta-brand-goal", "disbudpar-surakarta", "2022-02-07",
                "Position Solo as a cultural tourism city whose SMEs sell online",
                "diskominfosp-surakarta", "disdag-surakarta", "diskoperinukm-surakarta");

        // Signed in November 2021, before the collaboration existed in Gotong: recorded when it was registered.
        send(new DraftAgreement("pks-shopee-515", "diskoperinukm-surakarta", at("2022-01-10"), c,
                AgreementKind.COOPERATION_AGREEMENT, "515.13/1306/2021",
                "Cooperation on the digital marketing of Surakarta SMEs",
                Set.of("diskoperinukm-surakarta", "shopee"), "Onboarding and training of Surakarta SMEs on Shopee",
                LocalDate.parse("2021-11-01"), LocalDate.parse("2023-12-31")));
        send(new SignAgreement("pks-shopee-515", "diskoperinukm-surakarta", at("2022-01-10")));
        send(new SignAgreement("pks-shopee-515", "shopee", at("2022-01-10")));
        send(new PledgeCommitment("surakarta-sme-training", "solo-technopark", at("2022-02-07"), c,
                "Digital marketing training for SME owners", LocalDate.parse("2022-06-30"), null,
                "surakarta-coordination-2022-02", "Train SME owners in digital marketing"));
        send(new FulfilCommitment("surakarta-sme-training", "solo-technopark", at("2022-06-20"),
                "Training held at Solo Technopark"));
        send(new RequestInformation("surakarta-sme-data", "diskoperinukm-surakarta", at("2023-03-01"), c, "shopee",
                "Data on Surakarta SMEs selling through Shopee", LocalDate.parse("2023-04-30")));

        String[][] visits = {{"2021", "379097"}, {"2022", "1017403"}, {"2023", "4029686"}, {"2024", "4401980"}};
        for (String[] year : visits) {
            String id = "surakarta-visits-" + year[0];
            send(new ReportOutcome(id, "disbudpar-surakarta", at(Integer.parseInt(year[0]) + 1 + "-01-31"), c,
                    "Tourist visits", year[0], new BigDecimal(year[1]), "visits", new BigDecimal("379097"), null,
                    null));
            send(new ConfirmOutcome(id, "diskominfosp-surakarta", at(Integer.parseInt(year[0]) + 1 + "-02-15")));
        }
    }

    void toba() {
        stakeholder("diskominfo-toba", "Diskominfo Kabupaten Toba", Sector.GOVERNMENT, "Kabupaten Toba");
        stakeholder("bappeda-toba", "Bappeda Kabupaten Toba", Sector.GOVERNMENT, "Kabupaten Toba");
        stakeholder("rri-sibolga", "RRI Sibolga", Sector.MEDIA, "Kota Sibolga");
        stakeholder("it-del", "Institut Teknologi Del", Sector.ACADEMIA, "Kabupaten Toba");
        stakeholder("solusi-rahayu", "PT Solusi Rahayu Indonesia", Sector.BUSINESS, "Kabupaten Toba");

        String c = "toba-smart-governance";
        send(new RegisterCollaboration(c, "diskominfo-toba", at("2022-08-01"), "Toba smart governance",
                "Kabupaten Toba", Set.of(SmartCityDimension.GOVERNANCE, SmartCityDimension.ENVIRONMENT),
                List.of("Keputusan Bupati Toba 724/2022", "Perbup Toba 20/2023"), "diskominfo-toba",
                MeetingCadence.YEARLY));
        admit(c, "diskominfo-toba", "2022-08-01", "bappeda-toba", Role.SECRETARY);
        admit(c, "diskominfo-toba", "2022-08-01", "rri-sibolga", Role.MEMBER);
        admit(c, "diskominfo-toba", "2022-08-01", "it-del", Role.MEMBER);
        admit(c, "diskominfo-toba", "2022-08-01", "solusi-rahayu", Role.MEMBER);

        send(new RecordDriver(c, "diskominfo-toba", at("2022-08-01"), DriverKind.RESOURCE_GAP,
                "28 areas without mobile signal"));
        send(new DraftAgreement("mou-rri-sibolga", "diskominfo-toba", at("2023-02-01"), c, AgreementKind.MOU,
                "MoU Diskominfo Toba – RRI Sibolga", "Public information on the smart-city programme",
                Set.of("diskominfo-toba", "rri-sibolga"), "Broadcast of programme information by RRI Sibolga",
                LocalDate.parse("2023-02-01"), null));
        send(new SignAgreement("mou-rri-sibolga", "diskominfo-toba", at("2023-02-10")));
        send(new SignAgreement("mou-rri-sibolga", "rri-sibolga", at("2023-02-14")));
        meeting(c, "toba-forum-2023", "diskominfo-toba", "2023-09-12", "Annual smart city forum",
                Formality.FORMAL, Channel.IN_PERSON, List.of("bappeda-toba", "rri-sibolga", "it-del", "solusi-rahayu"),
                List.of("solusi-rahayu"), "Evaluation of the SPBE index and the smart city masterplan",
                List.of("Raise the SPBE index above the national minimum of 2.6 by 2024"));

        String[][] spbe = {{"2021", "1.69"}, {"2022", "1.89"}, {"2023", "2.16"}, {"2024", "2.98"}};
        for (String[] year : spbe) {
            String id = "toba-spbe-" + year[0];
            send(new ReportOutcome(id, "diskominfo-toba", at(Integer.parseInt(year[0]) + 1 + "-03-31"), c,
                    "SPBE index", year[0], new BigDecimal(year[1]), "index (0–5; \"Baik\" from 2.6)",
                    new BigDecimal("1.69"), new BigDecimal("3.39"), new BigDecimal("2.6"), null));
        }
        send(new ConfirmOutcome("toba-spbe-2024", "bappeda-toba", at("2025-04-15")));
    }

    void tangerang() {
        stakeholder("diskominfo-tangerang", "Diskominfo Kota Tangerang", Sector.GOVERNMENT, "Kota Tangerang");
        stakeholder("bssn", "Badan Siber dan Sandi Negara (BSSN)", Sector.GOVERNMENT, "DKI Jakarta");
        stakeholder("lpse-tangerang", "LPSE Kota Tangerang", Sector.GOVERNMENT, "Kota Tangerang");
        stakeholder("umn", "Universitas Multimedia Nusantara", Sector.ACADEMIA, "Kabupaten Tangerang");

        String c = "tangerang-gemilang";
        send(new RegisterCollaboration(c, "diskominfo-tangerang", at("2017-03-01"), "Tangerang Gemilang",
                "Kota Tangerang", Set.of(SmartCityDimension.GOVERNANCE, SmartCityDimension.BRANDING),
                List.of("Perda Kota Tangerang 6/2020 (e-government)"), "diskominfo-tangerang", MeetingCadence.MONTHLY));
        admit(c, "diskominfo-tangerang", "2017-03-01", "bssn", Role.MEMBER);
        admit(c, "diskominfo-tangerang", "2017-03-01", "lpse-tangerang", Role.MEMBER);
        admit(c, "diskominfo-tangerang", "2017-03-01", "umn", Role.MEMBER);
        send(new ReportOutcome("tangerang-apps-2017", "diskominfo-tangerang", at("2017-12-31"), c,
                "Separate applications integrated into one platform", "2017", new BigDecimal("35"), "applications",
                BigDecimal.ZERO, new BigDecimal("35"), null));
        send(new ConfirmOutcome("tangerang-apps-2017", "bssn", at("2018-01-15")));
    }

    void bekasi() {
        stakeholder("diskominfo-bekasi", "Diskominfostandi Kota Bekasi", Sector.GOVERNMENT, "Kota Bekasi");
        stakeholder("telkom", "PT Telkom Indonesia", Sector.BUSINESS, "Kota Bandung");

        String c = "bekasi-smart-city";
        send(new RegisterCollaboration(c, "diskominfo-bekasi", at("2017-01-16"), "Bekasi Smart City with PT Telkom",
                "Kota Bekasi", Set.of(SmartCityDimension.GOVERNANCE, SmartCityDimension.LIVING),
                List.of("Perwali Bekasi 110/2016", "Keputusan 555.8/KEP.231/2021", "Perda Kota Bekasi 2/2020"),
                "diskominfo-bekasi", MeetingCadence.QUARTERLY));
        admit(c, "diskominfo-bekasi", "2017-01-16", "telkom", Role.MEMBER);
        send(new PledgeCommitment("bekasi-wifi", "telkom", at("2017-02-01"), c, "1,000 public Wi-Fi points",
                LocalDate.parse("2019-12-31"), null, null, null));
        send(new FulfilCommitment("bekasi-wifi", "telkom", at("2019-11-30"), "1,000 public Wi-Fi points in service"));
        send(new ReportOutcome("bekasi-wifi-2019", "telkom", at("2019-12-31"), c, "Public Wi-Fi points", "2019",
                new BigDecimal("1000"), "points", BigDecimal.ZERO, new BigDecimal("1000"), null));
        send(new ConfirmOutcome("bekasi-wifi-2019", "diskominfo-bekasi", at("2020-01-20")));
    }

    private void stakeholder(String id, String name, Sector sector, String region) {
        send(new RegisterStakeholder(id, OPERATOR, at("2017-01-01"), name, sector, region, null));
    }

    private void admit(String collaborationId, String by, String on, String stakeholderId, Role role) {
        send(new AdmitMember(collaborationId, by, at(on), stakeholderId, role, null));
    }

    private void meeting(String collaborationId, String meetingId, String by, String on, String title,
                         Formality formality, Channel channel, List<String> invitees, List<String> absent,
                         String summary, List<String> decisions) {
        send(new ConveneMeeting(meetingId, by, at(on), collaborationId, title, List.of(title), at(on),
                formality, channel, Set.copyOf(invitees)));
        List<Attendance> attendance = invitees.stream()
                .map(id -> new Attendance(id, absent.contains(id) ? AttendanceStatus.ABSENT : AttendanceStatus.PRESENT,
                        null))
                .toList();
        send(new RecordAttendance(meetingId, by, at(on), attendance));
        send(new RecordMinutes(meetingId, by, at(on), summary, summary, decisions));
        send(new CloseMeeting(meetingId, by, at(on)));
    }

    private void goal(String collaborationId, String goalId, String by, String on, String statement,
                      String... endorsers) {
        send(new ProposeSharedGoal(goalId, by, at(on), collaborationId, GoalKind.GOAL, statement));
        Arrays.stream(endorsers).forEach(e -> send(new EndorseSharedGoal(goalId, e, at(on), 1)));
    }

    private static Instant at(String date) {
        return LocalDate.parse(date).atTime(9, 0).atZone(java.time.ZoneId.of("Asia/Jakarta")).toInstant();
    }

    private void send(Object command) {
        commands.sendAndWait(command);
        sent++;
    }
}
