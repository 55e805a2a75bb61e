package dev.lekha.hub.gstportal;

import dev.lekha.connectors.gstportal.GstPortal;
import dev.lekha.connectors.gstportal.GstPortalSession;
import dev.lekha.connectors.gstportal.GstPortalUnavailableException;
import dev.lekha.connectors.gstportal.GstReturnType;
import dev.lekha.connectors.gstportal.Gstr2bDownload;
import dev.lekha.connectors.gstportal.ReturnStatus;
import dev.lekha.connectors.gstportal.sandbox.GstPortalSandbox;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;

/**
 * The real {@link dev.lekha.connectors.gstportal.GstPortalClient} pointed at the hub's own sandbox over real HTTP,
 * created once the web server knows its port. Any GST username asking for an OTP is enrolled in the sandbox for
 * that GSTIN, with the GSTIN's own PAN (characters 3–12) as its authorised signatory's PAN, so a fresh hub files
 * end to end without set-up. Until the server is up, calls fail as "unavailable".
 */
class LocalSandboxGstPortal implements GstPortal, ApplicationListener<WebServerInitializedEvent> {

    private final IntFunction<GstPortal> clientForPort;
    private final GstPortalSandbox sandbox;
    private final AtomicReference<GstPortal> client = new AtomicReference<>();

    LocalSandboxGstPortal(IntFunction<GstPortal> clientForPort, GstPortalSandbox sandbox) {
        this.clientForPort = clientForPort;
        this.sandbox = sandbox;
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        if (event.getApplicationContext().getServerNamespace() == null) {
            client.set(clientForPort.apply(event.getWebServer().getPort()));
        }
    }

    private GstPortal client() {
        GstPortal c = client.get();
        if (c == null) {
            throw new GstPortalUnavailableException("the sandbox GST portal is not serving yet (the web server is"
                    + " starting)", false, null);
        }
        return c;
    }

    @Override
    public void requestOtp(String gstin, String username) {
        if (gstin != null && gstin.length() == 15 && username != null && !sandbox.knowsUser(username)) {
            sandbox.registerTaxpayer(gstin, username, gstin.substring(2, 12));
        }
        client().requestOtp(gstin, username);
    }

    @Override
    public GstPortalSession authenticate(String gstin, String username, String otp) {
        return client().authenticate(gstin, username, otp);
    }

    @Override
    public Optional<GstPortalSession> session(String gstin) {
        GstPortal c = client.get();
        return c == null ? Optional.empty() : c.session(gstin);
    }

    @Override
    public String saveReturn(GstReturnType type, String gstin, String period, String returnJson) {
        return client().saveReturn(type, gstin, period, returnJson);
    }

    @Override
    public ReturnStatus returnStatus(String gstin, String period, String referenceId) {
        return client().returnStatus(gstin, period, referenceId);
    }

    @Override
    public String submitReturn(GstReturnType type, String gstin, String period) {
        return client().submitReturn(type, gstin, period);
    }

    @Override
    public String offsetLiability(String gstin, String period, String offsetJson) {
        return client().offsetLiability(gstin, period, offsetJson);
    }

    @Override
    public void requestEvcOtp(GstReturnType type, String gstin, String pan) {
        client().requestEvcOtp(type, gstin, pan);
    }

    @Override
    public String fileReturn(GstReturnType type, String gstin, String period, String summaryJson, String pan,
                             String evcOtp) {
        return client().fileReturn(type, gstin, period, summaryJson, pan, evcOtp);
    }

    @Override
    public Gstr2bDownload getGstr2b(String gstin, String period) {
        return client().getGstr2b(gstin, period);
    }
}
