/**
 * A stakeholder's history: the evidence each act gives about trust, commitment and shared understanding, and the
 * indicator series computed from it when read.
 */
package id.gotong.stakeholderhistory;
