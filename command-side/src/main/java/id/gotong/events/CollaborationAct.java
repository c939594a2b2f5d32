package id.gotong.events;

/**
 * What every Gotong event has in common: its provenance. Sealed over one interface per aggregate, so the event types
 * can be listed from the contract itself: a fold over events walks them and fails unless it handles every one.
 */
public sealed interface CollaborationAct permits AgreementEvent, CollaborationEvent, CommitmentEvent, CorrectionEvent,
        InformationRequestEvent, MeetingEvent, OutcomeEvent, SharedGoalEvent, StakeholderEvent {

    Provenance provenance();
}
