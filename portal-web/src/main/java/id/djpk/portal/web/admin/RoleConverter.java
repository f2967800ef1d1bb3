package id.djpk.portal.web.admin;

import id.djpk.portal.identity.Role;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

/** Role names in forms; a list's element type is erased, so Faces needs to be told. */
@FacesConverter("roleConverter")
public class RoleConverter implements Converter<Role> {

    @Override
    public Role getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Role.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new ConverterException("unknown role");
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Role value) {
        return value == null ? "" : value.name();
    }
}
