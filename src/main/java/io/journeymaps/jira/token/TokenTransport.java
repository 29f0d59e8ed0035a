package io.journeymaps.jira.token;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import io.journeymaps.jira.JiraException;
import io.journeymaps.jira.JiraHttpResponse;
import io.journeymaps.jira.JiraTransport;

/** java.net.http with {@code Authorization: Bearer <token>}, only ever to URLs under the base URL. */
final class TokenTransport implements JiraTransport {
    private final HttpClient client;
    private final URI base;
    private final String token;
    private final Duration timeout;

    TokenTransport(HttpClient client, URI base, String token, Duration timeout) {
        this.client = client;
        this.base = base;
        this.token = token;
        this.timeout = timeout;
    }

    @Override
    public JiraHttpResponse send(String method, String path, String jsonBody) {
        URI uri = base.resolve(path);
        if (!uri.toString().startsWith(base.toString()) || path.startsWith("/") || path.contains("..")) {
            throw new IllegalArgumentException("Jira paths stay under the configured base URL");
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Accept", "application/json");
        if (token != null && !token.isEmpty()) {
            request.header("Authorization", "Bearer " + token);
        }
        if (jsonBody != null) {
            request.header("Content-Type", "application/json");
            request.method(method, HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new JiraHttpResponse(response.statusCode(), response.body(),
                    response.headers().firstValue("Retry-After").orElse(null));
        } catch (HttpConnectTimeoutException | ConnectException notConnected) {
            // Nothing was sent: certain failure.
            throw JiraException.unreachable("Jira could not be reached", false);
        } catch (IOException lost) {
            // Timeout or reset after the request may have been sent: Jira may have acted on it.
            throw JiraException.unreachable("Jira did not answer in time", true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw JiraException.unreachable("interrupted while calling Jira", true);
        }
    }
}
