/**
 * What readers see of the publications: home, listing, detail and search pages, downloads, and
 * {@link id.djpk.portal.site.publication.ContentSync}, which keeps this instance's search index and
 * page cache in step with the database.
 */
package id.djpk.portal.site.publication;
