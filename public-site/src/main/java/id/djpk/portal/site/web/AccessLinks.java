package id.djpk.portal.site.web;

import id.djpk.portal.system.AccessCode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The requester's pages take the access code by POST (a form, or the fragment of an access link posted by
 * {@code access-link.js}), never from a query string: a code in a URL ends up in access logs, proxies, browser
 * history and Referer headers.
 */
public final class AccessLinks {

    private AccessLinks() {
    }

    /**
     * A link written before codes moved to the fragment ({@code ?nomor=…&kode=…}, still in people's mailboxes)
     * keeps working: it is answered with a redirect to the same page with the code in the fragment, so the address
     * bar, the history and later requests no longer carry it. Returns whether it redirected.
     */
    public static boolean moveCodeToFragment(HttpServletRequest request, HttpServletResponse response, String codeParameter)
            throws IOException {
        String code = request.getParameter(codeParameter);
        if (code == null || code.isBlank() || request.getQueryString() == null) {
            return false;
        }
        StringJoiner query = new StringJoiner("&");
        for (Map.Entry<String, String[]> p : request.getParameterMap().entrySet()) {
            if (!p.getKey().equals(codeParameter)) {
                for (String v : p.getValue()) {
                    query.add(url(p.getKey()) + "=" + url(v));
                }
            }
        }
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Location", request.getContextPath() + request.getServletPath()
                + (query.length() == 0 ? "" : "?" + query) + AccessCode.fragment(codeParameter, url(code.strip())));
        return true;
    }

    private static String url(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
