/**
 * A stakeholder's public page: its trust as an expectation with its evidence and uncertainty, and its commitment and
 * shared-understanding history as charts whose points open the acts behind them.
 */
package id.gotong.ui.stakeholder;
