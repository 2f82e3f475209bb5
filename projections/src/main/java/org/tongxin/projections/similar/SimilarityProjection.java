package org.tongxin.projections.similar;

import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.interceptors.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import org.tongxin.engine.clue.ClueRegistered;
import org.tongxin.engine.proposal.ProposalDraftEdited;
import org.tongxin.engine.proposal.ProposalDrafted;
import org.tongxin.engine.proposal.ProposalFiled;
import org.tongxin.engine.proposal.ProposalSubmitted;
import org.tongxin.engine.report.OpinionReportDrafted;
import org.tongxin.engine.report.OpinionReportRevised;
import org.tongxin.engine.report.OpinionReportSubmitted;
import org.tongxin.projections.support.FailureIsolation;

/**
 * Projects the texts of clues, proposals and reports into the similarity index, and answers {@link FindSimilar}:
 * candidates come from PostgreSQL by the query's rarer words (GIN index), and are scored here by TF-IDF cosine with the
 * index's document frequencies, so the database does the narrowing and only a bounded number of items is scored.
 */
@Component
@ProcessingGroup(SimilarityProjection.GROUP)
public class SimilarityProjection {

    public static final String GROUP = "similarity";

    /** Items scored per question: enough for the near-duplicates of one matter, bounded whatever the corpus. */
    static final int CANDIDATES = 100;

    /** Words asked for candidates: the rarest of the query's, the ones that tell one matter from another. */
    static final int RETRIEVAL_TERMS = 24;

    private final SimilarityRepository repository;
    private final FailureIsolation isolation;

    SimilarityProjection(SimilarityRepository repository, FailureIsolation isolation) {
        this.repository = repository;
        this.isolation = isolation;
    }

    /**
     * Outside a processor's batch (a dead letter retried) an event is written as it is handled, in a savepoint, so a
     * failure leaves the transaction usable for the dead-letter queue's own update. Within a batch the writes wait for
     * the batch to commit and isolate their failures there.
     */
    @MessageHandlerInterceptor(messageType = EventMessage.class)
    Object isolated(InterceptorChain chain) throws Exception {
        if (CurrentUnitOfWork.isStarted() && CurrentUnitOfWork.get().root() instanceof BatchingUnitOfWork<?>) {
            return chain.proceed();
        }
        return isolation.inSavepoint(chain::proceed);
    }

    @EventHandler
    void on(ClueRegistered e, @SequenceNumber long sequence) {
        repository.index(
                ItemKind.CLUE,
                e.clueId().value(),
                e.title(),
                e.trackingCode(),
                e.title() + "\n" + e.content(),
                sequence);
    }

    /** A draft is its author's until it is submitted: indexed, but nobody's candidate yet. */
    @EventHandler
    void on(ProposalDrafted e, @SequenceNumber long sequence) {
        repository.index(
                ItemKind.PROPOSAL,
                e.proposalId().value(),
                e.title(),
                null,
                e.title() + "\n" + e.content(),
                sequence,
                false);
    }

    @EventHandler
    void on(ProposalDraftEdited e, @SequenceNumber long sequence) {
        repository.index(
                ItemKind.PROPOSAL, e.proposalId().value(), e.title(), null, e.title() + "\n" + e.content(), sequence);
    }

    @EventHandler
    void on(ProposalSubmitted e, @SequenceNumber long sequence) {
        repository.show(ItemKind.PROPOSAL, e.proposalId().value(), sequence);
    }

    @EventHandler
    void on(ProposalFiled e, @SequenceNumber long sequence) {
        repository.reference(ItemKind.PROPOSAL, e.proposalId().value(), e.number(), sequence);
    }

    @EventHandler
    void on(OpinionReportDrafted e, @SequenceNumber long sequence) {
        repository.index(
                ItemKind.REPORT,
                e.reportId().value(),
                e.title(),
                null,
                e.title() + "\n" + e.content(),
                sequence,
                false);
    }

    @EventHandler
    void on(OpinionReportSubmitted e, @SequenceNumber long sequence) {
        repository.show(ItemKind.REPORT, e.reportId().value(), sequence);
    }

    @EventHandler
    void on(OpinionReportRevised e, @SequenceNumber long sequence) {
        repository.index(
                ItemKind.REPORT, e.reportId().value(), e.title(), null, e.title() + "\n" + e.content(), sequence);
    }

    @ResetHandler
    void reset() {
        repository.clear();
    }

    @QueryHandler
    SimilarItems handle(FindSimilar query) {
        return similar(
                ChineseText.tokens(query.text()), query.kinds(), query.excludeId(), query.limit(), query.threshold());
    }

    @QueryHandler
    SimilarItems handle(FindSimilarTo query) {
        return similar(
                repository.tokens(query.kind(), query.id()),
                query.kinds(),
                query.id(),
                query.limit(),
                query.threshold());
    }

    private SimilarItems similar(
            List<String> tokens, Set<ItemKind> kinds, String excludeId, int limit, double threshold) {
        if (tokens.isEmpty() || limit <= 0) {
            return new SimilarItems(List.of());
        }
        long items = repository.items();
        Set<String> terms = new LinkedHashSet<>(tokens);
        Map<String, Long> known = repository.documentFrequencies(terms);
        // A word in a tenth of all items finds everything and tells nothing; small corpora keep every word.
        long common = Math.max(50, items / 10);
        List<String> retrieval = known.entrySet().stream()
                .filter(e -> e.getValue() > 0 && e.getValue() <= common)
                .sorted(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .limit(RETRIEVAL_TERMS)
                .map(Map.Entry::getKey)
                .toList();
        if (retrieval.isEmpty()) {
            return new SimilarItems(List.of());
        }
        List<SimilarityRepository.Candidate> candidates =
                repository.candidates(retrieval, kinds, excludeId, CANDIDATES);
        Set<String> vocabulary = new HashSet<>(terms);
        candidates.forEach(c -> vocabulary.addAll(c.tokens()));
        Map<String, Long> df = repository.documentFrequencies(vocabulary);
        return new SimilarItems(candidates.stream()
                .map(c -> new SimilarItem(
                        c.kind(),
                        c.id(),
                        c.title(),
                        c.reference(),
                        TfIdf.cosine(tokens, c.tokens(), t -> df.getOrDefault(t, 0L), items)))
                .filter(s -> s.score() >= threshold)
                .sorted(Comparator.comparingDouble(SimilarItem::score).reversed())
                .limit(limit)
                .toList());
    }
}
