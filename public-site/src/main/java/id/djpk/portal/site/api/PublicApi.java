package id.djpk.portal.site.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;

@ApplicationPath("/api")
@OpenAPIDefinition(
        info = @Info(
                title = "API Publikasi DJPK",
                version = "1.0",
                description = "Publikasi Direktorat Jenderal Perimbangan Keuangan yang telah terbit: peraturan, "
                        + "pemberitahuan ke daerah, berita, data, dan lainnya. Hanya baca, tanpa autentikasi.",
                contact = @Contact(name = "Direktorat Jenderal Perimbangan Keuangan")))
public class PublicApi extends Application {
}
