package dev.lekha.domain.exchange;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One request/response exchanged with an outside system, kept so a person can see what was sent
 * and what came back. Request and response are stored with secrets already masked.
 */
@Entity
@Table(name = "connector_exchange")
public class ConnectorExchange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "company_id")
    private Long companyId;

    @Column(nullable = false, length = 60)
    private String connector;

    @Column(nullable = false, length = 100)
    private String operation;

    @Column(nullable = false, length = 8)
    private String direction;

    @Column(length = 2000)
    private String url;

    @Column(name = "request")
    private String request;

    @Column(name = "response")
    private String response;

    @Column(name = "http_status")
    private Integer httpStatus;

    @Column(name = "duration_ms")
    private Long durationMs;

    @Column(nullable = false, length = 16)
    private String outcome;

    @Column(length = 2000)
    private String error;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ConnectorExchange() {
    }

    ConnectorExchange(ExchangeRecord record, String maskedRequest, String maskedResponse, String maskedUrl,
                      String maskedError, Instant createdAt) {
        this.companyId = record.companyId();
        this.connector = record.connector();
        this.operation = record.operation();
        this.direction = record.direction().name();
        this.url = maskedUrl;
        this.request = maskedRequest;
        this.response = maskedResponse;
        this.httpStatus = record.httpStatus();
        this.durationMs = record.durationMs();
        this.outcome = record.outcome().name();
        this.error = maskedError;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public Long getCompanyId() { return companyId; }
    public String getConnector() { return connector; }
    public String getOperation() { return operation; }
    public String getDirection() { return direction; }
    public String getUrl() { return url; }
    public String getRequest() { return request; }
    public String getResponse() { return response; }
    public Integer getHttpStatus() { return httpStatus; }
    public Long getDurationMs() { return durationMs; }
    public String getOutcome() { return outcome; }
    public String getError() { return error; }
    public Instant getCreatedAt() { return createdAt; }
}
