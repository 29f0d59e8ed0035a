package io.journeymaps.confluence;

import java.net.URI;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The site's configured (canonical) base URL, for links that leave the page, and its context path. */
@Named
public class ConfluenceBaseUrl {
    private final ApplicationProperties applicationProperties;

    @Inject
    public ConfluenceBaseUrl(ApplicationProperties applicationProperties) {
        this.applicationProperties = applicationProperties;
    }

    /** For example {@code https://wiki.example.com/confluence}, without a trailing slash. */
    public String baseUrl() {
        String url = applicationProperties.getBaseUrl(UrlMode.CANONICAL);
        if (url == null) {
            return "";
        }
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** The path part of the base URL ({@code /confluence}, or empty at the root). */
    public String contextPath() {
        try {
            String path = URI.create(baseUrl()).getRawPath();
            return path == null ? "" : path;
        } catch (IllegalArgumentException malformedBaseUrl) {
            return "";
        }
    }

    /** The stable id-based page link (survives renames and moves). */
    public String pageUrl(long pageId) {
        return baseUrl() + "/pages/viewpage.action?pageId=" + pageId;
    }
}
