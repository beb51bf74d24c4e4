// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.Base64;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.gazettereader.config.Problem;

/**
 * {@code bundle verify}: reads a bundle through and refuses it, with one reason naming the file and
 * the entry, when it is incomplete, when any entry's bytes differ from the SHA-256 in its manifest,
 * when it holds an entry the manifest does not list or a name that would land outside the library,
 * or when its signature does not match: made by another key than the trusted one, or missing while
 * a key is trusted. Nothing is written.
 */
public final class BundleVerifier {
    /** What a verified bundle holds; {@code trusted} when its signature matched the key given. */
    public record Verified(Path file, Manifest manifest, boolean signed, boolean trusted) {
    }

    private BundleVerifier() {
    }

    public static Verified verify(Path bundle, Optional<PublicKey> trust) {
        return verify(bundle, trust, BundleListener.NONE, () -> false);
    }

    /**
     * The manifest of {@code bundle} as it says, read without checking anything else (no hashes, no
     * signature): to choose among bundles cheaply before one is verified and installed.
     */
    public static Manifest manifestOf(Path bundle) {
        Path file = bundle.toAbsolutePath().normalize();
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            byte[] json = read(zip, file, Manifest.NAME);
            if (json == null) {
                throw new BundleException("The bundle " + file + " has no " + Manifest.NAME + ": it is not a Gazette Reader bundle",
                        Problem.of("bundle.notABundle", file));
            }
            return Manifest.parse(json, "The bundle " + file);
        } catch (IOException e) {
            throw new BundleException("Cannot read the bundle " + file + ": " + BundleWriter.reason(e),
                    Problem.of("bundle.notABundle", file), e);
        }
    }

    /** Verifies {@code bundle}; with {@code trust}, it must be signed by that key. */
    public static Verified verify(Path bundle, Optional<PublicKey> trust, BundleListener listener, BooleanSupplier cancelled) {
        Path file = bundle.toAbsolutePath().normalize();
        if (!Files.exists(file)) {
            throw new BundleException("The bundle " + file + " does not exist", Problem.of("bundle.missing", file));
        }
        if (!Files.isRegularFile(file)) {
            throw new BundleException(file + " is a folder, not a bundle: give the .gzb file");
        }
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8);
        } catch (ZipException e) {
            throw new BundleException("The bundle " + file + " is incomplete or not a bundle (truncated or damaged: its zip "
                    + "directory cannot be read: " + e.getMessage() + ")", Problem.of("bundle.notABundle", file), e);
        } catch (IOException e) {
            throw new BundleException("Cannot read the bundle " + file + ": " + BundleWriter.reason(e), e);
        }
        try (zip) {
            byte[] json = read(zip, file, Manifest.NAME);
            if (json == null) {
                throw new BundleException("The bundle " + file + " has no " + Manifest.NAME + ": it is not a Gazette Reader bundle",
                        Problem.of("bundle.notABundle", file));
            }
            byte[] sig = read(zip, file, Manifest.SIGNATURE);
            // Under --trust the signature is checked before the manifest is even parsed.
            boolean trusted = trust.isPresent() && trusted(file, json, sig, trust.get());
            Manifest manifest = Manifest.parse(json, "The bundle " + file);
            if (trust.isEmpty()) {
                selfSigned(file, json, sig, manifest);
            }
            entries(zip, file, manifest, listener, cancelled);
            return new Verified(file, manifest, sig != null, trusted);
        } catch (IOException e) {
            throw new BundleException("Cannot read the bundle " + file + ": " + BundleWriter.reason(e), e);
        }
    }

    private static boolean trusted(Path file, byte[] json, byte[] sig, PublicKey trust) {
        if (sig == null) {
            throw new BundleException("The bundle " + file + " is not signed, but a signed one is required (--trust "
                    + BundleKeys.line(trust) + "): create it with --key", Problem.of("bundle.unsigned", file));
        }
        if (!BundleKeys.verify(trust, json, decode(file, sig))) {
            String signer = signerQuietly(json);
            boolean otherKey = signer != null && !signer.equals(BundleKeys.line(trust));
            throw new BundleException("The bundle " + file + ": the signature of " + Manifest.NAME + " does not match the "
                    + "trusted key " + BundleKeys.line(trust) + (otherKey ? " (it was signed by another key, " + signer + ")"
                    : " (" + Manifest.NAME + " was changed after it was signed)"),
                    Problem.of(otherKey ? "bundle.otherKey" : "bundle.changed", file));
        }
        return true;
    }

    /** Without --trust: a signed bundle must still match the key it names (it was not changed since). */
    private static void selfSigned(Path file, byte[] json, byte[] sig, Manifest manifest) {
        if (sig == null) {
            return;
        }
        PublicKey signer;
        try {
            signer = BundleKeys.parsePublic(String.valueOf(manifest.signer()));
        } catch (BundleException e) {
            throw new BundleException("The bundle " + file + " is signed but " + Manifest.NAME + " names no valid signer", e);
        }
        if (!BundleKeys.verify(signer, json, decode(file, sig))) {
            throw new BundleException("The bundle " + file + ": the signature of " + Manifest.NAME + " does not match "
                    + "(" + Manifest.NAME + " was changed after it was signed)", Problem.of("bundle.changed", file));
        }
    }

    private static byte[] decode(Path file, byte[] sig) {
        try {
            return Base64.getDecoder().decode(new String(sig, StandardCharsets.US_ASCII).strip());
        } catch (IllegalArgumentException e) {
            throw new BundleException("The bundle " + file + ": entry " + Manifest.SIGNATURE + " is damaged (not Base64)", Problem.of("bundle.damaged", file, Manifest.SIGNATURE), e);
        }
    }

    private static String signerQuietly(byte[] json) {
        try {
            return Manifest.parse(json, "").signer();
        } catch (BundleException e) {
            return null;
        }
    }

    private static void entries(ZipFile zip, Path file, Manifest manifest, BundleListener listener, BooleanSupplier cancelled)
            throws IOException {
        Map<String, Manifest.Entry> listed = new HashMap<>();
        for (Manifest.Entry e : manifest.entries()) {
            if (!safe(e.name())) {
                throw new BundleException("The bundle " + file + ": entry " + e.name() + " would be written outside the library",
                        Problem.of("bundle.damaged", file, e.name()));
            }
            listed.put(e.name(), e);
        }
        for (Enumeration<? extends ZipEntry> all = zip.entries(); all.hasMoreElements();) {
            String name = all.nextElement().getName();
            if (!listed.containsKey(name) && !name.equals(Manifest.NAME) && !name.equals(Manifest.SIGNATURE)) {
                throw new BundleException("The bundle " + file + ": entry " + name + " is not in its manifest (added after the "
                        + "bundle was written)", Problem.of("bundle.damaged", file, name));
            }
        }
        Copying copying = new Copying(listener, BundleListener.Phase.VERIFY, manifest.bytes(), cancelled,
                "Verification of " + file + " cancelled");
        for (Manifest.Entry e : manifest.entries()) {
            ZipEntry z = zip.getEntry(e.name());
            if (z == null) {
                throw new BundleException("The bundle " + file + ": entry " + e.name() + " is missing",
                        Problem.of("bundle.damaged", file, e.name()));
            }
            long[] size = {0};
            String sha;
            try (InputStream in = zip.getInputStream(z)) {
                sha = copying.copy(in, null, size);
            } catch (IOException e2) {
                throw new BundleException("The bundle " + file + ": entry " + e.name() + " is damaged (" + e2.getMessage() + ")",
                        Problem.of("bundle.damaged", file, e.name()), e2);
            }
            check(file, e, sha, size[0]);
        }
        copying.finish();
    }

    static void check(Path file, Manifest.Entry e, String sha, long size) {
        if (size != e.size()) {
            throw new BundleException("The bundle " + file + ": entry " + e.name() + " has " + size + " bytes, its manifest says "
                    + e.size() + " (damaged or changed)", Problem.of("bundle.damaged", file, e.name()));
        }
        if (!sha.equals(e.sha256())) {
            throw new BundleException("The bundle " + file + ": entry " + e.name() + " does not match its SHA-256 in the "
                    + "manifest (damaged or changed)", Problem.of("bundle.damaged", file, e.name()));
        }
    }

    /** A name that unpacks inside the library folder: under {@code library/}, relative, no {@code ..}. */
    static boolean safe(String name) {
        if (!name.startsWith(Manifest.LIBRARY) || name.contains("\\") || name.contains(":")) {
            return false;
        }
        for (String part : name.substring(Manifest.LIBRARY.length()).split("/", -1)) {
            if (part.isEmpty() || part.equals(".") || part.equals("..")) {
                return false;
            }
        }
        return true;
    }

    private static byte[] read(ZipFile zip, Path file, String name) throws IOException {
        ZipEntry e = zip.getEntry(name);
        if (e == null) {
            return null;
        }
        try (InputStream in = zip.getInputStream(e)) {
            return in.readAllBytes();
        } catch (IOException ex) {
            throw new BundleException("The bundle " + file + ": entry " + name + " is damaged (" + ex.getMessage() + ")",
                    Problem.of("bundle.damaged", file, name), ex);
        }
    }
}
