package id.gotong.events;

/** What every Gotong event has in common: its provenance. */
public interface CollaborationAct {

    Provenance provenance();
}
