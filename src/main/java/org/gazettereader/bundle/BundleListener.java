// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.bundle;

/** Progress of writing, verifying or installing a bundle: the phase, and how far it is (bytes or issues). */
@FunctionalInterface
public interface BundleListener {
    BundleListener NONE = (phase, done, total) -> { };

    /** The phases, in the order they run. */
    enum Phase {
        /** Copying the database as of one moment (no counts). */
        SNAPSHOT,
        /** Building the bundle's search index from the copy: issues done of all. */
        INDEX,
        /** Writing the bundle: bytes written of all to write. */
        PACK,
        /** Checking every entry's hash: bytes read of all. */
        VERIFY,
        /** Unpacking beside the library: bytes written of all. */
        UNPACK,
        /** Opening and checking the unpacked library (no counts). */
        CHECK,
        /** Putting the new library in place (no counts). */
        SWAP,
        /** Importing the bundle's originals into the library: files done of all. */
        MERGE
    }

    void progress(Phase phase, long done, long total);
}
