package nl.huurronde.balie;

import java.io.ByteArrayOutputStream;
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
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser-less HTTP session with the desk: its own cookies, no automatic redirects. */
final class Sessie {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final Balieronde ronde;
    private final HttpClient client;

    Sessie(Balieronde ronde) {
        this.ronde = ronde;
        this.client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** A new session logged in as the user; fails when the login does not succeed. */
    static Sessie ingelogd(Balieronde ronde, String naam) throws Exception {
        Sessie s = new Sessie(ronde);
        HttpResponse<String> r = s.login(naam, Balieronde.WACHTWOORD);
        if (r.statusCode() != 302 || !r.headers().firstValue("Location").orElse("").endsWith("/zoek")) {
            throw new AssertionError("inloggen als " + naam + " mislukt: " + r.statusCode() + " "
                    + r.headers().firstValue("Location"));
        }
        return s;
    }

    HttpResponse<String> login(String naam, String wachtwoord) throws Exception {
        String token = csrf("/login");
        return post("/login", Map.of("username", naam, "password", wachtwoord, "_csrf", token));
    }

    /** The CSRF token of a page's form. */
    String csrf(String pad) throws Exception {
        String html = get(pad).body();
        Matcher m = CSRF.matcher(html);
        if (!m.find()) {
            throw new AssertionError("geen _csrf op " + pad + ":\n" + html);
        }
        return m.group(1);
    }

    HttpResponse<String> get(String pad) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(ronde.url(pad))).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> bytes(String pad) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(ronde.url(pad))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> post(String pad, Map<String, String> velden) throws IOException, InterruptedException {
        StringJoiner body = new StringJoiner("&");
        new LinkedHashMap<>(velden).forEach((k, v) -> body.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return client.send(HttpRequest.newBuilder(URI.create(ronde.url(pad)))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A POST whose answer is a file (the dossier). */
    HttpResponse<byte[]> postBytes(String pad, Map<String, String> velden) throws IOException, InterruptedException {
        StringJoiner body = new StringJoiner("&");
        new LinkedHashMap<>(velden).forEach((k, v) -> body.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return client.send(HttpRequest.newBuilder(URI.create(ronde.url(pad)))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A multipart/form-data POST as a browser sends a form with a file field. */
    HttpResponse<String> multipart(String pad, Map<String, String> velden, String bestandsveld, String bestandsnaam,
                                   byte[] inhoud) throws IOException, InterruptedException {
        String grens = "----huurronde" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> v : new LinkedHashMap<>(velden).entrySet()) {
            body.writeBytes(("--" + grens + "\r\nContent-Disposition: form-data; name=\"" + v.getKey() + "\"\r\n\r\n"
                    + v.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + grens + "\r\nContent-Disposition: form-data; name=\"" + bestandsveld + "\"; filename=\""
                + bestandsnaam + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(inhoud);
        body.writeBytes(("\r\n--" + grens + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return client.send(HttpRequest.newBuilder(URI.create(ronde.url(pad)))
                        .header("Content-Type", "multipart/form-data; boundary=" + grens)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String zoekpad(String q) {
        return "/zoek?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8);
    }
}
