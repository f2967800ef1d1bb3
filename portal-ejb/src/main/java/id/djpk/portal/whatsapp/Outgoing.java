package id.djpk.portal.whatsapp;

import java.io.Serializable;
import java.util.List;

/**
 * A message the portal sends on WhatsApp, in the forms the Cloud API knows: plain text, an interactive list
 * (up to 10 rows) or reply buttons (up to 3), a file (image or document), or an approved template (outside the 24-hour window and for blasts).
 */
public sealed interface Outgoing extends Serializable {

    /** A choice in a list or a button: its id comes back in the user's reply. */
    record Row(String id, String title, String description) implements Serializable {
        public Row {
            title = cut(title, 24);
            description = description == null ? null : cut(description, 72);
        }
    }

    record Text(String body) implements Outgoing {
    }

    record ListMenu(String body, String button, List<Row> rows) implements Outgoing {
        public ListMenu {
            button = cut(button, 20);
            rows = List.copyOf(rows.size() > 10 ? rows.subList(0, 10) : rows);
        }
    }

    record Buttons(String body, List<Row> buttons) implements Outgoing {
        public Buttons {
            buttons = List.copyOf(buttons.size() > 3 ? buttons.subList(0, 3) : buttons);
        }
    }

    /** A stored file an agent sends (an image, or a document with its name), with an optional caption. */
    record File(String storageKey, String fileName, String mediaType, String caption) implements Outgoing {
    }

    record Template(String name, String language, List<String> parameters) implements Outgoing {
        public Template {
            parameters = parameters == null ? List.of() : List.copyOf(parameters);
        }
    }

    /** The text an agent or the transcript shows for it. */
    default String transcript() {
        if (this instanceof Text t) {
            return t.body();
        }
        if (this instanceof ListMenu l) {
            StringBuilder s = new StringBuilder(l.body());
            l.rows().forEach(r -> s.append("\n• ").append(r.title()).append(r.description() == null ? "" : " — " + r.description()));
            return s.toString();
        }
        if (this instanceof Buttons b) {
            StringBuilder s = new StringBuilder(b.body());
            b.buttons().forEach(r -> s.append("\n[").append(r.title()).append(']'));
            return s.toString();
        }
        if (this instanceof File f) {
            return "[" + f.fileName() + "]" + (f.caption() == null || f.caption().isBlank() ? "" : " " + f.caption());
        }
        Template t = (Template) this;
        return "template " + t.name() + " (" + t.language() + ") " + t.parameters();
    }

    private static String cut(String s, int max) {
        if (s == null) {
            return "";
        }
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
