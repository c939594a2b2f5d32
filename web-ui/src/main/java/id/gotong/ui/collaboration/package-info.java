/**
 * The public pages of collaborations: the list (filter by region and smart-city dimension) and one collaboration's
 * page (members, acts, agreements, commitments, outcomes against baseline, target and minimum, process coverage).
 */
package id.gotong.ui.collaboration;
