package id.djpk.portal.site.web;

import id.djpk.portal.reference.ReferenceData;
import id.djpk.portal.reference.Region;

/**
 * The region field of every public form (the include {@code region-picker.xhtml}): the reader types and picks from
 * the offered list, which fills in the code; a region's full or short name typed out is accepted as its code.
 */
public final class RegionPicker {

    private RegionPicker() {
    }

    /** The region's code for what was typed: a code as it is, a full or short name as its code, anything else as typed. */
    public static String code(ReferenceData reference, String typed) {
        String t = typed == null ? "" : typed.trim();
        if (t.isEmpty() || reference.findRegion(t).isPresent()) {
            return t;
        }
        return reference.regions().stream().filter(r -> r.getName().equalsIgnoreCase(t) || r.getShortName().equalsIgnoreCase(t))
                .map(Region::getCode).findFirst().orElse(t);
    }
}
