package id.djpk.portal.email;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.function.UnaryOperator;

/**
 * One incoming e-mail as the intake reads it from its raw bytes (the .eml): who wrote it, its subject and text
 * (text/plain preferred, else the HTML part as plain text), its files, the ids it answers, and what it is
 * ({@link EmailKind}). For a bounce also the Message-IDs of the returned message and the reason. A pure reading:
 * nothing is stored here.
 */
public record InboundEmail(String messageId, String fromAddress, String fromName, String subject, String text,
        List<String> threadIds, List<Attachment> attachments, EmailKind kind, List<String> bouncedIds,
        String bounceReason) {

    /** The subject a message without one is shown with. */
    public static final String NO_SUBJECT = "(tanpa subjek)";
    /** The text of a message without any. */
    public static final String NO_TEXT = "(tanpa teks)";

    /** A file of the message; {@code content} is null when it is larger than the limit it was read with. */
    public record Attachment(String fileName, String mediaType, long size, byte[] content) {
    }

    private static final Session SESSION = Session.getInstance(new Properties());

    /** Reads a raw message; files larger than {@code maxAttachmentBytes} are noted without their content. */
    public static InboundEmail parse(byte[] raw, long maxAttachmentBytes) {
        try {
            MimeMessage m = new MimeMessage(SESSION, new ByteArrayInputStream(raw));
            String messageId = firstId(m.getHeader("Message-ID"));
            if (messageId == null) {
                messageId = digestId(raw);
            }
            String fromAddress = null;
            String fromName = null;
            Address[] from = safeFrom(m);
            if (from != null && from.length > 0 && from[0] instanceof InternetAddress a) {
                fromAddress = a.getAddress();
                fromName = a.getPersonal();
            }
            String subject = decodedSubject(m);
            Reader reader = new Reader(maxAttachmentBytes);
            reader.walk(m);
            String text = reader.plain != null && !reader.plain.isBlank() ? HtmlText.tidy(reader.plain)
                    : reader.html != null ? HtmlText.toText(reader.html) : "";
            EmailKind kind = classify(name -> header(m, name), m.getContentType(), fromAddress, subject);
            List<String> threadIds = Threading.referencedIds(header(m, "In-Reply-To"), header(m, "References"));
            List<String> bounced = List.of();
            String reason = null;
            if (kind == EmailKind.BOUNCE) {
                List<String> ids = new ArrayList<>(reader.returnedIds);
                threadIds.forEach(id -> {
                    if (!ids.contains(id)) {
                        ids.add(id);
                    }
                });
                bounced = List.copyOf(ids);
                reason = reader.diagnostic != null ? reader.diagnostic : subject;
            }
            return new InboundEmail(messageId, fromAddress, fromName, subject == null || subject.isBlank() ? NO_SUBJECT : subject.strip(),
                    text.isBlank() ? NO_TEXT : text, threadIds, List.copyOf(reader.files), kind, bounced, reason);
        } catch (MessagingException e) {
            throw new IllegalArgumentException("unreadable message: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What a message is, from its headers alone: a bounce (a {@code multipart/report} delivery status, or sent by
     * MAILER-DAEMON/postmaster), an automatic answer ({@code Auto-Submitted} other than {@code no},
     * {@code X-Autoreply}/{@code X-Autorespond}, {@code Precedence: bulk/junk/list/auto_reply}, a vacation notice's
     * subject), spam as the server flagged it ({@code X-Spam-Flag: YES}), else a person's message.
     */
    public static EmailKind classify(UnaryOperator<String> header, String contentType, String fromAddress, String subject) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        String local = fromAddress == null ? "" : fromAddress.toLowerCase(Locale.ROOT);
        local = local.contains("@") ? local.substring(0, local.indexOf('@')) : local;
        if ((type.startsWith("multipart/report") && type.contains("delivery-status"))
                || local.equals("mailer-daemon") || local.equals("postmaster")) {
            return EmailKind.BOUNCE;
        }
        String auto = lower(header.apply("Auto-Submitted"));
        String precedence = lower(header.apply("Precedence"));
        if ((auto != null && !auto.startsWith("no")) || header.apply("X-Autoreply") != null
                || header.apply("X-Autorespond") != null || header.apply("X-Autoresponder") != null
                || (precedence != null && (precedence.startsWith("bulk") || precedence.startsWith("junk")
                        || precedence.startsWith("list") || precedence.startsWith("auto_reply")))
                || vacationSubject(subject)) {
            return EmailKind.AUTO_REPLY;
        }
        String spam = header.apply("X-Spam-Flag");
        if (spam != null && spam.strip().equalsIgnoreCase("YES")) {
            return EmailKind.SPAM;
        }
        return EmailKind.PERSONAL;
    }

    private static final List<String> VACATION = List.of("auto:", "automatic reply", "autoreply", "auto-reply",
            "out of office", "out of the office", "balasan otomatis", "balasan otomatis:", "di luar kantor", "sedang cuti");

    static boolean vacationSubject(String subject) {
        if (subject == null) {
            return false;
        }
        String s = subject.strip().toLowerCase(Locale.ROOT);
        return VACATION.stream().anyMatch(s::startsWith);
    }

    /** The name a message without a Message-ID is known by: the SHA-256 of its bytes, so a second fetch finds it. */
    public static String digestId(byte[] raw) {
        try {
            return "<" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw)) + "@sha256.invalid>";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String firstId(String[] values) {
        if (values == null) {
            return null;
        }
        for (String v : values) {
            List<String> ids = Threading.ids(v);
            if (!ids.isEmpty()) {
                return ids.get(0);
            }
            if (v != null && !v.isBlank() && v.strip().length() <= 490) {
                return "<" + v.strip().replaceAll("[<>\\s]", "") + ">";
            }
        }
        return null;
    }

    private static Address[] safeFrom(MimeMessage m) {
        try {
            return m.getFrom();
        } catch (MessagingException e) {
            // a From the parser refuses: try it leniently
            try {
                String raw = m.getHeader("From", ",");
                return raw == null ? null : InternetAddress.parseHeader(raw, false);
            } catch (MessagingException again) {
                return null;
            }
        }
    }

    private static String decodedSubject(MimeMessage m) throws MessagingException {
        try {
            return m.getSubject();
        } catch (MessagingException e) {
            String raw = m.getHeader("Subject", null);
            return raw;
        }
    }

    private static String header(Part p, String name) {
        try {
            String[] v = p.getHeader(name);
            return v == null || v.length == 0 ? null : v[0];
        } catch (MessagingException e) {
            return null;
        }
    }

    private static String lower(String s) {
        return s == null ? null : s.strip().toLowerCase(Locale.ROOT);
    }

    /** Walks the MIME tree once: the first text/plain and text/html body, the files, a bounce's report. */
    private static final class Reader {
        private final long maxBytes;
        String plain;
        String html;
        final List<Attachment> files = new ArrayList<>();
        final List<String> returnedIds = new ArrayList<>();
        String diagnostic;

        Reader(long maxBytes) {
            this.maxBytes = maxBytes;
        }

        void walk(Part part) throws MessagingException, IOException {
            String type = baseType(part);
            String fileName = fileName(part);
            boolean attachment = Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || fileName != null;
            if (type.startsWith("multipart/")) {
                Object content = part.getContent();
                if (content instanceof Multipart mp) {
                    for (int i = 0; i < mp.getCount(); i++) {
                        BodyPart child = mp.getBodyPart(i);
                        walk(child);
                    }
                }
                return;
            }
            if (type.equals("message/delivery-status")) {
                readDeliveryStatus(part);
                return;
            }
            if (type.equals("message/rfc822") || type.equals("text/rfc822-headers")) {
                readReturned(part);
                if (!attachment) {
                    return;
                }
            }
            if (!attachment && type.equals("text/plain") && plain == null) {
                plain = text(part);
                return;
            }
            if (!attachment && type.equals("text/html") && html == null) {
                html = text(part);
                return;
            }
            if (attachment || !type.startsWith("text/")) {
                files.add(read(part, fileName == null ? "lampiran" : fileName, type));
            }
        }

        private void readDeliveryStatus(Part part) throws MessagingException, IOException {
            byte[] bytes = bytes(part.getInputStream(), 1_000_000);
            // per-recipient fields follow the per-message fields after an empty line; read them all as headers
            String text = new String(bytes, StandardCharsets.UTF_8).replace("\r\n", "\n").replaceAll("\n\n+", "\n");
            InternetHeaders h = new InternetHeaders(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
            String code = h.getHeader("Diagnostic-Code", null);
            String status = h.getHeader("Status", null);
            String rcpt = h.getHeader("Final-Recipient", null);
            StringBuilder reason = new StringBuilder();
            if (status != null) {
                reason.append(status.strip());
            }
            if (code != null) {
                reason.append(reason.length() > 0 ? " " : "").append(code.replaceAll("\\s+", " ").strip());
            }
            if (rcpt != null) {
                reason.append(reason.length() > 0 ? " " : "").append("(").append(rcpt.strip()).append(")");
            }
            diagnostic = reason.length() == 0 ? null : reason.toString();
        }

        private void readReturned(Part part) throws MessagingException, IOException {
            InternetHeaders h = new InternetHeaders(new ByteArrayInputStream(bytes(part.getInputStream(), 5_000_000)));
            for (String id : Threading.ids(h.getHeader("Message-ID", ","))) {
                if (!returnedIds.contains(id)) {
                    returnedIds.add(id);
                }
            }
        }

        private Attachment read(Part part, String fileName, String type) throws MessagingException, IOException {
            try (InputStream in = part.getInputStream()) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                byte[] buf = new byte[65536];
                long size = 0;
                int n;
                while ((n = in.read(buf)) > 0) {
                    size += n;
                    if (size <= maxBytes) {
                        out.write(buf, 0, n);
                    }
                }
                return new Attachment(fileName, type, size, size <= maxBytes ? out.toByteArray() : null);
            }
        }

        private static String text(Part part) throws MessagingException, IOException {
            try {
                Object c = part.getContent();
                if (c instanceof String s) {
                    return s;
                }
            } catch (IOException | MessagingException e) {
                // an unknown charset: read the bytes as UTF-8 below
            }
            return new String(bytes(part.getInputStream(), 5_000_000), StandardCharsets.UTF_8);
        }

        private static String baseType(Part part) {
            try {
                return new ContentType(part.getContentType()).getBaseType().toLowerCase(Locale.ROOT);
            } catch (Exception e) {
                return "application/octet-stream";
            }
        }

        private static String fileName(Part part) {
            try {
                String name = part.getFileName();
                return name == null || name.isBlank() ? null : MimeUtility.decodeText(name).strip();
            } catch (Exception e) {
                return null;
            }
        }

        private static byte[] bytes(InputStream in, int max) throws IOException {
            try (in) {
                return in.readNBytes(max);
            }
        }
    }
}
