package id.djpk.portal.demo;

import id.djpk.portal.audit.AuditTrail;
import id.djpk.portal.ppid.DipCategory;
import id.djpk.portal.ppid.DipEntry;
import id.djpk.portal.ppid.DipService;
import id.djpk.portal.publication.PublicItem;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * A starting Daftar Informasi Publik for the demo: one or two lines per category, linked to the demo
 * publications they describe, so the public page and the PPID's screen show how the list is kept.
 */
@Stateless
public class DipDemo implements DemoLoader {

    @Inject
    private DipService ppid;

    @Override
    public int load() {
        int n = 0;
        n += add(DipCategory.BERKALA, "Laporan tahunan layanan informasi publik PPID DJPK",
                "Jumlah permohonan, waktu layanan, keputusan dan keberatan setiap tahun.", "PPID Tingkat I DJPK (Sekretariat)",
                "Elektronik (PDF)", "Permanen", "Laporan Tahunan PPID");
        n += add(DipCategory.BERKALA, "Data realisasi belanja daerah menurut fungsi",
                "Realisasi belanja APBD per fungsi, dihimpun dari laporan pemerintah daerah.", "Direktorat Pembiayaan dan Kapasitas Daerah",
                "Elektronik (XLSX, PDF)", "10 tahun", "Data Realisasi Belanja Fungsi");
        n += add(DipCategory.SERTA_MERTA, "Pemberitahuan penundaan atau pemotongan penyaluran Transfer ke Daerah",
                "Diumumkan segera kepada daerah yang terdampak beserta dasar hukumnya.", "Direktorat Dana Transfer Umum",
                "Elektronik", "5 tahun", null);
        n += add(DipCategory.SETIAP_SAAT, "Peraturan di bidang hubungan keuangan pusat dan daerah",
                "PMK, KMK dan peraturan direktur jenderal beserta status berlakunya (JDIH).", "Sekretariat DJPK — Bagian Hukum",
                "Elektronik (PDF)", "Permanen", null);
        n += add(DipCategory.SETIAP_SAAT, "Standar layanan informasi dan maklumat pelayanan",
                "Prosedur permohonan, jangka waktu, biaya (tidak dipungut biaya) dan keberatan.", "PPID Tingkat I DJPK (Sekretariat)",
                "Cetak dan elektronik", "Selama berlaku", null);
        n += add(DipCategory.DIKECUALIKAN, "Data wajib pajak orang pribadi dalam laporan pajak daerah",
                "Dikecualikan berdasarkan Pasal 17 huruf h UU 14/2008 setelah uji konsekuensi.", "Direktorat Pajak Daerah dan Retribusi Daerah",
                "—", "Sesuai ketentuan kearsipan", null);
        return n;
    }

    private int add(DipCategory category, String title, String summary, String responsible, String format, String retention,
            String publicationTitle) {
        DipEntry e = new DipEntry();
        e.setCategory(category);
        e.setTitle(title);
        e.setSummary(summary);
        e.setResponsible(responsible);
        e.setFormat(format);
        e.setRetention(retention);
        String slug = publicationTitle == null ? null
                : ppid.publicationsMatching(publicationTitle).stream().findFirst().map(PublicItem.Link::slug).orElse(null);
        ppid.saveAs(AuditTrail.SYSTEM, e, slug);
        return 1;
    }
}
