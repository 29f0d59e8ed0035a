package io.journeymaps.standalone;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Real HTTP to the host on 127.0.0.1, as one user: Basic auth, the switcher cookie, or anonymous. */
final class HostClient {
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private final String baseUrl;
    private final Map<String, String> headers;

    private HostClient(String baseUrl, Map<String, String> headers) {
        this.baseUrl = baseUrl;
        this.headers = headers;
    }

    static HostClient anonymous(String baseUrl) {
        return new HostClient(baseUrl, Map.of());
    }

    static HostClient basic(String baseUrl, String user, String password) {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new HostClient(baseUrl, Map.of("Authorization", "Basic " + token));
    }

    static HostClient cookie(String baseUrl, String user) {
        return new HostClient(baseUrl, Map.of("Cookie", "jm-demo-user=" + user));
    }

    /** Any user by name ("anonymous" = none), signed in with Basic auth. */
    static HostClient as(String baseUrl, String user) {
        return "anonymous".equals(user) ? anonymous(baseUrl) : basic(baseUrl, user, user);
    }

    HostClient with(String header, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(header, value);
        return new HostClient(baseUrl, more);
    }

    HttpResponse<String> get(String path) {
        return send(request(path).GET().header("Accept", "text/html"));
    }

    HttpResponse<String> getJson(String path) {
        return send(request(path).GET().header("Accept", "application/json"));
    }

    HttpResponse<String> postForm(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = request(path).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/x-www-form-urlencoded");
        if (!headers.containsKey("Accept")) {
            request.header("Accept", "text/html");
        }
        return send(request);
    }

    HttpResponse<String> postJson(String path, String json) {
        return send(request(path).POST(HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json"));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path));
        headers.forEach(builder::header);
        return builder;
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
