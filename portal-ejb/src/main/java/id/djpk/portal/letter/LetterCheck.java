package id.djpk.portal.letter;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the public check answers. Genuine: the register's subject, date and addressee, and where the PDF may
 * be downloaded ({@code fileId} for the register's own file, {@code publicationSlug} for a published notice).
 * Not genuine: only what was asked.
 */
public record LetterCheck(boolean genuine, String number, LocalDate date, String subject, String addressee,
        Long fileId, String fileName, String sha256, String publicationSlug) implements Serializable {

    static LetterCheck notFound(String number, LocalDate date) {
        return new LetterCheck(false, number, date, null, null, null, null, null, null);
    }
}
