package id.djpk.portal.web.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.djpk.portal.sitestats.MonthlyTraffic;
import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.PropertyNotWritableException;
import jakarta.el.VariableMapper;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordELResolverTest {

    private final RecordELResolver resolver = new RecordELResolver();

    /** A record that is not public, as nested view rows often are. */
    record Row(String path, long views) {
        String getLabel() {
            return path + " (" + views + ")";
        }

        long failing() {
            throw new IllegalStateException("broken accessor");
        }
    }

    record Broken(int value) {
        @Override
        public int value() {
            throw new IllegalStateException("broken accessor");
        }
    }

    static final class Context extends ELContext {
        @Override
        public ELResolver getELResolver() {
            return null;
        }

        @Override
        public FunctionMapper getFunctionMapper() {
            return null;
        }

        @Override
        public VariableMapper getVariableMapper() {
            return null;
        }
    }

    @Test
    void readsTheComponentsOfARecord() {
        MonthlyTraffic traffic = new MonthlyTraffic(YearMonth.of(2024, 5), 1271, 5000, List.of());
        Context context = new Context();
        assertEquals(1271L, ((Number) resolver.getValue(context, traffic, "visitors")).longValue());
        assertTrue(context.isPropertyResolved());

        Context nested = new Context();
        assertEquals(12L, resolver.getValue(nested, new Row("/publikasi", 12), "views"));
        assertTrue(nested.isPropertyResolved(), "a record that is not public is read too");
    }

    @Test
    void leavesEverythingElseToTheOtherResolvers() {
        Row row = new Row("/", 1);
        for (Object[] baseAndProperty : new Object[][] {{row, "label"}, {row, "failing"}, {row, null},
                {"a string", "bytes"}, {null, "row"}}) {
            Context context = new Context();
            assertNull(resolver.getValue(context, baseAndProperty[0], baseAndProperty[1]));
            assertFalse(context.isPropertyResolved(), java.util.Arrays.toString(baseAndProperty));
            assertFalse(resolver.isReadOnly(context, baseAndProperty[0], baseAndProperty[1]));
            assertFalse(context.isPropertyResolved());
        }
        assertNull(resolver.getCommonPropertyType(new Context(), "not a record"));
        assertEquals(Object.class, resolver.getCommonPropertyType(new Context(), row));
    }

    @Test
    void componentsAreReadOnly() {
        Row row = new Row("/", 1);
        Context context = new Context();
        assertTrue(resolver.isReadOnly(context, row, "path"));
        assertTrue(context.isPropertyResolved());
        Context type = new Context();
        assertNull(resolver.getType(type, row, "path"), "EL 5: no type for a property that cannot be set");
        assertTrue(type.isPropertyResolved());
        assertThrows(PropertyNotWritableException.class, () -> resolver.setValue(new Context(), row, "path", "/x"));
        Context other = new Context();
        resolver.setValue(other, row, "label", "x");
        assertFalse(other.isPropertyResolved(), "not a component: the bean resolver decides");
    }

    @Test
    void aFailingAccessorIsAnElException() {
        ELException e = assertThrows(ELException.class, () -> resolver.getValue(new Context(), new Broken(1), "value"));
        assertEquals("broken accessor", e.getCause().getMessage());
    }
}
