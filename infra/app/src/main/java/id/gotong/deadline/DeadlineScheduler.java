package id.gotong.deadline;

import id.gotong.agreement.ExpireAgreement;
import id.gotong.commitment.MarkCommitmentOverdue;
import id.gotong.information.LapseInformationRequest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Sends the system command for every item whose due day is over. The commands are harmless to send early or twice,
 * so a restart, a second process or a slow read model can only cause a no-op, never a wrong act: every command process
 * runs one, and a query process none ({@code scheduled} false).
 */
public class DeadlineScheduler implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeadlineScheduler.class);

    private final DueDates dueDates;
    private final CommandGateway commands;
    private final Clock clock;
    private final Duration interval;
    private final boolean scheduled;
    private ScheduledExecutorService executor;

    /** @param scheduled whether {@link #start()} schedules passes; {@link #runOnce()} works either way */
    public DeadlineScheduler(DueDates dueDates, CommandGateway commands, Clock clock, Duration interval,
                             boolean scheduled) {
        this.dueDates = dueDates;
        this.commands = commands;
        this.clock = clock;
        this.interval = interval;
        this.scheduled = scheduled;
    }

    /** One pass; returns how many commands were sent. */
    public int runOnce() {
        int sent = 0;
        for (DueDates.Due due : dueDates.pastDue(LocalDate.now(clock))) {
            Object command = switch (due.kind()) {
                case COMMITMENT -> new MarkCommitmentOverdue(due.targetId());
                case INFORMATION_REQUEST -> new LapseInformationRequest(due.targetId());
                case AGREEMENT -> new ExpireAgreement(due.targetId());
            };
            try {
                commands.sendAndWait(command);
                sent++;
            } catch (RuntimeException e) {
                log.warn("Deadline command {} for {} failed: {}", command.getClass().getSimpleName(), due.targetId(),
                        e.getMessage());
            }
        }
        return sent;
    }

    @Override
    public void start() {
        if (!scheduled) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "gotong-deadlines");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::runSafely, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void runSafely() {
        try {
            runOnce();
        } catch (RuntimeException e) {
            log.warn("Deadline pass failed; retrying in {}", interval, e);
        }
    }

    @Override
    public void stop() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null && !executor.isShutdown();
    }
}
