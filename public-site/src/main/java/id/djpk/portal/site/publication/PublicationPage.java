package id.djpk.portal.site.publication;

import id.djpk.portal.publication.PublicationService;
import id.djpk.portal.site.i18n.LanguageBean;
import id.djpk.portal.site.web.Routes;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@code /publikasi/{slug}}: one visible publication, or the 404 page when there is none (any more). */
@Named
@RequestScoped
public class PublicationPage {

    @Inject
    private HttpServletRequest request;

    @Inject
    private PublicationService publications;

    @Inject
    private ContentSync content;

    @Inject
    private LanguageBean lang;

    private PublicationView publication;

    /** View action: finds the publication before anything is rendered. */
    public void load() throws IOException {
        String slug = (String) request.getAttribute(Routes.SLUG_ATTRIBUTE);
        publication = slug == null ? null : publications.findVisible(slug)
                .map(item -> new PublicationView(item, lang.getLanguage(), code -> content.topicName(code, lang.getLanguage())))
                .orElse(null);
        if (publication == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            ExternalContext external = faces.getExternalContext();
            external.responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
            faces.responseComplete();
        }
    }

    public PublicationView getPublication() {
        return publication;
    }
}
