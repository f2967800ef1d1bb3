package id.djpk.portal.web.system;

import id.djpk.portal.reference.ReferenceData;
import id.djpk.portal.reference.Region;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The region field of the staff pages, one way everywhere: a type-ahead ({@code p:autoComplete} with
 * {@code completeMethod="#{regionPicker.complete}"}, {@code var="r"}, {@code itemValue="#{r}"},
 * {@code itemLabel="#{regionPicker.name(r)}"}) whose value is the region's code, instead of a 552-entry list.
 */
@Named
@ApplicationScoped
public class RegionPicker {

    @Inject
    private ReferenceData reference;

    /** The codes of the regions the typing names, best first. */
    public List<String> complete(String text) {
        return reference.regionsMatching(text, 15).stream().map(Region::getCode).toList();
    }

    /** The region's name for its code; a dash for none. */
    public String name(String code) {
        return code == null || code.isBlank() ? "—" : reference.findRegion(code).map(Region::getName).orElse(code);
    }
}
