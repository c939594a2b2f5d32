package id.gotong.web;

import id.gotong.act.AppendedEvents;

import java.util.List;

/**
 * The answer to a successful write: the id of the resource acted on and the events appended, with their global
 * positions in the ledger.
 */
public record Recorded(String id, List<AppendedEvents.Appended> events) {
}
