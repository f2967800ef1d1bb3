/**
 * Email Lapor: the regions' routine reports (Laporan Syarat Penyaluran DAU, DBH, DAK Non Fisik, APBD, Perda/Perkada,
 * IKD, Insentif Fiskal, …) received as submissions with a receipt, judged against the owning unit's deadline,
 * reviewed by that unit's PIC (accepted, or returned for a correction on the same receipt) and counted for the
 * monthly report. Rules as plain values ({@link id.djpk.portal.lapor.Period}, {@link id.djpk.portal.lapor.DeadlineRule}),
 * the region's side in {@link id.djpk.portal.lapor.LaporService}, the PIC's in {@link id.djpk.portal.lapor.LaporDesk}.
 */
package id.djpk.portal.lapor;
