/**
 * Stakeholders: the agencies, companies, universities, community groups and media that take part in collaborations,
 * each with its pentahelix sector. Only the operator registers them; the API layer checks that.
 */
package id.gotong.stakeholder;
