// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.bundle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * Ed25519 keys that sign bundles, with the JDK's own EdDSA. The private key file holds the key as
 * PKCS#8 in PEM (readable by other tools) and, on its last line, the public key; it is written
 * readable by its owner only. The public key travels as one line, {@code gzb-ed25519:} and the
 * Base64 of its X.509 encoding, to be put on terminals (a {@code .pub} file beside the key holds it).
 */
public final class BundleKeys {
    /** How a public key line starts. */
    public static final String PREFIX = "gzb-ed25519:";
    static final String ALGORITHM = "Ed25519";
    private static final String BEGIN = "-----BEGIN PRIVATE KEY-----";
    private static final String END = "-----END PRIVATE KEY-----";

    /** A key that signs: the private key with its public key (and that key's line). */
    public record SigningKey(PrivateKey privateKey, PublicKey publicKey) {
        public String publicLine() {
            return line(publicKey);
        }
    }

    private BundleKeys() {
    }

    /** Writes a new key pair: the private key to {@code out} (mode 0600), the public line to {@code out.pub}. */
    public static SigningKey generate(Path out) {
        Path file = out.toAbsolutePath().normalize();
        Path pub = file.resolveSibling(file.getFileName() + ".pub");
        if (Files.isDirectory(file)) {
            throw new BundleException("Cannot write the key to " + file + ": it is a folder; give a file name");
        }
        for (Path p : new Path[] {file, pub}) {
            if (Files.exists(p)) {
                throw new BundleException("Cannot write the key to " + file + ": " + p + " exists already; a key is never "
                        + "overwritten (bundles signed with it could no longer be checked): move it away or give another name");
            }
        }
        KeyPair pair;
        try {
            pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java has no " + ALGORITHM + " (it is part of Java 15 and later)", e);
        }
        SigningKey key = new SigningKey(pair.getPrivate(), pair.getPublic());
        String text = "# Gazette Reader bundle signing key (Ed25519): keep it secret. Terminals trust the public key "
                + "on the last line (also in " + pub.getFileName() + ").\n" + BEGIN + "\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(pair.getPrivate().getEncoded())
                + "\n" + END + "\n" + key.publicLine() + "\n";
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            boolean posix = Files.getFileStore(file.getParent()).supportsFileAttributeView("posix");
            FileAttribute<?>[] ownerOnly = posix
                    ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
                    : new FileAttribute<?>[0];
            Files.createFile(file, ownerOnly);
            Files.writeString(file, text, StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
            Files.writeString(pub, key.publicLine() + "\n", StandardCharsets.US_ASCII, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            throw new BundleException("Cannot write the key to " + file + ": " + e.getFile() + " exists already");
        } catch (IOException e) {
            throw new BundleException("Cannot write the key to " + file + ": " + e.getMessage(), e);
        }
        return key;
    }

    /** Reads a private key file that {@link #generate(Path)} wrote. */
    public static SigningKey readPrivate(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new BundleException("Cannot read the signing key " + file + ": " + (Files.exists(file) ? e.getMessage()
                    : "the file does not exist"), e);
        }
        int b = text.indexOf(BEGIN);
        int e = text.indexOf(END);
        if (b < 0 || e < b) {
            throw new BundleException("The signing key " + file + " holds no private key (no " + BEGIN + " line): give the "
                    + "file that bundle keygen wrote, not the .pub file");
        }
        try {
            byte[] der = Base64.getMimeDecoder().decode(text.substring(b + BEGIN.length(), e));
            PrivateKey priv = KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(der));
            String rest = text.substring(e + END.length()).strip();
            PublicKey pub = parsePublic(rest);
            if (!matches(priv, pub)) {
                throw new BundleException("The signing key " + file + " is damaged: its public key line does not belong to "
                        + "its private key");
            }
            return new SigningKey(priv, pub);
        } catch (GeneralSecurityException | IllegalArgumentException ex) {
            throw new BundleException("The signing key " + file + " cannot be read (" + ex.getMessage() + "): give the file "
                    + "that bundle keygen wrote", ex);
        }
    }

    /**
     * A public key from {@code lineOrFile}: the line keygen printed ({@code gzb-ed25519:…}), or a
     * file that holds it (the {@code .pub} file, or a key file whose last line it is).
     */
    public static PublicKey trusted(String lineOrFile) {
        String s = lineOrFile.strip();
        if (s.startsWith(PREFIX)) {
            return parsePublic(s);
        }
        Path p = Path.of(s);
        if (!Files.isRegularFile(p)) {
            throw new BundleException("--trust " + s + ": neither a public key line (" + PREFIX + "…) nor a file that holds one");
        }
        try {
            String[] lines = Files.readString(p, StandardCharsets.US_ASCII).strip().split("\n");
            return parsePublic(lines[lines.length - 1].strip());
        } catch (IOException e) {
            throw new BundleException("Cannot read the public key " + p + ": " + e.getMessage(), e);
        }
    }

    /** A public key line back into a key. */
    public static PublicKey parsePublic(String line) {
        String s = line.strip();
        if (!s.startsWith(PREFIX)) {
            throw new BundleException("'" + shorten(s) + "' is not a bundle public key: it starts with " + PREFIX);
        }
        try {
            byte[] der = Base64.getDecoder().decode(s.substring(PREFIX.length()));
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(der));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new BundleException("'" + shorten(s) + "' is not a valid bundle public key (" + e.getMessage() + ")", e);
        }
    }

    /** The one-line form of a public key. */
    public static String line(PublicKey key) {
        return PREFIX + Base64.getEncoder().encodeToString(key.getEncoded());
    }

    static byte[] sign(PrivateKey key, byte[] data) {
        try {
            Signature s = Signature.getInstance(ALGORITHM);
            s.initSign(key);
            s.update(data);
            return s.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign with " + ALGORITHM, e);
        }
    }

    static boolean verify(PublicKey key, byte[] data, byte[] signature) {
        try {
            Signature s = Signature.getInstance(ALGORITHM);
            s.initVerify(key);
            s.update(data);
            return s.verify(signature);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean matches(PrivateKey priv, PublicKey pub) {
        byte[] probe = "gazette-reader key check".getBytes(StandardCharsets.US_ASCII);
        return verify(pub, probe, sign(priv, probe));
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
