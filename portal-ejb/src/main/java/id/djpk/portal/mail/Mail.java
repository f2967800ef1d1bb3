package id.djpk.portal.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A message to one recipient, built fluently:
 * {@code Mail.to(email).subject(s).text(t).about("PPID", number).attach(name, type, bytes)}.
 * {@code about} links the message to the record it concerns, so staff see a request's messages beside it.
 */
public final class Mail {

    private final String to;
    private String subject = "";
    private String text = "";
    private String aboutKind;
    private String aboutRef;
    private String secret;
    private String messageId;
    private String inReplyTo;
    private List<String> references = List.of();
    private final List<Attachment> attachments = new ArrayList<>();

    /** A file sent with the message (a generated notice, a letter). */
    public record Attachment(String fileName, String mediaType, byte[] content) {
        public Attachment {
            Objects.requireNonNull(fileName);
            Objects.requireNonNull(mediaType);
            Objects.requireNonNull(content);
        }
    }

    private Mail(String to) {
        this.to = to == null ? null : to.trim();
    }

    public static Mail to(String address) {
        return new Mail(address);
    }

    public Mail subject(String subject) {
        this.subject = subject;
        return this;
    }

    public Mail text(String text) {
        this.text = text;
        return this;
    }

    public Mail about(String kind, String reference) {
        this.aboutKind = kind;
        this.aboutRef = reference;
        return this;
    }

    /**
     * The access code the text carries: kept in the outbox until the message is sent, then masked in the
     * stored copy.
     */
    public Mail secret(String code) {
        this.secret = code;
        return this;
    }

    public String secret() {
        return secret;
    }

    /**
     * The message's place in a conversation ({@link MailThread}): its own Message-ID (null: the outbox gives it
     * one), the message it answers and the conversation's ids, oldest first.
     */
    public Mail thread(String messageId, String inReplyTo, List<String> references) {
        this.messageId = MailThread.normalizeId(messageId);
        this.inReplyTo = MailThread.normalizeId(inReplyTo);
        this.references = MailThread.references(references == null ? List.of() : references);
        return this;
    }

    public String messageId() {
        return messageId;
    }

    public String inReplyTo() {
        return inReplyTo;
    }

    public List<String> references() {
        return references;
    }

    public Mail attach(String fileName, String mediaType, byte[] content) {
        attachments.add(new Attachment(fileName, mediaType, content));
        return this;
    }

    public String recipient() {
        return to;
    }

    public String subject() {
        return subject;
    }

    public String text() {
        return text;
    }

    public String aboutKind() {
        return aboutKind;
    }

    public String aboutRef() {
        return aboutRef;
    }

    public List<Attachment> attachments() {
        return List.copyOf(attachments);
    }

    /** A plausible address: one @, something before, a dot after; enough to refuse typing slips. */
    public static boolean plausibleAddress(String address) {
        return address != null && address.length() <= 200
                && address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    }
}
