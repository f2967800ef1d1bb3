/**
 * The site's own page-view and visitor counts for the monthly report: counted in memory per
 * instance, written to the database every 30 seconds. No cookie and no address is stored; a
 * visitor is a hash with the day's salt (see {@code id.djpk.portal.sitestats}).
 */
package id.djpk.portal.site.stats;
