package id.djpk.portal.system;

import java.io.Serializable;

/**
 * A message inside the arguments of another, worded in the same language when the outer one is
 * ({@link Messages#text}): a refusal that names the booked day says it as the reader writes dates, not "2026-12-10".
 */
public record Phrase(String key, Object... arguments) implements Serializable {
}
