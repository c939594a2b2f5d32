/**
 * The public lists of collaborations, commitments and information requests, now or as of a past moment; the
 * commitments and requests are kept by {@link id.gotong.listing.ListProjection} from the dossiers' fold.
 */
package id.gotong.listing;
