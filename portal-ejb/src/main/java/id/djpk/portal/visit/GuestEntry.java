package id.djpk.portal.visit;

import java.io.Serializable;

/** A guest as the requester lists them; {@code head} marks the head of region or the DPRD chair. */
public record GuestEntry(String name, String position, boolean head) implements Serializable {
}
