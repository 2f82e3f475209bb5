package org.tongxin.infra.linkage;

import java.net.http.HttpClient;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.tongxin.infra.shared.LinkageWire;

/** The higher committee's instance, signed in to with the account configured for this one there (HTTP Basic). */
@Component
class LinkagePeer {

    private final LinkageSettings settings;
    private final RestClient client;

    LinkagePeer(LinkageSettings settings, RestClient.Builder builder) {
        this.settings = settings;
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
        requests.setReadTimeout(settings.timeout());
        this.client = builder.clone()
                .requestFactory(requests)
                .defaultHeaders(h -> {
                    if (settings.username() != null && !settings.username().isBlank()) {
                        h.setBasicAuth(settings.username(), settings.password() == null ? "" : settings.password());
                    }
                })
                .build();
    }

    /** Hands the item over; the peer answers with the same receipt however often it is sent. */
    LinkageWire.Receipt send(LinkageWire.Inbound item) {
        return client.post()
                .uri(settings.peerUrl() + "/api/linkage/inbound")
                .contentType(MediaType.APPLICATION_JSON)
                .body(item)
                .retrieve()
                .body(LinkageWire.Receipt.class);
    }

    LinkageWire.Outcome outcome(String reference) {
        return client.get()
                .uri(settings.peerUrl() + "/api/linkage/inbound/{reference}", reference)
                .retrieve()
                .body(LinkageWire.Outcome.class);
    }
}
