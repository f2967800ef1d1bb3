/**
 * PPID public-information requests under UU 14/2008: the request with its tracking number and access code,
 * the legal clock in working days (answer in 10, one extension of at most 7), the decision, the objection
 * (keberatan) to the PPID's superior and its clock, the timeline the requester sees, and the figures of the
 * monthly and annual PPID reports. {@link id.djpk.portal.ppid.PpidService} is the requester's side (and the reads
 * every bean shares), {@link id.djpk.portal.ppid.PpidDesk} and {@link id.djpk.portal.ppid.PpidReleases} the PPID's and
 * its superior's, {@link id.djpk.portal.ppid.DipService} the DIP, {@link id.djpk.portal.ppid.PpidReminders} the daily
 * reminder and {@link id.djpk.portal.ppid.PpidFiguresQuery} the figures; the rules
 * live in {@link id.djpk.portal.ppid.InformationRequest}, {@link id.djpk.portal.ppid.Nik},
 * {@link id.djpk.portal.ppid.TrackingNumber} and {@link id.djpk.portal.ppid.PpidDeadlines}.
 */
package id.djpk.portal.ppid;
