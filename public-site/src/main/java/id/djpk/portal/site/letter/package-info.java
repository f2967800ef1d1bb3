/**
 * "Cek Keaslian Surat": the public check of a DJPK letter by number and date, or by its PDF
 * ({@code /cek-surat}, {@code /api/letters/verify}), and the download of the register's public letters.
 */
package id.djpk.portal.site.letter;
