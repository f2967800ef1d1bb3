package id.djpk.portal.demo;

/**
 * A capability's share of the demo data. {@link DemoData#load} finds every loader (as a CDI bean of this type)
 * and runs each once, in its transaction, after the demo accounts and publications exist, in the order of the
 * loaders' class names. A new capability with demo data adds a {@code @Stateless} loader in its own package;
 * nothing in this package names it.
 */
public interface DemoLoader {

    /** Loads this capability's demo data; returns how many records it made, for the log. */
    int load();
}
