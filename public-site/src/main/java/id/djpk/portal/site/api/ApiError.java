package id.djpk.portal.site.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of a 400 answer: which parameter is wrong and why. */
@Schema(name = "Error", description = "Keterangan kesalahan permintaan")
@JsonbPropertyOrder({"message", "parameter"})
public class ApiError {

    @Schema(description = "Penjelasan untuk pengembang", example = "Parameter year harus berupa tahun empat digit.")
    public String message;

    @Schema(description = "Nama parameter yang salah", example = "year")
    public String parameter;

    public ApiError() {
    }

    public ApiError(String parameter, String message) {
        this.parameter = parameter;
        this.message = message;
    }

    /** A 400 answer naming the wrong parameter, thrown from a resource method. */
    public static BadRequestException badRequest(String parameter, String message) {
        return new BadRequestException(Response.status(Response.Status.BAD_REQUEST)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(parameter, message))
                .build());
    }
}
