package dev.lekha.domain.inbound;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A file taken from a drop folder ({@code inbox/<channel>/}). Known by its SHA-256 within the
 * channel: the same content dropped again is archived as a duplicate and never imported twice.
 */
@Entity
@Table(name = "inbound_file")
public class InboundFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "company_id")
    private Long companyId;

    @Column(nullable = false, length = 60)
    private String channel;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private InboundFileStatus status;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "processed_at")
    private Instant processedAt;

    @Column(name = "archived_path", length = 1000)
    private String archivedPath;

    @Column(name = "error_text")
    private String errorText;

    @Column(name = "documents_count")
    private Integer documentsCount;

    @Column(name = "duplicates_count", nullable = false)
    private int duplicatesCount;

    protected InboundFile() {
    }

    /** A file just taken from the inbox, before its handler ran. */
    public InboundFile(String channel, String fileName, String sha256, long sizeBytes, Instant receivedAt) {
        this.channel = channel;
        this.fileName = fileName;
        this.sha256 = sha256;
        this.sizeBytes = sizeBytes;
        this.receivedAt = receivedAt;
        this.status = InboundFileStatus.RECEIVED;
    }

    /** The same content arrives again after an earlier rejection (moved back into the inbox to retry). */
    public void receivedAgain(String fileName, Instant receivedAt) {
        this.fileName = fileName;
        this.receivedAt = receivedAt;
        this.status = InboundFileStatus.RECEIVED;
        this.processedAt = null;
        this.errorText = null;
        this.archivedPath = null;
        this.documentsCount = null;
    }

    public void archived(String archivedPath, int documentsCount, Long companyId, Instant processedAt) {
        this.status = InboundFileStatus.ARCHIVED;
        this.archivedPath = archivedPath;
        this.documentsCount = documentsCount;
        this.companyId = companyId;
        this.processedAt = processedAt;
        this.errorText = null;
    }

    public void rejected(String rejectedPath, String errorText, Instant processedAt) {
        this.status = InboundFileStatus.REJECTED;
        this.archivedPath = rejectedPath;
        this.errorText = errorText;
        this.processedAt = processedAt;
    }

    /** The same content was dropped again and archived without a second import. */
    public void duplicateReceived() {
        this.duplicatesCount++;
    }

    public Long getId() { return id; }
    public Long getCompanyId() { return companyId; }
    public String getChannel() { return channel; }
    public String getFileName() { return fileName; }
    public String getSha256() { return sha256; }
    public long getSizeBytes() { return sizeBytes; }
    public InboundFileStatus getStatus() { return status; }
    public Instant getReceivedAt() { return receivedAt; }
    public Instant getProcessedAt() { return processedAt; }
    /** Where the file now lies: under {@code archive/} when archived, under {@code rejected/} when rejected. */
    public String getArchivedPath() { return archivedPath; }
    public String getErrorText() { return errorText; }
    public Integer getDocumentsCount() { return documentsCount; }
    public int getDuplicatesCount() { return duplicatesCount; }
}
