/**
 * The published monthly reports on the public site: {@code /laporan/{YYYY-MM}} (HTML with charts, and its PDF,
 * CSV and JSON downloads) and {@code GET /api/reports/{YYYY-MM}}. Only published revisions are shown.
 */
package id.djpk.portal.site.report;
