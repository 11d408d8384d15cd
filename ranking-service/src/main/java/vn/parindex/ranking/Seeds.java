package vn.parindex.ranking;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Seeds for the bootstraps, taken from what is drawn (a wave and a unit, a table and an area): the same input always
 * draws the same figures, and anyone holding the input can draw them again.
 */
public final class Seeds {

    private Seeds() {
    }

    /** The first eight bytes of SHA-256 of the text (UTF-8), as a long. */
    public static long of(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            long seed = 0;
            for (int i = 0; i < 8; i++) {
                seed = seed << 8 | (digest[i] & 0xff);
            }
            return seed;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
