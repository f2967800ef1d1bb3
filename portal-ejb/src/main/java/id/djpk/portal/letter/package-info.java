/**
 * The register of DJPK's outgoing letters and its public check ("Cek Keaslian Surat"): every confirmation
 * letter the portal generates, every published notice to regions, and the letters staff register by hand,
 * each with its number, date, subject, addressee and the SHA-256 of its PDF. A number and date, or a PDF's
 * hash, that the register does not know is reported as not issued by DJPK.
 * {@link id.djpk.portal.letter.LetterService} is the entry point.
 */
package id.djpk.portal.letter;
