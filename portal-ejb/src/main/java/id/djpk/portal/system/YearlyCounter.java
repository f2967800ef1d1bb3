package id.djpk.portal.system;

import jakarta.persistence.Column;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.MappedSuperclass;
import java.io.Serializable;
import java.util.function.IntFunction;

/**
 * The last serial a numbering series gave out in a year (PPID requests, helpdesk tickets): one row per year in the
 * series' own table ({@code counter_year}, {@code last_value}). {@link #next} is the one way to take a number.
 */
@MappedSuperclass
public abstract class YearlyCounter implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "counter_year")
    private Integer year;
    @Column(name = "last_value")
    private int lastValue;

    protected YearlyCounter() {
    }

    protected YearlyCounter(int year) {
        this.year = year;
    }

    /**
     * The next serial of {@code year} in the series {@code type}. The row is read under a write lock, so two numbers
     * taken at the same moment cannot be the same. The first number of a year creates the row in a transaction of
     * its own ({@link CounterYears}), so that first numbers taken in the same instant each get theirs instead of one
     * failing on the primary key (the Email Lapor benchmark's first seconds lost 7 of 40 reports so). Past
     * {@code max} the series is exhausted: {@code exhaustedKey} with the year.
     */
    public static <C extends YearlyCounter> int next(EntityManager em, Class<C> type, IntFunction<C> create, int year,
            int max, String exhaustedKey) {
        YearlyCounter counter = em.find(type, year, LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            try {
                jakarta.enterprise.inject.spi.CDI.current().select(CounterYears.class).get().ensure(type, create, year);
            } catch (jakarta.ejb.EJBException | jakarta.persistence.PersistenceException e) {
                // another caller created the row in the same instant: it is there now
            }
            counter = em.find(type, year, LockModeType.PESSIMISTIC_WRITE);
            if (counter == null) {
                throw new IllegalStateException("no counter row for " + year + " in " + type.getSimpleName());
            }
        }
        int serial = ++counter.lastValue;
        if (serial > max) {
            throw new BusinessException(exhaustedKey, year);
        }
        return serial;
    }
}
