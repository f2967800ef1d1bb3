package id.djpk.portal.helpdesk;

import java.io.Serializable;

/** A ticket just opened: its number and the access code, which is shown or mailed this once and never kept. */
public record Opened(String number, String accessCode) implements Serializable {
}
