/**
 * The monthly "Laporan Layanan Informasi DJPK" (DOMAIN.md §5): a month's figures compiled from the portal's
 * own data (helpdesk, PPID, visits, publications, site traffic), each with the month before, the same month a
 * year earlier and the changes ({@link id.djpk.portal.report.Change}); figures the portal has no source for
 * yet entered by the editor (marked, with who and when); the staff's narrative; the workflow draft → in
 * review → published with a frozen snapshot, and corrections as new revisions with a change note.
 * {@link id.djpk.portal.report.ReportService} is the entry point.
 */
package id.djpk.portal.report;
