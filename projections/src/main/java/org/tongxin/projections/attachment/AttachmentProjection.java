package org.tongxin.projections.attachment;

import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.interceptors.MessageHandlerInterceptor;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import org.tongxin.engine.attachment.AttachmentAdded;
import org.tongxin.engine.attachment.AttachmentPublished;
import org.tongxin.engine.attachment.AttachmentUnpublished;
import org.tongxin.projections.support.FailureIsolation;

/** Projects attachment events into {@code attachment_view}; the bytes stay in the store, only their keys are here. */
@Component
@ProcessingGroup(AttachmentProjection.GROUP)
public class AttachmentProjection {

    public static final String GROUP = "attachments";

    private final AttachmentRepository repository;
    private final FailureIsolation isolation;

    AttachmentProjection(AttachmentRepository repository, FailureIsolation isolation) {
        this.repository = repository;
        this.isolation = isolation;
    }

    /** Each event writes in a savepoint, so a failed write leaves the batch usable for its dead letter. */
    @MessageHandlerInterceptor(messageType = EventMessage.class)
    Object isolated(InterceptorChain chain) throws Exception {
        return isolation.inSavepoint(chain::proceed);
    }

    @EventHandler
    void on(AttachmentAdded event, @SequenceNumber long sequence) {
        repository.insert(event, sequence);
    }

    @EventHandler
    void on(AttachmentPublished event, @SequenceNumber long sequence) {
        repository.publish(event.attachmentId().value(), true, sequence);
    }

    @EventHandler
    void on(AttachmentUnpublished event, @SequenceNumber long sequence) {
        repository.publish(event.attachmentId().value(), false, sequence);
    }

    @ResetHandler
    void reset() {
        repository.clear();
    }

    @QueryHandler
    Optional<AttachmentView> handle(FindAttachment query) {
        return repository.find(query.attachmentId());
    }

    @QueryHandler
    List<AttachmentView> handle(ListAttachments query) {
        return repository.list(query);
    }
}
