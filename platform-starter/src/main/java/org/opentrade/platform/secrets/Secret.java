package org.opentrade.platform.secrets;

import java.util.Set;
import java.util.function.Predicate;

import org.springframework.core.env.PropertyResolver;

/**
 * A secret an application may need: the property that holds it, the environment variable operators set, the values
 * published in this repository (which protect nothing), and when the application needs it at all.
 *
 * @param property        the Spring property read by the application
 * @param variable        the environment variable that supplies it outside the local profile
 * @param lengthMin       shortest acceptable value (e.g. 32 bytes for an HMAC-SHA256 key)
 * @param publishedValues values anyone can read in this repository or in a product's documentation
 * @param neededWhen      whether this application uses the secret (e.g. only a provider with a database needs its
 *                        password)
 */
record Secret(String property, String variable, int lengthMin, Set<String> publishedValues,
              Predicate<PropertyResolver> neededWhen) {

    /** Why the value cannot be used, or null when it can. */
    String defect(String valueOrNull) {
        if (valueOrNull == null || valueOrNull.isBlank()) {
            return variable + " (" + property + ") is not set";
        }
        if (publishedValues.contains(valueOrNull)) {
            return variable + " (" + property + ") is a published default";
        }
        if (valueOrNull.length() < lengthMin) {
            return variable + " (" + property + ") is shorter than " + lengthMin + " characters";
        }
        return null;
    }
}
