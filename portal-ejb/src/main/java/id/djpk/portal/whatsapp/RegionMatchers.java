package id.djpk.portal.whatsapp;

import id.djpk.portal.reference.ReferenceData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * One {@link RegionMatcher} per application: the 552 regions are reference data seeded at the first start and not
 * edited afterwards, so the matcher is built once instead of for every message the chatbot reads.
 */
@ApplicationScoped
public class RegionMatchers {

    @Inject
    private ReferenceData reference;

    private volatile RegionMatcher matcher;

    public RegionMatcher get() {
        RegionMatcher m = matcher;
        if (m == null) {
            java.util.List<id.djpk.portal.reference.Region> regions = java.util.List.copyOf(reference.regions());
            m = new RegionMatcher(regions);
            if (!regions.isEmpty()) {
                matcher = m; // not before the staff portal seeded them (a public site started first asks again)
            }
        }
        return m;
    }
}
