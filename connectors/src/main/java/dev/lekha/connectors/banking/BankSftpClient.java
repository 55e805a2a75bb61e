package dev.lekha.connectors.banking;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.AttributeRepository;
import org.apache.sshd.common.NamedResource;
import org.apache.sshd.common.SshException;
import org.apache.sshd.common.config.keys.FilePasswordProvider;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.digest.BuiltinDigests;
import org.apache.sshd.common.util.security.SecurityUtils;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.sftp.SftpModuleProperties;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;
import org.apache.sshd.sftp.common.SftpConstants;
import org.apache.sshd.sftp.common.SftpException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SFTP to the bank (Apache MINA SSHD). The server's host key must match the pinned fingerprint before anything is
 * sent; uploads are written under a temporary name and renamed once complete, so the bank never picks up half a
 * file. Each call opens its own session and closes it.
 */
public class BankSftpClient implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(BankSftpClient.class);
    static final String PARTIAL_SUFFIX = ".part";
    private static final AttributeRepository.AttributeKey<String> PRESENTED_HOST_KEY = new AttributeRepository.AttributeKey<>();

    private final SftpSettings settings;
    private final SshClient client;

    public BankSftpClient(SftpSettings settings) {
        this.settings = settings;
        this.client = SshClient.setUpDefaultClient();
        CoreModuleProperties.IO_CONNECT_TIMEOUT.set(client, settings.connectTimeout());
        CoreModuleProperties.AUTH_TIMEOUT.set(client, settings.authTimeout());
        CoreModuleProperties.NIO2_READ_TIMEOUT.set(client, settings.ioTimeout());
        CoreModuleProperties.IDLE_TIMEOUT.set(client, settings.ioTimeout());
        CoreModuleProperties.CHANNEL_OPEN_TIMEOUT.set(client, settings.ioTimeout());
        SftpModuleProperties.SFTP_CHANNEL_OPEN_TIMEOUT.set(client, settings.ioTimeout());
        // on the client, not the session: key exchange may run before connect() returns the session
        client.setServerKeyVerifier((session, remote, key) -> {
            String fp = fingerprint(key);
            session.setAttribute(PRESENTED_HOST_KEY, fp);
            return fp.equals(settings.hostKeyFingerprint().trim());
        });
        client.start();
    }

    /** The fingerprint of a public key as {@code ssh-keygen -lf} prints it ({@code SHA256:} and unpadded base64). */
    public static String fingerprint(java.security.PublicKey key) {
        return KeyUtils.getFingerPrint(BuiltinDigests.sha256, key);
    }

    /** Puts a file in the bank's inbox: written as {@code name.part}, then renamed to {@code name}. */
    public void upload(String fileName, byte[] content) {
        String target = settings.inboxDir() + "/" + fileName;
        String partial = target + PARTIAL_SUFFIX;
        withSftp("upload " + fileName, sftp -> {
            try (OutputStream out = sftp.write(partial)) {
                out.write(content);
            }
            sftp.rename(partial, target);
            log.info("uploaded {} ({} bytes) to the bank's inbox", fileName, content.length);
            return null;
        });
    }

    /** The regular files in the bank's outbox, sorted by name. */
    public List<RemoteFile> listOutbox() {
        return withSftp("list the outbox", sftp -> {
            List<RemoteFile> files = new ArrayList<>();
            for (SftpClient.DirEntry entry : sftp.readDir(settings.outboxDir())) {
                SftpClient.Attributes a = entry.getAttributes();
                if (a.isRegularFile() && !entry.getFilename().endsWith(PARTIAL_SUFFIX)) {
                    files.add(new RemoteFile(entry.getFilename(), a.getSize(),
                            a.getModifyTime() == null ? null : a.getModifyTime().toInstant()));
                }
            }
            files.sort(java.util.Comparator.comparing(RemoteFile::name));
            return files;
        });
    }

    /** A file from the bank's outbox. */
    public byte[] download(String fileName) {
        return withSftp("download " + fileName, sftp -> {
            try (InputStream in = sftp.read(settings.outboxDir() + "/" + fileName)) {
                return in.readAllBytes();
            }
        });
    }

    private interface SftpWork<T> {
        T run(SftpClient sftp) throws IOException;
    }

    private <T> T withSftp(String what, SftpWork<T> work) {
        String where = settings.username() + "@" + settings.host() + ":" + settings.port();
        ClientSession presented = null;
        try (ClientSession session = client.connect(settings.username(), settings.host(), settings.port())
                .verify(settings.connectTimeout()).getSession()) {
            presented = session;
            if (settings.privateKey() != null) {
                for (KeyPair kp : loadKeys()) {
                    session.addPublicKeyIdentity(kp);
                }
            }
            if (settings.password() != null && !settings.password().isEmpty()) {
                session.addPasswordIdentity(settings.password());
            }
            try {
                session.auth().verify(settings.authTimeout());
            } catch (IOException e) {
                hostKeyCheck(session, where);
                throw new BankAuthenticationException("the bank's SFTP server " + where + " refused us: "
                        + e.getMessage(), e);
            }
            try (SftpClient sftp = SftpClientFactory.instance().createSftpClient(session)) {
                return work.run(sftp);
            }
        } catch (BankSftpException e) {
            throw e;
        } catch (SftpException e) {
            String reason = e.getStatus() == SftpConstants.SSH_FX_NO_SUCH_FILE ? "no such file or directory"
                    : e.getStatus() == SftpConstants.SSH_FX_PERMISSION_DENIED ? "permission denied" : e.getMessage();
            throw new BankSftpException("SFTP " + where + ": could not " + what + ": " + reason, e);
        } catch (SshException e) {
            if (presented != null) {
                hostKeyCheck(presented, where);
            }
            throw new BankSftpException("SFTP " + where + ": could not " + what + ": " + e.getMessage(), e);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new BankSftpException("SFTP " + where + ": could not " + what + ": " + e.getMessage(), e);
        }
    }

    private void hostKeyCheck(ClientSession session, String where) {
        String fp = session.getAttribute(PRESENTED_HOST_KEY);
        if (fp != null && !fp.equals(settings.hostKeyFingerprint().trim())) {
            throw new BankHostKeyException(where, settings.hostKeyFingerprint(), fp);
        }
    }

    private Iterable<KeyPair> loadKeys() throws IOException {
        try (InputStream in = Files.newInputStream(settings.privateKey())) {
            FilePasswordProvider passwords = settings.keyPassphrase() == null ? FilePasswordProvider.EMPTY
                    : FilePasswordProvider.of(settings.keyPassphrase());
            Iterable<KeyPair> keys = SecurityUtils.loadKeyPairIdentities(null,
                    NamedResource.ofName(settings.privateKey().getFileName().toString()), in, passwords);
            if (keys == null) {
                throw new BankAuthenticationException("no private key in " + settings.privateKey(), null);
            }
            return keys;
        } catch (GeneralSecurityException e) {
            throw new BankAuthenticationException("cannot read the SFTP private key " + settings.privateKey() + ": "
                    + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            client.stop();
        } catch (RuntimeException e) {
            log.warn("SFTP client did not stop cleanly: {}", e.getMessage());
        }
    }
}
