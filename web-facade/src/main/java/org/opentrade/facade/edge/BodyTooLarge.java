package org.opentrade.facade.edge;

import java.io.IOException;

/**
 * A request body that went past the cap while it was being read (no Content-Length, or one that lied). An
 * IOException, so that it travels through Jackson and Spring's message converters up to the exception handler.
 */
public class BodyTooLarge extends IOException {
    public BodyTooLarge(long bytesMax) {
        super("the request body is larger than " + bytesMax + " bytes");
    }
}
