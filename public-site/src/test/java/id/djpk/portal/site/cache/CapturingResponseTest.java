package id.djpk.portal.site.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CapturingResponseTest {

    private final List<String> calls = new ArrayList<>();

    /** The container's response as far as the capture uses it: its encoding; every other call is noted. */
    private HttpServletResponse container(String encoding) {
        return (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {HttpServletResponse.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getCharacterEncoding")) {
                        return encoding;
                    }
                    calls.add(method.getName());
                    return method.getReturnType() == boolean.class ? false : null;
                });
    }

    @Test
    void charactersAreKeptInTheResponsesEncodingAndNothingReachesTheContainer() {
        CapturingResponse capture = new CapturingResponse(container("UTF-8"));
        PrintWriter out = capture.getWriter();
        out.write("<p>Dana Desa – Rp 1.000.000 ");
        out.write(new char[] {'x', '©', ' ', 'y'}, 1, 2);
        out.write('é');
        out.append("</p>", 0, 2).append('p').append(">");
        out.flush();
        capture.flushBuffer();
        out.close();
        assertArrayEquals("<p>Dana Desa – Rp 1.000.000 © é</p>".getBytes(StandardCharsets.UTF_8), capture.body());
        assertFalse(calls.contains("flushBuffer"), "the capture commits nothing: " + calls);
    }

    @Test
    void charactersBeyondTheBasicPlaneAndLoneHalvesAreWrittenAsStringDoes() {
        String text = "Laporan 🙂 dana – ok " + "\ud83d" + " end";
        CapturingResponse capture = new CapturingResponse(container("UTF-8"));
        PrintWriter out = capture.getWriter();
        out.write(text, 0, 9);   // the emoji's first half ends this write
        out.write(text, 9, text.length() - 9);
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), capture.body());
    }

    @Test
    void withoutAnEncodingTheServletDefaultIsUsed() {
        CapturingResponse capture = new CapturingResponse(container(null));
        capture.getWriter().write("Perimbangan – ©");
        assertArrayEquals("Perimbangan – ©".getBytes(StandardCharsets.ISO_8859_1), capture.body());
    }

    @Test
    void resetForgetsWhatWasWrittenSoFar() throws IOException {
        CapturingResponse capture = new CapturingResponse(container("UTF-8"));
        capture.getWriter().write("a half-written page");
        capture.resetBuffer();
        capture.getWriter().write("the error page");
        assertEquals("the error page", new String(capture.body(), StandardCharsets.UTF_8));

        CapturingResponse bytes = new CapturingResponse(container("UTF-8"));
        bytes.getOutputStream().write("{\"a\":".getBytes(StandardCharsets.UTF_8));
        bytes.getOutputStream().write('1');
        bytes.getOutputStream().write("}".getBytes(StandardCharsets.UTF_8), 0, 1);
        assertEquals("{\"a\":1}", new String(bytes.body(), StandardCharsets.UTF_8));
        bytes.resetBuffer();
        assertEquals(0, bytes.body().length);
    }
}
