/**
 * The site's own page-view and visitor counts, for the monthly report's "pengunjung" and
 * "halaman yang paling banyak diakses": no cookie, no third-party tracker, no IP address stored.
 * A visitor is a salted hash of address and browser that is valid for one day only; the day's salt
 * is deleted afterwards, so a hash cannot be traced back.
 */
package id.djpk.portal.sitestats;
