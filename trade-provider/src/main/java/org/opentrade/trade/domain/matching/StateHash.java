package org.opentrade.trade.domain.matching;

/**
 * A 64-bit FNV-1a fold over longs, byte by byte, in a fixed order. Not cryptographic: it only
 * has to make an accidental difference between a recovered book and the original visible.
 */
final class StateHash {

    private static final long OFFSET_BASIS = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private long hash = OFFSET_BASIS;

    StateHash add(long value) {
        long h = hash;
        for (int shift = 0; shift < Long.SIZE; shift += Byte.SIZE) {
            h ^= (value >>> shift) & 0xff;
            h *= PRIME;
        }
        hash = h;
        return this;
    }

    long value() {
        return hash;
    }
}
