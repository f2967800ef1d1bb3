package id.djpk.portal.web.system;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * PrimeFaces' {@code p:messages} without {@code role="alert"} on its list items. PrimeFaces 15.0.13 writes
 * {@code <li role="alert">}, which makes the item no longer a list item, so every page showing a message failed
 * the WCAG check "a list holds only list items" (axe rule {@code list}); PrimeFaces fixed it after 15.0.13
 * (primefaces#14864), in no release on Maven Central yet. The container keeps {@code aria-live="polite"}, so screen
 * readers still announce the message. Registered in faces-config.xml; drop it with the PrimeFaces release that
 * carries the fix.
 */
public class AccessibleMessagesRenderer extends MessagesRenderer {

    @Override
    protected void encodeMessage(ResponseWriter writer, Messages uiMessages, FacesMessage msg, String severity,
            boolean escape) throws IOException {
        super.encodeMessage(new WithoutItemRole(writer), uiMessages, msg, severity, escape);
    }

    /** Passes everything through except the {@code role} attribute of an {@code li}. */
    static final class WithoutItemRole extends ResponseWriterWrapper {

        private String element;

        WithoutItemRole(ResponseWriter writer) {
            super(writer);
        }

        @Override
        public void startElement(String name, UIComponent component) throws IOException {
            element = name;
            super.startElement(name, component);
        }

        @Override
        public void writeAttribute(String name, Object value, String property) throws IOException {
            if ("li".equals(element) && "role".equals(name)) {
                return;
            }
            super.writeAttribute(name, value, property);
        }
    }
}
