package id.djpk.portal.web.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The staff login form submitted over plain HTTP, as a second device would (its own cookies), optionally as
 * from another address behind the test portal's trusted proxy ({@code X-Forwarded-For}), which a browser
 * cannot be told to send.
 */
final class StaffSignIn {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("<script[^>]* nonce=\"([^\"]+)\"");

    private StaffSignIn() {
    }

    /** A client with its own cookie jar that does not follow redirects (a successful sign-in answers 302). */
    static HttpClient client() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Submits the login form; 302 on success, the page (200, or 429 for an address that must wait) otherwise. */
    static HttpResponse<String> form(HttpClient client, String user, String password, String forwardedFor) throws Exception {
        HttpResponse<String> page = send(client, request("/login.xhtml", forwardedFor));
        Matcher viewState = VIEW_STATE.matcher(page.body());
        if (!viewState.find()) {
            throw new AssertionError("no view state on the login page: " + page.body());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("login", "login");
        fields.put("login:username", user);
        fields.put("login:password", password);
        fields.put("login:next", "");
        fields.put("login:submit", "");
        fields.put("jakarta.faces.ViewState", viewState.group(1).replace("&#58;", ":"));
        // PrimeFaces' CSP mode: a postback carries the page's script nonce, as its script adds it to every form
        Matcher nonce = NONCE.matcher(page.body());
        if (nonce.find()) {
            fields.put("primefaces.nonce", nonce.group(1));
        }
        String body = fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return send(client, request("/login.xhtml", forwardedFor)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /**
     * On "Akun Saya" after the first sign-in of an account an administrator created: replaces the issued password
     * with one of the account's own, as its owner must, and returns it.
     */
    static String chooseOwnPassword(Browser browser, String username, String issued) {
        String chosen = "Sandi-sendiri-" + username;
        browser.type(org.openqa.selenium.By.id("password:current"), issued);
        browser.type(org.openqa.selenium.By.id("password:fresh"), chosen);
        browser.type(org.openqa.selenium.By.id("password:repeat"), chosen);
        browser.clickAndWait(org.openqa.selenium.By.id("password:change"));
        browser.await(d -> d.findElement(org.openqa.selenium.By.tagName("body")).getText()
                .contains("Kata sandi Anda telah diganti."));
        return chosen;
    }

    static HttpResponse<String> get(HttpClient client, String path) throws IOException, InterruptedException {
        return client.send(request(path, null).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder request(String path, String forwardedFor) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(PortalServer.get().staffUrl(path)));
        return forwardedFor == null ? request : request.header("X-Forwarded-For", forwardedFor);
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request)
            throws IOException, InterruptedException {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
