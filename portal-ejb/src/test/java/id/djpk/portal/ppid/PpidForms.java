package id.djpk.portal.ppid;

/** Request forms for tests: one a person could really submit, to be spoiled one field at a time. */
public final class PpidForms {

    /** A man born 15 August 1985, registered in Kota Bandung. */
    public static final String NIK = "3273011508850001";

    private PpidForms() {
    }

    public static RequestForm valid() {
        RequestForm f = new RequestForm();
        f.setName("Siti Rahmawati");
        f.setNik(NIK);
        f.setAddress("Jl. Merdeka No. 10, Bandung");
        f.setOccupation("Peneliti");
        f.setPhone("+62 812-3456-7890");
        f.setEmail("siti@example.org");
        f.setInformation("Realisasi TKD Provinsi Jawa Barat 2025 per jenis transfer");
        f.setPurpose("Penelitian tesis tentang desentralisasi fiskal");
        f.setObtainMethod(ObtainMethod.SOFTCOPY);
        f.setDeliveryMethod(DeliveryMethod.EMAIL);
        f.setConsent(true);
        return f;
    }
}
