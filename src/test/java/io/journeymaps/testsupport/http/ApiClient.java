package io.journeymaps.testsupport.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Real HTTP to the standalone host on 127.0.0.1 as one demo user (HTTP Basic, password = name) or
 * anonymously. Paths starting with "/host" or "/pages/" of the site go to the site; everything
 * else is relative to the plugin's REST base.
 */
public final class ApiClient {
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private final String baseUrl;
    private final String restBase;
    private final String user;
    private final Map<String, String> headers;

    ApiClient(String baseUrl, String restPath, String user, Map<String, String> headers) {
        this.baseUrl = baseUrl;
        this.restBase = baseUrl + restPath;
        this.user = user;
        this.headers = headers;
    }

    static ApiClient of(String baseUrl, String restPath, String user) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (!"anonymous".equals(user)) {
            String token = Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
            headers.put("Authorization", "Basic " + token);
        }
        return new ApiClient(baseUrl, restPath, user, headers);
    }

    /** A client of the host at {@code baseUrl} (e.g. another JVM's) with the plugin's REST base path. */
    public static ApiClient at(String baseUrl, String user) {
        return of(baseUrl, io.journeymaps.standalone.StandaloneServer.REST_PATH, user);
    }

    public String user() {
        return user;
    }

    public ApiClient with(String header, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(header, value);
        return new ApiClient(baseUrl, restBase.substring(baseUrl.length()), user, more);
    }

    public ApiResponse get(String path) {
        return send(request(path).GET());
    }

    public ApiResponse post(String path, String json) {
        return send(path, "POST", "application/json", json);
    }

    public ApiResponse put(String path, String json) {
        return send(path, "PUT", "application/json", json);
    }

    public ApiResponse delete(String path) {
        return send(request(path).DELETE());
    }

    /** Any method, content type (null for none) and body (null for none). */
    public ApiResponse send(String path, String method, String contentType, String body) {
        HttpRequest.Builder request = request(path).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request);
    }

    /** A site form post (e.g. /host/pages/{id}/delete). */
    public ApiResponse postForm(String sitePath) {
        return send(siteRequest(sitePath)
                .POST(HttpRequest.BodyPublishers.ofString(""))
                .header("Content-Type", "application/x-www-form-urlencoded"));
    }

    /** A site JSON call (e.g. GET /host/pages). */
    public ApiResponse site(String sitePath, String method, String json) {
        HttpRequest.Builder request = siteRequest(sitePath)
                .header("Accept", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return send(request);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(restBase + path));
        if (!headers.containsKey("Accept")) {
            builder.header("Accept", "application/json");
        }
        headers.forEach(builder::header);
        return builder;
    }

    private static ApiResponse exchange(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new ApiResponse(response.statusCode(), response.body(), response.headers());
    }

    private HttpRequest.Builder siteRequest(String sitePath) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + sitePath));
        headers.forEach(builder::header);
        return builder;
    }

    private static ApiResponse send(HttpRequest.Builder request) {
        HttpRequest built = request.build();
        try {
            return exchange(built);
        } catch (IOException e) {
            // A kept-alive connection the server has just closed yields no answer at all. Like
            // browsers, resend once on a fresh connection: idempotent requests always, and a POST
            // only when not a single byte came back (the server never took it up).
            if (!"POST".equals(built.method()) || String.valueOf(e.getMessage()).contains("received no bytes")) {
                try {
                    return exchange(built);
                } catch (IOException again) {
                    throw new IllegalStateException(again);
                } catch (InterruptedException again) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(again);
                }
            }
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
