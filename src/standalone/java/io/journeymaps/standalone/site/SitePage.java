package io.journeymaps.standalone.site;

/** A page of the demo site: its body is storage-format-like XHTML (see {@link StorageBody}). */
public record SitePage(long id, String spaceKey, String title, String body, Status status, String creator) {
    public enum Status { CURRENT, TRASHED }

    public boolean isCurrent() {
        return status == Status.CURRENT;
    }
}
