/** Lists across collaborations: collaborations, commitments and information requests, filtered and paged. */
package id.gotong.listing;
