/**
 * The public side of consultation visits (SE-2/PK.1/2024): the booking form {@code /kunjungan/permohonan},
 * the status page {@code /kunjungan/status}, the free sessions {@code /kunjungan/jadwal}, and the API
 * {@code /api/visits}. No page keeps a session; the status answers only with the access code.
 */
package id.djpk.portal.site.visit;
