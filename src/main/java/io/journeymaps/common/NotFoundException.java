package io.journeymaps.common;

/**
 * The thing does not exist, or the user may not see it: both answer 404, so that a map on a page
 * the user cannot see is never revealed.
 */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
