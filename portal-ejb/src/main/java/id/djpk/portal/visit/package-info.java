/**
 * Consultation visits (tatap muka) and video conferences under Surat Edaran SE-2/PK.1/2024 E.3.b–c: the
 * request with its letter and guest list, the circular's rules ({@link id.djpk.portal.visit.VisitRules}:
 * notice in working days, four daily slots, two visits per region a month, the guest limit, a new letter
 * after a cancellation or no-show), the desk's scheduling and confirmation letter, reception check-in with
 * the guest-limit breach, the unit's minutes (BAK) and the monthly lists of the report.
 * {@link id.djpk.portal.visit.VisitService} is the requester's side (and the lookups every bean shares);
 * {@link id.djpk.portal.visit.VisitDesk}, {@link id.djpk.portal.visit.VisitReception},
 * {@link id.djpk.portal.visit.VisitMinutes} and {@link id.djpk.portal.visit.VisitReport} do the staff's steps.
 */
package id.djpk.portal.visit;
