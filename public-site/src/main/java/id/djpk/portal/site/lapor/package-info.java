/**
 * Email Lapor on the public site: the regions' report form ({@code /lapor}), its receipt and status pages, and
 * {@code /api/lapor} for other systems; both hand a submission to {@link id.djpk.portal.site.lapor.LaporIntake}.
 */
package id.djpk.portal.site.lapor;
