package id.djpk.portal.visit;

import java.io.Serializable;

/**
 * What reception decides at check-in: how many came, how many the circular allows, how many are admitted
 * (and get their SPPD signed, E.3.c.7) and whether the limit was breached.
 */
public record Admission(int arrived, int allowed, int admitted, boolean breach) implements Serializable {
}
