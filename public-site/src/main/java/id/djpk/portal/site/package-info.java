/**
 * The public website of the DJPK portal: pages for readers, downloads, feeds and open-data APIs.
 * It only reads publications (plus its own traffic counts), serves anonymous readers without any
 * HTTP session, and keeps rendered pages in memory until the published content changes.
 */
package id.djpk.portal.site;
