/**
 * Credentials as HTTP resources: the operator issues auditor credentials and new credentials for registered
 * stakeholders, and revokes a stakeholder's credentials; any holder revokes the credential it presents. Issuing and
 * revoking are access control, not collaboration acts: they go to the credential store, not the ledger.
 */
package id.gotong.access;
