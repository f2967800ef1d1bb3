package id.djpk.portal.web.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What the staff API answers when a resource throws: JSON ({@link ApiErrors}) instead of Payara's HTML error page,
 * for a malformed parameter (400), an unknown address (404), a wrong method (405, with its Allow header), a wrong
 * content type (415), a body that passed the staff portal's limit while it was read (413, {@code RequestBodyLimit})
 * and anything unexpected (500, logged here, no stack trace to the client). A resource that
 * built its own JSON answer into the exception (ReportResource's 400) keeps it. A business refusal a resource does not
 * answer itself is a 409 with its message.
 */
@Provider
public class ApiExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMapper.class.getName());

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(Throwable e) {
        if (e instanceof id.djpk.portal.system.BusinessException refused) {
            return Response.status(Response.Status.CONFLICT).type(ApiErrors.JSON_UTF8)
                    .entity(ApiErrors.refusal(409, refused, locale()).toString()).build();
        }
        if (e instanceof WebApplicationException w) {
            Response given = w.getResponse();
            if (given.hasEntity()) {
                return given;
            }
            int status = given.getStatus();
            if (status >= 500) {
                LOG.log(Level.SEVERE, "staff API", e);
            }
            String detail = e.getMessage() == null || e.getMessage().startsWith("HTTP ") ? null : e.getMessage();
            return Response.fromResponse(given).type(ApiErrors.JSON_UTF8)
                    .entity(ApiErrors.body(status, detail, locale()).toString()).build();
        }
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof id.djpk.portal.system.LimitedInputStream.TooLarge) {
                // the body passed the staff portal's limit while the resource read it: nothing was done with it
                return Response.status(413).header("Connection", "close").type(ApiErrors.JSON_UTF8)
                        .entity(ApiErrors.body(413, null, locale()).toString()).build();
            }
        }
        LOG.log(Level.SEVERE, "staff API", e);
        return Response.serverError().type(ApiErrors.JSON_UTF8).entity(ApiErrors.body(500, null, locale()).toString()).build();
    }

    private java.util.Locale locale() {
        List<java.util.Locale> accepted;
        try {
            accepted = headers == null ? List.of() : headers.getAcceptableLanguages();
        } catch (RuntimeException e) {
            // a malformed Accept-Language header must not hide the error being reported
            accepted = List.of();
        }
        return ApiErrors.locale(accepted);
    }
}
