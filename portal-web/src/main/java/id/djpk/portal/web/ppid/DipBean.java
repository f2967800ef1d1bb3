package id.djpk.portal.web.ppid;

import id.djpk.portal.ppid.DipCategory;
import id.djpk.portal.ppid.DipEntry;
import id.djpk.portal.ppid.DipService;
import id.djpk.portal.publication.PublicItem;
import id.djpk.portal.system.BusinessException;
import id.djpk.portal.web.system.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** The PPID maintains the Daftar Informasi Publik shown on the public site at /ppid/dip. */
@Named
@ViewScoped
public class DipBean implements Serializable {

    private static final Map<String, String> FIELDS = Map.of("category", "edit:category", "title", "edit:title",
            "responsible", "edit:responsible", "summary", "edit:summary", "url", "edit:url", "publication", "edit:publication");

    @Inject
    private DipService dips;

    private List<DipEntry> entries;
    private DipEntry editing;
    private String publicationSlug;
    private List<PublicItem.Link> hits = List.of();

    @PostConstruct
    void init() {
        entries = dips.all();
    }

    public void create() {
        editing = new DipEntry();
        editing.setCategory(DipCategory.BERKALA);
        publicationSlug = null;
        hits = List.of();
    }

    public void edit(long id) {
        editing = dips.find(id).orElse(null);
        publicationSlug = editing == null ? null : editing.getSlug();
        hits = List.of();
    }

    public void save() {
        try {
            dips.save(editing, publicationSlug);
            FacesMessages.info("dip.saved");
            editing = null;
            entries = dips.all();
        } catch (BusinessException e) {
            FacesMessages.show(e, FIELDS);
        }
    }

    public void delete(long id) {
        try {
            dips.delete(id);
            FacesMessages.info("dip.deleted");
            entries = dips.all();
        } catch (BusinessException e) {
            FacesMessages.show(e, Map.of());
        }
    }

    public void search() {
        hits = dips.publicationsMatching(publicationSlug);
    }

    public void choose(String slug) {
        publicationSlug = slug;
        hits = List.of();
    }

    public DipCategory[] getCategories() { return DipCategory.values(); }
    public List<DipEntry> getEntries() { return entries; }
    public DipEntry getEditing() { return editing; }
    public String getPublicationSlug() { return publicationSlug; }
    public void setPublicationSlug(String publicationSlug) { this.publicationSlug = publicationSlug; }
    public List<PublicItem.Link> getHits() { return hits; }
}
