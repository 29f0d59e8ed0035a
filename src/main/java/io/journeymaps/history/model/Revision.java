package io.journeymaps.history.model;

import java.time.Instant;

/** A snapshot of the whole map at a version, with who made it, when, and a one-line summary. */
public record Revision(long mapId, long version, String author, Instant created, String summary) {
}
