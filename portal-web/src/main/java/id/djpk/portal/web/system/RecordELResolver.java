package id.djpk.portal.web.system;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotWritableException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads the components of a Java record in EL: {@code #{traffic.visitors}} calls {@code visitors()}. Jakarta EL 5
 * (Payara 6) resolves JavaBean getters only, so a record's property was a PropertyNotFoundException and the page a
 * 500; EL 6 brings its own record resolver. Read-only: a record cannot be changed, and a form never binds to one.
 * Registered in faces-config.xml, so it comes before EL's bean resolver, which keeps answering everything else
 * (including a record's own getX() methods and names that are not components).
 */
public class RecordELResolver extends ELResolver {

    /** The accessors of each record class, by component name, looked up once per class. */
    private static final ClassValue<Map<String, Method>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            Map<String, Method> accessors = new HashMap<>();
            for (RecordComponent c : type.getRecordComponents()) {
                Method accessor = c.getAccessor();
                // a record that is not public (package-private, nested) still shows on a page
                accessor.trySetAccessible();
                accessors.put(c.getName(), accessor);
            }
            return Map.copyOf(accessors);
        }
    };

    private static Method accessor(Object base, Object property) {
        if (base == null || property == null || !base.getClass().isRecord()) {
            return null;
        }
        return ACCESSORS.get(base.getClass()).get(property.toString());
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        Method accessor = accessor(base, property);
        if (accessor == null) {
            return null;
        }
        context.setPropertyResolved(base, property);
        try {
            return accessor.invoke(base);
        } catch (InvocationTargetException e) {
            throw new ELException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new ELException(e);
        }
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        if (accessor(base, property) != null) {
            context.setPropertyResolved(base, property);
        }
        // read-only: EL 5 answers null for the type of a property that cannot be set
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        if (accessor(base, property) != null) {
            context.setPropertyResolved(base, property);
            throw new PropertyNotWritableException(base.getClass().getSimpleName() + "." + property + " is read-only");
        }
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        if (accessor(base, property) != null) {
            context.setPropertyResolved(base, property);
            return true;
        }
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return base != null && base.getClass().isRecord() ? Object.class : null;
    }
}
