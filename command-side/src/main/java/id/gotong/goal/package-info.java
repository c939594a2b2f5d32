/**
 * Shared goals and common problem definitions: proposed, endorsed or dissented from member by member, and revised,
 * which starts the endorsements over. This is how shared understanding is shown rather than asserted.
 */
package id.gotong.goal;
