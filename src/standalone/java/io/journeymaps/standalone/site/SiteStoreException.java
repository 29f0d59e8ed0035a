package io.journeymaps.standalone.site;

/** The demo site's database failed; the request answers 500. */
public class SiteStoreException extends RuntimeException {
    public SiteStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
