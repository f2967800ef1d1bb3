/**
 * Email Lapor for DJPK staff: the owning units' queue and review pages, the staff API ({@code /portal/api/lapor},
 * {@code /portal/api/stats/lapor}) and the administrators' upkeep of the report types.
 */
package id.djpk.portal.web.lapor;
