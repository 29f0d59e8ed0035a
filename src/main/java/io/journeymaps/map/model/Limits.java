package io.journeymaps.map.model;

/** The documented limits of product.md §4, enforced with clear errors. */
public final class Limits {
    public static final int CARD_TEXT = 4_000;
    public static final int NAME = 255;
    public static final int STEPS_PER_MAP = 60;
    public static final int LANES_PER_MAP = 30;
    public static final int CARDS_PER_MAP = 10_000;
    public static final int REQUEST_BODY_BYTES = 2 * 1024 * 1024;
    /** Element ids are chosen by clients (so offline edits can refer to new elements). */
    public static final String ELEMENT_ID_PATTERN = "[A-Za-z0-9_-]{1,36}";

    private Limits() {
    }
}
